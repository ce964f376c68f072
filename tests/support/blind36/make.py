"""Blind fixture generator 36: five FICTIONAL review documents whose paragraph numbers are printed in ways other than
the usual "3.4": a section sign, a Part's letter, fields in margin text boxes, sub-paragraphs numbered "12(a)" and
chapters numbered in roman capitals round decimal paragraphs.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
pypdf, pypdfium2, lxml, python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key
with pdfplumber/pypdfium2/lxml/python-docx, never with the project's parser.

sectionsign.pdf a safeguarding adults review written by a barrister as independent reviewer in her chambers' house
                style: paragraphs numbered straight through (1 to 16) with the SECTION SIGN, bold "§ 12" (a
                no-break space between the sign and the number) hanging at the margin, the text 40 pt in; the
                report's own cross-references in the same form in mid-text ("at § 4", "§§ 5–7"), one of them at the
                START of a continuation line (at the text's indent, not the margin); an unnumbered italic note under
                the title explaining the numbering ("numbered § 1 to § 16"); unnumbered bold headings, an italic
                running head, legal-style folios "– 3 –", a signature block after the last paragraph; Times; some
                paragraphs over page breaks
partletters.pdf a public inquiry's report in four PARTS, A to D, each opening on a new page under a "PART B" banner,
                whose paragraphs are numbered with the Part's LETTER and a number that starts again in each Part:
                "A1" ... "A3", "B1" ... "B11" (B10 and B11 after B9), "C1" ... "C4", "D1", "D2", bold teal, hanging;
                cross-references "(see A2 and B7)" in mid-text; inside B4 a continuation line that BEGINS with a
                road number, "B1254 between Marlbeck Cross ...", at the text's indent; running heads naming the Part
                from page 2, centred folios; Arial; paragraphs over page breaks
marginbox.docx  a children's practice review from a Word template that prints each paragraph number in the LEFT
                MARGIN from a TEXT BOX anchored to the paragraph (wp:anchor, positionH relativeFrom "column" at
                -0.5 in, no fill, no line, wrapNone), written twice as Word writes text boxes (DrawingML in
                mc:Choice, VML in mc:Fallback); the number in the box is built from FIELDS: { STYLEREF 1 \\s } (the
                Heading 1's list number), a typed ".", { SEQ Para \\* ARABIC \\s 1 } (a sequence that starts again
                at every Heading 1), each a complex field with its cached result ("3" "." "2"); the Heading 1s are
                numbered "%1" by Word numbering; in two paragraphs the box's anchor run stands after the first
                sentence, not at the start (the box is still drawn at the paragraph's top left); page breaks before
                the chapters; header and a PAGE field footer
lettered.docx   a public inquiry's report whose Word list prints SUB-PARAGRAPHS WITH THEIR PARENT'S NUMBER: one
                multilevel list, level 0 "%1." (decimal, custom style "Inquiry Para"), level 1 "%1(%2)" (lowerLetter,
                style "Inquiry Sub-para"), both hanging in the SAME number column, so a lead-in "5." is followed by
                "5(a)", "5(b)", "5(c)" and the count goes on with "6."; paragraph numbers run straight through the
                chapters (unnumbered Heading 1s); typed cross-references "paragraph 5(b)" in the text; page breaks
                before the chapters, header and footer
romanol.html    a public inquiry's web page whose report is one <ol type="I" class="chapters">: each chapter an item
                (the browser draws "I." ... "V." in upper-case ROMAN beside the chapter's <h2>) holding a nested
                DECIMAL <ol class="paras" start="N"> of its paragraphs, the start attributes carrying the paragraph
                numbers on from chapter to chapter (1 to 16); a chapter's list closed for an <h3> and resumed with
                start=; an item of two <p>s and an item holding a lettered <ol type="a">; an unnumbered foreword
                before the list, a "Contents" <ol type="I"> of links, a glossary <dl> after it

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number the reader cites, without its trailing stop and without the section sign: "§ 12"
  is paragraph 12 ("12"); a Part's letter is part of the number ("B12"); a sub-paragraph printed "5(a)" in the
  number column is a numbered paragraph of its own, "5(a)", and its lead-in "5." is paragraph 5; a field's number is
  its cached result as Word shows it ("3.2"); for HTML lists the number the browser draws, the decimal paragraph
  number ("7"), never the chapter's roman numeral;
- cross-references in the text ("§ 6 above", "see A2", "paragraph 5(b)"), a road number at the start of a line
  ("B1254"), headings, Part banners, running heads, folios, notes on the numbering, signature blocks, title blocks,
  contents lists, forewords and glossaries are no paragraph's own number or text; lettered items and a second <p> in
  an item are their paragraph's text;
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML: null.
"""
import json
import os
import pathlib
import re
import sys
import tempfile

if __package__ in (None, ""):
    import importlib.util

    def _load(name, *rel):
        spec = importlib.util.spec_from_file_location(name, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                         *rel))
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod

    _text = _load("blind36_text", "text.py")
    _b34 = _load("blind34_make", "..", "blind34", "make.py")
else:
    from ..blind34 import make as _b34
    from . import text as _text

ParaMaker, contains_seq, first_sentence, norm = _text.ParaMaker, _text.contains_seq, _text.first_sentence, _text.norm
# round 34's helpers (and through it rounds 32, 30, 28 and 27's): measuring, wrapping, the key's entries and checks,
# escaping, a zip with fixed dates, a canvas with fixed metadata, the row flow, the Type 1 faces, reading pages back
sw, wrap, entry, check_lengths, check_count = _b34.sw, _b34.wrap, _b34.entry, _b34.check_lengths, _b34.check_count
hesc, xesc, zip_parts, new_canvas, Flow = _b34.hesc, _b34.xesc, _b34.zip_parts, _b34.new_canvas, _b34.Flow
check_paged, register_fonts, page_words = _b34.check_paged, _b34.register_fonts, _b34.page_words
A, AB, TR, TB, TI = _b34.A, _b34.AB, _b34.TR, _b34.TB, _b34.TI
W_NS, XML_HEAD, PKG_REL, DOC_REL, CT_WML = _b34.W_NS, _b34.XML_HEAD, _b34.PKG_REL, _b34.DOC_REL, _b34.CT_WML
R_NS = _b34.R_NS

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A4 = (595.28, 841.89)
NBSP = "\u00a0"


def after_first(t, s):
    """``t`` with the sentence ``s`` put in after its first sentence."""
    f = first_sentence(t)
    return f + " " + s + t[len(f):]


