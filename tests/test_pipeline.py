"""The pipeline as one function over plain values (bot/pipeline/run.py): each step's effect, with no store,
network or clock: filter (cases, watch, duplicate keys), diff (new, corrected, another record of a known
filing), first polls, classify (new cases), stories, route (channels, follows), and what it held back and why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.config import SourceConfig, Subscription, read_source
from bot.core.entry import Entry
from bot.core.filings import Record
from bot.core.quiet import Mute, PauseWindow
from bot.core.stories import Story
from bot.pipeline.diff import filing_marks
from bot.pipeline.run import (
    FIRST_POLL,
    LISTED_TWICE,
    OUTSIDE_CASES,
    REPEATED,
    UNMATCHED,
    WHILE_PAUSED,
    Inputs,
    Known,
    Outcome,
    run_pipeline,
)
from bot.pipeline.stories import headline_words

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
CASE = "1:23-cv-00001"
POLLED = Known(baselined=True, entries_known=10)
EVERYTHING = [Subscription(channel="#all", events=["all"])]


def docket(**settings) -> SourceConfig:
    return read_source({"id": "nmd", "kind": "pacer_rss", "url": "https://ecf.nmd.uscourts.gov/rss", **settings})


def entry(key: str, text: str, case: str = CASE, minutes: int = 0, **fields) -> Entry:
    values = dict(source_id="nmd", key=key, case_number=case, case_name="Acme v. Roe", court="nmd", text=text,
                  filed_at=NOW - timedelta(days=1) + timedelta(minutes=minutes))
    return Entry(**{**values, **fields})


def run(source: SourceConfig, entries: list[Entry], known: Known = POLLED,
        subscriptions: list[Subscription] = EVERYTHING, mutes: Sequence[Mute] = (), **flags: bool) -> Outcome:
    return run_pipeline(Inputs(source, entries, subscriptions, known, NOW, mutes=mutes, **flags))


def posted(outcome: Outcome) -> list[tuple[str, str]]:
    return [(item.post.channel, item.post.entry.key) for item in outcome.queued]


def test_the_filter_keeps_the_sources_cases_tags_its_case_and_counts_what_it_left_out():
    entries = [entry("1", "MOTION to Dismiss by Acme"), entry("2", "MOTION to Dismiss", case="1:24-cv-00099"),
               entry("1", "MOTION to Dismiss by Acme")]
    outcome = run(docket(cases=[CASE], case="acme"), entries)
    assert [(e.key, e.case_key) for e in outcome.new] == [("1", "acme")]
    assert outcome.filtered == {OUTSIDE_CASES: 1, LISTED_TWICE: 1}
    assert posted(outcome) == [("#all", "1")]


def test_a_short_docket_number_that_matches_two_cases_is_a_warning_of_a_poll_only():
    entries = [entry("1", "MOTION", case="1:23-cv-00452"), entry("2", "MOTION", case="2:23-cv-00452")]
    assert run(docket(cases=["23-cv-452"]), entries).warnings == [
        'cases: "23-cv-452" matches 2 cases: 1:23-cv-00452, 2:23-cv-00452; write the one you mean in full '
        '(e.g. "1:23-cv-00452")'
    ]
    assert run(docket(cases=["23-cv-452"]), entries, whole_source=False).warnings == []


def test_known_keys_are_not_news_and_a_corrected_text_is_posted_for_the_types_it_gained():
    known = Known(baselined=True, entries_known=2,
                  texts={"1": "MOTION to Dismiss by Acme", "2": "NOTICE of Appearance by John Doe"})
    entries = [entry("1", "MOTION to Dismiss by Acme"),
               entry("2", "ORDER granting 5 Motion to Dismiss. Case dismissed."),
               entry("3", "NOTICE of Appearance by Jane Roe")]
    outcome = run(docket(), entries, known)
    assert [e.key for e in outcome.new] == ["3"] and [e.key for e in outcome.edited] == ["2"]
    correction = next(item for item in outcome.classified if item.correction)
    assert correction.gained == ("dismissal", "order")
    assert [(q.post.entry.key, bool(q.revision)) for q in outcome.queued] == [("3", False), ("2", True)]
    assert outcome.events == {"appearance": 1, "dismissal": 1, "order": 1}


def test_a_first_poll_records_every_entry_and_posts_only_the_newest_backfill():
    entries = [entry(str(n), f"MOTION number {n}", minutes=n) for n in range(4)]
    outcome = run(docket(backfill=1), entries, Known())
    assert outcome.baseline and len(outcome.new) == 4
    assert posted(outcome) == [("#all", "3")]
    assert outcome.filtered == {FIRST_POLL: 3}
    assert {key for _, key in outcome.marks} == {"0", "1", "2", "3"}  # every new record's filing marks, to store


def test_pushed_entries_are_news_before_the_first_poll():
    outcome = run(docket(), [entry("1", "MOTION to Dismiss by Acme")], Known(), whole_source=False)
    assert not outcome.baseline and posted(outcome) == [("#all", "1")]


def test_a_muted_case_is_recorded_and_posted_only_where_it_is_not_muted():
    two_channels = [*EVERYTHING, Subscription(channel="#desk", events=["all"])]
    entries = [entry("1", "MOTION to Dismiss by Acme"), entry("2", "MOTION to Stay", case="1:23-cv-00002")]
    mute = Mute("desk", "1:23-cv-1", NOW - timedelta(hours=1))  # another spelling of the channel and the case
    outcome = run(docket(), entries, subscriptions=two_channels, mutes=[mute])
    assert len(outcome.new) == 2
    assert sorted(posted(outcome)) == [("#all", "1"), ("#all", "2"), ("#desk", "2")]
    assert outcome.muted == 1
    assert sorted(channel for _, channel in outcome.told) == ["#all", "#all", "#desk"]  # not told: the muted post


def test_a_burst_of_a_muted_case_counts_each_entry_it_would_have_listed():
    entries = [entry(str(n), f"MOTION number {n}", minutes=n) for n in range(7)]
    outcome = run(docket(), entries, mutes=[Mute("#all", CASE, NOW)])
    assert outcome.queued == [] and outcome.muted == 7 and len(outcome.new) == 7


def test_entries_pushed_while_paused_are_recorded_not_posted_whenever_they_were_filed():
    entries = [entry("1", "MOTION to Dismiss by Acme"), entry("2", "MOTION to Stay", filed_at=None)]
    outcome = run(docket(), entries, Known(baselined=True, entries_known=10, paused=PauseWindow()), whole_source=False)
    assert outcome.new == entries and outcome.queued == []
    assert outcome.filtered == {WHILE_PAUSED: 2} and outcome.held == {"1": "paused", "2": "paused"}
    first = run(docket(backfill=2), entries, Known(paused=PauseWindow()))  # never polled: its baseline decides
    assert first.baseline and len(posted(first)) == 2 and WHILE_PAUSED not in first.filtered


def test_the_first_poll_after_a_pause_holds_back_only_what_was_filed_during_it():
    since, until = NOW - timedelta(hours=3), NOW - timedelta(hours=1)
    entries = [
        entry("before", "MOTION to Dismiss", filed_at=since - timedelta(minutes=20)),
        entry("at start", "MOTION to Stay", filed_at=since),
        entry("during", "ORDER granting motion", filed_at=until - timedelta(seconds=1)),
        entry("at resume", "NOTICE of appearance", filed_at=until),  # resumed by then: posted
        entry("after", "Nolle Prosequi", filed_at=NOW - timedelta(minutes=5)),
        entry("undated", "MOTION to Compel", filed_at=None),  # nothing says it was filed during the pause
    ]
    outcome = run(docket(), entries, replace(POLLED, paused=PauseWindow(since, until)))
    assert outcome.held == {"at start": "paused", "during": "paused"}
    assert outcome.filtered == {WHILE_PAUSED: 2}
    assert sorted(key for _, key in posted(outcome)) == ["after", "at resume", "before", "undated"]
    still = run(docket(), entries, replace(POLLED, paused=PauseWindow(since)))  # resumed by the config: up to now
    assert sorted(still.held) == ["after", "at resume", "at start", "during"]
    unknown = run(docket(), entries, replace(POLLED, paused=PauseWindow(None, until)))  # paused by an older release
    assert len(unknown.held) == len(entries) and unknown.queued == []


def test_a_watch_posts_what_matches_says_why_holds_back_the_rest_and_follows_the_case():
    entries = [entry("1", "COMPLAINT against Acme", case="1:26-cv-00007", case_name="USA v. Baldwin"),
               entry("2", "COMPLAINT against Acme", case="1:26-cv-00008", case_name="Baldwin County v. Roe")]
    following = [Subscription(channel="#rust", events=["all"], follow_matches=True)]
    outcome = run(docket(parties=["Baldwin"], exclude=["Baldwin County"]), entries, subscriptions=following)
    assert posted(outcome) == [("#rust", "1")] and outcome.queued[0].post.entry.why == "party: Baldwin"
    assert outcome.filtered == {UNMATCHED: 1}
    assert [(s.channel, s.cases, s.started_by) for s in outcome.follows] == [
        ("#rust", ["1:26-cv-00007"], "party: Baldwin, USA v. Baldwin, 2026-11-24")]


def test_a_filing_that_opens_a_case_the_source_never_listed_is_a_new_case():
    complaint = [entry("1", "COMPLAINT against Acme Corp. Filing fee paid.")]
    assert run(docket(), complaint).classified[0].events == ("new_case", "charge")
    known_case = Known(baselined=True, entries_known=1, cases={CASE})
    assert run(docket(), complaint, known_case).classified[0].events == ("charge",)


def test_another_record_of_a_known_filing_is_news_only_where_it_was_not_told():
    record = entry("cl:1:5", "MOTION to Dismiss by Acme", number="5")
    stored = Record("courtlistener", "cl:9:5", "MOTION to Dismiss by Acme", "courtlistener|cl:9:5")
    known = Known(baselined=True, entries_known=1, records={mark: [stored] for mark in filing_marks(record)},
                  told={"courtlistener|cl:9:5": {"#told"}})
    channels = [Subscription(channel="#told", events=["all"]), Subscription(channel="#fresh", events=["all"])]
    outcome = run(docket(), [record], known, channels)
    assert outcome.new == [] and [item.known for item in outcome.joined] == [stored]
    assert posted(outcome) == [("#fresh", "cl:1:5")]  # #told heard of the filing, and it gained nothing
    assert outcome.told == [("courtlistener|cl:9:5", "#fresh")]


def news(key: str, outlet: str, headline: str) -> Entry:
    return Entry(source_id="news", key=key, case_number="", case_name="", court=outlet,
                 text=f"{headline} — The court", url=f"https://{outlet.split()[0].lower()}.example/{key}", guid=key)


def test_stories_known_are_replies_or_repeats_and_new_ones_are_remembered():
    said = "Judge dismisses charges against ranch manager"
    story = Story("https://mesa.example/s", headline_words(said), "Mesa Post", "story:thread", NOW - timedelta(hours=1),
                  ("dismissal",))
    source = read_source({"id": "news", "kind": "news_rss", "url": "https://news.example/feed"})
    known = Known(baselined=True, entries_known=3, texts={"old": "x"}, stories=[story])
    items = [news("a", "Valley News", said), news("b", "Mesa Post", said + " in shooting"),
             news("c", "Valley News", "Sheriff charged with contempt of court over jail")]
    outcome = run(source, items, known, stories=True)
    echo = next(q for q in outcome.queued if q.post.entry.key == "a")
    assert echo.post.echo_of == "Mesa Post" and echo.thread_key == "story:thread"
    assert [e.key for e in outcome.repeats] == ["b"] and outcome.filtered == {REPEATED: 1}
    assert [s.url for s in outcome.stories] == ["https://valley.example/c"]
    assert outcome.story_level is None and not outcome.quiet


def test_the_pipeline_is_a_function_of_its_inputs():
    entries = [entry(str(n), f"MOTION number {n}", minutes=n) for n in range(3)]
    assert run(docket(), entries) == run(docket(), entries)
