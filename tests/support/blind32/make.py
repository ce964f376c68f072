"""Blind fixture generator 32: five FICTIONAL review documents as practitioners actually meet them: corrected after
publication, damaged in download, re-saved by other software, machine-translated in a browser, converted for an AI tool.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
pypdf, pypdfium2, lxml, python-docx, markdown-it-py and pdfplumber; no system fonts, no network. Every generator checks
its own key with pdfplumber/pypdf/pypdfium2/lxml/python-docx/markdown-it, never with the project's parser.

amended.pdf     a safeguarding adults review CORRECTED AFTER PUBLICATION by an incremental update, as Acrobat saves
                "Replace Pages": the original file (Times, bold "2.3" numbers hanging at the margin, unnumbered
                headings, a running head and "Page N" footer) is left byte for byte as it was, and an update section
                appended after its %%EOF (new objects, an xref table of its own, a trailer with /Prev) gives page 3
                a NEW content stream, set by other software in Helvetica with other margins, tighter leading, an
                "AMENDED" running head and a small-print correction note at its foot; paragraph 3.4 on it has a
                corrected ending (its old ending survives only in the old, now unreferenced content stream, which is
                still in the file); the paragraphs that run onto page 3 and off it cross the change of face
bomjunk.pdf     a domestic homicide review as a council CMS served it for download: a UTF-8 byte order mark and a
                blank line (CRLF) PREPENDED before "%PDF-", so every xref offset is 5 bytes out, and an HTML comment
                appended after %%EOF; inside, the numbering convention of many DHR templates: section headings
                numbered "2.0 Background" in bold, hanging in the SAME column as the paragraph numbers "2.1", a
                section running to 2.10 (after 2.9), and two numbers typed with a trailing stop ("2.4.")
lowriter.docx   a safeguarding adults review saved as .docx by LIBREOFFICE WRITER (docProps/app.xml says so): empty
                <w:rPr></w:rPr> pairs, "__RefHeading___Toc" bookmarks, LibreOffice's style names ("Text Body",
                "Heading", "Index", "Contents 1", "Table Contents"), a TOC sdt; the paragraph numbers come from
                the CHAPTER (outline) NUMBERING: one abstractNum (numId 3 -> abstractNumId 1, beside a bullet list
                and an unused list) whose level 0 "%1." is tied to Heading 1 and level 1 "%1.%2" to a custom "Numbered
                Paragraph" style, so the body paragraphs carry OUTLINE LEVEL 2 (w:outlineLvl 1, as LibreOffice
                writes for any style in the chapter numbering) though they are ordinary paragraphs; Heading 1 has
                w:pageBreakBefore in its style; a manual page break splits paragraph 3.2 and its second part is
                switched out of the list (numId 0); bullets from a second list inside paragraph 2.2, with an
                unnumbered carry-on
translated.html a Welsh adult practice review page saved from a browser after Google Translate turned it into
                English: <html class="translated-ltr">, the translate stylesheet, the banner iframe and body
                "top: 40px", every translated text node wrapped in <font style="vertical-align: inherit;">, one
                inner <font> per sentence; numbers in <span class="rhif"> (some wrapped, some not) or typed in the
                same text node as the first sentence; the "Select Language" gadget, and Google's "Original text" /
                "Contribute a better translation" tooltip and spinner left at the end of <body>
pdfconvert.md   a child safeguarding practice review converted from PDF to Markdown by a PDF-to-Markdown tool
                (pymupdf4llm style) for an AI assistant: "-----" between pages, every page's running head and its
                bare page number ("4") left in as lines, bold numbers "**2.3**" at the start of a paragraph or ALONE
                on a line before it, "## **2. Background**" headings, an image placeholder, a pipe table under a
                heading, bullets as "- ", and paragraphs split by a page break into two Markdown paragraphs with the
                page number, the rule and the running head between them

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without a trailing stop ("2.4." is 2.4); a corrected PDF says what its
  latest revision shows (amended.pdf's 3.4 ends with its corrected words); "2.0 Background" is a heading, not a
  paragraph;
- headings, running heads, page numbers (also a bare "4" left in a conversion), correction notes, the translation
  gadget and tooltip, navigation, the table of contents, captions and a table under a heading are no paragraph's
  text; bullets after a lead-in, an unnumbered carry-on and the part of a paragraph after a page break are its text;
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks before
  the paragraph, counting <w:br w:type="page"/> and every paragraph whose style (Heading 1) has w:pageBreakBefore
  (each page holds at most about 480 words). HTML and Markdown: null.
"""
import hashlib
import io
import json
import logging
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

    _text = _load("blind32_text", "text.py")
    _b30 = _load("blind30_make", "..", "blind30", "make.py")
else:
    from ..blind30 import make as _b30
    from . import text as _text

ParaMaker, contains_seq, first_sentence, norm = _text.ParaMaker, _text.contains_seq, _text.first_sentence, _text.norm
# round 30's helpers (and through it rounds 27 and 28's): measuring, wrapping, the key's entries and checks, escaping,
# a zip with fixed dates, a canvas with fixed metadata, the row flow, the Type 1 faces, reading a PDF's words back
sw, wrap, entry, check_lengths, check_count = _b30.sw, _b30.wrap, _b30.entry, _b30.check_lengths, _b30.check_count
hesc, xesc, zip_parts, new_canvas, Flow = _b30.hesc, _b30.xesc, _b30.zip_parts, _b30.new_canvas, _b30.Flow
read_pages, check_paged, pdf_lit = _b30.read_pages, _b30.check_paged, _b30.pdf_lit
A, AB, TR, TB, TI = _b30.A, _b30.AB, _b30.TR, _b30.TB, _b30.TI
register_fonts = _b30._b28.register_fonts

FICT = "FICTIONAL \u2013 for software testing"
A4 = (595.28, 841.89)


def last_sentence_split(t):
    """(everything before the last sentence, the last sentence)."""
    parts = re.split(r"(?<=[.!?\u201d])\s+(?=[A-Z])", t)
    return " ".join(parts[:-1]), parts[-1]


# --------------------------------------------------------------------------
# 1. amended.pdf: page 3 replaced by an incremental update (Acrobat's "Replace Pages" saved incrementally)
# --------------------------------------------------------------------------
AM_PLAN = [
    ("Introduction", [85, 95]),
    ("Mrs F and her circumstances", [110, 125, 100]),
    ("Contact with services", [130, 95, 135, 110, 115]),
    ("Analysis", [150, 115, 125, 105]),
    ("Conclusions", [95, 85]),
]
AM_TITLE = "Safeguarding Adults Review: Mrs F"
AM_HEAD = "Safeguarding Adults Review: Mrs F \u2013 overview report (FICTIONAL)"
AM_CORRECTION = ("The published version of this paragraph gave the date of the hub\u2019s first referral as 13 March; "
                 "the hub\u2019s records show that it was received on 3 March, ten days earlier than the panel was "
                 "first told.")
AM_NOTE = ("Page 3 replaced on 12 May 2025 to correct paragraph {} (the date of the first referral). "
           "No other page has changed.")


def am_layout(texts_by_label, labels_by_section, fl_args):
    """The original typesetting: rows of dicts poured down pages by Flow."""
    FS, LEAD = 12.0, 18.0
    NX, TX, R = 72.0, 112.0, 523.0
    fl = Flow(*fl_args[:2], first_top=fl_args[2])
    starts = {}
    for title, labels in labels_by_section:
        rows = [(16.0, 17.0, {"kind": "head", "text": title}, None)]
        for label in labels:
            t = texts_by_label[label]
            lines = wrap(t.split(), R - TX, lambda s: sw(s, TR, FS))
            prow = [(7.0 if li == 0 else 0.0, LEAD, {"kind": "line", "label": label if li == 0 else None,
                                                     "words": ln}, label) for li, ln in enumerate(lines)]
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            starts[label] = placed[0][0]
    return fl, starts, (FS, LEAD, NX, TX, R)


