"""The event model: its plain-Python features equal scikit-learn's, its shipped weights are those the label files
train, and classify adds, explains and vetoes its findings only where model.POLICY and explain's guards say."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Collection

import pytest

from bot.pipeline.classify import classify, describe, explain, model_text
from bot.pipeline.classify.model import HEADS, POLICY, char_ngrams, event_probabilities, read_weights, word_ngrams
from bot.pipeline.classify.train import LABELS, features, labelled_cases, main

TEXTS = [
    "Government Dismissal of Indictment",
    "ORDER granting [12] Motion to Dismiss; Plaintiff's claims are DISMISSED.",
    "Stipulation   of Dismissal with Prejudice (Gardella, Lawrence) — filed 1/2/2020",
    "a I x-y ÉCOLE d'été 41(a)(1)",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_ngrams_are_those_scikit_learn_counts(text):
    dismissal_heads = next(heads for heads in HEADS if heads.blocks == ("word", "char"))
    words, characters = (vectorizer.build_analyzer() for _, vectorizer in features(dismissal_heads).transformer_list)
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
    assert not holdout & {case["text"] for case in labelled_cases()}


def test_each_policy_type_has_one_head_in_the_shipped_weights():
    models = [read_weights(heads.file) for heads in HEADS]
    assert sorted(name for model in models for name in model.types) == sorted(POLICY)
    event, dismissal = models
    assert event.header["trained_on"]["texts"] >= 15000 and dismissal.header["trained_on"]["dismissal"] >= 200
    # only the texts that name a dismissal, a small part of what the event model reads
    assert dismissal.header["trained_on"]["texts"] < event.header["trained_on"]["texts"] / 5


def test_shipped_weights_read_and_score():
    probabilities = event_probabilities("Government Dismissal of Indictment")
    assert set(probabilities) == set(POLICY) and probabilities["dismissal"] > 0.5
    assert event_probabilities("Notice of Appearance by Jane Roe on behalf of Acme")["dismissal"] < 0.5
    assert event_probabilities("Status Conference held on 3/1/2021")["hearing"] > 0.5
    assert event_probabilities("")["order"] < 0.5  # no n-gram known: the intercepts alone


def test_a_malformed_weights_file_names_its_line(tmp_path):
    broken = tmp_path / "model.tsv.gz"
    with gzip.open(broken, "wt", encoding="utf-8") as file:
        file.write(json.dumps({"types": ["order"], "intercepts": [0.1], "blocks": ["word", "char"], "trained_on": {}}) + "\n")
        file.write("word\torder\t1.5\t0.2\n")
        file.write("char\t or\t1.5\n")
    with pytest.raises(ValueError, match=r"model.tsv.gz:3: want block<TAB>n-gram<TAB>2 numbers"):
        read_weights(broken)


def scores(**probabilities: float) -> Callable[[str, Collection[str]], dict[str, float]]:
    """Event scores that answer `probabilities` (0.3 for a type not named) whatever the text."""
    return lambda text, types: {name: probabilities.get(name, 0.3) for name in types}


def test_a_dismissal_the_rules_miss_is_found_and_explained():
    text = "Government Dismissal of Indictment"
    assert classify(text, None) == ("other",)
    assert classify(text) == ("dismissal",)
    [[decision]] = explain(text)
    assert (decision.type, decision.by, decision.name) == ("dismissal", "model", "event model")
    assert re.search(r"dismissal +event model: probability 0\.\d\d, above 0\.5", describe(text))


def test_a_type_is_added_above_its_threshold_and_only_types_of_the_policy():
    text = "The matter was heard and the court's order and judgment entered."
    assert classify(text, scores(order=0.49, judgment=0.51, hearing=0.5)) == ("judgment",)
    assert classify(text, scores(order=0.51, judgment=0.49, hearing=0.51)) == ("order", "hearing")
    assert set(POLICY) == {"dismissal", "order", "judgment", "hearing"}  # not motion, charge, plea, appearance


def test_order_judgment_and_hearing_are_added_only_where_the_rules_found_nothing():
    text = "NOTICE OF DISCONTINUANCE"  # the table: a dismissal (CPLR 3217), no hearing
    assert classify(text, scores(hearing=0.99, order=0.99, judgment=0.99)) == ("dismissal",)
    # ... but a dismissal anywhere the rules found none
    assert classify("Order of the court re dismissal", scores(dismissal=0.51)) == ("dismissal", "order")


def test_the_model_never_takes_a_type_away():
    text = "Order AND Minute Entry for proceedings held: Status Conference held on 3/1/2021"
    assert classify(text, scores(**{name: 0.0 for name in POLICY})) == classify(text, None) == ("order", "hearing")


def test_a_type_is_added_only_to_a_text_that_names_it():
    assert classify("Answer deadline continued to 3/3/2021", scores(hearing=0.99)) == ("other",)
    assert classify("Judge declines to toss lawsuit over Rust shooting", scores(order=0.99)) == ("other",)
    assert classify("Stipulated matter heard 3/3", scores(hearing=0.99)) == ("hearing",)


def test_the_vetoes_take_the_models_finding_away_as_a_rules():
    """A filed motion only asks for a dismissal, whatever the model thinks of it."""
    text = "MOTION for Summary Judgment and to strike the notice of dismissal"
    decisions = explain(text, scores(dismissal=0.99))
    assert [(d.type, d.by) for d in decisions[0] if d.type == "dismissal"] == [("dismissal", "model"), ("dismissal", "veto")]
    assert classify(text, scores(dismissal=0.99)) == ("motion",)


def test_a_dismissal_is_added_only_where_the_text_still_names_one():
    assert classify("ORDER granting 40 Motion for Summary Judgment", scores(dismissal=0.99)) == ("order",)
    assert model_text("ORDER TO SHOW CAUSE why this case should not be dismissed.") == "ORDER TO ."
    assert classify("ORDER TO SHOW CAUSE why this case should not be dismissed.", scores(dismissal=0.99)) == ("order",)
    assert classify("Order re dismissal", scores(dismissal=0.99)) == ("dismissal", "order")
    assert classify("Order re dismissal", scores(dismissal=0.5)) == ("order",)  # not above 0.5


def test_a_record_about_other_documents_gets_no_type_from_the_model():
    text = "BNC Certificate of Mailing - Order Dismissing Case"
    assert classify(text, scores(dismissal=0.99, order=0.99)) == ("other",)
    # ... but an event beside it that is no such record may
    assert classify("Certificate of Service AND Order re dismissal", scores(dismissal=0.95)) == ("dismissal", "order")
    [[certificate], [order]] = explain("Certificate of Service AND Order re dismissal", None)
    assert (certificate.type, certificate.by, order.type) == ("other", "table", "order")


def test_the_model_is_asked_once_per_text_what_it_reads_of_the_types_it_may_add():
    asked: list[tuple[str, list[str]]] = []

    def recorder(text: str, types: Collection[str]) -> dict[str, float]:
        asked.append((text, list(types)))
        return {name: 0.3 for name in types}

    classify("MOTION to Dismiss Case by Trustee (related document(s) 12 Order Dismissing Case) AND Order", recorder)
    assert asked == []  # found motion and order; the text the model reads names no dismissal: nothing to ask
    classify("Status report AND notice re dismissal", recorder)
    # rules found nothing; no order or judgment is named, a hearing may be ("status"), a dismissal is
    assert asked == [("Status report AND notice re dismissal", ["dismissal", "hearing"])]
    assert event_probabilities(asked[0][0], ["dismissal"]).keys() == {"dismissal"}
    assert set(event_probabilities("Status report")) == set(POLICY)


def test_the_model_reads_the_text_without_what_names_a_dismissal_without_making_one():
    assert model_text("MOTION to Dismiss Case by Trustee (related document(s) 12 Order Dismissing Case)") == (
        "by Trustee (related document)"
    )
    assert model_text("The Court declines to dismiss the complaint.") == "The Court ."


def test_describe_says_what_the_model_was_asked_and_did_not_add():
    text = "The matter was heard and the court's order and judgment entered."
    lines = describe(text, scores(order=0.49, judgment=0.51, hearing=0.2)).splitlines()
    assert lines[1] == "  -> judgment"
    assert "  judgment       event model: probability 0.51, above 0.5" in lines
    assert lines[-1].split() == ["event", "model,", "not", "added:", "order", "0.49", "(needs", "above", "0.5),",
                                 "hearing", "0.20", "(needs", "above", "0.5)"]
    assert "not added" not in describe(text, scores(order=0.9, judgment=0.9, hearing=0.9))
    assert lines[-1] == describe(text, scores(order=0.49, judgment=0.51, hearing=0.2, dismissal=0.05)).splitlines()[-1]
    assert "not added" not in describe(text, None)
