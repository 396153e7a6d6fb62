"""Posts to Slack through an injected slack_sdk WebClient; every failure becomes a DeliveryError.

`build_client` makes the client the bot runs with: a 10 s timeout and slack-sdk's own retry handlers, each
retrying once: one for connection errors, one for HTTP 429 that sleeps for the Retry-After Slack sent.
Server errors are not retried here (a 500 may come after the message was posted): the outbox retries
later, with backoff, as it does when a retry fails again.
"""

from __future__ import annotations

from http.client import HTTPException

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.post import Post, Sent
from notifiers.base import DeliveryError, Notifier
from notifiers.message import render

TIMEOUT_SECONDS = 10

# chat.postMessage errors that the same request will get again however often it is retried.
PERMANENT_ERRORS = frozenset(
    {
        "account_inactive",
        "channel_not_found",
        "invalid_arguments",
        "invalid_auth",
        "invalid_blocks",
        "is_archived",
        "missing_scope",
        "msg_too_long",
        "no_permission",
        "no_text",
        "not_authed",
        "not_in_channel",
        "restricted_action",
        "token_expired",
        "token_revoked",
    }
)


def build_client(token: str, base_url: str | None = None) -> WebClient:
    """A WebClient for `token`, at `base_url` (Slack's own when None), with timeout and retry handlers."""
    return WebClient(
        token=token,
        base_url=base_url or WebClient.BASE_URL,
        timeout=TIMEOUT_SECONDS,
        retry_handlers=[
            ConnectionErrorRetryHandler(),
            RateLimitErrorRetryHandler(),
        ],
    )


class SlackNotifier(Notifier):
    def __init__(self, client: WebClient) -> None:
        self.client = client

    def send(self, post: Post, thread_ts: str | None = None) -> Sent:
        text, blocks = render(post)
        # a dismissal in a case's thread is also shown in the channel: it is the news people wait for (an
        # "also reported by" reply is not news)
        broadcast = bool(thread_ts) and "dismissal" in post.events and not post.echo_of
        return self._post(post.channel, text, blocks, thread_ts=thread_ts, reply_broadcast=broadcast or None)

    def send_notice(self, channel: str, text: str) -> Sent:
        return self._post(channel, text, [{"type": "section", "text": {"type": "mrkdwn", "text": text}}])

    def _post(self, channel: str, text: str, blocks: list[dict], **options: object) -> Sent:
        try:
            response = self.client.chat_postMessage(
                channel=channel, text=text, blocks=blocks, unfurl_links=False, unfurl_media=False, **options
            )
        except SlackApiError as exc:
            error = exc.response.get("error") or "unknown_error"
            message = f"Slack did not take the post to {channel}: {error} (HTTP {exc.response.status_code})"
            raise DeliveryError(self._redact(message), permanent=error in PERMANENT_ERRORS) from exc
        except (SlackClientError, OSError, HTTPException) as exc:
            message = f"Slack could not be reached: {type(exc).__name__}: {exc}"
            raise DeliveryError(self._redact(message)) from exc
        return Sent(channel_id=response["channel"], ts=response["ts"])

    def _redact(self, message: str) -> str:
        """`message` without the token, should a server or a proxy ever have echoed it back."""
        token = self.client.token
        return message.replace(token, "[token]") if token else message
