"""Tyler Odyssey case pages: four portal case pages, and a Hays County register of actions cross-checked against
the parse of the open-austin/indigent-defense-stats project (tests/fixtures/odyssey/reference/)."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup

from bot.app import App
from bot.cli import main
from bot.config import ConfigError, load_config
from bot.core.entry import Entry
from bot.store import EntryQuery
from scrapers.base import ParseError
from scrapers.odyssey import (
    DISPOSITION,
    EVENT,
    CasePage,
    Event,
    Odyssey,
    OdysseySettings,
    read_case_page,
)
from scrapers.text import harmonize_case_name
from tests.support.parsed import parsed_once

FIXTURES = Path(__file__).parent / "fixtures" / "odyssey"
PAGES = sorted(path.stem for path in FIXTURES.glob("*.html"))
HAYS = "hays_tx_test_123456"
URL = "https://portal.example.gov/Portal/Case/CaseDetail?eid=abc"


def parse(raw: bytes, url: str = URL) -> list[Entry]:
    return Odyssey(OdysseySettings(id="odyssey", kind="odyssey", url=url)).parse(raw, url)


def raw_fixture(name: str) -> bytes:
    return (FIXTURES / f"{name}.html").read_bytes()


@parsed_once
def parse_fixture(name: str) -> list[Entry]:
    return parse(raw_fixture(name))


@cache
def read_fixture(name: str) -> CasePage:
    return read_case_page(raw_fixture(name), URL)


def edited(name: str, edit) -> bytes:
    """The fixture with `edit(soup)` applied."""
    soup = BeautifulSoup(raw_fixture(name), "lxml")
    edit(soup)
    return str(soup).encode("utf-8")


def texts(entries: list[Entry]) -> list[str]:
    return [entry.text for entry in entries]


# -- Hays County register of actions, against the reference parse -------------------------------------------

_JUDICIAL_OFFICER_AND_TIME = re.compile(r"^(?:\((\d{1,2}:\d{2} [AP]M)\) )?\(Judicial Officer:? [^)]*\)$")


def reference_event(row: list[str]) -> tuple:
    """(date, name, hearing time, details) of a row of the reference's "Other Events and Hearings".

    The reference puts "CANCELED" in place of a cancelled hearing's name, where we make it the first detail;
    it keeps "(9:00 AM) (Judicial Officer X)" and "Result: " in the details, where we keep only the time.
    """
    day, *rest = row
    canceled = rest[0] == "CANCELED"
    name, *details = rest[canceled:]
    hearing_time = ""
    if details and (match := _JUDICIAL_OFFICER_AND_TIME.match(details[0])):
        hearing_time = match.group(1) or ""
        details = details[1:]
    details = ["Canceled"] * canceled + [detail.removeprefix("Result: ") for detail in details]
    return day, name, hearing_time, tuple(details)


def is_disposition(row: list[str]) -> bool:
    """A disposition row: a charge ("1. AGGRAVATED ASSAULT ...") follows its judicial officer."""
    return len(row) > 3 and re.match(r"^\d+\. ", row[3]) is not None


def ours(event: Event) -> tuple:
    return event.date.strftime("%m/%d/%Y"), event.name, event.hearing_time, event.details


def test_hays_case_matches_reference() -> None:
    reference = json.loads((FIXTURES / "reference" / f"{HAYS}.json").read_text(encoding="utf-8"))
    page = read_fixture(HAYS)
    assert page.case_number == reference["Case Metadata"]["code"] == "CR-17-5152-C"
    assert page.case_name == harmonize_case_name(reference["Case Details"]["name"])
    assert page.case_name == "The State of Texas v. Zzzzzz Xxxxxx"
    assert page.court == reference["Case Details"]["location"] == "22nd District Court"


def test_hays_events_match_reference() -> None:
    """Every row of the reference, in the page's order (the reference lists the newest first), with its details."""
    reference = json.loads((FIXTURES / "reference" / f"{HAYS}.json").read_text(encoding="utf-8"))
    rows = reference["Other Events and Hearings"]
    page = read_fixture(HAYS)
    events = [ours(event) for event in page.events if event.section == EVENT]
    assert events == [reference_event(row) for row in reversed(rows) if not is_disposition(row)]
    assert len(events) == 62


