"""Slack mrkdwn helpers: make scraped text inert, shorten it, and build links only to web addresses.

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
from urllib.parse import quote

ELLIPSIS = "…"
MAX_URL_LENGTH = 1000

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_SPECIAL = re.compile("[&<>]")
_FORMATTING = str.maketrans({"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"})
_BROADCAST = re.compile(r"(?<!\w)@(?=(?:channel|here|everyone)\b)", re.IGNORECASE)
_ZERO_WIDTH_SPACE = "\u200b"
_SPACE = re.compile(r"\s")
_PARTIAL_ENTITY = re.compile(r"&[a-z]*$")
_LINKABLE = re.compile(r"https?://[^\s|<>/?#%]+(?:[/?#][^\s|<>]*)?", re.IGNORECASE)
_LINK_BREAKING = re.compile(r"[\s|<>]")  # end or split `<url|label>`: percent-encoded in a link's URL


def escape(text: str) -> str:
    """`text` made inert for mrkdwn: `&`, `<`, `>` as entities, broadcast mentions broken up. For text the
    bot quotes inside its own code spans (a source id, Slack's error code), where `_` and `*` mean nothing."""
    escaped = _SPECIAL.sub(lambda match: _ENTITIES[match.group()], text)
    return _BROADCAST.sub("@" + _ZERO_WIDTH_SPACE, escaped)


def plain(text: str) -> str:
    """Scraped text made inert and shown as itself anywhere in a post, inside the post's own bold too: as
    `escape`, and `*`, `_`, `~`, backtick as look-alikes that format nothing."""
    return escape(text).translate(_FORMATTING)


def truncate(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, at a word boundary when there is one, ending in `…`.

    A hard cut never leaves half an `&amp;`-style entity behind, so escaped text can be truncated safely.
    """
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    spaces = [match.start() for match in _SPACE.finditer(text, 0, room + 1)]
    if spaces and spaces[-1] > room // 2:
        head = text[: spaces[-1]]
    else:
        head = _PARTIAL_ENTITY.sub("", text[:room])
    return head.rstrip() + ELLIPSIS


def slack_url(url: str) -> str:
    """`url` with the characters that would end or split `<url|label>` percent-encoded: whitespace (a space is
    %20), `|` (%7C), `<` (%3C), `>` (%3E). Browsers read the encoded address as the same page."""
    return _LINK_BREAKING.sub(lambda match: quote(match.group(), safe=""), url.strip())


def is_linkable(url: str) -> bool:
    """Whether `url` may become a link: http(s) with a host, and (once `slack_url` has encoded it) short enough
    to leave room for text in a 3,000-character mrkdwn field."""
    encoded = slack_url(url)
    return len(encoded) <= MAX_URL_LENGTH and bool(_LINKABLE.fullmatch(encoded))


def link(url: str, label: str) -> str:
    """`<url|label>` with the URL encoded for Slack (`slack_url`, `&` as `&amp;`) and the label made plain; just
    the plain label when `url` is not linkable."""
    if not is_linkable(url):
        return plain(label)
    return f"<{slack_url(url).replace('&', '&amp;')}|{plain(label)}>"
