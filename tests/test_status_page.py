"""The status page (`GET /` of `python -m bot web`) over real HTTP: what it shows, on a busy store and on a fresh
one, what it keeps out (secrets, markup from scraped text), and the STATUS_TOKEN rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import requests
from bs4 import BeautifulSoup

from bot.core.digest import DAILY, Digest
from bot.core.notice import NOTE, Notice
from bot.core.post import Item, MessageRef, Post, Queued
from bot.core.quiet import Pause
from bot.store import Harvest, Store, engine_for
from bot.web.server import WebApp
from tests.support.apps import app_from_config
from tests.support.status_state import CONFIG, DOCUMENT, FAILURE, SKIP_NOTE, busy_state, entry
from tests.support.web import serving

TOKEN = "s3cret-status-token"


@pytest.fixture
def app(tmp_path, database_url, monkeypatch):
    with app_from_config(CONFIG + "timezone: America/Denver\n", tmp_path, database_url, monkeypatch) as built:
        yield built


def cells(table) -> list[list[str]]:
    return [[cell.get_text(" ", strip=True) for cell in row.find_all("td")] for row in table.tbody.find_all("tr")]


def page(base: str, **kwargs) -> BeautifulSoup:
    response = requests.get(f"{base}/", timeout=10, **kwargs)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.headers["Referrer-Policy"] == "no-referrer"  # a ?token= never leaks to a court's site
    return BeautifulSoup(response.text, "html.parser")


def test_the_page_shows_each_source_the_backlog_the_posts_and_the_worker(app):
    now = datetime.now(UTC)
    busy_state(app.store, now)
    with serving(WebApp(app, {"SLACK_WORKSPACE_URL": "https://newsroom.slack.com/"})) as base:
        soup = page(base)
    rows = {row[0]: row for row in cells(soup.find(id="sources"))}
    assert list(rows) == ["nmd", "cand", "sdny"]  # config order
    nmd, cand, sdny = rows["nmd"], rows["cand"], rows["sdny"]
    assert nmd[1:3] == ["pacer_rss", "every 15m"]
    assert nmd[3].endswith(("MST", "MDT"))  # the config's clock
    assert nmd[4] == "ok" and nmd[5] == "0" and nmd[6] == f"2 {SKIP_NOTE}" and nmd[7] == "3"
    assert nmd[8] != "– (no worker)"  # a worker beats: the next run is shown
    assert cand[4] == f"error {FAILURE}" and cand[5] == "3" and cand[7] == "0"
    assert sdny[3] == "–" and sdny[4] == "not polled yet" and sdny[5:8] == ["0", "0", "0"]
    backlog = {name: soup.find(id=name).get_text() for name in ("queued", "held", "failed", "sent")}
    assert backlog == {"queued": "0", "held": "1", "failed": "1", "sent": "1"}
    (hold,) = cells(soup.find(id="holds"))
    assert hold[0] == "posts to #dismissals" and hold[1].endswith(("MST", "MDT"))
    assert hold[2:] == ["not_in_channel", "invite the bot: /invite @docketbot in #dismissals", "1"]
    (post,) = soup.find(id="posts").tbody.find_all("tr")
    channel, _when, what, _links = (cell.get_text(" ", strip=True) for cell in post.find_all("td"))
    assert channel == "#motions" and what == "Motion to Dismiss for Lack of Jurisdiction: Baldwin v. Hutchins (1:23-cv-00412, D.N.M.)"
    assert [(a.get_text(), a["href"]) for a in post.find_all("a")] == [
        ("Document", DOCUMENT), ("Slack", "https://newsroom.slack.com/archives/C0MOTIONS/p1764400000000100")]
    assert "alive" in soup.find(id="worker").get_text()


def test_the_page_lists_the_digests_sent_with_channel_when_and_period(app):
    now = datetime(2026, 11, 30, 15, 30, tzinfo=UTC)
    start, end = datetime(2026, 11, 29, 15, tzinfo=UTC), datetime(2026, 11, 30, 15, tzinfo=UTC)
    item = Item(entry("46", "NOTICE of Voluntary Dismissal by Hannah Hutchins"), ("dismissal",))
    digest = Digest("#desk", DAILY, start, end, "America/Denver", ((item,),))
    assert app.store.queue_digest(digest, end)
    sent = app.store.claim_next("test:1:a", now, timedelta(minutes=2))
    assert sent is not None and sent.digest == digest
    app.store.mark_sent(sent.id, sent.channel, MessageRef("C0DESK", "1764516600.000100"), now)
    assert app.store.queue_digest(replace(digest, channel="#later"), now)  # queued, not sent: not listed
    with serving(WebApp(app, {})) as base:
        soup = page(base)
    assert cells(soup.find(id="digests")) == [[
        "#desk", "2026-11-30 08:30 MST", "2026-11-29 08:00 MST to 2026-11-30 08:00 MST",
        "Daily digest: 1 filing in 1 case"]]


def test_a_paused_source_shows_as_paused_and_by_whom(app):
    app.store.pause(Pause("sdny", "U0ALICE", datetime(2026, 11, 29, 15, 2, tzinfo=UTC)))
    with serving(WebApp(app, {})) as base:
        rows = {row[0]: row for row in cells(page(base).find(id="sources"))}
    assert rows["sdny"][4] == "paused paused by U0ALICE since 2026-11-29 08:02 MST"  # the config's clock
    assert rows["nmd"][4] == "not polled yet"


def test_the_page_of_a_fresh_install(app):
    with serving(WebApp(app, {})) as base:
        soup = page(base)
    rows = cells(soup.find(id="sources"))
    assert [row[0] for row in rows] == ["nmd", "cand", "sdny"]
    assert all(row[4] == "not polled yet" and row[8] == "– (no worker)" for row in rows)
    assert {name: soup.find(id=name).get_text() for name in ("queued", "held", "failed", "sent")} == dict.fromkeys(
        ("queued", "held", "failed", "sent"), "0")
    assert soup.find(id="holds") is None and soup.find(id="posts") is None
    assert "Nothing posted yet." in soup.get_text()
    assert soup.find(id="digests") is None and "No digest sent yet." in soup.get_text()
    worker = soup.find(id="worker").get_text(" ", strip=True)
    assert "Last heartbeat: never" in worker and "never seen" in worker
    assert "no worker has run on this store yet" in soup.get_text()


def test_without_a_workspace_url_a_post_links_its_document_only(app):
    busy_state(app.store, datetime.now(UTC))
    with serving(WebApp(app, {})) as base:
        links = [a.get_text() for a in page(base).find(id="posts").find_all("a")]
    assert links == ["Document"]


def test_scraped_text_is_shown_as_text_not_markup(app):
    app.store.record_failure("cand", "<script>alert('x')</script> at <b>line 3</b>", datetime.now(UTC))
    with serving(WebApp(app, {})) as base:
        response = requests.get(f"{base}/", timeout=10)
    assert "<script>" not in response.text and "<b>" not in response.text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; at &lt;b&gt;line 3&lt;/b&gt;" in response.text


@pytest.mark.parametrize("credentials", [
    {"params": {"token": TOKEN}},
    {"auth": ("anyone", TOKEN)},
    {"auth": ("", TOKEN)},
], ids=["query token", "basic auth", "basic auth, no user"])
def test_with_status_token_the_right_token_opens_the_page(app, credentials):
    with serving(WebApp(app, {"STATUS_TOKEN": TOKEN})) as base:
        soup = page(base, **credentials)
    assert soup.find(id="sources") is not None


@pytest.mark.parametrize("credentials", [
    {},
    {"params": {"token": "wrong"}},
    {"params": {"token": TOKEN[:-1]}},
    {"params": {"token": ""}},
    {"auth": ("anyone", "wrong")},
    {"auth": (TOKEN, "")},  # the token as the user name is no password
    {"headers": {"Authorization": f"Bearer {TOKEN}"}},
    {"headers": {"Authorization": "Basic not-base64!"}},
], ids=["nothing", "wrong query token", "a prefix", "empty query token", "wrong password", "token as user",
        "bearer", "garbled basic"])
def test_with_status_token_anything_else_gets_401_and_no_page(app, credentials):
    busy_state(app.store, datetime.now(UTC))
    with serving(WebApp(app, {"STATUS_TOKEN": TOKEN})) as base:
        response = requests.get(f"{base}/", timeout=10, **credentials)
        health = requests.get(f"{base}/healthz", timeout=10)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == 'Basic realm="docketbot status", charset="UTF-8"'
    assert "nmd" not in response.text and "#motions" not in response.text
    assert health.status_code in (200, 503) and "store" in health.json()  # /healthz needs no token


def test_the_page_shows_no_secret(app, database_url):
    busy_state(app.store, datetime.now(UTC))
    environ = {"STATUS_TOKEN": TOKEN, "SLACK_BOT_TOKEN": "xoxb-1234-secret", "SLACK_SIGNING_SECRET": "signing-secret",
               "COURTLISTENER_WEBHOOK_SECRET": "hook-secret", "DATABASE_URL": database_url}
    with serving(WebApp(app, environ)) as base:
        text = requests.get(f"{base}/", params={"token": TOKEN}, timeout=10).text
    assert "nmd" in text
    for secret in (TOKEN, "xoxb-1234-secret", "signing-secret", "hook-secret", database_url, "127.0.0.1", "sqlite"):
        assert secret not in text


def test_the_page_is_503_when_the_store_is_gone(app):
    gone = replace(app, store=Store(engine_for("postgresql://nobody@127.0.0.1:1/none")))
    with serving(WebApp(gone, {})) as base:
        response = requests.get(f"{base}/", timeout=15)
    assert response.status_code == 503 and "the store is unreachable (OperationalError)" in response.text


def test_recent_posts_are_the_last_posts_sent_newest_first(store):
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    entries = [entry(str(number), f"MOTION number {number}") for number in range(5)]
    store.record_success("nmd", Harvest(new=entries, parsed=5, queued=[
        Queued(Post(f"#c{number % 2}", item, ("motion",)), "t") for number, item in enumerate(entries)]), now)
    store.queue_notice("#ops", Notice(NOTE, "", "", "a notice"), now)
    assert store.recent_posts() == []  # nothing sent yet
    for minute in range(6):
        claimed = store.claim_next("test:1:a", now, timedelta(minutes=2))
        assert claimed is not None
        store.mark_sent(claimed.id, claimed.channel, MessageRef("slack", f"C1/1.{minute}"), now + timedelta(minutes=minute))
    # sent in the order queued: the five posts at minutes 0-4, the notice at minute 5
    assert [(sent.channel, sent.post.entry.key, sent.sent_at, sent.ref)
            for sent in store.recent_posts(3)] == [
        ("#c0", "nmd-4", now + timedelta(minutes=4), MessageRef("slack", "C1/1.4")),
        ("#c1", "nmd-3", now + timedelta(minutes=3), MessageRef("slack", "C1/1.3")),
        ("#c0", "nmd-2", now + timedelta(minutes=2), MessageRef("slack", "C1/1.2")),
    ]
    assert [sent.post.entry.key for sent in store.recent_posts()] == ["nmd-4", "nmd-3", "nmd-2", "nmd-1", "nmd-0"]


def test_the_page_shows_the_entries_a_source_kept_without_a_readable_date(app):
    note = "1 entry without a readable date: row 3 '2026-11-25' does not match %m/%d/%Y"
    app.store.record_success("nmd", Harvest(parsed=4, undated_note=note), datetime.now(UTC))
    with serving(WebApp(app, {})) as base:
        soup = page(base)
    nmd = {row[0]: row for row in cells(soup.find(id="sources"))}["nmd"]
    assert nmd[6] == "0" and nmd[7] == f"0 {note} (kept)"  # nothing skipped; the entries known, and the note
