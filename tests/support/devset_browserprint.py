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
    from reportlab.platypus import PageBreak, Spacer

    from . import devset_common_pdf as _c

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
    words = _c.report_words(blocks)

    class Doc(_c.PrintedDoc):
        def __init__(self, buf: io.BytesIO, total: int) -> None:
            body = _c.frame(_LEFT, _BOTTOM, _PAGE_W - _RIGHT - _LEFT, _PAGE_H - _TOP - _BOTTOM)
            super().__init__(buf, words, total, body, pagesize=(_PAGE_W, _PAGE_H), title=page_title, author="",
                             subject="", creator=CHROME, producer=PRODUCER,
                             leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP, bottomMargin=_BOTTOM)

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

    def story() -> list[Any]:
        para = _c.text_paras(styles, plain="HC")  # headings and contents entries: no soft hyphens

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
                flow.append(_c.gridded_glossary(styles, b.rows, 3.2 * _CM, _PAGE_W - _LEFT - _RIGHT, grey))
            elif b.kind in ("para", "factor"):
                flow.append(para(f"{b.label}. {b.text}", "body", b.key))
                flow += [para(t, "bullet", b.key, bullet="\u2022") for t in b.bullets]
            else:
                flow.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return flow

    pdf, doc, total = _c.build_with_total(Doc, story)
    return pdf, _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[printed, page_title, f"{url} N/{total}"],
        contents_lines=doc.contents, hyphenated_words=list(dict.fromkeys(doc.soft)),
        broken_compounds=list(dict.fromkeys(doc.hard)))
