"""When each source is polled: APScheduler triggers from `every`/`cron`, `jitter` and `active_hours`."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Config, SourceConfig
from bot.durations import format_duration, in_window
from bot.store import SourceState

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


def cron_trigger(expression: str, timezone: tzinfo | str, jitter: float | None = None) -> CronTrigger:
    """A trigger for a standard 5-field crontab expression (minute hour day month weekday)."""
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(f"expected 5 fields (minute hour day month weekday), got {len(fields)}")
    minute, hour, day, month, weekday = fields
    return CronTrigger(
        minute=minute,
        hour=hour,
        day=day,
        month=month,
        day_of_week=crontab_weekdays(weekday),
        timezone=timezone,
        jitter=jitter,
    )


def trigger_for(config: Config, source: SourceConfig) -> BaseTrigger:
    jitter = config.jitter(source).total_seconds() or None
    if source.cron:
        return cron_trigger(source.cron, config.tz, jitter)
    return IntervalTrigger(seconds=config.every(source).total_seconds(), timezone=config.tz, jitter=jitter)


def describe_schedule(config: Config, source: SourceConfig) -> str:
    """The schedule as the config says it: `every 15m ±30s, 07:00-20:00`."""
    text = f"cron {source.cron}" if source.cron else f"every {format_duration(config.every(source))}"
    jitter = config.jitter(source)
    if jitter:
        text += f" ±{format_duration(jitter)}"
    window = config.active_hours(source)
    if window:
        text += f", {window[0]:%H:%M}-{window[1]:%H:%M}"
    return text


def is_active(config: Config, source: SourceConfig, moment: datetime) -> bool:
    """Whether `active_hours` (in the config's timezone) allow a poll at `moment`."""
    window = config.active_hours(source)
    return window is None or in_window(moment.astimezone(config.tz).time(), window)


def next_poll(config: Config, source: SourceConfig, last_poll: datetime | None, now: datetime) -> datetime:
    """When the next poll falls due, given the last one, skipping times outside `active_hours`."""
    if source.cron:
        candidate = cron_trigger(source.cron, config.tz).get_next_fire_time(None, now)
    else:
        candidate = max(now, last_poll + config.every(source)) if last_poll else now
    step = timedelta(minutes=1)
    for _ in range(60 * 24 * 8):
        if candidate is None or is_active(config, source, candidate):
            break
        candidate += step
    return candidate


BACKOFF_AFTER = 3  # failures in a row before a source's turns are thinned out
BACKOFF_LONGEST = 8  # at most every 8th turn


def backoff_turns(failures_in_row: int) -> int:
    """How many turns a failing source waits between polls: 1 (every turn) until it has failed
    BACKOFF_AFTER times in a row, then 2, 4, 8 as failures go on, so a broken court site is not hammered."""
    if failures_in_row < BACKOFF_AFTER:
        return 1
    return min(2 ** (failures_in_row - BACKOFF_AFTER + 1), BACKOFF_LONGEST)


def period_at(config: Config, source: SourceConfig, moment: datetime) -> timedelta:
    """The time between two turns of a source around `moment` (for cron: the gap that follows it)."""
    if not source.cron:
        return config.every(source)
    trigger = cron_trigger(source.cron, config.tz)
    first = trigger.get_next_fire_time(None, moment)
    return trigger.get_next_fire_time(first, first + timedelta(seconds=1)) - first


def backing_off(config: Config, source: SourceConfig, state: SourceState | None, now: datetime) -> bool:
    """Whether this turn of a failing source is skipped: too soon after its last failed poll."""
    if state is None or state.last_poll_at is None or state.last_status != "error":
        return False
    turns = backoff_turns(state.failures_in_row)
    wait = period_at(config, source, state.last_poll_at) * turns * 0.9  # 0.9: jitter may make a turn early
    return turns > 1 and now - state.last_poll_at < wait
