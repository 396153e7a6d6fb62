"""The courtlistener kind over real sockets: a local server plays CourtListener's REST API v4.

The docket (rest_v4_docket_4214664.json) and the webhook body (docket_alert_webhook.json) are CourtListener's
documentation examples; the two docket-entries pages are written to the documented v4 shape for that docket,
newest first as the scraper asks, their links pointing at www.courtlistener.com until `served` rewrites them.
The JSON files are not golden inputs: the golden harness skips .json files.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.cli import main
from bot.core.entry import Entry
from notifiers.message import filed_on
from scrapers.base import ParseError, Undated, undated_note, zoneless_note
from scrapers.courtlistener import (
    CourtListener,
    CourtListenerSettings,
    court_in_paths,
    entries_from_webhook,
    in_docket_order,
)
from scrapers.courtlistener_search import search_page
from scrapers.http import COURTLISTENER_API, Failure, Fetcher, FetchError, HostPacer

FIXTURES = Path(__file__).parent / "fixtures" / "courtlistener"
PUBLIC_API = "https://www.courtlistener.com/api/rest/v4/"
API_PATH = "/api/rest/v4/"
SITE = "https://www.courtlistener.com"
NEW_YORK = ZoneInfo("America/New_York")  # the zone of dcd, the court of docket 4214664
DOCKET_PAGE = f"{SITE}/docket/4214664/national-veterans-legal-services-program-v-united-states/"
MOTION_PAGE = f"{SITE}/docket/4214664/140/national-veterans-legal-services-program-v-united-states/"
TOKEN = "0123456789abcdef-secret"
ENTRIES_QUERY = {
    "docket": "4214664",
    "order_by": "-recap_sequence_number,-entry_number",
    "omit": "recap_documents__plain_text",
}


def fixture(name: str) -> bytes:
    return (FIXTURES / f"{name}.json").read_bytes()


def served(httpserver, name: str) -> bytes:
    """A fixture as the local server sends it: API links point at the local server."""
    return fixture(name).replace(PUBLIC_API.encode(), httpserver.url_for(API_PATH).encode())


def serve_docket(httpserver, page1: bytes | None = None) -> None:
    json_type = {"content_type": "application/json"}
    httpserver.expect_request(f"{API_PATH}dockets/4214664/").respond_with_data(
        fixture("rest_v4_docket_4214664"), **json_type
    )
    httpserver.expect_request(f"{API_PATH}docket-entries/", query_string=ENTRIES_QUERY).respond_with_data(
        page1 or served(httpserver, "docket_entries_4214664_page1"), **json_type
    )
    httpserver.expect_request(
        f"{API_PATH}docket-entries/", query_string={**ENTRIES_QUERY, "page": "2"}
    ).respond_with_data(served(httpserver, "docket_entries_4214664_page2"), **json_type)


def scraper(httpserver, token: str | None = None, kind: type[CourtListener] = CourtListener) -> CourtListener:
    source = CourtListenerSettings(id="nvlsp", kind="courtlistener", url=httpserver.url_for(API_PATH),
                                   dockets=[4214664])
    return kind(source, {"COURTLISTENER_TOKEN": token} if token else {})


def fetcher(courtlistener_interval: float = 0) -> Fetcher:
    """No pacing, not even CourtListener's (0.72 s a request), unless asked."""
    return Fetcher(attempts=1, per_host_interval=0, courtlistener_interval=courtlistener_interval)


def by_number(entries: list[Entry]) -> dict[str | None, Entry]:
    return {entry.number: entry for entry in entries}


def test_fetch_follows_next_and_returns_docket_order(httpserver):
    serve_docket(httpserver)
    entries = scraper(httpserver, TOKEN).fetch(fetcher()).entries
    assert [entry.number for entry in entries] == ["140", "141", None, "142"]
    assert [request.args.get("page") for request, _ in httpserver.log[1:]] == [None, "2"]
    assert {(e.source_id, e.case_number, e.case_name, e.court, e.docket_url) for e in entries} == {
        ("nvlsp", "1:16-cv-00745", "NATIONAL VETERANS LEGAL SERVICES PROGRAM v. United States", "dcd", DOCKET_PAGE)
    }


