"""Blind fixture generator 79: five FICTIONAL files, each a review whose PAGES ARE NOT IN READING ORDER IN THE FILE, as
hand-assembled PDFs come out of scanners, printers and binders: pages saved one by one and merged out of order (the
file's page 3 is printed page 5); two printed pages side by side on each landscape sheet ("2 pages per sheet"); a
folded booklet scanned sheet by sheet (printed pages 8 and 1 on the first side, 2 and 7 on the next); a page fed
twice through the scanner, a page "intentionally left blank", a bureau's separator sheet and the blank back of the
last sheet; a page scanned sideways, one upside down and one cropped so that its first line is cut; and paragraphs
that run over a page break in printed order but, in file order, are split by other pages.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab, Pillow and pdfplumber; no network. Each review is laid out first into a record of
its PRINTED pages (round 75's Book: A4 pages, every piece of text as printed with its page, x, the baseline's depth
below the top, face, size and role: a paragraph's number, its words, or furniture), its body poured down the pages
by round 78's Column (a heading kept with three lines, a paragraph's first two lines kept together), and a folio on
each printed page. Then the FILE is imposed from the record: a list of sheets (the PDF's pages), each a size and the
printed pages placed on it, each by a matrix (upright, shifted, scaled two to a sheet, turned 90 or 180 degrees, or
on a page cut short at the top, where only what falls on the sheet is drawn). The vector files are drawn with
reportlab under each placement's matrix; the scanned ones (rescanned.pdf, turned.pdf) as a page image drawn with
Pillow from the same record, turned or cut as the sheet is, under an invisible text layer (render mode 3) placed by
the same matrix, as a scanner's OCR writes one.

The key is worked out from the record (the paragraphs in the order poured, printed order, each with the file page of
the first sheet that holds its first line) and checked WITHOUT the project's parser: every sheet is read back
character by character with pdfplumber, each character taken back through the inverse of its placement's matrix to
its place on the printed page (every piece of the record that falls on the sheet read back there, in its face and
size, and no other character), and the key worked out a second time by a reader's rule: each placed printed page is
known by its folio, a copy of a page already seen is set aside (its characters shown to be the same), pages without a
folio (a separator, a blank back, a cover) hold no paragraph, and the printed pages are read in their folios' order,
top to bottom: a row at the margin whose bold glyphs read like 2.3 or 12 before words in the body face opens a
paragraph, a body-face row at the indent carries it on, anything else ends it; page = the file page the opening row
was read on. Each trap is shown to be in the file (the folios in file order, the sheets' sizes and the direction of
their characters, the copy, the blank and separator pages, the cut line's glyphs above the sheet's top, the
paragraphs split in file order).

resorted.pdf      A SAR SAVED PAGE BY PAGE FROM WORD AND MERGED BY HAND OUT OF ORDER: the file holds printed pages 1, 2,
                  5, 3, 4, 6 ("Page N of 6" folios); paragraphs run over printed 2-3 and 4-5, each split in the file
handout.pdf       A DHR EXECUTIVE SUMMARY PRINTED "2 PAGES PER SHEET" TO A PDF PRINTER: landscape A4 sheets, two printed
                  pages each (scaled 0.68), the last sheet's right half empty; numbers plain (1 to 16)
saddlestitch.pdf  A LEARNING REVIEW PRINTED AS A FOLDED BOOKLET AND SCANNED SHEET BY SHEET: sides [8|1], [2|7], [6|3],
                  [4|5]; a cover (page 1) and a back cover (page 8) without folios; paragraphs over 3-4, 5-6, 6-7
rescanned.pdf     A CSPR SCANNED IN TWO BATCHES (page images with an OCR text layer): printed page 2 fed twice (the
                  copy shifted a little), page 4 "This page is intentionally left blank", a separator sheet, and a
                  blank last page; a paragraph over printed 2-3 split in the file by the copy
turned.pdf        A SAR SCANNED WITH OCR: page 2 fed sideways (a landscape image, the text layer drawn turned 90
                  degrees), page 4 upside down (turned 180), page 5 cropped at the top (the running head gone, its
                  first line, 3.6's, cut through by the page's edge; its text layer whole)

Judgement calls (stated in each key's note):
- each key holds the review's own numbered paragraphs only, each once, in READING ORDER (the printed order the folios
  give), whatever order the file holds its pages in;
- page = the PDF page (1-based, in the file) where the paragraph starts, i.e. the sheet that holds the printed line
  with its number; on a two-up or booklet sheet, both printed pages have that sheet's one PDF page;
- a page scanned twice is keyed ONCE, at its first copy in the file; a paragraph that runs on from it runs on
  through the printed page that follows, not through the copy;
- the cropped page's first line is cut through by the page's edge in the image, but its text layer holds the whole
  line (number and words); the key reads it as printed, 3.6 opening there;
- nothing on a blank page, the separator sheet or a cover without a folio is a paragraph.
"""
import io
import itertools
import math
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import draw as _draw  # type: ignore
    from blindkit import harness as _harness  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry  # type: ignore

    _text = _harness.load(__file__, "blind79_text", "text.py")
    _b78 = _harness.load(__file__, "blind78_make_for79", "..", "blind78", "make.py")
