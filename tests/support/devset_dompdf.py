"""PDF writer for the fictional development set (reportlab), layout ``dompdf``: a review published as a page (a node) of
a council's DRUPAL website and saved with the page's "Download PDF" link, which the Entity Print module answers by
rendering the node through its "pdf" view mode and the theme's print style sheet with DOMPDF, the PHP library that lays
out HTML and CSS as PDF:

* A4 portrait; the document information dompdf writes: producer "dompdf <version> + CPDF" (:data:`PRODUCER`), the
  title from the page's ``<title>`` (the node's title), NO creator;
* the theme's FIXED HEADER AND FOOTER, which dompdf repeats on EVERY page, the first one too: the council's name in bold
  at the top left over a grey rule, and under a grey rule at the foot the node's address at the left and "Page 3 of 17"
  at the right (the page counters of dompdf's generated content); there is no title page and no page of contents;
* page 1 opens with the node's title (Drupal's node template prints the label of an entity shown outside its own page
  as an ``<h2>`` link), then the node's fields with INLINE LABELS, "Review type: ...", "Published: ...", "Commissioned
  by: ..." (the label in bold, the colon the theme's ``::after``), then the body field: the fiction label in bold, the
  other title-page lines, the editor's "Contents" list of links to the chapters (no page numbers: a web page has none;
  ``contents_lines``), and the review, running on over page breaks with no break between chapters;
* chapter headings ``<h2>`` and subsection headings ``<h3>`` in bold Helvetica; every paragraph a ``<p>`` in Helvetica,
  RAGGED RIGHT, broken only at the soft hyphens the text carries (dompdf does not hyphenate, but breaks at ``&shy;``
  and prints the hyphen; ``hyphenated_words``), orphans and widows allowed; numbering ``two-level`` typed at the start
  of the text ("4.12 The ..."); "Recommendation N:" in ``<strong>``;
* every list a ``<ul>`` whose markers dompdf DRAWS as filled circles (``list-style-type: disc`` is painted, not set as a
  character), so no bullet character is in the text: the contents list's entries and a factor list's bullets are
  lines indented 30 pt (the ``<ul>``'s 40 px padding) with a disc in the gap;
* the glossary a bordered table with a bold header row "Term | Meaning", repeated at the top of each page it runs to.

expected.json adds ``fields`` (the field labels and values), ``node_url``, ``site_name``, ``metadata_title`` and
``discs`` (the number of list markers drawn). The PDF's look is modelled on what Entity Print and dompdf make of a
Drupal node with a plain print style sheet; without a network it could not be compared with a real download, and the
document information strings are an assumption."""

from __future__ import annotations

import io
from typing import Any

from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_LEFT, _RIGHT, _TOP, _BOTTOM = 54.0, 54.0, 90.0, 78.0  # the theme's @page margins, 72 px and so on, in points
PRODUCER = "dompdf 2.0.4 + CPDF"
DOMPDF: dict[str, Any] = {  # in points; y from the bottom of the page, as reportlab draws
    "left": _LEFT,
    "right": _PAGE_W - _RIGHT,
    "font": "Helvetica",
    "bold": "Helvetica-Bold",
    "size": 10.0,
    "leading": 14.0,
    "title_size": 16.5,  # the node's label, an <h2> outside the page's own heading
    "h2_size": 14.0,
    "h3_size": 11.5,
    "list_indent": 30.0,  # a list item's text, from the left margin: the <ul>'s 40 px of padding
    "disc_x": 18.5,  # the centre of a drawn disc, from the left margin
    "disc_r": 1.9,
    "disc_rise": 3.4,  # the disc's centre above the first line's baseline
    "header_y": _PAGE_H - 50.0,  # the header's baseline; its rule under it
    "header_rule": _PAGE_H - 58.0,
    "footer_rule": 58.0,
    "footer_y": 44.0,
    "running_size": 8.0,
    "link": (0.0, 0.32, 0.61),
    "rule_grey": 0.6,
    "fields": ["Review type", "Published", "Commissioned by"],
    "contents": "Contents",
    "glossary_head": ["Term", "Meaning"],
}


def page_counter(page: int, total: int) -> str:
    """The footer's page counter."""
    return f"Page {page} of {total}"


def node_url(output: dict[str, Any]) -> str:
    return f"https://{output['host']}{output['path']}"


