"""news_rss and news_html: real feeds cross-checked against rss-parser's parse of them, the Rust/Baldwin seed story
in three outlets' feeds and pages, keyword matching, canonical links, dates, broken bodies and the settings check."""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import Config, ConfigError, load_config
from bot.core.entry import Entry
from bot.pipeline.classify import classify
from bot.pipeline.diff import newest
from scrapers.base import ParseError, Skipped
from scrapers.news import SUMMARY_LIMIT, canonical_url, excerpt, matches, parse_date
from scrapers.news_dates import listing_date
from scrapers.news_html import NewsHtml, NewsHtmlSettings
from scrapers.news_rss import NewsRss, NewsRssSettings
from tests.support.parsed import parsed_once

FIXTURES = Path(__file__).parent / "fixtures"
RSS = FIXTURES / "news_rss"
HTML = FIXTURES / "news_html"
FEED_URL = "https://feeds.example.invalid/news.xml"
PAGE_URL = "https://www.riograndeledger.example/news/courts/"
SEPARATOR = " — "

# The shared real feeds, with how many stories each lists.
REAL_FEEDS = {
    "feedjira_TechCrunch.xml": 20,
    "feedjira_google_alerts_atom.xml": 20,
    "rn-rss-parser_reuters.xml": 10,
    "rss-parser_guardian.rss": 55,
    "rss-parser_heise.atom": 15,
    "rss-parser_uolNoticias.rss": 15,
}
REFERENCED = ["rss-parser_guardian.rss", "rss-parser_heise.atom", "rss-parser_uolNoticias.rss"]
# Our fixtures with the seed story (Rust: charges against Alec Baldwin dropped, 20 April 2023): file, seed's key.
SEED_FIXTURES = {
    "news_rss/deadline_wordpress.xml": "https://deadline.com/?p=1235332286",
    "news_rss/courtwatch_atom.xml": "https://www.nmcourtwatch.example/?p=48213",
    "news_html/riogrande_courts.html": (
        "https://www.riograndeledger.example/news/courts/2023/04/20/baldwin-rust-charge-dismissed/"
    ),
}


def settings_of(path: Path) -> dict:
    settings = path.with_name(f"{path.stem}.source.json")
    return json.loads(settings.read_text(encoding="utf-8")) if settings.exists() else {}


def rss(**settings) -> NewsRss:
    return NewsRss(NewsRssSettings(id="news", kind="news_rss", url=FEED_URL, **settings))


def page_source(**settings) -> NewsHtml:
    return NewsHtml(NewsHtmlSettings(id="ledger", kind="news_html", url=PAGE_URL, **settings))


@parsed_once
def parse_fixture(relative: str) -> list[Entry]:
    path = FIXTURES / relative
    if path.parent == HTML:
        return page_source(**settings_of(path)).parse(path.read_bytes(), PAGE_URL)
    return rss(**settings_of(path)).parse(path.read_bytes(), FEED_URL)


def split(entry: Entry) -> tuple[str, str]:
    """An entry's headline and summary."""
    title, _, summary = entry.text.partition(SEPARATOR)
    return title, summary


