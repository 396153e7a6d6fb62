"""One filing, one post: records of one filing are joined in the diff, on both databases, over real sockets.

Inputs are real court pages and feeds (tests/fixtures) changed the way courts and CourtListener change them:
- EDNY's docket report of Weber v. Northeast Adjusters (1:14-cv-07524) with a minute entry the clerk edits;
- an EDNY RSS item, in SDNY's real feed format, for entry 13 of that case, before the docket report lists it;
- CourtListener's docket 4214664 holding an RSS stub of entry 143 and, later, its full entry under a second id.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from werkzeug import Response

from bot.config import Config
from bot.core.entry import Entry
from bot.core.filings import Record
from bot.pipeline.diff import case_mark, filing_marks, same_filings, similarity
from bot.poll.poller import Poller
from scrapers.base import Parsed
from scrapers.courtlistener import one_per_filing
from scrapers.http import Fetcher
from tests.support.feeds import FIXTURES, ChangingFeed

NYED_DOCKET = (FIXTURES / "html_docket" / "pacer_nyed.html").read_bytes()
MINUTE = (b"Set/Reset Hearings: The Status Conference set for 10/14/2015 at 1:30 PM is hereby cancelled. "
          b"(Shah, Kanika) (Entered: 10/13/2015)")
MINUTE_EDITED = (b"Set/Reset Hearings: The Pre Motion Conference set for 10/14/2015 at 1:30 PM is hereby cancelled. "
                 b"(Shah, Kanika) Modified on 10/14/2015 to correct hearing type (Shah, Kanika). (Entered: 10/13/2015)")
ROW_13 = NYED_DOCKET[NYED_DOCKET.index(b"<tr><td width='94' valign=top nowrap>10/14/2015"):]
ROW_13 = ROW_13[: ROW_13.index(b"</tr>") + 5]
ROW_AFTER_13 = NYED_DOCKET[NYED_DOCKET.index(b"<tr><td width='94' valign=top nowrap>01/04/2016"):]
ROW_AFTER_13 = ROW_AFTER_13[: ROW_AFTER_13.index(b"</tr>") + 5]
DOCKET_BEFORE_13 = NYED_DOCKET.replace(ROW_13, b"").replace(ROW_AFTER_13, b"")

# EDNY's RSS, in the format of SDNY's real feed (tests/fixtures/pacer_rss/sdny_1.xml), carrying entry 13.
RSS = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0">
<channel>
<title>Eastern District of New York - Recent Entries</title>
<link>https://ecf.nyed.uscourts.gov</link>
<description>Docket entries of type: order,dismissal</description>
{items}
</channel>
</rss>
"""
ITEM = """<item>
<title>1:14-cv-07524-WFK-VVP Weber v. Northeast Adjusters, Inc</title>
<link>https://ecf.nyed.uscourts.gov/cgi-bin/DktRpt.pl?364605</link>
<description>[{short}] (&#x3C;a href=&#x22;https://ecf.nyed.uscourts.gov/doc1/{doc}?caseid=364605&#x26;de_seq_num={seq}&#x22; &#x3E;{number}&#x3C;/a&#x3E;)</description>
<guid isPermaLink="true">https://ecf.nyed.uscourts.gov/cgi-bin/DktRpt.pl?364605&#x26;{seq}</guid>
<pubDate>{date}</pubDate>
</item>"""
ITEM_12 = ITEM.format(short="Stipulation of Dismissal", doc="123111219565", seq=46, number=12,
                      date="Mon, 12 Oct 2015 15:20:41 GMT")
ITEM_13 = ITEM.format(short="Stipulation and Order of Discontinuance", doc="123111225715", seq=48, number=13,
                      date="Wed, 14 Oct 2015 14:02:11 GMT")


EVENTS = ["motion", "dismissal", "order", "hearing", "other"]


def config_for(*sources: dict, subscriptions: tuple[dict, ...] = ()) -> Config:
    return Config.model_validate({
        "sources": list(sources),
        "subscriptions": [{"channel": "#all", "events": EVENTS}, *subscriptions],
    })


def poller_for(config: Config, store) -> Poller:
    return Poller(config, store, Fetcher(attempts=1, per_host_interval=0, courtlistener_interval=0))


