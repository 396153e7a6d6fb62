"""Digests from stored entries: which destinations have one on which schedule, building a destination's digest of a
period (bot/pipeline/digest.py over the store's routed entries, the court's edits of the period and how the
destination's earlier digests in the outbox listed the entries edited), and queueing
the digests of a schedule's period that just ended, once per destination and period whichever worker gets there
first (Store.queue_digest)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.config import Config, Subscription
from bot.core.digest import Digest, DigestSchedule, Edited, Listed, listed_in
from bot.pipeline.digest import build_digest
from bot.schedule.digests import period_ending
from bot.store import Store


def schedules(config: Config) -> list[DigestSchedule]:
    """The digest schedules the config's subscriptions give, each once, in the order first given."""
    return list(dict.fromkeys(s.digest for s in config.subscriptions if s.digest is not None))


def digest_subscriptions(config: Config, schedule: DigestSchedule) -> dict[str, list[Subscription]]:
    """destination -> its subscriptions with this digest schedule."""
    found: dict[str, list[Subscription]] = {}
    for subscription in config.subscriptions:
        if subscription.digest == schedule:
            found.setdefault(subscription.channel, []).append(subscription)
    return found


def make_digest(
    store: Store, config: Config, channel: str, subscriptions: Sequence[Subscription], every: str,
    start: datetime, end: datetime,
) -> Digest | None:
    """The digest of `channel` for [`start`, `end`) by these subscriptions, the court's edits of the period among its
    corrections, without the cases muted there at `end`; None when nothing of theirs happened."""
    edited = store.edited_between(start, end)
    return build_digest(channel, every, subscriptions, store.routed_between(start, end), start, end, config.timezone,
                        store.mutes(end), edited, earlier_listings(store, channel, end, edited))


def earlier_listings(
    store: Store, channel: str, end: datetime, edited: Sequence[Edited]
) -> dict[tuple[str, str], Listed]:
    """How the digests sent to `channel` that ended by `end` last listed each entry: what a correction there may take
    back (none are read when the court edited nothing)."""
    if not edited:
        return {}
    return listed_in((sent.digest for sent in store.digests_queued(None, channel, sent_only=True)), end)


def queue_due(store: Store, config: Config, schedule: DigestSchedule, now: datetime) -> list[Digest]:
    """Builds and queues the digest of each destination with this schedule, for the period that ended last
    before `now` (aware), without the cases muted there now; returns those this call queued (not those another worker queued first, nor empty ones)."""
    start, end = period_ending(schedule, now, config.tz)
    routed, mutes, edited = store.routed_between(start, end), store.mutes(now), store.edited_between(start, end)
    queued = []
    for channel, subscriptions in digest_subscriptions(config, schedule).items():
        digest = build_digest(channel, schedule.every, subscriptions, routed, start, end, config.timezone, mutes,
                              edited, earlier_listings(store, channel, end, edited))
        if digest is not None and store.queue_digest(digest, now):
            queued.append(digest)
    return queued