def wrap_at(words, width, measure, breaks=()):
    """Lines of ``words``; a new line is also started at each index in ``breaks`` (a line broken early, as a soft
    line break or the line-breaking of a narrower draft left it)."""
    lines, start = [], 0
    for b in [*sorted(breaks), len(words)]:
        if b > start:
            lines += wrap(words[start:b], width, measure)
        start = b
    return lines


def new_page(fl, top=None):
    """Start a new page in a Flow (a Part or chapter that opens on a page of its own)."""
    if fl.pages[-1]:
        fl.pages.append([])
    fl.cur = fl.top if top is None else top


# --------------------------------------------------------------------------
# 1. sectionsign.pdf: a barrister's review numbered "§ 12", cross-references in the same form, one at a line start
# --------------------------------------------------------------------------
# items: n_words, ("XREF", n) a cross-reference sentence after the first sentence, ("LINE", n) one whose "§ 6" is
# forced to the start of a continuation line
SS_PLAN = [
    ("Why this review was commissioned", [85, 95, 90]),
    ("Mr Hollis and the people around him", [120, ("XREF", 110), 105]),
    ("What happened between April 2022 and January 2023", [125, ("LINE", 120), 115, 110]),
    ("Analysis", [120, ("XREF", 115), 105, 100]),
    ("Conclusions", [95, 85]),
]
SS_XREFS = [f"This is the pattern already described at \u00a7{NBSP}2, and it is one the board has met before.",
            f"The reasons are those set out at \u00a7\u00a7{NBSP}5\u20137 and they are not repeated here."]
SS_LINE = ("The same gap between the two teams was described at", f"\u00a7{NBSP}6 above, and it mattered again in "
           "the autumn.")
SS_TITLE = "Safeguarding Adults Review concerning Mr Hollis"
SS_NOTE = (f"The paragraphs of this report are numbered \u00a7{NBSP}1 to \u00a7{NBSP}16. A reference in the form "
           f"\u00a7{NBSP}7 is to a paragraph of this report.")
SS_HEAD = "Safeguarding Adults Review concerning Mr Hollis (FICTIONAL)"


