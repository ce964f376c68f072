"""PDF writer for the fictional development set (reportlab), layout ``migradoc``: a review that a board's business unit
builds as a PDF from its own .NET document tool with MIGRADOC and PDFSHARP (the open-source .NET libraries that many
in-house reporting tools use to write PDF), as MigraDoc's renderer lays out a document of sections, styled paragraphs,
tab stops and a table:

* the document information as PDFsharp writes it: creator MigraDoc's name, version and address, producer PDFsharp's
  (:data:`CREATOR`, :data:`PRODUCER`), the title the review's and the author the business unit; A4 (595.28 by
  841.89 points); BOOKMARKS made from the headings' outline levels (Heading1 at the top level, Heading2 under it);
* ONE SECTION whose page setup has ``DifferentFirstPageHeaderFooter``: the first page (the cover) has NO HEADER OR
  FOOTER; every later page has the primary header, the running title in italic 9 pt at the left over a paragraph
  border (a line across the text width), and the primary footer, "Page 3 of 12" (a page field and a page-count field)
  CENTRED in 9 pt;
* MigraDoc's default margins of 2.5 cm all round, the header 1.25 cm from the top edge; the Normal style set to Times
  New Roman 12 pt (Times here), single spacing (13.8 pt lines), JUSTIFIED, 6 pt after each paragraph; MigraDoc
  does not hyphenate by itself, but the tool puts SOFT HYPHENS into the text with a hyphenation library and MigraDoc
  breaks a line at one when it must (``hyphenated_words``);
* page 1 the cover: the title in bold 22 pt, the fiction label in italic and the other title-page lines; page 2 the
  CONTENTS the tool builds from the headings, "Contents" in bold 16 pt, chapters in bold and sections indented 1 cm,
  each with a tab stop at the right margin with DOT LEADERS to a page-reference field;
* the review from page 3, chapters RUNNING ON with 18 pt before them: numbered "4 Findings" in bold 14 pt, sections
  "4.2 The support plan" in bold italic 12 pt, both black, each kept with the paragraph after it;
* numbering ``three-level`` TYPED by the tool: "4.2.3", a TAB, and the text at a HANGING INDENT of 1.5 cm (the
  paragraph's left indent, its first line pulled back to the margin); a factor list's bullets MigraDoc's
  BulletList1, the bullet (code 0xB7) from the SYMBOL font at 1.5 cm and the text at 2.1 cm; "Recommendation N:" in
  bold at the margin; the glossary a table with a shaded head row, a line under every row and none down
  (``Borders.Bottom`` only).

Pages of every paragraph are recorded during layout; the contents' pages and the footer's page count come from the
pass before, so the builds repeat until they are stable. expected.json adds ``author``, ``toc_title``,
``pdf_title``, ``page_size``, ``bookmarks``, ``header_lines`` and ``footer_pattern``. MigraDoc's and PDFsharp's
versions and strings, their default margins and styles and the look of the bullets and the table are assumptions
from memory, not compared with a PDF that MigraDoc wrote."""

from __future__ import annotations

import io
from typing import Any

from . import devset_render as _r

Block = _r.Block

_CM = 72.0 / 2.54
PAGE = (595.28, 841.89)  # A4
CREATOR = "MigraDoc 6.1.1 (https://docs.pdfsharp.net/)"
PRODUCER = "PDFsharp 6.1.1 (https://docs.pdfsharp.net/)"
MIGRADOC: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": 2.5 * _CM,
    "right": PAGE[0] - 2.5 * _CM,
    "top": PAGE[1] - 2.5 * _CM,
    "bottom": 2.5 * _CM,
    "header_y": PAGE[1] - 1.25 * _CM,  # the header's baseline distance from the top edge
    "footer_y": 1.25 * _CM,
    "font": "Times-Roman",
    "bold": "Times-Bold",
    "italic": "Times-Italic",
    "bold_italic": "Times-BoldItalic",
    "size": 12.0,
    "leading": 13.8,  # single spacing for Times New Roman at 12 pt
    "after": 6.0,
    "indent": 1.5 * _CM,  # the hanging indent of a numbered paragraph
    "bullet_at": 1.5 * _CM,  # BulletList1's bullet
    "bullet_indent": 2.1 * _CM,  # and its text
    "bullet": "\u2022",  # the Symbol font's bullet (code 0xB7), as MigraDoc writes it
    "toc_indent": 1 * _CM,
    "toc_size": 11.0,
    "header_size": 9.0,
    "footer_size": 9.0,
    "fill": (0.85, 0.85, 0.85),  # the glossary's head row
    "h1_size": 14.0,
    "h2_size": 12.0,
    "h1_before": 18.0,
    "h2_before": 9.0,
    "title_size": 22.0,
    "toc_title": "Contents",
    "toc_title_size": 16.0,
}


