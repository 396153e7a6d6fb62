"""Pages read into lxml's element tree, for the readers that walk a whole page (the PACER docket reports,
scrapers/pacer_docket.py and scrapers/pacer_appellate_docket.py): the tree (`page_tree`), and what those readers
ask of its elements: their text (`text_of` on one line, `raw_text` as given, `strings` piece by piece), the first
element of a name after one in page order (`next_element`), the elements an XPath finds (`found`), and the two
changes the readers make to a tree (`append_text`, `empty`).

The tree and its texts are those BeautifulSoup gives of the same page with the same parser (`soup_of` in
scrapers/docket_page.py, `text_of` in scrapers/text.py): the bytes decoded the same way, each <br> a line break
(its text), comments and the content of <script> and <style> no text. lxml's own tree is built by the parser in
C and walked in C, ten times and more faster than BeautifulSoup's tree of Python objects.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

from bs4.dammit import EncodingDetector
from lxml import etree

from scrapers.text import one_line

Element = etree._Element

_PARSERS = threading.local()  # an lxml parser is used by one thread at a time: each thread has its own


def _parser(encoding: str) -> etree.HTMLParser:
    parsers = _PARSERS.__dict__.setdefault("parsers", {})
    if encoding not in parsers:
        parsers[encoding] = etree.HTMLParser(encoding=encoding, collect_ids=False)
    parser: etree.HTMLParser = parsers[encoding]
    return parser


def page_tree(raw: bytes) -> Element:
    """The page's root element (an empty <html> for a page without any), each <br> holding a line break, and
    any content after the page's </html> appended to it.

    Bytes that are UTF-8 are read as UTF-8 whatever the page declares: CM/ECF pages declare iso-8859-1 and carry
    UTF-8 text pasted into docket texts ("Government’s"). Other bytes are read in the first encoding that reads
    them of those BeautifulSoup would try (a byte order mark, the page's declaration, a guess, UTF-8,
    windows-1252), else as UTF-8 with unknown bytes replaced.
    """
    if _is_utf8(raw):
        root = _parse(raw.removeprefix(b"\xef\xbb\xbf"), "utf-8")  # (a declared encoding yields to the one given)
    else:
        for encoding in EncodingDetector(raw, is_html=True).encodings:
            try:
                root = _parse(raw, encoding)
                break
            except (LookupError, ValueError, etree.ParserError):
                continue
        else:
            root = _parse(raw.decode("utf-8", "replace").encode("utf-8"), "utf-8")
    for after in root.itersiblings("html"):  # what a page has after its </html> is read into a second <html>
        root.extend(list(after))
    for br in root.iter("br"):
        br.text = "\n"
    etree.strip_elements(root, "script", "style", with_tail=False)
    return root


def _is_utf8(raw: bytes) -> bool:
    """Whether the bytes are UTF-8: ASCII bytes (most pages) are, told without decoding them."""
    if raw.isascii():
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _parse(markup: bytes, encoding: str) -> Element:
    root: Element | None = etree.fromstring(markup, _parser(encoding))  # None for a page of no element
    return etree.Element("html") if root is None else root


def text_of(element: Element | None) -> str:
    """An element's text on one line (`one_line`); "" for no element. The words of neighbouring elements run
    together unless the page puts white space between them."""
    return one_line(raw_text(element)) if element is not None else ""


def raw_text(element: Element) -> str:
    """An element's text as the page gives it, line breaks and all (its text nodes joined, by lxml's text
    serializer, several times faster than joining `itertext()`; an element without children holds its text)."""
    if not len(element):
        return element.text or ""
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def strings(element: Element, skip: Callable[[Element], bool] = lambda _: False) -> Iterator[str]:
    """The element's text pieces in page order, as the page splits them (by elements and comments), without those
    inside a descendant for which `skip` is true (the text after it counts)."""
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and not skip(child):
            yield from strings(child, skip)
        if child.tail:
            yield child.tail


def found(path: etree.XPath, element: Element, **variables: str) -> list[Element]:
    """The elements a compiled XPath expression finds from `element`, its $variables given."""
    result = path(element, **variables)
    return [item for item in result if isinstance(item, etree._Element)] if isinstance(result, list) else []


def next_element(element: Element, name: str) -> Element | None:
    """The first element named `name` after `element` starts, in page order: inside it or after it; None for
    none. (The XPath `following::` axis would collect every such element of the rest of the page first.)"""
    first = next(element.iterdescendants(name), None)
    node: Element | None = element
    while first is None and node is not None:
        first = next((match for sibling in node.itersiblings() for match in sibling.iter(name)), None)
        node = node.getparent()
    return first


def append_text(element: Element, text: str) -> None:
    """Adds `text` at the end of the element's content, in an element of its own (<x-text>): lxml refuses to
    rewrite a text that holds a control character, which pages do."""
    etree.SubElement(element, "x-text").text = text


def empty(element: Element) -> None:
    """Takes the element's content and attributes out of the tree (the text after it stays): the element is left
    empty where it was, as good as removed (lxml refuses to move a text that holds a control character)."""
    element.clear(keep_tail=True)
