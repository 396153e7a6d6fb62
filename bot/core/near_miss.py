"""A "did you mean" for a word a user wrote that is a near miss of a word the bot knows (an event type, a setting,
a source id, a time zone)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(word: object, known: Iterable[str], most: int = 1) -> str:
    """" (did you mean dismissal?)" when `word` is a near miss of `known` words (up to `most` of them, "case or
    cases"), else ""."""
    close = difflib.get_close_matches(str(word), list(known), n=most, cutoff=0.75)
    return f" (did you mean {' or '.join(close)}?)" if close else ""
