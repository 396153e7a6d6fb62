"""Makes docs/status-page.png: the status page after real checks of the demo's local feeds.

Run from the repository root: `.venv/bin/python docs/status_screenshot.py docs/status-page.png`. Two checks
(a baseline, then the held-back filings) post to the fake Slack of tests/fakes, where #dismissals has not
invited the bot (a hold); two more sources answer 404 (one failing, one in error); a worker runs while
`python -m bot web` serves the page, which headless Chromium (tests/support/browser.py) photographs.
Everything is local: nothing leaves the machine.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.cli import main as cli  # noqa: E402
from bot.demo import DATA, FEEDS, without_newest  # noqa: E402
from bot.demo import serving as serving_feeds  # noqa: E402
from tests.fakes.slack_api import FakeSlack  # noqa: E402
from tests.support.browser import chromium  # noqa: E402
from tests.test_web import get_when_up  # noqa: E402

TOKEN = "demo-token"


def config(base: str) -> dict:
    return {
        "timezone": "America/New_York",
        "http": {"per_host_interval": "0s", "attempts": 1},
        "slack": {"post_interval": "0s"},
        "sources": [{"id": feed.source_id, "kind": "pacer_rss", "url": base + feed.path, "every": "10m"}
                    for feed in FEEDS]
        + [{"id": "cand", "kind": "pacer_rss", "url": base + "/cand/cgi-bin/rss_outside.pl"},
           {"id": "txsd", "kind": "pacer_rss", "url": base + "/txsd/cgi-bin/rss_outside.pl", "every": "1h"}],
        "subscriptions": [{"channel": "#motions", "events": ["motion"]},
                          {"channel": "#dismissals", "events": ["dismissal"]}],
    }


def main(out: str) -> None:
    full = {feed: (DATA / feed.file).read_bytes() for feed in FEEDS}
    pages = {feed.path: without_newest(raw, feed.withheld) for feed, raw in full.items()}
    with tempfile.TemporaryDirectory() as work, serving_feeds(pages) as base, \
            FakeSlack(uninvited=["#dismissals"]) as slack:
        (Path(work) / "sources.yaml").write_text(yaml.safe_dump(config(base)))
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{work}/docketbot.db",
               "DOCKETBOT_CONFIG": f"{work}/sources.yaml", "SLACK_BOT_TOKEN": slack.token,
               "SLACK_API_URL": slack.base_url}
        os.environ.update(env)
        cli(["check", "sdny", "nmd", "cand"])  # the baseline
        pages.update({feed.path: raw for feed, raw in full.items()})  # the held-back filings arrive
        cli(["check", "sdny", "nmd", "cand"])
        cli(["check", "cand"])
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        worker = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        web = subprocess.Popen([sys.executable, "-m", "bot", "web"],
                               env={**env, "PORT": str(port), "STATUS_TOKEN": TOKEN,
                                    "SLACK_WORKSPACE_URL": "https://newsroom.slack.com"},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            get_when_up(f"http://127.0.0.1:{port}/healthz")
            time.sleep(8)  # the worker's first beat and polls
            with chromium(1280, 1400) as browser:
                browser.get(f"http://127.0.0.1:{port}/?token={TOKEN}")
                browser.save_screenshot(out)
        finally:
            for process in (web, worker):
                process.terminate()
                process.wait(timeout=20)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/status-page.png")
