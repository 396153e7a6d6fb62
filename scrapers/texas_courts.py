"""Case pages of the Texas courts' public case search (search.txcourts.gov Case.aspx) parsed into entries.

One page is one case of a court of appeals (`coa01` ... `coa15`), the Court of Criminal Appeals (`coscca`) or
the Supreme Court (`cossup`). The court is the page's own `coa=` code with a `texas_` prefix (`texas_coa01`,
`texas_coscca`, `texas_cossup`), as juriscraper's parser of these pages names them.

Each row of the Case Events table (newest first) is one entry. Its text is the event type, then what the
page adds about it, joined by " — ": the party whose brief it is, the disposition, the remarks (Supreme
Court and Court of Criminal Appeals pages). The Appellate Briefs table is not a source of entries: every
brief in it is also a case event, so it only lends the filing party ("Appellant", "State") to that event.
The entry's link is the event's first document, else the case page.

An event has no number: its key is its date, its type and, among events of the same date and type, its
position counted from the oldest, so an event added on top of the page does not renumber those below.
Dispositions and remarks are left out of the key, so a court filling them in later edits the entry.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit, urlunsplit

from bs4 import BeautifulSoup, Tag
from pydantic import ConfigDict, Field

from bot.core.courts import midnight
from bot.core.entry import content_key, normalise_text
from scrapers.base import Parsed, ParseError, Scraper
from scrapers.http import resolve_url, split_url
from scrapers.markup import attribute, read_html
from scrapers.settings import WatchSettings
from scrapers.text import harmonize_case_name, joined, text_of

EVENTS_TABLE = "ctl00_ContentPlaceHolder1_grdEvents_ctl00"
BRIEFS_TABLE = "ctl00_ContentPlaceHolder1_grdBriefs_ctl00"
DATE_FORMAT = "%m/%d/%Y"


@dataclass(frozen=True)
class Document:
    url: str
    name: str


@dataclass(frozen=True)
class Row:
    """A row of the Case Events or Appellate Briefs table.

    `detail` is the Disposition column of an event, the Description column (the filing party) of a brief.
    """

    date: date
    type: str
    detail: str
    remarks: str
    documents: tuple[Document, ...]


@dataclass(frozen=True)
class CasePage:
    case_number: str
    case_name: str
    court: str
    events: list[Row]
    briefs: list[Row]


def read_case_page(raw: bytes, url: str) -> CasePage:
    """The case and its events and briefs, in page order; document links resolved against `url`."""
    if not raw.rstrip().lower().endswith(b"</html>"):
        raise ParseError("not a whole HTML page")
    soup = read_html(raw)
    events = soup.find("table", id=EVENTS_TABLE)
    if events is None:
        raise ParseError("no Case Events table: not a case page")
    briefs = soup.find("table", id=BRIEFS_TABLE)
    fields = _case_fields(soup)
    if not fields.get("Case"):
        raise ParseError("no case number on the page")
    return CasePage(
        case_number=fields["Case"],
        case_name=harmonize_case_name(" v. ".join(filter(None, (fields.get("Style"), fields.get("v."))))),
        court=_court(soup),
        events=_rows(events, "Disposition", url),
        briefs=_rows(briefs, "Description", url) if briefs is not None else [],
    )


def _case_fields(soup: BeautifulSoup) -> dict[str, str]:
    """The labelled values atop the page ("Case:", "Style:", "v.:"), by label without its colon."""
    fields = {}
    for row in soup.select("#panelTextSelection .row-fluid"):
        cells = row.find_all("div", recursive=False)
        if len(cells) >= 2:
            fields[text_of(cells[0], " ").removesuffix(":")] = text_of(cells[1], " ")
    return fields


def _court(soup: BeautifulSoup) -> str:
    """`texas_` and the court code of the page's own form action (`Case.aspx?cn=01-18-00277-CR&coa=coa01`)."""
    form = soup.find("form", id="aspnetForm")
    codes = parse_qs(split_url(attribute(form, "action")).query).get("coa") if form is not None else None
    if not codes:
        raise ParseError("no court code (coa=) in the page's form")
    return f"texas_{codes[0].lower()}"


