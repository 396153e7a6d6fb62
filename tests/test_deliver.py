"""Delivery from the outbox to the fake Slack, on both databases: order, threads, retries, holds, malformed posts."""

from __future__ import annotations

import io
import logging
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.entry import Entry
from bot.core.notice import FAILING, SOURCE, Notice
from bot.core.post import Item, Post, Queued
from bot.delivery.deliver import HOLD_RETRY, Deliverer
from bot.delivery.outbox import report as outbox_report
from bot.ops.metrics import Metrics
from bot.store import Harvest, Store
from notifiers.console import ConsoleNotifier
from notifiers.slack.notifier import SlackNotifier, build_client
from tests.fakes.slack_api import FakeSlack, channel_id

T0 = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


BY = " filed by the defendant"  # what the docket text says besides the motion's name (the headline)


def entry(key: str, case: str) -> Entry:
    return Entry(source_id="nmd", key=key, case_number=case, case_name=f"Case {case}", court="nmd",
                 text=f"MOTION {key}{BY}", filed_at=T0)


def queue(store: Store, *items: tuple[str, str, str]) -> None:
    """Queues (channel, key, case) posts in that order."""
    queued = [Queued(Post(channel, entry(key, case), ("motion",)), f"nmd:{case}") for channel, key, case in items]
    entries = list({q.post.entry.key: q.post.entry for q in queued}.values())
    store.record_success("nmd", Harvest(new=entries, queued=queued, parsed=len(entries)), T0)


@pytest.fixture
def slack():
    with FakeSlack(missing_channels=["#gone"], uninvited=["#private"]) as fake:
        yield fake


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def deliverer(store, slack, clock):
    return Deliverer(store, SlackNotifier(build_client(slack.token, slack.base_url)), clock=clock,
                     per_channel_interval=0, ops_channel="#ops")


def slack_deliverer(store, slack, clock, token: str | None = None) -> Deliverer:
    return Deliverer(store, SlackNotifier(build_client(token or slack.token, slack.base_url)), clock=clock,
                     per_channel_interval=0, ops_channel="#ops")


def held_logs(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "bot.delivery.deliver" and "are held" in r.getMessage()]


def texts(slack: FakeSlack, channel: str) -> list[str]:
    return [m["blocks"][0]["text"]["text"].rsplit("\n", 1)[-1].removesuffix(BY)
            for m in slack.messages if m["channel"] == channel_id(channel)]


def test_posts_go_out_in_order_and_threaded_per_case(store, slack, deliverer):
    queue(store, ("#a", "k1", "1"), ("#a", "k2", "2"), ("#a", "k3", "1"), ("#b", "k1", "1"))
    report = deliverer.deliver_due()
    assert (report.sent, report.retrying, report.failed) == (4, 0, 0)
    assert texts(slack, "#a") == ["MOTION k1", "MOTION k2", "MOTION k3"]
    first, second, third, other_channel = slack.messages
    assert first.get("thread_ts") is None and second.get("thread_ts") is None
    assert third["thread_ts"] == first["ts"]
    assert other_channel.get("thread_ts") is None
    assert store.outbox_counts() == {"sent": 4}
    assert deliverer.deliver_due().sent == 0


def test_a_failed_post_holds_its_channel_and_is_retried_with_backoff(store, slack, deliverer, clock):
    queue(store, ("#a", "k1", "1"), ("#a", "k2", "2"), ("#b", "k3", "3"))
    slack.fail_next(1)
    report = deliverer.deliver_due()
    assert (report.sent, report.retrying) == (1, 1)
    assert texts(slack, "#a") == [] and texts(slack, "#b") == ["MOTION k3"]

    clock.now += timedelta(seconds=5)  # before the retry is due: nothing moves
    assert deliverer.deliver_due().sent == 0
    clock.now += timedelta(seconds=15)
    assert deliverer.deliver_due().sent == 2
    assert texts(slack, "#a") == ["MOTION k1", "MOTION k2"]


def test_retry_delay_doubles_and_is_capped(store, slack, deliverer, clock):
    queue(store, ("#a", "k1", "1"))
    delays = []
    for _ in range(10):
        slack.fail_next(1)
        deliverer.deliver_due()
        [row] = store.pending_outbox()
        delays.append((row.next_attempt_at - clock.now).total_seconds())
        clock.now = row.next_attempt_at
    assert delays[:4] == [15, 30, 60, 120]
    assert max(delays) == 1800


def test_a_malformed_post_fails_for_good_with_its_reason_and_does_not_block_others(store, slack, deliverer):
    queue(store, ("#a", "k1", "1"), ("#a", "k2", "2"))
    slack.error_next(1, "invalid_blocks")
    report = deliverer.deliver_due()
    assert (report.sent, report.failed) == (1, 1)
    assert store.outbox_counts() == {"sent": 1, "failed": 1}
    [failed] = [item for item in store.outbox_listing() if item.status == "failed"]
    assert "invalid_blocks" in failed.last_error


