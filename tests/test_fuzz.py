"""Every source kind's parser against random and damaged bytes: `parse` raises nothing but ParseError, and
the entries it returns are well-formed (typed fields, text storable in any database, keys unique but where a
page lists one entry twice under the source's own id for it).

The damaged bytes are fixture pages (tests/fixtures/<kind>/, each parsed with its <name>.source.json settings
as in tests/test_golden.py) with bytes flipped, cut off, junk inserted, chunks duplicated or dropped.
Hypothesis runs derandomized and without its example database, so CI sees the same examples every run; the
file stays within a few seconds per kind (MAX_EXAMPLES).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from bot.config import SourceConfig
from bot.core.entry import Entry
from scrapers import SCRAPERS
from scrapers.base import ParseError
from scrapers.news_rss import NewsRssSettings
from tests.test_golden import FIXTURES, URL, source_config

pytestmark = [
    pytest.mark.slow,  # hypothesis: hundreds of generated and damaged pages per test
    pytest.mark.filterwarnings("ignore::bs4.XMLParsedAsHTMLWarning"),  # random bytes that open like XML
    pytest.mark.filterwarnings("ignore:Generating overly large repr"),  # a failing damaged page, printed whole
]
SEEDS_PER_TARGET = 3  # the smallest fixture pages of each kind and settings: mutations of them parse fast
MAX_EXAMPLES = 60
# No shrinking: a failure is reported at once, with the damaged page that caused it (the same page on every run);
# shrinking a damaged feed down to the few bytes that matter can take a minute; do it locally when needed.
FUZZ = settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
# Bytes that mean something to the parsers: markup that opens or closes what they look for, entities,
# encodings' special bytes, dates and docket numbers.
JUNK = [
    b"<", b">", b"</", b"<!--", b"-->", b"<![CDATA[", b"]]>", b"&", b"&amp;", b"&#0;", b"&#x110000;", b"&nbsp;",
    b"<item>", b"</item>", b"<title>", b"<entry>", b"<tr><td>", b"</td></tr>", b"<table>", b"</table>", b"<a href=",
    b"<br>", b"</html>", b"</form>", b"</rss>", b'"', b"'", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\x93\x94",
    b"\xc3", b"\r\n", b"{", b"}", b"[", b"]", b'"id": ', b'"results": []', b"null", b"99/99/9999", b"02/30/2021",
    b"1:18-cv-00001", b"#:", b"Docket Text", b"Date Filed",
]
_SPECIAL_FILES = (".expected.json", ".source.json")
TEXT_FIELDS = ("source_id", "key", "case_number", "case_name", "court", "text", "url", "docket_url", "case_key")
STORED_AS_TEXT = ("source_id", "key", "case_number", "text")  # seen_entries columns: PostgreSQL refuses NUL there
# Kinds whose key is the source's own id for the entry: a page that lists an entry twice gives both listings
# the same key, and the poller keeps the first (bot.pipeline.diff.unique). Other kinds number repeats in page order.
ID_KEYED = frozenset({"pacer_rss", "courtlistener"})
HTML_KINDS = frozenset({"html_docket", "texas_courts", "odyssey", "news_html"})


@dataclass(frozen=True)
class Target:
    """A parser of one kind with one set of settings, and the fixture pages it reads."""

    name: str
    kind: str
    source: SourceConfig
    seeds: tuple[bytes, ...] = field(repr=False)

    def parse(self, raw: bytes) -> list[Entry]:
        return SCRAPERS[self.kind](self.source).parse(raw, URL)


def fixture_pages(kind: str) -> list[Path]:
    """A kind's fixture pages: the files in its folder but the golden harness's expected and settings files."""
    return sorted(
        path for path in (FIXTURES / kind).glob("*") if path.is_file() and not path.name.endswith(_SPECIAL_FILES)
    )


def targets() -> list:
    by_settings: dict[tuple[str, str], list[Path]] = {}
    for kind in sorted(SCRAPERS):
        for path in fixture_pages(kind):
            source = source_config(kind, path)
            by_settings.setdefault((kind, source.model_dump_json()), []).append(path)
    params = []
    for (kind, _), paths in by_settings.items():
        smallest = sorted(paths, key=lambda path: path.stat().st_size)[:SEEDS_PER_TARGET]
        name = f"{kind}/{smallest[0].stem}"
        target = Target(name, kind, source_config(kind, smallest[0]), tuple(path.read_bytes() for path in smallest))
        params.append(pytest.param(target, id=name))
    return params


TARGETS = targets()


@st.composite
def mutated(draw: st.DrawFn, seeds: tuple[bytes, ...]) -> bytes:
    """A seed page with a few random edits: a byte flipped, the page cut off, junk inserted, a chunk duplicated
    or dropped."""
    page = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(page)))
        edit = draw(st.sampled_from(["flip", "cut", "insert", "duplicate", "drop"]))
        if edit == "flip" and at < len(page):
            page[at] ^= 1 << draw(st.integers(0, 7))
        elif edit == "cut":
            del page[at:]
        elif edit == "insert":
            page[at:at] = draw(st.one_of(st.sampled_from(JUNK), st.binary(min_size=1, max_size=16)))
        elif edit == "duplicate":
            page[at:at] = page[at : at + draw(st.integers(1, 4096))]
        elif edit == "drop":
            del page[at : at + draw(st.integers(1, 4096))]
    return bytes(page)


# Random bytes, and random bytes after an opening that takes a parser past its first check.
RANDOM_PAGES = st.one_of(
    st.binary(max_size=2048),
    st.tuples(
        st.sampled_from([b"<?xml version='1.0'?><rss><channel>", b"<html><body><table>", b'{"results":[']),
        st.binary(max_size=2048),
    ).map(b"".join),
)


def assert_well_formed(entries: list[Entry], kind: str, source: SourceConfig) -> None:
    assert isinstance(entries, list), entries
    for entry in entries:
        assert isinstance(entry, Entry), entry
        texts = [getattr(entry, name) for name in TEXT_FIELDS]
        assert all(isinstance(text, str) for text in texts), f"a text field that is not a str: {entry}"
        assert entry.number is None or isinstance(entry.number, str), f"number not a str: {entry}"
        for text in [*texts, entry.number or ""]:
            text.encode("utf-8")  # no lone surrogates
        stored = [getattr(entry, name) for name in STORED_AS_TEXT]
        assert all("\x00" not in text for text in stored), f"NUL in a field stored as text: {entry}"
        assert isinstance(entry.filed_at, (datetime, type(None))), entry
        assert entry.filed_at is None or entry.filed_at.tzinfo, entry
        assert isinstance(entry.relevant, bool), entry
        assert entry.source_id == source.id and entry.key, f"source id or key wrong: {entry}"
    if kind not in ID_KEYED:
        repeated = [key for key, count in Counter(entry.key for entry in entries).items() if count > 1]
        assert repeated == [], f"keys given to more than one entry: {repeated}"


def parse_or_refuse(target: Target, raw: bytes) -> None:
    """Parses `raw`: a ParseError is a fine answer; any other exception fails the test."""
    try:
        entries = target.parse(raw)
    except ParseError as exc:
        assert str(exc), "a ParseError without a reason"
        return
    assert_well_formed(entries, target.kind, target.source)


def test_every_kind_is_fuzzed() -> None:
    assert {param.values[0].kind for param in TARGETS} == set(SCRAPERS)


@pytest.mark.parametrize("target", TARGETS)
def test_seed_pages_parse(target: Target) -> None:
    for seed in target.seeds:
        parse_or_refuse(target, seed)


@pytest.mark.parametrize("target", TARGETS)
@FUZZ
@given(data=st.data())
def test_damaged_fixture_pages(target: Target, data: st.DataObject) -> None:
    parse_or_refuse(target, data.draw(mutated(target.seeds), label="page"))


@pytest.mark.parametrize("target", TARGETS)
@FUZZ
@given(raw=RANDOM_PAGES)
def test_random_bytes(target: Target, raw: bytes) -> None:
    parse_or_refuse(target, raw)


# Damaged feeds on which feedparser raises (ValueError, UnicodeDecodeError, TypeError) instead of flagging them.
FEEDPARSER_BREAKERS = [
    pytest.param(b'<rss version="2.0"><channel><title>&#x110000;</title></channel></rss>', id="charref-past-unicode"),
    pytest.param(b'<?xml version="1.0" encoding="\xd4"?><rss version="2.0"></rss>', id="encoding-name-not-utf8"),
    pytest.param(b'<?xml version="1.0" encoding="utf\x00"?><rss version="2.0"></rss>', id="encoding-name-with-nul"),
    pytest.param(b'<rss version="2.0"><channel><image><width><image></width></channel></rss>', id="width-in-image"),
]


@pytest.mark.parametrize("raw", FEEDPARSER_BREAKERS)
def test_pacer_rss_reads_feeds_that_break_feedparser_without_crashing(raw: bytes) -> None:
    """pacer_rss reads with lxml: these damaged feeds hold no item, so they are refused or give no entry."""
    target = next(param.values[0] for param in TARGETS if param.values[0].kind == "pacer_rss")
    try:
        entries = target.parse(raw)
    except ParseError:
        return
    assert entries == []


# CourtListener's pages are JSON: most damaged bytes are not, so also feed it JSON of the right shape with
# values of any type where a docket entry's fields go.
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
ENTRY_FIELDS = ["id", "docket", "description", "entry_number", "recap_sequence_number", "date_filed",
                "recap_documents", "absolute_url", "is_available"]
DOCKET_ENTRIES = st.fixed_dictionaries(
    {
        "next": st.none() | st.text(max_size=40) | JSON_VALUES,
        "results": st.lists(
            st.dictionaries(st.sampled_from(ENTRY_FIELDS), JSON_VALUES | st.integers(1, 10**6), max_size=9), max_size=5
        ),
    }
)


@FUZZ
@given(page=DOCKET_ENTRIES)
def test_courtlistener_entries_of_any_shape(page: dict) -> None:
    [target] = [param.values[0] for param in TARGETS if param.values[0].kind == "courtlistener"]
    parse_or_refuse(target, json.dumps(page).encode())


# --- bugs found by fuzzing, pinned by examples --------------------------------------------------------------

# A link whose host is in brackets but no IPv6 address: urlsplit and urljoin raise ValueError on it.
_LINK = re.compile(rb"""(?<=href=")[^"]*|(?<=href=')[^']*|https?://[^"'<>\s]+""")


