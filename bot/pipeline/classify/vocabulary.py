"""The vocabulary table: court event names -> event types, read from vocabulary.tsv; CM/ECF's motion reliefs; and
clerks' abbreviations.

`lookup(event)` finds the longest row whose name opens the event's text (or
a Texas/Odyssey comment after " — "), maybe after a few modifiers such as
"Trustee's" or "Amended", comparing words only: letter case, punctuation and
spacing do not matter, and a name matches whole words. `relief_names()` are
the reliefs of reliefs.tsv ("Extend Time ...", "Avoid Lien"): a text that is
nothing but one of them is a motion (rules.py, motion.relief-name).
`abbreviations()` are the words of abbreviations.tsv that clerks abbreviate
("JDGMT": "JUDGMENT"), read in full before the table and the rules read a text.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.core.events import EVENT_TYPES
from bot.core.tables import read_table

TABLE = Path(__file__).with_name("vocabulary.tsv")
RELIEFS = Path(__file__).with_name("reliefs.tsv")
ABBREVIATIONS = Path(__file__).with_name("abbreviations.tsv")

# A Texas or Odyssey event may name the document again after " — ".
_COMMENT = re.compile(r"\s—\s")
# No name in the table is longer than this many words.
_LONGEST = 12
# Words that may stand before an event name without changing what it names:
# "Trustee's Objection", "Amended Certificate of Service", "Debtors' Third
# Omnibus Objection", "Interim Order", "ORIGINAL COMPLAINT", "341 Meeting of Creditors", a bankruptcy court's automatic events ("**AUTO**
# Meeting of Creditors", "Automatic Discharge of Debtor").
_MODIFIER = re.compile(
    r"""[\w]+'s?|[\w]+s'|amended|supplemental|limited|omnibus|corrected|further|joint|renewed|revised|
        first|second|third|fourth|fifth|sixth|final|interim|emergency|expedited|verified|sealed|redacted|
        unredacted|ex|parte|341|auto|automatic|original""",
    re.VERBOSE,
)


# A word as the table compares them: letters, digits and apostrophes.
_WORD = re.compile(r"[\w'’]+")
# "Ch. 13", as bankruptcy event names abbreviate a chapter (the word before its number).
_CHAPTER = re.compile(r"\bch(?= \d)")
# A word in the possessive: "Holders'", "Company's".
_POSSESSIVE = re.compile(r"\w+'s|\w+s'")
# The point of an abbreviated name before its possessive ("Systems, Inc.'s Motion"): dropped, so that "Inc's" is
# the possessive word that ends the filer's name.
_POINT_BEFORE_POSSESSIVE = re.compile(r"(?<=\w)\.(?=['’]s\b)", re.IGNORECASE)
# Words that link a name to another document: what follows them is not the filer's own paper.
_NAME_JOINS = frozenset(("and", "of", "the"))
# Words of a bankruptcy trustee's title, which no row or link opens there: "Chapter 13 Standing Trustee's Motion".
_TRUSTEES_TITLE = frozenset(("chapter", "standing"))
_LINKS = frozenset("re regarding concerning about of to for on in by with from per pursuant upon".split())


class Row(NamedTuple):
    """One row of the table: an event name, its types, and the courts that use it."""

    name: str
    types: frozenset[str]
    used_by: str

    @property
    def final(self) -> bool:
        """A record about other documents: nothing else in its text is an event."""
        return self.types == {"other"}


def words(text: str) -> str:
    """The text's words, lower-case, joined by single spaces, a bankruptcy chapter's "Ch." written out:
    "MOTION(S) REFERRED:" -> "motion s referred", "Discharge of Ch. 13 Debtor" -> "discharge of chapter 13 debtor"."""
    return _CHAPTER.sub("chapter", " ".join(_WORD.findall(text.lower())).replace("’", "'"))


@cache
def rows() -> dict[str, Row]:
    """The table (vocabulary.tsv) by normalised name."""
    return read(TABLE)


def read(path: Path) -> dict[str, Row]:
    """A vocabulary table by normalised name; raises ValueError naming the file and line of a bad row."""
    return read_table(path, _vocabulary_row)


def _vocabulary_row(fields: list[str], line: str, where: str) -> tuple[str, Row]:
    types = frozenset(fields[1].split()) if len(fields) == 3 else frozenset()
    name = words(fields[0])
    if not types or not types <= set(EVENT_TYPES) or ("other" in types and len(types) > 1):
        raise ValueError(f"{where}: want name<TAB>types<TAB>courts, got {line!r}")
    if not name or len(name.split()) > _LONGEST:
        raise ValueError(f"{where}: a name has 1 to {_LONGEST} words, got {fields[0]!r}")
    return name, Row(fields[0], types, fields[2])


@cache
def relief_names() -> tuple[str, ...]:
    """The reliefs of reliefs.tsv as written there, lower-case ("extend time ...": its object may follow)."""
    return read_reliefs(RELIEFS)


def read_reliefs(path: Path) -> tuple[str, ...]:
    """A reliefs table's names, lower-case; raises ValueError naming the file and line of a bad or repeated row."""
    return tuple(read_table(path, _relief_row))


