"""What a post says, built once for every notifier: the pieces each renderer assembles its own way.

A post about a docket entry says what happened in words (notifiers/wording.py: "Motion to Dismiss", "Notice of
Voluntary Dismissal"), then the case: its name, docket number and court by its common name (`S.D.N.Y.`, from
bot/core/courts.py; a page's host name is no court and is left out); then when it was filed on the court's
clock, the entry number, what it matched of its source's watch ("matched party: Baldwin"), the entry's text
where it says more than the headline, and links labelled for what they are: "Document" only when the entry has
a document of its own, its free copy in RECAP when one was found ("Free copy (RECAP)"), "Docket". A post about a
news story names the event types it reports (none for a story that reports none: a story is no filing), the
outlet, the story's headline and summary, when it was published (the date and time on the config's clock, where
the feed gives a time), and links "Article" and the outlet by its name.

A line of a burst or a digest names the entry (`item_name`: a filing's name; a news story's headline, after the
event types it reports), then what its text says beyond that name (`line_text`: "Dismissal Order — case dismissed
without prejudice" after "Dismissal Order" is "case dismissed without prejudice"), its facts and its own link
(`own_links`: "Document", "Article"); its case's heading links the docket, or the outlet's site (`case_links`).

A post that corrects an earlier one (the court edited the entry's text; bot/core/post.py Correction) says so first,
"Corrected: Order: Motion to dismiss appeal disposed: …", and gives the text posted before with the event types of
the channel's the edit took back ("other", no type found, is never one): `Was: "Motion to dismiss appeal disposed — Motion or Writ Granted" (no longer: Dismissal)`.

A digest (bot/core/digest.py) says what it is and how much it holds (`digest_title`), the period it covers on the
config's clock (`digest_period`), each case (`case_title` of its `heading_entry`) with its entries as a burst lists
them, an entry seen before that the court's edit made news marked first among its facts (`corrected_note`:
"corrected: now reads as a dismissal"), and what the channel's filters left out (`left_out_line`).

The pieces (`what_happened`, `summary`, `case_parts`, `facts`, `links`, `text_shown`, `item_name`, `line_text`,
`burst_summary`, `echo_summary`, the digest's) hold raw scraped text; each renderer escapes them for its target:
Slack's mrkdwn and blocks (notifiers/slack/render.py), plain text or Markdown (notifiers/plain.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, time, tzinfo
from zoneinfo import ZoneInfo

from bot.core.clock import shown_time
from bot.core.courts import court_name, court_zone, local_time
from bot.core.digest import DAILY, WEEKLY, Digest, counted
from bot.core.entry import Entry
from bot.core.post import Item, Post
from bot.pipeline.stories import HEADLINE_SEPARATOR
from notifiers.text import ELLIPSIS, is_linkable, truncate
from notifiers.wording import headline, label, labels

CORRECTED = "Corrected"
WAS_LIMIT = 500  # characters of the text a correction says was posted before

_HOST = re.compile(r"(?:[a-z0-9-]+\.)+[a-z0-9-]+(?::\d+)?|\[[0-9a-f:]+\](?::\d+)?", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_MOTION_OPENING = re.compile(r"^Motion (?:to|for) (?=\w)")  # what a motion's name adds to its relief (wording.py)


def story_headline(entry: Entry) -> str:
    """A news story's headline (its text up to " — ")."""
    return entry.text.split(HEADLINE_SEPARATOR, 1)[0].strip()


def story_events(events: Iterable[str]) -> tuple[str, ...]:
    """The event types a news story reports: all but "other", which says of a story only that it is no filing."""
    return tuple(event for event in events if event != "other")


def what_happened(post: Post) -> str:
    """The post's headline in words: the filing's name ("Motion to Dismiss"); for a burst, the event types
    ("Dismissal, Order"); for a news story those it reports ("Dismissal", "Charge"; "" when it reports none)."""
    if post.entry.is_story:
        return labels(story_events(post.events), post.entry)
    if post.folded:
        return labels(post.events, post.entry)
    return headline(post.events, post.entry)


def item_name(item: Item) -> str:
    """What an entry of a burst or a digest is, in words: the filing's name ("Notice of Voluntary Dismissal",
    notifiers/wording.py); a news story's headline after the event types it reports ("Dismissal: Prosecutors drop
    charges against Trump aide in memo case"; the headline alone when it reports none)."""
    if item.entry.is_story:
        reported = labels(story_events(item.events), item.entry)
        return ": ".join(part for part in (reported, story_headline(item.entry)) if part)
    return headline(item.events, item.entry)


