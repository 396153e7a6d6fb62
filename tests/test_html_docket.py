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

from bot.config import ConfigError, load_config
from bot.core.entry import Entry
from bot.core.post import Post
from notifiers.slack.render import render
from scrapers.base import Parsed, ParseError
from scrapers.html_docket import HtmlDocket, HtmlDocketSettings
from scrapers.pacer_rss import pacer_doc_id
from tests.support.parsed import parsed_once

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
    return HtmlDocket(HtmlDocketSettings(id="pacer", kind="html_docket", url=LOCAL_URL, preset="pacer_docket"))


@parsed_once
def parse_docket(name: str) -> list[Entry]:
    return pacer().parse((FIXTURES / f"{name}.html").read_bytes(), LOCAL_URL)


def reference(name: str) -> dict:
    return json.loads((FIXTURES / "reference" / f"{name}.json").read_text(encoding="utf-8"))


def generic(selectors: dict[str, str] | None = None, date_format: str | None = "%m/%d/%Y") -> HtmlDocket:
    settings = {"selectors": COUNTY_SELECTORS if selectors is None else selectors, "date_format": date_format}
    return HtmlDocket(HtmlDocketSettings.model_validate({"id": "larimer", "kind": "html_docket", "url": COUNTY_URL,
                                                         **settings}))


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
    first, second = parse_docket(name), parse_docket.fresh(name)
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


def test_a_cm_ecf_error_page_is_refused_with_the_page_s_own_message() -> None:
    # juriscraper's tests/examples/pacer/dockets/district/dcd_2.html (BSD-2-Clause, (c) Free Law Project, commit
    # fdc598617c4307a650bac36cbf0f3f7b54247c38): what D.D.C. served for a mistyped date range.
    body = (
        b'<html><head><title>District of Columbia live database-Docket Report</title></head><body BGCOLOR=FFFFFF>'
        b'<div id="cmecfMainContent"><input type="hidden" id="cmecfMainContentScroll" value="0">'
        b'<h3>Invalid date_from: 12/13/219</h3>\n<P><INPUT TYPE="button" Value="Back" onClick="history.back()">'
    )
    with pytest.raises(ParseError, match=r"^not a PACER docket report: the page says 'Invalid date_from: 12/13/219'$"):
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


@pytest.mark.parametrize(("date", "date_format", "day"), [
    ("3/4/2024", None, (2024, 3, 4)),  # CM/ECF's own form, unpadded
    ("03/04/2024", "%m/%d/%Y", (2024, 3, 4)),
    ("02/29/2024", None, (2024, 2, 29)),
    ("02/30/2024", None, None),  # no such day, in any of the formats
    ("02/30/2024", "%m/%d/%Y", None),
    ("13/01/2024", None, None),
    ("00/10/2024", None, None),
    ("03/04/24", None, (2024, 3, 4)),  # a two-digit year: the second common format
    ("03/04/2024", "%d/%m/%Y", (2024, 4, 3)),  # a source's own format is not read as the US one
])
def test_slash_dates_read_as_strptime_reads_them(date: str, date_format: str | None,
                                                 day: tuple[int, int, int] | None) -> None:
    raw = county_page(county_row(date, "1", "Order"))
    filed_at = parse_county(raw, date_format=date_format)[0].filed_at
    assert filed_at == (datetime(*day, tzinfo=UTC) if day else None)


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
    return HtmlDocketSettings(id="s", kind="html_docket", url=COUNTY_URL, **settings).problems()


def test_valid_settings_have_no_problems() -> None:
    assert problems(preset="pacer_docket") == []
    assert problems(selectors=COUNTY_SELECTORS, date_format="%m/%d/%Y") == []
    assert problems(selectors={"row": "tr", "text": "td:nth-of-type(3)"}, case_name="State v. Baldwin") == []


