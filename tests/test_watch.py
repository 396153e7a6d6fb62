"""Watches on docket sources (bot/pipeline/watch.py), end to end on real parts: a court-wide PACER RSS feed in the real
format served over a local socket, a real store, the fake Slack, and `/docket` over signed HTTP requests.

A new case naming the party among the court's other filings is posted once, saying why; a case that shares a
word with the party ("Baldwin County") is not; the subscription with `follow_matches: true` follows the case
from then on, so a later filing that no longer names the party goes to the same thread, until unfollowed."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from werkzeug import Response

from bot.app import App
from bot.config import Config, Subscription
from bot.core.entry import Entry
from bot.pipeline.watch import opens_case, party_spellings, why
from bot.poll.poller import Poller
from bot.web.server import WebApp
from scrapers.courtlistener import CourtListenerSettings
from scrapers.http import Fetcher
from scrapers.pacer_rss import PacerRssSettings
from tests.support.feeds import FIXTURES, ChangingFeed, feed_without_newest
from tests.support.web import serving
from tests.test_slack_commands import SECRET, SlashCommands, slack_events_app

CHANNEL_ID, CHANNEL_NAME = "C0RUSTDESK", "rust-desk"

# The court's other filings: a real court-wide feed (S.D.N.Y.'s), as the District of New Mexico's feed.
OTHERS = (
    (FIXTURES / "pacer_rss" / "sdny_1.xml").read_bytes()
    .replace(b"ecf.nysd.uscourts.gov", b"ecf.nmd.uscourts.gov")
    .replace(b"Southern District of New York", b"District of New Mexico")
)

ITEM = """<item>
<title>{number} {name}</title>
<link>https://ecf.nmd.uscourts.gov/cgi-bin/DktRpt.pl?{case_id}</link>
<description>[{text}] (&#x3C;a href=&#x22;https://ecf.nmd.uscourts.gov/doc1/12310{case_id}?caseid={case_id}\
&#x26;de_seq_num={seq}&#x22; &#x3E;{doc}&#x3C;/a&#x3E;)</description>
<guid isPermaLink="true">https://ecf.nmd.uscourts.gov/cgi-bin/DktRpt.pl?{case_id}&#x26;{seq}</guid>
<pubDate>Tue, 24 Nov 2026 {time} GMT</pubDate>
</item>
"""

BALDWIN = dict(number="1:26-cv-01187", name="Hutchins v. Baldwin et al", case_id="461233", seq="1", doc="1",
               text="Complaint", time="17:02:11")
COUNTY = dict(number="1:26-cv-01188", name="Baldwin County Board of Education v. Acme Buses Inc",
              case_id="461234", seq="1", doc="1", text="Complaint", time="17:04:40")
OTHER_CASE = dict(number="1:26-cv-01189", name="Garcia v. City of Albuquerque", case_id="461235", seq="1", doc="1",
                  text="Complaint", time="17:06:02")
# the caption after the court dismissed Mr Baldwin: the case's later filings no longer name him
LATER = dict(number="1:26-cv-01187", name="Hutchins v. Rust Movie Productions, LLC et al", case_id="461233",
             seq="31", doc="27", text="MOTION to Dismiss for Lack of Jurisdiction", time="21:15:09")


def feed_with(*items: dict) -> bytes:
    """The court's feed with these items first, as the newest."""
    head, tail = OTHERS.split(b"<item>", 1)
    return head + "".join(ITEM.format(**item) for item in reversed(items)).encode("iso-8859-1") + b"<item>" + tail


CONFIG = """\
sources:
  - id: nmd
    kind: pacer_rss
    url: {feed}
    parties: [Baldwin]
    exclude: [Baldwin County]
subscriptions:
  - channel: "#rust-desk"
    sources: [nmd]
    events: [new_case]
    follow_matches: true
"""


@pytest.fixture
def feed(httpserver):
    return ChangingFeed(httpserver, feed_without_newest(OTHERS, 20))


@pytest.fixture
def environ(use_config, database_url, slack, feed) -> dict[str, str]:
    config = use_config(CONFIG.format(feed=feed.url), database_url, slack=slack)
    return {"DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database_url, "SLACK_BOT_TOKEN": slack.token,
            "SLACK_API_URL": slack.base_url, "SLACK_SIGNING_SECRET": SECRET}


@pytest.fixture
def app(environ):
    built = App.from_env(environ)
    built.deliverer.per_channel_interval = 0
    yield built
    built.close()


@pytest.fixture
def docket(app, environ, slack):
    with serving(WebApp(app, environ, mounts={"/slack/events": slack_events_app(app, environ)})) as base:
        yield SlashCommands(base, slack)


def send(docket: SlashCommands, text: str) -> dict:
    return docket.send(text, channel_id=CHANNEL_ID, channel_name=CHANNEL_NAME)


def test_a_new_case_naming_the_party_is_posted_once_with_why_and_followed_after(app, docket, feed, slack):
    nmd = app.config.source("nmd")
    assert app.poll(nmd).baseline  # the first poll posts nothing

    feed.body = feed_with(BALDWIN, COUNTY, OTHER_CASE)
    found = app.poll(nmd)
    assert len(found.new) > 3 and found.unmatched == len(found.new) - 1  # the others are read, counted, not posted
    [queued] = found.queued
    assert queued.post.entry.case_number == "1:26-cv-01187"
    assert queued.post.entry.why == "party: Baldwin"
    assert "new_case" in queued.post.events
    app.deliver()
    [first] = slack.messages
    assert first["text"].startswith("Complaint: Hutchins v. Baldwin (1:26-cv-01187, D.N.M.)")
    assert "Hutchins v. Baldwin" in first["text"]
    assert "matched party: Baldwin" in str(first["blocks"])

    assert send(docket, "list")["text"].splitlines() == [
        "This channel follows:",
        "• source `nmd`: new_case _(config file)_",
        "• case 1:26-cv-01187 source `nmd`: every filing, since a watch matched it "
        f"(party: Baldwin, Hutchins v. Baldwin, {datetime.now(UTC).date()}) _(found by a watch)_",
    ]

    feed.body = feed_with(BALDWIN, COUNTY, OTHER_CASE, LATER)
    later = app.poll(nmd)
    [queued] = later.queued
    assert queued.post.entry.text.startswith("MOTION to Dismiss") and queued.post.entry.why == ""
    assert queued.post.events == ("motion",)
    app.deliver()
    [_, reply] = slack.messages
    assert reply["thread_ts"] == first["ts"]  # the case's thread

    assert send(docket, "unfollow nmd")["text"].startswith("This channel follows nmd by the bot's config file")
    assert len(app.store.subscriptions()) == 1  # unfollowing the source leaves the case's follow
    assert send(docket, "unfollow 26-cv-1187")["text"] == "This channel no longer follows 26-cv-1187."
    feed.body = feed_with(BALDWIN, COUNTY, OTHER_CASE, LATER, {**LATER, "seq": "32", "doc": "28",
                                                               "text": "ORDER granting Motion", "time": "22:00:00"})
    assert app.poll(nmd).queued == []


def test_a_later_filing_is_not_followed_without_follow_matches(app, feed):
    app.use_config(app.config.model_copy(update={"subscriptions": [
        Subscription(channel="#rust-desk", sources=["nmd"], events=["new_case", "motion"])]}))
    nmd = app.config.source("nmd")
    app.poll(nmd)
    feed.body = feed_with(BALDWIN)
    assert len(app.poll(nmd).queued) == 1
    feed.body = feed_with(BALDWIN, LATER)
    assert app.poll(nmd).queued == []  # no longer naming the party, and nobody follows the case
    assert app.store.subscriptions() == []


@pytest.mark.parametrize("case_name", ["USA v. Baldwin", "Baldwin, Alexander Rae", "In re Baldwin", "BALDWIN, ALEC",
                                       "Hutchins v. Baldwin's Estate", "State of New Mexico v. Báldwin"])
def test_a_party_matches_the_spellings_courts_use(case_name):
    source = PacerRssSettings(id="nmd", kind="pacer_rss", url="https://ecf.nmd.uscourts.gov/x", parties=["Baldwin"])
    assert why(source, Entry("nmd", "k", "1:26-cr-1", case_name, "nmd", "Indictment")) == "party: Baldwin"


@pytest.mark.parametrize("case_name", ["Baldwinsville v. Smith", "Baldwin County v. Smith", "Smith v. Jones"])
def test_a_party_does_not_match_a_word_it_is_only_part_of_or_an_excluded_name(case_name):
    source = PacerRssSettings(id="nmd", kind="pacer_rss", url="https://ecf.nmd.uscourts.gov/x", parties=["Baldwin"],
                          exclude=["Baldwin County"])
    assert why(source, Entry("nmd", "k", "1:26-cv-1", case_name, "nmd", "Complaint")) == ""


def test_a_party_of_two_words_matches_surname_first_and_keywords_match_the_text():
    assert party_spellings("Alec Baldwin") == ["Alec Baldwin", "Baldwin Alec"]
    source = PacerRssSettings(id="nmd", kind="pacer_rss", url="https://ecf.nmd.uscourts.gov/x", parties=["Alec Baldwin"],
                          keywords=["Rust"])
    assert why(source, Entry("nmd", "k", "1:26-cr-1", "BALDWIN, ALEC", "nmd", "Information")) == "party: Alec Baldwin"
    assert why(source, Entry("nmd", "k", "1:26-cr-1", "Baldwin, Stephen", "nmd", "Information")) == ""
    entry = Entry("nmd", "k", "1:26-cv-2", "Hutchins v. Doe", "nmd", "Complaint about the 'Rust' set shooting")
    assert why(source, entry) == "keyword: Rust"
    assert why(source, Entry("nmd", "k", "1:26-cv-2", "Hutchins v. Doe", "nmd", "Complaint about trust")) == ""


@pytest.mark.parametrize(("text", "opens"), [
    ("Complaint", True), ("COMPLAINT against Alec Baldwin filed by Mamie Mitchell", True), ("Indictment", True),
    ("INFORMATION as to Hannah Gutierrez-Reed (1)", True), ("NOTICE OF REMOVAL from Santa Fe County", True),
    ("Voluntary Petition (Chapter 11)", True), ("Chapter 7 Voluntary Petition for Individuals", True),
    ("Petition for Writ of Habeas Corpus", True), ("SEALED INDICTMENT", True), ("Docket opened", True),
    ("Amended Complaint", False), ("Superseding Indictment", False), ("MOTION to Dismiss", False),
    ("Notice of Appearance", False), ("Civil Cover Sheet", False),
])
def test_the_filings_that_open_a_case(text, opens):
    assert opens_case(text) is opens


def test_new_case_is_subscribable_and_not_a_classifier_type():
    from bot.core.events import EVENT_TYPES

    assert "new_case" not in EVENT_TYPES
    assert Subscription(channel="#c", events=["new_case"]).events == ["new_case"]
    assert "new_case" in Subscription(channel="#c", events=["all"]).events


def test_parties_on_a_news_source_and_wordless_terms_are_config_errors(tmp_path):
    from bot.config import ConfigError, load_config

    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - id: nmd\n    kind: pacer_rss\n    url: https://ecf.nmd.uscourts.gov/x\n"
                    "    parties: ['--']\n  - id: news\n    kind: news_rss\n    url: https://example.com/feed\n"
                    "    parties: [Baldwin]\n")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value).splitlines() == [
        f"{path}:5 sources[0].parties: '--' has no word to match",
        f"{path}:9 sources[1].parties: is not a setting of kind news_rss (a news source takes keywords)",
    ]


