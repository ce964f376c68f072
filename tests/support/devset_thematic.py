"""PDF writer for the fictional development set (reportlab), layout ``thematic``: a multi-agency thematic review
set in landscape, as partnerships often publish them to be read on screen or projected at learning events.

* landscape A4 throughout; page 1: a title page (title, ``FICTION_LABEL``, date, publisher, title-page lines), no
  running matter; page 2: a contents page listing the level-1 headings with dot leaders and page numbers;
* from page 3: one wide ragged-right Helvetica column; the paragraph numbers (two-level, "3.4", no stop) are set
  flush RIGHT in the right margin, outside the text block, on the baseline of the paragraph's first line, so
  that a reader meets the number at the END of that line ("The panel found ... 3.4"); chapter headings are
  numbered "3 Title" and subheadings unnumbered, both at the text's left edge;
* in the findings chapter (the first chapter whose heading ends in "Findings") the first paragraph under each
  subheading is the key finding, printed in a shaded box: only the background differs, it is numbered and cited
  like any other paragraph;
* "•" bullets under the text indent; "Recommendation N:" in bold run in at the left edge;
* the preface and the contents end with a page break; chapters start a new page only when little room is left;
  the glossary appendix starts a new page and is a two-column table;
* on every page but the first a running header (the running title at the left, with a rule under it) and a
  footer with the publisher at the left and "Page N" at the right on one line.

Pages of every paragraph are recorded during layout (``afterFlowable``), and words broken at a line end by a
soft hyphen or at a compound's own hyphen are collected as in :mod:`devset_pdf`. :data:`THEMATIC` gives the x of
the text block, the right edge of the numbers and the band of the body between header and footer, for the
tests."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 841.8897637795277, 595.2755905511812  # A4 landscape
_LEFT, _RIGHT, _TOP, _BOTTOM = 4.5 * _CM, 1.6 * _CM, 2.4 * _CM, 2.1 * _CM
_GUTTER = 1.9 * _CM  # between the text block and the right edge of the numbers
THEMATIC: dict[str, float] = {  # in points, as pdfplumber measures (from the left and from the top of the page)
    "text_x": _LEFT,  # where headings, paragraphs, recommendations and the glossary start
    "text_right": _PAGE_W - _RIGHT - _GUTTER,  # the right edge of the text block
    "number_right": _PAGE_W - _RIGHT,  # where the paragraph numbers end (set flush right)
    "body_top": _TOP - 0.5 * _CM,  # below the running header
    "body_bottom": _PAGE_H - _BOTTOM + 0.5 * _CM,  # above the footer
}


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one landscape thematic review with its numbers in the right margin; return bytes and entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Spacer

    from . import devset_common_pdf as _c
    from .devset_flow import KeyedParagraph as _Keyed

    if report["numbering"] != "two-level":
        raise ValueError("the thematic layout renders two-level numbering")
    vera = _pdf._bullet_font()
    teal = Color(0.05, 0.33, 0.36)
    shade = Color(0.87, 0.93, 0.93)

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Helvetica", fontSize=11, leading=15, alignment=TA_LEFT, spaceAfter=8,
                    leftIndent=0, embeddedHyphenation=1, uriWasteReduce=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=24, leading=30, spaceAfter=22, textColor=teal),
        "cover": st("cover", fontSize=12, leading=17, spaceAfter=10),
        "contents": st("contents", fontName="Helvetica-Bold", fontSize=16, leading=21, spaceAfter=14,
                       textColor=teal),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=15, leading=20, spaceBefore=10, spaceAfter=8,
                 keepWithNext=1, textColor=teal),
        "h2": st("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=5,
                 keepWithNext=1),
        "body": st("body"),
        "box": st("box", backColor=shade, borderPadding=(5, 6, 5, 6), spaceBefore=6, spaceAfter=13),
        "bullet": st("bullet", leftIndent=0.9 * _CM, bulletIndent=0.35 * _CM, bulletFontName=vera,
                     bulletFontSize=9, spaceAfter=3),
        "cell": st("cell", fontSize=9.5, leading=12.5, spaceAfter=0),
    }
    footer_tpl = f"{report['publisher']} Page {{n}}"
    words = _c.report_words(blocks)
    findings = next((i for i, b in enumerate(blocks) if b.kind == "heading" and b.major
                     and b.text.endswith("Findings")), None)
    boxed: set[int] = set()  # the key finding: the first paragraph under each subheading of the findings chapter
    if findings is not None:
        for i in range(findings + 1, len(blocks)):
            if blocks[i].kind == "heading" and blocks[i].major:
                break
            if blocks[i].kind == "heading" and blocks[i + 1].kind in ("para", "factor"):
                boxed.add(i + 1)

    class KeyedParagraph(_Keyed):
        """A keyed paragraph that also draws its number flush right in the right margin on the baseline of its
        first line (only the first part of a split)."""

        devset_number: str = ""

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for n, part in enumerate(parts):
                part.devset_number = self.devset_number if n == 0 else ""
            return parts

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            super().drawOn(canvas, x, y, _sW)
            if self.devset_number:
                baseline = y + self.height - self.style.fontSize  # as reportlab sets the first line
                canvas.saveState()
                canvas.setFont("Helvetica-Bold", 11)
                canvas.setFillColor(teal)
                canvas.drawRightString(THEMATIC["number_right"], baseline, self.devset_number)
                canvas.restoreState()

    def contents_line(text: str, page: str) -> Any:
        return _c.DottedLine(text, page, reserve=6 * _CM)

    class Doc(_c.ContentsDoc):
        def __init__(self, buf: io.BytesIO) -> None:
            body = _c.frame(_LEFT, _BOTTOM, THEMATIC["text_right"] - _LEFT, _PAGE_H - _TOP - _BOTTOM)
            super().__init__(buf, report, words, {"title": [body], "body": [body]}, pagesize=(_PAGE_W, _PAGE_H),
                             leftMargin=_LEFT, rightMargin=_RIGHT + _GUTTER, topMargin=_TOP,
                             bottomMargin=_BOTTOM)

        def decorate(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFont("Helvetica", 8.5)
            y = _PAGE_H - 1.3 * _CM
            canv.drawString(_LEFT, y, report["running_title"])
            canv.setStrokeColor(teal)
            canv.setLineWidth(0.6)
            canv.line(_LEFT, y - 0.22 * _CM, _PAGE_W - _RIGHT, y - 0.22 * _CM)
            canv.drawString(_LEFT, 1.1 * _CM, report["publisher"])
            canv.drawRightString(_PAGE_W - _RIGHT, 1.1 * _CM, f"Page {doc.page}")
            canv.restoreState()

    def story(pages: dict[str, int] | None) -> list[Any]:
        make = _c.text_paras(styles, KeyedParagraph)

        def para(text: str, style: str, key: str | None, number: str = "", **kw: Any) -> Any:
            p = make(text, style, key, **kw)
            p.devset_number = number
            return p

        flow: list[Any] = [Spacer(1, 3.2 * _CM), para(report["title"], "title", None)]
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
                flow.append(_c.ruled_glossary(para, b.rows, 3 * _CM, THEMATIC["text_right"] - _LEFT, teal))
            elif b.kind in ("para", "factor"):
                flow.append(para(b.text, "box" if idx in boxed else "body", b.key, number=b.label))
                flow += [para(t, "bullet", b.key, bullet="•") for t in b.bullets]
            else:
                flow.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return flow

    pdf, doc = _c.build_until_stable(Doc, story)
    return pdf, _c.contents_expected(output, blocks, doc, [report["running_title"], footer_tpl.format(n="N")])
