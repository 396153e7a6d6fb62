"""The digest step: of the entries routed in a period, and of those seen before that the court edited during it,
those a destination's subscriptions want, grouped by case, dismissals first, with a count of those their filters
left out; pure (the store reads the entries and the edits, the delivery step queues the digest:
bot/delivery/digests.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from bot.config import Subscription
from bot.core.digest import Digest, Edited
from bot.core.events import OTHER
from bot.core.post import Item
from bot.core.quiet import Mute
from bot.pipeline.route import thread_key


def build_digest(
    channel: str, every: str, subscriptions: Sequence[Subscription], routed: Sequence[Item],
    start: datetime, end: datetime, timezone: str, mutes: Sequence[Mute] = (), edited: Sequence[Edited] = (),
) -> Digest | None:
    """The digest of `channel` for [`start`, `end`): the `routed` entries (first seen in the period, oldest first,
    with their event types) that any of `subscriptions` (the channel's) wants, as live routing decides
    (Subscription.wants), and the `edited` entries (the court's edits in the period) that one wants for the event
    types the edits added (`corrections`); None when it wants none of them.

    Cases with a dismissal come first, then by when their first entry was filed; within a case, dismissals first,
    then by when filed (an entry without a date where it was seen). `left_out` counts the entries of the followed
    sources that no subscription wanted, or whose case is muted in the channel (`mutes`: those in force now), as
    a live post of it would have been; of the edits, those that added an event type."""
    cases: dict[str, list[Item]] = {}
    left_out = 0
    for item, news in [*((item, item.events) for item in routed), *corrections(edited, routed)]:
        wanting = [s for s in subscriptions if s.wants(item.entry, news)]
        if wanting and not any(mute.covers(channel, item.entry) for mute in mutes):
            followed = {event for s in wanting for event in s.events}
            cases.setdefault(thread_key(item.entry), []).append(
                replace(item, corrected=tuple(e for e in item.corrected if e in followed)))
        elif any(s.follows_source(item.entry) for s in subscriptions):
            left_out += 1
    if not cases:
        return None
    grouped = [tuple(sorted(items, key=_order)) for items in cases.values()]
    grouped.sort(key=lambda case: _order(case[0]))  # stable: entries without a date stay as seen
    return Digest(channel, every, start, end, timezone, tuple(grouped), left_out)


def corrections(edited: Sequence[Edited], routed: Sequence[Item]) -> list[tuple[Item, tuple[str, ...]]]:
    """The `edited` entries that are news, each as a digest item (`corrected`: the event types its edits added, but
    "other", which says only that no type was found) with those types: the edits that added none (a typo fixed, a
    dismissal that is now a denial) are not; nor an entry `routed` in the period, which the digest lists as new, as it
    reads now."""
    listed = {(item.entry.source_id, item.entry.key) for item in routed}
    found = []
    for edit in edited:
        gained = tuple(e for e in edit.events if e not in edit.before and e != OTHER)
        if gained and (edit.entry.source_id, edit.entry.key) not in listed:
            found.append((Item(edit.entry, edit.events, gained), gained))
    return found


def _order(item: Item) -> tuple[bool, float]:
    """Dismissals first, then by filing time (UTC seconds; an entry without a date after those with one)."""
    filed = item.entry.filed_at
    return "dismissal" not in item.events, filed.timestamp() if filed else float("inf")
