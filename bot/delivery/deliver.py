"""The deliver step: drains the outbox through the notifiers, in order per destination, threading posts per case.

Each outbox row goes through the notifier its destination names (bot/core/destinations.py: a Slack channel
through Slack, or the console without a token; `apprise:…` through Apprise); holds, pacing and retries are
each notifier's own, so that a revoked Slack token holds no Apprise post.

A row is marked sent only after the notifier says it was delivered. What happens to a row that was not
depends on why (notifiers/base.py): a passing failure (an outage) stays queued with a growing delay, also
across restarts; a failure a person can fix (a revoked token, a channel the bot was not invited to) holds
the channel's messages, or every channel's, until a retry succeeds, and says so once in the log and in
the ops channel; only a message the target refuses as malformed fails for good. A later row of a channel
waits behind an undelivered one, so that posts keep their order. Several processes may deliver from one
store: each claims a row before sending it (see Store.claim_next), and only the rows queued for its notifier: a
process without a Slack token leaves those queued for Slack alone (bot/store/outbox.py). Posts to one channel are spaced
(Slack allows about one a second). Once the due posts are out, what follows them runs: their documents' free
copies and first-page previews (bot/delivery/free_copies.py).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo

from bot.core.clock import process_id, shown_time, utc_now
from bot.core.destinations import SLACK
from bot.core.durations import format_duration
from bot.core.notice import HELD, POSTS_TO, RESOLVED, Notice
from bot.delivery.free_copies import FreeCopyFinder, FreeCopyReport, follow_up_wanted
from bot.ops.metrics import Metrics
from bot.store import Hold, OutboxRow, Store
from notifiers.base import FAIL, HOLD, WORKSPACE, DeliveryError, Notifier, Notifiers

log = logging.getLogger(__name__)

# How long a claimed message is this process's to send; past it, another process may send it.
CLAIM_LEASE = timedelta(minutes=2)
# How often a held channel (or the held workspace) is tried again.
HOLD_RETRY = timedelta(minutes=5)
# An ops notice sent longer than this after it was queued says when its event happened (Notice.happened): a worker
# stopped before it went out, Slack was down. (The worker sends a notice at once, or within its 10 s round.)
LATE = timedelta(seconds=20)


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    held: int = 0  # messages put back under a hold in this run (one per hold placed or retried)
    free: FreeCopyReport = field(default_factory=FreeCopyReport)  # what followed the posts sent (free copies, previews)

    def add(self, other: DeliveryReport) -> None:
        """Counts `other`'s posts in this report too (several delivery runs told as one)."""
        self.sent += other.sent
        self.retrying += other.retrying
        self.failed += other.failed
        self.held += other.held
        self.free.add(other.free)


