"""The diff step: which parsed entries are new, which known ones changed, and which are another record of a
filing already known.

What makes two records one filing
---------------------------------
Within a source, a record is known by its key (the scraper's choice: an entry number, PACER's sequence
number, CourtListener's entry id, or a hash of date and text for an entry that has none). Beyond keys, two
records of the same court and the same case (docket numbers agreeing in office, year, case type and
sequence number: `1:17-cr-00554` and `1:17-cr-554-MKB` agree, `2:23-cv-452` and `3:23-cv-452` do not) are
one filing when

1. **they carry the same identifier of the filing**: the same docket entry number, the same PACER document
   id (of a `doc1` link, its fourth digit normalised), or the same PACER entry sequence number
   (`de_seq_num`), whether the records come from one source or from two (a PACER RSS item and the docket
   report that lists it; CourtListener's entry and the court's feed); or
2. **they are the same entry without a number, edited**: on a source that lists a case's whole history
   (a docket page), a known record without an entry number is no longer listed under its key, and a new
   record without one, filed the same day, takes its place with a text that is the same once the clerk's
   notes are set aside (`Modified on 9/6/2024 to correct hearing type (abc)`, `(Entered: 09/05/2024)`), or
   alike (at least 80% the same, by difflib's ratio). A minute entry whose text the clerk corrects gets a new
   content key; this keeps it one filing. Entries without numbers are not joined across sources: a feed's
   short description ("Status Conference") cannot tell two minute entries of one day apart.

A record that is one filing with a known one is stored under its own key, with the filing's id (that of its
first record, `<source>|<key>`). It is an edit of the known record (posted only for the event types it adds,
see bot/pipeline/run.py `corrected`) in every channel already told of the filing; a record from another source is
news in the channels that were not (their subscriptions follow only its source). A record still listed under
its own key by its own source is never taken for another record of that source.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime, timezone
from difflib import SequenceMatcher

from bot.core.dockets import docket_parts
from bot.core.entry import Entry, normalise_text
from bot.core.filings import Record, SameFiling
from scrapers.pacer_rss import pacer_doc_id

ALIKE = 0.8  # difflib ratio above which two texts of an edited entry without a number are one entry's

_OFFICE = re.compile(r"\s*(\d{1,2}):")
_SEQ_NUM = re.compile(r"[?&]de_seq_num=(\d+)")
_MODIFIED = re.compile(r"\s*\bModified on \d{1,2}/\d{1,2}/\d{2,4}\b.*?(?=\(Entered:|$)", re.IGNORECASE | re.DOTALL)
_ENTERED = re.compile(r"\s*\(Entered: [^)]*\)", re.IGNORECASE)
_DAY = "day:"


def unique(entries: Iterable[Entry]) -> list[Entry]:
    """Entries with duplicate keys dropped (the first one stays), in their original order."""
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry.key not in seen:
            seen.add(entry.key)
            kept.append(entry)
    return kept


def new_entries(entries: Sequence[Entry], known_keys: Collection[str]) -> list[Entry]:
    """The entries whose keys were never seen. Entries that left the feed are not news and are ignored."""
    return [entry for entry in unique(entries) if entry.key not in known_keys]


def edited_entries(entries: Sequence[Entry], known_texts: Mapping[str, str]) -> list[Entry]:
    """Known entries whose text changed (courts correct docket text), beyond case and spacing."""
    return [
        entry
        for entry in unique(entries)
        if entry.key in known_texts and normalise_text(known_texts[entry.key]) != normalise_text(entry.text)
    ]


def case_mark(entry: Entry) -> str:
    """The court and case of a docket entry in one spelling (`nysd|1:17-cr-554`); "" for a news story."""
    if not (entry.court and entry.case_number):
        return ""
    parts = docket_parts(entry.case_number)
    if parts is None:
        return f"{normalise_text(entry.court)}|{normalise_text(entry.case_number)[:200]}"
    office = _OFFICE.match(entry.case_number)
    year, case_type, number = parts
    return f"{normalise_text(entry.court)}|{office.group(1) if office else ''}:{year}-{case_type or ''}-{number}"


def filing_marks(entry: Entry) -> tuple[str, ...]:
    """What may make a record one filing with another (see the module's docstring), as strings to look up.

    `<court>|<case>|no:<entry number>`, `…|doc:<PACER document id>`, `…|seq:<de_seq_num>`, and for an entry
    without a number `…|day:<YYYY-MM-DD>` (the day it was filed). None for a news story.
    """
    case = case_mark(entry)
    if not case:
        return ()
    marks = []
    if entry.number:
        number = normalise_text(entry.number)
        marks.append(f"{case}|no:{int(number) if number.isdigit() else number}")
    doc_id = pacer_doc_id(entry)
    if doc_id:
        marks.append(f"{case}|doc:{doc_id}")
    seq_num = _SEQ_NUM.search(entry.url)
    if seq_num:
        marks.append(f"{case}|seq:{int(seq_num.group(1))}")
    if not entry.number and entry.filed_at:
        marks.append(f"{case}|{_DAY}{entry.filed_at.date().isoformat()}")
    return tuple(marks)


def same_filings(
    new: Sequence[Entry], known: Mapping[str, Sequence[Record]], listed: Collection[str], whole_history: bool
) -> list[SameFiling]:
    """The new records that are another record of a known filing, each with the known record it joins.

    `known` holds the stored records under each of the new records' marks (`filing_marks`); `listed` the keys
    the source lists now; `whole_history` says the source lists a case's whole history (a record it no longer
    lists has changed), which rule 2 needs. A known record is joined by at most one new record.
    """
    taken: set[tuple[str, str]] = set()
    found = []
    for entry in new:
        record = _known_record(entry, known, listed, whole_history, taken)
        if record is not None:
            taken.add((record.source_id, record.key))
            found.append(SameFiling(entry, record))
    return found


def _known_record(
    entry: Entry,
    known: Mapping[str, Sequence[Record]],
    listed: Collection[str],
    whole_history: bool,
    taken: set[tuple[str, str]],
) -> Record | None:
    def free(record: Record) -> bool:
        mine = record.source_id == entry.source_id
        return (record.source_id, record.key) not in taken and not (mine and record.key in listed)

    marks = filing_marks(entry)
    for mark in marks:
        if _DAY not in mark:
            record = next((record for record in known.get(mark, ()) if free(record)), None)
            if record is not None:
                return record
    day = next((mark for mark in marks if _DAY in mark), None)
    if day is None or not whole_history:
        return None
    alike = [
        (similarity(record.text, entry.text), record)
        for record in known.get(day, ())
        if record.source_id == entry.source_id and free(record)
    ]
    best = max(alike, key=lambda pair: pair[0], default=None)
    return best[1] if best and best[0] >= ALIKE else None


def without_clerk_notes(text: str) -> str:
    """A docket text without the clerk's `Modified on …` note and `(Entered: …)` stamp, normalised."""
    return normalise_text(_ENTERED.sub("", _MODIFIED.sub("", text)))


