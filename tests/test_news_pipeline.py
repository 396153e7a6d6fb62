"""Following a case across a court source and news outlets: one post for the story, "also reported" replies.

A court feed (the demo's PACER-format feed of the Rust case) and three outlets (a WordPress RSS feed, an
Atom feed, an HTML listing) are served locally; every source says `case: rust-baldwin`. The story first
appears at the second poll. A channel subscribed to that case's dismissals gets the court's notice of
dismissal and the story once, in the case's thread, with the other outlets as "also reported" replies,
and nothing of the unrelated items.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from bot.cli import main
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support.feeds import FIXTURES, ChangingFeed, feed_without_newest

ROOT = Path(__file__).resolve().parent.parent
COURT = (ROOT / "bot" / "demo_data" / "nmd.xml").read_bytes()
PAGES = {
    "deadline": (FIXTURES / "news_rss" / "deadline_wordpress.xml").read_bytes(),
    "courtwatch": (FIXTURES / "news_rss" / "courtwatch_atom.xml").read_bytes(),
    "riogrande": (FIXTURES / "news_html" / "riogrande_courts.html").read_bytes(),
}
BLOCK = {"deadline": rb"<item>.*?</item>", "courtwatch": rb"<entry>.*?</entry>", "riogrande": rb"<article.*?</article>"}

CONFIG = """\
sources:
  - id: nmd
    kind: pacer_rss
    url: {nmd}
    case: rust-baldwin
  - id: deadline
    kind: news_rss
    url: {deadline}
    case: rust-baldwin
    keywords: ["Alec Baldwin", "Rust shooting"]
  - id: courtwatch
    kind: news_rss
    url: {courtwatch}
    case: rust-baldwin
    keywords: ["Alec Baldwin", "Rust shooting"]
  - id: riogrande
    kind: news_html
    url: {riogrande}
    case: rust-baldwin
    keywords: ["Alec Baldwin", "Rust shooting"]
    selectors: {{item: "div.river article.card", title: "h3.card__headline", date: time, summary: p.card__dek}}
subscriptions:
  - channel: "#rust-case"
    case: rust-baldwin
    events: [dismissal]
"""


def without_story(name: str, raw: bytes) -> bytes:
    """The page before the story was published: its Baldwin item left out."""
    return re.sub(BLOCK[name], lambda m: b"" if b"Baldwin" in m.group() else m.group(), raw, flags=re.DOTALL)


@pytest.fixture
def served(httpserver, use_config, database_url):
    feeds = {"nmd": ChangingFeed(httpserver, feed_without_newest(COURT, 1), "/nmd/rss")}
    feeds.update({name: ChangingFeed(httpserver, without_story(name, raw), f"/{name}") for name, raw in PAGES.items()})
    use_config(CONFIG.format(**{name: feed.url for name, feed in feeds.items()}), database_url)
    return feeds


def publish(feeds: dict) -> None:
    feeds["nmd"].body = COURT
    for name, raw in PAGES.items():
        feeds[name].body = raw


def test_one_post_per_story_with_also_reported_replies_in_the_case_thread(served, monkeypatch, capsys):
    with FakeSlack() as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)
        monkeypatch.setenv("SLACK_API_URL", slack.base_url)
        assert main(["check"]) == 0
        assert slack.messages == []
        publish(served)
        assert main(["check"]) == 0, capsys.readouterr().out
        messages = [m for m in slack.messages if m["channel"] == channel_id("#rust-case")]
    assert len(messages) == len(slack.messages) == 4
    # The court's notice and the first outlet's story are polled at once (their own lanes): either may start the
    # case's thread, and the other goes in it, as the other outlets' "also reported by" replies do.
    [notice] = [m for m in messages if m["text"].startswith(
        "Notice of Dismissal Without Prejudice: United States v. Baldwin (1:23-cr-00040, D.N.M.)")]
    [story] = [m for m in messages if m["text"].startswith(
        "Dismissal: Alec Baldwin Involuntary Manslaughter Charges Dropped In ‘Rust’ Shooting Case (Deadline) — ")]
    echoes = [m for m in messages if m["text"].startswith("Also reported by")]
    assert sorted(e["text"].split(":")[0] for e in echoes) == [
        "Also reported by New Mexico Court Watch", "Also reported by Rio Grande Ledger"]
    [first] = [m for m in messages if m.get("thread_ts") is None]
    assert first in (notice, story)
    assert all(m["thread_ts"] == first["ts"] for m in messages if m is not first)
    assert not any("Armorer" in m["text"] for m in slack.messages)


def test_dry_run_shows_what_a_follower_of_the_case_would_get(served, capsys):
    os.environ.pop("SLACK_BOT_TOKEN", None)
    main(["check"])
    publish(served)
    capsys.readouterr()
    assert main(["check", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.count("would post to #rust-case") == 4
    assert "Also reported by New Mexico Court Watch" in out and "Also reported by Rio Grande Ledger" in out
