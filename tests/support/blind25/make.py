"""Blind fixture generator 25: five FICTIONAL review documents, in layouts no earlier round used.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
lxml, python-docx and pdfplumber; no system fonts, no LibreOffice, no network. Every generator checks its own key
with pdfplumber/lxml/python-docx, never with the project's parser.

lastline.pdf    a Scottish-style case review whose paragraph numbers ("2.3", bold) stand right-aligned in a narrow
                left column on the baseline of the paragraph's LAST line, not its first; the text is justified
                (word spacing) with a ragged last line; one paragraph runs over a page break, so its number is
                printed on the page after the one where it starts
bundle.pdf      a public inquiry's evidence bundle: after an inquiry cover sheet, each page of a partnership's
                review is a Form XObject drawn shrunk to 86% ("fit to page") inside the inquiry's own page, which
                adds a URN stamp ("INQ000412_0003") and an exhibit line outside the shrunk page; the review's own
                header, "Page N of M" footer and hanging "12." numbers are inside the XObject
tracked.docx    a Word draft circulated with tracked changes still in it, to be read as if all were accepted: Word
                automatic "%1." numbering; a numbered paragraph deleted whole, one inserted whole, one moved
                (w:moveFrom in one section, w:moveTo in a later one), two paragraphs joined by a deleted paragraph
                mark, words deleted and inserted at a paragraph's start, one paragraph numbered only by a formatting
                change (w:pPrChange) and one whose numbering a formatting change removed (it carries the one before on)
epub.html       one chapter file of an inquiry report published as an EPUB 3 ebook (XHTML with epub:type): "3.2"
                numbers in <span class="paranum">, empty print page-break markers in mid-paragraph written as
                XML self-closing spans, note references as bare <a epub:type="noteref"> digits, lettered items in an
                <ol> between a lead-in and a closing <p class="para-cont">, and an endnotes <aside> of an <ol>
paralabels.txt  a rapid review saved from Notepad (UTF-8 with BOM, CRLF line ends), every paragraph one long unwrapped
                line beginning "Para 2.3: ", headings in capitals underlined with dashes, "(a)" items on lines of
                their own under one paragraph, an "OFFICIAL" marking, a distribution list and a sign-off

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without a trailing stop ("12." is 12; "Para 2.3:" is 2.3); for Word
  automatic numbering it is the number Word shows once every tracked change is accepted;
- a paragraph starts on the page of its first line, wherever its number is printed;
- headings, cover sheets, stamps, running heads and footers, page-break markers, note references and the endnotes,
  distribution lists and sign-offs are no paragraph's text; lettered items and a closing line after them, and an
  unnumbered paragraph straight after a numbered one, are that paragraph's text;
- deleted and moved-away text is absent; inserted and moved-to text is present;
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML and text: null.
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
    from blindkit.keys import entry  # type: ignore
    from blindkit.markup import hesc, xesc, zip_parts  # type: ignore
    from blindkit.pdfread import pdf_pages, seq_in, words_of  # type: ignore
    from text import ParaMaker, contains_seq, norm  # type: ignore
else:
    from ..blindkit.draw import register_fonts, sw, wrap
    from ..blindkit.keys import entry
    from ..blindkit.markup import hesc, xesc, zip_parts
    from ..blindkit.pdfread import pdf_pages, seq_in, words_of
    from .text import ParaMaker, contains_seq, norm

FICT = "FICTIONAL \u2013 for software testing"
A4 = (595.28, 841.89)
T1_FACES = {"ArialMT": "_a______", "Arial-BoldMT": "_ab_____", "Arial-ItalicMT": "_ai_____",
            "TimesNewRomanPSMT": "_er_____", "TimesNewRomanPS-BoldMT": "_eb_____",
            "TimesNewRomanPS-ItalicMT": "_ei_____"}


def check_lengths(name, texts, lo=40, hi=260):
    if len(set(texts)) != len(texts):
        raise AssertionError(f"{name}: duplicate paragraph")
    for t in texts:
        if not lo <= len(t.split()) <= hi:
            raise AssertionError(f"{name}: paragraph of {len(t.split())} words")


def check_count(name, result):
    if not 8 <= len(result) <= 20:
        raise AssertionError(f"{name}: {len(result)} paragraphs")


def draw_prims(c, prims):
    """Text ("T": x, y, s, font, size, rgb, word_space), rectangles ("R") and lines ("L") on a reportlab canvas."""
    for p in prims:
        if p[0] == "T":
            _, x, y, s, font, size, rgb, ws = p
            t = c.beginText()
            t.setTextOrigin(x, y)
            t.setFont(font, size)
            t.setFillColorRGB(*rgb)
            if ws:
                t.setWordSpace(ws)
            t.textOut(s)
            c.drawText(t)
        elif p[0] == "R":
            _, x, y, w, h, fill = p
            c.saveState()
            c.setFillColorRGB(*fill)
            c.rect(x, y, w, h, stroke=0, fill=1)
            c.restoreState()
        else:
            _, x1, y1, x2, y2, lw, rgb = p
            c.saveState()
            c.setStrokeColorRGB(*rgb)
            c.setLineWidth(lw)
            c.line(x1, y1, x2, y2)
            c.restoreState()


def T(x, y, s, font="ArialMT", size=10.0, rgb=(0, 0, 0), ws=0.0):
    return ("T", x, y, s, font, size, rgb, ws)


def new_canvas(path, info):
    from reportlab.pdfgen.canvas import Canvas
    c = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(info["Title"])
    c.setAuthor(info["Author"])
    c.setSubject(FICT)
    c.setCreator(info["Creator"])
    c.setProducer(info["Producer"])
    return c


class Pages:
    """Lines poured down pages of primitives: place(lines) puts (gap, lead, draw(page_prims, baseline)) rows."""

    def __init__(self, top, bottom):
        self.top, self.bottom, self.pages, self.cur = top, bottom, [], None

    def page(self):
        self.pages.append([])
        self.cur = self.top

    def place(self, rows, keep=2):
        first = sum(r[0] + r[1] for r in rows[:keep]) - rows[0][0]
        if self.cur is None or self.cur - rows[0][0] - first < self.bottom:
            self.page()
        out = []
        for gap, lead, draw in rows:
            g = 0.0 if self.cur == self.top else gap
            if self.cur - g - lead < self.bottom:
                self.page()
                g = 0.0
            base = self.cur - g - lead * 0.78
            draw(self.pages[-1], base)
            out.append((len(self.pages), base))
            self.cur -= g + lead
        return out


# --------------------------------------------------------------------------
# 1. lastline.pdf: numbers right-aligned in a narrow left column on the baseline of the paragraph's last line
# --------------------------------------------------------------------------
LL_PLAN = [
    ("1", "Introduction", [75, 90, 110]),
    ("2", "The child and family", [120, 150, 110, 125]),
    ("3", "Analysis of agency involvement", [140, 120, 150, 115, 130]),
    ("4", "Learning for the partnership", [95, 85, 90]),
]
LL_TITLE = "Learning Review: Child K"


def make_lastline(out, pm):
    path = out / "lastline.pdf"
    TR, TB, AB, AI = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT", "Arial-BoldMT", "Arial-ItalicMT"
    FS, LEAD = 11.0, 14.6
    NR, TX, R = 80.0, 94.0, 535.0
    TOP, BOTTOM = 772.0, 70.0
    pg = Pages(TOP, BOTTOM)
    pg.page()
    first = pg.pages[0]
    first += [T(TX, 740, LL_TITLE, AB, 20, (0.1, 0.2, 0.35)),
              T(TX, 716, "A learning review for the Eastholm Child Protection Committee (FICTIONAL)", TR, 12),
              T(TX, 698, FICT + ". Every person, place and service named here is invented.", AI, 9)]
    pg.cur = 680.0
    result, texts, where = [], [], []
    for num, title, items in LL_PLAN:
        head = (18.0, 20.0, lambda prims, y, s=f"{num}. {title}": prims.append(T(TX, y, s, AB, 12.5,
                                                                                   (0.1, 0.2, 0.35))))
        rows = [head]
        for k, n_words in enumerate(items, 1):
            label = f"{num}.{k}"
            t = pm.make(n_words, "child")
            texts.append(t)
            lines = wrap(t.split(), R - TX, lambda s: sw(s, TR, FS))
            prow = []
            for i, ln in enumerate(lines):
                last = i == len(lines) - 1

                def draw(prims, y, ln=ln, last=last, label=label):
                    s = " ".join(ln)
                    ws = 0.0 if last else (R - TX - sw(s, TR, FS)) / max(1, len(ln) - 1)
                    prims.append(T(TX, y, s, TR, FS, ws=ws))
                    if last:  # the number, right-aligned in its column, on the last line's baseline
                        prims.append(T(NR - sw(label, TB, FS), y, label, TB, FS))
                prow.append((9.0 if i == 0 else 0.0, LEAD, draw))
            placed = pg.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            where.append((placed[0], placed[-1]))
            result.append(entry(label, placed[0][0], t))
    n = len(pg.pages)
    for i, prims in enumerate(pg.pages, 1):
        if i > 1:
            prims.append(T(TX, 806, "Learning Review: Child K \u2013 FICTIONAL", AI, 8, (0.4, 0.4, 0.4)))
            prims.append(("L", TX, 800, R, 800, 0.4, (0.6, 0.6, 0.6)))
        s = f"\u2013 {i} \u2013"
        prims.append(T((A4[0] - sw(s, TR, 9)) / 2, 36, s, TR, 9))
    c = new_canvas(path, {"Title": LL_TITLE + " (FICTIONAL)", "Author": "Eastholm CPC (FICTIONAL)",
                          "Creator": "Microsoft\u00ae Word 2016", "Producer": "Microsoft\u00ae Word 2016"})
    for prims in pg.pages:
        draw_prims(c, prims)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pages = pdf_pages(path)
    if len(pages) != n or not 3 <= n <= 8:
        raise AssertionError(f"lastline.pdf: {n} pages")
    body = [words_of(p, lambda ch: ch["fontname"].endswith("TimesNewRomanPSMT")
                     and BOTTOM - 1 <= ch["matrix"][5] <= TOP + 1) for p in pages]
    allw = [w for p in body for w in p]
    crossing = []
    for d, t, ((p0, _y0), (p1, y1)) in zip(result, texts, where, strict=True):
        seq_in(allw, t, path.name, d["label"])
        if not contains_seq(body[p0 - 1], norm(d["starts_with"])):
            raise AssertionError(f"lastline.pdf: starts_with of {d['label']}")
        nums = sorted((ch for ch in pages[p1 - 1] if ch["fontname"].endswith("TimesNewRomanPS-BoldMT")
                       and abs(ch["matrix"][5] - y1) < 0.05), key=lambda ch: ch["x0"])
        if "".join(ch["text"] for ch in nums) != d["label"] or abs(nums[-1]["x1"] - NR) > 0.05:
            raise AssertionError(f"lastline.pdf: number of {d['label']} on its last line")
        if p1 != p0:
            crossing.append(d["label"])
    if os.environ.get("B25DEBUG"):
        print([(d["label"], w[0][0], w[1][0], round(w[0][1]), round(w[1][1]))
               for d, w in zip(result, where, strict=True)])
    if not 1 <= len(crossing) <= 3:
        raise AssertionError(f"lastline.pdf: {crossing} across a page break")
    return {
        "note": ("A learning review (Times New Roman 11 pt, justified) under headings '2. The child and family' "
                 "(bold Arial, headings). Each paragraph's number ('2.3', bold) stands right-aligned in a narrow "
                 "column left of the text, on the baseline of the paragraph's LAST line (the first lines of the "
                 "paragraph have nothing beside them); paragraphs are also set apart by a little space. "
                 f"Paragraphs {' and '.join(crossing)} run over a page break, so their numbers are printed on the "
                 "next page: a paragraph's page is the page of its first line. Running header and '\u2013 3 "
                 "\u2013' page numbers are not paragraphs. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. bundle.pdf: each page of a review a Form XObject shrunk to 86% inside an inquiry's evidence page with a URN stamp
# --------------------------------------------------------------------------
BU_PLAN = [
    ("Introduction", [70, 85]),
    ("Background", [110, 100, 120]),
    ("Key practice episodes", [130, 115, 125, 105]),
    ("Findings", [120, 110, 95]),
    ("Recommendations", [75, 80]),
]
BU_TITLE = "Safeguarding Adults Review: Mr W"
BU_SCALE, BU_DX, BU_DY = 0.86, (A4[0] * (1 - 0.86)) / 2, 70.0
URN = "INQ000412"


def make_bundle(out, pm):
    path = out / "bundle.pdf"
    A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
    FS, LEAD = 10.5, 14.2
    NX, TX, R = 72.0, 102.0, 523.0
    TOP, BOTTOM = 760.0, 80.0
    pg = Pages(TOP, BOTTOM)
    pg.page()
    pg.pages[0] += [T(NX, 730, BU_TITLE, AB, 20, (0.25, 0.1, 0.35)),
                    T(NX, 708, "Kestrel Bay Safeguarding Adults Board \u2013 overview report (FICTIONAL)", A, 11),
                    T(NX, 692, FICT + ". Every person, place and service named here is invented.", AI, 9)]
    pg.cur = 672.0
    result, texts, labels, n = [], [], [], 0
    for title, items in BU_PLAN:
        rows = [(16.0, 19.0, lambda prims, y, s=title: prims.append(T(NX, y, s, AB, 12.5, (0.25, 0.1, 0.35))))]
        for n_words in items:
            n += 1
            label = str(n)
            t = pm.make(n_words, "adult")
            texts.append(t)
            prow = []
            for i, ln in enumerate(wrap(t.split(), R - TX, lambda s: sw(s, A, FS))):
                def draw(prims, y, ln=ln, first=i == 0, label=label):
                    if first:
                        prims.append(T(NX, y, label + ".", A, FS))
                    prims.append(T(TX, y, " ".join(ln), A, FS))
                prow.append((8.0 if i == 0 else 0.0, LEAD, draw))
            placed = pg.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            labels.append(placed[0])
            result.append(entry(label, placed[0][0] + 1, t))  # the bundle's page 1 is the inquiry's cover sheet
    m = len(pg.pages)
    for i, prims in enumerate(pg.pages, 1):
        prims.append(T(NX, 800, "Kestrel Bay SAB \u2013 SAR Mr W \u2013 FICTIONAL", A, 8, (0.4, 0.4, 0.4)))
        s = f"Page {i} of {m}"
        prims.append(T(R - sw(s, A, 8.5), 40, s, A, 8.5))
    c = new_canvas(path, {"Title": f"{URN} \u2013 SAR Mr W (FICTIONAL)",
                          "Author": "The Harbourside Inquiry (FICTIONAL)",
                          "Creator": "Nuix Discover", "Producer": "iText\u00ae 7.2.5 \u00a92000-2023 Apryse Group NV"})

    def stamp(k):
        c.setFillColorRGB(0, 0, 0)
        c.setFont(AB, 10)
        urn = f"{URN}_{k:04d}"
        c.drawRightString(A4[0] - 36, 30, urn)
        c.setFont(A, 8)
        c.drawString(36, 30, "Exhibit LT/7 \u2013 The Harbourside Inquiry (FICTIONAL)")

    c.setFont(AB, 22)
    c.drawString(72, 700, "The Harbourside Inquiry")
    c.setFont(A, 12)
    for j, s in enumerate(["Evidence published by the Inquiry", f"URN: {URN}",
                           "Document: Safeguarding Adults Review: Mr W (Kestrel Bay SAB)",
                           "Exhibited to the witness statement of L T, 14 May 2025", FICT]):
        c.drawString(72, 660 - 20 * j, s)
    stamp(1)
    c.showPage()
    for i, prims in enumerate(pg.pages, 1):
        c.beginForm(f"orig{i}", 0, 0, A4[0], A4[1])
        draw_prims(c, prims)
        c.endForm()
        c.saveState()
        c.setStrokeColorRGB(0.7, 0.7, 0.7)
        c.setLineWidth(0.5)
        c.rect(BU_DX, BU_DY, A4[0] * BU_SCALE, A4[1] * BU_SCALE, stroke=1, fill=0)
        c.transform(BU_SCALE, 0, 0, BU_SCALE, BU_DX, BU_DY)
        c.doForm(f"orig{i}")
        c.restoreState()
        stamp(i + 1)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pages = pdf_pages(path)
    if len(pages) != m + 1 or not 3 <= m <= 8:
        raise AssertionError(f"bundle.pdf: {m} pages")
    lo, hi = BU_DY + BOTTOM * BU_SCALE - 1, BU_DY + TOP * BU_SCALE + 1

    def body(ch):
        return (lo <= ch["matrix"][5] <= hi and ch["fontname"].endswith("ArialMT")
                and abs(ch["size"] - FS * BU_SCALE) < 0.1)

    pw = [words_of(p, body) for p in pages]
    allw = [w for p in pw for w in p]
    for d, t, (p0, y) in zip(result, texts, labels, strict=True):
        seq_in(allw, d["label"] + " " + t, path.name, d["label"])
        ys = BU_DY + y * BU_SCALE
        cs = sorted((ch for ch in pages[p0]
                     if abs(ch["matrix"][5] - ys) < 0.05 and ch["x0"] < BU_DX + TX * BU_SCALE - 1),
                    key=lambda ch: ch["x0"])
        if "".join(ch["text"] for ch in cs) != d["label"] + "." or abs(cs[0]["x0"] - (BU_DX + NX * BU_SCALE)) > 0.05:
            raise AssertionError(f"bundle.pdf: label {d['label']}")
        if not contains_seq(pw[p0], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"bundle.pdf: starts_with of {d['label']}")
    return {
        "note": ("A public inquiry's evidence bundle. Page 1 is the inquiry's cover sheet (URN, the document's name, "
                 "the witness it was exhibited to). Every later page holds one page of a safeguarding adults "
                 "review drawn as a Form XObject shrunk to 86% (a 'fit to page' print) inside a thin grey frame, "
                 "and the inquiry's own stamp outside it: 'INQ000412_0003' bottom right and 'Exhibit LT/7 \u2013 "
                 "...' bottom left (not paragraphs). Inside the frame the review's own running line, 'Page N of M' "
                 "footer (N one less than the physical page) and unnumbered bold headings are not paragraphs; its "
                 "paragraphs are numbered '12.' straight through (label 12), the number hanging left of the text "
                 "(Arial 10.5 pt before shrinking). Pages are physical, 1-based (the cover sheet is page 1)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. tracked.docx: tracked changes to be read as accepted, Word automatic "%1." numbering
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# items: int (plain), "DELPARA" (a numbered paragraph deleted whole), "INSPARA" (inserted whole), "MOVEFROM"/"MOVETO"
# (one paragraph moved), "JOIN" (two numbered paragraphs joined by a deleted paragraph mark), "STARTEDIT" (words
# deleted and inserted at its start), "NUMON" (numbered by a formatting change), "NUMOFF" (its numbering removed by a
# formatting change: it carries the paragraph before it on)
TK_PLAN = [
    ("Introduction", [70, "DELPARA", 80]),
    ("The review process", [95, "MOVEFROM", "STARTEDIT", 90]),
    ("What happened", [110, "JOIN", "INSPARA", 100, "NUMOFF"]),
    ("Findings", [105, "MOVETO", "NUMON", 95]),
    ("Recommendations", [75, 70]),
]
TK_TITLE = "Safeguarding Adults Review: Mrs P \u2013 draft for the Board"
TK_STYLES = XML_HEAD + (
    '<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" '
    'w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\n'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:qFormat/><w:rPr><w:sz w:val="48"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>'
    '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="30"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>\n'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\n'
    '</w:styles>\n').replace("{W}", W_NS)
TK_NUMBERING = XML_HEAD + (
    '<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>\n').replace("{W}", W_NS)
TK_CT = XML_HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="{CT}styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="{CT}numbering+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="{CT}settings+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="{CT}header+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>\n').replace("{CT}", CT_WML)
TK_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId2" Type="{P}/metadata/core-properties" '
    'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{D}/officeDocument" Target="word/document.xml"/>'
    '</Relationships>\n').replace("{P}", PKG_REL).replace("{D}", DOC_REL)
TK_DOC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{D}/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="{D}/settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="{D}/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId7" Type="{D}/header" Target="header1.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
TK_SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:trackRevisions/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>\n').replace("{W}", W_NS)
TK_CORE = XML_HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>SAR Mrs P draft (FICTIONAL)</dc:title>'
    '<dc:subject>{F}</dc:subject><dc:creator>Independent reviewer (FICTIONAL)</dc:creator>'
    '<cp:lastModifiedBy>SAB business manager (FICTIONAL)</cp:lastModifiedBy><cp:revision>31</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-06T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-27T16:42:00Z</dcterms:modified>'
    '</cp:coreProperties>\n').replace("{F}", FICT)
TK_HEADER = XML_HEAD + (
    f'<w:hdr xmlns:w="{W_NS}"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr><w:r><w:t>'
    'DRAFT v0.7 \u2013 NOT FOR CIRCULATION \u2013 FICTIONAL</w:t></w:r></w:p></w:hdr>\n')


ITALIC = "<w:rPr><w:i/></w:rPr>"


def tk_run(s, rpr=""):
    sp = ' xml:space="preserve"' if s != s.strip() else ""
    return f"<w:r>{rpr}<w:t{sp}>{xesc(s)}</w:t></w:r>"


def tk_delrun(s):
    sp = ' xml:space="preserve"' if s != s.strip() else ""
    return f"<w:r><w:delText{sp}>{xesc(s)}</w:delText></w:r>"


def make_tracked(out, pm):
    path = out / "tracked.docx"
    ids = iter(range(100, 999))
    who = ('w:author="{a}" w:date="2025-02-{d:02d}T1{h}:{m:02d}:00Z"')

    def rev(a="SAB business manager (FICTIONAL)", d=24, h=0):
        i = next(ids)
        return f'w:id="{i}" ' + who.format(a=a, d=d, h=h, m=i % 60)

    num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    lp = '<w:pStyle w:val="ListParagraph"/>'

    def para(inner, mark_rpr="", ppr_extra="", numbered=True):
        mark = f"<w:rPr>{mark_rpr}</w:rPr>" if mark_rpr else ""
        return f'<w:p><w:pPr>{lp}{num if numbered else ""}{ppr_extra}{mark}</w:pPr>{inner}</w:p>'

    body = [f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{tk_run(TK_TITLE)}</w:p>',
            f"<w:p>{tk_run('Kestrel Vale Safeguarding Adults Board (FICTIONAL), February 2025')}</w:p>",
            f'<w:p>{tk_run(FICT + ". Every person, place and service named here is invented.", ITALIC)}</w:p>',
            '<w:p><w:r><w:br w:type="page"/></w:r></w:p>']
    accepted = []  # (page, text, numbered) in accepted order, for the key
    page, words = 2, {}
    moved_text = pm.make(85, "adult")
    for s, (title, items) in enumerate(TK_PLAN):
        if s:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            page += 1
        words.setdefault(page, 0)
        body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{tk_run(title)}</w:p>')
        for it in items:
            if it == "DELPARA":
                t = pm.make(75, "adult")
                body.append(para(f"<w:del {rev(h=1)}>{tk_delrun(t)}</w:del>", f"<w:del {rev(h=1)}/>"))
                continue
            if it == "MOVEFROM":
                body.append(f'<w:moveFromRangeStart {rev(h=2)} w:name="move190441"/>'
                            + para(f"<w:moveFrom {rev(h=2)}>{tk_run(moved_text)}</w:moveFrom>",
                                   f"<w:moveFrom {rev(h=2)}/>")
                            + '<w:moveFromRangeEnd w:id="0"/>')
                continue
            if it == "MOVETO":
                body.append(f'<w:moveToRangeStart {rev(h=2)} w:name="move190441"/>'
                            + para(f"<w:moveTo {rev(h=2)}>{tk_run(moved_text)}</w:moveTo>", f"<w:moveTo {rev(h=2)}/>")
                            + '<w:moveToRangeEnd w:id="0"/>')
                t = moved_text
            elif it == "INSPARA":
                t = pm.make(80, "adult")
                body.append(para(f"<w:ins {rev(h=3)}>{tk_run(t)}</w:ins>", f"<w:ins {rev(h=3)}/>"))
            elif it == "JOIN":  # the first paragraph's mark deleted (a space inserted): one paragraph once accepted
                a, b = pm.make(55, "adult"), pm.make(50, "adult")
                body.append(para(tk_run(a) + f"<w:ins {rev(h=4)}>{tk_run(' ')}</w:ins>", f"<w:del {rev(h=4)}/>"))
                body.append(para(tk_run(b)))
                t = a + " " + b
            elif it == "STARTEDIT":  # "At the outset, the" deleted, "In" inserted before the kept words
                t = pm.make(90, "adult")
                ws = t.split()
                body.append(para(f"<w:del {rev(h=5)}>{tk_delrun('At the outset of the review ')}</w:del>"
                                 f"<w:ins {rev(h=5)}>{tk_run(' '.join(ws[:2]) + ' ')}</w:ins>"
                                 + tk_run(" ".join(ws[2:]))))
            elif it == "NUMON":  # numbered by a formatting change; before the change it was Normal and unnumbered
                t = pm.make(85, "adult")
                body.append(para(tk_run(t), ppr_extra=f'<w:pPrChange {rev(h=6)}><w:pPr/></w:pPrChange>'))
            elif it == "NUMOFF":  # numbering removed by a formatting change: carries the paragraph before it on
                t = pm.make(60, "adult")
                body.append(para(tk_run(t), numbered=False,
                                 ppr_extra=f'<w:pPrChange {rev(h=6)}><w:pPr>{lp}{num}</w:pPr></w:pPrChange>'))
                accepted.append((page, t, False))
                words[page] += len(t.split())
                continue
            else:
                t = pm.make(it, "adult")
                body.append(para(tk_run(t)))
            accepted.append((page, t, True))
            words[page] += len(t.split())
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
            'w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
    doc = (f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}{sect}</w:body>'
           "</w:document>")
    # the moved paragraph's range ids: each range end names its start's id
    for kind in ("moveFrom", "moveTo"):
        m = re.search(rf'<w:{kind}RangeStart w:id="(\d+)"', doc)
        doc = doc.replace(f'<w:{kind}RangeEnd w:id="0"/>', f'<w:{kind}RangeEnd w:id="{m.group(1)}"/>')
    result, texts = [], []
    for pgn, t, numbered in accepted:
        if numbered:
            texts.append([t])
            result.append([str(len(result) + 1), pgn, t])
        else:
            texts[-1].append(t)
            result[-1][2] += " " + t
    result = [entry(lab, pgn, t) for lab, pgn, t in result]
    zip_parts(path, {"[Content_Types].xml": TK_CT, "_rels/.rels": TK_RELS, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": TK_DOC_RELS, "word/styles.xml": TK_STYLES,
                     "word/numbering.xml": TK_NUMBERING, "word/settings.xml": TK_SETTINGS,
                     "word/header1.xml": TK_HEADER, "docProps/core.xml": TK_CORE}, (2025, 2, 27, 16, 42, 0))
    check_lengths(path.name, [" ".join(x) for x in texts])
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"tracked.docx: words per page {words}")
    # read back as accepted with lxml: deleted and moved-away text dropped, a deleted mark joins its paragraph to
    # the next, numbered paragraphs counted as Word counts them
    import docx
    from lxml import etree
    docx.Document(str(path))  # opens
    W = f"{{{W_NS}}}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    got, pend, pgc = [], None, 1
    for p in root.iter(W + "p"):
        pgc += len(p.findall(f".//{W}br[@{W}type='page']"))
        txt = "".join(t.text for t in p.iter(W + "t")
                      if not any(a.tag in (W + "del", W + "moveFrom") for a in t.iterancestors()))
        ppr = p.find(W + "pPr")
        gone = ppr is not None and (ppr.find(f"{W}rPr/{W}del") is not None
                                    or ppr.find(f"{W}rPr/{W}moveFrom") is not None)
        numbered = ppr is not None and ppr.find(W + "numPr") is not None
        if pend is not None:
            txt, numbered, start_pg = pend[0] + txt, pend[1], pend[2]
            pend = None
        else:
            start_pg = pgc
        if gone:
            pend = (txt, numbered, start_pg)
            continue
        if not txt.strip():
            continue
        style = ppr.find(W + "pStyle").get(W + "val") if ppr is not None and ppr.find(W + "pStyle") is not None \
            else "Normal"
        if numbered:
            got.append([str(len(got) + 1), start_pg, txt])
        elif style == "ListParagraph" and got:  # unnumbered list paragraph: carries the one before it on
            got[-1][2] += " " + txt
    want = [[d["label"], d["page"], " ".join(x)] for d, x in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"tracked.docx: read back {[(g[0], g[1], g[2][:30]) for g in got]}")
    return {
        "note": ("A Word draft of a safeguarding adults review (Calibri 11 pt) circulated with its tracked changes "
                 "still in it (settings turn tracking on); it is to be read as if every change were accepted. "
                 "Paragraphs are List Paragraph numbered by Word's automatic numbering '%1.' (one list straight "
                 "through, label 1, 2, ...) under unnumbered Heading 1 sections, each section after a page break. "
                 "Changes: in the Introduction a numbered paragraph deleted whole (text and paragraph mark): it is "
                 "gone and not counted; in section 2 a paragraph moved away (w:moveFrom) which stands, moved, in "
                 "section 4 (w:moveTo): it is counted there only; a paragraph whose first words 'At the outset of "
                 "the review' were deleted and two words inserted; in section 3 two numbered paragraphs joined by "
                 "a deleted paragraph mark (a space inserted), which count as one; a paragraph inserted whole; a "
                 "last paragraph whose numbering a formatting change removed (w:pPrChange holds the old numPr), so "
                 "it carries the paragraph before it on; in section 4 a paragraph numbered only by a formatting "
                 "change. Header 'DRAFT v0.7 ...' is not a paragraph. Pages are counted from explicit breaks: "
                 "page = 1 + the page breaks before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. epub.html: one chapter file of an EPUB 3 ebook
# --------------------------------------------------------------------------
EP_PLAN = [  # subheadings and items: int, ("NOTE", words) a paragraph with a note reference, ("LIST",) lead-in,
    ("What the agencies knew", [90, ("NOTE", 110), 95]),  # lettered items and a closing line
    ("The final weeks", [120, ("LIST",), ("NOTE", 105), 100]),
    ("Conclusions on this chapter", [95, ("NOTE", 90), 85]),
]
EP_ITEMS = ["the school nurse, who had seen the bruising and recorded it as accidental;",
            "the health visitor for the younger siblings, who had not been told of the school\u2019s concern;",
            "the housing officer, who had visited twice and found nobody at home."]


def make_epub(out, pm):
    path = out / "epub.html"
    result, texts, parts, notes, k, pb = [], [], [], [], 0, 46
    for sub, items in EP_PLAN:
        parts.append(f'<h2 class="subhead">{hesc(sub)}</h2>')
        for it in items:
            k += 1
            label = f"3.{k}"
            pid = f"p3-{k}"
            if it == ("LIST",):
                a, b = pm.make(45, "child"), pm.make(40, "child")
                a = a.rstrip(".") + ". Three people saw part of the picture:"
                parts.append(f'<p class="para" id="{pid}"><span class="paranum">{label}</span> {hesc(a)}</p>\n'
                             '<ol class="alpha" epub:type="list">' + "".join(f"<li>{hesc(x)}</li>" for x in EP_ITEMS)
                             + f'</ol>\n<p class="para-cont">{hesc(b)}</p>')
                t = " ".join([a, *EP_ITEMS, b])
            else:
                n_words = it[1] if isinstance(it, tuple) else it
                t = pm.make(n_words, "child")
                ws = t.split()
                shown = [hesc(w) for w in ws]
                if k % 2 == 0:  # an empty print page-break marker written the XML way, in mid-paragraph
                    pb += 1
                    i = len(ws) // 2
                    shown[i] = (f'<span epub:type="pagebreak" role="doc-pagebreak" id="page{pb}" title="{pb}"/>'
                                + shown[i])
                if isinstance(it, tuple):  # a note reference after a sentence in mid-paragraph
                    ends = [i for i, w in enumerate(ws[10:-10], 10) if w.endswith(".")]
                    i = ends[0]
                    notes.append(f"Chronology submitted by the agency; see also paragraph 2.{len(notes) + 3}.")
                    nn = len(notes)
                    shown[i] += (f'<a epub:type="noteref" role="doc-noteref" class="noteref" id="nref{nn}" '
                                 f'href="#en{nn}">{nn}</a>')
                parts.append(f'<p class="para" id="{pid}"><span class="paranum">{label}</span> {" ".join(shown)}</p>')
            texts.append(t)
            result.append(entry(label, None, t))
    pb += 1
    notes_html = "".join(f'<li id="en{i}" epub:type="endnote" role="doc-endnote"><p>{hesc(x)} <a href="#nref{i}" '
                         'role="doc-backlink">\u21a9</a></p></li>\n' for i, x in enumerate(notes, 1))
    body_html = "\n".join(parts)
    page = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en-GB" xml:lang="en-GB">
<head>
<meta charset="UTF-8"/>
<title>Chapter 3: The agencies and Amira (FICTIONAL)</title>
<link rel="stylesheet" type="text/css" href="../Styles/report.css"/>
</head>
<body epub:type="bodymatter">
<section epub:type="chapter" role="doc-chapter" id="chapter3" aria-labelledby="ch3-title">
<span epub:type="pagebreak" role="doc-pagebreak" id="page45" title="45"/>
<header><p class="chapnum">Chapter 3</p><h1 id="ch3-title">The agencies and Amira</h1>
<p class="fict"><em>From: The Thornbury Wharf Inquiry, final report (ebook edition). {FICT}. Every person, place and
service named here is invented.</em></p></header>
{body_html}
<span epub:type="pagebreak" role="doc-pagebreak" id="page{pb}" title="{pb}"/>
<aside epub:type="endnotes" role="doc-endnotes" class="endnotes">
<h2>Notes to Chapter 3</h2>
<ol>
{notes_html}</ol>
</aside>
</section>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    from lxml import etree
    root = etree.fromstring(path.read_bytes())  # well-formed XHTML
    X, E = "{http://www.w3.org/1999/xhtml}", "{http://www.idpf.org/2007/ops}"
    got = []
    for el in root.iter(X + "p", X + "ol"):
        if any(a.tag == X + "aside" for a in el.iterancestors()):
            continue
        cls = el.get("class")
        if cls == "para":
            for a in el.iter(X + "a"):
                if a.get(E + "type") == "noteref":
                    a.text = ""  # the note reference's digits are no word
            txt = " ".join("".join(el.itertext()).split())
            lab, rest = txt.split(" ", 1)
            got.append([lab, rest])
        elif cls == "para-cont" or (el.tag == X + "ol" and cls == "alpha"):
            items = [" ".join("".join(li.itertext()).split()) for li in el] if el.tag == X + "ol" else \
                [" ".join("".join(el.itertext()).split())]
            got[-1][1] += " " + " ".join(items)
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)] or len(notes) != 3:
        raise AssertionError(f"epub.html: read back {[g[0] for g in got]}")
    return {
        "note": ("One chapter file (Chapter 3) of an inquiry report published as an EPUB 3 ebook: well-formed XHTML "
                 "with an XML declaration and epub:type / DPUB-ARIA roles. Paragraphs are <p class=\"para\" "
                 "id=\"p3-2\"><span class=\"paranum\">3.2</span> text</p> under unnumbered <h2> subheadings; the "
                 "chapter number and title are a heading. Print page-break markers (<span epub:type=\"pagebreak\" "
                 "title=\"47\"/>, empty, written as XML self-closing tags, which an HTML parser reads as an open "
                 "span) stand in mid-paragraph in every second paragraph and are no text. Three paragraphs carry a "
                 "note reference: a bare <a epub:type=\"noteref\">1</a> straight after a full stop in mid-"
                 "paragraph (no <sup>; the reading system raises it). 3.5 is a lead-in ending 'Three people saw "
                 "part of the picture:', an <ol class=\"alpha\"> of three items and a closing <p class=\"para-cont\">"
                 " (one paragraph, its last words the closing <p>'s). The endnotes <aside> at the end is an <ol> of "
                 "three notes ('Chronology submitted by the agency; see also paragraph 2.3.'): notes, not "
                 "paragraphs. No pages (page null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. paralabels.txt: Notepad text, one unwrapped line per paragraph, "Para 2.3: " labels
# --------------------------------------------------------------------------
PL_PLAN = [
    ("1", "Why this rapid review was held", [70, 85]),
    ("2", "What happened", [110, 95, 120, 100]),
    ("3", "What we found", [105, ("ITEMS",), 115, 90]),
    ("4", "What happens next", [80, 75]),
]
PL_ITEMS = ["(a) no agency had a current chronology of the family\u2019s contact with services;",
            "(b) the health visiting service was not invited to the strategy discussion;",
            "(c) the decision to close the case was not shared with the nursery."]


def make_paralabels(out, pm):
    path = out / "paralabels.txt"
    lines = ["OFFICIAL", "", "RAPID REVIEW: BABY T (FICTIONAL)",
             "Fenwick and Downes Safeguarding Children Partnership", "Date of review meeting: 19 March 2025",
             FICT + ". Every person, place and service named here is invented.", ""]
    result, texts = [], []
    for num, title, items in PL_PLAN:
        h = f"SECTION {num}: {title.upper()}"
        lines += [h, "-" * len(h), ""]
        for k, it in enumerate(items, 1):
            label = f"{num}.{k}"
            if it == ("ITEMS",):
                a = pm.make(45, "child").rstrip(".") + ". The review identified three gaps:"
                lines += [f"Para {label}: {a}", "", *PL_ITEMS, ""]
                t = " ".join([a, *PL_ITEMS])
            else:
                t = pm.make(it, "child")
                lines += [f"Para {label}: {t}", ""]
            texts.append(t)
            result.append(entry(label, None, t))
    lines += ["Distribution:", "- Independent chair, FDSCP", "- Designated nurse for safeguarding children",
              "- Head of service, children\u2019s social care", "", "Signed: Review chair (FICTIONAL)",
              "Version 1.0 \u2013 approved for publication", "", "OFFICIAL", ""]
    path.write_bytes(("\ufeff" + "\r\n".join(lines)).encode("utf-8"))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    raw = path.read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf") or b"\n" in raw.replace(b"\r\n", b""):
        raise AssertionError("paralabels.txt: BOM and CRLF")
    got, cur = [], None
    for ln in raw.decode("utf-8-sig").split("\r\n"):
        m = re.match(r"Para (\d\.\d): (.*)", ln)
        if m:
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif ln.startswith("(") and cur:
            cur[1] += " " + ln
        elif ln.startswith("SECTION") or ln.startswith("Distribution"):
            cur = None
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"paralabels.txt: read back {[g[0] for g in got]}")
    return {
        "note": ("A rapid review saved from Notepad: UTF-8 with a byte-order mark, CRLF line ends, no wrapping (each "
                 "paragraph is one long line). Paragraphs begin 'Para 2.3: ' (label 2.3) and are separated by blank "
                 "lines; sections are 'SECTION 2: WHAT HAPPENED' in capitals underlined with dashes (headings). "
                 "3.2 ends 'The review identified three gaps:' and is followed, after a blank line, by three lines "
                 "'(a) ...;' '(b) ...;' '(c) ...' which are its text (its last words are item (c)'s). 'OFFICIAL' at "
                 "top and bottom, the title block, the distribution list ('- Independent chair ...'), the signature "
                 "and version lines are not paragraphs. No pages (page null)."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts(T1_FACES)
    pm = ParaMaker()
    exp = {}
    exp["lastline.pdf"] = make_lastline(out, pm)
    exp["bundle.pdf"] = make_bundle(out, pm)
    exp["tracked.docx"] = make_tracked(out, pm)
    exp["epub.html"] = make_epub(out, pm)
    exp["paralabels.txt"] = make_paralabels(out, pm)
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
        with tempfile.TemporaryDirectory(prefix="blind25-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
