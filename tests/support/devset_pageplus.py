"""PDF writer for the fictional development set (reportlab), layout ``pageplus``: a review laid out in SERIF PAGEPLUS
(the desktop publishing program a board's business unit uses for its leaflets and reports) and PUBLISHED TO PDF with
its "File > Publish as PDF", as the program sets a document made from one of its A4 report designs:

* the document information as PagePlus's PDF publishing writes it: creator and producer PagePlus's name and version
  (:data:`CREATOR`, :data:`PRODUCER`), the title the publication's own (File > Properties), the author the business
  unit's account; no bookmarks (the export's "Create bookmarks" left off); A4 (595.28 by 841.89 points);
* a master page behind every page after the first: a TEAL STRIP down the left edge of the page (bleeding off it), the
  running title at the right of the header in teal 8.5 pt over a thin teal rule, and the page number alone at the right
  of the footer;
* text frames 2.5 cm in from each side, 2.4 cm from the top and 2.2 cm from the bottom; body text
  (Arial, Helvetica here) at 10.5 pt on 14 pt, JUSTIFIED and hyphenated (soft hyphens here: ``hyphenated_words``), 5 pt
  after each paragraph;
* a COVER PAGE (no master page): a teal PANEL across the top third of the page, the title in white bold 24 pt on it,
  and under the panel the fiction label in italic and the other title-page lines in dark grey;
* page 2 the CONTENTS, "Contents" in teal bold 16 pt; chapters in bold, subsections 0.6 cm in, each page number FLUSH
  RIGHT with no leader (a right-aligned tab in the design); the review from page 3, chapters running on;
* chapters set REVERSED OUT: bold white 13 pt on a teal BAR the width of the text frame (the paragraph's fill),
  subsections bold teal 11.5 pt;
* each numbered paragraph's single number in BOLD TEAL at the frame's edge and its text at a HANGING INDENT of 1.2 cm;
  a factor list's bullets "•" at the hanging indent with the text 0.5 cm further in; "Recommendation N:" run in in bold;
  the glossary a table whose head row is reversed out of teal, the rows below banded in pale grey, no rules.

Pages of every paragraph are recorded during layout; the contents' pages come from the pass before, so the builds repeat
until they are stable. expected.json adds ``author``, ``toc_title``, ``pdf_title`` and ``page_size``. The version
strings, the design's frames, sizes and colours and the export's options are assumptions from memory, not compared with
a PDF that PagePlus published."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_CM = 72.0 / 2.54
PAGE = (595.28, 841.89)  # A4 as the export writes its MediaBox
CREATOR = "Serif PagePlus X9"
PRODUCER = "Serif PagePlus X9 PDF Publishing"
PAGEPLUS: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": 2.5 * _CM,
    "right": PAGE[0] - 2.5 * _CM,
    "top": PAGE[1] - 2.4 * _CM,
    "bottom": 2.2 * _CM,
    "header_y": PAGE[1] - 1.5 * _CM,
    "rule_y": PAGE[1] - 1.5 * _CM - 4,
    "footer_y": 1.2 * _CM,
    "strip": 0.8 * _CM,  # the master page's strip down the left edge
    "panel": 9.0 * _CM,  # the cover's panel, from the top edge down
    "font": "Helvetica",
    "bold": "Helvetica-Bold",
    "italic": "Helvetica-Oblique",
    "size": 10.5,
    "leading": 14.0,
    "after": 5.0,
    "hang": 1.2 * _CM,
    "bullet_text": 1.7 * _CM,
    "toc_indent": 0.6 * _CM,
    "header_size": 8.5,
    "footer_size": 9.0,
    "teal": (0.0, 0.45, 0.48),
    "grey": (0.25, 0.25, 0.25),
    "band": (0.93, 0.93, 0.93),  # the glossary's banded rows
    "rule": 0.5,  # the header's rule
    "h1_size": 13.0,
    "h2_size": 11.5,
    "title_size": 24.0,
    "toc_title": "Contents",
    "footer": "N",
    "bullet": "\u2022",
}


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one single-numbered review as PagePlus publishes it to PDF; return the bytes and its expected.json
    entry."""
    from reportlab.lib.colors import Color, white
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

    from . import devset_common_pdf as _c
    from .devset_flow import NoteRecording

    if report["numbering"] != "single":
        raise ValueError("the pageplus layout renders single numbering")
    o = PAGEPLUS
    font, size, leading, hang = o["font"], o["size"], o["leading"], o["hang"]
    width = o["right"] - o["left"]
    teal, grey = Color(*o["teal"]), Color(*o["grey"])

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_JUSTIFY, spaceAfter=o["after"],
                    textColor=grey, embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=0, allowWidows=0,
                    bulletFontName=o["bold"], bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName=o["bold"], fontSize=o["title_size"], leading=30, spaceAfter=0, textColor=white,
                    alignment=TA_LEFT),
        "label": st("label", fontName=o["italic"], fontSize=12, leading=16, spaceAfter=10, alignment=TA_LEFT),
        "line": st("line", spaceAfter=8, alignment=TA_LEFT),
        "toc": st("toc", fontName=o["bold"], fontSize=16, leading=20, spaceAfter=10, textColor=teal, alignment=TA_LEFT),
        "h1": st("h1", fontName=o["bold"], fontSize=o["h1_size"], leading=17, spaceBefore=12, spaceAfter=10,
                 textColor=white, backColor=teal, borderPadding=(3, 4, 4, 4), alignment=TA_LEFT, keepWithNext=1),
        "h2": st("h2", fontName=o["bold"], fontSize=o["h2_size"], leading=15, spaceBefore=6, spaceAfter=4,
                 textColor=teal, alignment=TA_LEFT, keepWithNext=1),
        "body": st("body"),
        "numbered": st("numbered", leftIndent=hang, bulletColor=teal),
        "bullet": st("bullet", leftIndent=o["bullet_text"], bulletIndent=hang, spaceAfter=3,
                     bulletFontName=_pdf._bullet_font(), bulletFontSize=10),
        "head": st("head", fontName=o["bold"], embeddedHyphenation=0, leading=13, spaceAfter=0, textColor=white,
                   alignment=TA_LEFT),
        "term": st("term", fontName=o["bold"], embeddedHyphenation=0, leading=13, spaceAfter=0, alignment=TA_LEFT),
        "cell": st("cell", embeddedHyphenation=0, leading=13, spaceAfter=0, alignment=TA_LEFT),
    }
    para = _c.text_paras(styles)

    class TocLine(_c.ContentsEntry):
        """A line of the contents: the heading (``x`` in, bold for a chapter) and its page number flush right."""

        def __init__(self, text: str, page: str, x: float, face: str) -> None:
            super().__init__(text, page)
            self.x, self.face = x, face

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.avail = availWidth
            self.drawn = f"{self.text} {self.page}"
            return availWidth, 18

        def draw(self) -> None:
            self.canv.setFillColor(grey)
            self.canv.setFont(self.face, size)
            self.canv.drawString(self.x, 5, self.text)
            self.canv.setFont(font, size)
            self.canv.drawRightString(self.avail, 5, self.page)

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO) -> None:
            super().__init__(buf, pagesize=PAGE, invariant=1, title=report["title"], author=output["author"],
                             creator=CREATOR, producer=PRODUCER, subject="", keywords="")
            body = _c.frame(o["left"], o["bottom"], width, o["top"] - o["bottom"], "body")
            self.addPageTemplates([PageTemplate("page", [body], onPage=self.furnish)])
            self.start_recording(_c.report_words(blocks))

        def furnish(self, canv: Any, doc: Any) -> None:
            """The cover's panel on page 1; from page 2 the master page: the strip, the header over its rule and the
            page number."""
            canv.saveState()
            canv.setFillColor(teal)
            if doc.page == 1:
                canv.rect(0, PAGE[1] - o["panel"], PAGE[0], o["panel"], stroke=0, fill=1)
                canv.restoreState()
                return
            canv.rect(0, 0, o["strip"], PAGE[1], stroke=0, fill=1)
            canv.setFont(font, o["header_size"])
            canv.drawRightString(o["right"], o["header_y"], report["running_title"])
            canv.setStrokeColor(teal)
            canv.setLineWidth(o["rule"])
            canv.line(o["left"], o["rule_y"], o["right"], o["rule_y"])
            canv.setFillColor(grey)
            canv.setFont(font, o["footer_size"])
            canv.drawRightString(o["right"], o["footer_y"], o["footer"].replace("N", str(doc.page)))
            canv.restoreState()

    lines: list[Any] = []

    def story(pages: dict[str, int]) -> list[Any]:
        cover = _r.title_lines(report)
        flow: list[Any] = [Spacer(1, 40), para(report["title"], "title", None, hyphens=False),
                           Spacer(1, o["panel"] - 40 - 30 * 3 + 20), para(cover[0], "label", None),
                           *(para(t, "line", None) for t in cover[1:]), PageBreak(),
                           para(o["toc_title"], "toc", "Htoc")]
        lines.clear()
        body: list[Any] = [PageBreak()]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                chapter = b.level == 1
                lines.append(TocLine(b.text, str(pages.get(f"H{idx}", 0)), 0 if chapter else o["toc_indent"],
                                     o["bold"] if chapter else font))
                body.append(para(b.text, "h1" if chapter else "h2", f"H{idx}", hyphens=False))
            elif b.kind == "unnumbered":
                body.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                cells = [[para("Term", "head", None), para("Meaning", "head", None)]]
                cells += [[para(a, "term", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[0.32 * width, 0.68 * width], hAlign="LEFT", repeatRows=1)
                table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), teal),
                                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, Color(*o["band"])]),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                           ("TOPPADDING", (0, 0), (-1, -1), 3),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
                body.append(table)
            elif b.kind in ("para", "factor"):
                body.append(para(b.text, "numbered", b.key, bullet=b.label))  # the bold teal number, hanging text
                for t in b.bullets:
                    body.append(para(t, "bullet", b.key, bullet=o["bullet"]))
            else:
                body.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
        return [*flow, *lines, *body]

    def one_pass(pages: dict[str, int], total: int) -> Any:
        doc = Doc(io.BytesIO())
        doc.build(story(pages))
        return doc

    doc = _r.settled(one_pass)
    result = _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[report["running_title"], o["footer"]],
        contents_lines=[line.drawn for line in lines],
        hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)),
        author=output["author"], toc_title=o["toc_title"], pdf_title=report["title"], page_size=list(PAGE))
    return doc.filename.getvalue(), result
