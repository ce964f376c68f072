"""Blind fixture generator 78: five FICTIONAL files, each a review whose NUMBERING WAS TYPED BY PEOPLE, as reviews
really are (in Word with its automatic numbering switched off, or pasted between templates), with the marks that
leaves: numbers typed with odd spacing or punctuation ("4. 2", "4 .3", "4.4.", "4,5", "4.6)", "(4.7)", a tab, five
spaces or a non-breaking space after the number, the number in bold and the words not); the slips a reader forgives (a
number skipped, one repeated, one out of order, a section's numbering restarted by mistake); sub-paragraphs under a
number ("(a)", "(i)", bullets, the paragraph running on after them) beside numbers with a letter ("2.5a"); a number on
a line of its own or in a one-row table cell beside its words; and a review begun in one template and pasted part way
through into another ("1.1" in Word's own numbering, then "5-12" typed, some paragraphs keeping the number they had).

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab, lxml and pdfplumber; no network. Each PDF is laid out first into a record (round
75's Book: A4 pages, every piece of text as printed with its page, x, the baseline's depth below the top, face, size,
colour and role: a paragraph's number as typed, its words, or furniture), its body poured down the pages (a heading
kept with three lines, a paragraph's first two lines kept together) and drawn with reportlab as its tool would (Word
2016's "Save as PDF", LibreOffice Writer's export: embedded TrueType subsets). The Word files are written part by part
as Word saves them (round 75's package; the kit's wordml for the one with numbering.xml), the web page as Word's "Web
Page, Filtered" writes one.

The key is worked out from the record (the paragraphs in the order poured or written, each with the number a reader
cites it by) and checked WITHOUT the project's parser: every PDF is read back character by character at its places with
pdfplumber (no other character), and its key worked out a second time by a reader's rule (below, per file) from the
characters; the Word files are read back with lxml from document.xml (Word's own numbers worked out from
numbering.xml with the kit's wordread), the web page with lxml.html, each key worked out again by a reader's rule;
and each trap is shown to be in the file (the raw characters or runs of each odd number, the slips in the printed
order, the items' markers and indents, the table cell, the two templates' numbers).

typed.pdf     A SAR TYPED IN WORD 2016, saved as PDF: 4.1 to 4.9 each typed its own way ("4.1<TAB>", "4. 2", "4 .3",
              "4.4.", "4,5", "4.6) ", "(4.7)", "4.8" and five spaces, "4.9" and two spaces), 5.1 to 5.5 with
              the number in bold and the words not, 5.3 skipped
slips.docx    A DHR TYPED IN WORD with its numbering off: 3.4 skipped, 3.6 typed twice, 3.9 between 3.7 and 3.8, 3.7 a
              number on a line of its own, 4.3 in a one-row table beside its words, 4.1 and 4.2 again after 4.4
subparas.pdf  A CSPR FROM LIBREOFFICE WRITER: "(a)"-"(c)" and "(i)"-"(iii)" items under 2.2 and 2.3 (2.3 running on
              after them), 2.5a and 2.5b after 2.5, bullets inside 3.1 which runs on after them, 3.4a
pasted.docx   A SAR BEGUN IN THE BOARD'S TEMPLATE (Word's numbering, "%1." headings and "%1.%2" paragraphs 1.1 to 4.2)
              AND PASTED FROM THE AUTHOR'S: sections typed "Section 5 \u2013 ...", paragraphs typed "5-12" to "6-17",
              three keeping their old numbers after the new ("5-13<TAB>3.2<TAB>..."), an editor's note
wordweb.html  A LEARNING REVIEW SAVED BY WORD AS A FILTERED WEB PAGE: "<b>1.1</b>" then non-breaking spaces for a tab,
              "1.2) ", "(1.3)", "2.2.", "2.4&nbsp;", 2.1 and 3.2 numbers in a <p> of their own, 2.3 and 3.1 in a
              one-row layout table beside their words

Judgement calls (stated in each key's note):
- each key holds the review's own numbered paragraphs, in reading order, WITH THE NUMBERS AS PRINTED IN SEQUENCE: a
  skipped number absent, a repeated number twice, one out of order where it stands, a restarted numbering restarted;
- the label is the number a reader cites, its digits as printed: spaces inside it, brackets, a closing bracket or a
  trailing stop are typing, not part of it ("4. 2", "(4.7)", "4.4." are 4.2, 4.7, 4.4), and A COMMA BETWEEN THE TWO
  PARTS IS READ AS THE STOP IT STANDS FOR ("4,5" is 4.5);
- "(a)", "(i)" and bullet items under a number are part of that paragraph (its words, markers and all), and so is the
  text that runs on after them; a number with a letter ("2.5a") is a paragraph of its own, labelled as printed;
- a number on a line (a paragraph) of its own is the number of the words that follow it; a number in a table cell the
  number of the words in the cell beside it;
- the pasted template's numbers are labels as printed ("5-12", not 5.12); a paragraph's leftover old number after its
  new one ("5-13<TAB>3.2<TAB>The ...") is the first word of its text, not its number; the editor's note is no
  paragraph;
- pages: the PDF page where the paragraph starts, 1-based; for Word 1 + the page breaks (<w:br w:type="page"/>)
  before the paragraph in document.xml; for HTML none (null).
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
    from blindkit.markup import XML_HEAD, hesc  # type: ignore
    from blindkit.wordml import W_NS, docx_parts, wr  # type: ignore
    from blindkit.wordread import word_numbers  # type: ignore

    _text = _harness.load(__file__, "blind78_text", "text.py")
    _b75 = _harness.load(__file__, "blind75_make_for78", "..", "blind75", "make.py")
else:
    from ..blind75 import make as _b75
    from ..blindkit import draw as _draw
    from ..blindkit import harness as _harness
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry, sentences
    from ..blindkit.markup import XML_HEAD, hesc
    from ..blindkit.wordml import W_NS, docx_parts, wr
    from ..blindkit.wordread import word_numbers
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
Book, PS = _b75.Book, _b75.PS
W, H = 595.28, 841.89
INK, GREY = (0, 0, 0), (0.4, 0.4, 0.4)
NAVY = (0.106, 0.227, 0.361)
TEAL = (0.0, 0.478, 0.502)
NBSP = "\u00a0"
TYPED_NUM = re.compile(r"\(?(\d+) ?([.,]) ?(\d+)[.)]?\)?(?=\s)")  # a number as people type it, before a gap
W_ = f"{{{W_NS}}}"


def texts_of(pm, body, kind):
    out = {}
    for it in body:
        if it[0] not in ("h", "H", "br"):
            key = it[1]
            t = pm.make(it[2], kind)
            if re.search(r"\d", t):
                raise AssertionError("a digit in the invented prose")
            out.setdefault(key, []).append(t)
    return out


# --------------------------------------------------------------------------
# PDF: a one-column body poured down A4 pages into round 75's Book, read back with pdfplumber
# --------------------------------------------------------------------------
class Column:
    """Rows poured down one column of A4 pages. A row: [(x, s, face, role)] at the body's size; ``para`` the index of
    the paragraph it belongs to. on_page(page) draws the page's furniture and returns the body's top depth. Keeps
    the frames (one per page) and each paragraph's pages."""

    def __init__(self, book, on_page, left, right, bottom, size, lead, gap):
        self.book, self.on_page, self.left, self.right, self.bottom = book, on_page, left, right, bottom
        self.size, self.lead, self.gap = size, lead, gap
        self.frames, self.pages = [], {}
        self.cur = None
        self.page()

    def page(self):
        pg = self.book.page()
        top = self.on_page(pg)
        self.frames.append({"page": pg, "x": self.left, "w": self.right - self.left, "top": top,
                            "bottom": self.bottom})
        self.cur = top

    def at_top(self):
        return self.cur == self.frames[-1]["top"]

    def head(self, s, size=12.0, rgb=NAVY):
        g = 0.0 if self.at_top() else 14.0
        if self.cur + g + 20 + 3 * self.lead > self.bottom:
            self.page()
            g = 0.0
        self.book.text(self.book.pages, self.left, self.cur + g + 15, s, "VeraBd", size, rgb)
        self.cur += g + 22

    def para(self, k, rows, keep=2):
        g = 0.0 if self.at_top() else self.gap
        if self.cur + g + keep * self.lead > self.bottom:
            self.page()
        for i, segs in enumerate(rows):
            g = self.gap if i == 0 and not self.at_top() else 0.0
            if self.cur + g + self.lead > self.bottom:
                self.page()
                g = 0.0
            pg, d = self.book.pages, self.cur + g + self.lead * 0.78
            for x, s, face, role in segs:
                self.book.text(pg, x, d, s, face, self.size, INK, role=role, para=k)
            self.pages.setdefault(k, []).append(pg)
            self.cur += g + self.lead


