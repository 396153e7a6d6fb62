"""Reading fetched bytes as markup, the same way for every kind: feeds through feedparser, pages through
BeautifulSoup with lxml; a page whose bytes the readers themselves trip over is refused with ParseError. (The
PACER readers, which must be fast, read lxml's own tree instead: feeds in scrapers/pacer_rss.py, docket reports
through scrapers/tree.py.)"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from bs4 import BeautifulSoup, Tag, XMLParsedAsHTMLWarning

from scrapers.base import ParseError

if TYPE_CHECKING:
    import feedparser

# A feed read as a page (a source or `parse` of the wrong kind) makes BeautifulSoup print a 12-line advice
# for programmers; the kind's own refusal ("not a PACER docket report") tells the user what is wrong.
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)


def read_feed(raw: bytes, url: str = "") -> feedparser.FeedParserDict:
    """feedparser's reading of the bytes fetched from `url`, against which feedparser resolves relative links
    (an `xml:base` in the feed comes first). On some damaged feeds (a character reference past U+10FFFF, an
    encoding name that is not text, a misplaced element) feedparser raises instead of flagging the feed."""
    import feedparser  # (here, where a news feed is read, rather than in every command)

    try:
        return feedparser.parse(raw, response_headers={"content-location": url} if url else None)
    except (ValueError, TypeError, KeyError) as exc:
        raise ParseError(f"feed cannot be read ({exc.__class__.__name__}: {exc})") from None


def read_html(raw: bytes | str) -> BeautifulSoup:
    """The page's markup tree. A declared charset that no decoder knows (a control character in its name)
    makes the reader raise: the bytes are then read as UTF-8, unknown bytes replaced."""
    try:
        return BeautifulSoup(raw, "lxml")
    except ValueError:
        if isinstance(raw, str):
            raise ParseError("page cannot be read") from None
        return BeautifulSoup(raw.decode("utf-8", "replace"), "lxml")


def attribute(tag: Tag, name: str) -> str:
    """The value of `tag`'s attribute `name`: "" when it has none; a multi-valued one (`class`) joined by spaces
    (`tag.get_attribute_list` gives its values one by one)."""
    value = tag.get(name)
    if value is None:
        return ""
    return value if isinstance(value, str) else " ".join(value)
