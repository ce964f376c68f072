"""PDF writer for the fictional development set (reportlab), layout ``casepdf``: a review kept as a document in a
partnership's CASE-MANAGEMENT SYSTEM and printed to PDF by the system's REPORT MODULE (a Java report engine):

* A4 portrait; creator the system's report module (:data:`CREATOR`), producer the iText library the module uses
  (:data:`PRODUCER`), the metadata title the review's title;
* page 1 a DOCUMENT RECORD sheet, not a designed cover: the system's name over a rule, the heading "Document record",
  then a FORM of FIELD LABELS in bold with their values beside them ("Case reference", "Document type", "Title",
  "Owner", "Status", "Date": :data:`CASEPDF` ``fields``), and under the label "Description" the title-page lines; no
  header block or footer;
* from page 2 a FIXED HEADER BLOCK at the top of every page, a grey box of two lines of fields: the system's name at
  the left and "Case ref: <ref>" at the right, then "Document: <running title>" at the left and "Status: Final" at
  the right; the footer the print stamp "Printed <when> by <user>" at the left and "Page N" at the right
  (:func:`footer`);
* page 2 "Contents" (each chapter at the left and its page flush right, no leader), the body from page 3 running on
  without new pages for chapters, so paragraphs run over page breaks (expected.json ``split_across_pages``);
* numbering ``two-level``: each number in BOLD Helvetica in the record's narrow first column (``number_x``), the
  JUSTIFIED text in the wide one (``text_x``), hyphenated; chapter headings "3 What happened" bold over a thin rule;
  bullets "-" further in; "Recommendation N:" in bold;
* the glossary a ruled grid with a grey header row "Term" / "Definition".

Pages are recorded during layout (``afterFlowable``); the contents' page numbers come from a previous pass."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.28, 841.89  # A4 portrait
_LEFT, _RIGHT = 56.7, 56.7  # 20 mm
_TOP, _BOTTOM = 92.0, 70.0
_COLUMN = 42.0  # the number column's width
PRODUCER = "iText\u00ae 5.5.13.3 \u00a92000-2022 iText Group NV (AGPL-version)"
CREATOR = "CaseBook Report Module 7.4"
PRINTED = "Printed 14/11/2025 09:32 by reviews.admin"
CASEPDF: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "number_x": _LEFT,
    "text_x": _LEFT + _COLUMN,
    "box": (_LEFT - 6, 26.0, _PAGE_W - _RIGHT + 6, 66.0),  # the header block's grey box (x0, top, x1, bottom)
    "header_bottom": 66.0,  # every header character's top is above this
    "footer_top": _PAGE_H - 50.0,  # the footer line's top is below this
    "frame": (_LEFT, _TOP, _PAGE_W - _RIGHT, _PAGE_H - _BOTTOM),
    "box_colour": (0.9, 0.9, 0.9),
    "text": (0.0, 0.0, 0.0),
    "body_font": "Helvetica",
    "number_font": "Helvetica-Bold",
    "body_size": 10.5,
    "bullet": "-",
    "record": "Document record",
    "fields": ["Case reference", "Document type", "Title", "Owner", "Status", "Date"],
    "description": "Description",
    "document_type": "Learning review \u2013 final report",
    "status": "Final",
    "glossary_head": ["Term", "Definition"],
}


def footer(page: int | str) -> str:
    """The footer's text: the print stamp at the left, the page number at the right."""
    return f"{PRINTED} Page {page}"


def header_lines(report: dict[str, Any], output: dict[str, Any]) -> list[str]:
    """The fixed header block's two lines, as read left to right."""
    return [f"{output['system']} Case ref: {output['case_ref']}",
            f"Document: {report['running_title']} Status: {CASEPDF['status']}"]


