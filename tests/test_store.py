"""The store on both real databases: schema version, state, seen keys, outbox, threads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from bot.entry import Entry
from bot.post import Post, Sent
from bot.schema import meta
from bot.store import Queued, Store, StoreError

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def entry(key: str, text: str = "MOTION to Dismiss", case: str = "1:23-cv-00001") -> Entry:
    return Entry(source_id="nmd", key=key, case_number=case, case_name="A v. B", court="nmd", text=text,
                 filed_at=NOW, number="12", url="https://ecf.nmd.uscourts.gov/doc1/1")


def queued(item: Entry, channel: str = "#c") -> Queued:
    return Queued(Post(channel, item, ("motion",)), thread_key=f"nmd:{item.case_number}")


def test_schema_is_versioned_and_reopening_keeps_data(database_url):
    first = Store.open(database_url)
    first.record_success("nmd", [entry("k1")], [], NOW)
    assert first.schema_version() == 1
    first.close()
    again = Store.open(database_url)
    assert again.known_keys("nmd", ["k1", "k2"]) == {"k1"}
    again.close()


def test_newer_schema_is_refused(store, database_url):
    with store.engine.begin() as conn:
        conn.execute(update(meta).where(meta.c.name == "schema_version").values(value="99"))
    with pytest.raises(StoreError, match="schema version 99"):
        Store.open(database_url)


def test_unreachable_database_is_a_clear_error():
    with pytest.raises(StoreError, match=r"cannot open the store at postgresql\+psycopg://bot:\*\*\*@127.0.0.1:1/x"):
        Store.open("postgresql://bot:secret@127.0.0.1:1/x")


def test_success_records_keys_outbox_and_state_together(store):
    store.record_success("nmd", [entry("k1"), entry("k2")], [queued(entry("k2"))], NOW)
    state = store.state("nmd")
    assert (state.last_status, state.failures_in_row, state.entries_known) == ("ok", 0, 2)
    assert state.baseline_at == NOW and state.last_success_at == NOW
    assert store.known_keys("nmd", ["k1", "k2", "k3"]) == {"k1", "k2"}
    assert store.known_keys("other", ["k1"]) == set()
    [row] = store.pending_outbox()
    assert row.post.entry == entry("k2") and row.post.events == ("motion",) and row.thread_key == "nmd:1:23-cv-00001"


def test_failure_counts_and_keeps_entries(store):
    store.record_success("nmd", [entry("k1")], [], NOW)
    store.record_failure("nmd", "HTTP 500", NOW + timedelta(minutes=1))
    store.record_failure("nmd", "HTTP 502", NOW + timedelta(minutes=2))
    state = store.state("nmd")
    assert (state.last_status, state.last_error, state.failures_in_row) == ("error", "HTTP 502", 2)
    assert state.last_success_at == NOW and state.entries_known == 1
    assert store.known_keys("nmd", ["k1"]) == {"k1"}
    store.record_success("nmd", [], [], NOW + timedelta(minutes=3))
    assert store.state("nmd").failures_in_row == 0


def test_first_failure_creates_state_without_baseline(store):
    store.record_failure("new", "cannot connect", NOW)
    state = store.state("new")
    assert state.baseline_at is None and state.failures_in_row == 1


def test_one_entry_goes_to_a_channel_once(store):
    store.record_success("nmd", [entry("k1")], [queued(entry("k1"))], NOW)
    with pytest.raises(IntegrityError):
        store.record_success("nmd", [], [queued(entry("k1"))], NOW)
    assert len(store.pending_outbox()) == 1


def test_outbox_sent_retry_and_failed(store):
    items = [entry("k1"), entry("k2"), entry("k3")]
    store.record_success("nmd", items, [queued(item) for item in items], NOW)
    first, second, third = store.pending_outbox()
    store.mark_sent(first.id, Sent("C1", "1.0001"), NOW)
    store.mark_retry(second.id, "ratelimited", NOW + timedelta(minutes=5))
    store.mark_failed(third.id, "channel_not_found")
    [waiting] = store.pending_outbox()
    assert waiting.id == second.id and waiting.attempts == 1 and waiting.next_attempt_at == NOW + timedelta(minutes=5)
    assert store.outbox_counts() == {"sent": 1, "pending": 1, "failed": 1}


def test_threads_are_per_channel_and_case(store):
    assert store.thread("#c", "nmd:1") is None
    store.save_thread("#c", "nmd:1", Sent("C1", "1.0001"))
    assert store.thread("#c", "nmd:1") == Sent("C1", "1.0001")
    assert store.thread("#d", "nmd:1") is None


def test_many_keys_are_looked_up_in_chunks(store):
    items = [entry(f"k{i}") for i in range(1200)]
    store.record_success("nmd", items, [], NOW)
    assert len(store.known_keys("nmd", [f"k{i}" for i in range(0, 2400)])) == 1200
