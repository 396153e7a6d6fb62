"""The store's tables (SQLAlchemy Core), as the migrations in bot/store/migrations/versions make them."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    literal_column,
)
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql.expression import ColumnElement, FromClause
from sqlalchemy.types import TypeDecorator

metadata = MetaData()


class UtcDateTime(TypeDecorator):
    """A moment, stored in UTC: an aware datetime on any clock (a digest's period on the config's) is turned to UTC
    before it is written or compared, since SQLite keeps the wall-clock digits and drops the zone."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value.astimezone(UTC)
        return value


meta = Table(
    "docketbot_meta",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", String(256), nullable=False),
)

source_state = Table(
    "source_state",
    metadata,
    Column("source_id", String(128), primary_key=True),
    Column("baseline_at", UtcDateTime()),
    Column("last_poll_at", UtcDateTime()),
    Column("last_success_at", UtcDateTime()),
    Column("last_status", String(16), nullable=False, default="never"),
    Column("last_error", Text),
    Column("failures_in_row", Integer, nullable=False, default=0),
    Column("entries_known", Integer, nullable=False, default=0),
    Column("last_parsed", Integer),
    Column("alert", String(16)),  # None, "failing" or "stale": an ops alert was sent and not yet cleared
    Column("lease_holder", String(128)),  # the process polling the source now, until lease_until
    Column("lease_until", UtcDateTime()),
    Column("last_skipped", Integer),  # items the last successful poll read and skipped
    Column("last_skip_note", Text),  # why, per reason: "title has no docket number (3), e.g. 'Xyz'"
    # a news source's stories are known by: "link" or "title" once a poll found its guids (then links) wanting;
    # NULL: by their guids (scrapers/news_identity.py)
    Column("story_key", String(8)),
    Column("settings", String(64)),  # a digest of the source's settings at its last poll (SourceConfig.digest)
    # What the last kept poll saw at each of the source's URLs, so that a new process skips an unchanged page too:
    # {"settings": the SourceConfig.digest it was polled with, "pages": {url: [ETag, Last-Modified, sha256]}}
    Column("validators", JSON),
    # the entries the last successful poll kept without a readable date: "1 entry without a readable date: row 3
    # '2026-11-25' does not match %m/%d/%Y" (scrapers.base.undated_note); NULL: none
    Column("last_undated_note", Text),
    # the same of the entries the last webhook pushed for the source (Poller.ingest); NULL: none
    Column("last_pushed_undated_note", Text),
    # While last_status is "paused" (bot/store/pauses.py): when the pause began (the stored pause's since, or the
    # first turn a `paused: true` skipped; NULL: paused by a release before revision 0016) and when `resume` ended
    # it (NULL: not resumed, or by the config): the first poll after records only what was filed between the two
    # without a post
    Column("paused_since", UtcDateTime()),
    Column("resumed_at", UtcDateTime()),
)

seen_entries = Table(
    "seen_entries",
    metadata,
    Column("source_id", String(128), nullable=False),
    Column("entry_key", String(256), nullable=False),
    Column("case_number", String(128), nullable=False, default=""),
    Column("text", Text, nullable=False, default=""),
    Column("first_seen_at", UtcDateTime(), nullable=False),
    # a record of a filing first seen as another record (bot/pipeline/diff.py): that one's filing id, "<source>|<key>";
    # NULL for the first record of a filing, whose filing id is its own
    Column("filing", String(400)),
    Column("entry", JSON(none_as_null=True)),  # the entry as parsed (Entry.to_json); NULL in entries stored before revision 0009
    Column("events", JSON(none_as_null=True)),  # its event types when stored (or corrected); NULL before revision 0009
    Column("filed_at", UtcDateTime()),  # when the court says it was filed, if it says
    Column("held", String(128)),  # why it was recorded without a post (bot/pipeline/run.py FIRST_POLL, ...); NULL: routed
    PrimaryKeyConstraint("source_id", "entry_key"),
    Index("ix_seen_entries_first_seen_at", "first_seen_at"),  # digests (bot/pipeline/digest.py)
    Index("seen_entries_case_number", "case_number"),
    Index("seen_entries_filed_at", "filed_at"),
)

