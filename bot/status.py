"""How each configured source is doing, and whether a worker runs: behind `sources`, `/docket status`, /healthz."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.config import Config, SourceConfig
from bot.schedule import describe_schedule, next_poll
from bot.store import SourceState, Store


WORKER_HEARTBEAT = "worker"  # the heartbeat `python -m bot run` writes every 30 s
HEARTBEAT_STALE = timedelta(minutes=3)


@dataclass(frozen=True)
class WorkerStatus:
    """Whether a worker (`python -m bot run`) beat lately; `last_beat` None when none ever ran on this store."""

    last_beat: datetime | None
    now: datetime

    @property
    def alive(self) -> bool:
        return self.last_beat is not None and self.now - self.last_beat <= HEARTBEAT_STALE

    @property
    def state(self) -> str:
        """`alive`, `silent` (it beat once, not lately) or `never seen`."""
        return "alive" if self.alive else ("never seen" if self.last_beat is None else "silent")

    def describe(self) -> str:
        """A line for people when no worker runs (empty when one does)."""
        if self.alive:
            return ""
        if self.last_beat is None:
            return "no worker has run on this store yet: polls happen only while `python -m bot run` runs"
        return (f"no worker is running since {self.last_beat:%Y-%m-%d %H:%M} UTC (its last heartbeat): "
                "polls happen only while `python -m bot run` runs")


def worker_status(store: Store, now: datetime) -> WorkerStatus:
    return WorkerStatus(store.heartbeat(WORKER_HEARTBEAT), now)


@dataclass(frozen=True)
class SourceStatus:
    source: SourceConfig
    schedule: str
    next_poll: datetime
    state: SourceState | None

    @property
    def last_poll(self) -> datetime | None:
        return self.state.last_poll_at if self.state else None

    @property
    def health(self) -> str:
        """`ok`, `error`, `failing` or `stale` (an ops alert is out), or `not polled yet`."""
        if self.state is None or self.state.last_status == "never":
            return "not polled yet"
        return self.state.alert or self.state.last_status


def source_statuses(config: Config, store: Store, now: datetime) -> list[SourceStatus]:
    """One row per configured source, in config order, with its stored state (None before its first poll)."""
    states = store.states()
    rows = []
    for source in config.sources:
        state = states.get(source.id)
        last_poll = state.last_poll_at if state else None
        rows.append(
            SourceStatus(source, describe_schedule(config, source), next_poll(config, source, last_poll, now), state)
        )
    return rows
