"""Parse a fixture once per test process: the parser tests read the same real pages many times."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from bot.core.entry import Entry


class parsed_once:  # noqa: N801 - used as a decorator, named like one
    """`parse` (a fixture's name -> its entries), run once per name; each call gets a list of its own.

    The entries are frozen, so the lists can share them. A test that checks that parsing is repeatable
    parses the second time with `fresh(name)`, the undecorated function.
    """

    def __init__(self, parse: Callable[[str], list[Entry]]) -> None:
        self.fresh = parse
        self._entries = cache(lambda name: tuple(parse(name)))

    def __call__(self, name: str) -> list[Entry]:
        return list(self._entries(name))
