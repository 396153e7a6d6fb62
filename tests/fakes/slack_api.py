"""A fake Slack Web API: a real HTTP server on 127.0.0.1 that a real slack_sdk WebClient can talk to.

    with FakeSlack() as slack:
        client = WebClient(token=slack.token, base_url=slack.base_url)
        ...
        assert slack.messages[0]["text"] == ...

Each API method is a function in `FakeSlack.methods` (name -> function of the request's parameters,
returning the JSON reply), so adding one for a test is adding an entry. Failures are queued with
`fail_next`, `rate_limit_next` and `error_next`; each queued failure answers one request, of any method.

Files go in as slack-sdk's files_upload_v2 sends them: `files.getUploadURLExternal` gives an upload URL on this
server, the bytes are POSTed to it, `files.completeUploadExternal` shares them (`files` lists what was shared,
with its bytes). `chat.update` changes a message in place (`updates` lists each call).

It also stands in for the `response_url` Slack sends with a slash command: `new_response_url()` gives
one, and what is posted to it shows up in `responses` (see `wait_for_responses`).

For the App Home: `join(user, channel_id, name)` makes a person a member of a channel (`users.conversations`
lists it, a page of `limit` at a time), and the views published with `views.publish` show up in `views`.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from tests.fakes.server import LocalServer

FIRST_TS_MICROS = 1_700_000_000_000_100
_CHANNEL_ID = re.compile(r"[CGD][A-Z0-9]{8,}")
_JSON_FORM_FIELDS = ("blocks", "attachments")


@dataclass(frozen=True)
class Reply:
    status: int
    body: str
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = "application/json; charset=utf-8"


def json_reply(data: dict, status: int = 200, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    return Reply(status, json.dumps(data), headers)


def channel_id(name: str) -> str:
    """The id the fake gives a channel: a channel id stays as it is, a name (`#x` or `x`) gets a stable `C…`."""
    if _CHANNEL_ID.fullmatch(name):
        return name
    return "C" + hashlib.sha1(name.lstrip("#").encode()).hexdigest()[:10].upper()


class FakeSlack:
    def __init__(
        self, token: str = "xoxb-fake-token", missing_channels: Iterable[str] = (), uninvited: Iterable[str] = ()
    ) -> None:
        self.token = token
        self.revoked: set[str] = set()  # tokens answered with token_revoked (see `revoke`)
        self.missing_channels = {channel_id(name) for name in missing_channels}
        self.uninvited = {channel_id(name) for name in uninvited}  # channels the bot is not in: not_in_channel
        self.methods: dict[str, Callable[[dict], dict]] = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._post_message,
            "chat.update": self._update_message,
            "files.getUploadURLExternal": self._upload_url,
            "files.completeUploadExternal": self._complete_upload,
            "users.conversations": self._users_conversations,
            "views.publish": self._views_publish,
        }
        self.members: dict[str, list[dict]] = {}  # user id -> the channels they are in (see `join`)
        self._views: list[dict] = []
        self.updates: list[dict] = []  # chat.update calls taken
        self.files: list[dict] = []  # files shared: id, title, filename, channel, thread_ts, content (bytes)
        self._uploads: dict[str, dict] = {}  # file id -> filename, length, and the bytes once uploaded
        self.calls: list[str] = []
        self.latency = 0.0
        self._messages: list[dict] = []
        self._responses: list[dict] = []
        self._response_ids = itertools.count(1)
        self._faults: deque[Reply] = deque()
        self._next_ts = FIRST_TS_MICROS
        self._changed = threading.Condition()
        self._server = LocalServer(_handler_for(self), "fake-slack", _QuietServer)

    def __enter__(self) -> FakeSlack:
        self._server.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.__exit__(*exc_info)

    @property
    def base_url(self) -> str:
        return f"{self._server.origin}/api/"

    @property
    def messages(self) -> list[dict]:
        """Every message accepted so far, oldest first."""
        with self._changed:
            return list(self._messages)

    def wait_for_messages(self, count: int, timeout: float = 5.0) -> list[dict]:
        """The messages, once there are at least `count`; AssertionError when `timeout` seconds pass first."""
        return self._wait_for(self._messages, count, timeout, "Slack message(s)")

    @property
    def responses(self) -> list[dict]:
        """Every message posted to a response URL so far, oldest first, with the URL's `path`."""
        with self._changed:
            return list(self._responses)

    def wait_for_responses(self, count: int, timeout: float = 5.0) -> list[dict]:
        """The response-URL messages, once there are at least `count`; AssertionError after `timeout` seconds."""
        return self._wait_for(self._responses, count, timeout, "response-URL message(s)")

    def wait_for_views(self, count: int, timeout: float = 5.0) -> list[dict]:
        """The views.publish calls ({"user_id", "view"}), once there are at least `count`."""
        return self._wait_for(self._views, count, timeout, "published view(s)")

    def join(self, user: str, channel: str, name: str, private: bool = False) -> None:
        """`user` is a member of channel `channel` (an id) named `name`."""
        with self._changed:
            self.members.setdefault(user, []).append({"id": channel, "name": name, "is_private": private})

    def new_response_url(self) -> str:
        """A fresh URL standing in for the `response_url` of one slash command."""
        return f"{self._server.origin}/response/{next(self._response_ids)}"

    def _wait_for(self, items: list[dict], count: int, timeout: float, what: str) -> list[dict]:
        with self._changed:
            if not self._changed.wait_for(lambda: len(items) >= count, timeout):
                raise AssertionError(f"expected {count} {what} within {timeout}s, got {len(items)}")
            return list(items)

    def take_response(self, path: str, message: dict) -> None:
        with self._changed:
            self._responses.append({**message, "path": path})
            self._changed.notify_all()

    def take_upload(self, file_id: str, content: bytes) -> bool:
        """The bytes POSTed to a file's upload URL; False for an id no upload URL was given for."""
        with self._changed:
            if file_id not in self._uploads:
                return False
            self._uploads[file_id]["content"] = content
            return True

    def fail_next(self, n: int = 1, status: int = 500, body: str = "Internal Server Error") -> None:
        """The next `n` requests get HTTP `status` with a non-JSON body, as from a failing server or proxy."""
        self._queue(n, Reply(status, body, content_type="text/plain; charset=utf-8"))

    def rate_limit_next(self, n: int = 1, retry_after: int = 1) -> None:
        """The next `n` requests get HTTP 429 with a Retry-After header."""
        reply = json_reply({"ok": False, "error": "ratelimited"}, 429, (("Retry-After", str(retry_after)),))
        self._queue(n, reply)

    def error_next(self, n: int = 1, error: str = "internal_error") -> None:
        """The next `n` requests get HTTP 200 with `{"ok": false, "error": error}`."""
        self._queue(n, json_reply({"ok": False, "error": error}))

    def revoke(self, new_token: str) -> None:
        """Revokes the current token (answered with token_revoked from now on) and issues `new_token`."""
        with self._changed:
            self.revoked.add(self.token)
            self.token = new_token

    def invite(self, name: str) -> None:
        """The bot joins channel `name`: posts to it are taken from now on."""
        with self._changed:
            self.uninvited.discard(channel_id(name))

    def _queue(self, n: int, reply: Reply) -> None:
        with self._changed:
            self._faults.extend([reply] * n)

    def handle(self, method: str, authorization: str | None, params: dict) -> Reply:
        """The reply to one API call: a queued failure, an auth error, or what the method says."""
        with self._changed:
            self.calls.append(method)
            if self._faults:
                return self._faults.popleft()
        if authorization is None:
            return json_reply({"ok": False, "error": "not_authed"})
        if authorization.removeprefix("Bearer ") in self.revoked:
            return json_reply({"ok": False, "error": "token_revoked"})
        if authorization != f"Bearer {self.token}":
            return json_reply({"ok": False, "error": "invalid_auth"})
        function = self.methods.get(method)
        if function is None:
            return json_reply({"ok": False, "error": "unknown_method"})
        if self.latency:
            time.sleep(self.latency)  # a slow Slack, so that a test can kill a worker mid-call
        return json_reply(function(params))

    def _auth_test(self, params: dict) -> dict:
        return {"ok": True, "url": "https://fake.slack.com/", "team": "Fake", "user": "docketbot",
                "team_id": "T0FAKE", "user_id": "U0FAKE", "bot_id": "B0FAKE"}

    def _post_message(self, params: dict) -> dict:
        channel = channel_id(params.get("channel", ""))
        if not params.get("channel") or channel in self.missing_channels:
            return {"ok": False, "error": "channel_not_found"}
        if channel in self.uninvited:
            return {"ok": False, "error": "not_in_channel"}
        if not (params.get("text") or params.get("blocks")):
            return {"ok": False, "error": "no_text"}
        with self._changed:
            ts = f"{self._next_ts // 1_000_000}.{self._next_ts % 1_000_000:06d}"
            self._next_ts += 100
            message = {"thread_ts": None, "reply_broadcast": False, **params, "channel": channel, "ts": ts}
            self._messages.append(message)
            self._changed.notify_all()
        reply = {key: message.get(key) for key in ("text", "blocks", "thread_ts") if message.get(key) is not None}
        return {"ok": True, "channel": channel, "ts": ts,
                "message": {"type": "message", "bot_id": "B0FAKE", "user": "U0FAKE", "ts": ts, **reply}}


    def _users_conversations(self, params: dict) -> dict:
        """The channels of `user` of the `types` asked for, `limit` (default 100) from the offset in `cursor`."""
        types = str(params.get("types") or "public_channel").split(",")
        with self._changed:
            channels = [c for c in self.members.get(str(params.get("user")), [])
                        if ("private_channel" if c["is_private"] else "public_channel") in types]
        start, limit = int(params.get("cursor") or 0), int(params.get("limit") or 100)
        following = start + limit if start + limit < len(channels) else ""
        return {"ok": True, "channels": channels[start : start + limit],
                "response_metadata": {"next_cursor": str(following)}}

    def _views_publish(self, params: dict) -> dict:
        view = params.get("view")
        if isinstance(view, str):
            view = json.loads(view)
        if not params.get("user_id") or not isinstance(view, dict) or view.get("type") != "home":
            return {"ok": False, "error": "invalid_arguments"}
        if len(view.get("blocks", [])) > 100:
            return {"ok": False, "error": "invalid_blocks"}
        with self._changed:
            self._views.append({"user_id": params["user_id"], "view": view})
            self._changed.notify_all()
        return {"ok": True, "view": {"id": "V0HOME", "type": "home", **view}}

    def _update_message(self, params: dict) -> dict:
        channel, ts = params.get("channel", ""), params.get("ts", "")
        with self._changed:
            message = next((m for m in self._messages if m["channel"] == channel and m["ts"] == ts), None)
            if message is None:
                return {"ok": False, "error": "message_not_found"}
            message.update({key: params[key] for key in ("text", "blocks") if key in params})
            self.updates.append(dict(params))
            self._changed.notify_all()
        return {"ok": True, "channel": channel, "ts": ts, "text": message.get("text", "")}

    def _upload_url(self, params: dict) -> dict:
        if not params.get("filename") or not str(params.get("length", "")).isdigit():
            return {"ok": False, "error": "invalid_arguments"}
        with self._changed:
            file_id = f"F{len(self._uploads) + 1:09d}"
            self._uploads[file_id] = {"filename": params["filename"], "length": int(params["length"]), "content": None}
        return {"ok": True, "file_id": file_id,
                "upload_url": f"{self._server.origin}/upload/{file_id}"}

    def _complete_upload(self, params: dict) -> dict:
        shared = json.loads(params.get("files") or "[]")
        with self._changed:
            uploads = [self._uploads.get(item.get("id", "")) for item in shared]
            if not shared or any(upload is None or upload["content"] is None for upload in uploads):
                return {"ok": False, "error": "file_not_found"}
            for item, upload in zip(shared, uploads, strict=True):
                assert upload is not None
                if len(upload["content"]) != upload["length"]:
                    return {"ok": False, "error": "file_upload_size_mismatch"}
                self.files.append({"id": item["id"], "title": item.get("title"), "filename": upload["filename"],
                                   "channel": params.get("channel_id"), "thread_ts": params.get("thread_ts"),
                                   "content": upload["content"]})
            self._changed.notify_all()
        return {"ok": True, "files": [{"id": item["id"], "title": item.get("title")} for item in shared]}