def _rows(table: Tag, detail_column: str, url: str) -> list[Row]:
    """The rows of a Case Events or Appellate Briefs table, its columns found by their headings."""
    headers = [text_of(th, " ") for th in table.select("thead th")]
    columns = {name: index for index, name in enumerate(headers)}
    for name in ("Date", "Event Type", detail_column, "Document"):
        if name not in columns:
            raise ParseError(f"table {table.get('id')} has no {name} column")
    rows = []
    for tr in table.select(":scope > tbody > tr"):
        cells = tr.find_all("td", recursive=False)
        if len(cells) == 1:  # "No briefs." spans the whole table
            continue
        if len(cells) != len(headers):
            raise ParseError(f"a row of table {table.get('id')} has {len(cells)} cells for {len(headers)} columns")
        rows.append(
            Row(
                date=_date(text_of(cells[columns["Date"]], " ")),
                type=text_of(cells[columns["Event Type"]], " "),
                detail=text_of(cells[columns[detail_column]], " "),
                remarks=text_of(cells[columns["Remarks"]], " ") if "Remarks" in columns else "",
                documents=_documents(cells[columns["Document"]], url),
            )
        )
    return rows


def _date(text: str) -> date:
    try:
        return datetime.strptime(text, DATE_FORMAT).date()
    except ValueError:
        raise ParseError(f"{text!r} in the Date column is not a date") from None


def _documents(cell: Tag, url: str) -> tuple[Document, ...]:
    """Each link of a Document cell, with the name written beside it ("Notice", "Brief"; may be empty)."""
    documents = []
    for link in cell.find_all("a", href=True):
        holder = link.find_parent("td")
        beside = holder.find_next_sibling("td") if holder is not None and holder is not cell else None
        documents.append(Document(url=_document_url(url, attribute(link, "href")), name=text_of(beside, " ")))
    return tuple(documents)


def _document_url(page_url: str, href: str) -> str:
    """The href made absolute, its query encoded (the case page itself when the href is malformed).

    Hrefs carry raw spaces (`DT=MANDATE ISSD`) and even `#` (`DT=53.7(F) FILED #2&MediaID=...`), which is
    part of the value, not a fragment: cut there, the link would lose its MediaID.
    """
    parts = urlsplit(resolve_url(page_url, href.replace("#", "%23")) or page_url)
    return urlunsplit(parts._replace(query=urlencode(parse_qsl(parts.query, keep_blank_values=True))))


def _brief_parties(events: list[Row], briefs: list[Row]) -> list[str]:
    """For each event, the party of the brief it is ("Appellant"), when the Appellate Briefs table lists it.

    A brief is its event when date, type and documents agree; identical briefs are matched in page order.
    """
    waiting: dict[tuple, list[str]] = defaultdict(list)
    for brief in briefs:
        waiting[_identity(brief)].append(brief.detail)
    return [waiting[_identity(event)].pop(0) if waiting[_identity(event)] else "" for event in events]


def _identity(row: Row) -> tuple:
    return row.date, normalise_text(row.type), tuple(document.url for document in row.documents)


def _keys(events: list[Row]) -> list[str]:
    """Date + type + the event's number among the same date and type, counted from the oldest (page bottom)."""
    seen: Counter[tuple[str, str]] = Counter()
    keys = []
    for event in reversed(events):
        same = (event.date.isoformat(), normalise_text(event.type))
        keys.append(content_key(*same, seen[same]))
        seen[same] += 1
    return keys[::-1]


class TexasCourtsSettings(WatchSettings):
    """A case page of the Texas courts' case search (courts of appeals, Court of Criminal Appeals, Supreme
    Court): each case event is an entry."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "tx-coa01", "kind": "texas_courts",
        "url": "https://search.txcourts.gov/Case.aspx?cn=01-18-00277-CR&coa=coa01", "every": "1h",
    }]})

    kind: Literal["texas_courts"] = Field(default="texas_courts", description="a Texas courts case page")
    url: str = Field(description="the case page: https://search.txcourts.gov/Case.aspx?cn=<case number>&coa=<court>")


class TexasCourts(Scraper[TexasCourtsSettings]):
    settings = TexasCourtsSettings
    cumulative = True

    def read(self, raw: bytes, url: str) -> Parsed:
        page = read_case_page(raw, url)
        parties = _brief_parties(page.events, page.briefs)
        return Parsed([
            self.case_entry(
                page,
                url,
                key=key,
                text=joined(event.type, party, event.detail, event.remarks),
                url=event.documents[0].url if event.documents else url,
                filed_at=midnight(event.date, page.court),
            )
            for event, party, key in zip(page.events, parties, _keys(page.events), strict=True)
        ])
