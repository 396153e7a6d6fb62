"""What a fresh `check` imports: what its sources, its store and its notifier need, and nothing else (a behaviour;
how long start-up takes is bench/startup.py's to measure). A check of one CM/ECF feed into a SQLite store at the
newest revision, printing to the console, imports the feed's reader only: no reader of other kinds (BeautifulSoup,
feedparser), no Alembic, no PostgreSQL driver or SQLAlchemy dialect, and none of rich (not a terminal), Jinja2 (the
status page), Apprise, slack_sdk and Bolt (no token), APScheduler (the worker), pypdfium2 (previews) and
prometheus_client (no one reads a check's metrics); and a check that finds the feed unchanged does not import lxml,
which reads it. Reading a config alone imports no fetcher (requests), store (SQLAlchemy) or HTML reader."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.feeds import FIXTURES, ChangingFeed

ROOT = Path(__file__).resolve().parent.parent

# Runs `python -m bot ARGS...` in this process and writes the modules it imported to the file $MODULES_FILE.
RUN_BOT = """
import json, os, runpy, sys
sys.argv = ["python -m bot", *sys.argv[1:]]
try:
    runpy.run_module("bot", run_name="__main__")
finally:
    with open(os.environ["MODULES_FILE"], "w") as out:
        json.dump(sorted(sys.modules), out)
"""

NOT_FOR_A_FEED = (
    "bs4", "soupsieve", "feedparser", "alembic", "psycopg", "sqlalchemy.dialects.postgresql", "rich", "jinja2",
    "apprise", "slack_sdk", "slack_bolt", "apscheduler", "pypdfium2", "prometheus_client",
    "scrapers.courtlistener", "scrapers.html_docket", "scrapers.news_html", "scrapers.news_rss", "scrapers.odyssey",
    "scrapers.texas_courts",
)


@pytest.mark.slow
def test_a_check_of_a_feed_imports_its_reader_and_not_the_rest(tmp_path, httpserver, sqlite_url):
    feed = ChangingFeed(httpserver, (FIXTURES / "pacer_rss" / "mdb_1.xml").read_bytes())
    config = tmp_path / "sources.yaml"
    config.write_text(f"http:\n  per_host_interval: 0s\nsources:\n  - id: mdb\n    kind: pacer_rss\n    url: {feed.url}\n"
                      'subscriptions:\n  - channel: "#all"\n')
    environ = {key: value for key, value in os.environ.items() if not key.startswith(("SLACK_", "DOCKETBOT_"))}
    environ |= {"DATABASE_URL": sqlite_url, "MODULES_FILE": str(tmp_path / "modules.json")}

    def check() -> tuple[str, set[str]]:
        """A fresh `check`: what it printed, and the modules it imported."""
        result = subprocess.run([sys.executable, "-c", RUN_BOT, "--config", str(config), "check"], cwd=ROOT,
                                env=environ, capture_output=True, text=True)
        assert (result.returncode, result.stderr) == (0, "")
        return result.stdout, set(json.loads((tmp_path / "modules.json").read_text()))

    printed, imported = check()
    assert printed.startswith("mdb  baseline: 2 entries recorded") and feed.requests == 1
    assert {"scrapers.pacer_rss", "lxml.etree", "sqlalchemy", "notifiers.console"} <= imported
    assert [name for name in NOT_FOR_A_FEED if name in imported] == []
    printed, imported = check()  # the feed as before: not parsed, so not even its XML reader is imported
    assert printed.startswith("mdb  ok  0 new of 2 (page unchanged, not parsed)") and feed.requests == 2
    assert {"scrapers.pacer_rss", "sqlalchemy", "notifiers.console"} <= imported
    assert [name for name in (*NOT_FOR_A_FEED, "lxml") if name in imported] == []


@pytest.mark.slow
def test_reading_a_config_imports_no_fetcher_store_or_html_reader(tmp_path):
    config = tmp_path / "sources.yaml"
    config.write_text("sources:\n  - id: nmd\n    kind: pacer_rss\n    court: nmd\n")
    check = (f"import sys; from bot.config import load_config; print(load_config({str(config)!r}).sources[0].court); "
             "print(sorted(name for name in ('requests', 'tenacity', 'sqlalchemy', 'bs4') if name in sys.modules))")
    result = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.splitlines() == ["nmd", "[]"]
