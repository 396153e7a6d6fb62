"""Notifiers other than Slack: an ops notice is kept as a structured value (JSON: kind, about, source, problem,
since, todo, detail; bot/core/notice.py) instead of Slack's formatted text, and a delivered message as a neutral
reference (the notifier's name and an id only it reads) instead of Slack's channel id and `ts`; a case's thread
is kept per notifier, so that a thread one notifier started is never continued by another.

Old rows are converted: a queued notice's text becomes a notice of kind "note", without Slack's formatting; a
Slack message's reference becomes `slack` and `<channel id>/<ts>`, a console's (`console:#name`, or before that
`#name`) `console` and its `ts`.

Revision ID: 0008
Revises: 0007
"""

import html
import re

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_EMOJI = re.compile(r"^:[a-z0-9_+-]+:\s*")  # the emoji code an old notice began with
_MARKUP = re.compile(r"```|[*`]")
_CONSOLE = ("console:", "#")  # how the channel of a message the console printed began


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("notice_value", sa.JSON))
        batch.add_column(sa.Column("sent_via", sa.String(32)))
        batch.add_column(sa.Column("remote_id", sa.String(160)))
    outbox = sa.table("outbox", sa.column("id"), sa.column("notice"), sa.column("notice_value", sa.JSON),
                      sa.column("remote_channel"), sa.column("remote_ts"), sa.column("sent_via"),
                      sa.column("remote_id"))
    rows = bind.execute(sa.select(outbox.c.id, outbox.c.notice, outbox.c.remote_channel, outbox.c.remote_ts)).all()
    for row in rows:
        values: dict[str, object] = {}
        if row.notice is not None:
            values["notice_value"] = _notice_of(row.notice)
        if row.remote_channel is not None:
            values["sent_via"], values["remote_id"] = _reference_of(row.remote_channel, row.remote_ts)
        if values:
            bind.execute(sa.update(outbox).where(outbox.c.id == row.id).values(**values))
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("notice")
        batch.drop_column("remote_channel")
        batch.drop_column("remote_ts")
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column("notice_value", new_column_name="notice", existing_type=sa.JSON)

    old = sa.table("threads", sa.column("channel"), sa.column("thread_key"), sa.column("remote_channel"),
                   sa.column("ts"))
    threads = [(row.channel, row.thread_key, *_reference_of(row.remote_channel, row.ts))
               for row in bind.execute(sa.select(old)).all()]
    op.drop_table("threads")
    new = op.create_table(
        "threads",
        sa.Column("notifier", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(128), nullable=False),
        sa.Column("thread_key", sa.String(256), nullable=False),
        sa.Column("message_id", sa.String(160), nullable=False),
        sa.PrimaryKeyConstraint("notifier", "channel", "thread_key", name="threads_key"),
    )
    if threads:
        op.bulk_insert(new, [{"channel": channel, "thread_key": key, "notifier": notifier, "message_id": message_id}
                             for channel, key, notifier, message_id in threads])


def downgrade() -> None:
    bind = op.get_bind()
    new = sa.table("threads", sa.column("notifier"), sa.column("channel"), sa.column("thread_key"),
                   sa.column("message_id"))
    # the old table holds one thread per channel and case: Slack's wins over the console's
    threads: dict[tuple[str, str], tuple[str, str]] = {}
    for row in bind.execute(sa.select(new).order_by(new.c.notifier.desc())).all():
        threads.setdefault((row.channel, row.thread_key), _remote_of(row.notifier, row.message_id, row.channel))
    op.drop_table("threads")
    old = op.create_table(
        "threads",
        sa.Column("channel", sa.String(128), nullable=False),
        sa.Column("thread_key", sa.String(256), nullable=False),
        sa.Column("remote_channel", sa.String(64), nullable=False),
        sa.Column("ts", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("channel", "thread_key"),
    )
    if threads:
        op.bulk_insert(old, [{"channel": channel, "thread_key": key, "remote_channel": remote, "ts": ts}
                             for (channel, key), (remote, ts) in threads.items()])

    with op.batch_alter_table("outbox") as batch:
        batch.alter_column("notice", new_column_name="notice_value", existing_type=sa.JSON)
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("notice", sa.Text))
        batch.add_column(sa.Column("remote_channel", sa.String(64)))
        batch.add_column(sa.Column("remote_ts", sa.String(64)))
    outbox = sa.table("outbox", sa.column("id"), sa.column("channel"), sa.column("notice"),
                      sa.column("notice_value", sa.JSON), sa.column("remote_channel"), sa.column("remote_ts"),
                      sa.column("sent_via"), sa.column("remote_id"))
    rows = bind.execute(sa.select(outbox.c.id, outbox.c.channel, outbox.c.notice_value, outbox.c.sent_via,
                                  outbox.c.remote_id)).all()
    for row in rows:
        values: dict[str, object] = {}
        if row.notice_value is not None:
            values["notice"] = _text_of(row.notice_value)
        if row.sent_via is not None:
            values["remote_channel"], values["remote_ts"] = _remote_of(row.sent_via, row.remote_id, row.channel)
        if values:
            bind.execute(sa.update(outbox).where(outbox.c.id == row.id).values(**values))
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("notice_value")
        batch.drop_column("sent_via")
        batch.drop_column("remote_id")


def _notice_of(text: str) -> dict:
    """A notice value (kind "note") for the text of an old notice: its first line as the problem, the rest as the
    detail, without Slack's formatting."""
    head, _, rest = _EMOJI.sub("", text).partition("\n")
    plain = [html.unescape(_MARKUP.sub("", part)).strip() for part in (head, rest)]
    return {"kind": "note", "about": "", "source": "", "problem": plain[0], "since": None, "todo": "",
            "detail": plain[1]}


def _text_of(notice: dict) -> str:
    """A notice value as plain text, for a release that posts notices as text."""
    head = " ".join(part for part in (notice.get("about"), notice.get("source"), notice.get("problem")) if part)
    return "\n".join(part for part in (head, notice.get("detail"), notice.get("todo")) if part)


def _reference_of(remote_channel: str, ts: str | None) -> tuple[str, str]:
    """(notifier, message id) of an old reference."""
    if remote_channel.startswith(_CONSOLE):
        return "console", ts or ""
    return "slack", f"{remote_channel}/{ts or ''}"


def _remote_of(notifier: str, message_id: str | None, channel: str) -> tuple[str, str]:
    """(remote channel, ts) of a reference, as a release before this one kept them."""
    if notifier == "slack":
        remote, _, ts = (message_id or "").rpartition("/")
        return remote, ts
    return f"{notifier}:{channel}", message_id or ""
