"""CourtListener docket-alert webhooks over real HTTP: secret, fast answer, idempotency, entries posted once."""

from __future__ import annotations

import json
import os
import time

import pytest
import requests
from sqlalchemy import text

from bot.app import App
from bot.web.server import WebApp
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support.feeds import FIXTURES
from tests.support.web import serving

API_PATH = "/api/rest/v4/"
SECRET = "a-long-random-secret-0123456789"
BODY = (FIXTURES / "courtlistener" / "docket_alert_webhook.json").read_bytes()

CONFIG = """\
http:
  per_host_interval: 0s
  courtlistener_interval: 0s
slack:
  post_interval: 0s
sources:
  - id: nvlsp
    kind: courtlistener
    url: {api}
    dockets: [4214664]
subscriptions:
  - channel: "#cl"
    sources: [nvlsp]
"""


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def app(tmp_path, database_url, monkeypatch, httpserver, slack):
    docket = (FIXTURES / "courtlistener" / "rest_v4_docket_4214664.json").read_bytes()
    httpserver.expect_request(f"{API_PATH}dockets/4214664/").respond_with_data(docket, content_type="application/json")
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG.format(api=httpserver.url_for(API_PATH)))
    for name, value in {"DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database_url,
                        "SLACK_BOT_TOKEN": slack.token, "SLACK_API_URL": slack.base_url}.items():
        monkeypatch.setenv(name, value)
    built = App.from_env(os.environ)
    yield built
    built.close()


def post(base: str, body: bytes, secret: str = SECRET, key: str | None = "key-1") -> requests.Response:
    headers = {"Content-Type": "application/json", **({"Idempotency-Key": key} if key else {})}
    return requests.post(f"{base}/webhooks/courtlistener/{secret}", data=body, headers=headers, timeout=5)


def test_docket_alert_is_answered_at_once_and_posted_once(app, slack):
    with serving(WebApp(app, {"COURTLISTENER_WEBHOOK_SECRET": SECRET})) as base:
        started = time.monotonic()
        response = post(base, BODY)
        assert response.status_code == 200 and response.json() == {"accepted": True, "duplicate": False}
        assert time.monotonic() - started < 1
        [message] = slack.wait_for_messages(1, timeout=10)
        assert message["channel"] == channel_id("#cl")
        assert message["text"].startswith(
            "Motion for Settlement Preliminary Approval: NATIONAL VETERANS LEGAL SERVICES PROGRAM v. United States")
        assert "(1:16-cv-00745, D.D.C.)" in message["text"]

        again = post(base, BODY)
        assert again.status_code == 200 and again.json()["duplicate"] is True
        other_key_same_entry = post(base, BODY, key="key-2")
        assert other_key_same_entry.json()["accepted"] is True
        deadline = time.monotonic() + 10
        while app.store.unprocessed_webhooks() and time.monotonic() < deadline:
            time.sleep(0.05)
    assert app.store.unprocessed_webhooks() == []
    assert len(slack.messages) == 1  # a second delivery of the same entry is not news


def test_wrong_or_missing_secret_is_404(app, slack):
    with serving(WebApp(app, {"COURTLISTENER_WEBHOOK_SECRET": SECRET})) as base:
        assert post(base, BODY, secret="guess").status_code == 404
    with serving(WebApp(app, {})) as base:
        assert post(base, BODY).status_code == 404
    assert app.store.unprocessed_webhooks() == [] and slack.messages == []


@pytest.mark.parametrize(
    "body",
    [b"not json", json.dumps({"webhook": {"event_type": 2, "version": 2}, "payload": {"results": []}}).encode()],
)
def test_bodies_that_are_no_docket_alert_are_refused(app, body):
    with serving(WebApp(app, {"COURTLISTENER_WEBHOOK_SECRET": SECRET})) as base:
        response = post(base, body)
    assert response.status_code == 400 and response.json()["error"]
    assert app.store.unprocessed_webhooks() == []


def test_a_body_that_failed_processing_stays_in_the_inbox(app, slack, httpserver):
    web = WebApp(app, {"COURTLISTENER_WEBHOOK_SECRET": SECRET})
    assert web.inbox.accept(BODY, "k")
    with app.store.engine.begin() as conn:  # the database loses a table: processing fails
        conn.execute(text("ALTER TABLE seen_entries RENAME TO seen_entries_away"))
    assert web.inbox.process_pending() == 0
    assert [key for key, _ in app.store.unprocessed_webhooks()] == ["k"]
    with app.store.engine.begin() as conn:
        conn.execute(text("ALTER TABLE seen_entries_away RENAME TO seen_entries"))
    assert web.inbox.process_pending() == 1
    assert len(slack.wait_for_messages(1, timeout=10)) == 1
