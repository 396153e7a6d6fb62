"""CourtListener REST API v4 docket entries for the docket ids a source names, and docket-alert webhook bodies.

A source lists CourtListener docket ids (`dockets: [4214664]`); `url`, when given, is the API base (default
https://www.courtlistener.com/api/rest/v4/). The token is COURTLISTENER_TOKEN, sent as `Authorization: Token
...`. CourtListener serves docket entries only to accounts with RECAP API access: without a token, or with one
that lacks that access, a poll fails with a FetchError saying so (no message ever contains the token).

One poll, for each docket: `dockets/<id>/` (docket number, case name, court), then `docket-entries/?docket=<id>`
newest first (`order_by=-recap_sequence_number,-entry_number`, the documents' extracted text omitted), following
`next` for at most `max_pages` pages. At 20 entries a page that is the newest 200 entries of each docket: a
poll stays small however long the docket, and older entries are already known. A `next` link off the API's
scheme and host is refused, so the token never leaves it. Requests to the API host are at least
`http.courtlistener_interval` apart (0.72 s: CourtListener allows 5,000 requests an hour), whatever
http.per_host_interval says.
Entries come out in docket order: `recap_sequence_number`, then `entry_number`.

An entry's key is `cl:<docket id>:<entry id>` (CourtListener's entry ids are stable); its link is its first
available document's page on courtlistener.com, else the docket's page. CourtListener sometimes holds one
filing under two ids: the entry it made from the court's RSS feed (a stub: no docket text, the document's
short description) and the entry it made later from the docket report. Records of one docket that share an
entry number, a PACER entry sequence number (`pacer_sequence_number`, PACER's de_seq_num) or the PACER
document id of their main document are one filing (`one_per_filing`): one entry, keyed by the first id, with
the fullest record's text, so that the fuller record is an edit of what was posted, never a second post.
An entry whose `date_filed` is null or not a date is kept undated and reported (`Parsed.undated`: `entry
cl:4214664:2208776613 has no date_filed`), by a poll and a webhook alike.

`date_filed` is a date alone (`2022-10-11`), the court's own: an entry is dated at midnight on its court's clock
(the docket's `court_id`, its zone from the courts table bot/core/courts.tsv), so that a filing of 30 November in
New York is of 30 November wherever it is shown. For a court the table has no zone for (the Supreme Court, a state
court) the date is midnight UTC, which is how the bot shows such a court's dates (bot/core/courts.py
`local_time`), so the date shown is still the one CourtListener gave; a poll counts those entries by court
(`Parsed.zoneless`) and says so (`check`: `NO ZONE: 2 entries of court 'scotus' dated at midnight UTC ...`).

`parse` reads one docket-entries page alone, which does not name the case: case number, name and court are
empty there; `fetch` fills them.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import ClassVar, Literal, TypeVar
from urllib.parse import urlencode, urlsplit

from pydantic import ConfigDict, Field

from bot.core.courts import court_zone, midnight
from bot.core.entry import Entry
from scrapers.base import Parsed, ParseError, Scraper, Undated
from scrapers.http import COURTLISTENER_API, COURTLISTENER_TOKEN, Abandoned, Fetcher, FetchError, split_url
from scrapers.settings import WatchSettings, WholeNumber
from scrapers.text import one_line

log = logging.getLogger(__name__)

SITE = "https://www.courtlistener.com"
DOCKET_ALERT = 1  # a webhook's event_type; 2 search alert, 3 RECAP fetch, 4 old docket alerts report
NEWEST_FIRST = "-recap_sequence_number,-entry_number"
REFUSED = frozenset({401, 403})  # the HTTP statuses of a missing token, or one without RECAP API access
OMIT = "recap_documents__plain_text"

_DOCKET_API_PATH = re.compile(r"/dockets/(\d+)/?$")
_RECAP_PATH_COURT = re.compile(r"\bgov\.uscourts\.([a-z0-9]+)\.\d+\b")  # gov.uscourts.dcd.178502: RECAP's file names
_PATH_FIELDS = ("filepath_local", "filepath_ia", "thumbnail")

T = TypeVar("T")


@dataclass(frozen=True)
class Docket:
    """A docket's case fields; `url` is its page on courtlistener.com, "" when not known."""

    id: int
    case_number: str = ""
    case_name: str = ""
    court: str = ""
    url: str = ""


