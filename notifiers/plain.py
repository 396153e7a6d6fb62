"""A post or an ops notice as a title and a body, in plain text (the console) or Markdown (Apprise's targets).

The two differ only in how scraped text and links are written (`Style`): plain text shows everything as it is
and a link as `Document: <url>`; Markdown escapes the characters Markdown gives meaning to (so that a case name
such as `In re *NSYNC_LLC` is never cut into formatting) and writes `[Document](<url>)`.

A docket post: the title is the summary (`Motion to Dismiss: Yunus v. Lewis-Robinson (1:17-cv-05839, S.D.N.Y.)`,
`Corrected: …` for a correction), the body its facts, the entry's text where it says more than the headline, what a
correction corrects (`Was: "…" (no longer: Dismissal)`), and the links, a line each. A burst:
`12 new entries: <summary>` and a line per entry. A digest: what it is, its period, and each case (a news story's
outlet) with a line per filing, as a burst lists them, each with its own link, a correction marked
(`corrected: now reads as a dismissal`, notifiers/message.py). A news
story's time is shown on the config's clock. A later report of a news story: `Also reported by <outlet>:
<headline>` and the article's link. A notice: its headline (notifiers/wording.py), since when, when it happened if it
comes late (on the clock the caller gives: the console's is the config's, Apprise's UTC), the detail, and what to do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, tzinfo
from zoneinfo import ZoneInfo

from bot.core.clock import shown_time
from bot.core.digest import Digest
from bot.core.entry import Entry
from bot.core.notice import Notice
from bot.core.post import Item, Post
from notifiers.message import (
    burst_summary,
    case_links,
    case_title,
    corrected_note,
    correction_line,
    digest_period,
    digest_title,
    echo_summary,
    facts,
    heading_entry,
    item_name,
    left_out_line,
    line_text,
    links,
    own_links,
    story_headline,
    summary,
    text_shown,
    what_happened,
)
from notifiers.text import is_linkable, web_address
from notifiers.wording import HAPPENED_LABEL, LATE_NOTE, TODO_LABEL, notice_headline, since_label

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


def post_text(post: Post, style: Style = PLAIN, tz: tzinfo = UTC) -> tuple[str, str]:
    """(title, body) of `post`, a news story's time on clock `tz` (the config's). The title is never escaped (a
    notification's title is plain text)."""
    if post.echo_of:
        url = post.entry.url
        shown = style.link("Article", url) if style.markdown and is_linkable(url) else style.text(url)
        return f"{echo_summary(post)}: {story_headline(post.entry)}", shown
    if post.folded:
        lines = [_item_line(item, style, tz) for item in post.items]
        return f"{burst_summary(post)}: {summary(post)}", "\n".join(lines)
    shown = text_shown(post.entry, what_happened(post))
    lines = [style.text(SEPARATOR.join(facts(post.entry, tz))), style.text(shown), style.text(correction_line(post))]
    lines += [style.link(label, url) for label, url in links(post.entry, post.free_copy)]
    return summary(post), "\n".join(line for line in lines if line)


def _item_line(item: Item, style: Style, tz: tzinfo, linked: bool = False) -> str:
    """`  • Notice of Voluntary Dismissal — <text> (filed 2024-09-05 · No. 9)`, a digest's correction marked first in
    the parentheses (`corrected: now reads as a dismissal · filed …`), with the entry's own link (its document, a
    story's article) after it when `linked` (a burst's post links its docket once; a digest links each filing)."""
    bullet = "- " if style.markdown else "  • "
    name = item_name(item)
    said = " — ".join(style.text(part) for part in (name, line_text(item.entry, name)) if part)
    own = [style.link(label, url) for label, url in own_links(item.entry)] if linked else []
    note = corrected_note(item, tz)
    shown_facts = ([note] if note else []) + facts(item.entry, tz)
    when = f" ({style.text(SEPARATOR.join(shown_facts))})" if shown_facts else ""
    return " ".join([f"{bullet}{said}{when}", *own])


def digest_text(digest: Digest, style: Style = PLAIN) -> tuple[str, str]:
    """(title, body) of a digest: the title says what it is and how much it holds; the body the period, then each
    case (its name, number and court, and its docket's link; a news story's outlet, linked to its site) with a line
    per filing, then what was left out."""
    tz = ZoneInfo(digest.timezone)
    lines = [digest_period(digest)]
    for case in digest.cases:
        lines += ["", _case_heading(heading_entry(case), style)]
        lines += [_item_line(item, style, tz, linked=True) for item in case]
    left_out = left_out_line(digest)
    return digest_title(digest), "\n".join(lines + (["", left_out] if left_out else []))


def _case_heading(entry: Entry, style: Style) -> str:
    """A digest's heading of a case: `Valentin v. El Toro (1:18-cv-03358, S.D.N.Y.) Docket: <url>`; of a news
    story, its outlet linked to its site (`The Guardian: <url>`), else named."""
    linked = [style.link(label, url) for label, url in case_links(entry)]
    if entry.is_story and linked:
        heading, linked = linked[0], []
    else:
        heading = style.text(case_title(entry))
    return " ".join([f"**{heading}**" if style.markdown else heading, *linked])


def notice_text(notice: Notice, style: Style = PLAIN, tz: tzinfo = UTC) -> tuple[str, str]:
    """(title, body) of an ops notice: the headline; since when, when it happened if it comes late (Notice.happened),
    both on clock `tz`; the detail, what to do."""
    title = notice_headline(notice)
    lines = [f"{since_label(notice)} {shown_time(notice.since, tz)}" if notice.since else ""]
    if notice.happened:
        lines.append(f"{HAPPENED_LABEL} {shown_time(notice.happened, tz, '%Y-%m-%d %H:%M:%S')} {LATE_NOTE}")
    lines.append(style.quote(notice.detail) if notice.detail else "")
    lines.append(f"{TODO_LABEL} {style.text(notice.todo)}" if notice.todo else "")
    return title, "\n".join(line for line in lines if line)
