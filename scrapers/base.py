"""The contract every source kind implements: which URLs to fetch, and how to parse the bytes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Generic, Protocol, TypeVar

from bot.core.entry import Entry
from scrapers.http import UNCHANGED, Unchanged
from scrapers.settings import SourceConfig
from scrapers.text import one_line

if TYPE_CHECKING:
    from scrapers.http import Fetcher

Settings = TypeVar("Settings", bound=SourceConfig)


class CaseHeader(Protocol):
    """What a parsed case page says of the case itself."""

    @property
    def case_number(self) -> str: ...

    @property
    def case_name(self) -> str: ...

    @property
    def court(self) -> str: ...


class ParseError(Exception):
    """The fetched bytes are not what this source kind expects (broken page, wrong format)."""


EMPTY_PAGE = "the server sent an empty page"  # a ParseError's words for a body of nothing (or only white space)


@dataclass(frozen=True)
class Skipped:
    """One item of a page that a parser read and did not turn into an entry.

    `reason` is a short, stable phrase (it labels the `docketbot_items_skipped_total` metric), `item` what was
    skipped, as the page gives it, shortened to at most 120 characters.
    """

    reason: str
    item: str = ""

    def __post_init__(self) -> None:
        item = one_line(self.item)
        object.__setattr__(self, "item", item if len(item) <= 120 else item[:119] + "…")

    def __str__(self) -> str:
        return f"{self.reason}: {self.item!r}" if self.item else self.reason


@dataclass(frozen=True)
class Undated:
    """An entry kept without a filing date (its `filed_at` None) because the page gives none it can read: where it
    is (`row 3`, `item 2`, counted from 1 in the page's order) and why (`'2026-11-25' does not match %m/%d/%Y`,
    `has no date`). A filing with no date is still a filing: it is posted, undated, and reported."""

    where: str
    why: str

    def __str__(self) -> str:
        return f"{self.where} {self.why}"


def undated_note(undated: Sequence[Undated]) -> str:
    """The entries kept without a readable date, counted, with the first as the example: "1 entry without a
    readable date: row 3 '2026-11-25' does not match %m/%d/%Y", "3 entries without a readable date, e.g. row 3
    has no date". Empty for none."""
    if not undated:
        return ""
    if len(undated) == 1:
        return f"1 entry without a readable date: {undated[0]}"
    return f"{len(undated)} entries without a readable date, e.g. {undated[0]}"


def zoneless_note(zoneless: Mapping[str, int]) -> str:
    """The dated entries of courts whose time zone the courts table (bot/core/courts.tsv) does not give, by court,
    the most first: "2 entries of court 'scotus' dated at midnight UTC (no time zone known for the court)", "2
    entries of court 'scotus', 1 entry of no named court dated at midnight UTC (...)". Empty for none."""
    counts = [(court, count) for court, count in Counter(zoneless).most_common() if count]
    if not counts:
        return ""
    said = ", ".join(f"{count} {'entry' if count == 1 else 'entries'} of " + (f"court {court!r}" if court else
                                                                             "no named court")
                     for court, count in counts)
    return f"{said} dated at midnight UTC (no time zone known for the court{'s' if len(counts) > 1 else ''})"