def _load(raw: bytes, what: str) -> object:
    try:
        return json.loads(raw)
    except ValueError:  # UnicodeDecodeError included
        raise ParseError(f"not JSON, so not a CourtListener {what}") from None


def _not_a(what: str, data: object) -> ParseError:
    """The error for JSON of the wrong shape, with CourtListener's own `detail` message when it sent one."""
    detail = data.get("detail") if isinstance(data, dict) else None
    return ParseError(f"not a CourtListener {what}" + (f": {detail}" if isinstance(detail, str) else ""))


def _line(value: object) -> str:
    return one_line(value) if isinstance(value, str) else ""


def _site_url(path: object) -> str:
    return SITE + path if isinstance(path, str) and path.startswith("/") else ""


def docket_from_json(raw: bytes) -> Docket:
    """The case fields of a `dockets/<id>/` response."""
    data = _load(raw, "docket")
    if not isinstance(data, dict) or not isinstance(data.get("id"), int):
        raise _not_a("docket", data)
    names = (_line(data.get(field)) for field in ("case_name", "case_name_full", "case_name_short"))
    return Docket(
        id=data["id"],
        case_number=_line(data.get("docket_number")),
        case_name=next(filter(None, names), ""),
        court=_line(data.get("court_id")),
        url=_site_url(data.get("absolute_url")),
    )


def _checked_results(results: list, what: str) -> list[dict]:
    if not all(isinstance(result, dict) and isinstance(result.get("id"), int) for result in results):
        raise ParseError(f"the {what} has a docket entry without an id")
    return results


def results_and_next(raw: bytes) -> tuple[list[dict], str | None]:
    """The docket entries (API objects) of one docket-entries page, and the next page's URL (None on the last)."""
    data = _load(raw, "docket-entries page")
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise _not_a("docket-entries page", data)
    next_url = data.get("next")
    if next_url is not None and not isinstance(next_url, str):
        raise ParseError("the docket-entries page's next link is not a URL")
    return _checked_results(data["results"], "docket-entries page"), next_url


def in_docket_order(results: Sequence[dict]) -> list[dict]:
    """Docket entries as the docket lists them: by recap_sequence_number, then entry_number (none last)."""

    def position(result: dict) -> tuple:
        number = result.get("entry_number")
        numbered = isinstance(number, int)
        return (_line(result.get("recap_sequence_number")), not numbered, number if numbered else 0, result["id"])

    return sorted(results, key=position)


def _identifiers(result: dict) -> set[tuple[str, object]]:
    """What makes two records of one docket one filing: entry number, PACER sequence number, main document id."""
    found: set[tuple[str, object]] = set()
    for name in ("entry_number", "pacer_sequence_number"):
        if isinstance(result.get(name), int):
            found.add((name, result[name]))
    for document in _documents(result):
        if document.get("attachment_number") is None and isinstance(document.get("pacer_doc_id"), str):
            if document["pacer_doc_id"].strip():
                found.add(("pacer_doc_id", document["pacer_doc_id"].strip()))
    return found


def _fullness(result: dict) -> tuple[int, int]:
    described = [_line(result.get("description"))] + [_line(d.get("description")) for d in _documents(result)]
    return max(map(len, described)), result["id"]