def first_page(book, pg, x, title, org, head, grey=GREY, tsize=16.0):
    """Page 1: the title, the organisation and the fiction label; from page 2 a running head over a rule. Returns
    the body's top depth."""
    if pg == 1:
        book.text(pg, x, 92, title, "VeraBd", tsize, NAVY)
        book.text(pg, x, 112, org, "Vera", 11, INK)
        book.text(pg, x, 128, f"{FICT} {INVENTED}", "VeraIt", 8.5, grey)
        return 150.0
    book.text(pg, x, 50, head, "Vera", 8.5, grey)
    book.rule(pg, x, 55, W - x, 55, 0.4, grey)
    return 76.0


def folios(book, fmt):
    for pg in range(1, book.pages + 1):
        s = fmt.format(n=pg, m=book.pages)
        book.text(pg, (W - _draw.sw(s, "Vera", 9)) / 2, H - 40, s, "Vera", 9, INK)


def record_key(book, labels):
    """[(label, page, words)] from the record in the order poured: a paragraph from its first piece (its number),
    its words every 'para' piece of it; ``labels`` the key labels by paragraph index."""
    order, pages, parts = [], {}, {}
    for ln in book.lines:
        k = ln["para"]
        if k is None:
            continue
        if k not in pages:
            if ln["role"] != "num":
                raise AssertionError(f"record: paragraph {k} opens without its number")
            order.append(k)
            pages[k] = ln["page"]
        elif ln["role"] == "para":
            parts.setdefault(k, []).append(ln["s"])
    return [(labels[k], pages[k], " ".join(" ".join(parts[k]).split())) for k in order]


def rows_of(pages, fr, size):
    """The frame's characters in rows by baseline, top to bottom: [(first x, text, chars)], the text with a space
    where a gap wider than 1 pt stands between two glyphs."""
    rows = {}
    for c in pages[fr["page"] - 1]:
        if fr["x"] - 0.5 <= c["X"] <= fr["x"] + fr["w"] + 0.5 and fr["top"] <= c["d"] <= fr["bottom"] + 0.5:
            rows.setdefault(round(c["d"], 2), []).append(c)
    out = []
    for d in sorted(rows):
        cs = sorted(rows[d], key=lambda c: c["X"])
        s = cs[0]["text"]
        for a, b in itertools.pairwise(cs):
            s += (" " if b["X"] - a["x1"] > 1.0 else "") + b["text"]
        out.append((cs[0]["X"], s, cs, all(abs(c["size"] - size) < 0.01 for c in cs)))
    return out


def pdf_review(name, book, col, labels, texts, info):
    """The record's key checked against the words written; the PDF drawn and read back (every piece at its place,
    no other character). Returns (bytes, key, record, pages read back)."""
    rec = record_key(book, labels)
    want = [(labels[k], t) for k, t in enumerate(texts)]
    if [(r[0], r[2]) for r in rec] != want:
        raise AssertionError(f"{name}: record {[r[0] for r in rec]}")
    check_lengths(name, texts, 40, 260)
    result = [entry(lab, pg, t) for lab, pg, t in rec]
    check_count(name, result, 9, 20)
    check_crossings(name, result, [col.pages[k][-1] for k in range(len(texts))], 1)
    data = _b75.render_pdf(book, info)
    return data, result, rec, _b75.read_text(name, data, book)


def runs(cross):
    return f"{cross[0]} runs" if len(cross) == 1 else f"{', '.join(cross[:-1])} and {cross[-1]} run"


def crossing(col, labels):
    return [labels[k] for k, ps in sorted(col.pages.items()) if ps[0] != ps[-1]]


# --------------------------------------------------------------------------
# 1. typed.pdf: Word 2016, the numbering off, every number typed its own way
# --------------------------------------------------------------------------
TY_L, TY_TAB = 72.0, 36.0


