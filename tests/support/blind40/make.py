"""Blind fixture generator 40: five FICTIONAL review documents carrying what professional typesetting and
accessibility tooling put into a file: ligature glyphs given their text only by /ActualText in a tagged PDF, old-style
figures and small capitals from an expert set, Word's invisible break marks inside words, a typography plugin's
characters and spans, and paragraph numbers repeated for screen readers and for print.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs fontTools and reportlab's font folder (Bitstream Vera TrueType, embedded as Type 0 subsets and
drawn into a small CFF expert set), lxml, python-docx, pdfplumber and pypdfium2; the PDFs are written object by object
here; no system fonts, no network. Every generator checks its own key with pdfplumber/pypdfium2/lxml/python-docx,
never with the project's parser.

ligatures.pdf   a safeguarding adults review exported from Word as a TAGGED PDF (/MarkInfo /Marked true, /Lang, XMP
                pdfuaid, a structure tree Document > H1 / L > LI > Lbl + LBody with an MCID for every line, running
                head and footer as /Artifact) with OpenType LIGATURES on: Bitstream Vera embedded as Type 0 fonts,
                Identity-H, CIDFontType2 subsets that keep the glyph ids, whose ToUnicode maps are PARTIAL: every
                glyph used is mapped EXCEPT the fi and fl ligatures, whose text is given only by "/Span <<
                /ActualText <FEFF00660069> >> BDC <00C0> Tj EMC" around each (pdfplumber reads "Of(cid:192)cers
                (cid:192)rst (cid:193)agged", PDFium "Officers first flagged"); three paragraphs OPEN with
                sentences full of ligatures, two CLOSE with one; bold "2.3" numbers hanging, "4. Findings" headings
oldstyle.pdf    a domestic homicide review designed in InDesign with an EXPERT SET: body in an embedded Type 0 face
                (full ToUnicode), the PARAGRAPH NUMBERS ("2.3", hanging), section numbers and folios in OLD-STYLE
                FIGURES from a second font, an embedded Type1C "AskerwickExpert-Regular" with no ToUnicode whose
                /Differences name the glyphs /twooldstyle, /period, /threeoldstyle: pdfplumber and PDFium read the
                figures as PRIVATE USE AREA characters U+F730-U+F739 ("\uf732.\uf733"); a caps-and-small-caps
                running head whose small capitals (/Asmall ...) read as U+F761 ...; OPTICAL MARGIN ALIGNMENT: an
                opening quotation mark at a line's start HANGS left of the text's edge by its own width (two
                paragraphs open with a quotation, its mark between the number and the text)
optbreaks.docx  a child safeguarding practice review in Word (numbers from the paragraph styles, Heading 1 "%1.",
                "Numbered Para" "%1.%2") whose words carry INVISIBLE BREAK MARKS: Word's optional hyphens (a run
                holding <w:softHyphen/> between a word's halves), SOFT HYPHEN characters U+00AD and ZERO-WIDTH
                SPACES U+200B inside w:t text (pasted from a PDF and from a web page), NON-BREAKING HYPHENS
                (<w:noBreakHyphen/>, printed "-"); in every long word, in headings and the title page, among the
                first eight words of three paragraphs ("Multi-agency safe|guarding arrange|ments ...") and the last
                six of three
wptypo.html     a safeguarding adults board's WordPress post whose content went through the WP-TYPOGRAPHY plugin:
                typed numbers "<span class="numbers">12</span>. The ..." (1 to 14), SOFT HYPHEN characters in every
                word of nine letters or more, a ZERO-WIDTH SPACE after every hard hyphen and after a URL's slashes
                and dots, <span class="caps">NHS</span>, every paragraph DEWIDOWED (a NO-BREAK SPACE before its last
                word), hanging quotation marks (<span class="dquo">, and "<span class="push-double"></span>\u200b<span
                class="pull-double">\u201c</span>" inside paragraphs, negative margins in the plugin's inline CSS)
printonly.html  chapter 2 of a public inquiry's report on its BOOTSTRAP 5 site: each paragraph a <div class="row
                report-para"> whose three-level number ("2.3.1") is in the markup THREE TIMES: an aria-hidden margin
                link shown on screen (in a d-print-none column), a <span class="visually-hidden">Paragraph 2.3.1:
                </span> for screen readers and a PRINT-ONLY <span class="d-none d-print-inline">2.3.1&nbsp;</span>,
                so a <p>'s raw text begins "Paragraph 2.3.1: 2.3.1 ..."; <wbr> after URL slashes and compound
                hyphens ("anti-<wbr>social-<wbr>behaviour"), &shy; in words of twelve letters or more; <h2>s typed
                "2.3 The spring of 2022"

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as a reader sees it, once, without a trailing stop: "2.3" however its figures
  are encoded (old-style figures that extract as U+F732 are 2), "12" for "12.", "2.3.1" (not the screen reader's
  "Paragraph 2.3.1:" nor the print-only repeat);
- a paragraph's words are the words a reader sees: a ligature is its letters ("first", never "(cid:192)rst"), a word
  broken by an optional hyphen, a soft hyphen, a zero-width space or <wbr> is one word ("safeguarding"), a
  non-breaking hyphen is a hyphen ("multi-agency"), a no-break space is a space; visually hidden and print-only
  repeats of the number, and the plugin's empty spans, are no words of it; a quotation mark that hangs in the
  margin is the first character of its paragraph or line;
- title blocks, numbered headings, small-caps running heads, folios, artifacts, navigation, breadcrumbs, notices and
  footers are no paragraph's text;
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML: null.
"""
import io
import json
import os
import pathlib
import re
import sys
import tempfile
import zlib

if __package__ in (None, ""):
    import importlib.util

    def _load(name, *rel):
        spec = importlib.util.spec_from_file_location(name, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                         *rel))
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod

    _text = _load("blind40_text", "text.py")
    _b37 = _load("blind37_make", "..", "blind37", "make.py")
else:
    from ..blind37 import make as _b37
    from . import text as _text

ParaMaker, contains_seq, first_sentence, norm = _text.ParaMaker, _text.contains_seq, _text.first_sentence, _text.norm
_b36 = _b37._b36
# rounds 37 and 36's helpers (and through them rounds 34 to 27's): wrapping, the key's entries and checks, escaping,
# the row flow, reading pages back, the Word package and its runs, styles and numbering
wrap, entry, check_lengths, check_count, check_paged = _b37.wrap, _b37.entry, _b37.check_lengths, _b37.check_count, \
    _b37.check_paged
hesc, xesc, Flow, new_page, after_first = _b37.hesc, _b37.xesc, _b37.Flow, _b37.new_page, _b37.after_first
W_NS, XML_HEAD, WP_NS, BRK = _b37.W_NS, _b37.XML_HEAD, _b37.WP_NS, _b37.BRK
wp, docx_package, styles_xml = _b37.wp, _b37.docx_package, _b37.styles_xml
read_style_numbering = _b37.read_style_numbering

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A4 = (595.28, 841.89)


def font_path(name):
    import reportlab
    return os.path.join(os.path.dirname(reportlab.__file__), "fonts", name)


# --------------------------------------------------------------------------
# a small PDF writer: numbered objects, compressed streams, a classic xref, a fixed /ID
# --------------------------------------------------------------------------
class Pdf:
    def __init__(self):
        self.objs = []

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def put(self, num, data):
        self.objs[num - 1] = data if isinstance(data, bytes) else data.encode("latin-1")
        return num

    def add(self, data):
        return self.put(self.reserve(), data)

    def stream(self, raw, extra="", compress=True):
        if isinstance(raw, str):
            raw = raw.encode("latin-1")
        if compress:
            raw = zlib.compress(raw, 6)
            extra += " /Filter /FlateDecode"
        return self.add(f"<< /Length {len(raw)}{extra} >>\nstream\n".encode() + raw + b"\nendstream")

    def bytes(self, root, info, seed):
        import hashlib
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for k, o in enumerate(self.objs, 1):
            offs.append(len(out))
            out += f"{k} 0 obj\n".encode() + o + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
        fid = hashlib.md5(seed.encode()).hexdigest()
        out += (f"trailer\n<< /Size {len(self.objs) + 1} /Root {root} 0 R /Info {info} 0 R /ID [<{fid}> <{fid}>] "
                f">>\nstartxref\n{xref}\n%%EOF\n").encode()
        return bytes(out)


