"""Why an entry was or was not posted to a subscription: the post it got (outbox state, channel), or the first
of an ordered list of checks that explains why not.

Each check is a function of one `Asked` (an entry, what the store knows of it, one subscription) that returns
a reason in words, or None when it does not apply. The routing tests are the subscription's own
(bot/config.py `Subscription.wants` and its parts, which bot/pipeline/route.py asks); the others read what the
pipeline stored with the entry (bot/pipeline/run.py HELD: a first poll, a paused source, ...), when the
subscription was made, and the mutes in force when the entry was seen. To add a check, write the function and put it in `CHECKS` where it belongs: the first that
applies is the answer. A check that needs more of the store than `Asked` holds gets it as a new field of
`Asked`, read once per entry in `explain`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from bot.config import Subscription
from bot.core.clock import shown_time
from bot.core.quiet import Mute
from bot.history.find import events_of
from bot.store import Made, PostState, SeenEntry, Store


@dataclass(frozen=True)
class Asked:
    """One question: did `seen` reach `subscription`? With when the subscription was made (None: in the config
    file, which does not say), when the source's first poll was (None: not yet), the channels told of the
    entry's filing by a post about another record of it, the mutes in force when the entry was seen (those still
    stored: an unmuted case's mute is gone), and the clock to show times on."""

    seen: SeenEntry
    subscription: Subscription
    made_at: datetime | None
    baseline_at: datetime | None
    told: Collection[str]
    tz: tzinfo
    mutes: Sequence[Mute] = ()

    @property
    def events(self) -> tuple[str, ...]:
        return events_of(self.seen)


def other_source(asked: Asked) -> str | None:
    if asked.subscription.follows_source(asked.seen.entry):
        return None
    return f"it follows other sources ({', '.join(asked.subscription.sources)})"


def other_case(asked: Asked) -> str | None:
    subscription, entry = asked.subscription, asked.seen.entry
    if not subscription.follows_docket(entry):
        return f"it follows only {', '.join(subscription.cases)}; this entry is of {entry.case_number or 'no case'}"
    if not subscription.follows_case(entry):
        return f"it follows only the case {subscription.case}"
    return None


def unmatched(asked: Asked) -> str | None:
    if asked.subscription.matched(asked.seen.entry):
        return None
    return "the entry matched none of the source's parties or keywords"


def other_events(asked: Asked) -> str | None:
    if asked.subscription.wants_events(asked.events):
        return None
    return f"it wants {', '.join(asked.subscription.events)}; this entry is {', '.join(asked.events) or 'of no type'}"


def digest_only(asked: Asked) -> str | None:
    """Asked last: an entry held for any other reason (a first poll's, a muted case's) is in no digest either."""
    subscription = asked.subscription
    if subscription.live or subscription.digest is None:
        return None
    return f"it is digest only (`live: false`): the entry goes in its {subscription.digest} digest, not in a post"


def baseline(asked: Asked) -> str | None:
    seen = asked.seen
    unlabelled_first_poll = (seen.events is None and asked.baseline_at is not None
                             and seen.first_seen_at <= asked.baseline_at)
    if seen.held == "first_poll" or unlabelled_first_poll:
        return "the source's first poll recorded it as its baseline, which posts nothing"
    if seen.held == "older_stories":
        return ("an older release had stored the source's stories without the marks that tell new ones from old, "
                "so this poll recorded them as a baseline does, posting nothing")
    return None


def paused(asked: Asked) -> str | None:
    if asked.seen.held != "paused":
        return None
    return ("the source was paused when it was seen: what a paused source's first poll after `resume` finds is "
            "recorded without a post")


def muted(asked: Asked) -> str | None:
    channel, entry = asked.subscription.channel, asked.seen.entry
    seen_at = asked.seen.first_seen_at
    mute = next((mute for mute in asked.mutes if mute.since <= seen_at and mute.covers(channel, entry)), None)
    if mute is None:
        return None
    until = f" until {shown_time(mute.until, asked.tz)}" if mute.until else " until unmuted"
    return f"the case was muted in {channel}{until} (`unmute` posts its later filings there again)"


def before_subscription(asked: Asked) -> str | None:
    if asked.made_at is None or asked.seen.first_seen_at >= asked.made_at:
        return None
    return (f"the entry was seen {shown_time(asked.seen.first_seen_at, asked.tz)}, before this follow was made "
            f"({shown_time(asked.made_at, asked.tz)})")


def story_known(asked: Asked) -> str | None:
    if asked.seen.held != "repeated":
        return None
    return "the story was known already (reported before by the same outlet, or seen in a first poll)"


