"""Re-dating stored entries whose source gives only a date, stored at 00:00 UTC by an older release, at 00:00 of
the same date on their court's clock (and back, for a downgrade): what revisions 0018 (the Texas courts), 0019
(CourtListener) and 0022 (Odyssey portals, on their sources' clocks) do, each for its own entries.

A revision says which entries are its own and their courts' zones in a `Redated`; this module moves their dates
wherever the store keeps them: seen_entries.filed_at and the `filed_at` of seen_entries.entry (Entry.to_json), and
the outbox's copies (the entry, a burst's further entries in `folded`, a digest's entries in `digest`). A date is
moved only if it sits exactly at 00:00 UTC (`to_local`), or exactly at 00:00 on the court's clock (`to_utc`, the
downgrade); any other moment, and an entry whose court has no zone, stays. Seen entries stored before revision 0009
have no JSON, hence no court, but no filed_at either (revision 0011's column was left NULL for them).

Zones are the revision's own, written in it, not the app's court table (bot/core/courts.tsv), which may change
after it: a migration does not import the app.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

# A move of one stored moment (aware) on a zone's clock: the moment it becomes, or None to leave it.
Move = Callable[[datetime, ZoneInfo], datetime | None]


@dataclass(frozen=True)
class Redated:
    """A revision's entries: `chosen` says of an entry's JSON whether it is one of them, `where` of a JSON column
    (in SQL) whether it may hold one (it may say more: `chosen` decides), `zone` gives one of them (its JSON) the
    zone of its clock (None: it stays as it is)."""

    chosen: Callable[[dict], bool]
    where: Callable[[sa.ColumnElement], sa.ColumnElement[bool]]
    zone: Callable[[dict], ZoneInfo | None]


def to_local(moment: datetime, zone: ZoneInfo) -> datetime | None:
    """00:00 UTC to 00:00 of the same date on the zone's clock."""
    if moment.utcoffset() != timedelta(0) or moment.time() != time():
        return None
    return datetime.combine(moment.date(), time(), zone)


def to_utc(moment: datetime, zone: ZoneInfo) -> datetime | None:
    """00:00 on the zone's clock to 00:00 UTC of the same date."""
    if moment.tzinfo is None:
        return None
    local = moment.astimezone(zone)
    return datetime.combine(local.date(), time(), UTC) if local.time() == time() else None


def move_all(redated: Redated, move: Move) -> None:
    """Moves the dates of the revision's entries (`redated`) in the seen entries and the outbox."""
    _move_seen(redated, move)
    _move_outbox(redated, move)


def _zone_of(entry: dict | None, redated: Redated) -> ZoneInfo | None:
    """The zone of an entry's clock, when the entry (JSON) is one of the revision's; else None."""
    return redated.zone(entry) if entry and redated.chosen(entry) else None


def _moved_entry(entry: dict | None, redated: Redated, move: Move) -> dict | None:
    """The entry's JSON (Entry.to_json) with its `filed_at` moved, or None when it is not the revision's or stays."""
    zone = _zone_of(entry, redated)
    if not entry or zone is None or not entry.get("filed_at"):
        return None
    moved = move(datetime.fromisoformat(entry["filed_at"]), zone)
    return {**entry, "filed_at": moved.isoformat()} if moved else None


def _moved_items(items: list, redated: Redated, move: Move) -> list | None:
    """A burst's or digest case's items ({"entry": ..., "events": ...}) with their entries moved; None: none moved."""
    moved = [_moved_entry(item.get("entry"), redated, move) for item in items]
    if not any(moved):
        return None
    return [{**item, "entry": entry} if entry else item for item, entry in zip(items, moved, strict=True)]


def _moved_digest(digest: dict | None, redated: Redated, move: Move) -> dict | None:
    """A digest's JSON (bot/core/digest.py Digest.to_json) with its entries moved; None: none moved."""
    if not digest:
        return None
    cases = [_moved_items(case, redated, move) for case in digest.get("cases", ())]
    if not any(cases):
        return None
    return {**digest, "cases": [new or old for new, old in zip(cases, digest["cases"], strict=True)]}


def _move_seen(redated: Redated, move: Move) -> None:
    bind = op.get_bind()
    seen = sa.table("seen_entries", sa.column("source_id"), sa.column("entry_key"), sa.column("entry", sa.JSON),
                    sa.column("filed_at", sa.DateTime(timezone=True)))
    rows = bind.execute(sa.select(seen.c.source_id, seen.c.entry_key, seen.c.entry, seen.c.filed_at)
                        .where(redated.where(seen.c.entry))).all()
    for row in rows:
        zone = _zone_of(row.entry, redated)
        if zone is None:
            continue
        values: dict[str, object] = {}
        entry = _moved_entry(row.entry, redated, move)
        if entry:
            values["entry"] = entry
        if row.filed_at is not None:
            # SQLite gives back the UTC digits the store wrote, without a zone; PostgreSQL an aware moment
            moved = move(row.filed_at if row.filed_at.tzinfo else row.filed_at.replace(tzinfo=UTC), zone)
            if moved:
                values["filed_at"] = moved.astimezone(UTC)  # (SQLite would keep a local time's digits as they are)
        if values:
            bind.execute(sa.update(seen).where(seen.c.source_id == row.source_id, seen.c.entry_key == row.entry_key)
                         .values(**values))


def _move_outbox(redated: Redated, move: Move) -> None:
    bind = op.get_bind()
    outbox = sa.table("outbox", sa.column("id"), sa.column("entry", sa.JSON), sa.column("folded", sa.JSON),
                      sa.column("digest", sa.JSON))
    rows = bind.execute(sa.select(outbox.c.id, outbox.c.entry, outbox.c.folded, outbox.c.digest)
                        .where(sa.or_(redated.where(outbox.c.entry), outbox.c.digest.is_not(None)))).all()
    for row in rows:
        values = {name: value for name, value in (
            ("entry", _moved_entry(row.entry, redated, move)),
            ("folded", _moved_items(row.folded, redated, move) if row.folded else None),
            ("digest", _moved_digest(row.digest, redated, move)),
        ) if value}
        if values:
            bind.execute(sa.update(outbox).where(outbox.c.id == row.id).values(**values))
