"""Prometheus metrics: counters kept by the process that polls and posts, gauges read from the store.

Each process has its own registry (no import-time global): `python -m bot web` serves it at /metrics,
and `python -m bot run` on $METRICS_PORT when that is set. The store gauges (outbox backlog, last
success per source) are the same whichever process serves them, since they are read from the database.
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
        failures = GaugeMetricFamily("docketbot_failures_in_row", "Failed polls in a row", labels=["source"])
        known = GaugeMetricFamily("docketbot_entries_known", "Entries known per source", labels=["source"])
        states = self.store.states()
        for source in self.config().sources:
            state = states.get(source.id)
            if state is None:
                continue
            if state.last_success_at:
                success.add_metric([source.id], state.last_success_at.timestamp())
            failures.add_metric([source.id], state.failures_in_row)
            known.add_metric([source.id], state.entries_known)
        yield from (success, failures, known)


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
        self.posts = Counter(
            "docketbot_posts", "Messages by channel and outcome (sent, retry, held, failed)", ["channel", "outcome"],
            registry=self.registry,
        )
        self.webhooks = Counter("docketbot_webhooks", "Webhook bodies by outcome", ["outcome"], registry=self.registry)

    def watch_store(self, store: Store, config: Callable[[], Config]) -> None:
        self.registry.register(StoreCollector(store, config))

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
