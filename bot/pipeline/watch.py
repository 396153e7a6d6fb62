"""Watches on docket sources: the entries that name a party or a word, the filings that open a new case, and
the cases a subscription follows because a watch found them.

A docket source may take `parties:` (matched against an entry's case name), `keywords:` (against its text) and
`exclude:` (a term that, found where a party or keyword matched, undoes the match: "Baldwin County"). Matching is
the news sources' (scrapers/text.py `first_match`): whole words, ignoring case, accents and punctuation, so that
the party "Baldwin" matches "USA v. Baldwin", "Baldwin, Alexander Rae", "In re Baldwin" and "BALDWIN, ALEC", and
not "Baldwinsville". A party of several words also matches written surname first: "Alec Baldwin" matches
"BALDWIN, ALEC". A source with a watch posts only the entries that match, and those of cases a subscription
names (`cases:`, /docket follow, or a follow that `follow_matches: true` made).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TypeGuard

from bot.config import SourceConfig, Subscription
from bot.core.dockets import same_docket
from bot.core.entry import Entry
from bot.core.events import SUBSCRIBABLE_EVENTS
from scrapers.settings import WatchSettings
from scrapers.text import first_match

# The first words of a filing that opens a case: a complaint, an indictment, an information, a petition (a
# habeas petition, a bankruptcy's voluntary petition), a notice of removal from a state court; and "Docket opened",
# the entry a CourtListener search gives a new docket none of whose documents it holds yet (courtlistener_search.py).
_OPENS_CASE = re.compile(
    r"^\W*(?:sealed\s+)?(?:(?:chapter\s+\d+\s+)?voluntary\s+petition|petition|complaint|indictment|information|"
    r"notice\s+of\s+removal|docket\s+opened)\b",
    re.IGNORECASE,
)


def watching(source: SourceConfig) -> TypeGuard[WatchSettings]:
    """Whether the source has a watch (parties or keywords) on its docket entries (news sources use keywords
    for relevance instead, scrapers/news.py)."""
    return isinstance(source, WatchSettings) and bool(source.parties or source.keywords)


def party_spellings(party: str) -> list[str]:
    """The spellings of a party a case name may use: as written, and surname first when it has several words
    ("Alec Baldwin", "Baldwin Alec": punctuation is ignored, so this matches "BALDWIN, ALEC")."""
    words = party.split()
    return [party, " ".join([words[-1], *words[:-1]])] if len(words) > 1 else [party]


def why(source: WatchSettings, entry: Entry) -> str:
    """Why the entry matches the source's watch ("party: Baldwin", "keyword: Rust"), or "" when it does not."""
    for party in source.parties:
        if first_match(party_spellings(party), entry.case_name) and not first_match(source.exclude, entry.case_name):
            return f"party: {party}"
    keyword = first_match(source.keywords, entry.text)
    if keyword and not first_match(source.exclude, entry.text):
        return f"keyword: {keyword}"
    return ""


def watched(source: SourceConfig, entries: Sequence[Entry]) -> list[Entry]:
    """The entries with why they match the source's watch; those that do not are kept (to be stored as seen)
    but not `relevant`. Unchanged for a source without a watch."""
    if not watching(source):
        return list(entries)
    return [replace(entry, why=reason, relevant=bool(reason)) for entry in entries for reason in [why(source, entry)]]


def opens_case(text: str) -> bool:
    """Whether an entry's text is a filing that opens a case ("Complaint", "Notice of Removal", "Voluntary
    Petition (Chapter 11)", "INDICTMENT as to ..."); an amended or superseding one does not."""
    return bool(_OPENS_CASE.search(text))


def case_named(entry: Entry, subscriptions: Sequence[Subscription]) -> bool:
    """Whether a subscription names the entry's case by its docket number (and follows its source)."""
    return bool(entry.case_number) and any(
        subscription.cases and ("*" in subscription.sources or entry.source_id in subscription.sources)
        and any(same_docket(case, entry.case_number) for case in subscription.cases)
        for subscription in subscriptions
    )


def new_follows(
    found: Sequence[tuple[Entry, tuple[str, ...]]], subscriptions: Sequence[Subscription], now: datetime
) -> list[Subscription]:
    """The follows that subscriptions with `follow_matches: true` make of the cases a watch found: for each
    (entry, its event types) that matched a watch and that such a subscription wants, one subscription of the
    subscription's channel to the entry's case in its source, for every event type, saying what started it.
    None for a case the channel follows already."""
    follows: list[Subscription] = []
    for entry, events in found:
        if not entry.why or not entry.case_number:
            continue
        for subscription in subscriptions:
            if not subscription.follow_matches or not subscription.wants(entry, events):
                continue
            follow = Subscription(
                channel=subscription.channel, sources=[entry.source_id], cases=[entry.case_number],
                events=list(SUBSCRIBABLE_EVENTS),
                started_by=f"{entry.why}, {entry.case_name or entry.case_number}, {now.date().isoformat()}",
            )
            if not case_named(entry, [s for s in [*subscriptions, *follows] if s.channel == subscription.channel]):
                follows.append(follow)
    return follows