def field_lines(report: dict[str, Any], output: dict[str, Any]) -> list[tuple[str, str]]:
    """The node's fields shown above its body, as (label, value)."""
    return list(zip(DOMPDF["fields"], [output["review_type"], report["date"], report["publisher"]], strict=True))


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one two-level review as dompdf renders a Drupal node through Entity Print; return bytes and the expected
    entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Spacer, Table, TableStyle

    from . import devset_common_pdf as _c
    from .devset_flow import KeyedParagraph

    if report["numbering"] != "two-level":
        raise ValueError("the dompdf layout renders two-level numbering")
    font, bold, size, leading = DOMPDF["font"], DOMPDF["bold"], DOMPDF["size"], DOMPDF["leading"]
    width = DOMPDF["right"] - _LEFT
    link, grey = Color(*DOMPDF["link"]), Color(*([DOMPDF["rule_grey"]] * 3))
    url = node_url(output)

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_LEFT, spaceAfter=10, textColor=black,
                    embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=1, allowWidows=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName=bold, fontSize=DOMPDF["title_size"], leading=21, spaceAfter=10),
        "field": st("field", spaceAfter=4),
        "line": st("line", spaceAfter=6),
        "label": st("label", fontName=bold, spaceAfter=6),
        "h2": st("h2", fontName=bold, fontSize=DOMPDF["h2_size"], leading=18, spaceBefore=10, spaceAfter=8,
                 keepWithNext=1),
        "h3": st("h3", fontName=bold, fontSize=DOMPDF["h3_size"], leading=15, spaceBefore=4, spaceAfter=6,
                 keepWithNext=1),
        "body": st("body"),
        "item": st("item", leftIndent=DOMPDF["list_indent"], spaceAfter=4),
        "last": st("last", leftIndent=DOMPDF["list_indent"], spaceAfter=10),
        "toc": st("toc", leftIndent=DOMPDF["list_indent"], spaceAfter=3, textColor=link),
        "cell": st("cell", fontSize=9.5, leading=12.5, spaceAfter=0, embeddedHyphenation=0),
        "head": st("head", fontName=bold, fontSize=9.5, leading=12.5, spaceAfter=0),
    }

    class DiscItem(KeyedParagraph):
        """A list item: its text indented, and on its first line the disc dompdf paints for ``list-style-type:
        disc`` (a filled circle, not a character); the part of an item carried to the next page has none."""

        disc = True

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for n, part in enumerate(parts):
                part.disc = self.disc and n == 0
            return parts

        def draw(self) -> None:
            super().draw()
            if self.disc:
                canv = self.canv
                canv.saveState()
                canv.setFillColor(black)  # the marker takes the <li>'s colour, not the link's
                y = self.height - self.style.fontSize + DOMPDF["disc_rise"]
                canv.circle(DOMPDF["disc_x"], y, DOMPDF["disc_r"], stroke=0, fill=1)
                canv.restoreState()

    words = _c.report_words(blocks)

    class Doc(_c.PrintedDoc):
        def __init__(self, buf: io.BytesIO, total: int) -> None:
            body = _c.frame(_LEFT, _BOTTOM, width, _PAGE_H - _TOP - _BOTTOM)
            super().__init__(buf, words, total, body, pagesize=(_PAGE_W, _PAGE_H), title=report["title"], author="",
                             subject="", creator="", producer=PRODUCER, leftMargin=_LEFT, rightMargin=_RIGHT,
                             topMargin=_TOP, bottomMargin=_BOTTOM)
            self.discs = 0

        def afterFlowable(self, flowable: Any) -> None:
            super().afterFlowable(flowable)
            self.discs += bool(getattr(flowable, "disc", False) and isinstance(flowable, DiscItem))

        def decorate(self, canv: Any, doc: Any) -> None:
            """The theme's fixed header and footer, which dompdf repeats on every page."""
            canv.saveState()
            canv.setFillColor(black)
            canv.setStrokeColor(grey)
            canv.setLineWidth(0.75)
            canv.setFont(bold, 9)
            canv.drawString(_LEFT, DOMPDF["header_y"], output["site_name"])
            canv.line(_LEFT, DOMPDF["header_rule"], DOMPDF["right"], DOMPDF["header_rule"])
            canv.line(_LEFT, DOMPDF["footer_rule"], DOMPDF["right"], DOMPDF["footer_rule"])
            canv.setFont(font, DOMPDF["running_size"])
            canv.drawString(_LEFT, DOMPDF["footer_y"], url)
            canv.drawRightString(DOMPDF["right"], DOMPDF["footer_y"], page_counter(doc.page, self.total))
            canv.restoreState()

    def story() -> list[Any]:
        para = _c.text_paras(styles, plain="HCT")  # headings, contents entries and table cells: no soft hyphens

        flow: list[Any] = [para(report["title"], "title", None)]
        for label, value in field_lines(report, output):
            flow.append(para(value, "field", None, lead=f"{label}:"))
        flow.append(Spacer(1, 6))
        lines = _r.title_lines(report)
        flow.append(para(lines[0], "label", None))  # the fiction label, in bold
        flow += [para(t, "line", None) for t in report.get("title_page", [])]
        flow.append(para(DOMPDF["contents"], "h2", None))
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                flow.append(para(b.text, "toc", f"C{idx}", cls=DiscItem))
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow.append(para(b.text, "h2" if b.level == 1 else "h3", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[para(h, "head", None) for h in DOMPDF["glossary_head"]]]
                cells += [[para(a, "head", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[130, width - 130], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.75, grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 5)]))
                flow += [Spacer(1, 4), table]
            elif b.kind in ("para", "factor"):
                flow.append(para(f"{b.label} {b.text}", "body", b.key))
                flow += [para(t, "item" if n < len(b.bullets) else "last", b.key, cls=DiscItem)
                         for n, t in enumerate(b.bullets, start=1)]  # the list's own margin after its last item
            else:
                flow.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return flow

    pdf, doc, total = _c.build_with_total(Doc, story)
    return pdf, _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[output["site_name"], f"{url} Page N of {total}"],
        contents_lines=doc.contents, hyphenated_words=list(dict.fromkeys(doc.soft)),
        broken_compounds=list(dict.fromkeys(doc.hard)), fields=[list(f) for f in field_lines(report, output)],
        node_url=url, site_name=output["site_name"], metadata_title=report["title"], discs=doc.discs)