def test_entry_fields(httpserver):
    serve_docket(httpserver)
    entries = by_number(scraper(httpserver, TOKEN).fetch(fetcher()).entries)
    motion = entries["140"]
    assert motion.key == "cl:4214664:2208776613"
    assert motion.text.startswith("MOTION for Settlement Preliminary Approval by ALLIANCE FOR JUSTICE")
    assert motion.url == MOTION_PAGE  # the available main document, not the unavailable attachment listed first
    assert motion.filed_at == datetime(2022, 10, 11, tzinfo=NEW_YORK)  # its date_filed, on the court's clock
    appearance = entries["141"]
    assert appearance.text == "Notice of Appearance"  # no description: the document's
    assert appearance.url == DOCKET_PAGE  # its only document is not available
    minute_order = entries[None]
    assert minute_order.key == "cl:4214664:2208891206"
    assert minute_order.text.startswith("MINUTE ORDER setting Fairness Hearing")
    assert minute_order.url == DOCKET_PAGE


def test_a_date_filed_is_the_court_s_own_date_wherever_it_is_shown(httpserver):
    serve_docket(httpserver)
    parsed = scraper(httpserver, TOKEN).fetch(fetcher())
    motion = by_number(parsed.entries)["140"]
    assert motion.filed_at is not None and motion.filed_at.astimezone(UTC) == datetime(2022, 10, 11, 4, tzinfo=UTC)
    assert filed_on(motion.filed_at, motion.court) == "2022-10-11"  # was "2022-10-10 20:00 EDT" at midnight UTC
    assert parsed.zoneless == Counter()


def test_a_court_without_a_known_zone_is_dated_at_midnight_utc_and_counted(httpserver):
    docket = json.loads(fixture("rest_v4_docket_4214664"))
    httpserver.expect_request(f"{API_PATH}dockets/4214664/").respond_with_json({**docket, "court_id": "scotus"})
    httpserver.expect_request(f"{API_PATH}docket-entries/", query_string=ENTRIES_QUERY).respond_with_data(
        served(httpserver, "docket_entries_4214664_page2"), content_type="application/json")
    parsed = scraper(httpserver, TOKEN).fetch(fetcher())
    [motion] = parsed.entries
    assert motion.filed_at == datetime(2022, 10, 11, tzinfo=UTC)
    assert filed_on(motion.filed_at, motion.court) == "2022-10-11"  # the date as CourtListener gave it
    assert parsed.zoneless == Counter({"scotus": 1})
    assert zoneless_note(parsed.zoneless) == (
        "1 entry of court 'scotus' dated at midnight UTC (no time zone known for the court)")


def test_check_says_which_court_s_entries_are_dated_at_midnight_utc(httpserver, use_config, sqlite_url, capsys):
    docket = json.loads(fixture("rest_v4_docket_4214664"))
    httpserver.expect_request(f"{API_PATH}dockets/4214664/").respond_with_json({**docket, "court_id": "scotus"})
    httpserver.expect_request(f"{API_PATH}docket-entries/", query_string=ENTRIES_QUERY).respond_with_data(
        served(httpserver, "docket_entries_4214664_page2"), content_type="application/json")
    use_config(f"""\
sources:
  - id: scotus
    kind: courtlistener
    url: {httpserver.url_for(API_PATH)}
    dockets: [4214664]
""", sqlite_url, http={"courtlistener_interval": "0s"})
    assert main(["--log-level", "INFO", "check"]) == 0  # (`run` logs at INFO)
    said = "1 entry of court 'scotus' dated at midnight UTC (no time zone known for the court)"
    out, err = capsys.readouterr()
    assert out.splitlines()[0].endswith(f"NO ZONE: {said}")
    assert f"source scotus: {said}" in err


