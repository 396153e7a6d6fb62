"""Each federal court's time zone, by its CM/ECF court id (`nysd`, `nysb`, `ca2`): a filing's date is the court's
own date, so a PACER pubDate of 01:09 GMT is a filing of the evening before in New York.

District (`..d`) and bankruptcy (`..b`) ids start with their state's postal code; a court is in its state's
zone unless it sits in another one (the Middle and Western districts of Tennessee, western Kentucky, ...).
Courts of appeals, their bankruptcy appellate panels and the national courts are listed one by one. Zones are
those of the seat of the court's clerk's office (source: the courts' own "court locator" pages at
uscourts.gov, as summarised in the table below; a court whose divisions span two zones keeps the seat's).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from zoneinfo import ZoneInfo

EASTERN, CENTRAL, MOUNTAIN, PACIFIC = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"

STATE_ZONES: dict[str, str] = {
    "al": CENTRAL, "ak": "America/Anchorage", "az": "America/Phoenix", "ar": CENTRAL, "ca": PACIFIC,
    "co": MOUNTAIN, "ct": EASTERN, "de": EASTERN, "dc": EASTERN, "fl": EASTERN, "ga": EASTERN,
    "gu": "Pacific/Guam", "hi": "Pacific/Honolulu", "id": "America/Boise", "il": CENTRAL,
    "in": "America/Indiana/Indianapolis", "ia": CENTRAL, "ks": CENTRAL, "ky": EASTERN, "la": CENTRAL,
    "me": EASTERN, "md": EASTERN, "ma": EASTERN, "mi": "America/Detroit", "mn": CENTRAL, "ms": CENTRAL,
    "mo": CENTRAL, "mt": MOUNTAIN, "ne": CENTRAL, "nv": PACIFIC, "nh": EASTERN, "nj": EASTERN, "nm": MOUNTAIN,
    "ny": EASTERN, "nc": EASTERN, "nd": CENTRAL, "oh": EASTERN, "ok": CENTRAL, "or": PACIFIC, "pa": EASTERN,
    "pr": "America/Puerto_Rico", "ri": EASTERN, "sc": EASTERN, "sd": CENTRAL, "tn": EASTERN, "tx": CENTRAL,
    "ut": MOUNTAIN, "vt": EASTERN, "vi": "America/St_Thomas", "va": EASTERN, "wa": PACIFIC, "wv": EASTERN,
    "wi": CENTRAL, "wy": MOUNTAIN,
}

# Courts whose zone is not their state's, and courts with no state in their id.
COURT_ZONES: dict[str, str] = {
    "nmid": "Pacific/Saipan", "nmib": "Pacific/Saipan",  # Northern Mariana Islands, not New Mexico
    "tnmd": CENTRAL, "tnmb": CENTRAL, "tnwd": CENTRAL, "tnwb": CENTRAL,  # Nashville, Memphis
    "kywd": "America/Kentucky/Louisville", "kywb": "America/Kentucky/Louisville",
    "ca1": EASTERN, "ca2": EASTERN, "ca3": EASTERN, "ca4": EASTERN, "ca5": CENTRAL, "ca6": EASTERN,
    "ca7": CENTRAL, "ca8": CENTRAL, "ca9": PACIFIC, "ca10": MOUNTAIN, "ca11": EASTERN, "cadc": EASTERN,
    "cafc": EASTERN, "bap1": EASTERN, "bap2": EASTERN, "bap6": EASTERN, "bap8": CENTRAL, "bap9": PACIFIC,
    "bap10": MOUNTAIN, "cavc": EASTERN, "cit": EASTERN, "cofc": EASTERN, "uscfc": EASTERN, "jpml": EASTERN,
}


# A state's district or bankruptcy court: state, district (northern, southern, eastern, western, middle,
# central) if the state has several, then d or b: nysd, nysb, nmd, ilcb.
_STATE_COURT = re.compile(r"([a-z]{2})[nsewmc]?[db]")


@cache
def court_zone(court: str) -> ZoneInfo | None:
    """The time zone of a federal court id (`nysd`, `nysb`, `ca9`), or None for a court id we do not know
    (a state court, a news outlet)."""
    court = court.lower()
    name = COURT_ZONES.get(court)
    state = _STATE_COURT.fullmatch(court)
    if name is None and state and state.group(1) in STATE_ZONES:
        name = STATE_ZONES[state.group(1)]
    return ZoneInfo(name) if name else None


def local_time(moment: datetime, court: str) -> datetime:
    """`moment` (timezone-aware) on the court's clock; unchanged for a court whose zone we do not know."""
    zone = court_zone(court)
    return moment.astimezone(zone) if zone else moment


def local_date(moment: datetime, court: str) -> date:
    """The court's own date of a moment: a filing at 01:09 GMT in New York is of the day before."""
    return local_time(moment, court).date()


def midnight(day: date, court: str) -> datetime:
    """The start of a court's day, for a filing whose page gives only its date: on the court's clock that is
    the same date, whatever zone it is shown in later."""
    return datetime(day.year, day.month, day.day, tzinfo=court_zone(court) or ZoneInfo("UTC"))
