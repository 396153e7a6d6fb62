"""`why`, `entries` and `check --dry-run`'s baseline preview, as a user runs them: a real court feed served
locally, polled twice (a baseline, then new filings), posts delivered to the console, on both databases; and
what the pipeline and the store keep for them (each entry's event types, why it was not posted, its posts)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.cli import main
from bot.config import Subscription
from bot.core.digest import DigestSchedule
from bot.core.quiet import Mute
from bot.history.why import CHECKS, UNEXPLAINED, Asked, why_not
from bot.pipeline.run import Known
from bot.store import EntryQuery, SeenEntry, Store
from tests.support.feeds import FIXTURES, ChangingFeed, feed_without_newest
from tests.support.snapshots import start_from
from tests.test_pipeline import NOW, POLLED, docket, entry, run

FULL_FEED = (FIXTURES / "pacer_rss" / "sdny_1.xml").read_bytes()
POSTED = "1:18-cv-01119"  # a stipulation of voluntary dismissal among the feed's newest 75 items
BASELINE = "7:15-cv-01550"  # a stipulation and order of voluntary dismissal that the first poll recorded
CONFIG = """\
timezone: America/New_York
sources:
  - id: sdny
    kind: pacer_rss
    url: {feed}
  - id: nmd
    kind: pacer_rss
    url: {other}
subscriptions:
  - channel: "#rust-case"
    sources: [sdny]
    events: [motion, dismissal]
  - channel: "#newsroom"
    events: [judgment]
  - channel: "#nm"
    sources: [nmd]
"""


@pytest.fixture
def feed(httpserver, monkeypatch, database_url, use_config):
    """The SDNY feed without its newest 75 items, at `sdny`; nothing polled yet; posts go to the console."""
    served = ChangingFeed(httpserver, feed_without_newest(FULL_FEED, 75))
    use_config(CONFIG.format(feed=served.url, other=httpserver.url_for("/nmd")), database_url)
    monkeypatch.delenv("SLACK_WORKSPACE_URL", raising=False)
    return served


@pytest.fixture
def polled(feed, capsys, database_url, tmp_path_factory):
    """A baseline, then the whole feed: 75 new items, the motions and dismissals posted to #rust-case (made once
    per process on SQLite, tests/support/snapshots.py)."""

    def poll_twice() -> None:
        assert main(["check", "sdny"]) == 0
        feed.body = FULL_FEED
        assert main(["check", "sdny"]) == 0

    start_from("why-polled", database_url, poll_twice, tmp_path_factory.getbasetemp())
    feed.body = FULL_FEED
    capsys.readouterr()
    return database_url


def blocks(out: str) -> list[list[str]]:
    """`why`'s output as its blocks of lines (a heading, then one block per entry)."""
    return [block.splitlines() for block in out.strip().split("\n\n")]


def test_why_says_where_an_entry_was_posted_and_why_not_elsewhere(polled, capsys):
    assert main(["why", "sdny", "18-cv-1119"]) == 0
    heading, [title, text, facts, *destinations] = blocks(capsys.readouterr().out)
    assert heading == ["sdny: 1 entry found by docket number '18-cv-1119'"]
    assert title == "Burbon v. Viacom International Inc. (1:18-cv-01119, S.D.N.Y.), entry 11, filed 2018-04-17"
    assert text == "  Stipulation of Voluntary Dismissal"
    assert facts.startswith("  key nysd:488092:39; events: dismissal; first seen ") and facts.endswith(" EST")
    rust, newsroom, nm = destinations
    assert rust.startswith("  #rust-case  posted, sent ") and rust.endswith(
        " EST [source sdny: motion, dismissal; config file]")
    assert newsroom == ("  #newsroom   not posted: it wants judgment; this entry is dismissal "
                        "[every source: judgment; config file]")
    assert nm == "  #nm         not posted: it follows other sources (nmd) [source nmd: motion, dismissal; config file]"


