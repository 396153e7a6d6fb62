"""The table of courts: its shape, each court's common name, zone and RSS feed by its id, the search behind the
`courts` command, and a filing's date on the court's own clock."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, available_timezones

import pytest

from bot.core.courts import (
    FEEDS,
    KINDS,
    TABLE,
    court_name,
    court_zone,
    courts,
    local_date,
    local_time,
    midnight,
    read,
    rss_url,
    search,
)


@pytest.mark.parametrize(
    ("court", "zone"),
    [
        ("nysd", "America/New_York"), ("nysb", "America/New_York"), ("NMD", "America/Denver"),
        ("azd", "America/Phoenix"), ("tnmb", "America/Chicago"), ("tned", "America/New_York"),
        ("nmid", "Pacific/Saipan"), ("ca9", "America/Los_Angeles"), ("bap10", "America/Denver"),
        ("txnb", "America/Chicago"), ("akb", "America/Anchorage"),
        # the Texas appellate courts: Central time, but El Paso's (8th) court of appeals, on Mountain time
        ("texas_coa01", "America/Chicago"), ("texas_coa07", "America/Chicago"), ("texas_coa08", "America/Denver"),
        ("texas_coa15", "America/Chicago"), ("texas_coscca", "America/Chicago"), ("texas_cossup", "America/Chicago"),
        ("nm_d101", "America/Denver"),
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
    assert all(court_zone(court.id) for court in courts().values())


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
    good = "nysd\tS.D.N.Y.\tAmerica/New_York\tdistrict\tNew York\thttps://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl\tall"
    table.write_text(f"# comment\n{good}\nnysb\tBankr. S.D.N.Y.\tbankruptcy\tNew York\t\tnone\n")
    with pytest.raises(ValueError, match="courts.tsv:3"):
        read(table)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("nysd\tS.D.N.Y.\tAmerica/New_York\tdistrict\tNew York\thttp://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl\tall",
         "does not fit feed 'all'"),
        ("nysd\tS.D.N.Y.\tAmerica/New_York\tdistrict\tNew York\t\tall", "does not fit feed 'all'"),
        ("nysd\tS.D.N.Y.\tAmerica/New_York\tdistrict\tNew York\thttps://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl\tnone",
         "does not fit feed 'none'"),
        ("nysd\tS.D.N.Y.\tAmerica/New_York\tdistrict\tNew York\t\tmost", "feed 'most' is not one of all, some, none"),
        ("nysd\tS.D.N.Y.\tAmerica/New_York\tcounty\tNew York\t\tnone", "kind 'county' is not one of"),
        ("nysd\tS.D.N.Y.\tAmerica/New_York\tdistrict\t\t\tnone", "want id<TAB>name"),
        ("nysd\tS.D.N.Y.\tAmerica/New_York\tdistrict", "want id<TAB>name"),
        ("texas_coa16\tTex. App.—Nowhere\t\tstate\tTexas\t\tnone", "texas_coa16 has no zone"),
    ],
)
def test_a_row_that_does_not_fit_the_table_says_what(tmp_path, row, problem):
    table = tmp_path / "courts.tsv"
    table.write_text(row + "\n")
    with pytest.raises(ValueError, match=f"courts.tsv:1: .*{re.escape(problem)}"):
        read(table)


def test_the_table_is_well_formed():
    """Read line by line here, not through read(): a duplicate id, a bad address, a missing or unknown zone fails by
    its row (a court without a zone would have its dates read as UTC)."""
    ids = []
    zones = available_timezones()
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        court_id, name, zone, kind, place, rss, feed = line.split("\t")
        ids.append(court_id)
        assert re.fullmatch(r"[a-z0-9_]+", court_id) and name and place, line
        assert kind in KINDS and feed in FEEDS, line
        assert zone in zones, line
        if feed == "none":
            assert rss == "", line
            continue
        address = urlsplit(rss)
        assert address.scheme == "https" and re.fullmatch(r"ecf\.[a-z0-9]+\.uscourts\.gov", address.hostname or "")
        if kind in ("appellate", "bankruptcy appellate panel"):
            assert (address.path, address.query) == ("/n/beam/servlet/TransportRoom", "servlet=RSSGenerator"), line
        else:
            assert (address.path, address.query) == ("/cgi-bin/rss_outside.pl", ""), line
            assert address.hostname == f"ecf.{court_id if court_id != 'uscfc' else 'cofc'}.uscourts.gov", line
    assert len(ids) == len(set(ids)) == len(courts())
    assert {court.feed for court in courts().values()} == set(FEEDS)


@pytest.mark.parametrize(
    ("court", "url"),
    [
        ("nysd", "https://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl"),
        ("NMB", "https://ecf.nmb.uscourts.gov/cgi-bin/rss_outside.pl"),
        ("ca2", "https://ecf.ca2.uscourts.gov/n/beam/servlet/TransportRoom?servlet=RSSGenerator"),
        ("bap10", "https://ecf.ca10.uscourts.gov/n/beam/servlet/TransportRoom?servlet=RSSGenerator"),
        ("nyed", "https://ecf.nyed.uscourts.gov/cgi-bin/rss_outside.pl"),  # not in PACER's lookup; feeds of 2018 show
        ("nysb", "https://ecf.nysb.uscourts.gov/cgi-bin/rss_outside.pl"),  # them (bot/core/courts.tsv)
    ],
)
def test_a_court_with_a_feed_gives_its_address(court, url):
    assert rss_url(court) == url


@pytest.mark.parametrize(
    ("court", "message"),
    [
        ("nywd", "W.D.N.Y. (nywd) publishes no RSS feed: watch its cases with a courtlistener source, "
                 "or a docket's report with kind html_docket"),
        ("ca9", "9th Cir. (ca9) publishes no RSS feed"),
        ("nm_d101", "(nm_d101) publishes no RSS feed"),
        ("nyxd", '"nyxd" is not a court id the bot knows (did you mean nywd?)'),
        ("NYSDD", '"NYSDD" is not a court id the bot knows (did you mean nysd?)'),
        ("nmx", '"nmx" is not a court id the bot knows; `python -m bot courts --search WORDS` lists them'),  # none near
    ],
)
def test_a_court_without_a_feed_is_refused_saying_what_to_use(court, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        rss_url(court)


def test_what_a_feed_publishes():
    table = courts()
    assert table["dcd"].feed == "all"  # CourtListener: "all"
    assert table["ca4"].feed == table["pawd"].feed == "some"  # "orders, opinions, judgments"; four types
    assert table["nywd"].feed == table["ca1"].feed == table["texas_coa01"].feed == "none"


@pytest.mark.parametrize(
    ("words", "ids"),
    [
        ("New Mexico", ["nmd", "nmb", "nm_d101", "nm_d117", "nm_d132", "nm_d202"]),
        ("new mexico bankr", ["nmb"]),
        ("S.D.N.Y.", ["nysd", "nysb"]),
        ("sdny", ["nysd", "nysb"]),  # the abbreviation without its dots
        ("second circuit", ["ca2", "bap2"]),
        ("Mariana", ["nmid", "nmib"]),
        ("Atlantis", []),
        # words matched loosely: each begins a word (case and punctuation aside), or is what an abbreviation stands for
        ("texas appeals", [*(f"texas_coa{n:02d}" for n in range(1, 16)), "texas_coscca"]),  # Tex. App.—Austin
        ("criminal appeals", ["texas_coscca"]),  # Tex. Crim. App.
        ("federal claims", ["cofc", "uscfc"]),  # Fed. Cl.
        ("tex app houston", ["texas_coa01", "texas_coa14"]),
        ("BANKRUPTCY new york", ["nyeb", "nynb", "nysb", "nywb"]),
        ("mex", ["nmd", "nmb", "nm_d101", "nm_d117", "nm_d132", "nm_d202"]),
        ("appeals nowhere", []),
        # a court's full name: a district's letters read out, "of", "the", "for" and "court" left out
        ("Eastern District of New York", ["nyed", "nyeb"]),
        ("the bankruptcy court for the southern district of new york", ["nysb"]),
        ("middle district florida", ["flmd", "flmb"]),
        ("northern new york", ["nynd", "nynb"]),  # not the N. of N.Y.
        ("District of Maryland", ["mdd", "mdb"]),
        ("western texas", ["txwd", "txwb"]),
    ],
)
def test_search_matches_every_word_in_id_name_or_place(words, ids):
    assert [court.id for court in search(words)] == ids


def test_no_words_find_every_court():
    assert search("") == list(courts().values())


def test_an_evening_filing_in_new_york_is_of_that_day_though_gmt_says_the_next():
    published = datetime(2018, 4, 18, 0, 9, 55, tzinfo=UTC)  # PACER's pubDate: Wed, 18 Apr 2018 00:09:55 GMT
    assert local_date(published, "nysd") == date(2018, 4, 17)
    assert local_time(published, "nysd").strftime("%H:%M %Z") == "20:09 EDT"
    assert local_date(published, "deadline.com") == date(2018, 4, 18)  # no zone known: as given


def test_a_date_only_filing_keeps_its_date_on_the_courts_clock():
    start = midnight(date(2023, 4, 21), "nmd")
    assert local_date(start, "nmd") == date(2023, 4, 21) and start.utcoffset() is not None


def test_a_texas_court_s_date_only_event_is_of_its_day_on_its_clock():
    # the Texas courts' pages give dates only: midnight in Austin, and in El Paso an hour later (Mountain time)
    assert midnight(date(2019, 1, 11), "texas_coa01").isoformat() == "2019-01-11T00:00:00-06:00"
    assert midnight(date(2019, 7, 11), "texas_coa08").isoformat() == "2019-07-11T00:00:00-06:00"
    assert midnight(date(2019, 1, 11), "texas_coa08").isoformat() == "2019-01-11T00:00:00-07:00"
    assert local_date(midnight(date(2019, 1, 11), "texas_coa01"), "texas_coa01") == date(2019, 1, 11)
