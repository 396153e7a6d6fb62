"""State courts' docket numbers compared (bot/core/dockets.py): the same case however written, never another
case of the court, never a federal case; the real numbers of the pages the bot reads, each its own case only."""

from __future__ import annotations

import json
from itertools import combinations, product
from pathlib import Path

import pytest

from bot.core.docket_numbers import find_docket_number
from bot.core.dockets import same_docket, state_spelling
from bot.core.entry import Entry
from bot.pipeline.diff import case_mark

FIXTURES = Path(__file__).parent / "fixtures"

# (as the court writes it, the same case written another way, another case): the module docstring's table.
STATE_FORMS = [
    ("01-18-00277-CR", "01-18-277-cr", "01-18-00278-CR"),  # Texas 1st Court of Appeals
    ("01-18-00277-CR", "01-18-00277-CR", "14-18-00277-CR"),  # the 14th court's case of that number
    ("01-25-00011-CV", "01-25-00011-cv", "01-25-00011-CR"),  # a criminal case is another case
    ("08-16-00334-CV", "8-16-334-cv", "08-16-00334-CR"),  # the court without its zero (federal grammar: office 8)
    ("08-16-00334-CV", "8-16-00334-CV", "18-16-00334-CV"),
    ("08-16-00334-CV", "08-16-00334", "8-16-00335"),  # without its type
    ("04-97-00972", "04-97-972", "04-97-00973"),  # an older number, without its case type
    ("C-2302", "C2302", "C-2303"),  # Texas Supreme Court
    ("26-0051", "26-51", "26-0052"),
    ("AP-77,129", "AP-77129", "AP-77,130"),  # Texas Court of Criminal Appeals
    ("WR-82,851-01", "wr-82851-1", "WR-82,851-02"),
    ("PD-0852-25", "PD-852-25", "PD-0852-24"),
    ("D-101-CR-2023-00040", "d-101-cr-2023-40", "D-101-CR-2023-00041"),  # New Mexico (Odyssey)
    ("D-101-CR-2023-00040", "D 101 CR 2023 00040", "D-202-CR-2023-00040"),
    ("CR-17-5152-C", "cr-17-5152-c", "CR-17-5152-D"),  # Hays County, Texas (Odyssey)
    ("17D22499", "17 D 22499", "17D22498"),  # DeKalb County, Georgia
    ("18CV001704", "18cv1704", "18CV001705"),  # Napa County, California
    ("MGCV17-11099", "MGCV17-011099", "MGCV17-11098"),  # Chatham County, Georgia
    ("17-2-01460-31", "17-2-1460-31", "17-2-01460-32"),  # Snohomish County, Washington (another county)
    ("2023 P 001234", "2023P001234", "2023 P 001235"),  # Cook County, Illinois
    ("2023-CV-004127", "2023CV004127", "2023-CV-004128"),  # Larimer County, Colorado (html_docket)
    ("CP-51-CR-2587279-1518", "CP-51-CR-2587279-1518", "MC-51-CR-2587279-1518"),  # Philadelphia
    ("12-11-97 Cncr", "12-11-97 CNCR", "121-1-97 Cncr"),  # Vermont: case 12 of November is not 121 of January
]


@pytest.mark.parametrize(("written", "same", "other"), STATE_FORMS)
def test_a_state_number_matches_its_case_written_another_way_and_no_other_case(written, same, other):
    assert same_docket(written, same) and same_docket(same, written)
    assert not same_docket(written, other) and not same_docket(other, written)


# A state number read with the federal grammar was a case of another year (`01-18` of `01-18-00277-CR`) that
# matched federal cases and every case of its court and year.
@pytest.mark.parametrize(
    ("state", "federal"),
    [
        ("01-18-00277-CR", "01-18"),
        ("01-18-00277-CR", "1:01-cv-00018"),
        ("17-2-01460-31", "17-2"),
        ("15-2-97 Cncr", "15-2"),
        ("2023-CV-004127", "1:23-cv-04127"),
        ("2023-CV-004127", "23-cv-4127"),
    ],
)
def test_a_state_number_is_never_a_federal_case(state, federal):
    assert find_docket_number(state) is None
    assert not same_docket(state, federal) and not same_docket(federal, state)


def _real_numbers(kind: str) -> set[str]:
    numbers = set()
    for expected in (FIXTURES / kind).glob("*.expected.json"):
        numbers |= {entry["case_number"] for entry in json.loads(expected.read_text()) if entry["case_number"]}
    return numbers


STATE_NUMBERS = sorted(_real_numbers("texas_courts") | _real_numbers("odyssey") | {"2023-CV-004127"})
FEDERAL_NUMBERS = sorted(_real_numbers("pacer_rss") | _real_numbers("html_docket") - {"2023-CV-004127"})


def test_the_real_numbers_of_the_pages_read_are_each_their_own_case_only():
    assert len(STATE_NUMBERS) >= 12 and len(FEDERAL_NUMBERS) > 100
    for number in STATE_NUMBERS:
        assert same_docket(number, number) and same_docket(number.lower(), number)
    assert [pair for pair in combinations(STATE_NUMBERS, 2) if same_docket(*pair)] == []
    assert [pair for pair in product(STATE_NUMBERS, FEDERAL_NUMBERS) if same_docket(*pair)] == []


def test_state_spelling_keeps_letters_and_numbers_in_order():
    assert state_spelling(" ap-77,129 ") == "AP-77129"
    assert state_spelling("2023 P 001234") == "2023-P-1234"
    assert state_spelling("000-3-11 Cncr") == "0-3-11-CNCR"
    assert state_spelling("--") == ""


def test_two_cases_of_one_texas_court_and_year_are_two_cases_to_the_diff():
    def entry(case_number: str) -> Entry:
        return Entry("coa01", "k", case_number, "", "texas_coa01", "Mandate issued")

    assert case_mark(entry("01-18-00277-CR")) != case_mark(entry("01-18-00999-CR"))
    assert case_mark(entry("01-18-00277-CR")) == "texas_coa01|01-18-00277-cr"
    assert case_mark(entry("1:18-cv-03365-PKC")) == case_mark(entry("1:18-cv-3365"))  # federal marks as before


def test_case_keys_are_compared_as_written_not_as_numbers():
    assert same_docket("rust-baldwin", " Rust-Baldwin ")
    assert not same_docket("rust-baldwin", "rust_baldwin")
