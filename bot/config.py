"""The config file: YAML validated with pydantic; every error names the file, line and field, and so does every
warning (logged: a setting that works but is likely a mistake, such as a source polled more often than once a minute)."""

from __future__ import annotations

import ipaddress
import logging
import re
from collections.abc import Collection, Mapping
from datetime import time, timedelta
from functools import cache
from pathlib import Path
from typing import Annotated, Any, NamedTuple, get_args
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    SerializeAsAny,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails, InitErrorDetails, PydanticCustomError

from bot.core.digest import DigestSchedule
from bot.core.docket_forms import docket_number_problem
from bot.core.dockets import same_docket
from bot.core.durations import format_duration
from bot.core.entry import Entry
from bot.core.events import DEFAULT_SUBSCRIBED_EVENTS, SUBSCRIBABLE_EVENTS
from bot.core.near_miss import did_you_mean
from bot.core.written import as_written
from bot.ops.logs import use_clock
from notifiers.targets import APPRISE, destination
from scrapers import SCRAPERS
from scrapers.http import COURTLISTENER_INTERVAL
from scrapers.settings import (
    ID_PATTERN,
    Duration,
    HourWindow,
    Number,
    Period,
    SourceConfig,
    WholeNumber,
    known_zone,
)

__all__ = ["POLITE_EVERY", "Config", "ConfigError", "Defaults", "HttpSettings", "SlackSettings", "SourceConfig",
           "Subscription", "WorkerSettings", "describe_error", "load_config", "read_source"]

log = logging.getLogger(__name__)

# A source polled more often than this gets a warning: courts and news sites may block a bot that polls that often.
POLITE_EVERY = timedelta(minutes=1)


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file, line and field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Defaults(_Strict):
    every: Period = timedelta(minutes=15)
    jitter: Duration = timedelta(0)
    active_hours: HourWindow | None = None
    alert_after: WholeNumber = Field(default=3, ge=1)
    stale_after: Period | None = None
    max_skipped: Number = Field(default=0.1, ge=0, le=1)  # share of a poll's items it may skip and still succeed


class HttpSettings(_Strict):
    per_host_interval: Duration = timedelta(seconds=1)
    courtlistener_interval: Duration = timedelta(seconds=COURTLISTENER_INTERVAL)  # its API allows 5,000 an hour
    connect_timeout: Period = timedelta(seconds=10)
    read_timeout: Period = timedelta(seconds=30)
    total_timeout: Period = timedelta(seconds=120)  # for the whole of one attempt, however slowly a server answers
    attempts: WholeNumber = Field(default=3, ge=1, le=10)


class WorkerSettings(_Strict):
    # polls under way at once in `run` (each waits on its court most of the time): 32 keeps 10,000 sources on a
    # 15-minute schedule with courts that take 1 s to answer (bench/capacity.py)
    poll_threads: WholeNumber = Field(default=32, ge=1, le=256)


class SlackSettings(_Strict):
    ops_channel: str | None = None
    post_interval: Duration = timedelta(seconds=1)  # between two posts to one channel


def _by_kind(value: Any) -> SourceConfig:
    """A source's settings validated against its kind's model (`SCRAPERS[kind].settings`, declared by the kind's
    module); a ValidationError raised here reaches the config's with the source's location in front."""
    if isinstance(value, SourceConfig):
        return value
    if not isinstance(value, dict):
        raise PydanticCustomError("source_type", "should be a mapping of the source's settings (id:, kind:, url: ...)")
    kind = value.get("kind")
    if not isinstance(kind, str) or kind not in SCRAPERS:
        error = PydanticCustomError("unknown_kind", 'unknown source kind "{kind}"{hint} (available: {available})',
                                    {"kind": kind, "hint": did_you_mean(str(kind).replace("-", "_"), SCRAPERS),
                                     "available": ", ".join(sorted(SCRAPERS))})
        detail = InitErrorDetails(type="missing" if kind is None else error, loc=("kind",), input=value)
        raise ValidationError.from_exception_data("source", [detail, *_common_setting_errors(value)])
    return SCRAPERS[kind].settings.model_validate(value)


def _common_setting_errors(value: dict[str, Any]) -> list[InitErrorDetails]:
    """The errors of the settings every kind takes (`SourceConfig`: id, url, every, active_hours, ...) in a source whose
    kind is unknown, so that one load names them all; settings of other kinds are not judged without a kind."""
    try:
        SourceConfig.model_validate({**value, "kind": "unknown"})
    except ValidationError as exc:
        return [
            InitErrorDetails(type=error["type"], loc=error["loc"], input=error["input"], ctx=error.get("ctx", {}))
            for error in exc.errors()
            if error["type"] != "extra_forbidden" and error["loc"] != ("kind",)
        ]
    return []


