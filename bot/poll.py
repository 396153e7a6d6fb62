"""One poll of one source: fetch, parse, diff, classify, route, and commit the result in one transaction."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot.classify import classify
from bot.clock import utc_now
from bot.config import Config, SourceConfig
from bot.diff import new_entries, newest, oldest_first
from bot.dockets import same_docket
from bot.entry import Entry
from bot.route import route
from bot.store import Queued, Store
from scrapers import SCRAPERS, ParseError
from scrapers.http import FetchError, Fetcher

log = logging.getLogger(__name__)


@dataclass
class PollResult:
    source_id: str
    parsed: int = 0
    new: list[Entry] = field(default_factory=list)
    events: Counter = field(default_factory=Counter)
    queued: list[Queued] = field(default_factory=list)
    baseline: bool = False
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class Poller:
    def __init__(
        self,
        config: Config,
        store: Store,
        fetcher: Fetcher,
        clock: Callable[[], datetime] = utc_now,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.fetcher = fetcher
        self.clock = clock
        self.environ = environ or {}

    def poll(self, source: SourceConfig, dry_run: bool = False) -> PollResult:
        """Polls one source. A failure is recorded against the source and returned, never raised."""
        result = PollResult(source.id)
        try:
            self._poll(source, result, dry_run)
        except (FetchError, ParseError) as exc:
            result.error = str(exc)
        except Exception as exc:  # a bug or a database error must not stop the other sources
            log.exception("source %s: unexpected error", source.id)
            result.error = f"internal error: {exc.__class__.__name__}: {exc}"
        if result.error:
            log.warning("source %s: poll failed: %s", source.id, result.error)
            if not dry_run:
                self._record_failure(source, result.error)
        return result

    def _poll(self, source: SourceConfig, result: PollResult, dry_run: bool) -> None:
        entries = self._fetch_and_parse(source)
        result.parsed = len(entries)
        state = self.store.state(source.id)
        result.baseline = state is None or state.baseline_at is None
        result.new = new_entries(entries, self.store.known_keys(source.id, (entry.key for entry in entries)))
        to_post = newest(result.new, source.backfill) if result.baseline else result.new
        classified = [(entry, classify(entry.text)) for entry in oldest_first(to_post)]
        result.events = Counter(event for _, events in classified for event in events)
        result.queued = route(classified, self.config.subscriptions)
        if not dry_run:
            self.store.record_success(source.id, result.new, result.queued, self.clock())
        log.info(
            "source %s: %d parsed, %d new, %d queued%s",
            source.id, result.parsed, len(result.new), len(result.queued), " (baseline)" if result.baseline else "",
        )

    def _record_failure(self, source: SourceConfig, error: str) -> None:
        try:
            self.store.record_failure(source.id, error, self.clock())
        except Exception:  # the store itself is down: the log is all that is left
            log.exception("source %s: could not record the failed poll", source.id)

    def _fetch_and_parse(self, source: SourceConfig) -> list[Entry]:
        entries = SCRAPERS[source.kind](source, self.environ).fetch(self.fetcher)
        if source.cases:
            entries = [e for e in entries if any(same_docket(case, e.case_number) for case in source.cases)]
        return entries
