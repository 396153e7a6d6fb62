"""Revision 0018 on both databases: the Texas courts' entries a store at revision 0017 holds dated 00:00 UTC (the
scraper's dates before the courts had zones) are read back at midnight on the court's clock, in the seen entries
and in the outbox's copies (a post, a burst's further entries, a digest's entries); a federal court's entry at
00:00 UTC and a Texas entry dated on its court's clock already stay as they are; the downgrade puts 00:00 UTC
back."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.store import Store
from tests.support.stored_dates import Row, downgraded, read_back, store_at

UTC_MIDNIGHT = datetime(2026, 11, 20, tzinfo=UTC)
CHICAGO = datetime(2026, 11, 20, tzinfo=ZoneInfo("America/Chicago"))
EL_PASO = datetime(2026, 11, 20, tzinfo=ZoneInfo("America/Denver"))

ROWS = [
    Row("tx1", "k1", "texas_coa01", UTC_MIDNIGHT, CHICAGO),
    Row("tx8", "k8", "texas_coa08", UTC_MIDNIGHT, EL_PASO),
    Row("tx1", "k2", "texas_coa01", CHICAGO, CHICAGO),  # stored by this release's scraper already
    Row("tx1", "k3", "texas_coa01", datetime(2026, 11, 20, 15, 30, tzinfo=UTC), datetime(2026, 11, 20, 15, 30, tzinfo=UTC)),
    Row("nmd", "k4", "nmd", UTC_MIDNIGHT, UTC_MIDNIGHT),  # not a Texas court
]
BURST = [Row("tx1", "k0", "texas_coa01", UTC_MIDNIGHT, CHICAGO), ROWS[0], ROWS[2]]


def test_revision_0018_dates_texas_entries_at_midnight_on_their_court_s_clock_and_back(empty_database_url):
    store_at(empty_database_url, "0017", ROWS, BURST, ROWS[1])
    store = Store.open(empty_database_url)
    want = {row.key: row.read for row in ROWS}
    read = read_back(store)
    store.close()
    assert read.seen == read.column == read.posts == want  # the column is what `entries` sorts and filters by
    assert read.burst == [CHICAGO, CHICAGO, CHICAGO]
    assert read.digest == [EL_PASO]

    column, entries = downgraded(empty_database_url, "0017")
    assert column == {row.key: row.stored for row in ROWS} | {"k2": UTC_MIDNIGHT}  # (k2 too: midnight on its clock)
    assert entries["k1"]["filed_at"] == "2026-11-20T00:00:00+00:00"
