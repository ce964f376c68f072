"""Blind fixture generator 64: five FICTIONAL documents in which A REVIEW IS QUOTED IN RESEARCH AND ACADEMIC
PUBLISHING: the review's own numbered paragraphs reproduced word for word, with their numbers, inside work that a
researcher or a student wrote about it, each with the traps such work really has: a journal article typeset from LaTeX
in two columns quoting a child safeguarding practice review, a journal's HTML article page rendered from JATS XML
quoting a safeguarding adults review, a PhD thesis chapter in Word quoting a domestic homicide review in block
quotations and in footnotes, a systematic review's data-extraction table (Word, landscape, exported to PDF) whose one
study with numbered paragraphs is a thematic review, and a preprint as an archive's "download as text" gives it,
quoting a local learning review.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder's Times New Roman and Arial metric Type 1 faces), lxml,
python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key with pdfplumber,
python-docx or lxml, or by reading the text back, never with the project's parser.

journal.pdf      a CSPR QUOTED IN A JOURNAL ARTICLE TYPESET FROM LaTeX IN TWO COLUMNS: page 1's title block, authors
                 with superscript affiliation marks, a full-width abstract between rules, keywords, the copyright band;
                 THE ARTICLE'S OWN NUMBERED SECTIONS ("2.1 Design and participants", "3.3 Supervision and the child's
                 voice", "4.2 Implications for practice": the review's shape, some the review's own numbers) in bold at
                 the column's edge; justified text (word spacing); numbered equations "(1)", "(2)" at the column's
                 right; Table 1 with decimal medians "6.5"; footnotes at the foot of their column, one opening
                 "4.2\u20134.4 are reproduced as published"; THE REVIEW'S PARAGRAPHS IN DISPLAYED QUOTATIONS in smaller
                 type, their numbers hanging at the quotation's indent, the long quotation of 4.2 to 4.4 RUNNING OVER
                 A COLUMN BREAK and 2.4 over a page break; the authors' prose carrying on after a quotation without
                 an indent; a line of prose that BEGINS "5.4 and 5.5, and had not found ..."; citations "[14]"; a
                 reference list [1] to [30] in small type; running heads and printed folios from 211
article.html     a SAR QUOTED IN A JOURNAL'S HTML ARTICLE PAGE RENDERED FROM JATS: the publisher's header, an article
                 header (authors with <sup> affiliation marks, affiliations "1 Department ...", dates), highlights, a
                 structured abstract, keywords; sections with ids and LABELS ("<span class=label>3.2</span>
                 Capacity"); the review's paragraphs in <blockquote class="disp-quote"> blocks, EITHER WITH THE
                 NUMBER IN A JATS <label> BEFORE THE TEXT'S <p> (the text without its number) OR TYPED AT THE START
                 OF EACH <p> (two paragraphs in one block), an attribution <footer> after the text (one "(emphasis
                 added)" with <em> in the paragraph), one inside a "Box 1" panel; a participant's words in a
                 disp-quote like them, opening "When I read 3.4 ..."; an author's <p> OPENING "5.4 and 5.5 were the
                 paragraphs ..."; reference links "[7]" with hidden tooltips of the full reference; Table 1 whose cells
                 hold "3.2, 3.4, 6.2"; a figure and its caption; notes whose second opens "3.2 and 3.4 were ...";
                 the numbered reference list; a "Cite this article" box; metrics and related articles
thesis.docx      a DHR QUOTED IN A PhD THESIS CHAPTER (Word): "Chapter 4" and THREE LEVELS OF HEADING NUMBERS ("4.1",
                 "4.1.1", "4.3.2") FROM A LIST LINKED TO THE HEADING STYLES, the candidate's double-spaced unnumbered
                 prose, a Word "(1)" list, "Table 4.1" whose cells hold the review's numbers; THE REVIEW'S
                 PARAGRAPHS in a "Block Quote" style typed "4.3<TAB>The ...", one or two to a quotation, AND
                 INTERVIEW EXTRACTS IN THE SAME STYLE WITHOUT A NUMBER; a paragraph of prose OPENING "6.1 and 6.2 of
                 the review were known ..." straight before those two paragraphs; Word FOOTNOTES (footnotes.xml): one
                 opening "5.3 is the paragraph ...", and TWO QUOTING A REVIEW PARAGRAPH IN FULL ("5.6", "6.8") after a
                 lead-in, each note's reference in the last paragraph before a page break, so the note is printed
                 after it at the foot of that page
extraction.pdf   a THEMATIC REVIEW'S PARAGRAPHS IN A SYSTEMATIC REVIEW'S DATA-EXTRACTION TABLE (Word, landscape A4,
                 exported to PDF): "Supplementary file 2" header, "S2-1" folios, a boxed key to the theme codes
                 that wraps so that a line begins with a code ("3.1 supervision;"); a six-column table with
                 horizontal rules only (Study ID | Review | Location | Extract (verbatim) | Theme code(s) |
                 Appraisal), its header row repeated, STUDY CELLS MERGED DOWN each study's rows; FOUR STUDIES, ONLY
                 S12 (the thematic review) WITH NUMBERED PARAGRAPHS ("3.4" in the Location column), the others
                 quoted by page ("p. 14", "pp. 8\u20139") in the same column before and after it; THEME CODES "2.1;
                 2.2" AS BARE DECIMALS in the column to the right of every extract, on its first line; appraisal
                 "CASP 9/10"; WORD SPLITS A ROW over a page break
preprint.txt     a LEARNING REVIEW QUOTED IN A PREPRINT AS THE ARCHIVE'S "DOWNLOAD AS TEXT" GIVES IT (layout kept):
                 the archive's banner, then every page a running head, LINE NUMBERS IN THE MARGIN RUNNING ON THROUGH
                 THE DOCUMENT (right-aligned, from 1 to 190-odd, before every printed line, blank lines
                 unnumbered), the text JUSTIFIED WITH EXTRA SPACES, words HYPHENATED at line ends ("prac-" /
                 "tice"), the page's folio alone on its last line and a form feed; the article's sections "2.1  The
                 review" as numbered lines; the review's paragraphs quoted indented with their numbers hanging ("  99
                 4.1   The ..." with the spaces kept), two quotations over page breaks; a prose line that BEGINS "4.1
                 and 4.4 ..."; Table 1 flattened to lines of words and figures; the reference list "1." to "18."

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- the label is the review's paragraph number as printed, without a trailing stop: "4.3", wherever the author put it
  (hanging in a displayed quotation, in a JATS label before the text, typed before the text, in a table's Location
  column);
- the key holds the review's own paragraphs only, in the order they appear, each once: what the authors and their
  tools added is no paragraph and no paragraph's text: the article's section, equation, table, figure, footnote and
  reference numbers, line numbers, folios, study IDs, theme codes, appraisal scores, page locations of other studies'
  extracts, the authors' prose before and after a quotation (even when it opens with a paragraph's number),
  participants' words, attributions, captions, tables of numbers, headers and footers;
- a review paragraph quoted in full in a thesis footnote is the review's paragraph: it is keyed where the note is
  printed, after the paragraph that holds its reference (the last before a page break), on that page;
- pages: physical and 1-based for PDF; DOCX pages are counted from explicit breaks: page = 1 + the page breaks (<w:br
  w:type="page"/>) before the paragraph. HTML and text: null.
"""
import itertools
import os
import pathlib
import random
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import A4, Layout, box_chars, register_fonts, sw, wrap  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry, sentences  # type: ignore
    from blindkit.markup import XML_HEAD, docx_content_types, hesc, xesc, zip_parts  # type: ignore
    from blindkit.pdfread import label_at, pdf_pages, words_of  # type: ignore
    from blindkit.wordml import W_NS, WNS, field, w_cell, wp, wr  # type: ignore

    _text = _harness.load(__file__, "blind64_text", "text.py")
else:
    from ..blindkit import harness as _harness
    from ..blindkit.draw import A4, Layout, box_chars, register_fonts, sw, wrap
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry, sentences
    from ..blindkit.markup import XML_HEAD, docx_content_types, hesc, xesc, zip_parts
    from ..blindkit.pdfread import label_at, pdf_pages, words_of
    from ..blindkit.wordml import W_NS, WNS, field, w_cell, wp, wr
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
A, AB, AI, ABI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT", "Arial-BoldItalicMT"
TR, TB, TI, TBI = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT", "TimesNewRomanPS-ItalicMT", \
    "TimesNewRomanPS-BoldItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____", ABI: "_abi____", TR: "_er_____", TB: "_eb_____",
            TI: "_ei_____", TBI: "_ebi____"}
NAVY, TEAL, GREY, BLACK, WHITE = (0.09, 0.16, 0.33), (0.0, 0.42, 0.45), (0.4, 0.4, 0.4), (0, 0, 0), (1, 1, 1)


def canvas_info(title, author, creator, producer):
    return {"Title": title, "Author": author, "Subject": FICT, "Creator": creator, "Producer": producer}


class Prose:
    """The researchers' own prose: each call takes the next sentences of a category (each category shuffled once per
    document with the document's seed) and fills "{cite}" with the document's citation style."""

    def __init__(self, seed, cite):
        self.rng = random.Random(seed)
        self.cite = cite
        self.queues = {}
        for cat, sents in _text.ACADEMIC.items():
            q = sents[:]
            self.rng.shuffle(q)
            self.queues[cat] = q
        self.at = dict.fromkeys(self.queues, 0)

    def para(self, spec):
        out = []
        for cat, n in spec:
            for _ in range(n):
                q = self.queues[cat]
                s = q[self.at[cat] % len(q)]
                self.at[cat] += 1
                out.append(s.replace("{cite}", self.cite()) if "{cite}" in s else s)
        return " ".join(out)


def numbered_cites(seed, n_refs, skip):
    """A citation maker for numbered references: "[7]", now and then "[3, 9]"; never the reference ``skip``."""
    rng = random.Random(seed)
    pool = [k for k in range(1, n_refs + 1) if k != skip]
    state = {"k": 0}

    def cite():
        state["k"] += 1
        a = rng.choice(pool)
        if state["k"] % 3 == 0:
            b = rng.choice([p for p in pool if p != a])
            return f"[{min(a, b)}, {max(a, b)}]"
        return f"[{a}]"
    return cite


def tx(lay, x, y, s, font, size, rgb=BLACK, page=None):
    """A line of text with its word spacing set to 0 (Tw is text state and lasts from one text object to the
    next, so after a justified line every line must set its own)."""
    lay.add(("J", x, y, s, font, size, rgb, 0.0), page)


def justified(words, width, font, size):
    """The word spacing (Tw) that sets ``words`` to ``width``."""
    if len(words) < 2:
        return 0.0
    return max(0.0, (width - sw(" ".join(words), font, size)) / (len(words) - 1))


# --------------------------------------------------------------------------
# 1. journal.pdf: a CSPR quoted in a journal article typeset from LaTeX in two columns
# --------------------------------------------------------------------------
JN_L, JN_R = 56.7, A4[0] - 56.7
JN_GUT = 17.0
JN_CW = (JN_R - JN_L - JN_GUT) / 2
JN_CX = [JN_L, JN_L + JN_CW + JN_GUT]
JN_TOP, JN_BOT, JN_P1_BOT = 772.0, 62.0, 104.0
JN_SIZE, JN_LEAD, JN_INDENT = 9.5, 11.6, 10.0
JN_QSIZE, JN_QLEAD, JN_QNUM, JN_QTEXT, JN_QRIGHT = 8.6, 10.4, 10.0, 28.0, 6.0
JN_FSIZE, JN_FLEAD = 7.4, 8.8
JN_RSIZE, JN_RLEAD = 7.6, 9.2


