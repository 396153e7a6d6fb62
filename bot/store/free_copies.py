"""The follow-ups of sent posts (a free copy of the document linked, a picture of its first page in the thread)
and CourtListener's answers about PACER documents, kept so that a document is asked about once.

A post whose document might have a free copy is marked `due` when it is sent (`Outbox.mark_sent`, `follow_up`);
the delivery step claims due follow-ups (`working`, one process each), and records what came of each (`done`,
with a note: "free copy (RECAP) linked; preview 400×518 png, 9,619 bytes", or why nothing was shown).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select, tuple_, update

from bot.core.post import MessageRef, Post
from bot.store.database import Database, upsert
from bot.store.outbox import FOLLOW_UP_DUE as DUE
from bot.store.outbox import post_from_row
from bot.store.schema import outbox, recap_documents
from scrapers.recap import PacerDocument

WORKING = "working"
DONE = "done"


@dataclass(frozen=True)
class FollowUp:
    """A sent post whose document may have a free copy: the outbox row's id, the post, where it was sent."""

    id: int
    post: Post
    sent: MessageRef


class FreeCopies(Database):
    def claim_follow_ups(self, via: Collection[str], limit: int = 20) -> list[FollowUp]:
        """Claims up to `limit` due follow-ups of the posts sent through the notifiers named `via` (`console`,
        `slack`: only the notifier that sent a post can add to it), oldest first; each is this process's to finish
        (`finish_follow_up`). A follow-up left `working` by a process that died is not taken up again: its post is
        out, only its preview is missing."""
        query = select(outbox.c.id).where(*_due(via)).order_by(outbox.c.id).limit(limit)
        claimed = []
        with self.engine.begin() as conn:
            for row_id in conn.execute(query).scalars().all():
                taken = conn.execute(update(outbox).where(outbox.c.id == row_id, outbox.c.follow_up == DUE)
                                     .values(follow_up=WORKING)).rowcount
                if taken:
                    claimed.append(row_id)
            rows = conn.execute(select(outbox).where(outbox.c.id.in_(claimed)).order_by(outbox.c.id)).mappings()
            return [FollowUp(row["id"], post_from_row(row), MessageRef(row["sent_via"], row["remote_id"])) for row in rows]

    def finish_follow_up(self, row_id: int, note: str) -> None:
        """Records what the follow-up of outbox row `row_id` came to (`note`, shown by the status of the post)."""
        with self.engine.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.id == row_id).values(follow_up=DONE, follow_up_note=note))

    def put_back_follow_up(self, row_id: int) -> None:
        """Makes a claimed follow-up due again (a run out of time leaves it to the next)."""
        with self.engine.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.id == row_id).values(follow_up=DUE))

    def count_due_follow_ups(self, via: Collection[str]) -> int:
        """How many follow-ups of the posts sent through the notifiers named `via` are due (waiting for a run)."""
        query = select(func.count()).select_from(outbox).where(*_due(via))
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    def follow_up_note(self, row_id: int) -> tuple[str | None, str | None]:
        """(state, note) of outbox row `row_id`'s follow-up; (None, None) for a post that has none."""
        with self.engine.connect() as conn:
            row = conn.execute(select(outbox.c.follow_up, outbox.c.follow_up_note).where(outbox.c.id == row_id)).one()
            return row.follow_up, row.follow_up_note

    def known_free_copies(self, documents: Iterable[PacerDocument]) -> dict[PacerDocument, str | None]:
        """What CourtListener said of each of `documents` asked about before: its free copy's URL, or None (RECAP
        does not hold it). Documents never asked about are not in the answer."""
        keys = [(document.court, document.pacer_doc_id) for document in set(documents)]
        if not keys:
            return {}
        query = select(recap_documents).where(tuple_(recap_documents.c.court, recap_documents.c.pacer_doc_id).in_(keys))
        with self.engine.connect() as conn:
            return {PacerDocument(row.court, row.pacer_doc_id): row.url for row in conn.execute(query)}

    def save_free_copies(self, answers: dict[PacerDocument, str | None], now: datetime) -> None:
        """Keeps CourtListener's answers (a document's free copy, or None), asked at `now`."""
        if not answers:
            return
        with self.engine.begin() as conn:
            for document, url in answers.items():
                statement = upsert(conn, recap_documents).values(
                    court=document.court, pacer_doc_id=document.pacer_doc_id, url=url, asked_at=now)
                conn.execute(statement.on_conflict_do_update(
                    index_elements=["court", "pacer_doc_id"], set_={"url": url, "asked_at": now}))


def _due(via: Collection[str]) -> tuple[ColumnElement[bool], ...]:
    """The conditions of a due follow-up of a post sent through one of the notifiers named `via`."""
    return outbox.c.follow_up == DUE, outbox.c.sent_via.in_(sorted(via))
