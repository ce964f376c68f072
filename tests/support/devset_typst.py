"""PDF writer for the fictional development set (reportlab), layout ``typst``: a safeguarding board's case management
review written in a plain-text markup file and TYPESET WITH TYPST, its number gutter set up by the board's own
template:

* portrait A4; creator and producer "Typst 0.12.0", the metadata title the review's title;
* a title page (the title in large bold sans type, a short accent rule, the title-page lines), no running matter;
* page 2 "Contents": each heading and its page, the page flush right (contents_lines "Analysis 6");
* from page 3 the review runs on without new pages for chapters, so paragraphs run over page breaks (expected.json
  ``split_across_pages``); on every page after the title page a running title at the left over a hairline rule and
  the bare page number centred at the foot (:func:`footer`);
* numbered ``single``: each number set in SMALL GREY sans type, FLUSH RIGHT against a thin vertical GUTTER RULE that
  runs down the left of the text block on every body page (:data:`TYPST` ``number_right``, ``rule_x``), on its
  paragraph's first baseline; the text justified Times with Typst's hyphenation (soft hyphens, as in
  :mod:`devset_pdf`), every line at the text block's left edge (:data:`TYPST` ``text_x``); "•" bullets indented;
  "Recommendation N:" run in bold;
* chapter headings in bold dark blue sans, unnumbered (single numbering);
* the glossary a table with a rule under its header row.

Pages are recorded during layout (``afterFlowable``); the contents' page numbers come from a previous pass.
:data:`TYPST` gives the positions and colours the tests use."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_TEXT_X = 96.0  # the text block's left edge
_RIGHT = 70.0
_TOP = 78.0  # the body's top, under the header rule
_BOTTOM = 72.0  # the body's bottom, above the footer
CREATOR = PRODUCER = "Typst 0.12.0"
TYPST: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "text_x": _TEXT_X,  # where every line of a numbered paragraph starts
    "rule_x": _TEXT_X - 8.0,  # the gutter rule's x
    "number_right": _TEXT_X - 13.0,  # a number's right edge
    "header_rule_top": 58.0,
    "footer_top": _PAGE_H - 50.0,  # the footer line's top is below this
    "frame": (_TEXT_X, _TOP, _PAGE_W - _RIGHT, _PAGE_H - _BOTTOM),  # the body's area (x0, top, x1, bottom)
    "grey": (0.45, 0.45, 0.45),
    "blue": (0.09, 0.2, 0.42),
    "number_font": "Helvetica",
    "number_size": 8.5,
    "body_font": "Times-Roman",
    "body_size": 11,
}


def footer(page: int | str) -> str:
    """The footer's text, centred: the bare page number."""
    return f"{page}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Typeset one single-numbered review as Typst would with a number gutter; return bytes and the entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
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

    from .devset_flow import KeyedParagraph, NoteRecording, build_with_notes, built_expected, note_markup, page_table

    if report["numbering"] != "single":
        raise ValueError("the typst layout renders single numbering")
    bullet_font = _pdf._bullet_font()
    grey, blue = Color(*TYPST["grey"]), Color(*TYPST["blue"])
    size = TYPST["body_size"]
    x0, top, x1, bottom = TYPST["frame"]
    gutter = x0 - TYPST["number_right"]  # from a number's right edge to the text

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=TYPST["body_font"], fontSize=size, leading=14, alignment=TA_JUSTIFY, spaceAfter=7,
                    embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=1, allowWidows=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=24, leading=30, textColor=blue, spaceAfter=16,
                    alignment=TA_LEFT, embeddedHyphenation=0),
        "cover": st("cover", alignment=TA_LEFT, embeddedHyphenation=0),
        "toch": st("toch", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=blue, spaceAfter=12,
                   alignment=TA_LEFT, embeddedHyphenation=0),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=blue, spaceBefore=14,
                 spaceAfter=7, keepWithNext=1, alignment=TA_LEFT, embeddedHyphenation=0),
        "toc": st("toc", spaceAfter=0, alignment=TA_LEFT, embeddedHyphenation=0),
        "tocn": st("tocn", alignment=TA_RIGHT, spaceAfter=0, embeddedHyphenation=0),
        "body": st("body"),
        "bullet": st("bullet", leftIndent=18, bulletIndent=6, bulletFontName=bullet_font, bulletFontSize=9,
                     spaceAfter=3),
        "cell": st("cell", spaceAfter=0, alignment=TA_LEFT, embeddedHyphenation=0),
        "cellh": st("cellh", fontName="Times-Bold", spaceAfter=0, alignment=TA_LEFT, embeddedHyphenation=0),
    }
    numbered: dict[str, ParagraphStyle] = {}

    def num_style(label: str) -> ParagraphStyle:
        """The style whose bullet (the number) ends flush against the gutter: its indent depends on its width."""
        if label not in numbered:
            width = stringWidth(label, TYPST["number_font"], TYPST["number_size"])
            numbered[label] = st(f"num{label}", bulletIndent=-gutter - width, bulletFontName=TYPST["number_font"],
                                 bulletFontSize=TYPST["number_size"], bulletColor=grey)
        return numbered[label]

    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=CREATOR, producer=PRODUCER)
            cover = Frame(x0 - 24, _PAGE_H - 620, x1 - x0 + 24, 480, id="cover", leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0)
            body = Frame(x0, _PAGE_H - bottom, x1 - x0, bottom - top, id="body", leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.draw_cover),
                                   PageTemplate("page", [body], onPage=self.draw_page)])
            self.start_recording(plain_tokens)

        def draw_cover(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setStrokeColor(blue)
            canv.setLineWidth(3)
            canv.line(x0 - 24, _PAGE_H - 128, x0 + 40, _PAGE_H - 128)
            canv.restoreState()

        def draw_page(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(grey)
            canv.setFont("Helvetica", 8.5)
            canv.drawString(x0, _PAGE_H - 50, report["running_title"])
            canv.setStrokeColor(grey)
            canv.setLineWidth(0.4)
            canv.line(x0, _PAGE_H - TYPST["header_rule_top"], x1, _PAGE_H - TYPST["header_rule_top"])
            if doc.page > 2:  # the gutter rule beside the body text
                canv.setLineWidth(0.5)
                canv.line(TYPST["rule_x"], _PAGE_H - top, TYPST["rule_x"], _PAGE_H - bottom)
            canv.setFillColor(Color(0, 0, 0))
            canv.setFont("Times-Roman", 10)
            canv.drawCentredString((x0 + x1) / 2, 40, footer(doc.page))
            canv.restoreState()

    uid = iter(range(1, 10**6))

    def para(markup: str, style: Any, key: str | None, bullet: str | None = None) -> Any:
        made = KeyedParagraph(markup, styles[style] if isinstance(style, str) else style, bulletText=bullet)
        made.devset_key, made.devset_uid = key, next(uid)
        return made

    def story(toc_pages: dict[str, int]) -> list[Any]:
        flow: list[Any] = [NextPageTemplate("page"), Spacer(1, 30),
                           para(_xml_escape(report["title"]), "title", None)]
        flow += [para(_xml_escape(t), "cover", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "toch", None)]
        inner = x1 - x0
        table = page_table(blocks, styles, toc_pages, inner, (2, 5))
        flow += [table, PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow += [CondPageBreak(70), para(_xml_escape(b.text), "h1", f"H{idx}")]
            elif b.kind == "unnumbered":
                flow.append(para(note_markup(b.text, [], ""), "body", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph("Term", styles["cellh"]), Paragraph("Meaning", styles["cellh"])]]
                cells += [[Paragraph(_xml_escape(a), styles["cell"]), Paragraph(_xml_escape(m), styles["cell"])]
                          for a, m in b.rows]
                grid = Table(cells, colWidths=[120, inner - 120], hAlign="LEFT", repeatRows=1)
                grid.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, Color(0, 0, 0)),
                                          ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                flow.append(grid)
            elif b.kind in ("para", "factor"):
                flow.append(para(note_markup(b.text, [], ""), num_style(b.label), b.key, bullet=b.label))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet="\u2022")
                         for t in b.bullets]
            else:
                flow.append(para(f"<b>{_xml_escape(b.label)}:</b> {note_markup(b.text, [], '')}", "body", b.key))
        return flow

    pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
    return pdf, built_expected(output, blocks, doc, toc_pages, [report["running_title"], footer("N")],
                               metadata_title=report["title"])
