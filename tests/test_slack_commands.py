"""`/docket` end to end on real parts: signed slash-command requests over HTTP to the bot's web app
(waitress, Bolt's WSGI adapter), a real store, a local court feed, and the fake Slack for the Web API
and for the response URL of each command."""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from datetime import UTC, datetime
from urllib.parse import urlencode

import pytest
import requests

from bot.app import App
from bot.config import Subscription
from bot.core.notice import NOTE, Notice
from bot.ops.status import WORKER_HEARTBEAT, worker_beat
from bot.store import Hold
from bot.web.server import WebApp, WsgiApp
from notifiers.slack.commands import Channel, Docket, describe, slack_wsgi_app, start_socket_mode
from tests.fakes.slack_api import FakeSlack
from tests.support.feeds import FIXTURES, ChangingFeed, feed_without_newest
from tests.support.web import serving
from tests.test_end_to_end import EXPECTED_DISMISSALS, EXPECTED_MOTIONS

FULL_FEED = (FIXTURES / "pacer_rss" / "sdny_1.xml").read_bytes()
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
CHANNEL_ID, CHANNEL_NAME = "C0DOCKET01", "court-watch"
CONFIG = """\
sources:
  - id: sdny
    kind: pacer_rss
    url: {feed}
  - id: down
    kind: pacer_rss
    url: {down}
subscriptions:
  - channel: "#newsroom"
    sources: [down]
    events: [judgment]
"""
MOTIONS_AND_DISMISSALS = len(EXPECTED_MOTIONS | EXPECTED_DISMISSALS)  # in the SDNY feed's newest 75 items


@pytest.fixture
def feed(httpserver):
    httpserver.expect_request("/down").respond_with_data("<html>Service Unavailable</html>", status=503)
    return ChangingFeed(httpserver, feed_without_newest(FULL_FEED, 75))


@pytest.fixture
def environ(use_config, database_url, slack, feed, httpserver):
    config = use_config(CONFIG.format(feed=feed.url, down=httpserver.url_for("/down")), database_url, slack=slack)
    return {
        "DOCKETBOT_CONFIG": str(config),
        "DATABASE_URL": database_url,
        "SLACK_BOT_TOKEN": slack.token,
        "SLACK_API_URL": slack.base_url,
        "SLACK_SIGNING_SECRET": SECRET,
    }


@pytest.fixture
def app(environ):
    built = App.from_env(environ)
    built.deliverer.per_channel_interval = 0
    yield built
    built.close()


class SlashCommands:
    """Sends `/docket` the way Slack does: a signed form post with a response URL."""

    def __init__(self, base: str, slack: FakeSlack) -> None:
        self.url = f"{base}/slack/events"
        self.slack = slack

    def form(self, text: str, channel_id: str = CHANNEL_ID, channel_name: str = CHANNEL_NAME) -> str:
        return urlencode({
            "token": "deprecated-verification-token", "team_id": "T0FAKE", "team_domain": "fake",
            "channel_id": channel_id, "channel_name": channel_name, "user_id": "U0ALICE", "user_name": "alice",
            "command": "/docket", "text": text, "api_app_id": "A0DOCKET", "is_enterprise_install": "false",
            "response_url": self.slack.new_response_url(), "trigger_id": "1.2.3",
        })

    def post(self, body: str, headers: dict[str, str]) -> requests.Response:
        headers = {"Content-Type": "application/x-www-form-urlencoded", **headers}
        return requests.post(self.url, data=body.encode(), headers=headers, timeout=10)

    def send(self, text: str, **channel: str) -> dict:
        """The immediate answer (the HTTP response's JSON) to a correctly signed command."""
        body = self.form(text, **channel)
        response = self.post(body, signature(body, SECRET, int(time.time())))
        assert response.status_code == 200, response.text
        return response.json()


def signature(body: str, secret: str, timestamp: int) -> dict[str, str]:
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": f"v0={digest}"}


def slack_events_app(app: App, environ: dict[str, str]) -> WsgiApp:
    """The app's Slack endpoint, for an `environ` that has its secrets."""
    handler = slack_wsgi_app(app, environ)
    assert handler is not None, "SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are needed"
    return handler


