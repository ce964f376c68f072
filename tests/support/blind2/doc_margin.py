"""margin.pdf (reportlab): numbers right-aligned in the left margin, justified text. FICTIONAL."""

from __future__ import annotations

from pathlib import Path

import pdfcheck
import pdfplumber
import prose
from common import HE, Para, check_paras, seeds, slots_for
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer
from rlcommon import MarkingDoc, esc, mark, register_fonts

W, H = A4
TEXT_LEFT = 122.0
RIGHT_MARGIN = 80.0
TEXT_W = W - TEXT_LEFT - RIGHT_MARGIN
FRAME_TOP = H - 80.0
FRAME_BOTTOM = 74.0
GAP = 6.0
FOOTER = "Safeguarding Adults Review \u2013 Mr P \u2013 page {n}"
HEADER_L = "Safeguarding Adults Review: Mr P"
HEADER_R = "Hallowmere Safeguarding Adults Board (fictional)"

SLOTS = slots_for(
    S="Mr P", SC="Hallowmere Adult Social Care", PART="Hallowmere Safeguarding Adults Board",
    LA="Hallowmere City Council", **HE,
)

SECTIONS = [
    ("Introduction", [["I1"], ["I2"], ["I5", "I6"], ["I3", "I4"]]),
    ("About Mr P", [["AB1"], ["AB2", "AB3"], ["AB4"], ["AB5"], ["AB6", "AB7"]]),
    ("Key events", [["AE1"], ["AE2", "AE3"], ["AE4"], ["AE5", "AE6"], ["AE7"], ["AE8"], ["AE9", "AE10"]]),
    ("Analysis", [["AA1", "AA2"], ["AA3"], ["A1"], ["AA4", "A3"], ["AA5", "A7"], "BOX", ["A4", "A5"],
                  ["A6"], ["A9", "A10"], ["A11", "A12"]]),
    ("Learning", [["L1", "L3"], ["L2"], ["L4", "L5"], ["A2", "L6"]]),
    ("Recommendations", [["R1", "R2"], ["R3", "R4"], ["R5", "R6"]]),
]

register_fonts()
BODY = ParagraphStyle("body", fontName="Vera", fontSize=10.5, leading=16.5, alignment=TA_JUSTIFY, spaceAfter=11)
HEAD = ParagraphStyle("head", fontName="VeraBd", fontSize=13, leading=17, spaceBefore=18, spaceAfter=10,
                      keepWithNext=1)
BOX_T = ParagraphStyle("boxt", fontName="VeraBd", fontSize=10.5, leading=14)
BOX_B = ParagraphStyle("boxb", fontName="Vera", fontSize=10, leading=14.5)


class KeyBox(Flowable):
    """Two-row box drawn with canvas.rect: a title row and a summary row."""

    PAD = 8.0

    def __init__(self, title: str, text: str):
        super().__init__()
        self.p1 = Paragraph(esc(title), BOX_T)
        self.p2 = Paragraph(esc(text), BOX_B)
        self.page: int | None = None

    def wrap(self, aw, ah):
        self.width = aw
        _, h1 = self.p1.wrap(aw - 2 * self.PAD, ah)
        _, h2 = self.p2.wrap(aw - 2 * self.PAD, ah)
        self.h1 = h1 + 2 * self.PAD
        self.h2 = h2 + 2 * self.PAD
        self.height = self.h1 + self.h2
        return aw, self.height

    def draw(self):
        c = self.canv
        self.page = c.getPageNumber()
        c.saveState()
        c.setLineWidth(0.8)
        c.setFillColorRGB(0.86, 0.90, 0.95)
        c.rect(0, self.h2, self.width, self.h1, stroke=1, fill=1)
        c.setFillColorRGB(0.96, 0.97, 0.99)
        c.rect(0, 0, self.width, self.h2, stroke=1, fill=1)
        c.restoreState()
        self.p1.drawOn(c, self.PAD, self.h2 + self.PAD)
        self.p2.drawOn(c, self.PAD, self.PAD)


def _header_footer(canv, doc):
    canv.saveState()
    canv.setFont("Vera", 8.5)
    canv.drawString(TEXT_LEFT, H - 50, HEADER_L)
    canv.drawRightString(W - RIGHT_MARGIN, H - 50, HEADER_R)
    canv.setLineWidth(0.4)
    canv.line(TEXT_LEFT, H - 55, W - RIGHT_MARGIN, H - 55)
    canv.drawCentredString(W / 2, 38, FOOTER.format(n=canv.getPageNumber()))
    canv.restoreState()


def _paras() -> list[tuple[str, list]]:
    n = 0
    out = []
    for title, specs in SECTIONS:
        items = []
        for spec in specs:
            if spec == "BOX":
                items.append("BOX")
                continue
            n += 1
            items.append(Para(str(n), seeds(spec, SLOTS)))
        out.append((title, items))
    return out


