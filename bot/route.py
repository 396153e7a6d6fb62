"""The route step: which channels get which new entries, and the case thread each post belongs to."""

from __future__ import annotations

from collections.abc import Sequence

from bot.config import Subscription
from bot.entry import Entry, normalise_text
from bot.post import Post
from bot.store import Queued


def thread_key(entry: Entry) -> str:
    """Posts with the same thread key go in one thread per channel: one thread per case."""
    if entry.case_number:
        return normalise_text(f"{entry.court}:{entry.case_number}")
    return f"entry:{entry.source_id}:{entry.key}"


def route(
    classified: Sequence[tuple[Entry, tuple[str, ...]]], subscriptions: Sequence[Subscription]
) -> list[Queued]:
    """One queued post per (subscribed channel, new entry) pair; a channel never gets one entry twice."""
    queued: list[Queued] = []
    for entry, events in classified:
        channels = dict.fromkeys(s.channel for s in subscriptions if s.wants(entry.source_id, events))
        queued.extend(Queued(Post(channel, entry, events), thread_key(entry)) for channel in channels)
    return queued