def test_a_channel_without_the_bot_is_held_said_once_and_delivered_in_order_once_invited(
    store, slack, deliverer, clock, caplog
):
    caplog.set_level(logging.INFO)
    queue(store, ("#private", "k1", "1"), ("#private", "k2", "2"), ("#a", "k3", "3"))
    report = deliverer.deliver_due()
    assert (report.sent, report.held, report.failed) == (2, 1, 0)  # #a's post, and the notice to #ops
    assert texts(slack, "#a") == ["MOTION k3"]
    [notice] = [m for m in slack.messages if m["channel"] == channel_id("#ops")]
    assert notice["text"] == (
        ":no_entry: *Posts to `#private` are held*\n"
        f"Since <!date^{int(clock.now.timestamp())}^{{date_short_pretty}} {{time}}|{clock.now:%Y-%m-%d %H:%M} UTC>\n"
        "```Slack did not take the post to #private: not_in_channel (HTTP 200)```\n"
        "To do: invite @docketbot to #private (/invite @docketbot). The held posts then go out in order; "
        "the bot tries again every 5m."
    )
    assert store.outbox_counts() == {"sent": 2, "held": 2}
    queue(store, ("#private", "k4", "4"))  # posts found while held wait too
    clock.now += timedelta(minutes=1)
    assert deliverer.deliver_due().sent == 0
    clock.now += HOLD_RETRY
    assert deliverer.deliver_due().held == 1  # tried again, still not invited: said once, not again
    assert len(held_logs(caplog)) == 1
    assert held_logs(caplog)[0].startswith("Slack posts to #private are held for token sha256:f464ec18: not_in_channel (invite @docketbot")

    slack.invite("#private")
    clock.now += HOLD_RETRY
    assert deliverer.deliver_due().sent == 4  # three held posts, then the notice that they go out again
    assert texts(slack, "#private") == ["MOTION k1", "MOTION k2", "MOTION k4"]
    assert "*Posts to `#private` go out again (held for not_in_channel)" in slack.messages[-1]["text"]
    assert store.holds() == [] and store.outbox_counts() == {"sent": 6}


def test_a_revoked_token_holds_everything_until_a_new_token_delivers_each_post_once_in_order(
    database_url, slack, clock, caplog
):
    caplog.set_level(logging.INFO)
    store = Store.open(database_url)
    queue(store, ("#a", "k1", "1"), ("#b", "k2", "2"), ("#a", "k3", "3"))
    slack.revoke("xoxb-new-token")
    old = slack_deliverer(store, slack, clock, token="xoxb-fake-token")
    report = old.deliver_due()
    assert (report.sent, report.held, report.failed) == (0, 1, 0)
    assert store.outbox_counts() == {"held": 3}
    [hold] = store.holds()
    assert (hold.scope, hold.reason) == ("", "token_revoked")
    assert held_logs(caplog) == [
        "Slack posts to every channel are held for token sha256:f464ec18: token_revoked (the token was revoked: "
        "reinstall the app and set "
        "SLACK_BOT_TOKEN to its new token). They are kept and go out in order once a retry works (every 5m, "
        "and at once after a restart or a config reload)."
    ]
    metrics = Metrics()
    metrics.watch_store(store, lambda: type("C", (), {"sources": []})())
    exposition = metrics.exposition().decode()
    assert 'docketbot_delivery_held_messages{channel="*",reason="token_revoked"} 3.0' in exposition
    assert 'docketbot_outbox_messages{status="held"} 3.0' in exposition
    text, trouble = outbox_report(store, clock.now)
    assert trouble and "0 queued, 3 held, 0 failed for good" in text

    queue(store, ("#b", "k4", "4"))
    assert old.deliver_due().sent == 0 and old.check_target() is None  # a restart with the old token
    assert len(held_logs(caplog)) == 1
    store.close()

    store = Store.open(database_url)  # a restart with the new token: the old token's hold is not its own
    store.retry_holds_now(clock.now)
    fixed = slack_deliverer(store, slack, clock, token="xoxb-new-token")
    assert fixed.check_target() == "@docketbot in Fake"
    assert fixed.deliver_due().sent == 4
    assert texts(slack, "#a") == ["MOTION k1", "MOTION k3"] and texts(slack, "#b") == ["MOTION k2", "MOTION k4"]
    assert [m["channel"] for m in slack.messages[:4]] == [channel_id(c) for c in ("#a", "#b", "#a", "#b")]
    assert store.holds() == [] and store.outbox_counts() == {"sent": 4}  # the dead token's hold was dropped
    assert not any("posts again" in message["text"] for message in slack.messages)  # nothing to say in Slack
    assert fixed.deliver_due().sent == 0
    store.close()


