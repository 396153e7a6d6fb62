"""What the pipeline hands a notifier: one entry, the events it carries, and the channel it goes to."""

from __future__ import annotations

from dataclasses import dataclass

from bot.entry import Entry


@dataclass(frozen=True)
class Post:
    channel: str
    entry: Entry
    events: tuple[str, ...]


@dataclass(frozen=True)
class Sent:
    """Where a notifier put a post: the channel's id and the message's timestamp (Slack's `ts`)."""

    channel_id: str
    ts: str
