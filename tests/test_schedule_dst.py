"""Cron sources across daylight-saving time and pauses: a year of fire times in America/Denver and Europe/Berlin
against an independent computation, the misfire grace from a source's real gaps, one run after a pause."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.background import BackgroundScheduler

from bot.config import Config
from bot.schedule.cron import cron_trigger
from bot.schedule.triggers import misfire_grace, trigger_for

YEAR = 2026


def every_day(day: date) -> bool:
    return True


def monday(day: date) -> bool:
    return day.weekday() == 0


def weekday(day: date) -> bool:
    return day.weekday() < 5


def sunday(day: date) -> bool:
    return day.weekday() == 6


# crontab expression -> (the days it names, the local times of day it names), written out by hand
EXPRESSIONS: dict[str, tuple[Callable[[date], bool], list[tuple[int, int]]]] = {
    "0 0 * * *": (every_day, [(0, 0)]),
    "0 0 * * 1": (monday, [(0, 0)]),
    "30 0 * * *": (every_day, [(0, 30)]),
    "30 1 * * *": (every_day, [(1, 30)]),
    "30 2 * * *": (every_day, [(2, 30)]),
    "0 7 * * 1-5": (weekday, [(7, 0)]),
    "15 0 * * 0": (sunday, [(0, 15)]),
    "15,45 0-3 * * *": (every_day, [(hour, minute) for hour in range(4) for minute in (15, 45)]),
    "0 */6 * * *": (every_day, [(hour, 0) for hour in (0, 6, 12, 18)]),
}


@cache
def clock_shows(zone_name: str) -> dict[datetime, datetime]:
    """Each local wall minute of the year (naive) -> the first instant the zone's clock shows it; a minute the clock
    skips (spring-forward) -> the instant it jumps past it. Found by walking the year minute by minute in UTC."""
    zone = ZoneInfo(zone_name)
    shown: dict[datetime, datetime] = {}
    instant = datetime(YEAR - 1, 12, 31, tzinfo=UTC)
    end = datetime(YEAR + 1, 1, 2, tzinfo=UTC)
    previous = None
    while instant < end:
        wall = instant.astimezone(zone).replace(tzinfo=None)
        if previous is not None:
            skipped = previous + timedelta(minutes=1)
            while skipped < wall:  # the clock jumped: the minutes it skipped are passed now
                shown.setdefault(skipped, instant)
                skipped += timedelta(minutes=1)
        shown.setdefault(wall, instant)
        previous = max(wall, previous) if previous else wall
        instant += timedelta(minutes=1)
    return shown


def expected_fires(zone_name: str, expression: str) -> list[datetime]:
    """Once per scheduled local time: the days of the year the expression names, at its times of day."""
    days, times = EXPRESSIONS[expression]
    shown = clock_shows(zone_name)
    fires: set[datetime] = set()
    day = date(YEAR, 1, 1)
    while day.year == YEAR:
        if days(day):
            fires.update(shown[datetime(day.year, day.month, day.day, hour, minute)] for hour, minute in times)
        day += timedelta(days=1)
    return sorted(fires)


def trigger_fires(zone_name: str, expression: str) -> list[datetime]:
    """The trigger's fire times in the year, asked as APScheduler asks (after each fire, from the fire)."""
    zone = ZoneInfo(zone_name)
    trigger = cron_trigger(expression, zone)
    start, end = datetime(YEAR, 1, 1, tzinfo=zone), datetime(YEAR + 1, 1, 1, tzinfo=zone)
    fires = []
    fire = trigger.next_fire(None, start)
    while fire < end:
        fires.append(fire.astimezone(UTC))
        fire = trigger.next_fire(fire, fire)
    return fires


@pytest.mark.slow
@pytest.mark.parametrize("zone_name", ["America/Denver", "Europe/Berlin"])
@pytest.mark.parametrize("expression", EXPRESSIONS)
def test_a_year_of_cron_fire_times_is_once_per_scheduled_local_time(zone_name: str, expression: str) -> None:
    assert trigger_fires(zone_name, expression) == expected_fires(zone_name, expression)


def local(fires: list[datetime], zone_name: str, first: date, last: date) -> list[str]:
    zone = ZoneInfo(zone_name)
    return [f"{fire.astimezone(zone):%a %d %b %H:%M %Z}" for fire in fires if first <= fire.astimezone(zone).date() <= last]


def test_denver_midnight_fires_around_both_2026_changes() -> None:
    fires = trigger_fires("America/Denver", "0 0 * * *")
    assert local(fires, "America/Denver", date(2026, 3, 7), date(2026, 3, 10)) == [
        "Sat 07 Mar 00:00 MST", "Sun 08 Mar 00:00 MST", "Mon 09 Mar 00:00 MDT", "Tue 10 Mar 00:00 MDT"
    ]
    assert local(fires, "America/Denver", date(2026, 10, 31), date(2026, 11, 3)) == [
        "Sat 31 Oct 00:00 MDT", "Sun 01 Nov 00:00 MDT", "Mon 02 Nov 00:00 MST", "Tue 03 Nov 00:00 MST"
    ]
    mondays = trigger_fires("America/Denver", "0 0 * * 1")
    assert local(mondays, "America/Denver", date(2026, 3, 1), date(2026, 3, 16)) == [
        "Mon 02 Mar 00:00 MST", "Mon 09 Mar 00:00 MDT", "Mon 16 Mar 00:00 MDT"
    ]


