"""Blind fixture generator 15: five FICTIONAL safeguarding-review documents.

FICTIONAL – for software testing. Run: python make.py [outdir]. Needs reportlab (for its font files), fonttools,
fpdf2, python-docx, lxml, pdfplumber and pypdf; no system fonts and no LibreOffice.

tagged.pdf     Word "Save as PDF" with accessibility tags: each numbered paragraph is a list item (L/LI/Lbl/LBody)
               whose number ("7.") hangs at the left, but the number's own text object is written in the content
               stream AFTER all of the paragraph's lines on that page, at the first line's baseline; a bordered
               recommendations table (No. | Recommendation | Agency | Timescale, rows 1-7) crosses a page break
               with its header row repeated, and the numbered paragraphs carry on after it
type3.pdf      printed through a PostScript driver and Ghostscript: every font is a Type 3 font (glyph outlines in
               CharProcs /a1, /a2 ...) with character codes given in order of first use and a correct ToUnicode
               map; justified and hyphenated; run-in paragraph numbers in dark red with bold run-in titles
               ("14. Housing. The ..."); a paragraph split by a page break in the middle of a hyphenated word; a
               running header "Page 4 | Review of Child T | 2024"; a key-dates list with dates at the left margin
dhr.pdf        a designed domestic homicide review: a two-column executive summary numbered "1." to "7.", then a
               one-column body whose hanging numbers are shared by chapter headings ("1." Introduction),
               sub-headings ("1.1" Background, bold, short, no full stop) and paragraphs ("1.1.1", and "4.3" in
               chapters without sub-headings); two numbered "key finding" paragraphs centred in shaded boxes under
               a "KEY FINDING 1" caption while their numbers stay at the left margin
legal.docx     Word "legal" numbering: one multilevel list linked to Heading 1, level 0 upperRoman "Chapter %1:"
               ("Chapter IV: Analysis") and level 1 with w:isLgl and lvlText "%1.%2", so the paragraphs print
               "4.1", "4.2" (not "IV.1"); an unnumbered Preface in Heading 1 with numId 0; a framed pull quote
pandoc.html    Markdown through pandoc: numbered paragraphs are loose <ol> items, the lists broken by headings, a
               blockquote and a table and restarted with <ol start="N">; some items hold two <p>s with a nested
               <ol type="a"> between them; pandoc footnote references, and an endnotes <section> whose own <ol>
               is numbered 1-6

Judgement calls (what a practitioner citing the report would expect):
- the label is the number as printed and cited ("7", "4.3", "1.1.1", "12"); a trailing full stop ("7.") is not
  part of it; executive-summary paragraphs keep their own printed numbers ("1" to "7" in dhr.pdf) and come first
  in reading order, before the body's "1.1.1";
- headings are never paragraphs, even when numbered like one ("1.", "1.1 Background", "Chapter IV:"); neither are
  table rows ("No." column 1-7), key-finding captions ("KEY FINDING 2"), dates in a key-dates list, contents
  entries, footnotes and endnotes, running headers and footers ("Page 4 | Review of Child T | 2024"), pull quotes
  and block quotations outside a numbered item;
- a bold run-in title after the number ("14. Housing. The family ...") is part of the paragraph's text, so
  starts_with begins with it; a key finding's caption is not part of its paragraph;
- in legal.docx the label is what Word prints: w:isLgl makes every level of "%1.%2" arabic, so "4.1" (LibreOffice
  7.4 ignores w:isLgl and shows "IV.1"; that is a gap in LibreOffice, not the printed number);
- in pandoc.html a list item is ONE numbered paragraph from the start of its first <p> to the end of its last
  <p>; a nested lettered list inside it belongs to it; the number is the list's start attribute plus the item's
  position; pandoc's endnotes list is not paragraphs;
- PDF pages are physical and 1-based; a paragraph's page is where its first line and number are printed; a
  paragraph's text excludes headers, footers and footnote markers, and a word hyphenated across a line or page
  break is one word; no key word is hyphenated at a line end (hyphenation is kept out of the first nine and the
  last seven words of a paragraph);
- DOCX pages are counted from explicit page breaks (<w:br w:type="page"/>), one page per break, as in blind13
  and blind14; every stretch between breaks fits one printed page; HTML pages are null.
"""
import datetime
import html as _h
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
    from blindkit.draw import font_path, wrap  # type: ignore
    from blindkit.keys import entry  # type: ignore
    from blindkit.rawpdf import RawPDF, lit, pdf_text, subset_tag  # type: ignore
    from text import ParaMaker, contains_seq, norm  # type: ignore
else:
    from ..blindkit.draw import font_path, wrap
    from ..blindkit.keys import entry
    from ..blindkit.rawpdf import RawPDF, lit, pdf_text, subset_tag
    from .text import ParaMaker, contains_seq, norm

FICT = "FICTIONAL \u2013 for software testing"
A4W, A4H = 595.32, 841.92


def check_lengths(name, texts):
    seen = set()
    for t in texts:
        n = len(t.split())
        if not 40 <= n <= 250:
            raise AssertionError(f"{name}: paragraph of {n} words")
        if t in seen:
            raise AssertionError(f"{name}: duplicate paragraph")
        seen.add(t)


def check_count(name, result):
    if not 12 <= len(result) <= 32:
        raise AssertionError(f"{name}: {len(result)} paragraphs")