def make_amended(out, pm):
    path = out / "amended.pdf"
    labels_by_section, texts, order = [], {}, []
    for s_no, (title, items) in enumerate(AM_PLAN, 1):
        labels = []
        for p_no, n_words in enumerate(items, 1):
            label = f"{s_no}.{p_no}"
            texts[label] = pm.make(n_words, "adult")
            labels.append(label)
            order.append(label)
        labels_by_section.append((title, labels))
    TOP, BOTTOM = 770.0, 80.0
    fl, starts, (FS, _lead, NX, TX, R) = am_layout(texts, labels_by_section, (TOP, BOTTOM, 640.0))
    # the corrected paragraph: the first that lies wholly on page 3 (paragraphs run onto page 3 and off it); its
    # closing sentence replaced by the correction and a new closing sentence
    page3 = fl.pages[2]
    tags3 = [tag for d, _y, tag in page3 if d["kind"] == "line"]
    whole = [lb for lb in order if starts[lb] == 3 and tags3.count(lb) == sum(1 for p in fl.pages for _d, _y, t in p
                                                                              if t == lb)]
    if not whole:
        raise AssertionError(f"amended.pdf: no paragraph wholly on page 3 ({starts})")
    fixed = whole[0]
    old = texts[fixed]
    head_part, _old_closer = last_sentence_split(old)
    new_closer, _k = pm.closer("adult")
    new = f"{head_part} {AM_CORRECTION} {new_closer}"
    first3 = page3[0][0]
    last3 = page3[-1][0]
    if first3["kind"] != "line" or first3["label"] is not None or last3["kind"] != "line":
        raise AssertionError("amended.pdf: page 3 does not begin inside a paragraph")
    n = len(fl.pages)
    tmp = io.BytesIO()
    c = new_canvas(tmp, {"Title": AM_TITLE + " (FICTIONAL)", "Author": "Ormsgill Bank Safeguarding Adults Board",
                         "Creator": "Microsoft\u00ae Word for Microsoft 365",
                         "Producer": "Microsoft\u00ae Word for Microsoft 365"})
    for i, rows in enumerate(fl.pages, 1):
        c.setFillGray(0.35)
        c.setFont(TR, 8.5)
        if i > 1:
            c.drawString(NX, 806, AM_HEAD)
        s = f"Page {i}"
        c.drawString((NX + R) / 2 - sw(s, TR, 8.5) / 2, 44, s)
        c.setFillGray(0)
        if i == 1:
            c.setFont(TB, 20)
            c.drawString(NX, 748, AM_TITLE)
            c.setFont(TR, 12)
            c.drawString(NX, 724, "Overview report \u2013 Ormsgill Bank Safeguarding Adults Board (FICTIONAL)")
            c.setFont(TI, 10)
            c.drawString(NX, 704, FICT + ". Every person, place and service named here is invented.")
            c.drawString(NX, 690, "Published 3 February 2025")
            c.setLineWidth(0.6)
            c.line(NX, 676, R, 676)
        for d, y, _tag in rows:
            if d["kind"] == "head":
                c.setFont(TB, 12.5)
                c.drawString(NX, y, d["text"])
                continue
            if d["label"]:
                c.setFont(TB, FS)
                c.drawString(NX, y, d["label"])
            c.setFont(TR, FS)
            c.drawString(TX, y, " ".join(d["words"]))
        c.showPage()
    c.save()
    orig = tmp.getvalue()
    # the replacement page 3, as other software set it: Helvetica 11 on 15, numbers at 66, text at 102
    HS, HLEAD, HNX, HTX, HR = 11.0, 15.0, 66.0, 102.0, 530.0
    segs = []  # (kind, label or None, words)
    for d, _y, tag in page3:
        if d["kind"] == "head":
            segs.append(("head", None, d["text"].split()))
        elif d["label"] or not segs or segs[-1][0] != "para" or segs[-1][3] != tag:
            segs.append(["para", d["label"], list(d["words"]), tag])
        else:
            segs[-1][2] += d["words"]
    amended_head = pdf_lit((AM_HEAD + " \u2013 AMENDED").encode("cp1252"))
    ops = [f"q 0.35 g BT /TT0 8 Tf 1 0 0 1 {HNX:.2f} 806 Tm {amended_head} Tj ET Q"]
    y = TOP
    lines_on = {}
    for seg in segs:
        if seg[0] == "head":
            y -= 16.0 if y != TOP else 0.0
            y -= 13.0
            ops.append(f"BT /TT1 11.5 Tf 1 0 0 1 {HNX:.2f} {y:.2f} Tm "
                       f"{pdf_lit(' '.join(seg[2]).encode('cp1252'))} Tj ET")
            continue
        _k, label, words, tag = seg
        if tag == fixed:
            if words != old.split():
                raise AssertionError(f"amended.pdf: {fixed} split on page 3")
            words = new.split()
        if label and y != TOP:
            y -= 6.0
        for li, ln in enumerate(wrap(words, HR - HTX, lambda s: sw(s, "Helvetica", HS))):
            y -= HLEAD
            if li == 0 and label:
                ops.append(f"BT /TT1 {HS:g} Tf 1 0 0 1 {HNX:.2f} {y:.2f} Tm {pdf_lit(label.encode('cp1252'))} Tj ET")
            ops.append(f"BT /TT0 {HS:g} Tf 1 0 0 1 {HTX:.2f} {y:.2f} Tm "
                       f"{pdf_lit(' '.join(ln).encode('cp1252'))} Tj ET")
            lines_on[tag] = lines_on.get(tag, 0) + 1
    if y < BOTTOM + 20:
        raise AssertionError(f"amended.pdf: the replacement page overflows ({y:.1f})")
    note = wrap(AM_NOTE.format(fixed).split(), HR - HNX, lambda s: sw(s, "Helvetica-Oblique", 7.5))
    for j, ln in enumerate(note):
        ops.append(f"BT /TT2 7.5 Tf 1 0 0 1 {HNX:.2f} {66 - 9 * j:.2f} Tm {pdf_lit(' '.join(ln).encode('cp1252'))} Tj "
                   "ET")
    ops.append(f"q 0.35 g BT /TT0 8.5 Tf 1 0 0 1 {(HNX + HR) / 2 - sw('Page 3', 'Helvetica', 8.5) / 2:.2f} 44 Tm "
               "(Page 3) Tj ET Q")
    content = zlib.compress(("\n".join(ops) + "\n").encode("latin-1"), 6)
    # the update section, appended after the original %%EOF
    from pypdf import PdfReader
    rd = PdfReader(io.BytesIO(orig))
    p3 = rd.pages[2]
    p3_num = p3.indirect_reference.idnum
    parent = p3.raw_get("/Parent").idnum
    old_contents = p3.raw_get("/Contents").idnum
    tr = rd.trailer
    size, root, info = int(tr["/Size"]), tr.raw_get("/Root").idnum, tr.raw_get("/Info").idnum
    id0 = bytes(tr["/ID"][0].original_bytes).hex()
    prev = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", orig).group(1))
    meta = rd.metadata
    fonts = [f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>"
             for name in ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")]
    f0, f1, f2, cnum = size, size + 1, size + 2, size + 3

    def lit(s):
        return pdf_lit(s.encode("cp1252"))

    objs = {
        p3_num: (f"<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 595.2756 841.8898] /CropBox [0 0 595.2756 "
                 f"841.8898] /Rotate 0 /Resources << /Font << /TT0 {f0} 0 R /TT1 {f1} 0 R /TT2 {f2} 0 R >> /ProcSet "
                 f"[/PDF /Text] >> /Contents {cnum} 0 R >>").encode("latin-1"),
        info: (f"<< /Title {lit(meta.title)} /Author {lit(meta.author)} /Subject {lit(meta.subject)} "
               f"/Creator {lit(meta.creator)} /Producer {lit('Adobe Acrobat Pro (64-bit) 24.2.20687')} "
               f"/CreationDate ({meta['/CreationDate']}) /ModDate (D:20250512101500+01'00') >>").encode("latin-1"),
        f0: fonts[0].encode(), f1: fonts[1].encode(), f2: fonts[2].encode(),
        cnum: f"<< /Length {len(content)} /Filter /FlateDecode >>\nstream\n".encode() + content + b"\nendstream",
    }
    upd, offsets = bytearray(), {}
    base = len(orig)
    for num in sorted(objs):
        offsets[num] = base + len(upd)
        upd += f"{num} 0 obj\n".encode() + objs[num] + b"\nendobj\n"
    xref_at = base + len(upd)
    nums = sorted(objs)
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
    id1 = hashlib.md5(orig + bytes(upd)).hexdigest()
    upd += (f"trailer\n<< /Size {cnum + 1} /Root {root} 0 R /Info {info} 0 R /ID [<{id0}> <{id1}>] /Prev {prev} >>\n"
            f"startxref\n{xref_at}\n%%EOF\n").encode()
    data = orig + bytes(upd)
    path.write_bytes(data)
    order_texts = [new if lb == fixed else texts[lb] for lb in order]
    result = [entry(lb, starts[lb], t) for lb, t in zip(order, order_texts, strict=True)]
    check_lengths(path.name, order_texts)
    check_count(path.name, result)

    def body(ch):
        return min(abs(ch["size"] - FS), abs(ch["size"] - HS)) < 0.01 and BOTTOM - 6 <= ch["y0"] <= TOP

    pw = read_pages(path, body)
    check_paged(path.name, pw, result, order_texts, crossing_range=(2, 5))
    # the latest revision is read: page 3 in Helvetica with the corrected ending; the old stream is still in the file
    import pdfplumber
    with pdfplumber.open(path) as pl:
        faces3 = {ch["fontname"] for ch in pl.pages[2].chars}
        faces2 = {ch["fontname"] for ch in pl.pages[1].chars}
    if not faces3 <= {"Helvetica", "Helvetica-Bold", "Helvetica-Oblique"} or any("Helvetica" in f for f in faces2):
        raise AssertionError(f"amended.pdf: faces {faces3} {faces2}")
    r2 = PdfReader(str(path))
    stale = r2.get_object(old_contents).get_data().decode("latin-1")
    if norm(_old_closer)[-3] not in norm(stale) or data.count(b"%%EOF") != 2 or len(r2.pages) != n:
        raise AssertionError("amended.pdf: the old revision's page 3")
    if not contains_seq(pw[2], norm(AM_CORRECTION)) or contains_seq(pw[2], norm(_old_closer)):
        raise AssertionError(f"amended.pdf: the corrected {fixed}")
    crossing_in = [lb for lb in order if starts[lb] == 2 and lines_on.get(lb)]
    crossing_out = [lb for lb in order if starts[lb] == 3 and any(t == lb for _d, _y, t in fl.pages[3])]
    if len(crossing_in) != 1 or len(crossing_out) != 1:
        raise AssertionError(f"amended.pdf: crossings {crossing_in} {crossing_out}")
    return {
        "note": ("A safeguarding adults review (a Word export: Times, bold two-level numbers '2.3' hanging at the "
                 "margin, unnumbered bold headings, a grey running head from page 2 and a centred 'Page N' footer) "
                 "CORRECTED AFTER PUBLICATION by an incremental update, as Acrobat saves 'Replace Pages': the "
                 "original file is unchanged up to its first %%EOF, and an update section appended after it (new "
                 "objects, its own xref table, a trailer whose /Prev points at the first) gives page 3 a new page "
                 "object and a new content stream set in Helvetica 11 on 15 pt with the numbers at 66 pt and the text "
                 "at 102 pt, under a running head ending 'AMENDED', with an italic correction note ('Page 3 replaced "
                 f"on 12 May 2025 to correct paragraph {fixed} ...') above its footer: no paragraph's text. Paragraph "
                 f"{fixed} on that page has a corrected ending (a correction sentence and a new last sentence); its "
                 "old ending is still in the file, in the old page 3 content stream that nothing refers to any more. "
                 f"The key has the corrected text. Paragraph {crossing_in[0]} runs from page 2 (Times) onto page 3 "
                 f"(Helvetica) and {crossing_out[0]} from page 3 onto page 4 (Times again). Pages are physical, "
                 "1-based."),
        "paragraphs": result,
    }



# --------------------------------------------------------------------------
# 2. bomjunk.pdf: a byte order mark and a blank line before "%PDF-", an HTML comment after %%EOF; "2.0" headings
# --------------------------------------------------------------------------
# sections: (number, title, items); items: n_words, or ("STOP", n) a number typed with a trailing full stop
BJ_PLAN = [
    ("1.0", "Introduction", [80, 95]),
    ("2.0", "Background and summary of events", [65, 75, 70, ("STOP", 80), 60, 75, 70, 65, 80, 85]),
    ("3.0", "Analysis", [120, ("STOP", 125), 110]),
    ("4.0", "Conclusions", [90]),
]
BJ_TITLE = "Domestic Homicide Review: \u2018Sandra\u2019"
BJ_PREFIX = b"\xef\xbb\xbf\r\n"
BJ_SUFFIX = b"\r\n<!-- SiteWorks CMS 4.1 (FICTIONAL): document 2291 served in 0.041s -->\r\n"


def make_bomjunk(out, pm):
    path = out / "bomjunk.pdf"
    FS, LEAD = 11.0, 15.4
    NX, TX, R = 72.0, 115.0, 523.0
    TOP, BOTTOM = 772.0, 72.0
    fl = Flow(TOP, BOTTOM, first_top=630.0)
    result, texts, typed = [], [], []
    for num, title, items in BJ_PLAN:
        def head(c, y, num=num, title=title):
            c.setFont(AB, FS)
            c.drawString(NX, y, num)
            c.drawString(TX, y, title)

        rows = [(18.0, 17.0, head, None)]
        sec = num.split(".")[0]
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{sec}.{p_no}"
            shown = label + "." if kind == "STOP" else label
            typed.append(shown)
            t = pm.make(n_words, "dhr")
            texts.append(t)
            prow = []
            for li, ln in enumerate(wrap(t.split(), R - TX, lambda s: sw(s, A, FS))):
                def draw(c, y, ln=ln, num=shown if li == 0 else None):
                    c.setFont(A, FS)
                    if num:
                        c.drawString(NX, y, num)
                    c.drawString(TX, y, " ".join(ln))
                prow.append((8.0 if li == 0 else 0.0, LEAD, draw, label))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            result.append(entry(label, placed[0][0], t))
    n = len(fl.pages)
    tmp = io.BytesIO()
    c = new_canvas(tmp, {"Title": "DHR Sandra Overview Report FINAL for publication (FICTIONAL)",
                         "Author": "Fennowick Community Safety Partnership",
                         "Creator": "Microsoft\u00ae Word 2016", "Producer": "Microsoft\u00ae Word 2016"})
    for i, rows in enumerate(fl.pages, 1):
        c.setFont(A, 8)
        c.setFillGray(0.3)
        c.drawString(NX, 808, "DHR \u2018Sandra\u2019 \u2013 Overview Report (FICTIONAL)")
        s = "OFFICIAL"
        c.drawString(R - sw(s, A, 8), 808, s)
        s = f"Page {i} of {n}"
        c.drawString(R - sw(s, A, 8), 40, s)
        c.setFillGray(0)
        if i == 1:
            c.setFont(AB, 18)
            c.drawString(NX, 745, BJ_TITLE)
            c.setFont(A, 12)
            c.drawString(NX, 722, "Overview Report \u2013 Fennowick Community Safety Partnership (FICTIONAL)")
            c.setFont(A, 9.5)
            c.drawString(NX, 702, FICT + ". Every person, place and service named here is invented.")
            c.drawString(NX, 688, "Report completed: June 2024. Published: January 2025.")
            c.setLineWidth(0.6)
            c.line(NX, 674, R, 674)
        for draw, y, _tag in rows:
            draw(c, y)
        c.showPage()
    c.save()
    pdf = tmp.getvalue()
    data = BJ_PREFIX + pdf + BJ_SUFFIX
    path.write_bytes(data)
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # the damage: the header is not at byte 0, the xref offsets all point 5 bytes short, junk follows %%EOF
    at = int(re.search(rb"startxref\s+(\d+)\s+%%EOF", data).group(1))
    shifted = at + len(BJ_PREFIX)
    if (data[at:at + 4] == b"xref" or data[shifted:shifted + 4] != b"xref" or data.startswith(b"%PDF")
            or data.rstrip().endswith(b"%%EOF")):
        raise AssertionError("bomjunk.pdf: the damage")

    def body(ch):
        return abs(ch["size"] - FS) < 0.01 and ch["y0"] >= BOTTOM - 6

    pw = read_pages(path, body)
    check_paged(path.name, pw, result, texts)
    # viewers repair it: PDFium (as in Chrome and Edge) and pypdf read every page
    import pypdfium2 as pdfium
    from pypdf import PdfReader
    doc = pdfium.PdfDocument(str(path))
    got = [norm(doc[i].get_textpage().get_text_range()) for i in range(len(doc))]
    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # pypdf reports the header and the startxref pointer it repairs
    try:
        pages_pypdf = len(PdfReader(str(path), strict=False).pages)
    finally:
        quiet.setLevel(level)
    if len(doc) != n or pages_pypdf != n:
        raise AssertionError("bomjunk.pdf: pages")
    if not all(contains_seq(got[d["page"] - 1], norm(d["label"] + " " + d["starts_with"])) for d in result):
        raise AssertionError("bomjunk.pdf: PDFium's text")
    if "2.10" not in [d["label"] for d in result] or sum(s.endswith(".") for s in typed) != 2:
        raise AssertionError("bomjunk.pdf: numbering")
    return {
        "note": ("A domestic homicide review (Word export, Arial) as a council CMS served it for download: the file "
                 "begins with a UTF-8 byte order mark and a blank line (EF BB BF 0D 0A) before '%PDF-', so every "
                 "offset in its xref table and startxref points 5 bytes short, and an HTML comment ('<!-- SiteWorks "
                 "CMS 4.1 ... served in 0.041s -->') follows its %%EOF; PDF viewers (PDFium, Acrobat) repair it "
                 "silently. Inside, the numbering of many DHR templates: section headings numbered '2.0 Background "
                 "and summary of events' in bold at the body's size, the '2.0' in the same column as the paragraph "
                 "numbers '2.1' (regular): no paragraphs. Section 2 runs from 2.1 to 2.10 (2.10 after 2.9); two "
                 "numbers are typed with a trailing stop ('2.4.', '3.2.'), labelled without it. The grey running head "
                 "with 'OFFICIAL' and the 'Page N of M' footer are no paragraph's text. Some paragraphs run over a "
                 "page break. Pages are physical, 1-based."),
        "paragraphs": result,
    }



# --------------------------------------------------------------------------
# 3. lowriter.docx: LibreOffice Writer's .docx: chapter numbering gives the paragraphs their numbers (and outline level)
# --------------------------------------------------------------------------
W_NS, XML_HEAD, PKG_REL, DOC_REL, CT_WML = _b30.W_NS, _b30.XML_HEAD, _b30.PKG_REL, _b30.DOC_REL, _b30.CT_WML
LO_NS = ('xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         f'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="{W_NS}" xmlns:w10="urn:schemas-microsoft-com:office:word" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 wp14 w15"')
# items: n_words; ("BULLETS", n) a lead-in, three bullets from the second list and an unnumbered carry-on;
# ("SPLIT", n) a manual page break splits the paragraph, its second part switched out of the list (numId 0);
# ("DIRECT", n) the outline numbering written again on the paragraph itself, as LibreOffice sometimes does
LO_PLAN = [
    ("Introduction", [85, ("DIRECT", 90)]),
    ("Mrs P and her home", [100, ("BULLETS", 95), 105]),
    ("What happened", [115, ("SPLIT", 150), ("DIRECT", 105), 100]),
    ("Analysis", [120, 110, ("DIRECT", 100)]),
    ("Conclusions", [90, 80]),
]
LO_BULLETS = ["the community nurses, who dressed her legs twice a week;",
              "the housing officer, who saw the stairs but not the kitchen;",
              "the pharmacist, who noticed the unused blister packs."]
LO_TITLE = "Safeguarding Adults Review: Mrs P"
LO_OUTLINE, LO_BULLET_LIST = 3, 2  # numIds: 3 -> abstractNum 1 (chapter numbering), 2 -> abstractNum 2 (bullets)


def lo_levels_outline():
    out = []
    for k in range(9):
        if k == 0:
            body = ('<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:suff w:val="tab"/>'
                    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/>'
                    '</w:tabs><w:ind w:left="567" w:hanging="567"/></w:pPr>')
        elif k == 1:
            body = ('<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="NumberedParagraph"/>'
                    '<w:suff w:val="tab"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:tabs>'
                    '<w:tab w:val="num" w:pos="567"/></w:tabs><w:ind w:left="567" w:hanging="567"/></w:pPr>')
        else:
            body = ('<w:start w:val="1"/><w:numFmt w:val="none"/><w:suff w:val="nothing"/><w:lvlText w:val=""/>'
                    '<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="0"/></w:tabs><w:ind w:left="0" '
                    'w:hanging="0"/></w:pPr>')
        out.append(f'<w:lvl w:ilvl="{k}">{body}</w:lvl>')
    return "".join(out)


def lo_levels_simple(bullet):
    out = []
    for k in range(9):
        ind = f'<w:ind w:left="{1134 + 567 * k}" w:hanging="283"/>'
        if bullet:
            body = ('<w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{1134 + 567 * k}"/></w:tabs>{ind}</w:pPr><w:rPr>'
                    '<w:rFonts w:ascii="OpenSymbol" w:hAnsi="OpenSymbol" w:cs="OpenSymbol" w:hint="default"/>'
                    '</w:rPr>')
        else:
            body = (f'<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%{k + 1}."/>'
                    f'<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="{1134 + 567 * k}"/></w:tabs>'
                    f'{ind}</w:pPr>')
        out.append(f'<w:lvl w:ilvl="{k}">{body}</w:lvl>')
    return "".join(out)


LO_STYLES = XML_HEAD + (
    f'<w:styles {LO_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" '
    'w:hAnsi="Liberation Serif" w:eastAsia="Noto Serif CJK SC" w:cs="Lohit Devanagari"/><w:kern w:val="2"/>'
    '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr>'
    '</w:rPrDefault><w:pPrDefault><w:pPr><w:suppressAutoHyphens w:val="true"/></w:pPr></w:pPrDefault>'
    '</w:docDefaults>'
    '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/><w:pPr>'
    '<w:widowControl/><w:bidi w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/>'
    '<w:color w:val="auto"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="24"/><w:lang w:val="en-GB" '
    'w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:keepNext w:val="true"/><w:spacing w:before="240" '
    'w:after="120"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" '
    'w:eastAsia="Noto Sans CJK SC" w:cs="Lohit Devanagari"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Heading"/>'
    '<w:next w:val="NumberedParagraph"/><w:qFormat/><w:pPr><w:pageBreakBefore/><w:numPr><w:ilvl w:val="0"/>'
    f'<w:numId w:val="{LO_OUTLINE}"/></w:numPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>'
    '</w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F4E79"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="TextBody"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:spacing w:lineRule="auto" w:line="276" w:before="0" w:after="140"/><w:jc w:val="both"/></w:pPr>'
    '<w:rPr></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="NumberedParagraph"><w:name w:val="Numbered Paragraph"/>'
    '<w:basedOn w:val="TextBody"/><w:next w:val="NumberedParagraph"/><w:qFormat/><w:pPr><w:numPr>'
    f'<w:ilvl w:val="1"/><w:numId w:val="{LO_OUTLINE}"/></w:numPr><w:spacing w:before="0" w:after="140"/>'
    '<w:outlineLvl w:val="1"/></w:pPr><w:rPr></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="List"><w:name w:val="List"/><w:basedOn w:val="TextBody"/><w:pPr></w:pPr>'
    '<w:rPr><w:rFonts w:cs="Lohit Devanagari"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="Caption"/><w:basedOn w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:suppressLineNumbers/><w:spacing w:before="120" w:after="120"/></w:pPr><w:rPr><w:i/><w:iCs/>'
    '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Index"><w:name w:val="Index"/><w:basedOn w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:suppressLineNumbers/></w:pPr><w:rPr><w:rFonts w:cs="Lohit Devanagari"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Heading"/>'
    '<w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:bCs/>'
    '<w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Heading"/>'
    '<w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:spacing w:before="60" w:after="120"/><w:jc w:val="left"/>'
    '</w:pPr><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ContentsHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/></w:pPr><w:rPr><w:b/><w:bCs/>'
    '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Contents1"><w:name w:val="TOC 1"/><w:basedOn w:val="Index"/>'
    '<w:pPr><w:tabs><w:tab w:val="clear" w:pos="9638"/><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs>'
    '<w:spacing w:before="0" w:after="60"/></w:pPr><w:rPr></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="HeaderandFooter"><w:name w:val="Header and Footer"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/><w:tabs><w:tab w:val="clear" '
    'w:pos="709"/><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs></w:pPr>'
    '<w:rPr></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="HeaderandFooter"/>'
    '<w:pPr></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="TableContents"><w:name w:val="Table Contents"/><w:basedOn w:val="Normal"/>'
    '<w:qFormat/><w:pPr><w:widowControl w:val="false"/><w:suppressLineNumbers/></w:pPr><w:rPr></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="ListLabel1"><w:name w:val="ListLabel 1"/><w:qFormat/><w:rPr><w:b/>'
    '</w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="IndexLink"><w:name w:val="Index Link"/><w:qFormat/></w:style>'
    '<w:style w:type="character" w:styleId="Bullets"><w:name w:val="Bullets"/><w:qFormat/><w:rPr>'
    '<w:rFonts w:ascii="OpenSymbol" w:hAnsi="OpenSymbol" w:eastAsia="OpenSymbol" w:cs="OpenSymbol"/></w:rPr>'
    '</w:style></w:styles>')
LO_NUMBERING = XML_HEAD + (
    f'<w:numbering {LO_NS}>'
    f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>{lo_levels_outline()}</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>'
    f'{lo_levels_simple(True)}</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="hybridMultilevel"/>'
    f'{lo_levels_simple(False)}</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
    '</w:numbering>')
LO_SETTINGS = XML_HEAD + (
    f'<w:settings {LO_NS}><w:zoom w:percent="110"/><w:defaultTabStop w:val="709"/><w:autoHyphenation '
    'w:val="true"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:doNotExpandShiftReturn/>'
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
    '</w:compat><w:themeFontLang w:val="en-GB" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:settings>')
LO_FONTS = XML_HEAD + (
    f'<w:fonts {LO_NS}><w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/>'
    '<w:pitch w:val="variable"/></w:font><w:font w:name="OpenSymbol"><w:altName w:val="Arial Unicode MS"/>'
    '<w:charset w:val="02"/><w:family w:val="auto"/><w:pitch w:val="default"/></w:font>'
    '<w:font w:name="Liberation Serif"><w:altName w:val="Times New Roman"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font><w:font w:name="Liberation Sans">'
    '<w:altName w:val="Arial"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    '</w:fonts>')
LO_FOOTER = XML_HEAD + (
    f'<w:ftr {LO_NS}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:rPr></w:rPr></w:pPr><w:r><w:rPr></w:rPr><w:t>'
    'Safeguarding Adults Review: Mrs P (FICTIONAL)</w:t></w:r><w:r><w:rPr></w:rPr><w:tab/></w:r><w:r><w:rPr></w:rPr>'
    '<w:tab/></w:r><w:r><w:rPr></w:rPr><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:rPr></w:rPr><w:fldChar '
    'w:fldCharType="begin"></w:fldChar></w:r><w:r><w:rPr></w:rPr><w:instrText> PAGE </w:instrText></w:r><w:r>'
    '<w:rPr></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr></w:rPr><w:t>2</w:t></w:r><w:r>'
    '<w:rPr></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')


def make_lowriter(out, pm):
    path = out / "lowriter.docx"
    bm = iter(range(1000, 10000, 917))

    def run(text, rpr=""):
        return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{xesc(text)}</w:t></w:r>'

    def para(inner, style, extra=""):
        return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra}<w:rPr></w:rPr></w:pPr>{inner}</w:p>'

    brk = '<w:r><w:rPr></w:rPr><w:br w:type="page"/></w:r>'
    body, result, texts, heads = [], [], [], []
    page, words = 1, {}
    for s_no, (title, items) in enumerate(LO_PLAN, 1):
        page += 1  # Heading 1's style has w:pageBreakBefore
        words[page] = 0
        name = f"__RefHeading___Toc{next(bm)}_{3441789213 - s_no * 7}"
        heads.append((s_no, title, name, page))
        body.append(para(f'<w:bookmarkStart w:id="{s_no - 1}" w:name="{name}"/>{run(title)}'
                         f'<w:bookmarkEnd w:id="{s_no - 1}"/>', "Heading1"))
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "adult")
            start_page = page
            if kind == "BULLETS":
                a = t.rstrip(".") + ". Three services saw part of what was happening:"
                b = pm.make(40, "adult")
                body.append(para(run(a), "NumberedParagraph"))
                for x in LO_BULLETS:
                    body.append(para(run(x), "TextBody", f'<w:numPr><w:ilvl w:val="0"/><w:numId '
                                                         f'w:val="{LO_BULLET_LIST}"/></w:numPr><w:spacing '
                                                         'w:before="0" w:after="60"/>'))
                body.append(para(run(b), "TextBody", '<w:ind w:left="567" w:hanging="0"/>'))
                t = " ".join([a, *LO_BULLETS, b])
                words[page] += len(t.split())
            elif kind == "SPLIT":
                ws = t.split(" ")
                cut = len(ws) // 2
                while not ws[cut - 1].endswith("."):
                    cut += 1
                first, second = " ".join(ws[:cut]), " ".join(ws[cut:])
                body.append(para(run(first), "NumberedParagraph"))
                words[page] += len(first.split())
                page += 1
                words[page] = len(second.split())
                body.append(para(brk + run(second), "NumberedParagraph",
                                 '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
                                 '<w:ind w:left="567" w:hanging="0"/>'))
            elif kind == "DIRECT":
                body.append(para(run(t), "NumberedParagraph", f'<w:numPr><w:ilvl w:val="1"/><w:numId '
                                                              f'w:val="{LO_OUTLINE}"/></w:numPr>'))
                words[page] += len(t.split())
            else:
                body.append(para(run(t), "NumberedParagraph"))
                words[page] += len(t.split())
            texts.append(t)
            result.append(entry(label, start_page, t))
    toc = []
    for k, (s_no, title, name, pg) in enumerate(heads):
        begin = ('<w:r><w:rPr></w:rPr><w:fldChar w:fldCharType="begin"></w:fldChar></w:r><w:r><w:rPr></w:rPr>'
                 '<w:instrText xml:space="preserve"> TOC \\f \\o "1-1" \\h</w:instrText></w:r><w:r><w:rPr></w:rPr>'
                 '<w:fldChar w:fldCharType="separate"/></w:r>') if k == 0 else ""
        link_rpr = '<w:rStyle w:val="IndexLink"/>'
        link = (f'<w:hyperlink w:anchor="{name}">{run(f"{s_no}.", link_rpr)}<w:r><w:rPr>{link_rpr}</w:rPr><w:tab/>'
                f'</w:r>{run(title, link_rpr)}<w:r><w:rPr>{link_rpr}</w:rPr><w:tab/></w:r>{run(str(pg), link_rpr)}'
                '</w:hyperlink>')
        toc.append(para(begin + link, "Contents1", '<w:tabs><w:tab w:val="clear" w:pos="9638"/><w:tab w:val="left" '
                                                   'w:pos="567"/><w:tab w:val="right" w:leader="dot" '
                                                   'w:pos="9638"/></w:tabs>'))
    toc.append(para('<w:r><w:rPr></w:rPr><w:fldChar w:fldCharType="end"/></w:r>', "Normal"))
    front = [para(run(LO_TITLE), "Title"),
             para(run("Overview report \u2013 Stowick Marsh Safeguarding Adults Board (FICTIONAL)"), "Subtitle"),
             para(run(FICT + ". Every person, place and service named here is invented.", "<w:i/><w:iCs/>"),
                  "TextBody"),
             para(run("Final report, approved by the Board on 9 October 2024"), "TextBody"),
             '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique '
             'w:val="true"/></w:docPartObj></w:sdtPr><w:sdtContent>'
             + para(run("Contents"), "ContentsHeading") + "".join(toc) + "</w:sdtContent></w:sdt>"]
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId6"/><w:type w:val="nextPage"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1134" w:right="1134" w:gutter="0" w:header="0" '
            'w:top="1134" w:footer="567" w:bottom="1134"/><w:pgNumType w:fmt="decimal"/><w:formProt w:val="false"/>'
            '<w:textDirection w:val="lrTb"/><w:docGrid w:type="default" w:linePitch="100" w:charSpace="0"/>'
            '</w:sectPr>')
    doc = f'{XML_HEAD}<w:document {LO_NS}><w:body>{"".join(front + body)}{sect}</w:body></w:document>'
    n_words = sum(len(t.split()) for t in texts)
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template>'
           '<TotalTime>412</TotalTime><Application>LibreOffice/7.3.7.2$Linux_X86_64 '
           'LibreOffice_project/30$Build-2</Application><AppVersion>15.0000</AppVersion>'
           f'<Pages>{page}</Pages><Words>{n_words + 60}</Words><Characters>{6 * n_words}</Characters>'
           f'<CharactersWithSpaces>{7 * n_words}</CharactersWithSpaces><Paragraphs>{len(body) + 6}</Paragraphs>'
           '</Properties>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-02T09:14:05Z</dcterms:created>'
            '<dc:creator>Independent reviewer (FICTIONAL)</dc:creator><dc:language>en-GB</dc:language>'
            '<cp:lastModifiedBy>Board business unit (FICTIONAL)</cp:lastModifiedBy>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-10-09T15:40:51Z</dcterms:modified>'
            f'<cp:revision>23</cp:revision><dc:title>{xesc(LO_TITLE)} (FICTIONAL)</dc:title></cp:coreProperties>')
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Override PartName="/_rels/.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Override PartName="/word/_rels/document.xml.rels" '
          'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{CT_WML}document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{CT_WML}styles+xml"/>'
          f'<Override PartName="/word/numbering.xml" ContentType="{CT_WML}numbering+xml"/>'
          f'<Override PartName="/word/fontTable.xml" ContentType="{CT_WML}fontTable+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{CT_WML}settings+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{CT_WML}footer+xml"/>'
          '<Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId2" Type="{DOC_REL}/extended-properties" Target="docProps/app.xml"/>'
            f'<Relationship Id="rId3" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId1" Type="{DOC_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId3" Type="{DOC_REL}/fontTable" Target="fontTable.xml"/>'
                f'<Relationship Id="rId4" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId6" Type="{DOC_REL}/footer" Target="footer1.xml"/></Relationships>')
    zip_parts(path, {"_rels/.rels": rels, "docProps/app.xml": app, "docProps/core.xml": core,
                     "word/_rels/document.xml.rels": doc_rels, "word/styles.xml": LO_STYLES,
                     "word/numbering.xml": LO_NUMBERING, "word/fontTable.xml": LO_FONTS,
                     "word/settings.xml": LO_SETTINGS, "word/footer1.xml": LO_FOOTER, "word/document.xml": doc,
                     "[Content_Types].xml": ct}, (1980, 1, 1, 0, 0, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"lowriter.docx: words per page {words}")
    # read back as Word numbers it: a paragraph's numPr is its own or its style's (numId 0: none); the chapter list's
    # counters (level 0 resets level 1); level 1 starts a paragraph, "%1.%2"; other body text carries it on; pages
    # from w:br page and from the styles' w:pageBreakBefore
    import zipfile

    import docx
    from lxml import etree
    docx.Document(str(path))
    W = f"{{{W_NS}}}"
    z = zipfile.ZipFile(path)
    sroot = etree.fromstring(z.read("word/styles.xml"))
    style_num, style_break, style_outline = {}, set(), {}
    for st in sroot.findall(W + "style"):
        sid = st.get(W + "styleId")
        npr = st.find(f"{W}pPr/{W}numPr")
        if npr is not None:
            style_num[sid] = (npr.find(W + "numId").get(W + "val"), int(npr.find(W + "ilvl").get(W + "val")))
        if st.find(f"{W}pPr/{W}pageBreakBefore") is not None:
            style_break.add(sid)
        ol = st.find(f"{W}pPr/{W}outlineLvl")
        if ol is not None:
            style_outline[sid] = int(ol.get(W + "val"))
    nroot = etree.fromstring(z.read("word/numbering.xml"))
    to_abs = {nm.get(W + "numId"): nm.find(W + "abstractNumId").get(W + "val") for nm in nroot.findall(W + "num")}
    lvl_text = {a.get(W + "abstractNumId"): {int(lv.get(W + "ilvl")): lv.find(W + "lvlText").get(W + "val")
                                             for lv in a.findall(W + "lvl")} for a in nroot.findall(W + "abstractNum")}
    root = etree.fromstring(z.read("word/document.xml"))
    counters, got, pg, cur, chapters = {}, [], 1, None, 0
    for el in root.find(W + "body").iter(W + "p"):
        if any(a.tag == W + "sdtContent" for a in el.iterancestors()):
            continue
        sid = el.find(f"{W}pPr/{W}pStyle").get(W + "val")
        pg += (sid in style_break) + len(el.findall(f".//{W}br[@{W}type='page']"))
        text = "".join(t.text for t in el.iter(W + "t"))
        npr = el.find(f"{W}pPr/{W}numPr")
        num = ((npr.find(W + "numId").get(W + "val"), int(npr.find(W + "ilvl").get(W + "val"))) if npr is not None
               else style_num.get(sid))
        if num is None or num[0] == "0":
            if cur is not None and text and sid != "Heading1":
                cur[2] += " " + text
            continue
        nid, lvl = num
        c = counters.setdefault(to_abs[nid], [0] * 9)
        c[lvl] += 1
        c[lvl + 1:] = [0] * (8 - lvl)
        if nid == str(LO_BULLET_LIST):
            cur[2] += " " + text
            continue
        shown = re.sub(r"%(\d)", lambda m, c=c: str(c[int(m.group(1)) - 1]), lvl_text[to_abs[nid]][lvl])
        if lvl == 0:
            cur = None
            chapters += 1
            if shown != f"{chapters}." or sid != "Heading1":
                raise AssertionError("lowriter.docx: chapter number")
            continue
        cur = [shown, pg, text]
        got.append(cur)
    want = [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"lowriter.docx: read back {[(g[0], g[1], g[2][:25]) for g in got]}")
    if style_outline.get("NumberedParagraph") != 1 or any(re.match(r"\s*\d", t) for t in texts):
        raise AssertionError("lowriter.docx: outline level or typed numbers")
    return {
        "note": ("A safeguarding adults review saved as .docx by LibreOffice Writer 7.3 (docProps/app.xml), with its "
                 "markup: empty <w:rPr></w:rPr> pairs everywhere, '__RefHeading___Toc...' bookmarks round the "
                 "headings, LibreOffice's styles ('Heading' under 'heading 1', 'Body Text' with styleId TextBody, "
                 "'Index', 'Contents 1', 'Header and Footer', 'ListLabel 1', 'Bullets' in OpenSymbol), Liberation "
                 "fonts, a Table of Contents w:sdt (TOC \\f \\o \"1-1\" \\h, hyperlinked entries with typed '2.' "
                 "and page numbers) and a footer with a PAGE field. The paragraph numbers come from LibreOffice's "
                 "CHAPTER (outline) NUMBERING, never typed: numId 3 -> abstractNum 1 (beside numId 1 -> abstractNum "
                 "3, unused, and numId 2 -> abstractNum 2, bullets), whose level 0 ('%1.', w:pStyle Heading1) is "
                 "reached through the Heading 1 style and level 1 ('%1.%2', w:pStyle NumberedParagraph) through a "
                 "custom 'Numbered Paragraph' style, which therefore carries w:outlineLvl 1 (outline level 2, as "
                 "LibreOffice writes for every style in the chapter numbering): ordinary numbered paragraphs, not "
                 "headings. Some paragraphs repeat the numPr directly. Heading 1 ('1.' ... '5.', no paragraphs) has "
                 "w:pageBreakBefore in its style, so every chapter starts a page. A manual page break (w:br in the "
                 "first run) splits paragraph 3.2; its second part, in the same style, is switched out of the list "
                 "(numPr with numId 0) and indented: part of 3.2. Paragraph 2.2 is a lead-in, three bullets "
                 "(numId 2) and an unnumbered carry-on paragraph: all its text. Page = 1 + the page breaks before the "
                 "paragraph, counting w:br page and each Heading 1 (w:pageBreakBefore)."),
        "paragraphs": result,
    }



# --------------------------------------------------------------------------
# 4. translated.html: a Welsh page saved after Google Translate put it into English (<font> wrappers everywhere)
# --------------------------------------------------------------------------
# items: n_words; ("TYPED", n) the number typed in the same text node as the first sentence; ("WRAPNUM", n) the number's
# own span translated too (wrapped in <font>s); ("LINK", n) a link in mid-paragraph splitting the text nodes;
# ("LIST", n) a lead-in, a <ul> of three items and a carry-on <p class="parhad">
TR_PLAN = [
    ("Introduction", [80, ("TYPED", 90)]),
    ("Mrs E and her family", [105, ("LIST", 95), ("WRAPNUM", 100)]),
    ("What happened", [120, ("LINK", 110), 115, ("TYPED", 100)]),
    ("Learning for the region", [110, ("WRAPNUM", 105), 95]),
    ("Recommendations", [85]),
]
TR_LIST = ["the GP surgery knew about her falls;", "the housing association knew about the cold and the damp;",
           "her daughter knew that she had stopped eating properly."]
TR_TITLE = "Adult Practice Review: Mrs E"
TR_LINK = "the regional self-neglect protocol"
FONT = '<font style="vertical-align: inherit;">'


def tr_sentences(t):
    return re.split(r"(?<=[.!?\u201d])\s+(?=[A-Z\u201c])", t)


def tr_node(t):
    """One translated text node: an outer <font>, one inner <font> per sentence (the space after a sentence inside
    its <font>, as Google Translate returns it)."""
    ss = tr_sentences(t)
    inner = "".join(f"{FONT}{hesc(x)}{' ' if k < len(ss) - 1 else ''}</font>" for k, x in enumerate(ss))
    return f"{FONT}{inner}</font>"


def make_translated(out, pm):
    path = out / "translated.html"
    parts, result, texts = [], [], []
    kinds = set()
    for s_no, (title, items) in enumerate(TR_PLAN, 1):
        parts.append(f'<h2 id="adran-{s_no}">{tr_node(f"{s_no}. {title}")}</h2>')
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            kinds.add(kind)
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "adult")
            anchor = f'id="paragraff-{s_no}-{p_no}"'
            if kind == "TYPED":
                parts.append(f'<p class="paragraff" {anchor}>{tr_node(f"{label} {t}")}</p>')
            elif kind == "WRAPNUM":
                parts.append(f'<p class="paragraff" {anchor}><span class="rhif">{tr_node(label)}</span> '
                             f"{tr_node(t)}</p>")
            elif kind == "LINK":
                ss = tr_sentences(t)
                lead = ss[0] + " " + f"This was set out in {TR_LINK}, which had been revised in the spring."
                rest = " ".join(ss[1:])
                before, after = lead.split(TR_LINK)
                t = f"{lead} {rest}"
                parts.append(f'<p class="paragraff" {anchor}><span class="rhif">{label}</span> {tr_node(before)}'
                             f'<a href="/cy/dogfennau/protocol-hunan-esgeulustod">{tr_node(TR_LINK)}</a>'
                             f"{tr_node(after + ' ' + rest)}</p>")
            elif kind == "LIST":
                a = t.rstrip(".") + ". Each service held one part of the picture:"
                b = pm.make(40, "adult")
                items_html = "".join(f"<li>{tr_node(x)}</li>" for x in TR_LIST)
                parts.append(f'<p class="paragraff" {anchor}><span class="rhif">{label}</span> {tr_node(a)}</p>'
                             f'<ul class="rhestr">{items_html}</ul><p class="parhad">{tr_node(b)}</p>')
                t = " ".join([a, *TR_LIST, b])
            else:
                parts.append(f'<p class="paragraff" {anchor}><span class="rhif">{label}</span> {tr_node(t)}</p>')
            texts.append(t)
            result.append(entry(label, None, t))
    langs = [("", "Select Language"), ("af", "Afrikaans"), ("sq", "Albanian"), ("ar", "Arabic"), ("bn", "Bengali"),
             ("zh-CN", "Chinese (Simplified)"), ("en", "English"), ("pl", "Polish"), ("pa", "Punjabi"),
             ("ro", "Romanian"), ("so", "Somali"), ("ur", "Urdu")]
    options = "".join(f'<option value="{v}">{nm}</option>' for v, nm in langs)
    url = "https://www.aberfennifach-diogelu.example/cy/adolygiadau/adolygiad-ymarfer-oedolion-mrs-e"
    res = "./Adolygiad Ymarfer Oedolion_ Mrs E_files/"
    head = (f'<html lang="en" dir="ltr" class="translated-ltr"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=UTF-8">\n<meta name="viewport" content="width=device-width, '
            f'initial-scale=1">\n<title>{hesc(TR_TITLE)} (FICTIONAL) | Aberfenni Fach Regional Safeguarding Board'
            f'</title>\n<link rel="stylesheet" href="{res}arddull.css">\n<link type="text/css" rel="stylesheet" '
            f'charset="UTF-8" href="{res}translateelement.css">\n<script type="text/javascript" '
            f'src="{res}element.js.download"></script>\n<script type="text/javascript" charset="UTF-8" '
            f'src="{res}main_cy.js.download"></script>\n</head>')
    banner = ('<body class="tudalen adolygiad" style="position: relative; min-height: 100%; top: 40px;">'
              '<div class="skiptranslate" style=""><iframe id=":1.container" class="goog-te-banner-frame '
              f'skiptranslate" frameborder="0" src="{res}saved_resource.html" style="visibility:visible"></iframe>'
              '</div>')
    nav = "".join(f'<li><a href="/cy{href}">{tr_node(label)}</a></li>' for href, label in
                  (("", "Home"), ("/adolygiadau", "Practice reviews"), ("/hyfforddiant", "Training"),
                   ("/cysylltu", "Contact us")))
    gadget = ('<div id="google_translate_element"><div class="skiptranslate goog-te-gadget" dir="ltr" style="">'
              '<div id=":0.targetLanguage" class="goog-te-gadget-simple"><select class="goog-te-combo" '
              f'aria-label="Language Translate Widget">{options}</select></div>Powered by <span '
              'style="white-space:nowrap"><a class="VIpgJd-ZVi9od-l4eHX-hSRGPd" href="https://translate.google.com/" '
              f'target="_blank"><img src="{res}googlelogo_color_42x16dp.png" width="37px" height="14px" '
              'style="padding-right: 3px" alt="Google Translate">Translate</a></span></div></div>')
    tooltip = ('<div id="goog-gt-tt" class="VIpgJd-yAWNEb-L7lbkb skiptranslate" style="border-radius: 12px; '
               "margin: 0 0 0 -23px; padding: 0; font-family: &#39;Google Sans&#39;, Arial, sans-serif;\" "
               'data-id=""><div id="goog-gt-vt" class="VIpgJd-yAWNEb-hvhgNd"><div class=" '
               f'VIpgJd-yAWNEb-hvhgNd-l4eHX-i3jM8c"><img src="{res}translate_24dp.png" width="24" height="24" '
               'alt=""></div><div class=" VIpgJd-yAWNEb-hvhgNd-k77Iif-i3jM8c"><div '
               'class="VIpgJd-yAWNEb-hvhgNd-IuizWc" dir="ltr">Original text</div><div id="goog-gt-original-text" '
               'class="VIpgJd-yAWNEb-nVMfcd-fmcmS VIpgJd-yAWNEb-hvhgNd-axAV1">Cyflwyniad</div></div><div '
               'class="VIpgJd-yAWNEb-hvhgNd-N7Eqid ltr"><div class="VIpgJd-yAWNEb-hvhgNd-N7Eqid-B7I4Od ltr" '
               'dir="ltr"><div class="VIpgJd-yAWNEb-hvhgNd-UTujCb">Rate this translation</div><div '
               'class="VIpgJd-yAWNEb-hvhgNd-eO9mKe">Your feedback will be used to help improve Google Translate'
               '</div></div></div><button id="goog-gt-thumbUpButton" type="button" '
               'class="VIpgJd-yAWNEb-hvhgNd-bgm6sf" title="Good translation" aria-label="Good translation" '
               'aria-pressed="false"><span id="goog-gt-thumbUpIcon"></span></button><button '
               'id="goog-gt-thumbDownButton" type="button" class="VIpgJd-yAWNEb-hvhgNd-bgm6sf" title="Poor '
               'translation" aria-label="Poor translation" aria-pressed="false"><span id="goog-gt-thumbDownIcon">'
               '</span></button></div></div>')
    spinner = ('<div class="VIpgJd-ZVi9od-aZ2wEe-wOHMyf"><div class="VIpgJd-ZVi9od-aZ2wEe-OiiCO"><svg '
               'xmlns="http://www.w3.org/2000/svg" class="VIpgJd-ZVi9od-aZ2wEe" width="96px" height="96px" '
               'viewBox="0 0 66 66"><circle class="VIpgJd-ZVi9od-aZ2wEe-Jt5cK" fill="none" stroke-width="6" '
               'stroke-linecap="round" cx="33" cy="33" r="30"></circle></svg></div></div>')
    notice = tr_node(FICT + ". Every person, place and service named here is invented.")
    dated = tr_node("Published: 14 November 2024. Commissioned by the Aberfenni Fach Regional Safeguarding Board.")
    page = "\n".join([
        "<!DOCTYPE html>", f"<!-- saved from url=({len(url):04d}){url} -->", head, banner,
        f'<a class="neidio" href="#cynnwys">{tr_node("Skip to content")}</a>',
        f'<header class="pennawd"><a class="logo" href="/cy">'
        f'{tr_node("Aberfenni Fach Regional Safeguarding Board (FICTIONAL)")}</a>',
        f'<nav class="llywio"><ul>{nav}</ul></nav>',
        '<a class="iaith" href="/en/reviews/adult-practice-review-mrs-e" translate="no" lang="en">English</a>',
        gadget, "</header>", '<main id="cynnwys">', '<article class="adolygiad">', f"<h1>{tr_node(TR_TITLE)}</h1>",
        f'<p class="rhybudd"><em>{notice}</em></p>', f'<p class="dyddiad">{dated}</p>', *parts, "</article>",
        "</main>",
        f'<footer class="troedyn"><p>{tr_node("© Aberfenni Fach Regional Safeguarding Board 2024 (FICTIONAL).")}</p>',
        f'<p>{tr_node("Worried about an adult? Call the adult services duty team on 0300 000 0001.")}</p></footer>',
        tooltip, spinner, "</body></html>"])
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back as a browser shows it: the article's h2s set the section; a p.paragraff's text is its number and
    # words; a list and a p.parhad after it carry it on; every body text node is inside <font>s
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    art = root.xpath("//article")[0]
    got, cur = [], None
    for el in art.iter("h2", "p", "li"):
        txt = " ".join(el.text_content().split())
        if el.tag == "h2":
            cur = None
        elif "paragraff" in el.get("class", ""):
            m = re.match(r"(\d+\.\d+) (.*)$", txt)
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif cur is not None and (el.tag == "li" or el.get("class") == "parhad"):
            cur[1] += " " + txt
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"translated.html: read back {[g[0] for g in got]}")
    bare = [x for x in art.xpath(".//text()[normalize-space()]") if x.getparent().tag != "font"
            and not re.fullmatch(r"\s*\d+\.\d+\s*", x)]
    n_fonts = page.count("<font ")
    if bare or n_fonts < 150 or kinds != {"PLAIN", "TYPED", "WRAPNUM", "LINK", "LIST"}:
        raise AssertionError(f"translated.html: untranslated text {bare[:3]} or {n_fonts} fonts")
    return {
        "note": ("A Welsh regional safeguarding board's adult practice review page, saved from a browser (\"Save "
                 "page as\", a '<!-- saved from url=... -->' comment, resources in a '_files' folder) after Google "
                 "Translate had turned it from Welsh into English: <html class=\"translated-ltr\">, the translate "
                 "stylesheet and scripts, the banner <iframe class=\"goog-te-banner-frame skiptranslate\"> and "
                 "body style 'top: 40px'. Every translated text node is replaced by <font style=\"vertical-align: "
                 "inherit;\"> holding one inner <font style=\"vertical-align: inherit;\"> per sentence. Paragraphs "
                 "are <p class=\"paragraff\"> whose number is in <span class=\"rhif\">2.1</span> (left alone by the "
                 "translator), or in that span but itself wrapped in <font>s (2.3, 4.2), or typed in the same text "
                 "node as the first sentence and so inside its <font> ('1.2 The ...', 3.4); in 3.2 a link splits the "
                 "text into three translated nodes. Headings are <h2> typed '3. What happened' (no paragraphs). "
                 "Paragraph 2.2 is a lead-in, a <ul> of three items and a carry-on <p class=\"parhad\">: all its "
                 "text. The 'Select Language' gadget (a <select> of languages and 'Powered by Translate'), the "
                 "site's navigation, the 'English' link, the fictional notice, the publication line, the footer and, "
                 "after it at the end of <body>, Google's tooltip ('Original text', 'Cyflwyniad', 'Rate this "
                 "translation', 'Your feedback will be used ...') and spinner are no paragraph's text. No pages "
                 "(null)."),
        "paragraphs": result,
    }



