"""Stories are events: charges dropped after the charge is news of its own, in the case's thread, broadcast.

Deadline's real WordPress feed and New Mexico Court Watch's Atom feed are served locally, both sources of the
case `rust-baldwin`. Deadline first reports the charge (an item written in the feed's own format, with the
headline Deadline ran in January 2023), then the charges dropped (the feed's real item); Court Watch reports
the same dismissal later (its real entry).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.cli import main
from bot.core.entry import Entry
from bot.core.stories import Story
from bot.pipeline.stories import find_story, headline, headline_words
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support.feeds import FIXTURES, ChangingFeed

DEADLINE = (FIXTURES / "news_rss" / "deadline_wordpress.xml").read_bytes()
COURTWATCH = (FIXTURES / "news_rss" / "courtwatch_atom.xml").read_bytes()
DROPPED = re.search(rb"<item>(?:(?!</item>).)*?Charges Dropped.*?</item>", DEADLINE, re.DOTALL).group()
CHARGED = (
    DROPPED.replace(b"Alec Baldwin Involuntary Manslaughter Charges Dropped In &#8216;Rust&#8217; Shooting Case",
                    b"Alec Baldwin To Be Charged With Involuntary Manslaughter In &#8216;Rust&#8217; Shooting")
    .replace(b"2023/04/alec-baldwin-rust-charges-dropped-1235332286",
             b"2023/01/alec-baldwin-charged-rust-shooting-1235224180")
    .replace(b"?p=1235332286", b"?p=1235224180")
    .replace(b"Thu, 20 Apr 2023 19:48:12", b"Thu, 19 Jan 2023 17:02:40")
)
CHARGED = re.sub(
    rb"<description>.*?</description>",
    b"<description><![CDATA[Special prosecutors will charge Alec Baldwin with involuntary manslaughter in the "
    b"fatal shooting of cinematographer Halyna Hutchins on the set of <em>Rust</em>. [&#8230;]]]></description>",
    CHARGED, flags=re.DOTALL,
)
COURT_WATCH_DROPPED = re.search(rb"<entry>(?:(?!</entry>).)*?drop manslaughter case.*?</entry>", COURTWATCH,
                                re.DOTALL).group()
COURTWATCH_EMPTY = re.sub(rb"<entry>.*?</entry>", b"", COURTWATCH, flags=re.DOTALL)

CONFIG = """\
sources:
  - id: deadline
    kind: news_rss
    url: {deadline}
    case: rust-baldwin
    keywords: ["Alec Baldwin"]
  - id: courtwatch
    kind: news_rss
    url: {courtwatch}
    case: rust-baldwin
    keywords: ["Alec Baldwin"]
subscriptions:
  - channel: "#rust-case"
    case: rust-baldwin
    events: [charge, dismissal]
"""


def deadline_with(*items: bytes) -> bytes:
    without = DEADLINE.replace(DROPPED, b"")
    first = without.index(b"<item>")
    return without[:first] + b"".join(items) + without[first:]


def courtwatch_with(*entries: bytes) -> bytes:
    at = COURTWATCH_EMPTY.index(b"</feed>")
    return COURTWATCH_EMPTY[:at] + b"".join(entries) + COURTWATCH_EMPTY[at:]


@pytest.fixture
def feeds(httpserver, use_config, database_url):
    served = {
        "deadline": ChangingFeed(httpserver, deadline_with(), "/deadline"),
        "courtwatch": ChangingFeed(httpserver, courtwatch_with(), "/courtwatch"),
    }
    use_config(CONFIG.format(**{name: feed.url for name, feed in served.items()}), database_url)
    return served


def test_charges_dropped_after_the_charge_is_its_own_post_in_the_thread_broadcast(feeds, monkeypatch, capsys):
    with FakeSlack() as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)
        monkeypatch.setenv("SLACK_API_URL", slack.base_url)
        assert main(["check"]) == 0  # the baseline
        feeds["deadline"].body = deadline_with(CHARGED)
        assert main(["check"]) == 0
        feeds["deadline"].body = deadline_with(DROPPED, CHARGED)
        feeds["courtwatch"].body = courtwatch_with(COURT_WATCH_DROPPED)
        assert main(["check"]) == 0, capsys.readouterr().out
        messages = list(slack.messages)
    assert {m["channel"] for m in messages} == {channel_id("#rust-case")}
    charged, dropped, also = messages
    assert charged["text"].startswith("Charge: Alec Baldwin To Be Charged With Involuntary Manslaughter In ‘Rust’ "
                                      "Shooting (Deadline) — ") and charged["thread_ts"] is None
    assert dropped["text"].startswith("Dismissal: Alec Baldwin Involuntary Manslaughter Charges Dropped In ‘Rust’ "
                                      "Shooting Case (Deadline) — ")
    assert dropped["thread_ts"] == charged["ts"] and dropped["reply_broadcast"] is True
    assert also["text"].startswith("Also reported by New Mexico Court Watch: Special prosecutors drop")
    assert also["thread_ts"] == charged["ts"] and not also["reply_broadcast"]


NOW = datetime(2023, 4, 20, 20, 0, tzinfo=UTC)


def news(text: str, url: str, outlet: str = "Deadline") -> Entry:
    return Entry("deadline", url, "", "", outlet, text, url=url, case_key="rust-baldwin")


def test_a_story_is_a_copy_only_of_a_report_that_carries_its_events():
    charge = news("Prosecutors charge Alec Baldwin", "https://deadline.com/a/")
    drop = news("Prosecutors drop charges against Alec Baldwin", "https://deadline.com/b/")
    charged = Story(charge.url, headline_words(headline(charge)), "Deadline", "case:rust-baldwin", NOW, ("other",))
    assert find_story(drop, [charged], NOW) == charged  # the same story by its words...
    assert find_story(drop, [charged], NOW, ("dismissal",)) is None  # ...but a new event of it
    dropped = Story(drop.url, headline_words(headline(drop)), "Deadline", "case:rust-baldwin", NOW, ("dismissal",))
    copy = news("Prosecutors drop charges against Alec Baldwin", "https://courtwatch.example/c/", "Court Watch")
    assert find_story(copy, [charged, dropped], NOW, ("dismissal",)) == dropped
    legacy = Story(charge.url, charged.words, "Deadline", "case:rust-baldwin", NOW - timedelta(hours=1))
    assert find_story(drop, [legacy], NOW, ("dismissal",)) == legacy  # stored before events were kept
