"""PDF writer for the fictional development set (reportlab), layout ``agency``: a Safeguarding Adults Review typeset
by a design studio for the board (the PDF's creator "Adobe InDesign 19.5 (Macintosh)", producer "Adobe PDF Library
17.0"), as boards publish their "designed" reports.

* portrait A4; page 1 a cover: the top of the page a solid teal panel with the title and the title-page lines in
  white, no running matter; page 2 the contents: the level-1 headings, each followed by its page number in teal
  after a wide gap (no dot leaders), so that extraction reads "Summary 3";
* every chapter opens a new page with a TWO-LINE heading: a small teal kicker "SECTION 3" (chapters of the body only;
  not the foreword, the recommendations or the glossary) over the chapter's title in large type; subheadings in teal
  bold at the text's left edge;
* a coloured band (no text) down the OUTER edge of every page from page 2, on the left of even pages and the right
  of odd ones, as facing pages are designed;
* numbered ``single``: every paragraph's number hangs in a left GUTTER, in teal bold type smaller than the text, on
  the baseline of the paragraph's first line, the text itself ragged right in Helvetica with the layout program's
  automatic hyphenation (soft hyphens, as in :mod:`devset_pdf`; extraction reads "12 The ..."); factor-list
  bullets "•" under the text indent; recommendations with their label
  "Recommendation N" in teal bold on a line of its own above their text;
* "Learning point" boxes (``sidebars`` of reports.yaml, each after the paragraph holding its ``after`` text): a
  tinted panel across the text column with the heading "Learning point" and the box's text in italics. They restate
  the learning and are no paragraph of the review (expected.json ``sidebars``);
* facing-page footers from page 2: "12 | running title" at the left of an even page, "running title | 13" at the
  right of an odd one (expected.json ``running_header_lines`` holds both forms with "N" for the number);
* a glossary table, ruled between rows, at the back.

Pages of paragraphs are recorded during layout (``afterFlowable``), and words broken at a line end by a soft hyphen or
at a compound's own hyphen are collected as in :mod:`devset_pdf`; the contents page is placed from a previous pass.
:data:`AGENCY` gives the positions used by the tests."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_LEFT, _RIGHT, _TOP, _BOTTOM = 2.4 * _CM, 2.4 * _CM, 2.0 * _CM, 2.2 * _CM
_GUTTER = 1.3 * _CM  # the text starts this far right of the frame; the numbers hang in the gutter to its left
_BAND = 0.8 * _CM
CREATOR, PRODUCER = "Adobe InDesign 19.5 (Macintosh)", "Adobe PDF Library 17.0"
TEAL, TINT, INK = "#0b7a75", "#e3f1f0", "#1f2a30"
AGENCY: dict[str, Any] = {  # in points, as pdfplumber measures (from the left and from the top of the page)
    "label_x": _LEFT,  # where the hanging numbers start
    "text_x": _LEFT + _GUTTER,  # where headings, paragraphs and recommendations start
    "band_w": _BAND,  # the coloured band's width, at x 0 (even pages) or at the right edge (odd pages)
    "label_size": 8.5,  # the gutter numbers' size (the text is 10 pt)
    "footer_y": _PAGE_H - 1.2 * _CM,  # the footer's baseline
}


def footer(page: int | str, title: str) -> str:
    """The footer line of a page: "12 | title" on an even page, "title | 13" on an odd one."""
    return f"{page} | {title}" if int(page) % 2 == 0 else f"{title} | {page}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one review as a design studio sets it; return bytes and expected entry."""
    from reportlab.lib.colors import HexColor, white
    from reportlab.lib.enums import TA_LEFT
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

    from . import devset_common_pdf as _c

    if report["numbering"] != "single":
        raise ValueError("the agency layout renders single numbering")
    teal, tint, ink = HexColor(TEAL), HexColor(TINT), HexColor(INK)
    vera = _pdf._bullet_font()
    sidebars = [(" ".join(s["after"].split()), " ".join(s["text"].split())) for s in report.get("sidebars", [])]
    boxes: dict[int, list[str]] = {}
    nxt = 0
    for idx, b in enumerate(blocks):
        while nxt < len(sidebars) and b.kind in ("para", "factor") and sidebars[nxt][0] in b.text:
            boxes.setdefault(idx, []).append(sidebars[nxt][1])
            nxt += 1
    if nxt != len(sidebars):
        raise ValueError(f"sidebar anchor not found in reading order: {sidebars[nxt][0]!r}")
    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
    body_chapters = [i for i in majors if blocks[i + 1].kind not in ("unnumbered", "glossary", "rec")]
    kicker = {i: f"SECTION {n}" for n, i in enumerate(body_chapters, start=1)}

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Helvetica", fontSize=10, leading=14.5, alignment=TA_LEFT, spaceAfter=7,
                    embeddedHyphenation=1, uriWasteReduce=0,
                    leftIndent=_GUTTER, textColor=ink, bulletFontName="Helvetica-Bold",
                    bulletFontSize=AGENCY["label_size"], bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=26, leading=31, leftIndent=0, spaceAfter=20,
                    textColor=white),
        "cover": st("cover", fontSize=12, leading=17, leftIndent=0, spaceAfter=6, textColor=white),
        "contents": st("contents", fontName="Helvetica-Bold", fontSize=22, leading=27, leftIndent=0, spaceAfter=18),
        "toc": st("toc", fontSize=11, leading=16, leftIndent=0, spaceAfter=6),
        "kicker": st("kicker", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceAfter=2, textColor=teal),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=21, leading=25, spaceAfter=14, keepWithNext=1),
        "h2": st("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=5,
                 keepWithNext=1, textColor=teal),
        "lead": st("lead", fontSize=11.5, leading=17, spaceAfter=10),
        "body": st("body"),
        "reclabel": st("reclabel", fontName="Helvetica-Bold", leading=13, spaceAfter=1, textColor=teal,
                       keepWithNext=1),
        "bullet": st("bullet", leftIndent=_GUTTER + 0.6 * _CM, bulletIndent=_GUTTER + 0.15 * _CM, bulletFontName=vera,
                     bulletFontSize=8.5, spaceAfter=3),
        "boxhead": st("boxhead", fontName="Helvetica-Bold", fontSize=9.5, leading=12, leftIndent=0, spaceAfter=3,
                      textColor=teal),
        "boxtext": st("boxtext", fontName="Helvetica-Oblique", fontSize=10.5, leading=14.5, leftIndent=0,
                      spaceAfter=0),
        "cell": st("cell", fontSize=9, leading=12, leftIndent=0, spaceAfter=0),
        "cellhead": st("cellhead", fontName="Helvetica-Bold", fontSize=9, leading=12, leftIndent=0, spaceAfter=0),
    }
    text_w = _PAGE_W - _LEFT - _RIGHT - _GUTTER

    class Doc(_c.BodyRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject=FICTION_LABEL, creator=CREATOR, producer=PRODUCER,
                             leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP, bottomMargin=_BOTTOM)
            frame = Frame(_LEFT, _BOTTOM, _PAGE_W - _LEFT - _RIGHT, _PAGE_H - _TOP - _BOTTOM, id="f",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            cover = Frame(_LEFT, _PAGE_H * 0.45, _PAGE_W - _LEFT - _RIGHT, _PAGE_H * 0.55 - 2.5 * _CM, id="c",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.cover),
                                   PageTemplate("body", [frame], onPage=self.decorate)])
            self.start_recording(_c.report_words(blocks))

        def cover(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(teal)
            canv.rect(0, _PAGE_H * 0.40, _PAGE_W, _PAGE_H * 0.60, stroke=0, fill=1)
            canv.restoreState()

        def decorate(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(teal)
            x = 0 if doc.page % 2 == 0 else _PAGE_W - _BAND
            canv.rect(x, 0, _BAND, _PAGE_H, stroke=0, fill=1)
            canv.setFillColor(ink)
            canv.setFont("Helvetica", 8.5)
            line = footer(doc.page, report["running_title"])
            if doc.page % 2 == 0:
                canv.drawString(_LEFT, 1.2 * _CM, line)
            else:
                canv.drawRightString(_PAGE_W - _RIGHT, 1.2 * _CM, line)
            canv.restoreState()

    def story(pages: dict[str, int] | None) -> list[Any]:
        para = _c.markup_paras(styles, TEAL)

        flow: list[Any] = [Spacer(1, 1.5 * _CM), para(_xml_escape(report["title"]), "title", None)]
        flow += [para(_xml_escape(t), "cover", None) for t in _r.title_lines(report)]
        flow += [NextPageTemplate("body"), PageBreak(), para("Contents", "contents", None)]
        flow += _c.toc_entries(para, blocks, majors, pages, TEAL)
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if b.major:
                    flow.append(PageBreak())
                    if idx in kicker:
                        flow.append(para(kicker[idx], "kicker", None))
                    flow.append(para(_xml_escape(b.text), "h1", f"H{idx}"))
                else:
                    flow.append(CondPageBreak(2 * _CM))
                    flow.append(para(_xml_escape(b.text), "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(_pdf._soft_hyphenate(_xml_escape(b.text)), "lead", "u"))
            elif b.kind == "glossary":
                flow.append(_c.headed_glossary(styles, b.rows, 2.6 * _CM, text_w, teal))
            elif b.kind in ("para", "factor"):
                flow.append(para(_pdf._soft_hyphenate(_xml_escape(b.text)), "body", b.key, bullet=b.label))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet="\u2022")
                         for t in b.bullets]
                for text in boxes.get(idx, []):
                    box = Table([[[Paragraph("Learning point", styles["boxhead"]),
                                   Paragraph(_xml_escape(text), styles["boxtext"])]]],
                                colWidths=[text_w], hAlign="RIGHT")
                    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), tint),
                                             ("LINEBEFORE", (0, 0), (0, -1), 3, teal),
                                             ("LEFTPADDING", (0, 0), (-1, -1), 10),
                                             ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                                             ("TOPPADDING", (0, 0), (-1, -1), 8),
                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
                    flow += [Spacer(1, 4), box, Spacer(1, 10)]
            else:
                flow.append(para(_xml_escape(b.label), "reclabel", b.key))
                flow.append(para(_pdf._soft_hyphenate(_xml_escape(b.text)), "body", b.key))
        return flow

    pdf, doc = _c.build_until_stable(Doc, story)
    contents = [f"{blocks[i].text} {doc.records[f'H{i}'][0]}" for i in majors]
    result = _r.expected(output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
                         running_header_lines=[footer(2, report["running_title"]).replace("2", "N", 1),
                                               footer(3, report["running_title"]).replace("| 3", "| N")],
                         contents_lines=contents, hyphenated_words=list(dict.fromkeys(doc.soft)),
                         broken_compounds=list(dict.fromkeys(doc.hard)))
    result["sidebars"] = [text for _after, text in sidebars]
    return pdf, result
