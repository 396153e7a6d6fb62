"""CourtListener docket-alert webhooks over real HTTP: secret, fast answer, idempotency, entries posted once, dated
on their court's clock, and those without a readable date kept and reported as a poll reports them."""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time

import pytest
import requests
from sqlalchemy import text

from bot.app import App
from bot.cli import main
from bot.store import EntryQuery
from bot.web.server import WebApp
from tests.fakes.slack_api import channel_id
from tests.support.feeds import FIXTURES
from tests.support.web import serving

API_PATH = "/api/rest/v4/"
SECRET = "a-long-random-secret-0123456789"
BODY = (FIXTURES / "courtlistener" / "docket_alert_webhook.json").read_bytes()

CONFIG = """\
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
def app(use_config, database_url, httpserver, slack):
    docket = (FIXTURES / "courtlistener" / "rest_v4_docket_4214664.json").read_bytes()
    httpserver.expect_request(f"{API_PATH}dockets/4214664/").respond_with_data(docket, content_type="application/json")
    use_config(CONFIG.format(api=httpserver.url_for(API_PATH)), database_url, slack=slack,
               http={"courtlistener_interval": "0s"})
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
        assert "filed 2022-10-11" in json.dumps(message["blocks"])  # D.D.C.'s date (not "2022-10-10 20:00 EDT")

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


def pushed(*changes: dict) -> bytes:
    """The webhook body with its entry changed by each of `changes` in turn: one result each."""
    body = json.loads(BODY)
    entry = body["payload"]["results"][0]
    body["payload"]["results"] = [{**entry, **change} for change in changes]
    return json.dumps(body).encode()


def processed(app: App) -> None:
    deadline = time.monotonic() + 10
    while app.store.unprocessed_webhooks() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert app.store.unprocessed_webhooks() == []


def test_an_entry_pushed_without_a_readable_date_is_posted_and_reported_as_a_poll_reports_it(app, slack, caplog,
                                                                                              capsys):
    caplog.set_level(logging.INFO)
    with serving(WebApp(app, {"COURTLISTENER_WEBHOOK_SECRET": SECRET})) as base:
        assert post(base, pushed({"date_filed": None})).status_code == 200
        [message] = slack.wait_for_messages(1, timeout=10)
        processed(app)
        assert "filed" not in json.dumps(message["blocks"])  # posted, undated
        warned = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
        assert warned == ["source nvlsp: webhook: 1 entry without a readable date: entry cl:4214664:2208776613 has "
                          "no date_filed (kept, undated)"]
        assert "webhook: source nvlsp: 1 new, 1 queued, 1 undated" in caplog.messages

        assert main(["sources"]) == 0
        said = "nvlsp: last webhook kept 1 entry without a readable date: entry cl:4214664:2208776613 has no date_filed"
        assert said in capsys.readouterr().out
        status_page = requests.get(base, timeout=5).text
        assert "entry cl:4214664:2208776613 has no date_filed (kept, pushed by a webhook)" in status_page

        # a webhook of another docket says nothing of this source; the next one of its own replaces the note
        assert post(base, pushed({"docket": 999, "id": 5, "date_filed": None}), key="key-2").status_code == 200
        processed(app)
        state = app.store.state("nvlsp")
        assert state is not None and state.last_pushed_undated_note == said.split(" kept ", 1)[1]
        assert state.last_undated_note is None  # no poll kept anything: the poll's note is apart
        assert post(base, pushed({"id": 6, "entry_number": 141}), key="key-3").status_code == 200
        slack.wait_for_messages(2, timeout=10)
        processed(app)
    assert app.store.state("nvlsp").last_pushed_undated_note is None
    assert main(["sources"]) == 0
    assert "without a readable date" not in capsys.readouterr().out


def unreachable_api() -> str:
    """An API URL on a local port nothing listens on: CourtListener cannot be reached."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}{API_PATH}"


def test_an_entry_of_a_docket_that_cannot_be_read_is_posted_as_a_filing_with_what_the_body_has(
        use_config, database_url, slack, caplog, monkeypatch):
    monkeypatch.delenv("COURTLISTENER_TOKEN", raising=False)
    caplog.set_level(logging.INFO)
    use_config(CONFIG.format(api=unreachable_api()), database_url, slack=slack, http={"courtlistener_interval": "0s"})
    app = App.from_env(os.environ)
    try:
        with serving(WebApp(app, {"COURTLISTENER_WEBHOOK_SECRET": SECRET})) as base:
            assert post(base, BODY).status_code == 200
            [message] = slack.wait_for_messages(1, timeout=20)
            processed(app)
            for thread in threading.enumerate():  # its delivery done before the store closes
                if thread.name == "webhooks":
                    thread.join(timeout=20)
        [seen] = app.store.seen_entries(EntryQuery("nvlsp"), 5)
    finally:
        app.close()
    blocks = json.dumps(message["blocks"])
    assert "CourtListener docket 4214664" in message["text"] and "D.D.C." in message["text"]
    assert "Article" not in blocks and "Outlet" not in blocks and "published" not in blocks  # not a news story
    assert "filed 2022-10-11" in blocks and "https://www.courtlistener.com/docket/4214664/" in blocks
    assert (seen.entry.case_name, seen.entry.court, seen.entry.number) == ("CourtListener docket 4214664", "dcd", "140")
    [warned] = [record.getMessage() for record in caplog.records if "unreadable" in record.getMessage()]
    assert warned.startswith("source nvlsp: docket 4214664 unreadable (")
    assert warned.endswith("its webhook entries go without case number and case name, posted as "
                           "'CourtListener docket 4214664' with court dcd from the document paths")
