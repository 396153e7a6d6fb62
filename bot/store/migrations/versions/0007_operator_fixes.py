"""What a source's last poll was made with (a digest of its settings), so that a source whose settings changed
while no worker ran is polled at the next start, not only when its turn comes; and which Slack token a
delivery hold is about (a fingerprint), so that a process with another token neither obeys nor lifts it.
Holds from before keep the token "" (any token), as before.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


HOLD_COLUMNS = "scope, reason, detail, advice, since, next_try_at"


def upgrade() -> None:
    with op.batch_alter_table("source_state") as batch:
        batch.add_column(sa.Column("settings", sa.String(64)))
    _holds_keyed_by(("scope", "token"), f"{HOLD_COLUMNS}, token", f"{HOLD_COLUMNS}, ''")


def downgrade() -> None:
    op.execute("DELETE FROM delivery_holds WHERE token <> ''")
    _holds_keyed_by(("scope",), HOLD_COLUMNS, HOLD_COLUMNS)
    with op.batch_alter_table("source_state") as batch:
        batch.drop_column("settings")


def _holds_keyed_by(key: tuple[str, ...], columns: str, values: str) -> None:
    """Remakes delivery_holds with primary key `key` (a token column when it is part of it), keeping its rows."""
    op.rename_table("delivery_holds", "delivery_holds_before")
    op.create_table(
        "delivery_holds",
        sa.Column("scope", sa.String(128), nullable=False),
        *([sa.Column("token", sa.String(64), nullable=False)] if "token" in key else []),
        sa.Column("reason", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("advice", sa.Text(), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_try_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint(*key, name="delivery_holds_key"),
    )
    op.execute(f"INSERT INTO delivery_holds ({columns}) SELECT {values} FROM delivery_holds_before")
    op.drop_table("delivery_holds_before")
