"""PDF writer for the fictional development set (reportlab), layout ``badges``: a review designed by a partnership's
communications team in a DESKTOP-PUBLISHING program (Adobe InDesign) and exported to PDF, its paragraph numbers set
as BADGES:

* A4 portrait; creator InDesign (:data:`CREATOR`), producer the Adobe PDF Library (:data:`PRODUCER`), the metadata
  title the review's title;
* page 1 a designed cover: a full-width band in the output's ``accent`` colour across the top, the title in large
  type under it and the title-page lines below; no footer;
* page 2 "Contents" (each chapter and its page, no leader), the body from page 3 running on over page breaks
  (expected.json ``split_across_pages``), with no running header;
  the footer the running title at the left and the page number at the right, over a thin accent rule
  (:func:`footer`);
* numbering ``single``: each paragraph's number printed in WHITE bold type centred in a FILLED CIRCLE of the accent
  colour in the left margin (``badge_x``, radius ``badge_r``), on the paragraph's first line; the text ragged right
  at ``text_x``; a factor list's bullets "–" further in;
* chapter headings in the accent colour, "Recommendation N:" bold, the glossary a two-column table with a tinted
  header row "Term" / "What it means".

Pages are recorded during layout (``afterFlowable``)."""

from __future__ import annotations

from typing import Any

from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.28, 841.89  # A4 portrait
_LEFT, _RIGHT = 62.0, 62.0
_TOP, _BOTTOM = 60.0, 72.0
_INDENT = 34.0  # from the frame's left edge to the text
CREATOR = "Adobe InDesign 19.4 (Windows)"
PRODUCER = "Adobe PDF Library 17.0"
BADGES: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "frame": (_LEFT, _TOP, _PAGE_W - _RIGHT, _PAGE_H - _BOTTOM),
    "text_x": _LEFT + _INDENT,
    "badge_x": _LEFT + 11.0,  # the circle's centre
    "badge_r": 10.0,
    "number_font": "Helvetica-Bold",
    "number_size": 8.5,
    "body_font": "Helvetica",
    "body_size": 10.5,
    "white": (1.0, 1.0, 1.0),
    "bullet": "\u2013",
    "footer_top": _PAGE_H - 50.0,
    "band_bottom": 150.0,  # the cover's band, from the top of the page
    "glossary_head": ["Term", "What it means"],
}


def footer(report: dict[str, Any], page: int | str) -> str:
    """The footer's text: the running title at the left, the page number at the right."""
    return f"{report['running_title']} {page}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Export one single-numbered review as the designer's PDF; return the bytes and the expected entry."""
    from reportlab.lib.colors import Color, black, white
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        PageTemplate,
    )

    from .devset_flow import (
        KeyedParagraph,
        NoteRecording,
        build_with_notes,
        built_expected,
        numbered_story,
        story_styles,
    )

    if report["numbering"] != "single":
        raise ValueError("the badges layout renders single numbering")
    accent = Color(*output["accent"])
    tint = Color(*(0.85 + 0.15 * c for c in output["accent"]))
    size = BADGES["body_size"]
    x0, top, x1, bottom = BADGES["frame"]
    inner = x1 - x0

    styles = story_styles(BADGES["body_font"], "Helvetica-Bold", size, accent, leading=14.5, space_after=8,
                          indent=_INDENT)
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class BadgeParagraph(KeyedParagraph):
        """A paragraph whose first part draws its number as a badge in the margin."""

        badge: str | None = None

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for n, part in enumerate(parts):
                part.badge = self.badge if n == 0 else None
            return parts

        def draw(self, *args: Any, **kw: Any) -> None:
            if self.badge:
                canv = self.canv
                base = self.height - size * 0.95  # the first line's baseline
                cx, cy = BADGES["badge_x"] - x0, base + size * 0.3
                canv.saveState()
                canv.setFillColor(accent)
                canv.circle(cx, cy, BADGES["badge_r"], stroke=0, fill=1)
                canv.setFillColor(white)
                canv.setFont(BADGES["number_font"], BADGES["number_size"])
                canv.drawCentredString(cx, base - 0.5, self.badge)
                canv.restoreState()
            super().draw(*args, **kw)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=CREATOR, producer=PRODUCER)
            cover = Frame(x0, 90, inner, _PAGE_H - BADGES["band_bottom"] - 130, id="cover", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
            body = Frame(x0, _PAGE_H - bottom, inner, bottom - top, id="body", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.draw_cover),
                                   PageTemplate("page", [body], onPage=self.draw_page)])
            self.start_recording(plain_tokens)

        def draw_cover(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(accent)
            canv.rect(0, _PAGE_H - BADGES["band_bottom"], _PAGE_W, BADGES["band_bottom"], stroke=0, fill=1)
            canv.restoreState()

        def draw_page(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setStrokeColor(accent)
            canv.setLineWidth(0.75)
            canv.line(x0, 50, x1, 50)
            canv.setFillColor(black)
            canv.setFont("Helvetica", 8)
            canv.drawString(x0, 36, report["running_title"])
            canv.drawRightString(x1, 36, str(doc.page))
            canv.restoreState()

    uid = iter(range(1, 10**6))

    def para(markup: str, style: str, key: str | None, bullet: str | None = None, label: str | None = None) -> Any:
        made = BadgeParagraph(markup, styles[style], bulletText=bullet)
        made.devset_key, made.devset_uid, made.badge = key, next(uid), label
        return made

    story = numbered_story(report, blocks, styles, para, inner, tint, accent, BADGES, 0.5)

    pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
    return pdf, built_expected(output, blocks, doc, toc_pages, [footer(report, "N")], metadata_title=report["title"])
