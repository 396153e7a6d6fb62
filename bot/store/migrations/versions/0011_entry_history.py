"""What each seen entry was, for `why`, `entries` and `/docket recent`: when it was filed, and why it was
recorded without a post (a first poll, a watch it did not match, a story known already, found while paused);
and which outbox message carried each entry (`entry_posts`: a burst carries several). The entry itself (as
JSON) and its event types are revision 0009's columns, which digests read too.

Entries stored before keep NULL in the new columns (their event types are read from their text); the links of
the posts queued before are made from the outbox: its entry key (without a correction's `#revision`) and the
further entries of a burst.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("seen_entries") as batch:
        batch.add_column(sa.Column("filed_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("held", sa.String(128)))
    op.create_index("seen_entries_filed_at", "seen_entries", ["filed_at"])
    op.create_index("seen_entries_case_number", "seen_entries", ["case_number"])
    links = op.create_table(
        "entry_posts",
        sa.Column("source_id", sa.String(128), nullable=False),
        sa.Column("entry_key", sa.String(256), nullable=False),
        sa.Column("outbox_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("source_id", "entry_key", "outbox_id", name="entry_posts_key"),
    )
    outbox = sa.table("outbox", sa.column("id"), sa.column("source_id"), sa.column("entry_key"),
                      sa.column("folded", sa.JSON), sa.column("notice", sa.JSON))
    rows = op.get_bind().execute(
        sa.select(outbox.c.id, outbox.c.source_id, outbox.c.entry_key, outbox.c.folded).where(outbox.c.notice.is_(None))
    ).all()
    found = {
        (row.source_id, key, row.id)
        for row in rows
        for key in [row.entry_key.partition("#")[0], *(item["entry"]["key"] for item in row.folded or ())]
    }
    if found:
        op.bulk_insert(links, [{"source_id": s, "entry_key": k, "outbox_id": i} for s, k, i in sorted(found)])


def downgrade() -> None:
    op.drop_table("entry_posts")
    op.drop_index("seen_entries_case_number", "seen_entries")
    op.drop_index("seen_entries_filed_at", "seen_entries")
    with op.batch_alter_table("seen_entries") as batch:
        for column in ("held", "filed_at"):
            batch.drop_column(column)
