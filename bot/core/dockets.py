"""Docket numbers compared the way people write them, read with the one docket-number grammar
(bot/core/docket_numbers.py).

`1:18-cv-03365-PKC`, `1:18-cv-3365`, `18-cv-3365` and `18-3365` agree: judges' initials and other suffixes,
leading zeros, a four-digit year and a missing case type do not matter. The divisional office does, when both
numbers give one: `2:23-cv-00452` and `3:23-cv-00452` are two cases of two divisions of one court. A number
written without its office (`23-cv-452`) matches the case of any office; `ambiguous` says when it matched two.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.docket_numbers import DocketNumber, find_docket_number
from bot.core.entry import Entry


def docket_parts(number: str) -> tuple[str, str | None, int] | None:
    """(two-digit year, case type or None, sequence number), or None when it is no docket number."""
    docket = find_docket_number(number)
    if docket is None:
        return None
    return docket.year[-2:], _case_type(docket), int(docket.sequence)


def same_docket(wanted: str, found: str) -> bool:
    """Whether a docket number from the config (or /docket follow) names the case a parsed entry belongs to."""
    a, b = find_docket_number(wanted), find_docket_number(found)
    if a is None or b is None:
        return wanted.strip().lower() == found.strip().lower()
    offices_agree = a.office is None or b.office is None or int(a.office) == int(b.office)
    types_agree = a.case_type is None or b.case_type is None or _case_type(a) == _case_type(b)
    return a.year[-2:] == b.year[-2:] and int(a.sequence) == int(b.sequence) and types_agree and offices_agree


def case_spelling(number: str) -> str:
    """One spelling of a case's number, for telling cases apart: `2:23-cv-452` for `2:23-cv-00452-ABC`."""
    docket = find_docket_number(number)
    if docket is None:
        return number.strip().lower()
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


def _case_type(docket: DocketNumber) -> str | None:
    return docket.case_type.lower() if docket.case_type else None
