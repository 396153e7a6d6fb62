"""The config file: YAML validated with pydantic; every error names the file, line and field."""

from __future__ import annotations

import hashlib
import re
from datetime import time, timedelta
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import ErrorDetails

from bot.core.dockets import same_docket
from bot.core.durations import parse_duration, parse_hour_window, parse_positive_duration
from bot.core.entry import Entry
from bot.core.events import DEFAULT_SUBSCRIBED_EVENTS, SUBSCRIBABLE_EVENTS

Duration = Annotated[timedelta, BeforeValidator(parse_duration)]  # zero allowed (no jitter, no pacing)
Period = Annotated[timedelta, BeforeValidator(parse_positive_duration)]  # periods and timeouts: more than zero
HourWindow = Annotated[tuple[time, time], BeforeValidator(parse_hour_window)]


def _known_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f'"{name}" is not a time zone name like America/Denver') from None
    return name


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file, line and field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Defaults(_Strict):
    every: Period = timedelta(minutes=15)
    jitter: Duration = timedelta(0)
    active_hours: HourWindow | None = None
    alert_after: int = Field(default=3, ge=1)
    stale_after: Period | None = None
    max_skipped: float = Field(default=0.1, ge=0, le=1)  # share of a poll's items it may skip and still succeed


class HttpSettings(_Strict):
    per_host_interval: Duration = timedelta(seconds=1)
    connect_timeout: Period = timedelta(seconds=10)
    read_timeout: Period = timedelta(seconds=30)
    attempts: int = Field(default=3, ge=1, le=10)


class SlackSettings(_Strict):
    ops_channel: str | None = None
    post_interval: Duration = timedelta(seconds=1)  # between two posts to one channel


# Settings that only some source kinds take; each kind's scraper class says which (`Scraper.settings`).
KIND_SETTINGS = ("preset", "selectors", "date_format", "timezone", "case_name", "court", "dockets", "query", "courts")


ID_PATTERN = r"^[A-Za-z0-9_-]+$"  # source ids and case keys

# Settings that say when a source is polled and when ops hear of it, not what a poll reads.
WHEN_SETTINGS = ("every", "cron", "jitter", "active_hours", "alert_after", "stale_after")


