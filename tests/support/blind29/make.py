"""Blind fixture generator 29: five FICTIONAL review documents, in layouts no earlier round used.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
lxml, python-docx, markdown-it-py and pdfplumber; no system fonts, no network. Every generator checks its own key
with pdfplumber/lxml/python-docx/markdown-it, never with the project's parser.

fakebold.pdf    a serious case review printed from Word through a PostScript printer driver in a typeface that has no
                bold face, so the driver SIMULATED BOLD BY OVERPRINTING: every "bold" string (the title three times,
                the "2." headings, the hanging "2.3" paragraph numbers and the run-in "Learning for schools." leads
                of three paragraphs) is drawn two or three times, 0.36 pt apart, in the same regular font (ArialMT);
                no bold font is in the file at all, so a text layer read naively says "22..33" and nothing is bold by
                its font; numbered section headings ("3. Analysis of practice"); paragraphs over page breaks
index.pdf       a public inquiry's report that ends with a BACK-OF-BOOK INDEX set in two columns of small type
                ("Information sharing, 1.2, 2.1, 2.2 ..." with letter heads, indented sub-entries and run-over lines
                that themselves BEGIN WITH PARAGRAPH NUMBERS, "3.3, 3.4, 4.1", at the left margin of each column,
                the left one level with the body's hanging numbers); the body is one column with bold numbers hanging
                in the margin under "Chapter 2" headings; running head and page number; paragraphs over page breaks
formfields.docx a safeguarding adults review typed into a PROTECTED WORD FORM (documentProtection w:edit="forms")
                built from LEGACY FORM FIELDS: each paragraph's number is typed in the template ("2.3", a tab) and its
                text is the saved RESULT of a FORMTEXT field (fldChar begin with w:ffData, a default text, bookmark
                "Text7" round it, instrText " FORMTEXT ", separate, the result in several runs, end); one field's
                result runs over two Word paragraphs (begun in one, ended in the next), one holds a list in soft line
                breaks; the recommendations are a table whose number and text cells are both FORMTEXT results; the
                form's header has a FORMDROPDOWN (its value only in w:ddList/w:result), a FORMCHECKBOX and an empty
                field (five en spaces); page breaks between sections
archived.html   an old LSCB web page as the UK Government Web Archive replays it (the archive's banner and footer, its
                replay scripts, every link rewritten to /ukgwa/20120314091432/...), whose 2009 content-managed body is
                ONE <div> of text with NO <p> ELEMENTS: headings in <strong>, paragraphs ("2.3&nbsp; ...", hard-wrapped
                in the source, ISO-8859-1 with numeric character references) parted only by "<br /><br />"; one
                paragraph carries on in a second unnumbered block, one holds a <ul> inside its text
lazy.md         a review kept as Markdown for a static site, its paragraphs numbered straight through as ORDERED LISTS,
                one list per section, whose TYPED numbers are not the rendered ones: LAZY "1." items after a first item
                that sets the start ("3.", "1.", "1." renders 3, 4, 5), a section typed with stale numbers after an
                edit ("6.", "6.", "8.", "8." renders 6, 7, 8, 9) and one in the ")" style ("10)", "1)", "1)"); items
                of two Markdown paragraphs, with a blockquote and with a bullet list inside, hard-wrapped lines (one
                item's lazily unindented); YAML front matter, unnumbered lead-ins after headings

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without a trailing stop; for Markdown it is the number the rendered list
  shows (the typed "1." of a lazy list is not what a reader sees);
- simulated bold is one string, read once; numbered section headings ("3. Analysis of practice") are headings, not
  paragraphs; a back-of-book index, running heads, page numbers, a form's header fields, the archive's banner and
  footer, navigation and front matter are no paragraph's text; a list inside a paragraph is its text, and so is an
  unnumbered block that carries a paragraph on (archived.html) or a second Word paragraph inside the same field;
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML and Markdown: null.
"""
import base64
import hashlib
import json
import os
import pathlib
import re
import sys
import tempfile
import zipfile

if __package__ in (None, ""):
    import importlib.util

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from text import ParaMaker, contains_seq, norm  # type: ignore

    _spec = importlib.util.spec_from_file_location(
        "blind28_make", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blind28", "make.py"))
    assert _spec is not None and _spec.loader is not None
    _b28 = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_b28)
else:
    from ..blind28 import make as _b28
    from .text import ParaMaker, contains_seq, norm

_b27 = _b28._b27
# rounds 27 and 28's helpers: measuring, wrapping, the key's entries and checks, escaping, reading a PDF's words, a zip
# with fixed dates, a Word run, the fonts, a canvas with fixed metadata, rows poured down pages
sw, wrap, entry, words_of = _b27.sw, _b27.wrap, _b27.entry, _b27.words_of
check_lengths, check_count, hesc, xesc, zip_parts, w_run = (_b27.check_lengths, _b27.check_count, _b27.hesc,
                                                             _b27.xesc, _b27.zip_parts, _b27.w_run)
register_fonts, new_canvas, Flow = _b28.register_fonts, _b28.new_canvas, _b28.Flow
A, AI, TR, TB, TI = _b28.A, _b28.AI, _b28.TR, _b28.TB, _b28.TI
W_NS, R_NS, XML_HEAD, PKG_REL, DOC_REL, CT_WML = (_b28.W_NS, _b28.R_NS, _b28.XML_HEAD, _b28.PKG_REL, _b28.DOC_REL,
                                                  _b28.CT_WML)

FICT = "FICTIONAL \u2013 for software testing"
A4 = (595.28, 841.89)


def read_pdf(path, dedupe=False):
    import pdfplumber
    with pdfplumber.open(path) as pl:
        return [list((p.dedupe_chars(tolerance=1) if dedupe else p).chars) for p in pl.pages]


def check_pdf(name, pages, result, texts, body, crossing_range=(1, 5)):
    """Every paragraph's words in one piece in the body text; its label and first words on its page; counts the
    paragraphs whose last words are on a later page."""
    if not 3 <= len(pages) <= 9:
        raise AssertionError(f"{name}: {len(pages)} pages")
    pw = [words_of(p, body) for p in pages]
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


# --------------------------------------------------------------------------
# 1. fakebold.pdf: bold simulated by a printer driver, every bold string drawn two or three times, a hair apart
# --------------------------------------------------------------------------
# items: n_words, or ("RUNIN", n_words): the paragraph opens with an overprinted lead from FB_RUNIN
FB_PLAN = [
    ("1", "Introduction", [80, 95]),
    ("2", "Background", [115, 130, 105]),
    ("3", "Analysis of practice", [125, 140, ("RUNIN", 110), 120, ("RUNIN", 100)]),
    ("4", "Conclusions", [105, ("RUNIN", 90), 85]),
]
FB_RUNIN = ["Learning for schools.", "Learning for health visitors.", "Learning for the partnership."]
FB_TITLE = "Serious Case Review: Child K"
FB_DX = 0.36  # the driver's emboldening offset, in points


