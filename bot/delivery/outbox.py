"""`python -m bot outbox [--retry]`: what waits to be posted (queued, held, failed) and why.

One line per message (status, channel, age, tries, what it says, why it waits), then a line per hold
with what a person can do about it, a line per notifier other than this process's that messages wait for (the
posts queued for Slack, from a shell without SLACK_BOT_TOKEN), then the totals. `--retry` puts the failed messages back in the
queue, makes every hold due and the messages waiting out a retry's delay due now: a running worker tries them at
once, and when none runs the command tries them itself (bot/cli.py), saying at once which it cannot send (those for
Slack, from a shell without SLACK_BOT_TOKEN) and what to do; from a shell with
SLACK_BOT_TOKEN it also queues for Slack the posts a process without the token queued and never printed (a
tokenless `check` cut short), which would otherwise wait for the next tokenless `check`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from bot.core.clock import shown_time
from bot.core.command_name import command_name
from bot.core.destinations import SLACK
from bot.store import Hold, Listed, Store
from notifiers.message import digest_title, summary
from notifiers.text import truncate
from notifiers.wording import notice_headline

SHOWN = 100  # messages listed; the totals count them all
WHAT_WIDTH = 60
# Why a process leaves the messages queued for a notifier alone, by that notifier's name (Notifier.name).
NOT_MINE = {
    SLACK: "this process has no SLACK_BOT_TOKEN",
    "console": "a process without SLACK_BOT_TOKEN queued them, to print them",
}


@dataclass(frozen=True)
class Backlog:
    """The outbox by state, as a process posting with one token sees it: messages `queued` (due or waiting
    for a retry, or being sent), `held` (under a hold), `failed` for good, `sent`; and the holds in force, with
    the messages each holds (by scope: "" for every channel)."""

    queued: int
    held: int
    failed: int
    sent: int
    holds: list[Hold]
    held_by_scope: dict[str, int]


def backlog(store: Store, token: str | None = None) -> Backlog:
    """The outbox's counts and holds as a process posting with `token` sees them (None: any token)."""
    counts = store.outbox_counts(token)
    return Backlog(
        queued=counts.get("pending", 0) + counts.get("sending", 0), held=counts.get("held", 0),
        failed=counts.get("failed", 0), sent=counts.get("sent", 0), holds=store.holds(),
        held_by_scope=store.held_counts(token),
    )


def waiting_for_others(store: Store, via: str, new_for_slack: int = 0) -> list[str]:
    """A line per notifier other than `via` (this process's for Slack's channels: Notifier.name) that queued messages
    wait for: `2 post(s) wait for Slack: this process has no SLACK_BOT_TOKEN; they stay queued`. The `new_for_slack`
    posts this process queued for Slack itself (it has no token; the store posts to Slack) have a line of their own,
    first, and are not counted again."""
    lines = [f"{new_for_slack} new post(s) queued for Slack: {NOT_MINE[SLACK]}; the worker with the token will post "
             "them"] if new_for_slack else []
    for name, count in sorted(store.queued_for_others(via).items()):
        earlier = count - new_for_slack if name == SLACK else count
        if earlier > 0:
            lines.append(f"{earlier} post(s) wait for {_named(name)}: "
                         f"{NOT_MINE.get(name, f'this process posts through {via}')}; "
                         f"{_what_to_do(name)}")
    return lines


def _what_to_do(notifier: str) -> str:
    """What a person can do about messages waiting for `notifier`, from a process with another."""
    if notifier != "console":
        return "they stay queued"
    return (f"they stay queued: `{command_name()} check` without SLACK_BOT_TOKEN prints them, "
            f"`{command_name()} outbox --retry` with it posts them to Slack")


def _named(notifier: str) -> str:
    return "the console" if notifier == "console" else notifier.capitalize()


@dataclass(frozen=True)
class Retried:
    """What `outbox --retry` did, as lines (`text`: a line, then one per notifier this process cannot send the
    messages of that wait for it), and whether the command is to send the waiting messages now
    (`send_here`: no worker runs, and some are this process's to send)."""

    text: str
    send_here: bool


