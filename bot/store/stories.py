"""News stories first reported, for the stories step (bot/pipeline/stories.py) to match later items to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from bot.core.stories import Story
from bot.store.database import Database, utc
from bot.store.schema import stories as stories_table


def add_stories(conn: Connection, stories: Sequence[Story]) -> None:
    """Stores `stories` (first reported now)."""
    if stories:
        conn.execute(
            insert(stories_table),
            [
                {"url": story.url, "words": sorted(story.words), "outlet": story.outlet,
                 "thread_key": story.thread_key, "first_seen_at": story.first_seen_at,
                 "events": list(story.events) if story.events is not None else None}
                for story in stories
            ],
        )


class Stories(Database):
    def recent_stories(self, since: datetime) -> list[Story]:
        """The stories first seen at or after `since`, in the order they were stored."""
        query = select(stories_table).where(stories_table.c.first_seen_at >= since).order_by(stories_table.c.id)
        with self.engine.connect() as conn:
            return [
                Story(row["url"], frozenset(row["words"]), row["outlet"], row["thread_key"], utc(row["first_seen_at"]),
                      tuple(row["events"]) if row["events"] is not None else None)
                for row in conn.execute(query).mappings()
            ]
