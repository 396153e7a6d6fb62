"""Real databases for tests: a fresh SQLite file, or a fresh schema in the local PostgreSQL.

PostgreSQL tests skip with a hint when no server answers, unless DOCKETBOT_REQUIRE_POSTGRES=1
(as .ci/run sets), which turns that skip into a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

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
