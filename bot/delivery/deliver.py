"""The deliver step: drains the outbox through a notifier, in order per channel, threading posts per case.

A row is marked sent only after the notifier says it was delivered. What happens to a row that was not
depends on why (notifiers/base.py): a passing failure (an outage) stays queued with a growing delay, also
across restarts; a failure a person can fix (a revoked token, a channel the bot was not invited to) holds
the channel's messages, or every channel's, until a retry succeeds, and says so once in the log and in
the ops channel; only a message the target refuses as malformed fails for good. A later row of a channel
waits behind an undelivered one, so that posts keep their order. Several processes may deliver from one
store: each claims a row before sending it (see Store.claim_next). Posts to one channel are spaced
(Slack allows about one a second).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from bot.core.clock import process_id, shown_time, utc_now
from bot.core.durations import format_duration
from bot.ops.metrics import Metrics
from bot.store import Hold, OutboxRow, Store
from notifiers.base import FAIL, HOLD, WORKSPACE, DeliveryError, Notifier
from notifiers.console import ConsoleNotifier

log = logging.getLogger(__name__)

# How long a claimed message is this process's to send; past it, another process may send it.
CLAIM_LEASE = timedelta(minutes=2)
# How often a held channel (or the held workspace) is tried again.
HOLD_RETRY = timedelta(minutes=5)


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    held: int = 0  # messages put back under a hold in this run (one per hold placed or retried)


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
        ops_channel: str | None = None,
    ) -> None:
        self.store = store
        self.notifier = notifier
        self.clock = clock
        self.first_retry = first_retry
        self.longest_retry = longest_retry
        self.per_channel_interval = per_channel_interval if notifier.paced else 0.0
        self.ops_channel = ops_channel
        self._last_post: dict[str, float] = {}
        self.metrics = metrics or Metrics()
        self.holder = process_id()
        self.tz: tzinfo = UTC  # the clock of the times in logs and notices: the config's (App sets it)
        self.token = notifier.fingerprint  # the holds this process obeys and lifts are those of its token
        self.stopping = threading.Event()  # set when the bot stops: no further message is started

    def check_target(self) -> str | None:
        """Asks the target who the bot is (Slack's auth.test): `@docketbot in Acme`, or None when refused.

        A refused token holds every channel (said once, as any hold) until a retry succeeds; a target that
        cannot be reached is only logged, since the outbox retries anyway. Never raises DeliveryError.
        """
        try:
            who = self.notifier.identity()
        except DeliveryError as exc:
            if exc.action != HOLD:
                log.warning("could not check the Slack token: %s", exc)
            elif not self._hold(None, exc):
                log.error("Slack refuses the token %s: %s (%s); this process's posts stay held",
                          self.token, exc.reason, exc.advice)
            return None
        log.info("posting as %s", who if self.token == ConsoleNotifier.fingerprint else f"{who} (token {self.token})")
        for hold in self.store.lift_holds(WORKSPACE, token=self.token):  # the token works: no post need prove it
            self._resumed(hold)
        for hold in self.store.drop_holds_of_other_tokens(self.token, WORKSPACE):
            log.warning("dropped the hold of every channel for token %s (%s since %s): this process posts with %s, "
                        "which Slack takes", hold.token, hold.reason, shown_time(hold.since, self.tz), self.token)
        return who

    def deliver_due(self, limit: int = 200) -> DeliveryReport:
        """Sends due outbox messages, oldest first per channel, until none is left. Never raises for a failed post."""
        report = DeliveryReport()
        now = self.clock()
        if any(hold.scope == WORKSPACE and hold.next_try_at <= now for hold in self.store.holds(self.token)):
            self.check_target()  # the token is tried with auth.test, also when no post waits
        for _ in range(limit):
            if self.stopping.is_set():
                break
            row = self.store.claim_next(self.holder, self.clock(), CLAIM_LEASE, HOLD_RETRY, self.token)
            if row is None:
                break
            try:
                lifted = self._send(row)
            except DeliveryError as exc:
                if exc.action == HOLD:
                    self._hold(row, exc)
                    self.metrics.posts.labels(row.channel, "held").inc()
                    report.held += 1
                elif exc.action == FAIL:
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
                for hold in lifted:
                    self._resumed(hold)
        return report

    def _send(self, row: OutboxRow) -> list[Hold]:
        """Sends one message; returns the holds its success lifted."""
        self._pace(row.channel)
        if row.post is None:
            sent = self.notifier.send_notice(row.channel, row.notice or "")
            return self.store.mark_sent(row.id, row.channel, sent, self.clock(), self.token)
        thread = self.store.thread(row.channel, row.thread_key)
        if thread is not None and not self.notifier.owns(thread):
            thread = None  # a thread the console started (no token then): a new one starts here
        sent = self.notifier.send(row.post, thread.ts if thread else None)
        lifted = self.store.mark_sent(row.id, row.channel, sent, self.clock(), self.token)
        if thread is None:
            self.store.save_thread(row.channel, row.thread_key, sent)
        return lifted

    def _hold(self, row: OutboxRow | None, exc: DeliveryError) -> bool:
        """Holds `exc.scope`, putting `row` back in the queue; a new hold is logged and told to ops once.

        True when the hold is new."""
        now = self.clock()
        hold = Hold(exc.scope, exc.reason, str(exc), exc.advice, now, now + HOLD_RETRY, self.token)
        if not self.store.hold(hold, row.id if row else None):
            log.debug("posts to %s still held: %s", hold.where, exc)
            return False
        log.error(
            "Slack posts to %s are held for token %s: %s (%s). They are kept and go out in order once a retry "
            "works (every %s, and at once after a restart or a config reload).",
            hold.where, hold.token, hold.reason, hold.advice, format_duration(HOLD_RETRY),
        )
        if hold.scope != WORKSPACE and self.ops_channel and self.ops_channel != hold.scope:
            text = (
                f":no_entry: *Posts to {hold.scope} are held*: Slack said `{hold.reason}`.\n"
                f"To fix: {hold.advice}. The held posts then go out in order; the bot tries again every "
                f"{format_duration(HOLD_RETRY)}."
            )
            self.store.queue_notice(self.ops_channel, text, now)
        return True

    def _resumed(self, hold: Hold) -> None:
        """Says that a hold is over: in the log, and in the ops channel (which may have been held too)."""
        since = shown_time(hold.since, self.tz)
        log.warning("Slack takes posts to %s again (held since %s: %s); the held posts go out in order",
                    hold.where, since, hold.reason)
        if self.ops_channel:
            what = "Slack takes the bot's posts again" if hold.scope == WORKSPACE else f"Posts to {hold.scope} go out again"
            text = f":white_check_mark: *{what}*: held since {since} (`{hold.reason}`); the held posts follow in order."
            self.store.queue_notice(self.ops_channel, text, self.clock())

    def _pace(self, channel: str) -> None:
        """Waits until `per_channel_interval` has passed since this process last posted to `channel`."""
        wait = self._last_post.get(channel, float("-inf")) + self.per_channel_interval - time.monotonic()
        if wait > 0:
            self.stopping.wait(wait)
        self._last_post[channel] = time.monotonic()
