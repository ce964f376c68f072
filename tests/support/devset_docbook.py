"""PDF writer for the fictional development set (reportlab), layout ``docbook``: a review written in DocBook XML (a
book) and TYPESET BY APACHE FOP with the DocBook XSL stylesheets, as a university research unit that writes
commissioned reviews in XML publishes them, the stylesheets' defaults kept but for A4 paper and numbered sections:

* A4 portrait; creator and producer Apache FOP (:data:`CREATOR`, :data:`PRODUCER`), the metadata title the book's;
* page 1 the book's title page: the title centred in large bold sans-serif type and the title-page lines centred under
  it; no header, no footer;
* the FRONT MATTER paginated in LOWER-CASE ROMAN NUMERALS: page 2 "Table of Contents" (each chapter "3. What happened"
  and each section "3.2. 2023" indented under it, dot leaders and the page as PRINTED, "ii" or "7"), numbered "i", then
  the foreword (a DocBook preface) from "ii"; the first chapter RESTARTS the count at arabic "1" (expected.json
  ``page_labels``: the folio printed on each PDF page, null on the title page), so that a paragraph's printed page is
  never its PDF page;
* every chapter (the foreword, each numbered chapter, the recommendations and the glossary) starts a new page under its
  title in bold sans-serif, "Chapter 3. What happened", and runs on over page breaks within it (expected.json
  ``split_across_pages``); sections "3.2. 2023" in smaller bold sans-serif (DocBook's section labels, with a stop);
  titles hang out at the page margin while the body text is set 4 picas in (DocBook's ``body.start.indent``);
* from a chapter's second page a RUNNING HEADER centred over a rule: the title of the section that the page's first
  text belongs to, carried over from the page before or starting at its top (FO's "first-including-carryover";
  expected.json ``header_titles``, null where there is no header); the folio centred
  under a rule at the foot of every page but the title page;
* numbering ``three-level``: each paragraph a DocBook ``formalpara`` whose title is its number, RUN IN in bold serif
  with the stylesheets' closing stop ("3.2.4. In January ..."), the text justified Times with FOP's hyphenation
  (``hyphenated_words``, ``broken_compounds``); a factor list's bullets "•" under it at the body indent; each
  recommendation a ``formalpara`` too, "Recommendation 3." run in; the glossary a DocBook glossary set as a list, each
  term in a column two inches wide and its meaning beside it, with no rules.

``expected.json`` gives, as for every PDF, the PDF's page (1-based) on which each paragraph starts, ``section`` the
title as printed ("3.2. 2023", "Chapter 6. Recommendations"), ``contents_lines`` the table of contents as drawn (with
printed pages), ``running_header_lines`` the header titles in their order and "N" for the folio, and adds
``page_labels``, ``header_titles``, ``toc_title`` and ``metadata_title``.

The stylesheets' output is modelled on books that DocBook XSL and FOP produce with their defaults; without a network it
could not be compared with a real FOP build, and the document information strings are an assumption."""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r
from .devset_chapters import roman

Block = _r.Block

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_LEFT, _RIGHT = 72.0, 72.0
_INDENT = 48.0  # DocBook's body.start.indent, 4 picas: the body text, from the page margin
_TOP, _BOTTOM = 100.0, 96.0
CREATOR = "Apache FOP Version 2.9"
PRODUCER = "Apache FOP Version 2.9"
DOCBOOK: dict[str, Any] = {  # in points; y from the bottom of the page, as reportlab draws
    "left": _LEFT,
    "right": _PAGE_W - _RIGHT,
    "text_x": _LEFT + _INDENT,
    "body_font": "Times-Roman",
    "number_font": "Times-Bold",
    "body_size": 11.0,
    "leading": 14.0,
    "title_font": "Helvetica-Bold",
    "chapter_size": 20.736,  # DocBook's component title: 2.0736 times the body size
    "section_size": 17.28,  # a level-1 section's title: 1.728 times
    "header_y": _PAGE_H - 60.0,  # the header's baseline; its rule below it
    "header_rule": _PAGE_H - 66.0,
    "footer_rule": 72.0,
    "footer_y": 56.0,  # the folio's baseline, under the rule
    "running_size": 9.0,
    "toc_title": "Table of Contents",
    "chapter": "Chapter",
    "term_w": 144.0,  # the glossary's term column, two inches
    "bullet": "\u2022",
}


