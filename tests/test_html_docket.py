"""html_docket: PACER docket reports cross-checked against juriscraper's parse, pages read with CSS selectors,
broken pages, and the settings check."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import ConfigError, SourceConfig, load_config
from bot.entry import Entry
from scrapers.base import ParseError
from scrapers.html_docket import HtmlDocket
from scrapers.pacer_rss import pacer_doc_id

FIXTURES = Path(__file__).parent / "fixtures" / "html_docket"
DOCKETS = sorted(path.stem for path in FIXTURES.glob("pacer_*.html"))
# Tests serve pages from localhost; a PACER page's court must come from the page, not from this URL.
LOCAL_URL = "http://127.0.0.1:8080/cgi-bin/DktRpt.pl?408124"
COUNTY_URL = "https://courts.larimer.example/cases/2023CV004127/"
COUNTY_SELECTORS = json.loads((FIXTURES / "county_register.source.json").read_text(encoding="utf-8"))["selectors"]

# juriscraper drops the space CM/ECF leaves before a comma ("Complaint , 7 MOTION"); we keep the text as shown.
_SPACE_BEFORE_COMMA = re.compile(r"\s+,")
# juriscraper joins the words on either side of a <br> ("Benz.<br>1)" -> "Benz.1)"); we keep them apart. For these
# entries only, the texts are compared with all whitespace removed.
JOINED_AT_BR = {("pacer_ned", "9"), ("pacer_ned", "29"), ("pacer_nysd_4", None), ("pacer_txed", "1")}


def pacer() -> HtmlDocket:
    return HtmlDocket(SourceConfig(id="pacer", kind="html_docket", url=LOCAL_URL, preset="pacer_docket"))


def parse_docket(name: str) -> list[Entry]:
    return pacer().parse((FIXTURES / f"{name}.html").read_bytes(), LOCAL_URL)


def reference(name: str) -> dict:
    return json.loads((FIXTURES / "reference" / f"{name}.json").read_text(encoding="utf-8"))


def generic(selectors: dict[str, str] | None = None, date_format: str | None = "%m/%d/%Y") -> HtmlDocket:
    settings = {"selectors": COUNTY_SELECTORS if selectors is None else selectors, "date_format": date_format}
    return HtmlDocket(SourceConfig(id="larimer", kind="html_docket", url=COUNTY_URL, **settings))


def parse_county(raw: bytes | None = None, **settings) -> list[Entry]:
    raw = (FIXTURES / "county_register.html").read_bytes() if raw is None else raw
    return generic(**settings).parse(raw, COUNTY_URL)


def county_page(rows: str, header: str = "") -> bytes:
    """A register-of-actions page in the county fixture's layout around the given <tr> rows."""
    return (
        f"<html><body><section class='case-summary'>{header}</section>"
        f"<table id='docket'><tbody>{rows}</tbody></table></body></html>"
    ).encode()


def county_row(date: str, number: str, text: str) -> str:
    """A row without a document link."""
    return (
        f"<tr><td class='filed'>{date}</td><td class='seq'>{number}</td>"
        f"<td class='desc'>{text}</td><td class='doc'></td></tr>"
    )


def one_line(text: str) -> str:
    return " ".join(text.split())


# --- PACER docket reports against juriscraper ---------------------------------------------------------------------


def test_every_shared_docket_is_a_fixture() -> None:
    assert len(DOCKETS) == 23  # and pacer_canb_1, which is not a docket: see test_recap_page_without_a_docket
    assert {path.stem for path in (FIXTURES / "reference").glob("*.json")} == {*DOCKETS, "pacer_canb_1"}


@pytest.mark.parametrize("name", DOCKETS)
def test_entries_match_juriscraper_reference(name: str) -> None:
    rows = reference(name)["docket_entries"]
    entries = parse_docket(name)
    assert len(entries) == len(rows)
    for position, (entry, row) in enumerate(zip(entries, rows, strict=True)):
        ours, theirs = one_line(_SPACE_BEFORE_COMMA.sub(",", entry.text)), one_line(row["description"])
        if (name, row["document_number"]) in JOINED_AT_BR:
            ours, theirs = "".join(ours.split()), "".join(theirs.split())
        assert (entry.number, entry.filed_at.date().isoformat(), ours) == (
            row["document_number"],
            row["date_filed"],
            theirs,
        ), f"entry {position}"
        assert pacer_doc_id(entry) == row["pacer_doc_id"], f"entry {position}: document link"


