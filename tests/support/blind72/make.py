"""Blind fixture generator 72: five FICTIONAL files on PAGES WHOSE GEOMETRY IS NOT A PLAIN A4 SHEET, as browsers,
printers and publishers produce them and practitioners receive them: a review's web page exported by Safari as ONE
VERY TALL PAGE, a printer's proof from InDesign with BLEED, CROP MARKS, REGISTRATION MARKS, COLOUR BARS and a SLUG
LINE outside the trim, a report with an A3 LANDSCAPE FOLD-OUT between its A4 pages, a US Letter report whose landscape
sections are STORED PORTRAIT WITH /Rotate 90 AND /Rotate 270, and an A5 learning brief printed TWO PAGES TO A SHEET on
A4 landscape.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab, pdfplumber and pypdf; no network. Every generator lays its file out into a record
first: the pages (the size a viewer shows, the size stored, the /Rotate, the page boxes) and every line of text drawn,
with its page, its place in the displayed page (x, and the baseline's depth below the displayed top), its face, size
and role (a paragraph's number, its words, or furniture), and the marks and rules drawn. The record is rendered with
reportlab (a rotated page's content drawn turned in the stored page's coordinates, so that the viewer shows it
upright). The key is worked out from the record (the lines in the order the body was poured: page by page, on a
two-up sheet the left half before the right; a paragraph from its number to the next number or heading). Then the
file is read back WITHOUT the project's parser: with pypdf (the page sizes, /Rotate and page boxes as written) and
with pdfplumber on a copy whose /Rotate entries are taken out, so that every glyph is read in the stored page's
coordinates and put into the displayed page by this file's own arithmetic (pdfplumber's own turn of a /Rotate 270
page that is not square is not relied on); every recorded line is found there character for character, at its
place, running the way the viewer shows it, and no character the record did not draw; and the key is worked out a
second time from those characters by the rule a reader would follow (in each body column, top to bottom: a line in
the body's plain type whose first glyph stands at the number's place and reads like 4.2 or 12 opens a paragraph; a
plain line at the text's indent carries it on; anything else, a heading, a title, a box, ends it).

safari.pdf   A SAFEGUARDING ADULTS REVIEW'S WEB PAGE (Mrs T, Marlowe Reach) SAVED BY SAFARI'S File > Export as PDF:
             ONE PAGE, A4 WIDE (595.28 pt) AND MANY THOUSANDS OF POINTS HIGH, no page breaks; the site's header band
             (name and navigation), a breadcrumb, the title, "Published ... \u00b7 14 minute read", an "On this page"
             box, five numbered section headings and 1.1 to 5.2 hung under them, "Share this page", a "Related
             reviews" box, "Back to top" and the site's footer band, each once; Creator "Safari", Producer "macOS
             Version 15.3.1 (Build 24D70) Quartz PDFContext"
proof.pdf    A SAFEGUARDING ADULTS REVIEW (Mr and Mrs W, Westmere) AS A PRINTER'S PROOF EXPORTED BY INDESIGN: A4 trim
             with 3 mm bleed on a larger sheet (MediaBox and CropBox the sheet, 708.66 x 955.27; BleedBox the trim
             plus 3 mm; TrimBox the A4 page 56.69 pt in), CROP MARKS at the corners, REGISTRATION MARKS at each side,
             a COLOUR BAR above the page, a SLUG LINE "Review_final.indd   3   12/03/2025   10:14" below it, a title
             band bleeding off page 1's top and sides; inside the trim a running head and the folio; paragraphs
             numbered 1 to 16 (plain numbers) under unnumbered headings, two of them over page breaks
mixed.pdf    A CHILD SAFEGUARDING PRACTICE REVIEW (Child M, Marshfield) SAVED BY WORD AS PDF WITH PAGES OF TWO SIZES:
             A4 portrait pages 1, 2, 4 and 5 and AN A3 LANDSCAPE FOLD-OUT, page 3, holding "Table 1: Chronology of
             significant events" (dates, agencies, events, no numbered paragraphs); 2.1-2.7 before it, 3.1-3.7 after
             it, the numbering carrying on across it
rotated.pdf  A DOMESTIC HOMICIDE REVIEW (Ms R, Pellingham) ON US LETTER SAVED BY WORD AS PDF: portrait pages 1, 4 and
             6; LANDSCAPE SECTIONS STORED AS PORTRAIT PAGES (612 x 792) WITH /Rotate 90 (pages 2 and 3, a paragraph
             running over from one to the other) AND /Rotate 270 (page 5), their text drawn turned in the stored page's
             coordinates so that a viewer shows every page upright, running head and page number included
twoup.pdf    A SAFEGUARDING ADULTS REVIEW'S LEARNING BRIEF (Mr B, Ashdown Fell), SIX A5 PAGES PRINTED FROM WORD TWO
             TO A SHEET (Microsoft Print to PDF, "2 Pages Per Sheet") ON THREE A4 LANDSCAPE SHEETS, pages 1|2, 3|4,
             5|6, each half with its own running head and its own page number at its foot; the halves' lines stand side
             by side at nearly the same heights; paragraphs run from a left half into the right half of the same sheet
             and from a right half onto the next sheet

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- each key holds the review's own numbered paragraphs only, each once, in reading order; never the site's chrome
  (navigation, breadcrumb, "On this page", share line, related reviews, footer), running heads, page numbers or
  folios, slug lines, crop or registration marks or colour bars, headings even when numbered ("2. Background"), the
  chronology's dates and events;
- pages are the PDF's pages, 1-based, where the paragraph starts: safari.pdf is one page, so every paragraph is page 1;
  on the proof the PDF page (the folio printed inside the trim and the slug's page number agree with it); on
  twoup.pdf THE SHEET, not the A5 page number printed at the foot of each half (the note says so);
- reading order on a two-up sheet is the left half, then the right half.
"""
import io
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import draw as _draw  # type: ignore
    from blindkit import harness as _harness  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry  # type: ignore

    _text = _harness.load(__file__, "blind72_text", "text.py")
