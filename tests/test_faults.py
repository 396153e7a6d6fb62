"""Faults at a source and at Slack, on real sockets and both databases.

A source that fails (an HTTP error, a silent or broken connection, a page that is not what its kind reads)
posts nothing, keeps its known entries, records an error naming the problem, alerts ops once after
`alert_after` polls, and once the fault is gone posts exactly the new filings and one recovery notice.
A Slack outage delays posts but loses, repeats or reorders none.

The sources are served by tests/support/fault_server.py; the poller and the deliverer run on a test clock,
so that the suite waits for nothing but the 1 s read timeout of the silent-server fault.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
import requests

from bot.app import fetcher_for
from bot.config import Config
from bot.core.courts import court_name
from bot.delivery.deliver import Deliverer
from bot.poll.poller import Poller, PollResult
from notifiers.slack.notifier import SlackNotifier, build_client
from notifiers.slack.render import render
from scrapers import SCRAPERS
from scrapers.http import Fetcher, FetchError
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support import fault_server as faults
from tests.support.fault_server import FaultServer
from tests.support.feeds import FIXTURES, feed_without_newest
from tests.test_end_to_end import EXPECTED_DISMISSALS, EXPECTED_MOTIONS, FULL_FEED, WITHHELD_ITEMS

pytestmark = pytest.mark.slow  # waits out real timeouts and retries of misbehaving servers

SOURCE_ID = "src"
OPS = "#ops"
FAULTY_POLLS = 4  # one past alert_after: the alert must not come again
CONFIG = {
    "defaults": {"alert_after": 3},
    "http": {"attempts": 1, "read_timeout": "1s", "connect_timeout": "1s", "total_timeout": "2s", "per_host_interval": "0s"},
    "slack": {"post_interval": "0s", "ops_channel": OPS},
    "subscriptions": [
        {"channel": "#motions", "events": ["motion"]},
        {"channel": "#dismissals", "events": ["dismissal"]},
    ],
}
DOCKET = (FIXTURES / "html_docket" / "pacer_cacd.html").read_bytes()
_DOCKET_ROW = re.compile(rb"<tr><td[^>]*>\d\d/\d\d/\d{4}</td>.*?</tr>\n?", re.DOTALL)
_ITEM_TITLE = re.compile(rb"<title>(\d[\d:]*-\S+) (.*?)</title>")


def docket_without_last(page: bytes, count: int) -> bytes:
    """A docket report as it was before its last `count` entries were filed (entries are listed oldest first)."""
    rows = list(_DOCKET_ROW.finditer(page))
    return page[: rows[-count].start()] + page[rows[-1].end() :]


def docket_table(page: bytes) -> slice:
    """Where the docket table (the one headed "Docket Text") is in a docket report."""
    header = page.index(b"Docket Text")
    return slice(page.rindex(b"<table", 0, header), page.index(b"</table>", header) + len(b"</table>"))


@dataclass(frozen=True)
class Site:
    """A source as the fault server serves it: its page before and after new filings, and what those are.

    `motions` and `dismissals` are the new filings as (case number, start of the entry text).
    """

    settings: dict
    path: str
    content_type: str
    before: bytes
    after: bytes
    court: str
    motions: frozenset[tuple[str, str]]
    dismissals: frozenset[tuple[str, str]]

    def with_page(self, body: bytes) -> faults.Fault:
        """A fault that serves `body`, a page of another layout, in this site's content type."""
        return faults.changed(body, self.content_type)


FEED = Site(
    settings={"kind": "pacer_rss"},
    path="/cgi-bin/rss_outside.pl",
    content_type="application/rss+xml; charset=ISO-8859-1",
    before=feed_without_newest(FULL_FEED, WITHHELD_ITEMS),
    after=FULL_FEED,
    court="nysd",
    motions=frozenset(EXPECTED_MOTIONS),
    dismissals=frozenset(EXPECTED_DISMISSALS),
)
DOCKET_REPORT = Site(
    settings={"kind": "html_docket", "preset": "pacer_docket"},
    path="/cgi-bin/DktRpt.pl",
    content_type="text/html; charset=ISO-8859-1",
    before=docket_without_last(DOCKET, 6),
    after=DOCKET,
    court="cacd",
    motions=frozenset({("2:06-cv-00350", "NOTICE OF MOTION AND MOTION to Withdraw filed by defendants")}),
    dismissals=frozenset({
        ("2:06-cv-00350", "STIPULATION AND ORDER that this action is to be dismissed with prejudice"),
        ("2:06-cv-00350", "STIPULATION AND ORDER for voluntary dismissal of the entire action"),
    }),
)
# The feed with the docket number moved behind the case name in each item's title.
RELAID_FEED = _ITEM_TITLE.sub(rb"<title>\2 (\1)</title>", FULL_FEED)
DOCKET_RENAMED = DOCKET.replace(b"Docket Text", b"Entry Text")
DOCKET_GONE = DOCKET[: docket_table(DOCKET).start] + DOCKET[docket_table(DOCKET).stop :]

