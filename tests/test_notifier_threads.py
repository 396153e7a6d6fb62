"""Threads belong to their notifier: a case's thread started on the console (no SLACK_BOT_TOKEN) is not a Slack
thread, so once a token is set the case's first Slack post starts a new thread (no thread_ts the console made
up), and its later posts reply there; back on the console, the Slack thread is not the console's either: the
post replies in the console's own thread of the case.
End to end: `python -m bot check` on a real-format PACER feed, the console, then the fake Slack API."""

from __future__ import annotations

import pytest

from bot.cli import main
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support.feeds import ChangingFeed

ITEM = """<item>
<title>2:23-cv-00452-DJC-DB Doe v. County of Sacramento</title>
<link>https://ecf.caed.uscourts.gov/cgi-bin/DktRpt.pl?425050</link>
<description>[{event}] (&#x3C;a href=&#x22;https://ecf.caed.uscourts.gov/doc1/0331642505{seq}?caseid=425050&#x26;de_seq_num={seq}&#x22; &#x3E;{number}&#x3C;/a&#x3E;)</description>
<guid isPermaLink="true">https://ecf.caed.uscourts.gov/cgi-bin/DktRpt.pl?425050&#x26;{seq}</guid>
<pubDate>Tue, 14 Mar 2023 17:{seq}:02 GMT</pubDate>
</item>
"""
FILINGS = [("Complaint", 10, 1), ("Dismiss", 21, 7), ("Strike", 32, 9), ("Compel", 43, 12), ("Appear Pro Hac Vice", 54, 15)]

CONFIG = """\
sources:
  - id: caed
    kind: pacer_rss
    url: {url}
subscriptions:
  - channel: "#cases"
    events: [all]
"""


def feed(filings: int) -> bytes:
    items = "".join(ITEM.format(event=e, seq=s, number=n) for e, s, n in reversed(FILINGS[:filings]))
    return (f'<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0">\n<channel>\n'
            f"<title>Eastern District of California - Recent Entries</title>\n{items}</channel>\n</rss>\n"
            ).encode("iso-8859-1")


@pytest.fixture
def served(httpserver) -> ChangingFeed:
    return ChangingFeed(httpserver, feed(0))


def check(capsys, served: ChangingFeed, filings: int) -> str:
    served.body = feed(filings)
    capsys.readouterr()
    assert main(["check"]) == 0
    return capsys.readouterr().out


def test_a_thread_begun_on_the_console_is_not_continued_in_slack(use_config, monkeypatch, capsys, database_url,
                                                                  served):
    use_config(CONFIG.format(url=served.url), database_url)
    check(capsys, served, 0)  # the baseline: an empty feed

    out = check(capsys, served, 2)  # on the console: the complaint starts the case's thread, the motion replies
    assert "── #cases · " in out and "    ── #cases · reply to the post of " in out

    with FakeSlack() as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)
        monkeypatch.setenv("SLACK_API_URL", slack.base_url)
        check(capsys, served, 3)
        check(capsys, served, 4)
        first, second = slack.messages
    assert first["channel"] == channel_id("#cases") and first["text"].startswith("Motion to Strike: Doe v. County")
    assert first.get("thread_ts") is None  # a new thread in Slack: the console's timestamp means nothing there
    assert second["text"].startswith("Motion to Compel: ") and second["thread_ts"] == first["ts"]

    # Back without the token: the store posts to Slack now, so what this process finds waits for Slack (it prints
    # nothing, and continues no console thread).
    monkeypatch.delenv("SLACK_BOT_TOKEN")
    out = check(capsys, served, 5)
    assert "1 new post(s) queued for Slack: this process has no SLACK_BOT_TOKEN" in out
    assert "reply to the post of" not in out and "Motion to Appear Pro Hac Vice" not in out