# A source, as code reading a config sees it: SourceConfig, validated (and dumped) as its kind's model.
SourceByKind = Annotated[SerializeAsAny[SourceConfig], PlainValidator(_by_kind)]
_SOURCE: TypeAdapter[SourceConfig] = TypeAdapter(SourceByKind)


def read_source(fields: Mapping[str, Any]) -> SourceConfig:
    """One source's settings (as under `sources:`) validated against its kind's model; raises ConfigError
    with a line `field: problem` for each problem, pydantic's and the kind's own (`problems()`)."""
    try:
        source = _SOURCE.validate_python(dict(fields))
    except ValidationError as exc:
        problems = [(tuple(error["loc"]), describe_error(error, fields.get("kind"))) for error in exc.errors()]
        raise ConfigError("\n".join(f"{_format_loc(loc)}: {problem}" for loc, problem in problems)) from None
    if source.problems():
        raise ConfigError("\n".join(f"{field}: {problem}" for field, problem in source.problems()))
    return source


class Subscription(_Strict):
    """Which entries go where. `channel: "#rust-case"` is a Slack channel (the console's without a token);
    `target: "apprise:<URL>"` names its notifier (notifiers/targets.py). Either way `channel` ends up as the
    destination the outbox names (bot/core/destinations.py): for an Apprise URL, `apprise:` and its digest."""

    channel: str = Field(default="", min_length=1)
    target: str | None = None
    sources: list[str] = ["*"]
    cases: list[str] = []  # docket numbers
    case: str | None = None  # a case key, as sources give it (`case: rust-baldwin`)
    events: list[str] = list(DEFAULT_SUBSCRIBED_EVENTS)
    follow_matches: bool = False  # follow every case a watch of the sources matched, from then on (bot/pipeline/watch.py)
    started_by: str | None = None  # a follow that follow_matches made: what the watch matched ("party: Baldwin, ...")
    digest: DigestSchedule | None = None  # `daily 08:00`, `weekly mon 08:00`: config's clock (bot/core/digest.py)
    live: bool = True  # false: no post per filing, the digest only
    preview: bool = True  # a picture of a free copy's first page follows a post (bot/delivery/free_copies.py)

    @field_validator("digest", mode="before")
    @classmethod
    def _digest_schedule(cls, value: object) -> DigestSchedule | None:
        return value if value is None or isinstance(value, DigestSchedule) else DigestSchedule.parse(value)

    @field_validator("live")
    @classmethod
    def _live_or_digest(cls, live: bool, info: ValidationInfo) -> bool:
        if not live and "digest" in info.data and info.data["digest"] is None:
            raise ValueError('false needs a digest (digest: "daily 08:00"): else nothing would be posted')
        return live

    @field_validator("target")
    @classmethod
    def _target_usable(cls, target: str | None) -> str | None:
        if target is not None:
            destination(target)  # ValueError in words for an unknown notifier or an unusable address
        return target

    @model_validator(mode="after")
    def _one_destination(self) -> Subscription:
        """`channel` or `target`, not both; `channel` becomes the target's destination."""
        if self.target is None:
            if not self.channel:
                raise ValueError('give a channel ("#rust-case") or a target ("apprise:json://host/path")')
            return self
        if self.channel and self.channel != destination(self.target):
            raise ValueError("give a channel or a target, not both")
        object.__setattr__(self, "channel", destination(self.target))  # frozen: set once, while being built
        return self

    @field_validator("sources", "events", mode="before")
    @classmethod
    def _not_empty(cls, value: object) -> object:
        """`sources: []` or `events: []` would follow nothing: refused rather than kept as a subscription that
        never posts."""
        if value == []:
            raise ValueError("an empty list: this subscription would post nothing; leave the key out for the default")
        return value

    @field_validator("events")
    @classmethod
    def _events_known(cls, events: list[str]) -> list[str]:
        if events == ["all"]:  # as in Slack's /docket follow
            return list(SUBSCRIBABLE_EVENTS)
        unknown = [event for event in events if event not in SUBSCRIBABLE_EVENTS]
        if unknown:
            named = ", ".join(as_written(event) + did_you_mean(event, SUBSCRIBABLE_EVENTS) for event in unknown)
            raise ValueError(f"unknown event type{'s' if len(unknown) > 1 else ''} {named} "
                             f"(known: {', '.join(SUBSCRIBABLE_EVENTS)}, or [all])")
        return events

    def wants(self, entry: Entry, events: tuple[str, ...] | list[str]) -> bool:
        """Whether this entry, carrying these events, goes to this channel (as a post, or in its digest): all of the
        tests below."""
        return (self.follows_source(entry) and self.follows_docket(entry) and self.follows_case(entry)
                and self.matched(entry) and self.wants_events(events))

    def follows_source(self, entry: Entry) -> bool:
        return "*" in self.sources or entry.source_id in self.sources

    def follows_docket(self, entry: Entry) -> bool:
        """Whether the entry is of one of its `cases` (docket numbers), when it names any."""
        return not self.cases or any(same_docket(case, entry.case_number) for case in self.cases)

    def follows_case(self, entry: Entry) -> bool:
        """Whether the entry is of its `case` (a case key), when it names one."""
        return self.case is None or self.case.lower() == entry.case_key.lower()

    def matched(self, entry: Entry) -> bool:
        """A watched source's entry: whether it matched the watch, or this subscription names cases."""
        return entry.relevant or bool(self.cases)

    def wants_events(self, events: tuple[str, ...] | list[str]) -> bool:
        return any(e in self.events for e in events)


