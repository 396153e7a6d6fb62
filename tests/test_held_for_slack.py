"""A worker without SLACK_BOT_TOKEN on a store that posts to Slack queues its posts for a worker with the token; while
none runs, they pile up: `sources`, /healthz, the status page and the worker's log (every HELD_FOR_SLACK_SECONDS,
not only at its start) say how many, since when and why; a worker with the token running says nothing of it."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
import requests
from bs4 import BeautifulSoup

from bot.cli import main
from bot.core.entry import Entry
from bot.core.notice import NOTE, Notice
from bot.core.post import Post, Queued
from bot.ops.status import WORKER_HEARTBEAT, held_for_slack, worker_beat
from bot.store import Harvest, Store
from bot.web.server import WebApp
from bot.worker.main import HELD_FOR_SLACK_SECONDS, build_scheduler, say_held_for_slack
from tests.support.apps import app_from_config
from tests.support.web import serving

CONFIG = """\
timezone: America/Denver
sources:
  - id: nmd
    kind: pacer_rss
    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl
subscriptions:
  - channel: "#motions"
    sources: ["*"]
"""
QUEUED_AT = datetime(2026, 11, 30, 5, 43, tzinfo=UTC)  # 22:43 MST the day before
LINE = ("3 post(s) held for Slack since 2026-11-29 22:43 MST: no running worker has SLACK_BOT_TOKEN (a process without "
        "it only queues them); `python -m bot run` or `python -m bot check` with SLACK_BOT_TOKEN set posts them")


@pytest.fixture
def app(tmp_path, database_url, monkeypatch):
    """A process without the token on a store a worker with it posted from, which queued 3 posts for Slack."""
    store = Store.open(database_url)
    store.mark_posts_to_slack(QUEUED_AT - timedelta(days=1))
    store.close()
    with app_from_config(CONFIG, tmp_path, database_url, monkeypatch) as built:
        assert built.store.slack_notifier == "slack" and built.deliverer.notifier.name == "console"
        items = [Entry(source_id="nmd", key=f"k{i}", case_number=f"1:26-cv-0000{i}", case_name="A v. B", court="nmd",
                       text="MOTION to Dismiss", filed_at=QUEUED_AT) for i in range(3)]
        for minutes, item in enumerate(items):
            built.store.record_success("nmd", Harvest(new=[item], queued=[Queued(Post("#motions", item, ("motion",)),
                                                                                  f"nmd:{item.case_number}")]),
                                       QUEUED_AT + timedelta(minutes=minutes))
        yield built


def test_sources_says_how_many_posts_are_held_for_slack_while_only_a_tokenless_worker_runs(app, capsys):
    app.store.beat(worker_beat("console", "host:1:a"), datetime.now(UTC))
    assert main(["sources"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == LINE and "no worker" not in out[-2]


def test_healthz_is_503_while_posts_pile_up_for_slack_until_a_worker_with_the_token_runs(app):
    now = datetime.now(UTC)
    app.store.beat(worker_beat("console", "host:1:a"), now)
    held = {"posts": 3, "since": QUEUED_AT.isoformat(), "reason": "no running worker has SLACK_BOT_TOKEN"}
    with serving(WebApp(app, {})) as base:
        response = requests.get(f"{base}/healthz", timeout=5)
        assert response.status_code == 503
        report = response.json()
        assert report["worker"] == "alive" and report["delivery"] == "no SLACK_BOT_TOKEN"
        assert report["held_for_slack"] == held
        app.store.beat(worker_beat("slack", "host:2:b"), now - timedelta(minutes=10))  # one that stopped long ago
        assert requests.get(f"{base}/healthz", timeout=5).json()["held_for_slack"] == held
        app.store.beat(worker_beat("slack", "host:2:b"), now)  # it runs: it posts them
        response = requests.get(f"{base}/healthz", timeout=5)
        assert response.status_code == 200
        assert response.json()["delivery"] == "ok" and response.json()["held_for_slack"] is None
    with serving(WebApp(app, {}, expect_worker=False)) as base:  # no worker by design: said, not failed
        app.store.forget_beat(worker_beat("slack", "host:2:b"))
        response = requests.get(f"{base}/healthz", timeout=5)
        assert response.status_code == 200 and response.json()["held_for_slack"] == held


def test_the_status_page_says_how_many_posts_are_held_for_slack(app):
    app.store.beat(worker_beat("console", "host:1:a"), datetime.now(UTC))
    with serving(WebApp(app, {})) as base:
        soup = BeautifulSoup(requests.get(f"{base}/", timeout=10).text, "html.parser")
    assert soup.find(id="queued").get_text() == "3"
    assert soup.find(id="held-for-slack").get_text() == LINE
    app.store.beat(WORKER_HEARTBEAT, datetime.now(UTC))  # a worker of a release before: it may have the token
    with serving(WebApp(app, {})) as base:
        soup = BeautifulSoup(requests.get(f"{base}/", timeout=10).text, "html.parser")
    assert soup.find(id="held-for-slack") is None


def test_a_worker_without_the_token_says_it_again_while_posts_pile_up_for_slack(app, caplog):
    scheduler = build_scheduler(app)
    job = scheduler.get_job("held-for-slack")
    assert job is not None and job.trigger.interval == timedelta(seconds=HELD_FOR_SLACK_SECONDS) == timedelta(minutes=30)
    with caplog.at_level(logging.WARNING, logger="bot.worker.main"):
        say_held_for_slack(app)
        app.store.beat(worker_beat("slack", "host:2:b"), datetime.now(UTC))
        say_held_for_slack(app)  # a worker with the token runs: nothing to say
    assert [record.getMessage() for record in caplog.records] == [LINE]


def test_held_for_slack_counts_only_the_undelivered_posts_queued_for_slack(app):
    now = datetime.now(UTC)
    row = app.store.claim_next("w", now, timedelta(minutes=2), via="slack")
    assert held_for_slack(app.store, now).posts == 3  # one being sent is still to deliver
    app.store.mark_failed(row.id, "msg_too_long")  # failed for good: `outbox` lists it, a retry queues it
    app.store.queue_notice("apprise:ops", Notice(NOTE, "", "", "hello"), now)  # another notifier's
    later = held_for_slack(app.store, now)
    assert later is not None and later.posts == 2 and later.since == QUEUED_AT + timedelta(minutes=1)
