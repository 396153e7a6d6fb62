"""What a post that corrects an earlier one says of the change (bot/core/post.py Correction): the entry's text as
posted before and the event types the court's edit took back, so that the notifier can write "Corrected: …
(was: "…")". Messages from before stay NULL: no correction shown.

Revision ID: 0023
Revises: 0022
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("correction", sa.JSON()))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("correction")
