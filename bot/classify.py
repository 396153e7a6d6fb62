"""Tell which event types a docket entry's text carries.

`classify(text)` takes the text of one entry (a PACER docket or RSS
description, a Texas case event, a news sentence) and returns its event types
in EVENT_TYPES order, or ("other",) when no rule matches. One entry may carry
several types: "ORDER granting 12 Motion to Dismiss" is an order and a
dismissal.

How the rules read a text:

- A PACER RSS description may join several docket events with " AND "
  ("Order AND ~Util - Set Hearings"). Each event is classified on its own and
  the types are merged. All-caps document names such as "STIPULATION AND
  ORDER" name one document and are not split.
- A docket text opens with the name of the filed document: "MOTION to
  Dismiss", "ORDER granting 12 Motion to Dismiss", "Memorandum in Support re
  22 MOTION to Dismiss". The document rules (motion, order, judgment, charge)
  therefore only look at that opening. The rules for what happened
  (dismissal, hearing, plea, appearance) look at the whole text.
- Each type has a positive rule; some also have a negative rule that vetoes
  it. A filed motion is only a motion: the dismissal it asks for or the
  hearing date it names is not an event yet.

Decisions on unclear cases: opinions, memo endorsements, endorsed letters,
findings of fact, mandates and Texas "... disposed" events (the court ruled
on a motion) are orders; "Order on Motion to Dismiss" is only an order, as it
does not say whether the motion was granted; setting, holding, moving or
cancelling a hearing, conference, trial, sentencing or oral argument is a
hearing, and so is "Terminate Hearings"; a complaint, counterclaim or civil
lawsuit is a charge; a petition for relief (habeas corpus, review) is a
motion, but requests for a summons or a transcript are clerical and are not.
"""

from __future__ import annotations

import re

from bot.events import EVENT_TYPES

_FLAGS = re.IGNORECASE | re.VERBOSE

# RSS joins docket events with an upper-case " AND " between title-case
# names: "Compel AND Discovery", "Order(Other) AND ~Util - Set Deadlines".
# Case-sensitive on purpose, so that "STIPULATION AND ORDER" or "APPEAL NOS.
# 16-30192 AND 16-30258" in an all-caps text stays whole.
_EVENT_SEPARATOR = re.compile(r"(?<=[a-z)])\s+AND\s+(?=~|[A-Z][a-z])")

# Clutter before a document's name: sealing banners, Hawaii's "EP:"/"EO:"
# codes, "Judge X:" bylines, numbering, "~" and other punctuation.
_LEADING_CLUTTER = re.compile(
    r"""
    ^(?:
        \*+\s*sealed\s+document\s*\*+                # **SEALED DOCUMENT**
      | e[op]:                                        # Hawaii's EP: / EO:
      | (?:magistrate\s+)?judge\s+[^:]{1,60}:        # Judge Mark G. Mastroianni:
      | [\W\d_]+                                      # "1 - ", "~", "***", spaces
    )+
    """,
    _FLAGS,
)

# A word that may stand before a document's name: "FINAL ORDER", "Stipulation
# and Order", "MEMORANDUM AND ORDER". A preposition or a filing word ends the
# name, so "Return of Service re Final Order", "RESPONSE to Order to Show
# Cause" and "Text of Proposed Order" are not orders.
_NAME_WORD = r"""
    (?:(?!(?:re|to|from|by|for|of|on|in|as|at|with|filed|regarding|requesting|
             proposed|response|reply|opposition|motions?)\b)
       [\w'’&/.()\#-]+\s+)
"""

# Texas appellate events that record a ruling on a motion, not its filing:
# "Motion for extension of time to file brief disposed".
_DISPOSED = r"\bdisposed(?:\s+by\s+[\w\s]+)?\s*$"

# -- motion ------------------------------------------------------------------

# A party asks the court for something: the text opens with a motion,
# application, petition or request, maybe after a few modifiers ("Consent",
# "Joint LETTER", "Defendant's", "EX PARTE", "TEXT ORAL"); or it is one of
# SDNY's bare motion names ("Dismiss", "Compel", "Extension of Time").
_MOTION = re.compile(
    r"""
    ^(?:(?:consent|joint|unopposed|assented\s+to|emergency|amended|sealed|first|second|
           third|ex\s+parte|letter|counter|oral|text|miscellaneous|\w+(?:['’]s|s['’]))\s+){0,3}
     (?:motions?|notice\s+of\s+motion|applications?|petitions?|requests?\s+(?:for|to))\b
  | ^(?:dismiss|compel|discovery|strike|preclude|in\s+limine|continue|conference|
        adjourn\s+conference|appear\s+pro\s+hac\s+vice|extension\s+of\s+time(?:\s+to\s+[\w/\s]+)?|
        leave\s+to\s+[\w/\s]+)$
    """,
    _FLAGS,
)
# Not a motion: clerical requests; Texas events for a ruling, a deadline or a
# motion never filed; a hearing named after motions ("Motions to Dismiss and
# Motion for Sanctions Hearing set for 10/11/2019").
_NOT_MOTION = re.compile(
    rf"""
    ^requests?\s+for\s+(?:issuance\s+of\s+summons|transcript)
  | {_DISPOSED}
  | (?:\bdue|\bnot\s+filed)\s*$
  | ^[\w\s]*\bhearing\s+(?:re)?set\s+for\b
    """,
    _FLAGS,
)