def overprint(c, x, y, s, font, size, times=2):
    c.setFont(font, size)
    for k in range(times):
        c.drawString(x + k * FB_DX, y, s)


def make_fakebold(out, pm):
    path = out / "fakebold.pdf"
    FS, LEAD = 10.5, 14.5
    NX, TX, R = 72.0, 108.0, 523.0
    TOP, BOTTOM = 772.0, 70.0
    fl = Flow(TOP, BOTTOM, first_top=650.0)
    result, texts, runins = [], [], iter(FB_RUNIN)
    bold_chars = 0

    def measure(s):
        return sw(s, A, FS)

    for num, title, items in FB_PLAN:
        def head(c, y, num=num, title=title):
            overprint(c, NX, y, f"{num}.", A, 12)
            overprint(c, TX, y, title, A, 12)

        rows = [(22.0, 18.0, head, None)]
        for k, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{num}.{k}"
            lead = next(runins) if kind == "RUNIN" else ""
            t = pm.make(n_words, "child")
            t = f"{lead} {t}" if lead else t
            texts.append(t)
            nb = len(lead.split())
            bold_chars += len(label) + len(lead.replace(" ", ""))
            prow = []
            for i, ln in enumerate(wrap(t.split(), R - TX, measure)):
                def draw(c, y, ln=ln, first=i == 0, label=label, nb=nb):
                    bold = ln[:nb] if first else []
                    rest = ln[len(bold):]
                    x = TX
                    if first:
                        overprint(c, NX, y, label, A, FS)
                    if bold:
                        overprint(c, TX, y, " ".join(bold), A, FS)
                        x += sw(" ".join(bold) + " ", A, FS)
                    if rest:
                        c.setFont(A, FS)
                        c.drawString(x, y, " ".join(rest))
                prow.append((8.0 if i == 0 else 0.0, LEAD, draw, label))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            result.append(entry(label, placed[0][0], t))
    n = len(fl.pages)
    c = new_canvas(path, {"Title": "SCR Child K overview report FINAL (FICTIONAL).docx",
                          "Author": "tornwick.lscb", "Creator": "PScript5.dll Version 5.2.2",
                          "Producer": "GPL Ghostscript 9.27"})
    for i, rows in enumerate(fl.pages, 1):
        if i == 1:
            overprint(c, NX, 756, FB_TITLE, A, 20, times=3)
            c.setFont(A, 12)
            c.drawString(NX, 730, "Overview report \u2013 final version for publication")
            c.drawString(NX, 713, "Tornwick Local Safeguarding Children Board (FICTIONAL)")
            c.setFont(A, 9)
            c.drawString(NX, 690, FICT + ". Every person, place and service named here is invented.")
            c.drawString(NX, 677, "Published 17 October 2016")
            c.setLineWidth(0.75)
            c.line(NX, 664, R, 664)
        else:
            c.setFillGray(0.3)
            c.setFont(A, 8)
            c.drawString(NX, 806, "SCR Child K \u2013 overview report (FICTIONAL)")
            c.setFillGray(0)
        for draw, y, _tag in rows:
            draw(c, y)
        s = f"Page {i} of {n}"
        c.setFont(A, 8)
        c.drawString((A4[0] - sw(s, A, 8)) / 2, 40, s)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)

    def body(ch):
        return abs(ch["size"] - FS) < 0.01

    raw, once = read_pdf(path), read_pdf(path, dedupe=True)
    check_pdf(path.name, once, result, texts, body)
    fonts = {ch["fontname"].split("+")[-1] for p in raw for ch in p}
    extra = sum(len(p) for p in raw) - sum(len(p) for p in once)
    if fonts != {A} or extra < bold_chars:
        raise AssertionError(f"fakebold.pdf: fonts {fonts}, {extra} overprinted glyphs for {bold_chars}")
    if contains_seq([w for p in raw for w in words_of(p, body)], norm(f"{result[0]['label']} "
                                                                       f"{result[0]['starts_with']}")):
        raise AssertionError("fakebold.pdf: the first number is not overprinted")
    return {
        "note": ("A serious case review printed from Word through a PostScript printer driver (Creator PScript5.dll, "
                 "Producer Ghostscript) in a typeface with no bold face, so the driver SIMULATED BOLD BY "
                 "OVERPRINTING: every 'bold' string is drawn two times (the title three times), 0.36 pt to the "
                 "right each time, in the same regular font; the only font in the file is ArialMT. The overprinted "
                 "strings are the title, the numbered section headings ('3.  Analysis of practice', headings, not "
                 "paragraphs), the hanging paragraph numbers ('3.2', 10.5 pt like the text) and the run-in leads "
                 "opening three paragraphs ('Learning for schools.', part of the paragraph's text). Read once: the "
                 "label is '3.2', never '33..22'. Some paragraphs run over a page break. The header line (pages 2 "
                 "on) and 'Page N of M' are no paragraph. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. index.pdf: a one-column report that ends with a two-column back-of-book index of paragraph numbers
# --------------------------------------------------------------------------
IX_PLAN = [
    ("1", "The inquiry and its terms of reference", [90, 105, 85]),
    ("2", "Events at Fellbrigg Lane", [120, 130, 110, 125]),
    ("3", "How the agencies worked together", [125, 115, 135, 105]),
    ("4", "Conclusions", [100, 95, 90]),
]
# letter, [(entry, its references, [(sub-entry, its references)])]
IX_INDEX = [
    ("A", [("Adult social care", "2.2, 2.4, 3.1\u20133.3", []),
           ("Advocacy", "3.2", [("offered but not arranged", "2.3, 3.4")]),
           ("Ambulance service", "2.1, 2.4", []),
           ("Assessment", "", [("of capacity", "2.2, 3.1, 3.3, 4.1"),
                               ("of risk", "1.2, 2.3, 2.4, 3.2\u20133.4, 4.2, 4.3")])]),
    ("C", [("Care Act 2014, section 42 enquiries", "1.1, 2.2, 2.3, 3.1, 3.2, 3.4, 4.1, 4.2", []),
           ("Carers", "2.1, 3.3", [("assessment of their needs", "3.3, 4.2")]),
           ("Chronology", "1.3, 2.1\u20132.4", [])]),
    ("D", [("District nursing team", "2.1, 2.4, 3.2", []),
           ("Domestic abuse", "", [("disclosures of", "2.3, 3.1, 3.4, 4.1, 4.3"),
                                   ("risk assessment (DASH)", "2.3, 3.2")])]),
    ("E", [("Escalation between agencies", "3.2, 3.4, 4.2", [])]),
    ("F", [("Family members", "", [("contact with the inquiry", "1.2, 1.3"), ("views of", "1.3, 4.3")]),
           ("Fire and rescue service, home safety visit", "2.4, 3.4", [])]),
    ("G", [("GP practice (Ashby Road)", "2.1, 2.2, 3.1, 3.3, 4.1, 4.2", [])]),
    ("H", [("Hospital discharge", "2.3, 3.1, 3.2, 4.1", []),
           ("Housing association", "2.2, 2.4, 3.2, 3.4", [("tenancy warnings", "2.4, 3.4")])]),
    ("I", [("Information sharing between agencies", "1.2, 2.1, 2.2, 2.4, 3.1, 3.2, 3.3, 3.4, 4.1, 4.2, 4.3",
            [])]),
    ("L", [("Learning from earlier reviews", "1.1, 1.2, 3.3, 3.4, 4.1, 4.2, 4.3", [])]),
    ("M", [("Mental Capacity Act 2005", "2.2, 3.1, 3.3, 4.1", []),
           ("Multi-agency risk management meetings", "2.4, 3.2, 3.4, 4.2, 4.3", [])]),
    ("N", [("Neglect of her home", "2.1, 2.2, 2.4, 3.1, 3.2, 3.4, 4.1", [])]),
    ("O", [("Occupational therapy", "2.4, 3.1", [("equipment not fitted", "2.4, 3.3, 4.2")])]),
    ("P", [("Pharmacy, community", "2.1", []), ("Police", "2.3, 2.4, 3.1, 3.4, 4.3", [])]),
    ("R", [("Recommendations", "4.1\u20134.3", []),
           ("Records and record keeping", "1.3, 2.1, 2.2, 3.3, 3.4, 4.2", [])]),
    ("S", [("Self-neglect, recognition of", "1.1, 2.1, 2.2, 3.1\u20133.4, 4.1, 4.2, 4.3", []),
           ("Supervision of front-line staff", "3.3, 4.2", [])]),
    ("T", [("Terms of reference", "1.1, 1.2", []), ("Training", "3.4, 4.2", [])]),
    ("W", [("Witnesses", "1.2, 1.3", [])]),
]
IX_TITLE = "The Fellbrigg Lane Inquiry"


def make_index(out, pm):
    path = out / "index.pdf"
    FS, LEAD = 10.5, 14.0
    NX, TX, R = 72.0, 108.0, 523.0
    TOP, BOTTOM = 770.0, 72.0
    IFS, ILEAD, COLW = 8.5, 10.6, 200.0
    COLS = (72.0, 323.0)
    fl = Flow(TOP, BOTTOM, first_top=600.0)
    result, texts = [], []

    def measure(s):
        return sw(s, TR, FS)

    for ch, title, sizes in IX_PLAN:
        def chap(c, y, s=f"Chapter {ch}"):
            c.setFont(TB, 12)
            c.drawString(TX, y, s)

        def ctitle(c, y, s=title):
            c.setFont(TB, 15)
            c.drawString(TX, y, s)

        rows = [(26.0, 16.0, chap, None), (2.0, 22.0, ctitle, None)]
        for k, n_words in enumerate(sizes, 1):
            label = f"{ch}.{k}"
            t = pm.make(n_words, "adult")
            texts.append(t)
            prow = []
            for i, ln in enumerate(wrap(t.split(), R - TX, measure)):
                def draw(c, y, ln=ln, num=label if i == 0 else None):
                    if num:
                        c.setFont(TB, FS)
                        c.drawString(NX, y, num)
                    c.setFont(TR, FS)
                    c.drawString(TX, y, " ".join(ln))
                prow.append((8.0 if i == 0 else 0.0, LEAD, draw, label))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            result.append(entry(label, placed[0][0], t))
    labels = {d["label"] for d in result}
    # the index's lines: (font, size, dx, text); poured into two columns a page
    ilines, runover = [], 0

    def refs_ok(refs):
        for r in re.findall(r"\d\.\d", refs):
            if r not in labels:
                raise AssertionError(f"index.pdf: index refers to {r}")

    for letter, entries in IX_INDEX:
        ilines.append(("GAP", 0, 0, ""))
        ilines.append((TB, 10.0, 0.0, letter))
        for term, refs, subs in entries:
            for dx, text, refs_ in [(0.0, term + (", " + refs if refs else ""), refs),
                                    *((10.0, f"{s}, {r}", r) for s, r in subs)]:
                refs_ok(refs_)
                parts = wrap(text.split(), COLW - dx, lambda s: sw(s, TR, IFS))
                for j, ln in enumerate(parts):
                    ilines.append((TR, IFS, dx + (14.0 if j else 0.0), " ".join(ln)))
                    runover += j > 0 and bool(re.match(r"\d\.\d", ln[0]))
    if runover < 3:
        raise AssertionError(f"index.pdf: {runover} index lines beginning with a number")
    # two balanced columns on one page, the right one begun at a letter head
    step = {"GAP": 7.0, TB: 13.0, TR: ILEAD}
    total = sum(step[f] for f, *_ in ilines[1:])
    ipages, x0, y, done = [[]], COLS[0], 712.0, 0.0
    for j, (font, size, dx, s) in enumerate(ilines):
        if j == 0:
            continue
        if font == "GAP" and x0 == COLS[0] and done >= total / 2:
            x0, y = COLS[1], 712.0
            continue
        done += step[font]
        y -= step[font]
        if y < BOTTOM:
            raise AssertionError("index.pdf: the index runs off its page")
        if font != "GAP":
            ipages[-1].append((font, size, x0 + dx, y, s))
    n = len(fl.pages) + len(ipages)
    c = new_canvas(path, {"Title": IX_TITLE + ": Report (FICTIONAL)",
                          "Author": "The Fellbrigg Lane Inquiry (FICTIONAL)",
                          "Creator": "Adobe InDesign 18.5 (Windows)",
                          "Producer": "Adobe PDF Library 17.0"})
    for i in range(1, n + 1):
        if i == 1:
            c.setFont(TB, 26)
            c.drawString(TX, 740, IX_TITLE)
            c.setFont(TR, 15)
            c.drawString(TX, 712, "Report of the Inquiry into the death of Mr Harold Pym")
            c.setFont(TI, 9.5)
            c.drawString(TX, 684, FICT + ". Every person, place and service named here is invented.")
            c.drawString(TX, 671, "Published by the Fellbrigg Safeguarding Adults Board, June 2024.")
            c.setLineWidth(0.8)
            c.line(TX, 650, R, 650)
        else:
            c.setFont(TI, 8.5)
            c.drawString(NX, 806, IX_TITLE + ": Report (FICTIONAL)")
            c.setLineWidth(0.4)
            c.line(NX, 800, R, 800)
        if i <= len(fl.pages):
            for draw, y, _tag in fl.pages[i - 1]:
                draw(c, y)
        else:
            if i == len(fl.pages) + 1:
                c.setFont(TB, 18)
                c.drawString(NX, 756, "Index")
                c.setFont(TI, 9)
                c.drawString(NX, 738, "References are to paragraph numbers; an en dash joins a range of paragraphs.")
            for font, size, x, y, s in ipages[i - len(fl.pages) - 1]:
                c.setFont(font, size)
                c.drawString(x, y, s)
        s = str(i)
        c.setFont(TR, 9)
        c.drawString((A4[0] - sw(s, TR, 9)) / 2, 44, s)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)

    def body(ch):
        return 790 > ch["top"] > 0 and abs(ch["size"] - FS) < 0.01

    check_pdf(path.name, read_pdf(path), result, texts, body)
    import pdfplumber
    starts = 0
    with pdfplumber.open(path) as pl:
        for p in pl.pages[len(fl.pages):]:
            for x0 in COLS:
                for ln in p.crop((x0 - 2, 60, x0 + COLW + 20, 790)).extract_text_lines():
                    starts += bool(re.match(r"\d\.\d", ln["text"]))
    if starts != runover or len(ipages) != 1:
        raise AssertionError(f"index.pdf: {starts} index lines read back beginning with a number, {len(ipages)} pages")
    return {
        "note": ("A public inquiry's report in one column (Times 10.5 pt, bold numbers '2.3' hanging in the left "
                 "margin, 'Chapter 2' and a bold title over each chapter) that ends, on its last page, with a BACK-"
                 "OF-BOOK INDEX in two columns of 8.5 pt type: bold letter heads ('A', 'C' ...), entries "
                 "('Information sharing between agencies, 1.2, 2.1, 2.2 ...'), sub-entries indented under them, and "
                 f"{runover} run-over lines that BEGIN WITH PARAGRAPH NUMBERS ('3.1, 3.2, 3.3, 3.4, 4.1, 4.2, 4.3'), "
                 "indented a little from the column's edge, the left column's edge level with the body's hanging "
                 "numbers. The index (its heading and its note 'References are to paragraph numbers ...' too) is no "
                 "paragraph's text and none of its numbers is a paragraph. The running head (pages 2 on) and the "
                 "centred page numbers are no paragraph. Some paragraphs run over a page break. Pages are physical, "
                 "1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. formfields.docx: a protected Word form whose paragraphs are the results of legacy FORMTEXT fields
# --------------------------------------------------------------------------
# items: n_words; ("SPLIT", n) the field's result runs over two Word paragraphs; ("BREAKS", n) a lead-in, three
# list lines after soft line breaks and a closing sentence in one result; ("ROW", n) a table row of two fields
FF_PLAN = [
    ("Introduction", [80, 95]),
    ("Mr D and his circumstances", [110, ("SPLIT", 130), ("BREAKS", 100)]),
    ("Analysis of agency involvement", [115, 110, 100, 95]),
    ("Recommendations", [("ROW", 60), ("ROW", 55), ("ROW", 50)]),
]
FF_ITEMS = ["\u2013 the GP surgery\u2019s repeat prescription record;",
            "\u2013 the care agency\u2019s log of missed visits; and",
            "\u2013 the housing officer\u2019s note of the blocked hallway."]
FF_TITLE = "Safeguarding Adults Review: Mr D"
FF_DEFAULT = "Type the paragraph here."
EN5 = "\u2002" * 5  # what Word saves as the result of an empty text form field
FF_STYLES = XML_HEAD + (
    '<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
    'w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\n'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:qFormat/><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="40"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:shd w:val="clear" w:color="auto" '
    'w:fill="DEEAF6"/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>'
    '<w:color w:val="1F4E79"/><w:sz w:val="28"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormPara"><w:name w:val="Form para"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>'
    '<w:ind w:left="720" w:hanging="720"/><w:jc w:val="both"/></w:pPr></w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="FormLabel"><w:name w:val="Form label"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="3969"/></w:tabs><w:spacing w:after="60"/>'
    '</w:pPr><w:rPr><w:b/></w:rPr></w:style>\n'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\n'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
    '</w:tblCellMar></w:tblPr></w:style>\n'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
    '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
    '</w:style>\n</w:styles>\n').replace("{W}", W_NS)
FF_CT = XML_HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="{CT}styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="{CT}settings+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>\n').replace("{CT}", CT_WML)
FF_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId2" Type="{P}/metadata/core-properties" '
    'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{D}/officeDocument" Target="word/document.xml"/>'
    '</Relationships>\n').replace("{P}", PKG_REL).replace("{D}", DOC_REL)
FF_DOC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{D}/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="{D}/settings" Target="settings.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
_FF_HASH = base64.b64encode(hashlib.sha512(b"FICTIONAL form protection").digest()).decode()
_FF_SALT = base64.b64encode(hashlib.md5(b"FICTIONAL salt").digest()).decode()
FF_SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:documentProtection w:edit="forms" w:enforcement="1" '
    'w:cryptProviderType="rsaAES" w:cryptAlgorithmClass="hash" w:cryptAlgorithmType="typeAny" '
    'w:cryptAlgorithmSid="14" w:cryptSpinCount="100000" w:hash="{H}" w:salt="{S}"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat></w:settings>\n'
).replace("{W}", W_NS).replace("{H}", _FF_HASH).replace("{S}", _FF_SALT)
FF_CORE = XML_HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>SAR overview report form (FICTIONAL)</dc:title>'
    '<dc:subject>{F}</dc:subject><dc:creator>Brackenfold Safeguarding Adults Board (FICTIONAL)</dc:creator>'
    '<cp:keywords>SAR form v2 (protected)</cp:keywords><cp:revision>44</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2012-01-09T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-14T16:40:00Z</dcterms:modified>'
    '</cp:coreProperties>\n').replace("{F}", FICT)
