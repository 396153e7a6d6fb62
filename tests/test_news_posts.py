"""News stories posted and digested as stories, not as filings; a digest's lines that say each thing once.

Real feeds served over a local socket (the Guardian's RSS feed with a story published between two polls, a Google
Alert's Atom feed whose newest story comes at the second poll) go through `check` and `digest` to the console and to
the fake Slack Web API: a story is named by its headline after the event types it reports (none: no "Filing"), links
its article, is dated on the config's clock, and a Google Alert's story is the article's site's, not the alert's. The
render tests read the real court pages' entries (Odyssey, Texas courts): a line never repeats the name its text
opens with.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.cli import main
from bot.core.digest import ON_DEMAND, Digest
from bot.core.entry import Entry
from bot.core.post import Item, Post
from bot.pipeline.classify import classify
from notifiers.console import format_post
from notifiers.plain import MARKDOWN, digest_text, post_text
from notifiers.slack.render import BURST_LINE_LIMIT, render, render_digest
from scrapers.news_rss import NewsRss, NewsRssSettings
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support.feeds import FIXTURES, ChangingFeed

NEW_YORK = ZoneInfo("America/New_York")
GUARDIAN = (FIXTURES / "news_rss" / "rss-parser_guardian.rss").read_bytes()
ALERT = (FIXTURES / "news_rss" / "feedjira_google_alerts_atom.xml").read_bytes()
# The story the newcomer saw, published in the Guardian's feed after the first poll (its link with a tracking tag).
STORY_URL = "https://www.theguardian.com/us-news/2018/feb/01/prosecutors-drop-charges-trump-aide"
DROPPED = f"""<item>
      <title>Prosecutors drop charges against Trump aide in memo case</title>
      <link>{STORY_URL}?utm_source=rss</link>
      <description>&lt;p&gt;The case was dismissed without prejudice on Thursday, a court filing shows.&lt;/p&gt;</description>
      <pubDate>Thu, 01 Feb 2018 15:00:00 GMT</pubDate>
      <guid>{STORY_URL}</guid>
    </item>
    """.encode()
HEADLINE = "Prosecutors drop charges against Trump aide in memo case"
SUMMARY = "The case was dismissed without prejudice on Thursday, a court filing shows."
# The alert's newest story: Google's redirect to the article, which is on aglobalmarketresearch.com.
ALERT_HEADLINE = "Report offers Prediction of Automotive Slack Market by Top key players like Haldex, Meritor, Bendix ..."
ALERT_ARTICLE = ("https://www.aglobalmarketresearch.com/report-offers-prediction-of-automotive-slack-market-by-top-"
                 "key-players-like-haldex-meritor-bendix-mei-wabco-accuride-stemco-tbk-febi-aydinsan/")

CONFIG = """\
timezone: America/New_York
http: {{per_host_interval: 0s, attempts: 1}}
slack: {{post_interval: 0s}}
sources:
  - id: guardian
    kind: news_rss
    url: {guardian}
    keywords: ["Trump"]
  - id: alert
    kind: news_rss
    url: {alert}
subscriptions:
  - channel: "#desk"
    sources: ["*"]
    events: [all]
  - channel: "#dismissals"
    events: [dismissal]
