"""PDF writer for the fictional development set (reportlab), layout ``pagespdf``: a review written in APPLE PAGES
from its "Report" template and EXPORTED TO PDF from Pages on a Mac (File > Export To > PDF):

* A4 portrait; creator "Pages", producer the Mac's Quartz PDFContext ("macOS Version 14.6.1 (Build 23G93) Quartz
  PDFContext"), the metadata title the review's title;
* a cover page: a full-width COLOURED BAND across the top of the page holding the title in white bold sans, the
  title-page lines in grey sans beneath it, no header or footer (Pages' "hide on first page");
* page 2 "Contents", Pages' own TABLE OF CONTENTS of the chapters: each heading at the left and its page number
  flush right, with NO LEADER between them (contents_lines "3 What happened 4");
* the body starts on page 3 and runs on without new pages for sections (``two-level`` headings "3 What happened" in
  the template's accent colour, the foreword, recommendations and glossary unnumbered), so paragraphs run over page
  breaks (expected.json ``split_across_pages``); a heading is kept off the foot of a page;
* numbering ``two-level`` from Pages' own NUMBERED LIST style: each number in REGULAR sans (not bold) in the body's
  colour at the list's number indent (:data:`PAGESPDF` ``number_x``), a tab, then the text in LEFT-ALIGNED,
  RAGGED-RIGHT Helvetica, hyphenated (the document's "Hyphenation" setting on), every line at the text indent
  (``text_x``); a factor list's bullets use Pages' dash bullets ("–"), indented further; "Recommendation N:" run in
  bold;
* the document's header on every page after the cover: the running title at the LEFT, the date at the RIGHT, both
  small grey sans; the footer: the page number alone, CENTRED (:func:`footer`);
* the glossary a Pages table: a header row "Term" / "Meaning" on the accent colour in white bold, the rows below with
  thin grey rules between them.

Pages are recorded during layout (``afterFlowable``); the contents' page numbers come from a previous pass.
:data:`PAGESPDF` gives the positions and colours the tests use."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.28, 841.89  # A4 portrait
_LEFT, _RIGHT = 72.0, 72.0  # Pages' default document margins (1 in)
_TOP, _BOTTOM = 72.0, 72.0
_INDENT = 36.0  # the list's text indent from its number's
PRODUCER = "macOS Version 14.6.1 (Build 23G93) Quartz PDFContext"
CREATOR = "Pages"
PAGESPDF: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "number_x": _LEFT,  # a number's left edge
    "text_x": _LEFT + _INDENT,  # where every line of a numbered paragraph starts
    "header_top": 40.0,  # the header line's top is above this
    "footer_top": _PAGE_H - 50.0,  # the footer line's top is below this
    "frame": (_LEFT, _TOP, _PAGE_W - _RIGHT, _PAGE_H - _BOTTOM),  # the body's area (x0, top, x1, bottom)
    "accent": (0.118, 0.392, 0.553),  # the template's accent, a deep blue
    "text": (0.2, 0.2, 0.2),
    "grey": (0.45, 0.45, 0.45),
    "body_font": "Helvetica",
    "body_size": 10.5,
    "number_font": "Helvetica",
    "band_bottom": 300.0,  # the cover band's lower edge, from the top
    "dash": "\u2013",
    "glossary_head": ["Term", "Meaning"],
}


def footer(page: int | str) -> str:
    """The footer's text, centred: the bare page number."""
    return f"{page}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Export one two-level review as Pages would; return the bytes and the expected entry."""
    from reportlab.lib.colors import Color, white
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from .devset_common_pdf import numbered_flow
    from .devset_flow import NoteRecording, build_with_notes, built_expected, keyed_paras, page_table

    if report["numbering"] != "two-level":
        raise ValueError("the pagespdf layout renders two-level numbering")
    accent, text, grey = Color(*PAGESPDF["accent"]), Color(*PAGESPDF["text"]), Color(*PAGESPDF["grey"])
    size = PAGESPDF["body_size"]
    x0, top, x1, bottom = PAGESPDF["frame"]
    inner = x1 - x0

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=PAGESPDF["body_font"], fontSize=size, leading=15, alignment=TA_LEFT, spaceAfter=9,
                    textColor=text, embeddedHyphenation=0, uriWasteReduce=0, allowOrphans=1, allowWidows=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=28, leading=34, textColor=white, spaceAfter=0),
        "cover": st("cover", textColor=grey, fontSize=12, leading=17, spaceAfter=6),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=16, leading=21, spaceBefore=14, spaceAfter=9, keepWithNext=1,
                 textColor=accent),
        "body": st("body", embeddedHyphenation=1),
        "num": st("num", embeddedHyphenation=1, leftIndent=_INDENT, bulletIndent=0,
                  bulletFontName=PAGESPDF["number_font"], bulletFontSize=size),
        "bullet": st("bullet", embeddedHyphenation=1, leftIndent=_INDENT + 18, bulletIndent=_INDENT + 6,
                     bulletFontName="Helvetica", bulletFontSize=size, spaceAfter=4),
        "cell": st("cell", spaceAfter=0),
        "cellb": st("cellb", fontName="Helvetica-Bold", spaceAfter=0),
        "toch": st("toch", fontName="Helvetica-Bold", fontSize=20, leading=26, spaceAfter=14, textColor=accent),
        "toc": st("toc", spaceAfter=0),
        "tocn": st("tocn", spaceAfter=0, alignment=TA_RIGHT),
        "head": st("head", fontName="Helvetica-Bold", spaceAfter=0, textColor=white),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=CREATOR, producer=PRODUCER)
            band = Frame(x0, _PAGE_H - PAGESPDF["band_bottom"] + 24, inner, PAGESPDF["band_bottom"] - 96, id="band",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            under = Frame(x0, 120, inner, _PAGE_H - PAGESPDF["band_bottom"] - 150, id="under", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
            body = Frame(x0, _PAGE_H - bottom, inner, bottom - top, id="body", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("cover", [band, under], onPage=self.draw_cover),
                                   PageTemplate("page", [body], onPage=self.draw_page)])
            self.start_recording(plain_tokens)

        def draw_cover(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(accent)
            canv.rect(0, _PAGE_H - PAGESPDF["band_bottom"], _PAGE_W, PAGESPDF["band_bottom"], stroke=0, fill=1)
            canv.restoreState()

        def draw_page(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(grey)
            canv.setFont("Helvetica", 8.5)
            canv.drawString(x0, _PAGE_H - 36, report["running_title"])
            canv.drawRightString(x1, _PAGE_H - 36, report["date"])
            canv.setFont("Helvetica", 9)
            canv.drawCentredString(_PAGE_W / 2, 36, footer(doc.page))
            canv.restoreState()

    para = keyed_paras(styles)

    def story(toc_pages: dict[str, int]) -> list[Any]:
        from reportlab.platypus.doctemplate import FrameBreak

        flow: list[Any] = [NextPageTemplate("page"), para(_xml_escape(report["title"]), "title", None), FrameBreak()]
        flow += [Spacer(1, 6)] + [para(_xml_escape(t), "cover", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "toch", None)]
        table = page_table(blocks, styles, toc_pages, inner, (3, 5))
        flow += [table, PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow += [CondPageBreak(80), para(_xml_escape(b.text), "h1", f"H{idx}")]
            elif b.kind == "unnumbered":
                flow.append(para(_pdf._soft_hyphenate(_xml_escape(b.text)), "body", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph(h, styles["head"]) for h in PAGESPDF["glossary_head"]]]
                cells += [[Paragraph(_xml_escape(a), styles["cellb"]), Paragraph(_xml_escape(m), styles["cell"])]
                          for a, m in b.rows]
                grid = Table(cells, colWidths=[130, inner - 130], hAlign="LEFT", repeatRows=1)
                grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), accent),
                                          ("LINEBELOW", (0, 1), (-1, -1), 0.5, Color(0.8, 0.8, 0.8)),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                          ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
                flow.append(grid)
            else:
                flow += numbered_flow(para, b, PAGESPDF["dash"])
        return flow

    pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
    header_lines = [f"{report['running_title']} {report['date']}", footer("N")]
    return pdf, built_expected(output, blocks, doc, toc_pages, header_lines, metadata_title=report["title"])
