"""A value a user wrote in the config (or on the command line), as a message quotes it back: in the words of
YAML, never as Python's repr (`true`, not `True`; a list, not `['5m']`); and a count with its noun (`plural`)."""

from __future__ import annotations

import json


def as_written(value: object) -> str:
    """`value` (as YAML read it) for a message about it: text in double quotes (`"5 minutes"`), true or false,
    a number as written (`2.5`, `3`), `a list` or `a mapping` for those (their items are on the lines the
    message names), `nothing` for an empty value (YAML's null); anything else (a date) as its text."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return str(value)


def plural(count: int, one: str, many: str) -> str:
    """A count and its noun, singular for 1: `1 poll`, `3 polls`, `0 polls`."""
    return f"{count} {one if count == 1 else many}"
