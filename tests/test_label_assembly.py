"""tests/fixtures/labels/assemble.py: a held-out set's labels are joined per origin and corrected like the corpus's."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("assemble", Path(__file__).parent / "fixtures" / "labels" / "assemble.py")
assert _SPEC and _SPEC.loader
assemble = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(assemble)

RSS = "juriscraper/tests/examples/pacer/rss_feeds/ca10.xml"
CORPUS = "corpus/pacer_dockets/bankruptcy/ilnb_12.json"
NOTICE = "Notice of Motion and Motion to Extend Time Filed by X. Hearing scheduled for 8/10/2009 at 10:00 AM."


def lines(path: Path, items: list[dict]) -> None:
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")


@pytest.fixture
def holdout3(tmp_path, monkeypatch):
    """A labelled holdout3 folder of two texts, and an empty corrections.json to fill."""
    folder = tmp_path / "holdout3"
    folder.mkdir()
    lines(folder / "texts_a.jsonl", [
        {"id": "a1", "text": NOTICE, "from": CORPUS},
        {"id": "a2", "text": "Case termination for opinion", "from": RSS},
    ])
    lines(folder / "labels_a.jsonl", [{"id": "a1", "events": ["motion", "hearing"]}, {"id": "a2", "events": ["order"]}])
    corrections = tmp_path / "corrections.json"
    monkeypatch.setattr(assemble, "CORRECTIONS", corrections)
    return tmp_path, corrections


def fix(source: str, text: str, was: list[str], events: list[str]) -> dict:
    return {"from": source, "text": text, "was": was, "events": events, "why": "the guide says so"}


def test_a_held_out_set_is_written_per_origin_with_the_corrections_of_its_dockets(holdout3, capsys):
    source, corrections = holdout3
    other_set = fix("corpus/pacer_dockets/bankruptcy/njb_2.json", "Motion to Convert", ["motion"], ["other"])
    corrections.write_text(json.dumps([fix(CORPUS, NOTICE, ["motion", "hearing"], ["motion"]), other_set]))
    files = assemble.assemble_holdout(source, "holdout3", partial=False)
    assert files["seen_corpus.jsonl"] == [{"text": NOTICE, "events": ["motion"], "from": CORPUS}]
    assert files["seen_rss.jsonl"] == [{"text": "Case termination for opinion", "events": ["order"], "from": RSS}]
    assert files["seen_scales.jsonl"] == []
    assert "1 labels corrected (corrections.json; 1 of other sets' dockets left)" in capsys.readouterr().err


def test_a_correction_of_the_sets_docket_that_matches_no_text_is_an_error(holdout3):
    source, corrections = holdout3
    corrections.write_text(json.dumps([fix(CORPUS, "Some other text", ["other"], ["order"])]))
    with pytest.raises(ValueError, match="1 corrections match no labelled text"):
        assemble.assemble_holdout(source, "holdout3", partial=False)


def test_a_correction_whose_old_label_differs_is_an_error(holdout3):
    source, corrections = holdout3
    corrections.write_text(json.dumps([fix(CORPUS, NOTICE, ["motion"], ["other"])]))
    with pytest.raises(ValueError, match=r"the label is \['motion', 'hearing'\], not \['motion'\]"):
        assemble.assemble_holdout(source, "holdout3", partial=False)
