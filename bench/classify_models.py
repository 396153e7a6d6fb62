"""Compare the classifier (vocabulary table + named rules) with a small statistical model, on the same split.

Options, each scored per event type (precision / recall):

- rules:  bot.pipeline.classify.classify without its event model (the
          vocabulary table and the named rules alone).
- model:  the features of bot.pipeline.classify.train (TF-IDF of word
          1-2-grams and character 2-5-grams of the lower-cased text), one
          logistic regression per event type (scikit-learn), trained on the
          development labels only; no type above 0.5 -> other.
- hybrid: the rules, and the model only where the rules find nothing (other).
- shipped: classify as shipped: the rules, and the event model
          (bot/pipeline/classify/model.py) where its POLICY lets it add a
          type, trained here as train.py trains it, on the training side only.

Development figures come from 5-fold cross-validation grouped by docket over
the development and seen-test texts (the model never sees a docket it is
scored on; the rules were tuned on all of these texts, so their figures
flatter them). With --test the model is trained on all of them and every
option is scored on the frozen holdout (holdout_*.jsonl, see
tests/test_classification_quality.py) - once, at the end of a change, never
while tuning.

    .venv/bin/python bench/classify_models.py [--test] [--no-cv]   # scikit-learn: requirements-dev.txt

Target: the option kept in bot/pipeline/classify (shipped) is the one that
measures best on the holdout (the lowest of its per-type precision and recall,
motion and dismissal first).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Collection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

try:
    from sklearn.model_selection import GroupKFold
except ImportError:
    sys.exit("bench/classify_models.py needs scikit-learn: pip install -r requirements-dev.txt")

from bot.core.events import EVENT_TYPES
from bot.pipeline.classify import classify
from bot.pipeline.classify.model import HEADS, Heads, in_memory, probabilities
from bot.pipeline.classify.train import features, fit, train, training_cases, weights
from tests.test_classification_quality import DEVELOPMENT, HOLDOUT, SEEN_TEST, THRESHOLDS, score

TYPES = [name for name in EVENT_TYPES if name != "other"]
# The "model" option's features and heads: word and character n-grams, classes weighted as if equally frequent.
MODEL_HEADS = Heads(Path(), tuple(TYPES), ("word", "char"), 2, True, None)


class Model:
    """One logistic regression per event type over word and character TF-IDF features."""

    def __init__(self, cases: list[dict]):
        self.features = features(MODEL_HEADS)
        x = self.features.fit_transform([case["text"] for case in cases])
        self.heads = {}
        for name in TYPES:
            y = [name in case["events"] for case in cases]
            self.heads[name] = fit(x, y, MODEL_HEADS.balanced) if any(y) else None
        self.event_models = []
        for heads in HEADS:
            trained_on = training_cases(heads, cases)
            self.event_models.append(in_memory(*weights(heads, *train(heads, trained_on), trained_on)))

    def event_probabilities(self, text: str, types: Collection[str]) -> dict[str, float]:
        return probabilities(self.event_models, text, types)

    def predict(self, text: str) -> tuple[str, ...]:
        x = self.features.transform([text])
        found = [name for name, head in self.heads.items() if head is not None and head.predict_proba(x)[0, 1] > 0.5]
        return tuple(found) or ("other",)


def options(model: Model) -> dict:
    def rules(text: str) -> tuple[str, ...]:
        return classify(text, None)

    def hybrid(text: str) -> tuple[str, ...]:
        found = rules(text)
        return model.predict(text) if found == ("other",) else found

    def shipped(text: str) -> tuple[str, ...]:
        return classify(text, model.event_probabilities)

    return {"rules": rules, "model": model.predict, "hybrid": hybrid, "shipped": shipped}


def cross_validated(cases: list[dict], folds: int = 5) -> dict[str, dict]:
    """Per option, the development scores summed over grouped folds."""
    totals: dict[str, dict[str, dict[str, float]]] = {}
    groups = [case["from"] for case in cases]
    for trained, held in GroupKFold(n_splits=folds).split(cases, groups=groups):
        model = Model([cases[i] for i in trained])
        for option, predict in options(model).items():
            scores = score([cases[i] for i in held], predict)
            into = totals.setdefault(option, {name: {"tp": 0, "fp": 0, "fn": 0, "positives": 0} for name in EVENT_TYPES})
            for name, s in scores.items():
                for key in ("tp", "fp", "fn", "positives"):
                    into[name][key] += s[key]
    for per_type in totals.values():
        for s in per_type.values():
            s["precision"] = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
            s["recall"] = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 1.0
    return totals


def table(title: str, results: dict[str, dict]) -> str:
    names = list(results)
    lines = [title, f"{'type':<11} {'pos':>4} " + " ".join(f"{n + ' P/R':>13}" for n in names) + f" {'min':>5}"]
    for name in EVENT_TYPES:
        cells = " ".join(f"{results[n][name]['precision']:>6.3f}/{results[n][name]['recall']:<6.3f}" for n in names)
        lines.append(f"{name:<11} {results[names[0]][name]['positives']:>4} {cells} {THRESHOLDS[name]:>5.2f}")
    worst = {n: min(min(s["precision"], s["recall"]) for s in results[n].values()) for n in names}
    lines.append("lowest P or R: " + ", ".join(f"{n} {worst[n]:.3f}" for n in names))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", action="store_true", help="also score every option on the frozen holdout")
    parser.add_argument("--no-cv", action="store_true", help="leave out the cross-validation (minutes of training)")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    tuned = DEVELOPMENT + SEEN_TEST
    if not args.no_cv:
        print(table(f"development + seen test, 5-fold cross-validation by docket ({len(tuned)} texts)", cross_validated(tuned)))
    if not args.test:
        return 0
    if not HOLDOUT:
        sys.exit("no frozen holdout: python tests/fixtures/labels/assemble.py --holdout")
    model = Model(tuned)
    results = {option: score(HOLDOUT, predict) for option, predict in options(model).items()}
    print()
    print(table(f"frozen holdout ({len(HOLDOUT)} texts; model trained on all development and seen-test texts)", results))

    def rank(option: str) -> tuple[float, float]:
        key = [min(results[option][n]["precision"], results[option][n]["recall"]) for n in ("motion", "dismissal")]
        return min(key), min(min(s["precision"], s["recall"]) for s in results[option].values())

    best = max(results, key=rank)
    print(f"Target: keep the option that measures best on the holdout -> {best} "
          f"({'MET' if best == 'shipped' else 'NOT MET: bot/pipeline/classify ships rules + the event model'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
