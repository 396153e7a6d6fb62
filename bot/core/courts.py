"""The courts the bot knows, from one table (courts.tsv beside this module, its sources named in its header):
each court's id, its short common name (`S.D.N.Y.`, `Bankr. S.D.N.Y.`, `2d Cir.`, `N.M. Dist. Ct., Santa Fe
County`) and its time zone.

Federal courts are known by their CM/ECF id (`nysd`, `nysb`, `ca2`): every district, bankruptcy and appellate
court, the bankruptcy appellate panels and the national courts. A filing's date is the court's own date, so a
PACER pubDate of 01:09 GMT is a filing of the evening before in New York. State courts are listed where the bot
reads them (the Texas courts' search, New Mexico's district courts by the code of their case numbers).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from bot.core.tables import read_table

TABLE = Path(__file__).with_name("courts.tsv")
KINDS = ("district", "bankruptcy", "appellate", "bankruptcy appellate panel", "national", "state")


class Court(NamedTuple):
    """One row of the table: the court's id, short name, time zone name ("" when not known) and kind."""

    id: str
    name: str
    zone: str
    kind: str


@cache
def courts() -> dict[str, Court]:
    """The table (courts.tsv) by court id."""
    return read(TABLE)


def read(path: Path) -> dict[str, Court]:
    """A courts table by id; raises ValueError naming the file and line of a bad row."""
    return read_table(path, _court_row)


def _court_row(fields: list[str], line: str, where: str) -> tuple[str, Court]:
    if len(fields) != 4 or not fields[0] or not fields[1] or fields[3] not in KINDS:
        raise ValueError(f"{where}: want id<TAB>name<TAB>zone<TAB>kind, got {line!r}")
    if fields[2]:
        ZoneInfo(fields[2])  # a misspelt zone fails here, naming itself
    return fields[0], Court(*fields)


def court_name(court: str) -> str:
    """A court id's short common name (`nysd` -> `S.D.N.Y.`); a court the table does not know as it is given
    (a state court's name as its page writes it, a news outlet)."""
    known = courts().get(court.lower())
    return known.name if known else court


@cache
def court_zone(court: str) -> ZoneInfo | None:
    """The time zone of a court id (`nysd`, `nysb`, `ca9`), or None for a court whose zone we do not know
    (a court not in the table, a news outlet)."""
    known = courts().get(court.lower())
    return ZoneInfo(known.zone) if known and known.zone else None


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
