"""PDF writer for the fictional development set (reportlab), layout ``sidenotes``: an investigation report designed for
print in a page-layout program (creator "Adobe InDesign 20.0 (Windows)", producer "Adobe PDF Library 18.0") on a grid
of a NARROW text column at the right of every page beside a WIDE MARGIN of side notes at the left:

* portrait A4; the text column (:data:`SIDENOTES` ``column_x`` to ``right``) holds everything a reader reads as the
  report: the title page, the contents, the headings, the paragraphs, the running header (the running title, grey, at
  the column's left) and the footer ("Page N" flush right at the column's edge) (:func:`footer`);
* numbered ``two-level``, each number RUN IN at the start of its paragraph in bold ("3.2" and a space, then the text),
  Times 11 pt JUSTIFIED with hyphenation (soft hyphens, as in :mod:`devset_pdf`); chapter headings "3 The four days"
  in bold teal Helvetica 15 pt under a teal rule, chapters running on (a heading is only kept off the foot of a page),
  subheadings 11.5 pt; factor-list bullets "•" indented
  under their lead-in; recommendations "Recommendation 3:" run in bold; the glossary a two-column table at the back;
* paragraphs run over page breaks (expected.json ``split_across_pages``);
* SIDE NOTES (``sidebars`` of reports.yaml, each beside the paragraph holding its ``after`` text, never text of the
  review): small teal italic Helvetica in the wide left margin (``note_x`` to ``note_right``), under a short teal rule,
  their first line level with the top of the paragraph they belong to (moved up when the paragraph starts near the foot
  of the page); expected.json ``sidebars`` (their texts) and ``sidebar_pages`` (the page each is printed on);
* page 1 the title page (no header or footer), page 2 "Contents" with each chapter and its page number flush right
  (contents_lines "1 Introduction 3" as "Introduction 3").

A reader of the report reads the column; the margin is the designer's notes. :data:`SIDENOTES` gives the geometry the
tests use."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_TOP, _BOTTOM = 70.0, 64.0
CREATOR = "Adobe InDesign 20.0 (Windows)"
PRODUCER = "Adobe PDF Library 18.0"
SIDENOTES: dict[str, Any] = {  # in points, x from the left edge, y from the top as pdfplumber measures
    "note_x": 50.0,  # the side-note margin's left edge
    "note_right": 190.0,  # its right edge
    "column_x": 212.0,  # the text column's left edge: where each run-in number starts
    "right": _PAGE_W - 50.0,  # the column's right edge
    "header_y": 40.0,  # the running title's baseline
    "footer_y": _PAGE_H - 36.0,  # the footer's baseline
    "body_font": "Times-Roman",
    "body_size": 11,
    "note_font": "Helvetica-Oblique",
    "note_size": 8,
    "heading_size": 15,
    "teal": (0.0, 0.42, 0.45),
}


def footer(page: int | str) -> str:
    """The footer line, flush right at the column's edge: "Page 7"."""
    return f"Page {page}"