def feed(*items: str, title: str = "Example News", encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 document around the given <item> elements."""
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://news.example.invalid/</link>{''.join(items)}</channel></rss>"
    ).encode(encoding)


def item(title: str = "A headline", description: str = "", link: str = "", guid: str = "", date: str = "",
         categories: tuple[str, ...] = ()) -> str:
    parts = [f"<title>{title}</title>"]
    parts += [f"<link>{link}</link>"] if link else []
    parts += [f"<description>{description}</description>"] if description else []
    parts += [f'<guid isPermaLink="false">{guid}</guid>'] if guid else []
    parts += [f"<pubDate>{date}</pubDate>"] if date else []
    parts += [f"<category>{category}</category>" for category in categories]
    return f"<item>{''.join(parts)}</item>"


def listing(*cards: str, head: str = "<title>Courts | Ledger</title>") -> bytes:
    return f"<html><head>{head}</head><body><div class='river'>{''.join(cards)}</div></body></html>".encode()


def card(headline: str, href: str = "/story/", extra: str = "") -> str:
    return f"<article class='card'><h3><a href='{href}'>{headline}</a></h3>{extra}</article>"


CARD_SELECTORS = {"item": "article.card", "title": "h3", "date": "time", "summary": "p"}


# --- the real feeds ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "count"), REAL_FEEDS.items())
def test_every_story_of_a_real_feed_becomes_an_entry(name: str, count: int) -> None:
    raw = (RSS / name).read_bytes()
    entries = rss().parse(raw, FEED_URL)
    assert len(entries) == len(re.findall(rb"<(?:item|entry)[\s>]", raw)) == count
    assert all(split(entry)[0] and entry.filed_at and entry.filed_at.tzinfo for entry in entries)
    assert all(entry.url.startswith("http") for entry in entries)
    assert len({entry.key for entry in entries}) == count
    assert all(entry.relevant for entry in entries)  # the source has no keywords


def reference_items(name: str) -> list[dict]:
    path = RSS / "reference" / f"{Path(name).stem}.json"
    return json.loads(path.read_text(encoding="utf-8"))["feed"]["items"]


def one_line(text: str) -> str:
    return " ".join(text.split())


def reference_text(text: str) -> str:
    """A reference text on one line, with no U+FFFD at its ends: those were no-break spaces, which we trim."""
    return one_line(html.unescape(text)).strip("\ufffd ")


def agrees(ours: str, reference: str) -> bool:
    """Whether `ours` is the start of `reference`. rss-parser decoded UOL's Latin-1 as UTF-8, so U+FFFD in a reference
    stands for an accented letter or a no-break space, which we collapse into a space."""
    return len(ours) <= len(reference) and all(
        mine == theirs or (theirs == "\ufffd" and (ord(mine) > 127 or mine == " "))
        for mine, theirs in zip(ours, reference)
    )


@pytest.mark.parametrize("name", REFERENCED)
def test_stories_agree_with_rss_parser(name: str) -> None:
    entries = rss().parse((RSS / name).read_bytes(), FEED_URL)
    references = reference_items(name)
    assert len(entries) == len(references)
    for entry, reference in zip(entries, references, strict=True):
        title, summary = split(entry)
        reference_title = reference_text(reference["title"])
        assert agrees(title, reference_title) and len(title) == len(reference_title)
        assert entry.url == canonical_url(reference["link"])
        assert entry.key == (reference.get("guid") or reference.get("id") or canonical_url(reference["link"]))
        # rss-parser leaves heise's double-escaped &quot; in its summaries; we decode them.
        snippet = reference_text(reference.get("summary") or reference["contentSnippet"])
        if summary.endswith("…"):
            assert agrees(summary.removesuffix("…"), snippet) and len(summary) <= SUMMARY_LIMIT + 1
        else:
            assert agrees(summary, snippet) and len(summary) == len(snippet)
        if "isoDate" in reference:
            assert entry.filed_at == datetime.fromisoformat(reference["isoDate"])
        else:  # UOL's dates are in Portuguese ("Seg, 24 Set 2018 19:42:40 -0300"), which rss-parser cannot read.
            assert reference["pubDate"].startswith(f"Seg, {entry.filed_at.day} Set ")
            assert reference["pubDate"].endswith(entry.filed_at.strftime(" %Y %H:%M:%S %z"))


def test_latin1_feed_without_declaration_keeps_its_accents() -> None:
    entries = rss().parse((RSS / "rss-parser_uolNoticias.rss").read_bytes(), FEED_URL)
    assert entries[0].text.startswith(
        "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno — Líder na pesquisa Ibope"
    )
    assert split(entries[2])[0].endswith("ano vai fechar com 13 mil pessoas qualificadas")  # a no-break space
    assert entries[0].court == "UOL Noticias"
    assert entries[0].filed_at == datetime(2018, 9, 24, 19, 42, 40, tzinfo=timezone(timedelta(hours=-3)))
    assert not any("\ufffd" in entry.text or "Ã" in entry.text for entry in entries)


@pytest.mark.parametrize(
    ("encoding", "title"),
    [
        ("iso-8859-1", "Justiça suspende ação"),
        ("windows-1252", "Justiça “suspende” ação"),
        ("utf-8", "Justiça “suspende” ação"),
    ],
)
def test_declared_encodings_are_decoded(encoding: str, title: str) -> None:
    [entry] = rss().parse(feed(item(title, guid="1"), encoding=encoding), FEED_URL)
    assert entry.text == title


def test_blank_line_before_the_xml_declaration() -> None:
    raw = (RSS / "feedjira_TechCrunch.xml").read_bytes()
    assert raw.startswith(b"\n<?xml")
    entries = rss().parse(raw, FEED_URL)
    assert entries[0].text.startswith("Angie’s List Sets Price Range IPO At $11 To $13 Per Share; Valued At Over $600M")
    # The declaration still counts: a KOI8-R feed is not read as Windows-1252.
    [entry] = rss().parse(b"\n\n" + feed(item("Суд снял обвинения", guid="1"), encoding="koi8-r"), FEED_URL)
    assert entry.text == "Суд снял обвинения"


def test_feedburner_and_google_alerts_links_lead_to_the_article() -> None:
    reuters = rss().parse((RSS / "rn-rss-parser_reuters.xml").read_bytes(), FEED_URL)[0]
    assert reuters.url == (
        "http://www.reuters.com/article/us-northkorea-missiles-usa/"
        "u-s-general-says-north-korea-not-demonstrated-all-components-of-icbm-idUSKBN1FJ2J0"
    )
    assert reuters.key == "http://www.reuters.com/article/us-northkorea-missiles-usa-idUSKBN1FJ2J0"  # the guid
    alert = rss().parse((RSS / "feedjira_google_alerts_atom.xml").read_bytes(), FEED_URL)[1]
    assert alert.url == "https://investorplace.com/2019/07/slack-stock-truly-compelling/"
    assert alert.text.startswith("Slack Stock Has a Compelling Story")  # <b>Slack</b> in the feed
    # the alert (its feed's title, "Google Alert - Slack") is no outlet: the article's site is
    assert alert.court == "investorplace.com"
    assert alert.docket_url == "https://investorplace.com/"
    assert {entry.court for entry in rss().parse((RSS / "feedjira_google_alerts_atom.xml").read_bytes(), FEED_URL)} >= {
        "aglobalmarketresearch.com", "investorplace.com", "vox.com"}


# --- the seed story in three outlets -----------------------------------------------------------------------------


@pytest.mark.parametrize(("relative", "key"), SEED_FIXTURES.items())
def test_keywords_single_out_the_seed_story(relative: str, key: str) -> None:
    entries = parse_fixture(relative)
    relevant = [entry for entry in entries if entry.relevant]
    assert key in [entry.key for entry in relevant]
    assert len(entries) >= 4 and len(relevant) < len(entries)
    assert all(entry.filed_at and entry.filed_at.date() <= datetime(2023, 4, 20).date() for entry in entries)


@pytest.mark.parametrize(("relative", "key"), SEED_FIXTURES.items())
def test_seed_story_is_classified_as_a_dismissal(relative: str, key: str) -> None:
    seed = next(entry for entry in parse_fixture(relative) if entry.key == key)
    assert classify(seed.text) == ("dismissal",)


def test_wordpress_item_reads_as_the_reader_sees_it() -> None:
    entries = parse_fixture("news_rss/deadline_wordpress.xml")
    seed = entries[1]
    assert seed.text == (
        "Alec Baldwin Involuntary Manslaughter Charges Dropped In ‘Rust’ Shooting Case — EXCLUSIVE: The involuntary "
        "manslaughter charges against Alec Baldwin in the fatal shooting of cinematographer Halyna Hutchins on the set "
        "of Rust are being dropped, Deadline has learned. Special prosecutors Kari Morrissey and Jason Lewis are "
        "expected to file papers shortly to dismiss the charges against the actor without prejudice, which means they "
        "could be brought again in the future. […]"
    )  # without "The post ... appeared first on Deadline."
    assert (seed.court, seed.docket_url, seed.case_name, seed.case_number, seed.number) == (
        "Deadline", "https://deadline.com", "", "", None
    )
    assert seed.url == "https://deadline.com/2023/04/alec-baldwin-rust-charges-dropped-1235332286/"
    assert seed.filed_at == datetime(2023, 4, 20, 19, 48, 12, tzinfo=UTC)
    # An item with an empty description shows the start of its content:encoded.
    assert entries[3].text.startswith("TV Ratings: Sunday Drama Finale Draws Its Biggest Audience Yet — The season")


def test_atom_story_with_tracking_link_and_categories() -> None:
    entries = {entry.key: entry for entry in parse_fixture("news_rss/courtwatch_atom.xml")}
    seed = entries["https://www.nmcourtwatch.example/?p=48213"]
    assert seed.url == "https://www.nmcourtwatch.example/2023/04/20/baldwin-rust-manslaughter-case-dropped/"
    assert seed.filed_at == datetime(2023, 4, 20, 14, 37, 10, tzinfo=timezone(timedelta(hours=-6)))
    assert entries["https://www.nmcourtwatch.example/?p=48190"].url == "https://www.nmcourtwatch.example/news?id=48190"
    # Relevant through its category "Rust shooting" alone.
    assert entries["https://www.nmcourtwatch.example/?p=48217"].relevant
    # Names Alec Baldwin, but is about his podcast: excluded.
    assert not entries["https://www.nmcourtwatch.example/?p=48102"].relevant
    # "Trust in New Mexico courts": not Rust.
    assert not entries["https://www.nmcourtwatch.example/?p=48190"].relevant
    # Without <published>, the <updated> time.
    updated_only = entries["https://www.nmcourtwatch.example/?p=48011"]
    assert updated_only.filed_at == datetime(2023, 4, 18, 19, 30, tzinfo=timezone(timedelta(hours=-6)))


def test_listing_page_stories() -> None:
    entries = parse_fixture("news_html/riogrande_courts.html")
    assert [split(entry)[0] for entry in entries] == [
        "Prosecutors dismiss Baldwin’s manslaughter charge in ‘Rust’ shooting",
        "Residents sue utility over rusty tap water in the South Valley",
        "University trustees approve legal clinic budget",
        "Magistrate courts to extend evening hours for traffic cases",
    ]  # the newsletter box and the sponsored card without a headline are not stories
    seed, rusty, trustees, magistrate = entries
    assert seed.url == seed.key == PAGE_URL + "2023/04/20/baldwin-rust-charge-dismissed/"
    assert seed.filed_at == datetime(2023, 4, 20, 14, 52, tzinfo=timezone(timedelta(hours=-6)))
    assert (seed.court, seed.docket_url) == ("Rio Grande Ledger", PAGE_URL)
    assert split(seed)[1].startswith("Special prosecutors will drop the involuntary manslaughter charge")
    assert rusty.url == PAGE_URL + "2023/04/20/rusty-water-lawsuit/?ref=river"
    assert trustees.filed_at == datetime(2023, 4, 19, tzinfo=UTC)  # "April 19, 2023", no datetime attribute
    assert magistrate.url == PAGE_URL + "2023/04/18/magistrate-court-hours/"  # no #comments
    assert magistrate.text == "Magistrate courts to extend evening hours for traffic cases"  # no teaser
    assert [entry.relevant for entry in entries] == [True, False, False, False]


# --- keywords ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("keywords", "exclude", "texts", "expected"),
    [
        (["Rust"], [], ["Special prosecutors drop ‘Rust’ case"], True),
        (["Rust"], [], ["Trust in the courts falls"], False),
        (["Rust"], [], ["Rusty pipes and rust-belt towns"], True),  # "rust-belt" has the word rust
        (["Rust"], [], ["Rusty pipes"], False),
        (["rust"], [], ["RUST SHOOTING"], True),
        (["Alec Baldwin"], [], ["Alec Baldwin's lawyers"], True),
        (["Alec Baldwin"], [], ["ALEC BALDWIN’S LAWYERS"], True),
        (["Baldwin's"], [], ["Baldwin said"], True),
        (["Alec Baldwin"], [], ["Alec and Stephen Baldwin"], False),
        (["Alec Baldwin"], [], ["Alec", "Baldwin"], False),  # a phrase is not split across title and summary
        (["Gutierrez-Reed"], [], ["Hannah Gutierrez Reed"], True),
        (["Notícias"], [], ["Últimas noticias"], True),
        (["Rust"], [], ["Santa Fe budget", "Rust shooting"], True),  # a category
        (["Rust", "Baldwin"], ["podcast"], ["Baldwin's new podcast"], False),
        (["Rust"], ["Rust Belt"], ["Rust: charges dropped", "Jobs return to the Rust Belt"], False),
        ([], [], ["anything"], True),
        ([], ["podcast"], ["A podcast"], False),
        (["  ", "Rust"], [], ["Nothing here"], False),  # a keyword without words matches nothing
    ],
)
def test_keyword_matching(keywords: list[str], exclude: list[str], texts: list[str], expected: bool) -> None:
    assert matches(keywords, exclude, *texts) is expected


def test_keyword_in_a_category_only() -> None:
    raw = feed(item("Santa Fe budget", categories=("Rust shooting",), guid="1"), item("Other", guid="2"))
    assert [entry.relevant for entry in rss(keywords=["rust"]).parse(raw, FEED_URL)] == [True, False]


# --- links, dates, texts, keys -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ex.com/a/?utm_source=rss&utm_medium=rss&utm_campaign=x", "https://ex.com/a/"),
        ("https://ex.com/a?id=5&utm_source=rss&page=2", "https://ex.com/a?id=5&page=2"),
        ("https://ex.com/a?id=5#comments", "https://ex.com/a?id=5"),
        ("https://ex.com/a?fbclid=abc&gclid=def&wt_mc=rss.atom", "https://ex.com/a"),
        ("https://ex.com/search?q=rust%20case&sort=", "https://ex.com/search?q=rust%20case&sort="),
        ("HTTPS://WWW.Ex.com/Path/Case", "https://www.ex.com/Path/Case"),
        ("https://www.google.com/url?rct=j&url=https://ex.com/story/%3Futm_source%3Dga&ct=ga", "https://ex.com/story/"),
        ("https://ex.com/web/news/-/story;jsessionid=9F3A1B2C4D?p_p_auth=Xy7z&id=4", "https://ex.com/web/news/-/story?id=4"),
        ("https://ex.com/a?JSESSIONID=9F3A&PHPSESSID=abc&sid=0123456789abcdef0123456789abcdef", "https://ex.com/a"),
        ("https://ex.com/a?sid=42", "https://ex.com/a?sid=42"),  # a story id, not a session token
        ("https://ex.com/a?xtor=RSS-8&CMP=rss_feed&ref=rss", "https://ex.com/a"),
        ("https://ex.com/a?ref=homepage&from=rss&source=feedburner", "https://ex.com/a?ref=homepage"),
        ("", ""),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("text", "date_format", "expected"),
    [
        ("Thu, 20 Apr 2023 19:48:12 +0000", None, datetime(2023, 4, 20, 19, 48, 12, tzinfo=UTC)),
        ("2023-04-20T14:37:10-06:00", None, datetime(2023, 4, 20, 20, 37, 10, tzinfo=UTC)),
        ("2019-07-10T11:53:37Z", None, datetime(2019, 7, 10, 11, 53, 37, tzinfo=UTC)),
        ("Seg, 24 Set 2018 19:42:40 -0300", None, datetime(2018, 9, 24, 22, 42, 40, tzinfo=UTC)),
        ("Jue, 20 Abr 2023 10:00:00 +0200", None, datetime(2023, 4, 20, 8, tzinfo=UTC)),
        ("Di, 03 Dez 2019 08:00:00 GMT", None, datetime(2019, 12, 3, 8, tzinfo=UTC)),
        ("April 20, 2023", None, datetime(2023, 4, 20, tzinfo=UTC)),
        ("20.04.2023 14:05", "%d.%m.%Y %H:%M", datetime(2023, 4, 20, 14, 5, tzinfo=UTC)),
        ("yesterday", None, None),
        ("", None, None),
    ],
)
def test_parse_date(text: str, date_format: str | None, expected: datetime | None) -> None:
    assert parse_date(text, date_format) == expected


def test_date_only_feedparser_reads_is_taken_in_utc() -> None:
    [entry] = rss().parse(feed(item("Greek feed", guid="1", date="Κυρ, 11 Ιούλ 2004 12:00:00 EST")), FEED_URL)
    assert entry.filed_at == datetime(2004, 7, 11, 17, tzinfo=UTC)


def test_rss_1_0_feed() -> None:
    raw = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example.invalid/"><title>Old Wire</title><link>https://old.example.invalid/</link>
    <description>d</description></channel>
  <item rdf:about="https://old.example.invalid/1"><title>Rust case dropped</title>
    <link>https://old.example.invalid/1?utm_source=rdf</link>
    <description>Charges &lt;b&gt;dropped&lt;/b&gt;.</description>
    <dc:date>2023-04-20T21:00:00Z</dc:date></item>
</rdf:RDF>"""
    [entry] = rss().parse(raw, FEED_URL)
    assert entry.text == "Rust case dropped — Charges dropped."
    assert (entry.url, entry.court, entry.docket_url) == (
        "https://old.example.invalid/1", "Old Wire", "https://old.example.invalid/"
    )
    assert entry.filed_at == datetime(2023, 4, 20, 21, tzinfo=UTC)


def test_summary_is_cut_at_a_word() -> None:
    words = "Prosecutors said the charges would be dropped without prejudice. " * 20
    cut = excerpt(words)
    assert len(cut) <= SUMMARY_LIMIT + 1 and cut.endswith("…")
    assert words.startswith(cut.removesuffix("…") + " ")
    assert excerpt("Short summary.") == "Short summary."


def test_summary_html_becomes_one_line_of_text() -> None:
    description = html.escape("<p>First</p><p>Second <b>bold</b>, &amp; more<br/>line</p>")
    [entry] = rss().parse(feed(item("Title", description=description, guid="1")), FEED_URL)
    assert entry.text == "Title — First Second bold, & more line"


def test_keys_guid_then_link_then_headline_and_date() -> None:
    raw = feed(
        item("With guid", link="https://news.example.invalid/a", guid="urn:story:1"),
        item("With link", link="https://news.example.invalid/b?utm_source=rss"),
        item("Bare", date="Thu, 20 Apr 2023 19:48:12 +0000"),
        item("Bare", date="Thu, 20 Apr 2023 19:48:12 +0000"),
        item("Bare", date="Fri, 21 Apr 2023 08:00:00 +0000"),
    )
    keys = [entry.key for entry in rss().parse(raw, FEED_URL)]
    assert keys[:2] == ["urn:story:1", "https://news.example.invalid/b"]
    assert keys[3] == f"{keys[2]}:2" and keys[2].startswith("h:") and keys[4] not in keys[:4]
    assert keys == [entry.key for entry in rss().parse(raw, FEED_URL)]  # the same on every poll


def test_items_without_link_point_at_the_feed_site_and_empty_items_are_skipped() -> None:
    entries = rss().parse(feed(item("No link", guid="1"), "<item><guid>2</guid></item>"), FEED_URL)
    assert [(entry.text, entry.url) for entry in entries] == [("No link", "https://news.example.invalid/")]


def test_feed_without_title_is_named_by_its_host() -> None:
    raw = b'<rss version="2.0"><channel><link>https://www.kob.example/</link><item><title>x</title></item></channel></rss>'
    assert rss().parse(raw, FEED_URL)[0].court == "kob.example"


# --- broken bodies and empty feeds -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<!DOCTYPE html><html><head><title>Deadline</title></head><body><p>Just a moment...</p></body></html>",
        b'{"error": "rate limited"}',
        b"<?xml version='1.0'?><rss version='2.0'><chan",
        (RSS / "rss-parser_guardian.rss").read_bytes()[:70_000],
    ],
    ids=["empty", "html-page", "json", "truncated-head", "truncated-half"],
)
def test_non_feed_body_raises_parse_error(body: bytes) -> None:
    with pytest.raises(ParseError):
        rss().parse(body, FEED_URL)