else:
    from ..blindkit import draw as _draw
    from ..blindkit import harness as _harness
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
FACES = {"Vera": "Vera.ttf", "VeraBd": "VeraBd.ttf", "VeraIt": "VeraIt.ttf"}
PS = {"Vera": "+BitstreamVeraSans-Roman", "VeraBd": "+BitstreamVeraSans-Bold", "VeraIt": "+BitstreamVeraSans-Oblique"}
A4 = (595.28, 841.89)
A3L = (1190.55, 841.89)
LETTER = (612.0, 792.0)
A5 = (419.53, 595.28)
INK, GREY, WHITE = (0, 0, 0), (0.4, 0.4, 0.4), (1, 1, 1)
NUMBER = re.compile(r"\d+(?:\.\d+)?")


# --------------------------------------------------------------------------
# The record: pages as shown and as stored, every line drawn, every mark
# --------------------------------------------------------------------------
class Book:
    """Pages [{"size": (w, h) as a viewer shows it, "rotate": 0/90/270, "boxes": {name: [x0, y0, x1, y1]}}], lines
    [{page, x, d, s, face, size, rgb, role, para}] with d the baseline's depth below the displayed page's top, and
    shapes [(page, kind, ...)] in the same displayed coordinates."""

    def __init__(self):
        self.pages, self.lines, self.shapes = [], [], []

    def page(self, size, rotate=0, boxes=None):
        self.pages.append({"size": size, "rotate": rotate, "boxes": boxes or {}})
        return len(self.pages)

    def text(self, pg, x, d, s, face="Vera", size=10.0, rgb=INK, role="furniture", para=None):
        self.lines.append({"page": pg, "x": x, "d": d, "s": s, "face": face, "size": size, "rgb": rgb,
                           "role": role, "para": para})

    def rect(self, pg, x, d, w, h, rgb):
        """A filled rectangle whose top edge is ``d`` below the displayed top."""
        self.shapes.append((pg, "R", x, d, w, h, rgb))

    def rule(self, pg, x1, d1, x2, d2, lw=0.5, rgb=INK):
        self.shapes.append((pg, "L", x1, d1, x2, d2, lw, rgb))

    def ring(self, pg, cx, d, r, lw=0.25, rgb=INK):
        self.shapes.append((pg, "O", cx, d, r, lw, rgb))

    def width(self, ln):
        return _draw.sw(ln["s"], ln["face"], ln["size"])

    def render(self, path, info):
        from reportlab.pdfgen.canvas import Canvas
        c = Canvas(str(path), pagesize=self.stored(1), invariant=1, pageCompression=1)
        c.setTitle(info.get("Title", ""))
        c.setAuthor(info.get("Author", ""))
        c.setSubject(info.get("Subject", ""))
        c.setCreator(info.get("Creator", ""))
        c.setProducer(info["Producer"])
        for k, pg in enumerate(self.pages, 1):
            sw_, sh_ = self.stored(k)
            c.setPageSize(pg["size"])  # reportlab writes the MediaBox turned back when /Rotate is 90 or 270
            c.setPageRotation(pg["rotate"])
            for name in ("crop", "trim", "bleed", "art"):
                c.setCropBox(pg["boxes"].get(name), name)
            c.saveState()
            if pg["rotate"] == 90:  # the displayed page turned a quarter to the left onto the stored one
                c.translate(sw_, 0)
                c.rotate(90)
            elif pg["rotate"] == 270:
                c.translate(0, sh_)
                c.rotate(-90)
            h = pg["size"][1]
            for sh in (s for s in self.shapes if s[0] == k):
                _shape(c, h, sh)
            for ln in (ln for ln in self.lines if ln["page"] == k):
                _draw._draw(c, ("T", ln["x"], h - ln["d"], ln["s"], ln["face"], ln["size"], ln["rgb"]))
            c.restoreState()
            c.showPage()
        c.save()

    def stored(self, k):
        pg = self.pages[k - 1]
        w, h = pg["size"]
        return (h, w) if pg["rotate"] in (90, 270) else (w, h)


def _shape(c, h, sh):
    kind = sh[1]
    c.saveState()
    if kind == "R":
        _pg, _k, x, d, w, hh, rgb = sh
        c.setFillColorRGB(*rgb)
        c.rect(x, h - d - hh, w, hh, stroke=0, fill=1)
    elif kind == "L":
        _pg, _k, x1, d1, x2, d2, lw, rgb = sh
        c.setStrokeColorRGB(*rgb)
        c.setLineWidth(lw)
        c.line(x1, h - d1, x2, h - d2)
    else:
        _pg, _k, cx, d, r, lw, rgb = sh
        c.setStrokeColorRGB(*rgb)
        c.setLineWidth(lw)
        c.circle(cx, h - d, r, stroke=1, fill=0)
    c.restoreState()


