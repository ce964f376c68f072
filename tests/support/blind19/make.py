"""Blind fixture generator 19: five FICTIONAL safeguarding-review documents.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds). Needs reportlab (its canvas and
its font folder: Bitstream Vera TrueType, Arial and Times New Roman metric Type 1 faces), lxml, python-docx, pypdf
and pdfplumber; no system fonts, no LibreOffice, no network. Every generator checks its own key with
pdfplumber/pypdf/lxml/python-docx, never with the project's parser.

colournum.pdf   a serious case review whose paragraph numbers ("2.3") are set in bold teal, 1.5 pt larger than
                the black body text, and followed by an em space: the first line's text starts one em after the
                number (so where it starts depends on the number's width) and continuation lines are flush with
                the left margin under the number; numbered section headings ("3 What happened") in the same teal,
                larger still; a short contents list on page 1; a bulleted list inside 3.3 after which the
                paragraph carries on flush left; running header, "Page N" footer
sideheads.pdf   a safeguarding adults review with a full-width executive summary (1.1-1.6, hanging numbers) and
                then body text in two columns of unequal width: a narrow left column holding only the section
                headings (bold, wrapped over two or three lines, level with the first line of the section's first
                paragraph) and a wide right column holding the numbered paragraphs (2.1 ...) with hanging numbers;
                two shorter side headings ("Finding 1: ...") stand beside paragraphs in mid-section; the summary
                runs on to page 2, where the two-column part begins
parts.pdf       a domestic homicide review in three Parts whose paragraph numbers run on across the Parts (1 to
                21, "12." hanging), each Part starting a new page under a "Part Two: The facts" banner; the running
                footer carries "Part 2 \u2013 page 3" (the page within its Part) and the PDF has a /PageLabels
                tree to match ("Cover", "1-1", "1-2", "2-1" ...); a cover page without header or footer
listcontinue.docx a Word document whose paragraphs are numbered by the built-in "List Number" style (numbering in
                the style, hanging indent 567/567 twips, "%1."), where some numbered paragraphs quote a
                practitioner in a "Quote" paragraph and then carry on in an unnumbered "List Continue" paragraph
                (same left indent, no number) that belongs to the same numbered paragraph; one paragraph holds a
                "List Bullet 2" list and continues after it; one "List Continue" paragraph begins with a page
                break, so its numbered paragraph runs over the break
rowheader.html  an inspection body's accessible web page: under each <h2> a <table class="numbered-paragraphs">
                with a visually hidden caption, a <thead> ("Paragraph", "Text") and one row per paragraph,
                <th scope="row">2.3</th><td>...</td>; one cell holds <p>, <ul>, <p> and one two <p>s; a data table
                of agencies whose row headers are agency names (<th scope="row">Drisdale Police</th>) and are not
                paragraphs; site header, breadcrumbs, "Contents" list, feedback form, footer

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without a trailing full stop ("12." is 12); numbered section
  headings, contents entries, side headings, Part banners, table captions, running heads and footers are not
  paragraphs and not part of any paragraph;
- a bulleted list or a quotation inside a paragraph, and the text after it (a "List Continue" paragraph, a
  second <p> in the same cell), belong to that paragraph: its last words are the ones after them;
- the agencies table in rowheader.html is not a paragraph and is not part of one (it follows a heading and an
  unnumbered introduction, not a numbered paragraph);
- pages: physical and 1-based for PDF. parts.pdf prints "Part 2 \u2013 page 1" and carries the page label "2-1"
  on a page whose index is (say) 4: the key gives 4, the PDF page index, never the printed Part page or the
  page label. DOCX pages are counted from explicit breaks: page = 1 + the page breaks (<w:br w:type="page"/>)
  before the paragraph's first line (each page's content is short enough for one A4 page). HTML has no pages
  (null).
"""
import io
import json
import os
import pathlib
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit.draw import Layout as BaseLayout  # type: ignore
    from blindkit.draw import furniture, hanging_rows, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import RowFlow as Flow  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry, split_pages  # type: ignore
    from blindkit.markup import hesc  # type: ignore
    from blindkit.markup import wr as wt  # type: ignore
    from blindkit.pdfread import check_body, check_pdf_key, pdf_pages  # type: ignore
    from blindkit.pdfread import kept as _kept  # type: ignore
    from text import ParaMaker, norm  # type: ignore
else:
    from ..blindkit.draw import Layout as BaseLayout
    from ..blindkit.draw import furniture, hanging_rows, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow as Flow
    from ..blindkit.keys import check_count, check_lengths, entry, split_pages
    from ..blindkit.markup import hesc
    from ..blindkit.markup import wr as wt
    from ..blindkit.pdfread import check_body, check_pdf_key, pdf_pages
    from ..blindkit.pdfread import kept as _kept
    from .text import ParaMaker, norm

FICT = "FICTIONAL \u2013 for software testing"
A4 = (595.28, 841.89)


class Layout(BaseLayout):
    font = "Vera"  # the text's default face in this round


TTF_FACES = {"Vera": "Vera.ttf", "VeraBd": "VeraBd.ttf", "VeraIt": "VeraIt.ttf"}
T1_FACES = {"ArialMT": "_a______", "Arial-BoldMT": "_ab_____", "Arial-ItalicMT": "_ai_____",
            "TimesNewRomanPSMT": "_er_____", "TimesNewRomanPS-BoldMT": "_eb_____",
            "TimesNewRomanPS-ItalicMT": "_ei_____"}


# --------------------------------------------------------------------------
# pages as lists of primitives, drawn with reportlab's canvas (invariant mode: no dates or random IDs)
# --------------------------------------------------------------------------


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WQ = "{" + W_NS + "}"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."


