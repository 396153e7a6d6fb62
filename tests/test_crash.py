"""Crash suite: a worker killed with SIGKILL at random moments, 20 times, while new filings keep coming.

At the end every filing is posted (none lost) and duplicates are at most one per crash (a post Slack
took just before the kill, which the dead worker could not mark as sent). Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from werkzeug import Request, Response

from bot.store import Store
from tests.fakes.slack_api import FakeSlack

pytestmark = pytest.mark.slow  # kills worker processes, 20 times

ROOT = Path(__file__).resolve().parent.parent
CRASHES = 20
BASELINE_ITEMS = 5


class GrowingFeed:
    """A PACER RSS feed that gains one motion every `every` seconds while `growing` (newest first)."""

    def __init__(self, every: float) -> None:
        self.count = BASELINE_ITEMS
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._grow, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.count

    def _grow(self) -> None:
        while not self._stop.wait(self.every):
            self.count += 1

    def respond(self, _request: Request) -> Response:
        items = "".join(_item(i) for i in reversed(range(self.count)))
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test District - Recent Entries</title>' \
               f"<link>https://ecf.nmd.uscourts.gov</link>{items}</channel></rss>"
        return Response(body, content_type="application/rss+xml")


def _item(i: int) -> str:
    case_id = 500000 + i
    doc = f"https://ecf.nmd.uscourts.gov/doc1/12511{i:07d}?caseid={case_id}&amp;de_seq_num=7"
    return (
        f"<item><title>1:23-cv-{i:05d} Party {i} v. Other</title>"
        f"<link>https://ecf.nmd.uscourts.gov/cgi-bin/DktRpt.pl?{case_id}</link>"
        f"<description>[Motion to Dismiss] (&lt;a href=\"{doc}\"&gt;3&lt;/a&gt;)</description>"
        f"<guid>https://ecf.nmd.uscourts.gov/cgi-bin/DktRpt.pl?{case_id}&amp;7</guid>"
        f"<pubDate>Mon, 24 Apr 2023 {10 + i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d} GMT</pubDate></item>"
    )


def start_worker(env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def posted_cases(slack: FakeSlack) -> Counter:
    return Counter(re.search(r"1:23-cv-(\d{5})", m["text"]).group(1) for m in slack.messages)


def test_killed_worker_loses_nothing_and_duplicates_at_most_once_per_crash(tmp_path, database_url, httpserver):
    feed = GrowingFeed(every=0.15)
    httpserver.expect_request("/rss").respond_with_handler(feed.respond)
    config = tmp_path / "sources.yaml"
    config.write_text(
        f"http:\n  per_host_interval: 0s\n  attempts: 1\nslack:\n  post_interval: 0s\n"
        f"sources:\n  - id: nmd\n    kind: pacer_rss\n    url: {httpserver.url_for('/rss')}\n    every: 0.3s\n"
        'subscriptions:\n  - channel: "#all"\n    events: [motion]\n'
    )
    rng = random.Random(20260424)
    with FakeSlack() as slack:
        slack.latency = 0.03
        env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database_url,
               "SLACK_BOT_TOKEN": slack.token, "SLACK_API_URL": slack.base_url}
        store = Store.open(database_url)
        worker = start_worker(env)
        deadline = time.monotonic() + 90  # a loaded CI machine starts a worker slowly
        while (state := store.state("nmd")) is None or state.baseline_at is None:
            assert time.monotonic() < deadline, "no baseline"
            time.sleep(0.05)
        feed.start()
        kills_during_delivery = 0
        for _ in range(CRASHES):
            time.sleep(rng.uniform(0.4, 1.2))
            sending = store.outbox_counts().get("sending", 0)
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=10)
            kills_during_delivery += bool(sending)
            worker = start_worker(env)
        last = feed.stop()
        expected = {f"{i:05d}" for i in range(BASELINE_ITEMS, last)}
        deadline = time.monotonic() + 60
        while set(posted_cases(slack)) != expected and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1)  # a last turn: nothing more may arrive
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=30) == 0
        store.close()
    counts = posted_cases(slack)
    duplicates = sum(count - 1 for count in counts.values())
    print(f"\ncrash suite: {CRASHES} kills ({kills_during_delivery} during delivery), {len(expected)} filings, "
          f"{len(counts)} posted, {duplicates} duplicate post(s)")
    assert set(counts) == expected, f"lost: {sorted(expected - set(counts))[:10]}"
    assert duplicates <= CRASHES
