"""PDF writer for the fictional development set (reportlab), layout ``magazine``: a child safeguarding practice review
designed by an agency in a page-layout program (creator "Adobe InDesign 20.1 (Windows)", producer "Adobe PDF Library
18.0") as a magazine-style report, its text flowed through THREADED TEXT FRAMES whose number changes from chapter to
chapter:

* portrait A4; page 1 a cover printed full bleed in the partnership's plum with the title and the title-page lines in
  white; page 2 the contents, each chapter followed by its page in plum after a gap (no leaders);
* every chapter opens a new page whose top third is a FULL-BLEED plum PANEL carrying the chapter heading ("3 What
  happened") in large white type; the text starts below the panel;
* the chapters an output lists under ``two_column`` are set in TWO threaded columns (left column, right column, next
  page), the others in ONE wide column; a paragraph runs on from column to column and from page to page;
* numbered ``two-level``: each paragraph's number ("3.12") hangs in plum bold in a tinted MARGIN STRIP at the left of
  its column (one strip on a one-column page, one per column on a two-column page), on the baseline of the paragraph's
  first line; the text ragged right in Helvetica with the layout program's hyphenation (soft hyphens as in
  :mod:`devset_pdf`); "•" bullets; recommendations "Recommendation N:" in plum bold run in;
* PULL QUOTES (``pull_quotes`` of reports.yaml: {after: the sentence of a paragraph after which the quote breaks in,
  text}): a sentence of the review repeated in large plum italic type between two rules, set INSIDE the paragraph whose
  ``after`` sentence it follows, so that the paragraph's text stops, the quote stands in the column, and the paragraph
  goes on beneath it without a number. A pull quote repeats the review's words and is no paragraph of it (expected.json
  ``pull_quotes``);
* a footer "running title | N" at the right of every page from page 2, no running header; a glossary table at the back.

Pages of paragraphs are recorded during layout (``afterFlowable``) and line-end hyphens collected as in
:mod:`devset_agency`; expected.json adds ``two_column_pages`` (the pages set in two columns) and ``pull_quotes``.
:data:`MAGAZINE` gives the geometry the tests read the pages by."""

from __future__ import annotations

import io
import itertools
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_LEFT = _RIGHT = 1.9 * _CM
_TOP, _BOTTOM = 2.0 * _CM, 2.3 * _CM
_PANEL_H = 8.0 * _CM  # the opener panel, from the top edge of the page
_GAP = 0.9 * _CM  # between the two columns
_STRIP = 1.05 * _CM  # the tinted margin strip at the left of a column, where the numbers hang
CREATOR, PRODUCER = "Adobe InDesign 20.1 (Windows)", "Adobe PDF Library 18.0"
PLUM, TINT, INK = "#5b2a86", "#efe7f5", "#20182a"
_WIDE = _PAGE_W - _LEFT - _RIGHT
_COL = (_WIDE - _GAP) / 2
MAGAZINE: dict[str, Any] = {  # in points, as pdfplumber measures (from the left and from the top of the page)
    "panel_bottom": _PANEL_H,  # the opener panel's lower edge: an opener page's columns start below it
    "body_top": _TOP - 2,  # the columns' top on other pages
    "body_bottom": _PAGE_H - _BOTTOM + 4,  # the columns' foot; the footer is below
    "split_x": _LEFT + _COL + _GAP / 2,  # the middle of the gap between two columns
    "strip_x": (_LEFT, _LEFT + _COL + _GAP),  # left edges of the margin strips (a one-column page has the first)
    "strip_w": _STRIP,
    "footer_y": _PAGE_H - 1.2 * _CM,  # the footer's baseline
}