def one_per_filing(results: Sequence[dict]) -> list[dict]:
    """The docket entries (API objects of one docket) with each filing once, in the given order.

    Records sharing an identifier (`_identifiers`) are merged: the fullest record (longest docket text or
    document description; the later id on a tie) under the first (lowest) id, with the entry number,
    sequence number and filing date of another record where the fullest lacks them.
    """
    groups: list[list[dict]] = []
    group_of: dict[tuple[str, object], list[dict]] = {}
    for result in results:
        joined = [group for group in groups if any(group_of.get(i) is group for i in _identifiers(result))]
        group = joined[0] if joined else []
        if not joined:
            groups.append(group)
        for other in joined[1:]:  # a record that links two groups makes them one
            group.extend(other)
        groups = [kept for kept in groups if not any(kept is other for other in joined[1:])]
        group.append(result)
        for member in group:
            group_of.update((identifier, group) for identifier in _identifiers(member))
    merged = []
    for group in groups:
        fullest = max(group, key=_fullness).copy()
        for name in ("entry_number", "pacer_sequence_number", "date_filed"):
            if fullest.get(name) is None:
                fullest[name] = next((r[name] for r in group if r.get(name) is not None), None)
        merged.append({**fullest, "id": min(result["id"] for result in group)})
    order = {result["id"]: position for position, result in enumerate(results)}
    return sorted(merged, key=lambda result: order[result["id"]])


def _docket_id(value: object) -> int:
    """A docket entry's `docket`: its id in webhooks, its API URL (…/dockets/<id>/) in the REST API."""
    if isinstance(value, int):
        return value
    match = _DOCKET_API_PATH.search(split_url(value).path) if isinstance(value, str) else None
    if match is None:
        raise ParseError(f"a docket entry names no docket ({value!r})")
    return int(match.group(1))


def _documents(result: dict) -> list[dict]:
    documents = result.get("recap_documents")
    return [document for document in documents if isinstance(document, dict)] if isinstance(documents, list) else []


def _docket_page(docket_id: int, documents: list[dict]) -> str:
    """The docket's page when only its id is known. CourtListener ignores the slug, but the path needs one:
    take it from a document link (/docket/<id>/<number>/<slug>/), else leave it blank as CourtListener does."""
    slug = next(
        (
            path.rstrip("/").rsplit("/", 1)[-1]
            for path in (document.get("absolute_url") for document in documents)
            if isinstance(path, str) and path.startswith(f"/docket/{docket_id}/")
        ),
        "",
    )
    return f"{SITE}/docket/{docket_id}/{slug}/"


def court_in_paths(documents: Sequence[dict]) -> str:
    """The court id (`dcd`) that RECAP's file paths of a docket entry's documents name
    (`recap/gov.uscourts.dcd.178502/gov.uscourts.dcd.178502.140.0.pdf`), "" when none names one."""
    paths = (document.get(field) for document in documents for field in _PATH_FIELDS)
    found = (_RECAP_PATH_COURT.search(path) for path in paths if isinstance(path, str))
    return next((match.group(1) for match in found if match), "")


def placeholder_case_name(docket_id: int) -> str:
    """The case name of a webhook's entry whose docket could not be read: `CourtListener docket 4214664`."""
    return f"CourtListener docket {docket_id}"


def filed_at(value: object, court: str) -> datetime | None:
    """A date CourtListener gives (`2022-10-11`) as the start of that day on the clock of `court` (a court id, `nysd`:
    midnight in New York, 05:00 UTC); midnight UTC for a court the courts table has no zone for (`zoneless`). None
    for none or a value that is not a date."""
    try:
        return midnight(date.fromisoformat(value), court) if isinstance(value, str) else None
    except ValueError:
        return None


def zoneless(entries: Sequence[Entry]) -> Counter[str]:
    """How many of the dated `entries` are dated at midnight UTC because the courts table (bot/core/courts.tsv) has
    no zone for their court, by court id ("" for an entry that names none). UTC because the bot shows such a court's
    dates in UTC (bot/core/courts.py `local_time`): the date stays the one CourtListener gave wherever it is shown,
    where any other zone would show some of them as the day before or after."""
    return Counter(entry.court for entry in entries if entry.filed_at is not None and court_zone(entry.court) is None)


def undated(entry: Entry, value: object, field: str) -> list[Undated]:
    """The report of `entry`, kept without a filing date because its `field` (the API's `value`) gives none: [] when
    it gives one, else where (`entry cl:4214664:2208776613`) and why (`has no date_filed`, `date_filed '2022-13-01'
    is not a date`)."""
    if entry.filed_at is not None:
        return []
    why = f"has no {field}" if value is None or value == "" else f"{field} {value!r} is not a date"
    return [Undated(f"entry {entry.key}", why)]