def test_hays_dispositions_match_reference() -> None:
    """The page's five DISPOSITIONS rows: the reference lists three at the end of its events (the ones whose
    sentence is a table) and two under "Disposition Information"; we list all five first, as the page does."""
    reference = json.loads((FIXTURES / "reference" / f"{HAYS}.json").read_text(encoding="utf-8"))
    expected = [(row[0], row[1]) for row in reference["Other Events and Hearings"] if is_disposition(row)]
    expected += [(row["date"], row["event"]) for row in reference["Disposition Information"]]
    page = read_fixture(HAYS)
    dispositions = [ours(event)[:2] for event in page.events if event.section == DISPOSITION]
    assert Counter(dispositions) == Counter(expected)
    assert page.events[: len(dispositions)] == [event for event in page.events if event.section == DISPOSITION]
    assert [event.text for event in page.events[:2]] == [
        "Plea — 1. AGGRAVATED ASSAULT WITH A DEADLY WEAPON — Guilty",
        "Disposition — 1. AGGRAVATED ASSAULT WITH A DEADLY WEAPON — Deferred Adjudication",
    ]


def test_hays_hearing_texts() -> None:
    entries = parse_fixture(HAYS)
    by_date = {(entry.filed_at.date().isoformat(), entry.text) for entry in entries}
    assert ("2016-02-24", "Arraignment (9:00 AM) — Reset") in by_date
    assert ("2016-03-23", "Arraignment (9:00 AM) — Canceled — Waived Arraignment") in by_date
    assert ("2024-08-12", "Motion to Adjudicate (9:00 AM)") in by_date
    assert ("2016-02-24", "Application For Court Appointed Attorney/Order — MARTIN CLAUDER") in by_date


# -- portal pages ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "case_number", "case_name", "court", "count"),
    [
        ("ca_napa_18CV001704", "18CV001704", "Loving Life Real Estate, LLC v. Jose Saldana",
         "Superior Court of Napa - Civil", 130),
        # Its "Court" field says "Magistrate Civil", a case type: no court, so the host's, which posts do not show.
        ("ga_chatham_MGCV17-11099", "MGCV17-11099", "TD Bank USA, N.A. v. Henry C. Monteith",
         "portal.example.gov", 7),
        # "VS" in capitals is not harmonised to "v.": harmonize_case_name only rewrites "vs". Its "Court" field says
        # "Division 0", a courtroom's division: no court either.
        ("ga_dekalb_17D22499", "17D22499",
         "ARBOR CROSSING APTS - CF PROPERTY MGMT CO VS KAIA YAAMEEN,AND ALL OTHER OCCUPANTS", "portal.example.gov", 10),
        # The page's style ends in "**DISMISSED**", a status, not part of the name. Its "Court" field names the
        # county whose superior court it is.
        ("wa_snohomish_17-2-01460-31", "17-2-01460-31", "Griffis Group Residential v. Brandon Thompson",
         "Snohomish", 11),
    ],
)
def test_portal_case_fields(name: str, case_number: str, case_name: str, court: str, count: int) -> None:
    entries = parse_fixture(name)
    assert len(entries) == count
    assert {(entry.case_number, entry.case_name, entry.court) for entry in entries} == {(case_number, case_name, court)}


def test_portal_lists_dispositions_first_then_events_and_hearings() -> None:
    page = read_fixture("ca_napa_18CV001704")
    assert [event.text for event in page.events[:3]] == [
        "Judgment — Judgment - Court Finding",
        "Judgment — Dismissal - No ADR",
        "Civil Case Cover Sheet",
    ]
    assert [event.section for event in page.events] == [DISPOSITION] * 2 + [EVENT] * 128