def test_a_page_whose_case_name_cannot_be_found_needs_one_in_the_config() -> None:
    assert problems(selectors={"row": "tr", "text": "td:nth-of-type(3)"}) == [
        ("case_name", 'the page\'s case name cannot be found: give the case\'s name '
                      '(case_name: "State of New Mexico v. Baldwin") or a case_name selector')]


STATE_PAGE = b"""<html><body><table id="register">
<tr class="entry"><td class="date">04/21/2023</td><td class="no">42</td>
<td class="desc">NOLLE PROSEQUI as to Alexander R. Baldwin, III</td></tr>
<tr class="entry"><td class="date">04/20/2023</td><td class="no">41</td><td class="desc">ORDER SETTING HEARING</td></tr>
</table></body></html>"""


def test_a_page_without_case_header_takes_the_case_name_and_court_of_the_config() -> None:
    url = "http://127.0.0.1:8080/case/D-101-CR-2023-00040"
    source = HtmlDocketSettings(id="s", kind="html_docket", url=url,
                          selectors={"row": "tr.entry", "date": "td.date", "number": "td.no", "text": "td.desc"},
                          case_name="State of New Mexico v. Baldwin", court="nm_d101")
    first = HtmlDocket(source).parse(STATE_PAGE, url)[0]
    assert (first.case_name, first.court) == ("State of New Mexico v. Baldwin", "nm_d101")
    assert first.filed_at.isoformat() == "2023-04-21T00:00:00-06:00"  # Santa Fe's midnight
    text, blocks = render(Post("#c", first, ("dismissal",)))
    assert text.startswith("Dismissal: State of New Mexico v. Baldwin (N.M. Dist. Ct., Santa Fe County) — NOLLE")
    assert "127.0.0.1" not in blocks[0]["text"]["text"]
    assert blocks[1]["elements"][0]["text"] == f"filed 2023-04-21 · No. 42 · <{source.url}|Docket>"


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


# --- PACER layouts: continuation tables, two-column rows, nested tables, titles, appellate pages -------------------


def pacer_page(title: str, box: str, *tables: str, parties: str = "") -> bytes:
    """A docket report in CM/ECF's shape: the case number title, the case box, the parties, the entry tables (the
    first with its header row, as given), the PACER receipt."""
    return (
        f"<html><body><center><b><font size='+1'>U.S. Bankruptcy Court<br>{title}</font></b></center>"
        f"<table width='100%'><tr>{box}</tr></table><br>"
        f"<table width='100%'><tr><td>{parties}</td></tr></table><br>{''.join(tables)}"
        "<hr><center><table border=1><tr><th colspan=4>PACER Service Center</th></tr>"
        "<tr><td colspan=4>02/16/2010 14:22:20</td></tr></table></center></body></html>"
    ).encode()


BANKRUPTCY_BOX = (
    "<td valign=top width='50%'><br><i>Assigned to:</i> Judge Martin Glenn<br>Chapter 13<br>Voluntary<br>Asset</td>"
    "<td valign=top width='50%' align=right><table><tr><td><i>Date filed:</i></td><td>&nbsp;&nbsp;01/08/2024</td>"
    "</tr></table></td>"
)
DEBTOR = "<i><b>Debtor</b></i><br><b>Orrin Vale</b><br>12 Mill Road<br>Bronx, NY 10451"
ENTRY_HEADER = "<tr><th width=94>Filing Date</th><th colspan=2>#</th><th>Docket Text</th></tr>"


def bankruptcy_row(date: str, number: str, text: str) -> str:
    """A bankruptcy report row: date, an empty cell, the number linking its document, the docket text."""
    link = f"<a href='https://ecf.nysb.uscourts.gov/doc1/1260240{number:0>5}'>{number}</a>" if number else "&nbsp;"
    return f"<tr><td>{date}</td><td>&nbsp;</td><td>{link}</td><td>{text}</td></tr>"


def entry_table(*rows: str, header: bool = True) -> str:
    return f"<table border=1 cellpadding=10>{ENTRY_HEADER if header else ''}{''.join(rows)}</table>\n"


