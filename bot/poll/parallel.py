"""`check`'s polls, several at once, so that a court server that hangs delays its own sources only.

    results = poll_at_once(sources, app.poll, started=..., polled=..., abandon=app.stop)

Each source has a lane: its server (its URL's host[:port]; a source without a URL of its own: its kind's API), or,
for the kinds whose stories other outlets may report too (news: scrapers/base.py `Scraper.stories`), one lane for
all of them. A lane's sources are polled one after another, as `check` polled every source before: the sources of
one server are spaced by `http.per_host_interval` and wait out its Retry-After as they did, and a story two
outlets report is posted once. Up to CHECK_THREADS lanes are polled at once; a free thread takes the first source,
in the order given, whose lane has no poll under way.

`started` and `polled` are called on the calling thread, one call at a time (so a line printed by one is printed
whole), in the order the polls start and end. When the calling thread is interrupted (Ctrl-C, a reader that quit:
any exception), no further poll starts, `abandon` ends the fetches under way (their polls record nothing and free
their sources), the threads are joined and the exception goes on. A poll that raises (the store is down) stops the
others the same way, and its exception is raised on the calling thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot.config import SourceConfig
from scrapers import SCRAPERS

if TYPE_CHECKING:
    from bot.poll.poller import PollResult

CHECK_THREADS = 8  # polls at once; a lane's polls wait mostly on the network, not on this machine's cores
STORIES_LANE = "stories"


def server_of(source: SourceConfig) -> str:
    """The server a source's polls ask: its URL's host[:port], lower-case; `kind:KIND` for a source without a URL of
    its own (an API, as CourtListener's)."""
    return urlsplit(source.url).netloc.lower() if source.url else f"kind:{source.kind}"


def lane_of(source: SourceConfig) -> str:
    """The lane whose polls are made one after another: STORIES_LANE for a news kind, else its server."""
    return STORIES_LANE if SCRAPERS[source.kind].stories else server_of(source)


class _Turns:
    """The sources waiting, handed to the poll threads one at a time: the first whose lane is free."""

    def __init__(self, sources: Sequence[SourceConfig]) -> None:
        self._waiting = list(sources)
        self._lanes = {source.id: lane_of(source) for source in sources}
        self._busy: set[str] = set()
        self._closed = False
        self._changed = threading.Condition()

    def take(self) -> SourceConfig | None:
        """The next source to poll, once one's lane is free; None when none is left or `close` was called."""
        with self._changed:
            while not self._closed and self._waiting:
                source = next((s for s in self._waiting if self._lanes[s.id] not in self._busy), None)
                if source is not None:
                    self._waiting.remove(source)
                    self._busy.add(self._lanes[source.id])
                    return source
                self._changed.wait()
            return None

    def done(self, source: SourceConfig) -> None:
        """Frees the lane of a source whose poll ended."""
        with self._changed:
            self._busy.discard(self._lanes[source.id])
            self._changed.notify_all()

    def close(self) -> None:
        """No further source is handed out."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()


def poll_at_once(
    sources: Sequence[SourceConfig],
    poll: Callable[[SourceConfig], PollResult],
    started: Callable[[SourceConfig], None],
    polled: Callable[[PollResult], None],
    abandon: Callable[[], None],
    threads: int = CHECK_THREADS,
) -> list[PollResult]:
    """Polls `sources` with up to `threads` threads (see the module's docstring); their results, in the order
    the polls ended."""
    turns = _Turns(sources)
    events: queue.SimpleQueue[SourceConfig | PollResult | BaseException] = queue.SimpleQueue()  # started, ended, raised

    def work() -> None:
        try:
            while (source := turns.take()) is not None:
                events.put(source)
                try:
                    result = poll(source)
                finally:
                    turns.done(source)
                events.put(result)
        except BaseException as exc:  # raised again on the calling thread
            events.put(exc)

    lanes = len({lane_of(source) for source in sources})
    pool = [threading.Thread(target=work, name=f"check poll {n + 1}", daemon=True) for n in range(min(threads, lanes))]
    for thread in pool:
        thread.start()
    results: list[PollResult] = []
    try:
        while len(results) < len(sources):
            event = events.get()
            if isinstance(event, BaseException):
                raise event
            if isinstance(event, SourceConfig):
                started(event)
            else:
                results.append(event)
                polled(event)
    except BaseException:
        turns.close()
        abandon()
        raise
    finally:
        for thread in pool:
            thread.join()
    return results
