"""Blind fixture generator 80: five FICTIONAL PDFs, each a review whose TEXT LAYER IS BROKEN THE WAY FONT ENCODERS
BREAK IT, while what is printed is plain: a subset font whose ToUnicode map leaves the digits out (its /Differences
still names them) and numbers in a CID font with no map at all, each under an /ActualText; a bold face whose
ToUnicode sends every glyph, digits and letters, into the Private Use Area (its /Differences names them); headings
and numbers in fake bold, drawn twice a little apart, a letter-spaced heading and paragraphs set word by word with no
space glyph; numbers whose text layer is full-width or mathematical bold digits, note markers raised beside them and
the body's fi and fl ligatures; numbers drawn by Type 3 fonts, one with a ToUnicode map, one with only uniXXXX names.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its Type 1 Arial and Vera TrueType files, the measures), fontTools (a Vera Bold
subset without its cmap, Vera Bold's outlines for the Type 3 glyphs) and pdfminer/pdfplumber; no network. Each
review is laid out into a record (every piece of text as printed: page, x, baseline depth, style, size, role) by
round 78's Column (a heading kept with three lines, a paragraph's first two lines kept together), each style a font
and a way of drawing; the PDF is then written object by object with the kit's RawPDF: every font dictionary, its
encoding, its ToUnicode CMap and its font program by hand (reportlab's Arial Type 1 programs embedded under a subset
tag, a fontTools subset of Vera Bold as a CIDFontType2, Type 3 fonts whose CharProcs are Vera Bold's outlines).

The key is the record's (the paragraphs in the order poured, each with the page of its number) and is checked WITHOUT
the project's parser: every page is interpreted again with pdfminer's content-stream interpreter and a device of this
module's own that keeps each glyph's code, font dictionary, position, size and the /ActualText it is under, and each
glyph is read by a reader's rule: the /ActualText of its span if it has one; else its ToUnicode value unless it is
missing or in the Private Use Area; else the Unicode of its glyph name in the font's encoding (/Differences, AGL names
and uniXXXX); then NFKC (full-width and mathematical digits, ligatures). A glyph drawn again within a point of the same
glyph on its baseline is one glyph (fake bold); a gap wider than a fifth of the size is a space; a glyph smaller than
the body and raised above a row is that row's note marker. Then, as in round 79: a row at the margin whose number
glyphs read like 2.3 before body-face words at the indent opens a paragraph, a body row at the indent carries it on,
anything else ends it; page = the page of the opening row. That key must equal the record's, every row of the record
must read back as printed, and each trap is shown to be in the file (where each number's glyphs got their text,
and what pdfplumber's plain extraction makes of them).

unmapped.pdf    A SAR from a Distiller-style subset font: the bold face's ToUnicode maps its letters but NOT ITS
                DIGITS OR FULL STOP (its /Differences names /one, /period ...); sections 3 and 4's numbers in a CID
                font (Identity-H, a Vera Bold subset without cmap or glyph names) WITH NO MAP AT ALL, each number
                under /Span << /ActualText (3.1) >>
privateuse.pdf  A DHR whose bold face (numbers, headings, title) has a ToUnicode map sending EVERY GLYPH INTO THE
                PRIVATE USE AREA (U+F000 plus the character's code); its /Differences names the glyphs
fakebold.pdf    A CSPR with FAKE BOLD: headings and numbers in the regular face DRAWN TWICE, 0.35 pt apart; the last
                heading LETTER-SPACED (Tc, no space glyphs); four paragraphs set WORD BY WORD (TJ gaps, no space glyph)
widedigits.pdf  A learning review whose numbers' ToUnicode gives FULL-WIDTH digits and stop (sections 1 and 2) or
                MATHEMATICAL BOLD digits (3 and 4); NOTE MARKERS (small digits raised, by the text matrix) right after
                four numbers, their notes at the foot of the page; the body's fi and fl as ligature glyphs (U+FB01,
                U+FB02), on numbers' lines among others
type3.pdf       A SAR (dvips and Ghostscript style) whose numbers are drawn by TYPE 3 FONTS, each glyph Vera Bold's
                outline as a path: sections 1 and 2 by one with a ToUnicode map and glyph names /g1, /g2 ...; 3 and 4
                by one WITHOUT a ToUnicode map whose /Differences names are /uni0031 ... and /period

Judgement calls (stated in each key's note):
- each key holds the review's own numbered paragraphs as a reader sees them printed, each once, in reading order;
  never the title, headings, running heads, folios or footnotes; page = the PDF page where the paragraph starts;
- every number in these files can be read back honestly from the file (an /ActualText, a ToUnicode value outside the
  Private Use Area, or a glyph name with a Unicode meaning): no number was drawn that nothing in the file names;
- a note marker beside a number is not part of it (3.2 with a raised small 3 after it is 3.2);
- a number drawn twice for fake bold is one number, once.
"""
import io
import os
import pathlib
import re
import sys
import unicodedata

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import draw as _draw  # type: ignore
    from blindkit import harness as _harness  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry  # type: ignore
    from blindkit.rawpdf import RawPDF, pdf_text, subset_tag  # type: ignore

    _text = _harness.load(__file__, "blind80_text", "text.py")
    _b78 = _harness.load(__file__, "blind78_make_for80", "..", "blind78", "make.py")
else:
    from ..blind78 import make as _b78
    from ..blindkit import draw as _draw
    from ..blindkit import harness as _harness
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.rawpdf import RawPDF, pdf_text, subset_tag
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
W, H = 595.28, 841.89
INK, GREY = (0, 0, 0), (0.4, 0.4, 0.4)
NAVY, TEAL = _b78.NAVY, _b78.TEAL
LABEL = re.compile(r"\d+(?:\.\d+)?")
SIZE, LEFT, IND, LEAD, GAP = 10.5, 72.0, 36.0, 14.0, 8.0
SUP_SIZE, SUP_RISE = 6.5, 3.8
BOLD_DX = 0.35  # fake bold: the second drawing this far to the right
SPACED_TC = 1.8  # the letter-spaced heading's character spacing


