"""One filing, one post: the records of a filing joined (bot/pipeline/diff.py), the channels told of each filing, the
event types of a news story, and the part of a burst a message is.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("seen_entries") as batch:
        batch.add_column(sa.Column("filing", sa.String(400)))
    with op.batch_alter_table("stories") as batch:
        batch.add_column(sa.Column("events", sa.JSON))
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("part", sa.JSON))
    op.create_table(
        "filing_marks",
        sa.Column("mark", sa.String(320), nullable=False),
        sa.Column("source_id", sa.String(128), nullable=False),
        sa.Column("entry_key", sa.String(256), nullable=False),
        sa.PrimaryKeyConstraint("mark", "source_id", "entry_key"),
    )
    op.create_table(
        "filing_posts",
        sa.Column("filing", sa.String(400), nullable=False),
        sa.Column("channel", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("filing", "channel"),
    )


def downgrade() -> None:
    op.drop_table("filing_posts")
    op.drop_table("filing_marks")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("part")
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("events")
    with op.batch_alter_table("seen_entries") as batch:
        batch.drop_column("filing")
