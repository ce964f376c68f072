"""A web page saved by Safari as a Web Archive (``.webarchive``), read as the page it saved.

The file is a property list (binary, ``bplist00``), read with the standard library's ``plistlib``: a dictionary
whose ``WebMainResource`` is the page (``WebResourceData``, its bytes as served; ``WebResourceMIMEType``;
``WebResourceTextEncodingName``, the charset; ``WebResourceURL``), beside ``WebSubresources`` (style sheets,
scripts, images, each with its archived HTTP response) and ``WebSubframeArchives`` (each embedded frame's own
archive). The report is the main resource alone, its bytes decoded by the encoding it names (UTF-8 where it names
none or one Python does not know, then Windows-1252) and read by the reader for its type (:func:`.mhtml.saved_page`):
a script's data, a style sheet or a frame's form is never the report, whatever text it repeats.

Limits: the file size limit applies as to every file; :func:`check_webarchive` refuses a binary property list
that declares more objects than ``MAX_PLIST_OBJECTS`` before it is read (``plistlib`` allocates a slot for every
declared object), one nested deeper than ``MAX_PLIST_DEPTH`` or holding more values than ``MAX_PLIST_OBJECTS``,
and holds the page to the HTML nesting limit.
"""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any

from ...errors import CorruptDocument, ResourceLimit
from ...types import ParsedDocument
from .eml import decode_declared
from .limits import ParseLimits, check_html_text
from .mhtml import PAGE_TYPES, saved_page

MAX_PLIST_OBJECTS = 200_000  # a page with hundreds of subresources and frames holds a few thousand
MAX_PLIST_DEPTH = 128  # dictionaries and arrays inside each other (every frame nested in a frame adds two)
_BINARY = b"bplist00"


def parse_webarchive(path: Path) -> ParsedDocument:
    """The blocks of the archive's main resource (see the module's docstring)."""
    mime, page = _main_resource(path)
    return saved_page(page, mime, str(path))


def check_webarchive(path: Path, limits: ParseLimits) -> None:
    """Refuses an archive of too many property-list objects or too deep a nesting, and a page nested deeper than
    the HTML limit."""
    mime, page = _main_resource(path)
    if mime in PAGE_TYPES:
        check_html_text(page, str(path), limits)


def _main_resource(path: Path) -> tuple[str, str]:
    """The main resource's MIME type and text."""
    archive = _archive(path)
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    data = main.get("WebResourceData") if isinstance(main, dict) else None
    if not isinstance(main, dict) or not isinstance(data, bytes):
        raise CorruptDocument(f"{path}: not a readable web archive (no main resource)")
    mime = str(main.get("WebResourceMIMEType") or "text/html").lower()
    encoding = main.get("WebResourceTextEncodingName")
    return mime, decode_declared(data, encoding if isinstance(encoding, str) else None)


def _archive(path: Path) -> Any:
    """The property list, once its declared object count, nesting and size are found within the limits."""
    raw = path.read_bytes()
    if raw.startswith(_BINARY) and len(raw) >= 40:  # the trailer's last 32 bytes: sizes, count, top, table
        declared = int.from_bytes(raw[-24:-16], "big")
        if declared > len(raw):  # every object takes a byte at least
            raise CorruptDocument(f"{path}: not a readable web archive (a damaged property list)")
        if declared > MAX_PLIST_OBJECTS:
            raise _too_big(path)
    try:
        archive = plistlib.loads(raw)
    except RecursionError:
        raise ResourceLimit(f"{path}: refused: nested too deeply to parse") from None
    except MemoryError:
        raise
    except Exception as exc:  # plistlib's InvalidFileException, expat's errors, a damaged trailer's
        raise CorruptDocument(f"{path}: not a readable web archive ({type(exc).__name__})") from None
    _check_size(archive, path)
    return archive


def _check_size(archive: Any, path: Path) -> None:
    """Counts the values and the nesting without recursion (a binary list may share one value many times)."""
    stack: list[tuple[Any, int]] = [(archive, 1)]
    seen = 1
    while stack:
        value, depth = stack.pop()
        inside = list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else []
        seen += len(inside)  # counted before they are stacked: a shared value is counted at every use
        if seen > MAX_PLIST_OBJECTS or (inside and depth >= MAX_PLIST_DEPTH):
            raise _too_big(path)
        stack += [(v, depth + 1) for v in inside]


def _too_big(path: Path) -> ResourceLimit:
    return ResourceLimit(f"{path}: refused: the web archive holds more than {MAX_PLIST_OBJECTS:,} values or nests "
                         f"them deeper than {MAX_PLIST_DEPTH}")
