"""The dismissal model: its plain-Python features equal scikit-learn's, its shipped weights are those the label files
train, and classify adds, explains and vetoes its findings as the module docstring says."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from bot.pipeline.classify import classify, describe, explain, model_text
from bot.pipeline.classify.model import DismissalModel, char_ngrams, dismissal_probability, read_weights, word_ngrams
from bot.pipeline.classify.train import LABELS, features, main, training_cases

TEXTS = [
    "Government Dismissal of Indictment",
    "ORDER granting [12] Motion to Dismiss; Plaintiff's claims are DISMISSED.",
    "Stipulation   of Dismissal with Prejudice (Gardella, Lawrence) — filed 1/2/2020",
    "a I x-y ÉCOLE d'été 41(a)(1)",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_ngrams_are_those_scikit_learn_counts(text):
    words, characters = (vectorizer.build_analyzer() for _, vectorizer in features().transformer_list)
    assert sorted(word_ngrams(text)) == sorted(words(text))
    assert sorted(char_ngrams(text)) == sorted(characters(text))


@pytest.mark.slow
def test_shipped_weights_are_what_the_labels_train(capsys):
    """Changing a label without `python -m bot.pipeline.classify.train` fails here: the weights would not be the
    labels' any more."""
    assert main(["--check"]) == 0, capsys.readouterr().out


def test_the_frozen_holdout_is_not_trained_on():
    holdout = {json.loads(line)["text"] for path in LABELS.glob("holdout_*.jsonl") for line in path.open() if line.strip()}
    assert holdout, "no frozen holdout to keep apart"
    assert not holdout & {case["text"] for case in training_cases()}


def test_shipped_weights_read_and_score():
    weights = read_weights()
    assert weights["trained_on"]["dismissals"] >= 200
    model = DismissalModel(weights)
    assert model.probability("Government Dismissal of Indictment") > 0.5
    assert model.probability("Notice of Appearance by Jane Roe on behalf of Acme") < 0.5


def test_a_dismissal_the_rules_miss_is_found_and_explained():
    text = "Government Dismissal of Indictment"
    assert classify(text, None) == ("other",)
    assert classify(text) == ("dismissal",)
    [[decision]] = explain(text)
    assert (decision.type, decision.by, decision.name) == ("dismissal", "model", "dismissal model")
    assert "dismissal model: probability 0." in describe(text) and "above 0.5" in describe(text)


def test_a_text_that_names_no_dismissal_is_never_one_by_the_model():
    asked: list[str] = []
    assert classify("The stipulation is hereby So Ordered.", recorder(asked, 0.99)) == ("order",)
    assert asked == []


def test_explain_says_when_the_model_was_asked_and_said_no():
    text = "Prosecutors moved to dismiss the charges. The judge has not granted the motion."
    said = describe(text, lambda weighed: 0.47)
    assert "not dismissal" in said and "dismissal model: probability 0.47, not above 0.5" in said
    assert "dismissal model" not in describe("Notice of Appearance by Jane Roe")  # names no dismissal: not asked
    assert dismissal_probability("Government Dismissal of Indictment") > 0.5


def test_the_model_reads_the_text_without_what_names_a_dismissal_without_making_one():
    assert model_text("MOTION to Dismiss Case by Trustee (related document(s) 12 Order Dismissing Case)") == (
        "by Trustee (related document)"
    )
    assert model_text("The Court declines to dismiss the complaint.") == "The Court ."


def recorder(asked: list[str], probability: float) -> Callable[[str], float]:
    """A dismissal score that notes each text it is asked about in `asked` and answers `probability`."""

    def score(text: str) -> float:
        asked.append(text)
        return probability

    return score


def test_the_vetoes_apply_to_the_models_finding():
    """A filed motion only asks, whatever the model thinks of it."""
    asked: list[str] = []
    decisions = explain("MOTION for Summary Judgment and to strike the notice of dismissal", recorder(asked, 0.99))
    assert asked == ["MOTION for Summary Judgment and to strike the notice of dismissal"]
    assert [(d.type, d.by) for d in decisions[0] if d.type == "dismissal"] == [("dismissal", "model"), ("dismissal", "veto")]
    assert "dismissal" not in classify("MOTION for Summary Judgment and to strike the notice of dismissal", lambda text: 0.99)


def test_the_model_is_asked_once_per_text_and_not_where_the_rules_decided():
    asked: list[str] = []
    classify("Order Dismissing Case AND ~Util - Set Hearings", recorder(asked, 0.0))
    assert asked == []  # the table found the dismissal
    classify("Notice of Dismissal by Acme AND Order AND Minute Entry", recorder(asked, 0.0))
    assert asked == []  # the rules found the party's notice of dismissal
    classify("Order AND Minute Entry: case to be dismissed", recorder(asked, 0.0))
    assert len(asked) == 1
    assert classify("Certificate of Service AND Order re dismissal", None) == ("order",)  # "other" stands only alone
    assert classify("Certificate of Service AND Order re dismissal", lambda text: 0.9) == ("dismissal", "order")
    [[certificate], [order, model]] = explain("Certificate of Service AND Order re dismissal", lambda text: 0.9)
    assert (certificate.type, order.type, model.by) == ("other", "order", "model")  # not in a record about others
