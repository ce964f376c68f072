"""PDF writer for the fictional development set (reportlab), layout ``ahformatter``: a review made into PDF by
ANTENNA HOUSE FORMATTER from the partnership's XML through an XSL-FO stylesheet, as a publisher's production system
makes it, printed as a book of FACING PAGES:

* the document information: creator AH Formatter and producer the Antenna House PDF Output Library
  (:data:`CREATOR`, :data:`PRODUCER`), the title and the author from the stylesheet's ``axf:document-info``;
  BOOKMARKS from ``fo:bookmark-tree``, TWO LEVELS: each chapter, and under it its subsections;
* A4, the margins MIRRORED (``fo:repeatable-page-master-alternatives``, ``odd-or-even``): on a recto (odd) page the
  inner margin at the left, 30 mm, and 20 mm outside; on a verso (even) page the other way round; the text 160 mm
  wide; Helvetica headings (the stylesheet's sans) and Times at 11 pt on 15 pt for the text, JUSTIFIED with the
  formatter's hyphenation (``hyphenate="true"``; soft hyphens here: ``hyphenated_words``);
* a TITLE PAGE (its own page master): no header or footer, the title in bold sans, the fiction label in italic and
  the other title-page lines ranged left under a rule;
* page 2 the CONTENTS, headed "Contents", every chapter in bold and every subsection indented beneath it, with DOT
  LEADERS (``fo:leader leader-pattern="dots"``) and the page number (``fo:page-number-citation``);
* from page 2 the running heads of a book: on a VERSO the review's running title at the left (outer) edge, on a
  RECTO the CURRENT CHAPTER'S TITLE at the right (outer) edge (``fo:retrieve-marker``; expected.json
  ``header_titles``), a hairline under the head; at the foot the PAGE NUMBER ALONE AT THE OUTER EDGE, left on a verso
  and right on a recto;
* EVERY CHAPTER ON A NEW PAGE (``break-before="page"``), its title in bold sans over a rule (``border-after``);
  subsections bold sans, smaller; headings as written, unnumbered;
* numbering ``single``: each paragraph an ``fo:list-block``, its number "12." in the LABEL at the margin and the
  text in the BODY 12 mm in (``provisional-distance-between-starts``), so that every line of the text hangs at the
  body's indent; a factor list's bullets a nested list-block, "•" at the body's indent and the text 6 mm further;
  "Recommendation N:" run in in bold before the text; the glossary an
  ``fo:table`` with a shaded header row "Term | Meaning" and every cell ruled.

Pages of every paragraph are recorded during layout; the contents and the recto heads come from the pages of the
pass before, so the builds repeat until they are stable. expected.json adds ``author``, ``toc_title``,
``bookmarks`` ((level, title) pairs), ``header_titles`` (what each page's head prints: None on the title page) and
``margins`` (each page's left text edge). The version strings, the stylesheet's measures and the choices of the
partnership's production team are assumptions, not compared with a real run of the formatter."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_MM = 72.0 / 25.4
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4
CREATOR = "AH Formatter V7.3 MR6 for Linux64 : 7.3.6.61043 (2023-12-08T10:12+09)"
PRODUCER = "Antenna House PDF Output Library 7.3.1740"
AH: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "inner": 30 * _MM,
    "outer": 20 * _MM,
    "width": 160 * _MM,
    "top": _PAGE_H - 30 * _MM,  # the body region's top, under the head
    "bottom": 25 * _MM,
    "head_y": _PAGE_H - 18 * _MM,
    "rule_y": _PAGE_H - 20 * _MM,
    "foot_y": 14 * _MM,
    "font": "Times-Roman",
    "bold": "Times-Bold",
    "italic": "Times-Italic",
    "sans": "Helvetica",
    "sans_bold": "Helvetica-Bold",
    "size": 11.0,
    "leading": 15.0,
    "head_size": 9.0,
    "chapter_size": 18.0,
    "section_size": 12.0,
    "title_size": 22.0,
    "label_width": 12 * _MM,  # provisional-distance-between-starts
    "bullet_width": 6 * _MM,
    "toc_title": "Contents",
    "bullet": "\u2022",
    "shade": (0.85, 0.85, 0.85),
}


def left_edge(page: int) -> float:
    """The text's left edge on a page: the inner margin on a recto (odd), the outer on a verso (even)."""
    return AH["inner"] if page % 2 else AH["outer"]


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one single-numbered review as the formatter sets it; return the bytes and its expected.json entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import HRFlowable

    from . import devset_common_pdf as _c
    from .devset_flow import KeyedParagraph, NoteRecording

    if report["numbering"] != "single":
        raise ValueError("the ahformatter layout renders single numbering")
    o = AH
    font, size, leading = o["font"], o["size"], o["leading"]
    width = o["width"]
    lab = o["label_width"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_JUSTIFY, spaceAfter=6,
                    textColor=black, embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=0, allowWidows=0,
                    bulletFontName=font, bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName=o["sans_bold"], fontSize=o["title_size"], leading=27, alignment=TA_LEFT,
                    spaceAfter=14),
        "label": st("label", fontName=o["italic"], fontSize=12, leading=16, alignment=TA_LEFT, spaceAfter=10),
        "line": st("line", alignment=TA_LEFT, spaceAfter=6),
        "toc": st("toc", fontName=o["sans_bold"], fontSize=o["chapter_size"], leading=22, alignment=TA_LEFT,
                  spaceAfter=14),
        "chapter": st("chapter", fontName=o["sans_bold"], fontSize=o["chapter_size"], leading=22, alignment=TA_LEFT,
                      spaceAfter=4, keepWithNext=1),
        "section": st("section", fontName=o["sans_bold"], fontSize=o["section_size"], leading=15, alignment=TA_LEFT,
                      spaceBefore=8, spaceAfter=5, keepWithNext=1),
        "body": st("body", leftIndent=lab),
        "loose": st("loose"),
        "num": st("num", leftIndent=lab),
        "bullet": st("bullet", leftIndent=lab + o["bullet_width"], bulletIndent=lab, bulletFontName=_pdf._bullet_font(),
                     bulletFontSize=8, spaceAfter=2),
        "last": st("last", leftIndent=lab + o["bullet_width"], bulletIndent=lab, bulletFontName=_pdf._bullet_font(),
                   bulletFontSize=8),
        "rec": st("rec"),
        "term": st("term", fontName=o["bold"], alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
        "head": st("head", fontName=o["sans_bold"], alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
        "cell": st("cell", alignment=TA_LEFT, spaceAfter=0, embeddedHyphenation=0),
    }

    class Heading(KeyedParagraph):
        """A heading that leaves a bookmark (``level`` 0 or 1) where it is drawn."""

        level = 0

        def draw(self) -> None:
            name = f"{self.devset_key}"
            self.canv.bookmarkPage(name)
            self.canv.addOutlineEntry(self.bookmark, name, level=self.level)
            super().draw()

    para = _c.text_paras(styles)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO, heads: dict[int, str]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=output["author"], creator=CREATOR, producer=PRODUCER)
            self.heads = heads
            height = o["top"] - o["bottom"]
            title = _c.frame(o["inner"], o["bottom"], width, height, "title")
            self.recto = _c.frame(o["inner"], o["bottom"], width, height, "recto")
            self.verso = _c.frame(o["outer"], o["bottom"], width, height, "verso")
            self.addPageTemplates([PageTemplate("title", [title], autoNextPageTemplate="body"),
                                   PageTemplate("body", [self.verso], onPage=self.furnish)])
            self.start_recording(_c.report_words(blocks))

        def furnish(self, canv: Any, doc: Any) -> None:
            """The running head and the folio, both at the outer edge: the running title on a verso, the current
            chapter's title on a recto; a hairline under the head."""
            page = doc.page
            doc.pageTemplate.frames = [self.recto if page % 2 else self.verso]  # the page's text area, mirrored
            left = left_edge(page)
            canv.saveState()
            canv.setFont(o["sans"], o["head_size"])
            if page % 2:
                canv.drawRightString(left + width, o["head_y"], self.heads.get(page, ""))
                canv.drawRightString(left + width, o["foot_y"], str(page))
            else:
                canv.drawString(left, o["head_y"], report["running_title"])
                canv.drawString(left, o["foot_y"], str(page))
            canv.setLineWidth(0.3)
            canv.line(left, o["rule_y"], left + width, o["rule_y"])
            canv.restoreState()

    lines: list[Any] = []
    marks: list[tuple[int, str]] = []

    def story(pages: dict[str, int]) -> list[Any]:
        cover = _r.title_lines(report)
        flow: list[Any] = [Spacer(1, 120), para(report["title"], "title", None, hyphens=False),
                           HRFlowable(width="100%", thickness=1, color=black, spaceBefore=0, spaceAfter=14),
                           para(cover[0], "label", None), *(para(t, "line", None) for t in cover[1:]), PageBreak(),
                           para(o["toc_title"], "toc", "Htoc")]
        lines.clear()
        marks.clear()
        body: list[Any] = []
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                chapter = b.level == 1
                h = para(b.text, "chapter" if chapter else "section", f"H{idx}", cls=Heading, hyphens=False)
                h.level, h.bookmark = (0 if chapter else 1), b.text
                marks.append((h.level + 1, b.text))
                page = str(pages.get(f"H{idx}", 0))
                lines.append(_c.DottedLine(b.text, page, font=o["sans_bold"] if chapter else o["sans"], size=10,
                                           x=0 if chapter else 5 * _MM, reserve=0 if chapter else 5 * _MM,
                                           height=16))
                if chapter:
                    body += [PageBreak(), h, HRFlowable(width="100%", thickness=0.8, color=black, spaceBefore=0,
                                                        spaceAfter=10)]
                else:
                    body.append(h)
            elif b.kind == "unnumbered":
                body.append(para(b.text, "loose", "u"))
            elif b.kind == "glossary":
                cells = [[para("Term", "head", None), para("Meaning", "head", None)]]
                cells += [[para(a, "term", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, black),
                                           ("BACKGROUND", (0, 0), (-1, 0), Color(*o["shade"])),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                body.append(table)
            elif b.kind in ("para", "factor"):
                body.append(para(b.text, "num", b.key, bullet=f"{b.label}."))  # the list-block's label
                for n, t in enumerate(b.bullets, start=1):
                    body.append(para(t, "last" if n == len(b.bullets) else "bullet", b.key, bullet=o["bullet"]))
            else:
                body.append(para(b.text, "rec", b.key, lead=f"{b.label}:"))
        return [*flow, *lines, *body]

    def chapter_heads(pages: dict[str, int], last: int) -> dict[int, str]:
        """Each page's chapter: the last chapter heading on or before it (a recto's running head)."""
        starts = sorted((pages[f"H{i}"], b.text) for i, b in enumerate(blocks)
                        if b.kind == "heading" and b.level == 1 and f"H{i}" in pages)
        heads: dict[int, str] = {}
        for page in range(2, last + 1):
            here = [t for p, t in starts if p <= page]
            heads[page] = here[-1] if here else o["toc_title"]
        return heads

    previous: Any = None
    pages: dict[str, int] = {}
    heads: dict[int, str] = {}
    for _ in range(8):  # until the contents and the recto heads give the pages recorded in the same pass
        buf = io.BytesIO()
        doc = Doc(buf, heads)
        doc.build(story(pages))
        state = (doc.records, doc.headings, doc.last_page)
        new_heads = chapter_heads(doc.headings, doc.last_page)
        if state == previous and new_heads == heads and all(pages.get(k) == v for k, v in doc.headings.items()
                                                             if k != "Htoc"):
            break
        previous, pages, heads = state, dict(doc.headings), new_heads
    else:
        raise RuntimeError("PDF layout did not stabilise")
    titles = [None] + [report["running_title"] if n % 2 == 0 else heads[n] for n in range(2, doc.last_page + 1)]
    chapters = [b.text for b in blocks if b.kind == "heading" and b.level == 1]
    result = _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[report["running_title"], *chapters, o["toc_title"], "N"],
        contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        author=output["author"], toc_title=o["toc_title"], bookmarks=[list(m) for m in marks],
        header_titles=titles, margins=[None] + [round(left_edge(n), 2) for n in range(2, doc.last_page + 1)])
    return buf.getvalue(), result
