"""The fetch layer over real sockets: retries, Retry-After, timeouts (a total deadline too), size cap, pacing,
User-Agent, proxies from the environment, abandoning; and the reading of links found in pages."""

from __future__ import annotations

import gc
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urljoin

import pytest
from werkzeug import Response

from scrapers.http import UNCHANGED, USER_AGENT, Abandoned, Failure, Fetcher, FetchError, HostPacer, resolve_url


def fast_fetcher(**overrides) -> Fetcher:
    options = dict(connect_timeout=1, read_timeout=1, attempts=3, backoff_max=0.05, per_host_interval=0)
    return Fetcher(**{**options, **overrides})


def test_ok_body_and_user_agent(httpserver):
    httpserver.expect_request("/feed", headers={"User-Agent": USER_AGENT}).respond_with_data(b"<rss/>")
    assert fast_fetcher().get(httpserver.url_for("/feed")) == b"<rss/>"
    assert "docketbot" in USER_AGENT and "+http" in USER_AGENT


def test_retries_server_errors_then_succeeds(httpserver):
    httpserver.expect_ordered_request("/feed").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/feed").respond_with_data("busy", status=500)
    httpserver.expect_ordered_request("/feed").respond_with_data(b"ok")
    assert fast_fetcher().get(httpserver.url_for("/feed")) == b"ok"
    assert len(httpserver.log) == 3


def test_gives_up_after_the_attempts_with_a_clear_error(httpserver):
    httpserver.expect_request("/feed").respond_with_data("down", status=502)
    with pytest.raises(FetchError, match=r"/feed: HTTP 502; 2 attempts$") as error:
        fast_fetcher(attempts=2).get(httpserver.url_for("/feed"))
    assert len(httpserver.log) == 2
    assert (type(error.value), error.value.kind, error.value.status) == (FetchError, Failure.HTTP, 502)


def test_client_errors_are_not_retried(httpserver):
    httpserver.expect_request("/feed").respond_with_data("no", status=404)
    with pytest.raises(FetchError, match="HTTP 404") as error:
        fast_fetcher().get(httpserver.url_for("/feed"))
    assert len(httpserver.log) == 1
    assert (error.value.kind, error.value.status, error.value.url) == (Failure.HTTP, 404, httpserver.url_for("/feed"))


@pytest.mark.slow  # waits out a real Retry-After of 1 s
def test_honours_retry_after_on_429(httpserver):
    httpserver.expect_ordered_request("/feed").respond_with_response(
        Response("slow down", status=429, headers={"Retry-After": "1"})
    )
    httpserver.expect_ordered_request("/feed").respond_with_data(b"ok")
    started = time.monotonic()
    assert fast_fetcher().get(httpserver.url_for("/feed")) == b"ok"
    assert time.monotonic() - started >= 0.95


def test_retry_after_is_capped(httpserver):
    httpserver.expect_ordered_request("/feed").respond_with_response(
        Response("slow down", status=429, headers={"Retry-After": "3600"})
    )
    httpserver.expect_ordered_request("/feed").respond_with_data(b"ok")
    started = time.monotonic()
    assert fast_fetcher(retry_after_cap=0.05).get(httpserver.url_for("/feed")) == b"ok"
    assert time.monotonic() - started < 5


def test_body_over_the_cap_is_refused(httpserver):
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000)
    with pytest.raises(FetchError, match="over the 1,000-byte cap") as error:
        fast_fetcher(max_bytes=1000).get(httpserver.url_for("/big"))
    assert (error.value.kind, error.value.status) == (Failure.TOO_LARGE, None)


def test_silent_server_times_out_instead_of_hanging():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)  # accepts connections, never answers
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/feed"
    started = time.monotonic()
    # the last line says how many times it tried, and how long that took when it is a second or more
    with pytest.raises(FetchError, match=r"timed out \(limits 1s to connect, 0.6s to read\); 2 attempts in [12] s$") as error:
        fast_fetcher(read_timeout=0.6, attempts=2).get(url)
    listener.close()
    assert (error.value.kind, error.value.status) == (Failure.TIMEOUT, None)
    assert time.monotonic() - started < 5