def test_portal_hearings_comments_and_service() -> None:
    napa = texts(parse_fixture("ca_napa_18CV001704"))
    assert "Motion to Strike (8:30 AM) — Heard" in napa
    assert "OSC: Court's Motion to Dismiss (8:30 AM) — Canceled — Vacated" in napa
    assert "Other Hearing (1:30 PM) — Heard — CLAIM OF RIGHT TO POSSESSION (Jorge Botto)" in napa
    assert "Request — to Set Case for Trial" in napa
    chatham = texts(parse_fixture("ga_chatham_MGCV17-11099"))
    assert "Summons — Served 08/24/2017" in chatham  # "Requested By" is left out
    dekalb = texts(parse_fixture("ga_dekalb_17D22499"))
    assert "Dispossessory Service — Unserved" in dekalb  # the anticipated server is left out
    assert "Dispossessory Attorney (9:00 AM)" in dekalb  # the judicial officer is left out


def test_comment_of_asterisks_only_is_left_out() -> None:
    assert "Clerks Order of Dismissal" in texts(parse_fixture("wa_snohomish_17-2-01460-31"))


def test_entry_fields() -> None:
    entry = parse_fixture("ga_chatham_MGCV17-11099")[4]
    assert entry == Entry(
        source_id="odyssey",
        key=entry.key,
        case_number="MGCV17-11099",
        case_name="TD Bank USA, N.A. v. Henry C. Monteith",
        court="portal.example.gov",
        text="Personal Service — CPL G WILLIAMS/724",
        url=URL,
        docket_url=URL,
        filed_at=datetime(2017, 8, 24, tzinfo=UTC),
    )
    assert entry.key.startswith("h:")


# -- document links -------------------------------------------------------------------------------------------


def add_document(soup: BeautifulSoup, holder, href: str, **data: str) -> None:
    link = soup.new_tag("a", href=href, attrs={"class": "document-download", **data})
    link.string = "Document"
    holder.append(link)


def test_portal_document_link_gets_the_parameters_the_page_script_adds() -> None:
    def edit(soup: BeautifulSoup) -> None:
        event = soup.find("div", class_="portal-case-event")  # "Complaint - Filed"
        add_document(soup, event, "/Portal/DocumentViewer/DisplayDoc?documentID=123",
                     **{"data-doc-doctype": "Filing", "data-doc-docname": "Complaint"})

    entry = parse(edited("ga_chatham_MGCV17-11099", edit))[0]
    assert entry.text == "Complaint - Filed"
    assert entry.url == (
        "https://portal.example.gov/Portal/DocumentViewer/DisplayDoc?documentID=123&caseNum=MGCV17-11099"
        "&locationId=3300&caseId=4VAjdxv-BTxuCup6yua-Nw2&docType=Filing&docName=Complaint&eventName=Complaint+-+Filed"
    )
    assert entry.docket_url == URL


def test_older_portal_script_adds_case_parameters_only() -> None:
    def edit(soup: BeautifulSoup) -> None:
        first, second = soup.select("#eventsInformationDiv li.list-group-item")[:2]
        add_document(soup, first, "/Secure/DocumentViewer/DisplayDoc?documentID=7")
        add_document(soup, first, "/Secure/DocumentViewer/DisplayDoc?documentID=8")
        add_document(soup, second, "#")

    entries = [entry for entry in parse(edited("ca_napa_18CV001704", edit)) if entry.filed_at.year == 2018]
    assert entries[0].url == (
        "https://portal.example.gov/Secure/DocumentViewer/DisplayDoc?documentID=7"
        "&caseNum=18CV001704&locationId=11220&caseId=4ruM4VdljTTcPS9R1gLWYQ2"
    )
    assert entries[1].url == URL  # an anchor to the page itself is no document


def test_register_document_link_is_made_absolute() -> None:
    def edit(soup: BeautifulSoup) -> None:
        cell = soup.find("td", headers=re.compile("RCDER2$"))  # "Indictment (Open Case)"
        link = soup.new_tag("a", href="ViewDocumentFragment.aspx?DocumentFragmentID=42")
        cell.append(link)

    url = "https://public.co.hays.tx.us/CaseDetail.aspx?CaseID=123456"
    entry = next(entry for entry in parse(edited(HAYS, edit), url) if entry.text == "Indictment (Open Case)")
    assert entry.url == "https://public.co.hays.tx.us/ViewDocumentFragment.aspx?DocumentFragmentID=42"
    assert entry.docket_url == url


