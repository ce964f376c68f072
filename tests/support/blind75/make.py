"""Blind fixture generator 75: five FICTIONAL files, each a review or an analysis of reviews FULL OF FIGURES, as annual
reports and thematic analyses are: NUMBERED PARAGRAPHS AMONG STATISTICS, CHARTS AND TABLES. Vector charts drawn with
real text labels (axis ticks "0.5", "1.0" ... and data labels "2.1" at the left margin where paragraph numbers stand,
a legend, a title "Figure 3.2: ...", a "Source: ..." note), data tables whose first column holds decimals or numbered
rows ("3.1 | Self-neglect | 42 | 17%") split over a page break with the header row repeated, a paragraph interrupted
by a full-width chart or table and carried on after it, percentages, rates and ranges in running text and a printed
line that begins "12.5% of the adults ...", an infographic page of big numbers in boxes ("1 in 4") and a chart
exported as an image with its own caption.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab, Pillow, lxml and pdfplumber; no network. Each PDF is laid out first into a record
(A4 pages; every line as printed with its page, x, the baseline's depth below the top, face, size, colour and role:
a paragraph's number, its words, or furniture; rules, filled rectangles, pictures, and the blocks: each chart, table
part and infographic with its rectangle), its body poured by one Flow (a heading kept with three lines, a paragraph's
first two lines kept together, a block moved whole to the next frame, a table split row by row with its header row
drawn again), and drawn with reportlab as its tool would (Word's "Save as PDF": embedded TrueType subsets; InDesign
for the summary). The Word report is written part by part as Word saves it, the web page as a statistics publisher
writes one.

The key is worked out from the record or the body (the lines in the order poured; a paragraph from its number; the
words carried on after a block are the same paragraph's) and checked WITHOUT the project's parser: every PDF is read
back character for character at its places with pdfplumber (no other character), and its key worked out a second time
by a reader's rule (in each body frame, top to bottom, leaving out what lies in a block's rectangle: a line in the
body's number face and size whose first glyph is at the number's place and reads like 4.2 or 12, its words starting at
the indent, opens a paragraph; a line in the body's type at the carry-on place carries it on; anything else ends
it); each trap is shown to be in the file (tick and data labels reading like numbers at the left margin, table rows
opening "3.1", the header row twice, a line opening "12.5%"). The Word report's typed numbers, texts and pages (1 + the
page breaks before the paragraph) are read back from its document.xml, the table's header row marked to repeat; the
web page's paragraphs are read back with lxml, and its SVG labels, table rows and key facts are shown to be there.

charts.pdf       A PARTNERSHIP'S ANNUAL REPORT saved by Word: a vertical bar chart (Figure 2.1: y ticks "0.0" to "3.0"
                 at the left margin, data labels over the bars, a legend, a source note) INTERRUPTING 2.2 mid-sentence,
                 and a horizontal bar chart (Figure 3.2: each locality's rate "2.1", "1.7" ... printed at the left
                 margin before its name and bar) between 3.1 and 3.2; rates and percentages in running text
tables.pdf       A THEMATIC ANALYSIS OF SARs saved by Word, paragraphs set "2.4<TAB>words" with the lines after the
                 first at the left margin: Table 1 (years, rates, "12.5%"), and Table 2 (first column "3.1" to "3.11")
                 INTERRUPTING 2.4 and SPLIT OVER A PAGE BREAK with its header row repeated; a printed line of a
                 paragraph that begins "12.5% of the adults ..." at the left margin
infographic.pdf  A BOARD'S ANNUAL SUMMARY from InDesign: plain numbers 1-13 in bold, AN INFOGRAPHIC PAGE ("2024 at a
                 glance": "1 in 4", "312", "4.3", "68%", "2.5", "9.2 days" in boxes) and Figure 4 A CHART EXPORTED AS
                 AN IMAGE with its caption and source as text
annual.docx      A BOARD'S ANNUAL REPORT IN WORD: typed "2.1<TAB>" paragraphs, a key-facts table of big numbers, Figure
                 2 as an inline picture with caption and source, Table 1 (header row w:tblHeader, first column "1.1
                 Neglect ...") INTERRUPTING 2.3, its words carried on in an unnumbered paragraph after the table
release.html     AN ANALYSIS OF DHRs AS A STATISTICS WEB PAGE: key facts ("1 in 4", "12.5"), an inline SVG bar chart
                 with <text> ticks "0.0" to "12.5" and data labels, a <table> whose row headers are "3.1" to "3.6" in
                 section 3, beside paragraphs 3.1 to 3.3

Judgement calls (as in earlier rounds, what a practitioner citing the report would expect):
- each key holds the report's own numbered paragraphs only, each once, in reading order; never chart labels (ticks,
  data labels, legends, titles), table rows even those opening "3.1", captions, source notes, infographic figures,
  headings, running heads or page footers;
- a paragraph interrupted by a chart or a table is ONE paragraph: its number where it starts, its words carried on
  after the block (they go on mid-sentence), so its ends_with is the last words after the block;
- pages: the PDF page where the paragraph starts, 1-based; for Word 1 + the page breaks (<w:br w:type="page"/>)
  before the paragraph in document.xml, as earlier DOCX keys give them; for HTML none (null).
"""
import io
import itertools
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import draw as _draw  # type: ignore
    from blindkit import harness as _harness  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry, sentences  # type: ignore
    from blindkit.markup import SECT_A4, XML_HEAD, hesc, xesc  # type: ignore
    from blindkit.wordml import DOC_REL, PKG_REL, W_NS, field, wr  # type: ignore

    _text = _harness.load(__file__, "blind75_text", "text.py")
else:
    from ..blindkit import draw as _draw
    from ..blindkit import harness as _harness
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry, sentences
    from ..blindkit.markup import SECT_A4, XML_HEAD, hesc, xesc
    from ..blindkit.wordml import DOC_REL, PKG_REL, W_NS, field, wr
    from . import text as _text

ParaMaker, norm, contains_seq, first_sentence = _text.ParaMaker, _text.norm, _text.contains_seq, _text.first_sentence
FICT, INVENTED = _text.FICT, _text.INVENTED
FACES = {"Vera": "Vera.ttf", "VeraBd": "VeraBd.ttf", "VeraIt": "VeraIt.ttf"}
PS = {"Vera": "+BitstreamVeraSans-Roman", "VeraBd": "+BitstreamVeraSans-Bold", "VeraIt": "+BitstreamVeraSans-Oblique"}
A4 = (595.28, 841.89)
INK, GREY = (0, 0, 0), (0.4, 0.4, 0.4)
NAVY = (0.106, 0.227, 0.361)
TEAL = (0.0, 0.478, 0.502)
PALE = (0.86, 0.90, 0.94)
SERIES = [NAVY, (0.55, 0.72, 0.84)]
NUMBER = re.compile(r"\d+(?:\.\d+)?")
WORD_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------
# The record of a PDF: A4 pages, every line as printed, rules, fills, pictures and blocks
# --------------------------------------------------------------------------
class Book:
    """Pages (A4); lines [{page, x, d, s, face, size, rgb, role, para}] with d the baseline's depth below the page's
    top; rules [(page, x1, d1, x2, d2, lw, rgb)]; fills [(page, x, d, w, h, rgb)] (d the top's depth); pictures
    [(page, x, d, w, h, png)]; blocks [(page, x0, d0, x1, d1, kind, name)]: the rectangle of each chart, table part
    or infographic."""

    def __init__(self):
        self.pages, self.lines, self.rules, self.fills, self.pictures, self.blocks = 0, [], [], [], [], []

    def page(self):
        self.pages += 1
        return self.pages

    def text(self, pg, x, d, s, face="Vera", size=10.0, rgb=INK, role="furniture", para=None):
        self.lines.append({"page": pg, "x": x, "d": d, "s": s, "face": face, "size": size, "rgb": rgb,
                           "role": role, "para": para})

    def rule(self, pg, x1, d1, x2, d2, lw=0.5, rgb=INK):
        self.rules.append((pg, x1, d1, x2, d2, lw, rgb))

    def fill(self, pg, x, d, w, h, rgb):
        self.fills.append((pg, x, d, w, h, rgb))

    def on(self, k):
        return [ln for ln in self.lines if ln["page"] == k]

    def width(self, ln):
        return _draw.sw(ln["s"], ln["face"], ln["size"])


def right(book, pg, x, d, s, face="Vera", size=9.0, rgb=INK):
    book.text(pg, x - _draw.sw(s, face, size), d, s, face, size, rgb)


def centred(book, pg, cx, d, s, face="Vera", size=9.0, rgb=INK):
    book.text(pg, cx - _draw.sw(s, face, size) / 2, d, s, face, size, rgb)