def typed_rows(printed, shape, t, size):
    """A typed paragraph's rows: the number as typed at the margin (in bold for "bold"), then its words from the tab
    stop (36 pt), or after one, two or five spaces typed after it; the lines after the first
    at the hanging indent (36 pt), as Word sets a paragraph with a hanging indent and a typed number."""
    face = "VeraBd" if shape == "bold" else "Vera"
    sep = {"tab": "", "bold": "", "space": " ", "spaces": "     ", "two": "  "}[shape]
    num = printed + sep
    x1 = TY_L + TY_TAB if not sep else TY_L + _draw.sw(num, face, size)
    if x1 > TY_L + TY_TAB + 12 or (not sep and _draw.sw(num, face, size) > TY_TAB - 6):
        raise AssertionError(f"typed.pdf: {printed!r} does not fit its tab")
    right = W - TY_L
    meas = lambda z: _draw.sw(z, "Vera", size)  # noqa: E731
    lines = _draw.wrap(t.split(" "), right - TY_L - TY_TAB, meas, right - x1)
    rows = []
    for i, ln in enumerate(lines):
        segs = [(x1 if i == 0 else TY_L + TY_TAB, " ".join(ln), "Vera", "para")]
        if i == 0:
            segs.insert(0, (TY_L, num, face, "num"))
        rows.append(segs)
    return rows


def typed_reader(pages, frames, size):
    """typed.pdf's key from its characters, as a reader takes it: rows of the body's size top to bottom; a row at the
    margin that opens with a number as people type it (digits, an optional space, a stop or a comma, an optional
    space, digits, an optional closing stop or bracket, an optional opening bracket before) and then a gap opens a
    paragraph, labelled by its two parts joined by a stop; a row at the hanging indent carries it on; anything else
    ends it."""
    out, cur = [], None
    for fr in frames:
        for x, s, _cs, sized in rows_of(pages, fr, size):
            m = TYPED_NUM.match(s) if sized and abs(x - TY_L) < 0.3 else None
            if m:
                cur = [f"{m.group(1)}.{m.group(3)}", fr["page"], " ".join(s[m.end():].split())]
                out.append(cur)
            elif sized and cur is not None and abs(x - TY_L - TY_TAB) < 0.3:
                cur[2] += " " + " ".join(s.split())
            else:
                cur = None
    return [tuple(r) for r in out]


def make_typed(out, pm):
    path = out / "typed.pdf"
    _b75.fonts()
    size = 10.5
    paras = [it for it in _text.TY_BODY if it[0] != "h"]
    texts = [t for ts in texts_of(pm, _text.TY_BODY, "adult").values() for t in ts]
    labels = [it[1] for it in paras]
    book = Book()
    col = Column(book, lambda pg: first_page(book, pg, TY_L, _text.TY_TITLE, _text.TY_ORG, _text.TY_HEAD),
                 TY_L, W - TY_L, H - 62, size, 14.0, 8.0)
    k = 0
    for it in _text.TY_BODY:
        if it[0] == "h":
            col.head(it[1])
        else:
            col.para(k, typed_rows(it[0], it[3], texts[k], size))
            k += 1
    folios(book, "Page {n} of {m}")
    data, result, rec, pages = pdf_review(path.name, book, col, labels, texts, {
        "Title": _text.TY_TITLE, "Author": _text.TY_ORG, "Subject": FICT, "Creator": _text.WORD16[0],
        "Producer": _text.WORD16[1]})
    again = typed_reader(pages, col.frames, size)
    if again != rec:
        raise AssertionError(f"{path.name}: key from the file {[(lab, pg) for lab, pg, _t in again]}")
    path.write_bytes(data)
    # the traps read back: each number's glyphs as typed at the margin, then its words at the place the typing puts
    # them (the typed spaces characters of their own); 5.x's numbers bold and their words not; 5.3 absent
    rows = [r for fr in col.frames for r in rows_of(pages, fr, size) if abs(r[0] - TY_L) < 0.3 and r[3]]
    openers = [r for r in rows if TYPED_NUM.match(r[1])]
    for (printed, _key, _n, shape), r in zip(paras, openers, strict=True):
        raw = "".join(c["text"] for c in r[2][:len(printed)])
        bold = all(c["font"].endswith(PS["VeraBd"]) for c in r[2][:len(printed)])
        nxt = r[2][len(printed)]
        gap = {"tab": None, "bold": None, "space": " ", "spaces": "     ", "two": "  "}[shape]
        seps = "".join(c["text"] for c in r[2][len(printed):len(printed) + (len(gap) if gap else 0)])
        if raw != printed or bold != (shape == "bold") or (gap is None and abs(nxt["X"] - TY_L - TY_TAB) > 0.05) or \
                (gap is not None and seps != gap):
            raise AssertionError(f"{path.name}: {printed!r} read back as {raw!r} {seps!r}")
    if any(c["font"].endswith(PS["VeraBd"]) for r in openers for c in r[2] if c["X"] >= TY_L + TY_TAB - 0.05):
        raise AssertionError(f"{path.name}: words in bold")
    if "5.3" in [d["label"] for d in result] or not {"4. 2", "4 .3", "4,5", "(4.7)"} <= {p[0] for p in paras}:
        raise AssertionError(f"{path.name}: the typing")
    over = crossing(col, labels)
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW TYPED IN WORD WITH ITS AUTOMATIC NUMBERING SWITCHED OFF and saved as "
                 "PDF (Creator and Producer 'Microsoft\u00ae Word 2016'; Bitstream Vera embedded as TrueType "
                 f"subsets), {book.pages} A4 pages: the title, the board and the fiction label on page 1, a running "
                 "head from page 2, 'Page N of M' folios, headings '4. Findings' and '5. What the board will do' "
                 "(bold 12 pt, not paragraphs). EVERY NUMBER IS TYPED, at the margin with a hanging indent of 36 pt, "
                 "and TYPED ITS OWN WAY: '4.1' and a tab; '4. 2' (A SPACE AFTER THE STOP); '4 .3' (A SPACE BEFORE "
                 "IT); '4.4.' (A TRAILING STOP); '4,5' (A COMMA FOR THE STOP, in this one place); '4.6)' and one "
                 "space; '(4.7)' in brackets; '4.8' and FIVE TYPED SPACES, '4.9' and TWO (each drawn as a space "
                 "character, so the words start where the spaces end, not at the tab stop); 5.1, 5.2, 5.4 and 5.5 "
                 "with THE NUMBER IN BOLD AND THE WORDS NOT, and 5.3 "
                 "SKIPPED (the author's slip: there is no 5.3). The label is the number a reader cites, its digits "
                 "as printed: spaces inside it, brackets, a closing bracket or a trailing stop are typing, not part "
                 "of it, and A COMMA BETWEEN THE TWO PARTS IS READ AS THE STOP IT STANDS FOR ('4. 2' is 4.2, '4 .3' "
                 "4.3, '4.4.' 4.4, '4,5' 4.5, '4.6)' 4.6, '(4.7)' 4.7). A skipped number is absent from the key. "
                 f"{runs(over)} over a page break. Each key holds the review's own numbered paragraphs only, "
                 "each once, in reading order; never the title, headings, running heads or folios. page = the PDF "
                 "page where the paragraph starts, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. subparas.pdf: LibreOffice Writer, sub-paragraphs, numbers with a letter, bullets