# --------------------------------------------------------------------------
# Fonts: reportlab's Type 1 Arial (AFM widths, PFB program), a Vera Bold subset, Type 3 glyphs from Vera Bold
# --------------------------------------------------------------------------
def _afm(stem):
    widths, bbox = {}, None
    with open(_draw.font_path(stem + ".afm"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("C "):
                parts = dict(p.strip().split(" ", 1) for p in line.split(";") if p.strip())
                widths[parts["N"]] = float(parts["WX"])
            elif line.startswith("FontBBox"):
                bbox = [int(v) for v in line.split()[1:5]]
    return widths, bbox


def _pfb(stem):
    data = open(_draw.font_path(stem + ".pfb"), "rb").read()  # noqa: SIM115
    segs, k = [], 0
    while k < len(data) and data[k] == 0x80 and data[k + 1] in (1, 2):
        n = int.from_bytes(data[k + 2:k + 6], "little")
        segs.append((data[k + 1], data[k + 6:k + 6 + n]))
        k += 6 + n
    binary = b"".join(d for t, d in segs if t == 2)
    last = max(i for i, (t, _d) in enumerate(segs) if t == 2)
    trailer = b"".join(d for t, d in segs[last + 1:]) or b"0" * 512 + b"\ncleartomark\n"
    return segs[0][1], binary, trailer


def glyph_name(ch):
    from fontTools.agl import UV2AGL
    return UV2AGL.get(ord(ch)) or "uni%04X" % ord(ch)  # noqa: UP031


LIGS = {"fi": "fi", "fl": "fl"}


class T1:
    """An embedded Type 1 face: ``encoding`` "win" (WinAnsi codes, the ligatures by /Differences from code 1) or
    "subset" (codes from 1 in the order of first use, every glyph named by /Differences); a ToUnicode map from
    ``tu(glyph name, text)`` (None: no entry) when ``tu`` is given; ``tag`` a subset tag."""

    kind = "t1"

    def __init__(self, stem, ps, encoding="win", tu=None, tag=None, bold=False):
        self.stem, self.ps, self.encoding, self.tu, self.tag, self.bold = stem, ps, encoding, tu, tag, bold
        self.widths, self.bbox = _afm(stem)
        self.codes, self.texts = {}, {}

    def glyphs(self, s, lig=False):
        out, k = [], 0
        while k < len(s):
            if lig and s[k:k + 2] in LIGS:
                out.append((LIGS[s[k:k + 2]], s[k:k + 2]))
                k += 2
            else:
                out.append((glyph_name(s[k]), s[k]))
                k += 1
        return out

    def width(self, name):
        return self.widths[name]

    def code(self, name, text):
        if name not in self.codes:
            if self.encoding == "win" and len(text) == 1:
                self.codes[name] = text.encode("cp1252")[0]
            else:
                used = set(self.codes.values())
                self.codes[name] = next(c for c in range(1, 256)
                                        if c not in used and (self.encoding != "win" or c < 32))
            self.texts[name] = text
        return bytes([self.codes[name]])


class CIDBold:
    """Vera Bold cut down to the digits and the full stop by fontTools, its cmap and glyph names dropped, written as a
    CIDFontType2 under Identity-H (codes the glyph ids), with no ToUnicode."""

    kind = "cid"
    bold = True

    def __init__(self, chars="0123456789."):
        from fontTools import subset
        from fontTools.ttLib import TTFont
        f = TTFont(_draw.font_path("VeraBd.ttf"), recalcTimestamp=False)
        opts = subset.Options()
        opts.glyph_names, opts.recalc_timestamp, opts.layout_features, opts.name_IDs = False, False, [], ["*"]
        sub = subset.Subsetter(opts)
        sub.populate(text=chars)
        sub.subset(f)
        cmap = f.getBestCmap()
        self.gid = {ch: f.getGlyphID(cmap[ord(ch)]) for ch in chars}
        upem = f["head"].unitsPerEm
        self.adv = {g: round(f["hmtx"][f.getGlyphName(g)][0] * 1000 / upem) for g in self.gid.values()}
        self.bbox = [round(v * 1000 / upem) for v in (f["head"].xMin, f["head"].yMin, f["head"].xMax, f["head"].yMax)]
        del f["cmap"]
        f["post"].formatType = 3.0
        buf = io.BytesIO()
        f.save(buf)
        self.data = buf.getvalue()
        self.codes, self.texts = {}, {}

    def glyphs(self, s, lig=False):
        return [(ch, ch) for ch in s]

    def width(self, name):
        return self.adv[self.gid[name]]

    def code(self, name, text):
        self.codes[name] = self.gid[name]
        self.texts[name] = text
        return self.gid[name].to_bytes(2, "big")


def pdf_pen(glyphset):
    """A fontTools pen writing a glyph's outline as PDF path operators (quadratic curves raised to cubic)."""
    from fontTools.pens.basePen import BasePen

    class _Pen(BasePen):
        def __init__(self, gs):
            super().__init__(gs)
            self.ops = []

        def _moveTo(self, p):
            self.ops.append("%s %s m" % tuple(_n(v) for v in p))  # noqa: UP031

        def _lineTo(self, p):
            self.ops.append("%s %s l" % tuple(_n(v) for v in p))  # noqa: UP031

        def _curveToOne(self, p1, p2, p3):
            self.ops.append("%s %s %s %s %s %s c" % tuple(_n(v) for v in (*p1, *p2, *p3)))  # noqa: UP031

        def _closePath(self):
            self.ops.append("h")

    return _Pen(glyphset)


def _n(v):
    v = round(float(v), 2)
    return str(int(v)) if v == int(v) else ("%.2f" % v).rstrip("0")  # noqa: UP031


class T3Bold:
    """A Type 3 font of Vera Bold's digits and full stop, each glyph its outline as a filled path (d1, so it takes the
    fill colour of the page), FontMatrix 1/2048: ``names`` "g" (/g1, /g2 ... in the order of first use) or "uni"
    (/uni0031 ..., /period); a ToUnicode map when ``tounicode``."""

    kind = "t3"
    bold = True

    def __init__(self, names, tounicode):
        from fontTools.ttLib import TTFont
        self.names, self.tounicode = names, tounicode
        self.font = TTFont(_draw.font_path("VeraBd.ttf"))
        self.cmap = self.font.getBestCmap()
        self.codes, self.texts, self.procs, self.adv = {}, {}, {}, {}

    def glyphs(self, s, lig=False):
        return [(ch, ch) for ch in s]

    def width(self, name):
        return self.font["hmtx"][self.cmap[ord(name)]][0] * 1000 / 2048

    def code(self, name, text):
        if name not in self.codes:
            c = len(self.codes) + 1
            self.codes[name] = c
            self.texts[name] = text
            gname = self.cmap[ord(name)]
            gs = self.font.getGlyphSet()
            pen = pdf_pen(gs)
            gs[gname].draw(pen)
            g = self.font["glyf"][gname]
            adv = self.font["hmtx"][gname][0]
            self.adv[c] = adv
            self.procs[c] = f"{adv} 0 {g.xMin} {g.yMin} {g.xMax} {g.yMax} d1\n" + "\n".join(pen.ops) + "\nf\n"
        return bytes([self.codes[name]])

    def pdf_name(self, name):
        if self.names == "g":
            return f"g{self.codes[name]}"
        return "period" if name == "." else "uni%04X" % ord(name)  # noqa: UP031


def cmap_stream(pairs, two_byte=False):
    """A ToUnicode CMap: [(code, text)]."""
    cw = 4 if two_byte else 2
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
             f"<{'0' * cw}> <{'F' * cw}>", "endcodespacerange"]
    pairs = sorted(pairs)
    for k in range(0, len(pairs), 100):
        chunk = pairs[k:k + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for c, t in chunk:
            lines.append(f"<{c:0{cw}X}> <{t.encode('utf-16-be').hex().upper()}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines) + "\n"


def write_font(pdf, font, n):
    """The font's objects, after every page is written (so every code used has been given out); its dictionary as
    object ``n``."""
    if font.kind == "t1":
        a, b, c = _pfb(font.stem)
        ff = pdf.add(pdf.stream(a + b + c, "/Length1 %d /Length2 %d /Length3 %d" % (len(a), len(b), len(c))))  # noqa: UP031
        name = (font.tag + "+" if font.tag else "") + font.ps
        desc = pdf.add("<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%s] /ItalicAngle 0 /Ascent 905 "  # noqa: UP031
                       "/Descent -212 /CapHeight 716 /StemV %d /FontFile %d 0 R >>"
                       % (name, 32 if font.encoding == "win" else 4, " ".join(map(str, font.bbox)),
                          140 if font.bold else 80, ff))
        codes = font.codes
        first, last = min(codes.values()), max(codes.values())
        by_code = {c: n for n, c in codes.items()}
        widths = " ".join(_n(font.widths[by_code[c]]) if c in by_code else "0" for c in range(first, last + 1))
        if font.encoding == "win":
            extra = sorted((c, n) for n, c in codes.items() if c < 32)
            diffs = " ".join(f"{c} /{n}" for c, n in extra)
            enc = f"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [{diffs}] >>" if extra \
                else "/WinAnsiEncoding"
        else:
            enc = "<< /Type /Encoding /Differences [%s] >>" % " ".join(  # noqa: UP031
                f"{c} /{by_code[c]}" for c in sorted(by_code))
        tu = ""
        if font.tu is not None:
            pairs = [(c, font.tu(n, font.texts[n])) for n, c in codes.items()]
            tu = " /ToUnicode %d 0 R" % pdf.add(pdf.stream(cmap_stream([p for p in pairs if p[1] is not None])))  # noqa: UP031
        return pdf.put(n, f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /FirstChar {first} /LastChar {last} "
                       f"/Widths [{widths}] /FontDescriptor {desc} 0 R /Encoding {enc}{tu} >>")
    if font.kind == "cid":
        name = subset_tag("blind80-cid") + "+BitstreamVeraSans-Bold"
        ff = pdf.add(pdf.stream(font.data, "/Length1 %d" % len(font.data)))  # noqa: UP031
        desc = pdf.add("<< /Type /FontDescriptor /FontName /%s /Flags 4 /FontBBox [%s] /ItalicAngle 0 /Ascent 928 "  # noqa: UP031
                       "/Descent -236 /CapHeight 729 /StemV 140 /FontFile2 %d 0 R >>"
                       % (name, " ".join(map(str, font.bbox)), ff))
        ws = " ".join(f"{g} [{font.adv[g]}]" for g in sorted(set(font.codes.values())))
        cid = pdf.add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) "
                      f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {desc} 0 R /DW 1000 /W [{ws}] "
                      "/CIDToGIDMap /Identity >>")
        return pdf.put(n, f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H "
                       f"/DescendantFonts [{cid} 0 R] >>")
    # Type 3
    by_code = {c: n for n, c in font.codes.items()}
    procs = {c: pdf.add(pdf.stream(font.procs[c])) for c in sorted(by_code)}
    names = {c: font.pdf_name(by_code[c]) for c in by_code}
    cp = " ".join(f"/{names[c]} {procs[c]} 0 R" for c in sorted(by_code))
    diffs = "1 " + " ".join(f"/{names[c]}" for c in sorted(by_code))
    widths = " ".join(str(font.adv[c]) for c in sorted(by_code))
    tu = ""
    if font.tounicode:
        tu = " /ToUnicode %d 0 R" % pdf.add(pdf.stream(cmap_stream(  # noqa: UP031
            [(c, font.texts[n]) for n, c in font.codes.items()])))
    return pdf.put(n, f"<< /Type /Font /Subtype /Type3 /FontBBox [-150 -500 2300 1900] /FontMatrix [0.00048828125 0 0 "
                   f"0.00048828125 0 0] /CharProcs << {cp} >> /Encoding << /Type /Encoding /Differences [{diffs}] >> "
                   f"/FirstChar 1 /LastChar {len(by_code)} /Widths [{widths}] /Resources << >>{tu} >>")


# --------------------------------------------------------------------------
# The record: every piece of text as printed, in a style (a font and a way of drawing it)
# --------------------------------------------------------------------------
class Book:
    """Pages; lines [{page, x, d, s, face, size, rgb, role, para}]: d the baseline's depth below the top, face the
    style's name (``styles``: name -> (font key, mode), mode one of "plain", "twice" (fake bold), "spaced" (character
    spacing, no space glyph), "gaps" (word by word, no space glyph), "actual" (under an /ActualText), "lig" (fi and
    fl as ligatures), "sup" (a note marker: small, raised))."""

    def __init__(self, fonts, styles):
        self.fonts, self.styles = fonts, styles
        self.pages, self.lines, self.rules = 0, [], []

    def page(self):
        self.pages += 1
        return self.pages

    def text(self, pg, x, d, s, face="body", size=10.0, rgb=INK, role="furniture", para=None):
        if self.styles[face][1] == "sup":
            size, d = SUP_SIZE, d - SUP_RISE
        self.lines.append({"page": pg, "x": x, "d": d, "s": s, "face": face, "size": size, "rgb": rgb,
                           "role": role, "para": para})

    def rule(self, pg, x1, d1, x2, d2, lw=0.5, rgb=INK):
        self.rules.append((pg, x1, d1, x2, d2, lw, rgb))

    def on(self, k):
        return [ln for ln in self.lines if ln["page"] == k]

    def sw(self, s, face, size):
        font, mode = self.fonts[self.styles[face][0]], self.styles[face][1]
        gl = font.glyphs(s, mode == "lig")
        w = sum(font.width(n) for n, _t in gl) * size / 1000
        if mode == "spaced":
            w += SPACED_TC * (len(gl) - 1)
        return w


class Column(_b78.Column):
    """Round 78's Column, its headings in this record's "head" style."""

    def head(self, s, size=12.0, rgb=NAVY):
        g = 0.0 if self.at_top() else 14.0
        if self.cur + g + 20 + 3 * self.lead > self.bottom:
            self.page()
            g = 0.0
        face = "spaced" if s == getattr(self, "spaced", None) else "head"
        self.book.text(self.book.pages, self.left, self.cur + g + 15, s, face, size, rgb)
        self.cur += g + 22


def para_rows(book, label, t, num_face, body_face, marker=None):
    lines = _draw.wrap(t.split(" "), W - 2 * LEFT - IND, lambda z: book.sw(z, body_face, SIZE))
    rows = [[(LEFT + IND, " ".join(ln), body_face, "para")] for ln in lines]
    rows[0].insert(0, (LEFT, label, num_face, "num"))
    if marker:
        rows[0].insert(1, (LEFT + book.sw(label, num_face, SIZE) + 0.6, marker, "sup", "sup"))
    return rows


def first_page(book, pg, title, org, head, title_face="head"):
    if pg == 1:
        book.text(pg, LEFT, 92, title, title_face, 16.0, NAVY)
        book.text(pg, LEFT, 112, org, "body", 11, INK)
        book.text(pg, LEFT, 128, f"{FICT} {INVENTED}", "body", 8.5, GREY)
        return 150.0
    book.text(pg, LEFT, 50, head, "body", 8.5, GREY)
    book.rule(pg, LEFT, 55, W - LEFT, 55, 0.4, GREY)
    return 76.0


def texts_for(pm, body, kind):
    out = []
    for it in body:
        if it[0] != "h":
            t = pm.make(it[1], kind)
            if re.search(r"\d", t):
                raise AssertionError("a digit in the invented prose")
            out.append(t)
    return out


def lay_out(name, book, body, texts, num_face, title, org, head, bottom=H - 62, markers=None, spaced=None,
            gaps=(), title_face="head"):
    col = Column(book, lambda pg: first_page(book, pg, title, org, head, title_face), LEFT, W - LEFT, bottom, SIZE,
                 LEAD, GAP)
    col.spaced = spaced
    k = 0
    for it in body:
        if it[0] == "h":
            col.head(it[1], 12.0, NAVY)
        else:
            face = "gaps" if it[0] in gaps else "body"
            col.para(k, para_rows(book, it[0], texts[k], num_face(it[0]), face, (markers or {}).get(it[0])))
            k += 1
    for pg in range(1, book.pages + 1):
        s = f"Page {pg} of {book.pages}"
        book.text(pg, (W - book.sw(s, "body", 9)) / 2, H - 40, s, "body", 9, INK)
    if not 4 <= book.pages <= 6:
        raise AssertionError(f"{name}: {book.pages} pages")
    return col


# --------------------------------------------------------------------------
# Writing the PDF object by object
# --------------------------------------------------------------------------
def _hex(font, gl):
    return "<" + b"".join(font.code(n, t) for n, t in gl).hex().upper() + ">"


def line_ops(book, ln, fid):
    key, mode = book.styles[ln["face"]]
    font = book.fonts[key]
    size, x, y = ln["size"], ln["x"], H - ln["d"]
    colour = "%s %s %s rg" % tuple(_n(v) for v in ln["rgb"])  # noqa: UP031
    gl = font.glyphs(ln["s"], mode == "lig")
    if mode in ("gaps", "spaced"):
        words, cur = [], []
        for g in gl:
            if g[1] == " ":
                words.append(cur)
                cur = []
            else:
                cur.append(g)
        words.append(cur)
        sp = -font.width("space") - (SPACED_TC * 1000 / size if mode == "spaced" else 0)
        show = "[" + f" {_n(sp)} ".join(_hex(font, w) for w in words) + "] TJ"
        tc = f"{_n(SPACED_TC)} Tc " if mode == "spaced" else ""
        line = f"BT {colour} /{fid[key]} {_n(size)} Tf {tc}1 0 0 1 {_n(x)} {_n(y)} Tm {show} ET"
        return [f"q {line} Q"] if tc else [line]  # Tc is in the graphics state: kept to this line
    show = _hex(font, gl) + " Tj"
    one = f"BT {colour} /{fid[key]} {_n(size)} Tf 1 0 0 1 {{}} {_n(y)} Tm {show} ET"
    if mode == "twice":
        return [one.format(_n(x)), one.format(_n(x + BOLD_DX))]
    if mode == "actual":
        return [f"/Span << /ActualText {pdf_text(ln['s'])} >> BDC", one.format(_n(x)), "EMC"]
    return [one.format(_n(x))]


def render(book, info):
    pdf = RawPDF()
    catalog, pages_n, info_n = pdf.new(), pdf.new(), pdf.new()
    fid = {k: f"F{i + 1}" for i, k in enumerate(book.fonts)}
    font_objs = {k: pdf.new() for k in book.fonts}
    kids = []
    for pg in range(1, book.pages + 1):
        ops = []
        for r in (r for r in book.rules if r[0] == pg):
            ops.append("q %s %s %s RG %s w %s %s m %s %s l S Q" % tuple(  # noqa: UP031
                _n(v) for v in (*r[6], r[5], r[1], H - r[2], r[3], H - r[4])))
        for ln in book.on(pg):
            ops += line_ops(book, ln, fid)
        content = pdf.add(pdf.stream("\n".join(ops) + "\n"))
        fonts = " ".join(f"/{fid[k]} {font_objs[k]} 0 R" for k in book.fonts)
        kids.append(pdf.add(f"<< /Type /Page /Parent {pages_n} 0 R /MediaBox [0 0 {_n(W)} {_n(H)}] /Resources "
                            f"<< /Font << {fonts} >> /ProcSet [/PDF /Text] >> /Contents {content} 0 R >>"))
    for k, font in book.fonts.items():
        write_font(pdf, font, font_objs[k])
    pdf.put(pages_n, "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{k} 0 R" for k in kids), len(kids)))  # noqa: UP031
    pdf.put(catalog, f"<< /Type /Catalog /Pages {pages_n} 0 R /Lang (en-GB) >>")
    pdf.put(info_n, "<< /Title %s /Author %s /Subject %s /Creator %s /Producer %s >>" % tuple(  # noqa: UP031
        pdf_text(info[k]) for k in ("Title", "Author", "Subject", "Creator", "Producer")))
    return pdf.render(catalog, info_n)


