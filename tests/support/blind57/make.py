"""Blind fixture generator 57: five FICTIONAL review documents AS PUBLISHED IN THE DEVOLVED NATIONS AND IN BILINGUAL
FORM, each with the traps such files really have: a Welsh-style child practice review printed in Welsh and English on
facing pages, a Scottish-style learning review numbered by part and paragraph behind a Gaelic title page and summary,
a Northern Ireland-style case management review in Word with its own section names and an Irish title and summary, a
Welsh board's review page with a language toggle whose hidden Welsh is in the markup, and a child practice review in
Markdown with the Welsh version after the English.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas, its standard fonts and its font folder: Arial and Times New Roman metric
Type 1 faces), lxml, python-docx, pdfplumber and markdown-it-py; no system fonts, no network. Every generator checks
its own key with pdfplumber/lxml/python-docx/markdown-it, never with the project's parser. The Welsh, Gaelic and Irish
are translations of the fictional English, made as well as the writer could (text.py); the Welsh of every paragraph
is its English sentence by sentence.

THE KEY HOLDS THE ENGLISH PARAGRAPHS ONLY. Where a file carries the report in Welsh as well, the Welsh paragraphs
carry the same numbers as the English ones; they are the report's translation, not more paragraphs of it, and none of
them is in the key (nor is any Gaelic or Irish text).

facing.pdf      a CHILD PRACTICE REVIEW printed in WELSH AND ENGLISH ON FACING PAGES, as a Welsh regional board
                publishes it: a bilingual cover (Welsh above English), then spreads, the WELSH ON EVERY LEFT-HAND
                (EVEN) PAGE and the English on the right-hand (odd) page facing it, each Welsh page holding the Welsh of
                just what its English page holds (a paragraph's Welsh broken where its English is); the SAME NUMBERS
                "1.1" hanging on both pages of a spread, the Welsh first; the Welsh Child Practice Review template's
                section names in both languages ("2.  Dysgu ymarferol a sefydliadol" / "2.  Practice and
                organisational learning"); running heads and folios in each page's language ("Tudalen 4" / "Page
                5"); an English paragraph that runs over a page GOES ON TWO PAGES LATER, past a Welsh page
learning.pdf    a Scottish-style LEARNING REVIEW for a child protection committee: a GAELIC TITLE PAGE first
                ("Ath-sgr\u00f9dadh Ionnsachaidh"), then the English title page, a GAELIC SUMMARY
                ("Ge\u00e0rr-chunntas") and the English summary, set in the body's own face and size, citing
                "(paragrafan 4.1 gu 4.3)" / "(paragraphs 4.1 to 4.3)"; the body NUMBERED BY PART AND PARAGRAPH ("3.2"
                is Part 3's second paragraph), every Part opening a new page under a band "P\u00e0irt 3 | Part 3" with
                its Gaelic title over its English one; Times, bold numbers hanging; paragraphs across pages
cmr.docx        a Northern Ireland-style CASE MANAGEMENT REVIEW in Word: its own section names ("Summary of Case",
                "Key Issues", "Learning for the System"), Word automatic numbering with the section headings "%1.0"
                ("2.0  Summary of Case") and the paragraphs "%1.%2"; a title page with the review's and the panel's
                names in IRISH (w:lang ga-IE) under the English, a "Summary" and its Irish "Achoimre"; a panel
                membership table after 1.3 and a CHRONOLOGY TABLE after 2.2 whose rows begin with dates "14.02.23"; a
                bilingual "OFFICIAL-SENSITIVE" header, a PAGE footer; explicit page breaks before sections 1 to 4
susr.html       a Welsh safeguarding board's page for a SINGLE UNIFIED SAFEGUARDING REVIEW summary, with a LANGUAGE
                TOGGLE ("Cymraeg | English" buttons and a script): BOTH LANGUAGES ARE IN THE MARKUP, the WELSH PANEL
                FIRST (<div class="lang-panel" lang="cy" aria-hidden="true">), hidden only by the page's CSS class
                rules, not by a hidden attribute, then the English panel (class "lang-panel is-active"); the same
                numbers in both ("<span class="para-num">1.1</span>"), headings "1. Introduction" / "1. Cyflwyniad";
                the site's bilingual header, breadcrumbs, downloads and footer
cpr.md          a CHILD PRACTICE REVIEW as Markdown (a bilingual Word file converted): the English report, then a
                rule and the WELSH VERSION AFTER IT IN THE SAME FILE with the same numbers ("1.1 Roedd ..."); the
                Welsh template's section names in each language, lines hard-wrapped at 72, each report's "Statement by
                Reviewer(s)" as a pipe table of statements ticked "\u2713"; a note pointing to the Welsh below

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2";
- what the bilingual carrier adds is no paragraph and no paragraph's text: the Welsh version of a paragraph (however
  placed: a facing page, a hidden panel, the second half of the file), Gaelic and Irish title pages and summaries,
  the English summary, covers, bands, running heads and folios in either language, toggles, tables and their
  captions; numbered headings ("2.0 Summary of Case", "3. What happened", "P\u00e0irt 3 | Part 3") are headings, not
  paragraphs;
- a paragraph goes on over a page break, and on a facing-page spread past the other language's page;
- pages: physical and 1-based for PDF (a paragraph's page is its first line's; covers, title pages, summaries and the
  Welsh pages count); DOCX pages are counted from explicit breaks: page = 1 + the page breaks (<w:br w:type="page"/>)
  before the paragraph (each page holds at most about 480 words). HTML and Markdown: null.
"""
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import Layout, hanging_rows, register_fonts, sw, wrap  # type: ignore
    from blindkit.flow import RowFlow  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry  # type: ignore
    from blindkit.markup import SECT_A4, hesc  # type: ignore
    from blindkit.pdfread import check_pdf_key, label_at, pdf_pages, words_of  # type: ignore
    from blindkit.wordread import word_numbers  # type: ignore

    _text = _harness.load(__file__, "blind57_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, hanging_rows, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.markup import SECT_A4, hesc
    from ..blindkit.pdfread import check_pdf_key, label_at, pdf_pages, words_of
    from ..blindkit.wordread import word_numbers
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
W_NS, XML_HEAD, WP_NS = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
TR, TB, TI = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT", "TimesNewRomanPS-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____", TR: "_er_____", TB: "_eb_____", TI: "_ei_____"}
GREY, BLACK, WHITE = (0.4, 0.4, 0.4), (0, 0, 0), (1, 1, 1)
RED_DRAGON, TEAL, NAVY = (0.78, 0.06, 0.18), (0.0, 0.42, 0.45), (0.09, 0.16, 0.33)
PALE = (0.88, 0.93, 0.93)


class PdfKey:
    """What a PDF generator records for its key: entries, texts, last pages, label positions."""

    def __init__(self):
        self.result, self.texts, self.ends, self.labels = [], [], [], []

    def add(self, label, t, placed, x):
        self.result.append(entry(label, placed[0][0], t))
        self.texts.append(t)
        self.ends.append(placed[-1][0])
        self.labels.append((placed[0][0], x, placed[0][1]))


def heading_row(fl, x, s, font, size, before, lead_after, rgb=BLACK):
    """A heading kept with room for two lines after it; returns its page."""
    fl.place([(before, size + 8, [(x, s, font, size, rgb, 0.0)]), (0.0, lead_after, [(x, "", font, 10, BLACK, 0.0)]),
              (0.0, lead_after, [(x, "", font, 10, BLACK, 0.0)])], keep=3)
    fl.lay.pages[-1].pop()
    fl.lay.pages[-1].pop()
    fl.cur += 2 * lead_after
    return fl.lay.n


def cp1252(name, s):
    """Everything a PDF sets is in the Type 1 faces' Windows-1252 (no "\u0175", no "\u0177")."""
    try:
        s.encode("cp1252")
    except UnicodeEncodeError as e:
        raise AssertionError(f"{name}: {s[e.start:e.end]!r} cannot be set") from e


# --------------------------------------------------------------------------
# 1. facing.pdf: a child practice review in Welsh and English on facing pages
# --------------------------------------------------------------------------
FA_PLAN = [[90, 100, 85, 95], [110, 120, 100, 115, 105], [95, 100, 90, 85, 80]]
FA_L, FA_NUM, FA_X, FA_R = 72.0, 72.0, 104.0, 523.0
FA_TOP, FA_EN_BOT, FA_CY_BOT = 760.0, 120.0, 64.0
FA_SIZE, FA_LEAD, FA_CY_SIZE, FA_CY_LEAD = 10.5, 14.5, 10.0, 13.8


def fa_cover():
    lay = Layout()
    lay.new_page()
    lay.rect(0, 700, 595.28, 141.89, RED_DRAGON)
    y = 790
    for lang, rgb in ((0, WHITE), (1, WHITE)):
        lay.text(FA_L, y, _text.FA_BOARD[lang], AB if lang == 0 else A, 11, rgb)
        y -= 18
    y = 640
    for lang in (0, 1):
        lay.text(FA_L, y, _text.FA_TITLE[lang], AB, 26, RED_DRAGON if lang == 0 else NAVY)
        y -= 30
        for ln in wrap(_text.FA_REF[lang].split(), FA_R - FA_L, lambda z: sw(z, A, 13)):
            lay.text(FA_L, y, " ".join(ln), A, 13)
            y -= 17
        y -= 10
        for ln in wrap(_text.FA_COVER[lang].split(), FA_R - FA_L, lambda z: sw(z, AI, 10)):
            lay.text(FA_L, y, " ".join(ln), AI, 10, GREY)
            y -= 13
        y -= 40
    for lang in (0, 1):
        for ln in wrap(_text.FA_FICT[lang].split(), FA_R - FA_L, lambda z: sw(z, AI, 9)):
            lay.text(FA_L, y, " ".join(ln), AI, 9, GREY)
            y -= 12
        y -= 6
    return lay


def fa_welsh_page(lay, items):
    """One Welsh page: its headings and pieces of paragraphs from the top; returns the Welsh labels' positions."""
    lay.new_page()
    y, labels = FA_TOP, []

    def meas(z):
        return sw(z, A, FA_CY_SIZE)
    for it in items:
        if it[0] == "head":
            g = 14.0 if y < FA_TOP else 0.0
            lay.text(FA_L, y - g - 20 * 0.78, it[1], AB, 12, RED_DRAGON)
            y -= g + 20
            continue
        _, label, words = it
        for li, ln in enumerate(wrap(words, FA_R - FA_X, meas)):
            g = 8.0 if (li == 0 and label and y < FA_TOP) else 0.0
            base = y - g - FA_CY_LEAD * 0.78
            if li == 0 and label:
                lay.text(FA_NUM, base, label, AB, FA_CY_SIZE)
                labels.append((label, lay.n, base))
            lay.text(FA_X, base, " ".join(ln), A, FA_CY_SIZE)
            y -= g + FA_CY_LEAD
    if y < FA_CY_BOT:
        raise AssertionError(f"facing.pdf: a Welsh page overflows ({y:.0f})")
    return labels


def make_facing(out, pm):
    path = out / "facing.pdf"
    en = Layout()
    fl = RowFlow(en, FA_TOP, FA_EN_BOT, lambda pg: FA_TOP)
    fl.page()
    spread, k, cy_texts = {}, PdfKey(), {}

    def meas(z):
        return sw(z, A, FA_SIZE)
    for s, items in enumerate(FA_PLAN, 1):
        cy_head, en_head = _text.FA_TITLES[s - 1]
        pg = heading_row(fl, FA_L, f"{s}.  {en_head}", AB, 12, 14.0, FA_LEAD, NAVY)
        spread.setdefault(pg, []).append(("head", f"{s}.  {cy_head}"))
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "child")
            cy = _text.welsh(t)
            cp1252("facing.pdf", t + cy)
            cy_texts[label] = cy
            rows = hanging_rows(label, t, FA_NUM, FA_X, FA_R, A, FA_SIZE, FA_LEAD, 8.0, meas, num_font=AB)
            placed = fl.place(rows, keep=2)
            per = {}
            for (p, _y), ln in zip(placed, wrap(t.split(), FA_R - FA_X, meas), strict=True):
                per[p] = per.get(p, 0) + len(ln)
            cw, n_en, done, cut0 = cy.split(), len(t.split()), 0, 0
            for i, p in enumerate(sorted(per)):
                done += per[p]
                cut = len(cw) if done == n_en else round(len(cw) * done / n_en)
                spread.setdefault(p, []).append(("para", label if i == 0 else None, cw[cut0:cut]))
                cut0 = cut
            k.add(label, t, [(2 * p + 1, y) for p, y in placed], FA_NUM)
    cy = Layout()
    cy_labels = []
    for p in range(1, en.n + 1):
        cy_labels += [(lb, 2 * p, y) for lb, _pg, y in fa_welsh_page(cy, spread.get(p, []))]
    lay = Layout()
    lay.pages = fa_cover().pages
    for p in range(en.n):
        lay.pages += [cy.pages[p], en.pages[p]]
    for pg in range(2, lay.n + 1):
        lang = 0 if pg % 2 == 0 else 1
        run, folio = _text.FA_RUN[lang], _text.FA_FOLIO[lang].format(pg)
        if lang == 0:
            lay.text(FA_L, 800, run, A, 8.5, GREY, page=pg)
            lay.text(FA_L, 40, folio, A, 9, BLACK, page=pg)
        else:
            lay.text(FA_R - sw(run, A, 8.5), 800, run, A, 8.5, GREY, page=pg)
            lay.text(FA_R - sw(folio, A, 9), 40, folio, A, 9, BLACK, page=pg)
        lay.line(FA_L, 794, FA_R, 794, 0.6, RED_DRAGON if lang == 0 else NAVY, page=pg)
    lay.render(path, {"Title": "Adolygiad Ymarfer Plant | Child Practice Review BTRSB 2/2024", "Author": "Bro Tegid "
                      "Regional Safeguarding Board (FICTIONAL)", "Creator": "Desktop publishing (FICTIONAL)",
                      "Subject": FICT})
    check_lengths(path.name, k.texts)
    check_count(path.name, k.result, 12, 25)
    # read back with pdfplumber: each English label where it was drawn on its odd page, its text whole across its
    # English pages (every other page); each Welsh label on the even page before, the Welsh whole likewise
    pages = pdf_pages(path)
    en_w = [words_of(p, lambda c: abs(c["size"] - FA_SIZE) < 0.01) for p in pages]
    cy_w = [words_of(p, lambda c: abs(c["size"] - FA_CY_SIZE) < 0.01) for p in pages]
    for d, t, endp, (pg, x, y) in zip(k.result, k.texts, k.ends, k.labels, strict=True):
        label_at(pages[pg - 1], x, y, d["label"], path.name)
        if pg % 2 == 0 or not contains_seq(en_w[pg - 1], norm(d["starts_with"])):
            raise AssertionError(f"facing.pdf: start of {d['label']}")
        run = [w for q in range(pg, endp + 1, 2) for w in en_w[q - 1]]
        if not contains_seq(run, norm(t)) or not contains_seq(en_w[endp - 1] if endp == pg else en_w[endp - 3][-12:]
                                                              + en_w[endp - 1], norm(d["ends_with"])):
            raise AssertionError(f"facing.pdf: text of {d['label']}")
    for lb, pg, y in cy_labels:
        label_at(pages[pg - 1], FA_NUM, y, lb, path.name)
        d = k.result[[e["label"] for e in k.result].index(lb)]
        endp = k.ends[[e["label"] for e in k.result].index(lb)]
        run = [w for q in range(pg, endp, 2) for w in cy_w[q - 1]]
        if not contains_seq(run, norm(cy_texts[lb])) or d["page"] != pg + 1:
            raise AssertionError(f"facing.pdf: Welsh of {lb}")
    if [lb for lb, _, _ in cy_labels] != [d["label"] for d in k.result]:
        raise AssertionError("facing.pdf: Welsh labels")
    cross = check_crossings(path.name, k.result, k.ends)
    if any(e != d["page"] + 2 for d, e in zip(k.result, k.ends, strict=True) if d["label"] in cross):
        raise AssertionError("facing.pdf: a paragraph goes on elsewhere than two pages later")
    return {
        "note": ("A Welsh-style CHILD PRACTICE REVIEW printed in WELSH AND ENGLISH ON FACING PAGES: page 1 a "
                 "bilingual cover (Welsh above English: board, 'Adolygiad Ymarfer Plant' / 'Child Practice Review', "
                 "reference, a note that the Welsh is on the left-hand pages), then " + str(en.n) + " spreads, the "
                 "WELSH ON EVERY EVEN (LEFT-HAND) PAGE and the English on the odd page facing it, each Welsh page "
                 "holding the Welsh of just what its English page holds (a paragraph's Welsh broken where its "
                 "English is); the SAME NUMBERS hanging on both pages of a spread, the Welsh first; the Welsh CPR "
                 "template's section names in each language ('2.  Dysgu ymarferol a sefydliadol' / '2.  Practice "
                 "and organisational learning'); running heads and folios in each page's language ('Tudalen 4' / "
                 "'Page 5'). THE KEY HOLDS THE ENGLISH PARAGRAPHS ONLY: the Welsh is their translation. English "
                 "paragraphs that run over a page go on TWO PAGES LATER, past a Welsh page (" + ", ".join(cross)
                 + "). Pages are physical (the cover and the Welsh pages count)."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 2. learning.pdf: a Scottish-style learning review behind a Gaelic title page and summary
# --------------------------------------------------------------------------
LR_PLAN = [[70, 80], [95, 105, 100], [115, 120, 110, 115, 105, 110], [105, 125, 120, 110, 100, 120], [85, 90]]
LR_L, LR_NUM, LR_X, LR_R = 72.0, 72.0, 108.0, 523.0
LR_TOP, LR_BOT, LR_SIZE, LR_LEAD = 770.0, 80.0, 11.0, 15.0
LR_FRONT = 4  # Gaelic title page, English title page, Gaelic summary, English summary


def lr_front(lay):
    def title_page(lines, body, notes, rgb):
        lay.new_page()
        lay.rect(0, 0, 60, 841.89, rgb)
        y = 600
        for ln in lines:
            lay.text(LR_L + 20, y, ln, TB, 32, rgb)
            y -= 40
        lay.text(LR_L + 20, y - 10, body, TR, 14)
        y -= 60
        for s in notes:
            for ln in wrap(s.split(), LR_R - LR_L - 20, lambda z: sw(z, TI, 10.5)):
                lay.text(LR_L + 20, y, " ".join(ln), TI, 10.5, GREY)
                y -= 14
            y -= 6

    title_page(_text.LR_GD_TITLE, _text.LR_GD_BODY, [_text.LR_GD_NOTE], TEAL)
    title_page(_text.LR_TITLE, _text.LR_BODY, ["Final report, approved 27 February 2025.", f"{FICT}. {INVENTED}",
                                               _text.LR_NOTE], NAVY)
    for head, paras in ((_text.LR_GD_SUMMARY_HEAD, _text.LR_GD_SUMMARY), (_text.LR_SUMMARY_HEAD, _text.LR_SUMMARY)):
        lay.new_page()
        lay.text(LR_L, LR_TOP - 20, head, TB, 18, TEAL)
        y = LR_TOP - 50
        for s in paras:
            for ln in wrap(s.split(), LR_R - LR_L, lambda z: sw(z, TR, LR_SIZE)):
                lay.text(LR_L, y, " ".join(ln), TR, LR_SIZE)
                y -= LR_LEAD
            y -= 9


def make_learning(out, pm):
    path = out / "learning.pdf"
    lay = Layout()
    lr_front(lay)
    fl = RowFlow(lay, LR_TOP, LR_BOT, lambda pg: LR_TOP)
    k = PdfKey()

    def meas(z):
        return sw(z, TR, LR_SIZE)
    for s, items in enumerate(LR_PLAN, 1):
        gd, en = _text.LR_PARTS[s - 1]
        fl.page()
        band = f"P\u00e0irt {s}  |  Part {s}"
        lay.rect(LR_L - 6, LR_TOP - 26, LR_R - LR_L + 12, 24, TEAL)
        lay.text(LR_L, LR_TOP - 19, band, TB, 12, WHITE)
        lay.text(LR_L, LR_TOP - 48, gd, TI, 13, GREY)
        lay.text(LR_L, LR_TOP - 70, en, TB, 17, NAVY)
        fl.cur = LR_TOP - 88
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "child")
            rows = hanging_rows(label, t, LR_NUM, LR_X, LR_R, TR, LR_SIZE, LR_LEAD, 9.0, meas, num_font=TB)
            k.add(label, t, fl.place(rows, keep=2), LR_NUM)
    for pg in range(LR_FRONT + 1, lay.n + 1):
        lay.text(LR_L, 800, _text.LR_RUN, TI, 9, GREY, page=pg)
        lay.line(LR_L, 795, LR_R, 795, 0.4, TEAL, page=pg)
        lay.text((LR_L + LR_R - sw(str(pg), TR, 10)) / 2, 40, str(pg), TR, 10, BLACK, page=pg)
    for s in [*_text.LR_GD_SUMMARY, *_text.LR_GD_TITLE, _text.LR_GD_BODY, *[p[0] for p in _text.LR_PARTS]]:
        cp1252(path.name, s)
    lay.render(path, {"Title": "Learning Review: Child R", "Author": "Glenfrioch Child Protection Committee "
                      "(FICTIONAL)", "Creator": "Word processor (FICTIONAL)", "Subject": FICT})
    check_lengths(path.name, k.texts)
    check_count(path.name, k.result, 12, 25)
    pages = pdf_pages(path)

    def body(c):
        return abs(c["size"] - LR_SIZE) < 0.01 and "Italic" not in c["fontname"]

    check_pdf_key(path.name, pages, k.result, k.ends, k.labels, body)
    cross = check_crossings(path.name, k.result, k.ends)
    whole = [w for p in pages[LR_FRONT:] for w in words_of(p, body)]
    if not all(contains_seq(whole, norm(f"{d['label']} {t}")) for d, t in zip(k.result, k.texts, strict=True)):
        raise AssertionError("learning.pdf: a paragraph not read back whole")
    front = [" ".join(words_of(p)) for p in pages[:LR_FRONT]]
    if "ge\u00e0rr" not in front[2] or "paragrafan 4 1 gu 4 3" not in front[2] or "paragraphs 4 1 to 4 3" not in \
            front[3] or "ath sgr\u00f9dadh" not in front[0]:
        raise AssertionError(f"learning.pdf: front matter {front[0][:60]} / {front[2][:60]}")
    return {
        "note": ("A Scottish-style LEARNING REVIEW for a child protection committee: page 1 a GAELIC TITLE PAGE "
                 "('Ath-sgr\u00f9dadh Ionnsachaidh', 'Leanabh R', the committee's Gaelic name), page 2 the English "
                 "title page (with 'Paragraphs are numbered by Part and paragraph: 3.2 is the second paragraph of "
                 "Part 3.'), page 3 a GAELIC SUMMARY ('Ge\u00e0rr-chunntas') and page 4 the English summary, both "
                 "set in the body's own face and size and citing '(paragrafan 4.1 gu 4.3)' / '(paragraphs 4.1 to "
                 "4.3)'; then the body NUMBERED BY PART AND PARAGRAPH, every Part opening a new page under a teal "
                 "band 'P\u00e0irt 3  |  Part 3' with its Gaelic title (italic, grey) over its English one; Times, "
                 "bold numbers hanging; a running head 'Ath-sgr\u00f9dadh Ionnsachaidh | Learning Review \u2013 "
                 "Child R'. Title pages, summaries in either language, bands and part titles are no paragraphs. "
                 "Paragraphs run over pages (" + ", ".join(cross) + "). Pages are physical (the four front pages "
                 "count)."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 3. cmr.docx: a Northern Ireland-style case management review in Word
# --------------------------------------------------------------------------
CM_PLAN = [[70, 80, 75], [90, 100, 95, 85], [110, 100, 105], [95, 90, 100], [70, 75]]
CM_BREAK_BEFORE = {1, 2, 3, 4}
CM_TABLE_AFTER = {"1.3": ("Table 1: Case Management Review Panel membership", _text.CM_PANEL, [3400, 5626]),
                  "2.2": ("Table 2: Summary chronology (dates as dd.mm.yy)", _text.CM_CHRONO, [1300, 2000, 5726])}
CM_STYLES = _b36.styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color '
    'w:val="00594F"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr>'
    '<w:i/><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority '
    'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top '
    'w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" '
    'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'))
CM_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}><w:abstractNum w:abstractNumId="0"><w:nsid w:val="2B9E1C47"/><w:multiLevelType '
    'w:val="multilevel"/><w:tmpl w:val="0809001F"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.0"/><w:lvlJc '
    'w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc '
    'w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
