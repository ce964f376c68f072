"""Blind fixture generator 76: five FICTIONAL files, each a review's (or a summary's) NUMBERED PARAGRAPHS RETOLD IN A
NEWSLETTER OR A MAGAZINE, laid out as publishers lay out articles: three columns of narrow justified text with a
paragraph running from the foot of one column to the head of the next and over a page break; an article that stops
mid-paragraph with "Continued on page 3" and goes on after "Continued from page 1", other articles (one with its own
numbered list) between; pull quotes repeating a paragraph's words in large type, a photo and its caption, a boxed
case study set across two columns, a drop cap, bylines and "In this issue" contents; an e-mail newsletter as its
sender writes it (nested layout tables, a preheader, "View this email in your browser", an unsubscribe footer); a Word
newsletter whose article sits in two linked text boxes; an issue holding two articles from two reviews, each with its
own numbering, beside a news item whose numbered list is not a review's.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab, lxml and pdfplumber; no network. Each PDF is laid out first into a record (A4 pages;
every word as printed with its page, x, the baseline's depth below the top, face, size, colour and role: a paragraph's
number, its words, or furniture; fills, rules, pictures, and the blocks: pull quotes, pictures, boxes), the articles
poured through one flow into the frames each page's template leaves for them in reading order (a column, or the part
of a column above or below a box set across it; a jump to a later page is the next frame), justified line by line
(every line of a paragraph but its last set to the frame's width by the gaps between words, each word placed where it
falls), and drawn with reportlab as its tool would (embedded TrueType subsets) with blind75's Book, render_pdf and
read_text. The Word newsletter is written part by part as Word saves it, the e-mail as a mailing service sends it.

The key is worked out from the record (the numbers and words in the order poured) and checked WITHOUT the project's
parser: every PDF is read back character for character at its places with pdfplumber (no other character), and its key
worked out a second time by a reader's rule (the article's frames in order, top to bottom; in each, a row whose first
glyphs are in the number's face, stand at the frame's left and read like 4.2 or 12, followed by words in the body face,
opens a paragraph; a row of the body face and size at the frame's left carries it on; anything else ends it); each trap
is shown to be in the file. The Word newsletter's numbers and texts are read back from its document.xml (the story in
the first linked box, once in mc:Choice and once in the VML fallback), the e-mail's with lxml.

columns.pdf   A PARTNERSHIP'S BULLETIN FROM INDESIGN: three columns of narrow justified text, a standfirst opened by a
              DROP CAP, a byline, "In this issue" contents with page numbers, a photo and its caption, a PULL QUOTE in
              large type set across two columns repeating 3.3's words, a BOXED CASE STUDY across two columns with its
              own steps "1" to "3"; paragraphs 2.1 to 4.4 run from column to column and over page breaks
jump.pdf      A PROFESSIONAL BODY'S MAGAZINE, two columns: the article stops mid-paragraph at page 1's foot with
              "Continued on page 3" and goes on after "Continued from page 1"; page 2 holds other articles, one a news
              item whose numbered list "1." to "5." is set as the review's paragraphs are
bulletin.pdf  A PARTNERSHIP'S BULLETIN FROM PUBLISHER, two columns, TWO ARTICLES FROM TWO REVIEWS, each with its own
              numbering (a DHR's paragraphs 12 to 19, a SAR's 4.1 to 4.5), a pull quote, a photo and its caption and a
              "Partnership news" box numbered "1" to "3"
email.html    AN E-MAIL NEWSLETTER as a mailing service sends it: nested layout tables, a hidden preheader, "View this
              email in your browser", a boxed quote, an <ol> of training dates, a social bar and an unsubscribe footer
newsletter.docx  A WORD NEWSLETTER: the article in TWO LINKED TEXT BOXES (wps:txbx id 1 and wps:linkedTxbx seq 1, each
              with its VML fallback), a pull-quote box and a briefing box on page 1; page 2 "Dates for your diary"
              typed "1. ..." to "3. ..."

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- each key holds the review's own numbered paragraphs only, each once, in reading order; never pull quotes, captions,
  sidebars or boxes, bylines, standfirsts, contents, jump lines, mastheads, running heads, folios or other articles'
  text and lists;
- a jumped paragraph is ONE paragraph: its page is the page where it starts (before the jump), its ends_with the last
  words after "Continued from page 1";
- an issue with two reviews' articles: the key holds both articles' paragraphs, each under its own review's numbers,
  in reading order (the notes say so);
- pages: the PDF page where the paragraph starts, 1-based; for Word 1 + the page breaks before the paragraph (for a
  text box's paragraph, before the paragraph that anchors the box), as earlier DOCX keys; for HTML none (null).
"""
import itertools
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import draw as _draw  # type: ignore
    from blindkit import harness as _harness  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry  # type: ignore
    from blindkit.markup import hesc, token  # type: ignore
    from blindkit.wordml import W_NS, wr  # type: ignore

    _text = _harness.load(__file__, "blind76_text", "text.py")
    _b75 = _harness.load(__file__, "blind75_make_for76", "..", "blind75", "make.py")
else:
    from ..blind75 import make as _b75
    from ..blindkit import draw as _draw
    from ..blindkit import harness as _harness
    from ..blindkit.keys import check_count, check_lengths, entry
    from ..blindkit.markup import hesc, token
    from ..blindkit.wordml import W_NS, wr
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
Book, PS = _b75.Book, _b75.PS
A4 = (595.28, 841.89)
INK, GREY, WHITE = (0, 0, 0), (0.4, 0.4, 0.4), (1, 1, 1)
PLUM = (0.42, 0.13, 0.40)
TEAL = (0.0, 0.478, 0.502)
NAVY = (0.106, 0.227, 0.361)
PALE = (0.93, 0.90, 0.94)
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def texts_of(pm, body, kind):
    return {lab: pm.make(n, kind) for lab, n in body if lab != "h"}


def words_at(book, pg, x, d, s, face, size, rgb, role="furniture", para=None):
    """A line drawn word by word at its natural spacing (as the flow draws its words)."""
    sp = _draw.sw(" ", face, size)
    for w in s.split(" "):
        book.text(pg, x, d, w, face, size, rgb, role=role, para=para)
        x += _draw.sw(w, face, size) + sp


def block_text(book, pg, x, d, w, s, face, size, lead, rgb=INK):
    """Lines of furniture wrapped to ``w`` from the baseline depth ``d``; returns the depth after them."""
    for ln in _draw.lines_of(s, w, face, size):
        words_at(book, pg, x, d, ln, face, size, rgb)
        d += lead
    return d


