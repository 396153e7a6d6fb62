"""Notifiers: mrkdwn escaping, the rendering of a post, and delivery through a real WebClient to a fake Slack."""

from __future__ import annotations

import io
import json
import socket
import time
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.core.entry import Entry
from bot.core.post import Correction, Item, MessageRef, Post
from notifiers.base import FAIL, HOLD, WORKSPACE, DeliveryError
from notifiers.console import ConsoleNotifier
from notifiers.slack.mrkdwn import escape, link
from notifiers.slack.notifier import SlackNotifier, build_client
from notifiers.slack.render import FALLBACK_LIMIT, SECTION_LIMIT, render
from notifiers.text import truncate
from tests.fakes.slack_api import FakeSlack, channel_id

HOSTILE = "<!channel> <https://evil|click> @here & co"
DOCUMENT = "https://ecf.nmd.uscourts.gov/doc1/12345"
DOCKET = "https://ecf.nmd.uscourts.gov/cgi-bin/DktRpt.pl?123"

ENTRY = Entry(
    source_id="nmd",
    key="nmd:42",
    case_number="1:23-cr-00001",
    case_name="United States v. Baldwin",
    court="nmd",
    text="Notice of dismissal without prejudice by United States of America",
    url=DOCUMENT,
    docket_url=DOCKET,
    filed_at=datetime(2024, 3, 1, 15, 30, tzinfo=timezone.utc),
    number="42",
)
POST = Post(channel="#rust-case", entry=ENTRY, events=("dismissal",))


def post_with(events: tuple[str, ...] = ("dismissal",), **changes: Any) -> Post:
    return Post(channel="#rust-case", entry=replace(ENTRY, **changes), events=events)


def block_texts(blocks: list[dict]) -> list[str]:
    section, *context = blocks
    return [section["text"]["text"]] + [element["text"] for block in context for element in block["elements"]]


@pytest.fixture
def notifier(slack):
    return SlackNotifier(build_client(slack.token, slack.base_url))


# --- mrkdwn ---------------------------------------------------------------------------------------------


def test_escape_makes_mentions_links_and_broadcasts_inert():
    assert escape(HOSTILE) == "&lt;!channel&gt; &lt;https://evil|click&gt; @\u200bhere &amp; co"


@pytest.mark.parametrize("word", ["@channel", "@here", "@everyone", "@HERE"])
def test_escape_breaks_up_every_broadcast(word):
    assert escape(f"cc {word}") == f"cc @\u200b{word[1:]}"


def test_escape_leaves_addresses_and_plain_text_alone():
    assert escape("write to clerk@here.com, @heresy, 50% off") == "write to clerk@here.com, @heresy, 50% off"


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short text", 10, "short text"),
        ("Motion to dismiss the indictment", 20, "Motion to dismiss…"),
        ("Motion to dismiss the indictment", 18, "Motion to dismiss…"),
        ("Supercalifragilistic", 10, "Supercali…"),
        ("AT&amp;T", 6, "AT…"),
        ("word &amp;&amp; more", 10, "word…"),
    ],
)
def test_truncate_cuts_at_a_word_boundary_and_never_inside_an_entity(text, limit, expected):
    assert truncate(text, limit) == expected
    assert len(truncate(text, limit)) <= limit


def test_link_escapes_the_label_and_ampersands_in_the_url():
    assert link("https://x.test/a?b=1&c=2", "<b> & co") == "<https://x.test/a?b=1&amp;c=2|&lt;b&gt; &amp; co>"


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "ftp://x.test/a", "https://x>y/a", "https:// x.test/a", "https://", "", "/doc/1"],
)
def test_link_refuses_urls_that_are_not_plain_http(url):
    assert link(url, "Document <1>") == "Document &lt;1&gt;"


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://news.example.invalid/courts/rust case dropped", "https://news.example.invalid/courts/rust%20case%20dropped"),
        ("https://news.example.invalid/story?id=7|politics", "https://news.example.invalid/story?id=7%7Cpolitics"),
        ("https://news.example.invalid/a<b>c?x=1&y=2", "https://news.example.invalid/a%3Cb%3Ec?x=1&amp;y=2"),
        ("https://news.example.invalid/a\tb\nc", "https://news.example.invalid/a%09b%0Ac"),
    ],
)
def test_link_percent_encodes_what_slack_link_syntax_needs(url, linked):
    assert link(url, "Story") == f"<{linked}|Story>"


