"""Blind fixture generator 21: five FICTIONAL safeguarding-review documents.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds). Needs reportlab (its canvas and
its font folder: Arial and Times New Roman metric Type 1 faces), lxml, python-docx, pypdf and pdfplumber; no system
fonts, no LibreOffice, no network. Every generator checks its own key with pdfplumber/pypdf/lxml/python-docx, never
with the project's parser.

threaded.pdf     an InDesign report in two columns whose text is one thread of frames that jumps over a full-page
                 "Practice spotlight" panel (page 4), so a paragraph starts at the foot of page 3 and ends at the top
                 of page 5; numbers hang left of each column as anchored frames drawn after the column's text, the
                 right column's frame comes first in every content stream, and a rotated thumb tab on the outer
                 edge repeats the numbered section title
ruled.pdf        a police-style learning review printed glyph by glyph (one text matrix per glyph, no space glyphs,
                 justified by positions, bold glyphs drawn after regular ones): bold run-in "Para 3.12:" labels, a
                 thin rule between paragraphs, "OFFICIAL" above and below every page with "Version 1.3" in header
                 and footer, two printed lines in mid-paragraph that begin with a cross-reference "Para 2.2 ...",
                 and an annex table of themes with "Para 3.2, Para 3.9" references
slides.pdf       a practitioner briefing exported from PowerPoint (16:9): points numbered 1-17 in white-on-navy
                 circles at the top left of pale boxes two, three or four to a slide (side by side), an agenda of
                 "01"-"04" sections, and one point continued in the next slide's first box under its number again
textbox.docx     a Word report whose summary paragraphs 1.1-1.4 (typed numbers and a tab) are in a text box written
                 twice (DrawingML in mc:Choice, VML in mc:Fallback), and whose Heading 2 sub-headings are numbered in
                 the paragraphs' own list level, so "3.3 Housing and homelessness" is a heading and the paragraphs go
                 3.2, 3.4
legislative.html a GOV.UK HTML publication whose paragraphs are items of govspeak legislative lists (<ol
                 class="legislative-list">, markers hidden, the number typed in the item), lists split by an <h3>,
                 a nested "(a)" list, <abbr> titles, "[footnote 1]" references and a footnotes <ol>, "Back to top"

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without its trailing stop or colon and without the word before it
  ("Para 3.12:" is 3.12, a circled "9" on a slide is 9, "1.1<tab>" in a text box is 1.1);
- numbered or unnumbered headings are not paragraphs, including a Word Heading 2 that takes a number in the
  paragraphs' own sequence (3.3 is a heading, so the key goes 3.2, 3.4); nor are contents entries (the cover's
  contents, the slide agenda's "01"-"04", GOV.UK's numbered contents list), running heads and footers, folios,
  slide numbers, slide titles and section tags, thumb tabs, protective markings and version lines, the annex
  table of cross-references, footnotes, "Back to top" links, or a full-page panel's text (a number in it, such as
  the spotlight's large "3", is a statistic);
- a paragraph whose thread jumps over a full-page panel is one paragraph: it starts on the page where its number
  is and ends where the thread resumes (two pages on); the panel's words are not part of it;
- a slide point continued in the next slide's first box under its number repeated, with "continued from the
  previous slide", is one paragraph starting on the first slide; the repeated number and that note are neither a
  new paragraph nor the point's words;
- a regular-weight cross-reference that happens to begin a printed line in mid-paragraph ("Para 2.2 above ...")
  does not start a paragraph;
- a list inside a paragraph ("a)"-"c)", "(a)"-"(c)") and the text after it belong to that paragraph; a second <p>
  in the same list item belongs to it; <abbr> titles are not printed; a footnote reference in mid-paragraph is
  inside the paragraph;
- the text box's numbered paragraphs are paragraphs and count once (the VML copy is the same box); the unnumbered
  line below the box in the body ("The findings above are explained ...") is not part of 1.4;
- pages: physical and 1-based for PDF (one slide a page). DOCX pages are counted from explicit breaks: page = 1 +
  the page breaks (<w:br w:type="page"/>) before the paragraph's first line, and a text box's paragraphs are on the
  page of the paragraph anchoring the box (each page's content is short enough for one A4 page). HTML has no
  pages (null).
"""
import io
import json
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit.draw import Layout, register_fonts, sw, wrap  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry, sentences  # type: ignore
    from blindkit.markup import hesc, wr  # type: ignore
    from blindkit.pdfread import label_at, pdf_pages, seq_in, words_of  # type: ignore
    from text import ParaMaker, contains_seq, norm  # type: ignore
else:
    from ..blindkit.draw import Layout, register_fonts, sw, wrap
    from ..blindkit.keys import check_count, check_lengths, entry, sentences
    from ..blindkit.markup import hesc, wr
    from ..blindkit.pdfread import label_at, pdf_pages, seq_in, words_of
    from .text import ParaMaker, contains_seq, norm

FICT = "FICTIONAL \u2013 for software testing"
A4 = (595.28, 841.89)


T1_FACES = {"ArialMT": "_a______", "Arial-BoldMT": "_ab_____", "Arial-ItalicMT": "_ai_____",
            "Arial-BoldItalicMT": "_abi____", "TimesNewRomanPSMT": "_er_____",
            "TimesNewRomanPS-BoldMT": "_eb_____", "TimesNewRomanPS-ItalicMT": "_ei_____"}


# --------------------------------------------------------------------------
# pages as lists of primitives, drawn with reportlab's canvas (invariant mode: no dates or random IDs)
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# 1. threaded.pdf: an InDesign report whose two-column text thread skips a full-page panel; numbers as anchored
#    frames drawn after each column's text; the right column's frame is first in the content stream; thumb tabs
# --------------------------------------------------------------------------
TH_PLAN = [
    ("1", "Introduction", [80, 95, 90]),
    ("2", "Child M and his family", [130, 115, 140, 120]),
    ("3", "What happened", [145, 125, 150, 135, 140, 130]),
    ("4", "What the review found", [140, 155, 130, 145, 135, 150]),
    ("5", "Recommendations", [100, 95, 90]),
]
TH_TITLE = "Serious Case Review: Child M"
TH_SPOT = [
    "It is ten to four on a Friday. The duty inbox at the Quillby front door holds forty-one new contacts, and "
    "three social workers are on shift. One of the contacts is a short e-mail from the school nurse about a boy "
    "who has fallen asleep in class twice this week.",
    "The duty manager reads it between two telephone calls. There is no earlier contact on the system, because "
    "the family moved into the area in the spring and their records have not yet arrived from the old authority.",
    "The e-mail is marked for a call back on Monday. Nobody is careless here: every decision can be explained on "
    "its own. The review asked what the front door would need to see the week as a whole.",
]
TH_QUOTE = "\u201cWe all had a piece of the jigsaw. Nobody had the box with the picture on it.\u201d"
TEAL, GREY, BLACK, WHITE = (0.0, 0.42, 0.45), (0.4, 0.4, 0.4), (0, 0, 0), (1, 1, 1)


