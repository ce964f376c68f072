"""PDF writer for the fictional development set (reportlab), layout ``asciidoctor``: a multi-agency review written in
AsciiDoc as an ``article`` with a title page and a table of contents (``:title-page:``, ``:toc:``) and converted by
ASCIIDOCTOR PDF with the default theme, each numbered paragraph an item of a HORIZONTAL DESCRIPTION LIST
(``[horizontal]`` ``3.2:: text``), so that the number is the list item's term:

* US LETTER portrait; creator the publisher (the document's author), producer "Asciidoctor PDF 2.3.19, based on
  Prawn 2.4.0", the metadata title the review's title;
* a title page (the title large and centred, the title-page lines centred under it in a NOTE ADMONITION: the label
  "NOTE" at the left of a thin vertical rule, the lines beside it), no running matter;
* page 2 "Contents" with DOT LEADERS to each chapter's page, the page number flush right (contents_lines
  "3 What happened .... 5");
* the body starts on page 3 and runs on without new pages for sections (``two-level`` headings "3 What happened", the
  foreword, recommendations and glossary unnumbered), so paragraphs run over page breaks (expected.json
  ``split_across_pages``); a heading is kept off the foot of a page;
* numbering ``two-level``: each number the horizontal list's TERM, in bold sans in the theme's red-brown at the left
  margin (:data:`ASCIIDOCTOR` ``number_x``), on its paragraph's first baseline, the text justified Times with
  hyphenation in the description column (``text_x``) with every line there; "•" bullets inside the column;
  "Recommendation N:" run in bold;
* a running title at the right of the top of every page after the title page, over a hairline rule, and the page
  number alone at the foot on the OUTER side (right on odd pages, left on even pages), as Asciidoctor PDF's default
  running content places it (:func:`footer`);
* the glossary another horizontal description list: each term bold in the term column, its meaning beside it.

Pages are recorded during layout (``afterFlowable``); the contents' page numbers come from a previous pass.
:data:`ASCIIDOCTOR` gives the positions and colours the tests use."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 612.0, 792.0  # US Letter portrait
_LEFT, _RIGHT = 48.24, 48.24  # Asciidoctor PDF's default margins (0.67 in)
_TOP, _BOTTOM = 66.0, 64.0
_TERM = 40.0  # the term column's width
PRODUCER = "Asciidoctor PDF 2.3.19, based on Prawn 2.4.0"
ASCIIDOCTOR: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "number_x": _LEFT,  # a number's left edge (the term column's)
    "text_x": _LEFT + _TERM,  # where every line of a numbered paragraph starts
    "header_rule_top": 50.0,
    "footer_top": _PAGE_H - 44.0,  # the footer line's top is below this
    "frame": (_LEFT, _TOP, _PAGE_W - _RIGHT, _PAGE_H - _BOTTOM),  # the body's area (x0, top, x1, bottom)
    "red": (0.729, 0.224, 0.145),  # the theme's #BA3925
    "grey": (0.2, 0.2, 0.2),  # the theme's #333333
    "number_font": "Helvetica-Bold",
    "number_size": 10.5,
    "body_font": "Times-Roman",
    "body_size": 10.5,
    "note": "NOTE",
}


def footer(page: int | str) -> str:
    """The footer's text, at the page's outer side: the bare page number."""
    return f"{page}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Convert one two-level review as Asciidoctor PDF would; return the bytes and the expected entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
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

    from .devset_flow import KeyedParagraph, NoteRecording, build_with_notes, note_markup, page_table

    if report["numbering"] != "two-level":
        raise ValueError("the asciidoctor layout renders two-level numbering")
    bullet_font = _pdf._bullet_font()
    red, grey = Color(*ASCIIDOCTOR["red"]), Color(*ASCIIDOCTOR["grey"])
    size = ASCIIDOCTOR["body_size"]
    x0, top, x1, bottom = ASCIIDOCTOR["frame"]
    inner = x1 - x0

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=ASCIIDOCTOR["body_font"], fontSize=size, leading=15, alignment=TA_JUSTIFY, spaceAfter=8,
                    textColor=grey, embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=1, allowWidows=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Times-Bold", fontSize=27, leading=33, textColor=red, spaceAfter=28,
                    alignment=TA_CENTER, embeddedHyphenation=0),
        "cover": st("cover", alignment=TA_LEFT, embeddedHyphenation=0, spaceAfter=4),
        "toch": st("toch", fontName="Times-Bold", fontSize=20, leading=26, spaceAfter=14, alignment=TA_LEFT,
                   embeddedHyphenation=0),
        "h1": st("h1", fontName="Times-Bold", fontSize=18, leading=23, spaceBefore=12, spaceAfter=10, keepWithNext=1,
                 alignment=TA_LEFT, embeddedHyphenation=0),
        "toc": st("toc", spaceAfter=0, alignment=TA_LEFT, embeddedHyphenation=0),
        "tocn": st("tocn", alignment=TA_RIGHT, spaceAfter=0, embeddedHyphenation=0),
        "body": st("body"),
        "num": st("num", leftIndent=_TERM, bulletIndent=0, bulletFontName=ASCIIDOCTOR["number_font"],
                  bulletFontSize=ASCIIDOCTOR["number_size"], bulletColor=red),
        "bullet": st("bullet", leftIndent=_TERM + 16, bulletIndent=_TERM + 5, bulletFontName=bullet_font,
                     bulletFontSize=8, spaceAfter=3),
        "cell": st("cell", spaceAfter=0, alignment=TA_LEFT, embeddedHyphenation=0),
        "cellb": st("cellb", fontName="Times-Bold", spaceAfter=0, alignment=TA_LEFT, embeddedHyphenation=0),
    }
    dot = stringWidth(".", styles["toc"].fontName, size)
    space = stringWidth(" ", styles["toc"].fontName, size)

    def leader(heading: str, width: float) -> str:
        """The heading, a space and as many dots as fill the column (Asciidoctor's toc dot leader)."""
        room = width - stringWidth(heading, styles["toc"].fontName, size) - space - 6
        return f"{heading} {'.' * max(3, int(room / dot))}"

    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=report["publisher"], producer=PRODUCER)
            cover = Frame(x0 + 30, 120, inner - 60, _PAGE_H - 300, id="cover", leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0)
            body = Frame(x0, _PAGE_H - bottom, inner, bottom - top, id="body", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("cover", [cover]),
                                   PageTemplate("page", [body], onPage=self.draw_page)])
            self.start_recording(plain_tokens)

        def draw_page(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(grey)
            canv.setFont("Times-Italic", 9)
            canv.drawRightString(x1, _PAGE_H - 40, report["running_title"])
            canv.setStrokeColor(Color(0.87, 0.87, 0.87))
            canv.setLineWidth(0.25)
            canv.line(x0, _PAGE_H - ASCIIDOCTOR["header_rule_top"], x1, _PAGE_H - ASCIIDOCTOR["header_rule_top"])
            canv.setFont("Times-Roman", 9)
            if doc.page % 2:  # the outer side: right on a recto (odd) page, left on a verso
                canv.drawRightString(x1, 30, footer(doc.page))
            else:
                canv.drawString(x0, 30, footer(doc.page))
            canv.restoreState()

    uid = iter(range(1, 10**6))

    def para(markup: str, style: Any, key: str | None, bullet: str | None = None) -> Any:
        made = KeyedParagraph(markup, styles[style] if isinstance(style, str) else style, bulletText=bullet)
        made.devset_key, made.devset_uid = key, next(uid)
        return made

    def admonition() -> Any:
        lines = [Paragraph(_xml_escape(t), styles["cover"]) for t in _r.title_lines(report)]
        label = Paragraph(ASCIIDOCTOR["note"], st("note", fontName="Helvetica-Bold", fontSize=10, alignment=TA_CENTER,
                                                   textColor=Color(0.1, 0.33, 0.5), embeddedHyphenation=0))
        box = Table([[label, lines]], colWidths=[60, inner - 120], hAlign="CENTER")
        box.setStyle(TableStyle([("LINEAFTER", (0, 0), (0, 0), 0.5, Color(0.87, 0.87, 0.87)),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("LEFTPADDING", (1, 0), (1, 0), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
        return box

    def story(toc_pages: dict[str, int]) -> list[Any]:
        flow: list[Any] = [NextPageTemplate("page"), Spacer(1, 80), para(_xml_escape(report["title"]), "title", None),
                           admonition(), PageBreak(), para("Contents", "toch", None)]
        table = page_table(blocks, styles, toc_pages, inner, (2, 4), number_w=30,
                           entry=lambda idx, b: _xml_escape(leader(b.text, inner - 30)))
        flow.append(table)
        first = next(i for i, b in enumerate(blocks) if b.kind == "heading")
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if b.level == 1 and idx == first:  # the body starts on the page after the contents
                    flow.append(PageBreak())
                flow += [CondPageBreak(80), para(_xml_escape(b.text), "h1", f"H{idx}")]
            elif b.kind == "unnumbered":
                flow.append(para(note_markup(b.text, [], ""), "body", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph(_xml_escape(a), styles["cellb"]), Paragraph(_xml_escape(m), styles["cell"])]
                         for a, m in b.rows]
                grid = Table(cells, colWidths=[130, inner - 130], hAlign="LEFT")
                grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                          ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                          ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
                flow.append(grid)
            elif b.kind in ("para", "factor"):
                flow.append(para(note_markup(b.text, [], ""), "num", b.key, bullet=b.label))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet="\u2022")
                         for t in b.bullets]
            else:
                flow.append(para(f"<b>{_xml_escape(b.label)}:</b> {note_markup(b.text, [], '')}", "body", b.key))
        return flow

    pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
    contents = [f"{leader(b.text, inner - 30)} {toc_pages[f'H{i}']}" for i, b in enumerate(blocks)
                if b.kind == "heading" and b.level == 1]
    return pdf, _r.expected(output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
                            contents_lines=contents, running_header_lines=[report["running_title"], footer("N")],
                            hyphenated_words=list(dict.fromkeys(doc.soft)),
                            broken_compounds=list(dict.fromkeys(doc.hard)), metadata_title=report["title"])
