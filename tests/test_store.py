"""The store on both real databases: schema version, state, seen keys, outbox, threads."""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from bot.config import Subscription
from bot.core.digest import Digest
from bot.core.entry import Entry
from bot.core.notice import NOTE, Notice
from bot.core.post import MessageRef, Post, Queued
from bot.store import Harvest, QuietPoll, Store, StoreError, engine_for
from bot.store.migrate import head, newest_file_revision
from bot.store.schema import meta, metadata, source_state
from tests.support.databases import postgres_schema_url

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def entry(key: str, text: str = "MOTION to Dismiss", case: str = "1:23-cv-00001") -> Entry:
    return Entry(source_id="nmd", key=key, case_number=case, case_name="A v. B", court="nmd", text=text,
                 filed_at=NOW, number="12", url="https://ecf.nmd.uscourts.gov/doc1/1")


def queued(item: Entry, channel: str = "#c") -> Queued:
    return Queued(Post(channel, item, ("motion",)), thread_key=f"nmd:{item.case_number}")


def test_schema_is_migrated_to_the_newest_revision_and_reopening_keeps_data(empty_database_url):
    first = Store.open(empty_database_url)
    first.record_success("nmd", Harvest(new=[entry("k1")], parsed=1), NOW)
    assert first.schema_revision() == head() == newest_file_revision() == "0024"
    first.close()
    again = Store.open(empty_database_url)
    assert again.known_texts("nmd", ["k1", "k2"]) == {"k1": "MOTION to Dismiss"}
    again.close()


def test_the_migrations_make_exactly_the_tables_the_code_uses(store):
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_the_tables_made_from_the_schema_have_the_partial_indexes_of_the_migrations(empty_database_url):
    """metadata.create_all (as legacy_database below uses it) writes the undelivered indexes' WHERE in the database's
    own dialect, which bot/store/schema.py gives them only when the DDL runs."""
    engine = engine_for(empty_database_url)
    metadata.create_all(engine)
    catalog = {"sqlite": "SELECT name, sql FROM sqlite_master WHERE type = 'index'",
               "postgresql": "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"}
    with engine.connect() as conn:
        indexes: dict[str, str | None] = {name: sql for name, sql in conn.execute(text(catalog[conn.dialect.name]))}
    engine.dispose()
    partial = sorted(name for name, sql in indexes.items() if name.startswith("outbox_") and " WHERE " in (sql or ""))
    assert partial == ["outbox_undelivered", "outbox_undelivered_by_channel"]
    assert "status" in indexes["outbox_undelivered"].split(" WHERE ")[1]


def legacy_database(database_url: str, version: int) -> None:
    """A database as a release before Alembic left it, with schema_version `version` and a source's state."""
    engine = engine_for(database_url)
    metadata.create_all(engine, tables=[table for table in metadata.sorted_tables if table.name not in (
        "delivery_holds", "filing_marks", "filing_posts", "mutes", "pauses", "entry_posts", "recap_documents",
        "entry_corrections")])
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_outbox_follow_up"))  # revision 0012's
        if version == 1:
            for table, column in (
                ("source_state", "last_parsed"), ("source_state", "alert"), ("source_state", "lease_holder"),
                ("source_state", "lease_until"), ("outbox", "notice"), ("outbox", "folded"),
                ("outbox", "claimed_by"), ("outbox", "echo_of"), ("outbox", "claimed_until"),
            ):
                conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        for index in ("ix_seen_entries_first_seen_at", "seen_entries_case_number", "seen_entries_filed_at"):  # 0009, 0011
            conn.execute(text(f"DROP INDEX {index}"))
        for table, column in (  # revisions 0003 to 0012, after Alembic
            ("source_state", "last_skipped"), ("source_state", "last_skip_note"), ("stories", "events"),
            ("outbox", "part"), ("seen_entries", "filing"), ("source_state", "story_key"),
            ("subscriptions", "started_by"), ("source_state", "settings"), ("outbox", "sent_via"),
            ("outbox", "remote_id"), *([("outbox", "notice")] if version == 2 else []),
            ("seen_entries", "entry"), ("seen_entries", "events"), ("outbox", "digest"),  # 0009
            ("seen_entries", "filed_at"), ("seen_entries", "held"),  # 0011
            ("outbox", "preview"), ("outbox", "follow_up"), ("outbox", "follow_up_note"),  # 0012
            ("source_state", "validators"),  # 0014
            ("source_state", "last_undated_note"),  # 0015
            ("source_state", "paused_since"), ("source_state", "resumed_at"),  # 0016
            ("outbox", "queued_for"),  # 0017
            ("source_state", "last_pushed_undated_note"),  # 0020
            ("outbox", "correction"),  # 0023
        ):
            conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        before_0008(conn, notice=version == 2)
        for index in ("outbox_undelivered", "outbox_undelivered_by_channel", "outbox_sent"):  # revision 0013
            conn.execute(text(f"DROP INDEX {index}"))
        conn.execute(insert(meta).values(name="schema_version", value=str(version)))
        conn.execute(insert(source_state).values(source_id="nmd", last_status="ok", failures_in_row=0,
                                                 entries_known=7))
    engine.dispose()