def test_the_zoneless_note_counts_each_court_the_most_first():
    assert zoneless_note(Counter({"": 1, "scotus": 3})) == (
        "3 entries of court 'scotus', 1 entry of no named court dated at midnight UTC (no time zone known for the "
        "courts)")
    assert zoneless_note(Counter()) == ""


def test_keys_are_stable_across_polls(httpserver):
    serve_docket(httpserver)
    first = scraper(httpserver, TOKEN).fetch(fetcher()).entries
    second = scraper(httpserver, TOKEN).fetch(fetcher()).entries
    assert first == second
    assert len({entry.key for entry in first}) == 4


def test_token_goes_in_the_authorization_header(httpserver):
    serve_docket(httpserver)
    scraper(httpserver, TOKEN).fetch(fetcher())
    assert [request.headers.get("Authorization") for request, _ in httpserver.log] == [f"Token {TOKEN}"] * 3


def test_without_a_token_no_authorization_header(httpserver):
    serve_docket(httpserver)
    scraper(httpserver).fetch(fetcher())
    assert len(httpserver.log) == 3
    assert all("Authorization" not in request.headers for request, _ in httpserver.log)


def test_refused_token_is_a_clear_error_without_the_token(httpserver):
    httpserver.expect_request(f"{API_PATH}dockets/4214664/").respond_with_json({"detail": "Invalid token."}, status=401)
    with pytest.raises(FetchError, match="HTTP 401: CourtListener refused the token in COURTLISTENER_TOKEN") as error:
        scraper(httpserver, TOKEN).fetch(fetcher())
    assert TOKEN not in str(error.value)
    assert (error.value.kind, error.value.status) == (Failure.HTTP, 401)


def test_other_http_errors_are_not_taken_for_a_refused_token(httpserver):
    httpserver.expect_request(f"{API_PATH}dockets/4214664/").respond_with_json({"detail": "Not found."}, status=404)
    with pytest.raises(FetchError) as error:
        scraper(httpserver, TOKEN).fetch(fetcher())
    assert str(error.value).endswith("dockets/4214664/: HTTP 404") and error.value.status == 404


def test_missing_token_is_named_when_docket_entries_are_refused(httpserver):
    httpserver.expect_request(f"{API_PATH}dockets/4214664/").respond_with_data(fixture("rest_v4_docket_4214664"))
    httpserver.expect_request(f"{API_PATH}docket-entries/").respond_with_json(
        {"detail": "You do not have permission to perform this action."}, status=403
    )
    with pytest.raises(FetchError, match=r"docket-entries/\?.*HTTP 403: COURTLISTENER_TOKEN is not set \(.*RECAP"):
        scraper(httpserver).fetch(fetcher())


def test_pages_per_docket_are_capped(httpserver):
    class OnePage(CourtListener):
        max_pages = 1

    serve_docket(httpserver)
    entries = scraper(httpserver, kind=OnePage).fetch(fetcher()).entries
    assert [entry.number for entry in entries] == ["141", None, "142"]  # the newest page only
    assert len(httpserver.log) == 2


def test_next_link_off_the_api_is_not_followed(httpserver):
    page = json.loads(served(httpserver, "docket_entries_4214664_page1"))
    page["next"] = "http://elsewhere.example/api/rest/v4/docket-entries/?page=2"
    serve_docket(httpserver, json.dumps(page).encode())
    with pytest.raises(ParseError, match="elsewhere.example.* is off the API"):
        scraper(httpserver, TOKEN).fetch(fetcher())
    assert len(httpserver.log) == 2


def test_api_requests_keep_the_rate_floor_whatever_the_fetcher_interval(httpserver):
    serve_docket(httpserver)
    started = time.monotonic()
    scraper(httpserver).fetch(fetcher(courtlistener_interval=0.1))
    assert time.monotonic() - started >= 0.19  # three requests, two gaps
    assert Fetcher().courtlistener_interval == 0.72  # 5,000 requests an hour


