"""`python -m bot web` over real HTTP: health check, unknown routes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from bot.app import App
from bot.store import Harvest, Hold, Store, engine_for
from bot.web import WORKER_HEARTBEAT, WebApp
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
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG)
    monkeypatch.setenv("DOCKETBOT_CONFIG", str(config))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    built = App.from_env(os.environ)
    yield built
    built.close()


def test_healthz_reports_store_worker_and_oldest_success(app):
    with serving(WebApp(app, {})) as base:
        response = requests.get(f"{base}/healthz", timeout=5)
        assert response.status_code == 200
        assert response.json() == {"ok": True, "store": "ok", "delivery": "ok", "held": [], "worker": "never seen",
                                   "worker_heartbeat_age_seconds": None, "oldest_success_age_seconds": None}
        now = datetime.now(UTC)
        app.store.record_success("nmd", Harvest(parsed=0), now - timedelta(minutes=10))
        app.store.beat(WORKER_HEARTBEAT, now - timedelta(seconds=20))
        report = requests.get(f"{base}/healthz", timeout=5).json()
        assert report["ok"] and report["worker"] == "alive"
        assert 600 <= report["oldest_success_age_seconds"] < 700 and 20 <= report["worker_heartbeat_age_seconds"] < 90
        app.store.beat(WORKER_HEARTBEAT, now - timedelta(minutes=10))
        silent = requests.get(f"{base}/healthz", timeout=5)
        assert silent.status_code == 503 and silent.json()["worker"] == "silent"


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


def test_metrics_in_prometheus_format(app):
    app.store.record_success("nmd", Harvest(parsed=3), datetime.now(UTC))
    app.metrics.polls.labels("nmd", "ok").inc()
    app.metrics.fetch_seconds.labels("nmd").observe(0.3)
    with serving(WebApp(app, {})) as base:
        response = requests.get(f"{base}/metrics", timeout=5)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/plain")
    text = response.text
    assert 'docketbot_polls_total{outcome="ok",source="nmd"} 1.0' in text
    assert 'docketbot_entries_known{source="nmd"} 0.0' in text
    assert "docketbot_last_success_timestamp_seconds{source=\"nmd\"}" in text
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


def test_the_web_command_serves_with_waitress(tmp_path, app):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PORT": str(port)}
    web = subprocess.Popen([sys.executable, "-m", "bot", "web"], cwd=ROOT, env=env, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                response = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "web did not start"
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["store"] == "ok"
    finally:
        web.terminate()
        web.communicate(timeout=20)