# --- CourtListener search as a source ---------------------------------------------------------------------------

SEARCH_PATH = "/api/rest/v4/search/"


def search_result(docket_id: int, number: str, name: str, court: str, *documents: tuple[int, int, str]) -> dict:
    """One result of CourtListener's v4 RECAP search (type=r): a docket and its matching documents."""
    slug = name.lower().replace(" ", "-").replace(".", "")
    return {
        "docket_id": docket_id, "caseName": name, "docketNumber": number, "court_id": court,
        "court": "District Court, D. New Mexico", "dateFiled": "2026-11-24",
        "cause": "28:1332 Diversity-Personal Injury",
        "docket_absolute_url": f"/docket/{docket_id}/{slug}/", "more_docs": False,
        "recap_documents": [
            {"id": doc_id, "entry_number": entry, "document_number": str(entry), "attachment_number": None,
             "description": text, "short_description": text.split(" ")[0], "entry_date_filed": "2026-11-24",
             "is_available": True, "absolute_url": f"/docket/{docket_id}/{entry}/{slug}/", "pacer_doc_id": ""}
            for doc_id, entry, text in documents
        ],
    }


def search_page(*results: dict) -> dict:
    return {"count": len(results), "next": None, "previous": None, "results": list(results)}


OLD_DOCKET = search_result(68000001, "1:24-cv-00310", "Mitchell v. Baldwin", "nmd",
                           (400000001, 88, "ORDER granting Motion to Stay"))