def _fix_zip(data: bytes, patch=None) -> bytes:
    """Fixed timestamps and order; patch: {name: fn(bytes) -> bytes}."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for i in src.infolist():
            blob = src.read(i.filename)
            if patch and i.filename in patch:
                blob = patch[i.filename](blob)
            zi = zipfile.ZipInfo(i.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return buf.getvalue()


# --------------------------------------------------------------------------
# a small PDF writer (objects, streams, xref) and two kinds of embedded font
# --------------------------------------------------------------------------


class TTF:
    """Metrics of a TrueType font, and its embedding as a WinAnsi simple font subset (as Word embeds)."""

    def __init__(self, name):
        from fontTools.ttLib import TTFont
        self.name = name
        self.path = font_path(name)
        self.tt = TTFont(self.path, recalcTimestamp=False, lazy=False)
        self.upm = self.tt["head"].unitsPerEm
        self.cmap = self.tt.getBestCmap()
        self.hmtx = self.tt["hmtx"]
        self.used = set()
        self._w = {}

    def cw(self, ch):
        if ch not in self._w:
            g = self.cmap.get(ord(ch)) or ".notdef"
            self._w[ch] = self.hmtx[g][0] * 1000.0 / self.upm
        return self._w[ch]

    def width(self, s, size):
        return sum(self.cw(ch) for ch in s) * size / 1000.0

    def enc(self, s):
        self.used.update(s)
        return s.encode("cp1252")

    def embed(self, pdf, tag):
        from fontTools import subset
        from fontTools.ttLib import TTFont
        tt = TTFont(self.path, recalcTimestamp=False)
        opts = subset.Options()
        opts.notdef_outline = True
        opts.layout_features = []
        opts.name_IDs = [0, 1, 2, 3, 4, 6]
        opts.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "DSIG", "FFTM"]
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=sorted({ord(c) for c in self.used} | {32}))
        sub.subset(tt)
        buf = io.BytesIO()
        tt.save(buf)
        data = buf.getvalue()
        base = "%s+%s" % (tag, self.tt["name"].getDebugName(6) or self.name)
        codes = sorted(ch.encode("cp1252")[0] for ch in self.used | {" "})
        fc, lc = codes[0], codes[-1]
        widths = []
        for c in range(fc, lc + 1):
            ch = bytes([c]).decode("cp1252", errors="replace")
            widths.append("%d" % round(self.cw(ch)) if c in codes else "0")
        head, os2, post = self.tt["head"], self.tt["OS/2"], self.tt["post"]
        s = 1000.0 / self.upm
        bbox = "[%d %d %d %d]" % (head.xMin * s, head.yMin * s, head.xMax * s, head.yMax * s)
        ff = pdf.add(pdf.stream(data, "/Length1 %d" % len(data)))
        flags = 32 | (64 if post.italicAngle else 0) | (2 if "Serif" in self.name else 0)
        fd = pdf.add("<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox %s /ItalicAngle %d /Ascent %d "
                     "/Descent %d /CapHeight %d /AvgWidth %d /MaxWidth %d /FontWeight %d /XHeight 250 /StemV %d "
                     "/FontFile2 %d 0 R >>"
                     % (base, flags, bbox, post.italicAngle, os2.sTypoAscender * s, os2.sTypoDescender * s,
                        getattr(os2, "sCapHeight", 700) * s, os2.xAvgCharWidth * s, head.xMax * s,
                        os2.usWeightClass, 120 if os2.usWeightClass >= 600 else 80, ff))
        return pdf.add("<< /Type /Font /Subtype /TrueType /BaseFont /%s /Encoding /WinAnsiEncoding /FirstChar %d "
                       "/LastChar %d /Widths [%s] /FontDescriptor %d 0 R >>"
                       % (base, fc, lc, " ".join(widths), fd))


def justify_tj(font, words, size, width, justify):
    """TJ array for a line of words (with real space characters); when justify, the extra space is spread
    as negative adjustments after each space."""
    txt = " ".join(words)
    nat = font.width(txt, size)
    if not justify or len(words) < 2:
        return "[%s]" % lit(font.enc(txt))
    extra = (width - nat) / (len(words) - 1)
    adj = -extra * 1000.0 / size
    parts = []
    for i, w in enumerate(words):
        parts.append(lit(font.enc(w + (" " if i < len(words) - 1 else ""))))
        if i < len(words) - 1:
            parts.append("%.1f" % adj)
    return "[%s]" % " ".join(parts)


# --------------------------------------------------------------------------
# 1. tagged.pdf
# --------------------------------------------------------------------------
def make_tagged(out, pm):
    """Word "Save as PDF" with tags: each list number is its own marked-content sequence (Lbl), written in the
    content stream after the lines of its paragraph (LBody), on the first line's baseline."""
    path = out / "tagged.pdf"
    F = {"R": TTF("Vera.ttf"), "B": TTF("VeraBd.ttf"), "I": TTF("VeraIt.ttf")}
    FN = {"R": "F1", "B": "F2", "I": "F3"}
    L, R, TOP, BOTTOM = 72.0, A4W - 72.0, A4H - 72.0, 76.0
    NUMX, TXTX = 72.0, 108.0
    FS, LEAD, AFTER = 10.0, 13.0, 8.0
    BLUE = (0.184, 0.329, 0.588)
    plan = [("Introduction", [75, 90, 60]),
            ("Child L and his family", [72, 70, 80]),
            ("Key practice episodes", [95, 110, 85, 100, 90]),
            ("Analysis", [105, 95, 115, 90, 130, 60]),
            ("Conclusion", [80, 70, 75]),
            ("Recommendations", [65, "TABLE", 60])]
    recs = [
        ("The Partnership should ask every agency to confirm that referrers are told the outcome of a referral "
         "within five working days.", "All partners", "6 months"),
        ("Tollbridge Children\u2019s Services should review how home visits are arranged, so that some visits "
         "are unannounced when neglect is suspected.", "Children\u2019s Services", "3 months"),
        ("The health visiting service should escalate to a named manager after two visits at which no one is "
         "seen.", "Community health", "3 months"),
        ("Schools should be reminded that secure email is not a substitute for a telephone call to the front "
         "door when a child may be at risk.", "Education", "Immediate"),
        ("The Partnership should audit the use of its neglect toolkit in the year after this review is "
         "published.", "Partnership business unit", "12 months"),
        ("Harrowgate Vale Police should share intelligence about adults who collect children from school "
         "with the designated safeguarding lead.", "Police", "6 months"),
        ("The resolution and escalation protocol should be included in the induction of every new "
         "practitioner and manager.", "All partners", "6 months"),
    ]
    pdf = RawPDF()
    pages = []  # dicts: content (list of str), mcids (list of struct elem ids)
    elems = []  # struct elements: dicts S, parent, kids [("mcid", page, mcid) | ("elem", id)]

    def elem(S, parent, **kw):
        elems.append({"S": S, "parent": parent, "kids": [], **kw})
        k = len(elems) - 1
        if parent is not None:
            elems[parent]["kids"].append(("elem", k))
        return k

    doc = elem("Document", None)
    st = {"y": 0.0}

    def page():
        return pages[-1]

    def mc_begin(e, tag=None):
        p = page()
        mcid = len(p["mcids"])
        p["mcids"].append(e)
        elems[e]["kids"].append(("mcid", len(pages) - 1, mcid))
        p["content"].append("/%s <</MCID %d>> BDC" % (tag or elems[e]["S"], mcid))

    def mc_end():
        page()["content"].append("EMC")

    def text(x, y, s_or_tj, f="R", size=FS, rgb=(0, 0, 0)):
        tj = s_or_tj if s_or_tj.startswith("[") else "[%s]" % lit(F[f].enc(s_or_tj))
        page()["content"].append("BT /%s %.2f Tf 1 0 0 1 %.3f %.3f Tm %.3f %.3f %.3f rg %s TJ ET"
                                 % (FN[f], size, x, y, rgb[0], rgb[1], rgb[2], tj))

    def new_page():
        pages.append({"content": [], "mcids": []})
        n = len(pages)
        if n > 1:
            hdr = "Child Safeguarding Practice Review \u2013 Child L"
            page()["content"].append("/Artifact <</Type /Pagination /Subtype /Header>> BDC")
            text(R - F["R"].width(hdr, 9), A4H - 42, hdr, "R", 9, (0.35, 0.35, 0.35))
            page()["content"].append("EMC")
        page()["content"].append("/Artifact <</Type /Pagination /Subtype /Footer>> BDC")
        foot = "Tollbridge Safeguarding Children Partnership  |  " + FICT
        text(L, 40, foot, "R", 8, (0.35, 0.35, 0.35))
        text(R - F["R"].width(str(n), 9), 40, str(n), "R", 9, (0.35, 0.35, 0.35))
        page()["content"].append("EMC")
        st["y"] = TOP

    new_page()
    # title block
    y = TOP - 10
    e = elem("P", doc)
    mc_begin(e)
    text(L, y, "Tollbridge Safeguarding Children Partnership", "B", 12, BLUE)
    mc_end()
    y -= 44
    e = elem("Title", doc)
    mc_begin(e)
    text(L, y, "Child Safeguarding Practice Review", "B", 22, BLUE)
    mc_end()
    y -= 30
    e = elem("P", doc)
    mc_begin(e)
    text(L, y, "Child L", "R", 18)
    mc_end()
    y -= 28
    e = elem("P", doc)
    mc_begin(e)
    text(L, y, FICT + ". All names of people, places and services are invented.", "I", 10)
    mc_end()
    y -= 30
    # review details table (Word table with borders)
    rows = [("Independent reviewer", "Odile Fenwright-Sayers (an invented person)"),
            ("Period under review", "September 2021 to March 2023"),
            ("Agencies contributing", "ten"),
            ("Published", "15 April 2024")]
    tbl = elem("Table", doc)
    page()["content"].append("/Artifact BDC 0.6 G 0.5 w")
    for k in range(len(rows) + 1):
        page()["content"].append("%.2f %.2f m %.2f %.2f l S" % (L, y + 14 - 19 * k, R, y + 14 - 19 * k))
    page()["content"].append("EMC")
    for a, b in rows:
        tr = elem("TR", tbl)
        th = elem("TH", tr)
        mc_begin(th)
        text(L + 4, y, a, "B", 10)
        mc_end()
        td = elem("TD", tr)
        mc_begin(td)
        text(L + 170, y, b, "R", 10)
        mc_end()
        y -= 19
    st["y"] = y - 30

    result, texts, ends, firsts = [], [], [], []
    n = 0
    meas = {f: (lambda s, f=f: F[f].width(s, FS)) for f in F}

    def need(h):
        if st["y"] - h < BOTTOM:
            new_page()

    def draw_table():
        COLS = [(L, 36), (L + 36, 222), (L + 258, 110), (L + 368, R - L - 368)]
        PAD, TFS, TLEAD = 5.0, 10.0, 12.2
        heads = ("No.", "Recommendation", "Agency", "Timescale")
        t = elem("Table", doc)
        row_nos = []

        def cell_lines(s, w, f="R"):
            return wrap(s.split(), w - 2 * PAD, lambda z: F[f].width(z, TFS))

        def header(art):
            hh = TLEAD + 2 * PAD
            y0 = st["y"]
            page()["content"].append("q 0.851 0.886 0.949 rg %.2f %.2f %.2f %.2f re f Q" % (L, y0 - hh, R - L, hh))
            tr = None if art else elem("TR", t)
            for (x, _w), hd in zip(COLS, heads, strict=True):
                if art:
                    page()["content"].append("/Artifact <</Type /Pagination>> BDC")
                else:
                    mc_begin(elem("TH", tr))
                text(x + PAD, y0 - PAD - 9.2, hd, "B", TFS)
                page()["content"].append("EMC")
            grid(y0, hh)
            st["y"] = y0 - hh

        def grid(y0, hh):
            ops = ["0 G 0.5 w"]
            ops.append("%.2f %.2f m %.2f %.2f l S" % (L, y0, R, y0))
            ops.append("%.2f %.2f m %.2f %.2f l S" % (L, y0 - hh, R, y0 - hh))
            for x, _ in [*COLS, (R, 0)]:
                ops.append("%.2f %.2f m %.2f %.2f l S" % (x, y0, x, y0 - hh))
            page()["content"].append("/Artifact BDC %s EMC" % " ".join(ops))

        need(60)
        st["y"] -= 4
        header(False)
        for k, (rec, ag, ts) in enumerate(recs, 1):
            cells = [[[str(k)]], cell_lines(rec, COLS[1][1]), cell_lines(ag, COLS[2][1]), cell_lines(ts, COLS[3][1])]
            hh = max(len(c) for c in cells) * TLEAD + 2 * PAD
            if st["y"] - hh < BOTTOM:
                new_page()
                header(True)  # "Repeat as header row at the top of each page"
            y0 = st["y"]
            tr = elem("TR", t)
            for (x, _), lines in zip(COLS, cells, strict=True):
                mc_begin(elem("TD", tr))
                for j, ln in enumerate(lines):
                    text(x + PAD, y0 - PAD - 9.2 - j * TLEAD, " ".join(ln), "R", TFS)
                mc_end()
            grid(y0, hh)
            row_nos.append(len(pages))
            st["y"] = y0 - hh
        st["y"] -= 16
        return row_nos

    rec_pages = None
    for title, lens in plan:
        need(3 * LEAD + 30)
        if st["y"] < TOP:
            st["y"] -= 10
        h = elem("H1", doc)
        mc_begin(h)
        text(L, st["y"], title, "B", 14, BLUE)
        mc_end()
        st["y"] -= 14 + 8
        lst = None
        for tw in lens:
            if tw == "TABLE":
                rec_pages = draw_table()
                lst = None
                continue
            n += 1
            label = "%d." % n
            t = pm.make(tw, "child")
            texts.append(t)
            lines = wrap(t.split(), R - TXTX, meas["R"])
            if lst is None:
                lst = elem("L", doc)
            li = elem("LI", lst)
            lbl = elem("Lbl", li)
            body = elem("LBody", li)
            if st["y"] - 2 * LEAD < BOTTOM:  # widow/orphan control: never a first line alone
                new_page()
            start, y0 = len(pages), st["y"]
            firsts.append((start, y0))
            mc_begin(body)
            for j, ln in enumerate(lines):
                if st["y"] < BOTTOM:
                    mc_end()
                    if len(pages) == start:
                        mc_begin(lbl)
                        text(NUMX, y0, label, "R", FS)
                        mc_end()
                    new_page()
                    mc_begin(body)
                text(TXTX, st["y"], justify_tj(F["R"], ln, FS, R - TXTX, j < len(lines) - 1), "R", FS)
                st["y"] -= LEAD
            mc_end()
            if len(pages) == start:
                mc_begin(lbl)
                text(NUMX, y0, label, "R", FS)
                mc_end()
            st["y"] -= AFTER
            result.append(entry(str(n), start, t))
            ends.append(len(pages))
    # closing note
    need(40)
    e = elem("P", doc)
    mc_begin(e)
    text(L, st["y"] - 6, "The Partnership\u2019s response to this review is published alongside it.", "I", 10)
    mc_end()

    # fonts, pages, structure tree
    font_ids = {k: F[k].embed(pdf, subset_tag("tagged" + k)) for k in ("R", "B", "I")}
    pages_id = pdf.new()
    page_ids = []
    for k, p in enumerate(pages):
        cs = pdf.add(pdf.stream("\n".join(p["content"]) + "\n"))
        pid = pdf.new()
        page_ids.append(pid)
        pdf.put(pid, "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R /Resources << "
                     "/Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> /ProcSet [/PDF /Text] >> /StructParents %d "
                     "/Tabs /S /Group << /Type /Group /S /Transparency /CS /DeviceRGB >> >>"
                % (pages_id, A4W, A4H, cs, font_ids["R"], font_ids["B"], font_ids["I"], k))
    pdf.put(pages_id, "<< /Type /Pages /Count %d /Kids [%s] >>" % (len(pages), " ".join("%d 0 R" % i
                                                                                        for i in page_ids)))
    ids = [pdf.new() for _ in elems]
    root_st = pdf.new()
    for k, e in enumerate(elems):
        kids = []
        for kd in e["kids"]:
            if kd[0] == "elem":
                kids.append("%d 0 R" % ids[kd[1]])
            else:
                kids.append("<< /Type /MCR /Pg %d 0 R /MCID %d >>" % (page_ids[kd[1]], kd[2]))
        pg = next((kd[1] for kd in e["kids"] if kd[0] == "mcid"), None)
        pdf.put(ids[k], "<< /Type /StructElem /S /%s /P %d 0 R %s/K [%s] >>"
                % (e["S"], root_st if e["parent"] is None else ids[e["parent"]],
                   ("/Pg %d 0 R " % page_ids[pg]) if pg is not None else "", " ".join(kids)))
    nums = " ".join("%d [%s]" % (k, " ".join("%d 0 R" % ids[e] for e in p["mcids"])) for k, p in enumerate(pages))
    ptree = pdf.add("<< /Nums [%s] >>" % nums)
    pdf.put(root_st, "<< /Type /StructTreeRoot /RoleMap << /Title /P >> /ParentTree %d 0 R /ParentTreeNextKey %d "
                     "/K [%d 0 R] >>" % (ptree, len(pages), ids[doc]))
    info = pdf.add("<< /Title %s /Author (Tollbridge Safeguarding Children Partnership) /Subject %s /Creator "
                   "(Microsoft\xae Word for Microsoft 365) /Producer (Microsoft\xae Word for Microsoft 365) "
                   "/CreationDate (D:20240412101530+01'00') /ModDate (D:20240412101530+01'00') >>"
                   % (pdf_text("Child Safeguarding Practice Review: Child L (FICTIONAL)"), pdf_text(FICT)))
    root = pdf.add("<< /Type /Catalog /Pages %d 0 R /Lang (en-GB) /StructTreeRoot %d 0 R /MarkInfo << /Marked "
                   "true >> /ViewerPreferences << /DisplayDocTitle true >> >>" % (pages_id, root_st))
    path.write_bytes(pdf.render(root, info))

    check_lengths(path.name, texts)
    check_count(path.name, result)
    npages = len(pages)
    if not 4 <= npages <= 6:
        raise AssertionError("tagged.pdf: %d pages" % npages)
    if sum(d["page"] != e for d, e in zip(result, ends, strict=True)) < 2:
        raise AssertionError("tagged.pdf: fewer than two paragraphs cross a page")
    if rec_pages is None or len(set(rec_pages)) < 2:
        raise AssertionError("tagged.pdf: the recommendations table does not cross a page")

    import pdfplumber
    with pdfplumber.open(path) as pl:
        if len(pl.pages) != npages:
            raise AssertionError("tagged.pdf: pages")
        body = []
        for p in pl.pages:
            body.append(p.crop((0, 60, A4W, A4H - 52)).extract_text() or "")
        for d, endp, (pg, y0), t in zip(result, ends, firsts, texts, strict=True):
            p = pl.pages[pg - 1]
            chars = p.chars
            lab = [i for i, ch in enumerate(chars)
                   if NUMX - 0.01 <= ch["x0"] < TXTX - 2 and abs(ch["matrix"][5] - y0) < 0.01]
            if "".join(chars[i]["text"] for i in lab) != d["label"] + ".":
                raise AssertionError("tagged.pdf: label %s" % d["label"])
            first = [i for i, ch in enumerate(chars) if abs(ch["matrix"][5] - y0) < 0.01 and ch["x0"] >= TXTX - 0.01]
            if not first or max(first) > min(lab) or "".join(chars[i]["text"] for i in first[:len(t.split()[0])]) \
                    != t.split()[0]:
                raise AssertionError("tagged.pdf: label %s not drawn after its first line" % d["label"])
            if any(chars[i].get("tag") != "Lbl" for i in lab):
                raise AssertionError("tagged.pdf: label %s not tagged Lbl" % d["label"])
            if not contains_seq(norm(body[pg - 1]), norm(d["starts_with"])):
                raise AssertionError("tagged.pdf: starts_with of %s" % d["label"])
            if not contains_seq(norm("\n".join(body[max(pg, endp - 1) - 1:endp])), norm(d["ends_with"])):
                raise AssertionError("tagged.pdf: ends_with of %s" % d["label"])
        tree = pl.pages[0].structure_tree
        if not tree or tree[0].get("type") not in ("Document", "P", "Title"):
            raise AssertionError("tagged.pdf: no structure tree")
    return {
        "note": ("Word 'Save as PDF' with accessibility tags, %d A4 pages, Bitstream Vera Sans embedded "
                 "as WinAnsi TrueType subsets, justified text with real spaces and TJ adjustments. Each numbered "
                 "paragraph is a Word list item tagged L/LI/Lbl/LBody: the number ('7.', bare and continuous, "
                 "1-%d) hangs at x=72 and the text at x=108, and in the content stream the number's own BT/ET text "
                 "object (marked content /Lbl) is written AFTER all of the paragraph's lines on that page (marked "
                 "content /LBody), at exactly the first line's baseline; the structure tree puts Lbl before LBody. "
                 "Unnumbered blue headings (H1). Page 1: title block and a four-row 'review details' table. In "
                 "'Recommendations' a bordered table No. | Recommendation | Agency | Timescale with rows numbered "
                 "1-7 crosses a page break, its shaded header row repeated at the top of the next page (as a "
                 "Pagination artifact); the row numbers are not paragraph numbers, and the numbered paragraphs "
                 "go on after the table. Header and footer (with the FICTIONAL label and page number) are "
                 "artifacts.") % (npages, n),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. type3.pdf
# --------------------------------------------------------------------------
class T3Font:
    """A Type 1 font (shipped with reportlab) re-encoded as a PDF Type 3 font, as a PostScript printer driver
    and Ghostscript produce: glyph outlines in CharProcs named /a1, /a2 ..., character codes given in order of
    first use (so the bytes are not ASCII), and a ToUnicode CMap that maps them back."""

    def __init__(self, pfb):
        from fontTools.agl import UV2AGL
        from fontTools.t1Lib import T1Font
        self.t1 = T1Font(font_path(pfb))
        self.t1.parse()
        self.gs = self.t1.getGlyphSet()
        self.bbox = self.t1.font["FontBBox"]
        self.uv2agl = UV2AGL
        self.codes = {}
        self._w = {}

    def gname(self, ch):
        name = self.uv2agl.get(ord(ch)) or "uni%04X" % ord(ch)
        if name not in self.gs:
            raise AssertionError("type3.pdf: no glyph for %r" % ch)
        return name

    def cw(self, ch):
        if ch not in self._w:
            from fontTools.pens.basePen import NullPen
            g = self.gs[self.gname(ch)]
            g.draw(NullPen())  # a Type 1 charstring knows its width once it has been run
            self._w[ch] = round(g.width)
        return self._w[ch]

    def width(self, s, size):
        return sum(self.cw(ch) for ch in s) * size / 1000.0

    def enc(self, s):
        out = []
        for ch in s:
            if ch not in self.codes:
                if len(self.codes) >= 255:
                    raise AssertionError("type3.pdf: more than 255 glyphs in one font")
                self.codes[ch] = len(self.codes) + 1
            out.append(self.codes[ch])
        return bytes(out)

    def hexs(self, s):
        return "<%s>" % self.enc(s).hex().upper()

    def embed(self, pdf, fname):
        from fontTools.pens.basePen import BasePen
        from fontTools.pens.boundsPen import BoundsPen

        class Ops(BasePen):
            def __init__(self, gs):
                super().__init__(gs)
                self.ops = []

            def _moveTo(self, p):
                self.ops.append("%g %g m" % p)

            def _lineTo(self, p):
                self.ops.append("%g %g l" % p)

            def _curveToOne(self, a, b, c):
                self.ops.append("%g %g %g %g %g %g c" % (*a, *b, *c))

            def _closePath(self):
                self.ops.append("h")

        procs, diffs, widths, cmap = [], [], [], []
        for ch, code in sorted(self.codes.items(), key=lambda kv: kv[1]):
            g = self.gs[self.gname(ch)]
            pen, bp = Ops(self.gs), BoundsPen(self.gs)
            g.draw(pen)
            g.draw(bp)
            w = self.cw(ch)
            if bp.bounds is None:
                body = "%d 0 0 0 0 0 d1\n" % w
            else:
                b = [round(v) for v in bp.bounds]
                body = "%d 0 %d %d %d %d d1\n%s\nf\n" % (w, b[0] - 1, b[1] - 1, b[2] + 1, b[3] + 1, "\n".join(pen.ops))
            procs.append("/a%d %d 0 R" % (code, pdf.add(pdf.stream(body))))
            diffs.append("/a%d" % code)
            widths.append(str(w))
            u = ch.encode("utf-16-be").hex().upper()
            cmap.append("<%02X> <%s>" % (code, u))
        blocks = []
        for k in range(0, len(cmap), 100):
            part = cmap[k:k + 100]
            blocks.append("%d beginbfchar\n%s\nendbfchar" % (len(part), "\n".join(part)))
        tu = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
              "/Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
              "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n%s\nendcmap\nCMapName currentdict /CMap "
              "defineresource pop\nend\nend\n" % "\n".join(blocks))
        tu_id = pdf.add(pdf.stream(tu))
        return pdf.add("<< /Type /Font /Subtype /Type3 /Name /%s /FontBBox [%s] /FontMatrix [0.001 0 0 0.001 0 0] "
                       "/CharProcs << %s >> /Encoding << /Type /Encoding /Differences [1 %s] >> /FirstChar 1 "
                       "/LastChar %d /Widths [%s] /Resources << /ProcSet [/PDF] >> /ToUnicode %d 0 R >>"
                       % (fname, " ".join(str(v) for v in self.bbox), " ".join(procs), " ".join(diffs),
                          len(self.codes), " ".join(widths), tu_id))


