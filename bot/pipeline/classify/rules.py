"""Named rules for what the vocabulary table does not name: free text, rulings, news.

A `Rule` finds one event type in an event's text; a `Veto` takes types away
again (a motion named with its ruling is the ruling, not a new motion). Each
has a short name, which `classify --explain` prints, and examples of its own
in tests/test_classify.py (RULE_EXAMPLES): a text it must decide, so that a
change to one rule shows which cases it moves.

The patterns read the text of ONE docket event, after bot/pipeline/classify/__init__.py
has split RSS events, removed leading clutter and replaced the mentions of
other documents ("(related document(s) 57 Order Dismissing Case)") with
"(related document)".
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from bot.pipeline.classify.vocabulary import relief_names

_FLAGS = re.IGNORECASE | re.VERBOSE

# Where a document is named: the start of the text, or the start of a Texas
# or Odyssey comment after " — ".
_OPENING = r"(?:^|(?<=—\s))"

# A word that links a name to another paper or to who filed it, and so ends the name: "re", "by", "per" (not "PER
# CURIAM"), "filed", "requesting".
_LINK_WORD = r"re|to|from|by|for|of|on|in|as|at|with|per\b(?!\s+curiam)|pursuant|filed|regarding|requesting"

# A word that may stand before a document's name: "FINAL ORDER", "Stipulation
# and Order", "MEMORANDUM AND ORDER". A preposition or a filing word ends the
# name, so "Return of Service re Final Order", "RESPONSE to Order to Show
# Cause", "Text of Proposed Order", "Mail Order by Certified Mail", "Ex Parte
# Application - Other (for Order Shortening Time ...)" and "Judgment Entered
# Following Order Granting ..." are not orders; so does a ruling on another
# document ("Order Vacating Order of Dismissal" dismisses nothing).
_NAME_WORD = rf"""
    (?:(?!(?:\(for|{_LINK_WORD}|following|
             proposed|response|reply|opposition|motions?|mail(?:ed|ing)?|
             vacat\w*|reinstat\w*|setting|grant\w*|den(?:y|ying|ied|ies))\b)
       [\w'’&/.()\#-]+\s+)
"""
# A word that courts put before MOTION: "CONSENT/EX PARTE Motion",
# "*DEFICIENT* MOTION", "Daubert MOTION", "STIPULATION AND JOINT MOTION",
# "Assented to MOTION", "Defendant's Amended Ex Parte Application". Besides
# the prepositions, the name of another document or a ruling ends it:
# "Memorandum in Support re MOTION", "ORDER granting 12 Motion", "Errata
# Answer/Opposition Motion", "Order entered — Grant motion", "~Util - Set
# Motion Deadlines" are no motions.
_MOTION_WORD = rf"""
    (?:assented\s+to\s+|in\s+limine\s+
     | (?![\w'’&/.()\#*-]*(?:opposition|response|reply|objection|answer|anwer)\b)
       (?!judgments?\s*[-–(])                   # a judgment's name before a dash or a bracket: "Judgment - Petition ...
                                                # Dismissed", "Judgment (After Motion for Summary Judgment)"
       (?!(?:{_LINK_WORD}|proposed|brief|
             memorandum|certificate|certification|declaration|affidavit|affirmation|exhibits?|support(?:ing)?|
             joinder|notice|order|ordered|grant(?:s|ed|ing)?|plan|\w+ing|
             den(?:y|ies|ied|ying)|errata|util|set|hearings?|motions?)\b)
       [\w'’&/.()\#*-]+\s+)
"""

# A ruling recorded in the text: a Texas "... disposed" event, or something
# "granted", "denied", "overruled" (not "shall not be granted").
_RULING = r"""
    (?:(?<!.\[)(?<!\bdate\s)\bdisposed\b  # a "[Disposed]" flag after a filing is its status on the docket, no ruling,
       # nor a bankruptcy court's "(Date Disposed: 2/15/2019)"; nor is Texas's
       (?!(?:(?<=^disposed)|(?<=\s-\sdisposed))\s*[-—–:]\s*dismiss)(?!(?<=\bcase\sdisposed)\s*(?:[-—–:]|with\s+disposition\s+of)\s*dismiss)
                                                # "Case Disposed - Dismissed ...", "Case disposed with disposition of Dismissed
                                                # - Voluntary", Indiana's "Case Status: Decided ... - Disposed: Dismissed":
                                                # the case's disposition
     | (?<!\bbe\s)(?<!\bnot\s)(?<!\baccess\s)\b(?:granted|denied|overruled|sustained)\b
     | \b(?:petition|appeal|application|motion)s?\b[^;]{0,40}?\brefused\b   # Virginia: "Petition for Appeal Refused"
     | \bmotions?\s+decided\b         # New York: "Omnibus Motion Decided"
     | \b(?:rendered|deemed)\s+moot\b  # Vermont: "Motion 1 (For Discovery) rendered moot"; Alaska: "Motion Deemed Moot"
     # a state court's event name followed by how it came out: Cook County's "BOND APPROVED - ALLOWED", "Motion to
     # Dismiss - Allowed", also before a next outcome ("CONTINUANCE - ALLOWED - CONTINUED TO ..."); an outcome
     # "- CONTINUED" is no ruling (_PUT_OFF)
     | \s[-—–]\s*(?:allowed|approved)(?:\s+in\s+part)?\.?\s*(?:$|[-—–]\s|;|counts?\s+\d|\$\d))   # Cook County: "Default Judgment -
                                                                      # Allowed $12,340.00 Plus Costs"
"""
# A matter called and put off, no ruling and nothing asked: Cook County's "ORDER DECLARING HEIRSHIP - CONTINUED",
# "Motion To Dismiss - Entered And Continued 06/18/2025" (also "... - Briefing Schedule Set" after it),
# "MOTION SCHEDULED" (a hearing: hearing.state-calendar).
_PUT_OFF = r"""\s[-—–]\s*(?:entered\s+and\s+)?continued(?:\s+\d{1,2}/\d{1,2}/\d{2,4})?\.?(?:\s*[-—–]\s*briefing\s+schedule\s+set)?\s*$
    | ^motions?\s+scheduled\b"""

# Hearings and what can happen to them ("Status Conference set for").
_HEARING_NAME = r"""
    (?:hearings?|hrgs?|(?:tele)?conf(?:erences?)?|trials?(?!\s+(?:attorney|counsel|lawyer)s?\b)|sentencing|(?:re-?)?arraignment|change\s+of\s+plea|guilty\s+plea|
       oral\s+argument|(?:closing|opening)\s+(?:arguments?|statements?)|(?:initial|first)\s+appearance|(?:341(?:\s*\(a\))?\s+)?meeting\s+of\s+creditors|
       (?:341(?:\s*\(a\))?|first)\s+meeting|341\b|(?:calendar|docket)\s+call|(?:non-appearance\s+)?case\s+review|
       (?:order\s+to\s+)?show\s+cause\s+(?:hearing|re\b)|phc\b|vop\b|cmc\b|
       case\s+management(?!\s+(?:and\b|scheduling|hearing|order|statements?|reports?|plans?|schedules?|deadlines?|track|conf))|prove[\s-]?up\b)  # PHC: Oklahoma's preliminary hearing
                                                   # conference; VOP: Vermont's violation-of-probation hearing; CMC: a case
                                                   # management conference (N.D. Cal.); Cook County's "Case
                                                   # Management" (its call) and "Prove-Up" (the hearing on a default)
"""
# A word of a proceeding's name before "Hearing", "Trial" or "Conference" ("Final Status Conference"), not one that
# makes it another paper's ("Notice of Hearing", "Motion for Trial").
_HEARING_NAME_WORD = r"(?:(?!(?:for|to|of|re|on|in|at|after|notice|request|motion|order|waiver|demand)\b)[\w/&'’-]+\s+)"
_SCHEDULING = r"""
    (?:set|reset|setting|resetting|(?<!remains\s)scheduled|rescheduled|calendared|held|(?<!\bto\s)hold|continued|
       adjourned|cancell?ed|vacated|concluded|withdrawn|terminated|stricken|scheduling(?!\s+conf)|vacating|
       cancell?ing|continuing|adjourning|rescheduling|continues|reschedules|resets|adjourns|(?:taken\s+)?off\s+(?:the\s+)?calendar|(?:cont|passed)(?=\s+to\b)|(?<!\bto\s)(?<!\bfor\s)(?:adjourn(?:ment)?|continuance|postponed?))
"""
# An Odyssey calendar event: a time of day in brackets or a cancel reason
# ("Motion to Strike (8:30 AM) Result: Heard", "Exparte Application (11:30
# AM) Cancel Reason: Vacated"), or the Los Angeles Superior Court register's
# "Event Time:" ("Motion to Compel - Event Time: 08:30 am; Event Room: H; ..."), or New York eCourts' calendar
# "Appearance Date: ... Appearance Type: Preliminary Conference" (the case on a calendar, not counsel appearing), or
# the Los Angeles case summary's "12/05/2017 at 08:30 AM in Department 47, Hon. X, Presiding; Hearing on ...", or its
# calendar's bare "Order to Show Cause Re: Dismissal (Settlement)".
_CALENDAR = r"""
    (?:\(\d{1,2}:\d{2}\s*[ap]\.?m\.?\)|\bcancel\s+reason\b|\bevent\s+time\s*:|^appearance\s+(?:date|type)\s*:
     |^(?:\d{1,2}/\d{1,2}/\d{2,4}\s+)?at\s+\d{1,2}:\d\d\s*[ap]\.?m\.?\s+in\s+dep(?:artmen)?t\b
     |^order\s+to\s+show\s+cause\s+re\s*:[^.;]{0,60}$
     |\bresult\s*:\s*hearing\s+(?:vacated|cancell?ed|continued|reset|held)\b)   # "Motion to Compel (Judicial Officer: X) Result:
                                                                      # Hearing Vacated": the setting, no motion filed
"""

# California's and Odyssey's result of a setting the court itself moved or dropped: "Continued by Court", "Advanced and
# Continued - by Court", "Taken Off Calendar by Court", "Reset by Court to <date>", "Vacated - per Judge", and
# Washington's "... - Stricken by Court" (the court's order, and a hearing; "HEARING RESET BY COURT" is the clerk's)
_MOVED_BY_THE_COURT = r"""
    \b(?:continued|vacated|stricken|rescheduled|(?<!^hearing\s)reset|advanced(?:\s+and\s+continued)?|(?:taken\s+)?off\s+(?:the\s+)?calendar)
    \s*-?\s*(?:by\s+(?:the\s+)?court|per\s+(?:the\s+)?judge)\b
"""

# A federal minute entry, of a sentencing or a petty offense: its sentence is pronounced at the hearing, and the
# judgment is an entry of its own ("Petty Offense Minute Entry - Plea of Guilty Entered, Sentence Imposed").
_FEDERAL_MINUTE = r"^\W*(?:[\w'’:]+\s+){0,2}?(?:minutes?\b(?!\s+order)|clerk['’]s\s+notes\b)[\s\S]*"

# Odyssey's "Continuance (Judicial Officer: X)": the court's record of a setting moved (a hearing), no party's motion.
_ODYSSEY_CONTINUANCE = r"^continuance\s*\(\s*judicial\s+officer\b"

# A date as dockets write it: "9/9/2019", "1-27-10", "FEB. 17, 2010", "January 6, 2010".
_DATE = r"(?:\d{1,2}[/-]\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"

# What can be dismissed, and what can be withdrawn to end it.
# The case itself, not a word it qualifies ("Case Assignment dismissed/withdrawn" is counsel's assignment ended).
_CASE = r"case(?!\s+(?:assignments?|management|numbers?|types?)\b)"
_DISMISSABLE = rf"""
    (?:charges?|counts?|indictments?|complaints?|claims?|{_CASE}|action|(?:law)?suits?|appeals?|matter|petitions?|
       (?:adversary\s+)?proceeding|debtors?|part(?:y|ies)|defendants?|plaintiffs?|(?:this|entire)\s+cause)\b
"""
# What Oregon's "Petition - <relief>" asks in a case already open (probate, criminal): a motion, no charge
# ("Petition - Appointment of Personal Representative", "Petition - Diversion DUII", "Petition - Civil Compromise"),
# and a petition for a restraining or protection order ("Petition - Restraining Order (FAPA)"), a petition FOR an
# order as set 52's labellers read it, though it opens its case.
_PROTECTION_ORDER = r"(?:restraining|protection|protective|stalking)\s+order"
_PETITION_FOR_RELIEF = rf"""(?:appoint(?:ment)?|(?:(?:in)?formal\s+)?probate|diversion|civil\s+compromise|guardian\w*|conservator\w*
                            |(?:[\w-]+\s+)?{_PROTECTION_ORDER})\b"""
# Such a petition named with its affidavit, as Nebraska writes it: "Petition and Affidavit-Harassment Protection Order"
_PROTECTION_ORDER_PETITION = rf"^petition\b(?:\s+and\s+affidavit)?\s*[-–]\s*(?:[\w-]+\s+){{0,2}}?{_PROTECTION_ORDER}\b"
# The petition that opens a civil case where the complaint is so named (Texas's "Original Petition (OCA)" and
# "Petition/Application via E-File", an eviction's "Amended Petition", Oklahoma's bare "PETITION" and "PETITION ON
# AN ACCOUNT", California's "Petition: Dissolution w/minor"), maybe the filer's ("Plaintiff's Original Petition"),
# and a petition for what opens a case in Texas's forms ("Original Petition for Divorce", "Petition for Eviction"),
# and Texas's "Original Petition" for anything ("... for Breach of Contract"), and older federal dockets' "PETITION FOR
# REMOVAL from the Supreme Court of the State of New York" (a notice of removal): a charge. A petition FOR something
# else is a motion.
_OPENING_PETITION = rf"""^(?:(?:plaintiff|petitioner)s?['’]s?\s+)?
    (?:original\s+petition\b(?!\s+and\s+(?:application|motion)s?\b)   # Texas's "Original Petition", whatever it is for
     |(?:original\s+|(?:first\s+|second\s+|third\s+)?amended\s+)?petition(?:/application)?
    (?=\s*(?:$|\((?!other\))|via\b|/(?!\s*order)|-(?!\s*(?:{_PETITION_FOR_RELIEF}|plea\b))|:\s*(?!.*\bfor\b)\w
            |on\s+(?:an?\s+)?(?:account|(?:promissory\s+)?note|contract)\b
            |and\s+requests?\s+for\s+disclosure\b   # Texas: TRCP 194's request joined to the petition
            |at\s+law\b                          # Iowa: "PETITION AT LAW AND JURY DEMAND"
            |,|for\s+(?:(?:an?|the)\s+)?(?:divorce|eviction|dissolution|legal\s+separation|annulment|adoption|damages|
                       forcible\s+(?:entry\s+and\s+)?detainer|removal)\b)))"""
_WITHDRAWABLE = rf"(?:charges?|counts?|indictments?|complaints?|counterclaims?|cross-?claims?|{_CASE}|action|lawsuit|appeals?)\b"


# A judge's minute as Cook County ("CTFREE: JUDGE X: ...") and Oklahoma ("JUDGE X: ...") open it.
_JUDGES_MINUTE = r"^(?:ctfree:\s*)?judge\s+[^:;]{1,40}:"

# Alaska's (CourtView) name of a motion ruled on: "Order Granting Motion Case Motion #1: Motion to Dismiss".
_CASE_MOTION = r"(?:motion\s+case\s+motion\s+\#?\s*\d+\s*:\s*)?"

# A character of one sentence: no sentence ends, but an abbreviation before a number may ("Ch. 13", "No. 5"), and
# so may a single letter's ("11 U.S.C. 522(f)", "John Q. Smith") and a name's or an address's ("Acme Corp.", "Dr.
# Roe", "4412 Ridgeview Ln."); nor does a case number's colon ("2:22-cv-3101") or "re:".
_ABBREVIATIONS = "corp inc ltd co bros dr mr mrs ms jr sr st ln ave rd blvd hwy dept assn natl".split()
_AFTER_AN_ABBREVIATION = "|".join(rf"(?<=\b{short})\." for short in _ABBREVIATIONS)
_IN_ONE_SENTENCE = rf"(?:[^.;:]|\.(?=\s*\d)|(?<=\b[a-z])\.|{_AFTER_AN_ABBREVIATION}|:(?=\d)|(?<=\bre):)"

# A text that does not open with an order (within its first four words): what a paper asks or files, not what an
# order recites of it.
_NOT_AN_ORDER = r"^(?!(?:[\w'’-]+\s+){0,3}?order\b)"
# A federal court's finding that a continuance serves "the ends of justice" (18 U.S.C. § 3161(h)(7)): the order's words,
# no relief asked ("Order to Continue - Interest of Justice", vocabulary.tsv).
_ENDS_OF_JUSTICE = r"(?:ends|interests?)\s+of\s+justice"


# The reliefs a party asks of an order already made: a short name that opens so names a motion, whatever order it names.
_ASKED_OF_AN_ORDER = r"""(?:revoke|revocation\s+of|amend|amend\s+correct|modify|modification\s+of|vacate|reconsider|set\s+aside|
                           enforce|dissolve|rescind|lift|clarify|correct)"""
# Text of the relief's object up to a word that makes a paper named after it the object's, not the relief's own:
# "Reconsideration of Order Denying ...", "Stay Pending Appeal of Judgment", not "Compensation Order".
_BEFORE_ITS_OWN_WORD = rf"(?:(?!\b(?:of|from|re|regarding|the|to|on)\b){_IN_ONE_SENTENCE})"


def _relief_names() -> str:
    """reliefs.tsv's names as alternatives of a pattern (a name ending in " ..." maybe followed by its object, in one
    sentence that names no other paper or ruling (a paper its object names is no matter: "Reconsideration of Order
    Denying ..."): not "Compensation Order", "Stay Lifted", nor the court's finding
    "Continue - Interest of Justice", an order's short description in vocabulary.tsv; a docket's "(Entered: <date>)"
    tail is no ruling)."""
    def its_object(may_name_an_order: bool) -> str:
        # an order named after a comma is the court's on that relief: "Modify Plan, Order on Motion to"
        an_order = r"| [^,]*,\s*order\b" if may_name_an_order else rf"| {_BEFORE_ITS_OWN_WORD}*\b(?:order|judgment|decree)\b"
        return rf"""(?:\W+(?!{_IN_ONE_SENTENCE}*\b(?:hearing|conference|notice|certificate|granted|
                                     denied|approved|terminated|(?<!\()entered|(?<!-)filed|received|lifted|vacated|issued|expired|withdrawn|
                                     continued|dismissed|stricken|sealed|unsealed|imposed|awarded|ordered|in\s+favou?r|{_ENDS_OF_JUSTICE})\b
                             {an_order})
                         {_IN_ONE_SENTENCE}*?)?"""

    names = []
    for name in relief_names():
        said = re.findall(r"[\w'’]+", name.removesuffix(" ..."))
        # a relief asked of an order names it as its object: "Revoke Detention Order", "Amend Scheduling Order ..."
        of_an_order = re.fullmatch(_ASKED_OF_AN_ORDER, " ".join(said), re.IGNORECASE | re.VERBOSE) is not None
        names.append(r"\W+".join(map(re.escape, said)) + (its_object(of_an_order) if name.endswith(" ...") else ""))
    return "|".join(names)


def _relief_pattern(names: str) -> str:
    """The whole text one of reliefs.tsv's names (`names`, from `_relief_names`), or several joined by "and" ("Withdraw
    as Attorney and Substitute Counsel"), then maybe qualifiers in brackets or after a dash; or any bare name qualified
    "(motion)" ("(Motion to)", "(Motion for)"), or, as some bankruptcy courts end their event names, "- motion" or "-
    aplcn" ("MNB Extend or shorten time - motion")."""
    # "(motion)", "[Motion to]", "- BK Motion", "- Ch. 13 ONLY", "- 1301(c)", in any order; not "- Interest of
    # Justice" (as in _relief_names), nor an order after a dash ("CONTINUANCE - ... - CHIEF JUDGE'S ORDER"; a filer in
    # brackets after it is none: "Examination of Judgment Debtor - Rule 69 (Judgment Creditor)")
    in_brackets = r"\s*[(\[](?:[^()\[\]]|[(\[][^()\[\]]*[)\]])*[)\]]"
    after_a_dash = rf"\s*[-–—]\s*(?!{_ENDS_OF_JUSTICE}|[^;()]*\b(?:order|judgment|decree)\b)[\w/'’.,]+(?:\([\w.]+\))*(?:\s+[\w/'’.,]+(?:\([\w.]+\))*){{0,4}}"
    qualifiers = rf"(?:{in_brackets}|{after_a_dash}){{0,4}}\W*$"
    return rf"""^(?:{names})(?:\s+(?:and|&)\s+(?:{names}))*{qualifiers}|^[^.;:()]{{1,100}}?\((?:motion|application)(?:\s+(?:to|for))?\){qualifiers}
              |{_NOT_AN_ORDER}[^.;:()]{{1,100}}?\s[-–]\s*(?:motion|aplcn|application)\s*$"""


def _relief_order_pattern(names: str) -> str:
    """A short description that names the court's order on a relief: the relief (`names`), then "Order" ("Dismiss
    Case Order"), or any short name marked "(Order)", "- BK Order" or "- Clerk's Order" ("Relief from Stay(Order)",
    "Extension of Time to Answer - Clerk's Order (L. Civ. R. 6.1(b))"). A relief whose
    object is an order is none ("Reconsider Order", "Clarification of Scheduling Order")."""
    return rf"""^(?!(?:{_ASKED_OF_AN_ORDER}|reconsideration\s+of|certify|clarification\s+of)\s+(?:[\w-]+\s+)?order\s*$)
               (?:{names}|dismiss(?:\s+[\w()]+){{0,4}}?)\s+order\s*$
              | ^[^.;:]{{1,100}}?(?:\(\s*order\s*\)|\s[-–]\s*(?:bk\s+|clerk['’]s\s+)?order(?:\s*\((?:[^()]|\([^()]*\))*\))?)\s*$"""


# A short name marked as what a party asks, in brackets or after a dash, as CourtListener's short descriptions and
# courts' menus mark a relief that an order's or a hearing's name could bear: "Franks Hearing (Defendant's Motion)",
# "Judgment of Acquittal (Rule 29) - Defendant's Renewed Motion", "Sell Property - Timeshare [Motion to]", "Entry of Default
# (Plaintiff's Request) Against X". Not an order, a notice or a response that names a party's motion, nor a text
# that tells a ruling or a setting anywhere ("(Plaintiff's Motion) Granted", "Granted - Hearing on Motion to Compel
# (Plaintiff's Motion)", as Los Angeles prints a result before its event, "Oral Argument Set (Motion to Dismiss)").
_ASKED = r"""(?:(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?(?:['’]s|s['’])\s+   # "Defendant Acme Pumps' Motion"
              (?:(?:renewed|amended|second|third|joint|pro\s+se|emergency|ex\s+parte|unopposed|expedited|letter|verified|
                   first[\s-]+day|supplemental|oral|consent|cross)\s+)*
             |(?:joint|unopposed|consent|agreed|stipulated)\s+)               # "(Joint Motion)", "(Unopposed Motion)"
             (?:motion|request|application|petition)\b"""   # "(Plaintiff's Petition)"
_MARKED_AS_ASKED = rf"""^(?!(?:(?:agreed|stipulated|consent|minute|proposed|text|paperless|interim|final|amended|
                          (?:memorandum\s+)?(?:opinion\s+)?and)\s+)*order\b
                       |(?:[\w'’-]+\s+){{0,3}}?(?:(?<!judicial\s)notice|minutes?|certificate(?!\s+of\s+appealability)|response|reply|opposition|objection|
                                                 memorandum|brief|hearing\s+held|letter)\b)
    (?!.*\b(?:granted|denied|allowed|withdrawn|moot|terminated|ruled|decided|held|approved|sustained|overruled|continued|dismissed|
              vacated|scheduled|set\s+for|off\s+calendar|(?<!\bfor\s)hearing\s+(?:on|re)|granting|denying|approving|authorizing|
              sustaining|overruling|confirming|dismissing|signed)\b)
    {_IN_ONE_SENTENCE}{{1,160}}?(?:[(\[]\s*(?:{_ASKED}(?:[^()\[\]]|[(\[][^()\[\]]*[)\]]){{0,60}}|(?:motion|request)\s+(?:to|for)\s*)[)\]]
                                  |\s[-–—]\s*{_ASKED}(?=\s*$))
    (?:(?![()\[\]]){_IN_ONE_SENTENCE}|\(\w{{1,4}}\)){{0,80}}$"""   # after the mark: "- Rule 23(b)(3)"
_RELIEF_NAMES = _relief_names()


_BARE_RELIEF = rf"^\s*(?:{_RELIEF_NAMES})\s*$"


def is_relief_name(text: str) -> bool:
    """Whether `text` is nothing but one of reliefs.tsv's names, maybe with its object ("Summary Judgment", "Seal
    Document", "Stay Pending Appeal"): a motion's short description, not a filer's name."""
    return _compiled(_BARE_RELIEF).search(text) is not None


# CourtListener's short description of the court's order on a relief: found as an order, and no motion.
_RELIEF_ORDER = _relief_order_pattern(_RELIEF_NAMES)


class Rule(NamedTuple):
    """Finds `type` when `pattern` matches the event's text, after `ignore` (if any) blanked phrases."""

    name: str
    type: str
    pattern: str | re.Pattern[str]  # a verbose, case-insensitive regular expression, compiled on its first use
    ignore: str | None = None

    def search(self, event: str) -> re.Match[str] | None:
        return _compiled(self.pattern).search(_compiled(self.ignore).sub(" ", event) if self.ignore else event)


class Veto(NamedTuple):
    """Takes `types` away when `pattern` matches the event's text and, if `after` is set, that type was found."""

    name: str
    types: frozenset[str]
    pattern: str | re.Pattern[str]  # as Rule's
    after: str | None = None

    def search(self, event: str, found: set[str]) -> re.Match[str] | None:
        if self.after and self.after not in found:
            return None
        return _compiled(self.pattern).search(event)


@cache
def _compiled(pattern: str | re.Pattern[str]) -> re.Pattern[str]:
    """The rules' patterns are compiled when first used, not on import: a command that classifies nothing (a
    `check` whose pages are unchanged) does not pay for them."""
    return pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, _FLAGS)


def _rule(name: str, type_: str, pattern: str, ignore: str | None = None) -> Rule:
    return Rule(name, type_, pattern, ignore)


def _veto(name: str, types: str, pattern: str, after: str | None = None) -> Veto:
    return Veto(name, frozenset(types.split()), pattern, after)


# A hearing named only as the occasion of something else: "during the
# teleconference held on July 28", "exhibits from Non-Jury Trial held", "Hearing
# Originally Scheduled for", and the hearing date SDNY's bankruptcy court
# appends to every filing about a matter ("... with hearing to be held on
# 11/17/2009 at 10:00 AM at Courtroom 623 (BRL)"): a hearing is an event of a
# notice that sets it (hearing.notice-with-hearing-date), not of each filing.
_HEARING_MENTIONED = rf"""
    \b(?:from|during|at|pursuant\s+to|for|follow(?:s|ing)|after)\s+(?:the\s+)?(?:[\w/-]+\s+){{0,3}}?{_HEARING_NAME}\s+held\b
  | \b{_HEARING_NAME}\b[^.;]{{0,60}}?\b(?:which|that)\s+(?:was|were|had\s+been)\s+held\b
  | \ba\s+hearing\s+on\s+[^.;]{{0,60}}?\bwas\s+held\s+on\b
  | \bhearing\s+originally\s+scheduled\b
  | \bwith\s+hearing\s+to\s+be\s+held\b
  | \bset\s+deadlines\s*/\s*hearings?\b(?=[^:]*:\s*\S)  # the event name before what it sets ("Motions due by")
  | \b{_HEARING_NAME}\s+(?:should|could|would|might|may)\s+be\s+held\b   # "the Markman hearing should be held after ..."
  | \b(?:hearing|trial)\s+transcripts?\b             # "Notice ... Regarding Hearing Transcript": the record of one
  | \bcontact\s+[^.;]{{0,60}}?\bto\s+(?:set|schedule|arrange)\b[^.;]*   # "contact the magistrate judge ... to set the
                                                                      # case for status conference": not set yet
  | \b(?:to\s+be\s+)?held\s+(?:no\s+later\s+than|within\s+\d+|by\s+\d)\b  # "Conference to be held no later than", "Mediation
                                                                      # Conference to Be Held by 4/30/2017": a deadline
  | \bno\s+(?:[\w-]+\s+){{0,3}}?{_HEARING_NAME}\s+(?:will|shall)\s+be\s+held\b   # "no case management hearing will be held"
  | \bany\s+(?:[\w-]+\s+){{0,4}}?(?:dates|{_HEARING_NAME})\s+previously\s+(?:set|scheduled)\b[^.;]*  # "Any trial and
                                                                      # pretrial dates previously set are hereby VACATED"
  | \brule\s+26(?:\s*\(f\))?\s+(?:planning\s+)?conference\b      # the parties' own conference, not the court's
  | \bpreviously\s+scheduled\s+(?:[\w-]+\s+){{0,2}}?{_HEARING_NAME}\b   # counsel's "unavailability ... due to a previously
                                                                      # scheduled trial" (in another case)
  | \bsince\s+the\s+(?:[\w-]+\s+){{0,3}}?{_HEARING_NAME}\s+held\s+on\b   # "has not taken any action since the status
                                                                      # conference held on 2/8/2024": one held before
  | \bterminated\s+on\s+the\s+merits\s+after\b[^.;]*            # the Tenth Circuit's disposition: "... after oral hearing"
"""

# A substitution of counsel asked for that names the counsel coming in: "MOTION to Substitute Attorney X in place
# of Y", "... Attorney X replacing Attorney Y", "retained counsel X to be substituted", "(Substitute: X)". Such a
# motion or request is an appearance too (the module docstring); one naming no one coming in ("MOTION TO WITHDRAW AND
# SUBSTITUTE COUNSEL", a bare "Substitute Attorney") only asks, and an order is read by the appearance rules.
_SUBSTITUTE_NAMED = r"""^(?!(?:[\w'’-]+\s+){0,3}?order\b)
    (?=(?:[^;]*?\b(?:motion|request|application|petition)\b[^;]{0,120}?)?\bsubstitut)[^;]*?
    (?:\bsubstitut\w*\b[^;]{0,160}?\b(?:in\s+(?:the\s+)?place\s+(?:and\s+stead\s+)?of|replacing|substituting\s+for|
           to\s+be\s+(?:substituted|enrolled))\b
     | \(\s*substitute\s*:\s*\w
     | \bsubstituting\s+(?:attorney\s+|counsel\s+)?(?!(?:for|counsel|attorney|as|of)\b)\w   # C.D. Cal. G-01: "... - Substituting X for
                                                                                      # Y", "Substituting attorney X of Z LLP"
     | \b(?:attorney|counsel)\s+(?:[^.;()]|(?<=\b[a-z])\.){1,60}?\s+(?:replacing|substituting\s+for)\s+(?:(?:assistant\s+)?
           (?:attorney|counsel|federal)|the\s+(?:office\s+of\s+the\s+)?federal)\b
     | \(\s*attorney\s+[^.;(),]{1,60}?\s+for\s+attorney\b                                  # "(Attorney X for Attorney Y)"
     | \b(?:attorney|counsel)\s+(?:[^.;()]|(?<=\b[a-z])\.){1,60}?\s+substituted\s+for\s+(?:attorney|counsel)\b   # "Consent MOTION to
                                                                      # Substitute Attorney. Attorney X substituted for Attorney Y"
     | \bcounsel\s+(?:[^.;()]|(?<=\b[a-z])\.){1,60}?\s+for\s+the\s+(?:office\s+of\s+the\s+)?federal\s+(?:public\s+)?defender\b
     | \bsubstitute\s+attorney\s+(?!(?:by|for|as)\b)(?:[^.;()]|(?<=\b[a-z])\.){2,60}?\s+for\s+(?!(?:the\s+)?(?:plaintiff|
           defendant|debtor|deft|pltf|petitioner|respondent|appellant|appellee|creditor|movant|trustee)s?\b)\w)
"""

# A ruling named as the object of a request or another ruling: "Motion to
# Vacate Order Dismissing Case", "Order Granting Motion to Reinstate Case
# dismissed on ...", "relief from the judgment dismissing the action", "reconsider
# its September 4, 2019 Opinion and Order granting Defendants' Motion to Dismiss".
_RULING_MENTIONED = r"""
    \b(?:to\s+read|entitled|captioned|titled)\s+["“][^"”]{1,200}["”]   # a caption quoted: amended "to read "Order Granting ...""
  | \b(?:vacat(?:e|es|ed|ing)|reconsider(?:ation)?(?:\s+of)?|set(?:ting)?\s+aside|reinstat\w*|
        relief\s+from|alter\s+or\s+amend|appeal(?:ing|ed)?\s+(?:from|of)?)\s+
    (?:the\s+|its\s+)?(?:[a-z]+\s+\d{1,2},\s+\d{4}\s+)?(?:[\w'’,/-]+\s+){0,3}?(?:order|judgment|dismissal|case)\b
    (?!\s+(?:is|are|was|were|be|shall|will|has|have|had)\b)   # not the subject of what follows: "Order-Vacate case is dismissed"
    (?:(?!\band\s+(?:the\s+|this\s+)?(?:case|action|matter|complaint|petition|claims?)\s+(?:is|are|shall|will|be)\b)[^.;])*
  | \b(?:order|judgment)\s+(?:of\s+\d[\d/-]*\s+|\(\s*(?:doc|dkt|ecf)[^)]*\)\s+)?(?:dismissing\s+[^.;]{0,40}?|of\s+dismissal\s+
      (?:\(\s*(?:doc|dkt|ecf)[^)]*\)\s+)?)(?:is|are|was|be)\s+(?:hereby\s+)?(?:vacated|set\s+aside|withdrawn|stricken)\b
"""   # up to a clause of its own: "order of rest shall be vacated and case is dismissed"; "The order of 2/11/2016
      # dismissing the case is vacated", "The Order of Dismissal (Doc. 14) is VACATED"

# A dismissal an order vacates, told as the subject of its sentence: "Order of Dismissal entered 4/7/2017 is VACATED",
# "The Clerk's dismissal entered March 3, 2022 is VACATED", "The Court's Order dated 4/3/2020 (ECF No. 15) dismissing
# this action for failure to prosecute is hereby VACATED" (not "ORDER dismissing the case and all hearings are vacated").
_DISMISSAL_VACATED = rf"""(?:^|[.;:]\s*(?:\[[^\]]*\]\s*|\d[\d-]*\s+)?)(?:the\s+)?(?:(?:court|clerk)['’]s\s+)?
    (?:(?:order|judgment)\b(?:(?!\band\b){_IN_ONE_SENTENCE}){{0,80}}?\bdismiss\w*|dismissal)\b
    (?:(?!\band\b){_IN_ONE_SENTENCE}){{0,80}}?\b(?:is|are|was)\s+(?:hereby\s+)?(?:vacated|set\s+aside)\b
  | \bdismissal\s+(?:of|entered(?:\s+on)?)\s+\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\s+(?:(?:is|was)\s+)?(?:hereby\s+)?(?:vacated|set\s+aside)\b   # "dismissal of
                                                                      # 10/02/2019 vacated; case reinstated", Nebraska's "dismissal of 02/08/2021 set aside"
  | \bmotion\s+to\s+(?:vacate|set\s+aside)\s+(?:the\s+)?(?:[\w().'’-]+\s+){{0,3}}?dismissal\s+order\b   # "MOTION TO VACATE THE
                                                                      # 41.1(B) DISMISSAL ORDER IS GRANTED"
  | \b(?:order\s+of\s+)?dismissal\s+and\s+(?:the\s+)?(?:\d+\s+)?judgment\s+(?:are|were)\s+(?:hereby\s+)?(?:vacated|set\s+aside)\b"""   # "The 57
                                                                      # Order of Dismissal and 58 Judgment are VACATED"
# A motion for a nolle prosequi named ("Hearing Type: Motion To Nolle Prosequi"): asked, not entered.
_NOLLE_ASKED = r"\bmotions?\s+(?:to|for)\s+(?:enter\s+(?:a\s+)?)?nol(?:le)?\.?\s+pros\w*\b"
# A motion named with its filer's withdrawal as its result ("Plaintiff's Motion To Dismiss Counterclaim - Withdrawn"):
# no motion filed, and what it asked is not withdrawn with it.
_MOTION_WITHDRAWN = r"^(?:[\w'’]+\s+){0,2}?motions?\b[^;]{0,160}?\s[-–—]\s*withdrawn\s*$"
# A motion for summary judgment named, not right after "granting" (a number between): look-behinds of fixed width,
# one per width of docket number.
_NOT_GRANTED = "".join(
    rf"(?<!\bgranting\s{number}motion\sfor\ssummary\sjudgment\s)" for number in ("", r"\d\s", r"\d\d\s", r"\d\d\d\s", r"\d\d-\d\s")
)
# A motion named, not ruled on: "57 Motion of the Commissioner ... to Dismiss
# Case", "Motion filed by Creditor X to Dismiss Case", and a motion to dismiss
# that is itself withdrawn.
_MOTION_MENTIONED = rf"""
    \b(?:motions?\b|mot\.|mtn\b\.?)(?:(?!\bmotions?\b)[^.;]){{0,120}}?\b(?:to|alternative(?:ly)?)\s+(?:voluntarily\s+)?dismiss\b(?:\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{_DISMISSABLE})?
  | \bmotions?\s+for\s+(?:an\s+)?order\b[^;]{{0,300}}?\bdismissing\b(?:\s+(?:[\w'’-]+\s+){{0,3}}?{_DISMISSABLE})?
  | (?<=\bmotion\sfor\ssummary\sjudgment\s){_NOT_GRANTED}   # what a motion asks, not granted here: "re: 14-1
    dismissing\b(?:\s+(?:[\w'’-]+\s+){{0,3}}?{_DISMISSABLE})?                   # motion for summary judgment dismissing the complaint"
  | \bwithdraw\w*\s+(?:the\s+)?(?:\d+\s+)?(?:[\w'’-]+\s+){{0,3}}?motions?\s+to\s+dismiss(?:\s+case)?
  | \bmotions?\s+for\s+(?:an?\s+)?(?:voluntary\s+)?dismissal\b(?:\s+(?:with|without)\s+prejudice\b)?   # "overruling
                                                                      # plaintiff's motion for voluntary dismissal"
  | {_NOLLE_ASKED}
"""
# A motion filed in one paper with a response or an objection: "Opposition to
# Motion for Summary Judgment and Cross-Motion for Summary Judgment", "Trustee's
# Objection to Confirmation and Motion to Dismiss Case", the U.S. Trustee's "Objection to Debtor's Claim of Exemptions
# and Motion to Dismiss Case", and C.D. Cal.'s "NOTICE
# Notice of Motion and Motion for ..." or "STATEMENT of ... NOTICE OF MOTION AND
# MOTION for Summary Judgment" (a motion filed under another event), a special
# appearance filed with a motion to dismiss, and a sentencing memorandum that asks for
# a variance or a departure. The table's row for the
# response does not end the reading of such a text (bot/pipeline/classify/__init__.py).
JOINED_MOTION = re.compile(
    r"""^(?:[\w'’.-]+\s+){0,4}?(?:oppositions?|responses?|objections?)\b[^;]{0,200}?
        \band\s+(?:a\s+|an\s+|[\w.-]+['’]s?\s+)?(?:cross|counter|alternative)[\s-]?motions?\s+(?:by\s+[^;]{1,60}?\s+)?(?:to|for)\b   # "...
                                                                      # AND PLFF'S CROSS-MOTION FOR", "and CROSS-MOTION by plaintiff for"
      | ^(?:[\w'’.-]+\s+){0,4}?objection\s+to\s+(?:confirmation|(?:[\w'’-]+\s+){1,4}?claim\s+of\s+exemptions?)\b[^;]{0,80}?\band\s+motion\s+to\s+dismiss\b
      | ^objections?\s+to\b[^;]{0,120}?\border\b[^;]{0,80}?\band\s+motion\s+to\s+(?:set\s+aside|vacate|reconsider|modify)\b   # Rule 72(a):
                                                                      # "OBJECTIONS to 45 Magistrate Judge's Order ... and MOTION to Set Aside Order"
      | ^(?!(?:[\w'’.-]+\s+){0,3}?(?:oppositions?|repl(?:y|ies)|responses?)\s+(?:to|in)\b)   # not "Opposition to Notice of
                                                                      # Motion and Motion to Compel ..."
        (?:[\w'’.-]+\s+){1,8}?notice\s+of\s+motion\s+and\s+motion\s+(?:to|for)\b
      | ^(?:special|limited)\s+appearance\b[^;]{0,200}?\band\s+motions?\s+(?:to|for)\b   # "SPECIAL APPEARANCE by X to contest
                                                                      # jurisdiction, and MOTION to dismiss"
      | ^notice\s+by\s+[^;]{1,80}?\s+of\s+motion\s+and\s+motion\s+(?:to|for)\b   # "NOTICE by X of Motion and Motion to Compel"
      | ^(?:[\w'’.-]+\s+){0,4}?(?:oppositions?|responses?|repl(?:y|ies)|briefs?|memorand(?:um|a)|objections?)\b[^;]{0,250}?,?\s+   # the
                                                                      # filer's own request after what it answers: "RESPONSE re 19
                                                                      # MOTION to Dismiss and Request for Leave to Amend", "OBJECTIONS
                                                                      # TO REPORT AND RECOMMENDATION AND REQUEST FOR AN EVIDENTIARY
                                                                      # HEARING by X"; not a motion's own title ("... MOTION to Stay
                                                                      # Judgments and Request for Expedited Relief", "... and Motion for
                                                                      # Sanctions")
        and\s+(?:[\w'’.-]+['’]s?\s+)?(?:request|motion)s?\s+for\s+
        (?:leave\s+to\s+(?:amend|file\s+an?\s+amended|conduct|supplement|take)\b
         |(?:an?\s+)?(?:evidentiary\s+|oral\s+)?(?:hearing|argument)\s*(?:$|\s+(?:filed\s+by|by)\b|[.(])
         |oral\s+argument\b|de\s+novo\b|relief\s+under\s+rule\s+56|jurisdictional\s+discovery\b|additional\s+time\b
         |review\s+by\s+the\s+district\s+(?:judge|court)\b)
      | ^(?:[\w'’.-]+\s+){0,3}?answer\b[^;]{0,200}?\b(?:and|with)\s+(?:rule\s+12\s*\(\s*b\s*\)\s*\(\s*\d\s*\)\s+)?motions?\s+to\s+(?:dismiss|strike)\b   # "ANSWER
                                                                      # ... WITH AFFIRMATIVE DEFENSES AND MOTION TO STRIKE ...", "ANSWER to
                                                                      # 1 Complaint ... and Rule 12(b)(6) motion to dismiss Count Three"
      | ^(?:[\w'’.-]+\s+){0,3}?sentencing\s+memorand(?:um|a)\s+(?:[^;]{0,60}?\s)?(?:and|with)\s+(?:motion|request)\s+for\s+(?:an?\s+)?
         (?:[\w-]+\s+){0,2}?(?:variance|departure)\b   # "SENTENCING MEMORANDUM and Request for a Variance"
      | ^(?:filed\s+)?(?:[\w'’.-]+\s+){0,2}?brief\b[^;]{0,200}?\bwith\s+(?:a\s+)?motion\s+(?:to|for)\b   # "Filed Anders brief ...,
                                                                      # with Motion to withdraw as counsel" """,
    _FLAGS,
)
# The clerk's mailing of a notice of hearing, Nebraska's "Notice Issued on X Notice of Hearing-Postcard Small claims
# trial 09/14/2016 09:00 AM": the notice gives the hearing (a hearing), though the table's "notice issued" row is a
# record about another document.
HEARING_NOTICE_ISSUED = re.compile(r"^notice\s+issued\s+on\b[^;]{1,80}?\bnotice\s+of\s+hearing\b[^;]*?\d{1,2}/\d{1,2}/\d{2,4}", _FLAGS)
# What reads on past a table row of type `other` (bot/pipeline/classify/__init__.py): a paper that also files a motion,
# a notice of a hearing mailed.
READ_PAST_A_RECORD = (JOINED_MOTION, HEARING_NOTICE_ISSUED)

# A request and the court's order on it in one signed form: "PETITION TO ENTER
# PLEA OF GUILTY AND ORDER ENTERING PLEA ... Signed by Chief Judge ...",
# "REQUEST for Modifying the Conditions or Term of Supervision ... and Order.
# Signed by ...", and a probation officer's petition or request that the judge
# signed ("US PROBATION PETITION ... Issuance of SUMMONS approved. Signed by
# Magistrate Judge ..."), Oklahoma's "MOTION AND ORDER TO DISMISS COUNT 3 ... - JUDGE ELLISON". The form records the
# ruling; nothing is still asked.
_FORM_WITH_ORDER = r"""^(?:[\w'’]+\s+){0,2}?(?:petition|request|motion|application)\b[^;]{0,200}?\band\s+order\b
    (?!\s+(?:to\s+show\b|for\b(?!\s+dismissal\b)))
    [^;]*?\b(?:signed\s+(?:on\s+\S+\s+)?by\b|by\s+(?:(?:magistrate|district|chief|senior)\s+)*judge\b
               |signed\s*\(\s*judicial\s+officer\b|(?:\s-|,)\s*judge\s+[\w.'’-]+\s*$)   # Texas: "Signed (Judicial
                                                          # Officer: X)"; Oklahoma: "... - JUDGE ELLISON", "..., JUDGE X"
  | ^(?:[\w'’.]+\s+){0,3}?(?:petition|request)\b[^;]*?\bsigned\s+(?:on\s+\S+\s+)?by\s+(?:the\s+)?
    (?:(?:magistrate|district|chief|senior|u\.?s\.?|bankruptcy)\s+)*(?:judge|honorable)\b"""

# The Texas Court of Criminal Appeals' disposition of a filing, whatever the outcome: "MOTION DISP — DENIED",
# "PDR DISP — REFUSED", "MANDAMUS DISP — DISMISSED". The filing it names is not filed again.
_TEXAS_DISPOSITION = r"^(?:[\w/.-]+\s+){0,3}?disp(?:/\w+)?\s*—\s*\w"

# A choice still open: "Stipulation To Convert Or Dismiss Case By Date Certain".
_CHOICE = r"\b(?:convert|reinstate|cure)\s+or\s+(?:be\s+)?dismiss\w*\b[^.;]*"
# A proposed or lodged order is not one: "Notice of Submission of Proposed Order Dismissing Case", "LODGED ORDER:
# re: stipulation and order of dismissal"; nor is a proposed judgment or one still to come ("Proposed consent judgment
# ... submitted by the parties", "SENTENCING held ...; judgment to be entered").
_JUDGMENT_TO_COME = r"""\b(?:separate\s+)?judgment\s+to\s+(?:be\s+entered|issue|follow)\b
    | \bjudgment\s+(?:[\w'’-]+\s+){1,3}?to\s+enter\b|\bjudgment\s+requested\b"""   # Nebraska: "judgment of restitution to enter";
                                                                      # Odyssey: "Def Failed to Appear - Default Judgment Requested"
_PROPOSED = r"""\b(?:proposed|lodged)\s+(?:[\w'’-]+\s+){0,2}?(?:order|judgment)\b[^.;]*
    | \b(?:order|judgment)\b[^.;()]{0,60}?\(\s*proposed\s*\)   # "Document re: Order Dismissing Case (Proposed)"
    | """ + _JUDGMENT_TO_COME
# A ruling that may come, and a civil cover sheet's question: "the period of appeal
# from any order dismissing any of the charges", "[Previously dismissed case: No]".
_HYPOTHETICAL = r"""\bany\s+(?:[\w'’-]+\s+){0,2}?(?:orders?|motions?|judgments?)\b[^.;]*|\bpreviously\s+dismissed\s+case\s*:
    | \b(?:if|unless|whether|why)\s+[^.;]{0,100}?\bdismiss(?:ed)?\b
    | \b(?:or|otherwise)\s+(?:the\s+)?court\s+(?:will|may|shall)\s+dismiss\b[^.;]*  # "..., or the Court will dismiss this case"
    | \b(?:will|may|shall)\s+be\s+dismissed\s+(?:for|pursuant)\b[^.;]{0,160}?\bunless\b[^.;]*   # "this action will be dismissed for want of
                                                                      # prosecution unless, no later than 10/21/2019, ..."
    | \b(?:court|judge)\s+(?:will|may|shall|intends\s+to)\s+dismiss\b[^.;]{0,160}?\bunless\b[^.;]*  # "the Court will
                                                                          # dismiss this case ... unless action is taken"
    | \bshould\s+be\s+(?:granted|denied)\s+and\s+(?:this|the)\s+(?:case|action|complaint|petition)\s+dismissed\b[^.;]*   # a
                                                                          # recommendation: "... should be GRANTED and this case dismissed"
    | \bdirected\s+to\s+dismiss\b[^.;]{0,120}?\b(?:if|unless)\b[^.;]*   # "The Clerk is directed to DISMISS plaintiff's
                                                                          # complaint if plaintiff does not pay the filing fee"
    | \b(?:will|shall|to)\s+be\s+dismissed\s+at\s+(?:the\s+time\s+of\s+)?sentencing\b   # promised: "Counts 2 and 3 will be
                                                                          # dismissed at sentencing"
    | \b(?:state|government|people|prosecutor)\s+(?:to|will|shall)\s+(?:nolle|dismiss)\b[^.;]*"""   # a plea agreement's
                                                                          # term: "State to nolle Ct 2 upon plea to Ct 1"
# A jury dismissed (discharged) after its verdict ends no claim: "Jury Polled, Dismissed." (A jury trial's result may:
# "Jury Trial - Case Dismissed".)
_JURY_DISMISSED = r"\bjury\b(?!\s+trial\b)[^.;]{0,20}?\b(?:dismissed|discharged)\b"
# A ruling made before, by another entry: "The Court previously dismissed Count I (ECF No. 20)", "The case was
# dismissed last year, and the appeal is pending".
_EARLIER = rf"""\b(?:previously|earlier|already)\s+(?:been\s+)?(?:dismiss\w*|dropped|withdrawn)\b
    (?:\s+(?:[\w'’()-]+\s+){{0,3}}?{_DISMISSABLE})?
  | \b(?:dismissed|dropped|withdrawn)\s+(?:[\w'’-]+\s+){{0,3}}?(?:last\s+year|\w+\s+years?\s+ago|in\s+(?:19|20)\d\d)\b
  | \b(?:which|whom|whose)\b[^.;]{{0,60}}?\b(?:was|were|had\s+been|has\s+been)\s+dismissed\b  # defts. as to which the
                                                                                          # complaint was dismissed
  | \bdismissal\b[^.;]{{0,80}}?\b(?:stands|remains\s+in\s+(?:full\s+)?(?:force|effect))\b   # "The dismissal of the claim stands."
  | \bhaving\s+filed\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:notice|stipulation)\s+of\s+(?:voluntary\s+)?dismissal\b
  | \bin\s+light\s+of\s+(?:the\s+)?(?:[\w'’-]+['’]s?\s+)?(?:\d+\s+)?(?:notice|stipulation)\s+of\s+(?:voluntary\s+)?dismissal\b[^.;,]*
  | \bdebtor\s+dismissed\s+(?:on\s+)?\d{{1,2}}/\d{{1,2}}/\d{{2,4}}   # a closing note: "Bankruptcy Case Closed - DISMISSED. Debtor dismissed 06/02/2015"
  | \b(?:district|bankruptcy|lower|trial)\s+court['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:dismissal|(?:order|judgment)\s+dismissing)\b[^.;]*   # on appeal: "challenges the
  | \b(?:judgment|order|decision)\s+of\s+the\s+(?:district|bankruptcy|lower|trial)\s+court\s+dismissing\b[^.;]*  # district court's
                                                                      # dismissal", "The judgment of the district court dismissing
                                                                      # the petition ... is AFFIRMED" (the appeal's ruling is its order)
"""
# A dismissal the court declines, refuses or will not make: "The Court declines to dismiss the complaint".
_NEGATED = r"""\b(?:declin\w*|refus\w*|(?:will|shall|does|did|do|would|could|can)\s+not|(?:won|don|doesn|didn|can)['’]?t)
    \s+(?:to\s+)?(?:dismiss\w*|drop|toss|throw\s+out)\b[^.;]*
    | \b(?:shall|will|is|does)\s+not\s+(?:be\s+)?(?:considered|deemed|construed)\s+(?:as\s+)?an?\s+dismissal\b[^.;]*"""
# A motion (not a case or an appeal) dismissed as moot: "Order Dismissing as Moot (related document(s): 430 Motion
# ...)", "Motion for leave disposed — Dismissed as Moot", CourtListener's "Dismissing 58 Compel as Moot" ("the appeal
# is dismissed as moot" ends the appeal).
_MOOT = r"""\bdismissing\s+as\s+moot\b|—\s*dismissed\s+as\s+moot\b|\bmotions?\b[^.;]{0,80}?\bdismissed\s+as\s+moot\b
    | \bdismissing\s+\d+\s[^.;]{0,80}?\bas\s+moot\b"""
# A motion (or an application, an objection) dismissed, not a case: "Dismissing Defendants' Third Motion for Summary
# Judgment", "dismisses the 12 Motion to Compel", "Voluntary Dismissal of Motion to Compel"; not "dismissing the
# complaint and the motion".
_MOTION_DISMISSED = rf"""\b(?:dismiss(?:es|ed|ing)|dismissal\s+of)\s+
    (?:(?!{_DISMISSABLE}(?!['’])|(?:on|upon|by|at|per|pursuant|in|under|following|with|without|as|for|after|and|or)\b)
       [\w'’-]+\s+){{0,4}}?(?:motions?|applications?|objections?)\b[^.;,]*"""
# ... and a motion named, then dismissed: "Defendant's 19 Motion to Dismiss is DISMISSED WITHOUT PREJUDICE to re-urging"
# (read before the motion's name alone is blanked)
_MOTION_IS_DISMISSED = r"""\bmotions?\s+(?:to|for)\s+(?:(?!(?:granted|allowed|sustained|and|case|action|complaint|claims?|counts?)\b)
    [\w'’-]+\s+){0,4}?(?:is|are)\s+dismissed\b[^.;]*
  | \bmotions?\s+to\s+dismiss\b[^.;]{0,80}?\b(?:is|are)\s+(?:hereby\s+)?deemed\s+withdrawn\b[^.;]*"""   # "ORDER that defendants'
                                                                      # motion to dismiss [12-1] is deemed withdrawn without prejudice"
# A case closed because of another entry: "Civil Case Terminated per 10 Notice of Voluntary Dismissal", "Civil Case
# Terminated, per 4 Notice of Dismissal", "ORDER CLOSING CASE re 22 Stipulation of Dismissal" (the notice or the
# stipulation is the dismissal; a case closed is not), and the clerk closing a case an order dismissed: "Bankruptcy
# Case Closed - DISMISSED", "Bankruptcy Case Closed. The case was dismissed on 5/24/2019".
_CLOSED_PER = r"""\b(?:terminated|closed|closing\s+(?:the\s+)?case),?\s+(?:per|pursuant\s+to|re:?)\s[^.;]*
    | ^(?:bankruptcy\s+)?case\s+closed\s*[-.]\s*(?:the\s+case\s+was\s+)?dismissed\b[^.;]*"""
# A dismissal asked for, warned of or to be shown cause against: "The parties jointly move that the case be
# dismissed", "allowed 20 days to convert or case will be dismissed", "failure to comply may result in dismissal",
# "ORDER TO SHOW CAUSE RE DISMISSAL FOR LACK OF PROSECUTION", "These parties shall file a dismissal upon finalization",
# "a Stipulation of Dismissal Deadline is due on or before 5/16/2008".
_NOT_YET = r"""\b(?:move|moves|moved|ask|asks|request|requests|seek|seeks|pray|prays)\s+(?:that\s+)?[^.;]{0,80}?\bbe\s+dismiss\w*[^.;]*
    | \bor\s+(?:[\w'’-]+\s+){0,3}?(?:will|shall|may)\s+be\s+dismiss\w*[^.;]*
    | \b(?:may|will|shall|could)\s+result\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?dismissal\b[^.;]*   # "the automatic dismissal"
    | \bintent(?:ion)?\s+to\s+[^.;]{0,80}?\bdismiss\w*[^.;]*   # "advising the Court of her intent to voluntarily dismiss",
                                                                      # "NOTICE OF INTENT TO MOVE FOR DISMISSAL of the remaining counts"
    | \bto\s+be\s+dismissed\s+at\s+(?:the\s+time\s+of\s+)?sentencing\b   # "Remaining Counts To Be Dismissed At Sentencing"
    | \b(?:agrees?|agreed|will|shall|intends?\s+to)\s+(?:to\s+)?move\s+to\s+dismiss\b[^.;]*   # a plea agreement's promise
    | \b(?:may|shall|will)\s+(?:submit|file|lodge|present|upload)\b[^.;]{0,40}?\border\s+(?:of\s+dismissal|dismissing)\b[^.;]*
    | \b(?:to|shall|must|should|will|may)\s+file\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:joint\s+)?(?:stipulation|notice|motion)s?\s+
      (?:to\s+dismiss|withdrawing|of\s+(?:voluntary\s+)?dismissal)\b[^.;]*   # "will file a
    | \bexpects?\s+to\s+file\s+(?:an?\s+|the\s+)?(?:joint\s+)?stipulation\b[^.;]*                                   # stipulation to dismiss the appeal once ..."
    | \b(?:show\s+cause|osc)\b(?:(?!\s[-–]\s*held\b)[^.;]){0,60}?\bdismiss\w*(?:(?!\s[-–]\s*(?:case\s+)?dismissed\b|\(\s*dismissal\s*-)[^.;])*   # not
                        # its outcome: "Order to Show Cause Re: Dismissal (Settlement) Held - Case Dismissed", "Order to Show
                        # Cause re: Dismissal (Dismissal - Delay in Prosecution )", "Order to Show Cause Re: Failure to File
                        # Default Judgment - Held - Case Dismissed"
    | \b(?:to|shall|must|should|will|may)\s+file\s+(?:an?\s+|the\s+|their\s+|its\s+|his\s+|her\s+)?(?:joint\s+)?
      (?:(?:notices?|stipulations?|requests?)\s+(?:of|for)\s+(?:voluntary\s+)?)?dismissal\b[^.;]*
    | \b(?:notices?|stipulations?)\s+of\s+(?:voluntary\s+)?dismissal\s+(?:deadline|(?:is\s+)?due)\b[^.;]*
    | \b(?:asks?|asked|urges?|urged|petitions?|seeks?|sought|wants?|bids?|efforts?|attempts?|requests?|push|calls?\s+on)\s+
      (?:(?:the\s+)?(?:judge|court)\s+)?to\s+(?:dismiss|drop|toss|throw\s+out)\b[^.;]*"""  # news: a request, not a ruling
# A court's disposition of a motion, whatever it is: Texas's "MOTION DISP — DISMISSED", "Motion for leave disposed —
# Dismissed as Moot", "Motion to stay disposed — Dismiss motion" (of a case: "CASE DISP — DISMISSED" is a dismissal).
_MOTION_DISPOSED = r"^motions?\b[^—;]{0,80}?\bdisp(?:osed)?\s*—[^;]*"
# The clerk's notice of a dismissal ordered by another entry, named with no filer: "Notice of Dismissal of Case.
# (BNC)", "Notice of Dismissal of Chapter 13 Case and Deadline to Object ...", "Notice of Dismissal (BNC-BK)", "Notice of Dismissal by the Clerk", "Notice of Dismissal; Notice That All Pending Hearings Are Vacated",
# "Notice of Dismissal (related document)" (a party's: "NOTICE of Dismissal by Acme", "... filed by X").
_CLERKS_NOTICE = r"""^notice\s+of\s+dismissal(?:\s+of\s+(?:the\s+|debtor['’]?s['’]?\s+)?(?:chapter\s+\d+\s+)?case)?
    (?=\s*(?:\.?\s*\(bnc\b[^)]*\)|;|$|by\s+(?:the\s+)?clerk\b|\(related\s+document\)|to\s+(?:all\s+)?creditors\b)
       |(?<=case)(?![^;]*\b(?:filed\s+by|by\s+(?:the\s+)?(?:plaintiff|defendant|petitioner|debtor)s?)\b))"""
# Los Angeles's older case summary gives an order to show cause's outcome in brackets: "Order to Show Cause re:
# Dismissal (Dismissal - Delay in Prosecution )", "Order to Show Cause (re dismissal; Case Dismissed) -".
_OSC_DISMISSAL_OUTCOME = r"\(\s*(?:dismissal\s*-\s*(?:delay|failure|lack|want)\b|re\s+dismissal\s*;\s*case\s+dismissed\b)"
# Nebraska's register events of a dismissal made, by the parties or the court: "Dismiss by Parties ...", "Dism by
# Court w/o Prejudice ..." (vocabulary.tsv), not a relief asked.
_DISMISSED_BY = r"dism(?:iss)?\s+by\s+(?:part(?:y|ies)|court)\b"
# Los Angeles's result of a hearing that dismissed the case: "... - Held - Case Dismissed".
_HELD_CASE_DISMISSED = r"held\s*[-–]\s*case\s+dismissed\b"
# A calendar of cases to be dismissed is a setting, not a dismissal: Texas's "dismissal docket" (Tex. R. Civ. P.
# 165a; also "Dismissal for Want of Prosecution Docket"), "Notice of Dismissal Docket Setting", Cook County's "DWP Call".
_DISMISSAL_SETTING = r"""\bdismissal\s+(?:for\s+want\s+of\s+prosecution\s+)?(?:\(\s*dwp\s*\)\s+)?(?:docket|calendar|call)\b[^.;]*
    | \breason\s*:\s*(?:[\w-]+\s+)?dismissal\b   # a setting's reason: "Status Check ... Reason: Dismissal Result: Held"
    | ^dismissal\s+hearing\b(?![^;]*\bresult\s*:\s*(?:case\s+)?dismiss)[^;]*"""   # Odyssey: "Dismissal Hearing (10:00 AM) ...
                                                                      # Result: Retained - Plaintiff Appeared"
_NAMED_NOT_RULED = "|".join(
    (_MOTION_IS_DISMISSED, _RULING_MENTIONED, _DISMISSAL_VACATED, _MOTION_MENTIONED, _CHOICE, _PROPOSED, _HYPOTHETICAL, _EARLIER, _JURY_DISMISSED, _NEGATED, _MOOT,
     _CLOSED_PER, _NOT_YET, _MOTION_DISPOSED, _CLERKS_NOTICE, _DISMISSAL_SETTING, _MOTION_DISMISSED)
)
# The phrases that name a dismissal without making one, blanked before the dismissal rules and the dismissal model
# read a text.
NAMED_NOT_RULED = re.compile(_NAMED_NOT_RULED, _FLAGS)

# The mark the classifier's reading puts at the end of a paper a party filed under Bankr. D.N.J.'s "Document re:".
PARTYS_DOCUMENT_MARK = "(filed by a party as a document)"

# "Plea" that tells no defendant's plea: Texas's civil pleas and Virginia's plea in bar, which the table reads (a plea
# to the jurisdiction, in abatement or in bar is a motion, a plea in intervention a charge), a transcript, a deadline, and a plea agreement cited as a
# reason or for a term (the module docstring).
_NOT_A_PLEA = r"""\bpleas?\s+(?:to\s+the\s+jurisdiction|in\s+abatement|in\s+intervention|in\s+bar)\b
  | \btranscript\s+of\s+(?:the\s+)?(?:change\s+of\s+)?plea\s+(?:hearing|proceedings?)\b   # the record of one, not a plea
  | \bplea\s+(?:deadline|cut-?off)\b                # a date set in a scheduling order ("Plea deadline 8/29/2008")
  | \bfail\w*\s+to\s+appear\s+(?:for|at)\s+(?:the\s+|his\s+|her\s+)?plea\b(?:\s+(?:setting|hearing|date))?   # a capias's reason
  | \b(?:per|pursuant\s+to|under|in\s+accordance\s+with|as\s+part\s+of|in)\s+
    (?:the\s+|his\s+|her\s+|their\s+|a\s+|[\w'’-]+['’]s\s+)?plea\s+agreement\b    # the reason a count is dismissed ("per plea agreement"),
                                                                      # or a term cited ("appeal waiver in plea agreement")
  | (?<=\bdismissed\b)[^;]{0,60}?\s[-–]\s+plea\s+agreement\b        # "Dismissed by Prosecutor - Plea Agreement"
  | \bplea\s+(?:negotiations?|discussions?)\b       # "Defense counsel reports ongoing plea negotiations": none made yet
"""

RULES: tuple[Rule, ...] = (
    # -- motion: a party asks the court for something --------------------
    _rule(
        "motion.named",
        "motion",
        rf"""{_OPENING}(?:(?:(?:civil|criminal)\s+)?(?:l\.\s*r\.|local\s+rule|rule)\s+[\d.]+(?:\([a-z0-9]+\))*\s+)?{_MOTION_WORD}{{0,4}}?
             (?:(?:cross|counter)-?motions?|motions?(?!\s+call\b)|notice\s+(?:of|and)\s+(?:(?:cross|counter)[\s-]?|hearing\s+and\s+)?motions?|applications?|(?<!\bclaims\s)(?<!\bclaim\s)petitions?(?=\s+(?:for|to|under)\b|\s*[(—:]|\s*$|\s*-\s*{_PETITION_FOR_RELIEF})|
                pet(?=\.\s+(?:for|to)\b)|  # Cook County probate: "PET. FOR PROBATE OF DECEDENT'S EST."
                requests?(?:\s+(?:for|to)\b|\s*(?:—|:|$)))\b""",
    ),
    _rule(
        "motion.docketed-or-included",
        "motion",
        r"""\bcase\s+docketed\.\s+(?:[\w'’]+\s+){0,3}?(?:petition|motion|application)\s+(?:for|to)\b
          | \bmotions?\s+included\s*:\s*(?!none\b)\w
          | ^(?:[\w'’/-]+\s+){0,4}?plan\s+and\s+(?:related\s+motions?\b|motions?\s+(?:for|to)\b)
          | ^notice\s+of\s+(?:[\w'’-]+\s+){1,6}?and\s+(?:joint\s+|unopposed\s+|agreed\s+)?motions?\s+(?:for|to)\b
          | ^notice\s+of\s+intention\s+to\s+move\s+(?:for|to)\b   # California: "Notice of Intention to Move for New Trial" (CCP 659)
          | ^notice\s+of\s+request\s+to\s+seal\b                  # E.D. Cal. L.R. 141: "NOTICE of REQUEST to SEAL DOCUMENTS by USA"
          | """ + _PROTECTION_ORDER_PETITION,
    ),
    # Older dockets name the filers first: "Plaintiffs X, Y and Z (collectively, the "Proxy Plaintiffs"), Motion for
    # Leave to File ...", the Ninth Circuit's "Appellee X, Inc. Motion to dismiss appeal", "Appellee X School
    # District No. 212 Motion to dismiss case", "Filed Appellee X motion to dismiss appeal", "Filed (ECF) Amicus Curiae X
    # Motion for leave to file amicus brief" and "Appellee X petition for panel rehearing" (heard as a motion); not a response or other paper that names a motion after its filers.
    _rule(
        "motion.after-its-filers",
        "motion",
        r"""^(?:plaintiffs?|defendants?|petitioners?|respondents?|debtors?|creditors?|appellants?|appellees?|intervenors?)\b
            (?:(?!\b(?:response|opposition|reply|memorandum|objection|brief|order|notice|declaration|affidavit|joinder)\b)[^;]){0,250}?
            (?:,|\b(?:inc|llc|co|corp|ltd|l\.p)\.)\s+(?:(?:joint|emergency|renewed|amended|ex\s+parte)\s+)?motion\s+(?:for|to)\b
          | ^(?:filed\s+(?:\(ecf\)\s+)?)?(?:appellants?|appellees?|petitioners?|respondents?|amic(?:us|i)\s+curiae)\b   # a court of appeals': (filed,) the filer's
                                                                      # name, then its motion
            (?:\b(?:united\s+states\s+of\s+america|(?:city|county|state|town|village|department|board|bank|university|commonwealth|people)\s+of)\b
               |(?!\b(?:in|of|re|regarding|to|for|on|about|with|response|opposition|reply|memorandum|objection|brief|order|
                     notice|declaration|affidavit|joinder|statement|letter)\b)[^;.,]|\.(?=\s*\d)|,(?=\s*(?:inc|llc|corp|ltd|l\.p)\b)){1,120}?
            \s(?:(?:joint|emergency|renewed|amended|ex\s+parte)\s+)?(?:motion\s+(?:for|to)|petition\s+for\s+(?:panel\s+)?rehearing)\b
          | ^attorney\s+[^;.]{1,80}?\sfor\s+(?:appellants?|appellees?|petitioners?|respondents?)\s[^;]{1,120}?\smotion\s+(?:for|to)\b   # "Attorney
                                                                      # X for Appellant Y Motion to withdraw as ..."
            """,
    ),
    # A petition that names its filer before what it asks, as older dockets write a habeas petition or an admission:
    # "PETITION by X for writ of habeas corpus pursuant to 28 U.S.C. 2241", "PETITION OF DEFT X FOR ADMISSION PRO HAC
    # VICE OF Y", "PETITION OF DEFENDANT X TO COMPEL APPRAISAL AND STAY PROCEEDINGS"
    _rule(
        "motion.petition-after-its-filer",
        "motion",
        r"""^petitions?\s+(?:by|of)\s+(?:(?!\b(?:answer|response|reply|order|notice)\b)[^;]){1,100}?\s+
             (?:for\s+(?:(?:a\s+)?writ\s+of\s+habeas|admission|leave|appointment|an?\s+order|(?:an?\s+)?award)
              |to\s+(?:compel|stay|vacate|enforce|intervene|quash)|for\s+(?:an?\s+)?(?:stay|extension))\b""",
    ),
    # A text that is nothing but a relief of CM/ECF's motion menus (reliefs.tsv: "Extend Time", "Avoid Lien"), as RSS
    # short descriptions and CourtListener show a motion, or a bare name its court calls a motion: "Stay Pending
    # Appeal (motion)".
    # (not Nebraska's "Dismiss by Parties ...", its event for the parties' dismissal: vocabulary.tsv)
    _rule("motion.relief-name", "motion", rf"^(?!{_DISMISSED_BY})(?:{_relief_pattern(_RELIEF_NAMES)})"),
    _rule("motion.marked-as-asked", "motion", _MARKED_AS_ASKED),
    Rule("motion.joined-to-a-response", "motion", JOINED_MOTION),
    # C.D. Cal. L.R. 37-2: a discovery motion is made in a joint stipulation ("Joint STIPULATION to Compel ...", "JOINT
    # STIPULATION re Plaintiff's Motion to Compel ...")
    _rule(
        "motion.discovery-joint-stipulation",
        "motion",
        r"^(?:joint\s+)?stipulation\s+(?:to|re:?)\s+(?:(?:(?:[\w'’-]+\s+){0,2}?motion\s+to\s+)?compel\b|discovery\s+(?:dispute|motion)\b)",
    ),
    _rule(
        "motion.letter-request",
        "motion",
        # a party's letter asking for relief ("requesting oral argument on the pending motion", "asking the Court for the
        # appointment of an attorney", "Received Filing: Letter from X requesting to reopen his case", "requesting
        # reduction of sentence"); not the court's or the clerk's letter, a letter response, nor a status inquiry
        r"""^(?:received\s+filing\s*:\s*)?(?:\[?sealed\]?\s+)?(?:(?:first|second|third|fourth|joint|amended|supplemental)\s+){0,2}(?:letter|correspondence)\b
            (?![^;]{0,40}?\b(?:order|response|reply|opposition|clerk|(?:from|by)\s+(?:the\s+)?(?:chambers|court))\b)[^;]{0,200}?
            \b(?:requesting|re(?:garding)?\s*:?\s*(?:[\w'’.-]+['’]s?\s+|(?:the\s+)?(?:defen[cs]e|government|plaintiffs?|defendants?|parties)\s+)?requests?
               |\(\s*requests?|respectfully\s+requests?|asking\s+(?:the\s+court\s+)?(?=for\b))\s*(?:,[^,;]{1,60},\s*)?   # ", with the
                                                                      # consent of defense counsel, that time be excluded"
            (?:that\b|to\s+\w|(?!status\b)\w+\s+to\b
             |(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:order|extension|adjournment|continuance|postponement|leave|permission|stay|pre-?motion\s+conference|
                  reduction\s+of\s+(?:his\s+|her\s+)?sentence|sentence\s+reduction|compassionate\s+release|
                  (?:tele)?conference|oral\s+argument|appointment)\b)""",
    ),
    # A paper that asks in its own words, without naming itself a motion: "The Trustee ... hereby requests that the
    # Court fix the last date for filing proofs of claim"; not an order reciting what a party asked.
    _rule(
        "motion.hereby-requests",
        "motion",
        _NOT_AN_ORDER + r"[^;]*?\bhereby\s+(?:requests?|moves?|applies|petitions?)\s+(?:that\s+the\s+court|for|to)\b",
    ),
    _rule(
        "motion.news-moves-to",
        "motion",
        # not a move promised ("The government agrees to move to dismiss"), not in an order, which tells what a party
        # moved for or may move for, nor a minute of a motion made and
        # granted from the bench ("STATE MOVES TO DISMISS COUNT 2. SO ORDERED.")
        r"^(?!(?:[\w'’-]+\s+){0,3}?order(?:ed)?\b)(?!.*\bso\s+ordered\b).*?(?<!may\s)(?<!can\s)(?<!could\s)(?<!shall\s)(?<!will\s)(?<!\bto\s)\b(?:moves?|asks?\s+(?:the\s+)?(?:judge|court))\s+to\s+\w+",
    ),
    # -- dismissal: a case, claim, count, party, appeal or charge is ended --
    _rule(
        "dismissal.named",
        "dismissal",
        rf"""^{_NAME_WORD}{{0,2}}?
             (?:(?:order|judgment|stipulation)(?:\s+and\s+(?:\[?proposed\]?\s+)?order)?\s+(?:of|for)|notice\s+of)\s+
             (?:voluntary\s+|partial\s+|conditional\s+)?(?:dismissal|discontinuance|nonsuit)
             (?<!^notice\sof\sdismissal)(?<!^notice\sof\sdiscontinuance)
           | ^(?!{_CLERKS_NOTICE})notice\s+of\s+(?:dismissal|discontinuance)\b(?!.*\bbnc\b)
             (?=\s+(?:of|as\s+to|with|without)\b|.*\b(?:filed\s+by|by\s+(?:the\s+)?(?:plaintiff|defendant|petitioner)s?)\b
                |\s+by\s+(?!(?:the\s+)?(?:clerk|court|bnc|admin)\b)\w)
           | ^{_NAME_WORD}{{0,2}}?order\s+dismissing\b
             (?!\s+(?:as\s+moot|(?:the\s+)?(?:\d+\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:motion|application|objection)))
           | ^{_NAME_WORD}{{0,2}}?order\s+confirming\s+(?:the\s+)?automatic\s+dismissal\b   # 11 U.S.C. 521(i): the order that
                                                                                 # confirms it makes the dismissal of record
           | ^(?:(?:voluntary|stipulated|joint|partial|conditional|rule\s+\d+\w*(?:\(\w\))*)\s+){{0,2}}dismiss(?:al|ed)\b
             (?!\s+(?:hearing|withdrawn\b|(?:for\s+want\s+of\s+prosecution\s+)?(?:docket|calendar)|call\b|of\s+(?:the\s+)?(?:\d+\s+)?(?:(?!(?:on|by|upon)\b)[\w'’-]+\s+){{0,3}}?(?:motion|application|objection)))
           | ^requests?\W+(?:for\s+)?dismissal
           | ^(?![^.;]*\b(?:lodged|proposed)\b)[^.;]{{0,200}}?\band\s+(?:final\s+)?(?:order|judgment)\s+of\s+dismissal\b   # "MEMORANDUM ADOPTING ... AND FINAL
                                                                                 # ORDER OF DISMISSAL"
           | ^{_NAME_WORD}{{0,2}}?stipulation\s+(?:to|for)\s+(?:voluntar(?:y|ily)\s+)?dismiss(?:al)?\b
           | ^[^.;()]{{0,60}}?\band\s+(?:joint\s+)?stipulat(?:ion|ed)\s+(?:of|for)\s+(?:voluntary\s+)?dismissal\b
           | ^(?:notice\s+of\s+)?(?:voluntary\s+)?withdrawal\s+of\s+(?:the\s+)?(?:(?!(?:attorney|counsel|appearance)\b)[\w'’-]+\s+){{0,2}}?{_WITHDRAWABLE}
             (?!\s+(?:to|from)\b)""",
    ),
    _rule(
        "dismissal.motion-to-dismiss-granted",
        "dismissal",
        r"""\b(?:(?:grant|sustain|allow)(?:s|ed|ing)|approv(?:es|ed|ing))\s+""" + _CASE_MOTION + r"""
              (?:in\s+part\s+(?:and\s+den(?:ies|ied|ying)\s+in\s+part\s+)?)?
              (?!leave\s+to\s+file\b)(?:(?!motions?\b)[\w'’.,&()\#-]+\s+){0,6}?   # not "granting leave to file a motion"
              (?:(?:\w+['’](?=motion))?(?:motions?|requests?)\s+(?:(?:of|by)\s+(?:[\w'’.,&-]+\s+){1,6}?)?(?:to|for)\s+  # also "defendants'motions",
                 (?:(?:leave\s+to\s+)?(?:voluntary\s+|voluntarily\s+|summary\s+)?dismiss   # "Motion of the United States Trustee to Dismiss"
                  | withdraw\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:notice\s+of\s+)?appeal\b)   # an appeal withdrawn ends
               | stipulations?\s+(?:(?:of|for)\s+(?:voluntary\s+)?dismissal|to\s+dismiss)
               | pleas?\s+to\s+the\s+jurisdiction\b)  # Texas: granted, the suit is dismissed for want of jurisdiction
          | \benter(?:s|ed|ing)\s+(?:\d+\s+)?(?:[\w'’-]+\s+){0,3}?notices?\s+of\s+(?:voluntary\s+)?dismissal\b
          | \brelief\s+sought\s*:\s*dismiss\b[^;]{0,120}?\bdecision\s*:\s*granted\b   # New York: "Motion Seq: 003 Relief Sought:
                                                                      # DISMISS ... Decision: Granted"
          | \bgrant(?:s|ed|ing)\s+(?:\d+\s+)?(?:[\w'’-]+\s+){0,2}?rule\s+48\s*\(a\)\s+motion\b    # the government's motion to
                                                                                      # dismiss charges (Fed. R. Crim. P. 48(a))
          | ^(?=.*(?:\bsigned\b|\s-\s*judge\s))(?:[\w'’-]+\s+){0,2}?(?:motion|application)\s+(?:to\s+dismiss\s+)?and\s+order\s+  # a signed
              (?:to\s+dismiss|for\s+dismissal|of\s+dismissal|dismissing|thereon)\b                     # motion-and-order form
          | \bmotions?\s+(?:by\s+(?:the\s+)?(?:usa|united\s+states|government|state|people|plaintiffs?|defendants?)\s+)?(?:to|for)\s+(?:voluntary\s+|voluntarily\s+|summary\s+)?dismiss(?:al)?\b
              (?:(?!\b(?:denied|moot|withdrawn|not)\b)(?:[^;]|;(?=\s*(?:(?:disposed|result|decision)\s*:\s*)?(?:granted|allowed|sustained)\b))){0,120}?
              (?<!\bnot\s)(?<!\bbe\s)(?<!\bdeemed\s)\b(?:granted|allowed|sustained|grants\s+(?:the\s+|said\s+|this\s+)?motion)\b
          | \b(?:mov(?:ed|es)|asks?|asked|urged?)\s+(?:(?:the\s+)?(?:court|judge)\s+)?to\s+dismiss\b[^.;]{0,150}?[.;]?[^.;]{0,100}?
              (?:(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)\b(?:granted|grants|allowed|approved)\s+(?:the|that|their|his|her|its|this)\s+
                 (?:[\w'’-]+\s+){0,2}?(?:motion|request)\b(?!\s+(?:to|for)\b)
               | \b(?:motion|request)\s+(?:is|was)\s+(?:granted|allowed)\b
               | \bso\s+ordered\b)  # an oral motion granted from the bench: STATE MOVES TO DISMISS COUNT 2. SO ORDERED.
          """,
        ignore=rf"""{_RULING_MENTIONED}|\bwithdraw\w*\s+(?:the\s+)?(?:\d+\s+)?(?:[\w'’-]+\s+){{0,3}}?motions?\s+to\s+dismiss(?:\s+case)?
                  |\bden(?:y|ies|ied|ying)(?!\s+in\s+part)\s+(?:\d+\s+)?(?:[\w'’-]+\s+){{0,3}}?motions?\s+to\s+dismiss\b
                  |\b(?:respond|response|reply|oppos\w*)\s+(?:to\s+)?(?:[\w'’-]+\s+){{0,3}}?motions?\s+to\s+dismiss\b""",
    ),
    _rule(
        "dismissal.said-dismissed",
        "dismissal",
        rf"""\b(?:is|are)\s+(?:hereby\s+)?dismissed\s+(?:as\s+(?:a\s+)?(?:part(?:y|ies)|defendants?)\s+)?from\s+
               (?:this|the)\s+(?:case|action|lawsuit|suit|litigation)\b   # "they are DISMISSED from this case"
           | \b{_DISMISSABLE}
             (?:(?!\b(?:not|should|shall|would|could|may|might|must|will|if|unless|why|whether|motion|having|had|
                       previously|(?<!\bis\s)(?<!\bare\s)to\s+be|(?<!\bto\s)be)\b)[^;]){{0,80}}?
             \b(?:dismissed|discontinued|dropped|tossed|thrown\s+out)\b
           | \b{_WITHDRAWABLE}
             (?:(?!\b(?:not|should|shall|would|could|may|might|must|will|if|unless|why|whether|motion)\b)[^;]){{0,40}}?
             \bwithdrawn\b""",
        ignore=_NAMED_NOT_RULED,
    ),
    _rule(
        "dismissal.dismisses-something",
        "dismissal",
        # "dismissed" as a case's state is no dismissal by this entry: "Cancellation of Hearing in Dismissed Case",
        # "Closing Dismissed Case"
        rf"""(?:\b(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)(?:(?:dismiss(?:es|ing)?|(?<!\bin\s)(?<!\ba\s)(?<!\bthe\s)
                     (?<!\bclosing\s)(?<!\bclose\s)dismissed)["”]?|drop(?:s|ped|ping)?|
                     toss(?:es|ed)?|(?:throws?|threw)\s+out)
              | \b(?!(?:motions?|mov(?:e|es|ed|ing)|seek\w*|ask\w*|requests?|intent(?:ion)?|threat\w*|
                       recommend\w*|propos\w*|declin\w*|refus\w*|judge|court|bids?|efforts?|attempts?|push|calls?|
                       wants?|urg\w*|pleas?)\b)\w+,?\s+to\s+dismiss)
             \s+(?:all\s+of\s+)?(?:(?!(?:as|for|in|from|with|to|of|on|by|after|following|pending|during|upon|under|unless|if|until)\b)
                   [\w'’/-]+\s+){{0,4}}?{_DISMISSABLE}(?!['’]s?\s)(?!\s+(?:to|from)\b)  # not "Dismissing Defendants' Motion"
           | \b(?<!\bto\s)(?:withdr(?:aws?|ew|awing)|removed(?!\s+(?:(?:the|this)\s+)?(?:action|case|cases|matter)\b))\s+
               (?:(?!(?:as|for|in|from|with|to|of|on|by|after|following|pending|during|upon|under)\b)[\w'’-]+\s+){{0,4}}?
               {_WITHDRAWABLE}(?!\s+(?:to|from)\b)""",
        ignore=_NAMED_NOT_RULED,
    ),
    # A stipulation or notice of dismissal under Fed. R. Civ. P. 41(a)(1) ends the case without an order,
    # whatever the filer calls it ("Proposed Stipulation by All Parties of Settlement and Dismissal ...
    # Pursuant to FRCP 41(a)(1)").
    _rule(
        "dismissal.under-rule-41a1",
        "dismissal",
        r"""^(?:[\w'’]+\s+){0,2}?(?:stipulation|notice)\b[^;]{0,120}?\bdismissal\b[^;]{0,80}?
            \b(?:rule|frcp|fed\.?\s*r\.?\s*civ\.?\s*p\.?)\s*41\s*\(a\)\s*\([1l]\)""",
    ),
    _rule(
        "dismissal.judgment-on-a-dismissal",
        "dismissal",
        r"""^(?:[\w'’-]+\s+){0,2}?judgments?\s+(?:re|on|upon|pursuant\s+to)\W+(?:\d+\s+)?
            (?:order|opinion)\s+(?:of\s+dismissal|dismissing)\b""",
    ),
    _rule(
        "dismissal.minute-grants-motion-to-dismiss",
        "dismissal",
        r"""^(?:[\w'’]+\s+){0,2}?(?:hearing\s+held|minutes?(?:\s+entry)?)\b[^()]*?
            \b(?:motion|application)\s+(?:is\s+|was\s+)?granted\b[^()]*
            \(\s*re\s*:?\s*(?:related\s+document\(s\)\s*)?\d*\s*(?:[\w'’-]+\s+){0,2}?motions?\s+to\s+dismiss""",
    ),
    # An order that a settled case will be dismissed by itself after some days ("... has settled. IT IS ORDERED
    # that this matter will, without further Order, be dismissed with prejudice within 30 days")
    _rule(
        "dismissal.settled-case-will-be",
        "dismissal",
        r"^(?:[\w'’-]+\s+){0,2}?order\b[^;]*?\bsettle(?:d|ment)\b[^;]*?\b(?:will|shall)\b[^.;]{0,60}?\bbe\s+dismissed\b",
    ),
    # Cook County's motion to dismiss the case named with its ruling: "Dismiss For Want Of Prosecution - Allowed",
    # "Dismiss By Stipulation Or Agreement - Allowed", "Dismiss Entire Cause - Allowed"
    _rule(
        "dismissal.case-dismissal-allowed",
        "dismissal",
        r"""^dismiss\s+(?:for\s+want\s+of\s+prosecution|by\s+(?:stipulation|agreement)|entire\s+(?:cause|action|case))\b
            [^;]{0,80}?\s[-–]\s*allowed\b""",
    ),
    # California's demurrer asks that causes of action be dismissed (set 31); sustained, with leave to amend or without,
    # it ends them, as a motion to dismiss granted does: "DEMURRER SUSTAINED WITHOUT LEAVE TO AMEND AS TO THE 3RD CAUSE
    # OF ACTION", "Updated -- Demurrer ...: Result: Sustained with 20 Days Leave to Amend". Los Angeles's request for
    # dismissal updated "Result: Entered" is the dismissal entered (one "Rejected" is none).
    _rule(
        "dismissal.demurrer-sustained",
        "dismissal",
        r"""\bdemurrers?\b(?:(?!\boverruled\b(?!\s+in\s+part)).){0,250}?(?<!\bnot\s)(?<!\bbe\s)\bsustained\b
          | ^(?:[^;]{0,80}?\bhearing\s+on\s+)?demurrers?\b[^;]{0,120}?\s[-–]\s*held\s*[-–]\s*motion\s+granted\b   # "Hearing on Demurrer -
                                                                      # with Motion to Strike (CCP 430.10) - Held - Motion Granted"
          | ^updated\s*--\s*requests?\s+for\s+dismissal\b.*?\bresult\s*:\s*entered\b""",
    ),
    _rule("dismissal.news-to-be-dropped", "dismissal", rf"\b{_DISMISSABLE}[^;]{{0,40}}?\bto\s+be\s+dropped\b"),
    # Ohio: "COUNT(S) 2, 3 WAS/WERE NOLLED"; not a motion for one that nothing grants ("Hearing Type: Motion To Nolle
    # Prosequi; Result: Continued")
    # A charge filed or amended in a state court's words: Virginia's "Amended Charge: Reckless Driving ...", New York's
    # "Superior Court Information Filed" (a waiver of indictment's charge), Ohio's "CITATION FILED - OVI ..."
    _rule(
        "charge.state-court-filing",
        "charge",
        r"^(?:amended\s+charge|charge\s+amended)\s*:|\bsuperior\s+court\s+information\s+filed\b|^citation\s+filed\b",
    ),
    # No charge brought: Florida's "STATE ATTORNEY NO INFORMATION FILED AS TO CT 2", Georgia's "NO BILL RETURNED BY
    # GRAND JURY AS TO COUNT 2"
    _rule("dismissal.no-charge-filed", "dismissal", r"\bno\s+information\s+filed\b|\bno\s+bill(?:ed)?\b(?!\s+of\b)"),
    _rule(
        "dismissal.nolle-prosequi",
        "dismissal",
        r"\bnol(?:le)?\.?\s+pros(?:equi|sed?|s(?:e|ed)?)?\b|\bnolled\b",
        ignore=rf"^(?!.*\b(?:grant|allow|sustain)\w*\b)[^;]*?{_NOLLE_ASKED}",
    ),
    _rule(
        "dismissal.disposition",
        "dismissal",
        r"""\b(?:opinion|judgment|mandate)\b[^—]{0,80}?(?:—|;|:)\s*(?:(?:appeal|vacated|reversed|and)\s+){0,3}dismiss(?:ed|al)\b
          | \b(?:resolution|(?<!motion\s)disp(?:osition)?|outcome|result(?!\s+in\b))\b[^;—]{0,60}?(?::|—|\s)\s*
            (?<!\bpreviously\s)dismiss(?:al|ed|ing)\b   # not a hearing's "Result: Case Previously Dismissed" 
              (?!\s+as\s+moot)
          # a charge's line of a criminal docket with its outcome last: Pennsylvania's "Charge 2 - Recklessly
          # Endangering Another Person - Withdrawn" (one "- Nolle Prossed" is dismissal.nolle-prosequi's)
          | ^charges?\s+\#?\d+\b[^;]{0,200}?\s[-–—:]\s*(?:withdrawn|dismissed)\.?\s*$
          | \bnon-?\s?suited\b                                          # Texas: "Disposition ... Non-Suited by Plaintiff"
          | \bresult\s*:\s*non-?\s?suit\b                               # a setting's outcome: "Eviction Trial ... Result: Non-Suit"
          | """ + _OSC_DISMISSAL_OUTCOME + r"""
          | \b(?:strike|stricken)\s+off\s+with\s+leave\s+to\s+reinstate\b   # Illinois: the charges stricken off (SOL)
          | \bdisposition\s*:\s*(?:dropped|abandoned)\b                  # Florida: "DISPOSITION: DROPPED/ABANDONED - CT 1"
          | ^dismiss\s+for\s+want\s+of\s+prosecution\b[^;]*\s-\s*allowed\b  # Cook County: "Dismiss For Want Of Prosecution
                                                                      # (DWP) - Allowed"
""",
        # a setting cancelled, and why: "CANCELED Non-Jury Trial (1:30 PM) (Judicial Officer X) Nonsuited" (the nonsuit is
        # an entry of its own)
        ignore=r"^cancel+ed\b[\s\S]*",
    ),
    _rule(
        "dismissal.for-lack-of-jurisdiction-or-prosecution",
        "dismissal",
        r"""(?<!\bbe\s)(?<!\bnot\s)\bdismissed\s+(?:\w+\s+){0,3}?for\s+(?:lack|want)\s+of\s+
            (?:\w+\s+){0,2}?(?:jurisdiction|prosecution)""",
        ignore=_RULING_MENTIONED,
    ),
    # -- order: the court rules or directs -------------------------------
    _rule(
        "order.named",
        "order",
        # not a relief asked of an order, as short descriptions name a motion: "Revoke Detention Order", "Amend
        # Scheduling Order to Extend ..."
        rf"""{_OPENING}(?!{_ASKED_OF_AN_ORDER}\b)
             (?:(?!(?:\(for|{_LINK_WORD}|following|
                                  proposed|response|reply|opposition|motions?|mail(?:ed|ing)?)\b)
                          [\w'’&/.()\#-]+\s+){{0,6}}?
             (?:(?<!transcript\s)orders?\b|memo(?:randum)?[\s-]+endorse(?:ment|d)|endorsed\s+letter|opinion\b|
                findings\b(?!(?:\s+of\s+fact)?\s*(?:&|and)\s*recommendation)|mandate\b|judge['’]?s\s+fiat\b|decision\b|ruling\b|
                (?:memorandum|entry)(?=\s+(?:granting|denying|dismissing|adopting|overruling|sustaining)\b))
           | ^(?:(?:agreed|stipulated|joint)\s+)?(?:entry\s+of\s+dismissal|dismissal\s+entry)\b   # Ohio: an "entry" is the
                                                                      # court's order ("AGREED ENTRY OF DISMISSAL")""",
    ),
    _rule("order.texas-disposition", "order", _TEXAS_DISPOSITION),
    _rule("order.short-name-of-its-order", "order", _RELIEF_ORDER),
    _rule("order.motion-order-form", "order", r"^(?:motion|application)[^/]{0,60}/order\b"),
    # C.D. Cal.'s minute of what the judge decided in chambers, without a hearing: "MINUTES (IN CHAMBERS) by Judge X:"
    _rule("order.in-chambers-minute", "order", r"^minutes\W*(?:of\s+)?\(?\s*in\s+chambers\b"),
    _rule("order.form-with-its-order", "order", _FORM_WITH_ORDER),
    _rule("order.order-thereon", "order", r"(?<!\bpending\s)\border\s+thereon\b|\band\s+order\s+granting\b(?=\s*(?:[.;(]|$))"),
    _rule("order.mandate-received", "order", r"^received\s+(?:[\w.-]+\s+){0,6}?mandate\b"),
    _rule(
        "order.copy-of-order",
        "order",
        # not a clerk's note that a copy was mailed: "Copy of Order Directing Prisoner Payment sent via U.S. Mail to ..."
        r"""^(?![^;]*\b(?:sent|mailed)\s+(?:via|by|to)\b)
            (?:received\s+)?(?:a\s+)?(?:certified\s+)?(?:true\s+)?(?:copy|abstract)\s+of\s+(?:[\w.'’-]+\s+){0,4}?orders?\b""",
    ),
    _rule(
        "order.signed-continuance",
        "order",
        r"^(?:confirmation\s+)?hearing\s+(?:continued|rescheduled|reset)\b.*\bsigned\s+on\b",
    ),
    _rule(
        "order.says-ordered",
        "order",
        r"""^so[\s-]+ordered\b
          | \b(?:it\s+is\s+(?:hereby\s+)?|so\s+)ordered\b
          | ^(?!(?:[\w'’-]+\s+){0,2}?judgment\b).*?\b(?:is|are)\s+(?:hereby\s+)?ordered\s+to\b  # a judgment's "is ordered to pay" is the judgment
          | (?:^|[.;:]\s+)ordered\b(?!\s+by\b)
          | \bthe\s+court\s+(?:hereby\s+)?(?:grants|denies|orders|vacates|dismisses)\b
          | \band\s+order\s+by\s+(?:\w+\s+)?judge\b
          | \border\s+entered\b
          | \bentered\s+by\s+(?:(?:senior|chief|district|magistrate)\s+)*judge\b""",
    ),
    # not a form's option left unmarked ("__X__VACATED ... _____APPROVED._____ DENIED.") nor a ruling made earlier
    # ("VACATED: previously granted")
    # A court of appeals' mandate issued, also at the end of another entry ("Appeal dismissed - jurisdictional defects.
    # ... Mandate issued."), as the table's "MANDATE ISSUED" row
    _rule("order.mandate-issued", "order", r"\b(?:mandate|remittitur)\s+issued\b"),   # a state court's mandate: "Remittitur issued."
    _rule(
        "order.ruling-recorded",
        "order",
        _RULING,
        # nor a ruling hoped for: "Document to be filed by Clerk if Motion to Seal is granted"
        ignore=r"_{3,}\s*[a-z]+\b|\bpreviously\s+(?:granted|denied)\b|\b(?:if|unless|once)\b[^.;]{0,80}?\b(?:is|are)\s+(?:granted|denied)\b",
    ),
    # A minute that records what the court did at the hearing in words other than granted or denied: "Bond set as
    # to X", "Deft released with conditions", "PSR Ordered", "Federal Defenders appointed", "the Court appoints new
    # counsel", "the Scheduling Conference ... is VACATED".
    _rule(
        "order.minute-records-a-ruling",
        "order",
        r"""^(?:[\w'’]+\s+){0,2}?(?:minute\s+entry|minutes)\b[^;]*?
            \b(?:bond\s+(?:is\s+)?(?:set|reduced|revoked|modified|continued)\b|released\s+(?:on|with)\s+(?:conditions|bond)\b
               |detention\s+ordered|ordered\s+detained|(?:psr|presentence\s+(?:investigation\s+)?report)\s+ordered
               |appoint(?:s|ed)\s+(?:new\s+)?(?:counsel|attorney|fpd|federal\s+(?:public\s+)?defenders?)   # "Court appointed FPD"
               |(?:counsel|attorney|federal\s+defenders?|cja)\s+(?:(?!(?:is|was|not)\b)[\w.'’-]+\s+){0,3}?appointed   # "CJA counsel X Y appointed"
               |judge['’]?s\s+decision(?=\s*:)
               |(?:is|are)\s+(?:hereby\s+)?(?:vacated|off[\s-]calendar)|court\s+corrects)\b""",
    ),
    # What a judge does from the bench, as state-court minutes write it: "BAIL IS SET AT $100,000", "COURT APPOINTS
    # PUBLIC DEFENDER", "PC FOUND, BOND SET IN THE AMOUNT OF $2,000", "BOND ... IS ORDERED EXONERATED", Wisconsin's
    # "Signature bond set with felony conds.".
    _rule(
        "order.from-the-bench",
        "order",
        r"""(?<!\bbe\s)(?<!\bwas\s)(?<!\bbeen\s)\b(?:bail|bond)\s+(?:is\s+)?set\s+(?:at|in\s+the\s+amount)\b
          | ^(?:[\w$.,-]+\s+){0,3}?bond\s+set\s+with\b
          | (?:^|[.;:)]\s*|\s-\s)(?:[\w$.,/-]+\s+){0,3}?(?:bail|bond)\s+set\b(?!\s+(?:for|hearing))   # "$2,500.00 cash bond
                                                                      # set", Colorado's "Advisement Held - Bond Set $3,000"
          | \breleased\s+on\s+(?:\$[\d,.]+\s+)?(?:[\w-]+\s+){0,3}?(?:bond|recognizance|prb)\b   # "Released on $5,000 Unsecured
                                                                      # Personal Bond", "released on $75,000 PRB"
          | \b(?:bail|bond)\s+\$[\d,.]+\s+set\b                       # Wisconsin: "Signature bond $500 set."
          | \bbound\s+over\s+(?:to|for)\b|\bbinds\s+(?:the\s+)?defendant\s+over\b
          | \b(?:capias|bench\s+warrant)\s+ordered\b
          | \b(?:psi|psr|pre-?sentence\s+(?:investigation|report))\s+ordered\b   # "Result: Defendant Pled Nolo Contendere; PSI Ordered"
          | \bheld\s+for\s+court\b                                     # Pennsylvania: "Charges 1-2 Held for Court"
          | (?:^|[.;:]\s*|\s-\s)(?:bail|bond)\s+(?:is\s+)?(?:revoked|forfeited\b(?!\s*-?\$?\d))\b   # "Bail Revoked - Defendant
                                                                      # Remanded", "BOND FORFEITED." (not Utah's fee line "Bail
                                                                      # Forfeited -680.00")
          | \binterim\s+bond\s+\$\s?\d                                    # Michigan: "ARRAIGNMENT ON WARRANT - INTERIM BOND $10,000"
          | \border\s+of\s+protection\s+(?:issued|granted|entered|signed)\b
          | \brule\s+nisi\s+issued\b                                     # Georgia: a bond forfeiture's rule nisi
          | \badjourn(?:ed|ment)\s+in\s+contemplation\s+of\s+dismissal\b   # New York's ACD (CPL 170.55, 170.56)
          | \s-\s*order\s+signed\b                                     # "NOLLE PROSEQUI ENTERED - COUNT 2 - ORDER SIGNED"
          | ^entry\s*:\s*\w                                            # Ohio: "ENTRY: CASE DISMISSED AT COSTS OF STATE"
          | \b(?:warrant|capias)\b[^;]{0,40}?\b(?:issued|ordered)\b(?:[^;]*?\b|;\s*)(?:(?:bail|bond)\s+(?:amount|allowed|set|\$)|security\s+amount\b)  # Oregon:
                                                                      # "Warrant - Bench Issued (...) Security Amount: $25,000.00",
                                                                      # Michigan: "BENCH WARRANT ISSUED; BOND $2,500 CASH/SURETY"
          | (?:^|[.;]\s*|\s-\s)(?:[\w-]+\s+){0,2}?(?:release\s+)?conditions(?:\s+of\s+(?:pretrial\s+)?release)?\s+set\b(?!\s+(?:for|hearing))
          | ^(?:[\w'’-]+\s+){0,2}?finding\s+of\s+(?:not\s+)?guilty\b     # Cook County: "Finding Of Guilty - Sentence Imposed"
          | \b(?:guardian\s+ad\s+litem|receiver|special\s+master|mediator)\s+(?:is\s+)?appointed\b
          | \b(?:bail|bond(?:\s+or\s+cash)?|conditions)\s+set\s+by\b        # Vermont: "Cash bail set by X on dispute 1-2"
          | ^(?:judicial\s+)?(?:summons|warrant)\s+ordered\s+by\s+judge\b
          | \bjudge\s+(?:[\w.]+\s+){1,4}?accepts\s+(?:the\s+)?plea\b
          | (?:^|[.;]\s+)(?:[\w-]+\s+){0,3}?order\s+issued\b              # Vermont: "Pre-trial discovery order issued."
          | \bcourt\s+appoints\b
          | \bpublic\s+defender\s+(?:is\s+)?(?:tentatively\s+)?appointed\b
          | \b(?:pc|probable\s+cause)\s+found\b
          | \b(?:is|are)\s+(?:hereby\s+)?ordered\s+(?!to\b|by\b|filed\b)[a-z]+ed\b
          | \bthe\s+court\s+(?:continued|continues|reset|resets)\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?
              (?:matter|case|hearing|sentencing|trial|conference|arraignment)\b""",
    ),
    _rule(
        "order.signed-by-a-judge",
        "order",
        # what a judge signs is an order, except a recommendation, a bond, a criminal complaint (not "CRIMINAL COMPLAINT
        # DISMISSED ... Signed by Magistrate Judge X"), a statement of reasons,
        # a decree (a judgment: "DEFAULT DECREE OF FORFEITURE signed by the Honorable ...")
        r"""\bsigned\s+(?:on\s+\S+\s+)?by\s+(?:the\s+)?(?:(?:magistrate|district|chief|senior|u\.?s\.?|bankruptcy)\s+)*
            (?:judge|honorable)\b
          | \border\s+signed\s+\d{1,2}/\d{1,2}/\d{2,4}\b            # Odyssey: "... (Judicial Officer: X) Order Signed 09/15/2022"
          | \(\s*by\s+(?:(?:magistrate|district|chief|senior)\s+)*judge\s+[^()]{2,60}\)   # older C.D. Cal.: "SUBSTITUTION OF
                                                                      # ATTORNEY filed ... ( by Judge X )", what the judge signed
        """,
        ignore=r"^[^;]*\b(?:recommend\w*|bond|complaint(?!\s+dismissed\b)|statement\s+of\s+reasons|decree)\b.*",
    ),
    _rule(
        "order.on-the-courts-own-motion",
        "order",
        # "On the Court's own motion, a Status Conference is set": the court acts; not the clerk's notice of what the
        # court did ("NOTICE OF CHANGE OF HEARING ... On Court's own motion, ..."), nor a count "dismissed on the
        # court's own motion" in a judgment
        r"\bon\s+(?:the\s+)?court['’]?s\s+own\s+motion\s*,",
        ignore=r"^(?:[\w'’]+\s+){0,2}?notice\b.*",
    ),
    _rule(
        "order.trustee-discharged",
        "order",
        r"\btrustee\b(?:\s+[\w'’]+){0,8}?\s+(?:is\s+|are\s+)?(?<!\bbe\s)discharged\b",
    ),
    # California's registers and calendars record what the court did with a setting in a few set phrases: its own
    # action ("Continued by Court", "Vacated by Court", "Taken Off Calendar by Court"; a party's "Continued by
    # Stipulation" is no ruling), an order to show cause discharged, a case deemed settled, a result that is an order
    # ("Result: Order of Dismissal").
    _rule(
        "order.court-acted-on-a-setting",
        "order",
        rf"""{_MOVED_BY_THE_COURT}
          | \b(?:osc|order\s+to\s+show\s+cause)\s+(?:is\s+|was\s+)?(?:hereby\s+)?discharged\b
          | ^order\s+to\s+show\s+cause\s+re\s*:\s*dismissal\s*{_OSC_DISMISSAL_OUTCOME}
          | \bcase\s+(?:is\s+)?deemed\s+settled\b
          | \bresult\s*:\s*(?:minute\s+)?order\b""",
    ),
    # A bare name that is the court's order with "Order" dropped, as RSS feeds and CourtListener show bankruptcy orders:
    # "Confirming Plan", "Discharging Debtor", "Approving Trustee's Final Report", "Setting Conditions of Release". The
    # verbs are those that follow "ORDER" at least three times in the labelled orders, less "regarding", "scheduling",
    # "resetting", "terminating", "withdrawing", "following", "cancelling", "admitting" and "amending" (clerks' events
    # and parties' papers begin so too; "terminating" is the court's where it ends a motion as moot or a party on a
    # notice of dismissal) and the prepositions ("concerning", "respecting", "governing").
    _rule(
        "order.bare-name-of-an-order",
        "order",
        rf"""^(?:granting|denying|setting|approving|dismissing|discharging|authorizing|appointing|confirming|determining|
              referring|directing|accepting|closing|extending|adopting|continuing|vacating|reassigning|requiring|
              transferring|resolving|consolidating|sustaining|striking|reinstating|remanding|converting|allowing|staying|
              modifying|establishing|overruling|excluding|deferring|reopening|shortening|avoiding)\b
            (?:{_IN_ONE_SENTENCE}|;){{0,150}}$
          | ^terminating\s+\d+\s[^.;]{{0,80}}?\bas\s+moot\b   # a motion terminated as moot: "Terminating 66 Withdraw as Attorney as Moot"
          | ^terminating\s+(?:defendant|plaintiff|party)\b{_IN_ONE_SENTENCE}{{0,80}}?\bpursuant\s+to\s+\d+\s+(?:notice|stipulation)\s+of\s+
            (?:voluntary\s+)?dismissal\b""",   # a party terminated on a notice of dismissal
    ),
    # The CJA 20 form that appoints counsel ("CJA 20 as to X: Appointment of Attorney Y"), unsigned as RSS shows it
    _rule("order.cja-appointment", "order", r"^cja\s+20\b[^;]{0,80}?\bappointment\s+of\s+(?:attorney|counsel)\b"),
    # Time excluded under the Speedy Trial Act (18 U.S.C. 3161(h)) is the court's finding, in a minute or an order:
    # "Status Conference held ...; time excluded from 10/16/98 to 11/20/98", "Speedy Trial Excluded from 1/10/2023 to
    # 3/6/2023 in the Interest of Justice (XT)". Not where a minute leaves the exclusion to
    # an order or a stipulation yet to come ("Stip to be prepared", "Mr. X to prepare an order").
    _rule(
        "order.speedy-trial-time-excluded",
        "order",
        r"""^(?!.*\b(?:to\s+prepare\s+(?:an?\s+|the\s+)?(?:order|stip)|stip(?:ulation)?\s+to\s+be\s+prepared|will\s+be\s+submitted\s+for\s+court\s+approval)\b)
            .*?(?:\btime\s+(?:is\s+|was\s+|has\s+been\s+)?(?:hereby\s+)?excluded\s+(?:from|through|thru|until|to|under|pursuant|in\s+the\s+interests?)\b
          | \bexcluding\s+time\s+(?:from|through|until|under|pursuant)\b
          | \border\s+of\s+excludable\s+delay\s+entered\b             # E.D.N.Y.'s arraignment minute
          | \bspeedy\s+trial\s+(?:time\s+)?(?:is\s+)?excluded\b)""",
    ),
    _rule(
        "order.minute-ruling",
        "order",
        r"""\b(?:court|judge)\s+(?:hereby\s+)?(?:grants|denies|accepts|accepted|allows|vacates|withdraws|finds|orders|approves
                                           |declines\s+to\s+approve|has\s+(?:granted|denied|accepted|approved))\b
          | \b(?:temporarily|ordered)\s+detained\b                      # "Defendant is temporarily detained pending the
          | \bdefendant\s+(?:is\s+)?detained\s+pending\s+(?:trial|sentencing)\b   # "Detention Hearing - Defendant Detained Pending
                                                                      # Trial"
                                                                      # detention hearing", "Defendant Ordered Detained Pending
                                                                      # Trial": the magistrate judge's order
          | \bstay\s+(?:shall|will)\s+remain\s+in\s+(?:full\s+)?(?:force\s+and\s+)?effect\b   # "The automatic stay shall remain
                                                                      # in effect pending final hearing"
          | \b(?:plea(?:\s+agreement)?|report\s+and\s+recommendations?|tentative\s+ruling)\s+(?:is\s+|was\s+)?(?:hereby\s+)?(?:accepted|adopted)\b
          | \bresult\s*:\s*accepted\b                                   # Los Angeles: "Updated -- Peremptory Challenge ...: Result: Accepted"
          | \bplaced\s+in\s+special\s+status\s+of\s*:\s*stay\b          # Los Angeles: "The case is placed in special status of: Stay ..."
          | ^rule\s+to\s+show\s+cause\s*(?:[-–]\s*)?issued\b             # Cook County: "Rule To Show Cause (-) Issued - Returnable ..."
          | ^dismissal\b[^;]{0,40}?\bthis\s+action\s+initiated\s+by\s+judge\b   # Nebraska: "Dismissal-Count This action initiated by
                                                                      # Judge X Ct 2 dismissed on State's motion" (the judge's entry)
          | \bplea\s+of\s+(?:guilty|not\s+guilty|nolo\s+contendere)\s+to\s+[^.;]{1,60}?\s(?:is\s+|was\s+)?accepted\b   # "plea of
                                                                      # guilty to Count 1 of the Information accepted"
          | ^(?![^;]*\bcomplaint\b)[^;]*?\bapproved\s+(?:on\s+\S+\s+)?by\s+(?:the\s+)?(?:[\w.]+\s+){0,3}?judge\b  # not a
                                                                                    # criminal complaint (as when signed)
          | \b(?:supervised\s+release|probation)\s+(?:is\s+|was\s+)?(?:hereby\s+)?revoked\b
          | ^(?!(?:[\w'’]+\s+){0,2}?(?:notice|suggestion)\b).*?  # not a party's notice that the automatic stay applies
            \b(?:removal|proceedings?|case|action|execution|briefing\s+schedule)\s+(?:is\s+|are\s+)?(?:hereby\s+)?stayed\b
          | ^(?:[\w'’]+\s+){0,2}?(?:minute\s+entry|minutes?)\b.*?\b(?:granting|denying)\s+(?:\d+\s+)?(?:[\w'’-]+\s+){0,3}?motions?\b
          | \b(?:dismissed|resolved|finding|found|deemed)\s+as\s+moot\b
          | \bcase\s+(?:is\s+)?(?:hereby\s+)?referred\s+to\b(?!\s+(?:federal\s+records|[^;]{0,80}?\bas\s+possibly\s+(?:related|similar)\b))
          | ^(?:case|file)\b[^;]{0,300}?(?<!\blonger\s)\breferred\s+to\s+(?:the\s+)?(?:mag(?:istrate)?\.?\s+judge|mediation)\b
          | ^approval\s+(?:of|by)\b
          | \bapproved\s+by\s+the\s+court\b                            # Pennsylvania: "Nolle Prosequi Filed ... Approved by the Court"
          | ^motion\s+order\s*,                                        # a court of appeals': "MOTION ORDER, granting ..."
          | \bdismissed\s+by\s+(?:the\s+)?court\b                        # Alaska: "Charge Disposition: Dismissed by Court"
          | \b(?:form|application|admission)s?\s+(?:of\s+[^.;]{1,40}?\s+)?(?:is\s+|was\s+)?approved\b
          | ^cja\s*\d*\b[^.;]{0,60}?\bappointment\s+of\b
          | \bendorsed\s+(?:[\w"“”]+\s+){0,2}?by\s+(?:[\w.]+\s+){0,2}?judge\b
          | \bplan\s+(?:is\s+|was\s+)?(?:hereby\s+)?confirmed\b
          | \b(?:allowed|given)\s+(?:\d+|ten|fourteen|twenty|thirty)\s+(?:more\s+|additional\s+)?days\b
          | \b(?:motion|application|request|objection|petition)s?\s+(?:is\s+|are\s+|was\s+)?(?:hereby\s+)?allowed\b
          | ^(?:appeal\s+|case\s+|petition\s+)?dismissed\s+(?:for\s+(?:want|failure|lack)\s+of|pursuant\s+to|under)\b  # a court of
            (?![^;]*\(\s*judicial\s+officer\b)   # appeals' clerk's order: "APPEAL DISMISSED for want of prosecution"; not
                                                # Texas's disposition "Dismissed for Want of Prosecution (Judicial Officer: X)"
          | \boutcome\s*:\s*(?!(?:motion\s+|matter\s+|pleading\s+)?(?:withdrawn|continued|adjourned|submitted|off\s+calendar)\b|(?:consent\s+)?order\s+to\s+be\s+submitted)\w""",
    ),
    # Counsel appointed for a party, in a minute or a register: "Public Defender Appointed", "CJA Counsel Appointed",
    # "OIDS APPOINTED", "Legal Aid Society appointed" (the court's order; an appointment is no appearance by itself);
    # not the clerk's record of one ordered in another entry ("Attorney update ... Date attorney was appointed CJA",
    # an "Appeal Remark")
    _rule(
        "order.counsel-appointed",
        "order",
        r"""\b(?:(?:cja|conflict|standby|substitute)\s+)?(?:counsel|attorney|pd|public\s+defender|federal\s+(?:public\s+)?defender|cja
              |oids|legal\s+aid(?:\s+society)?|fpd)\s+(?:is\s+|was\s+|hereby\s+)?appointed\b
          | \battorney\s+(?:(?!(?:to|be|will|shall|not|has|have|been|being|was|is|no|update)\b)[\w.'’-]+\s+){1,4}?appointed\b   # a register's
                                                                      # "ATTY WESLEY HARGROVE APPOINTED."
        """,
        ignore=r"^\W*(?:attorney\s+update|appeal\s+remark)\b.*",
    ),
    # An Ohio court's journal entry, its order: "ENTRY - NOLLE PROSEQUI AS TO COUNT 3 UPON STATE'S MOTION"
    _rule("order.journal-entry", "order", r"^(?:journal\s+)?entry\s*[-—–]\s*\w|^agreed\s+journal\s+entry\s+of\s+dismissal\b"),
    # Los Angeles's hearing results that record a ruling other than on a motion: "Order to Show Cause Re: Dismissal
    # (Settlement) - Held - Case Dismissed" (an update's "Result Type to Held - Case Dismissed"), the older "(Dismissal -
    # Delay in Prosecution )", "Case Management Conference - Held - Trial Date Set", "Trial Setting Conference (Trial
    # Date Set )" (not a notice that a "Trial date set for" a day)
    _rule(
        "order.hearing-result",
        "order",
        rf"""(?:\s[-–]\s*|\bresult\s+type\s+to\s+){_HELD_CASE_DISMISSED}|{_OSC_DISMISSAL_OUTCOME}
          | (?:\s[-–]\s*|\(\s*)trial\s+date\s+set\b(?!\s+for\b)""",
    ),
    # A judge's minute that dismisses, as Cook County and Oklahoma write it: "CTFREE: JUDGE X: CASE CALLED. PLAINTIFF
    # FAILS TO APPEAR. ... CASE DISMISSED WITHOUT PREJUDICE FOR FAILURE TO PROSECUTE."
    _rule(
        "order.judges-minute-dismisses",
        "order",
        rf"{_JUDGES_MINUTE}[^;]*?\b(?:case|action|complaint|petition|cause)\s+(?:is\s+)?dismissed\b",
    ),
    # A court of appeals' clerk dismissing an appeal by order (11th Cir. R. 42-1, 42-2: "Clerk's Entry of Dismissal:
    # Appellant failed to file brief ...", "Clerk's Entry of Dismissal for Failure to Pay Docketing Fee"), and a
    # disposition "by Order" ("Dismissed - Failure to Pay Filing Fee - Disposition by Order"); not a district clerk's
    # entry approving the parties' stipulation (that is the dismissal)
    _rule(
        "order.by-the-clerk-or-disposed-by-order",
        "order",
        r"^clerk['’]?s\s+entry\s+of\s+dismissal\b(?=\s*(?::|for\b|$))|\bdisposition\s+by\s+order\b",
    ),
    # -- judgment ---------------------------------------------------------
    _rule(
        "judgment.disposition-for-plaintiff",
        "judgment",
        r"\bdisposition\b[^;—]{0,60}?\bgranting\b[^;]{0,30}?\bcomplaint\b",
    ),
    _rule(
        "judgment.with-an-order",
        "judgment",
        r"""^(?:(?:stipulated|agreed|consent|final|amended|(?:un)?published|reported|summary)\s+)*(?:memorandum\s+)?(?:order|opinion)\s+
            (?:of|and)\s+(?:final\s+)?judgment\b
          | \bjudgment\s+(?:is|was|has\s+been)\s+(?:hereby\s+)?entered\b
          | ^judgment\s+entry\b(?:\W+(?:(?:final|default|consent|agreed)\s+)?judgment\b|[^;]*?\bjudgment\s+(?:is\s+)?(?:entered\s+)?(?:for|in\s+favor\s+of)\s+(?:the\s+)?(?:plaintiff|defendant|petitioner|respondent)s?\b)
          | ^final\s+judgment\s+entry\b                               # Ohio: a judgment entry that ends the case
          | ;\s*(?:stip(?:ulated)?|final|default|consent)\s+judgment\b(?!\s+(?:set\s+aside|vacated))
            (?![^;]{0,40}?\bto\s+be\s+(?:submitted|filed|lodged|entered)\b)   # not one still to come
          | \bjudgment\s+date\s*:
          | \bfiled\s+and\s+entered\s+judgment\b
          | \border,\s+judgment,?\s+and\s+decree\b
          | \bgrant(?:s|ed|ing)\s+(?:in\s+part\s+(?:and\s+den(?:ies|ied|ying)\s+in\s+part\s+)?)?(?:motion\s+case\s+motion\s+\#?\s*\d+\s*:\s*)?
            (?:\d+\s+)?(?:[\w'’-]+\s+){0,3}?
            (?:motions?|applications?|requests?)\s+(?:to\s+enter\s+|for\s+(?:the\s+)?(?:entry\s+of\s+)?)
            (?:an?\s+|the\s+)?(?:consent\s+decree|(?:consent|default|final|separate\s+(?:and\s+)?final)\s+(?:final\s+)?judgment)\b   # "Default
                                                                      # Final Judgment", "Separate and Final Judgment under Rule 54(b)",
                                                                      # Alaska's "Order Granting Motion Case Motion #2: Motion for Default Judgment"
          | ^granting\s+(?:\d+\s+)?(?:consent\s+decree|(?:consent|default|final)\s+(?:final\s+)?judgment)\b   # CourtListener:
                                                                      # "Granting 40 Default Judgment (Plaintiff's Motion)"
          | \bgrant(?:s|ed|ing)\s+(?:\d+\s+)?(?:[\w'’-]+\s+){0,3}?(?:motions?|applications?|requests?)\s+
            (?:to\s+enter|for\s+(?:the\s+)?entry\s+of)\s+(?:an?\s+|the\s+)?judgment\b   # "granting 18 Unopposed Motion for
                                                                      # Entry of Judgment with Remand"
          | ^so\s+ordered\b[^;]{0,40}?\bstipulation\b[^;]{0,60}?\bfor\s+(?:the\s+)?entry\s+of\s+(?:an?\s+)?
            (?:(?:final|consent|stipulated)\s+)?judgment\b   # S.D.N.Y.: "SO ORDERED, re 201 STIPULATION AND [PROPOSED] ORDER
                                                             # for Entry of Final Judgment"
          | (?:[;:.]\s*|\s[-–]\s*|\bresult\s*:\s*)judgment\s+(?:is\s+)?(?:entered\s+)?(?:for|in\s+favor\s+of)\s+(?:the\s+)?
            (?:plaintiffs?|defendants?|petitioners?|respondents?)\b        # Nebraska: "motion sustained; judgment for plaintiff"
          | \b(?:result|disposition)\s*:\s*(?:default|agreed|final|summary)\s+judgment\b(?!\s+(?:set\s+aside|vacated|satisfied|denied))  # Texas:
                                                                      # "Trial Before Court ... Result: Default Judgment Rendered"
          | \b(?:agreed|consent|stipulated)\s+judgment\s+(?:is\s+|was\s+)?entered\b   # Oklahoma: "AGREED JUDGMENT ENTERED"
          | \bheld\s*-\s*(?:(?:default|final|summary)\s+)?judgment\s+rendered\b   # Los Angeles: "Result Type to Held - Judgment
                                                                      # Rendered"
          | \bjudgment\s+enters\s+(?:for|in\s+favor\s+of|against)\b             # Colorado: "Judgment enters in favor of plaintiff"
          | ^order\b[^.;]{0,80}?\s[-—–]\s*default\s+judgment\s+granted\b        # "Order Adopting Report and Recommendations -
                                                                      # Default Judgment Granted"
          | \bthis\s+judgment\s+is\s+final\b                           # Texas: "... THIS JUDGMENT IS FINAL AND APPEALABLE"
          | ^final\s+summary\s+judgment\b                               # Texas: "FINAL SUMMARY JUDGMENT SIGNED"
          | ^disposed\s*\(\s*judicial\s+officer\b[^()]*\)\s*(?:default|agreed|final|summary)\s+judgment\b   # Odyssey
          | \bmotion\s+for\s+(?:the\s+)?(?:entry\s+of\s+)?(?:a\s+)?(?:default|consent|final)\s+judgment\b[^.;]{0,40}?
            \b(?:is|was)\s+granted\b                                    # "plaintiff's motion for default judgment [22] is
                                                                      # granted"
          | \band\s+final\s+judgment\s*$                                 # Texas: "ORDER GRANTING ... MOTION FOR SUMMARY JUDGMENT AND FINAL JUDGMENT"
          | \band\s+decision\s+entered\b                               # the Tax Court: "ORDER OF DISMISSAL ... AND DECISION ENTERED"
""",
    ),
    # Oregon's (Odyssey) criminal dispositions and sentences (not a federal minute entry's "Sentence Imposed"):
    # "Disposition (Judicial Officer: ...) 1. DWS/Misdemeanor Convicted", "... Bail Forfeiture", "Sentence (Judicial
    # Officer: Gernant, David) 1. ... Converted Disposition: Fine"
    _rule(
        "judgment.criminal-disposition",
        "judgment",
        r"""^(?:charge\s+)?disposition\b[^;]*?\b(?:convicted|guilty|bail\s+forfeiture|deferred\s+adjudication)\b
          | \bfinal\s+disposition\s*:\s*(?:guilty|convicted)\b           # North Carolina: "... Final Disposition: Guilty"
          | ^sentence\b[^;()]{0,60}?\(\s*judicial\s+officer\b          # "Sentence Vol./Book 575, Page 153 (Judicial ..."
          | (?:^|;\s*)[^.;]{0,150}?\bsentence(?:/penalty)?\s+imposed\b   # Philadelphia, Vermont: "... SENTENCE IMPOSED"
          | ^sentence\s+on\s+(?:dispute|count)s?\b                     # Vermont: "Sentence on dispute 1: to serve ..."
          | ^sentence\s+this\s+action\s+initiated\s+by\b               # Nebraska: "Sentence This action initiated by Judge X"
          | ^migrated\s+sentence$""",
        ignore=_FEDERAL_MINUTE,
    ),
    # A sentence pronounced, on a state court's docket or in the news: "DEFENDANT SENTENCED TO 18 MONTHS", "Sentence:
    # 3 Years DOC", Virginia's "Result: Sentenced", "JUDGMENT AND SENTENCE", Florida's "ADJUDICATION WITHHELD", "X
    # sentenced to 25 years in prison"; not one told of the past ("was sentenced to"), nor a federal minute entry of
    # the sentencing hearing (its judgment is an entry of its own)
    _rule(
        "judgment.sentence-pronounced",
        "judgment",
        r"""\b(?<!was\s)(?<!been\s)(?<!\bbe\s)(?:re)?sentenced\s+to\b
          | \b(?:re)?sentences\s+(?:[\w'’.-]+\s+){1,4}?to\b                  # "Judge sentences Trump to ..."
          | (?:^|[.;]\s*|\s-\s)(?:re)?sentenc(?:e|ed|ing)\s*:\s*(?!\d{1,2}[/-]\d)\w   # "Sentence: 3 Years", "SENTENCED: JAIL
                                                                      # 93 DAYS", not a date
          | ^sentenced\s+on\s+(?:charge|count)s?\b                    # "Sentenced on Charge 1: Probation 2 Years"
          | ^(?:the\s+)?defendants?\s+sentenced\b(?!\s+(?:in\s+absentia\s+)?(?:on|at)\s+\d)   # a register's event: "Defendant Sentenced
                                                                      # <offense>; Sentence Type Confinement"
          | \bsentence\s+time\s*:\s*\d
          | \bresult\s*:\s*sentenced\b
          | \bjudgment\s+and\s+sentence\b(?!\s+(?:(?:is|are|was|were)\s+)?(?:affirmed|reversed|vacated|modified))
          | \b(?:journal|judgment)\s+entry\s+of\s+sentence\b
          | \badjudication\s+(?:of\s+guilt\s+)?withheld\b
          | ^sentence\s+stayed\b                                        # Minnesota: "Sentence Stayed - Count 1: 90 days ..."
          | \bsuspended\s+imposition\s+of\s+sentence\b                     # Missouri's SIS: probation, no sentence entered
          | ^sentence\s+pronounced\b                                   # Iowa: "Sentence pronounced Court official: ..."
          | (?:^|[.;:]\s*|\s-\s)fined?\s+\$\s?\d                        # Ohio: "FOUND GUILTY. FINE $100 + COSTS."
          | (?:^|;\s*)judgment\s*:\s*(?!none\b|n/?a\b)[a-z]               # North Carolina: "Verdict: Guilty; Judgment: Active
                                                                      # Punishment ...", as a label""",
        ignore=_FEDERAL_MINUTE,
    ),
    _rule(
        "judgment.named",
        "judgment",
        rf"""{_OPENING}(?:(?:amended|final|default|consent|stipulated|agreed|partial|clerk['’]?s)\s*-?\s*
                       |mandate\s*/\s*|(?:clerk['’]?s\s+)?entry\s+of\s+(?:default\s+|final\s+|civil\s+)?(?=judgment)
                       |enter\s+(?=judgment\s+on\b))*                             # older dockets: "ENTER JUDGMENT ON JURY VERDICT"
             judgments?\b(?!\s+(?:of\s+sentence\s+)?(?:returned|vacated|reversed|affirmed|satisfied|set\s+aside|debtor|creditor|entry
                                                      |hearing|prove-?up)\b)
           # a judgment entered for a sum in a register's line: "Order-Garnishee Liability ...; judgment against garnishee
           # Bluestem Roofing LLC $1,977.63"
           | \bjudgment\s+(?:is\s+)?(?:entered\s+)?against\s+(?:the\s+)?(?:garnishee\s+)?[^.;]{{1,60}}?\$\s?\d""",
    ),
    # -- hearing: set, held, moved or cancelled ---------------------------
    _rule(
        "hearing.scheduled",
        "hearing",
        # one alternative per way of naming the hearing first, so that the long list of names is tried once per word
        rf"""\b{_HEARING_NAME}\b
             (?:(?:[^.;]|(?<=\b[a-z])\.){{0,60}}?\b{_SCHEDULING}\b       # "Status Conference set for", "teleconference
                                                                      # requested by the parties (D.I. 77) is SET for"
              | \s+for\s+{_DATE}                                       # "Pretrial Conf for 10/13/00"
              | [^.;]{{0,100}}?\b(?:(?:shall|will|is|are)\s+(?:be\s+)?   # "hearing ... is continued until August 21"
                                   (?:held|continued|reset|rescheduled|happen|take\s+place|commence|begin)\s+(?:on|to|until|for)\b
                                 | scheduled\s+for\s+{_DATE}))
           | \b{_SCHEDULING}(?:[\s/,]+[\w&-]+){{0,5}}?[\s/,]+{_HEARING_NAME}\b
           | (?:^|\s-\s)(?:[\w/-]+\s+){{0,4}}?{_HEARING_NAME}\s\d{{1,2}}[/-]\d{{1,2}}[/-]\d{{2,4}}\b   # "FILING - OTHER FIRST APPEARANCE
                                                           # 01/29/2018", Cook County's "... - Next Case Management 02/07/2023"
           | \bready\s+for\s+(?:[\w-]+\s+){{0,2}}?{_HEARING_NAME}\s+(?:on|the\s+week\s+of)\b
           | \b(?:will|shall)\s+(?:conduct|hold)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_HEARING_NAME}\s+on\s+{_DATE}
           | \bthere\s+(?:shall|will)\s+be\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?{_HEARING_NAME}\b
           | \bsets?\s+(?:an?\s+|the\s+)?(?:new\s+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{{4}}\s+)?)?
             {_HEARING_NAME}\s+date\b   # news: "Judge sets March trial date for ..."
        """,
        ignore=_HEARING_MENTIONED,
    ),
    _rule(
        "hearing.notice-or-order-for",
        "hearing",
        rf"""\b(?:notice|confirmation)\s+(?:of|setting)\s+(?:[\w-]+\s+){{0,2}}?{_HEARING_NAME}\b
           | \border\s+for\s+(?:[\w-]+\s+){{0,3}}?{_HEARING_NAME}\b
           | \bnotice\s+of\s+(?:[\w,&-]+\s+){{0,4}}?meeting\s+of\s+creditors\b
           | ^scheduling\s+order\b[^.]{{0,80}}?\b{_HEARING_NAME}\b
           | ^(?:order\s*[-—]\s*)?scheduling\s+order\s+{_DATE}
           | ^order\s+to\s+appear\s+(?:on\s+)?{_DATE}
           | ^order\s+to\s+show\s+cause\b[^;]{{0,300}}?\breturnable\s+(?:on\s+)?{_DATE}   # New York, New Jersey: the date it is heard
           | \bnotice\s+of\s+(?:(?:[\w-]+\s+){{0,2}}?[\w-]+,\s+){{1,5}}(?:[\w-]+\s+){{0,2}}?(?:and\s+)?(?:[\w-]+\s+)?{_HEARING_NAME}\b
           | ^minute\s+order\s*(?:\(\s*){{1,2}}(?:[\w'’-]+\s+){{0,3}}?{_HEARING_NAME}   # "Minute Order ( (Hearing on ...))"
           | \b(?:will|shall)\s+(?:appear|participate)\s+(?:for|in|at)\s+(?:[\w"-]+\s+){{0,4}}?{_HEARING_NAME}\b
           | \bterminate\s+(?:deadlines\s+and\s+)?hearings\b
           | ^(?:\W*\w+\W+)?notice\s+of\s+motion\b.*?\b(?:with|to\s+set)\s+hearing\b""",
        ignore=_HEARING_MENTIONED,
    ),
    _rule(
        "hearing.notice-with-hearing-date",
        "hearing",
        r"^notice\s+of\s+settlement\b.*\bwith\s+hearing\s+to\s+be\s+held\b",
    ),
    # A state court's calendar, as its docket names it: Cook County's "CASE SET ON CASE MANAGEMENT CALL (DATE)",
    # "MOTION SCHEDULED", an event named for its hearing ("298 PETITION HEARING - PLAINTIFF/PETITIONER"), a matter
    # called and continued ("RECEIPT AND APPROVAL OF FINAL REPORT - CONTINUED"), Oklahoma's minutes of who came
    # to court ("DEFENDANT PRESENT, IN CUSTODY ...", "THE DEFENDANT APPEARS IN PERSON WITH ATTORNEY ..."), and the
    # calendar lines of Utah's and Philadelphia's registers.
    _rule(
        "hearing.state-calendar",
        "hearing",
        rf"""^case\s+set\s+(?:on|for)\b
          | {_PUT_OFF}
          | ^(?!(?:[\w'’-]+\s+){{0,3}}?(?:waiver|motions?|request|application|notice|transcript|stipulation|to|of|for)\b)
             (?:[\w'’-]+\s+){{0,3}}?hearing\s*(?:[-—]|$)
          | ^(?:the\s+)?(?:defendant|deft|dft)\s+(?:\w+\s+){{0,2}}?(?:appears|present)\b
          | ^(?:[\w/&'’-]+\s+){{1,6}}?scheduled\s+(?:on\s+)?{_DATE}[^.;]{{0,40}}?\d{{1,2}}:\d\d   # Utah: "PHASE 2 REVIEW scheduled on ... at 02:00 PM"
          | ^notice\b[\s-]*(?:notice\s+)?for\s+case\b[^;]{{0,80}}?\bdate:\s*\d               # Utah: "NOTICE for Case ... ARRAIGNMENT. Date: 08/28/2014"
          | \bnext\s+action:\s*(?:[\w-]+\s+){{0,2}}?{_HEARING_NAME}\b   # Philadelphia: "NEXT ACTION: TRIAL DATE: 02/28/17"
          | \b(?:dismissal\s+docket|dwp\s+call|dismissal\s+for\s+want\s+of\s+prosecution\s+call)\b   # Texas's and Cook County's
                                                                      # calendars of cases to be dismissed
          """,
    ),
    # An order to appear in court on a date at a time: "Plaintiff Must PERSONALLY APPEAR on Friday, August 21, 2009 at
    # 09:30 AM in Courtroom 7" (to show cause, for a hearing the order does not name).
    _rule(
        "hearing.ordered-to-appear",
        "hearing",
        rf"""\b(?:appear|be\s+present)\s+(?:in\s+person\s+)?(?:before\s+[^.;]{{1,60}}?\s+)?on\s+(?:\w+day,?\s+)?{_DATE}[^.;]{{0,40}}?
             \bat\s+\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\b""",
        ignore=_HEARING_MENTIONED,
    ),
    # A scheduling order's list of settings: "... Pretrial conference on 1:00 2/7/97; Jury Trial on 9:00 2/24/97"
    _rule(
        "hearing.scheduling-order-settings",
        "hearing",
        rf"^[^;]*?\bscheduling\s+order\b.*?\b{_HEARING_NAME}\s+(?:on|at)\s+(?:\d{{1,2}}:\d\d\s*(?:[ap]\.?m\.?\s*)?)?{_DATE}",
    ),
    # Oklahoma's setting of a criminal case for its disposition docket: "DISPOSITION IS SET FOR 3-9-2023 AT 8AM",
    # "DISPOSITION CONTINUED BY AGREEMENT TO 5-11-2023"
    _rule(
        "hearing.disposition-docket-set",
        "hearing",
        rf"\bdisposition\s+(?:is\s+)?(?:set|reset|continued|cont|passed)\s+(?:by\s+agreement\s+)?(?:for|to)\s+{_DATE}",
    ),
    _rule(
        "hearing.minutes",
        "hearing",
        r"""(?<!\bof\s)(?<!\ball\s)\bproceedings\s+held\b
          | ^(?:(?:text|virtual|civil|criminal|petty\s+offense|court)\s+)?(?:minute\s+entry|minutes|clerk['’]s\s+notes)\b(?!\W*(?:of\s+)?\(?in\s+chambers\b)
            (?!.*\bcourt\s+reporter:\s*not\s+present)
          | ^(?:the\s+)?(?:defendants?\s+)?(?:was\s+|were\s+)?arraigned\b   # a state register: "ARRAIGNED ON INDICTMENT - PLEA ..."
          | ^minute\s+order\s+of\s+\d{1,2}/\d{1,2}/\d{2,4}\s+by\s+(?:the\s+)?(?:hon|judge|magistrate)\b  # N.D. Ill. before 2001
          | ^minute\s+order\s*[-–:]\s*(?:hearing|trial|conference)\b          # "Minute Order - Hearing on Motion to Compel ..."
          | ^(?:[\w'’/-]+\s+){0,3}?(?:hearing|conference|trial|appearance|arraignment|calendar|call)\s+minutes\b   # Wisconsin's
                                                                      # events: "Bail/bond hearing Minutes", "Jury trial Minutes"
          | \bmotions?\b[^.;]{0,60}?(?<!\bbe\s)\bheard\b(?!\s+(?:on|by)\b)     # "MARSDEN MOTION HEARD IN CAMERA AND DENIED"
          """,
    ),
    # California's result of an order to show cause: "(OSC discharged )", "OSC - No Return of Service; OSC Discharged"
    _rule("hearing.osc-discharged", "hearing", r"(?:^|[(;-])\s*(?:osc|order\s+to\s+show\s+cause)\s+discharged\b"),
    # The Second Circuit's (ACMS) record of an argument: "CASE, before DLC, SMR, BVT, C.JJ., HEARD."
    _rule("hearing.case-heard", "hearing", r"^case,?\s+before\s+[^;]{1,80}?\bheard\b"),
    _rule(
        "hearing.moved-on-motion",
        "hearing",
        rf"""\b(?:motion|stipulation|request|application)s?\s+to\s+(?:continue|reschedule|adjourn|postpone|reset)\s+
               (?:the\s+)?(?:[\w/-]+\s+){{0,2}}?{_HEARING_NAME}\b.*\b(?:granted|allowed)\b
           | \bgrant(?:s|ed|ing)\s+{_CASE_MOTION}(?:\d+\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:motion|stipulation|request|application)s?\s+to\s+
               (?:continue|reschedule|adjourn|postpone|reset)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_HEARING_NAME}\b
           | \bgrant(?:s|ed|ing)\s+(?:\d+\s+)?(?:[\w'’-]+\s+){{0,4}}?motions?\s+(?:to\s+continue|for\s+(?:a\s+)?continuance)
               (?:\s*-\s*{_ENDS_OF_JUSTICE}(?:\s+for\s+(?:jury\s+)?trial)?)?   # "... Continue-Ends of Justice"
               (?:\s+as\s+to\s+[^.;()]+\(\d+\))?\s*(?:[.;]|$)   # a criminal docket's "as to John Doe (1)" 
           | ^(?:order\s*:\s*)?(?:[\w'’/-]+\s+){{0,3}}?motion\s+(?:to\s+continue|for\s+(?:a\s+)?continuance)\b[^.;]{{0,60}}?[-–]\s*granted\b   # a
                                                                      # register's "Order: Motion to Continue - Granted"
           | ^motion\s+granted(?:/sustained)?\s+(?:[\w'’-]+\s+){{0,3}}?motion\s+(?:to\s+continue|for\s+(?:a\s+)?continuance)\b   # Missouri:
                                                                      # "Motion Granted/Sustained Defendant's Motion for Continuance"
           | ^(?:[\w'’]+\s+)?order\s+continuing\s+(?:the\s+)?case\b
           | ^(?:consent\s+|agreed\s+)?order\s+for\s+(?:a\s+)?continuance\b(?![^;]*\bdenied\b)   # D.N.J.: "CONSENT ORDER FOR CONTINUANCE as to X"
           | ^stipulation\b[^;]{{0,40}}?\bmemo\s*:\s*to\s+(?:continue|reschedule|reset)\s+(?:the\s+)?(?:[\w/-]+\s+){{0,2}}?{_HEARING_NAME}\b   # Los
                                                                      # Angeles: "Stipulation - No Order - Memo: TO CONTINUE TRIAL"
           | ^order\W+continuance\b[^;]{{0,120}}?\bto\s+(?:\w+day,?\s+)?{_DATE}   # Nebraska: "Order-Continuance ... to Feb. 17, 2017"
           | ^order\s+on\s+(?:mtn|motion)\s+(?:to\s+)?continue\b[^.;]*?{_DATE}
           | \bcontinu(?:e|ance)\s+in\s+(?:the\s+)?{_ENDS_OF_JUSTICE}\b
           | ^(?:[\w'’]+\s+){{0,2}}?stipulation(?:\s+(?:and|with)\s+(?:\[?proposed\]?\s+)?order)?\s+(?:to|for)\s+
               (?:continue|reschedule|adjourn|postpone|reset)(?:\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_HEARING_NAME}\b|\s*$)
           | \bsubmitted\s+(?:to\s+(?:the\s+)?panel\s+|on\s+the\s+briefs(?:\s+and\s+record)?\s+)?without\s+oral\s+argument\s+
             (?:to\s+[^;]{{1,120}}?\s+)?on\s+{_DATE}                  # "... without oral argument to X, Y and Z on June 14, 2022"
           | \bsubmitted\s+(?:pursuant\s+to\s+[^;]{{1,60}}?|on\s+the\s+briefs(?:\s+and\s+record)?)\s+on\s+   # the Third Circuit's
             (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?{_DATE}                   # "CASE SUBMITTED pursuant to LAR 34.1(a) on <date>"
        """,
    ),
    _rule("hearing.calendar-event", "hearing", _CALENDAR),
    Rule("hearing.notice-issued", "hearing", HEARING_NOTICE_ISSUED),
    # California's order to show cause set for a day: "OSC re: Dismissal (Settlement) scheduled for 08/14/2020 at
    # 08:30:00 AM", "OSC RE: DISMISSAL FOR FAILURE TO PROSECUTE SET FOR 07/22/2015 AT 8:30 IN DEPT 6"
    _rule(
        "hearing.osc-set",
        "hearing",
        rf"^(?:osc|order\s+to\s+show\s+cause)\s+re\b[^;]{{0,100}}?\b(?:scheduled|set)\s+(?:for|on)\s+{_DATE}",
    ),
    _rule("hearing.moved-by-the-court", "hearing", _MOVED_BY_THE_COURT),
    _rule(
        "hearing.event-name",
        "hearing",
        # also with Los Angeles's result after it: "Non-Jury Trial (Case Dismissed ... )", "Ex-Parte Proceedings (...)"
        # and the older Los Angeles rows that print the result first: "Case Deemed Settled - Status Conference",
        # "Demurrer overruled - Hearing on Demurrer"
        rf"""^{_HEARING_NAME_WORD}{{0,3}}(?:(?:hearing|trial|conference)s?|proceedings)(?:\s*-\s*\w+)?(?:\s*\([^()]*\))?$
          | \s-\s{_HEARING_NAME_WORD}{{0,3}}(?:hearing\s+on\s+(?:[\w/'’-]+\s+){{0,3}}?[\w/'’-]+|(?:hearing|trial|conference)s?)$""",
    ),
    # An arraignment or re-arraignment event is the hearing held ("Rearraignment - Guilty Plea Entered as to Count 1")
    _rule("hearing.arraignment", "hearing", r"^(?:(?:formal|initial)\s+)?(?:re-?)?arraignments?\b"),
    # A case called on its setting ("CASE CALLED FOR TRIAL. DEFENDANT FAILED TO APPEAR."), the Second Circuit's "CASE
    # CALENDARING, for the week of 10/21/2024, SET." (its proposal, "..., PROPOSED.", sets nothing yet)
    _rule(
        "hearing.case-called-or-calendared",
        "hearing",
        rf"""^case\s+called\s+for\s+(?:jury\s+|bench\s+)?(?:trial|hearing|arraignment|sentencing)\b|^case\s+calendaring\b[^;]*\bset\b\W*$
          | {_JUDGES_MINUTE}\s*(?:case\s+called\b|(?:plaintiff|defendant|deft|pltf|parties|petitioner|respondent)s?\s+
              (?:appears?|appeared|present)\b)   # a judge's minute of the call: Cook County's "CTFREE: JUDGE X: CASE CALLED.
                                                 # PLAINTIFF FAILS TO APPEAR ...", "JUDGE X: PLAINTIFF APPEARS BY COUNSEL" """,
    ),
    # Ohio's pretrial setting ("PRETRIAL CONTINUED AT REQUEST OF DEFENSE TO 08/04/2016"), a sentencing date after a plea
    # or a verdict ("PLEA - GUILTY - COUNT 1; SENTENCING 06/10/2020"), a hearing a ruling orders for a date ("Mapp/Huntley
    # Hearing Ordered for 09/14/2021")
    _rule(
        "hearing.pretrial-sentencing-or-ordered-date",
        "hearing",
        rf"""^pre-?trial\s+(?:is\s+)?(?:continued|set|reset|scheduled|rescheduled)\b
          | (?:;\s*|\s-\s)sentencing\s+(?:set\s+(?:for\s+)?|scheduled\s+(?:for\s+)?)?\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b(?![^()]*\))
          | \b{_HEARING_NAME}\s+ordered\s+for\s+{_DATE}""",
    ),
    # New York: a motion's return date adjourned ("Motion returnable 3/20/00 re: motion to dismiss [7-1] adjourned to
    # 4/3/00"): its hearing moved, no motion filed
    _rule("hearing.motion-returnable", "hearing", r"^motions?\s+returnable\b[^;]*?\badjourned\s+to\b"),
    _rule(
        "hearing.agenda-or-date",
        "hearing",
        rf"""\bhearing\s+agenda\b
          | \bagenda\s+for\s+(?:[\w,]+\s+){{0,4}}?hearings?\b
          | (?<!deadline\s)(?<!deadlines\s)(?<!date\s)(?<!dates\s)(?<!is\s)(?<!are\s)
            \b(?:continued\s+(?:by\s+(?:agreement|court|stipulation|consent)\s+)?to|cont\.?\s+to|reset\s+to|advanced\s+to|
                (?:to|will|shall)\s+be\s+(?:heard|arraigned)(?:\s+on)?)\s+{_DATE}   # also "CASE CONTINUED BY AGREEMENT TO
                                                                      # 04/12/2023", "rent claim cont to 09/12/2017", "SHOW CAUSE RESET TO 05/07/2024"
          | \bissued\s+hearing(?:\s+requested\s+by\s+[\w\s]{{1,30}}?)?\s*:\s*\d{{1,2}}/\d{{1,2}}/\d{{2,4}}   # Indiana: "Order for Protection
                                                                      # Ex Parte Issued Hearing requested by Respondent: 02/09/2024 10:00 AM"
          | \bpresentment\s+of\s+(?:the\s+)?(?:\d+\s+)?motion\b[^;]*?\bon\s+{_DATE}
          | \bmotion\s+to\s+be\s+presented\s+(?:on\s+)?{_DATE}              # older N.D. Ill.: "NOTICE of motion ...; motion to be
                                                                      # presented on 2/19/98"
          | ^notice\s+of\s+motion\b[^;]*;\s*to\s+be\s+presented\s+before\s+[^;]{{1,60}}?\s+on\s+{_DATE}   # "...; to be presented
                                                                      # before Hon. Y on 11/4/96 at 10:00 a.m."
          | \b(?:presentment|submission)\s+date\s*(?:of\s+|:\s*|-\s*)?(?:\d{{1,2}}:\d\d\s+)?{_DATE}   # "Notice of Motion - Presentment Date
                                                                      # 8/14/2025", E.D. La.'s "Submission Date 10/15/2025"
          | (?<!\bby\s)\b(?:ordered|debtor|defendant)\s+(?:(?!(?:not|failed|fails)\b)[\w.'’-]+\s+){{0,4}}?to\s+appear\s+(?:on\s+)?{_DATE}   # Oklahoma:
                                                                      # "JUDGMENT DEBTOR ORDERED TO APPEAR 11/04/2024"; Nebraska: "Judgment
                                                                      # debtor to appear 10/14/2025", "Judgment debtor Lyle P Krauss to appear ..."
          | \bcase\s+management\s+call\s+{_DATE}                      # Cook County: "... - Case Reinstated - Case Management Call 06/14/2022"
          | \b(?:rule|order)\s+to\s+show\s+cause\b[^.]{{0,160}}?\breturnable\s+{_DATE}   # "ORDER to show cause why ...; returnable
                                                                      # 11/22/99 at 10:00 a.m.", "Rule To Show Cause Issued - Returnable 04/04/2016"
          | ^continuance\s*(?:-\s*(?:motion|court|by)\b|by\s+agreement\b)   # Cook County: "Continuance - Motion Defendant - <date>",
                                                                      # "Continuance By Agreement Of Parties - Allowed"
          | {_ODYSSEY_CONTINUANCE}
          | \b(?:(?:new|next)\s+(?:trial|court|hearing)|trial)\s+date\s*(?:[:-]\s*|is\s+|of\s+)?\d{{1,2}}[/-]\d  # Maryland's "New Trial
                                                                      # Date 10/15/2024", "Next Court Date 02/19/2025"
          | \bpre-?trial\s+(?:set|reset|scheduled)\s+(?:for|to)\s+{_DATE}      # Ohio: "PRETRIAL SET FOR 01/23/2025"
          | \b{_HEARING_NAME}\s+(?:on\s+)?\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\s+(?:at\s+)?\d{{1,2}}:\d\d   # "BOUND OVER FOR ARRAIGNMENT
                                                                      # 05/02/2025 AT 9:00 AM", Nebraska's "pretrial conference
                                                                      # 11/14/2016 10:30 AM": a hearing named with its day and time
          | \b(?:postpone[sd]?|reschedules|adjourns)\s+(?:[\w'’.-]+\s+){{0,5}}?{_HEARING_NAME}\b  # news: "Judge postpones
                                                                      # Trump's hush money sentencing"
""",
    ),
    # -- charge: a document that brings claims or charges -----------------
    _rule(
        "charge.named",
        "charge",
        rf"""{_OPENING}(?:(?:amended|first|second|third|superseding|criminal|received|unredacted|verified|sealed|consolidated|eviction|
                            third[\s-]+party|s\(?\d+\)?|adversary(?:\s+proceeding)?|class\s+action|grand\s+jury)\s+)*
             (?:complaints?|indictments?|informations?(?!\s+sheet)|counterclaims?|cross-?claims?)\b
           | ^adversary\s+case\b.*?\bcomplaints?\b
           | ^(?:traffic\s+)?citation\s*(?:$|comment\b)             # Oregon, Utah: the charging document (Texas's is a summons)
           # a citation that names the offence or the officer who wrote it, not a summons served: "Citation - Uniform
           # Traffic: Driving Uninsured Filed By: Portland Police Bureau"
           | ^(?:violation\s+|(?:uniform\s+)?traffic\s+)?citation\b
             (?![^;]*\b(?:issued|served|returned|unserved|discover|eviction|service)\b)
             [^;]{{0,120}}?\b(?:violations?|misdemeanou?r|infraction|class\s+[a-c]|mph|police|highway\s+patrol|trooper|
                           uniform\s+traffic)\b
           | ^accusatory\s+instrument\b
           | ^dispute\s+\d+\s+for\s+docket\s+no\b[^;]*?\bcount\s*\#\s*\d   # Vermont: "Dispute 1 for Docket No. ... Count #1, ..."
           | {_OPENING_PETITION}""",
    ),
    _rule(
        "charge.complaint-against",
        "charge",
        r"""^(?:[\w'’()/,-]+\s+){0,6}?complaint\s+(?:by\s+[^.;]{1,200}?\s+)?against\b
          | ^(?:breach\s+of\s+contract|eviction|forcible\s+entry(?:\s+and\s+detainer)?|small\s+claims?|contract|foreclosure
              |ejectment|debt\s+collection|personal\s+injury|property\s+damage)\s+complaint\s+filed\b   # Cook County's case types
          | ^small\s+claims?\s+complaint\b                              # Alaska: "Small Claims Complaint Filing Party: X"
          | ^small\s+claims?\s*[-–]\s*notice\s+of\s+claim\b             # Oregon: "Small Claim - Notice of Claim Filed By: X"
          | ^(?:[\w'’]+\s+){1,4}?case\s*[-–]\s*original\s+petition\b   # Texas justice courts: "Debt Claim Case - Original Petition
                                                                      # Filed (Rule 508)" """,
    ),
    _rule(
        "charge.with-counterclaim",
        "charge",
        # not in an order that lets one be filed: "ORDER granting 7 Motion to Intervene; clerk directed to file Tribe's
        # answer and counterclaim"
        _NOT_AN_ORDER + r"""(?:.*?(?<!\bclaims\s)(?:\b(?:and|with)\s+|\bw/\s*)(?:amended\s+)?(?:counterclaims?|cross-?claims?|cross-?complaints?)\b(?!-)
             | .*?\b(?:counterclaims?|cross-?claims?|cross-?complaints?)\s+against\b
             | (?!\W*answer\s+to\s+(?:\w+\s+)?counterclaim)\W*answer\b[^;]{0,120}?,\s*(?:and\s+)?(?:counterclaims?|cross-?claims?)\b
               (?!\s*(?:,|re\b|to\b)))   # "Answer to Adversary Complaint, Counterclaim for Breach of Contract"
        """,
    ),
    _rule(
        "charge.news-charged-or-sued",
        "charge",
        r"""\bcharged\s+with\b
          | \b(?:is|are|was|were|been|has|have)\s+indicted\b
          | \bindicts\b                                                   # "Grand jury indicts X"
          | \bindicted\s+(?:by|on|for|in)\b
          | \bfiled?\s+(?:a\s+)?(?:law)?suit\b
          | \bsue[sd]?\s+(?:[\w'’-]+\s+){0,2}?(?:over|for)\b""",
    ),
    # -- plea -------------------------------------------------------------
    _rule(
        "plea.plea",
        "plea",
        r"""(?<!common\s)(?<!pre-)\bpleas?\b
          | \b(?:plead(?:s|ed|ing)?|pled)\s+(?:not\s+)?guilty\b
          | \bre-?\s?arraignment\b
          | \bnot\s+guilty\s+(?:on|to)\s+all\b         # an arraignment's minute: "Not Guilty on All" (counts)
          | \brule\s+11\s+hearing\b                    # the change of plea hearing, by its rule""",
        ignore=_NOT_A_PLEA,
    ),
    # -- appearance: counsel entering the case ----------------------------
    _rule("appearance.substitute-named", "appearance", _SUBSTITUTE_NAMED),
    _rule(
        "appearance.counsel-enters",
        "appearance",
        r"""\bnotice\s+of\s+(?:(?:attorney(?:['’]s)?|limited|special|temporary|permanent|general|pro\s+se)\s+)?appearance\b
          | ^defense\s+attorney\s*:\s*\w     # Virginia: "Defense Attorney: Hampton, Rowena C. - Retained", "Defense Attorney:
                                            # Court Appointed Counsel - X"
          | \bnotice\s+of\s+assignment\s+of\s+(?:counsel|(?:assistant\s+)?(?:federal\s+)?public\s+defender)\b
          | ^(?:[\w'’]+\s+){0,2}?praecipe\b[^;]{0,40}?\bappearance\b
          | \bentering\s+the\s+appearance\s+of\b                        # "PRAECIPE by X entering the appearance of Y"
          | ^line\s+entering\s+(?:the\s+)?appearance\b                  # Maryland's praecipe form: "LINE entering appearance of X as counsel"
          | \bdesignation\s+of\s+(?:(?:[^.;]|(?<=\b[a-z])\.){1,60}?\s+as\s+local\s+counsel|attorney[\s-]+in[\s-]+charge\s*:[^;]{1,60}?\bfor)\b  # a
                                                                      # named lawyer (S.D. Tex.: "... attorney-in-charge: X for Y")
          | ^(?![^;]*\bwithdraw)[^;]*?\battorney\s*:\s*[^.;]{1,60}?\brepresenting\s*:   # Nevada: "Notice - Representation
                                                                      # Attorney: X Representing: Defendant"
          | ^attorney\s+update\b.*\badded\b
          | ^attorneys?\s+added\b                                    # older dockets: "ATTORNEY ADDED as to deft X: Y (CJA)"
          | \battorneys?\s+(?:[^.;]|(?<=\b[a-z])\.){1,60}?\s+added\s+(?:for|as)\b    # a clerk's note: "Attorney X added for Y"
          | \b(?:and|to)\s+enter\s+(?:the\s+)?appearance\s+of\b     # "Praecipe to Withdraw Appearance of X and (to) Enter
                                                                      # Appearance of Y", "PRAECIPE by X to enter the appearance of Y"
          | ^line\s+to\s+substitute\s+counsel\s*:\s*[^;]{1,60}?\bsubstituted\s+for\b   # Maryland: "Line to Substitute Counsel: X substituted for Y"
          | \bsubstituted\s+for\s+(?:[^.;]|(?<=\b[a-z])\.){1,60}?\s+as\s+counsel\s+for\b   # "Line to Substitute Counsel: X substituted for Y as counsel
                                                                      # for Debtor Z"
          | ^designation\s+and\s+appearance\s+of\s+counsel\b          # C.D. Cal.'s criminal form: "DESIGNATION AND APPEARANCE OF COUNSEL"
          | \battorney\s+(?:[^.;]|(?<=\b[a-z])\.){1,60}?\s+enters\s+(?:an?\s+)?appearance\s+for\b   # a minute: "ATTORNEY X ENTERS APPEARANCE FOR
                                                                      # DEFENDANT IN OPEN COURT"
          | ^(?:notice\s+of\s+)?appearance\s+and\s+requests?\s+for\s+(?:notices?|service)\b   # "Appearance and Request for Notices
                                                                      # Filed by X on behalf of Creditor Y"
          | \bsubstituted\s+as\s+counsel\s+for\b                      # "...; Assistant Attorney General Y substituted as
                                                                      # counsel for Respondents"
          | \battorney\s+of\s+record\b[^;]{0,40}?\bchanged\s+from\b[^;]{1,60}?\bto\b   # Washington: "ATTORNEY OF RECORD FOR
                                                                      # PLAINTIFF CHANGED FROM X TO Y PER NOTICE OF SUBSTITUTION"
          | (?<!withdrawing\s)(?<!withdraw\s)(?<!withdrawal\sof\s)(?<!hac\svice\s)\bappearances?\s+of\s+(?:counsel|attorneys?)\b
                                                                      # not D. Del.'s "MOTION for Pro Hac Vice Appearance of
                                                                      # Attorney X" named in its "SO ORDERED, re" (no grant)
          | \bentry\s+of\s+(?:attorney\s+)?appearance\b
          | ^attorney\s+[^;]{1,60}?\badded\s+to\s+(?:the\s+)?case\b         # "Attorney X added to case (X, X)"
          | ^filed\s+appearance\s+form\b                              # the Seventh Circuit's "Filed Appearance form and ..."
          | \bco-?counsel\b[^;]{1,80}?\bassociated\s+with\b              # "Co-Counsel X Associated with Lead Counsel Y"
          | ^(?:(?:18-?)?b\s+|assistant\s+district\s+)?attorney\s+assigned\s*:   # Vermont: "Attorney assigned: X."; New York: "18-B
                                                                      # Attorney Assigned: X", "Assistant District Attorney Assigned: Y"
          | ^attorney\s+information\b[^;]*?\brepresenting\b[^;]*?\bas\s+of\b   # Alaska: "... representing Defendant X as of <date>"
          | \bsubstitution(?:\s+of|:)?\s+(?:attorneys?|counsel|ausa)\b
          | \b(?:attorney|counsel)\s+substitution\b
          | \border\s+substituting\s+(?:[^;]{1,80}?\s+as\s+)?(?:attorneys?|counsel)\b   # D.N.J.: "Consent Order Substituting
                                                                      # Attorney", "... substituting X as attorneys for Y"
          | \bappearance\(s\)\s+of\s+[^;]{1,80}?\s+as\s+attorney        # older N.D. Ill.: "Appearance(s) of X as attorney(s) for"
          | ^(?:temporary|limited|special)\s+appearance\s+(?:by|of)\s+(?:attorney|counsel)\b
          | \bentering\s+(?:(?:his|her|their|an?)\s+)?appearance\s+(?:as\s+(?:co-?)?counsel\s+)?for\b   # D. Md.: "LINE by X
                                                                      # entering appearance as counsel for dft Y"
          | \b(?:attorney|counsel)\s+(?:[^.;]|(?<=\b[a-z])\.){1,60}?\s+replacing\s+(?:attorney|counsel)\b   # D. Vt.: "Attorney X
                                                                      # replacing Attorney Y"
          | ^notice\s+of\s+[^.;]{0,60}?\bsubstitute\s+(?:attorney|counsel)\b   # "NOTICE of Withdraw as Attorney and Substitute Counsel"
          | \bnotice\s+of\s+(?:association\s+of\s+(?:(?:co-?)?counsel|attorney)|limited\s+scope\s+representation)\b
          | ^notice\s*[-–:]\s*limited\s+scope\s+representation\b          # Oregon: "Notice - Limited Scope Representation UTCR 5.170"
          | ^(?!.*\b(?:bond|initial)\b)[^;]{0,60}?\bappearance\s+entered\b   # Maryland: "Office of the Public Defender
                                                                      # Appearance Entered"
          | \bappearance\s+form\s+for\s+(?:attorney|counsel)\b          # Seventh Circuit: "Filed Appearance form for Attorney X"
          | \bappearance\s+form\s+of\s+[^;]{1,60}?\s+as\s+(?:[\w-]+\s+)?counsel\b   # older N.D. Ill.: "NOTICE of filing of
                                                                      # appearance form of X as additional counsel for plaintiffs"
          | ^pro\s+se\s+appearance\b                                  # "PRO SE APPEARANCE of plaintiff X"
          | ^(?:retained|appointed|cja|private)\s+counsel\b[^;]{1,60}?\bappearance\s+for\b   # "RETAINED COUNSEL X appearance for
                                                                      # defendant Y"
          | ^notice\s*[-–]\s*(?:attorney\s+)?appearance\b              # Oregon: "Notice - Attorney Appearance Attorney X appearing"
          | \battorney\s+(?!fees?\b)(?:[^.;]|(?<=\b[a-z])\.){1,60}?\s+for\s+(?:[^.;]|(?<=\b[a-z])\.|(?:(?<=\binc)|(?<=\bco)|(?<=\bcorp)|(?<=\bltd))\.){1,80}?\s+added\b
            (?!\s+to\s+party)
                                                                      # C.D. Cal.: "... granting. Attorney X for Y added."
          | ^attorney\s+for\s+(?:the\s+)?(?:plaintiff|defendant|petitioner|respondent)s?\b[^;]{1,80}?\badded\b   # Utah: "Attorney
                                                                      # for Defendant X Added"
          | \battorney\s+appearance\s+(?:for\s+[^:;()]{1,60}?\s+)?by\b       # S.D. Fla.: "TEMPORARY Attorney Appearance by X",
                                                                      # "... Attorney Appearance for <defendant> by X"; not
                                                                      # E.D. Mo.'s minutes: "(Attorney Appearance for USA: X)"
          | \badding\s+[^;]{1,80}?\s+as\s+(?:(?:an?\s+)?attorney\s+)?(?:as\s+)?counsel\s+of\s+record\b
          | ^added\s+(?:counsel\s+for\s+\w+\s+)?[^;]{1,80}?\bfor\s+(?:party\(s\)\s+)?(?:petitioner|respondent|appellant|appellee|plaintiff|defendant|intervenor|amicus)
          | ^added\s+for\s+(?:petitioner|respondent|appellant|appellee|plaintiff|defendant|intervenor|amicus)[^;]{0,300}?\battorney\b
          | ^added\s+attorney\(s\)\s+[^;]{1,80}?\bfor\s+party(?:\(s\))?\s+\w    # "Added Attorney(s) X for party Y as Attorney to be
                                                                      # Noticed"
          | ^attorney\s*:(?![^;]*\b(?:terminated|withdr[ae]wn?)\b)[^;]{1,60}?\b(?:for|assigned\s+to)\s+\w   # older dockets:
                                                                      # "ATTORNEY: X for defendant Y (CJA)"; Florida: "ATTORNEY: X
                                                                      # ASSIGNED TO Y"
          | \bin\s+place\s+of\s+(?:attorney|counsel)\b[^.;]{0,80}?\bsubstituted\b
          | \b(?:counsel|attorney)\b(?:[^.;]|(?<=\s[a-z])\.){1,80}?\bsubstituted\s+(?:in\s+(?:as\s+counsel\s+)?for|for|in\s+place\s+of)\s+(?:the\s+)?
            (?:office\s+of\s+(?:the\s+)?)?(?:(?:conflict|private|retained|appointed|court[\s-]appointed|cja|assistant)\s+)*
            (?:public\s+defenders?|(?:criminal\s+)?defenders|attorneys?|counsel|(?:federal\s+)?(?:public\s+)?defender|pd)\b
                                                                      # California: "Private Counsel X Substituted In for the Public
                                                                      # Defender", "Retained counsel X substituted for Office of the
                                                                      # Public Defender"
          | ^(?:notice\s+of\s+)?designation\s+of\s+attorney[\s-]+in[\s-]+charge\s+(?:for|by)\s+\w   # S.D. Tex. (LR 11.1), naming
                                                                      # whom (the bare event name tells no one entering)
          | ^attorney,\s+[^;]{1,160}?,\s*(?:added|substituted)\.   # ACMS: "ATTORNEY, X, for Appellant Y, ADDED."
          | \bappearance\s+(?:of\s+counsel\s+)?entered\s+by\b
          | (?:^|\s[-–]\s)(?!.*\b(?:bond|initial)\b)(?:[\w'’-]+\s+){0,3}?appearance\s+filed\b   # Cook County: "Additional
                                                                      # Appearance Filed", "Private Counsel Appearance Filed"; or a
                                                                      # part after a dash ("... - Special And Limited Appearance Filed")
          | \bbe\s+(?:this\s+day\s+)?substituted\b[^;]{0,100}?\bas\s+counsel\b""",
        # not what counsel may file, nor an appearance withdrawn, nor a minute's note of who appeared ("Motion Hearing
        # held. Appearance of counsel.")
        ignore=r"""\b(?:may|shall|must|should|will|to|or)\s+(?:file|enter)\s+(?:an?\s+)?(?:notice|entry)\s+of\s+(?:[\w-]+\s+){0,2}?appearance\b
                   (?:[^.;]{0,40}?\bor\s+(?:an?\s+)?notice\s+of\s+(?:[\w-]+\s+){0,2}?appearance\b)?
                  |\bwithdraw(?:al|n|s)?\s+(?:of\s+)?(?:(?:the|its|his|her|their)\s+)?(?:notice\s+of\s+|entry\s+of\s+)?
                   (?:(?:attorney|counsel)(?:['’]s)?\s+)?appearance\b
                  |\bstrik(?:e|ing)\s+(?:the\s+)?appearance\b            # Maryland: "Line Striking Appearance of Counsel"
                  |\b(?:first\s+)?appearance\s+fees?\b                     # a party's first-paper fee ("Appearance Fee Paid")
                  |\b(?:appearances?\s+of\s+(?:counsel|attorneys?)|entry\s+of\s+appearance)\s*,?\s+(?:forms?\s+)?(?:is\s+|are\s+)?due\b   # a form
                                                                      # due: "docketing statement and appearance of counsel, due"
                  |(?<!\bentered\s)(?<!\bentry\sof\s)(?<!\bnotice\sof\s)(?<!^designation\sand\s)\bappearances?\s+of\s+(?:counsel|attorneys?)\s*(?=[.;:]|$)
                  |^(?:[\w'’]+\s+){0,2}?(?:minute\s+entry|minutes)\b[^;]*?(?<!\bentered\s)\bappearances?\s+of\s+
                   (?:counsel|attorneys?)\b
                  |\b(?:in\s+light\s+of|having\s+filed)\s+[^.;]{0,80}?\bnotice\s+of\s+appearance\b   # an order that cites a
                                                                      # notice filed before ("In light of retained counsel's notice of
                                                                      # appearance, CJA counsel is relieved")""",
    ),
    _rule(
        "appearance.pro-hac-vice-admitted",
        "appearance",
        r"""\bgrant(?:s|ed|ing)\b(?:(?!\bmay\s+(?:file|apply)\b)[^;]){0,200}?\b(?:pro\s+hac\s+vice|limited\s+admission|permission\s+to\s+practice\s+in\s+this\s+case|(?:motion|application)\s+to\s+enroll\b|(?<!obtain\s)(?<!retain\s)(?<!secure\s)substitut(?:e|ion)\s+(?:of\s+)?(?:counsel|attorney)|consent\s+to\s+change\s+attorney)\b
          | \b(?:pro\s+hac\s+vice|phv|substitution\s+of\s+(?:counsel|attorney))\b[^;]{0,300}?\b(?:granted|admitted|added|appointed)\b
          | \bpro\s+hac\s+vice\b[^;]{0,200}?;\s*result\s*:\s*granted\b   # Los Angeles: "... Pro Hac Vice (X): Filed By: Y; Result: Granted"
          | \bpro\s+hac\s+vice\b[^;]{0,400}?\breceive\s+(?:notices|nefs?)\b
          | (?<!\bbe\s)\badmitted\s+pro\s+hac\s+vice\b
          | \bapprov(?:al|ed|es|ing)\s+(?:of\s+|by\s+[^.;]{1,40}?\s+re\s*:?\s+)?(?:[\w-]+\s+){0,4}?(?:pro\s+hac\s+vice|special\s+admissions?)\b
          | \b(?:pro\s+hac\s+vice|special\s+admissions?)\b[^;]{0,40}?\bapproved\b
          | ^(?:[\w'’]+\s+){0,2}?order\b(?!\s+on\b)(?![^;]*\bden(?:y|ies|ied|ying)\b)(?:(?!\bmotion\b)[^;]){0,40}?
            \b(?:to\s+appear|admitting\s+(?:attorneys?\s+)?|for\s+admission)\s*pro\s+hac\s+vice\b
          | \badmit(?:s|ted|ting)\s+(?:[\w.,'’-]+\s+){1,6}?to\s+practice\s+pro\s+hac\s+vice\b
          | \border\s+admitting\s+(?:[\w-]+\s+){0,4}?attorneys?\b""",
    ),
)

VETOES: tuple[Veto, ...] = (
    # A name marked as a party's motion or request asks for the ruling, hearing or judgment it names
    # ("Evidentiary Hearing (Petitioner's Request)", "Voluntary Dismissal of Chapter 13 Case (Debtor's Motion)")
    _veto("not-ruling.marked-as-asked", "order judgment hearing dismissal", _MARKED_AS_ASKED),
    # A bare relief asks for the ruling or dismissal its object names ("Vacate Order of Dismissal and Reinstate Case",
    # "Certify Order for Interlocutory Appeal"), unless the court's ruling on it is told ("Dismiss For Want Of
    # Prosecution - Allowed", "Extend Time to Pay Filing Fees (order)", "Extension of Time to Answer - Clerk's Order")
    _veto(
        "not-ruling.bare-relief",
        "order dismissal",
        rf"""^(?!.*\b(?:allowed|granted|denied|sustained|overruled|approved|entered)\b)(?!{_RELIEF_ORDER})(?!{_DISMISSED_BY})
             (?:{_relief_pattern(_RELIEF_NAMES)})""",
    ),
    # A calendar's setting named after the order it hears: Los Angeles's "Order to Show Cause Re: Dismissal
    # (Settlement)" (scheduled for ..., or with its result: "... - Off Calendar"; not "- Held - Case Dismissed", the
    # court's ruling), Utah's "ORDER TO SHOW CAUSE HEARING scheduled on ...", "SUPPLEMENTAL ORDER HEARING scheduled on
    # ...", San Diego's "Order to Show Cause re Sanctions ... set 11/04/2020 8:30 AM": a hearing, not the order (that is
    # its own entry)
    _veto(
        "not-order.setting-named-after-an-order",
        "order",
        rf"""^(?!.*\b{_HELD_CASE_DISMISSED})
          (?:^(?:supplemental\s+)?order\s+(?:to\s+show\s+cause\s+)?(?:hearing|re\b)[^.;]*?\b(?:scheduled|set)\s+(?:(?:on|for)\b|{_DATE})
          | ^order\s+to\s+show\s+cause\s+hearing\s+(?:cancell?ed|vacated|stricken|continued)\b   # Utah: "ORDER TO SHOW CAUSE HEARING
                                                                      # Cancelled. Reason: ..."
          | ^(?:supplemental|protective|restraining|protection)\s+order\s+hearing\b[^.;]*?\b(?:scheduled|set|cancell?ed|continued|vacated|reset)\b
          | ^order\s+to\s+show\s+cause\s+re\s*:(?![^(]*\(\s*(?:osc\s+discharged|dismissal\s*-))(?:[^.;]{{0,60}}$
                                           |[^.;]{{0,80}}?\s[-–]\s*(?:off\s+calendar|held|continued|discharged)\b(?!\s+by\s+court)))""",
    ),
    # California's small claims form SC-100, "Plaintiff's Claim and ORDER to Go to Small Claims Court", is the claim
    # that opens the case (vocabulary.tsv); its "ORDER" is the form's printed summons
    _veto("not-order.small-claims-form", "order", r"^plaintiff['’]?s\s+claim\s+and\s+order\s+to\s+go\s+to\s+small\s+claims\s+court\b"),
    # New York's "ORDER TO SHOW CAUSE ( PROPOSED )" is a party's motion; the court's is signed
    _veto("not-order.proposed-order-to-show-cause", "order", r"^order\s+to\s+show\s+cause\s*[(\[]\s*proposed\s*[)\]]"),
    # A petition for a protection order asks for it: "Petition - Restraining Order (FAPA)", Nebraska's "Petition and
    # Affidavit-Harassment Protection Order"
    _veto(
        "not-event.petition-for-a-protection-order",
        "order charge",
        _PROTECTION_ORDER_PETITION,
    ),
    # Los Angeles's "Stipulation - No Order" event: the parties' stipulation, filed without an order to sign
    _veto("not-order.stipulation-without-order", "order", r"^stipulation\s*[-–]\s*no\s+order\b"),
    # A paper the clerk did not enter ("Request for Dismissal ***NOT ENTERED*** Incorrect case number on form", "Agreed
    # Order Of Dismissal Submitted - Not Entered - Returned To Counsel", "...; Result: Not Entered") ends and rules on
    # nothing
    _veto("not-ruled.not-entered", "dismissal order judgment", r"\bnot\s+entered\b(?!\s+(?:into|in\s+the)\b)"),
    # A party's stipulation lodged with the order it proposes ("STIPULATION AND [PROPOSED] ORDER of Dismissal"): the
    # order is not signed yet (the stipulation may still be a dismissal).
    _veto(
        "not-order.proposed-with-a-stipulation",
        "order",
        r"^(?!.*\bsigned\b)(?:joint\s+)?stipulation\b[^.;]{0,80}?\[\s*proposed\s*\]\s*order\b",
    ),
    _veto(
        "not-order.a-judgment-records-the-ruling",
        "order",
        # unless the judgment is also an order or a mandate; "pursuant to this Court's order" names another entry.
        # The Tax Court's "Decision Entered" is its judgment. Cook County's "Default Judgment - Allowed" is the court's
        # ruling, an order too.
        r"""^(?!.*(?<!\bto\s)(?<!\bwith\s)(?<!court['’]s\s)(?<!\d\s)(?<!\bmemorandum\sand\s)(?<!\bopinion\sand\s)(?<!commitment\s)(?<!\bafter\s)\b(?:order|mandate)\b)
            (?!.*\s[-—–]\s*allowed\b)
            (?:[\w'’-]+\s+){0,2}?(?:(?<!\bsummary\s)judgments?\b(?!\s+(?:vacated|reversed|affirmed|entry))|(?<!\bmemorandum\sof\s)decision\s+entered\b)""",
    ),
    # A judgment's own words "ORDERED AND ADJUDGED" make it no order, nor does the order it is entered on ("JUDGMENT
    # BY THE CLERK: IT IS ORDERED AND ADJUDGED that pursuant to the Order Adopting ...")
    _veto(
        "not-order.judgment-ordered-and-adjudged",
        "order",
        r"^(?:[\w'’]+\s+){0,2}?judgment\b(?!\s+(?:and|&)\s+order\b)[^;]{0,200}?\bordered\s+and\s+adjudged\b",
    ),
    # A bankruptcy court's disposition of an adversary proceeding that dismisses the complaint is the dismissal only
    # ("Disposition of Adversary [97-90368] Dismissing [1-1] Complaint ..."); one "Granting" it is the judgment
    _veto(
        "not-judgment.adversary-dismissed",
        "judgment",
        r"^disposition\s+of\s+adversary\b[^;]*?\bdismissing\b(?![^;]*\bjudgment\b)",
    ),
    # An order that reopens or reinstates a case undoes its dismissal, whatever it tells of it: "ORDER REOPENING CASE:
    # On 6/14/2022 the Court dismissed this action upon the parties' notice of settlement. ..."
    _veto(
        "not-dismissal.case-reopened",
        "dismissal",
        r"^order\s+(?:reopening|reinstating)\s+(?:the\s+)?(?:case|action|adversary\s+proceeding|appeal)\b(?![^;]*\band\s+dismissing\b)",
    ),
    # Nebraska's "Order Dismissal of 08/14/2017 set aside; cause reinstated ..." undoes the dismissal its event names
    _veto(
        "not-dismissal.nebraska-dismissal-set-aside",
        "dismissal",
        r"^order\W+dismissal\s+of\s+\d{1,2}/\d{1,2}/\d{2,4}\s+(?:is\s+)?(?:vacated|set\s+aside)\b",
    ),
    # "ORDER Striking 21 Notice of Voluntary Dismissal" ends nothing: the notice is struck
    _veto("not-dismissal.notice-struck", "dismissal", r"^order\s+striking\b[^.;]{0,60}?\bdismissal\b"),
    # A paper that ends no claim: a motion or an objection "dismissed" by its filer's notice ("Notice of Dismissal of
    # Motion to Strike") is withdrawn; a filing the clerk rejected ("Dismissal (Entire Action) Requested - Rejected")
    # was never made; a motion to dismiss or stay granted "as to the stay and DENIED as to dismissal" dismisses nothing
    _veto(
        "not-dismissal.nothing-ended",
        "dismissal",
        r"""^notice\s+of\s+(?:voluntary\s+)?dismissal\s+of\s+(?:(?:the|its|his|her|their|[\w'’-]+['’]s?)\s+)?(?:\d+\s+)?
              (?:[\w'’-]+\s+){0,2}?(?:motion|application|objection|request)s?\b
          | \bdismissal\b[^;]{0,60}?(?:\brequested\s*[-–—:]\s*|\*+\s*)rejected\b   # "Request for Dismissal ***REJECTED***"
          | ^request\s+for\s+dismissal\b(?:[^.]*?;\s*status\s*:\s*rejected\b|[^.;]{0,60}?\brejected\s+on\b|\s+rejected\b)   # "...;
                                                                      # Status: Rejected - Form not signed", "... rejected on
                                                                      # 03/04/2021", "REQUEST FOR DISMISSAL REJECTED - FORM INCOMPLETE"
          | ^(?!.*\bgrant\w*\s+as\s+to\s+(?:the\s+)?dismissal\b).*\bden(?:ied|ies|ying)\s+as\s+to\s+(?:the\s+)?dismissal\b""",
    ),
    # A setting's result that gives the case's dismissal as its reason tells of it ("PRETRIAL CONFERENCE Cancelled.
    # Reason: Case Dismissed", "Result: Vacated by Court - Request for Dismissal filed 02/09/2024"), and a notice that a dismissal will be heard warns of it ("DISMISSAL - LACK OF
    # PROSECUTION NOTICE MAILED (CCP 583.410) - HEARING SET ...")
    _veto(
        "not-dismissal.a-settings-reason",
        "dismissal",
        r"""\b(?:cancel+ed|vacated|off\s+calendar|stricken)\b[^;]{0,40}?\breason\s*:\s*(?:the\s+)?(?:case|action|matter)\s+dismissed\b
          | ^dismissal\s*[-–—:]\s*(?:for\s+)?(?:lack|want|failure)\s+(?:of|to)\s+prosecut\w*\s+notice\s+mailed\b
          | \bresult\s*:[^;]{0,60}?\s[-–]\s*request\s+for\s+dismissal\s+filed\s+(?:on\s+)?\d""",
    ),
    # Another case's dismissal: "NOTICE of Filing Related Case ... voluntarily dismissed", "Notice of Dismissal of
    # Related Bankruptcy Case", a state court's "NOTICE OF FILING ORDER DISMISSING BANKRUPTCY CASE"
    _veto(
        "not-dismissal.another-case",
        "dismissal",
        r"""\brelated\s+(?:bankruptcy\s+)?case\b[^;]{0,120}?\bdismiss|\bdismiss\w*\s+of\s+(?:the\s+)?related\s+(?:bankruptcy\s+)?case\b
          | ^notice\s+of\s+filing\s+(?:of\s+)?(?:an?\s+)?order\s+dismissing\s+(?:the\s+)?bankruptcy\b""",
    ),
    # CourtListener's short description of the order on a paper names the paper, not what the court did with it
    # ("Order on Stipulation of Dismissal", as "Order on Motion to Dismiss"): nothing is dismissed by its words
    _veto(
        "not-dismissal.order-on-a-paper",
        "dismissal",
        r"^order\s+on\s+(?:joint\s+)?(?:stipulation|notice|motion|request)s?\b(?![^.;:]*\b(?:granted|dismissed)\b)[^.;:]*$",
    ),
    _veto(
        "not-dismissal.report-mentions-it",
        "dismissal",
        r"^(?!(?:[\w'’]+\s+){0,3}?(?:order|adopting|accepting|approving)\b)(?:[\w'’]+\s+){0,4}?(?:final\s+)?report\b|(?<!\bupon\s)(?<!\bon\s)\breport\s+that\b|^notice\s+of\s+(?:debtor['’]?s\s+)?prior\s+filing",
    ),
    _veto(
        "not-motion.clerical-request",
        "motion",
        r"""(?:^|—\s)(?:(?!deem\b)[\w'’]+\s+)?requests?\W+(?:by\s+[^.;]{1,80}?\s+)?(?:for\s+)?
            (?:(?:to\s+)?(?:clerk\s+to\s+)?issu\w*\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:summons|warrants?|writs?)\b|summons|admissions?|production\b|transcript
               |(?:entry\s+of\s+)?dismissal
               |(?:special\s+|judicial\s+)?notice
               |(?:[\w-]+\s+){0,3}?(?:notices?|mailing\s+list|nef|341|meeting|(?:preferred\s+)?address)\b
               |(?:an?\s+)?leave\s+of\s+absence\b)                 # counsel's "REQUEST ... for leave of absence", a notice
          | ^(?:requests?|applications?)\W+(?:by\s+[^.;]{1,60}?\s+)?for\s+(?:an?\s+)?writs?\s+of\s+(?:[\w-]+\s+){0,2}?(?:execution|garnishment|attachment)\b
          | ^requests?\s+to\s+be\s+(?:added|removed)\b
          | ^requests?\s+to\s+remove\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:the\s+)?(?:service|mailing)\s+list\b
          | ^requests?\W+(?:for\s+)?discovery\b            # a criminal discovery request, as "Request for Production"
          | ^requests?\s+by\s+the\s+court\b
          | ^(?:probation\s+)?petition\s+for\s+(?:(?:a\s+)?warrant|summons|action)\b[^.;]{0,80}?\b(?:offender|supervision|release)\b
          | \b(?:sent|forwarded)\s+to\s+(?:the\s+)?(?:judge|chambers)\b""",
    ),
    _veto("not-motion.deadline-or-never-filed", "motion", r"(?:(?<!\bamount\s)\bdue|\bnot\s+filed)\s*$"),
    # a hearing asked for or noticed without a date is not set yet (one vacated, cancelled or held is an event still)
    _veto(
        "not-hearing.date-not-set",
        "hearing",
        r"^(?!.*\b(?:vacated|cancell?ed|stricken|held)\b).*?(?:\bdate\s+not\s+set\b|\bno\s+date\s+(?:is\s+|has\s+been\s+)?set\b)",
    ),
    # a party's proposed jury instructions: "Received supplemental requests to charge from Randall Elliott"
    _veto("not-motion.requests-to-charge", "motion", r"\brequests?\s+to\s+charge\b"),
    # A motion named by its filing date in what is done with it: "JOURNAL ENTRY - DEFENDANT'S MOTION TO DISMISS FILED
    # 03/02/2018 IS HELD IN ABEYANCE"
    _veto(
        "not-motion.named-by-its-filing-date",
        "motion",
        r"\bmotion\b[^.;]{0,80}?\bfiled\s+(?:on\s+)?\d{1,2}/\d{1,2}/\d{2,4}\s+(?:is|was|has\s+been|are|were)\b",
    ),
    _veto("not-motion.opening-petition", "motion", _OPENING_PETITION),
    # A magistrate judge's report and recommendation only recommends (the guide: "a recommendation ... signed is
    # not" an order), unless it also orders something; the district judge's "Accepting Report and Recommendation ..."
    # (CourtListener's name of the order) adopts it.
    _veto(
        "not-order.report-and-recommendation",
        "order",
        r"""^(?!(?:accepting|adopting|approving)\b)
            (?!.*(?<!\bissue\san\s)\border(?:ed|s)?\b(?!\s+of\s+(?:the|this)\s+court\b)
                (?!\s+by\s+(?:u\.?s\.?\s+)?(?:chief\s+)?(?:magistrate\s+|district\s+)?judge\b))   # "Ordered by Judge X" signs
            (?:[\w'’.-]+\s+){0,3}?(?:reports?|memorand(?:um|a)|findings)\s+and\s+recommend(?:ations?|ed\s+decisions?)\b""",
    ),
    # ... and one named at its opening ("FINDINGS & RECOMMENDATION: Defendant's Motion to Dismiss (#12) should be
    # denied. ... Signed on 2/10/06 by Magistrate Judge X", "REPORT AND RECOMMENDATIONS of the Magistrate Judge that the
    # Court GRANT ..."), where only an explicit order ("IT IS ORDERED", "and Order Certifying Case Ready for Trial") is
    # the recommendation ordering something: the veto above reads any "order" word so, which keeps the orders that
    # adopt one ("Order on Findings & Recommendation") but also the recommendations that name an order they propose
    _veto(
        "not-order.a-recommendation",
        "order",
        r"^(?:(?:proposed\s+)?findings\s+(?:and|&)\s+recommendations?|report\s+and\s+recommendations?)\b(?!.*\b(?:(?:it\s+is\s+(?:hereby\s+|further\s+)?|so\s+)ordered|orders?\s+that|and\s+order)\b)",
    ),
    _veto("not-judgment.satisfied", "judgment", r"^judgments?\b[^;]*\bdisposition:\s*satisfied\b"),  # Utah's register
    # A court of appeals' "JUDGMENT ORDER filed. Decision: Dismissed." (the Fourth and Third Circuits') is its judgment
    _veto("not-order.judgment-order", "order", r"^judgment\s+order\b(?:\s+filed\b)?(?=\W*(?:$|decision\s*:))"),
    # A judgment that a court of appeals affirmed, reversed or vacated, and named for nothing else ("SUMMARY OPINION -
    # JUDGMENT AND SENTENCE AFFIRMED"): the appellate court's ruling is its order, no judgment entered here
    _veto(
        "not-judgment.ruled-on-appeal",
        "judgment",
        r"""^(?!.*\bjudgments?\b(?!(?:\s+and\s+sentences?)?\s+(?:(?:is|are|was|were)\s+)?(?:affirmed|reversed|vacated|modified)\b))
            .*\bjudgments?\b(?:\s+and\s+sentences?)?\s+(?:(?:is|are|was|were)\s+)?(?:affirmed|reversed|vacated|modified)\b""",
    ),
    # A federal court's "SENTENCING ORDER" sets the dates that lead to a sentence ("... for Presentence Investigation
    # and Disclosure & Sentencing Dates", "The sentencing hearing ... is CONTINUED to ..."); the sentence is its own
    # judgment (an Arkansas "Sentencing Order" that states the sentence is one)
    _veto(
        "not-judgment.sentencing-dates",
        "judgment",
        r"^sentencing\s+order\b[^;]*?\b(?:presentence|sentencing\s+(?:hearing|dates?)\b)",
    ),
    _veto("not-appearance.calendar-event", "appearance",
          r"^appearance\s*\(\s*\d{1,2}:\d\d\s*[ap]\.?m\.?\s*\)|^appearance\s+(?:date|type)\s*:"),
    # W.D. Va.'s "Notice of Appearance - Probation Officer": the officer is no counsel of a party
    _veto("not-appearance.probation-officer", "appearance", r"^notice\s+of\s+appearance\s*[-–—:]\s*probation\s+officer\b"),
    # C.D. Cal.'s form G-123 serves both ways: here counsel leaves ("X is no longer counsel of record", "X will no
    # longer be counsel of record", "X will no longer receive service of documents", "(G-123) - Withdrawal of Attorney X")
    _veto(
        "not-appearance.counsel-withdrawn",
        "appearance",
        r"""^notice\s+of\s+appearance\s+or\s+withdrawal\s+of\s+counsel\b(?![^;]*\b(?:added|appearing|substitut\w*)\b)
            [^;]*\b(?:no\s+longer\s+(?:be\s+)?counsel|no\s+longer\s+receiv(?:e|ing)\s+service|withdrawal\s+of\s+(?:attorney|counsel)\b(?!\s*[:;]))""",
    ),
    _veto("not-dismissal.a-motion-withdrawn", "dismissal", _MOTION_WITHDRAWN),
    # A party's notice of a court's ruling ("Notice of Ruling; Filed by: X (Defendant) re: Demurrer sustained ...") tells
    # of the ruling; the ruling is the court's own entry
    _veto("not-ruling.notice-of-ruling", "order dismissal", r"^notice\s+of\s+ruling\b"),
    # ... nor of a hearing: "Notice of Ruling (on Motion to Compel Further Responses heard 4/14/2023)"
    _veto("not-hearing.notice-of-ruling", "hearing", r"^notice\s+of\s+ruling\b(?![^;]*\b(?:set|scheduled|continued)\s+(?:for|to)\b)"),
    # A register's record that a judgment was vacated ("Updated -- Judgment (Default Judgment by Clerk): Status changed
    # from Signed and Filed to Vacated") enters none, nor does a text that tells of a judgment still to come
    # ("SENTENCING held ...; judgment to be entered", "judgment of restitution to enter", "Default Judgment Requested"),
    # unless it grants a motion for one ("Order Granting Motion for Default Judgment ... Separate judgment to be entered")
    _veto("not-judgment.vacated-on-the-register", "judgment", r"\bstatus\s+changed\s+from\b[^;]*?\bto\s+vacated\b"),
    _veto(
        "not-judgment.still-to-come",
        "judgment",
        rf"^(?!.*\bmotion\s+for\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?judgment\b).*?(?:{_JUDGMENT_TO_COME})",
    ),
    # A notice of presentment that gives no day (Bankr. S.D.N.Y.: "Notice of Presentment of Proposed Order Authorizing
    # Retention of Claims Agent") sets nothing
    _veto("not-hearing.presentment-without-a-day", "hearing", r"^notice\s+of\s+presentment\b(?!.*\d)"),
    # N.D. Tex.'s "ORDER REQUIRING SCHEDULING CONFERENCE AND REPORT FOR CONTENTS OF SCHEDULING ORDER" orders the
    # parties to confer among themselves (Rule 26(f)) and report: the court sets no conference
    _veto("not-hearing.parties-conference", "hearing", r"^order\s+requiring\s+scheduling\s+conference\s+and\s+report\b"),
    # California's judgment debtor's examination form (EJ-125) "Application and Order for Appearance and Examination",
    # filed by the creditor: the order is not signed yet
    _veto(
        "not-order.application-for-examination",
        "order",
        r"^application\s+and\s+order\s+for\s+appearance\s+and\s+examination\b(?![^;]*\b(?:signed|issued)\b)",
    ),
    # An order that cites another entry's notice of appearance by its number enters no one: "ORDER STRIKING 55 Notice of
    # Appearance filed by X", "ORDER: In light of the 71 Notice of Attorney Appearance of retained counsel, CJA counsel
    # Y is relieved" (the notice was the appearance)
    _veto(
        "not-appearance.an-order-cites-it",
        "appearance",
        r"""^(?:[\w'’-]+\s+){0,2}?order\b(?:(?!\b(?:grant\w*|approv\w*|admitt?\w*|allow\w*)\b)[^;])*?
            \b\d+\s+notice\s+of\s+(?:attorney\s+)?appearance\b""",
    ),
    _veto(
        "not-charge.unsealed",
        "charge",
        r"^(?:[\w'’()-]+\s+){0,2}?(?:indictment|information|complaint|case)s?\s+(?:is\s+|was\s+)?unsealed\b",
    ),
    # A charging paper the court dismisses is no new charge: "CRIMINAL COMPLAINT DISMISSED as to X on motion of the
    # Government"
    _veto(
        "not-charge.dismissed",
        "charge",
        r"^(?:[\w'’()-]+\s+){0,2}?(?:indictment|information|complaint)s?\s+(?:is\s+|was\s+)?dismissed\b",
    ),
    # The government's notice of a defendant's prior convictions (21 U.S.C. 851) seeks a higher sentence: no charge
    _veto(
        "not-charge.prior-convictions",
        "charge",
        r"""^(?:[\w'’]+\s+){0,2}?information\s+(?:of|re:?|regarding|as\s+to|charging|establishing|alleging)\s+
            prior\s+convictions?\b
          | ^(?:[\w'’]+\s+){0,2}?information\s+(?:pursuant\s+to|under)\s+(?:title\s+)?21\s*,?\s*u\.?\s?s\.?\s?c\.?\s*(?:§+\s*|sec(?:tion|\.)?\s*)?851\b""",
    ),
    # A clerk's note citing a ruling that another entry made, by its number: "Case closed--... Motion to dismiss #50
    # granted by 2/22/02 Order #73"; not an order that cites its own reasons.
    _veto(
        "not-ruling.cited-by-its-number",
        "dismissal order",
        r"""^(?!(?:[\w'’-]+\s+){0,2}?order\b)[^;]*?\b(?:granted|denied|dismissed)\s+(?:by|per|in)\s+(?:the\s+)?(?:[\d/.-]+\s+)?
            (?:order|doc(?:ument)?|dkt\.?)\s*(?:\#|no\.?)\s*\d+""",
    ),
    _veto(
        "not-order.unsigned",
        "order",
        # also an order's name marked proposed after it: "Case Management Order - Proposed; Submitted by Parties"
        r"""\bunsigned\b|^(?:[\w'’]+\s+){0,2}?lodged\s+(?:[\w'’]+\s+){0,2}?order\b|^[^;]{0,40}?\band\s+lodged\s+order\b
          | ^(?:[\w'’-]+\s+){0,4}?order\s*(?:[-–]\s*|\(\s*)proposed\b""",
    ),
    # A court of appeals opening a case records the petition or notice received; ACMS's "..., SERVED." records service.
    _veto(
        "not-motion.case-opened-or-served",
        "motion",
        r"^(?:new\s+)?case\s+opened\b|,\s*(?:opened|served)\.\s*(?:\[entered\b|$)",
    ),
    # A case that may be set for argument is not set yet: "This case is being considered for an upcoming oral argument calendar".
    _veto(
        "not-hearing.only-considered",
        "hearing",
        r"\bbeing\s+considered\s+for\s+(?:an?\s+)?(?:upcoming\s+)?(?:oral\s+argument|hearing|trial)\b",
    ),
    _veto("not-motion.named-with-its-ruling", "motion", rf"^(?!.*\bfiled\b).*{_RULING}"),
    _veto("not-motion.calendar-event", "motion", _CALENDAR),
    # the Los Angeles register's record of a change to an event already on it: "Updated -- Motion for Summary
    # Judgment: ... Result: Denied" (the ruling is read; the motion was filed before)
    _veto("not-motion.updated-event", "motion", r"^updated\s*--"),
    # ... and no dismissal where the update only moves a date ("Updated -- Request for Dismissal - Entire Action: Result
    # Date changed from 06/03/2024 to 06/04/2024"; not "...: Result: Entered")
    _veto("not-dismissal.date-updated", "dismissal", r"^updated\s*--[^;]*?:\s*(?:result|status)\s+date\s+changed\b"),
    # ... and no counsel entering, unless the update records a grant ("Updated -- Substitution of Attorney: Status Date
    # changed from ...", not "Updated -- Application to Appear as Counsel Pro Hac Vice (X): Result: Granted")
    _veto("not-appearance.updated-event", "appearance", r"^updated\s*--(?!.*\bresult\s*:\s*(?:granted|approved)\b)"),
    # Cook County's continuance the court grants on a party's motion: "Continuance - Motion Defendant - 10/14/2025"
    _veto("not-motion.continuance-on-motion", "motion", r"^continuance\s*-\s*motion\b"),
    # A cover sheet filed with a motion: "Relief From Stay Cover Sheet (RE: related document(s)41 Motion for Relief From
    # Stay)"
    _veto("not-motion.cover-sheet", "motion", r"^(?:[\w'’-]+\s+){0,4}?cover\s+sheet\b"),
    # A notice of the hearing of motions names what it hears: "NOTICE of hearing on motion to dismiss [5-1] and motion
    # for summary judgment [5-2] ; Motion hearing set for 2:00 4/2/97"
    _veto("not-motion.notice-of-its-hearing", "motion", r"^notice\s+of\s+(?:[\w-]+\s+)?hearing\s+on\s+(?:[\w'’-]+\s+){0,3}?motions?\b"),
    # Counsel's appearance with the request for notices that goes with it: "Appearance and Request for Notices Filed by
    # X on behalf of Creditor Y" asks the court nothing
    _veto("not-motion.appearance-and-request-for-notice", "motion", r"^(?:notice\s+of\s+)?appearance\s+and\s+requests?\s+for\s+(?:notices?|service)\b"),
    _veto("not-motion.texas-disposition", "motion", _TEXAS_DISPOSITION),
    # a combined "APPLICATION/ORDER admitting pro hac vice ..." form records the ruling
    _veto("not-motion.decided-on-its-form", "motion", _FORM_WITH_ORDER),
    # The clerk's record of what it did under an order entered before ("PER ABOVE ORDER filed Amicus brief", "Attorney
    # X terminated as to Y pursuant to Order granting motion to withdraw"): the order is the earlier entry's.
    _veto(
        "not-order.done-per-an-order",
        "order",
        r"""^per\s+(?:the\s+)?(?:above|said|court['’]?s|this)\s+order\b
          | ^attorney\s+[^;]{1,60}?\bterminated\b[^;]*?\b(?:pursuant\s+to|per)\s+(?:the\s+)?(?:\d+\s+)?order\b""",
    ),
    # A clerk's receipt of a fee, whatever order or appearance it names: "Pro Hac Vice fee: $ 150, receipt number ... re 18 Order on
    # Motion for Leave to Appear Pro Hac Vice"
    _veto("not-event.fee-receipt", "order hearing", r"^pro\s+hac\s+vice\s+fee\b"),
    # The clerk's record that an order or a judgment was mailed or sent ("Mail Order by Certified Mail", "Copy of Order
    # Directing Prisoner Payment sent via U.S. Mail to ...", Alaska's "Distribution - Order of Dismissal mailed to
    # parties of record", Oregon's "Certificate - Mailing Judgment - General Dismissal", Arizona's "Filed: Return of
    # Electronic Notification - Ruling and Order Granting Motion to Dismiss"): the order is its own entry
    _veto(
        "not-ruled.mailed",
        "dismissal order judgment",
        r"""^mail(?:ed|ing)?\s+order\s+(?:by|via|to)\b|^(?:a\s+)?copy\s+of\s+[^;]{0,80}?\b(?:sent|mailed)\s+(?:via|by|to)\b
          | ^distribution\s*[-–:]|^certificate\s*[-–]\s*mailing\b|^(?:filed\s*:\s*)?return\s+of\s+electronic\s+notification\b""",
    ),
    # A minute order that records proceedings and no ruling: "Minute Order. Proceedings held before Magistrate Judge X:
    # Settlement Conference held on 11/24/2014 during which the parties did not reach a final settlement."
    _veto(
        "not-order.minute-of-proceedings",
        "order",
        r"^minute\s+order\W+(?:for\s+)?proceedings\s+held\b(?!.*\b(?:granted|denied|ordered|sustained|overruled|grants|denies|vacated|continued|reset)\b)",
    ),
    _veto(
        "not-motion.combined-with-its-order",
        "motion",
        r"^(?:[\w'’]+\s+){0,2}?(?:motion|application|petition|request)\s*/\s*order\s+(?:admitting|granting)\b",
    ),
    # A court of appeals' "Motion Order FILED": the court's order on a motion.
    _veto("not-motion.order-on-a-motion", "motion", r"^motions?\s+order\b"),
    # Bankr. D.N.J.'s "Document re: ...": a party files it, so an order it names is the party's copy or proposal
    # ("Document re: Final Order (I) Authorizing ...", "Document re: [Proposed] Order ...", "Document re: Order
    # Dismissing Chapter 13 Case ... filed by Trustee"), and dismisses nothing.
    _veto("not-ruled.a-partys-document", "dismissal order judgment", re.escape(PARTYS_DOCUMENT_MARK)),
    # CourtListener's short description of the order on a relief: "Dismiss Case Order", "Relief from Stay(Order)".
    _veto("not-motion.short-name-of-its-order", "motion", _RELIEF_ORDER),
    _veto("not-ruled.continued-outcome", "order motion", _PUT_OFF),
    _veto(
        "not-motion.hearing-named-after-motion",
        "motion",
        rf"^(?![\w\s]*\b(?:filed|with\s+notice\s+of\s+hearing)\b)[\w\s]*\bhearing\s+{_SCHEDULING}\b",
    ),
    _veto(
        "not-motion.clerical-note",
        "motion",
        r"""^motions?(?:\s*\(s\))?\s+(?:(?:no\s+longer\s+)?referred|terminated|transferred|(?:is\s+|are\s+)?submitted|
                                       (?:taken\s+)?under\s+advisement)\b
          | ^terminated\s+motions?(?:\s*\(s\))?\W   # "Terminated Motion(s) - Moot per Amended Complaint", "TERMINATED MOTIONS: motion
                                                                      # to dismiss [8-1] terminated per order [15-1]"
          | ^motions?\b[^.;]{0,100}?\b(?:(?:is|are|was|were|has\s+been)\s+(?:hereby\s+)?)?(?:withdrawn|terminated)\b
            (?!\s+(?:\w+\s+)?(?:representation|counsel|attorney)\b)
          | ^(?:[\w]+[\s/]+){0,2}motions?\s+(?:hearing|resolved|ruled\s+(?:on|upon))\b
          | ^(?:\d+\s+)?motions?\b[^.;]{0,100}?\bgiven\s+to\s+judge\b   # Vermont: "Motion to ... given to Judge X"
          | """ + _MOTION_WITHDRAWN + r"""
          | ^motions?\s+returnable\b""",  # New York: "Motion returnable 3/20/00 re: motion to dismiss adjourned to 4/3/00"
    ),
    _veto("not-motion.setting-continued", "motion", _ODYSSEY_CONTINUANCE),
    # New York's record of a motion decided ("Motion Seq: 004 Relief Sought: DISMISS ... Decision: Denied"): the decision
    _veto(
        "not-motion.decided-motion-sequence",
        "motion",
        r"^motion\s+seq\b[^;]*\bdecision\s*:\s*(?:granted|denied|withdrawn|moot|decided|resolved)",
    ),
    # A defendant's petition to enter a plea of guilty is the plea, not a motion
    _veto("not-motion.plea-petition", "motion", r"^petition\s+to\s+enter\s+(?:an?\s+)?plea\b"),
    _veto(
        "not-motion.minute-of-hearing",
        "motion",
        r"^(?:[\w'’]+\s+){0,2}?(?:hearing\s+(?:held|not\s+held)|minute\s+entry|minutes)\b",
    ),
    _veto(
        "not-motion.notice-of-filed-motion",
        "motion",
        r"""^(?:\W*\w+\W+)?notice\s+of\s+motion\b(?!\s+and\s+(?!hearing\b))
            (?=\s+and\s+hearing\b|.*(?:\(related\s+document\)|\bwith\s+hearing\b|\bto\s+set\s+hearing\b)
               |\s+re\s*:|\s+re\s+\d+\s|.*\bfor\s+presentment\s+of\b|.*\bpresentment\s+date\b|.*\bmotion\s+to\s+be\s+presented\b
               |.*\bregarding\s+motion\b[^;]*?\s\d+-\d+\b)   # older N.D. Ill.: "NOTICE of motion filed by X regarding motion to
                                                                      # compel [19-1] ...; to be presented before Hon. Y on 11/4/96" """,
    ),
    _veto(
        "not-hearing.record-of-one",
        "hearing",
        r"""^(?:(?:notice|notification)\s+of\s+(?:filing\s+(?:of\s+)?)?(?:official\s+)?|request\s+for\s+
               |letter\s+by\s+clerk\s+that\s+a\s+)?
             (?:transcript|exhibit\s+(?:list|receipt)|witness\s+list|audio\s+file)
          | ^(?:oral\s+argument|(?:[\w-]+\s+)?(?:hearing|trial|conference))\s+(?:exhibits?|transcripts?)\b
          | ^notes\s+of\s+testimony\b                                   # Pennsylvania: the transcript ("Notes of Testimony Filed - Sentencing ...")
          | ^(?:notice\s+of\s+)?returned\b""",
    ),
    _veto(
        "not-hearing.paper-for-a-conference",
        "hearing",
        r"""^(?:[\w'’()-]+\s+){0,4}?(?:conference|trial|oral\s+argument)\s+(?:[\w-]+\s+)?(?:form|memorand(?:um|a)|statement|checklist)\b
          | ^designation\s+of\s+place\s+of\s+trial\b""",
    ),
    _veto(
        "not-event.void-entry",
        "motion dismissal order judgment hearing charge plea appearance",
        r"""\bplease\s+(?:disregard|ignore)\b(?=\s*(?:[.;,)\]]|$|this\b|(?:docket\s+)?entry\b(?!\s*(?:no\b|\#|\d))))
          | \b(?:filed|docketed|entered)\s+in\s+(?:the\s+)?(?:incorrect|wrong)\s+case\b
          | \bdocketed\s+in\s+(?:[\w-]+\s+){0,2}?case\s+in\s+error\b
          | (?<=.)\[\s*docketed\s+in\s+error\b                        # the clerk's note after it: "[Docketed in error; ...]"
          | \breturned\s+for\s+corrections?\b                          # the paper sent back ("..., RETURNED FOR CORRECTION")
        """,
    ),
    _veto(
        "not-event.bnc-certificate",
        "motion dismissal order judgment hearing charge plea appearance",
        r"\bno\.?\s+of\s+notices\s*:\s*\d+\b.*\bservice\s+date\b",
    ),
    _veto("not-event.a-filed-motion-only-asks", "dismissal judgment charge", r"", after="motion"),
    # (unless it names counsel substituted in, or is a special appearance filed with the motion it makes)
    _veto(
        "not-appearance.a-filed-motion-only-asks",
        "appearance",
        rf"^(?!{_SUBSTITUTE_NAMED}|(?:special|limited)\s+appearance\b)",
        after="motion",
    ),
    # An objection to claims is heard as a motion is: one that names its own hearing date only objects ("Debtors'
    # Ninth Omnibus Objection to Claims. Hearing scheduled for ..."), unless it is also the notice of the hearing
    _veto(
        "not-hearing.an-objection-names-its-hearing-date",
        "hearing",
        r"""^(?!.*\b(?:(?:and|with)\s+)?notice\s+of\s+(?:\w+\s+(?:of\s+)?)?hearing\b)(?!(?:[\w'’]+\s+){0,2}?order\b)
            (?!(?:[\w'’]+\s+){0,3}?(?:continu|adjourn|reschedul)\w*\s+(?:the\s+)?hearing\b)   # not "Stipulation to Continue Hearing on
                                                                      # Objection to Claim No. 6 to 9/14/2021"
            (?:[\w'’()-]+\s+){0,6}?objections?\s+to\s+(?:[\w'’()-]+\s+){0,5}?claims?\b""",
    ),
    _veto(
        "not-hearing.a-motion-names-its-hearing-date",
        "hearing",
        # (not a motion filed with its notice of hearing: "... with Notice of Hearing", Hawaii's "Motion ...; Memorandum
        # in Support; Notice of Hearing; Certificate of Service", an older docket's "MOTION by X to transfer case [8-1] ;
        # Memorandum in support; Notice of hearing set for 10:00 6/24/98")
        r"^(?!.*\b(?:(?:and|with)\s+notice\s+of\s+(?:\w+\s+)?|notice\s+of\s+motion\s+and\s+|and\s+order\s+setting\s+)hearing\b|notice\s+of\s+hearing\s+and\b"
        r"|.*;\s*notice\s+of\s+hearing\b)",
        after="motion",
    ),
)