# --------------------------------------------------------------------------
# Reading it back: pdfminer's interpreter, a device of our own, and a reader's rule for each glyph
# --------------------------------------------------------------------------
def _pua(s):
    return any(0xE000 <= ord(c) <= 0xF8FF or ord(c) >= 0xF0000 for c in s)


def read_glyphs(data):
    """Per page: every glyph drawn, [{x, x1, y, size, text, src, tu, name, font, bold, span}], in drawing order.
    text by the reader's rule (an /ActualText span's whole text on its first glyph, "" on the others; a ToUnicode
    value outside the Private Use Area; the glyph name's Unicode in the font's encoding; NFKC); src which of them."""
    from pdfminer.pdfdevice import PDFTextDevice
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1

    class Rsrc(PDFResourceManager):
        def get_font(self, objid, spec):
            f = super().get_font(objid, spec)
            f.blind_spec = spec
            return f

    class Dev(PDFTextDevice):
        def __init__(self, rsrc):
            super().__init__(rsrc)
            self.out, self.spans, self.nspan = [], [], 0

        def begin_tag(self, tag, props=None):
            at = None
            if isinstance(props, dict) and "ActualText" in props:
                raw = resolve1(props["ActualText"])
                at = raw[2:].decode("utf-16-be") if raw[:2] == b"\xfe\xff" else raw.decode("latin-1")
                self.nspan += 1
            self.spans.append((self.nspan, at) if at is not None else None)

        def end_tag(self):
            self.spans.pop()

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
            adv = font.char_width(cid) * fontsize * scaling
            spec = font.blind_spec
            tu = None
            if getattr(font, "unicode_map", None) is not None:
                try:
                    tu = font.unicode_map.get_unichr(cid)
                except KeyError:
                    tu = None
            name = getattr(font, "cid2unicode", {}).get(cid)
            span = next((s for s in reversed(self.spans) if s), None)
            size = fontsize * matrix[3] if matrix[3] else fontsize
            self.out.append({"x": matrix[4], "x1": matrix[4] + adv * matrix[0], "y": matrix[5] + rise, "size": size,
                             "tu": tu, "name": name, "span": span, "cid": cid,
                             "font": getattr(resolve1(spec.get("BaseFont")), "name", "Type3"),
                             "sub": resolve1(spec["Subtype"]).name})
            return adv

    rsrc = Rsrc()
    pages = []
    for page in PDFPage.get_pages(io.BytesIO(data)):
        dev = Dev(rsrc)
        PDFPageInterpreter(rsrc, dev).process_page(page)
        seen_span = set()
        for g in dev.out:
            if g["span"] is not None:
                g["src"] = "actual"
                g["text"] = "" if g["span"][0] in seen_span else g["span"][1]
                seen_span.add(g["span"][0])
            elif g["tu"] is not None and not _pua(g["tu"]):
                g["src"], g["text"] = "tounicode", g["tu"]
            elif g["name"] is not None:
                g["src"], g["text"] = "name", g["name"]
            else:
                g["src"], g["text"] = None, "\ufffd"
            g["text"] = unicodedata.normalize("NFKC", g["text"])
            g["bold"] = "Bold" in g["font"] or g["sub"] in ("Type3", "Type0")
        pages.append(dev.out)
    return pages


