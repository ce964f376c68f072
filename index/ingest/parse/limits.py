"""Cheap checks that refuse a hostile file before its parser runs, each with a precise one-line reason.

They bound what the known attacks need: a PDF's page count (read from the page tree, then counted) and
how far its compressed streams other than images inflate (inflated in 1 MiB steps and thrown away, never
held); a DOCX's, an EPUB's or an OpenDocument file's total unzipped size and its members' compression ratio, a
DOCX's XML entity or DTD declarations (Word never writes them); an HTML file's element nesting (counted by lxml's
parser, stopping at the limit). Anything they miss is still bounded by the worker's memory and time limits
(``..sandbox``).
"""

from __future__ import annotations

import mmap
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import ResourceLimit

if TYPE_CHECKING:
    from ...settings import IngestSettings

MIB = 2**20
MAX_ZIP_MEMBERS = 10_000
MAX_RECORDS = 100_000  # a CSV's records (.delimited): an action tracker holds hundreds
MAX_FIELDS = 1_000  # a CSV record's fields
MAX_CELLS = 5_000_000  # a workbook's cells read, all sheets together (.sheets): a repeated row is each of its copies
RATIO_FROM = MIB  # members smaller than this are not held to the compression ratio
XML_HEAD = 64 * 1024  # bytes of each XML part read for a DTD or entity declaration


@dataclass(frozen=True)
class ParseLimits:
    max_pages: int = 2000
    max_unzipped_bytes: int = 512 * MIB
    max_zip_ratio: float = 200.0
    max_inflate_bytes: int = 512 * MIB
    max_html_depth: int = 256

    @classmethod
    def from_settings(cls, s: IngestSettings) -> ParseLimits:
        return cls(max_pages=s.max_pages, max_unzipped_bytes=int(s.max_unzipped_mb * MIB),
                   max_zip_ratio=s.max_zip_ratio, max_inflate_bytes=int(s.max_inflate_mb * MIB),
                   max_html_depth=s.max_html_depth)


def _mib(n: float) -> str:
    return f"{n / MIB:,.0f} MiB"


# --- PDF -------------------------------------------------------------------------------------------------

_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")


def check_pdf(path: Path, limits: ParseLimits) -> None:
    _check_inflation(path, limits.max_inflate_bytes)
    _check_pages(path, limits.max_pages)


def _check_pages(path: Path, limit: int) -> None:
    """The page tree's /Count first (cheap; refuses an honest huge file at once), then the pages counted."""
    import pypdf

    def refuse(n: int) -> ResourceLimit:
        return ResourceLimit(f"{path}: refused: the PDF has {n:,} pages, over the limit of {limit:,} "
                             "(LESSONS_MAX_PAGES)")

    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            return  # the PDF parser says why it cannot be read
        count = reader.trailer["/Root"]["/Pages"].get("/Count")  # type: ignore[index]
        if isinstance(count, int) and count > limit:
            raise refuse(count)
        n = len(reader.pages)
    except (ResourceLimit, MemoryError, RecursionError):
        raise
    except Exception:  # a damaged file: the PDF parser gives the reason
        return
    if n > limit:
        raise refuse(n)


def _check_inflation(path: Path, limit: int) -> None:
    """Every Flate stream that is not an image, inflated and counted (images are not decoded to read
    text). A stream's dictionary is read back from its ``stream`` keyword to the ``obj`` before it."""
    with open(path, "rb") as fh:
        try:
            buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file
            return
    with buf:
        total = 0
        for m in _STREAM.finditer(buf):
            start = buf.rfind(b"obj", max(0, m.start() - 4096), m.start())
            head = buf[start if start >= 0 else max(0, m.start() - 4096):m.start()]
            if _IMAGE.search(head):
                continue
            total += _inflated_size(buf, m.end(), limit - total + 1)
            if total > limit:
                raise ResourceLimit(f"{path}: refused: the PDF's compressed streams inflate to more than "
                                    f"{_mib(limit)} (LESSONS_MAX_INFLATE_MB)")


def _inflated_size(buf: mmap.mmap, start: int, budget: int) -> int:
    """How many bytes the zlib stream at ``start`` inflates to, counting no further than ``budget``."""
    head = buf[start:start + 2]
    if len(head) < 2 or head[0] & 0x0F != 8 or (head[0] << 8 | head[1]) % 31:
        return 0  # not zlib data (another filter, or encrypted)
    inflater = zlib.decompressobj()
    size, pos, step = 0, start, 1 << 20
    try:
        while pos < len(buf) and not inflater.eof and size <= budget:
            out = inflater.decompress(buf[pos:pos + 65536], step)
            pos += 65536
            size += len(out)
            while inflater.unconsumed_tail and not inflater.eof and size <= budget:
                size += len(inflater.decompress(inflater.unconsumed_tail, step))
    except zlib.error:
        pass  # damaged data: the PDF parser stops where zlib does
    return size


