"""What a post says, built once for every notifier: plain-text pieces, and the Slack rendering of them.

The plain pieces (`headline`, `summary`, `facts`, `links`) hold raw scraped text and are what the console
prints. `render` turns them into Slack's fallback text and Block Kit blocks, escaping every scraped string
on the way (see notifiers/mrkdwn.py), and keeps within Slack's limits: a section's text is at most 3,000
characters, so a long entry text is cut near 2,500 with a "read more" link to the document.

A burst (many new entries of one case at once) lists every entry it holds, a line each: its event types,
number, filing date and document link, then its text, shortened to fit the line. Lines go ten to a section
(never more than 3,000 characters), so a message of a burst is a few blocks, far below Slack's 50. The
route step gives a message at most ten entries (bot/post.py BURST_PAGE); a longer burst goes on in the next
message of the case's thread, and each message says which of the burst's messages it is.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from bot.entry import Entry
from bot.post import BURST_PAGE, Item, Post
from notifiers.mrkdwn import ELLIPSIS, escape, is_linkable, link, truncate
from scrapers.courts import court_zone, local_time

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
}

SECTION_LIMIT = 3000
TEXT_LIMIT = 2500
NAME_LIMIT = 200
FALLBACK_LIMIT = 1000
BURST_LINE_LIMIT = SECTION_LIMIT // BURST_PAGE - 1  # a line of a burst, so that ten fit one section
BURST_TEXT_MIN = 40  # an entry's text is given at least this much of its line, its document link dropped if need be
SEPARATOR = " · "


def headline(events: tuple[str, ...]) -> str:
    """The event types in words: `Dismissal, Order`."""
    return ", ".join(_label(event) for event in events)


def summary(post: Post) -> str:
    """One line about the post: `Dismissal: United States v. Baldwin (1:23-cr-00001, nmd)`."""
    entry = post.entry
    where = ", ".join(part for part in (entry.case_number, entry.court) if part)
    about = f"{entry.case_name} ({where})" if entry.case_name and where else entry.case_name or where
    return ": ".join(part for part in (headline(post.events), about) if part)


def facts(entry: Entry) -> list[str]:
    """Court, entry number and filing date (and time, where known, on the court's clock), those that are known."""
    number = f"No. {entry.number}" if entry.number else ""
    filed = f"filed {filed_on(entry.filed_at, entry.court)}" if entry.filed_at else ""
    return [fact for fact in (entry.court, number, filed) if fact]


def filed_on(filed_at: datetime, court: str) -> str:
    """A filing moment (timezone-aware) on its court's clock: `2018-04-17 20:09 EDT` for a PACER feed's
    `Wed, 18 Apr 2018 00:09:55 GMT` in New York; the date alone where the source gives only a date (midnight on
    the court's clock) or the court's zone is unknown (a state court, a news outlet: the date as given)."""
    moment = local_time(filed_at, court)
    if court_zone(court) is None or moment.time() == time(0):
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%d %H:%M %Z")


def links(entry: Entry) -> list[tuple[str, str]]:
    """(label, url) of the document and of the docket (of a news story: the article and the outlet),
    those that are safe to link."""
    news = not entry.case_number  # a news story: its article and its outlet
    candidates = [("Article" if news else "Document", entry.url)]
    if entry.docket_url != entry.url:
        candidates.append(("Outlet" if news else "Docket", entry.docket_url))
    return [(label, url) for label, url in candidates if is_linkable(url)]


def render(post: Post) -> tuple[str, list[dict]]:
    """Slack's content for `post`: the fallback text for notifications, and the blocks."""
    if post.folded:
        return render_burst(post)
    if post.echo_of:
        return render_echo(post)
    blocks = [_section(post)]
    context = _context(post.entry)
    if context:
        blocks.append({"type": "context", "elements": [_mrkdwn(context)]})
    return fallback_text(post), blocks


def render_burst(post: Post) -> tuple[str, list[dict]]:
    """Many new entries of one case as one message: a section with the headline, the case and the count,
    then every entry a line, ten lines a section; the docket link in a context block. The route step gives
    a message at most BURST_PAGE entries, so that it is three blocks."""
    continued = post.part is not None and post.part.number > 1  # its thread's first message said what happened
    events = "" if continued else _emoji_headline(post.events)
    head = "\n".join(line for line in (events, _title(post.entry), _burst_count(post)) if line)
    lines = [_burst_line(item) for item in post.items]
    sections = ["\n".join(lines[start : start + BURST_PAGE]) for start in range(0, len(lines), BURST_PAGE)]
    blocks = [{"type": "section", "text": _mrkdwn(text)} for text in (head, *sections)]
    docket = [link(url, label) for label, url in links(post.entry) if label == "Docket"]
    if docket:
        blocks.append({"type": "context", "elements": [_mrkdwn(SEPARATOR.join([escape(post.entry.court), *docket]))]})
    about = summary(replace(post, events=()) if continued else post)
    return truncate(escape(f"{burst_summary(post)}: {about}"), FALLBACK_LIMIT), blocks


def burst_summary(post: Post) -> str:
    """`12 new entries`, and for a burst in several messages which one this is: `12 new entries (2 of 2)`."""
    part = post.part
    count = part.entries if part else len(post.items)
    return f"{count} new entries" + (f" ({part.number} of {part.of})" if part else "")


def _burst_count(post: Post) -> str:
    part = post.part
    if part is None:
        return f"*{len(post.items)} new entries*"
    continued = ", continued" if part.number > 1 else ""
    return f"*{part.entries} new entries*{continued} (message {part.number} of {part.of})"


def render_echo(post: Post) -> tuple[str, list[dict]]:
    """A later report of a story already posted: one line in its thread, naming the outlet and linking it."""
    entry = post.entry
    title = entry.text.split(" — ", 1)[0].strip()
    text = f"{echo_summary(post)}: {title}"
    linked = link(entry.url, truncate(title, NAME_LIMIT)) if is_linkable(entry.url) else escape(title)
    line = f":newspaper: Also reported by *{truncate(escape(entry.court), NAME_LIMIT)}*: {linked}"
    return truncate(escape(text), FALLBACK_LIMIT), [{"type": "section", "text": _mrkdwn(line)}]


def echo_summary(post: Post) -> str:
    return f"Also reported by {post.entry.court}"


def _burst_line(item: Item) -> str:
    """`• :x: *Dismissal, Order* · No. 9 · filed 2024-09-05 · <url|Document> — CLERK ORDER dismissing…`, at
    most BURST_LINE_LIMIT characters: the text is shortened to fit, the link dropped only for a huge URL."""
    kinds = " ".join(EMOJI.get(event, EMOJI["other"]) for event in item.events)
    label = f"{kinds} *{escape(headline(item.events))}*" if item.events else EMOJI["other"]
    details = [truncate(escape(fact), 40) for fact in facts(item.entry)[1:]]
    document = [link(url, "Document") for name, url in links(item.entry) if name == "Document"]
    text = escape(" ".join(item.entry.text.split()))
    for shown in (document, []):
        start = "• " + SEPARATOR.join([label, *details, *shown])
        room = BURST_LINE_LIMIT - len(start) - len(" — ")
        if room >= BURST_TEXT_MIN or not shown:
            break
    if room <= len(ELLIPSIS) or not text:
        return start[:BURST_LINE_LIMIT]
    return f"{start} — {truncate(text, room)}"


def fallback_text(post: Post) -> str:
    """The notification text: the summary and the start of the entry text, escaped."""
    text = " — ".join(part for part in (summary(post), post.entry.text.strip()) if part)
    return truncate(escape(text), FALLBACK_LIMIT)


def _section(post: Post) -> dict:
    head = "\n".join(line for line in (_emoji_headline(post.events), _title(post.entry)) if line)
    text = _entry_text(post.entry, min(TEXT_LIMIT, SECTION_LIMIT - len(head) - 2))
    return {"type": "section", "text": _mrkdwn("\n\n".join(part for part in (head, text) if part))}


def _emoji_headline(events: tuple[str, ...]) -> str:
    return "  ".join(f"{EMOJI.get(event, EMOJI['other'])} *{escape(_label(event))}*" for event in events)


def _label(event: str) -> str:
    return event.capitalize()


def _title(entry: Entry) -> str:
    name = f"*{truncate(escape(entry.case_name), NAME_LIMIT)}*" if entry.case_name else ""
    return SEPARATOR.join(part for part in (name, truncate(escape(entry.case_number), NAME_LIMIT)) if part)


def _entry_text(entry: Entry, limit: int) -> str:
    """The escaped entry text; when longer than `limit`, cut and followed by a link to read the rest."""
    text = escape(entry.text.strip())
    if len(text) <= limit:
        return text
    linked = links(entry)
    more = f" {link(linked[0][1], 'read more')}" if linked else ""
    return truncate(text, limit - len(more)) + more


def _context(entry: Entry) -> str:
    escaped_facts = [truncate(escape(fact), NAME_LIMIT) for fact in facts(entry)]
    return SEPARATOR.join(escaped_facts + [link(url, label) for label, url in links(entry)])


def _mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": text}
