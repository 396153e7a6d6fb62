"""CourtListener's entries stored at midnight UTC (its `date_filed` is a date alone) are dated at midnight on their
court's clock, as scrapers/courtlistener.py dates them now: a filing of 30 November in New York was shown as
29 November 19:00 EST, and sorted and digested on that day.

A CourtListener entry is one whose key (in the entry's JSON) begins with `cl:` (a docket's entries, a search's, a
webhook's). A date is moved only if it sits exactly at 00:00 UTC: it becomes 00:00 of the same calendar date in the
zone of the entry's `court` below (the federal courts of the court table bot/core/courts.tsv, CourtListener's own
ids for a few among them, written here since a migration does not import the app). An entry of a court not listed
(the Supreme Court, a state court, a webhook's entry whose docket could not be read) stays at 00:00 UTC, as the
scraper dates it: the bot shows a court's dates in UTC when it has no zone for it, so the date is the one
CourtListener gave. Where: the seen entries and the outbox's copies (bot/store/migrations/midnight.py, as revision
0018 for the Texas courts). The downgrade moves the same dates back to 00:00 UTC.

Revision ID: 0019
Revises: 0018
"""

from zoneinfo import ZoneInfo

import sqlalchemy as sa

from bot.store.migrations.midnight import Redated, move_all, to_local, to_utc

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# The court ids of each zone (bot/core/courts.tsv, its federal courts, as of this revision)
_COURTS = {
    "America/New_York": (
        "bap1 bap2 bap6 ca1 ca11 ca2 ca3 ca4 ca6 cadc cafc cavc cit cofc ctb ctd dcb dcd deb ded flmb flmd "
        "flnb flnd flsb flsd gamb gamd ganb gand gasb gasd jpml kyeb kyed mab mad mdb mdd meb med nceb nced "
        "ncmb ncmd ncwb ncwd nhb nhd njb njd nyeb nyed nynb nynd nysb nysd nywb nywd ohnb ohnd ohsb ohsd paeb "
        "paed pamb pamd pawb pawd rib rid scb scd tneb tned uscfc vaeb vaed vawb vawd vtb vtd wvnb wvnd wvsb "
        "wvsd"
    ),
    "America/Chicago": (
        "almb almd alnb alnd alsb alsd arb areb ared arwb arwd bap8 ca5 ca7 ca8 ianb iand iasb iasd ilcb ilcd "
        "ilnb ilnd ilsb ilsd ksb ksd laeb laed lamb lamd lawb lawd mnb mnd moeb moed mowb mowd msnb msnd mssb "
        "mssd ndb ndd neb ned okeb oked oknb oknd okwb okwd sdb sdd tnmb tnmd tnwb tnwd txeb txed txnb txnd "
        "txsb txsd txwb txwd wieb wied wiwb wiwd"
    ),
    "America/Los_Angeles": "bap9 ca9 cacb cacd caeb caed canb cand casb casd nvb nvd orb ord waeb waed wawb wawd",
    "America/Denver": "bap10 ca10 cob cod mtb mtd nmb nmd utb utd wyb wyd",
    "America/Indiana/Indianapolis": "innb innd insb insd",
    "America/Detroit": "mieb mied miwb miwd",
    "America/Anchorage": "akb akd",
    "America/Phoenix": "azb azd",
    "Pacific/Guam": "gub gud",
    "Pacific/Honolulu": "hib hid",
    "America/Boise": "idb idd",
    "America/Kentucky/Louisville": "kywb kywd",
    "Pacific/Saipan": "nmib nmid",
    "America/Puerto_Rico": "prb prd",
    "America/St_Thomas": "vib vid",
}
_ZONES = {court: ZoneInfo(zone) for zone, courts in _COURTS.items() for court in courts.split()}


def _is_courtlistener(entry: dict) -> bool:
    key = entry.get("key")
    return isinstance(key, str) and key.startswith("cl:")


def _courtlistener(column: sa.ColumnElement) -> sa.ColumnElement[bool]:
    """Whether a JSON entry column holds a CourtListener entry."""
    return column["key"].as_string().startswith("cl:", autoescape=True)


def _zone(entry: dict) -> ZoneInfo | None:
    court = entry.get("court")
    return _ZONES.get(court.lower()) if isinstance(court, str) else None


COURTLISTENER = Redated(chosen=_is_courtlistener, where=_courtlistener, zone=_zone)


def upgrade() -> None:
    move_all(COURTLISTENER, to_local)


def downgrade() -> None:
    move_all(COURTLISTENER, to_utc)
