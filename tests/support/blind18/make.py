"""Blind fixture generator 18: five FICTIONAL safeguarding-review documents.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds). Needs reportlab (its canvas and
its font folder: Bitstream Vera TrueType, Arial and Times New Roman metric Type 1 faces), lxml, python-docx and
pdfplumber; no system fonts, no LibreOffice, no network. Every generator checks its own key with
pdfplumber/lxml/python-docx, never with the project's parser.

tabflush.pdf    a LibreOffice Writer export: "2.3<tab>The ..." with the number at the left margin, the first line
                starting at the 1.25 cm tab stop and every continuation line flush with the left margin (under the
                number, not indented); numbered section headings "3.<tab>What happened" in bold; page numbers in
                lower-case roman numerals on every page ("i" to "v", bare, centred), a contents page with dot
                leaders and roman page numbers; two continuation lines that begin with a number ("14 occasions",
                "2.5 miles", each after a manual line break that keeps the number with its noun); a bulleted
                list inside 3.2, after which the paragraph carries on flush left
marginal.pdf    an inquiry report with side notes: paragraphs numbered 1-24 straight through under unnumbered
                headings (number hanging at the body's left edge), mirrored margins, and short grey italic notes in
                the OUTER margin beside paragraphs (right margin on odd pages, ragged right; left margin on even
                pages, right-aligned so that they end just before the paragraph numbers); one note stands beside a
                paragraph's fourth line, one says "See also paragraph 17"; running heads alternate (report title on
                odd pages, the current chapter on even), page numbers in the outer bottom corner
inserted.docx   a Word document with automatic numbering "%1." straight through (one list, w:numPr on each
                paragraph) and paragraphs "14A", "14B" and "19A" typed by hand after publication (numbering
                switched off with numId 0, the same hanging indent, a typed number and a tab); a next-page section
                break into a landscape section holding an unnumbered chronology table, and a next-page section
                break back to portrait, with the numbering continuing across both; a bulleted list inside paragraph
                6 after which the paragraph carries on in an unnumbered indented Word paragraph; header and footer
endnotes.pdf    a domestic homicide review exported from Word with ENDNOTES: body paragraphs "1." to "22." hanging
                (unnumbered headings), superscript note references inside them, and after the last paragraph a
                short separator rule followed by the endnotes "1 ..." to "12 ..." in smaller type, also with
                hanging numbers, running straight on from the body on the same page (no heading)
paranum.html    an inquiry website page: each paragraph a <p class="para"> whose number is a
                <span class="para-num"> (floated into the margin by CSS; in three paragraphs the span is followed
                by the text with no white space, "3.2</span>The"); footnote references <sup><a>n</a></sup> in the
                text and a footnotes <ol> at the end (role="doc-endnotes", back-links); a bulleted list inside 2.3
                followed by a continuation <p> with no number; site header, breadcrumbs, "On this page" contents,
                "Back to top" links, footer

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without a trailing full stop ("12." is 12); letters typed after a
  number are part of it ("14A"); numbered section headings, contents entries, endnotes and footnotes, side notes,
  running heads and page numbers (roman or not) are not paragraphs and not part of any paragraph;
- a number at the start of a continuation line inside a paragraph ("14 occasions", "2.5 miles") is text;
- a bulleted list inside a paragraph, and the text after it, belong to that paragraph (its last words are the
  ones after the list);
- footnote and endnote reference marks are never among a paragraph's first eight or last six words;
- pages: physical and 1-based for PDF (the roman page "iii" is page 3 here because the numbering starts at "i"
  on page 1); a paragraph's page is where its number and first line are printed. DOCX pages are counted from
  explicit breaks: page = 1 + the page breaks (<w:br w:type="page"/>) and next-page section breaks before the
  paragraph; every page's content fits one A4 page (checked by hand in LibreOffice). HTML has no pages (null).
"""
import io
import json
import os
import pathlib
import re
import sys
import zipfile

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from blindkit.draw import Layout as BaseLayout  # type: ignore
    from blindkit.draw import register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import RowFlow as Flow  # type: ignore
    from blindkit.keys import check_count, check_lengths, entry, roman  # type: ignore
    from blindkit.markup import hesc  # type: ignore
    from blindkit.markup import wr as wt  # type: ignore
    from blindkit.pdfread import check_body, check_pdf_key, pdf_pages, words_of  # type: ignore
    from blindkit.pdfread import kept as _kept  # type: ignore
    from text import ParaMaker, contains_seq, norm  # type: ignore
else:
    from ..blindkit.draw import Layout as BaseLayout
    from ..blindkit.draw import register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow as Flow
    from ..blindkit.keys import check_count, check_lengths, entry, roman
    from ..blindkit.markup import hesc
    from ..blindkit.markup import wr as wt
    from ..blindkit.pdfread import check_body, check_pdf_key, pdf_pages, words_of
    from ..blindkit.pdfread import kept as _kept
    from .text import ParaMaker, contains_seq, norm

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


# --------------------------------------------------------------------------
# 1. tabflush.pdf: LibreOffice "N.N<tab>" paragraphs whose continuation lines are flush left; roman page numbers
# --------------------------------------------------------------------------
TF_PLAN = [
    ("1", "Introduction", [75, 90, 60]),
    ("2", "Mrs K and her circumstances", [100, 115, 85]),
    ("3", "What happened", [110, "B", 120, 125, 95]),
    ("4", "Analysis", [120, 105, 115, 100, 110]),
    ("5", "Conclusions and recommendations", [90, 80, 70]),
]
TF_TITLE = "Safeguarding Adults Review: Mrs K"
TF_BULLETS = [
    "the adult care hub closed three referrals as information only, each time without speaking to her;",
    "the surgery knew of the falls but did not know that the care calls had been cut to one a day;",
    "the housing officer asked for a fire safety visit and was never told whether it had happened.",
]
# a sentence with a number that must begin a continuation line: (label, where the number is, the sentence's
# possible openings, the rest of the sentence)
TF_TRAPS = {
    "3.4": ("14", ["Between March and June she was seen on", "From March to June she was seen on",
                   "In the spring she was seen on", "Over those months she was seen on",
                   "That spring the records show that she was seen on", "Across the period she was seen on"],
            "14 occasions by six different workers, none of whom knew the others."),
    "4.2": ("2.5", ["In May she moved to a flat", "That May she moved into a flat",
                    "In May the council moved her to a flat", "Soon afterwards she moved to a flat",
                    "In the late spring she was moved to a flat", "At the end of May she moved to a flat"],
            "2.5 miles from her brother\u2019s home and stopped going to the day centre."),
}