def footer(page: int | str, title: str) -> str:
    """The footer line of a page from page 2."""
    return f"{title} | {page}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one review as a magazine-style designed report; return bytes and expected entry."""
    from reportlab.lib.colors import HexColor, white
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
    )

    from . import devset_common_pdf as _c

    if report["numbering"] != "two-level":
        raise ValueError("the magazine layout renders two-level numbering")
    plum, tint, ink = HexColor(PLUM), HexColor(TINT), HexColor(INK)
    vera = _pdf._bullet_font()
    two_column = {" ".join(h.split()) for h in output.get("two_column", [])}
    quotes = [(" ".join(q["after"].split()), " ".join(q["text"].split())) for q in report.get("pull_quotes", [])]
    text = " ".join(" ".join([b.text, *b.bullets]) for b in blocks)
    breaks: dict[int, list[tuple[int, str]]] = {}  # block index -> [(offset in its text, quote)]
    nxt = 0
    for idx, b in enumerate(blocks):
        while nxt < len(quotes) and b.kind == "para" and quotes[nxt][0] in b.text:
            after, quote = quotes[nxt]
            cut = b.text.index(after) + len(after)
            if cut >= len(b.text) - 40:
                raise ValueError(f"a pull quote must break into a paragraph, not end it: {after!r}")
            if quote.rstrip(".") not in text:
                raise ValueError(f"a pull quote repeats the review's own words: {quote!r}")
            breaks.setdefault(idx, []).append((cut, quote))
            nxt += 1
    if nxt != len(quotes):
        raise ValueError(f"pull quote anchor not found in reading order: {quotes[nxt][0]!r}")
    majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Helvetica", fontSize=10, leading=15.0, alignment=TA_LEFT, spaceAfter=7,
                    embeddedHyphenation=1, uriWasteReduce=0, leftIndent=_STRIP + 0.25 * _CM, textColor=ink,
                    bulletFontName="Helvetica-Bold", bulletFontSize=8.6, bulletIndent=0.12 * _CM)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=28, leading=33, leftIndent=0, spaceAfter=22,
                    textColor=white),
        "cover": st("cover", fontSize=12, leading=17, leftIndent=0, spaceAfter=6, textColor=white),
        "contents": st("contents", fontName="Helvetica-Bold", fontSize=22, leading=27, leftIndent=0, spaceAfter=18),
        "toc": st("toc", fontSize=11, leading=16, leftIndent=0, spaceAfter=6),
        "opener": st("opener", fontName="Helvetica-Bold", fontSize=25, leading=30, leftIndent=0, textColor=white),
        "h2": st("h2", fontName="Helvetica-Bold", fontSize=11, leading=14.5, spaceBefore=6, spaceAfter=5,
                 keepWithNext=1, textColor=plum),
        "lead": st("lead", fontSize=11.2, leading=16.5, spaceAfter=10),
        "body": st("body"),
        "cont": st("cont"),  # a paragraph going on beneath a pull quote: no number, no space before
        "quote": st("quote", fontName="Times-BoldItalic", fontSize=15.5, leading=19.5, spaceBefore=9, spaceAfter=11,
                    textColor=plum),
        "bullet": st("bullet", leftIndent=_STRIP + 0.8 * _CM, bulletIndent=_STRIP + 0.35 * _CM, bulletFontName=vera,
                     bulletFontSize=8.5, spaceAfter=3),
        "cell": st("cell", fontSize=9, leading=12, leftIndent=0, spaceAfter=0),
        "cellhead": st("cellhead", fontName="Helvetica-Bold", fontSize=9, leading=12, leftIndent=0, spaceAfter=0),
    }

    class PullQuote(Paragraph):
        """A pull quote: large italic type between two rules; never split between frames."""

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            return []

        def draw(self) -> None:
            canv = self.canv
            canv.saveState()
            canv.setStrokeColor(plum)
            canv.setLineWidth(1.6)
            x0, x1 = self.style.leftIndent, self.width
            canv.line(x0, self.height + 4, x1, self.height + 4)
            canv.line(x0, -5, x1, -5)
            canv.restoreState()
            super().draw()

    body_h = _PAGE_H - _TOP - _BOTTOM
    open_h = _PAGE_H - _PANEL_H - 0.7 * _CM - _BOTTOM

    def frames(kind: str) -> list[Any]:
        pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        top_h = open_h if kind.startswith("open") else body_h
        out = []
        if kind.startswith("open"):
            out.append(Frame(_LEFT, _PAGE_H - _PANEL_H + 0.6 * _CM, _WIDE, _PANEL_H - 2.2 * _CM, id="panel", **pad))
        if kind.endswith("1"):
            out.append(Frame(_LEFT, _BOTTOM, _WIDE, top_h, id="wide", **pad))
        else:
            out += [Frame(_LEFT, _BOTTOM, _COL, top_h, id="left", **pad),
                    Frame(_LEFT + _COL + _GAP, _BOTTOM, _COL, top_h, id="right", **pad)]
        return out

    class Doc(_c.BodyRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject=FICTION_LABEL, creator=CREATOR, producer=PRODUCER,
                             leftMargin=_LEFT, rightMargin=_RIGHT, topMargin=_TOP, bottomMargin=_BOTTOM)
            pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            cover = Frame(_LEFT, _PAGE_H * 0.30, _WIDE, _PAGE_H * 0.55, id="c", **pad)
            self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.cover)] + [
                PageTemplate(kind, frames(kind), onPage=self.decorate) for kind in ("one1", "two2", "open1", "open2")])
            self.start_recording(_c.report_words(blocks))
            self.two_pages: list[int] = []

        def cover(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(plum)
            canv.rect(0, 0, _PAGE_W, _PAGE_H, stroke=0, fill=1)
            canv.restoreState()

        def decorate(self, canv: Any, doc: Any) -> None:
            kind = doc.pageTemplate.id
            canv.saveState()
            top = _PAGE_H - (_PANEL_H + 0.7 * _CM if kind.startswith("open") else _TOP)
            if kind.startswith("open"):  # full bleed: from the page's edges
                canv.setFillColor(plum)
                canv.rect(0, _PAGE_H - _PANEL_H, _PAGE_W, _PANEL_H, stroke=0, fill=1)
            canv.setFillColor(tint)
            for x in MAGAZINE["strip_x"][:1 if kind.endswith("1") else 2]:
                canv.rect(x, _BOTTOM - 0.2 * _CM, _STRIP, top - _BOTTOM + 0.2 * _CM, stroke=0, fill=1)
            if kind.endswith("2"):
                self.two_pages.append(doc.page)
            canv.setFillColor(ink)
            canv.setFont("Helvetica", 8.5)
            canv.drawRightString(_PAGE_W - _RIGHT, 1.2 * _CM, footer(doc.page, report["running_title"]))
            canv.restoreState()

    def story(pages: dict[str, int] | None) -> list[Any]:
        para = _c.markup_paras(styles, PLUM)

        flow: list[Any] = [Spacer(1, 1.0 * _CM), para(_xml_escape(report["title"]), "title", None)]
        flow += [para(_xml_escape(t), "cover", None) for t in _r.title_lines(report)]
        flow += [NextPageTemplate("one1"), PageBreak(), para("Contents", "contents", None)]
        flow += _c.toc_entries(para, blocks, majors, pages, PLUM)
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.major:
                title = b.text.split(" ", 1)[1] if b.text[:1].isdigit() else b.text
                kinds = ["open2", "*", "two2"] if title in two_column else ["open1", "*", "one1"]
                flow += [NextPageTemplate(kinds), PageBreak(), para(_xml_escape(b.text), "opener", f"H{idx}"),
                         FrameBreak()]
            elif b.kind == "heading":
                flow.append(para(_xml_escape(b.text), "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(_pdf._soft_hyphenate(_xml_escape(b.text)), "lead", "u"))
            elif b.kind == "glossary":
                inner = _WIDE - _STRIP - 0.25 * _CM  # the table stands right of the margin strip
                flow.append(_c.headed_glossary(styles, b.rows, 4.2 * _CM, inner, plum))
            elif b.kind in ("para", "factor"):
                cuts = [0, *(c for c, _q in breaks.get(idx, [])), len(b.text)]
                pieces = [b.text[a:z].strip() for a, z in itertools.pairwise(cuts)]
                for n, piece in enumerate(pieces):
                    if n:
                        flow.append(PullQuote(_xml_escape(breaks[idx][n - 1][1]), styles["quote"]))
                    markup = _pdf._soft_hyphenate(_xml_escape(piece))
                    flow.append(para(markup, "cont", b.key) if n else para(markup, "body", b.key, bullet=b.label))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet="\u2022")
                         for t in b.bullets]
            else:
                flow.append(para(f'<font name="Helvetica-Bold" color="{PLUM}">{_xml_escape(b.label)}:</font> '
                                 f"{_pdf._soft_hyphenate(_xml_escape(b.text))}", "body", b.key))
        return flow

    pdf, doc = _c.build_until_stable(Doc, story)
    contents = [f"{blocks[i].text} {doc.records[f'H{i}'][0]}" for i in majors]
    result = _r.expected(output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
                         running_header_lines=[footer("N", report["running_title"])],
                         contents_lines=contents, hyphenated_words=list(dict.fromkeys(doc.soft)),
                         broken_compounds=list(dict.fromkeys(doc.hard)))
    result["two_column_pages"] = sorted(set(doc.two_pages))
    result["pull_quotes"] = [quote for _after, quote in quotes]
    return pdf, result
