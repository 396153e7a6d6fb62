"""Entries without a readable date: a filing whose date cell is empty, or not in the source's `date_format`, or
an RSS item without a readable pubDate, is kept (posted undated) and reported on every surface a skipped item is:
`parse`, the `check` line, `sources`; and it never starts a case's thread ahead of older dated filings."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from bot.cli import main
from bot.core.entry import Entry
from bot.pipeline.diff import newest, oldest_first
from scrapers.base import Undated, undated_note
from scrapers.html_docket import HtmlDocket, HtmlDocketSettings
from scrapers.pacer_rss import PacerRss, PacerRssSettings
from tests.support.feeds import FIXTURES, ChangingFeed

UNDATED_PAGE = FIXTURES / "html_docket" / "county_register_undated.html"
SETTINGS = json.loads((FIXTURES / "html_docket" / "county_register_undated.source.json").read_text())
URL = "https://courts.larimer.example/cases/2023CV004127/"
WVSD = (FIXTURES / "pacer_rss" / "wvsd.xml").read_bytes()


def county(**settings: object) -> HtmlDocket:
    return HtmlDocket(HtmlDocketSettings.model_validate(
        {"id": "larimer", "kind": "html_docket", "url": URL, **SETTINGS, **settings}))


def test_rows_without_a_readable_date_are_kept_and_said_where_and_why():
    parsed = county().read(UNDATED_PAGE.read_bytes(), URL)
    assert [entry.number for entry in parsed.entries] == ["1", "2", "3", "4"]
    assert [entry.filed_at is None for entry in parsed.entries] == [False, True, True, False]
    assert parsed.skipped == []
    assert parsed.undated == [Undated("row 2", "has no date"),
                              Undated("row 3", "'2026-11-25' does not match %m/%d/%Y")]
    assert undated_note(parsed.undated) == "2 entries without a readable date, e.g. row 2 has no date"
    assert undated_note(parsed.undated[1:]) == "1 entry without a readable date: row 3 '2026-11-25' does not match %m/%d/%Y"


def test_without_a_date_format_the_common_formats_are_tried_and_named():
    page = UNDATED_PAGE.read_bytes().replace(b">2026-11-25<", b">25.11.2026<")
    parsed = county(date_format=None).read(page, URL)
    assert parsed.undated[1] == Undated("row 3", "'25.11.2026' matches no common date format (give the source a "
                                                 "date_format)")


def test_a_source_that_selects_no_date_is_undated_by_its_config_and_not_reported():
    selectors = {name: css for name, css in SETTINGS["selectors"].items() if name != "date"}
    parsed = county(selectors=selectors).read(UNDATED_PAGE.read_bytes(), URL)
    assert all(entry.filed_at is None for entry in parsed.entries) and parsed.undated == []


def test_rss_items_without_a_readable_pubdate_are_kept_and_said_which():
    # items 2 and 3 of wvsd.xml lose their dates
    feed = WVSD.replace(b"<pubDate>Tue, 15 May 2018 19:14:26 GMT</pubDate>", b"<pubDate>yesterday</pubDate>")
    feed = feed.replace(b"<pubDate>Mon, 14 May 2018 20:17:47 GMT</pubDate>", b"")
    scraper = PacerRss(PacerRssSettings(id="wvsd", url="https://ecf.wvsd.uscourts.gov/cgi-bin/rss_outside.pl"))
    parsed = scraper.read(feed, scraper.source.url)
    assert [entry.filed_at is None for entry in parsed.entries] == [False, True, True]
    assert parsed.undated == [Undated("item 2", "<pubDate> 'yesterday' is not an RSS date"),
                              Undated("item 3", "has no <pubDate>")]
    assert parsed.skipped == []


def test_parse_prints_each_undated_entry_and_counts_them(capsys):
    selectors = json.dumps(SETTINGS["selectors"])
    status = main(["parse", "html_docket", str(UNDATED_PAGE), "--set", f"selectors={selectors}",
                   "--set", "date_format=%m/%d/%Y"])
    out, err = capsys.readouterr()
    assert status == 0
    assert [json.loads(line)["filed_at"] for line in out.splitlines()] == [
        "2023-11-02T00:00:00+00:00", None, None, "2023-12-01T00:00:00+00:00"]
    assert err.splitlines() == [
        "undated: row 2 has no date",
        "undated: row 3 '2026-11-25' does not match %m/%d/%Y",
        "4 entries, 0 skipped; 2 entries without a readable date, e.g. row 2 has no date (kept, filed_at null)",
    ]


@pytest.fixture
def larimer(httpserver, use_config, sqlite_url):
    """The undated register served over a local socket, as a source whose first poll posts its 4 entries."""
    page = ChangingFeed(httpserver, UNDATED_PAGE.read_bytes(), path="/cases/2023CV004127/")
    use_config(
        f"""\
sources:
  - id: larimer
    kind: html_docket
    url: {page.url}
    selectors: {json.dumps(SETTINGS["selectors"])}
    date_format: "%m/%d/%Y"
    backfill: 4
subscriptions:
  - channel: "#all"
    events: [all]
""",
        sqlite_url,
    )
    return page


def test_check_and_sources_report_undated_entries_and_their_posts_come_last(larimer, capsys):
    assert main(["check"]) == 0
    out, err = capsys.readouterr()
    line = out.splitlines()[0]
    assert line.startswith("larimer  baseline:")
    assert line.endswith("UNDATED: 2 entries without a readable date, e.g. row 2 has no date (kept)")
    assert "undated" not in err  # said once, on the line (the worker's log says it)
    # the posts in the order they went out: the dated filings first, so the oldest of them starts the case's thread
    posted = [text for text in ("Complaint for breach", "Answer and Counterclaim", "Notice of Voluntary Dismissal",
                                "Order of Dismissal") if text in out]
    assert len(posted) == 4
    assert sorted(posted, key=out.index) == posted

    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].split()[-1] == "0"  # the SKIPPED column: nothing was skipped
    assert "larimer: last poll kept 2 entries without a readable date, e.g. row 2 has no date" in out

    assert main(["check"]) == 0  # the page unchanged: not parsed again, and its note stands
    capsys.readouterr()
    assert main(["sources"]) == 0
    assert "larimer: last poll kept 2 entries without a readable date" in capsys.readouterr().out

    larimer.body = larimer.body.replace(b'<td class="filed"></td>', b'<td class="filed">11/20/2023</td>').replace(
        b">2026-11-25<", b">11/25/2023<")  # the court fills in the dates: the next poll's note is gone
    assert main(["check"]) == 0
    assert "UNDATED" not in capsys.readouterr().out
    assert main(["sources"]) == 0
    assert "without a readable date" not in capsys.readouterr().out


def entry(key: str, filed: datetime | None, number: str | None = None) -> Entry:
    return Entry(source_id="s", key=key, case_number="1:23-cv-1", case_name="A v. B", court="nmd", text=key,
                 filed_at=filed, number=number)


def test_undated_entries_come_after_every_dated_one_in_filing_order_and_in_backfill():
    # a docket page lists the oldest first; its undated row is the first listed
    listed = [entry("undated", None, "2"), entry("old", datetime(2023, 11, 2, tzinfo=UTC), "1"),
              entry("new", datetime(2023, 12, 1, tzinfo=UTC), "4")]
    assert [item.key for item in oldest_first(listed)] == ["old", "new", "undated"]
    assert [item.key for item in newest(listed, 2)] == ["new", "old"]
    assert [item.key for item in newest(listed, 3)] == ["new", "old", "undated"]