CM_BORDERS = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" '
              'w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" '
              'w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '</w:tblBorders>')
GA = '<w:lang w:val="ga-IE"/>'


def cm_table(rows, widths):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for i, row in enumerate(rows):
        rpr = "<w:b/>" if i == 0 else ""
        shd = '<w:shd w:val="clear" w:color="auto" w:fill="D9EAE7"/>' if i == 0 else ""
        tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{shd}</w:tcPr>{_b36.wp(_b36.wr(c, rpr))}</w:tc>'
                      for w, c in zip(widths, row, strict=True))
        trs.append(f"<w:tr>{tcs}</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{CM_BORDERS}<w:tblLook w:val="04A0"/>'
            f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')


def make_cmr(out, pm):
    path = out / "cmr.docx"
    wp, wr = _b36.wp, _b36.wr
    num = '<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="1"/></w:numPr>'
    body = [wp(wr(_text.CM_TITLE), "Title"), wp(wr(_text.CM_GA_TITLE, "<w:i/>" + GA)),
            wp(wr(_text.CM_CHILD, "<w:b/><w:sz w:val=\"32\"/>")), wp(wr(_text.CM_BOARD, "<w:b/>")),
            wp(wr(_text.CM_GA_BOARD, "<w:i/>" + GA)), wp(wr(f"{FICT}. {INVENTED}", "<w:i/>")),
            wp(wr(_text.CM_FICT_GA, "<w:i/>" + GA)),
            wp(wr(_text.CM_SUM_HEAD, "<w:b/>")), wp(wr(_text.CM_SUM)),
            wp(wr(_text.CM_ACH_HEAD, "<w:b/>" + GA)), wp(wr(_text.CM_ACH, GA))]
    result, texts, words, page = [], [], {1: 90}, 1
    for s, items in enumerate(CM_PLAN, 1):
        if s in CM_BREAK_BEFORE:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            page += 1
            words[page] = 0
        body.append(wp(wr(_text.CM_SECTIONS[s - 1]), "Heading1", num.format(0)))
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "child")
            texts.append(t)
            result.append(entry(label, page, t))
            words[page] += len(t.split())
            body.append(wp(wr(t), None, num.format(1) + '<w:spacing w:after="120"/><w:jc w:val="both"/>'))
            if label in CM_TABLE_AFTER:
                cap, rows, widths = CM_TABLE_AFTER[label]
                body.append(wp(wr(cap), "Caption"))
                body.append(cm_table(rows, widths))
                body.append(wp(""))
                words[page] += 8 * len(rows)
    body.append(wp(wr("End of report.", "<w:i/>")))
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    _b36.docx_package(path, doc, CM_STYLES, CM_NUMBERING, _text.CM_HEADER, f"{_text.CM_TITLE}: {_text.CM_CHILD}",
                      "Drumlough Safeguarding Panel (FICTIONAL)", page, sum(len(t.split()) for t in texts),
                      (2025, 2, 18, 11, 40, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if max(words.values()) > 480:
        raise AssertionError(f"cmr.docx: words per page {words}")
    # read back with lxml: Word's numbers from numbering.xml ("1.0" the headings), page = 1 + the page breaks before;
    # then python-docx for the tables' first cells and the Irish runs
    import zipfile

    import docx
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    got, heads, pg = [], [], 1
    for p, s in word_numbers(z.read("word/numbering.xml").decode("utf-8"), root):
        if p.find(f".//{{{W_NS}}}br[@{{{W_NS}}}type='page']") is not None:
            pg += 1
        if s is None:
            continue
        (heads if s.endswith(".0") else got).append(s if s.endswith(".0") else [s, pg, "".join(p.itertext())])
    if heads != [f"{s}.0" for s in range(1, len(CM_PLAN) + 1)] or \
            got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"cmr.docx: read back {heads}, {[g[:2] for g in got]}")
    d = docx.Document(str(path))
    dates = [r.cells[0].text for r in d.tables[1].rows[1:]]
    w = f"{{{W_NS}}}"
    irish = [p.text for p in d.paragraphs if p._p.find(f".//{w}lang") is not None
             and p._p.find(f".//{w}lang").get(f"{w}val") == "ga-IE"]
    if not all(re.fullmatch(r"\d\d\.\d\d\.\d\d", x) for x in dates) or len(irish) != 5:
        raise AssertionError(f"cmr.docx: {dates}, {irish}")
    return {
        "note": ("A Northern Ireland-style CASE MANAGEMENT REVIEW in Word: a title page with the review's and the "
                 "panel's names in English and, under each, in IRISH (runs tagged w:lang ga-IE: '"
                 + _text.CM_GA_TITLE + "', '" + _text.CM_GA_BOARD + "'), a 'Summary' and its Irish 'Achoimre'; its "
                 "own section names ('" + "', '".join(_text.CM_SECTIONS) + "'); Word automatic numbering, one list "
                 "whose section headings are '%1.0' ('2.0  Summary of Case') and paragraphs '%1.%2'; a caption and a "
                 "panel membership table after 1.3, a caption and a CHRONOLOGY TABLE after 2.2 whose rows begin with "
                 "dates ('14.02.23', '03.05.23', ...); a bilingual header '" + _text.CM_HEADER + "', a PAGE footer; "
                 "explicit page breaks before sections " + ", ".join(map(str, sorted(CM_BREAK_BEFORE))) + ". "
                 "Headings, the title page in either language, the summaries, captions and tables are no "
                 "paragraphs. page = 1 + the page breaks (w:br page) before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. susr.html: a Welsh board's review page with a language toggle, the hidden Welsh in the markup
# --------------------------------------------------------------------------
SU_PLAN = [[60, 70], [75, 80, 70], [90, 85, 95], [80, 90, 75], [70, 65]]
SU_CSS = (".lang-panel{display:none}.lang-panel.is-active{display:block}.para-num{font-weight:700;"
          "margin-right:.5em}.lang-switch button[aria-pressed=true]{text-decoration:underline}")
SU_JS = ("document.querySelectorAll('.lang-switch button').forEach(function(b){b.addEventListener('click',"
         "function(){document.querySelectorAll('.lang-panel').forEach(function(p){var on=p.lang===b.dataset.lang;"
         "p.classList.toggle('is-active',on);p.setAttribute('aria-hidden',on?'false':'true');});"
         "document.querySelectorAll('.lang-switch button').forEach(function(x){x.setAttribute('aria-pressed',"
         "x===b?'true':'false');});document.documentElement.lang=b.dataset.lang==='cy'?'cy-GB':'en-GB';});});")


def su_panel(lang, paras):
    """One language's panel: its h1, headings "1. Introduction" and paragraphs "<span class="para-num">1.1</span>"."""
    i = 0 if lang == "cy" else 1
    out = [f'<div class="lang-panel{"" if lang == "cy" else " is-active"}" lang="{lang}" id="panel-{lang}" '
           f'aria-hidden="{"true" if lang == "cy" else "false"}">', f"<h1>{hesc(_text.SU_TITLE[i])}</h1>",
           f'<p class="meta"><em>{hesc(_text.SU_FICT[i])}</em> {"Cyhoeddwyd" if lang == "cy" else "Published"}: '
           "12.03.2025</p>"]
    s_prev = None
    for label, t in paras:
        s = int(label.split(".")[0])
        if s != s_prev:
            out.append(f"<h2>{s}. {hesc(_text.SU_TITLES[s - 1][i])}</h2>")
            s_prev = s
        out.append(f'<p class="para"><span class="para-num">{label}</span> {hesc(t)}</p>')
    out.append("</div>")
    return "\n".join(out)


def make_susr(out, pm):
    path = out / "susr.html"
    result, texts, cy = [], [], []
    for s, items in enumerate(SU_PLAN, 1):
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "child")
            texts.append(t)
            result.append(entry(label, None, t))
            cy.append((label, _text.welsh(t)))
    en = list(zip([d["label"] for d in result], texts, strict=True))
    html = (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{hesc(_text.SU_TITLE[1])} | {hesc(_text.SU_SITE[1])}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="alternate" hreflang="cy" href="https://dyffryneithin.example/cy/adolygiadau/plentyn-m">\n'
        f"<style>{SU_CSS}</style>\n</head>\n<body>\n"
        '<a class="skip" href="#main">Neidio i\u2019r prif gynnwys | Skip to main content</a>\n'
        f'<header class="site-header"><a href="/" class="logo">{hesc(_text.SU_SITE[0])} | {hesc(_text.SU_SITE[1])}'
        '</a>\n<nav class="lang-switch" aria-label="Iaith | Language"><button type="button" data-lang="cy" '
        'aria-pressed="false">Cymraeg</button> <button type="button" data-lang="en" aria-pressed="true">English'
        "</button></nav>\n<nav class=\"primary\"><ul><li><a href=\"/reviews\">Reviews | Adolygiadau</a></li><li><a "
        'href="/training">Training | Hyfforddiant</a></li><li><a href="/report">Report a concern | Rhoi gwybod am '
        "bryder</a></li></ul></nav></header>\n"
        '<nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/reviews">Reviews</a> &gt; Child M</nav>\n'
        f'<main id="main">\n{su_panel("cy", cy)}\n{su_panel("en", en)}\n'
        '<aside class="downloads"><h2>Lawrlwythiadau | Downloads</h2><ul><li><a href="/files/susr-plentyn-m-cy.pdf">'
        "Adroddiad llawn (PDF, Cymraeg)</a></li><li><a href=\"/files/susr-child-m-en.pdf\">Full report (PDF, "
        "English)</a></li></ul></aside>\n</main>\n"
        f"<footer><p>{hesc(_text.SU_SITE[0])} | {hesc(_text.SU_SITE[1])}. <a href=\"/hygyrchedd\">Hygyrchedd | "
        "Accessibility</a> <a href=\"/preifatrwydd\">Preifatrwydd | Privacy</a></p></footer>\n"
        f"<script>{SU_JS}</script>\n</body>\n</html>\n")
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: each panel's numbered <p>s; the Welsh panel first, hidden by class only, with the same
    # numbers in the same order; the English panel's are the key
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    panels = root.find_class("lang-panel")

    def read(panel):
        return [[p.find("span").text, " ".join(p.text_content().split()[1:])] for p in panel.findall("p")
                if p.get("class") == "para"]
    if [p.get("lang") for p in panels] != ["cy", "en"] or any(p.get("hidden") is not None for p in panels) \
            or "is-active" in panels[0].get("class") or read(panels[1]) != [list(x) for x in en] \
            or [x[0] for x in read(panels[0])] != [d["label"] for d in result] \
            or read(panels[0]) != [[lb, " ".join(t.split())] for lb, t in cy]:
        raise AssertionError("susr.html: panels")
    return {
        "note": ("A Welsh safeguarding board's page for a SINGLE UNIFIED SAFEGUARDING REVIEW summary with a LANGUAGE "
                 "TOGGLE ('Cymraeg' / 'English' buttons and a script that swaps the panels): BOTH LANGUAGES ARE IN "
                 "THE MARKUP, THE WELSH PANEL FIRST (<div class=\"lang-panel\" lang=\"cy\" aria-hidden=\"true\">), "
                 "hidden only by the page's CSS rules (.lang-panel{display:none}), not by a hidden attribute, then "
                 "the English panel (class \"lang-panel is-active\"); each panel its own <h1>, headings '1. "
                 "Cyflwyniad' / '1. Introduction' and paragraphs <p class=\"para\"><span class=\"para-num\">1.1"
                 "</span> ...</p> with THE SAME NUMBERS in both; a bilingual skip link, header, navigation, "
                 "breadcrumbs, downloads and footer. THE KEY HOLDS THE ENGLISH PARAGRAPHS ONLY: the Welsh panel is "
                 "their translation. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. cpr.md: a child practice review in Markdown, the Welsh version after the English
# --------------------------------------------------------------------------
MD_PLAN = [[70, 80, 75, 65], [90, 100, 95, 85, 90], [80, 75, 70, 65]]
MD_WIDTH = 72


def md_wrap(s):
    return "\n".join(" ".join(ln) for ln in wrap(s.split(), MD_WIDTH, len))


def md_statement(head, lines):
    rows = [f"| {head} | |", "|---|:-:|", f"| {lines[0]} | |", *[f"| {x} | \u2713 |" for x in lines[1:]]]
    return "\n".join(rows)


def make_cpr(out, pm):
    path = out / "cpr.md"
    result, texts, cy = [], [], []
    en_blocks = [f"# {_text.MD_TITLE[1]}", f"**{_text.MD_BOARD[1]}** \u00b7 {_text.MD_REF}",
                 f"*{FICT}. {INVENTED}*",
                 "> Mae\u2019r adroddiad hwn ar gael yn Gymraeg isod. This report is available in Welsh below: "
                 "[Cymraeg](#cymraeg)"]
    for s, items in enumerate(MD_PLAN, 1):
        en_blocks.append(f"## {s}. {_text.MD_TITLES[s - 1][1]}")
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "child")
            texts.append(t)
            result.append(entry(label, None, t))
            cy.append((label, _text.welsh(t)))
            en_blocks.append(md_wrap(f"{label} {t}"))
    head, lines = _text.MD_STATEMENT[0]
    en_blocks += [f"## {head}", md_statement(head, lines)]
    cy_blocks = ["---", '<a id="cymraeg"></a>', f"# {_text.MD_TITLE[0]}", f"**{_text.MD_BOARD[0]}** \u00b7 "
                 f"{_text.MD_REF}", "*FFUGLENNOL \u2013 ar gyfer profi meddalwedd.*"]
    for label, t in cy:
        s = int(label.split(".")[0])
        if label.endswith(".1"):
            cy_blocks.append(f"## {s}. {_text.MD_TITLES[s - 1][0]}")
        cy_blocks.append(md_wrap(f"{label} {t}"))
    head, lines = _text.MD_STATEMENT[1]
    cy_blocks += [f"## {head}", md_statement(head, lines)]
    text = "\n\n".join(en_blocks + cy_blocks) + "\n"
    path.write_text(text, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with markdown-it (CommonMark with tables): the paragraphs that begin "1.1 " before the rule are the
    # key, those after it the Welsh with the same numbers; two tables, each with four ticks
    from markdown_it import MarkdownIt
    toks = MarkdownIt("commonmark").enable("table").parse(text)
    halves, cur = [[], []], 0
    for i, tk in enumerate(toks):
        if tk.type == "hr":
            cur = 1
        if tk.type == "paragraph_open" and toks[i + 1].children and (
                m := re.fullmatch(r"(\d\.\d+) (.+)", toks[i + 1].content.replace("\n", " "), re.S)):
            halves[cur].append([m.group(1), m.group(2)])
    ticks = sum(1 for tk in toks if tk.type == "inline" and tk.content == "\u2713")
    if halves[0] != [[d["label"], t] for d, t in zip(result, texts, strict=True)] or \
            halves[1] != [list(x) for x in cy] or ticks != 8 or sum(tk.type == "table_open" for tk in toks) != 2:
        raise AssertionError(f"cpr.md: read back {[h[0] for h in halves[0]]}, {ticks} ticks")
    return {
        "note": ("A Welsh-style CHILD PRACTICE REVIEW as Markdown (a bilingual Word file converted, lines "
                 "hard-wrapped at " + str(MD_WIDTH) + "): the English report first (title, board, reference, a "
                 "quoted note 'This report is available in Welsh below: [Cymraeg](#cymraeg)', the Welsh template's "
                 "section names '## 1. Brief outline of circumstances resulting in the Review', '## 2. Practice and "
                 "organisational learning', '## 3. Improving systems and practice', paragraphs opening '1.1 ', and "
                 "'Statement by Reviewer(s)' as a pipe table of statements ticked '\u2713'); then a rule, an anchor "
                 "and THE WELSH VERSION AFTER IT IN THE SAME FILE: '# Adroddiad Adolygiad Ymarfer Plant', the "
                 "section names in Welsh, the paragraphs in Welsh WITH THE SAME NUMBERS ('1.1 ...'), and the "
                 "'Datganiad gan yr Adolygydd/Adolygwyr' table. THE KEY HOLDS THE ENGLISH PARAGRAPHS ONLY: the "
                 "Welsh is their translation. Headings, notes and tables are no paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "facing.pdf": make_facing, "learning.pdf": make_learning, "cmr.docx": make_cmr, "susr.html": make_susr,
        "cpr.md": make_cpr})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind57-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
