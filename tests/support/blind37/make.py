"""Blind fixture generator 37: five FICTIONAL review documents as they are met after editing and republication: names
covered and retyped in a PDF editor, a correction slip put in front of a report, a summary reissued inside a council
committee's agenda pack, a second edition with a record of amendments, and a withdrawn web page kept from a search
engine's cache.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces, and
its base-14 Helvetica metrics), pypdf, pypdfium2, lxml, python-docx and pdfplumber; no system fonts, no network.
Every generator checks its own key with pdfplumber/pypdf/pypdfium2/lxml/python-docx, never with the project's parser.

overlay.pdf     a safeguarding adults review (a Word export, Times, bold "2.3" numbers hanging) ANONYMISED AFTER
                SIGN-OFF in a PDF editor and saved as an INCREMENTAL UPDATE: the original file is left as it was, and
                the update gives every page a new page object whose /Contents is an array [q, the page's own
                stream, Q, the editor's stream]; the editor's stream paints an opaque WHITE BOX over each of the
                subject's and her son's names (title, running heads, a heading, seven times in the text) and TYPES
                THE PSEUDONYM on it in Helvetica ("Mrs Pellow" -> "Adult C", "Stephen Pellow" -> "Mr D"), and
                corrects a month the same way ("14 March 2023" -> "14 May 2023"); the covered words are NOT removed:
                they stay in the text layer under the boxes, at the places of the typed words, so a plain extraction
                interleaves them ("MAdrsu lPt eCllow"); two paragraphs begin with a covered name, two end with a
                covered word, three have one in mid-text; the /Info /Title still names her
corrslip.pdf    a public inquiry's report laid out as a House of Commons paper (Times, bold "2.3" numbers hanging,
                "Chapter 2: ..." headings, bare folios from 1 on the first page of text) REPUBLISHED with the
                publisher's CORRECTION SLIP inserted in front of its cover (Arial: "Correction slip", "Title:",
                "Session:", "HC 842", "Correction:", then for each correction "Page 1, paragraph 2.3, lines 1–2",
                "Text currently reads:" with the sentence as printed in quotation marks, "Text should read:" with the
                corrected one, and "Date of correction: 19 May 2025"); the first correction quotes the FIRST
                SENTENCE of paragraph 2.3, the second a sentence inside 3.2; the pages behind the slip are unchanged,
                so the folios are the physical page less 2
agendapack.pdf  a domestic homicide review's executive summary as the public meet it in a council committee's AGENDA
                PACK: an unstamped agenda front sheet (meeting details, membership, "AGENDA" and five items numbered
                "1." to "5." at the margin, "(Pages 1 - 5)", "To Follow"), the item's COVER REPORT by a council officer
                (Arial 12, a "Report to: / Date: / Report of: / Subject:" block, paragraphs numbered 1 to 7 straight
                through with bold "3." hanging under unnumbered headings, its own "Page 1 of 2") and the summary
                itself as "Appendix 1" (Arial 11, "OFFICIAL" above every page, numbered bold headings "2. Contributors
                to the review" hanging where the paragraphs' numbers do, "2.3" paragraphs, its own "Page 2 of 3");
                the pack builder STAMPED every page after the front sheet "Page N" at the foot, counting from the
                cover report, and "Agenda Item 3" at the top of the item's first page
amendments.docx a child safeguarding practice review REPUBLISHED AS A SECOND EDITION in Word: a title page saying
                what it replaces, a "Record of amendments" (a Heading 1 with numbering switched off by numId 0, a
                note, a ruled table "Paragraph | Amendment | Date" whose first column holds TYPED PARAGRAPH NUMBERS,
                "2.3", "3.4", "3.6", "5.3"); the report's numbers come from the PARAGRAPH STYLES alone (Heading 1:
                numPr numId 1, "%1."; the custom "Numbered Para": numPr ilvl 1 numId 1, "%1.%2"; nothing on the
                paragraphs); two amended paragraphs end with an italic "[Amended May 2025]", paragraph 3.4 is a
                WITHDRAWN PARAGRAPH that keeps its number and holds only an italic "[Paragraph withdrawn from the
                second edition ...]" placeholder (3.5 and 3.6 follow it), and 5.3 is new ("[Added May 2025]")
gcache.html     a partnership's review page, later WITHDRAWN from its site, as a practitioner kept it: GOOGLE'S CACHE
                copy saved from Chrome as "Webpage, Complete" (the "<!-- saved from url=(0156)https://webcache.
                googleusercontent.com/search?q=cache:..." mark, the page's <base> commented out and '<base href=".">',
                the cache header <div id="bN015htcoyT__google-cache-hdr"> with "This is Google's cache of ... It is a
                snapshot of the page as it appeared on 2 Mar 2023 11:04:51 GMT ...", "Full version", "Text-only
                version", "View source" and the Ctrl+F tip); Google served the cached document inside a <div>, so
                the browser dropped its doctype, <html>, <head> and <body> tags and kept its HEAD ELEMENTS INSIDE THE
                BODY where it met them (metas, the <title>, a stylesheet link, a <style>, an analytics script and a
                JSON-LD script whose description is a sentence of prose), before the page's skip link, cookie banner,
                header, breadcrumb and the report's "<p><strong class="para-no">2.1</strong>&nbsp;..." paragraphs
                (one a lead-in with a <ul> and an unnumbered carry-on <p>) under "<h2>2. ...</h2>" headings

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without its trailing stop ("3" for a cover report's "3."); where a
  file holds two documents with numbered paragraphs (a committee's cover report and the review it presents), both
  documents' paragraphs are paragraphs, in order ("1" to "7", then "1.1" to "4.3"); a withdrawn paragraph that keeps
  its number is a paragraph, its placeholder its text;
- a paragraph's text is what a reader sees: words painted over by an opaque box drawn later are no text, and the words
  typed on the box stand in their place (an anonymised name must never be quoted); a correction slip does not change
  the paragraphs it corrects: the key has each paragraph as printed; an amendment note printed at the end of a
  paragraph ("[Amended May 2025]") is its text;
- correction slips, a record of amendments (also its table of paragraph numbers), agenda items, heading blocks, pack
  stamps ("Page 3", "Agenda Item 3"), the documents' own footers and "OFFICIAL" markings, numbered headings, title
  pages and covers, appendices and contact lines, a search engine's cache header, a cached page's <title>, <style>
  and <script> text (JSON-LD too), cookie banners and site furniture are no paragraph's text; a <ul> and an
  unnumbered <p> after a lead-in are its paragraph's text;
- pages: physical and 1-based for PDF (never the printed folio, the pack's stamp or a document's own "Page 2 of 3").
  DOCX pages are counted from explicit breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the
  paragraph (each page holds at most about 480 words). HTML: null.
"""
import hashlib
import io
import json
import os
import pathlib
import re
import sys
import tempfile
import zipfile
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

    _text = _load("blind37_text", "text.py")
    _b36 = _load("blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from . import text as _text

ParaMaker, contains_seq, first_sentence, norm = _text.ParaMaker, _text.contains_seq, _text.first_sentence, _text.norm
_b34 = _b36._b34
# round 36's helpers (and through it rounds 34, 32, 30, 28 and 27's): measuring, wrapping, the key's entries and
# checks, escaping, a zip with fixed dates, a canvas with fixed metadata, the row flow, the Type 1 faces, a PDF
# literal, the Word package and its runs and paragraphs
sw, wrap, entry, check_lengths, check_count = _b34.sw, _b34.wrap, _b34.entry, _b34.check_lengths, _b34.check_count
hesc, xesc, zip_parts, new_canvas, Flow = _b34.hesc, _b34.xesc, _b34.zip_parts, _b34.new_canvas, _b34.Flow
check_paged, register_fonts, page_words, pdf_lit = _b34.check_paged, _b34.register_fonts, _b34.page_words, _b34.pdf_lit
A, AB, TR, TB, TI = _b34.A, _b34.AB, _b34.TR, _b34.TB, _b34.TI
W_NS, XML_HEAD = _b34.W_NS, _b34.XML_HEAD
after_first, new_page, wr, wp, docx_package, styles_xml = (_b36.after_first, _b36.new_page, _b36.wr, _b36.wp,
                                                           _b36.docx_package, _b36.styles_xml)
WP_NS, BRK = _b36.WP_NS, _b36.BRK

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A4 = (595.28, 841.89)
HV, HVB = "Helvetica", "Helvetica-Bold"  # the base-14 faces other software adds text in (not embedded)


def lit(s):
    return pdf_lit(s.encode("cp1252"))


class Update:
    """An incremental update appended to a finished PDF, as an editor saves one: changed and new objects after the
    original %%EOF, an xref section of their own and a trailer whose /Prev points at the original xref."""

    def __init__(self, orig):
        from pypdf import PdfReader
        self.orig = orig
        self.rd = PdfReader(io.BytesIO(orig))
        tr = self.rd.trailer
        self.size = int(tr["/Size"])
        self.root, self.info = tr.raw_get("/Root").idnum, tr.raw_get("/Info").idnum
        self.id0 = bytes(tr["/ID"][0].original_bytes).hex()
        self.prev = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", orig).group(1))
        self.objs = {}

    def new(self, data):
        num = self.size
        self.size += 1
        self.objs[num] = data
        return num

    def stream(self, text, compress=True):
        raw = text.encode("latin-1")
        if compress:
            raw = zlib.compress(raw, 6)
            return self.new(f"<< /Length {len(raw)} /Filter /FlateDecode >>\nstream\n".encode() + raw
                            + b"\nendstream")
        return self.new(f"<< /Length {len(raw)} >>\nstream\n".encode() + raw + b"\nendstream")

    def replace(self, num, data):
        self.objs[num] = data

    def info_dict(self, producer, mod_date):
        meta = self.rd.metadata
        self.replace(self.info, (
            f"<< /Title {lit(meta.title)} /Author {lit(meta.author)} /Subject {lit(meta.subject)} "
            f"/Creator {lit(meta.creator)} /Producer {lit(producer)} /CreationDate ({meta['/CreationDate']}) "
            f"/ModDate ({mod_date}) >>").encode("latin-1"))

    def bytes(self):
        upd, offsets = bytearray(), {}
        base = len(self.orig)
        for num in sorted(self.objs):
            offsets[num] = base + len(upd)
            upd += f"{num} 0 obj\n".encode() + self.objs[num] + b"\nendobj\n"
        xref_at = base + len(upd)
        nums = sorted(self.objs)
        groups, cur = [], [nums[0]]
        for a in nums[1:]:
            if a == cur[-1] + 1:
                cur.append(a)
            else:
                groups.append(cur)
                cur = [a]
        groups.append(cur)
        upd += b"xref\n"
        for g in groups:
            upd += f"{g[0]} {len(g)}\n".encode() + b"".join(f"{offsets[k]:010d} 00000 n \n".encode() for k in g)
        id1 = hashlib.md5(self.orig + bytes(upd)).hexdigest()
        upd += (f"trailer\n<< /Size {self.size} /Root {self.root} 0 R /Info {self.info} 0 R /ID [<{self.id0}> "
                f"<{id1}>] /Prev {self.prev} >>\nstartxref\n{xref_at}\n%%EOF\n").encode()
        return self.orig + bytes(upd)


def read_chars(path):
    """Each page's characters as pdfplumber reads them."""
    import pdfplumber
    with pdfplumber.open(path) as pl:
        return [list(p.chars) for p in pl.pages]


def words_from(chars):
    from pdfplumber.utils import extract_text
    return norm(extract_text(chars, x_tolerance=3) or "")


# --------------------------------------------------------------------------
# 1. overlay.pdf: names covered by white boxes and pseudonyms typed on top, in an incremental update; the names
#    are still in the text layer underneath
# --------------------------------------------------------------------------
# A name or a word to be covered is written "\x01original\x02replacement\x03" in the plan's sentences.
C, CS = "\x01Mrs Pellow\x02Adult C\x03", "\x01Mrs Pellow\u2019s\x02Adult C\u2019s\x03"
CE = "\x01Mrs Pellow.\x02Adult C.\x03"
D, DC = "\x01Stephen Pellow\x02Mr D\x03", "\x01Stephen Pellow,\x02Mr D,\x03"
OV_MARK = re.compile("\x01(.*?)\x02(.*?)\x03")
# items: n_words, ("START", k) a paragraph that opens with OV_START[k], ("MID", k) OV_MID[k] after the first
# sentence, ("END", k) OV_END[k] as the last sentence
OV_PLAN = [
    ("Introduction", [85, 90, 80]),
    (f"{C} and her family", [("START", 0, 95), ("START", 1, 100), ("MID", 0, 105)]),
    ("What happened", [("MID", 1, 115), 105, ("END", 0, 100), ("MID", 2, 110)]),
    ("Analysis", [110, ("END", 1, 100), 105]),
    ("Recommendations", [85, 80]),
]
OV_START = [f"{C} was eighty-four and had lived alone in the flat on Gorse Row since her husband died.",
            f"{CS} son, {DC} lived forty miles away and visited her about once a month."]
OV_MID = [f"{D} rang the adult care hub twice that winter to say that he was worried about his mother.",
          f"The district nurse wrote that {C} seemed tired and that the kitchen was cold.",
          f"When the panel met {D} he said that nobody had asked him what his mother was like before she fell ill."]
OV_END = ["The fire safety visit that she had asked for took place on 14 \x01March\x02May\x03 2023.",
          f"The last recorded contact was a telephone call from the surgery to {CE}"]
OV_TITLE = ("Safeguarding Adults Review: ", "\x01Mrs Edith Pellow\x02Adult C\x03")
OV_HEAD = ("SAR \u2013 ", "\x01Mrs Edith Pellow\x02Adult C\x03", " \u2013 overview report (FICTIONAL)")


def ov_units(t):
    """A text's units: (original, replacement or None), a covered name kept together as one unit."""
    if re.search("\x03\\S|\\S\x01", t):
        raise AssertionError("overlay.pdf: a covered unit must stand between spaces")
    return [(m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), None)
            for m in re.finditer("\x01(.*?)\x02(.*?)\x03|(\\S+)", t)]


