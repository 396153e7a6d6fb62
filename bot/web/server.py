"""`python -m bot web`: the bot's HTTP side (status page, webhooks, health check), a plain WSGI app served by waitress."""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from http import HTTPStatus
from urllib.parse import parse_qs

from prometheus_client import generate_latest

from bot.app import App
from bot.core.clock import utc_now
from bot.ops.metrics import CONTENT_TYPE
from bot.ops.status import held_for_slack, worker_status
from bot.web import status_page
from bot.web.webhooks import WebhookInbox
from notifiers.slack.commands import slack_wsgi_app
from scrapers.base import ParseError

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 2 * 1024 * 1024
SLACK_EVENTS_PATH = "/slack/events"  # Bolt's default path


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes
    query: Mapping[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Response:
    """A JSON answer, or raw bytes of another content type (the Prometheus exposition, the status page's HTML),
    with further `headers` if any."""

    status: int
    body: dict | bytes
    content_type: str = "application/json"
    headers: tuple[tuple[str, str], ...] = ()

    def wsgi(self, start_response: Callable) -> Iterable[bytes]:
        payload = self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()
        start_response(
            f"{self.status} {HTTPStatus(self.status).phrase}",
            [("Content-Type", self.content_type), ("Content-Length", str(len(payload))), *self.headers],
        )
        return [payload]


Handler = Callable[[Request, re.Match], Response]
WsgiApp = Callable[[dict, Callable], Iterable[bytes]]


class WebApp:
    """Routes requests to handlers; every answer is JSON but the status page's and the metrics'."""

    def __init__(
        self,
        app: App,
        environ: Mapping[str, str],
        mounts: Mapping[str, WsgiApp] | None = None,
        expect_worker: bool = True,
    ) -> None:
        """`mounts` hands whole paths to other WSGI apps (Slack's Bolt at /slack/events); `expect_worker`
        False (`web --no-worker`) when no worker runs by design, so that /healthz does not ask for one."""
        self.app = app
        self.expect_worker = expect_worker
        self.registry = app.metrics.store_registry()
        self.environ = environ
        self.mounts = dict(mounts or {})
        self.inbox = WebhookInbox(app, environ)
        self.routes: list[tuple[str, re.Pattern, Handler]] = [
            ("GET", re.compile(r"/"), self.status_page),
            ("GET", re.compile(r"/healthz"), self.healthz),
            ("GET", re.compile(r"/metrics"), self.metrics),
            ("POST", re.compile(r"/webhooks/courtlistener/(?P<secret>[^/]+)"), self.courtlistener_webhook),
        ]

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        length = int(environ.get("CONTENT_LENGTH") or 0)
        if length > MAX_BODY_BYTES:
            return Response(413, {"error": "body too large"}).wsgi(start_response)
        mounted = self.mounts.get(environ.get("PATH_INFO", "/"))
        if mounted is not None:
            return mounted(environ, start_response)
        request = Request(
            method=environ["REQUEST_METHOD"],
            path=environ.get("PATH_INFO", "/"),
            headers={key[5:].replace("_", "-").title(): value for key, value in environ.items()
                     if key.startswith("HTTP_")},
            body=environ["wsgi.input"].read(length) if length else b"",
            query=parse_qs(environ.get("QUERY_STRING", "")),
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
        if allowed:
            return Response(405, {"error": f"use {', '.join(allowed)}"})
        return Response(404, {"error": "not found"})

    def healthz(self, _request: Request, _match: re.Match) -> Response:
        """200 when the store answers, a worker beat recently (unless none is expected), no post is held, and no post
        piles up for Slack with no worker to post it (unless no worker is expected)."""
        report = health_report(self.app, utc_now(), self.expect_worker)
        return Response(200 if report["ok"] else 503, report)

    def status_page(self, request: Request, _match: re.Match) -> Response:
        """The status page (bot/web/status_page.py); 401 asking for basic auth without the STATUS_TOKEN if one is
        set; 503 with a short page when the store cannot be read."""
        if not status_page.allowed(self.environ.get(status_page.TOKEN_VARIABLE), request.headers.get("Authorization"),
                                   request.query):
            return Response(401, b"the status page needs the STATUS_TOKEN\n", "text/plain; charset=utf-8",
                            (("WWW-Authenticate", f'Basic realm="{status_page.REALM}", charset="UTF-8"'),))
        headers = (("Cache-Control", "no-store"), ("Referrer-Policy", "no-referrer"))
        try:
            page = status_page.render(self.app.config, self.app.store, utc_now(), self.environ)
        except Exception as exc:  # any driver error means the store is unreachable, as /healthz says
            log.warning("status page: the store cannot be read: %s", exc)
            return Response(503, f"docketbot status: the store is unreachable ({exc.__class__.__name__})\n".encode(),
                            "text/plain; charset=utf-8", headers)
        return Response(200, page.encode(), "text/html; charset=utf-8", headers)

    def metrics(self, _request: Request, _match: re.Match) -> Response:
        return Response(200, generate_latest(self.registry), CONTENT_TYPE)

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


def health_report(app: App, now: datetime, expect_worker: bool = True) -> dict:
    """Store reachable, worker alive (its heartbeat), no post held, no post piling up for Slack with no worker to post
    it (`held_for_slack`: how many, since when, why; null when none), and the age of the oldest last successful
    poll. `delivery`: `ok`, `held` (a hold), or `no SLACK_BOT_TOKEN` (posts held for Slack)."""
    try:
        app.store.ping()
        worker = worker_status(app.store, now)
        states = app.store.states()
        holds = app.store.holds()
        held = app.store.held_counts()
        for_slack = held_for_slack(app.store, now)
    except Exception as exc:  # any driver error means the store is unreachable
        return {"ok": False, "store": f"unreachable: {exc.__class__.__name__}"}
    successes = [states[s.id].last_success_at for s in app.config.sources if s.id in states]
    oldest = min((moment for moment in successes if moment), default=None)
    worker_age = (now - worker.last_beat).total_seconds() if worker.last_beat else None
    return {
        "ok": (worker.alive or not expect_worker) and not holds and (for_slack is None or not expect_worker),
        "store": "ok",
        "delivery": "held" if holds else "no SLACK_BOT_TOKEN" if for_slack else "ok",
        "held_for_slack": None if for_slack is None else {
            "posts": for_slack.posts, "since": for_slack.since.isoformat(),
            "reason": "no running worker has SLACK_BOT_TOKEN",
        },
        "held": [
            {"channel": hold.scope or "*", "reason": hold.reason, "advice": hold.advice,
             "since": hold.since.isoformat(), "messages": held.get(hold.scope, 0)}
            for hold in holds
        ],
        "worker": worker.state if expect_worker or worker.last_beat else "not expected (web --no-worker)",
        "worker_heartbeat_age_seconds": worker_age,
        "oldest_success_age_seconds": (now - oldest).total_seconds() if oldest else None,
    }


def endpoints(environ: Mapping[str, str], slack_on: bool) -> str:
    """What `web` answers, and which parts are off for want of a secret and which variable turns each on."""
    from bot.web.webhooks import SECRET_VARIABLE

    on = [f"/ (status page{', STATUS_TOKEN needed' if environ.get(status_page.TOKEN_VARIABLE) else ''})",
          "/healthz", "/metrics"]
    off = []
    if slack_on:
        on.append(SLACK_EVENTS_PATH)
    else:
        off.append(f"{SLACK_EVENTS_PATH} (/docket) is off: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN")
    if environ.get(SECRET_VARIABLE):
        on.append("/webhooks/courtlistener/<secret>")
    else:
        off.append(f"CourtListener webhooks are off: set {SECRET_VARIABLE}")
    return "serving " + ", ".join(on) + "".join(f"; {part}" for part in off)


def serve(app: App, environ: Mapping[str, str], expect_worker: bool = True) -> int:
    from waitress import serve as waitress_serve

    port = int(environ.get("PORT", "8000"))
    slack = slack_wsgi_app(app, environ)
    web_app = WebApp(app, environ, mounts={SLACK_EVENTS_PATH: slack} if slack else {}, expect_worker=expect_worker)
    threading.Thread(target=web_app.inbox.process_pending, name="webhooks", daemon=True).start()
    print(f"docketbot web: listening on port {port}; {endpoints(environ, slack is not None)}", flush=True)
    waitress_serve(web_app, host="0.0.0.0", port=port, ident="docketbot")
    return 0