class _QuietServer(ThreadingHTTPServer):
    """Says nothing when a client goes away mid-answer (a test killed it)."""

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def _handler_for(slack: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            if self.path.startswith("/response/"):  # Slack answers a response URL with a plain "ok"
                slack.take_response(self.path, self._params())
                reply = Reply(200, "ok", content_type="text/html")
            elif self.path.startswith("/upload/"):  # files_upload_v2's second step: the bytes, no token
                content = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                taken = slack.take_upload(self.path.removeprefix("/upload/"), content)
                reply = Reply(200 if taken else 404, "OK - " + str(len(content)), content_type="text/plain")
            else:
                method = self.path.split("?")[0].removeprefix("/api/")
                reply = slack.handle(method, self.headers.get("Authorization"), self._params())
            self._answer(reply)

        def do_GET(self) -> None:  # methods slack_sdk calls with GET (users.conversations): the query's parameters
            path, _, query = self.path.partition("?")
            reply = slack.handle(path.removeprefix("/api/"), self.headers.get("Authorization"), _decode_form(query))
            self._answer(reply)

        def _answer(self, reply: Reply) -> None:
            body = reply.body.encode("utf-8")
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in reply.headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def _params(self) -> dict:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
            if self.headers.get_content_type() == "application/json":
                return json.loads(raw or "{}")
            return _decode_form(raw)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def _decode_form(raw: str) -> dict:
    """Form fields as the JSON body would have had them: blocks decoded, `true`/`false` as booleans."""
    params: dict = dict(parse_qsl(raw, keep_blank_values=True))
    for name, value in params.items():
        if name in _JSON_FORM_FIELDS or value in ("true", "false"):
            params[name] = json.loads(value)
    return params
