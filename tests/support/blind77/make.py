"""Blind fixture generator 77: five FICTIONAL files, each a review's NUMBERED PARAGRAPHS IN A TAGGED PDF WHOSE READING
ORDER IS NOT ITS DRAWING ORDER, as accessible PDFs are written (Word's "Save as PDF" with tags, InDesign's export,
Acrobat's "Make accessible"): a structure tree gives the reading order while the content streams draw the page in
another order; running heads, folios and a watermark marked as artifacts, a header drawn last; ligature glyphs, a drop
cap and paragraph numbers drawn as graphics, each spelled out by /ActualText, a figure with /Alt text; a paragraph over
a page break as one P element of two marked-content sequences, footnotes placed in the tree after the paragraph that
calls them; and a tree an autotagger got wrong and left partial, where the page as seen is the order to trust.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs fontTools, pdfplumber and pypdf; no network. Every file is written object by object with the
kit's RawPDF (Bitstream Vera embedded as WinAnsi TrueType subsets, a /Differences entry for the ligature glyphs when
they are used): each page a list of chunks (a marked-content sequence: a structure element's MCID, an artifact, or
nothing at all), drawn in the page's STREAM ORDER (each chunk's draw key) and numbered MCID by MCID in that order, while
the STRUCTURE TREE (StructTreeRoot, ParentTree, MarkInfo Marked true) holds the elements in the order the file says
(the reading order, except in badtree.pdf). Everything drawn is kept in a record: every word with its page, x, the
baseline's depth below the top, face, size and role (a paragraph's number, its words, or furniture), what is drawn for
it (a ligature glyph for "fi" and "fl" in actualtext.pdf), and every graphic standing for text (its box and its
ActualText).

The key is worked out from the record (the paragraphs poured in reading order) and checked WITHOUT the project's
parser: (1) every page read back with pdfplumber, every character at its place in its face and size and no other
upright character (the watermark's rotated characters are its own); (2) the key worked out again from the characters
by a reader's rule (the body's frames in the order a reader takes them, rows top to bottom; a row whose first glyphs
are in the number's face at the frame's left and read like 4.2 or 12, or a graphic there whose ActualText reads so,
followed by words of the body face and size opens a paragraph; a body row at the frame's left, at the indent, or beside
a drop cap carries it on; anything else ends it; superscript note marks and rotated glyphs are set aside; a ligature
glyph reads as its ActualText, a drop cap's ActualText is joined to the word it opens); (3) the structure tree read
back with pypdf (elements, /Alt, /ActualText, marked-content references) and the content streams parsed with pypdf
(the order chunks are drawn in, the graphics' boxes), and each trap shown to be in the file.

streamorder.pdf  INDESIGN, TWO COLUMNS: page 1's stream draws the second column first, page 2's the paragraph that
              starts last first, page 3's the second column first; the tree reads column 1 first, as the page does
artifacts.pdf  WORD'S TAGGED PDF: the running head (drawn LAST in every stream), folios and a diagonal "DRAFT"
              watermark (drawn first, over the text) marked /Artifact with their /Type and /Subtype
actualtext.pdf  INDESIGN: fi and fl drawn as ligature glyphs in a /Span with /ActualText; the first paragraph's
              DROP CAP drawn as an outline (a graphic) in a Span whose ActualText is the letter; each section's first
              number DRAWN AS A GRAPHIC in a badge (white outlines in a teal disc) in a Span whose ActualText is the
              number; a figure with /Alt text holding numbers like 2.1 and 3.4
notes.pdf     WORD'S TAGGED PDF, plain numbers 1 to 12: paragraphs over page breaks as one P of two MCIDs on two
              pages; footnotes numbered 1 to 3 at the page foot, each a Note element placed in the tree straight
              after the P that calls it (one note interrupting, on the page, a paragraph that goes on over the page)
badtree.pdf   A TREE AN AUTOTAGGER GOT WRONG AND LEFT PARTIAL: page 1's P elements in the order of their MCIDs read as
              text (0, 1, 10, 11, 2, ...), 2.2 and 2.3 made one P, page 3 not tagged at all; stream order and the page
              agree

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- each key holds the review's own numbered paragraphs only, each once, in reading order AS A READER SEES THE PAGE;
  never titles, headings, running heads, folios, watermarks, captions, alternative text, footnotes or their marks;
- where the tree and the page agree (streamorder, artifacts, actualtext, notes), that order; where the tree is wrong
  or partial (badtree), the page's order, and every number printed on the page, even one the tree merged into
  another paragraph or left untagged;
- text drawn as a graphic and spelled out by /ActualText is text: a number in a badge is the paragraph's number, a
  drop cap the first letter of its word, a ligature its letters;
- pages: the PDF page where the paragraph starts, 1-based.
"""
import io
import itertools
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import font_path, wrap  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry  # type: ignore
    from blindkit.rawpdf import RawPDF, lit, pdf_text, subset_tag  # type: ignore

    _text = _harness.load(__file__, "blind77_text", "text.py")
else:
    from ..blindkit import harness as _harness
    from ..blindkit.draw import font_path, wrap
    from ..blindkit.keys import check_count, check_lengths, entry
    from ..blindkit.rawpdf import RawPDF, lit, pdf_text, subset_tag
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
W, H = 595.28, 841.89
INK, GREY, WHITE = (0, 0, 0), (0.4, 0.4, 0.4), (1, 1, 1)
TEAL = (0.0, 0.478, 0.502)
NAVY = (0.106, 0.227, 0.361)
PLUM = (0.42, 0.13, 0.40)
NUMBER = re.compile(r"\d+(?:\.\d+)?")
LIGS = {"fi": "\ufb01", "fl": "\ufb02"}
LIG_CODE = {"\ufb01": (0x81, "fi"), "\ufb02": (0x8D, "fl")}
FACES = {"R": "Vera.ttf", "B": "VeraBd.ttf", "I": "VeraIt.ttf"}


# --------------------------------------------------------------------------
# Fonts: Bitstream Vera as WinAnsi TrueType subsets, the ligature glyphs by /Differences; glyph outlines
# --------------------------------------------------------------------------
class Face:
    def __init__(self, key):
        from fontTools.ttLib import TTFont
        self.key, self.file = key, FACES[key]
        self.tt = TTFont(font_path(self.file), recalcTimestamp=False)
        self.upm = self.tt["head"].unitsPerEm
        self.cmap = self.tt.getBestCmap()
        self.hmtx = self.tt["hmtx"]
        self.ps = self.tt["name"].getDebugName(6)
        self.used = set()

    def cw(self, ch):
        return self.hmtx[self.cmap.get(ord(ch), ".notdef")][0] * 1000.0 / self.upm

    def width(self, s, size):
        return sum(self.cw(ch) for ch in s) * size / 1000.0

    @staticmethod
    def code(ch):
        return LIG_CODE[ch][0] if ch in LIG_CODE else ch.encode("cp1252")[0]

    def enc(self, s):
        self.used.update(s)
        return bytes(self.code(ch) for ch in s)

    def embed(self, pdf, tag):
        from fontTools import subset
        from fontTools.ttLib import TTFont
        tt = TTFont(font_path(self.file), recalcTimestamp=False)
        opts = subset.Options()
        opts.notdef_outline = True
        opts.layout_features = []
        opts.glyph_names = True
        opts.name_IDs = [0, 1, 2, 3, 4, 6]
        opts.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "DSIG", "FFTM"]
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=sorted({ord(c) for c in self.used} | {32}))
        sub.subset(tt)
        buf = io.BytesIO()
        tt.save(buf)
        data = buf.getvalue()
        base = f"{tag}+{self.ps}"
        chars = sorted(self.used | {" "}, key=self.code)
        fc, lc = self.code(chars[0]), self.code(chars[-1])
        by = {self.code(c): c for c in chars}
        widths = " ".join("%d" % round(self.cw(by[c])) if c in by else "0" for c in range(fc, lc + 1))  # noqa: UP031
        head, os2, post = self.tt["head"], self.tt["OS/2"], self.tt["post"]
        s = 1000.0 / self.upm
        ff = pdf.add(pdf.stream(data, "/Length1 %d" % len(data)))  # noqa: UP031
        flags = 32 | (64 if post.italicAngle else 0)
        fd = pdf.add("<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %d "  # noqa: UP031
                     "/Ascent %d /Descent %d /CapHeight %d /AvgWidth %d /MaxWidth %d /FontWeight %d /XHeight 547 "
                     "/StemV %d /FontFile2 %d 0 R >>"
                     % (base, flags, head.xMin * s, head.yMin * s, head.xMax * s, head.yMax * s, post.italicAngle,
                        os2.sTypoAscender * s, os2.sTypoDescender * s, 729, os2.xAvgCharWidth * s, head.xMax * s,
                        os2.usWeightClass, 120 if os2.usWeightClass >= 600 else 80, ff))
        ligs = [LIG_CODE[c] for c in sorted(self.used) if c in LIG_CODE]
        encoding = ("<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >>"  # noqa: UP031
                    % " ".join("%d /%s" % lg for lg in ligs)) if ligs else "/WinAnsiEncoding"  # noqa: UP031
        return pdf.add("<< /Type /Font /Subtype /TrueType /BaseFont /%s /Encoding %s /FirstChar %d /LastChar %d "  # noqa: UP031
                       "/Widths [%s] /FontDescriptor %d 0 R >>" % (base, encoding, fc, lc, widths, fd))

    def outline(self, s, size, x, y):
        """The glyphs of ``s`` as path operators (a graphic, no text), origin (x, y) in PDF coordinates."""
        from fontTools.pens.basePen import BasePen
        gs = self.tt.getGlyphSet()
        k = size / self.upm
        ops = []

        class Pen(BasePen):
            def _moveTo(self, p):
                ops.append("%.2f %.2f m" % (ox + p[0] * k, y + p[1] * k))  # noqa: UP031

            def _lineTo(self, p):
                ops.append("%.2f %.2f l" % (ox + p[0] * k, y + p[1] * k))  # noqa: UP031

            def _curveToOne(self, a, b, c):
                ops.append("%.2f %.2f %.2f %.2f %.2f %.2f c" % (ox + a[0] * k, y + a[1] * k, ox + b[0] * k,  # noqa: UP031
                                                                 y + b[1] * k, ox + c[0] * k, y + c[1] * k))

            def _closePath(self):
                ops.append("h")

        ox = x
        for ch in s:
            gs[self.cmap[ord(ch)]].draw(Pen(gs))
            ox += self.cw(ch) * size / 1000.0
        return [*ops, "f"]


