"""The fetch step: one requests Session with timeouts, retries with backoff, a size cap and per-host pacing.

Outcomes are values: a conditional fetch gives the body or `UNCHANGED`; a failure is a FetchError carrying its
`kind` (a `Failure`) and, for an HTTP error, its `status`, so that callers decide on those, never on the message.

A fetch can be abandoned (`Fetcher.abandon`, when the bot is told to stop): every request under way and
every wait (pacing, backoff, Retry-After) ends at once with `Abandoned`, whatever the court's server does.
Each request is made on a thread of its own for that (one per calling thread, kept from request to request),
which also lets an attempt end at its total deadline when a server sends its answer a few bytes at a time.

Proxies and the CA bundle are read from the environment once, not per request (scrapers/http_session.py): a
changed HTTPS_PROXY, say, needs a restart.

Also the reading of URLs found in fetched pages, which may be malformed (`split_url`, `resolve_url`).
"""

from __future__ import annotations

import hashlib
import logging
import queue
import re
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, urljoin, urlsplit

from bot import PROJECT_URL, __version__

if TYPE_CHECKING:  # imported where a Fetcher is made: reading a config or a page file needs neither
    import requests
    from tenacity import RetryCallState

log = logging.getLogger(__name__)

USER_AGENT = f"docketbot/{__version__} (+{PROJECT_URL})"
# Links that urljoin resolves without changing them (most of a docket report's), against an http(s) base URL: a path
# and a query of characters urlsplit leaves as they are (no white space, ";" or "#", no "?" that ends the link),
# after a plain host name (an absolute link, given back as it is) or none (a link from the host's root, put after
# the base's scheme and host; one without a "." or ".." segment, which urljoin would take out).
_PLAIN_PATH = r"/[A-Za-z0-9_.~!$&'()*+,=:@%/-]*(?:\?[A-Za-z0-9_.~!$&'()*+,=:@%/?-]+)?"
_PLAIN_ABSOLUTE_URL = re.compile(rf"https?://[A-Za-z0-9.-]+(?:{_PLAIN_PATH})?")
_PLAIN_ROOT_PATH = re.compile(rf"(?!//){_PLAIN_PATH}")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# CourtListener's REST API (scrapers/courtlistener.py, scrapers/recap.py): its address, the environment variable of
# its token, and the seconds between two requests to it (it allows 5,000 an hour). Here, not in courtlistener.py, so
# that the delivery step, which asks it about free copies, does not import that kind's module.
COURTLISTENER_API = "https://www.courtlistener.com/api/rest/v4/"
COURTLISTENER_TOKEN = "COURTLISTENER_TOKEN"
COURTLISTENER_INTERVAL = 3600 / 5000


class Failure(StrEnum):
    """Why a fetch failed."""

    TIMEOUT = "timeout"  # the server did not answer within the timeouts
    CONNECT = "cannot connect"  # no connection (refused, no route, name not found)
    BROKEN = "connection broken"  # the connection ended mid-body
    HTTP = "HTTP error"  # the server answered with an error status (`FetchError.status`)
    TOO_LARGE = "too large"  # the body is over the size cap
    REDIRECTS = "too many redirects"
    REQUEST = "bad request"  # requests refused the request itself (a malformed URL, say)
    ABANDONED = "abandoned"  # the bot is stopping (`Abandoned`)