HYPH_WORDS = (
    "safe-guard-ing prac-ti-tion-ers in-for-ma-tion ap-point-ments ap-point-ment pro-fes-sion-al pro-fes-sion-als "
    "ac-com-mo-da-tion su-per-vi-sion in-tel-li-gence part-ner-ship part-ner-ship’s im-mu-ni-sa-tions con-cealed "
    "emer-gen-cy house-hold al-lo-cat-ed com-bined chro-nol-o-gy en-gage-ment es-ca-la-tion res-o-lu-tion "
    "pro-to-col at-ten-dance preg-nan-cy de-pres-sion ex-clu-sion bound-ary im-por-tant in-for-mal-ly dis-cussed "
    "oc-ca-sions re-fer-rals con-sid-ered re-cord-ed in-ter-pret-ed ex-plained re-spond-ed re-gard-ed teach-ing "
    "as-sis-tant post-poned tool-kit pro-duced to-geth-er frag-ments con-cerns tele-phone con-vened strat-e-gy "
    "re-port-ed re-cords mean-ing fam-i-ly work-ers prac-tice nev-er an-oth-er vis-it-ing meet-ings fol-lowed "
    "out-come dif-fer-ent ther-a-pist man-ag-er doc-u-ment-ed au-thor in-ter-ven-tion ar-ranged wish-es "
    "feel-ings com-plet-ed hol-i-days pae-di-at-ric de-part-ment ed-u-ca-tion wel-fare of-fi-cer chil-dren’s "
    "ser-vic-es con-fer-ence lan-guage"
)
HYPH = {w.replace("-", ""): w for w in re.findall(r"\S+", HYPH_WORDS)}