@pytest.mark.parametrize(
    "body",
    [
        feed(),
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>',
    ],
    ids=["rss", "atom"],
)
def test_empty_feed_returns_no_entries(body: bytes) -> None:
    assert rss().parse(body, FEED_URL) == []


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html><head><title>Access denied</title></head><body><h1>403</h1></body></html>",
        listing("<article class='card'><div class='promo'></div></article>"),  # items, none with a headline
    ],
    ids=["empty", "error-page", "no-headlines"],
)
def test_listing_without_stories_raises_parse_error(body: bytes) -> None:
    with pytest.raises(ParseError):
        page_source(selectors=CARD_SELECTORS).parse(body, PAGE_URL)


# --- news_html details -------------------------------------------------------------------------------------------


def test_listing_links_dates_and_outlet() -> None:
    selectors = {**CARD_SELECTORS, "link": "a.more"}
    page = listing(
        card("One", extra="<a class='more' href='../one/?utm_medium=web'>Read</a><time>20.04.2023</time>"),
        card("Two", extra="<time datetime='2023-04-21T08:00:00+02:00'>gestern</time><p>Teaser <b>two</b></p>"),
        card("Three"),
    )
    entries = page_source(selectors=selectors, date_format="%d.%m.%Y").parse(page, PAGE_URL)
    assert [entry.url for entry in entries] == [
        "https://www.riograndeledger.example/news/one/",
        PAGE_URL,  # the link selector finds nothing in the card: the page itself
        PAGE_URL,
    ]
    assert [entry.filed_at for entry in entries] == [
        datetime(2023, 4, 20, tzinfo=UTC),
        datetime(2023, 4, 21, 6, tzinfo=UTC),
        None,
    ]
    assert entries[1].text == "Two — Teaser two"
    assert entries[0].court == "Courts | Ledger"  # no og:site_name: the <title>
    assert entries[1].key != entries[2].key  # same page link, told apart by headline


