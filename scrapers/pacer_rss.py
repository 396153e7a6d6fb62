"""PACER CM/ECF RSS feeds (district, bankruptcy and appellate courts) parsed into entries. A source gives the
feed's `url`, or its `court` (`court: nysd`), whose feed address the courts table (bot/core/courts.tsv) holds."""

from __future__ import annotations

import codecs
import html
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from html.entities import html5
from typing import TYPE_CHECKING, Literal, NamedTuple

from pydantic import ConfigDict, Field

from bot.core.courts import rss_url
from bot.core.docket_numbers import split_title
from bot.core.entry import Entry, content_key
from scrapers.base import Parsed, ParseError, Scraper, Skipped, Undated
from scrapers.http import split_url
from scrapers.settings import WatchSettings
from scrapers.text import harmonize_case_name, one_line

if TYPE_CHECKING:
    from lxml import etree

_COURT_HOST = re.compile(r"(?:ecf\.)?([a-z0-9]+)\.uscourts\.gov")
# A bankruptcy court's description opens with the case's fields before the short description:
# `Type: bk Office: 1 Chapter: 13 Trustee: Quill, Rebecca A. [Order Dismissing Case]`; a trustee's name may hold
# anything but "[". Without a short description, only the fields up to the chapter can be told from the text.
_BANKRUPTCY_FIELDS = re.compile(r"^Type:[^\[]*(?=\[)|^Type:.*?Chapter:\s*(?:\w+\s+)?")
_SHORT_DESCRIPTION = re.compile(r"\[(.*?)\](?=\s|$)")
_CASE_ID = re.compile(r"DktRpt\.pl\?(\d+)|[?&]caseid=(\d+)")
_DOC_ID = re.compile(r"/(docs?1)/(\d+)")
_SEQ_NUM = re.compile(r"[?&]de_seq_num=(\d+)")
_GUID_SEQ_NUM = re.compile(r"DktRpt\.pl\?\d+[-&](\d+)$")  # mdb: ?711557-19, nysd: ?492165&10
_TAG = re.compile(r"<[^>]*>")
_ANCHOR = re.compile(r"""<a\s[^>]*?href\s*=\s*(["'])(?P<href>.*?)\1[^>]*>(?P<label>.*?)</a\s*>""", re.I | re.S)

_FEED_ENDS = (b"</rss>", b"</feed>", b"</rdf:RDF>")
_XML_DECLARATION = re.compile(rb"^(<\?xml[^>]*?encoding\s*=\s*)([\"'])([A-Za-z0-9._:-]*)\2")
_AMPERSAND = re.compile(rb"&(?:(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});)?")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})
_FORBIDDEN_IN_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ITEM_START = re.compile(rb"<item[\s>]")
UNREADABLE_ITEM = "item is not well-formed XML"

def pacer_case_id(entry: Entry) -> str | None:
    """PACER's internal case number (`DktRpt.pl?408124`, `caseid=`); appellate feeds have none."""
    return _case_id(entry.docket_url, entry.url)


def pacer_doc_id(entry: Entry) -> str | None:
    """PACER's document id from a doc1/docs1 link; doc1 ids carry a flag in the 4th digit, normalised to 0."""
    return _doc_id(entry.url)


def _case_id(docket_url: str, url: str) -> str | None:
    match = _CASE_ID.search(docket_url) or _CASE_ID.search(url)
    return (match.group(1) or match.group(2)) if match else None


def _doc_id(url: str) -> str | None:
    match = _DOC_ID.search(url)
    if not match:
        return None
    kind, doc_id = match.groups()
    return doc_id[:3] + "0" + doc_id[4:] if kind == "doc1" else doc_id


def _court(channel_link: str, items: list[_Item]) -> str:
    for link in [channel_link] + [item.link for item in items]:
        match = _COURT_HOST.fullmatch(split_url(link).hostname or "")
        if match:
            return match.group(1)
    raise ParseError("no uscourts.gov link in the feed to tell the court")


