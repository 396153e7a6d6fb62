"""Each source's state: its polls (last, last success, failures in a row, the baseline), its alert, and the
poll lease that lets one process at a time poll it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Update, bindparam, case, func, or_, select, update
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import ReturningInsert

from bot.core.notice import Notice
from bot.core.quiet import PauseWindow
from bot.store import outbox as outbox_rows
from bot.store.database import Database, dialect_insert, upsert, utc
from bot.store.schema import pauses, source_state

log = logging.getLogger(__name__)

# A write of several rows (`Sources.claim_polls`) that PostgreSQL rolled back to end a deadlock (SQLSTATE) is
# made again, up to this many times in all.
DEADLOCK = "40P01"
DEADLOCK_ATTEMPTS = 3

PAUSED = "paused"  # the state's last_status while a source is paused, until a poll after lists its entries


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
    validators: dict | None = None  # what its last kept poll saw at its URLs (bot/store/schema.py source_state)
    last_undated_note: str | None = None  # the entries its last poll kept without a readable date (None: none)
    last_pushed_undated_note: str | None = None  # the same of the entries the last webhook pushed for it
    paused_since: datetime | None = None  # while `PAUSED`: when the pause began (None: not known)
    resumed_at: datetime | None = None  # while `PAUSED`: when `resume` ended it (None: not yet, or by the config)

    @property
    def pause_window(self) -> PauseWindow | None:
        """The pause whose filings its next successful poll records without a post; None when it was not paused
        since its last one."""
        return PauseWindow(self.paused_since, self.resumed_at) if self.last_status == PAUSED else None

    def outcome(self, paused: bool) -> str:
        """The outcome of the last poll as people read it: `last_status` (`ok`, `error`, ...), except for a source
        whose pause has ended (`paused`: whether one is in force), marked `paused` until a poll lists its entries:
        `resumed`, or `error` once a poll since failed."""
        if self.last_status == PAUSED and not paused:
            return "error" if self.failures_in_row else "resumed"
        return self.last_status


@dataclass(frozen=True)
class QuietPoll:
    """A poll that found the source's pages as before, of a source with nothing to clear (its last poll a success,
    no alert): its record only moves its poll times and ends its lease, so it may wait to be written with a later
    write of the same process (`Sources.claim_poll`, `Sources.record_quiet`) while its lease stays held."""

    source_id: str
    at: datetime  # when the poll ended (last_poll_at, last_success_at)
    parsed: int  # entries the source lists, as its last poll found (last_parsed)
    skipped: int
    skip_note: str | None
    holder: str  # whose lease ends with the record


def ensure_state(conn: Connection, source_id: str) -> None:
    """Makes the source's state row if there is none (two processes may race to make it)."""
    conn.execute(
        upsert(conn, source_state)
        .values(source_id=source_id, last_status="never", failures_in_row=0, entries_known=0)
        .on_conflict_do_nothing(index_elements=["source_id"])
    )


def count_poll(
    conn: Connection, source_id: str, now: datetime, new: int, parsed: int | None, skipped: int = 0,
    skip_note: str | None = None, story_key: str | None = None, validators: Mapping[str, object] | None = None,
    release: str | None = None, undated_note: str | None = None,
) -> None:
    """Adds `new` entries to the source's count. A poll of the whole source (`parsed` entries listed; None
    for pushed entries) is a successful poll, `skipped` items not turned into entries for `skip_note`, its
    entries without a readable date said by `undated_note` (None: none), and the first one is the baseline;
    pushed entries (a webhook's) keep their `undated_note` apart (last_pushed_undated_note), since they are not
    the whole source; a `story_key` (not None) is the news source's identity level from now on;
    `validators` (not None) what the poll saw at the source's URLs (SourceState.validators); `release` (not
    None) the holder whose poll lease ends with this record (`released`).

    One UPDATE when the source has a state row (a poll claimed it: `Sources.claim_poll`), else the row is made
    first (pushed entries of a source never polled)."""
    statement = _count_update(parsed is not None, parsed == 0, story_key is not None, validators is not None,
                              release is not None)
    values = {"sid": source_id, "now": now, "new": new, "parsed": parsed, "skipped": skipped, "note": skip_note,
              "undated": undated_note, "level": story_key, "seen": validators, "holder": release}
    if not conn.execute(statement, values).rowcount:
        ensure_state(conn, source_id)
        conn.execute(statement, values)


