"""PDF writer for the fictional development set (reportlab), layout ``browserprint``: a review published as a web page
and saved to PDF with a web browser's "Print" dialog (headers and footers switched on), as a reader downloads it.

* portrait A4 with the browser's narrow margins; on EVERY page, the title page included, the browser's print header
  (the date and time of printing at the top left, the page's ``<title>`` centred on the same line) and footer (the
  page's address at the bottom left, a page counter "3/17" at the bottom right), in small sans-serif type outside
  the page's own content. The output's ``printed``, ``page_title`` and ``page_url`` keys give the three strings;
* page 1: the page's ``<h1>`` title and the title-page lines; page 2: the page's "Contents" box, a list of the
  level-1 headings as anchor links (no page numbers: a web page has none), set on its own page by the site's print
  stylesheet; from page 3 the text flows on without a page break between chapters;
* paragraphs numbered ``single``, the number typed with a stop and run in ("12. The ..."), ragged right in
  Helvetica with the browser's automatic hyphenation (soft hyphens, as in :mod:`devset_pdf`); section headings
  UNNUMBERED, bold, kept with the next paragraph; factor-list bullets "•" indented under their lead-in;
  recommendations "Recommendation N:" in bold run in; the glossary a ruled two-column table after them.

The citation label is the plain number ("12"). Pages of paragraphs are recorded during layout (``afterFlowable``);
the page counter's total comes from a previous pass. :data:`BROWSER` gives the positions of the running lines."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_LEFT, _RIGHT, _TOP, _BOTTOM = 1.9 * _CM, 1.9 * _CM, 1.8 * _CM, 1.8 * _CM
CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
PRODUCER = "Skia/PDF m131"
BROWSER: dict[str, Any] = {  # in points, as pdfplumber measures (from the left and from the top of the page)
    "header_top": 0.45 * _CM,  # the browser's header line sits in the top margin, above the page's content
    "footer_top": _PAGE_H - 0.75 * _CM,  # and its footer line in the bottom margin
    "text_x": _LEFT,
}


def counter(page: int, total: int) -> str:
    """The browser's page counter: "3/17"."""
    return f"{page}/{total}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one review as a browser prints a web page; return bytes and expected entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from .devset_flow import KeyedParagraph, Recording

    if report["numbering"] != "single":
        raise ValueError("the browserprint layout renders single numbering")
    printed, page_title, url = output["printed"], output["page_title"], output["page_url"]
    link, grey = Color(0.1, 0.32, 0.6), Color(0.8, 0.8, 0.8)
    bullet_font = _pdf._bullet_font()

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Helvetica", fontSize=11, leading=16.5, alignment=TA_LEFT, spaceAfter=9,
                    leftIndent=0, embeddedHyphenation=1, uriWasteReduce=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=24, leading=30, spaceAfter=16),
        "cover": st("cover", fontSize=12, leading=17, spaceAfter=8),
        "h2": st("h2", fontName="Helvetica-Bold", fontSize=15, leading=20, spaceBefore=12, spaceAfter=8,
                 keepWithNext=1),
        "h3": st("h3", fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=6, spaceAfter=6,
                 keepWithNext=1),
        "body": st("body"),
        "toc": st("toc", textColor=link, spaceAfter=5, leftIndent=0.5 * _CM),
        "bullet": st("bullet", leftIndent=1.1 * _CM, bulletIndent=0.5 * _CM, bulletFontName=bullet_font,
                     bulletFontSize=10, spaceAfter=4),
        "cell": st("cell", fontSize=9.5, leading=12.5, spaceAfter=0, embeddedHyphenation=0),
        "head": st("head", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5, spaceAfter=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class Doc(Recording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO, total: int) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=page_title, author="",
                             subject="", creator=CHROME, producer=PRODUCER,
                             leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP, bottomMargin=_BOTTOM)
            frame = Frame(_LEFT, _BOTTOM, _PAGE_W - _RIGHT - _LEFT, _PAGE_H - _TOP - _BOTTOM, id="f",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("page", [frame], onPage=self.decorate)])
            self.total = total
            self.start_recording(plain_tokens)

        def decorate(self, canv: Any, doc: Any) -> None:
            """The browser's running lines: on every page, the first one too."""
            canv.saveState()
            canv.setFont("Helvetica", 8)
            y_head = _PAGE_H - BROWSER["header_top"] - 8
            canv.drawString(0.6 * _CM, y_head, printed)
            canv.drawCentredString(_PAGE_W / 2, y_head, page_title)
            y_foot = _PAGE_H - BROWSER["footer_top"] - 8
            canv.drawString(0.6 * _CM, y_foot, url)
            canv.drawRightString(_PAGE_W - 0.6 * _CM, y_foot, counter(doc.page, self.total))
            canv.restoreState()

        def afterFlowable(self, flowable: Any) -> None:
            key = self.record(flowable)
            if key is None:
                return
            if key.startswith("C"):
                self.contents.append(flowable.getPlainText())
            if isinstance(flowable, Paragraph):
                self.scan_hyphens(flowable)

    def story() -> list[Any]:
        uid = iter(range(1, 10**6))

        def para(text: str, style: str, key: str | None, bullet: str | None = None, lead: str = "") -> Any:
            markup = _pdf._soft_hyphenate(_xml_escape(text)) if key and key[0] not in "HC" else _xml_escape(text)
            if lead:
                markup = f"<b>{_xml_escape(lead)}</b> {markup}"
            p = KeyedParagraph(markup, styles[style], bulletText=bullet)
            p.devset_key, p.devset_uid = key, next(uid)
            return p

        flow: list[Any] = [Spacer(1, 1.5 * _CM), para(report["title"], "title", None)]
        flow += [para(t, "cover", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "h2", None)]  # the print stylesheet: the contents box on its own page
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                flow.append(para(b.text, "toc", f"C{idx}"))
        flow.append(PageBreak())
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow.append(para(b.text, "h2" if b.level == 1 else "h3", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph("Term", styles["head"]), Paragraph("Meaning", styles["head"])]]
                cells += [[Paragraph(_xml_escape(a), styles["head"]), Paragraph(_xml_escape(m), styles["cell"])]
                          for a, m in b.rows]
                table = Table(cells, colWidths=[3.2 * _CM, _PAGE_W - _LEFT - _RIGHT - 3.2 * _CM], hAlign="LEFT",
                              repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, grey),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                flow.append(table)
            elif b.kind in ("para", "factor"):
                flow.append(para(f"{b.label}. {b.text}", "body", b.key))
                flow += [para(t, "bullet", b.key, bullet="\u2022") for t in b.bullets]
            else:
                flow.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return flow

    previous, total = None, 0
    for _ in range(4):  # iterate until the page counter's total is stable (normally two passes)
        buf = io.BytesIO()
        doc = Doc(buf, total)
        doc.build(story())
        state = (doc.records, doc.last_page)
        if state == previous and total == doc.last_page:
            break
        previous, total = state, doc.last_page
    else:
        raise RuntimeError("PDF layout did not stabilise")
    entries = []
    for b in blocks:
        if b.key:
            start, end = doc.records[b.key]
            entries.append(_r.entry(b, start, end > start))
    return buf.getvalue(), _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=entries,
        running_header_lines=[printed, page_title, f"{url} N/{total}"],
        contents_lines=doc.contents, hyphenated_words=list(dict.fromkeys(doc.soft)),
        broken_compounds=list(dict.fromkeys(doc.hard)))