class Config(_Strict):
    timezone: str = "UTC"
    defaults: Defaults = Defaults()
    slack: SlackSettings = SlackSettings()
    http: HttpSettings = HttpSettings()
    worker: WorkerSettings = WorkerSettings()
    sources: list[SourceByKind] = []
    subscriptions: list[Subscription] = []

    @field_validator("defaults", "slack", "http", "worker", "subscriptions", mode="before")
    @classmethod
    def _empty_section_is_left_out(cls, value: object, info: ValidationInfo) -> object:
        """A section with nothing under it (`worker:` with only a comment: YAML's null) is the section's defaults,
        as if it were left out."""
        return cls.model_fields[str(info.field_name)].get_default() if value is None else value

    @field_validator("timezone")
    @classmethod
    def _timezone_known(cls, name: str) -> str:
        return known_zone(name)

    @model_validator(mode="after")
    def _source_clocks(self) -> Config:
        """Sources whose kind takes a `timezone` and that give none take the config's."""
        sources = [
            source.model_copy(update={"timezone": self.timezone})
            if "timezone" in type(source).model_fields and getattr(source, "timezone") is None
            else source
            for source in self.sources
        ]
        object.__setattr__(self, "sources", sources)  # frozen: set once, while the config is being built
        return self

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def odyssey_clocks(self) -> dict[str, str]:
        """The zone's name each odyssey source dates its entries on (scrapers/odyssey.py `OdysseySettings.clock`),
        by source id: what the store's revision 0022 needs of the config (bot/store/migrate.py)."""
        odyssey = [source for source in self.sources if source.kind == "odyssey"]
        if not odyssey:
            return {}
        from scrapers.odyssey import OdysseySettings  # (imported already: the config read these sources with it)

        return {source.id: source.clock.key for source in odyssey if isinstance(source, OdysseySettings)}

    @property
    def apprise_urls(self) -> dict[str, str]:
        """destination -> Apprise URL, for the subscriptions whose target is an Apprise URL."""
        return {s.channel: s.target.partition(":")[2] for s in self.subscriptions
                if s.target and s.target.startswith(f"{APPRISE}:")}

    def source(self, source_id: str) -> SourceConfig:
        return next(source for source in self.sources if source.id == source_id)

    def every(self, source: SourceConfig) -> timedelta:
        return source.every or self.defaults.every

    def jitter(self, source: SourceConfig) -> timedelta:
        return source.jitter if source.jitter is not None else self.defaults.jitter

    def active_hours(self, source: SourceConfig) -> tuple[time, time] | None:
        return source.active_hours or self.defaults.active_hours

    def alert_after(self, source: SourceConfig) -> int:
        return source.alert_after or self.defaults.alert_after

    def max_skipped(self, source: SourceConfig) -> float:
        """The share of a poll's items (0 to 1) that the source may skip before the poll counts as failed: the
        source's own `max_skipped`, else its kind's tolerance (`Scraper.max_skipped`), else the default."""
        if source.max_skipped is not None:
            return source.max_skipped
        kind_tolerance = SCRAPERS[source.kind].max_skipped
        return self.defaults.max_skipped if kind_tolerance is None else kind_tolerance

    def stale_after(self, source: SourceConfig) -> timedelta:
        """How long without a successful poll before ops hear of it: by default four periods, at least an hour."""
        given = source.stale_after or self.defaults.stale_after
        if given:
            return given
        period = timedelta(days=1) if source.cron else self.every(source)
        return max(4 * period, timedelta(hours=1))


