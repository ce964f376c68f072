"""PDF writer for the fictional development set (reportlab), layout ``gdocspdf``: an independent review written by its
reviewer in Google Docs and published as the PDF that "File > Download > PDF document" makes of it:

* portrait A4 with Google Docs' default one-inch margins, Arial 11 pt at Google's 1.15 line spacing (reportlab's
  Helvetica stands in for Arial), RAGGED RIGHT, with the document's automatic hyphenation turned on (soft hyphens, as in
  :mod:`devset_pdf`); the PDF's producer "Skia/PDF m131 Google Docs Renderer", no creator, and the metadata title the
  Google document's NAME (the output's ``document_name``), not the review's title;
* numbered ``two-level``: the numbers are NOT typed but come from a Google Docs numbered list ("3.2" at level 1 of a
  list restarted in each chapter), so each number HANGS at the left margin and the text starts at the list's indent
  (:data:`GDOCS` ``text_x``), every line of the paragraph at that indent; chapter headings "3 What happened" in Google's
  "Heading 1" (20 pt, regular weight, not bold) and subheadings in "Heading 2" (16 pt); factor-list bullets "•" (Vera
  stands in for Google's "●", which the standard fonts lack) at the list's second level; recommendations
  "Recommendation 3:" typed in bold at the start of a paragraph;
* chapters do NOT start new pages (Google Docs flows text on), so paragraphs run over page breaks (expected.json
  ``split_across_pages``);
* a first page in Google's "Title" style (26 pt) with the title-page lines under it and no header or footer ("Different
  first page"); a second page with "Contents" typed in Heading 1 over Google's table of contents "with page numbers":
  each entry a blue underlined LINK to its heading (an internal link annotation) with its page number flush right, no
  leaders (contents_lines "Introduction 3"); from page 2 the document header (the running title, grey 9 pt, at the
  left) and the footer (the bare page number at the right, as Google's "Insert > Page number" puts it) (:func:`footer`);
  the glossary a two-column Google table with black borders at the back.

Pages are recorded during layout (``afterFlowable``); the contents' page numbers come from a previous pass.
:data:`GDOCS` gives the positions the tests use."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_MARGIN = 72.0  # Google Docs' default margins, one inch on every side
_TEXT_W = _PAGE_W - 2 * _MARGIN
_INDENT = 36.0  # the numbered list's text indent
PRODUCER = "Skia/PDF m131 Google Docs Renderer"
GDOCS: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "left": _MARGIN,  # where a paragraph's number hangs
    "text_x": _MARGIN + _INDENT,  # where every line of a numbered paragraph starts
    "right": _PAGE_W - _MARGIN,
    "header_y": 36.0 + 9,  # the header's baseline, half an inch from the top
    "footer_y": _PAGE_H - 36.0,  # the page number's baseline, half an inch from the foot
    "body_font": "Helvetica",
    "body_size": 11,
    "heading1_size": 20,
    "heading2_size": 16,
    "title_size": 26,
    "link_color": (0.0667, 0.3333, 0.8),  # Google's link blue, #1155cc
}


def footer(page: int | str) -> str:
    """The footer line, the bare page number at the right: "7"."""
    return f"{page}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one two-level review as Google Docs downloads it as PDF; return bytes and expected entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
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

    from .devset_flow import NoteRecording, build_with_notes, built_expected, keyed_paras, note_markup, page_table

    if report["numbering"] != "two-level":
        raise ValueError("the gdocspdf layout renders two-level numbering")
    bullet_font = _pdf._bullet_font()
    grey = Color(0.4, 0.4, 0.4)
    link = "#1155cc"

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=GDOCS["body_font"], fontSize=GDOCS["body_size"], leading=14.5, alignment=TA_LEFT,
                    spaceAfter=6, embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=1, allowWidows=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontSize=GDOCS["title_size"], leading=31, spaceAfter=18, embeddedHyphenation=0),
        "cover": st("cover", spaceAfter=6, embeddedHyphenation=0),
        "h1": st("h1", fontSize=GDOCS["heading1_size"], leading=24, spaceBefore=18, spaceAfter=6, keepWithNext=1,
                 embeddedHyphenation=0),
        "h2": st("h2", fontSize=GDOCS["heading2_size"], leading=19, spaceBefore=14, spaceAfter=4, keepWithNext=1,
                 embeddedHyphenation=0),
        "toc": st("toc", spaceAfter=0, embeddedHyphenation=0),
        "tocn": st("tocn", alignment=TA_RIGHT, spaceAfter=0, embeddedHyphenation=0),
        "body": st("body"),
        "num": st("num", leftIndent=_INDENT, bulletIndent=0, bulletFontName=GDOCS["body_font"],
                  bulletFontSize=GDOCS["body_size"]),
        "bullet": st("bullet", leftIndent=2 * _INDENT, bulletIndent=_INDENT + 18, bulletFontName=bullet_font,
                     bulletFontSize=9, spaceAfter=3),
        "cell": st("cell", spaceAfter=0, embeddedHyphenation=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=output["document_name"],
                             author="", subject="", creator="", producer=PRODUCER, leftMargin=_MARGIN,
                             rightMargin=_MARGIN, topMargin=_MARGIN, bottomMargin=_MARGIN)
            frame = Frame(_MARGIN, _MARGIN, _TEXT_W, _PAGE_H - 2 * _MARGIN, id="f", leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("page", [frame], onPage=self.decorate)])
            self.toc_pages = toc_pages
            self.start_recording(plain_tokens)

        def decorate(self, canv: Any, doc: Any) -> None:
            if doc.page == 1:  # "Different first page": no header or footer on the title page
                return
            canv.saveState()
            canv.setFillColor(grey)
            canv.setFont("Helvetica", 9)
            canv.drawString(_MARGIN, _PAGE_H - GDOCS["header_y"], report["running_title"])
            canv.setFillColor(Color(0, 0, 0))
            canv.setFont("Helvetica", GDOCS["body_size"])
            canv.drawRightString(_PAGE_W - _MARGIN, _PAGE_H - GDOCS["footer_y"], footer(doc.page))
            canv.restoreState()

    def story(toc_pages: dict[str, int]) -> list[Any]:
        para = keyed_paras(styles)
        flow: list[Any] = [Spacer(1, 120), para(_xml_escape(report["title"]), "title", None)]
        flow += [para(_xml_escape(t), "cover", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "h1", None)]
        table = page_table(blocks, styles, toc_pages, _TEXT_W, (1, 4),
                           entry=lambda idx, b: f'<a href="#h.{idx}" color="{link}"><u>{_xml_escape(b.text)}</u></a>')
        flow += [table, PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow.append(CondPageBreak(70))  # Google keeps a heading with the next line
                flow.append(para(f'<a name="h.{idx}"/>{_xml_escape(b.text)}', "h1" if b.level == 1 else "h2",
                                 f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(note_markup(b.text, [], ""), "body", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph(f"<b>{_xml_escape(a)}</b>", styles["cell"]),
                          Paragraph(_xml_escape(m), styles["cell"])] for a, m in b.rows]
                grid = Table(cells, colWidths=[130, _TEXT_W - 130], hAlign="LEFT")
                grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.75, Color(0, 0, 0)),
                                          ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                          ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
                flow.append(grid)
            elif b.kind in ("para", "factor"):
                flow.append(para(note_markup(b.text, [], ""), "num", b.key, bullet=b.label))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet="\u2022")
                         for t in b.bullets]
            else:
                flow.append(para(f"<b>{_xml_escape(b.label)}:</b> {note_markup(b.text, [], '')}", "body", b.key))
        return flow

    pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
    return pdf, built_expected(output, blocks, doc, toc_pages, [report["running_title"], footer("N")],
                               metadata_title=output["document_name"])
