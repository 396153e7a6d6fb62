"""CourtListener's v4 search of the RECAP archive, for a `courtlistener` source that gives `query:` (and
`courts:`) instead of docket ids: the new dockets and docket entries that match, wherever they are filed.

One poll asks `search/?type=r&q=<query>&court=<ids>&order_by=entry_date_filed desc` and reads at most
`SEARCH_PAGES` pages (each up to 20 dockets, with their matching documents); a `next` link off the API is not
followed. A result is a docket (`docket_id`, `caseName`, `docketNumber`, `court_id`, `docket_absolute_url`)
with the RECAP documents that matched (`recap_documents`: `id`, `entry_number`, `description`,
`short_description`, `entry_date_filed`, `absolute_url`, `is_available`, `attachment_number`). Each main
document (not an attachment) is one docket entry, keyed `cl:<docket id>:e<entry number>` (by its document id
when it has no entry number); a docket listed with no document is one entry "Docket opened", so that a new case
is heard of before any of its documents is in the archive (as `new_case`; its complaint, when it comes, is not
new again). Dates are on the court's clock, as a docket's entries' (scrapers/courtlistener.py `filed_at`).
The watch rules (bot/pipeline/watch.py) apply as to any docket source: `parties:` against the case name,
`keywords:` against the text.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from bot.core.entry import Entry
from scrapers.base import Parsed, ParseError, Skipped
from scrapers.courtlistener import Docket, _line, _site_url, filed_at, undated

SEARCH_PAGES = 3  # pages of search results read per poll: the newest filings, older ones are known already
NEWEST_ENTRIES_FIRST = "entry_date_filed desc"
OPENED = "Docket opened"


def search_url(api: str, query: str, courts: list[str]) -> str:
    """The first page of the RECAP search for `query` in `courts` (court ids; all courts when empty)."""
    params = {"type": "r", "q": query, "order_by": NEWEST_ENTRIES_FIRST}
    if courts:
        params["court"] = " ".join(courts)
    return f"{api}search/?{urlencode(params)}"


def search_page(raw: bytes, source_id: str) -> tuple[Parsed, str | None]:
    """The entries of one page of search results, and the next page's URL (None on the last). Raises ParseError
    for a body that is not a search page; a result that names no docket is skipped, with why."""
    try:
        data = json.loads(raw)
    except ValueError:
        raise ParseError("not JSON, so not a CourtListener search page") from None
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        detail = data.get("detail") if isinstance(data, dict) else None
        raise ParseError("not a CourtListener search page" + (f": {detail}" if isinstance(detail, str) else ""))
    next_url = data.get("next")
    if next_url is not None and not isinstance(next_url, str):
        raise ParseError("the search page's next link is not a URL")
    parsed = Parsed()
    for result in data["results"]:
        if not isinstance(result, dict) or not isinstance(result.get("docket_id"), int):
            parsed.skipped.append(Skipped("search result names no docket", str(result)[:120]))
            continue
        parsed.extend(_entries(result, source_id))
    return parsed, next_url


def _entries(result: dict, source_id: str) -> Parsed:
    """A docket's entries: its "Docket opened" entry, or one for each main document; those without a readable date
    (the docket's `dateFiled`, a document's `entry_date_filed`) kept undated and reported."""
    docket = Docket(
        id=result["docket_id"],
        case_number=_line(result.get("docketNumber")),
        case_name=_line(result.get("caseName")),
        court=_line(result.get("court_id")),
        url=_site_url(result.get("docket_absolute_url")),
    )
    documents = [d for d in result.get("recap_documents") or [] if isinstance(d, dict) and d.get("attachment_number")
                 is None and isinstance(d.get("id"), int)]
    base = Entry(source_id, f"cl:{docket.id}:docket", docket.case_number, docket.case_name, docket.court, OPENED,
                 url=docket.url, docket_url=docket.url, filed_at=filed_at(result.get("dateFiled"), docket.court))
    if not documents:
        return Parsed([base], undated=undated(base, result.get("dateFiled"), "dateFiled"))
    parsed = Parsed()
    keys: set[str] = set()
    for document in documents:
        number = document.get("entry_number")
        key = f"cl:{docket.id}:e{number}" if isinstance(number, int) else f"cl:{docket.id}:d{document['id']}"
        if key in keys:
            continue
        keys.add(key)
        link = _site_url(document.get("absolute_url")) if document.get("is_available") is True else ""
        entry = Entry(
            source_id, key, docket.case_number, docket.case_name, docket.court,
            _line(document.get("description")) or _line(document.get("short_description")),
            url=link or docket.url, docket_url=docket.url, filed_at=filed_at(document.get("entry_date_filed"), docket.court),
            number=str(number) if isinstance(number, int) else None,
        )
        parsed.entries.append(entry)
        parsed.undated.extend(undated(entry, document.get("entry_date_filed"), "entry_date_filed"))
    return parsed