class ColFlow:
    """Rows poured down columns, column after column and page after page, with their drawing deferred so that a
    layout can be done again (footnote space is only known once a mark has been placed). ``regions(page)`` gives a
    page's columns [(x, top, bottom)]; ``reserve[(page, col)]`` lifts a column's bottom for its footnotes. A row is
    (gap before, leading, draw(page, x, baseline))."""

    def __init__(self, regions, reserve):
        self.regions, self.reserve = regions, reserve
        self.page, self.col = 1, 0
        self.cur = self.top()
        self.placed = []

    def top(self):
        return self.regions(self.page)[self.col][1]

    def bottom(self):
        return self.regions(self.page)[self.col][2] + self.reserve.get((self.page, self.col), 0.0)

    def x(self):
        return self.regions(self.page)[self.col][0]

    def next_col(self):
        self.col += 1
        if self.col >= len(self.regions(self.page)):
            self.page, self.col = self.page + 1, 0
        self.cur = self.top()

    def place(self, rows, keep=2):
        """Place rows; the first ``keep`` stay together, and the last never goes to a new column alone. Returns
        [(page, col, x, baseline)]."""
        head = rows[0][1] + sum(g + ld for g, ld, _ in rows[1:keep])
        g0 = 0.0 if self.cur == self.top() else rows[0][0]
        if self.cur - g0 - head < self.bottom() - 0.01:
            self.next_col()
        out, k = [], 0
        while k < len(rows):
            gap, lead, draw = rows[k]
            g = 0.0 if self.cur == self.top() else gap
            if self.cur - g - lead < self.bottom() - 0.01:
                if k == len(rows) - 1 and k >= 3 and out[-1][:2] == (self.page, self.col):
                    self.placed.pop()
                    out.pop()
                    k -= 1
                    gap, lead, draw = rows[k]
                self.next_col()
                g = 0.0
            base = self.cur - g - lead * 0.78
            self.placed.append((self.page, self.x(), base, draw))
            out.append((self.page, self.col, self.x(), base))
            self.cur -= g + lead
            k += 1
        return out


def jn_rows(text, width, font, size, lead, x_off=0.0, indent=0.0, gap=0.0, label=None, label_dx=0.0,
            label_font=None, justify=True, last_extra=None):
    """A paragraph's rows: justified lines at x_off (the first indented), the last set ragged; ``label`` drawn at
    label_dx on the first line; ``last_extra`` (text, font, size, rise) drawn after the last line (a footnote mark)."""
    lines = wrap(text.split(" "), width, lambda z: sw(z, font, size), width - indent)
    rows = []
    for k, ln in enumerate(lines):
        first, last = k == 0, k == len(lines) - 1
        w = width - (indent if first else 0.0)

        def draw(lay, pg, x, base, ln=ln, first=first, last=last, w=w):
            xx = x + x_off + (indent if first else 0.0)
            ws = 0.0 if (last or not justify) else justified(ln, w, font, size)
            s = " ".join(ln)
            lay.add(("J", xx, base, s, font, size, BLACK, ws), pg)
            if first and label:
                tx(lay, x + label_dx, base, label, label_font or font, size, BLACK, page=pg)
            if last and last_extra:
                t, f2, s2, rise = last_extra
                tx(lay, xx + sw(s, font, size) + 0.6, base + rise, t, f2, s2, BLACK, page=pg)
        rows.append((gap if first else 0.0, lead, draw))
    return rows, [" ".join(ln) for ln in lines]


def jn_wrapped(text, indent):
    """The prose whose line must begin "5.4 and 5.5": the first filler that wraps so."""
    for filler in _text.JN_WRAP_FILLERS:
        t = text.replace("{wrap} ", f"{filler} " if filler else "")
        lines = [" ".join(ln) for ln in wrap(t.split(" "), JN_CW, lambda z: sw(z, TR, JN_SIZE), JN_CW - indent)]
        if any(ln.startswith("5.4 and 5.5") for ln in lines[1:]):
            return t
    raise AssertionError("journal.pdf: no filler wraps a line to begin with 5.4")


def jn_first_page(lay):
    """Page 1 above the columns: journal line, title, authors, affiliations, dates, the abstract between rules and
    the keywords; the copyright band at the foot. Returns the columns' top."""
    W = A4[0]
    tx(lay, JN_L, 806, _text.JN_JOURNAL, TI, 8.5, GREY)
    tx(lay, JN_R - sw(_text.JN_ISSUE, TR, 8.5), 806, _text.JN_ISSUE, TR, 8.5, GREY)
    lay.line(JN_L, 800, JN_R, 800, 0.4, GREY)
    tx(lay, JN_L, 784, _text.JN_KIND, AB, 8, TEAL)
    y = 760
    for ln in _text.JN_TITLE:
        tx(lay, JN_L, y, ln, TB, 16, BLACK)
        y -= 19
    x, y = JN_L, y - 8
    for k, (name, mark) in enumerate(_text.JN_AUTHORS):
        if k:
            tx(lay, x, y, " and ", TR, 11, BLACK)
            x += sw(" and ", TR, 11)
        tx(lay, x, y, name, TR, 11, BLACK)
        x += sw(name, TR, 11)
        tx(lay, x + 0.5, y + 4.5, mark, TR, 7, BLACK)
        x += sw(mark, TR, 7) + 0.5
    y -= 15
    for mark, aff in _text.JN_AFFIL:
        tx(lay, JN_L, y + 3, mark, TR, 6, BLACK)
        tx(lay, JN_L + 5, y, aff, TI, 8, BLACK)
        y -= 10
    tx(lay, JN_L, y, _text.JN_CORR, TR, 8, BLACK)
    y -= 10
    tx(lay, JN_L, y, _text.JN_DATES, TR, 8, GREY)
    y -= 10
    lay.line(JN_L, y, JN_R, y, 0.6, BLACK)
    y -= 13
    tx(lay, JN_L, y, "Abstract", TB, 9, BLACK)
    y -= 10
    lines = wrap(_text.JN_ABSTRACT.split(" "), JN_R - JN_L, lambda z: sw(z, TR, 9))
    for k, ln in enumerate(lines):
        ws = 0.0 if k == len(lines) - 1 else justified(ln, JN_R - JN_L, TR, 9)
        lay.add(("J", JN_L, y, " ".join(ln), TR, 9, BLACK, ws))
        y -= 11
    y -= 3
    tx(lay, JN_L, y, "Keywords", TB, 8.5, BLACK)
    tx(lay, JN_L + sw("Keywords", TB, 8.5) + 5, y, _text.JN_KEYWORDS, TI, 8.5, BLACK)
    y -= 8
    lay.line(JN_L, y, JN_R, y, 0.6, BLACK)
    # the copyright band
    lay.line(JN_L, 84, JN_R, 84, 0.4, GREY)
    cl = wrap(_text.JN_COPYRIGHT.split(" "), JN_R - JN_L, lambda z: sw(z, TR, 7))
    for k, ln in enumerate(cl):
        tx(lay, JN_L, 74 - 8.5 * k, " ".join(ln), TR, 7, GREY)
    folio = str(_text.JN_FIRST_FOLIO)
    tx(lay, (W - sw(folio, TR, 8)) / 2, 40, folio, TR, 8, BLACK)
    return y - 14


def jn_running(lay, n):
    for k in range(2, n + 1):
        folio = str(_text.JN_FIRST_FOLIO + k - 1)
        if k % 2 == 0:
            tx(lay, JN_L, 790, folio, TR, 8, BLACK, page=k)
            tx(lay, JN_L + 24, 790, _text.JN_RUNNING[0], TR, 7.5, BLACK, page=k)
        else:
            tx(lay, JN_R - sw(folio, TR, 8), 790, folio, TR, 8, BLACK, page=k)
            s = _text.JN_RUNNING[1]
            tx(lay, JN_R - 24 - sw(s, TR, 7.5), 790, s, TR, 7.5, BLACK, page=k)
        lay.line(JN_L, 784, JN_R, 784, 0.4, BLACK, page=k)


def jn_table_rows():
    """Table 1 (booktabs: rules above and below the header and at the foot), set in the column."""
    size, lead = 8.2, 10.0
    xs = [0.0, JN_CW * 0.58, JN_CW * 0.74]
    rows = []

    def cap(lay, pg, x, base):
        tx(lay, x, base, _text.JN_TABLE_CAPTION, TR, 8.2, BLACK, page=pg)
        lay.line(x, base - 4, x + JN_CW, base - 4, 0.8, BLACK, page=pg)
    rows.append((8.0, 13.0, cap))
    for r, cells in enumerate(_text.JN_TABLE):
        def row(lay, pg, x, base, cells=cells, r=r):
            for c, s in enumerate(cells):
                font = TB if r == 0 else TR
                xx = x + xs[c] if c == 0 else x + xs[c] + 30 - sw(s, font, size)
                tx(lay, xx, base, s, font, size, BLACK, page=pg)
            if r == 0 or r == len(_text.JN_TABLE) - 2:
                lay.line(x, base - 3.5, x + JN_CW, base - 3.5, 0.5, BLACK, page=pg)
            if r == len(_text.JN_TABLE) - 1:
                lay.line(x, base - 3.5, x + JN_CW, base - 3.5, 0.8, BLACK, page=pg)
        rows.append((2.0 if r == 0 else 0.0, lead + (2.0 if r in (0, len(_text.JN_TABLE) - 1) else 0.0), row))

    def note(lay, pg, x, base):
        tx(lay, x, base, _text.JN_TABLE_NOTE, TR, 7.2, BLACK, page=pg)
    rows.append((1.0, 9.0, note))
    return rows


def jn_layout(pm_texts, prose_paras, reserve):
    """One pass of the article's layout; returns the flow, the quoted paragraphs' rows' places, the footnote marks'
    columns, section-heading places, equation places and the wrapped line's place."""
    lay = Layout(A4)
    lay.font = TR
    lay.new_page()
    col_top = jn_first_page(lay)

    def regions(pg):
        top, bot = (col_top, JN_P1_BOT) if pg == 1 else (JN_TOP, JN_BOT)
        return [(JN_CX[0], top, bot), (JN_CX[1], top, bot)]

    flow = ColFlow(regions, reserve)
    quoted, marks, heads, eqs, wrapped = {}, {}, [], [], None
    pending, after, pi = [], 0.0, 0
    noindent = True

    def put(rows, keep=2):
        nonlocal pending
        got = flow.place([r for _n, r in pending] + rows, len(pending) + keep)
        heads.extend((num, got[j]) for j, (num, _r) in enumerate(pending) if num)
        got = got[len(pending):]
        pending = []
        return got

    def heading(num, title, font, size, gap):
        def draw(lay_, pg, x, base):
            if num:
                tx(lay_, x, base, num, font, size, BLACK, page=pg)
            tx(lay_, x + (sw(num, font, size) + size if num else 0.0), base, title, font, size, BLACK, page=pg)
        pending.append((num, (gap, size + 4.0, draw)))

    body = _text.JN_BODY
    for i, item in enumerate(body):
        kind = item[0]
        nxt = body[i + 1] if i + 1 < len(body) else None
        mark = (nxt[1], TR, 6.0, 3.6) if nxt and nxt[0] == "fn" else None
        if kind in ("sec", "sub"):
            _, num, title = item
            font, size, gap = (TB, 10.5, 13.0) if kind == "sec" else (TBI, 9.5, 8.0)
            heading(num, title, font, size, gap + after)
            after, noindent = 1.0, True
        elif kind in ("p", "t", "wrap"):
            if kind == "p":
                t = prose_paras[pi]
                pi += 1
            elif kind == "t":
                t = item[1]
            else:
                t = jn_wrapped(item[1], 0.0 if noindent else JN_INDENT)
            rows, lines = jn_rows(t, JN_CW, TR, JN_SIZE, JN_LEAD, indent=0.0 if noindent else JN_INDENT,
                                  gap=after, last_extra=mark)
            got = put(rows)
            if mark:
                marks[nxt[1]] = got[-1][:2]
            if kind == "wrap":
                k = next(j for j, ln in enumerate(lines) if ln.startswith("5.4 and 5.5"))
                wrapped = (t, got[k])
            after, noindent = 0.0, False
        elif kind == "q":
            first = True
            for label, _words in item[1]:
                t = pm_texts[label]
                rows, _ = jn_rows(t, JN_CW - JN_QTEXT - JN_QRIGHT, TR, JN_QSIZE, JN_QLEAD, x_off=JN_QTEXT,
                                  gap=(after + 6.0) if first else 3.0, label=label, label_dx=JN_QNUM)
                got = put(rows)
                quoted[label] = (got[0], got[-1])
                first = False
            after, noindent = 6.0, True
        elif kind == "eq":
            _, formula, num = item

            def draw(lay_, pg, x, base, formula=formula, num=num):
                tx(lay_, x + (JN_CW - sw(formula, TI, JN_SIZE)) / 2, base, formula, TI, JN_SIZE, BLACK, page=pg)
                tx(lay_, x + JN_CW - sw(num, TR, JN_SIZE), base, num, TR, JN_SIZE, BLACK, page=pg)
            got = put([(after + 5.0, JN_LEAD + 2.0, draw)], 1)
            eqs.append((num, got[0]))
            after, noindent = 5.0, True
        elif kind == "tab":
            put(jn_table_rows(), len(_text.JN_TABLE) + 2)
            after, noindent = 6.0, False
    # the back matter (bold run-in heads) and the references
    for head, say in _text.JN_BACK:
        run_in = head + "."
        rows, _ = jn_rows(say, JN_CW, TR, 8.4, 10.0, indent=sw(run_in + " ", TB, 8.4), gap=after + 4.0,
                          label=run_in, label_font=TB)
        put(rows)
        after = 0.0
    heading(None, "References", TB, 10.5, 14.0)
    refs = _text.references(_text.JN_N_REFS, 64, (_text.JN_REVIEW_REF, _text.JN_REVIEW))
    for k, ref in enumerate(refs, 1):
        rows, _ = jn_rows(ref, JN_CW - 16.0, TR, JN_RSIZE, JN_RLEAD, x_off=16.0, gap=1.2, label=f"[{k}]",
                          justify=False)
        put(rows, 1)
    return {"lay": lay, "flow": flow, "quoted": quoted, "marks": marks, "heads": heads, "eqs": eqs,
            "wrapped": wrapped, "col_top": col_top}


