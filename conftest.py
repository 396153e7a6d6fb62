"""Database fixtures (to be merged into tests/conftest.py)."""

from __future__ import annotations

import pytest

from bot.store import Store
from tests.support.databases import database_url as _database_url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A fresh, empty database of each kind: the test runs once on SQLite and once on PostgreSQL."""
    with _database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(database_url):
    opened = Store.open(database_url)
    yield opened
    opened.close()
