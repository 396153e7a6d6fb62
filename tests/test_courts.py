"""Court-local dates: each federal court's zone by its id, and a filing's date on the court's own clock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from scrapers.courts import COURT_ZONES, STATE_ZONES, court_zone, local_date, local_time, midnight


@pytest.mark.parametrize(
    ("court", "zone"),
    [
        ("nysd", "America/New_York"), ("nysb", "America/New_York"), ("NMD", "America/Denver"),
        ("azd", "America/Phoenix"), ("tnmb", "America/Chicago"), ("tned", "America/New_York"),
        ("nmid", "Pacific/Saipan"), ("ca9", "America/Los_Angeles"), ("bap10", "America/Denver"),
        ("txnb", "America/Chicago"), ("akb", "America/Anchorage"),
    ],
)
def test_each_court_has_its_zone(court, zone):
    assert court_zone(court) == ZoneInfo(zone)


@pytest.mark.parametrize("court", ["deadline.com", "tx", "nyxd", "", "ca12"])
def test_an_unknown_court_has_no_zone(court):
    assert court_zone(court) is None


def test_every_zone_in_the_tables_is_a_real_zone():
    for name in {*STATE_ZONES.values(), *COURT_ZONES.values()}:
        ZoneInfo(name)


def test_an_evening_filing_in_new_york_is_of_that_day_though_gmt_says_the_next():
    published = datetime(2018, 4, 18, 0, 9, 55, tzinfo=UTC)  # PACER's pubDate: Wed, 18 Apr 2018 00:09:55 GMT
    assert local_date(published, "nysd") == date(2018, 4, 17)
    assert local_time(published, "nysd").strftime("%H:%M %Z") == "20:09 EDT"
    assert local_date(published, "deadline.com") == date(2018, 4, 18)  # no zone known: as given


def test_a_date_only_filing_keeps_its_date_on_the_courts_clock():
    start = midnight(date(2023, 4, 21), "nmd")
    assert local_date(start, "nmd") == date(2023, 4, 21) and start.utcoffset() is not None