def jn_note_lines(text):
    lines = wrap(text.split(" "), JN_CW - 6.0, lambda z: sw(z, TR, JN_FSIZE))
    return [" ".join(ln) for ln in lines]


def make_journal(out, pm):
    path = out / "journal.pdf"
    register_fonts(T1_FACES)
    texts = {}
    for item in _text.JN_BODY:
        if item[0] == "q":
            for label, n_words in item[1]:
                texts[label] = pm.make(n_words, "child")
    prose = Prose(6401, numbered_cites(6402, _text.JN_N_REFS, _text.JN_REVIEW_REF))
    paras = [prose.para(item[1]) for item in _text.JN_BODY if item[0] == "p"]
    notes = {item[1]: item[2] for item in _text.JN_BODY if item[0] == "fn"}
    note_lines = {m: jn_note_lines(t) for m, t in notes.items()}
    reserve = {}
    for _ in range(8):
        got = jn_layout(texts, paras, reserve)
        need = {}
        for m, (pg, col) in got["marks"].items():
            need[(pg, col)] = need.get((pg, col), 0.0) + len(note_lines[m]) * JN_FLEAD + 3.0
        need = {k: v + 8.0 for k, v in need.items()}
        need = {k: max(v, reserve.get(k, 0.0)) for k, v in need.items()} | \
            {k: v for k, v in reserve.items() if k not in need}  # kept, so that a mark cannot swing to and fro
        if need == reserve:
            break
        reserve = need
    else:
        raise AssertionError("journal.pdf: footnotes do not settle")
    lay, flow, quoted, marks = got["lay"], got["flow"], got["quoted"], got["marks"]
    while lay.n < max(p for p, _x, _b, _d in flow.placed):
        lay.new_page()
    for pg, x, base, draw in flow.placed:
        draw(lay, pg, x, base)
    # the footnotes at the foot of their columns
    bottoms = {}
    for m in sorted(notes):
        pg, col = marks[m]
        bot = JN_P1_BOT if pg == 1 else JN_BOT
        x = JN_CX[col]
        y = bottoms.get((pg, col), bot + reserve[(pg, col)] - 8.0 - JN_FLEAD * 0.2)
        if (pg, col) not in bottoms:
            lay.line(x, y + 4.0, x + 48, y + 4.0, 0.4, BLACK, page=pg)
        for k, ln in enumerate(note_lines[m]):
            base = y - JN_FLEAD * (k + 0.8)
            if k == 0:
                tx(lay, x, base + 2.6, m, TR, 5.2, BLACK, page=pg)
            tx(lay, x + 6.0, base, ln, TR, JN_FSIZE, BLACK, page=pg)
        bottoms[(pg, col)] = y - JN_FLEAD * len(note_lines[m]) - 3.0
    n = lay.n
    jn_running(lay, n)
    lay.render(path, canvas_info("Reading the review: how practitioners take up the findings of a child "
                                 "safeguarding practice review", "Tomasz Okafor; Ingrid Lindqvist",
                                 "LaTeX with hyperref", "pdfTeX-1.40.25"))
    order = [lab for item in _text.JN_BODY if item[0] == "q" for lab, _w in item[1]]
    result = [entry(lab, quoted[lab][0][0], texts[lab]) for lab in order]
    ends = [quoted[lab][1][0] for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    cross = check_crossings(path.name, result, ends, least=1)
    cols = [lab for lab in order if quoted[lab][0][:2] != quoted[lab][1][:2] and quoted[lab][0][0] == quoted[lab][1][0]]
    if not set(cols) & {"4.2", "4.3", "4.4"}:
        raise AssertionError(f"journal.pdf: the long quotation stays in one column ({cols})")
    check_journal(path, result, texts, got, reserve, notes)
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW QUOTED IN A JOURNAL ARTICLE TYPESET FROM LaTeX IN TWO COLUMNS "
                 f"({n} A4 pages, Times, justified by word spacing). Page 1: the journal's line, 'ORIGINAL ARTICLE', "
                 "the title, authors with superscript affiliation marks, affiliations, correspondence and dates, a "
                 "FULL-WIDTH ABSTRACT between rules, keywords; a copyright band at the foot; then two columns. The "
                 "ARTICLE'S OWN SECTIONS ARE NUMBERED in bold at the column's edge ('1 Introduction', '2.1 Design and "
                 "participants', '3.3 Supervision and the child's voice', '4.1', '4.2 Implications for practice': "
                 "the review's shape, and 3.1, 3.3 and 4.2 are quoted review paragraphs' numbers too); equations "
                 "numbered '(1)' and '(2)' at the column's right; Table 1 with rules and medians '6.5'; footnotes "
                 "at the foot of their column, the second opening '4.2\u20134.4 are reproduced as published ...'; "
                 "citations '[14]', '[5, 6]'. THE REVIEW'S PARAGRAPHS are quoted in DISPLAYED QUOTATIONS in "
                 "smaller type, indented, their numbers hanging at the quotation's indent, one to three paragraphs "
                 "to a quotation (2.4 and 2.5; 4.2 to 4.4; 5.1 and 5.2); the long quotation of 4.2 to 4.4 runs "
                 f"over a column break ({', '.join(cols)} from the left column to the right) and "
                 f"{', '.join(cross)} over a page break; "
                 "after a quotation the authors' prose carries on without an indent ('For the health visitors the "
                 "point of 3.3 was ...'); one line of prose BEGINS '5.4 and 5.5, and had not found ...' (paragraphs "
                 "named, not quoted). Back matter (Acknowledgements, Funding, Conflict of interest) and REFERENCES "
                 "[1] TO [30] in small type with hanging labels, the review being [14]. Running heads from page 2 "
                 "with printed folios from 212 (page 1's folio 211 at its foot). Not paragraphs: everything but the "
                 "quotations. Pages: physical (the page of the paragraph's first line)."),
        "paragraphs": result,
    }


def check_journal(path, result, texts, got, reserve, notes):
    """pdfplumber: the column streams (each column's characters above its footnotes, page by page, left column then
    right) hold every quotation's number and text in one piece, so a paragraph over a column or page break reads on;
    each number drawn where placed; the section numbers, equation numbers and the '5.4 and 5.5' line start where
    drawn; the second footnote opens '4.2'; the first and last words on the first and last pages."""
    quoted, marks, heads, eqs, wrapped = got["quoted"], got["marks"], got["heads"], got["eqs"], got["wrapped"]
    pages = pdf_pages(path)
    h = A4[1]
    stream, per_page = [], []
    for k, chars in enumerate(pages, 1):
        words_page = []
        for col in (0, 1):
            bot = (JN_P1_BOT if k == 1 else JN_BOT) + reserve.get((k, col), 0.0) - 1.0
            top = got["col_top"] if k == 1 else JN_TOP
            w = words_of(box_chars(chars, JN_CX[col] - 0.5, bot, JN_CX[col] + JN_CW + 0.5, top + 1.0, h))
            stream += w
            words_page += w
        per_page.append(words_page)
    for d in result:
        lab = d["label"]
        if not contains_seq(stream, norm(lab + " " + texts[lab])):
            raise AssertionError(f"journal.pdf: {lab} not read back in one piece")
        (pg, _c, x, base), (endp, _c2, _x2, _b2) = quoted[lab]
        label_at(pages[pg - 1], x + JN_QNUM, base, lab, path.name)
        if not contains_seq(per_page[pg - 1], norm(d["starts_with"])) or \
                not contains_seq(per_page[endp - 1], norm(d["ends_with"])):
            raise AssertionError(f"journal.pdf: first or last words of {lab}")
    for num, place in heads:
        pg, _c, x, base = place
        label_at(pages[pg - 1], x, base, num, path.name)
    for num, (pg, _col, x, base) in eqs:
        label_at(pages[pg - 1], x + JN_CW - sw(num, TR, JN_SIZE), base, num, path.name)
    _t, (pg, _c, x, base) = wrapped
    label_at(pages[pg - 1], x, base, "5.4", path.name)
    pg, col = marks["2"]
    fn = words_of([c for c in pages[pg - 1] if c["x0"] >= JN_CX[col] + 5.0 and c["x1"] <= JN_CX[col] + JN_CW + 1
                   and h - c["bottom"] < (JN_P1_BOT if pg == 1 else JN_BOT) + reserve[(pg, col)]])
    if not contains_seq(fn, norm(notes["2"])) or "4" not in fn[:3]:
        raise AssertionError(f"journal.pdf: footnote 2 {fn}")


# --------------------------------------------------------------------------
# 2. article.html: a SAR quoted in a journal's HTML article page rendered from JATS XML
# --------------------------------------------------------------------------
JA_CSS = """body{font-family:Georgia,serif;margin:0;color:#1b1b1b}.site-header{background:#21314d;color:#fff;
padding:12px 24px}.site-header a{color:#fff}.layout{display:grid;grid-template-columns:1fr 300px;gap:32px;
max-width:1180px;margin:0 auto;padding:24px}.article-title{font-size:2rem}.label{font-weight:bold;margin-right:.4em}
.disp-quote{margin:1.2em 2em;padding-left:1em;border-left:3px solid #8aa1c1;font-size:.95em}
.disp-quote>.label{float:left;margin-left:-3.2em;width:2.6em;text-align:right;color:#21314d}
.disp-quote .attrib{font-size:.85em;color:#555;text-align:right}.disp-quote .attrib::before{content:"\\2014\\00a0"}
.boxed-text{background:#eef2f7;padding:1em 1.4em;border-radius:4px}.ref-tooltip{position:absolute;
background:#fff;border:1px solid #ccc;padding:6px;max-width:360px}.ref-tooltip[hidden]{display:none}
.xref-bibr{text-decoration:none}.cite-box{border:1px solid #ccd;padding:12px}.metrics dd{margin:0 0 6px}"""


