"""Posts to Slack through an injected slack_sdk WebClient; every failure becomes a DeliveryError.

`build_client` makes the client the bot runs with: a 10 s timeout and slack-sdk's own retry handlers, each
retrying once: one for connection errors, one for HTTP 429 that sleeps for the Retry-After Slack sent.
Server errors are not retried here (a 500 may come after the message was posted): the outbox retries
later, with backoff, as it does when a retry fails again.

What is found after a post went out (its document's free copy in RECAP, a picture of its first page) is added
to it: the link by chat.update, the picture as a file in its thread (files_upload_v2; the app needs the
`files:write` scope).

Slack's own error codes say what the outbox does with a refused message: errors a person can fix hold
the workspace (the token, the app: WORKSPACE_ERRORS) or one channel (CHANNEL_ERRORS), with advice on
the fix; only a malformed message fails for good (MALFORMED_ERRORS); anything else is retried.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, tzinfo
from http.client import HTTPException

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.web import SlackResponse

from bot.core.digest import Digest
from bot.core.notice import Notice
from bot.core.post import MessageRef, Post, Preview
from notifiers.base import FAIL, HOLD, RETRY, WORKSPACE, DeliveryError, Notifier
from notifiers.message import summary
from notifiers.slack.render import render, render_digest, render_notice

TIMEOUT_SECONDS = 10

# chat.postMessage errors a person can fix for every channel at once (the token, the app): posts are held.
WORKSPACE_ERRORS = {
    "invalid_auth": "the token is not valid: set SLACK_BOT_TOKEN to the app's Bot User OAuth Token (xoxb-…)",
    "not_authed": "no token was sent: set SLACK_BOT_TOKEN",
    "token_revoked": "the token was revoked: reinstall the app and set SLACK_BOT_TOKEN to its new token",
    "token_expired": "the token expired: reinstall the app and set SLACK_BOT_TOKEN to its new token",
    "account_inactive": "the bot's user or workspace was deactivated: reinstall the app",
    "missing_scope": "the token lacks a scope: add chat:write and chat:write.public and reinstall the app",
    "no_permission": "the workspace does not let the app post: ask a Slack admin",
    "team_access_not_granted": "the app is not allowed in this workspace: ask a Slack admin",
    "ekm_access_denied": "the workspace's admins have suspended posting: ask a Slack admin",
}

# errors a person can fix for one channel: that channel's posts are held ({bot} and {channel} filled in).
CHANNEL_ERRORS = {
    "not_in_channel": "invite {bot} to {channel} (/invite {bot})",
    "channel_not_found": "{channel} does not exist or is private: create it or invite {bot} to it",
    "is_archived": "{channel} is archived: unarchive it or change the subscription",
    "restricted_action": "posting in {channel} is restricted: ask a Slack admin to let {bot} post there",
    "cannot_reply_to_message": "the case's thread in {channel} cannot take replies",
}

# errors that say the message itself is malformed: sending it again cannot help, it fails for good.
MALFORMED_ERRORS = frozenset(
    {
        "invalid_arguments",
        "invalid_blocks",
        "invalid_blocks_format",
        "invalid_attachments",
        "msg_too_long",
        "no_text",
        "too_many_attachments",
        "markdown_text_conflict",
        "invalid_metadata_format",
        "invalid_metadata_schema",
        "metadata_too_large",
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


def token_fingerprint(token: str) -> str:
    """`sha256:` and the first 8 hex digits of the token's SHA-256: names a token without giving it away
    (`printf %s "$SLACK_BOT_TOKEN" | sha256sum | cut -c1-8` shows the same digits)."""
    return f"sha256:{hashlib.sha256(token.encode()).hexdigest()[:8]}"


WORKSPACE_VARIABLE = "SLACK_WORKSPACE_URL"  # https://acme.slack.com: where the permalinks of Slack's messages point


def preview_filename(post: Post) -> str:
    """`24-10992-140-page1.png`: the docket number and entry number, in characters safe in a file name."""
    entry = post.entry
    name = "-".join(part for part in (entry.case_number, entry.number or "") if part) or "document"
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in name) + "-page1.png"


def permalink(workspace_url: str, ref: MessageRef) -> str | None:
    """The Slack permalink of a message this notifier sent (`https://acme.slack.com/archives/C0123/p1700000000000100`,
    the form chat.getPermalink gives, built without a call), or None for another notifier's message."""
    channel, _, ts = ref.id.partition("/")
    if ref.notifier != SlackNotifier.name or not workspace_url or not channel or not ts:
        return None
    return f"{workspace_url.rstrip('/')}/archives/{channel}/p{ts.replace('.', '')}"


