"""The courts the bot knows, from one table (courts.tsv beside this module, its sources named in its header):
each court's id, its short common name (`S.D.N.Y.`, `Bankr. S.D.N.Y.`, `2d Cir.`, `N.M. Dist. Ct., Santa Fe
County`), its time zone, the place it sits for, and its CM/ECF RSS feed: the address and what it publishes.

Federal courts are known by their CM/ECF id (`nysd`, `nysb`, `ca2`): every district, bankruptcy and appellate
court, the bankruptcy appellate panels and the national courts. A filing's date is the court's own date, so a
PACER pubDate of 01:09 GMT is a filing of the evening before in New York. State courts are listed where the bot
reads them (the Texas courts' search, New Mexico's district courts by the code of their case numbers).
A `pacer_rss` source may name its court instead of the feed's address (`rss_url`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from bot.core.command_name import command_name
from bot.core.near_miss import did_you_mean
from bot.core.tables import read_table

TABLE = Path(__file__).with_name("courts.tsv")
KINDS = ("district", "bankruptcy", "appellate", "bankruptcy appellate panel", "national", "state")
FEEDS = ("all", "some", "none")  # what a court's RSS feed publishes: every docket entry, some entry types, nothing
RSS_ADDRESS = re.compile(
    r"^https://ecf\.[a-z0-9]+\.uscourts\.gov/"
    r"(cgi-bin/rss_outside\.pl|n/beam/servlet/TransportRoom\?servlet=RSSGenerator)$"
)


class Court(NamedTuple):
    """One row of the table: the court's id, short name, time zone name (every court has one), kind, the place it
    sits for, its CM/ECF RSS address ("" when it publishes none) and what that feed publishes (one of FEEDS)."""

    id: str
    name: str
    zone: str
    kind: str
    place: str
    rss: str
    feed: str


@cache
def courts() -> dict[str, Court]:
    """The table (courts.tsv) by court id."""
    return read(TABLE)


def read(path: Path) -> dict[str, Court]:
    """A courts table by id; raises ValueError naming the file and line of a bad row."""
    return read_table(path, _court_row)


def _court_row(fields: list[str], line: str, where: str) -> tuple[str, Court]:
    if len(fields) != len(Court._fields) or not all(fields[:2]) or not fields[4]:
        raise ValueError(f"{where}: want id<TAB>name<TAB>zone<TAB>kind<TAB>place<TAB>rss<TAB>feed, got {line!r}")
    court = Court(*fields)
    if not court.zone:
        raise ValueError(f"{where}: {court.id} has no zone: give the IANA time zone of its clerk's office "
                         "(America/Chicago), or its dates would be read as UTC")
    if court.kind not in KINDS:
        raise ValueError(f"{where}: kind {court.kind!r} is not one of {', '.join(KINDS)}")
    if court.feed not in FEEDS:
        raise ValueError(f"{where}: feed {court.feed!r} is not one of {', '.join(FEEDS)}")
    if (court.feed == "none") != (court.rss == "") or (court.rss and not RSS_ADDRESS.match(court.rss)):
        raise ValueError(f"{where}: rss {court.rss!r} does not fit feed {court.feed!r} (want a CM/ECF RSS address)")
    ZoneInfo(court.zone)  # a misspelt zone fails here, naming itself
    return court.id, court


def search(words: str) -> list[Court]:
    """The courts each of whose `words` begins a word of their id, name, kind or place (case and punctuation aside;
    a name's abbreviation also read without its dots, so that "sdny" finds S.D.N.Y., and the words the names
    abbreviate read in full: "appeals" finds `App.`), in table order; all of them for no words. `search("New
    Mexico")` finds nmd, nmb and the New Mexico state courts; `search("texas appeals")` the courts written
    `Tex. App.—Houston`; `search("Eastern District of New York")` finds nyed and nyeb (a district's letters read
    in full; "of", "the", "for" and "court" are left out of the search)."""
    wanted = [word for word in _WORD.findall(words.lower().replace(".", "")) if word not in _FILLER]
    return [court for court in courts().values() if all(any(found.startswith(word) for found in _words(court))
                                                         for word in wanted)]


_WORD = re.compile(r"[^\W_]+")
# The words of the law the courts' names abbreviate (a state's is in its place: `Tex.` is of Texas).
_ABBREVIATED = {"app": ("appeals", "appellate"), "bankr": ("bankruptcy",), "cir": ("circuit",), "cl": ("claims",),
                "crim": ("criminal",), "ct": ("court",), "dist": ("district",), "fed": ("federal",),
                "mar": ("mariana",), "vet": ("veterans",)}
# A district's letters before its `D.`: `E.D.N.Y.` is the Eastern District of New York.
_DISTRICT = re.compile(r"\b(?:([cemnsw])\.)?d\.")
_DIRECTIONS = {"c": "central", "e": "eastern", "m": "middle", "n": "northern", "s": "southern", "w": "western"}
_FILLER = {"of", "the", "for", "court", "courts"}  # words of a court's full name that tell no court from another


@cache
def _words(court: Court) -> tuple[str, ...]:
    """The words a search looks in: those of the court's id, name, kind and place, lower case, its name also
    without dots (`sdny`), and the words its name abbreviates written out."""
    written = _WORD.findall(f"{court.id} {court.name} {court.kind} {court.place}".lower())
    undotted = _WORD.findall(court.name.lower().replace(".", ""))
    name = court.name.lower()
    spelt_out = [word for short in re.findall(r"(\w+)\.", name) for word in _ABBREVIATED.get(short, ())]
    districts = [word for direction in _DISTRICT.findall(name) for word in ("district", _DIRECTIONS.get(direction))]
    return tuple(dict.fromkeys(word for word in [*written, *undotted, *spelt_out, *districts] if word))


def known_court(court: str) -> Court:
    """The table's row of a court id, in any case (`nysd`, `NM_D202`). Raises ValueError for an id the table does
    not know, naming the id meant where it is a near miss of one (`"nm_d22" is not a court id the bot knows (did
    you mean nm_d202?); ...`) and the command that lists them."""
    known = courts().get(court.lower())
    if known is None:
        raise ValueError(f'"{court}" is not a court id the bot knows{did_you_mean(court.lower(), courts())}; '
                         f"`{command_name()} courts --search WORDS` lists them")
    return known


def rss_url(court: str) -> str:
    """The CM/ECF RSS address of a court id (`nysd` -> https://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl).
    Raises ValueError saying why for a court the table does not know or one that publishes no feed, naming
    what to watch it with instead."""
    known = known_court(court)
    if not known.rss:
        raise ValueError(
            f'{known.name} ({known.id}) publishes no RSS feed: watch its cases with a courtlistener source, '
            "or a docket's report with kind html_docket"
        )
    return known.rss


def court_name(court: str) -> str:
    """A court id's short common name (`nysd` -> `S.D.N.Y.`); a court the table does not know as it is given
    (a state court's name as its page writes it, a news outlet)."""
    known = courts().get(court.lower())
    return known.name if known else court


@cache
def court_zone(court: str) -> ZoneInfo | None:
    """The time zone of a court id (`nysd`, `nysb`, `ca9`, `texas_coa08`), or None for a court not in the table
    (a news outlet, a state court the bot has no row for)."""
    known = courts().get(court.lower())
    return ZoneInfo(known.zone) if known else None


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
