"""PDF writer for the fictional development set (reportlab), layout ``canva``: a partnership's case review designed by
its communications officer in CANVA on a report template and downloaded as "PDF Standard":

* portrait A4; creator and producer "Canva", the metadata title the design's name, the review's title;
* every page a designed page: a full-page cream BACKGROUND rectangle, a coral ACCENT BAR down the left edge and, on
  the pages after the cover, a thin coral rule under a small grey header line (the running title at the left) and the
  footer "Page N" centred at the foot (:func:`footer`);
* a cover page: a large dark title over the publisher's name and the title-page lines, a coral block at its foot, no
  running matter;
* the review in positioned TEXT FRAMES that the designer linked down each page, so paragraphs run over page breaks
  (expected.json ``split_across_pages``); chapters do not start new pages;
* numbered ``single``: each number set LARGE (13 pt) in coral bold in a frame of its own at the left (:data:`CANVA`
  ``number_x``), on its paragraph's first baseline, the text at the frame's indent (:data:`CANVA` ``text_x``),
  ragged right, with Canva's automatic hyphenation (soft hyphens, as in :mod:`devset_pdf`); "•" bullets indented
  under the text; "Recommendation N:" run in, bold, in coral;
* chapter headings dark teal, 17 pt bold, as written (unnumbered);
* page 2 "Contents": each heading and its page, the page flush right (contents_lines "Analysis 6");
* the glossary a table with a coral header row and cream rows.

Pages are recorded during layout (``afterFlowable``); the contents' page numbers come from a previous pass.
:data:`CANVA` gives the positions and colours the tests use."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_BAR_W = 16.0  # the accent bar down the left edge
_LEFT = 62.0  # the text frames' left edge, where the numbers stand
_RIGHT = 52.0
_HANG = 36.0  # the text's indent from the frames' left edge: the number stands in it
_TOP = 70.0  # the frames' top, under the header rule
_BOTTOM = 60.0  # the frames' bottom, above the footer
CREATOR = PRODUCER = "Canva"
CANVA: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "number_x": _LEFT,  # a number's left edge
    "text_x": _LEFT + _HANG,  # where a numbered paragraph's text (every line of it) starts
    "bar_w": _BAR_W,
    "rule_top": 50.0,  # the header rule
    "footer_top": _PAGE_H - 34.0,  # the footer line's top is below this
    "frame": (_LEFT, _TOP, _PAGE_W - _RIGHT, _PAGE_H - _BOTTOM),  # the text frames' area (x0, top, x1, bottom)
    "background": (0.992, 0.973, 0.937),  # cream, #FDF8EF
    "accent": (0.949, 0.42, 0.349),  # coral, #F26B59
    "heading": (0.078, 0.263, 0.306),  # dark teal, #14434E
    "grey": (0.4, 0.4, 0.4),
    "body_font": "Helvetica",
    "body_size": 10.5,
    "number_size": 13,
    "heading_size": 17,
}


def footer(page: int | str) -> str:
    """The footer's text, centred: "Page 7"."""
    return f"Page {page}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one single-numbered review as a Canva design with large coral numbers; return bytes and the entry."""
    from reportlab.lib.colors import Color
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

    from .devset_flow import (
        NoteRecording,
        build_with_notes,
        built_expected,
        keyed_paras,
        note_markup,
        page_table,
    )

    if report["numbering"] != "single":
        raise ValueError("the canva layout renders single numbering")
    bullet_font = _pdf._bullet_font()
    cream, coral = Color(*CANVA["background"]), Color(*CANVA["accent"])
    teal, grey = Color(*CANVA["heading"]), Color(*CANVA["grey"])
    size = CANVA["body_size"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=CANVA["body_font"], fontSize=size, leading=13.6, alignment=TA_LEFT, spaceAfter=8,
                    embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=1, allowWidows=1,
                    textColor=Color(0.13, 0.13, 0.13))
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=30, leading=36, textColor=teal, spaceAfter=18,
                    embeddedHyphenation=0),
        "org": st("org", fontName="Helvetica-Bold", fontSize=13, leading=17, textColor=coral, spaceAfter=10,
                  embeddedHyphenation=0),
        "cover": st("cover", embeddedHyphenation=0),
        "toch": st("toch", fontName="Helvetica-Bold", fontSize=CANVA["heading_size"], leading=21, textColor=teal,
                   spaceAfter=12, embeddedHyphenation=0),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=CANVA["heading_size"], leading=21, textColor=teal,
                 spaceBefore=12, spaceAfter=8, keepWithNext=1, embeddedHyphenation=0),
        "toc": st("toc", spaceAfter=0, embeddedHyphenation=0),
        "tocn": st("tocn", alignment=TA_RIGHT, spaceAfter=0, embeddedHyphenation=0),
        "body": st("body"),
        "num": st("num", leftIndent=_HANG, bulletIndent=0, bulletFontName="Helvetica-Bold",
                  bulletFontSize=CANVA["number_size"], bulletColor=coral),
        "bullet": st("bullet", leftIndent=_HANG + 16, bulletIndent=_HANG + 4, bulletFontName=bullet_font,
                     bulletFontSize=9, bulletColor=coral, spaceAfter=3),
        "cell": st("cell", spaceAfter=0, embeddedHyphenation=0),
        "cellh": st("cellh", fontName="Helvetica-Bold", textColor=Color(1, 1, 1), spaceAfter=0,
                    embeddedHyphenation=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}
    x0, top, x1, bottom = CANVA["frame"]

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=CREATOR, producer=PRODUCER)
            cover = Frame(x0, _PAGE_H - 560, x1 - x0, 420, id="cover", leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0)
            body = Frame(x0, _PAGE_H - bottom, x1 - x0, bottom - top, id="body", leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.draw_cover),
                                   PageTemplate("design", [body], onPage=self.draw_design)])
            self.start_recording(plain_tokens)

        def background(self, canv: Any) -> None:
            canv.setFillColor(cream)
            canv.rect(0, 0, _PAGE_W, _PAGE_H, stroke=0, fill=1)
            canv.setFillColor(coral)
            canv.rect(0, 0, _BAR_W, _PAGE_H, stroke=0, fill=1)

        def draw_cover(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            self.background(canv)
            canv.setFillColor(coral)
            canv.rect(_BAR_W, 0, _PAGE_W - _BAR_W, 120, stroke=0, fill=1)
            canv.restoreState()

        def draw_design(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            self.background(canv)
            canv.setFillColor(grey)
            canv.setFont("Helvetica", 8.5)
            canv.drawString(x0, _PAGE_H - 40, report["running_title"])
            canv.setStrokeColor(coral)
            canv.setLineWidth(1)
            canv.line(x0, _PAGE_H - CANVA["rule_top"], x1, _PAGE_H - CANVA["rule_top"])
            canv.setFont("Helvetica", 9)
            canv.drawCentredString((x0 + x1) / 2, 24, footer(doc.page))
            canv.restoreState()

    para = keyed_paras(styles)

    def story(toc_pages: dict[str, int]) -> list[Any]:
        flow: list[Any] = [NextPageTemplate("design"), Spacer(1, 20),
                           para(_xml_escape(report["title"]), "title", None),
                           para(_xml_escape(report["publisher"]), "org", None)]
        flow += [para(_xml_escape(t), "cover", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "toch", None)]
        inner = x1 - x0
        table = page_table(blocks, styles, toc_pages, inner, (2, 6))
        flow += [table, PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow += [CondPageBreak(80), para(_xml_escape(b.text), "h1", f"H{idx}")]
            elif b.kind == "unnumbered":
                flow.append(para(note_markup(b.text, [], ""), "body", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph("Term", styles["cellh"]), Paragraph("Meaning", styles["cellh"])]]
                cells += [[Paragraph(f"<b>{_xml_escape(a)}</b>", styles["cell"]),
                           Paragraph(_xml_escape(m), styles["cell"])] for a, m in b.rows]
                grid = Table(cells, colWidths=[120, inner - 120], hAlign="LEFT", repeatRows=1)
                grid.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), coral),
                                          ("LINEBELOW", (0, 1), (-1, -1), 0.5, coral),
                                          ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                flow.append(grid)
            elif b.kind in ("para", "factor"):
                flow.append(para(note_markup(b.text, [], ""), "num", b.key, bullet=b.label))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet="\u2022")
                         for t in b.bullets]
            else:
                flow.append(para(f'<b><font color="#F26B59">{_xml_escape(b.label)}:</font></b> '
                                 f"{note_markup(b.text, [], '')}", "body", b.key))
        return flow

    pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
    return pdf, built_expected(output, blocks, doc, toc_pages, [report["running_title"], footer("N")],
                               metadata_title=report["title"])
