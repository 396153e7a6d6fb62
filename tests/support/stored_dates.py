"""A store at an older revision holding entries with the dates an older release gave them, written as that release's
store wrote them, and those dates read back: for the tests of the revisions that re-date entries (0018, 0019, 0022)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

from alembic import command
from sqlalchemy import text

from bot.core.digest import Digest
from bot.core.entry import Entry
from bot.store import EntryQuery, Store, engine_for
from bot.store.migrate import alembic_config

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
SEEN = ("INSERT INTO seen_entries (source_id, entry_key, case_number, text, first_seen_at, entry, events, filed_at) "
        "VALUES (:source, :key, '1', 'Notice of appeal', :now, :entry, '[]', :filed_at)")
OUTBOX = ("INSERT INTO outbox (channel, source_id, entry_key, thread_key, events, entry, folded, status, attempts, "
          "created_at, next_attempt_at) VALUES (:channel, :source, :key, 't', '[]', :entry, :folded, 'pending', 0, "
          ":now, :now)")


class Row(NamedTuple):
    """An entry as the older revision holds its date (`stored`), and as the newer one reads it (`read`)."""

    source: str
    key: str
    court: str
    stored: datetime
    read: datetime


def entry(source: str, key: str, court: str, filed_at: datetime) -> Entry:
    return Entry(source_id=source, key=key, case_number="1", case_name="A v. B", court=court, text="Notice of appeal",
                 filed_at=filed_at)


def store_at(database_url: str, revision: str, rows: Sequence[Row], burst: Sequence[Row], digested: Row) -> None:
    """A database at `revision` holding `rows` as seen entries and a post of each (channel #c), a burst in #burst
    (its entry `burst[0]`, its further entries the rest), and a sent digest in #d of `digested`."""
    engine = engine_for(database_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
        for row in rows:
            item = json.dumps(entry(row.source, row.key, row.court, row.stored).to_json())
            # as bot/store/schema.py's UtcDateTime writes it: the UTC moment (SQLite keeps its digits, without a zone)
            filed_at = row.stored.astimezone(UTC)
            conn.execute(text(SEEN), {"source": row.source, "key": row.key, "now": NOW, "entry": item, "filed_at": (
                filed_at.replace(tzinfo=None) if conn.dialect.name == "sqlite" else filed_at)})
            conn.execute(text(OUTBOX), {"channel": "#c", "source": row.source, "key": row.key, "entry": item,
                                        "folded": None, "now": NOW})
        first, *further = burst
        folded = json.dumps([{"entry": entry(row.source, row.key, row.court, row.stored).to_json(), "events": []}
                             for row in further])
        conn.execute(text(OUTBOX), {"channel": "#burst", "source": first.source, "key": first.key, "folded": folded,
                                    "now": NOW, "entry": json.dumps(
                                        entry(first.source, first.key, first.court, first.stored).to_json())})
        digest = {"channel": "#d", "every": "daily", "start": NOW.isoformat(), "end": NOW.isoformat(), "timezone": "UTC",
                  "cases": [[{"entry": entry(digested.source, digested.key, digested.court, digested.stored).to_json(),
                              "events": []}]]}
        conn.execute(text("INSERT INTO outbox (channel, source_id, entry_key, thread_key, events, entry, digest, "
                          "status, attempts, created_at, next_attempt_at) VALUES ('#d', 'digest', 'daily', 't', "
                          "'[]', '{}', :digest, 'sent', 1, :now, :now)"), {"digest": json.dumps(digest), "now": NOW})
    engine.dispose()


class ReadBack(NamedTuple):
    """The dates a store holds, by entry key: of the seen entries (as `entries` reads them, and their filed_at
    column), of the posts in #c, of a burst's entries (its own, then its further ones), of a digest's entries."""

    seen: dict[str, datetime | None]
    column: dict[str, datetime]
    posts: dict[str, datetime | None]
    burst: list[datetime | None]
    digest: list[datetime | None]


def read_back(store: Store) -> ReadBack:
    seen = {item.entry.key: item.entry.filed_at for item in store.seen_entries(EntryQuery(), 100)}
    rows = store.pending_outbox()
    posts = {row.post.entry.key: row.post.entry.filed_at for row in rows if row.post.channel == "#c"}
    [burst] = [row.post for row in rows if row.post.channel == "#burst"]
    with store.engine.connect() as conn:
        column: dict[str, Any] = dict(conn.execute(text("SELECT entry_key, filed_at FROM seen_entries")).all())
        digest = Digest.from_json(as_json(conn.execute(text("SELECT digest FROM outbox WHERE channel = '#d'"))
                                          .scalar_one()))
    return ReadBack(seen, {key: utc(value) for key, value in column.items()}, posts,
                    [burst.entry.filed_at, *(item.entry.filed_at for item in burst.folded)],
                    [item.entry.filed_at for case in digest.cases for item in case])


def downgraded(database_url: str, revision: str) -> tuple[dict[str, datetime], dict[str, dict]]:
    """Downgrades the database to `revision`; its seen entries' filed_at column, and the entries (JSON) of its
    posts in #c, by key."""
    engine = engine_for(database_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), revision)
    with engine.connect() as conn:
        column: dict[str, Any] = dict(conn.execute(text("SELECT entry_key, filed_at FROM seen_entries")).all())
        entries: dict[str, Any] = dict(conn.execute(text("SELECT entry_key, entry FROM outbox WHERE channel = '#c'"))
                                       .all())
    engine.dispose()
    return {key: utc(value) for key, value in column.items()}, {key: as_json(value) for key, value in entries.items()}


def utc(value: datetime | str) -> datetime:
    """A filed_at column's value as a moment: SQLite gives back the UTC digits (as text, read raw), PostgreSQL a
    moment."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def as_json(value: dict | str) -> dict:
    return json.loads(value) if isinstance(value, str) else value
