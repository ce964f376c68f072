"""Blind fixture generator 26: five FICTIONAL review documents, in layouts no earlier round used.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces and
Bitstream Vera TrueType), lxml, python-docx and pdfplumber; no system fonts, no LibreOffice, no network. Every
generator checks its own key with pdfplumber/lxml/python-docx, never with the project's parser.

printproof.pdf  a printer's proof of a safeguarding adults review: each A4 page sits on a larger sheet (MediaBox)
                with 3 mm bleed and a slug area; the CropBox is the trim box, offset from the sheet's origin, so
                crop marks, colour bars and two slug lines ("SAR-AdultD-PRINT-v7.indd  4  ..." and a proof note)
                lie outside what a viewer shows; a teal band bleeds off the top of every page; hanging "2.3" numbers,
                two paragraphs over a page break
softhyphen.pdf  an A5 briefing set in Bitstream Vera (embedded TrueType with a ToUnicode map) in one narrow justified
                column, hyphenated by Word's optional hyphens: every line-end hyphen is the character U+00AD SOFT
                HYPHEN in the text layer (the word is one word); non-breaking hyphens U+2011 in mid-line; bold
                numbers "12" hanging in the margin
customxml.docx  a council template's Word report whose numbered paragraphs ("%1." automatic numbering) are wrapped,
                singly and in pairs, in block-level w:customXml elements (a schema-bound template), names wrapped in
                w:smartTag, and the template's guidance left in as hidden text (w:vanish): whole hidden guidance
                paragraphs between numbered ones and a hidden drafting note at the end of two numbered paragraphs
escaped.md      a report converted to Markdown by an HTML-to-Markdown tool (turndown style): YAML front matter,
                setext headings (underlined with "=" and "-"), typed numbers escaped so as not to be a list
                ("12\\. The ..."), lines hard-wrapped at 80 with lazy continuation, footnote references "[^3]" and
                their definitions, an HTML comment left between paragraphs, a bulleted list after a lead-in
livalue.html    an inquiry's CMS page whose paragraphs are the <li> items of ordered lists: one <ol start="4"> per
                section carrying the numbering on, one list split by a table and resumed with <li value="8">, an
                item holding two <p>s, nested <ol type="a"> and <ol type="i"> items inside paragraphs, a skip link,
                breadcrumbs and "Back to top" links

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without a trailing stop ("12." and "12\\." are 12);
- for HTML ordered lists the number is the one the browser draws (start and value attributes honoured);
- headings, front matter, slug lines and marks outside the crop box, running heads and footers, footnote
  references and definitions, HTML comments, navigation and hidden (w:vanish) text are no paragraph's text;
  lettered and roman items, bullets after a lead-in, and a second <p> in a list item are that paragraph's text;
- a word broken at a line end by a soft hyphen is one word ("safeguarding", not "safe guarding");
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML and Markdown: null.
"""
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
    from blindkit.draw import register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import ListFlow as Flow  # type: ignore
    from blindkit.keys import entry  # type: ignore
    from blindkit.markup import hesc, xesc, zip_parts  # type: ignore
    from blindkit.pdfread import pdf_pages, seq_in, words_of  # type: ignore
    from text import ParaMaker, contains_seq, norm  # type: ignore
else:
    from ..blindkit.draw import register_fonts, sw, wrap
    from ..blindkit.flow import ListFlow as Flow
    from ..blindkit.keys import entry
    from ..blindkit.markup import hesc, xesc, zip_parts
    from ..blindkit.pdfread import pdf_pages, seq_in, words_of
    from .text import ParaMaker, contains_seq, norm

FICT = "FICTIONAL \u2013 for software testing"
A4 = (595.28, 841.89)
A5 = (419.53, 595.28)
T1_FACES = {"ArialMT": "_a______", "Arial-BoldMT": "_ab_____", "Arial-ItalicMT": "_ai_____",
            "TimesNewRomanPSMT": "_er_____", "TimesNewRomanPS-BoldMT": "_eb_____"}
TT_FACES = {"Vera": "Vera.ttf", "Vera-Bold": "VeraBd.ttf", "Vera-Italic": "VeraIt.ttf"}
SHY, NBH = "\u00ad", "\u2011"


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
    c = Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(info["Title"])
    c.setAuthor(info["Author"])
    c.setSubject(FICT)
    c.setCreator(info["Creator"])
    c.setProducer(info["Producer"])
    return c


# --------------------------------------------------------------------------
# 1. printproof.pdf: a printer's proof, the CropBox the trim box inside a larger sheet with marks and slug lines
# --------------------------------------------------------------------------
PP_PLAN = [
    ("1", "Introduction", [80, 95]),
    ("2", "Adult D and her circumstances", [130, 115, 140]),
    ("3", "Key episodes", [150, 120, 135, 110]),
    ("4", "Findings and learning", [125, 105, 95]),
]
PP_TITLE = "Safeguarding Adults Review: Adult D"
SLUG = 42.52  # 15 mm of slug and marks round the trim box
BLEED = 8.5


