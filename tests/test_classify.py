"""The distinctions `classify` must make, and how it treats letter case and odd input.

How well it does on the whole of the hand-labelled real entry texts
(tests/fixtures/labels/*.jsonl) is measured in test_classification_quality.py;
the cases here are the decisions that matter most, each pinned on its own.
"""

from __future__ import annotations

import pytest

from bot.classify import classify
from bot.events import EVENT_TYPES
from tests.test_classification_quality import CASES

# The distinctions that matter most, each on a real text where the fixtures
# have one.
DISTINCTIONS = {
    "a motion to dismiss is a motion, not a dismissal": (
        (
            "MOTION to Dismiss for Failure to State a Claim by NBCUniversal Media, LLC. "
            "(Curran, Patrick) (Entered: 08/08/2019)"
        ),
        ("motion",),
    ),
    "SDNY's bare 'Dismiss' event is a motion to dismiss": ("Dismiss", ("motion",)),
    "an order granting a motion to dismiss is an order and a dismissal": (
        "ORDER granting 12 Motion to Dismiss",
        ("dismissal", "order"),
    ),
    "an order denying a motion to dismiss is only an order": (
        (
            "ORDER denying defendant Jason Furtado's motion to dismiss no. 1 [22-1] by Judge David A. Ezra "
            "(cc: all counsel) (bbb) (Entered: 02/10/2005)"
        ),
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
    "an order dismissing the case is an order and a dismissal": (
        "Order Dismissing Case",
        ("dismissal", "order"),
    ),
    "an opposition to a motion to dismiss is neither": (
        "Memorandum in Opposition to Motion to Dismiss",
        ("other",),
    ),
    "a response to a motion is not a motion": ("Response in Opposition to Motion", ("other",)),
    "closing an adversary case is not a dismissal": ("Close Adversary Case", ("other",)),
    "nolle prosequi is a dismissal": ("Nolle Prosequi", ("dismissal",)),
    "charges dropped without prejudice are a dismissal": (
        "Charges dropped without prejudice",
        ("dismissal",),
    ),
    "news: prosecutors dropping charges is a dismissal": (
        (
            "In a dramatic turn of events, Alec Baldwin is poised to skate as prosecutors in New Mexico are "
            "reportedly dropping criminal charges against the Hollywood celebrity in the fatal Rust shooting case."
        ),
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
        (
            "NOTICE OF MOTION AND MOTION to Dismiss for lack of personal jurisdiction filed by defendants' "
            "Daffy's Inc. Motion set for hearing on 6/26/2006 at 10:00 AM before Judge S. James Otero. "
            "(bp, ) (Entered: 05/30/2006)"
        ),
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
    "a Texas motion named with its ruling is the ruling, an order": (
        "Motion for extension of time to file brief disposed — Motion or Writ Granted",
        ("order",),
    ),
    "a Texas motion filed and granted is both": (
        "Motion for extension of time to file response filed — Motion or Writ Granted",
        ("motion", "order"),
    ),
    "a minute entry that records a ruling is a hearing and an order": (
        (
            "EP: MINUTES: Defendant's Motion to Dismiss. Defendant Jason Furtado presence waived. "
            "Defendant's Motion to Dismiss - DENIED [22-1]"
        ),
        ("order", "hearing"),
    ),
    "an Odyssey calendar event named after a motion is a hearing": (
        "Motion to Adjudicate (9:00 AM) (Judicial Officer Boyer, Bruce) Result: Reset",
        ("hearing",),
    ),
    "a calendar event on the court's motion to dismiss dismisses nothing": (
        "OSC: Court's Motion to Dismiss (8:30 AM) Cancel Reason: Vacated",
        ("hearing",),
    ),
    "an Odyssey comment can name the motion": (
        "Request — DEFENDANT'S EX PARTE APPLICATION FOR JUDICIAL NOTICE IN SUPPORT OF STAY",
        ("motion",),
    ),
    "a hearing mentioned in passing is not a hearing": (
        (
            "ORDER. For the reasons stated on the record during the teleconference held on July 28, 2021, "
            "the parties' request for an extension of the discovery deadlines is denied."
        ),
        ("order",),
    ),
    "a clerk's warning of dismissal is not a dismissal": (
        "Clerks Notice for Dismissal for Want of Prosecution",
        ("other",),
    ),
    "a case to be dismissed is not dismissed yet": (
        (
            "EO: MINUTES: Final Pretrial Conference set for 02/22/2005 02:00:00 PM before LEK- CASE TO BE "
            "DISMISSED. final pretrial conference held on 2/18/05"
        ),
        ("hearing",),
    ),
    "an action that is to be dismissed by stipulation and order is dismissed": (
        (
            "STIPULATION AND ORDER that this action is to be dismissed with prejudice as to defendant Castle "
            "Hill Apparel, Inc."
        ),
        ("dismissal", "order"),
    ),
    "California's request for dismissal is the dismissal": ("Request: Dismissal", ("dismissal",)),
    "an appellate opinion disposing by dismissal is a dismissal": (
        "Memorandum opinion issued — Dismissed for want of jurisdiction",
        ("dismissal", "order"),
    ),
    "a motion dismissed as moot is no dismissal": (
        "Motion for leave disposed — Dismissed as Moot",
        ("order",),
    ),
    "mailing an order is not an order": ("Mail Order by Certified Mail", ("other",)),
}


@pytest.mark.parametrize("text, expected", list(DISTINCTIONS.values()), ids=list(DISTINCTIONS))
def test_distinction(text, expected):
    assert classify(text) == expected


# RSS short descriptions are always title case, joined by an upper-case AND;
# every other text may come in any letter case.
NOT_RSS = [case["text"] for case in CASES if "pacer_rss" not in case["from"]]


@pytest.mark.parametrize("change_case", [str.upper, str.lower])
def test_letter_case_does_not_matter(change_case):
    assert [text for text in NOT_RSS if classify(change_case(text)) != classify(text)] == []


ODD_TEXTS = [
    "",
    "   ",
    "AND",
    "~",
    "Judge Jane Roe:",
    "**SEALED DOCUMENT**",
    "Order AND",
    "ORDER\n\ngranting\t12 Motion",
]


def well_formed(events: tuple[str, ...]) -> bool:
    """Not empty, in EVENT_TYPES order without repeats, and "other" only alone."""
    return (
        bool(events)
        and list(events) == sorted(set(events), key=EVENT_TYPES.index)
        and (events == ("other",) or "other" not in events)
    )


def test_result_is_never_empty_and_other_stands_alone():
    texts = [case["text"] for case in CASES] + ODD_TEXTS
    assert [(text, classify(text)) for text in texts if not well_formed(classify(text))] == []