def ja_prose(text, refs, seen):
    """The authors' prose as HTML: each citation marker \\x00N\\x00 becomes a link to reference N with the
    reference in a hidden tooltip after it."""
    out = []
    for k, part in enumerate(text.split("\x00")):
        if k % 2 == 0:
            out.append(hesc(part))
        else:
            nums = [int(x) for x in part.split(",")]
            ids = []
            for n in nums:
                seen[n] = seen.get(n, 0) + 1
                ids.append(f"tt-bib{n}-{seen[n]}")
            links = ", ".join(f'<a class="xref xref-bibr" href="#bib{n}" aria-describedby="{i}">{n}</a>'
                              for n, i in zip(nums, ids, strict=True))
            tips = "".join(f'<span class="ref-tooltip" role="tooltip" id="{i}" hidden>{hesc(refs[n - 1])}</span>'
                           for n, i in zip(nums, ids, strict=True))
            out.append(f"[{links}]{tips}")
    return "".join(out)


def ja_cites(seed, n_refs, skip):
    base = numbered_cites(seed, n_refs, skip)

    def cite():
        return "\x00" + base().strip("[]").replace(" ", "") + "\x00"
    return cite


def ja_em(t):
    """The paragraph with its second sentence in <em> (the authors' emphasis)."""
    ss = sentences(t)
    return " ".join(f"<em>{hesc(x)}</em>" if k == 1 else hesc(x) for k, x in enumerate(ss))


def ja_disp_quote(labels, texts, how, attrib, qid, emph=False):
    if how == "label":
        (lab, _w), = labels
        inner = (f'<span class="label">{lab}</span><p>'
                 f'{ja_em(texts[lab]) if emph else hesc(texts[lab])}</p>')
    else:
        inner = "".join(f"<p>{lab} {hesc(texts[lab])}</p>" for lab, _w in labels)
    foot = f'<footer class="attrib">{hesc(attrib)}</footer>' if attrib else ""
    return f'<blockquote class="disp-quote" id="{qid}">{inner}{foot}</blockquote>'


def make_article(out, pm):
    path = out / "article.html"
    texts, result = {}, []
    refs = _text.references(_text.JA_N_REFS, 65, (_text.JA_REVIEW_REF, _text.JA_REVIEW))
    prose = Prose(6403, ja_cites(6404, _text.JA_N_REFS, _text.JA_REVIEW_REF))
    body, nq, np_, seen = [], 0, 0, {}
    for sid, label, title, level, items in _text.JA_BODY:
        h = f"h{level}"
        part = [f'<section class="sec" id="{sid}"><{h}><span class="label">{label}</span> {hesc(title)}</{h}>']
        for item in items:
            kind = item[0]
            if kind in ("p", "t"):
                np_ += 1
                if kind == "p":
                    html = ja_prose(prose.para(item[1]), refs, seen)
                else:
                    html = ja_prose(item[1].replace("Mr D,", f"Mr D \x00{_text.JA_REVIEW_REF}\x00,", 1), refs, seen)
                part.append(f'<p id="p{np_}">{html}</p>')
            elif kind in ("dq", "box"):
                labels = item[1] if kind == "dq" else item[2]
                for lab, n_words in labels:
                    texts[lab] = pm.make(n_words, "adult")
                    result.append(entry(lab, None, texts[lab]))
                nq += 1
                if kind == "dq":
                    _, _l, how, attrib = item
                    part.append(ja_disp_quote(labels, texts, how, attrib, f"dq{nq}", emph="emphasis" in attrib))
                else:
                    part.append(f'<div class="boxed-text" id="box1"><div class="caption"><span class="label">Box 1.'
                                f'</span> {hesc(item[1].split(". ", 1)[1])}</div>'
                                + ja_disp_quote(labels, texts, "label", None, f"dq{nq}") + "</div>")
            elif kind == "voice":
                nq += 1
                part.append(f'<blockquote class="disp-quote disp-quote--participant" id="dq{nq}"><p>'
                            f'{hesc(item[1])}</p><footer class="attrib">{hesc(item[2])}</footer></blockquote>')
            elif kind == "table":
                head, *rows = _text.JA_TABLE
                part.append('<div class="table-wrap" id="tbl1"><div class="caption"><span class="label">Table 1.'
                            f'</span> {hesc(_text.JA_TABLE_CAPTION.split(". ", 1)[1])}</div><table class="table">'
                            "<thead><tr>" + "".join(f"<th>{hesc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                            + "".join("<tr>" + "".join(f"<td>{hesc(c)}</td>" for c in r) + "</tr>" for r in rows)
                            + '</tbody></table><div class="table-wrap-foot"><p>Mentions: the number of times a '
                              "paragraph was mentioned in the four focus groups.</p></div></div>")
            elif kind == "fig":
                part.append('<figure class="fig" id="fig1"><img src="/media/asr-2025-0142-fig1.png" width="640" '
                            f'height="360" alt="{hesc(_text.JA_FIG_ALT)}"><figcaption><span class="label">Figure 1.'
                            f'</span> {hesc(_text.JA_FIG_CAPTION.split(". ", 1)[1])}</figcaption><p class="fig-links">'
                            '<a href="/media/asr-2025-0142-fig1-hires.png" download>Download figure</a> \u00b7 <a '
                            'href="#fig1" class="open-viewer">Open in viewer</a></p></figure>')
        part.append("</section>")
        body.append("".join(part))
    # sections are nested as JATS nests them: a level-3 section inside the level-2 section before it
    nested, open2 = [], False
    for (_sid, _lab, _t, level, _i), html in zip(_text.JA_BODY, body, strict=True):
        if level == 2:
            if open2:
                nested.append("</section>")
            nested.append(html[:-len("</section>")])
            open2 = True
        else:
            nested.append(html)
    nested.append("</section>")
    authors = ", ".join(f'<span class="contrib"><a class="contrib-name" href="#">{hesc(n)}</a><sup><a href="#aff{m}">'
                        f'{m}</a></sup><a class="orcid" href="https://orcid.example/0000-0002-{1000 + k * 731}-'
                        f'{2000 + k * 17}" aria-label="ORCID"><img src="/img/orcid.svg" alt=""></a></span>'
                        for k, (n, m) in enumerate(_text.JA_AUTHORS))
    affs = "".join(f'<li id="aff{m}"><sup class="label">{m}</sup> {hesc(a)}</li>' for m, a in _text.JA_AFFIL)
    history = " ".join(f'<span class="date"><span class="date-type">{k}:</span> {v}</span>' for k, v in _text.JA_DATES)
    abstract = "".join(f'<div class="abstract-sec"><h3>{k}</h3><p>{hesc(v)}</p></div>' for k, v in _text.JA_ABSTRACT)
    kwds = "".join(f"<li>{hesc(k)}</li>" for k in _text.JA_KEYWORDS)
    highlights = "".join(f"<li>{hesc(k)}</li>" for k in _text.JA_HIGHLIGHTS)
    notes = "".join(f'<li id="fn{m}"><span class="label">{m}</span><p>{hesc(t)}</p></li>' for m, t in _text.JA_NOTES)
    reflist = "".join(f'<li id="bib{k}"><span class="label">{k}.</span> <span class="mixed-citation">{hesc(r)}</span> '
                      f'<span class="ref-links"><a href="https://doi.example/10.5555/ref.{k:03d}">Crossref</a> '
                      f'<a href="https://scholar.example/?q=ref{k}">Google Scholar</a></span></li>'
                      for k, r in enumerate(refs, 1))
    related = "".join(f'<li><a href="/asr/related/{k}">{hesc(t)}</a></li>' for k, t in enumerate(_text.JA_RELATED, 1))
    meta = "".join(f'<meta name="citation_author" content="{hesc(n)}">' for n, _m in _text.JA_AUTHORS)
    ld = ('{"@context":"https://schema.org","@type":"ScholarlyArticle","headline":"' + hesc(_text.JA_TITLE) +
          '","identifier":"https://doi.example/' + _text.JA_DOI + '","isPartOf":{"@type":"PublicationIssue",'
          '"issueNumber":"2","isPartOf":{"@type":"PublicationVolume","volumeNumber":"9"}},"pagination":"112-131"}')
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{hesc(_text.JA_TITLE)} | {hesc(_text.JA_JOURNAL)}</title>
<meta name="citation_title" content="{hesc(_text.JA_TITLE)}">{meta}
<meta name="citation_journal_title" content="{hesc(_text.JA_JOURNAL)}">
<meta name="citation_volume" content="9"><meta name="citation_issue" content="2">
<meta name="citation_firstpage" content="112"><meta name="citation_lastpage" content="131">
<meta name="citation_doi" content="{_text.JA_DOI}">
<meta name="dc.description" content="{FICT}. {INVENTED}">
<link rel="canonical" href="https://journals.tollivant.example/asr/article/{_text.JA_DOI}">
<style>{JA_CSS}</style>
<script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="fictional-banner" role="note">{FICT}. {INVENTED}</div>
<header class="site-header">
<a class="logo" href="/">{hesc(_text.JA_PUBLISHER)}</a>
<nav aria-label="Site"><ul><li><a href="/journals">Journals</a></li><li><a href="/browse">Browse</a></li><li><a
href="/submit">Submit an article</a></li><li><a href="/login">Sign in</a></li></ul></nav>
<form class="search" role="search" action="/search"><label for="q">Search</label><input id="q" name="q"
type="search"><button type="submit">Search</button></form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/asr">{hesc(
        _text.JA_JOURNAL)}</a></li><li><a href="/asr/9/2">Volume 9, Issue 2</a></li><li aria-current="page">Research
