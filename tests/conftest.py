"""Shared test setup: the fast set's collection, the --update-golden option of the golden-file tests, the
real databases, the fake Slack, and the config file a test points the bot at."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from bot.store import Store
from tests.fakes.slack_api import FakeSlack
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


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    """The fake Slack Web API (tests/fakes/slack_api.py) on a local port, for this test."""
    with FakeSlack() as fake:
        yield fake


# What a test's config starts with: no pacing of requests to one server or of posts to one channel, and one
# attempt per request, so that a test waits for nothing and a court that fails fails at once.
HTTP_SETTINGS = {"per_host_interval": "0s", "attempts": "1"}
SLACK_SETTINGS = "slack:\n  post_interval: 0s\n"


@pytest.fixture
def use_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """Points the bot at a config for this test: `use_config(body, database_url)` writes tmp_path/sources.yaml,
    the common header (`http:` with HTTP_SETTINGS, `http` added to or overriding them, and `slack:` with
    post_interval 0s) then `body` (the YAML of the other top-level sections, `sources:` and on), or `body` alone
    with header=False; sets DOCKETBOT_CONFIG to it and DATABASE_URL to `database_url`; sets SLACK_BOT_TOKEN and
    SLACK_API_URL to `slack`'s (posts go to that fake Slack) or, without `slack`, unsets SLACK_BOT_TOKEN (posts
    go to the console). Returns the file's path. The environment is restored after the test."""

    def write(body: str, database_url: str, *, header: bool = True, slack: FakeSlack | None = None,
              http: Mapping[str, str] | None = None) -> Path:
        settings = "".join(f"  {name}: {value}\n" for name, value in (HTTP_SETTINGS | dict(http or {})).items())
        config = tmp_path / "sources.yaml"
        config.write_text(f"http:\n{settings}{SLACK_SETTINGS}{body}" if header else body)
        monkeypatch.setenv("DOCKETBOT_CONFIG", str(config))
        monkeypatch.setenv("DATABASE_URL", database_url)
        if slack is None:
            monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
        else:
            monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)
            monkeypatch.setenv("SLACK_API_URL", slack.base_url)
        return config

    return write