@pytest.mark.parametrize("version", [1, 2])
def test_a_database_from_before_alembic_is_migrated_keeping_its_data(empty_database_url, version):
    legacy_database(empty_database_url, version)
    store = Store.open(empty_database_url)
    assert store.schema_revision() == head()
    state = store.state("nmd")
    assert state.entries_known == 7 and state.last_parsed is None
    store.record_success("nmd", Harvest(parsed=4), NOW)
    assert store.state("nmd").last_parsed == 4
    assert store.holds() == []
    with store.engine.connect() as conn:
        if version == 2:  # (release 1's upgrade typed two SQLite columns NUMERIC; SQLite stores the times alike)
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
        # a release from before Alembic (it knows up to schema_version 2) refuses the migrated database
        assert conn.execute(select(meta.c.value).where(meta.c.name == "schema_version")).scalar() == "3"
    store.close()


def before_0008(conn, notice: bool) -> None:
    """The outbox and threads as revision 0007 made them: a notice's mrkdwn text, Slack's channel id and ts."""
    for column in (["notice TEXT"] if notice else []) + ["remote_channel VARCHAR(64)", "remote_ts VARCHAR(64)"]:
        conn.execute(text(f"ALTER TABLE outbox ADD COLUMN {column}"))
    conn.execute(text("DROP TABLE threads"))
    conn.execute(text("CREATE TABLE threads (channel VARCHAR(128) NOT NULL, thread_key VARCHAR(256) NOT NULL, "
                      "remote_channel VARCHAR(64) NOT NULL, ts VARCHAR(64) NOT NULL, PRIMARY KEY (channel, thread_key))"))


def test_newer_schema_is_refused(store, database_url):
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(StoreError, match=f"schema revision 0099; this release knows up to {head()}"):
        Store.open(database_url)


def test_unreachable_database_is_a_clear_error():
    with pytest.raises(StoreError, match=r"cannot open the store at postgresql\+psycopg://bot:\*\*\*@127.0.0.1:1/x"):
        Store.open("postgresql://bot:secret@127.0.0.1:1/x")


def test_success_records_keys_outbox_and_state_together(store):
    store.record_success("nmd", Harvest(new=[entry("k1"), entry("k2")], queued=[queued(entry("k2"))], parsed=5), NOW)
    state = store.state("nmd")
    assert (state.last_status, state.failures_in_row, state.entries_known, state.last_parsed) == ("ok", 0, 2, 5)
    assert state.baseline_at == NOW and state.last_success_at == NOW
    assert set(store.known_texts("nmd", ["k1", "k2", "k3"])) == {"k1", "k2"}
    assert store.known_texts("other", ["k1"]) == {}
    [row] = store.pending_outbox()
    assert row.post.entry == entry("k2") and row.post.events == ("motion",) and row.thread_key == "nmd:1:23-cv-00001"


