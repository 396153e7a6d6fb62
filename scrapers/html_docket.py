"""Docket pages whose entries are table rows, read with CSS selectors (or a preset such as `pacer_docket`).

A source gives either `selectors` or a `preset`:

- `selectors`: `row` selects each entry row of the page; within a row, `date`, `number`, `text` and `link`
  (an `<a>`, its href resolved against the page URL) select the entry's parts; `case_number` and `case_name`
  select the page header. Only `row` and `text` are required. `date_format` is the dates' strptime format;
  without one a few common US formats are tried. The court is the page URL's host.
- `preset: pacer_docket`: the PACER CM/ECF docket report (DktRpt.pl) of district and bankruptcy courts: the
  table headed "Docket Text", the case number from the page title ("CIVIL DOCKET FOR CASE #: 1:17-cv-01234-ABC"),
  the case name from the case box, the court from the page's ecf.<court>.uscourts.gov links.

An entry's key is its number; an entry without one (a minute entry) is known by its date and text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from bot.entry import Entry, content_key, normalise_text
from scrapers.base import ParseError, Parsed, Scraper
from scrapers.markup import read_html
from scrapers.http import resolve_url, split_url
from scrapers.pacer_rss import harmonize_case_name
from scrapers.selectors import selector_problems

if TYPE_CHECKING:
    from bot.config import SourceConfig

SELECTOR_NAMES = ("row", "date", "number", "text", "link", "case_number", "case_name")
COMMON_DATE_FORMATS = ("%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y", "%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%d-%b-%Y")

# 3:08-cv-00284 (district, judge initials and a defendant number may follow), 17-80033 (bankruptcy).
_PACER_CASE_NUMBER = re.compile(r"#:\s*((?:\d{1,2}:)?\d{2}-(?:[a-z]{1,5}-)?\d{1,6})", re.IGNORECASE)
_PACER_CASE_TITLE = re.compile(r"^(?:Case title:\s*)?(.+\s(?:v|vs)\.?\s.+|in re\b.+)$", re.IGNORECASE)
_BARE_V = re.compile(r"(?<= )v(?= )")  # "O'Donnell v Trustees"
_ECF_HOST = re.compile(r"ecf\.([a-z0-9]+)\.uscourts\.gov")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class _Row:
    """One entry row as read from the page, before dates are parsed, links resolved and keys given."""

    date: str
    number: str | None
    text: str
    href: str


@dataclass(frozen=True)
class _Page:
    case_number: str
    case_name: str
    court: str
    rows: list[_Row]


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _text(element: Tag | None) -> str:
    """An element's text on one line."""
    return _clean(element.get_text()) if element is not None else ""


def _soup(raw: bytes) -> BeautifulSoup:
    """The parsed page, each <br> turned into a line break so that the words on either side stay apart."""
    soup = read_html(raw)
    for br in soup.find_all("br"):
        br.replace_with("\n")
    return soup


def _court_of_host(host: str) -> str:
    match = _ECF_HOST.fullmatch(host)
    return match.group(1) if match else host


# --- generic selectors -------------------------------------------------------------------------------------------


def _select_text(scope: Tag, selector: str | None) -> str:
    return _text(scope.select_one(selector)) if selector else ""


def _select_href(row: Tag, selector: str | None) -> str:
    link = row.select_one(selector) if selector else None
    return link.get("href", "") if link is not None else ""


def _read_with_selectors(soup: BeautifulSoup, url: str, selectors: dict[str, str]) -> _Page:
    rows = []
    for row in soup.select(selectors["row"]):
        text = _select_text(row, selectors["text"])
        if text:
            number = _select_text(row, selectors.get("number"))
            href = _select_href(row, selectors.get("link"))
            rows.append(_Row(_select_text(row, selectors.get("date")), number or None, text, href))
    case_number = _select_text(soup, selectors.get("case_number"))
    case_name = _select_text(soup, selectors.get("case_name"))
    if not rows and not (case_number or case_name):
        raise ParseError(f"no row matches {selectors['row']!r} and no case header on the page")
    return _Page(case_number, case_name, _court_of_host(urlsplit(url).hostname or ""), rows)


# --- preset pacer_docket -----------------------------------------------------------------------------------------


def _pacer_docket_table(soup: BeautifulSoup) -> Tag | None:
    """The table whose first row has a "Docket Text" header cell."""
    for table in soup.find_all("table"):
        first_row = table.find("tr")
        if first_row and any(_text(cell).lower() == "docket text" for cell in first_row.find_all(["td", "th"])):
            return table
    return None


