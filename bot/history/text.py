"""The words of `why` and `entries` (plain text; Slack's answers escape the same words): an entry's title, a
post's state, a subscription, a verdict, and the two reports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo

from bot.config import Subscription
from bot.core.clock import shown_time
from bot.core.courts import local_date
from bot.core.entry import Entry
from bot.history.find import Found, events_of
from bot.history.why import Verdict
from bot.store import PostState, SeenEntry
from notifiers.message import case_parts, story_headline
from notifiers.slack.notifier import permalink
from notifiers.text import truncate

TEXT_WIDTH = 200  # of an entry's text under its title in `why`
COLUMN_WIDTH = 60  # of the text column of `entries`
# Why an entry was recorded without a post (bot/pipeline/run.py HELD), in a few words.
HELD_SHORT = {"first_poll": "first poll", "older_stories": "stored by an older release", "paused": "source paused",
              "unmatched": "matched no watch", "repeated": "story known already"}


def filed_day(entry: Entry) -> str:
    """The day the entry was filed, on the court's calendar (`2018-04-17`); "-" when the source does not say."""
    return local_date(entry.filed_at, entry.court).isoformat() if entry.filed_at else "-"


def entry_title(entry: Entry) -> str:
    """`Burbon v. Viacom (1:18-cv-01119, S.D.N.Y.), entry 12, filed 2018-04-17`; a news story's headline."""
    if entry.is_story:
        title = story_headline(entry) + (f" ({entry.court})" if entry.court else "")
    else:
        name, *where = case_parts(entry) or ["(no case)"]
        title = f"{name} ({', '.join(where)})" if where else name
    number = f", entry {entry.number}" if entry.number else ""
    return f"{title}{number}, filed {filed_day(entry)}" if entry.filed_at else title + number


def post_words(post: PostState, tz: tzinfo, workspace: str = "") -> str:
    """A post's state: `sent 2026-11-29 10:03 EST <permalink>`, `queued …, not sent yet`, `failed: …`."""
    link = permalink(workspace, post.ref) if post.ref else None
    if post.status == "sent" and post.sent_at:
        return f"sent {shown_time(post.sent_at, tz)}" + (f" {link}" if link else "")
    if post.status == "failed":
        return f"failed for good: {post.last_error or 'no error kept'} (`outbox --retry` queues it again)"
    waiting = f"queued {shown_time(post.queued_at, tz)}, not sent yet"
    return waiting + (f" (last try: {post.last_error})" if post.last_error else "")


def following(subscription: Subscription) -> str:
    """What a subscription follows, in a few words: `source sdny, case 1:18-cv-01119: motion, dismissal`."""
    parts = ["every source" if "*" in subscription.sources else "source " + ", ".join(subscription.sources)]
    if subscription.cases:
        parts.append("case " + ", ".join(subscription.cases))
    if subscription.case:
        parts.append(f"case key {subscription.case}")
    return f"{', '.join(parts)}: {', '.join(subscription.events)}"


def verdict_words(verdict: Verdict, tz: tzinfo, workspace: str = "", where: str = "") -> str:
    """`posted, sent …` or `not posted: <why>` (`posted here, …` with `where` " here"), and what the subscription
    is and where it comes from."""
    if verdict.posted:
        said = f"posted{where}, " + "; ".join(post_words(post, tz, workspace) for post in verdict.posts)
    else:
        said = f"not posted{where}: {verdict.reason}"
    if verdict.subscription is None:
        return f"{said} (no subscription names this destination now)"
    made = verdict.made
    origin = ("config file" if made is None else "found by a watch" if made.created_by == "watch"
              else f"added in Slack by {made.created_by or 'someone'}")
    return f"{said} [{following(verdict.subscription)}; {origin}]"


def why_report(
    source_id: str, query: str, found: Found, verdicts_of: Callable[[SeenEntry], Sequence[Verdict]], tz: tzinfo,
    workspace: str = "",
) -> str:
    """`why`'s report: each entry found (title, text, key, events, first seen) and a line per destination."""
    shown = len(found.entries)
    count = f"the newest {shown} entries" if found.more else f"{shown} {'entry' if shown == 1 else 'entries'}"
    lines = [f"{source_id}: {count} found by {found.by} {query!r}" + (" (more match)" if found.more else "")]
    for seen in found.entries:
        entry = seen.entry
        held = f" (recorded without a post: {HELD_SHORT[seen.held]})" if seen.held in HELD_SHORT else ""
        lines += ["", entry_title(entry), f"  {truncate(entry.text, TEXT_WIDTH)}",
                  f"  key {entry.key}; events: {', '.join(events_of(seen)) or 'none'}; first seen "
                  f"{shown_time(seen.first_seen_at, tz)}{held}"]
        verdicts = verdicts_of(seen)
        if not verdicts:
            lines.append("  no subscription: the config file and Slack follow nothing")
        width = max((len(verdict.channel) for verdict in verdicts), default=0)
        lines += [f"  {verdict.channel:<{width}}  {verdict_words(verdict, tz, workspace)}" for verdict in verdicts]
    if found.more:
        lines += ["", f"more entries match: narrow the query, or list them with `entries --source {source_id}`"]
    return "\n".join(lines)


def posted_where(seen: SeenEntry, muted: Sequence[str] = ()) -> str:
    """Where an entry went: `#rust-case sent, #all queued, #desk muted` (`muted`: the channels a mute kept it
    from); else `not posted (first poll)`, `not posted (muted in #desk)`, or `-` (no subscription wanted it)."""
    if seen.posts:
        return ", ".join([*(f"{post.channel} {'queued' if post.status in ('pending', 'sending') else post.status}"
                            for post in seen.posts), *(f"{channel} muted" for channel in muted)])
    if muted:
        return f"not posted (muted in {', '.join(muted)})"
    return f"not posted ({HELD_SHORT[seen.held]})" if seen.held in HELD_SHORT else "-"


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