# --------------------------------------------------------------------------
# The flow: articles poured into the frames the page templates leave, justified
# --------------------------------------------------------------------------
class Flow:
    """Items poured into frames {page, x, top, bottom, w} (depths) in reading order; template(page) draws a new
    page's furniture and blocks and returns its frames. A paragraph: "runin" (its number in the number face, then
    its words on the same line) or "hang" (its number at x, every line at x + indent); every line but the last
    justified; its first two lines kept together. A crosshead kept with three lines; an article's title and intro
    (furniture) set in the flow. Keeps the frames used, each paragraph's pages and the frames its lines are in."""

    def __init__(self, book, template, mode="runin", size=8.5, lead=11.0, gap=5.0, indent=26.0, num_face="VeraBd",
                 num_rgb=INK):
        self.book, self.template, self.mode = book, template, mode
        self.size, self.lead, self.gap, self.indent = size, lead, gap, indent
        self.num_face, self.num_rgb = num_face, num_rgb
        self.queue, self.frames, self.lines = [], [], {}
        self.fr = self.cur = None

    def next(self):
        while not self.queue:
            self.book.page()
            self.queue = list(self.template(self.book.pages))
        self.fr = self.queue.pop(0)
        self.frames.append(self.fr)
        self.cur = self.fr["top"]

    def fits(self, h):
        return self.cur + h <= self.fr["bottom"] + 0.01

    def at_top(self):
        return self.cur == self.fr["top"]

    def pour(self, items, texts):
        for it in items:
            if it[0] == "h":
                self.head(it[1])
            elif it[0] == "title":
                self.title(it[1], it[2])
            else:
                self.para(it[0], texts[it[0]])

    def head(self, s, face="VeraBd", size=9.5, rgb=TEAL):
        g = 0.0 if self.at_top() else 8.0
        if not self.fits(g + 14 + 3 * self.lead):
            self.next()
            g = 0.0
        for ln in _draw.lines_of(s, self.fr["w"], face, size):
            words_at(self.book, self.fr["page"], self.fr["x"], self.cur + g + 11, ln, face, size, rgb)
            self.cur += g + 13
            g = 0.0
        self.cur += 2.0

    def title(self, s, intro):
        """An article's title (bold, 12 pt) and its intro (italic) set at the head of the next article."""
        g = 0.0 if self.at_top() else 18.0
        tl = _draw.lines_of(s, self.fr["w"], "VeraBd", 12)
        il = _draw.lines_of(intro, self.fr["w"], "VeraIt", 9)
        if not self.fits(g + 16 * len(tl) + 12 * len(il) + 6 + 3 * self.lead):
            self.next()
            g = 0.0
        d = self.cur + g
        for ln in tl:
            words_at(self.book, self.fr["page"], self.fr["x"], d + 13, ln, "VeraBd", 12, PLUM)
            d += 16
        for ln in il:
            words_at(self.book, self.fr["page"], self.fr["x"], d + 10, ln, "VeraIt", 9, GREY)
            d += 12
        self.cur = d + 6

    def para(self, label, t):
        x0 = self.indent if self.mode == "hang" else _draw.sw(label + " ", self.num_face, self.size)
        width = self.fr["w"] - (self.indent if self.mode == "hang" else 0.0)
        first = self.fr["w"] - x0
        meas = lambda z: _draw.sw(z, "Vera", self.size)  # noqa: E731
        lines = _draw.wrap(t.split(" "), width, meas, first)
        g = 0.0 if self.at_top() else self.gap
        if not self.fits(g + 2 * self.lead):
            self.next()
        for i, ln in enumerate(lines):
            g = self.gap if i == 0 and not self.at_top() else 0.0
            if not self.fits(g + self.lead):
                self.next()
                g = 0.0
            pg, x, d = self.fr["page"], self.fr["x"], self.cur + g + self.lead * 0.8
            if i == 0:
                self.book.text(pg, x, d, label, self.num_face, self.size, self.num_rgb, role="num", para=label)
            at = x + (x0 if (i == 0 or self.mode == "hang") else 0.0)
            avail = x + self.fr["w"] - at
            ws = [meas(w) for w in ln]
            last = i == len(lines) - 1
            space = meas(" ") if last or len(ln) == 1 else (avail - sum(ws)) / (len(ln) - 1)
            for w, wd in zip(ln, ws, strict=True):
                self.book.text(pg, at, d, w, "Vera", self.size, role="para", para=label)
                at += wd + space
            self.lines.setdefault(label, []).append(len(self.frames) - 1)
            self.cur += g + self.lead


def rows_in(pages, fr):
    """The frame's characters in rows (by baseline), top to bottom, each row left to right."""
    rows = {}
    for c in pages[fr["page"] - 1]:
        if fr["x"] - 0.5 <= c["X"] < fr["x"] + fr["w"] + 0.5 and fr["top"] <= c["d"] <= fr["bottom"] + 0.5:
            rows.setdefault(round(c["d"], 2), []).append(c)
    return [sorted(rows[d], key=lambda c: c["X"]) for d in sorted(rows)]


def row_words(cs):
    """The row's words: glyphs split where a gap wider than 1 pt stands between them."""
    out, cur = [], cs[0]["text"]
    for a, b in itertools.pairwise(cs):
        if b["X"] - a["x1"] > 1.0:
            out.append(cur)
            cur = b["text"]
        else:
            cur += b["text"]
    out.append(cur)
    return out


def key_from_chars(pages, frames, size, num_face="VeraBd"):
    """The key from the characters read back, as a reader would: the article's frames in order, rows top to bottom;
    a row whose first glyphs are in the number's face at the frame's left and read like 4.2 or 12, followed by words
    in the body face of the body's size, opens a paragraph; a row all in the body face and size starting at the
    frame's left (or at the indent when hung) carries it on; anything else ends it."""
    out, cur = [], None
    body, numf = PS["Vera"], PS[num_face]
    for fr in frames:
        for cs in rows_in(pages, fr):
            sized = all(abs(c["size"] - size) < 0.01 for c in cs)
            k = 0
            while k < len(cs) and cs[k]["font"].endswith(numf):
                k += 1
            head, rest = cs[:k], cs[k:]
            htxt = "".join(c["text"] for c in head)
            if sized and head and rest and abs(head[0]["X"] - fr["x"]) < 0.3 and NUMBER.fullmatch(htxt) and \
                    all(c["font"].endswith(body) for c in rest):
                cur = [htxt, fr["page"], " ".join(row_words(rest))]
                out.append(cur)
                continue
            if sized and cur is not None and all(c["font"].endswith(body) for c in cs) and \
                    (abs(cs[0]["X"] - fr["x"]) < 0.3 or abs(cs[0]["X"] - fr["x"] - fr.get("indent", 0.0)) < 0.3):
                cur[2] += " " + " ".join(row_words(cs))
            else:
                cur = None
    return [tuple(r) for r in out]


def pdf_article(name, book, fl, texts, info, labels):
    """The record's key checked against the words written, the PDF drawn and read back, the key worked out again
    from the characters. Returns (bytes, key, pages read back, record)."""
    rec = _b75.key_from_record(book)
    if [r[0] for r in rec] != labels:
        raise AssertionError(f"{name}: labels {[r[0] for r in rec]}")
    for lab, _pg, t in rec:
        if t != texts[lab]:
            raise AssertionError(f"{name}: words of {lab}")
    check_lengths(name, list(texts.values()), 40, 260)
    result = [entry(lab, pg, t) for lab, pg, t in rec]
    check_count(name, result, 9, 20)
    data = _b75.render_pdf(book, info)
    pages = _b75.read_text(name, data, book)
    for fr in fl.frames:
        if fl.mode == "hang":
            fr["indent"] = fl.indent
    again = key_from_chars(pages, fl.frames, fl.size, fl.num_face)
    if again != rec:
        raise AssertionError(f"{name}: key from the file {[(lab, pg) for lab, pg, _t in again]}")
    return data, result, pages, rec


def para_pages(book, label):
    return [ln["page"] for ln in book.lines if ln["role"] == "para" and ln["para"] == label]


def crossings(book, fl, result):
    """Labels of paragraphs that run over a page break, and of those that run from one column to the next on the
    same page."""
    pages, cols = [], []
    for d in result:
        ps = para_pages(book, d["label"])
        fs = fl.lines[d["label"]]
        if ps[0] != ps[-1]:
            pages.append(d["label"])
        elif fs[0] != fs[-1]:
            cols.append(d["label"])
    return pages, cols