def test_failure_counts_and_keeps_entries(store):
    store.record_success("nmd", Harvest(new=[entry("k1")], parsed=1), NOW)
    store.record_failure("nmd", "HTTP 500", NOW + timedelta(minutes=1))
    store.record_failure("nmd", "HTTP 502", NOW + timedelta(minutes=2))
    state = store.state("nmd")
    assert (state.last_status, state.last_error, state.failures_in_row) == ("error", "HTTP 502", 2)
    assert state.last_success_at == NOW and state.entries_known == 1
    assert set(store.known_texts("nmd", ["k1"])) == {"k1"}
    store.record_success("nmd", Harvest(parsed=1), NOW + timedelta(minutes=3))
    assert store.state("nmd").failures_in_row == 0


def test_first_failure_creates_state_without_baseline(store):
    store.record_failure("new", "cannot connect", NOW)
    state = store.state("new")
    assert state.baseline_at is None and state.failures_in_row == 1


def test_one_entry_goes_to_a_channel_once(store):
    store.record_success("nmd", Harvest(new=[entry("k1")], queued=[queued(entry("k1"))], parsed=1), NOW)
    with pytest.raises(IntegrityError):
        store.record_success("nmd", Harvest(queued=[queued(entry("k1"))], parsed=1), NOW)
    assert len(store.pending_outbox()) == 1
    corrected = Queued(Post("#c", entry("k1", text="ORDER granting Motion to Dismiss"), ("order", "dismissal")),
                       thread_key="nmd:1", revision="r2")
    store.record_success("nmd", Harvest(edited=[corrected.post.entry], queued=[corrected], parsed=1), NOW)
    assert len(store.pending_outbox()) == 2
    assert store.known_texts("nmd", ["k1"]) == {"k1": "ORDER granting Motion to Dismiss"}


def test_pushed_entries_add_keys_and_posts_but_no_poll(store):
    store.record_success("cl", Harvest(new=[entry("k1")], queued=[queued(entry("k1"))]), NOW)
    state = store.state("cl")
    assert state.baseline_at is None and state.last_poll_at is None and state.entries_known == 1
    assert len(store.pending_outbox()) == 1


def test_webhooks_are_accepted_once_and_kept_until_processed(store):
    assert store.accept_webhook("abc", b'{"a": 1}', NOW)
    assert not store.accept_webhook("abc", b'{"a": 1}', NOW)
    assert store.accept_webhook("abd", b"{}", NOW + timedelta(seconds=1))
    assert store.unprocessed_webhooks() == [("abc", b'{"a": 1}'), ("abd", b"{}")]
    store.mark_webhook_processed("abc", NOW)
    assert store.unprocessed_webhooks() == [("abd", b"{}")]


def test_outbox_sent_retry_and_failed(store):
    items = [entry("k1"), entry("k2"), entry("k3")]
    store.record_success("nmd", Harvest(new=items, queued=[queued(item) for item in items], parsed=3), NOW)
    first, second, third = store.pending_outbox()
    store.mark_sent(first.id, first.channel, MessageRef("slack", "C1/1.0001"), NOW)
    store.mark_retry(second.id, "ratelimited", NOW + timedelta(minutes=5))
    store.mark_failed(third.id, "channel_not_found")
    [waiting] = store.pending_outbox()
    assert waiting.id == second.id and waiting.attempts == 1 and waiting.next_attempt_at == NOW + timedelta(minutes=5)
    assert store.outbox_counts() == {"sent": 1, "pending": 1, "failed": 1}


def test_threads_are_per_notifier_channel_and_case(store):
    assert store.thread("#c", "nmd:1", "slack") is None
    store.save_thread("#c", "nmd:1", MessageRef("slack", "C1/1.0001"))
    assert store.thread("#c", "nmd:1", "slack") == MessageRef("slack", "C1/1.0001")
    assert store.thread("#d", "nmd:1", "slack") is None
    assert store.thread("#c", "nmd:1", "console") is None  # a thread Slack started is Slack's alone
    store.save_thread("#c", "nmd:1", MessageRef("console", "2026-11-24T15:00:00+00:00"))
    assert store.thread("#c", "nmd:1", "slack") == MessageRef("slack", "C1/1.0001")