"""


def guardian_with_story() -> bytes:
    return GUARDIAN.replace(b"<item>", DROPPED + b"<item>", 1)


def alert_without_newest() -> bytes:
    return re.sub(rb"<entry>.*?</entry>", b"", ALERT, count=1, flags=re.DOTALL)


@pytest.fixture
def feeds(httpserver, tmp_path, database_url, monkeypatch):
    """The two feeds served as they were at the first poll, and the config that follows them."""
    served = {"guardian": ChangingFeed(httpserver, GUARDIAN, "/guardian.rss"),
              "alert": ChangingFeed(httpserver, alert_without_newest(), "/alert.xml")}
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG.format(**{name: feed.url for name, feed in served.items()}))
    monkeypatch.setenv("DOCKETBOT_CONFIG", str(config))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    return served


def publish(feeds: dict[str, ChangingFeed]) -> None:
    feeds["guardian"].body = guardian_with_story()
    feeds["alert"].body = ALERT


def test_a_story_is_posted_and_digested_with_its_headline_link_and_time(feeds, capsys):
    assert main(["check"]) == 0  # the baseline
    publish(feeds)
    capsys.readouterr()
    assert main(["check"]) == 0
    posts = capsys.readouterr().out

    assert f"Dismissal: {HEADLINE} (The Guardian)" in posts
    assert "published 2018-02-01 10:00 EST" in posts  # the feed's 15:00 GMT on the config's clock
    assert f"Article: {STORY_URL}\n" in posts  # without its tracking tag
    # the alert's story reports no event type: it is no filing; its outlet is the article's site
    assert f"\n{ALERT_HEADLINE} (aglobalmarketresearch.com)\n" in posts
    assert f"Article: {ALERT_ARTICLE}" in posts
    assert "aglobalmarketresearch.com: https://www.aglobalmarketresearch.com/" in posts
    assert "published 2019-07-10 07:53 EDT" in posts
    assert "Filing" not in posts and "Google Alert" not in posts and "alert.xml" not in posts
    assert "free copies" not in posts  # an article is no court document: no free copy is looked for

    assert main(["digest", "--dry-run", "--channel", "#dismissals", "--since", "2d"]) == 0
    digest = capsys.readouterr().out
    assert digest.startswith("#dismissals: 1 news story, ")  # a story is counted apart, as no filing
    assert "\nDigest: 1 news story\n" in digest
    assert "\nThe Guardian: https://www.theguardian.com/us\n" in digest
    assert (f"  • Dismissal: {HEADLINE} — {SUMMARY} (published 2018-02-01 10:00 EST) Article: {STORY_URL}\n"
            in digest)


def test_slack_shows_the_story_as_the_console_does(feeds, monkeypatch, capsys):
    with FakeSlack() as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)
        monkeypatch.setenv("SLACK_API_URL", slack.base_url)
        assert main(["check"]) == 0
        publish(feeds)
        assert main(["check"]) == 0, capsys.readouterr().out
        desk = [m for m in slack.messages if m["channel"] == channel_id("#desk")]
        assert main(["digest", "--channel", "#dismissals", "--since", "2d"]) == 0, capsys.readouterr().out
        digests = [m for m in slack.messages if m["channel"] == channel_id("#dismissals") and "Digest" in m["text"]]

    story, alert = (next(m for m in desk if words in m["text"]) for words in (HEADLINE, "Automotive Slack Market"))
    assert story["text"].startswith(f"Dismissal: {HEADLINE} (The Guardian) — {SUMMARY}")
    assert story["blocks"][1]["elements"][0]["text"] == (
        f"published 2018-02-01 10:00 EST · <{STORY_URL}|Article> · <https://www.theguardian.com/us|The Guardian>")
    assert alert["text"].startswith(f"{ALERT_HEADLINE} (aglobalmarketresearch.com) — ")
    assert alert["blocks"][0]["text"]["text"].startswith(
        f":newspaper: aglobalmarketresearch.com\n*{ALERT_HEADLINE}*\n\n")
    assert alert["blocks"][1]["elements"][0]["text"] == (
        f"published 2019-07-10 07:53 EDT · <{ALERT_ARTICLE}|Article> · "
        "<https://www.aglobalmarketresearch.com/|aglobalmarketresearch.com>")
    assert not any("Filing" in m["text"] or "Google Alert" in json.dumps(m) for m in desk)

    [digest] = digests
    texts = [block["text"]["text"] for block in digest["blocks"] if block["type"] == "section"]
    assert texts[1] == (f"*<https://www.theguardian.com/us|The Guardian>*\n• :x: *Dismissal: {HEADLINE}* · "
                        f"published 2018-02-01 10:00 EST · <{STORY_URL}|Article> — {SUMMARY}")


# --- render tests: real entries ----------------------------------------------------------------------------------


def alert_entries() -> list[Entry]:
    source = NewsRss(NewsRssSettings(id="alert", kind="news_rss", url="http://127.0.0.1:9/alert.xml"))
    return source.parse(ALERT, "http://127.0.0.1:9/alert.xml")


def a_digest(*items: Item) -> Digest:
    end = datetime(2026, 11, 30, 6, tzinfo=UTC)
    return Digest("#desk", ON_DEMAND, end - timedelta(days=2), end, "America/New_York",
                  tuple((item,) for item in items))


def test_a_story_that_reports_no_event_type_is_no_filing():
    entry = alert_entries()[0]
    events = tuple(classify(entry.text))
    assert events == ("other",)
    post = Post("#desk", entry, events)

    title, body = post_text(post, tz=NEW_YORK)
    assert title == f"{ALERT_HEADLINE} (aglobalmarketresearch.com)"
    assert body.splitlines()[0] == "published 2019-07-10 07:53 EDT"
    text, blocks = render(post, NEW_YORK)
    assert text.startswith(f"{ALERT_HEADLINE} (aglobalmarketresearch.com) — Automotive Slack Market reports")
    assert blocks[0]["text"]["text"].startswith(":newspaper: aglobalmarketresearch.com\n")
    assert "Filing" not in title + body + json.dumps(blocks)

    markdown_title, markdown_body = digest_text(a_digest(Item(entry, events)), MARKDOWN)
    assert "Filing" not in markdown_body
    assert "**[aglobalmarketresearch\\.com](<https://www.aglobalmarketresearch.com/>)**" in markdown_body
    assert f"[Article](<{ALERT_ARTICLE}>)" in markdown_body
    slack_line = render_digest(a_digest(Item(entry, events)))[1][1]["text"]["text"].splitlines()[1]
    # the line's room goes to the article's long link before the summary: the headline is shortened
    assert slack_line == (f"• :newspaper: *Report offers Prediction of Automotive Slack Market…* · published 2019-07-10 "
                          f"07:53 EDT · <{ALERT_ARTICLE}|Article>")
    assert len(slack_line) <= BURST_LINE_LIMIT


def test_a_story_is_shown_on_the_clock_it_is_given_and_a_date_alone_as_a_date():
    entry = alert_entries()[1]  # published 2019-07-10T11:46:48Z
    denver = ZoneInfo("America/Denver")
    assert "published 2019-07-10 05:46 MDT" in format_post(Post("#desk", entry, ("other",)), "#desk", denver)
    assert "published 2019-07-10 11:46 UTC" in render(Post("#desk", entry, ("other",)))[1][1]["elements"][0]["text"]
    dated = Entry(**{**entry.__dict__, "filed_at": datetime(2019, 7, 10, tzinfo=UTC)})  # a feed with the date alone
    assert post_text(Post("#desk", dated, ("other",)), tz=denver)[1].splitlines()[0] == "published 2019-07-10"


COURT_PAGES = ["odyssey/ga_dekalb_17D22499", "odyssey/ca_napa_18CV001704", "texas_courts/coa_01-18-00277-CR",
               "texas_courts/coa_03-18-00261-CV"]


def court_items(page: str) -> list[Item]:
    entries = json.loads((FIXTURES / f"{page}.expected.json").read_text(encoding="utf-8"))
    return [Item(entry, tuple(classify(entry.text))) for entry in map(Entry.from_json, entries)]


def _opening(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize("page", COURT_PAGES)
def test_a_digest_line_never_repeats_the_name_its_text_opens_with(page):
    items = court_items(page)
    digest = Digest("#desk", ON_DEMAND, datetime(2026, 11, 28, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC),
                    "America/Chicago", (tuple(items),))
    console = [line.removeprefix("  • ") for line in digest_text(digest)[1].splitlines() if line.startswith("  • ")]
    sections = [block["text"]["text"] for block in render_digest(digest)[1] if block["type"] == "section"]
    slack = [line for text in sections for line in text.splitlines() if line.startswith("• ")]
    assert len(console) == len(slack) == len(items)
    named = [(line.partition(" — ")[0], line) for line in console] + [(line.split("*")[1], line) for line in slack]
    for name, line in named:
        said = _opening(name.rsplit(": ", 1)[-1])
        assert said and not _opening(line.partition(" — ")[2]).startswith(said), line


def test_a_line_says_the_court_s_event_once_then_what_its_text_adds():
    items = {item.entry.text: item for item in court_items("texas_courts/coa_01-18-00277-CR")}
    disposed = items["Motion for extension of time to file brief disposed — Motion or Writ Granted"]
    filed = items["Motion for extension of time to file brief filed"]
    lines = [line.split(" Document: ")[0] for line in digest_text(a_digest(disposed, filed))[1].splitlines()]
    assert "  • Order: Motion for extension of time to file brief disposed — Motion or Writ Granted (filed 2018-05-23)" \
        in lines
    assert "  • Motion for extension of time to file brief — filed (filed 2018-05-23)" in lines
    slack = [block["text"]["text"].splitlines()[1] for block in render_digest(a_digest(disposed, filed))[1][1:]]
    assert slack[0] == ("• :scales: *Order: Motion for extension of time to file brief disposed* · filed 2018-05-23 — "
                        "Motion or Writ Granted")  # its document's long link left out for the text
    assert slack[1].startswith("• :page_facing_up: *Motion for extension of time to file brief* · filed 2018-05-23 · <")
    assert slack[1].endswith("|Document> — filed")  # a short text leaves room for the document's link


def test_a_court_s_short_text_joined_to_a_long_one_that_repeats_it_is_said_once():
    [judgment] = [item for item in court_items("odyssey/ca_napa_18CV001704")
                  if item.entry.text == "Judgment — Judgment - Court Finding"]
    assert "  • Judgment — Court Finding (filed 2019-02-08)" in digest_text(a_digest(judgment))[1].splitlines()
    assert render_digest(a_digest(judgment))[1][1]["text"]["text"].splitlines()[1].endswith(
        "*Judgment* · filed 2019-02-08 — Court Finding")


def test_a_digest_counts_its_stories_apart_and_heads_a_case_by_its_filing():
    story = Item(Entry(**{**alert_entries()[1].__dict__, "case_key": "slack-ipo"}), ("other",))
    [judgment] = [item for item in court_items("odyssey/ca_napa_18CV001704")
                  if item.entry.text == "Judgment — Judgment - Court Finding"]
    filing = Item(Entry(**{**judgment.entry.__dict__, "case_key": "slack-ipo"}), judgment.events)
    digest = Digest("#desk", ON_DEMAND, datetime(2026, 11, 28, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC),
                    "America/New_York", ((story, filing), (Item(alert_entries()[2], ("other",)),)))
    assert (digest.filings, digest.case_count, digest.stories) == (1, 1, 2)
    title, body = digest_text(digest)
    assert title == "Digest: 1 filing in 1 case and 2 news stories"
    # the case (of a story and a filing, `case: slack-ipo`) is headed by its filing, the lone story by its outlet
    assert body.splitlines()[2].startswith(judgment.entry.case_name + " (")
    assert "\nrivertonroll.com: https://rivertonroll.com/\n" in body
    assert render_digest(digest)[1][1]["text"]["text"].startswith(f"*{judgment.entry.case_name}* · ")
