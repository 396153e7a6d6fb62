"""Real databases for tests: a fresh SQLite file, or a fresh schema in the local PostgreSQL.

A fresh SQLite database whose schema is already current is a copy of a template file that the
migrations made once per test session (`copy_template`): running the Alembic migrations costs about
0.1 s of CPU per database, and hundreds of tests start on one. The migrations themselves are tested on
empty databases (tests/test_store.py, tests/test_migrate.py).

PostgreSQL tests skip with a hint when no server answers, unless DOCKETBOT_REQUIRE_POSTGRES=1
(as .ci/run sets), which turns that skip into a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from bot.store import Store

POSTGRES_URL = os.environ.get("DOCKETBOT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ENABLE_HINT = (
    f"PostgreSQL is not reachable at {POSTGRES_URL}: start it (pg_ctlcluster ... main start) "
    "or point DOCKETBOT_TEST_POSTGRES_URL at a server to run these tests"
)


def _postgres_unavailable() -> str | None:
    try:
        engine = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
    except Exception as exc:  # any driver error means: no usable server
        return f"{ENABLE_HINT} ({exc.__class__.__name__})"
    return None


def skip_or_fail_without_postgres() -> None:
    reason = _postgres_unavailable()
    if reason is None:
        return
    if os.environ.get("DOCKETBOT_REQUIRE_POSTGRES") == "1":
        pytest.fail(reason + " [DOCKETBOT_REQUIRE_POSTGRES=1 makes this a failure]")
    pytest.skip(reason)


@contextmanager
def postgres_schema_url() -> Iterator[str]:
    """A URL whose connections live in a new, empty schema, dropped afterwards."""
    skip_or_fail_without_postgres()
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'create schema "{schema}"'))
    separator = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'drop schema "{schema}" cascade'))
        admin.dispose()


@contextmanager
def database_url(kind: str, tmp_path: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'docketbot.db'}"
    else:
        with postgres_schema_url() as url:
            yield url


def make_template(directory: Path) -> Path:
    """A SQLite database in `directory` that the migrations brought to the newest revision; its path."""
    path = directory / "template.db"
    Store.open(f"sqlite:///{path}").close()  # closing the last connection folds the WAL into the file
    return path


def copy_template(template: Path, tmp_path: Path) -> str:
    """A fresh SQLite database in `tmp_path` with the current schema and no rows: a copy of `template`."""
    path = tmp_path / "docketbot.db"
    shutil.copyfile(template, path)
    return f"sqlite:///{path}"


def read_moment(value: datetime | str) -> datetime:
    """A UtcDateTime column's value read raw, as a moment: SQLite gives back the UTC digits (as text, without a
    zone), PostgreSQL a moment."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_json(value: dict | str) -> dict:
    """A JSON column's value read raw: SQLite gives back its text, PostgreSQL the value."""
    return json.loads(value) if isinstance(value, str) else value
