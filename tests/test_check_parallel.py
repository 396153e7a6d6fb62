"""`check` polls several sources at once (bot/poll/parallel.py): a court server that accepts and never answers
delays its own sources only; one server's sources, and the news sources, are still polled one after another; an
interruption stops the others; the batch's claims still cost one write for up to BATCH_CLAIMS sources."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event

from bot.config import Config, SourceConfig
from bot.poll.parallel import lane_of, poll_at_once
from bot.poll.poller import Poller, PollResult
from bot.store import Store
from scrapers.http import Fetcher
from tests.support.fault_server import SILENT, FaultServer
from tests.support.feeds import FIXTURES, ChangingFeed

ROOT = Path(__file__).resolve().parent.parent
FEED = (FIXTURES / "pacer_rss" / "wvsd.xml").read_bytes()
SDNY = (FIXTURES / "pacer_rss" / "sdny_1.xml").read_bytes()
RSS = "application/rss+xml; charset=ISO-8859-1"
HANG_SECONDS = 20  # the read timeout of the court that never answers


def config_of(*sources: tuple[str, str, str]) -> Config:
    return Config.model_validate({"sources": [{"id": source_id, "kind": kind, "url": url}
                                              for source_id, kind, url in sources]})


@pytest.mark.slow  # waits out a court that never answers (HANG_SECONDS)
def test_a_court_that_never_answers_does_not_hold_back_a_source_listed_after_it(tmp_path, sqlite_url):
    with FaultServer(hold=3600) as hung, FaultServer() as court:
        slow_url = hung.serve("/rss", FEED, RSS)
        hung.set("/rss", SILENT)
        config = tmp_path / "sources.yaml"
        config.write_text(
            f"http:\n  read_timeout: {HANG_SECONDS}s\n  attempts: 1\nsources:\n"
            f"  - id: slow\n    kind: pacer_rss\n    url: {slow_url}\n    every: 1h\n"
            f"  - id: court\n    kind: pacer_rss\n    url: {court.serve('/rss', FEED, RSS)}\n    every: 1h\n"
            "subscriptions:\n  - channel: '#wv'\n"
        )
        env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": sqlite_url}
        env.pop("SLACK_BOT_TOKEN", None)
        started = time.monotonic()
        check = subprocess.Popen([sys.executable, "-m", "bot", "check"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        try:
            first = check.stdout.readline() if check.stdout else ""
            # the court listed second is polled and recorded while the first still hangs
            assert first.startswith("court ") and "baseline: 3 entries recorded" in first, first
            assert time.monotonic() - started < HANG_SECONDS
            assert check.poll() is None and hung.requests["/rss"] == 1
            store = Store.open(sqlite_url)
            court_state, slow_state = store.state("court"), store.state("slow")
            store.close()
            assert court_state.baseline_at is not None and court_state.lease_holder is None
            assert slow_state.last_status == "never" and slow_state.lease_holder is not None  # still polling it
            out, err = check.communicate(timeout=HANG_SECONDS + 30)
        finally:
            check.kill()
    assert check.returncode == 1, err
    assert out.splitlines()[0].startswith("slow ") and "FAILED" in out.splitlines()[0] and "timed out" in out
    assert time.monotonic() - started >= HANG_SECONDS  # it waited for the hung court, as before


def test_one_servers_sources_are_polled_one_after_another_other_servers_at_once():
    config = config_of(
        ("a1", "pacer_rss", "https://ecf.nmd.uscourts.gov/a"),
        ("a2", "pacer_rss", "https://ECF.nmd.uscourts.gov/b"),
        ("b1", "pacer_rss", "https://ecf.nysd.uscourts.gov/a"),
        ("n1", "news_rss", "https://news.example/rss"),
        ("n2", "news_rss", "https://other-news.example/feed"),
    )
    assert lane_of(config.sources[0]) == lane_of(config.sources[1]) != lane_of(config.sources[2])
    assert lane_of(config.sources[3]) == lane_of(config.sources[4])  # news: a story two outlets report, posted once
    under_way: set[str] = set()
    overlaps: list[set[str]] = []
    lock = threading.Lock()
    b1_started = threading.Event()

    def poll(source: SourceConfig) -> PollResult:
        with lock:
            under_way.add(source.id)
            overlaps.append(set(under_way))
        if source.id == "b1":
            b1_started.set()
        if source.id == "a1":  # returns only once another server's source is under way too
            assert b1_started.wait(10)
        time.sleep(0.05)
        with lock:
            under_way.discard(source.id)
        return PollResult(source.id)

    started: list[str] = []
    results = poll_at_once(config.sources, poll, lambda source: started.append(source.id), lambda _r: None,
                           lambda: None)
    assert sorted(result.source_id for result in results) == ["a1", "a2", "b1", "n1", "n2"]
    assert sorted(started) == ["a1", "a2", "b1", "n1", "n2"] and started.index("a1") < started.index("a2")
    assert any({"a1", "b1"} <= seen for seen in overlaps)
    assert not any({"a1", "a2"} <= seen or {"n1", "n2"} <= seen for seen in overlaps)


def test_an_interruption_starts_no_further_poll_abandons_those_under_way_and_goes_on():
    config = config_of(*[(f"s{i}", "pacer_rss", f"https://court{i}.example/rss") for i in range(6)])
    abandoned = threading.Event()
    polled_ids: list[str] = []

    def poll(source: SourceConfig) -> PollResult:
        polled_ids.append(source.id)
        if source.id != "s0":  # the courts that hang until the fetches are abandoned
            assert abandoned.wait(10)
            return PollResult(source.id, error="abandoned: the bot is stopping")
        return PollResult(source.id)

    def interrupted(_result: PollResult) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        poll_at_once(config.sources, poll, lambda _source: None, interrupted, abandoned.set, threads=3)
    # s0, the two under way when it ended, and at most one its thread took before the interruption was seen; the
    # last two are never polled
    assert abandoned.is_set() and len(polled_ids) <= 4 and not {"s4", "s5"} & set(polled_ids)
    assert not any(thread.name.startswith("check poll") for thread in threading.enumerate())  # joined


def test_a_poll_that_raises_stops_the_others_and_is_raised_here():
    config = config_of(("s0", "pacer_rss", "https://a.example/rss"), ("s1", "pacer_rss", "https://b.example/rss"))
    abandoned = threading.Event()

    def poll(source: SourceConfig) -> PollResult:
        if source.id == "s0":
            raise RuntimeError("the store is down")
        assert abandoned.wait(10)
        return PollResult(source.id, error="abandoned")

    with pytest.raises(RuntimeError, match="the store is down"):
        poll_at_once(config.sources, poll, lambda _source: None, lambda _result: None, abandoned.set)
    assert abandoned.is_set()


def test_sources_polled_at_once_in_a_batch_are_claimed_in_one_write(httpserver, store):
    """Polled by several threads in any order, a batch's unchanged sources still cost two writes: one claim of
    them all, then their records as the batch ends."""
    feeds = [ChangingFeed(httpserver, SDNY, f"/court{i}/rss") for i in range(6)]
    config = Config.model_validate({"sources": [{"id": f"s{i}", "kind": "pacer_rss", "url": feed.url}
                                                for i, feed in enumerate(feeds)]})
    poller = Poller(config, store, Fetcher(attempts=1, per_host_interval=0))
    with poller.batch(config.sources):
        assert all(poller.poll(source).baseline for source in config.sources)
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _conn: commits.append(1))
    with poller.batch(config.sources):
        results: list[PollResult] = []
        threads = [threading.Thread(target=lambda s=source: results.append(poller.poll(s)))
                   for source in reversed(config.sources)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(results) == 6 and all(result.unchanged and result.recorded for result in results)
    assert len(commits) == 2
    for state in store.states().values():
        assert state.lease_holder is None and state.last_status == "ok"