def retry(store: Store, now: datetime, token: str | None, worker_runs: bool, via: str) -> Retried:
    """Re-queues the failed messages, drops the holds of tokens other than `token` (this environment's; None:
    drops none) and makes the others due; with a token, queues for Slack the messages waiting for the console
    (Store.hand_over); makes due the messages waiting out a retry's delay (all when `worker_runs`, else those this
    process's notifier of Slack's channels, `via` (Notifier.name), may send). Says what it did, and who sends them:
    the worker when `worker_runs` (one beat lately: bot/ops/status.py worker_status), else this command, which the
    caller then does (the CLI's `outbox`), but for the messages queued for a notifier this process does not have
    (Slack's, from a shell without SLACK_BOT_TOKEN): it says at once that it cannot send those, and what to do."""
    requeued = store.requeue_failed(now)
    dropped = store.drop_holds_of_other_tokens(token) if token is not None else []
    holds = store.retry_holds_now(now)
    handed = store.hand_over("console", SLACK, now) if token is not None else 0
    due = store.due_now(now, None if worker_runs else via)
    text = f"re-queued {requeued} failed message(s)"
    if handed:
        text += f"; {handed} post(s) left for the console by a process without SLACK_BOT_TOKEN now go to Slack"
    if dropped:
        text += f"; dropped {len(dropped)} hold(s) of other tokens ({', '.join(sorted({h.token for h in dropped}))})"
    if holds:
        text += f"; {holds} hold(s) will be tried again at once"
    if due:
        text += f"; {due} message(s) waiting to retry are due now"
    if worker_runs:
        return Retried(text + "; the running worker sends them", send_here=False)
    others = store.queued_for_others(via)
    counts = backlog(store, token)
    mine = counts.queued + counts.held - sum(others.values())
    send_here = mine > 0 or not others
    if send_here:
        text += f"; no worker is running: this command tries {f'the {mine} it can send' if others else 'them'} now"
    else:
        text += "; no worker is running, and this command cannot send what waits"
    for name, count in sorted(others.items()):
        text += f"\n{count} post(s) wait for {_named(name)}, not sent from here: {NOT_MINE[name]}; {_how_to_send(name)}"
    return Retried(text, send_here)


def _how_to_send(notifier: str) -> str:
    """How the messages waiting for `notifier` get sent, told to a process with another notifier that retries them."""
    if notifier == SLACK:
        return (f"set SLACK_BOT_TOKEN to the bot's token (xoxb-…) and run `{command_name()} outbox --retry` again, "
                f"or start the worker (`{command_name()} run`)")
    return f"a `{command_name()} check` without SLACK_BOT_TOKEN is printing them"


def report(
    store: Store, now: datetime, token: str | None = None, tz: tzinfo = UTC, via: str | None = None,
) -> tuple[str, bool]:
    """The listing as text as a process posting with `token` sees it (None: any token) through notifier `via` (None:
    any), its times on the clock `tz`, and whether anything is held or failed. Holds of other tokens are listed
    too, saying so; they hold nothing for this token. Messages queued for another notifier than `via` say so."""
    listed = store.outbox_listing(token=token)
    holds = store.holds()
    lines = []
    if listed:
        reasons = {hold.scope: hold.reason for hold in holds if hold.applies_to(token)}
        rows: list[tuple[str, ...]] = [("STATUS", "CHANNEL", "AGE", "TRIES", "MESSAGE", "REASON")]
        rows += [_row(item, reasons, now, tz, via) for item in listed[:SHOWN]]
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        lines += ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
        if len(listed) > SHOWN:
            lines.append(f"… and {len(listed) - SHOWN} more")
    lines += [_hold_line(hold, now, token, tz) for hold in holds]
    if via is not None:
        lines += waiting_for_others(store, via)
    counts = backlog(store, token)
    total = f"{counts.queued} queued, {counts.held} held, {counts.failed} failed for good"
    if counts.failed:
        total += f"; `{command_name()} outbox --retry` re-queues the failed ones"
    lines.append(total if listed or holds else "the outbox is empty: every message was delivered")
    return "\n".join(lines), bool(counts.held or counts.failed or holds)


def _row(item: Listed, reasons: dict[str, str], now: datetime, tz: tzinfo, via: str | None) -> tuple[str, ...]:
    if item.queued_for is not None and via is not None and item.queued_for != via and item.status != "failed":
        reason = f"waits for {_named(item.queued_for)}: {NOT_MINE.get(item.queued_for, '')}".rstrip(": ")
    elif item.status == "held":
        reason = reasons.get("", reasons.get(item.channel, ""))
    elif item.status == "pending" and item.next_attempt_at > now:
        reason = f"retry at {shown_time(item.next_attempt_at, tz, '%H:%M:%S')}: {item.last_error or ''}"
    else:
        reason = item.last_error or ""
    if item.post:
        what = summary(item.post)
    elif item.digest:
        what = f"{digest_title(item.digest)} ({shown_time(item.digest.start, tz)} to {shown_time(item.digest.end, tz)})"
    else:
        what = "ops notice: " + (notice_headline(item.notice) if item.notice else "")
    return (item.status, item.channel, age(now - item.created_at), str(item.attempts),
            truncate(what, WHAT_WIDTH), truncate(reason, 2 * WHAT_WIDTH))


def _hold_line(hold: Hold, now: datetime, token: str | None, tz: tzinfo) -> str:
    whose = f" for token {hold.token}" if hold.token else ""
    if not hold.applies_to(token):
        whose += f" (not this environment's token, {token}: `{command_name()} outbox --retry` drops it)"
    return (f"held: posts to {hold.where}{whose} since {shown_time(hold.since, tz)}: {hold.reason}; "
            f"{hold.advice}; next try {shown_time(max(hold.next_try_at, now), tz, '%H:%M')}")


def age(delta: timedelta) -> str:
    """A short age: `45s`, `12m`, `3h`, `2d`."""
    seconds = max(0, int(delta.total_seconds()))
    for suffix, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{suffix}"
    return f"{seconds}s"