class Flow:
    """The review's body poured into frames {page, x, top, bottom, w} (depths), a frame from new_frame(section) when
    the one in hand is full (section False) or at a section break (True). A paragraph: its number at x, its words
    at x + indent, its first two lines kept together; a heading kept with the next three lines. Keeps the frames,
    and each paragraph's first and last page."""

    def __init__(self, book, new_frame, face="Vera", bold="VeraBd", size=10.0, lead=13.6, gap=7.0, hsize=12.0,
                 hlead=16.0, hgap=12.0, indent=30.0):
        self.book, self.new_frame = book, new_frame
        self.face, self.bold, self.size, self.lead, self.gap = face, bold, size, lead, gap
        self.hsize, self.hlead, self.hgap, self.indent = hsize, hlead, hgap, indent
        self.frames, self.where, self.ends = [], {}, {}
        self.fr = self.cur = None

    def next(self, section=False):
        self.fr = self.new_frame(section)
        self.frames.append(self.fr)
        self.cur = self.fr["top"]

    def fits(self, h):
        return self.cur + h <= self.fr["bottom"]

    def pour(self, items, texts):
        for it in items:
            if it[0] == "break":
                self.next(True)
            elif it[0] == "h":
                g = 0.0 if self.cur == self.fr["top"] else self.hgap
                if not self.fits(g + self.hlead + 3 * self.lead + self.gap):
                    self.next()
                    g = 0.0
                self.book.text(self.fr["page"], self.fr["x"], self.cur + g + self.hlead * 0.78, it[1], self.bold,
                               self.hsize)
                self.cur += g + self.hlead
            else:
                self.para(it[0], texts[it[0]])

    def para(self, label, t):
        lines = _draw.lines_of(t, self.fr["w"] - self.indent, self.face, self.size)
        g = 0.0 if self.cur == self.fr["top"] else self.gap
        if not self.fits(g + 2 * self.lead):
            self.next()
        for i, ln in enumerate(lines):
            g = self.gap if i == 0 and self.cur != self.fr["top"] else 0.0
            if not self.fits(g + self.lead):
                self.next()
                g = 0.0
            d, pg, x = self.cur + g + self.lead * 0.78, self.fr["page"], self.fr["x"]
            if i == 0:
                self.book.text(pg, x, d, label, self.face, self.size, role="num", para=label)
                self.where[label] = pg
            self.book.text(pg, x + self.indent, d, ln, self.face, self.size, role="para", para=label)
            self.ends[label] = pg
            self.cur += g + self.lead


# --------------------------------------------------------------------------
# The key from the record, and the file read back
# --------------------------------------------------------------------------
def key_from_record(book):
    """[(label, page, words)] from the lines in the order poured: a paragraph from its number."""
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


def read_chars(path, book, name):
    """Every glyph of the file as a viewer shows it: [{X, d, text, font}] per page. The page sizes, /Rotate and
    boxes are read with pypdf and must be the record's; pdfplumber then reads a copy with /Rotate taken out, in the
    stored page's coordinates, and each glyph's origin is turned into the displayed page here; a glyph must run the
    way the displayed page reads (left to right, upright)."""
    import pdfplumber
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NumberObject
    rd = PdfReader(str(path))
    if len(rd.pages) != len(book.pages):
        raise AssertionError(f"{name}: {len(rd.pages)} pages")
    for k, (p, want) in enumerate(zip(rd.pages, book.pages, strict=True), 1):
        mb = [round(float(v), 2) for v in p.mediabox]
        if mb != [0, 0, *[round(v, 2) for v in book.stored(k)]] or int(p.get("/Rotate", 0)) != want["rotate"]:
            raise AssertionError(f"{name}: page {k} stored as {mb} /Rotate {p.get('/Rotate')}")
        for box, v in want["boxes"].items():
            got = [round(float(x), 2) for x in p[NameObject(f"/{box.capitalize()}Box")]]
            if got != [round(x, 2) for x in v]:
                raise AssertionError(f"{name}: page {k} {box} box {got}")
    wr = PdfWriter(clone_from=rd)
    for p in wr.pages:
        p[NameObject("/Rotate")] = NumberObject(0)
    buf = io.BytesIO()
    wr.write(buf)
    buf.seek(0)
    out = []
    with pdfplumber.open(buf) as pl:
        for k, p in enumerate(pl.pages, 1):
            rot = book.pages[k - 1]["rotate"]
            sw_, sh_ = book.stored(k)
            chars = []
            for c in p.chars:
                a, b, _c, _d, e, f = c["matrix"]
                if rot == 0:
                    x, d, ok = e, sh_ - f, a > 0 and abs(b) < 1e-6
                elif rot == 90:
                    x, d, ok = f, e, b > 0 and abs(a) < 1e-6
                else:
                    x, d, ok = sh_ - f, sw_ - e, b < 0 and abs(a) < 1e-6
                if not ok:
                    raise AssertionError(f"{name}: page {k} glyph {c['text']!r} does not run upright")
                chars.append({"X": x, "d": d, "text": c["text"], "font": c["fontname"]})
            out.append(chars)
    return out


def check_lines(name, book, pages):
    """Every recorded line read back character for character at its place, nothing else on any page."""
    for k, chars in enumerate(pages, 1):
        used = 0
        for ln in (ln for ln in book.lines if ln["page"] == k):
            w = book.width(ln)
            cs = sorted((c for c in chars if abs(c["d"] - ln["d"]) < 0.05 and ln["x"] - 0.05 <= c["X"]
                         < ln["x"] + w - 0.01), key=lambda c: c["X"])
            got = "".join(c["text"] for c in cs)
            face = all(c["font"].endswith(PS[ln["face"]]) for c in cs)
            if got != ln["s"] or abs(cs[0]["X"] - ln["x"]) > 0.05 or not face:
                raise AssertionError(f"{name}: page {k} line {ln['s'][:30]!r} read back as {got[:30]!r}")
            used += len(cs)
        if used != len(chars):
            raise AssertionError(f"{name}: page {k} has {len(chars) - used} characters not in the record")


def key_from_chars(pages, frames, indent, face="Vera"):
    """The key from the glyphs read back, as a reader would: in each body frame, in order, lines top to bottom; a
    line in the body's plain type whose first glyph stands at the frame's left and reads like 4.2 or 12 (up to the
    text's indent) opens a paragraph; a plain line starting at the indent carries it on; any other line ends it."""
    out, cur = [], None
    for fr in frames:
        x0, x1 = fr["x"], fr["x"] + fr["w"]
        inside = [c for c in pages[fr["page"] - 1] if x0 - 0.5 <= c["X"] < x1 + 0.5
                  and fr["top"] <= c["d"] <= fr["bottom"]]
        rows = {}
        for c in inside:
            rows.setdefault(round(c["d"], 2), []).append(c)
        for d in sorted(rows):
            cs = sorted(rows[d], key=lambda c: c["X"])
            plain = all(c["font"].endswith(PS[face]) for c in cs)
            head = "".join(c["text"] for c in cs if c["X"] < x0 + indent - 0.3)
            rest = "".join(c["text"] for c in cs if c["X"] >= x0 + indent - 0.3)
            if plain and abs(cs[0]["X"] - x0) < 0.3 and NUMBER.fullmatch(head.strip()):
                cur = [head.strip(), fr["page"], rest]
                out.append(cur)
            elif plain and abs(cs[0]["X"] - x0 - indent) < 0.3 and cur is not None:
                cur[2] += " " + rest
            else:
                cur = None
    return [tuple(r) for r in out]


