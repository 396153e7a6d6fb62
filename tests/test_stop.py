"""Stops that stop: `run` and `check` told to stop while a court's server hangs, or Slack does.

The server here never answers (FaultServer's SILENT, held for an hour) and the bot's read timeout is an
hour: a stop that waited for the polls under way would not end within the test's limits at all.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.core.clock import holder_alive
from bot.store import Store
from tests.fakes.slack_api import FakeSlack
from tests.support.fault_server import SILENT, FaultServer
from tests.support.feeds import FIXTURES, feed_without_newest

pytestmark = pytest.mark.slow  # stops worker and check processes while a court or Slack hangs

ROOT = Path(__file__).resolve().parent.parent
FEED = (FIXTURES / "pacer_rss" / "wvsd.xml").read_bytes()
RSS = "application/rss+xml; charset=ISO-8859-1"

CONFIG = """\
http:
  per_host_interval: 0s
  read_timeout: 1h
slack:
  post_interval: 0s
sources:
  - id: hangs
    kind: pacer_rss
    url: {url}
    every: 1h
subscriptions:
  - channel: "#wv"
"""


def wait_until(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def start(command: list[str], config: Path, database_url: str, slack: FakeSlack) -> subprocess.Popen:
    env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database_url,
           "SLACK_BOT_TOKEN": slack.token, "SLACK_API_URL": slack.base_url}
    return subprocess.Popen([sys.executable, "-m", "bot", *command], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def court():
    with FaultServer(hold=3600) as server:
        yield server


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_run_stops_while_a_court_hangs_and_the_poll_counts_for_nothing(tmp_path, database_url, court, stop_signal):
    url = court.serve("/rss", FEED, RSS)
    court.set("/rss", SILENT)
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG.format(url=url))
    with FakeSlack() as slack:
        worker = start(["run"], config, database_url, slack)
        try:
            wait_until(lambda: court.requests["/rss"] >= 1)  # the poll is under way, and the court says nothing
        finally:
            worker.send_signal(stop_signal)
        out, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err
    assert "docketbot worker: stopped" in out
    assert "poll abandoned" in err and "poll failed" not in err
    store = Store.open(database_url)
    state = store.state("hangs")
    assert state is None or (state.last_status == "never" and state.failures_in_row == 0
                             and state.lease_holder is None)
    store.close()


def test_a_second_ctrl_c_exits_at_once_while_slack_hangs(tmp_path, database_url, court):
    url = court.serve("/rss", feed_without_newest(FEED, 3), RSS)
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG.format(url=url).replace("every: 1h", "every: 1s"))
    with FakeSlack() as slack:
        worker = start(["run"], config, database_url, slack)
        try:
            store = Store.open(database_url)
            wait_until(lambda: (state := store.state("hangs")) is not None and state.baseline_at is not None)
            slack.latency = 60  # Slack takes every call and answers none for a minute
            court.serve("/rss", FEED, RSS)
            wait_until(lambda: "chat.postMessage" in slack.calls)
            worker.send_signal(signal.SIGINT)
            wait_until(lambda: "stopping" in (worker.stderr.readline() or "stopping"))
            worker.send_signal(signal.SIGINT)
            out, err = worker.communicate(timeout=30)
        finally:
            worker.kill()
            slack.latency = 0
    assert worker.returncode == 128 + signal.SIGINT, err
    assert "exiting at once" in err
    # the post it was sending is not lost: the next worker on this host takes it back at once
    assert store.outbox_counts().get("sending") == 1
    assert store.release_dead_claims(holder_alive) == 1 and store.outbox_counts().get("pending") == 1
    store.close()


def test_ctrl_c_in_check_prints_one_line_releases_its_claims_and_exits_130(tmp_path, database_url, court):
    url = court.serve("/rss", FEED, RSS)
    court.set("/rss", SILENT)
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG.format(url=url))
    with FakeSlack() as slack:
        check = start(["check"], config, database_url, slack)
        wait_until(lambda: court.requests["/rss"] >= 1)
        check.send_signal(signal.SIGINT)
        out, err = check.communicate(timeout=30)
    assert check.returncode == 130
    assert err.strip().splitlines() == [err.strip()] and err.startswith("interrupted"), err
    store = Store.open(database_url)
    state = store.state("hangs")
    assert state.lease_holder is None and state.last_status == "never" and state.failures_in_row == 0
    store.close()
