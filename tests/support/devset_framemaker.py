"""PDF writer for the fictional development set (reportlab), layout ``framemaker``: a review written in ADOBE
FRAMEMAKER on its classic "side head" template and saved as a PDF:

* US Letter portrait; creator FrameMaker and producer the Adobe PDF Library (:data:`CREATOR`, :data:`PRODUCER`), the
  metadata title the review's title;
* page 1 a title page: a full-width rule, the title in large bold sans-serif type across the page, then the title-page
  lines; no header or footer;
* page 2 "Contents" (each chapter and its page), the body from page 3 running on over page breaks (expected.json
  ``split_across_pages``); every page from 2 has a running header (the publisher at the left, the date at the right,
  in small sans-serif type over a thin rule across the whole text area) and a footer whose page number sits at the
  OUTSIDE edge (at the right on odd pages, at the left on even ones) with the running title at the inside edge;
* chapter headings are SIDE HEADS: bold sans-serif type in a narrow column at the LEFT of the page, level with the
  first line of the paragraph after them, under a thin rule across side head and body column; the body column at the
  right holds everything else;
* numbering ``single``: each number in small bold sans-serif type hanging at the left edge of the body column on the
  paragraph's first baseline (FrameMaker's autonumber and a tab), the text ragged right and hyphenated at an indent;
  a factor list's bullets "–" under the text at the same indent;
* CHANGE BARS (FrameMaker's revision marks) in the right margin beside each paragraph the output lists in ``changed``
  (every part of it, on each page it runs over), never text of the review;
* "Recommendation N:" bold, the glossary a two-column table with a tinted header row "Term" / "Definition".

Pages are recorded during layout (``afterFlowable``)."""

from __future__ import annotations

from typing import Any

from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 612.0, 792.0  # US Letter portrait
_SIDE_X, _SIDE_W = 54.0, 108.0  # the side-head column
_BODY_X, _RIGHT = 180.0, 54.0
_TOP, _BOTTOM = 78.0, 72.0
CREATOR = "FrameMaker 2022"
PRODUCER = "Adobe PDF Library 17.0"
FRAMEMAKER: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "frame": (_BODY_X, _TOP, _PAGE_W - _RIGHT, _PAGE_H - _BOTTOM),
    "side": (_SIDE_X, _SIDE_X + _SIDE_W),  # the side heads' column, left and right
    "indent": 28.0,  # the text of a numbered paragraph (and its bullets' text) starts this far into the body column
    "number_font": "Helvetica-Bold",
    "number_size": 9.0,
    "side_font": "Helvetica-Bold",
    "side_size": 11.0,
    "body_font": "Times-Roman",
    "body_size": 10.5,
    "header_font": "Helvetica",
    "bullet": "\u2013",
    "header_bottom": 62.0,  # the running header's rule, from the top of the page
    "footer_top": _PAGE_H - 50.0,
    "change_x": _PAGE_W - _RIGHT + 10.0,  # the centre of a change bar
    "change_w": 2.0,
    "glossary_head": ["Term", "Definition"],
}


def header(report: dict[str, Any]) -> list[str]:
    """The running header's two parts (left, right), on every page from 2."""
    return [report["publisher"], report["date"]]


