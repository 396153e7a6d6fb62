"""The outbox: each message to deliver (a post about an entry, an ops notice, a digest) until it is sent, and its
delivery state (pending, sending under a claim, sent, failed for good; held: bot/store/holds.py).

A message to a Slack channel is for the notifier the process that queued it had for Slack's channels
(`queued_for`: `slack`, or `console` without a token; Database.slack_notifier): only a process with that notifier
claims it, so that a `check` run without SLACK_BOT_TOKEN leaves the posts queued for Slack alone (and prints its
own), and order is kept among the messages of one notifier. A message from before revision 0017, or queued by a
store no App set up, is for any notifier. A store that posts to Slack (`posts_to_slack`, a row of docketbot_meta) has
what a process without a token queues to its Slack channels queued for Slack too (bot/app.py), so that the worker
with the token posts it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, exists, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from bot.core.destinations import SLACK, notifier_of
from bot.core.digest import Digest
from bot.core.entry import Entry
from bot.core.notice import Notice
from bot.core.post import Correction, Item, MessageRef, Part, Post, Queued
from bot.store.database import upsert, utc
from bot.store.holds import Hold, Holds, lift, obeyed, of_notifier
from bot.store.schema import delivery_holds, entry_posts, meta, outbox, undelivered

FOLLOW_UP_DUE = "due"  # a sent post's follow-up waits (bot/store/free_copies.py)
# The source_id of a digest's outbox row: no source's id (those hold only letters, digits, - and _).
DIGEST = "@digest"
# The docketbot_meta row that says a store posts to Slack (see Outbox.posts_to_slack), written by a process with
# SLACK_BOT_TOKEN when it gets ready to deliver (mark_posts_to_slack), with the first message queued for Slack
# (add_posts, add_notice, add_digest) and, for a store from before, by revision 0021 from its outbox; its value:
# when first written (ISO 8601, UTC).
POSTS_TO_SLACK = "posts_to:slack"
# The status of an ops notice dropped before it went out, no longer true (Outbox.drop_notices): kept, never sent.
DROPPED = "dropped"
NOTICE_KEY = "notice:"  # how the entry_key of an ops notice's row begins (queue_notice, Store.set_alert)


@dataclass(frozen=True)
class OutboxRow:
    """A queued message: a post about an entry, an ops notice (`notice`, no post) or a digest (`digest`, no post)."""

    id: int
    channel: str
    post: Post | None
    notice: Notice | None
    thread_key: str
    attempts: int
    next_attempt_at: datetime
    digest: Digest | None = None
    created_at: datetime | None = None  # when it was queued (UTC)


@dataclass(frozen=True)
class QueuedDigest:
    """A digest in the outbox: its destination, the digest, its status (pending, sending, sent, held, failed…),
    when it was queued and when sent (None: not yet), UTC."""

    channel: str
    digest: Digest
    status: str
    created_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True)
class Listed:
    """An undelivered message as `python -m bot outbox` lists it; `status` is pending, sending, held or failed."""

    id: int
    channel: str
    status: str
    created_at: datetime
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    post: Post | None
    notice: Notice | None
    digest: Digest | None = None
    queued_for: str | None = None  # the notifier it waits for (see queued_for; None: any)


@dataclass(frozen=True)
class SentPost:
    """A post delivered, as the status page lists it: where the notifier put it (`ref`: the notifier and its own
    id of the message; None for a row sent before references were kept) and when (`sent_at`, UTC)."""

    channel: str
    post: Post
    sent_at: datetime
    ref: MessageRef | None
    follow_up: str | None = None  # what followed it (a free copy, a preview; bot/store/free_copies.py), once done


def queued_for(destination: str, slack_notifier: str | None) -> str | None:
    """What a message to `destination` queued by a process delivering Slack's channels through `slack_notifier`
    records as the notifier it is for (None: any; only a Slack channel's message names one)."""
    return slack_notifier if notifier_of(destination) == SLACK else None


def mark_slack(conn: Connection, now: datetime) -> None:
    """Records that the store posts to Slack (POSTS_TO_SLACK), unless it is recorded already (the first kept)."""
    conn.execute(upsert(conn, meta).values(name=POSTS_TO_SLACK, value=now.isoformat())
                 .on_conflict_do_nothing(index_elements=["name"]))


def for_notifier(name: str) -> ColumnElement[bool]:
    """SQL for the outbox rows notifier `name` (Notifier.name) may deliver: those queued for it or for any."""
    return or_(outbox.c.queued_for.is_(None), outbox.c.queued_for == name)


def outbox_key(entry_key: str, revision: str) -> str:
    """The outbox's key of a post about the entry `entry_key`: the entry's key, and for a correction `#<revision>`
    (bot/core/post.py Queued), so that a channel gets one post per entry and revision."""
    return f"{entry_key}#{revision}" if revision else entry_key


def is_correction(key: str, entry_key: str) -> bool:
    """Whether the outbox's `key` is that of a correction of the entry `entry_key` (see outbox_key)."""
    return key.startswith(f"{entry_key}#")


def _outbox_row(source_id: str, item: Queued, now: datetime, slack_notifier: str | None) -> dict:
    return {
        "channel": item.post.channel,
        "queued_for": queued_for(item.post.channel, slack_notifier),
        "source_id": source_id,
        "entry_key": outbox_key(item.post.entry.key, item.revision),
        "thread_key": item.thread_key,
        "events": list(item.post.events),
        "entry": item.post.entry.to_json(),
        "folded": [{"entry": i.entry.to_json(), "events": list(i.events)} for i in item.post.folded] or None,
        "echo_of": item.post.echo_of or None,
        "part": [item.post.part.number, item.post.part.of, item.post.part.entries] if item.post.part else None,
        "preview": item.post.preview,
        "correction": item.post.correction.to_json() if item.post.correction else None,
        "status": "pending",
        "attempts": 0,
        "created_at": now,
        "next_attempt_at": now,
    }


def _outbox_row_from(row: Mapping) -> OutboxRow:
    return OutboxRow(
        id=row["id"],
        channel=row["channel"],
        post=None if row["notice"] is not None or row["digest"] is not None else post_from_row(row),
        notice=Notice.from_json(row["notice"]) if row["notice"] is not None else None,
        thread_key=row["thread_key"],
        attempts=row["attempts"],
        next_attempt_at=utc(row["next_attempt_at"]),
        digest=Digest.from_json(row["digest"]) if row["digest"] is not None else None,
        created_at=utc(row["created_at"]),
    )


def post_from_row(row: Mapping) -> Post:
    folded = tuple(Item(Entry.from_json(i["entry"]), tuple(i["events"])) for i in row["folded"] or ())
    part = Part(*row["part"]) if row["part"] else None
    correction = Correction.from_json(row["correction"]) if row["correction"] is not None else None
    return Post(row["channel"], Entry.from_json(row["entry"]), tuple(row["events"]), folded, row["echo_of"] or "", part,
                preview=row["preview"] is not False, correction=correction)


def carried_text(entry: Mapping, folded: Sequence[Mapping] | None, key: str) -> str | None:
    """The text of the entry `key` as a post's outbox row carries it (`entry` and `folded`, as stored): the post's
    entry's, or a burst's listed entry's; None when the row does not carry it."""
    for carried in [entry, *(item["entry"] for item in folded or ())]:
        if carried.get("key") == key:
            return str(carried.get("text", ""))
    return None


def add_posts(
    conn: Connection, source_id: str, queued: Sequence[Queued], now: datetime, slack_notifier: str | None,
) -> None:
    """Queues the source's posts, due now, each linked to the entries it carries (`entry_posts`); those to Slack
    channels for `slack_notifier` (see queued_for; one for Slack records that the store posts to Slack)."""
    if queued:
        rows = [_outbox_row(source_id, item, now, slack_notifier) for item in queued]
        ids = conn.execute(insert(outbox).returning(outbox.c.id, sort_by_parameter_order=True), rows).scalars().all()
        if any(row["queued_for"] == SLACK for row in rows):
            mark_slack(conn, now)
        links = {(item.entry.key, row_id) for queued_post, row_id in zip(queued, ids) for item in queued_post.post.items}
        conn.execute(insert(entry_posts), [{"source_id": source_id, "entry_key": key, "outbox_id": row_id}
                                           for key, row_id in sorted(links)])


def add_notice(
    conn: Connection, source_id: str, notice: tuple[str, Notice], key: str, now: datetime, slack_notifier: str | None,
) -> None:
    """Queues an ops notice, (channel, notice), about the source ("" for none) under a key of its own, due now; to a
    Slack channel for `slack_notifier` (see queued_for; for Slack, recording that the store posts to Slack)."""
    channel, value = notice
    notifier = queued_for(channel, slack_notifier)
    conn.execute(
        insert(outbox).values(
            channel=channel, source_id=source_id, entry_key=key, thread_key="", events=[], entry={},
            notice=value.to_json(), queued_for=notifier, status="pending", attempts=0, created_at=now,
            next_attempt_at=now,
        )
    )
    if notifier == SLACK:
        mark_slack(conn, now)


def free_dead_claims(conn: Connection, alive: Callable[[str], bool]) -> int:
    """Puts back in the queue the messages being sent by processes that `alive` says are gone; returns how many."""
    freed = 0
    sending = select(outbox.c.claimed_by).where(outbox.c.status == "sending").distinct()
    for holder in conn.execute(sending).scalars():
        if holder and not alive(holder):
            freed += conn.execute(
                update(outbox)
                .where(outbox.c.claimed_by == holder, outbox.c.status == "sending")
                .values(status="pending", claimed_by=None, claimed_until=None)
            ).rowcount
    return freed


def add_digest(
    conn: Connection, digest: Digest, now: datetime, slack_notifier: str | None, again: bool = False
) -> bool:
    """Queues a digest, due now, under its destination and key (Digest.key), to a Slack channel for `slack_notifier`
    (see queued_for; for Slack, recording that the store posts to Slack); False, queueing nothing, when that digest
    is in the outbox already (another worker queued it): the store lets each in once. `again` queues it even so,
    under its key and `now` (`digest --force`)."""
    notifier = queued_for(digest.channel, slack_notifier)
    key = f"{digest.key}@{now.isoformat()}" if again else digest.key
    inserted = conn.execute(
        upsert(conn, outbox).values(
            channel=digest.channel, source_id=DIGEST, entry_key=key, thread_key="", events=[], entry={},
            queued_for=notifier, digest=digest.to_json(), status="pending", attempts=0, created_at=now,
            next_attempt_at=now,
        ).on_conflict_do_nothing(index_elements=["channel", "source_id", "entry_key"]).returning(outbox.c.id)
    ).first()
    if inserted is not None and notifier == SLACK:
        mark_slack(conn, now)
    return inserted is not None


class Outbox(Holds):
    def queue_digest(self, digest: Digest, now: datetime, again: bool = False) -> bool:
        """Queues a digest once (see add_digest; `again`: even so); True when this call queued it."""
        with self.engine.begin() as conn:
            return add_digest(conn, digest, now, self.slack_notifier, again)

    def digests_queued(
        self, limit: int | None = 50, channel: str | None = None, key: str | None = None, sent_only: bool = False
    ) -> list[QueuedDigest]:
        """The digests in the outbox, newest queued first, at most `limit` (None: all): all, or those to `channel`, or those
        queued under `key` (Digest.key, also when queued again under it with --force); with `sent_only`, only
        those delivered."""
        query = select(outbox).where(outbox.c.source_id == DIGEST, outbox.c.digest.is_not(None))
        if sent_only:
            query = query.where(outbox.c.sent_at.is_not(None))
        if channel is not None:
            query = query.where(outbox.c.channel == channel)
        if key is not None:
            query = query.where(or_(outbox.c.entry_key == key, outbox.c.entry_key.startswith(f"{key}@")))
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(outbox.c.id.desc()).limit(limit)).mappings().all()
        return [
            QueuedDigest(row["channel"], Digest.from_json(row["digest"]), row["status"], utc(row["created_at"]),
                         utc(row["sent_at"]))
            for row in rows
        ]

    def queue_notice(self, channel: str, notice: Notice, now: datetime) -> None:
        """Queues an ops notice that belongs to no source (a refused config file, say)."""
        with self.engine.begin() as conn:
            add_notice(conn, "", (channel, notice), f"{NOTICE_KEY}{uuid.uuid4().hex}", now, self.slack_notifier)

    def drop_notices(self, wanted: Callable[[Notice], bool], why: str) -> list[OutboxRow]:
        """Drops the ops notices not yet delivered (pending, not being sent, or failed) that `wanted` picks: they are
        kept as `dropped`, with `why` as their last error, and never sent. Returns them, oldest first, so that the
        caller says so (a notice no longer true: a refused config file that loads now)."""
        waiting = outbox.c.status.in_(("pending", "failed"))
        query = select(outbox).where(outbox.c.entry_key.startswith(NOTICE_KEY), waiting).order_by(outbox.c.id)
        with self.engine.begin() as conn:
            rows = [_outbox_row_from(row) for row in conn.execute(query).mappings()]
            picked = [row for row in rows if row.notice is not None and wanted(row.notice)]
            if not picked:
                return []
            done = set(conn.execute(  # (but one a process claimed meanwhile)
                update(outbox).where(outbox.c.id.in_([row.id for row in picked]), waiting)
                .values(status=DROPPED, last_error=why).returning(outbox.c.id)
            ).scalars())
        return [row for row in picked if row.id in done]

    def pending_outbox(self, limit: int = 200) -> list[OutboxRow]:
        """Messages not yet delivered, oldest first (including those waiting for a retry)."""
        query = select(outbox).where(undelivered(outbox)).order_by(outbox.c.id).limit(limit)
        with self.engine.connect() as conn:
            return [_outbox_row_from(row) for row in conn.execute(query).mappings()]

    def claim_next(
        self, holder: str, now: datetime, lease: timedelta, hold_retry: timedelta = timedelta(minutes=5),
        token: str | None = None, notifier: str | None = None, skip: Collection[str] = (), via: str | None = None,
    ) -> OutboxRow | None:
        """Claims the next message to send, or None: the oldest undelivered message of its channel, if due;
        one for notifier `notifier` (bot/core/destinations.py; None: for any), of none of the channels `skip`
        names (those the caller is still spacing posts to), that the notifier named `via` may deliver (Notifier.name:
        a Slack channel's message queued for another one, say Slack's for the console, waits; None: any).

        A channel's messages go out one at a time and in order, whichever process sends them (among those queued
        for one notifier: a message for another does not hold back the channel's later ones). A claim
        expires after `lease`, so the messages of a process that died go out from another one (at most
        one duplicate: a post Slack took just before the death). Messages under a hold (see `hold`) wait;
        when a hold's retry is due, one process claims one message to try it, and the hold's next retry
        moves `hold_retry` on, so that the other processes keep waiting. Only the holds of `token` (the
        fingerprint this process posts with; None: any) count.
        """
        holds = {hold.scope: hold for hold in self.holds(token)}
        workspace = holds.get("")
        if workspace is not None and workspace.next_try_at > now:
            return None
        waiting = or_(outbox.c.status == "pending", and_(outbox.c.status == "sending", outbox.c.claimed_until <= now))
        earlier = outbox.alias("earlier")
        first_of_channel = ~exists().where(
            earlier.c.channel == outbox.c.channel,
            earlier.c.id < outbox.c.id,
            undelivered(earlier),
            or_(earlier.c.queued_for.is_(None), outbox.c.queued_for.is_(None),
                earlier.c.queued_for == outbox.c.queued_for),
        )
        candidate = (  # `undelivered` (implied by `waiting`) lets the database use its partial indexes
            select(outbox.c.id, outbox.c.channel)
            .where(undelivered(outbox), waiting, first_of_channel, outbox.c.next_attempt_at <= now)
            .order_by(outbox.c.id)
            .limit(1)
        )
        blocked = [scope for scope, hold in holds.items() if scope and hold.next_try_at > now] + list(skip)
        if blocked:
            candidate = candidate.where(outbox.c.channel.not_in(blocked))
        if notifier is not None:
            candidate = candidate.where(of_notifier(notifier))
        if via is not None:
            candidate = candidate.where(for_notifier(via))
        if self.engine.dialect.name == "postgresql":
            candidate = candidate.with_for_update(skip_locked=True, of=outbox)
        for _ in range(10):  # another process may take the candidate first: look again
            with self.engine.begin() as conn:
                found = conn.execute(candidate).first()
                if found is None:
                    return None
                for scope in ("", found.channel):  # a due hold: this process tries it, the others wait
                    if scope in holds and not conn.execute(
                        update(delivery_holds)
                        .where(delivery_holds.c.scope == scope, delivery_holds.c.token == holds[scope].token,
                               delivery_holds.c.next_try_at <= now)
                        .values(next_try_at=now + hold_retry)
                    ).rowcount:
                        return None
                claimed = conn.execute(
                    update(outbox)
                    .where(outbox.c.id == found.id, waiting)
                    .values(status="sending", claimed_by=holder, claimed_until=now + lease)
                ).rowcount
                if claimed:
                    return _outbox_row_from(conn.execute(select(outbox).where(outbox.c.id == found.id)).mappings().one())
        return None

    def outbox_listing(self, limit: int = 1000, token: str | None = None) -> list[Listed]:
        """Undelivered and failed messages, oldest first; a pending message under a hold (of `token`; None: any)
        is listed as held."""
        held = {hold.scope for hold in self.holds(token)}
        query = (
            select(outbox).where(outbox.c.status.in_(("pending", "sending", "failed"))).order_by(outbox.c.id).limit(limit)
        )
        listed = []
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                status = row["status"]
                workspace = "" in held and notifier_of(row["channel"]) == SLACK  # (only Slack holds every channel)
                if status != "failed" and (workspace or row["channel"] in held):
                    status = "held"
                message = _outbox_row_from(row)
                listed.append(
                    Listed(row["id"], row["channel"], status, utc(row["created_at"]), row["attempts"],
                           utc(row["next_attempt_at"]), row["last_error"], message.post, message.notice,
                           message.digest, row["queued_for"])
                )
        return listed

    def queued_for_others(self, name: str) -> dict[str, int]:
        """Undelivered messages that notifier `name` (Notifier.name) leaves alone, queued for another, by its name
        (`{"slack": 2}` for a process without a token)."""
        query = (
            select(outbox.c.queued_for, func.count())
            .where(undelivered(outbox), ~for_notifier(name))
            .group_by(outbox.c.queued_for)
        )
        with self.engine.connect() as conn:
            return {notifier: count for notifier, count in conn.execute(query).all()}

    def waiting_for(self, name: str) -> tuple[int, datetime | None]:
        """The undelivered messages queued for notifier `name` (Notifier.name) alone: how many, and when the oldest
        was queued (UTC; None when none is)."""
        query = select(func.count(), func.min(outbox.c.created_at)).where(undelivered(outbox), outbox.c.queued_for == name)
        with self.engine.connect() as conn:
            count, oldest = conn.execute(query).one()
        return count, utc(oldest)

    def mark_posts_to_slack(self, now: datetime) -> None:
        """Records that this store's posts go to Slack (a process with SLACK_BOT_TOKEN gets ready to deliver); the
        first such record is kept."""
        with self.engine.begin() as conn:
            mark_slack(conn, now)

    def posts_to_slack(self) -> bool:
        """Whether this store's posts go to Slack: a process with SLACK_BOT_TOKEN got ready to deliver from it
        (mark_posts_to_slack), or a message was queued for Slack (add_posts), or, in a store from before revision
        0021, its outbox held a message queued for Slack or sent through it (the revision records it). A
        console-only install (no process ever had a token) is not one. One lookup by primary key, whatever the
        outbox holds: every command asks it as it starts (bot/app.py)."""
        with self.engine.connect() as conn:
            return conn.execute(select(meta.c.name).where(meta.c.name == POSTS_TO_SLACK)).first() is not None

    def hand_over(self, notifier: str, to: str, now: datetime) -> int:
        """Queues for notifier `to` the messages waiting for notifier `notifier` (Notifier.name) that no process is
        sending, due now: a shell with SLACK_BOT_TOKEN takes over the posts a process without it queued and never
        printed (a tokenless `check` cut short). Returns how many."""
        with self.engine.begin() as conn:
            return conn.execute(
                update(outbox)
                .where(outbox.c.queued_for == notifier, outbox.c.status == "pending")
                .values(queued_for=to, next_attempt_at=now)
            ).rowcount

    def requeue_failed(self, now: datetime) -> int:
        """Puts every message that failed for good back in the queue, due now; returns how many."""
        with self.engine.begin() as conn:
            return conn.execute(
                update(outbox)
                .where(outbox.c.status == "failed")
                .values(status="pending", attempts=0, next_attempt_at=now, claimed_by=None, claimed_until=None)
            ).rowcount

    def due_now(self, now: datetime, via: str | None = None) -> int:
        """Makes due at `now` the queued messages waiting out a retry's delay (a passing failure: Slack down), of those
        the notifier named `via` may deliver (Notifier.name; None: any), keeping their tries; returns how many."""
        waiting = and_(undelivered(outbox), outbox.c.status == "pending", outbox.c.next_attempt_at > now)
        if via is not None:
            waiting = and_(waiting, for_notifier(via))
        with self.engine.begin() as conn:
            return conn.execute(update(outbox).where(waiting).values(next_attempt_at=now)).rowcount

    def mark_sent(
        self, row_id: int, channel: str, sent: MessageRef, now: datetime, token: str | None = None,
        follow_up: bool = False,
    ) -> list[Hold]:
        """Marks the message sent and lifts the holds it proved wrong (its channel's, the workspace's), of the
        token it was sent with (`token`; None: of any token). With `follow_up`, its follow-up (a free copy of
        its document, a preview: bot/store/free_copies.py) is due.

        Returns the holds lifted, so that the caller can say deliveries resumed.
        """
        with self.engine.begin() as conn:
            conn.execute(
                update(outbox)
                .where(outbox.c.id == row_id)
                .values(status="sent", sent_at=now, sent_via=sent.notifier, remote_id=sent.id, last_error=None,
                        follow_up=FOLLOW_UP_DUE if follow_up else None)
            )
            return lift(conn, and_(delivery_holds.c.scope.in_(("", channel)), obeyed(token)))

    def mark_retry(self, row_id: int, error: str, next_attempt_at: datetime) -> None:
        """Puts the message back in the queue after a failed attempt, due at `next_attempt_at`, with its error."""
        self._update_outbox(
            row_id, status="pending", claimed_by=None, claimed_until=None, attempts=outbox.c.attempts + 1,
            last_error=error, next_attempt_at=next_attempt_at,
        )

    def mark_failed(self, row_id: int, error: str) -> None:
        """Gives the message up after a failed attempt (`python -m bot outbox --retry` queues it again)."""
        self._update_outbox(row_id, status="failed", attempts=outbox.c.attempts + 1, last_error=error)

    def _update_outbox(self, row_id: int, **values: object) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.id == row_id).values(**values))

    def recent_posts(self, limit: int = 50) -> list[SentPost]:
        """The last `limit` posts sent (not ops notices), newest first."""
        query = (
            select(outbox)
            .where(outbox.c.sent_at.is_not(None), outbox.c.notice.is_(None), outbox.c.digest.is_(None))
            .order_by(outbox.c.sent_at.desc(), outbox.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [SentPost(row["channel"], post_from_row(row), utc(row["sent_at"]),
                             MessageRef(row["sent_via"], row["remote_id"]) if row["sent_via"] else None,
                             row["follow_up_note"])
                    for row in conn.execute(query).mappings()]

    def outbox_counts(self, token: str | None = None) -> dict[str, int]:
        """Messages by status: pending, sending, sent, failed, and held (undelivered ones under a hold of
        `token`; None: of any token)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(outbox.c.status, func.count()).group_by(outbox.c.status)).all()
        counts = {status: count for status, count in rows}
        held = self.held_counts(token)
        if held:
            total = held[""] if "" in held else sum(held.values())
            pending_held = min(total, counts.get("pending", 0))
            counts["held"] = pending_held
            counts["pending"] = counts.get("pending", 0) - pending_held
            counts = {status: count for status, count in counts.items() if count}
        return counts