def utf16(s):
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def info_dict(pdf, meta):
    return pdf.add("<< " + " ".join(f"/{k} {utf16(v) if not v.startswith('D:') else '(' + v + ')'}"
                                    for k, v in meta.items()) + " >>")


LIGS = {"fi": "fi", "fl": "fl"}  # the ligatures Word sets, by their glyph names in Vera


class CidFont:
    """A TrueType face embedded as Word and InDesign embed one: a Type 0 font, Identity-H, a CIDFontType2 whose CIDs
    are the glyph ids of a subset that keeps them (so the codes are glyph ids), /W widths and a ToUnicode map that
    lists only the glyphs given to it (``unmapped`` glyphs are left out of it)."""

    def __init__(self, ttf, tag):
        from fontTools.ttLib import TTFont
        self.path, self.tag = font_path(ttf), tag
        self.tt = TTFont(self.path, recalcTimestamp=False)
        self.cmap = self.tt.getBestCmap()
        self.upm = self.tt["head"].unitsPerEm
        self.hmtx = self.tt["hmtx"]
        self.ps = self.tt["name"].getDebugName(6)
        self.used = {}  # gid: text

    def gid_of(self, ch):
        return self.tt.getGlyphID(self.cmap[ord(ch)])

    def glyphs(self, s, ligate=False):
        """[(gid, text)] for ``s``; with ``ligate``, "fi" and "fl" become the face's ligature glyphs."""
        out, k = [], 0
        while k < len(s):
            if ligate and s[k:k + 2] in LIGS:
                out.append((self.tt.getGlyphID(LIGS[s[k:k + 2]]), s[k:k + 2]))
                k += 2
            else:
                out.append((self.gid_of(s[k]), s[k]))
                k += 1
        return out

    def adv(self, gid):
        return self.hmtx[self.tt.getGlyphName(gid)][0] * 1000.0 / self.upm

    def width(self, s, size, ligate=False):
        return sum(self.adv(g) for g, _t in self.glyphs(s, ligate)) * size / 1000.0

    def hex(self, glyphs):
        for g, t in glyphs:
            self.used[g] = t
        return "<" + "".join(f"{g:04X}" for g, _t in glyphs) + ">"

    def embed(self, pdf, unmapped=()):
        from fontTools import subset
        opts = subset.Options()
        opts.retain_gids = True
        opts.name_IDs = ["*"]
        opts.notdef_outline = True
        opts.recalc_timestamp = False
        opts.drop_tables += ["FFTM"]
        from fontTools.ttLib import TTFont
        f = TTFont(self.path, recalcTimestamp=False)
        sub = subset.Subsetter(opts)
        sub.populate(gids=sorted(self.used))
        sub.subset(f)
        buf = io.BytesIO()
        f.save(buf)
        data = buf.getvalue()
        ff = pdf.stream(data, f" /Length1 {len(data)}")
        name = f"{self.tag}+{self.ps}"
        head, hhea = self.tt["head"], self.tt["hhea"]
        k = 1000.0 / self.upm
        fd = pdf.add(f"<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [{head.xMin * k:.0f} "
                     f"{head.yMin * k:.0f} {head.xMax * k:.0f} {head.yMax * k:.0f}] /ItalicAngle 0 /Ascent "
                     f"{hhea.ascent * k:.0f} /Descent {hhea.descent * k:.0f} /CapHeight 729 /StemV 80 "
                     f"/FontFile2 {ff} 0 R >>")
        w = " ".join(f"{g} [{self.adv(g):.0f}]" for g in sorted(self.used))
        cid = pdf.add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) "
                      f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {fd} 0 R /DW 1000 /W [{w}] "
                      "/CIDToGIDMap /Identity >>")
        mapped = [(g, t) for g, t in sorted(self.used.items()) if g not in unmapped]
        lines = []
        for k0 in range(0, len(mapped), 100):
            chunk = mapped[k0:k0 + 100]
            lines.append(f"{len(chunk)} beginbfchar")
            lines += [f"<{g:04X}> <{t.encode('utf-16-be').hex().upper()}>" for g, t in chunk]
            lines.append("endbfchar")
        cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
                "/Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + "\n".join(lines)
                + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
        tu = pdf.stream(cmap)
        return pdf.add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts "
                       f"[{cid} 0 R] /ToUnicode {tu} 0 R >>")


class Page:
    """A page's content stream being written, with its marked-content ids."""

    def __init__(self, no):
        self.no, self.ops, self.mcid = no, [], 0

    def mc(self, tag):
        k = self.mcid
        self.mcid += 1
        return k


# --------------------------------------------------------------------------
# 1. ligatures.pdf: a tagged Word export whose fi and fl ligature glyphs are missing from the ToUnicode maps and are
#    given their text by /ActualText spans
# --------------------------------------------------------------------------
# items: n_words, or ("OPEN", k, n) a paragraph opening with LG_OPEN[k], ("CLOSE", k, n) one closing with LG_CLOSE[k]
LG_PLAN = [
    ("Introduction", [("OPEN", 0, 85), 90, 80]),
    ("The review process", [95, ("CLOSE", 0, 100), 90]),
    ("What happened", [110, ("OPEN", 1, 105), 115, 100]),
    ("Findings", [("OPEN", 2, 105), 110, 95]),
    ("Conclusions and recommendations", [90, ("CLOSE", 1, 85)]),
]
LG_TITLE = "Safeguarding Adults Review: Mr Alban Cray"
LG_HEAD = "SAR Mr Alban Cray \u2013 overview report \u2013 FINAL (FICTIONAL)"


class Tagged:
    """A tagged PDF's structure: elements (type, parent, kids), kids being elements or marked content on a page."""

    def __init__(self):
        self.elems = [("Document", None, [])]

    def elem(self, typ, parent):
        self.elems.append((typ, parent, []))
        self.elems[parent][2].append(("E", len(self.elems) - 1))
        return len(self.elems) - 1

    def mcr(self, e, page, mcid):
        self.elems[e][2].append(("M", page, mcid))

    def write(self, pdf, page_refs, lang="en-GB"):
        root = pdf.reserve()
        nums = [pdf.reserve() for _ in self.elems]
        parents = {}
        for k, (typ, parent, kids) in enumerate(self.elems):
            ks = []
            for kid in kids:
                if kid[0] == "E":
                    ks.append(f"{nums[kid[1]]} 0 R")
                else:
                    ks.append(f"<< /Type /MCR /Pg {page_refs[kid[1] - 1]} 0 R /MCID {kid[2]} >>")
                    parents.setdefault(kid[1], {})[kid[2]] = nums[k]
            p = f"{root} 0 R" if parent is None else f"{nums[parent]} 0 R"
            pdf.put(nums[k], f"<< /Type /StructElem /S /{typ} /P {p} /K [{' '.join(ks)}] >>")
        pt = " ".join(f"{pg - 1} [{' '.join(f'{v} 0 R' for _m, v in sorted(parents[pg].items()))}]"
                      for pg in sorted(parents))
        tree = pdf.add(f"<< /Nums [{pt}] >>")
        pdf.put(root, f"<< /Type /StructTreeRoot /K [{nums[0]} 0 R] /ParentTree {tree} 0 R "
                      f"/ParentTreeNextKey {len(page_refs)} >>")
        return root


def lig_line(f, name, size, x, y, s, ligate=True):
    """One line of text as BT ... ET, each ligature glyph in a /Span with its /ActualText."""
    parts, run = [], []
    for g, t in f.glyphs(s, ligate):
        if len(t) > 1:
            if run:
                parts.append(f"{f.hex(run)} Tj")
                run = []
            parts.append(f"/Span << /ActualText {utf16(t)} >> BDC {f.hex([(g, t)])} Tj EMC")
        else:
            run.append((g, t))
    if run:
        parts.append(f"{f.hex(run)} Tj")
    return f"BT /{name} {size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm " + " ".join(parts) + " ET"


def lig_wrap(words, width, f, size):
    return wrap(words, width, lambda s: f.width(s, size, True))