def check_file(name, path, book, flow, texts, result):
    """The key against the record, the words written, the file read back and the key worked out from it."""
    rec = key_from_record(book)
    if [entry(lab, pg, t) for lab, pg, t in rec] != result:
        raise AssertionError(f"{name}: key from the record")
    for lab, _pg, t in rec:
        if t != texts[lab]:
            raise AssertionError(f"{name}: words of {lab}")
    pages = read_chars(path, book, name)
    check_lines(name, book, pages)
    again = key_from_chars(pages, flow.frames, flow.indent)
    if again != rec:
        raise AssertionError(f"{name}: key from the file {[(lab, pg) for lab, pg, _t in again]}")
    return pages


def body_texts(pm, items, kind):
    return {it[0]: pm.make(it[1], kind) for it in items if it[0] not in ("h", "break")}


def fonts():
    _draw.register_fonts({}, FACES)


def centred(book, pg, cx, d, s, face="Vera", size=9.0, rgb=INK):
    book.text(pg, cx - _draw.sw(s, face, size) / 2, d, s, face, size, rgb)


def right(book, pg, rx, d, s, face="Vera", size=9.0, rgb=INK):
    book.text(pg, rx - _draw.sw(s, face, size), d, s, face, size, rgb)


# --------------------------------------------------------------------------
# safari.pdf: a review's web page exported by Safari as one tall page
# --------------------------------------------------------------------------
SA_W, SA_L, SA_R = A4[0], 40.0, A4[0] - 40.0
NAVY, MIST = (0.106, 0.227, 0.361), (0.937, 0.945, 0.957)


def make_safari(out, pm):
    path = out / "safari.pdf"
    fonts()
    texts = body_texts(pm, _text.SA_BODY, "adult")
    book = Book()
    book.page((SA_W, 0.0))  # the height is known when the page is laid out
    book.rect(1, 0, 0, SA_W, 64, NAVY)
    book.text(1, SA_L, 30, _text.SA_SITE + " (fictional)", "VeraBd", 14, WHITE)
    x = SA_L
    for item in _text.SA_NAV:
        book.text(1, x, 51, item, "Vera", 9, WHITE)
        x += _draw.sw(item, "Vera", 9) + 18
    book.text(1, SA_L, 90, "  /  ".join(_text.SA_CRUMBS), "Vera", 8.5, GREY)
    d = 104.0
    for ln in _draw.lines_of(_text.SA_TITLE, SA_R - SA_L, "VeraBd", 21):
        d += 26
        book.text(1, SA_L, d, ln, "VeraBd", 21)
    book.text(1, SA_L, d + 22, _text.SA_META, "Vera", 9, GREY)
    book.text(1, SA_L, d + 36, f"{FICT} {INVENTED}", "VeraIt", 9, GREY)
    top = d + 54
    box = len(_text.SA_ONPAGE) * 15 + 14
    book.rect(1, SA_L, top, SA_R - SA_L, box, MIST)
    for k, s in enumerate(_text.SA_ONPAGE):
        book.text(1, SA_L + 16, top + 20 + 15 * k, s, "VeraBd" if k == 0 else "Vera", 10, NAVY)

    def new_frame(_section):
        if hasattr(new_frame, "done"):
            raise AssertionError("safari.pdf: a second frame")
        new_frame.done = True
        return {"page": 1, "x": SA_L, "top": top + box + 18, "bottom": 1e9, "w": SA_R - SA_L}

    flow = Flow(book, new_frame, size=12.0, lead=19.2, gap=12.0, hsize=16.5, hlead=24.0, hgap=22.0, indent=36.0)
    flow.next()
    flow.pour(_text.SA_BODY, texts)
    d = flow.cur + 36
    book.text(1, SA_L, d, _text.SA_SHARE, "Vera", 9, GREY)
    d += 22
    rel = len(_text.SA_RELATED) * 16 + 14
    book.rect(1, SA_L, d, SA_R - SA_L, rel, MIST)
    for k, s in enumerate(_text.SA_RELATED):
        book.text(1, SA_L + 16, d + 21 + 16 * k, s, "VeraBd" if k == 0 else "Vera", 10, NAVY)
    d += rel + 30
    right(book, 1, SA_R, d, _text.SA_TOP, "Vera", 9, NAVY)
    d += 24
    book.rect(1, 0, d, SA_W, 76, NAVY)
    for k, s in enumerate(_text.SA_FOOT):
        book.text(1, SA_L, d + 30 + 18 * k, s, "Vera", 8.5, WHITE)
    height = round(d + 76, 2)
    book.pages[0]["size"] = (SA_W, height)
    book.render(path, {"Title": f"{_text.SA_TITLE} | {_text.SA_SITE}", "Author": "", "Subject": FICT,
                       "Creator": "Safari", "Producer": _text.SA_PRODUCER})
    rec = key_from_record(book)
    result = [entry(lab, pg, t) for lab, pg, t in rec]
    check_lengths(path.name, list(texts.values()), 40, 260)
    check_count(path.name, result, 15, 30)
    pages = check_file(path.name, path, book, flow, texts, result)
    if not 5000 <= height <= 14400 or {d["page"] for d in result} != {1}:
        raise AssertionError(f"safari.pdf: one page {height} high")
    alltext = "".join(c["text"] for c in pages[0])
    for s in (_text.SA_NAV[3], _text.SA_FOOT[1], _text.SA_RELATED[0], _text.SA_CRUMBS[2]):
        if alltext.count(s) != 1:
            raise AssertionError(f"safari.pdf: {s!r} not once")
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW'S WEB PAGE (Mrs T, Marlowe Reach) SAVED BY SAFARI'S File > Export as "
                 f"PDF: ONE PAGE, A4 WIDE (595.28 pt) AND {height:.0f} pt HIGH, the whole web page with no page "
                 "breaks, Creator 'Safari', Producer 'macOS ... Quartz PDFContext'. Once each, as on the web page: "
                 "the site's header band (name and navigation 'Home About us Reviews ...'), a breadcrumb, the title, "
                 "'Published 12 March 2025 \u00b7 ...', the fiction label, an 'On this page' box of section names, "
                 "then five numbered section headings ('1. Introduction' ... '5. Learning for partners') with the "
                 "review's paragraphs 1.1 to 5.2 hung under them (the number at the left, the words indented), then "
                 "'Share this page', a 'Related reviews' box, 'Back to top' and the site's footer band. Each key "
                 "holds the review's own numbered paragraphs only, in reading order; never the site's header, "
                 "navigation, breadcrumb, the boxes, headings, share line or footer. page = the PDF page: the file "
                 "has ONE page, so every paragraph is page 1."),
        "paragraphs": result,
    }



