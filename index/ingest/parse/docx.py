"""DOCX → blocks with python-docx.

Headings come from the paragraph style ("Heading N", "Title"); list items from list styles or Word
numbering; pages from explicit page breaks, "page break before" and Word's rendered-page-break marks
(when a file has none, pages are unknown). Word writes a rendered mark at the start of every page it
laid out, including the page that a hard break or "page break before" had already started, so a mark
with no text since the last counted break is the same page, not another one. Word's automatic
paragraph numbering ("%1.%2", "Paragraph %1") is rendered into the text so that the printed number is
kept. Headers, footers and table-of-contents fields are not part of the body and are skipped.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ...errors import CorruptDocument, EncryptedDocument
from ...types import Block, ParsedDocument
from ..clean import normalise_text
from .common import BULLET_RE, clean_bullet
from .numbering import WordNumbering

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# a label from Word numbering that prints a paragraph number: "4.9.5", "12.", "B.2", "Paragraph 12"
_PARA_LABEL = re.compile(r"^(?:(?:Paragraph|Para\.?)\s+)?[\dA-Z]+(?:\.\d+)*\.?$", re.IGNORECASE)


class _Pages:
    """Page counter over the body: ``fresh`` while no text has followed the last counted break."""

    def __init__(self) -> None:
        self.page, self.fresh = 1, False

    def hard(self) -> None:
        self.page, self.fresh = self.page + 1, True

    def rendered(self) -> None:
        if not self.fresh:
            self.hard()

    def text(self) -> None:
        self.fresh = False


def parse_docx(path: Path) -> ParsedDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(path):
        with open(path, "rb") as fh:
            head = fh.read(8)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            raise EncryptedDocument(f"{path}: encrypted or legacy Word file; save it as an unprotected .docx")
        raise CorruptDocument(f"{path}: not a readable DOCX file")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise CorruptDocument(f"{path}: not a readable DOCX file ({type(exc).__name__})") from exc

    numbering = WordNumbering.from_document(document)
    body = document.element.body
    has_breaks = bool(
        body.findall(f".//{W}br[@{W}type='page']") or body.findall(f".//{W}lastRenderedPageBreak")
        or body.findall(f".//{W}pageBreakBefore")
    )
    pages = _Pages()
    blocks: list[Block] = []
    for el in body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            block = _paragraph(el, pages, numbering, document)
            if block is not None:
                block.page = block.page if has_breaks else None
                blocks.append(block)
            # a page break at the end of a paragraph moves following text on
        elif tag == "tbl":
            for row in el.iter(f"{W}tr"):
                cells = []
                start = None
                for node in row.iter(f"{W}t", f"{W}br", f"{W}lastRenderedPageBreak"):
                    _count_break(node, pages)
                    if node.tag == f"{W}t" and (node.text or "").strip():
                        start = pages.page if start is None else start
                        pages.text()
                for cell in row.iter(f"{W}tc"):
                    texts = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in cell.iter(f"{W}p")]
                    cells.append(normalise_text(" ".join(texts)))
                text = " | ".join(c for c in cells if c)
                if text:
                    blocks.append(Block(text=text, kind="para", page=(start or pages.page) if has_breaks else None))
    props = document.core_properties
    title = (props.title or "").strip() or None
    year = props.created.year if props.created and props.created.year > 1990 else None
    return ParsedDocument(blocks=blocks, pages=pages.page if has_breaks else None, title=title, year=year)


def _count_break(node, pages: _Pages) -> bool:
    """Count a hard page break or a rendered page-break mark; True if the node was one."""
    if node.tag == f"{W}br" and node.get(f"{W}type") == "page":
        pages.hard()
        return True
    if node.tag == f"{W}lastRenderedPageBreak":
        pages.rendered()
        return True
    return False


def _paragraph(el, pages: _Pages, numbering: WordNumbering, document) -> Block | None:
    ppr = el.find(f"{W}pPr")
    style_id = ""
    if ppr is not None:
        ps = ppr.find(f"{W}pStyle")
        if ps is not None:
            style_id = ps.get(f"{W}val", "")
        pbb = ppr.find(f"{W}pageBreakBefore")
        if pbb is not None and pbb.get(f"{W}val", "true").lower() not in ("0", "false", "off"):
            pages.hard()
    style_name = _style_name(document, style_id)
    # Runs: text, and page breaks inside the paragraph
    parts: list[str] = []
    start_page = pages.page
    seen_text = False
    for node in el.iter():
        t = node.tag.rsplit("}", 1)[-1]
        if t == "t":
            parts.append(node.text or "")
            if (node.text or "").strip():
                seen_text = True
                pages.text()
        elif t == "tab":
            parts.append(" ")
        elif _count_break(node, pages):
            if not seen_text:
                start_page = pages.page
        elif t in ("br", "cr"):
            parts.append("\n")
    text = normalise_text("".join(parts).replace("\n", " "))
    if not text:
        return None
    lname = style_name.lower()
    if lname.startswith("toc") or lname in ("table of contents", "contents"):
        return None
    label = numbering.label_for(ppr) if ppr is not None else None
    m = re.match(r"heading\s*(\d)", lname)
    if m or lname == "title":
        level = int(m.group(1)) if m else 1
        if label:
            text = f"{label} {text}"
        return Block(text=text, kind="heading", page=start_page, level=level)
    if label and _PARA_LABEL.match(label) and not lname.startswith("list"):
        return Block(text=f"{label} {text}", kind="para", page=start_page)
    is_list = "list" in lname or label is not None or bool(BULLET_RE.match(text))
    if is_list:
        item = f"{label} {clean_bullet(text)}" if label else clean_bullet(text)
        return Block(text=item, kind="bullet", page=start_page)
    return Block(text=text, kind="para", page=start_page)


def _style_name(document, style_id: str) -> str:
    if not style_id:
        return ""
    try:
        return document.styles.get_by_id(style_id, 1).name or style_id  # 1 = paragraph style
    except Exception:
        return style_id