# --------------------------------------------------------------------------
SP_L, SP_IND, SP_SUB = 70.87, 34.0, 22.0


def sub_text(t, shape):
    """A paragraph's words as printed: plain; or its first sentence (ending in a colon), then one item per sentence
    under its marker (the last item taking the rest unless the paragraph runs on after the items, in which case the
    sentences left over run on). Returns (words in order, [(marker or None, words)])."""
    if shape is None:
        return t, [(None, t)]
    _kind, markers, run_on = shape
    ss = sentences(t)
    k = len(markers)
    if len(ss) < k + 1 + (1 if run_on else 0):
        raise AssertionError(f"subparas.pdf: {len(ss)} sentences for {k} items")
    intro = ss[0][:-1] + ":"
    items = ss[1:1 + k] if run_on else [*ss[1:k], " ".join(ss[k:])]
    parts = [(None, intro), *zip(markers, items, strict=True)]
    if run_on:
        parts.append((None, " ".join(ss[1 + k:])))
    return " ".join(f"{m} {s}" if m else s for m, s in parts), parts


def sub_rows(label, parts, size):
    """Rows: the number in bold at the margin, the words at the indent; an item's marker at the indent and its words
    (every line of them) at the item indent; the words that run on after the items at the indent."""
    meas = lambda z: _draw.sw(z, "Vera", size)  # noqa: E731
    right = W - SP_L
    rows = []
    for m, s in parts:
        at = SP_L + SP_IND + (SP_SUB if m else 0.0)
        for i, ln in enumerate(_draw.wrap(s.split(" "), right - at, meas)):
            segs = [(at, " ".join(ln), "Vera", "para")]
            if m and i == 0:
                segs.insert(0, (SP_L + SP_IND, m, "Vera", "para"))
            rows.append(segs)
    rows[0].insert(0, (SP_L, label, "VeraBd", "num"))
    return rows


SP_NUM = re.compile(r"\d+\.\d+[a-z]?")


def sub_reader(pages, frames, size):
    """subparas.pdf's key from its characters: rows of the body's size; a row at the margin whose first glyphs are
    bold and read like 2.5 or 2.5a, the rest in the body face, opens a paragraph; a row in the body face at the indent
    (words, an item's marker) or at the item indent carries it on, markers and all; anything else ends it."""
    out, cur = [], None
    body, bold = PS["Vera"], PS["VeraBd"]
    for fr in frames:
        for x, s, cs, sized in rows_of(pages, fr, size):
            k = 0
            while k < len(cs) and cs[k]["font"].endswith(bold):
                k += 1
            head = "".join(c["text"] for c in cs[:k])
            plain = all(c["font"].endswith(body) for c in cs[k:])
            if sized and k and k < len(cs) and abs(x - SP_L) < 0.3 and SP_NUM.fullmatch(head) and plain:
                cur = [head, fr["page"], " ".join(s[len(head):].split())]
                out.append(cur)
            elif sized and cur is not None and k == 0 and plain and \
                    any(abs(x - v) < 0.3 for v in (SP_L + SP_IND, SP_L + SP_IND + SP_SUB)):
                cur[2] += " " + " ".join(s.split())
            else:
                cur = None
    return [tuple(r) for r in out]


