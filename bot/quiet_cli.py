"""`python -m bot mute | unmute | pause | resume`: the Slack commands of the same names (notifiers/slack/quiet.py)
for whoever runs the bot without Slack. The checks and the store calls are bot/ops/quiet.py's.

Each function prints what it did (or, on stderr, why it could not) and returns the exit status.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from bot.config import Config
from bot.core.quiet import COMMAND_LINE
from bot.exit_codes import EXIT_OK, EXIT_USAGE
from bot.ops.quiet import (
    QuietError,
    channel_named,
    describe_mute,
    mute_case,
    mute_duration,
    mutes_seen,
    pause_source,
    resume_source,
    unmute_case,
)
from bot.poll.lines import describe_pause
from bot.store import Store


def mute(config: Config, store: Store, case: str | None, channel: str | None, lasting: str | None) -> int:
    """`mute CASE --channel C [--for 2d]`; with no CASE, lists the mutes in force."""
    now = datetime.now(UTC)
    if case is None:
        mutes = store.mutes(now)
        seen = mutes_seen(config, store, mutes)
        print("\n".join(describe_mute(mute, config.tz, seen=seen) for mute in mutes) or "no case is muted")
        return EXIT_OK
    try:
        if not channel:
            raise QuietError("give the channel to mute it in: --channel '#newsroom' (or its id)")
        lasts = mute_duration([lasting] if lasting else [])
        made = mute_case(config, store, channel_named(config, store, channel, now), case, lasts, COMMAND_LINE, now)
    except QuietError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    print(f"muted {describe_mute(made.mute, config.tz)}{' (instead of the earlier mute)' if made.replaced else ''}: "
          f"its filings are recorded, not posted there")
    note = made.note(config)
    if note:
        print(note, file=sys.stderr if not made.cases else sys.stdout)
    return EXIT_OK


def unmute(config: Config, store: Store, case: str, typed: str) -> int:
    """`unmute CASE --channel C`."""
    try:
        channel = channel_named(config, store, typed, datetime.now(UTC), muted=True)
    except QuietError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    if unmute_case(store, channel, case):
        print(f"unmuted {case} in {channel}: its new filings are posted there again")
    else:
        print(f"{case} is not muted in {channel} (`mute` lists the mutes)")
    return EXIT_OK


def pause(config: Config, store: Store, source_id: str) -> int:
    """`pause SOURCE`."""
    try:
        new = pause_source(config, store, source_id, COMMAND_LINE, datetime.now(UTC))
    except QuietError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    if new:
        print(f"paused {source_id}: no worker polls it until `resume {source_id}`")
    else:
        current = store.pause_of(config.source(source_id))
        print(f"{source_id} is paused already" + (f" ({describe_pause(current, config.tz)})" if current else ""))
    return EXIT_OK


def resume(config: Config, store: Store, source_id: str) -> int:
    """`resume SOURCE`."""
    try:
        was = resume_source(config, store, source_id, datetime.now(UTC))
    except QuietError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    if was is None:
        print(f"{source_id} is not paused")
    else:
        print(f"resumed {source_id} ({describe_pause(was, config.tz)}): polled again from its next turn; what it lists "
              "that was filed during the pause is recorded then, not posted; what was filed before or since is posted")
    return EXIT_OK
