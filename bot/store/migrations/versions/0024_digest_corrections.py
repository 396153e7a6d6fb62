"""A log of the court's edits of seen entries (`entry_corrections`), so that a digest tells its subscribers of an
entry seen before its period that an edit during it made news for them (a motion that now reads as a dismissal): one
row per edit, with when the poll recorded it, the entry's event types before and after, and the entry as edited.

The edits recorded before this revision are not known (no release kept their time): the table starts empty, and
the entries stored before are read as they were.

Revision ID: 0024
Revises: 0023
"""

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entry_corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source_id", sa.String(128), nullable=False),
        sa.Column("entry_key", sa.String(256), nullable=False),
        sa.Column("corrected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("before", sa.JSON, nullable=False),
        sa.Column("events", sa.JSON, nullable=False),
        sa.Column("entry", sa.JSON, nullable=False),
    )
    op.create_index("entry_corrections_corrected_at", "entry_corrections", ["corrected_at"])


def downgrade() -> None:
    op.drop_index("entry_corrections_corrected_at", "entry_corrections")
    op.drop_table("entry_corrections")