def test_an_edited_minute_entry_stays_one_filing(httpserver, store):
    page = ChangingFeed(httpserver, NYED_DOCKET, "/DktRpt.pl")
    config = config_for({"id": "weber", "kind": "html_docket", "preset": "pacer_docket", "url": page.url})
    poller, source = poller_for(config, store), config.sources[0]
    assert poller.poll(source).baseline

    page.body = NYED_DOCKET.replace(MINUTE, MINUTE_EDITED)
    result = poller.poll(source)
    assert result.ok and result.new == [] and result.queued == []  # an edit that gained no type: stored only
    [edited] = result.edited
    assert edited.text == MINUTE_EDITED.decode() and edited.number is None
    assert store.known_texts("weber", [edited.key]) == {edited.key: MINUTE_EDITED.decode()}
    again = poller.poll(source)
    assert (again.new, again.edited, again.queued) == ([], [], [])

    # the clerk edits it again, and now it says the case is dismissed: posted for that, as a correction
    dismissed = MINUTE_EDITED.replace(b"is hereby cancelled.", b"is hereby cancelled as the case is dismissed.")
    page.body = NYED_DOCKET.replace(MINUTE, dismissed)
    result = poller.poll(source)
    assert result.new == [] and [e.text for e in result.edited] == [dismissed.decode()]
    [queued] = result.queued
    assert "dismissal" in queued.post.events and queued.revision
    assert queued.post.correction is not None and queued.post.correction.was == MINUTE_EDITED.decode()  # never posted

    # a second minute entry of the same day is a filing of its own
    telephone = (b"Minute Entry for proceedings held before Magistrate Judge Viktor V. Pohorelsky: Telephone "
                 b"Conference held on 10/13/2015. (Shah, Kanika) (Entered: 10/13/2015)")
    row = (f"<tr><td width='94' valign=top nowrap>10/13/2015</td><td>&nbsp;</td>"
           f"<td valign=top>{telephone.decode()}</td></tr>")
    page.body = NYED_DOCKET.replace(MINUTE, dismissed).replace(ROW_13, row.encode() + ROW_13)
    result = poller.poll(source)
    assert [e.text for e in result.new] == [telephone.decode()] and result.edited == []
    assert [q.post.entry.text for q in result.queued] == [telephone.decode()]


def test_an_rss_item_and_the_docket_report_listing_it_are_one_post(httpserver, store):
    feed = ChangingFeed(httpserver, RSS.format(items=ITEM_12).encode("latin-1"), "/rss_outside.pl")
    page = ChangingFeed(httpserver, DOCKET_BEFORE_13, "/DktRpt.pl")
    config = config_for(
        {"id": "nyed-rss", "kind": "pacer_rss", "url": feed.url},
        {"id": "weber", "kind": "html_docket", "preset": "pacer_docket", "url": page.url},
        subscriptions=({"channel": "#docket-only", "sources": ["weber"], "events": EVENTS},),
    )
    poller = poller_for(config, store)
    rss, docket = config.sources
    assert poller.poll(rss).baseline and poller.poll(docket).baseline

    feed.body = RSS.format(items=ITEM_13 + ITEM_12).encode("latin-1")
    from_feed = poller.poll(rss)
    [posted] = from_feed.queued
    assert posted.post.entry.number == "13" and posted.post.events == ("dismissal", "order")

    page.body = NYED_DOCKET  # the docket report now lists entry 13, and a minute entry after it
    from_page = poller.poll(docket)
    assert [e.number for e in from_page.edited] == ["13"]  # the fuller record of what the feed posted
    assert [e.text[:40] for e in from_page.new] == ["In light of the STIPULATION AND ORDER OF"]
    # #all heard of entry 13 from the feed: only the minute entry is news there; #docket-only follows the
    # docket report alone and never heard of entry 13: both are news there
    assert sorted((q.post.channel, q.post.entry.number or "-") for q in from_page.queued) == [
        ("#all", "-"), ("#docket-only", "-"), ("#docket-only", "13")]
    assert all(not q.revision for q in from_page.queued)
    [entry_13] = from_page.edited
    assert store.known_texts("weber", [entry_13.key]) == {entry_13.key: entry_13.text}
    assert len(store.pending_outbox()) == 4
    again = poller.poll(docket)
    assert (again.new, again.edited, again.queued) == ([], [], [])


