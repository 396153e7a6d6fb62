"""A source's settings, as its entry under `sources:` in the config gives them: what every source takes
(`SourceConfig`), what docket sources add for a watch (`WatchSettings`) and news sources for relevance
(`NewsSettings`). Each kind's scraper module declares its own model on top of these, with its `kind` as a
`Literal`, a description for each setting and one example (`json_schema_extra={"examples": [...]}` in its
`model_config`); bot/config.py validates each source against its kind's model, and `python -m bot kinds` lists
them.

Every setting is validated here, field by field (pydantic); what needs several settings at once (a preset or
selectors, not both) is said by `problems()`, as (setting, problem) pairs the config places on their lines.
"""

from __future__ import annotations

import hashlib
import re
from datetime import time, timedelta
from functools import cache
from typing import Annotated, Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from bot.core.docket_forms import docket_number_problem
from bot.core.durations import parse_duration, parse_hour_window, parse_positive_duration
from bot.core.near_miss import did_you_mean
from scrapers.text import words

Duration = Annotated[timedelta, BeforeValidator(parse_duration)]  # zero allowed (no jitter, no pacing)
Period = Annotated[timedelta, BeforeValidator(parse_positive_duration)]  # periods and timeouts: more than zero
HourWindow = Annotated[tuple[time, time], BeforeValidator(parse_hour_window)]


def _not_true_or_false(value: object) -> object:
    """The value, unless it is true or false: pydantic would take true for 1 and false for 0, and YAML reads
    yes, no, on and off as those too. Raises the config's `not_a_number` error (bot/config.py words it)."""
    if isinstance(value, bool):
        raise PydanticCustomError("not_a_number", "true or false is not a number")
    return value


# Settings that count (whole numbers) or measure (numbers): true and false are refused, not read as 1 and 0.
WholeNumber = Annotated[int, BeforeValidator(_not_true_or_false)]
Number = Annotated[float, BeforeValidator(_not_true_or_false)]


def docket_number(value: str) -> str:
    """The value, if it can be a docket number of some court (bot/core/docket_forms.py); raises ValueError saying
    why not, with the number it holds where it holds one."""
    problem = docket_number_problem(value)
    if problem:
        raise ValueError(problem)
    return value


# A docket number as a config gives it under `cases:`: a typo, an address or a phrase is refused on its line.
CaseNumber = Annotated[str, AfterValidator(docket_number)]

ID_PATTERN = r"^[A-Za-z0-9_-]+$"  # source ids and case keys

# Settings that say when a source is polled and when ops hear of it, not what a poll reads.
WHEN_SETTINGS = frozenset({"every", "cron", "jitter", "active_hours", "alert_after", "stale_after", "paused"})


