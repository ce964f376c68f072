"""Blind fixture generator 30: five FICTIONAL review documents, each carrying the quirks of the software that made it.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
pypdf, lxml, python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key with
pdfplumber/pypdf/lxml/python-docx, never with the project's parser.

pdftex.pdf      a safeguarding adults review typeset with LaTeX and pdfTeX (hyperref): the text layer has NO SPACE
                CHARACTERS: each line is one TJ array whose words are separated only by numeric offsets (the
                justified interword glue, about 2.5 pt at 10 pt) with small kerning offsets inside words; the Type 1
                fonts (subset names "EJQZWN+NimbusRomNo9L-Regu") carry a /Differences encoding with the fi and fl
                LIGATURE glyphs at codes 28 and 29 and no ToUnicode map, so "first" reads back as U+FB01 + "rst";
                all a page's text is in one BT ... ET, moved by Td; "2 Background" section headings (a bare number,
                a quad, the title), bold "2.3" paragraph numbers hanging at the margin, a footnote (its mark raised
                in mid-line, its text at the foot of the page beginning with "1"), a red-boxed hyperref link on a
                cross-reference "paragraph 2.3" and PDF outlines; a centred abstract; paragraphs over page breaks
fakebold.pdf    a practice review printed to PDF from a partnership's case-review system through a printer driver
                whose fonts have no bold face: every bold string (title, "3. Key episodes" headings, the hanging
                "3.2" numbers, one sentence inside a paragraph) is SIMULATED BY OVERPRINTING: the same characters
                drawn two or three times, each copy 0.3 pt to the right of the last, so the raw text layer holds
                "3.23.2" (or "33..22" when sorted by position); a "Printed ... by" header and a "CRM ref." footer
                with "Page N of M"
gdocs.docx      a domestic homicide review written in Google Docs and downloaded as .docx: Google's markup (every
                w:p with zero rsids and a sequential w14:paraId, every run with <w:rtl w:val="0"/>, "_gjdgxs" and
                "_heading=h.30j0zll" bookmarks, page size 11909 x 16834, a Table of Contents w:sdt whose entries
                are hyperlinks holding several fldChar/instrText/t in one run); paragraphs numbered straight through
                1-16 by Word numbering ("%1." at level 0) split over THREE Google lists, each its own abstractNum:
                the first carries on across a heading (4 follows 3 under the next heading), the second and third
                were restarted in Docs at 7 and 12 (w:start in the abstractNum itself, no override); "a." "b." "c."
                items at level 1 and an unnumbered carry-on paragraph inside paragraph 8; a highlight and a
                comment range that begin in mid-word (a run split inside a word); a comment whose text cites
                "10.3"; page breaks inside heading paragraphs and in a paragraph of their own
wordonline.html a partnership's CMS page whose body was pasted from Word for the web: every paragraph a
                <div class="OutlineElement Ltr SCXW... BCX8"><p class="Paragraph" paraid=... paraeid=...> of
                <span class="TextRun"><span class="NormalTextRun"> runs, SpellingError spans round invented place
                names, a run boundary inside a word (no space between the spans), "&nbsp; " after some full stops,
                an <span class="EOP">&nbsp;</span> ending every paragraph and empty spacer paragraphs; typed
                numbers "2.1" followed by a <span class="TabRun IndentTab"> or by "&nbsp;&nbsp; " in the same run,
                one number split over two runs ("3." and "3"); headings are <p role="heading" aria-level="2"> typed
                "3. What happened"; bullets inside a paragraph each in its own ListContainerWrapper <ul>, then a
                carry-on paragraph
shuffled.pdf    a domestic homicide review exported by a report builder that writes every printed line as its own
                text object (BT, "1 Tf", the size in the text matrix, Tj, ET) in the order its elements were stored,
                NOT the reading order (shuffled on every page, the bare paragraph numbers separate objects too),
                under a Y-FLIPPED page matrix ("1 0 0 -1 0 841.89 cm", each text matrix flipped back); bold bare
                numbers "7" hanging left, unnumbered bold headings, a header and "Page N of M"

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without a trailing stop ("7." is 7); words are the words a reader sees
  ("first", never U+FB01 + "rst"; one "3.2", never "3.23.2");
- headings (also LaTeX's "2 Background" and typed "3. What happened"), the abstract, running heads and footers,
  footnotes, comments, the table of contents, navigation and spacer paragraphs are no paragraph's text; items and a
  carry-on paragraph after a lead-in are its paragraph's text;
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML: null.
"""
import io
import itertools
import json
import os
import pathlib
import random
import re
import sys
import tempfile
import unicodedata
import zipfile

if __package__ in (None, ""):
    import importlib.util

    def _load(name, *rel):
        spec = importlib.util.spec_from_file_location(name, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                         *rel))
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod

    _text = _load("blind30_text", "text.py")
    _b28 = _load("blind28_make", "..", "blind28", "make.py")
else:
    from ..blind28 import make as _b28
    from . import text as _text

ParaMaker, contains_seq, first_sentence, norm = _text.ParaMaker, _text.contains_seq, _text.first_sentence, _text.norm
# round 28's helpers (and through it round 27's): measuring, wrapping, the key's entries and checks, escaping, a zip
# with fixed dates, a canvas with fixed metadata, the row flow, the Type 1 faces
sw, wrap, entry, check_lengths, check_count = _b28.sw, _b28.wrap, _b28.entry, _b28.check_lengths, _b28.check_count
hesc, xesc, zip_parts, new_canvas, Flow = _b28.hesc, _b28.xesc, _b28.zip_parts, _b28.new_canvas, _b28.Flow
A, AB, TR, TB, TI = _b28.A, _b28.AB, _b28.TR, _b28.TB, _b28.TI

FICT = "FICTIONAL \u2013 for software testing"
A4 = (595.28, 841.89)


def read_pages(path, keep, x_tol=3.0, dedupe=False, nfkc=False):
    """Each page's words (lower-case, \\w+) from the characters ``keep`` accepts, in pdfplumber's reading order."""
    import pdfplumber
    from pdfplumber.utils import extract_text
    out = []
    with pdfplumber.open(path) as pl:
        for page in pl.pages:
            p = page.dedupe_chars(tolerance=1) if dedupe else page
            s = extract_text([c for c in p.chars if keep(c)], x_tolerance=x_tol) or ""
            out.append(norm(unicodedata.normalize("NFKC", s) if nfkc else s))
    return out


