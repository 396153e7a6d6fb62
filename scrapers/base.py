"""The contract every source kind implements: which URLs to fetch, and how to parse the bytes."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from bot.entry import Entry

if TYPE_CHECKING:
    from bot.config import SourceConfig


class ParseError(Exception):
    """The fetched bytes are not what this source kind expects (broken page, wrong format)."""


class Scraper:
    """One source kind. Subclasses set `kind` and implement `parse`; `parse` does no I/O."""

    kind: ClassVar[str]

    def __init__(self, source: SourceConfig) -> None:
        self.source = source

    def urls(self) -> list[str]:
        """The URLs one poll of this source fetches."""
        return [self.source.url]

    def parse(self, raw: bytes, url: str) -> list[Entry]:
        """Turn the body fetched from `url` into entries. Raises ParseError on a body it cannot read."""
        raise NotImplementedError
