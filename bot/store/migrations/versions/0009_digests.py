"""Digests: each seen entry keeps itself and the event types it was routed with (NULL: recorded without routing),
found by when it was first seen; the outbox keeps a digest as a value (bot/core/digest.py).

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("seen_entries") as batch:
        batch.add_column(sa.Column("entry", sa.JSON))
        batch.add_column(sa.Column("events", sa.JSON))
    op.create_index("ix_seen_entries_first_seen_at", "seen_entries", ["first_seen_at"])
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("digest", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("digest")
    op.drop_index("ix_seen_entries_first_seen_at", "seen_entries")
    with op.batch_alter_table("seen_entries") as batch:
        batch.drop_column("events")
        batch.drop_column("entry")
