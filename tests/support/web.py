"""The bot's WSGI app served by a real waitress server on a free local port, for tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from waitress import create_server

from bot.web import WebApp


@contextmanager
def serving(web_app: WebApp) -> Iterator[str]:
    """Yields the server's base URL (http://127.0.0.1:PORT) while it runs."""
    server = create_server(web_app, host="127.0.0.1", port=0, threads=2)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:  # closed from the server's own loop thread (closing it from here races its select())
        server.trigger.pull_trigger(server.close)
        server.task_dispatcher.shutdown()