def record_quiet(conn: Connection, quiet: Iterable[QuietPoll]) -> int:
    """Records quiet polls as `count_poll` records a poll of the whole source that found nothing new: one
    executemany per shape of record (the sources that list entries, those that list none). A record is written
    only while its holder still holds the source's lease: one whose lease ran out and passed to another process
    (which polled the source since) is left out, with a warning. Returns how many were written."""
    by_shape: dict[bool, list[dict[str, object]]] = {}
    for poll in sorted(quiet, key=lambda poll: poll.source_id):  # rows locked in one order, as claim_polls's
        by_shape.setdefault(poll.parsed == 0, []).append(
            {"sid": poll.source_id, "now": poll.at, "new": 0, "parsed": poll.parsed, "skipped": poll.skipped,
             "note": poll.skip_note, "holder": poll.holder})
    written = sum(conn.execute(_count_update(True, empty, False, False, True, held=True), values).rowcount
                  for empty, values in by_shape.items())
    late = sum(len(values) for values in by_shape.values()) - written
    if late:
        log.warning("%d record(s) of unchanged polls not written: their sources' leases ran out before the write "
                    "and passed to another process, whose later polls stand", late)
    return written


def _param(name: str, column: str) -> BindParameter[Any]:
    """A bound parameter `name` of the type of source_state's `column` (so that a prebuilt statement converts
    its value as the column does). `name` is never a column's: SQLAlchemy keeps those for its own SET values."""
    return bindparam(name, type_=source_state.c[column].type)


@lru_cache(maxsize=None)
def _count_update(
    whole: bool, empty: bool, story_key: bool, validators: bool, release: bool, held: bool = False
) -> Update:
    """`count_poll`'s UPDATE for one shape of record, built once (SQLAlchemy then reuses its compiled form and
    cache key): parameters sid (the source id), new, and those the shape uses (now, parsed, skipped, note,
    undated, level, seen, holder: as `count_poll`'s now, parsed, skipped, skip_note, undated_note, story_key,
    validators, release). `held`: only while `holder` holds the source's lease (`record_quiet`, whose unchanged
    pages leave the undated note as it is)."""
    values: dict[str, object] = {"entries_known": source_state.c.entries_known + _param("new", "entries_known")}
    if release:
        values.update(released(_param("holder", "lease_holder")))
    if whole:
        now = _param("now", "last_poll_at")
        values.update(
            last_poll_at=now,
            last_success_at=now,
            # a source resumed after a pause stays so until a poll lists entries (an empty feed records nothing)
            last_status=case((source_state.c.last_status == PAUSED, PAUSED), else_="ok") if empty else "ok",
            last_error=None,
            failures_in_row=0,
            last_parsed=_param("parsed", "last_parsed"),
            last_skipped=_param("skipped", "last_skipped"),
            last_skip_note=_param("note", "last_skip_note"),
            baseline_at=func.coalesce(source_state.c.baseline_at, now),
        )
        if not held:
            values["last_undated_note"] = _param("undated", "last_undated_note")
    else:
        values["last_pushed_undated_note"] = _param("undated", "last_pushed_undated_note")
    if story_key:
        values["story_key"] = _param("level", "story_key")
    if validators:
        values["validators"] = _param("seen", "validators")
    statement = update(source_state).where(source_state.c.source_id == _param("sid", "source_id"))
    if held:
        statement = statement.where(source_state.c.lease_holder == _param("holder", "lease_holder"))
    return statement.values(**values)


def released(holder: str | ColumnElement[str] | None) -> dict[str, object]:
    """The values that end `holder`'s poll lease in the UPDATE of a poll's record (nothing when another process
    holds the lease, or `holder` is None), so that the record and the release are one write."""
    if holder is None:
        return {}
    mine = source_state.c.lease_holder == holder
    return {"lease_holder": case((mine, None), else_=source_state.c.lease_holder),
            "lease_until": case((mine, None), else_=source_state.c.lease_until)}


