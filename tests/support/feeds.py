"""A PACER RSS feed served over a real local socket, whose content a test can change between polls."""

from __future__ import annotations

from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.demo import without_newest as feed_without_newest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

__all__ = ["FIXTURES", "ChangingFeed", "feed_without_newest"]


class ChangingFeed:
    """Serves `body` at `path`; assign `body` to change what the next poll sees."""

    def __init__(self, server: HTTPServer, body: bytes, path: str = "/cgi-bin/rss_outside.pl") -> None:
        self.body = body
        self.requests = 0
        self.url = server.url_for(path)
        server.expect_request(path).respond_with_handler(self._respond)

    def _respond(self, _request: Request) -> Response:
        self.requests += 1
        return Response(self.body, content_type="application/rss+xml; charset=ISO-8859-1")
