"""Two-column PDF writer for the fictional development set (reportlab), layout ``twocol``: a learning review
set like a journal.

* page 1: a full-width title page (title, ``FICTION_LABEL``, date, publisher, title-page lines), no running
  matter; page 2: a full-width contents page (level-1 headings only, page numbers set flush right, no
  leaders);
* from page 3: two justified Times columns of equal width with a gutter between them; headings run in the
  column flow (a chapter does not start a new page), two-level numbers ("5.3") in bold run in at the start of
  the paragraph, "•" bullets, "Recommendation N:" in bold; paragraphs run on from the foot of the left
  column to the head of the right one and from one page to the next; the glossary appendix starts a new page
  and is a two-column table inside the column flow;
* on every page but the first a running header (the running title at the left, "Published <date>" at the
  right, a rule under both) and a centred footer "– N –".

Pages of every paragraph are recorded during layout (``afterFlowable``), and words broken at a line end by a
soft hyphen or at a compound's own hyphen are collected as in :mod:`devset_pdf`. :data:`GEOMETRY` gives the
bands (in points from the top of the page, as pdfplumber measures) of the header, the two columns and the
footer, so that the tests can read each column on its own."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4
_SIDE, _TOP, _BOTTOM, _GUTTER = 1.8 * _CM, 2.5 * _CM, 2.1 * _CM, 0.8 * _CM
_COL_W = (_PAGE_W - 2 * _SIDE - _GUTTER) / 2
GEOMETRY: dict[str, float] = {
    "body_top": 2.1 * _CM,  # below the header rule
    "body_bottom": _PAGE_H - 1.7 * _CM,  # above the footer
    "split_x": _PAGE_W / 2,  # the middle of the gutter
}


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one report in two columns; return the bytes and its expected.json entry."""
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

    from . import devset_common_pdf as _c

    vera = _pdf._bullet_font()

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Times-Roman", fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=5,
                    embeddedHyphenation=1, uriWasteReduce=0, bulletFontName=vera, bulletFontSize=8.5)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=21, leading=27, alignment=TA_LEFT, spaceAfter=20),
        "cover": st("cover", fontName="Helvetica", fontSize=11.5, leading=16, alignment=TA_LEFT, spaceAfter=9),
        "contents": st("contents", fontName="Helvetica-Bold", fontSize=15, leading=20, alignment=TA_LEFT,
                       spaceAfter=12),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=11.5, leading=14.5, alignment=TA_LEFT, spaceBefore=9,
                 spaceAfter=5, keepWithNext=1),
        "h2": st("h2", fontName="Helvetica-Oblique", fontSize=9.8, leading=12.5, alignment=TA_LEFT, spaceBefore=4,
                 spaceAfter=3, keepWithNext=1),
        "body": st("body"),
        "bullet": st("bullet", leftIndent=0.45 * _CM, bulletIndent=0.1 * _CM, spaceAfter=2.5),
        "cell": st("cell", fontSize=8.8, leading=11, alignment=TA_LEFT, spaceAfter=0),
    }
    header_right = f"Published {report['date']}"
    footer_tpl = "– {n} –"
    words = _c.report_words(blocks)

    class Doc(_c.ContentsDoc):
        def __init__(self, buf: io.BytesIO) -> None:
            height = _PAGE_H - _TOP - _BOTTOM
            full = _c.frame(_SIDE, _BOTTOM, _PAGE_W - 2 * _SIDE, height, "full")
            left = _c.frame(_SIDE, _BOTTOM, _COL_W, height, "left")
            right = _c.frame(_SIDE + _COL_W + _GUTTER, _BOTTOM, _COL_W, height, "right")
            super().__init__(buf, report, words, {"title": [full], "single": [full], "twocol": [left, right]},
                             pagesize=A4, leftMargin=_SIDE, rightMargin=_SIDE, topMargin=_TOP,
                             bottomMargin=_BOTTOM)

        def decorate(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFont("Helvetica", 8)
            y = _PAGE_H - 1.45 * _CM
            canv.drawString(_SIDE, y, report["running_title"])
            canv.drawRightString(_PAGE_W - _SIDE, y, header_right)
            canv.setLineWidth(0.4)
            canv.line(_SIDE, y - 0.2 * _CM, _PAGE_W - _SIDE, y - 0.2 * _CM)
            canv.setFont("Helvetica", 8.5)
            canv.drawCentredString(_PAGE_W / 2, 1.15 * _CM, footer_tpl.format(n=doc.page))
            canv.restoreState()

    def story(pages: dict[str, int] | None) -> list[Any]:
        para = _c.text_paras(styles)

        flow: list[Any] = [Spacer(1, 3.5 * _CM), para(report["title"], "title", None)]
        flow += [para(t, "cover", None) for t in _r.title_lines(report)]
        flow += [NextPageTemplate("single"), PageBreak(), *_c.contents_page(para, blocks, pages, _c.FlushRightLine)]
        flow += [NextPageTemplate("twocol"), PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if idx + 1 < len(blocks) and blocks[idx + 1].kind == "glossary":
                    flow.append(PageBreak())
                flow.append(para(b.text, "h1" if b.level == 1 else "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                flow.append(_c.ruled_glossary(para, b.rows, 1.7 * _CM, _COL_W, "#777777", rule=0.3, top=False))
            elif b.kind in ("para", "factor"):
                flow.append(para(b.text, "body", b.key, lead=b.label))
                flow += [para(t, "bullet", b.key, bullet="•") for t in b.bullets]
            else:
                flow.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return flow

    pdf, doc = _c.build_until_stable(Doc, story)
    return pdf, _c.contents_expected(output, blocks, doc,
                                     [report["running_title"], header_right, footer_tpl.format(n="N")])
