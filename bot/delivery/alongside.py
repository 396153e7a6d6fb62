"""Delivery alongside polling: a thread that drains the outbox while `check` is still polling, so that the first
post goes out as soon as the poll that queued it is done, not after the last source was polled.

    with DeliveryAlongside(app.deliver, app.deliverer.stopping) as delivery:
        for source in sources:
            if app.poll(source).queued:
                delivery.wake()
    report = delivery.report  # every run of the thread's, counted together; the final drain is the caller's

The thread only calls `deliver` (bot/app.py App.deliver, which runs one delivery at a time in a process), so the
outbox's guarantees hold as they do in the worker: each post claimed before it is sent, and sent once; posts to
one destination in order and spaced by `slack.post_interval`; holds obeyed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType

from bot.delivery.deliver import DeliveryReport


class DeliveryAlongside:
    """Runs `deliver` on a thread of its own each time `wake` is called, until the `with` block ends.

    On a clean end, the run under way finishes (no new one starts) and the thread is joined; when the block
    ends with an exception (Ctrl-C), `stopping` is set first, so that delivery stops between two posts. An
    error raised by `deliver` on the thread is raised again by the block's end (nothing is dropped silently).
    """

    def __init__(self, deliver: Callable[[], DeliveryReport], stopping: threading.Event) -> None:
        self._deliver = deliver
        self._stopping = stopping
        self.report = DeliveryReport()  # what the thread's runs sent, retried, failed and held, together
        self._wanted = threading.Event()
        self._done = False
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="delivery alongside polls", daemon=True)

    def __enter__(self) -> DeliveryAlongside:
        self._thread.start()
        return self

    def wake(self) -> None:
        """Asks for a delivery run: posts were queued. Runs asked for while one is under way make one more run."""
        self._wanted.set()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is not None:
            self._stopping.set()  # interrupted: no further post is started
        self._done = True
        self._wanted.set()
        self._thread.join()
        if self._error is not None and exc_type is None:
            raise self._error

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            if self._done:
                return
            try:
                self.report.add(self._deliver())
            except BaseException as exc:  # raised again in the caller's thread, by __exit__
                self._error = exc
                return
