"""Blind fixture generator 48: five FICTIONAL ALTERNATIVE-FORMAT VERSIONS of review reports, made for readers other
than the report's first audience: a dyslexia-friendly PDF, an Easy Read booklet, a Word version with a plain English
summary box before each chapter and alt text on its pictures, a web page built for screen readers and listeners, and
the transcript of an audio version.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial metric Type 1 faces), lxml, python-docx and
pdfplumber; no system fonts, no network. Every generator checks its own key with pdfplumber/lxml/python-docx, never
with the project's parser.

dyslexia.pdf    the DYSLEXIA-FRIENDLY VERSION of a safeguarding adults review (Corlan Vale SAB) made to the British
                Dyslexia Association's style guide: every page's CREAM BACKGROUND is a full-page filled rectangle
                drawn first; Arial 12 pt in dark blue-grey on 18 pt lines (1.5 line spacing), ragged right, a short
                measure; WIDE LETTER SPACING set by the PDF CHARACTER-SPACING OPERATOR (1.5 Tc on every line, so the
                text layer has a 1.5 pt gap after every glyph) and wider word spacing (2.4 Tw); BOLD INSTEAD OF
                ITALICS: the titles of documents are bold inside sentences (a font change in mid-line, in the same
                text object), and one paragraph OPENS with a bold title right after its bold number; bold numbers
                ("3.2", no stop) hanging in the left margin, bold 16 pt headings "3. What happened"; a cover page
                explaining the version; running head from page 2, "Page N" at the foot; paragraphs across page
                breaks
easyread.pdf    the EASY READ VERSION of a child safeguarding practice review (Hollowmere SCP): each block is a
                PICTURE (an image placeholder: a pale rounded box with a disc, no text) in the left column and two or
                three SHORT SENTENCES in Arial 16 pt on 24 pt lines in the right column, each sentence starting a
                new line, hard words in bold; under the picture of a block the FULL REPORT'S PARAGRAPH NUMBER in
                SMALL PRINT (grey 9 pt "3.4", no stop), so the number's baseline is nearly four lines BELOW the
                block's first sentence (drawn before the sentences in the stream); the numbers are the full report's
                and NOT CONSECUTIVE (1.2, 1.4, 2.1, 2.3, ...); unnumbered blocks "About this booklet" first (one says
                "a small number like 3.4"); section headings white on a coloured band; "Hard words" glossary blocks
                at the end, unnumbered; blocks never split over pages; "Page N" at the foot
plainenglish.docx  an ACCESSIBLE WORD VERSION of a safeguarding adults review (Stannerby SAB) with a PLAIN ENGLISH
                SUMMARY BOX before each chapter's first paragraph: a one-cell shaded table (w:tblCaption "Plain
                English summary") holding "In plain English" and two or three bulleted sentences, some beginning
                "Paragraph 1.2 explains ...", "Paragraphs 3.2 to 3.4 describe ..." and "4 things went wrong ...";
                paragraphs numbered by Word's automatic numbering (Heading 1 "%1.", body "%1.%2"); PICTURES WITH ALT
                TEXT (wp:docPr/@descr): a decorative logo on the cover marked decorative (adec:decorative), two
                pictures in paragraphs of their own between numbered paragraphs, each followed by a Caption
                paragraph "Figure 1: ..." (one caption cites "paragraphs 3.2 to 3.4"), and a small "Key point" icon
                as an inline picture AT THE START of three numbered paragraphs, before their first word; explicit
                page breaks before chapters and inside the long chapter 3
listen.html     a safeguarding adults board's web page of a review BUILT FOR SCREEN READERS AND LISTENERS: skip links,
                an accessibility toolbar, a ReadSpeaker "Listen" button (div.rs_skip.rsbtn), landmarks and
                sections labelled by aria-labelledby; each chapter opens with an <audio> player of that chapter,
                its FALLBACK TEXT inside <audio> ("... paragraphs 3.1 to 3.5 ...") and a <figcaption> named by
                aria-describedby; paragraphs <p class="para" id="para-3-2"><span class="para-num rs_skip"
                aria-label="Paragraph 3.2">3.2</span> The ...</p> (the number's accessible name differs from its
                text); GLOSSARY TERMS inside three paragraphs as <button aria-describedby="def-..."> with their
                TOOLTIP <span role="tooltip" hidden> right after the term, INSIDE THE PARAGRAPH (one in its last
                sentence); "Back to top" links, an "Other formats" list, a feedback form, a footer
transcript.txt  the TRANSCRIPT OF THE AUDIO VERSION of a child safeguarding practice review (Kestrelford SCP), as the
                audio producer exports it beside the MP3: UTF-8, LF, one CUE a line with a "[hh:mm:ss]" timestamp,
                blank lines between cues, the speaker "NARRATOR:" on the first cue only; sound cues "[Music plays]"
                and "[Pause]" on cues of their own; headings read as "Section 3. What happened."; each paragraph's
                number READ OUT at its start, "Paragraph 3.2. The ..."; long paragraphs SPLIT OVER TWO OR THREE CUES
                (a new timestamp every 60 words or so, at a sentence end and, twice, in mid-sentence)

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2"; in the transcript the number read
  out, "Paragraph 3.2." is 3.2 and "Paragraph 3.2." is not part of the text; on the web page the number's text
  (not its aria-label) is the label;
- in the Easy Read booklet the small number under a picture labels the sentences beside that picture (its block);
  the numbers are the full report's, so they skip; unnumbered blocks (about this booklet, the glossary) are no
  paragraphs, and a number inside a sentence ("a small number like 3.4") is no label;
- letter spacing (Tc) does not split words: "safeguarding" set with gaps after every letter is one word; bold
  titles inside or at the start of a paragraph are part of its text;
- plain English summary boxes, captions, alt text, pictures and icons, audio players and their fallback text,
  captions of the players, glossary tooltips (hidden), skip links, toolbars, "Listen" buttons, timestamps, speaker
  names, sound cues, section lines, title lines, headings, running heads and folios are no paragraph's text; a
  paragraph split over cues runs on after the next timestamp;
- pages: physical and 1-based for PDF (a paragraph's page is its first line's; its last words may be on a later
  page). DOCX pages are counted from explicit breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the
  paragraph (each page holds at most about 480 words). HTML and plain text: null.
"""
import io
import itertools
import os
import pathlib
import re
import struct
import sys
import zipfile
import zlib

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import draw as _draw  # type: ignore
    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import Layout, register_fonts, sw  # type: ignore
    from blindkit.flow import DrawFlow  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry  # type: ignore
    from blindkit.markup import SECT_A4, hesc  # type: ignore
    from blindkit.pdfread import check_pdf_key, label_at, pdf_pages, words_of  # type: ignore
    from blindkit.wordread import check_numbered  # type: ignore

    _text = _harness.load(__file__, "blind48_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import draw as _draw
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, register_fonts, sw
    from ..blindkit.flow import DrawFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.markup import SECT_A4, hesc
    from ..blindkit.pdfread import check_pdf_key, label_at, pdf_pages, words_of
    from ..blindkit.wordread import check_numbered
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
W_NS, XML_HEAD, WP_NS, BRK = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS, _b36.BRK
wp, wr, docx_package, styles_xml = _b36.wp, _b36.wr, _b36.docx_package, _b36.styles_xml

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB = "ArialMT", "Arial-BoldMT"
T1_FACES = {A: "_a______", AB: "_ab_____"}


# --------------------------------------------------------------------------
# shared: a line of runs in one text object, with character spacing (Tc) and word spacing (Tw)
# --------------------------------------------------------------------------
class SpacedLayout(Layout):
    """blindkit's Layout plus ("S", x, y, [(text, font)], size, rgb, tc, tw): one text object for a line whose runs
    change font in mid-line, set with Tc and Tw."""

    def render(self, path, info):
        from reportlab.pdfgen.canvas import Canvas
        c = Canvas(str(path), pagesize=(self.w, self.h), invariant=1, pageCompression=1)
        c.setTitle(info.get("Title", ""))
        c.setAuthor(info.get("Author", ""))
        c.setSubject(info.get("Subject", ""))
        c.setCreator(info.get("Creator", ""))
        c.setProducer(info.get("Producer", ""))
        for prims in self.pages:
            for p in prims:
                if p[0] == "S":
                    _, x, y, runs, size, rgb, tc, tw = p
                    t = c.beginText()
                    t.setTextOrigin(x, y)
                    t.setFillColorRGB(*rgb)
                    if tc:
                        t.setCharSpace(tc)
                    if tw:
                        t.setWordSpace(tw)
                    for s, font in runs:
                        t.setFont(font, size)
                        t.textOut(s)
                    c.drawText(t)
                else:
                    _draw._draw(c, p)
            c.showPage()
        c.save()


def bold_words(s):
    """'a **b c** d' -> ('a b c d', [('a', False), ('b', True), ('c', True), ('d', False)])."""
    out, on = [], False
    for w in s.split():
        start = w.startswith("**")
        w2 = w[2:] if start else w
        on = on or start
        end = "**" in w2
        w2 = w2.replace("**", "")
        out.append((w2, on))
        if end:
            on = False
    return " ".join(w for w, _ in out), out


def runs_of(words, regular, bold):
    """[(word, bold?)] -> [(text, font)] with the spaces at the start of the following run."""
    runs = []
    for i, (w, b) in enumerate(words):
        f = bold if b else regular
        s = (" " if i else "") + w
        if runs and runs[-1][1] == f:
            runs[-1] = (runs[-1][0] + s, f)
        else:
            runs.append((s, f))
    return runs


def runs_width(runs, size, tc=0.0, tw=0.0):
    return sum(sw(s, f, size) + tc * len(s) + tw * s.count(" ") for s, f in runs)


def wrap_bold(words, width, size, regular, bold, tc=0.0, tw=0.0):
    lines, cur = [], []
    for w in words:
        if cur and runs_width(runs_of([*cur, w], regular, bold), size, tc, tw) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------
# 1. dyslexia.pdf: cream page, Tc letter spacing, 1.5 line spacing, bold in place of italics
# --------------------------------------------------------------------------
DY_PLAN = [
    ("1", "Introduction", [80, 95]),
    ("2", "Mrs Ferris and her sister", [105, 115, 90]),
    ("3", "What happened", [120, 110, 125, 115, 100]),
    ("4", "What the review found", [115, 120, 110]),
    ("5", "What the board will do", [95, 85]),
]
CREAM = (0.98, 0.965, 0.894)
INK = (0.1, 0.12, 0.22)
DY_L, DY_TX, DY_R = 72.0, 114.0, 492.0
DY_FS, DY_LEAD, DY_TC, DY_TW = 12.0, 18.0, 1.5, 2.4
DY_TOP, DY_BOTTOM = 770.0, 78.0
DY_TITLE = "Safeguarding Adults Review: Mrs Ferris"


def make_dyslexia(out, pm):
    path = out / "dyslexia.pdf"
    lay = SpacedLayout()

    def spaced(x, y, runs, size=DY_FS, rgb=INK, page=None):
        lay.add(("S", x, y, runs, size, rgb, DY_TC, DY_TW), page)

    def new_page():
        lay.new_page()
        lay.rect(0, 0, lay.w, lay.h, CREAM)

    new_page()
    spaced(DY_L, 730, [("Safeguarding Adults Review:", AB)], 24)
    spaced(DY_L, 700, [("Mrs Ferris", AB)], 24)
    spaced(DY_L, 664, [("Dyslexia-friendly version", AB)], 18, (0.15, 0.3, 0.5))
    cover = ["Corlan Vale Safeguarding Adults Board (FICTIONAL)", "Published September 2025",
             "This version of the report uses a cream background, a plain font, wider spaces between letters and "
             "lines, and bold text where the full report uses italics. The words and the paragraph numbers are the "
             "same as in the full report.", f"{FICT}. {INVENTED}"]
    y = 620.0
    for s in cover:
        for ln in wrap_bold([(w, False) for w in s.split()], DY_R - DY_L, 11, A, AB, DY_TC, DY_TW):
            spaced(DY_L, y, runs_of(ln, A, AB), 11)
            y -= DY_LEAD
        y -= 10
    fl = DrawFlow(lay, DY_TOP, DY_BOTTOM, new_page)
    fl.page()
    result, texts, ends, labels = [], [], [], []
    for sec, title, items in DY_PLAN:
        def head(pg, y, s=f"{sec}. {title}"):
            spaced(DY_L, y, [(s, AB)], 16, (0.15, 0.3, 0.5), page=pg)
        fl.place([(22.0, 28.0, head)], keep=1)
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "adult")
            if label in _text.DY_BOLD:
                where, s = _text.DY_BOLD[label]
                if where == "open":
                    t = s + " " + t
                else:
                    first, rest = re.match(r"(.+?[.!?]) (.+)", t).groups()
                    t = f"{first} {s} {rest}"
            plain, words = bold_words(t)
            lines = wrap_bold(words, DY_R - DY_TX, DY_FS, A, AB, DY_TC, DY_TW)
            rows = []
            for j, ln in enumerate(lines):
                def dr(pg, y, ln=ln, j=j, label=label):
                    if j == 0:
                        spaced(DY_L, y, [(label, AB)], page=pg)
                    spaced(DY_TX, y, runs_of(ln, A, AB), page=pg)
                rows.append((12.0 if j == 0 else 0.0, DY_LEAD, dr))
            placed = fl.place(rows, keep=2)
            texts.append(plain)
            result.append(entry(label, placed[0][0], plain))
            ends.append(placed[-1][0])
            labels.append((placed[0][0], DY_L, placed[0][1]))
    grey = (0.3, 0.3, 0.4)
    for k in range(2, lay.n + 1):
        spaced(DY_L, 806, [(DY_TITLE + " \u2013 dyslexia-friendly version (FICTIONAL)", A)], 9, grey, page=k)
        s = f"Page {k}"
        spaced(DY_R - sw(s, A, 11) - DY_TC * len(s), 42, [(s, A)], 11, grey, page=k)
    lay.render(path, {"Title": DY_TITLE + " (dyslexia-friendly version)", "Author": "Corlan Vale SAB (FICTIONAL)",
                      "Creator": "Microsoft Word for Microsoft 365", "Producer": "Microsoft Word for Microsoft 365",
                      "Subject": FICT})
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    pages = pdf_pages(path)
    body = lambda c: DY_BOTTOM - 1 <= c["matrix"][5] <= DY_TOP  # noqa: E731 - without running head and folio
    check_pdf_key(path.name, pages, result, ends, labels, keep=body)
    cross = check_crossings(path.name, result, ends)
    # the cream rectangle is each page's first drawing; every line is set with Tc, so the glyphs of a word stand
    # 1.5 pt apart in the text layer; bold words sit inside regular lines
    import pdfplumber
    from pdfminer.pdftypes import resolve1
    n_tc = 0
    with pdfplumber.open(path) as pl:
        for p in pl.pages:
            r = p.rects[0]
            if abs(r["width"] - lay.w) > 0.5 or abs(r["height"] - lay.h) > 0.5 or r["non_stroking_color"] is None:
                raise AssertionError("dyslexia.pdf: background")
            n_tc += sum(resolve1(s).get_data().count(b" Tc") for s in p.page_obj.contents)
    if n_tc < 100:
        raise AssertionError(f"dyslexia.pdf: {n_tc} Tc")
    gaps = []
    for chars in pages:
        for a, b in itertools.pairwise(chars):
            if a["text"].isalpha() and b["text"].isalpha() and abs(a["top"] - b["top"]) < 0.1:
                gaps.append(round(b["x0"] - a["x1"], 2))
    if min(gaps) < 1.4 or max(gaps) > 1.6:
        raise AssertionError(f"dyslexia.pdf: letter gaps {min(gaps)} {max(gaps)}")
    for lab in _text.DY_BOLD:
        d = next(d for d in result if d["label"] == lab)
        chars = pages[d["page"] - 1]
        if not any("Bold" in c["fontname"] and c["x0"] > DY_TX + 30 for c in chars):
            raise AssertionError("dyslexia.pdf: bold titles")
    return {
        "note": ("The DYSLEXIA-FRIENDLY VERSION of a safeguarding adults review: every page's CREAM BACKGROUND a "
                 "full-page filled rectangle drawn first; Arial 12 on 18 pt lines (1.5 spacing), ragged right, dark "
                 "blue-grey; WIDE LETTER SPACING by the character-spacing operator (1.5 Tc on every line: a 1.5 pt "
                 "gap after every glyph in the text layer) and 2.4 Tw word spacing; BOLD INSTEAD OF ITALICS: "
                 "document titles bold inside sentences (a font change in mid-line), and " + ", ".join(
                     k for k, v in _text.DY_BOLD.items() if v[0] == "open") + " OPENS with a bold title after its "
                 "bold number; numbers ('3.2', no stop) bold, hanging; bold 16 pt headings '3. What happened'; a "
                 "cover page describing the version; running head from page 2, 'Page N'. Paragraphs run over pages ("
                 + ", ".join(cross) + "). Words set with letter spacing are whole words; bold titles are part of "
                 "the text. Cover, headings, running heads and folios are no paragraph's text."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. easyread.pdf: picture left, short sentences right, the full report's number in small print under the picture
# --------------------------------------------------------------------------
ER_PX, ER_PW, ER_PH = 56.0, 124.0, 96.0
ER_TX, ER_R = 204.0, 540.0
ER_FS, ER_LEAD = 16.0, 24.0
ER_TOP, ER_BOTTOM = 792.0, 78.0
ER_NUM = 9.0
PALE = [(0.85, 0.92, 0.97), (0.93, 0.9, 0.97), (0.9, 0.96, 0.88), (0.99, 0.93, 0.85)]
BAND = (0.36, 0.2, 0.5)


def make_easyread(out, pm):
    path = out / "easyread.pdf"
    lay = SpacedLayout()
    state = {"cur": ER_TOP, "k": 0}

    def new_page():
        lay.new_page()
        state["cur"] = ER_TOP

    def block(sentences, label=None, lead_bold=None):
        """A picture and its sentences; returns (page, baseline of the first sentence, text, number's baseline)."""
        lines = []
        plain_all = []
        for s in sentences:
            plain, words = bold_words(s)
            if lead_bold:
                words = [(w, True) for w, _ in bold_words(lead_bold)[1]] + words
                plain = lead_bold + " " + plain
                lead_bold = None
            plain_all.append(plain)
            lines += wrap_bold(words, ER_R - ER_TX, ER_FS, A, AB)
        h = max(len(lines) * ER_LEAD + 8, ER_PH + 22)
        if state["cur"] - h < ER_BOTTOM:
            new_page()
        top = state["cur"]
        state["k"] += 1
        fill = PALE[state["k"] % len(PALE)]
        lay.add(("RR", ER_PX, top - ER_PH, ER_PW, ER_PH, 8, fill))
        lay.add(("C", ER_PX + ER_PW / 2, top - ER_PH / 2, 26, tuple(v * 0.8 for v in fill)))
        ny = top - ER_PH - 13
        if label:
            lay.text(ER_PX, ny, label, A, ER_NUM, (0.4, 0.4, 0.4))
        y0 = top - 18
        for j, ln in enumerate(lines):
            lay.add(("S", ER_TX, y0 - ER_LEAD * j, runs_of(ln, A, AB), ER_FS, (0, 0, 0), 0.0, 0.0))
        state["cur"] = top - h - 22
        return lay.n, y0, " ".join(plain_all), ny

    def heading(s):
        if state["cur"] - 44 - ER_PH - 30 < ER_BOTTOM:
            new_page()
        top = state["cur"]
        lay.rect(ER_PX - 8, top - 38, ER_R - ER_PX + 16, 38, BAND)
        lay.add(("S", ER_PX, top - 27, [(s, AB)], 22, (1, 1, 1), 0.0, 0.0))
        state["cur"] = top - 38 - 20

    new_page()
    lay.add(("S", ER_PX, 730, [("What we learned from the review", AB)], 30, BAND, 0.0, 0.0))
    lay.add(("S", ER_PX, 694, [("about Jayden", AB)], 30, BAND, 0.0, 0.0))
    lay.add(("S", ER_PX, 650, [("Easy Read", AB)], 22, (0, 0, 0), 0.0, 0.0))
    lay.add(("RR", ER_PX, 380, 300, 230, 12, PALE[0]))
    for k, s in enumerate(["Hollowmere Safeguarding Children Partnership (FICTIONAL)", "October 2025",
                           FICT + ".", INVENTED]):
        lay.text(ER_PX, 300 - 22 * k, s, A, 14)
    new_page()
    heading("About this booklet")
    for ss in _text.ER_INTRO:
        block(ss)
    result, texts, labels = [], [], []
    for title, items in _text.ER_PLAN:
        heading(title)
        for label, ss in items:
            pg, _y0, plain, ny = block(ss, label)
            texts.append(plain)
            result.append(entry(label, pg, plain))
            labels.append((pg, ER_PX, ny))
    heading("Hard words")
    for word, expl in _text.ER_GLOSSARY:
        block([expl], lead_bold=word)
    for k in range(2, lay.n + 1):
        s = f"Page {k}"
        lay.text((lay.w - sw(s, A, 14)) / 2, 36, s, A, 14, page=k)
    lay.render(path, {"Title": "What we learned from the review about Jayden (Easy Read)",
                      "Author": "Hollowmere SCP (FICTIONAL)", "Creator": "Microsoft Publisher for Microsoft 365",
                      "Producer": "Microsoft Publisher for Microsoft 365", "Subject": FICT})
    check_lengths(path.name, texts, lo=18, hi=60)
    check_count(path.name, result, 12, 25)
    pages = pdf_pages(path)
    big = lambda c: c["size"] > 12  # noqa: E731 - the sentences, without the small numbers
    check_pdf_key(path.name, pages, result, [d["page"] for d in result], labels, keep=big)
    # the small number: 9 pt, under the picture, below the block's first sentence, drawn before the sentences
    for d, (pg, x, ny) in zip(result, labels, strict=True):
        label_at(pages[pg - 1], x, ny, d["label"], path.name)
        chars = pages[pg - 1]
        i_num = next(i for i, c in enumerate(chars) if abs(c["matrix"][5] - ny) < 0.05 and c["x0"] < ER_TX)
        first = norm(d["starts_with"])[0]
        i_txt = next(i for i, c in enumerate(chars) if i > i_num and c["x0"] >= ER_TX - 0.1 and c["size"] > 12)
        if chars[i_num]["size"] > ER_NUM + 0.1 or chars[i_txt]["matrix"][5] - ny < 3 * ER_LEAD:
            raise AssertionError(f"easyread.pdf: number {d['label']}")
        if not words_of([c for c in chars if abs(c["matrix"][5] - chars[i_txt]["matrix"][5]) < 0.05])[0] == first:
            raise AssertionError(f"easyread.pdf: first line of {d['label']}")
    allw = [w for p in pages for w in words_of(p)]
    if not contains_seq(allw, norm("a small number like 3.4")):
        raise AssertionError("easyread.pdf: intro")
    return {
        "note": ("The EASY READ VERSION of a child safeguarding practice review (Microsoft Publisher): blocks of a "
                 "PICTURE (a pale rounded box with a disc, no text) on the left and two or three SHORT SENTENCES "
                 "(Arial 16 on 24 pt, each sentence on a new line, hard words bold) on the right; under a block's "
                 "picture the FULL REPORT'S PARAGRAPH NUMBER in SMALL PRINT (grey 9 pt, '3.4'), its baseline nearly "
                 "four lines below the block's first sentence, drawn before the sentences. The numbers are the full "
                 "report's and skip (" + ", ".join(d["label"] for d in result) + "). Each labels the sentences "
                 "beside its picture. Unnumbered 'About this booklet' blocks (one says 'a small number like 3.4') "
                 "and the 'Hard words' glossary are no paragraphs; headings on coloured bands, cover and 'Page N' "
                 "are no paragraph's text. Blocks never split over pages."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. plainenglish.docx: a plain English summary box before each chapter; alt text on pictures
# --------------------------------------------------------------------------
PE_PLAN = [
    ("Introduction", [75, 85]),
    ("Mrs Okafor", [95, 90, 85]),
    ("What happened", [100, 110, 95, 105, 90, 100]),
    ("What the review found", [110, 100, 95]),
    ("What the board will do", [85, 80]),
]
PE_ICON = {"3.1", "4.1", "4.3"}
PE_STYLES = styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing '
    'w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1D4E89"/>'
    '<w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="60"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="BoxHeading"><w:name w:val="Box Heading"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:color w:val="1D4E89"/><w:sz w:val="26"/></w:rPr>'
    '</w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:b/>'
    '<w:color w:val="44546A"/><w:sz w:val="20"/></w:rPr></w:style>'))
PE_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}><w:abstractNum w:abstractNumId="0"><w:nsid w:val="3C2A1F05"/><w:multiLevelType '
    'w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle '
    'w:val="Heading1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" '
    'w:hanging="567"/></w:pPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr>'
    '</w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:nsid w:val="5E1B7A22"/><w:multiLevelType '
    'w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText '
    'w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts '
    'w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '</w:numbering>')
PE_NUMPR = '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECORATIVE = ('<a:extLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:ext '
              'uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative '
              'xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>')