# The court's edits of seen entries (bot/store/entries.py correct_texts), one row per edit: when the poll recorded it,
# the entry's event types before and after it, and the entry as edited. A digest lists an entry seen before its
# period that its edits during the period made news (bot/pipeline/digest.py). Edits before revision 0024: none.
entry_corrections = Table(
    "entry_corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", String(128), nullable=False),
    Column("entry_key", String(256), nullable=False),
    Column("corrected_at", UtcDateTime(), nullable=False),
    Column("before", JSON, nullable=False),
    Column("events", JSON, nullable=False),
    Column("entry", JSON, nullable=False),
    Index("entry_corrections_corrected_at", "corrected_at"),
)

# Which outbox message carried each seen entry (a burst carries several), for `why` and `entries`.
entry_posts = Table(
    "entry_posts",
    metadata,
    Column("source_id", String(128), nullable=False),
    Column("entry_key", String(256), nullable=False),
    Column("outbox_id", Integer, nullable=False),
    PrimaryKeyConstraint("source_id", "entry_key", "outbox_id", name="entry_posts_key"),
)

# What may make a seen entry one filing with another record (bot/pipeline/diff.py filing_marks): a mark such as
# "nysd|1:17-cr-554|no:45" for each seen entry that has one.
filing_marks = Table(
    "filing_marks",
    metadata,
    Column("mark", String(320), nullable=False),
    Column("source_id", String(128), nullable=False),
    Column("entry_key", String(256), nullable=False),
    PrimaryKeyConstraint("mark", "source_id", "entry_key"),
)

# The channels told of each filing (by any of its records), so that another record of it, from another
# source, is news only in the channels that were not.
filing_posts = Table(
    "filing_posts",
    metadata,
    Column("filing", String(400), nullable=False),
    Column("channel", String(128), nullable=False),
    PrimaryKeyConstraint("filing", "channel"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("channel", String(128), nullable=False),
    Column("source_id", String(128), nullable=False),
    Column("entry_key", String(256), nullable=False),
    Column("thread_key", String(256), nullable=False),
    Column("events", JSON, nullable=False),
    Column("entry", JSON, nullable=False),  # {} for a notice
    Column("notice", JSON),  # an ops notice, as a value (bot/core/notice.py Notice.to_json)
    Column("folded", JSON),  # a burst: the further entries of the case, [{"entry": ..., "events": [...]}]
    Column("echo_of", String(256)),  # a news story's later report: the outlet that reported it first
    Column("part", JSON),  # a burst in several messages: [this message's number, messages, entries in all]
    Column("digest", JSON),  # a digest (bot/core/digest.py Digest.to_json); entry_key is its key, source_id DIGEST
    # a post correcting an earlier one (bot/core/post.py Correction.to_json): the text posted before, its types,
    # those of the channel's the edit added and took back; NULL for any other message (and a correction queued
    # before revision 0023)
    Column("correction", JSON(none_as_null=True)),
    Column("claimed_by", String(128)),  # status "sending": the process sending it, until claimed_until
    Column("claimed_until", UtcDateTime()),
    Column("status", String(16), nullable=False, default="pending", index=True),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("next_attempt_at", UtcDateTime(), nullable=False),
    Column("sent_at", UtcDateTime()),
    Column("sent_via", String(32)),  # the notifier that delivered it (`slack`, `console`, `apprise`)
    # a Slack channel's message: the notifier the process that queued it delivers Slack's channels through
    # (`slack`, or `console` without a token), the only one that delivers it; NULL: any (another destination's,
    # or a message from before revision 0017)
    Column("queued_for", String(32)),
    Column("remote_id", String(160)),  # its id for the message, which only that notifier reads
    Column("preview", Boolean),  # whether a first-page preview may follow the post (None: yes, a row from before)
    Column("follow_up", String(16), index=True),  # a sent post's free copy and preview: due, working, done
    Column("follow_up_note", Text),  # what the follow-up showed, or why it showed nothing
    UniqueConstraint("channel", "source_id", "entry_key", name="outbox_once_per_channel"),
)


def undelivered(table: FromClause) -> ColumnElement[bool]:
    """`status IN ('pending', 'sending')` on the outbox (or an alias of it): a message still to deliver. Its values
    are written in the query, not bound, so that SQLite sees it is the predicate of the partial indexes below."""
    return table.c.status.in_([literal_column("'pending'"), literal_column("'sending'")])


def _undelivered_only(index: Index, connection: Connection, **_kw: Any) -> None:
    """Gives an undelivered index its WHERE in the dialect of the DDL being run (`sqlite_where`, `postgresql_where`,
    as migration 0013 wrote them). Given where the index is defined, `postgresql_where` would import SQLAlchemy's
    PostgreSQL dialect into every process that imports the store (tens of ms of a `check`'s start), SQLite or not."""
    index.dialect_options[connection.dialect.name]["where"] = undelivered(outbox)


# Partial indexes, so that the cost of claiming or listing one message does not grow with the backlog or the
# history: the undelivered messages in order (the claim's scan), each channel's undelivered messages in order
# (the claim's "no earlier message of its channel" check); and the sent ones by time (the status page's latest posts:
# only a message sent has a sent_at).
for _index in (Index("outbox_undelivered", outbox.c.id),
               Index("outbox_undelivered_by_channel", outbox.c.channel, outbox.c.id)):
    event.listen(_index, "before_create", _undelivered_only)
Index("outbox_sent", outbox.c.sent_at, outbox.c.id)

# CourtListener's answer for each PACER document asked about: its free copy in RECAP, or None (not held).
recap_documents = Table(
    "recap_documents",
    metadata,
    Column("court", String(16), nullable=False),
    Column("pacer_doc_id", String(32), nullable=False),
    Column("url", Text),
    Column("asked_at", UtcDateTime(), nullable=False),
    PrimaryKeyConstraint("court", "pacer_doc_id"),
)

# The first message of each case's thread, per notifier and destination: a thread one notifier started is
# never continued by another (the console's, say, once a Slack token is set).
threads = Table(
    "threads",
    metadata,
    Column("notifier", String(32), nullable=False),
    Column("channel", String(128), nullable=False),
    Column("thread_key", String(256), nullable=False),
    Column("message_id", String(160), nullable=False),  # the notifier's id of the message (MessageRef.id)
    PrimaryKeyConstraint("notifier", "channel", "thread_key", name="threads_key"),
)

# Webhook bodies as received (the inbox): answered at once, processed after, retried until processed.
webhook_deliveries = Table(
    "webhook_deliveries",
    metadata,
    Column("idempotency_key", String(256), primary_key=True),
    Column("received_at", UtcDateTime(), nullable=False),
    Column("body", Text, nullable=False),
    Column("processed_at", UtcDateTime()),
)

# Subscriptions made from Slack (/docket follow); they add to those in the config file.
subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("channel", String(128), nullable=False, index=True),
    Column("sources", JSON, nullable=False),
    Column("cases", JSON, nullable=False),
    Column("events", JSON, nullable=False),
    Column("created_by", String(128), nullable=False, default=""),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("started_by", Text),  # a follow made by follow_matches: what the watch matched (bot/pipeline/watch.py)
)

