"""Golden files: every input under tests/fixtures/<kind>/ parses to exactly its <name>.expected.json.

Each input is parsed by its kind with the settings {"id": "golden", "kind": <kind>, "url": URL}. An input whose kind
needs more (a preset, selectors, a date format) takes them from <name>.source.json beside it: a JSON object of extra
settings, e.g. {"preset": "pacer_docket"}.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.config import SourceConfig
from scrapers import SCRAPERS

FIXTURES = Path(__file__).parent / "fixtures"
URL = "https://example.invalid/"


def golden_inputs() -> list:
    """(kind, input file) for each non-JSON file directly in a kind's folder; reference/ is not included."""
    return [
        pytest.param(kind, path, id=f"{kind}/{path.name}")
        for kind in sorted(SCRAPERS)
        for path in sorted((FIXTURES / kind).glob("*"))
        if path.is_file() and path.suffix != ".json"
    ]


def expected_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.expected.json")


def source_config(kind: str, path: Path) -> SourceConfig:
    """The golden source for an input, with the fields of its <name>.source.json when there is one."""
    settings = path.with_name(f"{path.stem}.source.json")
    extra = json.loads(settings.read_text(encoding="utf-8")) if settings.exists() else {}
    return SCRAPERS[kind].settings.model_validate({**extra, "id": "golden", "kind": kind, "url": URL})


@pytest.mark.parametrize(("kind", "path"), golden_inputs())
def test_parse_matches_golden_file(kind: str, path: Path, update_golden: bool) -> None:
    scraper = SCRAPERS[kind](source_config(kind, path))
    actual = [entry.to_json() for entry in scraper.parse(path.read_bytes(), URL)]
    expected = expected_path(path)
    if update_golden:
        expected.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    if not expected.exists():
        pytest.fail(f"{expected} is missing: write it with `pytest tests/test_golden.py --update-golden`, then read it")
    assert actual == json.loads(expected.read_text(encoding="utf-8"))