API_PATH = "/api/rest/v4/"
CL = FIXTURES / "courtlistener"
STUB: dict[str, Any] = {
    "resource_uri": "https://www.courtlistener.com/api/rest/v4/docket-entries/2208912001/",
    "id": 2208912001,
    "docket": "https://www.courtlistener.com/api/rest/v4/dockets/4214664/",
    "recap_documents": [{
        "id": 214701101,
        "absolute_url": "/docket/4214664/143/national-veterans-legal-services-program-v-united-states/",
        "description": "Order on Motion to Dismiss",
        "pacer_doc_id": "04509531002",
        "document_number": "143",
        "attachment_number": None,
        "is_available": False,
    }],
    "date_filed": "2022-10-17",
    "entry_number": 143,
    "recap_sequence_number": "2022-10-17.001",
    "pacer_sequence_number": 594,
    "description": "",
}
FULL: dict[str, Any] = {
    **STUB,
    "resource_uri": "https://www.courtlistener.com/api/rest/v4/docket-entries/2208918877/",
    "id": 2208918877,
    "recap_documents": [{**STUB["recap_documents"][0], "id": 214702230, "is_available": True}],
    "recap_sequence_number": "2022-10-17.002",
    "description": "ORDER denying 141 Motion to Dismiss. Signed by Judge Paul L. Friedman on 10/17/2022. "
                   "(lcplf1) (Entered: 10/17/2022)",
}


@pytest.fixture
def courtlistener(httpserver):
    """CourtListener's API for docket 4214664, serving the docket entries in `served["results"]`."""
    docket = (CL / "rest_v4_docket_4214664.json").read_bytes()
    page = json.loads((CL / "docket_entries_4214664_page1.json").read_text())
    served = {"results": page["results"]}
    httpserver.expect_request(f"{API_PATH}dockets/4214664/").respond_with_data(docket, content_type="application/json")
    httpserver.expect_request(f"{API_PATH}docket-entries/").respond_with_handler(
        lambda request: Response(
            json.dumps({"count": len(served["results"]), "next": None, "previous": None, "results": served["results"]}),
            content_type="application/json",
        )
    )
    return served


def test_courtlistener_stub_and_full_entry_under_a_second_id_are_one_post(httpserver, store, courtlistener):
    config = config_for({"id": "nvlsp", "kind": "courtlistener", "url": httpserver.url_for(API_PATH),
                         "dockets": [4214664]})
    poller, source = poller_for(config, store), config.sources[0]
    baseline = courtlistener["results"]
    assert poller.poll(source).baseline

    courtlistener["results"] = [STUB, *baseline]
    [posted] = poller.poll(source).queued
    assert posted.post.entry.text == "Order on Motion to Dismiss" and posted.post.entry.key == "cl:4214664:2208912001"

    courtlistener["results"] = [FULL, STUB, *baseline]  # the docket report came in: a second id, same filing
    result = poller.poll(source)
    assert result.new == [] and result.queued == []
    assert [(e.key, e.text) for e in result.edited] == [("cl:4214664:2208912001", FULL["description"])]

    courtlistener["results"] = [FULL, *baseline]  # CourtListener merged its two records: the second id alone
    result = poller.poll(source)
    assert (result.new, result.queued) == ([], [])
    assert [e.key for e in result.edited] == ["cl:4214664:2208918877"]
    assert len(store.pending_outbox()) == 1


def test_a_pushed_full_entry_joins_the_stub_a_poll_posted(httpserver, store, courtlistener):
    config = config_for({"id": "nvlsp", "kind": "courtlistener", "url": httpserver.url_for(API_PATH),
                         "dockets": [4214664]})
    poller, source = poller_for(config, store), config.sources[0]
    poller.poll(source)
    courtlistener["results"] = [STUB, *courtlistener["results"]]
    assert len(poller.poll(source).queued) == 1
    full = Entry("nvlsp", "cl:4214664:2208918877", "1:16-cv-00745", "NATIONAL VETERANS LEGAL SERVICES PROGRAM v. "
                 "United States", "dcd", FULL["description"], number="143",
                 filed_at=datetime(2022, 10, 17, tzinfo=ZoneInfo("America/New_York")))  # as a docket-alert webhook gives it
    result = poller.ingest(source, Parsed([full]))
    assert (result.new, result.queued, [e.key for e in result.edited]) == ([], [], [full.key])


