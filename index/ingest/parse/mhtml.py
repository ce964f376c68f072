"""A web page saved by a browser as one MIME file (``.mhtml``, ``.mht``: Chrome's and Edge's "Webpage, Single
File", Internet Explorer's and Word's "Web Archive, single file"), read as the page it saved.

The file is a ``multipart/related`` message (RFC 2557): the page's own document in one part, then every
subresource it used (style sheets, images, fonts) and each frame's own document (an embedded player's, a form's)
in parts of their own, all under the page's address. Python's ``email`` package (as for :mod:`.eml`) parses it and
undoes the transfer encoding: Chrome writes the page quoted-printable, with soft line breaks anywhere in a line,
even inside a tag, a word or an entity such as ``&nbsp;``, and ``=3D`` for every ``=`` of the markup.

The report is the saved page alone: the part whose Content-Location is the address the snapshot was taken of
(Chrome's ``Snapshot-Content-Location`` header), else the root part the ``multipart/related`` names by its
``start`` parameter, else the first HTML part (Internet Explorer and Word write the page first). Style sheets,
scripts, images and the frames' documents are never read as the report. The page is read by the HTML reader,
which drops the site's chrome as it does for a saved ``.html``; its charset is the part's, or where the part names
none (Chrome's) the page's own ``<meta charset>``, as for an HTML file.

Limits: the file size limit applies as to every file; :func:`check_mhtml` refuses more MIME parts or deeper
nesting than :mod:`.eml` allows, and holds the page to the HTML nesting limit.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from ...errors import UnsupportedFormat
from ...types import ParsedDocument
from .eml import check_parts, read_message
from .html import parse_html_bytes
from .limits import ParseLimits, check_html_text
from .text import parse_string

PAGE_TYPES = ("text/html", "application/xhtml+xml")  # a saved page's document; a text file's page is text/plain
_WHAT = "saved web page (MHTML)"


def parse_mhtml(path: Path) -> ParsedDocument:
    """The blocks of the saved page's own document (see the module's docstring)."""
    msg = read_message(path, _WHAT)
    part = main_document(msg)
    if part is None:
        return ParsedDocument(blocks=[], pages=None, title=None, year=None)
    doc = saved_page(_content(part), part.get_content_type(), str(path))
    doc.title = doc.title or " ".join(str(msg.get("Subject", "")).split()) or None  # Chrome's Subject: the title
    return doc


def check_mhtml(path: Path, limits: ParseLimits) -> None:
    """Refuses a file of too many MIME parts or parts nested too deep (:func:`.eml.check_parts`), and a page
    nested deeper than the HTML limit."""
    msg = read_message(path, _WHAT)
    check_parts(msg, path)
    part = main_document(msg)
    if part is not None and part.get_content_type() in PAGE_TYPES:
        check_html_text(_content(part), str(path), limits)


def main_document(msg: EmailMessage) -> EmailMessage | None:
    """The part holding the saved page: the snapshot's address, else the related parts' root (``start``), else
    the first HTML part; ``None`` when the file holds no page."""
    parts = [p for p in msg.walk() if isinstance(p, EmailMessage) and not p.is_multipart()]
    for header, key in (("Content-Location", str(msg.get("Snapshot-Content-Location", ""))),
                        ("Content-ID", str(msg.get_param("start", "", header="content-type")))):
        if key.strip():
            found = [p for p in parts if str(p.get(header, "")).strip() == key.strip()]
            if found:
                return found[0]
    return next((p for p in parts if p.get_content_type() in PAGE_TYPES), None)


def saved_page(data: bytes | str, mime: str, where: str) -> ParsedDocument:
    """A saved page's document read by the reader for its type (shared with :mod:`.webarchive`): HTML or XHTML by
    the HTML reader, plain text by the text reader; a page of any other type (an image, a PDF) is refused."""
    if mime in PAGE_TYPES:
        return parse_html_bytes(data, where)
    if mime == "text/plain":
        return parse_string(data if isinstance(data, str) else data.decode("utf-8", errors="replace"))
    raise UnsupportedFormat(f"{where}: the saved page is {mime or 'of no type'}, not a web page or text")


def _content(part: EmailMessage) -> bytes | str:
    """The part's text where it names a charset Python knows, else its bytes (the HTML reader finds the page's
    own ``<meta charset>``)."""
    raw = part.get_payload(decode=True)
    data = raw if isinstance(raw, bytes) else b""
    charset = part.get_content_charset()
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return data