def told_already(asked: Asked) -> str | None:
    if asked.seen.filing is None or asked.subscription.channel not in asked.told:
        return None
    return ("it is another record of a filing already posted there; such a record is posted only when it adds an "
            "event type")


Check = Callable[[Asked], str | None]
CHECKS: tuple[Check, ...] = (
    other_source, other_case, unmatched, other_events, baseline, paused, muted, before_subscription, story_known,
    told_already, digest_only,
)
UNEXPLAINED = ("no post was queued when the entry was seen; the subscription was probably added to the config "
               "file after that")


@dataclass(frozen=True)
class Follow:
    """One subscription of a destination, where it comes from (`made`: in Slack or by a watch; None: the config
    file), and why it did not post the entry there (None where the entry was posted there)."""

    subscription: Subscription
    made: Made | None
    reason: str | None


@dataclass(frozen=True)
class Verdict:
    """What became of an entry in one destination: the posts that carried it there, and the destination's
    subscriptions: where it was posted, those that want it (all of them, where none does now: the config changed
    since), then its digest-only subscriptions that want it, with why they did not post it (its digest), else each
    with why not. No `follows`: a destination the entry was posted to that no subscription names
    now."""

    channel: str
    follows: tuple[Follow, ...]
    posts: tuple[PostState, ...]

    @property
    def posted(self) -> bool:
        return bool(self.posts)


def why_not(asked: Asked, checks: Sequence[Check] = CHECKS) -> str:
    """The first reason the checks give, or UNEXPLAINED."""
    return next((reason for check in checks if (reason := check(asked)) is not None), UNEXPLAINED)


def verdicts(
    seen: SeenEntry, subscriptions: Sequence[Subscription], made: Sequence[Made], baseline_at: datetime | None,
    told: Collection[str], tz: tzinfo, mutes: Sequence[Mute] = (),
) -> list[Verdict]:
    """A verdict per destination of the subscriptions (those of the config file, then `made` in Slack or by a
    watch), in the order of its first subscription, then one per destination the entry was posted to that none of
    them names. `mutes`: those in force when it was seen."""
    by_channel: dict[str, list[tuple[Subscription, Made | None]]] = {}
    for subscription, made_by in [*((s, None) for s in subscriptions), *((m.subscription, m) for m in made)]:
        by_channel.setdefault(subscription.channel, []).append((subscription, made_by))

    def why_not_of(subscription: Subscription, made_by: Made | None) -> str:
        return why_not(Asked(seen, subscription, made_by.created_at if made_by else None, baseline_at, told, tz, mutes))

    found = []
    for channel, followers in by_channel.items():
        posts = tuple(post for post in seen.posts if post.channel == channel)
        if posts:
            wanting = [(s, m) for s, m in followers if s.wants(seen.entry, events_of(seen))]
            live = [(s, m) for s, m in wanting if s.live]
            digested = [(s, m) for s, m in wanting if not s.live]
            follows = (tuple(Follow(s, m, None) for s, m in live or followers)
                       + tuple(Follow(s, m, why_not_of(s, m)) for s, m in (digested if live else ())))
        else:
            follows = tuple(Follow(s, m, why_not_of(s, m)) for s, m in followers)
        found.append(Verdict(channel, follows, posts))
    for channel in dict.fromkeys(post.channel for post in seen.posts if post.channel not in by_channel):
        found.append(Verdict(channel, (), tuple(p for p in seen.posts if p.channel == channel)))
    return found


def explain(store: Store, seen: SeenEntry, subscriptions: Sequence[Subscription], tz: tzinfo,
            channels: Collection[str] | None = None) -> list[Verdict]:
    """The verdicts of an entry (with its posts) for the config's `subscriptions` and those in the store: of every
    destination, or of `channels` only (the spellings of one Slack channel)."""
    state = store.state(seen.entry.source_id)
    told = store.told([seen.filing]).get(seen.filing, set()) if seen.filing else set()
    made = store.made_subscriptions()
    if channels is not None:
        subscriptions = [s for s in subscriptions if s.channel in channels]
        made = [m for m in made if m.subscription.channel in channels]
        seen = SeenEntry(seen.entry, seen.events, seen.first_seen_at, seen.held, seen.filing,
                         tuple(post for post in seen.posts if post.channel in channels))
    mutes = store.mutes(seen.first_seen_at)
    return verdicts(seen, subscriptions, made, state.baseline_at if state else None, told, tz, mutes)
