"""PDF writer for the fictional development set (reportlab), layout ``tcpdf``: a review published on a board's website
and offered as a PDF that the site makes from the page's HTML with TCPDF (the PHP library many content management
systems and their "download as PDF" modules use), as TCPDF with its default header and footer writes it:

* the document information as TCPDF writes it: creator "TCPDF" (the library's ``PDF_CREATOR``, which the site's code
  passes on), producer TCPDF's name, version and address (:data:`CREATOR`, :data:`PRODUCER`), the title the page's own
  and the author the board's name; A4 (595.28 by 841.89 points); BOOKMARKS for the chapters and their subsections (the
  site calls ``Bookmark()`` for each heading so that ``addTOC()`` can build the contents);
* TCPDF's DEFAULT HEADER ON EVERY PAGE, THE FIRST INCLUDED: the board's logo at the left (a dark blue block here), the
  header title (the site's name) in bold 11 pt and the header string (the running title) in 10 pt under it, both at
  the right of the logo, and a line across the page under them in the site's dark blue; the DEFAULT FOOTER: a line
  across the page and the page number "3 / 12" (``getAliasNumPage() / getAliasNbPages()``) at the right in 8 pt;
* TCPDF's default margins, 15 mm at the sides, 27 mm at the top and 25 mm at the bottom; the page's HTML written with
  ``writeHTML()`` in Helvetica 10 pt on TCPDF's cell height ratio of 1.25 (12.5 pt lines), RANGED LEFT (TCPDF's
  default alignment) and hyphenated (the site runs the text through ``hyphenateText()`` with English patterns: soft
  hyphens here, ``hyphenated_words``), half a line after each paragraph;
* page 1 the page's title, the fiction label in italic and the other title-page lines; page 2 the CONTENTS that
  ``addTOC()`` moves there, headed "Contents" in bold 14 pt: chapters in bold and subsections in normal weight
  indented, each with a DOT LEADER to its page number set flush right; the review from page 3, chapters running on;
* headings as TCPDF sizes ``<h2>`` and ``<h3>`` (15 and 11.7 pt, bold) in the site's dark blue from its stylesheet;
* each numbered paragraph an item of an ``<ol start="12">``: the number "12." set in the list's indent, RIGHT-ALIGNED
  against the text, and the text at the indent of 7.5 mm on every line; a factor list's bullets a nested ``<ul>``
  whose DISCS TCPDF DRAWS AS FILLED CIRCLES (no bullet character in the text) at the next indent; "Recommendation N:"
  in ``<strong>`` at the start of a ``<p>``; the glossary an HTML table with ``border="1"`` and ``cellpadding="4"``,
  every cell ruled, the head row in bold on a pale grey fill.

Pages of every paragraph are recorded during layout; the contents' pages and the footer's page count come from the
pass before, so the builds repeat until they are stable. expected.json adds ``author``, ``toc_title``, ``pdf_title``,
``page_size``, ``bookmarks`` and ``header_lines``. TCPDF's version, the look of its default header, footer, list
discs and contents, the heading sizes and the site's settings are assumptions from memory, not compared with a PDF
that TCPDF wrote."""

from __future__ import annotations

import io
from typing import Any

from . import devset_render as _r

Block = _r.Block

_MM = 72.0 / 25.4
PAGE = (595.28, 841.89)  # A4
CREATOR = "TCPDF"
PRODUCER = "TCPDF 6.6.5 (http://www.tcpdf.org)"
TCPDF: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": 15 * _MM,
    "right": PAGE[0] - 15 * _MM,
    "top": PAGE[1] - 27 * _MM,
    "bottom": 25 * _MM,
    "header_top": PAGE[1] - 5 * _MM,  # the header margin
    "logo": (30 * _MM, 9 * _MM),  # the logo's width and height
    "header_x": 15 * _MM + 33 * _MM,  # the logo's width and a tenth more
    "header_rule": PAGE[1] - 16 * _MM,
    "footer_rule": 15 * _MM,  # the footer's line, the page number under it
    "font": "Helvetica",
    "bold": "Helvetica-Bold",
    "italic": "Helvetica-Oblique",
    "size": 10.0,
    "leading": 12.5,  # TCPDF's cell height ratio, 1.25
    "after": 6.25,
    "indent": 7.5 * _MM,  # an <ol>'s item text
    "number_gap": 5.0,  # between a right-aligned number and its text
    "bullet_indent": 15 * _MM,  # a nested <ul>'s item text
    "disc": 1.4,  # the radius of a drawn disc
    "toc_indent": 5 * _MM,
    "toc_size": 10.0,
    "title_size": 11.0,  # the header's title, one point over the header font
    "string_size": 10.0,
    "footer_size": 8.0,
    "blue": (0.0, 64 / 255, 128 / 255),
    "fill": (0.9, 0.9, 0.9),  # the glossary's head row
    "h1_size": 15.0,  # <h2>
    "h2_size": 11.7,  # <h3>
    "page_title_size": 20.0,  # <h1> on page 1
    "toc_title": "Contents",
    "toc_title_size": 14.0,
}


