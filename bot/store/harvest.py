"""A poll's commit: what one poll (or one batch of pushed entries) found, recorded in one transaction across
the kinds of record (seen entries, filing marks, follows, outbox rows, stories, the source's state)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.config import Subscription
from bot.core.entry import Entry
from bot.core.filings import SameFiling
from bot.core.post import Queued
from bot.core.stories import Story
from bot.store import entries, outbox, sources, stories, subscriptions
from bot.store.database import Database


@dataclass(frozen=True)
class Harvest:
    """What one poll (or one batch of pushed entries) found, recorded in one transaction."""

    new: Sequence[Entry] = ()
    edited: Sequence[Entry] = ()
    queued: Sequence[Queued] = ()
    parsed: int | None = None  # how many entries the whole source listed; None for pushed entries
    stories: Sequence[Story] = ()  # news stories first reported in this harvest
    skipped: int = 0  # items the poll read and did not turn into entries
    skip_note: str | None = None  # why, per reason (bot.poll.poller.skip_note)
    undated_note: str | None = None  # the entries kept without a readable date (scrapers.base.undated_note)
    same_filing: Sequence[SameFiling] = ()  # new records of known filings (bot/pipeline/diff.py): seen, not counted new
    marks: Sequence[tuple[str, str]] = ()  # (filing mark, entry key) of the entries stored as seen
    told: Sequence[tuple[str, str]] = ()  # (filing id, channel) of the filings the queued posts tell of
    story_key: str | None = None  # a news source's identity level found by this poll (SourceState.story_key)
    follows: Sequence[Subscription] = ()  # cases a watch found, followed from now on (bot/pipeline/watch.py)
    labels: entries.Labels = entries.Labels()  # the event types of the entries stored, and why some were not posted
    validators: Mapping[str, object] | None = None  # what the poll saw at the source's URLs (SourceState.validators)
    release: str | None = None  # the holder whose poll lease ends with this record (one write: sources.released)


class Harvests(Database):
    def record_success(self, source_id: str, harvest: Harvest, now: datetime) -> None:
        """One transaction: new keys, corrected texts (and the log of the edits), outbox rows, and the source's state.

        A poll of the whole source (`harvest.parsed` set) counts as a successful poll and makes the
        first one the baseline; pushed entries only add keys and posts.
        """
        with self.engine.begin() as conn:
            entries.add_seen(conn, source_id, harvest.new, harvest.same_filing, now, harvest.labels)
            entries.add_marks(conn, source_id, harvest.marks)
            entries.add_told(conn, harvest.told)
            entries.correct_texts(conn, source_id, harvest.edited, now, harvest.labels)
            subscriptions.add_subscriptions(conn, harvest.follows, "watch", now)
            outbox.add_posts(conn, source_id, harvest.queued, now, self.slack_notifier)
            stories.add_stories(conn, harvest.stories)
            sources.count_poll(
                conn, source_id, now, new=len(harvest.new), parsed=harvest.parsed, skipped=harvest.skipped,
                skip_note=harvest.skip_note, story_key=harvest.story_key, validators=harvest.validators,
                release=harvest.release, undated_note=harvest.undated_note,
            )
