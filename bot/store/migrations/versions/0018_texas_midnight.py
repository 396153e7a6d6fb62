"""The Texas courts' entries stored before their courts had time zones are dated at midnight on the court's clock,
as scrapers/texas_courts.py dates them now, instead of midnight UTC (shown as the evening before, 18:00 CST).

A Texas court's entry is one whose `court` (in the entry's JSON) begins with `texas_`: the seen entries
(seen_entries.filed_at and the `filed_at` of seen_entries.entry) and the outbox's copies (the entry, a burst's
further entries, a digest's entries). A date is moved only if it sits exactly at 00:00 UTC: it becomes 00:00 of
the same calendar date in the court's zone (America/Chicago; texas_coa08, El Paso, America/Denver; the court
table bot/core/courts.tsv, written here since a migration does not import the app). Seen entries stored before
revision 0009 have no JSON, hence no court, but no filed_at either (revision 0011's column was left NULL for them).
The downgrade moves the same dates back to 00:00 UTC. (The moves: bot/store/migrations/midnight.py.)

Revision ID: 0018
Revises: 0017
"""

from zoneinfo import ZoneInfo

import sqlalchemy as sa

from bot.store.migrations import midnight

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_CHICAGO = ZoneInfo("America/Chicago")
_ZONES = {"texas_coa08": ZoneInfo("America/Denver")}  # every other texas_ court: America/Chicago


def _zone(entry: dict) -> ZoneInfo | None:
    """The zone of a Texas court's entry; None for another court's."""
    court = entry.get("court")
    if not isinstance(court, str) or not court.startswith("texas_"):
        return None
    return _ZONES.get(court, _CHICAGO)


def _texas(entry: sa.ColumnElement, _source_id: sa.ColumnElement) -> sa.ColumnElement[bool]:
    """Whether a JSON entry column holds a Texas court's entry."""
    return entry["court"].as_string().startswith("texas_", autoescape=True)


def upgrade() -> None:
    midnight.to_local(_zone, _texas)


def downgrade() -> None:
    midnight.to_utc(_zone, _texas)
