"""Finding seen entries: by entry key, by case (a docket number of any court however written, a case key a source
of the config gives, or a party name) or words of their text, and by the filters of `python -m bot entries`
(source, case, since, event types)."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.config import SourceConfig
from bot.core.docket_forms import docket_number_problem
from bot.core.dockets import same_docket
from bot.pipeline.classify import classify
from bot.store import EntryQuery, SeenEntry, Store
from notifiers.text import truncate

BATCH = 200  # entries read at a time while filtering by event type
NAMED = 3  # cases named in a case's description; more are counted
NAME_WIDTH = 100  # characters of a case name in a line about cases (Texas case styles run to 450)


def events_of(seen: SeenEntry) -> tuple[str, ...]:
    """The entry's event types as stored, or (an entry stored before they were) as the classifier gives them now."""
    return seen.events if seen.events is not None else classify(seen.entry.text)


@dataclass(frozen=True)
class Found:
    """The entries a search found, newest first, with their posts; `more` says whether more matched than shown;
    `by` how the query was read ("entry key", "docket number", "case key", "party name", "words"); `matched` what it
    matched, in words, where the entries do not say it (the cases of a party name, the sources of a case key)."""

    entries: list[SeenEntry]
    more: bool
    by: str
    matched: str = ""


@dataclass(frozen=True)
class Case:
    """The case a query names: `by` how it was read ("docket number", "case key", "party name"); its entries are
    those with one of `numbers` (docket numbers as stored) or, for a case key, those of `sources`; `matched` says
    which, in words ("" for a docket number: the entries show theirs)."""

    by: str
    numbers: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    matched: str = ""

    def query(self, source_id: str | None, since: datetime | None = None) -> EntryQuery:
        """The entries of the case (of `source_id`; None: any source), filed or first seen at or after `since`."""
        if self.sources:
            return EntryQuery(source_id, source_ids=self.sources, since=since)
        return EntryQuery(source_id, case_numbers=self.numbers, since=since)


def cases_matching(store: Store, source_id: str | None, docket: str) -> list[str]:
    """The docket numbers, as stored, of the seen entries (of `source_id`; None: any source) that are `docket`
    however written (`18-cv-1119` is `1:18-cv-01119`)."""
    return [number for number in store.seen_case_numbers(source_id) if same_docket(docket, number)]


def case_label(number: str, name: str) -> str:
    """A case for people: `Griffis v. Grassroots Leadership, Inc. (08-16-00334-CV)`, its name cut to NAME_WIDTH
    characters with an ellipsis; the number alone when no name is known."""
    return f"{truncate(name, NAME_WIDTH)} ({number})" if name else number


def find_case(store: Store, sources: Sequence[SourceConfig], source_id: str | None, query: str) -> Case | None:
    """The case `query` names among the entries seen (of `source_id`; None: any source), the first that applies: a
    docket number of any court however written (`01-18-277-cr`); a case key a source of `sources` gives (`case:
    rust-baldwin`); a party name, every word of it (any case) in the case name of a case seen (`Sturch`). None when
    it names none."""
    wanted = query.strip()
    if docket_number_problem(wanted) is None:
        numbers = cases_matching(store, source_id, wanted)
        if numbers:
            return Case("docket number", numbers=tuple(numbers))
    keyed = [source.id for source in sources
             if source.case and source.case.lower() == wanted.lower() and source_id in (None, source.id)]
    if keyed:
        return Case("case key", sources=tuple(keyed), matched=_listed("source", keyed))
    words = wanted.lower().split()
    named = {number: name for number, name in store.seen_case_names(source_id).items()
             if words and all(word in name.lower() for word in words)}
    if named:
        cases = [case_label(number, name) for number, name in sorted(named.items(), key=lambda item: item[1])]
        return Case("party name", numbers=tuple(named), matched=_listed("case", cases))
    return None


def _listed(noun: str, names: Sequence[str]) -> str:
    """`case A`, `cases A; B; C and 2 more`."""
    more = f" and {len(names) - NAMED} more" if len(names) > NAMED else ""
    return f"{noun}{'s' if len(names) > 1 else ''} {'; '.join(names[:NAMED])}{more}"


def find(store: Store, sources: Sequence[SourceConfig], source_id: str | None, query: str, limit: int) -> Found:
    """The newest `limit` entries that `query` names: an entry key of the source, else a case (`find_case`; a case
    key among `sources`), else every word of it in their text (any case)."""
    by_key = store.seen_entries(EntryQuery(source_id, keys=[query]), limit) if source_id else []
    if by_key:
        return Found(store.with_posts(by_key), False, "entry key")
    case = find_case(store, sources, source_id, query)
    if case is not None:
        return _found(store, case.query(source_id), limit, case.by, case.matched)
    return _found(store, EntryQuery(source_id, words=query.split()), limit, "words")


def _found(store: Store, query: EntryQuery, limit: int, by: str, matched: str = "") -> Found:
    entries = store.seen_entries(query, limit + 1)
    return Found(store.with_posts(entries[:limit]), len(entries) > limit, by, matched)


def recent(
    store: Store, source_id: str | None = None, case: Case | None = None, since: datetime | None = None,
    events: Collection[str] = (), limit: int = 50,
) -> Found:
    """The newest `limit` entries (of a source, of a case, filed or first seen at or after `since`, carrying one of
    `events`: each when given), with their posts."""
    query = case.query(source_id, since) if case else EntryQuery(source_id, since=since)
    matched = case.matched if case else ""
    if not events:
        return _found(store, query, limit, "filters", matched)
    kept: list[SeenEntry] = []  # event types are filtered here: read a batch at a time until enough are kept
    for offset in itertools.count(0, BATCH):
        batch = store.seen_entries(query, BATCH, offset)
        kept += [seen for seen in batch if set(events_of(seen)) & set(events)]
        if len(kept) > limit or len(batch) < BATCH:
            break
    return Found(store.with_posts(kept[:limit]), len(kept) > limit, "filters", matched)
