"""Which of a news source's identifiers its stories are known by (scrapers/news_identity.py): its guids, its
canonical links, or headline and outlet; NULL until a poll finds the guids wanting (they are trusted until then).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.add_column(sa.Column("story_key", sa.String(8)))


def downgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.drop_column("story_key")
