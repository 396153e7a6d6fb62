"""The whole path on real parts: a real PACER feed over HTTP -> diff -> classify -> route -> fake Slack.

Runs on SQLite and on PostgreSQL. The feed is SDNY's real RSS feed; the "new filings" are its
newest items, withheld from the first poll (the baseline) and served from the second poll on.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import App
from bot.cli import main
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support.feeds import FIXTURES, ChangingFeed, feed_without_newest

pytestmark = pytest.mark.slow  # end to end, with a fresh process

ROOT = Path(__file__).resolve().parent.parent
FULL_FEED = (FIXTURES / "pacer_rss" / "sdny_1.xml").read_bytes()
WITHHELD_ITEMS = 75

# What the newest 75 items of the SDNY feed hold that a subscriber of motions or dismissals wants, by the
# headline of their post (in SDNY's feed a motion is listed by the relief it asks for, "Dismiss", "In Limine":
# the post names it in full).
EXPECTED_MOTIONS = {
    ("1:18-mc-00150", "Petition"),  # "Petition (Other)"
    ("1:17-cv-05839", "Motion to Dismiss"),  # "Dismiss"
    ("1:17-cv-04489", "Motion for Discovery"),
    ("1:15-cv-09190", "Motion to Adjourn Conference"),
    ("1:18-cv-03095", "Motion for Extension of Time"),
    ("1:16-cv-05954", "Motion to Preclude"),
    ("1:11-cv-06964", "Motion for Discovery"),
    ("1:18-cv-01550", "Motion to Strike"),
    ("1:18-cr-00224", "Letter Motion"),
    ("1:15-cv-08569", "Motion in Limine"),
    ("1:18-cv-02617", "Motion for Extension of Time to File Answer"),
}
EXPECTED_DISMISSALS = {
    ("1:18-cv-01119", "Stipulation of Voluntary Dismissal"),
    ("1:17-cv-09042", "Notice of Voluntary Dismissal"),
}

CONFIG = """\
sources:
  - id: sdny
    kind: pacer_rss
    url: {url}
subscriptions:
  - channel: "#motions"
    sources: [sdny]
    events: [motion]
  - channel: "#dismissals"
    sources: ["*"]
    events: [dismissal]
  - channel: "#rust-case"
    sources: [sdny]
{extra}"""
EXPECTED_POSTS = 2 * len(EXPECTED_MOTIONS) + 2 * len(EXPECTED_DISMISSALS)


@pytest.fixture
def feed(httpserver):
    return ChangingFeed(httpserver, feed_without_newest(FULL_FEED, WITHHELD_ITEMS))


@pytest.fixture
def extra_subscriptions() -> str:
    return ""


@pytest.fixture
def bot_env(use_config, database_url, slack, feed, extra_subscriptions):
    """The environment of the bot, set for the test: the config, the store, and the fake Slack's token and URL."""
    use_config(CONFIG.format(url=feed.url, extra=extra_subscriptions), database_url, slack=slack)
    return dict(os.environ)


def messages_in(slack: FakeSlack, channel: str) -> list[dict]:
    return [message for message in slack.messages if message["channel"] == channel_id(channel)]


def cases_and_texts(slack: FakeSlack, channel: str) -> set[tuple[str, str]]:
    """(case number, headline) of each post a channel received, read from the post's fallback text."""
    return {
        (case, headline)
        for case, headline in EXPECTED_MOTIONS | EXPECTED_DISMISSALS
        for message in messages_in(slack, channel)
        if message["text"].startswith(f"{headline}: ") and f"({case}, S.D.N.Y.)" in message["text"]
    }


def run_check(capsys, *args: str) -> tuple[int, str]:
    code = main(["check", *args])
    return code, capsys.readouterr().out


