"""Docket numbers compared the way people write them: a federal court's read with the one docket-number grammar
(bot/core/docket_numbers.py), any other court's by its letters and numbers.

`1:18-cv-03365-PKC`, `1:18-cv-3365`, `18-cv-3365` and `18-3365` agree: judges' initials and other suffixes,
leading zeros, a four-digit year and a missing case type do not matter. The divisional office does, when both
numbers give one: `2:23-cv-00452` and `3:23-cv-00452` are two cases of two divisions of one court. A number
written without its office (`23-cv-452`) matches the case of any office; `ambiguous` says when it matched two.

A state court's number (any number the federal grammar does not read) is the same case written another way when
its letters and numbers agree, in order: letters in any case, numbers without their leading zeros, whatever
stands between them (dashes, spaces, none; a comma between digits is a thousands separator). A state number is
never a federal case. The forms the bot reads (tests/test_dockets_state.py holds this table and the real numbers of the fixtures):

| court (source kind) | as written | also matches | never matches |
|---|---|---|---|
| Texas courts of appeals (texas_courts) | `01-18-00277-CR` | `01-18-277-cr`, `1-18-00277-CR`, `01-18-00277` | `01-18-00278-CR`, `14-18-00277-CR`, `01-18-00277-CV`, `1:01-cv-00018` |
| Texas Supreme Court | `C-2302`, `26-0051` | `C2302`, `26-51` | `C-2303` |
| Texas Court of Criminal Appeals | `AP-77,129`, `WR-82,851-01` | `AP-77129` | `WR-82,851-02` |
| New Mexico district courts (odyssey) | `D-101-CR-2023-00040` | `d-101-cr-2023-40` | `D-101-CR-2023-00041`, `D-202-CR-2023-00040` |
| Odyssey registers | `CR-17-5152-C`, `17D22499`, `18CV001704`, `MGCV17-11099` | `17 D 22499`, `18CV1704` | `17D22498` |
| Washington superior courts (odyssey) | `17-2-01460-31` | `17-2-1460-31` | `17-2-01461-31`, `17-2-01460-32` |
| Cook County (Ill.) circuit court | `2023 P 001234` | `2023P001234`, `2023 p 1234` | `2023 P 001235` |
| Colorado county registers (html_docket) | `2023-CV-004127` | `2023CV004127` | `1:23-cv-04127` |

A Texas court of appeals number is also matched written without the leading zero of its court (`1-18-00277-CR`,
which the federal grammar would read as office 1, year 18) or without its type (`01-18-00277`): the court, year,
sequence number and (when both give it) type must agree.

Where two digit runs meet at a separator they stay two numbers: Vermont's `12-11-97 Cncr` (case 12 of November)
is not `121-1-97 Cncr` (case 121 of January). A state number rewritten into a form the federal grammar reads
(`17-D-22499`: year 17, case type D) is read as federal, and is no longer its state case: write it as the court does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.docket_numbers import DocketNumber, find_docket_number
from bot.core.entry import Entry

_RUNS = re.compile(r"[^\W\d_]+|\d+")  # runs of letters, of digits
_DIGIT = re.compile(r"\d")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")  # `AP-77,129`
_TEXAS_APPEAL = re.compile(r"\s*(0[1-9]|1[0-4])-(\d{2})-(\d{5})-(C[VR])\s*", re.IGNORECASE)  # as the courts write it
_TEXAS_WRITTEN = re.compile(r"\s*(\d{1,2})-(\d{2})-(\d{1,5})(?:-(C[VR]))?\s*", re.IGNORECASE)  # as people may


def docket_parts(number: str) -> tuple[str, str | None, int] | None:
    """(two-digit year, case type or None, sequence number) of a federal docket number, or None when it is none (a
    state court's number, `01-18-00277-CR`, is none)."""
    docket = find_docket_number(number)
    if docket is None:
        return None
    return docket.year[-2:], _case_type(docket), int(docket.sequence)


def same_docket(wanted: str, found: str) -> bool:
    """Whether a docket number from the config (or /docket follow) names the case a parsed entry belongs to: two
    federal numbers agreeing, or two state numbers with the same letters and numbers (see the module's docstring).
    Values without a digit (case keys) are the same when equal but for case and surrounding spaces."""
    texas = _same_texas_appeal(wanted, found)
    if texas is not None:
        return texas
    a, b = find_docket_number(wanted), find_docket_number(found)
    if a is None and b is None:
        if not (_DIGIT.search(wanted) and _DIGIT.search(found)):  # a case key or a source id, not a number
            return wanted.strip().lower() == found.strip().lower()
        return state_spelling(wanted) == state_spelling(found)
    if a is None or b is None:
        return False
    offices_agree = a.office is None or b.office is None or int(a.office) == int(b.office)
    types_agree = a.case_type is None or b.case_type is None or _case_type(a) == _case_type(b)
    return a.year[-2:] == b.year[-2:] and int(a.sequence) == int(b.sequence) and types_agree and offices_agree


def case_spelling(number: str) -> str:
    """One spelling of a case's number, for telling cases apart: `2:23-cv-452` for `2:23-cv-00452-ABC`, a state
    court's as `state_spelling` gives it."""
    docket = find_docket_number(number)
    if docket is None:
        return state_spelling(number)
    office = f"{int(docket.office)}:" if docket.office else ""
    case_type = f"{_case_type(docket)}-" if docket.case_type else ""
    return f"{office}{docket.year[-2:]}-{case_type}{int(docket.sequence)}"


def ambiguous(wanted: Iterable[str], entries: Iterable[Entry]) -> list[str]:
    """A warning for each docket number of `wanted` written without its office (`23-cv-452`) that matched
    the entries of two or more cases (`2:23-cv-00452` and `3:23-cv-00452`), naming them as the entries do."""
    entries = list(entries)
    warnings = []
    for case in dict.fromkeys(wanted):
        docket = find_docket_number(case)
        if docket is None or docket.office is not None:
            continue
        matched: dict[str, str] = {}
        for entry in entries:
            if entry.case_number and same_docket(case, entry.case_number):
                matched.setdefault(f"{entry.court}|{case_spelling(entry.case_number)}", entry.case_number)
        for key in [key for key in matched if ":" not in key.split("|")[1]]:
            court, number = key.split("|", 1)
            if any(other.startswith(f"{court}|") and other.endswith(f":{number}") for other in matched):
                del matched[key]  # the same case, spelt once without its office
        if len(matched) > 1:
            names = sorted(matched.values())
            warnings.append(f'"{case}" matches {len(names)} cases: {", ".join(names)}; write the one you mean '
                            f'in full (e.g. "{names[0]}")')
    return warnings


def state_spelling(number: str) -> str:
    """A number no federal court writes in one spelling, for comparing: its runs of letters (upper case) and of
    digits (without leading zeros), joined by dashes: `17-D-22499` for `17D22499`, `2023-P-1234` for
    `2023 P 001234`, `AP-77129` for `AP-77,129`. "" for a value with neither letters nor digits."""
    return "-".join(run if run.isalpha() else str(int(run)) for run in _RUNS.findall(_THOUSANDS.sub("", number.upper())))


def _same_texas_appeal(a: str, b: str) -> bool | None:
    """Whether `a` and `b` are one Texas court of appeals case, when one is such a number as the courts write it
    (`08-16-00334-CV`) and the other could be one (`8-16-334-cv`, `08-16-00334`); None when they are not both."""
    if not (_TEXAS_APPEAL.fullmatch(a) or _TEXAS_APPEAL.fullmatch(b)):
        return None
    one, other = _TEXAS_WRITTEN.fullmatch(a), _TEXAS_WRITTEN.fullmatch(b)
    if one is None or other is None:
        return None
    court, year, sequence, kind = one.groups()
    court_, year_, sequence_, kind_ = other.groups()
    kinds_agree = kind is None or kind_ is None or kind.upper() == kind_.upper()
    return int(court) == int(court_) and year == year_ and int(sequence) == int(sequence_) and kinds_agree


def _case_type(docket: DocketNumber) -> str | None:
    return docket.case_type.lower() if docket.case_type else None
