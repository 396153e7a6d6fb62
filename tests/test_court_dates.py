"""Posts give a filing's date on its court's clock: PACER feeds' GMT times shown in the court's zone, with the zone;
a date-only entry (midnight on the court's clock) shows its date alone."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

from bot.core.courts import midnight
from bot.core.entry import Entry
from bot.core.post import Item, Post
from notifiers.console import format_post
from notifiers.message import facts, filed_on
from notifiers.slack.render import render
from scrapers.pacer_rss import PacerRss, PacerRssSettings

FEED = Path(__file__).parent / "fixtures" / "pacer_rss" / "sdny_1.xml"


def rss_entry() -> Entry:
    """Chau v. Donovan, filed on Tue, 17 Apr 2018 at 8:09 pm in New York: the feed says Wed, 18 Apr 00:09:55 GMT."""
    url = "https://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl"
    entry = PacerRss(PacerRssSettings(id="nysd", kind="pacer_rss", url=url)).parse(FEED.read_bytes(), url)[0]
    assert entry.filed_at == datetime(2018, 4, 18, 0, 9, 55, tzinfo=UTC)  # stored as the feed gives it
    return entry


def test_an_evening_filing_in_new_york_is_of_that_day_in_the_console_and_on_slack() -> None:
    entry = rss_entry()
    post = Post(channel="#c", entry=entry, events=("appearance",))
    assert "filed 2018-04-17 20:09 EDT · No. 3" in format_post(post, "to #c").splitlines()
    _, blocks = render(post)
    assert blocks[-1]["elements"][0]["text"].startswith("filed 2018-04-17 20:09 EDT · No. 3 · ")


def test_a_burst_lists_each_entry_on_its_court_clock() -> None:
    entry = rss_entry()
    items = tuple(Item(entry, ("order",)) for _ in range(6))
    _, blocks = render(Post(channel="#c", entry=entry, events=("order",), folded=items))
    shown = "\n".join(block["text"]["text"] for block in blocks if "text" in block)
    assert "filed 2018-04-17 20:09 EDT · No. 3" in shown


def test_zones_of_other_courts_and_standard_time() -> None:
    moment = datetime(2024, 1, 10, 3, 30, tzinfo=UTC)
    assert filed_on(moment, "cacd") == "2024-01-09 19:30 PST"
    assert filed_on(moment, "ca5") == "2024-01-09 21:30 CST"
    assert filed_on(moment, "azd") == "2024-01-09 20:30 MST"  # Arizona keeps standard time in summer too
    assert filed_on(datetime(2024, 7, 10, 3, 30, tzinfo=UTC), "azd") == "2024-07-09 20:30 MST"


def test_a_date_only_entry_shows_its_date_alone() -> None:
    entry = Entry(source_id="d", key="k", case_number="1:18-cv-03365", case_name="Chau v. Donovan", court="nysd",
                  text="Order", filed_at=midnight(date(2018, 4, 17), "nysd"))
    assert facts(entry) == ["filed 2018-04-17"]


def test_a_court_whose_zone_is_unknown_shows_the_date_as_given() -> None:
    moment = datetime(2024, 3, 1, 23, 30, tzinfo=UTC)
    assert filed_on(moment, "tx-harris-county") == "2024-03-01"
    assert filed_on(moment, "") == "2024-03-01"


def test_the_sources_table_says_which_zone_its_times_are_in(httpserver, use_config, sqlite_url, capsys) -> None:
    from bot.cli import main
    from tests.support.feeds import ChangingFeed

    feed = ChangingFeed(httpserver, FEED.read_bytes())
    use_config(f"timezone: America/New_York\nsources:\n  - id: nysd\n    kind: pacer_rss\n    url: {feed.url}\n",
               sqlite_url, header=False)
    main(["check"])
    capsys.readouterr()
    assert main(["sources"]) == 0
    row = capsys.readouterr().out.splitlines()[1]
    # the last poll (and the next run, when a worker runs) in the config's zone, named
    assert re.search(r"every 15m\s+(-|\d{4}-\d\d-\d\d \d\d:\d\d E[SD]T)\s+\d{4}-\d\d-\d\d \d\d:\d\d E[SD]T\s+ok", row), row