def make_tabflush(out, pm):
    path = out / "tabflush.pdf"
    lay = Layout()
    L, R = 70.87, 524.41
    TAB = L + 35.43
    TOP, BOTTOM = 772.0, 70.0
    FS, LEAD, AFTER = 11.0, 13.0, 6.0
    F, FB = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT"
    BLACK, GREY = (0, 0, 0), (0.35, 0.35, 0.35)

    def meas(s):
        return sw(s, F, FS)

    def on_page(pg):
        return TOP

    flow = Flow(lay, TOP, BOTTOM, on_page)
    lay.new_page()  # page i: title and contents
    lay.text(L, 760, "Fennowick Safeguarding Adults Board", FB, 13)
    lay.text(L, 720, TF_TITLE, FB, 22)
    lay.text(L, 696, "Overview report \u2013 published March 2025", F, 12)
    lay.text(L, 676, FICT + ". Every person, place and service named here is invented.",
             "TimesNewRomanPS-ItalicMT", 10.5, GREY)
    lay.text(L, 630, "Contents", FB, 14)
    flow.page()

    result, texts, ends, labels, pieces, sections, traps, forced = [], [], [], [], {}, [], {}, {}
    for num, title, lens in TF_PLAN:
        rows = [(14.0, 16.0, [(L, num + ".", FB, 12.0, BLACK, 0.0), (TAB, title, FB, 12.0, BLACK, 0.0)])]
        flow.need(14 + 16 + 2 * LEAD + AFTER)
        (pg, _), = flow.place(rows, keep=1)
        sections.append((num, title, pg))
        for k, tw in enumerate(lens, 1):
            label = f"{num}.{k}"
            if tw == "B":
                head, tail = pm.make(70, "adult"), pm.make(60, "adult")
                t = " ".join([head, *TF_BULLETS, tail])
                pieces[label] = [head, *TF_BULLETS, tail]
                parts = [("first", head), *(("bullet", b) for b in TF_BULLETS), ("flush", tail)]
            elif label in TF_TRAPS:
                number, openings, rest = TF_TRAPS[label]
                base = pm.make(tw, "adult")
                sents = re.findall(r".+?[.!?](?:\s|$)", base)
                found, near = None, None
                for cut in range(1, len(sents) - 1):
                    for op in openings:
                        trial = [*(x.strip() for x in sents[:cut]), op + " " + rest,
                                 *(x.strip() for x in sents[cut:])]
                        words = " ".join(trial).split()
                        at = len(" ".join([*trial[:cut], op]).split())  # index of the number
                        lines = wrap(words, R - L, meas, first_width=R - TAB)
                        pos = 0
                        for li, ln in enumerate(lines):
                            if li and pos == at:
                                found = " ".join(trial)
                            elif pos < at < pos + len(ln) and pos + len(ln) - at <= 2 and li and near is None:
                                near = (" ".join(trial), at)  # the number is the line's last or last but one word
                            pos += len(ln)
                        if found:
                            break
                    if found:
                        break
                if not found and near:  # a manual line break (Shift+Enter) before the number
                    found = near[0]
                    forced[label] = near[1]
                if not found:
                    raise AssertionError(f"tabflush.pdf: no line break before {number}")
                t = found
                traps[label] = number
                pieces[label] = [t]
                parts = [("first", t)]
            else:
                t = pm.make(tw, "adult")
                pieces[label] = [t]
                parts = [("first", t)]
            texts.append(t)
            rows = []
            for kind, s in parts:
                if kind == "first":
                    ws = s.split()
                    if label in forced:
                        ws.insert(forced[label], "\n")
                    for li, ln in enumerate(wrap(ws, R - L, meas, first_width=R - TAB)):
                        segs = [(TAB if li == 0 else L, " ".join(ln), F, FS, BLACK, 0.0)]
                        if li == 0:
                            segs.insert(0, (L, label, F, FS, BLACK, 0.0))
                        rows.append((AFTER if li == 0 else 0.0, LEAD, segs))
                elif kind == "bullet":
                    for li, ln in enumerate(wrap(s.split(), R - TAB, meas)):
                        segs = [(TAB, " ".join(ln), F, FS, BLACK, 0.0)]
                        if li == 0:
                            segs.insert(0, (L + 17.0, "\u2022", F, FS, BLACK, 0.0))
                        rows.append((3.0 if li == 0 else 0.0, LEAD, segs))
                else:
                    for li, ln in enumerate(wrap(s.split(), R - L, meas)):
                        rows.append((3.0 if li == 0 else 0.0, LEAD, [(L, " ".join(ln), F, FS, BLACK, 0.0)]))
            placed = flow.place(rows)
            labels.append((placed[0][0], L, placed[0][1]))
            ends.append(placed[-1][0])
            result.append(entry(label, placed[0][0], t))
    n_pages = lay.n
    # contents on page i, with the roman page numbers of the sections
    y = 604
    for num, title, pg in sections:
        s = f"{num}."
        lay.text(L, y, s, F, 11.5, page=1)
        lay.text(TAB, y, title, F, 11.5, page=1)
        pn = roman(pg)
        x1 = TAB + sw(title, F, 11.5) + 4
        x2 = R - sw(pn, F, 11.5)
        dots = "." * int((x2 - 4 - x1) / sw(".", F, 11.5))
        lay.text(x2 - 3 - sw(dots, F, 11.5), y, dots, F, 11.5, page=1)
        lay.text(x2, y, pn, F, 11.5, page=1)
        y -= 20
    for k in range(1, n_pages + 1):
        if k > 1:
            lay.text(L, 800, "Fennowick Safeguarding Adults Board", F, 9, GREY, page=k)
            s = TF_TITLE + " \u2013 " + FICT
            lay.text(R - sw(s, F, 9), 800, s, F, 9, GREY, page=k)
            lay.line(L, 795, R, 795, 0.4, GREY, page=k)
        s = roman(k)
        lay.text((L + R - sw(s, F, 10)) / 2, 42, s, F, 10, page=k)
    lay.render(path, {"Title": TF_TITLE, "Author": "Fennowick SAB (FICTIONAL)", "Subject": FICT,
                      "Creator": "Writer", "Producer": "LibreOffice 7.6"})

    check_lengths(path.name, texts)
    check_count(path.name, result)
    if not 4 <= n_pages <= 6:
        raise AssertionError(f"tabflush.pdf: {n_pages} pages")
    if not any(e != d["page"] for d, e in zip(result, ends, strict=True)):
        raise AssertionError("tabflush.pdf: no paragraph over a page break")
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels, keep=lambda c: _kept(c, TOP, BOTTOM))
    check_body(path.name, pages, result, pieces, keep=lambda c: "Bold" not in c["fontname"], top=TOP, bottom=BOTTOM)
    # the two traps: each number begins a printed line at the left margin, in body type, on its paragraph's pages
    for label, number in traps.items():
        d = next(x for x in result if x["label"] == label)
        lines = []
        for p in pages[d["page"] - 1:ends[result.index(d)]]:
            for c in p:
                if abs(c["x0"] - L) < 0.05 and c["fontname"].endswith("TimesNewRomanPSMT") and c["size"] == FS:
                    row = sorted((e for e in p if abs(e["matrix"][5] - c["matrix"][5]) < 0.05), key=lambda e: e["x0"])
                    lines.append("".join(e["text"] for e in row))
        if not any(s.startswith(number + " ") for s in lines):
            raise AssertionError(f"tabflush.pdf: {number} does not start a line of {label}")
    split = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    return {
        "note": (f"A LibreOffice Writer export ({n_pages} A4 pages, Times New Roman): paragraphs typed as "
                 "'2.3<tab>The ...' with the number at the left margin and the first line at the 1.25 cm tab stop, "
                 "and every continuation line flush with the left margin, under the number (no hanging indent). "
                 "Numbered section headings in bold ('3.<tab>What happened') are not paragraphs. Page numbers in "
                 "lower-case roman numerals centred at the foot of every page ('i' on the title page, which holds "
                 "a contents list with dot leaders and roman page numbers); running header from page ii. In 3.4 a "
                 "continuation line begins '14 occasions', in 4.2 one begins '2.5 miles' (the author's manual line "
                 f"break, Shift+Enter, keeps each number with its noun{'' if forced else ' (not needed here)'}): text, "
                 "not numbers. 3.2 "
                 "has a bulleted list and carries on flush left after it (its last words are after the list). "
                 f"Paragraphs over a page break: {', '.join(split)}. Pages are physical (page iii is page 3)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. marginal.pdf: side notes in the outer margin (mirrored pages), paragraphs numbered straight through
# --------------------------------------------------------------------------
MG_PLAN = [
    ("Introduction", [80, 95, 70]),
    ("The children and their family", [105, 90, 110]),
    ("Events between 2021 and 2023", [120, "B", 115, 130, 100, 125]),
    ("What the inquiry found", [110, 120, 95, 105, 115, 100, 90]),
    ("Conclusion", [85, 75, 70]),
]
MG_TITLE = "The Marlbeck Cross Inquiry"
# side notes: paragraph -> (the paragraph's printed line the note stands beside, 0 = its first, the note)
MG_NOTES = {
    "2": (0, "Terms of reference"), "4": (0, "The children\u2019s own views"),
    "7": (0, "First referral, March 2021"), "9": (3, "See also paragraph 17"), "11": (0, "A strategy meeting that "
    "never took place"), "13": (0, "Escalation not used"), "15": (0, "Information sharing between schools"),
    "17": (0, "The voice of the child"), "18": (1, "Supervision"), "20": (0, "Workforce pressures"),
    "22": (0, "Learning for the partnership"),
}
MG_BULLETS = [
    "the school\u2019s concerns went through the online portal and were never discussed with anyone;",
    "the health visitor\u2019s last contact was a card pushed through the door;",
    "the police log about the older youth was not passed to the school or to the surgery.",
]


def make_marginal(out, pm):
    path = out / "marginal.pdf"
    lay = Layout()
    W = A4[0]
    BL, BR = 72.0, 470.0  # odd pages; even pages are mirrored (the body moves right by SHIFT)
    SHIFT = (W - BR) - BL
    HANG, BUL, BTXT = BL + 30.0, BL + 32.0, BL + 44.0
    NOTE_ODD, NOTE_W = 484.0, 76.0
    NOTE_EVEN_R = W - NOTE_ODD  # right edge of the notes on even pages
    TOP, BOTTOM = 768.0, 72.0
    F, FB, FI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
    FS, LEAD, AFTER = 10.5, 14.3, 7.0
    NS, NLEAD = 7.5, 9.0
    BLACK, GREY, NAVY = (0, 0, 0), (0.45, 0.45, 0.45), (0.12, 0.23, 0.4)

    def meas(s):
        return sw(s, F, FS)

    def xoff(pg):
        return 0.0 if pg % 2 else SHIFT

    chapter = {"now": MG_PLAN[0][0]}
    page_chapter = {}

    def on_page(pg):
        page_chapter[pg] = chapter["now"]
        return TOP

    flow = Flow(lay, TOP, BOTTOM, on_page, xoff)
    flow.page()
    lay.text(BL, 750, "Report of the independent chair", F, 12, NAVY)
    lay.text(BL, 720, MG_TITLE, FB, 24, NAVY)
    lay.text(BL, 700, "into the care of three children in Marlbeck Cross, 2021 to 2023", F, 12)
    lay.text(BL, 682, FICT + ". Every person, place and service named here is invented.", FI, 9, GREY)
    lay.line(BL, 668, BR, 668, 0.6, NAVY)
    flow.cur = 650.0

    result, texts, ends, labels, pieces, notes = [], [], [], [], {}, []
    n = 0
    for title, lens in MG_PLAN:
        chapter["now"] = title
        flow.need(18 + 16 + 2 * LEAD + AFTER)
        if flow.cur == TOP:
            page_chapter[lay.n] = title
        flow.place([(18.0, 16.0, [(BL, title, FB, 12.5, NAVY, 0.0)])], keep=1)
        for tw in lens:
            n += 1
            label = str(n)
            if tw == "B":
                head, tail = pm.make(75, "child"), pm.make(55, "child")
                parts = [("first", head), *(("bullet", b) for b in MG_BULLETS), ("tail", tail)]
                pieces[label] = [head, *MG_BULLETS, tail]
            else:
                t = pm.make(tw, "child")
                parts = [("first", t)]
                pieces[label] = [t]
            t = " ".join(pieces[label])
            texts.append(t)
            rows = []
            for kind, s in parts:
                if kind == "bullet":
                    for li, ln in enumerate(wrap(s.split(), BR - BTXT, meas)):
                        segs = [(BTXT, " ".join(ln), F, FS, BLACK, 0.0)]
                        if li == 0:
                            segs.insert(0, (BUL, "\u2022", F, FS, BLACK, 0.0))
                        rows.append((3.0 if li == 0 else 0.0, LEAD, segs))
                else:
                    for li, ln in enumerate(wrap(s.split(), BR - HANG, meas)):
                        segs = [(HANG, " ".join(ln), F, FS, BLACK, 0.0)]
                        if kind == "first" and li == 0:
                            segs.insert(0, (BL, label, F, FS, BLACK, 0.0))
                        rows.append(((AFTER if kind == "first" else 3.0) if li == 0 else 0.0, LEAD, segs))
            placed = flow.place(rows)
            labels.append((placed[0][0], BL + xoff(placed[0][0]), placed[0][1]))
            ends.append(placed[-1][0])
            result.append(entry(label, placed[0][0], t))
            if label in MG_NOTES:
                row, note = MG_NOTES[label]
                pg, base = placed[row]
                nl = wrap(note.split(), NOTE_W, lambda s: sw(s, FI, NS))
                for j, ln in enumerate(nl):
                    s = " ".join(ln)
                    x = NOTE_ODD if pg % 2 else NOTE_EVEN_R - sw(s, FI, NS)
                    lay.text(x, base - j * NLEAD, s, FI, NS, GREY, page=pg)
                notes.append((label, pg, row, note))
    n_pages = lay.n
    for k in range(1, n_pages + 1):
        odd = k % 2 == 1
        xo = xoff(k)
        if k > 1:
            s = MG_TITLE + " \u2013 " + FICT if odd else page_chapter[k]
            lay.text(BR + xo - sw(s, F, 8.5) if odd else BL + xo, 800, s, F, 8.5, GREY, page=k)
            lay.line(BL + xo, 794, BR + xo, 794, 0.4, GREY, page=k)
        s = str(k)
        lay.text(BR + xo - sw(s, FB, 9) if odd else BL + xo, 44, s, FB, 9, page=k)
    lay.render(path, {"Title": MG_TITLE, "Author": "Marlbeck Cross Inquiry (FICTIONAL)", "Subject": FICT,
                      "Creator": "Adobe InDesign 18.2 (Windows)", "Producer": "Adobe PDF Library 17.0"})

    check_lengths(path.name, texts)
    check_count(path.name, result)
    if not 4 <= n_pages <= 7:
        raise AssertionError(f"marginal.pdf: {n_pages} pages")
    if not any(e != d["page"] for d, e in zip(result, ends, strict=True)):
        raise AssertionError("marginal.pdf: no paragraph over a page break")
    if not ({pg % 2 for _, pg, row, _ in notes if row == 0} == {0, 1}):
        raise AssertionError("marginal.pdf: notes beside first lines on odd and even pages")
    pages = pdf_pages(path)

    def body(c):
        return _kept(c, TOP, BOTTOM) and c["fontname"].endswith("ArialMT")  # not the notes, bold or furniture

    check_pdf_key(path.name, pages, result, ends, labels, keep=body)
    check_body(path.name, pages, result, pieces, keep=body)
    # the notes are where the layout says: outer margin, on the line they stand beside
    for label, pg, _, note in notes:
        cs = [c for c in pages[pg - 1] if c["fontname"].endswith("Arial-ItalicMT") and abs(c["size"] - NS) < 0.01]
        if not contains_seq(words_of(cs), norm(note)):
            raise AssertionError(f"marginal.pdf: note beside {label}")
        if any((c["x0"] < BR + 10) if pg % 2 else (c["x1"] > NOTE_EVEN_R + 0.05) for c in cs):
            raise AssertionError("marginal.pdf: a note outside the outer margin")
    split = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    even = [lb for lb, pg, row, _ in notes if pg % 2 == 0]
    return {
        "note": (f"An inquiry report typeset with mirrored margins ({n_pages} A4 pages, Arial): paragraphs numbered "
                 "1 to 22 straight through under unnumbered chapter headings, the number at the body's left edge "
                 "and the text hanging 30 pt to its right. Short grey italic side notes (7.5 pt) stand in the OUTER "
                 "margin beside paragraphs: on odd pages in the right margin, ragged right; on even pages in the "
                 "left margin, right-aligned so that they end 14 pt before the paragraph numbers (beside "
                 f"{', '.join(even)}). Notes are not paragraphs and not part of any; the note beside 9 stands "
                 "beside its fourth line and says 'See also paragraph 17' (a cross-reference). Paragraph 8 holds a "
                 "bulleted list and carries on after it. Running heads: the report title on odd pages, the "
                 "current chapter on even pages; page numbers in the outer bottom corner. Paragraphs over a page "
                 f"break: {', '.join(split)}."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. endnotes.pdf: Word endnotes after the last paragraph (separator rule, no heading), superscript references
# --------------------------------------------------------------------------
EN_PLAN = [
    ("Introduction", [70, 85, 65]),
    ("The review process", [90, 80, 75]),
    ("Background", [110, 95, 100]),
    ("Key events", [120, "B", 115, 105, 125]),
    ("Analysis", [120, 110, 100, 115, 95]),
    ("Conclusions", [90, 80, 70]),
]
EN_TITLE = "Domestic Homicide Review: Ms P"
EN_REFS = ["2", "4", "5", "7", "9", "10", "12", "14", "15", "17", "19", "21"]  # one reference in each
EN_NOTES = [
    "Drisdale Community Safety Partnership (2022), terms of reference for the review of the death of Ms P, not "
    "published.",
    "The names used in this report are pseudonyms chosen by Ms P\u2019s family.",
    "The independent domestic violence adviser service is commissioned jointly by the partnership and the police.",
    "A multi-agency risk assessment conference is a regular meeting at which agencies share information about "
    "people at high risk of serious harm.",
    "Information from the Gossiby medical practice records, reviewed by the panel in January 2024.",
    "The risk identification checklist used locally has 27 questions; on this occasion 9 were answered.",
    "Controlling or coercive behaviour in an intimate or family relationship is an offence under section 76 of "
    "the Serious Crime Act 2015.",
    "The housing trust\u2019s tenancy policy was revised in 2023 and now asks about domestic abuse at every visit.",
    "See paragraph 14 above and the combined chronology held by the panel.",
    "Leverthorpe Housing Trust, internal management review, submitted to the panel in March 2024.",
    "The chair met Ms P\u2019s family twice, once in Gossiby and once by video call.",
    "Drisdale Community Safety Partnership, action plan (2024), available from the partnership on request.",
]
EN_BULLETS = [
    "a call from her sister to the non-emergency line, closed as advice given;",
    "a risk checklist completed by telephone with most questions left blank;",
    "a referral to the risk conference that was discussed and never sent.",
]


def make_endnotes(out, pm):
    path = out / "endnotes.pdf"
    lay = Layout()
    L, R = 68.0, 527.0
    HANG = L + 28.35
    TOP, BOTTOM = 770.0, 68.0
    F, FB, FI = "Vera", "VeraBd", "VeraIt"
    FS, LEAD, AFTER = 10.0, 14.0, 8.0
    SUP, RISE = 6.5, 3.6
    NFS, NLEAD, NSUP = 8.5, 11.0, 5.5
    BLACK, GREY, TEAL = (0, 0, 0), (0.4, 0.4, 0.4), (0.0, 0.33, 0.38)

    def meas_with(size, sup):
        def meas(s):
            plain = re.sub(r"\x01\d+", "", s)
            return sw(plain, F, size) + sum(sw(m, F, sup) + 0.5 for m in re.findall(r"\x01(\d+)", s))
        return meas

    def line_segs(x, tokens, size, sup, rise):
        """One printed line: plain text runs and raised note numbers."""
        segs, cur = [], ""
        for k, tok in enumerate(tokens):
            base, _, mark = tok.partition("\x01")
            cur += ("" if k == 0 else " ") + base
            if mark:
                segs.append((x, cur, F, size, BLACK, 0.0))
                x += sw(cur, F, size) + 0.5
                segs.append((x, mark, F, sup, BLACK, rise))
                x += sw(mark, F, sup)
                cur = ""
        if cur:
            segs.append((x, cur, F, size, BLACK, 0.0))
        return segs

    def on_page(pg):
        return TOP

    flow = Flow(lay, TOP, BOTTOM, on_page)
    flow.page()
    lay.text(L, 752, "Drisdale Community Safety Partnership", FB, 12, TEAL)
    lay.text(L, 722, EN_TITLE, FB, 20)
    lay.text(L, 700, "Overview report \u2013 final version for publication", F, 11)
    lay.text(L, 683, FICT + ". Every person, place and service named here is invented.", FI, 8.5, GREY)
    flow.cur = 660.0

    result, texts, ends, labels, pieces, marks = [], [], [], [], {}, []
    n = 0
    for title, lens in EN_PLAN:
        flow.need(16 + 16 + 2 * LEAD + AFTER)
        flow.place([(16.0, 16.0, [(L, title, FB, 12.0, TEAL, 0.0)])], keep=1)
        for tw in lens:
            n += 1
            label = str(n)
            if tw == "B":
                head, tail = pm.make(70, "dhr"), pm.make(60, "dhr")
                parts = [("first", head), *(("bullet", b) for b in EN_BULLETS), ("tail", tail)]
                pieces[label] = [head, *EN_BULLETS, tail]
            else:
                t = pm.make(tw, "dhr")
                parts = [("first", t)]
                pieces[label] = [t]
            t = " ".join(pieces[label])
            texts.append(t)
            if label in EN_REFS:  # a reference mark after a full stop in the middle of the first part
                ws = parts[0][1].split()
                at = next(i for i in range(max(9, len(ws) // 2 - 4), len(ws) - 8) if ws[i].endswith("."))
                mark = str(EN_REFS.index(label) + 1)
                ws[at] += "\x01" + mark
                parts[0] = ("first", " ".join(ws))
                marks.append((label, mark, ws[at].split("\x01")[0]))
                # the text read back without the marks splits there
                own = parts[0][1].split()
                pieces[label] = [" ".join(w.split("\x01")[0] for w in own[:at + 1]),
                                 " ".join(own[at + 1:]), *pieces[label][1:]]
            rows = []
            for kind, s in parts:
                if kind == "bullet":
                    for li, ln in enumerate(wrap(s.split(), R - HANG - 14, meas_with(FS, SUP))):
                        segs = [(HANG + 14, " ".join(ln), F, FS, BLACK, 0.0)]
                        if li == 0:
                            segs.insert(0, (HANG + 2, "\u2022", F, FS, BLACK, 0.0))
                        rows.append((3.0 if li == 0 else 0.0, LEAD, segs))
                else:
                    for li, ln in enumerate(wrap(s.split(), R - HANG, meas_with(FS, SUP))):
                        segs = line_segs(HANG, ln, FS, SUP, RISE)
                        if kind == "first" and li == 0:
                            segs.insert(0, (L, label + ".", F, FS, BLACK, 0.0))
                        rows.append(((AFTER if kind == "first" else 3.0) if li == 0 else 0.0, LEAD, segs))
            placed = flow.place(rows)
            labels.append((placed[0][0], L, placed[0][1]))
            ends.append(placed[-1][0])
            result.append(entry(label, placed[0][0], t))
    # Word's endnotes: a short separator rule, then the notes, straight on after the last paragraph
    flow.need(18 + 2 * NLEAD)
    sep_y = flow.cur - 12
    lay.line(L, sep_y, L + 144, sep_y, 0.5, BLACK)
    sep_page = lay.n
    flow.cur = sep_y - 2
    note_starts = []
    for k, s in enumerate(EN_NOTES, 1):
        mark = str(k)
        lead_w = sw(mark, F, NSUP) + 3.0
        rows = []
        for li, ln in enumerate(wrap(s.split(), R - L, lambda x: sw(x, F, NFS), first_width=R - L - lead_w)):
            if li == 0:
                segs = [(L, mark, F, NSUP, BLACK, 3.0), (L + lead_w, " ".join(ln), F, NFS, BLACK, 0.0)]
            else:
                segs = [(L, " ".join(ln), F, NFS, BLACK, 0.0)]
            rows.append((4.0 if li == 0 else 0.0, NLEAD, segs))
        note_starts.append(flow.place(rows)[0])
    n_pages = lay.n
    for k in range(1, n_pages + 1):
        if k > 1:
            lay.text(L, 800, "Drisdale CSP \u2013 " + EN_TITLE, F, 8, GREY, page=k)
            lay.text(R - sw(FICT, F, 8), 800, FICT, F, 8, GREY, page=k)
        s = f"Page {k} of {n_pages}"
        lay.text((L + R - sw(s, F, 8.5)) / 2, 40, s, F, 8.5, GREY, page=k)
    lay.render(path, {"Title": EN_TITLE, "Author": "Drisdale CSP (FICTIONAL)", "Subject": FICT,
                      "Creator": "Microsoft\u00ae Word for Microsoft 365",
                      "Producer": "Microsoft\u00ae Word for Microsoft 365"})

    check_lengths(path.name, texts)
    check_count(path.name, result)
    if not 4 <= n_pages <= 7 or sep_page != ends[-1]:
        raise AssertionError(f"endnotes.pdf: {n_pages} pages, separator on {sep_page}")
    if not any(e != d["page"] for d, e in zip(result, ends, strict=True)):
        raise AssertionError("endnotes.pdf: no paragraph over a page break")
    pages = pdf_pages(path)

    def body(c):  # body type only: not the raised marks, the notes, headings or furniture
        return _kept(c, TOP, BOTTOM) and abs(c["size"] - FS) < 0.01 and "Bd" not in c["fontname"]

    check_pdf_key(path.name, pages, result, ends, labels, keep=body)
    check_body(path.name, pages, result, pieces, keep=body)
    sup = [c for p in pages for c in p if abs(c["size"] - SUP) < 0.01]
    if "".join(c["text"] for c in sup) != "".join(m for _, m, _ in marks):
        raise AssertionError("endnotes.pdf: reference marks")
    for k, (pg, y) in enumerate(note_starts, 1):
        row = sorted((c for c in pages[pg - 1] if abs(c["matrix"][5] - (y + 3.0)) < 0.05), key=lambda c: c["x0"])
        if "".join(c["text"] for c in row) != str(k) or abs(row[0]["x0"] - L) > 0.05:
            raise AssertionError("endnotes.pdf: note number")
    split = [d["label"] for d, e in zip(result, ends, strict=True) if e != d["page"]]
    return {
        "note": (f"A domestic homicide review exported from Word ({n_pages} A4 pages, Bitstream Vera): paragraphs "
                 "'1.' to '22.' with the number at the left margin and the text hanging at 1 cm, under unnumbered "
                 "headings; superscript endnote references (1-12) after full stops inside paragraphs. Word prints "
                 "the endnotes straight after the last paragraph, on the same page: a short separator rule and "
                 "the notes in smaller type, each opening with its raised number at the left margin ('1 Drisdale "
                 "Community Safety Partnership (2022) ...', '9 See paragraph 14 above ...'), with no heading. "
                 "Endnotes are not paragraphs and not part of paragraph 22. Paragraph 11 holds a bulleted list and "
                 "carries on after it. Running header from page 2, 'Page N of M' footer. Paragraphs over a page "
                 f"break: {', '.join(split)}."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. paranum.html: <span class="para-num"> inside each <p>, footnote references and a footnotes <ol>
# --------------------------------------------------------------------------
PN_PLAN = [
    ("1", "Introduction", [70, 85, 60]),
    ("2", "Background", [100, 90, "B", 95]),
    ("3", "What happened", [115, 105, 120, 95, 110]),
    ("4", "Findings", [120, 100, 115, 105, 95]),
    ("5", "Next steps", [80, 75, 65]),
]
PN_TIGHT = {"3.2", "4.1", "4.4"}  # the number's span is followed by the text with no white space
PN_REFS = ["1.2", "2.1", "2.4", "3.1", "3.3", "3.5", "4.2", "4.5"]
PN_NOTES = [
    "The inquiry\u2019s terms of reference were set by the Pennerby Safeguarding Children Partnership in 2023.",
    "The family asked that the children be called by these names in the report.",
    "School attendance figures were supplied by the local authority\u2019s education data team.",
    "A strategy discussion is a meeting between police, children\u2019s social care and health about whether a "
    "child may be suffering harm.",
    "The online portal replaced telephone referrals in September 2021.",
    "Transcripts of the practitioner events are held by the inquiry secretariat.",
    "See section 3 above for the sequence of contacts.",
    "The partnership\u2019s response will be published on this website within six months.",
]
PN_BULLETS = [
    "the family moved three times in two years and changed surgery each time;",
    "the older child\u2019s attendance fell below 80 per cent in the spring term;",
    "no professional met the mother\u2019s new partner.",
]
PN_TITLE = "Interim report of the Pennerby Inquiry"


def make_paranum(out, pm):
    path = out / "paranum.html"
    result, texts, body, pieces = [], [], [], {}
    toc = []
    for num, title, lens in PN_PLAN:
        sid = f"section-{num}"
        toc.append(f'        <li><a href="#{sid}">{num}. {hesc(title)}</a></li>')
        body.append(f'      <h2 id="{sid}">{num}. {hesc(title)}</h2>')
        for k, tw in enumerate(lens, 1):
            label = f"{num}.{k}"
            if tw == "B":
                head, tail = pm.make(75, "child"), pm.make(60, "child")
                pieces[label] = [head, *PN_BULLETS, tail]
            else:
                pieces[label] = [pm.make(tw, "child")]
            t = " ".join(pieces[label])
            texts.append(t)
            result.append(entry(label, None, t))
            first = hesc(pieces[label][0])
            if label in PN_REFS:
                ws = first.split(" ")
                at = next(i for i in range(max(9, len(ws) // 2 - 4), len(ws) - 8) if ws[i].endswith("."))
                n = PN_REFS.index(label) + 1
                ws[at] += (f'<sup class="footnote-ref"><a href="#fn-{n}" id="fnref-{n}" aria-describedby='
                           f'"footnote-label">{n}</a></sup>')
                first = " ".join(ws)
            pid = "para-" + label.replace(".", "-")
            gap = "" if label in PN_TIGHT else "\n        "
            body.append(f'      <p class="para" id="{pid}"><span class="para-num">{label}</span>{gap}{first}</p>')
            if tw == "B":
                body.append('      <ul class="para-list">')
                body += [f"        <li>{hesc(b)}</li>" for b in PN_BULLETS]
                body.append("      </ul>")
                body.append(f'      <p class="para-cont">{hesc(pieces[label][-1])}</p>')
        body.append('      <p class="back-to-top"><a href="#top">Back to top</a></p>')
    notes = "\n".join(
        f'        <li id="fn-{n}"><p>{hesc(s)} <a href="#fnref-{n}" class="footnote-back" role="doc-backlink" '
        f'aria-label="Back to reference {n}">\u21a9</a></p></li>' for n, s in enumerate(PN_NOTES, 1))
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{PN_TITLE} | The Pennerby Inquiry</title>
  <meta name="description" content="{FICT}">
  <style>
    body {{ font-family: Arial, sans-serif; margin: 0; color: #0b0c0c; }}
    .site-header {{ background: #1d3557; color: #fff; padding: 1em 2em; }}
    .para {{ position: relative; padding-left: 3.5em; max-width: 40em; }}
    .para-num {{ position: absolute; left: 0; top: 0; font-weight: bold; color: #505a5f; }}
    .para-cont, .para-list {{ margin-left: 3.5em; max-width: 40em; }}
    .footnote-ref {{ font-size: 0.7em; line-height: 0; }}
    .footnotes {{ font-size: 0.85em; border-top: 1px solid #b1b4b6; margin-top: 3em; }}
    .on-this-page {{ float: right; width: 16em; background: #f3f2f1; padding: 0.5em 1em; }}
  </style>
</head>
<body id="top">
  <a class="skip-link" href="#main">Skip to main content</a>
  <div class="cookie-banner" role="region" aria-label="Cookies on this website">
    <p>We use some essential cookies to make this website work.</p>
    <button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">The Pennerby Inquiry</a>
    <nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/reports">Reports</a></li>
      <li><a href="/hearings">Hearings</a></li><li><a href="/evidence">Evidence</a></li>
      <li><a href="/contact">Contact us</a></li></ul></nav>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol><li><a href="/">Home</a></li><li><a href="/reports">Reports</a></li>
      <li aria-current="page">Interim report</li></ol>
  </nav>
  <main id="main">
    <article>
      <h1>{PN_TITLE}</h1>
      <p class="meta">Published 12 March 2025 &middot; Reading time: 14 minutes &middot;
        <a href="/reports/interim-report.pdf">Download as PDF (412 KB)</a> &middot;
        <a href="javascript:window.print()">Print this page</a></p>
      <p class="fictional"><em>{FICT}. Every person, place and service named on this page is invented.</em></p>
      <aside class="on-this-page" aria-label="On this page">
        <h2>On this page</h2>
        <ol>
{chr(10).join(toc)}
          <li><a href="#footnote-label">Footnotes</a></li>
        </ol>
      </aside>
      <p>This interim report sets out what the inquiry has found so far. The paragraphs are numbered so that
        they can be referred to in evidence and in the partnership&rsquo;s response.</p>
{chr(10).join(body)}
      <section class="footnotes" role="doc-endnotes">
        <h2 id="footnote-label">Footnotes</h2>
        <ol>
{notes}
        </ol>
      </section>
    </article>
  </main>
  <footer class="site-footer">
    <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li>
      <li><a href="/cookies">Cookies</a></li></ul>
    <p>Page last updated: 12 March 2025</p>
    <p>&copy; 2025 The Pennerby Inquiry (FICTIONAL)</p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back with lxml: every p.para, its number, its text without the footnote marks
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    got = []
    for p in root.xpath('//p[@class="para"]'):
        num = p.xpath('span[@class="para-num"]')[0].text
        for s in p.xpath(".//sup"):
            s.drop_tree()
        txt = " ".join(p.text_content().split())
        if not txt.startswith(num):
            raise AssertionError("paranum.html: number")
        got.append((num, txt[len(num):].strip()))
    want = [(d["label"], pieces[d["label"]][0]) for d in result]
    if got != want:
        raise AssertionError("paranum.html: read back")
    conts = [" ".join(p.text_content().split()) for p in root.xpath('//p[@class="para-cont"]')]
    if conts != [v[-1] for v in pieces.values() if len(v) > 1]:
        raise AssertionError("paranum.html: continuation")
    root = lxml.html.fromstring(path.read_bytes())
    if len(root.xpath("//sup/a")) != len(PN_NOTES) or len(root.xpath('//section[@class="footnotes"]//li')) != 8:
        raise AssertionError("paranum.html: footnotes")
    return {
        "note": ("An inquiry website's page: numbered section headings (<h2>1. Introduction</h2>, not paragraphs) and "
                 "paragraphs <p class=\"para\" id=\"para-3-2\"><span class=\"para-num\">3.2</span> The ...</p>, the "
                 "number floated into the left margin by CSS; in 3.2, 4.1 and 4.4 the span is followed by the text "
                 "with no white space ('3.2</span>The'), which is how the browser shows it (the number apart, in "
                 "the margin). Footnote references <sup class=\"footnote-ref\"><a>n</a></sup> after full stops "
                 "inside eight paragraphs, and a footnotes section (role=\"doc-endnotes\") with an <ol> of eight "
                 "notes with back-links: not paragraphs, and not part of 5.3. Paragraph 2.3 holds a <ul> and "
                 "carries on in a <p class=\"para-cont\"> with no number (its last words). Site furniture: cookie "
                 "banner, header navigation, breadcrumbs (an <ol>), an 'On this page' <ol> of section links, "
                 "'Back to top' links, footer. No pages (page null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. inserted.docx: automatic "%1." numbering with typed "14A" paragraphs added later; landscape section between
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WQ = "{" + W_NS + "}"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# (heading, paragraphs, what comes before the heading); a paragraph: words, "B" (a list inside it), or
# ("14A", words) typed by hand
IN_PLAN = [
    ("Introduction", [70, 80, 60], None),
    ("Mr D and his life", [85, 75], None),
    ("What happened", ["B", 70, 80, 65, 75], "page"),
    ("Chronology of key contacts", ["TABLE", 75, 70], "section"),
    ("Analysis", [85, 80, ("14A", 75), ("14B", 70), 80, 75], "section"),
    ("Conclusions", [70, 80, 75, ("19A", 65), 70, 60], "page"),
]
IN_TITLE = "Safeguarding Adults Review: Mr D"
IN_BULLETS = [
    "the care provider reduced his visits without telling the surgery;",
    "the community nurses recorded the cold flat but did not know whom to tell;",
    "the adult care hub closed two referrals as information only.",
]
IN_CHRONO = [
    ("3 March 2022", "Ambulance service", "Called after a fall at night; declined to go to hospital."),
    ("14 April 2022", "Adult care hub", "Referral from the ambulance crew closed as information only."),
    ("9 June 2022", "Tollivant Street health centre", "Medication review letter sent to an old address."),
    ("22 August 2022", "Fire safety officer", "Home safety visit; smoke alarms fitted."),
    ("30 September 2022", "Hospital discharge team", "Discharged on a Friday afternoon."),
    ("4 November 2022", "Care Act advocate", "First meeting; asked for a stair rail."),
]
IN_XREF = ("17", "The panel returns here to what it said at paragraph 14A.")
IN_STYLES = XML_HEAD + (
    '<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
    'w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr>'
    '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
    '</w:pPrDefault></w:docDefaults>\n'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/>'
    '<w:color w:val="2E4A2E"/><w:sz w:val="40"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="BodyNumbered"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>'
    '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="2E4A2E"/><w:sz w:val="28"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BodyNumbered"><w:name w:val="Body Numbered"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="60"/><w:contextualSpacing/></w:pPr>'
    '</w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/></w:rPr></w:style>\n'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>\n'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>\n'
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\n'
    '</w:styles>\n').replace("{W}", W_NS)
IN_NUMBERING = XML_HEAD + (
    '<w:numbering xmlns:w="{W}">'
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A1C2E07"/><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="2B7F0C41"/><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="283"/></w:pPr><w:rPr><w:rFonts '
    'w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/>'
    '</w:num></w:numbering>\n').replace("{W}", W_NS)
IN_CT = XML_HEAD + (
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
IN_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId3" Type="{D}/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="{P}/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="{D}/officeDocument" Target="word/document.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
IN_DOC_RELS = XML_HEAD + (
    '<Relationships xmlns="{P}"><Relationship Id="rId1" Type="{D}/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="{D}/settings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="{D}/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId7" Type="{D}/header" Target="header1.xml"/>'
    '<Relationship Id="rId8" Type="{D}/footer" Target="footer1.xml"/></Relationships>\n'
).replace("{P}", PKG_REL).replace("{D}", DOC_REL)
IN_SETTINGS = XML_HEAD + (
    '<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>\n').replace("{W}", W_NS)
IN_HEADER = XML_HEAD + (
    '<w:hdr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:t xml:space="preserve">Ullerthwaite '
    'SAB \u2013 SAR Mr D (revised edition, March 2025) \u2013 {F}</w:t></w:r></w:p></w:hdr>\n'
).replace("{W}", W_NS).replace("{F}", FICT)
IN_FOOTER = XML_HEAD + (
    '<w:ftr xmlns:w="{W}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/>'
    '</w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar '
    'w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    '</w:ftr>\n').replace("{W}", W_NS)
IN_CORE = XML_HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>SAR Mr D (revised edition)</dc:title>'
    '<dc:subject>{F}</dc:subject><dc:creator>Ullerthwaite SAB (FICTIONAL)</dc:creator>'
    '<cp:lastModifiedBy>Board business unit</cp:lastModifiedBy><cp:revision>23</cp:revision>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-06-03T10:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-11T16:20:00Z</dcterms:modified>'
    '</cp:coreProperties>\n').replace("{F}", FICT)
IN_APP = XML_HEAD + (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    '<Application>Microsoft Office Word</Application><Pages>5</Pages></Properties>\n')


def sect(landscape, kind=None):
    size = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' if landscape
            else '<w:pgSz w:w="11906" w:h="16838"/>')
    typ = f'<w:type w:val="{kind}"/>' if kind else ""
    return (f'<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" '
            f'r:id="rId8"/>{typ}{size}<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
            'w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')


def make_inserted(out, pm):
    path = out / "inserted.docx"
    body, result, texts, page, counter = [], [], [], 1, 0
    kinds = []  # per paragraph of the key: "auto" or "typed"
    body.append('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>' + wt(IN_TITLE) + "</w:p>")
    body.append("<w:p>" + wt("Ullerthwaite Safeguarding Adults Board \u2013 overview report") + "</w:p>")
    body.append("<w:p>" + wt("Revised edition, March 2025. Paragraphs 14A, 14B and 19A were added after the "
                             "report was first published, following the inquest; the numbers of the other paragraphs "
                             "are unchanged so that earlier references to them remain correct.",
                             "<w:rPr><w:b/></w:rPr>") + "</w:p>")
    body.append("<w:p>" + wt(FICT + ". Every person, place and service named here is invented.",
                             "<w:rPr><w:i/></w:rPr>") + "</w:p>")
    landscape = False
    for title, items, before in IN_PLAN:
        if before == "page":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            page += 1
        elif before == "section":
            # the section ends with the paragraph before: move a sectPr into that paragraph's properties
            last = body.pop()
            m = re.match(r"(<w:p[^>]*>)(<w:pPr>(.*?)</w:pPr>)?(.*)$", last, re.S)
            body.append(f"{m.group(1)}<w:pPr>{m.group(3) or ''}{sect(landscape)}</w:pPr>{m.group(4)}")
            page += 1
            landscape = not landscape
        body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + wt(title) + "</w:p>")
        for it in items:
            if it == "TABLE":
                rows = [("Date", "Agency", "Contact"), *IN_CHRONO]
                tr = []
                for k, r in enumerate(rows):
                    cells = "".join(
                        f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>'
                        + ('<w:shd w:val="clear" w:color="auto" w:fill="D9E2D9"/>' if k == 0 else "")
                        + '</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                        + wt(c, "<w:rPr><w:b/></w:rPr>" if k == 0 else "") + "</w:p></w:tc>"
                        for c, w in zip(r, (2600, 3600, 7758), strict=True))
                    hdr = "<w:trPr><w:tblHeader/></w:trPr>" if k == 0 else ""
                    tr.append(f"<w:tr>{hdr}{cells}</w:tr>")
                body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="13958" w:type="dxa"/>'
                            '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="2600"/>'
                            '<w:gridCol w:w="3600"/><w:gridCol w:w="7758"/></w:tblGrid>' + "".join(tr) + "</w:tbl>")
                body.append('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>')
                continue
            if isinstance(it, tuple):
                label, tw = it
                t = pm.make(tw, "adult")
                body.append('<w:p><w:pPr><w:pStyle w:val="BodyNumbered"/><w:ind w:left="567" w:hanging="567"/>'
                            f"</w:pPr>{wt(label)}<w:r><w:tab/></w:r>{wt(t)}</w:p>")
                kinds.append("typed")
            else:
                counter += 1
                label = str(counter)
                numpr = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
                if it == "B":
                    head, tail = pm.make(60, "adult"), pm.make(50, "adult")
                    t = " ".join([head, *IN_BULLETS, tail])
                    body.append(f'<w:p><w:pPr><w:pStyle w:val="BodyNumbered"/>{numpr}</w:pPr>{wt(head)}</w:p>')
                    body += [f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>{wt(b)}</w:p>' for b in IN_BULLETS]
                    body.append('<w:p><w:pPr><w:pStyle w:val="BodyNumbered"/><w:ind w:left="567"/></w:pPr>'
                                f"{wt(tail)}</w:p>")
                else:
                    t = pm.make(it, "adult")
                    if label == IN_XREF[0]:
                        s1 = re.match(r"(.+?[.!?])\s", t).group(1)
                        t = s1 + " " + IN_XREF[1] + t[len(s1):]
                    body.append(f'<w:p><w:pPr><w:pStyle w:val="BodyNumbered"/>{numpr}</w:pPr>{wt(t)}</w:p>')
                kinds.append("auto")
            texts.append(t)
            result.append(entry(label, page, t))
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" '
           f'xmlns:r="{R_NS}"><w:body>{"".join(body)}{sect(False, "nextPage")}</w:body></w:document>')
    parts = {"[Content_Types].xml": IN_CT, "_rels/.rels": IN_RELS, "word/document.xml": doc,
             "word/_rels/document.xml.rels": IN_DOC_RELS, "word/styles.xml": IN_STYLES,
             "word/numbering.xml": IN_NUMBERING, "word/settings.xml": IN_SETTINGS, "word/header1.xml": IN_HEADER,
             "word/footer1.xml": IN_FOOTER, "docProps/core.xml": IN_CORE, "docProps/app.xml": IN_APP}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 11, 16, 20, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    path.write_bytes(buf.getvalue())
    check_lengths(path.name, texts)
    check_count(path.name, result)

    # read back with lxml: Word's counter for numId 1 (typed paragraphs have no numbering and do not count),
    # pages from page breaks and from section breaks (a sectPr in a paragraph ends its section: the next
    # section starts on a new page, type nextPage by default)
    from lxml import etree
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    found, pg, n = [], 1, 0
    for p in root.iter(WQ + "p"):
        s = "".join(el.text or "" if el.tag == WQ + "t" else "\t"
                    for el in p.iter(WQ + "t", WQ + "tab") if el.getparent().tag == WQ + "r")
        num = p.find(f"{WQ}pPr/{WQ}numPr/{WQ}numId")
        if any(b.get(WQ + "type") == "page" for b in p.iter(WQ + "br")):
            pg += 1
        if num is not None and num.get(WQ + "val") == "1":
            n += 1
            found.append((str(n), pg, s))
        elif re.fullmatch(r"\d+[A-Z]\t.+", s):
            lab, _, rest = s.partition("\t")
            found.append((lab, pg, rest))
        if p.find(f"{WQ}pPr/{WQ}sectPr") is not None:
            pg += 1
    starts = [(d["label"], d["page"], t.split(" ")[:12]) for d, t in zip(result, texts, strict=True)]
    if [(a, b, c.split(" ")[:12]) for a, b, c in found] != starts:
        raise AssertionError("inserted.docx: read back")
    import docx
    d = docx.Document(str(path))
    typed = [p.text for p in d.paragraphs if re.match(r"\d+[A-Z]\t", p.text)]
    if [x.split("\t")[0] for x in typed] != [r["label"] for r, k in zip(result, kinds, strict=True) if k == "typed"]:
        raise AssertionError("inserted.docx: python-docx")
    if page != 5 or len(d.sections) != 3 or d.sections[1].orientation != 1:
        raise AssertionError(f"inserted.docx: pages {page}, sections {len(d.sections)}")
    return {
        "note": ("A Word document, revised after publication: body paragraphs in the custom style 'Body Numbered' "
                 "with automatic numbering '%1.' (one list, numId 1, w:numPr on each paragraph, left 567 hanging "
                 "567 twips) running straight through under unnumbered 'Heading 1' headings; paragraphs '14A', "
                 "'14B' and '19A' were added by hand: no numbering, the same indent set directly, the number typed "
                 "and followed by a Word tab. Word's counter skips them (14, 14A, 14B, 15 ...). A next-page section "
                 "break (a sectPr in the last paragraph's properties) leads into a landscape section holding a "
                 "ruled chronology table (dates, agencies; a repeated header row) and paragraphs 11 and 12, and a "
                 "second one leads back to portrait; the numbering runs on across both. Paragraph 6 holds a "
                 "bulleted list (List Bullet) and carries on in an unnumbered Word paragraph indented like it (its "
                 "last words). Paragraph 17 cites 'paragraph 14A'. Header and footer ({ PAGE }) parts. Pages are "
                 "counted from explicit breaks: page = 1 + the page breaks and next-page section breaks before the "
                 "paragraph (every page's content fits one A4 page, checked in LibreOffice)."),
        "paragraphs": result,
    }


def main(out: pathlib.Path) -> None:
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts(T1_FACES, TTF_FACES)
    pm = ParaMaker()
    exp = {}
    exp["tabflush.pdf"] = make_tabflush(out, pm)
    exp["marginal.pdf"] = make_marginal(out, pm)
    exp["endnotes.pdf"] = make_endnotes(out, pm)
    exp["paranum.html"] = make_paranum(out, pm)
    exp["inserted.docx"] = make_inserted(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