LAYOUT_CHANGED = (
    "parsed 0 entries where the last good poll had 41: the page may have changed its layout; the old state is kept"
)
# (site, fault, the source's recorded error as a regular expression; {url} stands for the URL, escaped)
FAILURES = [
    pytest.param(FEED, faults.HTTP_500, r"{url}: HTTP 500", id="http-500"),
    pytest.param(FEED, faults.RATE_LIMITED, r"{url}: HTTP 429", id="http-429"),
    pytest.param(FEED, faults.SILENT, r"{url}: timed out \(limits 1s to connect, 1s to read\)", id="timeout"),
    pytest.param(FEED, faults.RESET, r"{url}: connection broken mid-body \(.*Connection reset by peer\)", id="reset"),
    pytest.param(
        FEED, faults.TRUNCATED,
        r"{url}: connection broken mid-body \(IncompleteRead\(\d+ bytes read, \d+ more expected\)\)", id="truncated",
    ),
    pytest.param(FEED, faults.WRONG_TYPE, r"{url}: not an RSS or Atom feed", id="html-page"),
    pytest.param(FEED, faults.EMPTY, r"{url}: the server sent an empty page", id="empty"),
    pytest.param(FEED, faults.HUGE, r"{url}: body is over the 20,971,520-byte cap", id="50-mb"),
    pytest.param(FEED, faults.DRIP, r"{url}: no complete answer within 2s", id="drip"),
    pytest.param(FEED, faults.REDIRECT_LOOP, r"{url}: too many redirects", id="redirect-loop"),
    pytest.param(
        FEED, FEED.with_page(RELAID_FEED),
        r"{url}: none of the feed's 358 items has a docket number in its title: the feed's layout may have changed",
        id="rss-layout-changed",
    ),
    pytest.param(
        DOCKET_REPORT, faults.WRONG_TYPE, r"{url}: not a PACER docket report: no case number title and no docket table",
        id="docket-html-page",
    ),
    pytest.param(
        DOCKET_REPORT, faults.EMPTY, r"{url}: the server sent an empty page", id="docket-empty",
    ),
    pytest.param(
        DOCKET_REPORT, DOCKET_REPORT.with_page(DOCKET_RENAMED), "{url}: " + re.escape(LAYOUT_CHANGED), id="docket-table-renamed"
    ),
    pytest.param(DOCKET_REPORT, DOCKET_REPORT.with_page(DOCKET_GONE), "{url}: " + re.escape(LAYOUT_CHANGED), id="docket-table-gone"),
]


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


class Bot:
    """One source on the fault server, polled and delivered to a fake Slack on a test clock."""

    def __init__(self, site: Site, server: FaultServer, slack: FakeSlack, store) -> None:
        self.site = site
        self.server = server
        self.slack = slack
        self.store = store
        self.url = server.url(site.path)
        self.config = Config.model_validate({**CONFIG, "sources": [{"id": SOURCE_ID, "url": self.url, **site.settings}]})
        [self.source] = self.config.sources
        self.clock = Clock()
        self.poller = Poller(self.config, store, fetcher_for(self.config), clock=self.clock)
        notifier = SlackNotifier(build_client(slack.token, slack.base_url))
        interval = self.config.slack.post_interval.total_seconds()
        self.deliverer = Deliverer(store, notifier, clock=self.clock, per_channel_interval=interval)
        server.serve(site.path, site.before, site.content_type)

    def poll(self) -> PollResult:
        """A poll on schedule (15 minutes after the last), then delivery of what it queued."""
        self.clock.now += timedelta(minutes=15)
        result = self.poller.poll(self.source)
        self.deliverer.deliver_due()
        return result

    def known(self) -> tuple[dict[str, str], int]:
        """The stored text of each entry of the page before the news, and how many entries the source knows."""
        keys = [entry.key for entry in SCRAPERS[self.source.kind](self.source).parse(self.site.before, self.url)]
        return self.store.known_texts(SOURCE_ID, keys), self.store.state(SOURCE_ID).entries_known

    def texts(self, channel: str) -> list[str]:
        return [m["text"] for m in self.slack.messages if m["channel"] == channel_id(channel)]

    def news(self, channel: str) -> list[tuple[str, str]]:
        """What each post to `channel` is about, as the (case number, text start) of the site's news it matches;
        a post that matches none is given as its whole text."""
        expected = self.site.motions | self.site.dismissals
        return sorted(
            next((news for news in expected if f"({news[0]}, {court_name(self.site.court)})" in text
                  and news[1].lower() in text.lower()), (text, ""))
            for text in self.texts(channel)
        )

    def channels(self) -> set[str]:
        return {message["channel"] for message in self.slack.messages}