@pytest.fixture
def dripping_server() -> Iterator[str]:
    """A server that answers every request with a 200 and a 50-byte body, one byte every 0.1 s (5 s in all):
    never silent long enough for a read timeout. Its URL."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    closing = threading.Event()

    def drip(connection: socket.socket) -> None:
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n")
            for _ in range(50):
                if closing.wait(0.1):
                    return
                connection.sendall(b"x")

    def serve() -> None:
        while not closing.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:  # closed
                return
            threading.Thread(target=drip, args=(connection,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/feed"
    closing.set()
    listener.close()


def test_a_server_that_drips_its_answer_fails_at_the_total_deadline(dripping_server, httpserver):
    fetcher = fast_fetcher(read_timeout=1, total_timeout=0.5, attempts=2)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"/feed: no complete answer within 0.5s; 2 attempts in [12] s$") as error:
        fetcher.get(dripping_server)
    assert error.value.kind == Failure.TIMEOUT
    assert 1.0 <= time.monotonic() - started < 2.5  # two attempts of 0.5 s and a backoff, not 5 s each
    httpserver.expect_request("/next").respond_with_data(b"ok")
    assert fetcher.get(httpserver.url_for("/next")) == b"ok"  # the next request is not held up by the dripping one


def test_a_fetch_under_way_is_abandoned_at_once_when_the_bot_stops():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)  # accepts connections, never answers
        fetcher = fast_fetcher(read_timeout=60, total_timeout=60)
        threading.Timer(0.3, fetcher.abandon).start()
        started = time.monotonic()
        with pytest.raises(Abandoned, match="abandoned, the bot is stopping"):
            fetcher.get(f"http://127.0.0.1:{listener.getsockname()[1]}/feed")
        assert time.monotonic() - started < 2


def test_requests_from_one_thread_share_one_request_thread(httpserver):
    httpserver.expect_request("/feed").respond_with_data(b"<rss/>")
    fetcher = fast_fetcher()
    made_on: list[threading.Thread] = []  # a response hook runs on the thread that made the request
    fetcher.session.hooks["response"].append(lambda response, **_: made_on.append(threading.current_thread()))
    for _ in range(20):
        assert fetcher.get(httpserver.url_for("/feed")) == b"<rss/>"
    assert len(made_on) == 20 and len(set(made_on)) == 1
    assert made_on[0] is not threading.current_thread() and made_on[0].daemon


def test_request_threads_end_with_their_calling_thread_or_their_fetcher(httpserver):
    httpserver.expect_request("/feed").respond_with_data(b"<rss/>")
    fetcher = fast_fetcher()
    made_on: list[threading.Thread] = []
    fetcher.session.hooks["response"].append(lambda response, **_: made_on.append(threading.current_thread()))
    caller = threading.Thread(target=fetcher.get, args=(httpserver.url_for("/feed"),))
    caller.start()
    caller.join()
    fetcher.get(httpserver.url_for("/feed"))  # from this thread, which lives on
    del fetcher  # as a reload replaces the poller's fetcher
    gc.collect()
    assert len(set(made_on)) == 2
    for thread in made_on:
        thread.join(timeout=5)
        assert not thread.is_alive()


class _RecordingProxy(ThreadingHTTPServer):
    """An HTTP proxy on 127.0.0.1 that answers every request itself ("via proxy"), recording the URLs asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                proxy.asked.append(self.path)  # a proxy is asked for the absolute URL
                self.send_response(200)
                self.send_header("Content-Length", "9")
                self.end_headers()
                self.wfile.write(b"via proxy")

            def log_message(self, format: str, *args: object) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def proxy() -> Iterator[_RecordingProxy]:
    server = _RecordingProxy()
    yield server
    server.shutdown()
    server.server_close()


def test_the_proxy_of_the_environment_is_used_and_no_proxy_honoured(proxy, httpserver, monkeypatch):
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "localhost")
    httpserver.expect_request("/feed").respond_with_data(b"direct")
    fetcher = fast_fetcher()
    assert fetcher.get("http://court.invalid/feed") == b"via proxy"
    assert fetcher.get("http://court.invalid/other") == b"via proxy"
    assert fetcher.get(httpserver.url_for("/feed").replace("127.0.0.1", "localhost")) == b"direct"
    assert proxy.asked == ["http://court.invalid/feed", "http://court.invalid/other"]
    assert len(httpserver.log) == 1


def test_unreachable_host_fails_fast():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect") as error:
        fast_fetcher(attempts=2).get(f"http://127.0.0.1:{port}/feed")
    assert error.value.kind == Failure.CONNECT


def test_host_pacer_spaces_requests_to_one_host_only():
    pacer = HostPacer(0.2)
    started = time.monotonic()
    pacer.wait("http://a.example/1")
    pacer.wait("http://b.example/1")
    assert time.monotonic() - started < 0.1
    pacer.wait("http://a.example/2")
    assert time.monotonic() - started >= 0.19