def build(out: Path) -> dict:
    sections = _paras()
    paras = [p for _, items in sections for p in items if isinstance(p, Para)]
    check_paras("margin.pdf", paras)
    path = out / "margin.pdf"
    doc = MarkingDoc(str(path), pagesize=A4, margin_label=("Vera", 10.5), margin_gap=GAP,
                     title="FICTIONAL - Safeguarding Adults Review: Mr P", author="Fictional test generator",
                     subject="FICTIONAL – for software testing", creator="blind2/make.py")
    frame = Frame(TEXT_LEFT, FRAME_BOTTOM, TEXT_W, FRAME_TOP - FRAME_BOTTOM, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    tframe = Frame(72, 72, W - 144, H - 144, id="title")
    doc.addPageTemplates([PageTemplate(id="title", frames=[tframe]),
                          PageTemplate(id="body", frames=[frame], onPage=_header_footer)])
    tstyle = ParagraphStyle("t", fontName="VeraBd", fontSize=24, leading=30, alignment=TA_CENTER)
    sstyle = ParagraphStyle("s", fontName="Vera", fontSize=13, leading=19, alignment=TA_CENTER)
    story: list = [
        Paragraph("FICTIONAL \u2013 for software testing",
                  ParagraphStyle("f", fontName="VeraBd", fontSize=12, leading=16)),
        Paragraph("Every person, place, agency and event in this report is invented. It describes no real case.",
                  ParagraphStyle("f2", fontName="Vera", fontSize=10, leading=14)),
        Spacer(1, 150),
        Paragraph("Safeguarding Adults Review", tstyle),
        Spacer(1, 8),
        Paragraph("Mr P", tstyle),
        Spacer(1, 40),
        Paragraph("Hallowmere Safeguarding Adults Board (fictional)", sstyle),
        Paragraph("Independent author: Mr Declan Ferrowby (fictional)", sstyle),
        Paragraph("Final report, January 2025", sstyle),
        NextPageTemplate("body"),
        PageBreak(),
    ]
    box = KeyBox(prose.KEY_LEARNING_TITLE, prose.KEY_LEARNING_TEXT)
    box_after = None
    for title, items in sections:
        story.append(Paragraph(esc(title), HEAD))
        last = None
        for it in items:
            if it == "BOX":
                story += [Spacer(1, 4), box, Spacer(1, 14)]
                box_after = last
                continue
            story.append(Paragraph(mark(it.label) + esc(it.text), BODY))
            last = it
    doc.build(story)
    for p in paras:
        p.page = doc.marks[p.label]

    body = [(30.0, 62.0, W, H - 62.0)]

    def label_ok(tok, toks, i):
        line = tok["line_words"]
        return (abs(tok["x1"] - (TEXT_LEFT - GAP)) < 1.0 and len(line) > 1
                and abs(line[1]["x0"] - TEXT_LEFT) < 1.0)

    obs = pdfcheck.verify("margin.pdf", path, paras, lambda pno, page: body, lambda p: p.label, label_ok)
    toks, starts = obs["tokens"], obs["starts"]
    texts = [t["text"] for t in toks]
    # the box text sits between the paragraph before it and the next one, and is boxed by rectangles
    bw = prose.KEY_LEARNING_TEXT.split()[:8]
    k = paras.index(box_after)
    hits = pdfcheck.find_all(texts, bw, starts[k], starts[k + 1])
    if len(hits) != 1 or toks[hits[0]]["page"] != box.page:
        raise AssertionError("margin.pdf: key learning box not found where expected")
    with pdfplumber.open(path) as pdf:
        npages = len(pdf.pages)
        if len(pdf.pages[box.page - 1].rects) < 2:
            raise AssertionError("margin.pdf: key learning box rectangles missing")
        for pno, page in enumerate(pdf.pages, start=1):
            if pno == 1:
                continue
            foot = page.crop((0, H - 62, W, H)).extract_text().strip()
            if foot != FOOTER.format(n=pno):
                raise AssertionError(f"margin.pdf p.{pno}: footer {foot!r}")
            head = page.crop((0, 0, W, 62)).extract_text()
            if HEADER_L not in head:
                raise AssertionError(f"margin.pdf p.{pno}: header {head!r}")
    # lines inside the text column that begin with a number (possible false paragraph numbers)
    distractors = sorted({(t["page"], t["text"]) for t in toks if t["first"] and t["text"][:1].isdigit()
                          and t["x0"] >= TEXT_LEFT - 0.5})
    notes = [
        "FICTIONAL – for software testing. reportlab, A4, Bitstream Vera fonts, justified text.",
        f"Paragraph numbers 1..{len(paras)} (no full stop) are right-aligned in the left margin: their right "
        f"edge is {GAP:g}pt left of the text column (x={TEXT_LEFT:g}pt), on the baseline of the first line.",
        "Section headings ('Introduction', 'About Mr P', ...) are unnumbered.",
        "Page 1 is a title page (no header/footer). Every other page has a running header "
        f"'{HEADER_L}' / '{HEADER_R}' and a running footer 'Safeguarding Adults Review – Mr P – page N' "
        "where N is the physical page number.",
        f"A two-row 'Key learning' box (drawn rectangles) sits inside the text column on page {box.page}, "
        f"after ¶{box_after.label} and before ¶{int(box_after.label) + 1}; it is not a numbered paragraph and "
        "belongs to neither.",
    ]
    if distractors:
        notes.append("Text lines inside the column that begin with a number (not paragraph numbers): "
                     + ", ".join(f"p.{pg} '{tx}'" for pg, tx in distractors))
    return {
        "paragraphs": [p.key() for p in paras],
        "notes": notes,
        "page_count": npages,
        "page_spans": obs["page_spans"],
        "key_learning_box": {"page": box.page, "after_paragraph": box_after.label,
                             "starts_with": " ".join(bw)},
    }