def read_pacer(raw: bytes, url: str = LOCAL_URL):
    return pacer().read(raw, url)


TRUSTEE_MOTION = "Motion to Dismiss Case for Failure to Make Plan Payments Filed by Trustee Rebecca A. Quill"


def test_entry_table_continued_in_a_table_without_header() -> None:
    # Long bankruptcy reports split the entry list into several tables; only the first has the header row.
    raw = pacer_page(
        "Bankruptcy Petition #: 24-10992-mg",
        BANKRUPTCY_BOX,
        entry_table(
            bankruptcy_row("01/08/2024", "1", "Chapter 13 Voluntary Petition for Individuals. Filed by Orrin Vale"),
            bankruptcy_row("01/08/2024", "2", "Chapter 13 Plan Filed by Orrin Vale"),
        ),
        entry_table(
            bankruptcy_row("03/11/2024", "3", TRUSTEE_MOTION),
            bankruptcy_row("04/02/2024", "4", "ORDER Dismissing Case (Related Doc # 3) Signed on 4/2/2024"),
            header=False,
        ),
        parties=DEBTOR,
    )
    parsed = read_pacer(raw)
    assert parsed.skipped == []
    assert [(entry.number, entry.filed_at.date().isoformat(), entry.text) for entry in parsed.entries][2:] == [
        ("3", "2024-03-11", TRUSTEE_MOTION),
        ("4", "2024-04-02", "ORDER Dismissing Case (Related Doc # 3) Signed on 4/2/2024"),
    ]
    assert {(entry.case_number, entry.case_name, entry.court) for entry in parsed.entries} == {
        ("24-10992", "Orrin Vale", "nysb")
    }
    assert parsed.entries[3].url == "https://ecf.nysb.uscourts.gov/doc1/126024000004"


def test_continuation_table_in_its_own_wrapper() -> None:
    raw = pacer_page(
        "Bankruptcy Petition #: 24-10992-mg",
        BANKRUPTCY_BOX,
        f"<div>{entry_table(bankruptcy_row('01/08/2024', '1', 'Petition'))}</div>",
        f"<div>{entry_table(bankruptcy_row('01/09/2024', '2', 'Plan'), header=False)}</div>",
    )
    assert [entry.number for entry in read_pacer(raw).entries] == ["1", "2"]


def test_date_entered_column_is_not_the_number() -> None:
    row = "<tr><td>01/08/2024</td><td>01/09/2024</td><td><a href='/doc1/12345'>7</a></td><td>Order</td></tr>"
    [entry] = read_pacer(one_entry_page(row)).entries
    assert (entry.number, entry.filed_at.date().isoformat(), entry.key) == ("7", "2024-01-08", "no:7")


def one_entry_page(*rows: str, parties: str = "") -> bytes:
    return pacer_page("Bankruptcy Petition #: 24-10992-mg", BANKRUPTCY_BOX, entry_table(*rows), parties=parties)


def test_continuation_table_after_the_receipt_is_not_read() -> None:
    # Only tables beside the entry table continue it: the receipt's table (in its <center>) has a date but no entry.
    raw = one_entry_page(bankruptcy_row("01/08/2024", "1", "Petition"))
    assert [entry.number for entry in read_pacer(raw).entries] == ["1"]


def doc1_link(number: int) -> str:
    return f"<a href='/doc1/17601864{number:0>4}'>{number}</a>"


def two_column_row(date: str, cell: str) -> str:
    return f"<tr><td width=94 nowrap valign=bottom>{date}</td><td valign=bottom>{cell}</td></tr>"