def similarity(a: str, b: str) -> float:
    """1.0 for texts equal but for the clerk's notes, case and spacing; else difflib's ratio of the rest."""
    a, b = without_clerk_notes(a), without_clerk_notes(b)
    return 1.0 if a == b else SequenceMatcher(None, a, b, autojunk=False).ratio()


_UNDATED = datetime.max.replace(tzinfo=timezone.utc)  # an entry without a date sorts after every dated one


def _filed(entry: Entry) -> datetime:
    return entry.filed_at or _UNDATED


def newest(entries: Sequence[Entry], count: int) -> list[Entry]:
    """The `count` most recently filed entries (for `backfill: N` on a first poll); entries without a date only
    after every dated one (nothing says they are recent), in the order given."""
    if count <= 0:
        return []
    dated = sorted((entry for entry in entries if entry.filed_at), key=_filed, reverse=True)
    return [*dated, *(entry for entry in entries if not entry.filed_at)][:count]


def oldest_first(entries: Sequence[Entry]) -> list[Entry]:
    """Entries in filing order, so posts read as the docket does; entries without a date last (a page whose date
    cell is empty or unreadable, a feed item without a readable pubDate), so that none becomes the root of its case's thread
    ahead of older dated filings.

    Entries filed at the same time (docket pages give only the day) are taken by entry number where they
    have one; the others keep their place, in reverse listing order (feeds list the newest first).
    """
    ordered = sorted(reversed(entries), key=_filed)
    for start in range(len(ordered)):
        if start and _filed(ordered[start]) == _filed(ordered[start - 1]):
            continue
        filed = _filed(ordered[start])
        end = next((i for i in range(start, len(ordered)) if _filed(ordered[i]) != filed), len(ordered))
        numbered = [(number, i) for i in range(start, end) if (number := _entry_number(ordered[i])) is not None]
        by_number = [ordered[i] for _, i in sorted(numbered)]  # a tie keeps the page's order
        for (_, slot), entry in zip(numbered, by_number):
            ordered[slot] = entry
    return ordered


def _entry_number(entry: Entry) -> int | None:
    return int(entry.number) if entry.number and entry.number.isdigit() else None
