"""Prints posts as plain text, for development and dry runs: the notifier used when no Slack token is set.

Nothing is paced (a terminal is not Slack), and a reply in a case's thread is printed indented under a
heading that says which post it answers. What follows a post (its document's free copy, a preview of its
first page) is printed as a follow-up: the link, and the picture's size. Each message's id is the moment it
was printed (UTC, ISO 8601, later than every one before; headings show it on the config's clock, its zone
named); its reference is the console's, so that a thread started on the console is never continued in Slack
once a token is set (the store keeps threads per notifier).
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, tzinfo
from typing import TextIO

from bot.core.clock import shown_time
from bot.core.digest import Digest
from bot.core.notice import Notice
from bot.core.post import MessageRef, Post, Preview
from notifiers.base import Notifier
from notifiers.message import FREE_COPY, summary
from notifiers.plain import digest_text, notice_text, post_text

REPLY_INDENT = "    "


class ConsoleNotifier(Notifier):
    name = "console"
    follows_up = True  # it prints the free copy's link, and what the picture is

    def __init__(self, stream: TextIO | None = None, tz: tzinfo = UTC) -> None:
        """Writes to `stream`; to whatever `sys.stdout` is at the time of writing when None. Headings show
        times, and a news story's, on clock `tz` (the config's `timezone`)."""
        self.stream = stream
        self.tz = tz
        self._last = 0  # the last id's moment, in microseconds since the epoch

    def send(self, post: Post, thread: MessageRef | None = None) -> MessageRef:
        ref = self._next_ref()
        if thread is not None:
            text = format_post(post, f"{post.channel} · reply to the post of {self._clock(thread.id)}", self.tz)
            text = "\n".join(REPLY_INDENT + line if line else line for line in text.split("\n"))
        else:
            text = format_post(post, f"{post.channel} · {self._clock(ref.id)}", self.tz)
        self._write(text)
        return ref

    def send_notice(self, destination: str, notice: Notice) -> MessageRef:
        return self._print(destination, *notice_text(notice, tz=self.tz))

    def send_digest(self, digest: Digest) -> MessageRef:
        return self._print(digest.channel, *digest_text(digest))

    def _print(self, destination: str, title: str, body: str) -> MessageRef:
        ref = self._next_ref()
        self._write(format_message(f"{destination} · {self._clock(ref.id)}", title, body))
        return ref

    def _write(self, text: str) -> None:
        """Prints `text` and a newline in one write, so that lines `check` prints meanwhile do not cut into it."""
        stream = self.stream or sys.stdout
        stream.write(f"{text}\n")
        stream.flush()

    def add_free_copy(self, sent: MessageRef, post: Post) -> None:
        self._follow_up(sent, post, f"{FREE_COPY}: {post.free_copy}")

    def add_preview(self, sent: MessageRef, post: Post, preview: Preview) -> None:
        """Says what the picture is (a terminal shows none): `preview: 400×518 png, 9,619 bytes`."""
        self._follow_up(sent, post, f"preview: {preview.describe()}")

    def _follow_up(self, sent: MessageRef, post: Post, line: str) -> None:
        heading = f"── {post.channel} · follow-up to the post of {self._clock(sent.id)}: {summary(post)}"
        self._write(f"{heading}\n{line}\n")

    def identity(self) -> str:
        return "the console (SLACK_BOT_TOKEN is not set)"

    def _clock(self, message_id: str) -> str:
        """A console message's id as the time of day it was printed, on the config's clock ("16:45:06 EST")."""
        try:
            return shown_time(datetime.fromisoformat(message_id), self.tz, "%H:%M:%S")
        except ValueError:
            return message_id

    def _next_ref(self) -> MessageRef:
        """A reference whose id is now (`2026-11-24T12:00:00.000001+00:00`), later than every one given before."""
        self._last = max(self._last + 1, time.time_ns() // 1000)
        moment = datetime.fromtimestamp(self._last / 1_000_000, UTC).replace(microsecond=self._last % 1_000_000)
        return MessageRef(self.name, moment.isoformat())




def format_post(post: Post, heading: str, tz: tzinfo = UTC) -> str:
    """The post as readable lines: a heading (where it goes), what happened, the entry text, the links; a news
    story's time on clock `tz` (the config's)."""
    return format_message(heading, *post_text(post, tz=tz))


def format_message(heading: str, title: str, body: str) -> str:
    """A message as readable lines: `── <heading>`, its title, its body."""
    return "\n".join(line for line in (f"── {heading}", title, body) if line) + "\n"
