"""The deliver step: drains the outbox through a notifier, in order per channel, threading posts per case.

A row is marked sent only after the notifier says it was delivered; a failed row stays queued with a
growing delay (also across restarts), and a later row of the same channel waits behind it so that
posts keep their order. Several processes may deliver from one store: each claims a row before
sending it (see Store.claim_next). Posts to one channel are spaced (Slack allows about one a second).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import process_id, utc_now
from bot.metrics import Metrics
from bot.store import OutboxRow, Store
from notifiers.base import DeliveryError, Notifier

log = logging.getLogger(__name__)

# How long a claimed message is this process's to send; past it, another process may send it.
CLAIM_LEASE = timedelta(minutes=2)


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


class Deliverer:
    def __init__(
        self,
        store: Store,
        notifier: Notifier,
        clock: Callable[[], datetime] = utc_now,
        first_retry: timedelta = timedelta(seconds=15),
        longest_retry: timedelta = timedelta(minutes=30),
        per_channel_interval: float = 1.0,
        metrics: Metrics | None = None,
    ) -> None:
        self.store = store
        self.notifier = notifier
        self.clock = clock
        self.first_retry = first_retry
        self.longest_retry = longest_retry
        self.per_channel_interval = per_channel_interval
        self._last_post: dict[str, float] = {}
        self.metrics = metrics or Metrics()
        self.holder = process_id()

    def deliver_due(self, limit: int = 200) -> DeliveryReport:
        """Sends due outbox messages, oldest first per channel, until none is left. Never raises for a failed post."""
        report = DeliveryReport()
        for _ in range(limit):
            row = self.store.claim_next(self.holder, self.clock(), CLAIM_LEASE)
            if row is None:
                break
            try:
                self._send(row)
            except DeliveryError as exc:
                if exc.permanent:
                    log.error("message %d to %s failed for good: %s", row.id, row.channel, exc)
                    self.store.mark_failed(row.id, str(exc))
                    self.metrics.posts.labels(row.channel, "failed").inc()
                    report.failed += 1
                else:
                    delay = min(self.first_retry * 2**row.attempts, self.longest_retry)
                    log.warning("message %d to %s failed, retrying in %s: %s", row.id, row.channel, delay, exc)
                    self.store.mark_retry(row.id, str(exc), self.clock() + delay)
                    self.metrics.posts.labels(row.channel, "retry").inc()
                    report.retrying += 1
            else:
                self.metrics.posts.labels(row.channel, "sent").inc()
                report.sent += 1
        return report

    def _send(self, row: OutboxRow) -> None:
        self._pace(row.channel)
        if row.post is None:
            sent = self.notifier.send_notice(row.channel, row.notice or "")
            self.store.mark_sent(row.id, sent, self.clock())
            return
        thread = self.store.thread(row.channel, row.thread_key)
        sent = self.notifier.send(row.post, thread.ts if thread else None)
        self.store.mark_sent(row.id, sent, self.clock())
        if thread is None:
            self.store.save_thread(row.channel, row.thread_key, sent)

    def _pace(self, channel: str) -> None:
        """Waits until `per_channel_interval` has passed since this process last posted to `channel`."""
        wait = self._last_post.get(channel, float("-inf")) + self.per_channel_interval - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last_post[channel] = time.monotonic()
