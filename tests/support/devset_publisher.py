"""PDF writer for the fictional development set (reportlab), layout ``publisher``: a safeguarding partnership's rapid
review laid out by its business unit in MICROSOFT PUBLISHER on a house template and exported to PDF ("File > Export >
Create PDF/XPS"):

* portrait A4; creator and producer "Microsoft® Publisher for Microsoft 365", the metadata title the publication's
  title, the review's title;
* a cover page: a full-width coloured panel (:data:`PUBLISHER` ``brand``) holding the publisher's name, the title and
  the title-page lines in white, no running matter;
* on every later page the template's MASTER PAGE: a coloured BANNER across the head with the running title in white at
  its left (the header), a coloured band at the foot with "Page N" in white at its right (:func:`footer`), and one
  LINKED TEXT BOX with a thin coloured border between them: the review flows from box to box, page to page, so
  chapters do not start new pages and paragraphs run over page breaks (expected.json ``split_across_pages``);
* numbered ``single``: each number set in white bold type on a filled coloured BADGE (a rounded rectangle) hanging at
  the left edge of the text box on its paragraph's first baseline, the text at a hanging indent
  (:data:`PUBLISHER` ``text_x``), ragged right, hyphenated by Publisher's automatic hyphenation (soft hyphens, as in
  :mod:`devset_pdf`); "•" bullets indented under the text; "Recommendation N:" run in, bold, in the brand colour;
* chapter headings in the brand colour, 15 pt bold, headings as written (unnumbered);
* page 2 "Contents": each heading and its page, the page flush right, no leader (contents_lines "Analysis 5");
* the glossary a table with a coloured header row.

Pages are recorded during layout (``afterFlowable``); the contents' page numbers come from a previous pass.
:data:`PUBLISHER` gives the positions and colours the tests use."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_BOX_X = 56.0  # the linked text box's left edge (its border), and where the badges hang
_BOX_W = _PAGE_W - 2 * _BOX_X
_PAD = 10.0  # the text box's inner margin
_HANG = 34.0  # the text's indent from the box's inner edge: the badge hangs in it
_BANNER_H = 54.0  # the master page's banner at the head
_FOOT_H = 30.0  # the master page's band at the foot
CREATOR = PRODUCER = "Microsoft® Publisher for Microsoft 365"
PUBLISHER: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "badge_x": _BOX_X + _PAD,  # a badge's left edge; its number is centred in it
    "badge_w": 26.0,
    "text_x": _BOX_X + _PAD + _HANG,  # where a numbered paragraph's text (every line of it) starts
    "box": (_BOX_X, _BANNER_H + 18, _PAGE_W - _BOX_X, _PAGE_H - _FOOT_H - 18),  # the text box's border (x0, top, x1,
    # bottom)
    "banner_h": _BANNER_H,
    "foot_top": _PAGE_H - _FOOT_H,
    "brand": (0.0, 0.451, 0.494),  # the template's teal, #00737E
    "body_font": "Helvetica",
    "body_size": 10.5,
    "heading_size": 15,
}


def footer(page: int | str) -> str:
    """The foot band's text, at its right: "Page 7"."""
    return f"Page {page}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one single-numbered review as a Publisher export with badge numbers; return bytes and expected entry."""
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

    from .devset_flow import KeyedParagraph, NoteRecording, build_with_notes, built_expected, note_markup, page_table

    if report["numbering"] != "single":
        raise ValueError("the publisher layout renders single numbering")
    bullet_font = _pdf._bullet_font()
    brand = Color(*PUBLISHER["brand"])
    white = Color(1, 1, 1)
    size = PUBLISHER["body_size"]

    class BadgeParagraph(KeyedParagraph):
        """A numbered paragraph whose first part draws its number's badge behind the number (the bullet)."""

        def draw(self) -> None:
            if self.bulletText:
                canv = self.canv
                asc = getattr(self.blPara, "ascent", size)
                base = self.height - asc  # the first line's baseline, where reportlab sets the bullet
                canv.saveState()
                canv.setFillColor(brand)
                canv.setStrokeColor(brand)
                canv.roundRect(0, base - 6.5, PUBLISHER["badge_w"], 13.5, 3, stroke=0, fill=1)
                canv.restoreState()
            super().draw()

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=PUBLISHER["body_font"], fontSize=size, leading=13.2, alignment=TA_LEFT, spaceAfter=7,
                    embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=1, allowWidows=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "org": st("org", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=white, embeddedHyphenation=0),
        "title": st("title", fontName="Helvetica-Bold", fontSize=24, leading=29, textColor=white, spaceAfter=16,
                    embeddedHyphenation=0),
        "cover": st("cover", textColor=white, embeddedHyphenation=0, leftIndent=0),
        "toch": st("toch", fontName="Helvetica-Bold", fontSize=PUBLISHER["heading_size"], leading=19, textColor=brand,
                   spaceAfter=10, embeddedHyphenation=0),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=PUBLISHER["heading_size"], leading=19, textColor=brand,
                 spaceBefore=10, spaceAfter=6, keepWithNext=1, embeddedHyphenation=0),
        "toc": st("toc", spaceAfter=0, embeddedHyphenation=0),
        "tocn": st("tocn", alignment=TA_RIGHT, spaceAfter=0, embeddedHyphenation=0),
        "body": st("body"),
        "num": st("num", leftIndent=_HANG, bulletIndent=(PUBLISHER["badge_w"] - 12) / 2,
                  bulletFontName="Helvetica-Bold", bulletFontSize=9, bulletColor=white),
        "bullet": st("bullet", leftIndent=_HANG + 16, bulletIndent=_HANG + 4, bulletFontName=bullet_font,
                     bulletFontSize=9, spaceAfter=3),
        "cell": st("cell", spaceAfter=0, embeddedHyphenation=0),
        "cellh": st("cellh", fontName="Helvetica-Bold", textColor=white, spaceAfter=0, embeddedHyphenation=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}
    x0, top, x1, bottom = PUBLISHER["box"]

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=CREATOR, producer=PRODUCER)
            cover = Frame(_BOX_X, _PAGE_H - 420, _BOX_W, 330, id="cover", leftPadding=14, rightPadding=14,
                          topPadding=14, bottomPadding=0)
            box = Frame(x0, _PAGE_H - bottom, x1 - x0, bottom - top, id="box", leftPadding=_PAD,
                        rightPadding=_PAD, topPadding=_PAD, bottomPadding=_PAD)
            self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.draw_cover),
                                   PageTemplate("master", [box], onPage=self.draw_master)])
            self.start_recording(plain_tokens)

        def draw_cover(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(brand)
            canv.rect(0, _PAGE_H - 440, _PAGE_W, 440, stroke=0, fill=1)
            canv.restoreState()

        def draw_master(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(brand)
            canv.rect(0, _PAGE_H - _BANNER_H, _PAGE_W, _BANNER_H, stroke=0, fill=1)
            canv.rect(0, 0, _PAGE_W, _FOOT_H, stroke=0, fill=1)
            canv.setStrokeColor(brand)
            canv.setLineWidth(0.75)
            canv.rect(x0, _PAGE_H - bottom, x1 - x0, bottom - top, stroke=1, fill=0)  # the text box's border
            canv.setFillColor(white)
            canv.setFont("Helvetica-Bold", 11)
            canv.drawString(_BOX_X, _PAGE_H - _BANNER_H / 2 - 4, report["running_title"])
            canv.setFont("Helvetica", 9)
            canv.drawRightString(_PAGE_W - _BOX_X, _FOOT_H / 2 - 3, footer(doc.page))
            canv.restoreState()

    uid = iter(range(1, 10**6))

    def para(markup: str, style: str, key: str | None, bullet: str | None = None, badge: bool = False) -> Any:
        made = (BadgeParagraph if badge else KeyedParagraph)(markup, styles[style], bulletText=bullet)
        made.devset_key, made.devset_uid = key, next(uid)
        return made

    def story(toc_pages: dict[str, int]) -> list[Any]:
        flow: list[Any] = [NextPageTemplate("master"), Spacer(1, 24),
                           para(_xml_escape(report["publisher"]), "org", None),
                           para(_xml_escape(report["title"]), "title", None)]
        flow += [para(_xml_escape(t), "cover", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "toch", None)]
        inner = x1 - x0 - 2 * _PAD
        table = page_table(blocks, styles, toc_pages, inner, (1, 5))
        flow += [table, PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow += [CondPageBreak(70), para(_xml_escape(b.text), "h1", f"H{idx}")]
            elif b.kind == "unnumbered":
                flow.append(para(note_markup(b.text, [], ""), "body", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph("Term", styles["cellh"]), Paragraph("Meaning", styles["cellh"])]]
                cells += [[Paragraph(f"<b>{_xml_escape(a)}</b>", styles["cell"]),
                           Paragraph(_xml_escape(m), styles["cell"])] for a, m in b.rows]
                grid = Table(cells, colWidths=[130, inner - 130], hAlign="LEFT", repeatRows=1)
                grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, brand),
                                          ("BACKGROUND", (0, 0), (-1, 0), brand),
                                          ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                flow.append(grid)
            elif b.kind in ("para", "factor"):
                flow.append(para(note_markup(b.text, [], ""), "num", b.key, bullet=b.label, badge=True))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet="\u2022")
                         for t in b.bullets]
            else:
                flow.append(para(f'<b><font color="#00737E">{_xml_escape(b.label)}:</font></b> '
                                 f"{note_markup(b.text, [], '')}", "body", b.key))
        return flow

    pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
    return pdf, built_expected(output, blocks, doc, toc_pages, [report["running_title"], footer("N")],
                               metadata_title=report["title"])
