"""The `check` line of a poll (bot/poll/lines.py): what it says a poll found and queued."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.core.entry import Entry
from bot.core.post import Post, Queued
from bot.core.quiet import COMMAND_LINE, Pause
from bot.pipeline.run import OUTSIDE_CASES
from bot.poll.lines import describe_result
from bot.poll.poller import PollResult


def entry(key: str) -> Entry:
    return Entry(source_id="nmd", key=key, case_number="1:23-cr-00040", case_name="United States v. Baldwin",
                 court="nmd", text="Notice", filed_at=datetime(2023, 4, 21, tzinfo=UTC))


def test_a_backfilled_baseline_counts_entries_and_posts_apart():
    new = [entry("41"), entry("42"), entry("43")]
    # the newest two go to two destinations each: four posts about two entries
    queued = [Queued(Post(channel, item, ("other",)), "nmd:1") for item in new[1:] for channel in ("#a", "#b")]
    result = PollResult("nmd", parsed=3, new=new, queued=queued, baseline=True)
    assert describe_result(result, False, UTC) == (
        "baseline: 3 entries recorded, nothing posted but the newest 2 (queued 4 posts)"
    )
    assert describe_result(result, True, UTC).endswith("but the newest 2 (would queue 4 posts)")


def test_a_baseline_without_backfill_posts_nothing():
    result = PollResult("nmd", parsed=1, new=[entry("41")], baseline=True)
    assert describe_result(result, False, UTC) == "baseline: 1 entry recorded, nothing posted"


def test_a_backfill_that_no_subscription_takes_says_so():
    # `backfill: 2` offered the newest two; the channels follow motions and dismissals only
    result = PollResult("nmd", parsed=3, new=[entry("41"), entry("42"), entry("43")], baseline=True, offered=2,
                        events=Counter({"other": 1, "order": 1}))
    assert describe_result(result, False, UTC) == (
        "baseline: 3 entries recorded, nothing posted (the newest 2 offered as backfill, other 1, order 1: no"
        " subscription takes them)"
    )


def test_a_baseline_says_how_many_entries_of_other_cases_it_left_out():
    # a source watching `cases: [not-a-docket]` whose feed held 20 entries of other cases: not a silent empty baseline
    result = PollResult("nmd", parsed=20, baseline=True, filtered=Counter({OUTSIDE_CASES: 20}))
    assert describe_result(result, False, UTC) == (
        "baseline: 0 entries recorded, nothing posted  (20 entries of dockets outside the source's cases, left out)"
    )
    later = PollResult("nmd", parsed=20, filtered=Counter({OUTSIDE_CASES: 20}))
    assert "outside" not in describe_result(later, False, UTC)  # said once, not on every poll


def test_a_paused_source_says_since_when_on_the_configs_clock():
    result = PollResult("nmd", paused=Pause("nmd", COMMAND_LINE, datetime(2026, 11, 29, 15, 2, tzinfo=UTC)))
    assert describe_result(result, False, ZoneInfo("America/Denver")) == (
        "paused: not polled (paused by the command line since 2026-11-29 08:02 MST; `resume nmd` polls it again)"
    )


def test_feed_items_joined_to_the_filing_they_repeat_are_counted():
    result = PollResult("sdny", parsed=1, new=[entry("41")], baseline=True, merged=17)
    assert describe_result(result, False, UTC) == (
        "baseline: 1 entry recorded, nothing posted  (17 more items joined to the filings they repeat)"
    )
    assert "joined" not in describe_result(PollResult("sdny", parsed=1, new=[entry("41")], baseline=True), False, UTC)


def test_entries_dated_at_midnight_utc_for_want_of_their_court_s_zone_are_said():
    result = PollResult("scotus", parsed=3, zoneless=Counter({"scotus": 3}))
    assert describe_result(result, False, UTC).endswith(
        "  NO ZONE: 3 entries of court 'scotus' dated at midnight UTC (no time zone known for the court)")
    assert "NO ZONE" not in describe_result(PollResult("nmd", parsed=3), False, UTC)
