"""The unit that flows through the pipeline: one docket entry or news item, as a frozen value."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Entry:
    """One docket entry (or news item) as parsed from a source.

    `key` is the entry's stable identity within its source: the same filing
    seen in two polls has the same key, two different filings never share one.
    `case_key` names the case the entry belongs to when a config says so (`case: rust-baldwin`);
    `relevant` is False for a news item that matched none of its source's keywords: it is stored
    as seen but never posted. `guid` is a news item's own id in its feed (RSS guid, Atom id), if it has one:
    its key when the feed's guids can be trusted (scrapers/news_identity.py). `why` says which term of its
    source's watch a docket entry matched ("party: Baldwin", bot/pipeline/watch.py), shown in its post.
    """

    source_id: str
    key: str
    case_number: str
    case_name: str
    court: str
    text: str
    url: str = ""
    docket_url: str = ""
    filed_at: datetime | None = None
    number: str | None = None
    case_key: str = ""
    relevant: bool = True
    guid: str = ""
    why: str = ""

    @property
    def is_story(self) -> bool:
        """Whether it is a news story (no case number, no case name: its `court` is the outlet), not a filing."""
        return not self.case_number and not self.case_name

    def to_json(self) -> dict:
        data = dict(vars(self))  # every field is a plain value: no deep copy (dataclasses.asdict) needed
        data["filed_at"] = self.filed_at.isoformat() if self.filed_at else None
        if not self.guid:  # only news items have one
            del data["guid"]
        if not self.why:  # only entries of a watched source have one
            del data["why"]
        return data

    @classmethod
    def from_json(cls, data: dict) -> Entry:
        filed_at = data.get("filed_at")
        return cls(**{**data, "filed_at": datetime.fromisoformat(filed_at) if filed_at else None})


def normalise_text(text: str) -> str:
    """Case- and whitespace-insensitive form of a text, for identity and comparison: its words (split at any white
    space, as `\\s` finds it) between single spaces, lower case."""
    return " ".join(text.split()).lower()


def content_key(*parts: object) -> str:
    """A key for an entry that has no identifier of its own: a short hash of its normalised parts."""
    joined = "\x1f".join(normalise_text(str(part)) for part in parts if part is not None)
    return "h:" + hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


def without_nul(entry: Entry) -> Entry:
    """The entry with NUL characters removed from its text fields: PostgreSQL stores no NUL in text or JSON."""
    fields: dict[str, Any] = {name: value.replace("\x00", "") for name, value in vars(entry).items()
                              if isinstance(value, str) and "\x00" in value}
    return replace(entry, **fields) if fields else entry