# --------------------------------------------------------------------------
# proof.pdf: a printer's proof, A4 with 3 mm bleed, crop marks, registration marks, colour bars and a slug line
# --------------------------------------------------------------------------
PF_OFF, PF_BLEED, PF_MARK = 56.69, 8.504, 21.26
PF_SHEET = (A4[0] + 2 * PF_OFF, A4[1] + 2 * PF_OFF)
TEAL = (0.0, 0.42, 0.49)
PF_BAR = [(0.0, 0.68, 0.94), (0.93, 0.0, 0.55), (1.0, 0.95, 0.0), (0, 0, 0), (0.2, 0.2, 0.2), (0.4, 0.4, 0.4),
          (0.6, 0.6, 0.6), (0.8, 0.8, 0.8), (0.93, 0.11, 0.14), (0.0, 0.65, 0.31), (0.18, 0.19, 0.57)]


def proof_marks(book, pg):
    """Outside the trim: crop marks at the corners (clear of the bleed), registration marks at each side, a colour
    bar above the page and the slug line below it."""
    o, b, m = PF_OFF, PF_BLEED, PF_MARK
    sw_, sh_ = PF_SHEET
    for x in (o, o + A4[0]):
        for d in (o, o + A4[1]):
            sx = -1 if x == o else 1
            sy = -1 if d == o else 1
            book.rule(pg, x + sx * b, d, x + sx * (b + m), d, 0.25)
            book.rule(pg, x, d + sy * b, x, d + sy * (b + m), 0.25)
    for cx, cd in ((sw_ / 2, o / 2), (sw_ / 2, sh_ - o / 2), (o / 2, sh_ / 2), (sw_ - o / 2, sh_ / 2)):
        book.ring(pg, cx, cd, 5.0)
        book.rule(pg, cx - 8, cd, cx + 8, cd, 0.25)
        book.rule(pg, cx, cd - 8, cx, cd + 8, 0.25)
    for k, rgb in enumerate(PF_BAR):
        book.rect(pg, o + 110 + 13 * k, 12, 12, 12, rgb)
    date, time = _text.PF_STAMP
    book.text(pg, o, sh_ - 16, f"{_text.PF_DOC}   {pg}   {date}   {time}", "Vera", 7, INK, role="slug")


