"""An e-mail message saved as a file (``.eml``: RFC 5322 and MIME, as Apple Mail, Outlook and Thunderbird save
one), read as the body its reader sees.

Practitioners are sent a review's paragraphs in a message, often forwarded and answered inline, and save the
message. Python's ``email`` package (``policy.default``) parses it and undoes what the mail client did to it in
transit: the transfer encoding (quoted-printable, whose soft line breaks fall inside words and even inside a
paragraph number, ``<b>5=`` / ``.3</b>``; base64) and the charset of each part, and RFC 2047 encoded headers.

The body is the message's own text part, found the way a mail reader finds it (``get_body``): attachments,
inline images and the parts of a ``multipart/related`` other than its root are not read (a message that only
carries the report, "please find attached", is read as the report it carries: :mod:`.enclosed`). Of a
``multipart/alternative`` the HTML part is preferred and read by the HTML reader; the plain-text part, by the
plain-text reader, only when there is no HTML or it holds no text. The HTML is the message as written: its
quotations are ``<blockquote type="cite">`` elements, so a reply's inline comments (typed between quoted
paragraphs, even one opening with a paragraph's number) stand outside them, and its headings, lists and tables
are kept; the plain part is the mail client's rendering of it, with tables flattened, quoted lines marked by
"> " and often re-wrapped. Either way the quote-or-reply rules of :mod:`.mail` decide what of the message is the
report. The message's headers are never body text.

Limits: the file size limit applies as to every file; :func:`check_eml` refuses a message nested or split into
more parts than any mail client writes, and holds its HTML body to the HTML nesting limit.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage, MIMEPart
from pathlib import Path

from ...errors import CorruptDocument, ResourceLimit
from ...types import ParsedDocument
from .html import parse_html_bytes
from .limits import ParseLimits, check_html_text
from .text import parse_string

MAX_MIME_PARTS = 1_000  # a message's parts, every level: a reply with its signature images holds a handful
MAX_MIME_DEPTH = 64  # parts inside parts (a message forwarded as an attachment nests two or three levels more)
_PREFERENCE = ("html", "plain")
_REPLY_MARKS = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr)\s*:\s*)+", re.IGNORECASE)  # English, German, French clients


def parse_eml(path: Path) -> ParsedDocument:
    """The blocks of the message's body (HTML preferred, see the module's docstring)."""
    msg = read_message(path)
    for part in _bodies(msg):
        text = _decoded(part)
        doc = parse_html_bytes(text, str(path)) if part.get_content_subtype() == "html" else parse_string(text)
        if any(b.text.strip() for b in doc.blocks if b.kind != "heading"):
            break
    else:
        return ParsedDocument(blocks=[], pages=None, title=None, year=None)
    doc.title = _subject(msg) or doc.title  # what the message is called, not its first line ("Dear all,")
    return doc


def check_eml(path: Path, limits: ParseLimits) -> None:
    """Refuses a message of more than ``MAX_MIME_PARTS`` parts or of parts nested ``MAX_MIME_DEPTH`` deep, and an
    HTML body nested deeper than the HTML limit."""
    msg = read_message(path)
    check_parts(msg, path)
    for body in _bodies(msg):
        if body.get_content_subtype() == "html":
            check_html_text(_decoded(body), str(path), limits)


def check_parts(msg: EmailMessage, path: Path) -> None:
    """Refuses a MIME message (an e-mail, a page saved as MHTML: :mod:`.mhtml`) of more than ``MAX_MIME_PARTS``
    parts or of parts nested ``MAX_MIME_DEPTH`` deep."""
    stack: list[tuple[MIMEPart, int]] = [(msg, 1)]
    parts = 0
    while stack:
        part, depth = stack.pop()
        parts += 1
        if parts > MAX_MIME_PARTS or depth > MAX_MIME_DEPTH:
            raise ResourceLimit(f"{path}: refused: the message holds more than {MAX_MIME_PARTS:,} parts or nests "
                                f"them deeper than {MAX_MIME_DEPTH}")
        inside = part.get_payload() if part.is_multipart() else []  # a multipart's parts, a message/rfc822's message
        stack += [(p, depth + 1) for p in inside if isinstance(p, MIMEPart)]


def read_message(path: Path, what: str = "e-mail message") -> EmailMessage:
    """The file parsed as a MIME message (an e-mail, or a page saved as MHTML: :mod:`.mhtml`)."""
    try:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    except RecursionError:
        raise ResourceLimit(f"{path}: refused: nested too deeply to parse") from None
    if not isinstance(msg, EmailMessage) or not msg.keys():  # a saved message always has its headers
        raise CorruptDocument(f"{path}: not a readable {what} (no headers)")
    return msg


def _bodies(msg: EmailMessage) -> list[EmailMessage]:
    """The message's body parts a reader would show, HTML first: an attachment never."""
    out = []
    for kind in _PREFERENCE:
        part = msg.get_body(preferencelist=(kind,))
        if isinstance(part, EmailMessage) and part.get_content_subtype() == kind and part not in out:
            out.append(part)
    return out


def _decoded(part: EmailMessage) -> str:
    """A text part's characters: its transfer encoding undone, then its charset (:func:`decode_declared`)."""
    raw = part.get_payload(decode=True)
    return decode_declared(raw if isinstance(raw, bytes) else b"", part.get_content_charset())


def decode_declared(data: bytes, declared: str | None) -> str:
    """Text in the encoding it declares, else UTF-8, else Windows-1252 (where it declares none or one Python does
    not know, as a text file is read); an e-mail's part, a saved page's resource (:mod:`.webarchive`)."""
    for name in (declared, "utf-8", "cp1252"):
        if not name:
            continue
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


def _subject(msg: EmailMessage) -> str | None:
    """The Subject header decoded, without the "Re:" and "Fwd:" a reply or a forward puts before it."""
    subject = _REPLY_MARKS.sub("", " ".join(str(msg.get("Subject", "")).split()))
    return subject or None
