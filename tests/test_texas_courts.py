"""Texas case pages (search.txcourts.gov Case.aspx), cross-checked against juriscraper's parse of the same pages."""

from __future__ import annotations

import copy
import json
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from bot.core.courts import midnight
from bot.core.entry import Entry
from scrapers.base import ParseError
from scrapers.texas_courts import (
    BRIEFS_TABLE,
    EVENTS_TABLE,
    CasePage,
    Row,
    TexasCourts,
    TexasCourtsSettings,
    read_case_page,
)
from tests.support.parsed import parsed_once

FIXTURES = Path(__file__).parent / "fixtures" / "texas_courts"
PAGES = sorted(path.stem for path in FIXTURES.glob("*.html"))
# juriscraper finds no documents in tables that carry a <tbody> (this page was saved by a browser, which
# adds one): the reference lists none of its 113 links, so its documents are not compared with it.
REFERENCE_MISSES_DOCUMENTS = {"coa_03-18-00261-CV"}


def reference(name: str) -> dict:
    return json.loads((FIXTURES / "reference" / f"{name}.json").read_text(encoding="utf-8"))


def case_url(name: str) -> str:
    """The page's address on the site, which its relative document links resolve against."""
    data = reference(name)
    return f"https://search.txcourts.gov/Case.aspx?cn={data['docket_number']}&coa={data['court_id'][6:]}"


def parse(raw: bytes, url: str = "https://search.txcourts.gov/Case.aspx?cn=26-0051&coa=cossup") -> list[Entry]:
    return TexasCourts(TexasCourtsSettings(id="tx", kind="texas_courts", url=url)).parse(raw, url)


@parsed_once
def parse_fixture(name: str) -> list[Entry]:
    return parse((FIXTURES / f"{name}.html").read_bytes(), case_url(name))


@cache
def read_fixture(name: str) -> CasePage:
    return read_case_page((FIXTURES / f"{name}.html").read_bytes(), case_url(name))


def spaced(text: str) -> str:
    return " ".join(text.split())


def rows(page_rows: list[Row], with_documents: bool) -> list[tuple]:
    return [
        (
            row.date.isoformat(),
            row.type,
            row.detail,
            row.remarks,
            [(document.url, document.name) for document in row.documents] if with_documents else [],
        )
        for row in page_rows
    ]


def as_on_page(event_type: str) -> str:
    """sc_26-0051 shows "Motion for Extension of Time to File Petition for Review #2 filed"; juriscraper's
    clean-up drops the "#", we keep the text as the page shows it."""
    return spaced(event_type).replace("Review 2 filed", "Review #2 filed")


def reference_rows(table: list[dict], detail: str, with_documents: bool) -> list[tuple]:
    return [
        (
            row["date"],
            as_on_page(row["type"]),
            spaced(row[detail]),
            spaced(row.get("remarks", "")),  # only Supreme Court and Court of Criminal Appeals pages have remarks
            [(a["document_url"], spaced(a["description"])) for a in row["attachments"]] if with_documents else [],
        )
        for row in table
    ]


@pytest.mark.parametrize("name", PAGES)
def test_case_page_matches_juriscraper_reference(name: str) -> None:
    data, page = reference(name), read_fixture(name)
    # The case number is the page's: sc_C-2303.html is the page of case C-2302.
    assert (page.case_number, page.court) == (data["docket_number"], data["court_id"])
    # We keep the whole style; juriscraper's `case_name` shortens it with heuristics over the party list.
    assert page.case_name == data["case_name_full"]
    documents = name not in REFERENCE_MISSES_DOCUMENTS
    assert rows(page.events, documents) == reference_rows(data["case_events"], "disposition", documents)
    assert rows(page.briefs, documents) == reference_rows(data["appellate_briefs"], "description", documents)


def brief_party(data: dict, event: dict) -> str:
    """The reference's brief that is this event (same date, type and documents): its filing party."""
    for brief in data["appellate_briefs"]:
        if (brief["date"], brief["type"], brief["attachments"]) == (event["date"], event["type"], event["attachments"]):
            return brief["description"]
    return ""


