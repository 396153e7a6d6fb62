"""Text as every kind writes it: one line of words (`one_line`, `text_of`), one spelling of a case name
(`harmonize_case_name`), an entry's parts joined by " — " (`joined`), and the bare words that watches and news
stories are matched on (`words`, `first_match`)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bs4 import Tag

SEPARATOR = " — "  # between the parts of an entry's text: a news headline and its summary, an event and its result
UNKNOWN_CASE_NAME = "Unknown Case Title"

_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b", re.IGNORECASE)
_UNITED_STATES = r"(?:USA|US|(?:The )?United States of America)"
_CASE_NAME_RULES = (
    (re.compile(r"\s+"), " "),
    (re.compile(r"\s*#\s*"), " "),
    (re.compile(r"\bvs\.?(?= )"), "v."),
    (re.compile(rf"^{_UNITED_STATES} v\. "), "United States v. "),
    (re.compile(rf" v\. {_UNITED_STATES}$"), " v. United States"),
    (re.compile(r"\s*[,;]?\s*\bet al\b\.?"), ""),
    (re.compile(r"[\s,;]+et(?: a)?$"), ""),  # an "et al" cut short by the title's length limit: `... Trust et a`
    (re.compile(r"[\s,;]+$"), ""),  # a stray comma at the end: `Smith v. Jones,`
)


def one_line(text: str) -> str:
    """The text on one line: each run of white space (line breaks and no-break spaces too) one space, none at
    either end, and no NUL character (a damaged page's, which no database stores)."""
    return " ".join(text.replace("\x00", "").split())


def text_of(element: Tag | None, between: str = "") -> str:
    """An element's text on one line; "" for no element. `between` goes between the texts of its elements: with
    "", the words of neighbouring elements run together unless the page puts white space between them
    (`space_out` in scrapers/news.py and `soup_of` in scrapers/docket_page.py do)."""
    return one_line(element.get_text(between)) if element is not None else ""


def joined(*parts: str | None) -> str:
    """The parts that say something, joined by " — ": `joined("Motion Hearing", "", "Heard")` is
    "Motion Hearing — Heard"."""
    return SEPARATOR.join(part for part in parts if part)


def harmonize_case_name(name: str) -> str:
    """One spelling for a case name: entities decoded, `USA v.` as `United States v.`, no `et al` (nor what is
    left of one CM/ECF cut short, `et a`), no trailing comma; UNKNOWN_CASE_NAME for a name left empty."""
    name = html.unescape(name).strip()
    for pattern, replacement in _CASE_NAME_RULES:
        name = pattern.sub(replacement, name).strip()
    return name or UNKNOWN_CASE_NAME


def words(text: str) -> str:
    """The text's words, case-folded and without accents, between single spaces: "Alec Baldwin's" is
    "alec baldwin s"."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(_WORD.findall("".join(char for char in folded if not unicodedata.combining(char))))


def match_words(text: str) -> str:
    """The text's words, lower case, accents and possessives dropped, between single spaces: " alec baldwin "."""
    return f" {words(_POSSESSIVE.sub('', text))} "


def first_match(terms: Iterable[str], *texts: str) -> str | None:
    """The first of `terms` that appears in the texts as whole words (case, accents, punctuation and a possessive
    "'s" ignored), as the term is written; None when none does."""
    text = "".join(map(match_words, texts))
    return next((term for term in terms if match_words(term).strip() and match_words(term) in text), None)
