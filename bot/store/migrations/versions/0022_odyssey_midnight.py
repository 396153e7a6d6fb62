"""The Odyssey portals' entries stored before the odyssey kind had a clock are dated at midnight on their source's
clock, as scrapers/odyssey.py dates them now, instead of midnight UTC: the evening before on an American clock,
where they were sorted among other courts' filings (`entries`, a digest) and counted by `entries --since`.

An Odyssey entry is one of a source the config that opens the store names as an odyssey source, and its clock is
that source's (`OdysseySettings.clock`: its `court:` row's zone in the courts table, else its `timezone:`, else the
config's): the process opening the store hands them in as Alembic's attribute `odyssey_clocks` (source id -> zone
name; bot/store/migrate.py), since neither the source kinds nor the config's clock are in the database. The seen
entries (seen_entries.filed_at and the `filed_at` of seen_entries.entry) and the outbox's copies (a post's entry, a
burst's further entries, a digest's entries) of those sources are moved: a date exactly at 00:00 UTC becomes
00:00 of the same calendar date on the clock (bot/store/migrations/midnight.py, as revisions 0018 and 0019). The entries of a source the
config does not name (any more) stay as they are; so do all of them where the store is opened with no config.
The downgrade moves the same sources' dates back to 00:00 UTC.

Revision ID: 0022
Revises: 0021
"""

from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import context

from bot.store.migrations.midnight import Redated, move_all, to_local, to_utc

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def _odyssey() -> Redated:
    """The entries of the odyssey sources the process opening the store gave clocks for, on those clocks."""
    clocks = {source: ZoneInfo(zone)
              for source, zone in (context.config.attributes.get("odyssey_clocks") or {}).items()}

    def chosen(entry: dict) -> bool:
        return entry.get("source_id") in clocks

    def where(column: sa.ColumnElement) -> sa.ColumnElement[bool]:
        return column["source_id"].as_string().in_(list(clocks))

    return Redated(chosen=chosen, where=where, zone=lambda entry: clocks[entry["source_id"]])


def upgrade() -> None:
    move_all(_odyssey(), to_local)


def downgrade() -> None:
    move_all(_odyssey(), to_utc)
