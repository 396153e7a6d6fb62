"""How each configured source is doing, whether a worker runs, and whether posts pile up for Slack with no worker to
post them: behind `sources`, `/docket status`, the status page, /healthz."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from bot.config import Config, SourceConfig
from bot.core.clock import shown_time
from bot.core.command_name import command_name
from bot.core.destinations import SLACK
from bot.core.quiet import Pause
from bot.schedule.triggers import describe_schedule, next_poll
from bot.store import SourceState, Store
from bot.store.pauses import PAUSED, pause_of

WORKER_HEARTBEAT = "worker"  # each `python -m bot run` beats every 30 s as `worker:<notifier>:<process>` (worker_beat)
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


def worker_beat(notifier: str, holder: str) -> str:
    """The heartbeat name of the worker `holder` (Poller.holder) that delivers Slack's channels through `notifier`
    (Notifier.name: `slack`, or `console` without a token): `worker:console:1a2b3c4d5e6f`."""
    return f"{WORKER_HEARTBEAT}:{notifier}:{hashlib.sha1(holder.encode()).hexdigest()[:12]}"


@dataclass(frozen=True)
class HeldForSlack:
    """Posts that pile up for Slack with no worker to post them: `posts` undelivered messages queued for Slack (by
    a process without SLACK_BOT_TOKEN on a store that posts to Slack, or by one with it that stopped), the oldest
    queued at `since` (UTC), while no worker with the token runs."""

    posts: int
    since: datetime

    def describe(self, tz: tzinfo = UTC) -> str:
        """The line for people, its time on the clock `tz`."""
        return (f"{self.posts} post(s) held for Slack since {shown_time(self.since, tz)}: no running worker has "
                f"SLACK_BOT_TOKEN (a process without it only queues them); `{command_name()} run` or "
                f"`{command_name()} check` with SLACK_BOT_TOKEN set posts them")


def held_for_slack(store: Store, now: datetime) -> HeldForSlack | None:
    """The posts queued for Slack when no worker that may post them beat within HEARTBEAT_STALE (one beating as
    `worker:console:…` has no token; a beat that names no notifier, from a release before, may have one); None when
    none waits or such a worker runs."""
    posts, since = store.waiting_for(SLACK)
    if not posts or since is None:
        return None
    tokenless = f"{WORKER_HEARTBEAT}:console:"
    if any(now - beat <= HEARTBEAT_STALE for name, beat in store.heartbeats(WORKER_HEARTBEAT).items()
           if not name.startswith(tokenless)):
        return None
    return HeldForSlack(posts, since)


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
        return self.state.alert or self.state.outcome(paused=False)


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