def test_two_column_layout_has_the_number_inside_the_text_cell() -> None:
    # N.D. Texas: "Filing Date | Docket Text", the number (linked or not) and its page count starting the text.
    header = "<tr><th width='94' nowrap>Filing Date</th><th align=center>Docket Text</th></tr>"
    petition = "Chapter 11 voluntary petition. Fee Amount $1039 Filed by Erickson Retirement Communities, LLC"
    hearing = "Hearing held and reset (RE: related document(s) 69 Motion for relief from stay)"
    joint = "Motion for joint administration"
    receipt = "Receipt of filing fee for Motion for relief from stay(09-31416-hdh11)"
    rows = [
        two_column_row("10/19/2009", f"  &nbsp; {doc1_link(1)} &nbsp;<nobr>(11&nbsp;pgs)</nobr> {petition}"),
        two_column_row("10/20/2009", f"  &nbsp; {doc1_link(2)} &nbsp;<nobr>(23&nbsp;pgs; 4&nbsp;docs)</nobr> {joint}"),
        two_column_row("10/21/2009", f"  &nbsp; {doc1_link(3)} &nbsp;<nobr>(1&nbsp;pg)</nobr> Notice of appearance"),
        two_column_row("02/01/2010", f"  &nbsp; 84 {hearing}"),  # a number without a document
        two_column_row("02/02/2010", f"  &nbsp; &nbsp; {receipt}"),  # an entry without a number
    ]
    raw = pacer_page(
        "Bankruptcy Petition #: 09-37010-sgj11",
        BANKRUPTCY_BOX,
        f"<table border=1>{header}{''.join(rows)}</table>",
        parties="<i><b>Debtor</b></i><br><b>Erickson Retirement Communities, LLC</b>",
    )
    entries = read_pacer(raw, "https://ecf.txnb.uscourts.gov/cgi-bin/DktRpt.pl?332756").entries
    assert [(entry.number, entry.text) for entry in entries] == [
        ("1", petition),
        ("2", joint),
        ("3", "Notice of appearance"),
        ("84", hearing),
        (None, receipt),
    ]
    assert entries[0].url == "https://ecf.txnb.uscourts.gov/doc1/176018640001"
    assert entries[3].url == entries[4].url == entries[3].docket_url  # no document link
    assert [entry.key for entry in entries][:4] == ["no:1", "no:2", "no:3", "no:84"]
    assert entries[0].filed_at == datetime(2009, 10, 19, tzinfo=ZoneInfo("America/Chicago"))


def test_table_inside_a_docket_text_belongs_to_that_entry() -> None:
    prior_filings = (
        "Notice of Debtor's Prior Filings<br><table border=1><tr><th>Debtor</th><th>Case No</th><th>Note</th></tr>"
        "<tr><td>Orrin Vale</td><td><a href='/cgi-bin/DktRpt.pl?1371667'>16-29400</a></td>"
        "<td>Ch13 filed on 09/15/2016, Dismissed on 10/18/2017</td></tr></table>(Admin) (Entered: 10/23/2017)"
    )
    raw = pacer_page(
        "Bankruptcy Petition #: 17-31455",
        BANKRUPTCY_BOX,
        entry_table(bankruptcy_row("10/23/2017", "8", prior_filings), bankruptcy_row("10/24/2017", "9", "Order")),
        parties=DEBTOR,
    )
    parsed = read_pacer(raw)
    assert [entry.number for entry in parsed.entries] == ["8", "9"]
    assert parsed.skipped == []
    assert parsed.entries[0].text == (
        "Notice of Debtor's Prior Filings Debtor Case No Note Orrin Vale 16-29400 Ch13 filed on 09/15/2016, "
        "Dismissed on 10/18/2017 (Admin) (Entered: 10/23/2017)"
    )


def test_row_without_date_is_skipped_with_a_reason() -> None:
    raw = pacer_page(
        "Bankruptcy Petition #: 24-10992-mg",
        BANKRUPTCY_BOX,
        entry_table(bankruptcy_row("01/08/2024", "1", "Petition"), bankruptcy_row("", "2", "Chapter 13 Plan")),
    )
    parsed = read_pacer(raw)
    assert [entry.number for entry in parsed.entries] == ["1"]
    assert [str(skipped) for skipped in parsed.skipped] == ["row has no date: '2 | Chapter 13 Plan'"]