@pytest.mark.parametrize("target", TARGETS)
def test_a_malformed_link_does_not_break_the_parser(target: Target) -> None:
    for seed in target.seeds:
        parse_or_refuse(target, _LINK.sub(b"http://[link]/", seed))


def test_a_malformed_document_link_of_an_odyssey_event_falls_back_to_the_case_page() -> None:
    path = FIXTURES / "odyssey" / "ga_dekalb_17D22499.html"
    event = b'<div class="portal-case-event" data-event-description="Dispossessory Warrant">'
    raw = path.read_bytes().replace(event, event + b'<a href="http://[link]/">Document</a>', 1)
    entries = SCRAPERS["odyssey"](source_config("odyssey", path)).parse(raw, URL)
    assert [entry.url for entry in entries if entry.text.startswith("Dispossessory Warrant")] == [URL]


@pytest.mark.parametrize("target", [param for param in TARGETS if param.values[0].kind in HTML_KINDS])
def test_a_declared_charset_with_a_control_character(target: Target) -> None:
    parse_or_refuse(target, b'<meta charset="utf-8\x01">' + target.seeds[0])


NEWS_URL = "https://news.example/feed/"


def news_rss(raw: bytes) -> list[Entry]:
    return SCRAPERS["news_rss"](NewsRssSettings(id="news", kind="news_rss", url=NEWS_URL)).parse(raw, NEWS_URL)


@pytest.mark.parametrize("raw", FEEDPARSER_BREAKERS)
def test_news_rss_refuses_what_feedparser_cannot_read(raw: bytes) -> None:
    with pytest.raises(ParseError):
        news_rss(raw)


def test_news_rss_site_link_without_href() -> None:
    raw = b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><link rel="alternate" ty <name>x</name></feed>'
    assert news_rss(raw) == []


def test_news_rss_headline_with_nul_is_storable() -> None:
    raw = b'<rss version="2.0"><channel><item><title>Story&#0; one</title><guid>g</guid></item></channel></rss>'
    [entry] = news_rss(raw)
    assert "\x00" not in entry.text