article</li></ol></nav>
<div class="layout">
<main id="main-content">
<article class="article" data-jats-article-type="research-article" lang="en">
<header class="article-header">
<p class="article-type">Research article</p><p class="access"><span class="oa-badge">Open access</span></p>
<h1 class="article-title">{hesc(_text.JA_TITLE)}</h1>
<p class="contrib-group">{authors}</p>
<ol class="aff-list">{affs}</ol>
<p class="pub-history">{history}</p>
<p class="doi">DOI: <a href="https://doi.example/{_text.JA_DOI}">https://doi.example/{_text.JA_DOI}</a></p>
<p class="pdf-link"><a class="button" href="/asr/article/{_text.JA_DOI}/pdf">Download PDF</a></p>
</header>
<section class="highlights" id="highlights"><h2>Highlights</h2><ul>{highlights}</ul></section>
<section class="abstract" id="abstract"><h2>Abstract</h2>{abstract}</section>
<section class="kwd-group"><h2>Keywords</h2><ul class="kwd-list">{kwds}</ul></section>
<div class="article-body">
{"".join(nested)}
</div>
<div class="back">
<section class="ack" id="ack"><h2>Acknowledgements</h2><p>We thank the practitioners who took part and the board's
business unit.</p></section>
<section class="funding" id="funding"><h2>Funding</h2><p>{hesc(_text.JA_FUNDING)}</p></section>
<section class="data-availability" id="data"><h2>Data availability statement</h2><p>{hesc(_text.JA_DATA)}</p>
</section>
<section class="fn-group" id="notes"><h2>Notes</h2><ol class="fn-list">{notes}</ol></section>
<section class="ref-list" id="references"><h2>References</h2><ol class="references">{reflist}</ol></section>
</div>
</article>
</main>
<aside class="article-sidebar" aria-label="Article tools">
<div class="cite-box" id="cite"><h2>Cite this article</h2><p class="citation">{hesc(_text.JA_CITE)} <a
href="https://doi.example/{_text.JA_DOI}">https://doi.example/{_text.JA_DOI}</a></p><button type="button"
class="copy-citation" data-clipboard-target="#cite .citation">Copy citation</button> <a
href="/asr/article/{_text.JA_DOI}/ris" download>Download RIS</a> <a href="/asr/article/{_text.JA_DOI}/bibtex"
download>Download BibTeX</a></div>
<section class="metrics"><h2>Article metrics</h2><dl><dt>Views</dt><dd>1,204</dd><dt>Downloads</dt><dd>387</dd>
<dt>Citations</dt><dd>3</dd></dl></section>
<section class="related"><h2>Related articles</h2><ol>{related}</ol></section>
</aside>
</div>
<footer class="site-footer"><p>\u00a9 2025 {hesc(_text.JA_PUBLISHER)}. Published under a CC BY 4.0 licence.</p>
<p><a href="/privacy">Privacy</a> \u00b7 <a href="/cookies">Cookies</a> \u00b7 <a href="/accessibility">
Accessibility</a></p></footer>
<script>
document.querySelectorAll('.xref-bibr').forEach(function (a) {{
  var tip = document.getElementById(a.getAttribute('aria-describedby'));
  a.addEventListener('mouseenter', function () {{ tip.hidden = false; }});
  a.addEventListener('mouseleave', function () {{ tip.hidden = true; }});
}});
</script>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_article(path, result, texts)
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW QUOTED IN A JOURNAL'S HTML ARTICLE PAGE RENDERED FROM JATS XML: a "
                 "FICTIONAL banner, the publisher's header (navigation, search), a breadcrumb, the article header "
                 "(type, open access badge, title, authors with <sup> affiliation links and ORCID icons, "
                 "affiliations '<sup>1</sup> Department ...', dates, DOI, 'Download PDF'), highlights, a structured "
                 "abstract, keywords; the body in NESTED <section>s WITH IDS AND LABELS ('<h3><span class=label>3.2"
                 "</span> Capacity</h3>': the article's own numbers have the review's shape). THE REVIEW'S "
                 "PARAGRAPHS are quoted in <blockquote class=\"disp-quote\"> blocks in two ways: the number in a "
                 "JATS LABEL (<span class=label>3.2</span>, floated into the margin by CSS) BEFORE the <p> that holds "
                 "the text without its number, or typed at the start of each <p> ('4.2 The ...', two paragraphs to "
                 "a block); each block ends with an attribution <footer class=attrib> ('SAR Mr D, para. 3.2'; 4.1's "
                 "'(emphasis added)', with <em> round the paragraph's second sentence); 6.6 is inside a 'Box 1' panel. "
                 "Traps: a participant's words in a disp-quote like the others, opening 'When I read 3.4 ...', with "
                 "its own attribution; an author's <p> OPENING '5.4 and 5.5 were the paragraphs that managers chose "
                 "...' straight after that block; reference links '[7]' each followed by a HIDDEN TOOLTIP <span> "
                 "holding the whole reference; Table 1 whose cells hold '3.2, 3.4, 6.2'; a figure whose caption "
                 "names 3.2 and 3.4; notes '1', '2' (the second opening '3.2 and 3.4 were ...'); the reference list "
                 "'1.' to '22.' with Crossref links; a sidebar 'Cite this article' box, metrics and related "
                 "articles. Not paragraphs: everything but the review's quoted paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def check_article(path, result, texts):
    """lxml.html: the disp-quotes in document order: a labelled one is the label's number and its one <p>; an
    unlabelled one's <p>s each open with a number; the participant's quote has no number and is no paragraph; each
    block ends with its attribution; the section labels, the <p> opening '5.4 and 5.5', Table 1's cells, the
    tooltips and the note opening '3.2' are there."""
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    got = []
    for bq in root.xpath('//blockquote[contains(concat(" ", @class, " "), " disp-quote ")]'):
        if "disp-quote--participant" in bq.get("class"):
            if bq.xpath('./span[@class="label"]') or not bq.xpath("./p")[0].text_content().startswith("When I read"):
                raise AssertionError("article.html: participant's quote")
            continue
        lab = bq.xpath('./span[@class="label"]')
        ps = [p.text_content() for p in bq.xpath("./p")]
        if lab:
            if len(ps) != 1:
                raise AssertionError("article.html: a labelled quote holds one paragraph")
            got.append([lab[0].text_content(), ps[0]])
        else:
            got += [p.split(" ", 1) for p in ps]
        if bq.getchildren()[-1].tag != "footer" and not bq.getparent().get("class") == "boxed-text":
            raise AssertionError("article.html: attribution")
    if got != [[d["label"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"article.html: read back {[g[0] for g in got]}")
    labels = [s.text_content() for s in root.xpath('//section[@class="sec"]/*[self::h2 or self::h3]/span')]
    paras = [p.text_content() for p in root.xpath('//section[@class="sec"]/p')]
    cells = [td.text_content() for td in root.xpath("//table//td")]
    tips = root.xpath('//p/span[@class="ref-tooltip"][@hidden]')
    if "3.2" not in labels or "4.1" not in labels or not any(p.startswith("5.4 and 5.5") for p in paras) or \
            "3.2, 3.4, 6.2" not in cells or len(tips) < 5 or \
            not root.xpath('//li[@id="fn2"]/p')[0].text_content().startswith("3.2 and 3.4") or \
            not root.xpath('//blockquote//em'):
        raise AssertionError("article.html: layout")


# --------------------------------------------------------------------------
# 3. thesis.docx: a DHR quoted in a PhD thesis chapter in Word, in block quotations and in footnotes
# --------------------------------------------------------------------------
def th_style(sid, name, ppr="", rpr="", based="Normal", kind="paragraph", extra=""):
    based = f'<w:basedOn w:val="{based}"/>' if based else ""
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    custom = ' w:customStyle="1"' if sid in ("ThesisBody", "BlockQuote", "QuoteSource", "TableText") else ""
    return (f'<w:style w:type="{kind}"{custom} w:styleId="{sid}"><w:name w:val="{name}"/>{based}{extra}'
            f"<w:qFormat/>{ppr}{rpr}</w:style>")


TH_STYLES = XML_HEAD + (
    f'<w:styles {WNS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New '
    'Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang '
    'w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing '
    'w:after="0" w:line="480" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    + th_style("Heading1", "heading 1", '<w:keepNext/><w:keepLines/><w:numPr><w:numId w:val="1"/></w:numPr>'
               '<w:spacing w:before="0" w:after="480" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="0"/>',
               '<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>', extra='<w:next w:val="ThesisBody"/>')
    + th_style("Heading2", "heading 2", '<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="1"/><w:numId '
               'w:val="1"/></w:numPr><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/>',
               '<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/>', extra='<w:next w:val="ThesisBody"/>')
    + th_style("Heading3", "heading 3", '<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="2"/><w:numId '
               'w:val="1"/></w:numPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="2"/>',
               '<w:b/><w:i/><w:sz w:val="24"/>', extra='<w:next w:val="ThesisBody"/>')
    + th_style("ThesisBody", "Thesis body", '<w:ind w:firstLine="720"/><w:jc w:val="both"/>')
    + th_style("BlockQuote", "Block Quote", '<w:spacing w:before="120" w:after="240" w:line="240" '
               'w:lineRule="auto"/><w:ind w:left="1287" w:right="720" w:hanging="567"/><w:jc w:val="both"/>',
               '<w:sz w:val="22"/><w:szCs w:val="22"/>')
    + th_style("QuoteSource", "Quote source", '<w:spacing w:after="240" w:line="240" w:lineRule="auto"/><w:ind '
               'w:left="720" w:right="720"/><w:jc w:val="right"/>', '<w:sz w:val="20"/>')
    + th_style("ListParagraph", "List Paragraph", '<w:ind w:left="720"/><w:contextualSpacing/>')
    + th_style("Caption", "caption", '<w:spacing w:before="240" w:after="120" w:line="240" w:lineRule="auto"/>',
               '<w:b/><w:sz w:val="20"/>')
    + th_style("TableText", "Table text", '<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>',
               '<w:sz w:val="20"/>')
    + th_style("FootnoteText", "footnote text", '<w:spacing w:line="240" w:lineRule="auto"/>',
               '<w:sz w:val="20"/><w:szCs w:val="20"/>')
    + th_style("FootnoteReference", "footnote reference", "", '<w:vertAlign w:val="superscript"/>', based=None,
               kind="character")
    + th_style("Header", "header", '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" '
               'w:pos="9026"/></w:tabs><w:spacing w:line="240" w:lineRule="auto"/>', '<w:sz w:val="18"/>')
    + th_style("Footer", "footer", '<w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/>',
               '<w:sz w:val="20"/>')
    + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph '
    'Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd '
    'w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom '
    'w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
    '<w:tblPr><w:tblBorders>' + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                                        for b in ("top", "bottom", "insideH"))
    + '</w:tblBorders></w:tblPr></w:style></w:styles>')


def th_lvl(ilvl, fmt, text, style=None, suff=None, start=1, left=0, hanging=0):
    style = f'<w:pStyle w:val="{style}"/>' if style else ""
    suff = f'<w:suff w:val="{suff}"/>' if suff else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{style}{suff}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" '
            f'w:hanging="{hanging}"/></w:pPr></w:lvl>')