def undouble(gs):
    """Fake bold: a glyph drawn again within a point to the right of the same glyph on its baseline is one glyph;
    the kept one is marked ``twice``."""
    out = []
    for g in sorted(gs, key=lambda g: (round(g["y"], 1), g["x"])):
        prev = next((k for k in reversed(out[-3:]) if k["text"] == g["text"] and abs(k["y"] - g["y"]) < 0.05
                     and 0 < g["x"] - k["x"] < 1.0), None)
        if prev is not None:
            prev["twice"] = True
            continue
        out.append(dict(g, twice=False))
    return out


def rows_of(gs, body_size):
    """Glyphs in rows by baseline, top first: [(baseline, glyphs, markers)]; a glyph smaller than the body raised
    less than 5 pt above a row of body-size glyphs is that row's note marker; space glyphs dropped (the gaps say)."""
    big = [g for g in gs if g["size"] > 0.8 * body_size]
    small = [g for g in gs if g not in big]
    rows = {}
    for g in big:
        rows.setdefault(round(g["y"], 1), []).append(g)
    marks = {}
    for g in small:
        under = [y for y in rows if 0 < g["y"] - y <= 5.0]
        if under:
            marks.setdefault(max(under), []).append(g)
        else:
            rows.setdefault(round(g["y"], 1), []).append(g)
    return [(y, sorted((g for g in rows[y] if g["text"].strip() or g["src"] == "actual"), key=lambda g: g["x"]),
             sorted(marks.get(y, []), key=lambda g: g["x"])) for y in sorted(rows, reverse=True)]


