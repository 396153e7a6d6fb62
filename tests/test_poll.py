"""One poll through a real local HTTP server into a real store: baseline, backfill, cases, failures, dry run."""

from __future__ import annotations

import re
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event
from werkzeug import Response

from bot.config import Config
from bot.core.quiet import Pause
from bot.poll.poller import Poller, StructureChanged, check_structure
from bot.store import SourceState, Store
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
    newest_two = sorted(result.new, key=lambda e: e.filed_at or datetime.min.replace(tzinfo=UTC))[-2:]
    assert [q.post.entry for q in result.queued] == newest_two
    assert store.state("sdny").entries_known == result.parsed


def test_cases_filter_keeps_only_those_dockets(feed, store):
    config = make_config(feed.url, cases=["18-cv-3364", "1:18-cv-01119"])
    poller = poller_for(config, store)
    baseline = poller.poll(config.sources[0])
    assert baseline.parsed > 200 and baseline.new == []  # the whole feed is read; only those dockets are kept
    feed.body = SDNY
    result = poller.poll(config.sources[0])
    assert {e.case_number for e in result.new} == {"1:18-cv-03364", "1:18-cv-01119"}
    assert len(result.new) == 5


def test_a_source_with_a_case_key_tags_its_entries(feed, store):
    config = make_config(feed.url, case="rust-baldwin")
    poller = poller_for(config, store)
    poller.poll(config.sources[0])
    feed.body = SDNY
    result = poller.poll(config.sources[0])
    assert {e.case_key for e in result.new} == {"rust-baldwin"}
    assert {q.thread_key for q in result.queued} == {"case:rust-baldwin"}