else:
    from ..blind78 import make as _b78
    from ..blindkit import draw as _draw
    from ..blindkit import harness as _harness
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
_b75 = _b78._b75
Book, PS, Column = _b75.Book, _b75.PS, _b78.Column
W, H = 595.28, 841.89
INK, GREY = (0, 0, 0), (0.4, 0.4, 0.4)
NAVY, TEAL = _b78.NAVY, _b78.TEAL
FOLIO = re.compile(r"(?:Page )?(\d+)(?: of \d+)?")
LABEL = re.compile(r"\d+(?:\.\d+)?")
UPRIGHT = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
DPI = 100


# --------------------------------------------------------------------------
# The printed pages: round 75's Book poured by round 78's Column
# --------------------------------------------------------------------------
def para_rows(label, t, left, ind, right, size):
    """A paragraph's rows: the number in bold at the margin, the words at the indent (every line of them)."""
    meas = lambda z: _draw.sw(z, "Vera", size)  # noqa: E731
    lines = _draw.wrap(t.split(" "), right - left - ind, meas)
    rows = [[(left + ind, " ".join(ln), "Vera", "para")] for ln in lines]
    rows[0].insert(0, (left, label, "VeraBd", "num"))
    return rows


def pour(book, col, body, texts, ind, size, hsize=12.0, hrgb=NAVY):
    """The body down the pages: headings, the author's page breaks, a page left blank on purpose, paragraphs."""
    k = 0
    for it in body:
        if it[0] == "h":
            col.head(it[1], hsize, hrgb)
        elif it[0] == "br":
            col.page()
        elif it[0] == "blank":
            col.page()
            s = _text.BLANK
            book.text(book.pages, (W - _draw.sw(s, "VeraIt", 10)) / 2, H / 2, s, "VeraIt", 10, GREY)
            col.page()
        else:
            col.para(k, para_rows(it[0], texts[k], col.left, ind, col.right, size))
            k += 1


def folio(book, pg, s, size=9.0):
    book.text(pg, (W - _draw.sw(s, "Vera", size)) / 2, H - 40, s, "Vera", size, INK)


def texts_for(pm, body, kind):
    out = []
    for it in body:
        if it[0] not in ("h", "br", "blank"):
            t = pm.make(it[1], kind)
            if re.search(r"\d", t):
                raise AssertionError("a digit in the invented prose")
            out.append(t)
    return out


# --------------------------------------------------------------------------
# The file: sheets, each a size and the printed pages placed on it by a matrix
# --------------------------------------------------------------------------
def sheet(w, h, *places, scan=False):
    """A PDF page w x h holding ``places`` [(book, printed page, matrix)]."""
    return {"w": w, "h": h, "places": list(places), "scan": scan}


def mat(*m):
    return tuple(round(v, 4) for v in m)


def on_sheet(m, x, y):
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def off_sheet(m, X, Y):
    a, b, c, d, e, f = m
    det = a * d - b * c
    X, Y = X - e, Y - f
    return (d * X - c * Y) / det, (a * Y - b * X) / det


def inside(sh, m, x, d):
    X, Y = on_sheet(m, x, H - d)
    return -0.01 <= X <= sh["w"] + 0.01 and -0.01 <= Y <= sh["h"] + 0.01


def drawn(sh, book, pg, m):
    """The record's lines, rules and fills of printed page ``pg`` that fall on the sheet (by the line's start on its
    baseline; a rule by both its ends)."""
    lines = [ln for ln in book.on(pg) if inside(sh, m, ln["x"], ln["d"])]
    rules = [r for r in book.rules if r[0] == pg and inside(sh, m, r[1], r[2]) and inside(sh, m, r[3], r[4])]
    fills = [f for f in book.fills if f[0] == pg and inside(sh, m, f[1], f[2]) and inside(sh, m, f[1] + f[3],
                                                                                            f[2] + f[4])]
    return lines, rules, fills


def page_image(book, pg):
    """A printed page as the scanner sees it: grey, DPI dots an inch, its text and rules drawn with Pillow."""
    from PIL import Image, ImageDraw, ImageFont
    k = DPI / 72.0
    img = Image.new("L", (round(W * k), round(H * k)), 255)
    dr = ImageDraw.Draw(img)
    fonts = {}
    for r in (r for r in book.rules if r[0] == pg):
        dr.line([(r[1] * k, r[2] * k), (r[3] * k, r[4] * k)], fill=int(255 * (1 - 0.6)), width=1)
    for f in (f for f in book.fills if f[0] == pg):
        dr.rectangle([f[1] * k, f[2] * k, (f[1] + f[3]) * k, (f[2] + f[4]) * k], fill=int(255 * f[5][0] * 0.3))
    for ln in book.on(pg):
        key = (ln["face"], ln["size"])
        if key not in fonts:
            fonts[key] = ImageFont.truetype(_draw.font_path(_b75.FACES[ln["face"]]), ln["size"] * k)
        grey = round(255 * (0.299 * ln["rgb"][0] + 0.587 * ln["rgb"][1] + 0.114 * ln["rgb"][2]))
        dr.text((ln["x"] * k, ln["d"] * k), ln["s"], font=fonts[key], fill=grey, anchor="ls")
    return img


