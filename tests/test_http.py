"""The fetch layer over real sockets: retries, Retry-After, timeouts, size cap, pacing, User-Agent."""

from __future__ import annotations

import socket
import time

import pytest
from werkzeug import Response

from scrapers.http import UNCHANGED, USER_AGENT, Abandoned, Failure, Fetcher, FetchError, HostPacer


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
    with pytest.raises(FetchError, match=r"/feed: HTTP 502$") as error:
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
    with pytest.raises(FetchError, match="timed out") as error:
        fast_fetcher(read_timeout=0.1, attempts=2).get(url)
    listener.close()
    assert (error.value.kind, error.value.status) == (Failure.TIMEOUT, None)
    assert time.monotonic() - started < 5


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
    assert fetcher.get_if_changed(url) == b"<rss/>"
    fetcher.settle([url], keep=False)  # a failed poll: the page is news again next time
    assert fetcher.get_if_changed(url) == b"<rss/>"
    fetcher.settle([url], keep=True)
    assert fetcher.get_if_changed(url) is UNCHANGED


def test_a_304_to_a_conditional_get_is_unchanged(httpserver):
    httpserver.expect_ordered_request("/feed").respond_with_response(Response(b"<rss/>", headers={"ETag": '"v1"'}))
    httpserver.expect_ordered_request("/feed", headers={"If-None-Match": '"v1"'}).respond_with_response(
        Response(status=304))
    fetcher, url = fast_fetcher(), httpserver.url_for("/feed")
    assert fetcher.get_if_changed(url) == b"<rss/>"
    fetcher.settle([url], keep=True)
    assert fetcher.get_if_changed(url) is UNCHANGED


def test_an_abandoned_fetch_is_a_failure_of_its_own_kind(httpserver):
    httpserver.expect_request("/feed").respond_with_data(b"<rss/>")
    fetcher = fast_fetcher()
    fetcher.abandon()
    with pytest.raises(Abandoned, match="the bot is stopping") as error:
        fetcher.get(httpserver.url_for("/feed"))
    assert (error.value.kind, error.value.status) == (Failure.ABANDONED, None)
    assert httpserver.log == []
