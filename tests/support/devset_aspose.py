"""PDF writer for the fictional development set (reportlab), layout ``aspose``: a review that a partnership writes in
Word and publishes as a PDF made on its document server by ASPOSE.WORDS (the .NET library that many document
management and intranet systems call to turn a DOCX into a PDF without Word), as Aspose lays out a Word document with
its default PDF options:

    doc = new Document("kerensa-cspr.docx"); doc.Save("kerensa-cspr.pdf", SaveFormat.Pdf);

* the document information as Aspose writes it: creator "Aspose Ltd.", producer "Aspose.Words for .NET 23.10.0", the
  title, author and subject taken from the DOCX's own properties; A4; NO OUTLINE, because the default save options
  export no bookmarks for headings, although the contents' entries are LINKS to the headings (Word's ``_Toc``
  bookmarks exported as destinations);
* page 1 the title page, a "different first page" with no header or footer: the title in 24 pt in Word's blue, the
  fiction label in italic and the other title-page lines;
* page 2 the CONTENTS as Word's TOC field left it: "Contents" in the heading style, one line for each chapter (the
  field's switch ``\\o "1-1"``), the heading, a right tab stop at the margin with DOT LEADERS and the page number;
* on every later page the header, the running title at the RIGHT in grey 9 pt with no rule, and the footer "Page 3"
  centred in 9 pt;
* the body from page 3, in Arial (Helvetica here) 10.5 pt on 14 pt lines, JUSTIFIED, 8 pt after paragraphs,
  hyphenated at the soft hyphens Word's automatic hyphenation allows, Word's widow and orphan control on; chapters
  (Heading 1, 16 pt, Word's blue, NOT BOLD) and sections (Heading 2, 13 pt blue) running on, each kept with the
  next paragraph; numbering ``single`` from WORD'S AUTOMATIC LIST, "12." at the margin and the text at a hanging
  indent of 0.75 cm; a factor list's bullets at 0.75 cm with the text at 1.5 cm; "Recommendation N:" run in in bold;
  the glossary a "Table Grid" table, every cell ruled in black, its head row in bold with no shading.

Pages of every paragraph are recorded during layout; the contents' pages come from the pass before, so the builds
repeat until they are stable. expected.json adds ``author``, ``subject``, ``pdf_title``, ``page_size``,
``toc_title``, ``header_lines`` and ``footer_pattern``. Aspose's creator and producer strings and the look of its
default output are assumptions from memory, not compared with a PDF that Aspose.Words wrote."""

from __future__ import annotations

import io
from typing import Any

from . import devset_render as _r

Block = _r.Block

_CM = 72.0 / 2.54
PAGE = (595.28, 841.89)  # A4
CREATOR = "Aspose Ltd."
PRODUCER = "Aspose.Words for .NET 23.10.0"
ASPOSE: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": 2.54 * _CM,
    "right": PAGE[0] - 2.54 * _CM,
    "top": PAGE[1] - 2.54 * _CM,
    "bottom": 2.54 * _CM,
    "header_y": PAGE[1] - 1.25 * _CM - 9,  # the header's baseline
    "footer_y": 1.25 * _CM,
    "font": "Helvetica",
    "bold": "Helvetica-Bold",
    "italic": "Helvetica-Oblique",
    "size": 10.5,
    "leading": 14.0,
    "after": 8.0,
    "indent": 0.75 * _CM,  # the list's hanging indent
    "bullet_at": 0.75 * _CM,
    "bullet_indent": 1.5 * _CM,
    "bullet": "\u2022",
    "head_size": 9.0,
    "grey": (0.35, 0.35, 0.35),
    "blue": (0.18, 0.33, 0.59),  # Word's heading blue
    "h1_size": 16.0,
    "h2_size": 13.0,
    "title_size": 24.0,
    "toc_title": "Contents",
    "toc_size": 11.0,
}