def fill_ops(rgb):
    return "%.3f %.3f %.3f rg" % rgb  # noqa: UP031


# --------------------------------------------------------------------------
# A tagged PDF: pages of chunks (marked-content sequences) drawn in stream order, a structure tree, a record
# --------------------------------------------------------------------------
class Tagged:
    """chunks: {page, elem, tag, props, ops, draw, n}; elems: {S, parent, kids [("e", k) | ("c", chunk)], extra};
    words: {page, x, d, s, drawn, face, size, rgb, role, para}; graphics: {page, x0, x1, top, bottom, actual, kind,
    para}; marks: the rotated watermark's strings {page, s}."""

    def __init__(self):
        self.faces = {k: Face(k) for k in FACES}
        self.pages, self.chunks, self.elems, self.words, self.graphics, self.images = 0, [], [], [], [], []
        self.marks = []
        self.doc = self.elem("Document")

    def page(self):
        self.pages += 1
        return self.pages

    def elem(self, S, parent=None, extra=""):
        self.elems.append({"S": S, "parent": parent, "kids": [], "extra": extra})
        k = len(self.elems) - 1
        if parent is not None:
            self.elems[parent]["kids"].append(("e", k))
        return k

    def chunk(self, pg, elem=None, tag=None, props="", draw=0.0, artifact=None):
        """A marked-content sequence on page ``pg``: a structure element's (tag defaults to its S), an artifact's
        (``artifact`` its property list), or plain content (no elem, no artifact)."""
        c = {"page": pg, "elem": elem, "tag": tag or (self.elems[elem]["S"] if elem is not None else None),
             "props": props, "ops": [], "draw": draw, "n": len(self.chunks), "artifact": artifact}
        self.chunks.append(c)
        if elem is not None:
            self.elems[elem]["kids"].append(("c", c["n"]))
        return c["n"]

    def ops(self, cid, *ops):
        self.chunks[cid]["ops"].extend(ops)

    def word(self, cid, x, d, s, face="R", size=9.5, rgb=INK, role="furniture", para=None, drawn=None):
        """One word drawn at (x, baseline depth d): ``drawn`` what is drawn for it (ligature glyphs spelled out by
        a Span's ActualText; a drop cap's word without its letter)."""
        c = self.chunks[cid]
        drawn = s if drawn is None else drawn
        f = self.faces[face]
        parts, buf = [], ""
        for ch in drawn:
            if ch in LIG_CODE:
                if buf:
                    parts.append(f"{lit(f.enc(buf))} Tj")
                    buf = ""
                parts.append(f"/Span <</ActualText {pdf_text(LIG_CODE[ch][1])}>> BDC {lit(f.enc(ch))} Tj EMC")
            else:
                buf += ch
        if buf:
            parts.append(f"{lit(f.enc(buf))} Tj")
        c["ops"].append("BT /F%s %.2f Tf %s 1 0 0 1 %.2f %.2f Tm %s ET" % (face, size, fill_ops(rgb), x, H - d,  # noqa: UP031
                                                                       " ".join(parts)))
        self.words.append({"page": c["page"], "x": x, "d": d, "s": s, "drawn": drawn, "face": face, "size": size,
                           "rgb": rgb, "role": role, "para": para})

    def line(self, cid, x, d, s, face="R", size=9.5, rgb=INK, role="furniture", para=None):
        """A line of furniture, word by word at natural spacing; returns its width."""
        f = self.faces[face]
        x0, sp = x, f.width(" ", size)
        for w in s.split(" "):
            self.word(cid, x, d, w, face, size, rgb, role, para)
            x += f.width(w, size) + sp
        return x - sp - x0

    def width(self, s, face="R", size=9.5):
        return self.faces[face].width(s, size)

    def rect(self, cid, x, d, w, h, rgb):
        self.ops(cid, "q %s %.2f %.2f %.2f %.2f re f Q" % (fill_ops(rgb), x, H - d - h, w, h))  # noqa: UP031

    def rule(self, cid, x1, d, x2, lw=0.5, rgb=GREY):
        self.ops(cid, "q %.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S Q" % (*rgb, lw, x1, H - d, x2, H - d))  # noqa: UP031

    def graphic(self, cid, text_ops, box, actual, kind, para=None, rgb=INK):
        """Text drawn as a graphic (outlines filled): its box (x0, top, x1, bottom) as depths, its ActualText."""
        self.ops(cid, "q " + fill_ops(rgb), *text_ops, "Q")
        x0, top, x1, bottom = box
        self.graphics.append({"page": self.chunks[cid]["page"], "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                              "actual": actual, "kind": kind, "para": para})

    def watermark(self, cid, s, size, rgb):
        """Text set diagonally across the page's middle (45 degrees), in the given chunk."""
        f = self.faces["B"]
        w = f.width(s, size)
        c = s2 = 0.70710678
        x, y = W / 2 - c * w / 2 + c * size * 0.35, H / 2 - s2 * w / 2 - s2 * size * 0.35
        self.ops(cid, "q /GS1 gs BT /FB %.2f Tf %s %.5f %.5f %.5f %.5f %.2f %.2f Tm %s Tj ET Q"  # noqa: UP031
                 % (size, fill_ops(rgb), c, s2, -s2, c, x, y, lit(f.enc(s))))
        self.marks.append({"page": self.chunks[cid]["page"], "s": s})

    def image(self, cid, x, d, w, h, px):
        """A striped picture (an image XObject ``px`` = (width, height, rgb bytes)) drawn at x, depth d."""
        self.images.append(px)
        self.ops(cid, "q %.2f 0 0 %.2f %.2f %.2f cm /Im%d Do Q" % (w, h, x, H - d - h, len(self.images)))  # noqa: UP031

    # ---------------------------------------------------------------- writing
    def render(self, info, tag_seed, lang="en-GB"):
        pdf = RawPDF()
        fonts = {k: f.embed(pdf, subset_tag(tag_seed + k)) for k, f in self.faces.items() if f.used}
        imgs = [pdf.add(pdf.stream(px, "/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "  # noqa: UP031
                                   "/BitsPerComponent 8" % (pw, ph))) for pw, ph, px in self.images]
        gs = pdf.add("<< /Type /ExtGState /ca 0.35 /CA 0.35 >>")
        pages_id = pdf.new()
        page_ids = [pdf.new() for _ in range(self.pages)]
        elem_ids = [pdf.new() for _ in self.elems]
        root_st = pdf.new()
        parents = {}
        self.mcid = {}
        for pg in range(1, self.pages + 1):
            chunks = sorted((c for c in self.chunks if c["page"] == pg), key=lambda c: (c["draw"], c["n"]))
            out, mc = [], []
            for c in chunks:
                if c["elem"] is not None:
                    self.mcid[c["n"]] = len(mc)
                    out.append("/%s <</MCID %d%s>> BDC" % (c["tag"], len(mc), c["props"]))  # noqa: UP031
                    mc.append(elem_ids[c["elem"]])
                elif c["artifact"] is not None:
                    out.append("/Artifact %s BDC" % c["artifact"])  # noqa: UP031
                out += c["ops"]
                if c["elem"] is not None or c["artifact"] is not None:
                    out.append("EMC")
            cs = pdf.add(pdf.stream("\n".join(out) + "\n"))
            font_res = " ".join("/F%s %d 0 R" % (k, v) for k, v in fonts.items())  # noqa: UP031
            xo = " ".join("/Im%d %d 0 R" % (k, v) for k, v in enumerate(imgs, 1))  # noqa: UP031
            sp = ""
            if mc:
                parents[pg] = mc
                sp = " /StructParents %d" % (len(parents) - 1)  # noqa: UP031
            pdf.put(page_ids[pg - 1], "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "  # noqa: UP031
                    "/Resources << /Font << %s >> /XObject << %s >> /ExtGState << /GS1 %d 0 R >> /ProcSet [/PDF /Text "
                    "/ImageC] >>%s /Tabs /S >>" % (pages_id, W, H, cs, font_res, xo, gs, sp))
        pdf.put(pages_id, "<< /Type /Pages /Count %d /Kids [%s] >>"  # noqa: UP031
                % (self.pages, " ".join("%d 0 R" % i for i in page_ids)))  # noqa: UP031
        for k, e in enumerate(self.elems):
            kids, pg0 = [], None
            for kind, v in e["kids"]:
                if kind == "e":
                    kids.append("%d 0 R" % elem_ids[v])  # noqa: UP031
                else:
                    c = self.chunks[v]
                    pg0 = pg0 or c["page"]
                    kids.append("<< /Type /MCR /Pg %d 0 R /MCID %d >>" % (page_ids[c["page"] - 1], self.mcid[v]))  # noqa: UP031
            pdf.put(elem_ids[k], "<< /Type /StructElem /S /%s /P %d 0 R %s%s/K [%s] >>"  # noqa: UP031
                    % (e["S"], root_st if e["parent"] is None else elem_ids[e["parent"]],
                       ("/Pg %d 0 R " % page_ids[pg0 - 1]) if pg0 else "", e["extra"] + " " if e["extra"] else "",  # noqa: UP031
                       " ".join(kids)))
        nums = " ".join("%d [%s]" % (k, " ".join("%d 0 R" % i for i in mc))  # noqa: UP031
                        for k, mc in enumerate(parents.values()))
        ptree = pdf.add("<< /Nums [%s] >>" % nums)  # noqa: UP031
        pdf.put(root_st, "<< /Type /StructTreeRoot /ParentTree %d 0 R /ParentTreeNextKey %d /K [%d 0 R] >>"  # noqa: UP031
                % (ptree, len(parents), elem_ids[self.doc]))
        inf = pdf.add("<< /Title %s /Author %s /Subject %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>"  # noqa: UP031
                      % tuple(pdf_text(info[k]) for k in ("Title", "Author", "Subject", "Creator", "Producer",
                                                         "Date", "Date")))
        root = pdf.add("<< /Type /Catalog /Pages %d 0 R /Lang (%s) /StructTreeRoot %d 0 R /MarkInfo << /Marked true >> "  # noqa: UP031
                       "/ViewerPreferences << /DisplayDocTitle true >> >>" % (pages_id, lang, root_st))
        return pdf.render(root, inf)


def striped(w, h, a, b, stripe=6):
    """A picture's raw RGB pixels in diagonal stripes of two colours, Flate-compressed by RawPDF's stream."""
    return (w, h, b"".join(bytes(b if (x // stripe + y // stripe) % 2 else a) for y in range(h) for x in range(w)))


# --------------------------------------------------------------------------
# The flow: paragraphs poured into frames in reading order, justified, each line's chunk in its frame's draw key
# --------------------------------------------------------------------------
class Pour:
    """Items poured into frames {page, x, top, bottom, w, draw} (depths) in reading order; template(page) draws a
    new page's furniture and returns its frames. A paragraph: a P element, its number hung at the frame's left in
    the number face (or a badge: the number drawn as a graphic in a Span with ActualText), every line at the indent,
    every line but the last justified; first two lines kept together; a new chunk (MCID) of the P in every frame it
    runs into. Keeps the frames used, each paragraph's P and chunks."""

    def __init__(self, doc, template, parent, size=9.5, lead=12.5, gap=6.0, indent=30.0, num_face="B",
                 num_rgb=INK, lig=False, line_chunks=False):
        self.doc, self.template, self.parent, self.line_chunks = doc, template, parent, line_chunks
        self.size, self.lead, self.gap, self.indent = size, lead, gap, indent
        self.num_face, self.num_rgb, self.lig = num_face, num_rgb, lig
        self.queue, self.frames, self.p, self.pchunks, self.lines = [], [], {}, {}, {}
        self.fr = self.cur = None
        self.hooks = {}  # label -> fn(pour, label, line index, chunk, baseline depth, words placed) after each line

    def ligate(self, s):
        if self.lig:
            for a, b in LIGS.items():
                s = s.replace(a, b)
        return s

    def next(self):
        while not self.queue:
            pg = self.doc.page()
            self.queue = list(self.template(pg))
        self.fr = self.queue.pop(0)
        self.frames.append(self.fr)
        self.cur = self.fr["top"]

    def fits(self, h):
        return self.cur + h <= self.fr["bottom"] + 0.01

    def at_top(self):
        return self.cur == self.fr["top"]

    def pour(self, items, texts, badges=(), drop=None):
        for it in items:
            if it[0] == "h":
                self.head(it[1])
            else:
                self.para(it[0], texts[it[0]], badge=it[0] in badges, drop=(drop == it[0]))

    def head(self, s, face="B", size=11.0, rgb=NAVY):
        g = 0.0 if self.at_top() else 10.0
        if not self.fits(g + 16 + 3 * self.lead):
            self.next()
            g = 0.0
        e = self.doc.elem("H2", self.parent)
        cid = self.doc.chunk(self.fr["page"], e, draw=self.fr["draw"])
        self.doc.line(cid, self.fr["x"], self.cur + g + 12, s, face, size, rgb)
        self.cur += g + 18

    def para(self, label, t, badge=False, drop=False):
        doc, fw = self.doc, self.doc.faces["R"]
        meas = lambda z: fw.width(self.ligate(z), self.size)  # noqa: E731
        width = self.fr["w"] - self.indent
        cap = None
        if drop:
            csize = (2 * self.lead + 0.729 * self.size) / 0.729
            cap = (t[0], csize, doc.width(t[0], "B", csize) + 3.0)
            words = t.split(" ")
            lines = wrap(words, width - cap[2], meas)[:3]
            used = sum(len(ln) for ln in lines)
            lines += wrap(words[used:], width, meas)
        else:
            lines = wrap(t.split(" "), width, meas)
        g = 0.0 if self.at_top() else self.gap
        if not self.fits(g + 2 * self.lead):
            self.next()
        pe = doc.elem("P", self.parent)
        self.p[label] = pe
        span = doc.elem("Span", pe, "/ActualText " + pdf_text(label)) if badge else None
        capspan = doc.elem("Span", pe, "/ActualText " + pdf_text(cap[0])) if cap else None
        cid, fr_used = None, None
        for i, ln in enumerate(lines):
            g = self.gap if i == 0 and not self.at_top() else 0.0
            if not self.fits(g + self.lead):
                self.next()
                g = 0.0
            if self.fr is not fr_used or self.line_chunks:
                cid = doc.chunk(self.fr["page"], pe, draw=self.fr["draw"])
                self.pchunks.setdefault(label, []).append(cid)
                fr_used = self.fr
            pg, x, d = self.fr["page"], self.fr["x"], self.cur + g + self.lead * 0.8
            if i == 0 and badge:
                r = 8.6
                cx, cy = x + r, d - 3.4
                bid = doc.chunk(pg, span, draw=self.fr["draw"] + 0.5)
                k = 0.5523 * r
                Y = H - cy
                doc.ops(bid, "q %s %.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "  # noqa: UP031
                        "%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c f Q"
                        % (fill_ops(TEAL), cx + r, Y, cx + r, Y + k, cx + k, Y + r, cx, Y + r, cx - k, Y + r, cx - r,
                           Y + k, cx - r, Y, cx - r, Y - k, cx - k, Y - r, cx, Y - r, cx + k, Y - r, cx + r, Y - k,
                           cx + r, Y))
                nsz = 7.0 if len(label) > 3 else 8.0
                nw = doc.width(label, "B", nsz)
                doc.graphic(bid, doc.faces["B"].outline(label, nsz, cx - nw / 2, H - (cy + 2.8)),
                            (cx - r, cy - r, cx + r, cy + r), label, "badge", label, WHITE)
            elif i == 0:
                doc.word(cid, x, d, label, self.num_face, self.size, self.num_rgb, role="num", para=label)
            at = x + self.indent
            if cap and i < 3:
                at += cap[2]
            if cap and i == 0:
                cc = doc.chunk(pg, capspan, draw=self.fr["draw"] - 0.5)
                base = d + 2 * self.lead
                doc.graphic(cc, doc.faces["B"].outline(cap[0], cap[1], x + self.indent, H - base),
                            (x + self.indent, base - 0.729 * cap[1], x + self.indent + cap[2] - 3.0, base),
                            cap[0], "cap", label, TEAL)
            avail = x + self.fr["w"] - at
            drawn = [self.ligate(w[1:] if (cap and i == 0 and j == 0) else w) for j, w in enumerate(ln)]
            ws = [fw.width(w, self.size) for w in drawn]
            last = i == len(lines) - 1
            space = meas(" ") if last or len(ln) == 1 else (avail - sum(ws)) / (len(ln) - 1)
            placed = []
            for j, w in enumerate(ln):
                doc.word(cid, at, d, w, "R", self.size, role="para", para=label, drawn=drawn[j])
                placed.append((at, w))
                at += ws[j] + space
            if label in self.hooks:
                self.hooks[label](self, label, i, cid, d, placed)
            self.lines.setdefault(label, []).append((len(self.frames) - 1, pg))
            self.cur += g + self.lead


# --------------------------------------------------------------------------
# Reading the file back: pdfplumber's characters, pypdf's structure tree and content streams
# --------------------------------------------------------------------------
def read_chars(name, data, doc):
    """pdfplumber's characters per page [{X, d, x1, text, font, size, upright}]: every recorded word read back at its
    place in its face and size, no other upright character; the watermark's characters rotated."""
    import pdfplumber
    out = []
    ps = {k: f.ps for k, f in doc.faces.items()}
    with pdfplumber.open(io.BytesIO(data)) as pl:
        if len(pl.pages) != doc.pages:
            raise AssertionError(f"{name}: {len(pl.pages)} pages")
        for k, p in enumerate(pl.pages, 1):
            chars = [{"X": c["matrix"][4], "d": H - c["matrix"][5], "text": c["text"], "font": c["fontname"],
                      "size": c["size"], "x1": c["x1"], "upright": abs(c["matrix"][1]) < 1e-6,
                      "mcid": c.get("mcid")} for c in p.chars if c["text"] != " "]
            used = 0
            for w in (w for w in doc.words if w["page"] == k):
                cs = sorted((c for c in chars if c["upright"] and abs(c["d"] - w["d"]) < 0.05 and w["x"] - 0.05
                             <= c["X"] < w["x"] + doc.width(w["drawn"], w["face"], w["size"]) - 0.01),
                            key=lambda c: c["X"])
                got = "".join(c["text"] for c in cs)
                if got != w["drawn"] or not all(c["font"].endswith(ps[w["face"]]) and abs(c["size"] - w["size"])
                                                < 0.01 for c in cs):
                    raise AssertionError(f"{name}: page {k} word {w['drawn']!r} read back as {got!r}")
                used += len(cs)
            marks = "".join(m["s"].replace(" ", "") for m in doc.marks if m["page"] == k)
            rot = "".join(c["text"] for c in chars if not c["upright"])
            if used + len(rot) != len(chars) or sorted(rot) != sorted(marks):
                raise AssertionError(f"{name}: page {k} has characters not in the record")
            out.append(chars)
    return out


def read_tree(data):
    """The structure tree read back with pypdf: elements in tree order [{S, depth, alt, actual, refs [(page,
    mcid)]}], and per page the MCIDs in the order the content stream draws them with their box of path points
    {page: [(mcid, tag, (x0, top, x1, bottom) or None)]}."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream
    rd = PdfReader(io.BytesIO(data))
    pnum = {p.indirect_reference.idnum: k for k, p in enumerate(rd.pages, 1)}
    elems = []

    def walk(o, depth, pg):
        o = o.get_object()
        if "/S" not in o:
            return
        pg = pnum[o.raw_get("/Pg").idnum] if "/Pg" in o else pg
        e = {"S": o["/S"][1:], "depth": depth, "alt": o.get("/Alt"), "actual": o.get("/ActualText"), "refs": []}
        elems.append(e)
        kids = o.get("/K", [])
        kids = kids if isinstance(kids, list) else [kids]
        for kd in kids:
            kd = kd.get_object() if hasattr(kd, "get_object") else kd
            if isinstance(kd, int):
                e["refs"].append((pg, int(kd)))
            elif kd.get("/Type") == "/MCR":
                e["refs"].append((pnum[kd.raw_get("/Pg").idnum] if "/Pg" in kd else pg, int(kd["/MCID"])))
            else:
                walk(kd, depth + 1, pg)

    for kd in rd.trailer["/Root"]["/StructTreeRoot"]["/K"]:
        walk(kd, 0, None)
    streams = {}
    for k, p in enumerate(rd.pages, 1):
        seq, stack, pts = [], [], []
        for operands, op in ContentStream(p["/Contents"].get_object(), rd).operations:
            if op in (b"BDC", b"BMC"):
                props = operands[1] if len(operands) > 1 and hasattr(operands[1], "get") else {}
                mcid = props.get("/MCID") if hasattr(props, "get") else None
                stack.append(mcid)
                if mcid is not None:
                    seq.append([int(mcid), operands[0][1:], None])
            elif op == b"EMC":
                stack.pop()
            elif op in (b"m", b"l", b"c") and any(s is not None for s in stack):
                xs, ys = [float(v) for v in operands[0::2]], [float(v) for v in operands[1::2]]
                pts += list(zip(xs, ys, strict=True))
            elif op == b"f" and pts:
                mcid = next(s for s in reversed(stack) if s is not None)
                item = next(s for s in seq if s[0] == mcid)
                x0, x1 = min(p_[0] for p_ in pts), max(p_[0] for p_ in pts)
                y0, y1 = min(p_[1] for p_ in pts), max(p_[1] for p_ in pts)
                b = item[2]
                item[2] = (x0, H - y1, x1, H - y0) if b is None else (min(b[0], x0), min(b[1], H - y1),
                                                                      max(b[2], x1), max(b[3], H - y0))
                pts = []
            elif op in (b"re", b"S", b"n"):
                pts = []
        streams[k] = seq
    return elems, streams


def tree_graphics(elems, streams):
    """Text drawn as graphics as the file says it: each element with /ActualText whose marked content is a filled
    path, with the box of its paths: [{page, x0, top, x1, bottom, actual}]."""
    out = []
    for e in elems:
        if e["actual"] is None:
            continue
        for pg, mc in e["refs"]:
            box = next(s[2] for s in streams[pg] if s[0] == mc)
            if box:
                out.append({"page": pg, "x0": box[0], "top": box[1], "x1": box[2], "bottom": box[3],
                            "actual": str(e["actual"])})
    return out


def rows_in(chars, fr, size):
    """The frame's upright characters of at least 80 % of the body's size in rows by baseline, top to bottom."""
    rows = {}
    for c in chars:
        if c["upright"] and c["size"] >= 0.8 * size and fr["x"] - 0.5 <= c["X"] < fr["x"] + fr["w"] + 0.5 and \
                fr["top"] <= c["d"] <= fr["bottom"] + 0.5:
            rows.setdefault(round(c["d"], 2), []).append(c)
    return [sorted(rows[d], key=lambda c: c["X"]) for d in sorted(rows)]


def row_words(cs):
    out, cur = [], cs[0]["text"]
    for a, b in itertools.pairwise(cs):
        if b["X"] - a["x1"] > 1.0:
            out.append(cur)
            cur = b["text"]
        else:
            cur += b["text"]
    out.append(cur)
    return out


def reader_key(pages, frames, graphics, size, indent, ps_body, ps_num):
    """The key from what the file shows, as a reader takes it (see the module's docstring)."""
    out, cur = [], None
    taken = set()
    for fr in frames:
        gr = [g for g in graphics if g["page"] == fr["page"] and fr["x"] - 0.5 <= g["x0"] < fr["x"] + fr["w"]]
        for cs in rows_in(pages[fr["page"] - 1], fr, size):
            d = cs[0]["d"]
            here = [g for g in gr if id(g) not in taken and g["top"] - 0.5 <= d <= g["bottom"] + 3.5]
            for g in here:
                taken.add(id(g))
            sized = all(abs(c["size"] - size) < 0.01 for c in cs)
            body = [c for c in cs if c["font"].endswith(ps_body)]
            head = []
            for c in cs:
                if not c["font"].endswith(ps_num):
                    break
                head.append(c)
            htxt = "".join(c["text"] for c in head)
            badge = next((g for g in here if NUMBER.fullmatch(g["actual"]) and abs(g["x0"] - fr["x"]) < 0.5), None)
            cap = next((g for g in here if not NUMBER.fullmatch(g["actual"])), None)
            words = row_words(cs[len(head):]) if len(cs) > len(head) else []
            words = [w.replace("\ufb01", "fi").replace("\ufb02", "fl") for w in words]
            if cap and words and cs[len(head)]["X"] - cap["x1"] < 6.0:
                words[0] = cap["actual"] + words[0]
            opened = None
            if sized and head and NUMBER.fullmatch(htxt) and abs(head[0]["X"] - fr["x"]) < 0.3 and \
                    len(body) == len(cs) - len(head) and body:
                opened = htxt
            elif sized and badge and not head and len(body) == len(cs):
                opened = badge["actual"]
            if opened:
                cur = [opened, fr["page"], " ".join(words)]
                out.append(cur)
                continue
            beside = any(0.0 <= cs[0]["X"] - g["x1"] < 6.0 and g["top"] - 0.5 <= d <= g["bottom"] + 0.5
                         for g in gr if not NUMBER.fullmatch(g["actual"]))
            at_left = any(abs(cs[0]["X"] - v) < 0.5 for v in (fr["x"], fr["x"] + indent))
            if sized and cur is not None and len(body) == len(cs) and (at_left or beside):
                cur[2] += " " + " ".join(words)
            else:
                cur = None
    return [tuple(r) for r in out]


def record_key(doc):
    """[(label, page, words)] from the record in the order poured."""
    order, pages, parts = [], {}, {}
    for w in doc.words:
        if w["role"] == "num":
            order.append(w["para"])
            pages[w["para"]] = w["page"]
        elif w["role"] == "para":
            parts.setdefault(w["para"], []).append(w["s"])
    for g in doc.graphics:
        if g["kind"] == "badge":
            order.append(g["para"])
            pages[g["para"]] = g["page"]
    order.sort(key=lambda lab: list(parts).index(lab))
    return [(lab, pages[lab], " ".join(parts[lab])) for lab in order]


def tree_paras(elems, pages):
    """Each P element in tree order with the text of its marked content (chars by MCID) and its ActualText kids:
    [(first word, page of its first reference)]."""
    out = []
    for k, e in enumerate(elems):
        if e["S"] != "P":
            continue
        sub = [e]
        for f in elems[k + 1:]:
            if f["depth"] <= e["depth"]:
                break
            sub.append(f)
        first = next((str(f["actual"]) for f in sub[1:] if f["actual"] and NUMBER.fullmatch(str(f["actual"]))), None)
        pg, mc = e["refs"][0]
        txt = "".join(c["text"] for c in pages[pg - 1] if c["mcid"] == mc and c["upright"])
        if first is None:
            m = NUMBER.match(txt)
            first = m.group(0) if m else txt[:12]
        out.append((first, pg))
    return out


def tagged_article(name, doc, pour, texts, info, seed, labels):
    """The record's key checked against the words written, the file written and read back, the key worked out again
    from the characters (and the graphics' ActualText). Returns (bytes, key, pages, tree, streams)."""
    rec = record_key(doc)
    if [r[0] for r in rec] != labels:
        raise AssertionError(f"{name}: labels {[r[0] for r in rec]}")
    for lab, _pg, t in rec:
        if t != texts[lab]:
            raise AssertionError(f"{name}: words of {lab}")
    check_lengths(name, list(texts.values()), 40, 260)
    result = [entry(lab, pg, t) for lab, pg, t in rec]
    check_count(name, result, 9, 20)
    data = doc.render(info, seed)
    pages = read_chars(name, data, doc)
    elems, streams = read_tree(data)
    gr = tree_graphics(elems, streams)
    if sorted((g["actual"], g["page"]) for g in gr) != sorted((g["actual"], g["page"]) for g in doc.graphics):
        raise AssertionError(f"{name}: graphics read back {[g['actual'] for g in gr]}")
    again = reader_key(pages, pour.frames, gr, pour.size, pour.indent, doc.faces["R"].ps, doc.faces[pour.num_face].ps)
    if again != rec:
        raise AssertionError(f"{name}: key from the file {[(lab, pg) for lab, pg, _t in again]}")
    return data, result, pages, elems, streams


def info_of(title, org, tool, date):
    return {"Title": title, "Author": org, "Subject": FICT, "Creator": tool[0], "Producer": tool[1], "Date": date}


def texts_of(pm, body, kind):
    return {lab: pm.make(n, kind) for lab, n in body if lab != "h"}


def title_block(doc, pg, x, title, org, draw=0.0, size=17.0):
    """The title (H1), the organisation and the fiction label (P elements) from depth 78; returns the depth after."""
    e = doc.elem("H1", doc.doc)
    doc.line(doc.chunk(pg, e, draw=draw), x, 86, title, "B", size, NAVY)
    e = doc.elem("P", doc.doc)
    doc.line(doc.chunk(pg, e, draw=draw), x, 106, org, "R", 10.5)
    e = doc.elem("P", doc.doc)
    doc.line(doc.chunk(pg, e, draw=draw), x, 122, f"{FICT} {INVENTED}", "I", 8.5, GREY)
    doc.elems[doc.doc]["kids"].sort(key=lambda kd: doc.elems[kd[1]]["S"] in ("Sect", "Art"))
    return 138.0


def folio(doc, pg, s, draw, x=None, d=H - 30, size=8.5):
    a = doc.chunk(pg, artifact="<</Type /Pagination /Subtype /Footer>>", draw=draw)
    doc.line(a, (W - doc.width(s, "R", size)) / 2 if x is None else x, d, s, "R", size, GREY)


def header(doc, pg, left, right, draw, L=56.0, R=W - 56.0, d=40.0):
    a = doc.chunk(pg, artifact="<</Type /Pagination /Subtype /Header>>", draw=draw)
    doc.line(a, L, d, left, "R", 8, GREY)
    if right:
        doc.line(a, R - doc.width(right, "R", 8), d, right, "R", 8, GREY)
    doc.rule(a, L, d + 5, R, 0.4, GREY)


L, R = 56.0, W - 56.0


# --------------------------------------------------------------------------
# 1. streamorder.pdf: two columns, the second column (or the last paragraph) drawn first
# --------------------------------------------------------------------------
def make_streamorder(out, pm):
    path = out / "streamorder.pdf"
    texts = texts_of(pm, _text.SO_BODY, "child")
    labels = [lab for lab, _n in _text.SO_BODY if lab != "h"]
    doc = Tagged()
    gut = 18.0
    cw = (R - L - gut) / 2
    bottom = H - 60
    art = doc.elem("Art", doc.doc)

    def template(pg):
        top = 62.0
        if pg == 1:
            top = title_block(doc, pg, L, _text.SO_TITLE, _text.SO_ORG, draw=5) + 8
        else:
            header(doc, pg, _text.SO_HEAD, "", draw=6)
        folio(doc, pg, str(pg), draw=7)
        # page 1 and 3: the second column drawn first; page 2: the columns in order, but the paragraph that starts
        # last on the page drawn first (the draw key of its chunk moved below after pouring)
        d1, d2 = (2, 1) if pg != 2 else (1, 2)
        return [{"page": pg, "x": L, "top": top, "bottom": bottom, "w": cw, "draw": d1},
                {"page": pg, "x": L + cw + gut, "top": top, "bottom": bottom, "w": cw, "draw": d2}]

    fl = Pour(doc, template, art, size=9.5, lead=12.5, gap=6.0, indent=26.0, num_face="B", num_rgb=TEAL)
    fl.next()
    fl.pour(_text.SO_BODY, texts)
    if doc.pages != 3:
        raise AssertionError(f"{path.name}: {doc.pages} pages")
    # page 2: the paragraph that starts last on the page is drawn first
    starts2 = [lab for lab in labels if fl.lines[lab][0][1] == 2]
    last2 = starts2[-1]
    for cid in fl.pchunks[last2]:
        if doc.chunks[cid]["page"] == 2:
            doc.chunks[cid]["draw"] = 0
    data, result, pages, elems, _streams = tagged_article(path.name, doc, fl, texts, info_of(
        _text.SO_TITLE, _text.SO_ORG, _text.INDESIGN, "D:20250312094500Z"), "streamorder", labels)
    path.write_bytes(data)
    # the traps: the characters in stream order put column 2 (page 1, 3) or the last paragraph (page 2) first; the
    # tree's P elements are in the key's order; paragraphs over a column break and a page break
    first_on = {}
    for pg in (1, 2, 3):
        body = [c for c in pages[pg - 1] if c["upright"] and c["size"] == 9.5 and c["d"] > 60]
        first_on[pg] = body[0]
    if not first_on[1]["X"] > L + cw or not first_on[3]["X"] > L + cw:
        raise AssertionError(f"{path.name}: the second column is not drawn first")
    lw = next(w for w in doc.words if w["para"] == last2 and w["role"] == "num")
    if abs(first_on[2]["d"] - lw["d"]) > 0.05 or abs(first_on[2]["X"] - lw["x"]) > 0.05:
        raise AssertionError(f"{path.name}: {last2} is not drawn first on page 2")
    tp = tree_paras(elems, pages)
    if [t for t in tp if NUMBER.fullmatch(t[0])] != [(d["label"], d["page"]) for d in result]:
        raise AssertionError(f"{path.name}: tree order {tp}")
    over = [lab for lab in labels if fl.lines[lab][0][1] != fl.lines[lab][-1][1]]
    cols = [lab for lab in labels if lab not in over and fl.lines[lab][0][0] != fl.lines[lab][-1][0]]
    if not over or not cols:
        raise AssertionError(f"{path.name}: crossings {over} {cols}")
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW EXPORTED FROM INDESIGN AS A TAGGED PDF (Creator 'Adobe "
                 "InDesign 19.4 (Windows)', Producer 'Adobe PDF Library 17.0'; StructTreeRoot, MarkInfo Marked true, "
                 f"/Tabs /S), {doc.pages} A4 pages in TWO COLUMNS: the title, the partnership and the fiction label "
                 "on page 1, running heads from page 2 and folios (artifacts), headings '2 What happened' to '4 What "
                 "will change' (H2, not numbered paragraphs), paragraphs 2.1 to 4.3 with the number in bold teal "
                 "hung at the column's left and the words at the indent, justified. THE CONTENT STREAMS DRAW THE "
                 "PAGE IN ANOTHER ORDER THAN IT IS READ: on pages 1 and 3 THE SECOND COLUMN IS DRAWN FIRST, then "
                 f"the first; on page 2 THE PARAGRAPH THAT STARTS LAST ON THE PAGE ({last2}) IS DRAWN FIRST, then the "
                 "columns in order; MCIDs are numbered in drawing order, so the tree's references are out of "
                 "sequence. The structure tree (Document > Art > H2 and P, each P a marked-content sequence per "
                 f"column it is in) reads the first column first, as the page does. {', '.join(cols)} run from the "
                 f"foot of the first column to the head of the second, {', '.join(over)} over a page break. Each key "
                 "holds the review's own numbered paragraphs only, each once, in reading order as a reader sees the "
                 "page (here the tree's order too); never the title, headings, running heads or folios. page = the "
                 "PDF page where the paragraph starts, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. artifacts.pdf: running heads drawn last, folios and a watermark as artifacts
# --------------------------------------------------------------------------
def make_artifacts(out, pm):
    path = out / "artifacts.pdf"
    texts = texts_of(pm, _text.AR_BODY, "adult")
    labels = [lab for lab, _n in _text.AR_BODY if lab != "h"]
    doc = Tagged()
    bottom = H - 72

    def template(pg):
        # stream: the watermark first (draw -1), then the body (1), the folio (2), the running head LAST (9)
        wm = doc.chunk(pg, artifact="<</Type /Pagination /Subtype /Watermark>>", draw=-1)
        doc.watermark(wm, _text.AR_WATERMARK, 46, (0.6, 0.6, 0.6))
        header(doc, pg, _text.AR_HEAD_L, _text.AR_HEAD_R, draw=9, L=72.0, R=W - 72.0)
        folio(doc, pg, f"Page {pg}", draw=2)
        top = 70.0
        if pg == 1:
            top = title_block(doc, pg, 72.0, _text.AR_TITLE, _text.AR_ORG, draw=1) + 6
        return [{"page": pg, "x": 72.0, "top": top, "bottom": bottom, "w": W - 144, "draw": 1}]

    sect = doc.elem("Sect", doc.doc)
    fl = Pour(doc, template, sect, size=10.0, lead=13.5, gap=7.0, indent=36.0, num_face="B")
    fl.next()
    fl.pour(_text.AR_BODY, texts)
    if doc.pages != 3:
        raise AssertionError(f"{path.name}: {doc.pages} pages")
    data, result, pages, elems, _streams = tagged_article(path.name, doc, fl, texts, info_of(
        _text.AR_TITLE, _text.AR_ORG, _text.WORD, "D:20250521143000+01'00'"), "artifacts", labels)
    path.write_bytes(data)
    # the traps: on every page the stream ends with the running head (no MCID, after the last body text) and begins
    # with the watermark, whose rotated characters lie over the body; the tree holds only the review's text
    from pypdf import PdfReader
    rd = PdfReader(io.BytesIO(data))
    for k, p in enumerate(rd.pages, 1):
        raw = p["/Contents"].get_object().get_data().decode("latin-1")
        arts = re.findall(r"/Artifact <</Type /Pagination /Subtype /(\w+)>> BDC", raw)
        if arts[0] != "Watermark" or arts[-1] != "Header" or raw.rfind("/Subtype /Header") < raw.rfind("/MCID"):
            raise AssertionError(f"{path.name}: page {k} stream order {arts}")
        rot = [c for c in pages[k - 1] if not c["upright"]]
        if not rot or not any(fl.frames[0]["top"] < c["d"] < bottom for c in rot):
            raise AssertionError(f"{path.name}: the watermark on page {k}")
    tp = tree_paras(elems, pages)
    if [t for t in tp if NUMBER.fullmatch(t[0])] != [(d["label"], d["page"]) for d in result]:
        raise AssertionError(f"{path.name}: tree order {tp}")
    over = [lab for lab in labels if fl.lines[lab][0][1] != fl.lines[lab][-1][1]]
    if len(over) < 2:
        raise AssertionError(f"{path.name}: crossings {over}")
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW SAVED BY WORD AS A TAGGED PDF (Creator and Producer 'Microsoft\u00ae "
                 f"Word for Microsoft 365'), {doc.pages} A4 pages in one column: the title, the board and the "
                 "fiction label on page 1, headings 'Findings' and 'Recommendations' (H2), paragraphs 5.1 to 5.11 "
                 "with the number in bold hung at the margin. THE PAGE FURNITURE IS MARKED AS ARTIFACTS, each with "
                 "its /Type /Pagination and /Subtype: THE RUNNING HEAD ('Safeguarding Adults Review \u2013 Mr T "
                 "(fictional)' and 'OFFICIAL \u2013 draft for the board', over a rule) IS DRAWN LAST IN EVERY CONTENT "
                 "STREAM, after the page's last paragraph text, though it prints at the top; the folio 'Page N' is "
                 "drawn after the body; A DIAGONAL WATERMARK 'DRAFT \u2013 NOT FOR CIRCULATION' (46 pt bold, grey at "
                 "35 % opacity, rotated 45 degrees across the text) is drawn first. The structure tree (Document > "
                 "H1, P, Sect > H2 and P) holds the review's text in reading order. "
                 f"{', '.join(over)} run over a page break. Each key holds the review's own numbered paragraphs only, "
                 "each once, in reading order; never the title, headings, running heads, folios or the watermark. "
                 "page = the PDF page where the paragraph starts, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. actualtext.pdf: ligatures, a drop cap and badge numbers drawn as graphics, a figure with /Alt
# --------------------------------------------------------------------------
def make_actualtext(out, pm):
    path = out / "actualtext.pdf"
    texts = texts_of(pm, _text.AT_BODY, "adult")
    labels = [lab for lab, _n in _text.AT_BODY if lab != "h"]
    doc = Tagged()
    bottom = H - 64
    x0, fw = 64.0, W - 128.0
    px = striped(96, 48, (0, 122, 128), (200, 225, 228), 8)

    def template(pg):
        header(doc, pg, _text.AT_HEAD, "", draw=0, L=x0, R=x0 + fw)
        folio(doc, pg, str(pg), draw=0, x=x0 + fw - doc.width(str(pg), "R", 8.5))
        top = 66.0
        if pg == 1:
            top = title_block(doc, pg, x0, _text.AT_TITLE, _text.AT_ORG, draw=1) + 8
        return [{"page": pg, "x": x0, "top": top, "bottom": bottom, "w": fw, "draw": 1}]

    sect = doc.elem("Sect", doc.doc)
    fl = Pour(doc, template, sect, size=9.5, lead=13.0, gap=7.0, indent=30.0, num_face="B", num_rgb=TEAL, lig=True)
    fl.next()
    for it in _text.AT_BODY:
        if it[0] == "h":
            fl.head(it[1])
            continue
        fl.para(it[0], texts[it[0]], badge=it[0] in _text.AT_BADGES, drop=it[0] == "1.1")
        if it[0] == _text.AT_FIGURE_AFTER:
            h = 150.0
            if not fl.fits(14 + h + 30):
                fl.next()
            pg, top = fl.fr["page"], fl.cur + 14
            fe = doc.elem("Figure", sect, "/Alt " + pdf_text(_text.AT_ALT))
            doc.image(doc.chunk(pg, fe, draw=1), x0 + 60, top, fw - 120, h, px)
            ce = doc.elem("Caption", sect)
            doc.line(doc.chunk(pg, ce, draw=1), x0 + 60, top + h + 14, _text.AT_CAPTION, "I", 8.5, GREY)
            fl.cur = top + h + 24
    if doc.pages < 2:
        raise AssertionError(f"{path.name}: {doc.pages} pages")
    data, result, pages, elems, _streams = tagged_article(path.name, doc, fl, texts, info_of(
        _text.AT_TITLE, _text.AT_ORG, _text.INDESIGN, "D:20250610110000+01'00'"), "actualtext", labels)
    path.write_bytes(data)
    # the traps: no character of any badge number or of the drop cap is drawn as text; ligature glyphs read back
    # as U+FB01/U+FB02, as many as the Spans whose ActualText spells them; the figure's /Alt holds numbers
    allc = "".join(c["text"] for p in pages for c in p)
    from pypdf import PdfReader
    raw = "".join(p["/Contents"].get_object().get_data().decode("latin-1") for p in PdfReader(io.BytesIO(data)).pages)
    nlig = len(re.findall(r"/Span <</ActualText \((?:fi|fl)\)>> BDC", raw))
    if not nlig or nlig != allc.count("\ufb01") + allc.count("\ufb02"):
        raise AssertionError(f"{path.name}: ligatures {nlig}")
    caps = [g for g in doc.graphics if g["kind"] == "cap"]
    first = texts["1.1"].split(" ")[0]
    for lab in _text.AT_BADGES:
        line = [c for c in pages[fl.lines[lab][0][1] - 1] if c["upright"]]
        b = next(g for g in doc.graphics if g["para"] == lab and g["kind"] == "badge")
        if any(b["x0"] - 0.5 <= c["X"] <= b["x1"] and b["top"] <= c["d"] <= b["bottom"] for c in line):
            raise AssertionError(f"{path.name}: badge {lab} has text")
    if len(caps) != 1 or not contains_seq(norm(" ".join(row_words(sorted(
            (c for c in pages[0] if c["upright"] and c["size"] == 9.5), key=lambda c: (round(c["d"], 2), c["X"]))))),
            norm(first[1:])):
        raise AssertionError(f"{path.name}: the drop cap")
    alt = next(e for e in elems if e["S"] == "Figure")
    if str(alt["alt"]) != _text.AT_ALT:
        raise AssertionError(f"{path.name}: the figure's Alt")
    tp = tree_paras(elems, pages)
    if [t for t in tp if NUMBER.fullmatch(t[0])] != [(d["label"], d["page"]) for d in result]:
        raise AssertionError(f"{path.name}: tree order {tp}")
    return {
        "note": ("A LEARNING REVIEW EXPORTED FROM INDESIGN AS A TAGGED PDF (Creator 'Adobe InDesign 19.4 (Windows)', "
                 f"Producer 'Adobe PDF Library 17.0'), {doc.pages} A4 pages in one column: the title, the board and "
                 "the fiction label, three headings (H2), paragraphs 1.1 to 3.3 with the number in bold teal hung at "
                 "the margin. TEXT SPELLED OUT BY /ActualText: every 'fi' and 'fl' in the paragraphs is DRAWN AS ONE "
                 "LIGATURE GLYPH (code 129 /fi and 141 /fl by the font's /Differences, read as U+FB01 and U+FB02) "
                 "inside a marked-content /Span whose /ActualText is 'fi' or 'fl'; THE FIRST PARAGRAPH OPENS WITH A "
                 f"DROP CAP THREE LINES DEEP ('{first[0]}', then '{first[1:]} ...') DRAWN AS A GRAPHIC (filled glyph "
                 f"outlines, no text) in a Span element whose /ActualText is '{first[0]}'; THE FIRST NUMBER OF EACH "
                 f"SECTION ({', '.join(_text.AT_BADGES)}) IS DRAWN AS A GRAPHIC, white outlines in a teal disc at "
                 "the margin, in a Span element whose /ActualText is the number (drawn after the paragraph's lines); "
                 f"the other numbers are text. After {_text.AT_FIGURE_AFTER} a FIGURE (an image) with /Alt text "
                 f"('{_text.AT_ALT[:60]} ...', numbers 2.1 and 3.4 in it) and its caption. Each key holds the "
                 "review's own numbered paragraphs only, each once, in reading order; a number drawn as a graphic "
                 "and spelled out by ActualText is the paragraph's number, a drop cap the first letter of its word, "
                 "a ligature its two letters (the key's words are spelled out so); never the title, headings, the "
                 "figure's alternative text or caption, running heads or folios. page = the PDF page where the "
                 "paragraph starts, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. notes.pdf: a paragraph over a page break (a P of two MCIDs), footnotes tagged after their paragraphs
# --------------------------------------------------------------------------
def make_notes(out, pm):
    path = out / "notes.pdf"
    texts = texts_of(pm, _text.NO_BODY, "dhr")
    labels = [lab for lab, _n in _text.NO_BODY if lab != "h"]
    doc = Tagged()
    x0, fw = 72.0, W - 144.0
    notes = list(_text.NO_NOTES)
    note_lines = {lab: wrap(s.split(" "), fw - 12, lambda z: doc.width(z, "R", 8)) for lab, s in
                  _text.NO_NOTES.items()}
    calls, seen, pending, foot = {}, {}, [], {}  # calls: label -> (page, note number); foot: page -> [labels]
    sect = doc.elem("Sect", doc.doc)

    def template(pg):
        header(doc, pg, _text.NO_HEAD, "", draw=0, L=x0, R=x0 + fw)
        folio(doc, pg, f"{pg}", draw=9)
        top = 70.0
        if pg == 1:
            top = title_block(doc, pg, x0, _text.NO_TITLE, _text.NO_ORG, draw=1) + 6
        return [{"page": pg, "x": x0, "top": top, "bottom": H - 64, "w": fw, "draw": 1}]

    def need(label):
        return 4 + 10 * len(note_lines[label])

    def call(pour, label, i, cid, d, placed):
        """After each line: on the line holding the paragraph's middle word, its 6 pt superscript note mark; the
        frame shortened to leave the note room at the page's foot (the note drawn when the pages are done)."""
        mid = len(texts[label].split(" ")) // 2
        done = seen.get(label, 0)
        seen[label] = done + len(placed)
        if not done <= mid < done + len(placed):
            return
        x, w = placed[mid - done]
        n = notes.index(label) + 1
        pg = pour.fr["page"]
        doc.word(cid, x + doc.width(w, "R", pour.size) + 0.6, d - 3.6, str(n), "R", 6.0, role="ref", para=label)
        pour.fr["bottom"] -= need(label) + (12 if pg not in foot else 0)
        if pour.cur > pour.fr["bottom"]:
            raise AssertionError(f"{path.name}: note {n} over its own line")
        foot.setdefault(pg, []).append(label)
        calls[label] = (pg, n)
        pending.append(label)

    fl = Pour(doc, template, sect, size=10.0, lead=13.5, gap=7.0, indent=30.0, num_face="B")
    for lab in notes:
        fl.hooks[lab] = call
    fl.next()
    for it in _text.NO_BODY:
        if it[0] == "h":
            fl.head(it[1])
            continue
        fl.para(it[0], texts[it[0]])
        # the Note elements go in the tree straight after the P that calls them
        for lab in pending:
            doc.elem("Note", sect, "/ID " + pdf_text(f"fn{calls[lab][1]}"))
            calls[lab] = (*calls[lab], len(doc.elems) - 1)
        pending.clear()
    for pg, labs in foot.items():
        fr = next(f for f in fl.frames if f["page"] == pg)
        dd = fr["bottom"] + 12
        doc.rule(doc.chunk(pg, artifact="<</Type /Layout>>", draw=5), x0, dd - 2, x0 + 120, 0.5, INK)
        for lab in labs:
            _pg, n, ne = calls[lab]
            nid = doc.chunk(pg, ne, draw=5)
            dd += 10
            doc.word(nid, x0, dd, str(n), "R", 8.0, role="note")
            for ln in note_lines[lab]:
                doc.line(nid, x0 + 12, dd, " ".join(ln), "R", 8.0, role="note")
                dd += 10
            dd += 4 - 10
    if doc.pages != 3:
        raise AssertionError(f"{path.name}: {doc.pages} pages")
    data, result, pages, elems, _streams = tagged_article(path.name, doc, fl, texts, info_of(
        _text.NO_TITLE, _text.NO_ORG, _text.WORD, "D:20250402160500+01'00'"), "notes", labels)
    path.write_bytes(data)
    # the traps: a P with two MCIDs on two pages; each Note straight after its P in the tree; a note at the foot of
    # a page whose last paragraph goes on over the page; the note numbers (8 pt) at the left margin
    over = [lab for lab in labels if fl.lines[lab][0][1] != fl.lines[lab][-1][1]]
    ps = [e for e in elems if e["S"] == "P"]
    two = [e for e in ps if len({pg for pg, _m in e["refs"]}) == 2]
    if not over or len(two) != len(over):
        raise AssertionError(f"{path.name}: crossings {over}")
    seq = [e["S"] for e in elems if e["depth"] == 2]
    tp = tree_paras(elems, pages)
    nums = [t[0] for t in tp if NUMBER.fullmatch(t[0]) and t[0] in labels]
    if nums != labels:
        raise AssertionError(f"{path.name}: tree order {tp}")
    k = 0
    for e in (e for e in elems if e["depth"] == 2):
        if e["S"] == "Note":
            prev = [f for f in elems[:elems.index(e)] if f["S"] == "P" and f["depth"] == 2][-1]
            lab = tree_paras([prev], pages)[0][0] if prev["refs"] else None
            if lab != notes[k]:
                raise AssertionError(f"{path.name}: note {k + 1} after {lab}")
            k += 1
    interrupted = [lab for lab in over if fl.lines[lab][0][1] in foot]
    if k != 3 or not interrupted or "Note" not in seq:
        raise AssertionError(f"{path.name}: notes {k} {interrupted}")
    ints = ", ".join(interrupted)
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW SAVED BY WORD AS A TAGGED PDF (Creator and Producer 'Microsoft\u00ae Word "
                 f"for Microsoft 365'), {doc.pages} A4 pages in one column: the title, the partnership and the fiction "
                 "label, headings 'Chronology', 'Analysis', 'Conclusions' (H2), paragraphs NUMBERED 1 TO 12 (plain "
                 f"numbers in bold hung at the margin). {', '.join(over)} RUN OVER A PAGE BREAK: EACH IS ONE P "
                 "ELEMENT WITH TWO MARKED-CONTENT SEQUENCES, one on each page (two MCRs with their own /Pg). "
                 f"FOOTNOTES: paragraphs {', '.join(notes)} each call a note by a 6 pt superscript mark after a word "
                 "in their middle; the notes, numbered 1 to 3 in 8 pt at the left margin under a short rule at the "
                 "page's foot, are Note elements PLACED IN THE TREE STRAIGHT AFTER THE P THAT CALLS THEM, and drawn "
                 f"at the page's foot; on the page a note stands between the two parts of {ints}, which goes on at "
                 "the head of the next page. Running head and folio as artifacts. Each key holds the review's own "
                 "numbered paragraphs only, each once, in reading order; a paragraph over a page break is one "
                 "paragraph, its page where it starts, its ends_with its last words on the next page; never the "
                 "footnotes or their marks (the marks stand in the middle of their paragraphs, outside the key's "
                 "words), the title, headings, running heads or folios. page = the PDF page where the paragraph "
                 "starts, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. badtree.pdf: the tree wrong and partial, the page's order to trust
# --------------------------------------------------------------------------
def make_badtree(out, pm):
    path = out / "badtree.pdf"
    texts = texts_of(pm, _text.BT_BODY, "child")
    labels = [lab for lab, _n in _text.BT_BODY if lab != "h"]
    doc = Tagged()
    x0, fw = 72.0, W - 144.0

    def template(pg):
        header(doc, pg, _text.BT_HEAD, "", draw=0, L=x0, R=x0 + fw)
        folio(doc, pg, f"Page {pg} of 3", draw=9)
        top = 72.0
        if pg == 1:
            top = title_block(doc, pg, x0, _text.BT_TITLE, _text.BT_ORG, draw=1) + 6
        return [{"page": pg, "x": x0, "top": top, "bottom": H - 300 if pg < 3 else H - 72, "w": fw, "draw": 1}]

    sect = doc.elem("Sect", doc.doc)
    fl = Pour(doc, template, sect, size=10.0, lead=13.5, gap=8.0, indent=32.0, num_face="B", line_chunks=True)
    fl.next()
    fl.pour(_text.BT_BODY, texts)
    if doc.pages != 3:
        raise AssertionError(f"{path.name}: {doc.pages} pages")
    # the autotagger's bugs: (1) page 1's elements sorted by their MCIDs read as text ("10" before "2"); (2) 2.2 and
    # 2.3 made one P (2.3's chunks moved into 2.2's P, 2.3's P left out of the tree); (3) page 3 not tagged at all:
    # its chunks plain content, its elements out of the tree
    a, b = _text.BT_MERGED
    pa, pb = fl.p[a], fl.p[b]
    for kd in list(doc.elems[pb]["kids"]):
        doc.elems[pa]["kids"].append(kd)
        doc.chunks[kd[1]]["elem"] = pa
    doc.elems[sect]["kids"].remove(("e", pb))
    page3 = {c["n"] for c in doc.chunks if c["page"] == 3 and c["elem"] is not None}
    for c in doc.chunks:
        if c["n"] in page3:
            c["elem"], c["tag"] = None, None
    for e in doc.elems:
        e["kids"] = [kd for kd in e["kids"] if not (kd[0] == "c" and kd[1] in page3)]
    for holder in (doc.doc, sect):
        doc.elems[holder]["kids"] = [kd for kd in doc.elems[holder]["kids"]
                                     if kd[0] == "c" or doc.elems[kd[1]]["kids"]]

    p1 = sorted((c for c in doc.chunks if c["page"] == 1 and c["elem"] is not None), key=lambda c: (c["draw"], c["n"]))
    mc1 = {c["n"]: str(k) for k, c in enumerate(p1)}  # page 1's MCIDs (stream order) as text

    def first(kd):
        if kd[0] == "c":
            return mc1.get(kd[1])
        cs = [v for k_, v in doc.elems[kd[1]]["kids"] if k_ == "c"]
        return mc1.get(cs[0]) if cs else None

    for pass_ in ("c", "e"):  # each element's MCRs on page 1, then the elements, sorted by MCID as text
        for e in doc.elems:
            on1 = [kd for kd in e["kids"] if kd[0] == pass_ and first(kd) is not None]
            ordered = iter(sorted(on1, key=first))
            e["kids"] = [next(ordered) if kd in on1 else kd for kd in e["kids"]]
    data, result, pages, elems, streams = tagged_article(path.name, doc, fl, texts, info_of(
        _text.BT_TITLE, _text.BT_ORG, _text.AUTOTAG, "D:20250709120000+01'00'"), "badtree", labels)
    path.write_bytes(data)
    # the traps shown: the tree's numbers are not the page's order; 2.2's P holds 2.3 too; page 3 has no MCID
    tp = tree_paras(elems, pages)
    tnums = [t[0] for t in tp if NUMBER.fullmatch(t[0])]
    on3 = [d["label"] for d in result if d["page"] == 3]
    if tnums == labels or b in tnums or any(lab in tnums for lab in on3) or not on3 or \
            any(c["mcid"] is not None for c in pages[2]) or streams[3]:
        raise AssertionError(f"{path.name}: the tree {tnums}")
    inv = {v: k for k, v in fl.p.items()}
    tree_order = [inv[kd[1]] for kd in doc.elems[sect]["kids"] if kd[0] == "e" and kd[1] in inv]
    if tree_order == labels:
        raise AssertionError(f"{path.name}: tree order {tree_order}")
    merged = next(e for e in elems if e["S"] == "P" and tree_paras([e], pages)[0][0] == a)
    if len(merged["refs"]) < 2:
        raise AssertionError(f"{path.name}: {a} and {b} not merged")
    return {
        "note": ("A RAPID REVIEW SAVED BY WORD 2013 AND TAGGED AFTERWARDS BY AN AUTOTAGGER (Creator 'Microsoft\u00ae "
                 "Word 2013', Producer 'Adobe Acrobat Pro (64-bit) 24.1.20643'), 3 A4 pages in one column, the text "
                 "drawn in the order it is read: the title, the partnership and the fiction label, three headings "
                 "(H2), paragraphs 1.1 to 3.3 with the number in bold hung at the margin. THE STRUCTURE TREE IS "
                 "WRONG AND PARTIAL, as an autotagger's bugs leave it: every line is its own marked-content sequence, "
                 "and (1) ON PAGE 1 EACH ELEMENT'S LINES AND THE ELEMENTS THEMSELVES ARE IN THE TREE IN THE ORDER OF "
                 "THEIR MCIDs READ AS TEXT (0, 1, 10, 11, ..., 19, 2, 20, ...), so the tree's P elements stand in "
                 f"the order {', '.join(tree_order)} and a paragraph's lines are out of order; (2) {a} AND {b} ARE "
                 "ONE P ELEMENT (the tree has no element for "
                 f"{b}, whose marked content is in {a}'s P); (3) PAGE 3 IS NOT TAGGED AT ALL: no marked content, no "
                 "element, no /StructParents, though MarkInfo says Marked true. THE PAGE AS SEEN IS THE ORDER TO "
                 f"TRUST: the key follows it, and holds {b} and page 3's paragraphs ({', '.join(on3)}) as the page "
                 "prints them. Each key holds the review's own numbered paragraphs only, each once, in reading order "
                 "as a reader sees the page; never the title, headings, running heads or folios. page = the PDF page "
                 "where the paragraph starts, 1-based."),
        "paragraphs": result,
    }


def build(out):
    return _harness.build_files(out, ParaMaker(), {"streamorder.pdf": make_streamorder,
                                                    "artifacts.pdf": make_artifacts,
                                                    "actualtext.pdf": make_actualtext, "notes.pdf": make_notes,
                                                    "badtree.pdf": make_badtree})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind77-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