def make_subparas(out, pm):
    path = out / "subparas.pdf"
    _b75.fonts()
    size = 10.0
    paras = [it for it in _text.SP_BODY if it[0] != "h"]
    raw = [t for ts in texts_of(pm, _text.SP_BODY, "child").values() for t in ts]
    shaped = [sub_text(t, it[3]) for t, it in zip(raw, paras, strict=True)]
    texts = [s[0] for s in shaped]
    labels = [it[1] for it in paras]
    book = Book()
    col = Column(book, lambda pg: first_page(book, pg, SP_L, _text.SP_TITLE, _text.SP_ORG, _text.SP_HEAD,
                                                   tsize=15.0),
                 SP_L, W - SP_L, H - 70, size, 13.6, 7.0)
    k = 0
    for it in _text.SP_BODY:
        if it[0] == "h":
            col.head(it[1], 12.5, TEAL)
        else:
            col.para(k, sub_rows(it[0], shaped[k][1], size))
            k += 1
    folios(book, "{n}")
    data, result, rec, pages = pdf_review(path.name, book, col, labels, texts, {
        "Title": _text.SP_TITLE, "Author": _text.SP_ORG, "Subject": FICT, "Creator": _text.WRITER[0],
        "Producer": _text.WRITER[1]})
    again = sub_reader(pages, col.frames, size)
    if again != rec:
        raise AssertionError(f"{path.name}: key from the file {[(lab, pg) for lab, pg, _t in again]}")
    path.write_bytes(data)
    # the traps read back: every item's marker at the indent with its words at the item indent; the words that run
    # on after the items at the indent; numbers with a letter in bold at the margin
    marks = {}
    for fr in col.frames:
        for x, s, _cs, _sz in rows_of(pages, fr, size):
            m = re.match(r"(\([a-z]+\)|\u2022) ", s)
            if m and abs(x - SP_L - SP_IND) < 0.3:
                marks.setdefault(m.group(1), 0)
                marks[m.group(1)] += 1
    want = {}
    for it in paras:
        for m in (it[3][1] if it[3] else ()):
            want[m] = want.get(m, 0) + 1
    if marks != want:
        raise AssertionError(f"{path.name}: markers {marks}")
    runs_on = [it[1] for it in paras if it[3] and it[3][2]]
    lettered = [d["label"] for d in result if d["label"][-1].isalpha()]
    if lettered != ["2.5a", "2.5b", "3.4a"] or runs_on != ["2.3", "3.1", "3.3"]:
        raise AssertionError(f"{path.name}: {lettered} {runs_on}")
    over = crossing(col, labels)
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW EXPORTED FROM LIBREOFFICE WRITER (Creator 'Writer', Producer "
                 f"'LibreOffice 7.6'; Bitstream Vera embedded), {book.pages} A4 pages: the title, the partnership and "
                 "the fiction label on page 1, a running head from page 2, folios, headings '2 The practice "
                 "episodes' and '3 What the review learned' (teal 12.5 pt, not paragraphs); paragraphs with the "
                 "number in bold at the margin and the words at the indent. SUB-PARAGRAPHS UNDER A NUMBER: 2.2's "
                 "first sentence ends in a colon and ITEMS '(a)', '(b)', '(c)' follow, each marker at the indent and "
                 "its words at a second indent; 2.3's items '(i)', '(ii)', '(iii)' AND THEN MORE WORDS OF 2.3 AT THE "
                 "INDENT after them; 3.1 holds A LIST OF THREE BULLETS (\u2022) AND RUNS ON AFTER IT; 3.3 items "
                 "'(a)', '(b)' and words after them. NUMBERS WITH A LETTER: '2.5a' and '2.5b' after 2.5, '3.4a' after "
                 "3.4, printed as the others are. The rules: an item ('(a)', '(i)' or a bullet) under a number is "
                 "part of that paragraph, its marker among its words, and so are the words that run on after the "
                 "items (so 2.2's ends_with is the last words of its item (c), 2.3's the last words after its items); "
                 "a number with a letter is a paragraph of its own, labelled as printed ('2.5a'). "
                 f"{runs(over)} over a page break. Each key holds the review's own numbered paragraphs only, "
                 "each once, in reading order; never the title, headings, running heads or folios. page = the PDF "
                 "page where the paragraph starts, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# Word packages (round 75's, and the kit's wordml for one with numbering.xml), read back with lxml
# --------------------------------------------------------------------------
PARA_STYLES = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="NumberedPara"><w:name w:val="Numbered '
               'Para"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="709"/>'
               '</w:tabs><w:ind w:left="709" w:hanging="709"/><w:jc w:val="both"/></w:pPr></w:style>'
               '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ParaContinued"><w:name w:val="Para '
               'Continued"/><w:basedOn w:val="NumberedPara"/><w:qFormat/><w:pPr><w:ind w:left="709" '
               'w:firstLine="0"/></w:pPr></w:style>'
               '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BodyNumbered"><w:name w:val="Body '
               'Numbered"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="851"/>'
               '<w:tab w:val="left" w:pos="1418"/></w:tabs><w:spacing w:after="200" w:line="276" '
               'w:lineRule="auto"/><w:ind w:left="851" w:hanging="851"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri" '
               'w:hAnsi="Calibri"/><w:sz w:val="24"/></w:rPr></w:style>'
               '<w:style w:type="paragraph" w:customStyle="1" w:styleId="EditorNote"><w:name w:val="Editor Note"/>'
               '<w:basedOn w:val="Normal"/><w:rPr><w:i/><w:color w:val="C00000"/></w:rPr></w:style>'
               '<w:style w:type="table" w:styleId="TableGridLight"><w:name w:val="Table Grid Light"/><w:tblPr>'
               '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
               '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr></w:style>')
LABEL_RPR = '<w:i/><w:color w:val="666666"/><w:sz w:val="18"/>'


def front(title, org):
    return [f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{wr(title)}</w:p>', f'<w:p>{wr(org)}</w:p>',
            f'<w:p>{wr(f"{FICT} {INVENTED}", LABEL_RPR)}</w:p>']


def para_xml(style, s, numpr=""):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{numpr}</w:pPr>{wr(s)}</w:p>'


def cell_table(label, t):
    """A one-row, two-cell layout table without borders: the number in the first cell, the words in the second."""
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGridLight"/><w:tblW w:w="9026" w:type="dxa"/><w:tblLayout '
            'w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="709"/><w:gridCol w:w="8317"/>'
            '</w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="709" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:spacing '
            f'w:after="0"/></w:pPr>{wr(label)}</w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="8317" w:type="dxa"/></w:tcPr>'
            f'<w:p><w:pPr><w:jc w:val="both"/></w:pPr>{wr(t)}</w:p></w:tc></w:tr></w:tbl>')


def p_text(el):
    return "".join((e.text or "") if e.tag == f"{W_}t" else "\t" for e in el.iter(f"{W_}t", f"{W_}tab"))


def p_style(el):
    s = el.find(f"{W_}pPr/{W_}pStyle")
    return s.get(f"{W_}val") if s is not None else None


def body_of(data):
    from lxml import etree
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


WNUM = re.compile(r"\d+(?:\.\d+)+")


# --------------------------------------------------------------------------
# 3. slips.docx: typed numbers, the slips a reader forgives
# --------------------------------------------------------------------------
def slips_reader(root):
    """slips.docx's key from document.xml as a reader takes it: the body's blocks in order, a page counted at each
    page break; a Heading 1 ends a paragraph; a paragraph that opens with a number like 3.2 and a tab opens one; a
    paragraph holding only such a number gives its number to the words of the paragraph after it; a one-row table
    whose first cell holds only such a number is a paragraph, its words the second cell's; the front matter before
    the first heading is no paragraph."""
    out, pg, pending, seen_head = [], 1, None, False
    for el in root.find(f"{W_}body"):
        if el.tag == f"{W_}tbl":
            rows = el.findall(f"{W_}tr")
            cells = rows[0].findall(f"{W_}tc")
            if len(rows) != 1 or len(cells) != 2 or not WNUM.fullmatch(p_text(cells[0])):
                raise AssertionError("slips.docx: a table that is not a numbered paragraph")
            out.append((p_text(cells[0]), pg, p_text(cells[1])))
            continue
        if el.tag != f"{W_}p":
            continue
        if el.find(f".//{W_}br[@{W_}type='page']") is not None:
            pg += 1
        txt = p_text(el)
        if p_style(el) == "Heading1":
            seen_head = True
            continue
        if not txt or not seen_head:
            continue
        if pending is not None:
            out.append((pending[0], pending[1], txt))
            pending = None
        elif WNUM.fullmatch(txt):
            pending = (txt, pg)
        else:
            m = re.match(r"(\d+(?:\.\d+)+)\t(.+)", txt)
            if not m:
                raise AssertionError(f"slips.docx: unnumbered text {txt[:30]!r}")
            out.append((m.group(1), pg, m.group(2)))
    return out


