"""One poll of one source: fetch, parse, diff, classify, route, and commit the result in one transaction.

Entries pushed to us (CourtListener webhooks) take the same path from the diff on (`Poller.ingest`).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from bot.config import Config, SourceConfig, Subscription
from bot.core.clock import process_id, shown_time, utc_now
from bot.core.dockets import ambiguous, same_docket
from bot.core.entry import Entry, without_nul
from bot.core.filings import SameFiling, filing_id
from bot.core.post import Queued
from bot.core.stories import Story
from bot.ops.health import Health
from bot.ops.metrics import Metrics
from bot.pipeline.classify import classify
from bot.pipeline.diff import (
    case_mark,
    edited_entries,
    filing_marks,
    new_entries,
    newest,
    oldest_first,
    same_filings,
    unique,
)
from bot.pipeline.route import Classified, route, thread_key
from bot.pipeline.stories import WINDOW as STORY_WINDOW
from bot.pipeline.stories import headline, headline_words, related_stories, reports, same_outlet
from bot.pipeline.watch import case_named, new_follows, opens_case, watched
from bot.store import Harvest, SourceState, Store
from scrapers import SCRAPERS, Parsed, ParseError, Scraper, Skipped, Unchanged
from scrapers.http import Abandoned, Fetcher, FetchError
from scrapers.news_identity import Identified, identify, story_marks

log = logging.getLogger(__name__)

_LEVEL_NAMES = {"guid": "guids", "link": "links", "title": "links and guids"}

# How long a poll may hold its source before another process may take over (it died, or hangs).
POLL_LEASE = timedelta(minutes=10)

# A source that lists a case's whole history and had at least this many entries is suspected of a
# changed page layout when a poll finds none, or fewer than half (`Scraper.cumulative`).
GUARD_MIN_ENTRIES = 3


class StructureChanged(Exception):
    """A docket page parsed to far fewer entries than before: a broken page, not news."""


class TooManySkipped(Exception):
    """A poll skipped more of the items it read than its source allows (`max_skipped`): a parser that no
    longer understands the page, not news."""


@dataclass
class PollResult:
    source_id: str
    parsed: int = 0
    new: list[Entry] = field(default_factory=list)
    edited: list[Entry] = field(default_factory=list)  # known entries whose text changed, and `joined`
    joined: list[Entry] = field(default_factory=list)  # new records of filings known already (bot/pipeline/diff.py)
    events: Counter = field(default_factory=Counter)
    queued: list[Queued] = field(default_factory=list)
    baseline: bool = False
    error: str | None = None
    skipped: list[Skipped] = field(default_factory=list)  # items read and not turned into entries, with why
    busy: bool = False  # another process holds the source's poll lease, or polled it this turn
    unchanged: bool = False  # the source's pages were as at the last poll: nothing parsed
    repeats: list[Entry] = field(default_factory=list)  # news items of stories already known: not posted
    warnings: list[str] = field(default_factory=list)  # what `check` should say besides (a case filter's doubt)
    follows: list[Subscription] = field(default_factory=list)  # cases followed from now on (follow_matches)
    unmatched: int = 0  # new entries that match none of the source's watch or keywords: not posted

    @property
    def ok(self) -> bool:
        return self.error is None


class Poller:
    def __init__(
        self,
        config: Config,
        store: Store,
        fetcher: Fetcher,
        clock: Callable[[], datetime] = utc_now,
        environ: Mapping[str, str] | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.fetcher = fetcher
        self.clock = clock
        self.environ = environ or {}
        self.health = Health(config, store, clock)
        self.metrics = metrics or Metrics()
        self.holder = process_id()
        self._dry_run_stories: list[Story] = []

    def poll(
        self, source: SourceConfig, dry_run: bool = False, min_gap: timedelta = timedelta(0), recheck: bool = False
    ) -> PollResult:
        """Polls one source. A failure is recorded against the source and returned, never raised.

        The poll first claims the source's lease in the store, so that of several workers sharing a store
        one polls it; `min_gap` also skips it when it was polled less than that long ago, unless `recheck`
        (a first turn after a start or reload) and that poll failed or was made with other settings.
        """
        if dry_run:
            return self._poll(source, dry_run=True)
        now = self.clock()
        if not self.store.claim_poll(source.id, self.holder, now, POLL_LEASE, min_gap, source.digest, recheck):
            log.info("source %s: %s; skipped this turn", source.id, self._why_busy(source.id, now, min_gap))
            return PollResult(source.id, busy=True)
        try:
            return self._poll(source, dry_run=False)
        finally:
            self.store.release_poll(source.id, self.holder)

    def _why_busy(self, source_id: str, now: datetime, min_gap: timedelta) -> str:
        """Why the source could not be claimed: a process polls it now, or it was polled too lately."""
        state = self.store.state(source_id)
        if state is None:
            return "its state could not be read"
        if state.lease_until is not None and state.lease_until > now:
            return f"being polled right now by {state.lease_holder}"
        if state.last_poll_at is None:
            return "not claimed"
        tz = self.config.tz
        ago = max(0, int((now - state.last_poll_at).total_seconds() // 60))
        return (f"polled {ago} min ago (at {shown_time(state.last_poll_at, tz, '%H:%M')}, {state.last_status}), "
                f"not again before {shown_time(state.last_poll_at + min_gap, tz, '%H:%M')} (half its period)")

    def _poll(self, source: SourceConfig, dry_run: bool) -> PollResult:
        scraper = SCRAPERS[source.kind](source, self.environ)
        result = self._poll_with(scraper, source, dry_run)
        self.fetcher.settle(scraper.urls(), keep=result.ok and not dry_run)
        return result

    def _poll_with(self, scraper: Scraper, source: SourceConfig, dry_run: bool) -> PollResult:
        result = PollResult(source.id)
        try:
            state = self.store.state(source.id)
            with self.metrics.fetch_seconds.labels(source.id).time():
                try:
                    parsed = scraper.fetch(self.fetcher)
                except Unchanged:
                    return self._unchanged(source, state, result, dry_run)
            result.parsed, result.skipped = len(parsed.entries), parsed.skipped
            self._account_skipped(source, parsed, dry_run)
            if scraper.cumulative:
                check_structure(len(parsed.entries), state, source.url or source.id)
            entries = in_cases(source, parsed.entries)
            subscriptions = self._subscriptions()
            result.warnings = self._ambiguous_cases(source, parsed.entries, entries, subscriptions)
            self._take(source, state, entries, result, dry_run, subscriptions, whole_source=True,
                       stories=scraper.stories, whole_history=scraper.cumulative)
            if not dry_run:
                self.health.after_success(source, state)
                self.metrics.polls.labels(source.id, "baseline" if result.baseline else "ok").inc()
        except Abandoned as exc:  # the bot is stopping: nothing is recorded, the state stays as it was
            log.info("source %s: poll abandoned: %s", source.id, exc)
            result.error = f"abandoned: {exc}"
            return result
        except (FetchError, ParseError, StructureChanged, TooManySkipped) as exc:
            result.error = str(exc)
        except Exception as exc:  # a bug or a database error must not stop the other sources
            log.exception("source %s: unexpected error", source.id)
            result.error = f"internal error: {exc.__class__.__name__}: {exc}"
        if result.error:
            log.warning("source %s: poll failed: %s", source.id, result.error)
            if not dry_run:
                self.metrics.polls.labels(source.id, "error").inc()
                self._record_failure(source, result.error)
        return result

    def _unchanged(
        self, source: SourceConfig, state: SourceState | None, result: PollResult, dry_run: bool
    ) -> PollResult:
        """A poll that found every page as before: a success with nothing new, nothing parsed."""
        result.unchanged = True
        result.parsed = state.last_parsed or 0 if state else 0
        if not dry_run:
            harvest = Harvest(
                parsed=result.parsed,
                skipped=state.last_skipped or 0 if state else 0,
                skip_note=state.last_skip_note if state else None,
            )
            self.store.record_success(source.id, harvest, self.clock())
            self.health.after_success(source, state)
            self.metrics.polls.labels(source.id, "unchanged").inc()
        log.info("source %s: unchanged since the last poll", source.id)
        return result

    def ingest(self, source: SourceConfig, entries: Sequence[Entry]) -> PollResult:
        """Entries pushed by the source itself (a webhook): diffed, classified and routed like a poll's.

        They are news even before the source's first poll; that poll still records its baseline.
        """
        result = PollResult(source.id, parsed=len(entries))
        self._take(source, self.store.state(source.id), in_cases(source, entries), result, False,
                   self._subscriptions(), whole_source=False)
        return result

    def _account_skipped(self, source: SourceConfig, parsed: Parsed, dry_run: bool) -> None:
        """Says what the poll skipped (log, metrics), and fails it when that is more than the source allows."""
        if not parsed.skipped:
            return
        note = skip_note(parsed.skipped)
        log.warning("source %s: skipped %d of %d items read: %s", source.id, len(parsed.skipped), parsed.read, note)
        if not dry_run:
            for reason, count in parsed.skip_reasons().items():
                self.metrics.items_skipped.labels(source.id, reason).inc(count)
        limit = self.config.max_skipped(source)
        if len(parsed.skipped) > limit * parsed.read:
            raise TooManySkipped(
                f"skipped {len(parsed.skipped)} of the {parsed.read} items read (more than max_skipped "
                f"{limit:.0%}): {note}; the old state is kept"
            )

    def _subscriptions(self) -> list[Subscription]:
        """The subscriptions of the config file and those made in Slack (/docket follow), read once per poll."""
        return [*self.config.subscriptions, *self.store.subscriptions()]

    @staticmethod
    def _ambiguous_cases(
        source: SourceConfig, parsed: Sequence[Entry], kept: Sequence[Entry], subscriptions: Sequence[Subscription]
    ) -> list[str]:
        """A warning for each short docket number (`23-cv-452`, no office) of the source's `cases` or of a
        subscription to the source (in the config or made with /docket follow) that matched two cases of this
        poll's entries."""
        subscribed = [case for subscription in subscriptions
                      if "*" in subscription.sources or source.id in subscription.sources
                      for case in subscription.cases]
        return [f"cases: {warning}" for warning in ambiguous(source.cases, parsed)] + [
            f"subscriptions' cases: {warning}" for warning in ambiguous(subscribed, kept)]

    def _take(
        self,
        source: SourceConfig,
        state: SourceState | None,
        entries: list[Entry],
        result: PollResult,
        dry_run: bool,
        subscriptions: list[Subscription],
        whole_source: bool,
        stories: bool = False,
        whole_history: bool = False,
    ) -> None:
        """Diffs, classifies and routes a source's entries; records them with their posts unless `dry_run`.

        `whole_source`: the entries are all the source lists now (a poll, not a push); `whole_history`: the
        source lists a case's whole history (`Scraper.cumulative`); `stories`: the entries are news stories.
        """
        entries = [without_nul(entry) for entry in entries]
        identified = self._identify(source, state, entries) if stories and whole_source else None
        entries = unique(identified.entries if identified else entries)
        known = self.store.known_texts(source.id, (entry.key for entry in entries))
        result.baseline = whole_source and (state is None or state.baseline_at is None)
        # a source whose stories an older release stored (without their marks) cannot tell its old stories from
        # new ones when its level drops now, or when none of its items is known (a feed that makes new guids at
        # every request): this poll records them as a baseline does, and from the next one the marks tell
        unmarked = identified is not None and not identified.known_any and not result.baseline
        lowered = identified is not None and identified.lowered
        quiet = unmarked and (lowered or (not known and bool(state and state.entries_known)))
        new = new_entries(entries, known.keys())
        same = self._same_filings(new, entries, whole_source and whole_history)
        joined = {item.entry.key for item in same}
        result.new = [entry for entry in new if entry.key not in joined]
        edited = edited_entries(entries, known)
        result.joined = [item.entry for item in same]
        result.edited = edited + result.joined
        to_post = newest(result.new, source.backfill) if result.baseline or quiet else result.new
        matching = [entry for entry in to_post if entry.relevant or case_named(entry, subscriptions)]
        result.unmatched, to_post = len(to_post) - len(matching), matching
        classified = self._classified(source.id, oldest_first(to_post))
        new_stories: list[Story] = []
        if stories:
            classified, new_stories, result.repeats = self._stories(classified)
            if result.baseline or quiet:  # the stories not posted are known too, so later reports are not news
                new_stories += self._unposted_stories([entry for entry in result.new if entry not in to_post])
            if dry_run:  # not stored, but later sources of the same dry run must see them
                self._dry_run_stories.extend(new_stories)
        classified += [corrected(entry, known[entry.key]) for entry in edited]
        if not result.baseline:
            classified += self._joined(source.id, same)
        result.events = Counter(event for item in classified for event in item.news)
        follows = new_follows([(item.entry, item.events) for item in classified if not item.correction],
                              subscriptions, self.clock())
        result.queued = route(classified, subscriptions + follows)
        result.follows = follows
        if not dry_run:
            harvest = Harvest(
                result.new, edited, result.queued, result.parsed if whole_source else None, new_stories,
                skipped=len(result.skipped), skip_note=skip_note(result.skipped) or None,
                same_filing=same,
                marks=[(mark, entry.key) for entry in new for mark in filing_marks(entry)]
                + [(mark, entry.key) for entry in (entries if identified else ()) for mark in story_marks(entry)],
                told=told(source.id, result.new, same, result.queued),
                story_key=identified.level if identified and identified.lowered else None,
                follows=follows,
            )
            self.store.record_success(source.id, harvest, self.clock())
            self.metrics.new_entries.labels(source.id).inc(len(result.new))
        if identified and identified.lowered:
            log.warning("source %s: its %s are not unique or not stable: its stories are known by their %s from now",
                        source.id, _LEVEL_NAMES[state.story_key if state and state.story_key else "guid"],
                        _LEVEL_NAMES[identified.level])
        if quiet:
            log.warning("source %s: its stories were stored by an older release and none is recognised: this poll "
                        "records them without posting, as a first poll does", source.id)
        if result.repeats:
            log.info("source %s: %d stories already known (seen in the first poll, or reported before by the same "
                     "outlet), not posted: %s", source.id, len(result.repeats),
                     "; ".join(headline(entry) for entry in result.repeats[:3]))
        log.info(
            "source %s: %d parsed, %d new, %d edited, %d queued%s",
            source.id, result.parsed, len(result.new), len(result.edited), len(result.queued),
            " (baseline)" if result.baseline else "",
        )

    def _classified(self, source_id: str, entries: Sequence[Entry]) -> list[Classified]:
        """New entries with their event types: the classifier's (bot/pipeline/classify/), and `new_case` first for a
        filing that opens a case the source never listed before (bot/pipeline/watch.py)."""
        opening = [entry for entry in entries if entry.case_number and opens_case(entry.text)]
        cases = {entry.case_number for entry in opening}
        known = self.store.known_cases(source_id, cases) if cases else set()
        new_cases = {entry.key for entry in opening if entry.case_number not in known}
        return [
            Classified(entry, ("new_case", *events) if entry.key in new_cases else events)
            for entry in entries
            for events in [classify(entry.text)]
        ]

    def _identify(self, source: SourceConfig, state: SourceState | None, entries: Sequence[Entry]) -> Identified:
        """The poll's stories keyed at the level the source's items support (scrapers/news_identity.py),
        knowing the marks of what the source gave before."""
        marks = {mark for entry in entries for mark in story_marks(entry)}
        known_marks: dict[str, str] = {}
        for mark, records in (self.store.records(marks) if marks else {}).items():
            for record in records:
                if record.source_id == source.id:
                    known_marks.setdefault(mark, record.key)
        return identify(entries, state.story_key if state else None, known_marks)

    def _unposted_stories(self, entries: Sequence[Entry]) -> list[Story]:
        """Stories for news items recorded without a post (a first poll's): known, with no thread to reply in."""
        now = self.clock()
        return [
            Story(entry.url, headline_words(headline(entry)), entry.court, "", now, tuple(classify(entry.text)))
            for entry in entries
        ]

    def _same_filings(self, new: Sequence[Entry], listed: Sequence[Entry], whole_history: bool) -> list[SameFiling]:
        """The new records that are records of filings known already (bot/pipeline/diff.py), in this or another source."""
        marks = {mark for entry in new for mark in filing_marks(entry)}
        if not marks:
            return []
        return same_filings(new, self.store.records(marks), {entry.key for entry in listed}, whole_history)

    def _joined(self, source_id: str, same: Sequence[SameFiling]) -> list[Classified]:
        """New records of known filings as corrections of the known record; one from another source is news in
        the channels that were not told of the filing (they follow only this source)."""
        elsewhere = [item.known.filing for item in same if item.known.source_id != source_id]
        told = self.store.told(elsewhere) if elsewhere else {}
        return [
            replace(
                corrected(item.entry, item.known.text),
                told=frozenset(told.get(item.known.filing, ())) if item.known.source_id != source_id else None,
            )
            for item in same
        ]

    def _stories(self, classified: list[Classified]) -> tuple[list[Classified], list[Story], list[Entry]]:
        """News items (bot/pipeline/stories.py): a report of a new story, or of a new event of a story (charges dropped
        after the charge), is posted, the latter in the story's thread; a copy of a report by another outlet
        becomes an "also reported by" reply in that report's thread. A copy of a story the same outlet reported
        before, or of one seen in a first poll (never posted), is not posted: it is returned as a repeat."""
        now = self.clock()
        known = [*self.store.recent_stories(now - STORY_WINDOW), *self._dry_run_stories]
        fresh: list[Story] = []
        out: list[Classified] = []
        repeats: list[Entry] = []
        for item in classified:
            related = related_stories(item.entry, [*known, *fresh], now)
            copy_of = next((story for story in related if reports(story, item.events)), None)
            if copy_of is None:
                words = headline_words(headline(item.entry))
                thread = next((story.thread_key for story in related if story.thread_key), thread_key(item.entry))
                fresh.append(Story(item.entry.url, words, item.entry.court, thread, now, item.events))
                out.append(replace(item, thread=thread))
            elif not copy_of.thread_key or same_outlet(copy_of.outlet, item.entry.court):
                repeats.append(item.entry)
            else:
                out.append(replace(item, thread=copy_of.thread_key, echo_of=copy_of.outlet))
        return out, fresh, repeats

    def _record_failure(self, source: SourceConfig, error: str) -> None:
        try:
            self.health.after_failure(source, self.store.record_failure(source.id, error, self.clock()))
        except Exception:  # the store itself is down: the log is all that is left
            log.exception("source %s: could not record the failed poll", source.id)