def _description(summary: str) -> tuple[str, str, str | None]:
    """The short description, the document link and the document number from an item's description.

    The description is one short HTML fragment (`[Order] (<a href="…">12</a>)`): read with two regular
    expressions, which is several times faster than building a tree per item and gives the same result. A
    fragment escaped once more than XML undoes (`(&#x3C;a href=&#x27;…&#x27;&#x3E;1&#x3C;/a&#x3E;)` left after
    reading the XML) is unescaped first, so that its link is read and its tags are not taken for text.
    """
    if _ANCHOR.search(summary) is None and _ANCHOR.search(unescaped := html.unescape(summary)):
        summary = unescaped
    text = _BANKRUPTCY_FIELDS.sub("", _plain(summary))
    match = _SHORT_DESCRIPTION.match(text)
    short = (match.group(1) if match else text).strip()
    link = _ANCHOR.search(summary)
    if link is None:
        return short, "", None
    number = _plain(link.group("label"))
    return short, html.unescape(link.group("href")).strip(), number if number.isdigit() else None


def _plain(fragment: str) -> str:
    """An HTML fragment's text: tags dropped, entities decoded, white space collapsed."""
    return one_line(html.unescape(_TAG.sub(" ", fragment)))


def _unreadable_date(pub_date: str) -> str:
    """Why an item's <pubDate> (its text) gives no date."""
    return f"<pubDate> {pub_date.strip()!r} is not an RSS date" if pub_date.strip() else "has no <pubDate>"


def _filed_at(pub_date: str) -> datetime | None:
    try:
        filed_at = parsedate_to_datetime(pub_date)
    except (TypeError, ValueError):
        return None
    return filed_at if filed_at.tzinfo else filed_at.replace(tzinfo=UTC)


class _Item(NamedTuple):
    """One <item> of the feed, its fields as text."""

    title: str
    link: str
    guid: str
    published: str
    description: str


class _Feed(NamedTuple):
    """What the XML reader made of a feed: the channel's link, its items, and how many items it could not read."""

    link: str
    items: list[_Item]
    unreadable: int = 0


@cache
def _xml_parsers() -> tuple[etree.XMLParser, etree.XMLParser]:
    """lxml's strict and recovering parsers, made (and lxml imported) at the first read: a `check` that finds its
    feeds unchanged reads none, and starts without lxml."""
    from lxml import etree

    return (etree.XMLParser(resolve_entities=False, no_network=True),
            etree.XMLParser(resolve_entities=False, no_network=True, recover=True))


def _read_leniently(body: bytes) -> etree._Element | None:
    """The root the recovering parser makes of `body`; None when it can make none (b"<<<"), which lxml's
    stubs do not say."""
    from lxml import etree

    return etree.fromstring(body, _xml_parsers()[1])


def _read_items(raw: bytes) -> _Feed:
    """The channel's link and the items of a PACER RSS feed (RSS 2.0), read with lxml.

    The bytes are read in the encoding they are in, whatever the feed declares (`_in_utf8`). HTML entities
    that XML does not know (`&ntilde;`, `&nbsp;`), which CM/ECF puts in titles and descriptions, are read as
    the characters they stand for, a bare `&` as itself, control characters XML forbids as spaces. A feed
    still not well formed is read leniently, and the items the reader then loses are counted as unreadable;
    one that stops before its end is refused as cut off, so that a half-downloaded feed never passes for a
    shorter one.
    """
    from lxml import etree

    body = _in_utf8(raw.lstrip())
    lenient = False
    strict = _xml_parsers()[0]
    root: etree._Element | None
    try:
        root = etree.fromstring(body, strict)
    except etree.XMLSyntaxError:
        if b"<rss" not in body[:4096]:
            raise ParseError("not an RSS or Atom feed") from None
        body = _FORBIDDEN_IN_XML.sub(b" ", _AMPERSAND.sub(_xml_reference, body))
        try:
            root = etree.fromstring(body, strict)
        except etree.XMLSyntaxError as exc:
            if not body.rstrip().endswith(_FEED_ENDS):
                line, column = exc.position
                raise ParseError(f"feed is cut off at line {line}, column {column}") from None
            root, lenient = _read_leniently(body), True
    if root is None or not isinstance(root.tag, str) or etree.QName(root).localname != "rss":
        raise ParseError("not an RSS or Atom feed")
    items = [
        _Item(*(item.findtext(name) or "" for name in ("title", "link", "guid", "pubDate", "description")))
        for item in root.iter("item")
    ]
    unreadable = max(0, len(_ITEM_START.findall(body)) - len(items)) if lenient else 0
    return _Feed((root.findtext("channel/link") or "").strip(), items, unreadable)


