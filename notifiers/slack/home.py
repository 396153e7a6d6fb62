"""The App Home tab: what a person sees on opening the bot in Slack.

For that person: the channels they are in that follow something (the config file's subscriptions and those made
with `/docket follow`), what each follows and which cases are muted there; then the health of those channels'
sources (paused ones too), and a warning when no worker runs.

Slack sends the event `app_home_opened` (over HTTP or Socket Mode alike; Bolt routes it, see commands.py
`bolt_app`); `publish_home` answers with `views.publish`. The channels come from `users.conversations` with the
person's id and the bot token: public channels (scope `channels:read`) and the private ones the bot is in too
(`groups:read`). `home_view` builds the view from plain values; it is what the tests read.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.app import App
from bot.ops.quiet import mutes_seen
from bot.ops.status import SourceStatus, source_statuses, worker_status
from notifiers.slack.commands import Channel, describe, slack_error, slack_time, worker_line
from notifiers.slack.mrkdwn import escape
from notifiers.slack.quiet import mute_lines, who
from notifiers.text import truncate

log = logging.getLogger(__name__)

CHANNEL_PAGES = 5  # users.conversations pages of 200 read at most: 1,000 channels
CHANNELS_SHOWN = 40  # a view holds at most 100 blocks
SECTION_LIMIT = 2900  # characters of a section's text (Slack takes 3,000)


@dataclass(frozen=True)
class ChannelRow:
    """A channel the person is in, with what it follows and what is muted there (mrkdwn lines)."""

    channel_id: str
    follows: Sequence[str]
    mutes: Sequence[str] = ()


@dataclass(frozen=True)
class SourceRow:
    """A source of those channels: its id, health (`ok`, `error`, `paused`, ...) and a line on its state."""

    source_id: str
    health: str
    detail: str


@dataclass(frozen=True)
class Home:
    """Everything the tab shows, as plain values."""

    user_id: str
    channels: Sequence[ChannelRow]
    quiet_channels: int  # channels the person is in that follow nothing
    sources: Sequence[SourceRow]
    now: datetime
    warnings: Sequence[str] = ()  # mrkdwn lines shown first (no worker; Slack would not list the channels)


def home_view(home: Home) -> dict:
    """The Home tab's view (Block Kit JSON, `type: home`) for `home`."""
    blocks: list[dict] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Docket Bot"}},
        _context(f"For <@{home.user_id}>, as of {slack_time(home.now)}. Type `/docket help` in a channel for "
                 "the commands."),
    ]
    blocks += [_section(warning) for warning in home.warnings]
    blocks += [{"type": "divider"}, {"type": "header", "text": {"type": "plain_text", "text": "Your channels"}}]
    if not home.channels:
        blocks.append(_section("None of the channels you are in follows anything yet. In one, type "
                               f"`/docket follow {escape('<source|case>')}`."))
    for row in home.channels[:CHANNELS_SHOWN]:
        blocks.append(_section("\n".join([f"*<#{row.channel_id}>*", *row.follows, *row.mutes])))
    more = len(home.channels) - CHANNELS_SHOWN
    notes = [f"… and {more} more channels that follow something." if more > 0 else "",
             f"{home.quiet_channels} other channel(s) of yours follow nothing." if home.quiet_channels else ""]
    if any(notes):
        blocks.append(_context(" ".join(note for note in notes if note)))
    if home.sources:
        blocks += [{"type": "divider"}, {"type": "header", "text": {"type": "plain_text", "text": "Their sources"}}]
        blocks.append(_section("\n".join(f"• `{escape(row.source_id)}` *{row.health}*: {row.detail}"
                                         for row in home.sources)))
    return {"type": "home", "blocks": blocks}


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": truncate(text, SECTION_LIMIT)}}


def _context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def publish_home(app: App, client: WebClient, event: Mapping) -> None:
    """Answers an `app_home_opened` event of the Home tab with `views.publish`; a failure is logged."""
    if event.get("tab", "home") != "home" or not event.get("user"):
        return
    user_id = str(event["user"])
    try:
        client.views_publish(user_id=user_id, view=home_view(home_for(app, client, user_id)))
    except (SlackClientError, OSError) as exc:
        log.warning("App Home: could not publish the Home tab of %s: %s", user_id, slack_error(exc))


def home_for(app: App, client: WebClient, user_id: str) -> Home:
    """What the Home tab of `user_id` shows, from the config, the store and Slack's list of their channels."""
    now = datetime.now(UTC)
    warnings = []
    worker = worker_status(app.store, now)
    if not worker.alive:
        warnings.append(f":warning: {worker_line(worker)}")
    try:
        channels = user_channels(client, user_id)
    except SlackApiError as exc:
        warnings.append(f":warning: Slack would not list your channels (`{escape(slack_error(exc))}`): the app "
                        "needs the scopes `channels:read` and `groups:read` (see the README, In Slack).")
        channels = []
    stored, mutes = app.store.subscriptions(), app.store.mutes(now)
    seen = mutes_seen(app.config, app.store, mutes)
    rows: list[ChannelRow] = []
    followed: set[str] = set()
    for channel in channels:
        mine = [s for s in [*app.config.subscriptions, *stored] if s.channel in channel.spellings]
        muted = mute_lines(mutes, channel, seen)
        if mine or muted:
            rows.append(ChannelRow(channel.id, [f"• {describe(s)}" for s in mine], muted))
        followed.update(source for s in mine for source in s.sources)
    statuses = [status for status in source_statuses(app.config, app.store, now)
                if "*" in followed or status.source.id in followed or status.pause is not None]
    return Home(user_id, rows, len(channels) - len(rows), [source_row(status) for status in statuses], now, warnings)


def user_channels(client: WebClient, user_id: str) -> list[Channel]:
    """The public channels `user_id` is in, and the private ones the bot is in with them, unarchived; at most
    CHANNEL_PAGES pages. Raises SlackApiError when Slack refuses (a missing scope)."""
    channels: list[Channel] = []
    cursor = None
    for _ in range(CHANNEL_PAGES):
        page = client.users_conversations(user=user_id, types="public_channel,private_channel",
                                          exclude_archived=True, limit=200, cursor=cursor)
        channels += [Channel(str(c["id"]), str(c.get("name") or "")) for c in page.get("channels") or []]
        cursor = (page.get("response_metadata") or {}).get("next_cursor")
        if not cursor:
            break
    return channels


def source_row(status: SourceStatus) -> SourceRow:
    """A source's line: its last poll, its last error, or who paused it."""
    if status.pause is not None:
        since = f" since {slack_time(status.pause.since)}" if status.pause.since else ""
        return SourceRow(status.source.id, status.health, f"paused by {who(status.pause.by)}{since}")
    detail = f"last poll {slack_time(status.last_poll)}"
    state = status.state
    if state and state.last_status == "error" and state.last_error:
        detail += f"; {state.failures_in_row} failed in a row: {escape(truncate(state.last_error, 200))}"
    return SourceRow(status.source.id, status.health, detail)