@pytest.fixture
def docket(app, environ, slack):
    with serving(WebApp(app, environ, mounts={"/slack/events": slack_events_app(app, environ)})) as base:
        yield SlashCommands(base, slack)


def posts_to(slack: FakeSlack, channel: str) -> list[str]:
    return [message["text"] for message in slack.messages if message["channel"] == channel]


# --- help and usage -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["help", ""])
def test_help_lists_the_subcommands_and_sources(docket, text):
    answer = docket.send(text)
    assert answer["response_type"] == "ephemeral"
    for subcommand in ("follow", "unfollow", "list", "status", "check", "mute", "unmute", "pause", "resume"):
        assert f"/docket {subcommand}" in answer["text"]
    assert "`sdny`, `down`" in answer["text"]


@pytest.mark.parametrize(
    "text, problem",
    [
        ("frobnicate <@U0BOB>", "I don't know `frobnicate &lt;@U0BOB&gt;`"),
        ("follow", "I don't know `follow`"),
        ("unfollow sdny extra", "I don't know `unfollow sdny extra`"),
        ("follow nowhere", "`nowhere` is neither a source nor a docket number"),
        ("follow sdny motion <!channel>", "`&lt;!channel&gt;` is not an event type"),
        ("check nowhere", "`nowhere` is neither a source nor a docket number"),
        ("follow " + "9" * 101, "That argument is too long"),
    ],
)
def test_malformed_commands_get_usage_and_change_nothing(docket, app, slack, text, problem):
    answer = docket.send(text)
    assert answer["text"].startswith(problem) and "/docket follow" in answer["text"]
    assert answer["response_type"] == "ephemeral"
    assert "<" not in answer["text"].split("\n")[0]
    assert app.store.subscriptions() == []


# --- follow, unfollow, list ------------------------------------------------------------------------


def test_follow_a_source_then_polls_post_to_the_channel_until_unfollowed(docket, app, feed, slack):
    answer = docket.send("follow sdny")
    assert answer["text"] == "This channel now follows source `sdny`: motion, dismissal."
    assert answer["response_type"] == "in_channel"
    [subscription] = app.store.subscriptions()
    assert subscription.channel == CHANNEL_ID and subscription.sources == ["sdny"]
    assert subscription.events == ["motion", "dismissal"]

    sdny = app.config.source("sdny")
    assert app.poll(sdny).baseline
    feed.body = feed_without_newest(FULL_FEED, 40)
    app.poll(sdny)
    app.deliver()
    posted = posts_to(slack, CHANNEL_ID)
    assert posted

    assert docket.send("unfollow sdny") == {
        "text": "This channel no longer follows sdny.", "response_type": "in_channel"
    }
    assert app.store.subscriptions() == []
    feed.body = FULL_FEED
    result = app.poll(sdny)
    assert result.new and result.events["motion"] and not result.queued
    app.deliver()
    assert posts_to(slack, CHANNEL_ID) == posted


def test_follow_a_case_posts_only_that_case_and_unfollow_takes_any_spelling(docket, app, feed, slack):
    answer = docket.send("follow 1:18-cv-01119 dismissal")
    assert answer["text"] == "This channel now follows case 1:18-cv-01119 (any source): dismissal."
    assert app.store.subscriptions()[0].cases == ["1:18-cv-01119"]

    sdny = app.config.source("sdny")
    app.poll(sdny)
    feed.body = FULL_FEED
    app.poll(sdny)
    app.deliver()
    [post] = posts_to(slack, CHANNEL_ID)
    assert post == "Stipulation of Voluntary Dismissal: Burbon v. Viacom International Inc. (1:18-cv-01119, S.D.N.Y.)"

    assert docket.send("unfollow 18-cv-1119")["text"] == "This channel no longer follows 18-cv-1119."
    assert app.store.subscriptions() == []


@pytest.mark.parametrize("case", ["17D22499", "18CV001704", "C-2302", "D-101-CR-2023-00040"])
def test_follow_takes_a_state_courts_docket_number(docket, app, case):
    answer = docket.send(f"follow {case}")
    assert answer["text"] == f"This channel now follows case {case} (any source): motion, dismissal."
    assert app.store.subscriptions()[0].cases == [case]


