"""The requests Session under scrapers/http.py's Fetcher: what requests reads from the environment, read once.

By default requests looks at the environment on every request (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY and NO_PROXY,
REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE, ~/.netrc): for a conditional GET that the court answers with the page it
sent last time, that costs more CPU than the rest of the request. This Session does not (`trust_env` off) and
instead
  - takes each host's proxies from the environment once, on its first request (a redirect's host too), as
    requests would (`requests.utils.get_environ_proxies`: the scheme's proxy or ALL_PROXY, none for a host
    NO_PROXY names), and keeps them for the Session's life;
  - takes the CA bundle from REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE when it is made.
So a changed proxy or CA variable needs a restart of the bot. ~/.netrc is not read (the bot logs in nowhere).

Imported only where a Fetcher is made (it imports requests).
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.utils import get_environ_proxies


class _EnvironProxies(HTTPAdapter):
    """requests' HTTPAdapter, sending each request through the proxies the environment gives its host (looked up
    on the host's first request, then kept: host -> {scheme: proxy URL}; {} when the host goes direct)."""

    def __init__(self) -> None:
        super().__init__()
        self._by_host: dict[tuple[str, str], dict[str, str]] = {}  # (scheme, host[:port]): proxies

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        url = request.url or ""
        parts = urlsplit(url)
        host = (parts.scheme, parts.netloc)
        proxies = self._by_host.get(host)
        if proxies is None:
            proxies = self._by_host[host] = get_environ_proxies(url)
        kwargs["proxies"] = proxies
        return super().send(request, *args, **kwargs)


def new_session() -> requests.Session:
    """A Session that reads the environment's proxies once per host and its CA bundle once (see the module)."""
    session = requests.Session()
    session.trust_env = False
    session.verify = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
    adapter = _EnvironProxies()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
