"""The PACER CM/ECF docket report (DktRpt.pl) of district, bankruptcy and national courts, read for `preset:
pacer_docket`; a courts-of-appeals "General Docket" page given to the same preset is handed to
scrapers/pacer_appellate_docket.py, so one preset reads every PACER docket page.

The entries are the rows of the table headed "Docket Text" and of the header-less tables that continue it
(long bankruptcy dockets split the list every 100 or so entries). A row is a date, then the entry number
(alone in a cell, or, in the N.D. Texas two-column layout, at the start of the text cell: "1 (11 pgs)
Chapter 11 voluntary petition ..."), then the docket text; a table inside a docket text is part of that text.
The case number comes from the page title ("CIVIL DOCKET FOR CASE #: 1:17-cv-01234-ABC"), the case name
from the case box ("Case title: ...", "X v. Y", "In re X", else the debtor), the court from the page's
ecf.<court>.uscourts.gov links (or, on a page without any, its URL or its <title>).
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urljoin, urlsplit

from lxml import etree

from bot.core.courts import court_zone
from bot.core.docket_numbers import split_title
from scrapers.base import ParseError, Skipped
from scrapers.docket_page import (
    DocketPage,
    DocketRow,
    TableRow,
    cells_of,
    court_of_host,
    data_cells,
    direct_rows,
    ecf_court,
    is_date,
    pacer_row,
    read_rows,
    row_problem,
    text_with_tables,
)
from scrapers.http import split_url
from scrapers.pacer_appellate_docket import is_appellate_docket, read_appellate_docket
from scrapers.text import harmonize_case_name, one_line
from scrapers.tree import Element, next_element, raw_text, strings, text_of

# The label before the case number of a report's title: "#: 3:08-cv-00284-TMB", "#: 17-80033", and at the
# Judicial Panel on Multidistrict Litigation "#: MDL No. 2873" or a member case "#: NYS/1:22-cv-10283". The
# number itself is read with the docket-number grammar (bot/core/docket_numbers.py).
_CASE_NUMBER_LABEL = re.compile(r"#:\s*(?:[A-Z]{2,4}/)?(MDL No\. \d+)?", re.IGNORECASE)
_CASE_TITLE = re.compile(r"^(?:Case title:\s*)?(.+\s(?:v|vs)\.?\s.+|in re\b.+)$", re.IGNORECASE)
# The labels of a district case box's left cell, after the case's title ("Case title:" is the title's own label).
_CASE_TITLE_LABEL = re.compile(r"^Case title:\s*", re.IGNORECASE)
_BOX_LABEL = re.compile(
    r"\b(?:Assigned to|Referred to|Cause|Case in other court|Lead case|Member cases?|Related cases?|Designated|"
    r"Magistrate judge case numbers?|Appeals court case numbers?|Petty offense case numbers?|Date Filed|"
    r"Date Terminated|Jury Demand|Nature of Suit|Jurisdiction|Case Number|Panel|Lead Docket)\s*:",
    re.IGNORECASE,
)
# A cell text whose lower case this is has its length (İ, whose lower case is two characters, lowers to no letter of it).
_HEADER = "docket text"
_ENTERED = re.compile(r"\(Entered:\s*(\d{1,2}/\d{1,2}/\d{2,4})\)\s*$")  # how a docket text ends
_WORD = re.compile(r"[A-Za-z0-9]+")
_BARE_V = re.compile(r"(?<= )v(?= )")  # "O'Donnell v Trustees"
# The start of a two-column text cell: the number, then its page count ("(11 pgs)", "(1 pg)", "(23 pgs; 4 docs)").
_NUMBER_IN_TEXT = re.compile(r"(\d+)\s+(?:\(\d+\s+pgs?(?:;\s*\d+\s+docs?)?\)\s*)?(.*)", re.DOTALL)
_LINKS = etree.XPath("//a/@href", smart_strings=False)
_ECF_LINK = re.compile(r"https?://ecf\.([a-z0-9]+)\.uscourts\.gov(?=[/?#]|$)")  # as urlsplit and ecf_court read it
_URL_SPACES = re.compile("[\t\r\n]")  # what urlsplit takes out of a URL before reading its host


def read_pacer_docket(root: Element, url: str) -> DocketPage:
    """The case header, entry rows and skipped rows of a PACER docket page (a district, bankruptcy or national
    court's docket report, or a courts-of-appeals General Docket).

    Raises ParseError for a page that is none of these (no case number title and no docket table), and for
    a docket table from which no entry could be read.
    """
    if is_appellate_docket(root):
        return read_appellate_docket(root, url)
    title, case_number = next(
        ((title, number) for title in root.iter("h3", "center") if (number := _case_number(text_of(title)))),
        (None, None),
    )
    tables = _entry_tables(root)
    if case_number is None and not tables:
        raise ParseError(f"not a PACER docket report: {_what_the_page_says(root)}")
    rows, skipped = read_rows((tr for table in tables for tr in direct_rows(table)), _read_row)
    if tables and not rows:
        raise ParseError("the docket table has no entry: it has no row under its header")
    court = _court(root, url)
    return DocketPage(case_number or "", _case_name(root, title), court, _on_court_host(rows, url, court), skipped)


def _on_court_host(rows: list[DocketRow], url: str, court: str) -> list[DocketRow]:
    """The rows with their links on the court's CM/ECF host where the page is read from elsewhere (RECAP, a
    file): a page saved from CM/ECF keeps relative links ("/doc1/034037085340"), which lead nowhere elsewhere."""
    if ecf_court(urlsplit(url).hostname) is not None or court_zone(court) is None:
        return rows
    host = f"https://ecf.{court}.uscourts.gov/"
    return [row._replace(href=urljoin(host, row.href)) if row.href.startswith("/") else row for row in rows]


def _what_the_page_says(root: Element) -> str:
    """Why a page that is no docket report is none, for the user: CM/ECF's own message where it gives one in a
    heading ("Invalid date_from: 12/13/219", "Cannot find case"), else what the page lacks."""
    heading = next((text for h3 in root.iter("h3") if (text := text_of(h3))), "")
    if heading:
        return f"the page says {heading[:200]!r}"
    return "no case number title and no docket table"


def _case_number(title: str) -> str | None:
    """The case number a report's title gives after "#:" (its judges' initials left aside), or None."""
    label = _CASE_NUMBER_LABEL.search(title)
    if label is None:
        return None
    if label.group(1):
        return label.group(1)
    number = split_title(title[label.end():])
    return number[0].case_number if number else None


def _is_header(texts: list[str]) -> bool:
    """Whether a row whose cells say `texts` is the docket table's header row."""
    return len(_HEADER) in map(len, texts) and _HEADER in map(str.lower, texts)


