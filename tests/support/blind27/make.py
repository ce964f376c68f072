"""Blind fixture generator 27: five FICTIONAL review documents, in layouts no earlier round used.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
pypdf, lxml, python-docx and pdfplumber; no system fonts, no LibreOffice, no network. Every generator checks its
own key with pdfplumber/lxml/python-docx, never with the project's parser.

markup.pdf      a draft review printed from Word with "All Markup" shown: each page's text is set narrower and the
                right-hand third of the page is Word's markup pane, a grey strip of balloons ("Deleted: ...",
                "Formatted: ...", "Commented [JR2]: 3.5 and 3.6 say the same ...") joined by dotted leader lines
                to their places in the text; inserted words are coloured and underlined in the text, a change bar
                stands in the left margin beside changed lines; hanging "3.4" numbers, paragraphs over page breaks
layered.pdf     an InDesign export with Acrobat layers: the body on a visible layer, an "Editorial notes" layer and
                a "Previous numbering" layer exported switched off (optional content groups listed in
                /OCProperties /D /OFF, their content marked /OC ... BDC in the page streams), so a viewer shows
                neither the yellow notes in the margin ("4.2 – legal to check") nor the draft's old paragraph
                numbers, which sit a little left of the printed ones; bold "12" numbers hanging in the margin
listnum.docx    a Word report numbered with LISTNUM fields (LegalDefault list): section headings carry level 1
                ("3."), paragraphs level 2 ("3.2."), as complex fields (fldChar/instrText) and as w:fldSimple, each
                with its result saved in the file, a tab after it; inline LISTNUM NumberDefault \\l 2 fields ("a)",
                "b)") make a run-in list inside two paragraphs
counters.html   an inquiry's web page whose paragraph numbers exist only as CSS counters: h2 counter-increment
                section and counter-reset para, p.para::before content counter(section) "." counter(para); an
                unnumbered lead-in, a "p.para-cont" carrying a paragraph on after a blockquote, a callout box and a
                glossary section whose <h2 class="unnumbered"> is not counted
headings.md     a Markdown report (as kept in a wiki or a static-site repository) whose paragraphs are labelled by
                numbered headings: "## 4. Analysis" for a section, "### 4.2" alone on its line for each paragraph,
                the paragraph's text below it (one paragraph of two Markdown paragraphs, one with a bulleted list)

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without a trailing stop ("3.2." is 3.2);
- for CSS counters the number is the one the browser draws; for LISTNUM fields, the field's printed result;
- Word's markup pane (balloons, their leader lines), change bars, switched-off layers, headings, running heads and
  footers, navigation and the glossary are no paragraph's text; words inserted with tracked changes are the
  paragraph's words (as printed in the text); an inline list inside a paragraph is that paragraph's text, and so is
  a continuation after a quotation;
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML and Markdown: null.
"""
import io
import json
import os
import pathlib
import re
import sys
import tempfile
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit.draw import font_path, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import ListFlow as Flow  # type: ignore
    from blindkit.keys import entry  # type: ignore
    from blindkit.markup import hesc, xesc, zip_parts  # type: ignore
    from blindkit.pdfread import pdf_pages, seq_in, words_of  # type: ignore
    from text import ParaMaker, contains_seq, norm  # type: ignore
else:
    from ..blindkit.draw import font_path, register_fonts, sw, wrap  # noqa: F401 (round 28 reads _b27.font_path)
    from ..blindkit.flow import ListFlow as Flow
    from ..blindkit.keys import entry
    from ..blindkit.markup import hesc, xesc, zip_parts
    from ..blindkit.pdfread import pdf_pages, seq_in, words_of
    from .text import ParaMaker, contains_seq, norm

FICT = "FICTIONAL \u2013 for software testing"
A4 = (595.28, 841.89)
T1_FACES = {"ArialMT": "_a______", "Arial-BoldMT": "_ab_____", "Arial-ItalicMT": "_ai_____",
            "TimesNewRomanPSMT": "_er_____", "TimesNewRomanPS-BoldMT": "_eb_____"}


def check_lengths(name, texts, lo=40, hi=260):
    if len(set(texts)) != len(texts):
        raise AssertionError(f"{name}: duplicate paragraph")
    for t in texts:
        if not lo <= len(t.split()) <= hi:
            raise AssertionError(f"{name}: paragraph of {len(t.split())} words")


def check_count(name, result):
    if not 8 <= len(result) <= 20:
        raise AssertionError(f"{name}: {len(result)} paragraphs")


