"""The words of `why` and `entries` (plain text; Slack's answers escape the same words): an entry's title, a
post's state, a subscription, a verdict, and the two reports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo

from bot.config import Subscription
from bot.core.clock import shown_time
from bot.core.courts import local_date
from bot.core.entry import Entry, normalise_text
from bot.history.find import NAME_WIDTH, Found, events_of
from bot.history.why import Follow, Verdict
from bot.store import Made, PostState, SeenEntry
from notifiers.message import case_parts, story_headline
from notifiers.slack.notifier import permalink
from notifiers.text import truncate
from notifiers.wording import labels

TEXT_WIDTH = 200  # of an entry's text under its title in `why`
COLUMN_WIDTH = 60  # of the text column of `entries`
# Why an entry was recorded without a post (bot/pipeline/run.py HELD), in a few words.
HELD_SHORT = {"first_poll": "first poll", "older_stories": "stored by an older release", "paused": "source paused",
              "unmatched": "matched no watch", "repeated": "story known already"}


def filed_day(entry: Entry) -> str:
    """The day the entry was filed, on the court's calendar (`2018-04-17`); "-" when the source does not say."""
    return local_date(entry.filed_at, entry.court).isoformat() if entry.filed_at else "-"


def entry_title(entry: Entry) -> str:
    """`Burbon v. Viacom (1:18-cv-01119, S.D.N.Y.), entry 12, filed 2018-04-17` (a long case name cut to
    NAME_WIDTH characters with an ellipsis); a news story's headline."""
    if entry.is_story:
        title = story_headline(entry) + (f" ({entry.court})" if entry.court else "")
    else:
        name, *where = case_parts(entry) or ["(no case)"]
        name = truncate(name, NAME_WIDTH)
        title = f"{name} ({', '.join(where)})" if where else name
    number = f", entry {entry.number}" if entry.number else ""
    return f"{title}{number}, filed {filed_day(entry)}" if entry.filed_at else title + number


def post_words(post: PostState, tz: tzinfo, workspace: str = "") -> str:
    """A post's state: `sent 2026-11-29 10:03 EST <permalink>`, `queued …, not sent yet`, `failed: …`; a correction's
    begins with what it said changed: `a correction (now: Dismissal)`, `a correction (no longer: Dismissal)`."""
    link = permalink(workspace, post.ref) if post.ref else None
    if post.status == "sent" and post.sent_at:
        said = f"sent {shown_time(post.sent_at, tz)}" + (f" {link}" if link else "")
    elif post.status == "failed":
        said = f"failed for good: {post.last_error or 'no error kept'} (`outbox --retry` queues it again)"
    else:
        said = f"queued {shown_time(post.queued_at, tz)}, not sent yet"
        said += f" (last try: {post.last_error})" if post.last_error else ""
    return f"{correction_words(post)} {said}" if post.correction else said


def correction_words(post: PostState) -> str:
    """`a correction (now: Dismissal; no longer: Motion)`: the event types of its channel's that a correction said the
    court's edit added and took back; `a correction` where it said neither (or was queued before it kept them: Correction)."""
    change = post.change
    said = [f"{words}: {labels(events)}" for words, events in
            (("now", change.gained if change else ()), ("no longer", change.taken_back if change else ())) if events]
    return "a correction" + (f" ({'; '.join(said)})" if said else "")


def edited_since(posts: Sequence[PostState], text: str) -> PostState | None:
    """The last of `posts` (those of one entry, oldest first), when the entry's `text` is no longer the one it carried
    (the court edited the entry after, and the edit was not posted: it changed no event type the channel follows)."""
    last = posts[-1] if posts else None
    return last if last is not None and last.text and normalise_text(last.text) != normalise_text(text) else None


def following(subscription: Subscription) -> str:
    """What a subscription follows, in a few words: `source sdny, case 1:18-cv-01119: motion, dismissal`."""
    parts = ["every source" if "*" in subscription.sources else "source " + ", ".join(subscription.sources)]
    if subscription.cases:
        parts.append("case " + ", ".join(subscription.cases))
    if subscription.case:
        parts.append(f"case key {subscription.case}")
    return f"{', '.join(parts)}: {', '.join(subscription.events)}"


def verdict_words(verdict: Verdict, tz: tzinfo, workspace: str = "", where: str = "", text: str = "") -> str:
    """`posted, sent …` or `not posted: <why>` (`posted here, …` with `where` " here"), and what each subscription
    that led there is and where it comes from: `[source sdny: motion, dismissal; config file] and [every source:
    dismissal; added in Slack by U0ALICE]`, then what became of it by the destination's other subscriptions that want
    it (`; and it is digest only …: the entry goes in its daily 08:00 digest …`). Where the destination's subscriptions
    were not posted to for different reasons, one indented line per reason follows `not posted:`. Where the entry's
    `text` now is not the text last posted: `… as "<that text>" (edited since)`."""
    if verdict.posted:
        said = f"posted{where}, " + "; ".join(post_words(post, tz, workspace) for post in verdict.posts)
        earlier = edited_since(verdict.posts, text)
        said += f' as "{truncate(earlier.text, TEXT_WIDTH)}" (edited since)' if earlier else ""
        if not verdict.follows:
            return f"{said} (no subscription names this destination now)"
        posting = [follow for follow in verdict.follows if follow.reason is None]
        others = "".join(f"; and {line}" for line in _reason_lines(
            [follow for follow in verdict.follows if follow.reason is not None]))
        return f"{said} {_subscriptions_words(posting)}{others}"
    lines = _reason_lines(verdict.follows)
    return f"not posted{where}: {lines[0]}" if len(lines) == 1 else f"not posted{where}:" + "".join(
        f"\n  {line}" for line in lines)