def test_baseline_then_new_filings_posted_once(bot_env, feed, slack, capsys):
    code, out = run_check(capsys)
    assert code == 0, out
    assert "baseline" in out and slack.messages == []

    feed.body = FULL_FEED
    code, out = run_check(capsys)
    assert code == 0, out
    assert cases_and_texts(slack, "#motions") == EXPECTED_MOTIONS
    assert cases_and_texts(slack, "#dismissals") == EXPECTED_DISMISSALS
    assert cases_and_texts(slack, "#rust-case") == EXPECTED_MOTIONS | EXPECTED_DISMISSALS
    assert len(slack.messages) == EXPECTED_POSTS, [m["text"] for m in slack.messages]
    assert f"delivered {EXPECTED_POSTS}," in out

    code, out = run_check(capsys)
    assert code == 0 and "0 new" in out
    assert len(slack.messages) == EXPECTED_POSTS

    fresh = subprocess.run(
        [sys.executable, "-m", "bot", "check"], cwd=ROOT, env=bot_env,
        capture_output=True, text=True, timeout=120,
    )
    assert fresh.returncode == 0, fresh.stderr
    assert "0 new" in fresh.stdout
    assert len(slack.messages) == EXPECTED_POSTS


@pytest.mark.parametrize(
    "extra_subscriptions",
    ['  - channel: "#everything"\n    events: [motion, dismissal, order, judgment, hearing, charge, plea, appearance, other]\n'],
)
def test_posts_about_one_case_share_a_thread(bot_env, feed, slack, capsys):
    run_check(capsys)
    feed.body = FULL_FEED
    run_check(capsys)
    everything = messages_in(slack, "#everything")
    assert len(everything) == WITHHELD_ITEMS
    chau = [m for m in everything if "(1:18-cv-03365, S.D.N.Y.)" in m["text"]]
    assert [m["text"].split(": ", 1)[0] for m in chau] == ["Complaint", "Civil Cover Sheet", "Notice of Appearance"]
    assert chau[0].get("thread_ts") is None
    assert [m["thread_ts"] for m in chau[1:]] == [chau[0]["ts"], chau[0]["ts"]]


def test_slack_failing_twice_then_recovering_delivers_each_post_once(bot_env, feed, slack):
    app = App.from_env(os.environ)
    later = datetime.now(UTC) + timedelta(minutes=1)  # when the retries (15 s after a failure) are due
    [source] = app.config.sources
    assert app.poll(source).baseline
    feed.body = FULL_FEED
    result = app.poll(source)
    assert len(result.queued) == EXPECTED_POSTS

    slack.fail_next(2)
    first = app.deliver()
    assert first.retrying == 2 and 0 < first.sent < EXPECTED_POSTS  # two channels wait, the third goes on
    assert app.deliver().sent == 0  # the failed posts wait, and the posts behind them in their channels
    app.deliverer.clock = lambda: later
    second = app.deliver()
    assert first.sent + second.sent == EXPECTED_POSTS and second.retrying == 0
    assert app.store.outbox_counts() == {"sent": EXPECTED_POSTS}
    texts = Counter((m["channel"], m["text"]) for m in slack.messages)
    assert len(texts) == EXPECTED_POSTS and set(texts.values()) == {1}
    app.close()


def test_dry_run_prints_posts_and_changes_nothing(bot_env, feed, slack, capsys):
    run_check(capsys)
    feed.body = FULL_FEED
    code, out = run_check(capsys, "--dry-run")
    assert code == 0
    assert f"would queue {EXPECTED_POSTS} post(s)" in out and "Notice of Voluntary Dismissal" in out
    assert slack.messages == []
    code, out = run_check(capsys)
    assert len(slack.messages) == EXPECTED_POSTS


