"""PDF writer for the fictional development set (reportlab), layout ``chapters``: a review set out like a formal
report, its chapters numbered in roman numerals and its paragraphs numbered within each chapter.

* portrait A4; page 1: a title page (title, ``FICTION_LABEL``, date, publisher, title-page lines), no running
  matter; page 2: a contents page listing the level-1 headings with dot leaders and page numbers;
* chapter headings are printed "Chapter III: Title" (a roman numeral for the chapter number ``i`` of the
  two-level scheme); expected.json's ``section`` and ``contents_lines`` record them as printed; subheadings are
  unnumbered; the foreword, the recommendations chapter (also "Chapter N: ...") and the glossary annex as usual;
* paragraph numbers "3.12" (numbering ``two-level``, no stop) in bold, run in at the start of the paragraph, in
  justified Times; a factor list's bullets are lettered sub-paragraphs "(a)", "(b)" ... each on its own line,
  indented under the text, with the letter hanging: they are part of their paragraph and cited with it ("3.12"),
  never on their own; "Recommendation N:" in bold run in;
* chapter I and the glossary annex start a new page, any other chapter only when less than 7 cm of the page is
  left; the glossary annex is a two-column table;
* on every page but the first a running header (the running title, centred, with a rule under it) and a footer
  "Page N" at the right.

Pages are recorded during layout (``afterFlowable``) and line-end hyphens collected as in :mod:`devset_thematic`.
:data:`CHAPTERS` gives the x of the text, the x of the letters and of the sub-paragraph text, for the tests."""

from __future__ import annotations

import io
import re
from typing import Any

from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_LEFT, _RIGHT, _TOP, _BOTTOM = 2.6 * _CM, 2.6 * _CM, 2.6 * _CM, 2.4 * _CM
CHAPTERS: dict[str, float] = {  # in points, as pdfplumber measures (from the left and from the top of the page)
    "text_x": _LEFT,  # paragraphs (with their run-in numbers), headings and recommendations
    "letter_x": _LEFT + 0.8 * _CM,  # where "(a)" starts
    "sub_x": _LEFT + 1.6 * _CM,  # where a sub-paragraph's text starts
    "body_top": _TOP - 0.5 * _CM,
    "body_bottom": _PAGE_H - _BOTTOM + 0.5 * _CM,
}
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    """Roman numeral for 1-39."""
    out = ""
    for value, sym in _ROMAN:
        while n >= value:
            out, n = out + sym, n - value
    return out


def chapter_heading(text: str) -> str:
    """A level-1 heading "3 Title" of the two-level scheme as printed: "Chapter III: Title"."""
    m = re.fullmatch(r"(\d+) (.+)", text)
    return f"Chapter {roman(int(m.group(1)))}: {m.group(2)}" if m else text


def letter(n: int) -> str:
    return f"({'abcdefghijklmnopqrstuvwxyz'[n]})"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one review with roman-numbered chapters and lettered sub-paragraphs; return bytes and entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Spacer

    from . import devset_common_pdf as _c

    if report["numbering"] != "two-level":
        raise ValueError("the chapters layout renders two-level numbering")
    navy = Color(0.1, 0.15, 0.35)

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Times-Roman", fontSize=11.5, leading=15.5, alignment=TA_JUSTIFY, spaceAfter=8,
                    leftIndent=0, embeddedHyphenation=1, uriWasteReduce=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Times-Bold", fontSize=24, leading=30, spaceAfter=22, textColor=navy,
                    alignment=TA_CENTER),
        "cover": st("cover", fontSize=12.5, leading=17, spaceAfter=10, alignment=TA_CENTER),
        "contents": st("contents", fontName="Times-Bold", fontSize=16, leading=21, spaceAfter=14, textColor=navy),
        "h1": st("h1", fontName="Times-Bold", fontSize=16, leading=21, spaceBefore=4, spaceAfter=12,
                 keepWithNext=1, textColor=navy),
        "h2": st("h2", fontName="Times-BoldItalic", fontSize=12.5, leading=16, spaceBefore=6, spaceAfter=5,
                 keepWithNext=1),
        "body": st("body"),
        "sub": st("sub", leftIndent=CHAPTERS["sub_x"] - _LEFT, bulletIndent=CHAPTERS["letter_x"] - _LEFT,
                  bulletFontName="Times-Roman", bulletFontSize=11.5, spaceAfter=4),
        "cell": st("cell", fontSize=10, leading=13, spaceAfter=0, alignment=0),
    }
    footer_tpl = "Page {n}"
    words = _c.report_words(blocks)

    def contents_line(text: str, page: str) -> Any:
        return _c.DottedLine(text, page, font="Times-Roman", size=11, reserve=6 * _CM)

    class Doc(_c.ContentsDoc):
        def __init__(self, buf: io.BytesIO) -> None:
            body = _c.frame(_LEFT, _BOTTOM, _PAGE_W - _RIGHT - _LEFT, _PAGE_H - _TOP - _BOTTOM)
            super().__init__(buf, report, words, {"title": [body], "body": [body]}, pagesize=(_PAGE_W, _PAGE_H),
                             leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP, bottomMargin=_BOTTOM)

        def decorate(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFont("Times-Italic", 9)
            y = _PAGE_H - 1.4 * _CM
            canv.drawCentredString(_PAGE_W / 2, y, report["running_title"])
            canv.setStrokeColor(navy)
            canv.setLineWidth(0.5)
            canv.line(_LEFT, y - 0.22 * _CM, _PAGE_W - _RIGHT, y - 0.22 * _CM)
            canv.setFont("Times-Roman", 9.5)
            canv.drawRightString(_PAGE_W - _RIGHT, 1.2 * _CM, f"Page {doc.page}")
            canv.restoreState()

    def story(pages: dict[str, int] | None) -> list[Any]:
        para = _c.text_paras(styles)

        flow: list[Any] = [Spacer(1, 3.2 * _CM), para(report["title"], "title", None)]
        flow += [para(t, "cover", None) for t in _r.title_lines(report)]
        flow += [NextPageTemplate("body"), PageBreak(),
                 *_c.contents_page(para, blocks, pages, contents_line, text=chapter_heading), PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if idx and b.major and (blocks[idx - 1].kind == "unnumbered" or blocks[idx + 1].kind == "glossary"):
                    flow.append(PageBreak())
                elif idx and b.major:  # a chapter starts a new page only when less than 7 cm is left
                    flow.append(CondPageBreak(7 * _CM))
                elif idx:
                    flow.append(CondPageBreak(3 * _CM))
                flow.append(para(chapter_heading(b.text) if b.level == 1 else b.text, "h1" if b.level == 1 else "h2",
                                 f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                flow.append(_c.ruled_glossary(para, b.rows, 3 * _CM, _PAGE_W - _RIGHT - _LEFT, navy))
            elif b.kind in ("para", "factor"):
                flow.append(para(b.text, "body", b.key, lead=b.label))
                flow += [para(t, "sub", b.key, bullet=letter(n)) for n, t in enumerate(b.bullets)]
            else:
                flow.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return flow

    pdf, doc = _c.build_until_stable(Doc, story)
    entries = []
    for b in blocks:
        if b.key:
            start, end = doc.records[b.key]
            entry = _r.entry(b, start, end > start)
            entry["section"] = chapter_heading(entry["section"]) if b.section.split(" ")[0].isdigit() else b.section
            entries.append(entry)
    return pdf, _c.contents_expected(output, blocks, doc, [report["running_title"], footer_tpl.format(n="N")],
                                     entries)