# The entry table of juriscraper's tests/examples/pacer/dockets/district/nvd_21855.html (D. Nev. 2:98-cv-01203;
# BSD-2-Clause, (c) Free Law Project, commit 6566c11da0884b8a01786dfea2b9affdca198772), cut to its first two rows: an
# entry of the paper era whose filing date is blank.
NVD_TITLE = "JORGE ARMOND KIHUEN V. UNIVERSAL\n URTHANE<br>"
NVD_PAPER_ERA_ROWS = """
    <table align="center" width="99%" border="1" rules="all" cellpadding="5" cellspacing="0"><tbody>
        <tr>
            <td style="font-weight:bold; width=94; white-space:nowrap">Date
                Filed
            </td>
            <th>#</th>
            <td style="font-weight:bold">Docket Text</td>
        </tr>
        <tr>
            <td width="94" valign="top" nowrap=""></td>
            <td style="white-space:nowrap" valign="top" align="right">0&nbsp;
            </td>
            <td valign="top">MISCELLANEOUS DOCUMENT ORIGINAL HARD COPY DOCKET
                SHEET (Entered: 03/14/2003)
            </td>
        </tr>
        <tr>
            <td width="94" valign="top" nowrap="">03/07/2000</td>
            <td style="white-space:nowrap" valign="top" align="right">18&nbsp;
            </td>
            <td valign="top">MISCELLANEOUS DOCUMENT BRIEFING schedule frm C/A
                (Entered: 02/10/2003)
            </td>
        </tr>
    </tbody></table>
"""


def test_entry_with_a_blank_filing_date_is_dated_the_day_it_was_entered() -> None:
    raw = district_page(NVD_TITLE, "CIVIL DOCKET FOR CASE #: 2:98-cv-01203-JBR-RLH")
    raw = raw.replace(raw[raw.index(b"<table><tr><th>"):raw.index(b"</body>")], NVD_PAPER_ERA_ROWS.encode())
    parsed = HtmlDocket(
        HtmlDocketSettings(id="nvd", kind="html_docket", url="https://ecf.nvd.uscourts.gov/cgi-bin/DktRpt.pl?21855",
                     preset="pacer_docket")
    ).read(raw, "https://ecf.nvd.uscourts.gov/cgi-bin/DktRpt.pl?21855")
    assert parsed.skipped == []
    assert [(entry.number, entry.filed_at.date().isoformat()) for entry in parsed.entries] == [
        ("0", "2003-03-14"),
        ("18", "2000-03-07"),
    ]
    assert parsed.entries[0].filed_at.tzinfo == ZoneInfo("America/Los_Angeles")


def test_a_page_without_court_links_kept_elsewhere_is_of_the_court_its_title_names() -> None:
    # nvd_21855.html links no document; read from where RECAP keeps it, its court is the one its <title> names.
    raw = district_page(NVD_TITLE, "CIVIL DOCKET FOR CASE #: 2:98-cv-01203-JBR-RLH")
    raw = raw.replace(b"<html>", b"<html><head><title>CM/ECF - nvd - District Version 6.1</title></head>", 1)
    url = "https://storage.courtlistener.com/recap/gov.uscourts.nvd.21855/gov.uscourts.nvd.21855.docket.html"
    [entry] = pacer().parse(raw, url)
    assert (entry.court, entry.filed_at) == ("nvd", datetime(2018, 4, 13, tzinfo=ZoneInfo("America/Los_Angeles")))