class Deliverer:
    def __init__(
        self,
        store: Store,
        notifiers: Notifiers | Notifier,
        clock: Callable[[], datetime] = utc_now,
        first_retry: timedelta = timedelta(seconds=15),
        longest_retry: timedelta = timedelta(minutes=30),
        per_channel_interval: float = 1.0,
        metrics: Metrics | None = None,
        ops_channel: str | None = None,
    ) -> None:
        self.store = store
        self.notifiers = notifiers if isinstance(notifiers, Notifiers) else Notifiers(notifiers)
        self.clock = clock
        self.first_retry = first_retry
        self.longest_retry = longest_retry
        self.per_channel_interval = per_channel_interval  # for the notifiers that are paced
        self.ops_channel = ops_channel
        self._last_post: dict[str, float] = {}
        self.metrics = metrics or Metrics()
        self.holder = process_id()
        self.tz: tzinfo = UTC  # the clock of the times in logs and notices: the config's (App sets it)
        self.stopping = threading.Event()  # set when the bot stops: no further message is started
        self._told_ops = False  # whether this delivery run queued a notice to ops
        # what follows a sent post (its document's free copy, a preview); None: nothing follows (App sets it)
        self.free_copies: FreeCopyFinder | None = None

    @property
    def notifier(self) -> Notifier:
        """The notifier of Slack's channels: Slack, or the console without a token."""
        return self.notifiers.default

    @property
    def token(self) -> str:
        """The fingerprint of the Slack token this process posts with: the holds of Slack's channels it obeys
        and lifts are those of this token."""
        return self.notifier.fingerprint

    def check_target(self) -> str | None:
        """Asks Slack who the bot is (auth.test): `@docketbot in Acme`, or None when refused. It does not say who
        itself: the caller does (the worker's first line, "posting as @docketbot in Acme").

        A refused token holds every channel (said once, as any hold) until a retry succeeds; a target that
        cannot be reached is only logged, since the outbox retries anyway. Never raises DeliveryError. A process
        with a token first records that the store posts to Slack (Store.mark_posts_to_slack), whatever Slack
        answers: a process without one then queues its posts to Slack's channels for Slack (bot/app.py).
        """
        if self.notifier.name == SLACK:
            self.store.mark_posts_to_slack(self.clock())
        try:
            who = self.notifier.identity()
        except DeliveryError as exc:
            if exc.action != HOLD:
                log.warning("could not check the Slack token: %s", exc)
            elif not self._hold(None, exc, self.notifier):
                log.error("Slack refuses the token %s: %s (%s); this process's posts stay held",
                          self.token, exc.reason, exc.advice)
            return None
        for hold in self.store.lift_holds(WORKSPACE, token=self.token):  # the token works: no post need prove it
            self._resumed(hold, self.notifier)
        for hold in self.store.drop_holds_of_other_tokens(self.token, WORKSPACE):
            log.warning("dropped the hold of every channel for token %s (%s since %s): this process posts with %s, "
                        "which Slack takes", hold.token, hold.reason, shown_time(hold.since, self.tz), self.token)
        return who

    def deliver_due(self, limit: int = 200) -> DeliveryReport:
        """Sends due outbox messages, oldest first per destination, until none is left (at most `limit` per
        notifier). Never raises for a failed post."""
        report = DeliveryReport()
        now = self.clock()
        if any(hold.scope == WORKSPACE and hold.next_try_at <= now for hold in self.store.holds(self.token)):
            self.check_target()  # the token is tried with auth.test, also when no post waits
        for _ in range(2):  # again when a notice to ops was queued meanwhile (a hold through another notifier)
            self._told_ops = False
            for name, notifier in self.notifiers:
                self._deliver_through(name, notifier, limit, report)
            if not self._told_ops:
                break
        if self.free_copies is not None and not self.stopping.is_set():  # the posts first, then what follows them
            report.free = self.free_copies.run()
        return report

    def _deliver_through(self, name: str, notifier: Notifier, limit: int, report: DeliveryReport) -> None:
        """Sends the due messages of the destinations of notifier `name`."""
        for _ in range(limit):
            if self.stopping.is_set():
                break
            row = self._claim(name, notifier)
            if row is None:
                break
            try:
                lifted = self._send(row, notifier)
            except DeliveryError as exc:
                if exc.action == HOLD:
                    self._hold(row, exc, notifier)
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
                    self._resumed(hold, notifier)

    def _claim(self, name: str, notifier: Notifier) -> OutboxRow | None:
        """The next message of notifier `name` to send: one to a destination that is not waiting out its spacing
        (`_pace`) if any is due, so that a channel's spacing does not hold back the posts of the others."""
        def claim(skip: Collection[str]) -> OutboxRow | None:
            return self.store.claim_next(self.holder, self.clock(), CLAIM_LEASE, HOLD_RETRY, notifier.fingerprint,
                                         notifier=name, skip=skip, via=notifier.name)

        now = time.monotonic()
        spacing = [destination for destination, last in self._last_post.items()
                   if notifier.paced and now - last < self.per_channel_interval]
        return claim(spacing) or (claim(()) if spacing else None)

    def _send(self, row: OutboxRow, notifier: Notifier) -> list[Hold]:
        """Sends one message; returns the holds its success lifted."""
        self._pace(row.channel, notifier)
        if row.notice is not None:
            sent = notifier.send_notice(row.channel, self._dated_if_late(row.notice, row.created_at))
            return self.store.mark_sent(row.id, row.channel, sent, self.clock(), notifier.fingerprint)
        if row.digest is not None:  # a message of its own, in no case's thread
            sent = notifier.send_digest(row.digest)
            return self.store.mark_sent(row.id, row.channel, sent, self.clock(), notifier.fingerprint)
        if row.post is None:  # (the store gives each row a post, a notice or a digest)
            raise DeliveryError(f"message {row.id} holds no post, notice or digest", FAIL, "empty_message")
        thread = self.store.thread(row.channel, row.thread_key, notifier.name)  # none another notifier started
        sent = notifier.send(row.post, thread)
        follow_up = self.free_copies is not None and notifier.follows_up and follow_up_wanted(row.post)
        lifted = self.store.mark_sent(row.id, row.channel, sent, self.clock(), notifier.fingerprint, follow_up)
        if thread is None:
            self.store.save_thread(row.channel, row.thread_key, sent)
        return lifted

    def _dated_if_late(self, notice: Notice, queued_at: datetime | None) -> Notice:
        """`notice`, saying when it happened (`queued_at`) if it goes out more than LATE after that."""
        if queued_at is None or self.clock() - queued_at <= LATE:
            return notice
        return replace(notice, happened=queued_at)

    def _hold(self, row: OutboxRow | None, exc: DeliveryError, notifier: Notifier) -> bool:
        """Holds `exc.scope`, putting `row` back in the queue; a new hold is logged and told to ops once.

        True when the hold is new."""
        now = self.clock()
        hold = Hold(exc.scope, exc.reason, str(exc), exc.advice, now, now + HOLD_RETRY, notifier.fingerprint)
        if not self.store.hold(hold, row.id if row else None):
            log.debug("posts to %s still held: %s", hold.where, exc)
            return False
        log.error(
            "%s posts to %s are held%s: %s (%s). They are kept and go out in order once a retry "
            "works (every %s, and at once after a restart or a config reload).",
            notifier.name.capitalize(), notifier.shown(hold.where), f" for token {hold.token}" if hold.token else "",
            hold.reason, hold.advice, format_duration(HOLD_RETRY),
        )
        if hold.scope != WORKSPACE and self.ops_channel and self.ops_channel != hold.scope:
            todo = (f"{hold.advice}. The held posts then go out in order; the bot tries again every "
                    f"{format_duration(HOLD_RETRY)}.")
            notice = Notice(HELD, POSTS_TO, notifier.shown(hold.scope), "are held", hold.since, todo, str(exc))
            self.store.queue_notice(self.ops_channel, notice, now)
            self._told_ops = True
        return True

    def _resumed(self, hold: Hold, notifier: Notifier) -> None:
        """Says that a hold is over: in the log, and in the ops channel (which may have been held too)."""
        log.warning("%s takes posts to %s again (held since %s: %s); the held posts go out in order",
                    notifier.name.capitalize(), notifier.shown(hold.where), shown_time(hold.since, self.tz),
                    hold.reason)
        if self.ops_channel:
            again = f"(held for {hold.reason}); the held posts follow in order"
            if hold.scope == WORKSPACE:
                notice = Notice(RESOLVED, "", "", f"{notifier.name.capitalize()} takes the bot's posts again {again}",
                                hold.since)
            else:
                notice = Notice(RESOLVED, POSTS_TO, notifier.shown(hold.scope), f"go out again {again}", hold.since)
            self.store.queue_notice(self.ops_channel, notice, self.clock())
            self._told_ops = True

    def _pace(self, destination: str, notifier: Notifier) -> None:
        """Waits until `per_channel_interval` has passed since this process last posted to `destination`, when
        its notifier is paced."""
        if not notifier.paced:
            return
        wait = self._last_post.get(destination, float("-inf")) + self.per_channel_interval - time.monotonic()
        if wait > 0:
            self.stopping.wait(wait)
        self._last_post[destination] = time.monotonic()
