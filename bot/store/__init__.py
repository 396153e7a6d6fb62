"""Everything durable, in one database: per-source state, entry keys already seen, the outbox, threads.

SQLite by default (WAL mode, busy timeout), PostgreSQL when the URL says so. The schema is brought up
to date on open by Alembic migrations (bot/store/migrate.py), safely when several processes open it at once.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import overload

from sqlalchemy import (
    ColumnElement,
    and_,
    create_engine,
    delete,
    event,
    exists,
    func,
    insert,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError

from bot.config import Subscription
from bot.core.entry import Entry
from bot.core.post import Item, Part, Post, Sent
from bot.pipeline.diff import Record, SameFiling, filing_id
from bot.pipeline.stories import Story
from bot.store import migrate as migrations
from bot.store.schema import (
    delivery_holds,
    filing_marks,
    filing_posts,
    meta,
    outbox,
    seen_entries,
    source_state,
    threads,
    webhook_deliveries,
)
from bot.store.schema import stories as stories_table
from bot.store.schema import subscriptions as subscriptions_table

DEFAULT_DATABASE_URL = "sqlite:///docketbot.db"
_KEY_CHUNK = 500


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    """The distinct `values`, in order, in lists of at most _KEY_CHUNK: one `IN (...)` query each, within the
    databases' limits on bound parameters."""
    distinct = list(dict.fromkeys(values))
    for start in range(0, len(distinct), _KEY_CHUNK):
        yield distinct[start : start + _KEY_CHUNK]


class StoreError(Exception):
    """The database cannot be used (unreachable, or written by a newer release)."""


@dataclass(frozen=True)
class SourceState:
    source_id: str
    baseline_at: datetime | None
    last_poll_at: datetime | None
    last_success_at: datetime | None
    last_status: str
    last_error: str | None
    failures_in_row: int
    entries_known: int
    last_parsed: int | None
    alert: str | None
    lease_holder: str | None = None
    lease_until: datetime | None = None
    last_skipped: int | None = None
    last_skip_note: str | None = None
    story_key: str | None = None  # a news source's identity level, when not its guids (scrapers/news_identity.py)
    settings: str | None = None  # the digest of the settings its last poll was made with (SourceConfig.digest)


@dataclass(frozen=True)
class Queued:
    """A post the routing step decided on, with the thread it belongs to.

    `revision` tells apart two posts about one entry (its text was corrected); the outbox takes a
    post once per channel, entry and revision.
    """

    post: Post
    thread_key: str
    revision: str = ""


@dataclass(frozen=True)
class Harvest:
    """What one poll (or one batch of pushed entries) found, recorded in one transaction."""

    new: Sequence[Entry] = ()
    edited: Sequence[Entry] = ()
    queued: Sequence[Queued] = ()
    parsed: int | None = None  # how many entries the whole source listed; None for pushed entries
    stories: Sequence[Story] = ()  # news stories first reported in this harvest
    skipped: int = 0  # items the poll read and did not turn into entries
    skip_note: str | None = None  # why, per reason (bot.poll.poller.skip_note)
    same_filing: Sequence[SameFiling] = ()  # new records of known filings (bot/pipeline/diff.py): seen, not counted new
    marks: Sequence[tuple[str, str]] = ()  # (filing mark, entry key) of the entries stored as seen
    told: Sequence[tuple[str, str]] = ()  # (filing id, channel) of the filings the queued posts tell of
    story_key: str | None = None  # a news source's identity level found by this poll (SourceState.story_key)
    follows: Sequence[Subscription] = ()  # cases a watch found, followed from now on (bot/pipeline/watch.py)


@dataclass(frozen=True)
class OutboxRow:
    """A queued message: a post about an entry, or an ops notice (`notice` text, no post)."""

    id: int
    channel: str
    post: Post | None
    notice: str | None
    thread_key: str
    attempts: int
    next_attempt_at: datetime


@dataclass(frozen=True)
class Hold:
    """Deliveries held for a reason a person can fix: for one channel, or every channel (`scope` ""), by the
    processes that post with one token (`token`, a fingerprint: notifiers/slack/notifier.py; "" for any token)."""

    scope: str
    reason: str
    detail: str
    advice: str
    since: datetime
    next_try_at: datetime
    token: str = ""

    @property
    def where(self) -> str:
        return self.scope or "every channel"

    def applies_to(self, token: str | None) -> bool:
        """Whether a process posting with `token` (None: any) obeys this hold."""
        return token is None or self.token in ("", token)


