"""Source kinds, by the name a config's `kind:` uses. Adding a kind is adding one module and one line here."""

from scrapers.base import Parsed, ParseError, Scraper, Skipped
from scrapers.courtlistener import CourtListener
from scrapers.html_docket import HtmlDocket
from scrapers.http import UNCHANGED, Unchanged
from scrapers.news_html import NewsHtml
from scrapers.news_rss import NewsRss
from scrapers.odyssey import Odyssey
from scrapers.pacer_rss import PacerRss
from scrapers.texas_courts import TexasCourts

SCRAPERS: dict[str, type[Scraper]] = {
    kind.kind: kind for kind in (PacerRss, HtmlDocket, TexasCourts, Odyssey, CourtListener, NewsRss, NewsHtml)
}

__all__ = ["SCRAPERS", "UNCHANGED", "ParseError", "Parsed", "Scraper", "Skipped", "Unchanged"]
