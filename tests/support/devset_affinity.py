"""PDF writer for the fictional development set (reportlab), layout ``affinity``: a review laid out by a partnership's
designer in AFFINITY PUBLISHER and exported to PDF, the text THREADED through one text frame per page:

* A4 portrait; creator Affinity Publisher (:data:`CREATOR`), producer its PDF engine (:data:`PRODUCER`), the metadata
  title the review's title;
* page 1 a cover: a wide accent band down the page's left edge, the title in large accent type and the title-page
  lines; no header or footer;
* page 2 "Contents" (each chapter and its page, no leader), the body from page 3 running on over page breaks
  (expected.json ``split_across_pages``); on every page from 2 a narrow accent SIDE BAND down the left edge, a running
  header (the running title at the frame's left, over a hairline) and the page number at the right of the foot
  (:func:`header`);
* numbering ``single``: each paragraph's number printed in bold accent sans type at the frame's left edge on the
  paragraph's first baseline, the text set at a HANGING INDENT (``AFFINITY["hang"]`` further in) on every line,
  justified and hyphenated; a factor list's bullets "–" under the text; unnumbered paragraphs and recommendations at the
  frame's left edge;
* chapter headings in the accent colour, "Recommendation N:" bold, the glossary a two-column table with a tinted
  header row "Term" / "Definition".

Pages are recorded during layout (``afterFlowable``)."""

from __future__ import annotations

from typing import Any

from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.28, 841.89  # A4 portrait
_LEFT, _RIGHT = 80.0, 72.0
_TOP, _BOTTOM = 80.0, 80.0
CREATOR = "Affinity Publisher 2.5.7"
PRODUCER = "Affinity Publisher 2.5.7 (PDFlib+PDI)"
AFFINITY: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "frame": (_LEFT, _TOP, _PAGE_W - _RIGHT, _PAGE_H - _BOTTOM),
    "number_x": _LEFT,
    "hang": 30.0,  # the hanging indent: a numbered paragraph's text starts this far in from the number
    "text_x": _LEFT + 30.0,
    "band": 14.0,  # the side band's width at the left edge of every page from 2
    "cover_band": 60.0,
    "number_font": "Helvetica-Bold",
    "number_size": 9.5,
    "body_font": "Helvetica",
    "body_size": 9.5,
    "bullet": "\u2013",
    "header_bottom": 62.0,  # the running header's hairline, from the top of the page
    "footer_top": _PAGE_H - 50.0,
    "glossary_head": ["Term", "Definition"],
}


def header(report: dict[str, Any]) -> str:
    """The running header's text, at the frame's left on every page from 2 (the page number is at the foot)."""
    return report["running_title"]


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Export one single-numbered review as the Affinity Publisher PDF; return the bytes and the expected entry."""
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
        raise ValueError("the affinity layout renders single numbering")
    accent = Color(*output["accent"])
    tint = Color(*(0.85 + 0.15 * c for c in output["accent"]))
    size = AFFINITY["body_size"]
    x0, top, x1, bottom = AFFINITY["frame"]
    inner = x1 - x0

    hang = AFFINITY["hang"]
    styles = story_styles(AFFINITY["body_font"], "Helvetica-Bold", size, accent, leading=14.0, space_after=8,
                          head=(14, 18, 14), justify=True, indent=hang, bullet=(14, 3))
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class HangingParagraph(KeyedParagraph):
        """A paragraph whose first part draws its number at the left of its hanging indent."""

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
                canv.setFont(AFFINITY["number_font"], AFFINITY["number_size"])
                canv.drawString(0, base, self.number)
                canv.restoreState()
            super().draw(*args, **kw)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=CREATOR, producer=PRODUCER)
            cover = Frame(x0 + 20, 90, inner - 20, _PAGE_H - 220, id="cover", leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0)
            body = Frame(x0, _PAGE_H - bottom, inner, bottom - top, id="body", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.draw_cover),
                                   PageTemplate("page", [body], onPage=self.draw_page)])
            self.start_recording(plain_tokens)

        def draw_cover(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(accent)
            canv.rect(0, 0, AFFINITY["cover_band"], _PAGE_H, stroke=0, fill=1)
            canv.restoreState()

        def draw_page(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(accent)
            canv.rect(0, 0, AFFINITY["band"], _PAGE_H, stroke=0, fill=1)
            canv.setStrokeColor(accent)
            canv.setLineWidth(0.5)
            canv.line(x0, _PAGE_H - AFFINITY["header_bottom"], x1, _PAGE_H - AFFINITY["header_bottom"])
            canv.setFillColor(black)
            canv.setFont("Helvetica", 8)
            canv.drawString(x0, _PAGE_H - AFFINITY["header_bottom"] + 5, header(report))
            canv.drawRightString(x1, 40, str(doc.page))
            canv.restoreState()

    uid = iter(range(1, 10**6))

    def para(markup: str, style: str, key: str | None, bullet: str | None = None, label: str | None = None) -> Any:
        made = HangingParagraph(markup, styles[style], bulletText=bullet)
        made.devset_key, made.devset_uid, made.number = key, next(uid), label
        return made

    story = numbered_story(report, blocks, styles, para, inner, tint, accent, AFFINITY, 0.4)

    pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
    return pdf, built_expected(output, blocks, doc, toc_pages, [header(report), "N"], metadata_title=report["title"])
