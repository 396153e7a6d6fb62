"""Revision 0021 on both databases: a store at revision 0020 whose outbox holds a message queued for Slack, or
sent through it, records that it posts to Slack, so that a command learns it from one row; a console-only store
does not; a store that recorded it already keeps its record as it was."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import text

from bot.store import Store, engine_for
from bot.store.migrate import alembic_config

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
OUTBOX = ("INSERT INTO outbox (channel, source_id, entry_key, thread_key, events, entry, status, attempts, created_at, "
          "next_attempt_at, queued_for, sent_via) VALUES ('#c', 'nmd', :key, 't', '[]', '{}', :status, 0, :now, :now, "
          ":queued_for, :sent_via)")
MARKED = "2026-11-01T08:00:00+00:00"


def at_0020(database_url: str, rows: list[tuple[str | None, str | None]], marked: bool = False) -> None:
    """A database at revision 0020 whose outbox holds a message per (queued_for, sent_via) of `rows` (sent when it
    names a notifier it went through), and the record that it posts to Slack if `marked`."""
    engine = engine_for(database_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0020")
        for number, (queued_for, sent_via) in enumerate(rows):
            conn.execute(text(OUTBOX), {"key": f"k{number}", "status": "sent" if sent_via else "pending", "now": NOW,
                                        "queued_for": queued_for, "sent_via": sent_via})
        if marked:
            conn.execute(text("INSERT INTO docketbot_meta (name, value) VALUES ('posts_to:slack', :value)"),
                         {"value": MARKED})
    engine.dispose()


@pytest.mark.parametrize(("rows", "posts_to_slack"), [
    ([], False),  # a new store
    ([(None, None), ("console", None), ("console", "console"), (None, "apprise")], False),  # console-only
    ([("console", None), ("slack", None)], True),  # a post waiting for the worker with the token
    ([(None, "slack")], True),  # sent through Slack before messages named their notifier (revision 0017)
])
def test_revision_0021_records_that_a_store_posts_to_slack_from_its_outbox(empty_database_url, rows, posts_to_slack):
    at_0020(empty_database_url, rows)
    store = Store.open(empty_database_url)
    assert store.posts_to_slack() is posts_to_slack
    store.close()


def test_revision_0021_keeps_the_record_a_store_has_and_its_downgrade_leaves_it(empty_database_url):
    at_0020(empty_database_url, [("slack", None)], marked=True)
    store = Store.open(empty_database_url)
    assert store.posts_to_slack()
    store.close()
    engine = engine_for(empty_database_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0020")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM docketbot_meta WHERE name = 'posts_to:slack'")).all() == [(MARKED,)]
    engine.dispose()