def ov_wrap(units, width, measure):
    """Lines of units, measured by their original words (the page was laid out before anything was covered)."""
    lines, cur = [], []
    for u in units:
        if not cur or measure(" ".join(x[0] for x in [*cur, u])) <= width:
            cur.append(u)
        else:
            lines.append(cur)
            cur = [u]
    return [*lines, cur] if cur else lines


def ov_orig(t):
    return OV_MARK.sub(lambda m: m.group(1), t)


def ov_vis(t):
    return OV_MARK.sub(lambda m: m.group(2), t)


def make_overlay(out, pm):
    path = out / "overlay.pdf"
    FS, LEAD, GAP = 11.0, 14.5, 7.0
    NX, TX, R = 72.0, 108.0, 523.0
    TOP, BOTTOM = 770.0, 76.0
    fl = Flow(TOP, BOTTOM, first_top=650.0)
    result, texts, covers = [], [], []  # covers: (page, x, baseline, width, replacement, face, size)
    starts, mids, ends = [], [], []
    for s_no, (title, items) in enumerate(OV_PLAN, 1):
        def head(c, y, title=title):
            c.setFont(TB, 12.5)
            c.drawString(NX, y, ov_orig(title))
        rows = [(16.0, 19.0, head, ("HEAD", title))]
        for p_no, it in enumerate(items, 1):
            label = f"{s_no}.{p_no}"
            if isinstance(it, tuple):
                kind, k, n_words = it
                extra = {"START": OV_START, "MID": OV_MID, "END": OV_END}[kind][k]
                t = pm.make(n_words - len(extra.split()), "adult")
                if kind == "START":
                    t = extra + " " + t
                    starts.append(label)
                elif kind == "MID":
                    t = after_first(t, extra)
                    mids.append(label)
                else:
                    t = t + " " + extra
                    ends.append(label)
            else:
                t = pm.make(it, "adult")
            lines = ov_wrap(ov_units(t), R - TX, lambda s: sw(s, TR, FS))
            prow = []
            for li, ln in enumerate(lines):
                def draw(c, y, ln=ln, num=label if li == 0 else None):
                    if num:
                        c.setFont(TB, FS)
                        c.drawString(NX, y, num)
                    c.setFont(TR, FS)
                    c.drawString(TX, y, " ".join(u[0] for u in ln))
                prow.append((GAP if li == 0 else 0.0, LEAD, draw, ("LINE", ln)))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            texts.append(t)
            result.append(entry(label, placed[0][0], ov_vis(t)))
    n_pages = len(fl.pages)
    orig_buf = io.BytesIO()
    c = new_canvas(orig_buf, {"Title": "SAR Mrs Edith Pellow - overview report (FICTIONAL)",
                              "Author": "Brackenmoor Safeguarding Adults Board",
                              "Creator": "Microsoft\u00ae Word for Microsoft 365",
                              "Producer": "Microsoft\u00ae Word for Microsoft 365"})
    for i, prow in enumerate(fl.pages, 1):
        if i > 1:
            c.setFont(TI, 9)
            c.setFillGray(0.3)
            s = "".join(ov_orig(p) for p in OV_HEAD)
            c.drawString(NX, 800, s)
            x = NX + sw(OV_HEAD[0], TI, 9)
            o = OV_MARK.match(OV_HEAD[1]).group(1)
            covers.append((i, x, 800.0, sw(o, TI, 9), "Adult C", TI, 9))
            c.setFillGray(0)
        c.setFont(TR, 9.5)
        s = f"Page {i} of {n_pages}"
        c.drawString((A4[0] - sw(s, TR, 9.5)) / 2, 44, s)
        if i == 1:
            c.setFont(TB, 19)
            o = OV_MARK.match(OV_TITLE[1]).group(1)
            c.drawString(NX, 752, OV_TITLE[0] + o)
            covers.append((1, NX + sw(OV_TITLE[0], TB, 19), 752.0, sw(o, TB, 19), "Adult C", TB, 19))
            c.setFont(TR, 12)
            c.drawString(NX, 728, "Overview report for Brackenmoor Safeguarding Adults Board (FICTIONAL)")
            c.setFont(TI, 10)
            c.drawString(NX, 710, FICT + ". " + INVENTED)
            c.drawString(NX, 696, "Independent reviewer: Rosalind Achebe-Thorne. Published 20 May 2025.")
            c.setLineWidth(0.6)
            c.line(NX, 682, R, 682)
        for draw, y, tag in prow:
            draw(c, y)
            if tag[0] == "HEAD" and "\x01" in tag[1]:
                m = OV_MARK.search(tag[1])
                x = NX + sw(ov_orig(tag[1][:m.start()]), TB, 12.5)
                covers.append((i, x, y, sw(m.group(1), TB, 12.5), m.group(2), TB, 12.5))
            elif tag[0] == "LINE":
                x = TX
                for o, r in tag[1]:
                    if r is not None:
                        covers.append((i, x, y, sw(o, TR, FS), r, TR, FS))
                    x += sw(o + " ", TR, FS)
        c.showPage()
    c.save()
    orig = orig_buf.getvalue()
    # the editor's update: every page gets a new page object whose /Contents is [q, the page's own stream, Q, the
    # editor's stream]; the editor's stream paints a white box over each name and types the replacement on it
    up = Update(orig)
    hv = up.new(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    hvb = up.new(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    q_s, bigq_s = up.stream("q\n", compress=False), up.stream("Q\n", compress=False)
    boxes_on = {}
    for i, page in enumerate(up.rd.pages, 1):
        ops = []
        for pg, x, y, w, repl, face, size in covers:
            if pg != i:
                continue
            bold = face == TB
            rf, rname = (HVB, "/WO2") if bold else (HV, "/WO1")
            if sw(repl, rf, size) > w + 1.0:
                raise AssertionError(f"overlay.pdf: {repl!r} wider than what it covers")
            x0, y0, bw, bh = x - 0.8, y - 0.26 * size, w + 1.6, 1.22 * size
            boxes_on.setdefault(i, []).append((x0, y0, x0 + bw, y0 + bh, face, size))
            ops.append(f"1 1 1 rg\n{x0:.2f} {y0:.2f} {bw:.2f} {bh:.2f} re\nf")
            ops.append(f"BT\n0 0 0 rg\n{rname} {size:g} Tf\n1 0 0 1 {x:.2f} {y:.2f} Tm\n{lit(repl)} Tj\nET")
        edit = up.stream("q\n" + "\n".join(ops) + "\nQ\n")
        fonts = page["/Resources"].raw_get("/Font")
        font_dict = up.rd.get_object(fonts)
        entries = " ".join(f"{k} {v.idnum} 0 R" for k, v in sorted(
            ((k, font_dict.raw_get(k)) for k in font_dict), key=lambda kv: kv[0]))
        fd = up.new(f"<< {entries} /WO1 {hv} 0 R /WO2 {hvb} 0 R >>".encode())
        own = page.raw_get("/Contents").idnum
        up.replace(page.indirect_reference.idnum, (
            f"<< /Type /Page /Parent {page.raw_get('/Parent').idnum} 0 R /MediaBox [0 0 595.2756 841.8898] "
            f"/Resources << /Font {fd} 0 R /ProcSet [/PDF /Text] >> /Contents [{q_s} 0 R {own} 0 R {bigq_s} 0 R "
            f"{edit} 0 R] /Rotate 0 >>").encode())
    up.info_dict("PDF editor (FICTIONAL) 11.2 \u2013 incremental save", "D:20250520113000+01'00'")
    path.write_bytes(up.bytes())
    vis = [ov_vis(t) for t in texts]
    check_lengths(path.name, vis)
    check_count(path.name, result)
    # read back what a reader sees: the characters of the original faces that lie under a white box are covered;
    # the typed replacements stand where the covered words stood
    pages = read_chars(path)
    if len(pages) != n_pages:
        raise AssertionError("overlay.pdf: pages")

    def covered(ch, i):
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["y0"] + ch["y1"]) / 2
        return not ch["fontname"].startswith("Helvetica") and any(
            b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes_on.get(i, []))

    def body(ch):
        return abs(ch["size"] - FS) < 0.01 and BOTTOM - 6 <= ch["y0"] <= TOP

    seen = [words_from([ch for ch in p if body(ch) and not covered(ch, i)]) for i, p in enumerate(pages, 1)]
    raw = [words_from([ch for ch in p if body(ch)]) for p in pages]
    check_paged(path.name, seen, result, vis, crossing_range=(1, 5))
    # the covered words are still in the text layer, at the places of the typed words, and never in what is seen
    hidden = [w for i, p in enumerate(pages, 1) for w in words_from([ch for ch in p if covered(ch, i)])]
    n_names = sum(1 for cv in covers if cv[5] == TR and cv[4] != "May")
    n_all = sum(1 for cv in covers if cv[4] != "May")
    if any("pellow" in s for s in seen) or hidden.count("pellow") != n_all or hidden.count("march") != 1:
        raise AssertionError(f"overlay.pdf: covered words {hidden}")
    if not any(contains_seq(s, ["14", "may", "2023"]) for s in seen) or \
            any(contains_seq(s, ["14", "march", "2023"]) for s in seen):
        raise AssertionError("overlay.pdf: the corrected month")
    for lb in starts:
        d = next(x for x in result if x["label"] == lb)
        if contains_seq(raw[d["page"] - 1], norm(lb + " " + d["starts_with"])):
            raise AssertionError(f"overlay.pdf: {lb} reads cleanly without the boxes")
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    got = doc[0].get_textpage().get_text_range()
    if "Pellow" not in got or "Adult C" not in got:
        raise AssertionError("overlay.pdf: PDFium's text")
    from pypdf import PdfReader
    rd = PdfReader(str(path))
    if path.read_bytes().count(b"%%EOF") != 2 or any(len(p["/Contents"]) != 4 for p in rd.pages):
        raise AssertionError("overlay.pdf: the update")
    return {
        "note": ("A safeguarding adults review (a Word export: Times New Roman 11, bold two-level numbers '2.3' "
                 "hanging at the margin, bold unnumbered headings, an italic running head from page 2, 'Page N of "
                 "M') ANONYMISED AFTER SIGN-OFF in a PDF editor with its whiteout and text tools and saved as an "
                 "INCREMENTAL UPDATE: the original file is unchanged up to its %%EOF, and the update gives every page "
                 "a new page object whose /Contents is an array (a 'q' stream, the page's own stream, a 'Q' stream, "
                 "the editor's stream). The editor's stream paints an opaque WHITE BOX over each occurrence of the "
                 "subject's and her son's names (in the title, the running heads, a heading and "
                 f"{n_names} times in the text) and TYPES THE PSEUDONYM on it in Helvetica ('Mrs Pellow' becomes "
                 "'Adult C', 'Stephen Pellow' 'Mr D'), and in one paragraph a month is corrected the same way "
                 "('14 March 2023' becomes '14 May 2023'). The covered words were NOT removed: they are still in "
                 "the text layer under the boxes, at the same places as the typed words, so a plain text extraction "
                 "mixes the two (the file's /Info /Title, copied into the update, still carries the name as well). "
                 "The key has what a reader sees: the typed replacement in place of each covered word, "
                 "never a covered one (an anonymised name must not be quoted). Paragraphs "
                 f"{', '.join(starts)} BEGIN with a covered name, {', '.join(ends)} END with a covered word, and "
                 f"{', '.join(mids)} have one in mid-text. Title block, headings, running heads and page footers are "
                 "no paragraph's text. Some paragraphs run over a page break. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. corrslip.pdf: an inquiry report republished with a correction slip in front of its cover
# --------------------------------------------------------------------------
# items: n_words, or ("SLIP", k, n): a paragraph holding the sentence CS_SLIPS[k] corrects (first or after the first)
CS_PLAN = [
    ("Introduction", [85, 90, 80]),
    ("Events at Skelbrook Court", [105, 110, ("SLIP", 0, 100), 115, 95]),
    ("The regulator and the council", [110, ("SLIP", 1, 120), 105, 100]),
    ("Conclusions", [90, 85, 80]),
]
# (where the sentence goes, the sentence as printed, as the slip says it should read)
CS_SLIPS = [
    ("FIRST", "On 14 June 2022 the manager of Skelbrook Court reported the first of the falls to the council\u2019s "
              "quality team at Ormsgill Bank.",
     "On 14 July 2022 the manager of Skelbrook Court reported the first of the falls to the council\u2019s quality "
     "team at Ormsgill Bank."),
    ("MID", "The council\u2019s contracts team visited the home four times in 2022 and recorded no concerns about "
            "staffing on any of those visits.",
     "The council\u2019s contracts team visited the home three times in 2022 and recorded concerns about staffing on "
     "one of those visits."),
]
CS_TITLE = "The Skelbrook Court Inquiry"
CS_HC = "HC 842"


def make_corrslip(out, pm):
    path = out / "corrslip.pdf"
    FS, LEAD, GAP = 11.0, 14.6, 7.0
    NX, TX, R = 72.0, 110.0, 523.0
    TOP, BOTTOM = 772.0, 74.0
    FRONT = 2  # the slip and the cover come before the first numbered page
    fl = Flow(TOP, BOTTOM)
    result, texts, slip_at = [], [], {}
    for c_no, (title, items) in enumerate(CS_PLAN, 1):
        def head(c, y, title=f"Chapter {c_no}: {title}"):
            c.setFont(TB, 13)
            c.drawString(NX, y, title)
        rows = [(18.0, 22.0, head, None)]
        for p_no, it in enumerate(items, 1):
            label = f"{c_no}.{p_no}"
            if isinstance(it, tuple):
                _kind, k, n_words = it
                where, printed, _fixed = CS_SLIPS[k]
                t = pm.make(n_words - len(printed.split()), "adult")
                t = printed + " " + t if where == "FIRST" else after_first(t, printed)
                slip_at[k] = label
            else:
                t = pm.make(it, "adult")
            lines = wrap(t.split(" "), R - TX, lambda s: sw(s, TR, FS))
            prow = []
            for li, ln in enumerate(lines):
                def draw(c, y, ln=ln, num=label if li == 0 else None):
                    if num:
                        c.setFont(TB, FS)
                        c.drawString(NX, y, num)
                    c.setFont(TR, FS)
                    c.drawString(TX, y, " ".join(ln))
                prow.append((GAP if li == 0 else 0.0, LEAD, draw, (label, li, ln)))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            texts.append(t)
            result.append(entry(label, placed[0][0] + FRONT, t))
    # where each corrected sentence is printed: the printed page of its first line and its lines in the paragraph
    refs = []
    for k, (_where, printed, fixed) in enumerate(CS_SLIPS):
        label = slip_at[k]
        lines = [(pg, tag[1], tag[2]) for pg, rows_ in enumerate(fl.pages, 1) for _d, _y, tag in rows_
                 if tag and tag[0] == label]
        words = [w for _pg, _li, ln in lines for w in ln]
        t = " ".join(words)
        start = len(t[:t.index(printed)].split())
        end = start + len(printed.split()) - 1
        hit, n = [], 0
        for pg, li, ln in lines:
            if n <= end and n + len(ln) > start:
                hit.append((pg, li + 1))
            n += len(ln)
        pages_ = sorted({pg for pg, _li in hit})
        first, last = hit[0][1], hit[-1][1]
        line_s = f"line {first}" if first == last else f"lines {first}\u2013{last}"
        refs.append((f"Page {pages_[0]}, paragraph {label}, {line_s}", printed, fixed, pages_[0] + FRONT))
    c = new_canvas(path, {"Title": f"{CS_TITLE}: Report (FICTIONAL)", "Author": f"{CS_TITLE} (FICTIONAL)",
                          "Creator": "Adobe InDesign 19.2 (Macintosh)",
                          "Producer": "Adobe PDF Library 17.0; modified using Adobe Acrobat Pro 24.2"})
    # the correction slip, set by the publisher in Arial on a page of its own and inserted in front of the cover
    y = 760.0
    c.setFont(AB, 20)
    c.drawString(NX, y, "Correction slip")
    y -= 34
    for lab, val in (("Title:", f"{CS_TITLE}: Report (FICTIONAL)"), ("Session:", "2024\u201325"), ("", CS_HC)):
        c.setFont(AB, 11)
        c.drawString(NX, y, lab)
        c.setFont(A, 11)
        c.drawString(NX + (60 if lab else 0), y, val)
        y -= 17
    y -= 10
    c.setFont(AB, 11)
    c.drawString(NX, y, "Correction:")
    y -= 22
    for where_s, printed, fixed, _phys in refs:
        c.setFont(AB, 11)
        c.drawString(NX, y, where_s)
        y -= 19
        for lab, q in (("Text currently reads:", printed), ("Text should read:", fixed)):
            c.setFont(A, 11)
            c.drawString(NX, y, lab)
            y -= 16
            for ln in wrap(("\u201c" + q + "\u201d").split(), R - NX - 24, lambda s: sw(s, A, 11)):
                c.drawString(NX + 24, y, " ".join(ln))
                y -= 15
            y -= 7
        y -= 10
    c.setFont(AB, 11)
    c.drawString(NX, y, "Date of correction:")
    c.setFont(A, 11)
    c.drawString(NX + sw("Date of correction: ", AB, 11), y, "19 May 2025")
    c.setFont(A, 8)
    c.drawString(NX, 60, FICT + ". " + INVENTED)
    c.showPage()
    # the cover
    c.setFont(TB, 30)
    c.drawString(NX, 640, CS_TITLE)
    c.setFont(TR, 18)
    c.drawString(NX, 606, "Report")
    c.setFont(TR, 12)
    c.drawString(NX, 560, "Chair: Professor Imelda Okonjo-Frayne")
    c.drawString(NX, 400, "Presented to Parliament pursuant to section 26 of the Inquiries Act 2005")
    c.drawString(NX, 384, "Ordered by the House of Commons to be printed on 3 April 2025")
    c.setFont(TB, 12)
    c.drawString(NX, 350, CS_HC)
    c.setFont(TI, 9)
    c.drawString(NX, 90, FICT + ". " + INVENTED)
    c.showPage()
    for i, prow in enumerate(fl.pages, 1):
        c.setFont(TI, 9)
        c.setFillGray(0.3)
        c.drawString(NX, 802, f"{CS_TITLE}: Report")
        c.setFillGray(0)
        c.setFont(TR, 10)
        c.drawString((A4[0] - sw(str(i), TR, 10)) / 2, 42, str(i))
        for draw, y, _tag in prow:
            draw(c, y)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pw = page_words(path, lambda ch: abs(ch["size"] - FS) < 0.01 and ch["fontname"].startswith("TimesNewRoman")
                    and BOTTOM - 6 <= ch["y0"] <= TOP)
    check_paged(path.name, pw, result, texts, crossing_range=(1, 5))
    # the slip: each printed place is right (its folio shows that number and holds the sentence as quoted), the
    # quoted sentences are in it word for word, and no line of it begins with a number
    import pdfplumber
    with pdfplumber.open(path) as pl:
        slip = pl.pages[0].extract_text()
        if any(re.match(r"\d", ln) for ln in slip.splitlines()):
            raise AssertionError("corrslip.pdf: a slip line that begins with a number")
        for where_s, printed, fixed, phys in refs:
            folio = pl.pages[phys - 1].extract_text().splitlines()[-1].strip()
            if folio != where_s.split(",")[0].split()[1] or not contains_seq(pw[phys - 1], norm(printed)):
                raise AssertionError(f"corrslip.pdf: {where_s} is on page {phys} (folio {folio})")
            if not contains_seq(norm(slip), norm(where_s + " Text currently reads " + printed + " Text should "
                                                 "read " + fixed)):
                raise AssertionError(f"corrslip.pdf: the slip's {where_s}")
    first = next(d for d in result if d["label"] == slip_at[0])
    if not norm(refs[0][1])[:8] == norm(first["starts_with"]):
        raise AssertionError("corrslip.pdf: the first correction quotes the start of its paragraph")
    return {
        "note": ("A public inquiry's report laid out as a House of Commons paper (Times, bold two-level numbers '2.3' "
                 "hanging at the margin, 'Chapter 2: ...' headings, an italic running head, bare centred folios "
                 "numbered from 1 on the first page of text) and REPUBLISHED with a CORRECTION SLIP inserted in "
                 "front of its cover: physical page 1 is the publisher's slip, set in Arial ('Correction slip', "
                 f"'Title:', 'Session:', '{CS_HC}', 'Correction:', then for each correction a bold line of the form "
                 f"'{refs[0][0]}', 'Text currently reads:' with the sentence as printed in quotation marks, 'Text "
                 "should read:' with the corrected sentence, and at the end 'Date of correction: 19 May 2025'); "
                 "physical page 2 is the cover; the printed pages behind them are unchanged, so the folios are the "
                 f"physical page less {FRONT}. The first correction quotes the FIRST SENTENCE of paragraph "
                 f"{slip_at[0]} (the slip holds that paragraph's opening words, after the words 'paragraph "
                 f"{slip_at[0]}'); the second a sentence inside {slip_at[1]}. The slip is no paragraph and no "
                 "paragraph's text; its corrections are not put into the paragraphs: the key has each paragraph as "
                 "printed. Cover, chapter headings, running heads and folios are no paragraph's text. Some paragraphs "
                 "run over a page break. Pages are physical, 1-based (not the printed folios)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. agendapack.pdf: a DHR's executive summary republished in a council committee's agenda pack
# --------------------------------------------------------------------------
AP_COUNCIL = "Fenwold Borough Council (FICTIONAL)"
AP_BOARD = "Safer Fenwold Partnership Board"
AP_ITEMS = [("Apologies for absence", "To receive any apologies for absence.", None),
            ("Declarations of interest", "To receive any declarations of interest from members in respect of items "
             "on this agenda.", None),
            ("Domestic Homicide Review \u2018Kerry\u2019: executive summary", "Report of the Head of Community "
             "Safety.", "PAGES"),
            ("Partnership Plan 2025\u201328: consultation", "Report of the Partnership Manager.", "To Follow"),
            ("Date of next meeting", "To note that the next meeting will be held on Thursday, 12 June 2025.", None)]
AP_ITEM = 3
AP_FRONT = [("Date:", "Thursday, 13 March 2025"), ("Time:", "6.30 pm"),
            ("Venue:", "Committee Room 2, Civic Centre, Market Street, Fenwold"),
            ("Contact:", "Hollie Prewitt, Democratic Services, 01632 960418"),
            ("Published:", "5 March 2025")]
AP_MEMBERS = ("Membership: Councillor A Bramhall (Chair), Councillor T Okafor (Vice-Chair), Councillor P Lindqvist, "
              "Councillor R Saddington, Chief Inspector M Varga (Fenwold Police), Ms J Oduya (Fenwold Integrated Care "
              "Board), Mr K Ashdown (Fenwold Probation Delivery Unit)")
AP_REPORT_HEAD = [("Report to:", AP_BOARD), ("Date:", "13 March 2025"), ("Report of:", "Head of Community Safety"),
                  ("Subject:", "Domestic Homicide Review \u2018Kerry\u2019: executive summary"),
                  ("Wards affected:", "Moorgate"), ("Key decision:", "No")]
# the cover report's paragraphs, numbered 1 to 7 straight through under unnumbered headings
AP_REPORT = [
    ("Purpose of the report", [
        "This report presents the executive summary of the domestic homicide review into the death of "
        "\u2018Kerry\u2019, a Moorgate resident who died in November 2022. The Board commissioned the review in "
        "January 2023 under the Domestic Violence, Crime and Victims Act 2004, and the national quality assurance "
        "panel has now agreed that the summary may be published."]),
    ("Recommendation", [
        "The Board is recommended to note the executive summary at Appendix 1, to agree that it is published on the "
        "partnership\u2019s website with the overview report, and to ask each partner agency to report its progress "
        "against the action plan to the Board\u2019s meeting in December 2025."]),
    ("Background", [
        "\u2018Kerry\u2019 is the name chosen by her family for the review. She was thirty-one when she died, and her "
        "two children now live with their grandmother. Her former partner was convicted of her murder in September "
        "2023. The review was led by an independent chair and author who had no connection with any of the agencies "
        "involved.",
        "Eleven agencies gave the review their records, and practitioners from seven of them took part in a learning "
        "event held in June 2023. The family took part in the review and met the chair on three occasions; their "
        "contribution is reflected throughout the summary, and they have read the final report."]),
    ("What the review found", [
        "The review found that several agencies each knew part of what was happening to Kerry in the year before she "
        "died, but that no agency brought that knowledge together. Its recommendations concern risk assessment in "
        "primary care, information sharing with housing providers and the partnership\u2019s own training for "
        "frontline staff."]),
    ("Publication", [
        "Publication will take place no earlier than 27 March 2025, once the family and the national panel have been "
        "told the date. The overview report and the executive summary will be published together, and both will "
        "remain on the partnership\u2019s website for at least twelve months from that date."]),
    ("Financial and legal implications", [
        "There are no direct financial implications arising from this report. Partner agencies will meet the cost of "
        "their own actions from existing budgets, and the partnership\u2019s legal adviser has confirmed that the "
        "proposed publication meets the requirements of the statutory guidance on these reviews."]),
]
AP_REPORT_TAIL = ["Appendices: Appendix 1 \u2013 Domestic Homicide Review \u2018Kerry\u2019: executive summary",
                  "Background papers: none",
                  "Contact officer: Dominic Featherstone-Lowe, Head of Community Safety, 01632 960377"]
AP_DHR = [
    ("The review process", [90, 85, 80]),
    ("Contributors to the review", [95, 90, 85]),
    ("Key findings", [110, 100, 105]),
    ("Conclusions and recommendations", [95, 90, 85]),
]
AP_DHR_TITLE = ["Domestic Homicide Review", "Executive Summary",
                "Report into the death of \u2018Kerry\u2019 in November 2022"]


def make_agendapack(out, pm):
    path = out / "agendapack.pdf"
    RS, RLEAD, RGAP = 12.0, 16.0, 8.0   # the council's report: Arial 12, numbers "3." hanging
    DS, DLEAD, DGAP = 11.0, 15.0, 7.0   # the review's summary: Arial 11, numbers "2.3" hanging
    NX, RTX, DTX, R = 72.0, 100.0, 108.0, 523.0
    TOP, BOTTOM = 770.0, 84.0
    result, texts = [], []

    def text_rows(t, size, lead, gap, tx, label, font=A, nfont=A):
        rows = []
        for li, ln in enumerate(wrap(t.split(" "), R - tx, lambda s: sw(s, font, size))):
            def draw(c, y, ln=ln, num=label if li == 0 else None):
                if num:
                    c.setFont(nfont, size)
                    c.drawString(NX, y, num)
                c.setFont(font, size)
                c.drawString(tx, y, " ".join(ln))
            rows.append((gap if li == 0 else 0.0, lead, draw, label))
        return rows

    def line_row(gap, lead, s, font, size, x=NX):
        def draw(c, y):
            c.setFont(font, size)
            c.drawString(x, y, s)
        return (gap, lead, draw, None)

    # the council's cover report
    rep = Flow(TOP, BOTTOM, first_top=TOP - 30)
    head = [line_row(0.0, 24.0, AP_COUNCIL, AB, 16)]
    for k, (lab, val) in enumerate(AP_REPORT_HEAD):
        def draw(c, y, lab=lab, val=val):
            c.setFont(AB, RS)
            c.drawString(NX, y, lab)
            c.setFont(A, RS)
            c.drawString(NX + 110, y, val)
        head.append((8.0 if k == 0 else 0.0, RLEAD + 2, draw, None))
    rep.place(head, keep=len(head))
    n = 0
    for title, paras in AP_REPORT:
        rows = [line_row(16.0, 19.0, title, AB, RS)]
        for t in paras:
            n += 1
            label = str(n)
            placed = rep.place(rows + text_rows(t, RS, RLEAD, RGAP, RTX, label + ".", nfont=AB), keep=len(rows) + 2)
            texts.append(t)
            result.append(entry(label, placed[len(rows)][0] + 1, t))  # + 1: the agenda front sheet
            rows = []
    tail = [line_row(20.0 if k == 0 else 4.0, RLEAD, s, A, 10.5) for k, s in enumerate(AP_REPORT_TAIL)]
    rep.place(tail, keep=len(tail))
    rep_pages = len(rep.pages)
    # the review's executive summary (Appendix 1), a document of its own
    dhr = Flow(TOP, BOTTOM, first_top=TOP - 110)
    for s_no, (title, items) in enumerate(AP_DHR, 1):
        def hd(c, y, s_no=s_no, title=title):
            c.setFont(AB, 12)
            c.drawString(NX, y, f"{s_no}.")
            c.drawString(DTX, y, title)
        rows = [(16.0, 20.0, hd, None)]
        for p_no, n_words in enumerate(items, 1):
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "dhr")
            placed = dhr.place(rows + text_rows(t, DS, DLEAD, DGAP, DTX, label), keep=len(rows) + 2)
            texts.append(t)
            result.append(entry(label, placed[len(rows)][0] + 1 + rep_pages, t))
            rows = []
    dhr_pages = len(dhr.pages)
    first_stamp, last_stamp = 1, rep_pages + dhr_pages
    c = new_canvas(path, {"Title": f"(Public Pack)Agenda Document for {AP_BOARD}, 13/03/2025 18:30",
                          "Author": "Democratic Services, " + AP_COUNCIL,
                          "Creator": "Committee papers system (FICTIONAL)",
                          "Producer": "Committee papers system (FICTIONAL) pack builder 5.2"})
    # the agenda front sheet: not stamped
    y = 780.0
    c.setFont(AB, 18)
    c.drawString(NX, y, AP_COUNCIL)
    y -= 26
    c.setFont(AB, 15)
    c.drawString(NX, y, AP_BOARD)
    y -= 30
    for lab, val in AP_FRONT:
        c.setFont(AB, RS)
        c.drawString(NX, y, lab)
        c.setFont(A, RS)
        c.drawString(NX + 90, y, val)
        y -= 17
    y -= 8
    c.setFont(A, 10)
    for ln in wrap(AP_MEMBERS.split(" "), R - NX, lambda s: sw(s, A, 10)):
        c.drawString(NX, y, " ".join(ln))
        y -= 13
    y -= 18
    c.setFont(AB, 16)
    c.drawString((A4[0] - sw("AGENDA", AB, 16)) / 2, y, "AGENDA")
    y -= 28
    c.setFont(AB, RS)
    c.drawString(NX, y, "PART I \u2013 ITEMS CONSIDERED IN PUBLIC")
    y -= 26
    for k, (title, desc, pages_) in enumerate(AP_ITEMS, 1):
        c.setFont(AB, RS)
        c.drawString(NX, y, f"{k}.")
        c.drawString(RTX, y, title)
        if pages_:
            s = f"(Pages {first_stamp} - {last_stamp})" if pages_ == "PAGES" else pages_
            c.setFont(A, RS)
            c.drawRightString(R, y, s)
        y -= RLEAD
        c.setFont(A, RS)
        for ln in wrap(desc.split(" "), R - RTX - 80, lambda s: sw(s, A, RS)):
            c.drawString(RTX, y, " ".join(ln))
            y -= RLEAD
        y -= 12
    c.setFont(A, 8)
    c.drawString(NX, 50, FICT + ". " + INVENTED)
    c.showPage()
    stamp = 0
    for i, rows in enumerate(rep.pages, 1):
        stamp += 1
        c.setFont(A, 9)
        c.setFillGray(0.35)
        s = f"Page {i} of {rep_pages}"
        c.drawRightString(R, 52, s)
        c.setFillGray(0)
        for draw, y, _tag in rows:
            draw(c, y)
        # the pack builder's stamps, drawn over the finished page
        if i == 1:
            c.setFont(AB, 14)
            c.drawRightString(R, 808, f"Agenda Item {AP_ITEM}")
        c.setFont(A, 11)
        s = f"Page {stamp}"
        c.drawString((A4[0] - sw(s, A, 11)) / 2, 22, s)
        c.showPage()
    for i, rows in enumerate(dhr.pages, 1):
        stamp += 1
        c.setFont(AB, 10)
        c.drawString((A4[0] - sw("OFFICIAL", AB, 10)) / 2, 812, "OFFICIAL")
        if i == 1:
            c.setFont(AB, 12)
            c.drawRightString(R, 790, "Appendix 1")
            y = TOP - 12
            for k, s in enumerate(AP_DHR_TITLE):
                c.setFont(AB, (20, 16, 12)[k])
                c.drawString(NX, y, s)
                y -= (26, 22, 18)[k]
            c.setFont(A, 10)
            c.drawString(NX, y - 4, "Independent chair and author: Marguerite Ollerenshaw-Baptiste. Completed October "
                         "2024.")
        c.setFont(A, 9)
        c.setFillGray(0.35)
        c.drawString(NX, 52, "DHR \u2018Kerry\u2019 \u2013 Executive Summary (FICTIONAL)")
        c.drawRightString(R, 52, f"Page {i} of {dhr_pages}")
        c.setFillGray(0)
        for draw, y, _tag in rows:
            draw(c, y)
        c.setFont(A, 11)
        s = f"Page {stamp}"
        c.drawString((A4[0] - sw(s, A, 11)) / 2, 22, s)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pw = page_words(path, lambda ch: min(abs(ch["size"] - RS), abs(ch["size"] - DS)) < 0.01
                    and BOTTOM - 6 <= ch["y0"] <= TOP)
    check_paged(path.name, pw, result, texts, crossing_range=(1, 5))
    import pdfplumber
    with pdfplumber.open(path) as pl:
        if len(pl.pages) != 1 + last_stamp:
            raise AssertionError("agendapack.pdf: pages")
        front = [ln for ln in pl.pages[0].extract_text_lines() if re.match(r"\d\. ", ln["text"])]
        if [round(ln["x0"]) for ln in front] != [round(NX)] * len(AP_ITEMS):
            raise AssertionError("agendapack.pdf: the agenda's numbered items")
        for i, pg in enumerate(pl.pages[1:], 1):
            foot = [ln["text"] for ln in pg.extract_text_lines() if ln["top"] > A4[1] - 40]
            if foot != [f"Page {i}"]:
                raise AssertionError(f"agendapack.pdf: the stamp on page {i + 1}: {foot}")
        starts, heads = [], []
        for pg in pl.pages[1:]:
            for ln in pg.extract_text_lines():
                if re.match(r"\d+\.(\d+)? ", ln["text"]) and A4[1] - TOP - 5 <= ln["top"] and \
                        ln["bottom"] <= A4[1] - BOTTOM + 6:
                    bold = all(ch["fontname"] == AB for ch in ln["chars"])
                    (heads if bold else starts).append((round(ln["x0"]), ln["text"].split()[0]))
    want = [(round(NX), d["label"] + ("." if "." not in d["label"] else "")) for d in result]
    if starts != want or heads != [(round(NX), f"{k}.") for k in range(1, len(AP_DHR) + 1)]:
        raise AssertionError(f"agendapack.pdf: numbers {starts} {heads}")
    return {
        "note": ("A domestic homicide review's executive summary as it reaches the public in a council committee's "
                 "AGENDA PACK ('Public reports pack', built by the council's committee papers system): physical page "
                 f"1 is the AGENDA FRONT SHEET (council, '{AP_BOARD}', date, venue, membership, 'AGENDA' and five "
                 "numbered items, '1. Apologies for absence' ... '3. Domestic Homicide Review ...' with '(Pages "
                 f"{first_stamp} - {last_stamp})' at the right, '4. ... To Follow'), not stamped; then the item's "
                 f"COVER REPORT by the council's Head of Community Safety ({rep_pages} pages, Arial 12: a heading "
                 "block 'Report to: / Date: / Report of: / Subject: ...', unnumbered bold headings, paragraphs "
                 "numbered 1 to 7 straight through with bold '3.' hanging, appendices and contact lines, its own "
                 f"'Page 1 of {rep_pages}'), and behind it the review's EXECUTIVE SUMMARY as 'Appendix 1' "
                 f"({dhr_pages} pages, Arial 11: 'OFFICIAL' above every page, a title block, numbered bold headings "
                 "'2. Contributors to the review' whose numbers hang where the paragraphs' do, paragraphs '2.3' "
                 f"hanging, its own footer 'DHR ... Page 2 of {dhr_pages}'). The pack builder STAMPED every page "
                 "after the front sheet 'Page N' at the foot, centred, counting from 1 on the cover report (so the "
                 f"stamp is the physical page less 1 and differs from each document's own 'Page 2 of {dhr_pages}'), "
                 f"and 'Agenda Item {AP_ITEM}' at the top right of the item's first page. "
                 "The labels are both documents' paragraph numbers, in "
                 "order: the cover report's '1' to '7' (stop dropped) and then the summary's '1.1' to '4.3'. The "
                 "agenda's numbered items are a list of business, no paragraphs; the summary's numbered headings, "
                 "title blocks, heading blocks, stamps, footers, 'OFFICIAL' markings, the appendices, background "
                 "papers and contact lines are no paragraph's text. Pages are physical, 1-based (neither the stamp "
                 "nor the documents' own page numbers)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. amendments.docx: a second edition with a record of amendments keyed by paragraph numbers, a withdrawn
#    paragraph that keeps its number, numbering from the paragraph styles
# --------------------------------------------------------------------------
# items: n_words, ("AMENDED", k, n) a paragraph with AM_CHANGED[k] after its first sentence and the amendment note,
# "WITHDRAWN" the placeholder left where a paragraph was withdrawn, ("ADDED", n) a new paragraph
AM_PLAN = [
    ("Introduction", [70, 75, 65]),
    ("Child W and her family", [80, 85, ("AMENDED", 0, 80), 75]),
    ("What happened", [85, 80, 75, "WITHDRAWN", 80, ("AMENDED", 1, 85)]),
    ("What the review found", [90, 85, 80]),
    ("Recommendations", [75, 70, ("ADDED", 70)]),
]
AM_CHANGED = ["The family moved to the flat on Cinder Lane in March 2022, three months before the first referral.",
              "Haverslade Police shared the report of the incident with children\u2019s services on the following "
              "morning."]
AM_NOTE = "[Amended May 2025]"
AM_ADDED_NOTE = "[Added May 2025]"
AM_WITHDRAWN = "[Paragraph withdrawn from the second edition at the request of Child W\u2019s family.]"
AM_RECORD = [("2.3", "Second sentence corrected: the family moved to Cinder Lane in March 2022, not in May."),
             ("3.4", "Withdrawn at the request of Child W\u2019s family; the number is kept."),
             ("3.6", "Second sentence reworded after a factual accuracy comment from Haverslade Police."),
             ("5.3", "New recommendation on passing information between schools at transfer.")]
AM_TITLE = "Child Safeguarding Practice Review: Child W"
AM_STYLES = styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="NumberedPara"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" w:after="240"/><w:outlineLvl w:val="0"/>'
    '</w:pPr><w:rPr><w:b/><w:color w:val="005A70"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="NumberedPara"><w:name w:val="Numbered Para"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
    '<w:spacing w:after="200"/><w:jc w:val="both"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/><w:pPr>'
    '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom '
    'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'))
AM_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid '
    'w:val="5B2E7A19"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="6C1F0E22"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="NumberedPara"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr>'
    '</w:lvl>'
    + "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="'
              + ".".join(f"%{j + 1}" for j in range(k + 1)) + f'"/><w:lvlJc w:val="left"/><w:pPr><w:ind '
              f'w:left="{851 + 284 * k}" w:hanging="{851 + 284 * (k - 1)}"/></w:pPr></w:lvl>' for k in range(2, 9))
    + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def am_table():
    def cell(s, width, head=False):
        rpr = "<w:b/>" if head else ""
        shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2E6"/>' if head else ""
        return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
                + wp(wr(s, rpr), "TableText") + "</w:tc>")
    widths = (1300, 5926, 1800)
    rows = [("Paragraph", "Amendment", "Date")] + [(a, b, "14 May 2025") for a, b in AM_RECORD]
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/><w:tblLook '
           'w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
           'w:noVBand="1"/></w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
           + "</w:tblGrid>"]
    for k, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if k == 0 else ""
        out.append(f"<w:tr>{trpr}" + "".join(cell(s, w, k == 0) for s, w in zip(row, widths, strict=True))
                   + "</w:tr>")
    return "".join(out) + "</w:tbl>"


def make_amendments(out, pm):
    path = out / "amendments.docx"
    body = [wp(wr(AM_TITLE), "Title"),
            wp(wr("Second edition \u2013 May 2025")),
            wp(wr("This edition replaces the report published by the Haverslade Safeguarding Children Partnership "
                  "(FICTIONAL) on 6 February 2025. The changes are listed in the record of amendments.")),
            wp(wr(FICT + ". " + INVENTED, "<w:i/>")),
            BRK,
            wp(wr("Record of amendments"), "Heading1", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'),
            wp(wr("Paragraph numbers are unchanged from the first edition: a withdrawn paragraph keeps its number, "
                  "and a new paragraph takes the next number in its section.")),
            am_table()]
    result, texts, page, words = [], [], 2, {1: 60, 2: 130}
    changed = {}
    for s_no, (title, items) in enumerate(AM_PLAN, 1):
        body.append(BRK)
        page += 1
        words[page] = 0
        body.append(wp(wr(title), "Heading1"))
        for p_no, it in enumerate(items, 1):
            label = f"{s_no}.{p_no}"
            if it == "WITHDRAWN":
                t, runs = AM_WITHDRAWN, wr(AM_WITHDRAWN, "<w:i/>")
                changed[label] = "withdrawn"
            elif isinstance(it, tuple) and it[0] == "AMENDED":
                t = after_first(pm.make(it[2], "child"), AM_CHANGED[it[1]])
                runs = wr(t + " ") + wr(AM_NOTE, "<w:i/>")
                t = t + " " + AM_NOTE
                changed[label] = "amended"
            elif isinstance(it, tuple):
                t = pm.make(it[1], "child")
                runs = wr(t + " ") + wr(AM_ADDED_NOTE, "<w:i/>")
                t = t + " " + AM_ADDED_NOTE
                changed[label] = "added"
            else:
                t = pm.make(it, "child")
                runs = wr(t)
            body.append(wp(runs, "NumberedPara"))
            texts.append(t)
            result.append(entry(label, page, t))
            words[page] += len(t.split())
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            'r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>')
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    docx_package(path, doc, AM_STYLES, AM_NUMBERING, "CSPR Child W \u2013 second edition, May 2025 (FICTIONAL)",
                 "CSPR Child W - second edition (FICTIONAL)",
                 "Haverslade Safeguarding Children Partnership (FICTIONAL)", page,
                 sum(len(t.split()) for t in texts), (2025, 5, 14, 16, 40, 0))
    check_lengths(path.name, [t for t in texts if t != AM_WITHDRAWN])
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"amendments.docx: words per page {words}")
    if sorted(changed) != sorted(a for a, _b in AM_RECORD) or sorted(changed.values()) != sorted(
            ["amended", "amended", "withdrawn", "added"]):
        raise AssertionError(f"amendments.docx: the record of amendments {changed}")
    # read back as Word numbers it: numPr from the paragraph's style (none on the paragraphs but the unnumbered
    # heading's numId 0); the table's typed numbers are text in cells, no list; python-docx agrees on the text
    got = read_style_numbering(path)
    want = [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"amendments.docx: read back {[(g[0], g[1]) for g in got]}")
    import docx
    d = docx.Document(str(path))
    col = [r.cells[0].text for r in d.tables[0].rows]
    if col != ["Paragraph", *(a for a, _b in AM_RECORD)]:
        raise AssertionError(f"amendments.docx: the table's first column {col}")
    paras = [p.text for p in d.paragraphs if p.style.name == "Numbered Para"]
    if paras != texts or any(re.match(r"\d", x) for x in paras):
        raise AssertionError("amendments.docx: python-docx's paragraphs")
    if any(p._p.pPr is not None and p._p.pPr.numPr is not None for p in d.paragraphs
           if p.style.name == "Numbered Para"):
        raise AssertionError("amendments.docx: a paragraph with numbering of its own")
    return {
        "note": ("A child safeguarding practice review REPUBLISHED AS A SECOND EDITION in Word. Page 1 is a title "
                 "page ('Second edition \u2013 May 2025 ... replaces the report published on 6 February 2025'); page 2 "
                 "a 'Record of amendments' (a Heading 1 whose numbering is switched off with numId 0, a note that "
                 "paragraph numbers are unchanged, and a ruled table 'Paragraph | Amendment | Date' whose first "
                 "column holds TYPED PARAGRAPH NUMBERS, "
                 + ", ".join(f"'{a}'" for a, _b in AM_RECORD) + ", each beside a description of the change: a list "
                 "of amendments, no paragraphs). The report's numbers come from the PARAGRAPH STYLES alone: Heading 1 "
                 "carries numPr numId 1 (level 0, '%1.') and the custom style 'Numbered Para' numPr ilvl 1 numId 1 "
                 "(level 1, '%1.%2', both tied to their levels by w:pStyle); no body paragraph has numbering of its "
                 "own. Paragraphs "
                 + " and ".join(k for k, v in changed.items() if v == "amended") + " end with an italic '"
                 + AM_NOTE + "' (part of their text); "
                 + next(k for k, v in changed.items() if v == "withdrawn") + " is a WITHDRAWN PARAGRAPH that keeps "
                 "its number: its only text is the italic placeholder '" + AM_WITHDRAWN + "', and it is a paragraph "
                 "with that text (the numbers after it go on 3.5, 3.6); "
                 + next(k for k, v in changed.items() if v == "added") + " is new, ending '" + AM_ADDED_NOTE + "'. "
                 "Title page, the record of amendments (heading, note and table), the headings, the header and the "
                 "PAGE field footer are no paragraph's text. page = 1 + the page breaks (w:br page, each in an empty "
                 "paragraph) before the paragraph."),
        "paragraphs": result,
    }


