"""PDF writer for the fictional development set (reportlab), layout ``wkhtmltopdf``: a review that a board publishes
as a web page and offers as a PDF made from that page by WKHTMLTOPDF (the command-line tool that renders HTML with
Qt's WebKit and prints it through Qt's PDF engine, which many sites call behind a "Download as PDF" button), run
with a cover page, a generated table of contents and its own header and footer:

    wkhtmltopdf --header-left "<running title>" --header-right "<site name>" --header-font-size 8 --header-line
                --footer-right "[page]/[topage]" --footer-font-size 8 --footer-line
                cover cover.html toc --toc-header-text Contents page https://.../nerys-sar

* the document information as Qt's engine writes it: creator "wkhtmltopdf 0.12.6", producer "Qt 4.8.7", the title
  the web page's ``<title>`` ("Page title | Site name"), no author; A4; an OUTLINE of bookmarks made from the page's
  ``<h1>`` and ``<h2>`` (the chapters and their sections);
* page 1 the COVER, an HTML page of its own which, being a cover object, has NO HEADER OR FOOTER: the title in bold
  22 pt, the fiction label in italic and the other title-page lines;
* page 2 the TABLE OF CONTENTS as wkhtmltopdf's default stylesheet sets it: the title (``--toc-header-text``)
  "Contents" CENTRED in 15 pt, every chapter and section a line in Helvetica (sections indented 1 em and at 80 per
  cent of the size) with its page number FLUSH RIGHT (a floated span) and a light blue DASHED LINE under the entry
  (the entry's ``<div>`` border), no dot leaders; each entry a LINK to its heading;
* on every page after the cover: the header's two parts (the running title at the left, the site's name at the right)
  in 8 pt over a line (``--header-line``), and the footer's "3/12" at the right in 8 pt under a line
  (``--footer-line``);
* the page from page 3: the site's print stylesheet, Helvetica 10.5 pt on 14 pt lines, RAGGED RIGHT as a web page is,
  10 pt after each paragraph, soft hyphens that the site's typography filter puts into long words (WebKit breaks a
  line at one when it must; ``hyphenated_words``); chapters ``<h1>`` in bold 15 pt and sections ``<h2>`` in bold 11.5
  pt, both in the site's dark blue, running on and NOT KEPT WITH the paragraph after them (Qt's WebKit ignores
  ``page-break-after: avoid``, and breaks a paragraph after any line, widows and orphans being ignored too); numbering
  ``two-level`` TYPED in bold and RUN IN ("3.4 The ..."), the text wrapping back to the margin; a factor list's
  bullets discs ("•") at 15 pt in with the text at 28 pt; "Recommendation N:" run in in bold; the glossary a table
  with a grey head row and every cell ruled.

Pages of every paragraph are recorded during layout; the contents' pages and the footer's page count come from the
pass before, so the builds repeat until they are stable. expected.json adds ``toc_title``, ``pdf_title``,
``page_size``, ``bookmarks``, ``header_lines``, ``footer_pattern`` and ``page_url``. wkhtmltopdf's and Qt's version
strings, its default contents stylesheet and the site's print stylesheet are assumptions from memory, not compared
with a PDF that wkhtmltopdf wrote."""

from __future__ import annotations

import io
from typing import Any

from . import devset_render as _r

Block = _r.Block