def test_many_keys_are_looked_up_in_chunks(store):
    items = [entry(f"k{i}") for i in range(1200)]
    store.record_success("nmd", Harvest(new=items, parsed=1200), NOW)
    assert len(store.known_texts("nmd", [f"k{i}" for i in range(0, 2400)])) == 1200


def test_subscriptions_made_in_slack(store):
    first = store.add_subscription(Subscription(channel="#rust", cases=["1:23-cr-00040"]), "U1", NOW)
    store.add_subscription(Subscription(channel="#rust", sources=["nmd"], events=["dismissal"]), "U2", NOW)
    store.add_subscription(Subscription(channel="#other", sources=["nmd"]), "U2", NOW)
    assert first > 0
    assert [s.sources for s in store.subscriptions("#rust")] == [["*"], ["nmd"]]
    assert store.subscriptions("#rust")[0].cases == ["1:23-cr-00040"]
    assert store.remove_subscriptions("#rust", "nmd") == 1
    assert store.remove_subscriptions("#rust", "nope") == 0
    assert [s.channel for s in store.subscriptions()] == ["#rust", "#other"]


def test_poll_lease_is_held_by_one_process_and_spaces_turns(store):
    gap = timedelta(minutes=7)
    assert store.claim_poll("nmd", "a", NOW, timedelta(minutes=10), gap)
    assert not store.claim_poll("nmd", "b", NOW, timedelta(minutes=10), gap)  # a holds it
    store.record_success("nmd", Harvest(parsed=0), NOW)
    store.release_poll("nmd", "a")
    assert not store.claim_poll("nmd", "b", NOW + timedelta(minutes=1), timedelta(minutes=10), gap)  # polled just now
    assert store.claim_poll("nmd", "b", NOW + timedelta(minutes=1), timedelta(minutes=10), timedelta(0))
    assert store.claim_poll("nmd", "c", NOW + timedelta(minutes=12), timedelta(minutes=10), gap)  # b's lease ran out


def test_claims_send_a_channel_in_order_one_at_a_time(store):
    items = [entry(f"k{i}") for i in range(3)]
    store.record_success("nmd", Harvest(new=items, queued=[queued(items[0], "#a"), queued(items[1], "#a"),
                                                            queued(items[2], "#b")], parsed=3), NOW)
    lease = timedelta(minutes=2)
    first = store.claim_next("w1", NOW, lease)
    second = store.claim_next("w2", NOW, lease)
    assert (first.channel, first.post.entry.key) == ("#a", "k0")
    assert (second.channel, second.post.entry.key) == ("#b", "k2")  # #a waits for k0
    assert store.claim_next("w3", NOW, lease) is None
    assert store.claim_next("w3", NOW + timedelta(minutes=3), lease).post.entry.key == "k0"  # w1 died: k0 again
    store.mark_sent(first.id, first.channel, MessageRef("slack", "C1/1.1"), NOW)
    assert store.claim_next("w3", NOW + timedelta(minutes=3), lease).post.entry.key == "k1"


def test_a_channel_s_messages_go_only_through_the_notifier_they_were_queued_for(store):
    """A process without a Slack token (the console) leaves the posts a process with one queued alone, and prints
    those it queued itself, even behind them in the same channel; a row from before revision 0017 is anyone's."""
    items = [entry(f"k{i}") for i in range(4)]
    store.slack_notifier = None  # a row from before the notifier was recorded
    store.record_success("nmd", Harvest(new=items[:1], queued=[queued(items[0], "#old")], parsed=1), NOW)
    store.slack_notifier = "slack"
    store.record_success("nmd", Harvest(new=items[1:2], queued=[queued(items[1], "#a")], parsed=2), NOW)
    store.queue_notice("apprise:ops", Notice(NOTE, "", "", "hello"), NOW)  # another notifier's: for any
    store.slack_notifier = "console"
    store.record_success("nmd", Harvest(new=items[2:], queued=[queued(items[2], "#a"), queued(items[3], "#b")],
                                        parsed=4), NOW)
    assert store.queued_for_others("console") == {"slack": 1}
    assert store.queued_for_others("slack") == {"console": 2}
    lease = timedelta(minutes=2)
    claimed = [store.claim_next("c", NOW, lease, notifier="slack", via="console") for _ in range(4)]
    assert [row and row.post.entry.key for row in claimed] == ["k0", "k2", "k3", None]  # k1 is Slack's
    assert store.claim_next("a", NOW, lease, notifier="apprise", via="apprise").channel == "apprise:ops"
    slack = store.claim_next("s", NOW, lease, notifier="slack", via="slack")
    assert slack.post.entry.key == "k1" and store.claim_next("s", NOW, lease, via="slack") is None
    assert [(item.channel, item.queued_for) for item in store.outbox_listing()] == [
        ("#old", None), ("#a", "slack"), ("apprise:ops", None), ("#a", "console"), ("#b", "console")]


