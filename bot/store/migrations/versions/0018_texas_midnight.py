"""The Texas courts' entries stored before their courts had time zones are dated at midnight on the court's clock,
as scrapers/texas_courts.py dates them now, instead of midnight UTC (shown as the evening before, 18:00 CST).

A Texas court's entry is one whose `court` (in the entry's JSON) begins with `texas_`: the seen entries
(seen_entries.filed_at and the `filed_at` of seen_entries.entry) and the outbox's copies (the entry, a burst's
further entries, a digest's entries). A date is moved only if it sits exactly at 00:00 UTC: it becomes 00:00 of
the same calendar date in the court's zone (America/Chicago; texas_coa08, El Paso, America/Denver; the court
table bot/core/courts.tsv, written here since a migration does not import the app). The moving is
bot/store/migrations/midnight.py's, which revision 0019 shares. The downgrade moves the same dates back to 00:00 UTC.

Revision ID: 0018
Revises: 0017
"""

from zoneinfo import ZoneInfo

import sqlalchemy as sa

from bot.store.migrations.midnight import Redated, move_all, to_local, to_utc

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_CHICAGO = ZoneInfo("America/Chicago")
_ZONES = {"texas_coa08": ZoneInfo("America/Denver")}  # every other texas_ court: America/Chicago


def _is_texas(entry: dict) -> bool:
    court = entry.get("court")
    return isinstance(court, str) and court.startswith("texas_")


def _texas(column: sa.ColumnElement) -> sa.ColumnElement[bool]:
    """Whether a JSON entry column holds a Texas court's entry."""
    return column["court"].as_string().startswith("texas_", autoescape=True)


TEXAS = Redated(chosen=_is_texas, where=_texas, zone=lambda entry: _ZONES.get(entry["court"], _CHICAGO))


def upgrade() -> None:
    move_all(TEXAS, to_local)


def downgrade() -> None:
    move_all(TEXAS, to_utc)
