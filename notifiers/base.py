"""The contract every notifier implements: format a post and send it, nothing else."""

from __future__ import annotations

from bot.post import Post, Sent


class DeliveryError(Exception):
    """A post could not be delivered now; the outbox keeps it and tries again later.

    `permanent` says trying again cannot help (an unknown channel, a revoked token): the outbox gives up.
    """

    def __init__(self, message: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class Notifier:
    """One delivery target. `send` either delivers the post and says where, or raises DeliveryError."""

    def send(self, post: Post, thread_ts: str | None = None) -> Sent:
        """Deliver `post`; as a reply in the thread started by `thread_ts` when one is given."""
        raise NotImplementedError

    def send_notice(self, channel: str, text: str) -> Sent:
        """Deliver an ops notice: `text` is the bot's own mrkdwn, already escaped where it quotes anything."""
        raise NotImplementedError
