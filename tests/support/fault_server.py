"""A local HTTP server for fault tests: per path, a page or a fault, switchable while the server runs.

    with FaultServer() as server:
        url = server.serve("/feed", feed, "application/rss+xml; charset=ISO-8859-1")
        server.set("/feed", HTTP_500)          # every request to /feed now gets the fault
        server.set("/feed", RESET, times=1)    # only the next request does, then the page again
        server.set("/feed", None)              # the page again

It speaks HTTP/1.1 over raw sockets, one answer per connection and one thread per connection, so that a fault
can do what a well-behaved server never does: say nothing, reset the connection mid-body, send less than it
announced, stream without end, send its page a byte at a time. It listens on 127.0.0.1 only. A fault is bounded:
a silent or dripping answer ends after `hold` seconds, a streamed body after HUGE_BYTES, and all at once when the
server stops; `stop` waits for every
connection's thread.
"""

from __future__ import annotations

import re
import socket
import socketserver
import struct
import sys
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

HUGE_BYTES = 50 * 1024 * 1024
DRIP_SECONDS = 0.25
CHUNK = 64 * 1024
MAINTENANCE_PAGE = (
    b"<!DOCTYPE html><html><head><title>Scheduled maintenance</title></head>"
    b"<body><h1>CM/ECF is unavailable</h1><p>Please try again later.</p></body></html>"
)
# Windows-1252 curly quotes around a word: a server that writes Windows-1252 but declares UTF-8.
MISENCODED = b"\x93Notice\x94 \xff"
_DECLARED_CHARSET = re.compile(rb"""(encoding=["']|charset=["']?)[\w.:-]+""", re.IGNORECASE)
_HEAD_LIMIT = 64 * 1024


@dataclass(frozen=True)
class Page:
    body: bytes
    content_type: str