def make_sectionsign(out, pm):
    path = out / "sectionsign.pdf"
    FS, LEAD, GAP = 11.5, 15.0, 8.0
    NX, TX, R = 72.0, 112.0, 523.0
    TOP, BOTTOM = 770.0, 78.0
    fl = Flow(TOP, BOTTOM, first_top=626.0)
    result, texts, xrefs, line_start = [], [], iter(SS_XREFS), None
    label = 0
    for title, items in SS_PLAN:
        def head(c, y, title=title):
            c.setFont(TB, 12.5)
            c.drawString(NX, y, title)

        rows = [(16.0, 19.0, head, None)]
        for it in items:
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label += 1
            lb = str(label)
            t = pm.make(n_words, "adult")
            breaks = ()
            if kind == "XREF":
                t = after_first(t, next(xrefs))
            if kind == "LINE":
                t = after_first(t, " ".join(SS_LINE))
            words = t.split(" ")
            if kind == "LINE":
                k = len(first_sentence(t).split(" ")) + len(SS_LINE[0].split(" "))
                breaks = (k,)
                if not words[k].startswith("\u00a7"):
                    raise AssertionError("sectionsign.pdf: the forced line")
            lines = wrap_at(words, R - TX, lambda s: sw(s, TR, FS), breaks)
            if kind == "LINE":
                line_start = next(n for n, ln in enumerate(lines) if ln[0].startswith("\u00a7"))
                if line_start == 0:
                    raise AssertionError("sectionsign.pdf: the cross-reference begins the paragraph")
            prow = []
            for li, ln in enumerate(lines):
                def draw(c, y, ln=ln, num=f"\u00a7{NBSP}{lb}" if li == 0 else None):
                    if num:
                        c.setFont(TB, FS)
                        c.drawString(NX, y, num)
                    c.setFont(TR, FS)
                    c.drawString(TX, y, " ".join(ln))
                prow.append((GAP if li == 0 else 0.0, LEAD, draw, lb))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            texts.append(t)
            result.append(entry(lb, placed[0][0], t))

    def sign(c, y):
        c.setFont(TI, FS)
        c.drawString(TX, y, "Imogen Castellow-Reyes")
    sig = [(26.0, LEAD, sign, None)]
    for s in ("Independent reviewer, Quarrendon Chambers (FICTIONAL)", "30 September 2024"):
        def draw(c, y, s=s):
            c.setFont(TR, 10.5)
            c.drawString(TX, y, s)
        sig.append((0.0, 14.0, draw, None))
    fl.place(sig, keep=len(sig))
    c = new_canvas(path, {"Title": "SAR Mr Hollis - final report (FICTIONAL)", "Author": "I Castellow-Reyes",
                          "Creator": "Microsoft\u00ae Word 2019", "Producer": "Microsoft\u00ae Word 2019"})
    for i, rows in enumerate(fl.pages, 1):
        c.setFont(TI, 9)
        c.setFillGray(0.3)
        if i > 1:
            c.drawString(NX, 800, SS_HEAD)
            s = "Report of the independent reviewer"
            c.drawString(R - sw(s, TI, 9), 800, s)
        c.setFont(TR, 9.5)
        s = f"\u2013 {i} \u2013"
        c.drawString((A4[0] - sw(s, TR, 9.5)) / 2, 44, s)
        c.setFillGray(0)
        if i == 1:
            c.setFont(TB, 19)
            c.drawString(NX, 760, SS_TITLE)
            c.setFont(TR, 12.5)
            c.drawString(NX, 738, "Report of the independent reviewer to the Harrowdene Safeguarding Adults Board")
            c.setFont(TR, 10)
            c.drawString(NX, 720, FICT + ". " + INVENTED)
            c.setFont(TI, 10.5)
            for k, ln in enumerate(wrap(SS_NOTE.split(" "), R - NX, lambda s: sw(s, TI, 10.5))):
                c.drawString(NX, 690 - 13.5 * k, " ".join(ln))
            c.setLineWidth(0.5)
            c.line(NX, 652, R, 652)
        for draw, y, _tag in rows:
            draw(c, y)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pw = page_words(path, lambda ch: abs(ch["size"] - FS) < 0.01 and ch["fontname"].endswith(("PSMT", "BoldMT")))
    check_paged(path.name, pw, result, texts, crossing_range=(1, 4))
    # every number is "§", a space, the number, at the margin; the cross-reference line begins at the text's indent
    import pdfplumber
    import pypdfium2 as pdfium
    marks = []
    with pdfplumber.open(path) as pl:
        for pg in pl.pages:
            for ln in pg.extract_text_lines():
                if ln["text"].startswith("\u00a7") and abs(ln["chars"][0]["size"] - FS) < 0.01:
                    marks.append((round(ln["x0"]), re.match(r"\u00a7+ [\d\u2013]+", ln["text"]).group(0)))
    want = [(round(NX), f"\u00a7 {d['label']}") for d in result]
    at_text = [m for m in marks if m[0] == round(TX)]
    if [m for m in marks if m[0] == round(NX)] != want or at_text != [(round(TX), "\u00a7 6")]:
        raise AssertionError(f"sectionsign.pdf: numbers {marks}")
    doc = pdfium.PdfDocument(str(path))
    got = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    if not all(f"\u00a7 {d['label']} " in got.replace("\r\n", " ") for d in result):
        raise AssertionError("sectionsign.pdf: PDFium's text")
    xref_labels = [d["label"] for d, it in zip(result, [i for _t, its in SS_PLAN for i in its], strict=True)
                   if isinstance(it, tuple)]
    return {
        "note": ("A safeguarding adults review written by a barrister as independent reviewer and exported from Word "
                 "in her chambers' house style (Times New Roman 11.5): the paragraphs are numbered straight through, "
                 f"1 to {len(result)}, with the SECTION SIGN: a bold '\u00a7 12' (the sign, a no-break space, the "
                 "number) hanging at the left margin, the paragraph's text 40 pt in. The label is the number without "
                 "the sign ('12'). The report's own cross-references use the same form in mid-text ("
                 f"paragraphs {', '.join(xref_labels)}: 'at \u00a7 2', 'at \u00a7\u00a7 5\u20137', 'at \u00a7 6 "
                 f"above'); in paragraph {xref_labels[1]} the line broke so that a continuation line BEGINS with "
                 "'\u00a7 6 above, and it mattered ...' at the text's indent (40 pt in), not at the margin: it is no "
                 "paragraph. Page 1 has a title block and an unnumbered italic note ('The paragraphs of this report "
                 "are numbered \u00a7 1 to \u00a7 16. A reference in the form \u00a7 7 is to a paragraph of this "
                 "report.'), no paragraph. Bold unnumbered headings, an italic running head from page 2, "
                 "legal-style folios '\u2013 3 \u2013' centred at the foot, and after the last paragraph a signature "
                 "block (the reviewer's name in italic, her chambers, a date) are no paragraph's text. Some "
                 "paragraphs run over a page break. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. partletters.pdf: an inquiry report in Parts A-D, paragraphs numbered "B12" within each Part
# --------------------------------------------------------------------------
# items: n_words, ("XREF", n) a cross-reference "(see A2 and B7)" in mid-text, ("ROAD", n) a sentence whose road
# number "B1254" begins a continuation line
PL_PLAN = [
    ("A", "Introduction", [90, 100, 95]),
    ("B", "What happened at Fennowick House", [110, 120, 105, ("ROAD", 115), 100, 120, 110, ("XREF", 105), 115, 100,
                                               95]),
    ("C", "How the agencies responded", [120, 110, ("XREF", 115), 105]),
    ("D", "Recommendations", [90, 85]),
]
PL_XREFS = ["The inquiry has already explained why this mattered (see A2 and B7).",
            "Those missed chances are described in Part B (see B3, B8 and B10)."]
PL_ROAD = ("On the second occasion she was picked up by a passing driver on the",
           "B1254 between Marlbeck Cross and Skarrow, more than four miles from the house.")
PL_TITLE = "The Fennowick House Inquiry"
TEAL = (0.0, 0.42, 0.45)


def make_partletters(out, pm):
    path = out / "partletters.pdf"
    FS, LEAD, GAP = 10.5, 14.6, 7.0
    NX, TX, R = 62.0, 102.0, 533.0
    TOP, BOTTOM = 772.0, 70.0
    fl = Flow(TOP, BOTTOM, first_top=600.0)
    result, texts, xrefs, road_line = [], [], iter(PL_XREFS), None
    part_of_page = {}
    for p_no, (letter, title, items) in enumerate(PL_PLAN):
        if p_no:
            new_page(fl)

        def banner(c, y, letter=letter, title=title):
            c.setFillColorRGB(*TEAL)
            c.setFont(AB, 13)
            c.drawString(NX, y + 30, f"PART {letter}")
            c.setFont(AB, 20)
            c.drawString(NX, y, title)
            c.setStrokeColorRGB(*TEAL)
            c.setLineWidth(1.5)
            c.line(NX, y - 12, R, y - 12)
            c.setFillColorRGB(0, 0, 0)
        rows = [(0.0, 70.0, banner, None)]
        for k, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{letter}{k}"
            t = pm.make(n_words, "child")
            breaks = ()
            if kind == "XREF":
                t = after_first(t, next(xrefs))
            if kind == "ROAD":
                t = after_first(t, " ".join(PL_ROAD))
                breaks = (len(first_sentence(t).split(" ")) + len(PL_ROAD[0].split(" ")),)
            words = t.split(" ")
            lines = wrap_at(words, R - TX, lambda s: sw(s, A, FS), breaks)
            if kind == "ROAD":
                road_line = next(n for n, ln in enumerate(lines) if ln[0] == "B1254")
            prow = []
            for li, ln in enumerate(lines):
                def draw(c, y, ln=ln, num=label if li == 0 else None):
                    if num:
                        c.setFont(AB, FS)
                        c.setFillColorRGB(*TEAL)
                        c.drawString(NX, y, num)
                        c.setFillColorRGB(0, 0, 0)
                    c.setFont(A, FS)
                    c.drawString(TX, y, " ".join(ln))
                prow.append((GAP if li == 0 else 0.0, LEAD, draw, label))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            for pg, _y in placed:
                part_of_page.setdefault(pg, (letter, title))
            texts.append(t)
            result.append(entry(label, placed[0][0], t))
    if road_line in (None, 0):
        raise AssertionError("partletters.pdf: the road number's line")
    c = new_canvas(path, {"Title": "The Fennowick House Inquiry - Report (FICTIONAL)",
                          "Author": "The Fennowick House Inquiry", "Creator": "Adobe InDesign 19.4 (Windows)",
                          "Producer": "Adobe PDF Library 17.0"})
    for i, rows in enumerate(fl.pages, 1):
        c.setFont(A, 8.5)
        c.setFillGray(0.35)
        if i > 1:
            letter, title = part_of_page[i]
            c.drawString(NX, 806, PL_TITLE + " (FICTIONAL)")
            s = f"Part {letter} \u2013 {title}"
            c.drawString(R - sw(s, A, 8.5), 806, s)
        s = str(i)
        c.drawString((A4[0] - sw(s, A, 8.5)) / 2, 40, s)
        c.setFillGray(0)
        if i == 1:
            c.setFont(AB, 24)
            c.setFillColorRGB(*TEAL)
            c.drawString(NX, 770, PL_TITLE)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(A, 12)
            c.drawString(NX, 746, "Report of the independent inquiry into the care of children at Fennowick House")
            c.setFont(A, 9.5)
            c.drawString(NX, 728, FICT + ". " + INVENTED)
            c.drawString(NX, 714, "Paragraphs are numbered within each Part of the report: the letter gives the Part.")
        for draw, y, _tag in rows:
            draw(c, y)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pw = page_words(path, lambda ch: abs(ch["size"] - FS) < 0.01)
    check_paged(path.name, pw, result, texts, crossing_range=(1, 4))
    import pdfplumber
    starts = []
    with pdfplumber.open(path) as pl:
        for pg in pl.pages:
            for ln in pg.extract_text_lines():
                m = re.match(r"([A-D]\d+) ", ln["text"])
                if m and abs(ln["chars"][0]["size"] - FS) < 0.01:
                    starts.append((round(ln["x0"]), m.group(1)))
    if [s for s in starts if s[0] == round(NX)] != [(round(NX), d["label"]) for d in result] or \
            [s for s in starts if s[0] != round(NX)] != [(round(TX), "B1254")]:
        raise AssertionError(f"partletters.pdf: line starts {starts}")
    first_pages = {d["label"][0]: d["page"] for d in reversed(result)}
    if sorted(first_pages.values()) != sorted(set(first_pages.values())) or first_pages["A"] != 1:
        raise AssertionError("partletters.pdf: Parts on pages of their own")
    return {
        "note": ("A public inquiry's report (laid out in InDesign, Arial 10.5) in four PARTS, each opening on a new "
                 "page under a teal banner ('PART B' over the Part's title and a rule). Its paragraphs are numbered "
                 "with the Part's LETTER and a number that starts again in each Part: 'A1'-'A3', 'B1'-'B11' (B10 "
                 "and B11 after B9), 'C1'-'C4', 'D1', 'D2', in bold teal hanging at the margin, the text 40 pt in; "
                 "the label is the number as printed ('B10'). Cross-references in the same form in mid-text ('(see "
                 "A2 and B7)', '(see B3, B8 and B10)') are no numbers. In B4 a line broke so that a continuation "
                 "line BEGINS with a road number, 'B1254 between Marlbeck Cross and Skarrow ...', at the text's "
                 "indent: B4's text, not a paragraph. Page 1 has the title block and a note ('Paragraphs are "
                 "numbered within each Part ...'); from page 2 a running head names the inquiry and the Part ('Part "
                 "B \u2013 What happened at Fennowick House'); centred folios. Banners, running heads, notes and "
                 "folios are no paragraph's text. Some paragraphs run over a page break. Pages are physical, "
                 "1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# Word helpers for 3 and 4
# --------------------------------------------------------------------------
WP_NS = (f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
         'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'mc:Ignorable="w14 w15 wp14"')
BRK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def wr(s, rpr=""):
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{xesc(s)}</w:t></w:r>'


def wp(runs, style=None, extra=""):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


def field(instr, result, rpr=""):
    r = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (f'<w:r>{r}<w:fldChar w:fldCharType="begin"/></w:r><w:r>{r}<w:instrText xml:space="preserve"> {instr} '
            f'</w:instrText></w:r><w:r>{r}<w:fldChar w:fldCharType="separate"/></w:r><w:r>{r}<w:t>{result}</w:t>'
            f'</w:r><w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>')


def docx_package(path, doc, styles, numbering, header_text, title, company, pages, n_words, when):
    header = f"{XML_HEAD}<w:hdr {WP_NS}>" + wp(wr(header_text), "Header") + "</w:hdr>"
    footer = (f"{XML_HEAD}<w:ftr {WP_NS}>" + wp(field("PAGE", "2"), "Footer", '<w:jc w:val="center"/>')
              + "</w:ftr>")
    settings = (f'{XML_HEAD}<w:settings {WP_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="en-GB"/></w:settings>')
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{CT_WML}document.main+xml"/>'
          f'<Override PartName="/word/numbering.xml" ContentType="{CT_WML}numbering+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{CT_WML}styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{CT_WML}settings+xml"/>'
          f'<Override PartName="/word/header1.xml" ContentType="{CT_WML}header+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{CT_WML}footer+xml"/>'
          '<Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            f'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId3" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId1" Type="{DOC_REL}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId8" Type="{DOC_REL}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{DOC_REL}/footer" Target="footer1.xml"/></Relationships>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           f'</Template><TotalTime>842</TotalTime><Pages>{pages}</Pages><Words>{n_words + 120}</Words>'
           f'<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>{xesc(company)}'
           '</Company><AppVersion>16.0000</AppVersion></Properties>')
    stamp = f"{when[0]:04d}-{when[1]:02d}-{when[2]:02d}T{when[3]:02d}:{when[4]:02d}:00Z"
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xesc(title)}</dc:title>'
            f'<dc:subject>{FICT}</dc:subject><dc:creator>{xesc(company)}</dc:creator><dcterms:created '
            'xsi:type="dcterms:W3CDTF">2025-01-13T09:30:00Z</dcterms:created><dcterms:modified '
            f'xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>')
    zip_parts(path, {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": doc_rels, "word/numbering.xml": numbering,
                     "word/styles.xml": styles, "word/settings.xml": settings, "word/header1.xml": header,
                     "word/footer1.xml": footer, "docProps/app.xml": app, "docProps/core.xml": core}, when)


def styles_xml(font, extra):
    return XML_HEAD + (
        f'<w:styles {WP_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" '
        f'w:eastAsia="{font}" w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" '
        'w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" '
        'w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '</w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/>'
        '<w:color w:val="1F3864"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr>'
        '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing '
        'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Header"/>'
        '</w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default '
        'Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        f'{extra}</w:styles>')


# --------------------------------------------------------------------------
# 3. marginbox.docx: each paragraph number a field result in a text box anchored to the paragraph, in the margin
# --------------------------------------------------------------------------
# items: n_words, or ("MID", n): the box's anchor run after the first sentence
MB_PLAN = [
    ("Introduction", [80, 90, 85]),
    ("Kasia and her family", [110, ("MID", 105), 95]),
    ("What happened", [115, 105, 110, 90]),
    ("What we have learned", [105, ("MID", 110), 100]),
    ("Recommendations", [90, 80]),
]
MB_TITLE = "Child Safeguarding Practice Review: Kasia"
MB_STYLES = styles_xml("Calibri", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="BodyText"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:numPr>'
    '<w:numId w:val="1"/></w:numPr><w:spacing w:before="360" w:after="200"/><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:b/><w:color w:val="7030A0"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>'
    '<w:qFormat/><w:pPr><w:spacing w:after="200"/><w:jc w:val="both"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="MarginNumber"><w:name w:val="Margin Number"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    '<w:jc w:val="right"/></w:pPr><w:rPr><w:b/><w:color w:val="7030A0"/></w:rPr></w:style>'))
MB_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}><w:abstractNum w:abstractNumId="0"><w:nsid w:val="3A6F12C4"/>'
    '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="0C09000F"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def margin_box(k, chapter, seq):
    """A text box in the left margin holding { STYLEREF 1 \\s }.{ SEQ Para \\* ARABIC \\s 1 }, as Word writes a
    text box: DrawingML for Word 2010 on, and a VML copy."""
    inner = wp(field("STYLEREF 1 \\s", str(chapter)) + wr(".") + field("SEQ Para \\* ARABIC \\s 1", str(seq)),
               "MarginNumber")
    rid = 251659264 + k
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{rid}" '
        f'behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1" wp14:anchorId="{0x1A2B3C00 + k:08X}" '
        f'wp14:editId="{0x5E6F7000 + k:08X}"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
        '<wp:posOffset>-647700</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
        '<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="540000" cy="252000"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{k}" name="Text Box {k}"/>'
        '<wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="540000" cy="252000"/></a:xfrm><a:prstGeom prst="rect">'
        '<a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" '
        'wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        + ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           if k == 1 else "")  # Word writes the text box shape type once, with the first box
        + f'<v:shape id="Text Box {k}" o:spid="_x0000_s{1025 + k}" '
        'type="#_x0000_t202" style="position:absolute;margin-left:-51pt;margin-top:0;width:42.5pt;'
        f'height:19.85pt;z-index:{rid};visibility:visible;mso-wrap-style:square;mso-position-horizontal-relative:'
        'text;mso-position-vertical-relative:text" filled="f" stroked="f" strokeweight=".5pt">'
        f'<v:textbox inset="0,0,0,0"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        '<w10:anchorlock/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def make_marginbox(out, pm):
    path = out / "marginbox.docx"
    body = [wp(wr(MB_TITLE), "Title"),
            wp(wr("Ormsgill Bank Safeguarding Children Partnership \u2013 published March 2025")),
            wp(wr(FICT + ". " + INVENTED, "<w:i/>")),
            wp(wr("The paragraph numbers stand in the margin beside each paragraph; the first figure is the "
                  "section, the second the paragraph within it."), "BodyText")]
    result, texts, page, words, box = [], [], 1, {1: 60}, 0
    mids = []
    for ch, (title, items) in enumerate(MB_PLAN, 1):
        body.append(BRK)
        page += 1
        words[page] = 0
        body.append(wp(wr(title), "Heading1"))
        for seq, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            box += 1
            label = f"{ch}.{seq}"
            t = pm.make(n_words, "child")
            if kind == "MID":
                f = first_sentence(t)
                runs = wr(f + " ") + margin_box(box, ch, seq) + wr(t[len(f) + 1:])
                mids.append(label)
            else:
                runs = margin_box(box, ch, seq) + wr(t)
            body.append(wp(runs, "BodyText"))
            words[page] += len(t.split())
            texts.append(t)
            result.append(entry(label, page, t))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            'r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" '
            'w:left="1701" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>')
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    docx_package(path, doc, MB_STYLES, MB_NUMBERING, "CSPR Kasia \u2013 Ormsgill Bank SCP (FICTIONAL)",
                 "CSPR Kasia (FICTIONAL)", "Ormsgill Bank Safeguarding Children Partnership (FICTIONAL)", page,
                 sum(len(t.split()) for t in texts), (2025, 3, 6, 14, 12, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"marginbox.docx: words per page {words}")
    # read back: Word's own numbers for the headings; each body paragraph's number is the result of its box's
    # fields (DrawingML copy and VML copy alike), which must agree with what STYLEREF and SEQ compute; the
    # paragraph's text is its own runs outside the box
    import docx
    from lxml import etree
    ns = {"w": W_NS, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
          "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
          "v": "urn:schemas-microsoft-com:vml"}
    import zipfile
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    got, chapter, seq, pg = [], 0, 0, 1

    def field_results(p):
        out_, in_result = [], False
        for el in p.iter(f"{{{W_NS}}}fldChar", f"{{{W_NS}}}t"):
            if el.tag.endswith("fldChar"):
                in_result = el.get(f"{{{W_NS}}}fldCharType") == "separate"
            else:
                out_.append(el.text)
                if not in_result and el.text != ".":
                    raise AssertionError("marginbox.docx: text outside a field's result")
        return "".join(out_)

    for p in root.find("w:body", ns).findall("w:p", ns):
        style = p.find("w:pPr/w:pStyle", ns)
        style = style.get(f"{{{W_NS}}}val") if style is not None else None
        if p.find(".//w:br[@w:type='page']", ns) is not None:
            pg += 1
        if style == "Heading1":
            chapter, seq = chapter + 1, 0
        if style != "BodyText" or not p.xpath(".//mc:AlternateContent", namespaces=ns):
            continue
        seq += 1
        choice = p.xpath(".//mc:Choice//wps:txbx/w:txbxContent/w:p", namespaces=ns)
        fallback = p.xpath(".//mc:Fallback//v:textbox/w:txbxContent/w:p", namespaces=ns)
        if len(choice) != 1 or len(fallback) != 1:
            raise AssertionError("marginbox.docx: one box, two copies")
        num = field_results(choice[0])
        if num != field_results(fallback[0]) or num != f"{chapter}.{seq}":
            raise AssertionError(f"marginbox.docx: field results {num} for {chapter}.{seq}")
        own = "".join(t.text for t in p.xpath("./w:r/w:t", namespaces=ns))
        got.append([num, pg, own])
    want = [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"marginbox.docx: read back {[(g[0], g[1]) for g in got]}")
    d = docx.Document(str(path))
    body_ps = [p.text for p in d.paragraphs if p.style.name == "Body Text"][1:]
    if body_ps != texts or any(re.match(r"\d", s) for s in body_ps):
        raise AssertionError("marginbox.docx: python-docx's paragraphs")
    return {
        "note": ("A child safeguarding practice review written from a Word template that prints every paragraph's "
                 "number in the LEFT MARGIN from a TEXT BOX anchored to the paragraph: in each 'Body Text' "
                 "paragraph a run holds an mc:AlternateContent whose mc:Choice is a DrawingML text box (wp:anchor, "
                 "positionH relativeFrom 'column' at -647700 EMU, 15 mm wide, no fill, no line, wrapNone, "
                 "locked) and whose mc:Fallback is its VML copy (v:shape, margin-left:-51pt, v:textbox), each "
                 "holding the same w:txbxContent: one 'Margin Number' paragraph (bold purple, right-aligned) built "
                 "from FIELDS, { STYLEREF 1 \\s } (the number of the Heading 1 above: the Heading 1s are numbered "
                 "'%1' by Word numbering), a typed '.', and { SEQ Para \\* ARABIC \\s 1 } (a sequence that starts "
                 "again at every Heading 1), each a complex field with its cached result: '3' '.' '2' prints 3.2. "
                 "The paragraph's own runs hold only its text (python-docx reads no number at all). In paragraphs "
                 f"{' and '.join(mids)} the box's anchor run stands after the first sentence (the box is still "
                 "drawn at the paragraph's top left, beside its first line), so the number comes in the middle of "
                 "the paragraph in the XML; the label is the box's number all the same, and the paragraph's text "
                 "is its own runs in order. The title block, an unnumbered note about the numbering, the headings "
                 "('3  What happened'), the header and the PAGE field footer are no paragraph's text. page = 1 + "
                 "the page breaks (w:br page, each in an empty paragraph before a Heading 1) before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. lettered.docx: sub-paragraphs numbered "%1(%2)" ("5(a)") in the paragraph numbers' column
# --------------------------------------------------------------------------
# items: n_words, or ("SUBS", n, [m, m, m]): a lead-in of n words and sub-paragraphs of m words
LT_PLAN = [
    ("Introduction", [85, 90, 80]),
    ("The residents of Hawkstone Lodge", [110, ("SUBS", 45, [55, 60, 50]), 100]),
    ("The inspection visits", [115, 105, 95]),
    ("What the council knew", [105, ("SUBS", 42, [60, 55]), 110]),
    ("Recommendations", [90, 85]),
]
LT_LEADS = ["The inquiry identified three ways in which the home's own systems failed the residents:",
            "Two things were missed by everyone at the council:"]
LT_XREFS = ["The failure described in paragraph {} was the most serious of them.",
            "As paragraph {} explains, the answer was available throughout."]
LT_TITLE = "The Hawkstone Lodge Inquiry"
LT_STYLES = styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="InquiryPara"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:spacing w:before="360" w:after="200"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>'
    '<w:color w:val="1F3864"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="InquiryPara"><w:name w:val="Inquiry Para"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr>'
    '<w:spacing w:after="200"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="InquirySubpara"><w:name w:val="Inquiry Sub-para"/>'
    '<w:basedOn w:val="InquiryPara"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/>'
    '</w:numPr><w:spacing w:after="120"/></w:pPr></w:style>'))
LT_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}><w:abstractNum w:abstractNumId="2" w15:restartNumberingAfterBreak="0"><w:nsid '
    'w:val="71C45E0A"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="2D5C8A14"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="InquiryPara"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr>'
    '</w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:pStyle w:val="InquirySubpara"/><w:lvlText w:val="%1(%2)"/><w:lvlJc w:val="left"/><w:pPr>'
    '<w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>'
    + "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText '
              f'w:val="(%{k + 1})"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{851 + 567 * (k - 1)}" '
              'w:hanging="567"/></w:pPr></w:lvl>' for k in range(2, 9))
    + '</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num></w:numbering>')


