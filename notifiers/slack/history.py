"""`/docket why <case>` and `/docket recent <case>`: what the bot saw of a case (a docket number of any court,
however written, as `/docket follow` takes it) and, for this channel, whether each entry was posted here and why
not (bot/history/), in Slack's mrkdwn with everything escaped."""

from __future__ import annotations

from collections.abc import Collection

from bot.app import App
from bot.core.docket_forms import docket_number_problem
from bot.core.quiet import same_channel
from bot.history.find import Case, Found, cases_matching, events_of, recent
from bot.history.muted import muted_in
from bot.history.text import HELD_SHORT, entry_title, filed_day, verdict_words
from bot.history.why import explain
from bot.store import SeenEntry
from notifiers.slack.mrkdwn import escape
from notifiers.text import truncate

WHY_SHOWN = 5
RECENT_SHOWN = 10
TEXT_LIMIT = 150


def why_answer(app: App, case: str, channels: Collection[str]) -> str:
    """The newest entries of `case` (any source) and, for each, whether it was posted to this channel (spelled
    any of `channels`) and why not, per subscription of the channel."""
    problem = _not_a_number(case)
    if problem:
        return problem
    found = _of_case(app, case, WHY_SHOWN)
    if not found.entries:
        return f"No entry of {escape(case)} was seen by any source."
    tz = app.config.tz
    lines = [f"The newest {len(found.entries)} entries of {escape(case)}:" if found.more
             else f"{len(found.entries)} {'entry' if len(found.entries) == 1 else 'entries'} of {escape(case)}:"]
    for seen in found.entries:
        lines += ["", f"*{escape(entry_title(seen.entry))}* (`{escape(seen.entry.source_id)}`)",
                  f"> {escape(truncate(seen.entry.text, TEXT_LIMIT))}",
                  f"events: {escape(', '.join(events_of(seen)) or 'none')}"]
        verdicts = explain(app.store, seen, app.config.subscriptions, tz, channels)
        lines += [f"• {escape(verdict_words(verdict, tz, where=' here', text=seen.entry.text))}" for verdict in verdicts]
        if not verdicts:
            lines.append(f"• not posted here: this channel follows nothing (`/docket follow {escape('<source|case>')}`)")
        elsewhere = len({post.channel for post in seen.posts} - set(channels))
        if elsewhere:
            lines.append(f"• posted to {elsewhere} other destination(s)")
    return "\n".join(lines)


def recent_answer(app: App, case: str, channels: Collection[str]) -> str:
    """The last entries of `case` (any source), newest first: filed, events, text, and whether posted here."""
    problem = _not_a_number(case)
    if problem:
        return problem
    found = _of_case(app, case, RECENT_SHOWN)
    if not found.entries:
        return f"No entry of {escape(case)} was seen by any source."
    subscriptions = [*app.config.subscriptions, *(made.subscription for made in app.store.made_subscriptions())]
    lines = [f"The last {len(found.entries)} entries of {escape(case)}, newest first:"]
    lines += [_recent_line(seen, channels, muted_in(seen, subscriptions, app.store.mutes(seen.first_seen_at)))
              for seen in found.entries]
    return "\n".join([*lines, f"`/docket why {escape(case)}` says why one was or was not posted here."])


def _of_case(app: App, case: str, limit: int) -> Found:
    """The newest `limit` entries, of any source, of the case `case` names however written."""
    numbers = cases_matching(app.store, None, case)
    return recent(app.store, case=Case("docket number", tuple(numbers)), limit=limit) if numbers else Found([], False, "")


def _not_a_number(case: str) -> str | None:
    """That `case` is no docket number of any court (as `/docket follow` takes one), in mrkdwn; None when it may be."""
    if docket_number_problem(case) is None:
        return None
    return (f"`{escape(case)}` is not a docket number of any court, such as `1:18-cv-03365`, `01-23-00123-CV` or "
            "`17D22499`.")


def _recent_line(seen: SeenEntry, channels: Collection[str], muted: Collection[str]) -> str:
    """`muted`: the channels a mute kept the entry from (bot/history/muted.py)."""
    here = [post for post in seen.posts if post.channel in channels]
    if here:
        status = "posted here" if any(post.status == "sent" for post in here) else "queued here"
    elif any(same_channel(mute, channel) for mute in muted for channel in channels):
        status = "not posted here (muted)"
    else:
        status = "not posted here" + (f" ({HELD_SHORT[seen.held]})" if seen.held in HELD_SHORT else "")
    events = ", ".join(events_of(seen)) or "no event type"
    return (f"• {filed_day(seen.entry)} · {escape(events)} · {escape(truncate(seen.entry.text, TEXT_LIMIT))} "
            f"(`{escape(seen.entry.source_id)}`) · _{status}_")
