"""Blind fixture generator 22: five FICTIONAL safeguarding-review documents.

FICTIONAL – for software testing. Run: python make.py [outdir] (about a second). Needs reportlab (its canvas and
its font folder: Arial and Times New Roman metric Type 1 faces), lxml, python-docx and pdfplumber; no system fonts,
no LibreOffice, no network. Every generator checks its own key with pdfplumber/lxml/python-docx, never with the
project's parser.

wordsoup.pdf     a safeguarding adults review printed with Windows' "Microsoft Print To PDF": every word (and every
                 number, bullet, heading word, header and footer word) is its own text object with its own Tm, no
                 space glyphs are drawn, and within each printed line the words are written in a scrambled order;
                 justified Arial with hanging numbers, headings hanging alike ("3." / "Key events"), an en-dash
                 bulleted list inside 2.3, paragraphs across page breaks
numabove.pdf     a domestic homicide review whose paragraph numbers sit on a line of their own above the paragraph,
                 flush left with the text, in small bold teal Arial over black Times text: "ES.1"-"ES.6" in the
                 executive summary, then "1.1" in the body; numbered headings in the same face and colour, larger;
                 a cover with a contents list; paragraphs across page breaks
listtable.docx   a Word report numbered only by automatic numbering (w:numPr): a ruled table (with a Heading 3
                 caption) between 3.3 and 3.4, after which the list carries on; a bulleted list (another
                 abstractNum, two levels) inside 2.3 and "(i)" lists (a third abstractNum, one restarted by a
                 startOverride) inside 3.6 and 4.2 with unnumbered carry-on text after them; a two-column summary
                 section whose 1.3 holds a column break in mid-paragraph
textversion.html a council's "text version" web page: the whole report in one <pre>, pdftotext -layout output
                 (hard-wrapped, numbers at column 4 and text at column 12, headings "3.      KEY EVENTS" at the same
                 columns, each PDF page's running header and "Page N of M" line, form feeds between pages, a dotted
                 contents list and a table laid out in spaces whose rows begin with dates such as "12 September")
paradivs.html    a council CMS page whose blocks are <div class="para"><span class="num">4.2</span><div
                 class="text"><p>...</p><p>...</p></div></div> (no whitespace between number and text), section
                 headings in the same markup with a number, an unnumbered sub-heading with an empty number span,
                 "2.2." typed with a stop, a <ul> and a small table inside paragraphs, "Key learning" <aside>s

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without its trailing stop ("2.2." is 2.2), and keeps a prefix that is
  part of the number ("ES.3"); for Word automatic numbering it is the number Word prints (%1.%2 counted over the
  outline list only);
- headings are not paragraphs even where they carry a number in the paragraphs' own position, face or markup
  ("3." hanging like a paragraph number, "3  Background" in the numbers' teal, "3.      KEY EVENTS" at the number
  column of a <pre>, <div class="para para--heading"> with <span class="num">3</span>); nor are contents lists,
  running heads and footers, "Page N of M" lines, captions, tables standing between paragraphs (the Word table
  between 3.3 and 3.4 is not part of 3.3; the <pre>'s table before 3.1 is nobody's), callouts, page furniture
  of a web page;
- a number on its own line above its paragraph belongs to the text below it, not to the paragraph above;
- the order in which a PDF writes words is not reading order: the key follows the printed line, left to right;
- a Word column break inside a paragraph does not end it; a Word list from another abstractNum (bullets, "(i)")
  inside a numbered paragraph, and the unnumbered text after it at the paragraph's indent, belong to that
  paragraph and do not advance its numbering; the outline's numbering carries on after a table;
- a paragraph of two or more <p>s (or with a <ul> or a small table) inside one numbered container is one
  paragraph; a <pre>'s paragraph continues across the PDF's page lines and form feeds, which are not its text;
- a list inside a paragraph ("(a)"-"(c)", bullets) and the text after it belong to that paragraph;
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (column breaks and continuous section breaks start no page; each
  page holds at most about 480 words). HTML has no pages (null), even where a <pre> shows the PDF's page lines.
"""
import json
import os
import pathlib
import random
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit.draw import Layout, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import DrawFlow as Flow  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry  # type: ignore
    from blindkit.markup import hesc, wr, zip_parts  # type: ignore
    from blindkit.pdfread import label_at, pdf_pages, seq_in, words_of  # type: ignore
    from text import ParaMaker, contains_seq, norm  # type: ignore
else:
    from ..blindkit.draw import Layout, register_fonts, sw, wrap
    from ..blindkit.flow import DrawFlow as Flow
    from ..blindkit.keys import check_count, check_lengths, entry
    from ..blindkit.markup import hesc, wr, zip_parts
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
# 1. wordsoup.pdf: "Microsoft: Print To PDF" - every word its own text object (BT/ET with its own Tm), no space
#    glyphs, the words of each printed line written in a scrambled order; justified lines
# --------------------------------------------------------------------------
WS_PLAN = [
    ("1", "Introduction", [70, 85, 80]),
    ("2", "Mrs D and her circumstances", [110, 95, "BUL", 100]),
    ("3", "Key events", [130, 115, 125, 140]),
    ("4", "Analysis", [135, 120, 145, 130, 125]),
    ("5", "Conclusions", [90, 85]),
]
WS_TITLE = "Safeguarding Adults Review: Mrs D"
WS_BULLETS = [
    "the district nurses, who saw her three times a week and knew how little she was eating;",
    "the pharmacist, who noticed that her blister packs came back unopened after the spring;",
    "her neighbour, who had been collecting her post and paying her gas bill since the winter.",
]


