"""PDF writer for the fictional development set (reportlab), layout ``distiller``: a review written in Word and
PRINTED TO THE "ADOBE PDF" PRINTER, so that Word's PostScript driver (PScript5.dll) hands the pages to ACROBAT
DISTILLER, as a council's business support team makes a PDF when Acrobat's own add-in is not used:

* the document information as the printer path writes it: creator "PScript5.dll Version 5.2.2", producer Acrobat
  Distiller (:data:`CREATOR`, :data:`PRODUCER`), the TITLE "Microsoft Word - " and the DOCUMENT'S FILE NAME (the name
  of the print job), the author the Windows user name; NO BOOKMARKS and no links (printing keeps neither the
  headings' outline nor the contents' hyperlinks); the page the driver's A4, 595.22 by 842 points;
* Word's page in the council's template: margins of 2.5 cm at the sides and 2.54 cm at the top and bottom, Arial
  (Helvetica here) at 11 pt on 14 pt, justified, 8 pt after each paragraph, automatic hyphenation on (soft hyphens
  here: ``hyphenated_words``);
* a TITLE PAGE ("different first page": no header or footer): the title in bold at 24 pt, the fiction label in
  italic and the other title-page lines under it;
* page 2 Word's TABLE OF CONTENTS, headed "Contents": chapters ("3 What happened") and, indented 0.39 cm, their
  subsections, each with a DOT LEADER to its page number set flush right; the review from page 3, chapters running
  on (no page breaks);
* the HEADER from page 2: the running title at the right in 9 pt grey; the FOOTER: Word's FILENAME AND PATH field
  at the left in 8 pt ("S:\\Adult Safeguarding\\SAR\\...\\Wenbury SAR Sheila FINAL v7.docx") and "Page N of M" at
  the right;
* Word's Heading 1 for chapters, "3 What happened", bold 14 pt in Word's dark blue; Heading 2 for subsections, bold
  12 pt in the same blue, unnumbered;
* numbering ``two-level`` from a Word multilevel LIST: the number "3.12" at the margin and the text at a hanging
  indent of 1.27 cm (every line); a factor list's bullets Word's "•" at 1.27 cm and the text at 1.9 cm;
  "Recommendation N:" in bold run in before the text; the glossary a "Table Grid" table, every cell ruled, the head
  row "Term | Meaning" in bold.

Pages of every paragraph are recorded during layout; the contents and the footer's page count come from the pass
before, so the builds repeat until they are stable. expected.json adds ``author``, ``toc_title``, ``pdf_title`` (the
information's title), ``source_path`` (the footer's field) and ``page_size``. The driver's and Distiller's version
strings and the council's Word template are assumptions, not compared with a real print of such a file."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_CM = 72.0 / 2.54
PAGE = (595.22, 842.0)  # the PostScript driver's A4, as Distiller writes its MediaBox
CREATOR = "PScript5.dll Version 5.2.2"
PRODUCER = "Acrobat Distiller 24.0 (Windows)"
DISTILLER: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": 2.5 * _CM,  # the council's template: 2.5 cm at the sides, 2.54 cm top and bottom
    "right": PAGE[0] - 2.5 * _CM,
    "top": PAGE[1] - 2.54 * _CM,
    "bottom": 2.54 * _CM,
    "header_y": PAGE[1] - 1.25 * _CM,
    "footer_y": 1.25 * _CM,
    "font": "Helvetica",
    "bold": "Helvetica-Bold",
    "italic": "Helvetica-Oblique",
    "size": 11.0,
    "leading": 14.0,
    "after": 8.0,
    "header_size": 9.0,
    "footer_size": 8.0,
    "grey": (0.35, 0.35, 0.35),
    "blue": (0.184, 0.329, 0.588),  # Word's Heading 1 and 2 colour, #2F5496
    "h1_size": 14.0,
    "h2_size": 12.0,
    "title_size": 24.0,
    "hang": 1.27 * _CM,  # the list's text indent
    "bullet_text": 1.9 * _CM,
    "toc_indent": 0.39 * _CM,  # TOC 2
    "toc_title": "Contents",
    "bullet": "\u2022",
}


def pdf_title(output: dict[str, Any]) -> str:
    """The information's title as the printer path writes it: the print job's name."""
    return f"Microsoft Word - {output['source_file']}"


def footer(output: dict[str, Any], total: int | str = "M") -> str:
    """The footer's line as extracted: the file's path, then "Page N of M"."""
    return f"{output['source_path']} Page N of {total}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one two-level review as Word prints it through the Adobe PDF printer; return the bytes and its
    expected.json entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

    from . import devset_common_pdf as _c
    from .devset_flow import NoteRecording

    if report["numbering"] != "two-level":
        raise ValueError("the distiller layout renders two-level numbering")
    o = DISTILLER
    font, size, leading = o["font"], o["size"], o["leading"]
    width = o["right"] - o["left"]
    blue = Color(*o["blue"])

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_JUSTIFY, spaceAfter=o["after"],
                    textColor=black, embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=0, allowWidows=0,
                    bulletFontName=font, bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    flush = {"alignment": TA_LEFT}  # headings, the title page and the table's cells ranged left
    styles = {
        "title": st("title", **flush, fontName=o["bold"], fontSize=o["title_size"], leading=29, spaceAfter=24),
        "label": st("label", **flush, fontName=o["italic"], fontSize=12, leading=16, spaceAfter=12),
        "line": st("line", **flush, spaceAfter=10),
        "toc": st("toc", **flush, fontName=o["bold"], fontSize=o["h1_size"], leading=18, textColor=blue, spaceAfter=12),
        "h1": st("h1", **flush, fontName=o["bold"], fontSize=o["h1_size"], leading=18, textColor=blue, spaceBefore=12,
                 spaceAfter=6, keepWithNext=1),
        "h2": st("h2", **flush, fontName=o["bold"], fontSize=o["h2_size"], leading=16, textColor=blue, spaceBefore=6,
                 spaceAfter=4, keepWithNext=1),
        "body": st("body"),
        "num": st("num", leftIndent=o["hang"]),
        "bullet": st("bullet", leftIndent=o["bullet_text"], bulletIndent=o["hang"],
                     bulletFontName=_pdf._bullet_font(), bulletFontSize=10, spaceAfter=0),
        "last": st("last", leftIndent=o["bullet_text"], bulletIndent=o["hang"], bulletFontName=_pdf._bullet_font(),
                   bulletFontSize=10),
        "head": st("head", **flush, fontName=o["bold"], spaceAfter=0, embeddedHyphenation=0),
        "term": st("term", **flush, spaceAfter=0, embeddedHyphenation=0),
        "cell": st("cell", **flush, spaceAfter=0, embeddedHyphenation=0),
    }
    para = _c.text_paras(styles)

    class TocLine(_c.ContentsEntry):
        """A line of Word's contents: the heading (``indent`` in), a dot leader and the page number flush right."""

        def __init__(self, text: str, page: str, indent: float, bold: bool) -> None:
            super().__init__(text, page)
            self.indent, self.face = indent, o["bold"] if bold else font

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            self.avail = availWidth
            room = availWidth - self.indent - stringWidth(f"{self.text}  {self.page}", self.face, size)
            self.dots = "." * max(3, int(room / stringWidth(".", font, size)) - 2)
            self.drawn = f"{self.text} {self.dots} {self.page}"
            return availWidth, 19

        def draw(self) -> None:
            self.canv.setFont(self.face, size)
            self.canv.drawString(self.indent, 5, self.text)
            x = self.indent + _stringwidth(self.text + " ", self.face, size)
            self.canv.setFont(font, size)
            self.canv.drawString(x, 5, self.dots)
            self.canv.setFont(self.face, size)
            self.canv.drawRightString(self.avail, 5, self.page)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO, total: int) -> None:
            super().__init__(buf, pagesize=PAGE, invariant=1, title=pdf_title(output), author=output["author"],
                             creator=CREATOR, producer=PRODUCER, subject="", keywords="")
            self.total = total
            body = _c.frame(o["left"], o["bottom"], width, o["top"] - o["bottom"], "body")
            self.addPageTemplates([PageTemplate("page", [body], onPage=self.furnish)])
            self.start_recording(_c.report_words(blocks))

        def furnish(self, canv: Any, doc: Any) -> None:
            """Word's header and footer, from page 2 (a different first page)."""
            if doc.page == 1:
                return
            canv.saveState()
            canv.setFillColor(Color(*o["grey"]))
            canv.setFont(font, o["header_size"])
            canv.drawRightString(o["right"], o["header_y"], report["running_title"])
            canv.setFillColor(black)
            canv.setFont(font, o["footer_size"])
            canv.drawString(o["left"], o["footer_y"], output["source_path"])
            canv.setFont(font, o["header_size"])
            canv.drawRightString(o["right"], o["footer_y"], f"Page {doc.page} of {self.total}")
            canv.restoreState()

    lines: list[Any] = []

    def story(pages: dict[str, int]) -> list[Any]:
        cover = _r.title_lines(report)
        flow: list[Any] = [Spacer(1, 160), para(report["title"], "title", None, hyphens=False),
                           para(cover[0], "label", None), *(para(t, "line", None) for t in cover[1:]), PageBreak(),
                           para(o["toc_title"], "toc", "Htoc")]
        lines.clear()
        body: list[Any] = [PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                chapter = b.level == 1
                lines.append(TocLine(b.text, str(pages.get(f"H{idx}", 0)), 0 if chapter else o["toc_indent"],
                                     chapter))
                body.append(para(b.text, "h1" if chapter else "h2", f"H{idx}", hyphens=False))
            elif b.kind == "unnumbered":
                body.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[para("Term", "head", None), para("Meaning", "head", None)]]
                cells += [[para(a, "term", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, black),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                           ("TOPPADDING", (0, 0), (-1, -1), 2),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                body.append(table)
            elif b.kind in ("para", "factor"):
                body.append(para(b.text, "num", b.key, bullet=b.label))  # the list's number at the margin
                for n, t in enumerate(b.bullets, start=1):
                    body.append(para(t, "last" if n == len(b.bullets) else "bullet", b.key, bullet=o["bullet"]))
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
        running_header_lines=[report["running_title"], footer(output, doc.last_page)],
        contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        author=output["author"], toc_title=o["toc_title"], pdf_title=pdf_title(output),
        source_path=output["source_path"], page_size=list(PAGE))
    return doc.filename.getvalue(), result


def _stringwidth(text: str, face: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, face, size)
