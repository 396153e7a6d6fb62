"""The worker's jobs ask for delivery without waiting on one another: a poll job whose posts are queued while
another job is delivering returns at once, and the delivery under way sends its posts too."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from bot.app import App
from bot.core.notice import NOTE, Notice
from tests.fakes.slack_api import FakeSlack

GUARD_SECONDS = 30  # only against a hang: nothing here waits on time


def test_a_job_asking_for_delivery_while_another_delivers_returns_at_once_and_its_post_still_goes_out(
        tmp_path, database_url):
    config = tmp_path / "sources.yaml"
    config.write_text("slack:\n  post_interval: 0s\nsources:\n  - id: nmd\n    kind: pacer_rss\n"
                      "    url: http://127.0.0.1:9/rss\n")  # never polled here
    with FakeSlack() as slack:
        app = App.from_env({"DATABASE_URL": database_url, "SLACK_BOT_TOKEN": slack.token,
                            "SLACK_API_URL": slack.base_url}, str(config))
        in_slack, go_on = threading.Event(), threading.Event()
        post_message = slack.methods["chat.postMessage"]

        def slow_post(params: dict) -> dict:
            in_slack.set()
            go_on.wait(GUARD_SECONDS)
            return post_message(params)

        slack.methods["chat.postMessage"] = slow_post
        try:
            app.store.queue_notice("#ops", Notice(NOTE, "", "", "first"), datetime.now(UTC))
            delivering = threading.Thread(target=app.deliver_soon)
            delivering.start()
            assert in_slack.wait(GUARD_SECONDS)  # the first job is sending, and Slack keeps it waiting
            app.store.queue_notice("#ops", Notice(NOTE, "", "", "second"), datetime.now(UTC))
            asking = threading.Thread(target=app.deliver_soon)
            asking.start()
            asking.join(GUARD_SECONDS)
            returned_while_the_other_delivered = not asking.is_alive() and not go_on.is_set()
            go_on.set()
            delivering.join(GUARD_SECONDS)
            assert returned_while_the_other_delivered
            texts = [message["text"] for message in slack.wait_for_messages(2)]
            assert ["first" in texts[0], "second" in texts[1]] == [True, True], texts
            assert app.store.outbox_counts().get("sent") == 2
        finally:
            go_on.set()
            app.close()