# --- rendering ------------------------------------------------------------------------------------------


def test_render_sample_post():
    text, blocks = render(POST)
    assert text == (
        "Dismissal: United States v. Baldwin (1:23-cr-00001, D.N.M.)"
        " — Notice of dismissal without prejudice by United States of America"
    )
    assert blocks == [
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": ":x: *Dismissal*\n*United States v. Baldwin* · 1:23-cr-00001 · D.N.M.\n\n"
                "Notice of dismissal without prejudice by United States of America",
            },
        },
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": f"filed 2024-03-01 08:30 MST · No. 42 · <{DOCUMENT}|Document> · <{DOCKET}|Docket>",
                }
            ],
        },
    ]


def test_render_names_every_event_with_its_emoji():
    text, blocks = render(post_with(events=("motion", "order")))
    assert text.startswith("Motion, Order: United States v. Baldwin")
    assert block_texts(blocks)[0].startswith(":page_facing_up: :scales: *Motion, Order*\n")


def test_render_makes_hostile_scraped_text_harmless_everywhere():
    text, blocks = render(post_with(case_name=HOSTILE, case_number=HOSTILE, court=HOSTILE, text=HOSTILE))
    for rendered in [text, *block_texts(blocks)]:
        assert "<!" not in rendered
        assert "<https://evil" not in rendered
        assert "@here" not in rendered
    assert "&lt;!channel&gt;" in text and block_texts(blocks)[0].count("&lt;!channel&gt;") == 4


def test_a_correction_says_so_and_quotes_what_was_posted_escaped_and_cut():
    corrected = replace(post_with(events=("order",), text="Order denying the motion to dismiss"),
                        correction=Correction(f"Order granting the motion to dismiss {HOSTILE}", ("dismissal", "order"),
                                                   taken_back=("dismissal",)))
    text, blocks = render(corrected)
    assert text.startswith("Corrected: Order denying the motion to dismiss: United States v. Baldwin")
    section, was, facts = block_texts(blocks)
    assert section.startswith(":pencil2: *Corrected:* :scales: *Order denying the motion to dismiss*\n*United")
    assert was == ('Was: "Order granting the motion to dismiss &lt;!channel&gt; &lt;https://evil|click&gt; '
                   '@\u200bhere &amp; co" (no longer: Dismissal)')
    assert facts.startswith("filed 2024-03-01")
    _, blocks = render(replace(corrected, correction=Correction("word " * 1000, ("order",))))
    was = block_texts(blocks)[1]
    assert was.endswith('…"') and len(was) < 520 and "no longer" not in was


def test_a_correction_queued_before_its_types_were_kept_names_none():
    """A correction queued by the release before this one kept the text's types, not those its channel was told the
    edit changed: it quotes the text and says nothing of types rather than name one its channel does not follow."""
    stored = Correction.from_json({"was": "Opposition to Motion to Dismiss", "events": ["other"]})
    assert stored == Correction("Opposition to Motion to Dismiss", ("other",))
    assert Correction.from_json(replace(stored, taken_back=("dismissal",)).to_json()).taken_back == ("dismissal",)
    post = replace(post_with(events=("dismissal",), text="Notice of Voluntary Dismissal"), correction=stored)
    assert block_texts(render(post)[1])[1] == 'Was: "Opposition to Motion to Dismiss"'


def test_render_cuts_a_long_text_with_a_link_to_read_more():
    _, blocks = render(post_with(text="word " * 1000))
    section = block_texts(blocks)[0]
    assert section.endswith(f"… <{DOCUMENT}|read more>")
    assert 2400 < len(section) <= SECTION_LIMIT