def read_style_numbering(path):
    """[label, page, text] for the numbered paragraphs as Word numbers them: numPr from the paragraph (numId 0
    switches numbering off) or else from its style through w:basedOn; counters per abstractNum, a level restarting
    the levels below it; lvlText filled in with decimal numbers; the stop after a number is no part of the label."""
    from lxml import etree
    Wq = f"{{{W_NS}}}"
    z = zipfile.ZipFile(path)
    doc, styles, numbering = (etree.fromstring(z.read(f"word/{p}.xml")) for p in ("document", "styles", "numbering"))
    st = {s_.get(Wq + "styleId"): s_ for s_ in styles.iter(Wq + "style")}

    def style_numpr(sid):
        while sid:
            s_ = st[sid]
            np_ = s_.find(f"{Wq}pPr/{Wq}numPr")
            if np_ is not None:
                return np_
            b = s_.find(Wq + "basedOn")
            sid = b.get(Wq + "val") if b is not None else None
        return None

    lvl_text = {(an.get(Wq + "abstractNumId"), int(lv.get(Wq + "ilvl"))): lv.find(Wq + "lvlText").get(Wq + "val")
                for an in numbering.iter(Wq + "abstractNum") for lv in an.iter(Wq + "lvl")}
    num_to_abs = {n.get(Wq + "numId"): n.find(Wq + "abstractNumId").get(Wq + "val")
                  for n in numbering.iter(Wq + "num")}
    counters, out, page = {}, [], 1
    for p in doc.find(Wq + "body").iter(Wq + "p"):
        if p.find(f".//{Wq}br[@{Wq}type='page']") is not None:
            page += 1
        ps = p.find(f"{Wq}pPr/{Wq}pStyle")
        sid = ps.get(Wq + "val") if ps is not None else None
        own = p.find(f"{Wq}pPr/{Wq}numPr")
        sp = style_numpr(sid)
        num_el = own.find(Wq + "numId") if own is not None and own.find(Wq + "numId") is not None else (
            sp.find(Wq + "numId") if sp is not None else None)
        if num_el is None or num_el.get(Wq + "val") == "0":
            continue
        il = (own.find(Wq + "ilvl") if own is not None and own.find(Wq + "ilvl") is not None else
              sp.find(Wq + "ilvl") if sp is not None else None)
        ilvl = int(il.get(Wq + "val")) if il is not None else 0
        an = num_to_abs[num_el.get(Wq + "val")]
        c = counters.setdefault(an, [0] * 9)
        c[ilvl] += 1
        for k in range(ilvl + 1, 9):
            c[k] = 0
        s_ = lvl_text[(an, ilvl)]
        for k in range(ilvl + 1):
            s_ = s_.replace(f"%{k + 1}", str(c[k]))
        if sid == "Heading1":
            continue
        out.append([s_.rstrip("."), page, "".join(t.text for t in p.iter(Wq + "t"))])
    return out


