"""The Texas courts' entries stored before their courts had time zones are dated at midnight on the court's clock,
as scrapers/texas_courts.py dates them now, instead of midnight UTC (shown as the evening before, 18:00 CST).

A Texas court's entry is one whose `court` (in the entry's JSON) begins with `texas_`: the seen entries
(seen_entries.filed_at and the `filed_at` of seen_entries.entry) and the outbox's copies (the entry, a burst's
further entries, a digest's entries). A date is moved only if it sits exactly at 00:00 UTC: it becomes 00:00 of
the same calendar date in the court's zone (America/Chicago; texas_coa08, El Paso, America/Denver; the court
table bot/core/courts.tsv, written here since a migration does not import the app). Seen entries stored before
revision 0009 have no JSON, hence no court, but no filed_at either (revision 0011's column was left NULL for them).
The downgrade moves the same dates back to 00:00 UTC.

Revision ID: 0018
Revises: 0017
"""

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_CHICAGO = ZoneInfo("America/Chicago")
_ZONES = {"texas_coa08": ZoneInfo("America/Denver")}  # every other texas_ court: America/Chicago

# A move of one stored moment (aware) of a court: the moment it becomes, or None to leave it.
Move = Callable[[datetime, str], datetime | None]


def _zone(court: str) -> ZoneInfo:
    return _ZONES.get(court, _CHICAGO)


def _to_local(moment: datetime, court: str) -> datetime | None:
    """00:00 UTC to 00:00 of the same date on the court's clock."""
    if moment.utcoffset() != timedelta(0) or moment.time() != time():
        return None
    return datetime.combine(moment.date(), time(), _zone(court))


def _to_utc(moment: datetime, court: str) -> datetime | None:
    """00:00 on the court's clock to 00:00 UTC of the same date."""
    if moment.tzinfo is None:
        return None
    local = moment.astimezone(_zone(court))
    return datetime.combine(local.date(), time(), UTC) if local.time() == time() else None


def _is_texas(court: object) -> bool:
    return isinstance(court, str) and court.startswith("texas_")


def _moved_entry(entry: dict | None, move: Move) -> dict | None:
    """The entry's JSON (Entry.to_json) with its `filed_at` moved, or None when it is not a Texas court's or stays."""
    if not entry or not _is_texas(entry.get("court")) or not entry.get("filed_at"):
        return None
    moved = move(datetime.fromisoformat(entry["filed_at"]), entry["court"])
    return {**entry, "filed_at": moved.isoformat()} if moved else None


def _moved_items(items: list, move: Move) -> list | None:
    """A burst's or digest case's items ({"entry": ..., "events": ...}) with their entries moved; None: none moved."""
    moved = [_moved_entry(item.get("entry"), move) for item in items]
    if not any(moved):
        return None
    return [{**item, "entry": entry} if entry else item for item, entry in zip(items, moved, strict=True)]


def _moved_digest(digest: dict | None, move: Move) -> dict | None:
    """A digest's JSON (bot/core/digest.py Digest.to_json) with its entries moved; None: none moved."""
    if not digest:
        return None
    cases = [_moved_items(case, move) for case in digest.get("cases", ())]
    if not any(cases):
        return None
    return {**digest, "cases": [new or old for new, old in zip(cases, digest["cases"], strict=True)]}


def _texas(column: sa.ColumnElement) -> sa.ColumnElement[bool]:
    """Whether a JSON entry column holds a Texas court's entry."""
    return column["court"].as_string().startswith("texas_", autoescape=True)


def _move_seen(move: Move) -> None:
    bind = op.get_bind()
    seen = sa.table("seen_entries", sa.column("source_id"), sa.column("entry_key"), sa.column("entry", sa.JSON),
                    sa.column("filed_at", sa.DateTime(timezone=True)))
    rows = bind.execute(sa.select(seen.c.source_id, seen.c.entry_key, seen.c.entry, seen.c.filed_at)
                        .where(_texas(seen.c.entry))).all()
    for row in rows:
        values: dict[str, object] = {}
        entry = _moved_entry(row.entry, move)
        if entry:
            values["entry"] = entry
        if row.filed_at is not None:
            # SQLite gives back the UTC digits the store wrote, without a zone; PostgreSQL an aware moment
            stored = row.filed_at if row.filed_at.tzinfo else row.filed_at.replace(tzinfo=UTC)
            moved = move(stored, row.entry["court"])
            if moved:
                values["filed_at"] = moved.astimezone(UTC)  # (SQLite would keep a local time's digits as they are)
        if values:
            bind.execute(sa.update(seen).where(seen.c.source_id == row.source_id, seen.c.entry_key == row.entry_key)
                         .values(**values))


def _move_outbox(move: Move) -> None:
    bind = op.get_bind()
    outbox = sa.table("outbox", sa.column("id"), sa.column("entry", sa.JSON), sa.column("folded", sa.JSON),
                      sa.column("digest", sa.JSON))
    rows = bind.execute(sa.select(outbox.c.id, outbox.c.entry, outbox.c.folded, outbox.c.digest)
                        .where(sa.or_(_texas(outbox.c.entry), outbox.c.digest.is_not(None)))).all()
    for row in rows:
        values = {name: value for name, value in (
            ("entry", _moved_entry(row.entry, move)),
            ("folded", _moved_items(row.folded, move) if row.folded else None),
            ("digest", _moved_digest(row.digest, move)),
        ) if value}
        if values:
            bind.execute(sa.update(outbox).where(outbox.c.id == row.id).values(**values))


def upgrade() -> None:
    _move_seen(_to_local)
    _move_outbox(_to_local)


def downgrade() -> None:
    _move_seen(_to_utc)
    _move_outbox(_to_utc)
