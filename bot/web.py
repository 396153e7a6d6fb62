"""`python -m bot web`: the bot's HTTP side (webhooks, health check), a plain WSGI app served by waitress."""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from bot.app import App
from bot.webhooks import WebhookInbox
from scrapers.base import ParseError

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes


@dataclass(frozen=True)
class Response:
    status: int
    body: dict

    def wsgi(self, start_response: Callable) -> Iterable[bytes]:
        payload = json.dumps(self.body).encode()
        reason = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed",
                  413: "Payload Too Large", 503: "Service Unavailable"}.get(self.status, "")
        start_response(f"{self.status} {reason}", [("Content-Type", "application/json"),
                                                   ("Content-Length", str(len(payload)))])
        return [payload]


Handler = Callable[[Request, re.Match], Response]
WsgiApp = Callable[[dict, Callable], Iterable[bytes]]


class WebApp:
    """Routes requests to handlers; every answer is JSON."""

    def __init__(self, app: App, environ: Mapping[str, str], mounts: Mapping[str, WsgiApp] | None = None) -> None:
        """`mounts` hands whole paths to other WSGI apps (Slack's Bolt at /slack/events)."""
        self.app = app
        self.environ = environ
        self.mounts = dict(mounts or {})
        self.inbox = WebhookInbox(app, environ)
        self.routes: list[tuple[str, re.Pattern, Handler]] = [
            ("GET", re.compile(r"/healthz"), self.healthz),
            ("POST", re.compile(r"/webhooks/courtlistener/(?P<secret>[^/]+)"), self.courtlistener_webhook),
        ]

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        mounted = self.mounts.get(environ.get("PATH_INFO", "/"))
        if mounted is not None:
            return mounted(environ, start_response)
        length = int(environ.get("CONTENT_LENGTH") or 0)
        if length > MAX_BODY_BYTES:
            return Response(413, {"error": "body too large"}).wsgi(start_response)
        request = Request(
            method=environ["REQUEST_METHOD"],
            path=environ.get("PATH_INFO", "/"),
            headers={key[5:].replace("_", "-").title(): value for key, value in environ.items()
                     if key.startswith("HTTP_")},
            body=environ["wsgi.input"].read(length) if length else b"",
        )
        return self.dispatch(request).wsgi(start_response)

    def dispatch(self, request: Request) -> Response:
        allowed = []
        for method, pattern, handler in self.routes:
            match = pattern.fullmatch(request.path)
            if match and method == request.method:
                return handler(request, match)
            if match:
                allowed.append(method)
        return Response(405, {"error": f"use {', '.join(allowed)}"}) if allowed else Response(404, {"error": "not found"})

    def healthz(self, _request: Request, _match: re.Match) -> Response:
        try:
            self.app.store.ping()
        except Exception as exc:  # any driver error means the store is unreachable
            return Response(503, {"ok": False, "store": f"unreachable: {exc.__class__.__name__}"})
        return Response(200, {"ok": True, "store": "ok"})

    def courtlistener_webhook(self, request: Request, match: re.Match) -> Response:
        if not self.inbox.secret_matches(match["secret"]):
            return Response(404, {"error": "not found"})
        try:
            accepted = self.inbox.accept(request.body, request.headers.get("Idempotency-Key"))
        except ParseError as exc:
            return Response(400, {"error": str(exc)})
        if accepted:
            threading.Thread(target=self.inbox.process_pending, name="webhooks", daemon=True).start()
        return Response(200, {"accepted": accepted, "duplicate": not accepted})


def serve(app: App, environ: Mapping[str, str]) -> int:
    from waitress import serve as waitress_serve

    port = int(environ.get("PORT", "8000"))
    web_app = WebApp(app, environ)
    threading.Thread(target=web_app.inbox.process_pending, name="webhooks", daemon=True).start()
    print(f"docketbot web: listening on port {port}", flush=True)
    waitress_serve(web_app, host="0.0.0.0", port=port, ident="docketbot")
    return 0
