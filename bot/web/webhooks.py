"""CourtListener docket-alert webhooks: accepted at once into the store's inbox, processed right after.

CourtListener wants a 2xx within a second and retries otherwise, so the receiver only checks the
secret and the body, keeps it (a repeated Idempotency-Key is ignored) and answers; processing reads
the dockets' case fields from the API and feeds the entries into the same diff/outbox path as a poll.
A body whose processing failed stays in the inbox and is tried again on the next delivery. An entry pushed without
a readable date is kept and reported as a poll reports one: in the log, and in the source's state, which `sources`
and the status page show (`nvlsp: last webhook kept 1 entry without a readable date: ...`).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
from collections.abc import Mapping

from bot.app import App
from bot.core.clock import utc_now
from scrapers.base import ParseError
from scrapers.courtlistener import CourtListener, CourtListenerSettings, entries_from_webhook

log = logging.getLogger(__name__)

SECRET_VARIABLE = "COURTLISTENER_WEBHOOK_SECRET"


class WebhookInbox:
    def __init__(self, app: App, environ: Mapping[str, str]) -> None:
        self.app = app
        self.environ = environ
        self._lock = threading.Lock()

    def secret_matches(self, given: str) -> bool:
        secret = self.environ.get(SECRET_VARIABLE, "")
        return bool(secret) and hmac.compare_digest(given.encode(), secret.encode())

    def accept(self, body: bytes, idempotency_key: str | None) -> bool:
        """Checks and keeps a body. Raises ParseError for a body that is no docket alert; False for a repeat."""
        try:
            entries_from_webhook(body)
        except ParseError:
            self.app.metrics.webhooks.labels("refused").inc()
            raise
        key = idempotency_key or "sha256:" + hashlib.sha256(body).hexdigest()
        accepted = self.app.store.accept_webhook(key, body, utc_now())
        self.app.metrics.webhooks.labels("accepted" if accepted else "duplicate").inc()
        return accepted

    def process_pending(self) -> int:
        """Feeds every unprocessed body into the pipeline, then delivers. Returns how many were processed."""
        done = 0
        with self._lock:
            for key, body in self.app.store.unprocessed_webhooks():
                try:
                    self._process(body)
                except Exception:  # kept in the inbox, tried again with the next delivery
                    log.exception("webhook %s: processing failed; it stays in the inbox", key)
                    continue
                self.app.store.mark_webhook_processed(key, utc_now())
                done += 1
        if done:
            self.app.deliver()
        return done

    def _process(self, body: bytes) -> None:
        try:
            pushed = entries_from_webhook(body)
        except ParseError:
            log.warning("webhook body no longer parses; dropped")
            return
        for source in self.app.config.sources:
            if isinstance(source, CourtListenerSettings):
                mine = CourtListener(source, self.environ).webhook_entries(pushed, self.app.poller.fetcher)
                if not mine.entries:  # the webhook is of other dockets: nothing to say of this source
                    continue
                result = self.app.poller.ingest(source, mine)
                log.info("webhook: source %s: %d new, %d queued%s", source.id, len(result.new), len(result.queued),
                         f", {len(result.undated)} undated" if result.undated else "")
