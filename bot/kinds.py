"""`python -m bot kinds`: every source kind with its settings (name, type, default, description) and an example
source, read from the same models the config validates sources with (scrapers/settings.py, each kind's module)."""

from __future__ import annotations

import types
from datetime import time, timedelta
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import yaml
from pydantic.fields import FieldInfo

from bot.core.durations import format_duration
from scrapers import SCRAPERS
from scrapers.settings import SourceConfig

# A type's name; a duration's and an hour window's say how one is written (not a default: that has its column)
_NAMES: dict[Any, str] = {str: "text", int: "whole number", float: "number", bool: "true or false",
                          timedelta: "duration, written 15m", tuple[time, time]: "hours, written 07:00-20:00"}
_HEADER = ("setting", "type", "default", "meaning")


def type_name(annotation: Any) -> str:
    """A setting's type in a config author's words: `list[str] | None` is "list of text"."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:  # a duration or an hour window: the type it is read into
        return type_name(args[0])
    if origin in (Union, types.UnionType):
        return " or ".join(type_name(arg) for arg in args if arg is not type(None))
    if origin is list:
        return f"list of {type_name(args[0])}"
    if origin is dict:
        return f"mapping of {type_name(args[0])} to {type_name(args[1])}"
    if origin is Literal:
        return " or ".join(str(arg) for arg in args)
    if annotation in _NAMES:
        return _NAMES[annotation]
    return getattr(annotation, "__name__", str(annotation))


def default_shown(field: FieldInfo) -> str:
    """A setting's default as the config would write it; "required" when it has none, "-" for none at all."""
    if field.is_required():
        return "required"
    default = field.get_default(call_default_factory=True)
    if default is None:
        return "-"
    if isinstance(default, timedelta):
        return format_duration(default)
    return _flow(default)


def _flow(value: object) -> str:
    """A value in YAML on one line: `[a, b]`, `{row: tr}`, `'%m/%d/%Y'`."""
    dumped = yaml.safe_dump(value, default_flow_style=True, sort_keys=False, width=10_000, allow_unicode=True)
    return dumped.strip().removesuffix("...").strip()


def settings_table(fields: dict[str, FieldInfo]) -> list[str]:
    """A line naming the columns, then one line a setting: name, type, default, description, aligned."""
    rows = [_HEADER] + [(name, type_name(field.annotation), default_shown(field), field.description or "")
                        for name, field in fields.items()]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return ["  " + "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths)) + "  " + row[3]
            for row in rows]


def example_yaml(model: type[SourceConfig]) -> str:
    """The kind's example as it stands under `sources:` in a config file: a setting a line, lists and mappings
    on the line of their setting."""
    lines = [f"{name}: {_flow(value)}" for name, value in model.example().items()]
    return "\n".join(("- " if number == 0 else "  ") + line for number, line in enumerate(lines)) + "\n"


def own_fields(model: type[SourceConfig]) -> dict[str, FieldInfo]:
    """The settings a kind adds to those every source takes, or says more of (its `url`), without `kind`."""
    common = SourceConfig.model_fields
    return {name: field for name, field in model.model_fields.items()
            if name != "kind" and (name not in common or field.description != common[name].description)}


def describe_kinds() -> str:
    """The text `python -m bot kinds` prints: the settings every source takes, then each kind's own settings and
    its example."""
    common = {name: field for name, field in SourceConfig.model_fields.items()}
    parts = ["Every source takes these settings:", *settings_table(common), ""]
    for kind, scraper in SCRAPERS.items():
        model = scraper.settings
        summary = " ".join((model.__doc__ or "").split())
        parts += [f"{kind}: {summary}", *settings_table(own_fields(model)), "  example:"]
        parts += ["    " + line for line in example_yaml(model).splitlines()]
        parts.append("")
    return "\n".join(parts)