def test_broken_page_marks_source_unhealthy_and_keeps_state(feed, store):
    config = make_config(feed.url)
    poller = poller_for(config, store)
    poller.poll(config.sources[0])
    known_before = store.state("sdny").entries_known
    feed.body = SDNY[: len(SDNY) // 2]  # a download cut off half way
    result = poller.poll(config.sources[0])
    assert not result.ok and re.search(r": feed is cut off at line \d+, column \d+$", result.error or ""), result.error
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


def test_corrected_text_is_stored_and_posted_only_for_gained_wanted_types(feed, store):
    config = make_config(feed.url)
    poller = poller_for(config, store)
    feed.body = SDNY
    poller.poll(config.sources[0])
    letter_to_motion = b"<description>[Letter] (&#x3C;a href=&#x22;https://ecf.nysd.uscourts.gov/doc1/127122264352?"
    assert SDNY.count(letter_to_motion) == 1
    feed.body = SDNY.replace(letter_to_motion, letter_to_motion.replace(b"[Letter]", b"[Letter Motion]")).replace(
        b"[Order on Motion to Adjourn Conference]", b"[Order on Motion to Adjourn Conference - corrected]"
    )
    result = poller.poll(config.sources[0])
    corrected_order = "Order on Motion to Adjourn Conference - corrected"
    assert sorted(e.text for e in result.edited) == ["Letter Motion"] + 4 * [corrected_order]
    [queued] = result.queued  # the order gained no type; the letter became a motion
    assert queued.post.entry.text == "Letter Motion" and queued.post.events == ("motion",)
    assert store.known_texts("sdny", [queued.post.entry.key]) == {queued.post.entry.key: "Letter Motion"}
    assert poller.poll(config.sources[0]).queued == []


@pytest.mark.parametrize(
    ("before", "now", "suspicious"),
    [(None, 0, False), (2, 0, False), (3, 0, True), (10, 5, False), (10, 4, True), (10, 30, False)],
)
def test_structure_guard(before, now, suspicious):
    state = None if before is None else SourceState(
        source_id="x", baseline_at=None, last_poll_at=None, last_success_at=None, last_status="ok",
        last_error=None, failures_in_row=0, entries_known=before, last_parsed=before, alert=None,
    )
    if suspicious:
        expected = f"case: parsed {now} entries where the last good poll had {before}"
        with pytest.raises(StructureChanged, match=expected):
            check_structure(now, state, "https://court.example/case")
    else:
        check_structure(now, state, "https://court.example/case")


def test_a_304_means_no_parse_and_a_successful_poll(httpserver, store):
    etag = '"v1"'
    httpserver.expect_request("/feed", headers={"If-None-Match": etag}).respond_with_data("", status=304)
    httpserver.expect_request("/feed").respond_with_data(SDNY, headers={"ETag": etag},
                                                         content_type="application/rss+xml")
    config = make_config(httpserver.url_for("/feed"))
    poller = poller_for(config, store)
    first = poller.poll(config.sources[0])
    assert first.ok and first.parsed == 341 and not first.unchanged
    second = poller.poll(config.sources[0])
    assert second.ok and second.unchanged and second.new == []
    assert httpserver.log[-1][1].status_code == 304
    state = store.state("sdny")
    assert state.last_status == "ok" and state.last_parsed == 341


def test_same_bytes_are_not_parsed_again_but_a_broken_page_keeps_failing(feed, store):
    config = make_config(feed.url)
    poller = poller_for(config, store)
    assert not poller.poll(config.sources[0]).unchanged
    assert poller.poll(config.sources[0]).unchanged
    feed.body = b"<html>maintenance</html>"
    assert not poller.poll(config.sources[0]).ok
    assert not poller.poll(config.sources[0]).ok  # the same broken bytes are not "unchanged"
    assert store.state("sdny").failures_in_row == 2


def test_a_dry_run_does_not_hide_a_change_from_the_next_poll(feed, store):
    config = make_config(feed.url)
    poller = poller_for(config, store)
    poller.poll(config.sources[0])
    feed.body = SDNY
    assert len(poller.poll(config.sources[0], dry_run=True).new) == 75
    assert len(poller.poll(config.sources[0]).new) == 75


def test_two_sources_on_one_url_each_see_the_page_change(feed, store):
    """One source's poll is no news to another that watches the same feed (with other filters): its first poll is
    its baseline, not "unchanged", and a new item reaches both, in one process and in the next."""
    config = Config.model_validate({
        "sources": [
            {"id": "sdny-all", "kind": "pacer_rss", "url": feed.url},
            {"id": "sdny-two", "kind": "pacer_rss", "url": feed.url, "cases": ["1:18-cv-03364", "1:18-cv-01119"]},
        ],
        "subscriptions": [{"channel": "#two", "sources": ["sdny-two"], "events": ["all"]}],
    })
    every, two = config.sources
    poller = poller_for(config, store)
    assert poller.poll(every).baseline
    first = poller.poll(two)
    assert first.baseline and not first.unchanged and first.parsed > 200
    feed.body = SDNY
    assert len(poller.poll(every).new) == 75
    seen_by_two = poller.poll(two)  # the filings are known (the other source stored them): records of them
    assert {q.post.entry.case_number for q in seen_by_two.queued} == {"1:18-cv-03364", "1:18-cv-01119"}
    assert {q.post.channel for q in seen_by_two.queued} == {"#two"}
    fresh = poller_for(config, store)  # a new process: what each source saw comes from the store, per source
    assert fresh.poll(every).unchanged and fresh.poll(two).unchanged


def test_two_sources_on_one_host_share_its_rate_limit(httpserver, store):
    arrivals: list[float] = []

    def record(_request):
        arrivals.append(time.monotonic())
        return Response(SDNY, content_type="application/rss+xml")

    httpserver.expect_request("/a").respond_with_handler(record)
    httpserver.expect_request("/b").respond_with_handler(record)
    config = Config.model_validate({"sources": [
        {"id": "a", "kind": "pacer_rss", "url": httpserver.url_for("/a")},
        {"id": "b", "kind": "pacer_rss", "url": httpserver.url_for("/b")},
    ]})
    poller = Poller(config, store, Fetcher(attempts=1, per_host_interval=0.4))
    threads = [threading.Thread(target=poller.poll, args=(source,)) for source in config.sources * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    gaps = [later - earlier for earlier, later in zip(sorted(arrivals), sorted(arrivals)[1:])]
    # Paced at 0.4 s by the client; the server notes arrivals a little late or early on a loaded machine, and
    # without the shared pacing the gaps would be near 0.
    assert len(arrivals) >= 2 and all(gap >= 0.3 for gap in gaps), gaps


def test_a_turn_skipped_because_of_a_recent_poll_says_when_it_was_and_invents_no_other_process(feed, store, caplog):
    caplog.set_level("INFO")
    config = make_config(feed.url)
    now = [datetime(2026, 11, 24, 14, 2, tzinfo=UTC)]
    poller = Poller(config, store, Fetcher(attempts=1, per_host_interval=0), clock=lambda: now[0])
    assert poller.poll(config.sources[0]).ok
    now[0] += timedelta(minutes=3)
    assert poller.poll(config.sources[0], min_gap=timedelta(minutes=5)).busy
    assert ("source sdny: polled 3 min ago (at 14:02:00 UTC, ok), not again before 14:07:00 UTC (in 2 min: half its "
            "period); skipped this turn") in caplog.text
    now[0] += timedelta(seconds=110)  # within the same minute as the next turn: the seconds tell them apart
    assert poller.poll(config.sources[0], min_gap=timedelta(minutes=5)).busy
    assert "polled 4 min 50 s ago (at 14:02:00 UTC, ok), not again before 14:07:00 UTC (in 10 s: half" in caplog.text
    assert "another process" not in caplog.text


def test_a_new_process_skips_an_unchanged_page_too_unless_the_settings_changed(feed, store):
    """What a kept poll saw lives in the store: a new `check` (a new Poller and Fetcher) does not parse a page
    that has not changed since, but reads again one that changed, and one whose source's settings changed."""
    config = make_config(feed.url)
    assert not poller_for(config, store).poll(config.sources[0]).unchanged  # the baseline
    again = poller_for(config, store).poll(config.sources[0])
    assert again.ok and again.unchanged and again.parsed == 266
    feed.body = SDNY
    changed = poller_for(config, store).poll(config.sources[0])
    assert not changed.unchanged and len(changed.new) == 75
    assert poller_for(config, store).poll(config.sources[0]).unchanged
    narrowed = make_config(feed.url, cases=["1:17-cv-05839"])
    assert not poller_for(narrowed, store).poll(narrowed.sources[0]).unchanged  # read with its new filter


def test_a_failed_poll_keeps_nothing_for_the_next_process(feed, store):
    config = make_config(feed.url)
    poller_for(config, store).poll(config.sources[0])
    feed.body = b"<html>maintenance</html>"
    assert not poller_for(config, store).poll(config.sources[0]).ok
    assert not poller_for(config, store).poll(config.sources[0]).ok  # not "unchanged": the same broken bytes


def test_an_unchanged_poll_writes_twice_its_claim_then_its_record_with_the_release(feed, store):
    """The lease ends in the write that records the poll (before: a third write transaction, each a commit)."""
    config = make_config(feed.url)
    poller = poller_for(config, store)
    assert not poller.poll(config.sources[0]).unchanged  # the baseline
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _conn: commits.append(1))
    assert poller.poll(config.sources[0]).unchanged
    assert len(commits) == 2
    state = store.state("sdny")
    assert state.lease_holder is None and state.lease_until is None and state.last_status == "ok"


def test_a_failed_poll_ends_its_lease_as_it_records_the_failure(feed, store):
    config = make_config(feed.url + "-gone")
    result = poller_for(config, store).poll(config.sources[0])
    assert not result.ok and result.recorded
    state = store.state("sdny")
    assert state.lease_holder is None and state.last_status == "error"


def many_sources(httpserver, count: int) -> tuple[Config, list[ChangingFeed]]:
    feeds = [ChangingFeed(httpserver, SDNY, f"/court{i}/rss") for i in range(count)]
    config = Config.model_validate({
        "sources": [{"id": f"s{i}", "kind": "pacer_rss", "url": feed.url} for i, feed in enumerate(feeds)],
        "subscriptions": [{"channel": "#all", "events": ["motion", "dismissal", "appearance", "other"]}],
    })
    return config, feeds


def test_in_a_batch_a_quiet_poll_is_recorded_with_the_next_claim_one_write_a_poll(httpserver, store):
    """A worker-like loop in a batch (its sources not given ahead): the record of an unchanged poll of a healthy
    source goes in the next poll's claim (one commit a poll), the last one's when the batch ends; meanwhile its
    source stays leased, so that no other process polls it."""
    config, _ = many_sources(httpserver, 3)
    poller = poller_for(config, store)
    with poller.batch():
        assert not any(poller.poll(source).unchanged for source in config.sources)  # the baselines
    before = {source_id: state.last_poll_at for source_id, state in store.states().items()}
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _conn: commits.append(1))
    with poller.batch():
        results = [poller.poll(source) for source in config.sources]
        assert all(result.ok and result.unchanged and result.recorded for result in results)
        assert len(commits) == 3  # the three claims, each with the record of the poll before it
        waiting = store.state("s2")
        assert waiting.lease_holder == poller.holder and waiting.last_poll_at == before["s2"]
        assert store.state("s1").lease_holder is None and store.state("s1").last_poll_at > before["s1"]
        assert poller_for(config, store).poll(config.sources[2]).busy  # another process may not poll it yet
    assert len(commits) == 3 + 2  # the other process's claim, then the batch's end writes the last record
    for state in store.states().values():
        assert state.lease_holder is None and state.lease_until is None and state.last_status == "ok"
        assert state.last_poll_at > before[state.source_id] and state.last_success_at == state.last_poll_at


