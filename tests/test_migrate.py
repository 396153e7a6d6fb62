"""Processes started together on a fresh database all come up: the migrations run once, under a lock."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.store import Store
from bot.store.migrate import head
from tests.support.databases import database_url as fresh_database

pytestmark = pytest.mark.slow  # processes started together on a fresh database, ten rounds

ROOT = Path(__file__).resolve().parent.parent
PROCESSES = 4
CONFIG = """\
sources:
  - id: nmd
    kind: pacer_rss
    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl
"""


def start_together(tmp_path: Path, database_url: str, command: str) -> list[subprocess.CompletedProcess]:
    """Starts PROCESSES `python -m bot COMMAND` at the same moment on `database_url`; their results."""
    meeting = tmp_path / f"meeting-{time.monotonic_ns()}"
    meeting.mkdir()
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG)
    env = {**os.environ, "DATABASE_URL": database_url, "DOCKETBOT_CONFIG": str(config), "PYTHONPATH": str(ROOT)}
    env.pop("SLACK_BOT_TOKEN", None)
    processes = [
        subprocess.Popen([sys.executable, str(ROOT / "tests/support/start_together.py"), str(meeting), command],
                         cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(PROCESSES)
    ]
    deadline = time.monotonic() + 60
    while len(list(meeting.glob("ready-*"))) < PROCESSES and time.monotonic() < deadline:
        time.sleep(0.01)
    (meeting / "go").touch()
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


@pytest.mark.parametrize("kind,rounds", [("postgresql", 10), ("sqlite", 3)])
def test_processes_started_together_on_a_fresh_database_all_come_up(tmp_path, kind, rounds):
    failures = []
    for round_ in range(rounds):
        with fresh_database(kind, tmp_path / f"round-{round_}") as url:
            (tmp_path / f"round-{round_}").mkdir(exist_ok=True)
            results = start_together(tmp_path, url, "sources")
            failures += [f"round {round_}: exit {r.returncode}: {r.stderr.strip()[-300:]}" for r in results if r.returncode]
            store = Store.open(url)
            assert store.schema_revision() == head()
            store.close()
    print(f"\n{kind}: {rounds} rounds of {PROCESSES} processes started together on a fresh database: "
          f"{rounds * PROCESSES - len(failures)} of {rounds * PROCESSES} came up")
    assert failures == []
