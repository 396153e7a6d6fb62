"""Brings the store's schema up to date with Alembic, safely when any number of processes start at once.

Every process that opens the store runs `upgrade`: in one transaction that first takes a lock (a
PostgreSQL advisory lock for the schema in use; SQLite's write lock, `BEGIN IMMEDIATE`), it reads the
database's revision and applies the missing migrations (bot/store/migrations/versions). The first process
migrates; the others wait for the lock, then find the schema current. A database written before
Alembic (`schema_version` 1 or 2 in `docketbot_meta`) is brought to version 2 and stamped with the
baseline revision "0001" first. A database at a revision this release does not know (written by a
newer release) is refused rather than misread. A database already at the newest revision (named by the newest
file in migrations/versions, `NNNN_*.py`) is seen to be so with one query, without loading Alembic.

A migration reads the database alone, but for what only the config knows, which the process opening the store
hands it (`upgrade(engine, odyssey_clocks)`): revision 0022 the odyssey sources and the clock each dates its
entries on. A store upgraded by a process without them (a test's, a config without those sources) leaves their
entries as they were.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS = Path(__file__).with_name("migrations")
BASELINE = "0001"

# The docketbot_meta `schema_version` releases before Alembic wrote, and the changes from each to the next.
LEGACY_VERSION = 2
LEGACY_UPGRADES: dict[int, tuple[str, ...]] = {
    2: (
        "ALTER TABLE source_state ADD COLUMN last_parsed INTEGER",
        "ALTER TABLE source_state ADD COLUMN alert VARCHAR(16)",
        "ALTER TABLE outbox ADD COLUMN notice TEXT",
        "ALTER TABLE outbox ADD COLUMN folded JSON",
        "ALTER TABLE outbox ADD COLUMN echo_of VARCHAR(256)",
        "ALTER TABLE outbox ADD COLUMN claimed_by VARCHAR(128)",
        "ALTER TABLE outbox ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE",
        "ALTER TABLE source_state ADD COLUMN lease_holder VARCHAR(128)",
        "ALTER TABLE source_state ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE",
    ),
}
# What an Alembic-managed database says in `schema_version`, so that a release before Alembic refuses it.
MANAGED_VERSION = "3"


class NewerSchema(Exception):
    """The database was migrated by a newer release."""


def alembic_config(connection: Connection | None = None, odyssey_clocks: Mapping[str, str] | None = None) -> AlembicConfig:
    """Alembic's config for migrating on `connection`; `odyssey_clocks` (source id -> a time zone's name: the zone
    each odyssey source of the config dates its entries on) is what revision 0022 reads of the config."""
    from alembic.config import Config as AlembicConfig  # (Alembic only where a migration may run)

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    config.attributes["odyssey_clocks"] = dict(odyssey_clocks or {})
    return config


def head() -> str:
    """The newest revision this release knows."""
    from alembic.script import ScriptDirectory

    revision = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if revision is None:
        raise RuntimeError(f"no migrations in {MIGRATIONS}")
    return revision


def newest_file_revision() -> str:
    """The revision of the newest migration file (`0023` of versions/0023_corrections.py): `head()` when the
    files are numbered in order, as they are (tests/test_store.py checks it)."""
    return max(path.name.split("_", 1)[0] for path in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def revision(connection: Connection) -> str | None:
    """The database's revision, None when Alembic never ran on it."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def is_current(engine: Engine) -> bool:
    """Whether the database is at the newest revision already (one query; False when it cannot tell)."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [
                newest_file_revision()
            ]
    except DBAPIError:  # no alembic_version table yet
        return False


def upgrade(engine: Engine, odyssey_clocks: Mapping[str, str] | None = None) -> None:
    """Migrates the database of `engine` to `head()` under a lock, the migrations given `odyssey_clocks` (see
    `alembic_config`); raises NewerSchema for a newer database."""
    if is_current(engine):
        return
    locking = _locking_engine(engine)
    try:
        with locking.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('docketbot-migrate:' || current_schema()))"))
            _upgrade_locked(conn, odyssey_clocks)
    finally:
        if locking is not engine:
            locking.dispose()


def _upgrade_locked(conn: Connection, odyssey_clocks: Mapping[str, str] | None) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    current = revision(conn)
    if current is None and inspect(conn).has_table("docketbot_meta"):
        found = conn.execute(text("SELECT value FROM docketbot_meta WHERE name = 'schema_version'")).scalar()
        if found is not None and int(found) > LEGACY_VERSION:
            raise NewerSchema(f"the database has schema version {found} but no Alembic revision")
        for version in range(int(found or LEGACY_VERSION) + 1, LEGACY_VERSION + 1):
            for statement in LEGACY_UPGRADES.get(version, ()):
                conn.execute(text(statement))
        command.stamp(alembic_config(conn), BASELINE)
        current = BASELINE
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise NewerSchema(f"the database has schema revision {current}; this release knows up to {script.get_current_head()}")
    if current != script.get_current_head():
        command.upgrade(alembic_config(conn, odyssey_clocks), "head")
    conn.execute(text("DELETE FROM docketbot_meta WHERE name = 'schema_version'"))
    conn.execute(text(f"INSERT INTO docketbot_meta (name, value) VALUES ('schema_version', '{MANAGED_VERSION}')"))


def _locking_engine(engine: Engine) -> Engine:
    """`engine` itself for PostgreSQL; for SQLite, an engine whose transactions begin with BEGIN IMMEDIATE,
    which takes the database's write lock at once (others wait out the busy timeout), DDL included."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return engine  # (a database in memory belongs to this process alone)
    locking = create_engine(engine.url, connect_args={"timeout": 60})

    @event.listens_for(locking, "connect")
    def _manual_transactions(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # the driver starts no transaction of its own
        dbapi_connection.execute("PRAGMA busy_timeout=60000")
        dbapi_connection.execute("PRAGMA journal_mode=WAL")

    @event.listens_for(locking, "begin")
    def _begin_immediate(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return locking
