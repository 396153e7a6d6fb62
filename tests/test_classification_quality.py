"""Precision and recall of `classify` on every hand-labelled entry text.

tests/fixtures/labels/<origin>.jsonl hold one case a line: `text`, its exact
`events` in EVENT_TYPES order, and `from`, the file under /work/shared it was
taken from (PACER RSS short descriptions, PACER docket reports, Texas case
events, Odyssey registers of actions, CourtListener, news feeds and the Rust
case seed), or "written" for the few realistic texts written by hand where
the fixtures have too few examples of a type (written.jsonl only).

The labels were made by reading each text and applying the definitions of
the event types (bot/events.py, bot/classify.py), not by copying the
classifier's output. `pytest -s` prints the per-type table; a failure shows
it too, with the texts the classifier gets wrong.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bot.classify import classify
from bot.events import EVENT_TYPES

LABELS = Path(__file__).parent / "fixtures" / "labels"

# Each labels file and where under /work/shared its texts come from.
ORIGINS = {
    "pacer_rss.jsonl": ("fixtures/pacer_rss/",),
    "pacer_dockets.jsonl": ("fixtures/pacer_dockets/",),
    "texas.jsonl": ("fixtures/texas_courts/",),
    "odyssey.jsonl": ("fixtures/odyssey/",),
    "courtlistener.jsonl": ("fixtures/courtlistener/",),
    "news.jsonl": ("fixtures/news/", "seed/"),
}

# Minimum precision and recall per event type: the two that users subscribe
# to by default must be the most reliable.
THRESHOLDS = {name: 0.95 if name in ("motion", "dismissal") else 0.90 for name in EVENT_TYPES}


def load_cases() -> list[dict]:
    return [
        json.loads(line)
        for path in sorted(LABELS.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


CASES = load_cases()


def score(cases: list[dict]) -> dict[str, dict[str, float]]:
    """Positives, true/false positives and false negatives, precision and recall per type."""
    counts = {name: Counter() for name in EVENT_TYPES}
    for case in cases:
        expected, got = set(case["events"]), set(classify(case["text"]))
        for name in EVENT_TYPES:
            counts[name]["positives"] += name in expected
            counts[name]["tp"] += name in expected and name in got
            counts[name]["fp"] += name in got and name not in expected
            counts[name]["fn"] += name in expected and name not in got
    return {
        name: {
            **c,
            "precision": c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0,
            "recall": c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0,
        }
        for name, c in counts.items()
    }


def table(scores: dict[str, dict[str, float]]) -> str:
    lines = [
        f"{'type':<11} {'positives':>9} {'false+':>6} {'false-':>6} {'precision':>9} {'recall':>7} {'min':>5}"
    ]
    for name, s in scores.items():
        lines.append(
            f"{name:<11} {s['positives']:>9} {s['fp']:>6} {s['fn']:>6} "
            f"{s['precision']:>9.3f} {s['recall']:>7.3f} {THRESHOLDS[name]:>5.2f}"
        )
    return "\n".join(lines)


def misses(cases: list[dict]) -> str:
    wrong = [
        f"  expected {case['events']}, got {list(got)}: {case['text'][:160]}"
        for case in cases
        if (got := classify(case["text"])) != tuple(case["events"])
    ]
    return f"{len(wrong)} of {len(cases)} texts not classified exactly as labelled:\n" + "\n".join(wrong)


def test_labels_are_well_formed_and_distinct():
    assert len(CASES) >= 600
    for case in CASES:
        assert set(case) == {"text", "events", "from"}, case
        assert case["events"] and set(case["events"]) <= set(EVENT_TYPES), case
        assert case["events"] == sorted(set(case["events"]), key=EVENT_TYPES.index), case
        assert case["events"] == ["other"] or "other" not in case["events"], case
    texts = Counter(" ".join(case["text"].lower().split()) for case in CASES)
    assert [text for text, n in texts.items() if n > 1] == []


def test_each_file_holds_texts_of_one_origin_and_written_texts_stay_apart():
    assert {path.name for path in LABELS.glob("*.jsonl")} == {*ORIGINS, "written.jsonl"}
    for name, folders in ORIGINS.items():
        sources = {
            json.loads(line)["from"] for line in (LABELS / name).read_text(encoding="utf-8").splitlines()
        }
        assert [source for source in sources if not source.startswith(folders)] == [], name
    written = (LABELS / "written.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["from"] for line in written} == {"written"}


def test_precision_and_recall_per_event_type():
    scores = score(CASES)
    report = table(scores)
    print("\n" + report)
    below = [name for name, s in scores.items() if min(s["precision"], s["recall"]) < THRESHOLDS[name]]
    assert not below, f"below threshold: {below}\n{report}\n{misses(CASES)}"


@pytest.mark.parametrize("name", [name for name in EVENT_TYPES if name != "other"])
def test_every_event_type_has_labelled_positives(name):
    assert sum(name in case["events"] for case in CASES) >= 25
