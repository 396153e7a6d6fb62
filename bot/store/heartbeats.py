"""Heartbeats: each process (a worker, the web server) records that it is alive, by name."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, or_, select

from bot.store.database import Database, upsert
from bot.store.schema import meta


class Heartbeats(Database):
    def beat(self, name: str, now: datetime) -> None:
        """Records that a process (the worker) is alive."""
        with self.engine.begin() as conn:  # several workers may beat for the first time at once
            row = upsert(conn, meta).values(name=f"heartbeat:{name}", value=now.isoformat())
            conn.execute(row.on_conflict_do_update(index_elements=["name"], set_={"value": row.excluded.value}))

    def heartbeat(self, name: str) -> datetime | None:
        """When the process `name` last beat, if ever."""
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