@pytest.mark.parametrize("name", PAGES)
def test_one_entry_per_case_event(name: str) -> None:
    data, entries = reference(name), parse_fixture(name)
    assert len(entries) == len(data["case_events"])
    for entry, event in zip(entries, data["case_events"], strict=True):
        parts = (as_on_page(event["type"]), brief_party(data, event), event["disposition"], event.get("remarks", ""))
        assert entry.text == " — ".join(spaced(part) for part in parts if part)
        assert entry.filed_at == midnight(date.fromisoformat(event["date"]), data["court_id"])  # on its clock
        if name not in REFERENCE_MISSES_DOCUMENTS:
            first_document = event["attachments"][0]["document_url"] if event["attachments"] else None
            assert entry.url == (first_document or case_url(name))
    assert {(e.case_number, e.case_name, e.court, e.docket_url, e.number) for e in entries} == {
        (data["docket_number"], data["case_name_full"], data["court_id"], case_url(name), None)
    }


def test_documents_of_a_table_with_tbody() -> None:
    opinion = parse_fixture("coa_03-18-00261-CV")[12]
    assert opinion.text == "Opinion issued — Affirmed in part; Reversed and Vacated in part"
    assert opinion.url == (
        "https://search.txcourts.gov/SearchMedia.aspx?MediaVersionID=59e268d9-3428-4b83-bd85-21b815858869"
        "&coa=coa03&DT=Opinion&MediaID=d2b77c51-d44e-4ca9-bcc8-4f40b273a455"
    )
    page = read_fixture("coa_03-18-00261-CV")
    assert [d.name for d in page.events[12].documents] == ["Judgment", "Opinion", "Notice"]
    assert sum(len(row.documents) for row in page.events + page.briefs) == 113


def test_document_links_are_absolute_and_encoded() -> None:
    mandate = parse_fixture("coa_01-18-00277-CR")[0]
    assert mandate.url == (
        "https://search.txcourts.gov/SearchMedia.aspx?MediaVersionID=36cbd858-1be1-4d36-9fee-fdcb05e669ad"
        "&coa=coa01&DT=Mandate&MediaID=5f79a388-0d1f-45b0-a3a4-1f96b85b8abf"
    )
    # The href reads "DT=53.7(F) FILED #2&MediaID=...": the "#" belongs to the value, MediaID must stay.
    notice = read_fixture("sc_26-0051").events[9].documents[1]
    assert notice.url.endswith("&DT=53.7%28F%29+FILED+%232&MediaID=1aabec10-084c-4f30-b317-3986503e076b")


def test_texts_read_as_one_line() -> None:
    texts = [entry.text for entry in parse_fixture("coa_01-18-00277-CR")]
    assert "Motion for extension of time to file brief disposed — Motion or Writ Granted" in texts
    assert "Brief filed - oral argument not requested — State" in texts  # the party from the briefs table
    assert "Reporters record due" in texts
    filed = parse_fixture("sc_26-0051")[1]
    assert filed.text == (
        "Third Motion for Extension of Time to File Petition for Review filed — Unopposed Third Motion for Extension"
        " of Time to file Petition for Review filed on behalf of Jimmy Changas, Inc."
    )


def test_briefs_are_not_entries_of_their_own() -> None:
    entries = parse_fixture("coa_08-16-00334-CV")
    assert len(entries) == len(reference("coa_08-16-00334-CV")["case_events"])
    briefs = [entry.text for entry in entries if entry.text.startswith(("Brief filed", "Reply brief filed"))]
    assert briefs == [
        "Reply brief filed — Appellee",
        *["Reply brief filed — Appellant"] * 3,
        "Brief filed - oral argument requested — Appellee",
        *["Brief filed - oral argument requested — Appellant"] * 3,
    ]


def test_brief_party_follows_the_documents_not_the_row_order() -> None:
    # On 11/28/2017 three reply briefs were filed; the briefs table lists them in another order than the
    # events (565a, 819c, 6511 against 565a, 6511, 819c). Give the second listed brief another party.
    def second_reply_by_intervenor(tbody) -> None:
        tbody.find_all("tr", recursive=False)[2].find_all("td", recursive=False)[2].string = "Intervenor"

    entries = parse(page_with("coa_08-16-00334-CV", second_reply_by_intervenor, BRIEFS_TABLE))
    replies = {e.url.rpartition("MediaID=")[2][:8]: e.text for e in entries if e.text.startswith("Reply")}
    assert replies == {
        "61e39467": "Reply brief filed — Appellee",
        "565a5086": "Reply brief filed — Appellant",
        "6511f13e": "Reply brief filed — Appellant",
        "819c595f": "Reply brief filed — Intervenor",
    }


