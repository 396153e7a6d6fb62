"""Whether a value a config gives under `cases:` can be a docket number, of any court the bot reads.

Courts write their numbers in many forms: PACER's `1:23-cv-04567`, `23-12345` and `23-1234`
(bot/core/docket_numbers.py), the Texas appellate courts' `01-23-00123-CV` and `C-2302`, the state registers'
`D-101-CR-2023-00040`, `CR-17-5152-C`, `17D22499`, `18CV001704`, `MGCV17-11099`, `17-2-01460-31`,
`2023-CV-004127`, some with spaces (`2023 P 001234`). No one grammar covers them, so this check refuses only
what no court writes: a value without a digit (a case key, a name), an address, a character no court uses, or a
word (a run of more than `MAX_LETTERS` letters: `Baldwin`, `motion`; the longest run in a real number is a case
type such as PACER's `crcor`). Where the value holds a docket number (a docket page's address, a phrase around
one) the problem says which.
"""

from __future__ import annotations

import re

from bot.core.written import as_written

MAX_LETTERS = 5  # letters in a row a docket number may hold
_ALLOWED = re.compile(r"[^\W_]|[ \-:/._~]")  # letters, digits, and the marks courts write between their parts
_LETTERS = re.compile(rf"[^\W\d_]{{{MAX_LETTERS + 1},}}")
_ADDRESS = re.compile(r"^[a-z][a-z0-9+.-]*://|^www\.", re.IGNORECASE)
_PARTS = re.compile(r"[^\s/?&=#,()\[\]\"']+")  # a value's pieces, where one may be a docket number


def docket_number_problem(value: str) -> str | None:
    """What makes `value` no docket number, in words that quote it (`"Baldwin" is not a docket number: it has no
    digit ...`); None when it may be one. Only the shape is judged: a well-formed number of no real case passes."""
    given = value.strip()
    if not given:
        return "is empty: give the case's docket number as the court writes it (1:23-cr-00040)"
    problem = _shape_problem(given)
    if problem is None:
        return None
    within = _number_within(given)
    hint = f" (did you mean {as_written(within)}?)" if within else ""
    return f"{as_written(value)} is not a docket number: {problem}{hint}"


def _shape_problem(value: str) -> str | None:
    if _ADDRESS.match(value):
        return "it is an address (a source's address goes under url:)"
    if not any(character.isdigit() for character in value):
        return "it has no digit (a case key goes under case:)"
    refused = [character for character in value if not _ALLOWED.fullmatch(character)]
    if refused:
        return f"{as_written(refused[0])} is not written in docket numbers"
    word = _LETTERS.search(value)
    if word:
        return f"{as_written(word.group())} is a word, not part of a docket number"
    return None


def _number_within(value: str) -> str | None:
    """The first piece of `value` that may be a docket number and has a dash or colon between its parts (in
    `https://search.txcourts.gov/Case.aspx?cn=01-23-00123-CV`: `01-23-00123-CV`), or None."""
    for part in _PARTS.findall(value):
        part = part.strip(".:-")
        if part != value and ("-" in part or ":" in part) and _shape_problem(part) is None:
            return part
    return None