def new_canvas(path, info, size):
    from reportlab.pdfgen.canvas import Canvas
    c = Canvas(path if hasattr(path, "write") else str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(info["Title"])
    c.setAuthor(info["Author"])
    c.setSubject(FICT)
    c.setCreator(info["Creator"])
    c.setProducer(info["Producer"])
    return c


# --------------------------------------------------------------------------
# 1. markup.pdf: Word's "print with markup": a balloon pane on the right, dotted leaders, change bars
# --------------------------------------------------------------------------
# items: n_words, or (n_words, mark): "INS" words inserted (coloured, underlined), "DEL" a deletion balloon,
# "FMT" a formatting balloon, "COM" a comment balloon (its text indexed in MK_COMMENTS)
MK_PLAN = [
    ("1", "Introduction", [85, (90, "FMT")]),
    ("2", "Background", [(120, "INS"), (110, "DEL"), 130]),
    ("3", "What happened", [(140, "COM"), 115, (125, "INS"), (105, "COM"), (120, "DEL")]),
    ("4", "Learning", [(130, "COM"), 110, (95, "INS")]),
]
MK_COMMENTS = ["Is this the right month? The police log says the visit was in May.",
               "3.5 and 3.6 say much the same thing \u2013 merge before sign-off?",
               "Agency to confirm wording. 4.1 needs the chair\u2019s view too."]
MK_DELETED = ["promptly and in full", "by the duty manager on the same day"]
MK_TITLE = "Child Safeguarding Practice Review: Child T"
MK_INS = (0.55, 0.1, 0.55)
MK_COLOURS = {"COM": (0.85, 0.2, 0.2), "DEL": (0.55, 0.1, 0.55), "FMT": (0.2, 0.35, 0.7)}


def make_markup(out, pm):
    path = out / "markup.pdf"
    A, AB, TR = "ArialMT", "Arial-BoldMT", "TimesNewRomanPSMT"
    FS, LEAD = 9.5, 12.5
    NX, TX, R = 56.0, 86.0, 392.0
    PANE_X, PANE_R = 404.0, 580.0
    BX, BW = 414.0, 160.0
    TOP, BOTTOM = 790.0, 60.0
    fl = Flow(TOP, BOTTOM, first_top=700.0)
    result, texts, firsts = [], [], []
    marks = {}  # page -> [(y, x, kind, text)]
    bars = {}  # page -> [y]
    coms, dels = iter(MK_COMMENTS), iter(MK_DELETED)
    ncom = 0
    for num, title, items in MK_PLAN:
        rows = [(16.0, 16.0, lambda c, y, s=f"{num}.  {title}": (c.setFont(AB, 11.5), c.drawString(NX, y, s)))]
        for k, it in enumerate(items, 1):
            n_words, kind = (it, None) if isinstance(it, int) else it
            label = f"{num}.{k}"
            t = pm.make(n_words, "child")
            words = t.split()
            ins = set(range(12, 16)) if kind == "INS" else set()
            texts.append(t)
            lines = wrap(words, R - TX, lambda s: sw(s, TR, FS))
            starts = [sum(len(ln) for ln in lines[:i]) for i in range(len(lines))]
            prow = []
            for i, ln in enumerate(lines):
                def draw(c, y, ln=ln, i0=starts[i], first=i == 0, label=label, ins=ins):
                    c.setFont(TR, FS)
                    if first:
                        c.drawString(NX, y, label)
                    x = TX
                    for j, w in enumerate(ln):
                        s = w + (" " if j < len(ln) - 1 else "")
                        if i0 + j in ins:
                            c.setFillColorRGB(*MK_INS)
                            c.setStrokeColorRGB(*MK_INS)
                            c.setLineWidth(0.5)
                            c.drawString(x, y, s)
                            c.line(x, y - 1.5, x + sw(w, TR, FS), y - 1.5)
                            c.setFillColorRGB(0, 0, 0)
                            c.setStrokeColorRGB(0, 0, 0)
                        else:
                            c.drawString(x, y, s)
                        x += sw(s, TR, FS)
                prow.append((7.0 if i == 0 else 0.0, LEAD, draw))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            firsts.append(placed[0])
            result.append(entry(label, placed[0][0], t))
            if kind is None:
                continue
            at = {"INS": 12, "DEL": 20, "FMT": 0, "COM": 9}[kind]
            li = max(i for i in range(len(lines)) if starts[i] <= at)
            pg, y = placed[li]
            x = TX + sw(" ".join(lines[li][:at - starts[li]]) + " ", TR, FS) if at > starts[li] else TX
            bars.setdefault(pg, []).append(y)
            if kind == "INS":
                continue
            if kind == "COM":
                ncom += 1
                note = f"Commented [JR{ncom}]: {next(coms)}"
            elif kind == "DEL":
                note = f"Deleted: {next(dels)}"
            else:
                note = "Formatted: Numbered para, Indent: Left:  0 cm, Hanging:  1.06 cm"
            marks.setdefault(pg, []).append((y, x, kind, note))
    n = len(fl.pages)
    c = new_canvas(path, {"Title": MK_TITLE + " \u2013 DRAFT v0.6 (FICTIONAL)",
                          "Author": "J Rowntree (FICTIONAL)", "Creator": "Microsoft\u00ae Word for Microsoft 365",
                          "Producer": "Microsoft\u00ae Word for Microsoft 365"}, A4)
    balloons = 0
    for i, rows in enumerate(fl.pages, 1):
        c.setFillColorRGB(0.95, 0.95, 0.95)
        c.rect(PANE_X, 20, PANE_R - PANE_X, A4[1] - 40, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        if i == 1:
            c.setFont(AB, 15)
            c.drawString(NX, 770, MK_TITLE)
            c.setFont(A, 9.5)
            c.drawString(NX, 752, "Overview report \u2013 DRAFT v0.6 for panel comment (FICTIONAL)")
            c.setFont("Arial-ItalicMT", 8)
            c.drawString(NX, 738, FICT + ". Every person, place and service named here is invented.")
        for draw, y in rows:
            draw(c, y)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.75)
        for y in bars.get(i, []):
            c.line(44, y - 3, 44, y + 9)
        floor = A4[1]
        for y, x, kind, note in sorted(marks.get(i, []), key=lambda m: -m[0]):
            lines = wrap(note.split(), BW - 10, lambda s: sw(s, A, 7))
            h = 6 + 8.5 * len(lines)
            top = min(y + 9, floor - 4)
            if top - h < 24:
                raise AssertionError("markup.pdf: a balloon runs off the page")
            rgb = MK_COLOURS[kind]
            c.setStrokeColorRGB(*rgb)
            c.setFillColorRGB(1, 1, 1)
            c.setLineWidth(0.6)
            c.roundRect(BX, top - h, BW, h, 3, stroke=1, fill=1)
            c.setDash(1, 1.5)
            c.line(x, y - 2, R + 4, y - 2)
            c.line(R + 4, y - 2, BX, top - 6)
            c.setDash()
            c.setFillColorRGB(0, 0, 0)
            for j, ln in enumerate(lines):
                s = " ".join(ln)
                head = re.match(r"(Commented \[JR\d\]:|Deleted:|Formatted:)", s)
                c.setFont(AB if head else A, 7)
                if head:
                    c.drawString(BX + 5, top - 9 - 8.5 * j, head.group(1))
                    c.setFont(A, 7)
                    c.drawString(BX + 5 + sw(head.group(1) + " ", AB, 7), top - 9 - 8.5 * j, s[head.end():].lstrip())
                else:
                    c.drawString(BX + 5, top - 9 - 8.5 * j, s)
            floor = top - h
            balloons += 1
        c.setStrokeColorRGB(0, 0, 0)
        c.setFont(A, 8)
        c.drawString(NX, 36, "CSPR Child T \u2013 draft for panel comment")
        s = f"Page {i} of {n}"
        c.drawString(R - sw(s, A, 8), 36, s)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if balloons != 6:
        raise AssertionError(f"markup.pdf: {balloons} balloons")
    pages = pdf_pages(path)
    if len(pages) != n or not 3 <= n <= 8:
        raise AssertionError(f"markup.pdf: {n} pages")

    def body(ch):
        return ch["fontname"].endswith("TimesNewRomanPSMT") and ch["x1"] < PANE_X and ch["y0"] >= BOTTOM - 1

    pw = [words_of(p, body) for p in pages]
    allw = [w for p in pw for w in p]
    crossing = 0
    for d, t, (p0, _y) in zip(result, texts, firsts, strict=True):
        seq_in(allw, t, path.name, d["label"])
        if not contains_seq(pw[p0 - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"markup.pdf: starts_with of {d['label']}")
        crossing += not contains_seq(pw[p0 - 1], norm(d["ends_with"]))
    if not 1 <= crossing <= 4:
        raise AssertionError(f"markup.pdf: {crossing} paragraphs across a page break")
    pane = " ".join(" ".join(words_of(p, lambda ch: ch["x0"] > PANE_X)) for p in pages)
    if "3 5 and 3 6" not in pane or "deleted" not in pane:
        raise AssertionError("markup.pdf: balloons")
    return {
        "note": ("A draft practice review printed from Word with 'All Markup' shown. The page's text is set in the "
                 "left two thirds (Times 9.5 pt, hanging '3.4' numbers under bold '3.  What happened' headings); "
                 "the right third is Word's markup pane, a grey strip holding balloons in coloured rounded boxes "
                 "(Arial 7 pt): 'Deleted: promptly and in full', 'Formatted: Numbered para, Indent: ...' and "
                 "'Commented [JR2]: 3.5 and 3.6 say much the same thing \u2013 merge before sign-off?', each joined "
                 "to its place in the text by a dotted leader line. The pane, its balloons and leaders are no "
                 "paragraph's text and their numbers are no paragraphs. Inserted words are in the text, purple and "
                 "underlined: they are the paragraph's words. A change bar stands in the left margin beside each "
                 "changed line. Some paragraphs run over a page break. The footer ('CSPR Child T \u2013 draft for "
                 "panel comment', 'Page N of M') is not a paragraph. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. layered.pdf: InDesign layers; an "Editorial notes" and a "Previous numbering" layer exported switched off
# --------------------------------------------------------------------------
LY_PLAN = [
    ("Summary", [75, 85]),
    ("The review and its scope", [95, 110, 90]),
    ("Mr K\u2019s story", [120, 105, 130, 100]),
    ("Findings", [115, 100, 90]),
    ("What the board will do", [80, 70]),
]
LY_TITLE = "Safeguarding Adults Review: Mr K"
# hidden notes in the margin (paragraph number they sit beside, text)
LY_NOTES = {2: "2 \u2013 check the board\u2019s wording of the referral route", 5: "4.2 \u2013 legal to check",
            8: "Para 8: the GP practice has asked to see this before publication",
            11: "11 and 12 \u2013 swap? Ask chair"}
LY_OLD_FROM = 6  # the draft had no paragraph 6: from here the old numbers are one less


def make_layered(out, pm):
    path = out / "layered.pdf"
    A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
    FS, LEAD = 10.0, 13.5
    OX, NX, TX, R = 34.0, 62.0, 92.0, 468.0
    TOP, BOTTOM = 770.0, 70.0
    navy = (0.12, 0.2, 0.42)
    fl = Flow(TOP, BOTTOM, first_top=640.0)
    result, texts, firsts, num = [], [], [], 0
    hidden = {}  # page -> [(layer, y, x, text)]
    for title, items in LY_PLAN:
        rows = [(16.0, 18.0, lambda c, y, s=title: (c.setFont(AB, 13), c.setFillColorRGB(*navy),
                                                      c.drawString(TX, y, s), c.setFillColorRGB(0, 0, 0)))]
        for n_words in items:
            num += 1
            label = str(num)
            t = pm.make(n_words, "adult")
            texts.append(t)
            prow = []
            for i, ln in enumerate(wrap(t.split(), R - TX, lambda s: sw(s, A, FS))):
                def draw(c, y, ln=ln, first=i == 0, label=label):
                    if first:
                        c.setFont(AB, FS)
                        c.setFillColorRGB(*navy)
                        c.drawString(NX, y, label)
                        c.setFillColorRGB(0, 0, 0)
                    c.setFont(A, FS)
                    c.drawString(TX, y, " ".join(ln))
                prow.append((9.0 if i == 0 else 0.0, LEAD, draw))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            firsts.append(placed[0])
            result.append(entry(label, placed[0][0], t))
            pg, y = placed[0]
            if num != LY_OLD_FROM:
                old = num - 1 if num > LY_OLD_FROM else num
                hidden.setdefault(pg, []).append(("L2", y, OX, str(old)))
            if num in LY_NOTES:
                hidden.setdefault(pg, []).append(("L1", y, R + 10, LY_NOTES[num]))
    n = len(fl.pages)
    tmp = io.BytesIO()
    c = new_canvas(tmp, {"Title": LY_TITLE + " (FICTIONAL)", "Author": "Stowick Safeguarding Adults Board (FICTIONAL)",
                         "Creator": "Adobe InDesign 18.5 (Macintosh)", "Producer": "Adobe PDF Library 17.0"}, A4)
    for i, rows in enumerate(fl.pages, 1):
        c._code.append("/OC /L0 BDC")
        c.setFillColorRGB(*navy)
        c.rect(0, A4[1] - 18, A4[0], 18, stroke=0, fill=1)
        if i == 1:
            c.setFont(AB, 22)
            c.drawString(TX, 735, LY_TITLE)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(A, 11)
            c.drawString(TX, 712, "Stowick Safeguarding Adults Board \u2013 published June 2025")
            c.setFont(AI, 8.5)
            c.drawString(TX, 694, FICT + ". Every person, place and service named here is invented.")
        c.setFillColorRGB(0, 0, 0)
        for draw, y in rows:
            draw(c, y)
        c.setFont(A, 8)
        c.drawString(TX, 40, "SAR Mr K")
        s = str(i)
        c.drawString(R - sw(s, A, 8), 40, s)
        c._code.append("EMC")
        for layer, y, x, s in hidden.get(i, []):
            c._code.append(f"/OC /{layer} BDC")
            if layer == "L1":
                lines = wrap(s.split(), 82, lambda v: sw(v, A, 7.5))
                c.setFillColorRGB(1.0, 0.95, 0.55)
                c.rect(x - 3, y - 4 - 9 * (len(lines) - 1), 92, 9 * len(lines) + 8, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                c.setFont(A, 7.5)
                for j, ln in enumerate(lines):
                    c.drawString(x, y - 9 * j, " ".join(ln))
            else:
                c.setFont(AB, FS)
                c.setFillColorRGB(0.8, 0.1, 0.1)
                c.drawString(x, y, s)
                c.setFillColorRGB(0, 0, 0)
            c._code.append("EMC")
        c.showPage()
    c.save()
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(tmp.getvalue())))
    ocgs = []
    for name in ("Body", "Editorial notes", "Previous numbering"):
        ocgs.append(w._add_object(DictionaryObject({NameObject("/Type"): NameObject("/OCG"),
                                                    NameObject("/Name"): TextStringObject(name)})))
    for page in w.pages:
        res = page["/Resources"].get_object()
        res[NameObject("/Properties")] = DictionaryObject(
            {NameObject(f"/L{k}"): ref for k, ref in enumerate(ocgs)})
    w._root_object[NameObject("/OCProperties")] = DictionaryObject({
        NameObject("/OCGs"): ArrayObject(ocgs),
        NameObject("/D"): DictionaryObject({NameObject("/Name"): TextStringObject("Layers"),
                                            NameObject("/Order"): ArrayObject(ocgs),
                                            NameObject("/ON"): ArrayObject(ocgs[:1]),
                                            NameObject("/OFF"): ArrayObject(ocgs[1:])})})
    buf = io.BytesIO()
    w.write(buf)
    path.write_bytes(buf.getvalue())
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: which text sits in which optional content group, from the content streams
    from pypdf.generic import ContentStream
    r = PdfReader(str(path))
    off = {o.get_object()["/Name"] for o in r.trailer["/Root"]["/OCProperties"]["/D"]["/OFF"]}
    if off != {"Editorial notes", "Previous numbering"}:
        raise AssertionError(f"layered.pdf: layers off {off}")
    shown_by = {"/L0": [], "/L1": [], "/L2": []}
    for page in r.pages:
        cur = None
        for operands, op in ContentStream(page.get_contents(), r).operations:
            if op == b"BDC":
                cur = operands[1]
            elif op == b"EMC":
                cur = None
            elif op == b"Tj":
                if cur is None:
                    raise AssertionError("layered.pdf: text outside the layers")
                shown_by[cur].append(str(operands[0]))
    if len(shown_by["/L1"]) < 4 or len(shown_by["/L2"]) != len(result) - 1:
        raise AssertionError("layered.pdf: hidden layers")
    pages = pdf_pages(path)
    if len(pages) != n or not 3 <= n <= 8:
        raise AssertionError(f"layered.pdf: {n} pages")

    def body(ch):
        return (ch["fontname"].endswith(("ArialMT", "Arial-BoldMT")) and NX - 2 <= ch["x0"] < R + 2
                and ch["y0"] >= BOTTOM - 1 and abs(ch["size"] - FS) < 0.01)

    pw = [words_of(p, body) for p in pages]
    allw = [w for p in pw for w in p]
    crossing = 0
    for d, t, (p0, _y) in zip(result, texts, firsts, strict=True):
        seq_in(allw, t, path.name, d["label"])
        if not contains_seq(pw[p0 - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"layered.pdf: starts_with of {d['label']}")
        crossing += not contains_seq(pw[p0 - 1], norm(d["ends_with"]))
    if not 1 <= crossing <= 5:
        raise AssertionError(f"layered.pdf: {crossing} paragraphs across a page break")
    return {
        "note": ("A safeguarding adults review exported from InDesign with 'Create Acrobat Layers': every page's "
                 "content is marked as optional content (/OC /L0 BDC ... EMC) of three groups listed in the "
                 "catalogue's /OCProperties. 'Body' is on; 'Editorial notes' and 'Previous numbering' are in the "
                 "default configuration's /OFF array, so a viewer does not show them and they are not printed. The "
                 "hidden notes are yellow boxes in the right margin beside paragraphs ('4.2 \u2013 legal to check', "
                 "'11 and 12 \u2013 swap? Ask chair', 'Para 8: ...'); the hidden old numbers are the draft's paragraph "
                 "numbers in red, a little left of the printed ones and on the same baseline (the draft had no "
                 "paragraph 6, so from 7 on the old number is one less). Neither hidden layer is text of the "
                 "report. Printed paragraphs are numbered straight through, bold navy '12' hanging left of the text "
                 "(Arial 10 pt) under unnumbered navy headings; some run over a page break. The footer ('SAR Mr K' "
                 "and the page number) is no paragraph. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. listnum.docx: paragraph numbers from LISTNUM fields (LegalDefault), complex and simple, results saved
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# items: n_words, or ("LIST", n_words): a run-in list "a) ... b) ... c) ..." of LISTNUM NumberDefault fields inside
LN_PLAN = [
    ("Introduction", [70, 85]),
    ("Background", [95, ("LIST", 90), 100]),
    ("Analysis", [110, 95, ("LIST", 105), 90]),
    ("Recommendations", [75, 70]),
]
LN_ITEMS = [["the referral from the nursery in March", "the health visitor\u2019s letter to the GP",
             "the neighbour\u2019s call to the police"],
            ["a shared chronology", "one named lead professional", "a date by which the plan would be reviewed"]]
LN_TITLE = "Rapid Review and Local Child Safeguarding Practice Review: Baby E"
LN_STYLES = XML_HEAD + (
    '<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" '
    'w:cs="Calibri"/><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="200" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\n'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:qFormat/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs>'
    '<w:spacing w:before="240" w:after="120"/><w:ind w:left="709" w:hanging="709"/><w:outlineLvl w:val="0"/>'
    '</w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>'
    '<w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs><w:ind w:left="709" w:hanging="709"/>'
    '<w:jc w:val="both"/></w:pPr></w:style>\n'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\n'
    '</w:styles>\n').replace("{W}", W_NS)
LN_CT = XML_HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="{CT}styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="{CT}settings+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>\n').replace("{CT}", CT_WML)
LN_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId2" Type="{P}/metadata/core-properties" '
    'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{D}/officeDocument" Target="word/document.xml"/>'
    '</Relationships>\n').replace("{P}", PKG_REL).replace("{D}", DOC_REL)
LN_DOC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{D}/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="{D}/settings" Target="settings.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
LN_SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/></w:settings>\n').replace("{W}", W_NS)
LN_CORE = XML_HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Practice review: Baby E (FICTIONAL)</dc:title>'
    '<dc:subject>{F}</dc:subject><dc:creator>Fennowick Safeguarding Children Partnership (FICTIONAL)</dc:creator>'
    '<cp:revision>31</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2015-06-01T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-11T11:20:00Z</dcterms:modified>'
    '</cp:coreProperties>\n').replace("{F}", FICT)


def w_run(s, rpr=""):
    sp = ' xml:space="preserve"' if s != s.strip() else ""
    return f"<w:r>{rpr}<w:t{sp}>{xesc(s)}</w:t></w:r>"


def listnum(instr, result, simple):
    """A LISTNUM field with its saved result, as w:fldSimple or as a complex field."""
    if simple:
        return f'<w:fldSimple w:instr="{xesc(instr)}">{w_run(result)}</w:fldSimple>'
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{xesc(instr)}</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{w_run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def make_listnum(out, pm):
    path = out / "listnum.docx"
    sub = w_run("Fennowick Safeguarding Children Partnership (FICTIONAL) \u2013 February 2025")
    fict = w_run(FICT + ". Every person, place and service named here is invented.", "<w:rPr><w:i/></w:rPr>")
    body = [f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{w_run(LN_TITLE)}</w:p>', f"<w:p>{sub}</w:p>",
            f"<w:p>{fict}</w:p>"]
    result, texts, page, words, nfield = [], [], 1, {}, 0
    lists = iter(LN_ITEMS)
    tab = "<w:r><w:tab/></w:r>"
    for s_no, (title, items) in enumerate(LN_PLAN, 1):
        body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        page += 1
        words[page] = 0
        nfield += 1
        field = listnum(" LISTNUM  LegalDefault \\l 1 ", f"{s_no}.", nfield % 2 == 0)
        body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{field}{tab}{w_run(title)}</w:p>')
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            nfield += 1
            head = listnum(" LISTNUM  LegalDefault \\l 2 ", f"{label}.", nfield % 2 == 0) + tab
            if kind == "LIST":
                a = pm.make(n_words // 2, "child").rstrip(".") + ". Three things stand out:"
                b = pm.make(n_words // 2, "child")
                items_ = next(lists)
                runs, shown = [w_run(a + " ")], [a]
                for k, x in enumerate(items_):
                    sep = "; and " if k == len(items_) - 2 else ("; " if k < len(items_) - 1 else ". ")
                    instr = " LISTNUM  NumberDefault \\l 2 " + ("\\s 1 " if k == 0 else "")
                    runs.append(listnum(instr, "abc"[k] + ")", k == 1))
                    runs.append(w_run(" " + x + sep))
                    shown.append(f"{'abc'[k]}) {x}{sep.rstrip()}")
                runs.append(w_run(b))
                shown.append(b)
                t = " ".join(shown)
                body.append(f'<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr>{head}{"".join(runs)}</w:p>')
            else:
                t = pm.make(n_words, "child")
                body.append(f'<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr>{head}{w_run(t)}</w:p>')
            texts.append(t)
            words[page] += len(t.split())
            result.append(entry(label, page, t))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
    doc = (f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}{sect}</w:body>'
           "</w:document>")
    zip_parts(path, {"[Content_Types].xml": LN_CT, "_rels/.rels": LN_RELS, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": LN_DOC_RELS, "word/styles.xml": LN_STYLES,
                     "word/settings.xml": LN_SETTINGS, "docProps/core.xml": LN_CORE}, (2025, 2, 11, 11, 20, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"listnum.docx: words per page {words}")
    import docx
    from lxml import etree
    docx.Document(str(path))  # opens
    W = f"{{{W_NS}}}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    # read back: compute every LISTNUM as Word does (a counter per list and level; \s restarts; a level resets the
    # levels below it), check it against the saved result, and take level-2 LegalDefault ones as paragraph labels
    count = {"LegalDefault": [0] * 9, "NumberDefault": [0] * 9}
    got, pgc, simple = [], 1, 0
    for p in root.iter(W + "p"):
        pgc += len(p.findall(f".//{W}br[@{W}type='page']"))
        pieces, instr, state, label = [], None, None, None
        for el in p.iter(W + "fldSimple", W + "fldChar", W + "instrText", W + "t", W + "tab"):
            if el.tag == W + "fldSimple":
                simple += 1
                instr, state = el.get(W + "instr"), "result"
                continue
            if el.tag == W + "fldChar":
                state = {"begin": "instr", "separate": "result", "end": None}[el.get(W + "fldCharType")]
                continue
            if el.tag == W + "instrText":
                instr = el.text
                continue
            inside = state == "result" or (el.getparent().getparent().tag == W + "fldSimple")
            text = "\t" if el.tag == W + "tab" else el.text
            if inside and instr:
                m = re.match(r"\s*LISTNUM\s+(\w+)\s+\\l (\d)(?:\s+\\s (\d+))?", instr)
                lst, lvl = m.group(1), int(m.group(2)) - 1
                c = count[lst]
                c[lvl] = int(m.group(3)) if m.group(3) else c[lvl] + 1
                c[lvl + 1:] = [0] * (8 - lvl)
                want = (".".join(str(v) for v in c[:lvl + 1]) + "." if lst == "LegalDefault"
                        else "abcdefghij"[c[lvl] - 1] + ")")
                if text != want:
                    raise AssertionError(f"listnum.docx: saved result {text!r}, computed {want!r}")
                if lst == "LegalDefault" and lvl == 1 and not pieces:
                    label = want.rstrip(".")
                instr = None
                if label and want.rstrip(".") == label:
                    continue
            pieces.append(text)
        if label:
            got.append([label, pgc, "".join(pieces).strip()])
    want = [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"listnum.docx: read back {[(g[0], g[1], g[2][:30]) for g in got]}")
    if not simple or "fldCharType" not in doc:
        raise AssertionError("listnum.docx: both field forms")
    return {
        "note": ("An old council template's practice review (Calibri 12 pt) numbered with LISTNUM fields rather than "
                 "Word's list numbering: each Heading 1 begins with { LISTNUM LegalDefault \\l 1 } ('3.'), each "
                 "numbered paragraph (style 'Body Text', hanging indent) with { LISTNUM LegalDefault \\l 2 } "
                 "('3.2.'), then a tab and the text. Fields alternate between complex fields (w:fldChar begin, "
                 "w:instrText, separate, the saved result, end) and w:fldSimple, each with its result saved as Word "
                 "shows it. Labels are the printed results without the trailing stop (3.2); headings are not "
                 "paragraphs. Two paragraphs hold a run-in list of { LISTNUM NumberDefault \\l 2 } fields "
                 "('a)', 'b)', 'c)', the first with \\s 1): a separate list, part of that paragraph's text. No "
                 "numbering.xml. Each section starts after a page break; pages are counted from explicit breaks: "
                 "page = 1 + the page breaks before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. counters.html: paragraph numbers only in CSS counters, reset per section
# --------------------------------------------------------------------------
# items: n_words, ("QUOTE", n) a paragraph, a blockquote and a p.para-cont carrying it on, ("BULLETS", n) a lead-in
# and a <ul>, "CALLOUT" a boxed aside between paragraphs; a section title None is the unnumbered glossary
CC_PLAN = [
    ("Introduction", [70, 80]),
    (None, []),
    ("Background", [95, ("QUOTE", 100), 90]),
    ("What happened", [110, "CALLOUT", 95, ("BULLETS", 85), 100]),
    ("Findings", [105, 90, 80]),
]
CC_QUOTE = ("\u201cWe were always told that someone else was dealing with it, and then nobody did. I rang four "
            "numbers in one morning.\u201d")
CC_BULLETS = ["a single point of contact for the family;", "a written plan shared with the school;",
              "a date for the plan to be reviewed."]
CC_STYLE = """main.report { counter-reset: section; }
main.report h2 { counter-increment: section; counter-reset: para; }
main.report h2::before { content: counter(section) ". "; }
main.report h2.unnumbered { counter-increment: none; }
main.report h2.unnumbered::before { content: none; }
main.report p.para { counter-increment: para; position: relative; margin-left: 3.5rem; }
main.report p.para::before { content: counter(section) "." counter(para); position: absolute; left: -3.5rem;
  font-weight: 700; color: #00594f; }
main.report p.para-cont, main.report blockquote, main.report ul { margin-left: 3.5rem; }
aside.callout { border-left: 6px solid #00594f; background: #e6f2f0; padding: 1rem; }"""


def make_counters(out, pm):
    path = out / "counters.html"
    parts, result, texts, sec = [], [], [], 0
    for title, items in CC_PLAN:
        if title is None:
            parts.append('<h2 class="unnumbered" id="glossary">Glossary</h2>\n<dl class="glossary">'
                         "<dt>CSPR</dt><dd>Child safeguarding practice review.</dd><dt>MASH</dt><dd>Multi-agency "
                         "safeguarding hub.</dd><dt>3.2 assessment</dt><dd>An assessment under section 17, as the "
                         "local form is titled.</dd></dl>")
            continue
        sec += 1
        parts.append(f'<h2 id="s{sec}">{hesc(title)}</h2>')
        para = 0
        for it in items:
            if it == "CALLOUT":
                parts.append('<aside class="callout"><h3>Practice point</h3><p>Ask who else lives in or visits the '
                             "home, and record the answer.</p></aside>")
                continue
            para += 1
            label = f"{sec}.{para}"
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            pid = f'id="para-{sec}-{para}"'
            if kind == "QUOTE":
                a = pm.make(n_words // 2, "child").rstrip(".") + ". Her mother told the review:"
                b = pm.make(n_words // 2, "child")
                parts.append(f'<p class="para" {pid}>{hesc(a)}</p>\n<blockquote><p>{hesc(CC_QUOTE)}</p></blockquote>'
                             f'\n<p class="para-cont">{hesc(b)}</p>')
                t = " ".join([a, CC_QUOTE, b])
            elif kind == "BULLETS":
                a = pm.make(n_words, "child").rstrip(".") + ". The family needed three things:"
                parts.append(f'<p class="para" {pid}>{hesc(a)}</p>\n<ul>'
                             + "".join(f"<li>{hesc(x)}</li>" for x in CC_BULLETS) + "</ul>")
                t = " ".join([a, *CC_BULLETS])
            else:
                t = pm.make(n_words, "child")
                parts.append(f'<p class="para" {pid}>{hesc(t)}</p>')
            texts.append(t)
            result.append(entry(label, None, t))
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Child Safeguarding Practice Review: Ellis (FICTIONAL) - Quillby Safeguarding Children Partnership</title>
<style>
{CC_STYLE}
</style>
</head>
<body>
<header class="masthead"><a class="logo" href="/">Quillby Safeguarding Children Partnership</a>
<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/reviews">Reviews</a></li>
<li><a href="/training">Training</a></li></ul></nav></header>
<main class="report" id="content">
<h1>Child Safeguarding Practice Review: Ellis</h1>
<p class="meta">Published 12 May 2025 &middot; <em>{FICT}. Every person, place and service named here is
invented.</em></p>
<p class="intro">This page is the full text of the review. Paragraph numbers match the PDF version.</p>
{body}
</main>
<footer><p>&copy; Quillby Safeguarding Children Partnership 2025 (FICTIONAL)</p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back as the browser counts: h2 (not .unnumbered) steps the section and resets the paragraph counter
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    main = root.find(".//main")
    got, s, n = [], 0, 0
    for el in main:
        cls = el.get("class", "")
        if el.tag == "h2" and cls != "unnumbered":
            s, n = s + 1, 0
        elif el.tag == "p" and cls == "para":
            n += 1
            got.append([f"{s}.{n}", " ".join(el.text_content().split())])
        elif got and (cls == "para-cont" or el.tag in ("blockquote", "ul")):
            got[-1][1] += " " + " ".join(" ".join(el.itertext()).split())
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"counters.html: read back {[g[0] for g in got]}")
    if re.search(r'class="para[^"]*"[^>]*>\s*\d', body):
        raise AssertionError("counters.html: a number typed in a paragraph")
    return {
        "note": ("An inquiry partnership's web page whose paragraph numbers are drawn only by CSS counters in the "
                 "page's <style>: main.report resets 'section', each <h2> increments it and resets 'para', each "
                 "<p class=\"para\"> increments 'para', and p.para::before draws counter(section) \".\" "
                 "counter(para) in the margin (label 3.2); no number is in the text. The <h2 class=\"unnumbered\"> "
                 "Glossary (a <dl>, one term '3.2 assessment') is not counted, so the section after it is 2. In "
                 "section 2 a paragraph's lead-in is followed by a <blockquote> and a <p class=\"para-cont\"> "
                 "(not counted) carrying the paragraph on: all one paragraph. In section 3 a paragraph ends with a "
                 "lead-in and a <ul> of three items (its text), and a 'Practice point' <aside> with an <h3> stands "
                 "between two paragraphs (no paragraph). The masthead, navigation, the intro line and the footer "
                 "are no paragraphs. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. headings.md: every paragraph labelled by a numbered Markdown heading "### 4.2", its text below
# --------------------------------------------------------------------------
# items: n_words, ("TWO", n) the paragraph's text in two Markdown paragraphs, ("BULLETS", n) a lead-in and a list
HM_PLAN = [
    ("Introduction", [70, 75]),
    ("Background", [90, ("TWO", 110), 85]),
    ("Analysis", [100, ("BULLETS", 80), 95, 90]),
    ("Conclusion", [80]),
]
HM_BULLETS = ["- the tenancy officer, who saw the hoarding on the landing;",
              "- the day centre, which noticed the weight loss;",
              "- the pharmacist, who saw the unopened blister packs."]


def make_headings(out, pm):
    path = out / "headings.md"
    lines = ["# Safeguarding Adults Review: Mrs P", "",
             f"> {FICT}. Every person, place and service named here is invented.", "",
             "**Ormsgill Bank Safeguarding Adults Board** | Version 1.0 | April 2025", "",
             "[[_TOC_]]", ""]
    result, texts = [], []
    for s_no, (title, items) in enumerate(HM_PLAN, 1):
        lines += [f"## {s_no}. {title}", ""]
        for p_no, it in enumerate(items, 1):
            label = f"{s_no}.{p_no}"
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            lines += [f"### {label}", ""]
            if kind == "TWO":
                a, b = pm.make(n_words // 2, "adult"), pm.make(n_words // 2, "adult")
                lines += [a, "", b, ""]
                t = a + " " + b
            elif kind == "BULLETS":
                a = pm.make(n_words, "adult").rstrip(".") + ". Three services saw part of the picture:"
                lines += [a, "", *HM_BULLETS, ""]
                t = " ".join([a, *(x[2:] for x in HM_BULLETS)])
            else:
                t = pm.make(n_words, "adult")
                lines += [t, ""]
            texts.append(t)
            result.append(entry(label, None, t))
    lines += ["---", "", "_Page last reviewed: 14 April 2025. Next review due: April 2026._", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    from markdown_it import MarkdownIt
    tokens = MarkdownIt("commonmark").parse(path.read_text(encoding="utf-8"))
    got, cur = [], None
    for i, tok in enumerate(tokens):
        if tok.type == "hr":
            break
        if tok.type == "heading_open":
            cur = tok.tag
            if tok.tag == "h3":
                got.append([tokens[i + 1].content, ""])
        elif tok.type == "inline" and cur is None and got and tokens[i - 1].type == "paragraph_open":
            got[-1][1] = (got[-1][1] + " " + tok.content).strip()
        elif tok.type == "heading_close":
            cur = None
    want = [[d["label"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"headings.md: read back {[g[0] for g in got]}")
    return {
        "note": ("A safeguarding adults review kept as Markdown in a wiki repository: '# ' title, a '> ' line "
                 "marking it fictional, a bold byline, a '[[_TOC_]]' macro, '## 2. Background' section headings "
                 "(headings) and, for each paragraph, a heading '### 2.3' alone on its line (the label, 2.3) with "
                 "the paragraph's text in the Markdown paragraph(s) below it. Paragraph 2.2's text is two Markdown "
                 "paragraphs; paragraph 3.2 ends with a lead-in and three '- ' bullets, which are its text. The "
                 "closing rule and 'Page last reviewed' line are no paragraph. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts(T1_FACES)
    pm = ParaMaker()
    exp = {}
    exp["markup.pdf"] = make_markup(out, pm)
    exp["layered.pdf"] = make_layered(out, pm)
    exp["listnum.docx"] = make_listnum(out, pm)
    exp["counters.html"] = make_counters(out, pm)
    exp["headings.md"] = make_headings(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return exp


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    out = pathlib.Path(out)
    exp = build(out)
    if determinism:
        with tempfile.TemporaryDirectory(prefix="blind27-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
