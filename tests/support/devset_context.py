"""PDF writer for the fictional development set (reportlab), layout ``context``: a review TYPESET BY ITS INDEPENDENT
REVIEWER WITH ConTeXt (MkIV, run by LuaTeX), as a reviewer who writes in a TeX tool chain would make it:

* the document information: creator ConTeXt and producer LuaTeX (:data:`CREATOR`, :data:`PRODUCER`), the title and
  the author from ``\\setupinteraction[title=..., author=...]``; BOOKMARKS from the chapters only
  (``\\placebookmarks[chapter]``), each the chapter's title WITHOUT its number, as ConTeXt writes them;
* A4 with the reviewer's ``\\setuplayout`` (the text 25 mm in from the left edge and 160 mm wide); TeX Gyre Termes
  (``\\setupbodyfont[termes,11pt]``; reportlab's Times stands in for it) JUSTIFIED with ConTeXt's hyphenation (soft
  hyphens here: ``hyphenated_words``); no first-line indent and a blank line's worth of white space between
  paragraphs (``\\setupwhitespace[medium]``);
* a TITLE PAGE made with ``\\startstandardmakeup``: no header, the title bold and large, the fiction label in italic
  and the other title-page lines centred beneath it; page 2 the TABLE OF CONTENTS (``\\completecontent``), headed
  "Contents", listing the NUMBERED CHAPTERS ONLY ("3 What happened") in bold with the page number flush right and NO
  LEADER DOTS (ConTeXt's default list); the unnumbered foreword and glossary (``\\title``) and the unnumbered
  subsections (``\\subject``) are not listed;
* the header, from page 2, the running title at the left and the PAGE NUMBER AT THE RIGHT OF THE HEADER
  (``\\setuppagenumbering[location={header,right}]``, ``\\setupheadertexts``); NO FOOTER;
* EVERY CHAPTER ON A NEW PAGE (ConTeXt's default for ``\\chapter``): "3 What happened" in bold, larger (``\\bfb``),
  the number and the title a space apart with no full stop; subsections unnumbered ``\\subject`` headings in bold
  (``\\bfa``);
* numbering ``two-level``: each paragraph an ENUMERATION (``\\defineenumeration[numpar][prefix=yes,
  prefixsegments=chapter, way=bychapter, alternative=serried, headstyle=bold]``), its number "3.12" in bold RUN IN
  before the text, the lines after the first back at the margin; a factor list's bullets ``\\startitemize[packed]``
  with ConTeXt's first symbol, a bullet, at the margin (the shared bullet face stands in for Termes's); the
  recommendations a second enumeration printing "Recommendation N:" in bold, run in likewise; the glossary a
  ``tabulate`` table, the terms in bold, with rules above and below and under its "Term | Meaning" row and none
  between the rows or the columns.

Pages of every paragraph are recorded during layout; the contents come before the body, so the builds repeat until
the contents' numbers are those recorded. expected.json adds ``author``, ``toc_title``, ``bookmarks`` and
``no_footer`` (nothing is printed at the foot of a page). ConTeXt's makeup, its chapter and subject heads, its
enumerations and its default contents list follow the ConTeXt wiki's descriptions as I know them; the version strings,
the layout's measures and the reviewer's choices are assumptions, not compared with a real run."""

from __future__ import annotations

import io
import re
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_MM = 72.0 / 25.4
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4
CREATOR = "ConTeXt - 2023.05.05 18:36"
PRODUCER = "LuaTeX-1.17.0"
CONTEXT: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": 25 * _MM,  # the layout's backspace
    "right": 25 * _MM + 160 * _MM,  # and its width
    "top": _PAGE_H - 32 * _MM,  # the text's top, under the header
    "bottom": 25 * _MM,
    "header_y": _PAGE_H - 20 * _MM,
    "font": "Times-Roman",
    "bold": "Times-Bold",
    "italic": "Times-Italic",
    "size": 11.0,  # \setupbodyfont[termes,11pt]
    "leading": 14.0,
    "chapter_size": 15.8,  # \bfb: 1.44 times the body size
    "subject_size": 13.2,  # \bfa: 1.2 times
    "title_size": 24.0,  # the makeup's title
    "whitespace": 6.0,  # \setupwhitespace[medium]
    "item_width": 15.0,  # the itemize symbol's box
    "toc_title": "Contents",
    "bullet": "\u2022",
}


