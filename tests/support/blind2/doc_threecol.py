"""three-col.pdf (reportlab): three-column learning briefing with a pull quote. FICTIONAL."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pdfcheck
import pdfplumber
from common import SHE, Para, check_paras, seeds, slots_for
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph, Spacer
from rlcommon import MarkingDoc, esc, mark, register_fonts

W, H = A4
M = 36.0
GUT = 15.0
COLW = (W - 2 * M - 2 * GUT) / 3
TOP = H - 40.0
BOTTOM = 50.0
TITLE_H = 168.0
QUOTE_PAGE = 3
QB0, QB1 = 330.0, 468.0  # pull-quote box bottom / top (reportlab y)
QPAD = 10.0
FOOT = "Learning briefing: Child R (FICTIONAL) \u2013 page {n} of {total}"

SLOTS = slots_for(S="Child R", M="Mother", m="Mother", PART="Sennick Vale Safeguarding Children Partnership",
                  SCH="Larkspur Lane Primary School", SC="Sennick Vale Children's Services", **SHE)

SECTIONS = [
    ("About this briefing", [["I1", "I5"], ["I6", "I2"], ["I3", "I4"]]),
    ("What happened", [["B1", "B2"], ["B3", "B4"], ["B5", "B6"], ["B7", "B8"], ["E1", "E2"], ["E3", "E4"],
                       ["E5", "E6"], ["E7", "E8"], ["E9", "E10"], ["E11", "E12"]]),
    ("What we learned", [["CA1", "A3"], ["CA2"], ["A1", "A2"], ["CA3", "CA4"], ["CA5", "A8"], ["A7", "A9"],
                         ["A4", "A5"], ["A6", "A10"], ["A11", "A12"]]),
    ("What you should do", [["L1", "L2"], ["L4", "L5"], ["L3", "L6"], ["R1", "R2"], ["R3", "R4"], ["R5", "R6"]]),
]

register_fonts()
BODY = ParagraphStyle("b", fontName="Vera", fontSize=9.4, leading=13.0, alignment=TA_LEFT, spaceAfter=7)
HEAD = ParagraphStyle("h", fontName="VeraBd", fontSize=12, leading=15, spaceBefore=8, spaceAfter=6,
                      keepWithNext=1, textColor="#1f4e79")
QUOTE = ParagraphStyle("q", fontName="VeraIt", fontSize=13, leading=18, alignment=TA_LEFT)
QSRC = ParagraphStyle("qs", fontName="Vera", fontSize=9, leading=12)


def _col_x(i: int) -> float:
    return M + i * (COLW + GUT)


def _frames(kind: str) -> list[Frame]:
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    if kind == "first":
        ctop = TOP - TITLE_H - 14
        return [Frame(M, TOP - TITLE_H, W - 2 * M, TITLE_H, id="title", **pad)] + [
            Frame(_col_x(i), BOTTOM, COLW, ctop - BOTTOM, id=f"c{i + 1}", **pad) for i in range(3)]
    if kind == "quote":
        fr = []
        for i in range(2):
            fr.append(Frame(_col_x(i), QB1 + 12, COLW, TOP - QB1 - 12, id=f"c{i + 1}top", **pad))
            fr.append(Frame(_col_x(i), BOTTOM, COLW, QB0 - 12 - BOTTOM, id=f"c{i + 1}bottom", **pad))
        fr.append(Frame(_col_x(2), BOTTOM, COLW, TOP - BOTTOM, id="c3", **pad))
        return fr
    return [Frame(_col_x(i), BOTTOM, COLW, TOP - BOTTOM, id=f"c{i + 1}", **pad) for i in range(3)]


def _regions(kind: str) -> list[tuple[float, float, float, float]]:
    """Frame rectangles in flow order, in pdfplumber coordinates (top measured from the page top)."""
    return [(f._x1 - 0.5, H - (f._y1 + f._height) - 2, f._x1 + f._width + 0.5, H - f._y1 + 2)
            for f in _frames(kind)]


def _kind(pno: int) -> str:
    return "first" if pno == 1 else ("quote" if pno == QUOTE_PAGE else "normal")


def _paras():
    n = 0
    out = []
    for title, specs in SECTIONS:
        ps = []
        for spec in specs:
            n += 1
            ps.append(Para(str(n), seeds(spec, SLOTS)))
        out.append((title, ps))
    return out


def _render(path: Path, sections, quote: str, total: str):
    kinds: dict[int, str] = {}
    def footer(canv, doc):
        kinds[canv.getPageNumber()] = doc.pageTemplate.id
        canv.saveState()
        canv.setFont("Vera", 8)
        canv.drawCentredString(W / 2, 26, FOOT.format(n=canv.getPageNumber(), total=total))
        canv.restoreState()

    def quote_page(canv, doc):
        footer(canv, doc)
        x0, x1 = _col_x(0), _col_x(1) + COLW
        canv.saveState()
        canv.setStrokeColorRGB(0.12, 0.31, 0.47)
        canv.setFillColorRGB(0.93, 0.95, 0.98)
        canv.setLineWidth(1.2)
        canv.rect(x0, QB0, x1 - x0, QB1 - QB0, stroke=1, fill=1)
        canv.restoreState()
        q = Paragraph(esc(f"\u201c{quote}\u201d"), QUOTE)
        _, qh = q.wrap(x1 - x0 - 2 * QPAD, QB1 - QB0)
        s = Paragraph("From the review", QSRC)
        _, sh = s.wrap(x1 - x0 - 2 * QPAD, 40)
        if qh + sh + 3 * QPAD > QB1 - QB0:
            raise AssertionError("three-col.pdf: pull quote does not fit its box")
        q.drawOn(canv, x0 + QPAD, QB1 - QPAD - qh)
        s.drawOn(canv, x0 + QPAD, QB1 - 2 * QPAD - qh - sh)

    doc = MarkingDoc(str(path), pagesize=A4, title="FICTIONAL - Learning briefing: Child R",
                     author="Fictional test generator", subject="FICTIONAL – for software testing",
                     creator="blind2/make.py")
    doc.addPageTemplates([
        PageTemplate(id="first", frames=_frames("first"), onPage=footer),
        PageTemplate(id="quote", frames=_frames("quote"), onPage=quote_page),
        PageTemplate(id="normal", frames=_frames("normal"), onPage=footer),
    ])
    # page 2 normal, page 3 quote, then normal for ever ('*' marks where the cycle restarts)
    seq = ["normal"] * (QUOTE_PAGE - 2) + ["quote", "*", "normal"]
    story: list = [
        NextPageTemplate(seq),
        Paragraph("FICTIONAL \u2013 for software testing",
                  ParagraphStyle("f", fontName="VeraBd", fontSize=10, leading=13, textColor="#b00000")),
        Spacer(1, 6),
        Paragraph("Learning briefing", ParagraphStyle("t1", fontName="VeraBd", fontSize=26, leading=31,
                                                      textColor="#1f4e79")),
        Paragraph("Child R: what practitioners need to know from a local child safeguarding practice review",
                  ParagraphStyle("t2", fontName="Vera", fontSize=14, leading=18)),
        Spacer(1, 8),
        Paragraph("Sennick Vale Safeguarding Children Partnership (fictional) \u2013 briefing for all "
                  "practitioners and managers. Everyone and everything in this briefing is invented; it "
                  "describes no real child, family, service or place.", ParagraphStyle("t3", fontName="VeraIt", fontSize=9.5, leading=13)),
        FrameBreak(),
    ]
    for title, ps in sections:
        story.append(Paragraph(esc(title), HEAD))
        for p in ps:
            story.append(Paragraph(mark(p.label) + f"<b>{p.label}.</b> " + esc(p.text), BODY))
    doc.build(story)
    want = {n: _kind(n) for n in range(1, doc.page + 1)}
    if kinds != want:
        raise AssertionError(f"three-col.pdf: page templates {kinds} != {want}")
    return doc


def build(out: Path) -> dict:
    sections = _paras()
    paras = [p for _, ps in sections for p in ps]
    check_paras("three-col.pdf", paras)
    path = out / "three-col.pdf"
    # pass 1: find which paragraph starts on the pull-quote page; its second sentence becomes the quote
    doc = _render(path, sections, "placeholder", "0")
    total = str(doc.page)
    src = next(p for p in paras if doc.marks[p.label] == QUOTE_PAGE)
    sentences = re.split(r"(?<=[.!?\u201d])\s+(?=[A-Z\u201c])", src.text)
    quote = sentences[1]
    doc2 = _render(path, sections, quote, total)
    if doc2.marks != doc.marks or str(doc2.page) != total:
        raise AssertionError("three-col.pdf: layout changed between passes")
    for p in paras:
        p.page = doc2.marks[p.label]

    def label_ok(tok, toks, i):
        if tok["page"] == 1 and tok["region"] == 0:
            return False
        x0 = _regions(_kind(tok["page"]))[tok["region"]][0] + 0.5
        return abs(tok["x0"] - x0) < 1.0

    obs = pdfcheck.verify("three-col.pdf", path, paras, lambda pno, page: _regions(_kind(pno)),
                          lambda p: p.label + ".", label_ok)
    toks = obs["tokens"]
    texts = [t["text"] for t in toks]
    qw = quote.split()
    in_flow = pdfcheck.find_all(texts, qw)
    if len(in_flow) != 1:
        raise AssertionError("three-col.pdf: quoted sentence should occur once in the column flow")
    with pdfplumber.open(path) as pdf:
        npages = len(pdf.pages)
        box = pdf.pages[QUOTE_PAGE - 1].crop((_col_x(0), H - QB1, _col_x(1) + COLW, H - QB0))
        boxtext = " ".join(box.extract_text().split())
        if " ".join(qw[1:-1]) not in boxtext:
            raise AssertionError(f"three-col.pdf: pull quote text not in box: {boxtext!r}")
    col_breaks = {k: v for k, v in obs["region_spans"].items()}
    mid_column_break = [k for k, v in col_breaks.items() if any(a[0] == b[0] for a, b in itertools.pairwise(v))]
    if not mid_column_break:
        raise AssertionError("three-col.pdf: no paragraph breaks across columns on one page")
    names = {k: [f.id for f in _frames(k)] for k in ("first", "quote", "normal")}
    spans_named = {k: [f"p{pg}:{names[_kind(pg)][r]}" for pg, r in v] for k, v in col_breaks.items()}
    notes = [
        "FICTIONAL – for software testing. reportlab, A4, three columns, Bitstream Vera fonts.",
        "Numbered paragraphs start with a bold 'N.' inline at the start of the first line; citation label is N.",
        "Page 1 has a full-width title block (title, subtitle, italic standfirst) above the three columns; "
        "the standfirst is not a numbered paragraph.",
        "Column headings ('About this briefing', 'What happened', 'What we learned', 'What you should do') are "
        "unnumbered.",
        f"Reading order is column by column. On page {QUOTE_PAGE} a pull-quote box spans columns 1–2 in the middle "
        "of the page, so columns 1 and 2 each run above the box and then continue below it before moving on.",
        f"The pull quote repeats a sentence from ¶{src.label} (in curly quotes, followed by 'From the review'); "
        f"it is not part of any paragraph and ¶{src.label}'s own copy of the sentence is in the column text.",
        "Paragraphs that continue across frames are listed in column_spans (frame ids: c1,c2,c3; on the quote "
        "page c1top,c1bottom,c2top,c2bottom,c3). Those continuing to the next column on the same page: "
        + ", ".join(mid_column_break) + ".",
        "Footer: 'Learning briefing: Child R (FICTIONAL) – page N of T', N = physical page.",
    ]
    return {
        "paragraphs": [p.key() for p in paras],
        "notes": notes,
        "page_count": npages,
        "page_spans": obs["page_spans"],
        "column_spans": spans_named,
        "pull_quote": {"page": QUOTE_PAGE, "text": quote, "repeats_sentence_of_paragraph": src.label},
    }
