"""What a source's last poll kept without a readable date: how many entries, and the first's row and date as the
page gave it (scrapers.base.undated_note).

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.add_column(sa.Column("last_undated_note", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.drop_column("last_undated_note")
