"""What the pipeline hands a notifier: an entry (or a burst of one case's entries), its events, the channel."""

from __future__ import annotations

from dataclasses import dataclass

from bot.entry import Entry


@dataclass(frozen=True)
class Item:
    """One entry of a post, with its event types."""

    entry: Entry
    events: tuple[str, ...]


@dataclass(frozen=True)
class Post:
    """A message about `entry`. For a burst (many new entries of one case at once) `folded` holds every
    entry of it, `entry` being the first, and `events` the union of their event types."""

    channel: str
    entry: Entry
    events: tuple[str, ...]
    folded: tuple[Item, ...] = ()
    echo_of: str = ""  # for a news story reported before by this outlet: an "also reported by" reply

    @property
    def items(self) -> tuple[Item, ...]:
        return self.folded or (Item(self.entry, self.events),)


@dataclass(frozen=True)
class Sent:
    """Where a notifier put a post: the channel's id and the message's timestamp (Slack's `ts`)."""

    channel_id: str
    ts: str
