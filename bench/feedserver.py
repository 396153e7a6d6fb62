"""A fast local feed server for the benchmarks: one real PACER RSS feed served at each of many paths.

Run it in its own process (so that its CPU is not counted against the bot's):

    .venv/bin/python bench/feedserver.py --feed tests/fixtures/pacer_rss/wvsd.xml [--new-items 1] [--etag]

It binds 127.0.0.1 on a free port, prints `PORT <n>` on stdout and serves until killed:

  GET /f/<i>              the feed for source i (any i >= 0)
  GET /_mode/changed      from now on every GET of a feed prepends `--new-items` new items to what that
                          path served last (each a new filing in a new case, so the bot sees news)
  GET /_mode/unchanged    from now on every GET of a feed returns exactly what that path served last
  GET /_stats             JSON: requests served per mode, how many were answered 304, and connections accepted

Like PACER's own servers, it sends no ETag or Last-Modified, unless --etag: then every feed carries an
ETag (a hash of its bytes) and a GET with a matching If-None-Match is answered 304 Not Modified.

The new items are copies of the feed's last item with fresh identifiers (a case of their own: docket
number in the title and PACER case id; de_seq_num, the guid's last number, the doc1/docs1 document id),
a fresh pubDate (from 2030 on) and the description `[Motion to Dismiss]`. A feed keeps the number of
items it had: the oldest drop off as new ones come in, as in a real feed.

`FeedServer` (a context manager) starts and stops this server as a subprocess and switches its mode.

`Courts` (a context manager, in the benchmark's own process) is the other way to serve Feed: filings appear when
the benchmark says (`file`), each noted with when it appeared and when a GET first served it; every request may
be answered after a delay (a slow court), and the sources may be spread over many servers (127.0.0.1, .2, ...:
one court's server each, as the bot's per-host pacing sees them). bench/latency.py and bench/capacity.py use it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import socketserver
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self

_ITEM = re.compile(rb"<item>.*?</item>\s*", re.DOTALL)
_FEED_PATH = re.compile(r"^/f/(\d+)$")
# Identifiers inside an item that make up its key in scrapers/pacer_rss.py, with the part to keep.
_IDENTIFIERS = (
    re.compile(rb"(de_seq_num=|caseid=|DktRpt\.pl\?)\d+"),
    re.compile(rb"(<guid[^>]*>[^<]*?)\d+(?=</guid>)"),
    re.compile(rb"(/docs?1/)\d+"),
)
_TITLE_DOCKET = re.compile(rb"(<title>(?:<!\[CDATA\[)?\s*[^<\s]*?-)\d{1,6}(?=[\s<\]-])")  # 1:18-cv-[00647]
_DESCRIPTION = re.compile(rb"(<description>(?:<!\[CDATA\[)?)\[[^\]]*\]")
_PUB_DATE = re.compile(rb"<pubDate>[^<]*</pubDate>")
_FIRST_NEW = datetime(2030, 1, 1, tzinfo=UTC)


class Feed:
    """One feed split into head, items and tail; makes the body a path serves after `n` new items."""

    def __init__(self, raw: bytes, new_items: int) -> None:
        items = _ITEM.findall(raw)
        if not items:
            raise ValueError("the feed has no <item>")
        self.head = raw[: raw.index(items[0])]
        self.tail = raw[raw.rindex(items[-1]) + len(items[-1]) :]
        self.items = items
        self.template = items[-1]
        self.new_items = new_items
        self.window = max(new_items, len(items))
        self._path_items: dict[int, tuple[bytes, ...]] = {}

    def new_item(self, path_index: int, serial: int) -> bytes:
        unique = b"9%05d%06d" % (path_index % 100_000, serial % 1_000_000)  # 12 digits, 4th digit 0
        item = _renumbered(self.template, unique, _docket_number(path_index, serial))
        filed = format_datetime(_FIRST_NEW + timedelta(seconds=serial), usegmt=True).encode()
        item = _PUB_DATE.sub(b"<pubDate>" + filed + b"</pubDate>", item, count=1)
        return _DESCRIPTION.sub(lambda match: match.group(1) + b"[Motion to Dismiss]", item, count=1)

    def body(self, path_index: int, serials: int) -> bytes:
        """The feed as it looks after `serials` new items were filed at this path (newest first).

        Like a real feed it keeps its length: as many of the oldest items drop off as new ones came in. The feed's
        own items are made this path's own (`path_items`).
        """
        newest = range(serials, max(serials - self.window, 0), -1)
        fresh = b"".join(self.new_item(path_index, serial) for serial in newest)
        kept = b"".join(self.path_items(path_index)[: max(len(self.items) - len(newest), 0)])
        return self.head + fresh + kept + self.tail

    def path_items(self, path_index: int) -> tuple[bytes, ...]:
        """The feed's items as path `path_index` serves them: each with identifiers and a docket number of this
        path's own, as the feeds of different courts have. (The same items on every path made every source's
        entries records of the same filings, bot/pipeline/diff.py, each poll looking up those of all the others.)"""
        if path_index not in self._path_items:
            if len(self._path_items) >= 256:  # a few paths' worth: the big feeds are 200 kB each
                self._path_items.clear()
            self._path_items[path_index] = self._renumber_items(path_index)
        return self._path_items[path_index]

    def _renumber_items(self, path_index: int) -> tuple[bytes, ...]:
        count = len(self.items)
        return tuple(_renumbered(item, b"8%05d%06d" % (path_index % 100_000, k), b"%05d" % ((path_index * count + k) % 50_000))
                     for k, item in enumerate(self.items))


def _renumbered(item: bytes, unique: bytes, docket_number: bytes) -> bytes:
    """`item` with `unique` for its identifiers (scrapers/pacer_rss.py keys, PACER document ids) and
    `docket_number` for the number of the docket in its title."""
    for pattern in _IDENTIFIERS:
        item = pattern.sub(lambda match: match.group(1) + unique, item)
    return _TITLE_DOCKET.sub(lambda match: match.group(1) + docket_number, item, count=1)


def _docket_number(path_index: int, serial: int) -> bytes:
    """The 5-digit docket number of the new item `serial` of path `path_index`, from 50000 up (the feed's own items,
    `path_items`, have those below): distinct for the paths' items of one serial (the serial alone gave the first new item of every path one case, 00001, so that the bot rightly took
    them for one filing reached through many records, and posted one), and for the first hundred serials of paths
    a multiple of 100 apart."""
    return b"%05d" % (50_000 + (path_index + serial * 10_007) % 50_000)  # 50000 up: never a path's own item's


class FeedState:
    """Per-path count of new items served so far, and the mode; shared by the handler threads."""

    def __init__(self, feed: Feed, etag: bool) -> None:
        self.feed = feed
        self.etag = etag
        self.changed = False
        self.served: dict[int, int] = {}
        self.stats: Counter = Counter()
        self._lock = threading.Lock()

    def body_for(self, path_index: int) -> bytes:
        with self._lock:
            count = self.served.get(path_index, 0) + (self.feed.new_items if self.changed else 0)
            self.served[path_index] = count
            self.stats["changed" if self.changed else "unchanged"] += 1
        return self.feed.body(path_index, count)


class _QuietHandler(BaseHTTPRequestHandler):
    """What both servers' handlers share: keep-alive, Nagle off, no access log, `_send` of a 200 answer."""

    protocol_version = "HTTP/1.1"  # keep-alive: one connection per client, as a real session would
    disable_nagle_algorithm = True  # else headers and body, written apart, wait ~40 ms for a delayed ACK

    def _send(self, body: bytes, content_type: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _handler_for(state: FeedState) -> type[BaseHTTPRequestHandler]:
    class Handler(_QuietHandler):

        def setup(self) -> None:  # a new connection (a handler serves one connection, its requests one by one)
            super().setup()
            with state._lock:
                state.stats["connections"] += 1

        def do_GET(self) -> None:
            match = _FEED_PATH.match(self.path)
            if match:
                self._send_feed(state.body_for(int(match.group(1))))
            elif self.path in ("/_mode/changed", "/_mode/unchanged"):
                state.changed = self.path.endswith("/changed")
                self._send(b"ok\n", "text/plain")
            elif self.path == "/_stats":
                self._send(json.dumps(dict(state.stats)).encode(), "application/json")
            else:
                self.send_error(404)

        def _send_feed(self, body: bytes) -> None:
            if not state.etag:
                self._send(body, "application/rss+xml; charset=ISO-8859-1")
                return
            etag = f'"{hashlib.sha1(body).hexdigest()[:20]}"'
            if self.headers.get("If-None-Match") == etag:
                state.stats["304"] += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self._send(body, "application/rss+xml; charset=ISO-8859-1", (("ETag", etag),))

    return Handler


class Server(ThreadingHTTPServer):
    """A threaded local server whose listen backlog takes many parallel clients (the benchmarks' courts)."""

    daemon_threads = True
    request_queue_size = 256  # listen backlog: the default 5 drops SYNs of parallel clients (1 s retry)

    def server_bind(self) -> None:
        """As HTTPServer's, without its reverse DNS lookup of the address (seconds for 127.0.0.2 and up)."""
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def handle_error(self, request: object, client_address: object) -> None:
        """Quiet about clients that hang up (a worker stopped mid-request); loud about anything else."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class Courts:
    """The courts' feeds, in this process: source i serves Feed.body(i, filed[i]) at /f/<i> of its server, after
    `delay` seconds. The `sources` are split over `hosts` servers, 127.0.0.1 up, in runs (sources 0..k-1 on the
    first, as a config lists a court's sources together). Notes when each filing appeared, when a GET first served
    it (`polled`), when each request for each source arrived (`arrivals`) and how many were answered (`served`);
    perf_counter times."""

    def __init__(self, feed: Feed, sources: int, delay: float = 0.0, hosts: int = 1) -> None:
        if not 1 <= hosts <= 250:
            raise ValueError("hosts: 1 to 250 (127.0.0.1 to 127.0.0.250)")
        self.feed = feed
        self.delay = delay
        self.filed = [0] * sources
        self.appeared: dict[tuple[int, int], float] = {}
        self.polled: dict[tuple[int, int], float] = {}
        self.arrivals: list[list[float]] = [[] for _ in range(sources)]
        self.served = [0] * sources  # answers sent (a request still in its delay is not counted)
        self._lock = threading.Lock()
        self._servers = [Server((f"127.0.0.{1 + host}", 0), _courts_handler(self)) for host in range(hosts)]

    @property
    def gets(self) -> list[int]:
        return [len(times) for times in self.arrivals]

    @property
    def url(self) -> str:
        """The first server's base URL (all of them, with one host)."""
        return self.base(0)

    def base(self, source: int) -> str:
        server = self._servers[source * len(self._servers) // len(self.filed)]
        host, port = server.server_address[:2]
        return f"http://{host}:{port}"

    def source_url(self, source: int) -> str:
        return f"{self.base(source)}/f/{source}"

    def __enter__(self) -> Courts:
        for index, server in enumerate(self._servers):
            threading.Thread(target=server.serve_forever, name=f"court {index}", daemon=True).start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def file(self, source: int) -> None:
        """A new filing appears on `source`'s feed now."""
        with self._lock:
            self.filed[source] += 1
            self.appeared[(source, self.filed[source])] = time.perf_counter()

    def serve(self, source: int) -> bytes:
        """The feed of `source` as it is after the court's delay (the request came in before it)."""
        self.arrivals[source].append(time.perf_counter())
        if self.delay:
            time.sleep(self.delay)
        now = time.perf_counter()
        with self._lock:
            count = self.filed[source]
            self.served[source] += 1
            for serial in range(count, max(count - self.feed.window, 0), -1):  # older ones fell off the feed
                if (source, serial) in self.polled:
                    break
                self.polled[(source, serial)] = now
        return self.feed.body(source, count)


def _courts_handler(courts: Courts) -> type[BaseHTTPRequestHandler]:
    class Handler(_QuietHandler):
        def do_GET(self) -> None:
            match = _FEED_PATH.match(self.path)
            if not match or int(match.group(1)) >= len(courts.filed):
                self.send_error(404)
                return
            self._send(courts.serve(int(match.group(1))), "application/rss+xml; charset=ISO-8859-1")

    return Handler


def serve(feed_path: Path, new_items: int, etag: bool) -> None:
    state = FeedState(Feed(feed_path.read_bytes(), new_items), etag)
    server = Server(("127.0.0.1", 0), _handler_for(state))
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()


class FeedServer:
    """The server above in a subprocess: `with FeedServer(feed) as server: server.url(i)`."""

    def __init__(self, feed: Path, new_items: int = 1, etag: bool = False) -> None:
        self.feed = feed
        self.new_items = new_items
        self.etag = etag
        self.process: subprocess.Popen | None = None
        self.base = ""

    def __enter__(self) -> Self:
        command = [sys.executable, str(Path(__file__).resolve()), "--feed", str(self.feed), "--new-items", str(self.new_items)]
        command += ["--etag"] if self.etag else []
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.process.kill()
            raise RuntimeError(f"feed server did not start: {line!r}")
        self.base = f"http://127.0.0.1:{int(line.split()[1])}"
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def url(self, index: int) -> str:
        return f"{self.base}/f/{index}"

    def set_mode(self, changed: bool) -> None:
        set_mode(self.base, changed)

    def stats(self) -> dict:
        return json.loads(urllib.request.urlopen(f"{self.base}/_stats", timeout=10).read())


def set_mode(base: str, changed: bool) -> None:
    """Switches the server at `base` (http://127.0.0.1:port) to serving changed or unchanged feeds."""
    urllib.request.urlopen(f"{base}/_mode/{'changed' if changed else 'unchanged'}", timeout=10).read()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feed", type=Path, required=True, help="a PACER RSS feed file")
    parser.add_argument("--new-items", type=int, default=1, help="new items per request in changed mode")
    parser.add_argument("--etag", action="store_true", help="send ETags and answer If-None-Match with 304")
    args = parser.parse_args()
    serve(args.feed, args.new_items, args.etag)


if __name__ == "__main__":
    main()
