"""A store as a busy day leaves it, for the status page's tests: a source that works (with skipped items), one
that fails, one never polled; posts sent, failed and held; a worker that beats."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.entry import Entry
from bot.core.post import MessageRef, Post, Queued
from bot.ops.status import WORKER_HEARTBEAT
from bot.store import Harvest, Hold, Store

CONFIG = """\
sources:
  - id: nmd
    kind: pacer_rss
    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl
  - id: cand
    kind: pacer_rss
    url: https://ecf.cand.uscourts.gov/cgi-bin/rss_outside.pl
  - id: sdny
    kind: pacer_rss
    url: https://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl
subscriptions:
  - channel: "#motions"
    events: [motion, order]
  - channel: "#dismissals"
    events: [dismissal]
"""

SKIP_NOTE = "title has no docket number (2), e.g. 'Calendar update'"
FAILURE = "https://ecf.cand.uscourts.gov/cgi-bin/rss_outside.pl: HTTP 503 <Service Unavailable>"
DOCUMENT = "https://ecf.nmd.uscourts.gov/doc1/12345"  # the sent post's (entry 45)
SENT = MessageRef("slack", "C0MOTIONS/1764400000.000100")


def entry(number: str, text: str) -> Entry:
    return Entry(
        source_id="nmd", key=f"nmd-{number}", case_number="1:23-cv-00412", case_name="Baldwin v. Hutchins",
        court="nmd", text=text, url=f"https://ecf.nmd.uscourts.gov/doc1/123{number}",
        docket_url="https://ecf.nmd.uscourts.gov/cgi-bin/DktRpt.pl?180312", number=number,
    )


def busy_state(store: Store, now: datetime) -> None:
    """Fills `store`: nmd polled at `now` (3 new entries, 2 items skipped; one post sent to #motions, one failed
    there, one held in #dismissals), cand failing 3 polls in a row, sdny never polled, a worker beat 20 s ago."""
    motion = entry("45", "MOTION to Dismiss for Lack of Jurisdiction by Alec Baldwin")
    dismissal = entry("46", "NOTICE of Voluntary Dismissal by Hannah Hutchins")
    order = entry("47", "ORDER setting hearing on Motion to Dismiss")
    queued = [
        Queued(Post("#motions", motion, ("motion",)), "nmd:1:23-cv-00412"),
        Queued(Post("#dismissals", dismissal, ("dismissal",)), "nmd:1:23-cv-00412"),
        Queued(Post("#motions", order, ("order", "hearing")), "nmd:1:23-cv-00412"),
    ]
    store.record_success("nmd", Harvest(new=[motion, dismissal, order], queued=queued, parsed=12, skipped=2,
                                        skip_note=SKIP_NOTE), now - timedelta(minutes=2))
    store.hold(Hold("#dismissals", "not_in_channel", "Slack did not take the post to #dismissals: not_in_channel",
                    "invite the bot: /invite @docketbot in #dismissals", now - timedelta(minutes=1),
                    now + timedelta(minutes=5)))
    sent = store.claim_next("test:1:a", now, timedelta(minutes=2))
    assert sent is not None and sent.post is not None and sent.post.entry.key == motion.key
    store.mark_sent(sent.id, sent.channel, SENT, now - timedelta(seconds=30))
    failed = store.claim_next("test:1:a", now, timedelta(minutes=2))
    assert failed is not None and failed.post is not None and failed.post.entry.key == order.key
    store.mark_failed(failed.id, "Slack did not take the post to #motions: msg_too_long")
    for minutes in (30, 20, 10):
        store.record_failure("cand", FAILURE, now - timedelta(minutes=minutes))
    store.beat(WORKER_HEARTBEAT, now - timedelta(seconds=20))