def _reason_lines(follows: Sequence[Follow]) -> list[str]:
    """Each reason once, with the subscriptions it is of: `it wants order; this entry is motion [source sdny: order;
    config file]`."""
    reasons: dict[str, list[Follow]] = {}
    for follow in follows:
        reasons.setdefault(str(follow.reason), []).append(follow)
    return [f"{reason} {_subscriptions_words(follows)}" for reason, follows in reasons.items()]


def _subscriptions_words(follows: Sequence[Follow]) -> str:
    """`[source sdny: motion, dismissal; config file] and [every source: judgment; added in Slack by U0ALICE]`."""
    return " and ".join(f"[{following(follow.subscription)}; {_origin(follow.made)}]" for follow in follows)


def _origin(made: Made | None) -> str:
    """Where a subscription comes from: `config file`, `found by a watch`, `added in Slack by U0ALICE`."""
    if made is None:
        return "config file"
    return "found by a watch" if made.created_by == "watch" else f"added in Slack by {made.created_by or 'someone'}"


def why_report(
    source_id: str, query: str, found: Found, verdicts_of: Callable[[SeenEntry], Sequence[Verdict]], tz: tzinfo,
    workspace: str = "",
) -> str:
    """`why`'s report: each entry found (title, text, key, events, first seen) and a line per destination."""
    shown = len(found.entries)
    count = f"the newest {shown} entries" if found.more else f"{shown} {'entry' if shown == 1 else 'entries'}"
    matched = f": {found.matched}" if found.matched else ""
    lines = [f"{source_id}: {count} found by {found.by} {query!r}{matched}" + (" (more match)" if found.more else "")]
    for seen in found.entries:
        entry = seen.entry
        since = "; posted since" if seen.posts else ""  # held, then posted: a correction once the court edited it
        held = f" (recorded without a post: {HELD_SHORT[seen.held]}{since})" if seen.held in HELD_SHORT else ""
        lines += ["", entry_title(entry), f"  {truncate(entry.text, TEXT_WIDTH)}",
                  f"  key {entry.key}; events: {', '.join(events_of(seen)) or 'none'}; first seen "
                  f"{shown_time(seen.first_seen_at, tz)}{held}"]
        verdicts = verdicts_of(seen)
        if not verdicts:
            lines.append("  no subscription: the config file and Slack follow nothing")
        width = max((len(verdict.channel) for verdict in verdicts), default=0)
        lines += [f"  {verdict.channel:<{width}}  {verdict_words(verdict, tz, workspace, text=entry.text)}"
                  .replace("\n", "\n" + " " * (width + 4)) for verdict in verdicts]
    if found.more:
        lines += ["", f"more entries match: narrow the query, or list them with `entries --source {source_id}`"]
    return "\n".join(lines)


def posted_where(seen: SeenEntry, muted: Sequence[str] = ()) -> str:
    """Where an entry went, a destination once: `#rust-case sent and a correction sent, #all queued, #desk muted`
    (`muted`: the channels a mute kept it from), then `; edited since` where the court's text changed after the
    last post; else `not posted (first poll)`, `not posted (muted in #desk)`, or `-` (no subscription wanted it)."""
    if seen.posts:
        channels: dict[str, list[PostState]] = {}
        for post in seen.posts:
            channels.setdefault(post.channel, []).append(post)
        went = [_channel_posts(channel, posts) for channel, posts in channels.items()]
        edited = any(edited_since(posts, seen.entry.text) for posts in channels.values())
        return ", ".join([*went, *(f"{channel} muted" for channel in muted)]) + ("; edited since" if edited else "")
    if muted:
        return f"not posted (muted in {', '.join(muted)})"
    return f"not posted ({HELD_SHORT[seen.held]})" if seen.held in HELD_SHORT else "-"


def _channel_posts(channel: str, posts: Sequence[PostState]) -> str:
    """`#desk sent`, `#desk sent and a correction queued`, `#desk sent and 2 corrections sent` (the last one's state);
    where the first post was a correction (the entry was news there only once the court edited it),
    `#dismissals: a correction sent`, `#dismissals: 2 corrections sent`."""
    first, *later = posts
    if first.correction:
        return f"{channel}: {_count(posts)} {_state(posts[-1])}"
    return f"{channel} {_state(first)}" + (f" and {_count(later)} {_state(later[-1])}" if later else "")


def _count(posts: Sequence[PostState]) -> str:
    """`a correction`, `2 corrections`; `2 posts` where not all are corrections."""
    noun = "correction" if all(post.correction for post in posts) else "post"
    return f"a {noun}" if len(posts) == 1 else f"{len(posts)} {noun}s"


def _state(post: PostState) -> str:
    return "queued" if post.status in ("pending", "sending") else post.status


def entries_report(found: Found, limit: int, muted_of: Callable[[SeenEntry], Sequence[str]]) -> str:
    """`entries`' table: FILED, SOURCE, CASE, EVENTS, TEXT, POSTED (`muted_of`: the channels a mute kept an entry
    from), newest first, then a count."""
    rows = [("FILED", "SOURCE", "CASE", "EVENTS", "TEXT", "POSTED")]
    rows += [(filed_day(seen.entry), seen.entry.source_id, seen.entry.case_number or "-",
              ",".join(events_of(seen)) or "-", truncate(" ".join(seen.entry.text.split()), COLUMN_WIDTH),
              posted_where(seen, muted_of(seen))) for seen in found.entries]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    shown = len(found.entries)
    lines.append(f"{shown} {'entry' if shown == 1 else 'entries'}, newest first"
                 + (f"; more match (--limit {limit} shown)" if found.more else "")
                 + "; `why SOURCE WORDS` says why one was or was not posted")
    return "\n".join(lines)