class FetchError(Exception):
    """A URL could not be fetched: `kind` says why, `status` is the HTTP status for `Failure.HTTP` (else None).

    The message is "<url>: <detail>" (just the detail without a URL), in words fit for a log line.
    """

    def __init__(self, url: str, kind: Failure, detail: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {detail}" if url else detail)
        self.url = url
        self.kind = kind
        self.detail = detail
        self.status = status

    def explained(self, why: str) -> FetchError:
        """The same failure with `why` added to its message ("...: HTTP 401: <why>")."""
        return FetchError(self.url, self.kind, f"{self.detail}: {why}", self.status)


class Abandoned(FetchError):
    """The fetch was given up because the bot is stopping: the poll counts as neither success nor failure."""

    def __init__(self, url: str = "") -> None:
        super().__init__(url, Failure.ABANDONED, "abandoned, the bot is stopping" if url else "the bot is stopping")


class Unchanged:
    """The outcome of a conditional fetch whose page is as at the last settled poll (`UNCHANGED`, the only one)."""

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED = Unchanged()


class _Retryable(FetchError):
    """A failure worth trying again (connection trouble, 5xx, 429), with the server's Retry-After if given."""

    def __init__(
        self, url: str, kind: Failure, detail: str, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(url, kind, detail, status)
        self.retry_after = retry_after


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: either a number or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
        except (TypeError, ValueError):
            return None


@dataclass(frozen=True)
class _Fetched:
    status: int
    headers: Mapping[str, str]
    body: bytes


class HostPacer:
    """At most one request per `interval` seconds to each host, shared by every source on that host."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._next_slot: dict[str, float] = {}
        self._floors: dict[str, float] = {}
        self._lock = threading.Lock()

    def at_most_every(self, host: str, seconds: float) -> None:
        """At least `seconds` between requests to `host` (a URL's host[:port]), whatever `interval` says.

        For an API with a documented rate limit. Several floors for one host: the longest wins.
        """
        host = host.lower()
        with self._lock:
            self._floors[host] = max(seconds, self._floors.get(host, 0.0))

    def wait(self, url: str, sleep: Callable[[float], None] = time.sleep) -> None:
        """Waits (with `sleep`) for the next slot of `url`'s host."""
        host = urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + max(self.interval, self._floors.get(host, 0.0))
        if slot > now:
            sleep(slot - now)


class _RequestThread:
    """A daemon thread that runs the requests of one calling thread, one at a time, kept from request to request
    (starting a thread per request costs more CPU than the rest of an unchanged page's request).

    `retire` lets it end after the job under way (one its caller gave up on, which may hang a while longer); so
    does the end of the calling thread, whose threading.local then drops it.
    """

    def __init__(self, name: str) -> None:
        jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self.submit = jobs.put
        self.retire = weakref.finalize(self, jobs.put, None)
        threading.Thread(target=self._run, args=(jobs,), name=name, daemon=True).start()

    @staticmethod
    def _run(jobs: queue.SimpleQueue[Callable[[], None] | None]) -> None:
        while (job := jobs.get()) is not None:
            job()
            del job  # not held while waiting for the next: it holds its Fetcher, which holds this thread


class Fetcher:
    """GETs URLs for scrapers. Failures come out as FetchError naming the URL and its kind; nothing hangs past
    the timeouts: `connect_timeout` and `read_timeout` (seconds) for each connection and each read, and
    `total_timeout` (seconds) for the whole of one attempt, however slowly the server answers. Requests to a
    host are `per_host_interval` seconds apart, those to CourtListener's API (which scrapers/courtlistener.py and
    scrapers/recap.py make) at least `courtlistener_interval` seconds. `session` is for a caller that wants its
    own requests Session (the default is scrapers/http_session.py's, which reads the environment once)."""

    def __init__(
        self,
        session: requests.Session | None = None,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        total_timeout: float = 120.0,
        max_bytes: int = 20 * 1024 * 1024,
        attempts: int = 3,
        backoff_max: float = 30.0,
        retry_after_cap: float = 120.0,
        per_host_interval: float = 1.0,
        courtlistener_interval: float = COURTLISTENER_INTERVAL,
    ) -> None:
        from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential_jitter

        from scrapers.http_session import new_session

        self.session = session or new_session()
        self.session.headers["User-Agent"] = USER_AGENT
        self.timeout = (connect_timeout, read_timeout)
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
        self.retry_after_cap = retry_after_cap
        self.attempts = attempts  # tries of a request that fails in a way worth trying again (see _Retryable)
        self.pacer = HostPacer(per_host_interval)
        self.courtlistener_interval = courtlistener_interval  # seconds (scrapers/courtlistener.py, scrapers/recap.py)
        # (source id, url): etag, last-modified, sha256 of the body. Kept per source: two sources that watch one URL
        # each see the page change (the second is not told "unchanged" because the first just read it).
        self._last_seen: dict[tuple[str, str], tuple[str | None, str | None, str]] = {}
        self._pending: dict[tuple[str, str], tuple[str | None, str | None, str]] = {}
        self._stopping = threading.Event()
        self._under_way: set[threading.Event] = set()  # one per request in flight, set when it ends
        self._under_way_lock = threading.Lock()
        self._threads = threading.local()  # .request: the calling thread's _RequestThread
        backoff = wait_exponential_jitter(initial=1, max=backoff_max)

        def wait(state: RetryCallState) -> float:
            error = state.outcome.exception() if state.outcome else None
            if isinstance(error, _Retryable) and error.retry_after is not None:
                return min(error.retry_after, self.retry_after_cap)
            return backoff(state)

        def say_retry(state: RetryCallState) -> None:  # a slow court is not silent: `check` shows it on stderr
            error = state.outcome.exception() if state.outcome else None
            log.warning("%s; trying again (%d of %d)", error, state.attempt_number + 1, attempts)

        self._get_with_retries = retry(
            retry=retry_if_exception_type(_Retryable),
            stop=stop_after_attempt(attempts),
            wait=wait,
            sleep=self._sleep,
            before_sleep=say_retry,
            reraise=True,
        )(self._get_once)

    def adopt_validators(self, other: Fetcher) -> None:
        """Takes over what `other` knows of each page (ETag, Last-Modified, digest), so that a fetcher made
        for new settings still asks the courts conditionally and skips unchanged pages."""
        self._last_seen.update(other._last_seen)

    def recall(self, source_id: str, pages: Mapping[str, Sequence[str | None]]) -> None:
        """Takes what an earlier process saw at each URL of source `source_id` (ETag, Last-Modified, the body's
        sha256, as `seen_now` gave them and the store kept them) where this fetcher has seen nothing yet."""
        for url, (etag, modified, digest) in pages.items():
            if digest:
                self._last_seen.setdefault((source_id, url), (etag, modified, digest))

    def seen_now(self, source_id: str, urls: Iterable[str]) -> dict[str, tuple[str | None, str | None, str]]:
        """What `get_if_changed` saw at `urls` for `source_id` in the poll under way (not yet settled): URL ->
        (ETag, Last-Modified, sha256 of the body); a URL answered 304 saw nothing new and is left out."""
        return {url: self._pending[(source_id, url)] for url in urls if (source_id, url) in self._pending}

    def abandon(self) -> None:
        """Ends every fetch under way and to come with Abandoned, at once (the bot is stopping)."""
        self._stopping.set()
        with self._under_way_lock:
            for done in self._under_way:
                done.set()

    def _sleep(self, seconds: float) -> None:
        """Sleeps, unless the fetcher is abandoned first: then raises Abandoned."""
        if self._stopping.wait(seconds):
            raise Abandoned()

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> bytes:
        """The body at `url`. Raises FetchError (with its `kind` and `status`) after the retries are spent,
        Abandoned when the bot is stopping. `headers` add to the session's."""
        return self._fetch(url, headers).body

    def get_if_changed(self, url: str, source_id: str) -> bytes | Unchanged:
        """The body at `url`, or UNCHANGED when it is what it was at source `source_id`'s last settled poll: the
        server said 304 to a conditional GET (ETag / Last-Modified), or sent the same bytes again. Raises as `get`
        does.

        What this fetch saw counts only once the caller `settle`s the URL as kept (its poll succeeded).
        """
        etag, modified, digest = self._last_seen.get((source_id, url), (None, None, None))
        conditions = {"If-None-Match": etag} if etag else {}
        conditions.update({"If-Modified-Since": modified} if modified else {})
        fetched = self._fetch(url, conditions or None)  # None: the session's headers as they are, not merged
        if fetched.status == 304:
            return UNCHANGED
        new_digest = hashlib.sha256(fetched.body).hexdigest()
        self._pending[(source_id, url)] = (fetched.headers.get("ETag"), fetched.headers.get("Last-Modified"), new_digest)
        return UNCHANGED if new_digest == digest else fetched.body

    def settle(self, source_id: str, urls: Iterable[str], keep: bool) -> None:
        """After a poll of `source_id`: what `get_if_changed` saw at `urls` becomes its reference if `keep` (the
        poll was recorded), else it is dropped, so that a failed or dry-run poll does not hide the page next time."""
        for url in urls:
            seen = self._pending.pop((source_id, url), None)
            if keep and seen:
                self._last_seen[(source_id, url)] = seen

    def _fetch(self, url: str, headers: Mapping[str, str] | None) -> _Fetched:
        started = time.monotonic()
        try:
            return self._get_with_retries(url, headers)
        except _Retryable as exc:  # the retries are spent: a plain failure of the same kind, saying how many
            took = time.monotonic() - started
            tries = f"; {self.attempts} attempts{f' in {took:.0f} s' if took >= 1 else ''}" if self.attempts > 1 else ""
            raise FetchError(exc.url, exc.kind, exc.detail + tries, exc.status) from None

    def _get_once(self, url: str, headers: Mapping[str, str] | None) -> _Fetched:
        """One request, made on the calling thread's _RequestThread so that `abandon` and the total deadline
        can leave a server that hangs (that thread is then retired, and the next request gets a new one)."""
        self.pacer.wait(url, self._sleep)
        outcome: list[_Fetched | BaseException] = []
        done = threading.Event()

        def request() -> None:
            try:
                outcome.append(self._request(url, headers))
            except BaseException as exc:  # handed to the waiting thread as it is
                outcome.append(exc)
            finally:
                done.set()

        with self._under_way_lock:
            if self._stopping.is_set():
                raise Abandoned()
            self._under_way.add(done)
        worker = getattr(self._threads, "request", None)
        if worker is None:
            worker = self._threads.request = _RequestThread(f"fetch for {threading.current_thread().name}")
        try:
            worker.submit(request)
            done.wait(self.total_timeout)
        finally:
            with self._under_way_lock:
                self._under_way.discard(done)
        if not outcome:
            worker.retire()
            del self._threads.request
            if self._stopping.is_set():
                raise Abandoned(url)
            raise _Retryable(url, Failure.TIMEOUT, f"no complete answer within {self.total_timeout:g}s")
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0]

    def _request(self, url: str, headers: Mapping[str, str] | None) -> _Fetched:
        import requests  # (imported already: the Fetcher was made)

        try:
            with self.session.get(
                url, headers=headers, timeout=self.timeout, stream=True, allow_redirects=True
            ) as response:
                status = response.status_code
                if status in RETRY_STATUSES:
                    retry_after = _retry_after_seconds(response.headers.get("Retry-After"))
                    raise _Retryable(url, Failure.HTTP, f"HTTP {status}", status, retry_after)
                if status >= 400:
                    raise FetchError(url, Failure.HTTP, f"HTTP {status}", status)
                # a 304's body (none) is read too: requests closes the connection of a response left unread, and
                # each unchanged poll of a court that sends validators would then open a new one (TCP and TLS)
                return _Fetched(status, response.headers, self._read_capped(url, response))
        except requests.Timeout:
            limits = f"limits {self.timeout[0]:g}s to connect, {self.timeout[1]:g}s to read"
            raise _Retryable(url, Failure.TIMEOUT, f"timed out ({limits})") from None
        except requests.exceptions.ChunkedEncodingError as exc:  # reset, or closed before the announced length
            raise _Retryable(url, Failure.BROKEN, f"connection broken mid-body ({_root_cause(exc)})") from None
        except requests.TooManyRedirects:
            raise FetchError(url, Failure.REDIRECTS, "too many redirects") from None
        except requests.ConnectionError as exc:
            raise _Retryable(url, Failure.CONNECT, f"cannot connect ({_root_cause(exc)})") from None
        except requests.RequestException as exc:
            raise FetchError(url, Failure.REQUEST, f"{exc.__class__.__name__}: {exc}") from None

    def _read_capped(self, url: str, response: requests.Response) -> bytes:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(
                url, Failure.TOO_LARGE, f"body of {int(declared):,} bytes is over the {self.max_bytes:,}-byte cap"
            )
        body = bytearray()
        for chunk in response.iter_content(chunk_size=65536):
            body.extend(chunk)
            if len(body) > self.max_bytes:
                raise FetchError(url, Failure.TOO_LARGE, f"body is over the {self.max_bytes:,}-byte cap")
        return bytes(body)


def split_url(url: str) -> SplitResult:
    """urlsplit for a URL read from a page; a malformed one (a bracketed host that is no IPv6 address, as in
    "http://[link]/") splits as the empty URL, where urlsplit raises ValueError."""
    try:
        return urlsplit(url)
    except ValueError:
        return urlsplit("")


def resolve_url(base: str, href: str) -> str:
    """A link read from a page made absolute against the page's URL; "" when the link is malformed (see split_url).
    Plain links (most of a docket report's) are resolved without urljoin, to what urljoin gives."""
    origin = _origin(base)
    if origin and _PLAIN_ABSOLUTE_URL.fullmatch(href):
        return href
    if origin and _PLAIN_ROOT_PATH.fullmatch(href) and "/." not in href:
        return origin + href
    try:
        return urljoin(base, href)
    except ValueError:
        return ""


@lru_cache(maxsize=256)
def _origin(base: str) -> str:
    """"https://host" of an http(s) base URL with a host, as urljoin puts it before a link from the host's root;
    "" for another base."""
    try:
        parts = urlsplit(base)
    except ValueError:
        return ""
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else ""


def _root_cause(exc: BaseException) -> str:
    while exc.__context__ is not None and exc.__context__ is not exc:
        exc = exc.__context__
    return str(exc) or exc.__class__.__name__
