"""The digest step: of the entries routed in a period, those a destination's subscriptions want, grouped by case,
dismissals first, with a count of those their filters left out; pure (the store reads the entries, the
delivery step queues the digest: bot/delivery/digests.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.config import Subscription
from bot.core.digest import Digest
from bot.core.post import Item
from bot.core.quiet import Mute
from bot.pipeline.route import thread_key


def build_digest(
    channel: str, every: str, subscriptions: Sequence[Subscription], routed: Sequence[Item],
    start: datetime, end: datetime, timezone: str, mutes: Sequence[Mute] = (),
) -> Digest | None:
    """The digest of `channel` for [`start`, `end`): the `routed` entries (first seen in the period, oldest first,
    with their event types) that any of `subscriptions` (the channel's) wants, as live routing decides
    (Subscription.wants); None when it wants none of them.

    Cases with a dismissal come first, then by when their first entry was filed; within a case, dismissals first,
    then by when filed (an entry without a date where it was seen). `left_out` counts the entries of the followed
    sources that no subscription wanted, or whose case is muted in the channel (`mutes`: those in force now), as
    a live post of it would have been."""
    cases: dict[str, list[Item]] = {}
    left_out = 0
    for item in routed:
        muted = any(mute.covers(channel, item.entry) for mute in mutes)
        if not muted and any(s.wants(item.entry, item.events) for s in subscriptions):
            cases.setdefault(thread_key(item.entry), []).append(item)
        elif any(s.follows_source(item.entry) for s in subscriptions):
            left_out += 1
    if not cases:
        return None
    grouped = [tuple(sorted(items, key=_order)) for items in cases.values()]
    grouped.sort(key=lambda case: _order(case[0]))  # stable: entries without a date stay as seen
    return Digest(channel, every, start, end, timezone, tuple(grouped), left_out)


def _order(item: Item) -> tuple[bool, float]:
    """Dismissals first, then by filing time (UTC seconds; an entry without a date after those with one)."""
    filed = item.entry.filed_at
    return "dismissal" not in item.events, filed.timestamp() if filed else float("inf")