class SlackNotifier(Notifier):
    """Posts through chat.postMessage. A message's id is `<channel id>/<ts>`: a reply in its thread is posted
    with `thread_ts` set to its `ts`."""

    name = "slack"
    paced = True  # chat.postMessage takes about one message a second per channel
    follows_up = True  # chat.update adds a free copy's link; a preview goes into the post's thread as a file

    def __init__(self, client: WebClient, tz: tzinfo = UTC) -> None:
        """Posts through `client`; a news story's time is shown on clock `tz` (the config's)."""
        self.client = client
        self.tz = tz
        self.bot = "@docketbot"  # the bot's name, as auth.test gives it once identity() ran
        self.fingerprint = token_fingerprint(client.token or "")

    def identity(self) -> str:
        """`@name in Workspace` from auth.test; DeliveryError (HOLD for a bad token) when Slack refuses it."""
        response = self._call(self.client.auth_test, "Slack refused the token", channel=None)
        self.bot = f"@{response.get('user') or 'docketbot'}"
        return f"{self.bot} in {response.get('team') or 'the workspace'}"

    def send(self, post: Post, thread: MessageRef | None = None) -> MessageRef:
        text, blocks = render(post, self.tz)
        thread_ts = thread.id.rpartition("/")[2] if thread else None
        # a dismissal in a case's thread is also shown in the channel: it is the news people wait for (an
        # "also reported by" reply is not news)
        broadcast = bool(thread_ts) and "dismissal" in post.events and not post.echo_of
        return self._post(post.channel, text, blocks, thread_ts=thread_ts, reply_broadcast=broadcast or None)

    def send_notice(self, destination: str, notice: Notice) -> MessageRef:
        return self._post(destination, *render_notice(notice))

    def send_digest(self, digest: Digest) -> MessageRef:
        return self._post(digest.channel, *render_digest(digest))

    def add_free_copy(self, sent: MessageRef, post: Post) -> None:
        """The post rendered again, with "Free copy (RECAP)" beside "Document", in place of the one sent
        (chat.update)."""
        channel, _, ts = sent.id.partition("/")
        text, blocks = render(post, self.tz)
        self._call(lambda: self.client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks),
                   f"Slack did not take the free copy's link in {post.channel}", channel=post.channel)

    def add_preview(self, sent: MessageRef, post: Post, preview: Preview) -> None:
        """The picture uploaded into the post's thread with files_upload_v2 (files.getUploadURLExternal, the upload,
        files.completeUploadExternal), titled with the post's summary."""
        channel, _, ts = sent.id.partition("/")
        about = summary(post)
        self._call(
            lambda: self.client.files_upload_v2(
                channel=channel, thread_ts=ts, content=preview.png, filename=preview_filename(post),
                title=f"First page: {about}"[:250], alt_txt=f"The first page of the document: {about}"[:1000],
            ),
            f"Slack did not take the preview in {post.channel}", channel=post.channel,
        )

    def _post(
        self, channel: str, text: str, blocks: list[dict], thread_ts: str | None = None,
        reply_broadcast: bool | None = None,
    ) -> MessageRef:
        response = self._call(
            lambda: self.client.chat_postMessage(
                channel=channel, text=text, blocks=blocks, unfurl_links=False, unfurl_media=False,
                thread_ts=thread_ts, reply_broadcast=reply_broadcast,
            ),
            f"Slack did not take the post to {channel}",
            channel=channel,
        )
        return MessageRef(self.name, f"{response['channel']}/{response['ts']}")

    def _call(self, request: Callable[[], SlackResponse], what: str, channel: str | None) -> SlackResponse:
        """`request()`'s response; a DeliveryError that says what the outbox should do when Slack refuses it."""
        try:
            return request()
        except SlackApiError as exc:
            error = exc.response.get("error") or "unknown_error"
            message = self._redact(f"{what}: {error} (HTTP {exc.response.status_code})")
            raise self._classify(message, error, channel) from exc
        except (SlackClientError, OSError, HTTPException) as exc:
            message = f"Slack could not be reached: {type(exc).__name__}: {exc}"
            raise DeliveryError(self._redact(message)) from exc

    def _classify(self, message: str, error: str, channel: str | None) -> DeliveryError:
        if error in WORKSPACE_ERRORS:
            return DeliveryError(message, HOLD, error, WORKSPACE, WORKSPACE_ERRORS[error])
        if error in CHANNEL_ERRORS and channel:
            advice = CHANNEL_ERRORS[error].format(bot=self.bot, channel=channel)
            return DeliveryError(message, HOLD, error, channel, advice)
        if error in MALFORMED_ERRORS:
            return DeliveryError(message, FAIL, error)
        return DeliveryError(message, RETRY, error)  # an unknown error: treated as passing, retried with backoff

    def _redact(self, message: str) -> str:
        """`message` without the token, should a server or a proxy ever have echoed it back."""
        token = self.client.token
        return message.replace(token, "[token]") if token else message
