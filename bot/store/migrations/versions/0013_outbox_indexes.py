"""Outbox indexes, so that delivering one message costs the same with 200 or 20,000 queued: partial indexes on the
undelivered messages (in order, and per channel in order: what claiming the next message of a channel reads)
and an index of the sent ones by time (the status page's latest posts).

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_UNDELIVERED = sa.text("status IN ('pending', 'sending')")


def upgrade() -> None:
    op.create_index("outbox_undelivered", "outbox", ["id"], sqlite_where=_UNDELIVERED, postgresql_where=_UNDELIVERED)
    op.create_index("outbox_undelivered_by_channel", "outbox", ["channel", "id"], sqlite_where=_UNDELIVERED,
                    postgresql_where=_UNDELIVERED)
    op.create_index("outbox_sent", "outbox", ["sent_at", "id"])


def downgrade() -> None:
    op.drop_index("outbox_sent", "outbox")
    op.drop_index("outbox_undelivered_by_channel", "outbox")
    op.drop_index("outbox_undelivered", "outbox")
