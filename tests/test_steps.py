"""The pure pipeline steps: diff, route, docket-number matching."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.config import Subscription
from bot.core.clock import holder_alive, process_id
from bot.core.dockets import same_docket
from bot.core.entry import Entry, content_key
from bot.core.post import Correction, Part
from bot.pipeline.diff import edited_entries, new_entries, newest, oldest_first
from bot.pipeline.route import Change, Classified, route, thread_key

T0 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def entry(key: str, case: str = "1:23-cv-00001", minutes: int = 0, source: str = "nmd") -> Entry:
    return Entry(source_id=source, key=key, case_number=case, case_name="A v. B", court="nmd",
                 text=f"text {key}", filed_at=T0 + timedelta(minutes=minutes))


def test_new_entries_are_the_unseen_keys_once_each_in_feed_order():
    entries = [entry("a"), entry("b"), entry("a"), entry("c")]
    assert [e.key for e in new_entries(entries, {"b"})] == ["a", "c"]


def test_entries_that_left_the_feed_are_not_news():
    assert new_entries([entry("c")], {"a", "b"}) == [entry("c")]


def test_newest_picks_by_filing_time():
    entries = [entry("old", minutes=1), entry("new", minutes=9), entry("mid", minutes=5)]
    assert [e.key for e in newest(entries, 2)] == ["new", "mid"]
    assert newest(entries, 0) == []


def test_oldest_first_orders_by_filing_time_and_ties_against_feed_order():
    feed_order = [entry("new", minutes=9), entry("tie-later", minutes=5), entry("tie-earlier", minutes=5), entry("old")]
    assert [e.key for e in oldest_first(feed_order)] == ["old", "tie-earlier", "tie-later", "new"]


def test_content_key_ignores_case_and_spacing_but_not_words():
    assert content_key("nyed", "Order  on Motion") == content_key("NYED", "order on motion ")
    assert content_key("nyed", "Order") != content_key("nyed", "Orders")


def test_route_sends_each_entry_to_each_subscribed_channel_once():
    subscriptions = [
        Subscription(channel="#motions", sources=["nmd"], events=["motion"]),
        Subscription(channel="#all", sources=["*"], events=["motion", "dismissal"]),
        Subscription(channel="#all", sources=["nmd"], events=["dismissal"]),
        Subscription(channel="#other-court", sources=["nysd"], events=["motion", "dismissal"]),
    ]
    classified = [Classified(entry("m"), ("motion",)), Classified(entry("d"), ("order", "dismissal")),
                  Classified(entry("o"), ("order",))]
    queued = route(classified, subscriptions)
    assert [(q.post.channel, q.post.entry.key, q.post.events) for q in queued] == [
        ("#motions", "m", ("motion",)),
        ("#all", "m", ("motion",)),
        ("#all", "d", ("order", "dismissal")),
    ]


def test_a_correction_is_routed_on_the_types_it_gained_only():
    subscriptions = [Subscription(channel="#dismissals", events=["dismissal"]),
                     Subscription(channel="#orders", events=["order"])]
    fixed = Classified(entry("d"), ("order", "dismissal"), gained=("dismissal",), correction=True)
    [queued] = route([fixed], subscriptions)
    assert queued.post.channel == "#dismissals" and queued.post.events == ("order", "dismissal")
    assert queued.revision and route([Classified(entry("d"), ("order",), gained=(), correction=True)], subscriptions) == []


def test_an_edit_is_corrected_where_it_changes_what_a_channel_was_posted():
    subscriptions = [Subscription(channel="#desk", events=["all"]), Subscription(channel="#dismissals", events=["dismissal"]),
                     Subscription(channel="#orders", events=["order"])]
    granted, denied = "Motion or Writ Granted", "Motion or Writ Denied"
    posted = {"#desk": Change(granted, ("dismissal", "order")), "#dismissals": Change(granted, ("dismissal", "order"))}
    taken_back = Classified(entry("d"), ("order",), gained=(), correction=True, was=Change(granted, ("dismissal", "order")),
                            posted=posted)
    queued = route([taken_back], subscriptions)  # #orders was never posted it, and gained nothing it follows
    assert [(q.post.channel, q.post.correction) for q in queued] == [
        ("#desk", Correction(granted, ("dismissal", "order"), (), ("dismissal",))),
        ("#dismissals", Correction(granted, ("dismissal", "order"), (), ("dismissal",)))]
    assert all(q.revision for q in queued)
    # posted as "Denied" and edited to "Denied as Moot": no event type changed, nothing to post
    unchanged = {"#desk": Change(denied, ("order",)), "#orders": Change(denied, ("order",))}
    assert route([replace(taken_back, posted=unchanged)], subscriptions) == []


def test_a_correction_in_a_channel_never_posted_the_entry_quotes_the_text_before_the_edit():
    added = Classified(entry("d"), ("dismissal",), gained=("dismissal",), correction=True,
                       was=Change("Dismiss", ("motion",)), posted={"#desk": Change("Dismiss", ("motion",))})
    queued = route([added], [Subscription(channel="#desk", events=["all"]),
                             Subscription(channel="#dismissals", events=["dismissal"])])
    assert [(q.post.channel, q.post.correction) for q in queued] == [
        ("#desk", Correction("Dismiss", ("motion",), ("dismissal",), ("motion",))),
        ("#dismissals", Correction("Dismiss", ("motion",), ("dismissal",), ()))]  # #dismissals follows no motion


def test_a_correction_never_says_other_was_gained_or_taken_back():
    """"other" says only that no event type was found: a filing that is now a dismissal, or a dismissal that is now a
    filing, is no news of "other", even in a channel that follows everything."""
    subscriptions = [Subscription(channel="#desk", events=["all"])]
    became = Classified(entry("d"), ("dismissal",), gained=("dismissal",), correction=True,
                        was=Change("Opposition", ("other",)))
    back = Classified(entry("d"), ("other",), gained=("other",), correction=True,
                      was=Change("Notice of Voluntary Dismissal", ("dismissal",)),
                      posted={"#desk": Change("Notice of Voluntary Dismissal", ("dismissal",))})
    assert [q.post.correction for q in route([became, back], subscriptions)] == [
        Correction("Opposition", ("other",), ("dismissal",), ()),
        Correction("Notice of Voluntary Dismissal", ("dismissal",), (), ("dismissal",))]


def test_edited_entries_ignore_case_and_spacing():
    entries = [entry("a"), entry("b"), entry("c")]
    known = {"a": "TEXT  a", "b": "text b, corrected", "z": "gone"}
    assert [e.key for e in edited_entries(entries, known)] == ["b"]


def test_thread_key_is_per_case_and_court():
    assert thread_key(entry("a")) == thread_key(entry("b"))
    assert thread_key(entry("a")) != thread_key(entry("a", case="1:23-cv-00002"))
    assert thread_key(entry("a", case="")) == "entry:nmd:a"
    assert thread_key(replace(entry("a"), case_key="Rust-Baldwin")) == "case:rust-baldwin"


@pytest.mark.parametrize(
    ("wanted", "found", "same"),
    [
        ("18-10947", "1:18-bk-10947", True),
        ("1:18-cv-03365", "1:18-cv-03365-PKC", True),
        ("18-cv-3365", "1:18-cv-03365", True),
        ("18-cv-3365", "1:18-cr-03365", False),
        ("18-3365", "1:19-cv-03365", False),
        ("18-3365", "1:18-cv-03366", False),
        ("D-101-CR-2023-00040", "d-101-cr-2023-00040", True),
    ],
)
def test_docket_numbers_match_the_way_people_write_them(wanted, found, same):
    assert same_docket(wanted, found) is same


def test_more_than_five_new_entries_of_one_case_fold_into_one_post():
    subscriptions = [Subscription(channel="#all", events=["motion", "dismissal", "order"])]
    burst = [Classified(entry(f"b{i}"), ("order",) if i else ("motion",)) for i in range(6)]
    few = [Classified(entry(f"f{i}", case="2:20-cv-00002"), ("dismissal",)) for i in range(5)]
    queued = route(burst + few, subscriptions)
    assert len(queued) == 1 + 5
    folded = queued[0].post
    assert folded.entry.key == "b0" and folded.events == ("motion", "order")
    assert [item.entry.key for item in folded.items] == [f"b{i}" for i in range(6)]
    assert [item.events for item in folded.items][:2] == [("motion",), ("order",)]
    assert all(not q.post.folded for q in queued[1:])


def test_a_long_burst_is_ten_entries_a_message_dismissals_first_in_its_thread():
    subscriptions = [Subscription(channel="#all", events=["motion", "dismissal", "order"])]
    burst = [Classified(entry(f"b{i}"), ("dismissal", "order") if i == 11 else ("order",)) for i in range(12)]
    first, second = route(burst, subscriptions)
    assert [item.entry.key for item in first.post.items] == ["b11", *(f"b{i}" for i in range(9))]
    assert [item.entry.key for item in second.post.items] == ["b9", "b10"]
    assert (first.post.part, second.post.part) == (Part(1, 2, 12), Part(2, 2, 12))
    assert first.post.entry.key == "b11" and first.post.events == ("dismissal", "order")
    assert second.post.events == ("order",) and first.thread_key == second.thread_key


def test_holder_alive_knows_dead_processes_of_this_host_only():
    assert holder_alive(process_id())
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = process_id().split(":")[0] + f":{gone.stdout.strip()}:abc123"
    assert not holder_alive(dead)
    assert holder_alive(f"another-host:{gone.stdout.strip()}:abc123")
