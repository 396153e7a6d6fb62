"""A store whose outbox holds a message queued for Slack or sent through it records that it posts to Slack (the
docketbot_meta row `posts_to:slack`, bot/store/outbox.py POSTS_TO_SLACK), so that every command, as it starts,
learns it by one lookup by primary key rather than a scan of the outbox. The store writes the row itself from now
on (with the first message it queues for Slack, and when a process with SLACK_BOT_TOKEN gets ready to deliver); a
store that has it already keeps it, as it is. The downgrade leaves the row: the releases before read it too.

Revision ID: 0021
Revises: 0020
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

POSTS_TO_SLACK = "posts_to:slack"  # (bot/store/outbox.py's, written here since a migration does not import the app)


def upgrade() -> None:
    bind = op.get_bind()
    outbox = sa.table("outbox", sa.column("queued_for"), sa.column("sent_via"))
    meta = sa.table("docketbot_meta", sa.column("name"), sa.column("value"))
    slack = sa.exists().where(sa.or_(outbox.c.queued_for == "slack", outbox.c.sent_via == "slack"))
    marked = sa.exists().where(meta.c.name == POSTS_TO_SLACK)
    if bind.execute(sa.select(slack & ~marked)).scalar():
        bind.execute(sa.insert(meta).values(name=POSTS_TO_SLACK, value=datetime.now(UTC).isoformat()))


def downgrade() -> None:
    pass