def joined(gs):
    """The glyphs' text, a space where a gap wider than a fifth of the size stands between two glyphs."""
    s = ""
    for k, g in enumerate(gs):
        if k and g["x"] - gs[k - 1]["x1"] > 0.2 * g["size"]:
            s += " "
        s += g["text"]
    return s


def reader(pages, frames, body_faces):
    """The key as a reader takes it from the glyphs: per page, the body frame's rows top to bottom: a row at the
    margin whose number glyphs (bold, by their font or drawn twice) read like 2.3 before body-face words at the
    indent opens a paragraph, a body row at the indent carries it on, anything else ends it. [(label, page, words)]
    and, per opening, (its number glyphs, its note markers)."""
    out, nums, cur = [], [], None
    for pg, gs in enumerate(pages, 1):
        fr = frames[pg]
        inside = [g for g in undouble(gs) if fr["top"] - 0.5 <= H - g["y"] <= fr["bottom"] + 0.5]
        for _y, r, marks in rows_of(inside, SIZE):
            if not r:
                continue
            num = [g for g in r if g["x"] < LEFT + IND - 1.0]
            words = [g for g in r if g["x"] >= LEFT + IND - 0.3]
            sized = all(abs(g["size"] - SIZE) < 0.01 for g in r)
            body = all(g["font"].split("+")[-1] in body_faces and not g["bold"] for g in words)
            if sized and num and words and abs(num[0]["x"] - LEFT) < 0.3 and LABEL.fullmatch(joined(num)) and \
                    all(g["bold"] or g["twice"] for g in num) and body and abs(words[0]["x"] - LEFT - IND) < 0.3:
                cur = [joined(num), pg, joined(words)]
                out.append(cur)
                nums.append((num, marks))
            elif sized and not num and words and body and cur is not None and abs(r[0]["x"] - LEFT - IND) < 0.3:
                cur[2] += " " + joined(words)
            else:
                cur = None
    return [(lab, pg, " ".join(t.split())) for lab, pg, t in out], nums


def check_lines(name, book, pages):
    """Every line of the record read back on its page, at its x and baseline, as printed (by the reader's rule) and
    no other glyph: the glyphs of each line's run from its x to its end."""
    for pg, gs in enumerate(pages, 1):
        gs = undouble(gs)
        used = 0
        for ln in book.on(pg):
            y = H - ln["d"]
            w = book.sw(ln["s"], ln["face"], ln["size"])
            got = sorted((g for g in gs if abs(g["y"] - y) < 0.05 and ln["x"] - 0.05 <= g["x"] < ln["x"] + w - 0.01
                          and abs(g["size"] - ln["size"]) < 0.01), key=lambda g: g["x"])
            if " ".join(joined([g for g in got if g["text"].strip() or g["src"] == "actual"]).split()) != \
                    " ".join(ln["s"].split()) or abs(got[0]["x"] - ln["x"]) > 0.05:
                raise AssertionError(f"{name}: page {pg} line {ln['s']!r} read back as {joined(got)!r}")
            used += len(got)
        if used != len(gs):
            raise AssertionError(f"{name}: page {pg} has {len(gs) - used} glyphs not in the record")


def plumber_text(data):
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pl:
        return [p.extract_text() or "" for p in pl.pages]


def plumber_chars(data):
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pl:
        return [c["text"] for p in pl.pages for c in p.chars]