def known_zone(name: str) -> str:
    """The name, if it is an IANA time zone (`America/Denver`); raises ValueError saying what is wanted, and the
    zone meant where the name is a near miss of one (`America/New_Yrok`: America/New_York)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        near = did_you_mean(name, _zone_names())
        raise ValueError(f'"{name}" is not a time zone name like America/Denver{near}') from None
    return name


@cache
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


class SourceConfig(BaseModel):
    """The settings every source takes, whatever its kind. A kind's model subclasses this (or WatchSettings,
    NewsSettings), narrows `kind` to its name and adds its own settings."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Hints for a setting of other kinds given to this one: {"parties": "a news source takes keywords"}.
    misplaced: ClassVar[dict[str, str]] = {}

    id: str = Field(pattern=ID_PATTERN, description="the source's name in posts, logs and commands; unique")
    kind: str = Field(description="how the source is read: one of the kinds `python -m bot kinds` lists")
    url: str = Field(description="the http(s) address polled")
    cases: list[CaseNumber] = Field(default=[], description="keep only the entries of these docket numbers")
    case: str | None = Field(default=None, pattern=ID_PATTERN,
                             description="a case key: every entry belongs to this case and shares its thread")
    backfill: WholeNumber = Field(default=0, ge=0,
                                  description="the first poll posts the newest N entries instead of none")
    every: Period | None = Field(default=None, description="poll this often (default: defaults.every)")
    cron: str | None = Field(default=None,
                             description='poll at these times instead, a crontab line ("*/10 7-19 * * 1-5")')
    jitter: Duration | None = Field(default=None, description="start each turn up to this much later, at random")
    active_hours: HourWindow | None = Field(default=None, description="poll only between these hours")
    alert_after: WholeNumber | None = Field(default=None, ge=1,
                                            description="failed polls in a row before ops hear of it")
    stale_after: Period | None = Field(default=None,
                                       description="ops hear of no successful poll for this long (default: 4 periods)")
    max_skipped: Number | None = Field(default=None, ge=0, le=1,
                                       description="the share of a poll's items it may skip and still succeed")
    paused: bool = Field(default=False, description="not polled, as after `python -m bot pause`")

    @field_validator("url")
    @classmethod
    def _url_is_http(cls, url: str | None) -> str | None:
        if url is not None and not re.match(r"^https?://[^\s/]+", url):
            raise ValueError(f'"{url}" is not an http(s) URL')
        return url

    @field_validator("cron")
    @classmethod
    def _cron_parses(cls, cron: str | None) -> str | None:
        if cron is not None:
            from bot.schedule.cron import cron_trigger

            try:
                cron_trigger(cron, "UTC")
            except ValueError as exc:
                raise ValueError(f'"{cron}" is not a cron expression ({exc})') from None
        return cron

    @model_validator(mode="after")
    def _one_schedule(self) -> SourceConfig:
        if self.every is not None and self.cron is not None:
            raise ValueError("give either every or cron, not both")
        return self

    @classmethod
    def kind_name(cls) -> str:
        """The `kind:` this model is for (its `kind` field's one value)."""
        return str(cls.model_fields["kind"].default)

    @classmethod
    def example(cls) -> dict[str, Any]:
        """The kind's example source, as its config entry: the first of `examples` in the model's
        `json_schema_extra` (which JSON Schema shows too); {} when it gives none."""
        extra = cls.model_config.get("json_schema_extra")
        examples = extra.get("examples") if isinstance(extra, dict) else None
        first = examples[0] if isinstance(examples, list) and examples else None
        return dict(first) if isinstance(first, dict) else {}

    def problems(self) -> list[tuple[str, str]]:
        """(setting, problem) pairs where the settings, each valid, do not work together. Kinds add theirs."""
        return []

    @property
    def digest(self) -> str:
        """A short digest of the settings that decide what a poll reads (not when it runs): it changes when
        any of them does."""
        return hashlib.sha256(self.model_dump_json(exclude=set(WHEN_SETTINGS)).encode()).hexdigest()[:16]

    def changed_settings(self, other: SourceConfig) -> list[str]:
        """The names of the settings that decide what a poll reads in which `other` differs from this source
        (a setting only one of the two kinds has counts as changed)."""
        names = list(type(self).model_fields) + [name for name in type(other).model_fields
                                                 if name not in type(self).model_fields]
        return [name for name in names
                if name not in WHEN_SETTINGS and getattr(self, name, None) != getattr(other, name, None)]


def term_problems(source: SourceConfig, settings: tuple[str, ...]) -> list[tuple[str, str]]:
    """(setting, problem) pairs for the terms of these list settings (parties, keywords, exclude) that have no
    word to match."""
    return [
        (setting, f"{term!r} has no word to match")
        for setting in settings
        for term in getattr(source, setting)
        if not words(term)
    ]


class WatchSettings(SourceConfig):
    """A docket source: its settings may hold a watch on case names and entry texts (bot/pipeline/watch.py)."""

    parties: list[str] = Field(default=[], description="post only entries whose case name names one of them")
    keywords: list[str] = Field(default=[], description="post only entries whose text holds one of them")
    exclude: list[str] = Field(default=[], description="names or words that undo a match (Baldwin County)")

    def problems(self) -> list[tuple[str, str]]:
        return super().problems() + term_problems(self, ("parties", "keywords", "exclude"))


class NewsSettings(SourceConfig):
    """A news source: `keywords` decide which stories concern the subject (scrapers/news.py)."""

    misplaced: ClassVar[dict[str, str]] = {"parties": "a news source takes keywords"}

    keywords: list[str] = Field(default=[], description="a story is relevant when it mentions one (all when none)")
    exclude: list[str] = Field(default=[], description="a story that mentions one is never relevant")

    def problems(self) -> list[tuple[str, str]]:
        return super().problems() + term_problems(self, ("keywords", "exclude"))