# --------------------------------------------------------------------------
# 5. pdfconvert.md: a PDF converted to Markdown for an AI tool: pages, running heads and page numbers left in
# --------------------------------------------------------------------------
# items: n_words; ("OWN", n) the converter put the bold number on a line of its own; ("BULLETS", n) a lead-in, three
# "- " items and an unnumbered carry-on
PC_PLAN = [
    ("Introduction", [80, 95]),
    ("Background", [110, ("OWN", 100), ("BULLETS", 90)]),
    ("Agency involvement", [120, 115, ("OWN", 125), 105]),
    ("Analysis", [110, ("OWN", 120), 100]),
    ("Conclusions and recommendations", [95, 85]),
]
PC_BULLETS = ["the nursery, which saw the bruising and recorded it;", "the health visitor, who knew about the move;",
              "the police, who had attended the flat in January."]
PC_TABLE = [("Agency", "Contacts in the period", "Referrals made"), ("Quillby children\u2019s services", "14", "3"),
            ("Haverslade Police", "6", "2"), ("Health visiting", "9", "1"),
            ("St Aldwyn\u2019s primary school", "11", "4")]
PC_TITLE = "Child Safeguarding Practice Review: Child R"
PC_HEAD = "CSPR Child R \u2013 overview report (FICTIONAL)"
PC_WIDTH, PC_LINES = 92, 44  # the PDF's measure in characters and its lines of body text a page