RES = "<w:rPr><w:noProof/></w:rPr>"


class Fields:
    """Legacy form fields as Word saves them: a bookmark round each, w:ffData in the begin fldChar."""

    def __init__(self):
        self.n = 0

    def _begin(self, kind, data):
        self.n += 1
        name = f"{ {'FORMTEXT': 'Text', 'FORMDROPDOWN': 'Dropdown', 'FORMCHECKBOX': 'Check'}[kind]}{self.n}"
        return self.n, (f'<w:bookmarkStart w:id="{self.n}" w:name="{name}"/><w:r><w:fldChar w:fldCharType="begin">'
                        f'<w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>{data}</w:ffData>'
                        f'</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> {kind} </w:instrText></w:r>')

    def text_open(self, default=FF_DEFAULT):
        """The begin and separate of a FORMTEXT field; its result and text_close() follow, maybe paragraphs on."""
        i, begin = self._begin("FORMTEXT", f'<w:textInput><w:default w:val="{xesc(default)}"/></w:textInput>')
        return i, begin + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'

    @staticmethod
    def text_close(i):
        return f'<w:r><w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="{i}"/>'

    def text(self, result, default=FF_DEFAULT):
        i, head = self.text_open(default)
        return head + result_runs(result) + self.text_close(i)

    def dropdown(self, entries, chosen):
        items = "".join(f'<w:listEntry w:val="{xesc(e)}"/>' for e in entries)
        i, begin = self._begin("FORMDROPDOWN", f'<w:ddList><w:result w:val="{chosen}"/>{items}</w:ddList>')
        return begin + self.text_close(i)

    def checkbox(self, checked):
        i, begin = self._begin("FORMCHECKBOX", '<w:checkBox><w:sizeAuto/><w:default w:val="0"/>'
                                               f'{"<w:checked/>" if checked else ""}</w:checkBox>')
        return begin + self.text_close(i)


