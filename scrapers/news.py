"""What the two news kinds (news_rss, news_html) share: one story to one entry, keyword matching, clean URLs.

An entry's `text` is the headline, then " — " and the start of the summary (plain text, cut at a word near 500
characters), so that classification sees both. `court` is the outlet, `url` the story's canonical link,
`docket_url` the outlet's page, `filed_at` the publication time, `guid` the item's own id (an RSS guid, an Atom
id). `key` is the guid, the canonical link or a hash of headline and outlet, the most trusted of them that is
unique on the page (scrapers/news_identity.py; a poll may go further down, knowing what the source gave before).

`relevant` says whether a story concerns the source's subject: a source without `keywords` finds every story
relevant; one with keywords only those where a keyword appears, as whole words, in the headline, the summary or
a category. A story in which an `exclude` term appears is never relevant, with or without keywords. Matching
ignores case, accents, punctuation and a possessive "'s": "Rust" matches "‘Rust’" and not "trust", "Alec
Baldwin" matches "Alec Baldwin's".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bs4 import BeautifulSoup, Tag

from bot.core.entry import Entry
from scrapers.base import Parsed, Skipped
from scrapers.html_docket import COMMON_DATE_FORMATS
from scrapers.http import split_url
from scrapers.markup import read_html
from scrapers.news_identity import keyed, page_level
from scrapers.settings import NewsSettings
from scrapers.text import first_match, joined, match_words, one_line

SUMMARY_LIMIT = 500
MARKUP_ROUNDS = 3  # HTML escaped three times over is still read; deeper is not a feed's mistake but its text

_MARKUP = re.compile(r"</?[a-zA-Z][^<>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
# Elements that end a run of text: their neighbours' words must not run together ("<p>a</p><p>b</p>" is "a b").
_BREAKING = ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
             "figcaption", "img", "tr", "td", "th", "section", "article", "header", "footer", "hr")
# The line WordPress SEO plugins append to every item: "The post <title> appeared first on <site>."
_WORDPRESS_FOOTER = re.compile(r"\s*The post .{1,400}? appeared first on .{1,120}?\.?\s*$")

# The one list of query parameters a canonical link drops, because they say who is reading or where a click came
# from, not which page it is:
# - sessions: jsessionid (Java servlets; also as a path parameter, `;jsessionid=...`), phpsessid, aspsessionid*,
#   cfid/cftoken (ColdFusion), p_p_auth (Liferay's per-session token), sid when it is a 32+ hex digit token;
# - tracking: Google Analytics (utm_*), Webtrekk (wt_*), AT Internet (at_*, xtor), Matomo (pk_*), Mailchimp
#   (mc_*), HubSpot (hsa_*), the click ids of ad and social networks (fbclid, gclid, ...), Adobe's CMP and cmpid,
#   Microsoft's ocid, ncid, NYT's smid, Twitter's ref_src, and ref / source / from when they name a feed (ref=rss).
_TRACKING_PARAMETER = re.compile(
    r"^(?:utm|wt|at|pk|mc|hsa)_|^aspsessionid|^(?:fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|twclid|"
    r"mkt_tok|_ga|_gl|ocid|ncid|cmp|cmpid|smid|sr_share|ref_src|xtor|jsessionid|phpsessid|cfid|cftoken|p_p_auth)$",
    re.IGNORECASE,
)
_FEED_REFERRER = re.compile(r"^(?:ref|source|from)$", re.IGNORECASE)
_FEED_NAME = re.compile(r"^(?:rss|atom|feed|rss_?feed|feedburner)[\w.-]*$", re.IGNORECASE)
_SESSION_ID = re.compile(r"^[0-9a-f]{32,}$", re.IGNORECASE)
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid)=[^/?#;]*", re.IGNORECASE)
_GOOGLE_REDIRECT_HOST = re.compile(r"(?:www\.)?google\.[a-z.]+")

# Month names of feeds written in other languages ("Seg, 24 Set 2018 19:42:40 -0300"), Portuguese, Spanish,
# French, German and Italian, where they differ from the English abbreviation RFC 822 dates need.
_MONTHS = {
    "jan": ["janv", "ene", "gen"], "feb": ["fev", "fevr", "febr"], "mar": ["mars", "marz", "mrz"],
    "apr": ["abr", "avr"], "may": ["mai", "mag"], "jun": ["juin", "giu"], "jul": ["juil", "lug"],
    "aug": ["ago", "aout"], "sep": ["set", "sept"], "oct": ["out", "okt", "ott"], "dec": ["dez", "dic"],
}
_ENGLISH_MONTH = {name: english.capitalize() for english, names in _MONTHS.items() for name in names}
_WEEKDAY = re.compile(r"^\s*[^\W\d]+\.?,\s*")
_NAME = re.compile(r"[^\W\d]+\.?")


@dataclass(frozen=True)
class Story:
    """One news item as read from a feed or a listing page: plain texts, an absolute link as the page gives it
    (a redirect too: `news_entries` makes it canonical)."""

    title: str
    summary: str
    link: str
    published: datetime | None
    guid: str = ""
    tags: tuple[str, ...] = ()


# --- text --------------------------------------------------------------------------------------------------------


def space_out(soup: BeautifulSoup | Tag) -> None:
    """Put a space after each block element and <br>, so that get_text() keeps the words on either side apart."""
    for element in soup.find_all(_BREAKING):
        if element.parent is not None:
            element.insert_after(" ")


def plain_text(markup: str) -> str:
    """An HTML fragment (a feed's summary, a headline with <b>) as one line of text, entities decoded.

    HTML escaped twice (`&amp;lt;p&amp;gt;`, which a feed's reader turns into `&lt;p&gt;`, then into `<p>` as
    text) is read again, until what is left has no tag or entity in it (at most MARKUP_ROUNDS times)."""
    text = markup
    for _ in range(MARKUP_ROUNDS):
        if "<" not in text and "&" not in text:
            break
        soup = read_html(text)
        for element in soup.find_all(["script", "style"]):
            element.decompose()
        space_out(soup)
        text = soup.get_text()
        if not _MARKUP.search(text):
            break
    return one_line(text)


def unescaped(text: str) -> str:
    """A text read from a page that still holds markup (HTML escaped twice: `&lt;b&gt;Jurors&lt;/b&gt;`) as
    plain text; any other text as it is."""
    return plain_text(text) if _MARKUP.search(text) else text


def excerpt(summary: str, limit: int = SUMMARY_LIMIT) -> str:
    """The summary without a WordPress footer, cut at a word when longer than `limit` characters."""
    summary = _WORDPRESS_FOOTER.sub("", summary)
    if len(summary) <= limit:
        return summary
    return summary[: limit + 1].rsplit(" ", 1)[0].rstrip(" ,;:—-") + "…"


# --- keywords ----------------------------------------------------------------------------------------------------


def matches(keywords: Iterable[str], exclude: Iterable[str], *texts: str) -> bool:
    """Whether the texts concern the subject: some keyword appears (or there are none), and no exclude term does."""
    keywords = list(keywords)
    return (not keywords or first_match(keywords, *texts) is not None) and first_match(exclude, *texts) is None


# --- links and dates ---------------------------------------------------------------------------------------------


def _dropped(name: str, value: str) -> bool:
    """Whether a query parameter is a session or tracking one (the list above)."""
    return bool(
        _TRACKING_PARAMETER.search(name)
        or (_FEED_REFERRER.match(name) and _FEED_NAME.match(value))
        or (name.lower() == "sid" and _SESSION_ID.match(value))
    )


def redirect_target(url: str) -> str:
    """The article a redirect link leads to: Google's (`https://www.google.com/url?rct=j&url=<article>&ct=ga`, as
    Google Alerts link every story) holds it in its `url` (or `q`) parameter; "" for any other link."""
    parts = split_url(url.strip())
    if not (_GOOGLE_REDIRECT_HOST.fullmatch(parts.hostname or "") and parts.path == "/url"):
        return ""
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    target = query.get("url") or query.get("q") or ""
    return target if target.startswith(("http://", "https://")) else ""


def canonical_url(url: str) -> str:
    """The link without its fragment and its session and tracking parameters (the list above); a redirect (Google
    Alerts') as its target."""
    target = redirect_target(url)
    if target:
        return canonical_url(target)
    parts = split_url(url.strip())
    query = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(name, value) for name, value in query if not _dropped(name, value)]
    query_text = urlencode(kept) if len(kept) < len(query) else parts.query
    path = _PATH_SESSION.sub("", parts.path)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query_text, ""))


