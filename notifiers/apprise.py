"""Posts through Apprise (https://github.com/caronc/apprise): one URL per destination, to Microsoft Teams, email,
Discord, Matrix, a JSON webhook and about a hundred more services.

A post goes as a title (its summary, plain text) and a Markdown body (notifiers/plain.py); Apprise turns the
Markdown into what each service takes (HTML for email, text for a JSON webhook). Apprise has no threads: a reply
in a case's thread goes as a message of its own whose title begins "Re: ". An ops notice and a digest go the same way.

What a failure means: Apprise's notify() says only that a service failed (its reason is a log line, e.g.
"Failed to send JSON POST notification: Internal server error., error=500."), and no service's status code
is given in a form to act on; an outage and a wrong credential look alike. So a failed notify() is a passing
failure, retried with the outbox's backoff, and the log line is kept as the message's last error; once a
destination failed HOLD_AFTER times in a row, its posts are held (told once to ops, retried every few minutes,
resumed by the first success) with the advice to check the URL: a person can fix it, or it passes. A URL Apprise
cannot parse is refused when the config is read (notifiers/targets.py); a destination the config no longer names
fails for good (its post stays listed by `python -m bot outbox`). Apprise paces each service itself, so posts are
not spaced here.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, tzinfo

from bot.core.digest import Digest
from bot.core.notice import Notice
from bot.core.post import MessageRef, Post
from notifiers.base import FAIL, HOLD, RETRY, DeliveryError, Notifier
from notifiers.plain import MARKDOWN, digest_text, notice_text, post_text
from notifiers.targets import APPRISE, shown_url

HOLD_AFTER = 3  # failures in a row after which a destination's posts are held
REPLY_PREFIX = "Re: "


class AppriseNotifier(Notifier):
    """Sends to the Apprise URLs of `urls` (destination -> URL, as Config.apprise_urls gives them)."""

    name = APPRISE
    # The credentials are in each URL, which every process reads from the same config: its holds (one per
    # destination) are every process's ("", any token), and `outbox --retry` never takes them for a stray token's.
    fingerprint = ""

    def __init__(self, urls: Mapping[str, str], tz: tzinfo = UTC) -> None:
        """Sends to `urls` (destination -> Apprise URL); a news story's time is shown on clock `tz` (the config's)."""
        self.urls = dict(urls)
        self.tz = tz
        self._failures: Counter[str] = Counter()  # failed sends in a row, per destination
        self._lock = threading.Lock()

    def send(self, post: Post, thread: MessageRef | None = None) -> MessageRef:
        title, body = post_text(post, MARKDOWN, self.tz)
        return self._notify(post.channel, REPLY_PREFIX + title if thread else title, body)

    def send_notice(self, destination: str, notice: Notice) -> MessageRef:
        return self._notify(destination, *notice_text(notice, MARKDOWN))

    def send_digest(self, digest: Digest) -> MessageRef:
        return self._notify(digest.channel, *digest_text(digest, MARKDOWN))

    def identity(self) -> str:
        return f"Apprise ({len(self.urls)} URL(s) in the config)"

    def shown(self, destination: str) -> str:
        """The destination's URL as it may be shown (passwords and tokens shortened), or the destination."""
        url = self.urls.get(destination)
        return shown_url(url) if url else destination

    def _notify(self, destination: str, title: str, body: str) -> MessageRef:
        url = self.urls.get(destination)
        if url is None:
            raise DeliveryError(f"{destination} is no longer a target in the config (its URL changed, or its "
                                "subscription was removed)", FAIL, "unknown_target")
        import apprise  # here, when a post goes to Apprise, rather than in every command

        sender = apprise.Apprise()
        sender.add(url)  # parsed when the config was read (notifiers/targets.py)
        result = sender.notify(body=body, title=title, body_format=apprise.NotifyFormat.MARKDOWN)
        with self._lock:
            if result:
                self._failures.pop(destination, None)
                return MessageRef(self.name, uuid.uuid4().hex)
            self._failures[destination] += 1
            failures = self._failures[destination]
        said = [entry.message for entry in result.logs() if entry.level in ("WARNING", "ERROR")]
        message = f"Apprise could not deliver to {shown_url(url)}: {said[-1] if said else result.status.name}"
        if failures < HOLD_AFTER:
            raise DeliveryError(message, RETRY, "apprise_failed")
        advice = (f"it failed {failures} times in a row: check the URL (the service's address, token or password) "
                  f"and that the service is up; `apprise -vv -b test '<URL>'` shows what the service answers")
        raise DeliveryError(message, HOLD, "apprise_failed", destination, advice)