def make_ligatures(out, pm):
    path = out / "ligatures.pdf"
    FS, LEAD, GAP = 10.5, 15.0, 7.5
    NX, TX, R = 72.0, 108.0, 523.0
    TOP, BOTTOM = 770.0, 76.0
    body, bold = CidFont("Vera.ttf", "JKLMNP"), CidFont("VeraBd.ttf", "QRSTVW")
    tags = Tagged()
    fl = Flow(TOP, BOTTOM, first_top=660.0)
    result, texts, opens, closes = [], [], [], []
    for s_no, (title, items) in enumerate(LG_PLAN, 1):
        def head(pg, y, s_no=s_no, title=title):
            e = tags.elem("H1", 0)
            k = pg.mc("H1")
            tags.mcr(e, pg.no, k)
            pg.ops.append(f"/H1 << /MCID {k} >> BDC " + lig_line(bold, "F2", 13, NX, y, f"{s_no}.")
                          + " " + lig_line(bold, "F2", 13, TX, y, title) + " EMC")
        rows = [(18.0, 20.0, head, None)]
        lst = None
        for p_no, it in enumerate(items, 1):
            label = f"{s_no}.{p_no}"
            if isinstance(it, tuple):
                kind, k, n_words = it
                extra = (_text.LG_OPEN if kind == "OPEN" else _text.LG_CLOSE)[k]
                t = pm.make(n_words - len(extra.split()), "adult")
                t = extra + " " + t if kind == "OPEN" else t + " " + extra
                (opens if kind == "OPEN" else closes).append(label)
            else:
                t = pm.make(it, "adult")
            state = {}

            def draw(pg, y, ln, first, label=label, state=state):
                nonlocal lst
                if first:
                    if lst is None:
                        lst = tags.elem("L", 0)
                    li = tags.elem("LI", lst)
                    lb = tags.elem("Lbl", li)
                    state["body"] = tags.elem("LBody", li)
                    k = pg.mc("Lbl")
                    tags.mcr(lb, pg.no, k)
                    pg.ops.append(f"/Lbl << /MCID {k} >> BDC " + lig_line(bold, "F2", FS, NX, y, label) + " EMC")
                k = pg.mc("LBody")
                tags.mcr(state["body"], pg.no, k)
                pg.ops.append(f"/LBody << /MCID {k} >> BDC " + lig_line(body, "F1", FS, TX, y, " ".join(ln))
                              + " EMC")
            lines = lig_wrap(t.split(" "), R - TX, body, FS)
            prow = [(GAP if li == 0 else 0.0, LEAD,
                     (lambda pg, y, ln=ln, first=li == 0, d=draw: d(pg, y, ln, first)), None)
                    for li, ln in enumerate(lines)]
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            texts.append(t)
            result.append(entry(label, placed[0][0], t))
    n_pages = len(fl.pages)
    pdf = Pdf()
    pages_obj = pdf.reserve()
    page_nums = [pdf.reserve() for _ in range(n_pages)]
    streams = []
    for i, prow in enumerate(fl.pages, 1):
        pg = Page(i)
        if i == 1:
            for s, size, y in ((LG_TITLE, 20, 760), ("Overview report for the Hollinsmere Safeguarding Adults Board "
                                                     "(FICTIONAL)", 12, 734)):
                e = tags.elem("Title" if size == 20 else "P", 0)
                k = pg.mc("P")
                tags.mcr(e, 1, k)
                pg.ops.append(f"/P << /MCID {k} >> BDC " + lig_line(bold if size == 20 else body,
                                                                    "F2" if size == 20 else "F1", size, NX, y, s)
                              + " EMC")
            for s, y in ((FICT + ". " + INVENTED, 712), ("Independent reviewer: Delphine Okwuosa-Marsh. Final "
                                                         "report, 18 March 2025.", 698)):
                e = tags.elem("P", 0)
                k = pg.mc("P")
                tags.mcr(e, 1, k)
                pg.ops.append(f"/P << /MCID {k} >> BDC " + lig_line(body, "F1", 9, NX, y, s) + " EMC")
        else:
            pg.ops.append("/Artifact << /Type /Pagination /Subtype /Header >> BDC 0.35 g "
                          + lig_line(body, "F1", 8.5, NX, 806, LG_HEAD) + " 0 g EMC")
        s = f"Page {i} of {n_pages}"
        pg.ops.append("/Artifact << /Type /Pagination /Subtype /Footer >> BDC "
                      + lig_line(body, "F1", 9, (A4[0] - body.width(s, 9)) / 2, 44, s) + " EMC")
        for draw, y, _tag in prow:
            draw(pg, y)
        streams.append(pg)
    lig_gids = {g for f in (body, bold) for g, t in f.used.items() if len(t) > 1}
    f1 = body.embed(pdf, unmapped=lig_gids)
    f2 = bold.embed(pdf, unmapped=lig_gids)
    for i, pg in enumerate(streams, 1):
        cs = pdf.stream("\n".join(pg.ops) + "\n")
        pdf.put(page_nums[i - 1], f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 595.32 841.92] "
                                  f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> /ProcSet [/PDF /Text] >> "
                                  f"/Contents {cs} 0 R /StructParents {i - 1} /Tabs /S /Group << /Type /Group /S "
                                  "/Transparency /CS /DeviceRGB >> >>")
    pdf.put(pages_obj, f"<< /Type /Pages /Count {n_pages} /Kids [{' '.join(f'{n} 0 R' for n in page_nums)}] >>")
    st = tags.write(pdf, page_nums)
    meta = pdf.add(f"<< /Type /Metadata /Subtype /XML /Length {len(LG_XMP)} >>\nstream\n".encode()
                   + LG_XMP.encode() + b"\nendstream")
    root = pdf.add(f"<< /Type /Catalog /Pages {pages_obj} 0 R /Lang (en-GB) /StructTreeRoot {st} 0 R /MarkInfo "
                   f"<< /Marked true >> /Metadata {meta} 0 R /ViewerPreferences << /DisplayDocTitle true >> >>")
    info = info_dict(pdf, {"Title": "SAR Mr Alban Cray - overview report (FICTIONAL)",
                           "Author": "Hollinsmere Safeguarding Adults Board", "Subject": FICT,
                           "Creator": "Microsoft\u00ae Word for Microsoft 365",
                           "Producer": "Microsoft\u00ae Word for Microsoft 365",
                           "CreationDate": "D:20250318101500+00'00'", "ModDate": "D:20250318101500+00'00'"})
    path.write_bytes(pdf.bytes(root, info, "ligatures.pdf blind40"))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: pdfplumber (no ActualText) reads each ligature as "(cid:N)"; put the span's text in its place and
    # the pages read as the key says; PDFium, which honours /ActualText, reads "fi" and "fl" straight away
    import pdfplumber
    from pdfplumber.utils import extract_text
    lig_text = {g: t for f in (body, bold) for g, t in f.used.items() if len(t) > 1}
    raw, fixed = [], []
    with pdfplumber.open(path) as pl:
        for p in pl.pages:
            chars = [c for c in p.chars if abs(c["size"] - FS) < 0.01 and BOTTOM - 6 <= c["y0"] <= TOP]
            s = extract_text(chars, x_tolerance=3) or ""
            raw.append(s)
            fixed.append(norm(re.sub(r"\(cid:(\d+)\)", lambda m: lig_text[int(m.group(1))], s)))
    check_paged(path.name, fixed, result, texts, crossing_range=(1, 5))
    n_cid = sum(s.count("(cid:") for s in raw)
    if n_cid < 40 or any("\ufb01" in s or "\ufb02" in s for s in raw):
        raise AssertionError(f"ligatures.pdf: {n_cid} unmapped ligatures")
    for lb in opens:
        d = next(x for x in result if x["label"] == lb)
        if contains_seq(norm(raw[d["page"] - 1]), norm(d["starts_with"])):
            raise AssertionError(f"ligatures.pdf: {lb} reads cleanly without ActualText")
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    seen = [norm(doc[i].get_textpage().get_text_range()) for i in range(len(doc))]
    for d in result:
        if not contains_seq(seen[d["page"] - 1], norm(d["starts_with"])):
            raise AssertionError(f"ligatures.pdf: PDFium's text of {d['label']}")
    doc.close()
    return {
        "note": ("A safeguarding adults review exported from Word as a TAGGED PDF (PDF/UA-style: /MarkInfo /Marked "
                 "true, /Lang, a structure tree Document > H1 / L > LI > Lbl + LBody, every line marked content with "
                 "an MCID, running head and 'Page N of M' footer as /Artifact) with OpenType LIGATURES switched on. "
                 "The faces (Bitstream Vera Sans and Bold) are embedded as Type 0 fonts, Identity-H, CIDFontType2 "
                 "subsets that keep the glyph ids, so every character code is a glyph id; each font's ToUnicode map "
                 "is PARTIAL: it maps every glyph used EXCEPT the fi and fl ligature glyphs, whose text is given "
                 "only by a marked-content span around each of them, '/Span << /ActualText <FEFF00660069> >> BDC "
                 "<00C0> Tj EMC'. A reader without ActualText support reads 'signi(cid:192)cant' or 'signicant'; "
                 "the key has the words as printed ('first', 'flat', 'conflict'). Paragraphs "
                 + ", ".join(opens) + " OPEN with sentences full of ligatures ('Officers first flagged the conflict "
                 "in the flat ...'), " + " and ".join(closes) + " CLOSE with one; ligatures also in headings "
                 "('4. Findings', bold). Bold two-level numbers '2.3' hang at the margin (Lbl), bold numbered "
                 "headings '3. What happened' (H1, no paragraphs), a title block on page 1. Some paragraphs run "
                 "over a page break. Pages are physical, 1-based."),
        "paragraphs": result,
    }


