"""PDF writer for the fictional development set (reportlab), layout ``groff``: a review TYPESET BY ITS INDEPENDENT
REVIEWER WITH GROFF'S ``ms`` MACROS and turned into PDF by ``pdfroff`` (groff's own script, which runs groff for
PostScript and Ghostscript for the PDF), as a reviewer who writes in plain text and a Unix tool chain would make it:

* the document information: creator groff and producer Ghostscript (:data:`CREATOR`, :data:`PRODUCER`), the title and
  the author from the ``.pdfinfo`` requests of groff's pdfmark macros; BOOKMARKS from the numbered and unnumbered
  headings, as the ``spdf`` macros make them;
* A4 with ms's default geometry: the text 1 inch in from the left edge and 6 inches wide (so the right margin is wider
  than the left), 1 inch at the top and the foot; Times Roman (groff's default family) at 11 pt on 13 pt (the
  reviewer's ``.nr PS 11`` and ``.nr VS 13``), JUSTIFIED, with groff's hyphenation (soft hyphens here:
  ``hyphenated_words``); headings in BOLD AT THE TEXT'S OWN SIZE, as ms sets them;
* NO TITLE PAGE: ms's title block at the head of page 1 (``.TL`` the title in bold, centred, a size larger; ``.AU``
  the fiction label in italic and ``.AI`` the other title-page lines in roman, centred), then the review starting on
  the same page: the foreword under an unnumbered heading (``.SH``), its paragraphs ``.PP``, with ms's first-line
  indent;
* no header on page 1 (ms's way); from page 2 the header the running title at the left (``LH``) and the date at the
  right (``RH``); the footer the page number between hyphens, "- 7 -", at the centre of the foot of every page
  (``CF``), page 1 included;
* numbering ``three-level``: chapter and subsection headings NUMBERED BY ``.NH``, which prints each number with a
  full stop after it ("3. What happened", "3.1. Birth to twelve months"); each paragraph an INDENTED PARAGRAPH
  (``.IP``) whose label, its three-level number "3.1.4" in roman, stands at the margin with the text at an indent of
  6 ens; a factor list's bullets ``.IP \\(bu`` inside ``.RS``/``.RE``, a level further in (the shared bullet
  face stands in for groff's); "Recommendation N:" in
  bold at the start of a block paragraph (``.LP``); the glossary a ``tbl`` table in a BOX with a rule under its
  "Term | Meaning" row and a rule between its columns, the terms in bold;
* the TABLE OF CONTENTS where ms puts it, AT THE END (``.TC``, pdfroff asked not to move it): on a new page headed
  "Table of Contents", its pages numbered in lower-case roman ("- i -"), each heading as it is printed with a row of
  leader dots to its page number at the right margin, subsections indented.

Pages of every paragraph are recorded during layout; the body's pages do not depend on the contents, which follow it,
so the builds repeat only until the contents' numbers are those recorded. expected.json adds ``page_labels`` (the
folio printed on each page: "1", "2" ... then "i" ...), ``headings`` (each heading as printed) and ``author``, and gives
each paragraph's ``section`` as printed. ms's geometry, its heading and paragraph macros and .TC's place and roman
folios follow groff's ms documentation; the version strings and the author's header and footer strings are
assumptions, not compared with a real run."""

from __future__ import annotations

import io
import re
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_INCH = 72.0
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4
_EN = 5.5  # an en at 11 pt
CREATOR = "groff version 1.23.0"
PRODUCER = "GPL Ghostscript 10.00.0"
GROFF: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": _INCH,  # ms's page offset
    "right": _INCH + 6 * _INCH,  # ms's line length: 6 inches
    "top": _PAGE_H - _INCH,
    "bottom": _INCH,
    "header_y": _PAGE_H - 0.5 * _INCH - 7,
    "footer_y": 0.5 * _INCH,
    "font": "Times-Roman",
    "bold": "Times-Bold",
    "italic": "Times-Italic",
    "size": 11.0,  # the reviewer's ".nr PS 11"
    "leading": 13.0,  # and ".nr VS 13"
    "title_size": 13.0,  # .TL: two points larger
    "pd": 3.9,  # ms's paragraph distance, 0.3v
    "head_before": 19.5,  # the space above a heading: 1.5v
    "pp_indent": 5 * _EN,  # .PP's first-line indent
    "ip_indent": 6 * _EN,  # the numbered paragraphs' .IP indent
    "bullet_indent": 3 * _EN,  # a bullet's own .IP indent inside .RS
    "toc_title": "Table of Contents",
    "toc_indent": 2 * _EN,  # a subsection's contents line
    "bullet": "\u2022",
}


def printed_heading(text: str) -> str:
    """A heading as .NH prints it: its number followed by a full stop ("3 What happened" -> "3. What happened")."""
    return re.sub(r"^(\d+(?:\.\d+)*) ", r"\1. ", text)


def roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one three-level review as groff's ms macros and pdfroff set it; return the bytes and its expected.json
    entry."""
    from reportlab.lib.colors import black
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

    from . import devset_common_pdf as _c
    from .devset_flow import KeyedParagraph, NoteRecording

    if report["numbering"] != "three-level":
        raise ValueError("the groff layout renders three-level numbering")
    o = GROFF
    font, size, leading = o["font"], o["size"], o["leading"]
    width = o["right"] - o["left"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_JUSTIFY, spaceAfter=o["pd"],
                    textColor=black, embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=0, allowWidows=0,
                    bulletFontName=font, bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName=o["bold"], fontSize=o["title_size"], leading=14, alignment=TA_CENTER,
                    spaceAfter=6),
        "author": st("author", fontName=o["italic"], alignment=TA_CENTER, spaceAfter=2),
        "institution": st("institution", alignment=TA_CENTER, spaceAfter=2),
        "toc": st("toc", fontName=o["bold"], alignment=TA_CENTER, spaceAfter=12),
        "head": st("head", fontName=o["bold"], alignment=TA_LEFT, spaceBefore=o["head_before"], spaceAfter=o["pd"],
                   keepWithNext=1),
        "pp": st("pp", firstLineIndent=o["pp_indent"]),
        "lp": st("lp"),
        "ip": st("ip", leftIndent=o["ip_indent"]),
        "bullet": st("bullet", leftIndent=o["ip_indent"] + o["bullet_indent"], bulletIndent=o["ip_indent"],
                     bulletFontName=_pdf._bullet_font(), bulletFontSize=9, spaceAfter=2),
        "term": st("term", fontName=o["bold"], alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
        "cell": st("cell", alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
    }

    class Heading(KeyedParagraph):
        """A heading that leaves a bookmark where it is drawn, as the spdf macros do."""

        outline = ("", 0)

        def draw(self) -> None:
            title, level = self.outline
            name = f"{self.devset_key}"
            self.canv.bookmarkPage(name)
            self.canv.addOutlineEntry(title, name, level=level)
            super().draw()

    para = _c.text_paras(styles)

    class TocLine(_c.DottedLine):
        """A contents line as .TC sets it: the heading ``x`` in from the margin, leader dots, and the folio flush with
        the right margin."""

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            self.avail = availWidth
            room = availWidth - self.x - stringWidth(f"{self.text}  {self.page}", self.font, self.size)
            self.dots = max(3, int(room / stringWidth(".", self.font, self.size)) - 1)
            self.drawn = f"{self.text} {'.' * self.dots} {self.page}"
            return availWidth, self.height

        def draw(self) -> None:
            self.canv.setFont(self.font, self.size)
            self.canv.drawString(self.x, 3, f"{self.text} {'.' * self.dots}")
            self.canv.drawRightString(self.avail, 3, self.page)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO, body_pages: int) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=output["author"], creator=CREATOR, producer=PRODUCER)
            body = _c.frame(o["left"], o["bottom"], width, o["top"] - o["bottom"], "body")
            self.body_pages = body_pages
            self.addPageTemplates([PageTemplate("page", [body], onPage=self.furnish)])
            self.start_recording(_c.report_words(blocks))

        def folio(self, page: int) -> str:
            return str(page) if not self.body_pages or page <= self.body_pages else roman(page - self.body_pages)

        def furnish(self, canv: Any, doc: Any) -> None:
            """ms's page header (none on page 1) and the author's centred footer "- N -"."""
            canv.saveState()
            canv.setFont(font, size)
            if doc.page > 1:
                canv.drawString(o["left"], o["header_y"], report["running_title"])
                canv.drawRightString(o["right"], o["header_y"], report["date"])
            canv.drawCentredString((o["left"] + o["right"]) / 2, o["footer_y"], f"- {self.folio(doc.page)} -")
            canv.restoreState()

    lines: list[Any] = []
    printed: dict[int, str] = {}

    def story(toc_pages: dict[str, int]) -> list[Any]:
        flow: list[Any] = [para(report["title"], "title", None, hyphens=False)]
        cover = _r.title_lines(report)
        flow += [para(cover[0], "author", None), *(para(t, "institution", None) for t in cover[1:]), Spacer(1, 14)]
        lines.clear()
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                shown = printed_heading(b.text)
                printed[idx] = shown
                h = para(shown, "head", f"H{idx}", cls=Heading, hyphens=False)
                h.outline = (shown, b.level - 1)
                flow.append(h)
                lines.append(TocLine(shown, str(toc_pages.get(f"H{idx}", 0)), font=font, size=size,
                                     x=0 if b.level == 1 else o["toc_indent"], height=14))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "pp", "u"))
            elif b.kind == "glossary":
                cells = [[para("Term", "term", None), para("Meaning", "term", None)]]
                cells += [[para(a, "term", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[0.28 * width, 0.72 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, black),
                                           ("LINEAFTER", (0, 0), (0, -1), 0.5, black),
                                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, black),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("TOPPADDING", (0, 0), (-1, -1), 2),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
                flow.append(table)
            elif b.kind in ("para", "factor"):
                flow.append(para(b.text, "ip", b.key, bullet=b.label))
                flow += [para(t, "bullet", b.key, bullet=o["bullet"]) for t in b.bullets]
            else:
                flow.append(para(b.text, "lp", b.key, lead=f"{b.label}:"))
        flow += [PageBreak(), para(o["toc_title"], "toc", "Htoc"), *lines]
        return flow

    previous: Any = None
    toc_pages: dict[str, int] = {}
    body_pages = 0
    for _ in range(8):  # until the contents give the pages recorded in the same pass
        buf = io.BytesIO()
        doc = Doc(buf, body_pages)
        doc.build(story(toc_pages))
        body = doc.headings["Htoc"] - 1  # the contents start on a page of their own after the body
        state = (doc.records, doc.headings, doc.last_page)
        if state == previous and toc_pages == doc.headings and body_pages == body:
            break
        previous, toc_pages, body_pages = state, dict(doc.headings), body
    else:
        raise RuntimeError("PDF layout did not stabilise")
    result = _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[report["running_title"], "- N -"], contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        author=output["author"], page_labels=[doc.folio(p) for p in range(1, doc.last_page + 1)],
        headings=[printed[i] for i in sorted(printed)], toc_title=o["toc_title"])
    for e in result["paragraphs"]:
        e["section"] = printed_heading(e["section"])
    return buf.getvalue(), result