def make_pdfconvert(out, pm):
    path = out / "pdfconvert.md"
    # the PDF as laid out: blocks of lines poured down pages (a heading takes 3 lines, a paragraph gap 1)
    blocks, result, texts = [], [], []
    for s_no, (title, items) in enumerate(PC_PLAN, 1):
        blocks.append(("head", f"## **{s_no}. {title}**", 3))
        if s_no == 3:
            blocks.append(("table", None, 9))
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "child")
            if kind == "BULLETS":
                a = t.rstrip(".") + ". Three agencies knew part of the story:"
                b = pm.make(40, "child")
                blocks.append(("para", (label, kind, a.split()), None))
                blocks.append(("bullets", None, len(PC_BULLETS) + 1))
                blocks.append(("carry", (label, kind, b.split()), None))
                t = " ".join([a, *PC_BULLETS, b])
            else:
                blocks.append(("para", (label, kind, t.split()), None))
            texts.append(t)
            result.append(entry(label, None, t))
    pages, used, splits = [[]], 0, 0
    for kind, data, size in blocks:
        if kind in ("para", "carry"):
            label, pkind, words = data
            lines = [" ".join(ln) for ln in wrap(words, PC_WIDTH, len)]
            gap = 1 if pages[-1] else 0
            if used + gap + 2 > PC_LINES:  # no single line at the foot of a page
                pages.append([])
                used, gap = 0, 0
            used += gap
            room = PC_LINES - used
            first, rest = lines[:room], lines[room:]
            if len(rest) == 1:  # no single line at the head of the next
                first, rest = lines[:room - 1], lines[room - 1:]
            pages[-1].append((kind, (label, pkind, first, True)))
            used += len(first)
            if rest:
                splits += 1
                pages.append([(kind, (label, pkind, rest, False))])
                used = len(rest)
        else:
            if used + size + 3 > PC_LINES:  # a heading or table keeps with what follows
                pages.append([])
                used = 0
            pages[-1].append((kind, data))
            used += size
    md = ["**Quillby Safeguarding Children Partnership (FICTIONAL)**", "", f"# **{PC_TITLE}**", "",
          "## **Overview report**", "", f"_{FICT}. Every person, place and service named here is invented._", "",
          "![](pdfconvert.pdf-0-0.png)", "", "Published September 2025", "", "-----", ""]
    for i, page in enumerate(pages, 2):
        md += [PC_HEAD, ""]
        for kind, data in page:
            if kind == "head":
                md += [data, ""]
            elif kind == "table":
                md += ["|" + "|".join(PC_TABLE[0]) + "|", "|---|---|---|"]
                md += ["|" + "|".join(r) + "|" for r in PC_TABLE[1:]]
                md += ["", "_Table 1: contacts with agencies between January and November 2023_", ""]
            elif kind == "bullets":
                md += [f"- {x}" for x in PC_BULLETS] + [""]
            else:
                label, pkind, lines, starts = data
                if kind == "para" and starts:
                    if pkind == "OWN":
                        md += [f"**{label}**", ""]
                    else:
                        lines = [f"**{label}** {lines[0]}", *lines[1:]]
                md += [*lines, ""]
        md += [str(i), "", "-----", ""]
    text = "\n".join(md)
    path.write_text(text, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if splits < 2:
        raise AssertionError(f"pdfconvert.md: {splits} paragraphs split by a page")
    # read back with markdown-it: a heading ends a paragraph; "**3.2** ..." starts one, "**3.2**" alone starts the
    # next block's; the running head, a bare page number, the caption and the image are nobody's; list items and
    # other text blocks carry the paragraph on
    from markdown_it import MarkdownIt
    toks = MarkdownIt("commonmark").enable("table").parse(text)
    got, cur, pending, in_table = [], None, None, False
    for k, tk in enumerate(toks):
        if tk.type == "heading_open":
            cur = None
        elif tk.type in ("table_open", "table_close"):
            in_table = tk.type == "table_open"
        elif tk.type == "inline" and toks[k - 1].type == "paragraph_open" and not in_table:
            c = " ".join(tk.content.split())
            if c == PC_HEAD or re.fullmatch(r"\d+", c) or c.startswith(("_Table", "![", "_FICT", "**Quillby",
                                                                          "Published")):
                continue
            m = re.fullmatch(r"\*\*(\d+\.\d+)\*\*(?: (.*))?", c)
            if m and m.group(2) is None:
                pending = m.group(1)
                continue
            if m:
                cur = [m.group(1), m.group(2)]
                got.append(cur)
            elif pending:
                cur = [pending, c]
                got.append(cur)
                pending = None
            else:
                cur[1] += " " + c
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"pdfconvert.md: read back {[g[0] for g in got]}")
    if text.count("\n-----\n") != len(pages) + 1 or sum(t.type == "hr" for t in toks) != len(pages) + 1:
        raise AssertionError("pdfconvert.md: page rules")
    return {
        "note": ("A child safeguarding practice review converted from its PDF to Markdown by a PDF-to-Markdown tool "
                 "(pymupdf4llm style) to be given to an AI assistant. The PDF's lines are kept as lines (hard "
                 "wrapped at about 92 characters), and its pages as they were: a '-----' rule after every page, "
                 "every page's running head ('CSPR Child R \u2013 overview report (FICTIONAL)') at its top and its "
                 "bare page number ('4') at its foot, each a Markdown paragraph of its own. Headings are '## **2. "
                 "Background**' (no paragraphs). Bold paragraph numbers begin their paragraph ('**2.1** The ...') or, "
                 "where the converter took the hanging number for a block of its own (2.2, 3.3, 4.2), stand ALONE "
                 "on a line before it. Paragraphs that ran over a page break are split into two Markdown paragraphs "
                 "with the page number, the rule and the next running head between them: the second part is the "
                 "paragraph's text. Paragraph 2.3 is a lead-in, three '- ' items and an unnumbered carry-on "
                 "paragraph: all its text. The cover (partnership, title, subtitle, fictional notice, an image "
                 "placeholder '![](pdfconvert.pdf-0-0.png)', 'Published ...'), a pipe table of contacts under the "
                 "'3. Agency involvement' heading and its italic caption are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    pm = ParaMaker()
    exp = {}
    exp["amended.pdf"] = make_amended(out, pm)
    exp["bomjunk.pdf"] = make_bomjunk(out, pm)
    exp["lowriter.docx"] = make_lowriter(out, pm)
    exp["translated.html"] = make_translated(out, pm)
    exp["pdfconvert.md"] = make_pdfconvert(out, pm)
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
        with tempfile.TemporaryDirectory(prefix="blind32-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