def footer(page: int, total: int) -> str:
    """TCPDF's default footer text: the page number, a slash and the page count."""
    return f"{page} / {total}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one single-numbered review as TCPDF writes the site's page to PDF; return the bytes and its
    expected.json entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import BaseDocTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

    from . import devset_common_pdf as _c
    from .devset_flow import NoteRecording

    if report["numbering"] != "single":
        raise ValueError("the tcpdf layout renders single numbering")
    o = TCPDF
    font, size, leading = o["font"], o["size"], o["leading"]
    width = o["right"] - o["left"]
    blue = Color(*o["blue"])
    header_title, header_string = output["site_name"], report["running_title"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_LEFT, spaceAfter=o["after"],
                    textColor=black, embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=0, allowWidows=0,
                    bulletFontName=font, bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName=o["bold"], fontSize=o["page_title_size"], leading=25, spaceAfter=14),
        "label": st("label", fontName=o["italic"], spaceAfter=8),
        "line": st("line", spaceAfter=8),
        "toc": st("toc", fontName=o["bold"], fontSize=o["toc_title_size"], leading=18, spaceAfter=10),
        "h1": st("h1", fontName=o["bold"], fontSize=o["h1_size"], leading=19, spaceBefore=8, spaceAfter=6,
                 textColor=blue, keepWithNext=1),
        "h2": st("h2", fontName=o["bold"], fontSize=o["h2_size"], leading=15, spaceBefore=4, spaceAfter=4,
                 textColor=blue, keepWithNext=1),
        "body": st("body"),
        "numbered": st("numbered", leftIndent=o["indent"]),
        "bullet": st("bullet", leftIndent=o["bullet_indent"], spaceAfter=2),
        "head": st("head", fontName=o["bold"], embeddedHyphenation=0, leading=12.5, spaceAfter=0),
        "cell": st("cell", embeddedHyphenation=0, leading=12.5, spaceAfter=0),
    }

    class Numbered(_c.KeyedParagraph):
        """An <ol>'s item: its number drawn in the indent, right-aligned a little before the text."""

        def draw(self) -> None:
            label = getattr(self, "devset_number", "")
            if label and not getattr(self, "devset_rest", False):  # the number first, as TCPDF writes the item
                self.canv.setFont(font, size)
                self.canv.setFillColor(black)
                self.canv.drawRightString(o["indent"] - o["number_gap"], self.height - size, label)
            super().draw()

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for i, p in enumerate(parts):
                p.devset_number, p.devset_rest = getattr(self, "devset_number", ""), i > 0
            return parts

    class Disc(_c.KeyedParagraph):
        """A <ul>'s item: TCPDF draws its disc as a filled circle before the text."""

        def draw(self) -> None:
            if not getattr(self, "devset_rest", False):
                self.canv.saveState()
                self.canv.setFillColor(black)
                r = o["disc"]
                self.canv.circle(o["bullet_indent"] - 3 * r - 1, self.height - size * 0.35 - 1, r, stroke=0,
                                 fill=1)
                self.canv.restoreState()
            super().draw()

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for i, p in enumerate(parts):
                p.devset_rest = i > 0
            return parts

    para = _c.text_paras(styles)
    heads: dict[str, tuple[str, int]] = {}

    class TocLine(_c.ContentsEntry):
        """A line of addTOC's contents: the heading (indented for a subsection), a dot leader and the page number."""

        def __init__(self, text: str, page: str, indent: float, face: str) -> None:
            super().__init__(text, page)
            self.indent, self.face = indent, face

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.avail = availWidth
            room = availWidth - self.indent - stringWidth(f"{self.text}  {self.page}", self.face, o["toc_size"])
            self.dots = "." * max(3, int(room / stringWidth(".", font, o["toc_size"])) - 2)
            self.drawn = f"{self.text} {self.dots} {self.page}"
            return availWidth, 16

        def draw(self) -> None:
            self.canv.setFont(self.face, o["toc_size"])
            self.canv.drawString(self.indent, 4, self.text)
            x = self.indent + stringWidth(self.text, self.face, o["toc_size"]) + 4  # the tab before the leader
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
            if key in heads:  # Bookmark(): a chapter, its subsections nested under it
                text, level = heads[key]
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=level - 1, closed=False)
                self.marks_made.append((level, text))

        def furnish(self, canv: Any, doc: Any) -> None:
            """TCPDF's default header and footer, on every page."""
            canv.saveState()
            lw, lh = o["logo"]
            canv.setFillColor(blue)
            canv.rect(o["left"], o["header_top"] - lh, lw, lh, stroke=0, fill=1)  # the logo image
            canv.setFillColor(black)
            canv.setFont(o["bold"], o["title_size"])
            canv.drawString(o["header_x"], o["header_top"] - o["title_size"], header_title)
            canv.setFont(font, o["string_size"])
            canv.drawString(o["header_x"], o["header_top"] - o["title_size"] - 13, header_string)
            canv.setStrokeColor(blue)
            canv.setLineWidth(0.5)
            canv.line(o["left"], o["header_rule"], o["right"], o["header_rule"])
            canv.setStrokeColor(black)
            canv.setLineWidth(0.3)
            canv.line(o["left"], o["footer_rule"], o["right"], o["footer_rule"])
            canv.setFont(font, o["footer_size"])
            canv.drawRightString(o["right"], o["footer_rule"] - 9, footer(doc.page, self.total))
            canv.restoreState()

    lines: list[Any] = []

    def story(pages: dict[str, int]) -> list[Any]:
        cover = _r.title_lines(report)
        flow: list[Any] = [Spacer(1, 20), para(report["title"], "title", None, hyphens=False),
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
                table = Table(cells, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, black),
                                           ("BACKGROUND", (0, 0), (-1, 0), Color(*o["fill"])),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                body.append(table)
            elif b.kind in ("para", "factor"):
                p = para(b.text, "numbered", b.key, cls=Numbered)
                p.devset_number = f"{b.label}."
                body.append(p)
                for t in b.bullets:
                    body.append(para(t, "bullet", b.key, cls=Disc))
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
        running_header_lines=[header_title, header_string, footer("N", doc.last_page)],  # type: ignore[arg-type]
        contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        author=output["author"], toc_title=o["toc_title"], pdf_title=report["title"], page_size=list(PAGE),
        bookmarks=[list(m) for m in doc.marks_made], header_lines=[header_title, header_string])
    return doc.filename.getvalue(), result
