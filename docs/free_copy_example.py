"""Makes docs/preview.png and docs/recap-post.json: a post with its free copy from RECAP and its first-page preview.

Run from the repository root: `.venv/bin/python docs/free_copy_example.py`. A real `python -m bot check` reads
the nysb feed of the test fixtures (tests/fixtures/pacer_rss/nysb.xml, served locally), posts its order
dismissing Bellweather Textiles' case to the fake Slack of tests/fakes, asks the fake CourtListener whether RECAP
holds the order (it holds tests/fixtures/free_copies/order.pdf for it), and follows the post with the free copy's
link and the first page. recap-post.json is that message as Slack holds it then (after chat.update), with the
file shared in its thread (the fake's address of the free copy written as CourtListener's storage, where RECAP's
copies are); preview.png is the picture uploaded. Everything is local: nothing leaves the machine.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.cli import main as cli  # noqa: E402
from tests.fakes.courtlistener import FakeCourtListener  # noqa: E402
from tests.fakes.slack_api import FakeSlack  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
STORAGE = "https://storage.courtlistener.com/"


class QuietFiles(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    feeds = ThreadingHTTPServer(("127.0.0.1", 0),
                                functools.partial(QuietFiles, directory=str(FIXTURES / "pacer_rss")))
    threading.Thread(target=feeds.serve_forever, daemon=True).start()
    order = (FIXTURES / "free_copies" / "order.pdf").read_bytes()
    with tempfile.TemporaryDirectory() as work, FakeSlack() as slack, FakeCourtListener("cl-token") as courtlistener:
        courtlistener.hold("nysb", "126024001111", order, name="gov.uscourts.nysb.330125.140.0")
        config = {
            "http": {"per_host_interval": "0s", "attempts": 1},
            "slack": {"post_interval": "0s"},
            "sources": [{"id": "nysb", "kind": "pacer_rss", "url": f"http://127.0.0.1:{feeds.server_port}/nysb.xml",
                         "cases": ["24-10992"], "backfill": 1}],
            "subscriptions": [{"channel": "#bankruptcy", "events": ["dismissal"]}],
        }
        path = Path(work) / "sources.yaml"
        path.write_text(yaml.safe_dump(config))
        os.environ.update({"DATABASE_URL": f"sqlite:///{work}/docketbot.db", "DOCKETBOT_CONFIG": str(path),
                           "SLACK_BOT_TOKEN": slack.token, "SLACK_API_URL": slack.base_url,
                           "COURTLISTENER_TOKEN": "cl-token", "COURTLISTENER_API_URL": courtlistener.api})
        cli(["check"])
        [message] = slack.messages
        [picture] = slack.files
        shown = {key: message[key] for key in ("channel", "ts", "text", "blocks", "unfurl_links", "unfurl_media")}
        shared = {key: picture[key] for key in ("id", "title", "filename", "channel", "thread_ts")}
        example = {"message": shown, "file_in_thread": {**shared, "bytes": len(picture["content"])}}
        text = json.dumps(example, indent=2, ensure_ascii=False).replace(courtlistener.root + "storage/", STORAGE)
        (ROOT / "docs" / "recap-post.json").write_text(text + "\n")
        (ROOT / "docs" / "preview.png").write_bytes(picture["content"])
    feeds.shutdown()
    print("wrote docs/recap-post.json and docs/preview.png")


if __name__ == "__main__":
    main()
