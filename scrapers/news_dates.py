"""Dates as news listing pages write them: "March 2, 2026 5:20 PM", "Mon., Mar. 2, 2026 at 5:20 p.m. MST",
"Monday, March 2, 2026, 17:20 CET", "03/02/2026".

Read with python-dateutil's parser (not fuzzy: a text with words it does not know is not a date), after
"a.m."/"p.m." are written "am"/"pm" and the word "at" between date and time is dropped. A zone abbreviation
(EST, MDT, CET, ET, ...) gives the zone; a text without one is taken on the source's clock (`timezone`); a text
with no time is that day's midnight there. Numeric dates are month first ("03/02/2026" is 2 March), as on US
pages. A text that cannot be read is None: the caller reports its item as skipped rather than guessing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from dateutil import parser as dateutil_parser

# Zone abbreviations as US, UK and central European outlets print them. A fixed one (EST) is that offset
# whatever the date; a generic one (ET, "Eastern") is the zone, standard or daylight time as the date falls.
_FIXED = {"UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
          "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "BST": 1, "CET": 1, "CEST": 2}
_GENERIC = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}
_MERIDIEM = re.compile(r"\b([ap])\.\s?m\.?(?=\W|$)", re.IGNORECASE)
_AT = re.compile(r"(?<=\d)(?:,)?\s+at\s+(?=\d)", re.IGNORECASE)
_DAY_PERIOD = re.compile(r"\b(?:noon)\b", re.IGNORECASE)


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """dateutil's `tzinfos` hook: the zone a parsed abbreviation or offset names; ValueError for an unknown one."""
    if not name:
        return timezone(timedelta(seconds=offset)) if offset is not None else None
    name = name.upper()
    if name in _FIXED:
        return timezone(timedelta(hours=_FIXED[name]), name) if _FIXED[name] else UTC
    if name in _GENERIC:
        return ZoneInfo(_GENERIC[name])
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    raise ValueError(f"unknown zone abbreviation {name}")


def listing_date(text: str, zone: tzinfo) -> datetime | None:
    """The aware time a listing page's date text says, on the `zone` clock when it names no zone; None when
    the text is not a date dateutil can read whole, has no year, or names a zone abbreviation we do not know."""
    text = _DAY_PERIOD.sub("12:00 pm", _AT.sub(" ", _MERIDIEM.sub(r"\1m", text.strip())))
    if not text:
        return None
    default = datetime(2000, 1, 1)  # only the time of day is ever taken from it: a text without a year fails
    try:
        moment = dateutil_parser.parse(text, default=default, tzinfos=_zone)
    except (ValueError, OverflowError):
        return None
    if not _has_year(text, moment):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _has_year(text: str, moment: datetime) -> bool:
    """Whether the text gave the year itself (dateutil fills a missing one from the default)."""
    return str(moment.year) in text or f"/{moment.year % 100:02d}" in text or f"-{moment.year % 100:02d}" in text