# -- keys -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_keys_are_unique_and_stable(name: str) -> None:
    first, second = parse_fixture(name), parse_fixture.fresh(name)
    assert [key for key, count in Counter(entry.key for entry in first).items() if count > 1] == []
    assert [entry.key for entry in first] == [entry.key for entry in second]


def test_identical_events_get_distinct_keys() -> None:
    same_day = datetime(2019, 9, 5, tzinfo=UTC)
    entries = [entry for entry in parse_fixture(HAYS) if entry.filed_at == same_day]
    assert texts(entries) == ["Capias Executed — See Warrant Tab"] * 2
    assert entries[0].key != entries[1].key


def test_disposition_entered_later_keeps_the_keys_of_events_of_the_same_name() -> None:
    """Napa lists a "Judgment" of 02/08/2019 both as a disposition and as an event; they are numbered apart."""

    def without_dispositions(soup: BeautifulSoup) -> None:
        soup.find(id="DispositionEventsPrintSection").decompose()

    before = parse(edited("ca_napa_18CV001704", without_dispositions))
    after = parse_fixture("ca_napa_18CV001704")
    assert [entry.text for entry in after[:2]] == ["Judgment — Judgment - Court Finding", "Judgment — Dismissal - No ADR"]
    assert "Judgment" in texts(before)
    assert [entry.key for entry in after[2:]] == [entry.key for entry in before]
    assert len({entry.key for entry in after}) == len(after)


def test_result_filled_in_later_keeps_the_key() -> None:
    def without_result(soup: BeautifulSoup) -> None:
        for label in soup.find_all("span", class_="text-muted", string="Result"):
            label.parent.decompose()

    before = {entry.key: entry.text for entry in parse(edited("ca_napa_18CV001704", without_result))}
    after = {entry.key: entry.text for entry in parse_fixture("ca_napa_18CV001704")}
    assert before.keys() == after.keys()
    assert [(before[key], after[key]) for key in after if before[key] != after[key]][:1] == [
        ("Motion to Strike (8:30 AM)", "Motion to Strike (8:30 AM) — Heard")
    ]


def test_keys_do_not_depend_on_the_order_the_page_lists_events() -> None:
    """A portal listing its events newest first numbers identical events from the oldest all the same."""

    def newest_first(soup: BeautifulSoup) -> None:
        events = soup.select_one("#eventsInformationDiv ul.list-group")
        for item in reversed(events.find_all("li", recursive=False)):
            events.append(item.extract())

    oldest_first = parse_fixture("ca_napa_18CV001704")
    reversed_page = parse(edited("ca_napa_18CV001704", newest_first))
    assert texts(reversed_page) == texts(oldest_first)[:2] + texts(oldest_first)[:1:-1]
    # Two hearings of 06/18/2019 share date and name; each keeps its key.
    assert {entry.key: entry.text for entry in reversed_page} == {entry.key: entry.text for entry in oldest_first}


def test_event_added_at_the_end_keeps_the_keys_of_identical_events() -> None:
    def add_order(soup: BeautifulSoup) -> None:
        events = soup.select_one("#eventsInformationDiv ul.list-group")
        copy = BeautifulSoup(str(events.find_all("li", recursive=False)[-2]), "lxml").li  # 04/03/2019 Ex Parte ...
        assert copy is not None
        events.append(copy)

    before = parse_fixture("wa_snohomish_17-2-01460-31")
    after = parse(edited("wa_snohomish_17-2-01460-31", add_order))
    assert [entry.key for entry in after[:-1]] == [entry.key for entry in before]
    assert after[-1].text == "Ex Parte Action With Order"
    assert after[-1].key not in {entry.key for entry in before}


# -- pages that are not case pages, and case pages without events -------------------------------------------