def png(w, h, rgb):
    """A small solid-colour PNG, byte for byte the same every time."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def inline_pic(n, rid, name, descr, cx, cy, decorative=False):
    dec = DECORATIVE if decorative else ""
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{n}" name="Picture {n}" '
            f'descr="{hesc(descr)}">{dec}</wp:docPr><wp:cNvGraphicFramePr><a:graphicFrameLocks '
            'noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic '
            'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
            f'<pic:cNvPr id="{n}" name="{name}" descr="{hesc(descr)}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
            f'<a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>'
            f'<a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def add_media(path, media, when):
    """Add pictures to a package written by docx_package: word/media/<name> with relationships rId20...; the
    [Content_Types].xml gains a png default. Entries keep their order and fixed dates."""
    z = zipfile.ZipFile(path)
    parts = {n: z.read(n) for n in z.namelist()}
    z.close()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b'<Default Extension="xml"', b'<Default Extension="png" ContentType="image/png"/><Default Extension="xml"')
    rels = "".join(f'<Relationship Id="{rid}" Type="{DOC_REL}/image" Target="media/{name}"/>'
                   for rid, name, _ in media)
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", rels.encode() + b"</Relationships>")
    for _, name, data in media:
        parts[f"word/media/{name}"] = data
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zw:
        for n, data in parts.items():
            zi = zipfile.ZipInfo(n, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if n.endswith(".png") else zipfile.ZIP_DEFLATED
            zw.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def summary_box(sentences):
    cell = wp(wr("In plain English"), "BoxHeading") + "".join(wp(wr(s), "ListBullet") for s in sentences)
    border = 'w:val="single" w:sz="12" w:space="0" w:color="1D70B8"'
    return ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>'
            f'<w:top {border}/><w:left {border}/><w:bottom {border}/><w:right {border}/></w:tblBorders>'
            '<w:tblCellMar><w:top w:w="113" w:type="dxa"/><w:left w:w="170" w:type="dxa"/><w:bottom w:w="113" '
            'w:type="dxa"/><w:right w:w="170" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" '
            'w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
            '<w:tblCaption w:val="Plain English summary"/><w:tblDescription w:val="A short summary of this '
            'chapter in plain English"/></w:tblPr><w:tblGrid><w:gridCol w:w="9026"/></w:tblGrid><w:tr><w:tc>'
            '<w:tcPr><w:tcW w:w="9026" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="E8F1F8"/></w:tcPr>'
            f'{cell}</w:tc></w:tr></w:tbl>' + wp(""))


def make_plainenglish(out, pm):
    path = out / "plainenglish.docx"
    when = (2025, 6, 20, 11, 5, 0)
    body = [wp(inline_pic(1, "rId20", "logo.png", "", 1828800, 457200, decorative=True)),
            wp(wr("Safeguarding Adults Review: Mrs Okafor"), "Title"),
            wp(wr("Accessible version with plain English summaries")),
            wp(wr("Stannerby Safeguarding Adults Board (FICTIONAL) \u2013 June 2025")),
            wp(wr(FICT + ". " + INVENTED)),
            wp(wr("Each chapter starts with a short summary in plain English. The numbered paragraphs are the same "
                  "as in the full report. Easy Read, large print and audio versions are also available."))]
    result, texts, page, words, pic = [], [], 1, {1: 90}, 3
    media = [("rId20", "logo.png", png(8, 2, (29, 78, 137))), ("rId21", "keypoint.png", png(4, 4, (242, 201, 76)))]
    for ch, (title, items) in enumerate(PE_PLAN, 1):
        body.append(BRK)
        page += 1
        words[page] = 40
        body.append(wp(wr(title), "Heading1", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
        body.append(summary_box(_text.PE_BOXES[ch - 1]))
        for k, n_words in enumerate(items, 1):
            label = f"{ch}.{k}"
            t = pm.make(n_words, "adult")
            if words[page] + len(t.split()) > 470:
                body.append(BRK)
                page += 1
                words[page] = 0
            runs = wr(t)
            if label in PE_ICON:
                pic += 1
                runs = inline_pic(pic, "rId21", "keypoint.png", "Key point", 228600, 228600) + wr(" " + t)
                t = t  # the icon carries no text; Word's space after it is the run's first character
            body.append(wp(runs, "ListParagraph", PE_NUMPR + '<w:spacing w:after="160"/>'))
            words[page] += len(t.split())
            texts.append(t)
            result.append(entry(label, page, t))
            if label in _text.PE_FIGURES:
                descr, cap = _text.PE_FIGURES[label]
                pic += 1
                rid = f"rId{20 + len(media)}"
                media.append((rid, f"image{len(media)}.png", png(6, 4, (120, 140, 160))))
                body.append(wp(inline_pic(pic, rid, f"image{len(media) - 1}.png", descr, 4572000, 2743200),
                               extra='<w:keepNext/><w:jc w:val="center"/>'))
                body.append(wp(wr(cap), "Caption"))
                words[page] += 60
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    docx_package(path, doc, PE_STYLES, PE_NUMBERING, "SAR Mrs Okafor \u2013 accessible version (FICTIONAL)",
                 "Safeguarding Adults Review: Mrs Okafor (accessible version)",
                 "Stannerby Safeguarding Adults Board (FICTIONAL)", page, sum(len(t.split()) for t in texts), when)
    add_media(path, media, when)
    check_lengths(path.name, [t.strip() for t in texts])
    check_count(path.name, result, 12, 25)
    if max(words.values()) > 480:
        raise AssertionError(f"plainenglish.docx: words per page {words}")
    icon_texts = [(" " + t if d["label"] in PE_ICON else t) for d, t in zip(result, texts, strict=True)]
    check_numbered(path, result, icon_texts)
    # python-docx: the summary boxes are tables (their bullets no body paragraphs), the pictures carry alt text
    import docx
    d = docx.Document(str(path))
    if len(d.tables) != len(PE_PLAN) or not d.tables[2].cell(0, 0).paragraphs[2].text.startswith("Paragraphs 3.2"):
        raise AssertionError("plainenglish.docx: summary boxes")
    numbered = [p.text.strip() for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None
                and p._p.pPr.numPr.ilvl.val == 1]
    if numbered != texts:
        raise AssertionError("plainenglish.docx: python-docx's paragraphs")
    from lxml import etree
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    descrs = [e.get("descr") for e in root.iter("{http://schemas.openxmlformats.org/drawingml/2006/"
                                               "wordprocessingDrawing}docPr")]
    if descrs.count("Key point") != len(PE_ICON) or sum(len(x) > 40 for x in descrs) != 2:
        raise AssertionError("plainenglish.docx: alt text")
    return {
        "note": ("An ACCESSIBLE WORD VERSION of a safeguarding adults review with a PLAIN ENGLISH SUMMARY BOX before "
                 "each chapter's first paragraph: a one-cell shaded bordered table (tblCaption 'Plain English "
                 "summary') holding 'In plain English' and bulleted sentences, some opening 'Paragraph 1.2 explains "
                 "...', 'Paragraphs 3.2 to 3.4 describe ...', '4 things went wrong ...'. Paragraphs numbered by "
                 "Word's automatic numbering (Heading 1 '%1.', body '%1.%2', level 1). PICTURES WITH ALT TEXT "
                 "(wp:docPr/@descr): a decorative logo on the cover (adec:decorative), two pictures in paragraphs of "
                 "their own after " + " and ".join(_text.PE_FIGURES) + " with Caption paragraphs 'Figure N: ...' "
                 "(one citing 'paragraphs 3.2 to 3.4'), and a 'Key point' icon as an inline picture AT THE START of "
                 + ", ".join(sorted(PE_ICON)) + ", before the first word. Summary boxes, pictures, alt text and "
                 "captions are no paragraph's text. page = 1 + the page breaks before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. listen.html: a page built for screen readers and listeners
# --------------------------------------------------------------------------
LS_PLAN = [
    ("1", "Introduction", [75, 85]),
    ("2", "What happened", [110, 100, 95, 105]),
    ("3", "What agencies did", [100, 115, 95, 90, 105]),
    ("4", "What the review found", [110, 100, 95]),
    ("5", "What happens next", [85, 80]),
]
LS_MIN = {"1": 3, "2": 7, "3": 9, "4": 6, "5": 3}


def make_listen(out, pm):
    path = out / "listen.html"
    parts, result, texts = [], [], []
    for sec, title, items in LS_PLAN:
        last = f"{sec}.{len(items)}"
        parts.append(
            f'<section class="report-section" aria-labelledby="h-{sec}">\n<h2 id="h-{sec}">{sec}. {hesc(title)}'
            f'</h2>\n<figure class="audio-section"><audio controls preload="none" '
            f'src="/media/sar-mrs-pryce-section-{sec}.mp3" aria-describedby="cap-{sec}">\n<p>Your browser cannot play '
            f'this audio. <a href="/media/sar-mrs-pryce-section-{sec}.mp3">Download section {sec} as an MP3 file</a> '
            f'(paragraphs {sec}.1 to {last}, {LS_MIN[sec]} minutes).</p>\n</audio>\n'
            f'<figcaption id="cap-{sec}">Listen to section {sec}: {hesc(title)} ({LS_MIN[sec]} minutes)'
            "</figcaption></figure>\n")
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "adult")
            html_t = hesc(t)
            if label in _text.LS_TERMS:
                s, tip, where = _text.LS_TERMS[label]
                term = re.search(r"\[(.+?)\]", s).group(1)
                did = "def-" + re.sub(r"\W+", "-", term.lower()).strip("-")
                s_plain = s.replace("[", "").replace("]", "")
                s_html = hesc(s).replace(
                    f"[{term}]", f'<button type="button" class="glossary-term" aria-describedby="{did}">{term}'
                    f'</button><span role="tooltip" id="{did}" class="glossary-tip" hidden>{hesc(tip)}</span>')
                sents = re.split(r"(?<=[.!?]) ", t)
                if where == "end":
                    t = " ".join([*sents, s_plain])
                    html_t = hesc(" ".join(sents)) + " " + s_html
                else:
                    t = " ".join([sents[0], s_plain, *sents[1:]])
                    html_t = hesc(sents[0]) + " " + s_html + " " + hesc(" ".join(sents[1:]))
            num = label.replace(".", "-")
            parts.append(f'<p class="para" id="para-{num}"><span class="para-num rs_skip" '
                         f'aria-label="Paragraph {label}">{label}</span> {html_t}</p>\n')
            texts.append(t)
            result.append(entry(label, None, t))
        parts.append('<p class="back-to-top"><a href="#top">Back to top</a></p>\n</section>\n')
    site = "Tarnbridge Safeguarding Adults Board"
    html = (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Safeguarding Adults Review: Mrs Pryce (accessible web version) | {site} (FICTIONAL)</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="stylesheet" href="/assets/css/site.css">\n'
        '<script src="//cdn-eu.readspeaker.com/script/8812/webReader/webReader.js?pids=wr" '
        'id="rs_req_Init"></script>\n</head>\n<body id="top">\n'
        '<div class="skip-links"><a class="skip-link" href="#main">Skip to main content</a> '
        '<a class="skip-link" href="#contents">Skip to contents</a></div>\n'
        '<div id="accessibility-toolbar" role="region" aria-label="Accessibility tools" class="rs_skip">'
        '<button type="button" data-action="text-larger">Larger text</button> <button type="button" '
        'data-action="text-smaller">Smaller text</button> <button type="button" data-action="contrast">High '
        'contrast</button> <button type="button" data-action="translate">Translate this page</button></div>\n'
        f'<header class="site-header" role="banner"><a class="logo" href="/">{site}</a>\n'
        '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/reviews">Reviews</a></li>'
        '<li><a href="/contact">Contact us</a></li></ul></nav></header>\n'
        '<main id="main" tabindex="-1">\n<h1>Safeguarding Adults Review: Mrs Pryce</h1>\n'
        '<p class="lede">Accessible web version of the full report. The paragraph numbers are the same as in the '
        "PDF.</p>\n"
        f"<p><strong>{FICT}.</strong> {INVENTED}</p>\n"
        '<div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" '
        'accesskey="L" title="Listen to this page using ReadSpeaker webReader" href="//app-eu.readspeaker.com/'
        'cgi-bin/rsent?customerid=8812&amp;lang=en_uk&amp;readid=main&amp;url=https%3A%2F%2Ftarnbridgesab.example'
        '%2Freviews%2Fmrs-pryce"><span class="rsbtn_left rsimg rspart"><span class="rsbtn_text"><span>Listen to '
        'this page</span></span></span><span class="rsbtn_right rsimg rsplay rspart"></span></a></div>\n'
        '<nav id="contents" aria-label="Contents"><h2>Contents</h2><ol class="contents">'
        + "".join(f'<li><a href="#h-{s}">{hesc(t)}</a></li>' for s, t, _ in LS_PLAN)
        + "</ol></nav>\n" + "".join(parts)
        + '<aside class="other-formats" aria-labelledby="h-formats"><h2 id="h-formats">Other formats</h2><ul>'
        '<li><a href="/media/sar-mrs-pryce-easy-read.pdf">Easy Read (PDF, 2MB)</a></li><li><a '
        'href="/media/sar-mrs-pryce-large-print.pdf">Large print (PDF, 1MB)</a></li><li><a '
        'href="/media/sar-mrs-pryce-audio.zip">Audio version (MP3, 37 minutes)</a></li><li><a '
        'href="/bsl/sar-mrs-pryce">British Sign Language summary (video)</a></li></ul></aside>\n'
        '<form class="feedback" action="/feedback" method="post"><fieldset><legend>Was this page useful?</legend>'
        '<button name="useful" value="yes">Yes</button> <button name="useful" value="no">No</button></fieldset>'
        "</form>\n</main>\n"
        f'<footer class="site-footer" role="contentinfo"><p>\u00a9 2025 {site} (FICTIONAL)</p><p><a '
        'href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy</a></p></footer>\n'
        "</body>\n</html>\n")
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: each p.para is its number span and its text, the hidden tooltips left out
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    got = []
    for p in root.xpath('//p[@class="para"]'):
        for tip in p.xpath('.//span[@role="tooltip"]'):
            if tip.get("hidden") is None:
                raise AssertionError("listen.html: tooltip shown")
            tip.drop_tree()
        num = p.xpath('./span[contains(@class, "para-num")]')[0]
        if num.get("aria-label") != f"Paragraph {num.text}":
            raise AssertionError("listen.html: aria-label")
        got.append([num.text, " ".join(p.text_content().split())[len(num.text) + 1:]])
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"listen.html: read back {[g[0] for g in got]}")
    if len(root.xpath("//audio/p")) != len(LS_PLAN) or len(root.xpath('//p//span[@role="tooltip"]')):
        raise AssertionError("listen.html: audio fallbacks")
    return {
        "note": ("A SAB's web page of a review built for screen readers and listeners: skip links, an accessibility "
                 "toolbar, a ReadSpeaker 'Listen to this page' button, labelled sections; each chapter opens with an "
                 "<audio> player whose FALLBACK TEXT ('... (paragraphs 3.1 to 3.5, 9 minutes)') is inside <audio>, "
                 "and a <figcaption> named by aria-describedby. Paragraphs <p class='para'><span class='para-num "
                 "rs_skip' aria-label='Paragraph 3.2'>3.2</span> The ...</p>: the number's text is the label. "
                 "GLOSSARY TERMS in " + ", ".join(_text.LS_TERMS) + " are <button aria-describedby> with a HIDDEN "
                 "tooltip <span role='tooltip' hidden> right after the term, inside the paragraph (in "
                 + next(k for k, v in _text.LS_TERMS.items() if v[2] == "end") + " in its last sentence): the "
                 "term is part of the text, the tooltip is not. Audio players, fallback text, captions, toolbar, "
                 "Listen button, contents, 'Back to top', other formats, feedback and footer are no paragraph's "
                 "text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. transcript.txt: the audio version's transcript, timestamped cues, numbers read out
# --------------------------------------------------------------------------
TR_PLAN = [
    ("1", "Introduction", [80, 90]),
    ("2", "Child R and her family", [120, 110, 95]),
    ("3", "What happened", [130, 115, 125, 100]),
    ("4", "What the review found", [120, 135, 105]),
    ("5", "What will change", [90, 85]),
]
TR_MIDSENT = {"3.1", "4.2"}
WPM = 150


def make_transcript(out, pm):
    path = out / "transcript.txt"
    secs = 0.0
    cues = []

    def cue(s, pause=1.5):
        nonlocal secs
        h, rem = divmod(int(secs), 3600)
        m, sec = divmod(rem, 60)
        cues.append(f"[{h:02d}:{m:02d}:{sec:02d}] {s}")
        secs += len(s.split()) * 60 / WPM + pause

    cue("[Music plays]", 6)
    cue("NARRATOR: " + _text.TR_OPEN)
    cue("[Pause]", 2)
    result, texts, split = [], [], []
    for sec, title, items in TR_PLAN:
        cue(f"Section {sec}. {title}.")
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "child")
            # cues of about 60 words: cut at a sentence end, or in mid-sentence for TR_MIDSENT
            sents = re.split(r"(?<=[.!?]) ", t)
            pieces, cur = [], []
            for s in sents:
                if cur and len(" ".join(cur).split()) + len(s.split()) > 60:
                    pieces.append(" ".join(cur))
                    cur = []
                cur.append(s)
            pieces.append(" ".join(cur))
            if label in TR_MIDSENT and len(pieces) > 1:
                w = pieces[1].split()
                pieces[0] += " " + " ".join(w[:7])
                pieces[1] = " ".join(w[7:])
            if len(pieces) > 1:
                split.append(label)
            cue(f"Paragraph {label}. {pieces[0]}", 0.4)
            for pc in pieces[1:]:
                cue(pc, 0.4)
            texts.append(t)
            result.append(entry(label, None, t))
        cue("[Pause]", 2)
    cue(_text.TR_CLOSE)
    cue("[Music plays]", 8)
    m, s = divmod(int(secs), 60)
    head = ["TRANSCRIPT", "Audio version: Child Safeguarding Practice Review \u2013 Child R (FICTIONAL)",
            "Kestrelford Safeguarding Children Partnership (FICTIONAL)",
            f"Read by a professional narrator. Running time {m} minutes {s} seconds.", f"{FICT}. {INVENTED}"]
    data = "\n".join(head) + "\n\n" + "\n\n".join(cues) + "\n"
    path.write_text(data, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back: a cue opening "Paragraph 3.2. " starts a paragraph; later cues without a section line, a sound cue
    # or a speaker run on in it
    got, cur = [], None
    for ln in data.split("\n\n")[1:]:
        m_ = re.fullmatch(r"\[\d\d:\d\d:\d\d\] (.+)", ln.strip())
        body = m_.group(1)
        if mp := re.fullmatch(r"Paragraph (\d\.\d)\. (.+)", body):
            cur = [mp.group(1), mp.group(2)]
            got.append(cur)
        elif re.fullmatch(r"\[[A-Z][a-z ]+\]|Section \d\. .+|[A-Z]+: .+", body) or body == _text.TR_CLOSE:
            cur = None
        else:
            cur[1] += " " + body
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"transcript.txt: read back {[g[0] for g in got]}")
    mid = [lab for lab in TR_MIDSENT if lab in split]
    if len(split) < 5 or len(mid) != 2:
        raise AssertionError(f"transcript.txt: split cues {split}")
    return {
        "note": ("The TRANSCRIPT OF THE AUDIO VERSION of a child safeguarding practice review as the producer exports "
                 "it beside the MP3 (UTF-8, LF): title lines, then one CUE a line '[hh:mm:ss] ...' with blank lines "
                 "between; 'NARRATOR:' on the first spoken cue only; '[Music plays]' and '[Pause]' cues; headings "
                 "read as 'Section 3. What happened.'; each paragraph's number READ OUT at its start, 'Paragraph 3.2. "
                 "The ...' (label 3.2, not part of the text). Long paragraphs are SPLIT OVER CUES (" + ", ".join(split)
                 + "), at sentence ends and in mid-sentence in " + " and ".join(sorted(TR_MIDSENT)) + ": the text "
                 "runs on after the next timestamp. Timestamps, sound cues, section lines, the narrator's opening "
                 "and closing and the title lines are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "dyslexia.pdf": make_dyslexia, "easyread.pdf": make_easyread, "plainenglish.docx": make_plainenglish,
        "listen.html": make_listen, "transcript.txt": make_transcript})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind48-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
