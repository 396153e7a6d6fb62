"""The schema as it was before Alembic (schema_version 2 in docketbot_meta): the baseline.

Databases written before Alembic are brought to schema_version 2 by bot/store/migrate.py and stamped with
this revision; a new database gets these tables from it.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "docketbot_meta",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(256), nullable=False),
    )
    op.create_table(
        "source_state",
        sa.Column("source_id", sa.String(128), primary_key=True),
        sa.Column("baseline_at", sa.DateTime(timezone=True)),
        sa.Column("last_poll_at", sa.DateTime(timezone=True)),
        sa.Column("last_success_at", sa.DateTime(timezone=True)),
        sa.Column("last_status", sa.String(16), nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("failures_in_row", sa.Integer, nullable=False),
        sa.Column("entries_known", sa.Integer, nullable=False),
        sa.Column("last_parsed", sa.Integer),
        sa.Column("alert", sa.String(16)),
        sa.Column("lease_holder", sa.String(128)),
        sa.Column("lease_until", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "seen_entries",
        sa.Column("source_id", sa.String(128), nullable=False),
        sa.Column("entry_key", sa.String(256), nullable=False),
        sa.Column("case_number", sa.String(128), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("source_id", "entry_key"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(128), nullable=False),
        sa.Column("source_id", sa.String(128), nullable=False),
        sa.Column("entry_key", sa.String(256), nullable=False),
        sa.Column("thread_key", sa.String(256), nullable=False),
        sa.Column("events", sa.JSON, nullable=False),
        sa.Column("entry", sa.JSON, nullable=False),
        sa.Column("notice", sa.Text),
        sa.Column("folded", sa.JSON),
        sa.Column("echo_of", sa.String(256)),
        sa.Column("claimed_by", sa.String(128)),
        sa.Column("claimed_until", sa.DateTime(timezone=True)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True)),
        sa.Column("remote_channel", sa.String(64)),
        sa.Column("remote_ts", sa.String(64)),
        sa.UniqueConstraint("channel", "source_id", "entry_key", name="outbox_once_per_channel"),
    )
    op.create_index("ix_outbox_status", "outbox", ["status"])
    op.create_table(
        "threads",
        sa.Column("channel", sa.String(128), nullable=False),
        sa.Column("thread_key", sa.String(256), nullable=False),
        sa.Column("remote_channel", sa.String(64), nullable=False),
        sa.Column("ts", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("channel", "thread_key"),
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("idempotency_key", sa.String(256), primary_key=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(128), nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("cases", sa.JSON, nullable=False),
        sa.Column("events", sa.JSON, nullable=False),
        sa.Column("created_by", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_subscriptions_channel", "subscriptions", ["channel"])
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("words", sa.JSON, nullable=False),
        sa.Column("outlet", sa.String(256), nullable=False),
        sa.Column("thread_key", sa.String(256), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_stories_first_seen_at", "stories", ["first_seen_at"])


def downgrade() -> None:
    for table in ("stories", "subscriptions", "webhook_deliveries", "threads", "outbox", "seen_entries",
                  "source_state", "docketbot_meta"):
        op.drop_table(table)