def make_slips(out, pm):
    path = out / "slips.docx"
    texts = texts_of(pm, _text.SL_BODY, "dhr")
    taken = {k: iter(v) for k, v in texts.items()}
    b = front(_text.SL_TITLE, _text.SL_ORG)
    rec, pg, words = [], 1, 0
    for it in _text.SL_BODY:
        if it[0] == "br":
            b.append(_b75.PAGE_BREAK)
            pg += 1
        elif it[0] == "h":
            b.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{wr(it[1])}</w:p>')
        else:
            printed, key, _n, shape = it
            t = next(taken[key])
            words += len(t.split())
            rec.append((key, pg, t))
            if shape == "typed":
                b.append(para_xml("NumberedPara", printed + "\t" + t))
            elif shape == "ownline":
                b.append(f'<w:p><w:pPr><w:pStyle w:val="NumberedPara"/><w:keepNext/></w:pPr>{wr(printed)}</w:p>')
                b.append(para_xml("ParaContinued", t))
            else:
                b.append(cell_table(printed, t))
    doc = _b75.doc_xml("".join(b))
    header, footer = _b75.hdr_ftr(_text.SL_HEAD)
    data = _b75.word_package(doc, _b75.word_styles(PARA_STYLES), _text.SL_TITLE, _text.SL_ORG, pg, words,
                             "2024-11-04T10:12:00Z", "2025-02-27T16:48:00Z", header, footer)
    path.write_bytes(data)
    root = body_of(data)
    got = slips_reader(root)
    if got != rec:
        raise AssertionError(f"{path.name}: read back {[(g[0], g[1]) for g in got]}")
    all_texts = [t for ts in texts.values() for t in ts]
    check_lengths(path.name, all_texts, 40, 260)
    result = [entry(lab, p, t) for lab, p, t in rec]
    check_count(path.name, result, 9, 20)
    # the slips, as printed: 3.4 absent, 3.6 twice, 3.9 before 3.8, 4.1 and 4.2 again after 4.4; no Word numbering
    labs = [d["label"] for d in result]
    if "3.4" in labs or labs.count("3.6") != 2 or labs.index("3.9") > labs.index("3.8") or \
            labs[labs.index("4.4") + 1:] != ["4.1", "4.2"] or root.find(f".//{W_}numPr") is not None:
        raise AssertionError(f"{path.name}: the slips {labs}")
    own = [p_text(el) for el in root.iter(f"{W_}p") if WNUM.fullmatch(p_text(el))]
    if own != ["3.7", "4.3"] or len(root.findall(f"{W_}body/{W_}tbl")) != 1:
        raise AssertionError(f"{path.name}: {own}")
    pages = {}
    for d in result:
        pages.setdefault(d["label"], []).append(d["page"])
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW OVERVIEW REPORT TYPED IN WORD WITH ITS AUTOMATIC NUMBERING SWITCHED OFF "
                 "(.docx as Word saves it: styles, a header, a 'Page N of M' footer of fields, docProps; no "
                 "numbering.xml, no w:numPr): the title, the partnership and the fiction label, typed Heading 1 "
                 "headings '3. The facts' and '4. Analysis', and paragraphs whose numbers are TYPED TEXT, '3.1<TAB>' "
                 "in a hanging 'Numbered Para' style. THE AUTHOR'S SLIPS ARE PRINTED AS TYPED: 3.4 IS SKIPPED (3.5 "
                 f"follows 3.3); 3.6 IS TYPED TWICE (pages {' and '.join(map(str, pages['3.6']))}, two different "
                 "paragraphs); 3.9 STANDS BETWEEN 3.7 AND 3.8; after 4.4 THE NUMBERING RESTARTS BY MISTAKE at 4.1 "
                 "and 4.2 (after a page break). 3.7's NUMBER IS A PARAGRAPH OF ITS OWN (kept with the next), its "
                 "words the next paragraph ('Para Continued'); 4.3 IS A ONE-ROW TABLE without borders, the number in "
                 "the first cell and the words in the second. The key holds every paragraph with its number as "
                 "printed, in the order printed: the skipped number absent, the repeated ones twice, the one out of "
                 "order where it stands; a number on a line of its own is the number of the words after it, a number "
                 "in a cell the number of the words beside it. Each key holds the review's own numbered paragraphs "
                 "only, in reading order; never the title, header, footer or headings. page = 1 + the page breaks "
                 "(<w:br w:type=\"page\"/>) before the paragraph in document.xml, as earlier DOCX keys give pages."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. pasted.docx: the board's template (Word's numbering), then the author's (typed "5-12")
# --------------------------------------------------------------------------
PA_NUMBERING = (f'{XML_HEAD}<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0"><w:nsid '
                'w:val="5B1E2F77"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0809001F"/>'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
                '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr>'
                '</w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle '
                'w:val="NumberedPara"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" '
                'w:hanging="709"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>'
                '</w:num></w:numbering>')


def numpr(ilvl):
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>'


def pasted_reader(numbering, root):
    """pasted.docx's key as a reader takes it: Word's own numbers worked out from numbering.xml (the kit's wordread);
    a numbered paragraph whose number ends in a stop is a heading, one whose number does not is a paragraph (its
    words all the paragraph's text); an unnumbered Heading 1 is a heading; an unnumbered paragraph opening with a
    typed 'N-M' and a tab is a paragraph labelled as typed, its words everything after the tab (a leftover old number
    and its tab read as a word and a space); anything else is no paragraph. Pages from the page breaks."""
    out, pg = [], 1
    for p, s in word_numbers(numbering, root):
        if p.find(f".//{W_}br[@{W_}type='page']") is not None:
            pg += 1
        txt = p_text(p)
        if s is not None:
            if not s.endswith("."):
                out.append((s, pg, txt))
            continue
        m = re.match(r"(\d+-\d+)\t(.+)", txt)
        if m and p_style(p) != "Heading1":
            out.append((m.group(1), pg, " ".join(m.group(2).split())))
    return out