# -- dismissal ---------------------------------------------------------------

# What can be dismissed, and what dismissing is called.
_DISMISSABLE = r"""
    (?:charges?|counts?|indictments?|complaints?|claims?|case|action|lawsuit|appeals?|matter)\b
"""
# A case, claim, count or charge is ended: an order, stipulation, notice or
# judgment of dismissal; a granted motion to dismiss; "charges dropped",
# "case dismissed", "appeal is hereby dismissed"; "prosecutors drop charges",
# "judge throws out case", "decision to dismiss the case"; nolle prosequi.
# Built in as exclusions: a motion (or a move, request) to dismiss the case
# only asks, an order denying one grants nothing, "why this case should not
# be dismissed" has not happened, and "withdraw as counsel" or "Withdraw
# Following Appeal" names nothing that can be dismissed.
_DISMISSAL = re.compile(
    rf"""
    ^(?:(?:order|stipulation|notice|judgment)(?:\s+and\s+order)?\s+(?:of|for)\s+
          (?:voluntary\s+)?(?:dismissal|discontinuance)
       | order\s+dismissing)
  | \bgrant(?:s|ed|ing)\s+(?:in\s+part\s+(?:and\s+den(?:ies|ied|ying)\s+in\s+part\s+)?)?
     (?:(?!motions?\b)[\w'’.,&()-]+\s+){{0,6}}?motions?\s+to\s+dismiss
  | \bmotions?\s+(?:to|for)\s+(?:voluntary\s+)?dismiss[^;]{{0,100}}?
     (?:\bis|\bare|\s-|:)\s*(?:hereby\s+)?granted
  | \b{_DISMISSABLE}
     (?:(?!\b(?:not|should|would|could|may|might|must|will|if|unless|why|whether|motion)\b)[^;]){{0,40}}?
     \b(?:dismissed|discontinued|dropped|withdrawn)\b
  | (?:\b(?:dismiss(?:es|ed|ing)|drop(?:s|ped|ping)?|withdr(?:aws?|ew|awing)|
           (?:throws?|threw)\s+out)
       | \b(?!(?:motions?|mov(?:e|es|ed|ing)|seek\w*|ask\w*|requests?)\b)\w+\s+to\s+dismiss)
     \s+(?:(?!(?:as|for|in|from|with|to|of|on|by|after|following|pending|during|upon|under)\b)
           [\w'’-]+\s+){{0,4}}?{_DISMISSABLE}
  | \bnol(?:le)?\.?\s+pros(?:equi|sed)?\b
    """,
    _FLAGS,
)

# -- order -------------------------------------------------------------------

# The court decides or directs: the text opens with an order, a memo
# endorsement, an endorsed letter, an opinion, findings of fact or a mandate
# ("ORDER granting", "Memorandum & Opinion", "Judge X: ELECTRONIC ORDER");
# it says "It is hereby ORDERED" or "The court DENIES ..."; or a Texas event
# records a ruling on a motion.
_ORDER = re.compile(
    rf"""
    ^{_NAME_WORD}{{0,6}}?
     (?:order\b|memo(?:randum)?[\s-]+endorse(?:ment|d)|endorsed\s+letter|opinion\b|
        findings\s+of\s+fact|mandate\b)
  | \b(?:it\s+is\s+(?:hereby\s+)?|so\s+)ordered\b
  | \bthe\s+court\s+(?:hereby\s+)?(?:grants|denies|orders|vacates|dismisses)\b
  | {_DISPOSED}
    """,
    _FLAGS,
)

# -- judgment ----------------------------------------------------------------

# The text opens with a judgment: "JUDGMENT AND COMMITMENT", "Judgment -
# Clerk", "Amended Judgment", "MANDATE/JUDGMENT from USCA", Texas "Judgment
# Issued". Not "JUDGMENT RETURNED executed" (the marshal's return).
_JUDGMENT = re.compile(
    r"""
    ^(?:(?:amended|final|default)\s+|mandate\s*/\s*)*
     judgments?\b(?!\s+returned)
    """,
    _FLAGS,
)

