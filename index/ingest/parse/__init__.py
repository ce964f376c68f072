"""File → :class:`ParsedDocument`. One parser per format, chosen by suffix (``PARSERS``).

Every parser returns blocks (headings, paragraphs, bullet items) in reading order with the 1-based page
on which each starts, with running headers/footers, page numbers and contents lists already removed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ...errors import EmptyDocument, TooLarge, UnsupportedFormat
from ...types import ParsedDocument
from ..clean import drop_contents_blocks
from .docx import parse_docx
from .html import parse_html
from .pdf import parse_pdf
from .text import parse_markdown, parse_text

Parser = Callable[[Path], ParsedDocument]

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
}


def parse(path: Path, max_bytes: int | None = None) -> ParsedDocument:
    """Parse one report file; raise an :class:`IngestError` subclass with a one-line reason."""
    path = Path(path)
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
    doc = parser(path)
    doc.blocks = drop_contents_blocks(doc.blocks)  # block-level cleaning, once, for every format
    if not any(b.text.strip() for b in doc.blocks if b.kind != "heading"):
        raise EmptyDocument(f"{path}: no body text found")
    return doc


__all__ = ["PARSERS", "parse"]
