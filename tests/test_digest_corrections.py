"""A court's edit in a digest: an entry seen before a digest's period that the court edits during it so that it gains an
event type a digest-only subscriber follows (a motion that now reads as a dismissal) is in that subscriber's next
digest, marked "corrected: now reads as a dismissal", once; an edit that adds no type the subscriber follows, or
that the court takes back within the period, is not (a type it adds that the filters leave out is counted with what
they left out). The other way round: a filing an earlier digest (sent) listed as a dismissal that the court edits so
that it no longer reads as one is in the next digest, marked "no longer reads as a dismissal (listed in the digest of
…)", once; not where the edit took back a type the destination does not follow, nor where it was given back.
End to end: real polls of a PACER feed served over a local socket that changes between them (on a clock the test
moves, day by day), a real store (SQLite and PostgreSQL), the digests the worker's job queues, as Slack shows them and
delivered through the outbox to the console; and `python -m bot digest` after `python -m bot check`, on the real
clock."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.app import App
from bot.cli import main
from bot.core.digest import Digest, DigestSchedule
from bot.delivery.deliver import Deliverer
from bot.delivery.digests import queue_due
from bot.poll.poller import Poller
from notifiers.console import ConsoleNotifier
from notifiers.slack.render import render_digest
from scrapers.http import Fetcher
from tests.support.apps import app_from_config
from tests.support.feeds import ChangingFeed
from tests.test_corrections import pacer_feed

DENVER = ZoneInfo("America/Denver")
DAILY_8 = DigestSchedule.parse("daily 08:00")
DAY_1 = datetime(2026, 11, 23, 9, 0, tzinfo=DENVER)  # an hour into the period that the digest of 11-24 08:00 covers
MARK = "corrected: now reads as a dismissal"

CONFIG = """\
timezone: America/Denver
http: {{per_host_interval: 0s, attempts: 1}}
slack: {{post_interval: 0s}}
sources:
  - id: caed
    kind: pacer_rss
    url: {url}
subscriptions:
  - channel: "#dismissals"
    events: [dismissal]
    digest: daily 08:00
    live: false
  - channel: "#desk"
    events: [motion, dismissal]
    digest: daily 08:00
    live: false
  - channel: "#orders"
    events: [order]
    digest: daily 08:00
    live: false
"""


@dataclass
class Clock:
    now: datetime = DAY_1

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Court:
    """The court's feed, the bot's polls of it on the test's clock, and the digests of the periods that clock ends."""

    feed: ChangingFeed
    app: App
    clock: Clock

    def poll(self, at: datetime, *events: str) -> None:
        """The feed lists entries 1, 2, … named `events` at `at`, when the bot polls it."""
        self.clock.now, self.feed.body = at, pacer_feed(list(events))
        poller = Poller(self.app.config, self.app.store, Fetcher(attempts=1, per_host_interval=0), clock=self.clock)
        assert poller.poll(self.app.config.sources[0]).ok

    def queue(self, at: datetime) -> list[Digest]:
        """The digests the worker's job queues at `at`: of the day that ended at the last 08:00."""
        return queue_due(self.app.store, self.app.config, DAILY_8, at)

    def deliver(self) -> str:
        """Delivers what the outbox holds to the console; what it printed."""
        printed = io.StringIO()
        Deliverer(self.app.store, ConsoleNotifier(printed), per_channel_interval=0).deliver_due()
        return printed.getvalue()

    def digests(self, at: datetime) -> dict[str, list[str]]:
        """The digests queued at `at`, by destination: each filing's line as Slack shows it."""
        return {digest.channel: [line for block in render_digest(digest)[1] if block["type"] == "section"
                                 for line in block["text"]["text"].splitlines() if line.startswith("• ")]
                for digest in self.queue(at)}


@pytest.fixture
def court(httpserver, database_url, tmp_path, monkeypatch) -> Iterator[Court]:
    feed = ChangingFeed(httpserver, pacer_feed([]))
    with app_from_config(CONFIG.format(url=feed.url), tmp_path, database_url, monkeypatch) as app:
        yield Court(feed, app, Clock())


