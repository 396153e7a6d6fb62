"""The Apprise notifier on real parts: a local JSON webhook (Apprise's json:// scheme, a real socket) takes the posts.

End to end, `python -m bot check` with one Slack channel (the fake Slack API) and one Apprise target delivers each
new filing to both, a reply in a case's thread going to the webhook as a message of its own ("Re: ..."). The outbox
guarantees hold: a post is sent once, a failure is retried with backoff, a destination that keeps failing is held
(ops told once) and resumed by the first success, and a Slack hold holds no Apprise post. The config refuses an
unknown notifier and a URL Apprise cannot parse, naming the field and line.
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.cli import main
from bot.config import ConfigError, Subscription, load_config
from bot.core.entry import Entry
from bot.core.post import Correction, Post, Queued
from bot.delivery.deliver import HOLD_RETRY, Deliverer
from bot.store import Harvest
from notifiers.apprise import HOLD_AFTER, AppriseNotifier
from notifiers.base import Notifiers
from notifiers.console import ConsoleNotifier
from notifiers.message import summary
from notifiers.plain import MARKDOWN, post_text
from notifiers.slack.notifier import SlackNotifier, build_client
from notifiers.targets import shown_url
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support.feeds import ChangingFeed
from tests.test_notifier_threads import feed

T0 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
TITLE = "Motion to Dismiss: In re *NSYNC_LLC (1:23-cv-00001, D.N.M.)"


class Webhook:
    """A JSON webhook on a real local socket: keeps each body Apprise posts, answers with the statuses queued."""

    def __init__(self, server: HTTPServer, path: str = "/hook") -> None:
        self.bodies: list[dict] = []
        self.statuses: list[int] = []
        self.url = "json://" + server.url_for(path).split("://", 1)[1]
        server.expect_request(path, method="POST").respond_with_handler(self._respond)

    def _respond(self, request: Request) -> Response:
        status = self.statuses.pop(0) if self.statuses else 200
        if status == 200:
            self.bodies.append(json.loads(request.get_data()))
        return Response("", status=status)


@pytest.fixture
def webhook(httpserver) -> Webhook:
    return Webhook(httpserver)


CONFIG = """\
sources:
  - id: caed
    kind: pacer_rss
    url: {feed}
subscriptions:
  - channel: "#cases"
    events: [all]
  - target: "apprise:{hook}"
    events: [all]