def sheet_image(sh):
    """The sheet as scanned: its one printed page's image turned (a quarter or half turn) or moved (shifted, or cut
    at the top) as the placement's matrix says; an empty sheet white."""
    from PIL import Image
    k = DPI / 72.0
    out = Image.new("L", (round(sh["w"] * k), round(sh["h"] * k)), 255)
    for book, pg, m in sh["places"]:
        img = page_image(book, pg)
        if m[:4] == (0.0, 1.0, -1.0, 0.0):
            img = img.rotate(90, expand=True)
            at = (0, 0)
        elif m[:4] == (-1.0, 0.0, 0.0, -1.0):
            img = img.rotate(180)
            at = (0, 0)
        elif m[:4] == (1.0, 0.0, 0.0, 1.0):
            at = (round(m[4] * k), round((sh["h"] - H - m[5]) * k))
        else:
            raise AssertionError("a scanned sheet placed other than upright, shifted or turned")
        out.paste(img, at)
    buf = io.BytesIO()
    out.save(buf, "PNG")
    return buf.getvalue()


def render(sheets, info):
    """The sheets drawn with reportlab (embedded TrueType subsets): each placed page under its matrix; a scanned
    sheet as its image and the text invisible over it."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle(info["Title"])
    c.setAuthor(info["Author"])
    c.setSubject(FICT)
    c.setCreator(info["Creator"])
    c.setProducer(info["Producer"])
    for sh in sheets:
        c.setPageSize((sh["w"], sh["h"]))
        if sh["scan"]:
            c.drawImage(ImageReader(io.BytesIO(sheet_image(sh))), 0, 0, sh["w"], sh["h"])
        for book, pg, m in sh["places"]:
            lines, rules, fills = drawn(sh, book, pg, m)
            c.saveState()
            c.transform(*m)
            if not sh["scan"]:
                for _pg, x, d, w, h, rgb in fills:
                    _draw._draw(c, ("R", x, H - d - h, w, h, rgb))
                for _pg, x1, d1, x2, d2, lw, rgb in rules:
                    _draw._draw(c, ("L", x1, H - d1, x2, H - d2, lw, rgb))
            for ln in lines:
                t = c.beginText()
                if sh["scan"]:
                    t.setTextRenderMode(3)
                t.setTextOrigin(ln["x"], H - ln["d"])
                t.setFont(ln["face"], ln["size"])
                t.setFillColorRGB(*ln["rgb"])
                t.textOut(ln["s"])
                c.drawText(t)
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


FACE_OF = {v: k for k, v in PS.items()}


def read_sheets(name, data, sheets):
    """pdfplumber's characters of every sheet, each taken back through its placement's inverse matrix to the printed
    page: [[{X, d, x1, text, face, size, dir}] per placement] per sheet; every line of the record that falls on the
    sheet read back at its place in its face and size (the size from the advance), and no other character."""
    import pdfplumber
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pl:
        if len(pl.pages) != len(sheets):
            raise AssertionError(f"{name}: {len(pl.pages)} pages")
        for n, (sh, p) in enumerate(zip(sheets, pl.pages, strict=True), 1):
            if abs(float(p.width) - sh["w"]) > 0.01 or abs(float(p.height) - sh["h"]) > 0.01:
                raise AssertionError(f"{name}: page {n} is {p.width} x {p.height}")
            per, used = [], 0
            for book, pg, m in sh["places"]:
                s = math.hypot(m[0], m[1])
                cs = []
                for ch in p.chars:
                    a, b, _c, _d, e, f = ch["matrix"]
                    x, y = off_sheet(m, e, f)
                    if not (-1 <= x <= W + 1 and -1 <= y <= H + 1):
                        continue
                    face = next(v for k, v in FACE_OF.items() if ch["fontname"].endswith(k))
                    cs.append({"X": x, "d": H - y, "x1": x + ch["adv"], "text": ch["text"], "face": face,
                               "size": ch["adv"] / _draw.sw(ch["text"], face, 1.0),
                               "dir": (round(a / s, 3), round(b / s, 3)), "top": ch["top"]})
                lines, _r, _f = drawn(sh, book, pg, m)
                for ln in lines:
                    w = book.width(ln)
                    got = sorted((c for c in cs if abs(c["d"] - ln["d"]) < 0.05 and ln["x"] - 0.05 <= c["X"]
                                  < ln["x"] + w - 0.01), key=lambda c: c["X"])
                    if "".join(c["text"] for c in got) != ln["s"] or not all(
                            c["face"] == ln["face"] and abs(c["size"] - ln["size"]) < 0.01
                            and c["dir"] == (round(m[0] / s, 3), round(m[1] / s, 3)) for c in got):
                        raise AssertionError(f"{name}: sheet {n} line {ln['s'][:30]!r} read back as "
                                             f"{''.join(c['text'] for c in got)[:30]!r}")
                    used += len(got)
                per.append(cs)
            if used != len(p.chars):
                raise AssertionError(f"{name}: sheet {n} has {len(p.chars) - used} characters not in the record")
            out.append(per)
    return out


def rows_in(cs, top, bottom, left, right):
    """Characters between the depths top and bottom and the margins in rows by baseline, top to bottom:
    [(first x, text, chars)], a space where a gap wider than 1 pt stands between two glyphs."""
    rows = {}
    for c in cs:
        if left - 0.5 <= c["X"] <= right + 0.5 and top <= c["d"] <= bottom + 0.5:
            rows.setdefault(round(c["d"], 1), []).append(c)
    out = []
    for d in sorted(rows):
        r = sorted(rows[d], key=lambda c: c["X"])
        s = r[0]["text"]
        for a, b in itertools.pairwise(r):
            s += (" " if b["X"] - a["x1"] > 1.0 else "") + b["text"]
        out.append((r[0]["X"], s, r))
    return out


def folio_of(cs, bottom):
    """The folio printed under the body (below ``bottom``), or None."""
    rows = rows_in(cs, bottom + 5, H, 0, W)
    got = [int(m.group(1)) for _x, s, _r in rows for m in [FOLIO.fullmatch(s)] if m]
    return got[0] if len(got) == 1 and len(rows) == 1 else None


def reader(read, frames, left, ind, size):
    """The key from the characters as a reader takes it: every placed page known by its folio (a page without one
    holds no paragraph; a copy of a page already seen is set aside, shown to hold the same characters); the printed
    pages in their folios' order, each body frame top to bottom: a row at the margin whose bold glyphs read like 2.3
    or 12 before body-face words at the indent opens a paragraph; a body-face row at the indent carries it on;
    anything else ends it. [(label, file page of the opening row, words)], and the copies [(folio, file page)]."""
    seen, copies, bottom = {}, [], max(fr["bottom"] for fr in frames.values())
    for n, per in enumerate(read, 1):
        for cs in per:
            f = folio_of(cs, bottom)
            if f is None:
                if any(LABEL.fullmatch("".join(c["text"] for c in r if c["face"] == "VeraBd"))
                       for _x, _s, r in rows_in(cs, 0, H, 0, W)):
                    raise AssertionError(f"sheet {n}: a number on a page without a folio")
                continue
            if f in seen:
                if [(c["text"], round(c["X"], 2), round(c["d"], 2)) for c in cs] != \
                        [(c["text"], round(c["X"], 2), round(c["d"], 2)) for c in seen[f][1]]:
                    raise AssertionError(f"sheet {n}: page {f} again, but not the same")
                copies.append((f, n))
                continue
            seen[f] = (n, cs)
    out, cur = [], None
    for f in sorted(seen):
        n, cs = seen[f]
        fr = frames[f]
        for x, s, r in rows_in(cs, fr["top"], fr["bottom"], fr["x"], fr["x"] + fr["w"]):
            sized = all(abs(c["size"] - size) < 0.01 for c in r)
            k = 0
            while k < len(r) and r[k]["face"] == "VeraBd":
                k += 1
            head = "".join(c["text"] for c in r[:k])
            plain = all(c["face"] == "Vera" for c in r[k:])
            if sized and k and k < len(r) and abs(x - left) < 0.3 and LABEL.fullmatch(head) and plain and \
                    abs(r[k]["X"] - left - ind) < 0.3:
                cur = [head, n, " ".join(s[len(head):].split())]
                out.append(cur)
            elif sized and k == 0 and plain and cur is not None and abs(x - left - ind) < 0.3:
                cur[2] += " " + " ".join(s.split())
            else:
                cur = None
    return [tuple(r) for r in out], copies


def file_pages(sheets, book):
    """Printed page -> the file page of the first sheet that holds it."""
    at = {}
    for n, sh in enumerate(sheets, 1):
        for b, pg, _m in sh["places"]:
            if b is book:
                at.setdefault(pg, n)
    return at


def review(name, book, col, body, texts, sheets, info, ind, size, lo=9, hi=24):
    """The record's key (printed order; page the file page of the first sheet holding the paragraph's first line),
    checked against the words made; the file drawn and read back; the key worked out again by the reader's rule.
    Returns (bytes, key, characters read back, copies, the paragraphs' printed pages)."""
    labels = [it[0] for it in body if it[0] not in ("h", "br", "blank")]
    at = file_pages(sheets, book)
    rec = [(lab, at[pg], t) for lab, pg, t in _b78.record_key(book, labels)]
    if [(r[0], r[2]) for r in rec] != list(zip(labels, texts, strict=True)):
        raise AssertionError(f"{name}: record {[r[0] for r in rec]}")
    check_lengths(name, texts, 40, 260)
    result = [entry(lab, pg, t) for lab, pg, t in rec]
    check_count(name, result, lo, hi)
    check_crossings(name, result, [at[col.pages[k][-1]] for k in range(len(texts))], 1)
    data = render(sheets, {"Title": info[0], "Author": info[1], "Creator": info[2], "Producer": info[3]})
    read = read_sheets(name, data, sheets)
    frames = {fr["page"]: fr for fr in col.frames}
    again, copies = reader(read, frames, col.left, ind, size)
    if again != rec:
        raise AssertionError(f"{name}: key from the file {[(lab, pg) for lab, pg, _t in again]}")
    spans = {labels[k]: (ps[0], ps[-1]) for k, ps in col.pages.items()}
    return data, result, read, copies, spans


def split_in_file(spans, at):
    """The paragraphs that run over a printed page break whose two pages are not next to each other in the file
    (another sheet between them, or the later one earlier): [(label, printed pages, file pages)]."""
    out = []
    for lab, (a, b) in spans.items():
        if a != b and at[b] != at[a] + 1 and at[b] != at[a]:
            out.append((lab, (a, b), (at[a], at[b])))
    return out


def said(split):
    return "; ".join(f"{lab} runs from printed page {a} (file page {fa}) to printed page {b} (file page {fb})"
                     for lab, (a, b), (fa, fb) in split)


COMMON = ("Each key holds the review's own numbered paragraphs only, each once, in READING ORDER (the printed order "
          "the folios give), never the title, headings, running heads or folios. page = the PDF page (1-based, in "
          "the file) where the paragraph starts: the sheet that holds the printed line with its number.")


# --------------------------------------------------------------------------
# 1. resorted.pdf: pages merged by hand out of order
# --------------------------------------------------------------------------
def make_resorted(out, pm):
    path = out / "resorted.pdf"
    _b75.fonts()
    size, left, ind = 10.5, 72.0, 36.0
    body = _text.RS_BODY
    texts = texts_for(pm, body, "adult")
    book = Book()
    col = Column(book, lambda pg: _b78.first_page(book, pg, left, _text.RS_TITLE, _text.RS_ORG, _text.RS_HEAD),
                 left, W - left, H - 62, size, 14.0, 8.0)
    pour(book, col, body, texts, ind, size)
    if book.pages != len(_text.RS_ORDER):
        raise AssertionError(f"{path.name}: {book.pages} printed pages")
    for pg in range(1, book.pages + 1):
        folio(book, pg, f"Page {pg} of {book.pages}")
    sheets = [sheet(W, H, (book, pg, UPRIGHT)) for pg in _text.RS_ORDER]
    data, result, read, copies, spans = review(path.name, book, col, body, texts, sheets, (
        _text.RS_TITLE, _text.RS_ORG, *_text.RS_INFO), ind, size)
    path.write_bytes(data)
    # the trap read back: the folios in file order; the paragraphs over printed 2-3 and 4-5 split in the file
    frames = {fr["page"]: fr for fr in col.frames}
    bottom = max(fr["bottom"] for fr in frames.values())
    order = [folio_of(per[0], bottom) for per in read]
    split = split_in_file(spans, file_pages(sheets, book))
    if order != _text.RS_ORDER or copies or not {(2, 3), (4, 5)} <= {s[1] for s in split}:
        raise AssertionError(f"{path.name}: {order} {split}")
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW SAVED PAGE BY PAGE FROM WORD AND MERGED BY HAND (Creator "
                 "'Microsoft\u00ae Word for Microsoft 365', Producer 'PDFsam Basic'), six A4 pages, PAGES OUT OF ORDER "
                 "IN THE FILE: "
                 "the file's pages hold printed pages 1, 2, 5, 3, 4, 6 (so the file's page 3 is printed page 5, its "
                 "folio 'Page 5 of 6'); the title, the board and the fiction label on printed page 1, a running "
                 "head from printed page 2, folios 'Page N of 6', headings '1. Introduction' to '4. Findings and "
                 f"recommendations' (bold, not paragraphs); paragraphs 1.1 to {result[-1]['label']} with the number in "
                 "bold at the "
                 f"margin and the words at a 36 pt indent. PARAGRAPHS SPLIT IN THE FILE: {said(split)}. The key "
                 f"holds the paragraphs in printed order (1.1 to {result[-1]['label']}), so the pages in the key do "
                 "not "
                 "rise steadily: the paragraphs that start on printed page 5 have page 3, those on printed page 6 "
                 "page 6. " + COMMON),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. handout.pdf: two printed pages to a landscape sheet
# --------------------------------------------------------------------------
def make_handout(out, pm):
    path = out / "handout.pdf"
    _b75.fonts()
    size, left, ind = 11.0, 72.0, 30.0
    body = _text.HO_BODY
    texts = texts_for(pm, body, "dhr")
    book = Book()
    col = Column(book, lambda pg: _b78.first_page(book, pg, left, _text.HO_TITLE, _text.HO_ORG, _text.HO_HEAD),
                 left, W - left, H - 62, size, 15.0, 9.0)
    pour(book, col, body, texts, ind, size, 13.0, TEAL)
    if book.pages != 5:
        raise AssertionError(f"{path.name}: {book.pages} printed pages")
    for pg in range(1, book.pages + 1):
        folio(book, pg, str(pg))
    s = 0.68
    dx, dy = (H / 2 - W * s) / 2, (W - H * s) / 2
    sheets = []
    for pg in range(1, book.pages + 1, 2):
        places = [(book, q, mat(s, 0, 0, s, dx + (H / 2 if q % 2 == 0 else 0), dy)) for q in (pg, pg + 1)
                  if q <= book.pages]
        sheets.append(sheet(H, W, *places))
    data, result, read, copies, spans = review(path.name, book, col, body, texts, sheets, (
        _text.HO_TITLE, _text.HO_ORG, *_text.HO_INFO), ind, size)
    path.write_bytes(data)
    # the trap read back: landscape sheets, two folios on each but the last, one there; every character at the
    # placement's scale (its direction (s, 0))
    frames = {fr["page"]: fr for fr in col.frames}
    bottom = max(fr["bottom"] for fr in frames.values())
    fols = [[folio_of(cs, bottom) for cs in per] for per in read]
    at = file_pages(sheets, book)
    cross = {lab: (at[a], at[b]) for lab, (a, b) in spans.items() if a != b}
    if fols != [[1, 2], [3, 4], [5]] or any(sh["w"] < sh["h"] for sh in sheets) or copies:
        raise AssertionError(f"{path.name}: {fols}")
    within = [lab for lab, (a, b) in cross.items() if a == b]
    across = [lab for lab, (a, b) in cross.items() if a != b]
    if not within or not across:
        raise AssertionError(f"{path.name}: crossings {cross}")
    first = {d["label"]: d["page"] for d in result}
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW'S EXECUTIVE SUMMARY PRINTED '2 PAGES PER SHEET' TO A PDF PRINTER (Creator "
                 "'Microsoft\u00ae Word 2016', Producer 'Microsoft: Print To PDF'): five A4 printed pages, TWO TO "
                 "EACH LANDSCAPE A4 SHEET, side by side, each scaled to 0.68 and centred in its half; three sheets, "
                 "the last with printed page 5 on its left and its right half empty. Each printed page has its own "
                 "title or running head, teal headings (not paragraphs) and a folio (a plain number); paragraphs "
                 "NUMBERED PLAIN, 1 to 16, the number in bold at the margin and the words at the indent. Reading "
                 "order is the printed order: a sheet's left page, then its right, then the next sheet. "
                 f"{', '.join(within)} {'runs' if len(within) == 1 else 'run'} from a sheet's left page to its "
                 f"right (one PDF page); {', '.join(across)} {'runs' if len(across) == 1 else 'run'} from one "
                 "sheet's right page to the next sheet's left. page = the sheet: paragraphs that start on printed "
                 f"pages 1 and 2 have page 1 (paragraph 1 and paragraph {labels_on(result, 1)[-1]}), those on 3 and "
                 f"4 page 2, on 5 page 3 (the last, {result[-1]['label']}, page {first[result[-1]['label']]}). "
                 + COMMON),
        "paragraphs": result,
    }


