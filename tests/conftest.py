"""Shared test setup: the --update-golden option of the golden-file tests, and the real databases."""

from __future__ import annotations

import pytest

from bot.store import Store
from tests.support.databases import database_url as _database_url


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/fixtures/<kind>/<name>.expected.json from what the parsers return now",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def database_url(request, tmp_path):
    """A fresh, empty database of each kind: the test runs once on SQLite and once on PostgreSQL (the
    PostgreSQL run is left to the full suite: `pytest -m "not slow"` runs each test once, on SQLite)."""
    with _database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(database_url):
    opened = Store.open(database_url)
    yield opened
    opened.close()
