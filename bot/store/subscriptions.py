"""Subscriptions made at run time, beside the config file's: in Slack (`/docket follow`), or by a watch that
found a new case (bot/pipeline/watch.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from bot.config import Subscription
from bot.store.database import Database, utc
from bot.store.schema import subscriptions as subscriptions_table


def add_subscriptions(
    conn: Connection, subscriptions: Sequence[Subscription], created_by: str, now: datetime
) -> list[int]:
    """Stores `subscriptions`, made by `created_by` (a Slack user id, or "watch"); returns their row ids."""
    return [
        conn.execute(
            insert(subscriptions_table).values(
                channel=subscription.channel, sources=list(subscription.sources), cases=list(subscription.cases),
                events=list(subscription.events), started_by=subscription.started_by, created_by=created_by,
                created_at=now,
            ).returning(subscriptions_table.c.id)
        ).scalar_one()
        for subscription in subscriptions
    ]


@dataclass(frozen=True)
class Made:
    """A stored subscription, who made it (a Slack user id, or "watch") and when (UTC)."""

    subscription: Subscription
    created_by: str
    created_at: datetime


def _subscription(row: Mapping) -> Subscription:
    return Subscription(channel=row["channel"], sources=row["sources"], cases=row["cases"], events=row["events"],
                        started_by=row["started_by"])


class Subscriptions(Database):
    def add_subscription(self, subscription: Subscription, created_by: str, now: datetime) -> int:
        """Stores a subscription made by `created_by` (a Slack user id); returns its row id."""
        with self.engine.begin() as conn:
            return add_subscriptions(conn, [subscription], created_by, now)[0]

    def subscriptions(self, channel: str | None = None) -> list[Subscription]:
        """The stored subscriptions (of `channel`; None: of every channel), oldest first."""
        query = select(subscriptions_table).order_by(subscriptions_table.c.id)
        if channel is not None:
            query = query.where(subscriptions_table.c.channel == channel)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [_subscription(row) for row in rows]

    def made_subscriptions(self) -> list[Made]:
        """The stored subscriptions with who made each and when, oldest first."""
        query = select(subscriptions_table).order_by(subscriptions_table.c.id)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [Made(_subscription(row), row["created_by"], utc(row["created_at"])) for row in rows]

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
