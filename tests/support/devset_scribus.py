"""PDF writer for the fictional development set (reportlab), layout ``scribus``: a review laid out by a partnership's
communications officer in SCRIBUS (an open-source desktop-publishing program) on FACING PAGES and exported to PDF:

* A4 portrait; creator Scribus (:data:`CREATOR`), producer its PDF library (:data:`PRODUCER`), the metadata title the
  review's title;
* page 1 a cover: the title in large accent type over a thin accent rule and the title-page lines; no header or
  footer;
* page 2 "Contents" (each chapter and its page, no leader), the body from page 3 running on over page breaks
  (expected.json ``split_across_pages``); on every page from 2 a running header (the running title at the page's
  OUTSIDE edge, over a hairline) and the page number at the outside corner of the foot (:func:`header`);
* numbering ``single``: each paragraph's number printed in bold accent type in the OUTSIDE MARGIN on the paragraph's
  first baseline, as in a book laid out on spreads: at the RIGHT of the text on odd (recto) pages, at the LEFT on even
  (verso) pages, so that in reading order a number on a recto page follows its paragraph's first line; the text
  justified at ``text_x``; a factor list's bullets "–" further in;
* chapter headings in the accent colour, "Recommendation N:" bold, the glossary a two-column table with a tinted
  header row "Term" / "Definition".

Pages are recorded during layout (``afterFlowable``)."""

from __future__ import annotations

from typing import Any

from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.28, 841.89  # A4 portrait
_LEFT, _RIGHT = 92.0, 92.0  # room for a number in either margin
_TOP, _BOTTOM = 76.0, 92.0
CREATOR = "Scribus 1.6.1"
PRODUCER = "Scribus PDF Library 1.6.1"
SCRIBUS: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "frame": (_LEFT, _TOP, _PAGE_W - _RIGHT, _PAGE_H - _BOTTOM),
    "text_x": _LEFT,
    "gap": 12.0,  # between the text column and a number in the outside margin
    "number_font": "Times-Bold",
    "number_size": 10.0,
    "body_font": "Times-Roman",
    "body_size": 11.0,
    "bullet": "\u2013",
    "header_bottom": 62.0,  # the running header's hairline, from the top of the page
    "footer_top": _PAGE_H - 50.0,
    "glossary_head": ["Term", "Definition"],
}


def header(report: dict[str, Any]) -> str:
    """The running header's text, at the outside edge of every page from 2 (the page number is at the foot)."""
    return report["running_title"]


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Export one single-numbered review as the Scribus PDF; return the bytes and the expected entry."""
    from reportlab.lib.colors import Color, black
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
        raise ValueError("the scribus layout renders single numbering")
    accent = Color(*output["accent"])
    tint = Color(*(0.85 + 0.15 * c for c in output["accent"]))
    size = SCRIBUS["body_size"]
    x0, top, x1, bottom = SCRIBUS["frame"]
    inner = x1 - x0

    styles = story_styles(SCRIBUS["body_font"], "Times-Bold", size, accent, leading=14.5, space_after=8,
                          justify=True, justify_lines=True)
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class MarginParagraph(KeyedParagraph):
        """A paragraph whose first part draws its number in the outside margin of the page it lands on."""

        number: str | None = None

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for n, part in enumerate(parts):
                part.number = self.number if n == 0 else None
            return parts

        def draw(self, *args: Any, **kw: Any) -> None:
            if self.number:
                canv = self.canv
                base = self.height - size * 0.95  # the first line's baseline
                canv.saveState()
                canv.setFillColor(accent)
                canv.setFont(SCRIBUS["number_font"], SCRIBUS["number_size"])
                if canv.getPageNumber() % 2:  # recto: the outside margin is at the right
                    canv.drawString(inner + SCRIBUS["gap"], base, self.number)
                else:
                    canv.drawRightString(-SCRIBUS["gap"], base, self.number)
                canv.restoreState()
            super().draw(*args, **kw)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=CREATOR, producer=PRODUCER)
            cover = Frame(x0, 90, inner, _PAGE_H - 220, id="cover", leftPadding=0, rightPadding=0, topPadding=0,
                          bottomPadding=0)
            body = Frame(x0, _PAGE_H - bottom, inner, bottom - top, id="body", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.draw_cover),
                                   PageTemplate("page", [body], onPage=self.draw_page)])
            self.start_recording(plain_tokens)

        def draw_cover(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setStrokeColor(accent)
            canv.setLineWidth(1.5)
            canv.line(x0, _PAGE_H - 120, x1, _PAGE_H - 120)
            canv.restoreState()

        def draw_page(self, canv: Any, doc: Any) -> None:
            recto = doc.page % 2 == 1
            canv.saveState()
            canv.setStrokeColor(accent)
            canv.setLineWidth(0.4)
            canv.line(x0, _PAGE_H - SCRIBUS["header_bottom"], x1, _PAGE_H - SCRIBUS["header_bottom"])
            canv.setFillColor(black)
            canv.setFont("Times-Italic", 8.5)
            head_y = _PAGE_H - SCRIBUS["header_bottom"] + 5
            if recto:
                canv.drawRightString(x1, head_y, header(report))
                canv.drawRightString(x1, 36, str(doc.page))
            else:
                canv.drawString(x0, head_y, header(report))
                canv.drawString(x0, 36, str(doc.page))
            canv.restoreState()

    uid = iter(range(1, 10**6))

    def para(markup: str, style: str, key: str | None, bullet: str | None = None, label: str | None = None) -> Any:
        made = MarginParagraph(markup, styles[style], bulletText=bullet)
        made.devset_key, made.devset_uid, made.number = key, next(uid), label
        return made

    story = numbered_story(report, blocks, styles, para, inner, tint, accent, SCRIBUS, 0.4)

    pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
    return pdf, built_expected(output, blocks, doc, toc_pages, [header(report), "N"], metadata_title=report["title"])