LG_XMP = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
          'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
          'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
          '<pdfuaid:part>1</pdfuaid:part><dc:title><rdf:Alt><rdf:li xml:lang="x-default">SAR Mr Alban Cray - '
          'overview report (FICTIONAL)</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>'
          '<?xpacket end="w"?>').encode("utf-8").decode("latin-1")



# --------------------------------------------------------------------------
# 2. oldstyle.pdf: a designed report whose paragraph numbers and folios are old-style figures from an "expert set"
#    font (glyph names that map into the Private Use Area), a small-caps running head from the same font, and
#    opening quotation marks hung into the margin (optical margin alignment)
# --------------------------------------------------------------------------
OS_PLAN = [
    ("Introduction", [85, 90, 80]),
    ("Mrs Okafor-Lyle and her family", [("QOPEN", 0, 95), 100, ("QMID", 1, 105)]),
    ("What happened", [110, ("QOPEN", 2, 100), 115, 105]),
    ("Analysis", [105, 110, 95]),
    ("Recommendations", [85, 80]),
]
OS_TITLE = ["Domestic Homicide Review", "Overview report into the death of Mrs Ines Okafor-Lyle"]
OS_HEAD = "Domestic Homicide Review \u2013 Askerwick"
EXPERT = "AskerwickExpert-Regular"  # the expert set's PostScript name (FICTIONAL); its glyphs drawn from Vera
OSF = ["zerooldstyle", "oneoldstyle", "twooldstyle", "threeoldstyle", "fouroldstyle", "fiveoldstyle",
       "sixoldstyle", "sevenoldstyle", "eightoldstyle", "nineoldstyle"]


def expert_font():
    """An expert set as a bare CFF (Type1C) font: old-style figures and small capitals under the Adobe Expert
    glyph names, period and space; drawn from Vera's outlines (figures smaller, 3 4 5 7 9 dropped below the baseline;
    capitals at 76 per cent for the small capitals). Returns the CFF bytes and each glyph's width in 1/1000 em."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen
    from fontTools.pens.transformPen import TransformPen
    from fontTools.ttLib import TTFont
    vera = TTFont(font_path("Vera.ttf"), recalcTimestamp=False)
    gs, cmap, k = vera.getGlyphSet(), vera.getBestCmap(), 1000.0 / 2048
    plan = [(".notdef", None, 1.0, 0), ("space", " ", 1.0, 0), ("period", ".", 1.0, 0)]
    plan += [(OSF[d], str(d), 0.8, -150 if d in (3, 4, 5, 7, 9) else 0) for d in range(10)]
    plan += [(ch + "small", ch, 0.76, 0) for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    order, strings, widths = [], {}, {}
    for name, ch, f, dy in plan:
        src = vera.getGlyphName(0) if ch is None else cmap[ord(ch)]
        w = round(gs[src].width * k * (f if f != 1.0 else 1.0) + (30 if name.endswith("small") else 0))
        pen = T2CharStringPen(w, None)
        gs[src].draw(TransformPen(pen, (k * f, 0, 0, k * f, 15 if name.endswith("small") else 0, dy)))
        order.append(name)
        strings[name] = pen.getCharString()
        widths[name] = w
    fb = FontBuilder(1000, isTTF=False)
    fb.setupGlyphOrder(order)
    fb.setupCharacterMap({})
    fb.setupCFF(EXPERT, {"FullName": "Askerwick Expert Regular (FICTIONAL)"}, strings, {})
    fb.setupHorizontalMetrics({n: (widths[n], 0) for n in order})
    fb.setupHorizontalHeader(ascent=760, descent=-240)
    fb.setupNameTable({"familyName": "Askerwick Expert", "styleName": "Regular"})
    fb.setupOS2()
    fb.setupPost()
    buf = io.BytesIO()
    fb.save(buf)
    buf.seek(0)
    return TTFont(buf).reader["CFF "], widths


def expert_codes(s):
    """The expert set's character codes for ``s``: digits (old style), '.', ' ' and lower-case letters (small
    capitals) keep their ASCII codes, as in Adobe's expert encoding."""
    if not re.fullmatch(r"[0-9. a-z]*", s):
        raise AssertionError(f"oldstyle.pdf: {s!r} is not in the expert set")
    return s


