"""PDF writer for the fictional development set (reportlab), layout ``wordoutline``: an NHS trust's patient safety
incident investigation written in Microsoft Word on the trust's template and saved as PDF ("File > Save as > PDF"):

* portrait A4 with Word's default 2.54 cm margins, Calibri 11 pt (reportlab's Helvetica stands in) on Word's 1.08 line
  spacing with 8 pt after each paragraph, RAGGED RIGHT, automatic hyphenation turned on in the document (soft hyphens,
  as in :mod:`devset_pdf`); creator and producer "Microsoft® Word for Microsoft 365", the metadata title the document's
  Title property, the review's title;
* numbered ``two-level`` by Word's AUTOMATIC OUTLINE NUMBERING, one multi-level list linked to the heading and
  paragraph styles: level 1 "%1." linked to Heading 1, so each chapter heading prints "3." hanging at the margin before
  its title (Word's blue, 14 pt); level 2 "%1.%2" linked to a "Numbered Para" style whose number is FOLLOWED BY A TAB
  with NO hanging indent: the number stands at the margin, the first line's text starts at the tab stop
  (:data:`WORDOUTLINE` ``tab_x``) and every FOLLOWING LINE WRAPS BACK TO THE MARGIN, under the number;
  factor-list bullets "•" (Vera stands in for Symbol) from Word's bullet list, text at the tab stop;
  recommendations "Recommendation 3:" typed in bold at the start of a paragraph;
* chapters do NOT start new pages (the trust's template flows on), so paragraphs run over page breaks (expected.json
  ``split_across_pages``);
* a title page (the trust's name over the title, 22 pt, and the title-page lines) without header or footer; a second
  page "Contents", Word's table of contents: each chapter's heading as printed ("3. The admission and discharge"),
  its page number flush right, no leader (contents_lines "3. The admission and discharge 4"); from page 2
  the header (the running title flush right, grey 9 pt) and the footer "Page N of M" centred (:func:`footer`); the
  glossary a two-column table in Word's "Grid Table 4" blue header style at the back.

Pages are recorded during layout (``afterFlowable``); the contents' page numbers and the footer's page count come from
a previous pass. :data:`WORDOUTLINE` gives the positions the tests use."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_MARGIN = 72.0  # Word's default 2.54 cm margins
_TEXT_W = _PAGE_W - 2 * _MARGIN
_TAB = 36.0  # the list's tab stop after the number (1.27 cm)
CREATOR = PRODUCER = "Microsoft® Word for Microsoft 365"
WORDOUTLINE: dict[str, Any] = {  # in points, from the top of the page as pdfplumber measures
    "left": _MARGIN,  # where a number stands and where a paragraph's second and later lines start
    "tab_x": _MARGIN + _TAB,  # where a numbered paragraph's first line of text starts
    "right": _PAGE_W - _MARGIN,
    "header_y": 36.0 + 9,  # the header's baseline, half an inch from the top
    "footer_y": _PAGE_H - 36.0,  # the footer's baseline
    "body_font": "Helvetica",
    "body_size": 11,
    "heading1_size": 14,
    "heading_color": (0.1843, 0.3294, 0.5882),  # Word's heading blue, #2F5496
}


def footer(page: int | str, pages: int | str) -> str:
    """The footer line, centred: "Page 7 of 12"."""
    return f"Page {page} of {pages}"


def chapter_heading(text: str) -> tuple[str, str]:
    """A two-level chapter heading "3 Title" as Word's outline list prints it: ("3.", "Title")."""
    number, title = text.split(" ", 1)
    return f"{number}.", title


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one two-level review as Word saves it as PDF with outline numbering; return bytes and expected entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Frame,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from .devset_flow import NoteRecording, build_with_notes, keyed_paras, note_markup

    if report["numbering"] != "two-level":
        raise ValueError("the wordoutline layout renders two-level numbering")
    bullet_font = _pdf._bullet_font()
    grey = Color(0.35, 0.35, 0.35)
    blue = Color(*WORDOUTLINE["heading_color"])

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=WORDOUTLINE["body_font"], fontSize=WORDOUTLINE["body_size"], leading=12.8,
                    alignment=TA_LEFT, spaceAfter=8, embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=1,
                    allowWidows=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "org": st("org", fontName="Helvetica-Bold", fontSize=12, textColor=blue, embeddedHyphenation=0),
        "title": st("title", fontSize=22, leading=27, spaceAfter=18, embeddedHyphenation=0),
        "cover": st("cover", embeddedHyphenation=0),
        "toch": st("toch", fontSize=WORDOUTLINE["heading1_size"], leading=17, textColor=blue, spaceAfter=10,
                   embeddedHyphenation=0),
        "h1": st("h1", fontSize=WORDOUTLINE["heading1_size"], leading=17, textColor=blue, spaceBefore=12,
                 spaceAfter=6, keepWithNext=1, embeddedHyphenation=0, leftIndent=_TAB, bulletIndent=0,
                 bulletFontName=WORDOUTLINE["body_font"], bulletFontSize=WORDOUTLINE["heading1_size"]),
        "h2": st("h2", fontSize=12, leading=15, textColor=blue, spaceBefore=8, spaceAfter=4, keepWithNext=1,
                 embeddedHyphenation=0),
        "toc": st("toc", spaceAfter=0, embeddedHyphenation=0),
        "tocn": st("tocn", alignment=TA_RIGHT, spaceAfter=0, embeddedHyphenation=0),
        "body": st("body"),
        "num": st("num", leftIndent=0, firstLineIndent=_TAB, bulletIndent=0,
                  bulletFontName=WORDOUTLINE["body_font"], bulletFontSize=WORDOUTLINE["body_size"]),
        "bullet": st("bullet", leftIndent=_TAB, bulletIndent=18, bulletFontName=bullet_font, bulletFontSize=9,
                     spaceAfter=3),
        "cell": st("cell", spaceAfter=0, embeddedHyphenation=0),
        "cellh": st("cellh", fontName="Helvetica-Bold", textColor=Color(1, 1, 1), spaceAfter=0,
                    embeddedHyphenation=0),
        "foot": st("foot", alignment=TA_CENTER, spaceAfter=0, embeddedHyphenation=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=report["publisher"], subject="", creator=CREATOR, producer=PRODUCER,
                             leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=_MARGIN, bottomMargin=_MARGIN)
            frame = Frame(_MARGIN, _MARGIN, _TEXT_W, _PAGE_H - 2 * _MARGIN, id="f", leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("page", [frame], onPage=self.decorate)])
            self.toc_pages = toc_pages
            self.start_recording(plain_tokens)

        def afterPage(self) -> None:
            super().afterPage()
            self.headings["PAGES"] = self.page  # the footer's "of M", taken from the previous pass

        def decorate(self, canv: Any, doc: Any) -> None:
            if doc.page == 1:  # "Different first page": no header or footer on the title page
                return
            canv.saveState()
            canv.setFillColor(grey)
            canv.setFont("Helvetica", 9)
            canv.drawRightString(_PAGE_W - _MARGIN, _PAGE_H - WORDOUTLINE["header_y"], report["running_title"])
            canv.setFillColor(Color(0, 0, 0))
            canv.setFont("Helvetica", 9)
            canv.drawCentredString(_PAGE_W / 2, _PAGE_H - WORDOUTLINE["footer_y"],
                                   footer(doc.page, self.toc_pages.get("PAGES", 0)))
            canv.restoreState()

    def story(toc_pages: dict[str, int]) -> list[Any]:
        para = keyed_paras(styles)
        flow: list[Any] = [Spacer(1, 90), para(_xml_escape(report["publisher"]), "org", None),
                           para(_xml_escape(report["title"]), "title", None)]
        flow += [para(_xml_escape(t), "cover", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "toch", None)]
        rows = []
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                number, title = chapter_heading(b.text) if b.text[:1].isdigit() else ("", b.text)
                label = f"{number} {title}".strip()
                rows.append([Paragraph(_xml_escape(label), styles["toc"]),
                             Paragraph(str(toc_pages.get(f"H{idx}", 0)), styles["tocn"])])
        table = Table(rows, colWidths=[_TEXT_W - 40, 40], hAlign="LEFT")
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        flow += [table, PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                flow.append(CondPageBreak(60))
                if b.level == 1 and b.text[:1].isdigit():
                    number, title = chapter_heading(b.text)
                    flow.append(para(_xml_escape(title), "h1", f"H{idx}", bullet=number))
                elif b.level == 1:
                    flow.append(para(_xml_escape(b.text), "h1", f"H{idx}"))
                else:
                    flow.append(para(_xml_escape(b.text), "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(note_markup(b.text, [], ""), "body", "u"))
            elif b.kind == "glossary":
                cells = [[Paragraph("Term", styles["cellh"]), Paragraph("Meaning", styles["cellh"])]]
                cells += [[Paragraph(f"<b>{_xml_escape(a)}</b>", styles["cell"]),
                           Paragraph(_xml_escape(m), styles["cell"])] for a, m in b.rows]
                grid = Table(cells, colWidths=[140, _TEXT_W - 140], hAlign="LEFT", repeatRows=1)
                grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, Color(0.56, 0.67, 0.86)),
                                          ("BACKGROUND", (0, 0), (-1, 0), Color(0.27, 0.45, 0.77)),
                                          ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                flow.append(grid)
            elif b.kind in ("para", "factor"):
                flow.append(para(note_markup(b.text, [], ""), "num", b.key, bullet=b.label))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet="\u2022")
                         for t in b.bullets]
            else:
                flow.append(para(f"<b>{_xml_escape(b.label)}:</b> {note_markup(b.text, [], '')}", "body", b.key))
        return flow

    pdf, doc, toc_pages, _notes = build_with_notes(Doc, story, 6)
    contents = []
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.level == 1:
            label = " ".join(chapter_heading(b.text)) if b.text[:1].isdigit() else b.text
            contents.append(f"{label} {toc_pages[f'H{i}']}")
    return pdf, _r.expected(output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
                            contents_lines=contents,
                            running_header_lines=[report["running_title"], footer("N", doc.last_page)],
                            hyphenated_words=list(dict.fromkeys(doc.soft)),
                            broken_compounds=list(dict.fromkeys(doc.hard)), metadata_title=report["title"])
