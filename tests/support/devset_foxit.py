"""PDF writer for the fictional development set (reportlab), layout ``foxit``: a review that a partnership writes in
Word on its own template and turns into a PDF with the FOXIT PDF EDITOR add-in for Word (the "Create PDF" button on
Foxit's ribbon tab, which prints the document through Foxit's PDF printer and adds bookmarks and links from the
document's headings and hyperlinks), as many councils and NHS bodies licensed for Foxit rather than Acrobat do:

    Word > Foxit PDF > Create PDF  (settings: "Convert Word Headings to Bookmarks", "Add Links", "Convert Document
    Information")

* the document information as Foxit writes it: the producer FOXIT'S PRINTER ("Foxit PDF Editor Printer Version
  13.1.0.23102"), the creator the Word that printed it, the title, author and subject from the DOCX's properties; A4;
  an OUTLINE from Word's headings, Heading 1 at the top level and Heading 2 under it (no entry for the title page or
  the contents), the contents' entries LINKS to the headings;
* page 1 the partnership's title page, a "different first page" with no header or footer: the partnership's name in
  bold teal at the top, the title in 22 pt dark teal over a teal rule, the fiction label in italic and the
  other title-page lines;
* page 2 the CONTENTS as Word's TOC field left it, "Contents" in the Heading 1 style without its rule, a TOC 1 line in
  bold for each chapter and a TOC 2 line indented 0.39 cm for each section (the field's switch ``\\o "1-2"``), a
  right tab stop at the margin with DOT LEADERS to the page number;
* on every later page the template's header, the running title at the left in grey 9 pt over a thin grey rule (the
  header paragraph's bottom border), and Word's "Accent Bar 2" page number at the right of the footer, "3 | Page";
* the body from page 3, in Calibri (Helvetica here) 11 pt on the template's 1.15 line spacing (15 pt), 8 pt after
  paragraphs, RAGGED RIGHT with Word's automatic hyphenation; chapters (Heading 1, bold 15 pt teal, running on, with a
  teal rule under it, the paragraph's bottom border) and sections (Heading 2, bold 12 pt teal) kept with the next
  paragraph; numbering ``single`` from WORD'S AUTOMATIC LIST, "12." at the margin and the text at the template's hanging
  indent of 0.76 cm; a factor list's bullets at 0.63 cm with their text at 1.27 cm; "Recommendation N:" run in in bold;
  the glossary a table in the template's style, the head row filled teal with white bold text and the other rows ruled
  below in light teal, no vertical rules.

Pages of every paragraph are recorded during layout; the contents' pages come from the pass before, so the builds
repeat until they are stable. expected.json adds ``author``, ``subject``, ``pdf_title``, ``page_size``,
``toc_title``, ``bookmarks``, ``header_lines`` and ``footer_pattern``. Foxit's producer string, what its add-in copies
into the document information and the partnership's template are assumptions from memory, not compared with a PDF
that Foxit wrote."""

from __future__ import annotations

import io
from typing import Any

from . import devset_render as _r

Block = _r.Block

_CM = 72.0 / 2.54
PAGE = (595.28, 841.89)  # A4
CREATOR = "Microsoft® Word for Microsoft 365"
PRODUCER = "Foxit PDF Editor Printer Version 13.1.0.23102"
FOXIT: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": 2.54 * _CM,
    "right": PAGE[0] - 2.54 * _CM,
    "top": PAGE[1] - 2.54 * _CM,
    "bottom": 2.54 * _CM,
    "header_y": PAGE[1] - 1.25 * _CM - 9,  # the header's baseline
    "header_rule": PAGE[1] - 1.25 * _CM - 13,  # its bottom border
    "footer_y": 1.25 * _CM,
    "font": "Helvetica",
    "bold": "Helvetica-Bold",
    "italic": "Helvetica-Oblique",
    "size": 11.0,
    "leading": 15.0,
    "after": 8.0,
    "indent": 0.76 * _CM,  # the list's hanging indent
    "bullet_at": 0.63 * _CM,
    "bullet_indent": 1.27 * _CM,
    "bullet": "\u2022",
    "head_size": 9.0,
    "grey": (0.45, 0.45, 0.45),
    "teal": (0.0, 0.42, 0.45),
    "dark": (0.0, 0.27, 0.3),
    "pale": (0.6, 0.8, 0.81),
    "h1_size": 15.0,
    "h2_size": 12.0,
    "title_size": 22.0,
    "toc_title": "Contents",
    "toc_size": 11.0,
    "toc_indent": 0.39 * _CM,
    "rule_gap": 4.0,  # the heading's bottom border, below its baseline
}