def test_denver_times_in_the_skipped_and_the_doubled_hour() -> None:
    assert local(trigger_fires("America/Denver", "30 2 * * *"), "America/Denver", date(2026, 3, 7), date(2026, 3, 9)) == [
        "Sat 07 Mar 02:30 MST", "Sun 08 Mar 03:00 MDT", "Mon 09 Mar 02:30 MDT"  # 02:30 does not exist on the 8th
    ]
    assert local(trigger_fires("America/Denver", "30 1 * * *"), "America/Denver", date(2026, 10, 31), date(2026, 11, 2)) == [
        "Sat 31 Oct 01:30 MDT", "Sun 01 Nov 01:30 MDT", "Mon 02 Nov 01:30 MST"  # 01:30 happens twice on the 1st
    ]


# --- misfire grace, and the poll missed while the host slept ---------------------------------------------------------


def config_with(**source_fields) -> Config:
    return Config.model_validate({
        "timezone": "America/Denver",
        "sources": [{"id": "nmd", "kind": "pacer_rss", "url": "https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl",
                     **source_fields}],
    })


@pytest.mark.parametrize(
    ("fields", "grace"),
    [
        ({"cron": "0 7 * * 1-5"}, timedelta(hours=12)),  # the shortest gap is a day (Mon-Thu), not Fri-Mon's three
        ({"cron": "0 7 * * 1"}, timedelta(days=3, hours=12)),
        ({"cron": "*/10 7-19 * * 1-5"}, timedelta(minutes=5)),
        ({"cron": "0 0 1 * *"}, timedelta(days=14)),  # February's 28 days
        ({"every": "15m"}, timedelta(minutes=7, seconds=30)),
        ({"every": "20s"}, timedelta(seconds=30)),
    ],
)
def test_misfire_grace_is_half_the_real_gap_between_turns(fields: dict, grace: timedelta) -> None:
    config = config_with(**fields)
    assert misfire_grace(config, config.sources[0], datetime(2026, 3, 2, 12, tzinfo=UTC)) == grace


def run_after_sleep(config: Config, last_missed: datetime, first_missed: datetime) -> tuple[int, datetime]:
    """Starts a scheduler whose poll job (the source's trigger and misfire grace, coalesced, as bot/worker/jobs.py
    adds it) missed its turns from `first_missed` to `last_missed` while the host slept: how many times the
    job ran on resuming, and its next run time after that."""
    source, zone = config.sources[0], config.tz
    ran: list[datetime] = []
    done = threading.Event()
    scheduler = BackgroundScheduler(timezone=zone)

    def poll() -> None:
        ran.append(datetime.now(UTC))
        done.set()

    scheduler.add_job(
        poll,
        trigger_for(config, source),
        id="poll:nmd",
        misfire_grace_time=int(misfire_grace(config, source, last_missed).total_seconds()),
        coalesce=True,
        next_run_time=first_missed,
    )
    scheduler.start()
    try:
        done.wait(timeout=30)
        upcoming = scheduler.get_job("poll:nmd").next_run_time
    finally:
        scheduler.shutdown(wait=True)
    return len(ran), upcoming


def test_a_poll_missed_while_the_host_slept_runs_once_when_it_resumes() -> None:
    """A weekday 07:00 source on a host that resumes 40 minutes after its turn: the turn runs (the grace is
    12 hours, not half of a fixed hour), once, and the next waits for its time."""
    config = config_with(cron="0 7 * * 1-5")
    missed = datetime.now(UTC) - timedelta(minutes=40)
    runs, upcoming = run_after_sleep(config, missed, missed)
    assert runs == 1
    assert upcoming > missed + timedelta(minutes=40)
    assert upcoming.astimezone(config.tz).strftime("%H:%M") == "07:00" and upcoming.astimezone(config.tz).weekday() < 5


def test_turns_missed_over_days_run_once() -> None:
    """A daily source whose host slept through three of its turns, the last 40 minutes ago: one run."""
    last = (datetime.now(UTC) - timedelta(minutes=40)).astimezone(ZoneInfo("America/Denver"))
    config = config_with(cron=f"{last.minute} {last.hour} * * *")
    first = trigger_for(config, config.sources[0]).get_next_fire_time(None, last - timedelta(days=2, minutes=1))
    runs, upcoming = run_after_sleep(config, last, first)
    assert runs == 1
    assert upcoming - last > timedelta(hours=23)