def test_host_pacer_floor_applies_to_its_host_only_and_the_longest_wins():
    pacer = HostPacer(0)
    pacer.at_most_every("A.example", 0.2)
    pacer.at_most_every("a.example", 0.05)
    started = time.monotonic()
    pacer.wait("http://a.example/1")
    pacer.wait("http://b.example/1")
    pacer.wait("http://b.example/2")
    assert time.monotonic() - started < 0.1
    pacer.wait("http://a.example/2")
    assert time.monotonic() - started >= 0.19


def test_docket_that_is_not_json_is_a_parse_error_naming_the_url(httpserver):
    httpserver.expect_request(f"{API_PATH}dockets/4214664/").respond_with_data("<html>Sign in</html>")
    with pytest.raises(ParseError, match=r"dockets/4214664/: not JSON, so not a CourtListener docket"):
        scraper(httpserver, TOKEN).fetch(fetcher())


def test_parse_reads_one_page_without_the_case_fields():
    source = CourtListenerSettings(id="nvlsp", kind="courtlistener", dockets=[4214664])
    [motion] = CourtListener(source).parse(fixture("docket_entries_4214664_page2"), PUBLIC_API)
    assert (motion.source_id, motion.key, motion.number) == ("nvlsp", "cl:4214664:2208776613", "140")
    assert (motion.case_number, motion.case_name, motion.court) == ("", "", "")
    assert (motion.url, motion.docket_url) == (MOTION_PAGE, DOCKET_PAGE)  # the page's slug from the documents


def test_an_entry_without_a_readable_date_filed_is_kept_undated_and_reported(httpserver):
    page = json.loads(fixture("docket_entries_4214664_page1"))
    page["results"][0]["date_filed"] = None
    page["results"][1]["date_filed"] = "10/14/2022"
    serve_docket(httpserver, json.dumps(page).replace(PUBLIC_API, httpserver.url_for(API_PATH)).encode())
    parsed = scraper(httpserver, TOKEN).fetch(fetcher())
    keys = [f"cl:4214664:{result['id']}" for result in page["results"][:2]]
    undated = {entry.key for entry in parsed.entries if entry.filed_at is None}
    assert len(parsed.entries) == 4 and undated == set(keys)  # kept, posted without a date
    assert [str(item) for item in parsed.undated] == [
        f"entry {keys[1]} date_filed '10/14/2022' is not a date", f"entry {keys[0]} has no date_filed"]  # docket order
    assert undated_note(parsed.undated) == (
        f"2 entries without a readable date, e.g. entry {keys[1]} date_filed '10/14/2022' is not a date")


def test_a_search_result_without_a_readable_date_is_kept_undated_and_reported():
    body = {"next": None, "results": [
        {"docket_id": 1, "docketNumber": "1:26-cv-1", "caseName": "A v. B", "court_id": "nmd", "dateFiled": ""},
        {"docket_id": 2, "docketNumber": "1:26-cv-2", "caseName": "C v. D", "court_id": "nmd", "recap_documents": [
            {"id": 7, "entry_number": 1, "description": "COMPLAINT", "entry_date_filed": "2026-02-30"},
            {"id": 8, "entry_number": 2, "description": "Summons", "entry_date_filed": "2026-03-02"}]},
    ]}
    parsed, _ = search_page(json.dumps(body).encode(), "search")
    assert [entry.filed_at for entry in parsed.entries] == [  # nmd's clock
        None, None, datetime(2026, 3, 2, tzinfo=ZoneInfo("America/Denver"))]
    assert [str(item) for item in parsed.undated] == [
        "entry cl:1:docket has no dateFiled", "entry cl:2:e1 entry_date_filed '2026-02-30' is not a date"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<html><body>Bad gateway</body></html>", "not JSON"),
        (b'{"detail": "Invalid cursor"}', "not a CourtListener docket-entries page: Invalid cursor"),
        (b'{"next": null, "results": [{"description": "no id"}]}', "without an id"),
        (b'{"next": null, "results": [{"id": 1, "docket": "https://x.example/"}]}', "names no docket"),
    ],
)
def test_parse_refuses_what_is_not_a_docket_entries_page(body, reason):
    source = CourtListenerSettings(id="nvlsp", kind="courtlistener", dockets=[4214664])
    with pytest.raises(ParseError, match=reason):
        CourtListener(source).parse(body, PUBLIC_API)


