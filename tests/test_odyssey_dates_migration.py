"""Revision 0022 on both databases: the entries of the odyssey sources a store at revision 0021 holds dated 00:00
UTC (the scraper's dates before the kind had a clock) are read back at midnight on their source's clock, as the
config opening the store gives it, in the seen entries and in the outbox's copies (a post, a burst's further
entries, a digest's entries); the entries of other sources, of an Odyssey source the config does not name, and
those on their clock already stay as they are; the downgrade puts 00:00 UTC back. Opened through the app, the
config's own clock is the one a source without `court:` or `timezone:` gets."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from alembic import command
from sqlalchemy import text

from bot.app import App
from bot.core.digest import Digest
from bot.core.entry import Entry
from bot.store import EntryQuery, Store, engine_for
from bot.store.migrate import alembic_config, head
from tests.support.databases import read_json, read_moment

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
UTC_MIDNIGHT = datetime(2017, 9, 14, tzinfo=UTC)
NEW_YORK = datetime(2017, 9, 14, tzinfo=ZoneInfo("America/New_York"))
DENVER = datetime(2017, 9, 14, tzinfo=ZoneInfo("America/Denver"))
CLOCKS = {"dekalb": "America/New_York", "bernalillo": "America/Denver"}
SEEN = ("INSERT INTO seen_entries (source_id, entry_key, case_number, text, first_seen_at, entry, events, filed_at) "
        "VALUES (:source, :key, '17D22499', 'Dismissal Order', :now, :entry, '[]', :filed_at)")
OUTBOX = ("INSERT INTO outbox (channel, source_id, entry_key, thread_key, events, entry, folded, status, attempts, "
          "created_at, next_attempt_at) VALUES ('#c', :source, :key, 't', '[]', :entry, :folded, 'pending', 0, :now, "
          ":now)")


def entry(source: str, key: str, filed_at: datetime) -> Entry:
    return Entry(source_id=source, key=key, case_number="17D22499", case_name="Arbor Crossing Apts v. Yaameen",
                 court="Magistrate Civil", text="Dismissal Order", filed_at=filed_at)


# (source, key, as revision 0021 holds its date, as revision 0022 reads it with CLOCKS)
ROWS = [
    ("dekalb", "k1", UTC_MIDNIGHT, NEW_YORK),
    ("bernalillo", "k2", UTC_MIDNIGHT, DENVER),
    ("dekalb", "k3", NEW_YORK, NEW_YORK),  # stored by this release's scraper already
    ("dekalb", "k4", datetime(2017, 9, 14, 15, 30, tzinfo=UTC), datetime(2017, 9, 14, 15, 30, tzinfo=UTC)),
    ("retired", "k5", UTC_MIDNIGHT, UTC_MIDNIGHT),  # an odyssey source the config no longer names
    ("nmd", "k6", UTC_MIDNIGHT, UTC_MIDNIGHT),  # not an odyssey source
]


def at_0021(database_url: str) -> None:
    """A database at revision 0021 holding ROWS as seen entries, a post of each, a burst of k1 and k3, and a digest
    of k2 and k6."""
    engine = engine_for(database_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0021")
        for source, key, stored, _ in ROWS:
            item = json.dumps(entry(source, key, stored).to_json())
            # as bot/store/schema.py's UtcDateTime writes it: the UTC moment (SQLite keeps its digits, without a zone)
            filed_at = stored.astimezone(UTC)
            conn.execute(text(SEEN), {"source": source, "key": key, "now": NOW, "entry": item, "filed_at": (
                filed_at.replace(tzinfo=None) if conn.dialect.name == "sqlite" else filed_at)})
            conn.execute(text(OUTBOX), {"source": source, "key": key, "entry": item, "folded": None, "now": NOW})
        burst = json.dumps([{"entry": entry("dekalb", key, stored).to_json(), "events": []}
                            for key, stored in (("k1", UTC_MIDNIGHT), ("k3", NEW_YORK))])
        conn.execute(text(OUTBOX.replace("'#c'", "'#burst'")),
                     {"source": "dekalb", "key": "k0", "folded": burst, "now": NOW,
                      "entry": json.dumps(entry("dekalb", "k0", UTC_MIDNIGHT).to_json())})
        digest = {"channel": "#d", "every": "daily", "start": NOW.isoformat(), "end": NOW.isoformat(), "timezone": "UTC",
                  "cases": [[{"entry": entry(source, key, UTC_MIDNIGHT).to_json(), "events": []}]
                            for source, key in (("bernalillo", "k2"), ("nmd", "k6"))]}
        conn.execute(text("INSERT INTO outbox (channel, source_id, entry_key, thread_key, events, entry, digest, "
                          "status, attempts, created_at, next_attempt_at) VALUES ('#d', 'digest', 'daily', 't', "
                          "'[]', '{}', :digest, 'sent', 1, :now, :now)"), {"digest": json.dumps(digest), "now": NOW})
    engine.dispose()


def test_revision_0022_dates_odyssey_entries_at_midnight_on_their_source_s_clock_and_back(empty_database_url):
    at_0021(empty_database_url)
    store = Store.open(empty_database_url, CLOCKS)
    want = {key: read for _, key, _, read in ROWS}
    assert _filed(store) == want
    posts = {row.post.entry.key: row for row in store.pending_outbox()}
    assert {key: row.post.entry.filed_at for key, row in posts.items()} == {**want, "k0": NEW_YORK}
    assert [item.entry.filed_at for item in posts["k0"].post.folded] == [NEW_YORK, NEW_YORK]
    with store.engine.connect() as conn:
        digest = Digest.from_json(read_json(conn.execute(text("SELECT digest FROM outbox WHERE channel = '#d'")).scalar_one()))
    assert [item.entry.filed_at for case in digest.cases for item in case] == [DENVER, UTC_MIDNIGHT]
    store.close()

    engine = engine_for(empty_database_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn, CLOCKS), "0021")
    with engine.connect() as conn:
        column: dict[str, Any] = dict(conn.execute(text("SELECT entry_key, filed_at FROM seen_entries")).all())
        entries: dict[str, Any] = dict(conn.execute(text("SELECT entry_key, entry FROM outbox")).all())
    engine.dispose()
    assert {key: read_moment(value) for key, value in column.items()} == {
        key: stored for _, key, stored, _ in ROWS} | {"k3": UTC_MIDNIGHT}  # (k3 too: midnight on its clock)
    assert read_json(entries["k1"])["filed_at"] == "2017-09-14T00:00:00+00:00"


def test_a_store_opened_without_the_config_s_clocks_leaves_odyssey_entries_as_they_were(empty_database_url):
    at_0021(empty_database_url)
    store = Store.open(empty_database_url)
    assert store.schema_revision() == head()  # past revision 0022
    assert _filed(store) == {key: stored for _, key, stored, _ in ROWS}
    store.close()


def test_the_app_opening_the_store_gives_revision_0022_its_odyssey_sources_clocks(empty_database_url, tmp_path):
    at_0021(empty_database_url)
    config = tmp_path / "sources.yaml"
    config.write_text(
        "timezone: America/New_York\n"
        "sources:\n"
        "  - {id: dekalb, kind: odyssey, url: 'http://127.0.0.1:9/ga_dekalb_17D22499.html'}\n"
        "  - {id: bernalillo, kind: odyssey, url: 'http://127.0.0.1:9/case.html', court: nm_d202}\n"
        "  - {id: nmd, kind: pacer_rss, court: nmd}\n"
        "subscriptions:\n"
        "  - {channel: '#desk', events: [all]}\n"
    )
    app = App.from_env({"DATABASE_URL": empty_database_url}, str(config), keep_metrics=False)
    try:
        assert _filed(app.store) == {key: read for _, key, _, read in ROWS}
    finally:
        app.store.close()


def _filed(store: Store) -> dict[str, datetime]:
    """Each seen entry's filed_at, by key, as its JSON and the column `entries` sorts and filters by agree on it."""
    from_json = {item.entry.key: item.entry.filed_at for item in store.seen_entries(EntryQuery(), 10)}
    with store.engine.connect() as conn:
        column: dict[str, Any] = dict(conn.execute(text("SELECT entry_key, filed_at FROM seen_entries")).all())
    assert {key: read_moment(value) for key, value in column.items()} == from_json
    return {key: moment for key, moment in from_json.items() if moment is not None}