_MM = 72.0 / 25.4
PAGE = (595.28, 841.89)  # A4
CREATOR = "wkhtmltopdf 0.12.6"
PRODUCER = "Qt 4.8.7"
WKHTMLTOPDF: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": 15 * _MM,
    "right": PAGE[0] - 15 * _MM,
    "top": PAGE[1] - 24 * _MM,
    "bottom": 22 * _MM,
    "header_y": PAGE[1] - 13 * _MM,  # the header's baseline
    "header_rule": PAGE[1] - 15 * _MM,
    "footer_rule": 14 * _MM,
    "footer_y": 10 * _MM,
    "font": "Helvetica",
    "bold": "Helvetica-Bold",
    "italic": "Helvetica-Oblique",
    "size": 10.5,
    "leading": 14.0,
    "after": 10.0,
    "bullet_at": 15.0,
    "bullet_indent": 28.0,
    "bullet": "\u2022",
    "head_size": 8.0,
    "h1_size": 15.0,
    "h2_size": 11.5,
    "h1_before": 16.0,
    "h2_before": 8.0,
    "colour": (0.11, 0.25, 0.43),  # the site's dark blue for headings
    "title_size": 22.0,
    "toc_title": "Contents",
    "toc_title_size": 15.0,
    "toc_size": 12.0,
    "toc_sub": 0.8,  # ul ul {font-size: 80%}
    "toc_indent": 12.0,  # ul ul {padding-left: 1em}
    "dash": (200 / 255, 200 / 255, 250 / 255),  # border-bottom: 1px dashed rgb(200,200,250)
    "fill": (0.9, 0.9, 0.9),
}


def footer(page: int | str, total: int | str) -> str:
    """The footer: ``[page]/[topage]``."""
    return f"{page}/{total}"