def test_a_page_as_at_the_last_settled_poll_is_unchanged_a_value(httpserver):
    httpserver.expect_request("/feed").respond_with_data(b"<rss/>")
    fetcher, url = fast_fetcher(), httpserver.url_for("/feed")
    assert fetcher.get_if_changed(url, "a") == b"<rss/>"
    fetcher.settle("a", [url], keep=False)  # a failed poll: the page is news again next time
    assert fetcher.get_if_changed(url, "a") == b"<rss/>"
    fetcher.settle("a", [url], keep=True)
    assert fetcher.get_if_changed(url, "a") is UNCHANGED
    # Another source on the same URL has seen nothing yet: the page is news to it.
    assert fetcher.get_if_changed(url, "b") == b"<rss/>"


def test_a_304_to_a_conditional_get_is_unchanged(httpserver):
    httpserver.expect_ordered_request("/feed").respond_with_response(Response(b"<rss/>", headers={"ETag": '"v1"'}))
    httpserver.expect_ordered_request("/feed", headers={"If-None-Match": '"v1"'}).respond_with_response(
        Response(status=304))
    fetcher, url = fast_fetcher(), httpserver.url_for("/feed")
    assert fetcher.get_if_changed(url, "a") == b"<rss/>"
    fetcher.settle("a", [url], keep=True)
    assert fetcher.get_if_changed(url, "a") is UNCHANGED


def test_pages_answered_304_keep_the_connection():
    # requests closes the connection of a response whose body was not read: each unchanged poll of a court that sends
    # ETags would then open a new connection (a TCP and, over HTTPS, a TLS handshake) for its 304
    arrivals: list[int] = []  # the client's port of each request: one port, one connection

    class Court(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive

        def do_GET(self) -> None:
            arrivals.append(self.client_address[1])
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.send_header("ETag", '"v1"')
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("ETag", '"v1"')
            self.send_header("Content-Length", "6")
            self.end_headers()
            self.wfile.write(b"<rss/>")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Court)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        fetcher, url = fast_fetcher(), f"http://127.0.0.1:{server.server_address[1]}/feed"
        assert fetcher.get_if_changed(url, "a") == b"<rss/>"
        fetcher.settle("a", [url], keep=True)
        assert [fetcher.get_if_changed(url, "a") for _ in range(3)] == [UNCHANGED] * 3
    finally:
        server.shutdown()
        server.server_close()
    assert len(arrivals) == 4 and len(set(arrivals)) == 1


def test_an_abandoned_fetch_is_a_failure_of_its_own_kind(httpserver):
    httpserver.expect_request("/feed").respond_with_data(b"<rss/>")
    fetcher = fast_fetcher()
    fetcher.abandon()
    with pytest.raises(Abandoned, match="the bot is stopping") as error:
        fetcher.get(httpserver.url_for("/feed"))
    assert (error.value.kind, error.value.status) == (Failure.ABANDONED, None)
    assert httpserver.log == []


LINK_BASES = ["https://ecf.nysb.uscourts.gov/cgi-bin/DktRpt.pl?1", "HTTPS://Ecf.Nysb.Uscourts.Gov:443/a/b;p?q#f",
              "http://example.invalid", "ftp://example.invalid/x", "//example.invalid/x", "", "https://[link]/"]
LINKS = [
    # plain links, which resolve_url resolves without urljoin
    "https://ecf.nysb.uscourts.gov/doc1/126012345678", "http://ecf.nysb.uscourts.gov", "https://h/a?b=1&c=d?e",
    "/doc1/126012345678", "/cgi-bin/show_doc.pl?caseid=323768&de_seq_num=26&dm_id=21990717&doc_num=7", "/", "/a//b",
    # links urljoin changes: an empty query or fragment, dot segments, params, white space, upper-case scheme
    "https://h/a?", "/a?", "/a/../b", "/./a", "/a/..", "/a;p", "/a#", "/a#f", "https://h/a;", " /a", "/a\tb",
    "HTTPS://h/a", "https://h:443/a", "https://u@h/a", "//other.host/a", "a/b", "../a", "?q", "#f", "", "https://[x/",
]


@pytest.mark.parametrize("base", LINK_BASES)
def test_a_link_resolves_to_what_urljoin_makes_of_it(base):
    for link in LINKS:
        try:
            expected = urljoin(base, link)
        except ValueError:  # a malformed link or base
            expected = ""
        assert resolve_url(base, link) == expected, link