SIGN_IN = b"""<!DOCTYPE html><html><head><title>Sign In</title></head><body>
<div class="container"><h1>Sign In</h1>
<form action="/Portal/Account/Login" method="post"><input name="UserName"><input name="Password" type="password">
<button type="submit">Sign In</button></form></div></body></html>"""

SMART_SEARCH = b"""<!DOCTYPE html><html><head><title>Smart Search</title></head><body>
<form action="/Portal/SmartSearch/SmartSearch/SmartSearch" method="post"><h1>Smart Search</h1>
<label for="caseCriteria_SearchCriteria">Search Criteria</label><input id="caseCriteria_SearchCriteria">
<div class="g-recaptcha" data-sitekey="x"></div><input type="submit" value="Submit"></form></body></html>"""

ERROR_PAGE = b"""<!DOCTYPE html><html><head><title>Error</title></head><body>
<h2>An error has occurred</h2><p>Your session has expired. Please return to the search page.</p></body></html>"""

PUBLIC_ACCESS_LOGIN = b"""<html><head><title>Login</title></head><body>
<form name="Login" method="post" action="Login.aspx"><table><tr><td class="ssSearchHyperlink">Please log in</td></tr>
<tr><td><input name="UserName"></td></tr></table></form></body></html>"""


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not an Odyssey case page"),
        (SIGN_IN, "not an Odyssey case page"),
        (SMART_SEARCH, "not an Odyssey case page"),
        (ERROR_PAGE, "not an Odyssey case page"),
        (PUBLIC_ACCESS_LOGIN, "not an Odyssey case page"),
        (raw_fixture("ca_napa_18CV001704")[:60_000], "cut off"),
        (raw_fixture(HAYS)[:20_000], "cut off"),
    ],
    ids=[
        "empty", "portal-sign-in", "portal-search-captcha", "error", "public-access-login", "portal-cut", "register-cut"
    ],
)
def test_non_case_page_raises_parse_error(body: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse(body)


def test_case_information_without_case_number_raises_parse_error() -> None:
    def no_number(soup: BeautifulSoup) -> None:
        soup.find("span", class_="text-muted", string="Case Number").parent.decompose()

    with pytest.raises(ParseError, match="no case number"):
        parse(edited("ga_dekalb_17D22499", no_number))


def test_event_without_a_dated_heading_raises_parse_error() -> None:
    def undated(soup: BeautifulSoup) -> None:
        soup.select_one("#eventsInformationDiv p.text-primary").string = "Complaint"

    with pytest.raises(ParseError, match="without a dated heading"):
        parse(edited("wa_snohomish_17-2-01460-31", undated))


def test_register_row_with_a_bad_date_raises_parse_error() -> None:
    def bad_date(soup: BeautifulSoup) -> None:
        soup.find("th", id="RCDER2").string = "pending"

    with pytest.raises(ParseError, match="'pending' is not an event date"):
        parse(edited(HAYS, bad_date))


def test_register_row_without_an_event_name_raises_parse_error() -> None:
    def nameless(soup: BeautifulSoup) -> None:
        soup.find("td", headers=re.compile("RCDER2$")).b.unwrap()

    with pytest.raises(ParseError, match="without its date, section or name"):
        parse(edited(HAYS, nameless))


def test_portal_case_page_without_events_returns_no_entries() -> None:
    def no_events(soup: BeautifulSoup) -> None:
        for section in ("DispositionEventsPrintSection", "OtherEventsPrintSection"):
            soup.find(id=section).decompose()

    assert parse(edited("ca_napa_18CV001704", no_events)) == []


def test_portal_empty_events_list_returns_no_entries() -> None:
    def empty(soup: BeautifulSoup) -> None:
        for item in soup.select("#eventsInformationDiv li.list-group-item"):
            item.decompose()

    assert parse(edited("wa_snohomish_17-2-01460-31", empty)) == []


def test_register_without_events_table_returns_no_entries() -> None:
    def no_events(soup: BeautifulSoup) -> None:
        soup.find("div", class_="ssCaseDetailSectionTitle", string="Events & Orders of the Court").find_parent(
            "table"
        ).decompose()

    assert parse(edited(HAYS, no_events)) == []


def test_court_is_the_portal_host_when_the_page_names_none() -> None:
    def no_court(soup: BeautifulSoup) -> None:
        soup.find("span", class_="text-muted", string="Court").parent.decompose()

    assert {entry.court for entry in parse(edited("ga_chatham_MGCV17-11099", no_court))} == {"portal.example.gov"}


@pytest.mark.parametrize(
    ("named", "court"),
    [
        ("Superior Court of Napa - Civil", "Superior Court of Napa - Civil"),  # a court's word, then a case type
        ("22nd District Court", "22nd District Court"),
        ("Chatham County Magistrate Court", "Chatham County Magistrate Court"),
        ("Snohomish", "Snohomish"),  # a county alone: Washington's portal names its superior courts so
        ("Magistrate Civil", "portal.example.gov"),  # a case type
        ("Criminal", "portal.example.gov"),
        ("Family Division", "portal.example.gov"),
        ("Division 0", "portal.example.gov"),
        ("0", "portal.example.gov"),
    ],
)
def test_a_court_field_is_shown_only_when_it_names_a_court(named: str, court: str) -> None:
    def court_field(soup: BeautifulSoup) -> None:
        field = soup.find("span", class_="text-muted", string="Court").parent
        label = field.find("span").extract()
        field.clear()
        field.extend([label, named])

    assert read_case_page(edited("ga_chatham_MGCV17-11099", court_field), URL).court == court


def test_a_division_the_page_names_is_no_court_in_either_layout() -> None:
    def division(soup: BeautifulSoup) -> None:
        location = soup.find("th", string=re.compile(r"^\s*Location:\s*$")).find_next("td")
        location.string = "Division 12"

    assert {entry.court for entry in parse(edited(HAYS, division))} == {"portal.example.gov"}
    assert read_case_page(raw_fixture("ga_dekalb_17D22499"), "").court == ""  # a file (`parse`): no host either


# -- the source's court and clock -----------------------------------------------------------------------------


def source(**settings: str) -> OdysseySettings:
    return OdysseySettings.model_validate({"id": "dekalb", "kind": "odyssey", "url": URL, **settings})


def read_as(settings: OdysseySettings, name: str = "ga_dekalb_17D22499") -> list[Entry]:
    return Odyssey(settings).parse(raw_fixture(name), URL)


@pytest.mark.parametrize("court", ["DeKalb County Magistrate Court", "nm_d202"])
def test_the_source_s_court_is_the_court_of_every_entry(court: str) -> None:
    assert {entry.court for entry in read_as(source(court=court))} == {court}
    assert {entry.court for entry in read_as(source(court=court), HAYS)} == {court}  # over the page's "Location"


@pytest.mark.parametrize(
    ("settings", "zone"),
    [
        ({}, "UTC"),  # a source read without a config (`parse`), unless given a timezone
        ({"timezone": "America/New_York"}, "America/New_York"),
        ({"court": "DeKalb County Magistrate Court", "timezone": "America/New_York"}, "America/New_York"),
        ({"court": "nm_d202"}, "America/Denver"),  # the courts table's row
    ],
)
def test_a_date_is_midnight_on_the_court_s_clock(settings: dict[str, str], zone: str) -> None:
    entries = read_as(source(**settings))
    judgment = next(entry for entry in entries if entry.text == "Judgment — Order and Judgment")
    assert judgment.filed_at == datetime(2017, 9, 14, tzinfo=ZoneInfo(zone))
    assert {entry.filed_at.tzinfo for entry in entries if entry.filed_at} == {ZoneInfo(zone)}


def write_config(tmp_path: Path, *sources: str, timezone: str = "America/New_York") -> Path:
    config = tmp_path / "sources.yaml"
    config.write_text(f"timezone: {timezone}\nsources:\n" + "".join(sources)
                      + "subscriptions:\n  - channel: '#desk'\n    events: [all]\n")
    return config


def test_a_source_without_a_court_of_the_table_or_a_timezone_is_on_the_config_s_clock(tmp_path: Path) -> None:
    config = load_config(write_config(
        tmp_path,
        f"  - {{id: dekalb, kind: odyssey, url: '{URL}'}}\n",
        f"  - {{id: named, kind: odyssey, url: '{URL}', court: DeKalb County Magistrate Court}}\n",
        f"  - {{id: bernalillo, kind: odyssey, url: '{URL}', court: nm_d202}}\n",
        f"  - {{id: spokane, kind: odyssey, url: '{URL}', timezone: America/Los_Angeles}}\n",
    ))
    assert config.odyssey_clocks() == {"dekalb": "America/New_York", "named": "America/New_York",
                                       "bernalillo": "America/Denver", "spokane": "America/Los_Angeles"}


def test_a_timezone_beside_a_court_of_the_table_is_refused_on_its_line(tmp_path: Path) -> None:
    path = write_config(tmp_path, f"  - id: bernalillo\n    kind: odyssey\n    url: '{URL}'\n    court: nm_d202\n"
                                  "    timezone: America/New_York\n")
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    assert str(refused.value) == (f"{path}:7 sources[0].timezone: court nm_d202 is dated on its own clock "
                                  "(America/Denver, from the courts table): leave timezone out")


@pytest.mark.parametrize(
    ("court", "said"),
    [
        ("nm_d22", '"nm_d22" is not a court id the bot knows (did you mean nm_d202?)'),
        ("bernalillo", '"bernalillo" is not a court id the bot knows;'),
    ],
)
def test_a_court_written_as_an_id_the_table_lacks_is_refused_on_its_line(tmp_path: Path, court: str,
                                                                          said: str) -> None:
    path = write_config(tmp_path, f"  - id: bernalillo\n    kind: odyssey\n    url: '{URL}'\n    court: {court}\n")
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    message = str(refused.value)
    assert message.startswith(f"{path}:6 sources[0].court: {said}")
    assert message.endswith('a court the table does not know is written as its name, as posts show it '
                            '("DeKalb County Magistrate Court")')


@pytest.mark.parametrize("court", ["nm_d202", "DeKalb County Magistrate Court", "Snohomish", "NM Dist Ct"])
def test_a_court_id_of_the_table_or_a_name_is_taken(court: str) -> None:
    assert source(court=court).court == court


def test_posts_name_the_source_s_court_and_never_a_division(tmp_path: Path, httpserver, monkeypatch, capsys,
                                                           sqlite_url: str) -> None:
    httpserver.expect_request("/Portal/Case/CaseDetail").respond_with_data(
        raw_fixture("ga_dekalb_17D22499"), content_type="text/html; charset=utf-8")
    page = httpserver.url_for("/Portal/Case/CaseDetail").replace("//localhost:", "//127.0.0.1:")  # a host, as a portal's
    config = write_config(
        tmp_path,
        f"  - {{id: dekalb, kind: odyssey, url: '{page}?eid=1', backfill: 1}}\n",
        f"  - {{id: named, kind: odyssey, url: '{page}?eid=2', backfill: 1, court: DeKalb County Magistrate Court}}\n",
    )
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    assert main(["--config", str(config), "check"]) == 0
    out = capsys.readouterr().out
    case = "ARBOR CROSSING APTS - CF PROPERTY MGMT CO VS KAIA YAAMEEN,AND ALL OTHER OCCUPANTS"
    assert f"Tenant Ejected: {case} (17D22499)\nfiled 2017-10-23\n" in out
    assert f"Tenant Ejected: {case} (17D22499, DeKalb County Magistrate Court)\nfiled 2017-10-23\n" in out
    assert "Division" not in out
    app = App.from_env({"DATABASE_URL": sqlite_url}, str(config), keep_metrics=False)
    try:  # stored at midnight in New York, the config's clock
        filed = {item.entry.filed_at for item in app.store.seen_entries(EntryQuery(words=["Tenant Ejected"]), 5)}
    finally:
        app.close()
    assert filed == {datetime(2017, 10, 23, tzinfo=ZoneInfo("America/New_York"))}
