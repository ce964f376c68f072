"""PDF writer for the fictional development set (reportlab), layout ``prince``: a review written as a partnership's web
page and typeset for print by PRINCE (HTML and CSS paged media) into a PDF:

* A4 portrait; creator and producer Prince (:data:`CREATOR`, :data:`PRODUCER`), the metadata title the review's title;
* page 1 a title page: the title in large accent serif type over a thick accent rule, then the title-page lines; no
  header or footer (CSS ``@page :first``);
* page 2 "Contents" (each chapter and its page, ``target-counter``), the body from page 3 running on over page breaks
  (expected.json ``split_across_pages``); on every page from 2 a running header in small italic serif type: the
  running title at the left and, at the right, the CHAPTER the page is in (CSS ``string-set``: the first chapter
  heading on the page, else the chapter carried over), then a hairline; the foot "Page N of M" centred
  (:func:`header`);
* numbering ``single``: each paragraph's number in small bold accent serif type in the LEFT MARGIN, set right-aligned
  against a thin accent RULE that runs down the left of the whole paragraph (CSS ``border-left`` with the number a
  ``::before`` float), drawn again on each part of a paragraph broken over a page; the text justified and
  hyphenated (``hyphens: auto``) at the frame's left edge; a factor list's bullets "–" (a ``::marker``) under the text;
* chapter headings in the accent colour, "Recommendation N:" bold, the glossary a two-column table with a tinted
  header row "Term" / "Definition".

Pages are recorded during layout (``afterFlowable``)."""

from __future__ import annotations

from typing import Any

from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.28, 841.89  # A4 portrait
_LEFT, _RIGHT = 100.0, 70.0
_TOP, _BOTTOM = 78.0, 84.0
CREATOR = "Prince 16.1 (www.princexml.com)"
PRODUCER = "Prince 16.1 (www.princexml.com)"
PRINCE: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "frame": (_LEFT, _TOP, _PAGE_W - _RIGHT, _PAGE_H - _BOTTOM),
    "number_right": _LEFT - 9.0,  # each number ends here, in the left margin
    "rule_x": _LEFT - 5.0,  # the centre of the accent rule down the left of a numbered paragraph
    "rule_w": 1.2,
    "number_font": "Times-Bold",
    "number_size": 8.5,
    "body_font": "Times-Roman",
    "body_size": 10.0,
    "header_font": "Times-Italic",
    "bullet": "\u2013",
    "header_bottom": 60.0,  # the running header's hairline, from the top of the page
    "footer_top": _PAGE_H - 50.0,
    "cover_rule": 4.0,
    "glossary_head": ["Term", "Definition"],
}


def header(report: dict[str, Any]) -> str:
    """The running header's left part, on every page from 2 (its right part is the page's chapter)."""
    return report["running_title"]


def footer(total: int | str) -> str:
    return f"Page N of {total}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Typeset one single-numbered review with Prince; return the bytes and the expected entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from .devset_flow import (
        KeyedParagraph,
        NoteRecording,
        build_with_notes,
        built_expected,
        numbered_story,
        story_styles,
    )

    if report["numbering"] != "single":
        raise ValueError("the prince layout renders single numbering")
    accent = Color(*output["accent"])
    tint = Color(*(0.88 + 0.12 * c for c in output["accent"]))
    size = PRINCE["body_size"]
    x0, top, x1, bottom = PRINCE["frame"]
    inner = x1 - x0

    styles = story_styles(PRINCE["body_font"], "Times-Bold", size, accent, leading=14.0, space_after=7,
                          title=(26, 32, 26), line=(12, 16), head=(15, 19, 12), justify=True)
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}
    chapters = {f"H{i}": b.text for i, b in enumerate(blocks) if b.kind == "heading"}

    class RuledParagraph(KeyedParagraph):
        """A paragraph with an accent rule down its left side (each part) and its number in the margin (first part)."""

        number: str | None = None
        ruled: bool = False

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for n, part in enumerate(parts):
                part.number = self.number if n == 0 else None
                part.ruled = self.ruled
            return parts

        def draw(self, *args: Any, **kw: Any) -> None:
            canv = self.canv
            if self.ruled:
                canv.saveState()
                canv.setStrokeColor(accent)
                canv.setLineWidth(PRINCE["rule_w"])
                rx = PRINCE["rule_x"] - x0
                canv.line(rx, -2, rx, self.height)
                canv.restoreState()
            if self.number:
                base = self.height - size * 0.95  # the first line's baseline
                canv.saveState()
                canv.setFillColor(accent)
                canv.setFont(PRINCE["number_font"], PRINCE["number_size"])
                canv.drawRightString(PRINCE["number_right"] - x0, base, self.number)
                canv.restoreState()
            super().draw(*args, **kw)

    total = {"pages": 0}

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=CREATOR, producer=PRODUCER)
            cover = Frame(x0, 90, inner, _PAGE_H - 220, id="cover", leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0)
            body = Frame(x0, _BOTTOM, inner, bottom - top, id="body", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.draw_cover),
                                   PageTemplate("page", [body], onPage=self.start_page, onPageEnd=self.draw_page)])
            self.start_recording(plain_tokens)
            self.chapter, self.at_start, self.first_here = "", "", {}

        def afterFlowable(self, flowable: Any) -> None:
            super().afterFlowable(flowable)
            key = getattr(flowable, "devset_key", None)
            if key in chapters:
                self.first_here.setdefault(self.page, chapters[key])
                self.chapter = chapters[key]

        def draw_cover(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(accent)
            canv.rect(x0, _PAGE_H - 86, inner, PRINCE["cover_rule"], stroke=0, fill=1)
            canv.restoreState()

        def start_page(self, canv: Any, doc: Any) -> None:
            self.at_start = self.chapter

        def draw_page(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setStrokeColor(black)
            canv.setLineWidth(0.3)
            canv.line(x0, _PAGE_H - PRINCE["header_bottom"], x1, _PAGE_H - PRINCE["header_bottom"])
            canv.setFillColor(black)
            canv.setFont(PRINCE["header_font"], 8.5)
            canv.drawString(x0, _PAGE_H - PRINCE["header_bottom"] + 5, header(report))
            chapter = self.first_here.get(doc.page, self.at_start)
            if chapter:
                canv.drawRightString(x1, _PAGE_H - PRINCE["header_bottom"] + 5, chapter)
            canv.setFont(PRINCE["body_font"], 9)
            canv.drawCentredString((x0 + x1) / 2, 40, footer(total["pages"]).replace("N", str(doc.page), 1))
            canv.restoreState()

    uid = iter(range(1, 10**6))

    def para(markup: str, style: str, key: str | None, bullet: str | None = None, label: str | None = None) -> Any:
        made = RuledParagraph(markup, styles[style], bulletText=bullet)
        made.devset_key, made.devset_uid, made.number = key, next(uid), label
        made.ruled = style in ("num", "bullet")  # the rule runs down a factor list's bullets too
        return made

    story = numbered_story(report, blocks, styles, para, inner, tint, accent, PRINCE, 0.4)
    for _ in range(3):  # "of M" needs the page count, which the footer's text does not change
        pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
        if doc.last_page == total["pages"]:
            break
        total["pages"] = doc.last_page
    return pdf, built_expected(output, blocks, doc, toc_pages, [header(report), footer(doc.last_page)],
                               metadata_title=report["title"])
