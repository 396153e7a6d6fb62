"""How each configured source is doing, and whether a worker runs: behind `sources`, `/docket status`, /healthz."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from bot.config import Config, SourceConfig
from bot.core.clock import shown_time
from bot.core.command_name import command_name
from bot.core.quiet import Pause
from bot.schedule.triggers import describe_schedule, next_poll
from bot.store import SourceState, Store
from bot.store.pauses import PAUSED, pause_of

WORKER_HEARTBEAT = "worker"  # each `python -m bot run` beats every 30 s as `worker:<process>`
WORKER_STOPPED = "worker-stopped"  # when a worker last stopped cleanly (its own beat is then removed)
HEARTBEAT_STALE = timedelta(minutes=3)


@dataclass(frozen=True)
class WorkerStatus:
    """Whether a worker (`python -m bot run`) beat lately; `last_beat` None when none ever ran on this store."""

    last_beat: datetime | None
    now: datetime
    stopped: bool = False  # the last worker stopped cleanly at `last_beat` (rather than went silent)

    @property
    def alive(self) -> bool:
        return not self.stopped and self.last_beat is not None and self.now - self.last_beat <= HEARTBEAT_STALE

    @property
    def state(self) -> str:
        """`alive`, `stopped`, `silent` (it beat once, not lately) or `never seen`."""
        if self.alive:
            return "alive"
        return "never seen" if self.last_beat is None else ("stopped" if self.stopped else "silent")

    def describe(self, tz: tzinfo = UTC) -> str:
        """A line for people when no worker runs (empty when one does), its time on the clock `tz`."""
        if self.alive:
            return ""
        if self.last_beat is None:
            return f"no worker has run on this store yet: polls happen only while `{command_name()} run` runs"
        how = "it stopped" if self.stopped else "its last heartbeat"
        return (f"no worker is running since {shown_time(self.last_beat, tz)} ({how}): "
                f"polls happen only while `{command_name()} run` runs")


def worker_status(store: Store, now: datetime) -> WorkerStatus:
    """The latest beat of any worker; when none beats any more, the latest of their beats and clean stops."""
    beats = list(store.heartbeats(WORKER_HEARTBEAT).values())
    live = [beat for beat in beats if now - beat <= HEARTBEAT_STALE]
    if live:
        return WorkerStatus(max(live), now)
    stopped = store.heartbeat(WORKER_STOPPED)
    last = max([*beats, *([stopped] if stopped else [])], default=None)
    return WorkerStatus(last, now, stopped is not None and stopped == last)


@dataclass(frozen=True)
class SourceStatus:
    source: SourceConfig
    schedule: str
    next_poll: datetime
    state: SourceState | None
    pause: Pause | None = None  # why it is not polled (bot/store/pauses.py), None when it is

    @property
    def last_poll(self) -> datetime | None:
        return self.state.last_poll_at if self.state else None

    @property
    def health(self) -> str:
        """`ok`, `error`, `failing` or `stale` (an ops alert is out), `paused`, `resumed` (no successful poll since
        a pause: `error` once a poll after it failed), or `not polled yet`."""
        if self.pause is not None:
            return PAUSED
        if self.state is None or self.state.last_status == "never":
            return "not polled yet"
        if self.state.last_status == PAUSED:
            return self.state.alert or ("error" if self.state.failures_in_row else "resumed")
        return self.state.alert or self.state.last_status


def source_statuses(config: Config, store: Store, now: datetime) -> list[SourceStatus]:
    """One row per configured source, in config order, with its stored state (None before its first poll) and
    its pause, if any."""
    states = store.states()
    pauses = store.pauses()
    rows = []
    for source in config.sources:
        state = states.get(source.id)
        last_poll = state.last_poll_at if state else None
        rows.append(SourceStatus(
            source, describe_schedule(config, source), next_poll(config, source, last_poll, now), state,
            pause_of(source, pauses),
        ))
    return rows
