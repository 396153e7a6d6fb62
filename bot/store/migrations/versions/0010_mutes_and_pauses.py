"""Mutes and pauses: cases muted in one channel for a while, and sources paused for the whole workspace.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mutes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(128), nullable=False),
        sa.Column("channel_name", sa.String(128), nullable=False, server_default=""),
        sa.Column("case", sa.String(128), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True)),
        sa.Column("created_by", sa.String(128), nullable=False, server_default=""),
    )
    op.create_index("ix_mutes_channel", "mutes", ["channel"])
    op.create_table(
        "pauses",
        sa.Column("source_id", sa.String(128), primary_key=True),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(128), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_table("pauses")
    op.drop_index("ix_mutes_channel", table_name="mutes")
    op.drop_table("mutes")
