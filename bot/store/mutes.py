"""Mutes: a case's live posts held back in one channel for a while (/docket mute, `python -m bot mute`).

A mute ends by time (`until`), or when unmuted; a mute whose time is up stays stored, out of force, until the
case is muted again or unmuted: no job sweeps them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import delete, insert, select

from bot.core.quiet import Mute
from bot.store.database import Database, utc
from bot.store.schema import mutes as mutes_table


def _mute_from(row: Mapping) -> Mute:
    return Mute(row["channel"], row["case"], utc(row["since"]), utc(row["until"]), row["created_by"],
                row["channel_name"])


class Mutes(Database):
    def mute(self, mute: Mute) -> int:
        """Stores `mute`, replacing the channel's mutes of the same case (however written); returns how many it
        replaced."""
        with self.engine.begin() as conn:
            replaced = [row["id"] for row in conn.execute(select(mutes_table)).mappings()
                        if _mute_from(row).of_case(mute.case)
                        and any(map(_mute_from(row).of_channel, (mute.channel, mute.channel_name)))]
            if replaced:
                conn.execute(delete(mutes_table).where(mutes_table.c.id.in_(replaced)))
            conn.execute(insert(mutes_table).values(
                channel=mute.channel, channel_name=mute.channel_name, case=mute.case, since=mute.since,
                until=mute.until, created_by=mute.by,
            ))
        return len(replaced)

    def unmute(self, channel: str, case: str) -> list[Mute]:
        """Ends the mutes of `case` (however written) in `channel` (either spelling), in force or not; returns
        those it removed."""
        with self.engine.begin() as conn:
            rows = [row for row in conn.execute(select(mutes_table)).mappings()
                    if _mute_from(row).of_channel(channel) and _mute_from(row).of_case(case)]
            if rows:
                conn.execute(delete(mutes_table).where(mutes_table.c.id.in_([row["id"] for row in rows])))
        return [_mute_from(row) for row in rows]

    def mutes(self, at: datetime) -> list[Mute]:
        """The mutes in force at `at` (UTC), of every channel, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(mutes_table).order_by(mutes_table.c.id)).mappings().all()
        return [mute for mute in map(_mute_from, rows) if mute.in_force(at)]

    def muted(self, channel: str, case: str, at: datetime) -> Mute | None:
        """The mute of `case` (a docket number however written, or a case key) in `channel` (an id or a name) in
        force at `at` (UTC), or None."""
        return next((mute for mute in self.mutes(at) if mute.of_channel(channel) and mute.of_case(case)), None)
