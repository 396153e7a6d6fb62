"""Prints posts as plain text, for development and dry runs: the notifier used when no Slack token is set.

Nothing is paced (a terminal is not Slack), and a reply in a case's thread is printed indented under a
heading that says which post it answers. What it returns is marked as the console's (`console:#channel`),
so that a thread started on the console is never taken for a Slack thread once a token is set.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from typing import TextIO

from bot.core.post import Post, Sent
from notifiers.base import Notifier
from notifiers.message import burst_summary, echo_summary, facts, links, summary, text_shown, what_happened
from notifiers.wording import headline

CONSOLE = "console:"  # how the channel of a Sent made by the console begins
REPLY_INDENT = "    "


class ConsoleNotifier(Notifier):
    paced = False  # a terminal takes lines as fast as they come

    def __init__(self, stream: TextIO | None = None) -> None:
        """Writes to `stream`; to whatever `sys.stdout` is at the time of writing when None."""
        self.stream = stream
        self._last_ts = 0

    def send(self, post: Post, thread_ts: str | None = None) -> Sent:
        ts = self._next_ts()
        if thread_ts:
            text = format_post(post, f"{post.channel} · reply to the post of {_clock(thread_ts)} · {ts}")
            text = "\n".join(REPLY_INDENT + line if line else line for line in text.split("\n"))
        else:
            text = format_post(post, f"{post.channel} · {ts}")
        print(text, file=self.stream or sys.stdout, flush=True)
        return Sent(channel_id=CONSOLE + post.channel, ts=ts)

    def send_notice(self, channel: str, text: str) -> Sent:
        ts = self._next_ts()
        print(f"── {channel} · {ts}\n{text}\n", file=self.stream or sys.stdout, flush=True)
        return Sent(channel_id=CONSOLE + channel, ts=ts)

    def owns(self, sent: Sent) -> bool:
        return sent.channel_id.startswith(CONSOLE)

    def identity(self) -> str:
        return "the console (SLACK_BOT_TOKEN is not set)"

    def _next_ts(self) -> str:
        """A Slack-style `seconds.micros` timestamp, later than every one this notifier gave before."""
        self._last_ts = max(self._last_ts + 1, time.time_ns() // 1000)
        return f"{self._last_ts // 1_000_000}.{self._last_ts % 1_000_000:06d}"


def _clock(ts: str) -> str:
    """A `seconds.micros` timestamp as the time of day it stands for (UTC)."""
    try:
        return f"{datetime.fromtimestamp(float(ts), UTC):%H:%M:%S} UTC"
    except ValueError:
        return ts


def format_post(post: Post, heading: str) -> str:
    """The post as readable lines: a heading (where it goes), what happened, the entry text, the links."""
    if post.echo_of:
        title = post.entry.text.split(" — ", 1)[0].strip()
        return f"── {heading}\n{echo_summary(post)}: {title}\n{post.entry.url}\n"
    if post.folded:
        lines = [f"── {heading}", f"{burst_summary(post)}: {summary(post)}"]
        for item in post.items:
            name = headline(item.events, item.entry)
            said = " — ".join(part for part in (name, text_shown(item.entry, name)) if part)
            lines.append(f"  • {said} ({' · '.join(facts(item.entry))})")
        return "\n".join(lines) + "\n"
    shown = text_shown(post.entry, what_happened(post))
    lines = [f"── {heading}", summary(post), " · ".join(facts(post.entry)), shown]
    lines += [f"{label}: {url}" for label, url in links(post.entry)]
    return "\n".join(line for line in lines if line) + "\n"
