"""The webhook inbox: each body pushed to us (CourtListener), kept by its idempotency key until processed, so
that a retry of a delivery is taken once and nothing accepted is lost."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.store.database import Database
from bot.store.schema import webhook_deliveries


class Webhooks(Database):
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
        """Records that the webhook under `idempotency_key` was processed (its entries committed)."""
        with self.engine.begin() as conn:
            conn.execute(
                update(webhook_deliveries)
                .where(webhook_deliveries.c.idempotency_key == idempotency_key)
                .values(processed_at=now)
            )