def line_text(entry: Entry, name: str) -> str:
    """What an entry's line shows after its name `name` (`item_name`): its text where it says more than the name
    (`text_shown`), on one line, without the words that open it and that the name says already (after "Dismissal
    Order", "Dismissal Order — case dismissed without prejudice" is "case dismissed without prejudice", and
    "Judgment — Judgment - Court Finding", a court's short text and its long one, is "Court Finding"; after
    "Motion for Extension of Time", a name the relief alone gave, "Extension of time filed" is "filed"); "" when the
    text says nothing more."""
    text = " ".join(text_shown(entry, name).split())
    said = name.rsplit(": ", 1)[-1]
    for opening in dict.fromkeys((said, _MOTION_OPENING.sub("", said))):
        rest = after_name(text, opening)
        if rest != text:  # once more, for a court's short text joined to a long one that repeats it
            return after_name(rest, opening)
    return text


def court_shown(entry: Entry) -> str:
    """The court by its common name (`S.D.N.Y.`); "" for a page's host name, which names no court."""
    name = court_name(entry.court)
    return "" if name == entry.court and _HOST.fullmatch(name) else name


def case_parts(entry: Entry) -> list[str]:
    """The case name, the docket number and the court, those that are known: the title of a docket post."""
    return [part for part in (entry.case_name, entry.case_number, court_shown(entry)) if part]


def summary(post: Post) -> str:
    """One line about the post: `Motion to Dismiss: Yunus v. Lewis-Robinson (1:17-cv-05839, S.D.N.Y.)`;
    for a news story `Dismissal: <its headline> (Deadline)` (`<its headline> (Deadline)` when it reports no event
    type)."""
    entry = post.entry
    if entry.is_story:
        about = f"{story_headline(entry)} ({entry.court})" if entry.court else story_headline(entry)
    else:
        about = case_title(entry)
    return ": ".join(part for part in (CORRECTED if post.correction else "", what_happened(post), about) if part)


def correction_line(post: Post) -> str:
    """What a correction corrects: `Was: "<the text posted before>" (no longer: Dismissal)`, the event types of its
    channel's it carried that the entry no longer does in parentheses. The text is on one line, cut at WAS_LIMIT characters; where
    it says no more than its name (an RSS item's "Dismiss"), the name ("Motion to Dismiss"). "" for a post that
    corrects nothing."""
    correction = post.correction
    if correction is None:
        return ""
    before = replace(post.entry, text=correction.was)
    name = headline(correction.events, before)
    was = " ".join(text_shown(before, name).split()) or name
    taken_back = f" (no longer: {labels(correction.taken_back, post.entry)})" if correction.taken_back else ""
    return f'Was: "{truncate(was, WAS_LIMIT)}"{taken_back}'


def case_title(entry: Entry) -> str:
    """`Yunus v. Lewis-Robinson (1:17-cv-05839, S.D.N.Y.)`: the case name, then its number and court, those known;
    a news story's outlet."""
    if entry.is_story:
        return entry.court or "News"
    name, *where = case_parts(entry) or [""]
    return f"{name} ({', '.join(where)})" if where else name


def facts(entry: Entry, tz: tzinfo = UTC) -> list[str]:
    """When it was filed (the date and time, where known, on the court's clock) and the entry number, those
    that are known; for a news story when it was published (`published_on`, on clock `tz`: the config's)."""
    if entry.is_story:
        return [f"published {published_on(entry.filed_at, tz)}"] if entry.filed_at else []
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


def published_on(published_at: datetime, tz: tzinfo) -> str:
    """When a news story was published (timezone-aware) on clock `tz`, its zone named: `2018-02-01 10:00 EST` for a
    feed's `Thu, 01 Feb 2018 15:00:00 GMT` in New York; the date alone where the feed gives only a date (midnight
    on the clock it was given on)."""
    if published_at.time() == time(0):
        return published_at.date().isoformat()
    return shown_time(published_at, tz)


FREE_COPY = "Free copy (RECAP)"