def test_following_again_replaces_the_channels_earlier_follow(docket, app):
    docket.send("follow sdny")
    answer = docket.send("follow sdny all")
    assert answer["text"].endswith("(replacing the earlier follow).")
    [subscription] = app.store.subscriptions()
    assert len(subscription.events) == 10  # the classifier's nine and new_case


def test_list_marks_config_file_and_slack_made_subscriptions(docket, app):
    assert docket.send("list")["text"].startswith("This channel follows nothing yet")
    docket.send("follow 1:18-cv-01119", channel_id="C0NEWSROOM", channel_name="newsroom")
    docket.send("follow sdny order")  # another channel's
    answer = docket.send("list", channel_id="C0NEWSROOM", channel_name="newsroom")
    assert answer["response_type"] == "ephemeral"
    assert answer["text"].splitlines() == [
        "This channel follows:",
        "• source `down`: judgment _(config file)_",
        "• case 1:18-cv-01119 (any source): motion, dismissal _(added in Slack)_",
    ]
    # stored under the config's spelling of the channel, so an entry both want is posted there once
    assert {s.channel for s in app.store.subscriptions()} == {"#newsroom", CHANNEL_ID}


def test_unfollow_says_where_a_follow_comes_from(docket, app):
    config_made = docket.send("unfollow down", channel_name="newsroom")
    assert config_made["text"].startswith("This channel follows down by the bot's config file")
    assert docket.send("unfollow sdny")["text"] == "This channel does not follow sdny. See `/docket list`."


def test_unfollow_of_a_slack_follow_the_config_file_also_makes_says_the_config_file_still_applies(docket, app):
    docket.send("follow down all", channel_id="C0NEWSROOM", channel_name="newsroom")
    answer = docket.send("unfollow down", channel_id="C0NEWSROOM", channel_name="newsroom")
    assert answer == {"text": "The follow of down made in Slack is removed, but this channel still follows down by "
                              "the bot's config file; whoever runs the bot can change that there.",
                      "response_type": "in_channel"}
    assert app.store.subscriptions() == []


@pytest.mark.parametrize("text, problem", [
    ("follow nowhere", "`nowhere` is neither a source nor a docket number."),
    ("follow sdny motions", "`motions` is not an event type."),
])
def test_a_bad_follow_gets_the_usage_of_follow_only(docket, text, problem):
    problem_line, usage, rest = docket.send(text)["text"].split("\n")
    assert problem_line == problem
    assert usage.startswith("• `/docket follow &lt;source|case&gt; [events…]` post new filings here; events are ")
    assert rest == "`/docket help` for all."


# --- mute and pause (notifiers/slack/quiet.py) ----------------------------------------------------


def test_mute_keeps_a_case_out_of_this_channel_until_unmuted(docket, app, feed, slack):
    docket.send("follow sdny all")
    sdny = app.config.source("sdny")
    app.poll(sdny)
    answer = docket.send("mute 18-cv-1119 for 2d")
    assert answer["response_type"] == "in_channel"
    assert answer["text"].startswith("<@U0ALICE> muted 18-cv-1119 in this channel until <!date^")
    said, warning = answer["text"].split("\n")  # the case has no entry in the feed yet
    assert said.endswith(": its filings are recorded, not posted here. `/docket unmute 18-cv-1119` ends it.")
    assert warning == ("warning: no case seen has this number: the mute is kept and will apply once such a case "
                       "appears — check the number")
    listed = docket.send("list")["text"].splitlines()[-1]
    assert listed.startswith("• muted: 18-cv-1119 until <!date^") and listed.endswith(": no case seen has this number")
    assert "muted" not in docket.send("list", channel_id="C0NEWSROOM", channel_name="newsroom")["text"]

    feed.body = FULL_FEED
    result = app.poll(sdny)
    assert result.muted == 1 and any(entry.case_number == "1:18-cv-01119" for entry in result.new)
    app.deliver()
    sent = [post.post.entry.case_number for post in app.store.recent_posts(100)]
    assert len(sent) == len(result.queued) == 74 and "1:18-cv-01119" not in sent
    assert docket.send("list")["text"].splitlines()[-1].endswith(" (1:18-cv-01119)")  # the case seen, by its name

    assert docket.send("unmute 1:18-cv-01119") == {
        "text": "<@U0ALICE> unmuted 1:18-cv-01119: its new filings are posted here again (those filed while it was "
                "muted are not).", "response_type": "in_channel"}
    assert docket.send("unmute 1:18-cv-01119")["text"] == "1:18-cv-01119 is not muted in this channel."
    assert docket.send("mute <!channel>")["text"].startswith('"&lt;!channel&gt;" is not a docket number')
    # a party's name of several words is read whole, not as a case and a time
    assert docket.send("mute Nobody Such Party")["text"].startswith('"Nobody Such Party" is not a docket number')
    assert docket.send("mute 18-cv-1119 for ever")["text"].startswith('"ever" is not a duration like 5m')
    assert app.store.mutes(datetime.now(UTC)) == []


