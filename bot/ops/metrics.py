"""Prometheus metrics: counters kept by the process that polls and posts, gauges read from the store.

Each process has its own registry (no import-time global): `python -m bot run` serves it on
$METRICS_PORT when that is set. `python -m bot web`, which does not poll, serves at /metrics what the
store says (`store_registry`: outbox by status, holds, each source's last poll, status and failures;
bot/ops/store_gauges.py), which is the same whichever process serves it, and its own webhook counts.

A command that ends before anything could read its counts (`check`, `digest`, `outbox`, ...) makes
`Metrics(kept=False)`: the same calls, which count nothing, and the process never imports prometheus_client
(tens of ms of its start; bench/startup.py).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry, Counter, Histogram

    from bot.config import Config
    from bot.ops.store_gauges import StoreCollector
    from bot.store import Store

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
NOT_KEPT = "these metrics are not kept (Metrics(kept=False)): there is nothing to serve"


class Uncounted:
    """A counter or histogram (or one of its labelled children) of `Metrics(kept=False)`: each call does nothing."""

    def labels(self, *_values: str) -> Self:
        return self

    def inc(self, amount: float = 1) -> None:
        """Counts nothing."""

    def observe(self, amount: float) -> None:
        """Records nothing."""

    def time(self) -> AbstractContextManager[None]:
        return nullcontext()


class Metrics:
    polls: Counter | Uncounted
    fetch_seconds: Histogram | Uncounted
    new_entries: Counter | Uncounted
    items_skipped: Counter | Uncounted
    posts: Counter | Uncounted
    webhooks: Counter | Uncounted

    def __init__(self, kept: bool = True) -> None:
        """`kept`: whether the counts are kept, to be served (`registry`); else nothing is counted."""
        self._registry: CollectorRegistry | None = None
        self._store_collector: StoreCollector | None = None
        if not kept:
            uncounted = Uncounted()
            self.polls = self.fetch_seconds = self.new_entries = self.items_skipped = self.posts = uncounted
            self.webhooks = uncounted
            return
        from prometheus_client import CollectorRegistry, Counter, Histogram

        self._registry = registry = CollectorRegistry()
        self.polls = Counter(
            "docketbot_polls", "Polls by source and outcome (ok, baseline, error)", ["source", "outcome"],
            registry=registry,
        )
        self.fetch_seconds = Histogram(
            "docketbot_fetch_seconds", "Time to fetch and parse one source", ["source"], registry=registry,
            buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
        )
        self.new_entries = Counter("docketbot_new_entries", "New entries found", ["source"], registry=registry)
        self.items_skipped = Counter(
            "docketbot_items_skipped", "Items a poll read and did not turn into entries, by reason",
            ["source", "reason"], registry=registry,
        )
        self.posts = Counter(
            "docketbot_posts", "Messages by channel and outcome (sent, retry, held, failed)", ["channel", "outcome"],
            registry=registry,
        )
        self.webhooks = Counter("docketbot_webhooks", "Webhook bodies by outcome", ["outcome"], registry=registry)

    @property
    def registry(self) -> CollectorRegistry:
        """This process's counts and the store's gauges; raises RuntimeError for metrics not kept."""
        if self._registry is None:
            raise RuntimeError(NOT_KEPT)
        return self._registry

    def watch_store(self, store: Store, config: Callable[[], Config]) -> None:
        """Adds the store's gauges (bot/ops/store_gauges.py), read at scrape time, to kept metrics."""
        if self._registry is None:
            return
        from bot.ops.store_gauges import StoreCollector

        self._store_collector = StoreCollector(store, config)
        self._registry.register(self._store_collector)

    def store_registry(self) -> CollectorRegistry:
        """A registry of the store's figures and the webhook counts, for a process that does not poll (web); raises
        RuntimeError for metrics not kept."""
        from prometheus_client import CollectorRegistry

        if isinstance(self.webhooks, Uncounted):
            raise RuntimeError(NOT_KEPT)
        registry = CollectorRegistry()
        if self._store_collector is not None:
            registry.register(self._store_collector)
        registry.register(self.webhooks)
        return registry

    def exposition(self) -> bytes:
        """The text format of `registry`, as /metrics serves it."""
        from prometheus_client import generate_latest

        return generate_latest(self.registry)
