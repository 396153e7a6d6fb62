"""Case threads: the message that started each case's thread in each channel, per notifier, for later posts to
reply to (a thread one notifier started is never continued by another)."""

from __future__ import annotations

from sqlalchemy import select

from bot.core.post import MessageRef
from bot.store.database import Database, upsert
from bot.store.schema import threads


class Threads(Database):
    def thread(self, channel: str, thread_key: str, notifier: str) -> MessageRef | None:
        """The message that started this case's thread in this channel, if `notifier` made one."""
        query = select(threads.c.message_id).where(
            threads.c.notifier == notifier, threads.c.channel == channel, threads.c.thread_key == thread_key
        )
        with self.engine.connect() as conn:
            message_id = conn.execute(query).scalar()
        return MessageRef(notifier, message_id) if message_id is not None else None

    def save_thread(self, channel: str, thread_key: str, sent: MessageRef) -> None:
        """Records the message that starts this case's thread in this channel (replacing one its notifier kept
        before)."""
        with self.engine.begin() as conn:
            row = upsert(conn, threads).values(
                notifier=sent.notifier, channel=channel, thread_key=thread_key, message_id=sent.id
            )
            conn.execute(row.on_conflict_do_update(
                index_elements=["notifier", "channel", "thread_key"],
                set_={"message_id": row.excluded.message_id},
            ))