def test_pause_stops_polling_a_source_for_every_channel_until_resumed(docket, app, feed, slack):
    assert docket.send("pause sdny") == {
        "text": "<@U0ALICE> paused source `sdny` for every channel: it is not polled until `/docket resume sdny`.",
        "response_type": "in_channel"}
    assert docket.send("pause sdny")["text"] == "Source `sdny` is paused already (`/docket status` says by whom)."
    sdny = docket.send("status")["text"].split("\n")[1]
    assert sdny.startswith("• `sdny` *paused*: last poll never, paused by <@U0ALICE> since <!date^")
    assert sdny.endswith(", not polled (every 15m)")

    requests = feed.requests
    docket.send("check sdny")
    [found] = slack.wait_for_responses(1)
    assert found["text"].startswith("• `sdny` paused: not polled (paused by <@U0ALICE> since <!date^")
    assert found["text"].split("\n")[0].endswith("; `/docket resume sdny` polls it again)")
    assert feed.requests == requests

    assert docket.send("resume sdny")["text"].startswith("<@U0ALICE> resumed source `sdny`: it is polled again")
    assert docket.send("resume sdny")["text"] == "Source `sdny` is not paused."
    assert docket.send("pause nowhere")["text"] == '"nowhere" is not a source id (configured: sdny, down)'
    assert "/docket pause" in docket.send("pause")["text"]  # usage
    assert app.store.pauses() == {}


# --- status and check ------------------------------------------------------------------------------


def test_status_shows_health_last_and_next_poll(docket, app):
    assert "*not polled yet*: last poll never" in docket.send("status")["text"]
    for source in app.config.sources:
        app.poll(source)
    app.store.beat(WORKER_HEARTBEAT, datetime.now(UTC))
    sdny, down = docket.send("status")["text"].split("\n", 1)
    assert sdny.startswith("• `sdny` *ok*: last poll <!date^") and "(every 15m)" in sdny
    assert down.startswith("• `down` *error*: last poll <!date^") and "next <!date^" in down
    assert down.endswith(f"1 failed in a row: {app.config.source('down').url}: HTTP 503")


def test_status_says_when_no_worker_runs(docket, app):
    warning, sdny, _down = docket.send("status")["text"].split("\n")
    assert warning == ":warning: No worker has run yet: nothing is polled until `python -m bot run` starts."
    assert "no next poll" in sdny and "next <!date" not in sdny
    app.store.beat(WORKER_HEARTBEAT, datetime(2026, 11, 24, 9, 30, tzinfo=UTC))
    warning = docket.send("status")["text"].split("\n")[0]
    assert warning.startswith(":warning: No worker is running since <!date^1795512600^")


def test_status_shows_what_is_held_and_why(docket, app):
    now = datetime.now(UTC)
    app.store.beat(WORKER_HEARTBEAT, now)
    app.store.hold(Hold("#private", "not_in_channel", "Slack did not take the post to #private: not_in_channel",
                        "invite @docketbot to #private (/invite @docketbot)", now, now))
    held = docket.send("status")["text"].split("\n")[0]
    assert held.startswith(":no_entry: Posts to #private are held since <!date^")
    assert held.endswith(": `not_in_channel`; invite @docketbot to #private (/invite @docketbot)")