def _other_source_problems(sources: object, errors: list[ErrorDetails]) -> list[tuple[tuple[Any, ...], str]]:
    """In a config pydantic refused: the kinds' own problems (`problems()`) of each source, its settings that
    pydantic refused left out (and the problems of those), so that one run names every problem of every source."""
    problems: list[tuple[tuple[Any, ...], str]] = []
    for index, fields in enumerate(sources if isinstance(sources, list) else []):
        refused = {error["loc"][2] for error in errors
                   if error["loc"][:2] == ("sources", index) and len(error["loc"]) > 2}
        if not isinstance(fields, dict):
            continue
        try:
            source = _SOURCE.validate_python({key: value for key, value in fields.items() if key not in refused})
        except ValidationError:
            continue
        problems += [(("sources", index, field), message) for field, message in source.problems()
                     if field not in refused]
    return problems


def _has_terms(source: SourceConfig) -> bool:
    """Whether the source gives parties or keywords to match (a watch, or a news source's subject)."""
    return any(getattr(source, name, None) for name in ("parties", "keywords"))


class _Checked(NamedTuple):
    """What the cross-checks read of a config, each item with its index in its section: the sources and
    subscriptions valid by themselves, each source's id as given (refused sources' too), and whether every source
    is valid (else the checks that ask what all the sources give are not made: a refused source may give it)."""

    sources: list[tuple[int, SourceConfig]]
    ids: list[tuple[int, str]]
    subscriptions: list[tuple[int, Subscription]]
    every_source: bool


def _checked_of(config: Config) -> _Checked:
    return _Checked(list(enumerate(config.sources)), [(index, s.id) for index, s in enumerate(config.sources)],
                    list(enumerate(config.subscriptions)), True)


def _checked_of_refused(data: dict[str, Any], errors: list[ErrorDetails]) -> _Checked:
    """In a config pydantic refused, the sources valid by themselves and the subscriptions valid once their refused
    settings are left out (a subscription whose `events:` has a typo still names its sources), so that the
    cross-checks are made of them in the same run."""
    sources: list[tuple[int, SourceConfig]] = []
    ids: list[tuple[int, str]] = []
    given = data.get("sources")
    for index, fields in enumerate(given if isinstance(given, list) else []):
        if isinstance(fields, dict) and isinstance(fields.get("id"), str):
            ids.append((index, fields["id"]))
        try:
            sources.append((index, _SOURCE.validate_python(fields)))
        except ValidationError:
            continue
    subscriptions: list[tuple[int, Subscription]] = []
    wanted = data.get("subscriptions")
    for index, fields in enumerate(wanted if isinstance(wanted, list) else []):
        if not isinstance(fields, dict):
            continue
        refused = {error["loc"][2] for error in errors
                   if error["loc"][:2] == ("subscriptions", index) and len(error["loc"]) > 2}
        try:
            subscriptions.append((index, Subscription.model_validate(
                {key: value for key, value in fields.items() if key not in refused})))
        except ValidationError:
            continue
    every_source = isinstance(given, list) and len(sources) == len(given)
    return _Checked(sources, ids, subscriptions, every_source)


def _cross_checks(checked: _Checked) -> list[tuple[tuple, str]]:
    """Errors pydantic cannot see field by field: duplicate ids, subscriptions naming unknown sources or case keys
    no source gives; and a subscription's `cases:` that cannot be docket numbers (checked here, not by the model,
    which also holds the subscriptions made in Slack)."""
    problems: list[tuple[tuple, str]] = []
    seen: set[str] = set()
    for index, source_id in checked.ids:
        if source_id in seen:
            problems.append((("sources", index, "id"), f'"{source_id}" is used by another source already'))
        seen.add(source_id)
    sources = [source for _, source in checked.sources]
    for index, subscription in checked.subscriptions:
        if subscription.target is None and ":" in subscription.channel:
            problems.append((("subscriptions", index, "channel"), f"{as_written(subscription.channel)} is Slack's: "
                             'for another notifier give target: ("apprise:json://host/path")'))
        elif subscription.target is None:
            try:
                destination(f"slack:{subscription.channel}")  # a name with a space in it
            except ValueError as exc:
                problems.append((("subscriptions", index, "channel"), str(exc)))
        if checked.every_source and subscription.follow_matches and not any(
            _has_terms(source) and ("*" in subscription.sources or source.id in subscription.sources)
            for source in sources
        ):
            problems.append((("subscriptions", index, "follow_matches"),
                             "none of its sources has parties or keywords to match, so it would follow nothing"))
        for position, source_id in enumerate(subscription.sources):
            if source_id != "*" and source_id not in seen:
                problems.append((("subscriptions", index, "sources", position),
                                 f'"{source_id}" is not the id of any source{did_you_mean(source_id, seen)}'))
        problems += [(("subscriptions", index, "cases", position), problem)
                     for position, case in enumerate(subscription.cases)
                     if (problem := docket_number_problem(case))]
        if checked.every_source and subscription.case is not None \
                and (problem := _case_key_problem(sources, subscription)):
            problems.append((("subscriptions", index, "case"), problem))
    return problems


