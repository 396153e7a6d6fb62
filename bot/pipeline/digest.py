"""The digest step: of the entries routed in a period, and of those seen before that the court edited during it
(gaining an event type, or losing one an earlier digest to the destination listed them under), those a destination's
subscriptions want, grouped by case, dismissals first, with a count of those their filters left out; pure (the store reads the entries and the edits, the delivery step queues the digest:
bot/delivery/digests.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from bot.config import Subscription
from bot.core.digest import Digest, Edited, Listed
from bot.core.events import OTHER
from bot.core.post import Item
from bot.core.quiet import Mute
from bot.pipeline.route import thread_key


def build_digest(
    channel: str, every: str, subscriptions: Sequence[Subscription], routed: Sequence[Item],
    start: datetime, end: datetime, timezone: str, mutes: Sequence[Mute] = (), edited: Sequence[Edited] = (),
    listed: Mapping[tuple[str, str], Listed] = {},
) -> Digest | None:
    """The digest of `channel` for [`start`, `end`): the `routed` entries (first seen in the period, oldest first,
    with their event types) that any of `subscriptions` (the channel's) wants, as live routing decides
    (Subscription.wants), and the `edited` entries (the court's edits in the period) that one wants for the event
    types the edits added or took back (`corrections`; `listed`: how the channel's earlier digests listed entries);
    None when it wants none of them.

    Cases with a dismissal come first, then by when their first entry was filed; within a case, dismissals first,
    then by when filed (an entry without a date where it was seen). `left_out` counts the entries of the followed
    sources that no subscription wanted, or whose case is muted in the channel (`mutes`: those in force now), as
    a live post of it would have been; of the edits, those that added an event type."""
    cases: dict[str, list[Item]] = {}
    left_out = 0
    corrected = corrections(edited, routed, listed)
    marked = {_identity(item) for item, _ in corrected}
    for item, news in [*((item, item.events) for item in routed if _identity(item) not in marked), *corrected]:
        wanting = [s for s in subscriptions if s.wants(item.entry, news)]
        if wanting and not any(mute.covers(channel, item.entry) for mute in mutes):
            followed = {event for s in wanting for event in s.events}
            taken_back = tuple(e for e in item.taken_back if e in followed)
            cases.setdefault(thread_key(item.entry), []).append(
                replace(item, corrected=tuple(e for e in item.corrected if e in followed), taken_back=taken_back,
                        listed=item.listed if taken_back else None))
        elif any(s.follows_source(item.entry) for s in subscriptions):
            left_out += 1
    if not cases:
        return None
    grouped = [tuple(sorted(items, key=_order)) for items in cases.values()]
    grouped.sort(key=lambda case: _order(case[0]))  # stable: entries without a date stay as seen
    return Digest(channel, every, start, end, timezone, tuple(grouped), left_out)


def corrections(
    edited: Sequence[Edited], routed: Sequence[Item], listed: Mapping[tuple[str, str], Listed] = {},
) -> list[tuple[Item, tuple[str, ...]]]:
    """The `edited` entries that are news, each as a digest item with the event types that make it so ("other", which
    says only that no type was found, never does): those its edits added (`corrected`), and of those an earlier digest
    last listed it under (`listed`), those it no longer carries (`taken_back`, with when that digest's period ended).
    An edit that did neither (a typo fixed, a type taken back and given back, a dismissal that is now a denial where no
    digest listed it) is not news. An entry `routed` in the period is listed as new, as it reads now: it is here only
    where an earlier digest (one asked for by hand) listed it under a type it no longer carries, news then for that
    type or for those it carries."""
    new = {_identity(item) for item in routed}
    found = []
    for edit in edited:
        identity, earlier = _identity(edit), listed.get(_identity(edit))
        gained = () if identity in new else tuple(e for e in edit.events if e not in edit.before and e != OTHER)
        taken_back = tuple(e for e in earlier.events if e not in edit.events and e != OTHER) if earlier else ()
        if gained or taken_back:
            news = (edit.events if identity in new else gained) + taken_back
            found.append((Item(edit.entry, edit.events, gained, taken_back, earlier.at if earlier else None), news))
    return found


def _identity(item: Item | Edited) -> tuple[str, str]:
    return item.entry.source_id, item.entry.key


def _order(item: Item) -> tuple[bool, float]:
    """Dismissals first, then by filing time (UTC seconds; an entry without a date after those with one)."""
    filed = item.entry.filed_at
    return "dismissal" not in item.events, filed.timestamp() if filed else float("inf")