def test_render_keeps_the_section_within_slacks_limit_when_escaping_grows_the_text():
    text, blocks = render(post_with(case_name="&" * 1000, case_number="<" * 1000, text="<" * 2900))
    assert len(block_texts(blocks)[0]) <= SECTION_LIMIT
    assert len(text) <= FALLBACK_LIMIT


def test_render_reads_more_at_the_docket_when_the_document_cannot_be_linked():
    _, blocks = render(post_with(text="word " * 1000, url="javascript:alert(1)"))
    assert block_texts(blocks)[0].endswith(f"… <{DOCKET}|read more>")
    assert block_texts(blocks)[1] == f"filed 2024-03-01 08:30 MST · No. 42 · <{DOCKET}|Docket>"


def test_render_leaves_out_what_the_entry_does_not_have():
    bare = post_with(text="word " * 1000, case_number="", number=None, filed_at=None, url="", docket_url="")
    text, blocks = render(bare)
    assert text.startswith("Dismissal: United States v. Baldwin (D.N.M.) — word word")
    assert block_texts(blocks)[0].endswith("word…")
    assert len(blocks) == 1  # no date, no number, no link: no context line


def test_render_of_an_entry_without_text_ends_with_the_title():
    text, blocks = render(post_with(text="  "))
    assert text == "Dismissal: United States v. Baldwin (1:23-cr-00001, D.N.M.)"
    assert block_texts(blocks)[0] == ":x: *Dismissal*\n*United States v. Baldwin* · 1:23-cr-00001 · D.N.M."


def test_an_entry_whose_link_is_the_docket_page_has_no_document_link():
    _, blocks = render(post_with(url=DOCKET))
    assert block_texts(blocks)[1] == f"filed 2024-03-01 08:30 MST · No. 42 · <{DOCKET}|Docket>"


# --- Slack ----------------------------------------------------------------------------------------------


def test_slack_notifier_posts_text_and_blocks_in_the_thread(slack, notifier):
    sent = notifier.send(POST, MessageRef("slack", f"{channel_id('#rust-case')}/1700000000.000001"))
    [message] = slack.messages
    text, blocks = render(POST)
    assert message["channel"] == channel_id("#rust-case")
    assert (message["text"], message["blocks"]) == (text, blocks)
    assert message["thread_ts"] == "1700000000.000001"
    assert (message["unfurl_links"], message["unfurl_media"]) == (False, False)
    assert sent == MessageRef("slack", f"{channel_id('#rust-case')}/{message['ts']}")


def test_slack_notifier_starts_a_thread_without_thread_ts(slack, notifier):
    first = notifier.send(POST)
    second = notifier.send(POST)
    assert [message["thread_ts"] for message in slack.messages] == [None, None]
    assert first != second and {first.notifier, second.notifier} == {"slack"}


@pytest.mark.slow  # waits out a real Retry-After of 1 s
def test_slack_notifier_waits_out_a_rate_limit_and_posts_once(slack, notifier):
    slack.rate_limit_next(1, retry_after=1)
    started = time.monotonic()
    sent = notifier.send(POST)
    assert time.monotonic() - started >= 1
    assert slack.calls == ["chat.postMessage", "chat.postMessage"]
    assert [f"{message['channel']}/{message['ts']}" for message in slack.messages] == [sent.id]


def test_slack_server_error_is_a_passing_delivery_error_without_the_token(slack, notifier):
    slack.fail_next(1, status=500, body=f"proxy error for Authorization: Bearer {slack.token}")
    with pytest.raises(DeliveryError) as caught:
        notifier.send(POST)
    assert not caught.value.permanent
    assert "HTTP 500" in str(caught.value)
    assert slack.token not in str(caught.value)
    assert slack.messages == []


