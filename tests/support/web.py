"""The bot's WSGI app served on a free local port by a threaded server of the standard library, for tests.

(`python -m bot web` serves the same app with waitress; tests/test_web.py runs that command once.)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from bot.web.server import WebApp


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serving(web_app: WebApp) -> Iterator[str]:
    """Yields the server's base URL (http://127.0.0.1:PORT) while it runs."""
    server = make_server("127.0.0.1", 0, web_app, server_class=_ThreadingServer, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
