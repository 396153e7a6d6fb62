"""Revision 0018 on both databases: the Texas courts' entries a store at revision 0017 holds dated 00:00 UTC (the
scraper's dates before the courts had zones) are read back at midnight on the court's clock, in the seen entries
and in the outbox's copies (a post, a burst's further entries, a digest's entries); a federal court's entry at
00:00 UTC and a Texas entry dated on its court's clock already stay as they are; the downgrade puts 00:00 UTC
back."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from alembic import command
from sqlalchemy import text

from bot.core.digest import Digest
from bot.core.entry import Entry
from bot.store import EntryQuery, Store, engine_for
from bot.store.migrate import alembic_config
from tests.support.databases import read_json, read_moment

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
UTC_MIDNIGHT = datetime(2026, 11, 20, tzinfo=UTC)
CHICAGO = datetime(2026, 11, 20, tzinfo=ZoneInfo("America/Chicago"))
EL_PASO = datetime(2026, 11, 20, tzinfo=ZoneInfo("America/Denver"))
SEEN = ("INSERT INTO seen_entries (source_id, entry_key, case_number, text, first_seen_at, entry, events, filed_at) "
        "VALUES (:source, :key, '1', 'Notice of appeal', :now, :entry, '[]', :filed_at)")
OUTBOX = ("INSERT INTO outbox (channel, source_id, entry_key, thread_key, events, entry, folded, status, attempts, "
          "created_at, next_attempt_at) VALUES ('#c', :source, :key, 't', '[]', :entry, :folded, 'pending', 0, :now, "
          ":now)")


def entry(source: str, key: str, court: str, filed_at: datetime) -> Entry:
    return Entry(source_id=source, key=key, case_number="1", case_name="A v. B", court=court, text="Notice of appeal",
                 filed_at=filed_at)


# (source, key, court, as revision 0017 holds its date, as revision 0018 reads it)
ROWS = [
    ("tx1", "k1", "texas_coa01", UTC_MIDNIGHT, CHICAGO),
    ("tx8", "k8", "texas_coa08", UTC_MIDNIGHT, EL_PASO),
    ("tx1", "k2", "texas_coa01", CHICAGO, CHICAGO),  # stored by this release's scraper already
    ("tx1", "k3", "texas_coa01", datetime(2026, 11, 20, 15, 30, tzinfo=UTC), datetime(2026, 11, 20, 15, 30, tzinfo=UTC)),
    ("nmd", "k4", "nmd", UTC_MIDNIGHT, UTC_MIDNIGHT),  # not a Texas court
]


def at_0017(database_url: str) -> None:
    """A database at revision 0017 holding ROWS as seen entries, a post of each, a burst of k1 and k2, and a digest
    of k8."""
    engine = engine_for(database_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0017")
        for source, key, court, stored, _ in ROWS:
            item = json.dumps(entry(source, key, court, stored).to_json())
            # as bot/store/schema.py's UtcDateTime writes it: the UTC moment (SQLite keeps its digits, without a zone)
            filed_at = stored.astimezone(UTC)
            conn.execute(text(SEEN), {"source": source, "key": key, "now": NOW, "entry": item, "filed_at": (
                filed_at.replace(tzinfo=None) if conn.dialect.name == "sqlite" else filed_at)})
            conn.execute(text(OUTBOX), {"source": source, "key": key, "entry": item, "folded": None, "now": NOW})
        burst = json.dumps([{"entry": entry("tx1", key, "texas_coa01", stored).to_json(), "events": []}
                            for key, stored in (("k1", UTC_MIDNIGHT), ("k2", CHICAGO))])
        conn.execute(text(OUTBOX.replace("'#c'", "'#burst'")),
                     {"source": "tx1", "key": "k0", "folded": burst, "now": NOW,
                      "entry": json.dumps(entry("tx1", "k0", "texas_coa01", UTC_MIDNIGHT).to_json())})
        digest = {"channel": "#d", "every": "daily", "start": NOW.isoformat(), "end": NOW.isoformat(), "timezone": "UTC",
                  "cases": [[{"entry": entry("tx8", "k8", "texas_coa08", UTC_MIDNIGHT).to_json(), "events": []}]]}
        conn.execute(text("INSERT INTO outbox (channel, source_id, entry_key, thread_key, events, entry, digest, "
                          "status, attempts, created_at, next_attempt_at) VALUES ('#d', 'digest', 'daily', 't', "
                          "'[]', '{}', :digest, 'sent', 1, :now, :now)"), {"digest": json.dumps(digest), "now": NOW})
    engine.dispose()


def test_revision_0018_dates_texas_entries_at_midnight_on_their_court_s_clock_and_back(empty_database_url):
    at_0017(empty_database_url)
    store = Store.open(empty_database_url)
    want = {key: read for _, key, _, _, read in ROWS}
    seen = store.seen_entries(EntryQuery(), 10)
    assert {item.entry.key: item.entry.filed_at for item in seen} == want
    with store.engine.connect() as conn:  # the column `entries` sorts and filters by
        column: dict[str, Any] = dict(conn.execute(text("SELECT entry_key, filed_at FROM seen_entries")).all())
    assert {key: read_moment(value) for key, value in column.items()} == want
    posts = {row.post.entry.key: row for row in store.pending_outbox()}
    assert {key: row.post.entry.filed_at for key, row in posts.items()} == {**want, "k0": CHICAGO}
    assert [item.entry.filed_at for item in posts["k0"].post.folded] == [CHICAGO, CHICAGO]
    with store.engine.connect() as conn:
        digest = Digest.from_json(read_json(conn.execute(text("SELECT digest FROM outbox WHERE channel = '#d'")).scalar_one()))
    assert [item.entry.filed_at for case in digest.cases for item in case] == [EL_PASO]
    store.close()

    engine = engine_for(empty_database_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0017")
    with engine.connect() as conn:
        column = dict(conn.execute(text("SELECT entry_key, filed_at FROM seen_entries")).all())
        entries: dict[str, Any] = dict(conn.execute(text("SELECT entry_key, entry FROM outbox")).all())
    engine.dispose()
    assert {key: read_moment(value) for key, value in column.items()} == {
        key: stored for _, key, _, stored, _ in ROWS} | {"k2": UTC_MIDNIGHT}  # (k2 too: midnight on its clock)
    assert read_json(entries["k1"])["filed_at"] == "2026-11-20T00:00:00+00:00"

