"""A post or an ops notice as a title and a body, in plain text (the console) or Markdown (Apprise's targets).

The two differ only in how scraped text and links are written (`Style`): plain text shows everything as it is
and a link as `Document: <url>`; Markdown escapes the characters Markdown gives meaning to (so that a case name
such as `In re *NSYNC_LLC` is never cut into formatting) and writes `[Document](<url>)`.

A docket post: the title is the summary (`Motion to Dismiss: Yunus v. Lewis-Robinson (1:17-cv-05839, S.D.N.Y.)`),
the body its facts, the entry's text where it says more than the headline, and the links, a line each. A burst:
`12 new entries: <summary>` and a line per entry. A later report of a news story: `Also reported by <outlet>:
<headline>` and the article's link. A notice: its headline (notifiers/wording.py), since when (UTC), the detail,
and what to do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC

from bot.core.clock import shown_time
from bot.core.notice import Notice
from bot.core.post import Post
from notifiers.message import (
    burst_summary,
    echo_summary,
    facts,
    links,
    story_headline,
    summary,
    text_shown,
    what_happened,
)
from notifiers.text import is_linkable, web_address
from notifiers.wording import TODO_LABEL, headline, notice_headline, since_label

SEPARATOR = " · "
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~])")


def markdown_escape(text: str) -> str:
    """`text` shown as itself in Markdown: each character Markdown gives meaning to behind a backslash."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _markdown_link(label: str, url: str) -> str:
    """`[label](<url>)`; the URL in angle brackets, so that parentheses in it do not end the link."""
    return f"[{markdown_escape(label)}](<{web_address(url)}>)"


@dataclass(frozen=True)
class Style:
    """How scraped text (`text`), a link (`link(label, url)`) and quoted text (`quote`) are written."""

    text: Callable[[str], str]
    link: Callable[[str, str], str]
    quote: Callable[[str], str]
    markdown: bool


PLAIN = Style(text=str, link=lambda label, url: f"{label}: {url}", quote=str, markdown=False)
MARKDOWN = Style(text=markdown_escape, link=_markdown_link, quote=lambda text: f"```\n{text}\n```", markdown=True)


def post_text(post: Post, style: Style = PLAIN) -> tuple[str, str]:
    """(title, body) of `post`. The title is never escaped (a notification's title is plain text)."""
    if post.echo_of:
        url = post.entry.url
        shown = style.link("Article", url) if style.markdown and is_linkable(url) else style.text(url)
        return f"{echo_summary(post)}: {story_headline(post.entry)}", shown
    if post.folded:
        bullet = "- " if style.markdown else "  • "
        lines = []
        for item in post.items:
            name = headline(item.events, item.entry)
            said = " — ".join(style.text(part) for part in (name, text_shown(item.entry, name)) if part)
            lines.append(f"{bullet}{said} ({style.text(SEPARATOR.join(facts(item.entry)))})")
        return f"{burst_summary(post)}: {summary(post)}", "\n".join(lines)
    shown = text_shown(post.entry, what_happened(post))
    lines = [style.text(SEPARATOR.join(facts(post.entry))), style.text(shown)]
    lines += [style.link(label, url) for label, url in links(post.entry, post.free_copy)]
    return summary(post), "\n".join(line for line in lines if line)


def notice_text(notice: Notice, style: Style = PLAIN) -> tuple[str, str]:
    """(title, body) of an ops notice: the headline; since when (UTC), the detail, what to do."""
    title = notice_headline(notice)
    lines = [f"{since_label(notice)} {shown_time(notice.since, UTC)}" if notice.since else ""]
    lines.append(style.quote(notice.detail) if notice.detail else "")
    lines.append(f"{TODO_LABEL} {style.text(notice.todo)}" if notice.todo else "")
    return title, "\n".join(line for line in lines if line)