def test_in_docket_order_sorts_by_sequence_then_number_unnumbered_last():
    results = [
        {"id": 6, "recap_sequence_number": "2022-10-14.001", "entry_number": None},
        {"id": 5, "recap_sequence_number": "", "entry_number": 12},
        {"id": 4, "recap_sequence_number": "2022-10-11.001", "entry_number": 140},
        {"id": 3, "recap_sequence_number": "", "entry_number": None},
        {"id": 2, "recap_sequence_number": "", "entry_number": 3},
    ]
    assert [result["id"] for result in in_docket_order(results)] == [2, 5, 3, 4, 6]


def test_webhook_docket_alert_is_parsed():
    [pushed] = entries_from_webhook(fixture("docket_alert_webhook"))
    entry = pushed.entry
    assert (pushed.docket_id, pushed.undated) == (4214664, ())
    assert (entry.key, entry.number) == ("cl:4214664:2208776613", "140")
    assert entry.filed_at == datetime(2022, 10, 11, tzinfo=NEW_YORK)  # on the clock of dcd, named by its paths
    assert entry.text.startswith("MOTION for Settlement Preliminary Approval")
    assert (entry.url, entry.docket_url) == (MOTION_PAGE, DOCKET_PAGE)
    assert (entry.source_id, entry.case_number, entry.case_name, entry.court) == ("", "", "", "dcd")


@pytest.mark.parametrize(
    ("documents", "court"),
    [
        ([{"thumbnail": None, "filepath_ia": "", "filepath_local": "recap/gov.uscourts.nysd.5/gov.uscourts.nysd.5.1.0.pdf"}],
         "nysd"),
        ([{"filepath_local": None}, {"thumbnail": "recap-thumbnails/gov.uscourts.ca9.12/3.thumb.png"}], "ca9"),
        ([{"filepath_local": None, "filepath_ia": "", "thumbnail": None}], ""),
        ([{"filepath_local": "recap/something/else.pdf"}], ""),
        ([], ""),
    ],
)
def test_court_in_paths_reads_recap_file_names(documents, court):
    assert court_in_paths(documents) == court


@pytest.mark.parametrize("event_type", [2, 3, 4, None])
def test_webhook_other_than_a_docket_alert_is_refused(event_type):
    body = json.loads(fixture("docket_alert_webhook"))
    body["webhook"]["event_type"] = event_type
    with pytest.raises(ParseError, match="is not a docket alert"):
        entries_from_webhook(json.dumps(body).encode())


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        b'{"payload": {"results": []}}',
        b'{"webhook": {"event_type": 1}, "payload": {"results": {}}}',
        b'{"webhook": {"event_type": 1}, "payload": {"results": [{"id": 1}]}}',
    ],
)
def test_malformed_webhook_body_is_refused(body):
    with pytest.raises(ParseError):
        entries_from_webhook(body)


def test_webhook_entries_become_the_source_entries_a_poll_gives(httpserver):
    serve_docket(httpserver)
    body = json.loads(fixture("docket_alert_webhook"))
    other_docket = {**body["payload"]["results"][0], "id": 1, "docket": 999}
    body["payload"]["results"].append(other_docket)
    pushed = entries_from_webhook(json.dumps(body).encode())
    mine = scraper(httpserver, TOKEN).webhook_entries(pushed, fetcher())
    polled = by_number(scraper(httpserver, TOKEN).fetch(fetcher()).entries)
    assert mine.entries == [polled["140"]]
    assert mine.entries[0].filed_at == datetime(2022, 10, 11, tzinfo=NEW_YORK)  # on dcd's clock, as a poll dates it
    assert (mine.undated, mine.zoneless) == ([], Counter())


