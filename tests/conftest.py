"""Shared test setup: the fast set's collection, the --update-golden option of the golden-file tests, and the
real databases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.store import Store
from tests.support.databases import copy_template, make_template
from tests.support.databases import database_url as _database_url

WHOLLY_SLOW = re.compile(rb"^pytestmark = \[?\s*pytest\.mark\.slow\b", re.MULTILINE)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """True for a test module marked slow as a whole (`pytestmark = pytest.mark.slow`, or a list that starts with
    it) when the run leaves the slow tests out (`-m "not slow"`): such a module is not even imported, which
    keeps its imports (hypothesis, selenium) out of the fast set's start. None otherwise: pytest decides."""
    if " ".join(config.option.markexpr.split()) != "not slow":
        return None
    if collection_path.suffix == ".py" and collection_path.name.startswith("test_"):
        return True if WHOLLY_SLOW.search(collection_path.read_bytes()) else None
    return None


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/fixtures/<kind>/<name>.expected.json from what the parsers return now",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return request.config.getoption("--update-golden")


DATABASES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database the migrations made, once per session (per xdist worker), to copy for each test."""
    return make_template(tmp_path_factory.mktemp("template"))


@pytest.fixture(params=DATABASES)
def database_url(request, tmp_path):
    """A fresh database of each kind, its schema current and no rows: the test runs once on SQLite and
    once on PostgreSQL (the PostgreSQL run is left to the full suite: `pytest -m "not slow"` runs each
    test once, on SQLite). The SQLite one is a copy of `sqlite_template`; the PostgreSQL one is an empty
    schema that the first `Store.open` migrates."""
    if request.param == "sqlite":
        yield copy_template(request.getfixturevalue("sqlite_template"), tmp_path)
        return
    with _database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def sqlite_url(sqlite_template, tmp_path):
    """A fresh SQLite database, its schema current and no rows, for a test that needs no PostgreSQL run."""
    return copy_template(sqlite_template, tmp_path)


@pytest.fixture(params=DATABASES)
def empty_database_url(request, tmp_path):
    """A fresh, empty database of each kind (no tables): for the tests of the migrations themselves."""
    with _database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(database_url):
    opened = Store.open(database_url)
    yield opened
    opened.close()
