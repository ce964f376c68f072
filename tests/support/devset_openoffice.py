"""PDF writer for the fictional development set (reportlab), layout ``openoffice``: a review WRITTEN IN APACHE
OPENOFFICE WRITER by its independent chair and exported with File > Export as PDF, the option "Export comments" left
ticked:

* the document information Writer's PDF export gives: creator "Writer", producer "OpenOffice <version>"
  (:data:`PRODUCER`), the title, author and subject from the document's properties (the author the chair, the output's
  ``author``); BOOKMARKS from the headings (every heading of the outline, the chapters at the top level and their
  subsections under them; the title page and the contents heading are no headings of the outline; expected.json
  ``outline``);
* A4 with Writer's default margins of 2 cm; the serif of the default "Text body" style (the standard Times stands in
  for Liberation Serif) justified, with Writer's automatic hyphenation (soft hyphens here: ``hyphenated_words``);
  headings in the sans of Writer's heading styles, "Heading 1" bold and "Heading 2" BOLD ITALIC, as Writer's defaults
  set them;
* page 1 the TITLE PAGE, centred, on the "First Page" style with no header or footer; page 2 the CONTENTS, Writer's
  table of contents retitled "Contents", each chapter and its page after a dotted tab leader ("C What happened .... 5");
* from page 3 the review runs on, a chapter starting a new page only when little room is left; the header on every page
  but the first holds the running title centred over the header's bottom border (a rule), the footer "Page N of M" from
  Writer's page number and page count fields;
* numbering ``lettered``: chapters "A", "B" ... by the outline numbering of "Heading 1" ("C What happened"), subsection
  headings unnumbered; each paragraph's number TYPED by the chair, "C.12" and a tab, in a paragraph style with a hanging
  indent, so that the number stands at the margin and every line of the text at the indent; a factor list's bullets
  "•" (OpenSymbol's, drawn here in Vera) at the indent; "Recommendation N:" in bold;
* the glossary in a Writer SECTION OF TWO COLUMNS, its content evenly distributed, each term in bold before an en
  dash and its meaning;
* the panel's COMMENTS (``comments`` of reports.yaml: {after: the commented phrase, text}) as PDF sticky notes, Text
  annotations placed where the phrase they were anchored to ends; never text of the review (expected.json ``comments``
  and ``comment_pages``).

Pages of every paragraph are recorded during layout, and the builds repeat until the contents' page numbers, the page
count in the footer and everything recorded are those of the pass before. The information and bookmarks follow what
Writer's export is known to write (the producer's form read through the reference search tool); the page style is an
assumption and could not be compared with a real export."""

from __future__ import annotations

import io
from typing import Any

from . import devset_pdf as _pdf
from . import devset_render as _r

Block = _r.Block

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4
_MARGIN = 2.0 * _CM  # Writer's default page margins
_HEADER = 0.9 * _CM  # the header's height and its spacing, taken from the body
_FOOTER = 0.8 * _CM
_INDENT = 1.25 * _CM  # the hanging indent of the numbered paragraph style
PRODUCER = "OpenOffice 4.1.15"
CREATOR = "Writer"
OPENOFFICE: dict[str, Any] = {  # in points; x from the left edge, y from the bottom of the page, as reportlab draws
    "left": _MARGIN,
    "right": _PAGE_W - _MARGIN,
    "indent": _MARGIN + _INDENT,  # where every line of a numbered paragraph's text starts
    "header_y": _PAGE_H - _MARGIN + 0.25 * _CM,  # the running title's baseline
    "rule_y": _PAGE_H - _MARGIN + 0.1 * _CM,  # the header's bottom border
    "footer_y": _MARGIN - 0.65 * _CM,  # the page counter's baseline
    "body_top": _PAGE_H - _MARGIN - _HEADER,
    "body_bottom": _MARGIN + _FOOTER,
    "font": "Times-Roman",
    "bold": "Times-Bold",
    "heading": "Helvetica-Bold",
    "subheading": "Helvetica-BoldOblique",
    "size": 11.5,
    "leading": 15.5,
    "h1_size": 15.0,
    "h2_size": 13.0,
    "running_size": 9.0,
    "glossary_size": 10.0,
    "gutter": 0.6 * _CM,  # between the glossary's two columns
    "contents": "Contents",
    "bullet": "\u2022",
    "dash": "\u2013",
}