TH_NUMBERING = XML_HEAD + (
    f'<w:numbering {WNS}>'
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="3A7F21C4"/><w:multiLevelType w:val="multilevel"/>'
    + th_lvl(0, "decimal", "Chapter %1", "Heading1", "tab", _text.TH_CHAPTER_NO, 1701, 1701)
    + th_lvl(1, "decimal", "%1.%2", "Heading2", None, 1, 709, 709)
    + th_lvl(2, "decimal", "%1.%2.%3", "Heading3", None, 1, 851, 851) + '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="3A7F21C5"/><w:multiLevelType w:val="hybridMultilevel"/>'
    + th_lvl(0, "decimal", "(%1)", None, None, 1, 1080, 360) + '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '</w:numbering>')


def th_note_ref(k):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{k}"/></w:r>'


def th_runs(t):
    """The candidate's prose with "{fn:k}" footnote references."""
    out = []
    for part in re.split(r"(\{fn:\d+\})", t):
        m = re.fullmatch(r"\{fn:(\d+)\}", part)
        if m:
            out.append(th_note_ref(int(m.group(1))))
        elif part:
            out.append(wr(part))
    return "".join(out)


def th_package(path, doc, footnotes, header, footer, n_words):
    settings = (f'{XML_HEAD}<w:settings {WNS}><w:zoom w:percent="110"/><w:defaultTabStop w:val="720"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote '
                'w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang '
                'w:val="en-GB"/></w:settings>')
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = (f'{XML_HEAD}<Relationships xmlns="{pkg}"><Relationship Id="rId3" Type="{rel}/extended-properties" '
            'Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" '
            f'Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{pkg}">'
                f'<Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId2" Type="{rel}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId3" Type="{rel}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId4" Type="{rel}/footnotes" Target="footnotes.xml"/>'
                f'<Relationship Id="rId8" Type="{rel}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{rel}/footer" Target="footer1.xml"/></Relationships>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Thesis template '
           f'(Kilvardine).dotx</Template><TotalTime>2814</TotalTime><Pages>14</Pages><Words>{n_words}</Words>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000'
           '</AppVersion></Properties>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xesc(_text.TH_THESIS)} \u2013 Chapter '
            f'{_text.TH_CHAPTER_NO}</dc:title><dc:subject>{FICT}</dc:subject><dc:creator>{xesc(_text.TH_CANDIDATE)}'
            f'</dc:creator><cp:lastModifiedBy>{xesc(_text.TH_CANDIDATE)}</cp:lastModifiedBy><cp:revision>47'
            '</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-10-02T08:41:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-05-19T22:17:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    ct = docx_content_types(["document", "styles", "settings", "numbering", "footnotes", "header1", "footer1"])
    zip_parts(path, {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": doc_rels, "word/styles.xml": TH_STYLES,
                     "word/settings.xml": settings, "word/numbering.xml": TH_NUMBERING,
                     "word/footnotes.xml": footnotes, "word/header1.xml": header, "word/footer1.xml": footer,
                     "docProps/app.xml": app, "docProps/core.xml": core}, (2025, 5, 19, 22, 17, 0))


def make_thesis(out, pm):
    path = out / "thesis.docx"
    texts, result = {}, []
    cites = iter(_text.author_year(40, 6405))
    prose = Prose(6406, lambda: f"({next(cites)})")
    body, page, toc = [], 1, 0
    brk = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'

    def quote_para(label, t, style="BlockQuote", extra=""):
        return wp(wr(f"{label}\t{t}"), style, extra)

    def bookmark(runs):
        nonlocal toc
        toc += 1
        name = f"_Toc1{toc:02d}4{toc * 37 % 1000:03d}"
        return f'<w:bookmarkStart w:id="{toc}" w:name="{name}"/>{runs}<w:bookmarkEnd w:id="{toc}"/>'

    body.append(wp(bookmark(wr(_text.TH_CHAPTER)), "Heading1"))
    body.append(wp(wr(f"{FICT}. {INVENTED}", '<w:rPr><w:i/><w:sz w:val="20"/></w:rPr>'), None,
                   '<w:spacing w:after="240" w:line="240" w:lineRule="auto"/>'))
    notes_at = {}
    for item in _text.TH_BODY:
        kind = item[0]
        if kind in ("h2", "h3"):
            body.append(wp(bookmark(wr(item[1])), "Heading2" if kind == "h2" else "Heading3"))
        elif kind in ("p", "t"):
            t = prose.para(item[1]) if kind == "p" else item[1]
            for k in map(int, re.findall(r"\{fn:(\d+)\}", t)):
                notes_at[k] = page
            body.append(wp(th_runs(t), "ThesisBody"))
        elif kind == "q":
            for label, n_words in item[1]:
                texts[label] = pm.make(n_words, "dhr")
                result.append(entry(label, page, texts[label]))
                body.append(quote_para(label, texts[label]))
        elif kind == "v":
            body.append(wp(wr(f"\u201c{item[1]}\u201d"), "BlockQuote"))
            body.append(wp(wr(f"({item[2]})"), "QuoteSource"))
        elif kind == "list":
            body += [wp(wr(x), "ListParagraph", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>')
                     for x in item[1]]
        elif kind == "tab":
            cap = (wr("Table ") + field("STYLEREF 1 \\s", str(_text.TH_CHAPTER_NO)) + wr(".")
                   + field("SEQ Table \\* ARABIC \\s 1", "1") + wr(": " + _text.TH_TABLE_CAPTION.split(": ", 1)[1]))
            body.append(wp(cap, "Caption", '<w:keepNext/>'))
            grid = [3600, 1800, 3626]
            rows = []
            for r, cells in enumerate(_text.TH_TABLE):
                rpr = "<w:rPr><w:b/></w:rPr>" if r == 0 else ""
                trpr = "<w:trPr><w:tblHeader/></w:trPr>" if r == 0 else ""
                rows.append(f"<w:tr>{trpr}" + "".join(w_cell(wp(wr(c, rpr), "TableText"), g)
                                                     for c, g in zip(cells, grid, strict=True)) + "</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/><w:tblLook '
                        'w:val="04A0"/></w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{g}"/>' for g in grid)
                        + "</w:tblGrid>" + "".join(rows) + "</w:tbl>")
            body.append(wp(wr("Source: the author's interviews; the paragraphs are those of the review that name "
                              "each agency.", '<w:rPr><w:sz w:val="18"/></w:rPr>'), None,
                           '<w:spacing w:after="240" w:line="240" w:lineRule="auto"/>'))
        elif kind == "break":
            body.append(brk)
            page += 1
    # the footnotes, each after the paragraph holding its reference, on that paragraph's page
    notes_xml = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:line="240" '
                 'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote '
                 'w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/>'
                 '</w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    in_notes = {}
    for k, paras in _text.TH_NOTES.items():
        ps = []
        for j, para in enumerate(paras):
            ref = ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                   if j == 0 else "")
            if isinstance(para, tuple):
                _, label, n_words = para
                texts[label] = pm.make(n_words, "dhr")
                in_notes[label] = (k, notes_at[k])
                ps.append(wp(wr(f"{label}\t{texts[label]}"), "FootnoteText",
                             '<w:ind w:left="567" w:hanging="567"/>'))
            else:
                ps.append(wp(ref + wr(" " + para), "FootnoteText"))
        notes_xml.append(f'<w:footnote w:id="{k}">{"".join(ps)}</w:footnote>')
    footnotes = f"{XML_HEAD}<w:footnotes {WNS}>{''.join(notes_xml)}</w:footnotes>"
    # the key in the order printed: a note's paragraph after the last quotation before its reference's page break
    order = []
    for item in _text.TH_BODY:
        if item[0] == "q":
            order += [lab for lab, _w in item[1]]
        elif item[0] == "t":
            for k in map(int, re.findall(r"\{fn:(\d+)\}", item[1])):
                order += [p[1] for p in _text.TH_NOTES[k] if isinstance(p, tuple)]
    by = {d["label"]: d for d in result}
    for label, (_k, pg) in in_notes.items():
        by[label] = entry(label, pg, texts[label])
    result = [by[lab] for lab in order]
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            'r:id="rId9"/><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
            f'w:gutter="0"/><w:pgNumType w:start="{_text.TH_FIRST_PAGE}"/><w:cols w:space="708"/><w:docGrid '
            'w:linePitch="360"/></w:sectPr>')
    doc = f"{XML_HEAD}<w:document {WNS}><w:body>{''.join(body)}{sect}</w:body></w:document>"
    header = f"{XML_HEAD}<w:hdr {WNS}>" + wp(wr(_text.TH_HEADER), "Header", '<w:jc w:val="right"/>') + "</w:hdr>"
    footer = f"{XML_HEAD}<w:ftr {WNS}>" + wp(field("PAGE", str(_text.TH_FIRST_PAGE)), "Footer") + "</w:ftr>"
    th_package(path, doc, footnotes, header, footer, 9400)
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_thesis(path, result, texts)
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW QUOTED IN A PhD THESIS CHAPTER (Word; "
                 f"{page} pages by explicit page breaks, printed page numbers from {_text.TH_FIRST_PAGE}). The "
                 "chapter's headings are numbered by ONE MULTILEVEL LIST LINKED TO THE HEADING STYLES (w:pStyle in "
                 "each level, numPr in each style, none on the paragraphs): Heading 1 'Chapter 4<TAB>Findings: ...', "
                 "Heading 2 '4.1' to '4.4', Heading 3 '4.1.1', '4.1.2', '4.2.1', '4.3.1', '4.3.2' (so the "
                 "chapter's own 4.3 and the review's 4.3 are both in the file), bookmarked for a table of contents. "
                 "The candidate's prose is unnumbered, double-spaced and justified, with author-year citations; a "
                 "Word list '(1)' to '(3)'; 'Table 4.1' (STYLEREF and SEQ fields) whose cells hold the review's "
                 "numbers ('4.3, 5.2, 6.1'). THE REVIEW'S PARAGRAPHS are quoted in a single-spaced 'Block Quote' "
                 "style typed '4.3<TAB>The ...' (a hanging indent), one or two to a quotation; INTERVIEW EXTRACTS "
                 "ARE IN THE SAME STYLE, in curly quotation marks and without a number ('\u201cFour-point-five is "
                 "about us ...\u201d'), each followed by a right-aligned source line '(Participant 07, police)'. "
                 "A paragraph of prose OPENS '6.1 and 6.2 of the review were known to almost every participant "
                 "...' straight before the quotation of 6.1 and 6.2. FOOTNOTES in footnotes.xml: note 1, note 2 "
                 "opening '5.3 is the paragraph that was most often cited ...' (5.3 is not quoted), and notes 3 "
                 "and 4, each a lead-in ('Drisdale CSP (2024), paragraph 5.6, in full:') and then A REVIEW "
                 "PARAGRAPH QUOTED IN FULL as a second note paragraph typed '5.6<TAB>The ...'. Notes 3 and 4 are "
                 "referenced from the last paragraph before a page break, so each is printed at the foot of that "
                 "page after the body's text: THE KEY HOLDS 5.6 AND 6.8 THERE, after 5.4 and 6.5, on those pages. "
                 "Not paragraphs: everything but the review's quoted paragraphs. page = 1 + the page breaks before "
                 "the quotation (for a note's paragraph, before its reference)."),
        "paragraphs": result,
    }


