"""Alert latency: from the start of the poll that sees a new entry to its chat.postMessage reaching Slack.

What: p50, p90, p99 and max over --entries new entries (default 1,000) of
      (time the fake Slack received the entry's chat.postMessage) - (time the poll that found it started).
How: the real wiring from bot.app.App: a config file with one pacer_rss source, a temp SQLite store, the
real Poller, Deliverer and SlackNotifier (slack_sdk WebClient with the bot's timeout and retry handlers)
pointed by SLACK_API_URL at tests/fakes/slack_api.py's FakeSlack on 127.0.0.1, whose chat.postMessage
records time.perf_counter() on arrival (same process, same clock). The feed is served by
bench/feedserver.py in its own process: the first poll takes the real feed as the baseline; then each
poll finds --per-poll new items prepended (default 10; 1,000 entries = 100 polls). Each turn does what
the worker's scheduled job does (bot/worker/main.py poll_and_deliver): poll, then deliver when something was
queued; the next turn starts once Slack has every post of this one. The feed is SDNY's real feed by
default (358 items, 170 kB), so each poll parses a big page before it can post anything.
Target: p99 < 1 s.

    .venv/bin/python bench/latency.py [--entries 1000] [--per-poll 10] [--post-interval 0]
                                      [--feed tests/fixtures/pacer_rss/sdny_1.xml]

Every new entry is in a case of its own (bench/feedserver.py), so each gets its own post (bot/pipeline/route.py
folds more than 5 new entries of one case into one post). The bot spaces its posts to one channel by
`slack.post_interval` (shipped: 1 s, as Slack allows about one message per second per channel): the
k-th post of a burst then waits (k-1) x interval whatever else the bot does. The default here is 0, to
measure the bot's own part; --post-interval 1 measures the shipped setting (then the runner also
waits that long between turns, as real turns are minutes apart; use fewer --entries, it is slow).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.feedserver import FeedServer
from bot.app import App
from bot.core.events import EVENT_TYPES
from tests.fakes.slack_api import FakeSlack

DEFAULT_FEED = ROOT / "tests" / "fixtures" / "pacer_rss" / "sdny_1.xml"
TARGET_P99_SECONDS = 1.0

CONFIG = """\
http:
  per_host_interval: 0s
  attempts: 1
slack:
  post_interval: {post_interval}s
sources:
  - id: bench
    kind: pacer_rss
    url: {url}
subscriptions:
  - channel: "#bench"
    sources: ["*"]
    events: [{events}]
"""


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest value with at least `fraction` of the values at or below it."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * fraction // 1))  # ceil(n * fraction)
    return ordered[int(rank) - 1]


def record_arrivals(slack: FakeSlack) -> list[float]:
    """Makes the fake's chat.postMessage note the time of each call, in arrival order."""
    arrivals: list[float] = []
    post_message = slack.methods["chat.postMessage"]

    def timed(params: dict) -> dict:
        arrivals.append(time.perf_counter())
        return post_message(params)

    slack.methods["chat.postMessage"] = timed
    return arrivals


