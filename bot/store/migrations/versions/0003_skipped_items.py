"""What a source's last poll skipped: how many items, and why (scrapers.base.Skipped, bot.poll.poller.skip_note).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.add_column(sa.Column("last_skipped", sa.Integer))
        batch.add_column(sa.Column("last_skip_note", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.drop_column("last_skip_note")
        batch.drop_column("last_skipped")
