"""File → :class:`ParsedDocument`. One parser per format, chosen by suffix (``PARSERS``).

Every parser returns blocks (headings, paragraphs, bullet items) in reading order with the 1-based page
on which each starts, with running headers/footers, page numbers and contents lists already removed.

:func:`parse` runs in the calling process; ingest runs it in a worker process held to memory and time
limits (``..sandbox``). Before a parser opens a file, the cheap checks of :mod:`.limits` refuse what is
over a limit (pages, decompressed size, XML declarations, HTML nesting).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ...errors import CorruptDocument, EmptyDocument, TooLarge, UnsupportedFormat
from ...types import ParsedDocument
from ..clean import drop_contents_blocks
from .carried_on import carried_on
from .defined_terms import with_defined_terms
from .delimited import parse_delimited
from .docx import parse_docx
from .eml import check_eml, parse_eml
from .enclosed import MAX_CARRIED, carried, check_archive, parse_archive
from .epub import check_epub, parse_epub
from .html import parse_html
from .images import SUFFIXES as IMAGES
from .images import check_image, parse_image
from .languages import without_translated_blocks
from .limits import ParseLimits, check_docx, check_html, check_pdf
from .mhtml import check_mhtml, parse_mhtml
from .odf import check_odf, parse_odf
from .pasted import unpasted
from .pdf import parse_pdf
from .rtf import parse_rtf
from .sheets import check_sheets, parse_sheets
from .sign_offs import closing_words_aside
from .slides import check_slides, parse_slides
from .text import parse_markdown, parse_text
from .transcription import untranscribed
from .webarchive import check_webarchive, parse_webarchive
from .wordml2003 import check_wordml2003, parse_wordml2003

Parser = Callable[[Path], ParsedDocument]
Progress = Callable[[str, int, int], None]  # (stage, done, total)
PreCheck = Callable[[Path, ParseLimits], None]

PARSERS: dict[str, Parser] = {
    ".pdf": parse_pdf,
    ".docx": parse_docx,
    ".html": parse_html,
    ".htm": parse_html,
    ".xhtml": parse_html,
    ".md": parse_markdown,
    ".markdown": parse_markdown,
    ".txt": parse_text,
    ".text": parse_text,
    ".csv": parse_delimited,  # an export of a review's paragraphs, one record per action (see .delimited)
    ".tsv": parse_delimited,
    ".eml": parse_eml,  # an e-mail message saved as a file: its body (see .eml)
    ".epub": parse_epub,  # an e-book, or a read-later tool's export: its chapters in spine order (see .epub)
    ".odt": parse_odf, ".ott": parse_odf, ".fodt": parse_odf,  # OpenDocument text: its body (see .odf)
    ".odp": parse_odf, ".fodp": parse_odf,  # an Impress deck: a page to a slide (see .odf)
    ".pptx": parse_slides, ".ppsx": parse_slides,  # a PowerPoint deck: a page to a slide (see .slides)
    ".xlsx": parse_sheets, ".xlsm": parse_sheets,  # a tracker's workbook: a page to a sheet (see .sheets)
    ".ods": parse_sheets, ".fods": parse_sheets,
    ".rtf": parse_rtf,  # Rich Text Format, Word's, WordPad's or a case system's export: its text (see .rtf)
    ".mhtml": parse_mhtml, ".mht": parse_mhtml, ".webarchive": parse_webarchive,  # a saved web page: the page
}


PRECHECKS: dict[str, PreCheck] = {".pdf": check_pdf, ".docx": check_docx, ".html": check_html,
                                  ".htm": check_html, ".xhtml": check_html, ".eml": check_eml, ".epub": check_epub,
                                  ".mhtml": check_mhtml, ".mht": check_mhtml, ".webarchive": check_webarchive,
                                  ".odt": check_odf, ".ott": check_odf, ".fodt": check_odf, ".odp": check_odf,
                                  ".fodp": check_odf, ".pptx": check_slides, ".ppsx": check_slides,
                                  ".xlsx": check_sheets, ".xlsm": check_sheets, ".ods": check_odf, ".fods": check_odf}
# the readers whose lines are placed on pages (a PDF's text layer, or OCR's lines)
PLACED = frozenset({parse_pdf, parse_image})
# the readers of zip packages, which hold the files they read to the operator's unzipped limit (parse() passes it)
ZIPPED = frozenset({parse_epub, parse_odf, parse_slides, parse_sheets})
KINDS = {".pdf": "PDF", ".docx": "DOCX", ".html": "HTML", ".htm": "HTML", ".xhtml": "HTML", ".md": "Markdown",
         ".markdown": "Markdown", ".txt": "text", ".text": "text",
         ".csv": "CSV", ".tsv": "TSV", ".eml": "e-mail", ".epub": "EPUB",
         ".mhtml": "saved web page", ".mht": "saved web page", ".webarchive": "saved web page",
         ".odt": "OpenDocument", ".ott": "OpenDocument", ".fodt": "OpenDocument", ".rtf": "RTF",
         ".odp": "OpenDocument", ".fodp": "OpenDocument", ".pptx": "PowerPoint", ".ppsx": "PowerPoint",
         ".xlsx": "spreadsheet", ".xlsm": "spreadsheet", ".ods": "spreadsheet", ".fods": "spreadsheet"}
for _suffix in IMAGES:  # a scanned, faxed or photographed page, or a scanner's pages as TIFF frames (see .images)
    PARSERS[_suffix], PRECHECKS[_suffix], KINDS[_suffix] = parse_image, check_image, "image"
# Word 2003's XML Document (see .wordml2003): a .xml file is read only when it is one, any other refused
PARSERS[".xml"], PRECHECKS[".xml"], KINDS[".xml"] = parse_wordml2003, check_wordml2003, "Word 2003 XML"
# a .zip download: the report it carries (see .enclosed); a PDF, a Word document or an e-mail may carry one too
PARSERS[".zip"], PRECHECKS[".zip"], KINDS[".zip"] = parse_archive, check_archive, "zip archive"
ENCLOSING = frozenset({".pdf", ".docx", ".eml"})


def parse(path: Path, max_bytes: int | None = None, progress: Progress | None = None,
          limits: ParseLimits | None = None, *, enclosed: bool = True) -> ParsedDocument:
    """Parse one report file; raise an :class:`IngestError` subclass with a one-line reason.
    ``progress(stage, done, total)`` hears of slow stages (``"ocr"``, a page at a time). A wrapper that carries
    the report (a portfolio, a covering letter, a .zip, an e-mail) is read as the report it carries
    (:mod:`.enclosed`); ``enclosed=False`` reads a file as itself only (a carried file is not opened again)."""
    path = Path(path)
    parser = check_file(path, max_bytes)
    suffix = path.suffix.lower()
    if suffix in PRECHECKS:
        PRECHECKS[suffix](path, limits or ParseLimits())

    def inside(outer: ParsedDocument | None) -> ParsedDocument | None:
        return carried(path, outer, lambda p: parse(p, max_bytes, progress, limits, enclosed=False),
                       set(PARSERS), max_bytes or MAX_CARRIED) if enclosed and suffix in ENCLOSING else None

    if parser is parse_archive:
        if not enclosed:
            raise UnsupportedFormat(f"{path}: a zip archive inside another file is not opened")
        return parse_archive(path, lambda p: parse(p, max_bytes, progress, limits, enclosed=False),
                             max_bytes or MAX_CARRIED)
    try:
        doc = _parse_own(path, parser, progress, limits)
    except (EmptyDocument, CorruptDocument):
        if (wrapped := inside(None)) is not None:  # a cover with no text of its own
            return wrapped
        raise
    return inside(doc) or doc


def _parse_own(path: Path, parser: Parser, progress: Progress | None, limits: ParseLimits | None) -> ParsedDocument:
    """The file read as itself, by its format's parser, with the block-level cleaning every format gets."""
    if parser is parse_pdf:
        doc = parse_pdf(path, progress=progress)
    elif parser is parse_image:
        doc = parse_image(path, progress=progress)
    elif parser in ZIPPED:  # the files read are held to the operator's unzipped limit
        doc = parser(path, limits)
    else:
        doc = parser(path)
    # block-level cleaning, every format
    doc.blocks = without_translated_blocks(drop_contents_blocks(untranscribed(doc.blocks)))
    doc.blocks = with_defined_terms(doc.blocks)  # a glossary set as a definition list: its rows
    doc.blocks = carried_on(doc.blocks)  # a paragraph its author carried on in a continuation box or page
    if parser not in PLACED:  # a PDF's or a scan's own folios and running heads are found by where they stand
        doc.blocks = unpasted(doc.blocks)
    doc.blocks = closing_words_aside(doc.blocks)  # a message's closing words before its close: the sender's
    if not any(b.text.strip() for b in doc.blocks if b.kind != "heading"):
        raise EmptyDocument(f"{path}: no body text found")
    return doc


def check_file(path: Path, max_bytes: int | None = None) -> Parser:
    """The parser for this file, once it is found to exist, of a known type, not empty, not too large."""
    if not path.is_file():
        raise UnsupportedFormat(f"{path}: no such file")
    parser = PARSERS.get(path.suffix.lower())
    if parser is None:
        known = ", ".join(sorted({s.lstrip('.') for s in PARSERS}))
        raise UnsupportedFormat(f"{path}: unsupported file type '{path.suffix or '(none)'}' (supported: {known})")
    size = path.stat().st_size
    if size == 0:
        raise EmptyDocument(f"{path}: file is empty")
    if max_bytes is not None and size > max_bytes:
        raise TooLarge(
            f"{path}: {size / 2**20:.1f} MiB is over the limit of {max_bytes / 2**20:.0f} MiB "
            "(set LESSONS_MAX_FILE_MB to raise it)"
        )
    return parser


__all__ = ["KINDS", "PARSERS", "ParseLimits", "Progress", "check_file", "parse"]