# --------------------------------------------------------------------------
# 1. colournum.pdf: numbers in bold teal, a size larger than the text, then an em space; continuation flush left
# --------------------------------------------------------------------------
CN_PLAN = [
    ("1", "Introduction", [80, 95, 70]),
    ("2", "Child T and her family", [105, 90, 110]),
    ("3", "What happened", [115, 100, "B", 120, 95]),
    ("4", "Analysis of practice", [120, 110, 100, 115, 105]),
    ("5", "Conclusions", [90, 80, 75]),
]
CN_TITLE = "Serious Case Review: Child T"
CN_BULLETS = [
    "the school sent four concerns through the online portal and heard nothing back about any of them;",
    "the health visitor closed the case after two unanswered visits and a card left at the door;",
    "the police log about the older youth stayed with the police and reached neither school nor surgery.",
]
TEAL = (0.0, 0.40, 0.45)


def make_colournum(out, pm):
    path = out / "colournum.pdf"
    lay = Layout()
    L, R = 70.87, 524.41
    TOP, BOTTOM = 770.0, 70.0
    F, FB = "ArialMT", "Arial-BoldMT"
    FS, NS, HS, LEAD, AFTER = 10.5, 12.0, 14.0, 14.0, 8.0
    BLACK, GREY = (0, 0, 0), (0.4, 0.4, 0.4)

    def meas(s):
        return sw(s, F, FS)

    flow = Flow(lay, TOP, BOTTOM, lambda pg: TOP)
    lay.new_page()
    lay.text(L, 770, "Brellingford Safeguarding Children Partnership", FB, 12, TEAL)
    lay.text(L, 730, CN_TITLE, FB, 22)
    lay.text(L, 706, "Overview report \u2013 published September 2024", F, 12)
    lay.text(L, 686, FICT + ". Every person, place and service named here is invented.", "Arial-ItalicMT", 10, GREY)
    lay.text(L, 650, "Contents", FB, 13, TEAL)
    flow.cur = 555.0

    result, texts, ends, labels, pieces, sections, firsts = [], [], [], [], {}, [], []
    for num, title, lens in CN_PLAN:
        rows = [(16.0, 20.0, [(L, num, FB, HS, TEAL, 0.0), (L + sw(num, FB, HS) + HS, title, FB, HS, TEAL, 0.0)])]
        flow.need(16 + 20 + 2 * LEAD + AFTER)
        (pg, _), = flow.place(rows, keep=1)
        sections.append((num, title, pg))
        for k, tw in enumerate(lens, 1):
            label = f"{num}.{k}"
            first_x = L + sw(label, FB, NS) + NS  # one em of the number's size after it
            if tw == "B":
                head, tail = pm.make(70, "child"), pm.make(60, "child")
                pieces[label] = [head, *CN_BULLETS, tail]
            else:
                pieces[label] = [pm.make(tw, "child")]
            t = " ".join(pieces[label])
            texts.append(t)
            rows = []
            for li, ln in enumerate(wrap(pieces[label][0].split(), R - L, meas, first_width=R - first_x)):
                if li == 0:
                    segs = [(L, label, FB, NS, TEAL, 0.0), (first_x, " ".join(ln), F, FS, BLACK, 0.0)]
                else:
                    segs = [(L, " ".join(ln), F, FS, BLACK, 0.0)]
                rows.append((AFTER if li == 0 else 0.0, LEAD, segs))
            if tw == "B":
                for b in CN_BULLETS:
                    for li, ln in enumerate(wrap(b.split(), R - (L + 30), meas)):
                        segs = [(L + 30, " ".join(ln), F, FS, BLACK, 0.0)]
                        if li == 0:
                            segs.insert(0, (L + 16, "\u2022", F, FS, BLACK, 0.0))
                        rows.append((4.0 if li == 0 else 0.0, LEAD, segs))
                for li, ln in enumerate(wrap(pieces[label][-1].split(), R - L, meas)):
                    rows.append((4.0 if li == 0 else 0.0, LEAD, [(L, " ".join(ln), F, FS, BLACK, 0.0)]))
            placed = flow.place(rows)
            labels.append((placed[0][0], L, placed[0][1]))
            firsts.append(first_x)
            ends.append(placed[-1][0])
            result.append(entry(label, placed[0][0], t))
    n_pages = lay.n
    y = 630
    for num, title, pg in sections:
        lay.text(L, y, num, F, 11, page=1)
        lay.text(L + 20, y, title, F, 11, page=1)
        lay.text(R - sw(str(pg), F, 11), y, str(pg), F, 11, page=1)
        y -= 16
    furniture(lay, L, R, CN_TITLE, FICT, lambda k: ("Brellingford Safeguarding Children Partnership", "",
                                                    f"Page {k}"), first=2)
    lay.render(path, {"Title": CN_TITLE, "Author": "Brellingford SCP (FICTIONAL)", "Subject": FICT,
                      "Creator": "Adobe InDesign 18.5 (FICTIONAL)", "Producer": "Adobe PDF Library 17.0"})

    check_lengths(path.name, texts)
    check_count(path.name, result)
    if not 3 <= n_pages <= 8:
        raise AssertionError(f"colournum.pdf: {n_pages} pages")
    if not split_pages(result, ends):
        raise AssertionError("colournum.pdf: no paragraph over a page break")
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels, keep=lambda c: _kept(c, TOP, BOTTOM))
    check_body(path.name, pages, result, pieces, keep=lambda c: round(c["size"], 1) < 13 and round(c["size"], 1) != 11,
               top=TOP, bottom=BOTTOM)
    # the number: teal, bold, 12 pt; the text after it black, 10.5 pt, one em (12 pt) after the number's end
    for d, (pg, _x, y), fx in zip(result, labels, firsts, strict=True):
        row = sorted((c for c in pages[pg - 1] if abs(c["matrix"][5] - y) < 0.05), key=lambda c: c["x0"])
        num = row[:len(d["label"])]
        rest = row[len(d["label"])]
        if any(tuple(round(v, 2) for v in c["non_stroking_color"]) != TEAL or abs(c["size"] - NS) > 0.01 for c in num):
            raise AssertionError(f"colournum.pdf: colour of {d['label']}")
        if abs(rest["size"] - FS) > 0.01 or abs(rest["x0"] - fx) > 0.05 or abs(rest["x0"] - num[-1]["x1"] - NS) > 0.05:
            raise AssertionError(f"colournum.pdf: em space after {d['label']}")
    return {
        "note": (f"A designer's PDF ({n_pages} A4 pages, Arial): each paragraph number ('2.3') in bold teal at 12 pt "
                 "against 10.5 pt black text, followed by an em space (the first line's text starts 12 pt after "
                 "the number, so its start moves with the number's width); continuation lines flush with the left "
                 "margin under the number. Numbered section headings ('3 What happened') in the same teal at 14 pt "
                 "are not paragraphs; nor is the contents list on page 1 (section numbers, titles, page numbers). "
                 "3.3 has a bulleted list and carries on flush left after it (its last words are after the list). "
                 f"Paragraphs over a page break: {', '.join(split_pages(result, ends))}. Running header from page 2, "
                 "'Page N' footer. Pages are physical."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. sideheads.pdf: full-width summary, then a narrow column of headings beside a wide column of paragraphs
# --------------------------------------------------------------------------
SH_SUMMARY = [105, 110, 100, 115, 105, 95]
SH_PLAN = [
    ("2", "Background to the review", [95, 110, 85]),
    ("3", "Mrs E, her home and her family", [100, "B", 115]),
    ("4", "Findings", [120, 110, 105, 115, 100]),
    ("5", "Conclusions and what the board will do", [95, 85, 80]),
]
SH_FINDINGS = {"4.2": "Finding 1: what the surgery knew", "4.4": "Finding 2: closing referrals"}
SH_TITLE = "Safeguarding Adults Review: Mrs E"
SH_BULLETS = [
    "care calls were cut from three a day to one without a review of her needs;",
    "her niece\u2019s telephone call to the surgery was filed and not acted upon;",
    "two ambulance referrals were closed by the hub as information only.",
]


def make_sideheads(out, pm):
    path = out / "sideheads.pdf"
    lay = Layout()
    L, R = 56.69, 538.58
    RX = L + 132.0          # the wide column: number here, text 30 pt further in
    HW = 112.0              # the narrow column's width
    TOP, BOTTOM = 776.0, 66.0
    F, FB, FI = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT", "TimesNewRomanPS-ItalicMT"
    BLACK, GREY = (0, 0, 0), (0.35, 0.35, 0.35)

    flow = Flow(lay, TOP, BOTTOM, lambda pg: TOP)
    lay.new_page()
    lay.text(L, 776, "Ormsgill Bank Safeguarding Adults Board", FB, 12)
    lay.text(L, 740, SH_TITLE, FB, 24)
    lay.text(L, 716, "Published November 2024", F, 12)
    lay.text(L, 698, FICT + ". Every person, place and service named here is invented.", FI, 10.5, GREY)
    flow.cur = 680.0
    result, texts, ends, labels, pieces = [], [], [], [], {}
    flow.place([(0.0, 22.0, [(L, "1.", FB, 14, BLACK, 0.0), (L + 34, "Executive summary", FB, 14, BLACK, 0.0)])],
               keep=1)
    ES, ELEAD = 12.0, 15.5
    for k, tw in enumerate(SH_SUMMARY, 1):
        label = f"1.{k}"
        t = pm.make(tw, "adult")
        pieces[label] = [t]
        texts.append(t)
        rows = hanging_rows(label, t, L, L + 34, R, F, ES, ELEAD, 8.0, lambda s: sw(s, F, ES))
        placed = flow.place(rows)
        labels.append((placed[0][0], L, placed[0][1]))
        ends.append(placed[-1][0])
        result.append(entry(label, placed[0][0], t))
    summary_end = (lay.n, flow.cur)
    flow.cur -= 14
    lay.line(L, flow.cur, R, flow.cur, 0.6, GREY)
    flow.cur -= 6
    FS, LEAD = 11.0, 13.6

    def meas(s):
        return sw(s, F, FS)

    side = []
    for num, title, lens in SH_PLAN:
        for k, tw in enumerate(lens, 1):
            label = f"{num}.{k}"
            if tw == "B":
                head, tail = pm.make(70, "adult"), pm.make(55, "adult")
                pieces[label] = [head, *SH_BULLETS, tail]
            else:
                pieces[label] = [pm.make(tw, "adult")]
            t = " ".join(pieces[label])
            texts.append(t)
            rows = hanging_rows(label, pieces[label][0], RX, RX + 30, R, F, FS, LEAD, 18.0 if k == 1 else 8.0, meas)
            if tw == "B":
                for b in SH_BULLETS:
                    for li, ln in enumerate(wrap(b.split(), R - (RX + 46), meas)):
                        segs = [(RX + 46, " ".join(ln), F, FS, BLACK, 0.0)]
                        if li == 0:
                            segs.insert(0, (RX + 34, "\u2022", F, FS, BLACK, 0.0))
                        rows.append((3.0 if li == 0 else 0.0, LEAD, segs))
                rows += hanging_rows("", pieces[label][-1], RX, RX + 30, R, F, FS, LEAD, 3.0, meas)
            placed = flow.place(rows, keep=3)
            pg, base = placed[0]
            if k == 1:
                heading = f"{num}. {title}"
                hl = wrap(heading.split(), HW, lambda s: sw(s, FB, 11.5))
                if len(hl) > 3 or len(hl) > len(placed) or any(p[0] != pg for p in placed[:len(hl)]):
                    raise AssertionError(f"sideheads.pdf: side heading {num}")
                for j, ln in enumerate(hl):
                    lay.text(L, placed[j][1], " ".join(ln), FB, 11.5, page=pg)
                side.append((pg, heading))
            if label in SH_FINDINGS:
                hl = wrap(SH_FINDINGS[label].split(), HW, lambda s: sw(s, FI, 10.5))
                if any(p[0] != pg for p in placed[:len(hl)]):
                    raise AssertionError(f"sideheads.pdf: finding beside {label}")
                for j, ln in enumerate(hl):
                    lay.text(L, placed[j][1], " ".join(ln), FI, 10.5, page=pg)
            labels.append((pg, RX, base))
            ends.append(placed[-1][0])
            result.append(entry(label, pg, t))
    n_pages = lay.n
    furniture(lay, L, R, "Ormsgill Bank SAB \u2013 " + SH_TITLE, FICT,
              lambda k: ("", "", f"Page {k} of {n_pages}"), first=2, font=F)
    lay.text(R - sw(f"Page 1 of {n_pages}", F, 9), 40, f"Page 1 of {n_pages}", F, 9, page=1)
    lay.render(path, {"Title": SH_TITLE, "Author": "Ormsgill Bank SAB (FICTIONAL)", "Subject": FICT,
                      "Creator": "Microsoft Word (FICTIONAL)", "Producer": "Microsoft: Print To PDF"})

    check_lengths(path.name, texts)
    check_count(path.name, result)
    if not 3 <= n_pages <= 8 or summary_end[0] != 2 or side[0][0] != 2:
        raise AssertionError(f"sideheads.pdf: {n_pages} pages, summary ends on {summary_end[0]}")
    if not split_pages(result, ends):
        raise AssertionError("sideheads.pdf: no paragraph over a page break")
    pages = pdf_pages(path)

    def keep(c):
        return _kept(c, TOP, BOTTOM) and "Bold" not in c["fontname"] and "Italic" not in c["fontname"]
    check_pdf_key(path.name, pages, result, ends, labels, keep=keep)
    check_body(path.name, pages, result, pieces, keep=keep, top=TOP, bottom=BOTTOM)
    # each side heading shares a baseline with its section's first paragraph number
    for num, *_ in SH_PLAN:
        d = next(x for x in result if x["label"] == f"{num}.1")
        pg, _x, y = labels[result.index(d)]
        row = sorted((c for c in pages[pg - 1] if abs(c["matrix"][5] - y) < 0.05), key=lambda c: c["x0"])
        if not (row[0]["text"] == num[0] and "Bold" in row[0]["fontname"] and abs(row[0]["x0"] - L) < 0.05):
            raise AssertionError(f"sideheads.pdf: side heading {num} not level with {num}.1")
    return {
        "note": (f"A safeguarding adults review ({n_pages} A4 pages, Times New Roman). Page 1: title, then a "
                 "full-width "
                 "executive summary ('1. Executive summary', paragraphs 1.1-1.6 in 12 pt with hanging numbers) "
                 "running on to page 2, a rule, and then two columns of unequal width: a narrow left column (112 pt) "
                 "holding only the bold section headings ('2. Background to the review', wrapped over up to three "
                 "lines, the first line on the baseline of the section's first paragraph number) and a wide right "
                 "column holding paragraphs 2.1 ... 5.3 (11 pt, numbers hanging). Two italic side headings "
                 "('Finding 1: what the surgery knew', 'Finding 2: closing referrals') stand level with 4.2 and 4.4. "
                 "Side headings are not paragraphs and not part of the paragraphs beside them. 3.2 has a bulleted "
                 "list and carries on after it (its last words). Paragraphs over a page break: "
                 f"{', '.join(split_pages(result, ends))}. Header from page 2, 'Page N of M'. Pages are physical."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. parts.pdf: numbering straight through three Parts; footer "Part 2 – page 3"; /PageLabels "2-3"
# --------------------------------------------------------------------------
PT_PARTS = [
    ("1", "One", "The review and its process", [80, 90, 75, 85, 95]),
    ("2", "Two", "The facts", [110, 100, "B", 120, 105, 115, 95, 110, 100]),
    ("3", "Three", "Analysis and learning", [120, 105, 115, 100, 110, 95, 90]),
]
PT_TITLE = "Domestic Homicide Review into the death of Ms R"
PT_BULLETS = [
    "a call from her sister to the non-emergency line, closed as advice given;",
    "a risk assessment completed by telephone with nine questions left blank;",
    "a referral to the risk conference that was discussed and never made.",
]


def make_parts(out, pm):
    path = out / "parts.pdf"
    lay = Layout()
    L, R = 70.87, 524.41
    TOP, BOTTOM = 776.0, 68.0
    F, FB = "ArialMT", "Arial-BoldMT"
    FS, LEAD = 10.5, 14.2
    BLACK, GREY, NAVY = (0, 0, 0), (0.4, 0.4, 0.4), (0.12, 0.2, 0.38)

    def meas(s):
        return sw(s, F, FS)

    flow = Flow(lay, TOP, BOTTOM, lambda pg: TOP)
    lay.new_page()  # the cover
    lay.rect(0, 560, A4[0], 282, fill=NAVY)
    lay.text(L, 760, "Drisdale Community Safety Partnership", FB, 13, (1, 1, 1))
    lay.text(L, 700, "Domestic Homicide Review", FB, 26, (1, 1, 1))
    lay.text(L, 672, "into the death of Ms R", FB, 20, (1, 1, 1))
    lay.text(L, 620, "Overview report \u2013 January 2025", F, 13, (1, 1, 1))
    lay.text(L, 520, FICT + ". Every person, place and service named here is invented.", "Arial-ItalicMT", 10, GREY)
    lay.text(L, 470, "This report is in three Parts. Its paragraphs are numbered straight through the Parts.", F, 11)
    result, texts, ends, labels, pieces, starts = [], [], [], [], {}, {}
    n = 0
    for part, word, title, lens in PT_PARTS:
        flow.page()
        starts[part] = lay.n
        lay.rect(L, TOP - 34, R - L, 34, fill=NAVY)
        lay.text(L + 10, TOP - 23, f"Part {word}: {title}", FB, 15, (1, 1, 1))
        flow.cur = TOP - 50
        for tw in lens:
            n += 1
            label = str(n)
            if tw == "B":
                head, tail = pm.make(70, "dhr"), pm.make(55, "dhr")
                pieces[label] = [head, *PT_BULLETS, tail]
            else:
                pieces[label] = [pm.make(tw, "dhr")]
            t = " ".join(pieces[label])
            texts.append(t)
            rows = hanging_rows(label + ".", pieces[label][0], L, L + 28, R, F, FS, LEAD, 9.0, meas)
            if tw == "B":
                for b in PT_BULLETS:
                    for li, ln in enumerate(wrap(b.split(), R - (L + 44), meas)):
                        segs = [(L + 44, " ".join(ln), F, FS, BLACK, 0.0)]
                        if li == 0:
                            segs.insert(0, (L + 32, "\u2022", F, FS, BLACK, 0.0))
                        rows.append((3.0 if li == 0 else 0.0, LEAD, segs))
                rows += hanging_rows("", pieces[label][-1], L, L + 28, R, F, FS, LEAD, 3.0, meas)
            placed = flow.place(rows)
            labels.append((placed[0][0], L, placed[0][1]))
            ends.append(placed[-1][0])
            result.append(entry(label, placed[0][0], t))
    n_pages = lay.n
    part_of = {}
    for k in range(2, n_pages + 1):
        part = max(p for p, s in starts.items() if s <= k)
        part_of[k] = (part, k - starts[part] + 1)

    def foot(k):
        part, within = part_of[k]
        return ("Drisdale CSP \u2013 DHR Ms R", f"Part {part} \u2013 page {within}", "")
    furniture(lay, L, R, PT_TITLE, FICT, foot, first=2)
    lay.page_labels = [(0, None, None, "Cover")] + [(s - 1, "D", 1, f"{p}-") for p, s in starts.items()]
    lay.render(path, {"Title": PT_TITLE, "Author": "Drisdale CSP (FICTIONAL)", "Subject": FICT,
                      "Creator": "Microsoft Word (FICTIONAL)", "Producer": "Microsoft Word for Microsoft 365"})

    check_lengths(path.name, texts)
    check_count(path.name, result)
    if not 4 <= n_pages <= 8:
        raise AssertionError(f"parts.pdf: {n_pages} pages")
    split = split_pages(result, ends)
    if not split:
        raise AssertionError("parts.pdf: no paragraph over a page break")
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels,
                  keep=lambda c: _kept(c, TOP, BOTTOM) and abs(c["size"] - 15) > 0.01)
    check_body(path.name, pages, result, pieces, keep=lambda c: abs(c["size"] - FS) < 0.01, top=TOP, bottom=BOTTOM)
    import pypdf
    got = pypdf.PdfReader(path).page_labels
    want = ["Cover"] + [f"{part_of[k][0]}-{part_of[k][1]}" for k in range(2, n_pages + 1)]
    if got != want:
        raise AssertionError(f"parts.pdf: page labels {got}")
    import pdfplumber
    with pdfplumber.open(path) as pl:
        for k in range(2, n_pages + 1):
            if f"Part {part_of[k][0]} \u2013 page {part_of[k][1]}" not in pl.pages[k - 1].extract_text():
                raise AssertionError(f"parts.pdf: footer of page {k}")
    if all(part_of[d["page"]][1] == d["page"] for d in result):
        raise AssertionError("parts.pdf: printed page never differs from the index")
    return {
        "note": (f"A domestic homicide review ({n_pages} A4 pages, Arial) in three Parts, each beginning on a new page "
                 "under a navy banner ('Part Two: The facts'); paragraphs numbered '1.' to "
                 f"'{n}.' straight through all three Parts (hanging numbers). Page 1 is a cover with no header or "
                 "footer. The running footer prints the page within its Part ('Part 2 \u2013 page 3') and the PDF's "
                 f"/PageLabels tree matches it ({', '.join(want)}). The key's page is the PDF page index "
                 "(1-based), never the printed Part page or the page label: a paragraph on the page labelled '2-1' "
                 f"has page {starts['2']}. Paragraph 8 holds a bulleted list and carries on after it (its last "
                 f"words). Paragraphs over a page break: {', '.join(split)}."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. listcontinue.docx: "List Number" style numbering; quotations followed by "List Continue" paragraphs
# --------------------------------------------------------------------------
LC_TITLE = "Safeguarding Adults Review: Mr H"
# per section: items are a word count, ("Q", before, after) a quotation inside the paragraph, ("QP", before,
# after) the same with the continuation starting on a new page, or ("B", before, after) a bulleted list; "PB" is a
# page break before the section's heading
LC_PLAN = [
    (None, "Introduction", [70, 80, ("Q", 60, 40)]),
    ("PB", "Background", [90, 85, ("QP", 80, 55)]),
    (None, "What happened", [95, ("B", 55, 45), 90]),
    ("PB", "Analysis", [100, ("Q", 70, 50), 90, 80]),
    ("PB", "Conclusions", [85, 75, 70, 60]),
]
LC_QUOTES = [
    "\u201cWe all thought somebody else was keeping an eye on him, and in the end nobody was.\u201d "
    "(community nurse)",
    "\u201cHe always said he was fine, and we took that at face value because we had so many other visits.\u201d "
    "(care worker)",
    "\u201cIf I had known about the falls I would have asked for a meeting that same week.\u201d (GP)",
]
LC_BULLETS = [
    "the care calls were reduced to one a day in March;",
    "the pharmacist\u2019s call about the unused blister packs was not returned;",
    "the fire safety visit was booked twice and happened once.",
]
LC_STYLES = XML_HEAD + (
    '<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
    'w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr>'
    '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
    '</w:pPrDefault></w:docDefaults>\n'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/>'
    '<w:color w:val="1F3864"/><w:sz w:val="40"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="ListNumber"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>'
    '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
    '<w:ind w:left="567" w:hanging="567"/><w:jc w:val="both"/></w:pPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="ListContinue"><w:name w:val="List Continue"/>'
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:ind w:left="567"/>'
    '<w:jc w:val="both"/></w:pPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="ListContinue"/><w:uiPriority w:val="29"/><w:qFormat/><w:pPr><w:spacing w:before="120" '
    'w:after="120"/><w:ind w:left="1134" w:right="567"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="404040"/>'
    '</w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="ListBullet2"><w:name w:val="List Bullet 2"/><w:basedOn w:val="Normal"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr>'
    '<w:spacing w:after="60"/><w:ind w:left="1134" w:hanging="283"/><w:contextualSpacing/></w:pPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:jc w:val="right"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>\n'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\n'
    '</w:styles>\n').replace("{W}", W_NS)
LC_NUMBERING = XML_HEAD + (
    '<w:numbering xmlns:w="{W}">'
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="FFFFFF89"/><w:multiLevelType w:val="singleLevel"/>'
    '<w:tmpl w:val="0C6E1A7E"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:pStyle w:val="ListNumber"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr>'
    '<w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="FFFFFF88"/><w:multiLevelType w:val="singleLevel"/>'
    '<w:tmpl w:val="6A3C2D10"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
    '<w:pStyle w:val="ListBullet2"/><w:lvlText w:val="\u2013"/><w:lvlJc w:val="left"/><w:pPr>'
    '<w:ind w:left="1134" w:hanging="283"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/>'
    '</w:num></w:numbering>\n').replace("{W}", W_NS)
LC_CT = XML_HEAD + (
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
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>\n'
).replace("{CT}", CT_WML)
LC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId3" Type="{D}/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="{P}/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="{D}/officeDocument" Target="word/document.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
LC_DOC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{D}/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="{D}/settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="{D}/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId7" Type="{D}/header" Target="header1.xml"/>'
    '<Relationship Id="rId8" Type="{D}/footer" Target="footer1.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
LC_SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>\n').replace("{W}", W_NS)
LC_HEADER = XML_HEAD + (
    '<w:hdr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t xml:space="preserve">Stowick '
    'Marsh SAB \u2013 SAR Mr H \u2013 {F}</w:t></w:r></w:p></w:hdr>\n').replace("{W}", W_NS).replace("{F}", FICT)
LC_FOOTER = XML_HEAD + (
    '<w:ftr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t>'
    '</w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText>'
    '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar '
    'w:fldCharType="end"/></w:r></w:p></w:ftr>\n').replace("{W}", W_NS)
LC_CORE = XML_HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>SAR Mr H</dc:title>'
    '<dc:subject>{F}</dc:subject><dc:creator>Stowick Marsh SAB (FICTIONAL)</dc:creator>'
    '<cp:lastModifiedBy>Board business unit</cp:lastModifiedBy><cp:revision>9</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-02T09:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-12-05T15:40:00Z</dcterms:modified>'
    '</cp:coreProperties>\n').replace("{F}", FICT)
LC_APP = XML_HEAD + (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    '<Application>Microsoft Office Word</Application><Pages>5</Pages></Properties>\n')


def wp(style, s, brk=False):
    pre = '<w:r><w:br w:type="page"/></w:r>' if brk else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{pre}{wt(s)}</w:p>'


def make_listcontinue(out, pm):
    path = out / "listcontinue.docx"
    body, result, texts, page, n, q = [], [], [], 1, 0, 0
    words = {1: 0}
    body.append(wp("Title", LC_TITLE))
    body.append("<w:p>" + wt("Stowick Marsh Safeguarding Adults Board \u2013 overview report, December 2024")
                + "</w:p>")
    body.append("<w:p>" + wt(FICT + ". Every person, place and service named here is invented.",
                             "<w:rPr><w:i/></w:rPr>") + "</w:p>")
    words[1] += 30
    conts = []
    for before, title, items in LC_PLAN:
        if before == "PB":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            page += 1
            words[page] = 0
        body.append(wp("Heading1", title))
        words[page] += len(title.split()) + 10
        for it in items:
            n += 1
            label = str(n)
            start = page
            if isinstance(it, int):
                t = pm.make(it, "adult")
                parts = [t]
                body.append(wp("ListNumber", t))
                words[page] += len(t.split())
            else:
                kind, a, b = it
                head, tail = pm.make(a, "adult"), pm.make(b, "adult")
                if kind == "B":
                    mid = LC_BULLETS
                    body.append(wp("ListNumber", head))
                    body += [wp("ListBullet2", x) for x in LC_BULLETS]
                else:
                    mid = [LC_QUOTES[q]]
                    q += 1
                    body.append(wp("ListNumber", head))
                    body.append(wp("Quote", mid[0]))
                words[page] += len(head.split()) + sum(len(x.split()) + 6 for x in mid)
                if kind == "QP":
                    page += 1
                    words[page] = 0
                body.append(wp("ListContinue", tail, brk=(kind == "QP")))
                words[page] += len(tail.split())
                conts.append((label, tail))
                parts = [head, *mid, tail]
                t = " ".join(parts)
            texts.append(t)
            result.append(entry(label, start, t))
            result[-1]["_end_page"] = page
    split = [d["label"] for d in result if d.pop("_end_page") != d["page"]]
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" '
           f'xmlns:r="{R_NS}"><w:body>{"".join(body)}<w:sectPr><w:headerReference w:type="default" r:id="rId7"/>'
           '<w:footerReference w:type="default" r:id="rId8"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" '
           'w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
           '<w:cols w:space="708"/></w:sectPr></w:body></w:document>')
    parts = {"[Content_Types].xml": LC_CT, "_rels/.rels": LC_RELS, "word/document.xml": doc,
             "word/_rels/document.xml.rels": LC_DOC_RELS, "word/styles.xml": LC_STYLES,
             "word/numbering.xml": LC_NUMBERING, "word/settings.xml": LC_SETTINGS, "word/header1.xml": LC_HEADER,
             "word/footer1.xml": LC_FOOTER, "docProps/core.xml": LC_CORE, "docProps/app.xml": LC_APP}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 5, 15, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    path.write_bytes(buf.getvalue())
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if page != 5 or max(words.values()) > 420 or split != ["6"]:
        raise AssertionError(f"listcontinue.docx: pages {page}, words {words}, split {split}")
    # read back: numbered paragraphs are those in the List Number style (its numPr: numId 1); every other
    # paragraph after one of them and before the next heading or numbered paragraph belongs to it
    import docx
    d = docx.Document(str(path))
    got, pg = [], 1
    for p in d.paragraphs:
        brk = p._p.xpath('./w:r/w:br[@w:type="page"]')
        if brk and p.style.name != "List Continue":
            pg += len(brk)
            continue
        name = p.style.name
        if name == "List Number":
            got.append([str(len(got) + 1), pg, [p.text]])
        elif name in ("Quote", "List Bullet 2", "List Continue"):
            got[-1][2].append(p.text)
        pg += len(brk)
    if [(a, b, " ".join(c)) for a, b, c in got] != [(x["label"], x["page"], t) for x, t in zip(result, texts,
                                                                                            strict=True)]:
        raise AssertionError("listcontinue.docx: read back")
    style = d.styles["List Number"]
    if style.element.pPr.numPr.numId.val != 1 or any(p._p.pPr.numPr is not None for p in d.paragraphs
                                                         if p._p.pPr is not None):
        raise AssertionError("listcontinue.docx: numbering must come from the style alone")
    return {
        "note": ("A Word document whose paragraphs are numbered by the built-in 'List Number' style alone (the style's "
                 "numPr points at numId 1, a single-level '%1.' list whose level is linked back to the style by "
                 "w:pStyle; hanging indent left 567, hanging 567 twips; no w:numPr on any paragraph), 1 to "
                 f"{n} straight through under unnumbered 'Heading 1' headings. Paragraphs 3, 6 and 11 quote a "
                 "practitioner in a 'Quote' paragraph (indented, italic) and then carry on in an unnumbered "
                 "'List Continue' paragraph (left indent 567, aligned with the numbered text): the quotation and "
                 "the continuation belong to the numbered paragraph, whose last words are the continuation's. "
                 "Paragraph 8 holds a 'List Bullet 2' list (en-dash bullets) and carries on in a 'List Continue' "
                 "paragraph. Paragraph 6's 'List Continue' paragraph begins with a page break, so 6 starts on "
                 "page 2 and ends on page 3. Header and footer ('Page { PAGE }'). Pages are counted from explicit "
                 "breaks: page = 1 + the page breaks before the paragraph's first line (each page holds at most "
                 "about 420 words)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. rowheader.html: numbered paragraphs as rows of accessible tables, the number in <th scope="row">
# --------------------------------------------------------------------------
RH_TITLE = "Joint targeted area inspection of the multi-agency response in Haverslade"
RH_PLAN = [
    ("1", "About this inspection", [70, 80, 65]),
    ("2", "The local area and the agencies involved", ["AG", 85, 90]),
    ("3", "What we found", [110, "B", 105, "2P", 100]),
    ("4", "Leadership and partnership working", [95, 100, 90, 85]),
    ("5", "Areas for improvement", [80, 75]),
]
RH_AGENCIES = [
    ("Haverslade children\u2019s services", "Front door, assessment and child protection", "42"),
    ("Haverslade Police", "Public protection unit and neighbourhood teams", "27"),
    ("Corrimoor health trust", "Health visiting, school nursing and the named nurse", "31"),
    ("St Aldwyn\u2019s primary school", "Designated safeguarding lead", "12"),
]
RH_BULLETS = [
    "contacts from schools were screened within one working day in nearly every case we sampled;",
    "strategy discussions included health colleagues in only half of the cases we looked at;",
    "the views of children were recorded in most assessments but rarely shaped the plan.",
]


def make_rowheader(out, pm):
    path = out / "rowheader.html"
    result, texts, body, pieces, toc = [], [], [], {}, []
    for num, title, lens in RH_PLAN:
        sid = f"section-{num}"
        toc.append(f'          <li><a href="#{sid}">{hesc(title)}</a></li>')
        body.append(f'      <h2 id="{sid}">{hesc(title)}</h2>')
        rows, k = [], 0
        for tw in lens:
            if tw == "AG":
                body.append("      <p>The following agencies took part in the inspection. The figures are the "
                            "numbers of case records we sampled.</p>")
                trs = "\n".join(
                    f'          <tr><th scope="row">{hesc(a)}</th><td>{hesc(b)}</td><td>{c}</td></tr>'
                    for a, b, c in RH_AGENCIES)
                body.append('      <table class="data-table">\n        <caption>Table 1: Agencies and records '
                            'sampled</caption>\n        <thead><tr><th scope="col">Agency</th><th scope="col">'
                            'Services inspected</th><th scope="col">Records sampled</th></tr></thead>\n'
                            f"        <tbody>\n{trs}\n        </tbody>\n      </table>")
                continue
            k += 1
            label = f"{num}.{k}"
            if tw == "B":
                pieces[label] = [pm.make(70, "child"), *RH_BULLETS, pm.make(55, "child")]
                cell = (f"<p>{hesc(pieces[label][0])}</p>\n              <ul>\n"
                        + "".join(f"                <li>{hesc(b)}</li>\n" for b in RH_BULLETS)
                        + f"              </ul>\n              <p>{hesc(pieces[label][-1])}</p>")
            elif tw == "2P":
                pieces[label] = [pm.make(60, "child"), pm.make(55, "child")]
                cell = f"<p>{hesc(pieces[label][0])}</p>\n              <p>{hesc(pieces[label][1])}</p>"
            else:
                pieces[label] = [pm.make(tw, "child")]
                cell = f"<p>{hesc(pieces[label][0])}</p>"
            t = " ".join(pieces[label])
            texts.append(t)
            result.append(entry(label, None, t))
            rows.append(f'          <tr id="para-{label.replace(".", "-")}">\n            <th scope="row">{label}</th>'
                        f'\n            <td>\n              {cell}\n            </td>\n          </tr>')
        first, last = f"{num}.1", f"{num}.{k}"
        body.append(f'      <table class="numbered-paragraphs">\n        <caption class="govuk-visually-hidden">'
                    f"Paragraphs {first} to {last}</caption>\n        <thead>\n          <tr><th scope=\"col\" "
                    'class="para-col">Paragraph</th><th scope="col">Text</th></tr>\n        </thead>\n'
                    f"        <tbody>\n{chr(10).join(rows)}\n        </tbody>\n      </table>")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{hesc(RH_TITLE)} - Inspection reports</title>
  <meta name="description" content="{FICT}">
  <style>
    body {{ font-family: "Helvetica Neue", Arial, sans-serif; margin: 0; }}
    .govuk-visually-hidden {{ position: absolute !important; width: 1px; height: 1px; overflow: hidden;
      clip: rect(0 0 0 0); white-space: nowrap; }}
    table.numbered-paragraphs {{ border-collapse: collapse; max-width: 48em; }}
    table.numbered-paragraphs thead {{ position: absolute; left: -9999px; }}
    table.numbered-paragraphs th[scope=row] {{ vertical-align: top; text-align: left; width: 3.5em;
      font-weight: normal; color: #505a5f; padding: 0.2em 1em 0 0; }}
    table.numbered-paragraphs td p:first-child {{ margin-top: 0.2em; }}
    table.data-table {{ border-collapse: collapse; }}
    table.data-table td, table.data-table th {{ border: 1px solid #b1b4b6; }}
  </style>
</head>
<body>
  <a href="#main-content" class="skip-link">Skip to main content</a>
  <header class="site-header" role="banner">
    <a href="/" class="logo">Children&rsquo;s Services Inspectorate (FICTIONAL)</a>
    <form class="site-search" action="/search"><label for="q">Search</label> <input id="q" name="q">
      <button>Search</button></form>
    <nav aria-label="Menu"><ul><li><a href="/inspections">Inspection reports</a></li>
      <li><a href="/guidance">Guidance</a></li>
      <li><a href="/news">News</a></li><li><a href="/about">About us</a></li></ul></nav>
  </header>
  <div class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/inspections">Inspection reports</a></li>
    <li><a href="/inspections/haverslade">Haverslade</a></li></ol></div>
  <main id="main-content" role="main">
    <h1>{hesc(RH_TITLE)}</h1>
    <dl class="metadata"><dt>Published</dt><dd>4 February 2025</dd>
      <dt>Inspection dates</dt><dd>2 to 6 December 2024</dd>
      <dt>Reference</dt><dd>JTAI-2024-117</dd></dl>
    <p class="fictional"><strong>{FICT}.</strong> Every person, place and service named on this page is invented.</p>
    <nav class="contents" aria-labelledby="contents-title">
      <h2 id="contents-title">Contents</h2>
      <ol>
{chr(10).join(toc)}
      </ol>
    </nav>
    <article>
{chr(10).join(body)}
    </article>
    <p><a href="/inspections/haverslade/jtai-2024.pdf">Download this report as a PDF (389 KB)</a></p>
    <form class="feedback" action="/feedback">
      <h2>Is this page useful?</h2>
      <button name="useful" value="yes">Yes</button> <button name="useful" value="no">No</button>
      <a href="/feedback/problem">Report a problem with this page</a>
    </form>
  </main>
  <footer class="site-footer" role="contentinfo">
    <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/cookies">Cookies</a></li>
      <li><a href="/privacy">Privacy notice</a></li></ul>
    <p>&copy; Children&rsquo;s Services Inspectorate 2025 (FICTIONAL). Content is available under the Open Government
      Licence v3.0, except where otherwise stated.</p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    got = []
    for tr in root.xpath('//table[@class="numbered-paragraphs"]/tbody/tr'):
        th, td = tr.xpath("th[@scope='row']")[0], tr.xpath("td")[0]
        blocks = [" ".join(e.text_content().split()) for e in td.xpath("p|ul/li")]
        got.append((th.text_content().strip(), blocks))
    if got != [(d["label"], pieces[d["label"]]) for d in result]:
        raise AssertionError("rowheader.html: read back")
    if len(root.xpath('//table[@class="data-table"]//th[@scope="row"]')) != len(RH_AGENCIES):
        raise AssertionError("rowheader.html: agencies table")
    prev = root.xpath('//table[@class="data-table"]')[0].getprevious().getprevious()
    if prev.tag != "h2":
        raise AssertionError("rowheader.html: the agencies table must follow a heading and an introduction")
    return {
        "note": ("An inspectorate's web page: under each <h2> (unnumbered section titles) the paragraphs are rows of a "
                 "<table class=\"numbered-paragraphs\"> with a visually hidden caption ('Paragraphs 3.1 to 3.5') "
                 "and a <thead> ('Paragraph', 'Text') moved off screen by CSS; each row is "
                 "<tr><th scope=\"row\">3.2</th><td><p>...</p></td></tr>. The cell of 3.2 holds <p>, <ul>, <p> "
                 "(its last words are in the second <p>); the cell of 3.4 holds two <p>s (one paragraph). Section 2 "
                 "begins with an unnumbered introduction and a data table of agencies ('Table 1: Agencies and "
                 "records sampled', <th scope=\"row\"> holding agency names, a column of counts): not paragraphs, "
                 "and not part of any paragraph. Site furniture: header with search and navigation, breadcrumbs, "
                 "metadata <dl>, 'Contents' list of section links, PDF download link, 'Is this page useful?' "
                 "form, footer. No pages (page null)."),
        "paragraphs": result,
    }


def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts(T1_FACES, TTF_FACES)
    pm = ParaMaker()
    exp = {}
    exp["colournum.pdf"] = make_colournum(out, pm)
    exp["sideheads.pdf"] = make_sideheads(out, pm)
    exp["parts.pdf"] = make_parts(out, pm)
    exp["listcontinue.docx"] = make_listcontinue(out, pm)
    exp["rowheader.html"] = make_rowheader(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
