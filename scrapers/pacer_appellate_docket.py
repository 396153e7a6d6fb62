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

from lxml import etree

from scrapers.base import Skipped
from scrapers.docket_page import (
    DocketPage,
    DocketRow,
    TableRow,
    court_of_host,
    direct_rows,
    is_date,
    pacer_row,
    read_rows,
    row_problem,
    text_with_tables,
)
from scrapers.text import harmonize_case_name
from scrapers.tree import Element, empty, found, next_element, raw_text, text_of

_NO_ENTRIES = "no docket entries found."
_CIRCUITS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
    "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11", "district of columbia": "dc", "federal": "fc",
}
# "United States Court of Appeals for the Ninth Circuit", "U. S. Bankruptcy Appellate Panel for the Ninth Circuit".
_HEADING = re.compile(r"(Bankruptcy Appellate Panel|Court of Appeals) for (?:the )?(.+?) Circuit", re.IGNORECASE)
_SECTION_MARK = etree.XPath("(//comment()[contains(., $mark)])[1]")  # the page's comments, outside <html> too


def is_appellate_docket(root: Element) -> bool:
    """Whether the page is an appellate CM/ECF General Docket."""
    return _heading(root) is not None


def _heading(root: Element) -> Element | None:
    """The bold "General Docket / United States Court of Appeals for the ... Circuit" heading."""
    return next((b for b in root.iter("b") if raw_text(b).lstrip().startswith("General Docket")), None)


def read_appellate_docket(root: Element, url: str) -> DocketPage:
    """The case header, entry rows and skipped rows of a General Docket page. A page filtered to no entries
    ("No docket entries found.", or no entries section) has no rows."""
    stub = _section_table(root, "Case Stub")
    cells = list(stub.iter("td")) if stub is not None else []
    case_number = text_of(cells[0]).rpartition(":")[2].strip() if cells else ""  # "... Docket #: 10-1095"
    name_cell = next((cell for cell in cells if next(cell.iter("b"), None) is None), None)
    rows, skipped = read_rows(_entry_rows(root), _read_row)
    return DocketPage(case_number, harmonize_case_name(text_of(name_cell)), _court(root, url), rows, skipped)


def _section_table(root: Element, section: str) -> Element | None:
    """The first table after the page's "NEW SECTION - <section>" mark (a comment)."""
    mark = next(iter(found(_SECTION_MARK, root, mark=f"NEW SECTION - {section}")), None)
    return next_element(mark, "table") if mark is not None else None


def _entry_rows(root: Element) -> list[Element]:
    """The rows of the table that holds the entries (inside the entries section's frame table), not those of a
    table inside a docket text."""
    frame = _section_table(root, "DOCKET ENTRIES")
    if frame is None:
        return []
    first = next((tr for tr in frame.iter("tr") if is_date(text_of(next(tr.iter("td"), None)))), None)
    table = next(first.iterancestors("table"), None) if first is not None else None
    return direct_rows(table) if table is not None else []


def _read_row(row: TableRow) -> DocketRow | Skipped | None:
    """An entry, a skipped row (with why), or None for a blank row or the "No docket entries found." line."""
    cells, texts = row.data()
    if not any(texts) or (len(cells) == 1 and texts[0].lower() == _NO_ENTRIES):
        return None
    problem = row_problem(texts, 3)
    if problem:
        return problem
    number_cell = cells[1]
    for size in number_cell.iter("font"):  # "2 pg, 197.66 KB"
        empty(size)
    number = next((word for word in text_of(number_cell).split() if word.isdigit()), None)
    href = next((href for link in number_cell.iter("a") if (href := link.get("href")) is not None), "")
    return pacer_row(texts[0], number, text_with_tables(cells[-1], texts[-1]), href)


def _court(root: Element, url: str) -> str:
    """ca1 ... ca11, cadc, cafc from the heading, bap<n> for a bankruptcy appellate panel, cavc for Veterans
    Claims; the URL's host for a heading we do not know."""
    heading = text_of(_heading(root))
    if "veterans claims" in heading.lower():
        return "cavc"
    match = _HEADING.search(heading)
    circuit = _CIRCUITS.get(match.group(2).lower()) if match else None
    if match is None or circuit is None:
        return court_of_host(urlsplit(url).hostname or "")
    return ("bap" if match.group(1).lower().startswith("bankruptcy") else "ca") + circuit