def test_slack_not_ok_is_a_passing_delivery_error(slack, notifier):
    slack.error_next(1, "internal_error")
    with pytest.raises(DeliveryError, match="internal_error") as caught:
        notifier.send(POST)
    assert not caught.value.permanent
    assert slack.token not in str(caught.value)


def test_slack_unknown_channel_holds_that_channel():
    with FakeSlack(missing_channels=["#gone"]) as slack:
        notifier = SlackNotifier(build_client(slack.token, slack.base_url))
        with pytest.raises(DeliveryError, match="channel_not_found") as caught:
            notifier.send(replace(POST, channel="#gone"))
    assert (caught.value.action, caught.value.scope, caught.value.reason) == (HOLD, "#gone", "channel_not_found")
    assert "#gone" in caught.value.advice


def test_slack_channel_without_the_bot_holds_it_and_says_whom_to_invite():
    with FakeSlack(uninvited=["#rust-case"]) as slack:
        notifier = SlackNotifier(build_client(slack.token, slack.base_url))
        assert notifier.identity() == "@docketbot in Fake"
        with pytest.raises(DeliveryError, match="not_in_channel") as caught:
            notifier.send(POST)
    assert (caught.value.action, caught.value.scope) == (HOLD, "#rust-case")
    assert caught.value.advice == "invite @docketbot to #rust-case (/invite @docketbot)"


def test_slack_bad_token_holds_every_channel_without_the_token(slack):
    notifier = SlackNotifier(build_client("xoxb-wrong-secret", slack.base_url))
    with pytest.raises(DeliveryError, match="invalid_auth") as caught:
        notifier.send(POST)
    assert (caught.value.action, caught.value.scope) == (HOLD, WORKSPACE)
    assert "xoxb-wrong-secret" not in str(caught.value)
    with pytest.raises(DeliveryError, match="invalid_auth"):
        notifier.identity()


def test_slack_revoked_token_holds_every_channel(slack):
    notifier = SlackNotifier(build_client(slack.token, slack.base_url))
    slack.revoke("xoxb-new")
    with pytest.raises(DeliveryError, match="token_revoked") as caught:
        notifier.send(POST)
    assert (caught.value.action, caught.value.reason) == (HOLD, "token_revoked")
    assert "revoked" in caught.value.advice


def test_slack_malformed_message_fails_for_good(slack, notifier):
    slack.error_next(1, "invalid_blocks")
    with pytest.raises(DeliveryError, match="invalid_blocks") as caught:
        notifier.send(POST)
    assert caught.value.action == FAIL and caught.value.permanent


@pytest.mark.slow  # waits out slack-sdk's one retry of a refused connection (0.5 to 1.5 s)
def test_slack_unreachable_is_a_passing_delivery_error_without_the_token():
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    notifier = SlackNotifier(build_client("xoxb-secret", f"http://127.0.0.1:{port}/api/"))
    with pytest.raises(DeliveryError, match="could not be reached") as caught:
        notifier.send(POST)
    assert not caught.value.permanent
    assert "xoxb-secret" not in str(caught.value)


def test_build_client_defaults_to_slack_with_a_short_timeout():
    client = build_client("xoxb-token")
    assert client.base_url == "https://slack.com/api/"
    assert client.timeout == 10


# --- the fake itself ------------------------------------------------------------------------------------


def test_fake_slack_accepts_form_bodies_and_checks_the_token(slack):
    client = WebClient(token=slack.token, base_url=slack.base_url)
    assert client.auth_test()["bot_id"] == "B0FAKE"
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "hi"}}]
    client.api_call("chat.postMessage", params={"channel": "C0123456789", "blocks": json.dumps(blocks),
                                                "reply_broadcast": "true"})
    [message] = slack.wait_for_messages(1)
    assert (message["channel"], message["blocks"], message["reply_broadcast"]) == ("C0123456789", blocks, True)
    with pytest.raises(SlackApiError, match="invalid_auth"):
        WebClient(token="nope", base_url=slack.base_url).auth_test()


