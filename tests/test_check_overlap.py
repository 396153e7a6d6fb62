"""`check` delivers while it polls: the first source's post reaches Slack before the second source's court answers."""

from __future__ import annotations

import pytest
from werkzeug import Request, Response

from bot.cli import main
from tests.fakes.slack_api import FakeSlack
from tests.support.feeds import FIXTURES, ChangingFeed, feed_without_newest

FEED = (FIXTURES / "pacer_rss" / "wvsd.xml").read_bytes()
# How long the second court waits for the first post before it answers anyway: only a guard against a hang, the
# post comes within milliseconds when delivery runs alongside the polls.
GUARD_SECONDS = 20

CONFIG = """\
sources:
  - id: first
    kind: pacer_rss
    url: {first}
    every: 1h
  - id: second
    kind: pacer_rss
    url: {second}
    every: 1h
subscriptions:
  - channel: "#wv"
    sources: [first]
"""


class CourtWaitingForSlack(ChangingFeed):
    """A feed whose server answers only once Slack holds a message (armed with `slack`), and notes whether it
    came, and how many messages Slack held when it answered."""

    slack: FakeSlack | None = None
    posts_seen: int | None = None

    def _respond(self, request: Request) -> Response:
        if self.slack is not None:
            try:
                self.slack.wait_for_messages(1, timeout=GUARD_SECONDS)
            finally:
                self.posts_seen = len(self.slack.messages)
        return super()._respond(request)


@pytest.fixture
def courts(httpserver, use_config, database_url):
    first = ChangingFeed(httpserver, feed_without_newest(FEED, 3), "/first")
    second = CourtWaitingForSlack(httpserver, feed_without_newest(FEED, 3), "/second")
    use_config(CONFIG.format(first=first.url, second=second.url), database_url)
    return first, second


def test_the_first_post_of_a_check_goes_out_while_the_second_source_is_still_polled(courts, capsys, monkeypatch):
    first, second = courts
    with FakeSlack() as slack:
        monkeypatch.setenv("SLACK_API_URL", slack.base_url)
        monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)
        assert main(["check"]) == 0  # the baselines: nothing posted
        capsys.readouterr()
        first.body = second.body = FEED
        second.slack = slack
        status = main(["check"])
        out = capsys.readouterr().out
    assert second.posts_seen is not None and second.posts_seen >= 1, (
        "the second court was asked before any post reached Slack, and answered only after waiting "
        f"{GUARD_SECONDS} s for one: delivery did not run while polling")
    assert status == 0, out
    posted = [message["text"] for message in slack.messages]
    delivered = int(out.split("delivered ")[1].split(",")[0])
    assert delivered == len(posted) >= 1  # the summary counts the posts sent alongside the polls too
    assert len(set(posted)) == len(posted)  # each sent once
    assert out.index("first ") < out.index("second ") < out.index("delivered ")

