"""Text helpers every renderer shares: shorten text at a word, and tell a web address that may be linked.

A link's address is written with the characters that would end or split Slack's `<url|label>` percent-encoded:
whitespace (a space is %20), `|`, `<`, `>` (`web_address`). Browsers read the encoded address as the same page.
"""

from __future__ import annotations

import re
from urllib.parse import quote

ELLIPSIS = "…"
MAX_URL_LENGTH = 1000

_SPACE = re.compile(r"\s")
_PARTIAL_ENTITY = re.compile(r"&[a-z]*$")
_LINKABLE = re.compile(r"https?://[^\s|<>/?#%]+(?:[/?#][^\s|<>]*)?", re.IGNORECASE)
_LINK_BREAKING = re.compile(r"[\s|<>]")


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


def web_address(url: str) -> str:
    """`url` with the characters that would end or split a link percent-encoded (see above)."""
    return _LINK_BREAKING.sub(lambda match: quote(match.group(), safe=""), url.strip())


def is_linkable(url: str) -> bool:
    """Whether `url` may become a link: http(s) with a host, and (once `web_address` has encoded it) short enough
    to leave room for text in a 3,000-character Slack field."""
    encoded = web_address(url)
    return len(encoded) <= MAX_URL_LENGTH and bool(_LINKABLE.fullmatch(encoded))