def make_proof(out, pm):
    path = out / "proof.pdf"
    fonts()
    texts = body_texts(pm, _text.PF_BODY, "adult")
    book = Book()
    o, b = PF_OFF, PF_BLEED
    boxes = {"crop": [0, 0, *PF_SHEET], "trim": [o, o, o + A4[0], o + A4[1]],
             "bleed": [o - b, o - b, o + A4[0] + b, o + A4[1] + b]}
    L, W = o + 62, A4[0] - 124

    def new_frame(_section):
        pg = book.page(PF_SHEET, 0, boxes)
        top = o + 72
        if pg == 1:
            book.rect(pg, o - b, o - b, A4[0] + 2 * b, 138 + b, TEAL)
            book.text(pg, L, o + 62, _text.PF_TITLE, "VeraBd", 16, WHITE)
            book.text(pg, L, o + 88, _text.PF_BOARD, "Vera", 11, WHITE)
            book.text(pg, L, o + 110, f"{FICT} {INVENTED}", "VeraIt", 9, WHITE)
            top = o + 168
        else:
            book.text(pg, L, o + 40, _text.PF_HEAD, "Vera", 8, GREY)
            right(book, pg, L + W, o + 40, _text.PF_BOARD, "Vera", 8, GREY)
            book.rule(pg, L, o + 46, L + W, o + 46, 0.4, GREY)
        return {"page": pg, "x": L, "top": top, "bottom": o + A4[1] - 62, "w": W}

    flow = Flow(book, new_frame, size=10.0, lead=13.6, gap=7.0, hsize=12.0, hlead=17.0, hgap=12.0, indent=28.0)
    flow.next()
    flow.pour(_text.PF_BODY, texts)
    for pg in range(1, len(book.pages) + 1):
        centred(book, pg, o + A4[0] / 2, o + A4[1] - 32, str(pg), "Vera", 9)
        proof_marks(book, pg)
    book.render(path, {"Title": _text.PF_TITLE, "Author": "Westmere SAB (fictional)", "Subject": FICT,
                       "Creator": "Adobe InDesign 19.2 (Macintosh)", "Producer": "Adobe PDF Library 17.0"})
    rec = key_from_record(book)
    result = [entry(lab, pg, t) for lab, pg, t in rec]
    check_lengths(path.name, list(texts.values()), 40, 260)
    check_count(path.name, result, 12, 24)
    cross = check_crossings(path.name, result, [flow.ends[d["label"]] for d in result], 2)
    pages = check_file(path.name, path, book, flow, texts, result)
    trim = (o, o, o + A4[0], o + A4[1])
    for k, chars in enumerate(pages, 1):
        for ln in (ln for ln in book.lines if ln["page"] == k):
            w = book.width(ln)
            inside = trim[0] <= ln["x"] and ln["x"] + w <= trim[2] and trim[1] + 10 <= ln["d"] <= trim[3]
            if inside != (ln["role"] != "slug"):
                raise AssertionError(f"proof.pdf: {ln['s'][:20]!r} on the wrong side of the trim")
        slug = "".join(c["text"] for c in chars if c["d"] > o + A4[1] + b)
        if slug != f"{_text.PF_DOC}   {k}   {' '.join(x + '  ' for x in _text.PF_STAMP).strip()}":
            raise AssertionError(f"proof.pdf: slug {slug!r}")
    if len(pages) != 4:
        raise AssertionError(f"proof.pdf: {len(pages)} pages")
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW (Mr and Mrs W, Westmere) AS A PRINTER'S PROOF EXPORTED BY INDESIGN "
                 "(Creator 'Adobe InDesign 19.2', Producer 'Adobe PDF Library 17.0') WITH BLEED AND PRINTER'S MARKS: "
                 "four pages, each an A4 TRIM WITH 3 MM BLEED ON A LARGER SHEET, as InDesign writes it when marks "
                 "are on: MediaBox and CropBox the whole sheet [0 0 708.66 955.27], BleedBox the trim plus 3 mm, "
                 "TrimBox the A4 page [56.69 56.69 651.97 898.58]. OUTSIDE THE TRIM: CROP MARKS at the four corners "
                 "(clear of the bleed), REGISTRATION MARKS (a ring and a cross) at the middle of each side, a COLOUR "
                 "BAR of eleven patches above the page and the SLUG LINE 'Review_final.indd   N   12/03/2025   "
                 "10:14' below it. Inside the trim: page 1's title band bleeding off the top and both sides (white "
                 "title, partnership and fiction label on it), the running head on pages 2-4, the folio 1-4 at the "
                 "foot, unnumbered headings ('Why this review was held', ...), and the review's paragraphs numbered "
                 f"with PLAIN NUMBERS 1 to 16 (the number at the left, the words indented); {', '.join(cross)} run "
                 "over a page break. Each key holds the review's own numbered paragraphs only, in reading order; "
                 "never the slug line (its page number included), marks, colour bar, title band, running head, "
                 "folios or headings. page = the PDF page where the paragraph starts (the folio and the slug's "
                 "page number agree with it)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# mixed.pdf: A4 pages and an A3 landscape fold-out in the middle
# --------------------------------------------------------------------------
def word_furniture(book, pg, head_left, head_right, foot, margin=72.0):
    w, h = book.pages[pg - 1]["size"]
    book.text(pg, margin, 40, head_left, "Vera", 8.5, GREY)
    right(book, pg, w - margin, 40, head_right, "Vera", 8.5, GREY)
    book.rule(pg, margin, 46, w - margin, 46, 0.4, GREY)
    centred(book, pg, w / 2, h - 38, foot, "Vera", 9)


def foldout(book):
    pg = book.page(A3L)
    cols = [90.0, 160.0, 520.0, A3L[0] - 144 - 770.0]
    xs = [72.0]
    for w in cols:
        xs.append(xs[-1] + w)
    book.text(pg, 72, 92, _text.MX_FOLD_TITLE, "VeraBd", 13)
    top = 108.0
    for r, row in enumerate([_text.MX_FOLD_HEAD, *_text.MX_FOLD]):
        if r == 0:
            book.rect(pg, xs[0], top, xs[-1] - xs[0], 22, (0.85, 0.85, 0.85))
        for c, s in enumerate(row):
            book.text(pg, xs[c] + 5, top + 15, s, "VeraBd" if r == 0 else "Vera", 9.5)
            if _draw.sw(s, "Vera", 9.5) > cols[c] - 10:
                raise AssertionError("mixed.pdf: a chronology cell too wide")
        book.rule(pg, xs[0], top, xs[-1], top, 0.5)
        top += 22
    book.rule(pg, xs[0], top, xs[-1], top, 0.5)
    for x in xs:
        book.rule(pg, x, 108, x, top, 0.5)
    return pg


