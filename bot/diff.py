"""The diff step: which parsed entries are new, by their stable keys."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime, timezone

from bot.entry import Entry, normalise_text


def unique(entries: Iterable[Entry]) -> list[Entry]:
    """Entries with duplicate keys dropped (the first one stays), in their original order."""
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry.key not in seen:
            seen.add(entry.key)
            kept.append(entry)
    return kept


def new_entries(entries: Sequence[Entry], known_keys: Collection[str]) -> list[Entry]:
    """The entries whose keys were never seen. Entries that left the feed are not news and are ignored."""
    return [entry for entry in unique(entries) if entry.key not in known_keys]


def edited_entries(entries: Sequence[Entry], known_texts: Mapping[str, str]) -> list[Entry]:
    """Known entries whose text changed (courts correct docket text), beyond case and spacing."""
    return [
        entry
        for entry in unique(entries)
        if entry.key in known_texts and normalise_text(known_texts[entry.key]) != normalise_text(entry.text)
    ]


_UNDATED = datetime.min.replace(tzinfo=timezone.utc)


def _filed(entry: Entry) -> datetime:
    return entry.filed_at or _UNDATED


def newest(entries: Sequence[Entry], count: int) -> list[Entry]:
    """The `count` most recently filed entries (for `backfill: N` on a first poll)."""
    return sorted(entries, key=_filed, reverse=True)[:count] if count > 0 else []


def oldest_first(entries: Sequence[Entry]) -> list[Entry]:
    """Entries in filing order, so posts read as the docket does.

    Feeds list the newest first, so entries filed in the same second are taken in reverse feed order.
    """
    return sorted(reversed(entries), key=_filed)
