"""A filing as the store knows it: the records (one per source and key) that are one docket entry.

The diff step (bot/pipeline/diff.py) decides which records are one filing; the store keeps them and hands
them back by filing mark.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.entry import Entry


@dataclass(frozen=True)
class Record:
    """A stored record of a filing: the source that listed it, its key there, and its text."""

    source_id: str
    key: str
    text: str
    filing: str  # the filing's id: its first record's `filing_id`


def filing_id(source_id: str, key: str) -> str:
    """The id of a filing first seen as this record: `<source>|<key>`."""
    return f"{source_id}|{key}"


@dataclass(frozen=True)
class SameFiling:
    """A new record (`entry`) of a filing already known as `known`."""

    entry: Entry
    known: Record
