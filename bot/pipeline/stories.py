"""One story, one post: news items from several feeds or outlets that report the same story.

Two items are about the same story when their canonical URLs are equal (tracking parameters are dropped
by the news scrapers), or when their headlines, within 48 hours, share most of their words: the words
are reduced to a crude stem (`dropped`, `drop` -> `drop`), short and common words left out, and the
share is taken of the shorter headline.

Stories are events: a later item about the same story is a copy of an earlier report only when that
report already carries every event type the item does ("other" is none). A copy by another outlet becomes a
reply in the report's thread ("also reported by …"); a copy by the outlet of the report (its second feed, or
the story again under a new link) is not posted: an outlet never "also reports" its own story. A source's
first poll records its stories without posting them (but `backfill`), with no thread (`thread_key` ""): a later
copy of one of them is not news either. An item that carries an event type no earlier report did (charges
dropped after the charge) is news: its own post, in the thread of the story it follows (the case's
thread), and itself a report that later copies are replies to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta

from bot.core.entry import Entry
from bot.core.stories import Story
from scrapers.text import SEPARATOR

WINDOW = timedelta(hours=48)
SHARED_WORDS = 0.6  # of the shorter headline's words
HEADLINE_SEPARATOR = SEPARATOR  # news entries' text: headline, then the summary

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_COMMON = frozenset(
    "a an and are as at be by for from has have in into is it its of on or over the to was were will with "
    "after against amid about new says said".split()
)


def headline(entry: Entry) -> str:
    return entry.text.split(HEADLINE_SEPARATOR, 1)[0]


def _stem(word: str) -> str:
    word = re.sub(r"['’]s$", "", word.lower())
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


def headline_words(text: str) -> frozenset[str]:
    return frozenset(_stem(word) for word in _WORD.findall(text) if len(word) > 2 and word.lower() not in _COMMON)


def same_story(words: frozenset[str], url: str, story: Story) -> bool:
    if url and url == story.url:
        return True
    shorter = min(len(words), len(story.words))
    return shorter >= 3 and len(words & story.words) / shorter >= SHARED_WORDS


def related_stories(entry: Entry, stories: Iterable[Story], now: datetime) -> list[Story]:
    """The earlier reports about the same story within the window, oldest first as given."""
    words = headline_words(headline(entry))
    return [story for story in stories if now - story.first_seen_at <= WINDOW and same_story(words, entry.url, story)]


def same_outlet(a: str, b: str) -> bool:
    """Whether two outlet names (feed titles, site names) name one outlet: equal but for case and spacing."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def reports(story: Story, events: Iterable[str]) -> bool:
    """Whether `story` carries every event type of `events` ("other" is none). A story stored without its
    event types (before they were kept) is taken to carry them all."""
    return story.events is None or set(events) - {"other"} <= set(story.events)


def find_story(entry: Entry, stories: Iterable[Story], now: datetime, events: Iterable[str] = ()) -> Story | None:
    """The earlier report, within the window, that `entry` (with event types `events`) is a copy of, if any."""
    events = tuple(events)
    return next((story for story in related_stories(entry, stories, now) if reports(story, events)), None)
