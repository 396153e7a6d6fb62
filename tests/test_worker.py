"""`python -m bot run` as a real process: polls on schedule, posts new filings, stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import update

from bot.core.notice import CONFIG_FILE, REFUSED, Notice
from bot.ops.status import worker_status
from bot.store import Store
from bot.store.schema import source_state
from tests.fakes.slack_api import FakeSlack
from tests.support.fault_server import SILENT, FaultServer
from tests.support.feeds import FIXTURES, ChangingFeed, feed_without_newest

pytestmark = pytest.mark.slow  # starts worker processes and waits for their scheduled turns

ROOT = Path(__file__).resolve().parent.parent
FULL_FEED = (FIXTURES / "pacer_rss" / "wvsd.xml").read_bytes()

CONFIG = """\
http:
  per_host_interval: 0s
slack:
  post_interval: 0s
sources:
  - id: wvsd
    kind: pacer_rss
    url: {url}
    every: 1s
subscriptions:
  - channel: "#wv"
    sources: ["*"]
    events: [dismissal]
"""


def wait_until(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.1)


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_worker_polls_on_schedule_posts_and_stops_cleanly(tmp_path, database_url, httpserver, stop_signal):
    feed = ChangingFeed(httpserver, feed_without_newest(FULL_FEED, 3))
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG.format(url=feed.url))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        metrics_port = probe.getsockname()[1]
    with FakeSlack() as slack:
        env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database_url,
               "SLACK_BOT_TOKEN": slack.token, "SLACK_API_URL": slack.base_url, "METRICS_PORT": str(metrics_port)}
        worker = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            store = Store.open(database_url)
            wait_until(lambda: (state := store.state("wvsd")) is not None and state.baseline_at is not None)
            polls_before = feed.requests
            feed.body = FULL_FEED  # its three items appear, among them "Order Dismissing Case"
            [message] = slack.wait_for_messages(1, timeout=20)
            assert "Order Dismissing Case" in message["text"]
            wait_until(lambda: feed.requests >= polls_before + 3)  # it keeps polling every second
            assert len(slack.messages) == 1
            store.close()
            metrics = requests.get(f"http://127.0.0.1:{metrics_port}/metrics", timeout=5).text  # the worker's counts
            assert 'docketbot_posts_total{channel="#wv",outcome="sent"} 1.0' in metrics
            assert 'docketbot_polls_total{outcome="baseline",source="wvsd"} 1.0' in metrics
        finally:
            worker.send_signal(stop_signal)
            out, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err
    assert "stopped" in out
    store = Store.open(database_url)
    worker_left = worker_status(store, datetime.now(UTC))
    store.close()
    assert not worker_left.alive and worker_left.stopped
    assert worker_left.describe().startswith(f"no worker is running since {worker_left.last_beat:%Y-%m-%d %H:%M} UTC (it stopped)")


def test_the_worker_checks_the_token_at_start_and_says_when_it_is_wrong(tmp_path, database_url, httpserver):
    feed = ChangingFeed(httpserver, FULL_FEED)
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG.format(url=feed.url).replace("every: 1s", "every: 1h"))
    with FakeSlack() as slack:
        env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database_url,
               "SLACK_BOT_TOKEN": "xoxb-not-the-token", "SLACK_API_URL": slack.base_url}
        worker = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            banner = worker.stdout.readline()  # before Slack answers
            first_line = worker.stdout.readline()
        finally:
            worker.send_signal(signal.SIGTERM)
            out, err = worker.communicate(timeout=30)
        assert slack.calls[0] == "auth.test"
    assert banner == "docketbot worker: 1 source(s) to schedule; checking the Slack token (sha256:6f8acbd1)\n"
    assert ("posts are held: Slack refused the token sha256:6f8acbd1 (invalid_auth; see the log); this worker "
            "claims no post until a retry works") in first_line
    assert ("Slack posts to every channel are held for token sha256:6f8acbd1: invalid_auth (the token is not valid: "
            "set SLACK_BOT_TOKEN") in err


def console_worker(tmp_path, database_url: str, feed: ChangingFeed) -> subprocess.Popen:
    """`python -m bot run` without SLACK_BOT_TOKEN (README's first command) on CONFIG polling `feed` hourly, its
    output piped as text."""
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG.format(url=feed.url).replace("every: 1s", "every: 1h"))
    env = {key: value for key, value in os.environ.items() if not key.startswith("SLACK_")}
    return subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**env, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database_url})


def test_a_worker_without_the_token_on_a_store_that_posts_to_slack_says_its_posts_wait_for_one_with_it(
    tmp_path, database_url, httpserver
):
    store = Store.open(database_url)
    store.mark_posts_to_slack(datetime.now(UTC))  # a worker with the token ran on it
    store.close()
    worker = console_worker(tmp_path, database_url, ChangingFeed(httpserver, FULL_FEED))
    try:
        banner = worker.stdout.readline()
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.communicate(timeout=30)
    assert banner.endswith("posting as the console (SLACK_BOT_TOKEN is not set); this store posts to Slack: posts to "
                           "Slack's channels are queued for a worker with SLACK_BOT_TOKEN (said every 30m while they "
                           "wait); Ctrl-C to stop\n"), banner


def test_the_worker_says_once_whom_it_posts_as(tmp_path, database_url, httpserver):
    """README's first command, without SLACK_BOT_TOKEN: the first line names the console, and the log does not
    say it again."""
    feed = ChangingFeed(httpserver, FULL_FEED)
    worker = console_worker(tmp_path, database_url, feed)
    try:
        banner = worker.stdout.readline()
        wait_until(lambda: feed.requests >= 1)  # its first poll, logged
    finally:
        worker.send_signal(signal.SIGTERM)
        out, err = worker.communicate(timeout=30)
    assert banner.startswith("docketbot worker: 1 source(s) scheduled (first polls start now")
    assert banner.endswith(", posting as the console (SLACK_BOT_TOKEN is not set); Ctrl-C to stop\n"), banner
    assert (banner + out + err).count("posting as") == 1, err


def test_a_source_fixed_while_no_worker_ran_is_polled_at_the_start(tmp_path, database_url, httpserver):
    feed = ChangingFeed(httpserver, FULL_FEED)
    config = tmp_path / "sources.yaml"
    broken = CONFIG.format(url=httpserver.url_for("/wrong")).replace("every: 1s", "every: 10m")
    config.write_text(broken.replace("http:\n", "http:\n  attempts: 1\n"))
    env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database_url}
    env.pop("SLACK_BOT_TOKEN", None)
    failed = subprocess.run([sys.executable, "-m", "bot", "check"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert failed.returncode == 1 and "FAILED" in failed.stdout
    config.write_text(config.read_text().replace(httpserver.url_for("/wrong"), feed.url))
    worker = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        store = Store.open(database_url)
        wait_until(lambda: (state := store.state("wvsd")) is not None and state.last_status == "ok")
        store.close()
    finally:
        worker.send_signal(signal.SIGTERM)
        _, err = worker.communicate(timeout=30)
    assert "another process" not in err and feed.requests == 1


HANGING_COURTS = """\
worker:
  poll_threads: 2
http:
  per_host_interval: 0s
  read_timeout: 120s
  attempts: 1
slack:
  ops_channel: "#ops"
sources:
"""


def test_polls_waiting_on_courts_that_hang_hold_back_neither_heartbeat_nor_delivery(tmp_path, database_url):
    """Every poll thread waits on a court that never answers: the heartbeat and the delivery job have threads of
    their own (before, the four shared threads all waited 120 s on the courts and neither ran)."""
    config = tmp_path / "sources.yaml"
    with FaultServer(hold=120) as server, FakeSlack() as slack:
        sources = ""
        for i in range(6):
            sources += f"  - id: hangs{i}\n    kind: pacer_rss\n    url: {server.serve(f'/rss{i}', FULL_FEED, 'application/rss+xml')}\n"
            server.set(f"/rss{i}", SILENT)
        config.write_text(HANGING_COURTS + sources)
        store = Store.open(database_url)
        store.queue_notice("#ops", Notice(REFUSED, CONFIG_FILE, "x.yaml", "was refused"), datetime.now(UTC))
        env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database_url,
               "SLACK_BOT_TOKEN": slack.token, "SLACK_API_URL": slack.base_url}
        worker = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            wait_until(lambda: sum(server.requests.values()) >= 2)  # both poll threads wait on a court
            wait_until(lambda: worker_status(store, datetime.now(UTC)).alive)
            [message] = slack.wait_for_messages(1, timeout=30)  # the deliver job's first turn is 10 s in
            assert "was refused" in message["text"]
            assert sum(server.requests.values()) == 2  # the other sources wait for a poll thread
            store.close()
        finally:
            worker.send_signal(signal.SIGTERM)
            _, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err


def test_the_record_of_an_unchanged_poll_held_for_a_later_write_is_written_at_the_stop(tmp_path, database_url,
                                                                                      httpserver):
    """The worker's unchanged poll of a healthy source leaves its record to ride on a later write (one write a
    poll); a stop before any writes it (the first within QUIET_HOLD_SECONDS), and frees the lease."""
    feed = ChangingFeed(httpserver, FULL_FEED)
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG.format(url=feed.url).replace("every: 1s", "every: 1h"))
    env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database_url}
    env.pop("SLACK_BOT_TOKEN", None)
    seeded = subprocess.run([sys.executable, "-m", "bot", "check"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert seeded.returncode == 0, seeded.stderr
    store = Store.open(database_url)
    long_ago = datetime.now(UTC) - timedelta(hours=2)  # so that the worker's first turn polls it again
    with store.engine.begin() as conn:
        conn.execute(update(source_state).values(last_poll_at=long_ago, last_success_at=long_ago))
    worker = subprocess.Popen([sys.executable, "-m", "bot", "--log-level", "INFO", "run"], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(worker.stderr.readline, "")), daemon=True)
    reader.start()
    try:
        wait_until(lambda: any("source wvsd: unchanged since the last poll" in line for line in lines))
        held = store.state("wvsd")
        assert held.lease_holder is not None and held.last_poll_at == long_ago  # not written yet
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=30)
        reader.join(timeout=5)
    assert worker.returncode == 0, "".join(lines)
    written = store.state("wvsd")
    store.close()
    assert written.lease_holder is None and written.last_status == "ok" and written.failures_in_row == 0
    assert written.last_poll_at is not None and written.last_poll_at > long_ago + timedelta(hours=1)
    assert written.last_success_at == written.last_poll_at
    assert feed.requests == 2  # the check's poll, and the worker's
