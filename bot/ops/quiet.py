"""Muting a case in a channel and pausing a source: the checks and the store calls behind `/docket mute`, `unmute`,
`pause`, `resume` (notifiers/slack/quiet.py) and the same commands of `python -m bot` (bot/cli.py).

Each function raises QuietError with a sentence for the user when the command cannot be done (an unknown source,
a word that is no docket number, case key or party name of one case seen, a bad duration), and changes nothing then.
A mute says which cases seen its number matches (the lookup of `why` and `entries --case`, bot/history/find.py),
or that none does yet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from bot.config import Config, SourceConfig
from bot.core.clock import shown_time
from bot.core.docket_forms import docket_number_problem
from bot.core.dockets import same_docket
from bot.core.durations import parse_positive_duration
from bot.core.quiet import CONFIG_FILE, Mute, Pause, made_by
from bot.history.find import case_label, find_case
from bot.ops.channels import listed, named_destination, spellings
from bot.store import Store

NO_CASE_SEEN = "no case seen has this number"


class QuietError(ValueError):
    """A mute, unmute, pause or resume that cannot be done; the message says why, for the user."""


@dataclass(frozen=True)
class Muting:
    """A mute made, and how many earlier mutes of its case it replaced. `cases`: the cases seen its docket number
    matches, for people (`Griffis v. … (08-16-00334-CV)`; none: a case key, or a number no case seen has yet);
    `named`: the party name it was asked by ("" for a docket number or a case key)."""

    mute: Mute
    replaced: int
    cases: tuple[str, ...] = ()
    named: str = ""

    def note(self, config: Config) -> str:
        """What the mute matched, a sentence for people: `"Griffis" names one case seen, …: its number is muted`,
        `8-16-334-cv is …`, or a warning that no case seen has the number; "" for a case key."""
        if self.named:
            return f'"{self.named}" names one case seen, {self.cases[0]}: its number is muted'
        if len(self.cases) == 1:
            return f"{self.mute.case} is {self.cases[0]}"
        if self.cases:
            return f"{self.mute.case} matches {len(self.cases)} cases seen: {'; '.join(self.cases)}"
        if _is_key(config, self.mute.case):
            return ""
        return (f"warning: {NO_CASE_SEEN}: the mute is kept and will apply once such a case appears — check the "
                "number")


def _is_key(config: Config, word: str) -> bool:
    """Whether `word` is a case key of the config (`case:` of a source or a subscription)."""
    return word in {source.case for source in config.sources} | {s.case for s in config.subscriptions}


def is_case(config: Config, word: str) -> bool:
    """Whether `word` names a case: a docket number of any court, as a config's `cases:` takes it (however written:
    `1:18-cv-03365`, `17D22499`, `D-101-CR-2023-00040`; bot/core/docket_forms.py), or a case key of the config
    (`case:`)."""
    return _is_key(config, word) or docket_number_problem(word) is None


def cases_seen(names: Mapping[str, str], case: str) -> list[str]:
    """The cases among `names` (docket numbers as stored -> case names: Store.seen_case_names) that `case` (a docket
    number however written) is, for people (bot/history/find.py case_label), in the order of their numbers."""
    return [case_label(number, name) for number, name in sorted(names.items()) if same_docket(case, number)]


def mutes_seen(config: Config, store: Store, mutes: Iterable[Mute]) -> dict[str, str]:
    """For each muted case (Mute.case) that is a docket number, what it is among the cases seen, for
    `describe_mute`: `Griffis v. … (08-16-00334-CV)` (several joined by `; `), or NO_CASE_SEEN."""
    names = store.seen_case_names()
    numbers = {mute.case for mute in mutes if not _is_key(config, mute.case)}
    return {case: "; ".join(cases_seen(names, case)) or NO_CASE_SEEN for case in numbers}


def case_and_lasting(words: Sequence[str]) -> tuple[str, timedelta | None]:
    """A mute's case and how long it lasts, from the words typed after `mute`: the case may be several words (a
    party's name: `mute Rust Movie Productions for 2d`); its time follows the last `for` after the first word, or is
    a last word that reads as one (`12h`); none: until unmuted. Raises QuietError for an unreadable time after `for`."""
    lowered = [word.lower() for word in words]
    if "for" in lowered[1:]:
        at = len(lowered) - 1 - lowered[::-1].index("for")
        return " ".join(words[:at]), mute_duration(words[at:])
    if len(words) > 1:
        try:
            return " ".join(words[:-1]), mute_duration(words[-1:])
        except QuietError:  # not a time: a word of the case
            pass
    return " ".join(words), None


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
) -> Muting:
    """Mutes `case` in `channel` (an id or a name; `channel_name` its other spelling) from `now` (UTC) for `lasting`
    (None: until unmuted), made by `by`. `case` is a docket number however written (muted as typed, also when no case
    seen has it yet), a case key of the config, or a party name naming exactly one case seen (its number is muted).
    Raises QuietError for anything else, and for a party name of several cases (listing them)."""
    if not channel.strip():
        raise QuietError("name the channel to mute the case in")
    word, named = case.strip(), ""
    names = store.seen_case_names()
    if not is_case(config, word):
        found = find_case(store, config.sources, None, word)
        if found is None or not found.numbers:
            raise QuietError(f"{docket_number_problem(word)}; nor is it a case key of the config, nor a party name "
                             "of a case seen")
        if len(found.numbers) > 1:
            listed = "; ".join(sorted(case_label(number, names.get(number, "")) for number in found.numbers))
            raise QuietError(f'"{word}" names {len(found.numbers)} cases seen: {listed}; mute one by its docket number')
        word, named = found.numbers[0], word
    cases = () if _is_key(config, word) else tuple(cases_seen(names, word))
    mute = Mute(channel.strip(), word, now, now + lasting if lasting else None, by, channel_name)
    return Muting(mute, store.mute(mute), cases, named)


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


def describe_mute(mute: Mute, tz: tzinfo, where: bool = True, seen: Mapping[str, str] | None = None) -> str:
    """A mute for people: "1:18-cv-01119 in #newsroom until 2026-12-01 15:00 MST (by U0ALICE)"; without `where`
    (to the channel muted) no channel; with `seen` (`mutes_seen`) what its case is among the cases seen:
    "…(by U0ALICE): Burbon v. Viacom (1:18-cv-01119)"."""
    where_ = f" in {mute.where}" if where else ""
    until = f"until {shown_time(mute.until, tz)}" if mute.until else "until unmuted"
    is_ = f": {seen[mute.case]}" if seen and mute.case in seen else ""
    return f"{mute.case}{where_} {until} (by {made_by(mute.by)}){is_}"


def _source(config: Config, source_id: str) -> SourceConfig:
    known = [source.id for source in config.sources]
    if source_id not in known:
        raise QuietError(f'"{source_id}" is not a source id (configured: {", ".join(known) or "none"})')
    return config.source(source_id)