def make_oldstyle(out, pm):
    path = out / "oldstyle.pdf"
    FS, LEAD, GAP, NS = 10.5, 15.2, 8.0, 10.5
    NX, TX, R = 70.0, 106.0, 520.0
    TOP, BOTTOM = 768.0, 78.0
    body, bold = CidFont("Vera.ttf", "BCDFGH"), CidFont("VeraBd.ttf", "KLMNPQ")
    cff, ew = expert_font()
    codes = {" ": "space", ".": "period", **{str(d): OSF[d] for d in range(10)},
             **{ch: ch.upper() + "small" for ch in "abcdefghijklmnopqrstuvwxyz"}}

    def ewidth(s, size):
        return sum(ew[codes[ch]] for ch in expert_codes(s)) * size / 1000.0

    def elit(s):
        return "(" + expert_codes(s) + ")"

    def text(f, name, size, x, y, s):
        return f"BT /{name} {size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm {f.hex(f.glyphs(s))} Tj ET"

    def smallcaps(size, x, y, s):
        """Capitals from the text face, lower case as the expert set's small capitals, in one BT ... ET."""
        ops = [f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm"]
        for run in re.findall(r"[A-Z\u2013 ]+|[a-z ]+", s):
            if re.fullmatch(r"[a-z ]+", run):
                ops.append(f"/F3 {size * 1.08:g} Tf {elit(run)} Tj")
            else:
                ops.append(f"/F1 {size:g} Tf {body.hex(body.glyphs(run))} Tj")
        return " ".join(ops) + " ET"

    fl = Flow(TOP, BOTTOM, first_top=640.0)
    result, texts, qopen, qmid, hung = [], [], [], [], []
    for s_no, (title, items) in enumerate(OS_PLAN, 1):
        def head(ops, y, s_no=s_no, title=title):
            ops.append(f"BT /F3 13 Tf 1 0 0 1 {NX:.2f} {y:.2f} Tm {elit(str(s_no))} Tj ET")
            ops.append(text(bold, "F2", 12.5, TX, y, title))
        rows = [(18.0, 20.0, head, None)]
        for p_no, it in enumerate(items, 1):
            label = f"{s_no}.{p_no}"
            if isinstance(it, tuple):
                kind, k, n_words = it
                q = _text.OS_QUOTES[k]
                t = pm.make(n_words - len(q.split()), "dhr")
                t = q + " " + t if kind == "QOPEN" else after_first(t, q)
                (qopen if kind == "QOPEN" else qmid).append(label)
            else:
                t = pm.make(it, "dhr")
            lines = wrap(t.split(" "), R - TX, lambda s: body.width(s, FS))
            prow = []
            for li, ln in enumerate(lines):
                s = " ".join(ln)
                # optical margin alignment: an opening quotation mark at a line's start hangs into the margin
                x = TX - body.width(s[0], FS) if s[0] in "\u201c\u2018" else TX
                if x < TX:
                    hung.append((label, li))

                def draw(ops, y, s=s, x=x, num=label if li == 0 else None):
                    if num:
                        ops.append(f"BT /F3 {NS:g} Tf 1 0 0 1 {NX:.2f} {y:.2f} Tm {elit(num)} Tj ET")
                    ops.append(text(body, "F1", FS, x, y, s))
                prow.append((GAP if li == 0 else 0.0, LEAD, draw, None))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            texts.append(t)
            result.append(entry(label, placed[0][0], t))
    n_pages = len(fl.pages)
    pdf = Pdf()
    pages_obj = pdf.reserve()
    page_nums = [pdf.reserve() for _ in range(n_pages)]
    contents = []
    for i, prow in enumerate(fl.pages, 1):
        ops = []
        if i == 1:
            ops.append(text(bold, "F2", 22, NX, 740, OS_TITLE[0]))
            ops.append(text(body, "F1", 13, NX, 714, OS_TITLE[1]))
            ops.append(text(body, "F1", 9, NX, 690, "Askerwick Community Safety Partnership (FICTIONAL). " + FICT
                            + "."))
            ops.append(text(body, "F1", 9, NX, 677, INVENTED + " Independent chair: Tobias Wendt-Harrow."))
        else:
            ops.append("0.4 g " + smallcaps(8.5, NX, 804, OS_HEAD) + " 0 g")
        folio = str(i)
        ops.append(f"BT /F3 10 Tf 1 0 0 1 {(A4[0] - ewidth(folio, 10)) / 2:.2f} 46 Tm {elit(folio)} Tj ET")
        for draw, y, _tag in prow:
            draw(ops, y)
        contents.append(ops)
    f1, f2 = body.embed(pdf), bold.embed(pdf)
    ff = pdf.stream(cff, " /Subtype /Type1C")
    fd = pdf.add(f"<< /Type /FontDescriptor /FontName /{EXPERT} /Flags 4 /FontBBox [-60 -300 1100 900] "
                 f"/ItalicAngle 0 /Ascent 760 /Descent -240 /CapHeight 700 /StemV 80 /FontFile3 {ff} 0 R >>")
    diffs = "32 /space 46 /period 48 " + " ".join("/" + n for n in OSF) + " 97 " + " ".join(
        f"/{ch}small" for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    widths = [ew.get(codes.get(chr(c), ""), 0) for c in range(32, 123)]
    f3 = pdf.add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{EXPERT} /FirstChar 32 /LastChar 122 /Widths "
                 f"[{' '.join(map(str, widths))}] /Encoding << /Type /Encoding /Differences [{diffs}] >> "
                 f"/FontDescriptor {fd} 0 R >>")
    for i, ops in enumerate(contents, 1):
        cs = pdf.stream("\n".join(ops) + "\n")
        pdf.put(page_nums[i - 1], f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 595.276 841.89] "
                                  f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R /F3 {f3} 0 R >> /ProcSet [/PDF "
                                  f"/Text] >> /Contents {cs} 0 R >>")
    pdf.put(pages_obj, f"<< /Type /Pages /Count {n_pages} /Kids [{' '.join(f'{n} 0 R' for n in page_nums)}] >>")
    root = pdf.add(f"<< /Type /Catalog /Pages {pages_obj} 0 R >>")
    info = info_dict(pdf, {"Title": "DHR Mrs Ines Okafor-Lyle - overview report (FICTIONAL)",
                           "Author": "Askerwick Community Safety Partnership", "Subject": FICT,
                           "Creator": "Adobe InDesign 18.5 (Windows)", "Producer": "Adobe PDF Library 17.0",
                           "CreationDate": "D:20250609141200+01'00'", "ModDate": "D:20250609141300+01'00'"})
    path.write_bytes(pdf.bytes(root, info, "oldstyle.pdf blind40"))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: the numbers come out of the expert set as Private Use Area characters (U+F730 to U+F739 for the
    # figures, U+F761 ... for the small capitals); the text face reads as printed; an opening quotation mark that
    # hangs stands left of the text's edge
    import pdfplumber
    from pdfplumber.utils import extract_text
    pua = str.maketrans({0xF730 + d: str(d) for d in range(10)})
    pw, nums, heads = [], [], []
    with pdfplumber.open(path) as pl:
        for p in pl.pages:
            keep = [c for c in p.chars if BOTTOM - 6 <= c["y0"] <= TOP]
            txt = extract_text([c for c in keep if c["fontname"].endswith("Expert-Regular")
                                or abs(c["size"] - FS) < 0.01], x_tolerance=3) or ""
            pw.append(norm(txt.translate(pua)))
            for ln in p.extract_text_lines():
                if ln["chars"][0]["fontname"].endswith(EXPERT) and abs(ln["chars"][0]["size"] - NS) < 0.01:
                    nums.append(ln["text"].split()[0])
            if p.page_number > 1:
                heads.append(p.extract_text_lines()[0]["text"])
            quotes = [c for c in p.chars if c["text"] in "\u201c\u2018" and c["x0"] < TX - 1]
            if any(abs(c["x0"] - (TX - c["width"])) > 0.05 for c in quotes):
                raise AssertionError("oldstyle.pdf: a hanging quotation mark")
    check_paged(path.name, pw, result, texts, crossing_range=(1, 5))
    want = ["".join(chr(0xF730 + int(ch)) if ch.isdigit() else ch for ch in d["label"]) for d in result]
    if nums != want:
        raise AssertionError(f"oldstyle.pdf: the numbers read {nums[:3]}")
    if not heads or not all("\uf76f\uf76d\uf765\uf773\uf774\uf769\uf763" in h for h in heads):
        raise AssertionError(f"oldstyle.pdf: the small capitals {heads[:1]}")
    if not all(any(h == (lb, 0) for h in hung) for lb in qopen):
        raise AssertionError(f"oldstyle.pdf: hanging quotation marks {hung}")
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    got = doc[0].get_textpage().get_text_range()
    doc.close()
    if "\uf731.\uf731" not in got:
        raise AssertionError("oldstyle.pdf: PDFium's numbers")
    return {
        "note": ("A domestic homicide review DESIGNED IN INDESIGN with an old-fashioned EXPERT SET: the body in an "
                 "embedded Type 0 face (Bitstream Vera Sans, Identity-H, full ToUnicode), bold headings, and the "
                 "PARAGRAPH NUMBERS ('2.3', 10.5 pt, hanging at the margin), the section numbers and the folios set "
                 f"in OLD-STYLE FIGURES from a second font, '{EXPERT}' (an embedded Type1C font with no ToUnicode "
                 "map whose /Differences give the Adobe Expert glyph names /oneoldstyle, /twooldstyle ... and "
                 "/period): a text extractor that follows the Adobe Glyph List reads each figure as a PRIVATE USE "
                 "AREA character, U+F730 to U+F739 ('\\uf732.\\uf733' for 2.3), and so does PDFium. The running "
                 "head from page 2 is in caps and small caps, the small capitals from the same expert set "
                 "(/Asmall ... read as U+F761 ...). OPTICAL MARGIN ALIGNMENT is on: an opening quotation mark at "
                 "the start of a line HANGS into the gutter, left of the text's edge by its own width; paragraphs "
                 + ", ".join(qopen) + " OPEN with a quotation (its mark hangs between the number and the text), "
                 + ", ".join(qmid) + " has one after its first sentence. The key's labels are the numbers as "
                 "printed ('2.3'); the words are the text face's. Title block, headings, running heads and folios "
                 "are no paragraph's text. Some paragraphs run over a page break. Pages are physical, 1-based."),
        "paragraphs": result,
    }



# --------------------------------------------------------------------------
# 3. optbreaks.docx: Word text full of invisible break marks: optional hyphens, soft hyphen characters, zero-width
#    spaces and non-breaking hyphens inside words
# --------------------------------------------------------------------------
OB_PLAN = [
    ("Introduction", [("OPEN", 0, 75), 80, 70]),
    ("Child M and his family", [85, ("CLOSE", 0, 80), ("OPEN", 1, 85)]),
    ("What happened", [90, 85, ("CLOSE", 1, 90), 80]),
    ("What the review found", [("OPEN", 2, 85), 80, 90]),
    ("Recommendations", [75, ("CLOSE", 2, 70)]),
]
OB_TITLE = "Child Safeguarding Practice Review: Child M"
OB_MARKS = {"|": '</w:t></w:r><w:r><w:softHyphen/></w:r><w:r><w:t xml:space="preserve">',
            "=": '</w:t></w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:t xml:space="preserve">',
            "~": "\u00ad", "^": "\u200b"}


def ob_marked(t, n):
    """``t`` with break marks put into its words: alternately an optional hyphen and a soft hyphen character in the
    middle of every word of eleven letters or more, a zero-width space in every third of them, and a non-breaking
    hyphen for the hyphen of every compound."""
    out, k = [], n
    for w in t.split(" "):
        w = re.sub(r"(?<=[a-z])-(?=[a-z])", "=", w)  # Word's non-breaking hyphen in compounds
        if re.fullmatch(r"[A-Za-z]{11,}[.,;:]?", w) and not re.search(r"[|~^=]", w):
            h = len(w.rstrip(".,;:")) // 2
            k += 1
            w = w[:h] + ("^" if k % 3 == 0 else "|~"[k % 2]) + w[h:]
        out.append(w)
    return " ".join(out)


def ob_seen(t):
    return re.sub(r"[|~^]", "", t).replace("=", "-")


def ob_runs(t):
    return ('<w:r><w:t xml:space="preserve">' + "".join(OB_MARKS.get(ch, xesc(ch)) for ch in t) + "</w:t></w:r>"
            ).replace('<w:r><w:t xml:space="preserve"></w:t></w:r>', "")


def make_optbreaks(out, pm):
    path = out / "optbreaks.docx"
    body = [wp(f'<w:r><w:t xml:space="preserve">{xesc(OB_TITLE)}</w:t></w:r>', "Title"),
            wp(ob_runs("Penderrow Safe|guarding Children Partner|ship (FICTIONAL) \u2013 published 2 April 2025")),
            wp(f'<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{xesc(FICT + ". " + INVENTED)}</w:t></w:r>')]
    result, marked, seen, page, words, kinds = [], [], [], 1, {1: 30}, {}
    for s_no, (title, items) in enumerate(OB_PLAN, 1):
        if s_no > 1:
            body.append(BRK)
            page += 1
            words[page] = 0
        body.append(wp(ob_runs(ob_marked(title, s_no)), "Heading1"))
        for p_no, it in enumerate(items, 1):
            label = f"{s_no}.{p_no}"
            if isinstance(it, tuple):
                kind, k, n_words = it
                extra = (_text.OB_OPEN if kind == "OPEN" else _text.OB_CLOSE)[k]
                t = ob_marked(pm.make(n_words - len(extra.split()), "child"), len(result))
                t = extra + " " + t if kind == "OPEN" else t + " " + extra
                kinds.setdefault(kind, []).append(label)
            else:
                t = ob_marked(pm.make(it, "child"), len(result))
            body.append(wp(ob_runs(t), "NumberedPara"))
            marked.append(t)
            seen.append(ob_seen(t))
            result.append(entry(label, page, ob_seen(t)))
            words[page] += len(t.split())
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            'r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>')
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    docx_package(path, doc, _b37.AM_STYLES, _b37.AM_NUMBERING, "CSPR Child M \u2013 Penderrow (FICTIONAL)",
                 "CSPR Child M (FICTIONAL)", "Penderrow Safeguarding Children Partnership (FICTIONAL)", page,
                 sum(len(t.split()) for t in seen), (2025, 4, 2, 9, 30, 0))
    check_lengths(path.name, seen)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"optbreaks.docx: words per page {words}")
    # read back: Word's numbering gives the labels; the w:t text holds the soft hyphen and zero-width space
    # characters (the optional and non-breaking hyphens are elements of their own); taking those out gives the key
    got = read_style_numbering(path)
    want = [[d["label"], d["page"], re.sub(r"[|=]", "", t).replace("~", "\u00ad").replace("^", "\u200b")]
            for d, t in zip(result, marked, strict=True)]
    if got != want:
        raise AssertionError(f"optbreaks.docx: read back {[(g[0], g[1]) for g in got]}")
    import docx
    d = docx.Document(str(path))
    paras = [p.text for p in d.paragraphs if p.style.name == "Numbered Para"]
    if [re.sub("[\u00ad\u200b]", "", x) for x in paras] != [t.replace("|", "").replace("~", "").replace("^", "")
                                                             .replace("=", "-") for t in marked]:
        raise AssertionError("optbreaks.docx: python-docx's paragraphs")
    counts = {m: sum(t.count(m) for t in marked) for m in "|~^="}
    if min(counts[m] for m in "|~^") < 3 or counts["="] < 2:
        raise AssertionError(f"optbreaks.docx: marks {counts}")
    for lb in kinds["OPEN"] + kinds["CLOSE"]:
        x = next(r for r in result if r["label"] == lb)
        t = marked[result.index(x)]
        if norm(ob_seen(t)) == norm(re.sub(r"[|~^=]", " ", t)):
            raise AssertionError(f"optbreaks.docx: {lb} has no marks in its words")
    return {
        "note": ("A child safeguarding practice review written in Word (numbers from the paragraph styles: Heading 1 "
                 "'%1.', custom 'Numbered Para' '%1.%2') whose text is full of INVISIBLE BREAK MARKS INSIDE WORDS: "
                 f"{counts['|']} of Word's OPTIONAL HYPHENS (Ctrl+hyphen, a run holding <w:softHyphen/> between the "
                 f"two halves of a word, 'safe|guarding'), {counts['~']} SOFT HYPHEN CHARACTERS U+00AD inside w:t "
                 "text (pasted from the PDF of an earlier report), "
                 f"{counts['^']} ZERO-WIDTH SPACES U+200B inside words (pasted from the partnership's web page) and "
                 f"{counts['=']} NON-BREAKING HYPHENS (<w:noBreakHyphen/>, printed as a hyphen: 'multi-agency'); the "
                 "long words of every paragraph carry one, and so do the headings and the title page. Paragraphs "
                 + ", ".join(kinds["OPEN"]) + " have them among their first eight words ('Multi-agency "
                 "safeguarding arrangements in Penderrow ...', 'Inter\u00adprofessional ...'), "
                 + ", ".join(kinds["CLOSE"]) + " among their last six. The key has the words a reader sees: a word "
                 "broken by any of them is one word ('safeguarding', 'partnership'), a non-breaking hyphen a hyphen. "
                 "Title page, headings, the header and the PAGE field footer are no paragraph's text. page = 1 + the "
                 "page breaks (w:br page, each in an empty paragraph) before the paragraph."),
        "paragraphs": result,
    }



