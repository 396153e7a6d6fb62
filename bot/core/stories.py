"""A news story as the store keeps it, for the stories step (bot/pipeline/stories.py) to match later items to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Story:
    """A report of a news story: its canonical URL, its headline's stemmed words, the outlet that reported
    it, the thread its post started or joined (`thread_key`, "" when it was not posted), when it was first
    seen (UTC) and the event types it reports."""

    url: str
    words: frozenset[str]
    outlet: str
    thread_key: str
    first_seen_at: datetime
    events: tuple[str, ...] | None = None  # what it reports; None for a story stored before events were kept