def _is_header_row(row: Element) -> bool:
    """Whether a row of a table is the docket table's header row. A row whose text holds no "ext" in any case (as
    "Docket Text" does) is not: its cells (a party's, say) need not be read one by one."""
    may_be = "ext" in raw_text(row).replace("\x00", "").lower()  # (one_line takes NUL out of a cell's text)
    return may_be and _is_header([text_of(cell) for cell in cells_of(row)])


def _entry_tables(root: Element) -> list[Element]:
    """The table with the "Docket Text" header row, then each table after it that continues it: one that is not
    inside another table (a docket text's) and has a row that starts with a date."""
    tables = root.iter("table")  # in page order: those after the first are those the loop below has not reached
    first = next((table for table in tables if any(map(_is_header_row, direct_rows(table)))), None)
    if first is None:
        return []
    return [first] + [
        table
        for table in tables
        if next(table.iterancestors("table"), None) is None
        and any(is_date(text_of(next(iter(cells_of(row)), None))) for row in direct_rows(table))
    ]


def _read_row(row: TableRow) -> DocketRow | Skipped | None:
    """An entry, a skipped row (with why), or None for a header or blank row (not an item).

    An entry whose filing date the page leaves blank (one of the paper era, "0 | MISCELLANEOUS DOCUMENT ORIGINAL
    HARD COPY DOCKET SHEET (Entered: 03/14/2003)") is dated the day its text says it was entered.

    District reports have three cells (date, number, text); bankruptcy ones four or five (an empty cell and a
    checkbox around the number; a second date, when entered, in some courts); the N.D. Texas layout two, the
    number starting the text cell.
    """
    if _is_header(row.texts):
        return None
    cells, texts = row.data()
    if not any(texts):
        return None
    if not texts[0] and len(texts) > 1 and (entered := _ENTERED.search(texts[-1])):
        texts = [entered.group(1), *texts[1:]]
    problem = row_problem(texts, 2)
    if problem:
        return problem
    if len(cells) == 2:
        return _two_column_row(texts[0], cells[1], texts[1])
    number_at = next((at for at in range(1, len(cells) - 1) if texts[at] and not is_date(texts[at])), None)
    number_cell = cells[number_at] if number_at is not None else None
    words = texts[number_at].split() if number_at is not None else []
    label = words[0] if words else ""  # "13 (5 pgs)" in some courts; "doc" for a document without a number
    number = label if label.isdigit() else None
    return pacer_row(texts[0], number, text_with_tables(cells[-1], texts[-1]), _label_link(number_cell, label))


def _two_column_row(date: str, cell: Element, cell_text: str) -> DocketRow:
    """A row of the N.D. Texas layout: "1 (11 pgs) Chapter 11 voluntary petition ..." (a number, its page count,
    the text), or the text alone for an entry without a number; `cell_text` is the text cell's `text_of`."""
    text = text_with_tables(cell, cell_text)
    match = _NUMBER_IN_TEXT.fullmatch(text)
    if match is None:
        return DocketRow(date, None, text, "")
    return pacer_row(date, match.group(1), match.group(2), _label_link(cell, match.group(1)))