def check_paged(name, pw, result, texts, crossing_range=(1, 5)):
    """Every paragraph's words in one piece; its label and first words on its page; some paragraphs cross pages."""
    if not 3 <= len(pw) <= 9:
        raise AssertionError(f"{name}: {len(pw)} pages")
    allw = [w for p in pw for w in p]
    crossing = 0
    for d, t in zip(result, texts, strict=True):
        if not contains_seq(allw, norm(t)):
            raise AssertionError(f"{name}: text of {d['label']} not read back in one piece")
        if not contains_seq(pw[d["page"] - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"{name}: label and starts_with of {d['label']} on page {d['page']}")
        crossing += not contains_seq(pw[d["page"] - 1], norm(d["ends_with"]))
    lo, hi = crossing_range
    if not lo <= crossing <= hi:
        raise AssertionError(f"{name}: {crossing} paragraphs across a page break")


def after_first_sentence(t, s):
    """``t`` with the sentence ``s`` put in after its first sentence."""
    f = first_sentence(t)
    return f + " " + s + t[len(f):]


def pdf_lit(b):
    """A PDF literal string, as pdfTeX writes them: ( ) \\ escaped, bytes outside printable ASCII in octal."""
    out = []
    for x in b:
        ch = chr(x)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= x < 127:
            out.append(ch)
        else:
            out.append(f"\\{x:03o}")
    return "(" + "".join(out) + ")"


# --------------------------------------------------------------------------
# 1. pdftex.pdf: pdfTeX's text layer: no spaces (TJ offsets), ligature glyphs by /Differences, no ToUnicode
# --------------------------------------------------------------------------
# items: n_words, ("FOOTNOTE", n) a footnote mark after the 22nd word, ("XREF", n) a sentence citing paragraph 2.3
TX_PLAN = [
    ("Introduction", [80, 95, 90]),
    ("Background", [110, ("FOOTNOTE", 120), 100, 115]),
    ("Analysis", [125, 105, ("XREF", 120), 110, 95]),
    ("Conclusions", [100, 85]),
]
TX_TITLE = "Safeguarding Adults Review concerning Mr D"
TX_ABSTRACT = ("This review looks at the support offered to Mr D, who lived alone in a first floor flat, in the "
               "eighteen months before he died. It finds that agencies saw parts of his decline and that no single "
               "service held the whole picture. Its findings and the board\u2019s response are set out in section 4.")
TX_FOOTNOTE = ("The board\u2019s self-neglect protocol (FICTIONAL) was revised in October 2023, after the period "
               "this review covers.")
TX_XREF = "As paragraph 2.3 explains, the same pattern was seen again in the following winter."
TX_LIG = {"fi": 28, "fl": 29}
# kerning pairs (thousandths of the size) pdfTeX would take from the font metrics; negative tightens
TX_KERN = {("T", "o"): -80, ("T", "e"): -70, ("W", "e"): -80, ("y", "."): -65, ("y", ","): -65, ("r", "."): -55,
           ("r", ","): -40, ("v", "e"): -15, ("o", "v"): -20, ("w", "a"): -10, ("A", "v"): -74, ("f", "o"): -10}
TX_FONTS = {"R": ("TeXLig-R", TR, "EJQZWN+NimbusRomNo9L-Regu"), "B": ("TeXLig-B", TB, "KUHTRX+NimbusRomNo9L-Medi"),
            "I": ("TeXLig-I", TI, "PQOLRC+NimbusRomNo9L-ReguItal")}


def register_tex_fonts():
    """Times faces under an encoding with the fi and fl ligatures at 28 and 29 (as pdfTeX's T1 fonts have)."""
    from reportlab.pdfbase import pdfmetrics
    _b28.register_fonts()
    try:
        pdfmetrics.getEncoding("TeXLigEncoding")
    except KeyError:
        enc = pdfmetrics.Encoding("TeXLigEncoding", "WinAnsiEncoding")
        for lig, code in TX_LIG.items():
            enc[code] = lig
        pdfmetrics.registerEncoding(enc)
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, face, _sub in TX_FONTS.values():
        if name not in have:
            pdfmetrics.registerFont(pdfmetrics.Font(name, face, "TeXLigEncoding"))


def tex_bytes(word):
    out, i = bytearray(), 0
    while i < len(word):
        if word[i:i + 2] in TX_LIG:
            out.append(TX_LIG[word[i:i + 2]])
            i += 2
        else:
            out += word[i].encode("cp1252")
            i += 1
    return bytes(out)


def tex_word(word, font):
    """(TJ items of a word with its kerns, width in thousandths)."""
    from reportlab.pdfbase import pdfmetrics
    widths = pdfmetrics.getFont(TX_FONTS[font][0]).widths
    b = tex_bytes(word)
    items, cur, units = [], bytearray(), 0
    for k, x in enumerate(b):
        units += widths[x]
        if k and (chr(b[k - 1]), chr(x)) in TX_KERN:
            kern = TX_KERN[(chr(b[k - 1]), chr(x))]
            items += [bytes(cur), -kern]
            cur = bytearray()
            units += kern
        cur.append(x)
    items.append(bytes(cur))
    return items, units


def tex_width(s, font, size):
    return sum(tex_word(w, font)[1] for w in s.split()) * size / 1000 + 250 * size / 1000 * (len(s.split()) - 1)


def tex_line_items(tokens, gap_units):
    """One TJ array for a line: the words' items, the interword glue between them as offsets to the right."""
    items = []
    for k, (word_items, _u) in enumerate(tokens):
        if k:
            items.append(-round(gap_units))
        items += word_items
    return items


def tj(items):
    return "[" + "".join(pdf_lit(x) if isinstance(x, bytes) else str(x) for x in items) + "]TJ"


def make_pdftex(out, pm):
    path = out / "pdftex.pdf"
    FS, LEAD = 9.9626, 12.0
    X0, X1 = 117.64, 477.64
    HX = X0 + 27.0  # the text's hanging indent
    TOP, BOTTOM = 742.0, 150.0
    SPACE = 250  # the natural interword glue, thousandths
    fl = Flow(TOP, BOTTOM, first_top=600.0)
    result, texts, marks, xrefs = [], [], [], []
    for s_no, (title, items) in enumerate(TX_PLAN, 1):
        hsize = 11.955
        head = tex_word(str(s_no), "B")[0] + [-1000] + tex_line_items([tex_word(w, "B") for w in title.split()],
                                                                     SPACE)
        rows = [(15.0, 16.0, {"chunks": [("B", hsize, X0, 0.0, head)], "outline": (f"section.{s_no}", title)},
                 None)]
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "adult")
            if kind == "XREF":
                t = after_first_sentence(t, TX_XREF)
            texts.append(t)
            words = t.split()
            toks = [tex_word(w, "R") for w in words]
            mark_at = 21 if kind == "FOOTNOTE" else None
            if mark_at is not None:  # the raised mark's width belongs to its word
                mu = tex_word("1", "R")[1] * 6.9738 / FS
                toks[mark_at] = (toks[mark_at][0], toks[mark_at][1] + mu)
            # greedy lines at the natural glue, then justified (all but the last line)
            avail = (X1 - HX) * 1000 / FS
            lines, cur, used = [], [], 0
            for k, tk in enumerate(toks):
                need = tk[1] + (SPACE if cur else 0)
                if cur and used + need > avail:
                    lines.append(cur)
                    cur, used = [], 0
                    need = tk[1]
                cur.append(k)
                used += need
            lines.append(cur)
            prow = []
            for li, ks in enumerate(lines):
                natural = sum(toks[k][1] for k in ks)
                gap = SPACE if li == len(lines) - 1 or len(ks) == 1 else (avail - natural) / (len(ks) - 1)
                if gap < SPACE - 1e-6:
                    raise AssertionError("pdftex.pdf: a line shrunk")
                chunks = []
                if li == 0:
                    chunks.append(("B", FS, X0, 0.0, [label.encode("ascii")]))
                # the line's TJ; a footnote mark splits it (raised, smaller) as pdfTeX moves with Td
                run, x, xstart, info = [], HX, HX, {}
                for j, k in enumerate(ks):
                    if j:
                        run.append(-round(gap))
                        x += gap * FS / 1000
                    if words[k] == "2.3" and kind == "XREF":
                        info["link"] = (x, toks[k][1] * FS / 1000)
                    if k == mark_at:
                        mu = tex_word("1", "R")[1] * 6.9738 / 1000
                        run += tex_word(words[k], "R")[0]
                        x += (toks[k][1] * FS / 1000) - mu
                        chunks.append(("R", FS, xstart, 0.0, run))
                        chunks.append(("R", 6.9738, x, 3.616, [b"1"]))
                        info["mark"] = True
                        x += mu
                        run, xstart = [], x
                        continue
                    run += toks[k][0]
                    x += toks[k][1] * FS / 1000
                if run:
                    if not isinstance(run[0], bytes):  # glue right after the mark: move instead
                        xstart += -run[0] * FS / 1000
                        run = run[1:]
                    chunks.append(("R", FS, xstart, 0.0, run))
                if li == 0 and label == "2.3":
                    info["dest"] = "paragraph.2.3"
                prow.append((4.0 if li == 0 else 0.0, LEAD, {"chunks": chunks, **info}, label))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            result.append(entry(label, placed[0][0], t))
            for (pg, _y), (_g, _l, d, _t) in zip(placed, prow, strict=True):
                if "mark" in d:
                    marks.append(pg)
                if "link" in d:
                    xrefs.append(pg)
    if len(marks) != 1 or len(xrefs) != 1:
        raise AssertionError("pdftex.pdf: footnote mark and cross-reference")
    register_tex_fonts()
    tmp = io.BytesIO()
    c = new_canvas(tmp, {"Title": TX_TITLE + " (FICTIONAL)", "Author": "Nettlecombe Rise Safeguarding Adults Board",
                         "Creator": "LaTeX with hyperref", "Producer": "pdfTeX-1.40.25"})
    c.showOutline()
    from reportlab.lib.colors import red
    fonts = {k: c._doc.getInternalFontName(v[0]) for k, v in TX_FONTS.items()}
    mid = (X0 + X1) / 2

    def centred(font, size, y, s):
        toks = [tex_word(w, font) for w in s.split()]
        w = (sum(tk[1] for tk in toks) + SPACE * (len(toks) - 1)) * size / 1000
        return (y, (font, size, mid - w / 2, 0.0, tex_line_items(toks, SPACE)))

    for i, rows in enumerate(fl.pages, 1):
        placed_chunks = []
        if i == 1:
            placed_chunks += [centred("R", 17.28, 760, TX_TITLE), centred("R", 11.955, 736,
                                                                         "Nettlecombe Rise Safeguarding Adults Board"),
                              centred("R", 11.955, 720, "March 2025"),
                              centred("I", 9.9626, 700, FICT + ". Every person, place and service named here is "
                                                              "invented.")]
            placed_chunks.append(centred("B", 8.9664, 668, "Abstract"))
            alines = wrap(TX_ABSTRACT.split(), X1 - X0 - 60, lambda s: tex_width(s, "R", 8.9664))
            for j, ln in enumerate(alines):
                toks = [tex_word(w, "R") for w in ln]
                natural = sum(tk[1] for tk in toks)
                gap = (SPACE if j == len(alines) - 1 else ((X1 - X0 - 60) * 1000 / 8.9664 - natural) / (len(ln) - 1))
                placed_chunks.append((654 - 11 * j, ("R", 8.9664, X0 + 30, 0.0, tex_line_items(toks, gap))))
        for d, y, _tag in rows:
            for ch in d["chunks"]:
                placed_chunks.append((y, ch))
            if "outline" in d:
                key, title = d["outline"]
                c.bookmarkHorizontalAbsolute(key, y + 14)
                c.addOutlineEntry(title, key, level=0)
            if "dest" in d:
                c.bookmarkHorizontalAbsolute(d["dest"], y + 10)
            if "link" in d:
                x, w = d["link"]
                c.linkAbsolute("", "paragraph.2.3", Rect=(x - 1, y - 2.5, x + w + 1, y + 7.5), thickness=1,
                               color=red)
        if i == marks[0]:
            placed_chunks.append((128.0, ("R", 5.9776, X0 + 9, 3.0, [b"1"])))
            fl_lines = wrap(TX_FOOTNOTE.split(), X1 - X0 - 13, lambda s: tex_width(s, "R", 7.9701))
            for j, ln in enumerate(fl_lines):
                placed_chunks.append((128.0 - 9 * j, ("R", 7.9701, X0 + 13, 0.0,
                                                      tex_line_items([tex_word(w, "R") for w in ln], SPACE))))
        placed_chunks.append(centred("R", FS, 86, str(i)))
        # one BT ... ET for the page, moved about by Td from one chunk's origin to the next (as pdfTeX does)
        ops, ox, oy, cur_font = ["BT"], 0.0, 0.0, None
        for y, (font, size, x, dy, items) in placed_chunks:
            if (font, size) != cur_font:
                ops.append(f"{fonts[font]} {size:.4f} Tf")
                cur_font = (font, size)
            ops.append(f"{x - ox:.3f} {y + dy - oy:.3f} Td")
            ops.append(tj(items))
            ox, oy = x, y + dy
        ops.append("ET")
        if i == marks[0]:
            ops.append(f"q 0 0 0 rg {X0:.2f} 139.2 144 0.4 re f Q")
        c._code.append("\n".join(ops))
        c.showPage()
    c.save()
    # pdfTeX's subset font names, and no ToUnicode: the ligatures are known only by their glyph names
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(tmp.getvalue())))
    rename = {"/" + face: "/" + sub for _n, face, sub in TX_FONTS.values()}
    for page in w.pages:
        for fref in page["/Resources"]["/Font"].values():
            f = fref.get_object()
            if f.get("/BaseFont") in rename:
                new = rename[f["/BaseFont"]]
                f[NameObject("/BaseFont")] = NameObject(new)
                f["/FontDescriptor"].get_object()[NameObject("/FontName")] = NameObject(new)
                if "/ToUnicode" in f:
                    raise AssertionError("pdftex.pdf: a ToUnicode map")
    buf = io.BytesIO()
    w.write(buf)
    path.write_bytes(buf.getvalue())
    check_lengths(path.name, texts)
    check_count(path.name, result)

    def body(ch):
        return abs(ch["size"] - FS) < 0.01 and ch["y0"] >= BOTTOM - 6

    pw = read_pages(path, body, x_tol=1.0, nfkc=True)
    check_paged(path.name, pw, result, texts)
    import pdfplumber
    with pdfplumber.open(path) as pl:
        chars = [ch for p in pl.pages for ch in p.chars]
        fontnames = {ch["fontname"] for ch in chars}
    if any(ch["text"] == " " for ch in chars):
        raise AssertionError("pdftex.pdf: a space character in the text layer")
    ligs = sum(ch["text"] in "\ufb01\ufb02" for ch in chars)
    if ligs < 10 or not all("+NimbusRomNo9L-" in f for f in fontnames):
        raise AssertionError(f"pdftex.pdf: {ligs} ligatures, fonts {fontnames}")
    r = PdfReader(str(path))
    links = [a.get_object() for p in r.pages for a in p.get("/Annots", [])]
    if len(links) != 1 or "/Outlines" not in r.trailer["/Root"]:
        raise AssertionError("pdftex.pdf: hyperref link and outlines")
    return {
        "note": ("A safeguarding adults review typeset with LaTeX (pdfTeX, hyperref), Times-like Type 1 fonts with "
                 "subset names ('EJQZWN+NimbusRomNo9L-Regu'). The text layer has no space characters: each line is one "
                 "TJ array in which the words are separated only by numeric offsets (the justified interword glue, "
                 "about 2.5 pt) and small kerning offsets sit inside words; all of a page's text is shown in one BT "
                 "... ET, moved about by Td. The fonts' /Differences encoding puts the fi and fl ligature glyphs at "
                 "codes 28 and 29 and there is no ToUnicode map, so text extraction gives U+FB01/U+FB02 for them: the "
                 "key has the words as a reader reads them ('first', 'flat'). Under a centred title, date and abstract "
                 "(no paragraph), LaTeX section headings '2 Background' (bold, a bare number, a quad, the title; no "
                 "paragraph) and bold two-level paragraph numbers '2.3' at the margin with the text hanging. Paragraph "
                 "2.2 has a raised footnote mark in mid-line; the footnote ('1 The board's self-neglect protocol "
                 "...', 8 pt) at the foot of its page is no paragraph's text. Paragraph 3.3 cites 'paragraph 2.3' in "
                 "mid-line under a red-bordered link annotation. The centred page numbers are no paragraph. Some "
                 "paragraphs run over a page break. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. fakebold.pdf: a printer driver's simulated bold: every bold string drawn two or three times, 0.3 pt apart
# --------------------------------------------------------------------------
# items: n_words, or ("BOLD", n): a bold sentence put in after the paragraph's first sentence
FB_PLAN = [
    ("Introduction", [80, 90]),
    ("Background", [110, 120, 95]),
    ("Key episodes", [125, ("BOLD", 115), 130, 105]),
    ("Findings", [120, 110, 100]),
    ("Recommendations for the partnership", [90, 85]),
]
FB_BOLD = "This was the clearest missed opportunity in the whole period under review."
FB_TITLE = "Child Safeguarding Practice Review: Child L"
FB_TWICE, FB_THRICE = (0.0, 0.3), (0.0, 0.3, 0.6)


def make_fakebold(out, pm):
    path = out / "fakebold.pdf"
    FS, LEAD = 10.0, 13.2
    NX, TX, R = 57.0, 96.0, 538.0
    TOP, BOTTOM = 772.0, 72.0
    fl = Flow(TOP, BOTTOM, first_top=640.0)
    result, texts, bold_lines = [], [], 0

    def overprint(c, font, size, x, y, s, passes):
        c.setFont(font, size)
        for dx in passes:
            c.drawString(x + dx, y, s)

    for s_no, (title, items) in enumerate(FB_PLAN, 1):
        head = f"{s_no}.  {title}"
        rows = [(14.0, 17.0, lambda c, y, s=head: overprint(c, A, 12, NX, y, s, FB_THRICE), None)]
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "child")
            bold = set()
            if kind == "BOLD":
                t = after_first_sentence(t, FB_BOLD)
                k0 = len(first_sentence(t).split())
                bold = set(range(k0, k0 + len(FB_BOLD.split())))
            texts.append(t)
            words = t.split()
            lines = wrap(words, R - TX, lambda s: sw(s, A, FS))
            prow, k = [], 0
            for li, ln in enumerate(lines):
                segs = []  # (is_bold, text) runs of the line
                for j, wd in enumerate(ln):
                    b = (k + j) in bold
                    s = wd + (" " if j < len(ln) - 1 else "")
                    if segs and segs[-1][0] == b:
                        segs[-1][1] += s
                    else:
                        segs.append([b, s])
                k += len(ln)
                bold_lines += any(b for b, _s in segs)

                def draw(c, y, segs=segs, num=label if li == 0 else None):
                    if num:
                        overprint(c, A, FS, NX, y, num, FB_TWICE)
                    x = TX
                    for b, s in segs:
                        overprint(c, A, FS, x, y, s.rstrip(" ") if b else s, FB_TWICE if b else (0.0,))
                        x += sw(s, A, FS)
                prow.append((7.0 if li == 0 else 0.0, LEAD, draw, label))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            result.append(entry(label, placed[0][0], t))
    n = len(fl.pages)
    c = new_canvas(path, {"Title": "CSPR Child L (FICTIONAL)", "Author": "jashby",
                          "Creator": "Brackenfold Case Review Manager 4.2 (FICTIONAL)",
                          "Producer": "PDF Printer Driver 8.0 / GPL Ghostscript 9.54.0"})
    for i, rows in enumerate(fl.pages, 1):
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.setFont(A, 7.5)
        c.drawString(NX, 812, "Brackenfold Safeguarding Children Partnership (FICTIONAL) \u2013 Case Review Manager")
        s = "Printed 14/03/2025 09:41 by jashby"
        c.drawString(R - sw(s, A, 7.5), 812, s)
        c.setFillColorRGB(0, 0, 0)
        if i == 1:
            overprint(c, A, 17, NX, 740, FB_TITLE, FB_THRICE)
            c.setFont(A, 10.5)
            c.drawString(NX, 718, "Overview report \u2013 final version for publication, March 2025")
            c.setFont(A, 9)
            c.drawString(NX, 700, FICT + ". Every person, place and service named here is invented.")
            c.setLineWidth(0.5)
            c.line(NX, 684, R, 684)
        for draw, y, _tag in rows:
            draw(c, y)
        c.setFont(A, 7.5)
        c.drawString(NX, 40, "CRM ref. 0147-CSPR \u2013 Child L")
        s = f"Page {i} of {n}"
        c.drawString(R - sw(s, A, 7.5), 40, s)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if bold_lines < 1:
        raise AssertionError("fakebold.pdf: the bold sentence")

    def body(ch):
        return abs(ch["size"] - FS) < 0.01 and ch["y0"] >= BOTTOM - 6

    pw = read_pages(path, body, dedupe=True)
    check_paged(path.name, pw, result, texts)
    # without removing the copies, the labels read doubled
    raw = read_pages(path, body)
    if contains_seq([w for p in raw for w in p], norm("3.2 " + result[6]["starts_with"])):
        raise AssertionError("fakebold.pdf: the numbers are not overprinted")
    import pdfplumber
    with pdfplumber.open(path) as pl:
        n3 = sum(ch["text"] == "3" and ch["x0"] < TX - 5 and abs(ch["size"] - FS) < 0.01 for p in pl.pages
                 for ch in p.chars)
    if n3 != 2 * sum(d["label"].count("3") for d in result):
        raise AssertionError(f"fakebold.pdf: {n3} copies of '3' in the numbers")
    return {
        "note": ("A child safeguarding practice review printed to PDF from a partnership's case-review system "
                 "through a printer driver whose font (Arial) has no bold face, so bold is SIMULATED BY "
                 "OVERPRINTING: the title and the '3.  Key episodes' headings are drawn three times and the hanging "
                 "'3.2' paragraph numbers and one bold sentence inside paragraph 3.2 twice, each copy 0.3 pt right "
                 "of the one before, as separate text objects. The text layer therefore holds every bold character "
                 "two or three times ('3.23.2', or '33..22' in position order); the key has what a reader sees: "
                 "one '3.2', one copy of the bold sentence, which is part of 3.2's text. Numbered headings are no "
                 "paragraphs. The grey 'Printed 14/03/2025 09:41 by jashby' header and the 'CRM ref. ...' footer "
                 "with 'Page N of M' are no paragraph's text. Some paragraphs run over a page break. Pages are "
                 "physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. gdocs.docx: Google Docs' .docx download: three Google lists numbering 1-16, restarted by w:start
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
GD_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" '
         'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word" '
         f'xmlns:w="{W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
         'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
         'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 wp14"')
# sections: (title, Google list (numId), its w:start when the list begins here, items); items: n_words,
# ("SUB", n) a lead-in, three "a." items at level 1 and a carry-on paragraph, ("HIGHLIGHT", n) a highlight that
# starts in mid-word, ("COMMENT", n) a comment range that starts in mid-word, ("BREAK",) a page break paragraph
GD_PLAN = [
    ("Introduction", 1, 1, [80, 95, 90]),
    ("Background", 1, None, [100, ("HIGHLIGHT", 110), 95]),
    ("Key practice episodes", 2, 7, [120, ("SUB", 110), 100, ("BREAK",), ("COMMENT", 105), 100]),
    ("Analysis", 3, 12, [115, 105, 110]),
    ("Conclusions and recommendations", 3, None, [90, 80]),
]
GD_SUB = ["the first call to the police in February, when she asked for advice about her tenancy;",
          "the visit to the urgent treatment centre in May, when she said that she had fallen;",
          "the conversation with her line manager in August, the last time she talked about leaving."]
GD_COMMENT = "10.3 in the police chronology gives 22:40 for this call, not 21:40 \u2013 check with the IMR author"
GD_BOOKMARKS = ["30j0zll", "1fob9te", "3znysh7", "2et92p0", "tyjcwt"]
GD_TITLE = "Domestic Homicide Review: Abigail"


def gd_levels(start):
    fmts = ["decimal", "lowerLetter", "lowerRoman"] * 3
    out = []
    for k in range(9):
        st = start if k == 0 else 1
        out.append(f'<w:lvl w:ilvl="{k}"><w:start w:val="{st}"/><w:numFmt w:val="{fmts[k]}"/>'
                   f'<w:lvlText w:val="%{k + 1}."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{567 * (k + 1)}" '
                   f'w:hanging="{567 if k == 0 else 360}"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>')
    return "".join(out)


def make_gdocs(out, pm):
    path = out / "gdocs.docx"
    pid = iter(range(1, 10000))

    def p(runs, ppr="", mark=""):
        return (f'<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" '
                f'w:rsidRPr="00000000" w14:paraId="{next(pid):08X}"><w:pPr>{ppr}<w:rPr>{mark}</w:rPr></w:pPr>'
                f"{runs}</w:p>")

    def r(text, rpr=""):
        return (f'<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:rPr>{rpr}<w:rtl w:val="0"/>'
                f'</w:rPr><w:t xml:space="preserve">{xesc(text)}</w:t></w:r>')

    brk = '<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:br w:type="page"/></w:r>'
    body_ppr = '<w:spacing w:after="160" w:before="0" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/>'

    def num_ppr(num_id, ilvl=0):
        ind = '<w:ind w:left="567" w:hanging="567"/>' if ilvl == 0 else '<w:ind w:left="1134" w:hanging="360"/>'
        return (f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
                f'<w:spacing w:after="160" w:before="0" w:line="276" w:lineRule="auto"/>{ind}<w:jc w:val="both"/>')

    result, texts, page, words = [], [], 1, {}
    heads, body, starts = [], [], {}
    label, n_comment = 0, 0
    for s_no, (title, num_id, start, items) in enumerate(GD_PLAN):
        if start is not None:
            starts[num_id] = start
        bm = GD_BOOKMARKS[s_no]
        page += 1  # the page break typed at the start of each heading
        words[page] = 0
        heads.append((title, bm, page))
        body.append(p(f'{brk}<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_heading=h.{bm}" '
                      f'w:id="{s_no + 1}"/>{r(title)}<w:bookmarkEnd w:id="{s_no + 1}"/>',
                      '<w:pStyle w:val="Heading1"/><w:keepNext w:val="0"/><w:keepLines w:val="0"/>'
                      '<w:spacing w:after="120" w:before="360" w:lineRule="auto"/>'))
        for it in items:
            if it == ("BREAK",):
                body.append(p(brk, body_ppr))
                page += 1
                words[page] = 0
                continue
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label += 1
            t = pm.make(n_words, "dhr")
            if kind == "SUB":
                a = t.rstrip(".") + ". Three moments stand out:"
                b = pm.make(45, "dhr")
                body.append(p(r(a), num_ppr(num_id)))
                body += [p(r(x), num_ppr(num_id, 1)) for x in GD_SUB]
                body.append(p(r(b), body_ppr.replace("<w:jc", '<w:ind w:left="567" w:firstLine="0"/><w:jc')))
                t = " ".join([a, *(f"{'abc'[k]}. {x}" for k, x in enumerate(GD_SUB)), b])
            elif kind in ("HIGHLIGHT", "COMMENT"):
                ws = t.split(" ")
                at = next(k for k in range(14, len(ws)) if len(re.sub(r"\W", "", ws[k])) >= 7)
                word = ws[at]
                cut = len(word) // 2
                before, after = " ".join(ws[:at]) + " " + word[:cut], word[cut:] + " " + " ".join(ws[at + 1:at + 5])
                rest = " " + " ".join(ws[at + 5:])
                if kind == "HIGHLIGHT":
                    runs = r(before) + r(after, '<w:shd w:fill="ffff00" w:val="clear"/>') + r(rest)
                else:
                    runs = (r(before) + f'<w:commentRangeStart w:id="{n_comment}"/>' + r(after)
                            + f'<w:commentRangeEnd w:id="{n_comment}"/><w:r w:rsidDel="00000000" w:rsidR="00000000" '
                              f'w:rsidRPr="00000000"><w:commentReference w:id="{n_comment}"/></w:r>' + r(rest))
                    n_comment += 1
                body.append(p(runs, num_ppr(num_id)))
            else:
                body.append(p(r(t), num_ppr(num_id)))
            texts.append(t)
            words[page] += len(t.split())
            result.append(entry(str(label), page, t))
    # the title page: title, subtitle, the fictional line and Google's Table of Contents (hyperlinked, page numbers)
    toc = []
    for k, (title, bm, pg) in enumerate(heads):
        first = ('<w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve">TOC \\h \\u \\z \\t '
                 '"Heading 1,1,Heading 2,2,Heading 3,3,Heading 4,4,Heading 5,5,Heading 6,6,"</w:instrText>'
                 '<w:fldChar w:fldCharType="separate"/>') if k == 0 else ""
        link = (f'<w:hyperlink w:anchor="_heading=h.{bm}"><w:r w:rsidDel="00000000" w:rsidR="00000000" '
                f'w:rsidRPr="00000000"><w:rPr><w:rtl w:val="0"/></w:rPr>{first}<w:t xml:space="preserve">{xesc(title)}'
                f'</w:t><w:tab/><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve"> PAGEREF '
                f'_heading=h.{bm} \\h </w:instrText><w:fldChar w:fldCharType="separate"/><w:t xml:space="preserve">'
                f'{pg}</w:t><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>')
        toc.append(p(link, '<w:tabs><w:tab w:val="right" w:leader="none" w:pos="9025"/></w:tabs>'
                           '<w:spacing w:after="80" w:before="80" w:line="240" w:lineRule="auto"/>'))
    toc.append(p('<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:fldChar w:fldCharType="end"/>'
                 "</w:r>", '<w:spacing w:after="80" w:before="80" w:line="240" w:lineRule="auto"/>'))
    front = [p('<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_gjdgxs" w:id="0"/><w:bookmarkEnd w:id="0"/>'
               + r(GD_TITLE), '<w:pStyle w:val="Title"/>'),
             p(r("Overview report \u2013 Haverslade Community Safety Partnership (FICTIONAL)"),
               '<w:pStyle w:val="Subtitle"/>'),
             p(r(FICT + ". Every person, place and service named here is invented."), body_ppr, "<w:i w:val=\"1\"/>"),
             p(r("Contents", '<w:b w:val="1"/>'), body_ppr),
             '<w:sdt><w:sdtPr><w:id w:val="-1298726141"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
             '<w:docPartUnique w:val="true"/></w:docPartObj></w:sdtPr><w:sdtContent>' + "".join(toc)
             + "</w:sdtContent></w:sdt>"]
    sect = ('<w:sectPr><w:pgSz w:h="16834" w:w="11909" w:orient="portrait"/><w:pgMar w:bottom="1440" w:top="1440" '
            'w:left="1440" w:right="1440" w:header="720" w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr>')
    doc = f'{XML_HEAD}<w:document {GD_NS}><w:body>{"".join(front + body)}{sect}</w:body></w:document>'
    nums = "".join(f'<w:abstractNum w:abstractNumId="{k}"><w:multiLevelType w:val="hybridMultilevel"/>'
                   f"{gd_levels(starts[k])}</w:abstractNum>" for k in sorted(starts))
    nums += "".join(f'<w:num w:numId="{k}"><w:abstractNumId w:val="{k}"/></w:num>' for k in sorted(starts))
    numbering = f'{XML_HEAD}<w:numbering {GD_NS}>{nums}</w:numbering>'
    comments = (f'{XML_HEAD}<w:comments {GD_NS}><w:comment w:id="0" w:author="Nadia Pemberton (FICTIONAL)" '
                'w:date="2025-01-14T10:02:00Z" w:initials=""><w:p w:rsidR="00000000" w:rsidDel="00000000" '
                'w:rsidP="00000000" w:rsidRDefault="00000000" w:rsidRPr="00000000" w14:paraId="000000F0"><w:pPr>'
                '<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/><w:rPr/></w:pPr>'
                f'{r(GD_COMMENT)}</w:p></w:comment></w:comments>')
    styles = (f'{XML_HEAD}<w:styles {GD_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" '
              'w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
              '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" '
              'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/>'
              '</w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
              '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/>'
              '<w:keepLines w:val="1"/><w:spacing w:after="120" w:before="400" w:lineRule="auto"/>'
              '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60" '
              'w:before="0" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr>'
              '</w:style><w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
              '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/>'
              '<w:keepLines w:val="1"/><w:spacing w:after="320" w:before="0" w:lineRule="auto"/></w:pPr><w:rPr>'
              '<w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
              '</w:style></w:styles>')
    settings = (f'{XML_HEAD}<w:settings {GD_NS}><w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/>'
                '<w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>')
    fonts = (f'{XML_HEAD}<w:fonts {GD_NS}><w:font w:name="Arial"><w:altName w:val="Arial"/>'
             '<w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/>'
             '<w:pitch w:val="variable"/></w:font></w:fonts>')
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default ContentType="application/xml" Extension="xml"/>'
          '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
          f'<Override ContentType="{CT_WML}comments+xml" PartName="/word/comments.xml"/>'
          f'<Override ContentType="{CT_WML}numbering+xml" PartName="/word/numbering.xml"/>'
          f'<Override ContentType="{CT_WML}styles+xml" PartName="/word/styles.xml"/>'
          f'<Override ContentType="{CT_WML}fontTable+xml" PartName="/word/fontTable.xml"/>'
          f'<Override ContentType="{CT_WML}settings+xml" PartName="/word/settings.xml"/>'
          f'<Override ContentType="{CT_WML}document.main+xml" PartName="/word/document.xml"/></Types>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId1" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/fontTable" Target="fontTable.xml"/>'
                f'<Relationship Id="rId3" Type="{DOC_REL}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId4" Type="{DOC_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId5" Type="{DOC_REL}/comments" Target="comments.xml"/></Relationships>')
    zip_parts(path, {"word/numbering.xml": numbering, "word/settings.xml": settings, "word/fontTable.xml": fonts,
                     "word/styles.xml": styles, "word/document.xml": doc, "word/comments.xml": comments,
                     "word/_rels/document.xml.rels": doc_rels, "_rels/.rels": rels, "[Content_Types].xml": ct},
              (1980, 1, 1, 0, 0, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"gdocs.docx: words per page {words}")
    # read back: python-docx opens it; numbers computed as Word does (a counter per list instance and level, first
    # value the level's w:start, a level resetting the ones below); level 0 starts a paragraph, everything else
    # until the next heading or numbered paragraph carries it on; no number typed in the text
    import docx
    from lxml import etree
    docx.Document(str(path))
    W = f"{{{W_NS}}}"
    z = zipfile.ZipFile(path)
    nroot = etree.fromstring(z.read("word/numbering.xml"))
    abstract = {a.get(W + "abstractNumId"): {int(lv.get(W + "ilvl")): (int(lv.find(W + "start").get(W + "val")),
                                                                       lv.find(W + "numFmt").get(W + "val"))
                                             for lv in a.findall(W + "lvl")} for a in nroot.findall(W + "abstractNum")}
    to_abs = {n.get(W + "numId"): n.find(W + "abstractNumId").get(W + "val") for n in nroot.findall(W + "num")}
    root = etree.fromstring(z.read("word/document.xml"))
    counters, got, pgc, cur = {}, [], 1, None
    for el in root.find(W + "body").iter(W + "p"):
        if el.getparent().tag == W + "sdtContent":
            continue
        pgc += len(el.findall(f".//{W}br[@{W}type='page']"))
        style = el.find(f"{W}pPr/{W}pStyle")
        text = "".join(t.text for t in el.iter(W + "t"))
        if style is not None:
            cur = None
            continue
        np_ = el.find(f"{W}pPr/{W}numPr")
        if np_ is not None:
            nid, lvl = np_.find(W + "numId").get(W + "val"), int(np_.find(W + "ilvl").get(W + "val"))
            levels = abstract[to_abs[nid]]
            c = counters.setdefault(nid, [None] * 9)
            c[lvl] = levels[lvl][0] if c[lvl] is None else c[lvl] + 1
            c[lvl + 1:] = [None] * (8 - lvl)
            if lvl == 0:
                cur = [str(c[0]), pgc, text]
                got.append(cur)
            else:
                cur[2] += " " + "abcdefghi"[c[lvl] - 1] + ". " + text
        elif cur is not None and text:
            cur[2] += " " + text
    want = [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"gdocs.docx: read back {[(g[0], g[1], g[2][:25]) for g in got]}")
    if any(re.match(r"\s*\d", t) for t in texts) or len(set(to_abs.values())) != 3:
        raise AssertionError("gdocs.docx: typed numbers or lists")
    return {
        "note": ("A domestic homicide review written in Google Docs and downloaded as .docx, with Google's markup: "
                 "every paragraph with zero rsids and a sequential w14:paraId, every run with <w:rtl w:val=\"0\"/>, "
                 "the '_gjdgxs' bookmark at the start and '_heading=h.30j0zll' bookmarks round the Heading 1 titles, "
                 "page size 11909 x 16834, and a Table of Contents w:sdt whose entries are hyperlinks each holding "
                 "fldChar/instrText/t pieces in one run (a TOC field and PAGEREF fields with saved page numbers). "
                 "Paragraphs are numbered 1-16 straight through by Word numbering at level 0 ('%1.'), the numbers "
                 "never typed, over THREE Google lists, each its own w:num and abstractNum: list 1 numbers 1-6 and "
                 "carries on across the 'Background' heading; list 2 begins at 7 and list 3 at 12 because Google "
                 "Docs wrote the restart as w:start in the abstractNum's level 0 (no lvlOverride); list 3 carries "
                 "on under the last heading (15, 16). Paragraph 8 is a lead-in, three items at level 1 ('a.', 'b.', "
                 "'c.', lowerLetter '%2.') and an unnumbered, indented carry-on paragraph: all its text. In 5 a "
                 "highlight (w:shd) and in 10 a comment range begin in the middle of a word, splitting it between "
                 "two runs; the comment ('10.3 in the police chronology ...', comments.xml) is no text of the "
                 "report. Headings, the title, subtitle, 'Contents' and the TOC are no paragraphs. Page breaks sit "
                 "at the start of each heading paragraph after the first and in an empty paragraph between 9 and "
                 "10: page = 1 + the page breaks before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. wordonline.html: a CMS body pasted from Word for the web (OutlineElement divs, TextRun spans, &nbsp;)
# --------------------------------------------------------------------------
# items: n_words; ("LIST", n) a lead-in, three bullets (each its own ListContainerWrapper) and a carry-on paragraph;
# ("NBSP", n) the number and "&nbsp;&nbsp; " in the same run as the text; ("SPLITNUM", n) the number over two runs;
# ("MIDWORD", n) a run boundary inside a word (a pasted part marked EN-US)
WO_PLAN = [
    ("Introduction", [75, ("NBSP", 85)]),
    ("Mrs H and her family", [100, ("LIST", 110), ("MIDWORD", 95)]),
    ("What happened", [120, 110, ("SPLITNUM", 115), 105]),
    ("Analysis and findings", [110, ("NBSP", 100), 95]),
    ("Recommendations", [85]),
]
WO_LIST = ["a single named worker who knew the whole history;", "a plan that her son could understand and follow;",
           "a date to come back and check that the plan was working."]
WO_TITLE = "Safeguarding Adults Review: Mrs H"
WO_SC = "SCXW48213377 BCX8"
WO_NAMES = {"Ullerthwaite", "Fennowick", "Pennerby", "Skarrow", "Wendlesham", "Tollivant", "Gossiby", "Brellingford",
            "Corrimoor", "Leverthorpe", "Kilvardine", "Haverslade", "Quillby", "Marlbeck", "Drisdale", "Nettlecombe",
            "Ormsgill", "Stowick", "Hobbs"}
WO_CCP = ("{&quot;201341983&quot;:0,&quot;335559685&quot;:567,&quot;335559731&quot;:-567,"
          "&quot;335559739&quot;:160,&quot;335559740&quot;:259}")


def make_wordonline(out, pm):
    path = out / "wordonline.html"
    rng = random.Random(3004)
    para_ids = iter(range(1783940101, 1783950101, 37))

    def span_run(text, lang="EN-GB", cls="TextRun"):
        return (f'<span data-contrast="auto" xml:lang="{lang}" lang="{lang}" class="{cls} {WO_SC}">'
                f"{text}</span>")

    def normal(s):
        return f'<span class="NormalTextRun {WO_SC}">{s}</span>'

    def words_html(t, nbsp=True):
        """A text as Word for the web writes it: runs of a few words, invented names as SpellingError spans,
        "&nbsp; " after some full stops (the author typed two spaces)."""
        ws = t.split(" ")
        parts, k = [], 0
        while k < len(ws):
            n = rng.randint(4, 14)
            chunk = ws[k:k + n]
            k += n
            inner, buf = [], []
            for j, w in enumerate(chunk):
                core = re.sub(r"\W+$", "", w)
                sep = " " if (k - n + j) < len(ws) - 1 else ""
                if core in WO_NAMES:
                    if buf:
                        inner.append(normal("".join(buf)))
                        buf = []
                    inner.append(f'<span class="SpellingError {WO_SC}">{hesc(core)}</span>')
                    buf.append(hesc(w[len(core):]) + sep)
                    continue
                if nbsp and w.endswith(".") and sep and rng.random() < 0.5:
                    sep = "&nbsp; "
                buf.append(hesc(w) + sep)
            if buf:
                inner.append(normal("".join(buf)))
            parts.append(span_run("".join(inner)))
        return "".join(parts)

    def para(inner, heading=False, li=False):
        pe = next(para_ids)
        role = ' role="heading" aria-level="2"' if heading else ""
        style = ' style="margin-left: 0px; text-indent: 0px;"' if not li else ""
        ptag = (f'<p class="Paragraph {WO_SC}" xml:lang="EN-GB" lang="EN-GB" paraid="{pe}" '
                f'paraeid="{{{pe:08x}-2a1c-4d0e-9a55-0c1e7f3b{pe % 9973:04d}}}{{{pe % 211}}}"{role}{style}>{inner}'
                f'<span class="EOP {WO_SC}" data-ccp-props="{WO_CCP}">&nbsp;</span></p>')
        if li:
            return ptag
        return f'<div class="OutlineElement Ltr {WO_SC}">{ptag}</div>'

    tab = (f'<span class="TabRun IndentTab {WO_SC}"><span class="TabChar {WO_SC}" style="display: inline-block; '
           'width: 28.4px;">&nbsp;</span></span>')
    spacer = para("")
    parts, result, texts = [], [], []
    splits = midword = 0
    for s_no, (title, items) in enumerate(WO_PLAN, 1):
        parts.append(para(span_run(normal(hesc(f"{s_no}. {title}")), cls="TextRun MacChromeBold"), heading=True))
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "adult")
            if kind == "LIST":
                a = t.rstrip(".") + ". What Mrs H and her son needed was simple:"
                b = pm.make(45, "adult")
                parts.append(para(span_run(normal(label)) + tab + words_html(a)))
                for x in WO_LIST:
                    li = para(words_html(x, nbsp=False), li=True)
                    parts.append(f'<div class="ListContainerWrapper {WO_SC}"><ul class="BulletListStyle1 {WO_SC}" '
                                 f'role="list"><li data-leveltext="\uf0b7" data-font="Symbol" data-listid="7" '
                                 'data-list-defn-props="{&quot;335552541&quot;:1,&quot;335559684&quot;:-2,'
                                 '&quot;335559685&quot;:1287,&quot;335559991&quot;:360}" aria-setsize="-1" '
                                 'data-aria-posinset="1" data-aria-level="1" role="listitem" '
                                 f'class="OutlineElement Ltr {WO_SC}">{li}</li></ul></div>')
                parts.append(para(words_html(b)))
                t = " ".join([a, *WO_LIST, b])
            elif kind == "NBSP":
                ws = t.split(" ")
                parts.append(para(span_run(normal(f"{label}&nbsp;&nbsp; " + hesc(" ".join(ws[:5])) + " "))
                                  + words_html(" ".join(ws[5:]))))
            elif kind == "SPLITNUM":
                whole, part = label.split(".")
                parts.append(para(span_run(normal(f"{whole}.")) + span_run(normal(part)) + tab + words_html(t)))
                splits += 1
            elif kind == "MIDWORD":
                ws = t.split(" ")
                at = next(k for k in range(10, len(ws)) if re.fullmatch(r"[a-z]{9,}", ws[k]))
                cut = len(ws[at]) // 2 + 1
                left = " ".join(ws[:at]) + " " + ws[at][:cut]
                right = ws[at][cut:] + " " + " ".join(ws[at + 1:at + 7]) + " "
                rest = " ".join(ws[at + 7:])
                parts.append(para(span_run(normal(label)) + tab + words_html(left)
                                  + span_run(normal(hesc(right)), lang="EN-US") + words_html(rest)))
                midword += 1
            else:
                parts.append(para(span_run(normal(label)) + tab + words_html(t)))
            texts.append(t)
            result.append(entry(label, None, t))
            parts.append(spacer)
    pasted = "".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{hesc(WO_TITLE)} (FICTIONAL) | Tollivant Safeguarding Adults Board</title>
<link rel="stylesheet" href="/themes/custom/tsab/css/style.css">
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="site-header"><a class="site-logo" href="/">Tollivant Safeguarding Adults Board (FICTIONAL)</a>
<nav class="main-nav" aria-label="Main navigation"><ul><li><a href="/">Home</a></li><li><a href="/reviews">Safeguarding
adults reviews</a></li><li><a href="/training">Training</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/reviews">Safeguarding
adults reviews</a></li><li>Mrs H</li></ol></nav>
<main id="main-content" role="main">
<article class="node node--type-page node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{hesc(WO_TITLE)}</span></h1>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden
field__item">
<p><em>{hesc(FICT)}. Every person, place and service named here is invented.</em></p>
<p>Published 2 June 2025. <a href="/sites/default/files/2025-06/SAR-Mrs-H.pdf">Download the full report (PDF, 1.2
MB)</a></p>
{pasted}
</div>
</article>
</main>
<footer class="site-footer"><p>&copy; Tollivant Safeguarding Adults Board 2025 (FICTIONAL)</p>
<p>Worried about an adult? Call the adult social care front door on 0300 000 0000.</p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back as a browser shows it: each p.Paragraph's text (no spaces added between spans); a heading role sets
    # the section; "2.1" (any spaces) starts a paragraph; other non-empty text (items, carry-on) carries it on
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    got, cur = [], None
    for el in root.xpath('//p[contains(concat(" ", @class, " "), " Paragraph ")]'):
        s = " ".join(el.text_content().replace("\xa0", " ").split())
        if el.get("role") == "heading":
            cur = None
            continue
        m = re.match(r"(\d+\.\d+) (.*)$", s)
        if m:
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif s and cur is not None:
            cur[1] += " " + s
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"wordonline.html: read back {[g[0] for g in got]}")
    if splits != 1 or midword != 1 or pasted.count("&nbsp; ") < 5 or pasted.count("SpellingError") < 5:
        raise AssertionError("wordonline.html: quirks")
    return {
        "note": ("An adults board's CMS page (Drupal-like: header, navigation, breadcrumb, footer) whose body was "
                 "pasted from Word for the web. Every paragraph is <div class=\"OutlineElement Ltr SCXW48213377 "
                 "BCX8\"><p class=\"Paragraph ...\" paraid=... paraeid=...> holding <span class=\"TextRun\"><span "
                 "class=\"NormalTextRun\"> runs of a few words each, invented place names in <span "
                 "class=\"SpellingError\">, and ends with <span class=\"EOP\">&nbsp;</span>; an empty spacer "
                 "paragraph follows each numbered one. Paragraph numbers are typed: '2.1' in its own run followed by "
                 "a <span class=\"TabRun IndentTab\"><span class=\"TabChar\">&nbsp;</span></span>, or (1.2, 4.2) "
                 "'4.2&nbsp;&nbsp; ' in one run, or (3.3) '3.' and '3' in two runs. In 2.3 a run boundary falls "
                 "inside a word (the second half marked lang=\"EN-US\"), with no space between the spans: one word. "
                 "Some full stops are followed by '&nbsp; '. Headings are <p role=\"heading\" aria-level=\"2\"> with "
                 "typed numbers ('3. What happened'): no paragraphs. Paragraph 2.2 is a lead-in, three bullets (each "
                 "in its own ListContainerWrapper <ul>) and an unnumbered carry-on paragraph: all its text. The "
                 "fictional notice, the 'Published ... Download' line, site header, navigation, breadcrumb and "
                 "footer are no paragraphs. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. shuffled.pdf: every line its own text object, written in a shuffled order under a y-flipped page matrix
# --------------------------------------------------------------------------
SH_PLAN = [
    ("Introduction", [85, 95]),
    ("Background to the review", [110, 120, 100]),
    ("Contact with agencies", [125, 115, 130, 105]),
    ("Analysis", [120, 110, 115, 100]),
    ("Conclusions", [95, 80]),
]
SH_TITLE = "Domestic Homicide Review: Karen"


def make_shuffled(out, pm):
    path = out / "shuffled.pdf"
    FS, LEAD = 10.0, 13.4
    NX, TX, R = 62.0, 92.0, 532.0
    TOP, BOTTOM = 770.0, 70.0
    H = A4[1]
    fl = Flow(TOP, BOTTOM, first_top=650.0)
    result, texts, num = [], [], 0
    for title, items in SH_PLAN:
        rows = [(14.0, 16.0, [(AB, 12.0, NX, title)], None)]
        for n_words in items:
            num += 1
            label = str(num)
            t = pm.make(n_words, "dhr")
            texts.append(t)
            prow = []
            for li, ln in enumerate(wrap(t.split(), R - TX, lambda s: sw(s, A, FS))):
                objs = [(A, FS, TX, " ".join(ln))]
                if li == 0:
                    objs.insert(0, (AB, FS, NX, label))
                prow.append((7.0 if li == 0 else 0.0, LEAD, objs, label))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            result.append(entry(label, placed[0][0], t))
    n = len(fl.pages)
    c = new_canvas(path, {"Title": SH_TITLE + " (FICTIONAL)", "Author": "Marlbeck Cross Community Safety Partnership",
                          "Creator": "CaseReview Online report builder 3.1 (FICTIONAL)", "Producer": "OpenPDF 1.3.30"})
    fonts = {f: c._doc.getInternalFontName(f) for f in (A, AB)}
    orders = []
    for i, rows in enumerate(fl.pages, 1):
        objs = [(A, 8.0, NX, 808.0, "Domestic Homicide Review: Karen \u2013 overview report (FICTIONAL)"),
                (A, 8.0, R - sw(f"Page {i} of {n}", A, 8.0), 40.0, f"Page {i} of {n}")]
        if i == 1:
            objs += [(AB, 18.0, NX, 740.0, SH_TITLE),
                     (A, 11.0, NX, 716.0, "Marlbeck Cross Community Safety Partnership (FICTIONAL) \u2013 April 2025"),
                     (A, 9.0, NX, 698.0, FICT + ". Every person, place and service named here is invented.")]
        for items, y, _tag in rows:
            objs += [(f, s, x, y, txt) for f, s, x, txt in items]
        reading = sorted(objs, key=lambda o: (-o[3], o[2]))
        random.Random(3000 + i).shuffle(objs)
        orders.append([reading.index(o) for o in objs])
        ops = [f"1 0 0 -1 0 {H:.2f} cm"]
        for f, s, x, y, txt in objs:
            ops.append(f"BT {fonts[f]} 1 Tf {s:g} 0 0 {-s:g} {x:.2f} {H - y:.2f} Tm <{txt.encode('cp1252').hex()}> Tj "
                       "ET")
        c._code.append("\n".join(ops))
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)

    def body(ch):
        return abs(ch["size"] - FS) < 0.01 and ch["y0"] >= BOTTOM - 6

    pw = read_pages(path, body)
    check_paged(path.name, pw, result, texts)
    # the stream's order is not the reading order: on every page most neighbours in the stream are not neighbours
    # on the page; every text object is drawn under the flipped matrix
    for i, order in enumerate(orders, 1):
        steps = sum(b == a + 1 for a, b in itertools.pairwise(order))
        if steps > len(order) // 4:
            raise AssertionError(f"shuffled.pdf: page {i} is nearly in reading order")
    from pypdf import PdfReader
    from pypdf.generic import ContentStream
    rd = PdfReader(str(path))
    for page in rd.pages:
        ops = [op for _operands, op in ContentStream(page.get_contents(), rd).operations]
        if b"cm" not in ops or ops.count(b"BT") - ops.count(b"Tm") > 1 or ops.count(b"Tm") < 30:  # reportlab's BT
            raise AssertionError("shuffled.pdf: text objects")
    return {
        "note": ("A domestic homicide review exported by a report builder (Producer 'OpenPDF 1.3.30'). Every "
                 "printed line is its own text object (BT, the font at '1 Tf', the size in the text matrix, one "
                 "hex Tj, ET) and the bold paragraph numbers are separate objects; the objects are written in the "
                 "order the builder stored its elements, which is NOT the reading order (shuffled on every page: "
                 "header, footer, headings, numbers and lines mixed), so the reading order is only to be had from "
                 "positions. Each page's content starts with a y-flipped matrix ('1 0 0 -1 0 841.89 cm') and every "
                 "text matrix is flipped back ('10 0 0 -10 x y Tm'), so the text stands upright. Bare paragraph "
                 "numbers 1-15 in bold hang left of the text (Arial 10 pt) under unnumbered bold headings. The "
                 "header line and 'Page N of M' are no paragraph. Some paragraphs run over a page break. Pages are "
                 "physical, 1-based."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_tex_fonts()
    pm = ParaMaker()
    exp = {}
    exp["pdftex.pdf"] = make_pdftex(out, pm)
    exp["fakebold.pdf"] = make_fakebold(out, pm)
    exp["gdocs.docx"] = make_gdocs(out, pm)
    exp["wordonline.html"] = make_wordonline(out, pm)
    exp["shuffled.pdf"] = make_shuffled(out, pm)
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
        with tempfile.TemporaryDirectory(prefix="blind30-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
