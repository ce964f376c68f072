"""PDF writer for the fictional development set (reportlab), layout ``wps``: a review written in WPS OFFICE's Writer
(Kingsoft's office suite, which a partnership's small business unit uses in place of Word) and EXPORTED TO PDF with
Writer's own "Export to PDF", as the program lays out a document made from its blank template:

* the document information as Writer's export writes it: creator and producer "WPS Writer" (:data:`CREATOR`,
  :data:`PRODUCER`), the title the document's own (File > Properties), the author the unit's account name; the
  headings exported as BOOKMARKS (chapters, their subsections nested under them); A4 (595.28 by 841.89 points);
* Writer's blank template: margins of 2.54 cm at the top and bottom and 3.18 cm at the sides, body text (Calibri,
  Helvetica here) at 10.5 pt, the size Writer's template inherits from its Chinese default ("five"), on 1.5 lines
  (16 pt), justified, with NO SPACE between paragraphs and a FIRST-LINE INDENT OF TWO CHARACTERS (21 pt) marking
  each new one; automatic hyphenation (soft hyphens here: ``hyphenated_words``);
* a TITLE PAGE (the header and footer "different on the first page": none there): the title centred in bold at 18 pt,
  the fiction label in italic and the other title-page lines centred under it;
* page 2 Writer's TABLE OF CONTENTS ("References > Table of Contents"), headed "Contents" centred in bold: chapters
  at the margin and subsections indented two characters, each with a dot leader to its page number flush right; the
  review from page 3, chapters running on;
* the HEADER from page 2: the running title CENTRED in 9 pt with Writer's header RULE, a 0.75 pt line under it across
  the text width; the FOOTER: the page number alone, centred;
* Writer's Heading 1 for chapters, bold 16 pt black, and Heading 2 for subsections, bold 13 pt, both flush left and
  unnumbered (numbering ``single``: headings as written);
* each numbered paragraph's number TYPED run in, "12. " at the two-character first-line indent, the text's later
  lines back at the margin; a factor list's bullets Writer's "•" at the indent with the text two characters further
  in; "Recommendation N:" in bold run in; the glossary a table with every cell ruled and the head row shaded grey.

Pages of every paragraph are recorded during layout; the contents and the bookmarks' pages come from the pass before,
so the builds repeat until they are stable. expected.json adds ``author``, ``toc_title``, ``pdf_title``,
``bookmarks`` ((level, heading) in order) and ``page_size``. The version strings, the export's bookmark option and the
template's sizes are assumptions from memory, not compared with a PDF that WPS Office exported."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_CM = 72.0 / 2.54
PAGE = (595.28, 841.89)  # A4 as Writer's export writes its MediaBox
CREATOR = "WPS Writer"
PRODUCER = "WPS Writer"
WPS: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": 3.18 * _CM,  # Writer's blank template: 3.18 cm at the sides, 2.54 cm top and bottom
    "right": PAGE[0] - 3.18 * _CM,
    "top": PAGE[1] - 2.54 * _CM,
    "bottom": 2.54 * _CM,
    "header_y": PAGE[1] - 1.5 * _CM,
    "rule_y": PAGE[1] - 1.5 * _CM - 4,
    "footer_y": 1.5 * _CM,
    "font": "Helvetica",
    "bold": "Helvetica-Bold",
    "italic": "Helvetica-Oblique",
    "size": 10.5,
    "leading": 16.0,  # 1.5 lines of the body face, rounded as Writer sets it
    "indent": 21.0,  # two characters of 10.5 pt
    "header_size": 9.0,
    "footer_size": 9.0,
    "rule": 0.75,
    "h1_size": 16.0,
    "h2_size": 13.0,
    "title_size": 18.0,
    "shade": (0.85, 0.85, 0.85),
    "toc_title": "Contents",
    "bullet": "\u2022",
}


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one single-numbered review as WPS Writer exports it to PDF; return the bytes and its expected.json
    entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

    from . import devset_common_pdf as _c
    from .devset_flow import NoteRecording

    if report["numbering"] != "single":
        raise ValueError("the wps layout renders single numbering")
    o = WPS
    font, size, leading, indent = o["font"], o["size"], o["leading"], o["indent"]
    width = o["right"] - o["left"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_JUSTIFY, spaceAfter=0,
                    firstLineIndent=indent, textColor=black, embeddedHyphenation=1, uriWasteReduce=0,
                    allowOrphans=0, allowWidows=0, bulletFontName=font, bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    flush = {"alignment": TA_LEFT, "firstLineIndent": 0}
    centred = {"alignment": TA_CENTER, "firstLineIndent": 0}
    styles = {
        "title": st("title", **centred, fontName=o["bold"], fontSize=o["title_size"], leading=26, spaceAfter=24),
        "label": st("label", **centred, fontName=o["italic"], fontSize=12, leading=18, spaceAfter=12),
        "line": st("line", **centred, spaceAfter=8),
        "toc": st("toc", **centred, fontName=o["bold"], fontSize=o["h1_size"], leading=24, spaceAfter=12),
        "h1": st("h1", **flush, fontName=o["bold"], fontSize=o["h1_size"], leading=24, spaceBefore=12, spaceAfter=6,
                 keepWithNext=1),
        "h2": st("h2", **flush, fontName=o["bold"], fontSize=o["h2_size"], leading=20, spaceBefore=6, spaceAfter=3,
                 keepWithNext=1),
        "body": st("body"),
        "bullet": st("bullet", firstLineIndent=0, leftIndent=2 * indent, bulletIndent=indent,
                     bulletFontName=_pdf._bullet_font(), bulletFontSize=10),
        "head": st("head", **flush, fontName=o["bold"], embeddedHyphenation=0, leading=14),
        "term": st("term", **flush, embeddedHyphenation=0, leading=14),
        "cell": st("cell", **flush, embeddedHyphenation=0, leading=14),
    }
    para = _c.text_paras(styles)
    heads = {f"H{i}": (b.text, b.level) for i, b in enumerate(blocks) if b.kind == "heading"}

    class TocLine(_c.ContentsEntry):
        """A line of Writer's contents: the heading (``x`` in), a dot leader and the page number flush right."""

        def __init__(self, text: str, page: str, x: float) -> None:
            super().__init__(text, page)
            self.x = x

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            self.avail = availWidth
            room = availWidth - self.x - stringWidth(f"{self.text}  {self.page}", font, size)
            self.dots = "." * max(3, int(room / stringWidth(".", font, size)) - 2)
            self.drawn = f"{self.text} {self.dots} {self.page}"
            return availWidth, 18

        def draw(self) -> None:
            self.canv.setFont(font, size)
            self.canv.drawString(self.x, 5, f"{self.text} {self.dots}")
            self.canv.drawRightString(self.avail, 5, self.page)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO) -> None:
            super().__init__(buf, pagesize=PAGE, invariant=1, title=report["title"], author=output["author"],
                             creator=CREATOR, producer=PRODUCER, subject="", keywords="")
            body = _c.frame(o["left"], o["bottom"], width, o["top"] - o["bottom"], "body")
            self.addPageTemplates([PageTemplate("page", [body], onPage=self.furnish)])
            self.start_recording(_c.report_words(blocks))
            self.marks_made: list[tuple[int, str]] = []

        def afterFlowable(self, flowable: Any) -> None:
            super().afterFlowable(flowable)
            key = getattr(flowable, "devset_key", None)
            if key in heads:  # the export's bookmarks: a chapter, its subsections nested under it
                text, level = heads[key]
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=level - 1, closed=False)
                self.marks_made.append((level, text))

        def furnish(self, canv: Any, doc: Any) -> None:
            """Writer's header (the title centred over its rule) and footer (the page number), from page 2."""
            if doc.page == 1:
                return
            canv.saveState()
            canv.setFont(font, o["header_size"])
            canv.drawCentredString(PAGE[0] / 2, o["header_y"], report["running_title"])
            canv.setLineWidth(o["rule"])
            canv.line(o["left"], o["rule_y"], o["right"], o["rule_y"])
            canv.setFont(font, o["footer_size"])
            canv.drawCentredString(PAGE[0] / 2, o["footer_y"], str(doc.page))
            canv.restoreState()

    lines: list[Any] = []

    def story(pages: dict[str, int]) -> list[Any]:
        cover = _r.title_lines(report)
        flow: list[Any] = [Spacer(1, 150), para(report["title"], "title", None, hyphens=False),
                           para(cover[0], "label", None), *(para(t, "line", None) for t in cover[1:]), PageBreak(),
                           para(o["toc_title"], "toc", "Htoc")]
        lines.clear()
        body: list[Any] = [PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                chapter = b.level == 1
                lines.append(TocLine(b.text, str(pages.get(f"H{idx}", 0)), 0 if chapter else indent))
                body.append(para(b.text, "h1" if chapter else "h2", f"H{idx}", hyphens=False))
            elif b.kind == "unnumbered":
                body.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[para("Term", "head", None), para("Meaning", "head", None)]]
                cells += [[para(a, "term", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, black),
                                           ("BACKGROUND", (0, 0), (-1, 0), Color(*o["shade"])),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                           ("TOPPADDING", (0, 0), (-1, -1), 2),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                body.append(table)
            elif b.kind in ("para", "factor"):
                body.append(para(f"{b.label}. {b.text}", "body", b.key))  # the number typed, run in
                for t in b.bullets:
                    body.append(para(t, "bullet", b.key, bullet=o["bullet"]))
            else:
                body.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return [*flow, *lines, *body]

    def one_pass(pages: dict[str, int], total: int) -> Any:
        doc = Doc(io.BytesIO())
        doc.build(story(pages))
        return doc

    doc = _r.settled(one_pass)
    result = _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[report["running_title"], "N"],
        contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        author=output["author"], toc_title=o["toc_title"], pdf_title=report["title"],
        bookmarks=[list(m) for m in doc.marks_made], page_size=list(PAGE))
    return doc.filename.getvalue(), result
