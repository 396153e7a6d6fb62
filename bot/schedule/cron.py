"""Crontab expressions on a local clock: `LocalCronTrigger`, an APScheduler trigger that keeps cron's meaning
across daylight-saving time.

Cron across daylight-saving time: a cron source fires once at each local time its expression names. APScheduler
3.11.3's CronTrigger does not (with America/Denver, `0 0 * * *` fires on 8 March 2026 and next on 10 March:
it adds 24 hours to move a day, and the day of spring-forward has 23), so `LocalCronTrigger` matches the
expression against the wall clock (a CronTrigger in UTC, which has no DST, over local wall times) and turns each
matching wall time into an instant with zoneinfo. A local time that does not exist (02:30 on the day clocks go
from 02:00 to 03:00) fires when the clock passes it, right after the jump, as cron does (two such times, or
one and 03:00 itself, fire once); one that happens twice (01:30 on the day clocks go back) fires once, the first
time.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

_WEEKDAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")
_NUMERIC_WEEKDAYS = re.compile(r"^(?:(\*)|([0-7])(?:-([0-7]))?)(?:/(\d+))?$")


def crontab_weekdays(field: str) -> str:
    """A crontab day-of-week field spelled out in day names.

    In crontab 0 (and 7) is Sunday; APScheduler 3 reads numbers with 0 as Monday and refuses
    ranges that wrap, so numeric items are expanded to names: `1-5` -> `mon,tue,wed,thu,fri`.
    """
    names: list[str] = []
    for item in field.split(","):
        match = _NUMERIC_WEEKDAYS.match(item)
        if not match or item == "*":
            names.append(item)
            continue
        star, first, last, step = match.groups()
        start, end = (0, 6) if star else (int(first), int(last if last is not None else first))
        if last is None and step and not star:
            end = 6
        names.extend(_WEEKDAY_NAMES[day] for day in range(start, end + 1, int(step or 1)))
    return ",".join(dict.fromkeys(names))


# A crontab line's fields, in order, with the values each takes.
_FIELDS = (("minute", "0-59"), ("hour", "0-23"), ("day", "1-31"), ("month", "1-12"), ("weekday", "0-7 or sun-sat"))


def _wall_trigger(fields: dict[str, str]) -> CronTrigger:
    """APScheduler's CronTrigger (on UTC) for a crontab line's fields (`{"minute": "*/10", ...}`); ValueError naming
    the first field it refuses and what that field takes, in place of APScheduler's words."""
    def trigger(given: dict[str, str]) -> CronTrigger:
        named = {"day_of_week" if name == "weekday" else name: crontab_weekdays(value) if name == "weekday" else value
                 for name, value in given.items()}
        return CronTrigger(**named, timezone=UTC)

    try:
        return trigger(fields)
    except ValueError:
        for name, span in _FIELDS:
            try:
                trigger({name: fields[name]})
            except ValueError:
                raise ValueError(f'its {name} field "{fields[name]}" is not a number, range (1-5), list (1,3) or '
                                 f"step (*/10) in {span}") from None
        raise


class LocalCronTrigger(BaseTrigger):
    """A crontab expression's fire times on the wall clock of `timezone`, once per local time (see above)."""

    def __init__(self, expression: str, timezone: tzinfo, jitter: float | None = None) -> None:
        fields = expression.split()
        if len(fields) != 5:
            raise ValueError(f"it has {len(fields)} fields, not 5: {' '.join(name for name, _ in _FIELDS)}")
        self.expression = expression
        self.timezone = timezone
        self.jitter = jitter
        self._wall = _wall_trigger(dict(zip((name for name, _ in _FIELDS), fields)))

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        """The first fire time at or after `now` (after `previous_fire_time` when given, as APScheduler asks)."""
        if previous_fire_time is None:
            start = now
        else:
            start = min(now, previous_fire_time + timedelta(microseconds=1))
            if start == previous_fire_time:
                start += timedelta(microseconds=1)
        moment = self._next(start, previous_fire_time)
        return self._apply_jitter(moment, self.jitter, now) if moment else None

    def _next(self, start: datetime, previous: datetime | None) -> datetime | None:
        # wall times from the earliest one that can fall at or after `start` (a time in a spring-forward gap
        # lies an hour on in real time), skipping those that fall before it or on the previous fire time
        instant = start.astimezone(UTC)
        offsets = [_utc_offset((instant + shift).astimezone(self.timezone)) for shift in _AROUND]
        wall = (instant + min(offsets)).replace(tzinfo=None)
        for _ in range(_SEARCH_LIMIT):
            matched = self._wall.get_next_fire_time(None, wall.replace(tzinfo=UTC))
            if matched is None:
                return None
            wall = matched.replace(tzinfo=None)
            moment = local_instant(wall, self.timezone)
            if moment >= start and (previous is None or moment > previous):
                return moment
            wall += timedelta(minutes=1)
        return None

    def next_fire(self, previous_fire_time: datetime | None, now: datetime) -> datetime:
        """get_next_fire_time for an expression that fires (cron_trigger makes only those); ValueError if not."""
        moment = self.get_next_fire_time(previous_fire_time, now)
        if moment is None:
            raise ValueError(f"{self} matches no date")
        return moment

    def __str__(self) -> str:
        return f"cron[{self.expression}] on the {self.timezone} clock"

    def __repr__(self) -> str:
        return f"<LocalCronTrigger ({self.expression!r}, timezone={str(self.timezone)!r}, jitter={self.jitter})>"


_AROUND = (timedelta(days=-1), timedelta(0), timedelta(days=1))
_SEARCH_LIMIT = 60 * 26  # matching wall times skipped at most: a minutely cron across a doubled hour and then some


def local_instant(wall: datetime, timezone: tzinfo) -> datetime:
    """The instant a naive wall time names in `timezone`: the first of a doubled time (fall-back), and for a time
    that does not exist (a spring-forward gap) the instant the clock passes it, as cron does: 02:30 in a gap from
    02:00 to 03:00 is 03:00, right after the jump."""
    first = wall.replace(tzinfo=timezone, fold=0)
    if first.astimezone(UTC).astimezone(timezone).replace(tzinfo=None) == wall:
        return first.astimezone(timezone)
    # in a gap: fold=1 reads the wall time with the offset after the jump (an instant before the jump), fold=0
    # with the one before it (an instant after): the jump lies between, where the clock first shows `wall` or later
    low = wall.replace(tzinfo=timezone, fold=1).astimezone(UTC)
    high = first.astimezone(UTC)
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(timezone).replace(tzinfo=None) >= wall:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0).astimezone(timezone)


def cron_trigger(expression: str, timezone: tzinfo | str, jitter: float | None = None) -> LocalCronTrigger:
    """A trigger for a standard 5-field crontab expression (minute hour day month weekday) on the
    `timezone` clock; ValueError for an expression that is not one."""
    zone = ZoneInfo(timezone) if isinstance(timezone, str) else timezone
    trigger = LocalCronTrigger(expression, zone, jitter)
    if trigger._wall.get_next_fire_time(None, datetime(2000, 1, 1, tzinfo=UTC)) is None:
        raise ValueError("it matches no date")  # "0 0 30 2 *": February 30th
    return trigger


def _utc_offset(moment: datetime) -> timedelta:
    """The UTC offset of an aware `moment` (tzinfo.utcoffset may say None only for a naive one)."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError(f"{moment} has no timezone")
    return offset