# News stories seen lately, so that the same story from another outlet is posted as a reply.
stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False),
    Column("words", JSON, nullable=False),
    Column("outlet", String(256), nullable=False),
    Column("thread_key", String(256), nullable=False),
    Column("first_seen_at", UtcDateTime(), nullable=False, index=True),
    Column("events", JSON),  # the event types the story reports; NULL in stories stored before revision 0004
)

# Deliveries held for a reason a person can fix (a revoked token, a channel the bot is not in): one row per
# channel, or for the whole workspace (scope ""). Its messages stay queued until a retry succeeds.
delivery_holds = Table(
    "delivery_holds",
    metadata,
    Column("scope", String(128), primary_key=True),
    # the fingerprint of the credentials it is about (Notifier.fingerprint: Slack's token_fingerprint, `apprise`);
    # "": any
    Column("token", String(64), primary_key=True),
    Column("reason", String(64), nullable=False),  # Slack's error code, e.g. token_revoked
    Column("detail", Text, nullable=False),  # the error as the notifier reported it
    Column("advice", Text, nullable=False),  # what a person can do about it
    Column("since", UtcDateTime(), nullable=False),
    Column("next_try_at", UtcDateTime(), nullable=False),
)

# Cases muted in one channel (/docket mute, `python -m bot mute`): their live posts there are not sent until `until`
# (NULL: until unmuted). `channel` as the command named it (an id, or a name), `channel_name` its other spelling.
mutes = Table(
    "mutes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("channel", String(128), nullable=False, index=True),
    Column("channel_name", String(128), nullable=False, default=""),
    Column("case", String(128), nullable=False),
    Column("since", UtcDateTime(), nullable=False),
    Column("until", UtcDateTime()),
    Column("created_by", String(128), nullable=False, default=""),
)

# Sources paused for the whole workspace (/docket pause, `python -m bot pause`): not polled until resumed.
pauses = Table(
    "pauses",
    metadata,
    Column("source_id", String(128), primary_key=True),
    Column("since", UtcDateTime(), nullable=False),
    Column("created_by", String(128), nullable=False, default=""),
)