class Exchange:
    """One request on one connection, and the ways of answering it (well or badly)."""

    def __init__(self, connection: socket.socket, path: str, page: Page, server: FaultServer) -> None:
        self.connection = connection
        self.path = path
        self.page = page
        self.server = server

    def head(self, status: int, content_type: str | None, length: int | None, *headers: tuple[str, str]) -> None:
        lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}", "Connection: close"]
        lines += [f"Content-Type: {content_type}"] if content_type else []
        lines += [f"Content-Length: {length}"] if length is not None else []
        lines += [f"{name}: {value}" for name, value in headers]
        self.connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def reply(self, status: int, body: bytes, content_type: str | None, *headers: tuple[str, str]) -> None:
        self.head(status, content_type, len(body), *headers)
        self.connection.sendall(body)

    def wait(self) -> None:
        """Says nothing until `hold` seconds pass or the server stops."""
        self.server.stopping.wait(self.server.hold)

    def reset(self) -> None:
        """Closes the connection with a TCP reset (RST) instead of an orderly close."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()


@dataclass(frozen=True)
class Fault:
    name: str
    answer: Callable[[Exchange], None]

    def __repr__(self) -> str:
        return f"Fault({self.name})"


def _half_then(close: Callable[[Exchange], None]) -> Callable[[Exchange], None]:
    """Announces the whole page, sends its first half, then closes the connection with `close`."""

    def answer(exchange: Exchange) -> None:
        body = exchange.page.body
        exchange.head(200, exchange.page.content_type, len(body))
        exchange.connection.sendall(body[: len(body) // 2])
        close(exchange)

    return answer


def _stream_huge(exchange: Exchange) -> None:
    """HUGE_BYTES of the page's type, without a Content-Length, until the client hangs up or the server stops."""
    exchange.head(200, exchange.page.content_type, None)
    chunk = b" " * CHUNK
    for _ in range(HUGE_BYTES // CHUNK):
        if exchange.server.stopping.is_set():
            return
        exchange.connection.sendall(chunk)


def _drip(exchange: Exchange) -> None:
    """Announces the whole page, then sends it a byte every DRIP_SECONDS (so never silent for a read timeout of
    a second) until `hold` seconds pass or the server stops."""
    body = exchange.page.body
    exchange.head(200, exchange.page.content_type, len(body))
    for index in range(min(len(body), int(exchange.server.hold / DRIP_SECONDS))):
        if exchange.server.stopping.wait(DRIP_SECONDS):
            return
        exchange.connection.sendall(body[index : index + 1])


def misencoded(page: Page) -> Page:
    """The page declared as UTF-8 (header and the page's own declaration) with bytes invalid in UTF-8 in its
    first <title>: the kind of page a server sends that writes Windows-1252 but says UTF-8."""
    declared = _DECLARED_CHARSET.sub(rb"\1UTF-8", page.body, count=1)
    body = re.sub(rb"<title>", b"<title>" + MISENCODED + b" ", declared, count=1, flags=re.IGNORECASE)
    media_type = page.content_type.split(";")[0]
    return Page(body, f"{media_type}; charset=utf-8")


def changed(body: bytes, content_type: str) -> Fault:
    """A well-formed page of another layout, served in place of the page."""
    return Fault("changed layout", lambda exchange: exchange.reply(200, body, content_type))


def _redirect_to_self(exchange: Exchange) -> None:
    exchange.reply(302, b"", None, ("Location", exchange.path))


def _misencoded(exchange: Exchange) -> None:
    page = misencoded(exchange.page)
    exchange.reply(200, page.body, page.content_type)


HTTP_500 = Fault("HTTP 500", lambda x: x.reply(500, b"Internal Server Error", "text/plain"))
RATE_LIMITED = Fault("HTTP 429", lambda x: x.reply(429, b"Too Many Requests", "text/plain", ("Retry-After", "1")))
SILENT = Fault("no answer", Exchange.wait)
RESET = Fault("reset mid-body", _half_then(Exchange.reset))
TRUNCATED = Fault("truncated body", _half_then(lambda exchange: exchange.connection.close()))
WRONG_TYPE = Fault("HTML page", lambda x: x.reply(200, MAINTENANCE_PAGE, "text/html; charset=utf-8"))
EMPTY = Fault("empty page", lambda x: x.reply(200, b"", x.page.content_type))
HUGE = Fault("50 MB body", _stream_huge)
DRIP = Fault("a byte at a time", _drip)
BAD_ENCODING = Fault("bad encoding", _misencoded)
REDIRECT_LOOP = Fault("redirect loop", _redirect_to_self)


class FaultServer:
    def __init__(self, hold: float = 5.0) -> None:
        self.hold = hold
        self.stopping = threading.Event()
        self.requests: Counter[str] = Counter()
        self._pages: dict[str, Page] = {}
        self._faults: dict[str, tuple[Fault, int | None]] = {}
        self._connections: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, name="fault-server", daemon=True
        )

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Ends every fault under way, stops serving and waits for every connection's thread."""
        self.stopping.set()
        with self._lock:
            for connection in self._connections:  # a fault blocked in sendall to a client that reads nothing
                _shut(connection)
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def serve(self, path: str, body: bytes, content_type: str) -> str:
        """Serves `body` at `path` (replacing what was there; a fault set on the path stays); returns its URL."""
        with self._lock:
            self._pages[path] = Page(body, content_type)
        return self.url(path)

    def set(self, path: str, fault: Fault | None, times: int | None = None) -> None:
        """Answers the next `times` requests to `path` (all of them when None) with `fault`; None clears it."""
        with self._lock:
            if fault is None:
                self._faults.pop(path, None)
            else:
                self._faults[path] = (fault, times)

    def _answer_for(self, path: str) -> tuple[Page, Fault | None]:
        with self._lock:
            self.requests[path] += 1
            page = self._pages.get(path, Page(b"Not Found", "text/plain"))
            fault, times = self._faults.get(path, (None, None))
            if fault is not None and times is not None:
                if times > 1:
                    self._faults[path] = (fault, times - 1)
                else:
                    del self._faults[path]
            return page, fault

    def handle(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.add(connection)
        try:
            self._answer(connection)
        finally:
            with self._lock:
                self._connections.discard(connection)

    def _answer(self, connection: socket.socket) -> None:
        path = _request_path(connection)
        if path is None:
            return
        page, fault = self._answer_for(path)
        exchange = Exchange(connection, path, page, self)
        if fault is not None:
            fault.answer(exchange)
        elif path in self._pages:
            exchange.reply(200, page.body, page.content_type)
        else:
            exchange.reply(404, page.body, page.content_type)


def _shut(connection: socket.socket) -> None:
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:  # closed already
        pass


def _request_path(connection: socket.socket) -> str | None:
    """The path (without the query) of the request on the connection; None when the client sent no request."""
    data = b""
    while b"\r\n\r\n" not in data and len(data) < _HEAD_LIMIT:
        chunk = connection.recv(4096)
        if not chunk:
            return None
        data += chunk
    parts = data.split(b"\r\n", 1)[0].split()
    return parts[1].decode("latin-1").split("?", 1)[0] if len(parts) == 3 else None


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = False
    block_on_close = True  # server_close() waits for every connection's thread

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any) -> None:
        """A client that hangs up mid-answer (the size cap, a timeout) is expected here; anything else is reported."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


def _handler_for(server: FaultServer) -> type[socketserver.BaseRequestHandler]:
    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            self.request.settimeout(server.hold)
            server.handle(self.request)

    return Handler