def make_pasted(out, pm):
    path = out / "pasted.docx"
    texts = texts_of(pm, _text.PA_BODY, "adult")
    b = front(_text.PA_TITLE, _text.PA_ORG)
    rec, pg, words, heads = [], 1, 0, []
    sect = 0
    for it in _text.PA_BODY:
        if it[0] == "br":
            b.append(_b75.PAGE_BREAK)
            pg += 1
        elif it[0] == "H":
            sect += 1
            heads.append(f"{sect}.")
            b.append(para_xml("Heading1", it[1], numpr(0)))
        elif it[0] == "h":
            b.append(para_xml("Heading1", it[1]))
            if it[1].startswith("Section 5"):
                b.append(f'<w:p><w:pPr><w:pStyle w:val="EditorNote"/></w:pPr>{wr(_text.PA_NOTE)}</w:p>')
        elif it[0] == "auto":
            t = texts[it[1]][0]
            words += len(t.split())
            rec.append((it[1], pg, t))
            b.append(para_xml("NumberedPara", t, numpr(1)))
        else:
            _kind, printed, _n, old = it
            t = texts[printed][0]
            words += len(t.split())
            rec.append((printed, pg, f"{old} {t}" if old else t))
            b.append(para_xml("BodyNumbered", printed + "\t" + (old + "\t" if old else "") + t))
    doc = _b75.doc_xml("".join(b))
    header, footer = _b75.hdr_ftr(_text.PA_HEAD)
    docx_parts(path, doc, _b75.word_styles(PARA_STYLES), PA_NUMBERING, header, footer, _text.PA_TITLE,
               _text.PA_ORG, (2025, 5, 9, 11, 20, 0), pg, words, subject=FICT, total_time=386, revision=23,
               created="2025-01-13T09:05:00Z")
    data = path.read_bytes()
    root = body_of(data)
    got = pasted_reader(PA_NUMBERING, root)
    if got != rec:
        raise AssertionError(f"{path.name}: read back {[(g[0], g[1]) for g in got]}")
    all_texts = [t for ts in texts.values() for t in ts]
    check_lengths(path.name, all_texts, 40, 260)
    result = [entry(lab, p, t) for lab, p, t in rec]
    check_count(path.name, result, 9, 20)
    # the two templates: Word's numbers only on the board's part, typed numbers only after the paste; the leftover
    # numbers in the text after the new ones; the headings numbered by Word 1. to 4., the pasted ones typed
    nums = [(p_style(p), s) for p, s in word_numbers(PA_NUMBERING, root) if s is not None]
    if [s for _st, s in nums if s.endswith(".")] != heads or heads != ["1.", "2.", "3.", "4."]:
        raise AssertionError(f"{path.name}: Word's headings {nums}")
    auto = [s for st, s in nums if not s.endswith(".")]
    typed = [p_text(p) for p in root.iter(f"{W_}p") if p_style(p) == "BodyNumbered"]
    left = [m.group(1) for t in typed for m in [re.match(r"\d+-\d+\t(\d+\.\d+)\t", t)] if m]
    if auto != [d["label"] for d in result if "." in d["label"]] or left != ["3.2", "3.3", "4.1"] or \
            any(re.search(r"\d", p_text(p)[:4]) for p, s in word_numbers(PA_NUMBERING, root) if s is not None):
        raise AssertionError(f"{path.name}: {auto} {left}")
    firsts = {d["label"]: d["page"] for d in result}
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW BEGUN IN THE BOARD'S TEMPLATE AND PASTED PART WAY THROUGH FROM THE "
                 "AUTHOR'S OWN (.docx as Word saves it, with numbering.xml): the title, the board and the fiction "
                 "label; SECTIONS 1 TO 4 IN THE BOARD'S TEMPLATE, NUMBERED BY WORD (one multilevel list: Heading 1 "
                 "'%1.' and 'Numbered Para' '%1.%2', so the numbers 1. to 4. and 1.1 to 4.2 are list numbers, not "
                 "text); a page break; then SECTIONS 5 AND 6 PASTED FROM THE AUTHOR'S TEMPLATE: typed Heading 1 "
                 f"headings 'Section 5 \u2013 Analysis' and 'Section 6 \u2013 ...', an editor's note in red italics "
                 f"('{_text.PA_NOTE[:40]}...') after the first of them, and paragraphs in a 'Body Numbered' style "
                 "WHOSE NUMBERS ARE TYPED 'SECTION-PARAGRAPH', '5-12<TAB>' to '6-17<TAB>' (the author's count of "
                 "paragraphs ran through the whole review, so section 5 opens at 12); THREE OF THEM KEEP THE "
                 "NUMBER THEY HAD BEFORE THE PASTE after the new one, '5-13<TAB>3.2<TAB>The ...', '5-14<TAB>3.3"
                 "<TAB>...', '6-16<TAB>4.1<TAB>...'. The rules: the pasted template's numbers are labels AS PRINTED "
                 "('5-12', not 5.12); A LEFTOVER OLD NUMBER AFTER THE NEW ONE IS THE FIRST WORD OF THE PARAGRAPH'S "
                 "TEXT, not its number (so 5-13's starts_with opens '3.2 ...'); the editor's note is no paragraph. "
                 f"Paragraph 5-12 is on page {firsts['5-12']}. Each key holds the review's own numbered paragraphs "
                 "only, each once, in reading order; never the title, header, footer, headings or the note. page = "
                 "1 + the page breaks (<w:br w:type=\"page\"/>) before the paragraph in document.xml, as earlier "
                 "DOCX keys give pages."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. wordweb.html: Word's "Web Page, Filtered", numbers typed
# --------------------------------------------------------------------------
WW_CSS = """<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
h1
	{margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:0cm;
	page-break-after:avoid;
	font-size:14.0pt;
	font-family:"Calibri",sans-serif;
	color:#1B3A5C;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{margin:0cm;
	font-size:24.0pt;
	font-family:"Calibri",sans-serif;
	color:#1B3A5C;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
-->"""
TAB_NBSP = NBSP * 7 + " "  # a typed tab as Word's filtered web page writes it
HANG = "margin-left:36.0pt;text-indent:-36.0pt;text-align:justify"


def word_wrap(s, width=76):
    """Text as Word writes it into HTML: broken into source lines of about ``width`` characters at spaces."""
    out, line = [], ""
    for w in s.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return "\n".join(out)


def ww_para(printed, shape, t):
    body = word_wrap(hesc(t))
    if shape == "bold":
        return f"<p class=MsoNormal style='{HANG}'><b>{printed}</b>{TAB_NBSP}{body}</p>"
    if shape == "paren":
        return f"<p class=MsoNormal style='{HANG}'>{printed} {body}</p>"
    if shape in ("brackets", "stop"):
        return f"<p class=MsoNormal style='{HANG}'>{printed}{TAB_NBSP}{body}</p>"
    if shape == "nbsp":
        return f"<p class=MsoNormal style='{HANG}'>{printed}{NBSP}{body}</p>"
    if shape == "ownline":
        return (f"<p class=MsoNormal style='margin-bottom:0cm;page-break-after:avoid'>{printed}</p>\n\n"
                f"<p class=MsoNormal style='margin-left:36.0pt;text-align:justify'>{body}</p>")
    return ("<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0\n style='border-collapse:collapse;"
            "border:none'>\n <tr>\n  <td width=48 valign=top style='width:36.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
            f"  <p class=MsoNormal style='margin-bottom:0cm'>{printed}</p>\n  </td>\n  <td width=553 valign=top "
            "style='width:415.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal style='text-align:justify'>"
            f"{body}</p>\n  </td>\n </tr>\n</table>\n\n<p class=MsoNormal>{NBSP}</p>")