def make_lettered(out, pm):
    path = out / "lettered.docx"
    body = [wp(wr(LT_TITLE), "Title"),
            wp(wr("Report of the independent inquiry into the care of residents at Hawkstone Lodge (FICTIONAL)")),
            wp(wr("Chair: Desmond Achterberg-Laine. Presented to Corrimoor County Council, 2 June 2025.")),
            wp(wr(FICT + ". " + INVENTED, "<w:i/>"))]
    result, texts, page, words = [], [], 1, {1: 60}
    n, leads, xrefs, sub_groups = 0, iter(LT_LEADS), iter(LT_XREFS), []
    for title, items in LT_PLAN:
        body.append(BRK)
        page += 1
        words[page] = 0
        body.append(wp(wr(title), "Heading1"))
        for it in items:
            n += 1
            if isinstance(it, tuple):
                _k, n_lead, subs = it
                lead = pm.make(n_lead, "adult").rstrip(".") + ". " + next(leads)
                body.append(wp(wr(lead), "InquiryPara"))
                texts.append(lead)
                result.append(entry(str(n), page, lead))
                words[page] += len(lead.split())
                group = []
                for j, m in enumerate(subs):
                    lb = f"{n}({'abc'[j]})"
                    t = pm.make(m, "adult")
                    body.append(wp(wr(t), "InquirySubpara"))
                    texts.append(t)
                    result.append(entry(lb, page, t))
                    words[page] += len(t.split())
                    group.append(lb)
                sub_groups.append(group)
                continue
            t = pm.make(it, "adult")
            if sub_groups and n == int(sub_groups[-1][0].split("(")[0]) + 1:
                t = after_first(t, next(xrefs).format(sub_groups[-1][1]))
            body.append(wp(wr(t), "InquiryPara"))
            texts.append(t)
            result.append(entry(str(n), page, t))
            words[page] += len(t.split())
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            'r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>')
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    docx_package(path, doc, LT_STYLES, LT_NUMBERING, LT_TITLE + " \u2013 Report (FICTIONAL)",
                 "The Hawkstone Lodge Inquiry report (FICTIONAL)", "The Hawkstone Lodge Inquiry (FICTIONAL)", page,
                 sum(len(t.split()) for t in texts), (2025, 6, 2, 10, 5, 0))
    check_lengths(path.name, texts)
    if not 10 <= len(result) <= 25:
        raise AssertionError(f"lettered.docx: {len(result)} paragraphs")
    if max(words.values()) > 480:
        raise AssertionError(f"lettered.docx: words per page {words}")
    got = read_lettered(path)
    want = [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"lettered.docx: read back {[(g[0], g[1]) for g in got]}")
    xref_in = [d["label"] for d, t in zip(result, texts, strict=True) if "paragraph" in t and "(" in t.split(
        "paragraph", 1)[1][:6]]
    return {
        "note": ("A public inquiry's report written in Word whose numbering, none of it typed, comes from ONE "
                 "multilevel list (numId 4 -> abstractNum 2) on two custom styles: level 0 '%1.' (decimal) on "
                 "'Inquiry Para' and level 1 '%1(%2)' (lowerLetter) on 'Inquiry Sub-para', both with the same "
                 "hanging indent (left 851, hanging 851 twips), so the sub-paragraphs print WITH THEIR PARENT'S "
                 "NUMBER in the same number column as the paragraphs: a lead-in '5.' ending with a colon, then "
                 f"'5(a)', '5(b)', '5(c)', then '6.' ({'; '.join(', '.join(g) for g in sub_groups)}). The chapter "
                 "headings are unnumbered Heading 1s, so the paragraph numbers run straight through the report. "
                 "Each sub-paragraph is a numbered paragraph of its own, labelled as printed ('5(a)'); its lead-in "
                 "is paragraph '5' (the stop is no part of a label). The paragraph after each group cites one of "
                 f"its sub-paragraphs in its second sentence ({', '.join(xref_in)}: 'paragraph 5(b)'), no number. "
                 "The title block, the headings, the header and the PAGE field footer are no paragraph's text. "
                 "page = 1 + the page breaks (w:br page, each in an empty paragraph before a Heading 1) before the "
                 "paragraph."),
        "paragraphs": result,
    }


