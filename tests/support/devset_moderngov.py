"""PDF writer for the fictional development set (reportlab), layout ``moderngov``: a review published as an item of a
council committee's AGENDA PACK, the single PDF that a committee management system (Civica's Modern.gov, as most
English councils use) assembles from the documents of a meeting and stamps page by page:

* A4 portrait; the pack's document information is the system's (:data:`CREATOR`, :data:`PRODUCER`), and its metadata
  title names the meeting, not the review (output key ``pack_title``);
* page 1 the pack's FRONT SHEET, set by the system: "Public Document Pack" at the top right, the council, the committee,
  "Supplementary agenda", the meeting's date, time, venue and contact, a line saying that the report was not available
  when the agenda was published, and the item with the pack pages it fills ("7. <title> (Pages 1 - 30)"); no stamp;
* page 2 the council's COVERING REPORT for the item, typed in Word on the council's template: the report's fields
  ("Report to", "Date", "Report of", "Subject"), unnumbered bold headings ("Purpose of the report", "Recommendation",
  "Background", "Appendices") and short paragraphs; the system's stamp "Agenda Item 7" at its top right;
* from page 3 the REVIEW ITSELF, the Word document the board sent as "Appendix A", as Word saved it as PDF: "Appendix A"
  typed at the top right of its title page over the title and the title-page lines; its own page 2 "Contents" (each
  chapter, dot leaders and the review's OWN page number); the foreword from its own page 3 and the chapters running on
  over page breaks (expected.json ``split_across_pages``); from its own page 2 the running title at the top left
  and "Page n of T" (the review's own page and page count) at the foot on the right;
* on every page from 2 the system's PACK STAMP "Page N" centred at the very foot, N counting the pack's pages from the
  covering report (so the review's own "Page 3 of 12" stands over the stamp "Page 4", and neither is the PDF's page);
* numbering ``two-level``: chapter headings "3 What happened" and unnumbered subheadings in bold, each number "3.12"
  hanging at the left margin with the text at an indent, justified, Word's automatic hyphenation on
  (``hyphenated_words``, ``broken_compounds``); "•" bullets further in; "Recommendation N:" bold and run in; the
  glossary a ruled two-column table at the back.

``expected.json`` gives, as for every PDF, the PDF's page (1-based) on which each paragraph starts; and adds
``pack_pages`` (the stamp's number on each PDF page, null on the front sheet), ``report_pages`` (the review's own page
number on each PDF page, null before its title page), ``report_first_page`` (the PDF page of the review's title page),
``pack_lines`` (the front sheet's and the covering report's lines and the stamps: never text of the review) and
``metadata_title``; ``contents_lines`` carry the review's own page numbers, and ``running_header_lines`` are the
running title, the review's footer ("Page N of T") and the pack stamp ("Page N").

The system's document information strings and the wording of the front sheet are modelled on agenda packs as councils
publish them; without a network they could not be compared with a real pack, and the strings are an assumption."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_LEFT, _RIGHT = 72.0, 72.0
_TOP, _BOTTOM = 78.0, 84.0
_HANG = 40.0  # the text of a numbered paragraph, from the left margin
CREATOR = "Modern.gov (Civica)"
PRODUCER = "Modern.gov PDF pack builder"
MODERNGOV: dict[str, Any] = {  # in points; y from the bottom of the page, as reportlab draws
    "left": _LEFT,
    "right": _PAGE_W - _RIGHT,
    "text_x": _LEFT + _HANG,
    "body_font": "Helvetica",
    "body_size": 12.0,
    "leading": 16.0,
    "h1_size": 14.0,
    "header_y": _PAGE_H - 44.0,  # the review's running title
    "footer_y": 50.0,  # the review's own "Page n of T", flush right
    "stamp_y": 22.0,  # the pack stamp "Page N", centred
    "stamp_size": 10.0,
    "item_y": _PAGE_H - 40.0,  # "Agenda Item 7" on the covering report, flush right
    "pack_mark": "Public Document Pack",
    "appendix": "Appendix A",
    "bullet": "\u2022",
    "glossary_head": ["Term", "Meaning"],
}


def stamp(n: int | str) -> str:
    """The pack stamp at the foot of every page from the covering report on."""
    return f"Page {n}"


def footer(n: int | str, total: int | str) -> str:
    """The review's own footer: its page and its page count."""
    return f"Page {n} of {total}"


def item_stamp(item: int | str) -> str:
    return f"Agenda Item {item}"


def front_sheet(report: dict[str, Any], output: dict[str, Any], pages: int) -> list[str]:
    """The pack's front sheet, line by line (after "Public Document Pack"); ``pages``: the pack pages the item fills."""
    return [output["council"], output["committee"], "Supplementary agenda",
            f"Date: {output['meeting']}", f"Time: {output['time']}", f"Venue: {output['venue']}",
            f"Contact: {output['contact']}",
            "The following report was not available when the agenda for this meeting was published:",
            f"{output['item']}. {report['title']} (Pages 1 - {pages})", _r.FICTION_LABEL]


