"""The pipeline of one source's entries as one function over plain values: filter -> diff -> classify -> stories
-> route.

`run_pipeline` takes the source's settings, its entries (a poll's, as parsed, or those a webhook pushed), the
subscriptions, what the store knows of those entries (`Known`) and the time, and returns what to record and post
(`Outcome`), with a count of the entries it held back and why. It reads no store, network or clock: the poller
(bot/poll/poller.py) reads `Known` first (`keyed` and `new_entries` say which keys and marks to ask for),
then commits the `Outcome` in one transaction; tests call it directly (tests/test_pipeline.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from bot.config import SourceConfig, Subscription
from bot.core.dockets import ambiguous, same_docket
from bot.core.entry import Entry, without_nul
from bot.core.filings import Record, SameFiling, filing_id
from bot.core.post import Queued
from bot.core.quiet import Mute, PauseWindow
from bot.core.stories import Story
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
from bot.pipeline.route import Change, Classified, route, thread_key
from bot.pipeline.stories import headline, headline_words, related_stories, reports, same_outlet
from bot.pipeline.watch import case_named, new_follows, opens_case, watched
from scrapers.news_identity import Identified, identify, story_marks

# Why the pipeline held entries back (`Outcome.filtered`): each is counted, none dropped silently.
OUTSIDE_CASES = "of dockets outside the source's cases"
LISTED_TWICE = "listed twice under one key"
FIRST_POLL = "recorded without a post (a first poll)"
OLDER_STORIES = "recorded without a post (stories an older release stored, told apart from new ones from now on)"
UNMATCHED = "matching no party or keyword"
REPEATED = "of stories known already"
WHILE_PAUSED = "filed while the source was paused (recorded without a post)"  # during the pause (PauseWindow)
# The same as a new entry is stored with them (`Outcome.held`, seen_entries.held): short and stable codes.
HELD = {"first_poll": FIRST_POLL, "older_stories": OLDER_STORIES, "paused": WHILE_PAUSED, "unmatched": UNMATCHED,
        "repeated": REPEATED}


@dataclass(frozen=True)
class Known:
    """What the store knows of a source and of the entries of one run (all plain values; empty: nothing).

    The poller reads at least what the run looks up; more does no harm.
    """

    baselined: bool = False  # the source had its first (baseline) poll
    entries_known: int = 0  # entries of the source stored so far
    story_level: str | None = None  # a news source's identity level (scrapers/news_identity.py); None: guid
    story_marks: Mapping[str, str] = field(default_factory=dict)  # story mark -> this source's stored key
    texts: Mapping[str, str] = field(default_factory=dict)  # entry key -> stored text, of this source's entries
    # entry key -> channel -> the entry's texts as posted there, oldest first, of this source's entries whose text changed
    posted: Mapping[str, Mapping[str, Sequence[str]]] = field(default_factory=dict)
    records: Mapping[str, Sequence[Record]] = field(default_factory=dict)  # filing mark -> stored records, any source
    told: Mapping[str, Collection[str]] = field(default_factory=dict)  # filing id -> channels told of it
    cases: Collection[str] = frozenset()  # docket numbers of which the source has an entry stored
    stories: Sequence[Story] = ()  # stories first reported within the window (bot/pipeline/stories.py)
    # the source is paused (entries pushed now: all held), or this is its first poll since (those filed during the
    # pause held, bot/core/quiet.py); None: neither
    paused: PauseWindow | None = None


@dataclass(frozen=True)
class Inputs:
    """One run: a source's entries before any filter, and what it goes by.

    `whole_source`: the entries are all the source lists now (a poll, not a push); `whole_history`: the source
    lists a case's whole history (`Scraper.cumulative`); `stories`: the entries are news stories (`Scraper.stories`).
    """

    source: SourceConfig
    entries: Sequence[Entry]
    subscriptions: Sequence[Subscription]
    known: Known
    now: datetime  # UTC: the day a follow starts, the time a story is first seen
    whole_source: bool = True
    whole_history: bool = False
    stories: bool = False
    mutes: Sequence[Mute] = ()  # the mutes in force: no post of their case goes to their channel


@dataclass(frozen=True)
class Outcome:
    """What one run found: what to store, what to post, and what it held back and why."""

    new: list[Entry]  # entries never seen, but `joined`
    edited: list[Entry]  # known entries whose text changed
    joined: list[SameFiling]  # new records of filings known already (bot/pipeline/diff.py)
    classified: list[Classified]  # what the run routed: new entries, corrections, joined records
    queued: list[Queued]
    follows: list[Subscription]  # cases followed from now on (`follow_matches`)
    stories: list[Story]  # stories to remember: first reported now, or recorded without a post
    repeats: list[Entry]  # news items of stories known already: not posted
    marks: list[tuple[str, str]]  # (filing or story mark, entry key) of the entries stored
    told: list[tuple[str, str]]  # (filing id, channel) for each filing a queued post tells of
    filtered: Counter[str]  # entries held back, by why (OUTSIDE_CASES, LISTED_TWICE, ...)
    muted: int  # posts of entries not queued because their case is muted in their channel
    held: dict[str, str]  # key -> why (a code of HELD), of each new entry recorded without a post
    event_types: dict[str, tuple[str, ...]]  # key -> event types, of each entry stored or corrected
    warnings: list[str]  # doubts to show (a short docket number that matched two cases)
    baseline: bool  # the source's first poll: recorded, only the newest `backfill` posted
    quiet: bool  # stories stored by an older release, none recognised: recorded as a first poll is
    story_level: str | None  # the news source's new identity level when this run lowered it, else None

    @property
    def routed(self) -> dict[str, tuple[str, ...]]:
        """The new entries this run routed (not corrections), by key, with their event types: what a digest lists."""
        return {item.entry.key: item.events for item in self.classified if not item.correction}

    @property
    def events(self) -> Counter[str]:
        """How many of the routed entries carry each event type (corrections: the types they gained)."""
        return Counter(event for item in self.classified for event in item.news)

    @property
    def before(self) -> dict[str, tuple[str, ...]]:
        """The event types each entry the court edited (`edited`) carried before the edit, by key: what a digest
        compares its types after with (bot/store/entries.py Labels)."""
        keys = {entry.key for entry in self.edited}
        return {item.entry.key: item.was.before for item in self.classified
                if item.entry.key in keys and item.was is not None}

    @property
    def taken_back(self) -> Counter[str]:
        """How many of the entries the court edited (`edited`) no longer carry each event type they carried ("other"
        is none: Change.taken_back)."""
        keys = {entry.key for entry in self.edited}
        return Counter(event for item in self.classified if item.entry.key in keys and item.was is not None
                       for event in item.was.taken_back(item.events))


def in_cases(source: SourceConfig, entries: Sequence[Entry]) -> list[Entry]:
    """The entries of the dockets the source follows (`cases:`), tagged with its case key (`case:`) and with
    why they match its watch (`parties:`, `keywords:`, bot/pipeline/watch.py): what a poll goes on with, and what
    `python -m bot parse` prints."""
    if source.cases:
        entries = [e for e in entries if any(same_docket(case, e.case_number) for case in source.cases)]
    if source.case:
        entries = [replace(e, case_key=source.case) for e in entries]
    return watched(source, entries)


def keyed(taken: Sequence[Entry], inputs: Inputs) -> tuple[list[Entry], Identified | None]:
    """The entries taken (`in_cases`) without NUL characters, each key once; news stories of a poll keyed at
    the level their source supports (scrapers/news_identity.py, knowing `known.story_marks`), with how."""
    entries = [without_nul(entry) for entry in taken]
    identified = None
    if inputs.stories and inputs.whole_source:
        identified = identify(entries, inputs.known.story_level, inputs.known.story_marks)
        entries = identified.entries
    return unique(entries), identified


def run_pipeline(inputs: Inputs) -> Outcome:
    """Filters, diffs, classifies and routes a source's entries against what the store knows; pure.

    Entries of a first poll (and of a news source whose stories are not recognised) are recorded and only
    the newest `backfill` posted; entries pushed while the source is paused, and those of its first poll after
    that were filed during the pause (`Known.paused`), are recorded, not posted; entries matching none of the source's watch are recorded, not posted; news
    stories already reported are not posted again; posts of a case muted in a channel are not queued there.
    """
    known, source = inputs.known, inputs.source
    taken = in_cases(source, inputs.entries)
    entries, identified = keyed(taken, inputs)
    filtered: Counter[str] = Counter()
    filtered[OUTSIDE_CASES] = len(inputs.entries) - len(taken)
    filtered[LISTED_TWICE] = len(taken) - len(entries)
    baseline = inputs.whole_source and not known.baselined
    # a source whose stories an older release stored (without their marks) cannot tell its old stories from new
    # ones when its level drops now, or when none of its items is known (a feed that makes new guids at every
    # request): this run records them as a baseline does, and from the next one the marks tell
    quiet = (identified is not None and not identified.known_any and not baseline
             and (identified.lowered or (not known.texts and known.entries_known > 0)))
    new = new_entries(entries, known.texts.keys())
    whole_history = inputs.whole_source and inputs.whole_history
    same = same_filings(new, known.records, {entry.key for entry in entries}, whole_history)
    joined = {item.entry.key for item in same}
    fresh = [entry for entry in new if entry.key not in joined]
    edited = edited_entries(entries, known.texts)
    to_post = newest(fresh, source.backfill) if baseline or quiet else fresh
    posted = {entry.key for entry in to_post}
    held = {entry.key: "first_poll" if baseline else "older_stories" for entry in fresh if entry.key not in posted}
    if known.paused is not None and not baseline:
        during = {entry.key for entry in to_post if known.paused.holds(entry)}
        held.update((key, "paused") for key in during)
        to_post = [entry for entry in to_post if entry.key not in during]
    matching = [entry for entry in to_post if entry.relevant or case_named(entry, inputs.subscriptions)]
    kept = {entry.key for entry in matching}
    held.update((entry.key, "unmatched") for entry in to_post if entry.key not in kept)
    classified = classified_entries(oldest_first(matching), known.cases)
    stories: list[Story] = []
    repeats: list[Entry] = []
    if inputs.stories:
        classified, stories, repeats = told_stories(classified, known.stories, inputs.now)
        if baseline or quiet or known.paused is not None:  # the stories not posted are known too, so later reports are not news
            stories += unposted_stories([entry for entry in fresh if entry not in matching], inputs.now)
    held.update((entry.key, "repeated") for entry in repeats)
    filtered.update(HELD[code] for code in held.values())
    classified += [corrected(entry, known.texts[entry.key], known.posted.get(entry.key, {})) for entry in edited]
    if not baseline:
        classified += joined_records(source.id, same, known.told)
    follows = new_follows([(item.entry, item.events) for item in classified if not item.correction],
                          inputs.subscriptions, inputs.now)
    queued, muted = unmuted(route(classified, [*inputs.subscriptions, *follows]), inputs.mutes)
    return Outcome(
        new=fresh, edited=edited, joined=same, classified=classified, queued=queued, follows=follows,
        stories=stories, repeats=repeats,
        marks=[(mark, entry.key) for entry in new for mark in filing_marks(entry)]
        + [(mark, entry.key) for entry in (entries if identified else ()) for mark in story_marks(entry)],
        told=told(source.id, fresh, same, queued),
        filtered=+filtered, muted=muted,
        held=held,
        event_types=event_types([*fresh, *(item.entry for item in same), *edited], classified),
        warnings=ambiguous_cases(source, inputs.entries, taken, inputs.subscriptions) if inputs.whole_source else [],
        baseline=baseline, quiet=quiet,
        story_level=identified.level if identified and identified.lowered else None,
    )


def unmuted(queued: Sequence[Queued], mutes: Sequence[Mute]) -> tuple[list[Queued], int]:
    """The posts whose case is muted in none of their channels, and how many entries the others told of (a burst
    of one case counts each entry it lists)."""
    kept = [item for item in queued if not any(mute.covers(item.post.channel, item.post.entry) for mute in mutes)]
    return kept, sum(len(item.post.items) for item in queued) - sum(len(item.post.items) for item in kept)


def event_types(stored: Sequence[Entry], classified: Sequence[Classified]) -> dict[str, tuple[str, ...]]:
    """The event types of each entry stored or corrected, as classified for routing, or (an entry not routed: a
    first poll's, one matching no watch) as the classifier gives them."""
    found = {item.entry.key: item.events for item in classified}
    return {entry.key: found[entry.key] if entry.key in found else classify(entry.text) for entry in stored}


def ambiguous_cases(
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


def classified_entries(entries: Sequence[Entry], known_cases: Collection[str]) -> list[Classified]:
    """New entries with their event types: the classifier's (bot/pipeline/classify/), and `new_case` first for a
    filing that opens a case the source never listed before (`known_cases`, bot/pipeline/watch.py)."""
    return [
        Classified(entry, ("new_case", *events) if opens_new_case(entry, known_cases) else events)
        for entry in entries
        for events in [classify(entry.text)]
    ]


def opens_new_case(entry: Entry, known_cases: Collection[str]) -> bool:
    """Whether the entry is a filing that opens a case of which the source has no entry stored."""
    return bool(entry.case_number) and opens_case(entry.text) and entry.case_number not in known_cases


def corrected(entry: Entry, old_text: str, posted: Mapping[str, Sequence[str]]) -> Classified:
    """A known entry whose text the court corrected (from `old_text`): posted, as a correction, in the channels that
    were `posted` it (channel -> the texts posted there, oldest first) when the event types they were last told of
    changed, and elsewhere only for the event types it gained."""
    events = classify(entry.text)
    before = classify(old_text)
    changes = {channel: Change(texts[-1], classify(texts[-1]), len(texts)) for channel, texts in posted.items() if texts}
    return Classified(entry, events, gained=tuple(e for e in events if e not in before), correction=True,
                      was=Change(old_text, before), posted=changes)


def joined_records(
    source_id: str, same: Sequence[SameFiling], told: Mapping[str, Collection[str]]
) -> list[Classified]:
    """New records of known filings as corrections of the known record; one from another source is news in
    the channels that were not `told` of the filing (they follow only this source)."""
    return [
        replace(
            corrected(item.entry, item.known.text, {}),
            told=frozenset(told.get(item.known.filing, ())) if item.known.source_id != source_id else None,
        )
        for item in same
    ]


def told_stories(
    classified: Sequence[Classified], known: Sequence[Story], now: datetime
) -> tuple[list[Classified], list[Story], list[Entry]]:
    """News items (bot/pipeline/stories.py): a report of a new story, or of a new event of a story (charges dropped
    after the charge), is posted, the latter in the story's thread; a copy of a report by another outlet
    becomes an "also reported by" reply in that report's thread. A copy of a story the same outlet reported
    before, or of one seen in a first poll (never posted), is not posted: it is returned as a repeat.

    Returns the items to post, the stories they report first, and the repeats."""
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


def unposted_stories(entries: Sequence[Entry], now: datetime) -> list[Story]:
    """Stories for news items recorded without a post (a first poll's): known, with no thread to reply in."""
    return [
        Story(entry.url, headline_words(headline(entry)), entry.court, "", now, tuple(classify(entry.text)))
        for entry in entries
    ]


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
