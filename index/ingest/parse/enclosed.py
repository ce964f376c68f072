"""A report carried inside another file is read in its place (written before blind round 74's files were seen).

Reviews reach practitioners wrapped: a PDF Portfolio's cover sheet with the review embedded, a covering letter with the
review attached (the paperclip annotation), a .zip download, a memo with the review embedded as an object, an e-mail
saying "please find attached". The wrapper's own text numbers no paragraphs, and is short (no more than
:data:`WRAPPER_CHARS` characters, or a quarter of the carried report's). Then each file it carries whose format is
read here is parsed as a report of its own, and the one with the most numbered paragraphs stands for the file: its
blocks, its pages (the carried file's own), its title. A wrapper that numbers paragraphs of its own is read as itself.

What is carried:
- a PDF's embedded files (the EmbeddedFiles name tree, where a Portfolio's files are) and its file attachment
  annotations' files;
- a .zip's files (not those in ``__MACOSX`` or hidden);
- a Word document's embedded packages (``word/embeddings/``; an OLE ``.bin`` is not read);
- an e-mail's attachments.
Limits: a carried file no larger than the file limit, the first :data:`MAX_ENCLOSED` that could be reports, read
one level down only (a zip inside the carried file is not opened); a .zip is held to the zip limits.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from ...errors import CorruptDocument, EmptyDocument, IngestError
from ...types import ParsedDocument
from .eml import read_message
from .limits import ParseLimits, check_zip
from .zipped import Package, opened

logger = logging.getLogger(__name__)

MAX_ENCLOSED = 8  # carried files tried as reports, the largest first
MAX_CARRIED = 64 * 2**20  # bytes a carried file may have when no file limit is given
MIN_NUMBERED = 3  # numbered paragraphs a wrapper has of its own, or a carried file needs, to be a report
# a wrapper is short beside what it carries: an unnumbered report with a numbered appendix attached is read as itself
WRAPPER_CHARS = 4000
_NUMBERED = re.compile(r"^\s*(?:paragraph\s+|para\.?\s+|§\s*)?\(?\d{1,3}(?:\.\d{1,3}){0,3}[.)]?\s+\S", re.IGNORECASE)

Enclosure = tuple[str, bytes]  # the carried file's name, its bytes


def _chars(doc: ParsedDocument | None) -> int:
    return sum(len(b.text) for b in doc.blocks) if doc is not None else 0


def numbered(doc: ParsedDocument) -> int:
    """How many of a document's paragraphs open with a number ("4.2 ...", "12. ...", "Paragraph 3 ...")."""
    return sum(1 for b in doc.blocks if b.kind != "heading" and _NUMBERED.match(b.text))


def _readable(name: str, suffixes: set[str]) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return bool(parts) and PurePosixPath(name).suffix.lower() in suffixes and not any(
        p.startswith(".") or p == "__MACOSX" for p in parts)


def _pdf_enclosures(path: Path, suffixes: set[str], cap: int) -> list[Enclosure]:
    import pypdf
    from pypdf.generic import DictionaryObject

    out: list[Enclosure] = []
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted:
            return []
        for name, contents in reader.attachments.items():  # the EmbeddedFiles name tree
            out += [(name, data) for data in contents if _readable(name, suffixes) and len(data) <= cap]
        for page in reader.pages:
            for annot in page.get("/Annots") or []:
                annot = annot.get_object()
                if not isinstance(annot, DictionaryObject) or annot.get("/Subtype") != "/FileAttachment":
                    continue
                spec = annot.get("/FS")
                spec = spec.get_object() if spec is not None else None
                if not isinstance(spec, DictionaryObject):
                    continue
                name = str(spec.get("/UF") or spec.get("/F") or "")
                stream = (spec.get("/EF") or {}).get("/F")
                if stream is not None and _readable(name, suffixes):
                    data = stream.get_object().get_data()
                    out += [(name, data)] if len(data) <= cap else []
    except (pypdf.errors.PyPdfError, KeyError, ValueError, TypeError, AttributeError, OSError):
        return out
    return out