def test_check_claims_its_sources_ahead_in_one_write_and_releases_those_it_did_not_poll(httpserver, store):
    """`check` gives its sources to the batch: they are claimed BATCH_CLAIMS at a time in one write, so that
    unchanged polls of all of them cost two writes (the claims, and the records at the end); a source another
    process holds is not polled; those left unpolled when the loop stops are released."""
    config, feeds = many_sources(httpserver, 4)
    poller = poller_for(config, store)
    with poller.batch(config.sources):
        assert not any(poller.poll(source).unchanged for source in config.sources)  # the baselines
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _conn: commits.append(1))
    with poller.batch(config.sources):
        assert all(poller.poll(source).unchanged for source in config.sources)
    assert len(commits) == 2
    for state in store.states().values():
        assert state.lease_holder is None and state.last_status == "ok"
    other = "another-process"
    assert store.claim_poll("s1", other, datetime.now(UTC), timedelta(minutes=10), timedelta(0))
    requests = feeds[1].requests
    with poller.batch(config.sources):
        assert poller.poll(config.sources[0]).unchanged
        assert poller.poll(config.sources[1]).busy and feeds[1].requests == requests
        assert store.state("s3").lease_holder == poller.holder  # claimed ahead
    states = store.states()
    assert states["s1"].lease_holder == other  # still the other process's
    assert states["s2"].lease_holder is None and states["s3"].lease_holder is None  # not polled: released
    assert states["s0"].lease_holder is None


