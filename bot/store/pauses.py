"""Pauses: sources not polled until resumed (/docket pause, `python -m bot pause`), for the whole workspace.

Pausing also marks the source's state `paused`, with when the pause began, and so does each turn a paused source
skips (bot/poll/poller.py); resuming records when it ended. The first poll after the pause records what was filed
between the two without posting it (bot/core/quiet.py PauseWindow, bot/pipeline/run.py); what was filed before the
pause or after the resume is posted as usual.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import bindparam, case, delete, exists, literal, select, update
from sqlalchemy.engine import Connection, RowMapping

from bot.config import SourceConfig
from bot.core.quiet import CONFIG_FILE, Pause
from bot.store.database import Database, upsert, utc
from bot.store.schema import pauses as pauses_table
from bot.store.schema import source_state
from bot.store.sources import PAUSED, ensure_state


class Pauses(Database):
    def pause(self, pause: Pause) -> bool:
        """Pauses `pause.source_id`; False when it was paused already (that pause is kept)."""
        with self.engine.begin() as conn:
            new = conn.execute(
                upsert(conn, pauses_table)
                .values(source_id=pause.source_id, since=pause.since, created_by=pause.by)
                .on_conflict_do_nothing(index_elements=["source_id"])
                .returning(pauses_table.c.source_id)
            ).first() is not None
            _mark_paused(conn, pause, pause.since)
        return new

    def resume(self, source_id: str, now: datetime) -> Pause | None:
        """Ends the stored pause of `source_id` at `now` (UTC): what is filed from then on is posted by its next
        poll. Returns the pause, or None when it was not paused."""
        with self.engine.begin() as conn:
            row = conn.execute(_PAUSE_OF, {"sid": source_id}).mappings().first()
            if row is not None:
                conn.execute(delete(pauses_table).where(pauses_table.c.source_id == source_id))
                conn.execute(update(source_state)
                             .where(source_state.c.source_id == source_id, source_state.c.last_status == PAUSED)
                             .values(resumed_at=now))
        return _pause(row) if row else None

    def paused(self, source_id: str) -> Pause | None:
        """The stored pause of `source_id` (the config's `paused: true` is not stored: see `pause_of`), or None."""
        with self.engine.connect() as conn:
            row = conn.execute(_PAUSE_OF, {"sid": source_id}).mappings().first()
        return _pause(row) if row is not None else None

    def pause_of(self, source: SourceConfig) -> Pause | None:
        """Why `source` is not polled: the config's `paused: true`, else its stored pause; None when it is polled.
        Reads the store only for a source the config does not pause (one row, by its id)."""
        return Pause(source.id, CONFIG_FILE) if source.paused else self.paused(source.id)

    def pauses(self) -> dict[str, Pause]:
        """Every stored pause, by source id."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(pauses_table)).mappings().all()
        return {row["source_id"]: _pause(row) for row in rows}

    def mark_paused(self, pause: Pause, now: datetime) -> None:
        """Marks the source's state `paused` (a turn skipped at `now`, UTC, because of `pause`)."""
        with self.engine.begin() as conn:
            _mark_paused(conn, pause, now)


# One source's stored pause (parameter sid: its id), built once: each poll asks it.
_PAUSE_OF = select(pauses_table).where(pauses_table.c.source_id == bindparam("sid"))


def _pause(row: RowMapping) -> Pause:
    """A pauses row as a Pause."""
    return Pause(row["source_id"], row["created_by"], utc(row["since"]))


def pause_of(source: SourceConfig, stored: Mapping[str, Pause]) -> Pause | None:
    """Why `source` is not polled: the config's `paused: true`, else its pause among `stored` (by source id)."""
    return Pause(source.id, CONFIG_FILE) if source.paused else stored.get(source.id)


def _mark_paused(conn: Connection, pause: Pause, since: datetime | None) -> None:
    """Marks the source's state `paused`: paused from `since` (UTC), unless it was marked so already (its first
    poll after a pause still to come: the earlier start is kept), and not resumed (unless `pause` is a stored
    pause that a `resume` ended after this turn read it)."""
    ensure_state(conn, pause.source_id)
    state = source_state.c
    in_force = exists().where(pauses_table.c.source_id == pause.source_id)
    conn.execute(
        update(source_state)
        .where(state.source_id == pause.source_id)
        .values(
            last_status=PAUSED,
            paused_since=case((state.last_status == PAUSED, state.paused_since), else_=literal(since, state.paused_since.type)),
            resumed_at=None if pause.by_config else case((in_force, None), else_=state.resumed_at),
        )
    )
