"""Revision 0009 on both databases: the posts a store written by revision 0008 queued are linked to the entries
they carry (a correction's `#revision` set aside, a burst's further entries too; an ops notice to none), the
entries it saw are read back without their event types (classified on reading), and the downgrade goes back."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from alembic import command
from sqlalchemy import text

from bot.history.find import events_of
from bot.store import EntryQuery, Store, engine_for
from bot.store.migrate import alembic_config

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
OUTBOX = ("INSERT INTO outbox (channel, source_id, entry_key, thread_key, events, entry, notice, folded, status, "
          "attempts, created_at, next_attempt_at) VALUES (:channel, 'nmd', :key, 't', '[]', '{}', :notice, :folded, "
          "'sent', 1, :now, :now)")


def at_0008(database_url: str) -> None:
    """A database at revision 0008: two seen entries, a post, a correction's post, a burst and a notice."""
    engine = engine_for(database_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0008")
        conn.execute(text("INSERT INTO seen_entries (source_id, entry_key, case_number, text, first_seen_at) VALUES "
                          "('nmd', 'k1', '1:23-cv-00001', 'MOTION to Dismiss', :now), "
                          "('nmd', 'k2', '1:23-cv-00001', 'Letter', :now)"), {"now": NOW})
        burst = json.dumps([{"entry": {"key": "k1"}, "events": []}, {"entry": {"key": "k2"}, "events": []}])
        for channel, key, notice, folded in (("#a", "k1", None, None), ("#b", "k1#abc123", None, None),
                                             ("#c", "k1", None, burst), ("#ops", "notice:1", '{"kind": "note"}', None)):
            conn.execute(text(OUTBOX), {"channel": channel, "key": key, "notice": notice, "folded": folded, "now": NOW})
    engine.dispose()


def test_revision_0009_links_the_posts_queued_before_to_their_entries_and_back(empty_database_url):
    at_0008(empty_database_url)
    store = Store.open(empty_database_url)
    seen = store.with_posts(store.seen_entries(EntryQuery("nmd"), 10))
    assert {item.entry.key: sorted(post.channel for post in item.posts) for item in seen} == {
        "k1": ["#a", "#b", "#c"], "k2": ["#c"]}
    assert {item.entry.key: (item.events, events_of(item)) for item in seen} == {
        "k1": (None, ("motion",)), "k2": (None, ("other",))}
    store.close()

    engine = engine_for(empty_database_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0008")
    with engine.connect() as conn:
        columns = conn.execute(text("SELECT * FROM seen_entries")).keys()
        tables = conn.execute(text("SELECT count(*) FROM outbox")).scalar_one()
    engine.dispose()
    assert "events" not in columns and tables == 4
