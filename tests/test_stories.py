"""One story, one post: the same story from other outlets is recognised, unrelated stories are not."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.entry import Entry
from bot.core.stories import Story
from bot.pipeline.stories import find_story, headline, headline_words

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2023, 4, 20, 22, 0, tzinfo=UTC)


def relevant(name: str) -> list[Entry]:
    return [Entry.from_json(e) for e in json.loads((FIXTURES / name).read_text()) if e["relevant"]]


def story_of(entry: Entry, at: datetime = NOW) -> Story:
    return Story(entry.url, headline_words(headline(entry)), entry.court, "case:rust-baldwin", at)


def test_three_outlets_reporting_the_dismissal_are_one_story_the_armorer_story_is_not():
    [deadline] = relevant("news_rss/deadline_wordpress.expected.json")
    armorer, courtwatch = relevant("news_rss/courtwatch_atom.expected.json")
    [riogrande] = relevant("news_html/riogrande_courts.expected.json")
    first = story_of(deadline)
    assert find_story(courtwatch, [first], NOW) == first
    assert find_story(riogrande, [first], NOW) == first
    assert "Armorer" in armorer.text and find_story(armorer, [first], NOW) is None


def test_same_canonical_url_is_the_same_story_and_old_stories_are_forgotten():
    [deadline] = relevant("news_rss/deadline_wordpress.expected.json")
    other_words = Story(deadline.url, frozenset({"unrelated", "words", "here"}), "Deadline", "t", NOW)
    assert find_story(deadline, [other_words], NOW) == other_words
    assert find_story(deadline, [story_of(deadline, NOW - timedelta(hours=49))], NOW) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [("Charges Dropped In ‘Rust’ Shooting", {"charg", "drop", "rust", "shoot"}),
     ("Baldwin’s charge was dropped", {"baldwin", "charg", "drop"})],
)
def test_headline_words_are_stemmed_and_common_words_dropped(text, words):
    assert headline_words(text) == words