def read_lettered(path):
    """[label, page, text] as Word numbers the body: a paragraph's numPr from its style (through w:basedOn) or its
    own; one set of counters per abstractNum; level 1 restarts after level 0; lvlText's %1 and %2 filled in
    (decimal and lowerLetter); the stop after a level 0 number is no part of the label."""
    import zipfile

    from lxml import etree
    W = f"{{{W_NS}}}"
    z = zipfile.ZipFile(path)
    doc, styles, numbering = (etree.fromstring(z.read(f"word/{p}.xml")) for p in ("document", "styles", "numbering"))
    st = {s.get(W + "styleId"): s for s in styles.iter(W + "style")}

    def style_numpr(sid):
        while sid:
            s = st[sid]
            np_ = s.find(f"{W}pPr/{W}numPr")
            if np_ is not None:
                return np_
            b = s.find(W + "basedOn")
            sid = b.get(W + "val") if b is not None else None
        return None

    lvls = {}
    for an in numbering.iter(W + "abstractNum"):
        for lv in an.iter(W + "lvl"):
            lvls[(an.get(W + "abstractNumId"), int(lv.get(W + "ilvl")))] = (
                lv.find(W + "numFmt").get(W + "val"), lv.find(W + "lvlText").get(W + "val"))
    num_to_abs = {n.get(W + "numId"): n.find(W + "abstractNumId").get(W + "val") for n in numbering.iter(W + "num")}
    counters, out, page = {}, [], 1
    for p in doc.find(W + "body").iter(W + "p"):
        if p.find(f".//{W}br[@{W}type='page']") is not None:
            page += 1
        ps = p.find(f"{W}pPr/{W}pStyle")
        sid = ps.get(W + "val") if ps is not None else None
        np_ = p.find(f"{W}pPr/{W}numPr")
        if np_ is None and sid:
            np_ = style_numpr(sid)
        if np_ is None:
            continue
        sid_ilvl = np_.find(W + "ilvl")
        ilvl = int(sid_ilvl.get(W + "val")) if sid_ilvl is not None else 0
        an = num_to_abs[np_.find(W + "numId").get(W + "val")]
        c = counters.setdefault(an, [0] * 9)
        c[ilvl] += 1
        for k in range(ilvl + 1, 9):
            c[k] = 0
        fmt_text = lvls[(an, ilvl)][1]
        for k in range(ilvl + 1):
            fmt = lvls[(an, k)][0]
            v = c[k] if fmt == "decimal" else "abcdefghijklmnopqrstuvwxyz"[c[k] - 1]
            fmt_text = fmt_text.replace(f"%{k + 1}", str(v))
        out.append([fmt_text.rstrip("."), page, "".join(t.text for t in p.iter(W + "t"))])
    return out


