"""Delivery holds: deliveries stopped for a reason a person can fix (a revoked token, a channel the bot left),
for one channel or every channel, until a retry proves the reason gone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, delete, func, select, true, update
from sqlalchemy.engine import Connection

from bot.store.database import Database, upsert, utc
from bot.store.schema import delivery_holds, outbox


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


def _hold_from(row: Mapping) -> Hold:
    return Hold(row["scope"], row["reason"], row["detail"], row["advice"], utc(row["since"]), utc(row["next_try_at"]),
                row["token"])


def obeyed(token: str | None) -> ColumnElement[bool]:
    """SQL for the holds a process posting with `token` obeys (None: every hold)."""
    return delivery_holds.c.token.in_(("", token)) if token is not None else true()


def lift(conn: Connection, where: ColumnElement[bool]) -> list[Hold]:
    """Ends the holds `where` says; returns them."""
    lifted = [_hold_from(row) for row in conn.execute(select(delivery_holds).where(where)).mappings()]
    if lifted:
        conn.execute(delete(delivery_holds).where(where))
    return lifted


class Holds(Database):
    def hold(self, hold: Hold, row_id: int | None = None) -> bool:
        """Holds deliveries to `hold.scope` and puts message `row_id` (if any) back in the queue, in one transaction.

        True when the hold is new (the caller says so once); an existing hold of that scope keeps its
        `since` and takes the new reason and next retry.
        """
        values = {"reason": hold.reason, "detail": hold.detail, "advice": hold.advice, "next_try_at": hold.next_try_at}
        with self.engine.begin() as conn:
            if row_id is not None:
                conn.execute(
                    update(outbox)
                    .where(outbox.c.id == row_id)
                    .values(status="pending", claimed_by=None, claimed_until=None, last_error=hold.detail)
                )
            new = conn.execute(
                upsert(conn, delivery_holds)
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
        query = select(delivery_holds).where(obeyed(token)).order_by(delivery_holds.c.scope, delivery_holds.c.token)
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return [_hold_from(row) for row in rows]

    def lift_holds(self, *scopes: str, token: str | None = None) -> list[Hold]:
        """Ends the holds of `scopes` (those of `token` and of any token; None: all); returns those in force."""
        with self.engine.begin() as conn:
            return lift(conn, and_(delivery_holds.c.scope.in_(scopes), obeyed(token)))

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
            return lift(conn, where)

    def held_counts(self, token: str | None = None) -> dict[str, int]:
        """Queued messages under each hold (of `token`; None: any), by scope ("" for the workspace: every queued
        message)."""
        undelivered = outbox.c.status == "pending"
        counts: dict[str, int] = {}
        with self.engine.connect() as conn:
            for hold in conn.execute(select(delivery_holds.c.scope).where(obeyed(token)).distinct()).scalars():
                query = select(func.count()).where(undelivered)
                if hold:
                    query = query.where(outbox.c.channel == hold)
                counts[hold] = conn.execute(query).scalar_one()
        return counts
