"""Build step: train the dismissal model from the label files and write its weights (dismissal_model.json.gz).

Needs scikit-learn (requirements-dev.txt); never imported at run time, where
model.py reads the weights. Each text is read as classify reads it for the
model (`model_text`: clutter, mentions of other documents and phrases that
name a dismissal without making one taken out), and only texts that then
still name a dismissal (model.NAMES_A_DISMISSAL) are used. Trained on every labelled text in
tests/fixtures/labels/*.jsonl except the frozen holdout (holdout_*.jsonl), so
that the holdout still measures text the model never saw.

    python -m bot.pipeline.classify.train           # write the weights after a change of labels
    python -m bot.pipeline.classify.train --check   # exit 1 if the shipped weights are not those the labels train

The weights are rounded to 6 significant digits: the shipped model's
probabilities stay within 0.001 of scikit-learn's (`--check` compares them on
every training text).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

from sklearn import __version__ as sklearn_version
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, make_union

from bot.pipeline.classify import model_text
from bot.pipeline.classify.model import NAMES_A_DISMISSAL, WEIGHTS, DismissalModel, read_weights

LABELS = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "labels"
# The largest difference allowed between the shipped model's probability and scikit-learn's, on any training text.
TOLERANCE = 0.001


def labelled_cases(labels: Path = LABELS) -> list[dict]:
    """Every labelled case ({"text", "events", "from"}) outside the frozen holdout, file by file in name order."""
    return [
        json.loads(line)
        for path in sorted(labels.glob("*.jsonl"))
        if not path.name.startswith("holdout_")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def training_cases(labels: Path = LABELS) -> list[dict]:
    """The `labelled_cases` whose `model_text` names a dismissal: the only texts the model weighs."""
    return [case for case in labelled_cases(labels) if NAMES_A_DISMISSAL.search(model_text(case["text"]))]


def features() -> FeatureUnion:
    """The TF-IDF features model.py computes: word 1-2-grams and char_wb 2-5-grams, each seen in 2 texts or more."""
    return make_union(
        TfidfVectorizer(lowercase=True, ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        TfidfVectorizer(lowercase=True, analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
    )


def fit(x: Any, y: list[bool]) -> LogisticRegression:
    """One logistic regression head over features `x`, its classes weighted by their frequency."""
    return LogisticRegression(C=10.0, class_weight="balanced", max_iter=2000).fit(x, y)


def train(cases: list[dict]) -> tuple[FeatureUnion, LogisticRegression]:
    """The fitted features and dismissal head over `cases`."""
    union = features()
    x = union.fit_transform([model_text(case["text"]) for case in cases])
    return union, fit(x, ["dismissal" in case["events"] for case in cases])


def weights(union: FeatureUnion, head: LogisticRegression, cases: list[dict]) -> dict[str, Any]:
    """The JSON-ready weights model.DismissalModel reads: per block, n-gram -> [idf, coefficient]."""
    coefficients, at, blocks = head.coef_[0], 0, {}
    for (name, vectorizer), block in zip(union.transformer_list, ("word", "char")):
        vocabulary = sorted(vectorizer.vocabulary_.items(), key=lambda item: item[1])
        blocks[block] = {
            gram: [_round(vectorizer.idf_[column]), _round(coefficients[at + column])] for gram, column in vocabulary
        }
        at += len(vocabulary)
    return {
        "about": "dismissal model: logistic regression over TF-IDF n-grams, trained by bot/pipeline/classify/train.py",
        "scikit_learn": sklearn_version,
        "trained_on": {"texts": len(cases), "dismissals": sum("dismissal" in case["events"] for case in cases)},
        "intercept": _round(head.intercept_[0]),
        **blocks,
    }


def _round(value: float) -> float:
    return float(f"{value:.6g}")


def largest_difference(model: DismissalModel, union: FeatureUnion, head: LogisticRegression, cases: list[dict]) -> float:
    """The largest |model's probability - scikit-learn's| over `cases`."""
    texts = [model_text(case["text"]) for case in cases]
    theirs = head.predict_proba(union.transform(texts))[:, 1]
    return max(abs(model.probability(text) - float(p)) for text, p in zip(texts, theirs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare the shipped weights with a fresh training")
    args = parser.parse_args(argv)
    cases = training_cases()
    union, head = train(cases)
    if args.check:
        shipped = read_weights()
        difference = largest_difference(DismissalModel(shipped), union, head, cases)
        print(f"{len(cases)} training texts; the shipped model trained on {shipped['trained_on']['texts']}; "
              f"largest difference from a fresh training: {difference:.6f} (allowed {TOLERANCE})")
        return 0 if difference <= TOLERANCE else 1
    trained = weights(union, head, cases)
    with gzip.GzipFile(WEIGHTS, "wb", mtime=0) as file:  # mtime 0: the same labels give the same bytes
        file.write(json.dumps(trained, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode())
    difference = largest_difference(DismissalModel(trained), union, head, cases)
    print(f"wrote {WEIGHTS.name}: {len(trained['word'])} word and {len(trained['char'])} character n-grams, trained on "
          f"{len(cases)} texts ({trained['trained_on']['dismissals']} dismissals; the other "
          f"{len(labelled_cases()) - len(cases)} labelled texts outside the holdout name no dismissal once read as "
          f"classify reads them for the model, so it never weighs them); largest difference from scikit-learn: "
          f"{difference:.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