# -- hearing -----------------------------------------------------------------

_HEARING_NAME = r"""
    (?:hearings?|(?:tele)?conferences?|trials?|sentencing|arraignment|change\s+of\s+plea|
       oral\s+argument|initial\s+appearance)
"""
_SCHEDULING = r"""
    (?:set|reset|setting|resetting|scheduled|rescheduled|held|hold|continued|adjourned|
       cancell?ed|vacated)
"""
# A hearing, conference, trial, sentencing or argument is set, moved, held or
# cancelled: "Status Conference set for", "held a conference", "NOTICE OF
# BOND HEARING", "~Util - Set Deadlines/Hearings", "Terminate Hearings",
# "Order for Initial Pretrial Conference", "Minute Entry for proceedings held".
_HEARING = re.compile(
    rf"""
    \b{_HEARING_NAME}\b[^.;]{{0,60}}?\b{_SCHEDULING}\b
  | \b{_SCHEDULING}(?:[\s/]+[\w&-]+){{0,4}}?[\s/]+{_HEARING_NAME}\b
  | \b(?:notice|confirmation)\s+(?:of|setting)\s+(?:[\w-]+\s+){{0,2}}?{_HEARING_NAME}\b
  | \bterminate\s+(?:deadlines\s+and\s+)?hearings\b
  | \border\s+for\s+(?:[\w-]+\s+){{0,3}}?{_HEARING_NAME}\b
  | \bproceedings\s+held\b
    """,
    _FLAGS,
)
# Not a hearing: a record made of one afterwards ("NOTICE OF FILING OF
# OFFICIAL TRANSCRIPT of Restitution Hearing held on ...", "EXHIBIT LIST",
# "AUDIO FILE", "REQUEST FOR TRANSCRIPT for proceedings held on ...").
_NOT_HEARING = re.compile(
    r"""
    ^(?:notice\s+of\s+filing\s+(?:of\s+)?(?:official\s+)?|request\s+for\s+
       |letter\s+by\s+clerk\s+that\s+a\s+)?
     (?:transcript|exhibit\s+(?:list|receipt)|witness\s+list|audio\s+file)
    """,
    _FLAGS,
)

# -- charge ------------------------------------------------------------------

# The text opens with a charging document or a civil complaint, maybe amended
# or superseding ("FIRST AMENDED COMPLAINT", "INFORMATION - Felony",
# "UNREDACTED INDICTMENT"); or news says someone was charged or indicted, or
# "filed a lawsuit".
_CHARGE = re.compile(
    r"""
    ^(?:(?:amended|first|second|superseding|criminal|received|unredacted)\s+)*
     (?:complaints?|indictments?|informations?|counterclaims?|cross-?claims?)\b
  | \bcharged\s+with\b
  | \b(?:is|are|was|were|been)\s+indicted\b
  | \bfiled?\s+(?:a\s+)?(?:law)?suit\b
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
# "Appearance of counsel". Not an "APPEARANCE BOND" or an initial appearance
# of the defendant (a hearing).
_APPEARANCE = re.compile(
    r"""
    \bnotice\s+of\s+(?:attorney\s+)?appearance\b
  | \bappearance\s+of\s+(?:counsel|attorney)\b
  | \bentry\s+of\s+appearance\b
    """,
    _FLAGS,
)

# Each type's rule and the rule that vetoes it, if any.
_RULES: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = {
    "motion": (_MOTION, _NOT_MOTION),
    "dismissal": (_DISMISSAL, None),
    "order": (_ORDER, None),
    "judgment": (_JUDGMENT, None),
    "hearing": (_HEARING, _NOT_HEARING),
    "charge": (_CHARGE, None),
    "plea": (_PLEA, None),
    "appearance": (_APPEARANCE, None),
}

# A filed motion only asks: the dismissal it seeks and the hearing date it
# names are not events yet.
_NOT_WITH_MOTION = {"dismissal", "hearing"}


def classify(text: str) -> tuple[str, ...]:
    """The event types of a docket text, in EVENT_TYPES order; ("other",) if none."""
    found: set[str] = set()
    for event in _EVENT_SEPARATOR.split(" ".join(text.split())):
        found |= _classify_event(_LEADING_CLUTTER.sub("", event))
    return tuple(name for name in EVENT_TYPES if name in found) or ("other",)


def _classify_event(event: str) -> set[str]:
    found = {
        name
        for name, (rule, veto) in _RULES.items()
        if rule.search(event) and not (veto and veto.search(event))
    }
    if "motion" in found:
        found -= _NOT_WITH_MOTION
    return found