NEW_DOCKET = search_result(69000002, "1:26-cv-01187", "Hutchins v. Baldwin", "nmd",
                           (410000001, 1, "COMPLAINT against Alec Baldwin filed by Halyna Hutchins' estate"),
                           (410000002, 2, "Civil Cover Sheet"))
COUNTY_DOCKET = search_result(69000003, "1:26-cv-01188", "Baldwin County Board of Education v. Acme Buses Inc",
                              "nmd", (410000003, 1, "COMPLAINT"))


def test_a_courtlistener_search_finds_new_cases_with_the_same_watch(httpserver, store):
    served = {"page": search_page(OLD_DOCKET)}
    httpserver.expect_request(SEARCH_PATH).respond_with_handler(
        lambda _request: Response(json.dumps(served["page"]), content_type="application/json"))
    config = Config.model_validate({
        "sources": [{"id": "cl-baldwin", "kind": "courtlistener", "url": httpserver.url_for("/api/rest/v4/"),
                     "query": 'party:"Baldwin"', "courts": ["nmd", "nmb"], "parties": ["Baldwin"],
                     "exclude": ["Baldwin County"]}],
        "subscriptions": [{"channel": "#rust-desk", "events": ["new_case"], "follow_matches": True}],
    })
    poller = Poller(config, store, Fetcher(attempts=1, per_host_interval=0, courtlistener_interval=0))
    source = config.sources[0]
    assert poller.poll(source).baseline

    served["page"] = search_page(NEW_DOCKET, COUNTY_DOCKET, OLD_DOCKET)
    result = poller.poll(source)
    assert result.ok, result.error
    queued, cover_sheet = result.queued  # the case is followed from its complaint on: its cover sheet goes too
    assert queued.post.entry.case_name == "Hutchins v. Baldwin" and queued.post.entry.why == "party: Baldwin"
    assert queued.post.events[0] == "new_case" and queued.post.entry.key == "cl:69000002:e1"
    assert cover_sheet.post.entry.text == "Civil Cover Sheet" and cover_sheet.thread_key == queued.thread_key
    assert [s.cases for s in store.subscriptions()] == [["1:26-cv-01187"]]
    request = httpserver.log[-1][0]
    assert request.args["type"] == "r" and request.args["q"] == 'party:"Baldwin"'
    assert request.args["court"] == "nmd nmb" and request.args["order_by"] == "entry_date_filed desc"


