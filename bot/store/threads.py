"""Case threads: the message that started each case's thread in each channel, for later posts to reply to."""

from __future__ import annotations

from sqlalchemy import select

from bot.core.post import Sent
from bot.store.database import Database, upsert
from bot.store.schema import threads


class Threads(Database):
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
        with self.engine.begin() as conn:
            row = upsert(conn, threads).values(
                channel=channel, thread_key=thread_key, remote_channel=sent.channel_id, ts=sent.ts
            )
            conn.execute(row.on_conflict_do_update(
                index_elements=["channel", "thread_key"],
                set_={"remote_channel": row.excluded.remote_channel, "ts": row.excluded.ts},
            ))