def entry(**fields) -> Entry:
    base = {"source_id": "s", "key": "k", "case_number": "1:14-cv-07524", "case_name": "Weber v. Northeast",
            "court": "nyed", "text": "ORDER", "filed_at": datetime(2015, 10, 14, tzinfo=UTC)}
    return Entry(**{**base, **fields})


def test_marks_agree_across_spellings_of_a_case_and_never_across_divisions():
    rss = entry(case_number="1:14-cv-07524", number="13",
                url="https://ecf.nyed.uscourts.gov/doc1/123111225715?caseid=364605&de_seq_num=48")
    page = entry(case_number="1:14-cv-7524-WFK-VVP", number="13", url="https://ecf.nyed.uscourts.gov/doc1/123011225715")
    assert set(filing_marks(page)) == {"nyed|1:14-cv-7524|no:13", "nyed|1:14-cv-7524|doc:123011225715"}
    assert set(filing_marks(rss)) >= set(filing_marks(page))
    assert "nyed|1:14-cv-7524|seq:48" in filing_marks(rss)
    assert case_mark(entry(case_number="2:23-cv-00452")) != case_mark(entry(case_number="3:23-cv-00452"))
    assert case_mark(entry(case_number="2:23-cv-00452")) != case_mark(entry(case_number="2:23-cv-00452", court="nysd"))
    assert filing_marks(entry(case_number="", court="Deadline")) == ()
    assert filing_marks(entry()) == ("nyed|1:14-cv-7524|day:2015-10-14",)


def test_an_entry_without_a_number_joins_only_a_vanished_alike_record_of_its_own_source():
    old = MINUTE.decode()
    new = entry(key="h:new", text=MINUTE_EDITED.decode(), filed_at=datetime(2015, 10, 13, tzinfo=UTC))
    [day] = filing_marks(new)
    known = {day: [Record("s", "h:old", old, "s|h:old")]}
    assert same_filings([new], known, listed={"h:new"}, whole_history=True)[0].known.key == "h:old"
    assert same_filings([new], known, listed={"h:new", "h:old"}, whole_history=True) == []  # still listed
    assert same_filings([new], known, listed={"h:new"}, whole_history=False) == []  # a feed: items just leave it
    elsewhere = {day: [Record("other", "h:old", old, "other|h:old")]}
    assert same_filings([new], elsewhere, listed=set(), whole_history=True) == []
    unlike = entry(key="h:x", text="ORDER of dismissal. (Shah, Kanika) (Entered: 10/13/2015)", filed_at=new.filed_at)
    assert same_filings([unlike], known, listed={"h:x"}, whole_history=True) == []
    assert similarity(old, MINUTE_EDITED.decode()) >= 0.8
    assert similarity("ANSWER to 1 Complaint. (Kugell, Jaclyn) (Entered: 01/03/2018)",
                      "ANSWER to 1 Complaint. (Kugell, Jaclyn) Modified on 1/5/2018 (Healy, Bethaney). "
                      "(Entered: 01/03/2018)") == 1.0


def test_courtlistener_records_of_one_filing_are_one_entry():
    minute_stub: dict[str, Any] = {"id": 10, "entry_number": None, "pacer_sequence_number": 589, "description": "",
                   "recap_documents": [], "date_filed": "2022-10-14"}
    minute_full: dict[str, Any] = {"id": 12, "entry_number": None, "pacer_sequence_number": 589, "recap_documents": [],
                   "description": "MINUTE ORDER setting Fairness Hearing for 1/25/2023.", "date_filed": None}
    other = {"id": 11, "entry_number": 142, "pacer_sequence_number": 590, "description": "ORDER", "recap_documents": []}
    merged = one_per_filing([minute_full, other, minute_stub])
    assert [(r["id"], r["description"], r["date_filed"]) for r in merged] == [
        (11, "ORDER", None), (10, "MINUTE ORDER setting Fairness Hearing for 1/25/2023.", "2022-10-14")]
    assert one_per_filing([STUB, FULL]) == [{**FULL, "id": STUB["id"]}]
