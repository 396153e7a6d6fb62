"""What happened, in words: the headline of a post about a docket entry or a news story, and of an ops notice.

A docket entry's headline is the name of what was filed, as the court names it, read off the opening of its
text: "Notice of Voluntary Dismissal", "Order Dismissing Case", "Motion to Dismiss for Lack of Jurisdiction".
The name ends where the court's docket text goes on to say who filed it, against whom, under which rule or
with which attachments ("filed by", "against", "pursuant to", "(Attachments", "."), and words the court
writes in capitals are written as titles ("NOTICE OF VOLUNTARY DISMISSAL" -> "Notice of Voluntary Dismissal").

A PACER RSS item names a motion by the relief it asks for alone (CM/ECF lists SDNY's motion events as
"Dismiss", "Compel", "Extension of Time"; they are classified as motions by the vocabulary table's rows and
the `motion.rss-bare-name` rule): its headline is the motion's full name, "Motion to Dismiss", "Motion for
Extension of Time", "Motion in Limine" (`to` before a verb, `for` before a noun).

A name is one the vocabulary table knows (bot/pipeline/classify/vocabulary.tsv), at the opening of the text or after
one word ("LETTER MOTION for ...", "CLERK ORDER dismissing ..."), or a short description (an RSS item's
"Petition (Other)"). A longer docket text that opens with no such name is named by its event types instead.
Their words depend on the case: a charge is a "Complaint" in a civil case and a "Charge" in a criminal one
(an "Indictment" where the text says so; in a news story, a "Lawsuit" where it says so); the case type is read from
the docket number (`cr`, `mj` criminal; `cv`, `ap`, ... civil; a state court's `CR`), else from the case name
("State of New Mexico v.", "People v.") or the text ("indictment", "criminal complaint").

An event type the name does not say is put before it: an order that dismisses the case without saying so in
its name reads "Dismissal: Memo Endorsement".

An ops notice (bot/core/notice.py) reads "Source nmd is failing: 3 polls in a row", then "Since <when>" (for a
problem that is over, "Began <when>"), "Happened <when> (this notice comes late)" when it goes out late, and "To do:
<what a person can do>"; each renderer quotes the names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.docket_numbers import find_docket_number
from bot.core.entry import Entry
from bot.core.notice import RESOLVED, Notice
from bot.pipeline.classify import events as rss_events
from bot.pipeline.classify.vocabulary import lookup

NAME_WORDS = 12  # a name longer than this is cut (with an ellipsis)

LABELS = {
    "motion": "Motion",
    "dismissal": "Dismissal",
    "order": "Order",
    "judgment": "Judgment",
    "hearing": "Hearing",
    "charge": "Charge",
    "plea": "Plea",
    "appearance": "Appearance",
    "other": "Filing",
    "new_case": "New case",
}

CRIMINAL, CIVIL = "criminal", "civil"
_CRIMINAL_TYPES = frozenset({"cr", "mj", "po", "gj", "~gr", "mag", "crim"})
_STATE_CRIMINAL = re.compile(r"(?:^|[-\s])(?:CR|CF|CM|F|M|MI|MD|FE|FEL|MISD)(?:$|[-\s\d])")
_PROSECUTION = re.compile(r"^(?:(?:the\s+)?(?:state|people|commonwealth)\s+of\s+[\w\s]+?|state|people|"
                          r"commonwealth)\s+v\.?\s", re.IGNORECASE)
_CRIMINAL_TEXT = re.compile(r"\b(?:indict\w*|criminal\s+complaint|information\s+as\s+to|arraign\w*|"
                            r"prosecut\w*|charged\s+with|plea\s+of\s+guilty|guilty\s+plea)\b", re.IGNORECASE)
_LAWSUIT_TEXT = re.compile(r"\b(?:sue[sd]?|suing|lawsuit|civil\s+(?:suit|complaint|action))\b", re.IGNORECASE)

# What a name says of each event type: a type whose words are not in the name is put before it.
_SAYS = {
    "motion": r"motion|application|petition|request|moves?\b",
    "dismissal": r"dismiss(?:al|ed|es|ing)|withdraw|nolle|drop",  # not "Motion to Dismiss": that names what was asked
    "order": r"order|opinion|memo|mandate|decree|discharge|ruling|endorse|decision|fiat|judgment|ruled",
    "judgment": r"judgment",
    "hearing": r"hearing|conference|trial|minute|meeting|argu|sentenc|arraign|calendar|set|schedul|held|"
               r"continu|adjourn|vacat|cancel",
    "charge": r"complaint|indict|information|counterclaim|crossclaim|removal|charg",
    "plea": r"plea",
    "appearance": r"appear|substitution|counsel|attorney",
    "new_case": r"complaint|indict|information|petition|removal",  # the filings that open a case (bot/pipeline/watch.py)
}

# Where a docket text stops naming the document and goes on about it ("filed" but in "was not filed", which says
# what happened: a Texas court's "Motion for rehearing was not filed").
_NAME_ENDS = re.compile(
    r"""\s*(?:[.;:,\[(]|\s[-–—]\s|\s(?:(?<!\bnot\s)filed|by|against|as\s+to|re|regarding|pursuant|addressed|signed|on\s+behalf|
        dated|entered|before|with\s+hearing|for\s+proceedings|in\s+the\s+amount|\d{1,2}/\d{1,2}/\d{2,4})\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_CITED_NUMBER = re.compile(
    r"\b(granting|denying|moot|on|re|terminating|striking|adopting|for|and)\s+\[?\d+\]?\s+", re.IGNORECASE)
_SMALL_WORDS = frozenset("a an and as at by for in of on or re the to with".split())
_ACRONYMS = frozenset("USCA USDC FRCP ERISA FOIA RICO CJA USA LLC".split())
_MOTION_WORDS = re.compile(r"\b(?:motion|application|petition|request|stipulation|letter|notice|order|brief)\b",
                           re.IGNORECASE)
# A relief whose first word is a noun takes "Motion for"; any other (a verb: Dismiss, Compel) "Motion to".
_NOUN_RELIEF = re.compile(
    r"""(?:\w+(?:tion|sion|ment|ance|ence|ery|ity|ness|ure|ship|fees?|costs?|sanctions?)|leave|summary|default|
        judgment|discovery|conference|hearing|bond|relief|release|protective|preliminary|temporary|partial|
        new|writ|return|joinder|admission|attorneys?|oral|bill|certificate|pro)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_UTIL = re.compile(r"^~?util\s*-\s*", re.IGNORECASE)


def case_kind(entry: Entry) -> str | None:
    """CRIMINAL or CIVIL, as the docket number, the case name or the text tell; None for a news story and
    where nothing tells."""
    docket = find_docket_number(entry.case_number) if entry.case_number else None
    if docket is not None and docket.case_type:
        return CRIMINAL if docket.case_type.lower() in _CRIMINAL_TYPES else CIVIL
    if entry.case_number and _STATE_CRIMINAL.search(entry.case_number.upper()):
        return CRIMINAL
    if _PROSECUTION.search(entry.case_name) or (entry.case_number and _CRIMINAL_TEXT.search(entry.text)):
        return CRIMINAL
    return CIVIL if entry.case_number else None


def label(event: str, entry: Entry | None = None) -> str:
    """An event type in words, for this entry's case: `charge` is "Complaint" in a civil case, "Charge" in a
    criminal one ("Indictment" when the text says so), "Lawsuit" in a news story about one."""
    if event != "charge" or entry is None:
        return LABELS.get(event, event.capitalize())
    kind = case_kind(entry)
    if kind == CRIMINAL or (kind is None and _CRIMINAL_TEXT.search(entry.text)):
        return "Indictment" if re.search(r"\bindict", entry.text, re.IGNORECASE) else "Charge"
    if kind is None and not _LAWSUIT_TEXT.search(entry.text):
        return "Charge"
    return "Complaint" if kind == CIVIL else "Lawsuit"


def labels(events: tuple[str, ...], entry: Entry | None = None) -> str:
    """The event types in words: `Dismissal, Order`."""
    return ", ".join(label(event, entry) for event in events)


def headline(events: tuple[str, ...], entry: Entry) -> str:
    """What happened, in words: the filing's name where its text gives one ("Motion to Dismiss", "Notice of
    Voluntary Dismissal"), with the event types it does not say before it; else the event types in words."""
    name = filing_name(entry.text, events) if entry.case_number or entry.case_name else ""
    if not name:
        return labels(events, entry)
    unsaid = [event for event in events if event in _SAYS and not re.search(_SAYS[event], name, re.IGNORECASE)]
    return f"{labels(tuple(unsaid), entry)}: {name}" if unsaid else name


def filing_name(text: str, events: tuple[str, ...] = ()) -> str:
    """The name of what was filed, read off the opening of a docket text; "" when the text opens with no name
    the vocabulary table knows. Several events of one RSS item are named each ("Motion to Compel, Motion for
    Discovery")."""
    names = [_name_of(event, events) for event in rss_events(text.strip())]
    return ", ".join(dict.fromkeys(name for name in names if name))


def _name_of(event: str, events: tuple[str, ...]) -> str:
    event = _UTIL.sub("", event.strip())
    row = lookup(event)
    opening = event.split(maxsplit=1)
    if row is None and len(opening) == 2 and opening[0].isalpha():  # "LETTER MOTION", "Unopposed MOTION"
        row = lookup(opening[1])
    short = len(event) <= 60 and not re.search(r"[.:;]", event)  # a short description: an RSS item's
    relief = "motion" in events and not _MOTION_WORDS.search(event)
    if row is None and not short:
        return ""
    name = _CITED_NUMBER.sub(lambda match: match.group(1) + " ", event)
    end = _NAME_ENDS.search(name)
    name = name[: end.start()] if end and end.start() > 0 else name
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _SMALL_WORDS | {"held"}:  # "Memo Endorsement on" (re: ...)
        words.pop()
    name = " ".join(_word(word, position) for position, word in enumerate(words[:NAME_WORDS]))
    if len(words) > NAME_WORDS:
        name += "…"
    if not name[:1].isalpha():  # "1 - Terminate Deadlines and Hearings": no name
        return ""
    if relief and (row is None or "motion" in row.types):
        return _motion(name)
    return name


def _motion(relief: str) -> str:
    """The full name of a motion named by its relief: "Motion to Dismiss", "Motion for Extension of Time"."""
    if re.match(r"in\s+limine\b", relief, re.IGNORECASE):
        return f"Motion {relief[0].lower()}{relief[1:]}"
    preposition = "for" if _NOUN_RELIEF.match(relief) else "to"
    return f"Motion {preposition} {relief}"


def _word(word: str, position: int) -> str:
    """A word of a name as a title writes it: a shouted word (`DISMISSAL`) capitalised, a small word lower."""
    if word in _ACRONYMS or not (word.isupper() and len(word) > 3 or word.lower() in _SMALL_WORDS and word.isupper()):
        return word
    lower = word.lower()
    if lower in _SMALL_WORDS and position > 0:
        return lower
    return lower[:1].upper() + lower[1:]


TODO_LABEL = "To do:"
HAPPENED_LABEL = "Happened"  # before the time of a notice's event, when the notice goes out late (Notice.happened)
LATE_NOTE = "(this notice comes late)"


def notice_headline(notice: Notice, name: Callable[[str], str] = str, words: Callable[[str], str] = str) -> str:
    """`Source nmd is failing: 3 polls in a row`: what the notice is about, its source's name as `name` quotes it,
    and the problem, the bot's words as `words` escapes them."""
    parts = (words(notice.about), name(notice.source) if notice.source else "", words(notice.problem))
    return " ".join(part for part in parts if part)


def since_label(notice: Notice) -> str:
    """The word before a notice's `since`: "Since", or "Began" for a problem that is over."""
    return "Began" if notice.kind == RESOLVED else "Since"
