"""PDF writer for the fictional development set (reportlab), layout ``weasyprint``: a review WRITTEN IN MARKDOWN by its
independent reviewer and published by the board's business unit with a small script that turns it into HTML with
Python-Markdown (its ``toc``, ``footnotes`` and ``tables`` extensions) and TYPESETS IT WITH WEASYPRINT, the Python
library that lays out HTML and CSS for print, under the board's print style sheet:

* A4 portrait; the document information WeasyPrint writes: producer "WeasyPrint <version>" (:data:`PRODUCER`), the title
  from ``<title>``, the author and subject from the page's ``author`` and ``description`` meta, NO creator (the page has
  no ``generator`` meta); an OUTLINE of bookmarks from the headings (WeasyPrint bookmarks ``h1`` to ``h6``: the title at
  the top, "Contents" and every chapter under it, the subsections under their chapters; expected.json ``outline``);
* text in DejaVu Sans, the face WeasyPrint falls back to on a Linux server when the style sheet names none that is
  installed (reportlab's Bitstream Vera, from which DejaVu grew, stands in for it), justified, with ``hyphens: auto``
  (soft hyphens here: ``hyphenated_words``), paragraphs running on over page breaks;
* page 1 the COVER (``@page :first`` has no margin boxes): a full-width band in the board's colour with the board's name
  and the title in white, then the fiction label in bold and the other title-page lines; page 2 the CONTENTS, each
  chapter and its page from ``target-counter()`` after a dotted ``leader()`` ("3 What happened ........ 5");
* from page 3 the review RUNS ON over page breaks, a chapter's ``<h2>`` kept with what follows it but starting no new
  page; from page 2 the top margin boxes hold the running title at the left and, at the right, ``string(chapter)``:
  the FIRST CHAPTER TITLE SET ON THE PAGE (``string-set`` on each ``<h2>``, the contents heading's too), or where none
  is, the title carried over from the page before (expected.json ``header_titles``); at the foot "Page N of M";
* numbering ``two-level`` typed at the start of each paragraph ("4.12 The ..."), unnumbered subsection headings
  (``<h3>``), a factor list's bullets "•" under its lead-in, "Recommendation N:" in bold (``**...**``);
* the glossary a Markdown table (``<thead>`` "Term | Meaning", repeated at the top of each page it runs to), ruled under
  each row;
* FOOTNOTES as Python-Markdown's footnotes extension writes them: a small raised number after the anchor text
  (``<sup><a class="footnote-ref">``) and ALL THE NOTES AT THE END of the document, after the glossary, under a rule
  (``<div class="footnote"><hr><ol>``), numbered "1.", "2." ... (the list's markers; the print style sheet hides the
  "↩" back-links): ``footnotes`` of reports.yaml; expected.json ``footnotes``, ``footnote_pages`` (where each marker is
  printed) and ``endnote_pages`` (where each note is).

The look is modelled on what WeasyPrint makes of such an HTML file with a plain print style sheet; the producer string
follows WeasyPrint's own PDF writer (read through the reference search tool), and the rest could not be compared with a
real build without a network."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_LEFT = _RIGHT = 56.69  # @page margin: 22mm 20mm 24mm
_TOP, _BOTTOM = 62.36, 68.03
PRODUCER = "WeasyPrint 62.3"
WEASYPRINT: dict[str, Any] = {  # in points; y from the bottom of the page, as reportlab draws
    "left": _LEFT,
    "right": _PAGE_W - _RIGHT,
    "font": "DejaVuSans",
    "bold": "DejaVuSans-Bold",
    "files": {"DejaVuSans": "Vera.ttf", "DejaVuSans-Bold": "VeraBd.ttf"},
    "pdf_fonts": {"DejaVuSans": "BitstreamVeraSans-Roman", "DejaVuSans-Bold": "BitstreamVeraSans-Bold"},  # as embedded
    "size": 10.0,
    "leading": 15.0,
    "h2_size": 15.0,
    "h3_size": 11.0,
    "header_y": _PAGE_H - 34.0,  # the baseline of the top margin boxes
    "footer_y": 32.0,  # of the bottom centre box
    "running_size": 7.5,
    "band_bottom": _PAGE_H - 290.0,  # the cover's band, from the top edge down to here
    "colour": (0.043, 0.333, 0.388),  # the board's teal
    "grey": (0.35, 0.35, 0.35),
    "note_size": 8.0,
    "note_rise": 3.5,
    "note_mark": 6.5,
    "contents": "Contents",
    "glossary_head": ["Term", "Meaning"],
    "bullet": "\u2022",
}


def page_counter(page: int | str, total: int) -> str:
    """The bottom centre margin box: ``"Page " counter(page) " of " counter(pages)``."""
    return f"Page {page} of {total}"


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in WEASYPRINT["files"].items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, file))
    regular, bold = WEASYPRINT["font"], WEASYPRINT["bold"]  # so that <b> in a paragraph takes the bold face
    pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one two-level review as WeasyPrint typesets its Markdown's HTML; return bytes and the expected entry."""
    from reportlab.lib.colors import Color, black, white
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        FrameBreak,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Table,
        TableStyle,
    )
    from reportlab.platypus.flowables import HRFlowable

    from .devset_common_pdf import DottedLine, frame
    from .devset_flow import NoteRecording, keyed_paras, note_markup, noted_expected

    if report["numbering"] != "two-level":
        raise ValueError("the weasyprint layout renders two-level numbering")
    _fonts()
    font, bold, size, leading = WEASYPRINT["font"], WEASYPRINT["bold"], WEASYPRINT["size"], WEASYPRINT["leading"]
    width = WEASYPRINT["right"] - _LEFT
    teal, grey = Color(*WEASYPRINT["colour"]), Color(*WEASYPRINT["grey"])
    notes, anchors = _r.footnote_refs(report, blocks)  # [(anchor, note)], block index -> [(number, anchor)]
    marker = f'<super rise="{WEASYPRINT["note_rise"]}" size="{WEASYPRINT["note_mark"]}">{{n}}</super>'

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_JUSTIFY, spaceAfter=7, textColor=black,
                    embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=1, allowWidows=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "board": st("board", fontName=bold, fontSize=10.5, leading=14, textColor=white, alignment=TA_LEFT,
                    spaceAfter=26),
        "title": st("title", fontName=bold, fontSize=24, leading=30, textColor=white, alignment=TA_LEFT),
        "label": st("label", fontName=bold, fontSize=10.5, leading=15, alignment=TA_LEFT, spaceAfter=10),
        "line": st("line", fontSize=10.5, leading=15, alignment=TA_LEFT, spaceAfter=6),
        "h2": st("h2", fontName=bold, fontSize=WEASYPRINT["h2_size"], leading=19, alignment=TA_LEFT, textColor=teal,
                 spaceBefore=14, spaceAfter=10, keepWithNext=1),
        "h3": st("h3", fontName=bold, fontSize=WEASYPRINT["h3_size"], leading=15, alignment=TA_LEFT, spaceBefore=6,
                 spaceAfter=5, keepWithNext=1),
        "body": st("body"),
        "bullet": st("bullet", leftIndent=20, bulletIndent=8, bulletFontName=font, bulletFontSize=size, spaceAfter=3),
        "cell": st("cell", alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
        "head": st("head", fontName=bold, alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
        "note": st("note", fontSize=WEASYPRINT["note_size"], leading=11.5, alignment=TA_LEFT, leftIndent=18,
                   bulletIndent=2, bulletFontName=font, bulletFontSize=WEASYPRINT["note_size"], spaceAfter=4,
                   embeddedHyphenation=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}
    headings = {f"H{i}": b for i, b in enumerate(blocks) if b.kind == "heading"}
    contents_key = "Hc"

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO, toc_pages: dict[str, int], total: int) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject=report["title_page"][0], creator="",
                             producer=PRODUCER)
            band_h = _PAGE_H - WEASYPRINT["band_bottom"]
            cover = [frame(_LEFT, WEASYPRINT["band_bottom"] + 24, width, band_h - 24 - _TOP, "band"),
                     frame(_LEFT, _BOTTOM, width, WEASYPRINT["band_bottom"] - 30 - _BOTTOM, "rest")]
            body = frame(_LEFT, _BOTTOM, width, _PAGE_H - _TOP - _BOTTOM, "body")
            self.addPageTemplates([PageTemplate("cover", cover, onPage=self.band),
                                   PageTemplate("page", [body], onPage=self.begin, onPageEnd=self.furnish)])
            self.toc_pages, self.total = toc_pages, total
            self.chapter: str | None = None  # the string set by the last <h2> laid out
            self.entry: str | None = None  # its value when the page began
            self.first: str | None = None  # the first value set on the page
            self.header_titles: dict[int, str | None] = {}
            self.endnote_pages: dict[int, int] = {}
            self.outline: list[tuple[int, str]] = []
            self.start_recording(plain_tokens)

        def afterFlowable(self, flowable: Any) -> None:
            key = getattr(flowable, "devset_key", None)
            if key is not None and key.startswith("N"):  # an endnote: where it is printed
                self.endnote_pages[int(key[1:])] = self.page
                return
            super().afterFlowable(flowable)
            if key is None or not (key.startswith("H") or key == "T"):
                return
            level, text = (0, report["title"]) if key == "T" else \
                (1, WEASYPRINT["contents"]) if key == contents_key else \
                (headings[key].level, headings[key].text)
            if level <= 1 and key != "T":
                self.chapter = text
                self.first = self.first or text
            mark = f"o{len(self.outline)}"
            self.canv.bookmarkPage(mark)
            self.canv.addOutlineEntry(text, mark, level=level)
            self.outline.append((level, text))

        def band(self, canv: Any, doc: Any) -> None:
            """The cover's band, full width from the top edge."""
            canv.saveState()
            canv.setFillColor(teal)
            canv.rect(0, WEASYPRINT["band_bottom"], _PAGE_W, _PAGE_H - WEASYPRINT["band_bottom"], stroke=0, fill=1)
            canv.restoreState()

        def begin(self, canv: Any, doc: Any) -> None:
            self.entry, self.first = self.chapter, None

        def furnish(self, canv: Any, doc: Any) -> None:
            """The margin boxes, at the end of each page: the running title and ``string(chapter)`` at the top (the
            first value the page sets, or else the one it began with), the page counter at the foot."""
            title = self.first or self.entry
            canv.saveState()
            canv.setFillColor(grey)
            canv.setFont(font, WEASYPRINT["running_size"])
            canv.drawString(_LEFT, WEASYPRINT["header_y"], report["running_title"])
            if title:
                canv.drawRightString(WEASYPRINT["right"], WEASYPRINT["header_y"], title)
            canv.drawCentredString(_PAGE_W / 2, WEASYPRINT["footer_y"], page_counter(doc.page, self.total))
            canv.restoreState()
            self.header_titles[doc.page] = title

    para = keyed_paras(styles)
    lines: list[DottedLine] = []

    def story(toc_pages: dict[str, int]) -> list[Any]:
        def body(idx: int, text: str) -> str:
            return note_markup(text, anchors.get(idx, []), marker)

        flow: list[Any] = [NextPageTemplate("page"), para(_xml_escape(output["board"]), "board", None),
                           para(_xml_escape(report["title"]), "title", "T"), FrameBreak()]
        cover = _r.title_lines(report)
        flow += [para(_xml_escape(cover[0]), "label", None), *(para(_xml_escape(t), "line", None) for t in cover[1:])]
        flow += [PageBreak(), para(WEASYPRINT["contents"], "h2", contents_key)]
        lines.clear()
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                lines.append(DottedLine(b.text, str(toc_pages.get(f"H{idx}", 0)), font=font, size=size, height=18))
        flow += [*lines, PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow.append(para(_xml_escape(b.text), "h2" if b.level == 1 else "h3", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(body(idx, b.text), "body", "u"))
            elif b.kind == "glossary":
                cells = [[para(h, "head", None) for h in WEASYPRINT["glossary_head"]]]
                cells += [[para(_xml_escape(a), "head", None), para(_xml_escape(m), "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[130, width - 130], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                                           ("LINEBELOW", (0, 0), (-1, 0), 1.0, teal),
                                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, grey)]))
                flow.append(table)  # kept with its heading (``break-after: avoid``)
            elif b.kind in ("para", "factor"):
                flow.append(para(f"{_xml_escape(b.label)} {body(idx, b.text)}", "body", b.key))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet=WEASYPRINT["bullet"])
                         for t in b.bullets]
            else:
                flow.append(para(f"<b>{_xml_escape(b.label)}:</b> {body(idx, b.text)}", "body", b.key))
        flow.append(HRFlowable(width="100%", thickness=0.5, color=grey, spaceBefore=16, spaceAfter=10, hAlign="LEFT"))
        flow += [para(_xml_escape(note), "note", f"N{n}", bullet=f"{n}.")
                 for n, (_after, note) in enumerate(notes, start=1)]
        return flow

    previous: Any = None
    toc_pages: dict[str, int] = {}
    total = 0
    for _ in range(8):  # until the contents' page numbers and the page count are those the pass was given
        buf = io.BytesIO()
        doc = Doc(buf, toc_pages, total)
        doc.build(story(toc_pages))
        state = (doc.records, doc.headings, doc.marks, doc.endnote_pages, doc.last_page)
        if state == previous and toc_pages == doc.headings and total == doc.last_page:
            break
        previous, toc_pages, total = state, dict(doc.headings), doc.last_page
    else:
        raise RuntimeError("PDF layout did not stabilise")
    titles = [doc.header_titles.get(n) for n in range(1, doc.last_page + 1)]
    return buf.getvalue(), noted_expected(
        output, blocks, doc, notes, doc.marks, contents_lines=[line.drawn for line in lines],
        running_header_lines=[report["running_title"], *dict.fromkeys(t for t in titles if t),
                              page_counter("N", total)],
        metadata_title=report["title"], header_titles=titles,
        endnote_pages=[doc.endnote_pages[n] for n in range(1, len(notes) + 1)],
        outline=[[level, text] for level, text in doc.outline], board=output["board"])
