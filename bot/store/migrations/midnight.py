"""Moves the stored dates of filings a page dates by the day only, between midnight UTC (as scrapers dated them
before their courts had clocks) and midnight on the court's clock: for the revisions that date a kind's entries on
their court's clock (0018, the Texas courts; 0019, Odyssey portals).

A stored entry is the JSON of bot/core/entry.py `Entry.to_json`. It is moved in the seen entries (the
`filed_at` column and the entry's JSON) and in the outbox's copies (a post's entry, a burst's further entries, a
digest's entries), when `zone_of` gives its court's zone. `to_local` moves a date only if it sits exactly at
00:00 UTC: it becomes 00:00 of the same calendar date in that zone; `to_utc` moves 00:00 in that zone back to
00:00 UTC of the same date. Other dates stay as they are. A migration does not import the app: what it needs of
it (a court table's zones, a config's clocks) it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

# The zone of a stored entry's court (the entry's JSON), or None to leave the entry as it is.
ZoneOf = Callable[[dict], ZoneInfo | None]
# Which rows may hold an entry to move, of a table's JSON entry column and its source_id column (a filter that
# keeps the rows read few; `zone_of` decides).
Where = Callable[[sa.ColumnElement, sa.ColumnElement], sa.ColumnElement[bool]]
# A move of one stored moment (aware) on a zone: the moment it becomes, or None to leave it.
_Move = Callable[[datetime, ZoneInfo], datetime | None]


def to_local(zone_of: ZoneOf, where: Where) -> None:
    """Moves each stored entry's 00:00 UTC to 00:00 of the same date on its court's clock (an upgrade)."""
    _move_seen(_to_local, zone_of, where)
    _move_outbox(_to_local, zone_of, where)


def to_utc(zone_of: ZoneOf, where: Where) -> None:
    """Moves each stored entry's 00:00 on its court's clock to 00:00 UTC of the same date (a downgrade)."""
    _move_seen(_to_utc, zone_of, where)
    _move_outbox(_to_utc, zone_of, where)


def _to_local(moment: datetime, zone: ZoneInfo) -> datetime | None:
    if moment.utcoffset() != timedelta(0) or moment.time() != time():
        return None
    return datetime.combine(moment.date(), time(), zone)


def _to_utc(moment: datetime, zone: ZoneInfo) -> datetime | None:
    if moment.tzinfo is None:
        return None
    local = moment.astimezone(zone)
    return datetime.combine(local.date(), time(), UTC) if local.time() == time() else None


def _moved_entry(entry: dict | None, move: _Move, zone_of: ZoneOf) -> dict | None:
    """The entry's JSON with its `filed_at` moved, or None when it is not one to move or stays."""
    zone = zone_of(entry) if entry and entry.get("filed_at") else None
    if entry is None or zone is None:
        return None
    moved = move(datetime.fromisoformat(entry["filed_at"]), zone)
    return {**entry, "filed_at": moved.isoformat()} if moved else None


def _moved_items(items: list, move: _Move, zone_of: ZoneOf) -> list | None:
    """A burst's or digest case's items ({"entry": ..., "events": ...}) with their entries moved; None: none moved."""
    moved = [_moved_entry(item.get("entry"), move, zone_of) for item in items]
    if not any(moved):
        return None
    return [{**item, "entry": entry} if entry else item for item, entry in zip(items, moved, strict=True)]


def _moved_digest(digest: dict | None, move: _Move, zone_of: ZoneOf) -> dict | None:
    """A digest's JSON (bot/core/digest.py Digest.to_json) with its entries moved; None: none moved."""
    if not digest:
        return None
    cases = [_moved_items(case, move, zone_of) for case in digest.get("cases", ())]
    if not any(cases):
        return None
    return {**digest, "cases": [new or old for new, old in zip(cases, digest["cases"], strict=True)]}


def _move_seen(move: _Move, zone_of: ZoneOf, where: Where) -> None:
    bind = op.get_bind()
    seen = sa.table("seen_entries", sa.column("source_id"), sa.column("entry_key"), sa.column("entry", sa.JSON),
                    sa.column("filed_at", sa.DateTime(timezone=True)))
    rows = bind.execute(sa.select(seen.c.source_id, seen.c.entry_key, seen.c.entry, seen.c.filed_at)
                        .where(where(seen.c.entry, seen.c.source_id))).all()
    for row in rows:
        values: dict[str, object] = {}
        entry = _moved_entry(row.entry, move, zone_of)
        if entry:
            values["entry"] = entry
        zone = zone_of(row.entry) if row.entry else None
        if row.filed_at is not None and zone is not None:
            # SQLite gives back the UTC digits the store wrote, without a zone; PostgreSQL an aware moment
            stored = row.filed_at if row.filed_at.tzinfo else row.filed_at.replace(tzinfo=UTC)
            moved = move(stored, zone)
            if moved:
                values["filed_at"] = moved.astimezone(UTC)  # (SQLite would keep a local time's digits as they are)
        if values:
            bind.execute(sa.update(seen).where(seen.c.source_id == row.source_id, seen.c.entry_key == row.entry_key)
                         .values(**values))


def _move_outbox(move: _Move, zone_of: ZoneOf, where: Where) -> None:
    bind = op.get_bind()
    outbox = sa.table("outbox", sa.column("id"), sa.column("source_id"), sa.column("entry", sa.JSON),
                      sa.column("folded", sa.JSON), sa.column("digest", sa.JSON))
    rows = bind.execute(sa.select(outbox.c.id, outbox.c.entry, outbox.c.folded, outbox.c.digest)
                        .where(sa.or_(where(outbox.c.entry, outbox.c.source_id), outbox.c.digest.is_not(None)))).all()
    for row in rows:
        values = {name: value for name, value in (
            ("entry", _moved_entry(row.entry, move, zone_of)),
            ("folded", _moved_items(row.folded, move, zone_of) if row.folded else None),
            ("digest", _moved_digest(row.digest, move, zone_of)),
        ) if value}
        if values:
            bind.execute(sa.update(outbox).where(outbox.c.id == row.id).values(**values))