def test_why_lists_a_destination_once_with_the_subscriptions_that_led_there(feed, polled, httpserver, use_config,
                                                                             capsys):
    """Four subscriptions of #rust-case (one adds nothing, so the load warns of it): one line for the channel, naming
    those that want the entry; where it was not posted, each reason once, with the subscriptions it is of."""
    use_config(CONFIG.format(feed=feed.url, other=httpserver.url_for("/nmd")) + """\
  - channel: "#rust-case"
    sources: [sdny]
    events: [dismissal]
  - channel: "#rust-case"
    sources: [sdny]
    events: [order]
  - channel: "#rust-case"
    sources: [nmd]
""", polled)
    assert main(["why", "sdny", POSTED]) == 0
    captured = capsys.readouterr()
    _heading, [_title, _text, _facts, rust, _newsroom, _nm] = blocks(captured.out)
    assert rust.startswith("  #rust-case  posted, sent ") and rust.endswith(
        " EST [source sdny: motion, dismissal; config file] and [source sdny: dismissal; config file]")
    assert "sources.yaml:22 subscriptions[3]: adds nothing: subscriptions[0] (line 15) sends #rust-case" in captured.err

    assert main(["why", "sdny", "nysd:439262:318"]) == 0  # recorded by the first poll
    _heading, [_title, _text, _facts, *rust_lines, _newsroom, _nm] = blocks(capsys.readouterr().out)
    assert rust_lines == [
        "  #rust-case  not posted:",
        "                the source's first poll recorded it as its baseline, which posts nothing [source sdny: motion, "
        "dismissal; config file] and [source sdny: dismissal; config file] and [source sdny: order; config file]",
        "                it follows other sources (nmd) [source nmd: motion, dismissal; config file]",
    ]


def test_why_under_a_digest_subscription_says_what_its_digest_gets(feed, polled, httpserver, use_config, capsys):
    """A first poll's entry is in no digest: the baseline is the reason, digest only or not. An entry posted live to
    a channel whose other subscription is digest only goes in that digest too, and `why` says both."""
    use_config(CONFIG.format(feed=feed.url, other=httpserver.url_for("/nmd")) + """\
  - channel: "#rust-case"
    sources: [sdny]
    events: [dismissal, judgment]
    digest: daily 08:00
    live: false
  - channel: "#digest"
    events: [dismissal]
    digest: daily 08:00
    live: false
""", polled)
    assert main(["why", "sdny", BASELINE]) == 0
    *_, digest = blocks(capsys.readouterr().out)[1]
    assert digest == ("  #digest     not posted: the source's first poll recorded it as its baseline, which posts nothing "
                      "[every source: dismissal; config file]")

    assert main(["why", "sdny", POSTED]) == 0
    _heading, [_title, _text, _facts, rust, _newsroom, _nm, digest] = blocks(capsys.readouterr().out)
    assert rust.startswith("  #rust-case  posted, sent ") and rust.endswith(
        " EST [source sdny: motion, dismissal; config file]; and it is digest only (`live: false`): the entry goes in "
        "its daily 08:00 digest, not in a post [source sdny: dismissal, judgment; config file]")
    assert digest == ("  #digest     not posted: it is digest only (`live: false`): the entry goes in its daily 08:00 "
                      "digest, not in a post [every source: dismissal; config file]")


def test_why_names_the_baseline(polled, capsys):
    assert main(["why", "sdny", "nysd:439262:318"]) == 0  # an entry key
    heading, [title, _text, facts, rust, _newsroom, _nm] = blocks(capsys.readouterr().out)
    assert heading == ["sdny: 1 entry found by entry key 'nysd:439262:318'"]
    assert title.startswith("Hirji v. Spencer (7:15-cv-01550, S.D.N.Y.)")
    assert facts.endswith("(recorded without a post: first poll)") and "events: dismissal, order;" in facts
    assert rust.startswith("  #rust-case  not posted: the source's first poll recorded it as its baseline")


