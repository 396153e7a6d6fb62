"""Where a post goes, as the outbox names it: a Slack channel (`#rust-case`, `C0123ABCD`), or a notifier's name and
an address of its own (`apprise:5f2c…`).

A subscription's `channel:` is Slack's (the console's when no token is set); its `target:` names the notifier
(notifiers/targets.py). Slack channel names and ids never hold a `:`, so a destination without one is Slack's.
"""

from __future__ import annotations

SLACK = "slack"  # the notifier of plain channel names: Slack, or the console standing in for it
SEPARATOR = ":"


def notifier_of(destination: str) -> str:
    """The name of the notifier a destination belongs to: `apprise` for `apprise:5f2c…`, SLACK for `#rust-case`."""
    name, separator, _ = destination.partition(SEPARATOR)
    return name if separator else SLACK


def destination(notifier: str, address: str) -> str:
    """The destination of `address` at `notifier`: the address itself for Slack, else `notifier:address`."""
    return address if notifier == SLACK else f"{notifier}{SEPARATOR}{address}"