def test_a_docket_the_search_lists_without_documents_is_a_new_case_once(httpserver, store):
    served = {"page": search_page(OLD_DOCKET)}
    httpserver.expect_request(SEARCH_PATH).respond_with_handler(
        lambda _request: Response(json.dumps(served["page"]), content_type="application/json"))
    config = Config.model_validate({
        "sources": [{"id": "cl", "kind": "courtlistener", "url": httpserver.url_for("/api/rest/v4/"),
                     "query": "Baldwin", "parties": ["Baldwin"]}],
        "subscriptions": [{"channel": "#rust-desk", "events": ["new_case", "charge"]}],
    })
    poller = Poller(config, store, Fetcher(attempts=1, per_host_interval=0, courtlistener_interval=0))
    poller.poll(config.sources[0])
    served["page"] = search_page({**NEW_DOCKET, "recap_documents": []}, OLD_DOCKET)
    [opened] = poller.poll(config.sources[0]).queued
    assert opened.post.entry.text == "Docket opened" and opened.post.events == ("new_case", "other")
    served["page"] = search_page(NEW_DOCKET, OLD_DOCKET)  # its complaint reaches the archive
    [complaint] = poller.poll(config.sources[0]).queued  # the cover sheet is no charge
    assert complaint.post.entry.text.startswith("COMPLAINT") and complaint.post.events == ("charge",)


@pytest.mark.parametrize(("fields", "problem"), [
    ({"query": "Baldwin", "dockets": [1]}, "query: give either dockets (to follow) or query (to search), not both"),
    ({"courts": ["nmd"], "dockets": [1]}, "courts: narrows a search: give a query too"),
    ({}, "dockets: kind courtlistener needs the CourtListener docket ids to follow, or a query"),
])
def test_a_courtlistener_source_takes_dockets_or_a_query(fields, problem):
    source = CourtListenerSettings(id="cl", kind="courtlistener", **fields)
    assert [f"{field}: {message}" for field, message in source.problems()] == [problem]


def test_follow_matches_without_a_watch_is_a_config_error(tmp_path):
    from bot.config import ConfigError, load_config

    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - id: nmd\n    kind: pacer_rss\n    url: https://ecf.nmd.uscourts.gov/x\n"
                    "subscriptions:\n  - channel: '#rust'\n    follow_matches: true\n")
    with pytest.raises(ConfigError, match=r":7 subscriptions\[0\]\.follow_matches: none of its sources has parties"):
        load_config(path)