def result_runs(s):
    """A field's result as Word saves it after typing: a run a sentence (or so), each marked noProof."""
    parts = re.split(r"(?<=[.;:]) ", s)
    return "".join(w_run(p + (" " if j < len(parts) - 1 else ""), RES) for j, p in enumerate(parts))


def make_formfields(out, pm):
    path = out / "formfields.docx"
    ff = Fields()
    tab = "<w:r><w:tab/></w:r>"

    def p(inner, style=None, extra=""):
        ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra
        return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{inner}</w:p>"

    fict = w_run(FICT + ". Every person, place and service named here is invented.", "<w:rPr><w:i/></w:rPr>")
    body = [p(w_run(FF_TITLE), "Title"),
            p(w_run("Brackenfold Safeguarding Adults Board (FICTIONAL) \u2013 overview report form v2")), p(fict),
            p(w_run("This form is protected. Complete each grey field and press Tab to move to the next one. Do not "
                    "change the paragraph numbers.", "<w:rPr><w:i/><w:color w:val=\"595959\"/></w:rPr>")),
            p(w_run("Report status:") + tab + ff.dropdown(["Draft", "For panel comment", "Final"], 2), "FormLabel"),
            p(w_run("Date of this version:") + tab + ff.text("14/03/2025", "DD/MM/YYYY"), "FormLabel"),
            p(w_run("Family told of publication:") + tab + ff.checkbox(True) + w_run(" Yes"), "FormLabel"),
            p(w_run("Deputy chair (if any):") + tab + ff.text(EN5, ""), "FormLabel"),
            p(w_run("Independent reviewer:") + tab + ff.text("Dr M. Ashgrove-Tate (FICTIONAL)", "Name"),
              "FormLabel")]
    result, texts, page, words = [], [], 1, {1: 0}
    for s_no, (title, items) in enumerate(FF_PLAN, 1):
        if s_no > 1:
            body.append(p('<w:r><w:br w:type="page"/></w:r>'))
            page += 1
            words[page] = 0
        body.append(p(w_run(f"Section {s_no}: {title}"), "Heading1"))
        rows = []
        for k, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{k}"
            num = w_run(label) + tab
            if kind == "SPLIT":
                a, b = pm.make(n_words // 2, "adult"), pm.make(n_words // 2, "adult")
                i, head = ff.text_open()
                body.append(p(num + head + result_runs(a), "FormPara"))
                body.append(p(result_runs(b) + ff.text_close(i), "FormPara", '<w:ind w:left="720" w:firstLine="0"/>'))
                t = a + " " + b
            elif kind == "BREAKS":
                a = pm.make(n_words // 2, "adult").rstrip(".") + ". Three records showed the same decline:"
                b = pm.make(n_words // 2, "adult")
                i, head = ff.text_open()
                res = result_runs(a) + "".join(f"<w:r>{RES}<w:br/></w:r>" + w_run(x, RES) for x in FF_ITEMS)
                res += f"<w:r>{RES}<w:br/></w:r>" + result_runs(b)
                body.append(p(num + head + res + ff.text_close(i), "FormPara"))
                t = " ".join([a, *FF_ITEMS, b])
            elif kind == "ROW":
                t = pm.make(n_words, "adult")
                cells = [(1134, ff.text(label, "No.")), (7892, ff.text(t, "Type the recommendation here."))]
                rows.append("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{p(x)}</w:tc>'
                                               for w, x in cells) + "</w:tr>")
            else:
                t = pm.make(n_words, "adult")
                body.append(p(num + ff.text(t), "FormPara"))
            texts.append(t)
            words[page] += len(t.split())
            result.append(entry(label, page, t))
        if rows:
            white = '<w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>'
            head_row = ("<w:tr><w:trPr><w:tblHeader/></w:trPr>"
                        + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:shd w:val="clear" '
                                  f'w:color="auto" w:fill="1F4E79"/></w:tcPr>{p(w_run(s, white))}</w:tc>'
                                  for w, s in ((1134, "No."), (7892, "Recommendation"))) + "</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/>'
                        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
                        'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="1134"/>'
                        f'<w:gridCol w:w="7892"/></w:tblGrid>{head_row}{"".join(rows)}</w:tbl>')
    body.append(p(""))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
    doc = (f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}{sect}</w:body>'
           "</w:document>")
    zip_parts(path, {"[Content_Types].xml": FF_CT, "_rels/.rels": FF_RELS, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": FF_DOC_RELS, "word/styles.xml": FF_STYLES,
                     "word/settings.xml": FF_SETTINGS, "docProps/core.xml": FF_CORE}, (2025, 3, 14, 16, 40, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"formfields.docx: words per page {words}")
    got = read_formfields(path)
    want = [(d["label"], d["page"], " ".join(t.split())) for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"formfields.docx: read back {[g[:2] for g in got]}")
    import docx
    d = docx.Document(str(path))
    if len(d.tables) != 1 or not any(par.text.startswith("2.2\t") for par in d.paragraphs):
        raise AssertionError("formfields.docx: python-docx")
    return {
        "note": ("A safeguarding adults review typed into a board's PROTECTED WORD FORM (settings: "
                 "w:documentProtection w:edit=\"forms\", enforced) built from LEGACY FORM FIELDS. Each numbered "
                 "paragraph is a Word paragraph (hanging indent) whose number is typed in the template ('2.3', then "
                 "a tab) and whose text is the saved RESULT of a FORMTEXT field: a bookmark 'Text12' round it, "
                 "fldChar begin holding w:ffData (its default text 'Type the paragraph here.', never shown), "
                 "instrText ' FORMTEXT ', fldChar separate, the result in several noProof runs, fldChar end. The "
                 "label is the typed number, the text the field's result. Paragraph 2.2's field begins in one Word "
                 "paragraph and ends in the next (both its text); 2.3's result holds a lead-in, three '\u2013 ' "
                 "lines after soft line breaks (w:br) and a closing sentence. Section 4's recommendations are a "
                 "table (header row 'No. | Recommendation') whose number cell and text cell are both FORMTEXT "
                 "results ('4.1'). The form's header is no paragraph: a FORMDROPDOWN 'Report status' (its value "
                 "'Final' only in w:ddList/w:result, no text), a FORMTEXT date, a FORMCHECKBOX with ' Yes', an empty "
                 "FORMTEXT (five en spaces) and the reviewer's name; 'Section 2: ...' headings and the guidance "
                 "line are no paragraphs either. A page break before each section after the first: pages = 1 + "
                 "the page breaks before."),
        "paragraphs": result,
    }


def read_formfields(path):
    """(label, page, text) of the numbered paragraphs and table rows, read from document.xml as Word shows it: the
    runs' text outside field codes (a field's result, not its instruction), tabs as tabs, soft breaks as spaces."""
    from lxml import etree
    W = f"{{{W_NS}}}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    state = {"depth": 0, "code": False}

    def text_of(par):
        out = []
        for el in par.iter(W + "fldChar", W + "instrText", W + "t", W + "tab", W + "br"):
            kind = el.tag[len(W):]
            if kind == "fldChar":
                ft = el.get(W + "fldCharType")
                state["depth"] += {"begin": 1, "end": -1}.get(ft, 0)
                state["code"] = ft == "begin"
            elif kind == "instrText" or state["code"]:
                continue
            elif kind == "t":
                out.append(el.text or "")
            elif kind == "tab":
                out.append("\t")
            elif el.get(W + "type") != "page":
                out.append(" ")
        return "".join(out)

    got, page = [], 1
    for el in root.find(W + "body"):
        if el.tag == W + "p":
            page += len(el.findall(f".//{W}br[@{W}type='page']"))
            inside = state["depth"] > 0
            s = text_of(el)
            m = re.match(r"(\d+\.\d+)\t(.*)", s, re.S)
            if m:
                got.append([m.group(1), page, m.group(2)])
            elif inside and got:
                got[-1][2] += " " + s
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                if tr.find(f"{W}trPr/{W}tblHeader") is not None:
                    continue
                cells = [" ".join(text_of(q) for q in tc.iter(W + "p")) for tc in tr.iter(W + "tc")]
                got.append([cells[0].strip(), page, cells[1]])
    return [(g[0], g[1], " ".join(g[2].split())) for g in got]


# --------------------------------------------------------------------------
# 4. archived.html: a UK Government Web Archive capture of a 2009 LSCB page, paragraphs parted only by <br /><br />
# --------------------------------------------------------------------------
# items: n_words; ("CONT", n) the paragraph carries on in a second, unnumbered block; ("LIST", n) a lead-in, a <ul>
# and a closing sentence, in one block
AR_PLAN = [
    ("Introduction", [70, 85]),
    ("Summary of events", [110, ("CONT", 120), 100]),
    ("Key findings", [105, ("LIST", 100), 95, 90]),
    ("Recommendations", [75, 70]),
]
AR_LIST = ["the school nurse, who had weighed Child M twice;", "the youth offending service, which knew the address;",
           "the out-of-hours GP, who saw the burn on his hand."]
AR_SEP = {1: "&nbsp; ", 2: "&nbsp;&nbsp;", 3: " ", 4: "&nbsp; "}
AR_STAMP = "20120314091432"
AR_SITE = "http://www.stanmoorlscb.org.uk"


def ar_url(path, mode=""):
    return f"https://webarchive.nationalarchives.gov.uk/ukgwa/{AR_STAMP}{mode}/{AR_SITE}{path}"


def ent(s):
    """Text for an ISO-8859-1 page of 2009: markup escaped, everything beyond ASCII a numeric reference."""
    return hesc(s).encode("ascii", "xmlcharrefreplace").decode("ascii")


def src_wrap(s, width=96):
    """The CMS's hard wrap of its source (words, then escaped)."""
    return "\n".join(ent(" ".join(ln)) for ln in wrap(s.split(), width, len))


def make_archived(out, pm):
    path = out / "archived.html"
    result, texts, blocks = [], [], []
    for s_no, (title, items) in enumerate(AR_PLAN, 1):
        blocks.append(f"<strong>{ent(title)}</strong><br />\n<br />")
        for k, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{k}"
            lead = f"{label}{AR_SEP[s_no]}"
            if kind == "CONT":
                a, b = pm.make(n_words // 2, "child"), pm.make(n_words // 2, "child")
                blocks.append(f"{lead}{src_wrap(a)}<br />\n<br />\n{src_wrap(b)}<br />\n<br />")
                t = a + " " + b
            elif kind == "LIST":
                a = pm.make(n_words // 2, "child").rstrip(".") + ". Three services each held part of the picture:"
                b = pm.make(n_words // 2, "child")
                lis = "\n".join(f"<li>{ent(x)}</li>" for x in AR_LIST)
                blocks.append(f"{lead}{src_wrap(a)}\n<ul>\n{lis}\n</ul>\n{src_wrap(b)}<br />\n<br />")
                t = " ".join([a, *AR_LIST, b])
            else:
                t = pm.make(n_words, "child")
                blocks.append(f"{lead}{src_wrap(t)}<br />\n<br />")
            texts.append(t)
            result.append(entry(label, None, t))
    nav = "\n".join(f'<li><a href="{ar_url(h)}">{s}</a></li>' for h, s in (
        ("/index.html", "Home"), ("/about.html", "About the LSCB"), ("/scr/index.html", "Serious case reviews"),
        ("/training.html", "Training"), ("/procedures.html", "Child protection procedures"),
        ("/contact.html", "Contact us")))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<!-- UKGWA: archived replay, rewritten links -->
<script src="https://webarchive.nationalarchives.gov.uk/ukgwa/static/wombat.js"></script>
<script>
  wbinfo = {{}};
  wbinfo.url = "{AR_SITE}/scr/child-m.html";
  wbinfo.timestamp = "{AR_STAMP}";
  wbinfo.is_framed = false;
  wbinfo.coll = "ukgwa";
</script>
<script src="https://webarchive.nationalarchives.gov.uk/ukgwa/static/wb_frame_insert.js"></script>
<!-- End UKGWA Rewrite JS Include -->
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>Serious Case Review &ndash; Child M &ndash; Executive Summary :: Stanmoor LSCB</title>
<meta name="keywords" content="serious case review, SCR, Child M, Stanmoor, LSCB" />
<link rel="stylesheet" type="text/css" href="{ar_url('/css/main.css', 'cs_')}" />
<script type="text/javascript" src="{ar_url('/js/menu.js', 'js_')}"></script>
</head>
<body>
<div id="ukgwa-banner" style="background:#1d1d1b;color:#fff;font:13px Arial,sans-serif;padding:8px 16px">
<a href="https://webarchive.nationalarchives.gov.uk/" style="color:#fff"><strong>UK Government Web Archive</strong></a>
&ndash; The National Archives (FICTIONAL capture)<br />
You are viewing an archived web page, captured at 09:14:32 GMT, 14 March 2012. This page may contain
broken links or be out of date.
<a href="https://webarchive.nationalarchives.gov.uk/ukgwa/*/{AR_SITE}/scr/child-m.html" style="color:#fff">View all
captures (27)</a> | <a href="https://webarchive.nationalarchives.gov.uk/about/" style="color:#fff">About the
archive</a> | <a href="{AR_SITE}/scr/child-m.html" style="color:#fff">Go to the current version of this page</a>
</div>
<a name="top" id="top"></a>
<div id="container">
<div id="header"><a href="{ar_url('/index.html')}"><img src="{ar_url('/images/logo.gif', 'im_')}" width="320"
 height="60" alt="Stanmoor Local Safeguarding Children Board" border="0" /></a></div>
<div id="leftnav">
<ul>
{nav}
</ul>
</div>
<div id="content">
<p class="breadcrumb">You are here: <a href="{ar_url('/index.html')}">Home</a> &gt;
<a href="{ar_url('/scr/index.html')}">Serious case reviews</a> &gt; Child M</p>
<h1>Serious Case Review: Child M</h1>
<h2>Executive Summary</h2>
<p class="fict"><em>{ent(FICT)}. Every person, place and service named here is invented.</em></p>
<div class="bodytext">
{chr(10).join(blocks)}
</div>
<p class="updated">Page last updated: 02/11/2009 | <a href="{ar_url('/scr/child-m-full.pdf')}">Download the
executive summary (PDF, 212KB)</a> | <a href="#top">Back to top</a></p>
</div>
<div id="footer">&copy; Stanmoor Local Safeguarding Children Board 2009 (FICTIONAL) |
<a href="{ar_url('/accessibility.html')}">Accessibility</a> | <a href="{ar_url('/sitemap.html')}">Site map</a>
</div>
</div>
<div id="ukgwa-footer" style="font:11px Arial,sans-serif;color:#555;padding:8px 16px">Archived page from the UK
Government Web Archive. The National Archives is not responsible for the content of archived websites.</div>
</body>
</html>
"""
    if not page.isascii():
        raise AssertionError("archived.html: a character beyond ASCII")
    path.write_bytes(page.encode("ascii"))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    from lxml import html
    tree = html.fromstring(path.read_bytes())
    div = tree.xpath('//div[@class="bodytext"]')[0]
    if div.xpath(".//p"):
        raise AssertionError("archived.html: a <p> in the body")
    flat = [" ".join((div.text or "").split())]
    for el in div:
        if el.tag == "br":
            flat.append("\x01")
        elif el.tag == "strong":
            flat.append("\x02" + el.text_content())
        elif el.tag == "ul":
            flat.append(" ".join(" ".join(li.text_content().split()) for li in el))
        flat.append(" ".join((el.tail or "").split()))
    got = []
    for blk in re.split(r"\x01\s*\x01", " ".join(flat)):
        blk = " ".join(blk.replace("\xa0", " ").split())
        m = re.match(r"(\d+\.\d+) (.*)", blk)
        if not blk:
            continue
        if blk.startswith("\x02"):
            got.append(None)
        elif m:
            got.append([m.group(1), m.group(2)])
        elif got and got[-1] is not None:
            got[-1][1] += " " + blk
        else:
            raise AssertionError(f"archived.html: stray block {blk[:30]}")
    got = [g for g in got if g is not None]
    if got != [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"archived.html: read back {[g[0] for g in got]}")
    return {
        "note": ("An old LSCB web page (XHTML 1.0 Transitional of 2009, charset ISO-8859-1, every character beyond "
                 "ASCII a numeric reference such as &#8217;) as the UK Government Web Archive replays it: the "
                 "archive's replay scripts in the head, its black banner ('You are viewing an archived web page, "
                 "captured at 09:14:32 GMT, 14 March 2012 ...') and footer, and every link rewritten to "
                 "https://webarchive.nationalarchives.gov.uk/ukgwa/20120314091432/http://www.stanmoorlscb.org.uk/... "
                 "The executive summary's body is ONE <div class=\"bodytext\"> with NO <p> ELEMENTS: unnumbered "
                 "headings in <strong>, and paragraphs typed '2.3&nbsp; ...' (or '2.3&nbsp;&nbsp;', or '3.1 ') "
                 "hard-wrapped in the source and parted only by '<br />' twice. Paragraph 2.2 carries on in a second "
                 "block with no number (its text too); 3.2 holds a lead-in, a <ul> of three items and a closing "
                 "sentence (all its text). The banner, the site's header, navigation, breadcrumb, title, the "
                 "'Page last updated: 02/11/2009' line and the footers are no paragraphs. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. lazy.md: paragraphs numbered straight through as Markdown ordered lists whose typed numbers are not the rendered
# --------------------------------------------------------------------------
# items: n_words; ("TWO", n) two Markdown paragraphs in the item; ("QUOTE", n) a lead-in, a blockquote and a closing
# paragraph; ("BULLETS", n) a lead-in and a bullet list; ("LAZYWRAP", n) wrapped lines not indented
# numbering: "LAZY" the first item typed with the start and the rest "1."; "STALE" typed numbers from before an
# edit; "PAREN" the ")" delimiter, lazily
LZ_PLAN = [
    ("Introduction", [70, 80], "LAZY", None),
    ("Background", [100, ("TWO", 110), 90], "LAZY", None),
    ("What happened", [105, ("QUOTE", 100), 95, ("BULLETS", 90)], "STALE",
     "The full chronology is held by the partnership and is not published with this report."),
    ("Analysis", [("LAZYWRAP", 100), 95, 85], "PAREN", None),
    ("Conclusions", [80, 75], "LAZY", "The panel\u2019s conclusions are set out below."),
]
LZ_QUOTE = ("\u201cI told them at the door that I was frightened of him. The next time they came they asked him "
            "instead.\u201d")
LZ_BULLETS = ["the health visitor\u2019s missed appointment letters", "the nursery\u2019s attendance record",
              "the police notes of the two calls in August"]
LZ_TITLE = "Child Safeguarding Practice Review: Rosie"


def md_lines(text, first, indent, width=80, lazy=False):
    """A paragraph hard-wrapped at width: its first line after first (the marker, or the indent), the rest indented
    unless lazy; no line may begin with anything Markdown would read as a new block."""
    lines = wrap(text.split(), width - len(first), len)
    out = []
    for i, ln in enumerate(lines):
        if i and re.match(r"[-+*>#]|\d+[.)]( |$)|=+$", ln[0]):
            raise AssertionError(f"lazy.md: a wrapped line would begin a block: {ln[0]}")
        out.append((first if i == 0 else ("" if lazy else indent)) + " ".join(ln))
    return out


def make_lazy(out, pm):
    path = out / "lazy.md"
    lines = ["---", "layout: review", f'title: "{LZ_TITLE} (FICTIONAL)"', "partnership: Wyedown Safeguarding "
             "Children Partnership", "published: 2025-02-11", "permalink: /reviews/rosie/", "---", "",
             f"# {LZ_TITLE}", "", f"*{FICT}. Every person, place and service named here is invented.*", "",
             "Published by the Wyedown Safeguarding Children Partnership (FICTIONAL), February 2025. The paragraphs "
             "are numbered straight through.", ""]
    result, texts, number = [], [], 0
    for title, items, style, lead_in in LZ_PLAN:
        lines += [f"## {title}", ""]
        if lead_in:
            lines += [lead_in, ""]
        start = number + 1
        for k, it in enumerate(items):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            number += 1
            if style == "STALE":
                typed = f"{start + (k // 2) * 2}."
            elif style == "PAREN":
                typed = f"{start if k == 0 else 1})"
            else:
                typed = f"{start if k == 0 else 1}."
            first, indent = typed + " ", " " * (len(typed) + 1)
            if kind in ("TWO", "QUOTE"):
                a, b = pm.make(n_words // 2, "child"), pm.make(n_words // 2, "child")
                if kind == "QUOTE":
                    a = a.rstrip(".") + ". Her mother told the reviewer:"
                    mid = [*md_lines(LZ_QUOTE, indent + "> ", indent + "> "), ""]
                    t = " ".join([a, LZ_QUOTE, b])
                else:
                    mid = []
                    t = a + " " + b
                lines += [*md_lines(a, first, indent), "", *mid, *md_lines(b, indent, indent), ""]
            elif kind == "BULLETS":
                a = pm.make(n_words, "child").rstrip(".") + ". Three records were never read together:"
                lines += [*md_lines(a, first, indent), "", *(f"{indent}- {x}" for x in LZ_BULLETS), ""]
                t = " ".join([a, *LZ_BULLETS])
            else:
                t = pm.make(n_words, "child")
                lines += [*md_lines(t, first, indent, lazy=kind == "LAZYWRAP"), ""]
            texts.append(t)
            result.append(entry(str(number), None, t))
    lines += ["---", "", "_Wyedown Safeguarding Children Partnership. This page was generated from the published "
              "report; if you need it in another format, please contact us._", ""]
    src = "\n".join(lines)
    path.write_text(src, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    typed = re.findall(r"^(\d+)[.)] ", src, re.M)
    if sum(int(n) != int(d["label"]) for n, d in zip(typed, result, strict=True)) < 8:
        raise AssertionError(f"lazy.md: typed numbers {typed}")
    # read back as a CommonMark renderer numbers it: each ordered list counts up from its first item's number
    from markdown_it import MarkdownIt
    tokens = MarkdownIt("commonmark").parse(src.split("---\n", 2)[2])
    got, depth, start, count = [], 0, 0, 0
    for tok in tokens:
        if tok.type == "ordered_list_open":
            depth += 1
            if depth == 1:
                start, count = int(tok.attrGet("start") or 1), 0
        elif tok.type == "ordered_list_close":
            depth -= 1
        elif tok.type == "list_item_open" and depth == 1 and tok.level == 1:
            got.append([str(start + count), ""])
            count += 1
        elif tok.type == "inline" and depth >= 1:
            got[-1][1] = (got[-1][1] + " " + " ".join(tok.content.split())).strip()
    want = [[d["label"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"lazy.md: read back {[g[0] for g in got]}")
    return {
        "note": ("A child safeguarding practice review kept as Markdown for a static site (YAML front matter). Its "
                 "paragraphs are numbered straight through (1 to 14) as CommonMark ORDERED LISTS, one list per '## ' "
                 "section, and the label is the number the rendered list shows, not the digits typed: a list "
                 "numbers up from its first item's number and ignores the rest. Sections 1, 2 and 5 are LAZY "
                 "('3.' then '1.', '1.' renders 3, 4, 5); section 3 keeps numbers typed before an edit ('6.', "
                 "'6.', '8.', '8.' renders 6, 7, 8, 9); section 4 uses the ')' style ('10)', '1)', '1)' renders 10, "
                 "11, 12). Items are hard-wrapped at 80 with their continuation lines indented, except item 10's, "
                 "which are lazily unindented. Item 4 is two Markdown paragraphs; item 7 a lead-in, a blockquote "
                 "inside the item and a closing paragraph; item 9 a lead-in and a '- ' list inside the item: all "
                 "their text. Sections 3 and 5 open with an unnumbered lead-in under the heading (no paragraph). The "
                 "front matter, title, byline, closing rule and its line are no paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    pm = ParaMaker()
    exp = {}
    exp["fakebold.pdf"] = make_fakebold(out, pm)
    exp["index.pdf"] = make_index(out, pm)
    exp["formfields.docx"] = make_formfields(out, pm)
    exp["archived.html"] = make_archived(out, pm)
    exp["lazy.md"] = make_lazy(out, pm)
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
        with tempfile.TemporaryDirectory(prefix="blind29-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
