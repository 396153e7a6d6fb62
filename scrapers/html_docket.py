"""Docket pages whose entries are table rows, read with CSS selectors (or a preset such as `pacer_docket`).

A source gives either `selectors` or a `preset`:

- `selectors`: `row` selects each entry row of the page; within a row, `date`, `number`, `text` and `link`
  (an `<a>`, its href resolved against the page URL) select the entry's parts; `case_number` and `case_name`
  select the page header. Only `row` and `text` are required. `date_format` is the dates' strptime format;
  without one a few common US formats are tried. A page whose header does not name the case needs the
  source's `case_name:` (the config check asks for one when there is no `case_name` selector): a post never
  takes the page's host for the case. The court is the source's `court:` (an id of bot/core/courts.tsv,
  such as `nm_d101`, whose zone then dates the entries, or a court's name), else the page URL's host.
- `preset: pacer_docket`: any PACER CM/ECF docket page: the docket report of district, bankruptcy and national
  courts (scrapers/pacer_docket.py) and the courts of appeals' General Docket (scrapers/pacer_appellate_docket.py),
  told apart by the page itself.

An entry's key is its number; an entry without one is known by the PACER document it links (an appellate entry
that shows no number), else (a minute entry) by its date and text. A page gives
dates only: an entry is filed at the start of that day on the court's clock (UTC for a court whose zone is not
known, such as a county court's host name). A row whose date is empty or not in the format is still a filing: it
is kept undated (`filed_at` None) and reported, with its row and its date as the page gives it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Literal
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag
from pydantic import ConfigDict, Field

from bot.core.courts import midnight
from bot.core.entry import content_key, normalise_text
from scrapers.base import Parsed, ParseError, Scraper, Skipped, Undated
from scrapers.docket_page import DocketPage, DocketRow, court_of_host, soup_of
from scrapers.http import resolve_url
from scrapers.markup import attribute
from scrapers.pacer_docket import read_pacer_docket
from scrapers.selectors import selector_problems
from scrapers.settings import WatchSettings
from scrapers.text import text_of
from scrapers.tree import Element, page_tree

SELECTOR_NAMES = ("row", "date", "number", "text", "link", "case_number", "case_name")
COMMON_DATE_FORMATS = ("%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y", "%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%d-%b-%Y")
_US_DATE_FORMAT = COMMON_DATE_FORMATS[0]
_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})", re.ASCII)  # what strptime reads with _US_DATE_FORMAT, and more


# --- generic selectors -------------------------------------------------------------------------------------------


def _select_text(scope: Tag, selector: str | None) -> str:
    return text_of(scope.select_one(selector)) if selector else ""


def _select_href(row: Tag, selector: str | None) -> str:
    link = row.select_one(selector) if selector else None
    return attribute(link, "href") if link is not None else ""


def _read_with_selectors(soup: BeautifulSoup, url: str, selectors: dict[str, str]) -> DocketPage:
    """Rows without text are not entries: they are counted as skipped (header rows of <th> cells are not)."""
    rows, skipped = [], []
    for row in soup.select(selectors["row"]):
        text = _select_text(row, selectors["text"])
        if text:
            number = _select_text(row, selectors.get("number"))
            href = _select_href(row, selectors.get("link"))
            rows.append(DocketRow(_select_text(row, selectors.get("date")), number or None, text, href))
        elif row.find("td") and text_of(row):  # a row of <th> cells is a header, not an item
            skipped.append(Skipped("row has no text", text_of(row)))
    case_number = _select_text(soup, selectors.get("case_number"))
    case_name = _select_text(soup, selectors.get("case_name"))
    if not rows and not (case_number or case_name):
        raise ParseError(f"no row matches {selectors['row']!r} and no case header on the page")
    return DocketPage(case_number, case_name, court_of_host(urlsplit(url).hostname or ""), rows, skipped)


# A preset's reader takes the page's lxml tree (scrapers/tree.py) and URL.
PRESETS: dict[str, Callable[[Element, str], DocketPage]] = {"pacer_docket": read_pacer_docket}


# --- entries -----------------------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # a docket lists many entries of one day
def _filed_at(date: str, date_format: str | None, court: str) -> datetime | None:
    """The start of the entry's day on the court's clock; None for a date in none of the formats.

    A date as CM/ECF gives it (01/08/2024), in the first of the common formats, is read without strptime (several
    times slower): to the same day, or, for no such day (02/30/2024), by strptime, which refuses it too.
    """
    if date_format in (None, _US_DATE_FORMAT) and (numbers := _US_DATE.fullmatch(date)):
        month, day, year = map(int, numbers.groups())
        try:
            return midnight(datetime(year, month, day).date(), court)
        except ValueError:
            pass
    for fmt in (date_format,) if date_format else COMMON_DATE_FORMATS:
        try:
            return midnight(datetime.strptime(date, fmt).date(), court)
        except ValueError:
            continue
    return None


def _unreadable_date(date: str, date_format: str | None) -> str:
    """Why a row's date cell (its text `date`) gives no date, with the source's `date_format` (None: the common
    formats)."""
    if not date:
        return "has no date"
    if date_format:
        return f"{date!r} does not match {date_format}"
    return f"{date!r} matches no common date format (give the source a date_format)"


def _keys(rows: list[DocketRow]) -> list[str]:
    """The entry number, else the PACER document it links (the clerk may edit its text), else a hash of date and
    text; a repeat gets its occurrence in page order appended."""
    seen: dict[str, int] = {}
    keys = []
    for row in rows:
        if row.number:  # a PACER number is digits, which normalise_text leaves as they are
            key = f"no:{row.number if row.number.isdigit() else normalise_text(row.number)}"
        else:
            key = f"doc:{row.document}" if row.document else content_key(row.date, row.text)
        seen[key] = count = seen.get(key, 0) + 1
        keys.append(key if count == 1 else f"{key}:{count}")
    return keys


class HtmlDocketSettings(WatchSettings):
    """A docket page whose entries are table rows: a PACER docket report (`preset: pacer_docket`), or any other
    table read with CSS selectors."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "county", "kind": "html_docket", "url": "https://courts.example.gov/case/2023-CR-00040",
        "selectors": {"row": "table#register tr.entry", "date": "td.date", "number": "td.no", "text": "td.desc",
                      "link": "td.desc a", "case_number": "h1 .case-no", "case_name": "h1 .style"},
        "date_format": "%m/%d/%Y",
    }]})

    kind: Literal["html_docket"] = Field(default="html_docket", description="a docket page of table rows")
    url: str = Field(description="the docket page")
    preset: str | None = Field(default=None, description=f"a reader for a known layout: {', '.join(PRESETS)}")
    selectors: dict[str, str] = Field(default={}, description=(
        f"CSS selectors instead of a preset: {', '.join(SELECTOR_NAMES)} (row and text required; each but the "
        "case's within the row)"))
    date_format: str | None = Field(default=None,
                                    description="the dates' strptime format (default: common US formats)")
    case_name: str | None = Field(default=None, min_length=1,
                                  description="the case's name, for a page that does not name its case")
    court: str | None = Field(default=None, min_length=1,
                              description="a court id of bot/core/courts.tsv (nm_d101), or the court's name")

    def problems(self) -> list[tuple[str, str]]:
        return super().problems() + self._reader_problems()

    def _reader_problems(self) -> list[tuple[str, str]]:
        if self.preset is not None:
            if self.preset not in PRESETS:
                return [("preset", f'unknown preset "{self.preset}" (known: {", ".join(sorted(PRESETS))})')]
            if self.selectors:
                return [("selectors", "give either preset or selectors, not both")]
            return []
        if not self.selectors:
            return [("selectors", f"kind {self.kind} needs selectors (row and text at least) or a preset")]
        problems = selector_problems(self.selectors, SELECTOR_NAMES, ("row", "text"))
        if not problems and "case_name" not in self.selectors and not self.case_name:
            problems.append(("case_name", 'the page\'s case name cannot be found: give the case\'s name '
                             '(case_name: "State of New Mexico v. Baldwin") or a case_name selector'))
        return problems


