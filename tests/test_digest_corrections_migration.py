"""Revision 0024 on both databases: a store at revision 0023 gets the log of the court's edits, empty (no release
before kept when an edit was made), its entries read as they were; an edit recorded after the upgrade is logged with
when it was recorded and the event types before and after it, as digests read it; the downgrade drops the log and
keeps the entries, as edited."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from alembic import command
from sqlalchemy import inspect, text

from bot.core.digest import Edited
from bot.core.entry import Entry
from bot.store import Harvest, Store, engine_for
from bot.store.entries import Labels
from bot.store.migrate import alembic_config

SEEN = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
EDITED = SEEN + timedelta(days=1)
MOTION = Entry(source_id="nmd", key="k1", case_number="1:23-cv-00001", case_name="A v. B", court="nmd",
               text="MOTION to Dismiss", url="https://ecf.nmd.uscourts.gov/doc1/1", number="12")
DISMISSAL = replace(MOTION, text="NOTICE of Voluntary Dismissal")


def test_revision_0024_logs_the_courts_edits_from_the_upgrade_on_and_goes_back(empty_database_url):
    engine = engine_for(empty_database_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0023")
        conn.execute(text("INSERT INTO seen_entries (source_id, entry_key, case_number, text, first_seen_at, entry, "
                          "events) VALUES ('nmd', 'k1', '1:23-cv-00001', 'MOTION to Dismiss', :at, :entry, :events)"),
                     {"at": SEEN, "entry": json.dumps(MOTION.to_json()), "events": '["motion"]'})
    store = Store.open(empty_database_url)  # migrates to the newest revision
    assert store.edited_between(SEEN - timedelta(days=7), EDITED + timedelta(days=7)) == []
    assert store.known_texts("nmd", ["k1"]) == {"k1": "MOTION to Dismiss"}

    labels = Labels(events={"k1": ("dismissal",)}, before={"k1": ("motion",)})
    store.record_success("nmd", Harvest(edited=[DISMISSAL], labels=labels), EDITED)
    assert store.edited_between(EDITED, EDITED + timedelta(seconds=1)) == [Edited(DISMISSAL, ("motion",), ("dismissal",))]
    assert store.edited_between(SEEN, EDITED) == []  # [start, end): an edit at the end is the next period's
    store.close()

    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0023")
    with engine.connect() as conn:
        assert not inspect(conn).has_table("entry_corrections")
        assert conn.execute(text("SELECT text FROM seen_entries")).scalars().all() == ["NOTICE of Voluntary Dismissal"]
    engine.dispose()