def _in_utf8(body: bytes) -> bytes:
    """The feed's bytes as UTF-8, declared so. CM/ECF feeds declare ISO-8859-1 and some carry UTF-8 (`Peña`
    as `Pe\\xc3\\xb1a`, read as `PeÃ±a` if taken at their word); others declare UTF-8 and carry Latin-1.
    Bytes that are valid UTF-8 are UTF-8 (Latin-1 text that happens to be valid UTF-8 is all but unknown);
    others are in the declared encoding, or Windows-1252 when that is UTF-8 or unknown. ASCII in an encoding
    the reader knows is left as is.
    """
    declaration = _XML_DECLARATION.match(body)
    declared = _codec(declaration.group(3).decode("ascii")) if declaration else "utf-8"
    if body.isascii() and declared is not None:
        return body
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        fallback = declared if declared not in ("utf-8", None) else "cp1252"
        text = body.decode(fallback, errors="replace")
    else:
        if declared == "utf-8":
            return body
    return _XML_DECLARATION.sub(rb"\1\2UTF-8\2", text.encode("utf-8"), count=1)


def _codec(name: str) -> str | None:
    """Python's name of an encoding (`ISO-8859-1` -> `iso8859-1`), or None when it knows none by that name."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _xml_reference(match: re.Match[bytes]) -> bytes:
    """An `&` of the feed as XML reads it: an HTML entity as character references (`&ntilde;` -> `&#241;`),
    an XML reference as it is, a bare `&` or an unknown name escaped (`AT&T` -> `AT&amp;T`)."""
    reference = match.group(1)
    if reference is None:
        return b"&amp;"
    if reference.startswith(b"#") or reference in _XML_ENTITIES:
        return match.group(0)
    characters = html5.get(reference.decode("ascii") + ";")
    if characters is None:
        return b"&amp;" + reference + b";"
    return "".join(f"&#{ord(character)};" for character in characters).encode("ascii")


def _merged_items(items: list[_Item]) -> list[tuple[_Item, list[str]]]:
    """Consecutive items for the same filing (same title, link, guid and date) as (first item, descriptions): a
    filing docketed as several events (`[Add Judge]`, `[Add Trustee]`), or one item per trustee of the case."""
    merged: list[tuple[_Item, list[str]]] = []
    identity = None
    for item in items:
        this = (item.title.strip(), item.link.strip(), item.guid.strip(), item.published.strip())
        if this != identity:
            merged.append((item, []))
            identity = this
        merged[-1][1].append(item.description)
    return merged


class PacerRssSettings(WatchSettings):
    """A court's CM/ECF RSS feed: the last 24 hours of the entry types the court publishes. The source gives the
    feed's `url`, or its `court`, whose feed address the courts table holds."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "nmd", "kind": "pacer_rss", "court": "nmd", "cases": ["1:23-cr-00040"], "every": "5m",
    }]})

    kind: Literal["pacer_rss"] = Field(default="pacer_rss", description="a CM/ECF RSS feed")
    url: str = Field(default="", description="the court's feed: https://ecf.<court>.uscourts.gov/cgi-bin/"
                     "rss_outside.pl, or for a court of appeals .../n/beam/servlet/TransportRoom?servlet=RSSGenerator")
    court: str = Field(default="", description="instead of url: the court's id (nysd), whose feed address "
                       "`python -m bot courts` lists")

    def problems(self) -> list[tuple[str, str]]:
        if not self.url and not self.court:
            return [("url", "kind pacer_rss needs the feed's url, or its court (court: nysd)")]
        if self.url and self.court:
            return [("court", "give either url or court, not both")]
        if self.court:
            try:
                rss_url(self.court)
            except ValueError as exc:
                return [("court", str(exc))]
        return super().problems()

    @property
    def feed(self) -> str:
        """The feed's address: the source's `url`, else its court's in the courts table."""
        return self.url or rss_url(self.court)