# --------------------------------------------------------------------------
# Blocks: charts, tables, a picture with its caption, an infographic page
# --------------------------------------------------------------------------
def bar_chart(book, pg, x, d0, w, spec):
    """A vertical bar chart as Word draws one into its PDF: the title, the axis title, tick labels LEFT-ALIGNED AT
    THE FRAME'S LEFT (x), gridlines, two series of bars with a data label over each, the categories, a legend, the
    source note. Returns its height."""
    book.text(pg, x, d0 + 11, spec["title"], "VeraBd", 9.5, NAVY)
    book.text(pg, x, d0 + 27, spec["axis"], "Vera", 8, GREY)
    top, h = d0 + 38, 150.0
    ax = x + 30
    ticks = spec["ticks"]
    hi = float(ticks[-1])
    for k, t in enumerate(ticks):
        d = top + h - h * k / (len(ticks) - 1)
        book.text(pg, x, d + 3, t, "Vera", 9)
        book.rule(pg, ax, d, x + w, d, 0.4 if k else 0.8, (0.75, 0.75, 0.75) if k else INK)
    cats, series = spec["cats"], spec["series"]
    gw = (x + w - ax - 10) / len(cats)
    bw = 22.0
    for i, cat in enumerate(cats):
        gx = ax + 10 + i * gw + (gw - bw * len(series)) / 2
        for j, (_name, vals) in enumerate(series):
            v = vals[i]
            bh = h * v / hi
            bx = gx + j * bw
            book.fill(pg, bx, top + h - bh, bw - 2, bh, SERIES[j])
            centred(book, pg, bx + (bw - 2) / 2, top + h - bh - 3, f"{v:.1f}", "Vera", 8)
        centred(book, pg, ax + 10 + i * gw + gw / 2, top + h + 13, cat, "Vera", 8.5)
    lx, ld = ax + 10, top + h + 30
    for j, (name, _vals) in enumerate(series):
        book.fill(pg, lx, ld - 7, 9, 7, SERIES[j])
        book.text(pg, lx + 13, ld, name, "Vera", 8.5)
        lx += 13 + _draw.sw(name, "Vera", 8.5) + 24
    book.text(pg, x, ld + 17, spec["source"], "VeraIt", 8, GREY)
    return ld + 23 - d0


def hbar_chart(book, pg, x, d0, w, spec):
    """A horizontal bar chart: each row's value PRINTED AT THE FRAME'S LEFT (x), the locality's name after it, the
    bar; the title above and the source note below. Returns its height."""
    book.text(pg, x, d0 + 11, spec["title"], "VeraBd", 9.5, NAVY)
    d = d0 + 32
    bx = x + 130
    top = max(float(v) for v, _n in spec["rows"])
    for v, name in spec["rows"]:
        book.text(pg, x, d, v, "Vera", 9)
        book.text(pg, x + 34, d, name, "Vera", 9)
        book.fill(pg, bx, d - 9, (x + w - bx - 10) * float(v) / top, 11, TEAL)
        d += 19
    book.rule(pg, bx, d0 + 18, bx, d - 12, 0.8)
    book.text(pg, x, d + 4, spec["source"], "VeraIt", 8, GREY)
    return d + 10 - d0


def picture_block(book, pg, x, d0, w, png, size, caption, source):
    """A chart exported as an image, scaled to the frame's width, its caption and source note as text below."""
    iw, ih = size
    h = w * ih / iw
    book.pictures.append((pg, x, d0 + 4, w, h, png))
    book.text(pg, x, d0 + h + 18, caption, "VeraBd", 9, NAVY)
    book.text(pg, x, d0 + h + 31, source, "VeraIt", 8, GREY)
    return h + 38


def table_widths(spec):
    """The columns' shares of the frame's width: a reference, a theme and two figures; or four figures."""
    return [0.12, 0.52, 0.16, 0.20] if spec["head"][0] == "Ref" else [0.22, 0.22, 0.32, 0.24]


def table_row(book, pg, x, d, w, cells, spec, head=False):
    """One row of a ruled table: the first column left-aligned at x (its cell's text starting 4 pt in, as Word's
    cell margin puts it), the others at their columns; the header row bold on a pale fill."""
    fr = table_widths(spec)
    h = 17.0
    if head:
        book.fill(pg, x, d, w, h, PALE)
    cx = x
    for k, c in enumerate(cells):
        face = "VeraBd" if head else "Vera"
        book.text(pg, cx + 4, d + 12, c, face, 9)
        cx += fr[k] * w
    book.rule(pg, x, d + h, x + w, d + h, 0.8 if head else 0.4, INK if head else (0.6, 0.6, 0.6))
    return h