def test_relative_document_links_of_a_page_kept_elsewhere_lead_to_the_court() -> None:
    # A row of juriscraper's tests/examples/pacer/dockets/district/canb_2.html (BSD-2-Clause, (c) Free Law Project,
    # commit a6cb1e465b46eb66157199c995cc6b8c44ca0698), as the RECAP extension saved it.
    row = (
        '<tr><td width="94" nowrap="" valign="bottom">03/27/2018</td><td width="74" valign="top" align="right" '
        'style="border-right:0;padding-right:1px;padding-left:2px;white-space:nowrap"><nobr>  &nbsp;</nobr></td>'
        '<td width="30" valign="top" align="left" style="border-left:0;padding-left:1px"><a href="/doc1/034037093635" '
        'oncontextmenu="this.href=&quot;https://ecf.canb.uscourts.gov/doc1/034037093635&quot;">119</a> <br><nobr>'
        '(2&nbsp;pgs)</nobr></td><td valign="bottom">  Order Vacating Order for Final Decree and Order Closing Case '
        '(Related Doc # <a href="https://ecf.canb.uscourts.gov/doc1/034037085340">118</a>) Case Management Action due '
        "after 4/26/2018. (lp) (Entered: 03/27/2018)</td></tr>"
    )
    raw = pacer_page("Bankruptcy Petition #: 15-30037", BANKRUPTCY_BOX, entry_table(row))
    url = "https://storage.courtlistener.com/recap/gov.uscourts.canb.531591/gov.uscourts.canb.531591.docket.html"
    [entry] = read_pacer(raw, url).entries
    assert (entry.court, entry.number, entry.url) == ("canb", "119", "https://ecf.canb.uscourts.gov/doc1/034037093635")


def test_document_list_under_an_entry_is_part_of_it() -> None:
    # "View multiple documents" reports list an entry's documents in a row without a date under it.
    documents = (
        "<tr><td></td><td></td><td><table><tr><td>0</td><td>Main Document</td><td>1 page</td></tr></table></td></tr>"
    )
    raw = one_entry_page(bankruptcy_row("01/08/2024", "1", "Petition"), documents)
    parsed = read_pacer(raw)
    assert ([entry.number for entry in parsed.entries], parsed.skipped) == (["1"], [])


def test_entry_table_without_a_readable_entry_is_refused() -> None:
    # A docket table whose rows all fail to read is a broken page (a failed poll), not an empty docket.
    raw = pacer_page(
        "Bankruptcy Petition #: 24-10992-mg",
        BANKRUPTCY_BOX,
        entry_table(bankruptcy_row("pending", "1", "Petition"), bankruptcy_row("unknown", "2", "Plan")),
    )
    with pytest.raises(ParseError, match="the docket table has no entry: 2 rows, none could be read"):
        read_pacer(raw)


def test_number_cell_saying_doc_is_an_entry_without_number() -> None:
    row = (
        "<tr><td>03/01/2001</td><td>&nbsp;</td><td><a href='https://ecf.lawb.uscourts.gov/doc1/0930102'>doc</a></td>"
        "<td>Courts BNC Certificate of Service RE: [0-0] First Meeting</td></tr>"
    )
    raw = pacer_page("Bankruptcy Petition #: 01-50229", BANKRUPTCY_BOX, entry_table(row))
    [entry] = read_pacer(raw).entries
    assert (entry.number, entry.url) == (None, "https://ecf.lawb.uscourts.gov/doc1/0930102")
    assert entry.key == "doc:0930102"  # the document it links


def district_page(left_cell: str, title: str = "CRIMINAL DOCKET FOR CASE #: 1:18-mj-03161-KMW-1") -> bytes:
    """A district docket report whose case box's left cell is as given, with one entry."""
    return (
        f"<html><body><h3 align=center>U.S. District Court<br>Southern District of New York<br>{title}</h3>"
        f"<table width='100%'><tr><td valign=top width='60%'><br>{left_cell}</td>"
        "<td valign=top width='40%'><br>Date Filed: 04/13/2018</td></tr></table>"
        "<table><tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>"
        "<tr><td>04/13/2018</td><td>1</td><td>ORDER to unseal</td></tr></table></body></html>"
    ).encode()