def make_wordsoup(out, pm):
    path = out / "wordsoup.pdf"
    lay = Layout()
    F, FB = "ArialMT", "Arial-BoldMT"
    FS, LEAD, AFTER = 11.0, 15.6, 9.0
    NX, TX, R = 72.0, 108.0, 523.0
    BX, BTX = 116.0, 128.0
    TOP, BOTTOM = 770.0, 72.0
    lines = {}  # page -> [(baseline, [(x, word, font, size, rgb)])]

    def emit(page, y, words):
        lines.setdefault(page, []).append((y, words))

    def justified(x, words, width, font, size, last):
        ws = [sw(w, font, size) for w in words]
        gap = sw(" ", font, size) if (last or len(words) == 1) else (width - sum(ws)) / (len(words) - 1)
        out_, cx = [], x
        for w, wd in zip(words, ws, strict=True):
            out_.append((round(cx, 3), w, font, size, (0, 0, 0)))
            cx += wd + gap
        return out_

    def meas(s):
        return sw(s, F, FS)

    flow = Flow(lay, TOP, BOTTOM, lay.new_page)
    lay.new_page()
    emit(1, 742, [(NX, w, FB, 18, (0, 0, 0)) for w in WS_TITLE.split()])
    subtitle = "Overview report of the independent reviewer"
    emit(1, 716, [(NX, w, F, 11, (0, 0, 0)) for w in subtitle.split()])
    emit(1, 698, [(NX, w, "Arial-ItalicMT", 9, (0, 0, 0)) for w in
                  (FICT + ". Every person, place and service named here is invented.").split()])
    flow.cur = 680.0
    result, texts, labels, pieces = [], [], [], {}
    for num, title, items in WS_PLAN:
        def draw_head(pg, y, num=num, title=title):
            emit(pg, y, [(NX, num + ".", FB, 12, (0, 0, 0))] + [(TX, w, FB, 12, (0, 0, 0)) for w in title.split()])
        head = [(18.0, 16.0, draw_head)]
        for k, it in enumerate(items, 1):
            label = f"{num}.{k}"
            if it == "BUL":
                a, b = pm.make(60, "adult"), pm.make(45, "adult")
                parts = [(a, TX, R - TX, None)] + [(x, BTX, R - BTX, "\u2013") for x in WS_BULLETS] + \
                        [(b, TX, R - TX, None)]
                pieces[label] = [a, *WS_BULLETS, b]
            else:
                t = pm.make(it, "adult")
                parts = [(t, TX, R - TX, None)]
                pieces[label] = [t]
            t = " ".join(pieces[label])
            texts.append(t)
            rows = []
            for pi, (s, x, width, bullet) in enumerate(parts):
                wl = wrap(s.split(), width, meas)
                for li, ln in enumerate(wl):
                    last_line = li == len(wl) - 1

                    def draw(pg, y, x=x, ln=ln, width=width, last=last_line,
                             num_=label if (pi == 0 and li == 0) else None, bullet=bullet if li == 0 else None):
                        ws = justified(x, ln, width, F, FS, last)
                        if num_:
                            ws.insert(0, (NX, num_, F, FS, (0, 0, 0)))
                        if bullet:
                            ws.insert(0, (BX, bullet, F, FS, (0, 0, 0)))
                        emit(pg, y, ws)
                    gap = AFTER if (pi == 0 and li == 0) else (4.0 if li == 0 else 0.0)
                    rows.append((gap, LEAD, draw))
            placed = flow.place(head + rows, keep=3)[1:] if k == 1 else flow.place(rows)
            labels.append((placed[0][0], NX, placed[0][1]))
            result.append(entry(label, placed[0][0], t))
    n = lay.n
    for pg in range(1, n + 1):
        if pg > 1:
            left = "Marlbeck Cross Safeguarding Adults Board"
            emit(pg, 806, [(NX, w, F, 8, (0, 0, 0)) for w in left.split()])
            right = "SAR Mrs D \u2013 FICTIONAL"
            emit(pg, 806, [(R - sw(right, F, 8), w, F, 8, (0, 0, 0)) for w in right.split()])
        foot = f"Page {pg} of {n}"
        emit(pg, 40, [((A4[0] - sw(foot, F, 9)) / 2, w, F, 9, (0, 0, 0)) for w in foot.split()])
    # words in a line placed where they print: furniture lines were given one x; spread them as text
    for pg in range(1, n + 1):
        for y, ws in lines[pg]:
            fixed, cx, prev = [], None, None
            for x, w, font, size, rgb in ws:
                x_ = cx if (x == prev and cx is not None) else x
                prev = x
                fixed.append((round(x_, 3), w, font, size, rgb))
                cx = x_ + sw(w + " ", font, size)
            # Print To PDF: one text object per word, in the order the spooler met them (scrambled in the line)
            order = list(range(len(fixed)))
            random.Random(pg * 1000 + int(y * 10)).shuffle(order)
            if len(order) > 1 and order == sorted(order):
                order.reverse()
            for i in order:
                x, w, font, size, rgb = fixed[i]
                lay.text(x, y, w, font, size, rgb, page=pg)
    lay.render(path, {"Title": "Microsoft Word - SAR Mrs D overview report FINAL.docx", "Author": "",
                      "Subject": "", "Creator": "", "Producer": "Microsoft: Print To PDF"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pages = pdf_pages(path)
    if not 5 <= len(pages) <= 8 or len(pages) != n:
        raise AssertionError(f"wordsoup.pdf: {len(pages)} pages")
    # no space glyphs; in most lines of three words or more the stream order is not the reading order
    scrambled = total = 0
    for chars in pages:
        if any(c["text"] == " " for c in chars):
            raise AssertionError("wordsoup.pdf: a space glyph")
        by_line = {}
        for c in chars:
            by_line.setdefault(round(c["matrix"][5], 2), []).append(c["x0"])
        for xs in by_line.values():
            if len(xs) > 12:
                total += 1
                scrambled += xs != sorted(xs)
    if scrambled < 0.9 * total:
        raise AssertionError("wordsoup.pdf: lines not scrambled")
    body = []
    pw = []
    for chars in pages:
        w = words_of(chars, lambda c: BOTTOM - 1 <= c["matrix"][5] <= TOP + 1, x_tolerance=1.5)
        pw.append(w)
        body += w
    for d, (pg, x, y) in zip(result, labels, strict=True):
        seq_in(body, d["label"] + " " + pieces[d["label"]][0], path.name, d["label"])
        for s in pieces[d["label"]][1:]:
            seq_in(body, s, path.name, d["label"])
        if not contains_seq(pw[pg - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"wordsoup.pdf: starts_with of {d['label']}")
        label_at(pages[pg - 1], x, y, d["label"], path.name)
    if len({d["page"] for d in result}) < 4:
        raise AssertionError("wordsoup.pdf: pages of paragraphs")
    return {
        "note": ("A report printed to PDF with Windows' 'Microsoft Print To PDF' (Producer 'Microsoft: Print To "
                 "PDF'), Arial 11 pt justified: every word, paragraph number, bullet, heading word, header and "
                 "footer word is its own text object (BT ... ET with its own Tm), no space glyphs are drawn (word "
                 "gaps are positions only, a space's width or wider), and within every printed line the words are "
                 "written to the content stream in a scrambled order (the number of a paragraph may come after its "
                 "first line's words). Numbers '2.3' hang at the left margin with the text indented; section "
                 "headings hang the same way ('3.' and 'Key events', bold 12 pt) and are not paragraphs. 2.3 holds "
                 "three items bulleted with an en dash and a closing passage after them (one paragraph). A header "
                 "from page 2 and "
                 "a centred 'Page N of M' footer are not text of any paragraph; paragraphs run across page breaks. "
                 "Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. numabove.pdf: a domestic homicide review whose paragraph numbers ("ES.3" in the executive summary, "3.2" in
#    the body) are set on a line of their own above the paragraph, flush left, in small bold teal sans serif over
#    black serif text
# --------------------------------------------------------------------------
NA_ES = [80, 95, 85, 100, 90, 150]
NA_PLAN = [
    ("1", "Introduction", [80, 90, 75]),
    ("2", "The review process", [95, 115, 100]),
    ("3", "Background", [140, 130, 110, 125]),
    ("4", "Analysis", [140, 125, 135, 165]),
    ("5", "Conclusions and lessons", [95, 90]),
]
NA_TITLE = "Domestic Homicide Review: Ms R"


def make_numabove(out, pm):
    path = out / "numabove.pdf"
    lay = Layout()
    T, A, AB = "TimesNewRomanPSMT", "ArialMT", "Arial-BoldMT"
    TEAL, GREY, BLACK = (0.0, 0.45, 0.48), (0.42, 0.42, 0.42), (0, 0, 0)
    FS, LEAD, NUM_LEAD, BEFORE = 11.0, 14.6, 12.5, 10.0
    L, R = 70.0, 525.0
    TOP, BOTTOM = 772.0, 74.0

    def meas(s):
        return sw(s, T, FS)

    lay.new_page()
    # cover with a contents list (page numbers filled in after the flow)
    flow = Flow(lay, TOP, BOTTOM, lay.new_page)
    result, texts, labels, ends, sections = [], [], [], [], []

    def para(label, t):
        wl = wrap(t.split(), R - L, meas)
        rows = [(BEFORE, NUM_LEAD, lambda pg, y: lay.text(L, y, label, AB, 8.5, TEAL, page=pg))]
        for ln in wl:
            s = " ".join(ln)
            rows.append((0.0, LEAD, lambda pg, y, s=s: lay.text(L, y, s, T, FS, BLACK, page=pg)))
        return rows

    def heading(s, size, gap, after):
        return [(gap, size * 1.3 + after, lambda pg, y: lay.text(L, y, s, AB, size, TEAL, page=pg))]

    flow.page()
    rows = heading("Executive summary", 16, 0, 6)
    sections.append(("Executive summary", lay.n))
    for k, tw in enumerate(NA_ES, 1):
        label = f"ES.{k}"
        t = pm.make(tw, "dhr")
        texts.append(t)
        placed = flow.place(rows + para(label, t), keep=len(rows) + 3)[len(rows):]
        rows = []
        labels.append((placed[0][0], L, placed[0][1]))
        ends.append(placed[-1][0])
        result.append(entry(label, placed[0][0], t))
    flow.page()
    for num, title, lens in NA_PLAN:
        rows = heading(f"{num}  {title}", 14, 16, 4)
        for k, tw in enumerate(lens, 1):
            label = f"{num}.{k}"
            t = pm.make(tw, "dhr")
            texts.append(t)
            placed = flow.place(rows + para(label, t), keep=len(rows) + 3)
            if rows:
                sections.append((f"{num}  {title}", placed[0][0]))
                placed = placed[len(rows):]
            rows = []
            labels.append((placed[0][0], L, placed[0][1]))
            ends.append(placed[-1][0])
            result.append(entry(label, placed[0][0], t))
    n = lay.n
    lay.rect(0, 560, A4[0], 200, (0.0, 0.45, 0.48), page=1)
    lay.text(L, 700, NA_TITLE, AB, 24, (1, 1, 1), page=1)
    lay.text(L, 672, "Overview report", A, 14, (1, 1, 1), page=1)
    lay.text(L, 640, "Kilvardine Community Safety Partnership", A, 11, (1, 1, 1), page=1)
    lay.text(L, 600, "Independent chair and author: a fictional reviewer \u2013 March 2025", A, 10, (1, 1, 1), page=1)
    lay.text(L, 520, FICT + ". Every person, place and service named here is invented.", "Arial-ItalicMT", 10,
             BLACK, page=1)
    y = 470.0
    lay.text(L, y, "Contents", AB, 13, TEAL, page=1)
    for s, pg in sections:
        y -= 19
        lay.text(L, y, s, A, 11, BLACK, page=1)
        lay.text(R - sw(str(pg), A, 11), y, str(pg), A, 11, BLACK, page=1)
    for pg in range(2, n + 1):
        hd = "Domestic Homicide Review \u2013 Ms R \u2013 FICTIONAL"
        lay.text(R - sw(hd, A, 8), 806, hd, A, 8, GREY, page=pg)
        lay.line(L, 798, R, 798, 0.5, TEAL, page=pg)
        lay.text(L, 40, "Kilvardine CSP", A, 8, GREY, page=pg)
        ft = f"Page {pg}"
        lay.text(R - sw(ft, A, 9), 40, ft, A, 9, BLACK, page=pg)
    lay.render(path, {"Title": NA_TITLE + " (FICTIONAL)", "Author": "Kilvardine CSP (FICTIONAL)", "Subject": FICT,
                      "Creator": "Microsoft\u00ae Word for Microsoft 365",
                      "Producer": "Microsoft\u00ae Word for Microsoft 365"})
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pages = pdf_pages(path)
    if len(pages) != n or not 6 <= n <= 9:
        raise AssertionError(f"numabove.pdf: {n} pages")

    def body(c):
        return BOTTOM - 1 <= c["matrix"][5] <= TOP + 1

    pw = [words_of(p, body) for p in pages]
    allw = [w for p in pw for w in p]
    split = 0
    for d, t, (pg, x, y), e in zip(result, texts, labels, ends, strict=True):
        seq_in(allw, d["label"] + " " + t, path.name, d["label"])
        label_at(pages[pg - 1], x, y, d["label"], path.name)
        own = [c for c in pages[pg - 1] if abs(c["matrix"][5] - y) < 0.05]
        if "".join(c["text"] for c in own) != d["label"] or any(c["fontname"] != AB for c in own):
            raise AssertionError(f"numabove.pdf: the number line of {d['label']}")
        if not contains_seq(pw[pg - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"numabove.pdf: starts_with of {d['label']}")
        split += e != pg
    if split < 2:
        raise AssertionError(f"numabove.pdf: paragraphs across pages {ends} {labels}")
    return {
        "note": ("A domestic homicide review from Word (Times New Roman 11 pt, left-aligned): every paragraph "
                 "number is on a printed line of its own above the paragraph's first line, flush left with the "
                 "text, in Arial bold 8.5 pt teal ('ES.3' in the executive summary, '3.2' in the body); the text "
                 "below it starts at the same left edge with no indent. Section headings are Arial bold 14 pt teal "
                 "with a number ('3  Background'), the executive summary's heading is unnumbered; neither is a "
                 "paragraph. The label is the number as printed ('ES.3', '3.2'). A cover page with a contents list "
                 "(titles and page numbers), a running header and a 'Page N' footer are not paragraphs. A number "
                 "is always on the same page as its paragraph's first line; paragraphs run across page breaks. "
                 "Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. listtable.docx: automatic Word numbering (w:numPr) that carries on after a table, a bulleted list and "(i)"
#    lists from other abstractNums nested in paragraphs, and a two-column summary with a column break inside 1.3
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
LT_SUMMARY = [70, 65, "COLBREAK", 60]
LT_PLAN = [  # (heading 1, items); "PB" = a page break paragraph between two numbered paragraphs
    ("Background", [90, 85, "BUL", 80]),
    ("What happened", [85, 90, 80, "TABLE", 85, "PB", 90, "ROMAN", 80]),
    ("Analysis", [95, "ROMAN2", 90, 85]),
    ("Recommendations", [75, 70]),
]
LT_TITLE = "Safeguarding Adults Review: Mr and Mrs V"
LT_BULLETS = [  # (level, text)
    (0, "the GP surgery, which had seen Mr V four times for his chest and never asked about home;"),
    (0, "the carers\u2019 centre, which had offered Mrs V a break that she felt unable to accept;"),
    (1, "the offer was made by letter, twice, and not followed up by a call;"),
    (0, "the housing officer, who had visited about the boiler and found the heating off in January."),
]
LT_ROMAN = [
    "(i) the discharge letter did not say who would visit first;",
    "(ii) the care agency was told the wrong date and arrived a day late;",
    "(iii) nobody checked whether Mrs V could still manage the stairs.",
]
LT_ROMAN2 = [
    "(i) a named lead agency for the couple as a household;",
    "(ii) one review date that every agency had agreed to.",
]
LT_TABLE = [
    ("Date", "Agency", "Contact"),
    ("14 March 2023", "GP surgery", "Mr V seen with a chest infection; Mrs V waited in the car"),
    ("2 April 2023", "Housing officer", "Visit about the boiler; heating found switched off"),
    ("19 May 2023", "Carers\u2019 centre", "Letter offering a short break; no reply"),
    ("6 June 2023", "Ambulance service", "Mrs V found on the floor; declined conveyance"),
]
LT_CAPTION = "Table 1: contacts with Mr and Mrs V, March to June 2023"
LT_STYLES = XML_HEAD + (
    '<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
    'w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="160" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\n'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:color w:val="00594F"/><w:sz w:val="44"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr>'
    '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color '
    'w:val="00594F"/><w:sz w:val="30"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="80"/>'
    '<w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="20"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/>'
    '<w:contextualSpacing/></w:pPr></w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table text"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr><w:rPr><w:sz w:val="18"/>'
    '</w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/></w:rPr></w:style>\n'
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


def _lvl(i, fmt, text, ind, hanging=360, start=1, extra="", rpr=""):
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" '
            f'w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')


LT_NUMBERING = XML_HEAD + (
    '<w:numbering xmlns:w="{W}">'
    # 0: the report's outline: Heading 1 "%1", numbered paragraphs "%1.%2"
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="6D1F3C20"/><w:multiLevelType w:val="multilevel"/>'
    '<w:tmpl w:val="0809001F"/>'
    + _lvl(0, "decimal", "%1", 567, 567, extra='<w:pStyle w:val="Heading1"/>')
    + _lvl(1, "decimal", "%1.%2", 567, 567)
    + _lvl(2, "decimal", "%1.%2.%3", 1276, 709)
    + '</w:abstractNum>'
    # 1: bullets (Symbol and Courier New "o"), the ordinary Word bullet list
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="2A8C51E4"/><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:tmpl w:val="08090001"/>'
    + _lvl(0, "bullet", "\uf0b7", 1287, 360, rpr='<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/>'
           '</w:rPr>')
    + _lvl(1, "bullet", "o", 2007, 360, rpr='<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" '
           'w:cs="Courier New" w:hint="default"/></w:rPr>')
    + '</w:abstractNum>'
    # 2: "(i)" items typed by Word as lowerRoman
    '<w:abstractNum w:abstractNumId="2"><w:nsid w:val="1B93E07D"/><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:tmpl w:val="0809001B"/>'
    + _lvl(0, "lowerRoman", "(%1)", 1287, 720)
    + _lvl(1, "lowerLetter", "%2.", 2007, 360)
    + '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
    '</w:lvlOverride></w:num>'
    '</w:numbering>\n').replace("{W}", W_NS)
LT_HEADER = XML_HEAD + (
    '<w:hdr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/></w:pPr><w:r><w:t '
    'xml:space="preserve">Ashwell Tarn Safeguarding Adults Board \u2013 SAR Mr and Mrs V \u2013 {F}</w:t></w:r>'
    '</w:p></w:hdr>\n').replace("{W}", W_NS).replace("{F}", FICT)
LT_FOOTER = XML_HEAD + (
    '<w:ftr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/>'
    '</w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar '
    'w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    '</w:ftr>\n').replace("{W}", W_NS)
LT_CT = XML_HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="{CT}styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="{CT}numbering+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="{CT}settings+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="{CT}header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="{CT}footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>\n').replace("{CT}", CT_WML)
LT_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId2" Type="{P}/metadata/core-properties" '
    'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{D}/officeDocument" Target="word/document.xml"/>'
    '</Relationships>\n').replace("{P}", PKG_REL).replace("{D}", DOC_REL)
LT_DOC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{D}/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="{D}/settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="{D}/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId7" Type="{D}/header" Target="header1.xml"/>'
    '<Relationship Id="rId8" Type="{D}/footer" Target="footer1.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
LT_SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>\n').replace("{W}", W_NS)
LT_CORE = XML_HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>SAR Mr and Mrs V</dc:title>'
    '<dc:subject>{F}</dc:subject><dc:creator>Ashwell Tarn SAB (FICTIONAL)</dc:creator>'
    '<cp:revision>14</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-02T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-20T11:15:00Z</dcterms:modified>'
    '</cp:coreProperties>\n').replace("{F}", FICT)
LT_PG = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1247" w:bottom="1440" w:left="1247" '
         'w:header="708" w:footer="708" w:gutter="0"/>')


def make_listtable(out, pm):
    path = out / "listtable.docx"

    def num(ilvl, nid):
        return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{nid}"/></w:numPr>'

    def npara(body, extra_ppr=""):
        return f'<w:p><w:pPr>{num(1, 1)}<w:jc w:val="both"/>{extra_ppr}</w:pPr>{body}</w:p>'

    def sub(text, ilvl, nid):
        return (f'<w:p><w:pPr><w:pStyle w:val="ListParagraph"/>{num(ilvl, nid)}<w:spacing w:after="80"/></w:pPr>'
                f'{wr(text)}</w:p>')

    body = ['<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>' + wr(LT_TITLE) + "</w:p>",
            "<w:p>" + wr("Ashwell Tarn Safeguarding Adults Board \u2013 overview report, January 2025") + "</w:p>",
            # the first section (one column) ends here; the summary section (two columns) starts on the same page
            '<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:footerReference '
            f'w:type="default" r:id="rId8"/>{LT_PG}<w:cols w:space="708"/></w:sectPr></w:pPr>'
            + wr(FICT + ". Every person, place and service named here is invented.", "<w:rPr><w:i/></w:rPr>")
            + "</w:p>"]
    result, texts, pieces, page, words = [], [], {}, 1, {1: 60}
    body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + wr("Summary") + "</w:p>")
    for j, it in enumerate(LT_SUMMARY):
        label = f"1.{j + 1}"
        last = j == len(LT_SUMMARY) - 1
        sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" '
                f'r:id="rId8"/><w:type w:val="continuous"/>{LT_PG}<w:cols w:num="2" w:space="567"/></w:sectPr>'
                if last else "")
        if it == "COLBREAK":  # the author pushed the rest of 1.3 to the top of the second column
            a, b = pm.make(40, "adult"), pm.make(40, "adult")
            pieces[label] = [a, b]
            body.append(npara(wr(a + " ") + '<w:r><w:br w:type="column"/></w:r>' + wr(b), sect))
        else:
            pieces[label] = [pm.make(it, "adult")]
            body.append(npara(wr(pieces[label][0]), sect))
        t = " ".join(pieces[label])
        texts.append(t)
        words[page] += len(t.split())
        result.append(entry(label, page, t))
    for h, (title, items) in enumerate(LT_PLAN, 2):
        body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        page += 1
        words[page] = 0
        body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + wr(title) + "</w:p>")
        k = 0
        for it in items:
            if it == "PB":
                body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
                page += 1
                words[page] = 0
                continue
            if it == "TABLE":  # an unnumbered caption (Heading 3) and a ruled table between two numbered paragraphs
                body.append('<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr>' + wr(LT_CAPTION) + "</w:p>")
                rows = []
                for r, row in enumerate(LT_TABLE):
                    cells = "".join(
                        f'<w:tc><w:tcPr><w:tcW w:w="{w_}" w:type="dxa"/>'
                        + ('<w:shd w:val="clear" w:color="auto" w:fill="D9EAE7"/>' if r == 0 else "")
                        + '</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>'
                        + wr(c, "<w:rPr><w:b/></w:rPr>" if r == 0 else "") + "</w:p></w:tc>"
                        for c, w_ in zip(row, (1700, 2000, 5712), strict=True))
                    rows.append(("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if r == 0 else "<w:tr>") + cells + "</w:tr>")
                body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9412" w:type="dxa"/>'
                            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
                            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol '
                            'w:w="1700"/><w:gridCol w:w="2000"/><w:gridCol w:w="5712"/></w:tblGrid>'
                            + "".join(rows) + "</w:tbl>")
                words[page] += 60
                continue
            k += 1
            label = f"{h}.{k}"
            if it == "BUL":
                a = pm.make(55, "adult")
                pieces[label] = [a, *[s for _l, s in LT_BULLETS]]
                body.append(npara(wr(a)))
                body += [sub(s, lv, 2) for lv, s in LT_BULLETS]
            elif it in ("ROMAN", "ROMAN2"):
                items_ = LT_ROMAN if it == "ROMAN" else LT_ROMAN2
                a, b = pm.make(50, "adult"), pm.make(40, "adult")
                pieces[label] = [a, *[s.split(" ", 1)[1] for s in items_], b]
                body.append(npara(wr(a)))
                body += [sub(s.split(" ", 1)[1], 0, 3 if it == "ROMAN" else 4) for s in items_]
                # the paragraph carries on after its list: an unnumbered paragraph at the text's indent
                body.append(f'<w:p><w:pPr><w:ind w:left="567"/><w:jc w:val="both"/></w:pPr>{wr(b)}</w:p>')
            else:
                pieces[label] = [pm.make(it, "adult")]
                body.append(npara(wr(pieces[label][0])))
            t = " ".join(pieces[label])
            texts.append(t)
            words[page] += len(t.split())
            result.append(entry(label, page, t))
    doc = (f'{XML_HEAD}<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}<w:sectPr>'
           '<w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/>'
           f'<w:type w:val="continuous"/>{LT_PG}<w:cols w:space="708"/></w:sectPr></w:body></w:document>')
    zip_parts(path, {"[Content_Types].xml": LT_CT, "_rels/.rels": LT_RELS, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": LT_DOC_RELS, "word/styles.xml": LT_STYLES,
                     "word/numbering.xml": LT_NUMBERING, "word/settings.xml": LT_SETTINGS,
                     "word/header1.xml": LT_HEADER, "word/footer1.xml": LT_FOOTER, "docProps/core.xml": LT_CORE},
              (2025, 1, 20, 11, 15, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"listtable.docx: words per page {words}")
    # read back with lxml, counting the numbering as Word does: numId 1 (abstractNum 0) drives the labels; the
    # bullets (abstractNum 1) and the "(i)" lists (abstractNum 2, numId 4 restarting) do not touch its counters
    import docx
    from lxml import etree
    docx.Document(str(path))
    q = "{" + W_NS + "}"
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    nroot = etree.fromstring(z.read("word/numbering.xml"))
    abs_of = {n.get(q + "numId"): n.find(q + "abstractNumId").get(q + "val") for n in nroot.findall(q + "num")}
    style_num = {"Heading1": ("1", "0")}
    counters = {}
    got, cur, pg, roman_seen, tables, colbreaks = [], None, 1, [], 0, 0
    for el in root.find(q + "body"):
        if el.tag == q + "tbl":
            tables += 1
            cur = None  # a table ends the paragraph before it
            continue
        if el.tag != q + "p":
            continue
        ppr = el.find(q + "pPr")
        style = ppr.find(q + "pStyle").get(q + "val") if ppr is not None and ppr.find(q + "pStyle") is not None \
            else "Normal"
        np_ = ppr.find(q + "numPr") if ppr is not None else None
        nid, ilvl = (np_.find(q + "numId").get(q + "val"), int(np_.find(q + "ilvl").get(q + "val"))) \
            if np_ is not None else (style_num.get(style, (None, 0))[0], int(style_num.get(style, (None, "0"))[1]))
        text = "".join(t.text for t in el.iter(q + "t"))
        colbreaks += len(el.findall(f'.//{q}br[@{q}type="column"]'))
        if text and nid is not None:
            a = abs_of[nid]
            c = counters.setdefault(a, [0] * 9)
            if nid == "4" and "4" not in roman_seen:
                c[ilvl] = 0
                roman_seen.append("4")
            c[ilvl] += 1
            for deeper in range(ilvl + 1, 9):
                c[deeper] = 0
            if a == "0" and ilvl == 0:
                cur = None
            elif a == "0" and ilvl == 1:
                cur = [f"{c[0]}.{c[1]}", pg, [text]]
                got.append(cur)
            elif cur is not None:
                if a == "2":
                    text = f"({['i', 'ii', 'iii'][c[ilvl] - 1]}) " + text
                cur[2].append(text)
        elif text and style == "Normal" and cur is not None and ppr is not None and ppr.find(q + "ind") is not None:
            cur[2].append(text)
        elif text:
            cur = None
        pg += len(el.findall(f'.//{q}br[@{q}type="page"]'))
    want = [(d["label"], d["page"], " ".join(pieces[d["label"]])) for d in result]
    have = [(a, b, " ".join(" ".join(c).split())) for a, b, c in got]
    want = [(a, b, t.replace("(i) ", "").replace("(ii) ", "").replace("(iii) ", "")) for a, b, t in want]
    have = [(a, b, t.replace("(i) ", "").replace("(ii) ", "").replace("(iii) ", "")) for a, b, t in have]
    if have != want:
        raise AssertionError(f"listtable.docx: read back {[(a, b) for a, b, _ in have]}")
    if tables != 1 or colbreaks != 1 or not any(d["label"] == "3.4" for d in result):
        raise AssertionError("listtable.docx: structure")
    return {
        "note": ("A Word report (Arial 11 pt) numbered by automatic numbering only (no typed numbers): Heading 1 "
                 "takes level 0 of abstractNum 0 through its style ('2 Background') and the numbered paragraphs "
                 "have direct w:numPr (numId 1, ilvl 1, '%1.%2'). The summary (section 1) is a continuous section "
                 "in two columns, and 1.3 holds a column break (<w:br w:type=\"column\"/>) in mid-paragraph, so "
                 "its second half prints at the top of the second column: it is one paragraph. In section 3 a "
                 "Heading 3 caption and a ruled table of contacts (dates such as '14 March 2023' at the start of "
                 "cells) stand between 3.3 and 3.4, and the list carries on after the table (the next paragraph "
                 "is 3.4, not 3.1 or 4.1); an empty paragraph holding a page break stands between 3.5 and 3.6. "
                 "Lists inside paragraphs use other abstractNums: 2.3 has Word bullets (numId 2, abstractNum 1, "
                 "ilvl 0 and one item at ilvl 1) and 3.6 and 4.2 have '(i)' items (abstractNum 2, lowerRoman; "
                 "4.2's numId 4 restarts it with a startOverride), each followed by an unnumbered paragraph at the "
                 "text's indent that carries the paragraph on; their items, at levels 0 and 1 of their own lists, "
                 "do not advance the outline's counters, and they and the text after them belong to the "
                 "paragraph (its last words are the carry-on text's, or 2.3's last bullet's). The table and its "
                 "caption are not part of 3.3. Header and PAGE-field footer. Pages are counted from explicit "
                 "breaks: page = 1 + the page breaks (<w:br w:type=\"page\"/>) before the paragraph; the column "
                 "break and the continuous section breaks do not start pages."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. textversion.html: a council's "text version" page, the whole report in one <pre> (pdftotext -layout output:
#    hard-wrapped lines, hanging numbers, running header and "Page N of M" lines, form feeds between pages)
# --------------------------------------------------------------------------
TV_PLAN = [
    ("1", "Introduction", [70, 85, 75]),
    ("2", "Child J and her family", [110, "SUB", 95]),
    ("3", "Key events", ["TABLE", 120, 105, 130, 115]),
    ("4", "Analysis and learning", [140, 125, 135, 120, 130]),
    ("5", "Recommendations", [80, 75]),
]
TV_TITLE = "Local Child Safeguarding Practice Review: Child J"
TV_SUB = [
    "(a) the school nurse, who had weighed her in September and again in November;",
    "(b) the GP, who saw her mother twice about low mood and once about her own sleep;",
    "(c) the police officer who attended the flat after the neighbours called about shouting.",
]
TV_TABLE = [
    ("Date", "Agency", "Contact"),
    ("12 September 2023", "School nurse", "Weight check; concern about weight loss"),
    ("3 October 2023", "GP surgery", "Mother seen about low mood"),
    ("28 October 2023", "Police", "Call-out to the flat; no crime recorded"),
    ("21 November 2023", "School", "Child J absent for six days; no home visit"),
]
TV_WIDTH, TV_LINES = 86, 58  # characters a line, printed lines a page (body)
TV_HEAD = "Nettlecombe Rise Safeguarding Children Partnership"
TV_HEAD_R = "LCSPR Child J \u2013 FICTIONAL"


def make_textversion(out, pm):
    path = out / "textversion.html"
    IND, TXT = 4, 12  # number column, text column
    blocks = []  # (kind, lines, label or None); kind: head, para, table, blank
    result, texts, pieces = [], [], {}

    def hang(label, s, first_col=TXT, cont_col=TXT, lead=""):
        ws = wrap(s.split(), TV_WIDTH - first_col, len)
        out_ = []
        for i, ln in enumerate(ws):
            if i == 0 and label:
                out_.append(" " * IND + label.ljust(TXT - IND) + " ".join(ln))
            elif i == 0 and lead:
                out_.append(" " * (first_col - len(lead) - 1) + lead + " " + " ".join(ln))
            else:
                out_.append(" " * cont_col + " ".join(ln))
        return out_

    for num, title, items in TV_PLAN:
        blocks.append(("head", [" " * IND + f"{num}.".ljust(TXT - IND) + title.upper()], None))
        k = 0
        for it in items:
            if it == "TABLE":
                rows = [" " * IND + "Table 1: contacts with Child J and her mother, autumn 2023", ""]
                for r in TV_TABLE:
                    rows.append(" " * IND + r[0].ljust(22) + r[1].ljust(16) + r[2])
                blocks.append(("table", rows, None))
                continue
            k += 1
            label = f"{num}.{k}"
            if it == "SUB":
                a, b = pm.make(55, "child"), pm.make(45, "child")
                pieces[label] = [a, *TV_SUB, b]
                lines = hang(label, a)
                for s in TV_SUB:
                    tag, rest = s.split(" ", 1)
                    lines += hang(None, rest, first_col=TXT + 6, cont_col=TXT + 6, lead=tag)
                lines += hang(None, b)
            else:
                pieces[label] = [pm.make(it, "child")]
                lines = hang(label, pieces[label][0])
            t = " ".join(pieces[label])
            texts.append(t)
            blocks.append(("para", lines, label))
            result.append(entry(label, None, t))
    # cover page and contents, then the body poured into pages of TV_LINES lines
    cover = ["", "", "", " " * 18 + TV_TITLE, "", " " * 30 + "Overview report", "",
             " " * 22 + "Nettlecombe Rise Safeguarding Children Partnership", " " * 36 + "June 2025", "",
             " " * 10 + FICT + ". Every person, place and", " " * 10 + "service named in this report is invented.",
             "", "", " " * IND + "Contents", ""]
    pages, cur = [], []
    for _kind, lines, _label in blocks:
        need = min(len(lines), 3)
        if cur and len(cur) + 1 + need > TV_LINES:
            pages.append(cur)
            cur = []
        if cur:
            cur.append("")
        for ln in lines:
            if len(cur) >= TV_LINES:
                pages.append(cur)
                cur = []
            cur.append(ln)
    pages.append(cur)
    n = len(pages) + 1
    sec_page = {}
    for p, lines in enumerate(pages, 2):
        for ln in lines:
            m = re.match(r" {4}(\d)\. {6}([A-Z].*)$", ln)
            if m and m.group(1) not in sec_page:
                sec_page[m.group(1)] = (TV_PLAN[int(m.group(1)) - 1][1], p)
    for s, (title, p) in sorted(sec_page.items()):
        left = " " * IND + f"{s}.".ljust(TXT - IND) + title + " "
        cover.append(left + "." * (TV_WIDTH - len(left) - 4) + str(p).rjust(4))
    text_pages = [cover + [""] * (TV_LINES + 4 - len(cover)) + [f"Page 1 of {n}".rjust(TV_WIDTH // 2 + 6)]]
    for p, lines in enumerate(pages, 2):
        head = " " * IND + TV_HEAD + TV_HEAD_R.rjust(TV_WIDTH - IND - len(TV_HEAD))
        text_pages.append([head, ""] + lines + [""] * (TV_LINES - len(lines)) + ["", "",
                          f"Page {p} of {n}".rjust(TV_WIDTH // 2 + 6)])
    pre = "\f".join("\n".join(pg_) + "\n" for pg_ in text_pages) + "\f"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{hesc(TV_TITLE)} \u2013 text version (FICTIONAL) | Nettlecombe Rise SCP</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/nrscp/css/main.css">
<style>pre.text-version {{ white-space: pre-wrap; font-family: Consolas, monospace; font-size: 0.9rem; }}</style>
</head>
<body class="page-node-type-document">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a href="/" class="logo">Nettlecombe Rise Safeguarding Children Partnership</a>
<nav class="main-nav"><ul><li><a href="/worried-about-a-child">Worried about a child?</a></li>
<li><a href="/professionals">Professionals</a></li><li><a href="/reviews">Practice reviews</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/reviews">Practice reviews</a> &gt; Child J</div>
<main id="main">
<h1>{hesc(TV_TITLE)} (text version)</h1>
<p class="intro">This is a text-only version of the PDF report, for screen readers and for slow connections.
Tables and page layout may not appear as in the original. <strong>{FICT}</strong>: every person, place and
service named in it is invented.</p>
<p><a href="/sites/default/files/2025-06/lcspr-child-j-fictional.pdf">Download the report (PDF, 412 KB)</a></p>
<pre class="text-version">
{hesc(pre)}</pre>
<p class="updated">Last updated: 16 June 2025</p>
</main>
<footer class="site-footer"><p>If a child is in immediate danger call 999.</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: the <pre>'s text, running lines and form feeds taken out, paragraphs by their hanging numbers
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    (pre_el,) = root.xpath("//pre")
    raw = pre_el.text_content()
    raw = raw[1:] if raw.startswith("\n") else raw  # the newline after <pre> is not content (browsers drop it)
    if raw != pre or raw.count("\f") != n or max(len(x.lstrip("\f")) for x in raw.split("\n")) > TV_WIDTH:
        raise AssertionError(f"textversion.html: the <pre> {raw == pre} {raw.count(chr(12))} {n} "
                             f"{max(len(x) for x in raw.split(chr(10)))}")
    got, cur, crossing, pg = [], None, set(), 1
    for ln in raw.split("\n"):
        if ln.startswith("\f"):
            pg += 1
            ln = ln[1:]
        if not ln.strip() or re.fullmatch(r" *Page \d+ of \d+", ln) or TV_HEAD in ln:
            if not ln.strip():
                cur = None if cur is None or cur[2] else cur
            continue
        m = re.match(r" {4}(\d+\.\d+) +(\S.*)$", ln)
        if m:
            cur = [m.group(1), pg, [m.group(2)], []]
            cur[2] = []
            cur[3] = [m.group(2)]
            got.append(cur)
            continue
        if cur is not None and ln.startswith(" " * TXT):
            if cur[1] != pg:
                crossing.add(cur[0])
            cur[3].append(ln.strip())
        else:
            cur = None
    have = [(a, " ".join(x)) for a, _p, _e, x in got]
    want = [(d["label"], " ".join(pieces[d["label"]])) for d in result]
    if have != want:
        raise AssertionError(f"textversion.html: read back {[a for a, _ in have]}")
    if len(crossing) < 2 or n < 5:
        raise AssertionError(f"textversion.html: pages {n}, across pages {crossing}")
    return {
        "note": ("A council web page whose 'text version' of a report is one <pre class=\"text-version\"> of "
                 "pdftotext -layout output (monospaced, hard-wrapped at 86 characters): paragraph numbers '3.2' "
                 "at column 4 with the text from column 12 and every continuation line indented to column 12; "
                 "section headings numbered '3.' in capitals at the same columns are not paragraphs; 2.2 holds "
                 "'(a)'-'(c)' items indented further and a closing passage after them (one paragraph). Each "
                 "printed page of the PDF appears in turn: a running header line (partnership name and 'LCSPR "
                 "Child J \u2013 FICTIONAL'), blank lines, a centred 'Page N of M' line and a form feed (U+000C) "
                 "before the next page; paragraphs run on across these, which are not part of them. The cover's "
                 "contents (dot leaders and page numbers) and a table of contacts laid out in spaces (rows "
                 "beginning '12 September 2023', under the heading of section 3 and before 3.1) are not "
                 "paragraphs. The page's header, navigation, introduction and footer are not paragraphs. HTML has "
                 "no pages (page null), even where the text shows the PDF's page lines."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. paradivs.html: a council CMS page where every block is <div class="para"><span class="num">4.2</span><div
#    class="text"><p>...</p><p>...</p></div></div>, section headings in the same markup, callouts between
# --------------------------------------------------------------------------
PD_PLAN = [
    ("1", "Introduction", [75, "2P", 80]),
    ("2", "The review and its methods", [("CALLOUT", 0), 85, 90]),
    ("3", "What happened", [("CALLOUT", 1), 95, "UL", 100, ("H3", "The last six weeks"), "2P", 90, 85]),
    ("4", "What the review found", [105, "TBL", 95, "2P", 100]),
    ("5", "Recommendations", [80, 75]),
]
PD_TITLE = "Child Safeguarding Practice Review: the R children"
PD_CALLOUTS = [
    ("Key learning", "Ask who else lives in the home, and ask again at every visit: households change."),
    ("Key learning", "A referral is not a conversation. Pick up the phone when a concern is sent online."),
]
PD_UL = [
    "the school\u2019s three referrals in the spring term;",
    "the health visitor\u2019s concern about the younger child\u2019s weight;",
    "the police attendance at the house in late May.",
]
PD_TBL = [("Agency", "Contacts", "Shared"), ("School", "14", "3"), ("Health visiting", "9", "2"),
          ("Police", "4", "1")]
PD_STOP = {"2.2", "4.3"}  # the editor typed a full stop after these numbers


def make_paradivs(out, pm):
    path = out / "paradivs.html"
    result, texts, pieces, body, toc = [], [], {}, [], []
    for num, title, items in PD_PLAN:
        anchor = "section-" + num
        toc.append(f'<li><a href="#{anchor}">{num}. {hesc(title)}</a></li>')
        body.append(f'<div class="para para--heading" id="{anchor}"><span class="num">{num}</span><div class="text">'
                    f'<h2>{hesc(title)}</h2></div></div>')
        k = 0
        for it in items:
            if isinstance(it, tuple) and it[0] == "CALLOUT":
                h, s = PD_CALLOUTS[it[1]]
                if items.index(it) != 0:
                    raise AssertionError("paradivs.html: a callout is put straight after a heading")
                body.append(f'<aside class="callout callout--learning"><h3 class="callout__title">{hesc(h)}</h3>'
                            f'<p>{hesc(s)}</p></aside>')
                continue
            if isinstance(it, tuple):  # an unnumbered sub-heading in the same markup, with an empty number
                body.append(f'<div class="para para--subheading"><span class="num"></span><div class="text">'
                            f'<h3>{hesc(it[1])}</h3></div></div>')
                continue
            k += 1
            label = f"{num}.{k}"
            if it == "2P":
                a, b = pm.make(70, "child"), pm.make(55, "child")
                pieces[label] = [a, b]
                inner = f"<p>{hesc(a)}</p>\n<p>{hesc(b)}</p>"
            elif it == "UL":
                a, b = pm.make(55, "child"), pm.make(45, "child")
                pieces[label] = [a, *PD_UL, b]
                inner = (f"<p>{hesc(a)}</p>\n<ul>" + "".join(f"<li>{hesc(x)}</li>" for x in PD_UL)
                         + f"</ul>\n<p>{hesc(b)}</p>")
            elif it == "TBL":
                a, b = pm.make(60, "child"), pm.make(50, "child")
                pieces[label] = [a, *[" ".join(r) for r in PD_TBL], b]
                inner = (f"<p>{hesc(a)}</p>\n<table class=\"table\"><thead><tr>"
                         + "".join(f"<th>{c}</th>" for c in PD_TBL[0]) + "</tr></thead><tbody>"
                         + "".join("<tr>" + "".join(f"<td>{hesc(c)}</td>" for c in r) + "</tr>" for r in PD_TBL[1:])
                         + f"</tbody></table>\n<p>{hesc(b)}</p>")
            else:
                pieces[label] = [pm.make(it, "child")]
                inner = f"<p>{hesc(pieces[label][0])}</p>"
            shown = label + "." if label in PD_STOP else label
            body.append(f'<div class="para" id="para-{label.replace(".", "-")}"><span class="num">{shown}</span>'
                        f'<div class="text">{inner}</div></div>')
            t = " ".join(pieces[label])
            texts.append(t)
            result.append(entry(label, None, t))
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{hesc(PD_TITLE)} (FICTIONAL) | Quillby Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  .report .para {{ display: flex; gap: 1.25rem; margin-bottom: 1rem; }}
  .report .para .num {{ flex: 0 0 3rem; font-weight: 700; color: #6b2c5f; }}
  .report .para .text p {{ margin: 0 0 0.75rem; }}
  .report .para--heading .num {{ font-size: 1.5rem; }}
  .callout {{ border-left: 6px solid #6b2c5f; background: #f6eef4; padding: 1rem; margin: 0 0 1rem 4.25rem; }}
</style>
</head>
<body>
<div class="cookie-banner" role="region" aria-label="Cookies on the Quillby Council website"><p>We use cookies to
make this site work.</p><button type="button">Accept cookies</button></div>
<header class="site-header"><a class="site-header__logo" href="/">Quillby Council</a>
<form class="site-search" action="/search"><label for="q">Search</label><input id="q" name="q"></form></header>
<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="/">Home</a></li><li><a
href="/children-and-families">Children and families</a></li><li><a href="/safeguarding-partnership">Safeguarding
partnership</a></li><li>Practice reviews</li></ol></nav>
<main id="main-content" class="main">
<h1 class="page-title">{hesc(PD_TITLE)}</h1>
<p class="summary">Published by the Quillby Safeguarding Children Partnership, 8 May 2025. <strong>{FICT}</strong>:
every person, place and service named on this page is invented.</p>
<nav class="on-this-page" aria-labelledby="otp"><h2 id="otp">On this page</h2><ol>{"".join(toc)}</ol></nav>
<div class="report">
{chr(10).join(body)}
</div>
<div class="page-actions"><a href="#main-content">Back to top</a> <a href="javascript:window.print()">Print this
page</a></div>
<section class="feedback"><h2>Was this page helpful?</h2><button type="button">Yes</button><button
type="button">No</button></section>
</main>
<footer class="site-footer"><p>&copy; Quillby Council 2025</p><ul><li><a href="/accessibility">Accessibility
statement</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    got, heads = [], []
    for div in root.xpath('//div[@class="report"]/div'):
        (span,) = div.xpath('./span[@class="num"]')
        (txt,) = div.xpath('./div[@class="text"]')
        if span.tail or txt.tail:
            raise AssertionError("paradivs.html: text between the number and the text")
        if "para--heading" in div.get("class"):
            heads.append(span.text_content())
            continue
        if "para--subheading" in div.get("class"):
            if span.text_content():
                raise AssertionError("paradivs.html: a sub-heading's number")
            continue
        blocks = []
        for el in txt:
            if el.tag == "p":
                blocks.append(" ".join(el.text_content().split()))
            elif el.tag == "ul":
                blocks += [" ".join(li.text_content().split()) for li in el.xpath("./li")]
            elif el.tag == "table":
                blocks += [" ".join(c.text_content() for c in tr.xpath("./th|./td")) for tr in el.xpath(".//tr")]
        got.append((span.text_content().rstrip("."), blocks))
    if got != [(d["label"], pieces[d["label"]]) for d in result] or heads != [s[0] for s in PD_PLAN]:
        raise AssertionError("paradivs.html: read back")
    return {
        "note": ("A council CMS page: inside <div class=\"report\"> every block is a flex row <div class=\"para\"> "
                 "holding <span class=\"num\">4.2</span> and <div class=\"text\"> with no whitespace between them "
                 "(so the number and the first word run together in the bare text), and the text div holds one or "
                 "more <p>s: 1.2, 3.4 and 4.4 are two <p>s each (one paragraph), 3.2 has a <ul> and 4.2 a small "
                 "table between two <p>s (one paragraph; its last words are the last <p>'s). 2.2 and 4.3 have a "
                 "typed full stop after the number ('2.2.'); the label has none. Section headings use the same "
                 "markup (<div class=\"para para--heading\"><span class=\"num\">3</span><div class=\"text\"><h2>) and "
                 "are not paragraphs, nor is the unnumbered sub-heading in a <div class=\"para para--subheading\"> "
                 "with an empty number span. Two 'Key learning' <aside> callouts straight after a section heading "
                 "(before the section's first paragraph) are not paragraphs and not part of any. The 'On this "
                 "page' list, cookie banner, breadcrumbs, 'Back to top', feedback and footer are not paragraphs. "
                 "No pages (page null)."),
        "paragraphs": result,
    }


def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts(T1_FACES)
    pm = ParaMaker()
    exp = {}
    exp["wordsoup.pdf"] = make_wordsoup(out, pm)
    exp["numabove.pdf"] = make_numabove(out, pm)
    exp["listtable.docx"] = make_listtable(out, pm)
    exp["textversion.html"] = make_textversion(out, pm)
    exp["paradivs.html"] = make_paradivs(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
