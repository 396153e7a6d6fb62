"""`check`, `why` and `entries` with state courts, as a user runs them: two Texas appellate case pages of one court
and year (the real page of 01-18-00277-CR and the same page as case 01-18-00278-CR) and a Georgia Odyssey case
page served locally, polled twice (a baseline, then the mandate), posts to the console, on both databases. A case
is found by its docket number however written, by a case key of the config, or by a party name."""

from __future__ import annotations

import pytest

from bot.cli import main
from tests.support.feeds import FIXTURES, ChangingFeed
from tests.test_texas_courts import page_with
from tests.test_why import blocks

FULL_PAGE = (FIXTURES / "texas_courts" / "coa_01-18-00277-CR.html").read_bytes()
CONFIG = """\
timezone: America/Chicago
sources:
  - id: coa01
    kind: texas_courts
    url: {coa01}
  - id: coa01-next
    kind: texas_courts
    url: {coa01_next}
  - id: dekalb
    kind: odyssey
    url: {dekalb}
    case: arbor-eviction
subscriptions:
  - channel: "#texas"
    cases: ["01-18-00277-CR"]
    events: [order, judgment]
"""


def as_case(page: bytes, number: str) -> bytes:
    return page.replace(b"01-18-00277-CR", number.encode())


@pytest.fixture
def polled(httpserver, use_config, database_url, capsys):
    """Each source's baseline, then the Texas pages with their newest event (the mandate): posted to #texas for
    01-18-00277-CR only."""
    before = page_with("coa_01-18-00277-CR", lambda tbody: tbody.tr.extract())
    pages = {
        "coa01": ChangingFeed(httpserver, before, path="/coa01/01-18-00277-CR"),
        "coa01_next": ChangingFeed(httpserver, as_case(before, "01-18-00278-CR"), path="/coa01/01-18-00278-CR"),
        "dekalb": ChangingFeed(httpserver, (FIXTURES / "odyssey" / "ga_dekalb_17D22499.html").read_bytes(),
                               path="/dekalb/17D22499"),
    }
    use_config(CONFIG.format(**{name: page.url for name, page in pages.items()}), database_url)
    assert main(["check"]) == 0
    pages["coa01"].body, pages["coa01_next"].body = FULL_PAGE, as_case(FULL_PAGE, "01-18-00278-CR")
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert out.count("Mandate issued: ") == 1 and "(01-18-00278-CR, " not in out.split("coa01-next")[0]


def test_why_takes_a_texas_number_and_says_why_the_next_case_was_not_posted(polled, capsys):
    assert main(["why", "coa01-next", "01-18-278-cr"]) == 0
    heading, [title, text, _facts, texas], *_ = blocks(capsys.readouterr().out)
    assert heading == ["coa01-next: the newest 5 entries found by docket number '01-18-278-cr' (more match)"]
    assert title.startswith("Jeremy Lynn Sturch v. The State of Texas (01-18-00278-CR, ") and text == "  Mandate issued"
    assert texas.startswith("  #texas  not posted: it follows only 01-18-00277-CR; this entry is of 01-18-00278-CR")


def test_entries_of_a_state_case_however_written(polled, capsys):
    assert main(["entries", "--case", "01-18-277-cr", "--limit", "2"]) == 0
    header, *rows, _total = capsys.readouterr().out.splitlines()
    assert header.split()[:3] == ["FILED", "SOURCE", "CASE"]
    assert [row.split()[:3] for row in rows] == [["2019-01-11", "coa01", "01-18-00277-CR"],
                                                 ["2018-11-14", "coa01", "01-18-00277-CR"]]
    assert rows[0].endswith("#texas sent")
    assert main(["entries", "--case", "17d22499", "--limit", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[1].split()[1:3] == ["dekalb", "17D22499"]


def test_why_and_entries_find_a_case_by_a_party_name_and_say_which(polled, capsys):
    assert main(["why", "coa01", "sturch"]) == 0
    heading, *_ = blocks(capsys.readouterr().out)
    assert heading == ["coa01: the newest 5 entries found by party name 'sturch': case Jeremy Lynn Sturch v. The State "
                       "of Texas (01-18-00277-CR) (more match)"]
    assert main(["entries", "--case", "Sturch Texas", "--limit", "4"]) == 0
    said, _header, *rows, _total = capsys.readouterr().out.splitlines()
    assert said == ("--case 'Sturch Texas': by party name, cases Jeremy Lynn Sturch v. The State of Texas "
                    "(01-18-00277-CR); Jeremy Lynn Sturch v. The State of Texas (01-18-00278-CR)")
    assert {row.split()[2] for row in rows} == {"01-18-00277-CR", "01-18-00278-CR"}


def test_entries_finds_a_case_by_the_case_key_of_its_source(polled, capsys):
    assert main(["entries", "--case", "Arbor-Eviction", "--limit", "2"]) == 0
    said, _header, *rows, _total = capsys.readouterr().out.splitlines()
    assert said == "--case 'Arbor-Eviction': by case key, source dekalb"
    assert len(rows) == 2 and all(row.split()[1:3] == ["dekalb", "17D22499"] for row in rows)


@pytest.mark.parametrize("argv, said", [
    (["entries", "--case", "01-18-00299-CR"], "no entry seen matches (no entry of case 01-18-00299-CR was seen"),
    (["why", "coa01", "01-18-00278-CR"], "coa01: no entry seen has the key, docket number, case key, party name or "
                                         "words '01-18-00278-CR'"),  # that case is another source's
])
def test_a_state_case_not_seen_is_said_to_be_so(polled, capsys, argv, said):
    assert main(argv) == 1
    assert capsys.readouterr().err.startswith(said)


@pytest.fixture
def grassroots(httpserver, use_config, sqlite_url, capsys):
    """The Texas 8th Court of Appeals' page of 08-16-00334-CV, whose case style runs to ~450 characters, seen."""
    page = ChangingFeed(httpserver, (FIXTURES / "texas_courts" / "coa_08-16-00334-CV.html").read_bytes(),
                        path="/coa08/08-16-00334-CV")
    use_config(f'sources:\n  - id: coa08\n    kind: texas_courts\n    url: {page.url}\n', sqlite_url)
    assert main(["check"]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("typed", ["8-16-334-cv", "8-16-00334-CV", "08-16-00334"])
def test_why_finds_a_texas_appeal_without_its_courts_zero_or_its_type_and_cuts_its_long_name(grassroots, capsys,
                                                                                              typed):
    assert main(["why", "coa08", typed]) == 0
    heading, [title, *_], *_ = blocks(capsys.readouterr().out)
    assert heading == [f"coa08: the newest 5 entries found by docket number '{typed}' (more match)"]
    name, where = title.split(" (08-16-00334-CV, ")
    assert name.startswith("Texas Department of Family and Protective Services; ") and name.endswith("…")
    assert len(name) <= 100 and where.startswith("Tex. App.—El Paso), filed ")


def test_entries_by_a_party_name_of_a_long_case_style_says_it_short(grassroots, capsys):
    assert main(["entries", "--case", "Grassroots", "--limit", "1"]) == 0
    said = capsys.readouterr().out.splitlines()[0]
    assert said.startswith("--case 'Grassroots': by party name, case Texas Department of Family and Protective ")
    assert said.endswith("… (08-16-00334-CV)") and len(said) <= 160, said
