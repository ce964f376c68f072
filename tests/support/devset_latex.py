"""PDF writer for the fictional development set (reportlab), layout ``latex``: a transitional safeguarding review
typeset by its reviewer in LaTeX (the ``article`` class with ``fancyhdr`` and ``hyperref``) and compiled with pdfTeX,
as an academic reviewer publishes one:

* portrait A4 with LaTeX's wide margins and a narrow text block, a serif text face (reportlab's Times stands in for
  Computer Modern, which reportlab does not bundle), 10.5 pt justified, with TeX's hyphenation (soft hyphens, as in
  :mod:`devset_pdf`); the PDF's creator "LaTeX with hyperref" and producer "pdfTeX-1.40.25";
* numbered ``single``: each paragraph opens with its number in BOLD RUN IN ("12 The referral ...", as a
  ``\\paragraph``-style run-in head), the text running on in the same line and justified; recommendations
  "Recommendation 3." run in likewise; headings as written (``\\section*``, ``\\subsection*``) in bold; factor-list
  bullets "•" (an ``itemize``) under their lead-in;
* sections DO NOT start new pages: the text flows on, so paragraphs run over page breaks (expected.json
  ``split_across_pages``), even with a single line left at the foot of a page;
* FOOTNOTES numbered through the document (``footnotes`` of reports.yaml): a raised number after the anchor text and the
  note in small type under a short rule at the foot of the page where the marker is printed (expected.json
  ``footnotes``, ``footnote_pages``);
* a ``\\maketitle`` title page (centred title, the title-page lines, no header or footer); a contents page from
  ``\\tableofcontents`` (bold section entries, page numbers flush right, no leaders); from page 2 a ``fancyhdr`` header
  (the running title in italics at the right over a thin rule) and the footer "Page N" centred (:func:`footer`); the
  glossary a ``description`` list at the back (bold term, the meaning run on).

Pages are recorded during layout (``afterFlowable``); the contents page and the footnotes are placed from a previous
pass. :data:`LATEX` gives the positions the tests use."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_TEXT_W = 360.0  # a LaTeX article's narrow text block
_LEFT = (_PAGE_W - _TEXT_W) / 2
_TOP, _BOTTOM = 100.0, 90.0
_NOTES = 92.0  # the footnote area reserved above the footer
CREATOR, PRODUCER = "LaTeX with hyperref", "pdfTeX-1.40.25"
LATEX: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "body_bottom": _PAGE_H - _BOTTOM - _NOTES,  # the body text ends above the footnote area
    "footer_y": _PAGE_H - 50.0,  # baseline of "Page N"
    "note_size": 8,
    "body_font": "Times-Roman",
    "label_font": "Times-Bold",
    "left": _LEFT,
    "text_width": _TEXT_W,
}


def footer(page: int | str) -> str:
    """The footer line, centred: "Page 7"."""
    return f"Page {page}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one review as pdfTeX would; return bytes and expected entry."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Frame,
        PageBreak,
        PageTemplate,
        Spacer,
    )

    from .devset_flow import NoteRecording, build_with_notes, keyed_paras, note_markup, noted_expected, page_table

    if report["numbering"] != "single":
        raise ValueError("the latex layout renders single numbering")
    bullet_font = _pdf._bullet_font()
    notes, anchors = _r.footnote_refs(report, blocks)  # [(anchor text, note)], block index -> [(number, anchor)]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=LATEX["body_font"], fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6,
                    embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Times-Roman", fontSize=17, leading=22, alignment=TA_CENTER, spaceAfter=14),
        "cover": st("cover", fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=6),
        "toch": st("toch", fontName="Times-Bold", fontSize=17, leading=22, alignment=TA_LEFT, spaceAfter=16),
        "toc": st("toc", fontName="Times-Bold", alignment=TA_LEFT, spaceAfter=0),
        "tocn": st("tocn", fontName="Times-Bold", alignment=TA_RIGHT, spaceAfter=0),
        "h1": st("h1", fontName="Times-Bold", fontSize=14, leading=18, alignment=TA_LEFT, spaceBefore=14,
                 spaceAfter=7, keepWithNext=1),
        "h2": st("h2", fontName="Times-Bold", fontSize=12, leading=15, alignment=TA_LEFT, spaceBefore=9,
                 spaceAfter=5, keepWithNext=1),
        "body": st("body"),
        "bullet": st("bullet", leftIndent=25, bulletIndent=13, bulletFontName=bullet_font, bulletFontSize=9,
                     spaceAfter=2),
        "desc": st("desc", leftIndent=18, firstLineIndent=-18, alignment=TA_LEFT, spaceAfter=3, embeddedHyphenation=0),
        "note": st("note", fontSize=LATEX["note_size"], leading=9.5, alignment=TA_JUSTIFY, spaceAfter=1,
                   leftIndent=9, firstLineIndent=-9, embeddedHyphenation=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO, toc_pages: dict[str, int], note_pages: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject=FICTION_LABEL, creator=CREATOR,
                             producer=PRODUCER, leftMargin=_LEFT, rightMargin=_LEFT, topMargin=_TOP,
                             bottomMargin=_BOTTOM)
            frame = Frame(_LEFT, _BOTTOM + _NOTES, _TEXT_W, _PAGE_H - _TOP - _BOTTOM - _NOTES, id="f",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("page", [frame], onPage=self.decorate)])
            self.toc_pages, self.note_pages = toc_pages, note_pages
            self.start_recording(plain_tokens)

        def decorate(self, canv: Any, doc: Any) -> None:
            if doc.page == 1:  # \maketitle's page is "plain" without a number here (\thispagestyle{empty})
                return
            canv.saveState()
            canv.setFont("Times-Italic", 9.5)
            canv.drawRightString(_LEFT + _TEXT_W, _PAGE_H - 62, report["running_title"])
            canv.setLineWidth(0.4)
            canv.line(_LEFT, _PAGE_H - 66, _LEFT + _TEXT_W, _PAGE_H - 66)
            canv.setFont("Times-Roman", 10)
            canv.drawCentredString(_PAGE_W / 2, 50, footer(doc.page))
            # the page's footnotes, from the previous pass, under a short rule
            self.draw_notes(canv, [t for _a, t in notes], styles["note"], _LEFT, _TEXT_W, _NOTES, _NOTES - 6,
                            _BOTTOM + _NOTES - 8, 0.4 * _TEXT_W, 1)
            canv.restoreState()

    def story(toc_pages: dict[str, int]) -> list[Any]:
        para = keyed_paras(styles)

        def body(idx: int, text: str) -> str:
            return note_markup(text, anchors.get(idx, []), '<super rise="3" size="7">{n}</super>')

        flow: list[Any] = [Spacer(1, 90), para(_xml_escape(report["title"]), "title", None)]
        flow += [para(_xml_escape(t), "cover", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "toch", None)]
        table = page_table(blocks, styles, toc_pages, _TEXT_W, (2, 5))
        flow += [table, PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow.append(CondPageBreak(80))  # a heading is never left at the foot of a page
                flow.append(para(_xml_escape(b.text), "h1" if b.level == 1 else "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(body(idx, b.text), "body", "u"))
            elif b.kind == "glossary":
                flow += [para(f"<b>{_xml_escape(a)}</b> {_xml_escape(m)}", "desc", None) for a, m in b.rows]
            elif b.kind in ("para", "factor"):
                flow.append(para(f"<b>{_xml_escape(b.label)}</b> {body(idx, b.text)}", "body", b.key))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet="\u2022")
                         for t in b.bullets]
            else:
                flow.append(para(f"<b>{_xml_escape(b.label)}.</b> {body(idx, b.text)}", "body", b.key))
        return flow

    # built until the contents' page numbers and the footnotes' pages are stable
    pdf, doc, toc_pages, note_pages = build_with_notes(Doc, story, 6)
    contents = [f"{b.text} {toc_pages[f'H{i}']}" for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    return pdf, noted_expected(output, blocks, doc, notes, note_pages, contents_lines=contents,
                               running_header_lines=[report["running_title"], footer("N")])
