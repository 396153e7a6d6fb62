"""The long-running worker's writes: its unchanged polls cost one write each (the claim), their records riding on
later claims, flushed when none comes within QUIET_HOLD_SECONDS, and at a stop. Real store, real HTTP feeds,
the worker's own job functions, with the poller's clock set by the test."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, update

from bot.app import App
from bot.poll.poller import POLL_LEASE, Poller
from bot.store.schema import source_state
from bot.worker.jobs import poll_and_deliver
from bot.worker.main import QUIET_HOLD_SECONDS, flush_quiet
from scrapers.http import Fetcher
from tests.support.apps import app_from_config
from tests.support.feeds import FIXTURES, ChangingFeed

FEED = (FIXTURES / "pacer_rss" / "wvsd.xml").read_bytes()
SOURCES = 3


class Clock:
    """The poller's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def worker(tmp_path, monkeypatch, database_url, httpserver):
    feeds = [ChangingFeed(httpserver, FEED, f"/court{i}/rss") for i in range(SOURCES)]
    sources = "".join(f"  - id: s{i}\n    kind: pacer_rss\n    url: {feed.url}\n    every: 1m\n"
                      for i, feed in enumerate(feeds))
    config = ("http:\n  per_host_interval: 0s\n  attempts: 1\nslack:\n  post_interval: 0s\n"
              f'sources:\n{sources}subscriptions:\n  - channel: "#all"\n')
    with app_from_config(config, tmp_path, database_url, monkeypatch) as app:
        clock = Clock()
        app.poller.clock = clock
        yield app, clock


def a_round(app: App, clock: Clock) -> None:
    """Every source's turn, a minute after the last round (the poll threads' job, one after another)."""
    clock.advance(60)
    for source in app.config.sources:
        poll_and_deliver(app, source)


def test_the_worker_writes_once_per_unchanged_poll_and_flushes_what_waits_too_long(worker):
    app, clock = worker
    commits: list[int] = []
    with app.poller.batch():  # as run_worker runs its scheduler
        a_round(app, clock)  # the baselines, recorded at once
        assert all(state.baseline_at and state.lease_holder is None for state in app.store.states().values())
        before = {source_id: state.last_poll_at for source_id, state in app.store.states().items()}
        event.listen(app.store.engine, "commit", lambda _conn: commits.append(1))
        a_round(app, clock)
        assert len(commits) == SOURCES  # each poll's claim, which also writes the record of the poll before it
        held = app.store.state("s2")  # the last poll's record waits, its source leased to this worker meanwhile
        assert held.lease_holder == app.poller.holder and held.last_poll_at == before["s2"]
        assert app.store.state("s1").last_poll_at == clock.now and app.store.state("s1").lease_holder is None
        other = Poller(app.config, app.store, Fetcher(attempts=1, per_host_interval=0))
        assert other.poll(app.config.sources[2]).busy  # another worker may not poll it yet
        commits.clear()

        clock.advance(QUIET_HOLD_SECONDS - 1)
        flush_quiet(app)  # not waited long enough: no write
        assert not commits and app.store.state("s2").last_poll_at == before["s2"]
        clock.advance(1)
        flush_quiet(app)  # no claim came within QUIET_HOLD_SECONDS: written alone
        assert len(commits) == 1
        flushed = app.store.state("s2")
        assert flushed.lease_holder is None and flushed.last_poll_at == clock.now - timedelta(seconds=QUIET_HOLD_SECONDS)
        commits.clear()

        for _ in range(3):  # polls that come more often than QUIET_HOLD_SECONDS: one write each, no more
            a_round(app, clock)
        assert len(commits) == 3 * SOURCES
        last_poll = clock.now
        assert app.store.state("s2").lease_holder == app.poller.holder
        commits.clear()
        app.release_claims()  # the stop: the record held is written before the leases are freed
    assert len(commits) == 2  # the record, then the release (which finds nothing left to free)
    for state in app.store.states().values():
        assert state.lease_holder is None and state.last_status == "ok" and state.failures_in_row == 0
    assert app.store.state("s2").last_poll_at == last_poll



def test_a_held_record_whose_lease_passed_to_another_worker_is_not_written_over_its_poll(worker, caplog):
    """A worker that could not write for longer than its leases (the store out of its reach, the process stopped)
    finds another worker has polled the source since: its late record must not undo that poll's."""
    app, clock = worker
    with app.poller.batch():
        a_round(app, clock)  # the baselines
        a_round(app, clock)  # s2's record waits
        with app.store.engine.begin() as conn:  # its lease ran out long ago...
            conn.execute(update(source_state).where(source_state.c.source_id == "s2")
                         .values(lease_until=clock.now - timedelta(seconds=1)))
        later = clock.now + POLL_LEASE
        assert app.store.claim_poll("s2", "other-worker", later, POLL_LEASE, timedelta(0))  # ...and passed on
        app.store.record_failure("s2", "court down", later, release="other-worker")
        assert app.poller.flush() == 0
    state = app.store.state("s2")
    assert state.last_status == "error" and state.last_poll_at == later and state.failures_in_row == 1
    assert "1 record(s) of unchanged polls not written" in caplog.text