@lru_cache(maxsize=None)
def _claim(dialect: str, recheck: bool, settings: bool) -> ReturningInsert[Any]:
    """`Sources.claim_poll`'s one statement for a dialect ("sqlite" or "postgresql"), built once: an INSERT of the
    source's state row holding the lease, or, when the row is there, an UPDATE of its lease under the claim's
    conditions (and not while the source is paused in the store); RETURNING the row as it is then (no row: not
    claimed). Parameters sid (the source id), holder, until (the lease's end), digest (the settings'), which are the
    row's own, and now, since (now - min_gap), which are the same for every row of one claim: the UPDATE takes the
    row's values from `excluded` (the row the INSERT proposed), so that SQLAlchemy sends the rows of a claim of
    several sources in one multi-row statement rather than one statement each (a bound parameter in the SET
    clause would make it send them one at a time)."""
    row = dialect_insert(dialect, source_state)
    proposed = row.excluded
    last_poll = source_state.c.last_poll_at
    gap = [last_poll.is_(None), last_poll <= _param("since", "last_poll_at")]
    if recheck:
        gap += [source_state.c.last_status != "ok", source_state.c.settings.is_(None)]
        if settings:
            gap.append(source_state.c.settings != proposed.settings)
    values: dict[str, object] = {"lease_holder": _param("holder", "lease_holder"),
                                 "lease_until": _param("until", "lease_until")}
    if settings:
        values["settings"] = _param("digest", "settings")
    return (
        row.values(source_id=_param("sid", "source_id"), last_status="never", failures_in_row=0, entries_known=0,
                   **values)
        .on_conflict_do_update(
            index_elements=[source_state.c.source_id],
            set_={name: proposed[name] for name in values},
            where=or_(source_state.c.lease_until.is_(None), source_state.c.lease_until <= _param("now", "lease_until"))
            & or_(*gap) & source_state.c.source_id.not_in(select(pauses.c.source_id)),  # (a NOT EXISTS would not be
            # correlated with the conflicting row here: the statement is an INSERT, and any pause would stop every claim)
        )
        .returning(*source_state.c)
    )


def _state(row: RowMapping) -> SourceState:
    """A source_state row as a SourceState (its moments in UTC)."""
    moments = ("baseline_at", "last_poll_at", "last_success_at", "lease_until", "paused_since", "resumed_at")
    return SourceState(**{**row, **{name: utc(row[name]) for name in moments}})


def _one_of(column: ColumnElement[str], values: tuple[str | None, ...]) -> ColumnElement[bool]:
    """SQL for `column` being one of `values`, where None means NULL."""
    present = [value for value in values if value is not None]
    condition = column.in_(present)
    return (condition | column.is_(None)) if None in values else condition


