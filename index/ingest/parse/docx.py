"""DOCX → blocks with python-docx.

Headings come from the paragraph style ("Heading N", "Title"); list items from list styles or Word numbering; pages
from explicit page breaks, "page break before" and Word's rendered-page-break marks (when a file has none, pages are
unknown). Word writes a rendered mark at the start of every page it laid out, including the page that a hard break or
"page break before" had already started, so a mark with no text since the last counted break is the same page, not
another one. Word's automatic paragraph numbering ("%1.%2", "Paragraph %1") is rendered into the text so that the
printed number is kept (not a reply's own beside the report's paragraphs it quotes: :mod:`.docx_responses`). Headers,
footers, table-of-contents fields and hidden text are skipped; content controls and other wrappers are looked through
(a template's labels of its boxes: :mod:`.docx_controls`), and a text box's paragraphs follow the paragraph that
anchors it (one holding only a paragraph number, a template's number drawn in the margin, numbers it). Tables are
rows, one block per row (:func:`.common.row_text`: "label: text", "a | b | c", "term | definition" in a glossary,
which answers leave out as reference matter); a frame (one cell with text per row) is body text. Footnotes are left
out, but for a review's paragraph quoted in one, read at the foot of its reference's page (:mod:`.docx_footnotes`).
"""

from __future__ import annotations

import dataclasses
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import CorruptDocument, EncryptedDocument
from ...types import Block, ParsedDocument
from ..clean import normalise_text
from .action_grids import grid_blocks
from .common import BULLET_RE, clean_bullet, is_frame_table, is_glossary_table, is_paragraph_number, row_text
from .docx_controls import box_label, boxed_answers, placeholder
from .docx_extracts import in_run, quoted_runs, quotes
from .docx_footnotes import note_refs, with_footnotes
from .docx_lines import frames_hold_asides, typed_lines, without_typed_furniture
from .docx_marks import accept_joins, section_breaks_of
from .docx_responses import quoted_once, reply_numbering
from .docx_strict import as_transitional, is_strict
from .docx_styles import breaking_styles, breaks_before, closing_note, hidden, name_of_style, note_mark, title_like
from .handouts import handout_notes
from .html import parse_html_bytes
from .numbering import WordNumbering
from .zipped import local_name

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# a label from Word numbering that prints a paragraph number: "4.9.5", "12.", "B.2", "Paragraph 12", "12)"
_PARA_LABEL = re.compile(r"^(?:(?:Paragraph|Para\.?)\s+)?[\dA-Z]+(?:\.\d+)*\.?$|^\d{1,4}\)$", re.IGNORECASE)
# a converter's line break before the next paragraph's number ("...in June.<w:br/>2.2 The ..."): PARA_SEP parts them
PARA_SEP = "\u2029"
_NEXT_NUMBER = re.compile(r"\n(?=\d{1,2}\.\d{1,2}\.?\s+[A-Z])")
# block-level wrappers whose children are read as if they stood in the wrapper's place
_WRAPPERS = {"customXml", "ins", "moveTo", "smartTag"}
# inside a paragraph: its properties, the fallback copy of alternate content, text moved away
_SKIP_INLINE = {"pPr", "Fallback", "moveFrom", "del"}

STALE_WORDS = 30  # a second rendered page mark this soon after a page's own is stale, not a new page
LINE_WORDS = 10
HEADING_WORDS = 40  # a paragraph in a heading style with more words than this is text set in that style
LIST_PARA_WORDS = 40  # a numbered item in a list style with at least this many words is a numbered paragraph