def _pacer_row(row: Tag) -> _Row | None:
    """Date (first cell), text (last cell) and number (the first non-empty cell between) of a docket table row.

    District reports have three cells; bankruptcy ones put the number in the third of five, between an empty
    cell and a checkbox.
    """
    cells = row.find_all("td", recursive=False)
    if len(cells) < 3 or not _text(cells[0]):
        return None
    number_cell = next((cell for cell in cells[1:-1] if _text(cell)), None)
    words = _text(number_cell).split()
    number = words[0] if words else None  # "13 (5 pgs)" in some courts
    links = number_cell.find_all("a", href=True) if number_cell else []
    link = next((a for a in links if _text(a) == number), None)
    return _Row(_text(cells[0]), number, _text(cells[-1]), link["href"] if link else "")


def _pacer_case_name(soup: BeautifulSoup) -> str:
    """The "X v. Y" (or "In re X") line of the case box; for a bankruptcy petition, the debtor."""
    box = soup.find(lambda tag: tag.name == "td" and "date filed:" in tag.get_text().lower() and not tag.find("td"))
    table = box.find_parent("table") if box else None
    lines = table.get_text().split("\n") if table else []
    for line in map(_clean, lines):
        match = _PACER_CASE_TITLE.match(line)
        if match:
            return harmonize_case_name(_BARE_V.sub("v.", match.group(1))).rstrip(",;")
    debtor = soup.find(lambda tag: tag.name == "i" and _text(tag) == "Debtor")
    name = debtor.find_next_sibling("b") if debtor else None
    return harmonize_case_name(_text(name)) if name else ""


def _pacer_court(soup: BeautifulSoup, url: str) -> str:
    """The court of the first ecf.<court>.uscourts.gov link; a page with none (no documents) falls back on the URL."""
    for link in soup.find_all("a", href=True):
        match = _ECF_HOST.fullmatch(split_url(link["href"]).hostname or "")
        if match:
            return match.group(1)
    return _court_of_host(urlsplit(url).hostname or "")


def _read_pacer_docket(soup: BeautifulSoup, url: str) -> _Page:
    """The case header and entry rows; a page with neither the case number title nor the docket table is refused."""
    titles = soup.find_all(["h3", "center"])
    match = next(filter(None, (_PACER_CASE_NUMBER.search(_text(title)) for title in titles)), None)
    table = _pacer_docket_table(soup)
    if match is None and table is None:
        raise ParseError("not a PACER docket report: no case number title and no docket table")
    rows = [row for tr in (table.find_all("tr")[1:] if table else []) if (row := _pacer_row(tr))]
    return _Page(match.group(1) if match else "", _pacer_case_name(soup), _pacer_court(soup, url), rows)


PRESETS: dict[str, Callable[[BeautifulSoup, str], _Page]] = {"pacer_docket": _read_pacer_docket}


# --- entries -----------------------------------------------------------------------------------------------------


def _filed_at(date: str, date_format: str | None) -> datetime | None:
    for fmt in (date_format,) if date_format else COMMON_DATE_FORMATS:
        try:
            return datetime.strptime(date, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def _keys(rows: list[_Row]) -> list[str]:
    """The entry number, else a hash of date and text; a repeat gets its occurrence in page order appended."""
    seen: Counter[str] = Counter()
    keys = []
    for row in rows:
        key = f"no:{normalise_text(row.number)}" if row.number else content_key(row.date, row.text)
        seen[key] += 1
        keys.append(key if seen[key] == 1 else f"{key}:{seen[key]}")
    return keys


class HtmlDocket(Scraper):
    kind = "html_docket"
    settings = frozenset({"preset", "selectors", "date_format"})
    cumulative = True

    @classmethod
    def check(cls, source: SourceConfig) -> list[tuple[str, str]]:
        if source.preset is not None:
            if source.preset not in PRESETS:
                return [("preset", f'unknown preset "{source.preset}" (known: {", ".join(sorted(PRESETS))})')]
            if source.selectors:
                return [("selectors", "give either preset or selectors, not both")]
            return []
        if not source.selectors:
            return [("selectors", f"kind {cls.kind} needs selectors (row and text at least) or a preset")]
        return selector_problems(source.selectors, SELECTOR_NAMES, ("row", "text"))

    def read(self, raw: bytes, url: str) -> Parsed:
        soup = _soup(raw)
        if self.source.preset:
            page = PRESETS[self.source.preset](soup, url)
        else:
            page = _read_with_selectors(soup, url, self.source.selectors)
        return Parsed([
            self.case_entry(
                page,
                url,
                key=key,
                text=row.text,
                url=resolve_url(url, row.href) or url,
                filed_at=_filed_at(row.date, self.source.date_format),
                number=row.number,
            )
            for row, key in zip(page.rows, _keys(page.rows), strict=True)
        ])
