"""After a post went out: a free copy of its document, linked in the post, and a picture of its first page in its
thread. The post goes first; what is found follows it, so that a slow or failing CourtListener or document
server never delays or loses a post.

Every sent post about court filings gets a follow-up (bot/store/free_copies.py), so that `check` accounts for each
of them once, with one reason when nothing followed it (`follow_up_wanted`); a news story's post gets one only when
its link names a PDF: a story has no document to look up, and is left out of the count otherwise. For each, `run`:

1. finds the free copy: for a PACER document (`https://ecf.nysb.uscourts.gov/doc1/…`, a court of appeals'
   `https://ecf.ca11.uscourts.gov/docs1/…`), RECAP's, asked of CourtListener (scrapers/recap.py: one request per
   court for all the documents due, each document asked once, its answer kept in the store), and only with
   COURTLISTENER_TOKEN (without it the follow-up says so, and `check` counts it); for any other document link that
   needs no login and names a PDF (a state court portal's, a news site's `….pdf`), the link itself; a post that
   links no document of its own, or lists several filings (a burst), has nothing to find, and says so;
2. when there is one and the post's subscriptions want previews (`preview: false` turns them off), fetches the PDF
   (at most MAX_PDF_BYTES, with short timeouts) and renders its first page (bot/delivery/preview.py);
3. has the notifier that sent the post show them (notifiers/base.py `add_free_copy`, `add_preview`: Slack edits
   the post to add "Free copy (RECAP)" beside "Document" and uploads the picture into its thread; the console
   prints them; Apprise, which cannot add to a message it sent, shows nothing), and records what came of each,
   or why nothing did.

A run takes the due follow-ups in batches until none is left, and stops starting new ones after RUN_BUDGET seconds
(the rest wait for the next run, and the report counts them), so that the posts queued meanwhile wait little.
Nothing here raises: every failure is a follow-up's note and a count in the report.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from bot.core.clock import utc_now
from bot.core.post import Post, Preview
from bot.delivery.preview import PreviewError, first_page
from bot.store import FollowUp, Store
from notifiers.base import DeliveryError, Notifiers
from scrapers.http import (
    COURTLISTENER_API,
    COURTLISTENER_INTERVAL,
    COURTLISTENER_TOKEN,
    Fetcher,
    FetchError,
    split_url,
)
from scrapers.recap import PacerDocument, PartialAnswer, RecapLookup, pacer_document

log = logging.getLogger(__name__)

MAX_PDF_BYTES = 8 * 1024 * 1024  # a document larger than this gets no preview
CONNECT_TIMEOUT = 5.0  # seconds, for CourtListener and the documents' servers
READ_TIMEOUT = 15.0
RUN_BUDGET = 30.0  # seconds a run may start follow-ups for
NO_TOKEN = f"RECAP not asked: {COURTLISTENER_TOKEN} is not set"
NO_DOCUMENT = "no document link"
SEVERAL_FILINGS = "several filings in one post"
OTHER_LINK = "the document link is not PACER's and names no PDF"


def follow_up_wanted(post: Post) -> bool:
    """Whether a sent post gets a follow-up: every post about court filings (one without a document link too: its
    follow-up says why nothing followed it); a news story's post only when its link names a PDF (not a later report
    of a story told before)."""
    if post.entry.is_story:
        return not post.folded and not post.echo_of and public_pdf(post.entry.url)
    return True


def document_link(post: Post) -> str:
    """The link of the one document a post is about; "" for a burst (several filings) or an entry that links none
    of its own (its link is its docket's, or it has none)."""
    entry = post.entry
    return "" if post.folded or entry.url == entry.docket_url else entry.url


def public_pdf(url: str) -> bool:
    """Whether a document link (not PACER's) names a PDF anyone may fetch: http(s), a path ending in `.pdf`."""
    parts = split_url(url)
    return parts.scheme in ("http", "https") and parts.path.lower().endswith(".pdf") and pacer_document(url) is None


@dataclass
class FreeCopyReport:
    """What a run of follow-ups came to: free copies found in RECAP and linked, previews shown, the follow-ups that
    showed nothing, by reason (each counted once, under the reason its note gives), and those left for a later run
    (`waiting`: the run's time was up)."""

    linked: int = 0
    previews: int = 0
    nothing: Counter[str] = field(default_factory=Counter)
    waiting: int = 0

    def line(self) -> str:
        """`free copies: 1 found in RECAP and linked, 1 preview; nothing shown for 6 posts: not in RECAP (4); no
        document link (2); 3 posts left for the next run`, or "" when no post had a follow-up."""
        shown = [f"{self.linked} found in RECAP and linked" if self.linked else "",
                 f"{self.previews} preview{'' if self.previews == 1 else 's'}" if self.previews else ""]
        parts = [", ".join(part for part in shown if part)]
        if self.nothing:
            count = sum(self.nothing.values())
            reasons = "; ".join(f"{reason} ({n})" for reason, n in self.nothing.most_common())
            parts.append(f"nothing shown for {_posts(count)}: {reasons}")
        if self.waiting:
            parts.append(f"{_posts(self.waiting)} left for the next run")
        said = "; ".join(part for part in parts if part)
        return f"free copies: {said}" if said else ""

    def add(self, other: FreeCopyReport) -> None:
        """Counts `other`'s follow-ups in this report too (several runs told as one)."""
        self.linked += other.linked
        self.previews += other.previews
        self.nothing.update(other.nothing)
        self.waiting = other.waiting  # the latest run's: an earlier run's waiting follow-ups were taken up since


def _posts(count: int) -> str:
    return f"{count} post{'' if count == 1 else 's'}"


class FreeCopyFinder:
    """Runs the follow-ups of sent posts (see the module docstring). `api` is CourtListener's API base URL;
    without a `fetcher` it makes its own, whose requests to that API are `courtlistener_interval` seconds apart."""

    def __init__(
        self, store: Store, notifiers: Notifiers, environ: Mapping[str, str], fetcher: Fetcher | None = None,
        api: str = COURTLISTENER_API, courtlistener_interval: float = COURTLISTENER_INTERVAL,
    ) -> None:
        self.store = store
        self.fetcher = fetcher or Fetcher(connect_timeout=CONNECT_TIMEOUT, read_timeout=READ_TIMEOUT, attempts=1,
                                          max_bytes=MAX_PDF_BYTES, courtlistener_interval=courtlistener_interval)
        self.recap = RecapLookup(self.fetcher, environ, api)
        self.budget = RUN_BUDGET
        # the notifiers whose posts it follows up, by name: only the notifier that sent a post can add to it, so a
        # post sent through another process's (Slack's, to a shell without the token) is left to that process
        self.followers = {notifier.name: notifier for _, notifier in notifiers if notifier.follows_up}

    def run(self, batch: int = 20) -> FreeCopyReport:
        """Runs the due follow-ups, `batch` at a time (CourtListener is asked once per court and batch), until none
        is due or the run's time (`budget` seconds) is up; never raises."""
        report = FreeCopyReport()
        deadline = time.monotonic() + self.budget
        while time.monotonic() <= deadline and (follow_ups := self.store.claim_follow_ups(self.followers, batch)):
            self._run_batch(follow_ups, deadline, report)
        if time.monotonic() > deadline:
            report.waiting = self.store.count_due_follow_ups(self.followers)
        if report.linked or report.previews:
            log.info("%s", report.line())
        return report

    def _run_batch(self, follow_ups: list[FollowUp], deadline: float, report: FreeCopyReport) -> None:
        """Runs claimed follow-ups, counting each in `report`; those past `deadline` are made due again."""
        found, unknown = self._ask_recap(
            [document for f in follow_ups if (document := pacer_document(document_link(f.post)))])
        for follow_up in follow_ups:
            if time.monotonic() > deadline:
                self.store.put_back_follow_up(follow_up.id)
                continue
            note = self._follow(follow_up, found, unknown, report)
            if note.startswith("nothing shown"):
                report.nothing[note.removeprefix("nothing shown: ")] += 1
            log.debug("follow-up of message %d to %s: %s", follow_up.id, follow_up.post.channel, note)
            self.store.finish_follow_up(follow_up.id, note)

    def _ask_recap(
        self, documents: list[PacerDocument]
    ) -> tuple[dict[PacerDocument, str | None], dict[PacerDocument, str]]:
        """(each document's free copy, a URL, or None when RECAP does not hold it; why the others are not known)."""
        if not documents:
            return {}, {}
        if not self.recap.token:
            return {}, dict.fromkeys(documents, NO_TOKEN)
        found = self.store.known_free_copies(documents)
        asked = [document for document in documents if document not in found]
        unknown: dict[PacerDocument, str] = {}
        if asked:
            try:
                answers = self.recap.free_copies(asked)
            except PartialAnswer as exc:
                log.warning("CourtListener did not say which documents RECAP holds: %s", exc)
                answers = exc.answered
                unknown = {document: f"RECAP not asked: CourtListener failed ({exc.detail})"
                           for document in asked if document not in answers}
            self.store.save_free_copies(answers, utc_now())
            found.update(answers)
        return found, unknown

    def _follow(
        self, follow_up: FollowUp, found: Mapping[PacerDocument, str | None], unknown: Mapping[PacerDocument, str],
        report: FreeCopyReport,
    ) -> str:
        """Shows what can be shown of one follow-up; returns the note that says what it was."""
        post, url = follow_up.post, document_link(follow_up.post)
        if not url:
            return f"nothing shown: {SEVERAL_FILINGS if post.folded else NO_DOCUMENT}"
        document = pacer_document(url)
        if document is not None:
            if document in unknown:
                return f"nothing shown: {unknown[document]}"
            free_copy = found.get(document)
            if free_copy is None:
                return "nothing shown: not in RECAP"
            post, pdf_url = replace(post, free_copy=free_copy), free_copy
        elif public_pdf(url):
            pdf_url = url
        else:
            return f"nothing shown: {OTHER_LINK}"
        notifier = self.followers[follow_up.sent.notifier]  # claimed as one of theirs
        notes, shown = [], False
        if post.free_copy:
            try:
                notifier.add_free_copy(follow_up.sent, post)
                notes.append("free copy linked")
                report.linked, shown = report.linked + 1, True
            except DeliveryError as exc:
                notes.append(f"free copy not linked: {exc}")
        preview, why = self._preview(pdf_url) if post.preview else (None, "preview: false")
        if preview is not None:
            try:
                notifier.add_preview(follow_up.sent, post, preview)
                notes.append(f"preview shown ({preview.describe()})")
                report.previews, shown = report.previews + 1, True
            except DeliveryError as exc:
                why = str(exc)
        if why:
            notes.append(f"no preview: {why}")
        return "; ".join(notes) if shown else f"nothing shown: {'; '.join(notes)}"

    def _preview(self, url: str) -> tuple[Preview | None, str]:
        """The first page of the PDF at `url`, or None and why not."""
        try:
            return first_page(self.fetcher.get(url)), ""
        except (FetchError, PreviewError) as exc:
            return None, f"preview failed: {exc}"
