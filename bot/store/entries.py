"""The entries each source has seen (key, docket number, text), the court's edits of them (for digests), the filing
marks that join records of one filing (bot/pipeline/diff.py), and the channels told of each filing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import and_, insert, select, update
from sqlalchemy.engine import Connection

from bot.core.digest import Edited
from bot.core.entry import Entry
from bot.core.filings import Record, SameFiling, filing_id
from bot.core.post import Item
from bot.store.database import Database, chunks, upsert
from bot.store.outbox import carried_text
from bot.store.schema import entry_corrections, entry_posts, filing_marks, filing_posts, outbox, seen_entries


def _seen_row(source_id: str, entry: Entry, now: datetime, labels: Labels, filing: str | None = None) -> dict:
    return {
        "source_id": source_id,
        "entry_key": entry.key,
        "case_number": entry.case_number,
        "text": entry.text,
        "first_seen_at": now,
        "filing": filing,
        "entry": entry.to_json(),
        "events": list(labels.events.get(entry.key, ())),
        "filed_at": entry.filed_at.astimezone(UTC) if entry.filed_at and entry.filed_at.tzinfo else entry.filed_at,
        "held": labels.held.get(entry.key),
    }


@dataclass(frozen=True)
class Labels:
    """What the pipeline said of the entries it stores (bot/pipeline/run.py Outcome): each one's event types, why it
    was recorded without a post (a code of HELD; absent: it was routed), and of each entry the court edited, the event
    types its text carried before the edit (`before`)."""

    events: Mapping[str, Sequence[str]] = field(default_factory=dict)
    held: Mapping[str, str] = field(default_factory=dict)
    before: Mapping[str, Sequence[str]] = field(default_factory=dict)


def add_seen(
    conn: Connection, source_id: str, new: Sequence[Entry], same_filing: Sequence[SameFiling], now: datetime,
    labels: Labels = Labels(),
) -> None:
    """Stores the source's `new` entries as seen, and the new records of known filings under their filing, with
    their `labels`."""
    if new or same_filing:
        conn.execute(
            insert(seen_entries),
            [_seen_row(source_id, entry, now, labels) for entry in new]
            + [_seen_row(source_id, same.entry, now, labels, same.known.filing) for same in same_filing],
        )


def add_marks(conn: Connection, source_id: str, marks: Sequence[tuple[str, str]]) -> None:
    """Files the source's entries under their (filing mark, entry key); marks known already stay."""
    if marks:
        conn.execute(  # a news story's marks are given at every poll: those known already stay
            upsert(conn, filing_marks).on_conflict_do_nothing(index_elements=["mark", "source_id", "entry_key"]),
            [{"mark": mark, "source_id": source_id, "entry_key": key} for mark, key in dict.fromkeys(marks)],
        )


def add_told(conn: Connection, told: Sequence[tuple[str, str]]) -> None:
    """Records that each (filing id, channel) was told of the filing."""
    if told:
        conn.execute(
            upsert(conn, filing_posts).on_conflict_do_nothing(index_elements=["filing", "channel"]),
            [{"filing": filing, "channel": channel} for filing, channel in dict.fromkeys(told)],
        )


def correct_texts(
    conn: Connection, source_id: str, edited: Sequence[Entry], now: datetime, labels: Labels = Labels()
) -> None:
    """Keeps the corrected text of each of the source's `edited` entries (the entry, and its event types when
    `labels` has them), and logs each edit whose event types before and after `labels` gives, at `now`, for digests
    (`Entries.edited_between`)."""
    for entry in edited:
        events = labels.events.get(entry.key)
        conn.execute(
            update(seen_entries)
            .where(seen_entries.c.source_id == source_id, seen_entries.c.entry_key == entry.key)
            .values(text=entry.text, entry=entry.to_json(), **({"events": list(events)} if events is not None else {}))
        )
    logged = [
        {"source_id": source_id, "entry_key": entry.key, "corrected_at": now, "before": list(labels.before[entry.key]),
         "events": list(labels.events[entry.key]), "entry": entry.to_json()}
        for entry in edited
        if entry.key in labels.before and entry.key in labels.events
    ]
    if logged:
        conn.execute(insert(entry_corrections), logged)