def make_threaded(out, pm):
    path = out / "threaded.pdf"
    lay = Layout()
    F, FB, FI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
    FS, LEAD, AFTER = 10.0, 13.4, 6.5
    TOP, BOTTOM = 770.0, 70.0
    COLS = [(46.0, 66.0, 218.0), (314.0, 334.0, 218.0)]  # (number x, text x, text width)
    SPOT = 4  # the full-page panel that the thread jumps over

    def meas(s):
        return sw(s, F, FS)

    # the thread: (page, column, top) in reading order; page 2's columns start below the report's title block
    frames, pg = [], 2
    while pg <= 9:
        if pg != SPOT:
            for col in (0, 1):
                frames.append((pg, col, 690.0 if pg == 2 else TOP))
        pg += 1
    # per page and frame: the text lines and the anchored number frames, assembled later in stacking order
    drawn = {}  # (page, col) -> {"text": [...], "nums": [...]}
    fi, cur = 0, frames[0][2]
    result, texts, ends, labels, sections, n_par = [], [], [], [], [], 0

    def next_frame():
        nonlocal fi, cur
        fi += 1
        cur = frames[fi][2]

    def put(rows, keep=2):
        """rows: (gap, lead, segs, number) with segs [(x offset from the column's text x, s, font, size, rgb)]."""
        nonlocal cur
        need = sum(r[0] + r[1] for r in rows[:keep]) - rows[0][0]
        if cur - rows[0][0] - need < BOTTOM:
            next_frame()
        placed = []
        for gap, lead, segs, num in rows:
            page, col, ftop = frames[fi]
            g = 0.0 if cur == ftop else gap
            if cur - g - lead < BOTTOM:
                next_frame()
                page, col, ftop = frames[fi]
                g = 0.0
            base = cur - g - lead * 0.78
            nx, tx, _w = COLS[col]
            d = drawn.setdefault((page, col), {"text": [], "nums": []})
            for dx, s, font, size, rgb in segs:
                d["text"].append(("T", tx + dx, base, s, font, size, rgb))
            if num:
                d["nums"].append(("T", nx, base, num, FB, FS, TEAL))
            placed.append((page, col, base))
            cur = cur - g - lead
        return placed

    for num, title, lens in TH_PLAN:
        if cur - (16.0 + 17.0 + AFTER + 2 * LEAD) < BOTTOM:  # a heading keeps with two lines of what follows
            next_frame()
        hp = put([(16.0, 17.0, [(0.0, f"{num}  {title}", FB, 13.0, TEAL)], None)], keep=1)
        sections.append((num, title, hp[0][0]))
        for tw in lens:
            n_par += 1
            label = f"{num}.{len([r for r in result if r['label'].startswith(num + '.')]) + 1}"
            t = pm.make(tw, "child")
            texts.append(t)
            lines = wrap(t.split(), COLS[0][2], meas)
            rows = [(AFTER if li == 0 else 0.0, LEAD, [(0.0, " ".join(ln), F, FS, BLACK)], label if li == 0 else None)
                    for li, ln in enumerate(lines)]
            placed = put(rows)
            labels.append((placed[0][0], COLS[placed[0][1]][0], placed[0][2]))
            ends.append(placed[-1][0])
            result.append(entry(label, placed[0][0], t))
    last_page = frames[fi][0]
    n_pages = last_page
    for _ in range(n_pages):
        lay.new_page()
    # page 1: cover
    lay.rect(0, 0, A4[0], A4[1], (0.0, 0.32, 0.35), page=1)
    lay.text(56, 640, "Tollivant Safeguarding Children Partnership", FB, 13, WHITE, page=1)
    lay.text(56, 590, TH_TITLE, FB, 30, WHITE, page=1)
    lay.text(56, 560, "Overview report of the independent reviewer", F, 15, WHITE, page=1)
    lay.text(56, 520, FICT + ". Every person, place and service named here is invented.", FI, 10, WHITE, page=1)
    y = 440.0
    lay.text(56, y, "Contents", FB, 12, WHITE, page=1)
    for num, title, spg in sections:
        y -= 18
        lay.text(56, y, f"{num}  {title}", F, 11, WHITE, page=1)
        lay.text(300, y, str(spg), F, 11, WHITE, page=1)
    lay.text(56, y - 18, "Practice spotlight: the front door on a Friday", F, 11, WHITE, page=1)
    lay.text(300, y - 18, str(SPOT), F, 11, WHITE, page=1)
    # page 4: the full-page panel (not in the thread)
    lay.rect(28, 50, A4[0] - 56, 760, (0.88, 0.95, 0.95), page=SPOT)
    lay.text(56, 770, "PRACTICE SPOTLIGHT", FB, 9, TEAL, page=SPOT)
    lay.text(56, 742, "The front door on a Friday", FB, 20, TEAL, page=SPOT)
    lay.text(56, 660, "3", FB, 64, TEAL, page=SPOT)
    lay.text(102, 688, "referrals about the family", FB, 11, TEAL, page=SPOT)
    lay.text(102, 674, "in nine days, each closed", F, 11, TEAL, page=SPOT)
    lay.text(102, 660, "on its own", F, 11, TEAL, page=SPOT)
    y = 610.0
    for para in TH_SPOT:
        for ln in wrap(para.split(), 470, lambda s: sw(s, F, 10.5)):
            lay.text(56, y, " ".join(ln), F, 10.5, BLACK, page=SPOT)
            y -= 14.5
        y -= 8
    for ln in wrap(TH_QUOTE.split(), 440, lambda s: sw(s, FI, 18)):
        lay.text(70, y - 30, " ".join(ln), FI, 18, TEAL, page=SPOT)
        y -= 24
    lay.text(70, y - 40, "\u2013 a practitioner at the learning event", F, 10, GREY, page=SPOT)
    # body pages: furniture first, then the right column's frame, then the left column's, each followed by its
    # anchored number frames; a rotated thumb tab on the outer edge
    sec_of_page = {}
    for num, title, spg in sections:
        for p in range(spg, n_pages + 1):
            sec_of_page[p] = (num, title)
    for p in range(2, n_pages + 1):
        if p == 2:
            lay.text(66, 735, "Overview report", FB, 22, TEAL, page=p)
            lay.text(66, 712, "The independent reviewer\u2019s findings, June 2024 \u2013 " + FICT, F, 10, GREY, page=p)
        odd = p % 2 == 1
        if odd:
            lay.text(552 - sw(TH_TITLE, F, 8), 808, TH_TITLE, F, 8, GREY, page=p)
            lay.text(552 - sw(str(p), FB, 9), 36, str(p), FB, 9, TEAL, page=p)
        else:
            lay.text(46, 808, "Tollivant SCP \u2013 " + FICT, F, 8, GREY, page=p)
            lay.text(46, 36, str(p), FB, 9, TEAL, page=p)
        if p != SPOT:
            num, title = sec_of_page[p]
            tab = f"{num}  {title}"
            if odd:
                lay.rect(A4[0] - 20, 520, 20, 240, TEAL, page=p)
                lay.add(("TR", A4[0] - 6.5, 530, tab, FB, 9, WHITE, 90), page=p)
            else:
                lay.rect(0, 520, 20, 240, TEAL, page=p)
                lay.add(("TR", 13.5, 530, tab, FB, 9, WHITE, 90), page=p)
            for col in (1, 0):
                d = drawn.get((p, col), {"text": [], "nums": []})
                for prim in d["text"] + d["nums"]:
                    lay.add(prim, page=p)
    lay.render(path, {"Title": TH_TITLE + " (FICTIONAL)", "Author": "Tollivant SCP (FICTIONAL)", "Subject": FICT,
                      "Creator": "Adobe InDesign 18.5 (Macintosh)", "Producer": "Adobe PDF Library 17.0"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # checks: the thread read frame by frame holds every paragraph (number and text) in one piece; labels where drawn
    pages = pdf_pages(path)
    if len(pages) != n_pages or not 6 <= n_pages <= 8:
        raise AssertionError(f"threaded.pdf: {n_pages} pages")
    thread = []
    for page, col, ftop in frames[:fi + 1]:
        nx, tx, w = COLS[col]
        thread += words_of(pages[page - 1], lambda c, nx=nx, tx=tx, w=w, ftop=ftop: c["upright"] and nx - 1 <= c["x0"]
                           and c["x1"] <= tx + w + 1 and BOTTOM - 1 <= c["matrix"][5] <= ftop + 1 and c["size"] < 10.5)
    for d, t, (pg_, x, y) in zip(result, texts, labels, strict=True):
        seq_in(thread, d["label"] + " " + t, path.name, d["label"])
        label_at(pages[pg_ - 1], x, y, d["label"], path.name)
        nx, tx, w = COLS[0 if x < 300 else 1]
        if not contains_seq(words_of(pages[pg_ - 1], lambda c, nx=nx, tx=tx, w=w: c["upright"]
                                     and nx - 1 <= c["x0"] <= tx + w + 1),
                            norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"threaded.pdf: starts_with of {d['label']}")
    jump = [d["label"] for d, e in zip(result, ends, strict=True) if d["page"] == SPOT - 1 and e == SPOT + 1]
    split = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    if len(jump) != 1:
        raise AssertionError(f"threaded.pdf: no paragraph over the panel page ({split})")
    # the stacking order: on every body page the right column's first glyph comes before the left column's
    for p in range(3, n_pages + 1):
        if p == SPOT:
            continue
        body = [c for c in pages[p - 1] if c["upright"] and BOTTOM <= c["matrix"][5] <= TOP and c["size"] < 10.5]
        if body and body[0]["x0"] < 300:
            raise AssertionError("threaded.pdf: stream order")
    rot = [c for c in pages[2] if not c["upright"]]
    if not rot:
        raise AssertionError("threaded.pdf: thumb tab")
    return {
        "note": (f"An InDesign overview report ({n_pages} A4 pages, Arial 10 pt in two columns) whose text is one "
                 "thread of column frames: page 2 left, page 2 right, page 3 left, page 3 right, then page 5 left: "
                 f"page {SPOT} is a full-page shaded 'Practice spotlight' panel (its own unnumbered text, a large "
                 "'3' statistic and a quotation) that is not in the thread, so paragraph %s starts at the foot of "
                 "page 3's right column and ends at the top of page 5's left column. The paragraph numbers ('3.2', "
                 "bold teal) are anchored frames hanging left of each column; in every page's content stream the "
                 "right column's frame is drawn before the left column's, and each frame's numbers after its text. "
                 "Numbered section headings ('3  What happened', 13 pt) in the thread are not paragraphs; a "
                 "rotated thumb tab on the outer page edge repeats the section ('3  What happened'); the cover has "
                 "a contents list with page numbers. The panel's text, the tab, running heads and folios are not "
                 f"paragraphs and not part of any. Paragraphs over a page break: {', '.join(split)}. "
                 "Pages are physical." % jump[0]),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. ruled.pdf: "Para 5.2:" bold run-in labels, a thin rule between paragraphs, every glyph placed on its own
#    (no space glyphs, justified by glyph positions, bold glyphs drawn after the regular ones), OFFICIAL and a
#    version number above and below every page
# --------------------------------------------------------------------------
RU_PLAN = [
    ("1", "INTRODUCTION", [75, 85, 70]),
    ("2", "BACKGROUND", [90, 95, 85]),
    ("3", "KEY EVENTS", [70, 80, 75, 85, 70, 90, 75, 80, 70, 85, 75, 80]),
    ("4", "ANALYSIS", [105, 95, "L", 110, 100]),
    ("5", "CONCLUSIONS", [90, 80]),
]
RU_TITLE = "Learning Review: Child H"
RU_VERSION = "Version 1.3"
RU_SUBTITLE = "Independent learning review \u2013 final report for publication"
RU_ANNEX = "ANNEX A \u2013 LEARNING THEMES AND WHERE THEY ARE DISCUSSED"
RU_ITEMS = [
    "a) the two police notifications about the flat were sent to a team inbox that nobody monitored after June;",
    "b) the school\u2019s concern about her weight loss was recorded as a health matter and not shared with the "
    "social worker;",
    "c) the strategy discussion in October was held without health, although the health visitor had asked to "
    "attend.",
]
RU_XREFS = [("3", "2.2"), ("4", "3.7")]  # (section, the paragraph referred back to at the start of a printed line)
RU_XREF_SENTENCES = [
    "Para {ref} above describes the same pattern at an earlier point.",
    "As Para {ref} shows, the same pattern had appeared before.",
    "Like the episode in Para {ref}, this went unremarked.",
    "The earlier episode in Para {ref} had followed the same course.",
    "This repeats what Para {ref} records about the spring.",
    "The reviewer compared this with Para {ref} and found the same gaps.",
]
RU_THEMES = [
    ("Information sharing between police and schools", "Para 3.2, Para 3.9, Para 4.3"),
    ("Hearing the child\u2019s own account", "Para 3.5, Para 4.1"),
    ("Escalation when a plan is not working", "Para 3.11, Para 4.4, Para 5.1"),
    ("Recording decisions and their reasons", "Para 2.3, Para 4.2"),
]


def glyph_line(x, y, words, size, width=None):
    """Glyph primitives for one printed line: words is [(word, font)]; no space glyphs are drawn, the gaps are a
    space's width, or stretched evenly to fill `width` (a justified line). One "G" primitive per font."""
    nat = sum(sw(w, f, size) for w, f in words) + sum(sw(" ", f, size) for _w, f in words[:-1])
    extra = (width - nat) / (len(words) - 1) if (width and len(words) > 1) else 0.0
    by_font, cx = {}, x
    for k, (w, f) in enumerate(words):
        for ch in w:
            by_font.setdefault(f, []).append((round(cx, 3), ch))
            cx += sw(ch, f, size)
        if k < len(words) - 1:
            cx += sw(" ", f, size) + extra
    return [("G", y, gl, f, size, (0, 0, 0)) for f, gl in by_font.items()], cx


class Flow:
    """Rows poured down pages: a row is (gap before, leading, draw(page, baseline, gap used))."""

    def __init__(self, lay, top, bottom, new_page):
        self.lay, self.top, self.bottom, self.new_page = lay, top, bottom, new_page
        self.cur = None

    def page(self):
        self.new_page()
        self.cur = self.top

    def place(self, rows, keep=2):
        first = sum(r[0] + r[1] for r in rows[:keep]) - rows[0][0]
        if self.cur - rows[0][0] - first < self.bottom:
            self.page()
        out = []
        for gap, lead, draw in rows:
            g = 0.0 if self.cur == self.top else gap
            if self.cur - g - lead < self.bottom:
                self.page()
                g = 0.0
            base = self.cur - g - lead * 0.78
            draw(self.lay.n, base, g)
            out.append((self.lay.n, base))
            self.cur -= g + lead
        return out


def make_ruled(out, pm):
    path = out / "ruled.pdf"
    lay = Layout()
    L, R = 62.0, 533.0
    W = R - L
    F, FB = "ArialMT", "Arial-BoldMT"
    FS, LEAD, GAP = 11.0, 15.0, 13.0
    TOP, BOTTOM = 770.0, 70.0
    GREY = (0.55, 0.55, 0.55)

    def meas_words(ws):
        return sum(sw(w, f, FS) for w, f in ws) + sum(sw(" ", f, FS) for _w, f in ws[:-1])

    def text_rows(words, x, width, gap, rule=False):
        """Justified rows for a run of (word, font); the last line is not justified."""
        lines, cur = [], []
        for wf in words:
            if not cur or meas_words([*cur, wf]) <= width:
                cur.append(wf)
            else:
                lines.append(cur)
                cur = [wf]
        lines.append(cur)
        rows = []
        for li, ln in enumerate(lines):
            last = li == len(lines) - 1

            def draw(pg, base, g, ln=ln, last=last, li=li):
                prims, _end = glyph_line(x, base, ln, FS, None if last else width)
                for p_ in prims:
                    lay.add(p_, page=pg)
                if rule and li == 0 and g > 0:
                    y = base + LEAD * 0.78 + g / 2
                    lay.line(L, y, R, y, 0.3, GREY, page=pg)
            rows.append((gap if li == 0 else 0.0, LEAD, draw))
        return rows, lines

    def para_words(label, t):
        return [("Para", FB), (f"{label}:", FB)] + [(w, F) for w in t.split()]

    def with_xref(label, t, ref):
        """Insert a sentence naming "Para <ref>" where that name begins a printed line in mid-paragraph."""
        ss = sentences(t)
        for tpl in RU_XREF_SENTENCES:
            xs = tpl.format(ref=ref)
            for k in range(1, len(ss) - 1):
                cand = " ".join([*ss[:k], xs, *ss[k:]])
                _r, lines = text_rows(para_words(label, cand), L, W, 0.0)
                if any(ln[0][0] == "Para" and ln[1][0] == ref for ln in lines[1:-1]):
                    return cand
        return None

    def new_page():
        lay.new_page()

    flow = Flow(lay, TOP, BOTTOM, new_page)
    lay.new_page()
    for prims in (glyph_line(L, 720, [(w, FB) for w in ("Drisdale", "Safeguarding", "Partnership")], 12)[0],
                  glyph_line(L, 690, [(w, FB) for w in RU_TITLE.split()], 22)[0],
                  glyph_line(L, 668, [(w, F) for w in RU_SUBTITLE.split()], 12)[0],
                  glyph_line(L, 648, [(w, F) for w in (FICT + ". Every person, place and service named here is "
                                                             "invented.").split()], 10)[0]):
        for p_ in prims:
            lay.add(p_)
    flow.cur = 620.0
    result, texts, ends, labels, pieces, xref_done = [], [], [], [], {}, []
    xrefs = dict(RU_XREFS)
    for num, title, lens in RU_PLAN:
        def head(pg, base, g, s=f"{num}. {title}"):
            for p_ in glyph_line(L, base, [(w, FB) for w in s.split()], 12.5)[0]:
                lay.add(p_, page=pg)
        if flow.cur - (20 + 18 + GAP + 2 * LEAD) < BOTTOM:
            flow.page()
        flow.place([(20.0, 18.0, head)], keep=1)
        for k, tw in enumerate(lens, 1):
            label = f"{num}.{k}"
            if tw == "L":
                head_t, tail_t = pm.make(70, "child"), pm.make(55, "child")
                pieces[label] = [head_t, *RU_ITEMS, tail_t]
                rows, _ = text_rows(para_words(label, head_t), L, W, GAP, rule=k > 1)
                for it in RU_ITEMS:
                    mark, rest = it.split(" ", 1)
                    r2, _ = text_rows([(w, F) for w in rest.split()], L + 36, W - 36, 4.0)
                    first_draw = r2[0][2]

                    def draw_mark(pg, base, g, first_draw=first_draw, mark=mark):
                        first_draw(pg, base, g)
                        for p_ in glyph_line(L + 18, base, [(mark, F)], FS)[0]:
                            lay.add(p_, page=pg)
                    r2[0] = (r2[0][0], r2[0][1], draw_mark)
                    rows += r2
                r3, _ = text_rows([(w, F) for w in tail_t.split()], L, W, 4.0)
                rows += r3
            else:
                t = pm.make(tw, "child")
                if num in xrefs and k > 1 and num not in [x[0] for x in xref_done]:
                    t2 = with_xref(label, t, xrefs[num])
                    if t2 is not None:
                        t = t2
                        xref_done.append((num, label))
                pieces[label] = [t]
                rows, _ = text_rows(para_words(label, t), L, W, GAP, rule=k > 1)
            full = " ".join(pieces[label])
            texts.append(full)
            placed = flow.place(rows)
            labels.append((placed[0][0], L, placed[0][1]))
            ends.append(placed[-1][0])
            result.append(entry(label, placed[0][0], full))
    # Annex: a ruled table of learning themes and the paragraphs that discuss them (cross-references)
    flow.page()
    for p_ in glyph_line(L, TOP - 14, [(w, FB) for w in RU_ANNEX.split()], 12.5)[0]:
        lay.add(p_)
    y = TOP - 40
    lay.line(L, y + 16, R, y + 16, 0.6, (0, 0, 0))
    for p_ in glyph_line(L + 4, y, [("Learning", FB), ("theme", FB)], 10)[0] + glyph_line(
            L + 300, y, [("Discussed", FB), ("at", FB)], 10)[0]:
        lay.add(p_)
    lay.line(L, y - 6, R, y - 6, 0.6, (0, 0, 0))
    for theme, refs in RU_THEMES:
        y -= 22
        for p_ in glyph_line(L + 4, y, [(w, F) for w in theme.split()], 10)[0] + glyph_line(
                L + 300, y, [(w, F) for w in refs.split()], 10)[0]:
            lay.add(p_)
        lay.line(L, y - 8, R, y - 8, 0.3, GREY)
    n_pages = lay.n
    for k in range(1, n_pages + 1):  # protective marking, reference and version above and below every page
        for prims in (glyph_line((A4[0] - sw("OFFICIAL", FB, 11)) / 2, 816, [("OFFICIAL", FB)], 11)[0],
                      glyph_line(L, 798, [(w, F) for w in f"{RU_TITLE} | Ref LR/2024/07 | {RU_VERSION}".split()],
                                 8)[0],
                      glyph_line(L, 44, [(w, F) for w in (f"{RU_VERSION} \u2013 14 March 2024 \u2013 " + FICT)
                                         .split()], 8)[0],
                      glyph_line(R - sw(f"Page {k} of {n_pages}", F, 8) - 3.0, 44,
                                 [(w, F) for w in f"Page {k} of {n_pages}".split()], 8)[0],
                      glyph_line((A4[0] - sw("OFFICIAL", FB, 11)) / 2, 20, [("OFFICIAL", FB)], 11)[0]):
            for p_ in prims:
                lay.add(p_, page=k)
        lay.line(L, 792, R, 792, 0.4, GREY, page=k)
        lay.line(L, 56, R, 56, 0.4, GREY, page=k)
    # the print driver's order: every regular glyph of the page, then every bold glyph, then the rules
    for k, prims in enumerate(lay.pages):
        lay.pages[k] = sorted(prims, key=lambda p_: 0 if p_[0] == "G" and "Bold" not in p_[3] else
                              1 if p_[0] == "G" else 2)
    lay.render(path, {"Title": RU_TITLE + " v1.3 (FICTIONAL)", "Author": "Drisdale SP (FICTIONAL)", "Subject": FICT,
                      "Creator": "Microsoft Word - LR Child H v1.3.docx", "Producer": "Microsoft: Print To PDF"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    split = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    if not 4 <= n_pages <= 8 or not split or [a for a, _b in xref_done] != [a for a, _b in RU_XREFS]:
        raise AssertionError(f"ruled.pdf: {n_pages} pages, split {split}")
    pages = pdf_pages(path)
    if any(c["text"] == " " for pg in pages for c in pg):
        raise AssertionError("ruled.pdf: a space glyph")
    for pg in pages:  # bold glyphs all after the regular ones in the stream
        bold = [i for i, c in enumerate(pg) if "Bold" in c["fontname"]]
        reg = [i for i, c in enumerate(pg) if "Bold" not in c["fontname"]]
        if bold and reg and min(bold) < max(reg):
            raise AssertionError("ruled.pdf: stream order")
    import pypdf
    rd = pypdf.PdfReader(str(path))
    data = rd.pages[2].get_contents().get_data().decode("latin-1")
    if data.count(" Tm") < len(pages[2]):
        raise AssertionError("ruled.pdf: glyphs not placed one by one")
    body = lambda c: BOTTOM - 1 <= c["matrix"][5] <= TOP + 1  # noqa: E731
    for tol in (3, 1.5):  # a space's width (3.06 pt) is more than 3 pt; letters touch
        words = []
        for pg in pages:
            words += words_of(pg, body, x_tolerance=tol)
        for d, t in zip(result, texts, strict=True):
            seq_in(words, "Para " + d["label"] + ": " + t, path.name, d["label"])
    for d, (pg, x, y) in zip(result, labels, strict=True):
        label_at(pages[pg - 1], x, y, "Para" + d["label"] + ":", path.name)
        if not contains_seq(words_of(pages[pg - 1], body), norm(d["starts_with"])):
            raise AssertionError(f"ruled.pdf: starts_with of {d['label']}")
    import pdfplumber
    with pdfplumber.open(path) as pl:
        n_rules = len(pl.pages[2].lines)
        lines = (pl.pages[0].extract_text() + "\n" + "\n".join(p.extract_text() for p in pl.pages[1:])).split("\n")
    if n_rules < 6:
        raise AssertionError("ruled.pdf: rules")
    xl = [ln for ln in lines if re.match(r"Para \d\.\d+[ ,][a-z]", ln)]
    if len(xl) != len(RU_XREFS):
        raise AssertionError(f"ruled.pdf: cross-reference lines {xl}")
    return {
        "note": (f"A police-style learning review printed to PDF ({n_pages} A4 pages, Arial 11 pt, justified): "
                 "every glyph is placed by its own text matrix (one Tm per glyph), no space glyphs anywhere (word "
                 "gaps are positions only: a space's width, 3.06 pt, on last lines, wider on justified lines), and "
                 "on each page all regular glyphs are drawn before all bold ones. Paragraphs open with a bold "
                 "run-in label 'Para 3.12:' (label 3.12; continuation lines flush left under it), with a thin grey "
                 "rule across the text width between paragraphs (not above a section's first paragraph or at a page "
                 "top). Section 3 runs to 3.12. Numbered bold headings '3. KEY EVENTS' are not paragraphs. In %s and "
                 "%s a printed line in the middle of the paragraph begins with a regular-weight cross-reference ('Para "
                 "2.2 ...', 'Para 3.7 ...'): not a new paragraph. 4.3 holds lettered "
                 "items 'a)'-'c)' and carries on after them (its last words are after the list). 'OFFICIAL' above "
                 "and below every page; a header 'Learning Review: Child H | Ref LR/2024/07 | Version 1.3' and a "
                 "footer 'Version 1.3 \u2013 14 March 2024 ...' with 'Page N of M': not paragraphs. The last page is "
                 "Annex A, a ruled table of learning themes with the paragraphs that discuss them ('Para 3.2, Para "
                 "3.9, Para 4.3'): cross-references, not paragraphs. Paragraphs over a page break: %s. Pages are "
                 "physical." % (xref_done[0][1], xref_done[1][1], ", ".join(split))),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. slides.pdf: a practitioner briefing exported from PowerPoint (16:9 slides), numbered points in boxes side by
#    side, one point continued in the first box of the next slide under its number again
# --------------------------------------------------------------------------
SL_W, SL_H = 960.0, 540.0
SL_PLAN = [  # (section tag, title, layout, points); "A"/"B" = the two halves of the point continued over slides
    ("01", "About the review", "Why this review was commissioned", "2", [70, 65]),
    ("02", "What happened", "Contact with services in 2022", "3", [55, 50, 55]),
    ("02", "What happened", "The winter of 2022", "4", [40, 42, 40, "A"]),
    ("02", "What happened", "The winter of 2022 (continued)", "4", ["B", 40, 42, 40]),
    ("03", "What we learned", "Findings", "3", [55, 55, 50]),
    ("04", "What happens next", "The board\u2019s response", "2", [65, 60]),
]
SL_CONT = "continued from the previous slide"
NAVY, ORANGE, BOXC = (0.12, 0.20, 0.38), (0.80, 0.33, 0.10), (0.91, 0.94, 0.97)


def sl_boxes(layout):
    """(x, bottom, width, height) of a layout's boxes, in reading order."""
    if layout == "2":
        return [(48.0, 80.0, 420.0, 330.0), (492.0, 80.0, 420.0, 330.0)]
    if layout == "3":
        return [(48.0 + k * 292.0, 80.0, 272.0, 330.0) for k in range(3)]
    return [(48.0, 252.0, 420.0, 158.0), (492.0, 252.0, 420.0, 158.0), (48.0, 80.0, 420.0, 158.0),
            (492.0, 80.0, 420.0, 158.0)]


def make_slides(out, pm):
    path = out / "slides.pdf"
    lay = Layout((SL_W, SL_H))
    F, FB, FI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
    FS, LEAD = 13.0, 16.5
    GREY = (0.4, 0.4, 0.4)

    def meas(s):
        return sw(s, F, FS)

    # slide 1: title
    lay.new_page()
    lay.rect(0, 0, SL_W, SL_H, NAVY)
    lay.text(60, 330, "Learning from the Safeguarding Adults Review:", FB, 30, (1, 1, 1))
    lay.text(60, 292, "Mr F", FB, 30, (1, 1, 1))
    lay.text(60, 250, "Practitioner briefing \u2013 Skarrow Safeguarding Adults Board \u2013 spring 2025", F, 16,
             (1, 1, 1))
    lay.text(60, 80, FICT + ". Every person, place and service named here is invented.", FI, 12, (1, 1, 1))
    # slide 2: agenda (section numbers "01".."04", not points)
    lay.new_page()
    lay.text(48, 462, "What this briefing covers", FB, 26, NAVY)
    secs, pt = [], 0
    for tag, sec, _t, _l, pts in SL_PLAN:
        n_new = len([x for x in pts if x != "B"])
        if secs and secs[-1][0] == tag:
            secs[-1][2] += n_new
        else:
            secs.append([tag, sec, n_new])
    y = 390.0
    for tag, sec, n_new in secs:
        lay.text(80, y, tag, FB, 36, ORANGE)
        lay.text(160, y + 8, sec, FB, 20, NAVY)
        lay.text(160, y - 12, f"Points {pt + 1}\u2013{pt + n_new}", F, 12, GREY)
        pt += n_new
        y -= 78
    result, texts, ends, labels, pieces, boxes_of, n = [], [], [], [], {}, [], 0
    split_parts = None
    for tag, sec, title, layout, pts in SL_PLAN:
        pg = lay.new_page()
        lay.text(48, 495, f"{tag}  {sec.upper()}", FB, 11, ORANGE)
        lay.text(48, 462, title, FB, 26, NAVY)
        lay.line(48, 448, 912, 448, 1.0, ORANGE)
        circles = []
        for (bx, by, bw, bh), spec in zip(sl_boxes(layout), pts, strict=True):
            lay.add(("RR", bx, by, bw, bh, 10.0, BOXC))
            top = by + bh
            cx, cy = bx + 30, top - 30
            base = cy - 5.2
            tx, tw_ = bx + 60, bw - 78
            if spec == "B":
                label = str(n)
                words = split_parts[1].split()
                lay.text(tx, base, SL_CONT, FI, 11, GREY)
                base -= LEAD
            else:
                n += 1
                label = str(n)
                if spec == "A":
                    full = pm.make(110, "adult")
                    ss = sentences(full)
                    # as many whole sentences as the box holds (seven lines); the rest goes on the next slide
                    k = max(j for j in range(1, len(ss)) if len(wrap(" ".join(ss[:j]).split(), tw_, meas)) <= 7)
                    split_parts = (" ".join(ss[:k]), " ".join(ss[k:]))
                    if len(ss) - k < 2 or len(wrap(split_parts[0].split(), tw_, meas)) < 6:
                        raise AssertionError("slides.pdf: split")
                    words = split_parts[0].split()
                    pieces[label] = list(split_parts)
                else:
                    pieces[label] = [pm.make(spec, "adult")]
                    words = pieces[label][0].split()
                t = " ".join(pieces[label])
                texts.append(t)
                labels.append((pg, cx - sw(label, FB, 15) / 2, cy - 5.2))
                result.append(entry(label, pg, t))
                ends.append(pg)
            lines = wrap(words, tw_, meas)
            for ln in lines:
                lay.text(tx, base, " ".join(ln), F, FS, (0.1, 0.1, 0.1))
                base -= LEAD
            if base + LEAD < by + 10:
                raise AssertionError(f"slides.pdf: point {label} overflows its box")
            if spec == "B":
                ends[-1] = pg
            circles.append((cx, cy, label))
            boxes_of.append((pg, label, (bx, by, bw, bh), spec))
        for cx, cy, label in circles:  # the number shapes, added last, on top of the boxes
            lay.add(("C", cx, cy, 17.0, NAVY))
            lay.text(cx - sw(label, FB, 15) / 2, cy - 5.2, label, FB, 15, (1, 1, 1))
    # last slide: unnumbered bullets
    lay.new_page()
    lay.text(48, 462, "Find out more", FB, 26, NAVY)
    lay.line(48, 448, 912, 448, 1.0, ORANGE)
    for k, b in enumerate(["Read the full report and the board\u2019s response on the board\u2019s website.",
                           "Talk to your safeguarding lead about what this means for your team.",
                           "Book a place at the next learning event on self-neglect."]):
        lay.text(70, 390 - 40 * k, "\u2022", F, 18, ORANGE)
        lay.text(95, 390 - 40 * k, b, F, 18, NAVY)
    n_pages = lay.n
    for k in range(2, n_pages + 1):
        lay.text(48, 22, "Skarrow Safeguarding Adults Board  |  SAR Mr F: practitioner briefing  |  " + FICT, F, 9,
                 GREY, page=k)
        lay.text(912 - sw(str(k), F, 10), 22, str(k), F, 10, GREY, page=k)
        lay.text(912 - sw("Skarrow SAB", FB, 12), 500, "Skarrow SAB", FB, 12, NAVY, page=k)
    lay.render(path, {"Title": "SAR Mr F practitioner briefing (FICTIONAL)", "Author": "Skarrow SAB (FICTIONAL)",
                      "Subject": FICT, "Creator": "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365",
                      "Producer": "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"})
    check_lengths(path.name, texts, lo=30, hi=110)
    check_count(path.name, result)
    pages = pdf_pages(path)
    for pg, label, (bx, by, bw, bh), spec in boxes_of:
        got = words_of(pages[pg - 1], lambda c, bx=bx, by=by, bw=bw, bh=bh: bx <= c["x0"] and c["x1"] <= bx + bw
                       and by <= c["matrix"][5] <= by + bh)
        want = ([label, *norm(SL_CONT), *norm(pieces[label][1])] if spec == "B" else
                [label, *norm(pieces[label][0])])
        if got != want:
            raise AssertionError(f"slides.pdf: box of point {label}")
    for d, (pg, x, y) in zip(result, labels, strict=True):
        label_at(pages[pg - 1], x, y, d["label"], path.name)
    split = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    if len(split) != 1:
        raise AssertionError("slides.pdf: continued point")
    # side by side: the first line of the left box and of the right box share a baseline
    return {
        "note": (f"A practitioner briefing exported from PowerPoint ({n_pages} slides of 960 x 540 pt): slide 1 a "
                 "title, slide 2 an agenda of sections numbered '01'-'04' in large orange type with 'Points 1\u20132' "
                 "under each (contents, not paragraphs), then slides whose points are numbered 1 to %d straight "
                 "through: each point is the text of a pale rounded box, its number white in a navy circle at the "
                 "box's top left (the circles are drawn after all the boxes), level with the first line; two or three "
                 "boxes side by side (first lines on the same baseline) or four in a 2 x 2 grid. Point %s fills the "
                 "last box of its slide and carries on in the first box of the next slide, under its number again "
                 "and an italic grey 'continued from the previous slide' (not the point's words): one paragraph, "
                 "starting on the first of the two slides. Slide titles, section tags ('02  WHAT HAPPENED'), the "
                 "closing slide's bullets, footers and slide numbers are not paragraphs. Pages are physical (one "
                 "slide a page)." % (n, split[0])),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. textbox.docx: the summary's numbered paragraphs in a Word text box (DrawingML with its VML fallback copy);
#    Heading 2 sub-headings numbered in the paragraphs' own level
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
DOC_NS = (f'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="{MC_NS}" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          f'xmlns:r="{R_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          f'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="{W_NS}" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" mc:Ignorable="w14 wp14"')
TB_PLAN = [  # (page break before, heading 1, items); ("H2", title) = a numbered Heading 2
    (True, "Summary", "BOX"),
    (True, "Background", [90, 85, 90]),
    (True, "What happened", [65, 70, ("H2", "Housing and homelessness"), 70, 65, ("H2", "Health"), 70, 60]),
    (True, "Analysis", [("H2", "Information sharing"), 85, 90, ("H2", "Hearing the child"), 85, 80]),
    (True, "Conclusions and recommendations", [85, 80, 75]),
]
TB_BOX = [60, 65, 60, 70]
TB_TITLE = "Child Safeguarding Practice Review: Sibling Group P"
TB_STYLES = XML_HEAD + (
    '<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
    'w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="160" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\n'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="48"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr>'
    '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color '
    'w:val="1F4E79"/><w:sz w:val="32"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/>'
    '</w:numPr><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color '
    'w:val="2E74B5"/><w:sz w:val="26"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BoxHeading"><w:name w:val="Box heading"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/>'
    '<w:sz w:val="26"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BoxText"><w:name w:val="Box text"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs><w:spacing w:after="100"/>'
    '<w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:sz w:val="21"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:jc w:val="right"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>\n'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\n'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority '
    'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\n'
    '</w:styles>\n').replace("{W}", W_NS)
TB_NUMBERING = XML_HEAD + (
    '<w:numbering xmlns:w="{W}">'
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="4B7E2A19"/><w:multiLevelType w:val="multilevel"/>'
    '<w:tmpl w:val="0809001F"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
    '<w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>\n').replace("{W}", W_NS)
TB_HEADER = XML_HEAD + (
    '<w:hdr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t xml:space="preserve">Stowick '
    'Marsh SCP \u2013 CSPR Sibling Group P \u2013 {F}</w:t></w:r></w:p></w:hdr>\n').replace("{W}", W_NS).replace(
    "{F}", FICT)
TB_FOOTER = XML_HEAD + (
    '<w:ftr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t>'
    '</w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText>'
    '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar '
    'w:fldCharType="end"/></w:r></w:p></w:ftr>\n').replace("{W}", W_NS)
TB_CT = XML_HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="{CT}styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="{CT}numbering+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="{CT}settings+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="{CT}header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="{CT}footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>\n').replace("{CT}", CT_WML)
TB_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId2" Type="{P}/metadata/core-properties" '
    'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{D}/officeDocument" Target="word/document.xml"/>'
    '</Relationships>\n').replace("{P}", PKG_REL).replace("{D}", DOC_REL)
TB_DOC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{D}/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="{D}/settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="{D}/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId7" Type="{D}/header" Target="header1.xml"/>'
    '<Relationship Id="rId8" Type="{D}/footer" Target="footer1.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
TB_SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>\n').replace("{W}", W_NS)
TB_CORE = XML_HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>CSPR Sibling Group P</dc:title>'
    '<dc:subject>{F}</dc:subject><dc:creator>Stowick Marsh SCP (FICTIONAL)</dc:creator>'
    '<cp:revision>9</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-04T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-10T15:40:00Z</dcterms:modified>'
    '</cp:coreProperties>\n').replace("{F}", FICT)
SECT_PG = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" w:bottom="1440" w:left="1247" '
           'w:header="708" w:footer="708" w:gutter="0"/>')


def text_box(inner):
    """A Word 2010+ text box: the DrawingML shape, and the VML copy Word writes for older readers."""
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="2F1A6C3B" wp14:editId="5D0E7A44">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>114300</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5767070" cy="5400000"/><wp:effectExtent l="0" t="0" r="24130" b="19050"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5767070" cy="5400000"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E8F1F8"/>'
        '</a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="144000" tIns="108000" rIns="144000" bIns="108000" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;'
        'margin-left:0;margin-top:9pt;width:454.1pt;height:425.2pt;z-index:251659264;visibility:visible;'
        'mso-wrap-style:square;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text" fillcolor="#e8f1f8" strokecolor="#1f4e79" strokeweight="1pt">'
        f'<v:textbox inset="4mm,3mm,4mm,3mm"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        '<w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent>'
        '</w:r>')


def make_textbox(out, pm):
    path = out / "textbox.docx"
    num_p = '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:jc w:val="both"/></w:pPr>'
    body = ['<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>' + wr(TB_TITLE) + "</w:p>",
            "<w:p>" + wr("Stowick Marsh Safeguarding Children Partnership \u2013 published February 2025") + "</w:p>",
            "<w:p>" + wr(FICT + ". Every person, place and service named here is invented.", "<w:rPr><w:i/></w:rPr>")
            + "</w:p>"]
    result, texts, page, words, box = [], [], 1, {1: 40}, []
    for h, (brk, title, items) in enumerate(TB_PLAN, 1):
        if brk:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            page += 1
            words[page] = 0
        body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + wr(title) + "</w:p>")
        words[page] += 10
        if items == "BOX":
            inner = ['<w:p><w:pPr><w:pStyle w:val="BoxHeading"/></w:pPr>' + wr("Summary of findings") + "</w:p>"]
            for k, tw in enumerate(TB_BOX, 1):
                label = f"{h}.{k}"
                t = pm.make(tw, "child")
                texts.append(t)
                box.append((label, t))
                inner.append('<w:p><w:pPr><w:pStyle w:val="BoxText"/></w:pPr>' + wr(label) + "<w:r><w:tab/></w:r>"
                             + wr(t) + "</w:p>")
                result.append(entry(label, page, t))
                words[page] += len(t.split())
            body.append("<w:p>" + text_box("".join(inner)) + "</w:p>")
            body.append("<w:p>" + wr("The findings above are explained in sections 3 and 4 of this report.") + "</w:p>")
            continue
        k = 0
        for it in items:
            k += 1
            if isinstance(it, tuple):
                body.append('<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>' + wr(it[1]) + "</w:p>")
                words[page] += 6
                continue
            t = pm.make(it, "child")
            texts.append(t)
            body.append(f"<w:p>{num_p}{wr(t)}</w:p>")
            words[page] += len(t.split())
            result.append(entry(f"{h}.{k}", page, t))
    doc = (f'{XML_HEAD}<w:document {DOC_NS}><w:body>{"".join(body)}<w:sectPr>'
           '<w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/>'
           f'{SECT_PG}<w:cols w:space="708"/></w:sectPr></w:body></w:document>')
    parts = {"[Content_Types].xml": TB_CT, "_rels/.rels": TB_RELS, "word/document.xml": doc,
             "word/_rels/document.xml.rels": TB_DOC_RELS, "word/styles.xml": TB_STYLES,
             "word/numbering.xml": TB_NUMBERING, "word/settings.xml": TB_SETTINGS, "word/header1.xml": TB_HEADER,
             "word/footer1.xml": TB_FOOTER, "docProps/core.xml": TB_CORE}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 2, 10, 15, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    path.write_bytes(buf.getvalue())
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if page != 6 or max(words.values()) > 450:
        raise AssertionError(f"textbox.docx: pages {page}, words {words}")
    # read back with lxml and python-docx: count the list as Word does (Heading 1 at level 0; Heading 2 and the
    # numbered paragraphs share level 1), the text box once (its DrawingML copy), and check the VML copy is the same
    import docx
    from lxml import etree
    d = docx.Document(str(path))
    ns = {"w": W_NS, "mc": MC_NS, "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
          "v": "urn:schemas-microsoft-com:vml"}
    q = "{" + W_NS + "}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    choice = root.xpath("//mc:Choice//wps:txbx/w:txbxContent", namespaces=ns)
    fallback = root.xpath("//mc:Fallback//v:textbox/w:txbxContent", namespaces=ns)
    if len(choice) != 1 or etree.tostring(choice[0]) != etree.tostring(fallback[0]):
        raise AssertionError("textbox.docx: the VML copy")
    got, pg, counters, headings2 = [], 1, [0, 0], []
    for p in d.paragraphs:
        brks = len(p._p.xpath('./w:r/w:br[@w:type="page"]'))
        if p.style.name == "Heading 1":
            counters = [counters[0] + 1, 0]
        elif p.style.name == "Heading 2":
            counters[1] += 1
            headings2.append(f"{counters[0]}.{counters[1]}")
        elif p._p.pPr is not None and p._p.pPr.numPr is not None:
            counters[1] += 1
            got.append((f"{counters[0]}.{counters[1]}", pg, p.text))
        if etree.ElementBase.xpath(p._p, ".//mc:Choice//wps:txbx", namespaces=ns):
            for bp in choice[0].findall(q + "p"):
                runs = [t.text for t in bp.iter(q + "t")]
                if bp.find(q + "pPr/" + q + "pStyle").get(q + "val") == "BoxText":
                    if bp.find(".//" + q + "tab") is None or len(runs) != 2:
                        raise AssertionError("textbox.docx: box tab")
                    got.append((runs[0], pg, runs[1]))
        pg += brks
    if [(a, b, c) for a, b, c in got] != [(x["label"], x["page"], t) for x, t in zip(result, texts, strict=True)]:
        raise AssertionError("textbox.docx: read back")
    if headings2 != ["3.3", "3.6", "4.1", "4.4"]:
        raise AssertionError(f"textbox.docx: heading numbers {headings2}")
    if any(f"{x['label']}" in headings2 for x in result):
        raise AssertionError("textbox.docx: a heading number used twice")
    return {
        "note": ("A Word document (Arial 11 pt) whose 'Summary' (Heading 1, numbered 1 by the list) holds its "
                 "paragraphs 1.1\u20131.4 in a text box anchored to the empty paragraph under the heading: the box "
                 "is written twice in document.xml, as Word writes every text box, once as a DrawingML shape "
                 "(mc:Choice Requires=\"wps\", wps:txbx) and once as its VML copy (mc:Fallback, v:textbox), with "
                 "the same paragraphs; each box paragraph has a typed number and a tab ('1.1<tab>...', style 'Box "
                 "text') under an unnumbered 'Summary of findings'. A reader must take one copy, not both. The body "
                 "is numbered by one list: Heading 1 at level 0 ('2 Background') and both the numbered paragraphs "
                 "(direct w:numPr, ilvl 1) and Heading 2 (its style's w:numPr, ilvl 1) at level 1 ('%1.%2'), so the "
                 "sub-headings take numbers in the paragraphs' sequence: 'Housing and homelessness' is 3.3 and "
                 "'Health' 3.6, 'Information sharing' is 4.1 (the first number of section 4) and 'Hearing the "
                 "child' 4.4. Numbered headings are not paragraphs, so the key goes 3.2, 3.4 ... 3.5, 3.7 and "
                 "section 4 starts at 4.2. The unnumbered line after the box is not a paragraph. Header and "
                 "'Page N' footer. Pages are counted from explicit breaks: page = 1 + the page breaks before the "
                 "paragraph's first line; the box's paragraphs are on the page of the paragraph anchoring the box "
                 "(each page holds at most about 450 words)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. legislative.html: a GOV.UK HTML publication whose paragraphs are items of govspeak "legislative lists"
#    (<ol class="legislative-list">, list markers hidden, the number typed in the item's text)
# --------------------------------------------------------------------------
LG_PLAN = [
    ("introduction", "Introduction", [70, 80, 65]),
    ("the-family", "The family", [90, "FN", 95]),
    ("what-happened", "What happened", ["FN", "SUB", 90, ("H3", "The final weeks"), 85, "2P", 80]),
    ("findings", "Findings", [100, 95, "FN", 90]),
    ("recommendations", "Recommendations", [75, 70]),
]
LG_TITLE = "Child Safeguarding Practice Review: Baby T"
LG_ABBR = [  # a sentence put second in a paragraph: (plain text, marked-up text, footnote text)
    ("The MASH screened the contact within a day and passed it to early help.",
     '<abbr title="Multi-Agency Safeguarding Hub">MASH</abbr>',
     "The MASH is the partnership\u2019s front door for contacts about children; see the Brellingford procedures, "
     "chapter 2."),
    ("The DSL at the nursery had raised the same worry in writing the week before.",
     '<abbr title="designated safeguarding lead">DSL</abbr>',
     "Each school and nursery names a designated safeguarding lead under the statutory guidance."),
    ("An ICPC was considered and not convened, because the threshold was thought not to be met.",
     '<abbr title="initial child protection conference">ICPC</abbr>',
     "An initial child protection conference decides whether a child needs a child protection plan."),
]
LG_SUB = [
    "(a) the health visitor had not been told that the family had moved twice in the spring;",
    "(b) the referral from the hospital described bruising but did not say where on the body it was seen;",
    "(c) no professional had met the mother\u2019s new partner or asked who else cared for the baby.",
]
NBSP = "\u00a0"


def make_legislative(out, pm):
    path = out / "legislative.html"
    result, texts, pieces, body, toc, fns, fn_plain = [], [], {}, [], [], [], {}
    abbr_k = 0
    for h, (anchor, title, items) in enumerate(LG_PLAN, 1):
        toc.append(f'<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--numbered">'
                   f'<span class="gem-c-contents-list__number">{h}. </span><span class="gem-c-contents-list__numbered-'
                   f'text"><a class="gem-c-contents-list__link govuk-link" href="#{anchor}">{hesc(title)}</a></span>'
                   '</li>')
        body.append(f'<h2 id="{anchor}">{h}. {hesc(title)}</h2>')
        body.append('<ol class="legislative-list">')
        k = 0
        for it in items:
            if isinstance(it, tuple):  # an unnumbered sub-heading: the list is closed and a new one opened
                body.append("</ol>")
                body.append(f'<h3 id="{it[1].lower().replace(" ", "-")}">{hesc(it[1])}</h3>')
                body.append('<ol class="legislative-list">')
                continue
            k += 1
            label = f"{h}.{k}"
            sep = NBSP if label in ("2.3", "4.2") else " "  # pasted from Word: a no-break space after the number
            if it == "FN":
                t = pm.make(85, "child")
                first, rest = re.match(r"(.+?[.!?])\s(.*)", t).groups()
                plain, abbr, note = LG_ABBR[abbr_k]
                abbr_k += 1
                fns.append(note)
                n_fn = len(fns)
                word = re.search(r">(\w+)<", abbr).group(1)
                marked = hesc(plain).replace(word, abbr, 1)
                marked = marked[:-1] + (f'<sup id="fnref:{n_fn}" role="doc-noteref"><a href="#fn:{n_fn}" '
                                        f'class="govuk-link" rel="footnote">[footnote {n_fn}]</a></sup>.')
                t = f"{first} {plain} {rest}"
                fn_plain[label] = n_fn
                pieces[label] = [t]
                html = (f"<li>\n<p>{label}{sep}{hesc(first)} {marked} {hesc(rest)}</p>\n</li>")
            elif it == "SUB":
                a, b = pm.make(60, "child"), pm.make(55, "child")
                pieces[label] = [a, *LG_SUB, b]
                html = (f"<li>\n<p>{label}{sep}{hesc(a)}</p>\n<ol class=\"legislative-list\">\n"
                        + "".join(f"<li>\n<p>{hesc(x)}</p>\n</li>\n" for x in LG_SUB)
                        + f"</ol>\n<p>{hesc(b)}</p>\n</li>")
            elif it == "2P":
                a, b = pm.make(70, "child"), pm.make(55, "child")
                pieces[label] = [a, b]
                html = f"<li>\n<p>{label}{sep}{hesc(a)}</p>\n<p>{hesc(b)}</p>\n</li>"
            else:
                pieces[label] = [pm.make(it, "child")]
                html = f"<li>\n<p>{label}{sep}{hesc(pieces[label][0])}</p>\n</li>"
            t = " ".join(pieces[label])
            texts.append(t)
            result.append(entry(label, None, t))
            body.append(html)
        body.append("</ol>")
        body.append('<p class="govuk-body back-to-top"><a class="govuk-link" href="#contents">Back to top</a></p>')
    notes = "".join(f'<li id="fn:{k}" role="doc-endnote">\n<p>{hesc(n)} <a href="#fnref:{k}" class="govuk-link" '
                    f'aria-label="go to where this is referenced" role="doc-backlink">\u21a9</a></p>\n</li>\n'
                    for k, n in enumerate(fns, 1))
    body.append(f'<div class="footnotes" role="doc-endnotes">\n<ol>\n{notes}</ol>\n</div>')
    page = f"""<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>{hesc(LG_TITLE)} (FICTIONAL) - GOV.UK</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta property="og:type" content="article">
  <style>
    .govuk-govspeak ol.legislative-list {{ list-style: none; margin-left: 0; padding-left: 0; }}
    .govuk-govspeak ol.legislative-list ol.legislative-list {{ margin-left: 2em; }}
    .gem-c-contents-list__list {{ list-style: none; }}
  </style>
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <div id="global-cookie-message" class="gem-c-cookie-banner" hidden>
    <p class="govuk-body">We use some essential cookies to make this website work.</p>
  </div>
  <header role="banner" class="govuk-header"><div class="govuk-header__container govuk-width-container">
    <a href="/" class="govuk-header__link govuk-header__link--homepage">GOV.UK</a></div></header>
  <div class="govuk-width-container">
    <nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">
      <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
      <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/childcare-parenting">Parenting,
        childcare and children's services</a></li></ol></nav>
    <main role="main" id="main-content" class="html-publication" lang="en">
      <div class="gem-c-inverse-header html-publication-header">
        <span class="gem-c-title__context">Independent report</span>
        <h1 class="gem-c-title__text">{hesc(LG_TITLE)}</h1>
        <p class="publication-header__last-changed">Published 12 March 2025</p>
      </div>
      <div class="govuk-grid-row sidebar-with-body">
        <div class="govuk-grid-column-one-quarter-from-desktop contents-list-container">
          <nav class="gem-c-contents-list" aria-label="Contents" role="navigation" id="contents">
            <h2 class="gem-c-contents-list__title">Contents</h2>
            <ol class="gem-c-contents-list__list">
              {chr(10).join("              " + x for x in toc).strip()}
            </ol>
          </nav>
        </div>
        <div class="print-wrapper"><div class="print-meta-data"><p>&copy; Crown copyright 2025</p>
          <p>This publication is available at https://www.gov.uk/government/publications/cspr-baby-t-fictional</p>
        </div></div>
        <div class="main-content-container">
          <div class="gem-c-govspeak-html-publication">
            <div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">
              <div class="govspeak">
<p><strong>{FICT}.</strong> Every person, place and service named in this report is invented.</p>
{chr(10).join(body)}
              </div>
            </div>
          </div>
        </div>
      </div>
      <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
        <div class="gem-c-print-link"><button class="govuk-link govuk-body-s gem-c-print-link__button">Print this
          page</button></div></div></div>
    </main>
  </div>
  <footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container">
    <ul class="govuk-footer__inline-list"><li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy
      </a></li><li><a href="/help/cookies">Cookies</a></li><li><a href="/help/accessibility-statement">Accessibility
      statement</a></li></ul>
    <p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p>
    <p>&copy; Crown copyright</p></div></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    got, cuts = [], 0
    gs = root.xpath('//div[@class="govspeak"]')[0]
    for ol in gs.xpath('./ol[@class="legislative-list"]'):
        if ol.get("start") is not None:
            raise AssertionError("legislative.html: start")
        for li in ol.xpath("./li"):
            for sup in li.xpath('.//sup[@role="doc-noteref"]'):  # read without the footnote marker
                sup.drop_tree()
                cuts += 1
            blocks = [" ".join(e.text_content().split()) for e in li.xpath("./p | ./ol/li/p")]
            m = re.match(r"(\d+\.\d+)[ \u00a0](.*)", li.xpath("./p")[0].text_content(), re.S)
            blocks[0] = " ".join(m.group(2).split())
            got.append((m.group(1), blocks))
    if got != [(d["label"], pieces[d["label"]]) for d in result] or cuts != len(fns):
        raise AssertionError("legislative.html: read back")
    if len(gs.xpath('./ol[@class="legislative-list"]')) != len(LG_PLAN) + 1:
        raise AssertionError("legislative.html: lists")
    return {
        "note": ("A GOV.UK HTML publication: inside <div class=\"govspeak\"> each section is an <h2> with a typed "
                 "number ('3. What happened') followed by govspeak legislative lists: <ol class=\"legislative-list\"> "
                 "whose list markers are hidden by CSS (list-style: none) and whose <li> items begin with the typed "
                 "paragraph number ('3.4 The ...'; in 2.3 and 4.2 a no-break space follows the number). The label is "
                 "the typed number, not the list's own count (which restarts at 1 in every list, and in section 3 "
                 "again after the unnumbered <h3> 'The final weeks' that splits the list: 3.4 is the first item of "
                 "its list). 3.2 holds a nested legislative list of typed '(a)'-'(c)' items and a second <p> after "
                 "it (its last words are that <p>'s); 3.5 holds two <p>s (one paragraph). 2.2, 3.1 and 4.3 hold an "
                 "<abbr title=...> (the title is not printed) and a footnote reference '[footnote 1]' in <sup> in "
                 "their second sentence; the footnotes <ol> at the end, the numbered contents list (<nav> with "
                 "'1. ' spans), 'Back to top' links after each section, breadcrumbs, 'Print this page', header and "
                 "footer are not paragraphs and not part of any. No pages (page null)."),
        "paragraphs": result,
    }


def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts(T1_FACES)
    pm = ParaMaker()
    exp = {}
    exp["threaded.pdf"] = make_threaded(out, pm)
    exp["ruled.pdf"] = make_ruled(out, pm)
    exp["slides.pdf"] = make_slides(out, pm)
    exp["textbox.docx"] = make_textbox(out, pm)
    exp["legislative.html"] = make_legislative(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
