"""What the pipeline hands a notifier: an entry (or a burst of one case's entries), its events, the channel;
queued with its case's thread, and where the notifier put it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from bot.core.entry import Entry

T = TypeVar("T")

BURST_PAGE = 10  # entries one message of a burst lists; the rest continue in the case's thread


def dismissals_first(members: Iterable[T], events: Callable[[T], Iterable[str]]) -> list[T]:
    """`members` in the order a burst lists them: those whose `events` (event type names) include a dismissal
    first, each side keeping its given order."""
    return sorted(members, key=lambda member: "dismissal" not in tuple(events(member)))


@dataclass(frozen=True)
class Part:
    """Where a message stands in a burst too long for one message: its number (from 1), the number of
    messages, and how many entries the whole burst has."""

    number: int
    of: int
    entries: int


@dataclass(frozen=True)
class Item:
    """One entry of a post, with its event types; in a digest, an entry seen before its period that the court's edit
    made news there lists the event types the edit added that the destination follows (`corrected`), and those it
    took back that an earlier digest there listed it under (`taken_back`), with when that digest's period ended
    (`listed`)."""

    entry: Entry
    events: tuple[str, ...]
    corrected: tuple[str, ...] = ()
    taken_back: tuple[str, ...] = ()
    listed: datetime | None = None


@dataclass(frozen=True)
class Correction:
    """What a post that corrects an earlier one says of the change: the entry's text as posted before in its channel
    (or, in a channel never posted it, as first seen) and the event types that text carried; of the types its
    channel follows, those the edit added (`gained`) and took back (`taken_back`: a dismissal that is now a denial).
    A correction queued before the release that kept these two names neither."""

    was: str
    events: tuple[str, ...]
    gained: tuple[str, ...] = ()
    taken_back: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"was": self.was, "events": list(self.events), "gained": list(self.gained),
                "taken_back": list(self.taken_back)}

    @classmethod
    def from_json(cls, value: dict) -> Correction:
        return cls(str(value["was"]), tuple(value["events"]), tuple(value.get("gained", ())),
                   tuple(value.get("taken_back", ())))


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
    preview: bool = True  # whether a picture of its document's first page may follow it (`preview:` of a subscription)
    free_copy: str = ""  # a free copy of its PACER document in RECAP, once found (bot/delivery/free_copies.py)
    correction: Correction | None = None  # the court edited the entry: the post corrects what was posted before

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
class MessageRef:
    """A message a notifier delivered: the notifier's name (`slack`, `console`, `apprise`) and the message's id,
    which only that notifier reads (Slack's channel id and `ts`; a case's thread is continued with it)."""

    notifier: str
    id: str


@dataclass(frozen=True)
class Preview:
    """A picture of a document's first page: PNG bytes, its size in pixels, and the document's number of pages."""

    png: bytes
    width: int
    height: int
    pages: int

    def describe(self) -> str:
        """`400×518 png, 23,456 bytes`."""
        return f"{self.width}×{self.height} png, {len(self.png):,} bytes"
