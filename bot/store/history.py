"""What the bot saw, read back: the seen entries of a source or a case (newest first), with what the pipeline
said of each (its event types, why it was recorded without a post) and the outbox messages that carried it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, select

from bot.core.entry import Entry
from bot.core.post import Correction, MessageRef
from bot.store.database import Database, chunks, utc
from bot.store.outbox import carried_text, is_correction
from bot.store.schema import entry_posts, outbox, seen_entries


@dataclass(frozen=True)
class PostState:
    """An outbox message that carried an entry: its destination, its state (pending, sending, sent, failed), when
    it was queued and sent (UTC), where the notifier put it (`ref`) and its last error; the entry's text as the
    message carried it, whether the message corrects an earlier post of the entry (the court edited it), and what the
    correction said changed (`change`; None for any other message, or a correction queued before revision 0023)."""

    channel: str
    status: str
    queued_at: datetime
    sent_at: datetime | None
    ref: MessageRef | None
    last_error: str | None
    text: str = ""
    correction: bool = False
    change: Correction | None = None


@dataclass(frozen=True)
class SeenEntry:
    """A seen entry as stored. `events` is None and `entry` has only its key, docket number and text for an entry
    stored before revision 0009; `held` is why it was recorded without a post (bot/pipeline/run.py HELD), None when
    it was routed (or not known); `filing` the filing id of the record it is another record of, if any."""

    entry: Entry
    events: tuple[str, ...] | None
    first_seen_at: datetime
    held: str | None
    filing: str | None
    posts: tuple[PostState, ...] = ()


@dataclass(frozen=True)
class EntryQuery:
    """Which seen entries: of a source (None: any); of one of `source_ids` (None: any); with one of these docket
    numbers, as stored (None: any); with one of these keys (None: any); whose text holds every one of `words` (any
    case); filed (or, without a filing date, first seen) at or after `since`."""

    source_id: str | None = None
    case_numbers: Sequence[str] | None = None
    source_ids: Sequence[str] | None = None
    keys: Sequence[str] | None = None
    words: Sequence[str] = ()
    since: datetime | None = None


_WHEN = func.coalesce(seen_entries.c.filed_at, seen_entries.c.first_seen_at)


def _conditions(query: EntryQuery) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if query.source_id is not None:
        found.append(seen_entries.c.source_id == query.source_id)
    if query.source_ids is not None:
        found.append(seen_entries.c.source_id.in_(list(query.source_ids)))
    if query.case_numbers is not None:
        found.append(seen_entries.c.case_number.in_(list(query.case_numbers)))
    if query.keys is not None:
        found.append(seen_entries.c.entry_key.in_(list(query.keys)))
    found += [func.lower(seen_entries.c.text).contains(word.lower(), autoescape=True) for word in query.words]
    if query.since is not None:
        found.append(_WHEN >= query.since)
    return found


def _seen(row: dict) -> SeenEntry:
    entry = (Entry.from_json(row["entry"]) if row["entry"] is not None
             else Entry(row["source_id"], row["entry_key"], row["case_number"], "", "", row["text"]))
    return SeenEntry(entry, tuple(row["events"]) if row["events"] is not None else None, utc(row["first_seen_at"]),
                     row["held"], row["filing"])


class History(Database):
    def seen_entries(self, query: EntryQuery, limit: int, offset: int = 0) -> list[SeenEntry]:
        """Up to `limit` seen entries the query selects, newest first (by filing date, else first seen), skipping
        the first `offset`; without their posts (`with_posts`)."""
        select_ = (
            select(seen_entries)
            .where(and_(True, *_conditions(query)))
            .order_by(_WHEN.desc(), seen_entries.c.first_seen_at.desc(), seen_entries.c.entry_key.desc())
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as conn:
            return [_seen(dict(row)) for row in conn.execute(select_).mappings()]

    def seen_case_numbers(self, source_id: str | None = None) -> list[str]:
        """The distinct docket numbers, as stored, of the entries seen (of `source_id`; None: of every source)."""
        query = select(seen_entries.c.case_number).distinct().where(seen_entries.c.case_number != "")
        if source_id is not None:
            query = query.where(seen_entries.c.source_id == source_id)
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def seen_case_names(self, source_id: str | None = None) -> dict[str, str]:
        """The docket numbers, as stored, of the entries seen (of `source_id`; None: of every source), each with the
        case name one of its entries gives ("" for entries stored before revision 0009, which kept no name)."""
        one = (select(seen_entries.c.source_id, seen_entries.c.case_number,
                      func.max(seen_entries.c.entry_key).label("entry_key"))
               .where(seen_entries.c.case_number != "")
               .group_by(seen_entries.c.source_id, seen_entries.c.case_number))
        if source_id is not None:
            one = one.where(seen_entries.c.source_id == source_id)
        picked = one.subquery()
        query = select(seen_entries.c.case_number, seen_entries.c.entry).select_from(seen_entries.join(picked, and_(
            seen_entries.c.source_id == picked.c.source_id, seen_entries.c.entry_key == picked.c.entry_key)))
        names: dict[str, str] = {}
        with self.engine.connect() as conn:
            for number, entry in conn.execute(query):
                name = Entry.from_json(entry).case_name if entry is not None else ""
                names[number] = names.get(number) or name
        return names

    def with_posts(self, seen: Iterable[SeenEntry]) -> list[SeenEntry]:
        """The entries, each with the outbox messages that carried it, oldest first."""
        seen = list(seen)
        found: dict[tuple[str, str], list[PostState]] = {}
        columns = (entry_posts.c.source_id, entry_posts.c.entry_key, outbox.c.channel, outbox.c.status,
                   outbox.c.created_at, outbox.c.sent_at, outbox.c.sent_via, outbox.c.remote_id, outbox.c.last_error,
                   outbox.c.entry_key.label("posted_key"), outbox.c.entry, outbox.c.folded,
                   outbox.c.correction)
        with self.engine.connect() as conn:
            for chunk in chunks(item.entry.key for item in seen):
                query = (select(*columns).select_from(entry_posts.join(outbox, outbox.c.id == entry_posts.c.outbox_id))
                         .where(entry_posts.c.entry_key.in_(chunk)).order_by(outbox.c.id))
                for row in conn.execute(query):
                    found.setdefault((row.source_id, row.entry_key), []).append(PostState(
                        row.channel, row.status, utc(row.created_at), utc(row.sent_at),
                        MessageRef(row.sent_via, row.remote_id) if row.sent_via else None, row.last_error,
                        carried_text(row.entry, row.folded, row.entry_key) or "",
                        is_correction(row.posted_key, row.entry_key),
                        Correction.from_json(row.correction) if row.correction is not None else None))
        return [SeenEntry(item.entry, item.events, item.first_seen_at, item.held, item.filing,
                          tuple(found.get((item.entry.source_id, item.entry.key), ())))
                for item in seen]
