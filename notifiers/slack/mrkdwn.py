"""Slack mrkdwn helpers: make scraped text inert, and build links only to web addresses (notifiers/text.py).

Slack gives meaning to three characters in message text: `&`, `<` and `>` (`<!channel>` pings a channel,
`<https://x|label>` is a link, `<@U123>` mentions a user). Escaping them as HTML entities is Slack's own rule.
A bare `@channel`, `@here` or `@everyone` gets a zero-width space after the `@`: it still reads the same,
but can never become a broadcast, whatever parsing mode a message is posted with.

Four more characters make formatting: `*bold*`, `_italic_`, `~strike~` and `` `code` ``. Slack has no escape
for them (a backslash stays visible and does not stop the formatting), so scraped text shows each as the
look-alike character Slack gives no meaning to (`plain`): `∗` (U+2217 ASTERISK OPERATOR), `ˍ` (U+02CD MODIFIER
LETTER LOW MACRON), `∼` (U+223C TILDE OPERATOR) and `ˋ` (U+02CB MODIFIER LETTER GRAVE ACCENT). A case name
such as `In re *NSYNC_LLC` is then shown whole inside the post's own `*bold*`, never cut into formatting.
"""

from __future__ import annotations

import re

from notifiers.text import is_linkable, web_address

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_SPECIAL = re.compile("[&<>]")
_FORMATTING = str.maketrans({"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"})
_BROADCAST = re.compile(r"(?<!\w)@(?=(?:channel|here|everyone)\b)", re.IGNORECASE)
_ZERO_WIDTH_SPACE = "\u200b"


def escape(text: str) -> str:
    """`text` made inert for mrkdwn: `&`, `<`, `>` as entities, broadcast mentions broken up. For text the
    bot quotes inside its own code spans (a source id, Slack's error code), where `_` and `*` mean nothing."""
    escaped = _SPECIAL.sub(lambda match: _ENTITIES[match.group()], text)
    return _BROADCAST.sub("@" + _ZERO_WIDTH_SPACE, escaped)


def plain(text: str) -> str:
    """Scraped text made inert and shown as itself anywhere in a post, inside the post's own bold too: as
    `escape`, and `*`, `_`, `~`, backtick as look-alikes that format nothing."""
    return escape(text).translate(_FORMATTING)


def link(url: str, label: str) -> str:
    """`<url|label>` with the URL encoded (notifiers/text.py `web_address`, `&` as `&amp;`) and the label made
    plain; just the plain label when `url` is not linkable."""
    if not is_linkable(url):
        return plain(label)
    return f"<{web_address(url).replace('&', '&amp;')}|{plain(label)}>"
