"""A document's first page as a small picture: rendered with pypdfium2 (PDFium, no external program), in shades of
grey (court filings are black on white, and a grey PNG is a third of a colour one), THUMBNAIL_WIDTH pixels wide,
encoded as PNG here (zlib; no imaging library needed).

`first_page(pdf)` raises PreviewError, in words, for bytes that are no PDF, a PDF PDFium cannot open (damaged,
or encrypted with a password) or one without pages.
"""

from __future__ import annotations

import struct
import zlib

from bot.core.post import Preview

THUMBNAIL_WIDTH = 400  # pixels: a readable heading and the shape of the page, a few tens of kilobytes
_GREY = 0  # PNG colour type: greyscale, 8 bits a pixel


class PreviewError(Exception):
    """The first page could not be rendered; the message says why."""


def first_page(pdf: bytes, width: int = THUMBNAIL_WIDTH) -> Preview:
    """The first page of the PDF `pdf`, `width` pixels wide (its height in proportion), as a grey PNG."""
    if not pdf.lstrip()[:5] == b"%PDF-":
        raise PreviewError("not a PDF (it does not begin with %PDF-)")
    import pypdfium2 as pdfium  # (here, where a page is drawn, rather than in every command)

    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise PreviewError(f"PDFium cannot open it: {exc}") from None
    try:
        if len(document) == 0:
            raise PreviewError("the PDF has no pages")
        page = document[0]
        points_wide = page.get_width()
        if points_wide <= 0:
            raise PreviewError("the first page has no width")
        bitmap = page.render(scale=width / points_wide, grayscale=True)
        rows = _rows(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, bitmap.n_channels)
        png = _png(rows, bitmap.width, bitmap.height)
        return Preview(png, bitmap.width, bitmap.height, len(document))
    finally:
        document.close()


def _rows(buffer: bytes, width: int, height: int, stride: int, channels: int) -> list[bytes]:
    """The bitmap's rows as one grey byte a pixel (PDFium may hand back 3 or 4 channels even for a grey render;
    their first byte is then the grey value, as every channel of a grey pixel is the same)."""
    return [buffer[y * stride : y * stride + width * channels : channels] for y in range(height)]


def _png(rows: list[bytes], width: int, height: int) -> bytes:
    """A greyscale PNG of `rows` (each `width` bytes): signature, IHDR, one IDAT, IEND."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, _GREY, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + row for row in rows), 9)  # filter type 0 (none) on every row
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