def check_thesis(path, result, texts):
    """lxml over the package: the body's paragraphs in order with pages from the page breaks; the 'BlockQuote'
    paragraphs that open 'N.N<TAB>' are the review's, those in curly quotes the interviews'; a footnote reference
    brings in its note, whose 'N.N<TAB>' paragraphs are the review's too; headings numbered from the style-linked
    list ('4.3' among them); python-docx opens the file and sees the '6.1 and 6.2' paragraph and Table 4.1."""
    import zipfile

    import docx
    from lxml import etree
    z = zipfile.ZipFile(path)
    q = f"{{{W_NS}}}"
    root = etree.fromstring(z.read("word/document.xml"))
    notes = {n.get(q + "id"): n for n in etree.fromstring(z.read("word/footnotes.xml")).iter(q + "footnote")}

    def style(p):
        s = p.find(f"{q}pPr/{q}pStyle")
        return s.get(q + "val") if s is not None else None

    def text(p):
        return "".join("\t" if el.tag == q + "tab" else (el.text or "") for el in p.iter(q + "t", q + "tab"))

    got, page, counters, heads, voices = [], 1, [_text.TH_CHAPTER_NO - 1, 0, 0], [], 0
    for p in root.find(q + "body").iter(q + "p"):
        if p.find(f".//{q}br[@{q}type='page']") is not None:
            page += 1
        st = style(p)
        if st in ("Heading1", "Heading2", "Heading3"):
            lv = int(st[-1]) - 1
            counters[lv] += 1
            for j in range(lv + 1, 3):
                counters[j] = 0
            heads.append(".".join(str(c) for c in counters[:lv + 1]))
        if st == "BlockQuote":
            m = re.fullmatch(r"(\d+\.\d+)\t(.+)", text(p), re.S)
            if m:
                got.append([m.group(1), page, m.group(2)])
            elif text(p).startswith("\u201c"):
                voices += 1
            else:
                raise AssertionError("thesis.docx: a block quotation")
        for ref in p.iter(q + "footnoteReference"):
            for np_ in notes[ref.get(q + "id")].iter(q + "p"):
                m = re.fullmatch(r"(\d+\.\d+)\t(.+)", text(np_), re.S)
                if m:
                    got.append([m.group(1), page, m.group(2)])
    if got != [[d["label"], d["page"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"thesis.docx: read back {[g[:2] for g in got]}")
    if voices != 2 or "4.3" not in heads or "4.3.1" not in heads or "4.1.2" not in heads:
        raise AssertionError(f"thesis.docx: headings {heads} or interviews {voices}")
    d = docx.Document(str(path))
    if not any(p.text.startswith("6.1 and 6.2 of the review") for p in d.paragraphs) or \
            d.tables[0].cell(1, 2).text != "4.3, 5.2, 6.1":
        raise AssertionError("thesis.docx: layout")
    if not text(notes["2"]).lstrip().startswith("5.3 is the paragraph"):
        raise AssertionError("thesis.docx: note 2")


# --------------------------------------------------------------------------
# 4. extraction.pdf: a thematic review's paragraphs in a systematic review's data-extraction table (Word to PDF)
# --------------------------------------------------------------------------
EX_PAGE = (A4[1], A4[0])  # landscape
EX_L, EX_TOP, EX_BOT = 72.0, 523.0, 48.0
EX_W = [46.0, 118.0, 52.0, 348.0, 66.0, 67.89]
EX_X = [EX_L + sum(EX_W[:k]) for k in range(len(EX_W) + 1)]
EX_R = EX_X[-1]
EX_SIZE, EX_LEAD, EX_PAD = 8.5, 10.4, 3.2
RULE = (0.35, 0.35, 0.35)
EX_KEY_W = 532.0


def ex_lines(col, s, font=A, size=EX_SIZE):
    return [" ".join(ln) for ln in wrap(s.split(" "), EX_W[col] - 2 * EX_PAD, lambda z: sw(z, font, size))]


def ex_code_lines():
    """The key to the theme codes, wrapped in its box: the second line begins with a code ("3.1 supervision;")."""
    lines = [" ".join(ln) for ln in wrap(_text.EX_CODES.split(" "), EX_KEY_W - 12, lambda z: sw(z, A, 9))]
    if not any(re.match(r"\d\.\d [a-z]", ln) for ln in lines[1:]):
        raise AssertionError("extraction.pdf: no line of the code key begins with a code")
    return lines


def make_extraction(out, pm):
    path = out / "extraction.pdf"
    register_fonts(T1_FACES)
    lay = Layout(EX_PAGE)
    lay.font = A
    h = EX_PAGE[1]
    texts, placed, ends, codes_at, others, order = {}, {}, {}, {}, [], []
    lay.new_page()
    tx(lay, EX_L, EX_TOP - 4, _text.EX_TITLE, AB, 11)
    y = EX_TOP - 22
    for ln in wrap(_text.EX_INTRO.split(" "), EX_R - EX_L, lambda z: sw(z, A, 9)):
        tx(lay, EX_L, y, " ".join(ln), A, 9)
        y -= 11.5
    y -= 3
    code_lines = ex_code_lines()
    code_starts = []
    kh = 11.5 * len(code_lines) + 8
    lay.rect(EX_L, y - kh + 9, EX_KEY_W, kh, (0.95, 0.95, 0.92))
    for ln in code_lines:
        tx(lay, EX_L + 6, y, ln, A, 9)
        code_starts.append((y, ln))
        y -= 11.5
    y -= 10

    def header(top):
        hh = EX_LEAD + 2 * EX_PAD + 2
        lay.rect(EX_L, top - hh, EX_R - EX_L, hh, (0.9, 0.9, 0.9))
        for k, c in enumerate(_text.EX_COLS):
            tx(lay, EX_X[k] + EX_PAD, top - EX_PAD - EX_SIZE - 0.5, c, AB, EX_SIZE)
        lay.line(EX_L, top, EX_R, top, 1.0, BLACK)
        lay.line(EX_L, top - hh, EX_R, top - hh, 0.6, BLACK)
        return top - hh

    y = header(y)
    pages_top = {1: y}
    for sid, desc, appraisal, rows in _text.EX_STUDIES:
        for j, (loc, words, codes) in enumerate(rows):
            numbered = re.fullmatch(r"\d+\.\d+", loc) is not None
            if numbered:
                t = pm.make(words, "adult")
                texts[loc] = t
                order.append(loc)
            else:
                t = words
                others.append((loc, t))
            cells = {0: ex_lines(0, sid, AB) if j == 0 else [], 1: ex_lines(1, desc) if j == 0 else [],
                     2: [loc], 3: ex_lines(3, t), 4: ex_lines(4, codes), 5: ex_lines(5, appraisal) if j == 0 else []}
            n_lines = max(len(v) for v in cells.values())
            full = j == 0
            base = y - EX_PAD - EX_SIZE + 0.6
            if base - EX_LEAD - EX_PAD < EX_BOT:  # not two lines' room: the whole row goes over
                lay.new_page()
                y = header(EX_TOP)
                pages_top[lay.n] = y
                base = y - EX_PAD - EX_SIZE + 0.6
                full = True
            # the row's top rule: across the table at a study's first row, from the Location column on otherwise
            lay.line(EX_L if full else EX_X[2], y, EX_R, y, 0.4 if full else 0.25, RULE)
            first = None
            for li in range(n_lines):
                if base - EX_PAD < EX_BOT:
                    # Word breaks the row: the rest goes on under the repeated header row
                    lay.new_page()
                    y = header(EX_TOP)
                    pages_top[lay.n] = y
                    base = y - EX_PAD - EX_SIZE + 0.6
                for k, lines in cells.items():
                    if li < len(lines):
                        font = AB if k == 0 else A
                        tx(lay, EX_X[k] + EX_PAD, base, lines[li], font, EX_SIZE)
                if li == 0:
                    first = (lay.n, base)
                base -= EX_LEAD
            y = base + EX_LEAD - EX_PAD - 2.0
            if numbered:
                placed[loc] = (first[0], EX_X[2] + EX_PAD, first[1])
                ends[loc] = lay.n
                codes_at[loc] = (first[0], EX_X[4] + EX_PAD, first[1], codes)
    lay.line(EX_L, y, EX_R, y, 1.0, BLACK)
    y -= 16
    tx(lay, EX_L, y, "Abbreviations: " + _text.EX_ABBREV, A, 8)
    n = lay.n
    for k in range(1, n + 1):
        tx(lay, EX_L, h - 40, _text.EX_FILE, AB, 9, page=k)
        tx(lay, EX_R - sw(_text.EX_PAPER, A, 8), h - 40, _text.EX_PAPER, A, 8, GREY, page=k)
        tx(lay, EX_L, 34, _text.EX_FOOT, AI, 7.5, GREY, page=k)
        folio = f"S2-{k}"
        tx(lay, EX_R - sw(folio, A, 9), 34, folio, A, 9, page=k)
    lay.render(path, canvas_info("Supplementary file 2 - data extraction", "Rahman S", "Microsoft\u00ae Word for "
                                 "Microsoft 365", "Microsoft\u00ae Word for Microsoft 365"))
    result = [entry(lab, placed[lab][0], texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    cross = check_crossings(path.name, result, [ends[lab] for lab in order], least=1)
    check_extraction(path, result, texts, placed, codes_at, others, pages_top, code_starts)
    return {
        "note": ("A THEMATIC REVIEW'S PARAGRAPHS IN A SYSTEMATIC REVIEW'S DATA-EXTRACTION TABLE (Word, landscape A4, "
                 f"exported to PDF; {n} pages): the Word header 'Supplementary file 2' and the paper's name, the "
                 "footer's FICTIONAL line and folios 'S2-1' ...; the table's title, a note on locations and a KEY "
                 "TO THEME CODES wrapped so that a line BEGINS WITH A CODE ('" + next(
                     ln for _y, ln in code_starts[1:] if re.match(r"\d\.\d", ln)).split(";")[0] + ";'); then "
                 "ONE TABLE of six columns with horizontal rules only: Study ID | Review (type, area, year) | "
                 "Location | Extract (verbatim) | Theme code(s) | Appraisal, its shaded header row REPEATED ON EVERY "
                 "PAGE. One row per extract; the Study ID, the review's description and the appraisal ('CASP 9/10') "
                 "are in cells MERGED DOWN the study's rows (printed once, no rule between its rows in those "
                 "columns). FOUR STUDIES IN STUDY-ID ORDER: S03 (a serious case review) and S07 (a domestic "
                 "homicide review) quoted by PAGE ('p. 14', 'pp. 22\u201323', 'p. 31') BEFORE, and S15 (a learning "
                 "review, 'pp. 8\u20139', 'p. 17') AFTER, S12, a thematic review of self-neglect whose 12 extracts "
                 "are its numbered paragraphs (2.2, 2.6, 3.1, 3.4, 3.5, 4.2, 4.8, 5.1, 5.3, 6.4, 6.7, 7.2), the "
                 "number alone in the Location column on the extract's first line. THE THEME CODES ARE BARE "
                 "DECIMALS ('2.1', '1.2; 3.1') in the column to the right of each extract, on its first line. WORD "
                 f"BREAKS A ROW over a page break ({', '.join(cross)}): the rest of the extract goes on under the "
                 "repeated header row with the other cells empty. Not paragraphs: the other studies' extracts, "
                 "study IDs, descriptions, locations, theme codes, appraisals, the key, notes, headers and "
                 "footers. Pages: physical (the page of the row's first line)."),
        "paragraphs": result,
    }


def check_extraction(path, result, texts, placed, codes_at, others, pages_top, code_starts):
    """pdfplumber: the Extract column's words, page after page below the header row, hold every extract whole in
    table order (so a row broken over a page reads on), the thematic review's and the other studies'; each number
    and its theme codes drawn on the row's first line in their columns; other studies' page locations; the header
    row on every page; a line of the code key beginning with a code."""
    pages = pdf_pages(path)
    h = EX_PAGE[1]
    col = []
    for k, chars in enumerate(pages, 1):
        col += words_of(box_chars(chars, EX_X[3], EX_BOT - 4, EX_X[4], pages_top[k] - 1, h))
    want = []
    for _sid, _d, _a, rows in _text.EX_STUDIES:
        for loc, words, _c in rows:
            want.append(texts[loc] if isinstance(words, int) else words)
    at = 0
    for t in want:
        nt = norm(t)
        k = next((i for i in range(at, len(col) - len(nt) + 1) if col[i:i + len(nt)] == nt), None)
        if k is None:
            raise AssertionError(f"extraction.pdf: extract not read back in order: {t[:40]}")
        at = k + len(nt)
    for d in result:
        pg, x, y = placed[d["label"]]
        label_at(pages[pg - 1], x, y, d["label"], path.name)
        cpg, cx, cy, codes = codes_at[d["label"]]
        label_at(pages[cpg - 1], cx, cy, codes.split(";")[0], path.name)
    for k, chars in enumerate(pages, 1):
        head = words_of(box_chars(chars, EX_L, pages_top[k], EX_R, pages_top[k] + EX_LEAD + 2 * EX_PAD + 3, h))
        if head[:3] != ["study", "id", "review"]:
            raise AssertionError(f"extraction.pdf: header row on page {k}: {head[:4]}")
    locs = [w for k, chars in enumerate(pages, 1)
            for w in words_of(box_chars(chars, EX_X[2], EX_BOT - 4, EX_X[3], pages_top[k] - 1, h))]
    if locs.count("p") + locs.count("pp") != sum(1 for _l, _t in others):
        raise AssertionError(f"extraction.pdf: page locations {locs}")
    if not any(re.match(r"\d\.\d [a-z]", ln) for _y, ln in code_starts[1:]):
        raise AssertionError("extraction.pdf: code key")


# --------------------------------------------------------------------------
# 5. preprint.txt: a learning review quoted in a preprint, as the archive's "download as text" gives it
# --------------------------------------------------------------------------
PP_NUMW, PP_GAP = 4, "   "
PP_LINES = 46  # printed lines on a page
PP_PAGEW = PP_NUMW + len(PP_GAP) + _text.PP_WIDTH
PP_Q_NUM, PP_Q_TEXT, PP_Q_RIGHT = 6, 12, 4
VOWELS = set("aeiouy")
DIGRAPHS = {"sh", "ch", "th", "ph", "ck", "gh", "wh", "qu", "ng"}


def pp_split(word, room):
    """Where a word too long for the line is hyphenated: after its own hyphen, or (seven letters or more, three
    left on either side) between two consonants after a vowel that are no digraph ("prac-tice", "pub-lished"), else
    before a consonant between vowels ("poli-cy"), the rightmost such place whose first part and hyphen fit in
    ``room`` characters. Returns (head with hyphen, tail) or None."""
    if "-" in word[:-1]:
        k = word.index("-") + 1
        return (word[:k], word[k:]) if k <= room else None
    m = re.fullmatch(r"([A-Za-z]+)(.*)", word)
    if not m or len(m.group(1)) < 7:
        return None
    core = m.group(1).lower()
    places = range(len(core) - 3, 2, -1)
    for rule in ("vc|c", "v|cv"):
        for k in places:
            a, b = core[k - 1], core[k]
            if rule == "vc|c":
                ok = a not in VOWELS and b not in VOWELS and a + b not in DIGRAPHS and (core[k - 2] in VOWELS or
                                                                                       a == b)
            else:
                ok = a in VOWELS and b not in VOWELS and core[k + 1] in VOWELS
            if ok and k + 1 <= room:
                return word[:k] + "-", word[k:]
    return None


def pp_wrap(text, width, first_indent=0):
    """Greedy lines of at most ``width`` characters with hyphenation at line ends; the first line ``first_indent``
    narrower. Returns lists of words (a hyphenated head ends its line)."""
    words, lines, cur = text.split(" "), [], []
    k = 0
    while k < len(words):
        w = words[k]
        lim = width - (first_indent if not lines else 0)
        used = len(" ".join(cur))
        if not cur or used + 1 + len(w) <= lim:
            cur.append(w)
            k += 1
            continue
        cut = pp_split(w, lim - used - 1)
        if cut:
            cur.append(cut[0])
            words[k] = cut[1]
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)
    return lines


def pp_justify(words, width):
    """A line set to ``width`` as a layout-keeping text conversion gives a justified line: extra spaces between
    its words, spread from the left."""
    if len(words) < 2:
        return " ".join(words)
    extra = width - len("".join(words))
    gaps = len(words) - 1
    base, more = divmod(extra, gaps)
    out = words[0]
    for j, w in enumerate(words[1:]):
        out += " " * (base + (1 if j < more else 0)) + w
    return out


def pp_block(text, indent, width, first_extra=0, label=None, label_at=0, justify=True):
    """A paragraph's printed lines (without their line numbers): ``indent`` spaces, the first line ``first_extra``
    further in (or holding ``label`` at ``label_at``), justified to ``width`` but the last."""
    lines = pp_wrap(text, width, first_extra)
    out = []
    for j, ln in enumerate(lines):
        w = width - (first_extra if j == 0 else 0)
        body = pp_justify(ln, w) if justify and j < len(lines) - 1 else " ".join(ln)
        if j == 0 and label:
            out.append(" " * label_at + label.ljust(indent - label_at) + body)
        else:
            out.append(" " * (indent + (first_extra if j == 0 else 0)) + body)
    return out


def pp_wrapped(text):
    for filler in _text.PP_WRAP_FILLERS:
        t = text.replace("{wrap} ", f"{filler} " if filler else "")
        lines = pp_block(t, 0, _text.PP_WIDTH, 3)
        if any(ln.startswith("4.1 and 4.4") for ln in lines[1:]):
            return t
    raise AssertionError("preprint.txt: no filler wraps a line to begin with 4.1")


def make_preprint(out, pm):
    path = out / "preprint.txt"
    W = _text.PP_WIDTH
    cites = numbered_cites(6407, _text.PP_N_REFS, _text.PP_REVIEW_REF)
    prose = Prose(6408, cites)
    texts, result = {}, []
    # the document as printed lines: (text or None for a blank line, label of the quotation it belongs to or None)
    doc = [(ln.center(W).rstrip(), None) for ln in _text.PP_TITLE] + [(None, None)]
    doc += [(ln.center(W).rstrip(), None) for ln in _text.PP_AUTHORS] + [(None, None), ("Abstract", None)]
    doc += [(ln, None) for ln in pp_block(_text.PP_ABSTRACT, 0, W)] + [(None, None)]
    after_break = True
    for item in _text.PP_BODY:
        kind = item[0]
        if kind in ("sec", "sub"):
            doc += [(None, None), (f"{item[1]}  {item[2]}", None)]
            after_break = True
        elif kind in ("p", "t", "wrap"):
            t = prose.para(item[1]) if kind == "p" else (pp_wrapped(item[1]) if kind == "wrap" else item[1])
            doc += [(ln, None) for ln in pp_block(t, 0, W, 0 if after_break else 3)]
            after_break = False
        elif kind == "q":
            doc.append((None, None))
            for label, n_words in item[1]:
                texts[label] = pm.make(n_words, "child")
                result.append(entry(label, None, texts[label]))
                doc += [(ln, label) for ln in pp_block(texts[label], PP_Q_TEXT, W - PP_Q_TEXT - PP_Q_RIGHT,
                                                       label=label, label_at=PP_Q_NUM)]
            doc.append((None, None))
            after_break = True
        elif kind == "tab":
            head, *rows = _text.PP_TABLE
            doc += [(None, None), (head, None)]
            for r in rows:
                *name, a, b = r.split(" ")
                doc.append((" ".join(name).ljust(40) + a.rjust(12) + b.rjust(12), None))
            doc.append((None, None))
            after_break = True
    refs = _text.references(_text.PP_N_REFS, 66, (_text.PP_REVIEW_REF, _text.PP_REVIEW))
    doc += [(None, None), ("References", None)]
    for k, r in enumerate(refs, 1):
        lines = pp_wrap(f"{k}. {r}", W - 4)
        doc += [(("" if j == 0 else "    ") + " ".join(ln), None) for j, ln in enumerate(lines)]
    # pages of PP_LINES printed lines, each under the running head and over its folio; numbered lines
    pages, cur, n, starts, ends = [], [], 0, {}, {}
    printed = 0
    for text, label in doc:
        if text is None:
            if cur and cur[-1] != "":
                cur.append("")
            continue
        if printed == PP_LINES:
            pages.append(cur)
            cur, printed = [], 0
        n += 1
        printed += 1
        cur.append(f"{n:>{PP_NUMW}}{PP_GAP}{text}".rstrip())
        if label:
            starts.setdefault(label, len(pages) + 1)
            ends[label] = len(pages) + 1
    pages.append(cur)
    head = _text.PP_RUNNING.center(PP_PAGEW).rstrip()
    out_pages = []
    for k, lines in enumerate(pages, 1):
        while lines and lines[-1] == "":
            lines.pop()
        while lines and lines[0] == "":
            lines.pop(0)
        out_pages.append("\n".join([head, "", *lines, "", str(k).center(PP_PAGEW).rstrip()]))
    text = "\n".join(_text.PP_BANNER) + "\n\n" + "".join(p + "\n\f" for p in out_pages)
    path.write_text(text, encoding="utf-8", newline="\n")
    order = [d["label"] for d in result]
    flat = [ln for p in out_pages for ln in p.split("\n")]
    hyph = [(a.split()[-1], re.match(r" *\d+ +([a-z]+)", b).group(1)) for a, b in itertools.pairwise(flat)
            if re.search(r"[a-z]-$", a) and re.match(r" *\d+ +[a-z]", b)]
    inside = " " * (len(PP_GAP) + PP_Q_NUM)
    quoted_hyph = sum(1 for a in flat if re.search(r"[a-z]-$", a) and re.match(rf" *\d+{inside}", a))
    cross = [lab for lab in order if starts[lab] != ends[lab]]
    if len(cross) < 2:
        raise AssertionError(f"preprint.txt: crossings {cross}")
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_preprint(path, result, texts, len(pages))
    return {
        "note": ("A LEARNING REVIEW QUOTED IN A PREPRINT, AS THE ARCHIVE'S 'DOWNLOAD AS TEXT' GIVES IT (UTF-8, LF, "
                 f"layout kept; {len(pages)} pages parted by form feeds): the archive's three-line banner first "
                 "(the FICTIONAL line among them); then on every page a centred running head 'PREPRINT \u2013 NOT "
                 "PEER REVIEWED \u2013 ...', a blank line, the page's printed lines EACH BEHIND ITS LINE NUMBER, "
                 "right-aligned in four places and three spaces ('  87   ...'), THE NUMBERS RUNNING ON FROM 1 "
                 f"THROUGH THE WHOLE PREPRINT TO {n} (blank lines unnumbered), a blank line and the page's folio "
                 "centred ALONE ON ITS LINE. The text is JUSTIFIED WITH EXTRA SPACES between words (not on a "
                 "paragraph's last line), with words HYPHENATED AT LINE ENDS (" + ", ".join(
                     f"'{a}' / '{b}'" for a, b in hyph[:4]) + f", {len(hyph)} in all, {quoted_hyph} inside quoted "
                 "paragraphs); prose paragraphs have a three-space first-line "
                 "indent except after a heading or a quotation; the article's sections are numbered lines '2.1  "
                 "The review', '3  What the review says'. THE REVIEW'S PARAGRAPHS are quoted with their numbers "
                 "INDENTED: the number six spaces in, the text at twelve, the continuation lines at twelve too "
                 "('  99         4.1   The ...'), a blank line before and after each quotation, one to two "
                 f"paragraphs to a quotation; {', '.join(cross)} run over a page break (past the folio, the form "
                 "feed and the next running head). Traps: the line numbers before every number; a prose line that "
                 "BEGINS '4.1 and 4.4 or one of them, ...'; Table 1 flattened to lines of words and right-aligned "
                 "figures; the reference list '1.' to '18.' with hanging lines; folios alone on a line. Not "
                 "paragraphs: everything but the quoted paragraphs. No pages (null)."),
        "paragraphs": result,
    }


def check_preprint(path, result, texts, n_pages):
    """The text read back: form feeds part the pages, each opening with the running head and ending with its folio;
    every other non-blank line is a line number (running on from 1) and three spaces; with the numbers taken off and
    line-end hyphens joined (a word of the texts when joined, else kept), the lines hold every quotation's number
    and text in one piece; quotations indented, their numbers six spaces in; a hyphen inside a quotation; the line
    beginning '4.1 and 4.4'."""
    raw = path.read_text(encoding="utf-8")
    pages = raw.split("\f")
    if len(pages) != n_pages + 1 or pages[-1] != "":
        raise AssertionError("preprint.txt: pages")
    known = [*texts.values(), _text.PP_ABSTRACT, *(s for cat in _text.ACADEMIC.values() for s in cat),
             *(item[1] for item in _text.PP_BODY if item[0] in ("t", "wrap"))]
    vocab = {w.lower() for t in known for w in re.findall(r"[A-Za-z]+", t)}
    body, expect = [], 1
    for k, pg in enumerate(pages[:-1], 1):
        lines = pg.rstrip("\n").split("\n")
        if k == 1:
            lines = lines[len(_text.PP_BANNER) + 1:]
        if lines[0].strip() != _text.PP_RUNNING or lines[-1].strip() != str(k):
            raise AssertionError(f"preprint.txt: page {k} head or folio")
        for ln in lines[1:-1]:
            if not ln:
                body.append("")
                continue
            m = re.fullmatch(r" *(\d+)   (.*)", ln)
            if not m or int(m.group(1)) != expect:
                raise AssertionError(f"preprint.txt: line number {expect}: {ln[:20]}")
            expect += 1
            body.append(m.group(2))
    joined = ""
    for ln in body:
        s = ln.strip()
        if joined.endswith("-") and s:
            head = re.search(r"([A-Za-z]+)-$", joined)
            tail = re.match(r"[A-Za-z]+", s)
            if head and tail and (head.group(1) + tail.group(0)).lower() in vocab:
                joined = joined[:-1] + s
                continue
            joined += s
            continue
        joined += " " + s
    words = norm(joined)
    for d in result:
        lab = d["label"]
        if not contains_seq(words, norm(lab + " " + texts[lab])):
            raise AssertionError(f"preprint.txt: {lab} not read back in one piece")
        first = next(ln for ln in body if ln.startswith(" " * PP_Q_NUM + lab + " "))
        if not first[PP_Q_TEXT:].startswith(texts[lab].split(" ")[0]):
            raise AssertionError(f"preprint.txt: {lab} indent")
    hyph_in_quote = any(ln.startswith(" " * PP_Q_NUM) and ln.endswith("-") for ln in body)
    if not hyph_in_quote or not any(ln.startswith("4.1 and 4.4") for ln in body) or \
            not any("  " in ln.strip() for ln in body):
        raise AssertionError("preprint.txt: layout")


def build(out):
    return _harness.build_files(out, ParaMaker(), {"journal.pdf": make_journal, "article.html": make_article,
                                                    "thesis.docx": make_thesis, "extraction.pdf": make_extraction,
                                                    "preprint.txt": make_preprint})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind64-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
