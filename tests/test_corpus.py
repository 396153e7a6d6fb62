"""Every page of the shared corpus of real PACER docket pages, read as a `preset: pacer_docket` source reads it, against
juriscraper's reading of the same page (its .json beside it): entry count, numbers, filing dates, texts.

Every difference fails, unless this file's tables of intended differences give its reason. Run with -s for the
agreement table per folder. The corpus is ../shared/corpus/pacer_dockets (DOCKETBOT_CORPUS names another
folder); without it the tests skip, or fail where DOCKETBOT_REQUIRE_CORPUS is set (as in CI).
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.core.entry import Entry
from scrapers.base import ParseError
from scrapers.html_docket import HtmlDocket, HtmlDocketSettings
from scrapers.text import harmonize_case_name

pytestmark = pytest.mark.slow  # reads the 462 pages of the shared corpus

ROOT = Path(__file__).resolve().parent.parent


def corpus_folder() -> Path | None:
    """$DOCKETBOT_CORPUS, else shared/corpus/pacer_dockets beside the checkout or beside one of its parents."""
    if os.environ.get("DOCKETBOT_CORPUS"):
        return Path(os.environ["DOCKETBOT_CORPUS"])
    candidates = (parent / "shared" / "corpus" / "pacer_dockets" for parent in ROOT.parents)
    return next((folder for folder in candidates if folder.is_dir()), None)


CORPUS = corpus_folder()
PAGES = sorted(CORPUS.glob("*/*.html")) if CORPUS else []

# Kinds of difference, on any page. Each is checked where it applies: an entry that differs in any other way fails.
SPACE_BEFORE_COMMA = (
    "juriscraper drops the space CM/ECF leaves before a comma ('Complaint , filed by'); we keep the page's text"
)
JOINED_WORDS = (
    "juriscraper joins words the page's layout keeps apart: either side of a <br> ('[23-30126]REVIEWED'), the cells "
    "of a table inside a docket text ('DebtorCase No'); we keep them apart"
)
SINGULAR_PAGE_COUNT = (
    "two-column layout: juriscraper strips the page count after the number when it reads '(2 pgs)' and keeps "
    "'(1 pg)' in the text; we strip both (a page count is not docket text)"
)
APPELLATE_DOCUMENT_ID = (
    "appellate entry that shows no number (an icon links the document): juriscraper's number is the document's id; "
    "ours is None (a document id is not an entry number, posts would show it as one)"
)
ADVERSARY = (
    "adversary proceeding: juriscraper names it after the bankruptcy case it belongs to ('Lehman Brothers Holdings "
    "Inc. - Adversary Proceeding', or 'Unknown Case Title - ...'); we name it as its parties do, Plaintiff v. Defendant"
)
UNKNOWN_TITLE = (
    "juriscraper's 'Unknown Case Title' where it finds no party labelled Debtor: we give the debtor in possession, "
    "or no name"
)
SPELLING = "case names compared in our one spelling of names (that of the RSS feeds: 'United States v.', no 'et al.')"
# Pages whose difference is their own: page -> {what differs: why}.
DOC_ENTRIES, TEXTS, NO_DOCKET, COURT, CASE_NAME = "doc entries", "texts", "no docket", "court", "case name"
PAGE_DIFFERENCES: dict[str, dict[str, str]] = {
    "bankruptcy/lawb_18072": {
        DOC_ENTRIES: "2 entries whose number cell says 'doc' (BNC certificates of service with a document): "
        "juriscraper drops them, we keep them without a number",
    },
    "bankruptcy/txnb_420776": {
        TEXTS: "a W.D. Tennessee page filed as txnb: juriscraper read it with its N.D. Texas two-column rule, so its "
        "texts are empty or '(1 pg)'; texts not compared",
        COURT: "its links are all ecf.tnwb: we say tnwb, juriscraper the txnb it was asked for",
    },
    "district/nysd_3": {
        NO_DOCKET: "a docket report with its parties and no entry: juriscraper returns {}, we read the case, 0 entries",
    },
    "bankruptcy/nysb_6": {
        CASE_NAME: "an adversary proceeding (Plaintiff v. Defendant for us) that juriscraper names after its lead "
        "case without its ' - Adversary Proceeding' suffix",
    },
    "district/ilnd_378697": {
        CASE_NAME: "the page's title is 'Cook County Republican Party': we keep the court's title, juriscraper makes "
        "one of the first plaintiff and defendant",
    },
}

_SPACE_BEFORE_COMMA = re.compile(r"\s+,")
_LEADING_PAGE_COUNT = re.compile(r"^\(\d+ pgs?\) ")


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


@dataclass
class Agreement:
    """One folder's counts: pages, entries juriscraper found and we found, entries (in page order) whose number,
    date, text are equal as read (white space aside), and pages that agree but for intended differences."""

    pages: int = 0
    expected: int = 0
    found: int = 0
    numbers: int = 0
    dates: int = 0
    texts: int = 0
    agreeing: int = 0


AGREEMENT: dict[str, Agreement] = defaultdict(Agreement)


@pytest.fixture(scope="module", autouse=True)
def agreement_table() -> Iterator[None]:
    yield
    if AGREEMENT:
        header = (
            f"{'folder':<11} {'pages':>5} {'expected':>8} {'found':>6} {'numbers=':>8} {'dates=':>7} {'texts=':>7} "
            f"{'pages agreeing':>14}"
        )
        print("\n" + header + "\n" + "-" * len(header))
        for folder, counts in sorted(AGREEMENT.items()):
            print(
                f"{folder:<11} {counts.pages:>5} {counts.expected:>8} {counts.found:>6} {counts.numbers:>8} "
                f"{counts.dates:>7} {counts.texts:>7} {counts.agreeing:>14}"
            )


def source(court: str) -> tuple[HtmlDocket, str]:
    url = f"https://ecf.{court}.uscourts.gov/cgi-bin/DktRpt.pl?1"
    return HtmlDocket(HtmlDocketSettings(id="corpus", kind="html_docket", url=url, preset="pacer_docket")), url


def text_difference(ours: str, theirs: str) -> str | None:
    """Why two one-line texts differ on purpose, or None where they are equal; "defect" where no reason fits."""
    if ours == theirs:
        return None
    if _SPACE_BEFORE_COMMA.sub(",", ours) == _SPACE_BEFORE_COMMA.sub(",", theirs):
        return SPACE_BEFORE_COMMA
    if _LEADING_PAGE_COUNT.match(theirs) and _LEADING_PAGE_COUNT.sub("", theirs) == ours:
        return SINGULAR_PAGE_COUNT
    if "".join(ours.split()) == "".join(theirs.split()):
        return JOINED_WORDS
    return "defect"


def compare(folder: str, entries: list[Entry], expected: list[dict], differences: dict[str, str]) -> list[str]:
    """The unexplained differences between our entries and juriscraper's, entry by entry; counts go to AGREEMENT."""
    counts = AGREEMENT[folder]
    counts.expected += len(expected)
    counts.found += len(entries)
    if DOC_ENTRIES in differences:
        entries = [entry for entry in entries if entry.number is not None or entry.url == entry.docket_url]
    if len(entries) != len(expected):
        return [f"{len(entries)} entries, juriscraper {len(expected)}"]
    problems = []
    for position, (entry, theirs) in enumerate(zip(entries, expected, strict=True)):
        number, date = theirs["document_number"], theirs["date_filed"]
        text, their_text = one_line(entry.text), one_line(theirs["description"])
        counts.numbers += entry.number == number
        counts.dates += entry.filed_at is not None and entry.filed_at.date().isoformat() == date
        counts.texts += text == their_text
        if entry.number != number and not (
            folder == "appellate" and entry.number is None and number == theirs["pacer_doc_id"]
        ):
            problems.append(f"entry {position}: number {entry.number!r}, juriscraper {number!r}")
        if entry.filed_at is None or entry.filed_at.date().isoformat() != date:
            problems.append(f"entry {position} ({number}): filed {entry.filed_at}, juriscraper {date}")
        if TEXTS not in differences and text_difference(text, their_text) == "defect":
            problems.append(f"entry {position} ({number}): text\n  ours:        {text}\n  juriscraper: {their_text}")
    return problems