"""


def test_check_delivers_to_a_slack_channel_and_an_apprise_webhook(use_config, capsys, database_url, httpserver,
                                                                   webhook):
    served = ChangingFeed(httpserver, feed(0))
    with FakeSlack() as slack:
        use_config(CONFIG.format(feed=served.url, hook=webhook.url), database_url, slack=slack)
        assert main(["check"]) == 0  # the baseline: an empty feed
        served.body = feed(2)
        assert main(["check"]) == 0
        assert main(["check"]) == 0  # nothing new: nothing is sent twice
        opening, reply = slack.messages
    assert opening["channel"] == channel_id("#cases") and reply["thread_ts"] == opening["ts"]
    first, second = webhook.bodies
    assert first["title"] == "Complaint: Doe v. County of Sacramento (2:23-cv-00452, E.D. Cal.)"
    assert second["title"] == "Re: Motion to Dismiss: Doe v. County of Sacramento (2:23-cv-00452, E.D. Cal.)"
    assert "filed 2023\\-03\\-14" in first["message"] and "[Document](<https://ecf.caed.uscourts.gov/doc1/" in first["message"]
    assert webhook.url not in capsys.readouterr().out  # the URL is kept out of the listings


def entry(key: str, text: str = "MOTION to Dismiss filed by *NSYNC_LLC") -> Entry:
    return Entry(source_id="nmd", key=key, case_number="1:23-cv-00001", case_name="In re *NSYNC_LLC", court="nmd",
                 text=text, filed_at=T0, number="12", url="https://ecf.nmd.uscourts.gov/doc1/1(2)")


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def deliverer_for(store, webhook: Webhook, clock: Clock, slack: FakeSlack | None = None) -> tuple[Deliverer, str]:
    [destination] = {Subscription(target=f"apprise:{webhook.url}").channel}
    default = SlackNotifier(build_client(slack.token, slack.base_url)) if slack else ConsoleNotifier(io.StringIO())
    notifiers = Notifiers(default, {"apprise": AppriseNotifier({destination: webhook.url})})
    return Deliverer(store, notifiers, clock=clock, per_channel_interval=0, ops_channel="#ops"), destination


def queue(store, *posts: tuple[str, str]) -> None:
    queued = [Queued(Post(channel, entry(key), ("motion",)), f"nmd:{key}") for channel, key in posts]
    store.record_success("nmd", Harvest(new=[q.post.entry for q in queued], queued=queued, parsed=len(queued)), T0)


def test_a_failing_webhook_is_retried_then_held_and_resumed_by_a_success(store, webhook, httpserver):
    clock = Clock()
    with FakeSlack() as slack:
        deliverer, hook = deliverer_for(store, webhook, clock, slack)
        queue(store, (hook, "k1"), (hook, "k2"))
        webhook.statuses = [500] * HOLD_AFTER
        for attempt in range(1, HOLD_AFTER):
            report = deliverer.deliver_due()
            assert (report.sent, report.retrying, report.held) == (0, 1, 0)
            [waiting, _] = store.pending_outbox()
            assert waiting.attempts == attempt and "error=500" in store.outbox_listing()[0].last_error
            clock.now = waiting.next_attempt_at
        report = deliverer.deliver_due()  # the third failure in a row: held, and ops told once
        assert (report.sent, report.held) == (1, 1)  # the notice to #ops went out through Slack
        [notice] = slack.messages
        assert notice["channel"] == channel_id("#ops") and f"Posts to `{shown_url(webhook.url)}` are held" in notice["text"]
        assert webhook.url.split("://")[1] in notice["text"]  # a json:// URL has no secret to hide
        # the hold is every process's: a Slack token's `outbox --retry` does not drop it for a stray token's
        assert store.drop_holds_of_other_tokens(deliverer.token) == [] and [h.scope for h in store.holds()] == [hook]

        clock.now += HOLD_RETRY
        report = deliverer.deliver_due()
        assert report.sent == 3  # both posts in order, then the notice that they go out again
    assert [body["title"] for body in webhook.bodies] == [TITLE] * 2
    assert "go out again" in slack.messages[-1]["text"] and store.holds() == []
    assert store.outbox_counts() == {"sent": 4}  # the two posts, the notices that they were held and go out again


def test_a_slack_hold_of_every_channel_holds_no_apprise_post(store, webhook):
    clock = Clock()
    with FakeSlack() as slack:
        deliverer, hook = deliverer_for(store, webhook, clock, slack)
        slack.revoke("xoxb-new")
        queue(store, ("#a", "k1"), (hook, "k2"))
        report = deliverer.deliver_due()
    assert (report.sent, report.held) == (1, 1)
    assert [body["title"] for body in webhook.bodies] == [TITLE]
    assert store.outbox_counts(deliverer.token) == {"sent": 1, "held": 1}


def test_a_target_no_longer_in_the_config_fails_for_good_and_stays_listed(store, webhook):
    deliverer, _ = deliverer_for(store, webhook, Clock())
    queue(store, ("apprise:0123456789abcdef", "k1"))
    assert deliverer.deliver_due().failed == 1
    [failed] = store.outbox_listing()
    assert failed.status == "failed" and "no longer a target in the config" in failed.last_error


def test_markdown_shows_scraped_text_as_itself():
    post = Post("#c", entry("k1", "ORDER *granting* [1] <b>"), ("order",))
    title, body = post_text(post, MARKDOWN)
    assert title == summary(post) and "In re *NSYNC_LLC" in title  # a title is plain text: not escaped
    assert "ORDER \\*granting\\* \\[1\\] \\<b\\>" in body
    assert "[Document](<https://ecf.nmd.uscourts.gov/doc1/1(2)>)" in body


def test_markdown_says_what_a_correction_corrects_escaped():
    post = replace(Post("#c", entry("k1", "ORDER denying [1]"), ("order",)),
                   correction=Correction("ORDER *granting* [1]", ("dismissal", "order"), taken_back=("dismissal",)))
    title, body = post_text(post, MARKDOWN)
    assert title.startswith("Corrected: Order denying: ")
    assert 'Was: "ORDER \\*granting\\* \\[1\\]" \\(no longer: Dismissal\\)' in body


def write(tmp_path, subscription: str):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - id: nmd\n    kind: pacer_rss\n    url: https://ecf.nmd.uscourts.gov/rss\n"
                    f"subscriptions:\n  - events: [all]\n    {subscription}\n")
    return path


@pytest.mark.parametrize("target, said", [
    ("teams:https://example.com/hook", "names no notifier: write slack:#channel or apprise:<URL>"),
    ("apprise:nonsense://host/x", 'Apprise cannot use "nonsense://…"'),
    ("apprise:json://", 'Apprise cannot use "json://…"'),
])
def test_an_unusable_target_is_a_config_error_naming_the_field_and_line(tmp_path, target, said):
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, f'target: "{target}"'))
    assert "sources.yaml:7 subscriptions[0].target: " in str(error.value) and said in str(error.value)


def test_a_subscription_gives_a_channel_or_a_target(tmp_path):
    with pytest.raises(ConfigError, match=r"sources.yaml:6 subscriptions\[0\]: give a channel .* or a target"):
        load_config(write(tmp_path, "sources: ['*']"))
    with pytest.raises(ConfigError, match=r"sources.yaml:6 subscriptions\[0\]: give a channel or a target, not both"):
        load_config(write(tmp_path, 'channel: "#a"\n    target: "apprise:json://localhost/x"'))
    with pytest.raises(ConfigError, match=r"sources.yaml:7 subscriptions\[0\].channel: .* is Slack's: for another "
                                          r"notifier give target:"):
        load_config(write(tmp_path, 'channel: "apprise:json://localhost/x"'))
    config = load_config(write(tmp_path, 'target: "slack:#rust-case"'))
    assert [s.channel for s in config.subscriptions] == ["#rust-case"] and config.apprise_urls == {}


# The README's Apprise examples (URLs from Apprise's wiki): each is one Apprise parses.
README_TARGETS = (
    "apprise:json://hooks.example.com/docketbot",
    "apprise:workflows://prod-01.westus.logic.azure.com:443/0123456789abcdef0123456789abcdef/SIGNATURE",
    "apprise:mailtos://docketbot:app-password@smtp.example.com?to=litigation@example.com",
)


@pytest.mark.parametrize("target", README_TARGETS)
def test_the_readme_examples_parse(target):
    assert Subscription(target=target).channel.startswith("apprise:")
