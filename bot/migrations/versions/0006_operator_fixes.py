"""What a source's last poll was made with (a digest of its settings), so that a source whose settings changed
while no worker ran is polled at the next start, not only when its turn comes.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.add_column(sa.Column("settings", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.drop_column("settings")
