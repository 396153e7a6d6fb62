"""Ops alerts end to end: a source that keeps failing alerts once, recovers once; a silent source goes stale."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.config import Config
from bot.delivery.deliver import Deliverer
from bot.ops.health import Health
from bot.poll.poller import Poller
from notifiers.slack.notifier import SlackNotifier, build_client
from scrapers.http import Fetcher
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support.feeds import FIXTURES, ChangingFeed

FEED = (FIXTURES / "pacer_rss" / "wvsd.xml").read_bytes()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def setup(httpserver, store):
    feed = ChangingFeed(httpserver, FEED)
    config = Config.model_validate({
        "defaults": {"every": "15m", "alert_after": 3},
        "slack": {"ops_channel": "#docket-ops"},
        "sources": [{"id": "wvsd", "kind": "pacer_rss", "url": feed.url}],
    })
    clock = Clock()
    with FakeSlack() as slack:
        poller = Poller(config, store, Fetcher(attempts=1, per_host_interval=0), clock=clock)
        deliverer = Deliverer(store, SlackNotifier(build_client(slack.token, slack.base_url)), clock=clock,
                              per_channel_interval=0)
        yield feed, config, clock, slack, poller, deliverer


def ops_messages(slack: FakeSlack) -> list[str]:
    return [m["text"] for m in slack.messages if m["channel"] == channel_id("#docket-ops")]


def test_one_alert_after_three_failures_and_one_recovery_notice(setup):
    feed, config, clock, slack, poller, deliverer = setup
    [source] = config.sources
    assert poller.poll(source).ok
    feed.body = b"<html><body>Service temporarily unavailable</body></html>"
    for _ in range(6):
        clock.now += timedelta(minutes=15)
        assert not poller.poll(source).ok
        deliverer.deliver_due()
    [alert] = ops_messages(slack)
    assert "Source `wvsd` is failing: 3 polls in a row*" in alert and "not an RSS or Atom feed" in alert

    feed.body = FEED
    for _ in range(2):
        clock.now += timedelta(minutes=15)
        assert poller.poll(source).ok
        deliverer.deliver_due()
    alert_again, recovery = ops_messages(slack)
    assert alert_again == alert and "Source `wvsd` works again after 6 failed polls*" in recovery


def test_stale_source_alerts_once(setup, store):
    feed, config, clock, slack, poller, deliverer = setup
    [source] = config.sources
    poller.poll(source)
    health = Health(config, store, clock)
    clock.now += timedelta(minutes=59)
    health.check_stale()
    assert store.state("wvsd").alert is None
    clock.now += timedelta(minutes=2)  # 4 × 15m = 1h without a successful poll
    health.check_stale()
    health.check_stale()
    deliverer.deliver_due()
    [stale] = ops_messages(slack)
    assert "has had no successful poll for 61m" in stale


def test_without_ops_channel_alert_state_is_kept_but_nothing_sent(setup, store):
    feed, config, clock, slack, poller, deliverer = setup
    quiet = config.model_copy(update={"slack": config.slack.model_copy(update={"ops_channel": None})})
    poller = Poller(quiet, store, Fetcher(attempts=1, per_host_interval=0), clock=clock)
    feed.body = b""
    for _ in range(3):
        poller.poll(quiet.sources[0])
    assert store.state("wvsd").alert == "failing"
    assert deliverer.deliver_due().sent == 0


def test_one_failure_is_one_poll_and_an_alert_sent_late_says_when_it_happened(setup, store):
    feed, config, clock, slack, poller, deliverer = setup
    config = config.model_copy(update={"defaults": config.defaults.model_copy(update={"alert_after": 1})})
    poller.config = poller.health.config = config  # (as a reload does)
    [source] = config.sources
    assert poller.poll(source).ok
    feed.body = b"<html><body>Service temporarily unavailable</body></html>"
    failed_at = clock.now = clock.now + timedelta(minutes=15)
    assert poller.poll(source).alerted
    deliverer.deliver_due()  # at once: no need to say when it happened
    feed.body = FEED
    clock.now += timedelta(minutes=15)
    assert poller.poll(source).alerted
    clock.now += timedelta(seconds=21)  # a worker stopped before it went out; the next sends it
    deliverer.deliver_due()
    alert, recovery = ops_messages(slack)
    assert "Source `wvsd` is failing: 1 poll in a row*" in alert and "Happened" not in alert
    assert "Source `wvsd` works again after 1 failed poll*" in recovery
    happened = int((failed_at + timedelta(minutes=15)).timestamp())
    assert (f"\nHappened <!date^{happened}^{{date_short_pretty}} {{time_secs}}|2026-11-24 12:30:00 UTC> (this notice "
            "comes late)") in recovery


def test_the_worker_prints_an_alert_on_the_console_as_soon_as_the_poll_that_queued_it_ends(
        tmp_path, monkeypatch, sqlite_url, capsys):
    from bot.worker.jobs import poll_and_deliver
    from tests.support.apps import app_from_config

    config = ('slack:\n  ops_channel: "#ops"\nhttp:\n  attempts: 1\nsources:\n  - id: down\n    kind: pacer_rss\n'
              "    url: http://127.0.0.1:9/rss\n    alert_after: 1\n")  # (port 9: nothing listens)
    with app_from_config(config, tmp_path, sqlite_url, monkeypatch) as app:
        poll_and_deliver(app, app.config.sources[0])
    out = capsys.readouterr().out
    assert "── #ops · " in out and "Source down is failing: 1 poll in a row\n" in out
