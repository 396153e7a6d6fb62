"""What the pipeline hands a notifier: an entry (or a burst of one case's entries), its events, the channel;
queued with its case's thread, and where the notifier put it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.entry import Entry

BURST_PAGE = 10  # entries one message of a burst lists; the rest continue in the case's thread


@dataclass(frozen=True)
class Part:
    """Where a message stands in a burst too long for one message: its number (from 1), the number of
    messages, and how many entries the whole burst has."""

    number: int
    of: int
    entries: int


@dataclass(frozen=True)
class Item:
    """One entry of a post, with its event types."""

    entry: Entry
    events: tuple[str, ...]


@dataclass(frozen=True)
class Post:
    """A message about `entry`. For a burst (many new entries of one case at once) `folded` holds the
    entries it lists, `entry` being the first, and `events` the union of their event types; `part` says
    which message of the burst it is when the burst takes several (the first starts or joins the case's
    thread, the others follow in it)."""

    channel: str
    entry: Entry
    events: tuple[str, ...]
    folded: tuple[Item, ...] = ()
    echo_of: str = ""  # for a news story reported before by this outlet: an "also reported by" reply
    part: Part | None = None

    @property
    def items(self) -> tuple[Item, ...]:
        return self.folded or (Item(self.entry, self.events),)


@dataclass(frozen=True)
class Queued:
    """A post the routing step decided on, with the thread it belongs to.

    `revision` tells apart two posts about one entry (its text was corrected); the outbox takes a
    post once per channel, entry and revision.
    """

    post: Post
    thread_key: str
    revision: str = ""


@dataclass(frozen=True)
class Sent:
    """Where a notifier put a post: the channel's id and the message's timestamp (Slack's `ts`)."""

    channel_id: str
    ts: str
