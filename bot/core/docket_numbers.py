"""The federal courts' (CM/ECF) docket number, written down once: what it is made of, and reading it off a
feed title or out of any text.

    [office:]year-[type-]sequence[-suffix...]

- office: the divisional office that opened the case, `1:` in `1:18-cv-03365` (district courts). The
  bankruptcy courts of New York's Eastern District write it with a dash: `8-18-71234`. Optional.
- year: the year the case was opened, two digits (`18`), four in some courts' spelling (`2018-1234`).
- type: the case type, `cv` civil, `cr` criminal, `mj` magistrate judge, `mc` miscellaneous, `sw` search
  warrant, `bk` bankruptcy, `ap` adversary proceeding, ...: a letter, then up to four letters or digits
  (`crcor`, `a2`, `MDL`); W.Va.'s grand jury matters write `~gr`; a motion under 28 U.S.C. § 2255 may be its
  own case type, four digits (`1:21-2255-00001`: type 2255, sequence 00001). Optional: bankruptcy courts and
  courts of appeals leave it out (`16-10992`, `21-14262`).
- sequence: the case's number within its year and office, usually zero-padded to five digits.
- suffixes: what a court appends, each after a dash: the assigned judges' initials in either case (`-PKC`,
  `-KAM-CLP`, `-BBD-dkv`, `-smb`, `-mg`), a bankruptcy judge's initials with the chapter (`-sgj11`), other
  marks courts append (`-N/A` where no judge is assigned, `-M_M`, `-tmp`, `-p1`), a defendant's number in a
  criminal case with several (`-1`), a bankruptcy chapter (`14-80555-JJG-13`). They are not part of the case's
  number: `1:17-cv-04109-KAM-CLP` is case `1:17-cv-04109`. A court may leave the dash before the judge's
  initials with none after it, before a judge is assigned (`26-10911- Nerra Inc.`).

Some state courts' numbers begin as a federal one does, and are none: read anywhere, a number is federal only when
what follows its sequence is suffixes a federal court writes. A suffix of digits alone (a defendant's number, a
chapter) follows a case type or a judge's initials, never the sequence of a number without a case type: in the
Texas courts of appeals' `01-18-00277-CR` (court 01, year 18, case 00277, criminal), Washington's superior
courts' `17-2-01460-31` (year 17, civil, case 01460, county 31) and Vermont's `15-2-97 Cncr` (case 15 of
February 1997) the digits after the second part are the case's, not a defendant's. CM/ECF pads a sequence to
five digits: one padded to more (`2023-CV-004127`, a Colorado county court's register) is a state court's.

Sources: the parts as the PACER Case Locator's users are told them (pacerdash.com, "How to locate a PACER
case by docket index number": office code (optional), filing year (2 or 4 digits), case code (optional),
docket sequence number, judge initials / local notes (optional)) and as practitioners read them (Butler Snow,
"I Don't Always Notice the Case Number, But When I Do...", 2020: `2:20-cv-01234-BBD-dkv` is office 2, year
20, type cv, sequence 01234, then the district and magistrate judges' initials); juriscraper reads the same
parts (`docket_number_dist_regex`, and `docket_number_bankr_regex` with its one-digit office and a dash).
The suffixes beyond judges' initials are from real feeds (tests/test_docket_numbers.py); the rarer case types
and suffixes from the real docket numbers the Free Law Project collected for juriscraper (issue #1101, "Update
Case Query Docket Number Parsing", and pull request #1105; issue #690 for `14-80555-JJG-13`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

_CASE_NUMBER = r"""
    (?P<case_number>
        (?:(?P<office>\d{1,2}):|(?P<bankruptcy_office>\d)-(?=\d{2}-))?
        (?P<year>\d{2}(?:\d{2})?)-
        (?:(?P<type>~?[a-z][a-z0-9]{0,4}|\d{4}(?=-\d{5}\b))-)?
        (?P<sequence>\d{1,7})
    )"""
_SUFFIXES = r"(?P<suffixes>(?:-[a-z0-9_/]+)*)"

# A title's first word: a whole docket number, suffixes and all (a dash left where no judge is assigned yet,
# `26-10911- Nerra Inc.`), followed by white space or the end.
_TITLE = re.compile(rf"\s*{_CASE_NUMBER}{_SUFFIXES}-?(?:\s+|$)", re.IGNORECASE | re.VERBOSE)
# Anywhere in a text, as people write it (`18-cv-3365`, `1:18-bk-10947`), but not out of the middle of another
# court's number (`01-CR-2023` of New Mexico's `D-101-CR-2023-00040` is no case of 2001); its suffixes are read to
# tell a state court's number that begins like a federal one (`01-18-00277-CR`), see `_federal`.
_ANYWHERE = re.compile(rf"(?<![\w-]){_CASE_NUMBER}{_SUFFIXES}", re.IGNORECASE | re.VERBOSE)
PADDED_SEQUENCE = 5  # digits CM/ECF pads a case's sequence number to


class DocketNumber(NamedTuple):
    """The parts of one docket number, as written. `case_number` is the number without its suffixes
    (`1:18-cv-03365`); `case_type` and `office` are None where the number has none."""

    case_number: str
    office: str | None
    year: str
    case_type: str | None
    sequence: str
    suffixes: tuple[str, ...]


def _docket_number(match: re.Match[str]) -> DocketNumber:
    suffixes = match.groupdict().get("suffixes") or ""
    return DocketNumber(
        case_number=match.group("case_number"),
        office=match.group("office") or match.group("bankruptcy_office"),
        year=match.group("year"),
        case_type=match.group("type"),
        sequence=match.group("sequence"),
        suffixes=tuple(suffixes.split("-")[1:]),
    )


def split_title(title: str) -> tuple[DocketNumber, str] | None:
    """A CM/ECF feed title read as (its docket number, the case name after it), or None when the title does
    not begin with a docket number. `16-10992-smb SunEdison, Inc.` gives (16-10992 with suffix smb,
    `SunEdison, Inc.`); the case name is "" when the title has none."""
    match = _TITLE.match(title)
    if match is None:
        return None
    return _docket_number(match), title[match.end():].strip()


def find_docket_number(text: str) -> DocketNumber | None:
    """The first federal docket number in `text` (with its suffixes), or None. A number begins a word: none is read
    out of the middle of a state court's (`D-101-CR-2023-00040`, `MGCV17-11099`), nor out of a state court's number
    that begins like one (`01-18-00277-CR`, `17-2-01460-31`, `2023-CV-004127`: see the module's docstring)."""
    for match in _ANYWHERE.finditer(text):
        docket = _docket_number(match)
        if _federal(docket):
            return docket
    return None


def _federal(docket: DocketNumber) -> bool:
    """Whether a number the grammar read can be a federal court's (see the module's docstring), not a state
    court's that begins like one."""
    digits_after_sequence = docket.case_type is None and bool(docket.suffixes) and docket.suffixes[0].isdigit()
    over_padded = len(docket.sequence) > PADDED_SEQUENCE and docket.sequence.startswith("0")
    return not (digits_after_sequence or over_padded)