def _repeated_subscriptions(checked: _Checked, node: yaml.Node | None) -> list[tuple[tuple, str]]:
    """Warnings, each (path, message), of the subscriptions that send their destination nothing another sends it too
    (a destination gets one post per entry, so nothing is posted twice: the config is still used): the later of two
    that send the same, and one whose every post another makes; each names the other by its line. Two that differ in
    what they send (other events, sources or cases, a digest) are neither."""
    watched = {source.id for _, source in checked.sources if _has_terms(source)}
    by_channel: dict[str, list[tuple[int, Subscription]]] = {}
    for index, subscription in checked.subscriptions:
        by_channel.setdefault(subscription.channel, []).append((index, subscription))
    warnings: list[tuple[tuple, str]] = []
    lines: dict[tuple, int] = {}
    for channel, subscriptions in by_channel.items():
        for index, narrow in subscriptions:
            wider = next(((other, wide) for other, wide in subscriptions if other != index
                          and _covers(wide, narrow, watched) and (other < index or not _covers(narrow, wide, watched))),
                         None)
            if wider is None:
                continue
            lines = lines or (_line_map(node) if node is not None else {})
            other = f"subscriptions[{wider[0]}] (line {_line_of(('subscriptions', wider[0]), lines)})"
            if _covers(narrow, wider[1], watched):
                warnings.append((("subscriptions", index), f"is the same as {other}: both send {channel} the same "
                               "entries, and a destination gets one post per entry; remove one"))
            else:
                warnings.append((("subscriptions", index), f"adds nothing: {other} sends {channel} every entry this "
                                 "one wants, and a destination gets one post per entry; remove it, or narrow the other"))
    return warnings


def _covers(wide: Subscription, narrow: Subscription, watched: Collection[str]) -> bool:
    """Whether `wide` sends `narrow`'s destination every entry `narrow` wants, alike (the same digest, live, preview
    and follow_matches): its sources, dockets, case key and events include `narrow`'s, and `narrow` gets no entry of a
    watched source (`watched`: the ids of those with parties or keywords) by naming dockets that `wide` does not
    name (Subscription.matched)."""
    if (wide.channel, wide.digest, wide.live, wide.preview, wide.follow_matches) != \
            (narrow.channel, narrow.digest, narrow.live, narrow.preview, narrow.follow_matches):
        return False
    sources = "*" in wide.sources or ("*" not in narrow.sources and set(narrow.sources) <= set(wide.sources))
    dockets = not wide.cases or (bool(narrow.cases) and all(
        any(same_docket(case, given) for given in wide.cases) for case in narrow.cases))
    case_key = wide.case is None or (narrow.case is not None and narrow.case.lower() == wide.case.lower())
    unmatched = bool(wide.cases) or not narrow.cases or not any(
        "*" in narrow.sources or source_id in narrow.sources for source_id in watched)
    return sources and dockets and case_key and unmatched and set(narrow.events) <= set(wide.events)


def _hasty_sources(config: Config) -> list[tuple[tuple, str]]:
    """(path, warning) for each `every` that polls a site more often than POLITE_EVERY: a source's own, or
    `defaults.every` (one warning naming the sources that take it). Cron sources (at most once a minute) and sources
    on this machine (localhost: tests, benchmarks) are left alone."""
    hasty: dict[tuple[tuple, timedelta], list[str]] = {}  # (path, period) -> the sources polled that often
    for index, source in enumerate(config.sources):
        every = config.every(source)
        if source.cron is None and every < POLITE_EVERY and not _on_this_machine(source.url):
            loc = ("sources", index, "every") if source.every else ("defaults", "every")
            hasty.setdefault((loc, every), []).append(source.id)
    return [(loc, f"polls {', '.join(ids)} every {format_duration(every)}; court and news sites may block a bot that "
                  f"polls more often than once a minute: give {format_duration(POLITE_EVERY)} or more")
            for (loc, every), ids in hasty.items()]


