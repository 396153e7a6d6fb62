"""Prometheus metrics: counters kept by the process that polls and posts, gauges read from the store.

Each process has its own registry (no import-time global): `python -m bot run` serves it on
$METRICS_PORT when that is set. `python -m bot web`, which does not poll, serves at /metrics what the
store says (`store_registry`: outbox by status, holds, each source's last poll, status and failures),
which is the same whichever process serves it, and its own webhook counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from bot.config import Config
from bot.store import Store

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


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
        states = self.store.states()
        for source in self.config().sources:
            state = states.get(source.id)
            if state is None:
                continue
            if state.last_success_at:
                success.add_metric([source.id], state.last_success_at.timestamp())
            if state.last_poll_at:
                polled.add_metric([source.id, state.last_status], state.last_poll_at.timestamp())
            failures.add_metric([source.id], state.failures_in_row)
            known.add_metric([source.id], state.entries_known)
        yield from (success, polled, failures, known)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.polls = Counter(
            "docketbot_polls", "Polls by source and outcome (ok, baseline, error)", ["source", "outcome"],
            registry=self.registry,
        )
        self.fetch_seconds = Histogram(
            "docketbot_fetch_seconds", "Time to fetch and parse one source", ["source"], registry=self.registry,
            buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
        )
        self.new_entries = Counter("docketbot_new_entries", "New entries found", ["source"], registry=self.registry)
        self.items_skipped = Counter(
            "docketbot_items_skipped", "Items a poll read and did not turn into entries, by reason",
            ["source", "reason"], registry=self.registry,
        )
        self.posts = Counter(
            "docketbot_posts", "Messages by channel and outcome (sent, retry, held, failed)", ["channel", "outcome"],
            registry=self.registry,
        )
        self.webhooks = Counter("docketbot_webhooks", "Webhook bodies by outcome", ["outcome"], registry=self.registry)

    def watch_store(self, store: Store, config: Callable[[], Config]) -> None:
        self._store_collector = StoreCollector(store, config)
        self.registry.register(self._store_collector)

    def store_registry(self) -> CollectorRegistry:
        """A registry of the store's figures and the webhook counts, for a process that does not poll (web)."""
        registry = CollectorRegistry()
        if getattr(self, "_store_collector", None) is not None:
            registry.register(self._store_collector)
        registry.register(self.webhooks)
        return registry

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