def _relief_row(fields: list[str], line: str, where: str) -> tuple[str, str]:
    """A relief's name, lower-case, and the courts that use it."""
    if len(fields) != 2 or not words(fields[0]) or not fields[1].strip():
        raise ValueError(f"{where}: want relief<TAB>courts, got {line!r}")
    return fields[0].strip().lower(), fields[1]


@cache
def abbreviations() -> dict[str, str]:
    """abbreviations.tsv: each abbreviation and the word it stands for, in capitals ("JDGMT": "JUDGMENT")."""
    return read_abbreviations(ABBREVIATIONS)


def read_abbreviations(path: Path) -> dict[str, str]:
    """An abbreviations table; raises ValueError naming the file and line of a bad or repeated row."""
    return read_table(path, _abbreviation_row)


def _abbreviation_row(fields: list[str], line: str, where: str) -> tuple[str, str]:
    if len(fields) != 3 or not re.fullmatch(r"[A-Z]+", fields[0]) or not re.fullmatch(r"[A-Z]+", fields[1]):
        raise ValueError(f"{where}: want ABBREVIATION<TAB>WORD<TAB>courts, in capitals, got {line!r}")
    return fields[0], fields[1]


def lookup(event: str) -> Row | None:
    """The longest row naming the event at its opening or after a " — "; None if no row does.

    Up to three modifiers before the name ("Trustee's", "Amended", "Omnibus") are passed over. Where no row names
    the opening, a filer named before the document in the possessive is passed over too ("Bed Bath and Beyond Common
    Stock Equity Interest Holders' Objection to ...": an objection).
    """
    table = rows()
    best: Row | None = None
    event = _POINT_BEFORE_POSSESSIVE.sub("", event)
    for opening in [event, *(event[m.end() :] for m in _COMMENT.finditer(event))]:
        said = words(opening).split(" ")
        named = _named_from(table, said, 0)
        if named is None and (owner := _first_owner(opening)) is not None:
            named = _named_from(table, said, owner + 1)
        best = _longer(best, named)
    return best


def _named_from(table: dict[str, Row], said: list[str], first: int) -> Row | None:
    """The longest row whose name stands in the words `said` at `first`, or after up to three modifiers there."""
    best: Row | None = None
    for start in range(first, first + 4):
        if start > first and (start > len(said) or not _MODIFIER.fullmatch(said[start - 1])):
            break
        for length in range(min(len(said) - start, _LONGEST), 0, -1):
            row = table.get(" ".join(said[start : start + length]))
            if row:
                best = _longer(best, row)
                break
    return best


def _longer(best: Row | None, row: Row | None) -> Row | None:
    """`row` if its name has more words than `best`'s (or there is no `best`), else `best`."""
    if row is None or (best is not None and len(words(row.name)) <= len(words(best.name))):
        return best
    return row


def _first_owner(opening: str) -> int | None:
    """Where the first word in the possessive stands among the first twelve words of `opening`, if a filer's name
    ends there: every word before it is capitalised, as a name is ("and", "of", "the" aside; in a text all in lower
    case, any word), and none opens a row or links to another document, as a preposition or a participle does
    ("LETTER ORDER granting the parties' request", "Stipulation and Agreed Order regarding X's Motion", "REPORT AND
    RECOMMENDATION RECOMMENDING Defendants' Motion", "The matter was heard and the court's order"). A bankruptcy
    trustee's title is a name ("Chapter 13 Standing Trustee's Motion")."""
    for at, word in enumerate(_WORD.findall(opening)[:12]):
        said = word.lower().replace("’", "'")
        if _POSSESSIVE.fullmatch(said):
            return at
        if not (word[0].isupper() or word[0].isdigit() or said in _NAME_JOINS or opening.islower()):
            return None
        if said not in _TRUSTEES_TITLE and (said in _LINKS or said.endswith("ing") or said in _first_words()):
            return None
    return None


@cache
def _first_words() -> frozenset[str]:
    return frozenset(name.split(" ")[0] for name in rows())