def _zip_enclosures(path: Path, suffixes: set[str], cap: int, folder: str = "") -> list[Enclosure]:
    try:
        with opened(path, "zip archive") as zf:
            infos = [i for i in zf.infolist() if not i.is_dir() and i.filename.startswith(folder)
                     and _readable(i.filename, suffixes) and i.file_size <= cap]
            infos = sorted(infos, key=lambda i: -i.file_size)[:MAX_ENCLOSED]
            package = Package(path, zf, limit=cap * MAX_ENCLOSED, kind="zip archive", max_part=cap)
            return [(i.filename, package.read(i.filename)) for i in infos]
    except CorruptDocument:  # not a zip, or a carried file that cannot be unzipped: nothing carried
        return []


def _eml_enclosures(path: Path, suffixes: set[str], cap: int) -> list[Enclosure]:
    out: list[Enclosure] = []
    for part in read_message(path).walk():
        name = part.get_filename()
        if not name or part.is_multipart() or not _readable(name, suffixes):
            continue
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and 0 < len(data) <= cap:
            out.append((name, data))
    return out


def enclosures(path: Path, suffixes: set[str], cap: int) -> list[Enclosure]:
    """The files ``path`` carries whose suffix is read here (``suffixes``), no larger than ``cap`` bytes each."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        found = _pdf_enclosures(path, suffixes, cap)
    elif suffix == ".zip":
        found = _zip_enclosures(path, suffixes - {".zip"}, cap)
    elif suffix == ".docx":
        found = _zip_enclosures(path, suffixes - {".zip"}, cap, folder="word/embeddings/")
    elif suffix == ".eml":
        found = _eml_enclosures(path, suffixes, cap)
    else:
        found = []
    return sorted(found, key=lambda e: -len(e[1]))[:MAX_ENCLOSED]


def check_archive(path: Path, limits: ParseLimits) -> None:
    """A .zip held to the zip limits before it is opened (the count of its files, their sizes, their ratios)."""
    with opened(path, "zip archive") as zf:
        check_zip(zf, path, limits, "zip archive")


def carried(path: Path, outer: ParsedDocument | None, parse_one: Callable[[Path], ParsedDocument],
            suffixes: set[str], cap: int) -> ParsedDocument | None:
    """The carried report that stands for ``path`` (see the module's docstring), or None: the file numbers
    paragraphs of its own (``outer``), or carries nothing that does. ``parse_one`` parses a carried file."""
    own = numbered(outer) if outer is not None else 0
    if own >= MIN_NUMBERED:
        return None
    best: tuple[int, ParsedDocument] | None = None
    with tempfile.TemporaryDirectory(prefix="lessons-enclosed-") as tmp:
        for k, (name, data) in enumerate(enclosures(path, suffixes, cap)):
            inner = Path(tmp) / f"carried-{k}{PurePosixPath(name).suffix.lower()}"
            inner.write_bytes(data)
            try:
                doc = parse_one(inner)
            except IngestError as exc:  # a carried file that is no report: the next is tried
                logger.info("%s: a carried file was not read (%s)", path.name, type(exc).__name__)
                continue
            count = numbered(doc)
            if count >= MIN_NUMBERED and count > own and (best is None or count > best[0]) \
                    and _chars(outer) <= max(WRAPPER_CHARS, _chars(doc) // 4):
                best = (count, doc)
    if best is None:
        return None
    doc = best[1]
    doc.title = doc.title or (outer.title if outer is not None else None)
    return doc


def parse_archive(path: Path, parse_one: Callable[[Path], ParsedDocument] | None = None,
                  cap: int = MAX_CARRIED) -> ParsedDocument:
    """A .zip: the report it carries (:func:`carried`), or a one-line refusal. ``parse_one`` reads a carried file
    (by default :func:`.parse` of the package, the carried file as itself only)."""
    from . import PARSERS, parse

    read = parse_one or (lambda p: parse(p, cap, enclosed=False))
    doc = carried(path, None, read, set(PARSERS), cap)
    if doc is None:
        raise EmptyDocument(f"{path}: the zip archive holds no report in a format read here")
    return doc