def footer(page: int | str) -> str:
    """The footer: "Page " and a PAGE field."""
    return f"Page {page}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one single-numbered review as Aspose.Words saves its DOCX to PDF; return the bytes and its expected.json
    entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import BaseDocTemplate, Flowable, PageBreak, PageTemplate, Spacer, Table, TableStyle

    from . import devset_common_pdf as _c
    from . import devset_pdf as _pdf
    from .devset_flow import NoteRecording

    if report["numbering"] != "single":
        raise ValueError("the aspose layout renders single numbering")
    o = ASPOSE
    font, size, leading = o["font"], o["size"], o["leading"]
    width = o["right"] - o["left"]
    blue, grey = Color(*o["blue"]), Color(*o["grey"])
    header_text = report["running_title"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_JUSTIFY, spaceAfter=o["after"],
                    textColor=black, embeddedHyphenation=0, uriWasteReduce=0, allowOrphans=0, allowWidows=0,
                    bulletFontName=font, bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontSize=o["title_size"], leading=29, spaceAfter=20, textColor=blue, alignment=TA_LEFT),
        "label": st("label", fontName=o["italic"], spaceAfter=8, alignment=TA_LEFT),
        "line": st("line", spaceAfter=8, alignment=TA_LEFT),
        "toc": st("toc", fontSize=o["h1_size"], leading=20, spaceAfter=12, textColor=blue, alignment=TA_LEFT),
        "h1": st("h1", fontSize=o["h1_size"], leading=20, spaceBefore=0, spaceAfter=10, textColor=blue,
                 alignment=TA_LEFT, keepWithNext=1),
        "h2": st("h2", fontSize=o["h2_size"], leading=17, spaceBefore=6, spaceAfter=6, textColor=blue,
                 alignment=TA_LEFT, keepWithNext=1),
        "body": st("body"),
        "num": st("num", leftIndent=o["indent"]),
        "bullet": st("bullet", leftIndent=o["bullet_indent"], bulletIndent=o["bullet_at"], spaceAfter=4,
                     bulletFontName=_pdf._bullet_font()),
        "head": st("head", fontName=o["bold"], spaceAfter=0, alignment=TA_LEFT),
        "cell": st("cell", spaceAfter=0, alignment=TA_LEFT),
    }
    para = _c.text_paras(styles)

    class TocLine(Flowable):
        """A TOC 1 line: the heading, a right tab stop at the margin with dot leaders, the page number; a link to the
        heading's bookmark."""

        def __init__(self, text: str, page: str, key: str) -> None:
            super().__init__()
            self.text, self.page, self.key = text, page, key

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.avail = availWidth
            room = availWidth - stringWidth(f"{self.text}  {self.page}", font, o["toc_size"])
            self.dots = "." * max(3, int(room / stringWidth(".", font, o["toc_size"])) - 2)
            self.drawn = f"{self.text} {self.dots} {self.page}"
            return availWidth, 18

        def draw(self) -> None:
            c = self.canv
            c.setFillColor(black)
            c.setFont(font, o["toc_size"])
            c.drawString(0, 5, f"{self.text} {self.dots}")  # the tab's leader runs on from the text
            c.drawRightString(self.avail, 5, self.page)
            c.linkRect("", self.key, (0, 0, self.avail, 18), relative=1, thickness=0)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO) -> None:
            super().__init__(buf, pagesize=PAGE, invariant=1, title=report["title"], author=output["author"],
                             creator=CREATOR, producer=PRODUCER, subject=output["subject"], keywords="")
            body = _c.frame(o["left"], o["bottom"], width, o["top"] - o["bottom"], "body")
            self.addPageTemplates([PageTemplate("page", [body], onPage=self.furnish)])
            self.start_recording(_c.report_words(blocks))

        def afterFlowable(self, flowable: Any) -> None:
            super().afterFlowable(flowable)
            key = getattr(flowable, "devset_key", None)
            if key in heads:  # Word's _Toc bookmark: a destination for the contents' link, no outline entry
                self.canv.bookmarkPage(key)

        def furnish(self, canv: Any, doc: Any) -> None:
            """The primary header and footer, on every page but the first."""
            if doc.page == 1:
                return
            canv.saveState()
            canv.setFillColor(grey)
            canv.setFont(font, o["head_size"])
            canv.drawRightString(o["right"], o["header_y"], header_text)
            canv.setFillColor(black)
            canv.drawCentredString(PAGE[0] / 2, o["footer_y"], footer(doc.page))
            canv.restoreState()

    lines: list[Any] = []
    heads: dict[str, str] = {}

    def story(pages: dict[str, int]) -> list[Any]:
        cover = _r.title_lines(report)
        flow: list[Any] = [Spacer(1, 90), para(report["title"], "title", None, hyphens=False),
                           para(cover[0], "label", None), *(para(t, "line", None) for t in cover[1:]), PageBreak(),
                           para(o["toc_title"], "toc", None)]
        lines.clear()
        heads.clear()
        body: list[Any] = []
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if b.level == 1:
                    lines.append(TocLine(b.text, str(pages.get(f"H{idx}", 0)), f"H{idx}"))
                    if not body:  # the section break after the contents
                        body.append(PageBreak())
                heads[f"H{idx}"] = b.text
                body.append(para(b.text, "h1" if b.level == 1 else "h2", f"H{idx}", hyphens=False))
            elif b.kind == "unnumbered":
                body.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[para("Term", "head", None), para("Meaning", "head", None)]]
                cells += [[para(a, "cell", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, black),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 5.4),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 5.4),
                                           ("TOPPADDING", (0, 0), (-1, -1), 2),
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
        page_size=list(PAGE), header_lines=[header_text], footer_pattern=footer("N"))
    return doc.filename.getvalue(), result
