"""Which notifier a Slack channel's message was queued for (`slack`, or `console` when the process that queued it
had no token), so that a process without SLACK_BOT_TOKEN does not print, and mark sent, the posts queued for
Slack (nor a Slack process post what a console process queued). Messages from before stay NULL: any notifier
delivers them, as before.

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("queued_for", sa.String(32)))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("queued_for")
