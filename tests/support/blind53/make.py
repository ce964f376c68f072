"""Blind fixture generator 53: five FICTIONAL review documents AS THEY COME OUT OF THE ASSISTIVE AND CONVERSION TOOLS
practitioners use to read them, each with the traps such files really have: a page printed from Edge's Immersive
Reader with syllable dots and parts-of-speech labels, a report converted for "bionic" reading (the first half of
every word in bold), a PDF run through an online PDF-to-Word converter, a page saved from Firefox's Reader View, and a
PDF converted to Markdown by a layout-model converter (docling style).

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial metric Type 1 faces), lxml, python-docx,
markdown-it-py and pdfplumber; no system fonts, no network. Every generator checks its own key with
pdfplumber/lxml/python-docx/markdown-it, never with the project's parser.

immersive.pdf   a partnership's summary of learning PRINTED FROM EDGE'S IMMERSIVE READER (Skia/PDF): the browser's
                header (date, title) and footer ("read://https_www.fernholt-scp.example/?url=..." and "2/7") on
                every sheet, the reader's sepia page colour behind the text, 15 pt type with wide line spacing;
                "Syllables" on, so every longer word is printed with MIDDLE DOTS between its syllables
                ("com\u00b7mu\u00b7ni\u00b7ty", "hap\u00b7pened": separate U+00B7 glyphs in the text layer, also in
                a paragraph's first and last words), numbers untouched ("3.2"); "Parts of speech" on with labels,
                so nouns, verbs, adjectives and adverbs are coloured and a tiny label ("noun", "verb", "adj",
                "adv", 6.5 pt) is printed centred ABOVE each of them: the labels make lines of their own between
                the text's lines, and the labels over a paragraph's first line come after the previous paragraph's
                last line; headings "3. What happened" (syllabified too); paragraphs opening with the typed "3.2 "
                and across pages
bionic.pdf      a safeguarding adults review's overview report CONVERTED FOR BIONIC READING (the reader's personal
                copy, re-typeset by the converter): the FIRST HALF OF EVERY WORD IN BOLD, drawn as a bold run and a
                regular run with no gap between them ("Th" bold + "e " regular), also in the numbers ("3" bold +
                ".2" regular, hanging at the margin, the text 36 pt in), in dates and in the page numbers; the
                headings ("3. What happened") wholly bold; the converter's grey stamp line on every page
                ("Converted for bionic reading \u2013 fixation 3, saccade 10 ..."), the page number alone at the
                foot; paragraphs across page breaks
converted.docx  a child safeguarding practice review run through an ONLINE PDF-TO-WORD CONVERTER: every printed block
                one Word paragraph with the printed LINE ENDS KEPT AS SOFT BREAKS (w:br); the number in a run of its
                own, then a single space whose CHARACTER SPACING IS EXPANDED (w:spacing) to reach the text indent
                (w:ind hanging); in two places the converter FUSED TWO NUMBERED PARAGRAPHS INTO ONE WORD PARAGRAPH
                (the second's number opens a line after a soft break); in 3.3 a soft-broken line BEGINS WITH A
                NUMBER ("12 weeks passed ..."); the printed page's running header and "Page 2 of 4" footer as two
                FLOATING TEXT BOXES anchored in an empty paragraph at the top of every page; a page break paragraph
                at every printed page's end, so a paragraph that ran over a page is two Word paragraphs, the second
                without its number; headings are bold runs, no styles
readerview.html a safeguarding adults review page SAVED FROM FIREFOX'S READER VIEW ("Save Page As" on about:reader):
                the reader's toolbar (Close, Type controls, the Listen/narrate panel with its voice list), the
                domain link, the title, the byline and "18\u201323 minutes" reading-time line, then Readability's
                rewrite of the page: the classes gone, and every number, a <span> beside the text's <p> in the
                original, WRAPPED IN A <p> OF ITS OWN ABOVE ITS TEXT (<p><span>3.2</span></p><p>The ...</p>), some
                paragraphs two <p>s; a figure with a caption, a key dates table ("03.11.2022"), headings as <h2>
                ("3. What happened")
docling.md      a local child safeguarding practice review CONVERTED FROM PDF TO MARKDOWN BY A LAYOUT-MODEL CONVERTER
                (docling style): "# " title, "<!-- image -->" placeholders for the logo and a chart; the layout
                model's guesses kept: most numbered paragraphs are BULLET ITEMS "- 3.2 The ...", some plain
                paragraphs "3.4 The ...", one a HEADING "## 4.3 Agencies ..." (the whole paragraph); headings "## 1.
                Introduction" but one MISSED AND WRITTEN AS "3. What happened", which Markdown reads as an ORDERED
                LIST ITEM numbered 3; a paragraph cut at a page break goes on in an unnumbered paragraph after its
                bullet; an unmapped ligature written "GLYPH<c=31,font=/AAAAAH+ArialMT>" inside a word; a pipe table
                of recommendations numbered "1" to "3"

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2";
- a paragraph's words are the report's words: immersive.pdf's syllable dots and parts-of-speech labels are the
  reader's display, no part of any word ("com\u00b7mu\u00b7ni\u00b7ty" is "community"; "noun" over a word is no word);
  bionic.pdf's bold halves are one word with their regular halves; docling.md's "GLYPH<...>" stands for "fi";
- what the tool adds is no paragraph and no paragraph's text: a browser's header and footer, a reader's toolbar,
  domain, byline and reading time, a converter's stamp line, a converter's header and footer text boxes, figure
  captions, tables and image placeholders; numbered headings ("3. What happened", also when Markdown makes it an
  ordered list item numbered 3) are headings, not paragraphs; a numbered paragraph guessed to be a heading ("## 4.3
  ...") or a bullet item ("- 3.2 ...") is still that paragraph;
- a paragraph goes on over a soft break, a page break or into an unnumbered <p> or Markdown paragraph after it, and
  a line that begins with a number that is not the next paragraph's ("12 weeks") is part of the paragraph it
  continues; a numbered line after a soft break inside one Word paragraph (a converter's fused paragraphs) opens the
  next paragraph;
- pages: physical and 1-based for PDF (a paragraph's page is its first line's; its last words may be on a later
  page; never the printed "2/7"); DOCX pages are counted from explicit breaks: page = 1 + the page breaks (<w:br
  w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML and Markdown: null.
"""
import itertools
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import Layout, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import RowFlow  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry  # type: ignore
    from blindkit.markup import docx_content_types, hesc, write_markdown, xesc, zip_parts  # type: ignore
    from blindkit.pdfread import check_pdf_key, label_at, pdf_pages  # type: ignore

    _text = _harness.load(__file__, "blind53_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.markup import docx_content_types, hesc, write_markdown, xesc, zip_parts
    from ..blindkit.pdfread import check_pdf_key, label_at, pdf_pages
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
W_NS, XML_HEAD, WP_NS = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS
PKG_REL, DOC_REL = _b36.PKG_REL, _b36.DOC_REL

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____"}
GREY, BLACK = (0.4, 0.4, 0.4), (0, 0, 0)
DOT = "\u00b7"


class PdfKey:
    """What a PDF generator records for its key and checks: entries, texts, last pages, label positions."""

    def __init__(self):
        self.result, self.texts, self.ends, self.labels = [], [], [], []

    def add(self, label, t, placed, x):
        self.result.append(entry(label, placed[0][0], t))
        self.texts.append(t)
        self.ends.append(placed[-1][0])
        self.labels.append((placed[0][0], x, placed[0][1]))

    def check(self, path, pages, keep=None):
        check_lengths(path.name, self.texts)
        check_count(path.name, self.result, 12, 25)
        check_pdf_key(path.name, pages, self.result, self.ends, self.labels, keep)
        return check_crossings(path.name, self.result, self.ends)


def heading(fl, x, segs, size, before=16.0, lead=14.0):
    """A heading row (its segments at x offsets from ``x``) kept with room for a line after it."""
    fl.place([(before, size + 10, [(x + dx, s, f, z, rgb, rise) for dx, s, f, z, rgb, rise in segs]),
              (0.0, lead, [(x, "", A, 10, BLACK, 0.0)])], keep=2)
    fl.lay.pages[-1].pop()
    fl.cur += lead


def lines_of(pages_chars, keep=None):
    """pdfplumber's text lines of each page (its own line grouping), for the checks on what a reader meets."""
    from pdfplumber.utils import extract_text
    return [(extract_text([c for c in p if keep is None or keep(c)]) or "").split("\n") for p in pages_chars]


def chromium_furniture(lay, date, title, url):
    """What Chromium's print adds to every sheet: date and title above, the address and "n/N" below."""
    for pg in range(1, lay.n + 1):
        lay.text(28, 826, date, A, 8, BLACK, page=pg)
        lay.text((595.28 - sw(title, A, 8)) / 2, 826, title, A, 8, BLACK, page=pg)
        lay.text(28, 12, url, A, 8, BLACK, page=pg)
        lay.text(567 - sw(f"{pg}/{lay.n}", A, 8), 12, f"{pg}/{lay.n}", A, 8, BLACK, page=pg)


# --------------------------------------------------------------------------
# 1. immersive.pdf: Edge's Immersive Reader printed, syllable dots and parts-of-speech labels
# --------------------------------------------------------------------------
IM_PLAN = [[70, 85], [95, 100, 75], [105, 95, 110, 90], [100, 110, 95], [85, 75]]
IL, IR, ITOP, IBOT = 72.0, 523.0, 790.0, 56.0
IS, ILEAD = 15.0, 33.0
SEPIA = (0.97, 0.94, 0.87)
POS_RGB = {"noun": (0.44, 0.19, 0.63), "verb": (0.75, 0.1, 0.1), "adj": (0.1, 0.48, 0.2), "adv": (0.72, 0.42, 0.0)}
DIGRAPHS = {"th", "ch", "sh", "ph", "ck", "ng", "wh", "gh", "qu"}


def syllabify(core):
    """A word's syllables as the reader's dots part them (a rule of thumb: between two vowel groups, before a single
    consonant and between two; a final silent "e" or "ed" is no syllable); words under six letters stay whole."""
    low = core.lower()
    if len(core) < 6:
        return [core]
    groups = [(m.start(), m.end()) for m in re.finditer(r"[aeiouy]+", low)]
    if groups and groups[0][0] == 0 and low[0] == "y":
        groups = groups[1:] if len(groups) > 1 else groups
    if len(groups) > 1 and groups[-1][1] == len(low) and low.endswith("e") and groups[-1][0] == len(low) - 1:
        groups.pop()
    if len(groups) > 1 and low.endswith("ed") and groups[-1] == (len(low) - 2, len(low) - 1) \
            and low[-3] not in "td":
        groups.pop()
    cuts = []
    for (_, e1), (s2, _) in itertools.pairwise(groups):
        cons = s2 - e1
        if cons == 0:
            continue
        cut = e1 if cons == 1 else e1 + 1
        if cons >= 2 and low[cut - 1:cut + 1] in DIGRAPHS:
            cut = e1 if cons == 2 else cut + 1
        if cut - (cuts[-1] if cuts else 0) >= 2 and len(low) - cut >= 2:
            cuts.append(cut)
    bounds = [0, *cuts, len(core)]
    return [core[a:b] for a, b in itertools.pairwise(bounds)]


def im_word(tok):
    """A token as Immersive Reader shows it: (printed form with dots, its part of speech or None)."""
    m = re.fullmatch(r"([^A-Za-z]*)([A-Za-z]+)([^A-Za-z]*)", tok)
    if not m:
        return tok, None
    pre, core, post = m.groups()
    pos = None
    if len(core) >= 5 and core[0].islower():
        pos = next((p for suf, p in _text.IM_POS if core.endswith(suf)), None)
    return pre + DOT.join(syllabify(core)) + post, pos


def im_rows(label, t, after):
    """A paragraph's rows: each word a segment of its own (coloured by its part of speech, its label 14 pt above
    it, centred), the typed number the first segment of the first row."""
    toks = [im_word(w) for w in t.split()]
    shown = [s for s, _ in toks]
    lead_in = [label] if label else []

    def meas(s):
        return sw(s, A, IS)

    lines = wrap([*lead_in, *shown], IR - IL, meas)
    rows, k = [], 0
    for li, ln in enumerate(lines):
        segs, x = [], IL
        for j, w in enumerate(ln):
            if li == 0 and j == 0 and label:
                pos = None
            else:
                pos = toks[k][1]
                k += 1
            s = w + (" " if j < len(ln) - 1 else "")
            rgb = POS_RGB[pos] if pos else BLACK
            segs.append((x, s, A, IS, rgb, 0.0))
            if pos:
                segs.append((x + (sw(w, A, IS) - sw(pos, A, 6.5)) / 2, pos, A, 6.5, rgb, 14.0))
            x += sw(s, A, IS)
        rows.append((after if li == 0 else 0.0, ILEAD, segs))
    return rows


def im_words(pages, fix):
    """Per page: the words of the text at 15 pt (labels left out), the dots taken out of the words when ``fix``."""
    from pdfplumber.utils import extract_text
    out = []
    for p in pages:
        s = extract_text([c for c in p if c["size"] > 8]) or ""
        out.append(norm(s.replace(DOT, "") if fix else s))
    return out


def make_immersive(out, pm):
    path = out / "immersive.pdf"
    lay = Layout()
    k = PdfKey()

    def on_page(pg):
        lay.rect(IL - 24, 36, IR - IL + 48, 776, SEPIA, page=pg)
        return ITOP

    fl = RowFlow(lay, ITOP, IBOT, on_page)
    fl.page()
    for ln in wrap([im_word(w)[0] for w in _text.IM_TITLE.split()], IR - IL, lambda s: sw(s, AB, 26)):
        fl.place([(0.0, 34.0, [(IL, " ".join(ln), AB, 26, BLACK, 0.0)])], keep=1)
    fl.place([(6.0, 20.0, [(IL, _text.IM_SITE, A, 11, GREY, 0.0)]),
              (0.0, 20.0, [(IL, f"{FICT}. {INVENTED}", AI, 11, GREY, 0.0)])], keep=2)
    for s, items in enumerate(IM_PLAN, 1):
        words = [im_word(w)[0] for w in _text.IM_TITLES[s - 1].split()]
        heading(fl, IL, [(0.0, f"{s}. " + " ".join(words), AB, 19, BLACK, 0.0)], 19, 22.0, ILEAD)
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "child")
            placed = fl.place(im_rows(label, t, 12.0), keep=2)
            k.add(label, t, placed, IL)
    chromium_furniture(lay, "05/03/2025, 16:42", _text.IM_TITLE, _text.IM_URL)
    lay.render(path, {"Title": _text.IM_TITLE, "Creator": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                      "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0",
                      "Producer": "Skia/PDF m133", "Subject": FICT})
    pages = pdf_pages(path)
    check_lengths(path.name, k.texts)
    check_count(path.name, k.result, 12, 25)
    # the key read back with the dots taken out of the words and the labels left out; the plain reading does NOT
    # find most first words (the dots part them), and label lines stand between the text's lines
    fixed, plain = im_words(pages, True), im_words(pages, False)
    parted = 0
    for d, endp, (pg, x, y) in zip(k.result, k.ends, k.labels, strict=True):
        if pg != d["page"] or not contains_seq(fixed[pg - 1], norm(d["starts_with"])):
            raise AssertionError(f"immersive.pdf: starts_with of {d['label']}")
        label_at(pages[pg - 1], x, y, d["label"], path.name)
        tail = fixed[endp - 2][-12:] + fixed[endp - 1] if endp > 1 else fixed[endp - 1]
        if not contains_seq(tail, norm(d["ends_with"])):
            raise AssertionError(f"immersive.pdf: ends_with of {d['label']}")
        parted += not contains_seq(plain[pg - 1], norm(d["starts_with"]))
    cross = check_crossings(path.name, k.result, k.ends)
    lines = [ln for page in lines_of(pages) for ln in page]
    before_num = sum(1 for a, b in itertools.pairwise(lines)
                     if re.match(r"\d\.\d ", b) and a and set(a.split()) <= {"noun", "verb", "adj", "adv"})
    if parted < len(k.result) // 2 or before_num < 4 or DOT not in "".join(c["text"] for c in pages[0]):
        raise AssertionError(f"immersive.pdf: {parted} first words parted, {before_num} label lines before numbers")
    return {
        "note": ("A partnership's summary of learning PRINTED FROM EDGE'S IMMERSIVE READER (Skia/PDF): the browser's "
                 "header (date, title) and footer (the 'read://https_www.fernholt-scp.example/?url=...' address, "
                 "'2/" + str(lay.n) + "') on every sheet; the reader's sepia page colour; 15 pt type with wide line "
                 "spacing. "
                 "'Syllables' is on, so every longer word is printed with MIDDLE DOTS between its syllables "
                 "('com\u00b7mu\u00b7ni\u00b7ty': U+00B7 glyphs in the text layer, in first and last words too); "
                 "'Parts of speech' is on with labels, so nouns, verbs, adjectives and adverbs are coloured and a "
                 "tiny label ('noun', 'verb', 'adj', 'adv', 6.5 pt) is printed centred ABOVE each, making lines of "
                 "their own between the text's lines (the labels over a paragraph's first line come right after "
                 "the previous paragraph's last line). Headings '3. What happened' (syllabified too); paragraphs "
                 "open with the typed '3.2 '. The key's words are the report's words: no dots, no labels. "
                 "Paragraphs run over pages (" + ", ".join(cross) + "). Pages are physical."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 2. bionic.pdf: a report re-typeset for bionic reading, the first half of every word bold
# --------------------------------------------------------------------------
BI_PLAN = [[80, 90], [105, 115, 85], [120, 110, 125, 115], [115, 120, 105], [95, 90]]
BL, BX, BR, BTOP, BBOT = 72.0, 108.0, 523.0, 778.0, 64.0
BS, BLEAD = 11.0, 16.0


def bi_split(tok):
    """A token as the converter prints it: (bold part, regular part); a leading quote goes with the bold part and
    trailing punctuation with the regular part."""
    m = re.fullmatch(r"([^\w]*)(.*?)([^\w]*)", tok)
    pre, core, post = m.groups()
    if not core:
        return tok, ""
    n = len(core)
    b = 1 if n <= 3 else 2 if n == 4 else (n + 1) // 2
    return pre + core[:b], core[b:] + post


def bi_width(tok):
    b, r = bi_split(tok)
    return sw(b, AB, BS) + sw(r, A, BS)


def bi_meas(s):
    ws = s.split()
    return sum(bi_width(w) for w in ws) + sw(" ", A, BS) * (len(ws) - 1)


def bi_segs(x, words, size=BS):
    """A line's segments: every word a bold run and a regular run, the space after it in the regular run."""
    segs = []
    for j, w in enumerate(words):
        b, r = bi_split(w)
        r += " " if j < len(words) - 1 else ""
        segs.append((x, b, AB, size, BLACK, 0.0))
        x += sw(b, AB, size)
        if r:
            segs.append((x, r, A, size, BLACK, 0.0))
            x += sw(r, A, size)
    return segs


def make_bionic(out, pm):
    path = out / "bionic.pdf"
    lay = Layout()
    k = PdfKey()

    def on_page(pg):
        lay.text(BL, 806, _text.BI_STAMP, AI, 7.5, GREY, page=pg)
        lay.line(BL, 800, BR, 800, 0.4, GREY, page=pg)
        return BTOP

    fl = RowFlow(lay, BTOP, BBOT, on_page)
    fl.page()
    for ln in wrap(_text.BI_HEAD.split(), BR - BL, lambda s: sw(s, AB, 17)):
        fl.place([(0.0, 22.0, [(BL, " ".join(ln), AB, 17, BLACK, 0.0)])], keep=1)
    for s in ("Ashcombe Safeguarding Adults Board (FICTIONAL) \u2013 final version, 14 January 2025",
              f"{FICT}. {INVENTED}"):
        for ln in wrap(s.split(), BR - BL, bi_meas):
            fl.place([(4.0, BLEAD, bi_segs(BL, ln))], keep=1)
    for s, items in enumerate(BI_PLAN, 1):
        heading(fl, BL, [(0.0, f"{s}.", AB, 12.5, BLACK, 0.0),
                         (BX - BL, _text.BI_TITLES[s - 1], AB, 12.5, BLACK, 0.0)], 12.5, 16.0, BLEAD)
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            rows = []
            for li, ln in enumerate(wrap(t.split(), BR - BX, bi_meas)):
                segs = bi_segs(BX, ln)
                if li == 0:
                    segs = bi_segs(BL, [label]) + segs
                rows.append((8.0 if li == 0 else 0.0, BLEAD, segs))
            placed = fl.place(rows, keep=2)
            k.add(label, t, placed, BL)
    for pg in range(1, lay.n + 1):  # the page number alone at the foot, converted like the text
        b, r = bi_split(str(pg))
        x = (BL + BR - sw(b, AB, 9) - sw(r, A, 9)) / 2
        lay.text(x, 36, b, AB, 9, BLACK, page=pg)
        if r:
            lay.text(x + sw(b, AB, 9), 36, r, A, 9, BLACK, page=pg)
    lay.render(path, {"Title": "SAR Mr Pellow - overview report (bionic)", "Author": "Ashcombe SAB",
                      "Creator": "Bionic reading converter", "Producer": "Bionic reading converter PDF export",
                      "Subject": FICT})
    pages = pdf_pages(path)
    cross = k.check(path, pages)
    # every number's first glyph bold and its rest regular; most of each paragraph's first line's glyphs alternate
    for pg, _x, y in k.labels:
        cs = sorted((c for c in pages[pg - 1] if abs(c["matrix"][5] - y) < 0.05), key=lambda c: c["x0"])
        if not (cs[0]["fontname"].endswith("BoldMT") and not cs[1]["fontname"].endswith("BoldMT")):
            raise AssertionError("bionic.pdf: the number's fonts")
        switches = sum(1 for a, b in itertools.pairwise(cs) if a["fontname"] != b["fontname"])
        if switches < 8:
            raise AssertionError("bionic.pdf: bold halves")
    if lay.n < 4:
        raise AssertionError("bionic.pdf: pages")
    return {
        "note": ("A safeguarding adults review's overview report CONVERTED FOR BIONIC READING and re-typeset by the "
                 "converter: THE FIRST HALF OF EVERY WORD IS BOLD, drawn as a bold run followed with no gap by a "
                 "regular run ('Th' + 'e '), in the paragraph numbers too ('3' bold + '.2' regular, hanging at the "
                 "margin, the text 36 pt in), in dates and in the page numbers at the foot; headings ('3.   What "
                 "happened') wholly bold; the converter's grey stamp line over a rule on every page ('Converted for "
                 "bionic reading \u2013 fixation 3, saccade 10 ...'). A bold half and its regular half are one "
                 "word. Paragraphs run over pages (" + ", ".join(cross) + "). Pages are physical."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 3. converted.docx: an online PDF-to-Word converter's output, printed lines as soft breaks
# --------------------------------------------------------------------------
CV_PLAN = [[70, 80], [95, 100, 90], [105, 110, 115, 95], [100, 105, 95], [80, 75]]
CV_FUSED = {"2.2", "4.3"}  # the converter joined this paragraph to the one before it
CV_WIDTH, CV_LINES = 451.0, 42
CV_RPR = '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/></w:rPr>'
CV_RPR_B = ('<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:bCs/><w:sz w:val="{}"/>'
            "</w:rPr>")


def cv_run(s, rpr=CV_RPR):
    sp = ' xml:space="preserve"' if s != s.strip() else ""
    return f"<w:r>{rpr}<w:t{sp}>{xesc(s)}</w:t></w:r>"


def cv_lines_xml(lines, rpr=CV_RPR):
    """Printed lines as one run each with a soft break (w:br) between them, as the converter keeps them."""
    return "".join((f"<w:r>{rpr}<w:br/></w:r>" if j else "") + cv_run(ln, rpr) for j, ln in enumerate(lines))


def cv_number(label):
    """The number in a run of its own and one space expanded to reach the text indent (720 twips = 36 pt)."""
    gap = 36.0 - sw(label, A, 11) - sw(" ", A, 11)
    return (cv_run(label) + '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
            f'<w:spacing w:val="{round(gap * 20)}"/><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r>')


def cv_box(k, text, y_emu, right=False):
    """A floating text box positioned on the page, as the converter draws a printed running line."""
    cx, cy = 5727700, 190500
    jc = '<w:jc w:val="right"/>' if right else ""
    inner = (f'<w:p><w:pPr><w:spacing w:after="0"/>{jc}</w:pPr>'
             + cv_run(text, '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:color w:val="595959"/>'
                            '<w:sz w:val="17"/></w:rPr>') + "</w:p>")
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" '
        f'simplePos="0" relativeHeight="{251658240 + k}" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>914400'
        f'</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{y_emu}</wp:posOffset>'
        f'</wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{k}" name="Text Box {k}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect">'
        '<a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" '
        'lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def cv_package(path, doc, n_pages, n_words):
    styles = _b36.styles_xml("Arial", "")
    settings = (f'{XML_HEAD}<w:settings {WP_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                "</w:settings>")
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            f'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId2" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId1" Type="{DOC_REL}/styles" Target="styles.xml"/></Relationships>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           f'</Template><Pages>{n_pages}</Pages><Words>{n_words + 150}</Words><Application>Online PDF to Word '
           "Converter 6.2</Application><DocSecurity>0</DocSecurity></Properties>")
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>CSPR Child M overview report'
            f'</dc:title><dc:subject>{FICT}</dc:subject><dc:creator>PDF to Word</dc:creator><dcterms:created '
            'xsi:type="dcterms:W3CDTF">2025-03-11T08:02:00Z</dcterms:created><dcterms:modified '
            'xsi:type="dcterms:W3CDTF">2025-03-11T08:02:00Z</dcterms:modified></cp:coreProperties>')
    zip_parts(path, {"[Content_Types].xml": docx_content_types(["document", "styles", "settings"]),
                     "_rels/.rels": rels, "word/document.xml": doc, "word/_rels/document.xml.rels": doc_rels,
                     "word/styles.xml": styles, "word/settings.xml": settings, "docProps/app.xml": app,
                     "docProps/core.xml": core}, (2025, 3, 11, 8, 2, 0))


def make_converted(out, pm):
    path = out / "converted.docx"

    def meas(s):
        return sw(s, A, 11)

    # the printed report, laid out in lines and pages first: blocks (kind, label, lines), a page 44 lines deep
    blocks = [("title", None, [_text.CV_HEAD.split(" \u2013 ")[1].replace(" (FICTIONAL)", "") + " \u2013 overview "
                               "report"]),
              ("plain", None, [" ".join(ln) for ln in wrap(f"{FICT}. {INVENTED}".split(), CV_WIDTH, meas)])]
    result, texts = [], []
    for s, items in enumerate(CV_PLAN, 1):
        blocks.append(("head", None, [f"{s}.\u00a0\u00a0{_text.CV_TITLES[s - 1]}"]))
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "child")
            words = t.split()
            if label == _text.CV_NUMBERED_LINE[0]:
                cut = len(words) // 2
                while not words[cut - 1].endswith("."):
                    cut += 1
                words = [*words[:cut], "\n", *_text.CV_NUMBERED_LINE[1].split(), *words[cut:]]
                t = " ".join(w for w in words if w != "\n")
            lines = [" ".join(ln) for ln in wrap(words, CV_WIDTH - 36, meas)]
            blocks.append(("para", label, lines))
            texts.append(t)
            result.append(entry(label, None, t))
    pages, used = [[]], 0  # pages of (kind, label, lines, continued)
    for kind, label, lines in blocks:
        need = len(lines) + 1
        if (kind == "head" and used + need + 3 > CV_LINES) or (kind != "para" and used + need > CV_LINES):
            pages.append([])
            used = 0
        room = CV_LINES - used - 1
        if kind == "para" and len(lines) > room:
            if room >= 2 and len(lines) - room >= 2:
                pages[-1].append((kind, label, lines[:room], False))
                pages.append([(kind, label, lines[room:], True)])
                used = len(lines) - room + 1
                continue
            pages.append([])
            used = 0
        pages[-1].append((kind, label, lines, False))
        used += need
    n = len(pages)
    body, box, by_label = [], 0, {d["label"]: d for d in result}
    para_ppr = ('<w:pPr><w:spacing w:before="0" w:after="{}" w:line="253" w:lineRule="exact"/>'
                '<w:ind w:left="720" w:hanging="{}"/></w:pPr>')
    for pg, items in enumerate(pages, 1):
        box += 2
        body.append('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr>'
                    '<w:sz w:val="2"/></w:rPr></w:pPr>' + cv_box(box - 1, _text.CV_HEAD, 449580)
                    + cv_box(box, f"Page {pg} of {n}", 10058400, right=True) + "</w:p>")
        open_p = None
        for kind, label, lines, cont in items:
            if kind == "para" and label in CV_FUSED and not cont and open_p is not None:
                open_p.append(f"<w:r>{CV_RPR}<w:br/></w:r>" + cv_number(label) + cv_lines_xml(lines))
                by_label[label]["page"] = pg
                continue
            if open_p is not None:
                body.append("".join(open_p) + "</w:p>")
                open_p = None
            if kind == "title":
                body.append('<w:p><w:pPr><w:spacing w:after="240"/></w:pPr>'
                            + cv_lines_xml(lines, CV_RPR_B.format(32)) + "</w:p>")
            elif kind == "plain":
                body.append('<w:p><w:pPr><w:spacing w:after="240"/></w:pPr>' + cv_lines_xml(lines) + "</w:p>")
            elif kind == "head":
                body.append('<w:p><w:pPr><w:spacing w:before="240" w:after="120"/></w:pPr>'
                            + cv_lines_xml(lines, CV_RPR_B.format(24)) + "</w:p>")
            elif cont:
                open_p = ["<w:p>" + para_ppr.format(120, 0), cv_lines_xml(lines)]
            else:
                by_label[label]["page"] = pg
                open_p = ["<w:p>" + para_ppr.format(120, 720), cv_number(label), cv_lines_xml(lines)]
        if open_p is not None:
            body.append("".join(open_p) + "</w:p>")
        if pg < n:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1440" w:bottom="1134" '
            'w:left="1440" w:header="0" w:footer="0" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    cv_package(path, doc, n, sum(len(t.split()) for t in texts))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back: python-docx opens the package; with lxml, each body paragraph's own runs (text boxes left out) as
    # lines parted at soft breaks; a line "3.2 " + text opens a paragraph, any other line of a body paragraph goes
    # on with the open one, a bold line (a heading) closes it; page = 1 + page breaks before the paragraph
    import docx
    from lxml import etree
    docx.Document(str(path))
    w = f"{{{W_NS}}}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    got, pg, words_on, fused, numbered_line, joined = [], 1, {1: 0}, 0, 0, 0
    for p in root.find(f"{w}body").findall(f"{w}p"):
        if p.find(f".//{w}br[@{w}type='page']") is not None:
            pg += 1
            words_on[pg] = 0
            continue
        runs = p.findall(f"{w}r")
        s = "".join(("\n" if el.tag == f"{w}br" else el.text or "") for r in runs for el in r
                    if el.tag in (f"{w}t", f"{w}br"))
        if not s:
            continue
        bold = runs[0].find(f"{w}rPr/{w}b") is not None
        for li, ln in enumerate(s.split("\n")):
            if bold:
                got.append(None)
            elif m := re.match(r"(\d\.\d+) (.+)", ln):
                got.append([m.group(1), pg, m.group(2)])
                fused += li > 0
            elif got and got[-1] is not None:
                got[-1][2] += " " + ln
                numbered_line += bool(re.match(r"\d", ln))
                joined += li == 0
            words_on[pg] += len(ln.split())
    got = [g for g in got if g is not None]
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"converted.docx: read back {[(g[0], g[1]) for g in got]}")
    if fused != len(CV_FUSED) or numbered_line != 1 or joined < 2 or max(words_on.values()) > 480:
        raise AssertionError(f"converted.docx: {fused} fused, {numbered_line} numbered lines, {joined} over pages")
    cross = [d["label"] for d in result if any(it[1] == d["label"] and it[3] for items in pages for it in items)]
    return {
        "note": ("A child safeguarding practice review run through an ONLINE PDF-TO-WORD CONVERTER: every printed "
                 "block is one Word paragraph whose PRINTED LINE ENDS ARE KEPT AS SOFT BREAKS (w:br); a paragraph's "
                 "number is a run of its own followed by one space whose CHARACTER SPACING IS EXPANDED (w:spacing) "
                 "to reach the hanging indent; the converter FUSED " + " and ".join(sorted(CV_FUSED)) + " INTO THE "
                 "WORD PARAGRAPH OF THE PARAGRAPH BEFORE, their numbers opening a line after a soft break; in "
                 + _text.CV_NUMBERED_LINE[0] + " a soft-broken line BEGINS WITH A NUMBER ('12 weeks passed ...'), "
                 "part of the paragraph; every printed page begins with an empty paragraph anchoring two FLOATING "
                 "TEXT BOXES, the running header and 'Page 2 of " + str(n) + "'; every printed page ends in a page "
                 "break paragraph, so a paragraph that ran over a page (" + ", ".join(cross) + ") is two Word "
                 "paragraphs, the second without a number, and goes on there. Headings are bold runs ('3.  What "
                 "happened'), no styles. Text boxes and headings are no paragraph's text. page = 1 + the page "
                 "breaks (w:br page) before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. readerview.html: a page saved from Firefox's Reader View, numbers in <p>s of their own
# --------------------------------------------------------------------------
RV_PLAN = [[75, 80], [100, 95, 85], [110, 105, 115, 100], [105, 110, 95], [90, 80]]
RV_TWO_P = {"2.2", "3.3", "4.1"}  # paragraphs the original page set as two <p>s


def rv_toolbar():
    voices = ["Default", "Microsoft Hazel - English (United Kingdom)", "Microsoft George - English (United Kingdom)",
              "Microsoft Susan - English (United Kingdom)"]
    opts = "".join(f'<button class="option{" selected" if j == 0 else ""}" role="option" aria-selected="'
                   f'{"true" if j == 0 else "false"}" data-value="{"automatic" if j == 0 else v}">{v}</button>'
                   for j, v in enumerate(voices))
    return (
        '<div id="toolbar" class="toolbar-container"><div class="toolbar reader-toolbar"><div class="reader-controls" '
        'role="toolbar" aria-label="Reader View controls">'
        '<button class="close-button toolbar-button" aria-label="Close Reader View"><span class="hover-label">Close '
        "Reader View</span></button>"
        '<ul class="dropdown style-dropdown"><li><button class="dropdown-toggle toolbar-button style-button" '
        'aria-label="Type controls"><span class="hover-label">Type controls</span></button></li>'
        '<li class="dropdown-popup"><div class="font-type-buttons"><button class="sans-serif-button selected">'
        "Sans-serif</button><button class=\"serif-button\">Serif</button></div><div class=\"font-size-buttons\">"
        '<button class="minus-button">-</button><span class="font-size-value">20</span><button class="plus-button">'
        "+</button></div><div class=\"content-width-buttons\"><button class=\"content-width-minus-button\">"
        "Narrower</button><button class=\"content-width-plus-button\">Wider</button></div></li></ul>"
        '<div class="dropdown narrate-dropdown"><button class="dropdown-toggle toolbar-button narrate-toggle" '
        'aria-label="Listen (N)"><span class="hover-label">Listen (N)</span></button><div class="dropdown-popup">'
        '<div class="narrate-row narrate-control"><button class="narrate-skip-previous" aria-label="Back"></button>'
        '<button class="narrate-start-stop" aria-label="Start (N)"></button><button class="narrate-skip-next" '
        'aria-label="Forward"></button></div><div class="narrate-row narrate-rate"><input class="narrate-rate-input" '
        'value="0" step="5" max="100" min="-100" type="range" aria-label="Speed"></div><div class="narrate-row '
        'narrate-voices"><div class="voiceselect voice-select"><button class="select-toggle" aria-controls='
        '"voice-options"><span class="label">Voice:</span> <span class="current-voice">Default</span></button>'
        f'<div class="options" id="voice-options" role="listbox">{opts}</div></div></div></div></div>'
        '<button class="toolbar-button pocket-button" aria-label="Save to Pocket"><span class="hover-label">Save to '
        "Pocket</span></button></div></div></div>\n")


def make_readerview(out, pm):
    path = out / "readerview.html"
    result, texts, parts = [], [], []
    for s, items in enumerate(RV_PLAN, 1):
        parts.append(f"<h2>{s}. {hesc(_text.RV_TITLES[s - 1])}</h2>\n")
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            texts.append(t)
            result.append(entry(label, None, t))
            ps = [t]
            if label in RV_TWO_P:
                sents = re.split(r"(?<=[.!?])\s+(?=[A-Z])", t)
                ps = [" ".join(sents[:len(sents) // 2]), " ".join(sents[len(sents) // 2:])]
            parts.append(f"<div><p><span>{label}</span></p>\n"
                         + "".join(f"<p>{hesc(p)}</p>\n" for p in ps) + "</div>\n")
            if label == "2.3":
                parts.append('<figure><img src="https://www.hollinsby-sab.example/media/contacts-chart.png" '
                             'alt="Bar chart of contacts with agencies by month"><figcaption>Figure 2.1: contacts '
                             "with agencies in the twelve months before June 2023</figcaption></figure>\n")
            if label == "3.4":
                rows = "".join(f"<tr><td>{d}</td><td>{hesc(e)}</td></tr>" for d, e in _text.RV_DATES)
                parts.append("<table><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>"
                             f"{rows}</tbody></table>\n")
    content = "".join(parts)
    html = (
        "<!DOCTYPE html>\n<html><head>\n<meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\">\n"
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type">\n<meta name="viewport" '
        'content="width=device-width; user-scalable=0">\n<link rel="stylesheet" '
        'href="chrome://global/skin/aboutReader.css" type="text/css">\n'
        f"<title>{hesc(_text.RV_TITLE)} | Hollinsby SAB</title>\n</head>\n"
        '<body class="light sans-serif loaded" style="--font-size: 20px; --content-width: 30em;">\n'
        '<div class="top-anchor"></div>\n' + rv_toolbar()
        + '<div class="container" style="--font-size: 20px; --content-width: 30em;" dir="ltr" lang="en-GB">\n'
        '<div class="header reader-header reader-show-element">\n'
        f'<a class="domain reader-domain" href="https://{_text.RV_DOMAIN}/reviews/mrs-dunmore">{_text.RV_DOMAIN}'
        "</a>\n<div class=\"domain-border\"></div>\n"
        f'<h1 class="reader-title">{hesc(_text.RV_TITLE)}</h1>\n'
        f'<div class="credits reader-credits">{hesc(_text.RV_BYLINE)}</div>\n'
        '<div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time" '
        'data-l10n-args="{&quot;range&quot;:&quot;18\u201323&quot;,&quot;rangePlural&quot;:&quot;other&quot;}">'
        "18\u201323 minutes</div></div>\n</div>\n<hr>\n"
        '<div class="content">\n<div class="mozaik-reader-content reader-show-element"><div id="readability-page-1" '
        f'class="page"><div>\n<p><em>{FICT}. {INVENTED}</em></p>\n' + content
        + "</div></div></div>\n</div>\n"
        '<div class="reader-message"></div>\n</div>\n</body></html>\n')
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: in the page's content, a <p> that is a number alone opens a paragraph, the <p>s after it
    # are its text; a heading, figure or table closes it
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    page = root.xpath('//div[@id="readability-page-1"]')[0]
    got, cur = [], None
    for el in page.iter("p", "h2", "figure", "table"):
        if el.tag == "p" and el.getparent().tag == "div" and el.getparent().getparent() is not None:
            s = el.text_content().strip()
            if re.fullmatch(r"\d\.\d+", s):
                cur = [s, ""]
                got.append(cur)
            elif cur is not None:
                cur[1] = (cur[1] + " " + s).strip()
        else:
            cur = None
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"readerview.html: read back {[g[0] for g in got]}")
    if len(root.xpath("//p[span][count(*)=1]")) != len(result):
        raise AssertionError("readerview.html: numbers")
    return {
        "note": ("A safeguarding adults review page SAVED FROM FIREFOX'S READER VIEW ('Save Page As' on about:reader, "
                 "the reader's stylesheet a chrome:// link that does not load): the reader's toolbar (Close Reader "
                 "View, Type controls with font and width buttons, the Listen panel with Back/Start/Forward, a "
                 "speed slider and a voice list, Save to Pocket), the domain link, the title, the byline and the "
                 "'18\u201323 minutes' reading-time line, then Readability's rewrite of the page: the classes gone, "
                 "and every paragraph number, a <span> beside the text's <p> in the original, WRAPPED IN A <p> OF "
                 "ITS OWN ABOVE ITS TEXT (<p><span>3.2</span></p><p>The ...</p>); " + ", ".join(sorted(RV_TWO_P))
                 + " are two <p>s each; a figure with the caption 'Figure 2.1: ...', a key dates table ('03.11.2022'"
                 "), headings as <h2> ('3. What happened'). A number's paragraph is the <p>s after it up to the "
                 "next number, heading, figure or table. Toolbar, header, captions and tables are no paragraph's "
                 "text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. docling.md: a PDF converted to Markdown by a layout-model converter, its guesses kept
# --------------------------------------------------------------------------
DL_PLAN = [[70, 75], [90, 100, 85], [110, 100, 120, 95], [100, 95, 45, 105], [80, 70]]
DL_PLAIN = {"2.3", "3.4", "5.1"}  # read by the layout model as text, not list items
DL_HEADING = "4.3"  # read as a section header, the whole paragraph
DL_SPLIT = "3.3"  # cut by a page break: the rest a paragraph of its own
DL_MISSED = 3  # the section heading read as text: "3. What happened", an ordered list item in Markdown
GLYPH = "GLYPH<c=31,font=/AAAAAH+ArialMT>"


def make_docling(out, pm):
    path = out / "docling.md"
    blocks = [f"# {_text.DL_TITLE}", "Quarrendon Safeguarding Children Partnership (FICTIONAL)", "<!-- image -->",
              f"{FICT}. {INVENTED}"]
    result, texts, glyph_in = [], [], []
    for s, items in enumerate(DL_PLAN, 1):
        title = f"{s}. {_text.DL_TITLES[s - 1]}"
        blocks.append(title if s == DL_MISSED else f"## {title}")
        bullets = []
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "child")
            texts.append(t)
            result.append(entry(label, None, t))
            words = t.split()
            shown = list(words)
            for i in range(10, len(words) - 8):
                if "fi" in words[i] and s in (2, 4) and s not in glyph_in:
                    shown[i] = words[i].replace("fi", GLYPH, 1)
                    glyph_in.append(s)
                    break
            body = " ".join(shown)
            rest = None
            if label == DL_SPLIT:
                cut = len(shown) // 2
                body, rest = " ".join(shown[:cut]), " ".join(shown[cut:])
            if label == DL_HEADING or label in DL_PLAIN:
                if bullets:
                    blocks.append("\n".join(bullets))
                    bullets = []
                blocks.append(f"## {label} {body}" if label == DL_HEADING else f"{label} {body}")
            else:
                bullets.append(f"- {label} {body}")
            if rest is not None:
                blocks += ["\n".join(bullets), rest]
                bullets = []
            if label == "3.2":
                blocks += ["\n".join(bullets), "<!-- image -->"]
                bullets = []
        if bullets:
            blocks.append("\n".join(bullets))
        if s == 5:
            blocks.append("| No.   | Recommendation   |\n|-------|------------------|\n" + "\n".join(
                f"| {a}     | {b} |" for a, b in _text.DL_RECS))
    blocks = [b for b in blocks if b]
    write_markdown(path, blocks)
    from markdown_it import MarkdownIt
    tokens = MarkdownIt("commonmark").enable("table").parse(path.read_text(encoding="utf-8"))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with markdown-it (CommonMark with GFM tables, as the converter writes them): the blocks as
    # headings, list items, paragraphs, tables and HTML; a block whose text opens "3.2 " opens a paragraph; an
    # unnumbered paragraph goes on with the open one; a heading without a number, an ordered list item, a table or
    # an HTML block closes it
    got, cur, ordered, stack = [], None, [], []
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            stack.append(tok.type)
            if tok.type == "ordered_list_open":
                ordered.append(tok.attrGet("start"))
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            stack.pop()
        elif tok.type in ("table_open", "html_block"):
            cur = None
        elif tok.type == "inline" and tokens[i - 1].type in ("heading_open", "paragraph_open"):
            s = tok.content.replace(GLYPH, "fi")
            m = re.match(r"(\d\.\d+) (.+)", s, re.S)
            if stack and stack[-1] == "ordered_list_open":
                cur = None
            elif m:
                cur = [m.group(1), m.group(2).replace("\n", " ")]
                got.append(cur)
            elif tokens[i - 1].type == "paragraph_open" and cur is not None:
                cur[1] += " " + s
            else:
                cur = None
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"docling.md: read back {[g for g, d in zip(got, texts, strict=False) if g[1] != d]}")
    if ordered != [DL_MISSED] or glyph_in != [2, 4]:
        raise AssertionError(f"docling.md: ordered lists {ordered}, glyphs in {glyph_in}")
    return {
        "note": ("A local child safeguarding practice review CONVERTED FROM PDF TO MARKDOWN BY A LAYOUT-MODEL "
                 "CONVERTER (docling style), its guesses kept: a '# ' title, '<!-- image -->' placeholders for the "
                 "logo and a chart; most numbered paragraphs written as BULLET ITEMS '- 3.2 The ...', "
                 + ", ".join(sorted(DL_PLAIN)) + " as plain paragraphs '3.4 The ...', " + DL_HEADING + " as a "
                 "HEADING '## " + DL_HEADING + " ...' holding the whole paragraph; section headings '## 1. "
                 "Introduction' except one MISSED and written '3. What happened', which CommonMark reads as an "
                 "ORDERED LIST ITEM numbered 3 (a heading, not a paragraph); " + DL_SPLIT + " cut at a page break, "
                 "its rest an unnumbered paragraph after its bullet (part of it); an unmapped ligature written '"
                 + GLYPH + "' in place of 'fi' inside a word of two paragraphs (the key has 'fi'); a pipe table of "
                 "recommendations numbered '1' to '3' (no paragraphs). No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "immersive.pdf": make_immersive, "bionic.pdf": make_bionic, "converted.docx": make_converted,
        "readerview.html": make_readerview, "docling.md": make_docling})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind53-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