@pytest.fixture
def server():
    with FaultServer() as running:
        yield running


@pytest.fixture
def bot(request, server, slack, store) -> Bot:
    return Bot(request.param, server, slack, store)


def assert_news_posted_once(bot: Bot) -> None:
    assert bot.news("#motions") == sorted(bot.site.motions)
    assert bot.news("#dismissals") == sorted(bot.site.dismissals)
    assert bot.channels() == {channel_id(c) for c in ("#motions", "#dismissals", OPS)}


@pytest.mark.parametrize(("bot", "fault", "error"), FAILURES, indirect=["bot"])
def test_a_failing_source_posts_nothing_alerts_once_and_recovers_with_exactly_the_news(bot: Bot, fault, error):
    baseline = bot.poll()
    assert baseline.ok and baseline.baseline and baseline.parsed > 0
    known = bot.known()
    assert len(known[0]) == baseline.parsed == known[1]
    requests_before = bot.server.requests[bot.site.path]

    bot.server.set(bot.site.path, fault)
    alerts = []
    for _ in range(FAULTY_POLLS):
        result = bot.poll()
        assert not result.ok and result.queued == [] and result.new == []
        alerts.append(len(bot.texts(OPS)))
    assert alerts == [0, 0, 1, 1]  # alert_after: 3
    assert bot.server.requests[bot.site.path] >= requests_before + FAULTY_POLLS

    state = bot.store.state(SOURCE_ID)
    assert re.fullmatch(error.format(url=re.escape(bot.url)), state.last_error), state.last_error
    assert (state.failures_in_row, state.alert, state.last_parsed) == (FAULTY_POLLS, "failing", baseline.parsed)
    assert bot.known() == known
    [alert] = bot.texts(OPS)
    assert bot.channels() == {channel_id(OPS)}
    assert f"Source `{SOURCE_ID}` is failing: 3 polls in a row*" in alert
    assert bot.store.outbox_counts() == {"sent": 1}

    bot.server.set(bot.site.path, None)
    bot.server.serve(bot.site.path, bot.site.after, bot.site.content_type)
    recovered = bot.poll()
    assert recovered.ok and recovered.error is None
    assert_news_posted_once(bot)
    assert bot.texts(OPS)[0] == alert and len(bot.texts(OPS)) == 2
    assert f"works again after {FAULTY_POLLS} failed polls*" in bot.texts(OPS)[1]
    state = bot.store.state(SOURCE_ID)
    assert (state.failures_in_row, state.alert, state.last_error) == (0, None, None)


@pytest.mark.parametrize("bot", [FEED, DOCKET_REPORT], indirect=True, ids=["rss", "docket"])
def test_bytes_invalid_in_the_declared_charset_are_read_leniently_and_change_no_entry(bot: Bot):
    """A page declared UTF-8 with Windows-1252 bytes in it: read as Windows-1252 (what such servers write),
    so the entries are the same as before, nothing is edited, posted or alerted."""
    baseline = bot.poll()
    known = bot.known()
    served = faults.misencoded(faults.Page(bot.site.before, bot.site.content_type))
    assert served.content_type.endswith("charset=utf-8")
    with pytest.raises(UnicodeDecodeError):
        served.body.decode("utf-8")
    bot.server.set(bot.site.path, faults.BAD_ENCODING)
    results = [bot.poll() for _ in range(FAULTY_POLLS)]
    assert not results[0].unchanged and results[0].parsed == baseline.parsed
    for result in results:
        assert result.ok and (result.new, result.edited, result.queued) == ([], [], [])
    assert bot.known() == known
    assert bot.slack.messages == []
    assert bot.store.state(SOURCE_ID).alert is None

    bot.server.set(bot.site.path, None)
    bot.server.serve(bot.site.path, bot.site.after, bot.site.content_type)
    assert bot.poll().ok
    assert bot.news("#motions") == sorted(bot.site.motions)
    assert bot.news("#dismissals") == sorted(bot.site.dismissals)
    assert bot.texts(OPS) == []


