"""The route step: which channels get which new entries, and the case thread each post belongs to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.config import Subscription
from bot.entry import Entry, content_key, normalise_text
from bot.post import Post
from bot.store import Queued


def thread_key(entry: Entry) -> str:
    """Posts with the same thread key go in one thread per channel: one thread per case."""
    if entry.case_number:
        return normalise_text(f"{entry.court}:{entry.case_number}")
    return f"entry:{entry.source_id}:{entry.key}"


@dataclass(frozen=True)
class Classified:
    """An entry with its event types, and the types that make it news.

    For a new entry that is all of them; for a known entry whose text was corrected, only the types
    the correction added (`gained`), so that a subscriber hears of a correction only when it matters.
    """

    entry: Entry
    events: tuple[str, ...]
    gained: tuple[str, ...] | None = None
    correction: bool = False

    @property
    def news(self) -> tuple[str, ...]:
        return self.events if self.gained is None else self.gained


def route(classified: Sequence[Classified], subscriptions: Sequence[Subscription]) -> list[Queued]:
    """One queued post per (subscribed channel, entry) pair; a channel never gets one entry twice."""
    queued: list[Queued] = []
    for item in classified:
        channels = dict.fromkeys(s.channel for s in subscriptions if s.wants(item.entry, item.news))
        revision = content_key(item.entry.text)[2:14] if item.correction else ""
        queued.extend(
            Queued(Post(channel, item.entry, item.events), thread_key(item.entry), revision) for channel in channels
        )
    return queued
