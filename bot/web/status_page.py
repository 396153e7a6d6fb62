"""`GET /` of the web process: the status page, one server-rendered HTML page (bot/web/templates/status.html).

It shows what `sources`, `outbox` and /healthz compute (bot/ops/status.py, bot/delivery/outbox.py), and the
last posts and digests sent, read from the store; it changes nothing and shows no secret. With STATUS_TOKEN set, a
request needs the token, as the password of HTTP basic auth (any user name) or as `?token=...`.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from bot.config import Config
from bot.core.clock import shown_time
from bot.delivery.outbox import age, backlog
from bot.ops.status import held_for_slack, source_statuses, worker_status
from bot.poll.lines import describe_pause
from bot.store import Store
from notifiers.message import digest_period, digest_title, links, summary
from notifiers.slack.notifier import WORKSPACE_VARIABLE, permalink

TOKEN_VARIABLE = "STATUS_TOKEN"
SHOWN_POSTS = 50
SHOWN_DIGESTS = 20
REALM = "docketbot status"

_templates = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True, trim_blocks=True,
    lstrip_blocks=True,
)


def allowed(token: str | None, authorization: str | None, query: Mapping[str, list[str]]) -> bool:
    """Whether a request may see the page: always when no `token` is set (STATUS_TOKEN empty or unset); else
    when the basic-auth password of its `authorization` header, or its `token` query parameter, is the token.
    The comparison takes the same time whatever the guess."""
    if not token:
        return True
    given = [*query.get("token", []), *([_basic_password(authorization)] if authorization else [])]
    expected = token.encode()
    return any(hmac.compare_digest(guess.encode(), expected) for guess in given if guess is not None)


def _basic_password(authorization: str) -> str | None:
    """The password of a `Basic base64(user:password)` header; None for another scheme or a garbled one."""
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(credentials.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    return decoded.partition(":")[2]


@dataclass(frozen=True)
class PostRow:
    channel: str
    when: str
    what: str
    document: tuple[str, str] | None  # (label, url): the court document, else the docket (notifiers/message.py)
    permalink: str | None
    follow_up: str | None  # what followed the post: its free copy, its preview, or why nothing did


@dataclass(frozen=True)
class DigestRow:
    channel: str
    sent: str  # when, on the config's clock
    period: str  # what it covers, on the config's clock (notifiers/message.py digest_period)
    title: str  # `Daily digest: 5 filings in 2 cases`


def render(config: Config, store: Store, now: datetime, environ: Mapping[str, str]) -> str:
    """The page as HTML, for the sources of `config` and the state in `store` at `now` (UTC); times are shown
    on the config's clock. Raises what the store raises when it cannot be read."""
    tz = config.tz
    worker = worker_status(store, now)
    workspace = environ.get(WORKSPACE_VARIABLE, "")
    posts = [
        PostRow(sent.channel, shown_time(sent.sent_at, tz), summary(sent.post), next(iter(links(sent.post.entry)), None),
                permalink(workspace, sent.ref) if sent.ref else None, sent.follow_up)
        for sent in store.recent_posts(SHOWN_POSTS)
    ]
    digests = [
        DigestRow(sent.channel, shown_time(sent.sent_at, tz), digest_period(sent.digest), digest_title(sent.digest))
        for sent in store.digests_queued(SHOWN_DIGESTS, sent_only=True) if sent.sent_at is not None
    ]
    return _templates.get_template("status.html").render(
        now=shown_time(now, tz, "%Y-%m-%d %H:%M:%S"),
        sources=source_statuses(config, store, now),
        worker=worker,
        worker_note=worker.describe(tz),
        tz=tz,
        worker_seen=f"{shown_time(worker.last_beat, tz, '%Y-%m-%d %H:%M:%S')} ({age(now - worker.last_beat)} ago)"
        if worker.last_beat else "never",
        backlog=backlog(store),
        held_for_slack=held_for_slack(store, now),
        posts=posts,
        shown_time=lambda moment: shown_time(moment, tz) if moment else "–",
        shown_posts=SHOWN_POSTS,
        digests=digests,
        shown_digests=SHOWN_DIGESTS,
        describe_pause=lambda pause: describe_pause(pause, tz),
    )
