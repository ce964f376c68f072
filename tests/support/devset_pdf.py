"""PDF writer for the fictional development set (reportlab). Three layouts:

* ``northmoor`` – Helvetica, justified, hanging paragraph labels, two-part running header with "OFFICIAL",
  footer "Page N of M", contents with dot leaders;
* ``saltmarsh`` – Times, left-aligned, labels typed at the start of the text, centred two-line header,
  bare page number, contents with dot leaders;
* ``learning`` – Vera sans, justified, no paragraph numbers at all, no running header, a footer with the
  running title at the left and the page number at the right on one line, contents without leaders
  (page numbers set flush right), chapters that start a new page only when little room is left, en-dash
  bullets, and a glossary table in an appendix.

Pages of every paragraph are recorded during layout (``afterFlowable``); the contents page is built in a
second pass with the real page numbers."""

from __future__ import annotations

import io
import re
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from . import devset_render as _r

Block, FICTION_LABEL, _PUNCT = _r.Block, _r.FICTION_LABEL, _r.PUNCT

_SHY = "\u00ad"
# Words that receive a soft hyphen (at "|") in PDF body text, so the layout breaks some of them
# across lines ("safe-" / "guarding"). Longest first so "practitioners" wins over "practitioner".
_SHY_WORDS: dict[str, str] = {
    "responsibility": "respon|sibility",
    "practitioners": "practi|tioners",
    "professionals": "profes|sionals",
    "exploitation": "exploi|tation",
    "safeguarding": "safe|guarding",
    "practitioner": "practi|tioner",
    "professional": "profes|sional",
    "information": "infor|mation",
    "supervision": "super|vision",
    "assessments": "assess|ments",
    "assessment": "assess|ment",
    "particularly": "particu|larly",
    "relationships": "relation|ships",
    "considered": "consid|ered",
    "understanding": "under|standing",
    "intelligence": "intelli|gence",
    "recommendations": "recommend|ations",
    "arrangements": "arrange|ments",
    "significant": "signifi|cant",
    "experienced": "experi|enced",
    "communication": "communi|cation",
}
_SHY_RE = re.compile(r"\b(" + "|".join(_SHY_WORDS) + r")\b", re.IGNORECASE)