def hyph_points(word):
    """Hyphenation points of a word (dictionary, as TeX's patterns would give), keeping trailing punctuation."""
    m = re.match(r"^(.*?)([.,;:”’)]*)$", word)
    core, tail = m.group(1), m.group(2)
    h = HYPH.get(core)
    if not h or "-" in core:
        return []
    pts, k = [], 0
    for part in h.split("-")[:-1]:
        k += len(part)
        pts.append((core[:k], core[k:] + tail))
    return pts


T3_PLAN = [("Introduction", [(85, ""), (95, ""), (70, "")]),
           ("Child T and his family", [(90, ""), (80, ""), "DATES", (75, "")]),
           ("What happened", [(110, ""), (95, ""), (120, ""), (85, ""), (100, "")]),
           ("What the review found", [(105, "Hearing the child."), (115, "Information sharing."), (95, "Housing."),
                                      (110, "Escalation."), (90, "Supervision."), (125, "Good practice.")]),
           ("Recommendations", [(70, ""), (65, "")])]
KEY_DATES = [("6 September 2021", "Child T starts in Year 3 at Quarry Lane primary school"),
             ("14 October 2021", "First referral to the front door, by the school"),
             ("2 February 2022", "A strategy discussion is considered but not held"),
             ("19 May 2022", "The family moves to emergency accommodation in Fernhill"),
             ("11 November 2022", "Child T is seen at the paediatric emergency department"),
             ("27 January 2023", "The incident that led to this review")]