@dataclass
class Parsed:
    """What reading one page (or one whole source) gave: its entries and an account of what it skipped, of the
    entries it kept without a readable date (`undated`, among `entries`), and of those dated at midnight UTC for
    want of their court's zone (`zoneless`: court id -> how many, see `zoneless_note`)."""

    entries: list[Entry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    merged: int = 0  # items joined into the entry of the filing they repeat (one filing docketed as several events)
    undated: list[Undated] = field(default_factory=list)
    # dated entries of courts the courts table has no zone for, by court id: their dates are midnight UTC
    zoneless: Counter[str] = field(default_factory=Counter)

    @property
    def read(self) -> int:
        """Items read: entries plus skipped items."""
        return len(self.entries) + len(self.skipped)

    def extend(self, other: Parsed) -> None:
        self.entries.extend(other.entries)
        self.skipped.extend(other.skipped)
        self.merged += other.merged
        self.undated.extend(other.undated)
        self.zoneless.update(other.zoneless)

    def skip_reasons(self) -> Counter[str]:
        """How many items were skipped for each reason."""
        return Counter(skipped.reason for skipped in self.skipped)


class Scraper(Generic[Settings]):
    """One source kind: a module of this package defines a subclass, with `settings`, the pydantic model of
    the kind's settings (scrapers/settings.py), and `read`, which does no I/O. scrapers/__init__.py finds it
    there and registers it under its settings' `kind`.

    `cumulative` says the source lists a case's whole history, so entries never drop out of it: a poll that
    suddenly finds far fewer is a broken page, not news. `stories` says the entries are news stories, which
    other outlets may report too (bot/pipeline/stories.py). `max_skipped` is the kind's own tolerance of skipped
    items, where the default (a tenth) does not fit.
    """

    settings: ClassVar[type[SourceConfig]]
    cumulative: bool = False  # a class's default; a source's own setting may change it (CourtListener's query)
    stories: ClassVar[bool] = False  # news: one story reported by several outlets is posted once
    max_skipped: ClassVar[float | None] = None  # the share of skipped items a poll tolerates, if not the default

    def __init__(self, source: Settings, environ: Mapping[str, str] | None = None) -> None:
        self.source = source
        self.environ = environ or {}

    @classmethod
    def kind(cls) -> str:
        """The `kind:` a config gives this kind's sources."""
        return cls.settings.kind_name()

    def urls(self) -> list[str]:
        """The URLs one poll of this source fetches (its `url`, which the config requires of a kind that
        fetches one, see `requires_url`)."""
        return [self.source.url] if self.source.url else []

    def fetch(self, fetcher: Fetcher) -> Parsed | Unchanged:
        """One poll's entries and skipped items: every URL fetched and read; or UNCHANGED when no page changed
        since the last poll (a 304, or the same bytes), so that nothing is parsed. Kinds that page through an
        API override this.

        Raises FetchError (scrapers/http.py) for a page that could not be fetched, ParseError for one that
        could not be read.
        """
        urls = self.urls()
        bodies = [fetcher.get_if_changed(url, self.source.id) for url in urls]
        if all(isinstance(body, Unchanged) for body in bodies):
            return UNCHANGED
        parsed = Parsed()
        for url, body in zip(urls, bodies):
            try:
                parsed.extend(self.read_page(fetcher.get(url) if isinstance(body, Unchanged) else body, url))
            except ParseError as exc:
                raise ParseError(f"{url}: {exc}") from None
        return parsed

    def read(self, raw: bytes, url: str) -> Parsed:
        """Turn the body fetched from `url` into entries, with each item it skipped and why.

        Raises ParseError on a body it cannot read at all.
        """
        raise NotImplementedError

    def read_page(self, raw: bytes, url: str) -> Parsed:
        """`read`, after refusing a body of nothing (or only white space) as EMPTY_PAGE, whatever the kind: not
        "not an RSS or Atom feed" of a page that is no page at all. Raises ParseError."""
        if not raw.strip():
            raise ParseError(EMPTY_PAGE)
        return self.read(raw, url)

    def parse(self, raw: bytes, url: str) -> list[Entry]:
        """The entries `read` finds in the body (its skipped items left aside)."""
        return self.read(raw, url).entries

    def case_entry(
        self, page: CaseHeader, page_url: str, *, key: str, text: str, url: str, filed_at: datetime | None,
        number: str | None = None,
    ) -> Entry:
        """An entry of a case page: this source, the page's case number, name and court, the page as its
        docket link, and the entry's own key, text, url, filed_at and number."""
        return Entry(
            source_id=self.source.id,
            key=key,
            case_number=page.case_number,
            case_name=page.case_name,
            court=page.court,
            text=text,
            url=url,
            docket_url=page_url,
            filed_at=filed_at,
            number=number,
        )