def entry_from_result(result: dict, docket: Docket, source_id: str = "") -> Entry:
    """One docket entry (an API object) of `docket` as an Entry."""
    documents = _documents(result)
    docket_url = docket.url or _docket_page(docket.id, documents)
    available = (_site_url(d.get("absolute_url")) for d in documents if d.get("is_available") is True)
    described = (_line(d.get("description")) for d in documents)
    number = result.get("entry_number")
    return Entry(
        source_id=source_id,
        key=f"cl:{docket.id}:{result['id']}",
        case_number=docket.case_number,
        case_name=docket.case_name,
        court=docket.court,
        text=_line(result.get("description")) or next(filter(None, described), ""),
        url=next(filter(None, available), docket_url),
        docket_url=docket_url,
        filed_at=filed_at(result.get("date_filed"), docket.court),
        number=str(number) if isinstance(number, int) else None,
    )


def parsed_results(results: Sequence[dict], source_id: str, docket: Docket | None = None) -> Parsed:
    """Docket entries (API objects) as Entries of `docket` (None: of the bare docket each names), in the given order;
    those without a readable `date_filed` are kept undated and reported (`Parsed.undated`)."""
    parsed = Parsed()
    for result in results:
        entry = entry_from_result(result, docket or Docket(_docket_id(result.get("docket"))), source_id)
        parsed.entries.append(entry)
        parsed.undated.extend(undated(entry, result.get("date_filed"), "date_filed"))
    return parsed


@dataclass(frozen=True)
class Pushed:
    """One docket entry a webhook pushed: its docket's id, the entry (see `entries_from_webhook`), and the report of
    it when it came without a readable `date_filed` (`undated`: none, or one)."""

    docket_id: int
    entry: Entry
    undated: tuple[Undated, ...] = ()


def entries_from_webhook(body: bytes) -> list[Pushed]:
    """The new docket entries a CourtListener docket-alert webhook POSTs, each with its docket id. Pure.

    `body` is the raw request body: `{"webhook": {"event_type": 1, "version": ...}, "payload": {"results":
    [...]}}`, each result a Docket Entry API object whose `docket` is the docket's id. Raises ParseError for a
    body that is not JSON, is another event (event_type 2 search alert, 3 RECAP fetch, 4 old docket alerts
    report), or whose results are not docket entries; the receiver answers 400 then. The version is not
    checked: in versions 1 and 2 alike a result is a Docket Entry API object.

    Returns them in the body's order. An entry has its final key (`cl:<docket id>:<entry id>`, the key a poll
    gives the same entry, so a webhook and a later poll never post one filing twice), text, number, url,
    docket_url, court (the one its documents' RECAP file paths name, `court_in_paths`; "" when none does) and
    filed_at (midnight of its date on that court's clock, as `filed_at` dates it); one whose `date_filed` is null or
    not a date is kept undated, with its report (`Pushed.undated`), as a poll keeps it. The webhook does not name
    the case: source_id, case_number and case_name are "". `CourtListener.webhook_entries` makes them a source's
    entries, case fields filled from the docket. CourtListener wants a 2xx within a second: call that after
    answering.
    """
    data = _load(body, "webhook body")
    webhook = data.get("webhook") if isinstance(data, dict) else None
    payload = data.get("payload") if isinstance(data, dict) else None
    if not isinstance(webhook, dict) or not isinstance(payload, dict):
        raise ParseError("not a CourtListener webhook body (no webhook and payload)")
    if webhook.get("event_type") != DOCKET_ALERT:
        raise ParseError(f"webhook event_type {webhook.get('event_type')!r} is not a docket alert ({DOCKET_ALERT})")
    results = payload.get("results")
    if not isinstance(results, list):
        raise ParseError("docket alert without a results list")
    pushed = []
    for result in _checked_results(results, "docket alert"):
        docket_id = _docket_id(result.get("docket"))
        entry = entry_from_result(result, Docket(docket_id, court=court_in_paths(_documents(result))))
        pushed.append(Pushed(docket_id, entry, tuple(undated(entry, result.get("date_filed"), "date_filed"))))
    return pushed


