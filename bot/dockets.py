"""Docket numbers compared the way people write them: `1:18-cv-03365-PKC`, `18-cv-3365` and `18-3365` agree."""

from __future__ import annotations

from scrapers.docket_numbers import find_docket_number


def docket_parts(number: str) -> tuple[str, str | None, int] | None:
    """(two-digit year, case type or None, sequence number), or None when it is no docket number."""
    docket = find_docket_number(number)
    if docket is None:
        return None
    case_type = docket.case_type.lower() if docket.case_type else None
    return docket.year[-2:], case_type, int(docket.sequence)


def same_docket(wanted: str, found: str) -> bool:
    """Whether a docket number from the config names the case a parsed entry belongs to."""
    a, b = docket_parts(wanted), docket_parts(found)
    if a is None or b is None:
        return wanted.strip().lower() == found.strip().lower()
    types_agree = a[1] is None or b[1] is None or a[1] == b[1]
    return a[0] == b[0] and a[2] == b[2] and types_agree