def footer(page: int | str, total: int) -> str:
    """The primary footer's text: a page field and a page-count field."""
    return f"Page {page} of {total}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one three-level-numbered review as MigraDoc renders it; return the bytes and its expected.json
    entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import BaseDocTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

    from . import devset_common_pdf as _c
    from .devset_flow import NoteRecording

    if report["numbering"] != "three-level":
        raise ValueError("the migradoc layout renders three-level numbering")
    o = MIGRADOC
    font, size, leading = o["font"], o["size"], o["leading"]
    width = o["right"] - o["left"]
    header_text = report["running_title"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_JUSTIFY, spaceAfter=o["after"],
                    textColor=black, embeddedHyphenation=0, uriWasteReduce=0, allowOrphans=0, allowWidows=0,
                    bulletFontName=font, bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName=o["bold"], fontSize=o["title_size"], leading=27, spaceAfter=18,
                    alignment=TA_LEFT),
        "label": st("label", fontName=o["italic"], spaceAfter=8, alignment=TA_LEFT),
        "line": st("line", spaceAfter=8, alignment=TA_LEFT),
        "toc": st("toc", fontName=o["bold"], fontSize=o["toc_title_size"], leading=20, spaceAfter=12,
                  alignment=TA_LEFT),
        "h1": st("h1", fontName=o["bold"], fontSize=o["h1_size"], leading=17, spaceBefore=o["h1_before"],
                 spaceAfter=9, alignment=TA_LEFT, keepWithNext=1),
        "h2": st("h2", fontName=o["bold_italic"], fontSize=o["h2_size"], leading=15, spaceBefore=o["h2_before"],
                 spaceAfter=4, alignment=TA_LEFT, keepWithNext=1),
        "body": st("body"),
        "numbered": st("numbered", leftIndent=o["indent"]),
        "bullet": st("bullet", leftIndent=o["bullet_indent"], spaceAfter=3),
        "head": st("head", fontName=o["bold"], spaceAfter=0, alignment=TA_LEFT),
        "cell": st("cell", spaceAfter=0, alignment=TA_LEFT),
    }

    class Hanging(_c.KeyedParagraph):
        """A numbered paragraph: the typed number at the margin, a tab, the text at the hanging indent."""

        def draw(self) -> None:
            label = getattr(self, "devset_number", "")
            if label and not getattr(self, "devset_rest", False):
                self.canv.setFont(font, size)
                self.canv.setFillColor(black)
                self.canv.drawString(0, self.height - size, label)
            super().draw()

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for i, p in enumerate(parts):
                p.devset_number, p.devset_rest = getattr(self, "devset_number", ""), i > 0
            return parts

    class Bulleted(_c.KeyedParagraph):
        """A BulletList1 item: the Symbol font's bullet at 1.5 cm, the text at 2.1 cm."""

        def draw(self) -> None:
            if not getattr(self, "devset_rest", False):
                self.canv.setFont("Symbol", size)
                self.canv.setFillColor(black)
                self.canv.drawString(o["bullet_at"], self.height - size, o["bullet"])
            super().draw()

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for i, p in enumerate(parts):
                p.devset_rest = i > 0
            return parts

    para = _c.text_paras(styles)
    heads: dict[str, tuple[str, int]] = {}

    class TocLine(_c.ContentsEntry):
        """A contents line: the heading, a right tab stop at the margin with dot leaders, the page reference."""

        def __init__(self, text: str, page: str, indent: float, face: str) -> None:
            super().__init__(text, page)
            self.indent, self.face = indent, face

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.avail = availWidth
            room = availWidth - self.indent - stringWidth(f"{self.text}  {self.page}", self.face, o["toc_size"])
            self.dots = "." * max(3, int(room / stringWidth(".", font, o["toc_size"])) - 2)
            self.drawn = f"{self.text} {self.dots} {self.page}"
            return availWidth, 17

        def draw(self) -> None:
            self.canv.setFont(self.face, o["toc_size"])
            self.canv.drawString(self.indent, 4, self.text)
            x = self.indent + stringWidth(self.text, self.face, o["toc_size"]) + 4  # the tab's leader
            self.canv.setFont(font, o["toc_size"])
            self.canv.drawString(x, 4, self.dots)
            self.canv.setFont(self.face, o["toc_size"])
            self.canv.drawRightString(self.avail, 4, self.page)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO, total: int) -> None:
            super().__init__(buf, pagesize=PAGE, invariant=1, title=report["title"], author=output["author"],
                             creator=CREATOR, producer=PRODUCER, subject="", keywords="")
            self.total = total
            body = _c.frame(o["left"], o["bottom"], width, o["top"] - o["bottom"], "body")
            self.addPageTemplates([PageTemplate("page", [body], onPage=self.furnish)])
            self.start_recording(_c.report_words(blocks))
            self.marks_made: list[tuple[int, str]] = []

        def afterFlowable(self, flowable: Any) -> None:
            super().afterFlowable(flowable)
            key = getattr(flowable, "devset_key", None)
            if key in heads:  # the heading's outline level makes its bookmark
                text, level = heads[key]
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=level - 1, closed=False)
                self.marks_made.append((level, text))

        def furnish(self, canv: Any, doc: Any) -> None:
            """The primary header and footer, on every page but the first."""
            if doc.page == 1:
                return
            canv.saveState()
            canv.setFillColor(black)
            canv.setFont(o["italic"], o["header_size"])
            canv.drawString(o["left"], o["header_y"] - o["header_size"], header_text)
            canv.setStrokeColor(black)
            canv.setLineWidth(0.5)
            canv.line(o["left"], o["header_y"] - o["header_size"] - 4, o["right"], o["header_y"] - o["header_size"] - 4)
            canv.setFont(font, o["footer_size"])
            canv.drawCentredString(PAGE[0] / 2, o["footer_y"], footer(doc.page, self.total))
            canv.restoreState()

    lines: list[Any] = []

    def story(pages: dict[str, int]) -> list[Any]:
        cover = _r.title_lines(report)
        flow: list[Any] = [Spacer(1, 60), para(report["title"], "title", None, hyphens=False),
                           para(cover[0], "label", None), *(para(t, "line", None) for t in cover[1:]), PageBreak(),
                           para(o["toc_title"], "toc", "Htoc")]
        lines.clear()
        heads.clear()
        body: list[Any] = [PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                chapter = b.level == 1
                lines.append(TocLine(b.text, str(pages.get(f"H{idx}", 0)), 0 if chapter else o["toc_indent"],
                                     o["bold"] if chapter else font))
                heads[f"H{idx}"] = (b.text, b.level)
                body.append(para(b.text, "h1" if chapter else "h2", f"H{idx}", hyphens=False))
            elif b.kind == "unnumbered":
                body.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[para("Term", "head", None), para("Meaning", "head", None)]]
                cells += [[para(a, "head", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[0.32 * width, 0.68 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, black),
                                           ("BACKGROUND", (0, 0), (-1, 0), Color(*o["fill"])),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 3.4),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 3.4),
                                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
                body.append(table)
            elif b.kind in ("para", "factor"):
                p = para(b.text, "numbered", b.key, cls=Hanging)
                p.devset_number = b.label
                body.append(p)
                for t in b.bullets:
                    body.append(para(t, "bullet", b.key, cls=Bulleted))
            else:
                body.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return [*flow, *lines, *body]

    def one_pass(pages: dict[str, int], total: int) -> Any:
        doc = Doc(io.BytesIO(), total)
        doc.build(story(pages))
        return doc

    doc = _r.settled(one_pass, counted=True)
    result = _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[header_text, footer("N", doc.last_page)],
        contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        author=output["author"], toc_title=o["toc_title"], pdf_title=report["title"], page_size=list(PAGE),
        bookmarks=[list(m) for m in doc.marks_made], header_lines=[header_text],
        footer_pattern=footer("N", doc.last_page))
    return doc.filename.getvalue(), result