def test_a_revoked_token_holds_every_post_until_a_new_token_delivers_each_once_in_order(
    bot_env, feed, slack, capsys, monkeypatch
):
    code, out = run_check(capsys)
    assert code == 0 and "baseline" in out
    slack.revoke("xoxb-reinstalled")  # the app was reinstalled: the token the bot has is revoked
    feed.body = FULL_FEED
    code = main(["check"])
    out, err = capsys.readouterr()
    assert code == 1 and slack.messages == []
    assert f"delivered 0, waiting to retry 0, held {EXPECTED_POSTS}, failed for good 0" in out
    assert "held: posts to every channel (token sha256:f464ec18): token_revoked (the token was revoked" in out
    assert err.count("Slack posts to every channel are held for token sha256:f464ec18: token_revoked") == 1, err
    code = main(["check"])  # run again with the same token: still held, not lost, not said again
    out, err = capsys.readouterr()
    assert code == 1 and f"held {EXPECTED_POSTS}" in out
    assert "are held" not in err

    assert main(["outbox"]) == 1
    listing = capsys.readouterr().out.splitlines()
    held = [line.split()[1] for line in listing if line.startswith("held  ")]
    assert len(held) == EXPECTED_POSTS and listing[-1] == f"0 queued, {EXPECTED_POSTS} held, 0 failed for good"
    app = App.from_env(os.environ)
    order = [(item.channel, item.post.entry.case_number) for item in app.store.outbox_listing()]
    app.close()

    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-reinstalled")
    code, out = run_check(capsys)
    assert code == 0, out
    assert f"delivered {EXPECTED_POSTS}, waiting to retry 0, held 0, failed for good 0" in out
    for channel in ("#motions", "#dismissals", "#rust-case"):
        sent = [m["text"] for m in messages_in(slack, channel)]
        expected = [text for where, text in order if where == channel]
        assert len(sent) == len(expected) and all(f"({e}, S.D.N.Y.)" in s for s, e in zip(sent, expected))
    assert len(slack.messages) == EXPECTED_POSTS == len({(m["channel"], m["text"]) for m in slack.messages})
    assert main(["outbox"]) == 0
    assert capsys.readouterr().out.strip() == "the outbox is empty: every message was delivered"


