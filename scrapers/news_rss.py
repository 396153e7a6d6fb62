"""News feeds (RSS 2.0, RSS 1.0, Atom; WordPress feeds such as https://deadline.com/feed/) parsed into entries.

Each item is one story (see scrapers/news.py for how a story becomes an entry): the headline and summary as plain
text (a WordPress item without a description gives the start of its `content:encoded`), the link (a FeedBurner
item's original link rather than the redirect), the published time or else the updated one. The court is the
outlet, from the feed's title; `docket_url` is the feed's site link, or the feed itself when it names none. A
Google Alert's feed lists other outlets' stories, each through a redirect to its article: the court of each is the
article's site (scrapers/news.py `news_entries`), not the alert.

Encodings: feedparser reads the XML declaration and, when the bytes do not decode as declared (or as UTF-8 when
nothing is declared), falls back to Windows-1252, a superset of Latin-1; so a Latin-1 feed without a declaration
(UOL) comes out with its accents. Whitespace before the XML declaration (TechCrunch) is dropped: feedparser only
sees a declaration at the very start, and would otherwise read a KOI8-R or Shift_JIS feed as Windows-1252.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from pydantic import ConfigDict, Field

from scrapers.base import Parsed, ParseError, Scraper
from scrapers.markup import read_feed

if TYPE_CHECKING:
    import feedparser
from scrapers.news import (
    Story,
    news_entries,
    parse_date,
    plain_text,
    site_name,
)
from scrapers.settings import NewsSettings
from scrapers.text import one_line

_FEED_ENDS = (b"</rss>", b"</feed>", b"</rdf:RDF>")


_MEDIA_NAMESPACE = re.compile(rb"""xmlns:([\w.-]+)\s*=\s*["']http://search\.yahoo\.com/mrss/?["']""")


def _text(detail: feedparser.FeedParserDict | None) -> str:
    """A title or summary as plain text, whether the feed gave it as text or as HTML (escaped once or twice)."""
    if not detail:
        return ""
    value = detail.get("value", "")
    return plain_text(value) if "html" in (detail.get("type") or "") or "&" in value else one_line(value)


def _summary(item: feedparser.FeedParserDict) -> str:
    """The item's description, else its `content:encoded` (feedparser gives that as the summary when there is
    no description)."""
    return _text(item.get("summary_detail")) or next(filter(None, map(_text, item.get("content", []))), "")


def without_media_texts(raw: bytes) -> bytes:
    """The feed without the Media RSS texts of its pictures and videos (`media:description`, `media:title`,
    `media:text`): feedparser reads a caption as the item's summary, or as content before `content:encoded`."""
    for prefix in set(_MEDIA_NAMESPACE.findall(raw)):
        names = rb"(?:description|title|text)"
        element = re.escape(prefix) + rb":" + names
        raw = re.sub(rb"<" + element + rb"\b[^>]*?(?:/>|>.*?</" + element + rb"\s*>)", b"", raw, flags=re.DOTALL)
    return raw


def _published(item: feedparser.FeedParserDict) -> datetime | None:
    """The published time, else the updated one, with the zone the feed gave; feedparser's UTC reading of a
    format we do not know as the last resort."""
    for field in ("published", "updated"):
        published = parse_date(item.get(field, ""))
        if published:
            return published
        parsed = item.get(f"{field}_parsed")
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC)  # feedparser's 9-tuple in UTC
    return None


def _story(item: feedparser.FeedParserDict) -> Story:
    link = item.get("feedburner_origlink") or item.get("link", "")
    return Story(
        title=_text(item.get("title_detail")),
        summary=_summary(item),
        link=link.strip(),
        published=_published(item),
        guid=item.get("id", "").strip(),
        tags=tuple(one_line(tag.get("term") or tag.get("label") or "") for tag in item.get("tags", [])),
    )


def _site_link(feed: feedparser.FeedParserDict, url: str) -> str:
    """The feed's link to its site (RSS <link>, Atom rel="alternate"); the feed's own URL when it has none."""
    alternates = (link.get("href") for link in feed.get("links", []) if link.get("rel") == "alternate")
    return next((href for href in alternates if href), url)


class NewsRssSettings(NewsSettings):
    """News about the cases you follow from an RSS 2.0, RSS 1.0 or Atom feed; each story is posted once, however
    many feeds and outlets report it."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "deadline", "kind": "news_rss", "url": "https://deadline.com/feed/", "case": "rust-baldwin",
        "keywords": ["Alec Baldwin", "Rust shooting"], "exclude": ["podcast"],
    }]})

    kind: Literal["news_rss"] = Field(default="news_rss", description="a news feed")
    url: str = Field(description="the feed")


class NewsRss(Scraper[NewsRssSettings]):
    settings = NewsRssSettings
    stories = True

    def read(self, raw: bytes, url: str) -> Parsed:
        raw = without_media_texts(raw.lstrip())
        parsed = read_feed(raw, url)
        if not parsed.get("version"):
            raise ParseError("not an RSS or Atom feed")
        if parsed.bozo and not raw.rstrip().endswith(_FEED_ENDS):
            raise ParseError(f"feed is cut off ({parsed.bozo_exception})")
        docket_url = _site_link(parsed.feed, url)
        court = _text(parsed.feed.get("title_detail")) or site_name(docket_url)
        return news_entries(self.source, [_story(item) for item in parsed.entries], court, docket_url)
