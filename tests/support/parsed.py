"""Parse a fixture once per test process: the parser tests read the same real pages many times."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, wraps

from bot.core.entry import Entry


def parsed_once(parse: Callable[[str], list[Entry]]) -> Callable[[str], list[Entry]]:
    """`parse` (a fixture's name -> its entries), run once per name; each call gets a list of its own.

    The entries are frozen, so the lists can share them. A test that checks that parsing is repeatable
    calls the undecorated function, `parse_fixture.__wrapped__(name)`, for its second parse.
    """
    entries_of = cache(lambda name: tuple(parse(name)))

    @wraps(parse)
    def parse_fixture(name: str) -> list[Entry]:
        return list(entries_of(name))

    return parse_fixture