SEARCH_WARRANTS = "In the Matter of Search Warrants Executed on April 9, 2018"
AUDIO_FEED = "In the Matter of Closed-Circuit Audio Feed of Court Proceedings"
NEBUAD = "IN RE: NebuAd Device Privacy Litigation"
COOK_COUNTY = "Cook County Republican Party"


@pytest.mark.parametrize(
    ("left_cell", "case_name"),
    [
        (f"Case title: {SEARCH_WARRANTS}", SEARCH_WARRANTS),
        (f"{AUDIO_FEED}<br>Assigned to: Judge Part One", AUDIO_FEED),
        (f"<b>{NEBUAD}</b><br>Assigned to: Not Assigned", NEBUAD),
        (
            "In Re: The Bear Stearns Companies<br>\n Inc. Securities Litigation<br>Assigned to: Judge Robert W. Sweet"
            "<br><table><tr><td>Case&nbsp;in&nbsp;other&nbsp;court:</td><td>MDL PANEL, MDL 1963</td></tr></table>"
            "Cause: 29:1145",
            "In Re: The Bear Stearns Companies Inc. Securities Litigation",
        ),
        ("Case title: USA v. Moultry <P> Related case: 16cv1322-JAH", "United States v. Moultry"),
        (f"{COOK_COUNTY}<br>Assigned to: Judge Robert M. Dow<br>Cause: 42:1983", COOK_COUNTY),
        (  # juriscraper's tests/examples/pacer/dockets/district/txsd.html, BSD-2-Clause, (c) Free Law Project, f0ad38a
            "RFC Drilling, LLC v. Cheyenne Petroleum Company  <br><font color=red><b> </b>DO NOT DOCKET. Case "
            "electronically transferred to Northern District of Texas, Fort Worth Division</font><br>\n"
            "      Assigned to: Judge Diana Saldana<br>\n      Referred to: Magistrate Judge John A Kazen<br>",
            "RFC Drilling, LLC v. Cheyenne Petroleum Company",
        ),
    ],
    ids=["case-title", "in-the-matter-of", "in-re-bold", "over-two-lines", "related-case", "no-v", "clerk-note"],
)
def test_case_titles(left_cell: str, case_name: str) -> None:
    assert {entry.case_name for entry in pacer().parse(district_page(left_cell), LOCAL_URL)} == {case_name}


def test_case_number_of_a_search_warrant_docket() -> None:
    [entry] = pacer().parse(district_page("Case title: In the Matter of Search Warrants"), LOCAL_URL)
    assert entry.case_number == "1:18-mj-03161"


@pytest.mark.parametrize(
    ("title", "case_number"),
    [
        ("CIVIL DOCKET FOR CASE #: MDL No. 2168", "MDL No. 2168"),
        ("CIVIL DOCKET FOR CASE #: NYS/1:22-cv-10283", "1:22-cv-10283"),
        ("Bankruptcy Petition #: 1-12-10572-tsu", "1-12-10572"),
        ("Adversary Proceeding #: 09-01062-jmp", "09-01062"),
    ],
)
def test_case_number_spellings(title: str, case_number: str) -> None:
    assert {entry.case_number for entry in pacer().parse(district_page("X v. Y", title), LOCAL_URL)} == {case_number}


def test_adversary_proceeding_is_named_by_its_parties() -> None:
    parties = (
        "<b>Plaintiff<br>-----------------------</b></td></tr><tr><td><b>Irving H. Picard, Trustee</b></td>"
        "<td>represented by</td><td><b>Marc E. Hirschfield</b></td></tr><tr><td>"
        "<b>Defendant<br>-----------------------</b></td></tr><tr><td><b>Herald Fund SPC</b></td>"
    )
    raw = pacer_page(
        "Adversary Proceeding #: 09-01359-brl",
        "<td>Assigned to: Judge Burton R. Lifland</td><td>Date Filed: 07/14/09</td>",
        entry_table(bankruptcy_row("07/14/2009", "1", "Complaint")),
        parties=parties,
    )
    assert {entry.case_name for entry in read_pacer(raw).entries} == {"Irving H. Picard, Trustee v. Herald Fund SPC"}