# ---------------------------------------------------------------------------------------- PDF
def _soft_hyphenate(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        cut = _SHY_WORDS[word.lower()].index("|")
        return word[:cut] + _SHY + word[cut:]

    return _SHY_RE.sub(repl, text)


def _bullet_font() -> str:
    """Register reportlab's bundled Vera TTF: the standard fonts encode "•" as an unmapped code."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in (("DevsetVera", "Vera.ttf"), ("DevsetVeraBd", "VeraBd.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, file))
    return "DevsetVera"


def render_pdf(report: dict[str, Any], output: dict[str, Any], blocks: list[Block]) -> tuple[bytes, dict]:
    """Lay out one report as PDF; return the bytes and its expected.json entry."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Flowable,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from .devset_flow import KeyedParagraph, Recording

    layout = output["layout"]
    north, learning = layout == "northmoor", layout == "learning"
    vera = _bullet_font()
    body_font = "Helvetica" if north else vera if learning else "Times-Roman"
    size, leading = (10.5, 14.5) if north else (11, 16.8) if learning else (11, 15)
    align = TA_JUSTIFY if north or learning else TA_LEFT
    bold = "DevsetVeraBd" if learning else "Helvetica-Bold"
    teal = Color(0.05, 0.33, 0.38)

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base = dict(fontName=body_font, fontSize=size, leading=leading, alignment=align,
                    spaceAfter=6, embeddedHyphenation=1, uriWasteReduce=0,
                    bulletFontName=body_font, bulletFontSize=size)
        base.update(kw)
        return ParagraphStyle(name, **base)

    styles = {
        "title": st("title", fontName="Helvetica-Bold", fontSize=22, leading=28, alignment=TA_LEFT, spaceAfter=18),
        "cover": st("cover", fontSize=12, leading=17, alignment=TA_LEFT, spaceAfter=10),
        "h1": st("h1", fontName="Helvetica-Bold", fontSize=15 if north else 16, leading=20,
                 alignment=TA_LEFT, spaceBefore=14, spaceAfter=8, keepWithNext=1),
        "h2": st("h2", fontName="Helvetica-Bold" if north else "Helvetica-BoldOblique", fontSize=12,
                 leading=16, alignment=TA_LEFT, spaceBefore=8, spaceAfter=6, keepWithNext=1),
        "body": st("body"),
        "num": st("num", leftIndent=1.6 * cm, bulletIndent=0) if north else st("num"),
        "bullet": st("bullet", bulletFontName=vera, leftIndent=2.3 * cm if north else 1.0 * cm,
                     bulletIndent=1.7 * cm if north else 0.4 * cm, spaceAfter=3),
        "reclabel": st("reclabel", fontName="Helvetica-Bold", alignment=TA_LEFT, spaceAfter=2, keepWithNext=1),
    }
    if learning:
        styles.update({
            "title": st("title", fontName=bold, fontSize=24, leading=30, alignment=TA_LEFT, spaceAfter=20,
                        textColor=teal),
            "h1": st("h1", fontName=bold, fontSize=16, leading=21, alignment=TA_LEFT, spaceBefore=16,
                     spaceAfter=9, keepWithNext=1, textColor=teal),
            "h2": st("h2", fontName=bold, fontSize=12, leading=16, alignment=TA_LEFT, spaceBefore=9,
                     spaceAfter=5, keepWithNext=1),
            "body": st("body", spaceAfter=9),
            "bullet": st("bullet", bulletFontName=vera, leftIndent=0.9 * cm, bulletIndent=0.3 * cm, spaceAfter=4),
            "cell": st("cell", fontSize=10, leading=13, alignment=TA_LEFT, spaceAfter=0),
        })
    header_lines = [] if learning else [report["running_title"], "OFFICIAL"]
    footer_tpl = "Page {n} of {m}" if north else f"{report['running_title']} {{n}}" if learning else "{n}"
    margins = (dict(leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=3.0 * cm, bottomMargin=2.5 * cm)
               if north else
               dict(leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm, bottomMargin=2.6 * cm)
               if learning else
               dict(leftMargin=3.0 * cm, rightMargin=2.2 * cm, topMargin=3.4 * cm, bottomMargin=2.4 * cm))
    plain_tokens = {w.strip(_PUNCT) for b in blocks for t in (b.text, *b.bullets) for w in t.split()}

    class ContentsLine(Flowable):
        """One contents entry: heading, dot leaders and page number drawn as a single string."""

        def __init__(self, text: str, page: str, indent: float) -> None:
            super().__init__()
            self.text, self.page, self.indent, self.drawn = text, page, indent, ""

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            font, fs = body_font, size
            self.right = availWidth
            if learning:  # no leaders: the page number is set flush right
                self.drawn = f"{self.text} {self.page}"
                return availWidth, leading + 4
            room = availWidth - self.indent - stringWidth(f"{self.text}  {self.page}", font, fs)
            self.drawn = f"{self.text} {'.' * max(3, int(room / stringWidth('.', font, fs)) - 1)} {self.page}"
            return availWidth, leading + 3

        def draw(self) -> None:
            self.canv.setFont(body_font, size)
            if learning:
                self.canv.drawString(self.indent, 4, self.text)
                self.canv.drawRightString(self.right, 4, self.page)
                return
            self.canv.drawString(self.indent, 4, self.drawn)

    class Doc(Recording, BaseDocTemplate):
        def __init__(self, buf: io.BytesIO, total: int) -> None:
            super().__init__(buf, pagesize=A4, invariant=1, title=report["title"],
                             author=report["publisher"], subject=FICTION_LABEL, **margins)
            frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            self.addPageTemplates([PageTemplate("title", [frame]),
                                   PageTemplate("body", [frame], onPage=self.decorate)])
            self.total = total
            self.start_recording(plain_tokens)

        def decorate(self, canv: Any, doc: Any) -> None:
            w, h = A4
            canv.saveState()
            canv.setFont("Helvetica", 8.5)
            if learning:
                canv.setStrokeColor(teal)
                canv.setLineWidth(0.8)
                canv.line(self.leftMargin, 1.85 * cm, w - self.rightMargin, 1.85 * cm)
                canv.drawString(self.leftMargin, 1.3 * cm, report["running_title"])
                canv.drawRightString(w - self.rightMargin, 1.3 * cm, str(doc.page))
            elif north:
                canv.drawString(self.leftMargin, h - 1.6 * cm, header_lines[0])
                canv.drawRightString(w - self.rightMargin, h - 1.6 * cm, header_lines[1])
                canv.setLineWidth(0.5)
                canv.line(self.leftMargin, h - 1.8 * cm, w - self.rightMargin, h - 1.8 * cm)
                canv.drawCentredString(w / 2, 1.3 * cm, footer_tpl.format(n=doc.page, m=self.total))
            else:
                canv.drawCentredString(w / 2, h - 1.5 * cm, header_lines[0])
                canv.drawCentredString(w / 2, h - 1.9 * cm, header_lines[1])
                canv.setFont("Times-Roman", 10)
                canv.drawCentredString(w / 2, 1.2 * cm, footer_tpl.format(n=doc.page))
            canv.restoreState()

        def afterFlowable(self, flowable: Any) -> None:
            if isinstance(flowable, ContentsLine):
                self.contents.append(flowable.drawn)
            key = self.record(flowable)
            if key is None:
                return
            self.scan_hyphens(flowable)

    def story(pages: dict[str, int] | None) -> list[Any]:
        uid = iter(range(1, 10**6))

        def para(text: str, style: str, key: str | None, bullet: str | None = None, shy: bool = False) -> Any:
            markup = _xml_escape(text)
            p = KeyedParagraph(_soft_hyphenate(markup) if shy else markup, styles[style], bulletText=bullet)
            p.devset_key, p.devset_uid = key, next(uid)
            return p

        flow: list[Any] = [Spacer(1, 4 * cm), para(report["title"], "title", None)]
        flow += [para(t, "cover", None) for t in _r.title_lines(report)]
        flow += [NextPageTemplate("body"), PageBreak(), para("Contents", "h1", None)]
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                page = str(pages[f"H{idx}"]) if pages else "00"
                flow.append(ContentsLine(b.text, page, 0 if b.level == 1 else 0.8 * cm))
        flow.append(PageBreak())
        for idx, b in enumerate(blocks):
            if b.kind == "heading":
                if b.major and idx > 0 and blocks[idx - 1].kind == "unnumbered":
                    flow.append(PageBreak())
                elif b.major and learning and idx > 0:
                    flow.append(CondPageBreak(3 * cm))
                flow.append(para(b.text, "h1" if b.level == 1 else "h2", f"H{idx}"))
            elif b.kind == "unnumbered":
                flow.append(para(b.text, "body", None, shy=True))
            elif b.kind == "glossary":
                cells = [[para(a, "cell", None), para(m, "cell", None)] for a, m in b.rows]
                table = Table(cells, colWidths=[2.6 * cm, None], hAlign="LEFT")
                table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, teal)]))
                flow.append(table)
            elif learning:  # unnumbered paragraphs, factor lists and recommendations
                flow.append(para(b.text, "body", b.key, shy=True))
                flow += [para(t, "bullet", b.key, bullet="–", shy=True) for t in b.bullets]
            elif b.kind in ("para", "factor"):
                if north:
                    flow.append(para(b.text, "num", b.label, bullet=b.label, shy=True))
                else:
                    flow.append(para(f"{b.label}. {b.text}", "num", b.label, shy=True))
                flow += [para(t, "bullet", b.label, bullet="•", shy=True) for t in b.bullets]
            elif north:
                flow.append(para(b.label, "reclabel", b.label))
                flow.append(para(b.text, "body", b.label, shy=True))
            else:
                flow.append(para(f"{b.label}: {b.text}", "body", b.label, shy=True))
        return flow

    pages: dict[str, int] | None = None
    total, previous = 0, None
    for _ in range(4):  # iterate until page numbers are stable (normally two passes)
        buf = io.BytesIO()
        doc = Doc(buf, total)
        doc.build(story(pages))
        state = (doc.records, doc.last_page)
        if state == previous:
            break
        previous, total = state, doc.last_page
        pages = {k: v[0] for k, v in doc.records.items() if k.startswith("H")}
    else:
        raise RuntimeError("PDF layout did not stabilise")
    entries = []
    for b in blocks:
        if b.key:
            start, end = doc.records[b.key]
            entries.append(_r.entry(b, start, end > start))
    expected = _r.expected(
        output, blocks, page_count=doc.last_page, paragraphs=entries,
        running_header_lines=[*header_lines, footer_tpl.format(n="N", m=doc.last_page)],
        contents_lines=doc.contents, hyphenated_words=list(dict.fromkeys(doc.soft)),
        broken_compounds=list(dict.fromkeys(doc.hard)))
    return buf.getvalue(), expected