def test_a_store_posts_to_slack_once_a_process_with_a_token_marked_it(store):
    """A console-only store does not post to Slack; one a token process got ready on does (the first mark kept)."""
    item = entry("k0")
    store.slack_notifier = "console"
    store.record_success("nmd", Harvest(new=[item], queued=[queued(item)], parsed=1), NOW)
    row = store.claim_next("c", NOW, timedelta(minutes=2), via="console")
    store.mark_sent(row.id, row.channel, MessageRef("console", "1"), NOW)
    store.queue_notice("#ops", Notice(NOTE, "", "", "config refused"), NOW)
    assert not store.posts_to_slack()
    store.mark_posts_to_slack(NOW)
    store.mark_posts_to_slack(NOW + timedelta(hours=1))
    assert store.posts_to_slack()
    with store.engine.connect() as conn:
        assert conn.execute(select(meta.c.value).where(meta.c.name == "posts_to:slack")).scalar() == NOW.isoformat()


@pytest.mark.parametrize("what", ["post", "notice", "digest"])
def test_the_first_message_queued_for_slack_records_that_the_store_posts_to_slack(store, what):
    """A process with the token that queues a message to a Slack channel, and is cut short before it got ready to
    deliver, still leaves the store posting to Slack; a message of it to another notifier's destination does not."""
    store.slack_notifier = "slack"
    later = NOW + timedelta(minutes=5)

    def queue(channel: str, now: datetime) -> None:
        if what == "post":
            item = entry(f"k-{channel}-{now.minute}")
            store.record_success("nmd", Harvest(new=[item], queued=[queued(item, channel)], parsed=1), now)
        elif what == "notice":
            store.queue_notice(channel, Notice(NOTE, "", "", "config refused"), now)
        else:
            assert store.queue_digest(Digest(channel, "daily", now - timedelta(days=1), now, "UTC", ()), now)

    queue("apprise:ops", NOW)
    assert not store.posts_to_slack()
    queue("#c", NOW)
    queue("#c", later)
    assert store.posts_to_slack()
    with store.engine.connect() as conn:  # the first kept
        assert conn.execute(select(meta.c.value).where(meta.c.name == "posts_to:slack")).scalar() == NOW.isoformat()


def test_asking_whether_a_store_posts_to_slack_reads_one_row_not_the_outbox(store):
    """Every command asks it as it starts (bot/app.py): one statement, whatever the outbox holds, on a console-only
    store (nothing recorded) as on one that posts to Slack."""
    store.slack_notifier = "console"
    items = [entry(f"k{i}") for i in range(3)]
    store.record_success("nmd", Harvest(new=items, queued=[queued(item) for item in items], parsed=3), NOW)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    for marked in (False, True):
        statements.clear()
        assert store.posts_to_slack() is marked
        assert len(statements) == 1 and "docketbot_meta" in statements[0] and "outbox" not in statements[0], statements
        store.mark_posts_to_slack(NOW)


def test_posts_left_for_the_console_are_handed_to_slack_unless_being_printed(store):
    items = [entry(f"k{i}") for i in range(3)]
    store.slack_notifier = "console"
    store.record_success("nmd", Harvest(new=items, queued=[queued(item, f"#{item.key}") for item in items],
                                        parsed=3), NOW)
    printing = store.claim_next("c", NOW, timedelta(minutes=2), via="console")  # a tokenless check at work
    assert store.hand_over("console", "slack", NOW + timedelta(minutes=1)) == 2
    assert store.queued_for_others("console") == {"slack": 2}
    assert [(item.channel, item.queued_for) for item in store.outbox_listing()] == [
        (printing.channel, "console"), ("#k1", "slack"), ("#k2", "slack")]
    assert store.claim_next("s", NOW + timedelta(minutes=1), timedelta(minutes=2), via="slack").channel == "#k1"


