"""PDF writer for the fictional development set (reportlab), layout ``textmaker``: a review written in SOFTMAKER
TEXTMAKER (the word processor of SoftMaker Office, which a board's small team uses in place of Word) and EXPORTED TO
PDF with TextMaker's own "File > Export as > PDF", as the program lays out a document made from its Normal template:

* the document information as TextMaker's export writes it: creator and producer TextMaker's name and version
  (:data:`CREATOR`, :data:`PRODUCER`), the title the document's own (File > Properties), the author the user name of
  the board manager's account; the headings exported as BOOKMARKS (the export's "Create bookmarks" option: chapters,
  their subsections nested under them); A4 (595.28 by 841.89 points);
* margins of 2 cm at the sides and 2.5 cm at the top and bottom; body text (Calibri, Helvetica here) at 11 pt on
  single lines (13.5 pt), RANGED LEFT with automatic hyphenation (soft hyphens here: ``hyphenated_words``), 6 pt after
  each paragraph;
* a COVER PAGE (the header and footer "different on the first page": none there): a thick dark blue band across the
  top margin, the title ranged left in bold dark blue at 22 pt, the fiction label in italic and the other title-page
  lines ranged left under it;
* page 2 TextMaker's TABLE OF CONTENTS ("Insert > Table of contents"), headed "Contents" in bold: chapters at the
  margin and subsections 0.5 cm in, each with a dot leader to its page number flush right; the review from page 3,
  chapters running on;
* the HEADER from page 2: the running title at the left in grey 9 pt; the FOOTER: "Page N" at the right in 9 pt;
* chapters in the Heading 1 paragraph style, bold 15 pt dark blue with a BORDER LINE UNDER the paragraph across the
  text width (0.75 pt), subsections Heading 2, bold italic 12 pt, both unnumbered (numbering ``single``);
* each numbered paragraph's number TYPED at the margin and followed by a TAB to a HANGING INDENT of 1 cm, where the
  text and its later lines stand; a factor list's bullets "•" at the hanging indent with the text 0.6 cm further in;
  "Recommendation N:" run in in bold; the glossary a table with a bold head row and horizontal rules only (a 1 pt rule
  under the head row, a hairline under every other row, no vertical rules).

Pages of every paragraph are recorded during layout; the contents and the bookmarks' pages come from the pass before,
so the builds repeat until they are stable. expected.json adds ``author``, ``toc_title``, ``pdf_title``,
``bookmarks`` ((level, heading) in order) and ``page_size``. The version strings, the template's margins and sizes and
the export's options are assumptions from memory, not compared with a PDF that TextMaker exported."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_CM = 72.0 / 2.54
PAGE = (595.28, 841.89)  # A4 as the export writes its MediaBox
CREATOR = "TextMaker 2024"
PRODUCER = "SoftMaker TextMaker 2024 PDF export"
TEXTMAKER: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": 2.0 * _CM,  # 2 cm at the sides, 2.5 cm at the top and bottom
    "right": PAGE[0] - 2.0 * _CM,
    "top": PAGE[1] - 2.5 * _CM,
    "bottom": 2.5 * _CM,
    "header_y": PAGE[1] - 1.4 * _CM,
    "footer_y": 1.4 * _CM,
    "font": "Helvetica",
    "bold": "Helvetica-Bold",
    "italic": "Helvetica-Oblique",
    "bold_italic": "Helvetica-BoldOblique",
    "size": 11.0,
    "leading": 13.5,
    "after": 6.0,
    "hang": 1.0 * _CM,  # the tab stop and hanging indent after a typed number
    "bullet_text": 1.6 * _CM,
    "toc_indent": 0.5 * _CM,
    "header_size": 9.0,
    "footer_size": 9.0,
    "grey": (0.35, 0.35, 0.35),
    "blue": (0.12, 0.27, 0.45),
    "band": 10.0,  # the cover's band across the top margin
    "border": 0.75,  # Heading 1's border line under the paragraph
    "head_rule": 1.0,
    "row_rule": 0.25,
    "h1_size": 15.0,
    "h2_size": 12.0,
    "title_size": 22.0,
    "toc_title": "Contents",
    "footer": "Page N",
    "bullet": "\u2022",
}


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one single-numbered review as TextMaker exports it to PDF; return the bytes and its expected.json
    entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import HRFlowable

    from . import devset_common_pdf as _c
    from .devset_flow import NoteRecording

    if report["numbering"] != "single":
        raise ValueError("the textmaker layout renders single numbering")
    o = TEXTMAKER
    font, size, leading, hang = o["font"], o["size"], o["leading"], o["hang"]
    width = o["right"] - o["left"]
    blue = Color(*o["blue"])

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_LEFT, spaceAfter=o["after"],
                    textColor=black, embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=0, allowWidows=0,
                    bulletFontName=font, bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName=o["bold"], fontSize=o["title_size"], leading=28, spaceAfter=20, textColor=blue),
        "label": st("label", fontName=o["italic"], fontSize=12, leading=16, spaceAfter=10),
        "line": st("line", spaceAfter=8),
        "toc": st("toc", fontName=o["bold"], fontSize=o["h1_size"], leading=20, spaceAfter=10),
        "h1": st("h1", fontName=o["bold"], fontSize=o["h1_size"], leading=20, spaceBefore=14, spaceAfter=2,
                 textColor=blue, keepWithNext=1),
        "h2": st("h2", fontName=o["bold_italic"], fontSize=o["h2_size"], leading=16, spaceBefore=8, spaceAfter=4,
                 keepWithNext=1),
        "body": st("body"),
        "numbered": st("numbered", leftIndent=hang),  # "12" at the margin, a tab to the hanging indent
        "bullet": st("bullet", leftIndent=o["bullet_text"], bulletIndent=hang, spaceAfter=3,
                     bulletFontName=_pdf._bullet_font(), bulletFontSize=10),
        "head": st("head", fontName=o["bold"], embeddedHyphenation=0, leading=14, spaceAfter=0),
        "term": st("term", embeddedHyphenation=0, leading=14, spaceAfter=0),
        "cell": st("cell", embeddedHyphenation=0, leading=14, spaceAfter=0),
    }
    para = _c.text_paras(styles)
    heads = {f"H{i}": (b.text, b.level) for i, b in enumerate(blocks) if b.kind == "heading"}

    class TocLine(_c.ContentsEntry):
        """A line of TextMaker's contents: the heading (``x`` in), a dot leader and the page number flush right."""

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
            """The cover's band on page 1; from page 2 the header (the running title) and the footer ("Page N")."""
            canv.saveState()
            if doc.page == 1:
                canv.setFillColor(blue)
                canv.rect(o["left"], o["top"] + 20, width, o["band"], stroke=0, fill=1)
                canv.restoreState()
                return
            canv.setFillColor(Color(*o["grey"]))
            canv.setFont(font, o["header_size"])
            canv.drawString(o["left"], o["header_y"], report["running_title"])
            canv.setFillColor(black)
            canv.setFont(font, o["footer_size"])
            canv.drawRightString(o["right"], o["footer_y"], o["footer"].replace("N", str(doc.page)))
            canv.restoreState()

    lines: list[Any] = []

    def border() -> Any:
        rule = HRFlowable(width="100%", thickness=o["border"], color=blue, spaceBefore=2, spaceAfter=8, hAlign="LEFT")
        rule.keepWithNext = 1
        return rule

    def story(pages: dict[str, int]) -> list[Any]:
        cover = _r.title_lines(report)
        flow: list[Any] = [Spacer(1, 60), para(report["title"], "title", None, hyphens=False),
                           para(cover[0], "label", None), *(para(t, "line", None) for t in cover[1:]), PageBreak(),
                           para(o["toc_title"], "toc", "Htoc")]
        lines.clear()
        body: list[Any] = [PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                chapter = b.level == 1
                lines.append(TocLine(b.text, str(pages.get(f"H{idx}", 0)), 0 if chapter else o["toc_indent"]))
                body.append(para(b.text, "h1" if chapter else "h2", f"H{idx}", hyphens=False))
                if chapter:
                    body.append(border())
            elif b.kind == "unnumbered":
                body.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[para("Term", "head", None), para("Meaning", "head", None)]]
                cells += [[para(a, "term", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), o["head_rule"], black),
                                           ("LINEBELOW", (0, 1), (-1, -1), o["row_rule"], black),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                body.append(table)
            elif b.kind in ("para", "factor"):
                body.append(para(b.text, "numbered", b.key, bullet=b.label))  # "12", a tab, the hanging text
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
        running_header_lines=[report["running_title"], o["footer"]],
        contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        author=output["author"], toc_title=o["toc_title"], pdf_title=report["title"],
        bookmarks=[list(m) for m in doc.marks_made], page_size=list(PAGE))
    return doc.filename.getvalue(), result