def _label_link(cell: Element | None, label: str) -> str:
    """The href of the cell's first link if its text is the entry's label (its number, or "doc"); "" for none."""
    if cell is None or not label:
        return ""
    for link in cell.iter("a"):
        href = link.get("href")
        if href is not None:
            return href if text_of(link) == label else ""
    return ""


def _case_name(root: Element, title: Element | None) -> str:
    """The case's name: the title of the case box (district and national courts: the text before its first
    label, a "Case title:" line, a title over several lines), else an "X v. Y" or "In re X" line of the
    box, else, in bankruptcy, "Plaintiff v. Defendant" of an adversary proceeding or the debtor; "" for none."""
    table = next_element(title, "table") if title is not None else None  # the case box
    box = _case_box(table) if table is not None else None
    heading = _box_text(box) if box is not None else ""
    heading = _BOX_LABEL.split(_CASE_TITLE_LABEL.sub("", heading), maxsplit=1)[0].strip()
    if heading:
        return _harmonized(heading)
    for line in map(one_line, raw_text(table).split("\n") if table is not None else []):
        match = _CASE_TITLE.match(line)
        if match and not _BOX_LABEL.search(line):  # not "Assigned to: Nancy V. Alquist"
            return _harmonized(match.group(1))
    parties = _first_parties(root, ("plaintiff", "defendant", "debtor"))
    if parties.get("plaintiff") and parties.get("defendant"):
        return _harmonized(f"{parties['plaintiff']} v. {parties['defendant']}")
    return _harmonized(parties["debtor"]) if parties.get("debtor") else ""


def _box_text(box: Element) -> str:
    """The case box's text on one line, without the notes a clerk puts under the title in red ("DO NOT DOCKET.
    Case electronically transferred to ...")."""
    return one_line(" ".join(strings(box, skip=_is_red_font)))


def _is_red_font(element: Element) -> bool:
    return element.tag == "font" and element.get("color", "").strip().lower() in ("red", "#ff0000", "ff0000")


def _harmonized(name: str) -> str:
    return harmonize_case_name(_BARE_V.sub("v.", name)).rstrip(",;")


def _case_box(table: Element) -> Element | None:
    """The case box's left cell (district and national courts): the cell before the one that says "Date Filed:",
    in the table after the case number title; None where the page has no such cell (bankruptcy)."""
    row = next(table.iter("tr"), None)
    cells = data_cells(row) if row is not None else []
    if len(cells) < 2 or not text_of(cells[1]).lower().startswith("date filed:"):
        return None
    return cells[0]


def _first_parties(root: Element, roles: tuple[str, ...]) -> dict[str, str]:
    """The first party listed under each of the roles ("debtor" for "Debtor" and "Debtor In Possession",
    "plaintiff", "defendant"): the first bold text after the role's first bold label (not inside it); no key for
    a role without a label or without bold text after it."""
    bold = list(root.iter("b"))
    texts = [text_of(b) for b in bold]
    labels: dict[str, int] = {}
    for at, text in enumerate(texts):
        if (role := _role_of(text)) in roles:
            labels.setdefault(role, at)
    parties = {}
    for role, at in labels.items():
        label = bold[at]
        party = next((text for b, text in zip(bold[at + 1:], texts[at + 1:])
                      if text and not any(outer is label for outer in b.iterancestors("b"))), None)
        if party is not None:
            parties[role] = party
    return parties


def _role_of(text: str) -> str:
    """The party role a bold label's text names, lower case ("Plaintiff -------" plaintiff, "Debtor In Possession"
    debtor); "" for bold text of more than one word that is no debtor label."""
    words = text.rstrip("- ").lower().split()
    return words[0] if words and (len(words) == 1 or words[0] == "debtor") else ""


def _link_court(href: str) -> str | None:
    """The court of a link's ecf.<court>.uscourts.gov host; None for another host. Nearly every link of a docket
    report starts "https://ecf.<court>.uscourts.gov/": read at once; others are split as URLs where they could
    name such a host."""
    ecf_link = _ECF_LINK.match(href)
    if ecf_link is not None:
        return ecf_link.group(1)
    if "uscourts.gov" not in _URL_SPACES.sub("", href).lower():
        return None
    return ecf_court(split_url(href).hostname)


def _court(root: Element, url: str) -> str:
    """The court most of the page's ecf.<court>.uscourts.gov links go to (a docket text may link another court's
    case); for a page with none (no documents), the court its URL is at, else the court id its <title> names
    ("CM/ECF - nvd - District Version 6.1", "CANB Live Database": a page saved or kept elsewhere), else the
    URL's host."""
    courts = Counter(filter(None, map(_link_court, _LINKS(root))))
    if courts:
        return courts.most_common(1)[0][0]
    host = urlsplit(url).hostname or ""
    title = text_of(next(root.iter("title"), None)) if ecf_court(host) is None else ""
    named = (word.lower() for word in _WORD.findall(title))
    return next((word for word in named if court_zone(word) is not None), None) or court_of_host(host)