def labels_on(result, page):
    return [d["label"] for d in result if d["page"] == page]


# --------------------------------------------------------------------------
# 3. saddlestitch.pdf: a folded booklet's sheets, scanned side by side
# --------------------------------------------------------------------------
def make_saddle(out, pm):
    path = out / "saddlestitch.pdf"
    _b75.fonts()
    size, left, ind = 11.0, 78.0, 34.0

    def on_page(pg):
        if pg == 1:  # the cover: no body, no folio
            book.text(pg, left, 300, _text.SS_TITLE, "VeraBd", 20, NAVY)
            book.text(pg, left, 330, _text.SS_STRAP, "Vera", 13, TEAL)
            book.text(pg, left, 360, _text.SS_ORG, "Vera", 12, INK)
            book.text(pg, left, 382, f"{FICT} {INVENTED}", "VeraIt", 9, GREY)
            book.fill(pg, 0, H - 120, W, 120, NAVY)
            return H - 200
        book.text(pg, left, 50, _text.SS_HEAD, "Vera", 9, GREY)
        book.rule(pg, left, 56, W - left, 56, 0.4, GREY)
        return 76.0

    body = _text.SS_BODY
    texts = texts_for(pm, body, "child")
    book = Book()
    col = Column(book, on_page, left, W - left, H - 66, size, 15.5, 9.0)
    pour(book, col, body, texts, ind, size, 13.0, NAVY)
    if book.pages != 7:
        raise AssertionError(f"{path.name}: {book.pages} printed pages")
    for pg in range(2, 8):
        folio(book, pg, str(pg))
    back = book.page()
    for i, s in enumerate(_text.SS_BACK):
        book.text(back, left, 620 + 18 * i, s, "VeraBd" if i == 0 else "Vera", 10, INK)
    book.text(back, left, 690, f"{FICT} {INVENTED}", "VeraIt", 9, GREY)
    s = 0.7071
    sheets = [sheet(H, W, (book, a, mat(s, 0, 0, s, 0, 0)), (book, b, mat(s, 0, 0, s, H / 2, 0)))
              for a, b in _text.SS_SHEETS]
    col.frames.append({"page": back, "x": left, "w": W - 2 * left, "top": 76.0, "bottom": H - 66})
    data, result, read, copies, spans = review(path.name, book, col, body, texts, sheets, (
        _text.SS_TITLE, _text.SS_ORG, *_text.SS_INFO), ind, size)
    path.write_bytes(data)
    # the trap read back: the sides' folios [8|1] [2|7] [6|3] [4|5] as printed (no folio on the covers); the
    # paragraphs over the printed breaks placed on other sheets
    bottom = H - 66
    fols = [[folio_of(cs, bottom) for cs in per] for per in read]
    at = file_pages(sheets, book)
    split = split_in_file(spans, at)
    cross = {lab: (a, b) for lab, (a, b) in spans.items() if a != b}
    if fols != [[None, None], [2, 7], [6, 3], [4, 5]] or copies or len(split) < 2:
        raise AssertionError(f"{path.name}: {fols} {split}")
    same = [lab for lab, (a, b) in cross.items() if at[a] == at[b]]
    every = [(lab, (a, b), (at[a], at[b])) for lab, (a, b) in cross.items()]
    return {
        "note": ("A LEARNING REVIEW PRINTED AS A FOLDED BOOKLET (BOOKLET IMPOSITION) AND SCANNED SHEET BY SHEET, each "
                 "side of a sheet one landscape PDF page (Creator 'Adobe InDesign', Producer 'Adobe PDF Library'): "
                 "eight printed pages, A4 scaled to 0.7071, TWO TO A SIDE AS A BOOKLET IS PRINTED: the file's page 1 "
                 "holds printed pages 8 and 1 (the back cover on the left, the front cover on the right), page 2 "
                 "holds 2 and 7, page 3 holds 6 and 3, page 4 holds 4 and 5. The front cover (the title, a strapline, "
                 "the partnership and the fiction label) and the back cover (the partnership's imprint) have no "
                 "folio and no paragraph; printed pages 2 to 7 have a running head, a folio and the body: headings "
                 "'1. Why this review' to '4. What will change' (not paragraphs) and paragraphs 1.1 to "
                 f"{result[-1]['label']}, the "
                 "number in bold at the margin. Reading order is the printed order 2, 3, 4, 5, 6, 7, which in the "
                 "file is page 2 left, page 3 right, page 4 left, page 4 right, page 3 left, page 2 right. "
                 f"PARAGRAPHS OVER A PRINTED PAGE BREAK: {said(every)}"
                 + (f" ({', '.join(same)} on one side)" if same else "") + ". " + COMMON),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. rescanned.pdf: a page fed twice, a blank page, a separator sheet, a blank back
# --------------------------------------------------------------------------
def make_rescanned(out, pm):
    path = out / "rescanned.pdf"
    _b75.fonts()
    size, left, ind = 10.5, 70.87, 34.0
    body = _text.RC_BODY
    texts = texts_for(pm, body, "child")
    book = Book()
    col = Column(book, lambda pg: _b78.first_page(book, pg, left, _text.RC_TITLE, _text.RC_ORG, _text.RC_HEAD),
                 left, W - left, H - 62, size, 14.0, 8.0)
    pour(book, col, body, texts, ind, size)
    if book.pages != 6 or _text.BLANK not in [ln["s"] for ln in book.on(4)]:
        raise AssertionError(f"{path.name}: {book.pages} printed pages")
    for pg in range(1, book.pages + 1):
        folio(book, pg, f"Page {pg}")
    sep = Book()
    sep.page()
    for i, s in enumerate(_text.RC_SEP):
        face, sz = ("VeraBd", 22) if i == 0 else ("Vera", 12)
        sep.text(1, (W - _draw.sw(s, face, sz)) / 2, 360 + 34 * i, s, face, sz, INK)
    for i in range(7):
        sep.fill(1, 120 + 52 * i, 160, 26, 120, INK)
    empty = Book()
    empty.page()
    sheets = [sheet(W, H, (book, 1, UPRIGHT), scan=True), sheet(W, H, (book, 2, UPRIGHT), scan=True),
              sheet(W, H, (book, 2, mat(1, 0, 0, 1, 1.8, -2.4)), scan=True),
              *[sheet(W, H, (book, pg, UPRIGHT), scan=True) for pg in (3, 4)],
              sheet(W, H, (sep, 1, UPRIGHT), scan=True),
              *[sheet(W, H, (book, pg, UPRIGHT), scan=True) for pg in (5, 6)],
              sheet(W, H, (empty, 1, UPRIGHT), scan=True)]
    data, result, read, copies, spans = review(path.name, book, col, body, texts, sheets, (
        _text.RC_TITLE, _text.RC_ORG, *_text.RC_INFO), ind, size)
    path.write_bytes(data)
    # the traps read back: printed page 2 on file pages 2 and 3 (the copy shifted 1.8 pt right and 2.4 pt down);
    # file page 5 printed page 4, only "This page is intentionally left blank" between its running head and folio;
    # file page 6 the separator (no folio); file page 9 no character at all
    at = file_pages(sheets, book)
    split = split_in_file(spans, at)
    bottom = H - 62
    fols = [folio_of(per[0], bottom) for per in read]
    body4 = [s for _x, s, _r in rows_in(read[4][0], 70, bottom, 0, W)]
    sep_text = [s for _x, s, _r in rows_in(read[5][0], 0, H, 0, W)]
    if fols != [1, 2, 2, 3, 4, None, 5, 6, None] or copies != [(2, 3)] or body4 != [_text.BLANK] or \
            sep_text != _text.RC_SEP or read[8] != [[]] or not any(s[1] == (2, 3) for s in split):
        raise AssertionError(f"{path.name}: {fols} {copies} {body4} {sep_text} {split}")
    on2 = labels_on(result, 2)
    over = [lab for lab, (a, b) in spans.items() if a != b]
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW SCANNED IN TWO BATCHES (every page an image, 100 dpi grey, "
                 "under an invisible OCR text layer, render mode 3): six printed A4 pages with folios 'Page N', and "
                 "nine pages in the file: printed pages 1 and 2, PRINTED PAGE 2 AGAIN (FED TWICE: the same page, its "
                 "image and text layer shifted 1.8 pt right and 2.4 pt down), printed page 3, PRINTED PAGE 4 "
                 f"READING ONLY '{_text.BLANK}' (between its running head and its folio: section 3 starts on a "
                 "right-hand page), A SEPARATOR SHEET FROM THE RECORDS UNIT between the two batches ('SCAN "
                 "SEPARATOR SHEET', bars, no folio), printed pages 5 and 6, and AN EMPTY PAGE (the blank back of the "
                 "last sheet, no text at all). The title, the partnership and the fiction label on page 1, a "
                 "running head from printed page 2, headings '1. Introduction' to '3. Learning and recommendations' "
                 "(not paragraphs); paragraphs 1.1 to 3.6, the number in bold at the margin. THE PAGE SCANNED TWICE "
                 f"IS KEYED ONCE, AT ITS FIRST COPY (file page 2: {', '.join(on2)} have page 2, never 3), and the "
                 f"paragraph that runs on from it runs on through printed page 3 (file page 4), not through the "
                 f"copy: {said(split)}. {', '.join(over)} run over a printed page break. Nothing on the blank page, "
                 "the separator or the empty page is a paragraph. " + COMMON),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. turned.pdf: a page fed sideways, one upside down, one cropped at the top
# --------------------------------------------------------------------------
def make_turned(out, pm):
    path = out / "turned.pdf"
    _b75.fonts()
    size, left, ind = 10.5, 72.0, 36.0
    body = _text.TU_BODY
    texts = texts_for(pm, body, "adult")
    book = Book()
    col = Column(book, lambda pg: _b78.first_page(book, pg, left, _text.TU_TITLE, _text.TU_ORG, _text.TU_HEAD),
                 left, W - left, H - 62, size, 14.0, 8.0)
    pour(book, col, body, texts, ind, size)
    if book.pages != 5:
        raise AssertionError(f"{path.name}: {book.pages} printed pages")
    for pg in range(1, book.pages + 1):
        folio(book, pg, f"Page {pg} of {book.pages}")
    first5 = min((ln for ln in book.on(5) if ln["para"] is not None), key=lambda ln: ln["d"])
    cut_lab = [it[0] for it in body if it[0] not in ("h", "br")][first5["para"]]
    cut = round(first5["d"] - 3.5, 2)  # the sheet's top edge 3.5 pt above the first line's baseline
    sheets = [sheet(W, H, (book, 1, UPRIGHT), scan=True), sheet(H, W, (book, 2, mat(0, 1, -1, 0, H, 0)), scan=True),
              sheet(W, H, (book, 3, UPRIGHT), scan=True), sheet(W, H, (book, 4, mat(-1, 0, 0, -1, W, H)), scan=True),
              sheet(W, round(H - cut, 2), (book, 5, UPRIGHT), scan=True)]
    data, result, read, copies, spans = review(path.name, book, col, body, texts, sheets, (
        _text.TU_TITLE, _text.TU_ORG, *_text.TU_INFO), ind, size)
    path.write_bytes(data)
    # the traps read back: page 2 landscape, its characters running up the page (direction (0, 1)); page 4's
    # running leftwards ((-1, 0)); page 5 shorter, no running head, its first line the number and words of the
    # paragraph after the typed break
    # with their glyphs' tops above the page's top edge (pdfplumber's top < 0)
    dirs = [{c["dir"] for c in per[0]} for per in read]
    cut_line = sorted((c for c in read[4][0] if abs(c["d"] - first5["d"]) < 0.05), key=lambda c: c["X"])
    lead = "".join(c["text"] for c in cut_line)
    para5 = [d["label"] for d in result if d["page"] == 5]
    if dirs != [{(1.0, 0.0)}, {(0.0, 1.0)}, {(1.0, 0.0)}, {(-1.0, 0.0)}, {(1.0, 0.0)}] or \
            lead[:len(cut_lab)] != cut_lab or abs(cut_line[len(cut_lab)]["X"] - left - ind) > 0.05 or \
            not all(c["top"] < 0 for c in cut_line) or para5[:1] != [cut_lab] or \
            any(_text.TU_HEAD in ln["s"] for ln in drawn(sheets[4], book, 5, UPRIGHT)[0]) or copies:
        raise AssertionError(f"{path.name}: {dirs} {lead[:20]!r}")
    every = [(lab, (a, b), (a, b)) for lab, (a, b) in spans.items() if a != b]
    turned = {2: [], 4: []}
    for d in result:
        if d["page"] in turned:
            turned[d["page"]].append(d["label"])
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW SCANNED WITH OCR (every page an image, 100 dpi grey, under an invisible "
                 "text layer, render mode 3), five printed A4 pages with folios 'Page N of 5', in order, but: PAGE 2 "
                 "FED SIDEWAYS (a landscape page, the page image turned a quarter turn anticlockwise and the text "
                 "layer drawn turned 90 degrees, reading up the page), PAGE 4 UPSIDE DOWN (turned 180 degrees, the "
                 "text layer too), and PAGE 5 CROPPED AT THE TOP (the page is "
                 f"{round(cut, 1)} pt shorter: its running head is gone and its FIRST LINE, the first line of "
                 f"{cut_lab}, with its number, IS CUT THROUGH BY THE PAGE'S TOP EDGE, 3.5 pt above the baseline, so "
                 "the image shows only the lower part of its glyphs; the text layer holds the whole line). The key "
                 f"reads the cut line as printed: {cut_lab} opens on page 5 with its number and first words. The "
                 "title, the board and the fiction label on page 1, a running head from page 2, headings '1. About "
                 "this review' to "
                 "'3. Analysis' (not paragraphs); paragraphs 1.1 to 3.8, the number in bold at the margin (a page "
                 f"break typed before {cut_lab}). Paragraphs on the turned pages: {', '.join(turned[2])} start on "
                 f"page 2, {', '.join(turned[4])} on page 4. Paragraphs over a page break: {said(every)}. "
                 + COMMON),
        "paragraphs": result,
    }


def build(out):
    return _harness.build_files(out, ParaMaker(), {"resorted.pdf": make_resorted, "handout.pdf": make_handout,
                                                    "saddlestitch.pdf": make_saddle, "rescanned.pdf": make_rescanned,
                                                    "turned.pdf": make_turned})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind79-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