@pytest.mark.parametrize(
    ("bot", "fault"),
    [
        pytest.param(FEED, faults.WRONG_TYPE, id="rss-html-page"),
        pytest.param(DOCKET_REPORT, DOCKET_REPORT.with_page(DOCKET_GONE), id="docket-table-gone"),
    ],
    indirect=["bot"],
)
def test_a_page_the_parser_refuses_is_named_in_the_error(bot: Bot, fault):
    assert bot.poll().ok
    bot.server.set(bot.site.path, fault)
    assert bot.url in (bot.poll().error or "")


@pytest.mark.parametrize("bot", [FEED], indirect=True, ids=["rss"])
def test_slack_outage_delays_every_post_and_loses_repeats_or_reorders_none(bot: Bot):
    bot.poll()
    bot.server.serve(bot.site.path, bot.site.after, bot.site.content_type)
    bot.clock.now += timedelta(minutes=15)
    queued = bot.poller.poll(bot.source).queued
    expected = {
        channel: [render(row.post)[0] for row in bot.store.pending_outbox() if row.channel == channel]
        for channel in ("#motions", "#dismissals")
    }
    assert sum(map(len, expected.values())) == len(queued) == len(FEED.motions) + len(FEED.dismissals)

    bot.slack.fail_next(4)  # HTTP 500
    bot.slack.error_next(4)  # HTTP 200 with ok: false
    reports = [bot.deliverer.deliver_due()]
    assert (reports[0].sent, reports[0].retrying) == (0, 2)  # each channel's first post failed; the rest wait
    assert bot.deliverer.deliver_due().sent == 0  # and nothing goes before its retry is due
    while bot.store.outbox_counts() != {"sent": len(queued)} and len(reports) < 20:
        bot.clock.now += timedelta(minutes=5)
        reports.append(bot.deliverer.deliver_due())
    assert [r.retrying for r in reports] == [2, 2, 2, 2, 0]
    assert sum(r.sent for r in reports) == len(queued)
    assert {channel: bot.texts(channel) for channel in expected} == expected


# --- the fetch layer under faults ------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", [faults.RESET, faults.TRUNCATED], ids=["reset", "truncated"])
def test_a_connection_broken_mid_body_is_retried(server, fault):
    url = server.serve("/feed", FULL_FEED, FEED.content_type)
    server.set("/feed", fault, times=1)
    fetcher = Fetcher(connect_timeout=1, read_timeout=1, attempts=2, backoff_max=0.05, per_host_interval=0)
    assert fetcher.get(url) == FULL_FEED
    assert server.requests["/feed"] == 2


def test_a_fault_for_some_requests_ends_after_them(server):
    url = server.serve("/feed", b"<rss/>", "application/rss+xml")
    server.set("/feed", faults.HTTP_500, times=2)
    fetcher = Fetcher(attempts=1, per_host_interval=0)
    for _ in range(2):
        with pytest.raises(FetchError, match="HTTP 500"):
            fetcher.get(url)
    assert fetcher.get(url) == b"<rss/>"


@pytest.mark.parametrize("fault", [faults.SILENT, faults.HUGE], ids=["silent", "huge"])
def test_the_fault_server_stops_at_once_with_a_fault_under_way(fault):
    """A client that waits for an answer, or reads nothing of an endless body, does not hold up `stop`."""
    server = FaultServer(hold=30).__enter__()
    url = server.serve("/feed", b"<rss/>", "application/rss+xml")
    server.set("/feed", fault)
    done = threading.Event()

    def client() -> None:
        try:
            with requests.get(url, stream=True, timeout=30):
                done.wait(30)  # headers read, body left unread
        except requests.RequestException:
            pass  # the silent server hung up when it stopped

    thread = threading.Thread(target=client, daemon=True)
    thread.start()
    deadline = time.monotonic() + 5
    while server.requests["/feed"] == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)  # the endless body fills the socket buffers
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2
    done.set()
    thread.join(5)
    assert not thread.is_alive()
