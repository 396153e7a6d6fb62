"""Slack's rendering of a post: the fallback text for notifications, and Block Kit blocks; and of an ops notice.

Every scraped string is escaped on the way (notifiers/slack/mrkdwn.py), and the blocks keep within Slack's
limits: a section's text is at most 3,000 characters, so a long entry text is cut near 2,500 with a "read more"
link.

A correction (the court edited an entry posted before) opens with ":pencil2: *Corrected:*" before what happened, and
a context block under the entry's text gives the text posted before and the event types taken back.

A burst (many new entries of one case at once) lists every entry it holds, a line each: what it is, its
filing date, number and document link, then its text, shortened to fit the line. Lines go ten to a section
(never more than 3,000 characters), so a message of a burst is a few blocks, far below Slack's 50. The
route step gives a message at most ten entries (bot/core/post.py BURST_PAGE); a longer burst goes on in the next
message of the case's thread, and each message says which of the burst's messages it is.

A digest is a section saying what it is, how much it holds and the period it covers; then per case a section:
the case (its docket linked) and a line per filing as a burst gives them, ten lines a section; then a context
line with what the channel's filters left out. Past Slack's 50 blocks, the last section says how many filings
are not shown.

An ops notice is one section: an emoji for its kind, what it is about in bold, since when, the detail quoted,
and what to do (the words are notifiers/wording.py's, as for every notifier).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from bot.core.digest import Digest
from bot.core.entry import Entry
from bot.core.notice import FAILING, HELD, NOTE, REFUSED, RESOLVED, STALE, Notice
from bot.core.post import BURST_PAGE, Item, Post
from notifiers.message import (
    CORRECTED,
    after_name,
    burst_summary,
    correction_line,
    court_shown,
    digest_period,
    digest_title,
    echo_summary,
    facts,
    is_news,
    left_out_line,
    links,
    story_headline,
    summary,
    text_shown,
    what_happened,
)
from notifiers.slack.mrkdwn import escape, is_linkable, link, plain
from notifiers.text import ELLIPSIS, truncate
from notifiers.wording import HAPPENED_LABEL, LATE_NOTE, TODO_LABEL, headline, labels, notice_headline, since_label

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
BURST_TEXT_MIN = 40  # an entry's text is given at least this much of its line, its document link dropped if need be
SEPARATOR = " · "
BLOCK_LIMIT = 50  # blocks in one message


def render(post: Post) -> tuple[str, list[dict]]:
    """Slack's content for `post`: the fallback text for notifications, and the blocks."""
    if post.folded:
        return render_burst(post)
    if post.echo_of:
        return render_echo(post)
    blocks = [_section(post)]
    corrects = correction_line(post)
    if corrects:
        blocks.append({"type": "context", "elements": [_mrkdwn(plain(corrects))]})
    context = _context(post)
    if context:
        blocks.append({"type": "context", "elements": [_mrkdwn(context)]})
    return fallback_text(post), blocks


def render_burst(post: Post) -> tuple[str, list[dict]]:
    """Many new entries of one case as one message: a section with the event types, the case and the count,
    then every entry a line, ten lines a section; the docket link in a context block. The route step gives
    a message at most BURST_PAGE entries, so that it is three blocks."""
    continued = post.part is not None and post.part.number > 1  # its thread's first message said what happened
    events = "" if continued else _emoji_line(post.events, labels(post.events, post.entry))
    head = "\n".join(line for line in (events, _title(post.entry), _burst_count(post)) if line)
    lines = [_burst_line(item) for item in post.items]
    sections = ["\n".join(lines[start : start + BURST_PAGE]) for start in range(0, len(lines), BURST_PAGE)]
    blocks = [{"type": "section", "text": _mrkdwn(text)} for text in (head, *sections)]
    docket = [link(url, label) for label, url in links(post.entry) if label == "Docket"]
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


def _burst_line(item: Item) -> str:
    """`• :x: *Notice of Voluntary Dismissal* · filed 2024-09-05 · No. 9 · <url|Document> — text…`, at most
    BURST_LINE_LIMIT characters: the text is shortened to fit, the link dropped only for a huge URL."""
    name = headline(item.events, item.entry) if item.events else ""
    label = _emoji_line(item.events, name) if item.events else EMOJI["other"]
    details = [truncate(plain(fact), 40) for fact in facts(item.entry)]
    document = [link(url, "Document") for kind, url in links(item.entry) if kind == "Document"]
    text = plain(after_name(" ".join(text_shown(item.entry, name).split()), name.rsplit(": ", 1)[-1]))

    def opening(shown: list[str]) -> tuple[str, int]:  # the line before its text, and the room left for the text
        start = "• " + SEPARATOR.join([label, *details, *shown])
        return start, BURST_LINE_LIMIT - len(start) - len(" — ")

    start, room = opening(document)
    if room < BURST_TEXT_MIN and document:
        start, room = opening([])
    if room <= len(ELLIPSIS) or not text:
        return start[:BURST_LINE_LIMIT]
    return f"{start} — {truncate(text, room)}"


def fallback_text(post: Post) -> str:
    """The notification text: the summary and the start of the entry text, escaped."""
    shown = text_shown(post.entry, what_happened(post))
    return truncate(plain(" — ".join(part for part in (summary(post), shown) if part)), FALLBACK_LIMIT)


def _section(post: Post) -> dict:
    entry, name = post.entry, what_happened(post)
    title = f"*{truncate(plain(story_headline(entry)), NAME_LIMIT)}*" if is_news(entry) else _title(entry)
    what = _emoji_line(post.events, name)
    if post.correction:
        what = f"{CORRECTED_EMOJI} *{CORRECTED}:* {what}"
    if is_news(entry) and entry.court:
        what += f"{SEPARATOR}{truncate(plain(entry.court), NAME_LIMIT)}"
    head = "\n".join(line for line in (what, title) if line)
    text = _entry_text(entry, text_shown(entry, name), min(TEXT_LIMIT, SECTION_LIMIT - len(head) - 2))
    return {"type": "section", "text": _mrkdwn("\n\n".join(part for part in (head, text) if part))}


def _emoji_line(events: tuple[str, ...], name: str) -> str:
    """`:x: :scales: *Order Dismissing Case*`: an emoji for each event type, then what happened in bold."""
    emojis = " ".join(EMOJI.get(event, EMOJI["other"]) for event in events)
    return f"{emojis} *{truncate(plain(name), NAME_LIMIT)}*" if name else emojis


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


def _context(post: Post) -> str:
    """The facts (filed, number, what the watch matched), then the links: `Document`, `Free copy (RECAP)` once a
    free copy was found, `Docket`."""
    escaped_facts = [truncate(plain(fact), NAME_LIMIT) for fact in facts(post.entry)]
    shown = links(post.entry, post.free_copy)
    return SEPARATOR.join(escaped_facts + [link(url, truncate(label, NAME_LIMIT)) for label, url in shown])


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
    title = digest_title(digest)
    head = f":newspaper: *{plain(title)}*\n{plain(digest_period(digest))}"
    sections: list[list[str]] = []  # each section's lines; a case's first section begins with the case
    counts: list[int] = []  # the filings each section lists
    for case in digest.cases:
        entry = case[0].entry
        docket = [link(url, label) for label, url in links(entry) if label == "Docket"]
        name = f"*{truncate(plain(entry.court or 'News'), NAME_LIMIT)}*" if is_news(entry) else _title(entry)
        sections.append([SEPARATOR.join([name, *docket])])
        counts.append(0)
        for item in case:
            line = _burst_line(item)
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