def _on_this_machine(url: str) -> bool:
    """Whether the URL's host is this machine (localhost, 127.0.0.1, ::1)."""
    host = urlsplit(url).hostname or ""
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _case_key_problem(sources: list[SourceConfig], subscription: Subscription) -> str | None:
    """Why the subscription's `case:` would match nothing: entries carry a case key only from their source's
    `case:` (bot/pipeline/run.py), so the key must be one that a source it follows gives. None when it is."""
    wanted = str(subscription.case).lower()
    keys = sorted({source.case for source in sources if source.case})
    if any(source.case and source.case.lower() == wanted
           and ("*" in subscription.sources or source.id in subscription.sources) for source in sources):
        return None
    elsewhere = sorted(source.id for source in sources if source.case and source.case.lower() == wanted)
    if elsewhere:
        return (f'{as_written(subscription.case)} is the case key of {", ".join(elsewhere)}, which this '
                "subscription does not follow: add it to its sources:")
    near = did_you_mean(subscription.case, keys)
    known = f" (the sources give {', '.join(keys)})" if keys and not near else ""
    return (f"{as_written(subscription.case)} is the case key of no source{near}{known}: a source gives its entries "
            "a case key with case:, and the subscription's case: picks them")


def _line_map(node: yaml.Node, path: tuple = (), lines: dict | None = None) -> dict[tuple, int]:
    """Maps each path in the YAML document (('sources', 2, 'every')) to its 1-based line."""
    lines = {} if lines is None else lines
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            _line_map(value_node, path + (key_node.value,), lines)
            lines[path + (key_node.value,)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _line_map(item, path + (index,), lines)
    return lines


def _duplicate_keys(node: yaml.Node | None, path: tuple = ()) -> list[tuple[tuple, str]]:
    """(path, problem) for each key given twice in one mapping, naming both lines (YAML keeps the last)."""
    problems: list[tuple[tuple, str]] = []
    if isinstance(node, yaml.MappingNode):
        first: dict[object, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if key_node.value in first:
                problems.append((path + (key_node.value,),
                                 f"given twice, at lines {first[key_node.value]} and {line}; keep one"))
            else:
                first[key_node.value] = line
            problems += _duplicate_keys(value_node, path + (key_node.value,))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            problems += _duplicate_keys(item, path + (index,))
    return problems


# Settings that name a Slack channel: given as `ops_channel: #docket-ops`, YAML reads the name as a comment.
_CHANNEL_SETTINGS = ("channel", "ops_channel")


def _channels_read_as_comments(node: yaml.Node | None, text: str, path: tuple = ()) -> list[tuple[tuple, str]]:
    """(path, problem) for each channel setting left empty because its `#name` was not quoted, so that YAML read
    it as a comment (an empty `ops_channel` would silently mean no ops channel)."""
    problems: list[tuple[tuple, str]] = []
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value in _CHANNEL_SETTINGS and value_node.tag == "tag:yaml.org,2002:null" \
                    and not value_node.value:
                after_key = text.splitlines()[key_node.end_mark.line][key_node.end_mark.column:]
                comment = re.match(r"\s*:\s+(#\S+)", after_key)
                if comment:
                    problems.append((path + (key_node.value,), f"is empty: YAML reads {comment[1]} as a comment; "
                                     f'write it in quotes ({key_node.value}: "{comment[1]}")'))
            problems += _channels_read_as_comments(value_node, text, path + (key_node.value,))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            problems += _channels_read_as_comments(item, text, path + (index,))
    return problems


def _format_loc(loc: tuple) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _line_of(loc: tuple, lines: dict[tuple, int]) -> int:
    while loc not in lines and loc:
        loc = loc[:-1]
    return lines.get(loc, 1)


# pydantic's error types, said in words a config's author reads ({input} and pydantic's ctx filled in)
def _kind_at(data: dict[str, Any], loc: tuple[int | str, ...]) -> str | None:
    """The kind of the source an error at `loc` is in (sources.2.url: the third source's); None outside one."""
    sources = data.get("sources")
    if len(loc) < 3 or loc[0] != "sources" or not isinstance(loc[1], int) or not isinstance(sources, list):
        return None
    kind = sources[loc[1]].get("kind") if isinstance(sources[loc[1]], dict) else None
    return kind if isinstance(kind, str) and kind in SCRAPERS else None


_WORDING = {
    "extra_forbidden": "is not a known setting (check the spelling)",
    "missing": "is required",
    "list_type": "{input} is not a list: write [a, b], or each item on a line of its own after -",
    "dict_type": "{input} is not a mapping: write key: value lines under it",
    "model_type": "{input} is not a mapping: write key: value lines under it",
    "string_type": "{input} is not text",
    "string_too_short": "may not be empty",
    "int_parsing": "{input} is not a whole number",
    "int_type": "{input} is not a whole number",
    "int_from_float": "{input} is not a whole number",
    "float_parsing": "{input} is not a number",
    "float_type": "{input} is not a number",
    "not_a_number": "{input} is not a number (YAML reads yes, no, on and off as true or false)",
    "bool_parsing": "{input} is not true or false",
    "bool_type": "{input} is not true or false",
    "greater_than_equal": "{input} is too small: give {ge} or more",
    "greater_than": "{input} is too small: give more than {gt}",
    "less_than_equal": "{input} is too large: give {le} or less",
    "less_than": "{input} is too large: give less than {lt}",
}


def describe_error(error: ErrorDetails, kind: object = None) -> str:
    """One pydantic validation error in words, without pydantic's phrasing (`String should match pattern`);
    `kind` is that of the source the error is in, if it is in one: a setting of another kind given to it "is not
    a setting of kind X", one it lacks "is required for kind X"."""
    context = error.get("ctx") or {}
    name = error["loc"][-1] if error["loc"] else None
    if error["type"] == "string_pattern_mismatch" and context.get("pattern") == ID_PATTERN:
        return f"{as_written(error['input'])}: an id may hold only letters, digits, - and _"
    if isinstance(kind, str) and kind in SCRAPERS and name != "kind":
        said = _said_of_kind(error["type"], str(name), SCRAPERS[str(kind)].settings)
        if said:
            return said
    given = error.get("input")
    if given is None and error["type"] != "missing":  # `url:` with nothing after it, or a `-` with nothing
        return "is an empty item: remove its - or fill it in" if isinstance(name, int) else "is empty: give a value"
    wording = _WORDING.get(error["type"])
    if error["type"] == "extra_forbidden":
        if home := _sections_of(str(name)):
            return f"is not a setting here: it goes under {' or '.join(f'{section}:' for section in home)}"
        known = _setting_names(SCRAPERS[kind].settings if isinstance(kind, str) and kind in SCRAPERS else None)
        if near := did_you_mean(name, known, most=2):
            return "is not a known setting" + near
    if wording is None:
        return error["msg"].removeprefix("Value error, ")
    said = wording.format(input=as_written(given), **{key: as_written(value) for key, value in context.items()})
    if error["type"] == "string_type" and not isinstance(given, list | dict):  # `id: 12`, `channel: yes`
        said += ": write it in quotes"
    return said


@cache
def _setting_names(source_kind: type[SourceConfig] | None = None) -> tuple[str, ...]:
    """The setting names a "did you mean" may offer: a source's of its kind, else every name the config knows, in
    any section or kind of source."""
    names: set[str] = set()
    models: list[type[BaseModel]] = (
        [source_kind] if source_kind else [Config, *(scraper.settings for scraper in SCRAPERS.values())]
    )
    seen: set[type[BaseModel]] = set()
    while models:
        model = models.pop()
        seen.add(model)
        for field_name, field in model.model_fields.items():
            names.add(field.alias or field_name)
            models += [inner for inner in _models_within(field.annotation) if inner not in seen]
    return tuple(sorted(names))


def _sections_of(name: str) -> list[str]:
    """The top-level sections (http, slack, worker, defaults, ...) that have a setting `name`: `post_interval` given
    under `http:` is told it goes under `slack:`."""
    return [
        section for section, field in Config.model_fields.items()
        if any(name in model.model_fields for model in _models_within(field.annotation))
    ]


def _models_within(annotation: object) -> list[type[BaseModel]]:
    """The pydantic models an annotation names, however nested: list[Subscription] | None -> [Subscription]."""
    if isinstance(annotation, type) and not get_args(annotation) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in get_args(annotation) for model in _models_within(arg)]


def _said_of_kind(error_type: str, name: str, model: type[SourceConfig]) -> str | None:
    """The words for a setting a source of this kind must not give, or must; None for other errors."""
    if error_type == "extra_forbidden" and any(name in scraper.settings.model_fields for scraper in SCRAPERS.values()):
        hint = model.misplaced.get(name)
        return f"is not a setting of kind {model.kind_name()}" + (f" ({hint})" if hint else "")
    if error_type == "missing":
        return f"is required for kind {model.kind_name()}"
    return None


def load_config(path: str | Path) -> Config:
    """Reads and validates the config file; raises ConfigError naming the line and field of each problem: all of
    them at once (keys given twice, pydantic's errors, each kind's own, and the checks across sources and
    subscriptions, made of those valid by themselves), except where the file is not YAML (the first place it
    breaks off). A config it returns may still log warnings, located as its errors are: `every` under POLITE_EVERY,
    a subscription whose every post another makes; from then on the log's times are on its `timezone`."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ConfigError(
            f"{path}:{line} is not UTF-8 (byte 0x{raw[exc.start]:02x}): save the file as UTF-8"
        ) from None
    try:
        node, data = _read_yaml(text)
    except yaml.YAMLError as exc:
        raise ConfigError(_yaml_problem(path, text, exc)) from None
    if data is None or (isinstance(data, dict) and not data.get("sources")):
        raise ConfigError(
            f"{path}:1 sources: the config lists no source to watch. Add one, e.g.\n"
            "sources:\n  - id: nmd\n    kind: pacer_rss\n    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl\n"
            "(config/sources.yaml in the docketbot repository is a complete example; README.md, Configuration)"
        )
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1 the config must be a mapping with sources: and subscriptions:")
    commented = _channels_read_as_comments(node, text)
    said = {loc for loc, _ in commented}  # a channel read as a comment is not also "empty"
    problems = _duplicate_keys(node) + commented
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        problems += [(loc, describe_error(error, _kind_at(data, loc)))
                     for error in exc.errors() if (loc := tuple(error["loc"])) not in said]
        problems += _other_source_problems(data.get("sources"), exc.errors())
        refused = _checked_of_refused(data, exc.errors())
        problems += _cross_checks(refused)
        raise _located_error(path, node, problems) from None
    problems += [(("sources", index, field), message)
                 for index, source in enumerate(config.sources) for field, message in source.problems()]
    checked = _checked_of(config)
    problems += _cross_checks(checked)
    if problems:
        raise _located_error(path, node, problems)
    use_clock(config.tz)  # its warnings, and the log after them, on the clock of the bot's messages
    for warning in _located(path, node, _hasty_sources(config) + _repeated_subscriptions(checked, node)):
        log.warning("%s", warning)
    return config


# libyaml's reader (C) when PyYAML was built with it, as it is in its wheels: pure Python's is about 20x slower
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml_problem(path: Path, text: str, exc: yaml.YAMLError) -> str:
    """The line saying where and why `text` is not YAML: `config.yaml:4 is not valid YAML: ...`, with what the
    commonest of the reader's complaints usually mean (_YAML_HINTS); where the reader stopped at a TAB in a line's
    indentation, that YAML does not allow it (the reader itself may say only "found character that cannot start any
    token")."""
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return f"{path} is not valid YAML: {getattr(exc, 'problem', exc)}"
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    if "\t" in line[:len(line) - len(line.lstrip(" \t"))] or "tab" in str(getattr(exc, "problem", "")):
        return (f"{path}:{mark.line + 1} is not valid YAML: YAML does not allow tabs for indentation "
                f"(line {mark.line + 1}): use spaces")
    problem = getattr(exc, "problem", exc)
    hint = _YAML_HINTS.get(str(problem), "")
    return f"{path}:{mark.line + 1} is not valid YAML: {problem}{hint}"


# What the reader's words most often mean in a hand-edited config, said in a user's words.
_YAML_HINTS = {
    "mapping values are not allowed in this context": (
        " (a line indented unlike the lines around it, or a value holding ': ' that needs quotes)"
    ),
    "could not find expected ':'": " (a setting without its ':', or a line indented unlike the lines around it)",
    "did not find expected key": " (a line indented unlike the lines around it, or an unclosed quote or bracket)",
    "found unexpected end of stream": " (a quote or bracket opened above and never closed)",
}


def _read_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """The document's node tree (each node knows its line) and its data, from one reading of `text`.

    Raises yaml.YAMLError where `text` is not YAML.
    """
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def _located_error(path: str | Path, node: yaml.Node | None, problems: list[tuple[tuple, str]]) -> ConfigError:
    """One ConfigError listing the problems in file order (_located)."""
    return ConfigError("\n".join(_located(path, node, problems)))


def _located(path: str | Path, node: yaml.Node | None, said: list[tuple[tuple, str]]) -> list[str]:
    """Problems or warnings, (path in the document, message), in file order, each as `path:line field: message`
    (the lines from the document's node tree, mapped only when there is something to say)."""
    if not said:
        return []
    lines = _line_map(node) if node is not None else {}
    located = sorted(((_line_of(loc, lines), _format_loc(loc), message) for loc, message in said))
    return [f"{path}:{line} {field}: {message}" for line, field, message in located]