class PacerRss(Scraper[PacerRssSettings]):
    settings = PacerRssSettings

    def urls(self) -> list[str]:
        return [self.source.feed]

    def read(self, raw: bytes, url: str) -> Parsed:
        channel_link, items, unreadable = _read_items(raw)
        parsed = Parsed(skipped=[Skipped(UNREADABLE_ITEM)] * unreadable)
        if not items:
            if unreadable:
                raise ParseError(f"none of the feed's {unreadable} items is well-formed XML")
            return parsed
        court = _court(channel_link, items)
        filings = _merged_items(items)
        parsed.merged = len(items) - len(filings)
        position = 1  # of the filing's first item in the feed
        for item, summaries in filings:
            entry = self._entry(court, item, summaries)
            if entry is not None:
                parsed.entries.append(entry)
                if entry.filed_at is None:
                    parsed.undated.append(Undated(f"item {position}", _unreadable_date(item.published)))
            else:
                named = item.title.strip() or _plain(item.description)  # an item with no title: its description
                parsed.skipped.append(Skipped("title has no docket number", named))
            position += len(summaries)
        if not parsed.entries:
            raise ParseError(
                f"none of the feed's {len(items)} items has a docket number in its title: "
                "the feed's layout may have changed"
            )
        return parsed

    def _entry(self, court: str, item: _Item, summaries: list[str]) -> Entry | None:
        title = split_title(item.title)
        if title is None:
            return None
        docket, name = title
        case_number = docket.case_number
        descriptions = [_description(summary) for summary in summaries]
        _, doc_url, number = descriptions[0]
        # One filing's items name its events ("[Add Judge]", "[Add Trustee]"); an item repeated for a case's
        # second trustee repeats its event, which is said once.
        text = " AND ".join(sorted({short for short, _, _ in descriptions}))
        docket_url = item.link.strip()
        url = doc_url or docket_url
        pub_date = item.published.strip()
        return Entry(
            source_id=self.source.id,
            key=_key(court, case_number, text, url, docket_url, item.guid.strip(), pub_date),
            case_number=case_number,
            case_name=harmonize_case_name(name),
            court=court,
            text=text,
            url=url,
            docket_url=docket_url,
            filed_at=_filed_at(pub_date),
            number=number,
        )


def _key(court: str, case_number: str, text: str, url: str, docket_url: str, guid: str, pub_date: str) -> str:
    """court:case id:sequence number for district entries, court:case:doc:id for appellate ones, else a hash, of
    an entry of these fields (`url` its document's link, else its docket's)."""
    case_id, doc_id = _case_id(docket_url, url), _doc_id(url)
    seq_num = _SEQ_NUM.search(url) or _GUID_SEQ_NUM.search(guid)
    if case_id and seq_num:
        return f"{court}:{case_id}:{seq_num.group(1)}"
    if doc_id:
        return f"{court}:{case_number}:doc:{doc_id}"
    return content_key(court, case_number, case_id, text, pub_date)