class _Pages:
    """Page counter over the body: ``fresh`` while no text has followed the last counted break. Word's
    rendered page marks repeat the hard breaks they follow, and may be stale (left from an earlier layout): one
    more mark within ``STALE_WORDS`` words of a page start already marked is not a page."""

    def __init__(self) -> None:
        self.page, self.fresh, self.marked, self.words = 1, False, False, 0

    def hard(self) -> None:
        self.page, self.fresh, self.marked, self.words = self.page + 1, True, False, 0

    def before(self) -> None:
        """A paragraph set to start a page: a new page unless nothing is on this one yet."""
        if self.words:
            self.hard()

    def rendered(self) -> None:
        if self.fresh or (self.marked and self.words < STALE_WORDS):
            self.marked = True
            return
        self.hard()
        self.marked = True

    def blank(self) -> None:
        """An empty paragraph: a line of the page (a page filled with them is full), though no text."""
        self.words += LINE_WORDS

    def text(self, words: int = 1) -> None:
        self.fresh = False
        self.words += words


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
        document = docx.Document(as_transitional(path) if is_strict(path) else str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise CorruptDocument(f"{path}: not a readable DOCX file ({type(exc).__name__})") from exc

    body = document.element.body
    accept_joins(body)
    section_breaks = section_breaks_of(body)
    has_breaks = bool(
        body.findall(f".//{W}br[@{W}type='page']") or body.findall(f".//{W}lastRenderedPageBreak")
        or body.findall(f".//{W}pageBreakBefore") or any(section_breaks.values()) or breaking_styles(document)
    )
    quoted = quoted_runs(body, document)  # quoted extracts (a reply's quotations of the report it answers)
    ctx = _Context(pages=_Pages(), numbering=reply_numbering(document, quoted), document=document,
                   section_breaks=section_breaks, asides=frames_hold_asides(body), quoted=quoted)
    blocks: list[Block] = []
    _walk(body, ctx, blocks)
    blocks = with_footnotes(handout_notes(without_typed_furniture(typed_lines(blocks))), document, ctx.refs)
    blocks = quoted_once(blocks)  # a paragraph quoted twice (in the body and in a note too) is read once
    if blocks and blocks[-1].kind == "para" and " ".join(blocks[-1].text.split()) == closing_note(body, document):
        blocks[-1].kind = "aside"  # "Prepared for the meeting on 21 March ...", in italics: not the last paragraph's
    blocks = blocks if has_breaks else [dataclasses.replace(block, page=None) for block in blocks]
    props = document.core_properties
    title = (props.title or "").strip() or None
    year = props.created.year if props.created and props.created.year > 1990 else None
    return ParsedDocument(blocks=blocks, pages=ctx.pages.page if has_breaks else None, title=title, year=year)


@dataclass
class _Context:
    pages: _Pages
    numbering: WordNumbering
    document: Any
    section_breaks: dict[str, bool]  # a paragraph's section break (by its path): does a new page follow?
    asides: bool = True  # a framed paragraph is a pull quote or a box, no paragraph's text
    quoted: dict[Any, int] = dataclasses.field(default_factory=dict)  # quoted extracts' paragraphs (.docx_extracts)
    refs: list[tuple[str, int]] = dataclasses.field(default_factory=list)  # footnote references (.docx_footnotes)


def _children(el, *tags: str, pages: _Pages | None = None) -> Iterator[Any]:
    """The block-level children of ``el`` (with ``tags``, only those), looking through content controls,
    custom-XML and tracked-insertion wrappers. A table-of-contents control is left out (its page breaks still
    counted on ``pages``: a contents page is a page), so is a control still showing its template's
    placeholder, and so are XML comments and processing instructions, which lxml yields with a non-string
    tag."""
    for child in el.iterchildren():
        if not isinstance(child.tag, str):
            continue
        name = local_name(child)
        if name == "sdt":
            gallery = child.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
            if gallery is not None and gallery.get(f"{W}val", "").lower().startswith("table of contents"):
                if pages is not None:
                    _pages_of(child, pages)
                continue
            if placeholder(child):
                continue
            if (content := child.find(f"{W}sdtContent")) is not None:
                yield from _children(content, *tags, pages=pages)
        elif name in _WRAPPERS:
            yield from _children(child, *tags, pages=pages)
        elif not tags or name in tags:
            yield child


def _pages_of(el, pages: _Pages) -> None:
    """Count the pages of matter that is not read (a table of contents): its breaks and its text."""
    for node in el.iter():
        if node.tag == f"{W}pageBreakBefore" and node.get(f"{W}val", "true").lower() not in ("0", "false", "off"):
            pages.hard()
        elif node.tag == f"{W}t" and node.text and node.text.strip():
            pages.text(len(node.text.split()))
        else:
            _count_break(node, pages)


def _walk(container, ctx: _Context, blocks: list[Block]) -> None:
    """Paragraphs and tables of the body (or of a table cell), in reading order."""
    for el in _children(container, "p", "tbl", "altChunk", pages=ctx.pages):
        if local_name(el) == "altChunk":  # a web page Word imports where it stands (a case-review system's export)
            for part in _imported(el, ctx.document):
                blocks.append(dataclasses.replace(part, page=ctx.pages.page))
                ctx.pages.text(len(part.text.split()))
        elif local_name(el) == "p":
            # a template's label (.docx_controls); a quoted extract, which ends with its run (.docx_extracts)
            block = in_run(box_label(el, _paragraph(el, ctx.pages, ctx.numbering, ctx.document)), ctx.quoted.get(el))
            if block is not None and PARA_SEP in block.text:  # one Word paragraph, two printed ones
                parts = [t.strip() for t in block.text.split(PARA_SEP)]
                if block.kind == "para":
                    blocks.extend(dataclasses.replace(block, text=t) for t in parts[:-1])
                block = dataclasses.replace(block, text=parts[-1] if block.kind == "para" else " ".join(parts))
            if block is not None and block.kind == "aside" and not ctx.asides:
                block = dataclasses.replace(block, kind="para")
            boxed: list[Block] = []
            for box in (node for node in _inline(el) if local_name(node) == "txbxContent"):
                _walk(box, ctx, boxed)  # a text box's paragraphs follow the paragraph that anchors it ...
            number = boxed[0].text.rstrip(".") if len(boxed) == 1 else ""
            if block is not None and block.kind == "para" and is_paragraph_number(number) \
                    and not is_paragraph_number(block.text.split()[0].rstrip(".")):
                block, boxed = dataclasses.replace(block, text=f"{number} {block.text}"), []  # ... or number it
            blocks.extend([block, *boxed] if block is not None else boxed)
            if block is None and not boxed and container.tag == f"{W}body" and not "".join(el.itertext()).strip():
                blocks.append(Block(text="", page=ctx.pages.page))  # an empty paragraph: for typed_lines
                ctx.pages.blank()
            ctx.refs += note_refs(el, ctx.pages.page)  # a footnote is printed at the foot of its reference's page
            sect = el.find(f"{W}pPr/{W}sectPr")
            if sect is not None and ctx.section_breaks.get(sect.getroottree().getpath(sect)):
                ctx.pages.hard()  # the next section starts on a new page
        else:
            _table(el, ctx, blocks)


def _imported(chunk, document) -> list[Block]:
    """The blocks of an HTML part imported by ``<w:altChunk>``; none for a part of another kind, or one
    that does not read as HTML."""
    part = document.part.related_parts.get(chunk.get(f"{R}id", ""))
    if part is None or not str(part.partname).lower().endswith((".htm", ".html", ".xhtml")):
        return []
    try:
        return parse_html_bytes(part.blob, f"{part.partname}").blocks
    except CorruptDocument:
        return []


def _cell_text(tc) -> str:
    return normalise_text(" ".join(t.text or "" for t in tc.iter(f"{W}t")))


def _table(tbl, ctx: _Context, blocks: list[Block]) -> None:
    """A table as rows: one block per row, cells joined by :func:`row_text`, "term | definition" in a
    glossary table. A table that is only a frame (no row with text in more than one cell) is read as
    body text, so that the headings, paragraphs and lists laid out in it keep their kinds. A cell's own
    paragraphs and nested tables are read as the body is (numbering, page breaks), then joined."""
    rows = list(_children(tbl, "tr"))
    grid = [list(_children(row, "tc")) for row in rows]
    texts = [[_cell_text(tc) for tc in row] for row in grid]
    # a table with a cell that only holds a table is a layout (a section's title beside its paragraphs' table), and
    # so is a template's table of labels beside the author's boxes, and a table of quoted extracts beside comments
    if is_frame_table(texts) or boxed_answers(grid) or any(
            _only_a_table(tc) or quotes(tc, ctx.quoted) for row in grid for tc in row):
        first = len(blocks)
        for row in rows:
            for tc in _children(row, "tc"):
                _walk(tc, ctx, blocks)
        if len(rows) == 1 and any(is_paragraph_number(b.text.split()[0].rstrip(".")) for b in blocks[first:] if b.text):
            for b in blocks[first:]:  # a template's box its author typed a section into: no paragraph goes on out of it
                b.table = first if (b.table or 0) >= 0 else b.table  # a quoted extract's stays its own
        return
    glossary, first = is_glossary_table(texts), len(blocks)
    read: list[tuple[list[str], int | None, list[list[Block]]]] = []
    for row in rows:
        cells: list[str] = []
        page: int | None = None
        parts: list[list[Block]] = []
        for tc in _children(row, "tc"):
            inner: list[Block] = []
            _walk(tc, ctx, inner)
            parts.append(inner)
            cells.append(" ".join(b.text for b in inner))
            page = page if page is not None or not inner else inner[0].page
        read.append((cells, page if page is not None else ctx.pages.page, parts))
    # a tracker's rows (the review's paragraphs beside owners, dates and RAG ratings): read by its columns
    if (tracked := grid_blocks([c for c, _, _ in read], [pg for _, pg, _ in read], first)) is not None:
        blocks.extend(tracked)
        return
    for cells, page, parts in read:
        if len(parts) == 2 and len(parts[1]) > 1 and is_paragraph_number(cells[0]) and not glossary:
            # a numbered paragraph set in a row of its own: its text cell keeps its paragraphs and bullets
            blocks.append(dataclasses.replace(parts[1][0], text=row_text([cells[0], parts[1][0].text]), kind="para"))
            blocks.extend(parts[1][1:])
            continue
        text = row_text(cells, glossary)
        if text:
            blocks.append(Block(text=text, kind="para", page=page))
    for b in blocks[first:]:
        b.table = first


def _only_a_table(tc) -> bool:
    """A table cell that holds a table and no text of its own."""
    inner = list(_children(tc, "p", "tbl"))
    return any(local_name(el) == "tbl" for el in inner) \
        and not any(local_name(el) == "p" and _cell_text(el) for el in inner)


def _count_break(node, pages: _Pages) -> bool:
    """Count a hard page break or a rendered page-break mark; True if the node was one."""
    if node.tag == f"{W}br" and node.get(f"{W}type") == "page":
        pages.hard()
        return True
    if node.tag == f"{W}lastRenderedPageBreak":
        pages.rendered()
        return True
    return False


def _inline(el) -> Iterator[Any]:
    """The elements inside a paragraph in document order, without the paragraph's properties, the
    fallback copy of alternate content (a text box is written twice, once for older readers) and text
    moved away by tracked changes; comments and processing instructions are skipped. A text box's content
    is yielded whole, not entered: its paragraphs are read as paragraphs of their own."""
    stack = [iter(el.iterchildren())]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if not local_name(child) or local_name(child) in _SKIP_INLINE or placeholder(child) or note_mark(child):
            continue
        yield child
        if local_name(child) != "txbxContent":
            stack.append(iter(child.iterchildren()))


def _paragraph(el, pages: _Pages, numbering: WordNumbering, document) -> Block | None:
    ppr = el.find(f"{W}pPr")
    ps = ppr.find(f"{W}pStyle") if ppr is not None else None
    style_id = ps.get(f"{W}val", "") if ps is not None else ""
    if breaks_before(ppr, document, style_id):
        pages.before()
    style_name = name_of_style(document, style_id)
    if hidden(document, style_id):
        return None
    # Runs: text, and page breaks inside the paragraph
    parts: list[str] = []
    start_page = pages.page
    seen_text = False
    for node in _inline(el):
        t = local_name(node)
        if t == "t":
            parts.append(node.text or "")
            if (node.text or "").strip():
                seen_text = True
                pages.text(len(node.text.split()))
        elif t == "tab":
            parts.append(" ")
        elif t == "noBreakHyphen":  # "Multi-agency" kept on one line; an optional hyphen (softHyphen) is no text
            parts.append("-")
        elif _count_break(node, pages):
            if not seen_text:
                start_page = pages.page
        elif t in ("br", "cr"):
            parts.append("\n")
    # a converter's line ends kept as breaks, and the next paragraph's number opening a line: two paragraphs
    text = normalise_text(_NEXT_NUMBER.sub(PARA_SEP, "".join(parts)).replace("\n", " "))
    if not text:
        return None
    lname = style_name.lower()
    if lname.startswith("toc") or lname in ("table of contents", "contents"):
        return None
    label = numbering.label_for(ppr) if ppr is not None else None
    frame = ppr.find(f"{W}framePr") if ppr is not None else None
    if frame is not None and frame.get(f"{W}dropCap") is None and not label:  # a framed pull quote or box
        return Block(text=text, kind="aside", page=start_page)
    m = re.match(r"heading\s*(\d)", lname)
    # Word's own, or a custom one ("ReviewHeading"); a heading is a line or two, never a page of text
    if (m or lname == "title" or "heading" in lname) and len(text.split()) <= HEADING_WORDS:
        level = int(m.group(1)) if m else (label.count(".") + 1 if label else 1)
        if label:
            text = f"{label} {text}"
        return Block(text=text, kind="heading", page=start_page, level=level)
    # a numbered paragraph, also in Word's "List Paragraph" style when it holds a paragraph's worth of text
    if label and _PARA_LABEL.match(label) and (not lname.startswith("list") or len(text.split()) >= LIST_PARA_WORDS):
        if title_like(text, el, document, style_id):  # "2. Background" in a custom section-title style
            return Block(text=f"{label} {text}", kind="heading", page=start_page, level=label.count(".") or 1)
        return Block(text=f"{label} {text}", kind="para", page=start_page)
    is_list = "list" in lname or label is not None or bool(BULLET_RE.match(text))
    if is_list:
        item = f"{label} {clean_bullet(text)}" if label else clean_bullet(text)
        return Block(text=item, kind="bullet", page=start_page)
    if title_like(text, el, document, style_id):  # "Learning point: leaving hospital", a box's bold title
        return Block(text=text, kind="heading", page=start_page, level=3)
    return Block(text=text, kind="para", page=start_page)
