"""A news outlet's listing page (a section, a tag or a search page) read with CSS selectors into entries.

`selectors`: `item` selects each story on the page; within a story, `title` (required) its headline, and
optionally `link` its link (an `<a>` or an element holding one; by default the headline's link, else the first
link of the story), `date` its date (a `<time datetime=...>` attribute, else the text, read with `date_format`
or else as people write dates, see scrapers/news_dates.py; on the source's `timezone` when the page names no
zone) and `summary` its teaser. Relative links are resolved against the page URL. A story whose date element
is there but cannot be read is skipped ("date not readable"), not given a guessed date.
A story becomes an entry as in scrapers/news.py; the court is the page's site name (`og:site_name`), else its
<title>, else its host, and `docket_url` is the page itself.

A page on which no element matches `item` with a headline matching `title` raises ParseError. A listing
can in principle be empty (a search with no results), but a section or tag page, which is what one follows,
always lists stories: no match almost always means the layout changed or the outlet served an error, consent
or login page, and returning no entries would hide that for good. A source that can really be empty should
follow a page that is not.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo

from bs4 import BeautifulSoup, Tag
from pydantic import ConfigDict, Field, field_validator

from scrapers.base import Parsed, ParseError, Scraper, Skipped
from scrapers.http import resolve_url
from scrapers.markup import attribute, read_html
from scrapers.news import (
    Story,
    news_entries,
    site_name,
    space_out,
    unescaped,
)
from scrapers.news_dates import listing_date
from scrapers.selectors import selector_problems
from scrapers.settings import NewsSettings, known_zone
from scrapers.text import text_of

SELECTOR_NAMES = ("item", "title", "link", "date", "summary")
REQUIRED_SELECTORS = ("item", "title")


def _select(scope: Tag, selector: str | None) -> Tag | None:
    return scope.select_one(selector) if selector else None


def _with_href(element: Tag | None) -> Tag | None:
    """The element itself when it is a link, else the first link inside it."""
    if element is None or element.has_attr("href"):
        return element
    return element.find("a", href=True)


def _href(item: Tag, title: Tag, selector: str | None) -> str:
    """The story's link: the `link` selector's, else the headline's, the story element's or its first link."""
    candidates = [_select(item, selector)] if selector else [title, item]
    link = next(filter(None, map(_with_href, candidates)), None)
    return attribute(link, "href").strip() if link is not None else ""


class Unreadable(Exception):
    """A story's date element whose date cannot be read."""


def _strptime(text: str, date_format: str, zone: tzinfo) -> datetime | None:
    try:
        moment = datetime.strptime(text, date_format)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _machine_readable(text: str, zone: tzinfo) -> datetime | None:
    """A `datetime` attribute (ISO 8601) as an aware time; a date or time without offset on the `zone` clock."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _published(element: Tag | None, date_format: str | None, zone: tzinfo) -> datetime | None:
    """The story's time from its date element; None without one. Raises Unreadable when the element says a
    date that neither its `datetime` attribute, `date_format` nor scrapers/news_dates.py can read."""
    if element is None:
        return None
    text = text_of(element)
    moment = (
        _machine_readable(attribute(element, "datetime"), zone)
        or (date_format and _strptime(text, date_format, zone))
        or listing_date(text, zone)
    )
    if moment is None and (text or attribute(element, "datetime")):
        raise Unreadable(text or attribute(element, "datetime"))
    return moment


def _outlet(soup: BeautifulSoup, url: str) -> str:
    site = soup.find("meta", attrs={"property": "og:site_name"})
    return (site and attribute(site, "content").strip()) or text_of(soup.title) or site_name(url)


class NewsHtmlSettings(NewsSettings):
    """News about the cases you follow from a listing page of stories, read with CSS selectors."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "santa-fe-paper", "kind": "news_html", "url": "https://news.example.com/courts/",
        "case": "rust-baldwin", "keywords": ["Alec Baldwin", "Rust shooting"],
        "selectors": {"item": "div.river article.card", "title": "h3.card__headline", "date": "time",
                      "summary": "p.card__dek"},
        "timezone": "America/Denver",
    }]})

    kind: Literal["news_html"] = Field(default="news_html", description="a listing page of news stories")
    url: str = Field(description="the listing page")
    selectors: dict[str, str] = Field(default={}, description=(
        f"CSS selectors, each within the item: {', '.join(SELECTOR_NAMES)} ({' and '.join(REQUIRED_SELECTORS)} "
        "required)"))
    date_format: str | None = Field(default=None,
                                    description="the dates' strptime format (default: dates as people write them)")
    timezone: str | None = Field(default=None,
                                 description="the clock of the page's dates that name no zone (default: the config's)")

    @field_validator("timezone")
    @classmethod
    def _timezone_known(cls, name: str | None) -> str | None:
        return name if name is None else known_zone(name)

    def problems(self) -> list[tuple[str, str]]:
        return super().problems() + _selector_problems(self.selectors)


class NewsHtml(Scraper[NewsHtmlSettings]):
    settings = NewsHtmlSettings
    stories = True
    max_skipped = 1.0  # listing pages mix stories with ads and teasers that have no headline: reported, not failed

    def read(self, raw: bytes, url: str) -> Parsed:
        soup = read_html(raw)
        space_out(soup)
        selectors = self.source.selectors
        stories, headless = [], []
        for item in soup.select(selectors["item"]):
            try:
                story = self._story(item, url)
            except Unreadable as exc:
                headless.append(Skipped("date not readable", str(exc)))
                continue
            if story is None:
                headless.append(Skipped(f"no {selectors['title']!r} headline in the item", text_of(item)))
            else:
                stories.append(story)
        if not stories:
            raise ParseError(f"no story on the page: no {selectors['item']!r} with a {selectors['title']!r} headline")
        parsed = news_entries(self.source, stories, _outlet(soup, url), url)
        parsed.skipped[:0] = headless
        return parsed

    def _story(self, item: Tag, url: str) -> Story | None:
        selectors = self.source.selectors
        title = item.select_one(selectors["title"])
        if title is None or not text_of(title):
            return None
        href = _href(item, title, selectors.get("link"))
        return Story(
            title=unescaped(text_of(title)),
            summary=unescaped(text_of(_select(item, selectors.get("summary")))),
            link=resolve_url(url, href) if href else "",
            published=_published(_select(item, selectors.get("date")), self.source.date_format, self._zone()),
        )

    def _zone(self) -> tzinfo:
        return ZoneInfo(self.source.timezone or "UTC")


def _selector_problems(selectors: dict[str, str]) -> list[tuple[str, str]]:
    if not selectors:
        return [("selectors", "kind news_html needs selectors (item and title at least)")]
    return selector_problems(selectors, SELECTOR_NAMES, REQUIRED_SELECTORS)