def test_why_names_a_follow_made_after_the_entry_was_seen(polled, capsys):
    store = Store.open(polled)
    later = datetime.now(UTC) + timedelta(minutes=1)
    store.add_subscription(Subscription(channel="C0LATE", cases=[POSTED]), created_by="U0ALICE", now=later)
    store.close()
    assert main(["why", "sdny", POSTED]) == 0
    _heading, [*_, late] = blocks(capsys.readouterr().out)
    assert late.startswith("  C0LATE      not posted: the entry was seen ")
    assert ", before this follow was made (" in late and late.endswith("added in Slack by U0ALICE]")


def test_why_finds_entries_by_the_words_of_their_text_newest_first(polled, capsys):
    assert main(["why", "sdny", "VOLUNTARY", "dismissal"]) == 0
    heading, *entries, more = blocks(capsys.readouterr().out)
    assert heading == ["sdny: the newest 5 entries found by words 'VOLUNTARY dismissal' (more match)"]
    assert all("Voluntary Dismissal" in block[1] for block in entries) and len(entries) == 5
    assert more == ["more entries match: narrow the query, or list them with `entries --source sdny`"]


@pytest.mark.parametrize("argv, status, said", [
    (["why", "nowhere", "x"], 2, "unknown source id: nowhere (configured: nmd, sdny)"),
    (["why", "sdny", "no such words at all"], 1, "sdny: no entry seen has the key, docket number, case key, party name or words "
                                                 "'no such words at all' (`entries --source sdny` lists what was seen)"),
    (["entries", "--events", "motion,sanction"], 2, "--events: 'sanction' is not an event type (known: motion,"),
    (["entries", "--events", "dismisal"], 2, "--events: 'dismisal' is not an event type (did you mean dismissal?) (known:"),
    (["entries", "--since", "a week"], 2, '--since: "a week" is not a duration like 5m'),
    (["entries", "--since", "10000000d"], 2, '--since: "10000000d" is longer than 3650d (10 years)'),
    (["entries", "--since", "-1h"], 2, '--since: "-1h" is negative'),
    (["why", "nmd", "18-cv-1119"], 1, "nmd: no entry seen has the key, docket number, case key, party name or "
                                      "words '18-cv-1119' "
                                      "(`entries --source nmd` lists what was seen)\nnmd was never polled: `check nmd` "
                                      "polls it (a first poll records what the source lists, and posts nothing)\n"),
    (["entries", "--limit", "0"], 2, "--limit 0: give 1 or more"),
    (["why", "18-cv-1119", "motion"], 2, "unknown source id: 18-cv-1119 (configured: nmd, sdny)\nwhy takes source ids; "
                                         "for a case use `python -m bot entries --case 18-cv-1119` or "
                                         "`python -m bot why SOURCE 18-cv-1119`\n"),
    (["entries", "--source", "18-cv-1119"], 2, "unknown source id: 18-cv-1119 (configured: nmd, sdny)\nentries "
                                               "--source takes source ids; for a case use"),
    (["entries", "--case", "1:99-cv-00001"], 1, "no entry seen matches (no entry of case 1:99-cv-00001 was seen: no docket "
                                                "number, case key or party name matches)"),
])
def test_bad_or_empty_questions_say_so(polled, capsys, argv, status, said):
    assert main(argv) == status
    captured = capsys.readouterr()
    assert captured.err.startswith(said) and captured.out == ""


def test_entries_lists_what_was_seen_with_where_it_went(polled, capsys):
    assert main(["entries", "--source", "sdny", "--events", "dismissal", "--limit", "3"]) == 0
    header, *rows, total = capsys.readouterr().out.splitlines()
    assert header.split() == ["FILED", "SOURCE", "CASE", "EVENTS", "TEXT", "POSTED"]
    assert len(rows) == 3 and all(row.startswith("2018-04-17  sdny") for row in rows)
    assert all("dismissal" in row.split()[3] for row in rows)
    posted = [row for row in rows if POSTED in row]
    assert len(posted) == 1 and posted[0].endswith("#rust-case sent")
    assert total.startswith("3 entries, newest first; more match (--limit 3 shown)")

    assert main(["entries", "--case", "7:15-cv-1550"]) == 0  # the docket number written another way
    header, row, total = capsys.readouterr().out.splitlines()
    assert BASELINE in row and row.endswith("not posted (first poll)")