class Sources(Database):
    def state(self, source_id: str) -> SourceState | None:
        return self.states([source_id]).get(source_id)

    def states(self, source_ids: Iterable[str] | None = None) -> dict[str, SourceState]:
        """The state of each of `source_ids` (None: of every source) that has one, by source id."""
        query = select(source_state)
        if source_ids is not None:
            query = query.where(source_state.c.source_id.in_(list(source_ids)))
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return {row["source_id"]: _state(row) for row in rows}

    def claim_poll(
        self, source_id: str, holder: str, now: datetime, lease: timedelta, min_gap: timedelta,
        settings: str | None = None, recheck: bool = False, quiet: Sequence[QuietPoll] = (),
    ) -> SourceState | None:
        """Claims the right to poll a source now: no other process holds it, and its last poll is at least
        `min_gap` ago (so that several workers poll a source once per scheduled turn). With `recheck` (a
        worker's first turn of a source, after a start or a reload that changed it) a last poll that failed,
        or that was made with other settings than `settings` (a digest), is no reason to wait. The claim
        records `settings` as those of the source's last poll. A source paused in the store (bot/store/pauses.py)
        is not claimed, unless it has no state row yet (pausing makes one).

        Returns the source's state as the claim left it (this holder's lease until now + `lease`), read in
        the claim's one write; None when not claimed. The `quiet` polls of this process that wait for a write are
        recorded in the same transaction, before the claim (`record_quiet`)."""
        return self.claim_polls({source_id: settings}, holder, now, lease, min_gap, recheck, quiet).get(source_id)

    def claim_polls(
        self, settings: Mapping[str, str | None], holder: str, now: datetime, lease: timedelta,
        min_gap: timedelta = timedelta(0), recheck: bool = False, quiet: Sequence[QuietPoll] = (),
    ) -> dict[str, SourceState]:
        """`claim_poll` of several sources (source id -> the digest of its settings, or None) in one write:
        the states of those claimed, by source id (those not claimed are left out)."""
        shapes: dict[bool, list[dict[str, object]]] = {}
        for source_id, digest in sorted(settings.items()):  # rows locked in one order by every process
            shapes.setdefault(digest is not None, []).append(
                {"sid": source_id, "holder": holder, "now": now, "until": now + lease, "since": now - min_gap,
                 "digest": digest})
        attempt = 1
        while True:
            claimed: dict[str, SourceState] = {}
            try:
                with self.engine.begin() as conn:
                    record_quiet(conn, quiet)
                    for with_settings, values in shapes.items():
                        statement = _claim(conn.dialect.name, recheck, with_settings)
                        claimed.update((row["source_id"], _state(row))
                                       for row in conn.execute(statement, values).mappings())
                return claimed
            except DBAPIError as exc:
                # PostgreSQL: this write's quiet records and claims lock rows that another process's claim locks
                # in the other order; one of the two is rolled back whole, and tried again
                if attempt == DEADLOCK_ATTEMPTS or getattr(exc.orig, "sqlstate", None) != DEADLOCK:
                    raise
                attempt += 1
                log.info("claims of %d source(s) met another process's in a deadlock; trying again (%d of %d)",
                         len(settings), attempt, DEADLOCK_ATTEMPTS)

    def record_quiet(self, quiet: Sequence[QuietPoll]) -> int:
        """Records `quiet` polls (see QuietPoll) in one transaction (none: no transaction); returns how many were
        written (see the function `record_quiet`)."""
        if not quiet:
            return 0
        with self.engine.begin() as conn:
            return record_quiet(conn, quiet)

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
            freed += outbox_rows.free_dead_claims(conn, alive)
        return freed

    def release_poll(self, source_id: str, holder: str) -> None:
        """Ends `holder`'s lease of the source (its poll is over); nothing when another process holds it."""
        with self.engine.begin() as conn:
            conn.execute(
                update(source_state)
                .where(source_state.c.source_id == source_id, source_state.c.lease_holder == holder)
                .values(lease_holder=None, lease_until=None)
            )

    def record_failure(self, source_id: str, error: str, now: datetime, release: str | None = None) -> SourceState:
        """Counts a failed poll; the entries and baseline stay as they were; `release` as in `count_poll`. A
        source resumed after a pause stays marked so (`PAUSED`) until a poll succeeds, so that what was filed
        while it was paused is still recorded without posts then. Returns the new state."""
        with self.engine.begin() as conn:
            ensure_state(conn, source_id)
            was_paused = source_state.c.last_status == PAUSED
            conn.execute(
                update(source_state)
                .where(source_state.c.source_id == source_id)
                .values(
                    last_poll_at=now,
                    last_status=case((was_paused, PAUSED), else_="error"),
                    last_error=error,
                    failures_in_row=source_state.c.failures_in_row + 1,
                    **released(release),
                )
            )
        return self.states([source_id])[source_id]

    def set_alert(
        self,
        source_id: str,
        alert: str | None,
        when_current: tuple[str | None, ...],
        notice: tuple[str, Notice] | None,
        now: datetime,
    ) -> bool:
        """Moves a source's alert state (None, "failing", "stale") from one of `when_current`, and
        queues its (channel, notice) in the same transaction.

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
                key = f"{outbox_rows.NOTICE_KEY}{source_id}:{alert or 'ok'}:{now.isoformat()}"
                outbox_rows.add_notice(conn, source_id, notice, key, now, self.slack_notifier)
        return bool(moved)