@pytest.mark.parametrize(
    ("head", "court"),
    [
        ("<meta property='og:site_name' content='Rio Grande Ledger'><title>Courts | RGL</title>", "Rio Grande Ledger"),
        ("<title>\n  Courts &amp; Crime\n</title>", "Courts & Crime"),
        ("", "riograndeledger.example"),
    ],
)
def test_listing_outlet(head: str, court: str) -> None:
    entries = page_source(selectors=CARD_SELECTORS).parse(listing(card("One"), head=head), PAGE_URL)
    assert entries[0].court == court


def test_headline_link_is_the_default_link() -> None:
    whole_card_link = "<a class='card' href='/whole-card/'><h3>Two</h3></a>"
    page = listing(card("One", href="https://elsewhere.example/x#top"), whole_card_link)
    selectors = {"item": ".card", "title": "h3"}
    entries = page_source(selectors=selectors).parse(page, PAGE_URL)
    assert [entry.url for entry in entries] == [
        "https://elsewhere.example/x",
        "https://www.riograndeledger.example/whole-card/",
    ]


# --- settings ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        ({}, "needs selectors (item and title at least)"),
        ({"selectors": {"item": "article"}}, "needs 'title'"),
        ({"selectors": {"title": "h3"}}, "needs 'item'"),
        ({"selectors": {"item": "article", "title": "h3", "row": "tr"}}, "unknown selector 'row'"),
        ({"selectors": {"item": "article[", "title": "h3"}}, "item: 'article[' is not a CSS selector"),
        ({"selectors": {"item": "article", "title": "h3"}, "keywords": ["Rust", "--"]}, "'--' has no word to match"),
    ],
)
def test_news_html_check(settings: dict, problem: str) -> None:
    source = NewsHtmlSettings(id="ledger", kind="news_html", url=PAGE_URL, **settings)
    assert any(problem in message for _, message in source.problems())