def make_mixed(out, pm):
    path = out / "mixed.pdf"
    fonts()
    texts = body_texts(pm, _text.MX_BODY, "child")
    book = Book()

    def new_frame(section):
        if section:
            foldout(book)
        pg = book.page(A4)
        top = 72.0
        if pg == 1:
            book.text(pg, 72, 96, _text.MX_TITLE, "VeraBd", 16)
            book.text(pg, 72, 116, _text.MX_SCP, "Vera", 11)
            book.text(pg, 72, 134, f"{FICT} {INVENTED}", "VeraIt", 9, GREY)
            top = 160.0
        return {"page": pg, "x": 72.0, "top": top, "bottom": A4[1] - 72, "w": A4[0] - 144}

    flow = Flow(book, new_frame, size=10.5, lead=14.5, gap=8.0, hsize=13.0, hlead=18.0, hgap=14.0, indent=32.0)
    flow.next()
    flow.pour(_text.MX_BODY, texts)
    n = len(book.pages)
    for pg in range(1, n + 1):
        word_furniture(book, pg, _text.MX_HEAD, _text.MX_SCP + " (fictional)", f"Page {pg} of {n}")
    book.render(path, {"Title": _text.MX_TITLE, "Author": "Marshfield SCP (fictional)", "Subject": FICT,
                       "Creator": _text.MX_PRODUCER, "Producer": _text.MX_PRODUCER})
    rec = key_from_record(book)
    result = [entry(lab, pg, t) for lab, pg, t in rec]
    check_lengths(path.name, list(texts.values()), 40, 260)
    check_count(path.name, result, 12, 20)
    cross = check_crossings(path.name, result, [flow.ends[d["label"]] for d in result], 2)
    pages = check_file(path.name, path, book, flow, texts, result)
    if [p["size"] for p in book.pages] != [A4, A4, A3L, A4, A4]:
        raise AssertionError(f"mixed.pdf: pages {[p['size'] for p in book.pages]}")
    if any(d["page"] == 3 for d in result) or not any(c["X"] > A4[0] for c in pages[2]):
        raise AssertionError("mixed.pdf: the fold-out")
    labels = [d["label"] for d in result]
    before = [d["label"] for d in result if d["page"] < 3]
    if before != labels[:7] or before[-1] != "2.7" or labels[7] != "3.1" or flow.where["3.1"] != 4:
        raise AssertionError("mixed.pdf: numbering across the fold-out")
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW (Child M, Marshfield) SAVED BY WORD AS PDF WITH PAGES OF TWO "
                 "SIZES: pages 1, 2, 4 and 5 A4 PORTRAIT (595.28 x 841.89), page 3 AN A3 LANDSCAPE FOLD-OUT "
                 "(1190.55 x 841.89) holding 'Table 1: Chronology of significant events, March 2023 to September "
                 "2024 (fold-out)', a ruled table 'Date | Agency | Event | Significance for the review' of twelve "
                 "dated rows and NO NUMBERED PARAGRAPHS; the running head 'CSPR Child M (fictional)' and the "
                 "partnership, and the footer 'Page N of 5', on every page, the fold-out's across its width. Page 1: "
                 "the title and the fiction label. '2. Background to the review' with 2.1-2.7 on pages 1-2, then the "
                 "fold-out, then '3. Analysis of practice' with 3.1-3.7 on pages 4-5: THE NUMBERING CARRIES ON "
                 f"AFTER THE FOLD-OUT. {', '.join(cross)} run over a page break. Each key holds the review's own "
                 "numbered paragraphs only, in reading order; never the running heads, footers, headings, the "
                 "table's dates, agencies or events. page = the PDF page where the paragraph starts (the fold-out "
                 "counts as page 3)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# rotated.pdf: US Letter, landscape sections stored portrait with /Rotate 90 and /Rotate 270
# --------------------------------------------------------------------------
RT_SHAPES = {"P": (LETTER, 0), "L90": ((LETTER[1], LETTER[0]), 90), "L270": ((LETTER[1], LETTER[0]), 270)}


def make_rotated(out, pm):
    path = out / "rotated.pdf"
    fonts()
    items = []
    for k, (_kind, body) in enumerate(_text.RT_SECTIONS):
        items += ([("break",)] if k else []) + body
    texts = body_texts(pm, items, "dhr")
    book = Book()
    state = {"sec": 0}

    def new_frame(section):
        if section:
            state["sec"] += 1
        size, rot = RT_SHAPES[_text.RT_SECTIONS[state["sec"]][0]]
        pg = book.page(size, rot)
        top = 72.0
        if pg == 1:
            book.text(pg, 72, 100, _text.RT_TITLE, "VeraBd", 15)
            book.text(pg, 72, 120, _text.RT_CSP, "Vera", 11)
            book.text(pg, 72, 138, f"{FICT} {INVENTED}", "VeraIt", 9, GREY)
            top = 164.0
        return {"page": pg, "x": 72.0, "top": top, "bottom": size[1] - 72, "w": size[0] - 144}

    flow = Flow(book, new_frame, size=11.0, lead=15.0, gap=9.0, hsize=13.0, hlead=18.0, hgap=14.0, indent=34.0)
    flow.next()
    flow.pour(items, texts)
    for pg in range(1, len(book.pages) + 1):
        word_furniture(book, pg, _text.RT_HEAD, _text.RT_CSP + " (fictional)", str(pg))
    book.render(path, {"Title": _text.RT_TITLE, "Author": "Pellingham CSP (fictional)", "Subject": FICT,
                       "Creator": _text.RT_PRODUCER, "Producer": _text.RT_PRODUCER})
    rec = key_from_record(book)
    result = [entry(lab, pg, t) for lab, pg, t in rec]
    check_lengths(path.name, list(texts.values()), 40, 260)
    check_count(path.name, result, 15, 30)
    cross = check_crossings(path.name, result, [flow.ends[d["label"]] for d in result], 1)
    check_file(path.name, path, book, flow, texts, result)
    rots = [p["rotate"] for p in book.pages]
    if rots != [0, 90, 90, 0, 270, 0] or any(book.stored(k) != LETTER for k in range(1, 7)):
        raise AssertionError(f"rotated.pdf: pages {rots}")
    if not any(flow.where[lab] == 2 and flow.ends[lab] == 3 for lab in cross):
        raise AssertionError("rotated.pdf: no paragraph from page 2 to page 3")
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW (Ms R, Pellingham) ON US LETTER SAVED BY WORD AS PDF WITH LANDSCAPE "
                 "SECTIONS: six pages, EVERY ONE STORED AS A PORTRAIT LETTER PAGE (MediaBox [0 0 612 792]); pages "
                 "1, 4 and 6 are portrait; PAGES 2 AND 3 CARRY /Rotate 90 AND PAGE 5 /Rotate 270, their text drawn "
                 "turned a quarter in the stored page's coordinates so that a viewer shows them as upright "
                 "landscape pages (792 x 612), running head 'DHR Ms R (fictional) \u2013 overview report' and the "
                 "page number at the foot included. Page 1: the title and the fiction label. Sections: '1. "
                 "Introduction' (1.1-1.3, page 1), '2. The review in context' (2.1-2.8, landscape pages 2-3, "
                 f"{', '.join(cross)} running from page 2 onto page 3), '3. Analysis' (3.1-3.4, page 4), '4. "
                 "Findings' (4.1-4.3, page 5, /Rotate 270), '5. Conclusions' (5.1-5.2, page 6); each section starts "
                 "a new page. Each key holds the review's own numbered paragraphs only, in reading order as a "
                 "viewer shows the pages; never running heads, page numbers or headings. page = the PDF page where "
                 "the paragraph starts, whatever its /Rotate."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# twoup.pdf: A5 pages printed two to an A4 landscape sheet