def bookmark(text: str) -> str:
    """A chapter's bookmark as ConTeXt writes it: the title without its number ("3 What happened" -> "What
    happened")."""
    return re.sub(r"^\d+ ", "", text)


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one two-level review as ConTeXt sets it; return the bytes and its expected.json entry."""
    from reportlab.lib.colors import black
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

    from . import devset_common_pdf as _c
    from .devset_flow import KeyedParagraph, NoteRecording

    if report["numbering"] != "two-level":
        raise ValueError("the context layout renders two-level numbering")
    o = CONTEXT
    font, size, leading = o["font"], o["size"], o["leading"]
    width = o["right"] - o["left"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_JUSTIFY, spaceAfter=o["whitespace"],
                    textColor=black, embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=0, allowWidows=0,
                    bulletFontName=font, bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName=o["bold"], fontSize=o["title_size"], leading=29, alignment=TA_CENTER,
                    spaceAfter=30),
        "label": st("label", fontName=o["italic"], fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=10),
        "line": st("line", alignment=TA_CENTER, spaceAfter=8),
        "toc": st("toc", fontName=o["bold"], fontSize=o["chapter_size"], leading=20, alignment=TA_LEFT,
                  spaceAfter=18),
        "chapter": st("chapter", fontName=o["bold"], fontSize=o["chapter_size"], leading=20, alignment=TA_LEFT,
                      spaceAfter=16, keepWithNext=1),
        "subject": st("subject", fontName=o["bold"], fontSize=o["subject_size"], leading=17, alignment=TA_LEFT,
                      spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "body": st("body"),
        "bullet": st("bullet", leftIndent=o["item_width"], bulletIndent=0, bulletFontName=_pdf._bullet_font(),
                     bulletFontSize=9, spaceAfter=0),
        "last": st("last", leftIndent=o["item_width"], bulletIndent=0, bulletFontName=_pdf._bullet_font(),
                   bulletFontSize=9),
        "term": st("term", fontName=o["bold"], alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
        "cell": st("cell", alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
    }

    class Chapter(KeyedParagraph):
        """A chapter head that leaves a bookmark where it is drawn, when ``outline`` is set."""

        outline = ""

        def draw(self) -> None:
            if self.outline:
                name = f"{self.devset_key}"
                self.canv.bookmarkPage(name)
                self.canv.addOutlineEntry(self.outline, name, level=0)
            super().draw()

    para = _c.text_paras(styles)

    class TocLine(_c.ContentsEntry):
        """A contents line as ConTeXt's default list sets a chapter: the number and title in bold at the margin, the
        page number flush right, no leaders."""

        def __init__(self, text: str, page: str) -> None:
            super().__init__(text, page)
            self.drawn = f"{text} {page}"

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.avail = availWidth
            return availWidth, 17

        def draw(self) -> None:
            self.canv.setFont(o["bold"], size)
            self.canv.drawString(0, 4, self.text)
            self.canv.drawRightString(self.avail, 4, self.page)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=output["author"], creator=CREATOR, producer=PRODUCER)
            body = _c.frame(o["left"], o["bottom"], width, o["top"] - o["bottom"], "body")
            self.addPageTemplates([PageTemplate("page", [body], onPage=self.furnish)])
            self.start_recording(_c.report_words(blocks))

        def furnish(self, canv: Any, doc: Any) -> None:
            """The header from page 2: the running title at the left, the page number at the right; no footer."""
            if doc.page == 1:  # the standard makeup: no header
                return
            canv.saveState()
            canv.setFont(font, size)
            canv.drawString(o["left"], o["header_y"], report["running_title"])
            canv.drawRightString(o["right"], o["header_y"], str(doc.page))
            canv.restoreState()

    lines: list[Any] = []
    marks: list[str] = []

    def story(toc_pages: dict[str, int]) -> list[Any]:
        cover = _r.title_lines(report)
        flow: list[Any] = [Spacer(1, 150), para(report["title"], "title", None, hyphens=False),
                           para(cover[0], "label", None), *(para(t, "line", None) for t in cover[1:]), PageBreak(),
                           para(o["toc_title"], "toc", "Htoc")]
        lines.clear()
        marks.clear()
        body: list[Any] = []
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                numbered = bool(re.match(r"\d+ ", b.text))
                h = para(b.text, "chapter", f"H{idx}", cls=Chapter, hyphens=False)
                if numbered:  # a \chapter: listed and bookmarked; a \title (foreword, glossary): neither
                    h.outline = bookmark(b.text)
                    marks.append(h.outline)
                    lines.append(TocLine(b.text, str(toc_pages.get(f"H{idx}", 0))))
                body += [PageBreak(), h]
            elif b.kind == "heading":
                body.append(para(b.text, "subject", None, hyphens=False))
            elif b.kind == "unnumbered":
                body.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[para("Term", "term", None), para("Meaning", "term", None)]]
                cells += [[para(a, "term", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, black),
                                           ("LINEBELOW", (0, 0), (-1, 0), 0.4, black),
                                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, black),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (0, -1), 0),
                                           ("TOPPADDING", (0, 0), (-1, -1), 2),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                body.append(table)
            elif b.kind in ("para", "factor"):
                body.append(para(b.text, "body", b.key, lead=b.label))  # the enumeration's number run in, bold
                for n, t in enumerate(b.bullets, start=1):
                    body.append(para(t, "last" if n == len(b.bullets) else "bullet", b.key, bullet=o["bullet"]))
            else:
                body.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return [*flow, *lines, *body]

    def one_pass(toc_pages: dict[str, int], total: int) -> Any:
        doc = Doc(io.BytesIO())
        doc.build(story(toc_pages))
        return doc

    doc = _r.settled(one_pass)
    result = _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[report["running_title"], "N"], contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        author=output["author"], toc_title=o["toc_title"], bookmarks=list(marks), no_footer=True)
    return doc.filename.getvalue(), result