@pytest.mark.parametrize("name", DOCKETS)
def test_case_header_matches_juriscraper_reference(name: str) -> None:
    docket = reference(name)
    headers = {(entry.case_number, entry.case_name, entry.court) for entry in parse_docket(name)}
    expected = (docket["docket_number"], docket["case_name"], docket["court_id"])
    # dcd_1 and gasd list no entries, so no entry carries their header.
    assert headers == ({expected} if docket["docket_entries"] else set())


@pytest.mark.parametrize("name", ["pacer_dcd_1", "pacer_gasd"])
def test_docket_report_without_entries_returns_no_entries(name: str) -> None:
    assert reference(name)["docket_entries"] == []
    assert parse_docket(name) == []


def test_recap_page_without_a_docket() -> None:
    # A RECAP-extension page holding nothing but its button: juriscraper returns {}, we refuse it.
    assert reference("pacer_canb_1") == {}
    with pytest.raises(ParseError):
        pacer().parse((FIXTURES / "not_dockets" / "pacer_canb_1.html").read_bytes(), LOCAL_URL)


@pytest.mark.parametrize("name", DOCKETS)
def test_keys_are_unique_and_stable(name: str) -> None:
    first, second = parse_docket(name), parse_docket(name)
    assert [key for key, count in Counter(entry.key for entry in first).items() if count > 1] == []
    assert [entry.key for entry in first] == [entry.key for entry in second]


def test_pacer_entry_fields() -> None:
    entry = parse_docket("pacer_akd")[0]
    assert entry == Entry(
        source_id="pacer",
        key="no:4",
        case_number="3:08-cv-00284",
        case_name="West American Insurance Company v. Gifford",
        court="akd",
        text=(
            "AFFIDAVIT of Service for Complaint for declaratory judgment; and summons served on Matthew Brent "
            "Gifford on 12/30/08, filed by West American Insurance Company. (Attachments: # 1 Return receipt "
            "card)(Jamieson, Brewster) (Entered: 01/09/2009)"
        ),
        url="https://ecf.akd.uscourts.gov/doc1/0230436525",
        docket_url=LOCAL_URL,
        filed_at=datetime(2009, 1, 9, tzinfo=ZoneInfo("America/Anchorage")),  # the start of the court's day
        number="4",
    )


def test_minute_entry_is_known_by_date_and_text_and_points_at_the_docket() -> None:
    minute = next(entry for entry in parse_docket("pacer_nysd_4") if entry.number is None)
    assert minute.key.startswith("h:")
    assert minute.url == minute.docket_url == LOCAL_URL
    assert minute.text.startswith("***NOTICE TO ATTORNEY REGARDING DEFICIENT CIVIL COVER SHEET.")


def test_entry_without_document_link_keeps_its_number() -> None:
    # utd: "DOCKET TEXT ORDER" entries have a number but no document; the link in the text is another entry's.
    entry = next(entry for entry in parse_docket("pacer_utd") if entry.number == "5")
    assert (entry.key, entry.url) == ("no:5", LOCAL_URL)


def test_bankruptcy_layout_number_and_debtor() -> None:
    entries = parse_docket("pacer_alnb_1")
    assert {(entry.case_number, entry.case_name, entry.court) for entry in entries} == {
        ("17-80033", "Michael Appling", "alnb")
    }
    unlinked = entries[7]  # its checkbox cell is empty and its number is not a link
    assert (unlinked.number, unlinked.url) == ("9", LOCAL_URL)
    assert unlinked.text.startswith("Order Approving Application for Payment of Filing Fees In Installments")


