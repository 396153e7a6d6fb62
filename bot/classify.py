"""Tell which event types a docket entry's text carries.

`classify(text)` takes the text of one entry (a PACER docket or RSS
description, a Texas or Odyssey case event, a news sentence) and returns its
event types in EVENT_TYPES order, or ("other",) when no rule matches. One
entry may carry several types: "ORDER granting 12 Motion to Dismiss" is an
order and a dismissal.

How the rules read a text:

- A PACER RSS description may join several docket events with " AND "
  ("Order AND ~Util - Set Hearings"). Each event is classified on its own and
  the types are merged. All-caps document names such as "STIPULATION AND
  ORDER" name one document and are not split.
- A docket text opens with the name of the filed document: "MOTION to
  Dismiss", "ORDER granting 12 Motion to Dismiss", "Memorandum in Support re
  22 MOTION to Dismiss". Texas and Odyssey events may add a comment or a
  disposition after " — " ("Request — to Set Case for Trial", "Judgment —
  Order and Judgment"), which can name the document too. The document rules
  (motion, order, judgment, charge) therefore only look at these openings.
  The rules for what happened (dismissal, hearing, plea, appearance) look at
  the whole text.
- Each type has a rule that finds it; some also have a veto, and a pattern
  of phrases to ignore (a hearing named only as the source of exhibits or a
  transcript is not a hearing). A filed motion is only a motion: the
  dismissal it asks for or the hearing date it names is not an event yet.

Decisions on unclear cases:

- order: opinions, memo endorsements, endorsed letters, findings of fact,
  mandates, a judge's fiat and combined "Motion/Order" forms are orders; so
  is any text that records a ruling: a motion or request "granted",
  "denied", "overruled", a Texas "... disposed" event, a minute entry in
  which "the court denies". A motion named with its ruling is then only an
  order, unless the text also says it was filed. "Order on Motion to
  Dismiss" is only an order, as it does not say whether the motion was
  granted.
- hearing: setting, holding, moving or cancelling a hearing, conference,
  trial, sentencing or oral argument is a hearing, and so are "Terminate
  Hearings", a minute entry of proceedings and an Odyssey calendar event (it
  carries a time of day, "(9:00 AM)", and is a hearing even when named after
  the motion heard). A hearing only mentioned in passing ("the conference
  held on July 28", "exhibits from trial held") is not.
- charge: a complaint, counterclaim, crossclaim or civil lawsuit is a
  charge.
- motion: a petition for relief (habeas corpus, review) is a motion, but
  requests for a summons or a transcript are clerical and are not;
  California's "Request for Dismissal" is the dismissal itself.
- plea: anything about a defendant's plea, including a change-of-plea
  hearing being set.
- appearance: counsel entering the case, by notice of appearance,
  substitution, association or limited-scope representation.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.events import EVENT_TYPES

_FLAGS = re.IGNORECASE | re.VERBOSE

# RSS joins docket events with an upper-case " AND " between title-case
# names: "Compel AND Discovery", "Order(Other) AND ~Util - Set Deadlines".
# Case-sensitive on purpose, so that "STIPULATION AND ORDER" or "APPEAL NOS.
# 16-30192 AND 16-30258" in an all-caps text stays whole.
_EVENT_SEPARATOR = re.compile(r"(?<=[a-z)])\s+AND\s+(?=~|[A-Z][a-z])")

# Clutter before a document's name: sealing banners, short codes such as
# Hawaii's "EP:"/"EO:" or Odyssey's "UD:"/"OSC:", "Judge X:" bylines,
# numbering, "~" and other punctuation.
_LEADING_CLUTTER = re.compile(
    r"""
    ^(?:
        \*+\s*sealed\s+document\s*\*+                # **SEALED DOCUMENT**
      | [a-z]{2,3}:                                   # EP:, EO:, UD:, OSC:
      | (?:magistrate\s+)?judge\s+[^:]{1,60}:        # Judge Mark G. Mastroianni:
      | [\W\d_]+                                      # "1 - ", "~", "***", spaces
    )+
    """,
    _FLAGS,
)

# Where a document is named: the start of the text, or the start of a Texas
# or Odyssey comment after " — ".
_OPENING = r"(?:^|(?<=—\s))"

# A word that may stand before a document's name: "FINAL ORDER", "Stipulation
# and Order", "MEMORANDUM AND ORDER". A preposition or a filing word ends the
# name, so "Return of Service re Final Order", "RESPONSE to Order to Show
# Cause", "Text of Proposed Order" and "Mail Order by Certified Mail" are not
# orders.
_NAME_WORD = r"""
    (?:(?!(?:re|to|from|by|for|of|on|in|as|at|with|filed|regarding|requesting|
             proposed|response|reply|opposition|motions?|mail(?:ed|ing)?)\b)
       [\w'’&/.()\#-]+\s+)
"""

# A ruling recorded in the text: a Texas "... disposed" event, or something
# "granted", "denied", "overruled" (not "shall not be granted").
_RULING = r"""
    (?:\bdisposed\b
     | (?<!\bbe\s)(?<!\bnot\s)\b(?:granted|denied|overruled|sustained)\b)
"""

# Hearings and what can happen to them ("Status Conference set for").
_HEARING_NAME = r"""
    (?:hearings?|(?:tele)?conferences?|trials?|sentencing|arraignment|change\s+of\s+plea|
       oral\s+argument|initial\s+appearance)
"""
_SCHEDULING = r"""
    (?:set|reset|setting|resetting|(?<!remains\s)scheduled|rescheduled|held|hold|continued|
       adjourned|cancell?ed|vacated)
"""
# An Odyssey calendar event: a time of day in brackets or a cancel reason
# ("Motion to Strike (8:30 AM) Result: Heard", "Exparte Application (11:30
# AM) Cancel Reason: Vacated").
_CALENDAR = r"""
    (?:\(\d{1,2}:\d{2}\s*[ap]\.?m\.?\)|\bcancel\s+reason\b)
"""


class Rule(NamedTuple):
    """How one event type is found in an event's text.

    `find` finds it; `veto`, when it matches, cancels it; `ignore` removes
    phrases that mention the type without being an event of it before
    `find` looks.
    """

    find: re.Pattern[str]
    veto: re.Pattern[str] | None = None
    ignore: re.Pattern[str] | None = None

    def matches(self, event: str) -> bool:
        text = self.ignore.sub(" ", event) if self.ignore else event
        return bool(self.find.search(text)) and not (self.veto and self.veto.search(event))


# -- motion ------------------------------------------------------------------

# A party asks the court for something: a document opens with a motion,
# application, petition or request, maybe after a few modifiers ("Consent",
# "Joint LETTER", "Defendant's", "EX PARTE", "TEXT ORAL"); Odyssey names it
# bare ("Request — to Set Case for Trial"); SDNY's RSS uses bare motion names
# ("Dismiss", "Compel", "Extension of Time"); news says a party "moves to"
# (not that it "may move to").
_MOTION = re.compile(
    rf"""
    {_OPENING}(?:(?:consent|joint|unopposed|assented\s+to|emergency|amended|sealed|first|second|
           third|ex\s+parte|letter|counter|oral|text|miscellaneous|\w+(?:['’]s|s['’]))\s+){{0,3}}
     (?:motions?|notice\s+of\s+motion|applications?|petitions?|
        requests?(?:\s+(?:for|to)\b|\s*(?:—|:|$)))
  | ^(?:dismiss|compel|discovery|strike|preclude|in\s+limine|continue|conference|
        adjourn\s+conference|appear\s+pro\s+hac\s+vice|extension\s+of\s+time(?:\s+to\s+[\w/\s]+)?|
        leave\s+to\s+[\w/\s]+)$
  | (?<!may\s)(?<!can\s)(?<!could\s)(?<!shall\s)(?<!will\s)\bmoves?\s+to\s+\w+
    """,
    _FLAGS,
)
# Not a motion: clerical requests; California's request for dismissal (the
# dismissal itself); Texas events for a deadline or a motion never filed; a
# motion named with its ruling but not its filing ("... disposed", "Motion
# for Extension ... granted"); a calendar event named after a motion; a
# hearing named after motions ("Motions to Dismiss and Motion for Sanctions
# Hearing set for 10/11/2019", "Motion to Dismiss hearing held").
_NOT_MOTION = re.compile(
    rf"""
    ^requests?\W+(?:for\s+)?(?:issuance\s+of\s+summons|transcript|dismissal)
  | (?:\bdue|\bnot\s+filed)\s*$
  | ^(?!.*\bfiled\b).*{_RULING}
  | {_CALENDAR}
  | ^[\w\s]*\bhearing\s+{_SCHEDULING}\b
    """,
    _FLAGS,
)

# -- dismissal ---------------------------------------------------------------

# What can be dismissed, and what dismissing is called.
_DISMISSABLE = r"""
    (?:charges?|counts?|indictments?|complaints?|claims?|case|action|lawsuit|appeals?|matter)\b
"""
# A case, claim, count or charge is ended: an order, stipulation, notice or
# judgment of dismissal; California's request for dismissal; a granted
# motion to dismiss; "charges dropped", "case dismissed", "appeal is hereby
# dismissed", "this action is to be dismissed"; a bare "Voluntary Dismissal"
# or "Dismissed for want of prosecution"; "prosecutors drop charges", "judge
# throws out case", "removed the enhancement charge"; nolle prosequi;
# an opinion or judgment whose disposition is a dismissal ("Memorandum
# opinion issued — Dismissed", "Judgment — Dismissal - No ADR", Odyssey's
# "Case Resolution Dismissal"); news of charges "to be dropped" (courts write
# "to be dismissed" for what has not happened yet, newsrooms "to be dropped"
# for a decision taken).
# Built in as exclusions: a motion (or a move, request) to dismiss the case
# only asks, an order denying one grants nothing, "why this case should not
# be dismissed" or "CASE TO BE DISMISSED" has not happened, a clerk's
# "Notice for Dismissal for Want of Prosecution" only warns, "withdraw as
# counsel" names nothing that can be dismissed, and "removed the case to
# federal court" moves it.
_DISMISSAL = re.compile(
    rf"""
    ^{_NAME_WORD}{{0,2}}?
     (?:(?:order|judgment|stipulation)(?:\s+and\s+order)?\s+(?:of|for)|notice\s+of)\s+
     (?:voluntary\s+)?(?:dismissal|discontinuance)
  | ^order\s+dismissing
  | ^(?:voluntary\s+)?dismiss(?:al|ed)\b(?!\s+hearing)
  | ^requests?\W+(?:for\s+)?dismissal
  | \bgrant(?:s|ed|ing)\s+(?:in\s+part\s+(?:and\s+den(?:ies|ied|ying)\s+in\s+part\s+)?)?
     (?:(?!motions?\b)[\w'’.,&()-]+\s+){{0,6}}?motions?\s+to\s+dismiss
  | \bmotions?\s+(?:to|for)\s+(?:voluntary\s+)?dismiss[^;]{{0,100}}?
     (?:\bis|\bare|\s-|:)\s*(?:hereby\s+)?granted
  | \b{_DISMISSABLE}
     (?:(?!\b(?:not|should|would|could|may|might|must|will|if|unless|why|whether|motion|
               (?<!\bis\s)(?<!\bare\s)to\s+be)\b)[^;]){{0,40}}?
     \b(?:dismissed|discontinued|dropped|withdrawn)\b
  | (?:\b(?:(?<!\bto\s)dismiss(?:es|ed|ing)?|drop(?:s|ped|ping)?|withdr(?:aws?|ew|awing)|
           removed|toss(?:es|ed)?|(?:throws?|threw)\s+out)
       | \b(?!(?:motions?|mov(?:e|es|ed|ing)|seek\w*|ask\w*|requests?)\b)\w+\s+to\s+dismiss)
     \s+(?:(?!(?:as|for|in|from|with|to|of|on|by|after|following|pending|during|upon|under)\b)
           [\w'’-]+\s+){{0,4}}?{_DISMISSABLE}(?!\s+(?:to|from)\b)
  | \b{_DISMISSABLE}[^;]{{0,40}}?\bto\s+be\s+dropped\b
  | \bnol(?:le)?\.?\s+pros(?:equi|sed)?\b
  | \b(?:opinion|judgment)\b[^—]{{0,40}}—\s*(?:appeal\s+)?dismiss(?:ed|al)\b
  | \b(?:resolution|disposition)\W+(?:\w+\W+)?dismiss(?:al|ed)\b
    """,
    _FLAGS,
)

# -- order -------------------------------------------------------------------

# The court decides or directs: a document opens with an order, a memo
# endorsement, an endorsed letter, an opinion, findings of fact, a mandate,
# a judge's fiat, a "So-Ordered" stipulation or a combined "Motion/Order"
# form ("ORDER granting", "Memorandum & Opinion", "Judge X: ELECTRONIC
# ORDER", "Application For Court Appointed Attorney/Order"); or the text says
# "It is hereby ORDERED", "The court DENIES ...", "stipulation ... and order
# by Judge X", "Scheduling order entered", "entered by Judge X"; or it
# records a ruling.
_ORDER = re.compile(
    rf"""
    {_OPENING}{_NAME_WORD}{{0,6}}?
     (?:order\b|memo(?:randum)?[\s-]+endorse(?:ment|d)|endorsed\s+letter|opinion\b|
        findings\s+of\s+fact|mandate\b|judge['’]?s\s+fiat\b)
  | ^(?:motion|application)[^/]{{0,60}}/order\b
  | ^so[\s-]+ordered\b
  | \b(?:it\s+is\s+(?:hereby\s+)?|so\s+)ordered\b
  | \bthe\s+court\s+(?:hereby\s+)?(?:grants|denies|orders|vacates|dismisses)\b
  | \band\s+order\s+by\s+(?:\w+\s+)?judge\b
  | \border\s+entered\b
  | \bentered\s+by\s+(?:(?:senior|chief|district|magistrate)\s+)*judge\b
  | {_RULING}
    """,
    _FLAGS,
)

# -- judgment ----------------------------------------------------------------

# A document opens with a judgment: "JUDGMENT AND COMMITMENT", "Judgment -
# Clerk", "Amended Judgment", "CLERK'S JUDGMENT", "Consent - Judgment",
# "MANDATE/JUDGMENT from USCA", Texas "Judgment Issued". Not "JUDGMENT
# RETURNED executed" (the marshal's return).
_JUDGMENT = re.compile(
    rf"""
    {_OPENING}(?:(?:amended|final|default|consent|clerk['’]?s)\s*-?\s*|mandate\s*/\s*)*
     judgments?\b(?!\s+returned)
    """,
    _FLAGS,
)

# -- hearing -----------------------------------------------------------------

# A hearing, conference, trial, sentencing or argument is set, moved, held or
# cancelled: "Status Conference set for", "held a conference", "NOTICE OF
# BOND HEARING", "~Util - Set Deadlines/Hearings", "Terminate Hearings",
# "Order for Initial Pretrial Conference", "The Court will hold a
# teleconference", "shall appear for a Pre Motion Conference", "Minute Entry
# for proceedings held", "MINUTES: Detention Hearing", an Odyssey calendar
# event.
_HEARING = re.compile(
    rf"""
    \b{_HEARING_NAME}\b[^.;]{{0,60}}?\b{_SCHEDULING}\b
  | \b{_SCHEDULING}(?:[\s/]+[\w&-]+){{0,4}}?[\s/]+{_HEARING_NAME}\b
  | \b(?:notice|confirmation)\s+(?:of|setting)\s+(?:[\w-]+\s+){{0,2}}?{_HEARING_NAME}\b
  | \bterminate\s+(?:deadlines\s+and\s+)?hearings\b
  | \border\s+for\s+(?:[\w-]+\s+){{0,3}}?{_HEARING_NAME}\b
  | \b(?:will|shall)\s+(?:appear|participate)\s+(?:for|in|at)\s+(?:[\w"-]+\s+){{0,4}}?{_HEARING_NAME}\b
  | \bproceedings\s+held\b
  | ^(?:text\s+)?minute\s+entry\b
  | ^minutes\b(?!.*\bcourt\s+reporter:\s*not\s+present)
  | {_CALENDAR}
    """,
    _FLAGS,
)
# Not a hearing: a record made of one afterwards, or returned mail ("NOTICE
# OF FILING OF OFFICIAL TRANSCRIPT of Restitution Hearing held on ...",
# "EXHIBIT LIST", "AUDIO FILE", "REQUEST FOR TRANSCRIPT for proceedings held
# on ...", "Returned To Sender NOTICE OF ARRAIGNMENT").
_NOT_HEARING = re.compile(
    r"""
    ^(?:notice\s+of\s+filing\s+(?:of\s+)?(?:official\s+)?|request\s+for\s+
       |letter\s+by\s+clerk\s+that\s+a\s+)?
     (?:transcript|exhibit\s+(?:list|receipt)|witness\s+list|audio\s+file)
  | ^returned\b
    """,
    _FLAGS,
)
# A hearing named only as the occasion of something else: "during the
# teleconference held on July 28", "exhibits from Non-Jury Trial held".
_HEARING_MENTIONED = re.compile(
    rf"\b(?:from|during|at)\s+(?:the\s+)?(?:[\w/-]+\s+){{0,3}}?{_HEARING_NAME}\s+held\b",
    _FLAGS,
)

# -- charge ------------------------------------------------------------------

# A document opens with a charging document or a civil complaint, maybe
# amended or superseding ("FIRST AMENDED COMPLAINT", "INFORMATION - Felony",
# "UNREDACTED INDICTMENT", "Third-Party Complaint", Odyssey "Complaint:
# Amended"); an answer brings a counterclaim ("Answer and Counterclaim",
# "COUNTERCLAIM against"); or news says someone was charged or indicted,
# "filed a lawsuit" or "sues ... over".
_CHARGE = re.compile(
    rf"""
    {_OPENING}(?:(?:amended|first|second|superseding|criminal|received|unredacted|verified|
                    third[\s-]+party)\s+)*
     (?:complaints?|indictments?|informations?|counterclaims?|cross-?claims?)\b
  | \b(?:and|with)\s+(?:amended\s+)?(?:counterclaims?|cross-?claims?)\b
  | \b(?:counterclaims?|cross-?claims?)\s+against\b
  | \bcharged\s+with\b
  | \b(?:is|are|was|were|been)\s+indicted\b
  | \bindicted\s+(?:by|on|for|in)\b
  | \bfiled?\s+(?:a\s+)?(?:law)?suit\b
  | \bsue[sd]?\s+(?:[\w'’-]+\s+){{0,2}}?(?:over|for)\b
    """,
    _FLAGS,
)

# -- plea --------------------------------------------------------------------

# A plea or plea agreement: "PLEA AGREEMENT", "Change of Plea", "Plea of NOT
# GUILTY entered", "pleaded not guilty". Not a "responsive pleading", nor the
# "Court of Common Pleas" a case was removed from.
_PLEA = re.compile(
    r"""
    (?<!common\s)\bpleas?\b
  | \b(?:plead(?:s|ed|ing)?|pled)\s+(?:not\s+)?guilty\b
    """,
    _FLAGS,
)

# -- appearance --------------------------------------------------------------

# Counsel enters the case: "Notice of (Attorney) Appearance", Texas
# "Appearance of counsel", "ENTRY OF APPEARANCE", Odyssey "Substitution:
# Attorney", "Notice of Association of Counsel", "Notice of Limited Scope
# Representation". Not an "APPEARANCE BOND" or an initial appearance of the
# defendant (a hearing).
_APPEARANCE = re.compile(
    r"""
    \bnotice\s+of\s+(?:attorney\s+)?appearance\b
  | \bappearance\s+of\s+(?:counsel|attorney)\b
  | \bentry\s+of\s+appearance\b
  | \bsubstitution(?:\s+of|:)?\s+(?:attorney|counsel)\b
  | \bnotice\s+of\s+(?:association\s+of\s+counsel|limited\s+scope\s+representation)\b
    """,
    _FLAGS,
)

_RULES: dict[str, Rule] = {
    "motion": Rule(_MOTION, veto=_NOT_MOTION),
    "dismissal": Rule(_DISMISSAL),
    "order": Rule(_ORDER),
    "judgment": Rule(_JUDGMENT),
    "hearing": Rule(_HEARING, veto=_NOT_HEARING, ignore=_HEARING_MENTIONED),
    "charge": Rule(_CHARGE),
    "plea": Rule(_PLEA),
    "appearance": Rule(_APPEARANCE),
}

# A filed motion only asks: the dismissal it seeks, the hearing date it names
# and the complaint or counterclaim it attacks are not events of their own.
_NOT_WITH_MOTION = {"dismissal", "hearing", "charge"}


def classify(text: str) -> tuple[str, ...]:
    """The event types of a docket text, in EVENT_TYPES order; ("other",) if none."""
    found: set[str] = set()
    for event in _EVENT_SEPARATOR.split(" ".join(text.split())):
        found |= _classify_event(_LEADING_CLUTTER.sub("", event))
    return tuple(name for name in EVENT_TYPES if name in found) or ("other",)


def _classify_event(event: str) -> set[str]:
    found = {name for name, rule in _RULES.items() if rule.matches(event)}
    if "motion" in found:
        found -= _NOT_WITH_MOTION
    return found
