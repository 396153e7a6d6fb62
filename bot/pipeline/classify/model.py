"""The dismissal model: how likely a docket text is a dismissal, from word and character n-grams.

A logistic regression over TF-IDF features, trained at build time by
`python -m bot.pipeline.classify.train` (scikit-learn, a development
requirement) from every labelled text outside the frozen holdout, and shipped
as its weights in dismissal_model.json.gz: this module computes the same
score in plain Python, so that nothing is downloaded, nor scikit-learn
imported, at run time. The rules read most dismissals; the model reads those
worded as no rule foresaw ("the claims ... are hereby DISMISSED", a court's
own form), and `explain` adds its finding only where the rules found no
dismissal and no veto took one away.

Features, as scikit-learn's TfidfVectorizer computes them (lower-cased text,
sublinear term frequency, smoothed idf, each block L2-normalised on its own):
word 1- and 2-grams of the tokens `\\b\\w\\w+\\b`, and character 2- to 5-grams
inside words padded with a space ("char_wb").
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

WEIGHTS = Path(__file__).with_name("dismissal_model.json.gz")
# Above this probability, the model finds a dismissal.
THRESHOLD = 0.5
# The model weighs only a text that names a dismissal (218 of the 222 labelled dismissals outside the holdout do; the
# other four are news phrasing the rules read: "Judge tosses lawsuit"); it finds none in a text that names none.
NAMES_A_DISMISSAL = re.compile(r"\b(?:dismiss|nolle|discontinu|withdr[ae]w|dropp?)", re.IGNORECASE)

_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def word_ngrams(text: str) -> list[str]:
    """The word 1- and 2-grams of `text`, lower-cased: "Order Dismissing Case" -> order, dismissing, ..., order dismissing."""
    tokens = _TOKEN.findall(text.lower())
    return tokens + [" ".join(pair) for pair in zip(tokens, tokens[1:])]


def char_ngrams(text: str) -> list[str]:
    """The 2- to 5-character n-grams inside each word of `text`, lower-cased and padded with a space at both ends."""
    grams = []
    for word in text.lower().split():
        padded = f" {word} "
        for n in range(2, 6):
            grams += [padded[at : at + n] for at in range(max(len(padded) - n, 0) + 1)]
            if len(padded) <= n:  # a short word counts once, whole
                break
    return grams


class DismissalModel:
    """Weights of one logistic regression: per feature block, n-gram -> (idf, coefficient), and the intercept."""

    def __init__(self, weights: Mapping[str, Any]):
        self.intercept = float(weights["intercept"])
        self.blocks = [(word_ngrams, weights["word"]), (char_ngrams, weights["char"])]

    def probability(self, text: str) -> float:
        """The probability, 0.0 to 1.0, that `text` (one docket text) records a dismissal."""
        decision = self.intercept
        for grams, table in self.blocks:
            decision += _block_score(grams(text), table)
        return 1.0 / (1.0 + math.exp(-decision))


def _block_score(grams: Iterable[str], table: Mapping[str, list[float]]) -> float:
    """The dot product of one block's L2-normalised TF-IDF vector with its coefficients."""
    counts = Counter(gram for gram in grams if gram in table)
    weighted = [((1.0 + math.log(count)) * table[gram][0], table[gram][1]) for gram, count in counts.items()]
    norm = math.sqrt(sum(value * value for value, _ in weighted))
    return sum(value * coefficient for value, coefficient in weighted) / norm if norm else 0.0


def read_weights(path: Path = WEIGHTS) -> dict[str, Any]:
    """The weights train.py wrote to `path` (gzipped JSON: "intercept", "word" and "char" n-gram -> [idf,
    coefficient], "trained_on"). FileNotFoundError if there is none."""
    with gzip.open(path, "rt", encoding="utf-8") as file:
        weights: dict[str, Any] = json.load(file)
    return weights


@cache
def shipped() -> DismissalModel:
    """The model of dismissal_model.json.gz, read once (about 0.1 s). FileNotFoundError if the package lacks it."""
    return DismissalModel(read_weights())


def dismissal_probability(text: str) -> float:
    """The shipped model's probability that `text` records a dismissal (classify asks only of a text that names
    one, NAMES_A_DISMISSAL)."""
    return shipped().probability(text)
