"""`python -m bot web` over real HTTP: health check, unknown routes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from bot.app import App
from bot.ops.quiet import pause_source, resume_source
from bot.ops.status import WORKER_HEARTBEAT
from bot.store import Harvest, Hold, Store, engine_for
from bot.web.server import WebApp
from tests.support.apps import app_from_config
from tests.support.web import serving

ROOT = Path(__file__).resolve().parent.parent

CONFIG = """\
sources:
  - id: nmd
    kind: pacer_rss
    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl
"""


@pytest.fixture
def app(tmp_path, database_url, monkeypatch):
    with app_from_config(CONFIG, tmp_path, database_url, monkeypatch) as built:
        yield built


def test_healthz_reports_store_worker_and_oldest_success(app):
    with serving(WebApp(app, {})) as base:
        response = requests.get(f"{base}/healthz", timeout=5)
        assert response.status_code == 503  # no worker has ever run: nothing is polled
        assert response.json() == {"ok": False, "store": "ok", "delivery": "ok", "held_for_slack": None, "held": [],
                                   "worker": "never seen", "worker_heartbeat_age_seconds": None,
                                   "oldest_success_age_seconds": None}
        now = datetime.now(UTC)
        app.store.record_success("nmd", Harvest(parsed=0), now - timedelta(minutes=10))
        app.store.beat(WORKER_HEARTBEAT, now - timedelta(seconds=20))
        report = requests.get(f"{base}/healthz", timeout=5).json()
        assert report["ok"] and report["worker"] == "alive"
        assert 600 <= report["oldest_success_age_seconds"] < 700 and 20 <= report["worker_heartbeat_age_seconds"] < 90
        app.store.beat(WORKER_HEARTBEAT, now - timedelta(minutes=10))
        silent = requests.get(f"{base}/healthz", timeout=5)
        assert silent.status_code == 503 and silent.json()["worker"] == "silent"


def test_healthz_without_a_worker_by_design(app):
    with serving(WebApp(app, {}, expect_worker=False)) as base:
        response = requests.get(f"{base}/healthz", timeout=5)
    assert response.status_code == 200
    assert response.json()["worker"] == "not expected (web --no-worker)"


def test_healthz_is_503_while_posts_are_held(app):
    now = datetime.now(UTC)
    app.store.hold(Hold("", "token_revoked", "Slack did not take the post to #a: token_revoked (HTTP 200)",
                        "the token was revoked: reinstall the app", now, now + timedelta(minutes=5)))
    with serving(WebApp(app, {})) as base:
        response = requests.get(f"{base}/healthz", timeout=5)
    assert response.status_code == 503
    assert response.json()["delivery"] == "held"
    assert response.json()["held"] == [{"channel": "*", "reason": "token_revoked", "messages": 0,
                                        "advice": "the token was revoked: reinstall the app",
                                        "since": now.isoformat()}]


def test_web_metrics_show_the_figures_the_worker_left_in_the_store(app):
    worker = App.from_env(os.environ)  # the worker process, on the same store
    now = datetime.now(UTC)
    worker.store.record_success("nmd", Harvest(parsed=3), now)
    worker.store.record_failure("nmd", "https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl: HTTP 503", now)
    worker.metrics.polls.labels("nmd", "ok").inc()
    worker.close()
    with serving(WebApp(app, {})) as base:
        response = requests.get(f"{base}/metrics", timeout=5)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/plain")
    text = response.text
    values = dict(line.rsplit(" ", 1) for line in text.splitlines() if not line.startswith("#"))
    assert float(values['docketbot_last_poll_timestamp_seconds{source="nmd",status="error"}']) == now.timestamp()
    assert float(values['docketbot_last_success_timestamp_seconds{source="nmd"}']) == now.timestamp()
    assert 'docketbot_failures_in_row{source="nmd"} 1.0' in text
    assert "docketbot_outbox_messages" in text and "docketbot_delivery_held_messages" in text
    assert "docketbot_polls_total" not in text  # this process polls nothing: no counter that would say 0


def test_web_metrics_say_resumed_once_a_paused_source_is_resumed_as_the_status_page_does(app):
    now = datetime.now(UTC)
    app.store.record_success("nmd", Harvest(parsed=3), now)
    pause_source(app.config, app.store, "nmd", "U0ALICE", now)
    with serving(WebApp(app, {})) as base:
        paused = requests.get(f"{base}/metrics", timeout=5).text
        resume_source(app.config, app.store, "nmd", now + timedelta(minutes=1))
        resumed = requests.get(f"{base}/metrics", timeout=5).text
        page = requests.get(f"{base}/", timeout=5).text
    assert 'docketbot_last_poll_timestamp_seconds{source="nmd",status="paused"}' in paused
    assert 'docketbot_last_poll_timestamp_seconds{source="nmd",status="resumed"}' in resumed
    assert 'status="paused"' not in resumed and "resumed" in page


def test_worker_metrics_count_its_polls(app):
    app.store.record_success("nmd", Harvest(parsed=3), datetime.now(UTC))
    app.metrics.polls.labels("nmd", "ok").inc()
    app.metrics.fetch_seconds.labels("nmd").observe(0.3)
    text = app.metrics.exposition().decode()
    assert 'docketbot_polls_total{outcome="ok",source="nmd"} 1.0' in text
    assert 'docketbot_entries_known{source="nmd"} 0.0' in text
    assert 'docketbot_fetch_seconds_bucket{le="0.5",source="nmd"} 1.0' in text


def test_healthz_is_503_when_the_store_is_gone(app):
    gone = replace(app, store=Store(engine_for("postgresql://nobody@127.0.0.1:1/none")))
    with serving(WebApp(gone, {})) as base:
        response = requests.get(f"{base}/healthz", timeout=15)
    assert response.status_code == 503 and response.json()["ok"] is False


def test_unknown_path_and_wrong_method(app):
    with serving(WebApp(app, {})) as base:
        assert requests.get(f"{base}/nope", timeout=5).status_code == 404
        assert requests.post(f"{base}/healthz", timeout=5).status_code == 405


def get_when_up(url: str, seconds: float = 20) -> requests.Response:
    """GET `url` once the server answers: tried again while the connection is refused, for up to `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return requests.get(url, timeout=2)
        except requests.ConnectionError:
            assert time.monotonic() < deadline, "web did not start"
            time.sleep(0.2)


@pytest.mark.slow
@pytest.mark.parametrize("no_worker", [True, False], ids=["--no-worker", "expecting a worker"])
def test_the_web_command_serves_with_waitress(tmp_path, app, no_worker):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PORT": str(port)}
    for variable in ("SLACK_SIGNING_SECRET", "COURTLISTENER_WEBHOOK_SECRET"):
        env.pop(variable, None)
    web = subprocess.Popen([sys.executable, "-m", "bot", "web", *(["--no-worker"] if no_worker else [])],
                           cwd=ROOT, env=env, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        response = get_when_up(f"http://127.0.0.1:{port}/healthz")
        assert response.status_code == (200 if no_worker else 503) and response.json()["store"] == "ok"
        assert "docketbot_outbox_messages" in requests.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    finally:
        web.terminate()
        out, _ = web.communicate(timeout=20)
    assert out.splitlines()[0] == (
        f"docketbot web: listening on port {port}; serving / (status page), /healthz, /metrics; /slack/events (/docket) is off: set "
        "SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN; CourtListener webhooks are off: set COURTLISTENER_WEBHOOK_SECRET"
    )