# --------------------------------------------------------------------------
# 5. romanol.html: chapters as items of <ol type="I">, paragraphs as nested decimal <ol start="N">
# --------------------------------------------------------------------------
# items: n_words, ("TWO", n) two <p>s, ("ALPHA", n) a lead-in <p>, an <ol type="a"> and a closing <p>, ("H3", title)
# the paragraph list closed for a sub-heading and resumed with start=
RO_PLAN = [
    ("Introduction", [80, 90, 85]),
    ("Early help for the Mensah family", [105, ("TWO", 120), 100]),
    ("The months before the fire", [110, 100, ("H3", "The last fortnight"), 115, 95]),
    ("Agencies working together", [105, ("ALPHA", 90), 100, 95]),
    ("Recommendations", [85, 80]),
]
RO_ALPHA = ["the fire service's home safety visit, which was offered twice and not followed up;",
            "the landlord's inspection of the wiring, which was booked and then cancelled;",
            "the school's concern about the children's tiredness, which was recorded but not shared."]
RO_TITLE = "The Stowick Marsh Inquiry: report"
RO_CSS = """body { font-family: "Segoe UI", Arial, sans-serif; line-height: 1.6; margin: 0; color: #1b1b1b }
.site-header, .site-footer { background: #1d4f6e; color: #fff; padding: 1rem 2rem }
main { max-width: 46rem; margin: 0 auto; padding: 1rem 2rem }
ol.chapters { list-style-type: upper-roman; padding-left: 3.5rem }
ol.chapters > li::marker { font-size: 1.6rem; font-weight: 700; color: #1d4f6e }
ol.chapters > li > h2 { font-size: 1.6rem; color: #1d4f6e; margin: 2rem 0 1rem }
ol.paras { list-style-type: decimal; padding-left: 2.5rem }
ol.paras > li { margin-bottom: 1rem; padding-left: .5rem }
ol.paras > li::marker { font-weight: 700 }
ol.paras ol { list-style-type: lower-alpha }
nav.contents ol { list-style-type: upper-roman }"""


