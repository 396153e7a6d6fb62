"""`python -m bot demo`: the bot against bundled real court pages served locally, offline, nothing to configure.

Serves two PACER RSS feeds on a free port of 127.0.0.1: SDNY's real feed (a copy of
tests/fixtures/pacer_rss/sdny_1.xml) and a small feed written in the same format about the Rust
shooting case, both as they looked before their newest items. The first poll records the baseline;
a few seconds later the held-back items are "filed", the second poll finds them, and the posts the
bot would make are printed by the console notifier, one channel after the other. The store lives in
memory and the server stops on the way out, also on Ctrl-C: nothing is left behind.
"""

from __future__ import annotations

import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path
from typing import TextIO

import requests

from bot.app import App
from bot.config import Config
from bot.core.notice import Notice
from bot.core.post import MessageRef, Post
from bot.delivery.deliver import Deliverer
from bot.exit_codes import EXIT_FAILED, EXIT_OK
from bot.poll.lines import describe_result
from bot.poll.poller import Poller, PollResult
from bot.store import Store
from notifiers.base import Notifier
from notifiers.console import ConsoleNotifier
from scrapers.http import Fetcher

DATA = Path(__file__).resolve().parent / "demo_data"
EXIT_INTERRUPTED = 130  # what a shell reports for a command stopped by Ctrl-C
_ITEM = re.compile(rb"<item>.*?</item>\s*", re.DOTALL)


@dataclass(frozen=True)
class DemoFeed:
    source_id: str
    file: str  # in bot/demo_data
    withheld: int  # newest items held back until the new filings arrive
    about: str

    @property
    def path(self) -> str:
        return f"/{self.source_id}/cgi-bin/rss_outside.pl"


FEEDS = (
    DemoFeed("sdny", "sdny.xml", 75, "SDNY's real PACER RSS feed of 17 April 2018"),
    DemoFeed("nmd", "nmd.xml", 1, "a feed written in the same format for the Rust shooting case (that case was in New Mexico's state court: "
                                   "its federal number and links here are made up)"),
)
SUBSCRIPTIONS = ({"channel": "#motions", "events": ["motion"]}, {"channel": "#dismissals", "events": ["dismissal"]})


def without_newest(raw: bytes, count: int) -> bytes:
    """The feed as it looked before its newest `count` items were filed (feeds list newest first)."""
    items = list(_ITEM.finditer(raw))
    kept = b"".join(item.group() for item in items[count:])
    return raw[: items[0].start()] + kept + raw[items[-1].end() :]


def demo_config(base_url: str) -> Config:
    return Config.model_validate(
        {
            "http": {"per_host_interval": "0s", "attempts": 1},
            "slack": {"post_interval": "0s"},
            "sources": [{"id": feed.source_id, "kind": "pacer_rss", "url": base_url + feed.path} for feed in FEEDS],
            "subscriptions": list(SUBSCRIPTIONS),
        }
    )


class _PageServer(ThreadingHTTPServer):
    daemon_threads = True
    host = "127.0.0.1"

    def __init__(self, pages: dict[str, bytes]) -> None:
        super().__init__((self.host, 0), _PageHandler)
        self.pages = pages


