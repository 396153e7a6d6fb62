"""Hot reload: jobs follow a changed config file; an invalid file is refused and ops are told."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.app import App
from bot.reload import Reloader
from bot.worker import build_scheduler

ROOT = Path(__file__).resolve().parent.parent

BASE = """\
slack:
  ops_channel: "#ops"
  post_interval: 0s
sources:
  - id: nmd
    kind: pacer_rss
    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl
    every: 15m
  - id: nysd
    kind: pacer_rss
    url: https://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl
"""


@pytest.fixture
def app(tmp_path, monkeypatch):
    config = tmp_path / "sources.yaml"
    config.write_text(BASE)
    monkeypatch.setenv("DOCKETBOT_CONFIG", str(config))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.db'}")
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    built = App.from_env(os.environ)
    yield built
    built.close()


def poll_jobs(scheduler) -> dict[str, str]:
    return {job.id: str(job.trigger) for job in scheduler.get_jobs() if job.id.startswith("poll:")}


def test_reload_adds_removes_and_reschedules_jobs(app):
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    assert set(poll_jobs(scheduler)) == {"poll:nmd", "poll:nysd"}
    nmd_every_5m = BASE.split("  - id: nysd")[0].replace("every: 15m", "every: 5m")
    cadc = '  - id: cadc\n    kind: pacer_rss\n    url: https://ecf.cadc.uscourts.gov/rss\n    cron: "0 9 * * 1"\n'
    Path(app.config_file).write_text(nmd_every_5m + cadc)
    assert reloader.reload()
    jobs = poll_jobs(scheduler)
    assert set(jobs) == {"poll:nmd", "poll:cadc"}
    assert "0:05:00" in jobs["poll:nmd"] and "day_of_week='mon'" in jobs["poll:cadc"]
    assert [s.id for s in app.config.sources] == ["nmd", "cadc"] and app.poller.config is app.config


def test_invalid_file_is_refused_and_ops_are_told(app, caplog):
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    before = poll_jobs(scheduler)
    Path(app.config_file).write_text(BASE.replace("every: 15m", "every: often"))
    assert not reloader.reload()
    assert poll_jobs(scheduler) == before and app.config.sources[0].every is not None
    assert "config reload refused" in caplog.text and 'every: "often" is not a duration' in caplog.text
    [notice] = app.store.pending_outbox()
    assert notice.channel == "#ops" and "Config reload refused" in notice.notice and "often" in notice.notice


def test_file_change_is_noticed(app):
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    reloader.check_file()
    assert set(poll_jobs(scheduler)) == {"poll:nmd", "poll:nysd"}
    Path(app.config_file).write_text(BASE.split("  - id: nysd")[0])
    os.utime(app.config_file, (time.time() + 5, time.time() + 5))
    reloader.check_file()
    assert set(poll_jobs(scheduler)) == {"poll:nmd"}


def test_sighup_reloads_a_running_worker(tmp_path, httpserver):
    httpserver.expect_request("/feed").respond_with_data(b"<rss version='2.0'><channel></channel></rss>")
    config = tmp_path / "sources.yaml"
    config.write_text(f"sources:\n  - id: a\n    kind: pacer_rss\n    url: {httpserver.url_for('/feed')}\n    every: 1h\n")
    env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}"}
    env.pop("SLACK_BOT_TOKEN", None)
    worker = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        time.sleep(2)
        config.write_text(config.read_text() + f"  - id: b\n    kind: pacer_rss\n    url: {httpserver.url_for('/feed')}\n")
        worker.send_signal(signal.SIGHUP)
        time.sleep(2)
    finally:
        worker.send_signal(signal.SIGTERM)
        _, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err
    assert "received SIGHUP" in err and "source b: added" in err