def test_claiming_a_post_and_listing_the_latest_walk_indexes_not_the_outbox(sqlite_url):
    """The cost of delivering one post stays flat as the backlog and the history grow (bench/outbox.py measures
    it): the claim checks "no earlier undelivered post of this channel" in the per-channel index, and the status
    page's latest posts come from the index of sent times, in order; neither reads the whole outbox. On SQLite,
    which plans without statistics (PostgreSQL picks the same indexes from its statistics)."""
    store = Store.open(sqlite_url)
    items = [entry(f"k{i}") for i in range(3)]
    store.record_success("nmd", Harvest(new=items, queued=[queued(item, f"#{i}") for i, item in enumerate(items)],
                                        parsed=3), NOW)
    statements: list[tuple[str, Any]] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda _conn, _cursor, sql, parameters, _context, _many: statements.append((sql, parameters)))
    sent = store.claim_next("w1", NOW, timedelta(minutes=2))
    store.mark_sent(sent.id, sent.channel, MessageRef("slack", "C1/1.1"), NOW)
    assert len(store.recent_posts()) == 1
    claim, latest = [(sql, parameters) for sql, parameters in statements
                     if sql.lstrip().startswith("SELECT") and "ORDER BY outbox" in sql]
    with store.engine.connect() as conn:
        claim_plan, latest_plan = ([row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, parameters)]
                                   for sql, parameters in (claim, latest))
    assert "SEARCH earlier USING INDEX outbox_undelivered_by_channel (channel=? AND id<?)" in claim_plan
    assert not {"SCAN outbox", "SCAN earlier"} & set(claim_plan), claim_plan
    assert latest_plan == ["SEARCH outbox USING INDEX outbox_sent (sent_at>?)"], latest_plan  # in order: no sort
    store.close()


def test_leases_and_claims_of_dead_processes_are_freed(store):
    store.record_success("nmd", Harvest(new=[entry("k1")], queued=[queued(entry("k1"))], parsed=1), NOW)
    assert store.claim_poll("nmd", "host:1:dead", NOW, timedelta(minutes=10), timedelta(0))
    assert store.claim_next("host:1:dead", NOW, timedelta(minutes=2)) is not None
    assert store.claim_next("host:2:live", NOW, timedelta(minutes=2)) is None
    assert store.release_dead_claims(lambda holder: holder != "host:1:dead") == 2
    assert store.claim_poll("nmd", "host:2:live", NOW, timedelta(minutes=10), timedelta(0))
    assert store.claim_next("host:2:live", NOW, timedelta(minutes=2)).post.entry.key == "k1"


def test_a_first_turn_polls_a_source_whose_last_poll_failed_or_had_other_settings(store):
    gap, lease = timedelta(minutes=5), timedelta(minutes=10)
    assert store.claim_poll("nmd", "a", NOW, lease, gap, settings="old")
    store.record_failure("nmd", "cannot connect", NOW)
    store.release_poll("nmd", "a")
    later = NOW + timedelta(minutes=1)
    assert not store.claim_poll("nmd", "b", later, lease, gap, settings="old")  # a later turn waits
    assert store.claim_poll("nmd", "b", later, lease, gap, settings="old", recheck=True)  # it failed: try again
    store.record_success("nmd", Harvest(parsed=0), later)
    store.release_poll("nmd", "b")
    assert not store.claim_poll("nmd", "c", later, lease, gap, settings="old", recheck=True)  # ok, same settings
    assert store.claim_poll("nmd", "c", later, lease, gap, settings="new", recheck=True)  # its settings changed
    assert store.state("nmd").settings == "new"


