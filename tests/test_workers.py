"""Three `python -m bot run` workers on one PostgreSQL store: each entry posted once, polls spread over them."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from bot.store import Store
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support.databases import postgres_schema_url
from tests.support.feeds import FIXTURES, ChangingFeed, feed_without_newest
from tests.test_end_to_end import EXPECTED_DISMISSALS, EXPECTED_MOTIONS, WITHHELD_ITEMS

pytestmark = pytest.mark.slow  # three worker processes sharing one store

ROOT = Path(__file__).resolve().parent.parent
FULL_FEED = (FIXTURES / "pacer_rss" / "sdny_1.xml").read_bytes()
SOURCES = 6
WORKERS = 3


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def test_three_workers_post_every_entry_once_and_share_the_polls(tmp_path, httpserver):
    withheld = feed_without_newest(FULL_FEED, WITHHELD_ITEMS)
    feeds = [ChangingFeed(httpserver, withheld, f"/court{i}/rss") for i in range(SOURCES)]
    sources = "".join(f"  - id: s{i}\n    kind: pacer_rss\n    url: {feed.url}\n" for i, feed in enumerate(feeds))
    subscriptions = "".join(f'  - channel: "#c{i}"\n    sources: [s{i}]\n' for i in range(SOURCES))
    config = tmp_path / "sources.yaml"
    config.write_text(
        "defaults:\n  every: 2s\n  jitter: 1s\nhttp:\n  per_host_interval: 0s\nslack:\n  post_interval: 0s\n"
        f"sources:\n{sources}subscriptions:\n{subscriptions}"
    )
    expected_per_source = len(EXPECTED_MOTIONS | EXPECTED_DISMISSALS)
    with postgres_schema_url() as database_url, FakeSlack() as slack:
        env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database_url,
               "SLACK_BOT_TOKEN": slack.token, "SLACK_API_URL": slack.base_url}
        store = Store.open(database_url)  # schema made once, before the workers race to make it
        started = time.monotonic()
        workers = [subprocess.Popen([sys.executable, "-m", "bot", "--log-level", "INFO", "run"], cwd=ROOT, env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(WORKERS)]
        try:
            wait_until(lambda: len([s for s in store.states().values() if s.baseline_at]) == SOURCES, 60, "baselines")
            for feed in feeds:
                feed.body = FULL_FEED
            wait_until(lambda: len(slack.messages) >= SOURCES * expected_per_source, 60, "the posts")
            time.sleep(5)  # a few more turns of every source: nothing more may be posted
        finally:
            for worker in workers:
                worker.send_signal(signal.SIGTERM)
            logs = [worker.communicate(timeout=60)[1] for worker in workers]
        elapsed = time.monotonic() - started
        store.close()
    assert [worker.returncode for worker in workers] == [0] * WORKERS, logs
    posted = Counter((m["channel"], m["text"]) for m in slack.messages)
    assert len(slack.messages) == SOURCES * expected_per_source
    assert set(posted.values()) == {1}
    for i in range(SOURCES):
        assert sum(1 for channel, _ in posted if channel == channel_id(f"#c{i}")) == expected_per_source
    # a poll logs what it parsed, or that the page was as any worker last saw it (validators kept in the store)
    polls_by_worker = [len(re.findall(r"source s\d+: (?:\d+ parsed|unchanged since the last poll)", log))
                       for log in logs]
    deliveries = len(slack.messages)
    print(f"\nthree workers: {deliveries} posts, each once; polls by worker {polls_by_worker} in {elapsed:.0f} s")
    assert all(count > 0 for count in polls_by_worker), polls_by_worker  # jitter spreads the turns
    # a source's turn comes every 2 s (+ up to 1 s jitter) and one worker takes it; three workers polling
    # on their own would make three times as many polls
    assert sum(polls_by_worker) <= SOURCES * (elapsed / 2 + 2), (polls_by_worker, elapsed)
