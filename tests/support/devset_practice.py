"""PDF writer for the fictional development set (reportlab), layout ``practice``: a Welsh-style Child Practice
Review report, written in Word from the regional safeguarding board's template and saved as PDF.

* page 1: a title page (the board's name, title, ``FICTION_LABEL``, date, publisher, title-page lines such as
  the review's reference), no running matter; page 2: a contents page listing the level-1 headings with dot
  leaders and page numbers;
* from page 3: one justified Helvetica column at a single left edge; chapter headings are numbered "1 Title"
  (subheadings unnumbered), while the paragraphs carry one running number through the whole report typed in
  square brackets and run in, in bold, at the start of the first line: "[12] The ..." (numbering ``bracket``:
  cited "12", with ``printed_label`` "[12]" in expected.json); "•" bullets indented under the text;
  "Recommendation N:" in bold run in;
* the preface and the contents end with a page break; chapters start a new page only when little room is left;
  the glossary appendix starts a new page and is a two-column table;
* on every page but the first a running header with the running title at the left and the review's reference
  at the right, on one line over a rule, and a centred bilingual footer "Tudalen | Page N".

Pages of every paragraph are recorded during layout (``afterFlowable``), and words broken at a line end by a
soft hyphen or at a compound's own hyphen are collected as in :mod:`devset_pdf`. :data:`PRACTICE` gives the x of
the text block and the band of the body between header and footer, for the tests."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4
_LEFT, _RIGHT, _TOP, _BOTTOM = 2.5 * _CM, 2.5 * _CM, 2.8 * _CM, 2.4 * _CM
PRACTICE: dict[str, float] = {  # in points, as pdfplumber measures (from the left and from the top of the page)
    "text_x": _LEFT,  # where headings, paragraphs (with their "[n]"), recommendations and the glossary start
    "body_top": _TOP - 0.5 * _CM,  # below the running header
    "body_bottom": _PAGE_H - _BOTTOM + 0.5 * _CM,  # above the footer
}
FOOTER = "Tudalen | Page {n}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one Child Practice Review; return the bytes and its expected.json entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Flowable,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from .devset_flow import KeyedParagraph, Recording

    vera = _pdf._bullet_font()
    teal = Color(0.0, 0.36, 0.38)
    reference = output["reference"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Helvetica", fontSize=10.5, leading=15.5, alignment=TA_JUSTIFY, spaceAfter=10,
                    embeddedHyphenation=1, uriWasteReduce=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "board": st("board", fontName="Helvetica-Bold", fontSize=13, leading=17, alignment=TA_LEFT, spaceAfter=30,
                    textColor=teal),
        "title": st("title", fontName="Helvetica-Bold", fontSize=21, leading=27, alignment=TA_LEFT, spaceAfter=22),
        "cover": st("cover", fontSize=12, leading=17, alignment=TA_LEFT, spaceAfter=9),
        "contents": st("contents", fontName="Helvetica-Bold", fontSize=15, leading=20, alignment=TA_LEFT,
                       spaceAfter=14, textColor=teal),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=18, alignment=TA_LEFT, spaceBefore=12,
                 spaceAfter=8, keepWithNext=1, textColor=teal),
        "h2": st("h2", fontName="Helvetica-BoldOblique", fontSize=11, leading=15, alignment=TA_LEFT, spaceBefore=6,
                 spaceAfter=5, keepWithNext=1),
        "body": st("body"),
        "bullet": st("bullet", leftIndent=1.1 * _CM, bulletIndent=0.5 * _CM, bulletFontName=vera, bulletFontSize=9,
                     spaceAfter=3),
        "cell": st("cell", fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class ContentsLine(Flowable):
        """One contents entry: heading, dot leaders and page number drawn as a single string."""

        def __init__(self, text: str, page: str) -> None:
            super().__init__()
            self.text, self.page, self.drawn = text, page, ""

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            room = availWidth - stringWidth(f"{self.text}  {self.page}", "Helvetica", 10.5)
            dots = max(3, int(room / stringWidth(".", "Helvetica", 10.5)) - 1)
            self.drawn = f"{self.text} {'.' * dots} {self.page}"
            return availWidth, 19

        def draw(self) -> None:
            self.canv.setFont("Helvetica", 10.5)
            self.canv.drawString(0, 5, self.drawn)

    class Doc(Recording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO) -> None:
            super().__init__(buf, pagesize=A4, invariant=1, title=report["title"], author=report["publisher"],
                             subject=FICTION_LABEL, leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP,
                             bottomMargin=_BOTTOM)
            frame = Frame(_LEFT, _BOTTOM, _PAGE_W - _LEFT - _RIGHT, _PAGE_H - _TOP - _BOTTOM, id="f",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("title", [frame]),
                                   PageTemplate("body", [frame], onPage=self.decorate)])
            self.start_recording(plain_tokens)

        def decorate(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFont("Helvetica", 8.5)
            y = _PAGE_H - 1.6 * _CM
            canv.drawString(_LEFT, y, report["running_title"])
            canv.drawRightString(_PAGE_W - _RIGHT, y, reference)
            canv.setStrokeColor(teal)
            canv.setLineWidth(0.6)
            canv.line(_LEFT, y - 0.22 * _CM, _PAGE_W - _RIGHT, y - 0.22 * _CM)
            canv.drawCentredString(_PAGE_W / 2, 1.2 * _CM, FOOTER.format(n=doc.page))
            canv.restoreState()

        def afterFlowable(self, flowable: Any) -> None:
            if isinstance(flowable, ContentsLine):
                self.contents.append(flowable.drawn)
            key = self.record(flowable)
            if key is None:
                return
            if isinstance(flowable, Paragraph):
                self.scan_hyphens(flowable)

    def story(pages: dict[str, int] | None) -> list[Any]:
        uid = iter(range(1, 10**6))

        def para(text: str, style: str, key: str | None, bullet: str | None = None, lead: str = "") -> Any:
            markup = _pdf._soft_hyphenate(_xml_escape(text)) if key else _xml_escape(text)
            if lead:
                markup = f"<b>{_xml_escape(lead)}</b> {markup}"
            p = KeyedParagraph(markup, styles[style], bulletText=bullet)
            p.devset_key, p.devset_uid = key, next(uid)
            return p

        flow: list[Any] = [Spacer(1, 2.5 * _CM), para(output["board"], "board", None),
                           para(report["title"], "title", None)]
        flow += [para(t, "cover", None) for t in _r.title_lines(report)]
        flow += [NextPageTemplate("body"), PageBreak(), para("Contents", "contents", None)]
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                flow.append(ContentsLine(b.text, str(pages[f"H{idx}"]) if pages else "00"))
        flow.append(PageBreak())
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if idx and b.major and (blocks[idx - 1].kind == "unnumbered" or blocks[idx + 1].kind == "glossary"):
                    flow.append(PageBreak())
                elif idx and b.major:
                    flow.append(CondPageBreak(4.5 * _CM))
                flow.append(para(b.text, "h1" if b.level == 1 else "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[para(a, "cell", None), para(m, "cell", None)] for a, m in b.rows]
                width = _PAGE_W - _LEFT - _RIGHT
                table = Table(cells, colWidths=[3.0 * _CM, width - 3.0 * _CM], hAlign="LEFT")
                table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, teal)]))
                flow.append(table)
            elif b.kind in ("para", "factor"):
                flow.append(para(b.text, "body", b.key, lead=b.printed))
                flow += [para(t, "bullet", b.key, bullet="•") for t in b.bullets]
            else:
                flow.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return flow

    pages: dict[str, int] | None = None
    previous = None
    for _ in range(4):  # iterate until page numbers are stable (normally two passes)
        buf = io.BytesIO()
        doc = Doc(buf)
        doc.build(story(pages))
        state = (doc.records, doc.last_page)
        if state == previous:
            break
        previous = state
        pages = {k: v[0] for k, v in doc.records.items() if k.startswith("H")}
    else:
        raise RuntimeError("PDF layout did not stabilise")
    entries = []
    for b in blocks:
        if b.key:
            start, end = doc.records[b.key]
            entries.append(_r.entry(b, start, end > start))
    expected = _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=entries,
        running_header_lines=[report["running_title"], reference, FOOTER.format(n="N")],
        contents_lines=doc.contents, hyphenated_words=list(dict.fromkeys(doc.soft)),
        broken_compounds=list(dict.fromkeys(doc.hard)))
    return buf.getvalue(), expected
