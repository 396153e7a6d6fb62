"""The store's unit of work: one engine, shared by every kind of record, and one connection or transaction
per store call.

Each record module (sources.py, entries.py, outbox.py, ...) adds its calls to `Database`; a call reads in
one connection (`engine.connect()`) or writes in one transaction (`engine.begin()`). A write that spans
kinds of record (a poll's commit: bot/store/harvest.py) opens one transaction and hands its connection to
the record modules' functions that take a `conn`, so that it commits whole or not at all.

SQLite by default (WAL mode, busy timeout), PostgreSQL when the URL says so. The schema is brought up
to date on open by Alembic migrations (bot/store/migrate.py), safely when several processes open it at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Self, overload

from sqlalchemy import Table, create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError

from bot.store import migrate as migrations

if TYPE_CHECKING:
    from sqlalchemy.dialects.postgresql import Insert as PostgresqlInsert
    from sqlalchemy.dialects.sqlite import Insert as SqliteInsert

DEFAULT_DATABASE_URL = "sqlite:///docketbot.db"
_KEY_CHUNK = 500


class StoreError(Exception):
    """The database cannot be used (unreachable, or written by a newer release)."""


def engine_for(url: str) -> Engine:
    """An engine for a DATABASE_URL; `postgres://` and `postgresql://` get the psycopg 3 driver.

    Raises StoreError for a URL that is not one of a SQLite or PostgreSQL database.
    """
    if url.startswith(("postgres://", "postgresql://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    try:
        parsed = make_url(url)
    except ArgumentError:
        parsed = None
    if parsed is None or parsed.get_backend_name() not in ("sqlite", "postgresql"):
        shown = parsed.render_as_string(hide_password=True) if parsed else ("…" if "@" in url else url)
        hint = f"sqlite:///{url}" if "://" not in url else "sqlite:///path/to/file.db"
        raise StoreError(
            f"DATABASE_URL {shown!r} is not a database URL the bot can use: give {hint} or "
            "postgresql://user:password@host/database"
        )
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            # WAL with synchronous=NORMAL: a commit is written to the log without waiting for the disk (about
            # 0.02 ms instead of 5 ms here). A process crash loses nothing; a power cut or OS crash may undo the
            # last commits, never corrupts: their filings are then polled and queued again, or a post marked
            # sent is sent again, which the crash suite's "at least once, never lost" already allows.
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})


def store_exists(url: str) -> bool:
    """False only for a SQLite database whose file is not there yet (any other database, or SQLite in memory: True):
    what a dry run must not create. Raises sqlalchemy's ArgumentError for a URL that is no database URL."""
    path = _sqlite_file(url)
    return path is None or path.exists()


def would_create_store(url: str) -> bool:
    """True for a SQLite database whose file is not there yet, in a folder that is (opening it would create it);
    False for any other database, or a URL that is no database URL (opening it says what is wrong)."""
    try:
        path = _sqlite_file(url)
    except ArgumentError:
        return False
    return path is not None and not path.exists() and path.parent.is_dir()


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite database URL; None for any other database, or SQLite in memory."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def upsert(conn: Connection, table: Table) -> PostgresqlInsert | SqliteInsert:
    """An INSERT into `table` in the connection's dialect, which has `on_conflict_do_nothing/_update`."""
    return dialect_insert(conn.dialect.name, table)


def dialect_insert(dialect: str, table: Table) -> PostgresqlInsert | SqliteInsert:
    """An INSERT into `table` in `dialect` ("postgresql", else SQLite's), which has `on_conflict_do_nothing/_update`:
    for a statement built once per dialect rather than per connection (see `upsert`). The dialect's module is
    imported here, where it is in use already: a process on SQLite never imports PostgreSQL's."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


@overload
def utc(moment: datetime) -> datetime: ...
@overload
def utc(moment: None) -> None: ...
def utc(moment: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without a zone; everything in the store is UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def chunks(values: Iterable[str]) -> Iterator[list[str]]:
    """The distinct `values`, in order, in lists of at most _KEY_CHUNK: one `IN (...)` query each, within the
    databases' limits on bound parameters."""
    distinct = list(dict.fromkeys(values))
    for start in range(0, len(distinct), _KEY_CHUNK):
        yield distinct[start : start + _KEY_CHUNK]


class Database:
    """The engine every kind of record shares, and the calls about the database itself."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # The notifier this process delivers Slack's channels through (Notifier.name: `slack`, or `console` without
        # a token; App sets it), recorded with each message it queues to a Slack channel, so that only a process
        # with that notifier delivers the message (bot/store/outbox.py). None: recorded as any.
        self.slack_notifier: str | None = None

    @classmethod
    def open(cls, url: str = DEFAULT_DATABASE_URL, odyssey_clocks: Mapping[str, str] | None = None) -> Self:
        """The store at a DATABASE_URL, its schema brought up to date (the migrations given `odyssey_clocks`: the
        zone's name each odyssey source of the config dates its entries on, by source id; see
        bot/store/migrate.py); raises StoreError (see `migrate`)."""
        store = cls(engine_for(url))
        store.migrate(odyssey_clocks)
        return store

    def close(self) -> None:
        self.engine.dispose()

    def migrate(self, odyssey_clocks: Mapping[str, str] | None = None) -> None:
        """Brings the schema up to date (see bot/store/migrate.py), the migrations given `odyssey_clocks` (see
        `open`); refuses a database from a newer release."""
        try:
            migrations.upgrade(self.engine, odyssey_clocks)
        except migrations.NewerSchema as exc:
            raise StoreError(f"{exc}: it was written by a newer release of docketbot") from exc
        except Exception as exc:  # any driver error: say which database, never a password
            where = make_url(self.engine.url).render_as_string(hide_password=True)
            cause = getattr(exc, "orig", None) or exc  # the driver's own error, without SQLAlchemy's link and SQL
            detail = "; ".join(line.strip() for line in str(cause).splitlines() if line.strip())
            raise StoreError(f"cannot open the store at {where}: {detail}") from exc

    def ping(self) -> None:
        """Raises when the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.execute(text("select 1"))

    def schema_revision(self) -> str | None:
        """The Alembic revision of the database (bot/store/migrations/versions)."""
        with self.engine.connect() as conn:
            return migrations.revision(conn)