def test_only_one_of_several_processes_tries_a_held_channel(store, slack, clock):
    queue(store, ("#private", "k1", "1"))
    first, second = slack_deliverer(store, slack, clock), slack_deliverer(store, slack, clock)
    assert first.deliver_due().held == 1
    clock.now += HOLD_RETRY
    assert store.claim_next("one", clock.now, timedelta(minutes=2)) is not None
    assert store.claim_next("two", clock.now, timedelta(minutes=2)) is None
    assert second.deliver_due().held == 0


def test_outbox_retry_requeues_failed_posts(store, slack, deliverer, clock):
    queue(store, ("#a", "k1", "1"))
    slack.error_next(1, "invalid_blocks")
    assert deliverer.deliver_due().failed == 1
    text, trouble = outbox_report(store, clock.now)
    assert trouble and text.splitlines()[1].startswith("failed  #a")
    assert store.requeue_failed(clock.now) == 1
    assert deliverer.deliver_due().sent == 1
    assert outbox_report(store, clock.now) == ("the outbox is empty: every message was delivered", False)


def test_queued_posts_survive_a_restart(database_url, slack, clock):
    first = Store.open(database_url)
    queue(first, ("#a", "k1", "1"))
    slack.fail_next(1)
    assert Deliverer(first, SlackNotifier(build_client(slack.token, slack.base_url)), clock=clock, per_channel_interval=0).deliver_due().retrying == 1
    first.close()

    clock.now += timedelta(minutes=1)
    again = Store.open(database_url)
    report = Deliverer(again, SlackNotifier(build_client(slack.token, slack.base_url)), clock=clock, per_channel_interval=0).deliver_due()
    assert report.sent == 1 and texts(slack, "#a") == ["MOTION k1"]
    again.close()


def test_posts_to_one_channel_are_spaced_other_channels_are_not(store, slack, clock):
    queue(store, ("#a", "k1", "1"), ("#b", "k2", "2"), ("#a", "k3", "3"))
    paced = Deliverer(store, SlackNotifier(build_client(slack.token, slack.base_url)), clock=clock,
                      per_channel_interval=0.3)
    started = time.monotonic()
    assert paced.deliver_due().sent == 3
    assert time.monotonic() - started >= 0.3  # the second post to #a waited its turn
    arrivals = [m["blocks"][0]["text"]["text"].removesuffix(BY).rsplit(" ", 1)[-1] for m in slack.messages]
    assert arrivals == ["k1", "k2", "k3"]  # #b's post did not wait behind #a's second one


def test_a_post_to_another_channel_does_not_wait_out_the_spacing_of_a_channel_queued_before_it(store, slack, clock):
    queue(store, ("#a", "k1", "1"), ("#a", "k2", "2"), ("#b", "k3", "3"))
    paced = Deliverer(store, SlackNotifier(build_client(slack.token, slack.base_url)), clock=clock,
                      per_channel_interval=3600)  # #a's second post would wait an hour
    delivering = threading.Thread(target=paced.deliver_due)
    delivering.start()
    try:
        two = slack.wait_for_messages(2, timeout=30)  # fails here when #b's post waits behind #a's second one
    finally:
        paced.stopping.set()  # the bot stops; #a's second post is sent or stays queued, as the stop falls
        delivering.join(30)
    arrivals = [m["blocks"][0]["text"]["text"].removesuffix(BY).rsplit(" ", 1)[-1] for m in two]
    assert arrivals == ["k1", "k3"]
    counts = store.outbox_counts()
    assert counts.get("sent", 0) + counts.get("pending", 0) == 3  # nothing lost


def test_a_dismissal_reply_is_broadcast_to_the_channel(store, slack, deliverer):
    first = Queued(Post("#a", entry("k1", "1"), ("motion",)), "nmd:1")
    dismissal = Queued(Post("#a", entry("k2", "1"), ("order", "dismissal")), "nmd:1")
    motion = Queued(Post("#a", entry("k3", "1"), ("motion",)), "nmd:1")
    store.record_success("nmd", Harvest(new=[q.post.entry for q in (first, dismissal, motion)],
                                        queued=[first, dismissal, motion], parsed=3), T0)
    deliverer.deliver_due()
    opening, broadcast, quiet = slack.messages
    assert broadcast["thread_ts"] == opening["ts"] and broadcast["reply_broadcast"] is True
    assert quiet["thread_ts"] == opening["ts"] and not quiet.get("reply_broadcast")


