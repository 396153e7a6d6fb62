"""The installed package: the `docketbot` command from any directory, --version, options after the command."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import bot
from bot.cli import build_parser, main
from tests.support.feeds import FIXTURES

DOCKETBOT = Path(sys.executable).with_name("docketbot")


def test_global_options_are_taken_after_the_command_too():
    parse = build_parser().parse_args
    assert parse(["check", "--config", "x.yaml"]) == parse(["--config", "x.yaml", "check"])
    assert parse(["--log-level", "DEBUG", "check", "--dry-run", "--config", "x.yaml"]) == parse(
        ["check", "--config", "x.yaml", "--log-level", "DEBUG", "--dry-run"]
    )
    before_only = parse(["--config", "x.yaml", "outbox", "--retry"])
    assert (before_only.config, before_only.log_level) == ("x.yaml", None)
    assert parse(["--config", "a.yaml", "check", "--config", "b.yaml"]).config == "b.yaml"


def test_version_is_the_one_the_package_was_installed_with(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"python -m bot {bot.__version__}\n"
    assert importlib.metadata.version("docketbot") == bot.__version__


def test_without_a_config_the_error_names_both_ways_to_give_one(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DOCKETBOT_CONFIG", raising=False)
    assert main(["check"]) == 2
    error = capsys.readouterr().err
    assert "--config" in error and "DOCKETBOT_CONFIG" in error and str(tmp_path) in error
    assert not (tmp_path / "docketbot.db").exists()


def _installed(*args: str, cwd: Path, stdin: str = "", command: tuple[str, ...] = (str(DOCKETBOT),),
               **environ: str) -> subprocess.CompletedProcess[str]:
    """Runs the installed command in `cwd`, with no PYTHONPATH: what it needs must come from the package."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "DOCKETBOT_CONFIG", "DATABASE_URL", "SLACK_BOT_TOKEN")}
    return subprocess.run([*command, *args], cwd=cwd, input=stdin, capture_output=True, text=True,
                          timeout=60, env={**env, **environ})


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """An empty directory outside the repository, and the `docketbot` command of this environment."""
    if not DOCKETBOT.is_file():
        pytest.fail(f"{DOCKETBOT} is missing: install the package into this environment with "
                    "`pip install -e .` (README.md, Tests)")
    return tmp_path


@pytest.mark.slow
def test_the_installed_command_runs_from_any_directory(elsewhere, httpserver):
    assert _installed("--version", cwd=elsewhere).stdout == f"docketbot {bot.__version__}\n"
    by_module = _installed("--version", cwd=elsewhere, command=(sys.executable, "-m", "bot"))
    assert by_module.stdout == f"python -m bot {bot.__version__}\n"

    no_config = _installed("check", cwd=elsewhere)
    assert no_config.returncode == 2
    assert "--config" in no_config.stderr and "DOCKETBOT_CONFIG" in no_config.stderr

    httpserver.expect_request("/rss").respond_with_data(
        (FIXTURES / "pacer_rss" / "mdb_1.xml").read_bytes(), content_type="application/rss+xml"
    )
    (elsewhere / "mine.yaml").write_text(
        f"sources:\n  - id: mdb\n    kind: pacer_rss\n    url: {httpserver.url_for('/rss')}\n"
        "subscriptions:\n  - channel: \"#all\"\n"
    )
    # The option after the command; the store's migrations and the courts table come from the package.
    checked = _installed("check", "--config", "mine.yaml", cwd=elsewhere)
    assert checked.returncode == 0, checked.stderr
    assert "baseline: 2 entries recorded" in checked.stdout
    assert (elsewhere / "docketbot.db").is_file()

    # The second text is a dismissal only the event model reads: its weights come from the package too.
    texts = "MOTION to Dismiss for Lack of Jurisdiction\nGovernment Dismissal of Indictment\n"
    classified = _installed("classify", cwd=elsewhere, stdin=texts)
    assert classified.returncode == 0, classified.stderr
    assert [json.loads(line)["events"] for line in classified.stdout.splitlines()] == [["motion"], ["dismissal"]]