def test_in_a_batch_an_unchanged_poll_that_clears_failures_is_recorded_at_once(httpserver, store):
    config, feeds = many_sources(httpserver, 1)
    poller = poller_for(config, store)
    with poller.batch():
        assert poller.poll(config.sources[0]).baseline
        feeds[0].body = b"<html>maintenance</html>"
        assert not poller.poll(config.sources[0]).ok
        assert store.state("s0").failures_in_row == 1
        feeds[0].body = SDNY
        assert poller.poll(config.sources[0]).unchanged
        state = store.state("s0")  # written before the batch ends: the failures and the lease are cleared
        assert state.failures_in_row == 0 and state.last_status == "ok" and state.lease_holder is None


def test_a_source_paused_in_the_store_is_not_claimed(feed, store):
    config = make_config(feed.url)
    poller = poller_for(config, store)
    assert poller.poll(config.sources[0]).baseline
    store.pause(Pause("sdny", "U1", datetime.now(UTC)))
    assert store.claim_poll("sdny", "other", datetime.now(UTC), timedelta(minutes=10), timedelta(0)) is None
    requests = feed.requests
    result = poller.poll(config.sources[0])
    assert result.paused is not None and result.paused.by == "U1" and feed.requests == requests
    state = store.state("sdny")
    assert state.last_status == "paused" and state.lease_holder is None
