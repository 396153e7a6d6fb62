"""A news story's identity across polls: feeds that regenerate guids, give every item one guid or put session
tokens in links; an outlet's own second report; stories of a first poll recognised later.

Feeds are RSS 2.0 as outlets write them (invented outlets), served over a real local socket, polled into a real
store (SQLite and PostgreSQL).
"""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import delete

from bot.config import Config
from bot.pipeline.run import FIRST_POLL, OLDER_STORIES
from bot.poll.poller import Poller, PollResult
from bot.store import Store
from bot.store.schema import filing_marks
from scrapers.http import Fetcher
from scrapers.news_identity import page_level, story_ids
from scrapers.news_rss import NewsRss, NewsRssSettings
from tests.support.feeds import ChangingFeed

SITE = "https://www.sierrasentinel.example"
STORIES = {  # slug -> headline
    "ranch-manager": "Judge dismisses charge against ranch manager",
    "water-rights": "Appeals court hears water rights case",
    "fraud-sentencing": "Sentencing set in county fraud case",
    "jail-lawsuit": "County settles jail conditions lawsuit",
    "zoning-ruling": "Supreme Court rules on mesa zoning dispute",
}
_tokens = itertools.count(1)


def rss(items: list[str], title: str = "Sierra Sentinel - Courts") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{title}</title><link>{SITE}/courts/</link><description>Courts</description>"
        f"{''.join(items)}</channel></rss>"
    ).encode()


def item(slug: str, guid: str | None = None, link: str | None = None) -> str:
    link = link if link is not None else f"{SITE}/courts/2026/03/02/{slug}"
    guid_xml = f'<guid isPermaLink="false">{guid}</guid>' if guid is not None else ""
    return (
        f"<item><title>{STORIES[slug]}</title><link>{link}</link>{guid_xml}"
        f"<description>{STORIES[slug]}, the Sentinel reports.</description>"
        "<pubDate>Mon, 02 Mar 2026 23:20:00 GMT</pubDate></item>"
    )


def fresh_guid(slug: str) -> str:
    """A guid made anew at every request, as some CMSs do."""
    return f"urn:uuid:{next(_tokens):08d}-{slug}"


def session_link(slug: str) -> str:
    token = next(_tokens)
    return (f"{SITE}/web/courts/-/{slug};jsessionid=9F{token:06d}A1B2?p_p_auth=Xy{token}z&amp;ref=rss"
            f"&amp;utm_source=feed&amp;xtor=RSS-{token}&amp;CMP=rss_{token}")


def config_with(*sources: tuple[str, str]) -> Config:
    return Config.model_validate({
        "sources": [{"id": source_id, "kind": "news_rss", "url": url} for source_id, url in sources],
        "subscriptions": [{"channel": "#news", "events": ["all"]}],
    })


def poll(config: Config, store: Store, source_id: str) -> PollResult:
    result = Poller(config, store, Fetcher(attempts=1, per_host_interval=0)).poll(config.source(source_id))
    assert result.ok, result.error
    return result


def posted(result: PollResult) -> list[str]:
    return [queued.post.entry.text.split(" — ")[0] for queued in result.queued]


@pytest.fixture
def feed(httpserver):
    return ChangingFeed(httpserver, b"", "/courts/rss.xml")


def test_regenerated_guids_fall_back_to_the_link_and_the_verdict_is_kept(feed, store):
    config = config_with(("sentinel", feed.url))
    old = ["ranch-manager", "water-rights", "fraud-sentencing"]
    feed.body = rss([item(slug, fresh_guid(slug)) for slug in old])
    assert poll(config, store, "sentinel").baseline
    feed.body = rss([item(slug, fresh_guid(slug)) for slug in old])  # the same stories, every guid new
    again = poll(config, store, "sentinel")
    assert (again.new, posted(again)) == ([], [])
    assert store.state("sentinel").story_key == "link"
    feed.body = rss([item(slug, fresh_guid(slug)) for slug in ["jail-lawsuit", *old]])
    assert posted(poll(config, store, "sentinel")) == ["County settles jail conditions lawsuit"]
    feed.body = rss([item(slug, fresh_guid(slug)) for slug in ["jail-lawsuit", *old]])
    assert posted(poll(config, store, "sentinel")) == []
    assert store.state("sentinel").story_key == "link"


def test_one_guid_for_every_item_still_posts_the_new_story_on_top(feed, store):
    config = config_with(("sentinel", feed.url))
    channel_guid = f"{SITE}/courts/"
    old = ["ranch-manager", "water-rights", "fraud-sentencing"]
    feed.body = rss([item(slug, channel_guid) for slug in old])
    poll(config, store, "sentinel")
    assert store.state("sentinel").story_key == "link"
    feed.body = rss([item(slug, channel_guid) for slug in ["zoning-ruling", *old[:2]]])  # the oldest drops off
    result = poll(config, store, "sentinel")
    assert posted(result) == ["Supreme Court rules on mesa zoning dispute"]
    assert [entry.key for entry in result.new] == [f"{SITE}/courts/2026/03/02/zoning-ruling"]


