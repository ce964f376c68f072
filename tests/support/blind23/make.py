"""Blind fixture generator 23: five FICTIONAL safeguarding-review documents.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
lxml, python-docx and pdfplumber; no system fonts, no LibreOffice, no network. Every generator checks its own key
with pdfplumber/lxml/python-docx, never with the project's parser.

rowcont.pdf     a practice review set as one long two-column table with thin grey rules round every cell: the number
                in the narrow left cell, the text in the wide right cell, a shaded full-width row for each section
                heading; rows break across pages and go on under the number again as "3.3 (cont.)"
hero.pdf        a desktop-published (InDesign) adults review: a full-width navy hero panel over the top of page 1
                (an image placeholder, the title in white, large "at a glance" figures "14", "6", "23"), paragraphs
                numbered 1, 2, 3 ... in bold pale blue-green hanging left of dark grey text, and two pull quotes in
                tinted boxes between paragraphs in mid-page, each repeating a sentence of the paragraph above
comments.docx   a Word draft numbered "%1.%2." with a trailing stop and a tab (w:suff), Heading 1 numbered "%1."
                through its style, a title page and a landscape section for a chronology table (3.3's own pPr ends
                the portrait section), a header with the review's title and a "Page X of Y" footer of PAGE and
                NUMPAGES fields, and four reviewers' comments (comments.xml) anchored in paragraphs, one range
                running from 2.3 into 2.4, one comment text opening "2.4 repeats ...", another "3 visits or 4?"
wordpress.html  a partnership's WordPress post: <article>'s <div class="entry-content"> of <p><strong>3.4</strong>
                &nbsp; paragraphs (the no-break space inside the <strong> in two, a typed stop in one), quoted case
                notes in <blockquote>s inside paragraphs with an unnumbered <p> carrying each on, numbered <h2>s; a
                sidebar with "Recent posts" and a "Related reviews" list typed "<strong>1.</strong>&nbsp;", share
                buttons, a reader's comment naming "Paragraph 4.2" and a comment form
stepped.pdf     three-level numbers each a step further in ("2.2" at the margin, "2.2.1" at 2.2's text indent, each
                level's text wrapping under its own indent; both levels are paragraphs), with footnotes numbered
                through the report: raised small reference marks in mid-paragraph and the notes in 8.5 pt below a
                short rule at the foot of the same page (one reads "See paragraph 2.2.1 above ...")

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without its trailing stop ("3.4." and Word's "%1.%2." are 3.4), and for
  Word automatic numbering it is the number Word prints, counted over the outline list only;
- headings are not paragraphs even where numbered in the paragraphs' own cell, markup or list ("3  What happened" in
  a shaded table row, <h2>3. What happened</h2>, Word Heading 1 "3.<tab>Key events"); nor are title lines, a hero
  panel and its figures, pull quotes, captions, tables between paragraphs, running heads and footers, "Page X of Y"
  fields, Word comments, footnotes, sidebars, share buttons, readers' comments and comment forms;
- a table row carried over a page break under its number repeated with "(cont.)" is the same paragraph carried on:
  it starts on the page where its number first appears, and "(cont.)" is not its text;
- a pull quote that repeats a sentence of a paragraph is not part of that paragraph or the next;
- a <blockquote> of quoted case notes after a paragraph's lead-in, and the unnumbered <p> after it, belong to that
  paragraph; a Word comment's range or reference inside a paragraph changes nothing in its text;
- under three-level numbering every printed number is a paragraph in order ("2.2", "2.2.1", "2.2.2", "2.3");
  footnote reference marks are not words of the paragraph (none falls among its first eight or last six words);
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) and next-page section breaks before the paragraph (each page holds at most about 480
  words). HTML has no pages (null).
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
    from blindkit.draw import Layout, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import DrawFlow as Flow  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry, sentences  # type: ignore
    from blindkit.markup import hesc, wr, xesc, zip_parts  # type: ignore
    from blindkit.pdfread import label_at, pdf_pages, seq_in, words_of  # type: ignore
    from text import ParaMaker, contains_seq, norm  # type: ignore
else:
    from ..blindkit.draw import Layout, register_fonts, sw, wrap
    from ..blindkit.flow import DrawFlow as Flow
    from ..blindkit.keys import check_count, check_lengths, entry, sentences
    from ..blindkit.markup import hesc, wr, xesc, zip_parts
    from ..blindkit.pdfread import label_at, pdf_pages, seq_in, words_of
    from .text import ParaMaker, contains_seq, norm

FICT = "FICTIONAL \u2013 for software testing"
A4 = (595.28, 841.89)


T1_FACES = {"ArialMT": "_a______", "Arial-BoldMT": "_ab_____", "Arial-ItalicMT": "_ai_____",
            "Arial-BoldItalicMT": "_abi____", "TimesNewRomanPSMT": "_er_____",
            "TimesNewRomanPS-BoldMT": "_eb_____", "TimesNewRomanPS-ItalicMT": "_ei_____"}


# --------------------------------------------------------------------------
# pages as lists of primitives, drawn with reportlab's canvas (invariant mode: no dates or random IDs)
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# 1. rowcont.pdf: numbers and text as a two-column table with thin rules; a row that breaks across a page goes on
#    under its number again with "(cont.)"
# --------------------------------------------------------------------------
RC_PLAN = [
    ("1", "Introduction", [75, 90, 80]),
    ("2", "Child T and his family", [120, "SUB", 110, 95]),
    ("3", "What happened", [150, 135, 160, 125, 140]),
    ("4", "Analysis", [155, 140, 165, 130, 150]),
    ("5", "Learning for the partnership", [95, 85]),
]
RC_TITLE = "Child Safeguarding Practice Review: Child T"
RC_SUB = [
    "(a) the nursery, which had noticed that he arrived hungry on Monday mornings;",
    "(b) the dentist, who had referred him to hospital for extractions and heard nothing back;",
    "(c) the housing officer, who had recorded the broken front door lock twice in one month.",
]


def make_rowcont(out, pm):
    path = out / "rowcont.pdf"
    lay = Layout()
    F, FB, FI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
    FS, LEAD, PAD = 10.5, 14.0, 5.0
    L, NW, R = 56.0, 70.0, 539.0
    TX, SX, SXT = L + NW + 7.0, L + NW + 21.0, L + NW + 41.0
    TOP, BOTTOM = 784.0, 66.0
    GREY = (0.55, 0.55, 0.55)

    def meas(s):
        return sw(s, F, FS)

    lay.new_page()
    lay.text(L, 772, RC_TITLE, FB, 17, (0.12, 0.23, 0.4))
    lay.text(L, 752, "Rushmere Vale Safeguarding Children Partnership \u2013 published report, April 2025", F, 10.5)
    lay.text(L, 736, FICT + ". Every person, place and service named here is invented.", FI, 9)
    cur = 716.0
    result, texts, pieces, lefts, split = [], [], {}, [], []

    def rules(pg, top, bottom):
        lay.line(L, top, R, top, 0.4, GREY, page=pg)
        lay.line(L, bottom, R, bottom, 0.4, GREY, page=pg)
        for x in (L, L + NW, R):
            lay.line(x, top, x, bottom, 0.4, GREY, page=pg)

    def new_page():
        lay.new_page()
        return TOP

    for num, title, items in RC_PLAN:
        if cur - 24 - 3 * LEAD - 2 * PAD < BOTTOM:
            cur = new_page()
        lay.rect(L, cur - 22, R - L, 22, (0.86, 0.9, 0.95))
        rules(lay.n, cur, cur - 22)
        lay.text(L + 6, cur - 15, num, FB, 11, (0.12, 0.23, 0.4))
        lay.text(TX, cur - 15, title, FB, 11, (0.12, 0.23, 0.4))
        cur -= 22
        for k, it in enumerate(items, 1):
            label = f"{num}.{k}"
            if it == "SUB":
                a, b = pm.make(55, "child"), pm.make(45, "child")
                pieces[label] = [a, *RC_SUB, b]
                lines = [(TX, ln) for ln in wrap(a.split(), R - 7 - TX, meas)]
                for s in RC_SUB:
                    tag, rest = s.split(" ", 1)
                    for i, ln in enumerate(wrap(rest.split(), R - 7 - SXT, meas)):
                        lines.append((SXT, ln, tag if i == 0 else None))
                lines += [(TX, ln) for ln in wrap(b.split(), R - 7 - TX, meas)]
            else:
                pieces[label] = [pm.make(it, "child")]
                lines = [(TX, ln) for ln in wrap(pieces[label][0].split(), R - 7 - TX, meas)]
            t = " ".join(pieces[label])
            texts.append(t)
            if cur - 2 * PAD - 2 * LEAD < BOTTOM:  # fewer than two lines would fit: the row starts overleaf
                cur = new_page()
            top, first_page, segs = cur, lay.n, 1
            lefts.append((lay.n, label))
            cur -= PAD
            first = True
            for ln in lines:
                if cur - LEAD < BOTTOM + PAD:
                    rules(lay.n, top, cur - PAD)
                    cur = new_page()
                    top = cur
                    cur -= PAD
                    lay.text(L + 6, cur - LEAD * 0.78, f"{label} (cont.)", F, FS)
                    lefts.append((lay.n, f"{label} (cont.)"))
                    segs += 1
                y = cur - LEAD * 0.78
                if first:
                    lay.text(L + 6, y, label, FB, FS)
                    first = False
                if len(ln) == 3 and ln[2]:
                    lay.text(SX, y, ln[2], F, FS)
                lay.text(ln[0], y, " ".join(ln[1]), F, FS)
                cur -= LEAD
            cur -= PAD
            rules(lay.n, top, cur)
            if segs > 1:
                split.append(label)
            result.append(entry(label, first_page, t))
    n = lay.n
    for pg in range(1, n + 1):
        if pg > 1:
            lay.text(L, 808, "Rushmere Vale Safeguarding Children Partnership", F, 8, GREY, page=pg)
            hd = "CSPR Child T \u2013 FICTIONAL"
            lay.text(R - sw(hd, F, 8), 808, hd, F, 8, GREY, page=pg)
        ft = f"Page {pg}"
        lay.text((A4[0] - sw(ft, F, 9)) / 2, 38, ft, F, 9, page=pg)
    lay.render(path, {"Title": RC_TITLE + " (FICTIONAL)", "Author": "Rushmere Vale SCP (FICTIONAL)",
                      "Subject": FICT, "Creator": "Microsoft\u00ae Word for Microsoft 365",
                      "Producer": "Microsoft\u00ae Word for Microsoft 365"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pages = pdf_pages(path)
    if len(pages) != n or not 5 <= n <= 10:
        raise AssertionError(f"rowcont.pdf: {n} pages")
    if len(split) < 3:
        raise AssertionError(f"rowcont.pdf: rows across pages {split}")

    def body(c):
        return BOTTOM - 1 <= c["matrix"][5] <= TOP + 1

    # the text column read page after page holds every paragraph in one piece; the number column holds the labels
    allw = []
    got_left = []
    for pg, chars in enumerate(pages, 1):
        allw += words_of(chars, lambda c: body(c) and c["x0"] >= L + NW and c["size"] < 11)
        col = [c for c in chars if body(c) and c["x0"] < L + NW and c["size"] < 11
               and (pg > 1 or c["matrix"][5] < 720)]
        rows = {}
        for c in col:
            rows.setdefault(round(c["matrix"][5], 1), []).append(c)
        for y in sorted(rows, reverse=True):
            got_left.append((pg, "".join(c["text"] for c in sorted(rows[y], key=lambda c: c["x0"])).strip()))
    want_left = [(pg, s.replace(" ", "")) for pg, s in lefts]
    if [(pg, s.replace(" ", "")) for pg, s in got_left] != want_left:
        raise AssertionError(f"rowcont.pdf: number column {got_left}")
    for d in result:
        seq_in(allw, " ".join(pieces[d["label"]]), path.name, d["label"])
        if not contains_seq(words_of(pages[d["page"] - 1], lambda c: body(c) and c["x0"] >= L + NW),
                            norm(d["starts_with"])):
            raise AssertionError(f"rowcont.pdf: starts_with of {d['label']}")
    return {
        "note": ("A practice review set as one long two-column Word table with thin grey rules round every cell: "
                 "the narrow left cell holds the paragraph number (bold '3.2'), the wide right cell the paragraph's "
                 "text (Arial 10.5 pt). Each section starts with a shaded full-width row holding its number and "
                 "title ('3  What happened'), which is a heading, not a paragraph. Rows may break across pages: the "
                 "rest of the row goes on at the top of the next page with the number repeated in regular weight "
                 "as '3.2 (cont.)' in its left cell; that is the same paragraph carried on (it starts on the page "
                 "where its number first appears), not a new one, and '(cont.)' is not its text. 2.2 holds "
                 "'(a)'-'(c)' items indented in its cell and a closing passage after them (one paragraph). Title "
                 "lines, running header from page 2 and 'Page N' footer are not paragraphs. Pages are physical, "
                 "1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. hero.pdf: a desktop-published review: a hero panel over the top of page 1, pale numbers, and pull quotes in
#    tinted boxes between paragraphs that repeat a sentence of the paragraph before
# --------------------------------------------------------------------------
HE_PLAN = [
    ("Introduction", [70, 85]),
    ("Mr H and his life", [110, 120, "PQ", 105, 95]),
    ("What happened", [130, 120, 125, 115]),
    ("What we learned", [125, "PQ", 120, 130, 110, 115]),
    ("What happens next", [80, 75]),
]
HE_TITLE = "Safeguarding Adults Review: Mr H"


def make_hero(out, pm):
    path = out / "hero.pdf"
    lay = Layout()
    F, FB, FI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
    NAVY, PALE, BOX = (0.07, 0.2, 0.36), (0.58, 0.78, 0.83), (0.89, 0.95, 0.96)
    FS, LEAD = 10.0, 14.0
    NX, TX, R = 66.0, 110.0, 532.0
    TOP, BOTTOM = 780.0, 70.0

    def meas(s):
        return sw(s, F, FS)

    flow = Flow(lay, TOP, BOTTOM, lay.new_page)
    lay.new_page()
    # the hero panel: a full-bleed navy block, an image placeholder and three "at a glance" figures
    lay.rect(0, 470, A4[0], A4[1] - 470, NAVY)
    lay.rect(330, 500, 235, 300, (0.33, 0.48, 0.6))
    for cx, cy, r, shade in ((400, 620, 55, 0.45), (480, 700, 38, 0.55), (460, 560, 28, 0.6)):
        lay.add(("C", cx, cy, r, (shade, shade + 0.12, shade + 0.2)))
    lay.text(40, 770, "SAFEGUARDING ADULTS REVIEW", FB, 10, PALE)
    lay.text(40, 730, "Mr H: \u201cI just want", FB, 26, (1, 1, 1))
    lay.text(40, 700, "to stay at home\u201d", FB, 26, (1, 1, 1))
    lay.text(40, 672, "Brackenfold Safeguarding Adults Board", F, 11, (1, 1, 1))
    for i, (big, small) in enumerate((("14", "months reviewed"), ("6", "agencies involved"),
                                      ("23", "recorded contacts"))):
        lay.text(40 + i * 95, 560, big, FB, 30, PALE)
        lay.text(40 + i * 95, 542, small, F, 8.5, (1, 1, 1))
    lay.text(40, 490, "Photograph posed by a model", FI, 7, (0.8, 0.85, 0.9))
    lay.text(NX, 450, FICT + ". Every person, place and service named here is invented.", FI, 9, NAVY)
    flow.cur = 432.0
    result, texts, labels, quotes = [], [], [], []
    k = 0
    prev_text = None
    for title, items in HE_PLAN:
        rows = [(16.0, 20.0, lambda pg, y, s=title: lay.text(TX, y, s, FB, 14, NAVY, page=pg))]
        for it in items:
            if it == "PQ":  # a pull quote: a sentence of the paragraph before, repeated large in a tinted box
                s = sentences(prev_text)[1]
                ql = wrap(f"\u201c{s}\u201d".split(), R - TX - 36, lambda x: sw(x, FI, 14))
                h = len(ql) * 19.0 + 26.0

                def draw_q(pg, y, ql=ql, h=h):
                    top = y + 0.78 * h
                    lay.rect(TX, top - h, R - TX, h, BOX, page=pg)
                    lay.rect(TX, top - h, 4, h, NAVY, page=pg)
                    for i, ln in enumerate(ql):
                        lay.text(TX + 20, top - 24 - i * 19, " ".join(ln), FI, 14, NAVY, page=pg)
                placed = flow.place([(14.0, h, draw_q)], keep=1)
                quotes.append((placed[0][0], s, len(result)))
                continue
            k += 1
            label = str(k)
            t = pm.make(it, "adult")
            prev_text = t
            texts.append(t)
            wl = wrap(t.split(), R - TX, meas)
            prow = []
            for i, ln in enumerate(wl):
                s_ = " ".join(ln)

                def draw(pg, y, s=s_, first=i == 0, label=label):
                    if first:
                        lay.text(NX, y, label, FB, 11, PALE, page=pg)
                    lay.text(TX, y, s, F, FS, (0.1, 0.1, 0.1), page=pg)
                prow.append((10.0 if i == 0 else 0.0, LEAD, draw))
            placed = flow.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            labels.append((placed[0][0], NX, placed[0][1], placed[-1][0]))
            result.append(entry(label, placed[0][0], t))
    n = lay.n
    for pg in range(2, n + 1):
        lay.text(TX, 36, "Safeguarding Adults Review: Mr H \u2013 FICTIONAL", F, 7.5, (0.45, 0.45, 0.45), page=pg)
        lay.text(R - sw(str(pg), FB, 9), 36, str(pg), FB, 9, NAVY, page=pg)
    lay.render(path, {"Title": HE_TITLE + " (FICTIONAL)", "Author": "Brackenfold SAB (FICTIONAL)", "Subject": FICT,
                      "Creator": "Adobe InDesign 18.5 (Macintosh)", "Producer": "Adobe PDF Library 17.0"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pages = pdf_pages(path)
    if len(pages) != n or not 4 <= n <= 9:
        raise AssertionError(f"hero.pdf: {n} pages")

    def body(c):
        return (BOTTOM - 1 <= c["matrix"][5] <= TOP + 1 and c["fontname"].endswith(("ArialMT", "Arial-BoldMT"))
                and not (c["matrix"][5] > 460 and c["page_number"] == 1))

    pw = []
    for pg, chars in enumerate(pages, 1):
        for c in chars:
            c["page_number"] = pg
        pw.append(words_of(chars, body))
    allw = [w for p in pw for w in p]
    for d, (pg, x, y, _end) in zip(result, labels, strict=True):
        seq_in(allw, d["label"] + " " + texts[result.index(d)], path.name, d["label"])
        label_at(pages[pg - 1], x, y, d["label"], path.name)
        if not contains_seq(pw[pg - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"hero.pdf: starts_with of {d['label']}")
    # each pull quote sits mid-page: the paragraph before it ends on its page and the next one starts there
    for pg, s, i in quotes:
        if not (labels[i - 1][3] == pg == labels[i][0]):
            raise AssertionError(f"hero.pdf: pull quote on page {pg} not between paragraphs on that page")
        qw = words_of(pages[pg - 1], lambda c: c["fontname"].endswith("Arial-ItalicMT") and c["size"] > 13)
        if not contains_seq(qw, norm(s)) or not contains_seq(norm(texts[i - 1]), norm(s)):
            raise AssertionError("hero.pdf: pull quote text")
    if len({d["page"] for d in result}) < 4 or result[0]["page"] != 1:
        raise AssertionError("hero.pdf: pages of paragraphs")
    return {
        "note": ("A safeguarding adults review from a desktop-publishing tool (InDesign): page 1 opens with a "
                 "full-width navy hero panel over its top half (a filled image placeholder, the title in white, and "
                 "three 'at a glance' figures '14', '6', '23' in large pale type with captions), which is no "
                 "paragraph; the body starts under it on page 1. Paragraphs are numbered 1, 2, 3 ... straight "
                 "through, the number hanging left of the text in bold Arial 11 pt in a pale blue-green, lighter "
                 "than the dark grey text; section headings are unnumbered. Two pull quotes in tinted boxes with a "
                 "navy bar stand between two paragraphs in mid-page, each repeating (in large italic, in curly "
                 "quotation marks) the second sentence of the paragraph above: they are not paragraphs and not part "
                 "of either neighbour (that paragraph ends before the box, the next begins after it). Footer title "
                 "and page number from page 2 are not paragraphs. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. comments.docx: Word numbering "%1.%2." followed by a tab, a landscape section for a chronology table,
#    "Page X of Y" footers, and reviewers' comments anchored in paragraphs
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CM_PLAN = [  # (heading 1, paragraph lengths); "SECT" = 3.3's paragraph ends the portrait section, then landscape
    ("Introduction", [80, 75, 85]),
    ("Ms K and her home", [90, ("C", 0, 85), ("C1", 1, 95), ("C2", 1, 80)]),
    ("Key events", [95, 90, 85, "LANDSCAPE", ("C", 2, 100), 90]),
    ("Analysis", [95, 90, ("P", 3, 100), 85]),
    ("Recommendations", [70, 75]),
]
CM_TITLE = "Safeguarding Adults Review: Ms K"
CM_COMMENTS = [
    ("Panel member (FICTIONAL)", "Is this the right date? The GP record says 14 March."),
    ("Independent reviewer (FICTIONAL)", "2.4 repeats some of this \u2013 could 2.3 and 2.4 be merged before "
                                         "publication?"),
    ("Board manager (FICTIONAL)", "The family asked for this paragraph to be read to them before it is published."),
    ("Panel member (FICTIONAL)", "3 visits or 4? The chronology says 4."),
]
CM_TABLE = [
    ("Date", "Agency", "Contact", "Outcome"),
    ("9 January 2024", "Community nursing", "Home visit for leg ulcer dressing", "Clutter noted on the stairs"),
    ("23 January 2024", "Fire service", "Safe and well visit", "Smoke alarm fitted; second visit agreed"),
    ("14 March 2024", "GP practice", "Telephone review", "Repeat prescription issued"),
    ("2 April 2024", "Adult social care", "Self-neglect referral", "Closed: Ms K declined support"),
    ("30 April 2024", "Ambulance service", "Fall at home", "Not conveyed; no referral made"),
    ("17 May 2024", "Housing association", "Gas safety check", "No access; letter left"),
]
CM_STYLES = XML_HEAD + (
    '<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" '
    'w:cs="Calibri"/><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\n'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="48"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr>'
    '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color '
    'w:val="2F5496"/><w:sz w:val="32"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="80"/>'
    '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="26"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:i/><w:color w:val="44546A"/><w:sz w:val="18"/></w:rPr>'
    '</w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table text"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>'
    '</w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
    '<w:basedOn w:val="Normal"/><w:link w:val="CommentTextChar"/><w:uiPriority w:val="99"/><w:pPr><w:spacing '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>\n'
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
    '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing '
    'w:after="0"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="18"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>\n'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\n'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" '
    'w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    '</w:style>\n'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>\n'
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority '
    'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\n'
    '</w:styles>\n').replace("{W}", W_NS)


def _lvl(i, fmt, text, ind, hanging=720, extra=""):
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}<w:suff w:val="tab"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="{ind}"/>'
            f'</w:tabs><w:ind w:left="{ind}" w:hanging="{hanging}"/></w:pPr></w:lvl>')


CM_NUMBERING = XML_HEAD + (
    '<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:nsid w:val="4C2B7A91"/>'
    '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0809001D"/>'
    + _lvl(0, "decimal", "%1.", 720, extra='<w:pStyle w:val="Heading1"/>')
    + _lvl(1, "decimal", "%1.%2.", 720)
    + _lvl(2, "decimal", "%1.%2.%3.", 1440)
    + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>\n').replace("{W}", W_NS)
CM_HEADER = XML_HEAD + (
    '<w:hdr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t xml:space="preserve">'
    'Safeguarding Adults Review: Ms K</w:t></w:r><w:r><w:tab/><w:tab/><w:t>FICTIONAL \u2013 draft v3</w:t></w:r>'
    '</w:p></w:hdr>\n').replace("{W}", W_NS)


def _field(instr, shown):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{shown}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def cm_footer(total):
    page, pages = _field(r"PAGE  \* Arabic  \* MERGEFORMAT", 1), _field(r"NUMPAGES  \* Arabic  \* MERGEFORMAT", total)
    return XML_HEAD + (
        f'<w:ftr xmlns:w="{W_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">'
        f'Page </w:t></w:r>{page}<w:r><w:t xml:space="preserve"> of </w:t></w:r>{pages}</w:p></w:ftr>\n')


CM_CT = XML_HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="{CT}styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="{CT}numbering+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="{CT}settings+xml"/>'
    '<Override PartName="/word/comments.xml" ContentType="{CT}comments+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="{CT}header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="{CT}footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>\n').replace("{CT}", CT_WML)
CM_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId2" Type="{P}/metadata/core-properties" '
    'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{D}/officeDocument" Target="word/document.xml"/>'
    '</Relationships>\n').replace("{P}", PKG_REL).replace("{D}", DOC_REL)
CM_DOC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{D}/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="{D}/settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="{D}/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId4" Type="{D}/comments" Target="comments.xml"/>'
    '<Relationship Id="rId7" Type="{D}/header" Target="header1.xml"/>'
    '<Relationship Id="rId8" Type="{D}/footer" Target="footer1.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
CM_SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>\n').replace("{W}", W_NS)
CM_CORE = XML_HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>SAR Ms K (FICTIONAL)</dc:title>'
    '<dc:subject>{F}</dc:subject><dc:creator>Fellgarth SAB (FICTIONAL)</dc:creator>'
    '<cp:lastModifiedBy>Board manager (FICTIONAL)</cp:lastModifiedBy><cp:revision>31</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-10-07T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-11T16:40:00Z</dcterms:modified>'
    '</cp:coreProperties>\n').replace("{F}", FICT)
CM_PORTRAIT = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
               'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>')
CM_LANDSCAPE = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1440" w:right="1440" '
                'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>')


def cm_sect(size, kind="nextPage"):
    return ('<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" '
            f'r:id="rId8"/><w:type w:val="{kind}"/>{size}<w:cols w:space="708"/></w:sectPr>')


def make_comments(out, pm):
    path = out / "comments.docx"
    REF = '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{i}"/></w:r>'

    def npara(runs, ppr_extra=""):
        return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:jc w:val="both"/>'
                f'{ppr_extra}</w:pPr>{runs}</w:p>')

    def thirds(t):
        w = t.split()
        a, b = len(w) // 3, 2 * len(w) // 3
        return " ".join(w[:a]) + " ", " ".join(w[a:b]), " " + " ".join(w[b:])

    body = ['<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>' + wr(CM_TITLE) + "</w:p>",
            "<w:p>" + wr("Fellgarth Safeguarding Adults Board \u2013 overview report") + "</w:p>",
            "<w:p>" + wr("Draft version 3 for the board, February 2025") + "</w:p>",
            "<w:p><w:pPr>" + cm_sect(CM_PORTRAIT) + "</w:pPr>"
            + wr(FICT + ". Every person, place and service named here is invented.", "<w:rPr><w:i/></w:rPr>")
            + "</w:p>"]
    result, texts, page, words = [], [], 2, {2: 0}
    for h, (title, items) in enumerate(CM_PLAN, 1):
        if h > 1:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            page += 1
            words[page] = 0
        body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + wr(title) + "</w:p>")
        k = 0
        for j, it in enumerate(items):
            if it == "LANDSCAPE":  # the landscape section: a sub-heading, a caption and the chronology table
                body.append('<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>' + wr("Chronology of key contacts")
                            + "</w:p>")
                body.append('<w:p><w:pPr><w:pStyle w:val="Caption"/><w:keepNext/></w:pPr>'
                            + wr("Table 1: contacts with Ms K, January to May 2024") + "</w:p>")
                widths = (2400, 3000, 4300, 4258)
                rows = []
                for r, row in enumerate(CM_TABLE):
                    cells = "".join(
                        f'<w:tc><w:tcPr><w:tcW w:w="{w_}" w:type="dxa"/>'
                        + ('<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if r == 0 else "")
                        + '</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>'
                        + wr(c, "<w:rPr><w:b/></w:rPr>" if r == 0 else "") + "</w:p></w:tc>"
                        for c, w_ in zip(row, widths, strict=True))
                    rows.append(("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if r == 0 else "<w:tr>") + cells + "</w:tr>")
                body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="13958" w:type="dxa"/>'
                            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
                            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
                            + "".join(f'<w:gridCol w:w="{w_}"/>' for w_ in widths) + "</w:tblGrid>"
                            + "".join(rows) + "</w:tbl>")
                # the empty paragraph that ends the landscape section (Word keeps one after a table)
                body.append("<w:p><w:pPr>" + cm_sect(CM_LANDSCAPE) + "</w:pPr></w:p>")
                page += 1
                words[page] = 0
                continue
            k += 1
            label = f"{h}.{k}"
            n_words = it if isinstance(it, int) else it[2]
            t = pm.make(n_words, "adult")
            ends_section = (isinstance(items[j + 1], str) and items[j + 1] == "LANDSCAPE") \
                if j + 1 < len(items) else False
            ppr = cm_sect(CM_PORTRAIT) if ends_section else ""
            if isinstance(it, int):
                runs = wr(t)
            else:
                kind, cid = it[0], it[1]
                a, b, c = thirds(t)
                if kind == "C":  # a comment on the middle third of the paragraph
                    runs = (wr(a) + f'<w:commentRangeStart w:id="{cid}"/>' + wr(b) + f'<w:commentRangeEnd '
                            f'w:id="{cid}"/>' + REF.format(i=cid) + wr(c))
                elif kind == "C1":  # a comment whose range starts in this paragraph and ends in the next
                    runs = wr(a) + f'<w:commentRangeStart w:id="{cid}"/>' + wr(b) + wr(c)
                elif kind == "C2":
                    runs = wr(a) + wr(b) + f'<w:commentRangeEnd w:id="{cid}"/>' + REF.format(i=cid) + wr(c)
                else:  # "P": a point comment at the end of the paragraph
                    runs = (wr(a) + wr(b) + wr(c) + f'<w:commentRangeStart w:id="{cid}"/><w:commentRangeEnd '
                            f'w:id="{cid}"/>' + REF.format(i=cid))
            body.append(npara(runs, ppr))
            texts.append(t)
            words[page] += len(t.split())
            result.append(entry(label, page, t))
            if ends_section:
                page += 1
                words[page] = 0
    n_pages = page
    comments = "".join(
        f'<w:comment w:id="{i}" w:author="{xesc(a)}" w:date="2025-02-1{i}T10:0{i}:00Z" w:initials="{a[0]}">'
        f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
        f'</w:rPr><w:annotationRef/></w:r>{wr(s)}</w:p></w:comment>' for i, (a, s) in enumerate(CM_COMMENTS))
    comments = f'{XML_HEAD}<w:comments xmlns:w="{W_NS}">{comments}</w:comments>\n'
    doc = (f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}'
           f'{cm_sect(CM_PORTRAIT)}</w:body></w:document>')
    zip_parts(path, {"[Content_Types].xml": CM_CT, "_rels/.rels": CM_RELS, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": CM_DOC_RELS, "word/styles.xml": CM_STYLES,
                     "word/numbering.xml": CM_NUMBERING, "word/settings.xml": CM_SETTINGS,
                     "word/comments.xml": comments, "word/header1.xml": CM_HEADER,
                     "word/footer1.xml": cm_footer(n_pages), "docProps/core.xml": CM_CORE},
              (2025, 2, 11, 16, 40, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"comments.docx: words per page {words}")
    # read back: the outline's counters (Heading 1 through its style, level 1 direct), pages from page breaks and
    # next-page section breaks, text from w:t only; comments are a separate part
    import docx
    from lxml import etree
    docx.Document(str(path))
    q = "{" + W_NS + "}"
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    croot = etree.fromstring(z.read("word/comments.xml"))
    counters, got, pg, orient = [0, 0], [], 1, []
    for el in root.find(q + "body"):
        if el.tag != q + "p":
            continue
        ppr = el.find(q + "pPr")
        style = ppr.find(q + "pStyle").get(q + "val") if ppr is not None and ppr.find(q + "pStyle") is not None \
            else "Normal"
        np_ = ppr.find(q + "numPr") if ppr is not None else None
        text = "".join(t.text for t in el.iter(q + "t"))
        if style == "Heading1":
            counters = [counters[0] + 1, 0]
        elif np_ is not None:
            counters[1] += 1
            got.append((f"{counters[0]}.{counters[1]}", pg, text))
        pg += len(el.findall(f'.//{q}br[@{q}type="page"]'))
        sp = ppr.find(q + "sectPr") if ppr is not None else None
        if sp is not None:
            orient.append(sp.find(q + "pgSz").get(q + "orient"))
            if sp.find(q + "type").get(q + "val") != "continuous":
                pg += 1
    want = [(d["label"], d["page"], t) for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"comments.docx: read back {[(a, b) for a, b, _ in got]}")
    ids = {c.get(q + "id") for c in croot.findall(q + "comment")}
    refs = [r.get(q + "id") for r in root.iter(q + "commentReference")]
    starts = [r.get(q + "id") for r in root.iter(q + "commentRangeStart")]
    if sorted(refs) != sorted(ids) or sorted(starts) != sorted(ids) or orient.count("landscape") != 1:
        raise AssertionError("comments.docx: comments or sections")
    if pg != n_pages or n_pages != 8:
        raise AssertionError(f"comments.docx: {pg} pages, {n_pages}")
    return {
        "note": ("A Word review draft (Calibri 12 pt) numbered by automatic numbering only: Heading 1 takes level 0 "
                 "of the list through its style ('%1.', '3.<tab>Key events') and every numbered paragraph has "
                 "direct w:numPr at level 1, whose lvlText '%1.%2.' ends in a full stop and is followed by a tab "
                 "(w:suff tab, hanging indent): the label is the number without its stop ('3.2'). A title page "
                 "ends in a next-page section break. Paragraph 3.3's own pPr holds the sectPr that ends the "
                 "portrait section, so a landscape section follows on a new page with an unnumbered Heading 2, a "
                 "caption and a ruled chronology table (dates such as '14 March 2024' starting rows), ending in an "
                 "empty paragraph holding the landscape sectPr; 3.4 carries on in portrait on the next page. The "
                 "table, caption and sub-heading are nobody's paragraph. The header (review title and 'FICTIONAL "
                 "\u2013 draft v3') and the footer 'Page X of Y' (PAGE and NUMPAGES fields) are not paragraphs. Four "
                 "reviewers' comments (word/comments.xml) are anchored by w:commentRangeStart/End and a "
                 "commentReference run: on the middle of 2.2, from the middle of 2.3 to the middle of 2.4, on 3.4, "
                 "and at the very end of 4.3; the comments' text ('2.4 repeats some of this ...', '3 visits or 4? "
                 "...') is not part of any paragraph, nor a paragraph. Pages are counted from explicit breaks: "
                 "page = 1 + the page breaks (<w:br w:type=\"page\"/>) and next-page section breaks before the "
                 "paragraph (each page is short enough for one page)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. wordpress.html: a partnership's WordPress page: <strong>3.4</strong>&nbsp; at the start of each paragraph,
#    quoted case notes in <blockquote>s inside paragraphs, a sidebar with numbered "Related reviews", share buttons
#    and a comment form
# --------------------------------------------------------------------------
WP_PLAN = [
    ("1", "Introduction", [70, 80, 75]),
    ("2", "Background", [95, ("QUOTE", 0), 90, 100]),
    ("3", "What happened", [110, 95, ("QUOTE", 1), "STOP", 105, 100]),
    ("4", "What the review found", [115, 105, ("QUOTE", 2), 110, 95]),
    ("5", "Recommendations", [75, 80]),
]
WP_TITLE = "Child Safeguarding Practice Review: Baby E"
WP_QUOTES = [
    ["Visited at 10:15. Mother answered the door in her dressing gown and said the baby was asleep upstairs.",
     "Home warm. Did not see the baby. Next visit booked for three weeks."],
    ["Call from the maternal grandmother, worried about shouting heard over the phone. Advised to call the police "
     "if she hears it again. No further action."],
    ["Mum says things are much better now that he has moved out. Baby alert and smiling, feeding well.",
     "Plan: close to universal services at the next review."],
]
WP_STRONG_NBSP = {"2.3", "4.2"}  # the editor put the no-break space inside the <strong>


def make_wordpress(out, pm):
    path = out / "wordpress.html"
    result, texts, pieces, body = [], [], {}, []
    for num, title, items in WP_PLAN:
        body.append(f'<h2 class="wp-block-heading" id="{title.lower().replace(" ", "-")}">{num}. {hesc(title)}</h2>')
        for k, it in enumerate(items, 1):
            label = f"{num}.{k}"
            shown = f"<strong>{label}&nbsp;</strong>" if label in WP_STRONG_NBSP else f"<strong>{label}</strong>&nbsp;"
            if it == "STOP":
                shown = f"<strong>{label}.</strong>&nbsp;"
                it = 85
            if isinstance(it, tuple):  # lead-in, the quoted case notes, then the paragraph carries on
                q = WP_QUOTES[it[1]]
                a, b = pm.make(50, "child"), pm.make(45, "child")
                a = a.rstrip(".") + ". The record reads:"
                pieces[label] = [a, *q, b]
                body.append(f"<p>{shown}{hesc(a)}</p>")
                body.append('<blockquote class="wp-block-quote">' + "".join(f"<p>{hesc(s)}</p>" for s in q)
                            + "</blockquote>")
                body.append(f"<p>{hesc(b)}</p>")
            else:
                pieces[label] = [pm.make(it, "child")]
                body.append(f"<p>{shown}{hesc(pieces[label][0])}</p>")
            t = " ".join(pieces[label])
            texts.append(t)
            result.append(entry(label, None, t))
    recent = ["Multi-agency training dates for autumn 2025", "Seven-minute briefing: bruising in babies who do not "
              "move", "Annual report 2024\u201325 published", "Working with fathers: a new toolkit"]
    related = [("Child M", "neglect and missed health appointments (2024)"),
               ("Baby N", "safe sleep and a parent\u2019s alcohol use (2023)"),
               ("Child P", "criminal exploitation and exclusion from school (2023)")]
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{hesc(WP_TITLE)} (FICTIONAL) &#8211; Wrenholt Safeguarding Children Partnership</title>
<meta name="generator" content="WordPress 6.5.3">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css"
 media="all">
<link rel="alternate" type="application/rss+xml" title="Wrenholt SCP &raquo; Feed" href="/feed/">
</head>
<body class="post-template-default single single-post postid-2317 ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="hfeed site">
<header class="site-header" id="masthead"><div class="site-branding"><p class="site-title"><a href="/">Wrenholt
Safeguarding Children Partnership</a></p><p class="site-description">Keeping children safe is everyone&#8217;s
business</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li>
<li><a href="/worried-about-a-child/">Worried about a child?</a></li><li><a href="/practice-reviews/">Practice
reviews</a></li><li><a href="/training/">Training</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-2317" class="post-2317 post type-post status-publish format-standard hentry
 category-practice-reviews">
<header class="entry-header"><h1 class="entry-title">{hesc(WP_TITLE)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published"
 datetime="2025-05-21T09:30:00+01:00">21 May 2025</time></span> by <span class="author vcard">WSCP business
unit</span></div></header>
<div class="entry-content">
<p><em>{FICT}: every person, place and service named in this review is invented.</em></p>
<div class="wp-block-file"><a href="/wp-content/uploads/2025/05/CSPR-Baby-E-FICTIONAL.pdf">CSPR Baby E (PDF)</a>
<a href="/wp-content/uploads/2025/05/CSPR-Baby-E-FICTIONAL.pdf" class="wp-block-file__button" download>Download</a>
</div>
{chr(10).join(body)}
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li class="share-facebook"><a class="share-facebook sd-button" href="?share=facebook" target="_blank"><span>Share on
Facebook</span></a></li><li class="share-x"><a class="share-x sd-button" href="?share=x" target="_blank"><span>Share
on X</span></a></li><li class="share-email"><a class="share-email sd-button" href="?share=email"><span>Email</span></a>
</li><li class="share-print"><a class="share-print sd-button" href="#print"><span>Print</span></a></li></ul></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/practice-reviews/"
 rel="category tag">Practice reviews</a></span> <span class="tags-links">Tagged <a href="/tag/babies/">babies</a>,
<a href="/tag/domestic-abuse/">domestic abuse</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-previous"><a href="/2025/05/annual-report/"
 rel="prev">Annual report 2024&#8211;25 published</a></div><div class="nav-next"><a href="/2025/06/fathers-toolkit/"
 rel="next">Working with fathers: a new toolkit</a></div></nav>
<div id="comments" class="comments-area">
<h3 class="comments-title">One thought on &#8220;{hesc(WP_TITLE)}&#8221;</h3>
<ol class="comment-list"><li id="comment-88" class="comment even thread-even depth-1"><article class="comment-body">
<footer class="comment-meta"><b class="fn">A health visitor (FICTIONAL)</b> <time datetime="2025-05-23T20:14:00+01:00">
23 May 2025 at 8:14 pm</time></footer><div class="comment-content"><p>Paragraph 4.2 really struck me &#8211; we see
this in our team too. Thank you for publishing.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p
 class="comment-notes">Your email address will not be published. Required fields are marked <span
 class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment <span
 class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8"
 required></textarea></p><p class="comment-form-author"><label for="author">Name</label><input id="author"
 name="author" type="text"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
 value="Post Comment"></p></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area secondary" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"
 action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field"
 name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul>
{"".join(f'<li><a href="/2025/0{i + 3}/post-{i}/">{hesc(s)}</a><span class="post-date">{12 + i} May 2025</span></li>'
          for i, s in enumerate(recent))}
</ul></section>
<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Related
reviews</h2><div class="textwidget custom-html-widget"><ol class="related-reviews">
{"".join(f'<li><strong>{i}.</strong>&nbsp;<a href="/practice-reviews/{c.lower().replace(" ", "-")}/">{hesc(c)}</a>: '
          f'{hesc(s)}</li>' for i, (c, s) in enumerate(related, 1))}
</ol></div></section>
<section id="text-4" class="widget widget_text"><h2 class="widget-title">Worried about a child?</h2><div
 class="textwidget"><p>Call the children&#8217;s advice line on 0300 000 0000 (FICTIONAL). If a child is in immediate
danger call 999.</p></div></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer"><p>&copy; 2025 Wrenholt Safeguarding Children Partnership. Powered by
WordPress.</p></footer>
</div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    (content,) = root.xpath('//article//div[@class="entry-content"]')
    got, cur = [], None
    for el in content:
        if el.tag == "p":
            st = el.find("strong")
            txt = " ".join(el.text_content().replace("\u00a0", " ").split())
            if st is not None and el.text is None and re.fullmatch(r"\d\.\d\.?\u00a0?", st.text_content()):
                label = st.text_content().replace("\u00a0", "").rstrip(".")
                cur = [label, [txt[len(st.text_content().replace("\u00a0", "").strip()):].strip()]]
                got.append(cur)
            elif cur is not None and not el.get("class") and el.find("em") is None:
                cur[1].append(txt)
        elif el.tag == "blockquote" and cur is not None:
            cur[1] += [" ".join(p.text_content().split()) for p in el.xpath("./p")]
        elif el.tag in ("h2", "div"):
            cur = None
    if got != [[d["label"], pieces[d["label"]]] for d in result]:
        raise AssertionError(f"wordpress.html: read back {[g[0] for g in got]}")
    if len(root.xpath('//aside[@id="secondary"]//ol/li/strong')) != 3 or not root.xpath('//form[@id="commentform"]'):
        raise AssertionError("wordpress.html: sidebar or comment form")
    return {
        "note": ("A local safeguarding children partnership's WordPress post (Astra theme, right sidebar). The report "
                 "is inside <article>'s <div class=\"entry-content\">: numbered <h2>s ('3. What happened') are "
                 "headings, and each paragraph is a <p> that opens with its number in bold, '<strong>3.4</strong>"
                 "&nbsp;' (2.3 and 4.2 have the no-break space inside the <strong>, 3.4 has a typed stop '3.4.' "
                 "whose label is 3.4). 2.2, 3.3 and 4.3 have a lead-in ending 'The record reads:', then quoted "
                 "case notes in a <blockquote class=\"wp-block-quote\"> of one or two <p>s, then an unnumbered <p> "
                 "that carries the paragraph on: the quotation and that carry-on text belong to the paragraph "
                 "(its last words are the carry-on <p>'s). The italic FICTIONAL line, and the file download block "
                 "before 1.1 are not paragraphs. Outside the article body: share buttons, categories and tags, "
                 "previous/next post links, a reader's comment ('Paragraph 4.2 really struck me ...'), a 'Leave a "
                 "Reply' comment form, and a sidebar with search, 'Recent posts' (with dates) and a 'Related "
                 "reviews' list whose items open '<strong>1.</strong>&nbsp;' like the paragraphs: none of these "
                 "are paragraphs. No pages (page null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. stepped.pdf: three-level numbering, each level's number and text indented a step further ("2.2" at the margin,
#    "2.2.1" at 2.2's text indent), text wrapping under its own indent, footnotes in small type at the page foot
# --------------------------------------------------------------------------
ST_PLAN = [
    ("1", "Introduction", [70, 80, 75]),
    ("2", "Background", [85, (60, [70, 85, 75]), 90]),
    ("3", "Analysis", [(55, [95, 90, 100, 85]), 110, (60, [90, 95]), 100]),
    ("4", "Conclusions", [85, 80]),
]
ST_TITLE = "Child Safeguarding Practice Review: Baby S"
ST_FOOTNOTES = {
    "1.2": "Working Together to Safeguard Children (fictional edition, 2023), chapter 4.",
    "2.2.2": "The terms of reference are at Appendix A of the full report, which is not published (FICTIONAL).",
    "2.3": "See paragraph 2.2.1 above for the family\u2019s housing history and the moves between the two flats.",
    "3.1.1": "Health visiting records from the Corrimoor service reached the panel after its second meeting.",
    "3.1.3": "The surgery used a paper system for baby checks until September 2023; the cards were scanned for "
             "the review.",
    "3.3.2": "Local multi-agency safeguarding arrangements, revised in June 2024 (FICTIONAL).",
    "4.1": "The national panel\u2019s thematic report on the safeguarding of babies (fictional title), 2022.",
}


def make_stepped(out, pm):
    path = out / "stepped.pdf"
    lay = Layout()
    T, TB, A = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT", "ArialMT"
    FS, LEAD, FNS, FNL, MS = 11.0, 14.5, 8.5, 10.5, 6.5
    X1, X2, X3, R = 62.0, 98.0, 140.0, 533.0
    TOP, BOTTOM = 780.0, 70.0
    state = {"cur": 0.0}
    fns = {}  # page -> [(number, text lines)]

    def fn_lines(s):
        return wrap(s.split(), R - X1 - 8, lambda x: sw(x, T, FNS))

    def reserve(pg, extra=()):
        items = fns.get(pg, []) + list(extra)
        return 0.0 if not items else 14.0 + sum(len(ls) * FNL + 2 for _n, ls in items)

    def new_page():
        lay.new_page()
        state["cur"] = TOP

    def fits(lead, extra=()):
        return state["cur"] - lead >= BOTTOM + reserve(lay.n, extra)

    def draw_words(pg, x, y, items):
        run, cx = [], x
        for w, mk in items:
            run.append(w)
            if mk:
                s = " ".join(run)
                lay.text(cx, y, s, T, FS, page=pg)
                cx += sw(s, T, FS)
                lay.text(cx, y + 3.8, mk, T, MS, page=pg)
                cx += sw(mk, T, MS) + sw(" ", T, FS)
                run = []
        if run:
            lay.text(cx, y, " ".join(run), T, FS, page=pg)

    def wrap_items(items, width):
        lines, cur, wd = [], [], 0.0
        for w, mk in items:
            ww = sw(w, T, FS) + (sw(mk, T, MS) if mk else 0.0)
            add = ww if not cur else wd + sw(" ", T, FS) + ww
            if cur and add > width:
                lines.append(cur)
                cur, wd = [(w, mk)], ww
            else:
                cur.append((w, mk))
                wd = add
        if cur:
            lines.append(cur)
        return lines

    lay.new_page()
    lay.text(X1, 760, ST_TITLE, TB, 18)
    lay.text(X1, 738, "Overview report for the Hollinsmere Safeguarding Children Partnership, March 2025", T, 11)
    lay.text(X1, 722, FICT + ". Every person, place and service named here is invented.", "TimesNewRomanPS-ItalicMT",
             9.5)
    state["cur"] = 700.0
    result, texts, labels, fn_no, fn_where, crossing = [], [], [], 0, {}, []
    for num, title, items in ST_PLAN:
        if not fits(16 + 18 + 2 * LEAD):
            new_page()
        state["cur"] -= 16 + 18 * 0.78
        lay.text(X1, state["cur"], num, TB, 12)
        lay.text(X2, state["cur"], title, TB, 12)
        state["cur"] -= 18 * 0.22
        paras = []
        for k, it in enumerate(items, 1):
            if isinstance(it, tuple):
                paras.append((f"{num}.{k}", it[0], X1, X2))
                paras += [(f"{num}.{k}.{j}", n_, X2, X3) for j, n_ in enumerate(it[1], 1)]
            else:
                paras.append((f"{num}.{k}", it, X1, X2))
        for label, n_words, nx, tx in paras:
            t = pm.make(n_words, "child")
            texts.append(t)
            words = [(w, None) for w in t.split()]
            fn = None
            if label in ST_FOOTNOTES:
                ss = sentences(t)
                cut = len(ss[0].split()) + len(ss[1].split())
                if len(ss) < 4 or cut < 9 or len(words) - cut < 8:
                    raise AssertionError(f"stepped.pdf: no room for a footnote mark in {label}")
                fn_no += 1
                words[cut - 1] = (words[cut - 1][0], str(fn_no))
                fn = (str(fn_no), fn_lines(ST_FOOTNOTES[label]))
            wl = wrap_items(words, R - tx)
            first_fn = [fn] if fn and any(mk for ln in wl[:2] for _w, mk in ln) else []
            state["cur"] -= 7.0
            if not fits(2 * LEAD, first_fn):
                new_page()
            start = lay.n
            for i, ln in enumerate(wl):
                extra = [fn] if fn and any(mk for _w, mk in ln) else []
                if not fits(LEAD, extra):
                    new_page()
                y = state["cur"] - LEAD * 0.78
                if i == 0:
                    lay.text(nx, y, label, T, FS)
                    labels.append((lay.n, nx, y, tx))
                draw_words(lay.n, tx, y, ln)
                if extra:
                    fns.setdefault(lay.n, []).append(fn)
                    fn_where[fn[0]] = lay.n
                state["cur"] -= LEAD
            if lay.n != start:
                crossing.append(label)
            result.append(entry(label, start, t))
    n = lay.n
    for pg in range(1, n + 1):
        items = fns.get(pg, [])
        if items:
            top = BOTTOM + reserve(pg) - 8.0
            lay.line(X1, top, X1 + 144, top, 0.5, page=pg)
            y = top - 10.0
            for no, ls in items:
                lay.text(X1, y + 3.2, no, T, MS, page=pg)
                for ln in ls:
                    lay.text(X1 + 8, y, " ".join(ln), T, FNS, page=pg)
                    y -= FNL
                y -= 2
        if pg > 1:
            lay.text(X1, 808, "Hollinsmere SCP \u2013 CSPR Baby S", A, 8, (0.35, 0.35, 0.35), page=pg)
            lay.text(R - sw("FICTIONAL", A, 8), 808, "FICTIONAL", A, 8, (0.35, 0.35, 0.35), page=pg)
        lay.text((A4[0] - sw(str(pg), T, 10)) / 2, 40, str(pg), T, 10, page=pg)
    lay.render(path, {"Title": ST_TITLE + " (FICTIONAL)", "Author": "Hollinsmere SCP (FICTIONAL)", "Subject": FICT,
                      "Creator": "Microsoft\u00ae Word 2016", "Producer": "Microsoft\u00ae Word 2016"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pages = pdf_pages(path)
    if len(pages) != n or not 4 <= n <= 9:
        raise AssertionError(f"stepped.pdf: {n} pages")

    def body(c):
        return BOTTOM - 1 <= c["matrix"][5] <= TOP + 1 and c["size"] > 10

    pw = [words_of(p, body) for p in pages]
    allw = [w for p in pw for w in p]
    for d, t, (pg, x, y, tx) in zip(result, texts, labels, strict=True):
        seq_in(allw, d["label"] + " " + t, path.name, d["label"])
        label_at(pages[pg - 1], x, y, d["label"], path.name)
        if not contains_seq(pw[pg - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"stepped.pdf: starts_with of {d['label']}")
        # the paragraph's next printed line starts at its own text indent
        below = [c for c in pages[pg - 1] if body(c) and y - LEAD - 0.5 < c["matrix"][5] < y - LEAD + 0.5]
        if below and abs(min(c["x0"] for c in below) - tx) > 0.05:
            raise AssertionError(f"stepped.pdf: continuation indent of {d['label']}")
    # every footnote mark and its footnote on the same page
    for pg in set(fn_where.values()):
        small = [c for c in pages[pg - 1] if abs(c["size"] - MS) < 0.01]
        here = "".join(no for no, p in fn_where.items() if p == pg)
        marks = [c["text"] for c in small if c["matrix"][5] > BOTTOM + reserve(pg)]
        if sorted(c["text"] for c in small) != sorted(here * 2) or sorted(marks) != sorted(here):
            raise AssertionError(f"stepped.pdf: footnotes {here} on page {pg}")
    if fn_no != len(ST_FOOTNOTES) or len(crossing) < 2 or any(len(fns.get(p, [])) > 4 for p in fns):
        raise AssertionError(f"stepped.pdf: footnotes {fn_no}, across pages {crossing}")
    return {
        "note": ("A practice review from Word (Times New Roman 11 pt) with three-level numbers, each level a step "
                 "further in: '2.2' at the left margin with its text from the next tab stop and every continuation "
                 "line wrapping under that text (not under the number); '2.2.1' starts at 2.2's text indent, with "
                 "its own text and continuation lines a step further in again. Both levels are paragraphs: 2.2 is "
                 "a short lead-in and 2.2.1-2.2.3 follow it, and the key lists every number in order ('2.2', "
                 "'2.2.1', '2.2.2', '2.2.3', '2.3'). Section headings ('2  Background', bold) are not paragraphs. "
                 "Seven footnotes, numbered 1-7 through the report: a raised 6.5 pt reference mark after the "
                 "second sentence of a paragraph (never among its first eight or last six words) and the footnote "
                 "at the foot of the same page below a short rule, in 8.5 pt with the raised number before it "
                 "(footnote 3 reads 'See paragraph 2.2.1 above ...'); footnotes are not paragraphs nor part of "
                 "one, and the marks are not words of the text. Header from page 2 and page-number footer are not "
                 "paragraphs. Pages are physical, 1-based."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts(T1_FACES)
    pm = ParaMaker()
    exp = {}
    exp["rowcont.pdf"] = make_rowcont(out, pm)
    exp["hero.pdf"] = make_hero(out, pm)
    exp["comments.docx"] = make_comments(out, pm)
    exp["wordpress.html"] = make_wordpress(out, pm)
    exp["stepped.pdf"] = make_stepped(out, pm)
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
        with tempfile.TemporaryDirectory(prefix="blind23-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
