"""Everything durable, in one database: per-source state, entry keys already seen, the outbox, threads.

One module per kind of record, each adding its calls to the one `Store` callers hold, on one shared unit
of work (bot/store/database.py: the engine, one connection or transaction per call):

    sources.py        source state, alerts and poll leases
    entries.py        seen entries, filing marks, the channels told of each filing
    history.py        seen entries read back, with the posts that carried them
    harvest.py        a poll's commit: what it found, across the kinds of record, in one transaction
    outbox.py         messages to deliver and their delivery state
    free_copies.py    sent posts' follow-ups (free copies, previews), CourtListener's answers about documents
    holds.py          delivery holds (a reason a person can fix)
    threads.py        each case's thread per channel
    subscriptions.py  subscriptions made in Slack or by a watch
    mutes.py          cases muted in a channel for a while
    pauses.py         sources paused
    webhooks.py       the webhook inbox
    stories.py        news stories first reported
    heartbeats.py     which processes are alive

SQLite by default (WAL mode, busy timeout), PostgreSQL when the URL says so. The schema (schema.py) is
brought up to date on open by Alembic migrations (migrate.py), safely when several processes open it at once.
"""

from __future__ import annotations

from bot.store.database import DEFAULT_DATABASE_URL, StoreError, engine_for
from bot.store.entries import Entries
from bot.store.free_copies import FollowUp, FreeCopies
from bot.store.harvest import Harvest, Harvests
from bot.store.heartbeats import Heartbeats
from bot.store.history import EntryQuery, History, PostState, SeenEntry
from bot.store.holds import Hold, Holds
from bot.store.mutes import Mutes
from bot.store.outbox import Listed, Outbox, OutboxRow, QueuedDigest, SentPost
from bot.store.pauses import Pauses
from bot.store.sources import QuietPoll, Sources, SourceState
from bot.store.stories import Stories
from bot.store.subscriptions import Made, Subscriptions
from bot.store.threads import Threads
from bot.store.webhooks import Webhooks

__all__ = [
    "DEFAULT_DATABASE_URL", "EntryQuery", "FollowUp", "Harvest", "Hold", "Listed", "Made", "OutboxRow", "PostState",
    "QuietPoll", "SeenEntry",
    "QueuedDigest", "SentPost", "SourceState", "Store", "StoreError", "engine_for",
]


class Store(
    Sources, Entries, History, Harvests, Outbox, FreeCopies, Holds, Threads, Subscriptions, Mutes, Pauses, Webhooks,
    Stories, Heartbeats,
):
    """The store: every kind of record's calls on one database (`Store.open(url)`; see the module docstring)."""
