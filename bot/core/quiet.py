"""Mutes and pauses, as plain values: a case muted in one channel for a while (its posts there are not sent),
and a source paused for the whole workspace (it is not polled).

A paused source's filings made during the pause are recorded without a post when it is polled again
(`PauseWindow`); those made before or after it are posted as usual.

Both are made in Slack (`/docket mute`, `/docket pause`) or on the command line (`python -m bot mute`, `pause`)
and stored (bot/store/mutes.py, bot/store/pauses.py); a source is also paused by `paused: true` in the config.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from bot.core.dockets import same_docket
from bot.core.entry import Entry

CONFIG_FILE = "config file"  # who paused a source the config says `paused: true` of
COMMAND_LINE = "cli"  # who muted or paused with `python -m bot mute`, `pause`


def made_by(by: str) -> str:
    """Who made a mute or pause, for people: "the command line", "the config file", else `by` (a Slack user id)."""
    return {COMMAND_LINE: "the command line", CONFIG_FILE: "the config file"}.get(by, by or "someone")


def same_channel(a: str, b: str) -> bool:
    """Whether two spellings name one channel: `#newsroom` and `newsroom` do; an id (`C0123ABCD`) is its own."""
    return bool(a) and a.lstrip("#").lower() == b.lstrip("#").lower()


@dataclass(frozen=True)
class Mute:
    """No live post of case `case` (a docket number however written, or a case key such as `rust-baldwin`) goes to
    `channel` (an id or a name; `channel_name` the other spelling, when known) from `since` until `until` (UTC;
    None: until unmuted)."""

    channel: str
    case: str
    since: datetime
    until: datetime | None = None
    by: str = ""  # a Slack user id, or "cli"
    channel_name: str = ""

    def in_force(self, at: datetime) -> bool:
        """Whether it mutes at `at` (UTC): made by then, and its time not up."""
        return self.since <= at and (self.until is None or at < self.until)

    @property
    def where(self) -> str:
        """Its channel for people: `#newsroom` when its name is known, else as stored (an id, `C0123ABCD`)."""
        return "#" + self.channel_name.lstrip("#") if self.channel_name else self.channel

    def of_channel(self, channel: str) -> bool:
        """Whether `channel` (a post's destination, or a command's channel, in either spelling) is the mute's."""
        return any(same_channel(spelling, channel) for spelling in (self.channel, self.channel_name))

    def of_case(self, case: str) -> bool:
        """Whether `case` (a docket number however written, or a case key) is the muted case."""
        return same_docket(self.case, case)

    def covers(self, channel: str, entry: Entry) -> bool:
        """Whether a post of `entry` to `channel` is muted (not whether the mute is still in force)."""
        return self.of_channel(channel) and (
            bool(entry.case_number) and self.of_case(entry.case_number)
            or bool(entry.case_key) and self.case == entry.case_key
        )


@dataclass(frozen=True)
class Pause:
    """Source `source_id` is not polled: paused by `by` (a Slack user id, "cli", or CONFIG_FILE) since `since`
    (None for the config file's)."""

    source_id: str
    by: str
    since: datetime | None = None

    @property
    def by_config(self) -> bool:
        return self.by == CONFIG_FILE


@dataclass(frozen=True)
class PauseWindow:
    """The time a source was paused, from `since` to `until` (UTC): the first poll after the pause records the
    entries filed inside it without posting them (bot/pipeline/run.py), so that resuming does not flood the
    channels with a backlog, and posts the others (filed before the pause, or after the resume) as usual.

    `since` None: not known (a pause stored by an older release) or no matter (entries pushed while the source is
    paused): every entry is held. `until` None: still paused, or resumed by removing `paused: true` from the config
    (the store does not know when): the window reaches up to now.
    """

    since: datetime | None = None
    until: datetime | None = None

    def holds(self, entry: Entry) -> bool:
        """Whether `entry` is recorded without a post: filed inside the window (a filing date alone, as the start
        of its day, is inside when that start is). An entry with no filing date is held only when `since` is None:
        nothing says it was filed during the pause."""
        if self.since is None:
            return True
        filed = entry.filed_at
        if filed is None:
            return False
        filed = filed if filed.tzinfo else filed.replace(tzinfo=UTC)
        return self.since <= filed and (self.until is None or filed < self.until)