def compare_header(entries: list[Entry], reference: dict, differences: dict[str, str]) -> list[str]:
    """The unexplained differences of the case number, name and court the entries carry."""
    ours = {(entry.case_number, entry.case_name, entry.court) for entry in entries}
    if len(ours) > 1:
        return [f"the entries carry {len(ours)} case headers: {sorted(ours)}"]
    if not ours:
        return []
    [(number, name, court)] = ours
    theirs = reference["case_name"]
    problems = []
    if number != reference["docket_number"]:
        problems.append(f"case number {number!r}, juriscraper {reference['docket_number']!r}")
    if court != reference["court_id"] and COURT not in differences:
        problems.append(f"court {court!r}, juriscraper {reference['court_id']!r}")
    explained = (
        CASE_NAME in differences
        or harmonize_case_name(theirs) == name  # SPELLING
        or (theirs.endswith(" - Adversary Proceeding") and " v. " in name)  # ADVERSARY
        or theirs == "Unknown Case Title"  # UNKNOWN_TITLE
    )
    if not explained:
        problems.append(f"case name {name!r}, juriscraper {theirs!r}")
    return problems


@pytest.mark.skipif(not PAGES, reason="no corpus: ../shared/corpus/pacer_dockets is missing (or set DOCKETBOT_CORPUS)")
@pytest.mark.parametrize("page", PAGES, ids=[f"{page.parent.name}/{page.stem}" for page in PAGES])
def test_page_reads_as_juriscraper_reads_it(page: Path) -> None:
    folder, name = page.parent.name, f"{page.parent.name}/{page.stem}"
    reference = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    differences = PAGE_DIFFERENCES.get(name, {})
    expected = reference.get("docket_entries", []) if reference else []
    counts = AGREEMENT[folder]
    counts.pages += 1
    scraper, url = source(reference.get("court_id") or page.stem.split("_")[0])
    if not reference and NO_DOCKET not in differences:
        # Not a docket page for juriscraper: refused, not read as an empty docket.
        with pytest.raises(ParseError):
            scraper.read(page.read_bytes(), url)
        counts.agreeing += 1
        return
    parsed = scraper.read(page.read_bytes(), url)
    problems = compare(folder, parsed.entries, expected, differences)
    problems += compare_header(parsed.entries, reference, differences) if reference else []
    problems += [f"skipped {skipped}" for skipped in parsed.skipped]  # every row of a real page is read
    assert problems == [], "\n".join(problems[:10])
    counts.agreeing += 1


@pytest.mark.skipif(
    bool(PAGES) or not os.environ.get("DOCKETBOT_REQUIRE_CORPUS"), reason="corpus present or not required"
)
def test_corpus_is_there_where_required() -> None:
    pytest.fail(f"DOCKETBOT_REQUIRE_CORPUS is set and there is no shared/corpus/pacer_dockets above {ROOT}")


def test_intended_differences_name_pages_of_the_corpus() -> None:
    if not PAGES:
        pytest.skip("no corpus")
    names = {f"{page.parent.name}/{page.stem}" for page in PAGES}
    assert set(PAGE_DIFFERENCES) <= names
    aspects = {what for page in PAGE_DIFFERENCES.values() for what in page}
    assert aspects <= {DOC_ENTRIES, TEXTS, NO_DOCKET, COURT, CASE_NAME}