def footer(page: int | str) -> str:
    """The footer: Word's "Accent Bar 2" number, a PAGE field, a bar and the word "Page"."""
    return f"{page} | Page"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one single-numbered review as Foxit's Word add-in prints its DOCX to PDF; return the bytes and its
    expected.json entry."""
    from reportlab.lib.colors import Color, black, white
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import BaseDocTemplate, Flowable, PageBreak, PageTemplate, Table, TableStyle

    from . import devset_common_pdf as _c
    from . import devset_pdf as _pdf
    from .devset_flow import KeyedParagraph, NoteRecording

    if report["numbering"] != "single":
        raise ValueError("the foxit layout renders single numbering")
    o = FOXIT
    font, size, leading = o["font"], o["size"], o["leading"]
    width = o["right"] - o["left"]
    teal, dark, grey, pale = Color(*o["teal"]), Color(*o["dark"]), Color(*o["grey"]), Color(*o["pale"])
    header_text = report["running_title"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_LEFT, spaceAfter=o["after"],
                    textColor=black, embeddedHyphenation=0, uriWasteReduce=0, allowOrphans=0, allowWidows=0,
                    bulletFontName=font, bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "publisher": st("publisher", fontName=o["bold"], fontSize=12, leading=15, spaceAfter=70, textColor=teal),
        "title": st("title", fontName=o["bold"], fontSize=o["title_size"], leading=27, spaceAfter=14,
                    textColor=dark),
        "label": st("label", fontName=o["italic"], spaceAfter=8),
        "line": st("line", spaceAfter=8),
        "toc": st("toc", fontName=o["bold"], fontSize=o["h1_size"], leading=19, spaceAfter=12, textColor=teal),
        "h1": st("h1", fontName=o["bold"], fontSize=o["h1_size"], leading=19, spaceAfter=12, textColor=teal,
                 keepWithNext=1),
        "h2": st("h2", fontName=o["bold"], fontSize=o["h2_size"], leading=15, spaceBefore=6, spaceAfter=6,
                 textColor=teal, keepWithNext=1),
        "body": st("body"),
        "num": st("num", leftIndent=o["indent"]),
        "bullet": st("bullet", leftIndent=o["bullet_indent"], bulletIndent=o["bullet_at"], spaceAfter=4,
                     bulletFontName=_pdf._bullet_font()),
        "head": st("head", fontName=o["bold"], spaceAfter=0, textColor=white),
        "cell": st("cell", spaceAfter=0),
    }

    class RuledHeading(KeyedParagraph):
        """Heading 1: its bottom border, a teal rule across the column under the text."""

        def draw(self) -> None:
            super().draw()
            c = self.canv
            c.saveState()
            c.setStrokeColor(teal)
            c.setLineWidth(1.0)
            c.line(0, -o["rule_gap"], self.width, -o["rule_gap"])
            c.restoreState()

    class TitleRule(Flowable):
        """The title page's teal rule under the title."""

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.avail = availWidth
            return availWidth, 22

        def draw(self) -> None:
            self.canv.setStrokeColor(teal)
            self.canv.setLineWidth(2.0)
            self.canv.line(0, 14, self.avail, 14)

    para = _c.text_paras(styles)

    class TocLine(Flowable):
        """A TOC 1 (bold) or TOC 2 (indented) line: the heading, a right tab stop at the margin with dot leaders, the
        page number; a link to the heading's bookmark."""

        def __init__(self, text: str, page: str, key: str, level: int) -> None:
            super().__init__()
            self.text, self.page, self.key, self.level = text, page, key, level
            self.indent = 0.0 if level == 1 else o["toc_indent"]
            self.face = o["bold"] if level == 1 else font

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.avail = availWidth
            room = availWidth - self.indent - stringWidth(f"{self.text} ", self.face, o["toc_size"]) - stringWidth(
                f"  {self.page}", font, o["toc_size"])
            self.dots = "." * max(3, int(room / stringWidth(".", font, o["toc_size"])) - 1)
            self.drawn = f"{self.text} {self.dots} {self.page}"
            return availWidth, 17

        def draw(self) -> None:
            c = self.canv
            c.setFillColor(black)
            c.setFont(self.face, o["toc_size"])
            c.drawString(self.indent, 4, self.text)
            c.setFont(font, o["toc_size"])
            c.drawString(self.indent + stringWidth(f"{self.text} ", self.face, o["toc_size"]), 4, self.dots)
            c.drawRightString(self.avail, 4, self.page)
            c.linkRect("", self.key, (self.indent, 0, self.avail, 17), relative=1, thickness=0)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO) -> None:
            super().__init__(buf, pagesize=PAGE, invariant=1, title=report["title"], author=output["author"],
                             creator=CREATOR, producer=PRODUCER, subject=output["subject"], keywords="")
            body = _c.frame(o["left"], o["bottom"], width, o["top"] - o["bottom"], "body")
            self.addPageTemplates([PageTemplate("page", [body], onPage=self.furnish)])
            self.start_recording(_c.report_words(blocks))
            self.marks_made: list[tuple[int, str]] = []

        def afterFlowable(self, flowable: Any) -> None:
            super().afterFlowable(flowable)
            key = getattr(flowable, "devset_key", None)
            if key in heads:  # Word's heading: a bookmark in the outline and the contents' link's destination
                text, level = heads[key]
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=level - 1, closed=False)
                self.marks_made.append((level - 1, text))

        def furnish(self, canv: Any, doc: Any) -> None:
            """The primary header and footer, on every page but the first."""
            if doc.page == 1:
                return
            canv.saveState()
            canv.setFillColor(grey)
            canv.setFont(font, o["head_size"])
            canv.drawString(o["left"], o["header_y"], header_text)
            canv.setStrokeColor(grey)
            canv.setLineWidth(0.5)
            canv.line(o["left"], o["header_rule"], o["right"], o["header_rule"])
            number = str(doc.page)
            canv.setFillColor(black)
            canv.setFont(o["bold"], o["head_size"])
            tail = " | Page"
            canv.drawRightString(o["right"] - stringWidth(tail, font, o["head_size"]), o["footer_y"], number)
            canv.setFillColor(grey)
            canv.setFont(font, o["head_size"])
            canv.drawRightString(o["right"], o["footer_y"], tail)
            canv.restoreState()

    lines: list[Any] = []
    heads: dict[str, tuple[str, int]] = {}

    def story(pages: dict[str, int]) -> list[Any]:
        cover = _r.title_lines(report)
        flow: list[Any] = [para(report["publisher"].replace(" (fictional)", ""), "publisher", None, hyphens=False),
                           para(report["title"], "title", None, hyphens=False), TitleRule(),
                           para(cover[0], "label", None), *(para(t, "line", None) for t in cover[1:]), PageBreak(),
                           para(o["toc_title"], "toc", None)]
        lines.clear()
        heads.clear()
        body: list[Any] = []
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                lines.append(TocLine(b.text, str(pages.get(f"H{idx}", 0)), f"H{idx}", b.level))
                heads[f"H{idx}"] = (b.text, b.level)
                if b.level == 1:
                    if not body:  # the section break after the contents
                        body.append(PageBreak())
                    body.append(para(b.text, "h1", f"H{idx}", hyphens=False, cls=RuledHeading))
                else:
                    body.append(para(b.text, "h2", f"H{idx}", hyphens=False))
            elif b.kind == "unnumbered":
                body.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[para("Term", "head", None), para("Meaning", "head", None)]]
                cells += [[para(t, "cell", None), para(m, "cell", None)] for t, m in b.rows]
                table = Table(cells, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), teal),
                                           ("LINEBELOW", (0, 1), (-1, -1), 0.5, pale),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 5.4),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 5.4),
                                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                body.append(table)
            elif b.kind in ("para", "factor"):
                body.append(para(b.text, "num", b.key, bullet=f"{b.label}."))
                for t in b.bullets:
                    body.append(para(t, "bullet", b.key, bullet=o["bullet"]))
            else:
                body.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return [*flow, *lines, *body]

    def one_pass(pages: dict[str, int], total: int) -> Any:
        doc = Doc(io.BytesIO())
        doc.build(story(pages))
        return doc

    doc = _r.settled(one_pass, head=lambda key: key in heads)
    result = _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[header_text, footer("N")],
        contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        author=output["author"], subject=output["subject"], toc_title=o["toc_title"], pdf_title=report["title"],
        page_size=list(PAGE), bookmarks=[list(m) for m in doc.marks_made], header_lines=[header_text],
        footer_pattern=footer("N"))
    return doc.filename.getvalue(), result
