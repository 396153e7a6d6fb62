"""What a post says, built once for every notifier: plain-text pieces, and the Slack rendering of them.

A post about a docket entry says what happened in words (notifiers/wording.py: "Motion to Dismiss", "Notice of
Voluntary Dismissal"), then the case: its name, docket number and court by its common name (`S.D.N.Y.`, from
bot/core/courts.py; a page's host name is no court and is left out); then when it was filed on the court's
clock, the entry number, what it matched of its source's watch ("matched party: Baldwin"), the entry's text
where it says more than the headline, and links labelled for what they are: "Document" only when the entry has
a document of its own, "Docket". A post about a news story names the event types, the outlet, the story's
headline and summary, and links "Article" and the outlet by its name.

The plain pieces (`what_happened`, `summary`, `case_parts`, `facts`, `links`, `text_shown`) hold raw scraped
text and are what the console prints. `render` turns them into Slack's fallback text and Block Kit blocks,
escaping every scraped string on the way (see notifiers/slack/mrkdwn.py), and keeps within Slack's limits: a
section's text is at most 3,000 characters, so a long entry text is cut near 2,500 with a "read more" link.

A burst (many new entries of one case at once) lists every entry it holds, a line each: what it is, its
filing date, number and document link, then its text, shortened to fit the line. Lines go ten to a section
(never more than 3,000 characters), so a message of a burst is a few blocks, far below Slack's 50. The
route step gives a message at most ten entries (bot/core/post.py BURST_PAGE); a longer burst goes on in the next
message of the case's thread, and each message says which of the burst's messages it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, time

from bot.core.courts import court_name, court_zone, local_time
from bot.core.entry import Entry
from bot.core.post import BURST_PAGE, Item, Post
from bot.pipeline.stories import HEADLINE_SEPARATOR
from notifiers.slack.mrkdwn import ELLIPSIS, is_linkable, link, plain, truncate
from notifiers.wording import headline, labels

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

SECTION_LIMIT = 3000
TEXT_LIMIT = 2500
NAME_LIMIT = 200
FALLBACK_LIMIT = 1000
BURST_LINE_LIMIT = SECTION_LIMIT // BURST_PAGE - 1  # a line of a burst, so that ten fit one section
BURST_TEXT_MIN = 40  # an entry's text is given at least this much of its line, its document link dropped if need be
SEPARATOR = " · "
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
        name, *where = case_parts(entry) or [""]
        about = f"{name} ({', '.join(where)})" if where else name
    return ": ".join(part for part in (what_happened(post), about) if part)


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
    the court's clock) or the court's zone is unknown (a state court, a news outlet: the date as given)."""
    moment = local_time(filed_at, court)
    if court_zone(court) is None or moment.time() == time(0):
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%d %H:%M %Z")


def links(entry: Entry) -> list[tuple[str, str]]:
    """(label, url) of what the post links, those that are safe to link: the document ("Document", only when
    the entry has one: a link to the docket page is no document) and the docket ("Docket"); for a news story
    the article ("Article") and the outlet (by its name)."""
    news = is_news(entry)
    candidates = []
    if entry.url and entry.url != entry.docket_url:
        candidates.append(("Article" if news else "Document", entry.url))
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
    title = story_headline(entry)
    text = f"{echo_summary(post)}: {title}"
    linked = link(entry.url, truncate(title, NAME_LIMIT)) if is_linkable(entry.url) else plain(title)
    line = f":newspaper: Also reported by *{truncate(plain(entry.court), NAME_LIMIT)}*: {linked}"
    return truncate(plain(text), FALLBACK_LIMIT), [{"type": "section", "text": _mrkdwn(line)}]


def echo_summary(post: Post) -> str:
    return f"Also reported by {post.entry.court}"


def _burst_line(item: Item) -> str:
    """`• :x: *Notice of Voluntary Dismissal* · filed 2024-09-05 · No. 9 · <url|Document> — text…`, at most
    BURST_LINE_LIMIT characters: the text is shortened to fit, the link dropped only for a huge URL."""
    name = headline(item.events, item.entry) if item.events else ""
    label = _emoji_line(item.events, name) if item.events else EMOJI["other"]
    details = [truncate(plain(fact), 40) for fact in facts(item.entry)]
    document = [link(url, "Document") for kind, url in links(item.entry) if kind == "Document"]
    text = plain(_after_name(" ".join(text_shown(item.entry, name).split()), name.rsplit(": ", 1)[-1]))

    def opening(shown: list[str]) -> tuple[str, int]:  # the line before its text, and the room left for the text
        start = "• " + SEPARATOR.join([label, *details, *shown])
        return start, BURST_LINE_LIMIT - len(start) - len(" — ")

    start, room = opening(document)
    if room < BURST_TEXT_MIN and document:
        start, room = opening([])
    if room <= len(ELLIPSIS) or not text:
        return start[:BURST_LINE_LIMIT]
    return f"{start} — {truncate(text, room)}"


def _after_name(text: str, name: str) -> str:
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


def fallback_text(post: Post) -> str:
    """The notification text: the summary and the start of the entry text, escaped."""
    shown = text_shown(post.entry, what_happened(post))
    return truncate(plain(" — ".join(part for part in (summary(post), shown) if part)), FALLBACK_LIMIT)


def _section(post: Post) -> dict:
    entry, name = post.entry, what_happened(post)
    title = f"*{truncate(plain(story_headline(entry)), NAME_LIMIT)}*" if is_news(entry) else _title(entry)
    what = _emoji_line(post.events, name)
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


def _context(entry: Entry) -> str:
    escaped_facts = [truncate(plain(fact), NAME_LIMIT) for fact in facts(entry)]
    return SEPARATOR.join(escaped_facts + [link(url, truncate(label, NAME_LIMIT)) for label, url in links(entry)])


def _mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": text}
