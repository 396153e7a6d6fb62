"""The contract every source kind implements: which URLs to fetch, and how to parse the bytes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, Protocol

from bot.entry import Entry

if TYPE_CHECKING:
    from bot.config import SourceConfig
    from scrapers.http import Fetcher


class CaseHeader(Protocol):
    """What a parsed case page says of the case itself."""

    case_number: str
    case_name: str
    court: str


class ParseError(Exception):
    """The fetched bytes are not what this source kind expects (broken page, wrong format)."""


class Unchanged(Exception):
    """Every page of the source is as it was at the last poll: nothing to parse."""


class Scraper:
    """One source kind. Subclasses set `kind` and implement `parse`; `parse` does no I/O.

    `settings` names the kind-specific config settings the kind accepts (`selectors`, `dockets`, ...);
    the config refuses the others. `cumulative` says the source lists a case's whole history, so
    entries never drop out of it: a poll that suddenly finds far fewer is a broken page, not news.
    `stories` says the entries are news stories, which other outlets may report too (bot/stories.py).
    """

    kind: ClassVar[str]
    settings: ClassVar[frozenset[str]] = frozenset()
    requires_url: ClassVar[bool] = True
    cumulative: ClassVar[bool] = False
    stories: ClassVar[bool] = False  # news: one story reported by several outlets is posted once

    def __init__(self, source: SourceConfig, environ: Mapping[str, str] | None = None) -> None:
        self.source = source
        self.environ = environ or {}

    @classmethod
    def check(cls, source: SourceConfig) -> list[tuple[str, str]]:
        """(setting, problem) pairs where the source's settings cannot work for this kind."""
        return []

    def urls(self) -> list[str]:
        """The URLs one poll of this source fetches."""
        return [self.source.url]

    def fetch(self, fetcher: Fetcher) -> list[Entry]:
        """One poll's entries: every URL fetched and parsed. Kinds that page through an API override this.

        Raises Unchanged when no page changed since the last poll (a 304, or the same bytes), so that
        nothing is parsed.
        """
        urls = self.urls()
        bodies = [fetcher.get_if_changed(url) for url in urls]
        if all(body is None for body in bodies):
            raise Unchanged()
        entries: list[Entry] = []
        for url, body in zip(urls, bodies):
            try:
                entries.extend(self.parse(fetcher.get(url) if body is None else body, url))
            except ParseError as exc:
                raise ParseError(f"{url}: {exc}") from None
        return entries

    def parse(self, raw: bytes, url: str) -> list[Entry]:
        """Turn the body fetched from `url` into entries. Raises ParseError on a body it cannot read."""
        raise NotImplementedError

    def case_entry(self, page: CaseHeader, page_url: str, **fields: object) -> Entry:
        """An entry of a case page: this source, the page's case number, name and court, the page as its
        docket link, and the entry's own `fields` (key, text, url, filed_at, number)."""
        return Entry(
            source_id=self.source.id,
            case_number=page.case_number,
            case_name=page.case_name,
            court=page.court,
            docket_url=page_url,
            **fields,
        )