def test_a_motion_the_court_edits_into_a_dismissal_is_in_the_next_digest_once_marked_a_correction(court):
    court.poll(DAY_1, "Complaint")  # the baseline
    court.poll(DAY_1 + timedelta(hours=1), "Complaint", "Dismiss")  # a motion, news for #desk only
    day_1 = court.digests(DAY_1 + timedelta(days=1))
    assert list(day_1) == ["#desk"] and len(day_1["#desk"]) == 1
    assert day_1["#desk"][0].startswith("• :page_facing_up: *Motion to Dismiss* · filed 2023-03-14 10:12 PDT · No. 2 · ")

    day_2 = DAY_1 + timedelta(days=1, hours=2)
    court.poll(day_2, "Complaint", "Notice of Voluntary Dismissal")  # the clerk's edit: now a dismissal
    court.poll(day_2 + timedelta(hours=1), "Complaint", "Notice of Voluntary Dismissal without Prejudice")  # and again
    digests = court.digests(DAY_1 + timedelta(days=2))

    assert set(digests) == {"#dismissals", "#desk"}  # #orders follows no type the edit added
    [line] = digests["#dismissals"]
    # as the day's last edit left it, marked
    assert line.startswith(f"• :x: *Notice of Voluntary Dismissal without Prejudice* · _{MARK}_ · filed 2023-03-14 "
                           "10:12 PDT · No. 2 · <https://ecf.caed.uscourts.gov/doc1/")
    assert digests["#desk"] == [line]  # the motion #desk was told of the day before: now a dismissal
    assert court.digests(DAY_1 + timedelta(days=3)) == {}  # once: not in the next day's digest

    printed = io.StringIO()
    assert Deliverer(court.app.store, ConsoleNotifier(printed), per_channel_interval=0).deliver_due().sent == 3
    [dismissals] = [message for message in printed.getvalue().split("── ") if message.startswith("#dismissals")]
    assert "Daily digest: 1 filing in 1 case, 1 corrected\n2026-11-24 08:00 MST to 2026-11-25 08:00 MST\n" in dismissals
    assert f"  • Notice of Voluntary Dismissal without Prejudice ({MARK} · filed 2023-03-14 10:12 PDT · No. 2)" in dismissals


def test_an_edit_taken_back_the_same_day_or_adding_no_followed_type_is_not_in_the_digest(court):
    court.poll(DAY_1, "Complaint")
    court.poll(DAY_1 + timedelta(hours=1), "Complaint", "Notice of Voluntary Dismissal", "Motion to Dismiss")
    assert {channel: len(lines) for channel, lines in court.digests(DAY_1 + timedelta(days=1)).items()} == {
        "#dismissals": 1, "#desk": 2}

    day_2 = DAY_1 + timedelta(days=1, hours=2)
    court.poll(day_2, "Complaint", "Opposition to Motion to Dismiss", "Order on Motion to Dismiss")
    court.poll(day_2 + timedelta(hours=1), "Complaint", "Notice of Voluntary Dismissal", "Order on Motion to Dismiss",
               "Notice of Voluntary Dismissal")  # entry 2 a dismissal again, as #dismissals was told; entry 4 is new
    digests = {digest.channel: digest for digest in court.queue(DAY_1 + timedelta(days=2))}
    digest = digests["#dismissals"]

    assert [[item.entry.number for item in case] for case in digest.cases] == [["4"]]
    assert digest.corrections == 0
    assert digest.left_out == 1  # entry 3, now an order: a type the edit added that #dismissals does not follow


