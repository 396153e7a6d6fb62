"""Finding seen entries: by entry key, docket number (however written) or words of their text, and by the
filters of `python -m bot entries` (source, case, since, event types)."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.dockets import docket_parts, same_docket
from bot.pipeline.classify import classify
from bot.store import EntryQuery, SeenEntry, Store

BATCH = 200  # entries read at a time while filtering by event type


def events_of(seen: SeenEntry) -> tuple[str, ...]:
    """The entry's event types as stored, or (an entry stored before they were) as the classifier gives them now."""
    return seen.events if seen.events is not None else classify(seen.entry.text)


@dataclass(frozen=True)
class Found:
    """The entries a search found, newest first, with their posts; `more` says whether more matched than shown;
    `by` how the query was read ("entry key", "docket number", "words")."""

    entries: list[SeenEntry]
    more: bool
    by: str


def cases_matching(store: Store, source_id: str | None, docket: str) -> list[str]:
    """The docket numbers, as stored, of the seen entries (of `source_id`; None: any source) that are `docket`
    however written (`18-cv-1119` is `1:18-cv-01119`)."""
    return [number for number in store.seen_case_numbers(source_id) if same_docket(docket, number)]


def find(store: Store, source_id: str | None, query: str, limit: int) -> Found:
    """The newest `limit` entries that `query` names: an entry key of the source, else a docket number, else
    every word of it in their text (any case)."""
    by_key = store.seen_entries(EntryQuery(source_id, keys=[query]), limit) if source_id else []
    if by_key:
        return Found(store.with_posts(by_key), False, "entry key")
    if docket_parts(query):
        numbers = cases_matching(store, source_id, query)
        if numbers:
            return _found(store, EntryQuery(source_id, case_numbers=numbers), limit, "docket number")
    return _found(store, EntryQuery(source_id, words=query.split()), limit, "words")


def _found(store: Store, query: EntryQuery, limit: int, by: str) -> Found:
    entries = store.seen_entries(query, limit + 1)
    return Found(store.with_posts(entries[:limit]), len(entries) > limit, by)


def recent(
    store: Store, source_id: str | None = None, cases: Sequence[str] | None = None, since: datetime | None = None,
    events: Collection[str] = (), limit: int = 50,
) -> Found:
    """The newest `limit` entries (of a source, of these stored docket numbers, filed or first seen at or after
    `since`, carrying one of `events`: each when given), with their posts."""
    query = EntryQuery(source_id, case_numbers=cases, since=since)
    if not events:
        return _found(store, query, limit, "filters")
    kept: list[SeenEntry] = []  # event types are filtered here: read a batch at a time until enough are kept
    for offset in itertools.count(0, BATCH):
        batch = store.seen_entries(query, BATCH, offset)
        kept += [seen for seen in batch if set(events_of(seen)) & set(events)]
        if len(kept) > limit or len(batch) < BATCH:
            break
    return Found(store.with_posts(kept[:limit]), len(kept) > limit, "filters")
