"""`/docket mute`, `unmute`, `pause` and `resume`: quiet a case in this channel for a while, or stop polling a
source for everyone (the checks and the store calls are bot/ops/quiet.py's, shared with `python -m bot mute`).

    /docket mute <case> [for 2d]   no post of the case in this channel (until unmuted, or for that long)
    /docket unmute <case>          posts of the case here again
    /docket pause <source>         the source is not polled, for every channel, until resumed
    /docket resume <source>        it is polled again

Answers that change what a channel gets are shown to the channel; the rest only to the caller.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from bot.app import App
from bot.core.quiet import Mute, Pause, made_by
from bot.ops.quiet import (
    QuietError,
    case_and_lasting,
    mute_case,
    mutes_seen,
    pause_source,
    resume_source,
    unmute_case,
)
from notifiers.slack.commands import COMMAND, Answer, Channel, slack_time
from notifiers.slack.mrkdwn import escape

QUIET_COMMANDS = ("mute", "unmute", "pause", "resume")
USAGE = (
    f"• `{COMMAND} mute {escape('<case>')} [for 2d]` no posts of a case (its docket number, or a party's name) here "
    "(until unmuted, or for that long)",
    f"• `{COMMAND} unmute {escape('<case>')}` posts of it here again",
    f"• `{COMMAND} pause {escape('<source>')}` stop polling a source, for every channel; "
    f"`{COMMAND} resume {escape('<source>')}` poll it again",
)


def quiet_reply(app: App, name: str, args: Sequence[str], channel: Channel, user_id: str) -> Answer | None:
    """The answer to one of QUIET_COMMANDS; None when its arguments do not fit it (the caller shows the usage)."""
    now = datetime.now(UTC)
    try:
        if name == "mute" and args:
            case, lasting = case_and_lasting(args)
            made = mute_case(app.config, app.store, channel.id, case, lasting, user_id, now, channel_name=channel.name)
            mute, note = made.mute, made.note(app.config)
            again = " (instead of the earlier mute)" if made.replaced else ""
            return Answer(f"<@{user_id}> muted {escape(mute.case)} in this channel {_until(mute)}{again}: its "
                          f"filings are recorded, not posted here. `{COMMAND} unmute {escape(mute.case)}` ends it."
                          + (f"\n{escape(note)}" if note else ""), in_channel=True)
        if name == "unmute" and len(args) == 1:
            if [mute for spelling in channel.spellings for mute in unmute_case(app.store, spelling, args[0])]:
                return Answer(f"<@{user_id}> unmuted {escape(args[0])}: its new filings are posted here again "
                              "(those filed while it was muted are not).", in_channel=True)
            return Answer(f"{escape(args[0])} is not muted in this channel.")
        if name == "pause" and len(args) == 1:
            if pause_source(app.config, app.store, args[0], user_id, now):
                return Answer(f"<@{user_id}> paused source `{escape(args[0])}` for every channel: it is not polled "
                              f"until `{COMMAND} resume {escape(args[0])}`.", in_channel=True)
            return Answer(f"Source `{escape(args[0])}` is paused already (`{COMMAND} status` says by whom).")
        if name == "resume" and len(args) == 1:
            if resume_source(app.config, app.store, args[0], now) is not None:
                return Answer(f"<@{user_id}> resumed source `{escape(args[0])}`: it is polled again; what was filed "
                              "during the pause is recorded at its next poll, not posted (what was filed before or "
                              "since is posted).", in_channel=True)
            return Answer(f"Source `{escape(args[0])}` is not paused.")
    except QuietError as exc:
        return Answer(escape(str(exc)))
    return None


def muted_here(app: App, channel: Channel) -> list[str]:
    """`/docket list`'s lines for the mutes in force in `channel`, each with the case seen it is."""
    mutes = app.store.mutes(datetime.now(UTC))
    return mute_lines(mutes, channel, mutes_seen(app.config, app.store, mutes))


def mute_lines(mutes: Sequence[Mute], channel: Channel, seen: Mapping[str, str] | None = None) -> list[str]:
    """A line for each of `mutes` of `channel`: "• muted: 1:18-cv-01119 until … (by @alice)", then with `seen`
    (bot/ops/quiet.py mutes_seen) what its case is among the cases seen: ": Burbon v. Viacom (1:18-cv-01119)"."""
    here = [mute for mute in mutes if any(map(mute.of_channel, channel.spellings))]
    return [f"• muted: {escape(mute.case)} {_until(mute)} (by {who(mute.by)})"
            + (f": {escape(seen[mute.case])}" if seen and mute.case in seen else "") for mute in here]


def who(by: str) -> str:
    """A Slack user id as a mention (Slack shows the name); else "the command line", "the config file"."""
    return f"<@{by}>" if re.fullmatch(r"[UW][A-Z0-9]{2,}", by) else escape(made_by(by))


def paused_note(pause: Pause) -> str:
    """A paused source's `/docket check` words: who paused it (a mention), since when, and what polls it again:
    "paused: not polled (paused by <@U0ALICE> since …; `/docket resume edny` polls it again)"."""
    if pause.by_config:
        return "paused: not polled (`paused: true` in the config file; whoever runs the bot can remove it there)"
    since = f" since {slack_time(pause.since)}" if pause.since else ""
    return (f"paused: not polled (paused by {who(pause.by)}{since}; "
            f"`{COMMAND} resume {escape(pause.source_id)}` polls it again)")


def _until(mute: Mute) -> str:
    return f"until {slack_time(mute.until)}" if mute.until else "until unmuted"