def make_type3(out, pm):
    path = out / "type3.pdf"
    F = {"R": T3Font("_er_____.pfb"), "B": T3Font("_eb_____.pfb"), "I": T3Font("_ei_____.pfb")}
    FN = {"R": "R7", "B": "R9", "I": "R11"}
    L, R, TOP, BOTTOM = 72.0, A4W - 72.0, A4H - 82.0, 72.0
    W = R - L
    FS, LEAD, PSKIP = 11.5, 14.2, 6.0
    NUMC = (0.62, 0.12, 0.16)
    pdf = RawPDF()
    pages = []
    st = {"y": 0.0}

    def cur():
        return pages[-1]

    def put(ops):
        cur().append(ops)

    def simple(x, y, s, f="R", size=FS, rgb=(0, 0, 0)):
        put("BT /%s %g Tf %.3f %.3f %.3f rg 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (FN[f], size, *rgb, x, y, F[f].hexs(s)))

    def new_page():
        pages.append([])
        n = len(pages)
        if n > 1:
            hdr = "Page %d | Review of Child T | 2024" % n
            simple(L, A4H - 50, hdr, "I", 9.5, (0.25, 0.25, 0.25))
            put("0.4 w 0.25 G %.2f %.2f m %.2f %.2f l S" % (L, A4H - 56, R, A4H - 56))
        foot = "Harrowgate Vale Safeguarding Children Partnership \u2013 " + FICT
        simple((A4W - F["R"].width(foot, 8)) / 2, 40, foot, "R", 8, (0.3, 0.3, 0.3))
        st["y"] = TOP

    def tokw(tok):
        return F[tok[1]].width(tok[0], FS)

    def wrap_tokens(toks, nwords, limit=lambda j: W):
        """Greedy lines of (text, font, colour) tokens; regular words may be hyphenated, except the first nine
        and the last seven words of the paragraph text (nwords long, at the end of toks)."""
        lines, line, k = [], [], 0
        first_text = len(toks) - nwords
        queue = list(enumerate(toks))
        while k < len(queue):
            idx, tok = queue[k]
            cand = [*line, tok]
            natural = sum(tokw(t) for t in cand) + F["R"].width(" ", FS) * (len(cand) - 1)
            if not line or natural <= limit(len(lines)):
                line = cand
                k += 1
                continue
            wi = idx - first_text
            done = False
            if tok[1] == "R" and 9 <= wi < nwords - 7:
                for pre, post in reversed(hyph_points(tok[0])):
                    t1 = (pre + "-", "R", None)
                    cand = [*line, t1]
                    if sum(tokw(t) for t in cand) + F["R"].width(" ", FS) * (len(cand) - 1) <= limit(len(lines)):
                        lines.append((cand, True))
                        line = []
                        queue[k] = (idx, (post, "R", None))
                        done = True
                        break
            if not done:
                lines.append((line, False))
                line = []
        lines.append((line, False))
        return lines  # [(tokens, ends_with_hyphenation)]

    def draw_line(toks, y, justify):
        natural = sum(tokw(t) for t in toks) + sum(F[t[1]].width(" ", FS) for t in toks[:-1])
        extra = (W - natural) / (len(toks) - 1) if justify and len(toks) > 1 else 0.0
        ops = ["BT 1 0 0 1 %.2f %.2f Tm" % (L, y)]
        runs = []
        for i, t in enumerate(toks):
            key = (t[1], t[2])
            if not runs or runs[-1][0] != key:
                runs.append((key, []))
            runs[-1][1].append(t[0] + (" " if i < len(toks) - 1 else ""))
        for (f, rgb), words in runs:
            rgb = rgb or (0, 0, 0)
            arr = []
            for w in words:
                arr.append(F[f].hexs(w))
                if w.endswith(" ") and extra:
                    arr.append("%.1f" % (-extra * 1000.0 / FS))
            ops.append("/%s %g Tf %.3f %.3f %.3f rg [%s] TJ" % (FN[f], FS, *rgb, " ".join(arr)))
        ops.append("ET")
        put(" ".join(ops))

    new_page()
    y = TOP + 10
    simple(L, y, "Harrowgate Vale Safeguarding Children Partnership", "B", 11, (0.2, 0.2, 0.2))
    simple(L, y - 44, "Review of Child T", "B", 26)
    simple(L, y - 68, "A child safeguarding practice review", "I", 14)
    simple(L, y - 96, "Lead reviewer: Ines Carraway-Pole (an invented person)", "R", 11)
    simple(L, y - 112, "Published March 2024", "R", 11)
    simple(L, y - 136, FICT + ". Every person, place and service named here is invented.", "B", 10, NUMC)
    put("0.6 w 0 G %.2f %.2f m %.2f %.2f l S" % (L, y - 150, R, y - 150))
    st["y"] = y - 182

    result, texts, ends, firsts, splits, split_words = [], [], [], [], [], []
    n = 0
    for title, items in T3_PLAN:
        if st["y"] - 4 * LEAD < BOTTOM:
            new_page()
        if st["y"] < TOP:
            st["y"] -= 8
        simple(L, st["y"], title, "B", 13)
        st["y"] -= LEAD * 1.5
        for item in items:
            if item == "DATES":
                if st["y"] - (len(KEY_DATES) + 2) * 13 < BOTTOM:
                    new_page()
                simple(L, st["y"], "Table 1. Key dates", "B", 10)
                st["y"] -= 15
                put("0.4 w 0 G %.2f %.2f m %.2f %.2f l S" % (L, st["y"] + 10, R, st["y"] + 10))
                for d_, what in KEY_DATES:
                    simple(L, st["y"], d_, "R", 10)
                    simple(L + 105, st["y"], what, "R", 10)
                    st["y"] -= 13
                put("0.4 w 0 G %.2f %.2f m %.2f %.2f l S" % (L, st["y"] + 9, R, st["y"] + 9))
                st["y"] -= PSKIP + 6
                continue
            tw, lead = item
            n += 1
            t = pm.make(tw, "child", lead=lead)
            texts.append(t)
            words = t.split()
            toks = [("%d." % n, "B", NUMC)]
            nl = len(lead.split()) if lead else 0
            toks += [(w, "B" if i < nl else "R", None) for i, w in enumerate(words)]
            lines = wrap_tokens(toks, len(words))
            if st["y"] - LEAD < BOTTOM:
                new_page()
            room = int((st["y"] - BOTTOM) // LEAD) + 1  # lines that fit on this page
            if room < len(lines) and not lines[room - 1][1]:
                # like TeX, set the lines before the page break a little more loosely if that lets the last
                # of them end in a hyphenated word
                for k in range(1, 16):
                    alt = wrap_tokens(toks, len(words), lambda j, k=k, room=room: W - 2.5 * k if j < room else W)
                    if room < len(alt) and alt[room - 1][1]:
                        lines = alt
                        break
            start = len(pages)
            firsts.append((start, st["y"]))
            for j, (ln, _hy) in enumerate(lines):
                if st["y"] < BOTTOM:
                    if j and lines[j - 1][1]:
                        splits.append(str(n))
                        split_words.append((lines[j - 1][0][-1][0], ln[0][0]))
                    new_page()
                draw_line(ln, st["y"], j < len(lines) - 1)
                st["y"] -= LEAD
            st["y"] -= PSKIP
            result.append(entry(str(n), start, t))
            ends.append(len(pages))
    st["y"] -= 10
    simple(L, st["y"], "The Partnership\u2019s response to these recommendations is published separately.", "I", 10)

    fonts = {k: F[k].embed(pdf, FN[k]) for k in F}
    pages_id = pdf.new()
    page_ids = []
    for ops in pages:
        cs = pdf.add(pdf.stream("\n".join(ops) + "\n"))
        page_ids.append(pdf.add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                                "/Resources << /ProcSet [/PDF /Text] /Font << %s >> >> >>"
                                % (pages_id, A4W, A4H, cs, " ".join("/%s %d 0 R" % (FN[k], fonts[k]) for k in F))))
    pdf.put(pages_id, "<< /Type /Pages /Count %d /Kids [%s] >>" % (len(pages), " ".join("%d 0 R" % i
                                                                                        for i in page_ids)))
    info = pdf.add("<< /Title %s /Author (Harrowgate Vale SCP) /Creator (PScript5.dll Version 5.2.2) /Producer "
                   "(GPL Ghostscript 9.26) /CreationDate (D:20240304113207Z00'00') /ModDate (D:20240304113207Z00'00') "
                   ">>" % pdf_text("Review of Child T (FICTIONAL)"))
    root = pdf.add("<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    path.write_bytes(pdf.render(root, info, b"%PDF-1.4"))

    npages = len(pages)
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if not 4 <= npages <= 6:
        raise AssertionError("type3.pdf: %d pages" % npages)
    if not splits:
        raise AssertionError("type3.pdf: no word hyphenated across a page break")
    import pdfplumber
    import pypdf
    reader = pypdf.PdfReader(str(path))
    with pdfplumber.open(path) as pl:
        if len(pl.pages) != npages:
            raise AssertionError("type3.pdf: pages")
        body, raw = [], []
        for p in pl.pages:
            body.append(p.crop((0, 60, A4W, A4H - 60)).extract_text() or "")
            raw.append(p.extract_text() or "")
        for k in range(1, len(pl.pages) + 1):
            if k > 1 and not raw[k - 1].startswith("Page %d | Review of Child T | 2024" % k):
                raise AssertionError("type3.pdf: running header on page %d" % k)
            fts = reader.pages[k - 1]["/Resources"]["/Font"]
            if sorted(fts) != sorted("/" + v for v in FN.values()) or \
                    any(fts[f].get_object()["/Subtype"] != "/Type3" for f in fts):
                raise AssertionError("type3.pdf: fonts on page %d" % k)
        for d, endp, (pg, y0), t in zip(result, ends, firsts, texts, strict=True):
            t0 = body[pg - 1]
            if not re.search(r"(?m)^" + re.escape(d["label"]) + r"\. " + re.escape(t.split()[0]), t0):
                raise AssertionError("type3.pdf: label %s not at the start of a line" % d["label"])
            lab = [ch for ch in pl.pages[pg - 1].chars if abs(ch["matrix"][5] - y0) < 0.01 and ch["x0"] < L + 20]
            if not lab or any(ch["non_stroking_color"] != NUMC for ch in lab[:len(d["label"]) + 1]):
                raise AssertionError("type3.pdf: colour of label %s" % d["label"])
            if not contains_seq(norm(t0), norm(d["label"] + " " + d["starts_with"])):
                raise AssertionError("type3.pdf: starts_with of %s" % d["label"])
            if not contains_seq(norm("\n".join(body[max(pg, endp - 1) - 1:endp])), norm(d["ends_with"])):
                raise AssertionError("type3.pdf: ends_with of %s" % d["label"])
            ptxt = reader.pages[pg - 1].extract_text()
            if not contains_seq(norm(ptxt), norm(d["starts_with"])):
                raise AssertionError("type3.pdf: pypdf does not read starts_with of %s" % d["label"])
        for lab in splits:
            d = result[int(lab) - 1]
            if d["page"] == ends[int(lab) - 1] or not re.search(r"\w-\n", body[d["page"] - 1].rstrip("\n") + "\n"):
                raise AssertionError("type3.pdf: split of %s" % lab)
    return {
        "note": ("A word-processed report printed to PDF through a PostScript driver and Ghostscript, %d A4 pages. "
                 "Every font is a Type 3 font (Times outlines in CharProcs named /a1, /a2 ...), with character codes "
                 "given in order of first use, so the bytes in the content stream are not ASCII; each font has a "
                 "correct ToUnicode CMap, and the text layer has real space glyphs. Justified text with "
                 "dictionary hyphenation at line ends (never within a key's words). Paragraph numbers are run in "
                 "('12. ') in dark red bold; paragraphs in 'What the review found' begin, after the number, with "
                 "a bold run-in title ('Housing.') that is part of the paragraph's text. Paragraph%s %s %s split "
                 "by a page break in the middle of a hyphenated word (%s). From page 2 a running header "
                 "'Page N | Review of Child T | 2024' "
                 "holds numbers that are not paragraph numbers; a 'Table 1. Key dates' list has dates ('14 October "
                 "2021') at the left margin where the paragraph numbers are; unnumbered bold headings; footer with "
                 "the FICTIONAL label.") % (npages, "s" if len(splits) > 1 else "", " and ".join(splits),
                                           "are" if len(splits) > 1 else "is",
                                           "; ".join("'%s' at the foot of one page, '%s' at the top of the next" % sw
                                                     for sw in split_words)),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. dhr.pdf
# --------------------------------------------------------------------------
DHR_ES = [("The review", [78, 72, 80]), ("Key findings", [85, 76]), ("What needs to change", [70, 74])]
DHR_BODY = [
    ("1", "Introduction", [("1.1", "Background", [80, 70]), ("1.2", "Terms of reference", [75, 68])]),
    ("2", "Maren and her family", [(None, None, [85, 140])]),
    ("3", "Contact with agencies", [("3.1", "The Greyfriars Road surgery", [82, 74]),
                                    ("3.2", "Eastmere Police", [90, 70]), ("3.3", "Housing", [76])]),
    ("4", "Analysis", [(None, None, [88, 80, 76, "KF", 84, 70, "KF"])]),
    ("5", "Conclusions and recommendations", [(None, None, [80, 112, 66])]),
]
GLOSSARY = [("DASH", "Domestic Abuse, Stalking and Harassment risk identification checklist"),
            ("IDVA", "Independent domestic violence advisor"),
            ("MARAC", "Multi-agency risk assessment conference"),
            ("CSP", "Community safety partnership, which commissions domestic homicide reviews")]


def make_dhr(out, pm):
    from fpdf import FPDF
    path = out / "dhr.pdf"
    A4W, A4H = 595.28, 841.89  # fpdf2's A4
    L, R = 68.0, A4W - 68.0
    TOPB, BOTTOMB = A4H - 86.0, 74.0
    HANG = 46.0
    PLUM = (110, 28, 84)
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_creation_date(datetime.datetime(2023, 11, 20, 9, 30, tzinfo=datetime.UTC))
    pdf.set_title("Domestic Homicide Review: Maren (FICTIONAL)")
    pdf.set_author("Eastmere Community Safety Partnership")
    pdf.set_subject(FICT)
    pdf.set_creator("Adobe InDesign 18.5 (Windows)")
    pdf.set_auto_page_break(False)
    for style, f in (("", "Vera.ttf"), ("B", "VeraBd.ttf"), ("I", "VeraIt.ttf")):
        pdf.add_font("Vera", style, font_path(f))
    st = {"page": 0, "y": 0.0}

    def font(style, size, rgb=(0, 0, 0)):
        pdf.set_font("Vera", style, size)
        pdf.set_text_color(*rgb)

    def sw(s, style="", size=10.0):
        pdf.set_font("Vera", style, size)
        return pdf.get_string_width(s)

    def text(x, y, s):  # y: baseline, PDF coordinates (from the bottom)
        pdf.text(x, A4H - y, s)

    def new_page(furniture=True):
        pdf.add_page()
        st["page"] += 1
        st["y"] = TOPB
        if furniture:
            font("", 8, (90, 90, 90))
            text(L, A4H - 44, "Domestic Homicide Review \u2013 Maren \u2013 Overview Report")
            t = "Eastmere Community Safety Partnership"
            text(R - sw(t, "", 8), A4H - 44, t)
            pdf.set_draw_color(*PLUM)
            pdf.set_line_width(0.6)
            pdf.line(L, 50, R, 50)
            font("", 8, (90, 90, 90))
            text(L, 38, FICT)
            font("B", 9, PLUM)
            text(R - sw(str(st["page"]), "B", 9), 38, str(st["page"]))
            font("", 10)

    # ---- cover and contents
    new_page(furniture=False)
    pdf.set_fill_color(*PLUM)
    pdf.rect(0, 0, A4W, 250, style="F")
    font("B", 12, (255, 255, 255))
    text(L, A4H - 70, "Eastmere Community Safety Partnership")
    font("B", 28, (255, 255, 255))
    text(L, A4H - 140, "Domestic Homicide Review")
    font("", 17, (255, 255, 255))
    text(L, A4H - 170, "Overview Report into the death of Maren")
    font("I", 10.5, (255, 255, 255))
    text(L, A4H - 192, "Maren is a pseudonym chosen by her family.")
    font("B", 10.5, PLUM)
    text(L, A4H - 290, FICT)
    font("", 10)
    text(L, A4H - 310, "Independent chair and author: Callum Ortiz-Breckon (an invented person)")
    text(L, A4H - 325, "Report completed: November 2023. Every name in this report is invented.")
    font("B", 13, PLUM)
    text(L, A4H - 372, "Contents")
    toc_y = A4H - 394

    # ---- executive summary in two columns
    new_page()
    font("B", 16, PLUM)
    text(L, st["y"], "Executive Summary")
    GUT = 20.0
    COLW = (R - L - GUT) / 2
    ESF, ESL, ESH = 9.0, 11.6, 16.0
    col = {"c": 0, "y": st["y"] - 30, "top": st["y"] - 30}
    result, texts, ends, firsts = [], [], [], []
    es_flow = []
    n = 0

    def col_next():
        col["c"] += 1
        col["y"] = col["top"]
        if col["c"] > 1:
            raise AssertionError("dhr.pdf: executive summary overflows its page")

    for sub, lens in DHR_ES:
        if col["y"] - 5 * ESL < BOTTOMB:
            col_next()
        x0 = L + col["c"] * (COLW + GUT)
        font("B", 10, PLUM)
        text(x0, col["y"], sub)
        col["y"] -= ESL * 1.5
        for tw in lens:
            n += 1
            t = pm.make(tw, "dhr")
            texts.append(t)
            lines = wrap(t.split(), COLW - ESH, lambda s: sw(s, "", ESF))
            if col["y"] - ESL < BOTTOMB:
                col_next()
            where = []
            for j, ln in enumerate(lines):
                if col["y"] < BOTTOMB:
                    col_next()
                x0 = L + col["c"] * (COLW + GUT)
                font("", ESF)
                if j == 0:
                    text(x0, col["y"], "%d." % n)
                    firsts.append((st["page"], col["y"], x0, x0 + COLW))
                text(x0 + ESH, col["y"], " ".join(ln))
                where.append(col["c"])
                col["y"] -= ESL
            col["y"] -= 5
            if len(set(where)) > 1:
                es_flow.append(str(n))
            result.append(entry(str(n), st["page"], t))
            ends.append(st["page"])
    es_count = n
    pdf.set_draw_color(200, 200, 200)
    pdf.set_line_width(0.4)
    pdf.line(L + COLW + GUT / 2, A4H - (TOPB - 24), L + COLW + GUT / 2, A4H - BOTTOMB)

    # ---- body: numbered chapter headings, numbered sub-headings, numbered paragraphs
    BF, BL, PSP = 10.0, 13.6, 7.0
    toc = []
    kf = 0
    new_page()
    heads_seen = []
    kf_info = []
    for cnum, ctitle, subs in DHR_BODY:
        if st["y"] - 6 * BL < BOTTOMB:
            new_page()
        if st["y"] < TOPB:
            st["y"] -= 12
        font("B", 13, PLUM)
        text(L, st["y"], cnum + ".")
        text(L + HANG, st["y"], ctitle)
        toc.append((cnum + ".", ctitle, st["page"], 0))
        heads_seen.append((cnum + ".", st["page"]))
        st["y"] -= 24
        for snum, stitle, lens in subs:
            if snum:
                if st["y"] - 5 * BL < BOTTOMB:
                    new_page()
                font("B", 10.5)
                text(L, st["y"], snum)
                text(L + HANG, st["y"], stitle)
                toc.append((snum, stitle, st["page"], 14))
                heads_seen.append((snum, st["page"]))
                st["y"] -= BL + 4
            k = 0
            for li, tw in enumerate(lens):
                if tw == "KF":
                    continue
                k += 1
                label = "%s.%d" % (snum or cnum, k)
                n += 1
                t = pm.make(tw, "dhr")
                texts.append(t)
                is_kf = lens[li + 1:li + 2] == ["KF"]
                if is_kf:
                    kf += 1
                    KW = R - (L + HANG)
                    lines = wrap(t.split(), KW - 36, lambda s: sw(s, "I", BF))
                    hbox = 22 + len(lines) * BL + 10
                    if st["y"] - hbox < BOTTOMB:
                        new_page()
                    ytop = st["y"] + BL - 2
                    pdf.set_fill_color(246, 233, 242)
                    pdf.rect(L + HANG, A4H - ytop, KW, hbox, style="F")
                    pdf.set_fill_color(*PLUM)
                    pdf.rect(L + HANG, A4H - ytop, 3, hbox, style="F")
                    cap = "KEY FINDING %d" % kf
                    font("B", 8.5, PLUM)
                    text(L + HANG + (KW - sw(cap, "B", 8.5)) / 2, st["y"], cap)
                    st["y"] -= 22
                    start = st["page"]
                    font("", BF)
                    text(L, st["y"], label)
                    firsts.append((start, st["y"], L, R))
                    kf_info.append((label, st["page"], st["y"]))
                    for ln in lines:
                        s = " ".join(ln)
                        font("I", BF, (60, 20, 50))
                        text(L + HANG + (KW - sw(s, "I", BF)) / 2, st["y"], s)
                        st["y"] -= BL
                    st["y"] -= 10 + PSP
                else:
                    lines = wrap(t.split(), R - L - HANG, lambda s: sw(s, "", BF))
                    if st["y"] - 2 * BL < BOTTOMB:
                        new_page()
                    start = st["page"]
                    for j, ln in enumerate(lines):
                        if st["y"] < BOTTOMB:
                            new_page()
                        font("", BF)
                        if j == 0:
                            text(L, st["y"], label)
                            firsts.append((start, st["y"], L, R))
                        text(L + HANG, st["y"], " ".join(ln))
                        st["y"] -= BL
                    st["y"] -= PSP
                result.append(entry(label, start, t))
                ends.append(st["page"])
    # glossary (a table; not paragraphs)
    if st["y"] - (len(GLOSSARY) + 2) * 18 < BOTTOMB:
        new_page()
    st["y"] -= 12
    font("B", 13, PLUM)
    text(L, st["y"], "Glossary")
    toc.append(("", "Glossary", st["page"], 0))
    st["y"] -= 20
    pdf.set_draw_color(*PLUM)
    pdf.set_line_width(0.5)
    for term, meaning in GLOSSARY:
        pdf.line(L, A4H - (st["y"] + 12), R, A4H - (st["y"] + 12))
        font("B", 9.5)
        text(L + 4, st["y"], term)
        font("", 9.5)
        text(L + 70, st["y"], meaning)
        st["y"] -= 18
    pdf.line(L, A4H - (st["y"] + 12), R, A4H - (st["y"] + 12))
    npages = st["page"]

    # contents on the cover page
    pdf.page = 1
    y = toc_y
    for num, title, pg, ind in [("", "Executive Summary", 2, 0), *toc]:
        font("B" if not ind else "", 10 if not ind else 9.5)
        text(L + ind, y, num)
        text(L + ind + (34 if num else 0), y, title)
        text(R - sw(str(pg), "B" if not ind else "", 10 if not ind else 9.5), y, str(pg))
        y -= 14.5 if not ind else 13
    if y < 60:
        raise AssertionError("dhr.pdf: contents too long for the cover")
    pdf.page = npages
    path.write_bytes(bytes(pdf.output()))

    check_lengths(path.name, texts)
    check_count(path.name, result)
    if not 5 <= npages <= 7:
        raise AssertionError("dhr.pdf: %d pages" % npages)
    if not es_flow:
        raise AssertionError("dhr.pdf: no executive summary paragraph runs from column 1 to column 2")
    if sum(d["page"] != e for d, e in zip(result, ends, strict=True)) < 1:
        raise AssertionError("dhr.pdf: no paragraph crosses a page")

    import pdfplumber
    with pdfplumber.open(path) as pl:
        if len(pl.pages) != npages:
            raise AssertionError("dhr.pdf: pages")
        body = [p.crop((0, 56, A4W, A4H - 56)).extract_text() or "" for p in pl.pages]
        es_cols = [pl.pages[1].crop((L + c * (COLW + GUT) - 1, 80, L + c * (COLW + GUT) + COLW + 1, A4H - 60))
                   .extract_text() for c in (0, 1)]
        es_text = "\n".join(es_cols)
        for d, endp, (pg, y0, x0, _x1) in zip(result, ends, firsts, strict=True):
            words = pl.pages[pg - 1].extract_words()
            lab = [w for w in words if w["text"] in (d["label"], d["label"] + ".") and abs(w["x0"] - x0) < 0.5
                   and abs(A4H - w["bottom"] - y0) < 4]
            if len(lab) != 1:
                raise AssertionError("dhr.pdf: label %s on page %d" % (d["label"], pg))
            src = es_text if pg == 2 else "\n".join(body[pg - 1:endp])
            if not contains_seq(norm(src), norm(d["starts_with"])):
                raise AssertionError("dhr.pdf: starts_with of %s" % d["label"])
            if not contains_seq(norm(src), norm(d["ends_with"])):
                raise AssertionError("dhr.pdf: ends_with of %s" % d["label"])
        alltext = "\n".join(body)
        for num, pg in heads_seen:
            if not re.search(r"(?m)^" + re.escape(num) + r" [A-Z]", body[pg - 1]):
                raise AssertionError("dhr.pdf: heading %s" % num)
        if not re.search(r"(?m)^KEY FINDING 2$", alltext):
            raise AssertionError("dhr.pdf: key finding caption")
    return {
        "note": ("Domestic homicide review overview report in a designed (InDesign-like) layout, %d A4 pages, "
                 "ragged right. Page 1: cover band and a contents list of numbered headings with page numbers "
                 "(not paragraphs). Page 2: an Executive Summary set in TWO columns, its paragraphs numbered "
                 "'1.' to '%d.' with the number hanging at the left of the column and unnumbered sub-headings "
                 "in the column flow; paragraph%s %s run%s from the foot of column 1 to the top of column 2. "
                 "From page 3 the body is ONE column with a 46 pt hanging indent, and the same hanging position "
                 "carries chapter headings ('1.' + 'Introduction', bold 13 pt, coloured), sub-headings ('1.1' + "
                 "'Background', bold, short, no full stop) and paragraphs. Chapters with sub-headings number "
                 "their paragraphs under them ('1.1.1', '3.2.2'); chapters without sub-headings number them "
                 "'2.1', '4.3', exactly like the sub-headings elsewhere: headings are not paragraphs. In chapter "
                 "4 two numbered paragraphs (%s) are 'key findings': a shaded box with a 'KEY FINDING 1' caption "
                 "line (not part of the paragraph) and the paragraph's text CENTRED in italic inside the box, "
                 "while its number stays at the left margin on the first text line. A glossary table ends the "
                 "report; running header; footer with the FICTIONAL label and the page number.")
                % (npages, es_count, "s" if len(es_flow) > 1 else "", " and ".join(es_flow),
                   "" if len(es_flow) > 1 else "s", " and ".join(k[0] for k in kf_info)),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. legal.docx
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WQ = "{%s}" % W_NS

LEGAL_STYLES = """<w:styles xmlns:w="%s">
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReviewText"><w:name w:val="Review Text"/>
<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>
<w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Garamond" w:hAnsi="Garamond" w:cs="Times New Roman"/>
<w:sz w:val="23"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="PullQuote"><w:name w:val="Pull Quote"/>
<w:basedOn w:val="Normal"/><w:pPr><w:framePr w:w="3402" w:hSpace="284" w:wrap="around" w:vAnchor="text"
w:hAnchor="margin" w:xAlign="right" w:y="1"/><w:pBdr><w:top w:val="single" w:sz="12" w:space="4" w:color="7F6000"/>
<w:bottom w:val="single" w:sz="12" w:space="4" w:color="7F6000"/></w:pBdr><w:shd w:val="clear" w:color="auto"
w:fill="FFF2CC"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:i/><w:color w:val="7F6000"/><w:sz w:val="26"/></w:rPr>
</w:style>
</w:styles>""" % W_NS

LEGAL_NUMBERING = """<w:numbering xmlns:w="%s">
<w:abstractNum w:abstractNumId="20"><w:nsid w:val="2E7B4C19"/><w:multiLevelType w:val="multilevel"/>
<w:tmpl w:val="F0C84B2A"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/><w:suff w:val="space"/>
<w:lvlText w:val="Chapter %%1:"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:isLgl/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2"/>
<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr><w:rPr><w:b w:val="0"/><w:i w:val="0"/>
</w:rPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%%3)"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="1418" w:hanging="567"/></w:pPr></w:lvl>
%s
</w:abstractNum>
<w:num w:numId="21"><w:abstractNumId w:val="20"/></w:num>
</w:numbering>""" % (W_NS, "\n".join(
    '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%%%d)"/><w:lvlJc '
    'w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="567"/></w:pPr></w:lvl>' % (k, k + 1, 1985 + 567 * (k - 3))
    for k in range(3, 9)))

LEGAL_PLAN = [("Introduction", [82, 74, 68]),
              ("Mrs V and her life", [86, "QUOTE", 78, 72]),
              ("What happened", [92, 80, 76, 70]),
              ("Analysis", [80, 76, 70, 74, 62]),
              ("Recommendations", [72, 68, 64])]
PREFACE = [
    "This review was commissioned by the Saltmarsh Safeguarding Adults Board after the death of Mrs V, an "
    "invented person, at her home in the winter of 2022. Its purpose is to learn lessons, not to apportion blame.",
    "The Board thanks Mrs V\u2019s daughter for her contribution, and the practitioners who spoke openly about "
    "their work. The chapters that follow are numbered in Roman numerals, as in the Board\u2019s other reviews.",
]
QUOTE = ("\u201cMum wanted to stay in her own home. She needed people to help her do that safely.\u201d \u2013 "
         "Mrs V\u2019s daughter")
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def _fmt(n, fmt):
    if fmt == "upperRoman":
        return ROMAN[n - 1]
    if fmt == "lowerRoman":
        return ROMAN[n - 1].lower()
    if fmt == "lowerLetter":
        return "abcdefghijklmnopqrstuvwxyz"[n - 1]
    return str(n)


def resolve_numbered(z):
    """A small model of Word's numbering: numPr from the paragraph or its style, numId 0 switches numbering off,
    counters per abstractNum, lower levels restarted by a higher one, each level's numFmt, and isLgl (a level
    with w:isLgl shows every level in its lvlText as arabic). Returns [(label, ilvl, text, page)] for numbered
    paragraphs, in document order; the page is counted from explicit page breaks."""
    from lxml import etree
    doc = etree.fromstring(z.read("word/document.xml"))
    sty = etree.fromstring(z.read("word/styles.xml"))
    num = etree.fromstring(z.read("word/numbering.xml"))
    styles = {s.get(WQ + "styleId"): s for s in sty.iter(WQ + "style")}
    nums = {int(n_.get(WQ + "numId")): int(n_.find(WQ + "abstractNumId").get(WQ + "val"))
            for n_ in num.iter(WQ + "num")}
    if len(nums) != len(list(num.iter(WQ + "num"))) or len(list(num.iter(WQ + "abstractNum"))) != len(
            {a.get(WQ + "abstractNumId") for a in num.iter(WQ + "abstractNum")}):
        raise AssertionError("numbering ids are not unique")
    absn = {int(a.get(WQ + "abstractNumId")): {int(lv.get(WQ + "ilvl")): lv for lv in a.iter(WQ + "lvl")}
            for a in num.iter(WQ + "abstractNum")}

    def val(el, path, default=None):
        e = el.find(path)
        return e.get(WQ + "val") if e is not None else default

    counters, out, page = {}, [], 1
    body = doc.find(WQ + "body")
    for p in body.iter(WQ + "p"):
        page += sum(1 for br in p.iter(WQ + "br") if br.get(WQ + "type") == "page")
        sid = val(p, WQ + "pPr/" + WQ + "pStyle", "Normal")
        nid = il = None
        s = styles.get(sid)
        while s is not None:
            np_ = s.find(WQ + "pPr/" + WQ + "numPr")
            if np_ is not None:
                nid, il = val(np_, WQ + "numId"), val(np_, WQ + "ilvl")
                break
            b = val(s, WQ + "basedOn")
            s = styles.get(b) if b else None
        dn = p.find(WQ + "pPr/" + WQ + "numPr")
        if dn is not None:
            nid = val(dn, WQ + "numId", nid)
            il = val(dn, WQ + "ilvl", il)
        if not nid or int(nid) == 0:
            continue
        aid = nums[int(nid)]
        il = int(il or 0)
        lv = absn[aid]
        cnt = counters.setdefault(aid, {})
        cnt[il] = cnt[il] + 1 if il in cnt else int(val(lv[il], WQ + "start", "1"))
        for deeper in [k for k in cnt if k > il]:
            del cnt[deeper]
        legal = lv[il].find(WQ + "isLgl") is not None
        text_fmt = val(lv[il], WQ + "lvlText")
        label = re.sub(r"%(\d)", lambda m, cnt=cnt, lv=lv, legal=legal: _fmt(
            cnt.get(int(m.group(1)) - 1, 0), "decimal" if legal else val(lv[int(m.group(1)) - 1], WQ + "numFmt")),
            text_fmt)
        text = "".join(t.text or "" for t in p.iter(WQ + "t"))
        out.append((label, il, text, page))
    return out


def make_legal(out, pm):
    import docx
    from docx.oxml import parse_xml
    path = out / "legal.docx"
    d = docx.Document()
    cp = d.core_properties
    cp.title = "Safeguarding Adults Review: Mrs V (FICTIONAL)"
    cp.author = "Saltmarsh Safeguarding Adults Board"
    cp.last_modified_by = "SAB business manager"
    cp.created = cp.modified = datetime.datetime(2024, 2, 6, 14, 0, 0)
    cp.revision = 12
    cp.comments = FICT
    cp.keywords = "safeguarding adults review; self-neglect; FICTIONAL"
    st_el = d.styles.element
    for s_ in parse_xml(LEGAL_STYLES):
        st_el.append(s_)
    h1 = d.styles["Heading 1"].element
    ppr = h1.find(WQ + "pPr")
    if ppr is None:
        ppr = parse_xml('<w:pPr xmlns:w="%s"/>' % W_NS)
        h1.append(ppr)
    numpr = parse_xml('<w:numPr xmlns:w="%s"><w:numId w:val="21"/></w:numPr>' % W_NS)
    later = [c for c in ppr if c.tag.split("}")[1] in ("spacing", "ind", "jc", "outlineLvl", "pBdr", "shd", "tabs")]
    if later:
        later[0].addprevious(numpr)  # schema order: keepNext, keepLines, ... numPr, ... spacing, ... outlineLvl
    else:
        ppr.append(numpr)
    num_el = d.part.numbering_part.element
    new = parse_xml(LEGAL_NUMBERING)
    first_num = num_el.find(WQ + "num")
    for el in list(new):
        if el.tag == WQ + "abstractNum" and first_num is not None:
            first_num.addprevious(el)
        else:
            num_el.append(el)
    body = d.element.body
    sect = body.find(WQ + "sectPr")
    sect.find(WQ + "pgSz").attrib.update({WQ + "w": "11906", WQ + "h": "16838"})
    sect.find(WQ + "pgMar").attrib.update({WQ + "left": "1418", WQ + "right": "1418"})
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Safeguarding Adults Review: Mrs V \u2013 Saltmarsh Safeguarding Adults Board"
    sec.footer.paragraphs[0].text = FICT

    def add(xml):
        sect.addprevious(parse_xml(xml))

    def run(t, rpr=""):
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _h.escape(t, quote=False))

    def para(style, text, extra_ppr="", rpr=""):
        return ('<w:p xmlns:w="%s"><w:pPr><w:pStyle w:val="%s"/>%s</w:pPr>%s</w:p>'
                % (W_NS, style, extra_ppr, run(text, rpr) if text else ""))

    def page_break():
        add('<w:p xmlns:w="%s"><w:r><w:br w:type="page"/></w:r></w:p>' % W_NS)

    add(para("Normal", FICT, rpr='<w:rPr><w:b/><w:color w:val="C00000"/></w:rPr>'))
    add(para("Title", "Safeguarding Adults Review: Mrs V"))
    add(para("Subtitle", "Saltmarsh Safeguarding Adults Board"))
    rows = [("Reviewer", "Priya Lindqvist-Omole (an invented person)"), ("Type of review", "Discretionary "
            "safeguarding adults review"), ("Period considered", "January 2021 to December 2022"),
            ("Board sign-off", "23 January 2024")]
    cells = "".join('<w:tr><w:tc><w:tcPr><w:tcW w:w="2800" w:type="dxa"/><w:shd w:val="clear" w:color="auto" '
                    'w:fill="E7E6E6"/></w:tcPr><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r></w:p></w:tc>'
                    '<w:tc><w:tcPr><w:tcW w:w="6270" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>'
                    '</w:tr>' % (_h.escape(a), _h.escape(b)) for a, b in rows)
    add('<w:tbl xmlns:w="%s"><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9070" w:type="dxa"/><w:tblLook '
        'w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="2800"/><w:gridCol w:w="6270"/></w:tblGrid>%s</w:tbl>'
        % (W_NS, cells))
    add(para("Heading1", "Preface", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))
    for t in PREFACE:
        add(para("ReviewText", t))
    page, result, texts, words_on = 1, [], [], {1: 60}
    for ci, (title, lens) in enumerate(LEGAL_PLAN, 1):
        page_break()
        page += 1
        add(para("Heading1", title))
        words_on[page] = 4
        k = 0
        for tw in lens:
            if tw == "QUOTE":
                add(para("PullQuote", QUOTE))
                continue
            k += 1
            t = pm.make(tw, "adult")
            texts.append(t)
            words_on[page] += len(t.split())
            add(para("ReviewText", t, '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="21"/></w:numPr>'
                     '<w:ind w:left="851" w:hanging="851"/>'))
            result.append(entry("%d.%d" % (ci, k), page, t))
    add(para("ReviewText", "The Board\u2019s action plan in response to these recommendations is published "
                           "separately. " + FICT + ".", '<w:spacing w:before="360"/>', "<w:rPr><w:i/></w:rPr>"))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words_on.values()) > 420:
        raise AssertionError("legal.docx: a page holds %d words" % max(words_on.values()))
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(_fix_zip(buf.getvalue()))

    z = zipfile.ZipFile(path)
    got = resolve_numbered(z)
    heads = [g[0] for g in got if g[1] == 0]
    if heads != ["Chapter %s:" % r for r in ROMAN[:len(LEGAL_PLAN)]]:
        raise AssertionError("legal.docx: chapter headings %r" % heads)
    paras = [g for g in got if g[1] == 1]
    if [g[0] for g in paras] != [d_["label"] for d_ in result]:
        raise AssertionError("legal.docx: labels %r" % [g[0] for g in paras])
    for (lab, _, t, pg), d_ in zip(paras, result, strict=True):
        if pg != d_["page"] or not t.startswith(d_["starts_with"]) or not t.endswith(d_["ends_with"]):
            raise AssertionError("legal.docx mismatch at " + lab)
    xml = z.read("word/document.xml").decode()
    if xml.count('<w:numId w:val="0"/>') != 1 or "w:framePr" not in z.read("word/styles.xml").decode():
        raise AssertionError("legal.docx: preface or frame")
    return {
        "note": ("Word document with one multilevel list linked to Heading 1: level 0 is upperRoman with lvlText "
                 "'Chapter %1:' (so the headings print 'Chapter IV: Analysis'), level 1 has w:isLgl ('legal "
                 "numbering') with lvlText '%1.%2', so the paragraphs under Chapter IV print '4.1', '4.2' (arabic, "
                 "not 'IV.1'). Numbered paragraphs are in a custom 'Review Text' style with direct numPr ilvl 1. "
                 "Before Chapter I, a 'Preface' in Heading 1 with numId 0 (unnumbered) and two unnumbered "
                 "paragraphs; a title page with a details table. In Chapter II a pull quote in a framed, shaded "
                 "paragraph style (w:framePr, text wrapping round it) sits between paragraphs 2.1 and 2.2: it is "
                 "not a numbered paragraph. Header and footer (FICTIONAL label). Page = explicit page breaks before "
                 "the paragraph + 1; each chapter starts on a new page after a page break."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. pandoc.html
# --------------------------------------------------------------------------
PANDOC_PLAN = [
    ("introduction", "Introduction", [(80, 1), (95, 2), "QUOTE", (70, 1)]),
    ("child-n-and-his-family", "Child N and his family", [(90, 2), (75, 1), (85, "SUB")]),
    ("what-happened", "What happened", [(100, 1), (90, 2), "TABLE", (110, "SUB"), (80, 1)]),
    ("analysis", "Analysis", [(95, 2), (105, 1), (90, 2), (85, 1)]),
    ("recommendations", "Learning and recommendations", [(75, "SUB"), (70, 1)]),
]
PANDOC_SUBS = [
    ["whether the school’s concerns reached the front door;", "how the family’s housing affected his care;",
     "what was known about the adults in the household."],
    ["an initial contact by the family hub in the spring;", "a referral from the school nurse in the summer;",
     "a missed core group meeting in the autumn."],
    ["children’s services should review how referrers are told of outcomes;",
     "the police should share intelligence about adults collecting children;",
     "every agency should remind staff of the escalation protocol."],
]
PANDOC_NOTES = [
    "Wychcombe Safeguarding Children Partnership, Multi-agency Threshold Document (2022).",
    "The chronology covers the period from March 2021 to February 2023.",
    "Child N’s mother met the reviewer twice; his father did not respond to letters.",
    "The school changed its recording system in September 2022.",
    "Working Together guidance in force at the time of these events.",
    "Figures supplied by the front door for the year to March 2023.",
]


def make_pandoc(out, pm):
    from lxml import html as lh
    path = out / "pandoc.html"
    parts, toc, result, texts, n, fn, subs = [], [], [], [], 0, 0, 0
    sub_cut, fn_items = [], []

    def esc(s):
        return _h.escape(s, quote=False)

    def sentences(t):
        return re.split(r"(?<=[.”])\s+(?=[A-Z“])", t)

    for sid, title, items in PANDOC_PLAN:
        toc.append('<li><a href="#%s" id="toc-%s">%s</a></li>' % (sid, sid, esc(title)))
        parts.append('<h2 id="%s">%s</h2>' % (sid, esc(title)))
        open_ol = False
        for it in items:
            if it in ("QUOTE", "TABLE"):
                if open_ol:
                    parts.append("</ol>")
                    open_ol = False
                if it == "QUOTE":
                    parts.append("<blockquote>\n<p>“We were told that everything was being looked after. Nobody "
                                 "asked us what we could see.” – Child N’s grandmother</p>\n</blockquote>")
                else:
                    parts.append('<table>\n<caption>Contacts with services, by year</caption>\n<colgroup>\n'
                                 '<col style="width: 40%" />\n<col style="width: 20%" />\n<col style="width: 20%" />'
                                 '\n<col style="width: 20%" />\n</colgroup>\n<thead>\n<tr class="header">\n'
                                 '<th>Service</th>\n<th style="text-align: right;">2021</th>\n'
                                 '<th style="text-align: right;">2022</th>\n<th style="text-align: right;">2023</th>'
                                 '\n</tr>\n</thead>\n<tbody>\n'
                                 + "".join('<tr class="%s">\n<td>%s</td>\n<td style="text-align: right;">%d</td>\n'
                                           '<td style="text-align: right;">%d</td>\n<td style="text-align: right;">'
                                           '%d</td>\n</tr>\n' % ("odd" if k % 2 == 0 else "even", esc(a), b, c, d)
                                           for k, (a, b, c, d) in enumerate(
                                               [("Children’s services", 3, 7, 2), ("Health visiting", 5, 4, 1),
                                                ("Police", 1, 6, 3), ("School", 12, 15, 4)]))
                                 + "</tbody>\n</table>")
                continue
            tw, shape = it
            n += 1
            t = pm.make(tw, "child")
            texts.append(t)
            ss = sentences(t)
            if " ".join(ss) != t:
                raise AssertionError("pandoc.html: sentence split")
            if not open_ol:
                parts.append('<ol type="1">' if n == 1 else '<ol start="%d" type="1">' % n)
                open_ol = True
            # a footnote reference after a sentence in mid-paragraph, in every other paragraph
            if n % 2 == 0 and fn < len(PANDOC_NOTES):
                fn += 1
                fn_items.append(str(n))
                k = max(1, len(ss) // 2)
                ss[k - 1] += ('<a href="#fn%d" class="footnote-ref" id="fnref%d" role="doc-noteref"><sup>%d</sup>'
                              '</a>' % (fn, fn, fn))
            esc_ss = [re.sub(r"^(.*?)(<a href=.*)?$", lambda m: esc(m.group(1)) + (m.group(2) or ""), s_)
                      for s_ in ss]
            if shape == 1:
                parts.append("<li><p>%s</p></li>" % " ".join(esc_ss))
            else:
                k = max(1, len(ss) // 2)
                if len(ss) - k < 1 or len(" ".join(ss[k:]).split()) < 8 or len(" ".join(ss[:k]).split()) < 10:
                    raise AssertionError("pandoc.html: paragraph %d too short to split" % n)
                lead_in = " The review looked in particular at:" if shape == "SUB" else ""
                inner = "<p>%s%s</p>\n" % (" ".join(esc_ss[:k]), lead_in)
                if shape == "SUB":
                    sub = PANDOC_SUBS[subs]
                    subs += 1
                    inner += '<ol type="a">\n%s\n</ol>\n' % "\n".join("<li>%s</li>" % esc(x) for x in sub)
                    sub_cut.append(str(n))
                inner += "<p>%s</p>" % " ".join(esc_ss[k:])
                parts.append("<li>%s</li>" % inner)
            result.append(entry(str(n), None, t))
        if open_ol:
            parts.append("</ol>")
    notes = "\n".join('<li id="fn%d"><p>%s<a href="#fnref%d" class="footnote-back" role="doc-backlink">'
                      '\u21a9\ufe0e</a></p></li>' % (k, esc(t), k) for k, t in enumerate(PANDOC_NOTES[:fn], 1))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    doc = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB" xml:lang="en-GB">
<head>
  <meta charset="utf-8" />
  <meta name="generator" content="pandoc" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes" />
  <meta name="author" content="Tamsin Okonkwo-Reyes (an invented person)" />
  <meta name="dcterms.date" content="2024-05-14" />
  <title>Child Safeguarding Practice Review: Child N (FICTIONAL)</title>
  <style>
    html { color: #1a1a1a; background-color: #fdfdfd; }
    body { margin: 0 auto; max-width: 36em; padding-left: 50px; padding-right: 50px; padding-top: 50px;
      padding-bottom: 50px; hyphens: auto; overflow-wrap: break-word; text-rendering: optimizeLegibility;
      font-kerning: normal; }
    ol, ul { padding-left: 1.7em; margin-top: 1em; }
    li > ol, li > ul { margin-top: 0; }
    blockquote { margin: 1em 0 1em 1.7em; padding-left: 1em; border-left: 2px solid #e6e6e6; color: #606060; }
    table { margin: 1em 0; border-collapse: collapse; width: 100%%; overflow-x: auto; display: block;
      font-variant-numeric: lining-nums tabular-nums; }
    table caption { margin-bottom: 0.75em; }
    tbody { margin-top: 0.5em; border-top: 1px solid #1a1a1a; border-bottom: 1px solid #1a1a1a; }
    th { border-top: 1px solid #1a1a1a; padding: 0.25em 0.5em 0.25em 0.5em; }
    td { padding: 0.125em 0.5em 0.25em 0.5em; }
    header { margin-bottom: 4em; text-align: center; }
    #TOC li { list-style: none; }
    #TOC ul { padding-left: 1.3em; }
    #TOC > ul { padding-left: 0; }
    #TOC a:not(:hover) { text-decoration: none; }
    code{white-space: pre-wrap;}
    span.smallcaps{font-variant: small-caps;}
    div.columns{display: flex; gap: min(4vw, 1.5em);}
    div.column{flex: auto; overflow-x: auto;}
    div.hanging-indent{margin-left: 1.5em; text-indent: -1.5em;}
    ul.task-list[class]{list-style: none;}
    ul.task-list li input[type="checkbox"] { font-size: inherit; width: 0.8em; margin: 0 0.8em 0.2em -1.6em;
      vertical-align: middle; }
  </style>
</head>
<body>
<header id="title-block-header">
<h1 class="title">Child Safeguarding Practice Review: Child N</h1>
<p class="subtitle">Wychcombe Safeguarding Children Partnership</p>
<p class="author">Tamsin Okonkwo-Reyes (an invented person)</p>
<p class="date">May 2024</p>
</header>
<nav id="TOC" role="doc-toc">
<ul>
%s
</ul>
</nav>
<p><strong>%s.</strong> This review is entirely invented: every person, place and service in it is
fictional. Paragraphs are numbered for ease of reference.</p>
%s
<h2 class="unnumbered" id="about-this-review">About this review</h2>
<p>The review was written in Markdown and published with pandoc. The Partnership’s response to the
recommendations in paragraphs %s and %s will be published separately.</p>
<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">
<hr />
<ol>
%s
</ol>
</section>
</body>
</html>
""" % ("\n".join(toc), FICT, "\n".join(parts), n - 1, n, notes)
    path.write_text(doc, encoding="utf-8")

    # read back: the numbered paragraphs are the items of the top-level ordered lists outside the footnotes;
    # an item's number is the list's start plus its position; its text is all of the item, less footnote links
    tree = lh.fromstring(path.read_bytes())
    found = []
    for ol in tree.xpath("//body/ol"):
        start = int(ol.get("start", "1"))
        for k, li in enumerate(ol.xpath("./li"), start):
            for a in li.xpath('.//a[@class="footnote-ref"]'):
                a.drop_tree()
            ps = li.xpath("./p")
            found.append((str(k), " ".join(ps[0].text_content().split()), " ".join(ps[-1].text_content().split()),
                          len(ps), li.xpath("./ol")))
    if [f[0] for f in found] != [d["label"] for d in result]:
        raise AssertionError("pandoc.html: labels %r" % [f[0] for f in found])
    for (lab, first, last, nps, subol), d, t in zip(found, result, texts, strict=True):
        if not first.startswith(d["starts_with"]) or not last.endswith(d["ends_with"]):
            raise AssertionError("pandoc.html mismatch at " + lab)
        if nps == 1 and first != t:
            raise AssertionError("pandoc.html text of " + lab)
        if nps == 2 and first.removesuffix(" The review looked in particular at:") + " " + last != t:
            raise AssertionError("pandoc.html text of " + lab)
        if subol and (lab not in sub_cut or subol[0].get("type") != "a"):
            raise AssertionError("pandoc.html sub-list in " + lab)
    if len(tree.xpath('//section[@id="footnotes"]/ol/li')) != fn or fn < 5:
        raise AssertionError("pandoc.html: notes")
    if len(tree.xpath("//body/ol[@start]")) < 4:
        raise AssertionError("pandoc.html: restarts")
    return {
        "note": ("A report written in Markdown and converted by pandoc (HTML5, standalone, with a title block and "
                 "a table of contents <nav>). The numbered paragraphs are ordered-list items: each section's list "
                 "after the first is <ol start=\"N\" type=\"1\">, so the numbers run on 1-%d through the "
                 "document although the lists are broken by <h2> headings, a <blockquote> and a <table>. Items "
                 "are 'loose' (<li><p>...</p></li>); several items hold two <p> elements, and items %s hold a "
                 "nested <ol type=\"a\"> of lettered points between the two <p>s (the first <p> ending 'The "
                 "review looked in particular at:'): an item is ONE numbered "
                 "paragraph, from the start of its first <p> to the end of its last <p>, and the lettered "
                 "points are part of it, not separate paragraphs. Items %s have a pandoc footnote "
                 "reference <a class=\"footnote-ref\"><sup>3</sup></a> after a mid-paragraph sentence. At the "
                 "end a pandoc endnotes <section id=\"footnotes\"> holds another <ol> of %d notes numbered 1-%d: "
                 "not paragraphs. An unnumbered closing section mentions 'paragraphs %d and %d'. Pages are null.")
                % (n, ", ".join(sub_cut), ", ".join(fn_items), fn, fn, n - 1, n),
        "paragraphs": result,
    }


def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    pm = ParaMaker()
    exp = {}
    exp["tagged.pdf"] = make_tagged(out, pm)
    exp["type3.pdf"] = make_type3(out, pm)
    exp["dhr.pdf"] = make_dhr(out, pm)
    exp["legal.docx"] = make_legal(out, pm)
    exp["pandoc.html"] = make_pandoc(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