def test_a_check_without_a_token_queues_its_posts_for_slack_on_a_store_that_posts_to_slack(
    bot_env, feed, slack, capsys, monkeypatch
):
    from sqlalchemy import update

    from bot.store.schema import outbox
    from tests.test_cli import closed_port

    code, out = run_check(capsys)  # the worker's shell, with the token: the store posts to Slack from now on
    assert code == 0 and "baseline" in out
    monkeypatch.setenv("SLACK_API_URL", f"http://127.0.0.1:{closed_port()}/api/")  # Slack cannot be reached
    feed.body = feed_without_newest(FULL_FEED, WITHHELD_ITEMS - 25)  # the first 25 new items: posts for Slack
    code, out = run_check(capsys)
    app = App.from_env(os.environ)
    earlier = app.store.outbox_counts()["pending"]
    app.close()
    assert code == 1 and earlier > 0 and f"delivered 0, waiting to retry {earlier}," in out

    monkeypatch.delenv("SLACK_BOT_TOKEN")  # a shell without the token, on the same store
    feed.body = FULL_FEED  # the other 50 new items: queued for Slack too, none printed
    code, out = run_check(capsys)
    new = EXPECTED_POSTS - earlier
    assert code == 0 and "\n── #" not in out and new > 0, out
    assert out.splitlines()[-3:] == [
        "delivered 0, waiting to retry 0, held 0, failed for good 0",
        f"{new} new post(s) queued for Slack: this process has no SLACK_BOT_TOKEN; the worker with the token will "
        "post them",
        f"{earlier} post(s) wait for Slack: this process has no SLACK_BOT_TOKEN; they stay queued",
    ]
    assert main(["outbox"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert sum("waits for Slack: this process has no SLACK_BOT_TOKEN" in line for line in listing) == EXPECTED_POSTS
    assert listing[-2:] == [f"{EXPECTED_POSTS} post(s) wait for Slack: this process has no SLACK_BOT_TOKEN; they "
                            f"stay queued", f"{EXPECTED_POSTS} queued, 0 held, 0 failed for good"]
    app = App.from_env(os.environ)
    assert app.store.recent_posts(limit=1000) == []  # nothing marked sent
    case = next(item.post.entry.case_number for item in app.store.outbox_listing() if item.queued_for == "slack")
    assert main(["why", "sdny", case]) == 0
    assert "not sent yet" in capsys.readouterr().out
    with app.store.engine.begin() as conn:  # the retries come due (15 s after Slack could not be reached)
        conn.execute(update(outbox).values(next_attempt_at=datetime.now(UTC) - timedelta(seconds=1)))
    app.close()

    monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)  # the worker's shell: Slack is up again
    monkeypatch.setenv("SLACK_API_URL", slack.base_url)
    code, out = run_check(capsys)
    assert code == 0 and f"delivered {EXPECTED_POSTS}, waiting to retry 0, held 0, failed for good 0" in out, out
    assert "wait for" not in out and "queued for Slack" not in out and "\n── #" not in out
    assert len(slack.messages) == EXPECTED_POSTS == len({(m["channel"], m["text"]) for m in slack.messages})
    assert cases_and_texts(slack, "#motions") == EXPECTED_MOTIONS
    assert main(["outbox"]) == 0
    assert capsys.readouterr().out.strip() == "the outbox is empty: every message was delivered"


def test_a_console_only_install_prints_and_what_it_left_unprinted_goes_to_slack_by_outbox_retry(
    bot_env, feed, slack, capsys, monkeypatch
):
    from sqlalchemy import select, update

    from bot.store.schema import outbox

    monkeypatch.delenv("SLACK_BOT_TOKEN")  # never a token: the README's first command
    code, out = run_check(capsys)
    assert code == 0 and "baseline" in out
    feed.body = FULL_FEED
    code, out = run_check(capsys)
    assert code == 0 and out.count("\n── #") == EXPECTED_POSTS, out
    assert f"delivered {EXPECTED_POSTS}, waiting to retry 0, held 0, failed for good 0" in out
    assert "queued for Slack" not in out and "wait for" not in out
    app = App.from_env(os.environ)
    with app.store.engine.begin() as conn:  # a tokenless check cut short: its last 3 posts queued, never printed
        left = conn.execute(select(outbox.c.id).order_by(outbox.c.id.desc()).limit(3)).scalars().all()
        conn.execute(update(outbox).where(outbox.c.id.in_(left))
                     .values(status="pending", sent_at=None, sent_via=None, remote_id=None))
    app.close()

    monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)  # a token, later
    waiting = ("3 post(s) wait for the console: a process without SLACK_BOT_TOKEN queued them, to print them; they "
               "stay queued: `python -m bot check` without SLACK_BOT_TOKEN prints them, `python -m bot outbox "
               "--retry` with it posts them to Slack")
    code, out = run_check(capsys)
    assert code == 0 and waiting in out and slack.messages == [], out
    assert main(["outbox"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert sum("waits for the console" in line for line in listing) == 3
    assert listing[-2:] == [waiting, "3 queued, 0 held, 0 failed for good"]
    assert main(["outbox", "--retry"]) == 0  # no worker runs: the retry sends them itself
    out = capsys.readouterr().out
    assert "3 post(s) left for the console by a process without SLACK_BOT_TOKEN now go to Slack" in out
    assert "delivered 3, waiting to retry 0, held 0, failed for good 0" in out and "wait for" not in out, out
    assert len(slack.messages) == 3
    code, out = run_check(capsys)
    assert code == 0 and "delivered 0, waiting to retry 0, held 0, failed for good 0" in out, out
    assert len(slack.messages) == 3
    assert main(["outbox"]) == 0
    assert capsys.readouterr().out.strip() == "the outbox is empty: every message was delivered"
