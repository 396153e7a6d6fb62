"""A subscription's target, as the config gives it: `slack:#rust-case` (what `channel: "#rust-case"` says) or
`apprise:<an Apprise URL>` (`apprise:json://hooks.example.com/docket`, `apprise:mailtos://…`).

`destination` checks a target and turns it into the destination the outbox names (bot/core/destinations.py): a
Slack channel as itself, an Apprise URL as `apprise:` and a digest of the URL, so that its credentials (a
webhook's token, a mail password) stay in the config file and out of the database, the logs and the listings.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from bot.core.destinations import SLACK
from bot.core.destinations import destination as destination_of
from bot.core.written import as_written

if TYPE_CHECKING:
    from apprise import NotifyBase

APPRISE = "apprise"
NOTIFIERS = (SLACK, APPRISE)


def destination(target: str) -> str:
    """The destination of `target`; ValueError, saying what is wrong in words, for an unknown notifier or an
    address the notifier cannot use (a URL Apprise cannot parse)."""
    name, separator, address = target.partition(":")
    if not separator or name not in NOTIFIERS:
        raise ValueError(f"{as_written(target)} names no notifier: write slack:#channel or apprise:<URL> "
                         f"(known notifiers: {', '.join(NOTIFIERS)})")
    if not address.strip():
        raise ValueError(f"{as_written(target)} gives no address after {name}:")
    if name == SLACK:
        if ":" in address or any(char.isspace() for char in address):
            raise ValueError(f"{as_written(address)} is not a Slack channel name or id (#rust-case, C0123ABCD)")
        return address
    if _apprise_plugin(address) is None:
        raise ValueError(f"Apprise cannot use {as_written(shown_url(address))}: check the URL's scheme and parts "
                         "(https://github.com/caronc/apprise/wiki lists every service's URL)")
    return destination_of(APPRISE, apprise_key(address))


def apprise_key(url: str) -> str:
    """A short name for an Apprise URL that gives none of it away: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def shown_url(url: str) -> str:
    """An Apprise URL as it may be shown: Apprise's own privacy form (passwords and tokens shortened) without
    its query, or its scheme alone when Apprise cannot parse it."""
    plugin = _apprise_plugin(url)
    if plugin is None:
        return url.partition("://")[0] + "://…"
    return plugin.url(privacy=True).split("?", 1)[0]  # (the query holds Apprise's settings, and may hold more)


def _apprise_plugin(url: str) -> NotifyBase | None:
    """Apprise's plugin for `url`, None when Apprise cannot parse it. (Apprise is imported here, when a config
    names an Apprise target, not by every command.)"""
    import apprise

    return apprise.Apprise.instantiate(url)
