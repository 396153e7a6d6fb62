"""Wiring: builds the config, store, fetcher, poller, notifiers and deliverer from the environment."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, tzinfo

from bot.config import Config, ConfigError, SourceConfig, load_config
from bot.core.destinations import SLACK
from bot.delivery.deliver import Deliverer, DeliveryReport
from bot.delivery.free_copies import FreeCopyFinder
from bot.ops.metrics import Metrics
from bot.poll.poller import Poller, PollResult
from bot.store import DEFAULT_DATABASE_URL, Store
from notifiers.apprise import AppriseNotifier
from notifiers.base import Notifier, Notifiers
from notifiers.console import ConsoleNotifier
from notifiers.targets import APPRISE
from scrapers.http import COURTLISTENER_API, Fetcher

log = logging.getLogger(__name__)

DEFAULT_CONFIG_PATH = "config/sources.yaml"


def config_path(environ: Mapping[str, str], given: str | None = None) -> str:
    """The config file: `given` (--config), else $DOCKETBOT_CONFIG, else config/sources.yaml in the working
    directory (a checkout of the repository, or a deployment laid out like one).

    Raises ConfigError naming --config and DOCKETBOT_CONFIG when neither is given and the working
    directory has no config/sources.yaml (an installed `docketbot` run elsewhere).
    """
    path = given or environ.get("DOCKETBOT_CONFIG")
    if path:
        return path
    if os.path.isfile(DEFAULT_CONFIG_PATH):
        return DEFAULT_CONFIG_PATH
    raise ConfigError(
        f"no config file: give one with --config PATH or the DOCKETBOT_CONFIG environment variable "
        f"({DEFAULT_CONFIG_PATH}, the default, is not in {os.getcwd()}). The repository's config/sources.yaml "
        "is a complete example (README.md, Configuration); `docketbot demo` runs without a config."
    )


def notifier_from_env(environ: Mapping[str, str], tz: tzinfo = UTC) -> Notifier:
    """Slack when SLACK_BOT_TOKEN is set (at SLACK_API_URL if given), else the console; either shows times on clock
    `tz` (the config's)."""
    token = environ.get("SLACK_BOT_TOKEN")
    if not token:
        return ConsoleNotifier(tz=tz)
    from notifiers.slack.notifier import SlackNotifier, build_client  # (slack_sdk only where it posts)

    return SlackNotifier(build_client(token, environ.get("SLACK_API_URL") or None), tz)


def notifiers_for(config: Config, environ: Mapping[str, str]) -> Notifiers:
    """The notifiers delivery sends through: Slack's channels through `notifier_from_env`, the config's Apprise
    URLs (`target: "apprise:…"`) through Apprise."""
    return Notifiers(notifier_from_env(environ, config.tz), {APPRISE: AppriseNotifier(config.apprise_urls, config.tz)})


def fetcher_for(config: Config) -> Fetcher:
    http = config.http
    return Fetcher(
        connect_timeout=http.connect_timeout.total_seconds(),
        read_timeout=http.read_timeout.total_seconds(),
        total_timeout=http.total_timeout.total_seconds(),
        attempts=http.attempts,
        per_host_interval=http.per_host_interval.total_seconds(),
        courtlistener_interval=http.courtlistener_interval.total_seconds(),
    )


def file_mtime(path: str) -> float | None:
    """`path`'s modification time in seconds since the epoch; None when it cannot be read (os.stat fails)."""
    try:
        return os.stat(path).st_mtime
    except OSError:
        return None


@dataclass
class App:
    config: Config
    store: Store
    poller: Poller
    deliverer: Deliverer
    config_file: str = DEFAULT_CONFIG_PATH
    _delivery_lock: threading.Lock = field(default_factory=threading.Lock)
    _delivery_wanted: threading.Event = field(default_factory=threading.Event)  # see deliver_soon
    _fetchers: list[Fetcher] = field(default_factory=list)  # replaced by reloads; polls may still use them
    first_turns: set[str] = field(default_factory=set)  # sources whose next scheduled turn is their first (bot/worker/jobs.py)
    # the config file's modification time (seconds since the epoch) as it was just before it was read; None: unreadable
    config_mtime: float | None = None

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] = os.environ, config_file: str | None = None, keep_metrics: bool = True
    ) -> App:
        """Raises ConfigError or StoreError with a message fit for the user. `keep_metrics`: whether the process
        serves metrics (the worker, `web`); a command that ends first starts without prometheus_client
        (bot/ops/metrics.py)."""
        path = config_path(environ, config_file)
        mtime = file_mtime(path)  # before reading: an edit while the app starts is seen by the worker's reloader
        config = load_config(path)  # sets the log's clock to the config's timezone
        store = Store.open(environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL, config.odyssey_clocks())
        if not config.subscriptions and not store.subscriptions():
            log.warning("%s has no subscriptions, and no channel follows a source with /docket follow: nothing "
                        "will be posted (add subscriptions: with a channel; README.md, Configuration)", path)
        metrics = Metrics(kept=keep_metrics)
        poller = Poller(config, store, fetcher_for(config), environ=environ, metrics=metrics)
        deliverer = Deliverer(
            store,
            notifiers_for(config, environ),
            per_channel_interval=config.slack.post_interval.total_seconds(),
            metrics=metrics,
            ops_channel=config.slack.ops_channel,
        )
        deliverer.tz = config.tz
        # What it queues to Slack's channels is for that notifier only; without a token, on a store that posts to
        # Slack, for Slack: the worker with the token posts it (bot/store/outbox.py)
        store.slack_notifier = deliverer.notifier.name
        if store.slack_notifier != SLACK and store.posts_to_slack():
            store.slack_notifier = SLACK
        deliverer.free_copies = FreeCopyFinder(
            store, deliverer.notifiers, environ, api=environ.get("COURTLISTENER_API_URL") or COURTLISTENER_API,
            courtlistener_interval=config.http.courtlistener_interval.total_seconds(),
        )
        app = cls(config, store, poller, deliverer, path, config_mtime=mtime)
        metrics.watch_store(store, lambda: app.config)
        return app

    @property
    def metrics(self) -> Metrics:
        return self.poller.metrics

    def use_config(self, config: Config) -> None:
        """Switches every part to a new config (hot reload); polls under way finish with the old one.

        A new fetcher is made only when the http settings changed, and it keeps what the old one knew of
        each page (its validators), so that unchanged pages are still not fetched and parsed again.
        """
        old = self.config
        self.config = config
        self.poller.config = config
        self.poller.health.config = config
        if config.http != old.http:
            fetcher = fetcher_for(config)
            fetcher.adopt_validators(self.poller.fetcher)
            self._fetchers.append(self.poller.fetcher)
            self.poller.fetcher = fetcher
        self.deliverer.per_channel_interval = config.slack.post_interval.total_seconds()
        apprise = self.deliverer.notifiers.by_name.get(APPRISE)
        if isinstance(apprise, AppriseNotifier):
            apprise.urls = config.apprise_urls
        self.deliverer.ops_channel = config.slack.ops_channel
        self.deliverer.tz = config.tz

    def poll(self, source: SourceConfig, dry_run: bool = False) -> PollResult:
        return self.poller.poll(source, dry_run=dry_run)

    def deliver(self) -> DeliveryReport:
        """Drains the outbox; one delivery run at a time in this process, so no row is sent twice."""
        with self._delivery_lock:
            return self.deliverer.deliver_due()

    def deliver_soon(self) -> None:
        """Drains the outbox in this thread, unless another thread is delivering: then that one runs once more
        when it is done, and this returns at once. The worker's jobs call this, so that a poll job never waits
        out another job's delivery (posts paced by `slack.post_interval`) while its sources' turns come due."""
        self._delivery_wanted.set()
        while self._delivery_lock.acquire(blocking=False):
            try:
                self._delivery_wanted.clear()  # what is asked from now on is asked of the next run
                self.deliverer.deliver_due()
            finally:
                self._delivery_lock.release()
            if not self._delivery_wanted.is_set():
                return

    def stop(self) -> None:
        """Abandons every fetch under way (their polls record nothing; a post's follow-up notes it) and stops
        delivery between two posts."""
        free_copies = self.deliverer.free_copies
        for fetcher in [*self._fetchers, self.poller.fetcher, *([free_copies.fetcher] if free_copies else [])]:
            fetcher.abandon()
        self.deliverer.stopping.set()

    def release_claims(self) -> int:
        """Writes the records of quiet polls that wait for a write (Poller.batch), then frees the poll leases and
        outbox claims this process holds; returns how many it freed."""
        self.poller.flush()
        mine = {self.poller.holder, self.deliverer.holder}
        return self.store.release_dead_claims(lambda holder: holder not in mine)

    def close(self) -> None:
        self.store.close()