class SourceConfig(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    kind: str
    url: str | None = None
    cases: list[str] = []
    every: Period | None = None
    cron: str | None = None
    jitter: Duration | None = None
    active_hours: HourWindow | None = None
    alert_after: int | None = Field(default=None, ge=1)
    stale_after: Period | None = None
    max_skipped: float | None = Field(default=None, ge=0, le=1)
    backfill: int = Field(default=0, ge=0)
    case: str | None = Field(default=None, pattern=ID_PATTERN)  # every entry belongs to this case
    preset: str | None = None
    selectors: dict[str, str] = {}
    date_format: str | None = None
    timezone: str | None = None  # the clock of the source's dates when they name no zone; the config's by default
    case_name: str | None = Field(default=None, min_length=1)  # for a docket page that does not name its case
    court: str | None = Field(default=None, min_length=1)  # a court id of bot/core/courts.tsv, or its name; pacer_rss: the court whose feed to read
    dockets: list[int] = []
    query: str | None = Field(default=None, min_length=1)  # courtlistener: a search instead of docket ids
    courts: list[str] = []  # courtlistener: the court ids a search covers (all when none)
    keywords: list[str] = []  # news: what makes a story relevant; a docket source: a watch on entry texts
    exclude: list[str] = []
    parties: list[str] = []  # a docket source's watch on case names (bot/pipeline/watch.py)

    @field_validator("kind")
    @classmethod
    def _kind_is_available(cls, kind: str) -> str:
        from scrapers import SCRAPERS

        if kind in SCRAPERS:
            return kind
        raise ValueError(f'unknown source kind "{kind}" (available: {", ".join(sorted(SCRAPERS))})')

    @field_validator("url")
    @classmethod
    def _url_is_http(cls, url: str | None) -> str | None:
        if url is not None and not re.match(r"^https?://[^\s/]+", url):
            raise ValueError(f'"{url}" is not an http(s) URL')
        return url

    @field_validator("timezone")
    @classmethod
    def _source_timezone_known(cls, name: str | None) -> str | None:
        return name if name is None else _known_zone(name)

    @field_validator("cron")
    @classmethod
    def _cron_parses(cls, cron: str | None) -> str | None:
        if cron is not None:
            from bot.schedule.cron import cron_trigger

            try:
                cron_trigger(cron, "UTC")
            except ValueError as exc:
                raise ValueError(f'"{cron}" is not a 5-field cron expression ({exc})') from None
        return cron

    @model_validator(mode="after")
    def _one_schedule(self) -> SourceConfig:
        if self.every is not None and self.cron is not None:
            raise ValueError("give either every or cron, not both")
        return self

    @property
    def digest(self) -> str:
        """A short digest of the settings that decide what a poll reads (not when it runs): it changes when
        any of them does."""
        return hashlib.sha256(self.model_dump_json(exclude=set(WHEN_SETTINGS)).encode()).hexdigest()[:16]

    def changed_settings(self, other: SourceConfig) -> list[str]:
        """The names of the settings that decide what a poll reads in which `other` differs from this source."""
        return [name for name in type(self).model_fields
                if name not in WHEN_SETTINGS and getattr(self, name) != getattr(other, name)]

    def kind_problems(self) -> list[tuple[str, str]]:
        """(field, problem) pairs where this source's settings do not fit its kind."""
        from scrapers import SCRAPERS

        scraper = SCRAPERS[self.kind]
        problems = [
            (name, f"is not a setting of kind {self.kind}")
            for name in KIND_SETTINGS
            if name in self.model_fields_set and name not in scraper.settings
        ]
        if scraper.requires_url and self.url is None:
            problems.append(("url", f"is required for kind {self.kind}"))
        if scraper.stories and self.parties:
            problems.append(("parties", f"is not a setting of kind {self.kind} (a news source takes keywords)"))
        if not scraper.stories:  # a news kind checks its terms itself
            from scrapers.news import term_problems

            problems += term_problems(self)
        return problems + scraper.check(self)


class Subscription(_Strict):
    channel: str = Field(min_length=1)
    sources: list[str] = ["*"]
    cases: list[str] = []  # docket numbers
    case: str | None = None  # a case key, as sources give it (`case: rust-baldwin`)
    events: list[str] = list(DEFAULT_SUBSCRIBED_EVENTS)
    follow_matches: bool = False  # follow every case a watch of the sources matched, from then on (bot/pipeline/watch.py)
    started_by: str | None = None  # a follow that follow_matches made: what the watch matched ("party: Baldwin, ...")

    @field_validator("events")
    @classmethod
    def _events_known(cls, events: list[str]) -> list[str]:
        if events == ["all"]:  # as in Slack's /docket follow
            return list(SUBSCRIBABLE_EVENTS)
        unknown = [event for event in events if event not in SUBSCRIBABLE_EVENTS]
        if unknown:
            raise ValueError(f"unknown event type {unknown[0]!r} (known: {', '.join(SUBSCRIBABLE_EVENTS)}, or [all])")
        return events

    def wants(self, entry: Entry, events: tuple[str, ...] | list[str]) -> bool:
        """Whether this entry, carrying these events, is posted to this channel."""
        follows_source = "*" in self.sources or entry.source_id in self.sources
        follows_docket = not self.cases or any(same_docket(case, entry.case_number) for case in self.cases)
        follows_case = self.case is None or self.case.lower() == entry.case_key.lower()
        matched = entry.relevant or bool(self.cases)  # a watch's source: what matched, or a case named here
        return follows_source and follows_docket and follows_case and matched and any(e in self.events for e in events)


class Config(_Strict):
    timezone: str = "UTC"
    defaults: Defaults = Defaults()
    slack: SlackSettings = SlackSettings()
    http: HttpSettings = HttpSettings()
    sources: list[SourceConfig] = []
    subscriptions: list[Subscription] = []

    @field_validator("timezone")
    @classmethod
    def _timezone_known(cls, name: str) -> str:
        return _known_zone(name)

    @model_validator(mode="after")
    def _source_clocks(self) -> Config:
        """Sources whose kind takes a `timezone` and that give none take the config's."""
        from scrapers import SCRAPERS

        sources = [
            source.model_copy(update={"timezone": self.timezone})
            if source.timezone is None and source.kind in SCRAPERS and "timezone" in SCRAPERS[source.kind].settings
            else source
            for source in self.sources
        ]
        object.__setattr__(self, "sources", sources)  # frozen: set once, while the config is being built
        return self

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

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
        from scrapers import SCRAPERS

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


def _cross_checks(config: Config) -> list[tuple[tuple, str]]:
    """Errors pydantic cannot see field by field: duplicate ids, subscriptions naming unknown sources."""
    problems: list[tuple[tuple, str]] = []
    seen: set[str] = set()
    for index, source in enumerate(config.sources):
        problems.extend((("sources", index, field), message) for field, message in source.kind_problems())
        if source.id in seen:
            problems.append((("sources", index, "id"), f'"{source.id}" is used by another source already'))
        seen.add(source.id)
    for index, subscription in enumerate(config.subscriptions):
        if subscription.follow_matches and not any(
            (source.parties or source.keywords) and ("*" in subscription.sources or source.id in subscription.sources)
            for source in config.sources
        ):
            problems.append((("subscriptions", index, "follow_matches"),
                             "none of its sources has parties or keywords to match, so it would follow nothing"))
        for position, source_id in enumerate(subscription.sources):
            if source_id != "*" and source_id not in seen:
                problems.append(
                    (("subscriptions", index, "sources", position), f'"{source_id}" is not the id of any source')
                )
    return problems


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


def _duplicate_keys(node: yaml.Node | None, path: tuple = ()) -> list[tuple[int, str]]:
    """(line, problem) for each key given twice in one mapping, naming both lines (YAML keeps the last)."""
    problems: list[tuple[int, str]] = []
    if isinstance(node, yaml.MappingNode):
        first: dict[object, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if key_node.value in first:
                problems.append((line, f"{_format_loc(path + (key_node.value,))}: given twice, at lines "
                                       f"{first[key_node.value]} and {line}; keep one"))
            else:
                first[key_node.value] = line
            problems += _duplicate_keys(value_node, path + (key_node.value,))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            problems += _duplicate_keys(item, path + (index,))
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
_WORDING = {
    "extra_forbidden": "is not a known setting (check the spelling)",
    "missing": "is required",
    "list_type": "{input!r} is not a list: write [a, b], or each item on a line of its own after -",
    "dict_type": "should be a mapping: key: value lines under it",
    "string_type": "should be text",
    "string_too_short": "may not be empty",
    "int_parsing": "{input!r} is not a whole number",
    "int_type": "{input!r} is not a whole number",
    "float_parsing": "{input!r} is not a number",
    "float_type": "{input!r} is not a number",
    "bool_parsing": "{input!r} is not true or false",
    "greater_than_equal": "{input} is too small: give {ge} or more",
    "greater_than": "{input} is too small: give more than {gt}",
    "less_than_equal": "{input} is too large: give {le} or less",
    "less_than": "{input} is too large: give less than {lt}",
}


def describe_error(error: ErrorDetails) -> str:
    """One pydantic validation error in words, without pydantic's phrasing (`String should match pattern`)."""
    context = error.get("ctx") or {}
    if error["type"] == "string_pattern_mismatch" and context.get("pattern") == ID_PATTERN:
        return f"{error['input']!r}: an id may hold only letters, digits, - and _"
    wording = _WORDING.get(error["type"])
    if wording is not None:
        return wording.format(input=error.get("input"), **context)
    return error["msg"].removeprefix("Value error, ")


def load_config(path: str | Path) -> Config:
    """Reads and validates the config file; raises ConfigError naming the line and field of the first problems."""
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
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ConfigError(f"{where} is not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if data is None or (isinstance(data, dict) and not data.get("sources")):
        raise ConfigError(
            f"{path}:1 sources: the config lists no source to watch. Add one, e.g.\n"
            "sources:\n  - id: nmd\n    kind: pacer_rss\n    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl\n"
            "(config/sources.yaml in the docketbot repository is a complete example; README.md, Configuration)"
        )
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1 the config must be a mapping with sources: and subscriptions:")
    duplicates = _duplicate_keys(node)
    if duplicates:
        raise ConfigError("\n".join(f"{path}:{line} {problem}" for line, problem in duplicates))
    lines = _line_map(node) if node is not None else {}
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        problems = [(tuple(error["loc"]), describe_error(error)) for error in exc.errors()]
        raise _located_error(path, lines, problems) from None
    problems = _cross_checks(config)
    if problems:
        raise _located_error(path, lines, problems)
    return config


def _located_error(path: str | Path, lines: dict[tuple, int], problems: list[tuple[tuple, str]]) -> ConfigError:
    """One ConfigError listing the problems in file order, each as `path:line field: message`."""
    located = sorted(((_line_of(loc, lines), _format_loc(loc), message) for loc, message in problems))
    return ConfigError("\n".join(f"{path}:{line} {field}: {message}" for line, field, message in located))