def test_a_claim_of_several_sources_is_one_statement_each_source_under_its_own_conditions(store):
    """`check` claims its sources 32 to a write: one INSERT for them all, not one each, and each source is claimed
    or not as it would be alone: leased to another process, polled too lately, with other settings (a first turn)."""
    lease, gap, hour_ago, minute_ago = timedelta(minutes=10), timedelta(minutes=5), NOW - timedelta(hours=1), NOW - timedelta(minutes=1)
    assert store.claim_poll("held", "other", NOW, lease, timedelta(0))
    for source_id, when in (("free", hour_ago), ("recent", minute_ago), ("changed", minute_ago)):
        assert store.claim_poll(source_id, "a", when, lease, timedelta(0), settings="old")
        store.record_success(source_id, Harvest(parsed=1, release="a"), when)
    inserts: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda *args: inserts.append(args[2]) if args[2].startswith("INSERT") else None)
    settings = {"held": "old", "free": "old", "recent": "old", "changed": "new", "unseen": "old"}
    claimed = store.claim_polls(settings, "me", NOW, lease, gap, recheck=True)
    assert len(inserts) == 1
    assert claimed.keys() == {"free", "changed", "unseen"}
    for source_id, state in claimed.items():
        assert state.lease_holder == "me" and state.lease_until == NOW + lease and state.settings == settings[source_id]
    states = store.states()
    assert states["held"].lease_holder == "other" and states["recent"].lease_holder is None
    assert states["recent"].settings == "old" and states["changed"].settings == "new"


def test_a_polls_record_ends_only_its_own_lease(store):
    lease = timedelta(minutes=10)
    assert store.claim_poll("nmd", "a", NOW, lease, timedelta(0))
    store.record_success("nmd", Harvest(parsed=1, release="b"), NOW)  # b holds no lease of nmd: a keeps it
    assert store.state("nmd").lease_holder == "a"
    store.record_failure("nmd", "HTTP 500", NOW, release="b")
    assert store.state("nmd").lease_holder == "a"
    store.record_success("nmd", Harvest(parsed=1, release="a"), NOW)
    assert store.state("nmd").lease_holder is None and store.state("nmd").lease_until is None
    assert store.claim_poll("nmd", "b", NOW, lease, timedelta(0))
    store.record_failure("nmd", "HTTP 500", NOW, release="b")
    assert store.state("nmd").lease_holder is None and store.state("nmd").last_status == "error"


@pytest.mark.slow
def test_claims_rolled_back_to_end_a_deadlock_are_made_again(caplog):
    """On PostgreSQL, a batch's write (the quiet records of its last polls, then its claims) locks rows that another
    transaction may lock in the other order: PostgreSQL rolls one back, and the claims are made again."""
    caplog.set_level(logging.INFO, logger="bot.store.sources")
    with postgres_schema_url() as url:
        store = Store.open(url)
        lease = timedelta(minutes=10)
        assert store.claim_polls({"a": None}, "me", NOW, lease).keys() == {"a"}
        store.record_success("b", Harvest(parsed=0), NOW - lease)  # b's row, not leased
        other = store.engine.connect()
        transaction = other.begin()
        other.execute(text("SET LOCAL deadlock_timeout = '10s'"))  # the claims' backend finds the deadlock first
        other.execute(update(source_state).where(source_state.c.source_id == "b").values(alert=None))
        claimed: dict = {}
        quiet = [QuietPoll("a", NOW, 3, 0, None, "me")]
        claims = threading.Thread(target=lambda: claimed.update(store.claim_polls({"b": None}, "me", NOW, lease,
                                                                                 quiet=quiet)))
        claims.start()
        time.sleep(0.5)  # the claims' transaction holds a (its quiet record) and waits for b
        other.execute(update(source_state).where(source_state.c.source_id == "a").values(alert=None))
        transaction.commit()
        other.close()
        claims.join(timeout=30)
        states = store.states()
        store.close()
    assert claimed.keys() == {"b"} and states["b"].lease_holder == "me"
    assert states["a"].lease_holder is None and states["a"].last_poll_at == NOW and states["a"].last_parsed == 3
    assert "met another process's in a deadlock; trying again (2 of 3)" in caplog.text
