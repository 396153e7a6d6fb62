"""Revision 0019 on both databases: CourtListener's entries (keys `cl:...`) a store at revision 0018 holds dated
00:00 UTC (the scraper's dates before it read them on the court's clock) are read back at midnight on their court's
clock, in the seen entries and in the outbox's copies (a post, a burst's further entries, a digest's entries); an
entry of a court without a known zone, one at another time, and another kind's entry at 00:00 UTC stay as they are;
the downgrade puts 00:00 UTC back."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import import_module
from zoneinfo import ZoneInfo

from bot.core.courts import courts
from bot.store import Store
from notifiers.message import filed_on
from tests.support.stored_dates import Row, downgraded, read_back, store_at

UTC_MIDNIGHT = datetime(2026, 11, 30, tzinfo=UTC)
NEW_YORK = datetime(2026, 11, 30, tzinfo=ZoneInfo("America/New_York"))
LOS_ANGELES = datetime(2026, 11, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
HONOLULU = datetime(2026, 11, 30, tzinfo=ZoneInfo("Pacific/Honolulu"))
AFTERNOON = datetime(2026, 11, 30, 15, 30, tzinfo=UTC)

ROWS = [
    Row("nvlsp", "cl:4214664:1", "nysd", UTC_MIDNIGHT, NEW_YORK),  # a docket's entry
    Row("search", "cl:77:e3", "ca9", UTC_MIDNIGHT, LOS_ANGELES),  # a search's
    Row("search", "cl:78:docket", "hid", UTC_MIDNIGHT, HONOLULU),  # a search's new docket
    Row("nvlsp", "cl:4214664:2", "nysd", NEW_YORK, NEW_YORK),  # stored by this release's scraper already
    Row("nvlsp", "cl:4214664:3", "nysd", AFTERNOON, AFTERNOON),  # not a date alone
    Row("scotus", "cl:9:1", "scotus", UTC_MIDNIGHT, UTC_MIDNIGHT),  # a court without a known zone
    Row("pushed", "cl:9:2", "", UTC_MIDNIGHT, UTC_MIDNIGHT),  # a webhook's whose docket could not be read
    Row("sdny", "https://ecf.nysd.uscourts.gov/doc1/1", "nysd", UTC_MIDNIGHT, UTC_MIDNIGHT),  # not CourtListener's
]
BURST = [Row("nvlsp", "cl:4214664:0", "nysd", UTC_MIDNIGHT, NEW_YORK), ROWS[0], ROWS[3]]


def test_revision_0019_dates_courtlistener_entries_at_midnight_on_their_court_s_clock_and_back(empty_database_url):
    store_at(empty_database_url, "0018", ROWS, BURST, ROWS[1])
    store = Store.open(empty_database_url)
    want = {row.key: row.read for row in ROWS}
    read = read_back(store)
    store.close()
    assert read.seen == read.column == read.posts == want  # the column is what `entries` sorts and filters by
    assert read.burst == [NEW_YORK, NEW_YORK, NEW_YORK]
    assert read.digest == [LOS_ANGELES]
    assert filed_on(NEW_YORK, "nysd") == "2026-11-30" and filed_on(UTC_MIDNIGHT, "nysd") == "2026-11-29 19:00 EST"

    column, entries = downgraded(empty_database_url, "0018")
    assert column == {row.key: row.stored for row in ROWS} | {"cl:4214664:2": UTC_MIDNIGHT}  # midnight on its clock
    assert entries["cl:4214664:1"]["filed_at"] == "2026-11-30T00:00:00+00:00"


def test_the_revision_s_zones_are_the_courts_table_s():
    """The revision writes its zones down (a migration does not import the app, whose table may grow): each is the
    zone the table gives its court, so that the upgrade dates an entry as the scraper now does."""
    revision = import_module("bot.store.migrations.versions.0019_courtlistener_midnight")
    table = courts()
    assert len(revision._ZONES) > 200
    assert {court: zone for court, zone in revision._ZONES.items() if ZoneInfo(table[court].zone) != zone} == {}