@pytest.mark.parametrize(
    ("name", "case_name"),
    [
        ("pacer_mad_193254", "O'Donnell v. Trustees of Deerfield Academy"),  # "O'Donnell v Trustees ..."
        ("pacer_vaed", "Lokhova v. Halper"),  # "Lokhova vs. Halper, et al."
        ("pacer_nyed", "Weber v. Northeast Adjusters, Inc"),  # "Weber v. Northeast Adjusters, Inc,"
        ("pacer_wawd", "United States v. Stephens"),  # "Case title: USA v. Stephens"
    ],
)
def test_case_name_spellings(name: str, case_name: str) -> None:
    assert {entry.case_name for entry in parse_docket(name)} == {case_name}


def test_court_from_the_page_links_else_from_the_url_host() -> None:
    assert {entry.court for entry in parse_docket("pacer_nysd_4")} == {"nysd"}
    raw = (FIXTURES / "pacer_akd.html").read_bytes().replace(b"https://ecf.akd.uscourts.gov", b"")
    entries = pacer().parse(raw, "https://ecf.akd.uscourts.gov/cgi-bin/DktRpt.pl?11428")
    assert {entry.court for entry in entries} == {"akd"}
    assert entries[0].url == "https://ecf.akd.uscourts.gov/doc1/0230436525"


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"\x00\x01 not html <<<",
        b'{"docket_entries": []}',
        b"<html><head><title>PACER Login</title></head><body><form><input name='login'></form></body></html>",
        (FIXTURES / "county_register.html").read_bytes(),
    ],
    ids=["empty", "garbage", "json", "login-page", "county-page"],
)
def test_page_that_is_not_a_docket_report_raises_parse_error(body: bytes) -> None:
    with pytest.raises(ParseError):
        pacer().parse(body, LOCAL_URL)


# --- pages read with selectors -----------------------------------------------------------------------------------


def test_selector_entry_fields() -> None:
    entries = parse_county()
    assert entries[0] == Entry(
        source_id="larimer",
        key="no:1",
        case_number="2023-CV-004127",
        case_name="Rocky Ridge Holdings, LLC v. Meadowlark Irrigation District, et al.",
        court="courts.larimer.example",
        text="Complaint for breach of contract and declaratory relief. Filed by Rocky Ridge Holdings, LLC.",
        url="https://courts.larimer.example/cases/2023CV004127/documents/view?doc=88213",
        docket_url=COUNTY_URL,
        filed_at=datetime(2023, 11, 2, tzinfo=UTC),
        number="1",
    )
    assert [entry.number for entry in entries] == ["1", "2", None, "3", "4", None]


def test_links_resolve_against_the_page_url() -> None:
    urls = [entry.url for entry in parse_county()]
    assert urls[1] == "https://courts.larimer.example/cases/2023CV004127/documents/view?doc=88214"  # root-relative
    assert urls[4] == COUNTY_URL  # a suppressed document: no link


def test_row_without_number_is_known_by_date_and_text() -> None:
    entry = parse_county()[2]
    text = "Case assigned to Division 3B, Hon. Teresa M. Alvarado."
    assert (entry.number, entry.url, entry.text) == (None, COUNTY_URL, text)
    assert entry.key.startswith("h:")
    moved = county_page(county_row("11/06/2023", "", text.replace(" ", "\n  ")))
    assert parse_county(moved)[0].key == entry.key  # same date and text: same entry, wherever it stands


def test_identical_rows_get_an_occurrence_counter() -> None:
    row = county_row("01/16/2024", "", "Status conference held.")
    keys = [entry.key for entry in parse_county(county_page(row + county_row("01/17/2024", "", "Other.") + row))]
    assert keys[2] == f"{keys[0]}:2"
    assert len(set(keys)) == 3


def test_br_separates_words() -> None:
    assert parse_county()[3].text == "Answer and Counterclaim Filed by Meadowlark Irrigation District."


def test_date_format_is_used() -> None:
    raw = county_page(county_row("14.03.2024", "1", "Order"))
    assert parse_county(raw, date_format="%d.%m.%Y")[0].filed_at == datetime(2024, 3, 14, tzinfo=UTC)
    assert parse_county(raw, date_format=None)[0].filed_at is None