def test_fake_slack_wait_for_messages_times_out(slack):
    with pytest.raises(AssertionError, match="expected 1 Slack message"):
        slack.wait_for_messages(1, timeout=0.05)


# --- console --------------------------------------------------------------------------------------------


def test_console_notifier_prints_a_readable_post():
    out = io.StringIO()
    console = ConsoleNotifier(out)
    first = console.send(POST)
    second = console.send(POST, first)
    assert first.notifier == second.notifier == "console"
    assert datetime.fromisoformat(first.id) < datetime.fromisoformat(second.id)
    first_post, second_post = out.getvalue().split("\n\n", 1)
    when = datetime.fromisoformat(first.id).strftime("%H:%M:%S")
    assert first_post.splitlines() == [
        f"── #rust-case · {when} UTC",
        "Dismissal: United States v. Baldwin (1:23-cr-00001, D.N.M.)",
        "filed 2024-03-01 08:30 MST · No. 42",
        "Notice of dismissal without prejudice by United States of America",
        f"Document: {DOCUMENT}",
        f"Docket: {DOCKET}",
    ]
    reply = second_post.rstrip("\n").splitlines()
    assert reply[0] == f"    ── #rust-case · reply to the post of {when} UTC"
    assert reply[1:3] == ["    Dismissal: United States v. Baldwin (1:23-cr-00001, D.N.M.)",
                          "    filed 2024-03-01 08:30 MST · No. 42"]
    assert all(line.startswith("    ") for line in reply)


def test_console_headings_are_on_the_configs_clock():
    out = io.StringIO()
    denver = ZoneInfo("America/Denver")
    sent = ConsoleNotifier(out, tz=denver).send(POST)
    local = datetime.fromisoformat(sent.id).astimezone(denver)
    assert out.getvalue().splitlines()[0] == f"── #rust-case · {local:%H:%M:%S} {local.tzname()}"


def test_the_console_is_not_paced():
    assert not ConsoleNotifier.paced and SlackNotifier.paced


def test_a_burst_is_one_message_listing_every_entry():
    entries = [replace(ENTRY, key=f"k{i}", number=str(40 + i), text=f"ORDER {i} <!here>") for i in range(7)]
    post = Post("#c", entries[0], ("order", "dismissal"), folded=tuple(Item(e, ("order",)) for e in entries))
    text, blocks = render(post)
    assert text.startswith("7 new entries: Order, Dismissal: United States v. Baldwin")
    head, listed = (block["text"]["text"] for block in blocks[:2])
    assert "*7 new entries*" in head and listed.count("• ") == 7
    assert "No. 46" in listed and "&lt;!here&gt;" in listed and "<!here>" not in listed
    assert len(listed) <= 3000


def test_a_burst_shortens_each_text_and_never_the_list():
    long_text = "MOTION " + "word " * 80
    entries = [replace(ENTRY, key=f"k{i}", number=str(i), text=long_text) for i in range(25)]
    post = Post("#c", entries[0], ("motion",), folded=tuple(Item(e, ("motion",)) for e in entries))
    sections = [block["text"]["text"] for block in render(post)[1] if block["type"] == "section"][1:]
    assert [len(section.splitlines()) for section in sections] == [10, 10, 5]
    assert all(len(section) <= 3000 for section in sections)
    listed = "\n".join(sections)
    assert all(f"No. {i} ·" in listed for i in range(25)) and listed.count("|Document>") == 25
    assert all(line.endswith("…") for line in listed.splitlines())


def test_a_news_story_links_its_article_and_outlet():
    story = replace(ENTRY, case_number="", case_name="", court="Deadline", number=None,
                    url="https://deadline.com/2023/04/story/", docket_url="https://deadline.com")
    context = render(Post("#c", story, ("dismissal",)))[1][1]["elements"][0]["text"]
    assert context == ("published 2024-03-01 15:30 UTC · <https://deadline.com/2023/04/story/|Article> · "
                       "<https://deadline.com|Deadline>")