def review(name, book, col, body, texts, info, body_faces=("ArialMT",), lo=12, hi=24):
    """The record's key checked against the words made; the file written and read back by the reader's rule, which
    must give the same key. Returns (bytes, key, pages of glyphs, the number glyphs and markers per paragraph)."""
    labels = [it[0] for it in body if it[0] != "h"]
    rec = _b78.record_key(book, labels)
    if [(r[0], r[2]) for r in rec] != list(zip(labels, texts, strict=True)):
        raise AssertionError(f"{name}: record {[r[0] for r in rec]}")
    check_lengths(name, texts, 40, 260)
    result = [entry(lab, pg, t) for lab, pg, t in rec]
    check_count(name, result, lo, hi)
    check_crossings(name, result, [col.pages[k][-1] for k in range(len(texts))], 1)
    data = render(book, {"Title": info[0], "Author": info[1], "Subject": FICT, "Creator": info[2],
                         "Producer": info[3]})
    pages = read_glyphs(data)
    if len(pages) != book.pages:
        raise AssertionError(f"{name}: {len(pages)} pages")
    check_lines(name, book, pages)
    frames = {fr["page"]: fr for fr in col.frames}
    again, nums = reader(pages, frames, body_faces)
    if again != rec:
        raise AssertionError(f"{name}: key from the file {[(lab, pg) for lab, pg, _t in again]}")
    return data, result, pages, nums


def crossing(col, labels):
    return [labels[k] for k, ps in sorted(col.pages.items()) if ps[0] != ps[-1]]


def runs(cross):
    return _b78.runs(cross)


COMMON = ("Each key holds the review's own numbered paragraphs as a reader sees them printed, each once, in reading "
          "order, never the title, headings, running head, folios or notes; page = the PDF page (1-based) where the "
          "paragraph starts, the page of its number. Every number in the file can be read back from the file itself "
          "(an /ActualText, a ToUnicode value outside the Private Use Area, or a glyph name with a Unicode meaning); "
          "the key gives each as printed.")


def arial(encoding="win", tu=None, tag=None, bold=False):
    return T1("_ab_____" if bold else "_a______", "Arial-BoldMT" if bold else "ArialMT", encoding, tu, tag, bold)


# --------------------------------------------------------------------------
# 1. unmapped.pdf: ToUnicode without the digits; numbers in a CID font without any map, under /ActualText
# --------------------------------------------------------------------------
def make_unmapped(out, pm):
    path = out / "unmapped.pdf"
    body = _text.UM_BODY
    texts = texts_for(pm, body, "adult")
    late = {it[0] for it in body if it[0] != "h" and it[0][0] in "34"}
    fonts = {"R": arial(), "B": arial("subset", lambda n, t: None if t in "0123456789." else t,
                                      subset_tag("blind80-um-bold"), True), "C": CIDBold()}
    styles = {"body": ("R", "plain"), "head": ("B", "plain"), "num": ("B", "plain"), "numc": ("C", "actual")}
    book = Book(fonts, styles)
    col = lay_out(path.name, book, body, texts, lambda lab: "numc" if lab in late else "num", _text.UM_TITLE,
                  _text.UM_ORG, _text.UM_HEAD)
    data, result, _pages, nums = review(path.name, book, col, body, texts, (_text.UM_TITLE, _text.UM_ORG,
                                                                           *_text.UM_INFO))
    path.write_bytes(data)
    # the traps read back: the early numbers' glyphs have no ToUnicode entry and take their text from their glyph
    # names; the late ones are in a CID font with no ToUnicode and no name, read only through /ActualText; and
    # pdfplumber's plain text shows "(cid:" where the late numbers are
    labels = [d["label"] for d in result]
    for lab, (num, _m) in zip(labels, nums, strict=True):
        srcs = {g["src"] for g in num}
        want = {"actual"} if lab in late else {"name"}
        if srcs != want or any(g["tu"] is not None for g in num) or (lab in late) != all(
                g["name"] is None and g["sub"] == "Type0" for g in num):
            raise AssertionError(f"{path.name}: {lab} read from {srcs}")
    plain = "\n".join(plumber_text(data))
    if "(cid:" not in plain or any(re.search(rf"(?m)^{re.escape(lab)} ", plain) for lab in late):
        raise AssertionError(f"{path.name}: pdfplumber read the late numbers")
    early = [lab for lab in labels if lab not in late]
    cross = crossing(col, labels)
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW FROM A SUBSET FONT WITH A PARTIAL MAP (Creator 'PScript5.dll', Producer "
                 "'Acrobat Distiller'), "
                 f"{book.pages} A4 pages: the title, the board and the fiction label on page 1, a running head from "
                 "page 2, folios 'Page N of M', bold headings '1. Introduction' to '4. Findings' (not paragraphs); "
                 "paragraphs 1.1 to 4.3, the number in bold at the margin and the words at a 36 pt indent. THE BOLD "
                 "FACE (an Arial Bold subset, codes given out in the order of first use) HAS A ToUnicode MAP FOR ITS "
                 "LETTERS BUT NOT FOR ITS DIGITS OR ITS FULL STOP; its /Differences encoding names them (/one, "
                 f"/period ...), so {early[0]} to {early[-1]} read from the glyph names. THE NUMBERS OF SECTIONS 3 "
                 "AND 4 ARE IN ANOTHER FONT, a CIDFontType2 (Identity-H, a Vera Bold subset without cmap or glyph "
                 "names) WITH NO MAP AT ALL; each number is drawn inside a marked-content span whose /ActualText "
                 f"gives it ({sorted(late)[0]} to {sorted(late)[-1]}). {runs(cross)} over a page break. " + COMMON),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. privateuse.pdf: the bold face's ToUnicode maps into the Private Use Area
