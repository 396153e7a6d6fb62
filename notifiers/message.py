"""What a post says, built once for every notifier: the pieces each renderer assembles its own way.

A post about a docket entry says what happened in words (notifiers/wording.py: "Motion to Dismiss", "Notice of
Voluntary Dismissal"), then the case: its name, docket number and court by its common name (`S.D.N.Y.`, from
bot/core/courts.py; a page's host name is no court and is left out); then when it was filed on the court's
clock, the entry number, what it matched of its source's watch ("matched party: Baldwin"), the entry's text
where it says more than the headline, and links labelled for what they are: "Document" only when the entry has
a document of its own, its free copy in RECAP when one was found ("Free copy (RECAP)"), "Docket". A post about a news story names the event types, the outlet, the story's
headline and summary, and links "Article" and the outlet by its name.

A post that corrects an earlier one (the court edited the entry's text; bot/core/post.py Correction) says so first,
"Corrected: Order: Motion to dismiss appeal disposed: …", and gives the text posted before with the event types the
edit took back: `Was: "Motion to dismiss appeal disposed — Motion or Writ Granted" (no longer: Dismissal)`.

A digest (bot/core/digest.py) says what it is and how much it holds (`digest_title`), the period it covers on the
config's clock (`digest_period`), each case (`case_title`) with its entries as a burst lists them, and what the
channel's filters left out (`left_out_line`).

The pieces (`what_happened`, `summary`, `case_parts`, `facts`, `links`, `text_shown`, `burst_summary`,
`echo_summary`, the digest's) hold raw scraped text; each renderer escapes them for its target: Slack's mrkdwn and
blocks (notifiers/slack/render.py), plain text or Markdown (notifiers/plain.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time
from zoneinfo import ZoneInfo

from bot.core.clock import shown_time
from bot.core.courts import court_name, court_zone, local_time
from bot.core.digest import DAILY, WEEKLY, Digest
from bot.core.entry import Entry
from bot.core.post import Post
from bot.pipeline.stories import HEADLINE_SEPARATOR
from notifiers.text import ELLIPSIS, is_linkable, truncate
from notifiers.wording import headline, labels

CORRECTED = "Corrected"
WAS_LIMIT = 500  # characters of the text a correction says was posted before

_HOST = re.compile(r"(?:[a-z0-9-]+\.)+[a-z0-9-]+(?::\d+)?|\[[0-9a-f:]+\](?::\d+)?", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def is_news(entry: Entry) -> bool:
    """Whether the entry is a news story (no case number, no case name: its `court` is the outlet)."""
    return not entry.case_number and not entry.case_name


def story_headline(entry: Entry) -> str:
    """A news story's headline (its text up to " — ")."""
    return entry.text.split(HEADLINE_SEPARATOR, 1)[0].strip()


def what_happened(post: Post) -> str:
    """The post's headline in words: the filing's name ("Motion to Dismiss"); for a news story or a burst, the
    event types ("Dismissal", "Charge")."""
    if post.folded or is_news(post.entry):
        return labels(post.events, post.entry)
    return headline(post.events, post.entry)


def court_shown(entry: Entry) -> str:
    """The court by its common name (`S.D.N.Y.`); "" for a page's host name, which names no court."""
    name = court_name(entry.court)
    return "" if name == entry.court and _HOST.fullmatch(name) else name


def case_parts(entry: Entry) -> list[str]:
    """The case name, the docket number and the court, those that are known: the title of a docket post."""
    return [part for part in (entry.case_name, entry.case_number, court_shown(entry)) if part]


def summary(post: Post) -> str:
    """One line about the post: `Motion to Dismiss: Yunus v. Lewis-Robinson (1:17-cv-05839, S.D.N.Y.)`;
    for a news story `Dismissal: <its headline> (Deadline)`."""
    entry = post.entry
    if is_news(entry):
        about = f"{story_headline(entry)} ({entry.court})" if entry.court else story_headline(entry)
    else:
        about = case_title(entry)
    return ": ".join(part for part in (CORRECTED if post.correction else "", what_happened(post), about) if part)


def correction_line(post: Post) -> str:
    """What a correction corrects: `Was: "<the text posted before>" (no longer: Dismissal)`, the event types it
    carried that the entry no longer does in parentheses. The text is on one line, cut at WAS_LIMIT characters; where
    it says no more than its name (an RSS item's "Dismiss"), the name ("Motion to Dismiss"). "" for a post that
    corrects nothing."""
    correction = post.correction
    if correction is None:
        return ""
    before = replace(post.entry, text=correction.was)
    name = headline(correction.events, before)
    was = " ".join(text_shown(before, name).split()) or name
    lost = tuple(event for event in correction.events if event not in post.events)
    taken_back = f" (no longer: {labels(lost, post.entry)})" if lost else ""
    return f'Was: "{truncate(was, WAS_LIMIT)}"{taken_back}'