def test_news_html_check_accepts_a_complete_source() -> None:
    source = NewsHtmlSettings(id="ledger", kind="news_html", url=PAGE_URL,
                              **settings_of(HTML / "riogrande_courts.html"))
    assert source.problems() == []


def test_config_takes_news_sources(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        "sources:\n"
        "  - id: deadline\n    kind: news_rss\n    url: https://deadline.com/feed/\n    case: rust-baldwin\n"
        "    keywords: [Rust, Alec Baldwin]\n    exclude: [podcast]\n"
        "  - id: ledger\n    kind: news_html\n    url: https://www.riograndeledger.example/news/courts/\n"
        "    selectors: {item: article.card, title: h3}\n    keywords: [Rust]\n",
        encoding="utf-8",
    )
    config = load_config(path)
    assert [source.kind for source in config.sources] == ["news_rss", "news_html"]
    path.write_text(
        "sources:\n  - id: deadline\n    kind: news_rss\n    url: https://deadline.com/feed/\n"
        "    selectors: {item: item}\n    exclude: ['...']\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert "selectors: is not a setting of kind news_rss" in str(error.value)
    assert "exclude: '...' has no word to match" in str(error.value)


# --- listing-page dates as people write them -----------------------------------------------------------------------

DENVER = ZoneInfo("America/Denver")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 2, 2026 5:20 PM", datetime(2026, 3, 2, 17, 20, tzinfo=DENVER)),
        ("March 2, 2026 5:20 AM", datetime(2026, 3, 2, 5, 20, tzinfo=DENVER)),
        ("March 2, 2026 at 12:05 a.m.", datetime(2026, 3, 2, 0, 5, tzinfo=DENVER)),
        ("Mon., Mar. 2, 2026, 5:20 p.m. EST", datetime(2026, 3, 2, 22, 20, tzinfo=UTC)),
        ("Monday, March 2, 2026 5:20 PM ET", datetime(2026, 3, 2, 22, 20, tzinfo=UTC)),
        ("Thursday, July 9, 2026 9:00 a.m. PT", datetime(2026, 7, 9, 16, tzinfo=UTC)),
        ("Mittwoch, 4. März 2026, 17:20 CET", None),  # German month names are not English: not guessed
        ("4 March 2026 17:20 CET", datetime(2026, 3, 4, 16, 20, tzinfo=UTC)),
        ("03/02/2026", datetime(2026, 3, 2, tzinfo=DENVER)),
        ("Mar 2", None),  # no year: not guessed
        ("Updated 2 hours ago", None),
        ("March 2, 2026 5:20 PM XYZT", None),  # a zone we do not know
        ("", None),
    ],
)
def test_listing_date(text: str, expected: datetime | None) -> None:
    assert listing_date(text, DENVER) == expected