# --------------------------------------------------------------------------
def make_privateuse(out, pm):
    path = out / "privateuse.pdf"
    body = _text.PU_BODY
    texts = texts_for(pm, body, "dhr")
    fonts = {"R": arial(), "B": arial("subset", lambda n, t: chr(0xF000 + t.encode("cp1252")[0]),
                                      subset_tag("blind80-pu-bold"), True)}
    styles = {"body": ("R", "plain"), "head": ("B", "plain"), "num": ("B", "plain")}
    book = Book(fonts, styles)
    col = lay_out(path.name, book, body, texts, lambda lab: "num", _text.PU_TITLE, _text.PU_ORG, _text.PU_HEAD)
    data, result, pages, nums = review(path.name, book, col, body, texts, (_text.PU_TITLE, _text.PU_ORG,
                                                                           *_text.PU_INFO))
    path.write_bytes(data)
    # the traps read back: every bold glyph's ToUnicode value in the Private Use Area (the numbers' and the
    # headings' and title's letters), the text from the glyph names; pdfplumber's text holds the PUA characters and
    # none of the numbers
    bold = [g for gs in pages for g in gs if g["bold"]]
    letters = {g["text"] for g in bold if g["text"].isalpha()}
    if not all(_pua(g["tu"]) and g["src"] == "name" for g in bold) or len(letters) < 10 or \
            not all(g["src"] == "name" for num, _m in nums for g in num):
        raise AssertionError(f"{path.name}: the bold face's map")
    plain = "\n".join(plumber_text(data))
    labels = [d["label"] for d in result]
    if not _pua(plain) or any(re.search(rf"(?m)^{re.escape(lab)} ", plain) for lab in labels):
        raise AssertionError(f"{path.name}: pdfplumber read the numbers")
    cross = crossing(col, labels)
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW WHOSE BOLD FACE IS MAPPED INTO THE PRIVATE USE AREA (Creator 'Serif "
                 f"PagePlus', a fictional export), {book.pages} A4 pages: the title (bold), the partnership and the "
                 "fiction label on page 1, a running head from page 2, folios 'Page N of M', bold headings '1. The "
                 "review' to '4. Conclusions' (not paragraphs); paragraphs 1.1 to 4.2, the number in bold at the "
                 "margin and the words at a 36 pt indent. THE BOLD FACE'S ToUnicode MAP SENDS EVERY GLYPH, DIGITS, "
                 "FULL STOPS AND LETTERS, TO U+F000 PLUS ITS CHARACTER'S CODE (the number 2.1 is U+F032 U+F02E "
                 "U+F031 in the text layer); its /Differences encoding names each glyph (/two, /period, /one ...), "
                 "and the key reads the numbers by those names. The body face is mapped normally. "
                 f"{runs(cross)} over a page break. " + COMMON),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. fakebold.pdf: numbers and headings drawn twice; a letter-spaced heading; words without space glyphs
# --------------------------------------------------------------------------
def make_fakebold(out, pm):
    path = out / "fakebold.pdf"
    body = _text.FB_BODY
    texts = texts_for(pm, body, "child")
    fonts = {"R": arial()}
    styles = {"body": ("R", "plain"), "gaps": ("R", "gaps"), "head": ("R", "twice"), "num": ("R", "twice"),
              "spaced": ("R", "spaced")}
    book = Book(fonts, styles)
    col = lay_out(path.name, book, body, texts, lambda lab: "num", _text.FB_TITLE, _text.FB_ORG, _text.FB_HEAD,
                  spaced=_text.FB_SPACED, gaps=_text.FB_GAPS)
    data, result, pages, nums = review(path.name, book, col, body, texts, (_text.FB_TITLE, _text.FB_ORG,
                                                                           *_text.FB_INFO))
    path.write_bytes(data)
    # the traps read back: every number glyph drawn twice 0.35 pt apart in the regular face; the letter-spaced
    # heading without a space glyph; the word-by-word paragraphs' rows without a space glyph; pdfplumber's plain text
    # doubling the numbers' glyphs
    if not all(g["twice"] and not g["bold"] for num, _m in nums for g in num):
        raise AssertionError(f"{path.name}: fake bold")
    sp = [ln for ln in book.lines if ln["face"] == "spaced"]
    gapped = [ln for ln in book.lines if ln["face"] == "gaps"]
    for ln in sp + gapped:
        y = H - ln["d"]
        gs = [g for g in pages[ln["page"] - 1] if abs(g["y"] - y) < 0.05 and g["x"] >= ln["x"] - 0.05
              and g["x"] < ln["x"] + book.sw(ln["s"], ln["face"], ln["size"])]
        if any(g["text"] == " " for g in gs) or len(gs) != len(ln["s"].replace(" ", "")):
            raise AssertionError(f"{path.name}: {ln['s'][:20]!r} has space glyphs {[g['text'] for g in gs]}")
    if len(sp) != 1 or len({ln["para"] for ln in gapped}) != len(_text.FB_GAPS):
        raise AssertionError(f"{path.name}: letter spacing")
    plain = "\n".join(plumber_text(data))
    if "11..11" not in plain:
        raise AssertionError(f"{path.name}: pdfplumber's text of the doubled numbers")
    labels = [d["label"] for d in result]
    cross = crossing(col, labels)
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW IN FAKE BOLD (Creator 'WordPerfect', Producer 'Corel PDF "
                 f"Engine'), {book.pages} A4 pages: the title, the partnership and the fiction label on page 1, a "
                 "running head from page 2, folios 'Page N of M', headings '1. Why this review' to '4. What will "
                 "change' (not paragraphs); paragraphs 1.1 to 4.3, the number at the margin and the words at a 36 pt "
                 "indent. THERE IS NO BOLD FONT: THE TITLE, THE HEADINGS AND EVERY PARAGRAPH NUMBER ARE IN THE "
                 "REGULAR FACE DRAWN TWICE, THE SECOND TIME 0.35 PT TO THE RIGHT (so the text layer holds each of "
                 "their glyphs twice); each number is read once. THE LAST HEADING IS LETTER-SPACED (1.8 pt character "
                 "spacing, no space glyph: its words only wider gaps). "
                 f"{', '.join(sorted(_text.FB_GAPS))} ARE SET WORD BY WORD: no space glyph in their lines, each word "
                 "moved along by the TJ array, so their spaces are only gaps. "
                 f"{runs(cross)} over a page break. " + COMMON),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. widedigits.pdf: full-width and mathematical bold digits in the text layer; note markers; ligatures
# --------------------------------------------------------------------------
def _wide(n, t):
    return chr(0xFF0E) if t == "." else chr(0xFF10 + int(t)) if t.isdigit() else t


def _math(n, t):
    return chr(0x1D7CE + int(t)) if t.isdigit() else t


def _lig(n, t):
    return {"fi": "\ufb01", "fl": "\ufb02"}.get(n, t)


