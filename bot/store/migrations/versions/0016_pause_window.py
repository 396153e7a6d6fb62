"""When each paused source's pause began and ended, so that the first poll after it holds back only what was filed
during the pause (bot/core/quiet.py PauseWindow). A source paused now gets its pause's start; one resumed and not
polled since keeps NULL, whose first poll holds back all it finds, as before.

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.add_column(sa.Column("paused_since", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("resumed_at", sa.DateTime(timezone=True)))
    op.execute(
        "UPDATE source_state SET paused_since = "
        "(SELECT since FROM pauses WHERE pauses.source_id = source_state.source_id) "
        "WHERE last_status = 'paused'"
    )


def downgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.drop_column("resumed_at")
        batch.drop_column("paused_since")