def site_name(url: str) -> str:
    """An outlet named by its host, for a page that names itself nowhere: "www.kob.com" is "kob.com"."""
    return (urlsplit(url).hostname or "").removeprefix("www.")


def site_home(url: str) -> str:
    """The home page of the site a link is on: "https://www.kob.com/news/x" is "https://www.kob.com/"."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "/", "", ""))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _english_months(date: str) -> str:
    """An RFC 822 date in another language with English month names and without its weekday."""
    return _NAME.sub(
        lambda name: _ENGLISH_MONTH.get(match_words(name.group()).strip(), name.group()), _WEEKDAY.sub("", date)
    )


def _strptime(date_format: str) -> Callable[[str], datetime]:
    return lambda date: datetime.strptime(date, date_format)


def _other_language_rfc822(date: str) -> datetime:
    return parsedate_to_datetime(_english_months(date))


def parse_date(date: str, date_format: str | None = None) -> datetime | None:
    """An aware datetime (UTC when the text has no zone) from `date_format`, RFC 822 (also with month names in
    another language), ISO 8601 or a common US date format; None when none fits."""
    date = one_line(date)
    readers = [
        *([_strptime(date_format)] if date_format else []),
        parsedate_to_datetime,
        datetime.fromisoformat,
        _other_language_rfc822,
        *map(_strptime, COMMON_DATE_FORMATS),
    ]
    for read in readers if date else []:
        try:
            return _aware(read(date))
        except (TypeError, ValueError, IndexError):
            continue
    return None


# --- entries -----------------------------------------------------------------------------------------------------


def news_entries(source: NewsSettings, stories: list[Story], court: str, docket_url: str) -> Parsed:
    """The entries of a page's stories, in page order, each with its canonical link; a story with neither
    headline nor summary is skipped. The outlet of a story (`court`, and its site, `docket_url`) is the page's
    (`court`, `docket_url`), but for a story the page links through a redirect (a Google Alert's): the article's
    site, by its host name ("investorplace.com") and home page."""
    empty = [Skipped("item has neither headline nor summary", story.link) for story in stories
             if not (story.title or story.summary)]
    stories = [story for story in stories if story.title or story.summary]
    entries = [
        Entry(
            source_id=source.id,
            key="",
            case_number="",
            case_name="",
            court=site_name(target) if target else court,
            text=joined(story.title, excerpt(story.summary)),
            url=canonical_url(story.link) if story.link else docket_url,
            docket_url=site_home(target) if target else docket_url,
            filed_at=story.published,
            relevant=matches(source.keywords, source.exclude, story.title, story.summary, *story.tags),
            guid=story.guid,
        )
        for story, target in ((story, redirect_target(story.link)) for story in stories)
    ]
    return Parsed(keyed(entries, page_level(entries)), empty)