# --------------------------------------------------------------------------
# 5. gcache.html: a withdrawn review page as Google's cache kept it, saved from Chrome as "Webpage, Complete"
# --------------------------------------------------------------------------
# items: n_words, or ("LIST", n): a lead-in, a <ul> of GC_LIST and an unnumbered <p> carrying the paragraph on
GC_PLAN = [
    ("Introduction", [70, 75, 65]),
    ("Child L and her family", [85, ("LIST", 70), 80]),
    ("What happened", [90, 85, 80, 75]),
    ("What needs to change", [80, 75, 70]),
]
GC_LIST = ["the school knew that Child L had missed most of the spring term;",
           "the GP knew that her mother had stopped collecting her own prescriptions;",
           "the housing officer knew that the family had been asked to leave the flat."]
GC_SITE = "https://www.thornleigh-scp.org.uk"
GC_PATH = "/practice-reviews/cspr-child-l/"
GC_KEY = "Qm7xR2c9TfUJ"
GC_TITLE = "Child Safeguarding Practice Review: Child L"
GC_PAGE_TITLE = "CSPR Child L: published report | Thornleigh Safeguarding Children Partnership"
GC_FILES = "./CSPR Child L_ published report _ Thornleigh Safeguarding Children Partnership_files"
GC_HDR_CSS = ("body{margin-left:0;margin-right:0;margin-top:0}#bN015htcoyT__google-cache-hdr{background:#f5f5f5;"
              "font:13px arial,sans-serif;text-align:left;color:#202020;border:0;margin:0;border-bottom:1px solid "
              "#cecece;line-height:16px;padding:16px 28px 24px 28px}#bN015htcoyT__google-cache-hdr *{display:inline;"
              "font:inherit;text-align:inherit;color:inherit;line-height:inherit;background:none;border:0;margin:0;"
              "padding:0;letter-spacing:0}#bN015htcoyT__google-cache-hdr a{text-decoration:none;color:#1a0dab}"
              "#bN015htcoyT__google-cache-hdr a:hover{text-decoration:underline}#bN015htcoyT__google-cache-hdr "
              "a:visited{color:#609}#bN015htcoyT__google-cache-hdr div{display:block;margin-top:4px}"
              "#bN015htcoyT__google-cache-hdr b{font-weight:bold;display:inline-block;direction:ltr}")