# --------------------------------------------------------------------------
TU_SHEET = (A4[1], A4[0])
TU_HALF = TU_SHEET[0] / 2
TU_OX = (TU_HALF - A5[0]) / 2


def make_twoup(out, pm):
    path = out / "twoup.pdf"
    fonts()
    texts = body_texts(pm, _text.TU_BODY, "adult")
    book = Book()
    state = {"n": 0}
    margin = 46.0

    def new_frame(_section):
        state["n"] += 1
        n = state["n"]
        if n % 2 == 1:
            book.page(TU_SHEET)
        pg = len(book.pages)
        ox = (n - 1) % 2 * TU_HALF + TU_OX
        top = 58.0
        if n == 1:
            book.text(pg, ox + margin, 64, _text.TU_TITLE, "VeraBd", 14)
            book.text(pg, ox + margin, 81, _text.TU_BOARD, "Vera", 9)
            book.text(pg, ox + margin, 95, FICT, "VeraIt", 7.5, GREY)
            book.text(pg, ox + margin, 105, INVENTED, "VeraIt", 7.5, GREY)
            top = 122.0
        else:
            book.text(pg, ox + margin, 34, _text.TU_HEAD, "VeraIt", 7.5, GREY)
        centred(book, pg, ox + A5[0] / 2, A5[1] - 28, str(n), "Vera", 8.5)
        return {"page": pg, "x": ox + margin, "top": top, "bottom": A5[1] - 52, "w": A5[0] - 2 * margin, "n": n}

    flow = Flow(book, new_frame, size=9.5, lead=12.6, gap=6.0, hsize=10.5, hlead=14.0, hgap=10.0, indent=24.0)
    flow.next()
    flow.pour(_text.TU_BODY, texts)
    book.render(path, {"Title": _text.TU_FILE, "Author": "Ashdown Fell SAB (fictional)", "Subject": "",
                       "Creator": "", "Producer": _text.TU_PRODUCER})
    rec = key_from_record(book)
    result = [entry(lab, pg, t) for lab, pg, t in rec]
    check_lengths(path.name, list(texts.values()), 40, 260)
    check_count(path.name, result, 12, 24)
    cross = check_crossings(path.name, result, [flow.ends[d["label"]] for d in result], 1)
    check_file(path.name, path, book, flow, texts, result)
    if state["n"] != 6 or len(book.pages) != 3:
        raise AssertionError(f"twoup.pdf: {state['n']} A5 pages on {len(book.pages)} sheets")
    # paragraphs whose first and last lines are in different halves: of the same sheet, and of two sheets
    halves = {}
    for ln in book.lines:
        if ln["role"] == "para":
            halves.setdefault(ln["para"], []).append((ln["page"], ln["x"] > TU_HALF))
    same = [lab for lab, hs in halves.items() if hs[0] != hs[-1] and hs[0][0] == hs[-1][0]]
    if not same or not cross:
        raise AssertionError(f"twoup.pdf: crossings {same} {cross}")
    lefts = [(ln["page"], ln["d"]) for ln in book.lines if ln["x"] < TU_HALF and ln["role"] == "para"]
    near = [ln for ln in book.lines if ln["x"] > TU_HALF and ln["role"] == "para"
            and any(p == ln["page"] and abs(d - ln["d"]) < 3 for p, d in lefts)]
    if len(near) < 20:
        raise AssertionError("twoup.pdf: the halves' lines are not side by side")
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW'S LEARNING BRIEF (Mr B, Ashdown Fell), SIX A5 PAGES PRINTED FROM WORD "
                 "TWO TO A SHEET ('2 Pages Per Sheet', Microsoft Print to PDF, title 'Microsoft Word - "
                 "SAR_MrB_learning_brief_A5.docx'): THREE A4 LANDSCAPE SHEETS (841.89 x 595.28), each holding two A5 "
                 "pages side by side at full size, in reading order: sheet 1 = A5 pages 1|2, sheet 2 = 3|4, sheet 3 "
                 "= 5|6. EACH HALF HAS ITS OWN PAGE NUMBER (1 to 6) AT ITS FOOT and, from A5 page 2 on, its own "
                 "running head 'SAR Mr B (fictional) \u2013 learning brief'; A5 page 1 opens with the title, the "
                 "board and the fiction label. The two halves' lines stand side by side, many within 3 pt of the "
                 "same height. Paragraphs 1.1-4.2 under four numbered headings; "
                 f"{', '.join(same)} run from a left half into the right half of the same sheet, "
                 f"{', '.join(cross)} from a right half onto the next sheet. Rule: reading order is the left half, "
                 "then the right half, sheet by sheet. Each key holds the review's own numbered paragraphs only; "
                 "never the running heads, the A5 page numbers or the headings. page = THE PDF PAGE (THE SHEET) "
                 "where the paragraph starts, NOT the A5 page number printed at its foot (a paragraph on A5 page 4 "
                 "is page 2)."),
        "paragraphs": result,
    }


def build(out):
    return _harness.build_files(out, ParaMaker(), {"safari.pdf": make_safari, "proof.pdf": make_proof,
                                                    "mixed.pdf": make_mixed, "rotated.pdf": make_rotated,
                                                    "twoup.pdf": make_twoup})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind72-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
