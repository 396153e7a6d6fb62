"""One poll of one source: lease, fetch, read what the store knows, run the pipeline, commit in one transaction.

The fetch gives the parsed entries or UNCHANGED (scrapers/http.py); the skipped items and the structure guard
are checked here; the pipeline proper (filter -> diff -> classify -> stories -> route) is bot/pipeline/run.py,
over plain values. Entries pushed to us (CourtListener webhooks) take the same path from the pipeline on
(`Poller.ingest`).
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from itertools import islice

from bot.config import Config, SourceConfig, Subscription
from bot.core.clock import process_id, shown_time, utc_now
from bot.core.entry import Entry, without_nul
from bot.core.post import Queued
from bot.core.quiet import Pause, PauseWindow, made_by
from bot.core.stories import Story
from bot.ops.health import Health
from bot.ops.logs import SAID_IN_RESULT
from bot.ops.metrics import Metrics
from bot.pipeline.diff import edited_entries, filing_marks, new_entries
from bot.pipeline.run import UNMATCHED, Inputs, Known, Outcome, in_cases, keyed, run_pipeline
from bot.pipeline.stories import WINDOW as STORY_WINDOW
from bot.pipeline.stories import headline
from bot.pipeline.watch import opens_case
from bot.store import Harvest, QuietPoll, SourceState, Store
from bot.store.entries import Labels
from scrapers import SCRAPERS, Parsed, ParseError, Scraper, Skipped, Unchanged, Undated, undated_note, zoneless_note
from scrapers.http import Abandoned, Fetcher, FetchError
from scrapers.news_identity import story_marks

log = logging.getLogger(__name__)

_LEVEL_NAMES = {"guid": "guids", "link": "links", "title": "links and guids"}

# How long a poll may hold its source before another process may take over (it died, or hangs).
POLL_LEASE = timedelta(minutes=10)

# How many of a batch's upcoming sources one write claims (`Poller.batch`).
BATCH_CLAIMS = 32

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
    taken_back: Counter = field(default_factory=Counter)  # event types the court's edits took back (Outcome.taken_back)
    queued: list[Queued] = field(default_factory=list)
    baseline: bool = False
    error: str | None = None
    skipped: list[Skipped] = field(default_factory=list)  # items read and not turned into entries, with why
    undated: list[Undated] = field(default_factory=list)  # entries kept without a readable date, with where and why
    zoneless: Counter[str] = field(default_factory=Counter)  # entries dated at midnight UTC for want of their court's zone
    merged: int = 0  # items joined into the entry of the filing they repeat (scrapers/base.py Parsed.merged)
    busy: bool = False  # another process holds the source's poll lease, or polled it this turn
    unchanged: bool = False  # the source's pages were as at the last poll: nothing parsed
    repeats: list[Entry] = field(default_factory=list)  # news items of stories already known: not posted
    warnings: list[str] = field(default_factory=list)  # what `check` should say besides (a case filter's doubt)
    follows: list[Subscription] = field(default_factory=list)  # cases followed from now on (follow_matches)
    filtered: Counter[str] = field(default_factory=Counter)  # entries held back by the pipeline, by why
    muted: int = 0  # posts not queued because their case is muted in their channel
    paused: Pause | None = None  # the source is paused: not polled, nothing else in this result
    event_types: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key -> event types, of each entry stored
    alerted: bool = False  # an ops notice about the source was queued (it fails, it works again: bot/ops/health.py)
    recorded: bool = False  # the outcome is in the store (or waits in a `Poller.batch`), its lease ending in that write
    offered: int = 0  # a first poll's newest entries offered to the subscriptions (the source's `backfill`)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def unmatched(self) -> int:
        """New entries that match none of the source's watch or keywords: not posted."""
        return self.filtered[UNMATCHED]

    def took(self, outcome: Outcome) -> None:
        """Takes what the pipeline found (bot/pipeline/run.py)."""
        self.baseline, self.new, self.queued = outcome.baseline, outcome.new, outcome.queued
        self.joined = [item.entry for item in outcome.joined]
        self.edited = outcome.edited + self.joined
        self.events, self.repeats, self.follows = outcome.events, outcome.repeats, outcome.follows
        self.taken_back = outcome.taken_back
        self.filtered, self.warnings, self.muted = outcome.filtered, outcome.warnings, outcome.muted
        self.event_types = outcome.event_types
        self.offered = len(outcome.routed) if outcome.baseline else 0


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
        self._batching = 0  # depth of `batch()` blocks under way
        self._quiet: list[QuietPoll] = []  # records of quiet polls made in a batch, not yet written
        self._quiet_lock = threading.Lock()
        self._untried: dict[str, SourceConfig] = {}  # the batch's upcoming sources not claimed (or tried) yet, in order
        self._claimed: dict[str, SourceState] = {}  # sources claimed ahead and not polled yet: their states
        self._ahead_lock = threading.Lock()  # over _untried and _claimed: a batch's sources are polled by several threads

    @contextmanager
    def batch(self, upcoming: Sequence[SourceConfig] = ()) -> Iterator[None]:
        """Polls made within share their writes, for a loop over many sources (`python -m bot check`), or for the
        poll threads of a long-running worker (`python -m bot run`, which also calls `flush` every few seconds):

        - the record of a quiet poll (the source's pages as before, and nothing to clear: see QuietPoll) is
          written in the transaction of the next claim (of any thread), or by `flush`, or when the block ends,
          not in a write of its own;
        - with `upcoming`, the sources the block polls, in about that order (each with poll()'s default min_gap
          and recheck, from one thread or several: `check` polls a few at once, bot/poll/parallel.py), a source
          whose turn comes and that was not claimed yet is claimed in one write with the next BATCH_CLAIMS - 1
          of them not claimed yet; those not claimed then (polled by another process, paused) are claimed again
          at their turn.
        A source stays leased to this process from its claim until its record is written, so that no other
        polls it meanwhile; a failure, or a poll that finds news or clears an alert, is recorded at once. When
        the block ends, the records left are written and the sources claimed and not polled are released."""
        outermost = not self._batching
        self._batching += 1
        if outermost:
            self._untried = {source.id: source for source in upcoming if not source.paused}
        try:
            yield
        finally:
            self._batching -= 1
            if outermost:
                unused, self._claimed, self._untried = list(self._claimed), {}, {}
                self.flush()
                for source_id in unused:  # the block ended before their turn
                    self.store.release_poll(source_id, self.holder)

    def flush(self, waited: timedelta = timedelta(0)) -> int:
        """Writes the records of quiet polls that wait for a write (see `batch`), in one transaction, if the oldest
        of them has waited at least `waited` (by the poller's clock, from the end of its poll): all of them then,
        as the write costs the same. Returns how many it wrote (none when none was due; see Store.record_quiet for
        those left out). A write that fails leaves them waiting for the next, and raises."""
        quiet = self._take_quiet(self.clock() - waited)
        try:
            return self.store.record_quiet(quiet)
        except BaseException:
            self._give_back(quiet)
            raise

    def _take_quiet(self, ended_by: datetime | None = None) -> list[QuietPoll]:
        """The records waiting, taken to be written; none unless the oldest poll ended by `ended_by` (if given)."""
        with self._quiet_lock:
            if ended_by is not None and not any(poll.at <= ended_by for poll in self._quiet):
                return []
            quiet, self._quiet = self._quiet, []
        return quiet

    def _give_back(self, quiet: list[QuietPoll]) -> None:
        """Puts back records taken to be written in a transaction that failed: the next write takes them."""
        with self._quiet_lock:
            self._quiet[:0] = quiet

    def poll(
        self, source: SourceConfig, dry_run: bool = False, min_gap: timedelta = timedelta(0), recheck: bool = False
    ) -> PollResult:
        """Polls one source. A failure is recorded against the source and returned, never raised. A paused source
        (`paused: true`, or `python -m bot pause`) is not polled: the result says so (`paused`).

        The poll first claims the source's lease in the store, so that of several workers sharing a store
        one polls it; `min_gap` also skips it when it was polled less than that long ago, unless `recheck`
        (a first turn after a start or reload) and that poll failed or was made with other settings.
        """
        if dry_run or source.paused:
            pause = self.store.pause_of(source)
            return self._paused(source, pause, dry_run) if pause else self._poll(source, None, dry_run=True)
        now = self.clock()
        # the claim is not made while the store pauses the source: its pause is read only when the claim fails,
        # or claims a source never polled (whose pause might have been stored without a state row)
        state = self._claimed_ahead(source, now) if not (min_gap or recheck) else None
        if state is None:
            state = self._claim({source.id: source.digest}, now, min_gap, recheck).get(source.id)
        if state is None or state.last_poll_at is None:
            pause = self.store.pause_of(source)
            if pause is not None:
                if state is not None:
                    self.store.release_poll(source.id, self.holder)
                return self._paused(source, pause, dry_run)
        if state is None:
            log.info("source %s: %s; skipped this turn", source.id, self._why_busy(source.id, now, min_gap))
            return PollResult(source.id, busy=True)
        result: PollResult | None = None
        try:
            result = self._poll(source, state, dry_run=False)
            return result
        finally:
            if result is None or not result.recorded:  # else the lease ended in the same write as the record
                self.store.release_poll(source.id, self.holder)

    def _claim(
        self, settings: Mapping[str, str | None], now: datetime, min_gap: timedelta = timedelta(0),
        recheck: bool = False,
    ) -> dict[str, SourceState]:
        """Claims sources (id -> settings digest) in one write, with the quiet records waiting (`batch`): the
        states of those claimed, by id (Store.claim_polls)."""
        quiet = self._take_quiet()
        try:
            return self.store.claim_polls(settings, self.holder, now, POLL_LEASE, min_gap, recheck, quiet)
        except BaseException:
            self._give_back(quiet)
            raise

    def _claimed_ahead(self, source: SourceConfig, now: datetime) -> SourceState | None:
        """The state of `source` claimed ahead by the batch under way (claiming it with the next BATCH_CLAIMS - 1
        upcoming sources not tried yet, when it was not tried yet itself); None when it is not upcoming, or was
        not claimed, or was claimed so long ago that its lease may run out during the poll (it is released)."""
        with self._ahead_lock:
            if source.id in self._untried:
                others = (upcoming for upcoming in self._untried.values() if upcoming.id != source.id)
                chunk = [source, *islice(others, BATCH_CLAIMS - 1)]
                self._claimed.update(self._claim({upcoming.id: upcoming.digest for upcoming in chunk}, now))
                for upcoming in chunk:
                    del self._untried[upcoming.id]
            state = self._claimed.pop(source.id, None)
        if state is not None and (state.lease_until is None or state.lease_until - now < POLL_LEASE / 2):
            self.store.release_poll(source.id, self.holder)
            return None
        return state

    def _paused(self, source: SourceConfig, pause: Pause, dry_run: bool) -> PollResult:
        """The turn of a paused source: not polled; its state is marked paused (unless `dry_run`)."""
        log.info("source %s: paused by %s, not polled", source.id, made_by(pause.by))
        if not dry_run:
            self.store.mark_paused(pause, self.clock())
        return PollResult(source.id, paused=pause)

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
        again = state.last_poll_at + min_gap
        return (f"polled {_seconds(now - state.last_poll_at)} ago (at {shown_time(state.last_poll_at, tz, '%H:%M:%S')}, "
                f"{state.last_status}), not again before {shown_time(again, tz, '%H:%M:%S')} (in "
                f"{_seconds(again - now)}: half its period)")

    def _poll(self, source: SourceConfig, claimed: SourceState | None, dry_run: bool) -> PollResult:
        scraper = SCRAPERS[source.kind](source, self.environ)
        result = self._poll_with(scraper, source, claimed, dry_run)
        self.fetcher.settle(source.id, scraper.urls(), keep=result.ok and not dry_run)
        return result

    def _poll_with(
        self, scraper: Scraper, source: SourceConfig, claimed: SourceState | None, dry_run: bool
    ) -> PollResult:
        """Fetch, check, run the pipeline, commit, with the source's state as its claim read it (`claimed`; None:
        read it here, for a dry run). A failure is recorded and returned; an abandoned poll (the bot is stopping)
        only returned."""
        result = PollResult(source.id)
        try:
            state = claimed if claimed is not None else self.store.state(source.id)
            kept = _kept_pages(source, state)
            self.fetcher.recall(source.id, kept)  # what an earlier process saw: a new `check` skips unchanged pages too
            with self.metrics.fetch_seconds.labels(source.id).time():
                parsed = scraper.fetch(self.fetcher)
            validators = self._validators(source, kept, scraper)
            if isinstance(parsed, Unchanged):
                return self._unchanged(source, state, result, dry_run, validators)
            result.parsed, result.skipped, result.merged = len(parsed.entries), parsed.skipped, parsed.merged
            self._account_skipped(source, parsed, dry_run)
            if scraper.cumulative:
                check_structure(len(parsed.entries), state, source.url or source.id)
            _account_dates(source, parsed, result)  # once the poll goes on: a failed poll keeps nothing undated
            self._take(source, state, parsed.entries, result, dry_run, whole_source=True,
                       stories=scraper.stories, whole_history=scraper.cumulative, validators=validators)
            if not dry_run:
                result.alerted = self.health.after_success(source, state)
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
            log.warning("source %s: poll failed: %s", source.id, result.error, extra=SAID_IN_RESULT)
            if not dry_run:
                self.metrics.polls.labels(source.id, "error").inc()
                self._record_failure(source, result)
        return result

    def _validators(self, source: SourceConfig, kept: Mapping[str, object], scraper: Scraper) -> dict | None:
        """What to keep in the store of what this poll saw at the source's URLs (SourceState.validators), or None
        where it saw nothing new (every URL answered 304, or with what the store kept for it already): then the
        poll's record leaves the stored validators as they are."""
        seen = {url: list(page) for url, page in self.fetcher.seen_now(source.id, scraper.urls()).items()}
        if all(kept.get(url) == page for url, page in seen.items()):
            return None
        return {"settings": source.digest, "pages": {**kept, **seen}}

    def _unchanged(
        self, source: SourceConfig, state: SourceState | None, result: PollResult, dry_run: bool,
        validators: dict | None = None,
    ) -> PollResult:
        """A poll that found every page as before: a success with nothing new, nothing parsed."""
        result.unchanged = True
        result.parsed = state.last_parsed or 0 if state else 0
        if not dry_run:
            skipped, note = (state.last_skipped or 0, state.last_skip_note) if state else (0, None)
            if self._batching and validators is None and _healthy(state):
                with self._quiet_lock:
                    self._quiet.append(QuietPoll(source.id, self.clock(), result.parsed, skipped, note, self.holder))
            else:
                harvest = Harvest(parsed=result.parsed, skipped=skipped, skip_note=note, validators=validators,
                                  release=self.holder, undated_note=state.last_undated_note if state else None)
                self.store.record_success(source.id, harvest, self.clock())
            result.recorded = True
            result.alerted = self.health.after_success(source, state)
            self.metrics.polls.labels(source.id, "unchanged").inc()
        log.info("source %s: unchanged since the last poll", source.id)
        return result

    def ingest(self, source: SourceConfig, pushed: Parsed) -> PollResult:
        """Entries pushed by the source itself (a webhook): diffed, classified and routed like a poll's, those
        without a readable date (`pushed.undated`) and those of a court without a known zone (`pushed.zoneless`)
        reported as a poll reports them (the result, the log), the former also kept in the source's state
        (`last_pushed_undated_note`: `sources`, the status page), apart from what its last poll kept.

        They are news even before the source's first poll; that poll still records its baseline. Those pushed
        while the source is paused are recorded, not posted.
        """
        result = PollResult(source.id, parsed=len(pushed.entries))
        _account_dates(source, pushed, result, "webhook: ")
        self._take(source, self.store.state(source.id), pushed.entries, result, False, whole_source=False)
        return result

    def _account_skipped(self, source: SourceConfig, parsed: Parsed, dry_run: bool) -> None:
        """Says what the poll skipped (log, metrics), and fails it when that is more than the source allows."""
        if not parsed.skipped:
            return
        note = skip_note(parsed.skipped)
        log.warning("source %s: skipped %d of %d items read: %s", source.id, len(parsed.skipped), parsed.read, note,
                    extra=SAID_IN_RESULT)
        if not dry_run:
            for reason, count in parsed.skip_reasons().items():
                self.metrics.items_skipped.labels(source.id, reason).inc(count)
        limit = self.config.max_skipped(source)
        if len(parsed.skipped) > limit * parsed.read:
            raise TooManySkipped(
                f"skipped {len(parsed.skipped)} of the {parsed.read} items read (more than max_skipped "
                f"{limit:.0%}): {note}; the old state is kept"
            )

    def _take(
        self,
        source: SourceConfig,
        state: SourceState | None,
        entries: Sequence[Entry],
        result: PollResult,
        dry_run: bool,
        whole_source: bool,
        stories: bool = False,
        whole_history: bool = False,
        validators: dict | None = None,
    ) -> None:
        """Runs the pipeline (bot/pipeline/run.py) over a source's entries, as parsed or pushed, with what the
        store knows of them; records its outcome unless `dry_run` (with `validators`, what the poll saw at the
        source's URLs). For `whole_source`, `whole_history` and `stories`, see `Inputs`."""
        subscriptions = [*self.config.subscriptions, *self.store.subscriptions()]  # the config's and Slack's
        now = self.clock()
        inputs = Inputs(source, entries, subscriptions, Known(), now, whole_source, whole_history, stories,
                        mutes=self.store.mutes(now))
        # paused: entries pushed while the source is paused (all held), or the first poll after a pause (those
        # filed during it held)
        paused = PauseWindow() if not whole_source and self.store.pause_of(source) is not None else (
            state.pause_window if state is not None else None)
        known = replace(self._known(inputs, state), paused=paused)
        outcome = run_pipeline(replace(inputs, known=known))
        result.took(outcome)
        if dry_run:  # not stored, but later sources of the same dry run must see its stories
            self._dry_run_stories.extend(outcome.stories)
        else:
            self._commit(source, outcome, result, whole_source, validators)
        self._say(source, state, outcome, result)

    def _known(self, inputs: Inputs, state: SourceState | None) -> Known:
        """What the store knows of the source and of these entries: all the pipeline will look up (it reads
        nothing itself). The same steps as the pipeline's (`keyed`, `new_entries`) say which keys and marks."""
        source = inputs.source
        known = Known(
            baselined=state is not None and state.baseline_at is not None,
            entries_known=state.entries_known if state else 0,
            story_level=state.story_key if state else None,
        )
        taken = in_cases(source, inputs.entries)
        if inputs.stories and inputs.whole_source:
            known = replace(known, story_marks=self._story_marks(source.id, taken))
        entries, _ = keyed(taken, replace(inputs, known=known))
        texts = self.store.known_texts(source.id, (entry.key for entry in entries))
        new = new_entries(entries, texts.keys())
        edited = [entry.key for entry in edited_entries(entries, texts)]
        marks = {mark for entry in new for mark in filing_marks(entry)}
        records = self.store.records(marks) if marks else {}
        elsewhere = {record.filing for found in records.values() for record in found if record.source_id != source.id}
        opening = {entry.case_number for entry in new if entry.case_number and opens_case(entry.text)}
        return replace(
            known,
            texts=texts,
            posted=self.store.posted_texts(source.id, edited) if edited else {},
            records=records,
            told=self.store.told(elsewhere) if elsewhere else {},
            cases=self.store.known_cases(source.id, opening) if opening else frozenset(),
            stories=[*self.store.recent_stories(inputs.now - STORY_WINDOW), *self._dry_run_stories]
            if inputs.stories else (),
        )

    def _story_marks(self, source_id: str, entries: Sequence[Entry]) -> dict[str, str]:
        """The marks of the source's stored stories among these stories' marks, each with its stored key."""
        marks = {mark for entry in entries for mark in story_marks(without_nul(entry))}
        known: dict[str, str] = {}
        for mark, records in (self.store.records(marks) if marks else {}).items():
            for record in records:
                if record.source_id == source_id:
                    known.setdefault(mark, record.key)
        return known

    def _commit(
        self, source: SourceConfig, outcome: Outcome, result: PollResult, whole_source: bool,
        validators: dict | None = None,
    ) -> None:
        """Records the pipeline's outcome in one transaction: entries, marks, posts, follows, stories, state."""
        harvest = Harvest(
            outcome.new, outcome.edited, outcome.queued, result.parsed if whole_source else None, outcome.stories,
            skipped=len(result.skipped), skip_note=skip_note(result.skipped) or None,
            undated_note=undated_note(result.undated) or None,
            same_filing=outcome.joined, marks=outcome.marks, told=outcome.told, story_key=outcome.story_level,
            follows=outcome.follows, labels=Labels(outcome.event_types, outcome.held, outcome.before),
            validators=validators,
            release=self.holder if whole_source else None,  # a poll holds the source's lease; pushed entries do not
        )
        self.store.record_success(source.id, harvest, self.clock())
        result.recorded = whole_source
        self.metrics.new_entries.labels(source.id).inc(len(outcome.new))

    @staticmethod
    def _say(source: SourceConfig, state: SourceState | None, outcome: Outcome, result: PollResult) -> None:
        """Logs what the run found, and what it held back and why."""
        if outcome.story_level:
            log.warning("source %s: its %s are not unique or not stable: its stories are known by their %s from now",
                        source.id, _LEVEL_NAMES[state.story_key if state and state.story_key else "guid"],
                        _LEVEL_NAMES[outcome.story_level])
        if outcome.quiet:
            log.warning("source %s: its stories were stored by an older release and none is recognised: this poll "
                        "records them without posting, as a first poll does", source.id)
        if outcome.repeats:
            log.info("source %s: %d stories already known (seen in the first poll, or reported before by the same "
                     "outlet), not posted: %s", source.id, len(outcome.repeats),
                     "; ".join(headline(entry) for entry in outcome.repeats[:3]))
        held = "".join(f", {count} {why}" for why, count in outcome.filtered.most_common())
        held += f", {outcome.muted} post(s) of muted cases" if outcome.muted else ""
        log.info(
            "source %s: %d parsed, %d new, %d edited, %d queued%s%s",
            source.id, result.parsed, len(result.new), len(result.edited), len(result.queued),
            " (baseline)" if result.baseline else "", f" (held back:{held[1:]})" if held else "",
        )

    def _record_failure(self, source: SourceConfig, result: PollResult) -> None:
        try:
            state = self.store.record_failure(source.id, result.error or "", self.clock(), release=self.holder)
            result.recorded = True
            result.alerted = self.health.after_failure(source, state)
        except Exception:  # the store itself is down: the log is all that is left
            log.exception("source %s: could not record the failed poll", source.id)


