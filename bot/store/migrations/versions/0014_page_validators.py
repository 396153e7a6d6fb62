"""What each source's last kept poll saw at its URLs (ETag, Last-Modified, a digest of the body), kept in the store,
so that a new process (a `check` run from cron) skips an unchanged page as the long-running worker does.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.add_column(sa.Column("validators", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.drop_column("validators")
