"""PDF writer for the fictional development set (reportlab), layout ``findtable``: a review written in Word and
exported to PDF, whose findings are set out as a ruled three-column table.

* portrait A4; page 1: a title page (title, ``FICTION_LABEL``, date, publisher, title-page lines), no running
  matter; page 2: a contents page listing the level-1 headings with dot leaders and page numbers;
* narrative paragraphs numbered ``two-level`` ("3.12", no stop), the number hanging at the left margin and the text
  indented after it as Word sets a hanging indent, in justified Helvetica; factor-list bullets "•" indented under the
  text; chapter headings "3 What happened" and unnumbered subheadings in blue; "Recommendation N:" in bold run in;
* the findings chapter opens a new page, has one numbered narrative paragraph and then a table ruled on every side
  with the header row "Finding | What we found | What needs to change" repeated at the top of every page it runs
  on; each finding is one row (a finding item of reports.yaml: ``finding``, ``found``, ``change``): "Finding N" in
  bold on the first line of the left cell with the finding itself under it, what the review found in the middle
  cell and what needs to change in the right cell. A row may split across a page (the cells carry on under the
  repeated header row). A finding is cited "Finding N" (expected.json ``paragraph``), its text being the three
  cells in reading order (left, middle, right); its page is the page on which "Finding N" is printed and
  ``split_across_pages`` tells whether the row carries on over a page;
* chapters start a new page only when less than 6 cm is left (the findings chapter and the glossary always do);
  the glossary is a two-column ruled table in an appendix;
* on every page but the first a running header (the running title at the left over a rule) and a footer
  "Page N" centred.

Pages of narrative paragraphs are recorded during layout (``afterFlowable``); pages of table rows when their cells
are drawn. Line-end hyphens are collected as in :mod:`devset_chapters`; table cells are never hyphenated.
:data:`FINDTABLE` gives the x of the numbers, of the text and of the table columns, for the tests."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_LEFT, _RIGHT, _TOP, _BOTTOM = 2.5 * _CM, 2.5 * _CM, 2.5 * _CM, 2.3 * _CM
_COLS = (4.4 * _CM, 6.5 * _CM, _PAGE_W - _LEFT - _RIGHT - 10.9 * _CM)
HEADER_ROW = ["Finding", "What we found", "What needs to change"]
FINDTABLE: dict[str, Any] = {  # in points, as pdfplumber measures (from the left and from the top of the page)
    "label_x": _LEFT,  # paragraph numbers, headings, recommendations
    "text_x": _LEFT + 1.25 * _CM,  # the text of a numbered paragraph
    "col_x": [_LEFT, _LEFT + _COLS[0], _LEFT + _COLS[0] + _COLS[1], _PAGE_W - _RIGHT],  # table rules
    "body_top": _TOP - 0.5 * _CM,
    "body_bottom": _PAGE_H - _BOTTOM + 0.5 * _CM,
}


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one review with a ruled findings table; return bytes and expected entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Paragraph, Spacer, Table, TableStyle

    from . import devset_common_pdf as _c
    from .devset_flow import KeyedParagraph

    if report["numbering"] != "two-level":
        raise ValueError("the findtable layout renders two-level numbering")
    blue, pale = Color(0.12, 0.3, 0.55), Color(0.86, 0.9, 0.95)
    bullet_font = _pdf._bullet_font()
    indent = FINDTABLE["text_x"] - _LEFT

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Helvetica", fontSize=10.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=7,
                    leftIndent=0, embeddedHyphenation=1, uriWasteReduce=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=20, textColor=blue,
                    alignment=TA_LEFT),
        "cover": st("cover", fontSize=12, leading=16, spaceAfter=9, alignment=TA_LEFT),
        "contents": st("contents", fontName="Helvetica-Bold", fontSize=15, leading=20, spaceAfter=12, textColor=blue),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=14.5, leading=19, spaceBefore=6, spaceAfter=10,
                 keepWithNext=1, textColor=blue, alignment=TA_LEFT),
        "h2": st("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=4, spaceAfter=5,
                 keepWithNext=1, textColor=blue, alignment=TA_LEFT),
        "body": st("body", leftIndent=indent, bulletIndent=0, bulletFontName="Helvetica", bulletFontSize=10.5),
        "plain": st("plain"),
        "bullet": st("bullet", leftIndent=indent + 0.6 * _CM, bulletIndent=indent, bulletFontName=bullet_font,
                     bulletFontSize=10, spaceAfter=3),
        "cell": st("cell", fontSize=9.5, leading=12.5, spaceAfter=0, alignment=TA_LEFT, embeddedHyphenation=0),
        "head": st("head", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5, spaceAfter=0, alignment=TA_LEFT),
    }
    footer_tpl = "Page {n}"
    words = _c.report_words(blocks)
    current: dict[str, Any] = {}

    class CellParagraph(KeyedParagraph):
        """A table cell's paragraph: records the page it is drawn on, since table cells are not flowables of
        the story and ``afterFlowable`` never sees them."""

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            if self.devset_key:
                rec = current["doc"].records.setdefault(self.devset_key, [canvas.getPageNumber()] * 2)
                rec[1] = max(rec[1], canvas.getPageNumber())
                for line in self.blPara.lines:  # a cell is never hyphenated: no line may end in "-"
                    words = [str(w) for w in line[1]] if isinstance(line, tuple) else \
                        "".join(getattr(f, "text", "") for f in line.words).split()
                    if words and words[-1].endswith("-"):
                        raise RuntimeError(f"a table cell broke at a hyphen: {words[-1]!r}")
            super().drawOn(canvas, x, y, _sW)

    class RuledTable(Table):
        """A table whose every part is closed by a rule at its foot: Word draws the bottom border of a row that
        breaks across a page on both pages, where reportlab's in-row split leaves the first part open."""

        def draw(self) -> None:
            super().draw()
            self.canv.saveState()
            self.canv.setStrokeColor(blue)
            self.canv.setLineWidth(0.6)
            self.canv.line(0, 0, self._width, 0)
            self.canv.restoreState()

    def contents_line(text: str, page: str) -> Any:
        return _c.DottedLine(text, page, reserve=4 * _CM, height=18)

    class Doc(_c.ContentsDoc):
        def __init__(self, buf: io.BytesIO) -> None:
            body = _c.frame(_LEFT, _BOTTOM, _PAGE_W - _RIGHT - _LEFT, _PAGE_H - _TOP - _BOTTOM)
            super().__init__(buf, report, words, {"title": [body], "body": [body]}, pagesize=(_PAGE_W, _PAGE_H),
                             creator="Microsoft Word", leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP,
                             bottomMargin=_BOTTOM)
            current["doc"] = self

        def decorate(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFont("Helvetica", 8.5)
            y = _PAGE_H - 1.5 * _CM
            canv.drawString(_LEFT, y, report["running_title"])
            canv.setStrokeColor(blue)
            canv.setLineWidth(0.6)
            canv.line(_LEFT, y - 0.2 * _CM, _PAGE_W - _RIGHT, y - 0.2 * _CM)
            canv.setFont("Helvetica", 9)
            canv.drawCentredString(_PAGE_W / 2, 1.2 * _CM, footer_tpl.format(n=doc.page))
            canv.restoreState()

    def story(pages: dict[str, int] | None) -> list[Any]:
        para = _c.text_paras(styles)

        def findings_table(rows: list[Block]) -> Any:
            data: list[list[Any]] = [[Paragraph(_xml_escape(h), styles["head"]) for h in HEADER_ROW]]
            for b in rows:
                first = CellParagraph(f"<b>{_xml_escape(b.label)}</b><br/>{_xml_escape(b.text)}", styles["cell"])
                first.devset_key = b.key
                data.append([first, *(para(t, "cell", b.key, cls=CellParagraph, hyphens=False) for t in b.bullets)])
            table = RuledTable(data, colWidths=list(_COLS), repeatRows=1, splitByRow=0, splitInRow=26, hAlign="LEFT")
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, blue), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), pale), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            return table

        flow: list[Any] = [Spacer(1, 4 * _CM), para(report["title"], "title", None)]
        flow += [para(t, "cover", None) for t in _r.title_lines(report)]
        flow += [NextPageTemplate("body"), PageBreak(), *_c.contents_page(para, blocks, pages, contents_line),
                 PageBreak()]
        rows: list[Block] = []
        for idx, b in enumerate(blocks):
            if rows and b.kind != "finding":
                flow += [findings_table(rows), Spacer(1, 0.4 * _CM)]
                rows = []
            if b.kind == "heading":
                starts_table = b.major and any(x.kind == "finding" for x in blocks[idx:idx + 4])
                if idx and b.major and (starts_table or blocks[idx + 1].kind == "glossary"):
                    flow.append(PageBreak())
                elif idx and b.major:
                    flow.append(CondPageBreak(6 * _CM))
                elif idx:
                    flow.append(CondPageBreak(3 * _CM))
                flow.append(para(b.text, "h1" if b.level == 1 else "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "plain", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph(_xml_escape(a), styles["head"]), Paragraph(_xml_escape(m), styles["cell"])]
                         for a, m in b.rows]
                table = Table(cells, colWidths=[3.6 * _CM, _PAGE_W - _LEFT - _RIGHT - 3.6 * _CM], hAlign="LEFT")
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, blue),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                flow.append(table)
            elif b.kind == "finding":
                rows.append(b)
            elif b.kind in ("para", "factor"):
                flow.append(para(b.text, "body", b.key, bullet=b.label))
                flow += [para(t, "bullet", b.key, bullet="\u2022") for t in b.bullets]
            else:
                flow.append(para(b.text, "plain", b.key, lead=f"{b.label}:"))
        return flow

    pdf, doc = _c.build_until_stable(Doc, story)
    expected = _c.contents_expected(output, blocks, doc, [report["running_title"], footer_tpl.format(n="N")])
    expected["findings_header"] = list(HEADER_ROW)
    return pdf, expected