def words_on(pages, pg, top=None, bottom=None, x0=None, x1=None):
    """The words read back on a page, or in a rectangle of it (depths ``top`` to ``bottom``, ``x0`` to ``x1``)."""
    cs = [c for c in pages[pg - 1] if (top is None or top <= c["d"] <= bottom) and (x0 is None or x0 <= c["X"] <= x1)]
    return [w for row in _rows(cs) for w in norm(" ".join(row_words(row)))]


def _rows(cs):
    rows = {}
    for c in cs:
        rows.setdefault(round(c["d"], 2), []).append(c)
    return [sorted(rows[d], key=lambda c: c["X"]) for d in sorted(rows)]


def pull_words(t, n=14):
    """A pull quote: the words of the paragraph's second sentence (or its first 14 words from there)."""
    ss = re.split(r"(?<=[.!?])\s+", t)
    s = ss[1] if len(ss) > 1 else ss[0]
    return " ".join(s.split()[:n])


def masthead(book, pg, mast, org, issue, rgb):
    book.fill(pg, 0, 0, A4[0], 92, rgb)
    book.text(pg, 40, 48, mast, "VeraBd", 24, WHITE)
    book.text(pg, 40, 72, org, "Vera", 10, WHITE)
    _b75.right(book, pg, A4[0] - 40, 72, issue, "Vera", 10, WHITE)
    book.text(pg, 40, 108, f"{FICT} {INVENTED}", "VeraIt", 7.5, GREY)


def running(book, n, head, first=2):
    for pg in range(1, n + 1):
        if pg >= first:
            book.text(pg, 40, 34, head, "Vera", 7.5, GREY)
            book.rule(pg, 40, 40, A4[0] - 40, 40, 0.4, GREY)
        _b75.right(book, pg, A4[0] - 40, A4[1] - 24, str(pg), "VeraBd", 8, INK)


def pull_quote(book, pg, x, d, w, quote, rgb):
    """A pull quote in 15 pt italic between two rules, the words in curly quotes; returns its bottom."""
    book.rule(pg, x, d, x + w, d, 1.5, rgb)
    e = block_text(book, pg, x + 6, d + 24, w - 12, f"\u201c{quote}\u201d", "VeraIt", 15, 20, rgb)
    bottom = e - 6
    book.rule(pg, x, bottom, x + w, bottom, 1.5, rgb)
    book.blocks.append((pg, x, d, x + w, bottom, "pull", quote))
    return bottom


def photo(book, pg, x, d, w, h, png, caption):
    book.pictures.append((pg, x, d, w, h, png))
    e = block_text(book, pg, x, d + h + 11, w, caption, "VeraIt", 7.5, 9.5, GREY)
    book.blocks.append((pg, x, d, x + w, e, "photo", caption))
    return e


def _png(w, h, a, b):
    try:
        from ..blindkit.markup import striped_png
    except ImportError:
        from blindkit.markup import striped_png  # type: ignore
    return striped_png(w, h, a, b, 6)


# --------------------------------------------------------------------------
# columns.pdf: three columns of narrow justified text, from InDesign
# --------------------------------------------------------------------------
L, R = 40.0, A4[0] - 40.0
GUT = 12.0
CW3 = (R - L - 2 * GUT) / 3


def col3(k):
    return L + k * (CW3 + GUT)


