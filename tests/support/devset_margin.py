"""PDF writer for the fictional development set (reportlab), layout ``margin``: an overview report set like many
reviews of deaths that follow domestic abuse, written in Word and saved as PDF.

* page 1: a title page (title, ``FICTION_LABEL``, date, publisher, title-page lines), no running matter;
  page 2: a contents page listing the level-1 headings with dot leaders and page numbers;
* from page 3: one ragged-right Helvetica column; every paragraph number hangs in the left margin, in bold,
  outside the text block, so that headings, paragraphs and recommendations all start at the same indent and
  the numbers stand out to their left; the executive summary is numbered "1.", "2.", "3." ... (cited "1",
  "2", "3") and the body, from its first chapter on, "1.1", "1.2" ... (numbering ``summary-two-level``);
  "•" bullets under the text indent; "Recommendation N:" in bold run in at the text indent;
* the preface ends with a page break, and so does the executive summary; other chapters start a new page
  only when little room is left; the glossary appendix starts a new page and is a two-column table;
* on every page but the first a running header (the running title set flush right, with a rule under it) and
  a footer with the publisher at the left and "Page N" at the right on one line.

Pages of every paragraph are recorded during layout (``afterFlowable``), and words broken at a line end by a
soft hyphen or at a compound's own hyphen are collected as in :mod:`devset_pdf`. :data:`MARGIN` gives the x of
the hanging numbers and of the text block, and the band of the body between header and footer, for the tests."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4
_LEFT, _RIGHT, _TOP, _BOTTOM = 1.9 * _CM, 2.3 * _CM, 2.7 * _CM, 2.5 * _CM
_INDENT = 1.6 * _CM  # the text block starts this far right of the frame; the numbers hang to its left
MARGIN: dict[str, float] = {  # in points, as pdfplumber measures (from the left and from the top of the page)
    "label_x": _LEFT,  # where the hanging numbers start
    "text_x": _LEFT + _INDENT,  # where headings, paragraphs, recommendations and the glossary start
    "body_top": _TOP - 0.5 * _CM,  # below the running header
    "body_bottom": _PAGE_H - _BOTTOM + 0.5 * _CM,  # above the footer
}


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one report with hanging numbers; return the bytes and its expected.json entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Spacer

    from . import devset_common_pdf as _c

    vera = _pdf._bullet_font()
    plum = Color(0.36, 0.12, 0.38)

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Helvetica", fontSize=10.5, leading=15, alignment=TA_LEFT, spaceAfter=8,
                    leftIndent=_INDENT, embeddedHyphenation=1, uriWasteReduce=0, bulletFontName="Helvetica-Bold",
                    bulletFontSize=10.5, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=22, leading=28, leftIndent=0, spaceAfter=22,
                    textColor=plum),
        "cover": st("cover", fontSize=12, leading=17, leftIndent=0, spaceAfter=10),
        "contents": st("contents", fontName="Helvetica-Bold", fontSize=16, leading=21, spaceAfter=14,
                       textColor=plum),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=14, leading=19, spaceBefore=12, spaceAfter=8,
                 keepWithNext=1, textColor=plum),
        "h2": st("h2", fontName="Helvetica-Bold", fontSize=11, leading=15, spaceBefore=6, spaceAfter=5,
                 keepWithNext=1),
        "body": st("body"),
        "bullet": st("bullet", leftIndent=_INDENT + 0.7 * _CM, bulletIndent=_INDENT + 0.2 * _CM,
                     bulletFontName=vera, bulletFontSize=9, spaceAfter=3),
        "cell": st("cell", fontSize=9.5, leading=12.5, leftIndent=0, spaceAfter=0),
    }
    footer_tpl = f"{report['publisher']} Page {{n}}"
    first_chapter = next(i for i, b in enumerate(blocks) if b.kind == "heading" and b.major
                         and b.text[:1].isdigit())

    def contents_line(text: str, page: str) -> Any:
        return _c.DottedLine(text, page, x=_INDENT, reserve=_INDENT)

    class Doc(_c.ContentsDoc):
        def __init__(self, buf: io.BytesIO) -> None:
            body = _c.frame(_LEFT, _BOTTOM, _PAGE_W - _LEFT - _RIGHT, _PAGE_H - _TOP - _BOTTOM)
            super().__init__(buf, report, _c.report_words(blocks), {"title": [body], "body": [body]}, pagesize=A4,
                             leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP, bottomMargin=_BOTTOM)

        def decorate(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFont("Helvetica", 8.5)
            y = _PAGE_H - 1.5 * _CM
            canv.drawRightString(_PAGE_W - _RIGHT, y, report["running_title"])
            canv.setStrokeColor(plum)
            canv.setLineWidth(0.6)
            canv.line(_LEFT + _INDENT, y - 0.22 * _CM, _PAGE_W - _RIGHT, y - 0.22 * _CM)
            canv.setFont("Helvetica", 8.5)
            canv.drawString(_LEFT + _INDENT, 1.3 * _CM, report["publisher"])
            canv.drawRightString(_PAGE_W - _RIGHT, 1.3 * _CM, f"Page {doc.page}")
            canv.restoreState()

    def story(pages: dict[str, int] | None) -> list[Any]:
        para = _c.text_paras(styles)

        flow: list[Any] = [Spacer(1, 4.5 * _CM), para(report["title"], "title", None)]
        flow += [para(t, "cover", None) for t in _r.title_lines(report)]
        flow += [NextPageTemplate("body"), PageBreak(), *_c.contents_page(para, blocks, pages, contents_line),
                 PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if idx and b.major and (blocks[idx - 1].kind == "unnumbered" or idx == first_chapter
                                        or blocks[idx + 1].kind == "glossary"):
                    flow.append(PageBreak())
                elif idx and b.major:
                    flow.append(CondPageBreak(5 * _CM))
                flow.append(para(b.text, "h1" if b.level == 1 else "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                flow.append(_c.ruled_glossary(para, b.rows, 2.4 * _CM, _PAGE_W - _LEFT - _RIGHT - _INDENT, plum,
                                              align="RIGHT"))
            elif b.kind in ("para", "factor"):
                printed = b.label if "." in b.label else f"{b.label}."  # the summary prints "1.", the body "1.1"
                flow.append(para(b.text, "body", b.key, bullet=printed))
                flow += [para(t, "bullet", b.key, bullet="•") for t in b.bullets]
            else:
                flow.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return flow

    pdf, doc = _c.build_until_stable(Doc, story)
    return pdf, _c.contents_expected(output, blocks, doc, [report["running_title"], footer_tpl.format(n="N")])