def test_entry_without_document_links_to_the_case_page() -> None:
    due = parse_fixture("coa_01-18-00277-CR")[2]
    assert due.text == "Motion for rehearing due"
    assert due.url == due.docket_url == case_url("coa_01-18-00277-CR")


@pytest.mark.parametrize("name", PAGES)
def test_keys_are_unique_and_stable(name: str) -> None:
    keys = [entry.key for entry in parse_fixture(name)]
    assert len(set(keys)) == len(keys)
    assert keys == [entry.key for entry in parse_fixture.fresh(name)]
    assert all(key.startswith("h:") for key in keys)


def page_with(name: str, change, table: str = EVENTS_TABLE) -> bytes:
    """The fixture after `change(tbody)` edits the rows of one of its tables (Case Events unless told)."""
    soup = BeautifulSoup((FIXTURES / f"{name}.html").read_bytes(), "lxml")
    change(soup.find("table", id=table).tbody)
    return str(soup).encode("utf-8")


def test_event_added_on_top_keeps_the_keys_of_identical_events_below() -> None:
    # sc_26-0051 lists "Third Motion ... disposed" twice on 03/18/2026; a third one arrives on top.
    before = parse_fixture("sc_26-0051")
    after = parse(page_with("sc_26-0051", lambda tbody: tbody.insert(0, copy.copy(tbody.tr))))
    assert [entry.key for entry in after[1:]] == [entry.key for entry in before]
    assert after[0].key not in {entry.key for entry in before}


def test_disposition_filled_in_later_keeps_the_key() -> None:
    def clear_first_disposition(tbody) -> None:
        tbody.tr.find_all("td", recursive=False)[2].string = ""

    before = parse_fixture("sc_26-0051")[0]
    after = parse(page_with("sc_26-0051", clear_first_disposition))[0]
    assert before.text.startswith("Third Motion for Extension of Time to File Petition for Review disposed — Filing")
    assert "Filing granted" not in after.text
    assert after.key == before.key


def test_court_of_criminal_appeals_court_id() -> None:
    raw = (FIXTURES / "sc_26-0051.html").read_bytes()
    raw = raw.replace(b"cn=26-0051&amp;coa=cossup", b"cn=PD-0123-24&amp;coa=coscca")
    assert {entry.court for entry in parse(raw)} == {"texas_coscca"}


def test_case_page_without_events_returns_no_entries() -> None:
    def no_events(tbody) -> None:
        tbody.clear()
        tbody.append(BeautifulSoup('<tr class="rgNoRecords"><td colspan="5"><b>No events.</b></td></tr>', "lxml").tr)

    assert parse(page_with("sc_26-0051", no_events)) == []


ERROR_PAGE = b"""<!DOCTYPE html><html><head><title>Error</title></head><body>
<h1>Server Error in '/' Application.</h1><p>The resource cannot be found.</p></body></html>"""
SEARCH_PAGE = b"""<!DOCTYPE html><html><head><title>Case Search</title></head><body>
<form name="aspnetForm" method="post" action="./CaseSearch.aspx?coa=cossup" id="aspnetForm">
<label>Case Number</label><input name="ctl00$ContentPlaceHolder1$txtCaseNumber" type="text"/>
<input type="submit" value="Search"/></form></body></html>"""


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not a whole HTML page"),
        (ERROR_PAGE, "no Case Events table"),
        (SEARCH_PAGE, "no Case Events table"),
        ((FIXTURES / "coa_01-18-00277-CR.html").read_bytes()[:50_000], "not a whole HTML page"),  # mid-events
        ((FIXTURES / "sc_26-0051.html").read_bytes().replace(b"03/18/2026", b"Mar 18"), "not a date"),
        ((FIXTURES / "sc_26-0051.html").read_bytes().replace(b">Event Type<", b">Type<"), "no Event Type column"),
        ((FIXTURES / "sc_26-0051.html").read_bytes().replace(b"coa=cossup", b"court=cossup"), "no court code"),
    ],
    ids=["empty", "error-page", "search-page", "cut-off", "date-unreadable", "column-renamed", "no-court-code"],
)
def test_non_case_page_raises_parse_error(body: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse(body)


def test_briefs_table_columns_are_checked_too() -> None:
    raw = (FIXTURES / "coa_01-18-00277-CR.html").read_bytes()
    with pytest.raises(ParseError, match="no Description column"):
        parse(raw.replace(b">Description<", b">Party<"))
