"""When each source is polled: APScheduler triggers from `every`/`cron`, `jitter` and `active_hours`, and
the turns a failing source sits out (backoff). Cron expressions are read on the local clock by
bot/schedule/cron.py, which keeps their meaning across daylight-saving time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Config, SourceConfig
from bot.core.durations import format_duration, in_window
from bot.poll.parallel import server_of
from bot.schedule.cron import cron_trigger
from bot.store import SourceState


def trigger_for(config: Config, source: SourceConfig) -> BaseTrigger:
    jitter = config.jitter(source).total_seconds() or None
    if source.cron:
        return cron_trigger(source.cron, config.tz, jitter)
    return IntervalTrigger(seconds=config.every(source).total_seconds(), timezone=config.tz, jitter=jitter)


def first_turn_delays(config: Config, sources: Iterable[SourceConfig]) -> dict[str, timedelta]:
    """How long after a start each interval source among `sources` waits for its first turn, by source id: the
    k-th of them (from 0, in config order) on one court's server waits k x `http.per_host_interval`, the time the
    per-host pacing (scrapers/http.py HostPacer) would make its request wait anyway. Sources without a URL of
    their own count as on their kind's server (an API). Cron sources are left out (they wait for their time).

    So a start with many sources on a few servers queues their first polls at each server's pace instead of
    filling the worker's poll threads with polls that only wait for their slot while other courts' turns wait
    for a thread; and as each later turn comes `every` after the one before (APScheduler's interval trigger),
    they stay spread."""
    step = config.http.per_host_interval
    on_server: Counter[str] = Counter()
    delays = {}
    for source in sources:
        if source.cron:
            continue
        server = server_of(source)
        delays[source.id] = step * on_server[server]
        on_server[server] += 1
    return delays


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
        candidate = cron_trigger(source.cron, config.tz).next_fire(None, now)
    else:
        candidate = max(now, last_poll + config.every(source)) if last_poll else now
    step = timedelta(minutes=1)
    for _ in range(60 * 24 * 8):
        if is_active(config, source, candidate):
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
    return min(1 << (failures_in_row - BACKOFF_AFTER + 1), BACKOFF_LONGEST)


MISFIRE_GRACE_LEAST = timedelta(seconds=30)
GAPS_LOOKED_AT = 40  # fire times of a cron source whose gaps decide its misfire grace


def shortest_gap(trigger: BaseTrigger, now: datetime, fires: int = GAPS_LOOKED_AT) -> timedelta | None:
    """The shortest time between two of the trigger's next `fires` fire times; None with fewer than two."""
    times: list[datetime] = []
    moment = trigger.get_next_fire_time(None, now)
    while moment is not None and len(times) < fires:
        times.append(moment)
        moment = trigger.get_next_fire_time(moment, moment)
    return min((later - earlier for earlier, later in zip(times, times[1:])), default=None)


def misfire_grace(config: Config, source: SourceConfig, now: datetime) -> timedelta:
    """How late a turn may start and still run (a worker that was paused or asleep): half the source's gap between
    turns, for a cron source the shortest of its real gaps (a weekday 07:00 source: 12 hours), at least 30 s. A
    turn later than that is dropped and the next one waits for its time; several missed turns run as one."""
    if source.cron:
        gap = shortest_gap(cron_trigger(source.cron, config.tz), now) or timedelta(days=1)
    else:
        gap = config.every(source)
    return max(MISFIRE_GRACE_LEAST, gap / 2)


def period_at(config: Config, source: SourceConfig, moment: datetime) -> timedelta:
    """The time between two turns of a source around `moment` (for cron: the gap that follows it)."""
    if not source.cron:
        return config.every(source)
    trigger = cron_trigger(source.cron, config.tz)
    first = trigger.next_fire(None, moment)
    return trigger.next_fire(first, first + timedelta(seconds=1)) - first


def backing_off(config: Config, source: SourceConfig, state: SourceState | None, now: datetime) -> bool:
    """Whether this turn of a failing source is skipped: too soon after its last failed poll."""
    if state is None or state.last_poll_at is None or state.last_status != "error":
        return False
    turns = backoff_turns(state.failures_in_row)
    wait = period_at(config, source, state.last_poll_at) * turns * 0.9  # 0.9: jitter may make a turn early
    return turns > 1 and now - state.last_poll_at < wait