def field_values(report: dict[str, Any], output: dict[str, Any]) -> list[str]:
    """The document record's values, in the order of CASEPDF["fields"]."""
    return [output["case_ref"], CASEPDF["document_type"], report["title"], report["publisher"],
            CASEPDF["status"], report["date"]]


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Print one two-level review as the report module would; return the bytes and the expected entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Frame,
        HRFlowable,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from .devset_common_pdf import numbered_flow
    from .devset_flow import NoteRecording, build_with_notes, built_expected, keyed_paras, page_table

    if report["numbering"] != "two-level":
        raise ValueError("the casepdf layout renders two-level numbering")
    box, grey = Color(*CASEPDF["box_colour"]), Color(0.55, 0.55, 0.55)
    size = CASEPDF["body_size"]
    x0, top, x1, bottom = CASEPDF["frame"]
    inner = x1 - x0

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=CASEPDF["body_font"], fontSize=size, leading=14, alignment=TA_JUSTIFY, spaceAfter=7,
                    textColor=black, embeddedHyphenation=0, uriWasteReduce=0, allowOrphans=1, allowWidows=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "system": st("system", fontName="Helvetica-Bold", fontSize=11, leading=14, alignment=TA_LEFT, spaceAfter=4),
        "record": st("record", fontName="Helvetica-Bold", fontSize=16, leading=20, alignment=TA_LEFT, spaceBefore=8,
                     spaceAfter=12),
        "label": st("label", fontName="Helvetica-Bold", alignment=TA_LEFT, spaceAfter=0),
        "value": st("value", alignment=TA_LEFT, spaceAfter=0),
        "line": st("line", alignment=TA_LEFT, spaceAfter=4),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=12, leading=16, alignment=TA_LEFT, spaceBefore=12,
                 spaceAfter=2, keepWithNext=1),
        "body": st("body", embeddedHyphenation=1),
        "num": st("num", embeddedHyphenation=1, leftIndent=_COLUMN, bulletIndent=0,
                  bulletFontName=CASEPDF["number_font"], bulletFontSize=size),
        "bullet": st("bullet", embeddedHyphenation=1, leftIndent=_COLUMN + 16, bulletIndent=_COLUMN + 5,
                     bulletFontName="Helvetica", bulletFontSize=size, spaceAfter=3, alignment=TA_LEFT),
        "cell": st("cell", spaceAfter=0, alignment=TA_LEFT),
        "cellb": st("cellb", fontName="Helvetica-Bold", spaceAfter=0, alignment=TA_LEFT),
        "toch": st("toch", fontName="Helvetica-Bold", fontSize=14, leading=18, alignment=TA_LEFT, spaceAfter=10),
        "toc": st("toc", spaceAfter=0, alignment=TA_LEFT),
        "tocn": st("tocn", spaceAfter=0, alignment=TA_RIGHT),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}
    head = header_lines(report, output)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=output["system"], subject="", creator=CREATOR, producer=PRODUCER)
            first = Frame(x0, 90, inner, _PAGE_H - 150, id="record", leftPadding=0, rightPadding=0, topPadding=0,
                          bottomPadding=0)
            body = Frame(x0, _PAGE_H - bottom, inner, bottom - top, id="body", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("record", [first]),
                                   PageTemplate("page", [body], onPage=self.draw_page)])
            self.start_recording(plain_tokens)

        def draw_page(self, canv: Any, doc: Any) -> None:
            bx0, btop, bx1, bbottom = CASEPDF["box"]
            canv.saveState()
            canv.setFillColor(box)
            canv.rect(bx0, _PAGE_H - bbottom, bx1 - bx0, bbottom - btop, stroke=0, fill=1)
            canv.setFillColor(black)
            for n in range(len(head)):
                left, right = ((output["system"], f"Case ref: {output['case_ref']}") if n == 0 else
                               (f"Document: {report['running_title']}", f"Status: {CASEPDF['status']}"))
                y = _PAGE_H - 40 - 14 * n
                canv.setFont("Helvetica-Bold", 8)
                canv.drawString(x0, y, left)
                canv.drawRightString(x1, y, right)
            canv.setStrokeColor(grey)
            canv.setLineWidth(0.5)
            canv.line(x0, 46, x1, 46)
            canv.setFillColor(grey)
            canv.setFont("Helvetica", 7.5)
            canv.drawString(x0, 34, PRINTED)
            canv.drawRightString(x1, 34, f"Page {doc.page}")
            canv.restoreState()

    para = keyed_paras(styles)

    def story(toc_pages: dict[str, int]) -> list[Any]:
        flow: list[Any] = [NextPageTemplate("page"), para(_xml_escape(output["system"]), "system", None),
                           HRFlowable(width="100%", thickness=0.75, color=grey, spaceAfter=6),
                           para(CASEPDF["record"], "record", None)]
        rows = [[Paragraph(label, styles["label"]), Paragraph(_xml_escape(value), styles["value"])]
                for label, value in zip(CASEPDF["fields"], field_values(report, output), strict=True)]
        form = Table(rows, colWidths=[110, inner - 110], hAlign="LEFT")
        form.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, grey),
                                  ("BACKGROUND", (0, 0), (0, -1), box), ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                  ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        flow += [form, Spacer(1, 14), para(CASEPDF["description"], "label", None), Spacer(1, 4)]
        flow += [para(_xml_escape(t), "line", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "toch", None)]
        table = page_table(blocks, styles, toc_pages, inner, (2, 4))
        flow += [table, PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow += [CondPageBreak(80), para(_xml_escape(b.text), "h1", f"H{idx}"),
                         HRFlowable(width="100%", thickness=0.5, color=grey, spaceBefore=0, spaceAfter=8)]
            elif b.kind == "unnumbered":
                flow.append(para(_pdf._soft_hyphenate(_xml_escape(b.text)), "body", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph(h, styles["cellb"]) for h in CASEPDF["glossary_head"]]]
                cells += [[Paragraph(_xml_escape(a), styles["cellb"]), Paragraph(_xml_escape(m), styles["cell"])]
                          for a, m in b.rows]
                grid = Table(cells, colWidths=[120, inner - 120], hAlign="LEFT", repeatRows=1)
                grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), box),
                                          ("GRID", (0, 0), (-1, -1), 0.5, grey),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                flow.append(grid)
            else:
                flow += numbered_flow(para, b, CASEPDF["bullet"])
        return flow

    pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
    return pdf, built_expected(output, blocks, doc, toc_pages, [*head, footer("N")], metadata_title=report["title"])