# --------------------------------------------------------------------------
# 4. wptypo.html: a WordPress post whose text went through the wp-Typography plugin: soft hyphens, zero-width
#    spaces after hard hyphens and in URLs, CSS hook spans, hanging quotation marks and a no-break space before
#    each paragraph's last word
# --------------------------------------------------------------------------
WT_PLAN = [
    ("Introduction", [80, ("OPEN", 0, 85)]),
    ("Mr Tarrant", [95, 90, ("CLOSE", 0, 85)]),
    ("What happened", [("OPEN", 1, 100), 105, 95, 90]),
    ("What the review found", [100, 95, 90]),
    ("Recommendations", [80, ("CLOSE", 1, 75)]),
]
WT_TITLE = "Safeguarding Adults Review: Mr Tarrant"
WT_SITE = "https://www.marlesby-sab.org.uk"
SHY, ZWSP, NBSP = "\u00ad", "\u200b", "\u00a0"


def wt_hyphenate(w):
    """wp-Typography's hyphenation, roughly: soft hyphens after the third letter and before the last four of a
    word of nine letters or more (the plugin writes the characters, not entities)."""
    m = re.fullmatch(r"([A-Za-z]{9,})(.*)", w)
    if not m:
        return hesc(w)
    a = m.group(1)
    return hesc(a[:3] + SHY + a[3:-4] + SHY + a[-4:] + m.group(2))