def test_status_says_how_many_posts_pile_up_for_slack_while_no_worker_with_the_token_runs(docket, app):
    now = datetime.now(UTC)
    app.poll(app.config.source("sdny"))  # the baseline
    app.store.beat(worker_beat("console", "host:1:a"), now)  # the worker runs without the token
    app.store.queue_notice("#motions", Notice(NOTE, "", "", "hello"), now)  # queued for Slack
    held = docket.send("status")["text"].split("\n")[0]
    assert held.startswith(":warning: 1 post(s) held for Slack since ")
    assert held.endswith(": no running worker has SLACK_BOT_TOKEN (a process without it only queues them); "
                         "`python -m bot run` or `python -m bot check` with SLACK_BOT_TOKEN set posts them")
    app.store.beat(worker_beat("slack", "host:2:b"), now)
    assert "held for Slack" not in docket.send("status")["text"]


def test_check_answers_through_the_response_url_with_what_it_found(docket, app, feed, slack):
    docket.send("follow sdny")
    app.poll(app.config.source("sdny"))
    feed.body = FULL_FEED

    answer = docket.send("check sdny")
    assert answer == {"text": "Checking `sdny`… (1 source(s); the answer comes here)", "response_type": "ephemeral"}
    [found] = slack.wait_for_responses(1)
    assert found["response_type"] == "ephemeral"
    lines = found["text"].splitlines()
    assert lines[0].startswith("• `sdny` ok  75 new of ")
    assert lines[0].endswith(f"queued {MOTIONS_AND_DISMISSALS} post(s)")
    assert f"motion {len(EXPECTED_MOTIONS)}" in lines[0] and f"dismissal {len(EXPECTED_DISMISSALS)}" in lines[0]
    shown = [line.strip() for line in lines if line.startswith("      ")]
    assert len(shown) == 6 and shown[-1] == "… and 70 more"  # five entries, the dismissals first as a burst lists them
    assert set(shown[:2]) == {f"{case}: {text}" for case, text in EXPECTED_DISMISSALS}
    assert lines[-1] == f"Delivered {MOTIONS_AND_DISMISSALS} post(s)."
    assert len(posts_to(slack, CHANNEL_ID)) == MOTIONS_AND_DISMISSALS


def test_check_a_case_polls_every_source_and_reports_that_case(docket, app, feed, slack):
    app.poll(app.config.source("sdny"))
    feed.body = FULL_FEED
    assert docket.send("check 18-cv-1119")["text"].startswith("Checking `18-cv-1119`… (2 source(s)")
    [found] = slack.wait_for_responses(1)
    sdny, sdny_entry, down, delivered = found["text"].splitlines()
    assert sdny.endswith("; 1 new in 18-cv-1119")
    assert sdny_entry.strip() == "1:18-cv-01119: Stipulation of Voluntary Dismissal"
    assert down == f"• `down` FAILED  {app.config.source('down').url}: HTTP 503"
    assert delivered == "Delivered 0 post(s)."


def test_checks_asked_while_one_runs_all_get_their_answer_from_one_more_check(app, feed):
    docket = Docket(app)
    answers: dict[str, list[str]] = {"alice": [], "bob": [], "carol": []}

    def to(name):
        return lambda **kw: answers[name].append(kw["text"])

    channel = Channel("C0GENERAL", "general")
    first, job = docket.answer(["check", "sdny"], channel, "U0ALICE", to("alice"))
    assert job is not None
    assert first.text.startswith("Checking `sdny`…")
    for name, words in (("bob", ["check"]), ("carol", ["check", "sdny"])):
        busy, no_job = docket.answer(words, channel, "U0" + name.upper(), to(name))
        assert busy.text == "A check is running already; yours runs right after it and its answer comes here."
        assert no_job is None
    polls_before = feed.requests
    job()  # alice's check, then one more for bob and carol
    assert feed.requests == polls_before + 2  # sdny once per check, not once per request
    assert [a.split("\n")[0].split()[:3] for a in answers["alice"]] == [["•", "`sdny`", "baseline:"]]
    bob = answers["bob"][0].splitlines()
    assert [line.split()[1] for line in bob[:2]] == ["`sdny`", "`down`"] and bob[-1].startswith("Delivered")
    assert answers["carol"][0].splitlines()[0].startswith("• `sdny` ok  0 new of")
    assert all(len(texts) == 1 for texts in answers.values())
    again, _ = docket.answer(["check"], channel, "U0ALICE", print)
    assert again.text.startswith("Checking every source…")


