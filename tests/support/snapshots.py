"""A database state that many tests start from, made once per test process and copied for each of them.

Tests of `why`, `entries` and `/docket why` start from a store that polled a real feed twice (a baseline, then 75
new filings, delivered): about 0.8 s a test. On SQLite the first test that asks for a state makes it, and the
others get a copy of its database (SQLite's backup API, so that what the write-ahead log holds is copied too).
On PostgreSQL (the full suite) every test makes the state itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

_MADE: dict[str, Path] = {}


def start_from(name: str, database_url: str, make: Callable[[], None], keep: Path) -> bool:
    """Brings the database at `database_url` to the state `make()` leaves it in; True when `make` ran, False when
    the state was copied from the database it made for an earlier test of this process (SQLite only: `keep` is
    a directory that lasts the session, where that copy is kept)."""
    prefix = "sqlite:///"
    if not database_url.startswith(prefix):
        make()
        return True
    path = Path(database_url.removeprefix(prefix))
    if name in _MADE:
        _copy(_MADE[name], path)
        return False
    make()
    _MADE[name] = keep / f"{name}.db"
    _copy(path, _MADE[name])
    return True


def _copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    reading.close()
    writing.close()
