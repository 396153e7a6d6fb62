"""The table of courts: each court's common name and zone by its id, and a filing's date on the court's own clock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.courts import court_name, court_zone, courts, local_date, local_time, midnight, read


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


def test_the_table_lists_every_federal_court():
    kinds = [court.kind for court in courts().values()]
    # 94 districts; a bankruptcy court for each district (some districts share one, some have CourtListener's
    # ids too); 13 courts of appeals
    assert kinds.count("district") == 94
    assert kinds.count("bankruptcy") >= 90
    assert kinds.count("appellate") == 13
    assert all(court_zone(court.id) for court in courts().values() if court.kind != "state")


@pytest.mark.parametrize(
    ("court", "name"),
    [
        ("nysd", "S.D.N.Y."), ("nysb", "Bankr. S.D.N.Y."), ("NYED", "E.D.N.Y."), ("ca2", "2d Cir."),
        ("cadc", "D.C. Cir."), ("bap9", "B.A.P. 9th Cir."), ("njd", "D.N.J."), ("neb", "Bankr. D. Neb."),
        ("nm_d101", "N.M. Dist. Ct., Santa Fe County"), ("texas_coa01", "Tex. App.—Houston [1st Dist.]"),
        ("Superior Court of Napa - Civil", "Superior Court of Napa - Civil"), ("deadline.com", "deadline.com"),
    ],
)
def test_each_court_has_its_common_name(court, name):
    assert court_name(court) == name


def test_a_bad_row_of_the_table_is_named_by_its_line(tmp_path):
    table = tmp_path / "courts.tsv"
    table.write_text("# comment\nnysd\tS.D.N.Y.\tAmerica/New_York\tdistrict\nnysb\tBankr. S.D.N.Y.\tdistrict\n")
    with pytest.raises(ValueError, match="courts.tsv:3"):
        read(table)


def test_an_evening_filing_in_new_york_is_of_that_day_though_gmt_says_the_next():
    published = datetime(2018, 4, 18, 0, 9, 55, tzinfo=UTC)  # PACER's pubDate: Wed, 18 Apr 2018 00:09:55 GMT
    assert local_date(published, "nysd") == date(2018, 4, 17)
    assert local_time(published, "nysd").strftime("%H:%M %Z") == "20:09 EDT"
    assert local_date(published, "deadline.com") == date(2018, 4, 18)  # no zone known: as given


def test_a_date_only_filing_keeps_its_date_on_the_courts_clock():
    start = midnight(date(2023, 4, 21), "nmd")
    assert local_date(start, "nmd") == date(2023, 4, 21) and start.utcoffset() is not None