def make_columns(out, pm):
    path = out / "columns.pdf"
    _b75.fonts()
    texts = texts_of(pm, _text.CO_BODY, "child")
    quote = pull_words(texts[_text.CO_PULL])
    png = _png(120, 80, (190, 170, 150), (120, 140, 160))
    book = Book()
    bottom = A4[1] - 50
    marks = {}

    def template(pg):
        if pg == 1:
            masthead(book, pg, _text.CO_MAST, _text.CO_ORG, _text.CO_ISSUE, PLUM)
            d = block_text(book, pg, L, 140, R - L, _text.CO_TITLE, "VeraBd", 20, 24, PLUM)
            # the standfirst, opened by a drop cap three lines deep
            cap = _text.CO_STANDFIRST[0]
            book.text(pg, L, d + 26, cap, "VeraBd", 38, PLUM)
            cw = _draw.sw(cap, "VeraBd", 38) + 5
            rest = _text.CO_STANDFIRST[1:]
            lines = _draw.wrap(rest.split(" "), R - L - cw, lambda z: _draw.sw(z, "Vera", 11))[:3]
            used = sum(len(ln) for ln in lines)
            lines += _draw.wrap(rest.split(" ")[used:], R - L, lambda z: _draw.sw(z, "Vera", 11))
            for i, ln in enumerate(lines):
                words_at(book, pg, L + (cw if i < 3 else 0), d + 4 + 14 * i, " ".join(ln), "Vera", 11, INK)
            marks["drop"] = (cap, rest.split(" ")[0], d + 26)
            e = d + 4 + 14 * max(len(lines), 3)
            book.text(pg, L, e + 2, _text.CO_BYLINE, "VeraBd", 8, GREY)
            top = e + 20
            book.rule(pg, L, top - 6, R, top - 6, 0.6, PLUM)
            # "In this issue" in the third column's head
            x, w = col3(2), CW3
            book.fill(pg, x, top, w, 118, PALE)
            book.text(pg, x + 8, top + 18, "In this issue", "VeraBd", 11, PLUM)
            dd = top + 36
            for s, n in _text.CO_CONTENTS:
                book.text(pg, x + 8, dd, s, "Vera", 8, INK)
                _b75.right(book, pg, x + w - 8, dd, n, "VeraBd", 8, PLUM)
                dd += 18
            book.blocks.append((pg, x, top, x + w, top + 118, "contents", None))
            return [{"page": pg, "x": col3(0), "top": top, "bottom": bottom, "w": CW3},
                    {"page": pg, "x": col3(1), "top": top, "bottom": bottom, "w": CW3},
                    {"page": pg, "x": col3(2), "top": top + 132, "bottom": bottom, "w": CW3}]
        top = 56.0
        if pg == 2:
            # a photo and its caption at the head of the first column; a pull quote across columns 2 and 3
            e = photo(book, pg, col3(0), top, CW3, 110, png, _text.CO_CAPTION)
            q0 = 330.0
            q1 = pull_quote(book, pg, col3(1), q0, 2 * CW3 + GUT, quote, PLUM)
            return [{"page": pg, "x": col3(0), "top": e + 10, "bottom": bottom, "w": CW3},
                    {"page": pg, "x": col3(1), "top": top, "bottom": q0 - 10, "w": CW3},
                    {"page": pg, "x": col3(1), "top": q1 + 12, "bottom": bottom, "w": CW3},
                    {"page": pg, "x": col3(2), "top": top, "bottom": q0 - 10, "w": CW3},
                    {"page": pg, "x": col3(2), "top": q1 + 12, "bottom": bottom, "w": CW3}]
        # page 3: a boxed case study across columns 1 and 2 at the foot
        b0 = 560.0
        bw = 2 * CW3 + GUT
        book.fill(pg, col3(0), b0, bw, bottom - b0, PALE)
        d = block_text(book, pg, col3(0) + 10, b0 + 20, bw - 20, _text.CO_CASE_TITLE, "VeraBd", 10, 13, PLUM)
        for n, s in _text.CO_CASE:
            book.text(pg, col3(0) + 10, d + 6, n, "VeraBd", 8.5, PLUM)
            d = block_text(book, pg, col3(0) + 26, d + 6, bw - 36, s, "Vera", 8.5, 11, INK) + 4
        book.blocks.append((pg, col3(0), b0, col3(0) + bw, bottom, "case", None))
        return [{"page": pg, "x": col3(0), "top": top, "bottom": b0 - 12, "w": CW3},
                {"page": pg, "x": col3(1), "top": top, "bottom": b0 - 12, "w": CW3},
                {"page": pg, "x": col3(2), "top": top, "bottom": bottom, "w": CW3}]

    fl = Flow(book, template, size=8.5, lead=11.0, gap=5.0)
    fl.next()
    fl.pour(_text.CO_BODY, texts)
    if book.pages < 3:
        raise AssertionError(f"{path.name}: {book.pages} pages")
    running(book, book.pages, _text.CO_HEAD)
    labels = [lab for lab, _n in _text.CO_BODY if lab != "h"]
    data, result, pages, _rec = pdf_article(path.name, book, fl, texts, dict(zip(
        ("Creator", "Producer"), _text.INDESIGN, strict=True), Title=_text.CO_TITLE, Author=_text.CO_ORG,
        Subject=FICT), labels)
    path.write_bytes(data)
    over, cols = crossings(book, fl, result)
    if not over or not cols:
        raise AssertionError(f"{path.name}: crossings {over} {cols}")
    # the traps: the pull quote's words are 3.3's words and stand on page 2; the drop cap apart from its word
    pq = next(b for b in book.blocks if b[5] == "pull")
    if not contains_seq(norm(texts[_text.CO_PULL]), norm(quote)) or \
            not contains_seq(words_on(pages, pq[0], pq[2], pq[4], pq[1], pq[3]), norm(quote)):
        raise AssertionError(f"{path.name}: the pull quote")
    big = [c for c in pages[0] if abs(c["size"] - 38) < 0.01]
    if "".join(c["text"] for c in big) != marks["drop"][0]:
        raise AssertionError(f"{path.name}: the drop cap")
    return {
        "note": ("A PARTNERSHIP'S BULLETIN FROM INDESIGN (Creator 'Adobe InDesign 19.4 (Macintosh)', Producer "
                 f"'Adobe PDF Library 17.0'), {book.pages} A4 pages, the review of Child M retold in its own "
                 "numbering: a masthead band, the issue line and the fiction label, the headline, a STANDFIRST "
                 f"OPENED BY A DROP CAP ('{marks['drop'][0]}' in 38 pt, then '{marks['drop'][1]} ...'), a byline, "
                 "an 'In this issue' box with page numbers at the head of the third column; THREE COLUMNS OF "
                 "NARROW JUSTIFIED TEXT (each word placed where the justification puts it), crossheads in bold "
                 "teal, paragraphs 2.1 to 4.4 each opening with its number in bold run in before its words; "
                 f"{', '.join(cols)} run from the foot of one column to the head of the next and "
                 f"{', '.join(over)} over a page break (from the third column to the first). Page 2: a photo and "
                 "its italic caption at the head of the first column, and A PULL QUOTE IN 15 pt ITALIC SET ACROSS "
                 f"THE SECOND AND THIRD COLUMNS repeating words of {_text.CO_PULL} ('{quote[:40]} ...'), the "
                 "columns running above it and on below it (column 2 above, column 2 below, then column 3). Page "
                 "3: A BOXED CASE STUDY ACROSS THE FIRST TWO COLUMNS at the foot, its own steps numbered '1' to "
                 "'3' in bold. Running head and folio from page 2. Each key holds the review's own numbered "
                 "paragraphs only, each once, in reading order; never the standfirst, drop cap, byline, contents, "
                 "crossheads, pull quote, caption, case study, masthead, running heads or folios. page = the PDF "
                 "page where the paragraph starts, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# jump.pdf: a magazine, the article jumped from page 1 to page 3
# --------------------------------------------------------------------------
CW2 = (R - L - 18) / 2


def col2(k):
    return L + k * (CW2 + 18)


def make_jump(out, pm):
    path = out / "jump.pdf"
    _b75.fonts()
    texts = texts_of(pm, _text.JU_BODY, "adult")
    labels = [lab for lab, _n in _text.JU_BODY]
    bottom = A4[1] - 56
    for cut in range(0, 400, 11):  # page 1's second column shortened line by line until the jump falls mid-paragraph
        book = Book()
        marks = {}

        def template(pg, cut=cut, book=book, marks=marks):
            if pg == 1:
                masthead(book, pg, _text.JU_MAST, _text.JU_ORG, _text.JU_ISSUE, NAVY)
                d = block_text(book, pg, L, 142, R - L, _text.JU_TITLE, "VeraBd", 19, 23, NAVY)
                d = block_text(book, pg, L, d + 2, R - L, _text.JU_INTRO, "VeraIt", 10.5, 14, GREY)
                book.text(pg, L, d + 2, _text.JU_BYLINE, "VeraBd", 8, GREY)
                top = d + 18
                # "In this issue" at the foot of the second column
                x, b0 = col2(1), bottom - 96
                book.fill(pg, x, b0, CW2, 96, PALE)
                book.text(pg, x + 8, b0 + 16, "In this issue", "VeraBd", 10, NAVY)
                dd = b0 + 32
                for s, n in _text.JU_CONTENTS:
                    book.text(pg, x + 8, dd, s, "Vera", 8, INK)
                    _b75.right(book, pg, x + CW2 - 8, dd, n, "VeraBd", 8, NAVY)
                    dd += 15
                book.blocks.append((pg, x, b0, x + CW2, bottom, "contents", None))
                marks["jump_from"] = (pg, x, b0 - 30 - cut)
                return [{"page": pg, "x": col2(0), "top": top, "bottom": bottom, "w": CW2},
                        {"page": pg, "x": col2(1), "top": top, "bottom": b0 - 30 - cut, "w": CW2}]
            if pg == 2:
                # other articles: a news item with its own numbered list, set as the review's paragraphs are
                d = block_text(book, pg, col2(0), 70, CW2, _text.JU_NEWS_TITLE, "VeraBd", 13, 16, NAVY)
                d = block_text(book, pg, col2(0), d + 4, CW2, _text.JU_NEWS_INTRO, "Vera", 8.5, 11, INK) + 4
                for n, s in _text.JU_NEWS:
                    book.text(pg, col2(0), d, n, "VeraBd", 8.5, NAVY)
                    d = block_text(book, pg, col2(0) + 26, d, CW2 - 26, s, "Vera", 8.5, 11, INK) + 5
                book.blocks.append((pg, col2(0), 56, col2(0) + CW2, d, "news", None))
                e = block_text(book, pg, col2(1), 70, CW2, _text.JU_LAW_TITLE, "VeraBd", 13, 16, NAVY)
                e = block_text(book, pg, col2(1), e + 4, CW2, _text.JU_LAW, "Vera", 8.5, 11, INK)
                book.blocks.append((pg, col2(1), 56, col2(1) + CW2, e, "law", None))
                return []
            # page 3: the jump's head and "Continued from page 1", the article on; letters at the foot of column 2
            book.text(pg, col2(0), 68, "Mr D (continued)", "VeraBd", 11, NAVY)
            book.text(pg, col2(0), 82, "Continued from page 1", "VeraIt", 8, GREY)
            b0 = bottom - 90
            d = block_text(book, pg, col2(1), b0 + 14, CW2, _text.JU_LETTERS_TITLE, "VeraBd", 11, 14, NAVY)
            block_text(book, pg, col2(1), d + 2, CW2, _text.JU_LETTERS, "VeraIt", 8, 10, INK)
            book.blocks.append((pg, col2(1), b0, col2(1) + CW2, bottom, "letters", None))
            return [{"page": pg, "x": col2(0), "top": 90, "bottom": bottom, "w": CW2},
                    {"page": pg, "x": col2(1), "top": 56, "bottom": b0 - 12, "w": CW2}]

        fl = Flow(book, template, mode="hang", size=8.5, lead=11.0, gap=6.0, indent=26.0, num_rgb=NAVY)
        fl.next()
        fl.pour(_text.JU_BODY, texts)
        jumped = [lab for lab in labels if 1 in para_pages(book, lab) and 3 in para_pages(book, lab)]
        if book.pages == 3 and len(jumped) == 1:
            lab = jumped[0]
            ws = [ln for ln in book.lines if ln["role"] == "para" and ln["para"] == lab]
            before = [ln["s"] for ln in ws if ln["page"] == 1]
            if len({ln["d"] for ln in ws if ln["page"] == 1}) >= 2 and len({ln["d"] for ln in ws if
                                                                           ln["page"] == 3}) >= 2 and \
                    before[-1][-1] not in ".?!":
                break
    else:
        raise AssertionError(f"{path.name}: no jump mid-paragraph")
    pg, x, d = marks["jump_from"]
    _b75.right(book, pg, x + CW2, d + 14, "Continued on page 3", "VeraIt", 8, GREY)
    running(book, book.pages, f"{_text.JU_MAST} \u00b7 {_text.JU_ISSUE}")
    data, result, pages, _rec = pdf_article(path.name, book, fl, texts, {
        "Title": _text.JU_TITLE, "Author": _text.JU_ORG, "Subject": FICT, "Creator": _text.INDESIGN[0],
        "Producer": _text.INDESIGN[1]}, labels)
    path.write_bytes(data)
    # the traps: the news list "1." to "5." on page 2 at the column's left in the number's face; the jump lines
    news = [ln["s"] for ln in book.lines if ln["page"] == 2 and ln["face"] == "VeraBd" and ln["x"] == col2(0)
            and ln["size"] == 8.5]
    if news != [n for n, _s in _text.JU_NEWS] or any(d["page"] == 2 for d in result):
        raise AssertionError(f"{path.name}: the news list {news}")
    if not contains_seq(words_on(pages, 1), norm("Continued on page 3")) or \
            not contains_seq(words_on(pages, 3), norm("Continued from page 1")):
        raise AssertionError(f"{path.name}: the jump lines")
    ws = [ln for ln in book.lines if ln["role"] == "para" and ln["para"] == lab]
    last1 = " ".join(ln["s"] for ln in ws if ln["page"] == 1).split()[-4:]
    first3 = " ".join(ln["s"] for ln in ws if ln["page"] == 3).split()[:4]
    return {
        "note": ("A PROFESSIONAL BODY'S MAGAZINE FROM INDESIGN, three A4 pages in two columns: a masthead band, the "
                 "issue line and the fiction label, the headline, an italic intro and a byline; the review of Mr D "
                 f"retold in its own numbering, paragraphs {labels[0]} to {labels[-1]} justified, each number in "
                 "bold navy at the column's left and its words hung at the indent; an 'In this issue' box with page "
                 f"numbers at the foot of page 1's second column. THE ARTICLE JUMPS: {lab} stops mid-sentence at "
                 f"the foot of page 1's second column after '... {' '.join(last1)}', over the line 'Continued on "
                 "page 3'; PAGE 2 HOLDS OTHER ARTICLES ('News: the new supervision standard', whose OWN NUMBERED "
                 "LIST '1.' TO '5.' is set as the review's paragraphs are, the number in bold navy at the column's "
                 "left and the words hung at the indent, and 'Ask the lawyer'); page 3 opens with the jump head 'Mr "
                 f"D (continued)' and 'Continued from page 1', and {lab} goes on ('{' '.join(first3)} ...') and the "
                 "article to its end, 'Letters' boxed at the foot of the second column. THE JUMPED PARAGRAPH IS ONE "
                 f"PARAGRAPH: its page is the page where it starts ({result[labels.index(lab)]['page']}), its "
                 "ends_with the last words of its part after 'Continued from page 1'. Each key holds the review's "
                 "own numbered paragraphs only, each once, in reading order; never the news item's list, other "
                 "articles, jump lines or heads, the intro, byline, contents, masthead, running heads or folios. "
                 "page = the PDF page where the paragraph starts, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# bulletin.pdf: two articles from two reviews, each with its own numbering, from Publisher
# --------------------------------------------------------------------------
def make_bulletin(out, pm):
    path = out / "bulletin.pdf"
    _b75.fonts()
    ta = texts_of(pm, _text.BU_A_BODY, "dhr")
    tb = texts_of(pm, _text.BU_B_BODY, "adult")
    texts = {**ta, **tb}
    quote = pull_words(ta[_text.BU_PULL], 12)
    png = _png(120, 90, (150, 170, 120), (200, 190, 160))
    book = Book()
    bottom = A4[1] - 50

    def template(pg):
        if pg == 1:
            masthead(book, pg, _text.BU_MAST, _text.BU_ORG, _text.BU_ISSUE, TEAL)
            e = photo(book, pg, col2(1), 124, CW2, 130, png, _text.BU_CAPTION)
            return [{"page": pg, "x": col2(0), "top": 124, "bottom": bottom, "w": CW2},
                    {"page": pg, "x": col2(1), "top": e + 12, "bottom": bottom, "w": CW2}]
        top = 56.0
        if pg == 2:
            q1 = pull_quote(book, pg, col2(0), top, CW2, quote, TEAL)
            b0 = bottom - 120
            book.fill(pg, col2(1), b0, CW2, 120, PALE)
            d = block_text(book, pg, col2(1) + 10, b0 + 20, CW2 - 20, _text.BU_NEWS_TITLE, "VeraBd", 11, 14, TEAL)
            for n, s in _text.BU_NEWS:
                book.text(pg, col2(1) + 10, d + 4, n, "VeraBd", 8.5, TEAL)
                d = block_text(book, pg, col2(1) + 26, d + 4, CW2 - 36, s, "Vera", 8.5, 11, INK) + 3
            book.blocks.append((pg, col2(1), b0, col2(1) + CW2, bottom, "news", None))
            return [{"page": pg, "x": col2(0), "top": q1 + 14, "bottom": bottom, "w": CW2},
                    {"page": pg, "x": col2(1), "top": top, "bottom": b0 - 14, "w": CW2}]
        return [{"page": pg, "x": col2(0), "top": top, "bottom": bottom, "w": CW2},
                {"page": pg, "x": col2(1), "top": top, "bottom": bottom, "w": CW2}]

    fl = Flow(book, template, size=8.5, lead=11.0, gap=6.0, num_rgb=TEAL)
    fl.next()
    items = [("title", _text.BU_A_TITLE, _text.BU_A_INTRO), *_text.BU_A_BODY,
             ("title", _text.BU_B_TITLE, _text.BU_B_INTRO), *_text.BU_B_BODY]
    fl.pour(items, texts)
    running(book, book.pages, f"{_text.BU_MAST} \u00b7 {_text.BU_ISSUE}")
    labels = [lab for lab, _n in _text.BU_A_BODY + _text.BU_B_BODY]
    data, result, pages, _rec = pdf_article(path.name, book, fl, texts, {
        "Title": f"{_text.BU_MAST} {_text.BU_ISSUE}", "Author": _text.BU_ORG, "Subject": FICT,
        "Creator": _text.PUBLISHER[0], "Producer": _text.PUBLISHER[1]}, labels)
    path.write_bytes(data)
    over, cols = crossings(book, fl, result)
    if not over:
        raise AssertionError(f"{path.name}: no paragraph over a page break")
    news = [ln["s"] for ln in book.lines if ln["face"] == "VeraBd" and ln["size"] == 8.5 and ln["role"] != "num"]
    pq = next(b for b in book.blocks if b[5] == "pull")
    if news != [n for n, _s in _text.BU_NEWS] or \
            not contains_seq(words_on(pages, pq[0], pq[2], pq[4], pq[1], pq[3]), norm(quote)):
        raise AssertionError(f"{path.name}: the news box or the pull quote")
    pb = result[len(_text.BU_A_BODY)]["page"]
    return {
        "note": ("A COMMUNITY SAFETY PARTNERSHIP'S BULLETIN FROM PUBLISHER (Creator and Producer 'Microsoft\u00ae "
                 f"Publisher for Microsoft 365'), {book.pages} A4 pages in two columns of justified text: a masthead "
                 "band, the fiction label, a photo and its italic caption at the head of page 1's second column. "
                 "THE ISSUE HOLDS TWO ARTICLES FROM TWO REVIEWS, EACH WITH ITS OWN NUMBERING, one after the other in "
                 f"the columns: '{_text.BU_A_TITLE}', a DHR's paragraphs 12 to 19 (plain numbers, the review's "
                 f"own), then from page {pb} '{_text.BU_B_TITLE}', a SAR's paragraphs 4.1 to 4.5; each article has "
                 "its bold title and an italic intro, and each paragraph opens with its number in bold teal run in "
                 f"before its words; {', '.join(over)} over a page break"
                 + (f", {', '.join(cols)} from one column to the next" if cols else "") + ". Page 2: A PULL QUOTE "
                 f"at the head of the first column repeating words of {_text.BU_PULL} ('{quote[:40]} ...'), and a "
                 "'Partnership news' box at the foot of the second column whose OWN ITEMS ARE NUMBERED '1' TO '3' "
                 "in bold teal. THE KEY HOLDS BOTH REVIEWS' PARAGRAPHS, each under its own review's numbers, in "
                 "reading order (12 to 19, then 4.1 to 4.5): both are reviews' numbered paragraphs as the bulletin "
                 "prints them. Never the news box's items, the pull quote, caption, titles, intros, masthead, "
                 "running heads or folios. page = the PDF page where the paragraph starts, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# email.html: an e-mail newsletter as a mailing service sends it
# --------------------------------------------------------------------------
EM_CSS = """p{margin:10px 0;padding:0}table{border-collapse:collapse}h1,h2,h3{display:block;margin:0;padding:0}
img,a img{border:0;height:auto;outline:none;text-decoration:none}body,#bodyTable,#bodyCell{height:100%;margin:0;
padding:0;width:100%}.mcnPreviewText{display:none !important}#bodyCell{padding:10px}.templateContainer{max-width:
600px !important}.mcnTextContent{word-break:break-word}.mcnTextContent p{font-family:Helvetica;font-size:16px;
line-height:150%}.mcnBoxedTextContentContainer{background-color:#F4EEF4}#templateFooter .mcnTextContent{font-size:
12px;color:#656565;text-align:center}@media only screen and (max-width:480px){.mcnTextContent{padding-right:18px
!important;padding-left:18px !important}}"""


def em_block(inner, cls="mcnTextBlock"):
    """A mailing service's content block: a table of a table of a cell."""
    return (f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="{cls}" style="min-width:100%;">'
            f'<tbody class="{cls}Outer"><tr><td valign="top" class="{cls}Inner" style="padding-top:9px;">'
            '<!--[if mso]><table align="left" border="0" cellspacing="0" cellpadding="0" width="100%" '
            'style="width:100%;"><tr><td valign="top" width="600" style="width:600px;"><![endif]-->'
            '<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" '
            'width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" '
            f'style="padding:0px 18px 9px;">{inner}</td></tr></tbody></table><!--[if mso]></td></tr></table>'
            '<![endif]--></td></tr></tbody></table>')


def make_email(out, pm):
    path = out / "email.html"
    texts = texts_of(pm, _text.EM_BODY, "adult")
    quote = pull_words(texts["2.1"], 16)
    uid, cid = token("em76u", 25, "0123456789abcdef"), token("em76c", 10, "0123456789abcdef")
    archive = f"https://us21.campaign-archive.example/?u={uid}&amp;id={cid}"
    blocks, order, section = [], [], []

    def flush():
        if section:
            blocks.append(em_block("".join(section)))
            section.clear()

    for it in _text.EM_BODY:
        if it[0] == "h":
            flush()
            section.append(f'<h3 style="color:#6b2166;font-family:Helvetica;font-size:20px;">{hesc(it[1])}</h3>')
            continue
        lab = it[0]
        order.append(lab)
        section.append(f'<p style="text-align:left;"><strong>{lab}</strong>&nbsp; {hesc(texts[lab])}</p>')
        if lab == "2.2":
            flush()
            blocks.append(em_block(f'<p style="font-size:20px;font-style:italic;color:#6b2166;">\u201c{hesc(quote)}'
                                   '\u201d</p>', "mcnBoxedTextBlock"))
    flush()
    events = "".join(f"<li>{hesc(e)}</li>" for e in _text.EM_EVENTS)
    blocks.append(em_block(f'<h3>{hesc(_text.EM_EVENTS_TITLE)}</h3><ol>{events}</ol>'))
    blocks.append(em_block(f"<p>{hesc(_text.EM_PODCAST)}</p>"))
    blocks.append('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock"><tbody '
                  'class="mcnButtonBlockOuter"><tr><td align="center" valign="top" class="mcnButtonBlockInner">'
                  '<table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="'
                  'border-radius:3px;background-color:#6B2166;"><tbody><tr><td align="center" valign="middle" '
                  'class="mcnButtonContent" style="font-family:Arial;font-size:16px;padding:15px;"><a class="'
                  'mcnButton" title="Read the full review" href="https://brackenmoor-sab.example/reviews/mrs-f" '
                  'target="_blank" style="font-weight:bold;color:#FFFFFF;">Read the full review</a></td></tr>'
                  '</tbody></table></td></tr></tbody></table>')
    body = "\n".join(blocks)
    footer = em_block(
        '<p><a href="https://twitter.example/brackenmoorsab">Twitter</a> | <a href="https://brackenmoor-sab.example">'
        'Website</a></p><em>Copyright \u00a9 2025 Brackenmoor Safeguarding Adults Board (fictional), All rights '
        'reserved.</em><br>You are receiving this email because you signed up to the board\u2019s learning '
        f'briefings.<br><br><strong>Our mailing address is:</strong><br>{hesc(_text.EM_ADDRESS)}<br><br>Want to '
        'change how you receive these emails?<br>You can <a href="https://brackenmoor-sab.us21.list-manage.example/'
        f'profile?u={uid}">update your preferences</a> or <a href="https://brackenmoor-sab.us21.list-manage.example/'
        f'unsubscribe?u={uid}&amp;id={cid}">unsubscribe from this list</a>.')
    mso_head = ("<!--[if gte mso 15]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96"
                "</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->")
    pre = ('<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; '
           'line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; '
           f'mso-hide:all;">{hesc(_text.EM_PREHEADER)}</span><!--<![endif]-->')
    mso_open = ('<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" '
                'width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" '
                'style="width:600px;"><![endif]-->')
    browser = em_block(f'<p style="text-align:right;font-size:11px;"><a href="{archive}" target="_blank">View this '
                       'email in your browser</a></p>')
    banner = ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody><tr><td '
              'class="mcnImageContent" valign="top" style="padding:9px 18px;text-align:center;"><img align="center" '
              f'alt="{hesc(_text.EM_FROM)}" src="https://mcusercontent.example/{uid}/images/banner.png" width="564" '
              'style="max-width:1200px;" class="mcnImage"></td></tr></tbody></table>')
    title = em_block(f'<p style="font-size:11px;color:#656565;">{hesc(FICT)} {hesc(INVENTED)}</p><h1 style="color:'
                     f'#6b2166;font-size:26px;">{hesc(_text.EM_TITLE)}</h1>')
    html = "\n".join([
        "<!doctype html>",
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">',
        "<head>", mso_head, '<meta charset="UTF-8">', '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{hesc(_text.EM_SUBJECT)}</title>", f'<style type="text/css">{EM_CSS}</style>', "</head>", "<body>",
        "<!--*|IF:MC_PREVIEW_TEXT|*-->", pre, "<!--*|END:IF|*-->", "<center>",
        '<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">',
        '<tr><td align="center" valign="top" id="bodyCell">', mso_open,
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">',
        f'<tr><td valign="top" id="templatePreheader">{browser}</td></tr>',
        f'<tr><td valign="top" id="templateHeader">{banner}', f"{title}</td></tr>",
        f'<tr><td valign="top" id="templateBody">{body}</td></tr>',
        f'<tr><td valign="top" id="templateFooter">{footer}</td></tr>', "</table>",
        "<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->", "</td></tr>", "</table>", "</center>",
        "</body>", "</html>", ""])
    path.write_text(html, encoding="utf-8")
    result = [entry(lab, None, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()), 40, 260)
    check_count(path.name, result, 9, 20)
    # read back with lxml: each paragraph a <p> in a text block's cell opening with <strong>number</strong>
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    got = []
    for p in root.xpath('//td[@class="mcnTextContent"]/p'):
        st = p.find("strong")
        if st is not None and p.text is None and NUMBER.fullmatch(st.text_content()):
            got.append([st.text_content(), (st.tail or "").replace("\u00a0", " ").strip()])
    if got != [[d["label"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"{path.name}: read back {[g[0] for g in got]}")
    nested = root.xpath('//td[@class="mcnTextContent"]/ancestor::table')
    lis = [li.text_content() for li in root.xpath("//ol/li")]
    all_text = " ".join(root.text_content().split())
    if len(nested) < 5 or lis != _text.EM_EVENTS or "View this email in your browser" not in all_text or \
            "unsubscribe from this list" not in all_text or norm(quote)[0] not in norm(all_text):
        raise AssertionError(f"{path.name}: the layout tables, events, browser line or footer")
    return {
        "note": ("AN E-MAIL NEWSLETTER AS A MAILING SERVICE SENDS IT (UTF-8 HTML with conditional comments for "
                 "Outlook, the campaign's subject as <title>): a HIDDEN PREHEADER span, 'View this email in your "
                 "browser' linking to the campaign archive, a banner image, the fiction label and the article's "
                 "title, then the article in NESTED LAYOUT TABLES (a content block is a table of a table of a "
                 "td.mcnTextContent), its crossheads as <h3>; each paragraph a <p> opening '<strong>2.1</strong>"
                 f"&nbsp; ...', from {order[0]} to {order[-1]}. A BOXED QUOTE after 2.2 repeating words of 2.1 "
                 f"('{quote[:40]} ...'); after the article 'Training dates' as an <ol> of three dates (numbered "
                 "by the list, not the review), a podcast note, a 'Read the full review' button, and THE FOOTER "
                 "(social links, 'Copyright \u00a9 2025 ...', why you receive it, the mailing address, 'update "
                 "your preferences or unsubscribe from this list'). Each key holds the review's own numbered "
                 "paragraphs only, each once, in reading order; never the preheader, the browser line, the boxed "
                 "quote, the training dates, the podcast note, the button or the footer. No pages (null), as "
                 "earlier HTML keys."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# newsletter.docx: a Word newsletter, its article in two linked text boxes
# --------------------------------------------------------------------------
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
NL_DOCNS = _b75.DOCNS.replace('mc:Ignorable="w14"', f'xmlns:wps="{WPS_NS}" xmlns:wp14="http://schemas.microsoft.com/'
                              'office/word/2010/wordprocessingDrawing" mc:Ignorable="w14 wp14"')
NL_STYLE = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="ArticlePara"><w:name w:val="Article Para"/>'
            '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="454"/></w:tabs>'
            '<w:spacing w:after="100" w:line="240" w:lineRule="auto"/><w:ind w:left="454" w:hanging="454"/><w:jc '
            'w:val="both"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ArticleTitle"><w:name w:val="Article Title"/>'
            '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:color '
            'w:val="6B2166"/><w:sz w:val="32"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Byline"><w:name w:val="Byline"/><w:basedOn '
            'w:val="Normal"/><w:rPr><w:i/><w:color w:val="666666"/><w:sz w:val="16"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="PullQuote"><w:name w:val="Pull Quote"/>'
            '<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:i/><w:color w:val="6B2166"/>'
            '<w:sz w:val="30"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Masthead"><w:name w:val="Masthead"/>'
            '<w:basedOn w:val="Normal"/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="6B2166"/></w:pPr><w:rPr>'
            '<w:b/><w:color w:val="FFFFFF"/><w:sz w:val="56"/></w:rPr></w:style>')


def text_box(n, name, x, y, cx, cy, content=None, link=None, nxt=None, fill=None):
    """A floating text box anchored in a paragraph, as Word writes one: the DrawingML shape in mc:Choice (its text
    in wps:txbx, or wps:linkedTxbx when it continues box ``link`` = (id, seq)), its VML twin in mc:Fallback (the
    story's text again in the first box, mso-next-textbox naming the box the text flows on to)."""
    emu = lambda v: int(v * 12700)  # noqa: E731
    fillx = (f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else '<a:noFill/>')
    if link is None:
        tx = f'<wps:txbx id="{n}"><w:txbxContent>{content}</w:txbxContent></wps:txbx>' if nxt else \
            f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        nx = f' style="mso-next-textbox:#{nxt}"' if nxt else ""
        vtx = f"<v:textbox{nx}><w:txbxContent>{content}</w:txbxContent></v:textbox>"
    else:
        tx = f'<wps:linkedTxbx id="{link[0]}" seq="{link[1]}"/>'
        vtx = '<v:textbox/>'
    vfill = f' fillcolor="#{fill}"' if fill else ' filled="f"'
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor '
            'distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="25165'
            f'{8240 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="page"><wp:posOffset>{emu(x)}</wp:posOffset></wp:positionH><wp:positionV '
            f'relativeFrom="page"><wp:posOffset>{emu(y)}</wp:posOffset></wp:positionV><wp:extent cx="{emu(cx)}" '
            f'cy="{emu(cy)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{n}" name="{name}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="{_b75.A_NS}">'
            f'<a:graphicData uri="{WPS_NS}"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{emu(cx)}" cy="{emu(cy)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fillx}'
            f'<a:ln w="6350"><a:noFill/></a:ln></wps:spPr>{tx}<wps:bodyPr rot="0" vert="horz" wrap="square" '
            'lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/>'
            '</wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>'
            f'<w:pict><v:shape id="{name}" o:spid="_x0000_s10{25 + n}" type="#_x0000_t202" style="position:absolute;'
            f'margin-left:{x}pt;margin-top:{y}pt;width:{cx}pt;height:{cy}pt;z-index:{n};mso-position-horizontal-'
            f'relative:page;mso-position-vertical-relative:page"{vfill} stroked="f" strokeweight=".5pt">{vtx}'
            '<w10:wrap type="square" anchorx="page" anchory="page"/></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


def make_newsletter(out, pm):
    path = out / "newsletter.docx"
    texts = texts_of(pm, _text.NL_BODY, "child")
    quote = pull_words(texts[_text.NL_PULL], 12)
    story = (f'<w:p><w:pPr><w:pStyle w:val="ArticleTitle"/></w:pPr>{wr(_text.NL_TITLE)}</w:p>'
             f'<w:p><w:pPr><w:pStyle w:val="Byline"/></w:pPr>{wr(_text.NL_BYLINE)}</w:p>'
             + "".join(f'<w:p><w:pPr><w:pStyle w:val="ArticlePara"/></w:pPr>{wr(lab + chr(9) + texts[lab])}</w:p>'
                       for lab, _n in _text.NL_BODY))
    pull = f'<w:p><w:pPr><w:pStyle w:val="PullQuote"/></w:pPr>{wr(chr(0x201c) + quote + chr(0x201d))}</w:p>'
    brief = (f'<w:p><w:pPr><w:pStyle w:val="ArticleTitle"/></w:pPr>{wr(_text.NL_BOX_TITLE)}</w:p>'
             + "".join(f'<w:p><w:pPr><w:ind w:left="284" w:hanging="284"/></w:pPr>{wr(chr(0x2022) + chr(9) + s)}'
                       '</w:p>' for s in _text.NL_BOX))
    boxes = (text_box(1, "Text Box 1", 40, 150, 252, 560, story, nxt="Text Box 2")
             + text_box(2, "Text Box 2", 303, 150, 252, 420, link=(1, 1))
             + text_box(3, "Text Box 3", 303, 580, 252, 70, pull)
             + text_box(4, "Text Box 4", 303, 660, 252, 130, brief, fill="F4EEF4"))
    b = [f'<w:p><w:pPr><w:pStyle w:val="Masthead"/></w:pPr>{wr(_text.NL_MAST)}</w:p>',
         "<w:p>" + wr(_text.NL_ORG + " \u00b7 " + _text.NL_ISSUE) + "</w:p>",
         f'<w:p>{wr(f"{FICT} {INVENTED}", _b75.LABEL_RPR)}</w:p>',
         f'<w:p>{boxes}</w:p>', _b75.PAGE_BREAK,
         f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{wr(_text.NL_P2_TITLE)}</w:p>',
         *[f"<w:p>{wr(s)}</w:p>" for s in _text.NL_P2], f"<w:p>{wr(_text.NL_P2_NOTE)}</w:p>"]
    doc = _b75.doc_xml("".join(b)).replace(f"<w:document {_b75.DOCNS}>", f"<w:document {NL_DOCNS}>")
    header, footer = _b75.hdr_ftr(f"{_text.NL_MAST} \u00b7 {_text.NL_ISSUE}")
    footer = footer.replace(">3<", ">2<")
    words = sum(len(t.split()) for t in texts.values())
    data = _b75.word_package(doc, _b75.word_styles(NL_STYLE), _text.NL_TITLE, "Wendlebury Safeguarding Partnership "
                             "(fictional)", 2, words, "2025-06-30T08:10:00Z", "2025-07-04T16:25:00Z", header, footer)
    path.write_bytes(data)
    result = [entry(lab, 1, texts[lab]) for lab, _n in _text.NL_BODY]
    check_lengths(path.name, list(texts.values()), 40, 260)
    check_count(path.name, result, 9, 20)
    # read back: the story once in the first box's wps:txbx and once in its VML twin; the linked box empty; every
    # numbered paragraph before the page break; page 2's "1. ..." items after it
    import zipfile

    from lxml import etree
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    ns = {"w": W_NS, "wps": WPS_NS, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
          "v": "urn:schemas-microsoft-com:vml"}

    def numbered(paras):
        out_ = []
        for p in paras:
            txt = "".join((e.text or "") if e.tag == f"{{{W_NS}}}t" else "\t"
                          for e in p.iter(f"{{{W_NS}}}t", f"{{{W_NS}}}tab"))
            lab, tab, rest = txt.partition("\t")
            if tab and NUMBER.fullmatch(lab):
                out_.append([lab, rest])
        return out_

    want = [[d["label"], texts[d["label"]]] for d in result]
    choice = numbered(root.xpath("//mc:Choice//wps:txbx/w:txbxContent/w:p", namespaces=ns))
    fallback = numbered(root.xpath("//mc:Fallback//v:textbox/w:txbxContent/w:p", namespaces=ns))
    linked = root.xpath("//wps:linkedTxbx", namespaces=ns)
    body = root.find(f"{{{W_NS}}}body")
    kids = list(body)
    brk = next(k for k, el in enumerate(kids) if el.find(f".//{{{W_NS}}}br[@{{{W_NS}}}type='page']") is not None)
    anchor = next(k for k, el in enumerate(kids) if el.find(".//wps:txbx", ns) is not None)
    after = ["".join(el.itertext()) for el in kids[brk + 1:] if el.tag == f"{{{W_NS}}}p"]
    if choice != want or fallback != want or len(linked) != 1 or linked[0].get("seq") != "1" or anchor > brk or \
            after[1:4] != _text.NL_P2:
        raise AssertionError(f"{path.name}: read back {[c[0] for c in choice]}")
    return {
        "note": ("A WORD NEWSLETTER (.docx as Word saves it: styles, a header and a 'Page N of M' footer of fields, "
                 "docProps), two pages by its one page break: a masthead paragraph on a plum fill, the partnership "
                 "and issue line, the fiction label, and ONE PARAGRAPH ANCHORING FOUR FLOATING TEXT BOXES "
                 "positioned on page 1. THE ARTICLE SITS IN TWO LINKED TEXT BOXES (two columns): the first box "
                 "(wps:txbx id=\"1\") HOLDS THE WHOLE STORY (the title, a byline, paragraphs "
                 f"{result[0]['label']} to {result[-1]['label']} typed '6.1<TAB>...' in a hanging justified 'Article "
                 "Para' style), the second (wps:linkedTxbx id=\"1\" seq=\"1\") holds no text of its own: Word flows "
                 "the story on into it; as Word writes them, EACH BOX'S TEXT IS WRITTEN TWICE, in mc:Choice "
                 "(DrawingML) and again in its VML twin in mc:Fallback (v:textbox, mso-next-textbox naming the "
                 f"second box). A third box is A PULL QUOTE repeating words of {_text.NL_PULL} ('{quote[:40]} ...'), "
                 "a fourth a shaded 'Seven-minute briefing' of three bulleted points. Page 2 (after the page break): "
                 "'Dates for your diary' as Heading 1 and three paragraphs typed '1. Safer sleep training ...' to "
                 "'3. ...', and a closing note. Each key holds the review's own numbered paragraphs only, EACH ONCE "
                 "(not again from the fallback), in reading order; never the title, byline, pull quote, briefing, "
                 "masthead, diary dates, header or footer. page = 1 + the page breaks before the paragraph that "
                 "anchors the text boxes, as earlier DOCX keys give pages: 1 for every paragraph (both linked boxes "
                 "are on page 1)."),
        "paragraphs": result,
    }


def build(out):
    return _harness.build_files(out, ParaMaker(), {"columns.pdf": make_columns, "jump.pdf": make_jump,
                                                    "bulletin.pdf": make_bulletin, "email.html": make_email,
                                                    "newsletter.docx": make_newsletter})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind76-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
