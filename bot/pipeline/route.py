"""The route step: which channels get which new entries, and the case thread each post belongs to."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from bot.config import Subscription
from bot.core.entry import Entry, content_key, normalise_text
from bot.core.events import EVENT_TYPES, OTHER, SUBSCRIBABLE_EVENTS
from bot.core.post import BURST_PAGE, Correction, Item, Part, Post, Queued, dismissals_first

BURST_SIZE = 5


def thread_key(entry: Entry) -> str:
    """Posts with the same thread key go in one thread per channel: one thread per case."""
    if entry.case_key:
        return f"case:{normalise_text(entry.case_key)}"
    if entry.case_number:
        return normalise_text(f"{entry.court}:{entry.case_number}")
    return f"entry:{entry.source_id}:{entry.key}"


@dataclass(frozen=True)
class Change:
    """An entry's text before the court's edit (`was`: as posted in a channel, or as first seen) and the event types
    it carried; in a channel, how many posts carried the entry there (`posts`)."""

    was: str
    before: tuple[str, ...]
    posts: int = 0

    def changed(self, events: tuple[str, ...]) -> tuple[str, ...]:
        """The event types the edit added to an entry now of `events`, then those it took back."""
        return (*(e for e in events if e not in self.before), *(e for e in self.before if e not in events))

    def taken_back(self, events: tuple[str, ...], follows: Collection[str] = EVENT_TYPES) -> tuple[str, ...]:
        """The event types of `follows` the text carried that an entry now of `events` no longer does, but "other"
        (no type found): that a filing is now a dismissal is news, that it is no longer "other" is not."""
        return tuple(e for e in self.before if e not in events and e in follows and e != OTHER)

    def gained(self, events: tuple[str, ...], follows: Collection[str] = EVENT_TYPES) -> tuple[str, ...]:
        """The event types of `follows` an entry now of `events` carries that the text did not, but "other"."""
        return tuple(e for e in events if e not in self.before and e in follows and e != OTHER)


@dataclass(frozen=True)
class Classified:
    """An entry with its event types, and the types that make it news.

    For a new entry that is all of them. For a known entry whose text was corrected (`correction`, its text before
    in `was`): in a channel that was posted the entry (`posted`: channel -> the text posted there), the types the
    edit added or took back since, so that a dismissal that is now a denial is corrected where it was
    posted; in the others only the types it added (`gained`), so that a subscriber hears of a correction only when
    it matters. A new record of a filing known from another source (bot/pipeline/diff.py) is a correction in the
    channels `told` of the filing already, and news (all its types) in the others.
    """

    entry: Entry
    events: tuple[str, ...]
    gained: tuple[str, ...] | None = None
    correction: bool = False
    thread: str | None = None  # the thread it goes in, when not its case's (a news story's)
    echo_of: str = ""  # a later report of a story first reported by this outlet
    told: frozenset[str] | None = None  # for a record of a filing seen in another source: who heard of it
    was: Change | None = None  # a correction: the entry's text before it
    posted: Mapping[str, Change] = field(default_factory=dict, hash=False)

    @property
    def news(self) -> tuple[str, ...]:
        return self.events if self.gained is None else self.gained

    def news_for(self, channel: str) -> tuple[str, ...]:
        """The types that make it news in `channel`."""
        change = self.posted.get(channel)
        if change is not None:
            return change.changed(self.events)
        return self.news if self.edit_for(channel) else self.events

    def edit_for(self, channel: str) -> bool:
        """Whether a post of it in `channel` is a correction of an earlier post."""
        return self.correction and (self.told is None or channel in self.told)

    def revision(self, channel: str) -> str:
        """What tells a correction's post in `channel` apart from the earlier posts of the entry there (bot/core/post.py
        Queued): its text's content key, and after the first correction the number of posts before it (a text
        edited back and forth is posted each time); "" for a post that is no correction."""
        if not self.edit_for(channel):
            return ""
        change = self.posted.get(channel)
        revision = content_key(self.entry.text)[2:14]
        return f"{revision}.{change.posts}" if change is not None and change.posts > 1 else revision

    def corrects(self, channel: str, follows: Collection[str]) -> Correction | None:
        """What a post of it in `channel`, which follows the event types `follows`, says it corrects: the text posted
        there before, in a channel never posted it the text before the edit, with its event types, and those of
        `follows` the edit added and took back; None when the post is no correction."""
        change = self.posted.get(channel) or (self.was if self.edit_for(channel) else None)
        if change is None:
            return None
        return Correction(change.was, change.before, change.gained(self.events, follows),
                          change.taken_back(self.events, follows))


def route(
    classified: Sequence[Classified], subscriptions: Sequence[Subscription], burst: int = BURST_SIZE
) -> list[Queued]:
    """One queued post per (subscribed channel, entry) pair; a channel never gets one entry twice.

    When more than `burst` new entries of one case go to one channel, they go as one post listing them. A
    subscription with `live: false` gets none: its entries go in its digest (bot/pipeline/digest.py). A post may
    be followed by a preview of its document unless every subscription of its channel that wants it says
    `preview: false`.
    """
    queued: list[Queued] = []
    for item in classified:
        previews: dict[str, bool] = {}  # channel -> whether a subscription of it that wants the entry wants previews
        follows: dict[str, set[str]] = {}  # channel -> the event types its subscriptions that want the entry follow
        for s in subscriptions:
            if s.live and s.wants(item.entry, item.news_for(s.channel)):
                previews[s.channel] = previews.get(s.channel, False) or s.preview
                follows.setdefault(s.channel, set()).update(s.events)
        thread = item.thread or thread_key(item.entry)
        queued.extend(
            Queued(Post(channel, item.entry, item.events, echo_of=item.echo_of, preview=preview,
                        correction=item.corrects(channel, follows[channel])), thread, item.revision(channel))
            for channel, preview in previews.items()
        )
    return fold_bursts(queued, burst)


def fold_bursts(queued: list[Queued], burst: int, page: int = BURST_PAGE) -> list[Queued]:
    """Posts of one case to one channel, when more than `burst`, folded into one message listing them all,
    dismissals first, at the place of the first of them; a list longer than `page` entries goes on in
    further messages, in the case's thread (each a Post with its `part`)."""
    groups: dict[tuple[str, str], list[Queued]] = {}
    for item in queued:
        if not item.revision and not item.post.echo_of:
            groups.setdefault((item.post.channel, item.thread_key), []).append(item)
    folded: list[Queued] = []
    for item in queued:
        group = groups.get((item.post.channel, item.thread_key), [])
        if len(group) <= burst or item.revision or item.post.echo_of:
            folded.append(item)
        elif item is group[0]:
            folded.extend(_burst_messages(group, page))
    return folded


def _burst_messages(group: list[Queued], page: int) -> list[Queued]:
    """The messages of one burst: its entries, dismissals first, `page` at a time."""
    members = dismissals_first(group, lambda member: member.post.events)
    pages = [members[start : start + page] for start in range(0, len(members), page)]
    messages = []
    for number, listed in enumerate(pages, 1):
        events = tuple(sorted(
            (e for e in SUBSCRIBABLE_EVENTS if any(e in member.post.events for member in listed)),
            key=lambda event: event != "dismissal",
        ))
        items = tuple(Item(member.post.entry, member.post.events) for member in listed)
        part = Part(number, len(pages), len(members)) if len(pages) > 1 else None
        first = listed[0]
        messages.append(replace(first, post=replace(first.post, events=events, folded=items, part=part)))
    return messages