def folio(page: int, first_chapter: int) -> str | None:
    """The folio printed on a PDF page: none on the title page, lower-case roman from the contents (page 2, "i") up to
    the first chapter, then arabic from 1."""
    if page == 1:
        return None
    if page < first_chapter:
        return roman(page - 1).lower()
    return str(page - first_chapter + 1)


def shown(block: Block) -> str:
    """A heading as the stylesheets print it: "Chapter 3. What happened", "3.2. 2023"; an unnumbered one as written."""
    m = re.fullmatch(r"(\d+(?:\.\d+)*) (.+)", block.text)
    if not m:
        return block.text
    return f"{DOCBOOK['chapter']} {m.group(1)}. {m.group(2)}" if block.level == 1 else f"{m.group(1)}. {m.group(2)}"


def toc_text(block: Block) -> str:
    """A heading as the table of contents prints it: "3. What happened", "3.2. 2023"; an unnumbered one as written."""
    m = re.fullmatch(r"(\d+(?:\.\d+)*) (.+)", block.text)
    return f"{m.group(1)}. {m.group(2)}" if m else block.text


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one three-level review as DocBook XSL and Apache FOP typeset it; return bytes and the expected entry."""
    from reportlab.lib.colors import black
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

    from .devset_common_pdf import DottedLine
    from .devset_flow import NoteRecording, build_with_notes, keyed_paras

    if report["numbering"] != "three-level":
        raise ValueError("the docbook layout renders three-level numbering")
    bullet_font = _pdf._bullet_font()
    font, size, leading = DOCBOOK["body_font"], DOCBOOK["body_size"], DOCBOOK["leading"]
    width = DOCBOOK["right"] - _LEFT
    sans = DOCBOOK["title_font"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_LEFT, spaceAfter=8, textColor=black,
                    embeddedHyphenation=0, uriWasteReduce=0, allowOrphans=1, allowWidows=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName=sans, fontSize=24.8832, leading=30, alignment=TA_CENTER, spaceBefore=160,
                    spaceAfter=30),
        "line": st("line", fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=8),
        "toch": st("toch", fontName=sans, fontSize=DOCBOOK["section_size"], leading=21, spaceAfter=14),
        "h1": st("h1", fontName=sans, fontSize=DOCBOOK["chapter_size"], leading=25, spaceAfter=16, keepWithNext=1),
        "h2": st("h2", fontName=sans, fontSize=DOCBOOK["section_size"], leading=21, spaceBefore=10, spaceAfter=8,
                 keepWithNext=1),
        "body": st("body", alignment=TA_JUSTIFY, embeddedHyphenation=1, leftIndent=_INDENT),
        "bullet": st("bullet", alignment=TA_JUSTIFY, embeddedHyphenation=1, leftIndent=_INDENT + 14,
                     bulletIndent=_INDENT, bulletFontName=bullet_font, bulletFontSize=size, spaceAfter=3),
        "term": st("term", spaceAfter=0),
        "cell": st("cell", spaceAfter=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}
    displayed = {f"H{i}": shown(b) for i, b in enumerate(blocks) if b.kind == "heading"}
    first_chapter_key = next(f"H{i}" for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1
                             and re.match(r"\d", b.text))

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=CREATOR, producer=PRODUCER)
            body = Frame(_LEFT, _BOTTOM, width, _PAGE_H - _TOP - _BOTTOM, id="body", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("page", [body], onPageEnd=self.furnish)])
            self.toc_pages = toc_pages
            self.marker: str | None = None  # the title of the chapter or section the text has reached
            self.top: str | None = None  # the header's title: that of the section the page's first text belongs to
            self.fresh = True  # nothing laid out on this page yet
            self.opens = False  # a chapter opens this page
            self.labels: dict[int, str | None] = {}
            self.headers: dict[int, str | None] = {}
            self.start_recording(plain_tokens)

        def afterFlowable(self, flowable: Any) -> None:
            super().afterFlowable(flowable)
            key = getattr(flowable, "devset_key", None)
            if key in displayed:
                self.marker = displayed[key]
                self.opens = self.opens or displayed[key] in chapter_titles
            if self.fresh:  # the first text on the page: a title starting here, or the one carried over
                self.top, self.fresh = self.marker, False

        def furnish(self, canv: Any, doc: Any) -> None:
            """At the end of each page: the folio, and the header where the page is not a chapter's first."""
            n = doc.page
            first = self.toc_pages.get(first_chapter_key, 10**6)
            label = folio(n, first)
            header = self.top if n > 2 and not self.opens else None
            canv.saveState()
            canv.setFillColor(black)
            canv.setStrokeColor(black)
            canv.setLineWidth(0.5)
            if header:
                canv.setFont(font, DOCBOOK["running_size"])
                canv.drawCentredString(_PAGE_W / 2, DOCBOOK["header_y"], header)
                canv.line(_LEFT, DOCBOOK["header_rule"], DOCBOOK["right"], DOCBOOK["header_rule"])
            if label:
                canv.line(_LEFT, DOCBOOK["footer_rule"], DOCBOOK["right"], DOCBOOK["footer_rule"])
                canv.setFont(font, size)
                canv.drawCentredString(_PAGE_W / 2, DOCBOOK["footer_y"], label)
            canv.restoreState()
            self.labels[n], self.headers[n] = label, header
            self.fresh, self.opens = True, False

    chapter_titles = {shown(b) for b in blocks if b.kind == "heading" and b.level == 1}
    para = keyed_paras(styles)
    lines: list[DottedLine] = []

    def story(toc_pages: dict[str, int]) -> list[Any]:
        first = toc_pages.get(first_chapter_key, 10**6)
        flow: list[Any] = [para(_xml_escape(report["title"]), "title", None)]
        flow += [para(_xml_escape(t), "line", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para(DOCBOOK["toc_title"], "toch", None)]
        lines.clear()
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                page = toc_pages.get(f"H{idx}")
                printed = folio(page, first) if page else "0"
                lines.append(DottedLine(toc_text(b), printed or "0", font=font, size=size,
                                        x=0 if b.level == 1 else 24, reserve=0 if b.level == 1 else 24,
                                        height=16 if b.level == 1 else 14))
        flow += lines
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if b.level == 1:
                    flow.append(PageBreak())
                flow.append(para(_xml_escape(shown(b)), "h1" if b.level == 1 else "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(_pdf._soft_hyphenate(_xml_escape(b.text)), "body", "u"))
            elif b.kind == "glossary":
                cells = [[para(_xml_escape(a), "term", None), para(_xml_escape(m), "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[DOCBOOK["term_w"] + 18, width - _INDENT - DOCBOOK["term_w"] - 18],
                              hAlign="RIGHT")
                table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
                flow += [Spacer(1, 4), table]
            elif b.kind in ("para", "factor"):
                text = _pdf._soft_hyphenate(_xml_escape(b.text))
                flow.append(para(f"<b>{_xml_escape(b.label)}.</b> {text}", "body", b.key))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet=DOCBOOK["bullet"])
                         for t in b.bullets]
            else:
                text = _pdf._soft_hyphenate(_xml_escape(b.text))
                flow.append(para(f"<b>{_xml_escape(b.label)}.</b> {text}", "body", b.key))
        return flow

    pdf, doc, _toc, _notes = build_with_notes(Doc, story, 8)
    last = doc.last_page
    labels = [doc.labels.get(n) for n in range(1, last + 1)]
    headers = [doc.headers.get(n) for n in range(1, last + 1)]
    entries = _r.page_entries(blocks, doc.records)
    for entry in entries:  # the nearest title as printed
        entry["section"] = next(shown(b) for b in blocks if b.kind == "heading" and b.text == entry["section"])
    return pdf, _r.expected(
        output, blocks, page_count=last, paragraphs=entries,
        running_header_lines=[*dict.fromkeys(h for h in headers if h), "N"],
        contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        metadata_title=report["title"], page_labels=labels, header_titles=headers, toc_title=DOCBOOK["toc_title"])
