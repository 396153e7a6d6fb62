"""Free copies and first-page previews: each post says whether a preview may follow it (`preview`, from its
subscriptions; old rows: yes) and what its follow-up came to (`follow_up`: due, working, done; `follow_up_note`:
what was shown, or why not); `recap_documents` keeps CourtListener's answer for each PACER document asked about
(its free copy's URL, or none), so that a document is asked once.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("preview", sa.Boolean))
        batch.add_column(sa.Column("follow_up", sa.String(16)))
        batch.add_column(sa.Column("follow_up_note", sa.Text))
    op.create_index("ix_outbox_follow_up", "outbox", ["follow_up"])
    op.create_table(
        "recap_documents",
        sa.Column("court", sa.String(16), nullable=False),
        sa.Column("pacer_doc_id", sa.String(32), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("court", "pacer_doc_id"),
    )


def downgrade() -> None:
    op.drop_table("recap_documents")
    op.drop_index("ix_outbox_follow_up", "outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("follow_up_note")
        batch.drop_column("follow_up")
        batch.drop_column("preview")
