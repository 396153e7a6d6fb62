"""The "General Docket" page of the courts of appeals' CM/ECF (TransportRoom?servlet=CaseSummary.jsp): courts of
appeals, bankruptcy appellate panels, the Court of Appeals for Veterans Claims. Read through `preset:
pacer_docket`, which hands these pages here.

The case stub gives the case number ("Court of Appeals Docket #: 10-1095") and the case name (its line without a
label); the court is named in the page heading ("United States Court of Appeals for the First Circuit"). The
entries are the rows of the table after the "DOCKET ENTRIES" section mark: date, number cell (the number, a
document link, a checkbox, the document's size in <font>), docket text. An entry whose number cell shows no
number (older pages link an icon) has none.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Comment, Tag

from scrapers.base import Skipped
from scrapers.docket_page import (
    DocketPage,
    DocketRow,
    cells_of,
    court_of_host,
    direct_rows,
    is_date,
    pacer_row,
    read_rows,
    row_problem,
    text_with_tables,
)
from scrapers.markup import attribute
from scrapers.text import harmonize_case_name, text_of

_NO_ENTRIES = "no docket entries found."
_CIRCUITS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
    "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11", "district of columbia": "dc", "federal": "fc",
}
# "United States Court of Appeals for the Ninth Circuit", "U. S. Bankruptcy Appellate Panel for the Ninth Circuit".
_HEADING = re.compile(r"(Bankruptcy Appellate Panel|Court of Appeals) for (?:the )?(.+?) Circuit", re.IGNORECASE)


def is_appellate_docket(soup: BeautifulSoup) -> bool:
    """Whether the page is an appellate CM/ECF General Docket."""
    return _heading(soup) is not None


def _heading(soup: BeautifulSoup) -> Tag | None:
    """The bold "General Docket / United States Court of Appeals for the ... Circuit" heading."""
    return soup.find(lambda tag: tag.name == "b" and tag.get_text().lstrip().startswith("General Docket"))


def read_appellate_docket(soup: BeautifulSoup, url: str) -> DocketPage:
    """The case header, entry rows and skipped rows of a General Docket page. A page filtered to no entries
    ("No docket entries found.", or no entries section) has no rows."""
    stub = _section_table(soup, "Case Stub")
    case_number = text_of(stub.find("td")).rpartition(":")[2].strip() if stub else ""  # "... Docket #: 10-1095"
    name_cell = stub.find(lambda tag: tag.name == "td" and not tag.find("b")) if stub else None
    rows, skipped = read_rows(_entry_rows(soup), _read_row)
    return DocketPage(case_number, harmonize_case_name(text_of(name_cell)), _court(soup, url), rows, skipped)


def _section_table(soup: BeautifulSoup, section: str) -> Tag | None:
    """The first table after the page's "NEW SECTION - <section>" mark."""
    mark = soup.find(string=lambda text: isinstance(text, Comment) and f"NEW SECTION - {section}" in text)
    return mark.find_next("table") if mark else None


def _entry_rows(soup: BeautifulSoup) -> list[Tag]:
    """The rows of the table that holds the entries (inside the entries section's frame table), not those of a
    table inside a docket text."""
    frame = _section_table(soup, "DOCKET ENTRIES")
    if frame is None:
        return []
    first = next((tr for tr in frame.find_all("tr") if is_date(text_of(tr.find("td")))), None)
    table = first.find_parent("table") if first else None
    return direct_rows(table) if table else []


def _read_row(row: Tag) -> DocketRow | Skipped | None:
    """An entry, a skipped row (with why), or None for a blank row or the "No docket entries found." line."""
    cells = [cell for cell in cells_of(row) if cell.name == "td"]
    texts = [text_of(cell) for cell in cells]
    if not any(texts) or (len(cells) == 1 and texts[0].lower() == _NO_ENTRIES):
        return None
    problem = row_problem(texts, 3)
    if problem:
        return problem
    number_cell = cells[1]
    for size in number_cell.find_all("font"):  # "2 pg, 197.66 KB"
        size.extract()
    number = next((word for word in text_of(number_cell).split() if word.isdigit()), None)
    link = number_cell.find("a", href=True)
    return pacer_row(texts[0], number, text_with_tables(cells[-1]), attribute(link, "href") if link else "")


def _court(soup: BeautifulSoup, url: str) -> str:
    """ca1 ... ca11, cadc, cafc from the heading, bap<n> for a bankruptcy appellate panel, cavc for Veterans
    Claims; the URL's host for a heading we do not know."""
    heading = text_of(_heading(soup))
    if "veterans claims" in heading.lower():
        return "cavc"
    match = _HEADING.search(heading)
    circuit = _CIRCUITS.get(match.group(2).lower()) if match else None
    if match is None or circuit is None:
        return court_of_host(urlsplit(url).hostname or "")
    return ("bap" if match.group(1).lower().startswith("bankruptcy") else "ca") + circuit