def test_the_digest_command_lists_a_first_polls_entry_the_court_edited_into_a_dismissal(
    httpserver, database_url, tmp_path, monkeypatch, capsys
):
    feed = ChangingFeed(httpserver, pacer_feed(["Complaint", "Opposition to Motion to Dismiss"]))
    (tmp_path / "sources.yaml").write_text(CONFIG.format(url=feed.url))
    monkeypatch.setenv("DOCKETBOT_CONFIG", str(tmp_path / "sources.yaml"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    assert main(["check"]) == 0  # the first poll: recorded, not news
    feed.body = pacer_feed(["Complaint", "Notice of Voluntary Dismissal"])
    assert main(["check"]) == 0
    capsys.readouterr()

    assert main(["digest", "--channel", "#dismissals"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("#dismissals: 1 filing in 1 case, 1 corrected, ")
    assert "Digest: 1 filing in 1 case, 1 corrected\n" in out
    assert f"  • Notice of Voluntary Dismissal ({MARK} · filed 2023-03-14 10:12 PDT · No. 2) Document: " in out

    assert main(["digest", "--channel", "#dismissals"]) == 0  # asked again: the same digest, not queued again
    assert "the same digest (1 filing in 1 case, 1 corrected) was queued " in capsys.readouterr().out


NO_LONGER = "no longer reads as a dismissal (listed in the digest of 2026-11-24)"


def test_a_dismissal_a_sent_digest_listed_that_the_court_edits_into_a_motion_is_in_the_next_digest_once(court):
    court.poll(DAY_1, "Complaint")
    court.poll(DAY_1 + timedelta(hours=1), "Complaint", "Notice of Voluntary Dismissal")
    assert {channel: len(lines) for channel, lines in court.digests(DAY_1 + timedelta(days=1)).items()} == {
        "#dismissals": 1, "#desk": 1}
    court.deliver()  # the subscribers read "Notice of Voluntary Dismissal" in the digest of 2026-11-24

    court.poll(DAY_1 + timedelta(days=1, hours=2), "Complaint", "Motion to Dismiss")  # the clerk's edit: a motion
    digests = court.digests(DAY_1 + timedelta(days=2))

    assert set(digests) == {"#dismissals", "#desk"}  # #orders listed nothing of it
    assert digests["#dismissals"] == [digests["#dismissals"][0]] and digests["#dismissals"][0].startswith(
        f"• :page_facing_up: *Motion to Dismiss* · _{NO_LONGER}_ · filed 2023-03-14 10:12 PDT · No. 2 · ")
    assert digests["#desk"][0].startswith("• :page_facing_up: *Motion to Dismiss* · _corrected: now reads as a motion, "
                                          "no longer as a dismissal (listed in the digest of 2026-11-24)_ · ")
    printed = court.deliver()
    [dismissals] = [message for message in printed.split("── ") if message.startswith("#dismissals")]
    assert "Daily digest: 1 filing in 1 case, 1 corrected\n2026-11-24 08:00 MST to 2026-11-25 08:00 MST\n" in dismissals
    assert f"  • Motion to Dismiss ({NO_LONGER} · filed 2023-03-14 10:12 PDT · No. 2)" in dismissals
    assert court.digests(DAY_1 + timedelta(days=3)) == {}  # told once


def test_an_edit_given_back_or_taking_back_a_type_not_followed_is_no_retraction(court):
    court.poll(DAY_1, "Complaint")
    court.poll(DAY_1 + timedelta(hours=1), "Complaint", "Stipulation and Order of Voluntary Dismissal",
               "Notice of Voluntary Dismissal")
    court.queue(DAY_1 + timedelta(days=1))
    court.deliver()

    day_2 = DAY_1 + timedelta(days=1, hours=2)
    court.poll(day_2, "Complaint", "Notice of Voluntary Dismissal", "Motion to Dismiss")  # no order; a motion
    court.poll(day_2 + timedelta(hours=1), "Complaint", "Notice of Voluntary Dismissal",
               "Notice of Voluntary Dismissal")  # entry 3 a dismissal again, as the digest listed it
    digests = {digest.channel: digest for digest in court.queue(DAY_1 + timedelta(days=2))}

    assert set(digests) == {"#orders"}  # #dismissals follows no type entry 2 lost, and entry 3 reads as it was listed
    [[item]] = digests["#orders"].cases
    assert (item.entry.number, item.taken_back) == ("2", ("order",))


def test_the_digest_command_tells_a_digest_only_channel_its_dismissal_is_no_longer_one(
    httpserver, database_url, tmp_path, monkeypatch, capsys
):
    feed = ChangingFeed(httpserver, pacer_feed(["Complaint"]))
    (tmp_path / "sources.yaml").write_text(CONFIG.format(url=feed.url))
    monkeypatch.setenv("DOCKETBOT_CONFIG", str(tmp_path / "sources.yaml"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    assert main(["check"]) == 0  # the baseline
    feed.body = pacer_feed(["Complaint", "Notice of Voluntary Dismissal"])
    assert main(["check"]) == 0
    assert main(["digest", "--channel", "#dismissals"]) == 0  # sent: it lists the dismissal
    feed.body = pacer_feed(["Complaint", "Motion to Dismiss"])
    assert main(["check"]) == 0
    capsys.readouterr()

    assert main(["digest", "--channel", "#dismissals"]) == 0
    out = capsys.readouterr().out
    today = datetime.now(DENVER).date().isoformat()
    assert out.startswith("#dismissals: 1 filing in 1 case, 1 corrected, ")
    assert (f"  • Motion to Dismiss (no longer reads as a dismissal (listed in the digest of {today}) · filed "
            "2023-03-14 10:12 PDT · No. 2) Document: ") in out

    assert main(["digest", "--channel", "#dismissals"]) == 0  # told: not again
    assert capsys.readouterr().out.startswith("#dismissals: nothing its subscriptions follow was seen from ")
