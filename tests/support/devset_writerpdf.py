"""PDF writer for the fictional development set (reportlab), layout ``writerpdf``: a Safeguarding Adults Review written
in LibreOffice Writer and exported with "Export as PDF", as a board publishes it.

* portrait A4, Liberation-like serif text (Times), justified, with Writer's automatic hyphenation (soft hyphens, as in
  :mod:`devset_pdf`); the PDF's creator "Writer" and producer "LibreOffice 7.6";
* numbered ``paragraph``: each paragraph's label "Paragraph 12" in bold on a LINE OF ITS OWN above its text (a Writer
  outline-numbered "Label" style, never left at the foot of a page without two lines of its text; the text itself
  may run on to the next page), cited "12" with ``printed_label`` "Paragraph 12";
  headings as written (unnumbered), level 1 in bold sans-serif, level 2 in bold italic serif; factor-list bullets
  "•" indented under their lead-in; recommendations "Recommendation N:" in bold run in;
* FOOTNOTES at the foot of the page: a superscript number after its anchor text in the paragraph (``footnotes`` of
  reports.yaml, in reading order; the marker is no text of the paragraph) and the note, in small type under a short
  rule, above the footer on the page where the marker is printed (expected.json ``footnotes`` and
  ``footnote_pages``);
* the chapters "Analysis" and "Recommendations" start a new page (Writer's "page break before"
  on those headings); a running header (the
  running title at the left, in italics, over a thin rule) and a footer "page N" at the right,
  both from page 2; a contents page of level-1 headings with dot leaders and page numbers; a glossary table at the
  back.

Pages of paragraphs and of footnote markers are recorded during layout (``afterFlowable``); the contents page and the
footnotes are placed from a previous pass. :data:`WRITER` gives the positions used by the tests."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_LEFT, _RIGHT, _TOP, _BOTTOM = 2.0 * _CM, 2.0 * _CM, 2.5 * _CM, 2.0 * _CM
_NOTES = 3.2 * _CM  # the footnote area reserved above the footer
CREATOR, PRODUCER = "Writer", "LibreOffice 7.6"
BREAK_BEFORE = {"Analysis", "Recommendations"}
WRITER: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "body_bottom": _PAGE_H - _BOTTOM - _NOTES,  # the body text ends above the footnote area
    "footer_top": _PAGE_H - 1.2 * _CM - 9,
    "note_size": 8,
}


def footer(page: int | str) -> str:
    """The footer line: "page 7"."""
    return f"page {page}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one review as Writer exports it; return bytes and expected entry."""
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
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

    from .devset_flow import NoteRecording, build_with_notes, keyed_paras, note_markup, noted_expected

    if report["numbering"] != "paragraph":
        raise ValueError("the writerpdf layout renders 'Paragraph N' numbering")
    bullet_font = _pdf._bullet_font()
    notes, anchors = _r.footnote_refs(report, blocks)  # [(anchor text, note)], block index -> [(number, anchor)]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Times-Roman", fontSize=12, leading=17, alignment=TA_JUSTIFY, spaceAfter=8,
                    embeddedHyphenation=1, uriWasteReduce=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=22, leading=28, alignment=TA_LEFT, spaceAfter=18),
        "cover": st("cover", fontSize=12.5, leading=17, alignment=TA_LEFT),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, alignment=TA_LEFT, spaceBefore=14,
                 spaceAfter=8, keepWithNext=1),
        "h2": st("h2", fontName="Times-BoldItalic", fontSize=12.5, leading=16, alignment=TA_LEFT, spaceBefore=8,
                 spaceAfter=5, keepWithNext=1),
        "label": st("label", fontName="Times-Bold", fontSize=12, leading=15, alignment=TA_LEFT, spaceAfter=1),
        "body": st("body"),
        "toc": st("toc", alignment=TA_LEFT, spaceAfter=4),
        "bullet": st("bullet", leftIndent=1.0 * _CM, bulletIndent=0.4 * _CM, bulletFontName=bullet_font,
                     bulletFontSize=10, spaceAfter=3),
        "cell": st("cell", fontSize=10, leading=12.5, alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
        "head": st("head", fontName="Times-Bold", fontSize=10, leading=12.5, alignment=TA_LEFT, spaceAfter=0),
        "note": st("note", fontSize=WRITER["note_size"], leading=9.5, alignment=TA_LEFT, spaceAfter=2,
                   leftIndent=0.35 * _CM, firstLineIndent=-0.35 * _CM, embeddedHyphenation=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO, toc_pages: dict[str, int], note_pages: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject=FICTION_LABEL, creator=CREATOR,
                             producer=PRODUCER, leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP,
                             bottomMargin=_BOTTOM)
            frame = Frame(_LEFT, _BOTTOM + _NOTES, _PAGE_W - _RIGHT - _LEFT, _PAGE_H - _TOP - _BOTTOM - _NOTES,
                          id="f", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("page", [frame], onPage=self.decorate)])
            self.toc_pages, self.note_pages = toc_pages, note_pages
            self.start_recording(plain_tokens)

        def decorate(self, canv: Any, doc: Any) -> None:
            if doc.page == 1:
                return
            canv.saveState()
            canv.setFont("Times-Italic", 9)
            canv.drawString(_LEFT, _PAGE_H - 1.5 * _CM, report["running_title"])
            canv.setLineWidth(0.4)
            canv.line(_LEFT, _PAGE_H - 1.65 * _CM, _PAGE_W - _RIGHT, _PAGE_H - 1.65 * _CM)
            canv.setFont("Times-Roman", 9)
            canv.drawRightString(_PAGE_W - _RIGHT, 1.2 * _CM, footer(doc.page))
            # the page's footnotes, from the previous pass, under a short rule
            self.draw_notes(canv, [t for _a, t in notes], styles["note"], _LEFT, _PAGE_W - _LEFT - _RIGHT, _NOTES,
                            _NOTES - 0.3 * _CM, _BOTTOM + _NOTES - 0.4 * _CM, 5 * _CM, 2)
            canv.restoreState()

    def story(toc_pages: dict[str, int]) -> list[Any]:
        para = keyed_paras(styles)

        def body(idx: int, text: str) -> str:
            return note_markup(text, anchors.get(idx, []), '<super>{n}</super>')

        flow: list[Any] = [Spacer(1, 4 * _CM), para(_xml_escape(report["title"]), "title", None)]
        flow += [para(_xml_escape(t), "cover", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "h1", None)]
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                page = toc_pages.get(f"H{idx}", 0)
                flow.append(para(f"{_xml_escape(b.text)} {'.' * 6} {page}", "toc", None))
        flow.append(PageBreak())
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if b.level == 1 and b.text in BREAK_BEFORE:
                    flow.append(PageBreak())  # a Heading 1 with Writer's "page break before"
                flow.append(CondPageBreak(110))  # a heading is kept with the label and two lines after it
                flow.append(para(_xml_escape(b.text), "h1" if b.level == 1 else "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(body(idx, b.text), "body", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph("Term", styles["head"]), Paragraph("Meaning", styles["head"])]]
                cells += [[Paragraph(_xml_escape(a), styles["head"]), Paragraph(_xml_escape(m), styles["cell"])]
                          for a, m in b.rows]
                table = Table(cells, colWidths=[3 * _CM, _PAGE_W - _LEFT - _RIGHT - 3 * _CM], hAlign="LEFT",
                              repeatRows=1)
                table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, "#999999"),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                flow.append(table)
            elif b.kind in ("para", "factor"):
                if blocks[idx - 1].kind != "heading":  # Writer's orphan control: the label and two lines
                    flow.append(CondPageBreak(15 + 1 + 2 * 17))
                flow.append(para(_xml_escape(b.printed), "label", b.key))
                flow.append(para(body(idx, b.text), "body", b.key))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet="\u2022")
                         for t in b.bullets]
            else:
                flow.append(para(f"<b>{_xml_escape(b.label)}:</b> {body(idx, b.text)}", "body", b.key))
        return flow

    # built until the contents' page numbers and the footnotes' pages are stable
    pdf, doc, toc_pages, note_pages = build_with_notes(Doc, story, 5)
    contents = [f"{b.text} {'.' * 6} {toc_pages[f'H{i}']}" for i, b in enumerate(blocks)
                if b.kind == "heading" and b.level == 1]
    return pdf, noted_expected(output, blocks, doc, notes, note_pages, contents_lines=contents,
                               running_header_lines=[report["running_title"], footer("N")])