def info_page(book, pg, x, d0, w, facts, title):
    """The infographic page: a heading and six boxes of big numbers with their labels, two to a row."""
    book.text(pg, x, d0 + 26, title, "VeraBd", 24, TEAL)
    bw, bh, gap = (w - 18) / 2, 150.0, 18.0
    for k, (num, label) in enumerate(facts):
        bx = x + (k % 2) * (bw + gap)
        by = d0 + 60 + (k // 2) * (bh + gap)
        book.fill(pg, bx, by, bw, bh, PALE if k % 3 else (0.85, 0.94, 0.93))
        book.text(pg, bx + 16, by + 58, num, "VeraBd", 34, TEAL if k % 2 else NAVY)
        for i, ln in enumerate(_draw.lines_of(label, bw - 32, "Vera", 11)):
            book.text(pg, bx + 16, by + 88 + 15 * i, ln, "Vera", 11)
    return 60 + 3 * (bh + gap)


# --------------------------------------------------------------------------
# The flow: a review's body poured into frames
# --------------------------------------------------------------------------
class Flow:
    """The body poured into frames {page, x, top, bottom, w} (depths), a new frame from new_frame() when the one in
    hand is full. A paragraph: "hang" (its number at x, every line of words at x + indent) or "block" (its number at
    x, its first line at x + indent, the lines after it at x); its first two lines kept together. A heading kept with
    the next three lines. A block (chart, picture) moved whole to the next frame; a table split row by row, its header
    row drawn again at the top of the next frame; an infographic a page of its own. A "cut" paragraph is interrupted
    mid-sentence by its block and carried on after it. Keeps frames, blocks, each paragraph's first and last page."""

    def __init__(self, book, new_frame, mode="hang", size=10.5, lead=14.5, gap=8.0, hsize=13.0, hlead=18.0,
                 hgap=14.0, indent=34.0, num_face="Vera", num_rgb=INK, specs=None, pngs=None):
        self.book, self.new_frame, self.mode = book, new_frame, mode
        self.size, self.lead, self.gap = size, lead, gap
        self.hsize, self.hlead, self.hgap, self.indent = hsize, hlead, hgap, indent
        self.num_face, self.num_rgb = num_face, num_rgb
        self.specs, self.pngs = specs or {}, pngs or {}
        self.frames, self.where, self.ends, self.cuts = [], {}, {}, {}
        self.fr = self.cur = None

    def next(self):
        self.fr = self.new_frame()
        self.frames.append(self.fr)
        self.cur = self.fr["top"]

    def fits(self, h):
        return self.cur + h <= self.fr["bottom"]

    def pour(self, items, texts):
        for it in items:
            if it[0] == "h":
                g = 0.0 if self.cur == self.fr["top"] else self.hgap
                if not self.fits(g + self.hlead + 3 * self.lead + self.gap):
                    self.next()
                    g = 0.0
                self.book.text(self.fr["page"], self.fr["x"], self.cur + g + self.hlead * 0.78, it[1], "VeraBd",
                               self.hsize, NAVY)
                self.cur += g + self.hlead
            elif it[0] == "cut":
                first, rest = cut_words(texts[it[1]])
                self.cuts[it[1]] = (first, rest)
                self.para(it[1], first)
                self.block(it[3])
                self.para(it[1], rest, carry=True)
            elif it[0] in ("chart", "table", "image", "info"):
                self.block(it[1])
            else:
                self.para(it[0], texts[it[0]])

    def wrap(self, t, carry=False):
        w = self.fr["w"]
        if self.mode == "hang":
            return _draw.lines_of(t, w - self.indent, "Vera", self.size)
        return _draw.lines_of(t, w, "Vera", self.size, None if carry else w - self.indent)

    def para(self, label, t, carry=False):
        lines = self.wrap(t, carry)
        g = 0.0 if self.cur == self.fr["top"] else self.gap
        if not self.fits(g + 2 * self.lead):
            self.next()
        for i, ln in enumerate(lines):
            g = self.gap if i == 0 and self.cur != self.fr["top"] else 0.0
            if not self.fits(g + self.lead):
                self.next()
                g = 0.0
            d, pg, x = self.cur + g + self.lead * 0.78, self.fr["page"], self.fr["x"]
            if i == 0 and not carry:
                self.book.text(pg, x, d, label, self.num_face, self.size, self.num_rgb, role="num", para=label)
                self.where[label] = pg
            at = x + self.indent if (self.mode == "hang" or (i == 0 and not carry)) else x
            self.book.text(pg, at, d, ln, "Vera", self.size, role="para", para=label)
            self.ends[label] = pg
            self.cur += g + self.lead

    def block(self, name):
        spec = self.specs[name]
        kind = spec["kind"]
        if kind == "table":
            return self.table(name, spec)
        if kind == "info":
            if self.cur != self.fr["top"]:
                self.next()
            pg, x = self.fr["page"], self.fr["x"]
            h = info_page(self.book, pg, x, self.cur, self.fr["w"], spec["facts"], spec["title"])
            self.book.blocks.append((pg, x, self.cur, x + self.fr["w"], self.cur + h, kind, name))
            self.next()
            return None
        probe = Book()
        probe.pages = 1
        h = self.draw(probe, 1, 0.0, spec)
        g = 0.0 if self.cur == self.fr["top"] else 12.0
        if not self.fits(g + h):
            self.next()
            g = 0.0
        pg, x = self.fr["page"], self.fr["x"]
        self.draw(self.book, pg, self.cur + g, spec)
        self.book.blocks.append((pg, x, self.cur + g, x + self.fr["w"], self.cur + g + h, kind, name))
        self.cur += g + h + 4.0
        return None

    def draw(self, book, pg, d0, spec):
        x, w = self.fr["x"], self.fr["w"]
        if spec["kind"] == "chart":
            return bar_chart(book, pg, x, d0, w, spec)
        if spec["kind"] == "hchart":
            return hbar_chart(book, pg, x, d0, w, spec)
        png, size = self.pngs[spec["png"]]
        return picture_block(book, pg, x, d0, w, png, size, spec["caption"], spec["source"])

    def table(self, name, spec):
        """The caption kept with the header row and two rows; rows poured one by one; at a frame's foot the table
        goes on in the next frame under its header row drawn again; the source note after the last row."""
        rh = 17.0
        g = 0.0 if self.cur == self.fr["top"] else 12.0
        if not self.fits(g + 16 + 3 * rh):
            self.next()
            g = 0.0
        pg, x, w = self.fr["page"], self.fr["x"], self.fr["w"]
        start = self.cur + g
        self.book.text(pg, x, start + 11, spec["caption"], "VeraBd", 9.5, NAVY)
        d = start + 16
        d += table_row(self.book, pg, x, d, w, spec["head"], spec, head=True)
        for row in spec["rows"]:
            if d + rh > self.fr["bottom"]:
                self.book.blocks.append((pg, x, start, x + w, d, "table", name))
                self.next()
                pg = self.fr["page"]
                start = d = self.cur
                d += table_row(self.book, pg, x, d, w, spec["head"], spec, head=True)
            d += table_row(self.book, pg, x, d, w, row, spec)
        if d + 14 > self.fr["bottom"]:
            self.book.blocks.append((pg, x, start, x + w, d, "table", name))
            self.next()
            pg = self.fr["page"]
            start = d = self.cur
        self.book.text(pg, x, d + 12, spec["source"], "VeraIt", 8, GREY)
        d += 16
        self.book.blocks.append((pg, x, start, x + w, d, "table", name))
        self.cur = d + 4.0


def cut_words(t):
    """A paragraph cut mid-sentence, about half way: the first part ends, and the rest begins, inside a sentence."""
    words = t.split(" ")
    k = len(words) // 2
    while words[k - 1][-1] in ".,;:" or words[k][0].isupper() or words[k][0].isdigit():
        k += 1
    return " ".join(words[:k]), " ".join(words[k:])


def with_figures(pm, body, kind, figures):
    """The paragraphs' words: the paragraph maker's, each figure sentence put after its paragraph's first sentence."""
    texts = {}
    for it in body:
        if it[0] == "cut":
            lab, n = it[1], it[2]
        elif it[0] in ("h", "chart", "table", "image", "info", "facts", "svg"):
            continue
        else:
            lab, n = it
        t = pm.make(n, kind)
        if lab in figures:
            s = first_sentence(t)
            t = s + " " + figures[lab] + t[len(s):]
        texts[lab] = t
    return texts


def key_from_record(book):
    """[(label, page, words)] from the lines in the order poured: a paragraph from its number, its words every
    'para' line of it (the lines carried on after a block too)."""
    order, pages, parts = [], {}, {}
    for ln in book.lines:
        if ln["role"] == "num":
            if ln["s"] in pages:
                raise AssertionError(f"record: {ln['s']} twice")
            order.append(ln["s"])
            pages[ln["s"]] = ln["page"]
        elif ln["role"] == "para":
            parts.setdefault(ln["para"], []).append(ln["s"])
    return [(lab, pages[lab], " ".join(parts[lab])) for lab in order]


def fonts():
    _draw.register_fonts({}, FACES)


def lay_report(texts, body, title, org, head, foot, specs, pngs=None, **flow):
    """A4 pages: page 1 opens with the title, the organisation and the fiction label; the body poured at 72 pt
    margins; from page 2 a running head over a rule; foot(page, pages) at every foot."""
    fonts()
    book = Book()

    def new_frame():
        pg = book.page()
        top = 72.0
        if pg == 1:
            book.text(pg, 72, 96, title, "VeraBd", 15, NAVY)
            book.text(pg, 72, 116, org, "Vera", 11)
            book.text(pg, 72, 134, f"{FICT} {INVENTED}", "VeraIt", 9, GREY)
            top = 160.0
        return {"page": pg, "x": 72.0, "top": top, "bottom": A4[1] - 72, "w": A4[0] - 144}

    fl = Flow(book, new_frame, specs=specs, pngs=pngs, **flow)
    fl.next()
    fl.pour(body, texts)
    n = book.pages
    for pg in range(1, n + 1):
        if pg > 1:
            book.text(pg, 72, 40, head, "Vera", 8.5, GREY)
            book.rule(pg, 72, 46, A4[0] - 72, 46, 0.4, GREY)
        foot(book, pg, n)
    return book, fl


def foot_page_n_of_m(book, pg, n):
    centred(book, pg, A4[0] / 2, A4[1] - 38, f"Page {pg} of {n}", "Vera", 9)


def render_pdf(book, info):
    """The record drawn with reportlab (embedded TrueType subsets): fills, pictures, rules, then text."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(info.get("Title", ""))
    c.setAuthor(info.get("Author", ""))
    c.setSubject(info.get("Subject", ""))
    c.setCreator(info["Creator"])
    c.setProducer(info["Producer"])
    H = A4[1]
    for k in range(1, book.pages + 1):
        for _pg, x, d, w, h, rgb in (f for f in book.fills if f[0] == k):
            _draw._draw(c, ("R", x, H - d - h, w, h, rgb))
        for _pg, x, d, w, h, png in (p for p in book.pictures if p[0] == k):
            c.drawImage(ImageReader(io.BytesIO(png)), x, H - d - h, w, h)
        for _pg, x1, d1, x2, d2, lw, rgb in (r for r in book.rules if r[0] == k):
            _draw._draw(c, ("L", x1, H - d1, x2, H - d2, lw, rgb))
        for ln in book.on(k):
            _draw._draw(c, ("T", ln["x"], H - ln["d"], ln["s"], ln["face"], ln["size"], ln["rgb"]))
        c.showPage()
    c.save()
    return buf.getvalue()


def read_text(name, data, book):
    """pdfplumber's characters of the PDF ``data``: every line of the record read back at its place in its face and
    size, no other character; returns per page [{X, d, text, font, size}]."""
    import pdfplumber
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pl:
        if len(pl.pages) != book.pages:
            raise AssertionError(f"{name}: {len(pl.pages)} pages")
        for k, p in enumerate(pl.pages, 1):
            chars = [{"X": c["matrix"][4], "d": A4[1] - c["matrix"][5], "text": c["text"], "font": c["fontname"],
                      "size": c["size"], "x1": c["x1"]} for c in p.chars]
            used = 0
            for ln in book.on(k):
                w = book.width(ln)
                cs = sorted((c for c in chars if abs(c["d"] - ln["d"]) < 0.05 and ln["x"] - 0.05 <= c["X"]
                             < ln["x"] + w - 0.01), key=lambda c: c["X"])
                got = "".join(c["text"] for c in cs)
                if got != ln["s"] or not all(c["font"].endswith(PS[ln["face"]]) and abs(c["size"] - ln["size"])
                                             < 0.01 for c in cs):
                    raise AssertionError(f"{name}: page {k} line {ln['s'][:30]!r} read back as {got[:30]!r}")
                used += len(cs)
            if used != len(chars):
                raise AssertionError(f"{name}: page {k} has {len(chars) - used} characters not in the record")
            out.append(chars)
    return out


def in_block(c, page, blocks):
    return any(b[0] == page and b[1] - 0.5 <= c["X"] <= b[3] + 0.5 and b[2] - 0.5 <= c["d"] <= b[4] + 0.5
               for b in blocks)


def rows_of(pages, fr, blocks, keep_blocks=False):
    """The body frame's characters in rows (by baseline), top to bottom; a block's characters left out unless
    ``keep_blocks``."""
    x0, x1 = fr["x"], fr["x"] + fr["w"]
    rows = {}
    for c in pages[fr["page"] - 1]:
        if x0 - 0.5 <= c["X"] < x1 + 0.5 and fr["top"] <= c["d"] <= fr["bottom"] and \
                (keep_blocks or not in_block(c, fr["page"], blocks)):
            rows.setdefault(round(c["d"], 2), []).append(c)
    return [sorted(rows[d], key=lambda c: c["X"]) for d in sorted(rows)]


def key_from_chars(pages, fl, blocks, num_font, size):
    """The key from the characters read back, as a reader would: in each body frame, lines top to bottom, a block's
    rectangle left out; a line in the body's size whose first glyphs (before the indent) are in the number's face,
    stand at the frame's left and read like 4.2 or 12, and whose words start at the indent in the body face, opens a
    paragraph; a line in the body face and size starting at the carry-on place (the indent when hung, the frame's
    left when not) carries it on; any other line ends it."""
    out, cur = [], None
    body = PS["Vera"]
    for fr in fl.frames:
        x0 = fr["x"]
        for cs in rows_of(pages, fr, blocks):
            sized = all(abs(c["size"] - size) < 0.01 for c in cs)
            head = [c for c in cs if c["X"] < x0 + fl.indent - 0.3]
            rest = [c for c in cs if c["X"] >= x0 + fl.indent - 0.3]
            htxt = "".join(c["text"] for c in head)
            if sized and head and rest and abs(head[0]["X"] - x0) < 0.3 and abs(rest[0]["X"] - x0 - fl.indent) < 0.3 \
                    and all(c["font"].endswith(num_font) for c in head) and NUMBER.fullmatch(htxt) and \
                    all(c["font"].endswith(body) for c in rest):
                cur = [htxt, fr["page"], "".join(c["text"] for c in rest)]
                out.append(cur)
                continue
            carry = x0 + (fl.indent if fl.mode == "hang" else 0.0)
            if sized and cur is not None and abs(cs[0]["X"] - carry) < 0.3 and all(c["font"].endswith(body)
                                                                                      for c in cs):
                cur[2] += " " + "".join(c["text"] for c in cs)
            else:
                cur = None
    return [tuple(r) for r in out]


def numeric_rows_at_left(pages, fl, blocks):
    """The traps: rows inside blocks whose first glyph stands at the frame's left and whose first word reads like a
    number (tick labels, data labels, table rows); [(page, word)]."""
    out = []
    for fr in fl.frames:
        for cs in rows_of(pages, fr, blocks, keep_blocks=True):
            if not in_block(cs[0], fr["page"], blocks) or abs(cs[0]["X"] - fr["x"]) > 4.5:
                continue
            first = cs[0]["text"]
            for a, b in itertools.pairwise(cs):
                if b["text"] == " " or b["X"] - a["x1"] > 2.0:
                    break
                first += b["text"]
            if NUMBER.fullmatch(first):
                out.append((fr["page"], first))
    return out


def pdf_report(name, texts, body, title, org, head, info, specs, foot=foot_page_n_of_m, pngs=None, **flow):
    """A PDF report: laid out, drawn, read back, its key worked out twice. Returns (bytes, key, crossings, book,
    flow, pages read back)."""
    book, fl = lay_report(texts, body, title, org, head, foot, specs, pngs, **flow)
    data = render_pdf(book, info)
    rec = key_from_record(book)
    result = [entry(lab, pg, t) for lab, pg, t in rec]
    for lab, _pg, t in rec:
        if t != texts[lab]:
            raise AssertionError(f"{name}: words of {lab}")
    check_lengths(name, list(texts.values()), 40, 260)
    check_count(name, result, 9, 20)
    cross = check_crossings(name, result, [fl.ends[d["label"]] for d in result], 1)
    pages = read_text(name, data, book)
    again = key_from_chars(pages, fl, book.blocks, PS[fl.num_face], fl.size)
    if again != rec:
        raise AssertionError(f"{name}: key from the file {[(lab, pg) for lab, pg, _t in again]}")
    return data, result, cross, book, fl, pages


def runs(cross):
    return f"{cross[0]} runs" if len(cross) == 1 else f"{', '.join(cross[:-1])} and {cross[-1]} run"


def block_pages(book, name):
    return sorted({b[0] for b in book.blocks if b[6] == name})


def cut_pages(book, label):
    """The pages of a cut paragraph's lines before and after its block."""
    ps = [ln["page"] for ln in book.lines if ln["role"] == "para" and ln["para"] == label]
    return ps[0], ps[-1]


def cut_note(book, fl, label, block_name, what):
    first, rest = fl.cuts[label]
    p0, p1 = cut_pages(book, label)
    bp = block_pages(book, block_name)
    where = f"page {bp[0]}" if len(bp) == 1 else f"pages {bp[0]} and {bp[-1]}"
    then = "the same page" if p1 == p0 else f"page {p1}"
    return (f"{label} IS INTERRUPTED MID-SENTENCE by {what} (on {where}) after "
            f"'... {' '.join(first.split()[-4:])}' and carried on after it ('{' '.join(rest.split()[:4])} ...', "
            f"{then}): one paragraph, its ends_with the last words after the block")


# --------------------------------------------------------------------------
# charts.pdf: an annual report saved by Word with two vector charts
# --------------------------------------------------------------------------
def make_charts(out, pm):
    path = out / "charts.pdf"
    info = {"Title": _text.CH_TITLE, "Author": "Ellerby Vale SCP (fictional)", "Subject": FICT,
            "Creator": _text.WORD, "Producer": _text.WORD}
    texts = with_figures(pm, _text.CH_BODY, "child", _text.CH_FIGURES)
    specs = {"fig21": {"kind": "chart", **_text.CH_FIG21}, "fig32": {"kind": "hchart", **_text.CH_FIG32}}
    data, result, cross, book, fl, pages = pdf_report(path.name, texts, _text.CH_BODY, _text.CH_TITLE, _text.CH_ORG,
                                                      _text.CH_HEAD, info, specs)
    path.write_bytes(data)
    traps = numeric_rows_at_left(pages, fl, book.blocks)
    words = [w for _p, w in traps]
    if not set(_text.CH_FIG21["ticks"]) <= set(words) or "2.1" not in words or "1.7" not in words:
        raise AssertionError(f"{path.name}: the labels at the left margin {words}")
    data_labels = [ln["s"] for ln in book.lines if ln["size"] == 8 and NUMBER.fullmatch(ln["s"])]
    if "2.1" not in data_labels or "2.5" not in data_labels:
        raise AssertionError(f"{path.name}: data labels {data_labels}")
    p0, _p1 = cut_pages(book, "2.2")
    fig = block_pages(book, "fig21")
    if fig != [p0]:
        raise AssertionError(f"{path.name}: Figure 2.1 on {fig}, 2.2 from page {p0}")
    return {
        "note": ("A PARTNERSHIP'S ANNUAL REPORT SAVED BY WORD (Creator and Producer Word, embedded TrueType subsets): "
                 f"{book.pages} A4 pages of real text, page 1 the title, the partnership and the fiction label, from "
                 "page 2 the running head, 'Page N of M' at every foot; four numbered headings and paragraphs 1.1 to "
                 "4.3, the number at the left margin and the words hung at the indent; rates, ranges and "
                 "percentages in running text ('from 1.6 to 2.5 per 1,000 children', 'in 4.3% of the "
                 "notifications', 'Between 3 and 7 agencies'). TWO VECTOR CHARTS DRAWN WITH REAL TEXT: Figure 2.1, "
                 "a bar chart (its title 'Figure 2.1: Rapid reviews per 1,000 children ...' in bold, the axis title, "
                 "TICK LABELS '0.0' TO '3.0' LEFT-ALIGNED AT THE LEFT MARGIN where the paragraph numbers stand, "
                 "gridlines, two series of bars with a DATA LABEL over each bar ('1.2' ... '2.1' ... '2.5'), the "
                 "years under them, a legend, a 'Source: ...' note in italics); and Figure 3.2, a horizontal bar "
                 "chart after 3.1 whose rows PRINT EACH LOCALITY'S RATE AT THE LEFT MARGIN ('2.1', '1.7', '1.4', "
                 "'1.2', '0.9'), then its name and its bar. "
                 + cut_note(book, fl, "2.2", "fig21", "Figure 2.1, full width")
                 + f"; {runs(cross)} over a page break. Each key holds the report's own numbered paragraphs only, "
                 "each once, in reading order; never tick labels, data labels, legends, chart titles, source notes, "
                 "the title, running heads, page footers or headings. page = the PDF page where the paragraph "
                 "starts, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# tables.pdf: a thematic analysis saved by Word, data tables, a table split over a page break
# --------------------------------------------------------------------------
def line_start_text(texts, width, indent, size=10.5):
    """Put the sentence that must begin a printed line (TB_LINE_START) into the first candidate paragraph, after
    the first sentence (and lead-in) for which the block wrap sets it at the start of a line after the first.
    Returns the label."""
    for lab in _text.TB_LINE_CANDIDATES:
        ss = sentences(texts[lab])
        for k in range(1, len(ss)):
            for lead in _text.TB_LEADINS:
                t = " ".join([*ss[:k], *([lead] if lead else []), _text.TB_LINE_START, *ss[k:]])
                lines = _draw.lines_of(t, width, "Vera", size, width - indent)
                if any(ln.startswith("12.5%") for ln in lines[1:]):
                    texts[lab] = t
                    return lab
    raise AssertionError("tables.pdf: no wrap puts 12.5% at a line's start")


def make_tables(out, pm):
    path = out / "tables.pdf"
    info = {"Title": _text.TB_TITLE, "Author": "Corraby and Wend SAB (fictional)", "Subject": FICT,
            "Creator": _text.WORD, "Producer": _text.WORD}
    texts = with_figures(pm, _text.TB_BODY, "adult", _text.TB_FIGURES)
    lab12 = line_start_text(texts, A4[0] - 144, 34.0)
    specs = {"tab1": {"kind": "table", **_text.TB_TAB1}, "tab2": {"kind": "table", **_text.TB_TAB2}}
    data, result, cross, book, fl, pages = pdf_report(path.name, texts, _text.TB_BODY, _text.TB_TITLE, _text.TB_ORG,
                                                      _text.TB_HEAD, info, specs, mode="block")
    path.write_bytes(data)
    # the traps in the file: Table 2 over a page break with its header row twice, rows opening "3.1" at the left
    # margin, a line of lab12 opening "12.5%" at the left margin
    t2 = block_pages(book, "tab2")
    heads = [ln for ln in book.lines if ln["s"] == "Ref" and ln["face"] == "VeraBd"]
    if len(t2) != 2 or len(heads) != 2 or {ln["page"] for ln in heads} != set(t2):
        raise AssertionError(f"{path.name}: Table 2 on pages {t2}, header rows {len(heads)}")
    words = [w for _p, w in numeric_rows_at_left(pages, fl, book.blocks)]
    if not {"3.1", "3.2", "3.10", "3.11", "2019"} <= set(words):
        raise AssertionError(f"{path.name}: rows at the left margin {words}")
    starts = [ln for ln in book.lines if ln["role"] == "para" and ln["para"] == lab12 and ln["x"] == 72.0
              and ln["s"].startswith("12.5%")]
    if len(starts) != 1:
        raise AssertionError(f"{path.name}: the line opening 12.5%")
    p0, p1 = cut_pages(book, "2.4")
    if not (p0 == t2[0] and p1 == t2[1]):
        raise AssertionError(f"{path.name}: 2.4 on {p0}-{p1}, Table 2 on {t2}")
    split_row = next(ln["s"] for ln in book.lines if ln["page"] == t2[1] and ln["face"] == "Vera" and
                     ln["x"] == 76.0 and ln["size"] == 9)
    return {
        "note": ("A THEMATIC ANALYSIS OF SAFEGUARDING ADULTS REVIEWS SAVED BY WORD (Creator and Producer Word, "
                 f"embedded TrueType subsets): {book.pages} A4 pages of real text, page 1 the title, the board and "
                 "the fiction label, from page 2 the running head, 'Page N of M' at every foot; four numbered "
                 "headings and paragraphs 1.1 to 4.2 SET AS WORD SETS A NUMBER AND A TAB: the number at the left "
                 "margin, the first line's words at the tab stop, EVERY LINE AFTER THE FIRST BACK AT THE LEFT "
                 f"MARGIN; in {lab12} a printed line after the first BEGINS '12.5% of the adults named in the "
                 "reviews ...' at the left margin (a sentence of the paragraph, not a new one). Percentages, rates "
                 "and ranges in running text ('2.5 per 1,000 adults', 'in 4.3% of reviews', 'Between 2 and 11 "
                 "agencies'). RULED DATA TABLES with a bold header row on a pale fill, their captions above and "
                 "'Source: ...' notes below: Table 1 after 2.1 (Year | Reviews | Per 1,000 adults | Share: '2019 | 6 | "
                 "0.8 | 12.5%' ...), and Table 2 'Themes found in the reviews, by reference' whose FIRST COLUMN "
                 "HOLDS '3.1' TO '3.11' AT THE LEFT MARGIN ('3.1 | Self-neglect and hoarding | 42 | 17%', the same "
                 "numbers as section 3's paragraphs), SPLIT OVER THE PAGE BREAK between pages "
                 f"{t2[0]} and {t2[1]} WITH ITS HEADER ROW DRAWN AGAIN at the top of page {t2[1]} (the rows go on "
                 f"from '{split_row}'). "
                 + cut_note(book, fl, "2.4", "tab2", "Table 2, full width")
                 + f"; {runs(cross)} over a page break. Each key holds the report's own numbered paragraphs only, "
                 "each once, in reading order; never table rows (even '3.1 Self-neglect ...'), header rows, "
                 "captions, source notes, the title, running heads, page footers or headings. page = the PDF page "
                 "where the paragraph starts, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# infographic.pdf: an annual summary from InDesign, an infographic page and a chart as an image
# --------------------------------------------------------------------------
def chart_png(values, labels_on=True):
    """Figure 4 as a chart tool exports it: grouped bars on gridlines, the tick values drawn in pixels."""
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGB", (1200, 520), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    font = ImageFont.load_default()
    for k in range(6):
        y = 460 - k * 80
        dr.line([(90, y), (1180, y)], fill=(200, 200, 200) if k else (0, 0, 0), width=2)
        if labels_on:
            dr.text((30, y - 8), str(k * 10), fill=(60, 60, 60), font=font)
    for i, (a, b) in enumerate(values):
        x = 140 + i * 210
        dr.rectangle([x, 460 - a * 8, x + 70, 459], fill=(27, 58, 92))
        dr.rectangle([x + 76, 460 - b * 8, x + 146, 459], fill=(0, 122, 128))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue(), img.size


def foot_folio(book, pg, n):
    right(book, pg, A4[0] - 72, A4[1] - 38, str(pg), "VeraBd", 9, TEAL)
    book.text(pg, 72, A4[1] - 38, "Saltmere SAB (fictional)", "Vera", 8, GREY)


def make_infographic(out, pm):
    path = out / "infographic.pdf"
    info = {"Title": _text.IG_TITLE, "Author": "Saltmere SAB (fictional)", "Subject": FICT,
            "Creator": _text.IG_CREATOR, "Producer": _text.IG_PRODUCER}
    texts = with_figures(pm, _text.IG_BODY, "adult", _text.IG_FIGURES)
    png, size = chart_png(_text.IG_FIG4["values"])
    specs = {"facts": {"kind": "info", "facts": _text.IG_FACTS, "title": _text.IG_FACTS_TITLE},
             "fig4": {"kind": "image", "png": "fig4", "caption": _text.IG_FIG4["caption"],
                      "source": _text.IG_FIG4["source"]}}
    data, result, cross, book, _fl, _pages = pdf_report(path.name, texts, _text.IG_BODY, _text.IG_TITLE, _text.IG_ORG,
                                                      _text.IG_HEAD, info, specs, foot=foot_folio,
                                                      pngs={"fig4": (png, size)}, indent=28.0, num_face="VeraBd",
                                                      num_rgb=TEAL)
    path.write_bytes(data)
    ip = block_pages(book, "facts")
    on_info = [ln for ln in book.lines if ln["page"] == ip[0] and ln["role"] in ("num", "para")]
    bigs = [ln["s"] for ln in book.lines if ln["size"] == 34]
    if len(ip) != 1 or on_info or bigs != [f for f, _l in _text.IG_FACTS]:
        raise AssertionError(f"{path.name}: the infographic page")
    from pypdf import PdfReader
    rd = PdfReader(io.BytesIO(data))
    fp = block_pages(book, "fig4")[0]
    imgs = list(rd.pages[fp - 1].images)
    if len(imgs) != 1 or imgs[0].image.size != size:
        raise AssertionError(f"{path.name}: Figure 4's image")
    return {
        "note": ("A BOARD'S ANNUAL SUMMARY FROM INDESIGN (Creator 'Adobe InDesign 19.2 (Windows)', Producer 'Adobe "
                 f"PDF Library 17.0'): {book.pages} A4 pages, page 1 the title, the board and the fiction label, "
                 "from page 2 a running head, the folio in bold at the foot's right and the board's name at its "
                 "left; unnumbered headings and paragraphs NUMBERED WITH PLAIN NUMBERS 1 TO 13 IN BOLD TEAL at the "
                 "left margin, the words hung at the indent; figures in running text ('About 1 in 4 of the "
                 f"concerns', '2.5 missed chances', 'from 14.5 days to 9.2 days', 'In 4.3% of cases'). PAGE {ip[0]} "
                 f"IS AN INFOGRAPHIC PAGE between 3 and 4: the heading '{_text.IG_FACTS_TITLE}' and six filled "
                 "boxes, two to a row, each a BIG NUMBER in 34 pt bold ('1 in 4', '312', '4.3', '68%', '2.5', '9.2 "
                 "days') over its label; no paragraph on that page. Figure 4 after 5 IS A CHART EXPORTED AS AN "
                 "IMAGE (a PNG of bars, its tick values in pixels) with its caption "
                 f"'{_text.IG_FIG4['caption']}' and source note as text below it; {runs(cross)} over a page break. "
                 "Each key holds the summary's own numbered paragraphs only, each once, in reading order; never the "
                 "infographic's figures or labels, the image, its caption or source, the title, running heads, "
                 "folios or headings. page = the PDF page where the paragraph starts, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# Word packages, part by part, as Word saves them
# --------------------------------------------------------------------------
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
DOCNS = (f'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
         f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:'
         f'office:office" xmlns:r="{DOC_REL}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="{WP_NS}" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word" '
         f'xmlns:w="{W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
HEAD_RPR = '<w:color w:val="666666"/><w:sz w:val="17"/>'
LABEL_RPR = '<w:i/><w:color w:val="666666"/><w:sz w:val="18"/>'
PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
AN_STYLE = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="NumberedPara"><w:name w:val="Numbered Para"/>'
            '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs>'
            '<w:ind w:left="709" w:hanging="709"/><w:jc w:val="both"/></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ParaContinued"><w:name w:val="Para '
            'Continued"/><w:basedOn w:val="NumberedPara"/><w:qFormat/><w:pPr><w:ind w:left="709" w:firstLine="0"/>'
            '</w:pPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Source"><w:name w:val="Source"/><w:basedOn '
            'w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:i/><w:color w:val="666666"/>'
            '<w:sz w:val="16"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BigNumber"><w:name w:val="Big Number"/>'
            '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/>'
            '<w:color w:val="007A80"/><w:sz w:val="56"/></w:rPr></w:style>'
            '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
            '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
            'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
            'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>')


def doc_xml(body):
    return f'{XML_HEAD}<w:document {DOCNS}><w:body>{body}{SECT_A4}</w:body></w:document>'


def word_zip(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=WORD_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def word_styles(extra=""):
    return (f'{XML_HEAD}<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" '
            'w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang '
            'w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" '
            'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '</w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn '
            'w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:color w:val="1B3A5C"/><w:sz '
            'w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading '
            '1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing '
            'w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1B3A5C"/>'
            '<w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Caption"><w:name '
            'w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:color '
            'w:val="1B3A5C"/><w:sz w:val="18"/></w:rPr></w:style>' + extra + '</w:styles>')


def word_package(doc, styles, title, author, pages, words, created, modified, header, footer, media=()):
    """A .docx as Word saves it: [Content_Types].xml, the relationships (rId1 styles, rId2 settings, rId10 on for
    the media, rId8 and rId9 header and footer as SECT_A4 names them), the parts, docProps."""
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="png" ContentType="image/png"/>'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + "".join(f'<Override PartName="/word/{p}.xml" ContentType="{CT_WML}'
                    f'{"document.main" if p == "document" else p.rstrip("0123456789")}+xml"/>'
                    for p in ("document", "styles", "settings", "header1", "footer1"))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-'
          'properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.extended-properties+xml"/></Types>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId3" Type="{DOC_REL}/extended-'
            'properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
            'package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship '
            f'Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    dr = [f'<Relationship Id="rId1" Type="{DOC_REL}/styles" Target="styles.xml"/>',
          f'<Relationship Id="rId2" Type="{DOC_REL}/settings" Target="settings.xml"/>']
    for k, (name, _d) in enumerate(media, 10):
        dr.append(f'<Relationship Id="rId{k}" Type="{DOC_REL}/image" Target="media/{name}"/>')
    dr += [f'<Relationship Id="rId8" Type="{DOC_REL}/header" Target="header1.xml"/>',
           f'<Relationship Id="rId9" Type="{DOC_REL}/footer" Target="footer1.xml"/>']
    settings = (f'{XML_HEAD}<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="en-GB"/></w:settings>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           f'</Template><TotalTime>212</TotalTime><Pages>{pages}</Pages><Words>{words}</Words><Application>'
           'Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion>'
           '</Properties>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xesc(title)}</dc:title><dc:subject>'
            f'{xesc(FICT)}</dc:subject><dc:creator>{xesc(author)}</dc:creator><cp:lastModifiedBy>{xesc(author)}'
            f'</cp:lastModifiedBy><cp:revision>9</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">'
            f'{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{modified}'
            '</dcterms:modified></cp:coreProperties>')
    parts = {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc,
             "word/_rels/document.xml.rels": f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">{"".join(dr)}'
                                             '</Relationships>',
             "word/styles.xml": styles, "word/settings.xml": settings, "word/header1.xml": header,
             "word/footer1.xml": footer}
    for name, d in media:
        parts[f"word/media/{name}"] = d
    parts["docProps/app.xml"] = app
    parts["docProps/core.xml"] = core
    return word_zip(parts)


def hdr_ftr(head):
    header = (f'{XML_HEAD}<w:hdr {DOCNS}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
              f'{wr(head, HEAD_RPR)}</w:p></w:hdr>')
    footer = (f'{XML_HEAD}<w:ftr {DOCNS}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
              f'{wr("Page ")}{field("PAGE", "1")}{wr(" of ")}{field("NUMPAGES", "3")}</w:p></w:ftr>')
    return header, footer


def inline_picture(rid, n, name, cx, cy, descr):
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{n}" '
            f'name="Picture {n}" descr="{xesc(descr)}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="{A_NS}" '
            f'noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="{A_NS}"><a:graphicData uri="{PIC_NS}">'
            f'<pic:pic xmlns:pic="{PIC_NS}"><pic:nvPicPr><pic:cNvPr id="{n}" name="{xesc(name)}"/><pic:cNvPicPr/>'
            f'</pic:nvPicPr><pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
            f'</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom '
            'prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>'
            '</w:drawing></w:r>')


RIGHT = '<w:jc w:val="right"/>'


def w_table(rows, widths, header_rows=1, cell=None):
    """A Word table (Table Grid): the first ``header_rows`` rows marked to repeat at the top of each page
    (w:tblHeader) and shaded; ``cell(r, k, text)`` the cell's paragraphs (default: one plain paragraph)."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLook '
           f'w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
           f'w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for r, row in enumerate(rows):
        head = r < header_rows
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if head else "<w:trPr><w:cantSplit/></w:trPr>"
        cells = []
        for k, t in enumerate(row):
            shd = '<w:shd w:val="clear" w:color="auto" w:fill="DCE6F0"/>' if head else ""
            jc = "" if k == 0 else RIGHT
            body = cell(r, k, t) if cell else (f'<w:p><w:pPr><w:spacing w:after="0"/>{jc}</w:pPr>'
                                               f'{wr(t, "<w:b/>" if head else "")}</w:p>')
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[k]}" w:type="dxa"/>{shd}</w:tcPr>{body}</w:tc>')
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def word_body(doc):
    """[(kind, style, page, text)] of a document.xml's body children: kind "p" or "tbl"; page = 1 + the page breaks
    (w:br w:type="page") before and in the paragraph; text its w:t and w:tab ("\\t") in order."""
    from lxml import etree
    root = etree.fromstring(doc.encode("utf-8") if isinstance(doc, str) else doc)
    out, pg = [], 1
    w = f"{{{W_NS}}}"
    for el in root.find(f"{w}body"):
        if el.tag == f"{w}tbl":
            out.append(("tbl", None, pg, el))
            continue
        if el.tag != f"{w}p":
            continue
        if el.find(f".//{w}br[@{w}type='page']") is not None:
            pg += 1
        txt = "".join((e.text or "") if e.tag == f"{w}t" else "\t" for e in el.iter(f"{w}t", f"{w}tab"))
        sty = el.find(f"{w}pPr/{w}pStyle")
        out.append(("p", sty.get(f"{w}val") if sty is not None else None, pg, txt))
    return out


# --------------------------------------------------------------------------
# annual.docx: a board's annual report in Word, a key-facts table, a chart as a picture, a data table
# --------------------------------------------------------------------------
def make_annual(out, pm):
    path = out / "annual.docx"
    texts = with_figures(pm, _text.AN_BODY, "adult", _text.AN_FIGURES)
    png, (iw, ih) = chart_png([(31, 28), (24, 33), (18, 21), (12, 14), (7, 9)], labels_on=True)
    fw = 9026
    facts = w_table([[f for f, _l in _text.AN_FACTS], [lab for _f, lab in _text.AN_FACTS]], [fw // 3] * 3, 0,
                    lambda r, k, t: (f'<w:p><w:pPr><w:pStyle w:val="BigNumber"/></w:pPr>{wr(t)}</w:p>' if r == 0 else
                                     f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{wr(t)}</w:p>'))
    b = [f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{wr(_text.AN_TITLE)}</w:p>',
         f'<w:p>{wr(_text.AN_ORG)}</w:p>',
         f'<w:p>{wr(f"{FICT} {INVENTED}", LABEL_RPR)}</w:p>', facts, "<w:p/>"]
    cut = {}
    first = True
    tab = _text.AN_TAB1
    for it in _text.AN_BODY:
        if it[0] == "h":
            if not first:
                b.append(PAGE_BREAK)
            first = False
            b.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{wr(it[1])}</w:p>')
        elif it[0] == "image":
            cx = 5486400
            cy = cx * ih // iw
            b.append(f'<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>'
                     f'{inline_picture("rId10", 1, "figure-2.png", cx, cy, _text.AN_FIG2_CAPTION)}</w:p>')
            b.append(f'<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr>{wr(_text.AN_FIG2_CAPTION)}</w:p>')
            b.append(f'<w:p><w:pPr><w:pStyle w:val="Source"/></w:pPr>{wr(_text.AN_FIG2_SOURCE)}</w:p>')
        elif it[0] == "cut":
            lab = it[1]
            one, two = cut_words(texts[lab])
            cut[lab] = (one, two)
            b.append(f'<w:p><w:pPr><w:pStyle w:val="NumberedPara"/></w:pPr>{wr(lab + chr(9) + one)}</w:p>')
            b.append(f'<w:p><w:pPr><w:pStyle w:val="Caption"/><w:keepNext/></w:pPr>{wr(tab["caption"])}</w:p>')
            b.append(w_table([tab["head"], *tab["rows"]], [3826, 1700, 1700, 1800]))
            b.append(f'<w:p><w:pPr><w:pStyle w:val="Source"/></w:pPr>{wr(tab["source"])}</w:p>')
            b.append(f'<w:p><w:pPr><w:pStyle w:val="ParaContinued"/></w:pPr>{wr(two)}</w:p>')
        else:
            lab = it[0]
            b.append(f'<w:p><w:pPr><w:pStyle w:val="NumberedPara"/></w:pPr>{wr(lab + chr(9) + texts[lab])}</w:p>')
    doc = doc_xml("".join(b))
    header, footer = hdr_ftr("Pellingham SAB (fictional) \u2013 Annual Report 2024-25")
    words = sum(len(t.split()) for t in texts.values())
    data = word_package(doc, word_styles(AN_STYLE), _text.AN_TITLE, "Pellingham SAB (fictional)", 3, words,
                        "2025-04-02T09:00:00Z", "2025-06-18T15:40:00Z", header, footer, media=[("image1.png", png)])
    path.write_bytes(data)
    # the key from the body: typed numbers, a continued paragraph's words after its table, pages from the breaks
    got, heads, tables = [], [], []
    for kind, sty, pg, txt in word_body(zipfile.ZipFile(path).read("word/document.xml")):
        if kind == "tbl":
            tables.append(txt)
        elif sty == "NumberedPara":
            lab, _tab, words_ = txt.partition("\t")
            got.append([lab, pg, words_])
        elif sty == "ParaContinued":
            got[-1][2] += " " + txt
        elif sty == "Heading1":
            heads.append(txt)
    want = [it[1] if it[0] == "cut" else it[0] for it in _text.AN_BODY if it[0] not in ("h", "image")]
    if [g[0] for g in got] != want or any(g[2] != texts[g[0]] for g in got):
        raise AssertionError(f"{path.name}: read back {[g[0] for g in got]}")
    if heads != [it[1] for it in _text.AN_BODY if it[0] == "h"]:
        raise AssertionError(f"{path.name}: headings {heads}")
    result = [entry(lab, pg, t) for lab, pg, t in got]
    check_lengths(path.name, list(texts.values()), 40, 260)
    check_count(path.name, result, 9, 20)
    # the tables: the key facts first; Table 1's header row marked to repeat, its first column "1.1 Neglect ..."
    w = f"{{{W_NS}}}"
    t1 = tables[1]
    trs = t1.findall(f"{w}tr")
    first_col = ["".join(tr.find(f"{w}tc").itertext()) for tr in trs]
    if len(tables) != 2 or trs[0].find(f"{w}trPr/{w}tblHeader") is None or \
            first_col != [tab["head"][0], *[r[0] for r in tab["rows"]]] or \
            ["".join(tc.itertext()) for tc in tables[0].findall(f"{w}tr")[0].findall(f"{w}tc")] != \
            [f for f, _l in _text.AN_FACTS]:
        raise AssertionError(f"{path.name}: the tables")
    z = zipfile.ZipFile(path)
    if z.read("word/media/image1.png") != png:
        raise AssertionError(f"{path.name}: the picture")
    pg23 = next(g[1] for g in got if g[0] == "2.3")
    one, two = cut["2.3"]
    last = max(d["page"] for d in result)
    return {
        "note": ("A BOARD'S ANNUAL REPORT IN WORD (.docx as Word saves it: styles, a header and a 'Page N of M' "
                 "footer of fields, docProps): the title, the board and the fiction label, then A KEY-FACTS TABLE "
                 "of big numbers ('1,204', '1 in 3', '2.5' in a 'Big Number' style over their labels); three typed "
                 "Heading 1 headings ('1. About this report' ...) and paragraphs numbered BY TYPED TEXT "
                 "'2.1<TAB>...' in a hanging 'Numbered Para' style; figures in running text ('2.5 per 1,000 adults, "
                 "and 31.4% led to an enquiry', 'by 12.5% on the year before', 'In 4.3% of enquiries'); FIGURE 2 "
                 "AFTER 2.1, A CHART AS AN INLINE PICTURE (word/media/image1.png, its tick values in pixels) with "
                 f"its caption '{_text.AN_FIG2_CAPTION}' and a 'Source: ...' paragraph; 2.3 IS INTERRUPTED "
                 f"MID-SENTENCE after '... {' '.join(one.split()[-4:])}' by the caption '{tab['caption']}', A "
                 "TABLE (Table Grid, its header row shaded and MARKED TO REPEAT ON EVERY PAGE, w:tblHeader; the "
                 "FIRST COLUMN HOLDS THE DATA SET'S CODES '1.1 Neglect and acts of omission' TO '1.6 Domestic "
                 "abuse', the other columns counts, rates per 1,000 and percentages) and its source note, and "
                 f"carried on after them in an unnumbered 'Para Continued' paragraph ('{' '.join(two.split()[:4])} "
                 "...', starting mid-sentence at the same indent): one paragraph, its ends_with the last words of "
                 "the carried-on part. A page break (<w:br w:type=\"page\"/>) before each heading after the first, "
                 f"so the report runs to {last} pages by its breaks (2.3 on page {pg23}). Each key holds the "
                 "report's own numbered paragraphs only, each once, in reading order; never the key facts, table "
                 "rows (even '1.1 Neglect ...' and '1.2 Financial'), the picture, captions, source notes, the "
                 "title, header, footer or headings. page = 1 + the page breaks before the paragraph in "
                 "document.xml, as earlier DOCX keys give pages."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# release.html: an analysis published as a statistics web page
# --------------------------------------------------------------------------
RL_CSS = """body{font-family:Arial,sans-serif;margin:0;color:#0b0c0c}.wrap{max-width:960px;margin:0 auto;padding:0 15px}
.banner{background:#1d70b8;color:#fff;padding:10px 15px}.key-facts{display:flex;gap:15px;margin:20px 0}.fact{flex:1;
background:#f3f2f1;border-top:5px solid #1d70b8;padding:15px}.fact__number{font-size:48px;font-weight:700;margin:0}
.fact__label{margin:5px 0 0}p.numbered{display:grid;grid-template-columns:3.5em 1fr;line-height:1.5}
.num{font-weight:400}figure{margin:25px 0}figcaption{font-weight:700}.source{font-size:14px;color:#505a5f}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #b1b4b6;padding:8px;text-align:left}
td.numeric{text-align:right}"""


def svg_chart(spec):
    """An inline SVG bar chart as a charting library writes it: tick <text> at the left, bars, a data label over
    each bar, the category labels, a <title> and <desc>."""
    w, h, left, top, ph = 640, 320, 50, 20, 240
    hi = float(spec["ticks"][-1])
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
           'aria-labelledby="fig1-title fig1-desc"><title id="fig1-title">' + hesc(spec["title"]) + '</title>'
           '<desc id="fig1-desc">Bar chart of reviews by the victim\'s age group.</desc><g class="axis y-axis">']
    for k, t in enumerate(spec["ticks"]):
        y = top + ph - ph * k / (len(spec["ticks"]) - 1)
        out.append(f'<line x1="{left}" x2="{w - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#b1b4b6"/>'
                   f'<text x="0" y="{y + 4:.1f}" font-size="12">{t}</text>')
    out.append('</g><g class="bars">')
    gw = (w - 10 - left) / len(spec["cats"])
    for i, (cat, v) in enumerate(zip(spec["cats"], spec["values"], strict=True)):
        x = left + i * gw + gw * 0.2
        bh = ph * v / hi
        out.append(f'<rect x="{x:.1f}" y="{top + ph - bh:.1f}" width="{gw * 0.6:.1f}" height="{bh:.1f}" '
                   f'fill="#1d70b8"/><text class="data-label" x="{x + gw * 0.3:.1f}" y="{top + ph - bh - 5:.1f}" '
                   f'text-anchor="middle" font-size="12">{v}</text><text x="{x + gw * 0.3:.1f}" y="{top + ph + 18}" '
                   f'text-anchor="middle" font-size="12">{cat}</text>')
    out.append("</g></svg>")
    return "".join(out)


def make_release(out, pm):
    path = out / "release.html"
    texts = with_figures(pm, _text.RL_BODY, "dhr", _text.RL_FIGURES)
    parts, order = [], []
    tab, fig = _text.RL_TAB1, _text.RL_FIG1
    for it in _text.RL_BODY:
        kind = it[0]
        if kind == "facts":
            parts.append('<section class="key-facts" aria-label="Key facts">' + "".join(
                f'<div class="fact"><p class="fact__number">{hesc(n)}</p><p class="fact__label">{hesc(lab)}</p></div>'
                for n, lab in _text.RL_FACTS) + "</section>")
        elif kind == "h":
            slug = re.sub(r"[^a-z0-9]+", "-", it[1].lower()).strip("-")
            parts.append(f'<h2 id="{slug}">{hesc(it[1])}</h2>')
        elif kind == "svg":
            parts.append(f'<figure class="chart" id="figure-1">{svg_chart(fig)}<figcaption>{hesc(fig["title"])}'
                         f'</figcaption><p class="source">{hesc(fig["source"])}</p></figure>')
        elif kind == "table":
            head = "".join(f'<th scope="col">{hesc(c)}</th>' for c in tab["head"])
            rows = "".join(f'<tr><th scope="row">{r[0]}</th><td>{hesc(r[1])}</td><td class="numeric">{r[2]}</td>'
                           f'<td class="numeric">{r[3]}</td></tr>' for r in tab["rows"])
            parts.append(f'<table id="table-1"><caption>{hesc(tab["caption"])}</caption><thead><tr>{head}</tr></thead>'
                         f'<tbody>{rows}</tbody></table><p class="source">{hesc(tab["source"])}</p>')
        else:
            lab = kind
            order.append(lab)
            parts.append(f'<p class="numbered" id="para-{lab}"><span class="num">{lab}</span> '
                         f'<span class="text">{hesc(texts[lab])}</span></p>')
    body = "\n".join(parts)
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{hesc(_text.RL_TITLE)} - {hesc(_text.RL_ORG)}</title>
<style>{RL_CSS}</style>
</head>
<body>
<div class="banner" role="note">{hesc(FICT)} {hesc(INVENTED)}</div>
<header class="wrap"><p class="org">{hesc(_text.RL_ORG)} (fictional)</p>
<nav aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/statistics">Statistics</a></nav></header>
<main class="wrap" id="main-content">
<p class="caption">Official statistics (fictional)</p>
<h1>{hesc(_text.RL_TITLE)}</h1>
<dl class="metadata"><dt>Published</dt><dd>12 June 2025</dd><dt>Next update</dt><dd>June 2026</dd><dt>Release
</dt><dd>Edition 2.1</dd></dl>
{body}
</main>
<footer class="wrap"><p>Contact: statistics@northfold-csp.example \u00b7 Telephone 01632 960 731</p></footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")
    result = [entry(lab, None, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()), 40, 260)
    check_count(path.name, result, 9, 20)
    # read back with lxml: the numbered paragraphs in document order; the traps are there and are no paragraphs
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    got = [[p.find_class("num")[0].text_content(), p.find_class("text")[0].text_content()]
           for p in root.xpath('//p[contains(@class, "numbered")]')]
    if got != [[d["label"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"{path.name}: read back {[g[0] for g in got]}")
    svg_text = [t.text for t in root.xpath("//*[local-name()='svg']//*[local-name()='text']")]
    rows = [th.text_content() for th in root.xpath('//tbody/tr/th[@scope="row"]')]
    facts = [p.text_content() for p in root.xpath('//p[@class="fact__number"]')]
    if not set(fig["ticks"]) <= set(svg_text) or rows != [r[0] for r in tab["rows"]] or \
            facts != [f for f, _l in _text.RL_FACTS]:
        raise AssertionError(f"{path.name}: the chart, table or key facts")
    return {
        "note": ("AN ANALYSIS OF DOMESTIC HOMICIDE REVIEWS PUBLISHED AS A STATISTICS WEB PAGE (UTF-8 HTML: a FICTIONAL "
                 "banner, the partnership's name and a breadcrumb, 'Official statistics (fictional)', the title as "
                 "<h1>, a metadata list with 'Release: Edition 2.1', a footer with a telephone number). A KEY FACTS "
                 "section before the first heading: four boxes, each a big number ('37', '1 in 4', '12.5', '4.3%') "
                 "in <p class=\"fact__number\"> over its label. Four numbered <h2> headings; each paragraph a <p "
                 "class=\"numbered\"> holding <span class=\"num\">1.1</span> and <span class=\"text\">, from 1.1 to "
                 "4.2; figures in running text ('2.5 per 1,000,000 residents', 'In 1 in 4 reviews ... in 4.3%', "
                 "'aged 19 to 82, with a median of 41.5 years'). AFTER 2.1 AN INLINE SVG BAR CHART (<title>, <desc>, "
                 "TICK <text> '0.0' '2.5' '5.0' '7.5' '10.0' '12.5' at x=0, a data label <text> over each bar, the "
                 "age groups) in a <figure> with its <figcaption> 'Figure 1: ...' and a 'Source: ...' paragraph; "
                 f"AFTER 3.1 A <table> ('{tab['caption']}' as <caption>, a <thead>) WHOSE ROW HEADERS <th "
                 "scope=\"row\"> ARE '3.1' TO '3.6' (the library's agency codes: '3.1 Police 31 4.2'), the same "
                 "numbers as section 3's paragraphs, and its source note. Each key holds the analysis's own "
                 "numbered paragraphs only, each once, in reading order; never the key facts, the chart's text, "
                 "table rows even '3.1 Police', captions, source notes, metadata, the title or headings. No pages "
                 "(null), as earlier HTML keys."),
        "paragraphs": result,
    }


def build(out):
    return _harness.build_files(out, ParaMaker(), {"charts.pdf": make_charts, "tables.pdf": make_tables,
                                                    "infographic.pdf": make_infographic, "annual.docx": make_annual,
                                                    "release.html": make_release})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind75-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
