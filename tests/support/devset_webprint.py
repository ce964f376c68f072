"""PDF writer for the fictional development set (reportlab), layout ``webprint``: a review published as a page of a
council website and turned into a PDF by a WEB-TO-PRINT SERVICE (the "Print / PDF" button of a sharing widget), as the
partnership then uploaded it to its document library. Unlike a browser's own print (:mod:`devset_browserprint`), the
service keeps the page's furniture and its links:

* page 1 opens with what the service captured above the article: the service's own strip ("Printed with ..."), the
  site's name, the BREADCRUMB trail ("Home > Children and families > ... > <short name>") and the COOKIE BANNER's
  text and buttons ("Accept all cookies", "Reject non-essential cookies"), all in small grey sans-serif, then the
  page's ``<h1>`` title and the title-page lines, then an "On this page" list of the chapter headings (link-coloured,
  no page numbers), and the article flows on with no page break anywhere;
* paragraphs numbered ``two-level`` ("4.2"); each number is the page's SELF-LINK, set in a DIFFERENT FONT AND
  COLOUR from the text (bold Courier, link blue, underlined) and carrying a live link annotation to
  ``<page_url>#para-4-2``; the text follows in Helvetica, justified, with the service's hyphenation (soft hyphens);
  chapter headings "4 Findings" (bold, numbered), subheadings unnumbered; factor-list bullets "•" indented;
  "Recommendation N:" in bold run in; the glossary a ruled two-column table;
* on EVERY page, a footer line with the page's ADDRESS at the left (a long URL) and "Page N of M" at the right, and
  a header line with the service's name and the date of capture at the left.

The citation label is the plain number ("4.2"). :data:`WEBPRINT` gives the service's strings; the output's
``page_url``, ``captured``, ``site`` and ``breadcrumbs`` keys the page's."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_LEFT, _RIGHT, _TOP, _BOTTOM = 2.8 * _CM, 2.8 * _CM, 2.2 * _CM, 2.2 * _CM
WEBPRINT: dict[str, Any] = {
    "service": "PagePress web-to-print (fictional)",
    "producer": "PagePress PDF engine 4.2 (fictional)",
    "number_font": "Courier-Bold",
    "link_rgb": (0.0, 0.2, 0.8),
    "cookie": ["We use cookies to make this website work and to understand how you use it.",
               "Accept all cookies", "Reject non-essential cookies", "Cookie settings"],
    "on_this_page": "On this page",
}


def anchor(label: str) -> str:
    """The fragment of a paragraph's self-link: "para-4-2"."""
    return "para-" + label.replace(".", "-")