GC_SITE_CSS = (".rich-text p{margin:0 0 1em}.rich-text strong.para-no{display:inline-block;min-width:2.6em}"
               ".cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:1em}")


def make_gcache(out, pm):
    path = out / "gcache.html"
    page_url = GC_SITE + GC_PATH
    cache = (f"https://webcache.googleusercontent.com/search?q=cache:{GC_KEY}:{page_url}&cd=1&hl=en&ct=clnk&gl=uk")
    result, texts, blocks = [], [], []
    lists = iter([GC_LIST])
    for s_no, (title, items) in enumerate(GC_PLAN, 1):
        blocks.append(f'<h2 id="section-{s_no}">{s_no}. {hesc(title)}</h2>')
        for p_no, it in enumerate(items, 1):
            label = f"{s_no}.{p_no}"
            if isinstance(it, tuple):
                lead = pm.make(it[1], "child").rstrip(".") + ". Each service held one part of the picture:"
                items_ = next(lists)
                cont = pm.make(42, "child")
                blocks.append(f'<p><strong class="para-no">{label}</strong>&nbsp;{hesc(lead)}</p>')
                blocks.append("<ul>" + "".join(f"<li>{hesc(x)}</li>" for x in items_) + "</ul>")
                blocks.append(f"<p>{hesc(cont)}</p>")
                t = " ".join([lead, *items_, cont])
            else:
                t = pm.make(it, "child")
                blocks.append(f'<p><strong class="para-no">{label}</strong>&nbsp;{hesc(t)}</p>')
            texts.append(t)
            result.append(entry(label, None, t))
    lead_desc = ("The published report of the child safeguarding practice review about Child L, a ten-year-old girl "
                 "who was seriously harmed at home in 2021.")
    ld = json.dumps({"@context": "https://schema.org", "@type": "WebPage", "name": GC_PAGE_TITLE,
                     "description": lead_desc, "datePublished": "2023-01-09", "url": page_url},
                    ensure_ascii=False, separators=(",", ":"))
    hdr = (
        '<div id="bN015htcoyT__google-cache-hdr"><div><span>This is Google\'s cache of '
        f'<a href="{page_url}">{page_url}</a>.</span>&nbsp;<span>It is a snapshot of the page as it appeared on '
        '2 Mar 2023 11:04:51 GMT.</span>&nbsp;<span>The <a href="' + page_url + '" id="bN015htcoyT__google-cache-'
        'current-page">current page</a> could have changed in the meantime.</span>&nbsp;<a href="http://support.'
        'google.com/websearch/bin/answer.py?hl=en&amp;p=cached&amp;answer=1687222"><span>Learn more</span>.</a></div>'
        '<div><span style="display:inline-block;margin-top:8px;margin-right:104px;white-space:nowrap"><span '
        'style="margin-right:28px"><span style="font-weight:bold">Full version</span></span><span style="margin-'
        f'right:28px"><a href="{hesc(cache)}&amp;strip=1&amp;vwsrc=0"><span>Text-only version</span></a></span><span '
        f'style="margin-right:28px"><a href="{hesc(cache)}&amp;strip=0&amp;vwsrc=1"><span>View source</span></a>'
        '</span></span></div><span style="display:inline-block;margin-top:8px;color:#717171"><span>Tip: To quickly '
        'find your search term on this page, press <b>Ctrl+F</b> or <b>\u2318-F</b> (Mac) and use the find bar.'
        '</span></span></div>')
    # the cached page's own <head> elements: the browser put them where it met them, inside the cache's <div>
    inner_head = (
        '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{hesc(GC_PAGE_TITLE)}</title>\n"
        f'<meta name="description" content="{hesc(lead_desc)}">\n'
        f'<link rel="stylesheet" href="{hesc(GC_FILES)}/main.min.css">\n'
        f"<style>{GC_SITE_CSS}</style>\n"
        f'<script async="" src="{hesc(GC_FILES)}/js"></script>\n'
        "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} "
        "gtag('js', new Date()); gtag('config', 'G-FICTION37');</script>\n"
        f'<script type="application/ld+json">{ld}</script>\n')
    inner_body = f"""<a class="skip-link" href="{page_url}#main-content">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookie banner"><p>We use some essential cookies to make this
website work. We would like to set additional cookies to understand how you use the website.</p>
<button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button>
</div>
<header class="site-header"><a class="logo" href="{GC_SITE}/"><img src="{hesc(GC_FILES)}/logo.svg"
alt="Thornleigh Safeguarding Children Partnership (FICTIONAL)"></a>
<nav aria-label="Main"><ul><li><a href="{GC_SITE}/about/">About us</a></li><li><a href="{GC_SITE}/practice-reviews/"
>Practice reviews</a></li><li><a href="{GC_SITE}/training/">Training</a></li><li><a href="{GC_SITE}/report-a-concern/"
>Report a concern</a></li></ul></nav></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="{GC_SITE}/">Home</a></li><li><a
href="{GC_SITE}/practice-reviews/">Practice reviews</a></li><li>Child L</li></ol></nav>
<main id="main-content">
<h1>{hesc(GC_TITLE)}</h1>
<p class="meta">Published 9 January 2023. <em>{FICT}. {INVENTED}</em></p>
<aside class="download"><h2>Download</h2><p><a href="{GC_SITE}/media/2291/cspr-child-l-final.pdf">CSPR Child L:
full report (PDF, 1.2 MB)</a></p></aside>
<div class="rich-text">
{chr(10).join(blocks)}
</div>
<p class="updated">Page last updated: 10 January 2023</p>
</main>
<footer class="site-footer"><p>&copy; Thornleigh Safeguarding Children Partnership 2023 (FICTIONAL)</p>
<ul><li><a href="{GC_SITE}/accessibility/">Accessibility</a></li><li><a href="{GC_SITE}/privacy/">Privacy</a></li>
</ul></footer>
"""
    head = (f'<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<!--<base href="{page_url}">--><base href="."><style>{GC_HDR_CSS}</style></head>')
    page = (f"<!-- saved from url=({len(cache):04d}){cache} -->\n{head}<body class=\"page-template-review\">{hdr}"
            f'<div style="position:relative;">\n{inner_head}{inner_body}</div></body></html>')
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: the report's blocks are the rich text's children; a <p> opening with a bold number starts a
    # paragraph, a <ul> and a <p> without a number carry it on; the cache's header, the page's own head elements
    # (a <title>, a <style>, scripts, JSON-LD) inside <body>, the cookie banner and the site's furniture are outside
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    got = []
    for el in root.xpath('//div[@class="rich-text"]/*'):
        txt = " ".join(" ".join(el.itertext()).split())
        strong = el.find("strong")
        if el.tag == "h2":
            continue
        if el.tag == "p" and strong is not None and re.fullmatch(r"\d+\.\d+", strong.text or ""):
            got.append([strong.text, txt[len(strong.text):].strip()])
        else:
            got[-1][1] += " " + txt
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"gcache.html: read back {[g[0] for g in got]}")
    body_at = page.index("<body")
    if not (body_at < page.index("<title>") and body_at < page.index("<style>" + GC_SITE_CSS)
            and body_at < page.index('<script type="application/ld+json">')
            and page.index("bN015htcoyT__google-cache-hdr\"><div>") < page.index("<title>")):
        raise AssertionError("gcache.html: the cached page's head elements")
    if page.count("<html") != 1 or page.count("<body") != 1 or "<!DOCTYPE" in page:
        raise AssertionError("gcache.html: the browser's one document")
    m = re.match(r"<!-- saved from url=\((\d{4})\)(\S+) -->", page)
    if not m or int(m.group(1)) != len(m.group(2)):
        raise AssertionError("gcache.html: the mark of the web")
    return {
        "note": ("A safeguarding children partnership's review page that was later WITHDRAWN from the site, as a "
                 "practitioner kept it: GOOGLE'S CACHED COPY ('cache:' on webcache.googleusercontent.com), saved from "
                 "Chrome as 'Webpage, Complete'. The file opens with Chrome's mark of the web ('<!-- saved from "
                 f"url=({len(cache):04d})https://webcache.googleusercontent.com/search?q=cache:...'), then the "
                 "cache's own head (a Content-Type meta, the page's <base> commented out and Chrome's '<base "
                 "href=\".\">', the header's style) and, first in <body>, "
                 "the cache header <div id=\"bN015htcoyT__google-cache-hdr\"> "
                 "('This is Google's cache of https://... It is a snapshot of the page as it appeared on 2 Mar 2023 "
                 "11:04:51 GMT. The current page could have changed in the meantime. Learn more.', 'Full version', "
                 "'Text-only version', 'View source', the Ctrl+F tip). Google served the cached document INSIDE a "
                 "<div style=\"position:relative;\">, so the browser dropped its doctype and its <html>, <head> and "
                 "<body> tags (their lang and class went onto the one <html> and <body>) and kept its HEAD ELEMENTS "
                 "WHERE IT MET THEM, INSIDE THE BODY: metas, the <title>, a stylesheet link to the '..._files' "
                 "folder, a <style>, an analytics <script> and a JSON-LD <script> whose description is a sentence "
                 "of prose. Then the page: a skip link, a cookie banner, the site header and navigation, a "
                 "breadcrumb, the <h1>, the date and a download box, and the report as rich text: '<h2>2. Child L "
                 "and her family</h2>' headings and '<p><strong class=\"para-no\">2.1</strong>&nbsp;...' "
                 "paragraphs, one a lead-in with a <ul> and an unnumbered <p> carrying it on (all its text); 'Page "
                 "last updated', the footer. Labels are the typed numbers; the cache header, the title, style and "
                 "script text, the banner, headings and site furniture are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    pm = ParaMaker()
    exp = {}
    exp["overlay.pdf"] = make_overlay(out, pm)
    exp["corrslip.pdf"] = make_corrslip(out, pm)
    exp["agendapack.pdf"] = make_agendapack(out, pm)
    exp["amendments.docx"] = make_amendments(out, pm)
    exp["gcache.html"] = make_gcache(out, pm)
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
        with tempfile.TemporaryDirectory(prefix="blind37-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
