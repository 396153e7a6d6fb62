"""`python -m bot digest [--channel C] [--since 24h] [--dry-run]`: builds digests now, of the last `--since`, from
stored entries, as the worker does at a digest's time (bot/delivery/digests.py), and queues them (or prints them).

Which destinations: with `--channel`, that one (its subscriptions that have a digest, else all of its
subscriptions); without, every destination with a digest (else every destination). `--since` defaults to the
period of the destination's digest (a day or a week), else a day, up to now (not the scheduled digest's period
that ended at its time: a person asking now wants what happened up to now). A digest listing the same filings
as one queued before is not queued again unless forced (Digest.key).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from bot.config import Config, Subscription
from bot.core.clock import shown_time
from bot.core.digest import ON_DEMAND, Digest
from bot.delivery.digests import make_digest
from bot.store import Store

DEFAULT_SINCE = timedelta(days=1)


class UnknownDestination(ValueError):
    """`--channel` names no destination of the config's subscriptions."""


@dataclass(frozen=True)
class Built:
    """A destination's digest built now (None: nothing of its happened), and the period it covers."""

    channel: str
    start: datetime
    end: datetime
    digest: Digest | None

    def line(self, config: Config) -> str:
        """`#rust-case: 3 filings in 2 cases and 1 news story, 2026-11-28 08:00 MST to ...` or `#rust-case: nothing
        ...`."""
        period = f"{shown_time(self.start, config.tz)} to {shown_time(self.end, config.tz)}"
        if self.digest is None:
            return f"{self.channel}: nothing its subscriptions follow was seen from {period}: no digest"
        digest = self.digest
        left = f", {digest.left_out} left out by its filters" if digest.left_out else ""
        return f"{self.channel}: {digest.contents}{left}, {period}"


def chosen(config: Config, channel: str | None) -> dict[str, list[Subscription]]:
    """destination -> the subscriptions its digest goes by (see the module docstring); UnknownDestination for a
    `channel` no subscription names (as its `channel:`, or its `target:`)."""
    by_channel: dict[str, list[Subscription]] = {}
    for subscription in config.subscriptions:
        if channel is None or channel in (subscription.channel, subscription.target):
            by_channel.setdefault(subscription.channel, []).append(subscription)
    if channel is not None and not by_channel:
        named = ", ".join(dict.fromkeys(s.target or s.channel for s in config.subscriptions)) or "none"
        raise UnknownDestination(f"--channel {channel}: no subscription of the config posts there (they post to: "
                                 f"{named})")
    with_digest = {name: [s for s in subs if s.digest] for name, subs in by_channel.items()}
    if channel is not None:
        return {name: with_digest[name] or subs for name, subs in by_channel.items()}
    return {name: subs for name, subs in with_digest.items() if subs} or by_channel


def build_now(
    store: Store, config: Config, channel: str | None, since: timedelta | None, now: datetime
) -> list[Built]:
    """Each chosen destination's digest of [now - since, now); `since` None: its digest's period, else a day."""
    built = []
    for name, subscriptions in chosen(config, channel).items():
        length = since or max((s.digest.length for s in subscriptions if s.digest), default=DEFAULT_SINCE)
        start = now - length
        built.append(Built(name, start, now, make_digest(store, config, name, subscriptions, ON_DEMAND, start, now)))
    return built


def queue_built(store: Store, built: Sequence[Built], now: datetime, force: bool, tz: tzinfo) -> tuple[int, list[str]]:
    """Queues the digests built (those with something in them), each once: a digest listing the same filings as
    one asked for by hand before (Digest.key) is not queued again unless `force`. Returns how many were queued, and
    a line per digest not queued, saying when the same one was queued and sent (times on `tz`)."""
    queued, refused = 0, []
    for item in built:
        if item.digest is None:
            continue
        if store.queue_digest(item.digest, now, again=force):
            queued += 1
            continue
        [earlier] = store.digests_queued(1, item.channel, item.digest.key)
        sent = f"not sent yet: {earlier.status}"
        if earlier.sent_at is not None:
            sent = f"sent {shown_time(earlier.sent_at, tz)}"
        refused.append(f"{item.channel}: the same digest ({item.digest.contents}) was queued "
                       f"{shown_time(earlier.created_at, tz)} ({sent}): not queued again (--force queues it again)")
    return queued, refused