def wt_word(w):
    if w.startswith("https://"):
        return hesc(re.sub(r"([/.])(?=.)", lambda m: m.group(1) + ZWSP, w))  # wrap URLs
    if re.fullmatch(r"[A-Z]{2,}[.,;:]?", w):
        m = re.fullmatch(r"([A-Z]+)(.*)", w)
        return f'<span class="caps">{m.group(1)}</span>{hesc(m.group(2))}'
    if re.fullmatch(r"\d+[.,;:]?", w):
        m = re.fullmatch(r"(\d+)(.*)", w)
        return f'<span class="numbers">{m.group(1)}</span>{hesc(m.group(2))}'
    if "-" in w.strip("-"):
        return "-\u200b".join(wt_hyphenate(x) for x in w.split("-"))  # wrap hard hyphens
    if w[0] in "\u201c\u2018":
        return hesc(w[0]) + "\x00" + wt_hyphenate(w[1:])
    return wt_hyphenate(w)


def wt_html(t):
    ws = [wt_word(w) for w in t.split(" ")]
    out = ""
    for k, w in enumerate(ws):
        if "\x00" in w:
            q, rest = w.split("\x00")
            cls = "double" if q == "\u201c" else "single"
            w = (f'<span class="dquo">{q}</span>{rest}' if k == 0 else
                 f'<span class="push-{cls}"></span>{ZWSP}<span class="pull-{cls}">{q}</span>{rest}')
        out += ("" if k == 0 else (NBSP if k == len(ws) - 1 else " ")) + w  # dewidow: the last space
    return out


