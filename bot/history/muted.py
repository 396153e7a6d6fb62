"""Where a mute kept an entry's post back: the channels a subscription would have posted it to, had its case not
been muted there when the entry was seen (bot/pipeline/run.py `unmuted` leaves no trace of them in the store)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.config import Subscription
from bot.core.quiet import Mute
from bot.history.find import events_of
from bot.store import SeenEntry


def muted_in(seen: SeenEntry, subscriptions: Sequence[Subscription], mutes: Sequence[Mute]) -> list[str]:
    """The channels, as the mutes name them (`#desk`), where a live subscription wanted `seen` but a mute of its
    case in force when it was seen (`mutes`: those in force then) kept its post back. None for an entry the
    pipeline held back before routing it (its `held` code: a first poll, a paused source, ...), nor where it was
    posted."""
    if seen.held is not None:
        return []
    posted = {post.channel for post in seen.posts}
    wanted = [s.channel for s in subscriptions
              if s.live and s.channel not in posted and s.wants(seen.entry, events_of(seen))]
    return list(dict.fromkeys(mute.where for channel in wanted for mute in mutes
                              if mute.in_force(seen.first_seen_at) and mute.covers(channel, seen.entry)))
