"""Parsing of the small time notations used in the config: durations (`15m`) and hour windows (`07:00-20:00`)."""

from __future__ import annotations

import re
from datetime import time, timedelta

from bot.core.written import as_written

_DURATION = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*([smhd])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
LONGEST = timedelta(days=3650)  # about 10 years: longer is a typo, and past what dates can be counted back to


def parse_duration(value: object) -> timedelta:
    """`30s`, `15m`, `2h`, `1d`, `0s` -> timedelta, at most LONGEST (3650d). Raises ValueError with a message fit
    for a user (also for a negative duration, or a longer one)."""
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f'{as_written(value)} is not a duration like 5m (a number, then s, m, h or d)')
    number, unit = float(match.group(1)), _UNITS[match.group(2)]
    if number < 0:
        raise ValueError(f'"{value}" is negative; give a duration like 5m')
    if number > LONGEST / timedelta(**{unit: 1}):  # before timedelta() itself overflows
        raise ValueError(f'"{value}" is longer than {format_duration(LONGEST)} (10 years); give a shorter duration')
    return timedelta(**{unit: number})


def parse_positive_duration(value: object) -> timedelta:
    """As parse_duration, but zero is refused too: for periods and timeouts, where 0 means nothing sensible."""
    duration = parse_duration(value)
    if not duration:
        raise ValueError(f'"{value}" is zero; give a duration like 5m')
    return duration


def format_duration(delta: timedelta) -> str:
    """The shortest config notation for a duration: 900 s -> `15m`."""
    seconds = int(delta.total_seconds())
    for suffix, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{suffix}"
    return f"{seconds}s"


def parse_hour_window(value: object) -> tuple[time, time]:
    """`07:00-20:00` -> (start, end). A window may wrap past midnight (`22:00-06:00`)."""
    match = _WINDOW.match(str(value))
    if not match:
        raise ValueError(f'{as_written(value)} is not an hour window like 07:00-20:00')
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
        raise ValueError(f'"{value}" has an hour or minute out of range')
    start, end = time(h1, m1), (time(23, 59, 59, 999999) if h2 == 24 else time(h2, m2))
    if start == end:
        raise ValueError(f'"{value}" is an empty window')
    return start, end


def in_window(moment: time, window: tuple[time, time]) -> bool:
    """Whether a wall-clock time lies in a window (start inclusive, end exclusive), wrapping past midnight."""
    start, end = window
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end