def test_notices_are_values_rendered_by_the_notifier(store, slack, deliverer):
    store.record_success("nmd", Harvest(parsed=0), T0)
    notice = Notice(FAILING, SOURCE, "nmd", "is failing: 3 polls in a row", T0, "check the feed", "HTTP 503 <b>")
    store.set_alert("nmd", "failing", (None,), ("#ops", notice), T0)
    [row] = store.pending_outbox()
    assert row.notice == notice and row.post is None
    assert deliverer.deliver_due().sent == 1
    [sent] = slack.messages
    assert sent["channel"] == channel_id("#ops")
    assert sent["text"].startswith(":rotating_light: *Source `nmd` is failing: 3 polls in a row*\nSince <!date^")
    assert "```HTTP 503 &lt;b&gt;```\nTo do: check the feed" in sent["text"]


def test_a_folded_burst_survives_the_outbox_and_goes_as_one_message(store, slack, deliverer):
    items = [entry(f"k{i}", "1") for i in range(7)]
    burst = Queued(Post("#a", items[0], ("motion",), folded=tuple(Item(e, ("motion",)) for e in items)), "nmd:1")
    store.record_success("nmd", Harvest(new=items, queued=[burst], parsed=7), T0)
    [row] = store.pending_outbox()
    assert row.post == burst.post
    assert deliverer.deliver_due().sent == 1
    [message] = slack.messages
    assert message["text"].startswith("7 new entries")


class WaitsRecorded(threading.Event):
    """A deliverer's stop event that records each wait (seconds) instead of waiting: pacing made visible."""

    def __init__(self) -> None:
        super().__init__()
        self.waits: list[float] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(timeout or 0.0)
        return self.is_set()


def test_the_console_prints_without_pacing_and_its_threads_do_not_follow_into_slack(store, slack, clock):
    out = io.StringIO()
    console = Deliverer(store, ConsoleNotifier(out), clock=clock, per_channel_interval=1.0)
    console.stopping = WaitsRecorded()
    queue(store, ("#a", "k1", "1"), ("#a", "k2", "1"))
    assert console.deliver_due().sent == 2
    assert console.stopping.waits == []  # two posts to one channel, not a second apart
    assert "\n    ── #a · reply to the post of" in out.getvalue()
    queue(store, ("#a", "k3", "1"))  # the token is set now: the case's thread starts anew in Slack
    slack_side = slack_deliverer(store, slack, clock)
    queue(store, ("#a", "k4", "1"))
    assert slack_side.deliver_due().sent == 2
    first, second = slack.messages
    assert first.get("thread_ts") is None and second["thread_ts"] == first["ts"]


def test_a_token_refused_at_start_is_held_and_a_working_token_lifts_it_with_no_post_waiting(store, slack, clock):
    bad = slack_deliverer(store, slack, clock)
    slack.revoke("xoxb-new-token")
    assert bad.check_target() is None
    [hold] = store.holds()
    assert (hold.scope, hold.reason, hold.token) == ("", "token_revoked", bad.token)
    slack.revoked.discard("xoxb-fake-token")  # the app is reinstalled with the old token (the fake takes one)
    slack.token = "xoxb-fake-token"
    assert bad.deliver_due().sent == 0 and store.holds() == [hold]  # not due yet: nothing is tried
    clock.now += HOLD_RETRY
    calls = len(slack.calls)
    bad.deliver_due()  # due: the token is tried with auth.test, though no post waits
    assert slack.calls[calls] == "auth.test" and store.holds() == []
    assert "*Slack takes the bot's posts again (held for token_revoked)" in slack.messages[-1]["text"]


def test_a_stray_process_with_a_wrong_token_holds_only_itself(store, slack, clock):
    good = slack_deliverer(store, slack, clock)
    stray = slack_deliverer(store, slack, clock, token="xoxb-old-token")
    assert good.token != stray.token and stray.token.startswith("sha256:")
    assert good.check_target() == "@docketbot in Fake"  # the worker started first
    assert stray.check_target() is None  # refused: it holds posts for its own token
    [hold] = store.holds()
    assert (hold.scope, hold.reason, hold.token) == ("", "invalid_auth", stray.token)
    queue(store, ("#a", "k1", "1"))
    assert stray.deliver_due().sent == 0 and store.outbox_counts(stray.token) == {"held": 1}  # claims no post
    assert good.deliver_due().sent == 1 and texts(slack, "#a") == ["MOTION k1"]
    clock.now += HOLD_RETRY
    assert good.deliver_due().sent == 0 and store.holds() == [hold]
    assert not any("posts again" in message["text"] for message in slack.messages)
    queue(store, ("#a", "k2", "1"))
    assert stray.deliver_due().sent == 0 and store.outbox_counts(good.token) == {"sent": 1, "pending": 1}
    text, _ = outbox_report(store, clock.now, good.token)
    assert (f"held: posts to every channel for token {stray.token} (not this environment's token, {good.token}: "
            "`python -m bot outbox --retry` drops it)") in text
    assert good.check_target() and store.holds() == []  # a restart of the worker drops the refused token's hold