def _note_anchors(report: dict[str, Any], blocks: list[Block]) -> dict[int, str]:
    """By block index, the side note printed beside that paragraph or factor list (each note looked for from the block
    of the note before it on), or ValueError."""
    notes = [(" ".join(s["after"].split()), " ".join(s["text"].split())) for s in report.get("sidebars", [])]
    found: dict[int, str] = {}
    nxt = 0
    for idx, b in enumerate(blocks):
        if nxt < len(notes) and b.kind in ("para", "factor") and notes[nxt][0] in b.text:
            found[idx] = notes[nxt][1]
            nxt += 1
    if nxt != len(notes):
        raise ValueError(f"side note anchor not found in reading order: {notes[nxt][0]!r}")
    return found


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one two-level review in a narrow column beside a margin of side notes; return bytes and the expected
    entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Frame,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.flowables import HRFlowable

    from .devset_flow import KeyedParagraph, NoteRecording, build_with_notes, built_expected, note_markup

    if report["numbering"] != "two-level":
        raise ValueError("the sidenotes layout renders two-level numbering")
    teal = Color(*SIDENOTES["teal"])
    grey = Color(0.45, 0.45, 0.45)
    col_x, col_w = SIDENOTES["column_x"], SIDENOTES["right"] - SIDENOTES["column_x"]
    note_w = SIDENOTES["note_right"] - SIDENOTES["note_x"]
    bullet_font = _pdf._bullet_font()
    notes_at = _note_anchors(report, blocks)

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=SIDENOTES["body_font"], fontSize=SIDENOTES["body_size"], leading=13.5,
                    alignment=TA_JUSTIFY, spaceAfter=7, embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=0,
                    allowWidows=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=24, leading=29, textColor=teal, alignment=TA_LEFT,
                    spaceAfter=20, embeddedHyphenation=0),
        "cover": st("cover", fontName="Helvetica", fontSize=10, leading=14, alignment=TA_LEFT, spaceAfter=5,
                    embeddedHyphenation=0),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=SIDENOTES["heading_size"], leading=19, textColor=teal,
                 alignment=TA_LEFT, spaceBefore=0, spaceAfter=10, keepWithNext=1, embeddedHyphenation=0),
        "h2": st("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, textColor=teal, alignment=TA_LEFT,
                 spaceBefore=8, spaceAfter=5, keepWithNext=1, embeddedHyphenation=0),
        "toc": st("toc", fontName="Helvetica", fontSize=10.5, alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
        "tocn": st("tocn", fontName="Helvetica", fontSize=10.5, alignment=TA_RIGHT, spaceAfter=0,
                   embeddedHyphenation=0),
        "body": st("body"),
        "bullet": st("bullet", leftIndent=16, bulletIndent=5, bulletFontName=bullet_font, bulletFontSize=8,
                     spaceAfter=3),
        "cell": st("cell", alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
        "note": st("note", fontName=SIDENOTES["note_font"], fontSize=SIDENOTES["note_size"], leading=10.5,
                   textColor=teal, alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    def ChapterRule(width: float, color: Any) -> Any:
        return HRFlowable(width=width, thickness=1.5, color=color, spaceBefore=10, spaceAfter=8, hAlign="LEFT")

    class NotedParagraph(KeyedParagraph):
        """A paragraph that prints its side note in the margin beside its first part."""

        side_note: str = ""
        doc: Any = None

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for i, part in enumerate(parts):
                part.side_note, part.doc = (self.side_note if i == 0 else ""), self.doc
            return parts

        def drawOn(self, canv: Any, x: float, y: float, _sW: float = 0) -> None:
            super().drawOn(canv, x, y, _sW)
            if not self.side_note:
                return
            note = Paragraph(_xml_escape(self.side_note), styles["note"])
            _w, h = note.wrap(note_w, _PAGE_H)
            top = min(y + self.height, _PAGE_H - _TOP)
            bottom = max(top - h, _BOTTOM)
            canv.saveState()
            canv.setStrokeColor(teal)
            canv.setLineWidth(0.75)
            canv.line(SIDENOTES["note_x"], bottom + h + 4, SIDENOTES["note_x"] + 30, bottom + h + 4)
            canv.restoreState()
            note.drawOn(canv, SIDENOTES["note_x"], bottom)
            self.doc.note_pages.append(canv.getPageNumber())

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject=_r.FICTION_LABEL, creator=CREATOR,
                             producer=PRODUCER)
            frame = Frame(col_x, _BOTTOM, col_w, _PAGE_H - _TOP - _BOTTOM, id="column", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("grid", [frame], onPage=self.decorate)])
            self.toc_pages = toc_pages
            self.note_pages: list[int] = []
            self.start_recording(plain_tokens)

        def decorate(self, canv: Any, doc: Any) -> None:
            if doc.page == 1:  # the title page: no running header or footer
                return
            canv.saveState()
            canv.setFillColor(grey)
            canv.setFont("Helvetica", 8)
            canv.drawString(col_x, _PAGE_H - SIDENOTES["header_y"], report["running_title"])
            canv.setFillColor(Color(0, 0, 0))
            canv.setFont("Helvetica", 8.5)
            canv.drawRightString(SIDENOTES["right"], _PAGE_H - SIDENOTES["footer_y"], footer(doc.page))
            canv.restoreState()

    def story(toc_pages: dict[str, int], doc_box: list[Any]) -> list[Any]:
        uid = iter(range(1, 10**6))

        def para(markup: str, style: str, key: str | None, bullet: str | None = None, note: str = "") -> Any:
            made = NotedParagraph(markup, styles[style], bulletText=bullet)
            made.devset_key, made.devset_uid, made.side_note, made.doc = key, next(uid), note, doc_box[0]
            return made

        flow: list[Any] = [Spacer(1, 150), para(_xml_escape(report["title"]), "title", None)]
        flow += [para(_xml_escape(t), "cover", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "h1", None)]
        rows = [[Paragraph(_xml_escape(b.text), styles["toc"]), Paragraph(str(toc_pages.get(f"H{i}", 0)),
                                                                          styles["tocn"])]
                for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
        table = Table(rows, colWidths=[col_w - 40, 40], hAlign="LEFT")
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, grey)]))
        flow.append(table)
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if idx and b.level == 1:
                    flow.append(CondPageBreak(90))  # chapters run on: a heading is only kept off the foot of a page
                    flow.append(ChapterRule(col_w, teal))
                elif b.level == 1:
                    flow.append(PageBreak())  # the foreword opens the first page after the contents
                flow.append(para(_xml_escape(b.text), "h1" if b.level == 1 else "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(note_markup(b.text, [], ""), "body", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph(f"<b>{_xml_escape(a)}</b>", styles["cell"]),
                          Paragraph(_xml_escape(m), styles["cell"])] for a, m in b.rows]
                grid = Table(cells, colWidths=[95, col_w - 95], hAlign="LEFT")
                grid.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, teal), ("VALIGN", (0, 0), (-1, -1),
                                                                                       "TOP"),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                                          ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
                flow.append(grid)
            elif b.kind in ("para", "factor"):
                flow.append(para(f"<b>{_xml_escape(b.label)}</b> {note_markup(b.text, [], '')}", "body", b.key,
                                 note=notes_at.get(idx, "")))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet="\u2022")
                         for t in b.bullets]
            else:
                flow.append(para(f"<b>{_xml_escape(b.label)}:</b> {note_markup(b.text, [], '')}", "body", b.key))
        return flow

    box: list[Any] = [None]

    def make_doc(buf: Any, toc_pages: dict[str, int], notes: dict[int, int]) -> Any:
        box[0] = Doc(buf, toc_pages, notes)
        return box[0]

    pdf, doc, toc_pages, _notes = build_with_notes(make_doc, lambda toc: story(toc, box), 6)
    return pdf, built_expected(output, blocks, doc, toc_pages, [report["running_title"], footer("N")],
                               sidebars=[notes_at[i] for i in sorted(notes_at)], sidebar_pages=list(doc.note_pages))
