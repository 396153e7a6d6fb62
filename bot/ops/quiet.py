"""Muting a case in a channel and pausing a source: the checks and the store calls behind `/docket mute`, `unmute`,
`pause`, `resume` (notifiers/slack/quiet.py) and the same commands of `python -m bot` (bot/cli.py).

Each function raises QuietError with a sentence for the user when the command cannot be done (an unknown source,
a word that is no docket number, a bad duration), and changes nothing then.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo

from bot.config import Config, SourceConfig
from bot.core.clock import shown_time
from bot.core.docket_forms import docket_number_problem
from bot.core.durations import parse_positive_duration
from bot.core.quiet import CONFIG_FILE, Mute, Pause, made_by
from bot.ops.channels import listed, named_destination, spellings
from bot.store import Store


class QuietError(ValueError):
    """A mute, unmute, pause or resume that cannot be done; the message says why, for the user."""


def is_case(config: Config, word: str) -> bool:
    """Whether `word` names a case: a docket number of any court, as a config's `cases:` takes it (however written:
    `1:18-cv-03365`, `17D22499`, `D-101-CR-2023-00040`; bot/core/docket_forms.py), or a case key of the config
    (`case:`)."""
    keys = {source.case for source in config.sources} | {s.case for s in config.subscriptions}
    return word in keys or docket_number_problem(word) is None


def mute_duration(words: Sequence[str]) -> timedelta | None:
    """The time a mute lasts, from the words after its case: none (until unmuted), or `for 2d` (also `2d`).

    Raises QuietError for anything else."""
    given = list(words[1:]) if words and words[0].lower() == "for" else list(words)
    if not words:
        return None
    if len(given) != 1:
        raise QuietError(f'"{" ".join(words)}" is not a time a mute lasts; give one like `for 2d` (s, m, h or d)')
    try:
        return parse_positive_duration(given[0])
    except ValueError as exc:
        raise QuietError(f"{exc}; a mute lasts `for 2d`, say, or until unmuted") from None


def channel_named(config: Config, store: Store, typed: str, now: datetime, muted: bool = False) -> str:
    """The destination a command line's `--channel` names (`everything` -> `#everything`, as the config spells
    it): one a subscription posts to, or with `muted` (for `unmute`) one with a mute in force at `now` (UTC).
    Raises QuietError listing the destinations when it names none. (In Slack the channel is the one typed in.)"""
    known = spellings(config, store)
    mutes = store.mutes(now) if muted else []
    found = named_destination(typed, [*known, *((spelling, mute.where) for mute in mutes
                                                for spelling in (mute.channel, mute.channel_name) if spelling)])
    if found is None:
        raise QuietError(f"--channel {typed}: no subscription posts there (they post to: {listed(known)}); give a "
                         "channel as the config names it, or the id of one followed in Slack")
    return found


def mute_case(
    config: Config, store: Store, channel: str, case: str, lasting: timedelta | None, by: str, now: datetime,
    channel_name: str = "",
) -> tuple[Mute, int]:
    """Mutes `case` in `channel` (an id or a name; `channel_name` its other spelling) from `now` (UTC) for `lasting`
    (None: until unmuted), made by `by`. Returns the mute and how many earlier mutes of the case it replaced."""
    if not channel.strip():
        raise QuietError("name the channel to mute the case in")
    if not is_case(config, case):
        raise QuietError(f"{docket_number_problem(case)}; nor is it a case key of the config")
    mute = Mute(channel.strip(), case, now, now + lasting if lasting else None, by, channel_name)
    return mute, store.mute(mute)


def unmute_case(store: Store, channel: str, case: str) -> list[Mute]:
    """Ends the mutes of `case` (however written) in `channel`; returns them (none: it was not muted there)."""
    return store.unmute(channel, case)


def pause_source(config: Config, store: Store, source_id: str, by: str, now: datetime) -> bool:
    """Pauses source `source_id` from `now` (UTC), made by `by`; False when it was paused already."""
    source = _source(config, source_id)
    if source.paused:
        return False
    return store.pause(Pause(source.id, by, now))


def resume_source(config: Config, store: Store, source_id: str, now: datetime) -> Pause | None:
    """Ends the pause of `source_id` at `now` (UTC); returns it (None: it was not paused). A source the config
    pauses stays paused: QuietError says so."""
    source = _source(config, source_id)
    if source.paused:
        raise QuietError(f"{source_id} is paused by `paused: true` in the {CONFIG_FILE}; whoever runs the bot can "
                         "remove that there")
    return store.resume(source_id, now)


def describe_mute(mute: Mute, tz: tzinfo, where: bool = True) -> str:
    """A mute for people: "1:18-cv-01119 in #newsroom until 2026-12-01 15:00 MST (by U0ALICE)"; without `where`
    (to the channel muted) no channel."""
    where_ = f" in {mute.where}" if where else ""
    until = f"until {shown_time(mute.until, tz)}" if mute.until else "until unmuted"
    return f"{mute.case}{where_} {until} (by {made_by(mute.by)})"


def _source(config: Config, source_id: str) -> SourceConfig:
    known = [source.id for source in config.sources]
    if source_id not in known:
        raise QuietError(f'"{source_id}" is not a source id (configured: {", ".join(known) or "none"})')
    return config.source(source_id)