def footer_right(page: int, total: int) -> str:
    return f"Page {page} of {total}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one review as the web-to-print service prints the council's page; return bytes and expected entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Spacer

    from . import devset_common_pdf as _c
    from .devset_flow import KeyedParagraph

    if report["numbering"] != "two-level":
        raise ValueError("the webprint layout renders two-level numbering")
    url, captured, site = output["page_url"], output["captured"], output["site"]
    crumbs = " > ".join([*output["breadcrumbs"], output["short_name"]])
    r, g, b_ = WEBPRINT["link_rgb"]
    link, grey, light = Color(r, g, b_), Color(0.42, 0.42, 0.42), Color(0.8, 0.8, 0.8)
    link_hex = "#" + "".join(f"{int(c * 255):02x}" for c in (r, g, b_))
    bullet_font = _pdf._bullet_font()

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Helvetica", fontSize=12, leading=18, alignment=TA_JUSTIFY, spaceAfter=9,
                    leftIndent=0, embeddedHyphenation=1, uriWasteReduce=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "furniture": st("furniture", fontSize=8, leading=10.5, textColor=grey, alignment=TA_LEFT, spaceAfter=3,
                        embeddedHyphenation=0),
        "title": st("title", fontName="Helvetica-Bold", fontSize=20, leading=25, alignment=TA_LEFT, spaceBefore=8,
                    spaceAfter=12),
        "cover": st("cover", fontSize=11, leading=15, alignment=TA_LEFT, spaceAfter=5),
        "h2": st("h2", fontName="Helvetica-Bold", fontSize=14, leading=19, alignment=TA_LEFT, spaceBefore=10,
                 spaceAfter=7, keepWithNext=1),
        "h3": st("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=15, alignment=TA_LEFT, spaceBefore=5,
                 spaceAfter=5, keepWithNext=1),
        "body": st("body"),
        "toc": st("toc", textColor=link, alignment=TA_LEFT, spaceAfter=3, leftIndent=0.4 * _CM),
        "bullet": st("bullet", leftIndent=1.2 * _CM, bulletIndent=0.55 * _CM, bulletFontName=bullet_font,
                     bulletFontSize=10, spaceAfter=4),
        "cell": st("cell", fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
        "head": st("head", fontName="Helvetica-Bold", fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=0),
    }
    words = _c.report_words(blocks)

    class Doc(_c.PrintedDoc):
        def __init__(self, buf: io.BytesIO, total: int) -> None:
            body = _c.frame(_LEFT, _BOTTOM, _PAGE_W - _RIGHT - _LEFT, _PAGE_H - _TOP - _BOTTOM)
            super().__init__(buf, words, total, body, pagesize=(_PAGE_W, _PAGE_H), title=report["title"], author=site,
                             subject="", creator=WEBPRINT["service"], producer=WEBPRINT["producer"],
                             leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP, bottomMargin=_BOTTOM)

        def decorate(self, canv: Any, doc: Any) -> None:
            """The service's running lines, on every page."""
            canv.saveState()
            canv.setFont("Helvetica", 7.5)
            canv.setFillColor(grey)
            canv.drawString(_LEFT, _PAGE_H - 1.1 * _CM, f"{WEBPRINT['service']} \u2013 {captured}")
            canv.drawString(_LEFT, 1.1 * _CM, url)
            canv.drawRightString(_PAGE_W - _RIGHT, 1.1 * _CM, footer_right(doc.page, self.total))
            canv.restoreState()

    def story() -> list[Any]:
        uid = iter(range(1, 10**6))

        def para(text: str, style: str, key: str | None, bullet: str | None = None, lead: str = "",
                 number: str = "") -> Any:
            markup = _pdf._soft_hyphenate(_xml_escape(text)) if key and key[0] not in "HC" else _xml_escape(text)
            if lead:
                markup = f"<b>{_xml_escape(lead)}</b> {markup}"
            if number:  # the self-link: another font, another colour, a live link
                markup = (f'<a href="{_xml_escape(url)}#{anchor(number)}" color="{link_hex}" underline="1">'
                          f'<font name="{WEBPRINT["number_font"]}">{number}</font></a> {markup}')
            p = KeyedParagraph(markup, styles[style], bulletText=bullet)
            p.devset_key, p.devset_uid = key, next(uid)
            return p

        flow: list[Any] = [para(site, "furniture", None), para(crumbs, "furniture", None)]
        flow += [para(t, "furniture", None) for t in WEBPRINT["cookie"]]
        flow += [Spacer(1, 0.3 * _CM), para(report["title"], "title", None)]
        flow += [para(t, "cover", None) for t in _r.title_lines(report)]
        flow += [Spacer(1, 0.3 * _CM), para(WEBPRINT["on_this_page"], "h3", None)]
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                flow.append(para(b.text, "toc", f"C{idx}"))
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow.append(para(b.text, "h2" if b.level == 1 else "h3", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                flow.append(_c.gridded_glossary(styles, b.rows, 3.4 * _CM, _PAGE_W - _LEFT - _RIGHT, light))
            elif b.kind in ("para", "factor"):
                flow.append(para(b.text, "body", b.key, number=b.label))
                flow += [para(t, "bullet", b.key, bullet="\u2022") for t in b.bullets]
            else:
                flow.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return flow

    pdf, doc, total = _c.build_with_total(Doc, story)
    return pdf, _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[f"{WEBPRINT['service']} \u2013 {captured}", f"{url} Page N of {total}"],
        contents_lines=doc.contents, hyphenated_words=list(dict.fromkeys(doc.soft)),
        broken_compounds=list(dict.fromkeys(doc.hard)), page_furniture=[site, crumbs, *WEBPRINT["cookie"]],
        number_links={b.label: f"{url}#{anchor(b.label)}" for b in blocks if b.kind in ("para", "factor")})