class Entries(Database):
    def known_texts(self, source_id: str, keys: Iterable[str]) -> dict[str, str]:
        """The stored text of each of `keys` this source has seen before."""
        found: dict[str, str] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(keys):
                query = select(seen_entries.c.entry_key, seen_entries.c.text).where(
                    seen_entries.c.source_id == source_id, seen_entries.c.entry_key.in_(chunk)
                )
                found.update((key, text) for key, text in conn.execute(query))
        return found

    def posted_texts(self, source_id: str, keys: Iterable[str]) -> dict[str, dict[str, list[str]]]:
        """For each of the source's entries `keys` that a post carried: channel -> the entry's text as each post to
        that channel carried it (sent or still queued), oldest first."""
        found: dict[str, dict[str, list[str]]] = {}
        carriers = entry_posts.join(outbox, outbox.c.id == entry_posts.c.outbox_id)
        with self.engine.connect() as conn:
            for chunk in chunks(keys):
                query = (select(entry_posts.c.entry_key, outbox.c.channel, outbox.c.entry, outbox.c.folded)
                         .select_from(carriers)
                         .where(entry_posts.c.source_id == source_id, entry_posts.c.entry_key.in_(chunk))
                         .order_by(outbox.c.id))
                for key, channel, entry, folded in conn.execute(query):
                    text = carried_text(entry, folded, key)
                    if text is not None:
                        found.setdefault(key, {}).setdefault(channel, []).append(text)
        return found

    def known_cases(self, source_id: str, case_numbers: Iterable[str]) -> set[str]:
        """Those of the docket numbers (as the source writes them) of which the source has an entry stored."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in chunks(case_numbers):
                found.update(conn.execute(
                    select(seen_entries.c.case_number).distinct().where(
                        seen_entries.c.source_id == source_id, seen_entries.c.case_number.in_(chunk))
                ).scalars())
        return found

    def records(self, marks: Iterable[str]) -> dict[str, list[Record]]:
        """The seen entries, of any source, under each of `marks` (bot/pipeline/diff.py filing_marks), with their text."""
        found: dict[str, list[Record]] = {}
        joined = filing_marks.join(
            seen_entries,
            and_(seen_entries.c.source_id == filing_marks.c.source_id,
                 seen_entries.c.entry_key == filing_marks.c.entry_key),
        )
        with self.engine.connect() as conn:
            for chunk in chunks(marks):
                query = (
                    select(filing_marks.c.mark, seen_entries.c.source_id, seen_entries.c.entry_key, seen_entries.c.text,
                           seen_entries.c.filing)
                    .select_from(joined)
                    .where(filing_marks.c.mark.in_(chunk))
                    .order_by(seen_entries.c.first_seen_at, seen_entries.c.source_id, seen_entries.c.entry_key)
                )
                for mark, source, key, text_, filing in conn.execute(query):
                    found.setdefault(mark, []).append(Record(source, key, text_, filing or filing_id(source, key)))
        return found

    def routed_between(self, start: datetime, end: datetime) -> list[Item]:
        """The entries first seen in [`start`, `end`) (UTC) that were routed, each with its event types, oldest
        first: a digest's candidates. Not those recorded without a post (`held`: a first poll's, one matching no
        watch, a story known already, one found while paused), nor further records of a filing seen before
        (bot/pipeline/diff.py), nor those stored before revision 0009 (no `entry`)."""
        query = (
            select(seen_entries.c.entry, seen_entries.c.events)
            .where(seen_entries.c.first_seen_at >= start, seen_entries.c.first_seen_at < end,
                   seen_entries.c.entry.is_not(None), seen_entries.c.held.is_(None), seen_entries.c.filing.is_(None))
            .order_by(seen_entries.c.first_seen_at, seen_entries.c.source_id, seen_entries.c.entry_key)
        )
        with self.engine.connect() as conn:
            return [Item(Entry.from_json(entry), tuple(events)) for entry, events in conn.execute(query)
                    if entry is not None]

    def edited_between(self, start: datetime, end: datetime) -> list[Edited]:
        """The entries the court edited in [`start`, `end`) (UTC, by when a poll recorded the edit), oldest edit first:
        each as its last edit then left it, with its event types before the first of those edits and after the
        last (a digest's corrections, bot/pipeline/digest.py). Edits recorded before revision 0024: none."""
        query = (
            select(entry_corrections.c.source_id, entry_corrections.c.entry_key, entry_corrections.c.before,
                   entry_corrections.c.events, entry_corrections.c.entry)
            .where(entry_corrections.c.corrected_at >= start, entry_corrections.c.corrected_at < end)
            .order_by(entry_corrections.c.corrected_at, entry_corrections.c.id)
        )
        found: dict[tuple[str, str], Edited] = {}
        with self.engine.connect() as conn:
            for source, key, before, events, entry in conn.execute(query):
                first = found.get((source, key))
                found[(source, key)] = Edited(Entry.from_json(entry), tuple(first.before if first else before),
                                              tuple(events))
        return list(found.values())

    def told(self, filings: Iterable[str]) -> dict[str, set[str]]:
        """The channels told of each of `filings` (filing ids) by a post about any of its records."""
        found: dict[str, set[str]] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(filings):
                query = select(filing_posts.c.filing, filing_posts.c.channel).where(filing_posts.c.filing.in_(chunk))
                for filing, channel in conn.execute(query):
                    found.setdefault(filing, set()).add(channel)
        return found
