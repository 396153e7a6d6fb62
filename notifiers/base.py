"""The contract every notifier implements: send a post, a reply in a case's thread, an ops notice, a digest; nothing
else.

Each returns a MessageRef (the notifier's name and an id only it reads), which the store keeps per notifier: a
thread one notifier started is never continued by another. `Notifiers` holds the notifiers delivery uses, one per
kind of destination (bot/core/destinations.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from bot.core.destinations import SLACK
from bot.core.digest import Digest
from bot.core.notice import Notice
from bot.core.post import MessageRef, Post, Preview

# What a failed delivery asks of the outbox (DeliveryError.action).
RETRY = "retry"  # a passing failure (an outage, a rate limit): try again later, with backoff
HOLD = "hold"  # a person can fix it (a revoked token, a channel the bot is not in): keep the posts, retry now and then
FAIL = "fail"  # the message itself is refused (malformed): trying again cannot help

WORKSPACE = ""  # the hold scope that stands for every destination of a notifier (Slack's token, the app's scopes)


class DeliveryError(Exception):
    """A post could not be delivered now.

    `action` says what the outbox does (RETRY, HOLD or FAIL). For HOLD, `scope` is the destination the
    problem is limited to, or WORKSPACE when every destination of the notifier is affected (Slack's token);
    `reason` is the target's own short error code (`token_revoked`, `not_in_channel`) and `advice` what a
    person can do about it.
    """

    def __init__(
        self, message: str, action: str = RETRY, reason: str = "", scope: str = WORKSPACE, advice: str = ""
    ) -> None:
        super().__init__(message)
        self.action = action
        self.reason = reason
        self.scope = scope
        self.advice = advice

    @property
    def permanent(self) -> bool:
        return self.action == FAIL


class Notifier:
    """One kind of destination. Each method either delivers and returns a reference to the message, or raises
    DeliveryError saying what the outbox should do."""

    name = "console"  # the notifier's name, as its MessageRefs carry it
    # Whether posts to one destination are spaced out by `slack.post_interval` (Slack allows about one a second;
    # a console, or Apprise, which paces each service itself, needs none).
    paced = False
    # Which credentials this notifier posts with, safe to show (`sha256:1a2b3c4d`): holds are about one token,
    # and a process with another one neither obeys nor lifts them.
    fingerprint = "console"
    # Whether it can add to a message it sent: a free copy's link, a picture of the document's first page
    # (bot/delivery/free_copies.py; Apprise cannot).
    follows_up = False

    def send(self, post: Post, thread: MessageRef | None = None) -> MessageRef:
        """Deliver `post` to `post.channel`; as a reply in the case's thread when `thread` (the first message of
        that thread, made by this notifier) is given."""
        raise NotImplementedError

    def send_notice(self, destination: str, notice: Notice) -> MessageRef:
        """Deliver an ops notice to `destination`."""
        raise NotImplementedError

    def send_digest(self, digest: Digest) -> MessageRef:
        """Deliver a digest (bot/core/digest.py) to `digest.channel`, as a message of its own."""
        raise NotImplementedError

    def add_free_copy(self, sent: MessageRef, post: Post) -> None:
        """Shows the free copy of a sent post's document (`post.free_copy`, a RECAP link) in the post this notifier
        sent as `sent`, beside the document's link; raises DeliveryError when the target refuses. Only for a
        notifier that `follows_up`."""
        raise NotImplementedError

    def add_preview(self, sent: MessageRef, post: Post, preview: Preview) -> None:
        """Shows `preview`, a picture of a sent post's document's first page, in the post's thread; raises
        DeliveryError when the target refuses. Only for a notifier that `follows_up`."""
        raise NotImplementedError

    def shown(self, destination: str) -> str:
        """`destination` as an operator may read it (an Apprise URL with its secrets shortened)."""
        return destination

    def identity(self) -> str:
        """Who the bot posts as (`@docketbot in Acme`); raises DeliveryError when the target refuses it."""
        raise NotImplementedError


class Notifiers:
    """The notifiers delivery sends through, each for the destinations its name begins (bot/core/destinations.py):
    `default` for Slack's channels (Slack, or the console without a token), `others` by name (`apprise`)."""

    def __init__(self, default: Notifier, others: Mapping[str, Notifier] | None = None) -> None:
        self.default = default
        self.by_name: dict[str, Notifier] = {SLACK: default, **(others or {})}

    def __iter__(self) -> Iterator[tuple[str, Notifier]]:
        """(destination prefix name, notifier), Slack's first."""
        return iter(self.by_name.items())
