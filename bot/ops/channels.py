"""The destinations the bot posts to, as a command's `--channel` names them: those of the config's subscriptions
(a `channel:`, or a `target:`) and of the subscriptions stored (made in Slack, or by a watch)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.config import Config
from bot.core.quiet import same_channel
from bot.store import Store


def spellings(config: Config, store: Store) -> list[tuple[str, str]]:
    """(a way to name a destination, the destination as posts name it), for every subscription: the config's
    `channel:` (`#rust-case`), `target:` (`apprise:json://…`), then the stored ones' channel (an id, `C0123ABCD`)."""
    named = [(s.channel, s.channel) for s in config.subscriptions]
    named += [(s.target, s.channel) for s in config.subscriptions if s.target]
    return named + [(made.subscription.channel, made.subscription.channel) for made in store.made_subscriptions()]


def named_destination(typed: str, known: Iterable[tuple[str, str]]) -> str | None:
    """The destination `typed` names among `known` (pairs as `spellings` gives them), as it is spelled there (the
    channel with or without its `#`: `everything` is `#everything`); None when none is."""
    return next((destination for spelling, destination in known if same_channel(spelling, typed.strip())), None)


def listed(known: Iterable[tuple[str, str]]) -> str:
    """The destinations for a message saying which there are: `#desk, #newsroom, C0123ABCD` (`none`)."""
    return ", ".join(dict.fromkeys(destination for _, destination in known)) or "none"