def _account_dates(source: SourceConfig, parsed: Parsed, result: PollResult, by: str = "") -> None:
    """Takes into the result, and logs (`by` saying how the entries came, after the source: "webhook: "), the
    entries kept without a readable date (a warning: their posts go undated) and those dated at midnight UTC for
    want of their court's zone (said: their dates are as the source gave them)."""
    result.undated, result.zoneless = parsed.undated, parsed.zoneless
    if parsed.undated:
        log.warning("source %s: %s%s (kept, undated)", source.id, by, undated_note(parsed.undated), extra=SAID_IN_RESULT)
    if parsed.zoneless:
        log.info("source %s: %s%s", source.id, by, zoneless_note(parsed.zoneless))


def _seconds(delta: timedelta) -> str:
    """A short span for a log line: `40 s`, `3 min`, `3 min 5 s` (never negative)."""
    minutes, seconds = divmod(max(0, round(delta.total_seconds())), 60)
    if not minutes:
        return f"{seconds} s"
    return f"{minutes} min {seconds} s" if seconds else f"{minutes} min"


def _healthy(state: SourceState | None) -> bool:
    """Whether a poll's success changes nothing in the source's state but its poll times: its last poll was a
    success (no failures to clear, not paused since) and it has no alert to clear."""
    return state is not None and state.last_status == "ok" and not state.failures_in_row and state.alert is None


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
            f"{where}: parsed {parsed} {'entry' if parsed == 1 else 'entries'} where the last good poll had {before}: "
            "the page may have "
            "changed its layout; the old state is kept"
        )


def _kept_pages(source: SourceConfig, state: SourceState | None) -> dict[str, list]:
    """What the store kept of the source's pages (URL -> [ETag, Last-Modified, sha256]), if its last kept poll
    was made with the source's present settings: a page read with other settings (another `cases:` filter, say)
    is read again."""
    validators = state.validators if state is not None else None
    if not validators or validators.get("settings") != source.digest:
        return {}
    return dict(validators.get("pages") or {})
