"""A news story's identity in its source: its guid, its canonical link, or its headline and outlet, whichever the
source keeps stable.

Feeds get guids wrong in two ways: some make a new guid for every item at every request (a link seen before comes
back under a guid never seen: the guids are not stable), others give many items one guid (one guid, several links:
not unique). Some feeds and listing pages also link every item to one page (one link, several headlines). So a
source's stories are keyed at one of three levels, the most trusted that its items support:

- `guid`: the item's guid, else its link, else its headline;
- `link`: its canonical link (scrapers/news.py `canonical_url`: no session or tracking parameters), else its
  headline;
- `title`: its headline and outlet, normalised (case, accents, spacing, punctuation).

A guid shared by items with different links (or, without links, headlines), or a known link under an unknown guid,
takes the source down to `link`; a link shared by items with different headlines down to `title`. The level only
goes down, and is remembered per source (bot/poll/poller.py, `source_state.story_key`). Each story's marks, one per level
it has an identifier at (`story:link:<digest>`), are stored with it, so that a story stored under its guid is still
known once the source is keyed by links.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from bot.core.entry import Entry, content_key
from scrapers.text import SEPARATOR, words

LEVELS = ("guid", "link", "title")


def title_id(entry: Entry) -> str:
    """The story's outlet and headline, normalised: "mesa post|judge dismisses charge against ranch manager"."""
    headline = entry.text.split(SEPARATOR, 1)[0]
    return f"{words(entry.court)}|{words(headline)}"


def story_ids(entry: Entry) -> dict[str, str]:
    """The story's identifier at each level; "" where it has none (a link to the outlet's page is none)."""
    link = entry.url if entry.url and entry.url != entry.docket_url else ""
    return {"guid": entry.guid, "link": link, "title": title_id(entry)}


def _taken_at(ids: Mapping[str, str], level: str) -> str:
    """The level whose identifier keys the story at `level`: that one, else the next one down it has."""
    return next(lower for lower in LEVELS[LEVELS.index(level):] if ids[lower] or lower == "title")


def _key(ids: Mapping[str, str], level: str) -> str:
    taken = _taken_at(ids, level)
    return content_key("title", ids["title"]) if taken == "title" else ids[taken]


def mark(level: str, identifier: str) -> str:
    """The stored mark of an identifier (a digest: guids and links can be longer than a mark may be)."""
    return f"story:{level}:{hashlib.sha256(identifier.encode('utf-8')).hexdigest()[:32]}"


def story_marks(entry: Entry) -> list[str]:
    """The marks of each identifier the story has."""
    return [mark(level, identifier) for level, identifier in story_ids(entry).items() if identifier]


def _shared(ids: Sequence[Mapping[str, str]], level: str) -> bool:
    """Whether some key at `level` (an item's identifier there, else the one it falls back to) is given to items
    that differ at a level below it: one guid for several links, one link for several headlines."""
    below = LEVELS[LEVELS.index(level) + 1:]
    seen: dict[str, tuple[str, ...]] = {}
    for item in ids:
        lower = tuple(_key(item, other) for other in below)
        if seen.setdefault(_key(item, level), lower) != lower:
            return True
    return False


def page_level(entries: Sequence[Entry], level: str = "guid") -> str:
    """The most trusted level, from `level` down, at which the page's identifiers are unique."""
    ids = [story_ids(entry) for entry in entries]
    while level != "title" and _shared(ids, level):
        level = LEVELS[LEVELS.index(level) + 1]
    return level


def guids_unstable(entries: Sequence[Entry], known_marks: Mapping[str, str]) -> bool:
    """Whether an item's link was stored before while its guid never was: the feed makes new guids."""
    for entry in entries:
        ids = story_ids(entry)
        if ids["guid"] and ids["link"] and mark("guid", ids["guid"]) not in known_marks:
            if mark("link", ids["link"]) in known_marks:
                return True
    return False


def keyed(entries: Sequence[Entry], level: str, known_marks: Mapping[str, str] | None = None) -> list[Entry]:
    """The entries keyed at `level`, in their order. A story whose identifier at that level is stored (in
    `known_marks`: mark -> stored key) keeps its stored key; a key given twice gets its occurrence appended."""
    known_marks = known_marks or {}
    seen: Counter[str] = Counter()
    out = []
    for entry in entries:
        ids = story_ids(entry)
        taken = _taken_at(ids, level)
        key = known_marks.get(mark(taken, ids[taken])) or _key(ids, level)
        seen[key] += 1
        out.append(replace(entry, key=key if seen[key] == 1 else f"{key}:{seen[key]}"))
    return out


@dataclass(frozen=True)
class Identified:
    """A poll's stories keyed at the source's level, the level, whether the poll lowered it, and whether any of
    the stories' marks was stored before."""

    entries: list[Entry]
    level: str
    lowered: bool
    known_any: bool


def identify(entries: Sequence[Entry], stored_level: str | None, known_marks: Mapping[str, str]) -> Identified:
    """The stories of one poll keyed at the most trusted level that this page and what is stored allow, from the
    source's stored level (None: guid) down; `known_marks` maps the marks of this source's stored stories to their
    keys."""
    start = stored_level or "guid"
    level = page_level(entries, start)
    if level == "guid" and guids_unstable(entries, known_marks):
        level = page_level(entries, "link")
    lowered = LEVELS.index(level) > LEVELS.index(start)
    return Identified(keyed(entries, level, known_marks), level, lowered, bool(known_marks))
