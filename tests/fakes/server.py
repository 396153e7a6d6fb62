"""The local HTTP server under the fake web APIs: started on entering a `with`, stopped on leaving it."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self


class LocalServer:
    """Serves `handler` on 127.0.0.1 at a free port (`origin`) in a thread of its own, while in a `with`."""

    def __init__(self, handler: type[BaseHTTPRequestHandler], name: str,
                 server_class: type[ThreadingHTTPServer] = ThreadingHTTPServer) -> None:
        self._server = server_class(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01},
                                        name=name, daemon=True)

    @property
    def origin(self) -> str:
        """`http://127.0.0.1:<port>`, without a trailing slash."""
        return f"http://127.0.0.1:{self._server.server_port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