def make_wptypo(out, pm):
    path = out / "wptypo.html"
    parts, result, texts, n, kinds = [], [], [], 0, {}
    for title, items in WT_PLAN:
        parts.append(f"<h2>{wt_html(title)}</h2>")
        for it in items:
            n += 1
            if isinstance(it, tuple):
                kind, k, n_words = it
                extra = (_text.WT_OPEN if kind == "OPEN" else _text.WT_CLOSE)[k]
                t = pm.make(n_words - len(extra.split()), "adult")
                t = extra + " " + t if kind == "OPEN" else t + " " + extra
                kinds.setdefault(kind, []).append(str(n))
            else:
                t = pm.make(it, "adult")
                if n % 3 == 0:
                    t = after_first(t, _text.OS_QUOTES[n % 2 + 1].replace("practitioner", "social worker")
                                    .replace("a neighbour", "the care agency\u2019s manager"))
            parts.append(f'<p><span class="numbers">{n}</span>. {wt_html(t)}</p>')
            texts.append(t)
            result.append(entry(str(n), None, t))
    site = WT_SITE
    page = "\n".join([
        "<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{hesc(WT_TITLE)} &#8211; Marlesby Safeguarding Adults Board (FICTIONAL)</title>",
        f"<link rel='stylesheet' id='twentytwentyone-style-css' href='{site}/wp-content/themes/twentytwentyone/"
        "style.css?ver=2.1' media='all' />",
        "<style type=\"text/css\">sub, sup{font-size: 75%;line-height: 100%}sup{vertical-align: 60%}sub{vertical-"
        "align: -10%}.amp{font-family: Baskerville, \"Goudy Old Style\", Palatino, \"Book Antiqua\", \"Warnock Pro\", "
        "serif;font-size: 1.1em;font-style: italic;font-weight: normal;line-height: 1em}.caps{font-size: 90%}"
        ".dquo{margin-left: -0.4em}.quo{margin-left: -0.2em}.pull-single{margin-left: -0.15em}.push-single{margin-"
        "right: 0.15em}.pull-double{margin-left: -0.38em}.push-double{margin-right: 0.38em}.numbers{font-variant-"
        "numeric: oldstyle-nums}</style>",
        "</head>",
        '<body class="post-template-default single single-post postid-1187 wp-embed-responsive">',
        '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
        '<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a '
        f'href="{site}/">Marlesby Safeguarding Adults Board (FICTIONAL)</a></p></div>',
        '<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><ul id="primary-menu-list" '
        f'class="menu-wrapper"><li class="menu-item"><a href="{site}/">Home</a></li><li class="menu-item"><a '
        f'href="{site}/reviews/">Reviews</a></li><li class="menu-item"><a href="{site}/contact/">Contact</a></li>'
        "</ul></nav></header>",
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" '
        'class="site-main">',
        '<article id="post-1187" class="post-1187 post type-post status-publish format-standard hentry '
        'category-reviews entry">',
        f'<header class="entry-header alignwide"><h1 class="entry-title">{wt_html(WT_TITLE)}</h1></header>',
        '<div class="entry-content">',
        f"<p><em>{wt_html(FICT + '. ' + INVENTED)}</em></p>",
        *parts,
        "</div>",
        '<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published '
        '<time class="entry-date published updated" datetime="2025-02-11T10:04:00+00:00">11 February 2025</time>'
        "</span></div></footer>",
        "</article>", "</main></div></div>",
        '<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress.</div>'
        "</footer></div>", "</body>", "</html>", ""])
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: the <p>s of the entry content after the notice; a reader sees no soft hyphens and no zero-width
    # spaces, and the no-break spaces as spaces; the raw text of every paragraph holds some of them
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    got, raw = [], []
    for p_ in root.xpath('//div[@class="entry-content"]/p')[1:]:
        r = p_.text_content()
        raw.append(r)
        seen_ = " ".join(r.replace(SHY, "").replace(ZWSP, "").split())
        m = re.match(r"(\d+)\. (.*)$", seen_)
        got.append([m.group(1), m.group(2)])
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"wptypo.html: read back {[g[0] for g in got]}")
    if not all(SHY in r and NBSP in r for r in raw) or sum(ZWSP in r for r in raw) < 4:
        raise AssertionError("wptypo.html: the plugin's characters")
    if page.count('class="pull-') < 2 or page.count('class="dquo"') < 1 or page.count('class="caps"') < 2:
        raise AssertionError("wptypo.html: the plugin's spans")
    return {
        "note": ("A safeguarding adults board's WordPress post (Twenty Twenty-One theme) whose content went through "
                 "the WP-TYPOGRAPHY plugin on the way out: the report's paragraphs are <p>s with typed numbers 1 to "
                 f"{len(result)} ('<span class=\"numbers\">12</span>. The ...', the plugin's CSS hook) under <h2>s. "
                 "The plugin HYPHENATED every word of nine letters or more with SOFT HYPHEN characters U+00AD written "
                 "into the text (not entities), put a ZERO-WIDTH SPACE U+200B after every hard hyphen "
                 "('multi-\\u200bagency') and after the slashes and dots of a URL, wrapped capitals and digits in "
                 "<span class=\"caps\"> and <span class=\"numbers\"> (old-style figures by CSS), DEWIDOWED every "
                 "paragraph (the space before its last word is a NO-BREAK SPACE U+00A0), and hung quotation marks in "
                 "the margin: an opening mark at a paragraph's start in <span class=\"dquo\">, one inside a "
                 "paragraph as '<span class=\"push-double\"></span>\\u200b<span class=\"pull-double\">\u201c</span>' "
                 "(inline CSS with negative margins). Paragraphs " + " and ".join(kinds["OPEN"]) + " open with such "
                 "words (one with a quotation, one with 'NHS' and 'multi-agency'), " + " and ".join(kinds["CLOSE"])
                 + " close with a URL and a dewidowed number. The key has the words a reader sees (no soft hyphens, "
                 "no zero-width spaces, the no-break space a space). Site header, navigation, the post's title, the "
                 "italic notice, headings, the entry footer and site footer are no paragraph's text. No pages "
                 "(null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. printonly.html: an inquiry's Bootstrap site whose paragraph numbers are printed three times in the markup:
#    shown in the margin (aria-hidden), visually hidden for screen readers, print-only for paper; <wbr> and &shy;
#    in long words and URLs
# --------------------------------------------------------------------------
PO_PLAN = [
    ("Introduction", [75, 80, 70]),
    ("The referral", [("OPEN", 0, 85), 90, ("CLOSE", 0, 80)]),
    ("The spring of 2022", [("OPEN", 1, 95), 85, 90]),
    ("Findings", [85, 80, ("CLOSE", 1, 75)]),
]
PO_TITLE = "The Thrushcombe Inquiry: Report, Chapter 2"
PO_SITE = "https://www.thrushcombe-inquiry.org.uk"


def po_word(w):
    """The site's build step: <wbr> after the slashes of a URL and after the hyphens of a compound, &shy; in the
    middle of words of twelve letters or more."""
    if w.startswith("https://"):
        return re.sub(r"(?<=[^/])/(?=.)", "/<wbr>", hesc(w))
    if "-" in w.strip("-"):
        return "-<wbr>".join(hesc(x) for x in w.split("-"))
    m = re.fullmatch(r"([A-Za-z\u2019]{12,})(.*)", w)
    if m:
        a = m.group(1)
        return hesc(a[:len(a) // 2]) + "&shy;" + hesc(a[len(a) // 2:] + m.group(2))
    return hesc(w)


def make_printonly(out, pm):
    path = out / "printonly.html"
    blocks, result, texts, kinds = [], [], [], {}
    for s_no, (title, items) in enumerate(PO_PLAN, 1):
        blocks.append(f'<h2 class="h4 mt-5" id="s2-{s_no}">2.{s_no}&ensp;{hesc(title)}</h2>')
        for p_no, it in enumerate(items, 1):
            label = f"2.{s_no}.{p_no}"
            if isinstance(it, tuple):
                kind, k, n_words = it
                extra = (_text.PO_OPEN if kind == "OPEN" else _text.PO_CLOSE)[k]
                t = pm.make(n_words - len(extra.split()), "adult")
                t = extra + " " + t if kind == "OPEN" else t + " " + extra
                kinds.setdefault(kind, []).append(label)
            else:
                t = pm.make(it, "adult")
            pid = "p" + label.replace(".", "-")
            blocks.append(
                f'<div class="row report-para" id="{pid}"><div class="col-1 text-end d-print-none"><a class="para-num '
                f'link-secondary" href="#{pid}" aria-hidden="true" tabindex="-1">{label}</a></div>'
                f'<div class="col-11"><p class="mb-3"><span class="visually-hidden">Paragraph {label}: </span>'
                f'<span class="d-none d-print-inline fw-bold">{label}&nbsp;</span>'
                + " ".join(po_word(w) for w in t.split(" ")) + "</p></div></div>")
            texts.append(t)
            result.append(entry(label, None, t))
    site = PO_SITE
    page = "\n".join([
        "<!doctype html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{hesc(PO_TITLE)} (FICTIONAL)</title>",
        '<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">',
        "<style>.report-para .para-num{font-variant-numeric:tabular-nums;text-decoration:none;font-size:.875rem}"
        "@media print{.report-para .col-11{width:100%}}</style>", "</head>", "<body>",
        '<a class="visually-hidden-focusable" href="#main">Skip to main content</a>',
        '<nav class="navbar navbar-expand-lg bg-body-tertiary d-print-none" aria-label="Main"><div '
        f'class="container"><a class="navbar-brand" href="{site}/">The Thrushcombe Inquiry (FICTIONAL)</a><ul '
        f'class="navbar-nav"><li class="nav-item"><a class="nav-link" href="{site}/report/">Report</a></li><li '
        f'class="nav-item"><a class="nav-link" href="{site}/evidence/">Evidence</a></li><li class="nav-item"><a '
        f'class="nav-link" href="{site}/hearings/">Hearings</a></li></ul></div></nav>',
        '<main id="main" class="container my-4">',
        '<nav aria-label="breadcrumb" class="d-print-none"><ol class="breadcrumb"><li class="breadcrumb-item"><a '
        f'href="{site}/report/">Report</a></li><li class="breadcrumb-item active" aria-current="page">Chapter 2</li>'
        "</ol></nav>",
        '<h1 class="display-6">Chapter 2<span class="visually-hidden">:</span> <small class="d-block text-body-'
        'secondary">What happened to Ms Ferrand</small></h1>',
        f'<p class="lead"><em>{FICT}. {INVENTED}</em> Paragraph numbers are links: select one to copy a link to '
        "that paragraph.</p>",
        *blocks,
        '<nav class="d-flex justify-content-between border-top pt-3 mt-5 d-print-none" aria-label="Chapters"><a '
        f'href="{site}/report/chapter-1/">&larr; Chapter 1: The inquiry</a><a href="{site}/report/chapter-3/">'
        "Chapter 3: The agencies &rarr;</a></nav>",
        "</main>",
        '<footer class="container small text-body-secondary border-top py-3">&copy; The Thrushcombe Inquiry 2025 '
        "(FICTIONAL). <span class=\"d-none d-print-inline\">Printed from thrushcombe-inquiry.org.uk</span></footer>",
        '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>',
        "</body>", "</html>", ""])
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back as a sighted reader on screen sees it: the number from the margin link, the text from the <p>
    # without the visually hidden and print-only spans; the raw text of each <p> repeats the number twice
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    got = []
    for div in root.xpath('//div[contains(@class, "report-para")]'):
        num = div.xpath('.//a[contains(@class, "para-num")]')[0].text
        p_ = div.xpath(".//p")[0]
        raw = " ".join(p_.text_content().split())
        if not raw.startswith(f"Paragraph {num}: {num}"):
            raise AssertionError(f"printonly.html: the hidden numbers of {num}")
        for sp in p_.xpath('./span[@class="visually-hidden"] | ./span[contains(@class, "d-print-inline")]'):
            sp.drop_tree()
        got.append([num, " ".join(p_.text_content().replace("\u00ad", "").split())])
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"printonly.html: read back {[g[0] for g in got]}")
    if page.count("<wbr>") < 6 or page.count("&shy;") < 6:
        raise AssertionError("printonly.html: <wbr> and &shy;")
    return {
        "note": ("Chapter 2 of a public inquiry's report as a page of the inquiry's BOOTSTRAP 5 site: each paragraph "
                 "is a <div class=\"row report-para\"> whose number is PRINTED THREE TIMES in the markup: shown on "
                 "screen in the left column as a link, <a class=\"para-num\" aria-hidden=\"true\">2.3.1</a>, inside a "
                 "'d-print-none' column; for SCREEN READERS at the start of the <p> as <span "
                 "class=\"visually-hidden\">Paragraph 2.3.1: </span>; and for PAPER as <span class=\"d-none "
                 "d-print-inline fw-bold\">2.3.1&nbsp;</span> (hidden on screen, shown in print), so the raw text "
                 "of each <p> begins 'Paragraph 2.3.1: 2.3.1 ...' and the number appears a third time before it. "
                 "Numbers are three-level ('2.3.1') under <h2>s typed '2.3 The spring of 2022'. The site's build "
                 "step put <wbr> after the slashes of URLs and the hyphens of compounds ('anti-<wbr>social-<wbr>"
                 "behaviour') and &shy; in the middle of words of twelve letters or more. Paragraphs "
                 + " and ".join(kinds["OPEN"]) + " open with such words, " + " and ".join(kinds["CLOSE"])
                 + " close with them (one with a URL). The label is the number, once; the key's words are the "
                 "paragraph's own, without 'Paragraph 2.3.1:' or the printed number, a word broken by <wbr> or "
                 "&shy; one word. Navigation, breadcrumb, the title, the lead, headings, chapter links and footer "
                 "are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }



def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    pm = ParaMaker()
    exp = {}
    exp["ligatures.pdf"] = make_ligatures(out, pm)
    exp["oldstyle.pdf"] = make_oldstyle(out, pm)
    exp["optbreaks.docx"] = make_optbreaks(out, pm)
    exp["wptypo.html"] = make_wptypo(out, pm)
    exp["printonly.html"] = make_printonly(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    if not all(10 <= len(v["paragraphs"]) <= 25 for v in exp.values()):
        raise AssertionError("10 to 25 paragraphs a file")
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return exp


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    out = pathlib.Path(out)
    exp = build(out)
    if determinism:
        with tempfile.TemporaryDirectory(prefix="blind40-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
