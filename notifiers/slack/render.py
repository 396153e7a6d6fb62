"""Slack's rendering of a post: the fallback text for notifications, and Block Kit blocks; and of an ops notice.

Every scraped string is escaped on the way (notifiers/slack/mrkdwn.py), and the blocks keep within Slack's
limits: a section's text is at most 3,000 characters, so a long entry text is cut near 2,500 with a "read more"
link. A news story's post names the event types it reports (:newspaper: alone when it reports none) and its outlet,
then its headline and summary; its time is on the config's clock.

A correction (the court edited an entry posted before) opens with ":pencil2: *Corrected:*" before what happened, and
a context block under the entry's text gives the text posted before and the event types taken back.

A burst (many new entries of one case at once) lists every entry it holds, a line each: what it is, its
filing date, number and document link, then what its text says beyond its name, shortened to fit the line. Lines
go ten to a section (never more than 3,000 characters), so a message of a burst is a few blocks, far below Slack's
50. The route step gives a message at most ten entries (bot/core/post.py BURST_PAGE); a longer burst goes on in the
next message of the case's thread, and each message says which of the burst's messages it is.

A digest is a section saying what it is, how much it holds and the period it covers; then per case a section:
the case (its docket linked; a news story's outlet, linked to its site) and a line per filing as a burst gives
them (a news story's: its event types and headline, when published, its article's link, its summary; a filing seen
before that the court's edit made news: "_corrected: now reads as a dismissal_" before its facts), ten lines a
section; then a context line with what the channel's filters left out. Past Slack's 50 blocks, the last section
says how many filings are not shown.

An ops notice is one section: an emoji for its kind, what it is about in bold, since when, the detail quoted,
and what to do (the words are notifiers/wording.py's, as for every notifier).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

from bot.core.digest import Digest
from bot.core.entry import Entry
from bot.core.notice import FAILING, HELD, NOTE, REFUSED, RESOLVED, STALE, Notice
from bot.core.post import BURST_PAGE, Item, Post
from notifiers.message import (
    CORRECTED,
    burst_summary,
    case_links,
    corrected_note,
    correction_line,
    court_shown,
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
    story_events,
    story_headline,
    summary,
    text_shown,
    what_happened,
)
from notifiers.slack.mrkdwn import escape, is_linkable, link, plain
from notifiers.text import truncate
from notifiers.wording import HAPPENED_LABEL, LATE_NOTE, TODO_LABEL, labels, notice_headline, since_label

EMOJI = {
    "motion": ":page_facing_up:",
    "dismissal": ":x:",
    "order": ":scales:",
    "judgment": ":classical_building:",
    "hearing": ":calendar:",
    "charge": ":rotating_light:",
    "plea": ":speech_balloon:",
    "appearance": ":bust_in_silhouette:",
    "other": ":memo:",
    "new_case": ":new:",
}
CORRECTED_EMOJI = ":pencil2:"
NEWS_EMOJI = ":newspaper:"  # a news story that reports no event type
NOTICE_EMOJI = {
    FAILING: ":rotating_light:",
    STALE: ":hourglass:",
    HELD: ":no_entry:",
    REFUSED: ":warning:",
    RESOLVED: ":white_check_mark:",
    NOTE: ":information_source:",
}

SECTION_LIMIT = 3000
TEXT_LIMIT = 2500
NAME_LIMIT = 200
FALLBACK_LIMIT = 1000
DETAIL_LIMIT = 2000  # a notice's quoted detail (a config file's errors), within one section
BURST_LINE_LIMIT = SECTION_LIMIT // BURST_PAGE - 1  # a line of a burst, so that ten fit one section
# An entry's text is given at least this much of its line (all of it, when shorter), its document link dropped if need
# be, or none; a news story's article link is kept, and its summary shortened or left out.
BURST_TEXT_MIN = 40
SEPARATOR = " · "
BLOCK_LIMIT = 50  # blocks in one message


def render(post: Post, tz: tzinfo = UTC) -> tuple[str, list[dict]]:
    """Slack's content for `post`: the fallback text for notifications, and the blocks; a news story's time on
    clock `tz` (the config's)."""
    if post.folded:
        return render_burst(post, tz)
    if post.echo_of:
        return render_echo(post)
    blocks = [_section(post)]
    corrects = correction_line(post)
    if corrects:
        blocks.append({"type": "context", "elements": [_mrkdwn(plain(corrects))]})
    context = _context(post, tz)
    if context:
        blocks.append({"type": "context", "elements": [_mrkdwn(context)]})
    return fallback_text(post), blocks


def render_burst(post: Post, tz: tzinfo = UTC) -> tuple[str, list[dict]]:
    """Many new entries of one case as one message: a section with the event types, the case and the count,
    then every entry a line, ten lines a section; the docket link in a context block. The route step gives
    a message at most BURST_PAGE entries, so that it is three blocks."""
    continued = post.part is not None and post.part.number > 1  # its thread's first message said what happened
    events = "" if continued else _emoji_line(post.events, labels(post.events, post.entry), post.entry)
    head = "\n".join(line for line in (events, _title(post.entry), _burst_count(post)) if line)
    lines = [_burst_line(item, tz) for item in post.items]
    sections = ["\n".join(lines[start : start + BURST_PAGE]) for start in range(0, len(lines), BURST_PAGE)]
    blocks = [{"type": "section", "text": _mrkdwn(text)} for text in (head, *sections)]
    docket = [link(url, label) for label, url in case_links(post.entry)]
    if docket:
        blocks.append({"type": "context", "elements": [_mrkdwn(SEPARATOR.join(docket))]})
    about = summary(replace(post, events=()) if continued else post)
    return truncate(plain(f"{burst_summary(post)}: {about}"), FALLBACK_LIMIT), blocks


def _burst_count(post: Post) -> str:
    part = post.part
    if part is None:
        return f"*{len(post.items)} new entries*"
    continued = ", continued" if part.number > 1 else ""
    return f"*{part.entries} new entries*{continued} (message {part.number} of {part.of})"


def render_echo(post: Post) -> tuple[str, list[dict]]:
    """A later report of a story already posted: one line in its thread, naming the outlet and linking it."""
    entry = post.entry
    title = story_headline(entry)
    text = f"{echo_summary(post)}: {title}"
    linked = link(entry.url, truncate(title, NAME_LIMIT)) if is_linkable(entry.url) else plain(title)
    line = f":newspaper: Also reported by *{truncate(plain(entry.court), NAME_LIMIT)}*: {linked}"
    return truncate(plain(text), FALLBACK_LIMIT), [{"type": "section", "text": _mrkdwn(line)}]


def _burst_line(item: Item, tz: tzinfo) -> str:
    """`• :x: *Notice of Voluntary Dismissal* · filed 2024-09-05 · No. 9 · <url|Document> — text…` (a digest's
    correction: `… *Notice of Voluntary Dismissal* · _corrected: now reads as a dismissal_ · filed …`; a news story's:
    `• :x: *Dismissal: <headline>* · published 2018-02-01 10:00 EST · <url|Article> — summary…`, its time on clock
    `tz`), at most BURST_LINE_LIMIT characters: the text is shortened to fit, a document's link dropped only for a
    huge URL (BURST_TEXT_MIN); a story's headline is shortened to keep its article's link."""
    name = item_name(item) if item.events or item.entry.is_story else ""
    note = corrected_note(item, tz)
    details = ([f"_{note}_"] if note else []) + [truncate(plain(fact), 40) for fact in facts(item.entry, tz)]
    document = [link(url, kind) for kind, url in own_links(item.entry)]
    text = plain(line_text(item.entry, name))

    def opening(shown: list[str], name_limit: int = NAME_LIMIT) -> tuple[str, int]:
        """The line before its text, and the room left for the text."""
        label = _emoji_line(item.events, name, item.entry, name_limit) if name else EMOJI["other"]
        start = "• " + SEPARATOR.join([label, *details, *shown])
        return start, BURST_LINE_LIMIT - len(start) - len(" — ")

    start, room = opening(document)
    if document and room < 0 and item.entry.is_story:  # a story keeps its article's link: its headline is shortened
        start, room = opening(document, max(BURST_TEXT_MIN, len(plain(name)) + room))
    if document and (room < 0 or room < min(len(text), BURST_TEXT_MIN) and not item.entry.is_story):
        start, room = opening([])
    if room < min(len(text), BURST_TEXT_MIN) or not text:  # no room for more than a scrap of its text: none
        return start[:BURST_LINE_LIMIT]
    return f"{start} — {truncate(text, room)}"


def fallback_text(post: Post) -> str:
    """The notification text: the summary and the start of the entry text, escaped."""
    shown = text_shown(post.entry, what_happened(post))
    return truncate(plain(" — ".join(part for part in (summary(post), shown) if part)), FALLBACK_LIMIT)


def _section(post: Post) -> dict:
    entry, name = post.entry, what_happened(post)
    title = f"*{truncate(plain(story_headline(entry)), NAME_LIMIT)}*" if entry.is_story else _title(entry)
    what = _emoji_line(post.events, name, entry)
    if post.correction:
        what = f"{CORRECTED_EMOJI} *{CORRECTED}:* {what}"
    if entry.is_story and entry.court:
        what += f"{SEPARATOR if name else ' '}{truncate(plain(entry.court), NAME_LIMIT)}"
    head = "\n".join(line for line in (what, title) if line)
    text = _entry_text(entry, text_shown(entry, name), min(TEXT_LIMIT, SECTION_LIMIT - len(head) - 2))
    return {"type": "section", "text": _mrkdwn("\n\n".join(part for part in (head, text) if part))}


def _emoji_line(events: tuple[str, ...], name: str, entry: Entry, limit: int = NAME_LIMIT) -> str:
    """`:x: :scales: *Order Dismissing Case*`: an emoji for each event type (of a news story, for each it reports,
    else NEWS_EMOJI), then what happened in bold, at most `limit` characters of it."""
    shown = story_events(events) if entry.is_story else events
    emojis = " ".join(EMOJI.get(event, EMOJI["other"]) for event in shown) or NEWS_EMOJI
    return f"{emojis} *{truncate(plain(name), limit)}*" if name else emojis


def _title(entry: Entry) -> str:
    """`*Case name* · docket number · court`, each part escaped; the case name whole up to NAME_LIMIT."""
    name, number, court = (truncate(plain(part), NAME_LIMIT) for part in
                           (entry.case_name, entry.case_number, court_shown(entry)))
    return SEPARATOR.join(part for part in (f"*{name}*" if name else "", number, court) if part)


def _entry_text(entry: Entry, text: str, limit: int) -> str:
    """`text` escaped; when longer than `limit`, cut and followed by a link to read the rest."""
    text = plain(text)
    if len(text) <= limit:
        return text
    linked = links(entry)
    more = f" {link(linked[0][1], 'read more')}" if linked else ""
    return truncate(text, limit - len(more)) + more


def _context(post: Post, tz: tzinfo) -> str:
    """The facts (filed, number, what the watch matched; a news story's time on clock `tz`), then the links:
    `Document`, `Free copy (RECAP)` once a free copy was found, `Docket`."""
    escaped_facts = [truncate(plain(fact), NAME_LIMIT) for fact in facts(post.entry, tz)]
    shown = links(post.entry, post.free_copy)
    return SEPARATOR.join(escaped_facts + [link(url, truncate(label, NAME_LIMIT)) for label, url in shown])


def _case_heading(entry: Entry) -> str:
    """A digest's heading of a case: `*Case name* · number · court · <url|Docket>`; of a news story, its outlet
    in bold, linked to its site where it has one."""
    linked = case_links(entry)
    if not entry.is_story:
        return SEPARATOR.join([_title(entry), *(link(url, label) for label, url in linked)])
    outlet = truncate(entry.court or "News", NAME_LIMIT)
    return f"*{link(linked[0][1], outlet)}*" if linked else f"*{plain(outlet)}*"


def _mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": text}


def render_notice(notice: Notice) -> tuple[str, list[dict]]:
    """Slack's content for an ops notice: `:rotating_light: *Source `nmd` is failing: 3 polls in a row*`, then
    since when (on the reader's clock), the detail as a code block, and what to do."""
    title = notice_headline(notice, lambda name: f"`{escape(name)}`", escape)
    lines = [f"{NOTICE_EMOJI.get(notice.kind, NOTICE_EMOJI[NOTE])} *{title}*"]
    if notice.since:
        lines.append(f"{since_label(notice)} {_readers_clock(notice.since, '{time}', '%H:%M')}")
    if notice.happened:
        lines.append(f"{HAPPENED_LABEL} {_readers_clock(notice.happened, '{time_secs}', '%H:%M:%S')} {LATE_NOTE}")
    if notice.detail:
        lines.append(f"```{escape(truncate(notice.detail, DETAIL_LIMIT))}```")
    if notice.todo:
        lines.append(f"{TODO_LABEL} {escape(notice.todo)}")
    text = truncate("\n".join(lines), SECTION_LIMIT)
    return text, [{"type": "section", "text": _mrkdwn(text)}]


def _readers_clock(moment: datetime, time_token: str, time_form: str) -> str:
    """A moment as Slack shows it on the reader's clock (`time_token`: `{time}` or `{time_secs}`), in UTC where it
    cannot (`time_form`)."""
    fallback = f"{moment.astimezone(UTC).strftime(f'%Y-%m-%d {time_form}')} UTC"
    return f"<!date^{int(moment.timestamp())}^{{date_short_pretty}} {time_token}|{fallback}>"


def render_digest(digest: Digest) -> tuple[str, list[dict]]:
    """Slack's content for a digest: what it is and its period, a section per case (at most ten filings and
    SECTION_LIMIT characters a section), what the filters left out; at most BLOCK_LIMIT blocks, the last saying
    how many filings did not fit."""
    title, tz = digest_title(digest), ZoneInfo(digest.timezone)
    head = f":newspaper: *{plain(title)}*\n{plain(digest_period(digest))}"
    sections: list[list[str]] = []  # each section's lines; a case's first section begins with the case
    counts: list[int] = []  # the filings each section lists
    for case in digest.cases:
        sections.append([_case_heading(heading_entry(case))])
        counts.append(0)
        for item in case:
            line = _burst_line(item, tz)
            if counts[-1] == BURST_PAGE or len("\n".join([*sections[-1], line])) > SECTION_LIMIT:
                sections.append([])
                counts.append(0)
            sections[-1].append(line)
            counts[-1] += 1
    left_out = left_out_line(digest)
    room = BLOCK_LIMIT - 1 - (1 if left_out else 0)
    texts = ["\n".join(lines) for lines in sections]
    if len(texts) > room:
        hidden = sum(counts[room - 1 :])
        texts = texts[: room - 1] + [f"_…and {hidden} more filing(s), not shown: a Slack message holds at most "
                                     f"{BLOCK_LIMIT} blocks_"]
    blocks = [{"type": "section", "text": _mrkdwn(text)} for text in (head, *texts)]
    if left_out:
        blocks.append({"type": "context", "elements": [_mrkdwn(plain(left_out))]})
    return truncate(plain(f"{title}, {digest_period(digest)}"), FALLBACK_LIMIT), blocks
