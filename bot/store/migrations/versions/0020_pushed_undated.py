"""What the last webhook kept without a readable date of the entries it pushed for a source, apart from what its
last poll kept (last_undated_note, revision 0015), which a webhook does not replace: a webhook pushes a few entries,
a poll reads the whole source.

Revision ID: 0020
Revises: 0019
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.add_column(sa.Column("last_pushed_undated_note", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.drop_column("last_pushed_undated_note")