def test_listing_with_12_hour_times_posts_the_newest_story_and_skips_an_unreadable_date() -> None:
    page = listing(
        card("Morning hearing set", href="/courts/2026/03/02/morning", extra="<time>March 2, 2026 9:10 AM</time>"),
        card("Evening ruling issued", href="/courts/2026/03/02/evening", extra="<time>March 2, 2026 5:20 PM</time>"),
        card("Lunch recess", href="/courts/2026/03/02/lunch", extra="<time>Mon 2 March, around lunch</time>"),
    )
    source = load_source({"id": "ledger", "kind": "news_html", "url": PAGE_URL, "selectors": CARD_SELECTORS},
                         timezone="America/Denver")
    parsed = NewsHtml(source).read(page, PAGE_URL)
    assert [entry.filed_at for entry in parsed.entries] == [
        datetime(2026, 3, 2, 16, 10, tzinfo=UTC), datetime(2026, 3, 3, 0, 20, tzinfo=UTC)
    ]
    assert [headline for headline, _ in map(split, newest(parsed.entries, 1))] == ["Evening ruling issued"]
    assert parsed.skipped == [Skipped("date not readable", "Mon 2 March, around lunch")]


def test_listing_dates_take_the_source_timezone_over_the_config_one() -> None:
    source = load_source({"id": "ledger", "kind": "news_html", "url": PAGE_URL, "selectors": CARD_SELECTORS,
                          "timezone": "Europe/Berlin"}, timezone="America/Denver")
    [entry] = NewsHtml(source).parse(listing(card("One", extra="<time>March 2, 2026 5:20 PM</time>")), PAGE_URL)
    assert entry.filed_at == datetime(2026, 3, 2, 16, 20, tzinfo=UTC)