def test_session_tokens_in_links_do_not_make_a_story_new(feed, store):
    config = config_with(("sentinel", feed.url))
    old = ["ranch-manager", "water-rights"]
    feed.body = rss([item(slug, link=session_link(slug)) for slug in old])
    poll(config, store, "sentinel")
    feed.body = rss([item(slug, link=session_link(slug)) for slug in ["jail-lawsuit", *old]])
    result = poll(config, store, "sentinel")
    assert posted(result) == ["County settles jail conditions lawsuit"]
    assert result.queued[0].post.entry.url == f"{SITE}/web/courts/-/jail-lawsuit"


def test_links_to_one_page_fall_back_to_headline_and_outlet() -> None:
    raw = rss([item(slug, link=f"{SITE}/courts/latest") for slug in ["ranch-manager", "water-rights"]])
    source = config_with(("sentinel", f"{SITE}/rss")).sources[0]
    assert isinstance(source, NewsRssSettings)
    entries = NewsRss(source).parse(raw, f"{SITE}/rss")
    assert page_level(entries) == "title"
    assert len({entry.key for entry in entries}) == 2 and all(entry.key.startswith("h:") for entry in entries)
    assert story_ids(entries[0])["title"] == "sierra sentinel courts|judge dismisses charge against ranch manager"


def test_an_outlet_never_also_reports_its_own_story(httpserver, store):
    courts = ChangingFeed(httpserver, rss([item("water-rights", "s-1")]), "/courts/rss.xml")
    top = ChangingFeed(httpserver, rss([item("water-rights", "t-1")], title="Sierra Sentinel - Courts"), "/top.xml")
    config = config_with(("courts", courts.url), ("top", top.url))
    poll(config, store, "courts"), poll(config, store, "top")
    story = item("ranch-manager", "s-2")
    courts.body = rss([story, item("water-rights", "s-1")])
    top.body = rss([item("ranch-manager", "t-2"), item("water-rights", "t-1")])
    assert posted(poll(config, store, "courts")) == ["Judge dismisses charge against ranch manager"]
    again = poll(config, store, "top")
    assert posted(again) == [] and [entry.text.split(" — ")[0] for entry in again.repeats] == [
        "Judge dismisses charge against ranch manager"
    ]


def test_stories_of_a_first_poll_are_recognised_later(httpserver, store):
    sentinel = ChangingFeed(httpserver, rss([item("water-rights", "s-1")]), "/courts/rss.xml")
    other = ChangingFeed(httpserver, rss([item("water-rights", "m-1", link="https://mesapost.example/a")],
                                         title="Mesa Post"), "/mesa.xml")
    config = config_with(("sentinel", sentinel.url), ("mesa", other.url))
    poll(config, store, "mesa")  # Mesa Post's first poll, before the ranch story
    sentinel.body = rss([item("ranch-manager", "s-2"), item("water-rights", "s-1")])
    assert poll(config, store, "sentinel").baseline  # the Sentinel's first poll has the ranch story: not posted
    other.body = rss([
        item("ranch-manager", "m-2", link="https://mesapost.example/courts/ranch-manager-charge-dismissed"),
        item("water-rights", "m-1", link="https://mesapost.example/a"),
    ])
    result = poll(config, store, "mesa")
    assert posted(result) == [] and len(result.repeats) == 1


def test_a_store_from_before_story_marks_does_not_repost_a_feed_that_makes_new_guids(feed, store):
    """Stories an older release stored have no marks: the first poll after the upgrade records, the next ones
    recognise."""
    config = config_with(("sentinel", feed.url))
    old = ["ranch-manager", "water-rights", "fraud-sentencing"]
    feed.body = rss([item(slug, fresh_guid(slug)) for slug in old])
    assert +poll(config, store, "sentinel").filtered == {FIRST_POLL: 3}
    with store.engine.begin() as conn:  # as an older release left the store
        conn.execute(delete(filing_marks).where(filing_marks.c.source_id == "sentinel"))
    feed.body = rss([item(slug, fresh_guid(slug)) for slug in old])
    after_upgrade = poll(config, store, "sentinel")
    assert posted(after_upgrade) == [] and +after_upgrade.filtered == {OLDER_STORIES: 3}  # said as such, no first poll
    feed.body = rss([item(slug, fresh_guid(slug)) for slug in ["jail-lawsuit", *old]])
    assert posted(poll(config, store, "sentinel")) == ["County settles jail conditions lawsuit"]
    assert store.state("sentinel").story_key == "link"


def test_a_store_from_before_story_marks_keeps_posting_a_feed_with_good_guids(feed, store):
    config = config_with(("sentinel", feed.url))
    feed.body = rss([item(slug, f"sentinel-{slug}") for slug in ["ranch-manager", "water-rights"]])
    poll(config, store, "sentinel")
    with store.engine.begin() as conn:
        conn.execute(delete(filing_marks).where(filing_marks.c.source_id == "sentinel"))
    feed.body = rss([item(slug, f"sentinel-{slug}") for slug in ["jail-lawsuit", "ranch-manager", "water-rights"]])
    assert posted(poll(config, store, "sentinel")) == ["County settles jail conditions lawsuit"]
