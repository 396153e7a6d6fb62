"""PACER CM/ECF RSS feeds (district, bankruptcy and appellate courts) parsed into entries."""

from __future__ import annotations

from bot.entry import Entry
from scrapers.base import Scraper


class PacerRss(Scraper):
    kind = "pacer_rss"

    def parse(self, raw: bytes, url: str) -> list[Entry]:
        raise NotImplementedError("being written")