WW_NUM = re.compile(r"\(?(\d+\.\d+)[.)]?\)?\s+(.+)", re.S)


def ww_reader(data):
    """wordweb.html's key as a reader takes it (lxml.html): the blocks of the page's one section in order; a heading
    ends a paragraph; a <p> that opens with a number like 1.2 (in brackets, with a closing bracket or a trailing stop)
    and whitespace opens one; a <p> holding only such a number gives it to the next <p> with words; a one-row table
    whose first cell holds only a number is a paragraph, its words the second cell's; the title, the partnership, the
    fiction label and empty paragraphs (a non-breaking space) are no paragraphs."""
    import lxml.html
    root = lxml.html.fromstring(data.decode("cp1252"))
    out, pending = [], None
    for el in root.find_class("WordSection1")[0]:
        txt = " ".join(el.text_content().replace(NBSP, " ").split())
        if el.tag == "h1" or not txt or el.get("class") in ("MsoTitle", "Org", "Fiction"):
            continue
        if el.tag == "table":
            tds = el.findall(".//td")
            a, b = (" ".join(td.text_content().split()) for td in tds)
            if len(el.findall(".//tr")) != 1 or len(tds) != 2 or not re.fullmatch(r"\d+\.\d+", a):
                raise AssertionError("wordweb.html: a table that is not a numbered paragraph")
            out.append((a, None, b))
        elif pending is not None:
            out.append((pending, None, txt))
            pending = None
        elif re.fullmatch(r"\d+\.\d+", txt):
            pending = txt
        else:
            m = WW_NUM.fullmatch(re.sub(r"[\r\n]", " ", el.text_content()))
            if not m:
                raise AssertionError(f"wordweb.html: unnumbered text {txt[:30]!r}")
            out.append((m.group(1), None, " ".join(m.group(2).split())))
    return out


def make_wordweb(out, pm):
    path = out / "wordweb.html"
    texts = texts_of(pm, _text.WW_BODY, "child")
    parts, rec = [], []
    for it in _text.WW_BODY:
        if it[0] == "h":
            parts.append(f"<h1>{hesc(it[1])}</h1>")
        else:
            printed, key, _n, shape = it
            t = texts[key][0]
            rec.append((key, None, t))
            parts.append(ww_para(printed, shape, t))
    body = "\n\n".join(parts)
    html = f"""<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>{hesc(_text.WW_TITLE)}</title>
<style>
{WW_CSS}
</style>

</head>

<body lang=EN-GB style='word-wrap:break-word'>

<div class=WordSection1>

<p class=MsoTitle>{hesc(_text.WW_TITLE)}</p>

<p class=Org>{hesc(_text.WW_ORG)}</p>

<p class=Fiction><i><span style='font-size:9.0pt;color:#666666'>{hesc(FICT)} {hesc(INVENTED)}</span></i></p>

{body}

</div>

</body>

</html>
"""
    data = html.replace("\n", "\r\n").encode("cp1252")
    path.write_bytes(data)
    got = ww_reader(data)
    if got != rec:
        raise AssertionError(f"{path.name}: read back {[g[0] for g in got]}")
    all_texts = [t for ts in texts.values() for t in ts]
    check_lengths(path.name, all_texts, 40, 260)
    result = [entry(lab, None, t) for lab, _p, t in rec]
    check_count(path.name, result, 9, 20)
    # the typing in the bytes: a bold number and a tab of non-breaking spaces, "1.2) ", "(1.3)", "2.2.", one
    # non-breaking space after 2.4, two numbers in a <p> of their own, two one-row tables
    raw = data.decode("cp1252")
    for s in ("<b>1.1</b>" + TAB_NBSP, ">1.2) ", ">(1.3)" + TAB_NBSP, ">2.2." + TAB_NBSP, ">2.4" + NBSP,
              "page-break-after:avoid'>2.1</p>", "page-break-after:avoid'>3.2</p>", "'margin-bottom:0cm'>2.3</p>",
              "'margin-bottom:0cm'>3.1</p>"):
        if raw.count(s) != 1:
            raise AssertionError(f"{path.name}: {s!r}")
    return {
        "note": ("A LEARNING REVIEW SAVED BY WORD AS A FILTERED WEB PAGE (Generator 'Microsoft Word 15 (filtered)', "
                 "charset windows-1252, CRLF line ends, the text broken into source lines as Word writes it, class="
                 "MsoNormal paragraphs, <h1> headings '1. Why we carried out this review' to '3. What needs to "
                 "change'), its numbers TYPED: '<b>1.1</b>' IN BOLD, THE WORDS NOT, A TYPED TAB WRITTEN AS SEVEN "
                 "NON-BREAKING SPACES AND A SPACE (so too 3.3 and 2.5); '1.2) ' with a closing bracket; '(1.3)' in "
                 "brackets; '2.2.' with a trailing stop; '2.4' and ONE NON-BREAKING SPACE; THE NUMBERS 2.1 AND 3.2 "
                 "EACH A <p> OF THEIR OWN (page-break-after:avoid), their words the next <p>; 2.3 AND 3.1 IN A "
                 "ONE-ROW LAYOUT TABLE (MsoTableGrid, border=0), the number in the first cell and the words in the "
                 "second, an empty paragraph (a non-breaking space) after each table. The label is the number a "
                 "reader cites, its digits as printed: brackets, a closing bracket or a trailing stop are typing "
                 "('(1.3)' is 1.3, '2.2.' 2.2); a number in a <p> of its own is the number of the words after it, a "
                 "number in a cell the number of the words beside it. Each key holds the review's own numbered "
                 "paragraphs only, each once, in reading order; never the title, the partnership, the fiction label "
                 "or the headings. No pages (null), as earlier HTML keys."),
        "paragraphs": result,
    }


def build(out):
    return _harness.build_files(out, ParaMaker(), {"typed.pdf": make_typed, "slips.docx": make_slips,
                                                    "subparas.pdf": make_subparas, "pasted.docx": make_pasted,
                                                    "wordweb.html": make_wordweb})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind78-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