def corrected(entry: Entry, old_text: str) -> Classified:
    """A known entry whose text the court corrected: posted only for the event types it gained."""
    events = classify(entry.text)
    before = set(classify(old_text))
    return Classified(entry, events, gained=tuple(e for e in events if e not in before), correction=True)


def told(
    source_id: str, new: Sequence[Entry], same: Sequence[SameFiling], queued: Sequence[Queued]
) -> list[tuple[str, str]]:
    """(filing id, channel) for each docket entry, new or of a known filing, that a queued post tells of."""
    filings = {entry.key: filing_id(source_id, entry.key) for entry in new if case_mark(entry)}
    filings.update((item.entry.key, item.known.filing) for item in same)
    return [
        (filings[item.entry.key], post.post.channel)
        for post in queued
        for item in post.post.items
        if item.entry.key in filings
    ]


def in_cases(source: SourceConfig, entries: Sequence[Entry]) -> list[Entry]:
    """The entries of the dockets the source follows (`cases:`), tagged with its case key (`case:`) and with
    why they match its watch (`parties:`, `keywords:`, bot/pipeline/watch.py): what a poll goes on with, and what
    `python -m bot parse` prints."""
    if source.cases:
        entries = [e for e in entries if any(same_docket(case, e.case_number) for case in source.cases)]
    if source.case:
        entries = [replace(e, case_key=source.case) for e in entries]
    return watched(source, entries)


def skip_note(skipped: Sequence[Skipped]) -> str:
    """Why items were skipped, a clause per reason, the most frequent first, each with its count and first
    example: "title has no docket number (157, e.g. '16-10992-smb SunEdison, Inc.')". Empty for none."""
    examples: dict[str, str] = {}
    for item in skipped:
        examples.setdefault(item.reason, item.item)
    counts = Counter(item.reason for item in skipped)
    return "; ".join(
        f"{reason} ({count}" + (f", e.g. {examples[reason]!r})" if examples[reason] else ")")
        for reason, count in counts.most_common()
    )


def check_structure(parsed: int, state: SourceState | None, where: str) -> None:
    """Raises StructureChanged when a source that lists a whole docket suddenly lists much less."""
    before = state.last_parsed if state else None
    if before is None or before < GUARD_MIN_ENTRIES:
        return
    if parsed == 0 or parsed * 2 < before:
        raise StructureChanged(
            f"{where}: parsed {parsed} entries where the last good poll had {before}: the page may have "
            "changed its layout; the old state is kept"
        )
