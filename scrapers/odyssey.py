"""Case pages of Tyler Odyssey, the case system of many state and county courts, parsed into entries.

Two layouts are read:

- the Odyssey Portal case page (`.../Portal/Case/CaseDetail?eid=...`, the case-detail fragment the portal
  loads after a search): a "Case Information" panel, then "Disposition Events" and "Events and Hearings",
  each event a dated heading with labelled details ("Comment", "Hearing Time", "Result", "Cancel Reason");
- the older Odyssey Public Access "Register of Actions" (`CaseDetail.aspx?CaseID=...`): one table "Events &
  Orders of the Court" with DISPOSITIONS and OTHER EVENTS AND HEARINGS, each row a date and a cell.

The case number and the style (case name) come from the page. The court is the source's `court:` (an id of
bot/core/courts.tsv, such as `nm_d202`, or a court's name, "DeKalb County Magistrate Court"; a value shaped like
an id, lower case letters, digits and `_` only, must be one of the table), else the one the page names: the
portal's "Court" field, the register's "Location". Portals fill that field with a court's name ("Superior Court
of Napa - Civil", "22nd District Court"), a county's ("Snohomish", as Washington's portal names its superior
courts), a case type ("Magistrate Civil", Chatham County's) or a courtroom's division ("Division 0", DeKalb
County's). The rule (`_names_a_court`): the value is the court if one of its words is one a court's name has
(court, county, district, superior, circuit, municipal, justice, supreme, appeals, probate, chancery, parish),
else if none of its words is one of a case type or a division (civil, criminal, division, department, family,
traffic, juvenile, claims, dispossessory, eviction, domestic, felony, misdemeanor), so a place's name alone is
kept; "Magistrate Civil" and "Division 0" are no court. Where the page names none, the court is the host the page
was fetched from, which a post does not show.

The pages give an event's date only: it is dated at midnight on the court's clock, the zone of the `court:`
setting's row in the courts table, else the source's `timezone:`, which is the config's unless the source gives
its own.

Every disposition, filing and hearing is one entry, in page order (dispositions first, as on the page).
Its text is the event's name, a hearing's time in brackets, then what the page adds about it, joined by
" — ": a comment, a hearing's result or cancellation, a judgment type, a charge's disposition
("Motion to Strike (8:30 AM) — Heard", "Arraignment (9:00 AM) — Canceled — Waived Arraignment").
Judicial officers, the portal's requesting party and anticipated server are left out. The entry's link is
the event's first document, else the case page. The portal's own script adds the case's `caseNum`,
`locationId` and `caseId` (and the document's type, name and event) to each document link when the page
loads; they are added here the same way, so the link is the one a reader's browser would open.

An event has no number: its key is its section, its date, its name and, among events of the same section,
date and name, its position counted from the oldest. Hearing times, results, comments and cancellations are
left out of the key, so a court filling them in later edits the entry instead of adding one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Literal
from urllib.parse import urlencode, urlsplit
from zoneinfo import ZoneInfo

from bs4 import BeautifulSoup, NavigableString, Tag
from pydantic import ConfigDict, Field, ValidationInfo, field_validator

from bot.core.courts import court_zone, known_court
from bot.core.entry import content_key, normalise_text
from scrapers.base import Parsed, ParseError, Scraper
from scrapers.http import resolve_url
from scrapers.markup import attribute, read_html
from scrapers.settings import WatchSettings, known_zone
from scrapers.text import SEPARATOR, harmonize_case_name, joined, one_line, text_of

DATE_FORMAT = "%m/%d/%Y"
DISPOSITION, EVENT = "disposition", "event"

_DATED = re.compile(r"^(\d{1,2}/\d{1,2}/\d{4})\s+(.+)$")
_STATUS_BANNER = re.compile(r"\s*\*\*[^*]*\*\*\s*$")  # "Griffis Group Residential vs Brandon Thompson **DISMISSED**"
_JUDICIAL_OFFICER = re.compile(r"\(Judicial Officer\b[^)]*\)")
_HEARING_TIME = re.compile(r"\((\d{1,2}:\d{2}\s*[AP]M)\)", re.IGNORECASE)
_RESULT = re.compile(r"^Result:\s*")
_CANCELED = re.compile(r"^CANCELED\b")
_WORD = re.compile(r"[a-z]+")
# Words of a court's name, and words of a case type or a courtroom's division, in a page's "Court" field (the rule:
# `_names_a_court`). "magistrate" is in neither: Chatham County's case type "Magistrate Civil" names no court.
_COURT_WORDS = frozenset({"court", "courts", "county", "district", "superior", "circuit", "municipal", "justice",
                          "supreme", "appeals", "probate", "chancery", "parish"})
_DOCKET_WORDS = frozenset({"civil", "criminal", "division", "department", "dept", "family", "traffic", "juvenile",
                           "claims", "dispossessory", "eviction", "domestic", "felony", "misdemeanor"})
_COURT_ID = re.compile(r"^[a-z0-9_]+$")  # the shape of an id of the courts table: nm_d202, nysd, texas_coa08
_LINK_PARAM = re.compile(r"\b(caseNum|locationId|caseId)\b(?:\s*:\s*\"|=)([^\"&'\s]+)")

# The portal's labelled details shown in an entry's text, as they are shown; other labels are left out.
# "" is a detail without a label ("Unserved").
_PORTAL_DETAILS = {
    "": "{}",
    "Comment": "{}",
    "Result": "{}",
    "Judgment Type": "{}",
    "Served": "Served {}",
    "Cancel Reason": "Canceled" + SEPARATOR + "{}",
}


@dataclass(frozen=True)
class Event:
    """One disposition, filing or hearing. `section` is DISPOSITION or EVENT; `hearing_time` may be ""."""

    section: str
    date: date
    name: str
    hearing_time: str
    details: tuple[str, ...]
    document_url: str

    @property
    def text(self) -> str:
        name = f"{self.name} ({self.hearing_time})" if self.hearing_time else self.name
        return joined(name, *self.details)


@dataclass(frozen=True)
class CasePage:
    case_number: str
    case_name: str
    court: str
    events: list[Event]


def read_case_page(raw: bytes, url: str) -> CasePage:
    """The case and its events in page order, from either layout; document links resolved against `url`."""
    soup = read_html(raw)
    portal = soup.find(id="divCaseInformation_body")
    information = portal if portal is not None else soup.find("div", class_="ssCaseDetailCaseNbr")
    if information is None:
        raise ParseError("no case information: not an Odyssey case page")
    # The portal's register-of-actions form holds every section; the old register ends with an empty form.
    if b"</form>" not in raw.lower():
        raise ParseError("the page is cut off (no closing </form>)")
    page = _portal_page(soup, information, url) if portal is not None else _register_page(soup, information, url)
    if not page.case_number:
        raise ParseError("no case number on the page")
    return page


def _court(named: str, url: str) -> str:
    """The court a page names (its "Court" or "Location" field, "" when it has none); the host of `url` ("" without
    one) where that names no court (`_names_a_court`: "Magistrate Civil", "Division 0")."""
    return named if _names_a_court(named) else urlsplit(url).hostname or ""


def _names_a_court(named: str) -> bool:
    """Whether a page's "Court" or "Location" value is a court: it has a word of a court's name ("22nd District
    Court", "Superior Court of Napa - Civil"), or else no word of a case type or a courtroom's division, so that a
    county's name alone ("Snohomish") is one; "Magistrate Civil", "Division 0" and "" are none."""
    words = set(_WORD.findall(named.lower()))
    return bool(words & _COURT_WORDS) or bool(words) and not words & _DOCKET_WORDS


def _date(text: str) -> date:
    try:
        return datetime.strptime(text, DATE_FORMAT).date()
    except ValueError:
        raise ParseError(f"{text!r} is not an event date") from None


def _shown(detail: str) -> bool:
    """Whether a detail says anything: courts fill some comments with asterisks only."""
    return any(character.isalnum() for character in detail)


def _document_url(holder: Tag, url: str, link_params: dict[str, str]) -> str:
    """The first link in an event, absolute ("" when there is none, or it is malformed); a portal document link
    gets the parameters its page's script adds."""
    link = next((a for a in holder.find_all("a", href=True) if not attribute(a, "href").startswith(("#", "javascript:"))), None)
    if link is None:
        return ""
    href = attribute(link, "href")
    if "document-download" in link.get_attribute_list("class"):
        event = link.find_parent(class_="portal-case-event")
        params = {
            **link_params,
            "docType": attribute(link, "data-doc-doctype"),
            "docName": attribute(link, "data-doc-docname"),
            "eventName": attribute(event, "data-event-description") if event is not None else "",
        }
        query = urlencode({name: value for name, value in params.items() if value})
        href = f"{href}{'&' if '?' in href else '?'}{query}" if query else href
    return resolve_url(url, href)


# -- the Odyssey Portal case page ----------------------------------------------------------------------------


def _portal_page(soup: BeautifulSoup, info: Tag, url: str) -> CasePage:
    fields = dict(filter(None, (_labelled(p) for p in info.find_all("p"))))
    heading = info.find("p", class_="text-primary")
    _, _, style = text_of(heading, " ").partition("|") if heading is not None else ("", "", "")
    link_params = _link_params(soup)
    dispositions = soup.find(id="dispositionInformationDiv")
    events = soup.find(id="eventsInformationDiv")
    disposition_items = [c.parent for c in dispositions.select("div.tyler-toggle-controller") if c.parent] if dispositions else []
    event_items = events.select("li.list-group-item") if events else []
    return CasePage(
        case_number=fields.get("Case Number", ""),
        case_name=harmonize_case_name(_STATUS_BANNER.sub("", style)),
        court=_court(fields.get("Court", ""), url),
        events=[_portal_event(item, DISPOSITION, url, link_params) for item in disposition_items]
        + [_portal_event(item, EVENT, url, link_params) for item in event_items],
    )


def _labelled(p: Tag) -> tuple[str, str] | None:
    """(label, value) of a paragraph that opens with a label in a <span> ("Comment", "Hearing Time"), else None."""
    first = next((child for child in p.children if not isinstance(child, NavigableString) or child.strip()), None)
    if not isinstance(first, Tag) or first.name != "span":
        return None
    label, text = text_of(first, " "), text_of(p, " ")
    return label, text[len(label) :].strip()


def _link_params(soup: BeautifulSoup) -> dict[str, str]:
    """caseNum, locationId and caseId, as the page's script adds them to each `.document-download` link."""
    for script in soup.find_all("script"):
        source = script.string or ""
        start = source.find("document-download")
        if start >= 0:
            return dict(_LINK_PARAM.findall(source[start:]))
    return {}


def _portal_event(item: Tag, section: str, url: str, link_params: dict[str, str]) -> Event:
    """An event from its dated heading ("12/28/2018   Motion") and the labelled paragraphs below it."""
    heading = item.find("p", class_="text-primary")
    match = _DATED.match(text_of(heading, " ")) if heading is not None else None
    if match is None:
        raise ParseError(f"an event without a dated heading: {text_of(item, ' ')[:80]!r}")
    container = item.find("div", class_="tyler-toggle-container")
    hearing_time, details = "", []
    for p in container.find_all("p", recursive=False) if container is not None else []:
        label, value = _labelled(p) or ("", text_of(p, " "))
        if label == "Hearing Time":
            hearing_time = value
        elif label in _PORTAL_DETAILS and _shown(value):
            details.append(_PORTAL_DETAILS[label].format(value))
    return Event(
        section=section,
        date=_date(match.group(1)),
        name=match.group(2),
        hearing_time=hearing_time,
        details=tuple(details),
        document_url=_document_url(item, url, link_params),
    )


# -- the older Register of Actions (CaseDetail.aspx) ---------------------------------------------------------


def _register_page(soup: BeautifulSoup, number: Tag, url: str) -> CasePage:
    summary = number.find_next("table")
    style = summary.find("b") if summary is not None else None
    location = soup.find("th", string=re.compile(r"^\s*Location:\s*$"))
    title = soup.find("div", class_="ssCaseDetailSectionTitle", string=re.compile(r"^\s*Events & Orders of the Court"))
    table = title.find_parent("table") if title is not None else None
    place = location.find_next("td") if location is not None else None
    return CasePage(
        case_number=text_of(number.find("span") or number, " ").removeprefix("Case No.").strip(),
        case_name=harmonize_case_name(text_of(style, " ")),
        court=_court(text_of(place, " ") if place is not None else "", url),
        events=_register_events(table, url) if table is not None else [],
    )


def _register_events(table: Tag, url: str) -> list[Event]:
    """One event per cell that names its date and section headers (`headers="CDisp RCDCD1"`)."""
    headers = {th["id"]: th for th in table.find_all("th", id=True)}
    events = []
    for cell in table.find_all("td", headers=True):
        named = [headers[token] for token in cell.get_attribute_list("headers") if token in headers]
        subtitles = [text_of(th, " ") for th in named if "ssEventsAndOrdersSubTitle" in th.get_attribute_list("class")]
        dates = [text_of(th, " ") for th in named if "ssTableHeaderLabel" in th.get_attribute_list("class")]
        name = cell.find("b")
        if not subtitles or not dates or name is None:
            raise ParseError(f"an event row without its date, section or name: {text_of(cell, ' ')[:80]!r}")
        hearing_time, details = _register_details(cell, name)
        events.append(
            Event(
                section=DISPOSITION if subtitles[0].upper().startswith("DISPOSITION") else EVENT,
                date=_date(dates[0]),
                name=text_of(name, " "),
                hearing_time=hearing_time,
                details=details,
                document_url=_document_url(cell, url, {}),
            )
        )
    return events


def _register_details(cell: Tag, name: Tag) -> tuple[str, tuple[str, ...]]:
    """The hearing time and the details of a cell: its text outside the name, one detail per block.

    "(9:00 AM) (Judicial Officer Boyer, Bruce) Result: Reset" gives "9:00 AM" and "Reset"; the italic
    comment below a name, a charge and its disposition are details of their own.
    """
    hearing_time, details = "", []
    for block in _blocks(cell, name):
        found = _HEARING_TIME.search(block)
        if found:
            hearing_time = found.group(1)
        block = _HEARING_TIME.sub("", _JUDICIAL_OFFICER.sub("", block))
        block = _CANCELED.sub("Canceled", _RESULT.sub("", one_line(block)))
        if _shown(block):
            details.append(block)
    return hearing_time, tuple(details)


def _blocks(cell: Tag, name: Tag) -> list[str]:
    """The cell's text outside `name`, consecutive strings of the same block element (div, td) joined."""
    blocks: list[tuple[Tag | None, list[str]]] = []
    for string in cell.find_all(string=True):
        if any(parent is name for parent in string.parents):
            continue
        block = string.find_parent(["div", "td"])
        if not blocks or blocks[-1][0] is not block:
            blocks.append((block, []))
        blocks[-1][1].append(str(string))
    return [" ".join(strings) for _, strings in blocks]


def _keys(events: list[Event]) -> list[str]:
    """Section + date + name + the event's number among the same, counted from the oldest end of its section."""
    keys = [""] * len(events)
    seen: Counter[tuple[str, str, str]] = Counter()
    for section in dict.fromkeys(event.section for event in events):
        indices = [index for index, event in enumerate(events) if event.section == section]
        if events[indices[0]].date > events[indices[-1]].date:  # listed newest first
            indices.reverse()
        for index in indices:
            same = (section, events[index].date.isoformat(), normalise_text(events[index].name))
            keys[index] = content_key(*same, seen[same])
            seen[same] += 1
    return keys


class OdysseySettings(WatchSettings):
    """The case page of a Tyler Odyssey portal: each event, hearing and disposition of its register of actions
    is an entry, dated at midnight on its court's clock: the zone of the `court` in the courts table, else the
    source's `timezone`, else the config's."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "dekalb-eviction", "kind": "odyssey",
        "url": "https://portal.example.gov/Portal/Case/CaseDetail?eid=Q2FzZTEyMzQ1", "every": "2h",
        "court": "DeKalb County Magistrate Court", "timezone": "America/New_York",
    }]})

    kind: Literal["odyssey"] = Field(default="odyssey", description="an Odyssey portal's case page")
    url: str = Field(description="the case's page, as Smart Search links it (…/Portal/Case/CaseDetail?eid=…)")
    court: str | None = Field(default=None, min_length=1, description=(
        "a court id of bot/core/courts.tsv (nm_d202), or the court's name as posts show it (default: the court "
        "the page names, if it names one)"))
    timezone: str | None = Field(default=None, description=(
        "the clock of a court the table does not know, which dates its entries (default: the config's)"))

    @field_validator("court")
    @classmethod
    def _court_of_the_table(cls, court: str | None) -> str | None:
        """A court's name as given; a value shaped like a court id (`nm_d22`: lower case letters, digits, `_`) must
        be one of the courts table, else it is refused with the id meant, as a typo would be posted as a name."""
        if court is not None and _COURT_ID.match(court):
            try:
                known_court(court)
            except ValueError as exc:
                raise ValueError(f"{exc}; a court the table does not know is written as its name, as posts show it "
                                 '("DeKalb County Magistrate Court")') from None
        return court

    @field_validator("timezone")
    @classmethod
    def _timezone_known(cls, name: str | None, info: ValidationInfo) -> str | None:
        """A zone's name; refused beside a court of the table, which has its clock there (the config's own
        timezone is given to the source after this check: bot/config.py `_source_clocks`)."""
        if name is None:
            return None
        court = info.data.get("court")
        zone = court_zone(court) if court else None
        if zone is not None:
            raise ValueError(f"court {court} is dated on its own clock ({zone.key}, from the courts table): "
                             "leave timezone out")
        return known_zone(name)

    @property
    def clock(self) -> ZoneInfo:
        """The zone the entries are dated on: the `court:` row's in the courts table, else `timezone` (the
        config's, once the config has given it), else UTC."""
        return (court_zone(self.court) if self.court else None) or ZoneInfo(self.timezone or "UTC")


class Odyssey(Scraper[OdysseySettings]):
    settings = OdysseySettings
    cumulative = True

    def read(self, raw: bytes, url: str) -> Parsed:
        page = read_case_page(raw, url)
        if self.source.court:
            page = replace(page, court=self.source.court)
        clock = self.source.clock
        return Parsed([
            self.case_entry(
                page,
                url,
                key=key,
                text=event.text,
                url=event.document_url or url,
                filed_at=datetime.combine(event.date, time(), clock),
            )
            for event, key in zip(page.events, _keys(page.events), strict=True)
        ])