@dataclass(frozen=True)
class Listed:
    """An undelivered message as `python -m bot outbox` lists it; `status` is pending, sending, held or failed."""

    id: int
    channel: str
    status: str
    created_at: datetime
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    post: Post | None
    notice: str | None


@dataclass(frozen=True)
class SentPost:
    """A post delivered, as the status page lists it: where Slack put it (`remote_channel`, `remote_ts`; None
    when the notifier gave no reference) and when (`sent_at`, UTC)."""

    channel: str
    post: Post
    sent_at: datetime
    remote_channel: str | None
    remote_ts: str | None


def _hold_from(row: Mapping) -> Hold:
    return Hold(row["scope"], row["reason"], row["detail"], row["advice"], _utc(row["since"]), _utc(row["next_try_at"]),
                row["token"])


def _tokens(token: str | None) -> ColumnElement[bool]:
    """SQL for the holds a process posting with `token` obeys (None: every hold)."""
    return delivery_holds.c.token.in_(("", token)) if token is not None else true()


@overload
def _utc(moment: datetime) -> datetime: ...
@overload
def _utc(moment: None) -> None: ...
def _utc(moment: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without a zone; everything in the store is UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def _queue_notice(conn: Connection, source_id: str, notice: tuple[str, str], key: str, now: datetime) -> None:
    channel, text_ = notice
    conn.execute(
        insert(outbox).values(
            channel=channel, source_id=source_id, entry_key=key, thread_key="", events=[], entry={}, notice=text_,
            status="pending", attempts=0, created_at=now, next_attempt_at=now,
        )
    )


def _outbox_row_from(row: Mapping) -> OutboxRow:
    return OutboxRow(
        id=row["id"],
        channel=row["channel"],
        post=None if row["notice"] is not None else _post(row),
        notice=row["notice"],
        thread_key=row["thread_key"],
        attempts=row["attempts"],
        next_attempt_at=_utc(row["next_attempt_at"]),
    )


def _post(row: Mapping) -> Post:
    folded = tuple(Item(Entry.from_json(i["entry"]), tuple(i["events"])) for i in row["folded"] or ())
    part = Part(*row["part"]) if row["part"] else None
    return Post(row["channel"], Entry.from_json(row["entry"]), tuple(row["events"]), folded, row["echo_of"] or "", part)


def _one_of(column: ColumnElement[str], values: tuple[str | None, ...]) -> ColumnElement[bool]:
    """SQL for `column` being one of `values`, where None means NULL."""
    present = [value for value in values if value is not None]
    condition = column.in_(present)
    return (condition | column.is_(None)) if None in values else condition


def _seen_row(source_id: str, entry: Entry, now: datetime, filing: str | None = None) -> dict:
    return {
        "source_id": source_id,
        "entry_key": entry.key,
        "case_number": entry.case_number,
        "text": entry.text,
        "first_seen_at": now,
        "filing": filing,
    }


def _subscription_row(subscription: Subscription, created_by: str, now: datetime) -> dict:
    return {"channel": subscription.channel, "sources": list(subscription.sources), "cases": list(subscription.cases),
            "events": list(subscription.events), "started_by": subscription.started_by, "created_by": created_by,
            "created_at": now}


def _outbox_row(source_id: str, item: Queued, now: datetime) -> dict:
    return {
        "channel": item.post.channel,
        "source_id": source_id,
        "entry_key": item.post.entry.key + (f"#{item.revision}" if item.revision else ""),
        "thread_key": item.thread_key,
        "events": list(item.post.events),
        "entry": item.post.entry.to_json(),
        "folded": [{"entry": i.entry.to_json(), "events": list(i.events)} for i in item.post.folded] or None,
        "echo_of": item.post.echo_of or None,
        "part": [item.post.part.number, item.post.part.of, item.post.part.entries] if item.post.part else None,
        "status": "pending",
        "attempts": 0,
        "created_at": now,
        "next_attempt_at": now,
    }


def engine_for(url: str) -> Engine:
    """An engine for a DATABASE_URL; `postgres://` and `postgresql://` get the psycopg 3 driver.

    Raises StoreError for a URL that is not one of a SQLite or PostgreSQL database.
    """
    if url.startswith(("postgres://", "postgresql://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    try:
        parsed = make_url(url)
    except ArgumentError:
        parsed = None
    if parsed is None or parsed.get_backend_name() not in ("sqlite", "postgresql"):
        shown = parsed.render_as_string(hide_password=True) if parsed else ("…" if "@" in url else url)
        hint = f"sqlite:///{url}" if "://" not in url else "sqlite:///path/to/file.db"
        raise StoreError(
            f"DATABASE_URL {shown!r} is not a database URL the bot can use: give {hint} or "
            "postgresql://user:password@host/database"
        )
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str = DEFAULT_DATABASE_URL) -> Store:
        store = cls(engine_for(url))
        store.migrate()
        return store

    def close(self) -> None:
        self.engine.dispose()

    def migrate(self) -> None:
        """Brings the schema up to date (see bot/store/migrate.py); refuses a database from a newer release."""
        try:
            migrations.upgrade(self.engine)
        except migrations.NewerSchema as exc:
            raise StoreError(f"{exc}: it was written by a newer release of docketbot") from exc
        except Exception as exc:  # any driver error: say which database, never a password
            where = make_url(self.engine.url).render_as_string(hide_password=True)
            cause = getattr(exc, "orig", None) or exc  # the driver's own error, without SQLAlchemy's link and SQL
            detail = "; ".join(line.strip() for line in str(cause).splitlines() if line.strip())
            raise StoreError(f"cannot open the store at {where}: {detail}") from exc

    def beat(self, name: str, now: datetime) -> None:
        """Records that a process (the worker) is alive."""
        dialect_insert = postgresql_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        upsert = dialect_insert(meta).values(name=f"heartbeat:{name}", value=now.isoformat())
        with self.engine.begin() as conn:  # several workers may beat for the first time at once
            conn.execute(upsert.on_conflict_do_update(index_elements=["name"], set_={"value": upsert.excluded.value}))

    def heartbeat(self, name: str) -> datetime | None:
        with self.engine.connect() as conn:
            value = conn.execute(select(meta.c.value).where(meta.c.name == f"heartbeat:{name}")).scalar()
        return datetime.fromisoformat(value) if value else None

    def heartbeats(self, name: str) -> dict[str, datetime]:
        """The beats of `name` and of `name:<anything>` (one per process), by their names without `heartbeat:`."""
        key = f"heartbeat:{name}"
        query = select(meta.c.name, meta.c.value).where(or_(meta.c.name == key, meta.c.name.startswith(f"{key}:")))
        with self.engine.connect() as conn:
            return {row.name.removeprefix("heartbeat:"): datetime.fromisoformat(row.value) for row in conn.execute(query)}

    def forget_beat(self, name: str) -> None:
        """Removes a process's heartbeat (it stopped)."""
        with self.engine.begin() as conn:
            conn.execute(delete(meta).where(meta.c.name == f"heartbeat:{name}"))

    def ping(self) -> None:
        """Raises when the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.execute(text("select 1"))

    def schema_revision(self) -> str | None:
        """The Alembic revision of the database (bot/store/migrations/versions)."""
        with self.engine.connect() as conn:
            return migrations.revision(conn)

    # --- sources -----------------------------------------------------------------------------

    def state(self, source_id: str) -> SourceState | None:
        return self.states([source_id]).get(source_id)

    def states(self, source_ids: Iterable[str] | None = None) -> dict[str, SourceState]:
        query = select(source_state)
        if source_ids is not None:
            query = query.where(source_state.c.source_id.in_(list(source_ids)))
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return {
            row["source_id"]: SourceState(
                **{
                    **row,
                    "baseline_at": _utc(row["baseline_at"]),
                    "last_poll_at": _utc(row["last_poll_at"]),
                    "last_success_at": _utc(row["last_success_at"]),
                    "lease_until": _utc(row["lease_until"]),
                }
            )
            for row in rows
        }

    def known_texts(self, source_id: str, keys: Iterable[str]) -> dict[str, str]:
        """The stored text of each of `keys` this source has seen before."""
        found: dict[str, str] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(keys):
                query = select(seen_entries.c.entry_key, seen_entries.c.text).where(
                    seen_entries.c.source_id == source_id, seen_entries.c.entry_key.in_(chunk)
                )
                found.update((key, text) for key, text in conn.execute(query))
        return found

    def known_cases(self, source_id: str, case_numbers: Iterable[str]) -> set[str]:
        """Those of the docket numbers (as the source writes them) of which the source has an entry stored."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in _chunks(case_numbers):
                found.update(conn.execute(
                    select(seen_entries.c.case_number).distinct().where(
                        seen_entries.c.source_id == source_id, seen_entries.c.case_number.in_(chunk))
                ).scalars())
        return found

    def records(self, marks: Iterable[str]) -> dict[str, list[Record]]:
        """The seen entries, of any source, under each of `marks` (bot/pipeline/diff.py filing_marks), with their text."""
        found: dict[str, list[Record]] = {}
        joined = filing_marks.join(
            seen_entries,
            and_(seen_entries.c.source_id == filing_marks.c.source_id,
                 seen_entries.c.entry_key == filing_marks.c.entry_key),
        )
        with self.engine.connect() as conn:
            for chunk in _chunks(marks):
                query = (
                    select(filing_marks.c.mark, seen_entries.c.source_id, seen_entries.c.entry_key, seen_entries.c.text,
                           seen_entries.c.filing)
                    .select_from(joined)
                    .where(filing_marks.c.mark.in_(chunk))
                    .order_by(seen_entries.c.first_seen_at, seen_entries.c.source_id, seen_entries.c.entry_key)
                )
                for mark, source, key, text_, filing in conn.execute(query):
                    found.setdefault(mark, []).append(Record(source, key, text_, filing or filing_id(source, key)))
        return found

    def told(self, filings: Iterable[str]) -> dict[str, set[str]]:
        """The channels told of each of `filings` (filing ids) by a post about any of its records."""
        found: dict[str, set[str]] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(filings):
                query = select(filing_posts.c.filing, filing_posts.c.channel).where(filing_posts.c.filing.in_(chunk))
                for filing, channel in conn.execute(query):
                    found.setdefault(filing, set()).add(channel)
        return found

    def record_success(self, source_id: str, harvest: Harvest, now: datetime) -> None:
        """One transaction: new keys, corrected texts, outbox rows, and the source's state.

        A poll of the whole source (`harvest.parsed` set) counts as a successful poll and makes the
        first one the baseline; pushed entries only add keys and posts.
        """
        with self.engine.begin() as conn:
            if harvest.new or harvest.same_filing:
                conn.execute(
                    insert(seen_entries),
                    [_seen_row(source_id, entry, now) for entry in harvest.new]
                    + [_seen_row(source_id, same.entry, now, same.known.filing) for same in harvest.same_filing],
                )
            dialect_insert = postgresql_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
            if harvest.marks:
                conn.execute(  # a news story's marks are given at every poll: those known already stay
                    dialect_insert(filing_marks).on_conflict_do_nothing(
                        index_elements=["mark", "source_id", "entry_key"]
                    ),
                    [{"mark": mark, "source_id": source_id, "entry_key": key} for mark, key in dict.fromkeys(harvest.marks)],
                )
            if harvest.told:
                conn.execute(
                    dialect_insert(filing_posts).on_conflict_do_nothing(index_elements=["filing", "channel"]),
                    [{"filing": filing, "channel": channel} for filing, channel in dict.fromkeys(harvest.told)],
                )
            for entry in harvest.edited:
                conn.execute(
                    update(seen_entries)
                    .where(seen_entries.c.source_id == source_id, seen_entries.c.entry_key == entry.key)
                    .values(text=entry.text)
                )
            if harvest.follows:
                conn.execute(insert(subscriptions_table), [_subscription_row(s, "watch", now) for s in harvest.follows])
            if harvest.queued:
                conn.execute(insert(outbox), [_outbox_row(source_id, item, now) for item in harvest.queued])
            if harvest.stories:
                conn.execute(
                    insert(stories_table),
                    [
                        {"url": story.url, "words": sorted(story.words), "outlet": story.outlet,
                         "thread_key": story.thread_key, "first_seen_at": story.first_seen_at,
                         "events": list(story.events) if story.events is not None else None}
                        for story in harvest.stories
                    ],
                )
            values: dict[str, object] = {"entries_known": source_state.c.entries_known + len(harvest.new)}
            if harvest.parsed is not None:
                values.update(
                    last_poll_at=now,
                    last_success_at=now,
                    last_status="ok",
                    last_error=None,
                    failures_in_row=0,
                    last_parsed=harvest.parsed,
                    last_skipped=harvest.skipped,
                    last_skip_note=harvest.skip_note,
                    baseline_at=func.coalesce(source_state.c.baseline_at, now),
                )
            if harvest.story_key is not None:
                values["story_key"] = harvest.story_key
            self._ensure_state(conn, source_id)
            conn.execute(update(source_state).where(source_state.c.source_id == source_id).values(**values))

    def _ensure_state(self, conn: Connection, source_id: str) -> None:
        """Makes the source's state row if there is none (two processes may race to make it)."""
        dialect_insert = postgresql_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        conn.execute(
            dialect_insert(source_state)
            .values(source_id=source_id, last_status="never", failures_in_row=0, entries_known=0)
            .on_conflict_do_nothing(index_elements=["source_id"])
        )

    def claim_poll(
        self, source_id: str, holder: str, now: datetime, lease: timedelta, min_gap: timedelta,
        settings: str | None = None, recheck: bool = False,
    ) -> bool:
        """Claims the right to poll a source now: no other process holds it, and its last poll is at least
        `min_gap` ago (so that several workers poll a source once per scheduled turn). With `recheck` (a
        worker's first turn of a source, after a start or a reload that changed it) a last poll that failed,
        or that was made with other settings than `settings` (a digest), is no reason to wait. The claim
        records `settings` as those of the source's last poll."""
        gap = [source_state.c.last_poll_at.is_(None), source_state.c.last_poll_at <= now - min_gap]
        if recheck:
            gap += [source_state.c.last_status != "ok", source_state.c.settings.is_(None)]
            if settings is not None:
                gap.append(source_state.c.settings != settings)
        values: dict[str, object] = {"lease_holder": holder, "lease_until": now + lease}
        if settings is not None:
            values["settings"] = settings
        with self.engine.begin() as conn:
            self._ensure_state(conn, source_id)
            return bool(
                conn.execute(
                    update(source_state)
                    .where(
                        source_state.c.source_id == source_id,
                        or_(source_state.c.lease_until.is_(None), source_state.c.lease_until <= now),
                        or_(*gap),
                    )
                    .values(**values)
                ).rowcount
            )

    def release_dead_claims(self, alive: Callable[[str], bool]) -> int:
        """Frees the poll leases and outbox claims of processes that `alive` says are gone; returns how many."""
        freed = 0
        with self.engine.begin() as conn:
            for holder in conn.execute(select(source_state.c.lease_holder).distinct()).scalars():
                if holder and not alive(holder):
                    freed += conn.execute(
                        update(source_state)
                        .where(source_state.c.lease_holder == holder)
                        .values(lease_holder=None, lease_until=None)
                    ).rowcount
            sending = select(outbox.c.claimed_by).where(outbox.c.status == "sending").distinct()
            for holder in conn.execute(sending).scalars():
                if holder and not alive(holder):
                    freed += conn.execute(
                        update(outbox)
                        .where(outbox.c.claimed_by == holder, outbox.c.status == "sending")
                        .values(status="pending", claimed_by=None, claimed_until=None)
                    ).rowcount
        return freed

    def release_poll(self, source_id: str, holder: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(source_state)
                .where(source_state.c.source_id == source_id, source_state.c.lease_holder == holder)
                .values(lease_holder=None, lease_until=None)
            )

    def record_failure(self, source_id: str, error: str, now: datetime) -> SourceState:
        """Counts a failed poll; the entries and baseline stay as they were. Returns the new state."""
        with self.engine.begin() as conn:
            self._ensure_state(conn, source_id)
            conn.execute(
                update(source_state)
                .where(source_state.c.source_id == source_id)
                .values(
                    last_poll_at=now,
                    last_status="error",
                    last_error=error,
                    failures_in_row=source_state.c.failures_in_row + 1,
                )
            )
        return self.states([source_id])[source_id]

    def queue_notice(self, channel: str, text: str, now: datetime) -> None:
        """Queues an ops notice that belongs to no source (a refused config file, say)."""
        with self.engine.begin() as conn:
            _queue_notice(conn, "", (channel, text), f"notice:{uuid.uuid4().hex}", now)

    def set_alert(
        self,
        source_id: str,
        alert: str | None,
        when_current: tuple[str | None, ...],
        notice: tuple[str, str] | None,
        now: datetime,
    ) -> bool:
        """Moves a source's alert state (None, "failing", "stale") from one of `when_current`, and
        queues its (channel, text) notice in the same transaction.

        Only the first caller to make the move queues the notice, so an alert goes out once however
        many processes see the same failure.
        """
        with self.engine.begin() as conn:
            moved = conn.execute(
                update(source_state)
                .where(source_state.c.source_id == source_id, _one_of(source_state.c.alert, when_current))
                .values(alert=alert)
            ).rowcount
            if moved and notice:
                _queue_notice(conn, source_id, notice, f"notice:{source_id}:{alert or 'ok'}:{now.isoformat()}", now)
        return bool(moved)

    # --- outbox ------------------------------------------------------------------------------

    def pending_outbox(self, limit: int = 200) -> list[OutboxRow]:
        """Messages not yet delivered, oldest first (including those waiting for a retry)."""
        query = select(outbox).where(outbox.c.status.in_(("pending", "sending"))).order_by(outbox.c.id).limit(limit)
        with self.engine.connect() as conn:
            return [_outbox_row_from(row) for row in conn.execute(query).mappings()]

    def claim_next(
        self, holder: str, now: datetime, lease: timedelta, hold_retry: timedelta = timedelta(minutes=5),
        token: str | None = None,
    ) -> OutboxRow | None:
        """Claims the next message to send, or None: the oldest undelivered message of its channel, if due.

        A channel's messages go out one at a time and in order, whichever process sends them. A claim
        expires after `lease`, so the messages of a process that died go out from another one (at most
        one duplicate: a post Slack took just before the death). Messages under a hold (see `hold`) wait;
        when a hold's retry is due, one process claims one message to try it, and the hold's next retry
        moves `hold_retry` on, so that the other processes keep waiting. Only the holds of `token` (the
        fingerprint this process posts with; None: any) count.
        """
        holds = {hold.scope: hold for hold in self.holds(token)}
        workspace = holds.get("")
        if workspace is not None and workspace.next_try_at > now:
            return None
        waiting = or_(outbox.c.status == "pending", and_(outbox.c.status == "sending", outbox.c.claimed_until <= now))
        earlier = outbox.alias("earlier")
        first_of_channel = ~exists().where(
            earlier.c.channel == outbox.c.channel,
            earlier.c.id < outbox.c.id,
            earlier.c.status.in_(("pending", "sending")),
        )
        candidate = (
            select(outbox.c.id, outbox.c.channel)
            .where(waiting, first_of_channel, outbox.c.next_attempt_at <= now)
            .order_by(outbox.c.id)
            .limit(1)
        )
        blocked = [scope for scope, hold in holds.items() if scope and hold.next_try_at > now]
        if blocked:
            candidate = candidate.where(outbox.c.channel.not_in(blocked))
        if self.engine.dialect.name == "postgresql":
            candidate = candidate.with_for_update(skip_locked=True, of=outbox)
        for _ in range(10):  # another process may take the candidate first: look again
            with self.engine.begin() as conn:
                found = conn.execute(candidate).first()
                if found is None:
                    return None
                for scope in ("", found.channel):  # a due hold: this process tries it, the others wait
                    if scope in holds and not conn.execute(
                        update(delivery_holds)
                        .where(delivery_holds.c.scope == scope, delivery_holds.c.token == holds[scope].token,
                               delivery_holds.c.next_try_at <= now)
                        .values(next_try_at=now + hold_retry)
                    ).rowcount:
                        return None
                claimed = conn.execute(
                    update(outbox)
                    .where(outbox.c.id == found.id, waiting)
                    .values(status="sending", claimed_by=holder, claimed_until=now + lease)
                ).rowcount
                if claimed:
                    return _outbox_row_from(conn.execute(select(outbox).where(outbox.c.id == found.id)).mappings().one())
        return None

    def hold(self, hold: Hold, row_id: int | None = None) -> bool:
        """Holds deliveries to `hold.scope` and puts message `row_id` (if any) back in the queue, in one transaction.

        True when the hold is new (the caller says so once); an existing hold of that scope keeps its
        `since` and takes the new reason and next retry.
        """
        dialect_insert = postgresql_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        values = {"reason": hold.reason, "detail": hold.detail, "advice": hold.advice, "next_try_at": hold.next_try_at}
        with self.engine.begin() as conn:
            if row_id is not None:
                conn.execute(
                    update(outbox)
                    .where(outbox.c.id == row_id)
                    .values(status="pending", claimed_by=None, claimed_until=None, last_error=hold.detail)
                )
            new = conn.execute(
                dialect_insert(delivery_holds)
                .values(scope=hold.scope, token=hold.token, since=hold.since, **values)
                .on_conflict_do_nothing(index_elements=["scope", "token"])
                .returning(delivery_holds.c.scope)
            ).first() is not None
            if not new:
                conn.execute(update(delivery_holds).where(delivery_holds.c.scope == hold.scope,
                                                          delivery_holds.c.token == hold.token).values(**values))
        return bool(new)

    def holds(self, token: str | None = None) -> list[Hold]:
        """Every hold in force (or those a process posting with `token` obeys), the workspace's first."""
        query = select(delivery_holds).where(_tokens(token)).order_by(delivery_holds.c.scope, delivery_holds.c.token)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [_hold_from(row) for row in rows]

    def lift_holds(self, *scopes: str, token: str | None = None) -> list[Hold]:
        """Ends the holds of `scopes` (those of `token` and of any token; None: all); returns those in force."""
        where = and_(delivery_holds.c.scope.in_(scopes), _tokens(token))
        with self.engine.begin() as conn:
            lifted = [_hold_from(row) for row in conn.execute(select(delivery_holds).where(where)).mappings()]
            if lifted:
                conn.execute(delete(delivery_holds).where(where))
        return lifted

    def retry_holds_now(self, now: datetime) -> int:
        """Makes every hold due for a retry (after a restart, a config reload, `outbox --retry`); returns how many."""
        with self.engine.begin() as conn:
            return conn.execute(update(delivery_holds).values(next_try_at=now)).rowcount

    def drop_holds_of_other_tokens(self, token: str, *scopes: str) -> list[Hold]:
        """Ends the holds (of `scopes`; none given: of any scope) about tokens other than `token` (a stray
        process's, or a replaced token's); returns them."""
        where: ColumnElement[bool] = delivery_holds.c.token.not_in(("", token))
        if scopes:
            where = and_(where, delivery_holds.c.scope.in_(scopes))
        with self.engine.begin() as conn:
            dropped = [_hold_from(row) for row in conn.execute(select(delivery_holds).where(where)).mappings()]
            conn.execute(delete(delivery_holds).where(where))
        return dropped

    def held_counts(self, token: str | None = None) -> dict[str, int]:
        """Queued messages under each hold (of `token`; None: any), by scope ("" for the workspace: every queued
        message)."""
        undelivered = outbox.c.status == "pending"
        counts: dict[str, int] = {}
        with self.engine.connect() as conn:
            for hold in conn.execute(select(delivery_holds.c.scope).where(_tokens(token)).distinct()).scalars():
                query = select(func.count()).where(undelivered)
                if hold:
                    query = query.where(outbox.c.channel == hold)
                counts[hold] = conn.execute(query).scalar_one()
        return counts

    def outbox_listing(self, limit: int = 1000, token: str | None = None) -> list[Listed]:
        """Undelivered and failed messages, oldest first; a pending message under a hold (of `token`; None: any)
        is listed as held."""
        held = {hold.scope for hold in self.holds(token)}
        query = (
            select(outbox).where(outbox.c.status.in_(("pending", "sending", "failed"))).order_by(outbox.c.id).limit(limit)
        )
        listed = []
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                status = row["status"]
                if status != "failed" and ("" in held or row["channel"] in held):
                    status = "held"
                message = _outbox_row_from(row)
                listed.append(
                    Listed(row["id"], row["channel"], status, _utc(row["created_at"]), row["attempts"],
                           _utc(row["next_attempt_at"]), row["last_error"], message.post, message.notice)
                )
        return listed

    def requeue_failed(self, now: datetime) -> int:
        """Puts every message that failed for good back in the queue, due now; returns how many."""
        with self.engine.begin() as conn:
            return conn.execute(
                update(outbox)
                .where(outbox.c.status == "failed")
                .values(status="pending", attempts=0, next_attempt_at=now, claimed_by=None, claimed_until=None)
            ).rowcount

    def mark_sent(self, row_id: int, channel: str, sent: Sent, now: datetime, token: str | None = None) -> list[Hold]:
        """Marks the message sent and lifts the holds it proved wrong (its channel's, the workspace's), of the
        token it was sent with (`token`; None: of any token).

        Returns the holds lifted, so that the caller can say deliveries resumed.
        """
        with self.engine.begin() as conn:
            conn.execute(
                update(outbox)
                .where(outbox.c.id == row_id)
                .values(status="sent", sent_at=now, remote_channel=sent.channel_id, remote_ts=sent.ts, last_error=None)
            )
            scopes = and_(delivery_holds.c.scope.in_(("", channel)), _tokens(token))
            lifted = [_hold_from(row) for row in conn.execute(select(delivery_holds).where(scopes)).mappings()]
            if lifted:
                conn.execute(delete(delivery_holds).where(scopes))
        return lifted

    def mark_retry(self, row_id: int, error: str, next_attempt_at: datetime) -> None:
        self._update_outbox(
            row_id, status="pending", claimed_by=None, claimed_until=None, attempts=outbox.c.attempts + 1,
            last_error=error, next_attempt_at=next_attempt_at,
        )

    def mark_failed(self, row_id: int, error: str) -> None:
        self._update_outbox(row_id, status="failed", attempts=outbox.c.attempts + 1, last_error=error)

    def _update_outbox(self, row_id: int, **values: object) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.id == row_id).values(**values))

    def outbox_counts(self, token: str | None = None) -> dict[str, int]:
        """Messages by status: pending, sending, sent, failed, and held (undelivered ones under a hold of
        `token`; None: of any token)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(outbox.c.status, func.count()).group_by(outbox.c.status)).all()
        counts = {status: count for status, count in rows}
        held = self.held_counts(token)
        if held:
            total = held[""] if "" in held else sum(held.values())
            pending_held = min(total, counts.get("pending", 0))
            counts["held"] = pending_held
            counts["pending"] = counts.get("pending", 0) - pending_held
            counts = {status: count for status, count in counts.items() if count}
        return counts

    def recent_posts(self, limit: int = 50) -> list[SentPost]:
        """The last `limit` posts sent (not ops notices), newest first."""
        query = (
            select(outbox)
            .where(outbox.c.status == "sent", outbox.c.notice.is_(None))
            .order_by(outbox.c.sent_at.desc(), outbox.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [SentPost(row["channel"], _post(row), _utc(row["sent_at"]), row["remote_channel"], row["remote_ts"])
                    for row in conn.execute(query).mappings()]

    def recent_stories(self, since: datetime) -> list[Story]:
        query = select(stories_table).where(stories_table.c.first_seen_at >= since).order_by(stories_table.c.id)
        with self.engine.connect() as conn:
            return [
                Story(row["url"], frozenset(row["words"]), row["outlet"], row["thread_key"], _utc(row["first_seen_at"]),
                      tuple(row["events"]) if row["events"] is not None else None)
                for row in conn.execute(query).mappings()
            ]

    # --- subscriptions made in Slack -------------------------------------------------------

    def add_subscription(self, subscription: Subscription, created_by: str, now: datetime) -> int:
        with self.engine.begin() as conn:
            return conn.execute(
                insert(subscriptions_table)
                .values(**_subscription_row(subscription, created_by, now))
                .returning(subscriptions_table.c.id)
            ).scalar_one()

    def subscriptions(self, channel: str | None = None) -> list[Subscription]:
        query = select(subscriptions_table).order_by(subscriptions_table.c.id)
        if channel is not None:
            query = query.where(subscriptions_table.c.channel == channel)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            Subscription(channel=row["channel"], sources=row["sources"], cases=row["cases"], events=row["events"],
                         started_by=row["started_by"])
            for row in rows
        ]

    def remove_subscriptions(self, channel: str, source_or_case: str) -> int:
        """Removes this channel's Slack-made subscriptions to a source id or a case (a follow of a case in one
        source, made by follow_matches, is removed by its case); returns how many."""
        removed = 0
        with self.engine.begin() as conn:
            rows = conn.execute(
                select(subscriptions_table.c.id, subscriptions_table.c.sources, subscriptions_table.c.cases).where(
                    subscriptions_table.c.channel == channel
                )
            ).all()
            for row in rows:
                if source_or_case in (row.cases or row.sources):  # a case's follow in one source is the case's
                    conn.execute(delete(subscriptions_table).where(subscriptions_table.c.id == row.id))
                    removed += 1
        return removed

    # --- webhooks ----------------------------------------------------------------------------

    def accept_webhook(self, idempotency_key: str, body: bytes, now: datetime) -> bool:
        """Keeps a webhook body for processing; False when this key was accepted before (a retry)."""
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(webhook_deliveries).values(
                        idempotency_key=idempotency_key, received_at=now, body=body.decode("utf-8", "replace")
                    )
                )
        except IntegrityError:
            return False
        return True

    def unprocessed_webhooks(self) -> list[tuple[str, bytes]]:
        """(key, body) of accepted webhooks not processed yet, oldest first."""
        query = (
            select(webhook_deliveries.c.idempotency_key, webhook_deliveries.c.body)
            .where(webhook_deliveries.c.processed_at.is_(None))
            .order_by(webhook_deliveries.c.received_at)
        )
        with self.engine.connect() as conn:
            return [(key, body.encode("utf-8")) for key, body in conn.execute(query)]

    def mark_webhook_processed(self, idempotency_key: str, now: datetime) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(webhook_deliveries)
                .where(webhook_deliveries.c.idempotency_key == idempotency_key)
                .values(processed_at=now)
            )

    # --- threads -----------------------------------------------------------------------------

    def thread(self, channel: str, thread_key: str) -> Sent | None:
        """The message that started this case's thread in this channel, if any."""
        query = select(threads.c.remote_channel, threads.c.ts).where(
            threads.c.channel == channel, threads.c.thread_key == thread_key
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return Sent(channel_id=row.remote_channel, ts=row.ts) if row else None

    def save_thread(self, channel: str, thread_key: str, sent: Sent) -> None:
        """Records the message that starts this case's thread in this channel (replacing one kept before)."""
        dialect_insert = postgresql_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        row = dialect_insert(threads).values(
            channel=channel, thread_key=thread_key, remote_channel=sent.channel_id, ts=sent.ts
        )
        with self.engine.begin() as conn:
            conn.execute(row.on_conflict_do_update(
                index_elements=["channel", "thread_key"],
                set_={"remote_channel": row.excluded.remote_channel, "ts": row.excluded.ts},
            ))