def load_source(settings: dict, timezone: str) -> NewsHtmlSettings:
    """The news_html source as a config file with this `timezone` gives it."""
    source = Config.model_validate({"timezone": timezone, "sources": [settings]}).sources[0]
    assert isinstance(source, NewsHtmlSettings)
    return source


# --- the article's own text, links that work ------------------------------------------------------------------------

MEDIA_FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Mesa Post</title><link>https://www.mesapost.example/</link>
  <item>
    <title>Judge dismisses charge against ranch manager</title>
    <link>/courts/2026/03/02/ranch-manager-charge-dismissed</link>
    <guid isPermaLink="false">mesapost-5517</guid>
    <pubDate>Mon, 02 Mar 2026 23:20:00 GMT</pubDate>
    <media:content url="https://img.mesapost.example/2026/03/ranch.jpg" medium="image">
      <media:title type="plain">Courthouse steps</media:title>
      <media:description type="plain">The Santa Fe County courthouse on a winter morning.</media:description>
      <media:credit>Mesa Post staff</media:credit>
    </media:content>
    <description><![CDATA[A district judge dismissed the involuntary manslaughter charge on Monday.]]></description>
  </item>
  <item>
    <title>Appeals court hears water rights case</title>
    <link>courts/2026/03/02/water-rights</link>
    <guid isPermaLink="false">mesapost-5518</guid>
    <media:thumbnail url="https://img.mesapost.example/2026/03/river.jpg"/>
    <media:description>The Rio Grande near Albuquerque.</media:description>
    <content:encoded><![CDATA[<p>The <strong>Court of Appeals</strong> heard arguments on Tuesday.</p>]]></content:encoded>
  </item>
  <item>
    <title>Sentencing set in fraud case</title>
    <link>https://www.mesapost.example/courts/2026/03/03/fraud-sentencing</link>
    <guid isPermaLink="false">mesapost-5519</guid>
    <description>&amp;lt;p&amp;gt;Sentencing is set for &amp;lt;a href=&amp;quot;https://www.mesapost.example/x&amp;quot;&amp;gt;April 9&amp;lt;/a&amp;gt; &amp;amp;amp; the plea stands.&amp;lt;/p&amp;gt;</description>
  </item>
