"""`/docket why <case>` and `/docket recent <case>` end to end: signed slash commands over HTTP to the bot's
web app (Bolt's WSGI adapter), a real store on both databases, a local court feed, posts through the fake Slack."""

from __future__ import annotations

import pytest

from tests import test_slack_commands as commands
from tests.support.snapshots import start_from
from tests.test_slack_commands import FULL_FEED

# the fixtures of the /docket tests: a store on both databases, a local feed, the signed endpoint
feed, environ, app, docket = commands.feed, commands.environ, commands.app, commands.docket


@pytest.fixture
def polled(docket, app, feed, environ, tmp_path_factory):
    """This channel follows `sdny` (motions and dismissals); a baseline, then 75 new items, posted here (made once
    per process on SQLite, tests/support/snapshots.py)."""

    def follow_and_poll_twice() -> None:
        docket.send("follow sdny")
        sdny = app.config.source("sdny")
        assert app.poll(sdny).baseline
        feed.body = FULL_FEED
        assert app.poll(sdny).queued
        app.deliver()

    start_from("slack-history-polled", environ["DATABASE_URL"], follow_and_poll_twice, tmp_path_factory.getbasetemp())
    feed.body = FULL_FEED
    return docket


def test_why_says_an_entry_was_posted_here(polled):
    answer = polled.send("why 18-cv-1119")
    assert answer["response_type"] == "ephemeral"
    lines = answer["text"].splitlines()
    assert lines[:5] == [
        "1 entry of 18-cv-1119:",
        "",
        "*Burbon v. Viacom International Inc. (1:18-cv-01119, S.D.N.Y.), entry 11, filed 2018-04-17* (`sdny`)",
        "> Stipulation of Voluntary Dismissal",
        "events: dismissal",
    ]
    assert lines[5].startswith("• posted here, sent ")
    assert lines[5].endswith("[source sdny: motion, dismissal; added in Slack by U0ALICE]")


def test_why_says_the_baseline_recorded_an_entry_without_a_post(polled):
    *_, verdict = polled.send("why 7:15-cv-1550")["text"].splitlines()
    assert verdict == ("• not posted here: the source's first poll recorded it as its baseline, which posts nothing "
                       "[source sdny: motion, dismissal; added in Slack by U0ALICE]")


def test_why_in_a_channel_that_follows_nothing_says_so_and_counts_the_posts_elsewhere(polled):
    lines = polled.send("why 18-cv-1119", channel_id="C0QUIET", channel_name="quiet")["text"].splitlines()
    assert lines[-2:] == ["• not posted here: this channel follows nothing (`/docket follow &lt;source|case&gt;`)",
                          "• posted to 1 other destination(s)"]


def test_recent_lists_the_last_entries_of_a_case_and_what_was_posted_here(polled):
    lines = polled.send("recent 17-cv-5839")["text"].splitlines()
    assert lines == [
        "The last 2 entries of 17-cv-5839, newest first:",
        "• 2018-04-17 · other · Memorandum of Law in Support of Motion (`sdny`) · _not posted here_",
        "• 2018-04-17 · motion · Dismiss (`sdny`) · _posted here_",
        "`/docket why 17-cv-5839` says why one was or was not posted here.",
    ]


def test_recent_says_which_entries_a_mute_kept_from_this_channel(docket, app, feed):
    docket.send("follow sdny")
    assert app.poll(app.config.source("sdny")).baseline
    docket.send("mute 18-cv-1119")
    feed.body = FULL_FEED
    assert app.poll(app.config.source("sdny")).muted == 1
    _heading, line, _footer = docket.send("recent 18-cv-1119")["text"].splitlines()
    assert line == "• 2018-04-17 · dismissal · Stipulation of Voluntary Dismissal (`sdny`) · _not posted here (muted)_"


NOT_A_NUMBER = "is not a docket number of any court, such as `1:18-cv-03365`, `01-23-00123-CV` or `17D22499`."


@pytest.mark.parametrize("text, said", [
    ("why <!channel>", f"`&lt;!channel&gt;` {NOT_A_NUMBER}"),
    ("recent sdny", f"`sdny` {NOT_A_NUMBER}"),
    ("why 1:99-cv-00001", "No entry of 1:99-cv-00001 was seen by any source."),
    ("recent 1:99-cv-00001", "No entry of 1:99-cv-00001 was seen by any source."),
])
def test_a_question_about_no_case_or_an_unseen_one_says_so(polled, text, said):
    assert polled.send(text)["text"] == said


def test_help_lists_why_and_recent(docket):
    text = docket.send("help")["text"]
    assert "`/docket why &lt;case&gt;`" in text and "`/docket recent &lt;case&gt;`" in text