def test_debtor_in_possession_names_the_case() -> None:
    raw = pacer_page(
        "Bankruptcy Petition #: 08-42417-pjs",
        BANKRUPTCY_BOX,
        entry_table(bankruptcy_row("02/01/2008", "1", "Petition")),
        parties="<i><b>Debtor In Possession</b></i><br><b>Plastech Engineered Products, Inc.</b><br>835 Mason Avenue",
    )
    assert {entry.case_name for entry in read_pacer(raw).entries} == {"Plastech Engineered Products, Inc."}


def test_assigned_judge_with_a_capital_v_is_no_case_title() -> None:
    box = BANKRUPTCY_BOX.replace("Judge Martin Glenn", "Judge Nancy V. Alquist")
    raw = pacer_page(
        "Bankruptcy Petition #: 10-16523", box, entry_table(bankruptcy_row("04/05/2010", "1", "X")), parties=DEBTOR
    )
    assert {entry.case_name for entry in read_pacer(raw).entries} == {"Orrin Vale"}


def test_utf8_text_in_a_page_that_declares_latin_1() -> None:
    raw = district_page("X v. Y").replace(b"ORDER to unseal", "The Government’s motion is denied".encode())
    raw = b"<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>" + raw
    assert pacer().parse(raw, LOCAL_URL)[0].text == "The Government’s motion is denied"


# --- appellate General Docket pages (courts of appeals, bankruptcy appellate panels) -----------------------------


def corpus_fixture(name: str) -> Parsed:
    return pacer().read((FIXTURES / f"corpus_{name}.html").read_bytes(), LOCAL_URL)


def test_appellate_general_docket_is_read_by_the_same_preset() -> None:
    parsed = corpus_fixture("ca5_212643")
    first = parsed.entries[0]
    assert (first.case_number, first.case_name, first.court) == ("23-30126", "United States v. Broussard", "ca5")
    assert (first.number, first.key) == ("1", "no:1")
    assert first.filed_at == datetime(2023, 3, 7, tzinfo=ZoneInfo("America/Chicago"))
    assert first.text == (
        "DIRECT CRIMINAL CASE docketed. NOA filed by Appellant Mr. Brian Broussard. [23-30126] (SEP) "
        "[Entered: 03/07/2023 07:55 AM]"
    )
    assert first.url.startswith("https://ecf.ca5.uscourts.gov/docs1/00506667755")
    unlinked = parsed.entries[3]  # "&nbsp;6&nbsp;" with no document link
    assert (unlinked.number, unlinked.url) == ("6", LOCAL_URL)
    assert (len(parsed.entries), parsed.skipped) == (30, [])


def test_appellate_entry_without_a_shown_number() -> None:
    # Older pages link each document through an icon and show no number: the entry has none (not the document id)
    # and is known by its document.
    entries = corpus_fixture("ca1").entries
    assert entries[0].number is None
    assert entries[0].url == "https://ecf.ca1.uscourts.gov/docs1/00106008873"
    assert entries[0].key == "doc:00106008873"  # the clerk may edit the text: the document stays
    assert entries[1].key.startswith("h:")  # "Filing fee paid": no number, no document
    assert {entry.court for entry in entries} == {"ca1"}  # not mad, the district court its originating links go to


def test_appellate_page_filtered_to_no_entries() -> None:
    raw = (FIXTURES / "corpus_ca5_212643.html").read_bytes()
    start, end = raw.index(b"<!-- NEED 1 -->"), raw.index(b"</tbody></table></td></tr>", raw.index(b"<!-- NEED 1 -->"))
    empty = raw[:start] + b"<tr><td><b>No docket entries found.</b></td></tr>" + raw[end:]
    assert read_pacer(empty) == Parsed()
