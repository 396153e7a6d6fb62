"""A digest as values: when a subscription's digest goes out (`DigestSchedule`, `digest: daily 08:00` or
`digest: weekly mon 08:00`), what it says (`Digest`: one destination's filings of one period, grouped by case), and
the court's edits it may list as corrections (`Edited`), and how an earlier digest to the destination listed an entry
(`Listed`, `listed_in`), so that an edit taking back a type it was listed under is told there.

The outbox keeps a digest as JSON (`to_json`, `from_json`); each notifier renders it its own way
(notifiers/slack/render.py, notifiers/plain.py).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from bot.core.entry import Entry
from bot.core.post import Item
from bot.core.written import as_written

DAILY = "daily"
WEEKLY = "weekly"
ON_DEMAND = "now"  # a digest `python -m bot digest` built, over `--since`
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # as datetime.weekday() numbers them
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_SCHEDULE = re.compile(r"^\s*(?:(daily)|weekly\s+([a-z]+))\s+(\d{1,2}):(\d{2})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DigestSchedule:
    """When a digest goes out, on the config's clock: every day at `at`, or every week on `weekday` (0 is
    Monday) at `at`. Its period is the day (or week) that ends then."""

    every: str  # DAILY or WEEKLY
    at: time
    weekday: int | None = None  # for WEEKLY

    @classmethod
    def parse(cls, text: object) -> DigestSchedule:
        """`daily 08:00` or `weekly mon 08:00` (a day's name or its first three letters); ValueError in words."""
        match = _SCHEDULE.match(str(text))
        if not match:
            raise ValueError(f'{as_written(text)} is not a digest schedule: write "daily 08:00" or "weekly mon 08:00"')
        daily, day, hours, minutes = match.groups()
        if int(hours) > 23 or int(minutes) > 59:
            raise ValueError(f'{as_written(text)}: {hours}:{minutes} is not a time of day (00:00 to 23:59)')
        at = time(int(hours), int(minutes))
        if daily:
            return cls(DAILY, at)
        weekday = next((number for number, name in enumerate(_DAY_NAMES)
                        if len(day) >= 3 and name.startswith(day.lower())), None)
        if weekday is None:
            raise ValueError(f"{as_written(text)}: {as_written(day)} is not a day of the week "
                             "(mon, tue, wed, thu, fri, sat, sun)")
        return cls(WEEKLY, at, weekday)

    @property
    def cron(self) -> str:
        """The schedule as a crontab expression (minute hour day month weekday; 0 is Sunday)."""
        weekday = "*" if self.weekday is None else str((self.weekday + 1) % 7)
        return f"{self.at.minute} {self.at.hour} * * {weekday}"

    @property
    def length(self) -> timedelta:
        """The period a digest covers: a day or a week (of wall-clock time)."""
        return timedelta(days=7 if self.every == WEEKLY else 1)

    def __str__(self) -> str:
        day = f" {WEEKDAYS[self.weekday]}" if self.weekday is not None else ""
        return f"{self.every}{day} {self.at:%H:%M}"


def counted(count: int, one: str, many: str = "") -> str:
    """`1 filing`, `2 filings`: the count and the noun, `many` (else `one` and an s) when not one."""
    return f"{count} {one if count == 1 else many or one + 's'}"


@dataclass(frozen=True)
class Edited:
    """An entry the court edited during a digest's period, as its last edit then left it (`entry`), with its event
    types before the period's first edit of it (`before`) and after the last (`events`)."""

    entry: Entry
    before: tuple[str, ...]
    events: tuple[str, ...]


@dataclass(frozen=True)
class Listed:
    """An entry as a digest listed it: with its event types then (`events`), in the digest of the period that ended
    `at`."""

    events: tuple[str, ...]
    at: datetime


@dataclass(frozen=True)
class Digest:
    """One destination's digest of one period [`start`, `end`) (UTC): the filings (and news stories) its
    subscriptions would have routed, and the entries seen before that the court's edits made news there (items with
    `corrected`), grouped by case (a story of no case followed: by itself; `cases`, each a tuple of items, dismissals
    first), and how many filings of the sources it follows its filters left out (`left_out`). `every` is DAILY,
    WEEKLY or ON_DEMAND; `timezone` names the config's clock, on which the period is shown."""

    channel: str
    every: str
    start: datetime
    end: datetime
    timezone: str
    cases: tuple[tuple[Item, ...], ...]
    left_out: int = 0

    @property
    def filings(self) -> int:
        """The docket entries it lists (a news story is none)."""
        return sum(not item.entry.is_story for case in self.cases for item in case)

    @property
    def stories(self) -> int:
        """The news stories it lists."""
        return sum(item.entry.is_story for case in self.cases for item in case)

    @property
    def corrections(self) -> int:
        """The filings it lists as corrections (seen before, news once the court edited them: a type gained or taken
        back)."""
        return sum(bool(item.corrected or item.taken_back) for case in self.cases for item in case)

    @property
    def case_count(self) -> int:
        """The cases its filings are of (a news story of no case followed is listed under its outlet, in none)."""
        return sum(any(not item.entry.is_story for item in case) for case in self.cases)

    @property
    def contents(self) -> str:
        """What it lists: `5 filings in 2 cases`, `5 filings in 2 cases, 1 corrected`, `5 filings in 2 cases and 1 news
        story`, `2 news stories`."""
        corrected = f", {self.corrections} corrected" if self.corrections else ""
        filings = (f"{counted(self.filings, 'filing')} in {counted(self.case_count, 'case')}{corrected}"
                   if self.filings else "")
        stories = counted(self.stories, "news story", "news stories") if self.stories else ""
        return " and ".join(part for part in (filings, stories) if part) or "nothing"

    @property
    def key(self) -> str:
        """Its identity in the outbox beside its destination: what it covers and from when
        (`daily:2026-11-28T15:00:00+00:00`); a second worker queueing the same digest is refused by the store. A
        digest built by hand (ON_DEMAND) ends at the moment it was asked for, so it is known by what it lists
        instead (`now:` and a hash of its items' keys, a correction's with the types it added and took back): asking
        twice for the same filings queues them once."""
        if self.every != ON_DEMAND:
            return f"{self.every}:{self.start.isoformat()}"
        listed = "\n".join(item.entry.key + (f"#corrected:{','.join(item.corrected)}" if item.corrected else "")
                           + (f"#taken_back:{','.join(item.taken_back)}" if item.taken_back else "")
                           for case in self.cases for item in case)
        return f"{ON_DEMAND}:{hashlib.sha256(listed.encode()).hexdigest()[:32]}"

    def to_json(self) -> dict:
        return {
            "channel": self.channel, "every": self.every, "start": self.start.isoformat(),
            "end": self.end.isoformat(), "timezone": self.timezone, "left_out": self.left_out,
            "cases": [[_item_json(item) for item in case] for case in self.cases],
        }

    @classmethod
    def from_json(cls, data: dict) -> Digest:
        """The digest `to_json` made; KeyError or ValueError for anything else."""
        cases = tuple(
            tuple(Item(Entry.from_json(item["entry"]), tuple(item["events"]), tuple(item.get("corrected", ())),
                       tuple(item.get("taken_back", ())),
                       datetime.fromisoformat(item["listed"]) if item.get("listed") else None)
                  for item in case)
            for case in data["cases"]
        )
        return cls(data["channel"], data["every"], datetime.fromisoformat(data["start"]),
                   datetime.fromisoformat(data["end"]), data["timezone"], cases, data.get("left_out", 0))


def _item_json(item: Item) -> dict:
    """A digest's item as `to_json` keeps it: a correction's marks only where it has them."""
    return {"entry": item.entry.to_json(), "events": list(item.events),
            **({"corrected": list(item.corrected)} if item.corrected else {}),
            **({"taken_back": list(item.taken_back)} if item.taken_back else {}),
            **({"listed": item.listed.isoformat()} if item.listed else {})}


def listed_in(digests: Iterable[Digest], before: datetime) -> dict[tuple[str, str], Listed]:
    """(source id, entry key) -> how the last of `digests` (one destination's) that ended by `before` listed the
    entry: what that destination was last told of it by a digest."""
    found: dict[tuple[str, str], Listed] = {}
    for digest in sorted((digest for digest in digests if digest.end <= before), key=lambda digest: digest.end):
        for case in digest.cases:
            for item in case:
                found[(item.entry.source_id, item.entry.key)] = Listed(item.events, digest.end)
    return found