def covering_report(report: dict[str, Any], output: dict[str, Any]) -> list[tuple[str, str]]:
    """The covering report as (style, text) pairs: its fields, its headings ("head") and its paragraphs ("text")."""
    board = report["publisher"]
    subject = report["title"].replace(" (fictional)", "")
    return [
        ("org", output["council"]),
        ("field", f"Report to: {output['committee']}"),
        ("field", f"Date: {output['meeting']}"),
        ("field", f"Report of: the Independent Chair, {board}"),
        ("field", f"Subject: {subject}"),
        ("head", "Purpose of the report"),
        ("text", f"To present to the Board the safeguarding adults review about {output['person']}, which the "
                 f"{board} has agreed to publish, and the actions that partner agencies are taking in response to "
                 "its recommendations."),
        ("head", "Recommendation"),
        ("text", "That the Board notes the review at Appendix A and the response of partner agencies, and asks for a "
                 "report on progress in twelve months' time."),
        ("head", "Background"),
        ("text", "A safeguarding adults board must arrange a review when an adult with care and support needs has "
                 "experienced serious abuse or neglect and there is concern that partner agencies could have worked "
                 "together more effectively to protect them. The board agreed in May 2024 that the criteria were met "
                 f"and commissioned an independent reviewer. The review was completed in {report['date']}."),
        ("head", "Appendices"),
        ("text", f"{MODERNGOV['appendix']} – the safeguarding adults review"),
        ("head", "Background papers"),
        ("text", "None."),
    ]


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one two-level review as Appendix A of a committee's agenda pack; return bytes and the expected entry."""
    from reportlab.lib.colors import Color, black
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Frame,
        PageBreak,
        PageTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from .devset_common_pdf import DottedLine
    from .devset_flow import NoteRecording, build_with_notes, keyed_paras

    if report["numbering"] != "two-level":
        raise ValueError("the moderngov layout renders two-level numbering")
    bullet_font = _pdf._bullet_font()
    font, size, leading = MODERNGOV["body_font"], MODERNGOV["body_size"], MODERNGOV["leading"]
    width = MODERNGOV["right"] - _LEFT
    rule = Color(0.45, 0.45, 0.45)

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_LEFT, spaceAfter=8, textColor=black,
                    embeddedHyphenation=0, uriWasteReduce=0, allowOrphans=1, allowWidows=1)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "council": st("council", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=14),
        "committee": st("committee", fontName="Helvetica-Bold", fontSize=20, leading=25, spaceAfter=6),
        "supp": st("supp", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceAfter=22),
        "meta": st("meta", spaceAfter=4),
        "note": st("note", spaceBefore=22, spaceAfter=10),
        "item": st("item", fontName="Helvetica-Bold", leftIndent=24, firstLineIndent=-24, spaceAfter=40),
        "small": st("small", fontSize=8, leading=10),
        "org": st("org", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceAfter=14),
        "field": st("field", spaceAfter=3),
        "head": st("head", fontName="Helvetica-Bold", spaceBefore=12, spaceAfter=4, keepWithNext=1),
        "text": st("text"),
        "appendix": st("appendix", fontName="Helvetica-Bold", fontSize=12, alignment=TA_RIGHT, spaceAfter=120),
        "title": st("title", fontName="Helvetica-Bold", fontSize=22, leading=27, spaceAfter=20),
        "line": st("line", fontSize=12, leading=16, spaceAfter=8),
        "toch": st("toch", fontName="Helvetica-Bold", fontSize=MODERNGOV["h1_size"], leading=18, spaceAfter=12),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=MODERNGOV["h1_size"], leading=18, spaceBefore=12,
                 spaceAfter=7, keepWithNext=1),
        "h2": st("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=5,
                 keepWithNext=1),
        "body": st("body", alignment=TA_JUSTIFY, embeddedHyphenation=1),
        # a bold run beside the text: reportlab's split at an embedded hyphen drops the hyphen of a word in a paragraph
        # of two fonts ("single-sex" printed "singlesex"), so a recommendation breaks at spaces only
        "rec": st("rec", alignment=TA_JUSTIFY),
        "num": st("num", alignment=TA_JUSTIFY, embeddedHyphenation=1, leftIndent=_HANG, bulletIndent=0,
                  bulletFontName=font, bulletFontSize=size),
        "bullet": st("bullet", alignment=TA_JUSTIFY, embeddedHyphenation=1, leftIndent=_HANG + 16,
                     bulletIndent=_HANG + 4, bulletFontName=bullet_font, bulletFontSize=size, spaceAfter=3),
        "cell": st("cell", fontSize=10, leading=13, spaceAfter=0),
        "cellb": st("cellb", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}
    cover = covering_report(report, output)
    cover_pages = 1  # the covering report fills one page
    first = 2 + cover_pages  # the PDF page of the review's title page (Appendix A)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: Any, toc_pages: dict[str, int], _notes: dict[int, int]) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=output["pack_title"],
                             author=output["council"], subject="", creator=CREATOR, producer=PRODUCER)
            body = Frame(_LEFT, _BOTTOM, width, _PAGE_H - _TOP - _BOTTOM, id="body", leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("page", [body], onPage=self.decorate)])
            self.toc_pages = toc_pages
            self.stamps: dict[int, int] = {}
            self.own: dict[int, int] = {}
            self.start_recording(plain_tokens)

        def afterPage(self) -> None:
            super().afterPage()
            self.headings["PAGES"] = self.page  # the review's page count, for the next pass's footer

        def decorate(self, canv: Any, doc: Any) -> None:
            n = doc.page
            canv.saveState()
            canv.setFillColor(black)
            if n == 1:  # the system's front sheet: its mark, no stamp
                canv.setFont("Helvetica", 9)
                canv.drawRightString(MODERNGOV["right"], _PAGE_H - 40, MODERNGOV["pack_mark"])
                canv.restoreState()
                return
            if n == 2:  # the first page of the item: the system's item stamp
                canv.setFont("Helvetica-Bold", 12)
                canv.drawRightString(MODERNGOV["right"], MODERNGOV["item_y"], item_stamp(output["item"]))
            own = n - first + 1
            if own >= 2:  # the review's own running title and footer, from its second page
                total = self.toc_pages.get("PAGES", 0) - first + 1
                canv.setFont("Helvetica", 9)
                canv.setFillColor(Color(0.25, 0.25, 0.25))
                canv.drawString(_LEFT, MODERNGOV["header_y"], report["running_title"])
                canv.drawRightString(MODERNGOV["right"], MODERNGOV["footer_y"], footer(own, total))
            if own >= 1:
                self.own[n] = own
            canv.setFillColor(black)
            canv.setFont("Helvetica", MODERNGOV["stamp_size"])  # the pack stamp, over everything at the foot
            canv.drawCentredString(_PAGE_W / 2, MODERNGOV["stamp_y"], stamp(n - 1))
            self.stamps[n] = n - 1
            canv.restoreState()

    para = keyed_paras(styles)

    lines: list[DottedLine] = []

    def story(toc_pages: dict[str, int]) -> list[Any]:
        pack = toc_pages.get("PAGES", 0) - 1
        flow: list[Any] = [Spacer(1, 50)]  # the system draws its mark above the sheet
        front = front_sheet(report, output, pack if pack > 0 else 0)
        styles_of = ["council", "committee", "supp", "meta", "meta", "meta", "meta", "note", "item", "small"]
        flow += [para(_xml_escape(t), s, None) for t, s in zip(front, styles_of, strict=True)]
        flow.append(PageBreak())
        flow += [para(_xml_escape(t), s, None) for s, t in cover]
        flow += [PageBreak(), para(MODERNGOV["appendix"], "appendix", None),
                 para(_xml_escape(report["title"]), "title", None)]
        flow += [para(_xml_escape(t), "line", None) for t in _r.title_lines(report)]
        flow += [PageBreak(), para("Contents", "toch", None)]
        lines.clear()
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                page = toc_pages.get(f"H{idx}", 0)
                lines.append(DottedLine(b.text, str(page - first + 1 if page else 0), font=font, size=size,
                                        height=20))
        flow += [*lines, PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if blocks[idx - 1].kind != "heading":  # a subheading stays with its chapter's heading
                    flow.append(CondPageBreak(90 if blocks[idx + 1].kind == "glossary" else 60))
                flow.append(para(_xml_escape(b.text), "h1" if b.level == 1 else "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(_pdf._soft_hyphenate(_xml_escape(b.text)), "body", "u"))
            elif b.kind == "glossary":
                cells = [[para(h, "cellb", None) for h in MODERNGOV["glossary_head"]]]
                cells += [[para(_xml_escape(a), "cellb", None), para(_xml_escape(m), "cell", None)] for a, m in b.rows]
                grid = Table(cells, colWidths=[140, width - 140], hAlign="LEFT", repeatRows=1)
                grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, rule), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                flow.append(grid)
            elif b.kind in ("para", "factor"):
                flow.append(para(_pdf._soft_hyphenate(_xml_escape(b.text)), "num", b.key, bullet=b.label))
                flow += [para(_pdf._soft_hyphenate(_xml_escape(t)), "bullet", b.key, bullet=MODERNGOV["bullet"])
                         for t in b.bullets]
            else:
                text = _pdf._soft_hyphenate(_xml_escape(b.text))
                flow.append(para(f"<b>{_xml_escape(b.label)}:</b> {text}", "rec", b.key))
        return flow

    pdf, doc, _toc, _notes = build_with_notes(Doc, story, 8)
    last = doc.last_page
    total = last - first + 1
    pack_lines = [MODERNGOV["pack_mark"], *front_sheet(report, output, last - 1), item_stamp(output["item"]),
                  *(t for _s, t in cover), MODERNGOV["appendix"]]
    return pdf, _r.expected(
        output, blocks, page_count=last, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[report["running_title"], footer("N", total), stamp("N")],
        contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        metadata_title=output["pack_title"], pack_pages=[doc.stamps.get(n) for n in range(1, last + 1)],
        report_pages=[doc.own.get(n) for n in range(1, last + 1)], report_first_page=first, pack_lines=pack_lines)
