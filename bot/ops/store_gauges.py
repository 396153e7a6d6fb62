"""The gauges Prometheus reads from the store at scrape time: outbox by status, held messages, and each source's
last poll, status, failures and entries (`StoreCollector`, registered by bot/ops/metrics.py `Metrics.watch_store`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from bot.config import Config
from bot.store import Store
from bot.store.pauses import pause_of


class StoreCollector(Collector):
    """Gauges computed from the store at scrape time."""

    def __init__(self, store: Store, config: Callable[[], Config]) -> None:
        self.store = store
        self.config = config  # a getter: the config may be reloaded

    def collect(self) -> Iterator[GaugeMetricFamily]:
        backlog = GaugeMetricFamily("docketbot_outbox_messages", "Outbox messages by status", labels=["status"])
        for status, count in sorted(self.store.outbox_counts().items()):
            backlog.add_metric([status], count)
        yield backlog
        held = GaugeMetricFamily(
            "docketbot_delivery_held_messages",
            "Messages held for a reason a person can fix, by channel (* for every channel) and Slack's error",
            labels=["channel", "reason"],
        )
        counts = self.store.held_counts()
        for hold in self.store.holds():
            held.add_metric([hold.scope or "*", hold.reason], counts.get(hold.scope, 0))
        yield held
        success = GaugeMetricFamily(
            "docketbot_last_success_timestamp_seconds", "Time of each source's last successful poll", labels=["source"]
        )
        polled = GaugeMetricFamily(
            "docketbot_last_poll_timestamp_seconds", "Time of each source's last poll, by its outcome",
            labels=["source", "status"],
        )
        failures = GaugeMetricFamily("docketbot_failures_in_row", "Failed polls in a row", labels=["source"])
        known = GaugeMetricFamily("docketbot_entries_known", "Entries known per source", labels=["source"])
        states, pauses = self.store.states(), self.store.pauses()
        for source in self.config().sources:
            state = states.get(source.id)
            if state is None:
                continue
            if state.last_success_at:
                success.add_metric([source.id], state.last_success_at.timestamp())
            if state.last_poll_at:  # a resumed source is "resumed", as the status page says, not "paused"
                status = state.outcome(paused=pause_of(source, pauses) is not None)
                polled.add_metric([source.id, status], state.last_poll_at.timestamp())
            failures.add_metric([source.id], state.failures_in_row)
            known.add_metric([source.id], state.entries_known)
        yield from (success, polled, failures, known)