def page_counter(page: int | str, total: int | str) -> str:
    """The footer: "Page " <page number field> " of " <page count field>."""
    return f"Page {page} of {total}"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one lettered review as Writer exports it to PDF; return the bytes and its expected.json entry."""
    from reportlab.lib.colors import black
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfdoc import PDFName
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import BaseDocTemplate, NextPageTemplate, PageBreak, PageTemplate, Spacer
    from reportlab.platypus.flowables import BalancedColumns

    from . import devset_common_pdf as _c
    from .devset_flow import KeyedParagraph, NoteRecording

    if report["numbering"] != "lettered":
        raise ValueError("the openoffice layout renders lettered numbering")
    vera = _pdf._bullet_font()
    o = OPENOFFICE
    font, size, leading = o["font"], o["size"], o["leading"]
    width = o["right"] - o["left"]

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=font, fontSize=size, leading=leading, alignment=TA_JUSTIFY, spaceAfter=6, textColor=black,
                    embeddedHyphenation=1, uriWasteReduce=0, allowOrphans=0, allowWidows=0, bulletFontName=font,
                    bulletFontSize=size, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName=o["heading"], fontSize=22, leading=27, alignment=TA_CENTER, spaceAfter=28),
        "label": st("label", fontName=o["bold"], fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=14),
        "line": st("line", fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=10),
        "contents": st("contents", fontName=o["heading"], fontSize=16, leading=20, alignment=TA_LEFT, spaceAfter=12),
        "h1": st("h1", fontName=o["heading"], fontSize=o["h1_size"], leading=19, alignment=TA_LEFT, spaceBefore=12,
                 spaceAfter=8, keepWithNext=1),
        "h2": st("h2", fontName=o["subheading"], fontSize=o["h2_size"], leading=17, alignment=TA_LEFT, spaceBefore=6,
                 spaceAfter=6, keepWithNext=1),
        "body": st("body"),
        "num": st("num", leftIndent=_INDENT),
        "bullet": st("bullet", leftIndent=_INDENT + 0.64 * _CM, bulletIndent=_INDENT, bulletFontName=vera,
                     bulletFontSize=9, spaceAfter=3),
        "gloss": st("gloss", fontSize=o["glossary_size"], leading=12.5, alignment=TA_LEFT, spaceAfter=5,
                    embeddedHyphenation=0),
    }
    comments = [(" ".join(c["after"].split()), " ".join(c["text"].split())) for c in report.get("comments", [])]
    noted: dict[int, list[tuple[int, str, str]]] = {}  # block index -> [(comment number, anchor, text)]
    nxt = 0
    for idx, b in enumerate(blocks):
        while nxt < len(comments) and b.kind in ("para", "factor", "rec") and comments[nxt][0] in b.text:
            noted.setdefault(idx, []).append((nxt + 1, *comments[nxt]))
            nxt += 1
    if nxt != len(comments):
        raise ValueError(f"comment anchor not found in reading order: {comments[nxt][0]!r}")
    placed: dict[int, int] = {}  # comment number -> page, as the pass found it

    class NotedParagraph(KeyedParagraph):
        """A paragraph that draws, after its lines, a sticky note where each comment's anchor text ends (in the part
        of a split paragraph that holds it)."""

        notes: tuple[tuple[int, str, str], ...] = ()

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            parts = super().split(availWidth, availHeight)
            for part in parts:
                part.notes = self.notes
            return parts

        def draw(self) -> None:
            super().draw()
            if not self.notes:
                return
            style, lines = self.style, self.blPara.lines
            if self.blPara.kind == 0:  # one style: each line (extra space, [words])
                words = [[str(w).replace(_pdf._SHY, "") for w in line[1]] for line in lines]
                spare = [line[0] for line in lines]
            else:  # fragments in more than one style (a bold lead)
                words = ["".join(f.text for f in line.words).replace(_pdf._SHY, "").split() for line in lines]
                spare = [line.extraSpace for line in lines]
            space = stringWidth(" ", style.fontName, style.fontSize)
            flat: list[tuple[int, int, str]] = []  # (line, word's place on it, word without punctuation)
            for i, line in enumerate(words):
                for k, w in enumerate(line):
                    bare = w.strip(_r.PUNCT)
                    if k == 0 and flat and flat[-1][2].endswith("-"):  # a word broken at the line's end
                        head = flat.pop()[2]
                        bare = head[:-1] + bare if head[:-1] + bare in plain_tokens else head + bare
                    flat.append((i, k, bare))
            for n, anchor, text in self.notes:
                tail = [w.strip(_r.PUNCT) for w in anchor.split()[-3:]]
                hits = [j for j in range(len(flat) - len(tail) + 1)
                        if [w for _i, _k, w in flat[j:j + len(tail)]] == tail]
                if not hits:
                    continue
                i, k, _w = flat[hits[0] + len(tail) - 1]
                line = words[i]
                gaps = len(line) - 1
                extra = spare[i] / gaps if gaps and i < len(lines) - 1 else 0.0
                x = style.leftIndent + sum(stringWidth(w, style.fontName, style.fontSize) for w in line[:k + 1]) \
                    + k * (space + extra)
                y = self.height - style.fontSize - i * style.leading
                self.canv.textAnnotation(text, Rect=(x, y - 3, x + 12, y + 9), relative=1, Name=PDFName("Comment"),
                                         Open="false", Color=(1, 0.85, 0.3))
                placed[n] = self.canv.getPageNumber()

    plain_tokens = _c.report_words(blocks)
    para = _c.text_paras(styles, cls=NotedParagraph)
    titles = {f"H{i}": (b.level, b.text) for i, b in enumerate(blocks) if b.kind == "heading"}

    class Doc(NoteRecording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO, toc_pages: dict[str, int], total: int) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1, title=report["title"],
                             author=output["author"], subject=report["title_page"][0], creator=CREATOR,
                             producer=PRODUCER)
            first = _c.frame(_MARGIN, _MARGIN, width, _PAGE_H - 2 * _MARGIN, "first")
            body = _c.frame(_MARGIN, o["body_bottom"], width, o["body_top"] - o["body_bottom"], "body")
            self.addPageTemplates([PageTemplate("first", [first]),
                                   PageTemplate("default", [body], onPage=self.furnish)])
            self.toc_pages, self.total = toc_pages, total
            self.outline: list[tuple[int, str]] = []
            self.start_recording(plain_tokens)

        def afterFlowable(self, flowable: Any) -> None:
            super().afterFlowable(flowable)
            key = getattr(flowable, "devset_key", None)
            if key is not None and key in titles:  # a heading of the outline: a bookmark to it
                level, text = titles[key]
                mark = f"b{len(self.outline)}"
                self.canv.bookmarkPage(mark)
                self.canv.addOutlineEntry(text, mark, level=level - 1)
                self.outline.append((level - 1, text))

        def furnish(self, canv: Any, doc: Any) -> None:
            """The "Default" page style's header (the running title over a bottom border) and footer (the page
            counter)."""
            canv.saveState()
            canv.setFont(font, o["running_size"])
            canv.drawCentredString(_PAGE_W / 2, o["header_y"], report["running_title"])
            canv.setLineWidth(0.5)
            canv.line(o["left"], o["rule_y"], o["right"], o["rule_y"])
            canv.drawCentredString(_PAGE_W / 2, o["footer_y"], page_counter(doc.page, self.total))
            canv.restoreState()

    lines: list[Any] = []

    def story(toc_pages: dict[str, int]) -> list[Any]:
        flow: list[Any] = [NextPageTemplate("default"), Spacer(1, 5 * _CM), para(report["title"], "title", None)]
        cover = _r.title_lines(report)
        flow += [para(cover[0], "label", None), *(para(t, "line", None) for t in cover[1:]), PageBreak()]
        flow.append(para(o["contents"], "contents", None))
        lines.clear()
        for idx, b in enumerate(blocks):
            if b.kind == "heading" and b.level == 1:
                lines.append(_c.DottedLine(b.text, str(toc_pages.get(f"H{idx}", 0)), font=font, size=size,
                                           height=18))
        flow += [*lines, PageBreak()]
        first_chapter = next(i for i, b in enumerate(blocks) if b.kind == "heading" and b.text[:2] == "A ")
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if idx == first_chapter or (b.level == 1 and blocks[idx + 1].kind == "glossary"):
                    flow.append(PageBreak())
                flow.append(para(b.text, "h1" if b.level == 1 else "h2", f"H{idx}", hyphens=False))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "body", "u"))
            elif b.kind == "glossary":
                entries = [para(f"{o['dash']} {m}", "gloss", None, lead=a, hyphens=False) for a, m in b.rows]
                flow.append(BalancedColumns(entries, nCols=2, innerPadding=o["gutter"], leftPadding=0,
                                            rightPadding=0, topPadding=0, bottomPadding=0))
            else:
                made = []
                if b.kind in ("para", "factor"):
                    made.append(para(b.text, "num", b.key, bullet=b.label))
                    made += [para(t, "bullet", b.key, bullet=o["bullet"]) for t in b.bullets]
                else:
                    made.append(para(b.text, "body", b.key, lead=f"{b.label}:"))
                made[0].notes = tuple(noted.get(idx, []))
                flow += made
        return flow

    previous: Any = None
    toc_pages: dict[str, int] = {}
    total = 0
    for _ in range(8):  # until the contents' pages, the page count and everything recorded are the pass's own
        buf = io.BytesIO()
        placed.clear()
        doc = Doc(buf, toc_pages, total)
        doc.build(story(toc_pages))
        state = (doc.records, doc.headings, dict(placed), doc.last_page)
        if state == previous and toc_pages == doc.headings and total == doc.last_page:
            break
        previous, toc_pages, total = state, dict(doc.headings), doc.last_page
    else:
        raise RuntimeError("PDF layout did not stabilise")
    if sorted(placed) != list(range(1, len(comments) + 1)):
        raise ValueError(f"a comment's anchor was not found on a line: {sorted(placed)}")
    return buf.getvalue(), _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=_r.page_entries(blocks, doc.records),
        running_header_lines=[report["running_title"], page_counter("N", total)],
        contents_lines=[line.drawn for line in lines], hyphenated_words=list(dict.fromkeys(doc.soft)),
        broken_compounds=list(dict.fromkeys(doc.hard)), author=output["author"],
        outline=[[level, text] for level, text in doc.outline], comments=[text for _after, text in comments],
        comment_pages=[placed[n] for n in range(1, len(comments) + 1)])