@pytest.mark.parametrize("date", ["03/14/2024", "3/14/24", "2024-03-14", "March 14, 2024", "Mar 14, 2024"])
def test_common_us_dates_without_date_format(date: str) -> None:
    raw = county_page(county_row(date, "1", "Order"))
    assert parse_county(raw, date_format=None)[0].filed_at == datetime(2024, 3, 14, tzinfo=UTC)


def test_only_row_and_text_are_required() -> None:
    entries = parse_county(selectors={"row": "table#docket tbody tr", "text": "td.desc"}, date_format=None)
    assert len(entries) == 6
    assert {(entry.number, entry.filed_at, entry.url, entry.case_number, entry.court) for entry in entries} == {
        (None, None, COUNTY_URL, "", "courts.larimer.example")
    }
    assert len({entry.key for entry in entries}) == 6


def test_rows_without_text_are_skipped() -> None:
    selectors = {**COUNTY_SELECTORS, "row": "table#docket tr"}
    raw = county_page("<tr><th>Filed</th><th>#</th><th>Description</th></tr>" + county_row("03/14/2024", "1", "Order"))
    assert [entry.text for entry in generic(selectors).parse(raw, COUNTY_URL)] == ["Order"]


def test_case_page_without_rows_returns_no_entries() -> None:
    raw = county_page("", header="<h1>Case Number: <span class='case-no'>2024-CV-000001</span></h1>")
    assert parse_county(raw) == []


@pytest.mark.parametrize(
    "body",
    [b"", b"%PDF-1.4 \x00\x01", county_page(""), b"<html><body><h1>Service unavailable</h1></body></html>"],
    ids=["empty", "not-html", "no-rows-no-header", "error-page"],
)
def test_page_without_rows_or_case_header_raises_parse_error(body: bytes) -> None:
    with pytest.raises(ParseError):
        parse_county(body)


# --- settings ----------------------------------------------------------------------------------------------------


NEEDS_SELECTORS = "kind html_docket needs selectors (row and text at least) or a preset"


def problems(**settings) -> list[tuple[str, str]]:
    return SourceConfig(id="s", kind="html_docket", url=COUNTY_URL, **settings).kind_problems()


def test_valid_settings_have_no_problems() -> None:
    assert problems(preset="pacer_docket") == []
    assert problems(selectors=COUNTY_SELECTORS, date_format="%m/%d/%Y") == []
    assert problems(selectors={"row": "tr", "text": "td:nth-of-type(3)"}) == []


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({"preset": "pacer_appellate"}, [("preset", 'unknown preset "pacer_appellate" (known: pacer_docket)')]),
        ({}, [("selectors", NEEDS_SELECTORS)]),
        ({"date_format": "%m/%d/%Y"}, [("selectors", NEEDS_SELECTORS)]),
        ({"selectors": {"date": "td.filed"}}, [("selectors", "needs 'row'"), ("selectors", "needs 'text'")]),
        ({"selectors": {"row": "tr"}}, [("selectors", "needs 'text'")]),
        (
            {"selectors": {"row": "tr", "text": "td", "title": "h1"}},
            [("selectors", "unknown selector 'title' (known: row, date, number, text, link, case_number, case_name)")],
        ),
        (
            {"preset": "pacer_docket", "selectors": {"row": "tr"}},
            [("selectors", "give either preset or selectors, not both")],
        ),
    ],
)
def test_settings_problems(settings: dict, expected: list[tuple[str, str]]) -> None:
    assert problems(**settings) == expected


def test_invalid_css_selector_is_a_problem() -> None:
    [(setting, message)] = problems(selectors={"row": "table#docket >> tr[", "text": "td"})
    assert setting == "selectors"
    assert message.startswith("row: 'table#docket >> tr[' is not a CSS selector")


def test_config_file_names_the_line_of_a_selectors_problem(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        "sources:\n"
        "  - id: larimer\n"
        "    kind: html_docket\n"
        f"    url: {COUNTY_URL}\n"
        "    selectors:\n"
        "      row: table#docket tbody tr\n"
        "    date_format: '%m/%d/%Y'\n"
        "  - id: nysd-molina\n"
        "    kind: html_docket\n"
        "    url: https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?550000\n"
        "    preset: pacer_docket\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}:5 sources[0].selectors: needs 'text'"