class HtmlDocket(Scraper[HtmlDocketSettings]):
    settings = HtmlDocketSettings
    cumulative = True

    def read(self, raw: bytes, url: str) -> Parsed:
        """The page's entries; a row whose date cannot be read is kept undated and reported (`Parsed.undated`),
        unless the source selects no date at all (then every entry is undated, as its config says)."""
        if self.source.preset:
            page = PRESETS[self.source.preset](page_tree(raw), url)
        else:
            page = _read_with_selectors(soup_of(raw), url, self.source.selectors)
        page = replace(page, case_name=page.case_name or self.source.case_name or "",
                       court=self.source.court or page.court)
        parsed = Parsed(skipped=page.skipped)
        dated = bool(self.source.preset) or "date" in self.source.selectors
        for position, (row, key) in enumerate(zip(page.rows, _keys(page.rows), strict=True), start=1):
            filed_at = _filed_at(row.date, self.source.date_format, page.court)
            if filed_at is None and dated:
                parsed.undated.append(Undated(f"row {position}", _unreadable_date(row.date, self.source.date_format)))
            parsed.entries.append(self.case_entry(
                page,
                url,
                key=key,
                text=row.text,
                url=resolve_url(url, row.href) or url,
                filed_at=filed_at,
                number=row.number,
            ))
        return parsed