def measure(
    feed: Path, entries: int, per_poll: int, post_interval: float
) -> tuple[list[float], list[float], list[float]]:
    """(latency of every entry, duration of every poll, poll-start -> first post of every poll), in seconds."""
    latencies, poll_times, first_posts = [], [], []
    with FakeSlack() as slack, FeedServer(feed, per_poll) as server, tempfile.TemporaryDirectory() as tmp:
        arrivals = record_arrivals(slack)
        config = Path(tmp) / "sources.yaml"
        config.write_text(
            CONFIG.format(url=server.url(0), events=", ".join(EVENT_TYPES), post_interval=post_interval)
        )
        environ = {
            "DATABASE_URL": f"sqlite:///{Path(tmp) / 'bench.db'}",
            "SLACK_BOT_TOKEN": slack.token,
            "SLACK_API_URL": slack.base_url,
        }
        app = App.from_env(environ, str(config))
        try:
            source = app.config.sources[0]
            server.set_mode(changed=False)
            baseline = app.poll(source)
            if not baseline.ok or not baseline.baseline:
                raise SystemExit(f"the baseline poll failed: {baseline.error}")
            server.set_mode(changed=True)
            while len(latencies) < entries:
                time.sleep(post_interval)  # turns are minutes apart in real life: no pacing left from the last
                before = len(arrivals)
                start = time.perf_counter()
                result = app.poll(source)  # bot/worker/main.py poll_and_deliver: poll, then deliver what it queued
                poll_times.append(time.perf_counter() - start)
                if result.queued:
                    report = app.deliver()
                    if report.failed or report.retrying:
                        raise SystemExit(f"delivery failed: {report}")
                new_keys = {entry.key for entry in result.new}
                posted_new = [item.post.entry.key in new_keys for item in result.queued]
                if len(new_keys) != per_poll or sum(posted_new) != per_poll:
                    raise SystemExit(f"expected {per_poll} new entries posted, got {len(new_keys)} new, {sum(posted_new)} posted")
                # One channel: the outbox sends in the order the poll queued, so post i is result.queued[i].
                # Corrections queued with them (an item merged with one that dropped off the feed) are skipped.
                slack.wait_for_messages(before + len(result.queued), timeout=30)
                mine = arrivals[before : before + len(result.queued)]
                latencies += [arrival - start for arrival, new in zip(mine, posted_new) if new]
                first_posts.append(mine[0] - start)
        finally:
            app.close()
    return latencies[:entries], poll_times, first_posts


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description="poll start -> Slack postMessage latency, p50/p99")
    parser.add_argument("--entries", type=int, default=1000, help="new entries to measure (default 1000)")
    parser.add_argument("--per-poll", type=int, default=10, help="new entries each poll finds (default 10)")
    parser.add_argument("--feed", type=Path, default=DEFAULT_FEED, help="the feed (default sdny_1.xml)")
    parser.add_argument(
        "--post-interval", type=float, default=0.0,
        help="slack.post_interval in seconds, the bot's spacing of posts to one channel (default 0; shipped 1)",
    )
    args = parser.parse_args()
    feed = args.feed.resolve()
    polls = -(-args.entries // args.per_poll)
    print(
        f"{args.entries} new entries, {args.per_poll} per poll ({polls} polls) in {feed.name} "
        f"({feed.stat().st_size} bytes, {feed.read_bytes().count(b'<item>')} items); real Poller, Deliverer, "
        f"SlackNotifier -> FakeSlack on 127.0.0.1; slack.post_interval {args.post_interval:g} s; {os.cpu_count()} CPUs, "
        f"load average before: {os.getloadavg()[0]:.2f}\n"
    )
    latencies, poll_times, first_posts = measure(feed, args.entries, args.per_poll, args.post_interval)
    header = f"{'measure':<38} {'n':>5} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}"
    print(header)
    print("-" * len(header))
    for name, values in (
        ("poll start -> postMessage, per entry", latencies),
        ("poll start -> first post of the poll", first_posts),
        ("poll alone (fetch, parse, diff, store)", poll_times),
    ):
        print(
            f"{name:<38} {len(values):>5} {ms(statistics.median(values)):>8} {ms(percentile(values, 0.9)):>8} "
            f"{ms(percentile(values, 0.99)):>8} {ms(max(values)):>8}"
        )
    p99 = percentile(latencies, 0.99)
    verdict = "MET" if p99 < TARGET_P99_SECONDS else "NOT MET"
    print(
        f"\nTarget: p99 < {TARGET_P99_SECONDS * 1000:.0f} ms from poll start to postMessage. "
        f"Measured: p50 {ms(statistics.median(latencies))} ms, p99 {ms(p99)} ms -> {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