def make_romanol(out, pm):
    path = out / "romanol.html"
    result, texts, chapters, toc = [], [], [], []
    n = 0
    for c_no, (title, items) in enumerate(RO_PLAN, 1):
        cid = f"chapter-{c_no}"
        toc.append(f'<li><a href="#{cid}">{hesc(title)}</a></li>')
        parts = [f'<li id="{cid}">', f"<h2>{hesc(title)}</h2>", f'<ol class="paras" start="{n + 1}">']
        for it in items:
            kind, arg = it if isinstance(it, tuple) else ("PLAIN", it)
            if kind == "H3":
                parts += ["</ol>", f"<h3>{hesc(arg)}</h3>", f'<ol class="paras" start="{n + 1}">']
                continue
            n += 1
            t = pm.make(arg, "child")
            if kind == "TWO":
                a, b = first_sentence(t), t[len(first_sentence(t)) + 1:]
                a = a + " " + " ".join(b.split(" ")[:30])
                b = " ".join(b.split(" ")[30:])
                inner = f"<p>{hesc(a)}</p>\n<p>{hesc(b)}</p>"
                t = a + " " + b
            elif kind == "ALPHA":
                lead = t.rstrip(".") + ". Three chances to reduce the risk were in the hands of different services:"
                close = pm.make(40, "child")
                inner = (f"<p>{hesc(lead)}</p>\n<ol type=\"a\">"
                         + "".join(f"<li>{hesc(x)}</li>" for x in RO_ALPHA) + f"</ol>\n<p>{hesc(close)}</p>")
                t = " ".join([lead, *RO_ALPHA, close])
            else:
                inner = f"<p>{hesc(t)}</p>"
            parts.append(f'<li id="para-{n}">{inner}</li>')
            texts.append(t)
            result.append(entry(str(n), None, t))
        parts += ["</ol>", "</li>"]
        chapters.append("\n".join(parts))
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{hesc(RO_TITLE)} (FICTIONAL) | The Stowick Marsh Inquiry</title>
<style>
{RO_CSS}
</style>
</head>
<body>
<header class="site-header"><a href="/">The Stowick Marsh Inquiry (FICTIONAL)</a>
<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/evidence/">Evidence</a></li>
<li><a href="/hearings/">Hearings</a></li><li><a href="/report/">Report</a></li></ul></nav></header>
<main id="content">
<h1>{hesc(RO_TITLE)}</h1>
<p class="meta">Published 11 April 2025. <em>{hesc(FICT)}. {INVENTED}</em></p>
<section class="foreword">
<h2>Foreword</h2>
<p>On the night of 3 February 2023 a fire at a house in Nettlecombe Rise took the lives of two children. This
report sets out what the agencies knew about the family and what they did, and what must now change.</p>
<p>The chapters of the report are numbered I to V. Its paragraphs are numbered straight through, from 1 to {n}, so
that each can be cited by its number alone.</p>
</section>
<nav class="contents" aria-label="Contents"><h2>Contents</h2>
<ol type="I">{"".join(toc)}</ol></nav>
<ol class="chapters" type="I">
{chr(10).join(chapters)}
</ol>
<section class="glossary">
<h2>Glossary</h2>
<dl><dt>Early help</dt><dd>Support offered to a family before problems become serious.</dd>
<dt>Home safety visit</dt><dd>A visit by the fire service to check smoke alarms and give advice.</dd></dl>
</section>
</main>
<footer class="site-footer"><p>&copy; The Stowick Marsh Inquiry 2025 (FICTIONAL)</p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back as a browser numbers it: each ol.paras counts from its start (1 without one), its li children
    # one each; an ol.chapters item is numbered by its position in roman capitals and holds no paragraph text
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    got, romans = [], []
    for k, ch in enumerate(root.xpath('//ol[@class="chapters"]/li'), 1):
        romans.append(("I", "II", "III", "IV", "V")[k - 1])
        for ol in ch.xpath('./ol[@class="paras"]'):
            v = int(ol.get("start", "1"))
            for li in ol.xpath("./li"):
                got.append([str(v), " ".join(" ".join(li.itertext()).split())])
                v += 1
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want or romans != ["I", "II", "III", "IV", "V"]:
        raise AssertionError(f"romanol.html: read back {[g[0] for g in got]}")
    if root.xpath('//ol[@class="chapters"]')[0].get("type") != "I" or re.search(r"<li[^>]*>\s*(<p>)?\s*\d", page):
        raise AssertionError("romanol.html: markers")
    return {
        "note": ("A public inquiry's web page whose report is ONE ordered list of chapters, <ol class=\"chapters\" "
                 "type=\"I\"> (list-style-type: upper-roman): each chapter an <li> whose first child is its <h2> "
                 "title, so the browser draws the chapter's ROMAN numeral ('II.', large and bold by ::marker) "
                 "beside it, then a nested DECIMAL <ol class=\"paras\" start=\"N\"> whose <li>s are the chapter's "
                 "paragraphs; the start attributes carry the paragraph numbers on from chapter to chapter, 1 to "
                 f"{n}, and no number is typed. The label is the decimal number the browser draws ('7'), never the "
                 "roman chapter numeral. In chapter III the paragraph list is closed for an <h3> sub-heading ('The "
                 "last fortnight') and resumed with start=. One paragraph is two <p>s; one is a lead-in <p>, an <ol "
                 "type=\"a\"> of three lettered items and a closing <p>: all its text. Before the list, an "
                 "unnumbered 'Foreword' (two <p>s, one saying the paragraphs are numbered '1 to N') and a "
                 "'Contents' <ol type=\"I\"> of links to the chapters; after it a glossary <dl>; site header, "
                 "navigation and footer: none of them paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    pm = ParaMaker()
    exp = {}
    exp["sectionsign.pdf"] = make_sectionsign(out, pm)
    exp["partletters.pdf"] = make_partletters(out, pm)
    exp["marginbox.docx"] = make_marginbox(out, pm)
    exp["lettered.docx"] = make_lettered(out, pm)
    exp["romanol.html"] = make_romanol(out, pm)
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
        with tempfile.TemporaryDirectory(prefix="blind36-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
