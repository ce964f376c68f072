"""PDF writer for the fictional development set (reportlab), layout ``marking``: a safeguarding adults review laid
out in LANDSCAPE A4 with TWO COLUMNS on every body page, as some boards publish their overview reports to be read on
screen, and carrying the Government Security Classification marking the report was written under:

* page 1: a full-width title page (the protective marking "OFFICIAL-SENSITIVE" at the top, title, ``FICTION_LABEL``,
  date, publisher, title-page lines), no running matter; page 2: a full-width contents page (level-1 headings only,
  page numbers set flush right);
* from page 3: two justified columns of equal width with a gutter between them; numbering ``single``: the number
  "14." HANGS in bold at the start of each paragraph (the text indented beside it), "•" bullets further in,
  "Recommendation N:" in bold run in; headings run in the column flow (no page break at a chapter); paragraphs run
  on from the foot of the left column to the head of the right one and from one page to the next; the glossary
  starts a new page and is a two-column table inside the column flow;
* on every page but the first a running header of two lines (the marking centred, then the running title at the
  left) and a footer line with the marking at the left and "Page N of M" at the right.

Pages of every paragraph are recorded during layout (``afterFlowable``), and words broken at a line end by a
soft hyphen or at a compound's own hyphen are collected as in :mod:`devset_pdf`. :data:`MARKING` gives the bands
(in points from the top of the page, as pdfplumber measures) of the header, the two columns and the footer, so that
the tests can read each column on its own."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 841.8897637795277, 595.2755905511812  # A4 landscape
_SIDE, _TOP, _BOTTOM, _GUTTER = 2.0 * _CM, 2.6 * _CM, 2.2 * _CM, 1.2 * _CM
_COL_W = (_PAGE_W - 2 * _SIDE - _GUTTER) / 2
PROTECTIVE = "OFFICIAL-SENSITIVE"
MARKING: dict[str, float] = {
    "body_top": 2.2 * _CM,  # below the header rule
    "body_bottom": _PAGE_H - 1.8 * _CM,  # above the footer
    "split_x": _PAGE_W / 2,  # the middle of the gutter
}


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one report in two landscape columns under a protective marking; return bytes and its entry."""
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

    from . import devset_common_pdf as _c

    if report["numbering"] != "single":
        raise ValueError("the marking layout renders single numbering")
    vera = _pdf._bullet_font()

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Helvetica", fontSize=11.5, leading=15.6, alignment=TA_JUSTIFY, spaceAfter=5,
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
        "body": st("body", spaceAfter=6),
        "numbered": st("numbered", leftIndent=1.1 * _CM, bulletIndent=0, spaceAfter=6, bulletFontName="Helvetica-Bold",
                       bulletFontSize=11.5),
        "bullet": st("bullet", leftIndent=1.6 * _CM, bulletIndent=1.15 * _CM, spaceAfter=2.5),
        "marking": st("marking", fontName="Helvetica-Bold", fontSize=10, leading=13, alignment=1),
        "cell": st("cell", fontSize=8.8, leading=11, alignment=TA_LEFT, spaceAfter=0),
    }
    footer_tpl = PROTECTIVE + " Page {n} of {m}"
    words = _c.report_words(blocks)

    class Doc(_c.ContentsDoc):
        def __init__(self, buf: io.BytesIO, total: int) -> None:
            height = _PAGE_H - _TOP - _BOTTOM
            full = _c.frame(_SIDE, _BOTTOM, _PAGE_W - 2 * _SIDE, height, "full")
            left = _c.frame(_SIDE, _BOTTOM, _COL_W, height, "left")
            right = _c.frame(_SIDE + _COL_W + _GUTTER, _BOTTOM, _COL_W, height, "right")
            super().__init__(buf, report, words, {"title": [full], "single": [full], "twocol": [left, right]},
                             pagesize=landscape(A4), leftMargin=_SIDE, rightMargin=_SIDE, topMargin=_TOP,
                             bottomMargin=_BOTTOM)
            self.total = total

        def decorate(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFont("Helvetica-Bold", 9)
            canv.drawCentredString(_PAGE_W / 2, _PAGE_H - 0.9 * _CM, PROTECTIVE)
            canv.setFont("Helvetica", 8)
            y = _PAGE_H - 1.55 * _CM
            canv.drawString(_SIDE, y, report["running_title"])
            canv.setLineWidth(0.4)
            canv.line(_SIDE, y - 0.2 * _CM, _PAGE_W - _SIDE, y - 0.2 * _CM)
            canv.setFont("Helvetica-Bold", 8.5)
            canv.drawString(_SIDE, 1.0 * _CM, PROTECTIVE)
            canv.setFont("Helvetica", 8.5)
            canv.drawRightString(_PAGE_W - _SIDE, 1.0 * _CM, f"Page {doc.page} of {self.total}")
            canv.restoreState()

    def story(pages: dict[str, int] | None) -> list[Any]:
        para = _c.text_paras(styles)

        flow: list[Any] = [para(PROTECTIVE, "marking", None), Spacer(1, 2.2 * _CM),
                           para(report["title"], "title", None)]
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
                flow.append(_c.ruled_glossary(para, b.rows, 2.0 * _CM, _COL_W, "#777777", rule=0.3, top=False))
            elif b.kind in ("para", "factor"):
                flow.append(para(b.text, "numbered", b.key, bullet=f"{b.label}."))
                flow += [para(t, "bullet", b.key, bullet="•") for t in b.bullets]
            else:
                flow.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return flow

    made: list[Any] = []

    def make_doc(buf: io.BytesIO) -> Any:  # "Page N of M" takes M from the pass before
        made.append(Doc(buf, made[-1].last_page if made else 0))
        return made[-1]

    pdf, doc = _c.build_until_stable(make_doc, story, passes=5)
    return pdf, _c.contents_expected(
        output, blocks, doc, [report["running_title"], PROTECTIVE, footer_tpl.format(n="N", m=doc.last_page)])