def make_widedigits(out, pm):
    path = out / "widedigits.pdf"
    body = _text.WD_BODY
    texts = texts_for(pm, body, "adult")
    fonts = {"R": arial(tu=_lig), "Bh": arial(bold=True),
             "Bw": arial("subset", _wide, subset_tag("blind80-wd-wide"), True),
             "Bm": arial("subset", _math, subset_tag("blind80-wd-math"), True)}
    styles = {"body": ("R", "lig"), "head": ("Bh", "plain"), "numw": ("Bw", "plain"), "numm": ("Bm", "plain"),
              "sup": ("R", "sup"), "note": ("R", "plain")}
    book = Book(fonts, styles)
    labels = [it[0] for it in body if it[0] != "h"]
    marks = {lab: str(i + 1) for i, lab in enumerate(lab for lab in labels if lab in _text.WD_NOTES)}
    bottom = H - 118
    col = lay_out(path.name, book, body, texts, lambda lab: "numw" if lab[0] in "12" else "numm", _text.WD_TITLE,
                  _text.WD_ORG, _text.WD_HEAD, bottom=bottom, markers=marks)
    per_page = {}
    for ln in book.lines:
        if ln["role"] == "sup":
            per_page.setdefault(ln["page"], []).append(ln["s"])
    for pg, ms in per_page.items():
        book.rule(pg, LEFT, bottom + 8, LEFT + 120, bottom + 8, 0.4, GREY)
        for i, m in enumerate(ms):
            lab = next(k for k, v in marks.items() if v == m)
            d = bottom + 22 + 11 * i
            book.text(pg, LEFT, d - SUP_RISE + 1.2, m, "note", SUP_SIZE, INK)
            book.text(pg, LEFT + 6, d, _text.WD_NOTES[lab], "note", 8.0, INK)
    data, result, pages, nums = review(path.name, book, col, body, texts, (_text.WD_TITLE, _text.WD_ORG,
                                                                           *_text.WD_INFO))
    path.write_bytes(data)
    # the traps read back: every number's glyphs read through a ToUnicode of full-width (sections 1 and 2) or
    # mathematical bold (3 and 4) characters; the markers raised beside their numbers and set aside; ligature glyphs
    # in numbers' lines; pdfplumber's text holds the full-width and mathematical digits
    for (num, ms), lab in zip(nums, labels, strict=True):
        tus = "".join(g["tu"] for g in num)
        want = "".join(_wide("", c) if lab[0] in "12" else _math("", c) for c in lab)
        if tus != want or any(g["src"] != "tounicode" for g in num) or \
                "".join(g["text"] for g in ms) != marks.get(lab, ""):
            raise AssertionError(f"{path.name}: {lab} read as {tus!r}")
    ligs = [g for gs in pages for g in gs if g["tu"] in ("\ufb01", "\ufb02")]
    first_rows = [ln for ln in book.lines if ln["role"] == "para" and ln["para"] is not None and any(
        o["role"] == "num" and o["page"] == ln["page"] and abs(o["d"] - ln["d"]) < 0.01 for o in book.lines)]
    with_lig = [ln for ln in first_rows if "fi" in ln["s"] or "fl" in ln["s"]]
    if len(ligs) < 10 or len(with_lig) < 3:
        raise AssertionError(f"{path.name}: ligatures {len(ligs)} {len(with_lig)}")
    plain = "\n".join(plumber_text(data))
    if "\uff11\uff0e\uff11" not in plain or "\U0001d7d1.\U0001d7cf" not in plain or \
            "\ufb01" not in "".join(plumber_chars(data)):
        raise AssertionError(f"{path.name}: pdfplumber's text")
    cross = crossing(col, labels)
    with_marks = [f"{lab} (marker {m})" for lab, m in marks.items()]
    return {
        "note": ("A LEARNING REVIEW WHOSE NUMBERS' TEXT LAYER IS FULL-WIDTH AND MATHEMATICAL DIGITS (Creator 'Pages', "
                 f"Producer 'macOS Quartz PDFContext'), {book.pages} A4 pages: the title, the board and the fiction "
                 "label on page 1, a running head from page 2, folios 'Page N of M', bold headings '1. Background' "
                 "to '4. Learning' (not paragraphs); paragraphs 1.1 to 4.3, the number in bold at the margin and the "
                 "words at a 36 pt indent. The numbers are printed as ordinary bold digits, but their fonts' "
                 "ToUnicode maps give FULL-WIDTH DIGITS AND FULL STOP (U+FF11, U+FF0E ...) for sections 1 and 2 and "
                 "MATHEMATICAL BOLD DIGITS (U+1D7CF ...) with an ordinary full stop for sections 3 and 4; the key "
                 "gives them as printed (1.1, 3.2). NOTE MARKERS: a small digit raised 3.8 pt right after "
                 f"{', '.join(with_marks)}, its note at the foot of the page under a short rule; a marker is not "
                 "part of the number and no note is a paragraph. The body's fi and fl are LIGATURE GLYPHS mapped to "
                 "U+FB01 and U+FB02, on numbers' first lines among others. "
                 f"{runs(cross)} over a page break. " + COMMON),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. type3.pdf: numbers drawn by Type 3 fonts
# --------------------------------------------------------------------------
def make_type3(out, pm):
    path = out / "type3.pdf"
    body = _text.T3_BODY
    texts = texts_for(pm, body, "adult")
    fonts = {"R": arial(), "Bh": arial(bold=True), "Ta": T3Bold("g", True), "Tb": T3Bold("uni", False)}
    styles = {"body": ("R", "plain"), "head": ("Bh", "plain"), "numa": ("Ta", "plain"), "numb": ("Tb", "plain")}
    book = Book(fonts, styles)
    labels = [it[0] for it in body if it[0] != "h"]
    col = lay_out(path.name, book, body, texts, lambda lab: "numa" if lab[0] in "12" else "numb", _text.T3_TITLE,
                  _text.T3_ORG, _text.T3_HEAD)
    data, result, _pages, nums = review(path.name, book, col, body, texts, (_text.T3_TITLE, _text.T3_ORG,
                                                                           *_text.T3_INFO))
    path.write_bytes(data)
    # the traps read back: every number's glyphs in a Type 3 font; sections 1 and 2 read through its ToUnicode (its
    # glyph names /g1 ... mean nothing), 3 and 4 through their uniXXXX names (no ToUnicode)
    for (num, _m), lab in zip(nums, labels, strict=True):
        srcs = {g["src"] for g in num}
        if any(g["sub"] != "Type3" for g in num) or srcs != ({"tounicode"} if lab[0] in "12" else {"name"}) or \
                (lab[0] in "12") != all(g["name"] is None for g in num):
            raise AssertionError(f"{path.name}: {lab} read from {srcs}")
    if b"/Differences [1 /g1 /g2" not in data or b"/uni0031" not in data:
        raise AssertionError(f"{path.name}: glyph names")
    cross = crossing(col, labels)
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW WHOSE NUMBERS ARE DRAWN BY TYPE 3 FONTS (Creator 'LaTeX with hyperref', "
                 f"Producer 'dvips + GPL Ghostscript'), {book.pages} A4 pages: the title, the board and the fiction "
                 "label on page 1, a running head from page 2, folios 'Page N of M', bold headings '1. About this "
                 "review' to '4. Recommendations' (not paragraphs); paragraphs 1.1 to 4.3, the number at the margin "
                 "and the words at a 36 pt indent. EVERY PARAGRAPH NUMBER IS SET IN A TYPE 3 FONT, each glyph a "
                 "filled path in the font's CharProcs (Vera Bold's outlines): sections 1 and 2 in one WITH A "
                 "ToUnicode MAP but meaningless glyph names (/g1, /g2 ...), sections 3 and 4 in another WITHOUT A "
                 "ToUnicode MAP whose /Differences names the glyphs /uni0031 ... and /period. The body and headings "
                 f"are Arial. {runs(cross)} over a page break. " + COMMON),
        "paragraphs": result,
    }


def build(out):
    return _harness.build_files(out, ParaMaker(), {"unmapped.pdf": make_unmapped, "privateuse.pdf": make_privateuse,
                                                    "fakebold.pdf": make_fakebold, "widedigits.pdf": make_widedigits,
                                                    "type3.pdf": make_type3})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind80-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