def case_title(entry: Entry) -> str:
    """`Yunus v. Lewis-Robinson (1:17-cv-05839, S.D.N.Y.)`: the case name, then its number and court, those known;
    a news story's outlet."""
    if is_news(entry):
        return entry.court or "News"
    name, *where = case_parts(entry) or [""]
    return f"{name} ({', '.join(where)})" if where else name


def facts(entry: Entry) -> list[str]:
    """When it was filed (the date and time, where known, on the court's clock) and the entry number, those
    that are known; for a news story when it was published."""
    if is_news(entry):
        return [f"published {filed_on(entry.filed_at, entry.court)}"] if entry.filed_at else []
    filed = f"filed {filed_on(entry.filed_at, entry.court)}" if entry.filed_at else ""
    number = f"No. {entry.number}" if entry.number else ""
    matched = f"matched {entry.why}" if entry.why else ""  # the source's watch (bot/pipeline/watch.py)
    return [fact for fact in (filed, number, matched) if fact]


def filed_on(filed_at: datetime, court: str) -> str:
    """A filing moment (timezone-aware) on its court's clock: `2018-04-17 20:09 EDT` for a PACER feed's
    `Wed, 18 Apr 2018 00:09:55 GMT` in New York; the date alone where the source gives only a date (midnight on
    the court's clock) or the court's zone is unknown (a court not in the table, a news outlet: the date as given)."""
    moment = local_time(filed_at, court)
    if court_zone(court) is None or moment.time() == time(0):
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%d %H:%M %Z")


FREE_COPY = "Free copy (RECAP)"


def links(entry: Entry, free_copy: str = "") -> list[tuple[str, str]]:
    """(label, url) of what the post links, those that are safe to link: the document ("Document", only when
    the entry has one: a link to the docket page is no document), beside it its free copy in RECAP when one
    was found (`free_copy`: "Free copy (RECAP)"), and the docket ("Docket"); for a news story the article
    ("Article") and the outlet (by its name)."""
    news = is_news(entry)
    candidates = []
    if entry.url and entry.url != entry.docket_url:
        candidates.append(("Article" if news else "Document", entry.url))
    if free_copy:
        candidates.append((FREE_COPY, free_copy))
    if entry.docket_url:
        candidates.append(((entry.court or "Outlet") if news else "Docket", entry.docket_url))
    return [(label, url) for label, url in candidates if is_linkable(url)]


def text_shown(entry: Entry, name: str) -> str:
    """The entry's text where it says more than its headline `name` (an RSS item's "Dismiss" says nothing
    "Motion to Dismiss" does not); for a news story the summary after its headline."""
    text = entry.text.strip()
    if is_news(entry):
        return text.split(HEADLINE_SEPARATOR, 1)[1].strip() if HEADLINE_SEPARATOR in text else ""
    said = set(_WORD.findall(name.lower()))
    return "" if set(_WORD.findall(text.lower())) <= said and not name.endswith(ELLIPSIS) else text


def burst_summary(post: Post) -> str:
    """`12 new entries`, and for a burst in several messages which one this is: `12 new entries (2 of 2)`."""
    part = post.part
    count = part.entries if part else len(post.items)
    return f"{count} new entries" + (f" ({part.number} of {part.of})" if part else "")


def echo_summary(post: Post) -> str:
    return f"Also reported by {post.entry.court}"


def after_name(text: str, name: str) -> str:
    """`text` without the words that open it and that its headline `name` says already ("CLERK ORDER of USCA
    (17-30248) as to …" after "Clerk Order of USCA": "(17-30248) as to …"), so that a line shows what is new."""
    said = _WORD.findall(name.lower())
    position = 0
    for word in said:
        match = _WORD.search(text, position)
        if match is None or match.group().lower() != word:
            return text
        position = match.end()
    return text[position:].lstrip(" ,.;:-") if said else text


def _count(count: int, one: str) -> str:
    return f"{count} {one}{'' if count == 1 else 's'}"


def digest_title(digest: Digest) -> str:
    """`Daily digest: 5 filings in 2 cases` (weekly: `Weekly digest`; one built on demand: `Digest`)."""
    kind = {DAILY: "Daily digest", WEEKLY: "Weekly digest"}.get(digest.every, "Digest")
    return f"{kind}: {_count(digest.filings, 'filing')} in {_count(len(digest.cases), 'case')}"


def digest_period(digest: Digest) -> str:
    """The period on the config's clock, its zone named: `2026-11-28 08:00 MST to 2026-11-29 08:00 MST`."""
    zone = ZoneInfo(digest.timezone)
    return f"{shown_time(digest.start, zone)} to {shown_time(digest.end, zone)}"


def left_out_line(digest: Digest) -> str:
    """`3 other filings of the sources followed were left out by this channel's filters (cases, event types, mutes)`;
    "" when none was."""
    if not digest.left_out:
        return ""
    other = _count(digest.left_out, "other filing")
    verb = "was" if digest.left_out == 1 else "were"
    return f"{other} of the sources followed {verb} left out by this channel's filters (cases, event types, mutes)"