def make_printproof(out, pm):
    path = out / "printproof.pdf"
    A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
    TR = "TimesNewRomanPSMT"
    FS, LEAD = 10.5, 14.0
    NX, TX, R = 70.0, 106.0, 525.0  # trim-box coordinates
    TOP, BOTTOM = 730.0, 78.0
    teal = (0.0, 0.42, 0.45)
    fl = Flow(TOP, BOTTOM, first_top=600.0)
    result, texts, firsts = [], [], []
    for num, title, items in PP_PLAN:
        rows = [(20.0, 20.0, lambda c, y, s=f"{num}. {title}": (c.setFont(AB, 13), c.setFillColorRGB(*teal),
                                                                  c.drawString(TX, y, s), c.setFillColorRGB(0, 0, 0)))]
        for k, n_words in enumerate(items, 1):
            label = f"{num}.{k}"
            t = pm.make(n_words, "adult")
            texts.append(t)
            prow = []
            for i, ln in enumerate(wrap(t.split(), R - TX, lambda s: sw(s, TR, FS))):
                def draw(c, y, ln=ln, first=i == 0, label=label):
                    c.setFont(TR, FS)
                    if first:
                        c.drawString(NX, y, label)
                    c.drawString(TX, y, " ".join(ln))
                prow.append((8.0 if i == 0 else 0.0, LEAD, draw))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            firsts.append(placed[0])
            result.append(entry(label, placed[0][0], t))
    n = len(fl.pages)
    W, H = A4[0] + 2 * SLUG, A4[1] + 2 * SLUG
    c = new_canvas(path, {"Title": PP_TITLE + " \u2013 print proof (FICTIONAL)",
                          "Author": "Hollin Vale Safeguarding Adults Board (FICTIONAL)",
                          "Creator": "Adobe InDesign 19.2 (Windows)", "Producer": "Adobe PDF Library 17.0"}, (W, H))
    for i, rows in enumerate(fl.pages, 1):
        c.setCropBox((SLUG, SLUG, SLUG + A4[0], SLUG + A4[1]))
        c.setTrimBox((SLUG, SLUG, SLUG + A4[0], SLUG + A4[1]))
        c.setBleedBox((SLUG - BLEED, SLUG - BLEED, SLUG + A4[0] + BLEED, SLUG + A4[1] + BLEED))
        # outside the trim: crop marks, a colour bar and two slug lines
        c.saveState()
        c.setLineWidth(0.25)
        for x in (SLUG, SLUG + A4[0]):
            c.line(x, 2, x, SLUG - BLEED - 3)
            c.line(x, H - 2, x, H - SLUG + BLEED + 3)
        for y in (SLUG, SLUG + A4[1]):
            c.line(2, y, SLUG - BLEED - 3, y)
            c.line(W - 2, y, W - SLUG + BLEED + 3, y)
        for j, rgb in enumerate([(0, 1, 1), (1, 0, 1), (1, 1, 0), (0, 0, 0), (0.5, 0.5, 0.5)]):
            c.setFillColorRGB(*rgb)
            c.rect(SLUG + 150 + 14 * j, H - 16, 12, 10, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(A, 7)
        c.drawString(SLUG, 14, f"SAR-AdultD-PRINT-v7.indd   {i}   14/03/2025   10:42:{10 + i:02d}")
        c.drawString(SLUG + 260, H - 14, f"PROOF 3 \u2013 colour checked \u2013 sheet {i} of {n} \u2013 FICTIONAL")
        c.restoreState()
        c.saveState()
        c.translate(SLUG, SLUG)
        c.setFillColorRGB(*teal)
        c.rect(-BLEED, A4[1] - 52, A4[0] + 2 * BLEED, 52 + BLEED, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(AB, 9)
        c.drawString(TX, A4[1] - 32, "Hollin Vale Safeguarding Adults Board \u2013 FICTIONAL")
        c.setFillColorRGB(0, 0, 0)
        if i == 1:
            c.setFont(AB, 22)
            c.setFillColorRGB(*teal)
            c.drawString(TX, 720, PP_TITLE)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(A, 12)
            c.drawString(TX, 694, "Overview report, published March 2025 (FICTIONAL)")
            c.setFont(AI, 9)
            c.drawString(TX, 676, FICT + ". Every person, place and service named here is invented.")
            c.drawString(TX, 662, "Author: an independent reviewer (FICTIONAL).")
        for draw, y in rows:
            draw(c, y)
        c.setFont(A, 8.5)
        s = f"Page {i}"
        c.drawString(R - sw(s, A, 8.5), 40, s)
        c.drawString(TX, 40, "SAR Adult D \u2013 overview report")
        c.restoreState()
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    import pdfplumber
    with pdfplumber.open(path) as pl:
        pages = [list(p.chars) for p in pl.pages]
        if any([round(v, 2) for v in p.cropbox] != [round(SLUG, 2), round(SLUG, 2), round(SLUG + A4[0], 2),
                                                     round(SLUG + A4[1], 2)] for p in pl.pages):
            raise AssertionError("printproof.pdf: crop box")
    if len(pages) != n or not 3 <= n <= 8:
        raise AssertionError(f"printproof.pdf: {n} pages")

    def body(ch):
        return ch["fontname"].endswith("TimesNewRomanPSMT") and SLUG + BOTTOM - 1 <= ch["matrix"][5] <= SLUG + TOP + 1

    pw = [words_of(p, body) for p in pages]
    allw = [w for p in pw for w in p]
    crossing = 0
    for d, t, (p0, _y) in zip(result, texts, firsts, strict=True):
        seq_in(allw, t, path.name, d["label"])
        if not contains_seq(pw[p0 - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"printproof.pdf: starts_with of {d['label']}")
        crossing += not contains_seq(pw[p0 - 1], norm(d["ends_with"]))
    if not 1 <= crossing <= 4:
        raise AssertionError(f"printproof.pdf: {crossing} paragraphs across a page break")
    if not any("indd" in "".join(ch["text"] for ch in p) for p in pages):
        raise AssertionError("printproof.pdf: slug line")
    return {
        "note": ("A printer's proof: every page is an A4 trim box inside a larger sheet (MediaBox 680 x 927 pt); the "
                 "CropBox (and TrimBox) is the A4 page, offset 42.5 pt from the sheet's origin, so a viewer shows "
                 "only the A4 page. Outside it (not shown, not paragraphs): crop marks, a row of colour patches and "
                 "two slug lines ('SAR-AdultD-PRINT-v7.indd   3   14/03/2025 ...' at the foot, 'PROOF 3 \u2013 "
                 "colour checked \u2013 sheet 3 of 5' at the head). A teal band bleeds off the top of each page "
                 "with the board's name in white (a running head). Paragraphs are numbered '2.3' hanging left of "
                 "the text (Times 10.5 pt) under bold teal headings '2. Adult D and her circumstances' (headings); "
                 "some run over a page break. 'Page N' footer and the footer title are not paragraphs. Pages are "
                 "physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. softhyphen.pdf: A5, narrow justified column, line-end hyphens are U+00AD in the text layer
# --------------------------------------------------------------------------
SH_PLAN = [
    ("Why this briefing", [60, 70]),
    ("What happened", [90, 85, 95, 80]),
    ("What needs to change", [85, 90, 75]),
    ("Next steps", [65, 60]),
]
SH_TITLE = "Seven-minute briefing: Child M"


def hyphen_split(word, room, measure):
    """Word's optional hyphen at the line end: the longest prefix (4+ letters, 3+ left) that fits with its hyphen."""
    core = re.match(r"[A-Za-z]+", word)
    if not core or len(core.group(0)) < 8 or core.group(0) != word.rstrip(".,;:"):
        return None
    letters = core.group(0)
    for k in range(len(letters) - 3, 3, -1):
        if measure(word[:k] + "-") <= room:
            return word[:k], word[k:]
    return None


def make_softhyphen(out, pm):
    path = out / "softhyphen.pdf"
    V, VB, VI = "Vera", "Vera-Bold", "Vera-Italic"
    FS, LEAD = 9.5, 13.0
    NX, TX, R = 40.0, 66.0, 372.0
    TOP, BOTTOM = 540.0, 60.0

    def measure(s):
        return sw(s.replace(SHY, "-"), V, FS)

    fl = Flow(TOP, BOTTOM, first_top=450.0)
    result, texts, firsts, hits = [], [], [], 0
    num = 0
    for title, items in SH_PLAN:
        rows = [(14.0, 16.0, lambda c, y, s=title: (c.setFont(VB, 11), c.setFillColorRGB(0.45, 0.1, 0.3),
                                                      c.drawString(TX, y, s), c.setFillColorRGB(0, 0, 0)))]
        for n_words in items:
            num += 1
            label = str(num)
            t = pm.make(n_words, "child")
            # a compound written with Word's non-breaking hyphen in mid-line: one word with a hyphen
            t = t.replace("multi-agency", "multi" + NBH + "agency")
            words = t.split()
            lines, cur = [], []
            for w in words:
                if not cur or measure(" ".join([*cur, w])) <= R - TX:
                    cur.append(w)
                    continue
                sp = hyphen_split(w, R - TX - measure(" ".join(cur) + " "), measure)
                if sp:
                    cur.append(sp[0] + SHY)
                    lines.append(cur)
                    cur = [sp[1]]
                else:
                    lines.append(cur)
                    cur = [w]
            lines.append(cur)
            shown_first8 = " ".join(" ".join(ln) for ln in lines)
            first8 = shown_first8.split()[:9]
            last6 = shown_first8.split()[-7:]
            hits += any(SHY in w for w in first8[:-1]) or any(SHY in w for w in last6[:-1])
            texts.append(t)
            prow = []
            for i, ln in enumerate(lines):
                last = i == len(lines) - 1

                def draw(c, y, ln=ln, first=i == 0, last=last, label=label):
                    s = " ".join(ln)
                    if first:
                        c.setFont(VB, FS)
                        c.setFillColorRGB(0.45, 0.1, 0.3)
                        c.drawString(NX, y, label)
                        c.setFillColorRGB(0, 0, 0)
                    tx = c.beginText()
                    tx.setTextOrigin(TX, y)
                    tx.setFont(V, FS)
                    if not last and len(ln) > 1:
                        tx.setWordSpace((R - TX - measure(s)) / (len(ln) - 1))
                    tx.textOut(s)
                    c.drawText(tx)
                prow.append((7.0 if i == 0 else 0.0, LEAD, draw))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            firsts.append(placed[0])
            result.append(entry(label, placed[0][0], t))
    n = len(fl.pages)
    c = new_canvas(path, {"Title": SH_TITLE + " (FICTIONAL)", "Author": "Marrick Safeguarding Partnership (FICTIONAL)",
                          "Creator": "Microsoft\u00ae Word for Microsoft 365",
                          "Producer": "Microsoft\u00ae Word for Microsoft 365"}, A5)
    for i, rows in enumerate(fl.pages, 1):
        if i == 1:
            c.setFont(VB, 16)
            c.setFillColorRGB(0.45, 0.1, 0.3)
            c.drawString(TX, 520, SH_TITLE)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(V, 9.5)
            c.drawString(TX, 500, "Marrick Safeguarding Partnership \u2013 learning briefing")
            c.setFont(VI, 7.5)
            c.drawString(TX, 484, FICT + ".")
            c.drawString(TX, 474, "Every person, place and service named here is invented.")
        for draw, y in rows:
            draw(c, y)
        c.setFont(V, 7.5)
        s = f"{i}"
        c.drawString((A5[0] - sw(s, V, 7.5)) / 2, 30, s)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pages = pdf_pages(path)
    if len(pages) != n or not 3 <= n <= 8:
        raise AssertionError(f"softhyphen.pdf: {n} pages")
    if hits < 4:
        raise AssertionError(f"softhyphen.pdf: only {hits} paragraphs with a soft hyphen in their key words")
    if not any(ch["text"] == SHY for p in pages for ch in p):
        raise AssertionError("softhyphen.pdf: no U+00AD in the text layer")

    def body(ch):
        return ch["fontname"].endswith("VeraSans-Roman") and BOTTOM - 1 <= ch["matrix"][5] <= TOP + 1

    from pdfplumber.utils import extract_text
    pw = []
    for p in pages:  # a soft hyphen and the line break after it are no break in the word
        s = extract_text([ch for ch in p if body(ch)], x_tolerance=3) or ""
        pw.append(norm(re.sub(SHY + r"\n", "", s).replace(NBH, "-")))
    allw = [w for p in pw for w in p]
    for d, t, (p0, _y) in zip(result, texts, firsts, strict=True):
        seq_in(allw, t.replace(NBH, "-"), path.name, d["label"])
        if not contains_seq(pw[p0 - 1], norm(d["starts_with"])):
            raise AssertionError(f"softhyphen.pdf: starts_with of {d['label']}")
    return {
        "note": ("An A5 seven-minute briefing exported from Word with automatic hyphenation: one narrow justified "
                 "column of Bitstream Vera 9.5 pt (an embedded TrueType subset with a ToUnicode map). Every hyphen "
                 "at a line end is Word's optional hyphen, written in the text layer as U+00AD SOFT HYPHEN (drawn "
                 "as a hyphen): the word is one word, 'safeguarding' not 'safe guarding' (several paragraphs break "
                 "a word among their first eight or last six words). Compounds joined by a non-breaking hyphen "
                 "(U+2011) stand in mid-line. Paragraphs are numbered straight through, '12' bold plum hanging "
                 "in the margin, under unnumbered bold plum headings; some paragraphs run over a page break. The "
                 "centred page number at the foot is not a paragraph. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. customxml.docx: numbered paragraphs inside block-level w:customXml, smart tags, hidden template guidance
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CX_URI = "http://schemas.hollinvale.example/reports/practice-review/2019"
# items: int (a plain numbered paragraph), ("CX", n) wrapped alone in a customXml element, ("CX2", n, m) two
# numbered paragraphs in one customXml element, ("NOTE", n) a hidden drafting note at its end, "GUIDE" a hidden
# unnumbered guidance paragraph
CX_PLAN = [
    ("Introduction", [("CX", 70), "GUIDE", 80]),
    ("Background", [("CX2", 95, 90), ("NOTE", 100), "GUIDE", ("CX", 85)]),
    ("Analysis", [110, ("CX", 95), "GUIDE", ("NOTE", 105), ("CX2", 90, 80)]),
    ("Recommendations", [("CX", 75), 70]),
]
CX_GUIDES = ["[Template guidance: summarise here why the review was commissioned and by whom. Delete this text "
             "before publication.]",
             "[Template guidance: each agency's involvement should be described in date order, with the source of "
             "the information. Delete before publication.]",
             "[Template guidance: analysis must address each term of reference in turn. Delete before "
             "publication.]"]
ITALIC = "<w:rPr><w:i/></w:rPr>"
CX_TITLE_GUIDE = "[Template guidance: the title page must carry the partnership logo.]"
CX_NOTES = [" [CHECK: confirm date with police before sign-off]", " [CHECK: agency to verify wording]"]
CX_STYLES = XML_HEAD + (
    '<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
    'w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\n'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:qFormat/><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>'
    '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="30"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="NumberedPara"><w:name w:val="Numbered Para"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Guidance"><w:name w:val="Template Guidance"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:i/><w:vanish/><w:color w:val="C00000"/></w:rPr></w:style>\n'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\n'
    '</w:styles>\n').replace("{W}", W_NS)
CX_NUMBERING = XML_HEAD + (
    '<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num></w:numbering>\n').replace("{W}", W_NS)
CX_CT = XML_HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="{CT}styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="{CT}numbering+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="{CT}settings+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>\n').replace("{CT}", CT_WML)
CX_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId2" Type="{P}/metadata/core-properties" '
    'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{D}/officeDocument" Target="word/document.xml"/>'
    '</Relationships>\n').replace("{P}", PKG_REL).replace("{D}", DOC_REL)
CX_DOC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{D}/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="{D}/settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="{D}/numbering" Target="numbering.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
CX_SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:attachedSchema w:val="{U}"/><w:characterSpacingControl w:val="doNotCompress"/></w:settings>\n'
).replace("{W}", W_NS).replace("{U}", CX_URI)
CX_CORE = XML_HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Practice review: Child R (FICTIONAL)</dc:title>'
    '<dc:subject>{F}</dc:subject><dc:creator>Hollin Vale Council (FICTIONAL)</dc:creator>'
    '<cp:revision>12</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-10-01T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-11-18T15:10:00Z</dcterms:modified>'
    '</cp:coreProperties>\n').replace("{F}", FICT)
CX_TAGGED = ["Hollin Vale", "Redbridge Lane", "Marrick"]


def cx_run(s, rpr=""):
    sp = ' xml:space="preserve"' if s != s.strip() else ""
    return f"<w:r>{rpr}<w:t{sp}>{xesc(s)}</w:t></w:r>"


def cx_runs(t):
    """The paragraph's runs, a place name (if any) wrapped in a smart tag."""
    for name in CX_TAGGED:
        i = t.find(name)
        if i >= 0:
            return (cx_run(t[:i]) + f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
                    f'w:element="place">{cx_run(name)}</w:smartTag>' + cx_run(t[i + len(name):]))
    return cx_run(t)


def make_customxml(out, pm):
    path = out / "customxml.docx"
    num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr>'

    def npara(t, note=""):
        hidden = cx_run(note, "<w:rPr><w:vanish/><w:color w:val=\"C00000\"/></w:rPr>") if note else ""
        return f'<w:p><w:pPr><w:pStyle w:val="NumberedPara"/>{num}</w:pPr>{cx_runs(t)}{hidden}</w:p>'

    def cx(element, inner):
        return (f'<w:customXml w:uri="{CX_URI}" w:element="{element}"><w:customXmlPr><w:attr w:name="status" '
                f'w:val="final"/></w:customXmlPr>{inner}</w:customXml>')

    body = [f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{cx_run("Practice Review: Child R")}</w:p>',
            f"<w:p>{cx_run('Hollin Vale Safeguarding Children Partnership (FICTIONAL), November 2024')}</w:p>",
            f'<w:p>{cx_run(FICT + ". Every person, place and service named here is invented.", ITALIC)}</w:p>',
            f'<w:p><w:pPr><w:pStyle w:val="Guidance"/></w:pPr>{cx_run(CX_TITLE_GUIDE)}</w:p>']
    got_pages, texts, page, words = [], [], 1, {}
    guides, notes = iter(CX_GUIDES), iter(CX_NOTES)
    place = iter(range(99))
    for title, items in CX_PLAN:
        body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        page += 1
        words.setdefault(page, 0)
        body.append(cx("sectionHeading", f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{cx_run(title)}</w:p>'))
        for it in items:
            if it == "GUIDE":
                body.append(f'<w:p><w:pPr><w:pStyle w:val="Guidance"/><w:rPr><w:vanish/></w:rPr></w:pPr>'
                            f"{cx_run(next(guides))}</w:p>")
                continue
            made = []
            k = next(place)
            kind = it[0] if isinstance(it, tuple) else "PLAIN"
            sizes = it[1:] if isinstance(it, tuple) else (it,)
            for n_words in sizes:
                t = pm.make(n_words, "child")
                if k % 3 == 0:  # a place name among the first words, in a smart tag
                    t = f"In {CX_TAGGED[k % len(CX_TAGGED)]}, {t[0].lower()}{t[1:]}"
                made.append(t)
            if kind == "NOTE":
                body.append(npara(made[0], next(notes)))
            elif kind in ("CX", "CX2"):
                body.append(cx("finding", "".join(npara(t) for t in made)))
            else:
                body.append(npara(made[0]))
            for t in made:
                texts.append(t)
                got_pages.append(page)
                words[page] += len(t.split())
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
    doc = (f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}{sect}</w:body>'
           "</w:document>")
    result = [entry(str(i), p, t) for i, (p, t) in enumerate(zip(got_pages, texts, strict=True), 1)]
    zip_parts(path, {"[Content_Types].xml": CX_CT, "_rels/.rels": CX_RELS, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": CX_DOC_RELS, "word/styles.xml": CX_STYLES,
                     "word/numbering.xml": CX_NUMBERING, "word/settings.xml": CX_SETTINGS,
                     "docProps/core.xml": CX_CORE}, (2024, 11, 18, 15, 10, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"customxml.docx: words per page {words}")
    import docx
    from lxml import etree
    d = docx.Document(str(path))
    direct = [p.text for p in d.paragraphs]
    if sum(t in direct for t in texts) >= len(texts):
        raise AssertionError("customxml.docx: no paragraph is inside a customXml element")
    W = f"{{{W_NS}}}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    got, pgc = [], 1
    for p in root.iter(W + "p"):
        pgc += len(p.findall(f".//{W}br[@{W}type='page']"))
        ppr = p.find(W + "pPr")
        if ppr is None or ppr.find(W + "numPr") is None:
            continue
        txt = "".join(t.text for r in p.iter(W + "r") if r.find(f"{W}rPr/{W}vanish") is None
                      for t in r.iter(W + "t"))
        got.append([str(len(got) + 1), pgc, txt])
    want = [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"customxml.docx: read back {[(g[0], g[1], g[2][:30]) for g in got]}")
    if root.findall(f".//{W}customXml//{W}numPr") == [] or len(root.findall(f".//{W}smartTag")) < 3:
        raise AssertionError("customxml.docx: custom XML and smart tags")
    return {
        "note": ("A council template's practice review (Arial 11 pt) from a schema-bound Word template: the numbered "
                 "paragraphs (style 'Numbered Para', Word automatic numbering '%1.' straight through, label 1, 2, "
                 "...) are many of them wrapped in block-level <w:customXml w:element=\"finding\"> elements, one "
                 "or two paragraphs to an element, and each Heading 1 (unnumbered) in a <w:customXml "
                 "w:element=\"sectionHeading\">; place names in the first words are wrapped in <w:smartTag>. The "
                 "template's guidance is left in as hidden text (w:vanish, style 'Template Guidance', red italic): "
                 "whole hidden paragraphs '[Template guidance: ... Delete before publication.]' after numbered "
                 "paragraphs, and a hidden drafting note ' [CHECK: ...]' at the end of two numbered paragraphs. "
                 "Hidden text is not printed and is no paragraph's text. Each section starts after a page break; "
                 "pages are counted from explicit breaks: page = 1 + the page breaks before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. escaped.md: an HTML-to-Markdown conversion with escaped typed numbers, setext headings and front matter
# --------------------------------------------------------------------------
EM_PLAN = [
    ("Introduction", [70, ("FN", 85)]),
    ("The family and the services", [105, ("COMMENT", 90), ("BULLETS",), 95]),
    ("Analysis", [("FN", 110), 100, ("NUMWRAP", 90), 85]),
    ("Recommendations", [75, ("FN", 70)]),
]
EM_BULLETS = ["the GP practice, which had the mother\u2019s history of depression on record;",
              "the school, which knew of the younger child\u2019s absences;",
              "the housing association, which had logged three complaints about noise."]


def md_wrap(text, width=80):
    """Hard wrap at 80; a line must not start like a list item, a heading or a quotation, so such words stay put."""
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    for ln in lines[1:]:
        if re.match(r"(\d+[.)]\s|[-*+>#]\s|=+$|-+$)", ln):
            raise AssertionError(f"escaped.md: a continuation line reads as markup: {ln!r}")
    return lines


def make_escaped(out, pm):
    path = out / "escaped.md"
    lines = ["---", 'title: "Learning Review: Child S (FICTIONAL)"', "author: Marrick Safeguarding Partnership",
             "date: 2025-04-02", "tags: [learning review, neglect, fictional]",
             "description: \"1. Overview of a review. FICTIONAL.\"", "---", "",
             "Learning Review: Child S", "========================", "",
             f"_{FICT}. Every person, place and service named here is invented._", "",
             "[Skip to recommendations](#recommendations)", ""]
    result, texts, num, fns = [], [], 0, []
    for title, items in EM_PLAN:
        lines += [title, "-" * len(title), ""]
        for it in items:
            num += 1
            label = str(num)
            kind = it[0] if isinstance(it, tuple) else "PLAIN"
            if kind == "BULLETS":
                a = pm.make(50, "child").rstrip(".") + ". Three services each held part of the picture:"
                lines += md_wrap(f"{label}\\. {a}") + [""] + [f"*   {b}" for b in EM_BULLETS] + [""]
                t = " ".join([a, *EM_BULLETS])
            else:
                t = pm.make(it if kind == "PLAIN" else it[1], "child")
                shown = t
                if kind == "FN":  # a footnote reference after the first sentence's full stop
                    ws = t.split()
                    i = next(j for j, w in enumerate(ws[8:-8], 8) if w.endswith("."))
                    fns.append(f"Agency chronology, received {3 + len(fns)} February 2025.")
                    ws[i] += f"[^{len(fns)}]"
                    shown = " ".join(ws)
                if kind == "NUMWRAP":  # a hard line break (backslash) inside the paragraph, as turndown writes <br>
                    ws = t.split()
                    i = next(j for j, w in enumerate(ws[12:-12], 12) if w.endswith("."))
                    part1 = md_wrap(f"{label}\\. " + " ".join(ws[:i + 1]))
                    part1[-1] += "\\"
                    lines += part1 + md_wrap(" ".join(ws[i + 1:])) + [""]
                else:
                    lines += [*md_wrap(f"{label}\\. {shown}"), ""]
                if kind == "COMMENT":
                    lines += ["<!-- TODO (editor): check paragraph numbering against the PDF before go-live -->", ""]
            texts.append(t)
            result.append(entry(label, None, t))
        lines += ["[Back to top](#learning-review-child-s)", ""]
    lines += ["* * *", ""]
    for i, f in enumerate(fns, 1):
        lines += [f"[^{i}]: {f}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    from markdown_it import MarkdownIt
    src = path.read_text(encoding="utf-8")
    html = MarkdownIt("commonmark").render(src[src.index("\n---\n") + 5:])  # after the front matter
    if "<ol" in html or html.count("<h2>") != len(EM_PLAN):
        raise AssertionError("escaped.md: an escaped number read as a list, or a heading lost")
    plain = norm(re.sub(r"<[^>]+>", " ", html.replace("\\", "")))
    for d, t in zip(result, texts, strict=True):
        if not contains_seq(plain, norm(d["label"] + " " + t.split()[0])):
            raise AssertionError(f"escaped.md: paragraph {d['label']}")
    return {
        "note": ("A learning review converted to Markdown by an HTML-to-Markdown tool (turndown style). YAML front "
                 "matter between '---' lines (title, author, date, tags, a description that begins '1.'): metadata, "
                 "no paragraph. Headings are setext: the title underlined with '=', sections underlined with '-'. "
                 "Paragraphs begin with their typed number escaped so it is not read as a list, '12\\. The ...' "
                 "(label 12, straight through), and are hard-wrapped at 80 characters with continuation lines flush "
                 "left; one has a backslash hard line break in mid-paragraph (the paragraph goes on). Three carry a "
                 "footnote reference '[^2]' after a full stop; the definitions '[^2]: Agency chronology ...' after a "
                 "'* * *' rule at the end are notes, not paragraphs. An HTML comment '<!-- TODO ... -->' after one "
                 "paragraph is no text. Paragraph 5 ends with a lead-in and three '*   ' bullets, which are its "
                 "text. '[Skip to recommendations]' and '[Back to top]' links are navigation. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. livalue.html: paragraphs as <li> of ordered lists with start= and value=, nested lettered and roman lists
# --------------------------------------------------------------------------
LV_PLAN = [
    ("Section 1: About this review", [75, 80, 70]),
    ("Section 2: What happened", [95, ("ALPHA",), 100, ("TWOP",), "TABLE", 90, 85]),
    ("Section 3: What we learned", [110, ("ROMAN",), 95]),
    ("Section 4: Recommendations", [70, 75]),
]
LV_ALPHA = ["a referral from the school about Jamie\u2019s weight loss;",
            "a call from a neighbour to the police about shouting at night; and",
            "a missed appointment at the community paediatric clinic."]
LV_ROMAN = ["who was responsible for seeing the children alone;",
            "how the views of the father were to be gathered; and",
            "when the plan would be reviewed if nothing changed."]


def make_livalue(out, pm):
    path = out / "livalue.html"
    parts, result, texts, num = [], [], [], 0
    for title, items in LV_PLAN:
        sid = re.sub(r"[^a-z]+", "-", title.lower()).strip("-")
        parts.append(f'<h2 id="{sid}">{hesc(title)}</h2>')
        lis, open_start = [], num + 1

        def flush(lis=lis, start_attr=None):
            if lis:
                attr = f' start="{start_attr}"' if start_attr and start_attr != 1 else ""
                parts.append(f'<ol class="numbered-paragraphs"{attr}>\n' + "\n".join(lis) + "\n</ol>")
                lis.clear()

        resumed = None
        for it in items:
            if it == "TABLE":
                flush(start_attr=open_start)
                parts.append('<figure class="table"><table><caption>Table 1: Contacts with services, 2023 to 2024'
                             '</caption><thead><tr><th>Agency</th><th>Contacts</th><th>Home visits</th></tr></thead>'
                             '<tbody><tr><td>Health visiting</td><td>7</td><td>4</td></tr><tr><td>School</td>'
                             '<td>12</td><td>0</td></tr><tr><td>Children\u2019s social care</td><td>5</td><td>3</td>'
                             '</tr></tbody></table></figure>')
                resumed = num + 1
                continue
            num += 1
            label = str(num)
            value = f' value="{num}"' if resumed == num else ""
            kind = it[0] if isinstance(it, tuple) else "PLAIN"
            if kind == "ALPHA":
                a = pm.make(45, "child").rstrip(".") + ". In the same fortnight there were three signals:"
                b = pm.make(40, "child")
                li = (f'<li id="para-{num}"{value}><p>{hesc(a)}</p>\n<ol type="a">'
                      + "".join(f"<li>{hesc(x)}</li>" for x in LV_ALPHA) + f"</ol>\n<p>{hesc(b)}</p></li>")
                t = " ".join([a, *LV_ALPHA, b])
            elif kind == "ROMAN":
                a = pm.make(50, "child").rstrip(".") + ". The plan did not say:"
                li = (f'<li id="para-{num}"{value}><p>{hesc(a)}</p>\n<ol type="i">'
                      + "".join(f"<li>{hesc(x)}</li>" for x in LV_ROMAN) + "</ol></li>")
                t = " ".join([a, *LV_ROMAN])
            elif kind == "TWOP":
                a, b = pm.make(55, "child"), pm.make(50, "child")
                li = f'<li id="para-{num}"{value}><p>{hesc(a)}</p>\n<p>{hesc(b)}</p></li>'
                t = a + " " + b
            else:
                t = pm.make(it, "child")
                li = f'<li id="para-{num}"{value}><p>{hesc(t)}</p></li>'
            lis.append(li)
            texts.append(t)
            result.append(entry(label, None, t))
        # the list resumed after the table keeps its own value= on its first item, so no start= is needed
        flush(start_attr=None if resumed else open_start)
        parts.append('<p class="back-to-top"><a href="#top">Back to top</a></p>')
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Child Safeguarding Practice Review: Jamie (FICTIONAL) | Redbridge Lane Safeguarding Partnership</title>
<style>
ol.numbered-paragraphs {{ padding-left: 3em; }}
ol.numbered-paragraphs > li {{ margin-bottom: 1em; }}
ol.numbered-paragraphs > li::marker {{ font-weight: bold; }}
</style>
</head>
<body id="top">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a href="/">Redbridge Lane Safeguarding Partnership</a>
<nav><ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/reviews">Practice reviews</a></li>
<li>Jamie</li></ol></nav></header>
<main id="main">
<h1>Child Safeguarding Practice Review: Jamie</h1>
<p class="lede"><em>{FICT}. Every person, place and service named here is invented.</em></p>
{body}
</main>
<footer><ol class="footer-links"><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a>
</li></ol><p>&copy; 2025 Redbridge Lane Safeguarding Partnership (FICTIONAL)</p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back as a browser numbers the lists: start= and value= honoured, only the top-level paragraph lists
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    got = []
    for ol in root.iter("ol"):
        if ol.get("class") != "numbered-paragraphs":
            continue
        n = int(ol.get("start", "1"))
        for li in ol.findall("li"):
            n = int(li.get("value", n))
            got.append([str(n), " ".join(" ".join(li.itertext()).split())])
            n += 1
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"livalue.html: read back {[g[0] for g in got]}")
    if 'value="' not in page or 'start="' not in page:
        raise AssertionError("livalue.html: start= and value=")
    return {
        "note": ("A partnership's CMS page of a practice review whose numbered paragraphs are the items of ordered "
                 "lists (<ol class=\"numbered-paragraphs\"><li id=\"para-7\"><p>...</p></li>), the numbers drawn "
                 "by the browser, never in the text. Each section under an <h2> 'Section 2: What happened' "
                 "(headings) is its own <ol>, carried on with start=\"4\", start=\"10\"; in section 2 a table "
                 "splits the list and the list after it resumes with <li value=\"8\"> (no start=). One item holds a "
                 "lead-in <p>, a nested <ol type=\"a\"> of three signals and a closing <p>; one holds two <p>s; in "
                 "section 3 one ends with an <ol type=\"i\"> of three items: all are that paragraph's text. The "
                 "skip link, breadcrumbs (an <ol>), 'Back to top' links, the table and the footer's <ol> of links "
                 "are no paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts(T1_FACES, TT_FACES)
    pm = ParaMaker()
    exp = {}
    exp["printproof.pdf"] = make_printproof(out, pm)
    exp["softhyphen.pdf"] = make_softhyphen(out, pm)
    exp["customxml.docx"] = make_customxml(out, pm)
    exp["escaped.md"] = make_escaped(out, pm)
    exp["livalue.html"] = make_livalue(out, pm)
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
        with tempfile.TemporaryDirectory(prefix="blind26-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
