"""A fake CourtListener: a real HTTP server on 127.0.0.1 answering the REST API v4's `recap-query` (which PACER
documents RECAP holds) and serving the documents it holds, as CourtListener's storage does.

    with FakeCourtListener(token="cl-token") as cl:
        url = cl.hold("nysb", "126024001111", pdf_bytes)   # the free copy's URL
        lookup = RecapLookup(fetcher, {"COURTLISTENER_TOKEN": "cl-token"}, cl.api)
        ...
        assert cl.queries == [("nysb", ["126024001111"])]

A request without the token (`Authorization: Token …`) gets 401, as CourtListener answers it; `fail_next` makes
the next requests fail with an HTTP status. `filepath_local` is given as an absolute URL on this server.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from tests.fakes.server import LocalServer


class FakeCourtListener:
    def __init__(self, token: str = "cl-token") -> None:
        self.token = token
        self.queries: list[tuple[str, list[str]]] = []  # (court, pacer_doc_ids) of each recap-query answered
        self.downloads: list[str] = []  # paths of the documents fetched
        self._held: dict[tuple[str, str], str] = {}  # (court, pacer_doc_id) -> storage path
        self._files: dict[str, bytes] = {}  # storage path -> bytes
        self._faults: deque[int] = deque()
        self._lock = threading.Lock()
        self._server = LocalServer(_handler_for(self), "fake-courtlistener")

    def __enter__(self) -> FakeCourtListener:
        self._server.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.__exit__(*exc_info)

    @property
    def root(self) -> str:
        return f"{self._server.origin}/"

    @property
    def api(self) -> str:
        """The REST API v4's base URL."""
        return self.root + "api/rest/v4/"

    def hold(self, court: str, pacer_doc_id: str, content: bytes, name: str = "") -> str:
        """RECAP holds this document from now on; returns its free copy's URL."""
        path = f"storage/recap/gov.uscourts.{court}/{name or pacer_doc_id}.pdf"
        with self._lock:
            self._held[(court, pacer_doc_id)] = path
            self._files[path] = content
        return self.root + path

    def fail_next(self, n: int = 1, status: int = 503) -> None:
        with self._lock:
            self._faults.extend([status] * n)

    def answer(self, path: str, query: dict[str, list[str]], authorization: str | None) -> tuple[int, bytes, str]:
        """(status, body, content type) of one GET."""
        with self._lock:
            if self._faults:
                return self._faults.popleft(), b"Service Unavailable", "text/plain"
            if path.startswith("/storage/"):
                self.downloads.append(path)
                content = self._files.get(path.lstrip("/"))
                return (200, content, "application/pdf") if content is not None else (404, b"Not Found", "text/plain")
        if path != "/api/rest/v4/recap-query/":
            return _json(404, {"detail": "Not found."})
        if authorization != f"Token {self.token}":
            return _json(401, {"detail": "Invalid token." if authorization else
                               "Authentication credentials were not provided."})
        court = (query.get("docket_entry__docket__court") or [""])[0]
        ids = [doc_id for doc_id in (query.get("pacer_doc_id__in") or [""])[0].split(",") if doc_id]
        with self._lock:
            self.queries.append((court, ids))
            results = [{"id": 1000 + n, "pacer_doc_id": doc_id, "filepath_local": self.root + self._held[(court, doc_id)]}
                       for n, doc_id in enumerate(ids) if (court, doc_id) in self._held]
        return _json(200, {"count": len(results), "next": None, "previous": None, "results": results})


def _json(status: int, data: dict) -> tuple[int, bytes, str]:
    return status, json.dumps(data).encode(), "application/json"


def _handler_for(fake: FakeCourtListener) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            status, body, content_type = fake.answer(parts.path, parse_qs(parts.query),
                                                     self.headers.get("Authorization"))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler
