"""One poll through a real local HTTP server into a real store: baseline, backfill, cases, failures, dry run."""

from __future__ import annotations

import pytest

from bot.config import Config
from bot.poll import Poller
from bot.store import Store
from scrapers.http import Fetcher
from tests.support.feeds import FIXTURES, ChangingFeed, feed_without_newest

SDNY = (FIXTURES / "pacer_rss" / "sdny_1.xml").read_bytes()


def make_config(url: str, **source_fields) -> Config:
    return Config.model_validate(
        {
            "sources": [{"id": "sdny", "kind": "pacer_rss", "url": url, **source_fields}],
            "subscriptions": [{"channel": "#all", "events": ["motion", "dismissal", "appearance", "other"]}],
        }
    )


@pytest.fixture
def feed(httpserver):
    return ChangingFeed(httpserver, feed_without_newest(SDNY, 75))


def poller_for(config: Config, store: Store) -> Poller:
    return Poller(config, store, Fetcher(attempts=1, per_host_interval=0))


def test_baseline_posts_nothing_unless_backfill(feed, store):
    config = make_config(feed.url, backfill=2)
    result = poller_for(config, store).poll(config.sources[0])
    assert result.baseline and len(result.new) == result.parsed > 200
    newest_two = sorted(result.new, key=lambda e: e.filed_at)[-2:]
    assert [q.post.entry for q in result.queued] == newest_two
    assert store.state("sdny").entries_known == result.parsed


def test_cases_filter_keeps_only_those_dockets(feed, store):
    config = make_config(feed.url, cases=["18-cv-3364", "1:18-cv-01119"])
    poller = poller_for(config, store)
    assert poller.poll(config.sources[0]).parsed == 0
    feed.body = SDNY
    result = poller.poll(config.sources[0])
    assert {e.case_number for e in result.new} == {"1:18-cv-03364", "1:18-cv-01119"}
    assert len(result.new) == 5


def test_broken_page_marks_source_unhealthy_and_keeps_state(feed, store):
    config = make_config(feed.url)
    poller = poller_for(config, store)
    poller.poll(config.sources[0])
    known_before = store.state("sdny").entries_known
    feed.body = SDNY[: len(SDNY) // 2]  # a download cut off half way
    result = poller.poll(config.sources[0])
    assert not result.ok and "cut off" in result.error
    state = store.state("sdny")
    assert (state.last_status, state.failures_in_row, state.entries_known) == ("error", 1, known_before)
    feed.body = SDNY
    result = poller.poll(config.sources[0])
    assert result.ok and len(result.new) == 75 and store.state("sdny").failures_in_row == 0


def test_dry_run_changes_nothing(feed, store):
    config = make_config(feed.url)
    poller = poller_for(config, store)
    result = poller.poll(config.sources[0], dry_run=True)
    assert result.baseline and store.state("sdny") is None
    poller.poll(config.sources[0])
    feed.body = SDNY
    result = poller.poll(config.sources[0], dry_run=True)
    assert len(result.new) == 75 and result.queued
    assert store.pending_outbox() == [] and store.state("sdny").entries_known == result.parsed - 75
