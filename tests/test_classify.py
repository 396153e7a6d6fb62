"""Event types of docket texts: real entries from the shared fixtures, labelled by hand.

tests/fixtures/classify/labelled.jsonl holds one case a line: the text, its
exact event types in EVENT_TYPES order, and where it comes from. "from" is a
path under /work/shared (PACER RSS short descriptions, PACER docket
descriptions, Texas case event types, news feeds, the Rust case news seed),
or "written" for a realistic text the fixtures lack (a granted motion to
dismiss, nolle prosequi, news phrasings of a dismissal).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bot.classify import classify
from bot.events import EVENT_TYPES

LABELLED = [
    json.loads(line)
    for line in (Path(__file__).parent / "fixtures" / "classify" / "labelled.jsonl").read_text().splitlines()
    if line.strip()
]


@pytest.mark.parametrize("case", LABELLED, ids=[case["text"][:60] for case in LABELLED])
def test_labelled_entry_gets_exactly_its_event_types(case):
    assert classify(case["text"]) == tuple(case["events"])


def test_every_event_type_has_at_least_eight_labelled_examples():
    counts = Counter(event for case in LABELLED for event in case["events"])
    assert {name: counts[name] for name in EVENT_TYPES if counts[name] < 8} == {}


# The distinctions that matter most, each on a real text where the fixtures
# have one.
DISTINCTIONS = {
    "a motion to dismiss is a motion, not a dismissal": (
        "MOTION to Dismiss for Failure to State a Claim by NBCUniversal Media, LLC. "
        "(Curran, Patrick) (Entered: 08/08/2019)",
        ("motion",),
    ),
    "SDNY's bare 'Dismiss' event is a motion to dismiss": ("Dismiss", ("motion",)),
    "an order granting a motion to dismiss is an order and a dismissal": (
        "ORDER granting 12 Motion to Dismiss",
        ("dismissal", "order"),
    ),
    "an order denying a motion to dismiss is only an order": (
        "ORDER denying defendant Jason Furtado's motion to dismiss no. 1 [22-1] by Judge David A. Ezra "
        "(cc: all counsel) (bbb) (Entered: 02/10/2005)",
        ("order",),
    ),
    "an order on a motion is an order, not a motion": ("Order on Motion to Dismiss", ("order",)),
    "a notice of voluntary dismissal is a dismissal": ("Notice of Voluntary Dismissal", ("dismissal",)),
    "a stipulation of dismissal is a dismissal": (
        "STIPULATION of Dismissal by Samuel Weber (Fishbein, Adam) (Entered: 10/12/2015)",
        ("dismissal",),
    ),
    "a stipulation and order of dismissal is also an order": (
        "Stipulation and Order of Dismissal",
        ("dismissal", "order"),
    ),
    "an order dismissing the case is an order and a dismissal": ("Order Dismissing Case", ("dismissal", "order")),
    "an opposition to a motion to dismiss is neither": ("Memorandum in Opposition to Motion to Dismiss", ("other",)),
    "a response to a motion is not a motion": ("Response in Opposition to Motion", ("other",)),
    "closing an adversary case is not a dismissal": ("Close Adversary Case", ("other",)),
    "nolle prosequi is a dismissal": ("Nolle Prosequi", ("dismissal",)),
    "charges dropped without prejudice are a dismissal": (
        "Charges dropped without prejudice",
        ("dismissal",),
    ),
    "news: prosecutors dropping charges is a dismissal": (
        "In a dramatic turn of events, Alec Baldwin is poised to skate as prosecutors in New Mexico are "
        "reportedly dropping criminal charges against the Hollywood celebrity in the fatal Rust shooting case.",
        ("dismissal",),
    ),
    "news: an investigation dropped is not a dismissal": (
        "2004 Larry Nassar investigation dropped after doctor's PowerPoint presentation",
        ("other",),
    ),
    "withdrawing counsel is a motion, not dropping charges": (
        "MOTION to Withdraw as Attorney by Jane Doe. (Doe, Jane) (Entered: 03/01/2021)",
        ("motion",),
    ),
    "a motion for leave to dismiss the indictment only asks": (
        "Government's MOTION for Leave to Dismiss Indictment by USA as to John Doe.",
        ("motion",),
    ),
    "a motion's hearing date does not make it a hearing": (
        "NOTICE OF MOTION AND MOTION to Dismiss for lack of personal jurisdiction filed by defendants' "
        "Daffy's Inc. Motion set for hearing on 6/26/2006 at 10:00 AM before Judge S. James Otero. "
        "(bp, ) (Entered: 05/30/2006)",
        ("motion",),
    ),
    "a motion for judgment is not a judgment": ("Order on Motion for Default Judgment", ("order",)),
    "an appearance bond is not an appearance": (
        "APPEARANCE BOND ( $25,000.00 UNSECURED) posted by Jason Furtado",
        ("other",),
    ),
    "a transcript of a hearing is not a hearing": (
        "NOTICE OF FILING OF OFFICIAL TRANSCRIPT of Restitution Hearing held on 10/28/2016",
        ("other",),
    ),
    "a responsive pleading is not a plea": (
        "EX PARTE APPLICATION for Further Time to File responsive pleading to 5/26/2006",
        ("motion",),
    ),
    "RSS joins events with AND": ("Order AND ~Util - Set Hearings", ("order", "hearing")),
}


@pytest.mark.parametrize("text, expected", list(DISTINCTIONS.values()), ids=list(DISTINCTIONS))
def test_distinction(text, expected):
    assert classify(text) == expected


# RSS short descriptions are always title case, joined by an upper-case AND.
NOT_RSS = [case for case in LABELLED if "pacer_rss" not in case["from"]]


@pytest.mark.parametrize("case", NOT_RSS, ids=[case["text"][:60] for case in NOT_RSS])
@pytest.mark.parametrize("change_case", [str.upper, str.lower])
def test_letter_case_does_not_matter(case, change_case):
    assert classify(change_case(case["text"])) == tuple(case["events"])


ODD_TEXTS = ["", "   ", "AND", "~", "Judge Jane Roe:", "**SEALED DOCUMENT**", "Order AND", "ORDER\n\ngranting\t12 Motion"]


@pytest.mark.parametrize("text", [case["text"] for case in LABELLED] + ODD_TEXTS)
def test_result_is_never_empty_and_other_stands_alone(text):
    events = classify(text)
    assert events
    assert list(events) == sorted(set(events), key=EVENT_TYPES.index)
    assert events == ("other",) or "other" not in events
