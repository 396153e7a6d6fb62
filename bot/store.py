"""Everything durable, in one database: per-source state, entry keys already seen, the outbox, threads.

SQLite by default (WAL mode, busy timeout), PostgreSQL when the URL says so. The schema is created
on open and stamped with a version, so that a later release knows what it is migrating from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import create_engine, event, func, insert, select, update
from sqlalchemy.engine import Engine, make_url

from bot.entry import Entry
from bot.post import Post, Sent
from bot.schema import SCHEMA_VERSION, meta, metadata, outbox, seen_entries, source_state, threads

DEFAULT_DATABASE_URL = "sqlite:///docketbot.db"
_KEY_CHUNK = 500


class StoreError(Exception):
    """The database cannot be used (unreachable, or written by a newer release)."""


@dataclass(frozen=True)
class SourceState:
    source_id: str
    baseline_at: datetime | None
    last_poll_at: datetime | None
    last_success_at: datetime | None
    last_status: str
    last_error: str | None
    failures_in_row: int
    entries_known: int


@dataclass(frozen=True)
class Queued:
    """A post the routing step decided on, with the thread it belongs to."""

    post: Post
    thread_key: str


@dataclass(frozen=True)
class OutboxRow:
    id: int
    post: Post
    thread_key: str
    attempts: int
    next_attempt_at: datetime


def _utc(moment: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without a zone; everything in the store is UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def engine_for(url: str) -> Engine:
    """An engine for a DATABASE_URL; `postgres://` and `postgresql://` get the psycopg 3 driver."""
    if url.startswith(("postgres://", "postgresql://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str = DEFAULT_DATABASE_URL) -> Store:
        store = cls(engine_for(url))
        store.migrate()
        return store

    def close(self) -> None:
        self.engine.dispose()

    def migrate(self) -> None:
        """Creates missing tables and checks the schema version; refuses a database from a newer release."""
        try:
            metadata.create_all(self.engine)
            with self.engine.begin() as conn:
                found = conn.execute(select(meta.c.value).where(meta.c.name == "schema_version")).scalar()
                if found is None:
                    conn.execute(insert(meta).values(name="schema_version", value=str(SCHEMA_VERSION)))
                elif int(found) > SCHEMA_VERSION:
                    raise StoreError(
                        f"the database has schema version {found}; this release knows up to {SCHEMA_VERSION}"
                    )
        except StoreError:
            raise
        except Exception as exc:  # any driver error: say which database, never a password
            where = make_url(self.engine.url).render_as_string(hide_password=True)
            raise StoreError(f"cannot open the store at {where}: {exc.__class__.__name__}: {exc}") from exc

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(meta.c.value).where(meta.c.name == "schema_version")).scalar_one())

    # --- sources -----------------------------------------------------------------------------

    def state(self, source_id: str) -> SourceState | None:
        return self.states([source_id]).get(source_id)

    def states(self, source_ids: Iterable[str] | None = None) -> dict[str, SourceState]:
        query = select(source_state)
        if source_ids is not None:
            query = query.where(source_state.c.source_id.in_(list(source_ids)))
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return {
            row["source_id"]: SourceState(
                **{
                    **row,
                    "baseline_at": _utc(row["baseline_at"]),
                    "last_poll_at": _utc(row["last_poll_at"]),
                    "last_success_at": _utc(row["last_success_at"]),
                }
            )
            for row in rows
        }

    def known_keys(self, source_id: str, keys: Iterable[str]) -> set[str]:
        """Which of `keys` this source has seen before."""
        keys = list(dict.fromkeys(keys))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for start in range(0, len(keys), _KEY_CHUNK):
                chunk = keys[start : start + _KEY_CHUNK]
                query = select(seen_entries.c.entry_key).where(
                    seen_entries.c.source_id == source_id, seen_entries.c.entry_key.in_(chunk)
                )
                found.update(conn.execute(query).scalars())
        return found

    def record_success(
        self, source_id: str, new_entries: Sequence[Entry], queued: Sequence[Queued], now: datetime
    ) -> None:
        """One transaction: the new entries' keys, their outbox rows, and the source's state."""
        with self.engine.begin() as conn:
            known = conn.execute(
                select(source_state.c.entries_known, source_state.c.baseline_at).where(
                    source_state.c.source_id == source_id
                )
            ).first()
            if new_entries:
                conn.execute(
                    insert(seen_entries),
                    [
                        {
                            "source_id": source_id,
                            "entry_key": entry.key,
                            "case_number": entry.case_number,
                            "text": entry.text,
                            "first_seen_at": now,
                        }
                        for entry in new_entries
                    ],
                )
            if queued:
                conn.execute(
                    insert(outbox),
                    [
                        {
                            "channel": item.post.channel,
                            "source_id": source_id,
                            "entry_key": item.post.entry.key,
                            "thread_key": item.thread_key,
                            "events": list(item.post.events),
                            "entry": item.post.entry.to_json(),
                            "status": "pending",
                            "attempts": 0,
                            "created_at": now,
                            "next_attempt_at": now,
                        }
                        for item in queued
                    ],
                )
            values = {
                "last_poll_at": now,
                "last_success_at": now,
                "last_status": "ok",
                "last_error": None,
                "failures_in_row": 0,
            }
            if known is None:
                conn.execute(
                    insert(source_state).values(
                        source_id=source_id, baseline_at=now, entries_known=len(new_entries), **values
                    )
                )
            else:
                conn.execute(
                    update(source_state)
                    .where(source_state.c.source_id == source_id)
                    .values(
                        entries_known=known.entries_known + len(new_entries),
                        baseline_at=known.baseline_at or now,
                        **values,
                    )
                )

    def record_failure(self, source_id: str, error: str, now: datetime) -> None:
        """Counts a failed poll; the entries and baseline stay as they were."""
        with self.engine.begin() as conn:
            changed = conn.execute(
                update(source_state)
                .where(source_state.c.source_id == source_id)
                .values(
                    last_poll_at=now,
                    last_status="error",
                    last_error=error,
                    failures_in_row=source_state.c.failures_in_row + 1,
                )
            ).rowcount
            if not changed:
                conn.execute(
                    insert(source_state).values(
                        source_id=source_id,
                        last_poll_at=now,
                        last_status="error",
                        last_error=error,
                        failures_in_row=1,
                        entries_known=0,
                    )
                )

    # --- outbox ------------------------------------------------------------------------------

    def pending_outbox(self, limit: int = 200) -> list[OutboxRow]:
        """Posts not yet delivered, oldest first (including those waiting for a retry)."""
        query = (
            select(outbox)
            .where(outbox.c.status == "pending")
            .order_by(outbox.c.id)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            OutboxRow(
                id=row["id"],
                post=Post(channel=row["channel"], entry=Entry.from_json(row["entry"]), events=tuple(row["events"])),
                thread_key=row["thread_key"],
                attempts=row["attempts"],
                next_attempt_at=_utc(row["next_attempt_at"]),
            )
            for row in rows
        ]

    def mark_sent(self, row_id: int, sent: Sent, now: datetime) -> None:
        self._update_outbox(
            row_id, status="sent", sent_at=now, remote_channel=sent.channel_id, remote_ts=sent.ts, last_error=None
        )

    def mark_retry(self, row_id: int, error: str, next_attempt_at: datetime) -> None:
        self._update_outbox(
            row_id, attempts=outbox.c.attempts + 1, last_error=error, next_attempt_at=next_attempt_at
        )

    def mark_failed(self, row_id: int, error: str) -> None:
        self._update_outbox(row_id, status="failed", attempts=outbox.c.attempts + 1, last_error=error)

    def _update_outbox(self, row_id: int, **values: object) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.id == row_id).values(**values))

    def outbox_counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(outbox.c.status, func.count()).group_by(outbox.c.status)).all()
        return {status: count for status, count in rows}

    # --- threads -----------------------------------------------------------------------------

    def thread(self, channel: str, thread_key: str) -> Sent | None:
        """The message that started this case's thread in this channel, if any."""
        query = select(threads.c.remote_channel, threads.c.ts).where(
            threads.c.channel == channel, threads.c.thread_key == thread_key
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return Sent(channel_id=row.remote_channel, ts=row.ts) if row else None

    def save_thread(self, channel: str, thread_key: str, sent: Sent) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(threads).values(channel=channel, thread_key=thread_key, remote_channel=sent.channel_id, ts=sent.ts)
            )
