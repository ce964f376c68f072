"""PDF writer for the fictional development set (reportlab), layout ``onlyoffice``: a review DRAFTED BY ITS PANEL IN
ONLYOFFICE DOCS, the document editor of the board's shared file space, and published as the PDF that the editor's File >
Download as > PDF makes of it:

* the document information of the download: creator and producer the editor (:data:`CREATOR`, :data:`PRODUCER`), the
  title and the author (the independent reviewer, the output's ``author``) from the document's properties; no
  bookmarks;
* A4 with the editor's default page margins, which are NOT EVEN: 3 cm at the left, 1.5 cm at the right, 2 cm at the
  top and the foot; the sans of the editor's "Normal" style (Helvetica stands in for Arial) at 11 pt, at the style's
  1.15 line spacing with space after each paragraph, ALIGNED LEFT (ragged right), with the editor's hyphenation turned
  on (soft hyphens here: ``hyphenated_words``); "Heading 1" and "Heading 2" bold sans;
* page 1 the TITLE PAGE ("Different first page": no header or footer), the "Title" style large over the fiction label
  and the title-page lines; page 2 the editor's TABLE OF CONTENTS, retitled "Contents", of TWO LEVELS: each chapter at
  the margin and each subsection indented under it, with a dotted tab leader to the page number at the right margin;
* from page 3 the review runs on over page breaks; the header on every page but the first the running title at the left
  in grey, with no rule; the footer the page number field alone at the RIGHT margin;
* numbering ``two-level``: chapter headings "3 What happened" from the outline numbering of "Heading 1", subsection
  headings unnumbered; each paragraph's number "3.12" from the editor's MULTILEVEL LIST, set in BOLD at the margin
  with the text at the list's hanging indent (every line of the paragraph at the indent); a factor list's bullets "•"
  a list level further in; "Recommendation N:" in bold;
* the glossary a TABLE with a grid of rules and a SHADED HEADER ROW "Term | Meaning", the terms in bold.

Pages of every paragraph are recorded during layout, and the builds repeat until the contents' page numbers and the
pages recorded are those of the pass before. The margins, the "Normal" style and the list follow the editor's defaults
as they are documented; the producer and creator strings and the title page are assumptions, not compared with a real
download."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4
_INDENT = 1.27 * _CM  # the multilevel list's hanging indent
PRODUCER = "ONLYOFFICE Docs 8.2"
CREATOR = "ONLYOFFICE Docs 8.2"
ONLYOFFICE: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": 3.0 * _CM,  # the editor's default margins: wider at the left than at the right
    "right": _PAGE_W - 1.5 * _CM,
    "top": _PAGE_H - 2.0 * _CM,
    "bottom": 2.0 * _CM,
    "indent": 3.0 * _CM + _INDENT,  # where every line of a numbered paragraph's text starts
    "bullet_x": 3.0 * _CM + _INDENT,  # a factor list's bullets: a list level further in than the number
    "bullet_indent": 3.0 * _CM + _INDENT + 0.63 * _CM,
    "header_y": _PAGE_H - 1.25 * _CM,  # the running title's baseline, in the top margin
    "footer_y": 1.1 * _CM,  # the page number's baseline, in the bottom margin
    "font": "Helvetica",
    "bold": "Helvetica-Bold",
    "size": 11.0,
    "leading": 15.0,  # the "Normal" style's 1.15 lines of Arial
    "h1_size": 16.0,
    "h2_size": 13.0,
    "title_size": 26.0,
    "running_size": 9.0,
    "running_grey": 0.45,
    "contents": "Contents",
    "contents_indent": 0.5 * _CM,  # a subsection's contents line
    "bullet": "\u2022",
    "shade": (0.85, 0.89, 0.95),  # the header row of the glossary's table
    "glossary_head": ["Term", "Meaning"],
}


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one two-level review as the document editor downloads it as PDF; return the bytes and its expected.json
    entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import BaseDocTemplate, NextPageTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

    from . import devset_common_pdf as _c
    from .devset_flow import NoteRecording

    if report["numbering"] != "two-level":
        raise ValueError("the onlyoffice layout renders two-level numbering")
    vera = _pdf._bullet_font()
    o = ONLYOFFICE
    font, size, leading = o["font"], o["size"], o["leading"]
    width = o["right"] - o["left"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_LEFT, spaceAfter=8, textColor=black,
                    embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=0, allowWidows=0, bulletFontName=o["bold"],
                    bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontSize=o["title_size"], leading=32, spaceAfter=24),
        "label": st("label", fontName=o["bold"], fontSize=12, leading=16, spaceAfter=12),
        "line": st("line", fontSize=12, leading=16, spaceAfter=8),
        "contents": st("contents", fontName=o["bold"], fontSize=o["h1_size"], leading=20, spaceAfter=12),
        "h1": st("h1", fontName=o["bold"], fontSize=o["h1_size"], leading=20, spaceBefore=14, spaceAfter=8,
                 keepWithNext=1),
        "h2": st("h2", fontName=o["bold"], fontSize=o["h2_size"], leading=17, spaceBefore=6, spaceAfter=6,
                 keepWithNext=1),
        "body": st("body"),
        "num": st("num", leftIndent=_INDENT),
        "bullet": st("bullet", leftIndent=o["bullet_indent"] - o["left"], bulletIndent=o["bullet_x"] - o["left"],
                     bulletFontName=vera, bulletFontSize=9, spaceAfter=3),
        "head": st("head", fontName=o["bold"], fontSize=10, leading=12.5, spaceAfter=0, embeddedHyphenation=0),
        "cell": st("cell", fontSize=10, leading=12.5, spaceAfter=0, embeddedHyphenation=0),
    }
    para = _c.text_paras(styles)

    class TabbedLine(_c.DottedLine):
        """A contents line as the editor's table of contents sets it: the heading ``x`` in from the margin, a dotted
        leader, and the page number at a right tab stop on the right margin."""

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.avail = availWidth
            room = availWidth - self.x - stringWidth(f"{self.text}  {self.page}", self.font, self.size)
            self.dots = max(3, int(room / stringWidth(".", self.font, self.size)) - 1)
            self.drawn = f"{self.text} {'.' * self.dots} {self.page}"
            return availWidth, self.height

        def draw(self) -> None:
            self.canv.setFont(self.font, self.size)
            self.canv.drawString(self.x, 5, f"{self.text} {'.' * self.dots}")
            self.canv.drawRightString(self.avail, 5, self.page)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=output["author"], creator=CREATOR, producer=PRODUCER)
            first = _c.frame(o["left"], o["bottom"], width, o["top"] - o["bottom"], "first")
            body = _c.frame(o["left"], o["bottom"], width, o["top"] - o["bottom"], "body")
            self.addPageTemplates([PageTemplate("first", [first]),
                                   PageTemplate("default", [body], onPage=self.furnish)])
            self.start_recording(_c.report_words(blocks))

        def furnish(self, canv: Any, doc: Any) -> None:
            """The header (the running title at the left, in grey, no rule) and the footer (the page number field at
            the right) of every page but the first."""
            canv.saveState()
            canv.setFont(font, o["running_size"])
            grey = o["running_grey"]
            canv.setFillColor(Color(grey, grey, grey))
            canv.drawString(o["left"], o["header_y"], report["running_title"])
            canv.setFillColor(black)
            canv.drawRightString(o["right"], o["footer_y"], str(doc.page))
            canv.restoreState()

    lines: list[Any] = []

    def story(toc_pages: dict[str, int]) -> list[Any]:
        flow: list[Any] = [NextPageTemplate("default"), Spacer(1, 6 * _CM), para(report["title"], "title", None)]
        cover = _r.title_lines(report)
        flow += [para(cover[0], "label", None), *(para(t, "line", None) for t in cover[1:]), PageBreak()]
        flow.append(para(o["contents"], "contents", None))
        lines.clear()
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                inset = 0 if b.level == 1 else o["contents_indent"]
                lines.append(TabbedLine(b.text, str(toc_pages.get(f"H{idx}", 0)), font=font, size=size, x=inset,
                                        height=17 if b.level == 1 else 15.5))
        flow += [*lines, PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow.append(para(b.text, "h1" if b.level == 1 else "h2", f"H{idx}", hyphens=False))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[para(h, "head", None) for h in o["glossary_head"]]]
                cells += [[para(a, "head", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, black),
                                           ("BACKGROUND", (0, 0), (-1, 0), Color(*o["shade"])),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                flow.append(table)
            elif b.kind in ("para", "factor"):
                flow.append(para(b.text, "num", b.key, bullet=b.label))
                flow += [para(t, "bullet", b.key, bullet=o["bullet"]) for t in b.bullets]
            else:
                flow.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return flow

    previous: Any = None
    toc_pages: dict[str, int] = {}
    for _ in range(8):  # until the contents' pages and everything recorded are the pass's own
        buf = io.BytesIO()
        doc = Doc(buf)
        doc.build(story(toc_pages))
        state = (doc.records, doc.headings, doc.last_page)
        if state == previous and toc_pages == doc.headings:
            break
        previous, toc_pages = state, dict(doc.headings)
    else:
        raise RuntimeError("PDF layout did not stabilise")
    return buf.getvalue(), _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[report["running_title"], "N"], contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        author=output["author"], contents_levels=[1 if line.x == 0 else 2 for line in lines])