def footers(report: dict[str, Any]) -> list[str]:
    """The footer as text extraction reads it, on even and on odd pages ("N" for the page number): the number at the
    outside edge, the running title at the inside."""
    return [f"N {report['running_title']}", f"{report['running_title']} N"]


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one single-numbered review on FrameMaker's side-head template; return the bytes and the expected
    entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from .devset_flow import KeyedParagraph, NoteRecording, build_with_notes, numbered_story, story_styles

    if report["numbering"] != "single":
        raise ValueError("the framemaker layout renders single numbering")
    changed = set(output.get("changed", []))
    if not changed <= {b.label for b in blocks if b.kind in ("para", "factor")}:
        raise ValueError("changed lists numbered paragraphs only")
    tint = Color(0.88, 0.9, 0.93)
    size, indent = FRAMEMAKER["body_size"], FRAMEMAKER["indent"]
    x0, top, x1, bottom = FRAMEMAKER["frame"]
    inner = x1 - x0

    styles = story_styles(FRAMEMAKER["body_font"], "Helvetica-Bold", size, black, leading=13.5, space_after=6,
                          title=(22, 27, 18), line=(11, 15), head=(FRAMEMAKER["side_size"], 13.5, 14),
                          indent=indent, bullet=(0, -10))
    styles["h1"].keepWithNext = 0  # a side head takes no room in the body column: the page break before it keeps it
    styles["h1"].spaceAfter = 0  # with what follows it, level with its first line
    styles["num"].bulletFontName = FRAMEMAKER["number_font"]
    styles["num"].bulletFontSize = FRAMEMAKER["number_size"]
    styles["num"].bulletIndent = 0
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class BarredParagraph(KeyedParagraph):
        """A paragraph with a change bar in the right margin beside every part of it, if it was revised."""

        barred: bool = False

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for part in parts:
                part.barred = self.barred
            return parts

        def draw(self, *args: Any, **kw: Any) -> None:
            if self.barred:
                canv = self.canv
                canv.saveState()
                canv.setStrokeColor(black)
                canv.setLineWidth(FRAMEMAKER["change_w"])
                bx = FRAMEMAKER["change_x"] - x0
                canv.line(bx, 0, bx, self.height)
                canv.restoreState()
            super().draw(*args, **kw)

    class SideHead(KeyedParagraph):
        """A chapter heading set in the side-head column, level with the top of what follows it, under a rule across
        the side head and the body column; it takes no room in the body column."""

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            super().wrap(_SIDE_W, availHeight)
            self.side_height = self.height
            return availWidth, 0

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            return []

        def drawOn(self, canv: Any, x: float, y: float, _sW: float = 0) -> None:
            canv.saveState()
            canv.setStrokeColor(black)
            canv.setLineWidth(0.5)
            canv.line(_SIDE_X, y + 8, x1, y + 8)
            canv.restoreState()
            self.height = self.side_height
            super().drawOn(canv, _SIDE_X, y - self.side_height, _sW)

    total = {"pages": 0}

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=CREATOR, producer=PRODUCER)
            cover = Frame(_SIDE_X, 90, x1 - _SIDE_X, _PAGE_H - 230, id="cover", leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0)
            body = Frame(x0, _BOTTOM, inner, bottom - top, id="body", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("cover", [cover], onPage=self.draw_cover),
                                   PageTemplate("page", [body], onPageEnd=self.draw_page)])
            self.start_recording(plain_tokens)

        def draw_cover(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setFillColor(black)
            canv.rect(_SIDE_X, _PAGE_H - 132, x1 - _SIDE_X, 2, stroke=0, fill=1)
            canv.restoreState()

        def draw_page(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setStrokeColor(black)
            canv.setLineWidth(0.5)
            canv.line(_SIDE_X, _PAGE_H - FRAMEMAKER["header_bottom"], x1, _PAGE_H - FRAMEMAKER["header_bottom"])
            canv.setFillColor(black)
            canv.setFont(FRAMEMAKER["header_font"], 8)
            left, right = header(report)
            canv.drawString(_SIDE_X, _PAGE_H - FRAMEMAKER["header_bottom"] + 5, left)
            canv.drawRightString(x1, _PAGE_H - FRAMEMAKER["header_bottom"] + 5, right)
            canv.setFont(FRAMEMAKER["header_font"], 8.5)
            number, title = str(doc.page), report["running_title"]
            if doc.page % 2:  # a recto: the number at the right, outside
                canv.drawString(_SIDE_X, 40, title)
                canv.drawRightString(x1, 40, number)
            else:
                canv.drawString(_SIDE_X, 40, number)
                canv.drawRightString(x1, 40, title)
            canv.restoreState()

    uid = iter(range(1, 10**6))

    def para(markup: str, style: str, key: str | None, bullet: str | None = None, label: str | None = None) -> Any:
        if style == "h1":
            made: Any = SideHead(markup, styles[style])
        else:
            made = BarredParagraph(markup, styles[style], bulletText=label if style == "num" else bullet)
            made.barred = key in changed
        made.devset_key, made.devset_uid = key, next(uid)
        return made

    story = numbered_story(report, blocks, styles, para, inner, tint, black, FRAMEMAKER, 0.4)
    for _ in range(3):
        pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
        if doc.last_page == total["pages"]:
            break
        total["pages"] = doc.last_page
    contents = [f"{b.text} {toc_pages[f'H{i}']}" for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    return pdf, _r.expected(output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
                            contents_lines=contents, running_header_lines=[" ".join(header(report)),
                                                                           *footers(report)],
                            hyphenated_words=list(dict.fromkeys(doc.soft)),
                            broken_compounds=list(dict.fromkeys(doc.hard)), metadata_title=report["title"],
                            changed=sorted(changed, key=int))
