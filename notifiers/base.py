"""The contract every notifier implements: format a post and send it, nothing else."""

from __future__ import annotations

from bot.core.post import Post, Sent

# What a failed delivery asks of the outbox (DeliveryError.action).
RETRY = "retry"  # a passing failure (an outage, a rate limit): try again later, with backoff
HOLD = "hold"  # a person can fix it (a revoked token, a channel the bot is not in): keep the posts, retry now and then
FAIL = "fail"  # the message itself is refused (malformed): trying again cannot help

WORKSPACE = ""  # the hold scope that stands for every channel (the token, the app's scopes)


class DeliveryError(Exception):
    """A post could not be delivered now.

    `action` says what the outbox does (RETRY, HOLD or FAIL). For HOLD, `scope` is the channel the
    problem is limited to, or WORKSPACE when every channel is affected; `reason` is the target's own
    short error code (`token_revoked`, `not_in_channel`) and `advice` what a person can do about it.
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
    """One delivery target. `send` either delivers the post and says where, or raises DeliveryError."""

    # Whether posts to one channel are spaced out (Slack allows about one a second; a console needs no pacing).
    paced = True
    # Which credentials this notifier posts with, safe to show (`sha256:1a2b3c4d`): holds are about one token,
    # and a process with another one neither obeys nor lifts them.
    fingerprint = "console"

    def send(self, post: Post, thread_ts: str | None = None) -> Sent:
        """Deliver `post`; as a reply in the thread started by `thread_ts` when one is given."""
        raise NotImplementedError

    def send_notice(self, channel: str, text: str) -> Sent:
        """Deliver an ops notice: `text` is the bot's own mrkdwn, already escaped where it quotes anything."""
        raise NotImplementedError

    def owns(self, sent: Sent) -> bool:
        """Whether `sent` (a thread's first message, as stored) was made by this kind of notifier."""
        return True

    def identity(self) -> str:
        """Who the bot posts as (`@docketbot in Acme`); raises DeliveryError when the target refuses it."""
        raise NotImplementedError
