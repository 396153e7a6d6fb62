"""Source kinds, by the name a config's `kind:` uses. Adding a kind is adding one module and one line here."""

from scrapers.base import ParseError, Scraper
from scrapers.pacer_rss import PacerRss

SCRAPERS: dict[str, type[Scraper]] = {
    PacerRss.kind: PacerRss,
}

__all__ = ["SCRAPERS", "ParseError", "Scraper"]
