"""How each configured source is doing: the rows behind `python -m bot sources` and `/docket status`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.config import Config, SourceConfig
from bot.schedule import describe_schedule, next_poll
from bot.store import SourceState, Store


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