# --- DOCX ------------------------------------------------------------------------------------------------

def check_docx(path: Path, limits: ParseLimits) -> None:
    check_zipped_xml(path, limits, "DOCX", "Word never writes")


def check_zip(zf: zipfile.ZipFile, path: Path, limits: ParseLimits, kind: str) -> None:
    """A zip package's files (a DOCX's, an EPUB's: :mod:`.epub`) counted, and their sizes as its directory gives
    them: in all, and each one's compression ratio. What a file really unzips to is bounded where it is read."""
    members = zf.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise ResourceLimit(f"{path}: refused: the {kind} holds {len(members):,} files, over the limit of "
                            f"{MAX_ZIP_MEMBERS:,}")
    total = sum(m.file_size for m in members)
    if total > limits.max_unzipped_bytes:
        raise ResourceLimit(f"{path}: refused: the {kind} expands to {_mib(total)} when unzipped, over the "
                            f"limit of {_mib(limits.max_unzipped_bytes)} (LESSONS_MAX_UNZIPPED_MB)")
    for m in members:
        ratio = m.file_size / max(m.compress_size, 1)
        if m.file_size >= RATIO_FROM and ratio > limits.max_zip_ratio:
            raise ResourceLimit(f"{path}: refused: a part of the {kind} is compressed {ratio:,.0f} to 1, over "
                                f"the limit of {limits.max_zip_ratio:,.0f} (LESSONS_MAX_ZIP_RATIO)")


def check_zipped_xml(path: Path, limits: ParseLimits, kind: str, makers: str) -> None:
    """A zip package of XML (a DOCX, an OpenDocument file) held to the zip limits, each of its XML parts refused
    where it declares entities or a DTD (``makers`` is who never writes them: "Word never writes")."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # not a zip: the parser says so
    with zf:
        check_zip(zf, path, limits, kind)
        for m in zf.infolist():
            if m.filename.lower().endswith((".xml", ".rels")):
                try:
                    with zf.open(m) as fh:
                        head = fh.read(XML_HEAD)
                except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError,
                        zlib.error):
                    return  # the parser reports a damaged part
                refuse_declarations(head, path, kind, makers)


def refuse_declarations(head: bytes, path: Path, kind: str, makers: str) -> None:
    """Refuses XML whose opening declares entities or a DTD (an office program never writes them: an entity
    expansion attack is the likeliest reason)."""
    for text in (head, head.replace(b"\0", b"")):  # UTF-8, or UTF-16 with its zero bytes dropped
        if b"<!DOCTYPE" in text or b"<!ENTITY" in text:
            raise ResourceLimit(f"{path}: refused: the {kind} declares XML entities or a DTD, which {makers}")


# --- HTML ------------------------------------------------------------------------------------------------

class _TooDeep(Exception):
    pass


class _DepthCounter:
    """lxml parser target: counts open elements and stops the parse past the limit."""

    def __init__(self, limit: int) -> None:
        self.limit, self.depth = limit, 0

    def start(self, tag: object, attrib: object, nsmap: object = None) -> None:
        self.depth += 1
        if self.depth > self.limit:
            raise _TooDeep

    def end(self, tag: object) -> None:
        self.depth -= 1

    def data(self, data: object) -> None:
        pass

    def comment(self, text: object) -> None:
        pass

    def close(self) -> None:
        return None


def check_html(path: Path, limits: ParseLimits) -> None:
    with open(path, "rb") as fh:
        _check_depth(iter(lambda: fh.read(MIB), b""), str(path), limits.max_html_depth)


def check_html_text(html: bytes | str, where: str, limits: ParseLimits) -> None:
    """:func:`check_html` for a page held in memory (an e-mail's HTML body, :mod:`.eml`; an EPUB's chapter; a saved
    page's, :mod:`.mhtml` and :mod:`.webarchive`)."""
    _check_depth(iter([html]), where, limits.max_html_depth)


def _check_depth(chunks: Iterator[bytes | str], where: str, limit: int) -> None:
    from lxml import etree

    parser = etree.HTMLParser(target=_DepthCounter(limit))
    try:
        for chunk in chunks:
            parser.feed(chunk)
        parser.close()
    except _TooDeep:
        raise ResourceLimit(f"{where}: refused: the HTML nests elements deeper than {limit} "
                            "(LESSONS_MAX_HTML_DEPTH)") from None
    except (MemoryError, RecursionError):
        raise
    except Exception:  # lxml's own complaints: the HTML parser is forgiving and decides
        return
