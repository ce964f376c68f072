"""PDF writer for the fictional development set (reportlab), layout ``practice``: a Welsh-style Child Practice
Review report, written in Word from the regional safeguarding board's template and saved as PDF.

* page 1: a title page (the board's name, title, ``FICTION_LABEL``, date, publisher, title-page lines such as
  the review's reference), no running matter; page 2: a contents page listing the level-1 headings with dot
  leaders and page numbers;
* from page 3: one justified Helvetica column at a single left edge; chapter headings are numbered "1 Title"
  (subheadings unnumbered), while the paragraphs carry one running number through the whole report typed in
  square brackets and run in, in bold, at the start of the first line: "[12] The ..." (numbering ``bracket``:
  cited "12", with ``printed_label`` "[12]" in expected.json); "•" bullets indented under the text;
  "Recommendation N:" in bold run in;
* the preface and the contents end with a page break; chapters start a new page only when little room is left;
  the glossary appendix starts a new page and is a two-column table;
* on every page but the first a running header with the running title at the left and the review's reference
  at the right, on one line over a rule, and a centred bilingual footer "Tudalen | Page N".

Pages of every paragraph are recorded during layout (``afterFlowable``), and words broken at a line end by a
soft hyphen or at a compound's own hyphen are collected as in :mod:`devset_pdf`. :data:`PRACTICE` gives the x of
the text block and the band of the body between header and footer, for the tests."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4
_LEFT, _RIGHT, _TOP, _BOTTOM = 2.5 * _CM, 2.5 * _CM, 2.8 * _CM, 2.4 * _CM
PRACTICE: dict[str, float] = {  # in points, as pdfplumber measures (from the left and from the top of the page)
    "text_x": _LEFT,  # where headings, paragraphs (with their "[n]"), recommendations and the glossary start
    "body_top": _TOP - 0.5 * _CM,  # below the running header
    "body_bottom": _PAGE_H - _BOTTOM + 0.5 * _CM,  # above the footer
}
FOOTER = "Tudalen | Page {n}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one Child Practice Review; return the bytes and its expected.json entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Spacer

    from . import devset_common_pdf as _c

    vera = _pdf._bullet_font()
    teal = Color(0.0, 0.36, 0.38)
    reference = output["reference"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Helvetica", fontSize=10.5, leading=15.5, alignment=TA_JUSTIFY, spaceAfter=10,
                    embeddedHyphenation=1, uriWasteReduce=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "board": st("board", fontName="Helvetica-Bold", fontSize=13, leading=17, alignment=TA_LEFT, spaceAfter=30,
                    textColor=teal),
        "title": st("title", fontName="Helvetica-Bold", fontSize=21, leading=27, alignment=TA_LEFT, spaceAfter=22),
        "cover": st("cover", fontSize=12, leading=17, alignment=TA_LEFT, spaceAfter=9),
        "contents": st("contents", fontName="Helvetica-Bold", fontSize=15, leading=20, alignment=TA_LEFT,
                       spaceAfter=14, textColor=teal),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=18, alignment=TA_LEFT, spaceBefore=12,
                 spaceAfter=8, keepWithNext=1, textColor=teal),
        "h2": st("h2", fontName="Helvetica-BoldOblique", fontSize=11, leading=15, alignment=TA_LEFT, spaceBefore=6,
                 spaceAfter=5, keepWithNext=1),
        "body": st("body"),
        "bullet": st("bullet", leftIndent=1.1 * _CM, bulletIndent=0.5 * _CM, bulletFontName=vera, bulletFontSize=9,
                     spaceAfter=3),
        "cell": st("cell", fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=0),
    }
    words = _c.report_words(blocks)

    def contents_line(text: str, page: str) -> Any:
        return _c.DottedLine(text, page)

    class Doc(_c.ContentsDoc):
        def __init__(self, buf: io.BytesIO) -> None:
            body = _c.frame(_LEFT, _BOTTOM, _PAGE_W - _LEFT - _RIGHT, _PAGE_H - _TOP - _BOTTOM)
            super().__init__(buf, report, words, {"title": [body], "body": [body]}, pagesize=A4,
                             leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP, bottomMargin=_BOTTOM)

        def decorate(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFont("Helvetica", 8.5)
            y = _PAGE_H - 1.6 * _CM
            canv.drawString(_LEFT, y, report["running_title"])
            canv.drawRightString(_PAGE_W - _RIGHT, y, reference)
            canv.setStrokeColor(teal)
            canv.setLineWidth(0.6)
            canv.line(_LEFT, y - 0.22 * _CM, _PAGE_W - _RIGHT, y - 0.22 * _CM)
            canv.drawCentredString(_PAGE_W / 2, 1.2 * _CM, FOOTER.format(n=doc.page))
            canv.restoreState()

    def story(pages: dict[str, int] | None) -> list[Any]:
        para = _c.text_paras(styles)

        flow: list[Any] = [Spacer(1, 2.5 * _CM), para(output["board"], "board", None),
                           para(report["title"], "title", None)]
        flow += [para(t, "cover", None) for t in _r.title_lines(report)]
        flow += [NextPageTemplate("body"), PageBreak(),
                 *_c.contents_page(para, blocks, pages, contents_line), PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if idx and b.major and (blocks[idx - 1].kind == "unnumbered" or blocks[idx + 1].kind == "glossary"):
                    flow.append(PageBreak())
                elif idx and b.major:
                    flow.append(CondPageBreak(4.5 * _CM))
                flow.append(para(b.text, "h1" if b.level == 1 else "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                flow.append(_c.ruled_glossary(para, b.rows, 3.0 * _CM, _PAGE_W - _LEFT - _RIGHT, teal))
            elif b.kind in ("para", "factor"):
                flow.append(para(b.text, "body", b.key, lead=b.printed))
                flow += [para(t, "bullet", b.key, bullet="•") for t in b.bullets]
            else:
                flow.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return flow

    pdf, doc = _c.build_until_stable(Doc, story)
    return pdf, _c.contents_expected(output, blocks, doc, [report["running_title"], reference, FOOTER.format(n="N")])