def test_entries_since_counts_from_the_filing_date(polled, capsys):
    assert main(["entries", "--since", "1d"]) == 1  # every filing of the feed is of 2018
    assert capsys.readouterr().err.startswith("no entry seen matches")


def test_a_dry_run_of_a_first_poll_shows_the_baseline_and_records_nothing(feed, capsys, database_url):
    assert main(["check", "sdny", "--dry-run"]) == 0
    first, preview, *newest, last = capsys.readouterr().out.splitlines()
    assert first == "sdny  baseline: 266 entries would be recorded, nothing posted  (17 more items joined to the filings they repeat)"
    assert preview == "      the newest 5 of the 266 entries its baseline would record:"
    assert len(newest) == 5 and newest[0].split()[:3] == ["2018-04-17", "1:18-cv-03340", "[other]"]
    assert last == "      a dry run records nothing: the first real poll (`check`, or the worker) records the baseline"
    store = Store.open(database_url)
    assert store.seen_entries(EntryQuery(), 1) == [] and store.state("sdny") is None
    store.close()
    assert main(["check", "sdny", "--dry-run"]) == 0  # still a first poll
    assert "baseline would record" in capsys.readouterr().out


def test_a_dry_run_of_a_source_polled_before_shows_no_baseline(polled, capsys):
    assert main(["check", "sdny", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "sdny  ok  0 new of 341 (page unchanged, not parsed)"  # as the last poll saw it
    assert "baseline" not in out


# --- what the pipeline says and the store keeps --------------------------------------------------------


def test_the_pipeline_says_why_each_new_entry_was_not_posted_and_its_event_types():
    entries = [entry("1", "MOTION to Dismiss", minutes=1), entry("2", "ORDER granting motion to dismiss", minutes=2)]
    first = run(docket(backfill=1), entries, known=Known())
    assert first.held == {"1": "first_poll"} and [q.post.entry.key for q in first.queued] == ["2"]
    assert first.event_types == {"1": ("motion",), "2": ("dismissal", "order")}
    watched = run(docket(parties=["Baldwin"]), [entry("3", "MOTION to Dismiss by Acme")], known=POLLED)
    assert watched.held == {"3": "unmatched"} and watched.queued == []


def test_the_store_links_each_post_to_the_entries_it_carries(store):
    from bot.core.post import Item, Post, Queued
    from bot.store import Harvest
    from bot.store.entries import Labels

    one, two = entry("1", "MOTION to Dismiss"), entry("2", "MOTION to Stay")
    burst = Queued(Post("#c", one, ("motion",), folded=(Item(one, ("motion",)), Item(two, ("motion",)))), "case")
    labels = Labels({"1": ("motion",), "2": ("motion",), "3": ("other",)}, {"3": "first_poll"})
    store.record_success("nmd", Harvest(new=[one, two, entry("3", "Letter")], queued=[burst], parsed=3, labels=labels),
                         NOW)
    found = store.with_posts(store.seen_entries(EntryQuery("nmd"), 10))
    assert {seen.entry.key: [post.channel for post in seen.posts] for seen in found} == {
        "1": ["#c"], "2": ["#c"], "3": []}
    assert {seen.entry.key: (seen.events, seen.held) for seen in found} == {
        "1": (("motion",), None), "2": (("motion",), None), "3": (("other",), "first_poll")}
    assert {seen.entry for seen in found} == {one, two, entry("3", "Letter")}


# --- each reason, over plain values ---------------------------------------------------------------------


def asked(subscription: Subscription, held: str | None = None, events: tuple[str, ...] | None = ("motion",),
          made_at: datetime | None = None, baseline_at: datetime | None = None, filing: str | None = None,
          told: frozenset[str] = frozenset(), mutes: tuple[Mute, ...] = (), **fields) -> Asked:
    seen = SeenEntry(entry("1", "MOTION to Dismiss", **fields), events, NOW, held, filing)
    return Asked(seen, subscription, made_at, baseline_at, told, UTC, mutes)


@pytest.mark.parametrize("question, reason", [
    (asked(Subscription(channel="#c", sources=["txd"])), "it follows other sources (txd)"),
    (asked(Subscription(channel="#c", cases=["1:99-cv-00001"])),
     "it follows only 1:99-cv-00001; this entry is of 1:23-cv-00001"),
    (asked(Subscription(channel="#c", case="rust")), "it follows only the case rust"),
    (asked(Subscription(channel="#c"), relevant=False), "the entry matched none of the source's parties or keywords"),
    (asked(Subscription(channel="#c", events=["order"])), "it wants order; this entry is motion"),
    (asked(Subscription(channel="#c"), held="first_poll"),
     "the source's first poll recorded it as its baseline, which posts nothing"),
    (asked(Subscription(channel="#c"), events=None, baseline_at=NOW),  # stored before revision 0009
     "the source's first poll recorded it as its baseline, which posts nothing"),
    (asked(Subscription(channel="#c"), held="paused"),
     "the source was paused when it was seen: what a paused source's first poll after `resume` finds is recorded "
     "without a post"),
    (asked(Subscription(channel="#c"), mutes=(Mute("#c", "23-cv-1", NOW - timedelta(days=1), NOW + timedelta(days=1)),)),
     "the case was muted in #c until 2026-11-25 12:00 UTC (`unmute` posts its later filings there again)"),
    (asked(Subscription(channel="#c"), mutes=(Mute("#d", "1:23-cv-00001", NOW - timedelta(days=1)),)), UNEXPLAINED),
    (asked(Subscription(channel="#c"), mutes=(Mute("#c", "1:23-cv-00001", NOW + timedelta(seconds=21)),)),
     UNEXPLAINED),  # muted after the entry was seen
    (asked(Subscription(channel="#c", digest=DigestSchedule.parse("daily 08:00"), live=False)),
     "it is digest only (`live: false`): the entry goes in its daily 08:00 digest, not in a post"),
    (asked(Subscription(channel="#c", digest=DigestSchedule.parse("daily 08:00"), live=False), held="first_poll"),
     "the source's first poll recorded it as its baseline, which posts nothing"),  # in no digest either
    (asked(Subscription(channel="#c"), made_at=NOW + timedelta(hours=1)),
     "the entry was seen 2026-11-24 12:00 UTC, before this follow was made (2026-11-24 13:00 UTC)"),
    (asked(Subscription(channel="#c"), held="repeated"),
     "the story was known already (reported before by the same outlet, or seen in a first poll)"),
    (asked(Subscription(channel="#c"), filing="txd|9", told=frozenset({"#c"})),
     "it is another record of a filing already posted there; such a record is posted only when it adds an event type"),
    (asked(Subscription(channel="#c"), filing="txd|9", told=frozenset({"#d"})), UNEXPLAINED),
    (asked(Subscription(channel="#c"), events=None, baseline_at=NOW - timedelta(days=1)), UNEXPLAINED),
])
def test_each_check_names_its_reason_and_the_first_that_applies_wins(question, reason):
    assert why_not(question) == reason


def test_a_check_added_to_the_list_is_asked_in_its_place():
    def muted(question: Asked) -> str | None:
        return "the case is muted in this channel"

    question = asked(Subscription(channel="#c", events=["order"]))
    assert why_not(question, (muted, *CHECKS)) == "the case is muted in this channel"
    assert why_not(question, (*CHECKS, muted)) == "it wants order; this entry is motion"