# --- security ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(lambda body: signature(body, "not-the-secret", int(time.time())), id="wrong-secret"),
        pytest.param(lambda body: {}, id="missing"),
        pytest.param(lambda body: {"X-Slack-Request-Timestamp": str(int(time.time()))}, id="timestamp-only"),
        pytest.param(lambda body: signature(body, SECRET, int(time.time()) - 6 * 60), id="replayed-old"),
        pytest.param(lambda body: signature(body + "x", SECRET, int(time.time())), id="body-changed"),
    ],
)
@pytest.mark.parametrize("text", ["follow sdny", "check"])
def test_unsigned_or_stale_requests_get_401_and_do_nothing(docket, app, feed, slack, headers, text):
    body = docket.form(text)
    response = docket.post(body, headers(body))
    assert response.status_code == 401
    assert app.store.subscriptions() == [] and feed.requests == 0
    assert slack.calls == [] and slack.responses == []


def test_a_rejected_request_is_logged_without_its_body(docket, caplog):
    caplog.set_level(logging.INFO)
    body = docket.form("follow sdny")
    assert docket.post(body, {}).status_code == 401
    assert "rejected a request whose Slack signature is missing, wrong or too old" in caplog.text
    assert "deprecated-verification-token" not in caplog.text and "/response/" not in caplog.text


def test_tokens_are_in_no_answer_and_no_log(docket, app, feed, slack, caplog):
    caplog.set_level(logging.DEBUG)
    answers = [docket.send(text)["text"] for text in ("follow sdny", "status", "list", "check", "nonsense")]
    answers.append(slack.wait_for_responses(1)[0]["text"])
    for secret in (slack.token, SECRET):
        assert not any(secret in answer for answer in answers)
        assert secret not in caplog.text


# --- wiring -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("unset", ["SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN"])
def test_no_slack_endpoint_without_signing_secret_and_token(app, environ, unset):
    assert slack_wsgi_app(app, {**environ, unset: ""}) is None
    assert slack_wsgi_app(app, {k: v for k, v in environ.items() if k != unset}) is None


def test_without_the_slack_endpoint_the_path_is_not_found(app, environ):
    with serving(WebApp(app, environ)) as base:
        assert requests.post(f"{base}/slack/events", data="command=%2Fdocket", timeout=5).status_code == 404


def test_socket_mode_starts_only_with_an_app_token(app, environ, slack):
    assert start_socket_mode(app, environ) is None
    assert start_socket_mode(app, {**environ, "SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": ""}) is None
    assert slack.calls == []


@pytest.mark.slow  # slack-sdk's Socket Mode client takes a second to close
def test_socket_mode_refused_by_slack_is_logged_and_the_bot_goes_on(app, environ, slack, caplog):
    # The fake knows the bot token only, so Slack refuses this app token, as it would a revoked one.
    assert start_socket_mode(app, {**environ, "SLACK_APP_TOKEN": "xapp-1-A0-wrong"}) is None
    assert slack.calls == ["apps.connections.open"]
    assert "Socket Mode: cannot connect, /docket will not answer: invalid_auth" in caplog.text
    assert "xapp-1-A0-wrong" not in caplog.text



@pytest.mark.parametrize(("fields", "said"), [
    ({}, "source `nmd`: motion, dismissal"),
    ({"digest": "daily 08:00"}, "source `nmd`: motion, dismissal; daily 08:00 digest"),
    ({"digest": "weekly mon 08:00", "live": False}, "source `nmd`: motion, dismissal; weekly mon 08:00 digest only"),
    ({"events": ["all"]}, "source `nmd`: all events"),
])
def test_list_says_what_a_subscription_follows_and_its_digest(fields, said):
    assert describe(Subscription.model_validate({"channel": "#x", "sources": ["nmd"], **fields})) == said
