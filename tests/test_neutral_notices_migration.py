"""Revision 0008 on both databases: a store written by revision 0007 keeps its queued notices (Slack-formatted
text becomes a notice value) and its threads (Slack's channel id and ts become a reference of Slack's, the
console's one of the console's), and the downgrade gives them back."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import text

from bot.core.notice import NOTE, Notice
from bot.core.post import MessageRef
from bot.store import Store, engine_for
from bot.store.migrate import alembic_config

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def at_0007(database_url: str) -> None:
    """A database at revision 0007 with a queued notice, a sent post and two threads, as that release wrote them."""
    engine = engine_for(database_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0007")
        outbox = ("INSERT INTO outbox (channel, source_id, entry_key, thread_key, events, entry, notice, status, "
                  "attempts, created_at, next_attempt_at, remote_channel, remote_ts) VALUES ")
        conn.execute(text(outbox + "('#ops', 'nmd', 'notice:1', '', '[]', '{}', :notice, 'pending', 0, :now, :now, "
                                   "NULL, NULL)"),
                     {"notice": ":rotating_light: *Source `nmd` is failing*: 3 polls in a row.\nLast error: a &lt; b",
                      "now": NOW})
        conn.execute(text(outbox + "('#ops', '', 'notice:2', '', '[]', '{}', :notice, 'pending', 0, :now, :now, "
                                   "NULL, NULL)"), {"notice": "hello", "now": NOW})
        conn.execute(text(outbox + "('#c', 'nmd', 'k1', 'nmd:1', '[]', '{}', NULL, 'sent', 1, :now, :now, 'C1', "
                                   "'1.0001')"), {"now": NOW})
        conn.execute(text("INSERT INTO threads (channel, thread_key, remote_channel, ts) VALUES "
                          "('#c', 'nmd:1', 'C1', '1.0001'), ('#d', 'nmd:1', 'console:#d', '1700000000.000001')"))
    engine.dispose()


def test_revision_0008_converts_notices_and_threads_and_back(empty_database_url):
    database_url = empty_database_url
    at_0007(database_url)
    store = Store.open(database_url)
    failing, hello = [row.notice for row in store.pending_outbox()]
    assert failing == Notice(NOTE, "", "", "Source nmd is failing: 3 polls in a row.", detail="Last error: a < b")
    assert hello == Notice(NOTE, "", "", "hello")
    assert store.thread("#c", "nmd:1", "slack") == MessageRef("slack", "C1/1.0001")
    assert store.thread("#d", "nmd:1", "console") == MessageRef("console", "1700000000.000001")
    assert store.thread("#d", "nmd:1", "slack") is None  # the console's thread is not continued in Slack
    with store.engine.connect() as conn:
        sent = conn.execute(text("SELECT sent_via, remote_id FROM outbox WHERE entry_key = 'k1'")).one()
    assert tuple(sent) == ("slack", "C1/1.0001")
    store.close()

    engine = engine_for(database_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0007")
    with engine.connect() as conn:
        notices = conn.execute(text("SELECT notice FROM outbox WHERE notice IS NOT NULL ORDER BY id")).scalars().all()
        threads = conn.execute(text("SELECT channel, remote_channel, ts FROM threads ORDER BY channel")).all()
        sent = conn.execute(text("SELECT remote_channel, remote_ts FROM outbox WHERE entry_key = 'k1'")).one()
    engine.dispose()
    assert notices == ["Source nmd is failing: 3 polls in a row.\nLast error: a < b", "hello"]
    assert [tuple(row) for row in threads] == [("#c", "C1", "1.0001"), ("#d", "console:#d", "1700000000.000001")]
    assert tuple(sent) == ("C1", "1.0001")