def _with_docket(entry: Entry, docket: Docket, source_id: str) -> Entry:
    """A webhook's entry as a source's, with the case fields and page of its docket, and dated on its court's clock.
    A field the docket lacks (one that could not be read) keeps the entry's own (court, page)."""
    docket_url = docket.url or entry.docket_url
    court = docket.court or entry.court
    return replace(
        entry,
        source_id=source_id,
        case_number=docket.case_number,
        case_name=docket.case_name,
        court=court,
        filed_at=midnight(entry.filed_at.date(), court) if entry.filed_at else None,
        url=docket_url if entry.url == entry.docket_url else entry.url,
        docket_url=docket_url,
    )


class CourtListenerSettings(WatchSettings):
    """Docket entries from CourtListener's REST API v4: the dockets listed, or a search of the RECAP archive
    (`query`). Docket entries need an account with RECAP API access (COURTLISTENER_TOKEN)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "nvlsp", "kind": "courtlistener", "dockets": [4214664], "every": "1h",
    }]})

    kind: Literal["courtlistener"] = Field(default="courtlistener", description="CourtListener's REST API")
    url: str = Field(default=COURTLISTENER_API, description="the API's base URL")
    dockets: list[WholeNumber] = Field(default=[], description="the CourtListener ids of the dockets to follow")
    query: str | None = Field(default=None, min_length=1,
                              description='a RECAP search instead of docket ids (party:"Baldwin")')
    courts: list[str] = Field(default=[], description="the court ids a search covers (all when none)")

    def problems(self) -> list[tuple[str, str]]:
        return super().problems() + self._search_problems()

    def _search_problems(self) -> list[tuple[str, str]]:
        if self.query and self.dockets:
            return [("query", "give either dockets (to follow) or query (to search), not both")]
        if self.courts and not self.query:
            return [("courts", "narrows a search: give a query too")]
        if not self.dockets and not self.query:
            return [("dockets", f"kind {self.kind} needs the CourtListener docket ids to follow, or a query")]
        if any(docket_id <= 0 for docket_id in self.dockets):
            return [("dockets", "CourtListener docket ids are positive numbers")]
        return []


class CourtListener(Scraper[CourtListenerSettings]):
    settings = CourtListenerSettings
    cumulative = True  # a docket's entries; a search (`query:`) lists only the newest matches (__init__)

    max_pages: ClassVar[int] = 10  # docket-entries pages read per docket per poll (20 entries a page)

    def __init__(self, source: CourtListenerSettings, environ: Mapping[str, str] | None = None) -> None:
        super().__init__(source, environ)
        if source.query:
            self.cumulative = False

    @property
    def api(self) -> str:
        return self.source.url.rstrip("/") + "/"

    def urls(self) -> list[str]:
        if self.source.query:
            from scrapers.courtlistener_search import search_url

            return [search_url(self.api, self.source.query, self.source.courts)]
        return super().urls()

    def fetch(self, fetcher: Fetcher) -> Parsed:
        """The source's entries (its dockets', or its search's), with the count of those of a court without a known
        zone (`Parsed.zoneless`)."""
        parsed = self._search(fetcher) if self.source.query else self._dockets(fetcher)
        parsed.zoneless = zoneless(parsed.entries)
        return parsed

    def _dockets(self, fetcher: Fetcher) -> Parsed:
        parsed = Parsed()
        for docket_id in self.source.dockets:
            docket = self._read(fetcher, f"{self.api}dockets/{docket_id}/", docket_from_json)
            results = in_docket_order(one_per_filing(self._docket_entries(fetcher, docket_id)))
            parsed.extend(parsed_results(results, self.source.id, docket))
        return parsed

    def read(self, raw: bytes, url: str) -> Parsed:
        results, _ = results_and_next(raw)
        return parsed_results(results, self.source.id)

    def webhook_entries(self, pushed: Sequence[Pushed], fetcher: Fetcher) -> Parsed:
        """This source's entries among a webhook's (`entries_from_webhook`): those of its dockets, with its
        source_id, the case fields of their docket, read from the API (one request per docket), and their dates
        on its court's clock; with the reports of those without a readable date, and the count of those of a
        court without a known zone (`Parsed.zoneless`), as a poll gives them. A docket that cannot be read (no
        COURTLISTENER_TOKEN, CourtListener down) gives its entries no case number and the case name `CourtListener
        docket 4214664` (`placeholder_case_name`); they keep what the body has (entry number, court from the
        document paths, docket page), so that they are filings, never taken for news stories; the log says what
        was missing."""
        mine = [item for item in pushed if item.docket_id in self.source.dockets]
        dockets: dict[int, Docket] = {}
        for item in mine:  # one request per docket
            if item.docket_id not in dockets:
                dockets[item.docket_id] = self._docket_or_placeholder(fetcher, item)
        entries = [_with_docket(item.entry, dockets[item.docket_id], self.source.id) for item in mine]
        return Parsed(entries, undated=[report for item in mine for report in item.undated],
                      zoneless=zoneless(entries))

    def _docket_or_placeholder(self, fetcher: Fetcher, item: Pushed) -> Docket:
        try:
            return self._read(fetcher, f"{self.api}dockets/{item.docket_id}/", docket_from_json)
        except Abandoned:  # the bot is stopping: not a docket that cannot be read
            raise
        except (FetchError, ParseError) as exc:
            name = placeholder_case_name(item.docket_id)
            court = f"court {item.entry.court} from the document paths" if item.entry.court else "no court"
            log.warning("source %s: docket %s unreadable (%s): its webhook entries go without case number and case "
                        "name, posted as %r with %s", self.source.id, item.docket_id, exc, name, court)
            return Docket(item.docket_id, case_name=name)

    def _docket_entries(self, fetcher: Fetcher, docket_id: int) -> list[dict]:
        """The newest docket entries of a docket, at most `max_pages` pages, each entry once."""
        query = urlencode({"docket": docket_id, "order_by": NEWEST_FIRST, "omit": OMIT})
        url: str | None = f"{self.api}docket-entries/?{query}"
        by_id: dict[int, dict] = {}
        for _ in range(self.max_pages):
            if url is None:
                break
            results, url = self._read(fetcher, url, results_and_next)
            by_id.update((result["id"], result) for result in results)
            self._check_on_api(url)
        return list(by_id.values())

    def _search(self, fetcher: Fetcher) -> Parsed:
        """The newest matches of the source's search, at most SEARCH_PAGES pages (scrapers/courtlistener_search.py)."""
        from scrapers.courtlistener_search import SEARCH_PAGES, search_page

        parsed = Parsed()
        url: str | None = self.urls()[0]
        for _ in range(SEARCH_PAGES):
            if url is None:
                break
            page, url = self._read(fetcher, url, lambda raw: search_page(raw, self.source.id))
            parsed.extend(page)
            self._check_on_api(url)
        return parsed

    def _check_on_api(self, url: str | None) -> None:
        if url is not None and split_url(url)[:2] != urlsplit(self.api)[:2]:
            raise ParseError(f"next page {url} is off the API at {self.api}: not followed")

    def _read(self, fetcher: Fetcher, url: str, reader: Callable[[bytes], T]) -> T:
        """GET an API URL (paced, with the token) and read the body; errors name the URL, never the token."""
        fetcher.pacer.at_most_every(urlsplit(self.api).netloc, fetcher.courtlistener_interval)
        try:
            return reader(fetcher.get(url, self._headers()))
        except ParseError as exc:
            raise ParseError(f"{url}: {exc}") from None
        except FetchError as exc:
            if exc.status in REFUSED:
                raise exc.explained(self._refusal_reason()) from None
            raise

    @property
    def _token(self) -> str:
        return self.environ.get(COURTLISTENER_TOKEN, "").strip()

    def _headers(self) -> dict[str, str]:
        return {"Accept": "application/json", **({"Authorization": f"Token {self._token}"} if self._token else {})}

    def _refusal_reason(self) -> str:
        access = "CourtListener serves docket entries only to accounts with RECAP API access"
        if self._token:
            return f"CourtListener refused the token in {COURTLISTENER_TOKEN} ({access})"
        return f"{COURTLISTENER_TOKEN} is not set ({access})"
