"""The diff step: which parsed entries are new, by their stable keys."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone

from bot.entry import Entry


def unique(entries: Iterable[Entry]) -> list[Entry]:
    """Entries with duplicate keys dropped (the first one stays), in their original order."""
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry.key not in seen:
            seen.add(entry.key)
            kept.append(entry)
    return kept


def new_entries(entries: Sequence[Entry], known_keys: set[str]) -> list[Entry]:
    """The entries whose keys were never seen. Entries that left the feed are not news and are ignored."""
    return [entry for entry in unique(entries) if entry.key not in known_keys]


def newest(entries: Sequence[Entry], count: int) -> list[Entry]:
    """The `count` most recently filed entries (for `backfill: N` on a first poll)."""
    if count <= 0:
        return []
    oldest = datetime.min.replace(tzinfo=timezone.utc)
    return sorted(entries, key=lambda entry: entry.filed_at or oldest, reverse=True)[:count]