class _PageHandler(BaseHTTPRequestHandler):
    server: _PageServer

    def do_GET(self) -> None:
        body = self.server.pages.get(self.path)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=ISO-8859-1")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """No access log: the demo narrates what happens."""


@contextmanager
def serving(pages: dict[str, bytes]) -> Iterator[str]:
    """Serves `pages` (path -> body) from a background thread and yields the base URL; a change to
    `pages` shows in the next response. The server is stopped and its port closed on the way out."""
    server = _PageServer(pages)
    thread = threading.Thread(target=server.serve_forever, name="demo-server", daemon=True)
    thread.start()
    try:
        yield f"http://{server.host}:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class ChannelGroups(Notifier):
    """The console notifier's rendering, kept per channel so that each channel's posts show together."""

    def __init__(self) -> None:
        self.consoles: dict[str, ConsoleNotifier] = {}
        self.posts: Counter[str] = Counter()

    def send(self, post: Post, thread: MessageRef | None = None) -> MessageRef:
        self.posts[post.channel] += 1
        return self._console(post.channel).send(post, thread)

    def send_notice(self, destination: str, notice: Notice) -> MessageRef:
        return self._console(destination).send_notice(destination, notice)

    def printed(self, channel: str) -> str:
        console = self.consoles.get(channel)
        return console.stream.getvalue() if console and isinstance(console.stream, StringIO) else ""

    def _console(self, channel: str) -> ConsoleNotifier:
        return self.consoles.setdefault(channel, ConsoleNotifier(StringIO()))


def local_fetcher(config: Config) -> Fetcher:
    session = requests.Session()
    session.trust_env = False  # no proxy from the environment: the demo only talks to 127.0.0.1
    return Fetcher(
        session, attempts=config.http.attempts, per_host_interval=config.http.per_host_interval.total_seconds()
    )


def run_demo(delay: float = 3.0, out: TextIO | None = None) -> int:
    """Runs the demo, narrating on `out` (stdout when None), waiting `delay` seconds between the polls.

    0 when every poll and post went through, 1 otherwise, 130 when interrupted (Ctrl-C).
    """
    say = partial(print, file=out or sys.stdout, flush=True)
    try:
        return _demo(delay, say)
    except KeyboardInterrupt:
        say("\nInterrupted: the local server is stopped and nothing is left behind.")
        return EXIT_INTERRUPTED


def _demo(delay: float, say: Callable[..., None]) -> int:
    full = {feed: (DATA / feed.file).read_bytes() for feed in FEEDS}
    pages = {feed.path: without_newest(raw, feed.withheld) for feed, raw in full.items()}
    with serving(pages) as base_url:
        config = demo_config(base_url)
        store = Store.open("sqlite://")  # in memory: nothing written to disk
        notifier = ChannelGroups()
        deliverer = Deliverer(store, notifier, per_channel_interval=config.slack.post_interval.total_seconds())
        app = App(config, store, Poller(config, store, local_fetcher(config)), deliverer)
        try:
            _introduce(base_url, say)
            say("First poll: whatever is there already is the baseline.")
            first = _poll_all(app, say)
            say(f"Waiting {delay:g} s for the courts to file something...")
            time.sleep(delay)
            pages.update({feed.path: raw for feed, raw in full.items()})
            filed = ", ".join(f"{feed.withheld} in {feed.source_id}" for feed in FEEDS)
            say(f"New filings arrive ({filed}): the held-back items are back in the feeds.")
            say("Second poll: only what is new is classified and routed to the subscribed channels.")
            second = _poll_all(app, say)
            report = app.deliver()
            _show_posts(config, notifier, say)
            new = sum(len(result.new) for result in second)
            per_channel = ", ".join(f"{count} to {channel}" for channel, count in notifier.posts.items())
            say(f"Done: {len(FEEDS)} sources polled twice, {new} new entries, {report.sent} posts ({per_channel}).")
        finally:
            app.close()
    queued = sum(len(result.queued) for result in second)
    all_ok = all(result.ok for result in first + second)
    return EXIT_OK if all_ok and report.sent == queued else EXIT_FAILED


def _introduce(base_url: str, say: Callable[..., None]) -> None:
    say("docketbot demo: the bot on real court pages served from this machine; no network, no Slack, no config.")
    say(f"Serving at {base_url}, each feed as it looked before its newest items were filed:")
    width = max(len(feed.path) for feed in FEEDS)
    for feed in FEEDS:
        say(f"  {feed.source_id:<5} {feed.path:<{width}}  {feed.about} (newest {feed.withheld} held back)")
    wants = ", ".join(f"{s['channel']} gets {' and '.join(s['events'])}s" for s in SUBSCRIPTIONS)
    say(f"Subscriptions: {wants}, from every source.")


def _poll_all(app: App, say: Callable[..., None]) -> list[PollResult]:
    results = [app.poll(source) for source in app.config.sources]
    for result in results:
        say(f"  {result.source_id:<5} {describe_result(result, False, app.config.tz)}")
    return results


def _show_posts(config: Config, notifier: ChannelGroups, say: Callable[..., None]) -> None:
    say("The posts, as the console notifier prints them (with SLACK_BOT_TOKEN set they go to Slack):\n")
    for channel in dict.fromkeys(s.channel for s in config.subscriptions):
        say(f"==== {channel}: {notifier.posts[channel]} posts ====")
        say(notifier.printed(channel), end="")
