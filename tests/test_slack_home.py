"""The App Home tab (notifiers/slack/home.py): the view built from plain values, and the whole way through Bolt:
a signed `app_home_opened` event over HTTP, the person's channels read from the fake Slack's `users.conversations`,
the tab published with `views.publish`."""

# The /docket tests' fixtures (an App with Slack's settings, the fake Slack, the signed HTTP endpoint) are imported
# from tests/test_slack_commands.py and named as test arguments:
# ruff: noqa: F811

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import requests

from bot.config import Subscription
from bot.core.quiet import Mute, Pause
from notifiers.slack.home import (
    CHANNELS_SHOWN,
    ChannelRow,
    Home,
    SourceRow,
    home_for,
    home_view,
    publish_home,
    user_channels,
)
from notifiers.slack.notifier import build_client
from tests.test_slack_commands import (  # noqa: F401  (fixtures)
    CHANNEL_ID,
    SECRET,
    app,
    docket,
    environ,
    feed,
    signature,
)

NOW = datetime(2026, 11, 29, 15, 0, tzinfo=UTC)


def texts(view: dict) -> list[str]:
    """The text of each block of a view, in order (a context's elements joined)."""
    found = []
    for block in view["blocks"]:
        if "text" in block:
            found.append(block["text"]["text"])
        elif block["type"] == "context":
            found.append(" ".join(element["text"] for element in block["elements"]))
    return found


def test_the_view_lists_each_channel_with_its_follows_and_mutes_then_the_sources():
    home = Home(
        "U0ALICE",
        [ChannelRow("C0DOCKET01", ["• source `sdny`: motion, dismissal"], ["• muted: 18-cv-1119 until unmuted (by <@U0BOB>)"]),
         ChannelRow("C0NEWSROOM", ["• source `down`: judgment"])],
        3,
        [SourceRow("sdny", "paused", "paused by <@U0BOB>"), SourceRow("down", "error", "last poll never")],
        NOW,
        [":warning: No worker has run yet."],
    )
    view = home_view(home)
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    assert texts(view) == [
        "Docket Bot",
        "For <@U0ALICE>, as of <!date^1795964400^{date_short_pretty} {time}|2026-11-29 15:00 UTC>. Type `/docket "
        "help` in a channel for the commands.",
        ":warning: No worker has run yet.",
        "Your channels",
        "*<#C0DOCKET01>*\n• source `sdny`: motion, dismissal\n• muted: 18-cv-1119 until unmuted (by <@U0BOB>)",
        "*<#C0NEWSROOM>*\n• source `down`: judgment",
        "3 other channel(s) of yours follow nothing.",
        "Their sources",
        "• `sdny` *paused*: paused by <@U0BOB>\n• `down` *error*: last poll never",
    ]


def test_a_person_in_many_channels_sees_the_first_ones_and_how_many_more():
    rows = [ChannelRow(f"C{n:09d}", ["• every source: motion"]) for n in range(CHANNELS_SHOWN + 5)]
    view = home_view(Home("U0ALICE", rows, 0, [], NOW))
    assert len(view["blocks"]) <= 100
    assert texts(view)[-1] == "… and 5 more channels that follow something."
    assert f"*<#C{CHANNELS_SHOWN - 1:09d}>*" in texts(view)[-2]


def test_a_person_whose_channels_follow_nothing_is_told_how_to_start():
    assert "None of the channels you are in follows anything yet" in texts(home_view(Home("U0ALICE", [], 2, [], NOW)))[3]


def test_the_channels_are_read_page_by_page(slack):
    for n in range(205):
        slack.join("U0ALICE", f"C{n:09d}", f"channel-{n}", private=n % 2 == 1)
    slack.join("U0BOB", "C0BOBONLY1", "bobs")
    channels = user_channels(build_client(slack.token, slack.base_url), "U0ALICE")
    assert len(channels) == 205 and channels[204].name == "channel-204"
    assert slack.calls.count("users.conversations") == 2


def test_when_slack_will_not_list_the_channels_the_tab_says_why(app, slack):
    slack.error_next(1, "missing_scope")
    home = home_for(app, build_client(slack.token, slack.base_url), "U0ALICE")
    assert home.channels == [] and any("`missing_scope`" in warning and "channels:read" in warning
                                       for warning in home.warnings)


def test_opening_the_app_publishes_the_persons_home_tab(docket, app, slack):
    slack.join("U0ALICE", CHANNEL_ID, "court-watch")
    slack.join("U0ALICE", "C0NEWSROOM", "newsroom")  # the config file's "#newsroom" follows `down`
    slack.join("U0ALICE", "C0RANDOM01", "random")
    slack.join("U0BOB", "C0BOBONLY1", "bobs")
    app.store.add_subscription(Subscription(channel=CHANNEL_ID, sources=["sdny"]), "U0ALICE", NOW)
    app.store.mute(Mute(CHANNEL_ID, "1:18-cv-01119", NOW, None, "U0BOB", "court-watch"))
    app.store.pause(Pause("sdny", "U0BOB", NOW - timedelta(hours=1)))

    body = json.dumps({
        "token": "deprecated", "team_id": "T0FAKE", "api_app_id": "A0DOCKET", "type": "event_callback",
        "event_id": "Ev0HOME", "event_time": int(time.time()),
        "event": {"type": "app_home_opened", "user": "U0ALICE", "channel": "D0ALICE", "tab": "home",
                  "event_ts": f"{time.time():.6f}"},
    })
    headers = {"Content-Type": "application/json", **signature(body, SECRET, int(time.time()))}
    assert requests.post(docket.url, data=body.encode(), headers=headers, timeout=10).status_code == 200
    [published] = slack.wait_for_views(1)
    assert published["user_id"] == "U0ALICE"
    shown = texts(published["view"])
    assert shown[0] == "Docket Bot"
    assert shown[2].startswith(":warning: No worker has run yet")
    channels = shown[shown.index("Your channels") + 1 : shown.index("Their sources")]
    assert channels == [
        f"*<#{CHANNEL_ID}>*\n• source `sdny`: motion, dismissal\n• muted: 1:18-cv-01119 until unmuted (by <@U0BOB>): "
        "no case seen has this number",  # nothing was polled
        "*<#C0NEWSROOM>*\n• source `down`: judgment",
        "1 other channel(s) of yours follow nothing.",
    ]
    sdny, down = shown[-1].split("\n")
    assert sdny.startswith("• `sdny` *paused*: paused by <@U0BOB> since <!date^")
    assert down == "• `down` *not polled yet*: last poll never"


def test_the_messages_tab_publishes_nothing(app, slack):
    publish_home(app, build_client(slack.token, slack.base_url), {"type": "app_home_opened", "user": "U0ALICE",
                                                                    "tab": "messages"})
    assert slack.calls == []
