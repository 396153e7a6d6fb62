"""What a docket page reader gives `html_docket`: the case header, the entry rows as the page shows them, and
the rows it read but could not take as entries (with a reason each); plus the row and cell readers they share."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from bs4 import BeautifulSoup

from scrapers.base import ParseError, Skipped
from scrapers.markup import read_html
from scrapers.tree import Element, append_text, text_of

_ECF_HOST = re.compile(r"ecf\.([a-z0-9]+)\.uscourts\.gov")
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")  # a CM/ECF entry's date: 01/08/2024
_DOCUMENT = re.compile(r"/(docs?1)/(\d+)")


class DocketRow(NamedTuple):
    """One entry row as read from the page, before dates are parsed, links resolved and keys given: its date
    and number as shown (number None when the row shows none), its text on one line, its document link, and,
    for an entry without number whose link is a PACER document's, that document's id (its key). (A named
    tuple: made for each row of a page, several times faster than a frozen dataclass.)"""

    date: str
    number: str | None
    text: str
    href: str
    document: str = ""


@dataclass(frozen=True)
class DocketPage:
    case_number: str
    case_name: str
    court: str
    rows: list[DocketRow]
    skipped: list[Skipped] = field(default_factory=list)


def soup_of(raw: bytes) -> BeautifulSoup:
    """The parsed page for CSS selectors, each <br> turned into a line break so that the words on either side
    stay apart. (The PACER readers walk lxml's tree instead: `page_tree` in scrapers/tree.py, which reads the
    same page to the same texts.)

    Bytes that are UTF-8 are read as UTF-8 whatever the page declares: CM/ECF pages declare iso-8859-1 and
    carry UTF-8 text pasted into docket texts ("Government’s"); other bytes are read as the page declares.
    """
    try:
        soup = read_html(raw.decode("utf-8"))
    except UnicodeDecodeError:
        soup = read_html(raw)
    for br in soup.find_all("br"):
        br.replace_with("\n")
    return soup


def pacer_row(date: str, number: str | None, text: str, href: str) -> DocketRow:
    """A PACER docket row; one without number is known by the id of the document it links, if any (a
    /doc1/0230436525 id with its 4th digit, a flag that varies between views, as 0)."""
    match = _DOCUMENT.search(href) if number is None else None
    kind, document = match.groups() if match else ("", "")
    if kind == "doc1":
        document = document[:3] + "0" + document[4:]
    return DocketRow(date, number, text, href, document)


def ecf_court(host: str | None) -> str | None:
    """The CM/ECF court id of an ecf.<court>.uscourts.gov host name; None for any other host."""
    match = _ECF_HOST.fullmatch(host or "")
    return match.group(1) if match else None


def court_of_host(host: str) -> str:
    """The CM/ECF court id of an ecf.<court>.uscourts.gov host name; any other host name as it is."""
    return ecf_court(host) or host


def is_date(text: str) -> bool:
    """Whether a cell's text is a CM/ECF entry date (01/08/2024)."""
    return _DATE.fullmatch(text) is not None


def row_problem(texts: list[str], fewest_cells: int) -> Skipped | None:
    """Why a row that is neither blank nor a header cannot be an entry (its first cell is no date, or it has
    fewer cells than an entry has), given its cells' texts; None where it can."""
    if not is_date(texts[0]):
        return Skipped("row has no date", row_summary(texts))
    if len(texts) < fewest_cells:
        return Skipped("row has no docket text", row_summary(texts))
    return None


def direct_rows(table: Element) -> list[Element]:
    """A table's own rows (inside its thead/tbody/tfoot or not), without the rows of tables nested in its cells."""
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(child.iterchildren("tr"))
    return rows


def cells_of(row: Element) -> list[Element]:
    """A row's own cells (<td> and <th>)."""
    return [cell for cell in row if cell.tag in ("td", "th")]


def data_cells(row: Element) -> list[Element]:
    """A row's own <td> cells."""
    return list(row.iterchildren("td"))


class TableRow(NamedTuple):
    """A row of a docket table, read once: the <tr>, its own cells (<td> and <th>) and their texts (`text_of`)."""

    element: Element
    cells: list[Element]
    texts: list[str]

    def data(self) -> tuple[list[Element], list[str]]:
        """The row's <td> cells and their texts."""
        if "th" not in [cell.tag for cell in self.cells]:
            return self.cells, self.texts
        kept = [at for at, cell in enumerate(self.cells) if cell.tag == "td"]
        return [self.cells[at] for at in kept], [self.texts[at] for at in kept]


def text_with_tables(cell: Element, text: str) -> str:
    """A docket text cell's text on one line, given `text`, its `text_of`: where the cell holds a table (a list of
    prior filings, say), the cells of that table are kept apart by a space (added at the end of each, where it
    stays)."""
    inner = list(cell.iterdescendants("td", "th"))
    if not inner:
        return text
    for inner_cell in inner:
        append_text(inner_cell, " ")
    return text_of(cell)


def row_summary(texts: list[str]) -> str:
    """A skipped row as the page shows it: its non-empty cells' texts, joined by " | "."""
    return " | ".join(text for text in texts if text)


def is_document_list(row: TableRow) -> bool:
    """Whether a row is the document list a "View multiple documents" report puts under an entry (a table of its
    main document and attachments, in a row without a date): part of the entry above, not an item of its own."""
    return bool(row.cells) and not row.texts[0] and next(row.element.iter("table"), None) is not None


def read_rows(
    rows: Iterable[Element], read_row: Callable[[TableRow], DocketRow | Skipped | None]
) -> tuple[list[DocketRow], list[Skipped]]:
    """The entry rows and skipped rows among a docket table's rows, each read with `read_row` (which gives None
    for a row that is no item: blank, a header); a document list under an entry is part of that entry.

    Raises ParseError where rows were read and none of them is an entry: a broken page, not an empty docket.
    """
    entries: list[DocketRow] = []
    skipped: list[Skipped] = []
    for tr in rows:
        cells = cells_of(tr)
        table_row = TableRow(tr, cells, [text_of(cell) for cell in cells])
        if entries and is_document_list(table_row):
            continue
        row = read_row(table_row)
        if isinstance(row, DocketRow):
            entries.append(row)
        elif row is not None:
            skipped.append(row)
    if skipped and not entries:
        raise ParseError(f"the docket table has no entry: {len(skipped)} rows, none could be read ({skipped[0]})")
    return entries, skipped