</channel></rss>"""
MEDIA_FEED_URL = "https://feeds.mesapost.example/news/rss.xml"


def test_summary_is_the_articles_text_not_a_photo_caption() -> None:
    entries = rss(keywords=["manslaughter", "Court of Appeals"]).parse(MEDIA_FEED, MEDIA_FEED_URL)
    assert [split(entry) for entry in entries[:2]] == [
        ("Judge dismisses charge against ranch manager",
         "A district judge dismissed the involuntary manslaughter charge on Monday."),
        ("Appeals court hears water rights case", "The Court of Appeals heard arguments on Tuesday."),
    ]
    assert [entry.relevant for entry in entries[:2]] == [True, True]


def test_html_escaped_twice_becomes_text() -> None:
    entry = rss().parse(MEDIA_FEED, MEDIA_FEED_URL)[2]
    assert split(entry)[1] == "Sentencing is set for April 9 & the plea stands."


def test_relative_links_are_resolved_against_the_feed_url() -> None:
    entries = rss().parse(MEDIA_FEED, MEDIA_FEED_URL)
    assert [entry.url for entry in entries] == [
        "https://feeds.mesapost.example/courts/2026/03/02/ranch-manager-charge-dismissed",
        "https://feeds.mesapost.example/news/courts/2026/03/02/water-rights",
        "https://www.mesapost.example/courts/2026/03/03/fraud-sentencing",
    ]


def test_an_xml_base_comes_before_the_feed_url() -> None:
    raw = feed(item("Based", link="/courts/based", guid="b1")).replace(
        b'<rss version="2.0">', b'<rss version="2.0" xml:base="https://www.mesapost.example/">'
    )
    [entry] = rss().parse(raw, MEDIA_FEED_URL)
    assert entry.url == "https://www.mesapost.example/courts/based"


def test_listing_summary_escaped_twice_becomes_text() -> None:
    page = listing(card("Jury returns verdict", extra="<p>&amp;lt;b&amp;gt;Jurors&amp;lt;/b&amp;gt; deliberated.</p>"))
    [entry] = page_source(selectors=CARD_SELECTORS).parse(page, PAGE_URL)
    assert split(entry) == ("Jury returns verdict", "Jurors deliberated.")
