"""Free copies of PACER documents: which the RECAP archive holds, asked of CourtListener's REST API v4.

A PACER docket entry links its document as `https://ecf.<court>.uscourts.gov/doc1/<pacer_doc_id>` (district and
bankruptcy courts; the RSS feed's and the docket report's links alike, with or without `?caseid=…&de_seq_num=…`) or,
in a court of appeals' (and a bankruptcy appellate panel's) CM/ECF, `https://ecf.ca11.uscourts.gov/docs1/<pacer_doc_id>`.
The id's length varies with the court and the year: 12 digits in SDNY's feed of 2018 (`127122264358`), 11 in E.D. Mo.'s
(`10717725839`), 10 in D. Alaska's docket report of 2009 (`0230436525`), 8 to 12 among the real dockets of
tests/fixtures and ../shared; the RECAP extension and juriscraper (`get_pacer_doc_id_from_doc1_url`) take any
length. `pacer_document` reads the court and the document id from such a link; the id is normalised as CourtListener
stores it (the fourth digit, 0 or 1 in PACER's links to the same document, made 0, as the RECAP extension and
juriscraper do for both kinds of link). The court and that id are all `recap-query` needs: no case id, no sequence
number.

`RecapLookup.free_copies` asks CourtListener's `recap-query` endpoint, meant for this question ("which of these
PACER documents does RECAP hold?"): one request per court for up to BATCH documents
(`recap-query/?docket_entry__docket__court=nysd&pacer_doc_id__in=a,b,c`), with the COURTLISTENER_TOKEN, paced
as every CourtListener request of the bot is (at least 0.72 s apart: 5,000 an hour). Its answer lists the
documents RECAP holds, each with `filepath_local`, the file's place on CourtListener's storage, which anyone
can download: the free copy is `https://storage.courtlistener.com/<filepath_local>` (or `filepath_local` itself
when it is a whole URL). A document not listed is
one RECAP does not hold.

This is a scraper module because it is a fetch like the others (scrapers/http.py's Fetcher: retries, timeouts,
pacing), of the same API as scrapers/courtlistener.py; the delivery step calls it after a post went out
(bot/delivery/free_copies.py), so that a slow or failing CourtListener never delays a post.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from scrapers.http import COURTLISTENER_API, COURTLISTENER_TOKEN, Failure, Fetcher, FetchError, split_url

STORAGE = "https://storage.courtlistener.com/"
BATCH = 100  # documents asked in one request (the ids go in the URL)

_ECF_HOST = re.compile(r"ecf\.([a-z0-9]+)\.uscourts\.gov", re.IGNORECASE)
_DOC1 = re.compile(r"/docs?1/(\d{4,})\b")  # doc1: a district or bankruptcy court's; docs1: an appellate one's


@dataclass(frozen=True, order=True)
class PacerDocument:
    """A PACER document: its court's id (`nysb`) and its PACER document id, as CourtListener stores it."""

    court: str
    pacer_doc_id: str


def pacer_document(url: str) -> PacerDocument | None:
    """The PACER document a link leads to (`https://ecf.nysb.uscourts.gov/doc1/126124001111?caseid=…` is
    ("nysb", "126024001111"), `https://ecf.akd.uscourts.gov/doc1/0230440001` ("akd", "0230440001"),
    `https://ecf.ca11.uscourts.gov/docs1/011012658791` ("ca11", "011012658791")), or None for a link that is no
    CM/ECF document's."""
    parts = split_url(url)
    host = _ECF_HOST.fullmatch(parts.hostname or "")
    document = _DOC1.search(parts.path)
    if host is None or document is None:
        return None
    digits = document.group(1)
    return PacerDocument(host.group(1).lower(), f"{digits[:3]}0{digits[4:]}")


def free_copies_from_json(raw: bytes) -> dict[str, str]:
    """pacer_doc_id -> the free copy's URL, from a `recap-query` answer (`{"results": [{"pacer_doc_id": …,
    "filepath_local": …}, …]}`; a list of results alone is read too). Raises ValueError for another shape."""
    data = json.loads(raw)
    results = data.get("results") if isinstance(data, dict) else data
    if not isinstance(results, list):
        raise ValueError("not a CourtListener recap-query answer (no results)")
    found = {}
    for result in results:
        if not isinstance(result, dict):
            raise ValueError("not a CourtListener recap-query answer (a result is no object)")
        doc_id, path = result.get("pacer_doc_id"), result.get("filepath_local")
        if isinstance(doc_id, str) and isinstance(path, str) and path:
            found[doc_id] = path if split_url(path).scheme in ("http", "https") else STORAGE + path.lstrip("/")
    return found


class RecapLookup:
    """Asks CourtListener which PACER documents RECAP holds. `api` is the API's base URL (a test's fake);
    `environ` gives COURTLISTENER_TOKEN."""

    def __init__(self, fetcher: Fetcher, environ: Mapping[str, str], api: str = COURTLISTENER_API) -> None:
        self.fetcher = fetcher
        self.environ = environ
        self.api = api if api.endswith("/") else api + "/"

    @property
    def token(self) -> str:
        return self.environ.get(COURTLISTENER_TOKEN, "").strip()

    def free_copies(self, documents: Iterable[PacerDocument]) -> dict[PacerDocument, str | None]:
        """Each document's free copy (its URL), or None when RECAP does not hold it: one request per court and
        BATCH documents. Raises FetchError (naming the URL, never the token) when CourtListener cannot answer;
        the answers of the requests made before stand in the error's `answered`."""
        by_court: dict[str, list[PacerDocument]] = {}
        for document in sorted(set(documents)):
            by_court.setdefault(document.court, []).append(document)
        answers: dict[PacerDocument, str | None] = {}
        for court, listed in by_court.items():
            for start in range(0, len(listed), BATCH):
                batch = listed[start : start + BATCH]
                try:
                    found = self._ask(court, [document.pacer_doc_id for document in batch])
                except FetchError as exc:
                    raise PartialAnswer(exc, answers) from None
                answers.update({document: found.get(document.pacer_doc_id) for document in batch})
        return answers

    def _ask(self, court: str, doc_ids: list[str]) -> dict[str, str]:
        query = urlencode({"docket_entry__docket__court": court, "pacer_doc_id__in": ",".join(doc_ids)})
        url = f"{self.api}recap-query/?{query}"
        self.fetcher.pacer.at_most_every(urlsplit(self.api).netloc, self.fetcher.courtlistener_interval)
        headers = {"Accept": "application/json", "Authorization": f"Token {self.token}"}
        try:
            raw = self.fetcher.get(url, headers)
        except FetchError as exc:
            if exc.status in (401, 403):
                raise exc.explained(f"CourtListener refused the token in {COURTLISTENER_TOKEN}") from None
            raise
        try:
            return free_copies_from_json(raw)
        except ValueError as exc:  # JSONDecodeError included
            raise FetchError(url, Failure.REQUEST, f"not a recap-query answer: {exc}") from None


class PartialAnswer(FetchError):
    """CourtListener failed midway: `answered` holds what the requests before the failure said."""

    def __init__(self, cause: FetchError, answered: dict[PacerDocument, str | None]) -> None:
        super().__init__(cause.url, cause.kind, cause.detail, cause.status)
        self.answered = answered