def links(entry: Entry, free_copy: str = "") -> list[tuple[str, str]]:
    """(label, url) of what the post links, those that are safe to link: the document ("Document", only when
    the entry has one: a link to the docket page is no document), beside it its free copy in RECAP when one
    was found (`free_copy`: "Free copy (RECAP)"), and the docket ("Docket"); for a news story the article
    ("Article") and the outlet (by its name)."""
    free = [(FREE_COPY, free_copy)] if free_copy and is_linkable(free_copy) else []
    return [*own_links(entry), *free, *case_links(entry)]


def own_links(entry: Entry) -> list[tuple[str, str]]:
    """(label, url) of the entry's own page, when it has one and it is safe to link: "Document" (a link to the
    docket page is no document), for a news story "Article"."""
    if not entry.url or entry.url == entry.docket_url or not is_linkable(entry.url):
        return []
    return [("Article" if entry.is_story else "Document", entry.url)]


def case_links(entry: Entry) -> list[tuple[str, str]]:
    """(label, url) of the page its case is on, when safe to link: "Docket"; for a news story the outlet's site,
    labelled with the outlet's name."""
    if not entry.docket_url or not is_linkable(entry.docket_url):
        return []
    return [((entry.court or "Outlet") if entry.is_story else "Docket", entry.docket_url)]


def text_shown(entry: Entry, name: str) -> str:
    """The entry's text where it says more than its headline `name` (an RSS item's "Dismiss" says nothing
    "Motion to Dismiss" does not); for a news story the summary after its headline."""
    text = entry.text.strip()
    if entry.is_story:
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
    return text[position:].lstrip(" ,.;:-–—") if said else text


def digest_title(digest: Digest) -> str:
    """`Daily digest: 5 filings in 2 cases` (weekly: `Weekly digest`; one built on demand: `Digest`), the news
    stories apart: `Digest: 5 filings in 2 cases and 1 news story`, `Digest: 2 news stories`."""
    kind = {DAILY: "Daily digest", WEEKLY: "Weekly digest"}.get(digest.every, "Digest")
    return f"{kind}: {digest.contents}"


def digest_period(digest: Digest) -> str:
    """The period on the config's clock, its zone named: `2026-11-28 08:00 MST to 2026-11-29 08:00 MST`."""
    zone = ZoneInfo(digest.timezone)
    return f"{shown_time(digest.start, zone)} to {shown_time(digest.end, zone)}"


def heading_entry(case: Sequence[Item]) -> Entry:
    """The entry a digest's case is headed by: its first filing; a news story, when it lists no filing (a story of
    no case followed, headed by its outlet)."""
    return next((item.entry for item in case if not item.entry.is_story), case[0].entry)


def corrected_note(item: Item, tz: tzinfo) -> str:
    """A digest's mark of an entry seen before that the court's edit made news (Item.corrected, Item.taken_back):
    `corrected: now reads as a dismissal`, `… as a dismissal and an order`, `no longer reads as a dismissal (listed in
    the digest of 2026-11-24)` (that digest's day on clock `tz`), `corrected: now reads as a dismissal, no longer as a
    motion (listed in …)`; "" for any other entry."""
    gained, taken_back = _kinds(item, item.corrected), _kinds(item, item.taken_back)
    said = [f"corrected: now reads as {gained}" if gained else "",
            f"{'no longer as' if gained else 'no longer reads as'} {taken_back}" if taken_back else ""]
    listed = f" (listed in the digest of {item.listed.astimezone(tz):%Y-%m-%d})" if taken_back and item.listed else ""
    return ", ".join(part for part in said if part) + listed


def _kinds(item: Item, events: Sequence[str]) -> str:
    """`a dismissal`, `a dismissal and an order`: the event types as the entry's kinds; "" for none."""
    kinds = [f"{'an' if word[0] in 'aeiou' else 'a'} {word}"
             for word in (label(event, item.entry).lower() for event in events)]
    return f"{', '.join(kinds[:-1])} and {kinds[-1]}" if len(kinds) > 1 else "".join(kinds)


def left_out_line(digest: Digest) -> str:
    """`3 other filings of the sources followed were left out by this channel's filters (cases, event types, mutes)`;
    "" when none was."""
    if not digest.left_out:
        return ""
    other = counted(digest.left_out, "other filing")
    verb = "was" if digest.left_out == 1 else "were"
    return f"{other} of the sources followed {verb} left out by this channel's filters (cases, event types, mutes)"
