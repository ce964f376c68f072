"""PDF writer for the fictional development set (reportlab), layout ``quark``: a review laid out by a partnership's
designer in QUARKXPRESS and exported to PDF with its own PDF engine, on a template with a THUMB INDEX:

* A4 portrait; creator and producer QuarkXPress (:data:`CREATOR`, :data:`PRODUCER`), the metadata title the review's
  title;
* page 1 a cover: a full-width panel in the output's ``accent`` colour across the top holding the title in large white
  bold sans-serif type, the title-page lines under it; no footer and no tab;
* page 2 "Contents" (each chapter and its page, no leader); every chapter (the foreword, the numbered chapters, the
  recommendations and the glossary) OPENS A NEW PAGE, and within a chapter the text runs on over page breaks
  (expected.json ``split_across_pages``); every page from 2 has a footer with the running title at the left and the
  page number at the right (:func:`footer`), and no running header;
* a THUMB TAB on every page of a chapter: a filled rectangle in the accent colour bleeding off the RIGHT edge of the
  page, one tab position per chapter stepping down the page from chapter to chapter (as the tabs of a printed report
  line up down its fore-edge), holding the chapter's heading in small white bold type TURNED 90 DEGREES so that it
  reads from the bottom of the page upwards (expected.json ``thumb_tabs``: the label on each page, ``null`` on the
  cover and the contents page); the tab's text is never text of the review;
* numbering ``three-level``: chapter headings "3 What happened" in large accent bold sans-serif at the top of their
  page, subsection headings "3.2 Summer and autumn 2024" in smaller accent bold type, and each paragraph's number
  "3.2.4" in small bold accent sans-serif type hanging at the left of the text column on its first baseline, the
  text justified and hyphenated at an indent; a factor list's bullets "•" further in;
* "Recommendation N:" bold, the glossary a two-column table with a tinted header row "Term" / "Meaning".

Pages are recorded during layout (``afterFlowable``)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.28, 841.89  # A4 portrait
_LEFT, _RIGHT = 64.0, 78.0
_TOP, _BOTTOM = 62.0, 74.0
_INDENT = 40.0  # from the frame's left edge to the text of a numbered paragraph
CREATOR = "QuarkXPress(R) 20.1"
PRODUCER = "QuarkXPress(R) 20.1"
QUARK: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "frame": (_LEFT, _TOP, _PAGE_W - _RIGHT, _PAGE_H - _BOTTOM),
    "text_x": _LEFT + _INDENT,
    "number_font": "Helvetica-Bold",
    "number_size": 8.5,
    "body_font": "Times-Roman",
    "body_size": 10.5,
    "leading": 14.0,
    "h1_size": 20.0,
    "h2_size": 11.5,
    "tab_w": 24.0,  # the tab's width on the page; it bleeds off the right edge
    "tab_h": 96.0,
    "tab_top": 96.0,  # the first chapter's tab starts this far from the top; the last ends as far from the bottom
    "tab_font": "Helvetica-Bold",
    "tab_size": 7.0,
    "footer_y": 36.0,  # the footer's baseline, from the bottom
    "cover_panel": 300.0,  # the cover's accent panel, from the top
    "bullet": "\u2022",
    "glossary_head": ["Term", "Meaning"],
}


def footer(report: dict[str, Any]) -> str:
    """The footer as text extraction reads it ("N" for the page number): the running title, then the number."""
    return f"{report['running_title']} N"


def tab_top(index: int, count: int) -> float:
    """The top of the ``index``-th chapter's thumb tab (of ``count``), from the top of the page."""
    last = _PAGE_H - QUARK["tab_top"] - QUARK["tab_h"]
    return QUARK["tab_top"] + (last - QUARK["tab_top"]) * index / max(1, count - 1)


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one three-level review on a QuarkXPress template with a thumb index; return the bytes and the expected
    entry."""
    from reportlab.lib.colors import Color, white
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from .devset_common_pdf import numbered_flow
    from .devset_flow import NoteRecording, build_with_notes, built_expected, keyed_paras, page_table, story_styles

    if report["numbering"] != "three-level":
        raise ValueError("the quark layout renders three-level numbering")
    accent = Color(*output["accent"])
    tint = Color(*(0.86 + 0.14 * c for c in output["accent"]))
    size = QUARK["body_size"]
    x0, top, x1, bottom = QUARK["frame"]
    inner = x1 - x0
    bullet_font = _pdf._bullet_font()

    styles = story_styles(QUARK["body_font"], "Helvetica-Bold", size, accent, leading=QUARK["leading"],
                          space_after=6.5, title=(26, 31, 10), line=(11, 15), head=(QUARK["h1_size"], 24, 0),
                          justify=True, indent=_INDENT, bullet=(14, 4))
    styles["h1"].spaceAfter = 16
    styles["h2"] = ParagraphStyle("h2", parent=styles["h1"], fontSize=QUARK["h2_size"], leading=14, spaceBefore=8,
                                  spaceAfter=6, keepWithNext=1)
    styles["title"].textColor = white
    styles["num"].bulletFontName = QUARK["number_font"]
    styles["num"].bulletFontSize = QUARK["number_size"]
    styles["num"].bulletColor = accent
    styles["num"].bulletIndent = 0
    styles["bullet"].bulletFontName = bullet_font
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}
    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    tab_of = {f"H{i}": (n, blocks[i].text) for n, i in enumerate(majors)}

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=CREATOR, producer=PRODUCER)
            cover = Frame(x0, _PAGE_H - QUARK["cover_panel"] + 24, inner, QUARK["cover_panel"] - 110, id="cover",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            lines = Frame(x0, 150, inner, _PAGE_H - QUARK["cover_panel"] - 190, id="lines", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
            body = Frame(x0, _BOTTOM, inner, bottom - top, id="body", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("cover", [cover, lines], onPage=self.draw_cover),
                                   PageTemplate("page", [body], onPageEnd=self.draw_page)])
            self.start_recording(plain_tokens)
            self.tab: tuple[int, str] | None = None
            self.tabs: dict[int, str] = {}

        def afterFlowable(self, flowable: Any) -> None:
            super().afterFlowable(flowable)
            key = getattr(flowable, "devset_key", None)
            if key in tab_of:
                self.tab = tab_of[key]

        def draw_cover(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(accent)
            canv.rect(0, _PAGE_H - QUARK["cover_panel"], _PAGE_W, QUARK["cover_panel"], stroke=0, fill=1)
            canv.restoreState()

        def draw_page(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFont("Helvetica", 8.5)
            canv.setFillColor(Color(0.3, 0.3, 0.3))
            canv.drawString(x0, QUARK["footer_y"], report["running_title"])
            canv.drawRightString(x1, QUARK["footer_y"], str(doc.page))
            if self.tab is not None:  # the chapter's thumb tab, bleeding off the right edge, its label turned
                n, label = self.tab
                self.tabs[doc.page] = label
                y_top = _PAGE_H - tab_top(n, len(majors))
                canv.setFillColor(accent)
                canv.rect(_PAGE_W - QUARK["tab_w"], y_top - QUARK["tab_h"], QUARK["tab_w"] + 6, QUARK["tab_h"],
                          stroke=0, fill=1)
                canv.setFillColor(white)
                canv.setFont(QUARK["tab_font"], QUARK["tab_size"])
                canv.translate(_PAGE_W - QUARK["tab_w"] / 2 + QUARK["tab_size"] * 0.35, y_top - QUARK["tab_h"] / 2)
                canv.rotate(90)  # reads from the bottom of the page upwards
                canv.drawCentredString(0, 0, label)
            canv.restoreState()

    para = keyed_paras(styles)

    def story(toc_pages: dict[str, int]) -> list[Any]:
        flow: list[Any] = [para(_xml_escape(report["title"]), "title", None)]
        flow += [FrameBreak(), *(para(_xml_escape(t), "line", None) for t in _r.title_lines(report))]
        flow += [NextPageTemplate("page"), PageBreak(), para("Contents", "toch", None)]
        flow.append(page_table(blocks, styles, toc_pages, inner, (3, 5)))
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if b.level == 1:
                    flow += [PageBreak(), para(_xml_escape(b.text), "h1", f"H{idx}")]
                else:
                    flow.append(para(_xml_escape(b.text), "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(_pdf._soft_hyphenate(_xml_escape(b.text)), "body", "u"))
            elif b.kind == "glossary":
                cells = [[para(h, "cellb", None) for h in QUARK["glossary_head"]]]
                cells += [[para(_xml_escape(a), "cellb", None), para(_xml_escape(m), "cell", None)] for a, m in b.rows]
                grid = Table(cells, colWidths=[140, inner - 140], hAlign="LEFT", repeatRows=1)
                grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), tint),
                                          ("LINEBELOW", (0, 0), (-1, -1), 0.5, accent),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
                flow += [Spacer(1, 4), grid]
            else:
                flow += numbered_flow(para, b, QUARK["bullet"])
        return flow

    pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
    tabs = [doc.tabs.get(page) for page in range(1, doc.last_page + 1)]
    return pdf, built_expected(output, blocks, doc, toc_pages, [footer(report)], metadata_title=report["title"],
                               thumb_tabs=tabs)
