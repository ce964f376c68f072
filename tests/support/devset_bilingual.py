"""PDF writer for the fictional development set (reportlab), layout ``bilingual``: an Adult Practice Review published
by a Welsh regional safeguarding board in WELSH AND ENGLISH SIDE BY SIDE, as Welsh public bodies publish:

* portrait A4 in two columns on every page, the title page and the contents too: WELSH IN THE LEFT COLUMN, ENGLISH IN
  THE RIGHT, a thin rule in the gutter; the Welsh text is the report's ``welsh`` (reports.yaml), a translation of every
  heading, paragraph, bullet, recommendation and glossary entry, in the same order;
* every paragraph a ROW: its Welsh and its English begin side by side at the same height, and the row is as tall as the
  longer of the two, so that a column has gaps where the other language runs longer; a row that does not fit breaks
  over the page in both columns at once;
* numbering ``single``, the number ("12") printed TWICE, hanging at the left edge of each column, beside the Welsh text
  and beside the English; unnumbered headings in both languages ("Cyflwyniad" beside "Introduction");
  "Argymhelliad N:" beside "Recommendation N:" in bold, run in; "•" bullets; the glossary a ruled two-cell table in
  each column;
* ONE RUNNING TITLE IN BOTH LANGUAGES centred at the head of every page from 2 ("Welsh | English") over a rule, and a
  bilingual footer "Tudalen N | Page N" centred at the foot; Helvetica, ragged right, the English with the layout's
  hyphenation (soft hyphens as in :mod:`devset_pdf`), the Welsh never hyphenated.

The English column is the report's text: a paragraph's page is where its row starts, its split is the English text's.
Pages are recorded during layout (``afterFlowable``) and line-end hyphens collected in the English column as in
:mod:`devset_magazine`. expected.json adds ``parallel_language`` ("cy"), ``parallel_column`` ("left") and
``parallel_starts_with`` (the first eight words of the Welsh of every numbered paragraph and recommendation, in order),
text that is never a paragraph of the report. :data:`BILINGUAL` gives the geometry the tests read the pages by."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_pdf as _pdf
from . import devset_render as _r

Block, FICTION_LABEL = _r.Block, _r.FICTION_LABEL

_CM = 28.346456692913385
_PAGE_W, _PAGE_H = 595.2755905511812, 841.8897637795277  # A4 portrait
_MARGIN = 1.6 * _CM
_GAP = 0.8 * _CM
_TOP, _BOTTOM = 2.3 * _CM, 2.0 * _CM
_COL = (_PAGE_W - 2 * _MARGIN - _GAP) / 2
_HANG = 0.85 * _CM  # the number hangs at the column's edge, the text this far in
CREATOR = PRODUCER = "Microsoft® Word for Microsoft 365"
BILINGUAL: dict[str, Any] = {  # in points, from the left and from the top of the page, as pdfplumber measures
    "body_top": _TOP - 4,  # the columns' top; the running title and its rule are above
    "body_bottom": _PAGE_H - _BOTTOM + 4,  # the columns' foot; the footer is below
    "split_x": _MARGIN + _COL + _GAP / 2,  # the middle of the gutter: Welsh to its left, English to its right
    "col_x": (_MARGIN, _MARGIN + _COL + _GAP),  # the columns' left edges, where the numbers hang
    "col_w": _COL,
    "hang": _HANG,
}
_WINANSI_EXTRA = set("–‘’“”•")


def header(report: dict[str, Any]) -> str:
    """The running title in both languages, Welsh first."""
    return f"{report['welsh']['running_title']} | {report['running_title']}"


def footer(page: int | str) -> str:
    return f"Tudalen {page} | Page {page}"


def _welsh(report: dict[str, Any], blocks: list[Block]) -> dict[int, tuple[str, tuple[str, ...]]]:
    """The Welsh of every block, by block index: (text, bullets)."""
    cy = report["welsh"]
    paras = iter(cy["paragraphs"])
    foreword = iter(cy["foreword"])
    recs = iter(cy["recommendations"])
    out: dict[int, tuple[str, tuple[str, ...]]] = {}
    for idx, b in enumerate(blocks):
        if b.kind == "heading":
            out[idx] = (cy["headings"][b.text], ())
        elif b.kind == "unnumbered":
            out[idx] = (" ".join(next(foreword).split()), ())
        elif b.kind in ("para", "factor"):
            item = next(paras)
            if isinstance(item, str) != (b.kind == "para") or (b.bullets and len(item["bullets"]) != len(b.bullets)):
                raise ValueError(f"the Welsh of paragraph {b.label} does not match its shape")
            out[idx] = ((" ".join(item.split()), ()) if isinstance(item, str) else
                        (" ".join(item["lead"].split()), tuple(" ".join(t.split()) for t in item["bullets"])))
        elif b.kind == "rec":
            out[idx] = (" ".join(next(recs).split()), ())
    if next(paras, None) is not None or next(recs, None) is not None or next(foreword, None) is not None:
        raise ValueError("the Welsh has more paragraphs than the English")
    for text, bullets in out.values():
        for ch in "".join([text, *bullets]):
            if ord(ch) > 255 and ch not in _WINANSI_EXTRA:  # the standard fonts have no "ŵ" or "ŷ"
                raise ValueError(f"a character the layout's fonts cannot print: {ch!r}")
    return out


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one review in Welsh and English side by side; return bytes and expected entry."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Flowable,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    from .devset_flow import KeyedParagraph, Recording

    if report["numbering"] != "single":
        raise ValueError("the bilingual layout renders single numbering")
    cy = report["welsh"]
    welsh = _welsh(report, blocks)
    green, ink = HexColor("#1f5f4a"), HexColor("#1b1b1b")
    vera = _pdf._bullet_font()

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName="Helvetica", fontSize=9.6, leading=13.2, alignment=TA_LEFT, spaceAfter=0,
                    embeddedHyphenation=1, uriWasteReduce=0, leftIndent=_HANG, textColor=ink,
                    bulletFontName="Helvetica", bulletFontSize=9.6, bulletIndent=0)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=17, leading=21, leftIndent=0, textColor=green),
        "cover": st("cover", fontSize=10.5, leading=14, leftIndent=0),
        "contents": st("contents", fontName="Helvetica-Bold", fontSize=13, leading=17, leftIndent=0, textColor=green),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=11.2, leading=14.5, leftIndent=0, textColor=green),
        "h2": st("h2", fontName="Helvetica-BoldOblique", fontSize=10, leading=13.5, leftIndent=0),
        "lead": st("lead", leftIndent=0),
        "body": st("body"),
        "bullet": st("bullet", leftIndent=_HANG + 0.5 * _CM, bulletIndent=_HANG + 0.1 * _CM, bulletFontName=vera),
        "rec": st("rec", leftIndent=0),
        "cell": st("cell", fontSize=8.6, leading=11, leftIndent=0),
        "term": st("term", fontName="Helvetica-Bold", fontSize=8.6, leading=11, leftIndent=0),
    }
    plain_tokens = {w.strip(_r.PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class Row(Flowable):
        """A Welsh flowable and its English beside it, top-aligned; split in both columns at once."""

        def __init__(self, cy_part: Any, en_part: Any, key: str | None, space: float = 6.0, keep: bool = False,
                     whole: bool = False) -> None:
            super().__init__()
            self.cy, self.en, self.space, self.whole = cy_part, en_part, space, whole
            self.devset_key = key if en_part is not None else None
            self.keepWithNext = keep
            self.heights = (0.0, 0.0)

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.heights = tuple(f.wrap(_COL, availHeight)[1] if f is not None else 0.0 for f in (self.cy, self.en))
            self.width, self.height = availWidth, max(self.heights) + self.space
            return self.width, self.height

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            if self.whole:
                return []
            self.wrap(availWidth, availHeight)
            parts = []
            for f, h in zip((self.cy, self.en), self.heights, strict=True):
                if f is None or h <= availHeight:
                    parts.append((f, None))
                    continue
                pieces = f.split(_COL, availHeight)
                if len(pieces) != 2:
                    return []
                parts.append(tuple(pieces))
            (c0, c1), (e0, e1) = parts
            if c1 is None and e1 is None:  # both fit, but not the space after them
                return [Row(self.cy, self.en, self.devset_key, space=0.0)]
            key = self.devset_key if self.en is not None else None
            return [Row(c0, e0, key, space=0.0), Row(c1, e1, key, space=self.space)]

        def draw(self) -> None:
            for f, h, x in zip((self.cy, self.en), self.heights, (0.0, _COL + _GAP), strict=True):
                if f is not None:
                    f.drawOn(self.canv, x, self.height - self.space - h)

    class Doc(Recording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO) -> None:
            super().__init__(buf, pagesize=(_PAGE_W, _PAGE_H), invariant=1,
                             title=f"{cy['title']} / {report['title']}", author=report["publisher"],
                             subject=FICTION_LABEL, creator=CREATOR, producer=PRODUCER,
                             leftMargin=_MARGIN, rightMargin=_MARGIN, topMargin=_TOP, bottomMargin=_BOTTOM)
            pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            frame = Frame(_MARGIN, _BOTTOM, _PAGE_W - 2 * _MARGIN, _PAGE_H - _TOP - _BOTTOM, id="f", **pad)
            self.addPageTemplates([PageTemplate("title", [frame], onPage=self.gutter),
                                   PageTemplate("body", [frame], onPage=self.decorate)])
            self.start_recording(plain_tokens)

        def gutter(self, canv: Any, doc: Any) -> None:
            canv.saveState()
            canv.setStrokeColor(green)
            canv.setLineWidth(0.4)
            canv.line(BILINGUAL["split_x"], _BOTTOM, BILINGUAL["split_x"], _PAGE_H - _TOP)
            canv.restoreState()

        def decorate(self, canv: Any, doc: Any) -> None:
            self.gutter(canv, doc)
            canv.saveState()
            canv.setFont("Helvetica", 8)
            canv.setFillColor(ink)
            canv.drawCentredString(_PAGE_W / 2, _PAGE_H - 1.3 * _CM, header(report))
            canv.setStrokeColor(green)
            canv.setLineWidth(0.6)
            canv.line(_MARGIN, _PAGE_H - 1.5 * _CM, _PAGE_W - _MARGIN, _PAGE_H - 1.5 * _CM)
            canv.drawCentredString(_PAGE_W / 2, 1.1 * _CM, footer(doc.page))
            canv.restoreState()

        def afterFlowable(self, flowable: Any) -> None:
            if isinstance(flowable, Contents):
                self.contents.append(flowable.english)
            key = self.record(flowable)
            if key is None or key.startswith("H") or not isinstance(flowable, Row):
                return
            if isinstance(flowable.en, KeyedParagraph):
                self.scan_hyphens(flowable.en)

    class Contents(Flowable):
        """A line of the contents in each column: the heading, and its page flush right in the column."""

        def __init__(self, welsh_text: str, english_text: str, page: str) -> None:
            super().__init__()
            self.texts, self.page = (welsh_text, english_text), page
            self.english = f"{english_text} {page}"

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            return availWidth, 17.0

        def draw(self) -> None:
            self.canv.setFont("Helvetica", 9.6)
            for text, x in zip(self.texts, (0.0, _COL + _GAP), strict=True):
                self.canv.drawString(x, 4, text)
                self.canv.drawRightString(x + _COL, 4, self.page)

    def story(pages: dict[str, int] | None) -> list[Any]:
        uid = iter(range(1, 10**6))

        def para(text: str, style: str, key: str | None, bullet: str | None = None, english: bool = False) -> Any:
            markup = _xml_escape(text)
            p = KeyedParagraph(_pdf._soft_hyphenate(markup) if english else markup, styles[style], bulletText=bullet)
            p.devset_key, p.devset_uid = key, next(uid)
            return p

        flow: list[Any] = [Spacer(1, 3.0 * _CM)]
        flow.append(Row(para(cy["title"], "title", None), para(report["title"], "title", None), None, space=16))
        cover = [(cy["label"], FICTION_LABEL), (cy["date"], report["date"]), (cy["publisher"], report["publisher"]),
                 *zip(cy["title_page"], report.get("title_page", []), strict=True)]
        flow += [Row(para(a, "cover", None), para(b, "cover", None), None, space=8) for a, b in cover]
        flow += [NextPageTemplate("body"), PageBreak(),
                 Row(para(cy["contents"], "contents", None), para("Contents", "contents", None), None, space=12)]
        majors = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.major]
        for idx in majors:
            flow.append(Contents(welsh[idx][0], blocks[idx].text, str(pages[f"H{idx}"]) if pages else "00"))
        for idx, b in enumerate(blocks):
            w_text, w_bullets = welsh.get(idx, ("", ()))
            if b.kind == "heading":
                if b.major and idx == 0:  # the foreword opens the first page after the contents
                    flow.append(PageBreak())
                elif b.major:  # a chapter starts a new page only when little room is left
                    flow.append(CondPageBreak(6 * _CM))
                style = "h1" if b.level == 1 else "h2"
                flow.append(Row(para(w_text, style, None), para(b.text, style, None), f"H{idx}",
                                space=7 if b.major else 5, keep=True))
            elif b.kind == "unnumbered":
                flow.append(Row(para(w_text, "lead", None), para(b.text, "lead", "u", english=True), "u", space=8))
            elif b.kind in ("para", "factor"):
                flow.append(Row(para(w_text, "body", None, bullet=b.label),
                                para(b.text, "body", b.key, bullet=b.label, english=True), b.key,
                                space=3 if b.bullets else 8))
                for n, (wb, eb) in enumerate(zip(w_bullets, b.bullets, strict=True)):
                    flow.append(Row(para(wb, "bullet", None, bullet="\u2022"),
                                    para(eb, "bullet", b.key, bullet="\u2022", english=True), b.key,
                                    space=8 if n == len(b.bullets) - 1 else 2))
            elif b.kind == "rec":
                n = b.label.split()[1]
                flow.append(Row(Paragraph(f"<b>{cy['recommendation']} {n}:</b> {_xml_escape(w_text)}", styles["rec"]),
                                para_markup(f"<b>{b.label}:</b> ", b.text, b.key, next(uid)), b.key, space=8))
            elif b.kind == "glossary":
                for (wa, wm), (ea, em) in zip(cy["glossary"], b.rows, strict=True):
                    flow.append(Row(cell(wa, wm), cell(ea, em), None, space=0, whole=True))
        return flow

    def para_markup(prefix: str, text: str, key: str, uid: int) -> Any:
        p = KeyedParagraph(prefix + _pdf._soft_hyphenate(_xml_escape(text)), styles["rec"])
        p.devset_key, p.devset_uid = key, uid
        return p

    def cell(term: str, meaning: str) -> Any:
        table = Table([[Paragraph(_xml_escape(term), styles["term"]), Paragraph(_xml_escape(meaning), styles["cell"])]],
                      colWidths=[2.3 * _CM, _COL - 2.3 * _CM])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, green)]))
        return table

    pages: dict[str, int] | None = None
    previous = None
    for _ in range(4):  # until the contents' page numbers are stable (normally two passes)
        buf = io.BytesIO()
        doc = Doc(buf)
        doc.build(story(pages))
        state = (doc.records, doc.last_page)
        if state == previous:
            break
        previous = state
        pages = {k: v[0] for k, v in doc.records.items() if k.startswith("H")}
    else:
        raise RuntimeError("PDF layout did not stabilise")
    entries = []
    for b in blocks:
        if b.key:
            start, end = doc.records[b.key]
            entries.append(_r.entry(b, start, end > start))
    result = _r.expected(output, blocks, page_count=doc.last_page, paragraphs=entries,
                         running_header_lines=[header(report), footer("N")], contents_lines=doc.contents,
                         hyphenated_words=list(dict.fromkeys(doc.soft)), broken_compounds=list(dict.fromkeys(doc.hard)))
    result["parallel_language"] = "cy"
    result["parallel_column"] = "left"
    result["parallel_starts_with"] = [_r.starts_with(welsh[i][0]) for i, b in enumerate(blocks) if b.key]
    return buf.getvalue(), result
