"""Source kinds, by the name a config's `kind:` uses. Adding a kind is adding one module and one line here."""

from scrapers.base import ParseError, Scraper
from scrapers.html_docket import HtmlDocket
from scrapers.pacer_rss import PacerRss

SCRAPERS: dict[str, type[Scraper]] = {kind.kind: kind for kind in (PacerRss, HtmlDocket)}

__all__ = ["SCRAPERS", "ParseError", "Scraper"]