def pdf_title(report: dict[str, Any], output: dict[str, Any]) -> str:
    """The web page's ``<title>``, which wkhtmltopdf makes the document's title."""
    return f"{report['title']} | {output['site_name']}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Print one two-level-numbered review as wkhtmltopdf prints its web page; return the bytes and its expected.json
    entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Flowable, PageBreak, PageTemplate, Spacer, Table, TableStyle

    from . import devset_common_pdf as _c
    from . import devset_pdf as _pdf
    from .devset_flow import NoteRecording

    if report["numbering"] != "two-level":
        raise ValueError("the wkhtmltopdf layout renders two-level numbering")
    o = WKHTMLTOPDF
    font, size, leading = o["font"], o["size"], o["leading"]
    width = o["right"] - o["left"]
    blue = Color(*o["colour"])
    header_left, header_right = report["running_title"], output["site_name"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_LEFT, spaceAfter=o["after"],
                    textColor=black, embeddedHyphenation=0, uriWasteReduce=0, allowOrphans=1, allowWidows=1,
                    bulletFontName=font, bulletFontSize=size, bulletIndent=o["bullet_at"])
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName=o["bold"], fontSize=o["title_size"], leading=27, spaceAfter=18),
        "label": st("label", fontName=o["italic"], spaceAfter=8),
        "line": st("line", spaceAfter=8),
        "toc": st("toc", fontName=o["bold"], fontSize=o["toc_title_size"], leading=20, spaceAfter=14,
                  alignment=TA_CENTER),
        "h1": st("h1", fontName=o["bold"], fontSize=o["h1_size"], leading=19, spaceBefore=o["h1_before"],
                 spaceAfter=8, textColor=blue, keepWithNext=0),
        "h2": st("h2", fontName=o["bold"], fontSize=o["h2_size"], leading=15, spaceBefore=o["h2_before"],
                 spaceAfter=5, textColor=blue, keepWithNext=0),
        "body": st("body"),
        "bullet": st("bullet", leftIndent=o["bullet_indent"], spaceAfter=4, bulletFontName=_pdf._bullet_font()),
        "head": st("head", fontName=o["bold"], spaceAfter=0),
        "cell": st("cell", spaceAfter=0),
    }
    para = _c.text_paras(styles)
    heads: dict[str, tuple[str, int]] = {}

    class TocLine(Flowable):
        """A contents entry: the heading at its indent, the page number flush right, a dashed line under both; a link
        to the heading."""

        def __init__(self, text: str, page: str, key: str, level: int) -> None:
            super().__init__()
            self.text, self.page, self.key, self.level = text, page, key, level
            self.indent = 0.0 if level == 1 else o["toc_indent"]
            self.size = o["toc_size"] * (1 if level == 1 else o["toc_sub"])
            self.drawn = f"{text} {page}"

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.avail = availWidth
            return availWidth, self.size * 1.5

        def draw(self) -> None:
            c = self.canv
            c.setFillColor(black)
            c.setFont(font, self.size)
            c.drawString(self.indent, 4, self.text)
            c.drawRightString(self.avail, 4, self.page)
            c.saveState()
            c.setStrokeColor(Color(*o["dash"]))
            c.setLineWidth(0.75)
            c.setDash(3, 3)
            c.line(self.indent, 1, self.avail, 1)
            c.restoreState()
            c.linkRect("", self.key, (self.indent, 0, self.avail, self.size * 1.5), relative=1, thickness=0)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO, total: int) -> None:
            super().__init__(buf, pagesize=PAGE, invariant=1, title=pdf_title(report, output), author="",
                             creator=CREATOR, producer=PRODUCER, subject="", keywords="")
            self.total = total
            body = _c.frame(o["left"], o["bottom"], width, o["top"] - o["bottom"], "body")
            self.addPageTemplates([PageTemplate("page", [body], onPage=self.furnish)])
            self.start_recording(_c.report_words(blocks))
            self.marks_made: list[tuple[int, str]] = []

        def afterFlowable(self, flowable: Any) -> None:
            super().afterFlowable(flowable)
            key = getattr(flowable, "devset_key", None)
            if key in heads:
                text, level = heads[key]
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=level - 1, closed=False)
                self.marks_made.append((level, text))

        def furnish(self, canv: Any, doc: Any) -> None:
            """The header and footer, on every page but the cover."""
            if doc.page == 1:
                return
            canv.saveState()
            canv.setFillColor(black)
            canv.setFont(font, o["head_size"])
            canv.drawString(o["left"], o["header_y"], header_left)
            canv.drawRightString(o["right"], o["header_y"], header_right)
            canv.drawRightString(o["right"], o["footer_y"], footer(doc.page, self.total))
            canv.setStrokeColor(black)
            canv.setLineWidth(0.5)
            canv.line(o["left"], o["header_rule"], o["right"], o["header_rule"])
            canv.line(o["left"], o["footer_rule"], o["right"], o["footer_rule"])
            canv.restoreState()

    lines: list[Any] = []

    def story(pages: dict[str, int]) -> list[Any]:
        cover = _r.title_lines(report)
        flow: list[Any] = [Spacer(1, 80), para(report["title"], "title", None, hyphens=False),
                           para(cover[0], "label", None), *(para(t, "line", None) for t in cover[1:]), PageBreak(),
                           para(o["toc_title"], "toc", "Htoc")]
        lines.clear()
        heads.clear()
        body: list[Any] = [PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                lines.append(TocLine(b.text, str(pages.get(f"H{idx}", 0)), f"H{idx}", b.level))
                heads[f"H{idx}"] = (b.text, b.level)
                body.append(para(b.text, "h1" if b.level == 1 else "h2", f"H{idx}", hyphens=False))
            elif b.kind == "unnumbered":
                body.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[para("Term", "head", None), para("Meaning", "head", None)]]
                cells += [[para(a, "head", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.75, Color(0.8, 0.8, 0.8)),
                                           ("BACKGROUND", (0, 0), (-1, 0), Color(*o["fill"])),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                body.append(table)
            elif b.kind in ("para", "factor"):
                body.append(para(b.text, "body", b.key, lead=b.label))
                for t in b.bullets:
                    body.append(para(t, "bullet", b.key, bullet=o["bullet"]))
            else:
                body.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return [*flow, *lines, *body]

    def one_pass(pages: dict[str, int], total: int) -> Any:
        doc = Doc(io.BytesIO(), total)
        doc.build(story(pages))
        return doc

    doc = _r.settled(one_pass, counted=True)
    head = f"{header_left} {header_right}"
    result = _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[header_left, footer("N", doc.last_page)],
        contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        toc_title=o["toc_title"], pdf_title=pdf_title(report, output), page_size=list(PAGE),
        bookmarks=[list(m) for m in doc.marks_made], header_lines=[head], footer_pattern=footer("N", doc.last_page),
        page_url=output["url"])
    return doc.filename.getvalue(), result