def test_webhook_entries_without_a_readable_date_are_kept_and_reported_as_a_poll_reports_them(httpserver):
    serve_docket(httpserver)
    body = json.loads(fixture("docket_alert_webhook"))
    first = body["payload"]["results"][0]
    body["payload"]["results"] = [{**first, "date_filed": None},
                                  {**first, "id": 2, "entry_number": 141, "date_filed": "10/14/2022"},
                                  {**first, "id": 3, "docket": 999, "date_filed": None}]  # another docket's
    pushed = entries_from_webhook(json.dumps(body).encode())
    assert [item.undated for item in pushed] == [
        (Undated("entry cl:4214664:2208776613", "has no date_filed"),),
        (Undated("entry cl:4214664:2", "date_filed '10/14/2022' is not a date"),),
        (Undated("entry cl:999:3", "has no date_filed"),)]
    mine = scraper(httpserver, TOKEN).webhook_entries(pushed, fetcher())
    assert [entry.filed_at for entry in mine.entries] == [None, None]  # kept
    assert undated_note(mine.undated) == (
        "2 entries without a readable date, e.g. entry cl:4214664:2208776613 has no date_filed")


def test_webhook_entries_of_an_unreadable_docket_are_filings_with_what_the_body_has(httpserver, caplog):
    httpserver.expect_request(f"{API_PATH}dockets/4214664/").respond_with_data("down", status=404)
    body = json.loads(fixture("docket_alert_webhook"))
    first = body["payload"]["results"][0]
    body["payload"]["results"].append({**first, "id": 2, "entry_number": 141})
    pushed = entries_from_webhook(json.dumps(body).encode())
    mine = scraper(httpserver, TOKEN).webhook_entries(pushed, fetcher())
    entry, second = mine.entries
    assert (entry.source_id, entry.key, entry.number, entry.court, entry.docket_url) == (
        "nvlsp", "cl:4214664:2208776613", "140", "dcd", DOCKET_PAGE
    )
    assert (entry.case_number, entry.case_name) == ("", "CourtListener docket 4214664") and not entry.is_story
    assert entry.filed_at == datetime(2022, 10, 11, tzinfo=NEW_YORK) and mine.zoneless == Counter()
    assert second.case_name == entry.case_name
    [warned] = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert warned.startswith("source nvlsp: docket 4214664 unreadable (")  # once for the docket, not per entry
    assert warned.endswith("): its webhook entries go without case number and case name, posted as "
                           "'CourtListener docket 4214664' with court dcd from the document paths")


def test_webhook_entries_of_an_unreadable_docket_without_document_paths_have_no_court(httpserver):
    httpserver.expect_request(f"{API_PATH}dockets/4214664/").respond_with_data("down", status=404)
    body = json.loads(fixture("docket_alert_webhook"))
    body["payload"]["results"][0]["recap_documents"] = []
    mine = scraper(httpserver, TOKEN).webhook_entries(entries_from_webhook(json.dumps(body).encode()), fetcher())
    [entry] = mine.entries
    assert (entry.court, entry.case_name, entry.is_story) == ("", "CourtListener docket 4214664", False)
    assert entry.filed_at == datetime(2022, 10, 11, tzinfo=UTC) and mine.zoneless == Counter({"": 1})


def test_config_needs_docket_ids_and_defaults_the_api():
    assert CourtListenerSettings(id="cl", kind="courtlistener").problems() == [
        ("dockets", "kind courtlistener needs the CourtListener docket ids to follow, or a query")
    ]
    source = CourtListenerSettings(id="cl", kind="courtlistener", dockets=[4214664])
    assert source.problems() == []
    assert CourtListener(source).api == COURTLISTENER_API
