"""Blind fixture generator 38: five FICTIONAL review documents carrying the apparatus of long reports: footnote marks
glued to the ends of sentences with a note continued over a page, a chronology table turned sideways on a float page
inside a paragraph, endnotes at the end of every chapter in lower-case roman, Word's footnotes and endnotes parts, and
a web page whose notes sit, hidden, inside the paragraphs.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
pypdf, pypdfium2, lxml, python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key
with pdfplumber/pypdfium2/lxml/python-docx, never with the project's parser.

footmarks.pdf   a domestic homicide review exported from Word (Arial 11, hanging "3.2" numbers, bold numbered section
                headings) with FOOTNOTES: each reference mark a raised, smaller digit written straight after the full
                stop of its sentence, no space ("... in April.2"), the notes at the foot of the same page in 8.5 pt
                under Word's short separator, each opening with its raised number, later lines back at the margin;
                marks among a paragraph's first eight words ("This review began in May 2023.1 The ..."), after its
                LAST word, after a closing sentence that ends in a year ("... revised in 2019.9"), in a pair "6,7"
                and in mid-paragraph; one note too long for its page is SPLIT by Word and CONTINUED at the foot of
                the next page, above that page's own notes, under the full-width CONTINUATION SEPARATOR and with no
                number, its first line there beginning "3.4 of the Ashmarrow MARAC operating protocol ..." at the
                margin (the wording of the note is chosen so that the natural line break falls there); running
                head, "Page N of M"; paragraphs over page breaks, their text going on after the notes
sideways.pdf    a safeguarding adults review typeset with LaTeX (report class, Times, pdfTeX: no space characters,
                fi/fl ligatures by /Differences, subset names): title page, "Contents", and a "List of Tables" whose
                entries BEGIN WITH THE TABLE NUMBER in the text's size ("2.1  Agencies that contributed ... 2",
                "3.1  Chronology of contacts, 2021 to 2022 . . . 5"); chapters open on new pages ("Chapter 3" over
                the title), other pages carry LaTeX's running head "CHAPTER 3. WHAT HAPPENED" (slanted capitals,
                the page number at the right); bold "3.4" numbers in the left margin (\\llap), justified text; an
                upright booktabs Table 2.1 between two paragraphs; Table 3.1, a twelve-row chronology, is a
                SIDEWAYSTABLE defined just before 3.3 and set by LaTeX on a FLOAT PAGE of its own at the next page
                break, which falls INSIDE 3.3: a portrait page with no /Rotate whose running head and folio are
                upright and whose table is drawn a quarter turn anticlockwise ("q 0 1 -1 0 x y cm"; pdfplumber reads
                it backwards, PDFium forwards); 3.3 goes on at the top of the page after it
sectnotes.pdf   a child safeguarding practice review exported from Word (Times New Roman 11.5) whose chapters are
                sections of their own (next-page section breaks) with ENDNOTES AT THE END OF EACH SECTION: after a
                chapter's last paragraph, Word's short separator and that chapter's notes in 10 pt (chapter 3's
                last paragraph runs over a page, its notes after it there); the notes are numbered straight through
                in Word's default endnote format, LOWER-CASE ROMAN, so the raised marks glued to the words are
                letters ("2023.i The", "December.ii", "2021.v"); an executive summary before chapter 1 numbered "i."
                to "iv." in the paragraph numbers' column, while the notes after chapters 1 and 2 also open "i" to
                "iv" at the margin (small and raised); italic running head, folios
wordnotes.docx  a safeguarding adults review written in Word with its notes in word/footnotes.xml and word/endnotes.xml
                (separator and continuation separator notes -1 and 0, then the notes, each opening with
                w:footnoteRef / w:endnoteRef), called by w:footnoteReference / w:endnoteReference runs in the
                superscript reference styles: footnotes 1, 2, 3 and endnotes in Word's default i, ii, iii at the end
                of the document; an executive summary numbered by its own Word list "ES%1" (custom style "ES Para",
                unnumbered Heading 1 with numId 0), then Heading 1s "%1." and paragraphs "%1.%2" on "Report Para";
                notes after a paragraph's last word and after a first sentence, a footnote of two paragraphs whose
                second quotes "6.3 ..."; a CUSTOM MARK footnote on the name "Derek" in ES1 (customMarkFollows, the
                "*" typed in a w:t); and after the last word of 3.3 a cross-reference to footnote 1, { NOTEREF
                _Ref... \\f \\h }, whose cached result "1" is a w:t in the footnote reference style (python-docx
                reads "...September.1" and "Derek*"); page breaks before the headings, header, PAGE field footer
inlinenotes.html a safeguarding adults board's WordPress post (Astra theme, saved as "Webpage, HTML only"): typed
                numbers "12. The ..." in <p>s, 1 to 15 straight through, under <h2>s; footnotes made with the Modern
                Footnotes plugin, each a raised <sup class="modern-footnotes-footnote "><a>3</a></sup> followed AT
                ONCE BY THE NOTE'S OWN TEXT INSIDE THE PARAGRAPH, <span class="modern-footnotes-footnote__note"
                role="tooltip">...</span>, hidden by the plugin's linked stylesheet until the number is clicked;
                notes after a paragraph's last word (its raw text then ends with the note), among its first eight
                words, after a year and after a first sentence, one of two paragraphs ("<br /><br />"), one with a
                link; the plugin's print-only list of the notes after the report (<h3>Notes</h3>, <ul> of
                <li><span>3</span><div>...</div></li>); site header, navigation, sidebar, post navigation, footer

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2", "12", the summary's "iv" and "ES3"
  (the number Word draws from "ES%1");
- note reference marks are no words of their paragraph, wherever they stand and whatever they are: raised digits
  glued to a full stop ("April.2", "2019.9", "6,7"), raised roman letters ("2023.i"), a custom mark ("*"), a NOTEREF
  field's raised cached result ("1"), a plugin's <sup>: the key's first eight and last six words are the text's own
  ("... in April.", "... revised in 2019.");
- the notes themselves (at the page foot, continued on the next page, at a chapter's end, in Word's notes parts, in
  a hidden <span> inside the paragraph, in a print-only list) are no paragraphs and no paragraph's text, also when a
  line of one begins with a number ("3.4 of the ...", "6.3", "i", "iii"); a paragraph's text runs on after the notes
  at a page foot;
- a table on a float page of its own (turned sideways) and its caption are no paragraph's text; the paragraph it
  interrupts is one paragraph from its first page to the page after the float page;
- contents and list-of-tables entries ("3.1  Chronology ... 5"), headings, chapter openers, running heads ("CHAPTER 3.
  WHAT HAPPENED"), folios, title blocks, notices, navigation and sidebars are no paragraph's text;
- pages: physical and 1-based for PDF. DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML: null.
"""
import io
import json
import os
import pathlib
import re
import sys
import tempfile
import zipfile

if __package__ in (None, ""):
    import importlib.util

    def _load(name, *rel):
        spec = importlib.util.spec_from_file_location(name, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                         *rel))
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod

    _text = _load("blind38_text", "text.py")
    _b36 = _load("blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from . import text as _text

ParaMaker, contains_seq, first_sentence, norm = _text.ParaMaker, _text.contains_seq, _text.first_sentence, _text.norm
# round 36's helpers (and through it rounds 34, 32, 30, 28 and 27's): measuring, wrapping, the key's entries and
# checks, escaping, a zip with fixed dates, a canvas with fixed metadata, the row flow, the Type 1 faces, reading pages
# back, Word runs and paragraphs, fields and styles
sw, wrap, entry, check_lengths, check_count = _b36.sw, _b36.wrap, _b36.entry, _b36.check_lengths, _b36.check_count
hesc, xesc, zip_parts, new_canvas, Flow = _b36.hesc, _b36.xesc, _b36.zip_parts, _b36.new_canvas, _b36.Flow
check_paged, register_fonts, page_words = _b36.check_paged, _b36.register_fonts, _b36.page_words
new_page = _b36.new_page
A, AB, TR, TB, TI = _b36.A, _b36.AB, _b36.TR, _b36.TB, _b36.TI
W_NS, XML_HEAD, PKG_REL, DOC_REL, CT_WML, R_NS = _b36.W_NS, _b36.XML_HEAD, _b36.PKG_REL, _b36.DOC_REL, _b36.CT_WML, \
    _b36.R_NS
WP_NS, wr, wp, field, styles_xml, BRK = _b36.WP_NS, _b36.wr, _b36.wp, _b36.field, _b36.styles_xml, _b36.BRK
# round 30's pdfTeX text layer: words as TJ arrays with kerns and glue, fi/fl ligatures by /Differences, subset names
_b30 = _b36._b34._b32._b30
tex_word, tex_line_items, tj, register_tex_fonts = _b30.tex_word, _b30.tex_line_items, _b30.tj, _b30.register_tex_fonts
TX_FONTS, read_pages = _b30.TX_FONTS, _b30.read_pages

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A4 = (595.28, 841.89)


def after_first(t, s):
    """``t`` with the sentence ``s`` put in after its first sentence."""
    f = first_sentence(t)
    return f + " " + s + t[len(f):]


# --------------------------------------------------------------------------
# words with note marks: a paragraph as tokens (word, mark), the mark raised and smaller right after its word
# --------------------------------------------------------------------------
def tokens_of(t, marks):
    """[(word, mark)] for the words of ``t``; ``marks`` maps a word index to the mark printed after it."""
    return [(w, marks.get(k, "")) for k, w in enumerate(t.split(" "))]


def token_width(tok, font, size, mfont, msize):
    w, m = tok
    return sw(w, font, size) + (sw(m, mfont, msize) if m else 0.0)


def wrap_tokens(toks, width, font, size, mfont, msize):
    lines, cur, used = [], [], 0.0
    space = sw(" ", font, size)
    for tok in toks:
        tw = token_width(tok, font, size, mfont, msize)
        if cur and used + space + tw > width:
            lines.append(cur)
            cur, used = [], 0.0
        used = tw if not cur else used + space + tw
        cur.append(tok)
    if cur:
        lines.append(cur)
    return lines


def draw_tokens(c, x, y, line, font, size, mfont, msize, rise, colour=(0, 0, 0)):
    """A line as Word's PDF export writes it: the words in runs, each mark a run of its own, smaller and raised."""
    run, cx = [], x
    for w, m in line:
        run.append(w)
        if m:
            s = " ".join(run)
            c.setFont(font, size)
            c.drawString(cx, y, s)
            cx += sw(s, font, size)
            c.setFont(mfont, msize)
            c.drawString(cx, y + rise, m)
            cx += sw(m, mfont, msize) + sw(" ", font, size)
            run = []
    if run:
        c.setFont(font, size)
        c.drawString(cx, y, " ".join(run))
    c.setFillColorRGB(*colour)


# --------------------------------------------------------------------------
# 1. footmarks.pdf: footnote marks at sentence ends (also a paragraph's last and first words), notes at the page
#    foot, one note continued on the next page under Word's continuation separator
# --------------------------------------------------------------------------
# items: n_words, or (kind, n_words): "FIRST" a short first sentence and a mark after it (among the first eight
# words); "END" a mark after the last word; "MID" a mark after the first sentence; "PAIR" two marks "6,7" after the
# first sentence; "YEAR" a closing sentence ending in a year, the mark after it ("2019.9"); "LONG" a mark after the
# first sentence whose note is long enough to run over onto the next page
FM_PLAN = [
    ("1.", "Introduction", [("FIRST", 85), 90]),
    ("2.", "The review process", [95, ("END", 100), 90]),
    ("3.", "Background and chronology", [110, ("MID", 105), 150, ("LONG", 115), ("END", 100), 95]),
    ("4.", "Analysis", [110, ("PAIR", 105), ("YEAR", 100), 95]),
    ("5.", "Conclusions and recommendations", [("END", 90), 85]),
]
FM_TITLE = "Domestic Homicide Review: Overview Report"
FM_HEAD = "Ashmarrow CSP \u2013 DHR \u2018Tamsin\u2019 \u2013 Overview Report \u2013 FINAL (FICTIONAL)"


def fm_long_note(k, width, first_width):
    """The long note's text and lines, chosen so that Word's split after ``k`` lines leaves a continuation that
    begins "3.4 of the ...": every combination of opening sentence, number of agencies, further sentences and merging
    sentence is tried in turn, and the first whose natural line breaks put "3.4" at the start of line k + 1 is
    taken."""
    for head in _text.FM_LONG_HEADS:
        for n in range(5, len(_text.FM_LONG_AGENCIES) + 1):
            ags = _text.FM_LONG_AGENCIES[:n]
            who = f"{_text.FM_LONG_COUNT[n]} agencies replied: " + ", ".join(ags[:-1]) + " and " + ags[-1] + "."
            for more in range(len(_text.FM_LONG_MORE) + 1):
                for merge in _text.FM_LONG_MERGES:
                    s = " ".join([head, who, *_text.FM_LONG_MORE[:more], merge, _text.FM_LONG_TAIL])
                    lines = fm_note_lines(s, width, first_width)
                    if len(lines) > k + 1 and lines[k][0] == "3.4" and lines[k - 1][-1] == "paragraph":
                        return s, lines
    raise AssertionError(f"footmarks.pdf: no wording of the long note breaks before '3.4' after {k} lines")


FM_FS, FM_LEAD, FM_GAP = 11.0, 14.6, 8.0
FM_MS, FM_RISE = 7.3, 3.7
FM_FNS, FM_FNL, FM_NMS = 8.5, 10.2, 5.7
FM_NX, FM_TX, FM_R = 72.0, 108.0, 523.0
FM_TOP, FM_BOTTOM = 770.0, 72.0
FM_SEP, FM_NOTE_GAP = 12.0, 2.0


def by_kind_label(paras, kind):
    return next(label for _n, _t, plist in paras for label, k, _t2, _m in plist if k == kind)


def fm_note_lines(s, width, first_width):
    """A footnote's lines: Word's Footnote Text style, the mark and a space before the first line, later lines flush
    with the margin."""
    words = s.split(" ")
    lines, cur, used = [], [], 0.0
    space = sw(" ", A, FM_FNS)
    for w in words:
        ww = sw(w, A, FM_FNS)
        avail = first_width if not lines else width
        if cur and used + space + ww > avail:
            lines.append(cur)
            cur, used = [], 0.0
        used = ww if not cur else used + space + ww
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def make_footmarks(out, pm):
    path = out / "footmarks.pdf"
    note_w = FM_R - FM_NX

    # the paragraphs, their marks and notes (numbered in order); the long note's text waits for the layout
    paras, notes, n_note = [], {}, 0
    ends = iter(_text.FM_NOTES["END"])
    for num, title, items in FM_PLAN:
        plist = []
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{num}{p_no}"
            t = pm.make(n_words, "dhr")
            marks = {}
            if kind == "FIRST":
                t = _text.FM_FIRST + " " + t
                n_note += 1
                marks[len(_text.FM_FIRST.split()) - 1] = str(n_note)
                notes[n_note] = _text.FM_NOTES["FIRST"]
            elif kind == "END":
                n_note += 1
                marks[len(t.split(" ")) - 1] = str(n_note)
                notes[n_note] = next(ends)
            elif kind == "YEAR":
                t = t + " " + _text.FM_YEAR
                n_note += 1
                marks[len(t.split(" ")) - 1] = str(n_note)
                notes[n_note] = _text.FM_NOTES["YEAR"]
            elif kind in ("MID", "LONG", "PAIR"):
                k = len(first_sentence(t).split(" ")) - 1
                n_note += 1
                if kind == "PAIR":
                    marks[k] = f"{n_note},{n_note + 1}"
                    notes[n_note], notes[n_note + 1] = _text.FM_NOTES["PAIR"]
                    n_note += 1
                else:
                    marks[k] = str(n_note)
                    notes[n_note] = _text.FM_NOTES["MID"] if kind == "MID" else None
            plist.append((label, kind, t, marks))
        paras.append((num, title, plist))
    long_no = next(n for n, s in notes.items() if s is None)

    # lay out line by line: a line whose marks call notes goes on a page only with its notes at that page's foot
    # (above the bottom margin, under a short separator); the long note is split where the page runs out and
    # continued at the foot of the next page under a full-width continuation separator
    pages = [{"rows": [], "notes": [], "cont": []}]
    state = {"cur": FM_TOP - 118.0, "carry": []}
    result, texts, long_at = [], [], {}

    def notes_h(pg, extra=()):
        items = ([pg["cont"]] if pg["cont"] else []) + [ls for _n, ls in pg["notes"]] + list(extra)
        n_lines = sum(len(ls) for ls in items)
        return 0.0 if not n_lines else FM_SEP + n_lines * FM_FNL + (len(items) - 1) * FM_NOTE_GAP + 4.0

    def next_page():
        pages.append({"rows": [], "notes": [], "cont": state["carry"]})
        state["carry"] = []
        state["cur"] = FM_TOP

    def room(lead, gap, extra=()):
        g = 0.0 if state["cur"] == FM_TOP else gap
        return state["cur"] - g - lead - (FM_BOTTOM + notes_h(pages[-1], extra))

    def put(draw, lead, gap, tag=None):
        g = 0.0 if state["cur"] == FM_TOP else gap
        y = state["cur"] - g - lead * 0.78
        pages[-1]["rows"].append((draw, y, tag))
        state["cur"] -= g + lead
        return len(pages), y

    first_w = note_w - sw("99 ", A, FM_NMS)
    for num, title, plist in paras:
        if room(18.0 + 2 * FM_LEAD + FM_GAP, 14.0) < 0:
            next_page()

        def head(c, y, num=num, title=title):
            c.setFont(AB, 12)
            c.drawString(FM_NX, y, num)
            c.drawString(FM_TX, y, title)
        put(head, 18.0, 14.0)
        for label, _kind, t, marks in plist:
            lines = wrap_tokens(tokens_of(t, marks), FM_R - FM_TX, A, FM_FS, A, FM_MS)
            start = None
            for li, ln in enumerate(lines):
                gap = FM_GAP if li == 0 else 0.0
                called = [int(x) for _w, m in ln if m for x in m.split(",")]
                extra = [fm_note_lines(notes[n], note_w, first_w) for n in called if n != long_no]
                if li == 0 and room(2 * FM_LEAD, gap) < 0:  # widow/orphan control: never a first line alone
                    next_page()
                if long_no in called:
                    k = 0
                    while room(FM_LEAD, gap, [*extra, [[""]] * (k + 1)]) >= 0:
                        k += 1
                    if k < 2:
                        raise AssertionError(f"footmarks.pdf: room for {k} lines of the long note")
                    s, nl = fm_long_note(k, note_w, first_w)
                    notes[long_no] = s
                    long_at.update(k=k, lines=nl)
                elif room(FM_LEAD, gap, extra) < 0:
                    next_page()

                def draw(c, y, ln=ln, first=li == 0, label=label):
                    if first:
                        c.setFont(A, FM_FS)
                        c.drawString(FM_NX, y, label)
                    draw_tokens(c, FM_TX, y, ln, A, FM_FS, A, FM_MS, FM_RISE)
                pg, _y = put(draw, FM_LEAD, gap, label)
                for n in called:
                    if n == long_no:
                        pages[-1]["notes"].append((n, long_at["lines"][:long_at["k"]]))
                        state["carry"] = long_at["lines"][long_at["k"]:]
                        long_at["page"] = pg
                    else:
                        pages[-1]["notes"].append((n, fm_note_lines(notes[n], note_w, first_w)))
                if start is None:
                    start = pg
            texts.append(t)
            result.append(entry(label, start, t))
        state["cur"] -= 4.0
    if state["carry"] or not pages[long_at["page"]]["cont"]:
        raise AssertionError("footmarks.pdf: the long note was not continued on the next page")
    npages = len(pages)

    c = new_canvas(path, {"Title": "DHR Tamsin Overview Report FINAL (FICTIONAL)", "Author": "Ashmarrow CSP",
                          "Creator": "Microsoft\u00ae Word for Microsoft 365",
                          "Producer": "Microsoft\u00ae Word for Microsoft 365"})
    for i, pg in enumerate(pages, 1):
        if i == 1:
            c.setFont(AB, 20)
            c.drawString(FM_NX, 748, FM_TITLE)
            c.setFont(A, 12.5)
            c.drawString(FM_NX, 726, "Into the death of \u2018Tamsin\u2019 in November 2022")
            c.drawString(FM_NX, 709, "Ashmarrow Community Safety Partnership (FICTIONAL)")
            c.setFont(A, 9.5)
            c.drawString(FM_NX, 690, FICT + ". " + INVENTED)
        else:
            c.setFont(A, 8)
            c.setFillGray(0.35)
            c.drawString(FM_NX, 806, FM_HEAD)
            c.setFillGray(0)
        c.setFont(A, 9)
        s = f"Page {i} of {npages}"
        c.drawString((A4[0] - sw(s, A, 9)) / 2, 40, s)
        for draw, y, _tag in pg["rows"]:
            draw(c, y)
        # the notes, bottom-aligned on the bottom margin: a continued note first (under a rule from margin to
        # margin), then a short separator's worth of the page's own notes (under a 2-inch rule if none is continued)
        h = notes_h(pg)
        if h:
            top = FM_BOTTOM + h - 4.0
            c.setLineWidth(0.5)
            c.line(FM_NX, top, FM_R if pg["cont"] else FM_NX + 144.0, top)
            y = top - FM_SEP + 2.5
            c.setFont(A, FM_FNS)
            for ln in pg["cont"]:
                c.drawString(FM_NX, y, " ".join(ln))
                y -= FM_FNL
            if pg["cont"]:
                y -= FM_NOTE_GAP
            for n, ls in pg["notes"]:
                c.setFont(A, FM_NMS)
                c.drawString(FM_NX, y + 3.0, str(n))
                c.setFont(A, FM_FNS)
                for j, ln in enumerate(ls):
                    c.drawString(FM_NX + (sw(f"{n} ", A, FM_NMS) if j == 0 else 0.0), y, " ".join(ln))
                    y -= FM_FNL
                y -= FM_NOTE_GAP
            if y + FM_NOTE_GAP + FM_FNL < FM_BOTTOM + 2.0:
                raise AssertionError(f"footmarks.pdf: page {i}'s notes below the margin")
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: the text-size characters alone give every paragraph's words in one piece, its number and first
    # words on its page; the marks are there, raised and small, right after their words (no space)
    pw = page_words(path, lambda ch: abs(ch["size"] - FM_FS) < 0.01)
    check_paged(path.name, pw, result, texts, crossing_range=(1, 5))
    import pdfplumber
    from pdfplumber.utils import extract_text
    want_marks = [m for _n, _t, plist in paras for _l, _k, _t2, marks in plist for _i, m in sorted(marks.items())]
    got_marks, note_pages, mark_pages, cont = [], {}, {}, None
    with pdfplumber.open(path) as pl:
        full = ""
        for i, page in enumerate(pl.pages, 1):
            full += extract_text(page.chars, x_tolerance=1.5) + "\n"
            ms = [ch for ch in page.chars if abs(ch["size"] - FM_MS) < 0.01]
            for w in pdfplumber.utils.extract_words(ms, x_tolerance=1.5):
                got_marks.append(w["text"])
                for n in w["text"].split(","):
                    mark_pages[int(n)] = i
            for w in pdfplumber.utils.extract_words([ch for ch in page.chars if abs(ch["size"] - FM_NMS) < 0.01],
                                                    x_tolerance=1.5):
                note_pages.setdefault(int(w["text"]), i)
            small = [ln for ln in page.extract_text_lines() if abs(ln["chars"][0]["size"] - FM_FNS) < 0.01]
            if small and small[0]["text"].startswith("3.4 of the Ashmarrow") and abs(small[0]["x0"] - FM_NX) < 0.5:
                rule = [ln for ln in page.lines if abs(ln["x0"] - FM_NX) < 0.5 and abs(ln["x1"] - FM_R) < 0.5]
                cont = (i, len(rule))
    if got_marks != want_marks or any(note_pages.get(n) != p for n, p in mark_pages.items()):
        raise AssertionError(f"footmarks.pdf: marks {got_marks}, notes on pages {note_pages} for {mark_pages}")
    if cont != (long_at["page"] + 1, 1) or next(d for d in result if d["label"] == by_kind_label(paras, "LONG"))[
            "page"] != long_at["page"]:
        raise AssertionError(f"footmarks.pdf: the continued note {cont}")
    glued = [re.escape(_text.FM_FIRST.split()[-1]) + r"1 ", r"2019\.\d+\n"]
    if not all(re.search(g, full) for g in glued):
        raise AssertionError("footmarks.pdf: marks glued to their words")
    by_kind = {}
    for _n, _t, plist in paras:
        for label, kind, _t2, _m in plist:
            by_kind.setdefault(kind, []).append(label)
    over = [d["label"] for d in result if not contains_seq(pw[d["page"] - 1], norm(d["ends_with"]))]
    end_p = next((t, m) for _n, _t, plist in paras for _l, k, t, m in plist if k == "END")
    end_eg = " ".join(end_p[0].split(" ")[-3:]) + max(end_p[1].values())
    return {
        "note": ("A domestic homicide review's overview report exported from Word to PDF (Arial 11), with Word "
                 "FOOTNOTES: the reference marks are raised, smaller digits (7.3 pt, 3.7 pt up) written straight "
                 "after the full stop that ends their sentence, with no space before them, and the notes stand "
                 "at the foot of the same page in 8.5 pt under Word's short separator rule, each opening with its "
                 "raised number; a note's later lines run back to the margin, under the paragraph numbers. Marks "
                 "fall among a paragraph's FIRST EIGHT WORDS (" + ", ".join(by_kind["FIRST"]) + ": 'This review "
                 "began in May 2023.1 The ...'), after its LAST WORD (" + ", ".join(by_kind["END"]) + ": '... "
                 + end_eg + "'), after a closing sentence that ends in a year, so that the text reads "
                 "'... revised in 2019.9' (" + ", ".join(by_kind["YEAR"]) + "), in pairs '6,7' ("
                 + ", ".join(by_kind["PAIR"]) + ") and in mid-paragraph. The marks are no words of the paragraph: "
                 "the key's first and last words are the text's own ('... " + end_eg.rstrip("0123456789") + "', '... "
                 "revised in 2019.'). "
                 f"Note {long_no} (called in {by_kind['LONG'][0]}) is too long for its page: Word splits it, and "
                 f"its last lines go to the foot of page {long_at['page'] + 1} above that page's own notes, under "
                 "the full-width CONTINUATION SEPARATOR and with no number; the continuation's first line begins "
                 "'3.4 of the Ashmarrow MARAC operating protocol ...' at the margin, in small type: part of a note, "
                 "no paragraph 3.4 (the report's 3.4 is on the page before). Bold numbered section headings "
                 "('3.  Background and chronology'), the title block, the running head from page 2 and the 'Page "
                 "N of M' footers are no paragraph's text; nor is any note. Paragraphs over page breaks: "
                 + ", ".join(over) + " (their text runs on after the notes). Pages are physical, 1-based."),
        "paragraphs": result,
    }



# --------------------------------------------------------------------------
# 2. sideways.pdf: a LaTeX report (report class, pdfTeX) with a sidewaystable chronology on a float page of its own
#    in the middle of a paragraph, a contents page and a list of tables whose entries begin "3.1"
# --------------------------------------------------------------------------
# items: n_words; ("TREF", n) a sentence citing Table 2.1 after the first; "TABLE" Table 2.1 set here ([h]);
# ("FLOAT", n) the sidewaystable [p] is defined in the source just before this paragraph, whose second sentence
# cites Table 3.1
SW_PLAN = [
    ("Introduction", [85, 90]),
    ("The review and how it was done", [("TREF", 95), "TABLE", 100, 90]),
    ("What happened", [150, 140, ("FLOAT", 150), 110, 100]),
    ("Findings", [115, 105, 110, 100]),
    ("Conclusions", [90, 85]),
]
SW_TITLE = "Safeguarding Adults Review: Mr Pellow"
SW_SUBSETS = {"R": "QXLMBD+NimbusRomNo9L-Regu", "B": "TVKWPE+NimbusRomNo9L-Medi", "I": "HZCRNA+NimbusRomNo9L-ReguItal"}
SW_FS, SW_LEAD, SW_PARSKIP = 10.95, 13.6, 5.0
SW_X0, SW_X1 = 117.64, 477.64
SW_TOP, SW_BOTTOM = 742.0, 150.0
SW_SPACE = 250  # Times' interword glue, thousandths of the size
SW_FRONT = 3  # title page, contents (i), list of tables (ii)


def tex_units(s, font):
    return sum(tex_word(w, font)[1] for w in s.split()) + SW_SPACE * (len(s.split()) - 1)


def tex_chunk(font, size, x, s, gap=SW_SPACE, dy=0.0):
    """A chunk (font, size, x, dy, TJ items) for the words of ``s``, with interword glue ``gap``."""
    return (font, size, x, dy, tex_line_items([tex_word(w, font) for w in s.split()], gap))


def bt_block(placed, fonts):
    """One BT ... ET for chunks at (y, chunk), moved from one chunk's origin to the next by Td, as pdfTeX writes."""
    ops, ox, oy, cur = ["BT"], 0.0, 0.0, None
    for y, (font, size, x, dy, items) in placed:
        if (font, size) != cur:
            ops.append(f"{fonts[font]} {size:.4f} Tf")
            cur = (font, size)
        ops.append(f"{x - ox:.3f} {y + dy - oy:.3f} Td")
        ops.append(tj(items))
        ox, oy = x, y + dy
    ops.append("ET")
    return ops


def sw_table(rows, size, caption, tabcolsep=6.0):
    """A booktabs table as LaTeX sets it: (width, height, chunks at (y, chunk) and rules (x, y, w, h)) in the
    table's own coordinates (origin at its bottom left); the caption above, 'Table 3.1: ...'."""
    ncol = len(rows[0])
    widths = [max(tex_units(r[j], "R") * size / 1000 for r in rows) + 2 * tabcolsep for j in range(ncol)]
    width = sum(widths)
    row_h = size * 1.2 + 1.5
    cap_size = 10.95
    cap = [f"Table {caption[0]}:", caption[1]]
    cap_w = (tex_units(cap[0], "R") + SW_SPACE + tex_units(cap[1], "R")) * cap_size / 1000
    height = cap_size * 1.2 + 10.0 + 3 * 2.0 + len(rows) * row_h
    chunks, rules = [], []
    y = height - cap_size
    cx = (width - cap_w) / 2
    chunks.append((y, tex_chunk("R", cap_size, cx, " ".join(cap))))
    y -= 10.0
    rules.append((0.0, y, width, 0.8))  # \toprule
    y -= 2.0
    for k, row in enumerate(rows):
        y -= row_h
        x = 0.0
        for j, cell in enumerate(row):
            chunks.append((y + 3.0, tex_chunk("R", size, x + tabcolsep, cell)))
            x += widths[j]
        if k == 0:
            rules.append((0.0, y - 1.5, width, 0.5))  # \midrule
            y -= 2.0
    rules.append((0.0, y - 1.5, width, 0.8))  # \bottomrule
    return width, height, chunks, rules


def make_sideways(out, pm):
    path = out / "sideways.pdf"
    register_tex_fonts()
    fl = Flow(SW_TOP, SW_BOTTOM, first_top=SW_TOP - 150.0)
    avail = (SW_X1 - SW_X0) * 1000 / SW_FS
    result, texts, openers, chapter_of, float_at, table1 = [], [], {}, {}, None, None
    starts, crossing = {}, {}
    for ch, (title, items) in enumerate(SW_PLAN, 1):
        if ch > 1:
            new_page(fl, SW_TOP - 150.0)
        openers[len(fl.pages)] = (ch, title)
        chapter_of.setdefault(len(fl.pages), ch)
        for p_no, it in enumerate(items, 1):
            if it == "TABLE":
                w, h, chunks, rules = sw_table(_text.SW_AGENCIES, 10.0, ("2.1", _text.SW_CAPTION_1))
                x0 = (SW_X0 + SW_X1 - w) / 2

                def draw_table(y, w=w, h=h, chunks=chunks, rules=rules, x0=x0):
                    bottom = y + 0.78 * (h + 6.0) - h - 3.0  # the row's top, less the table's height
                    return {"chunks": [(bottom + cy, (f, s_, x0 + x, dy, its)) for cy, (f, s_, x, dy, its) in chunks],
                            "rules": [(x0 + rx, bottom + ry, rw, rh) for rx, ry, rw, rh in rules]}
                pl = fl.place([(12.0, h + 6.0, draw_table, None)], keep=1)
                table1 = pl[0][0]
                continue
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{ch}.{p_no - (1 if 'TABLE' in items[:p_no - 1] else 0)}"
            t = pm.make(n_words, "adult")
            if kind == "TREF":
                t = after_first(t, "Table 2.1 lists the agencies that took part and what each of them gave the "
                                   "review.")
            if kind == "FLOAT":
                t = after_first(t, _text.SW_XREF)
            toks = [tex_word(w, "R") for w in t.split()]
            lines, cur, used = [], [], 0
            for k, tk in enumerate(toks):
                need = tk[1] + (SW_SPACE if cur else 0)
                if cur and used + need > avail:
                    lines.append(cur)
                    cur, used = [], 0
                    need = tk[1]
                cur.append(k)
                used += need
            lines.append(cur)
            rows = []
            for li, ks in enumerate(lines):
                natural = sum(toks[k][1] for k in ks)
                gap = SW_SPACE if li == len(lines) - 1 or len(ks) == 1 else (avail - natural) / (len(ks) - 1)
                chunks = [("R", SW_FS, SW_X0, 0.0, tex_line_items([toks[k] for k in ks], gap))]
                if li == 0:  # \llap{\textbf{3.4}\quad}: the number ends a quad before the text
                    chunks.append(("B", SW_FS, SW_X0 - SW_FS - tex_units(label, "B") * SW_FS / 1000, 0.0,
                                   tex_line_items([tex_word(label, "B")], SW_SPACE)))

                def draw(y, chunks=chunks):
                    return {"chunks": [(y, c_) for c_ in chunks], "rules": []}
                rows.append((SW_PARSKIP if li == 0 else 0.0, SW_LEAD, draw, label))
            if kind == "FLOAT":
                float_at = len(fl.pages)  # the float is met on this page, before the paragraph
            placed = fl.place(rows, keep=2)
            for pg, _y in placed:
                chapter_of.setdefault(pg, ch)
            starts[label] = placed[0][0]
            crossing[label] = placed[-1][0]
            texts.append(t)
            result.append((label, t))
    flabel = next(lb for lb, _t in result if lb == "3.3")
    if not (starts[flabel] == float_at and crossing[flabel] == float_at + 1):
        raise AssertionError(f"sideways.pdf: 3.3 on pages {starts[flabel]}-{crossing[flabel]}, float met on "
                             f"{float_at}")
    nbody = len(fl.pages)

    def phys(b):  # a body page's physical page: after the three front pages, and the float page after float_at
        return SW_FRONT + b + (1 if b > float_at else 0)
    result = [entry(lb, phys(starts[lb]), t) for lb, t in result]
    float_phys = SW_FRONT + float_at + 1
    if SW_FRONT + nbody + 1 > 14:
        raise AssertionError("sideways.pdf: too many pages")

    def printed(p):
        return p - SW_FRONT

    tmp = io.BytesIO()
    c = new_canvas(tmp, {"Title": SW_TITLE + " (FICTIONAL)", "Author": "Ellerbrack Safeguarding Adults Board",
                         "Creator": "LaTeX with hyperref", "Producer": "pdfTeX-1.40.25"})
    fonts = {k: c._doc.getInternalFontName(v[0]) for k, v in TX_FONTS.items()}
    mid = (SW_X0 + SW_X1) / 2

    def centred(font, size, y, s):
        return (y, tex_chunk(font, size, mid - tex_units(s, font) * size / 1000 / 2, s))

    def right(font, size, y, s, x=SW_X1):
        return (y, tex_chunk(font, size, x - tex_units(s, font) * size / 1000, s))

    def chapter_head(y_top, word, title):
        return [(y_top - 50.0 - 14.5, tex_chunk("B", 20.74, SW_X0, word)),
                (y_top - 50.0 - 14.5 - 20.0 - 24.88, tex_chunk("B", 24.88, SW_X0, title))]

    def emit(placed, rules=(), extra=()):
        ops = bt_block(placed, fonts)
        ops += [f"{x:.3f} {y:.3f} {w:.3f} {h:.3f} re f" for x, y, w, h in rules]
        c._code.append("\n".join([*ops, *extra]))
        c.showPage()

    # page 1: \maketitle on a title page of its own
    emit([centred("R", 17.28, 600, SW_TITLE), centred("R", 12.0, 570, "Ellerbrack Safeguarding Adults Board"),
          centred("R", 12.0, 552, "Independent reviewer: Dr Ruth Ennals"), centred("R", 12.0, 528, "June 2025"),
          centred("I", 10.95, 500, FICT + ". " + INVENTED)])
    # page 2: \tableofcontents (chapters bold, no leaders), page i
    toc = chapter_head(SW_TOP, "", "Contents")[1:]
    y = SW_TOP - 50.0 - 14.5 - 20.0 - 24.88 - 40.0
    ch_pages = {}
    for b, (ch, _t) in openers.items():
        ch_pages[ch] = printed(phys(b))
    for ch, (title, _items) in enumerate(SW_PLAN, 1):
        y -= 11.0
        toc += [(y, tex_chunk("B", SW_FS, SW_X0, str(ch))), (y, tex_chunk("B", SW_FS, SW_X0 + 16.4, title)),
                right("B", SW_FS, y, str(ch_pages[ch]))]
        y -= SW_LEAD
    emit([*toc, centred("R", SW_FS, 118.0, "i")])
    # page 3: \listoftables: "2.1  Title . . . . . 4", the number 1.5em in, the title 2.3em after, dotted leaders
    lot = chapter_head(SW_TOP, "", "List of Tables")[1:]
    y = SW_TOP - 50.0 - 14.5 - 20.0 - 24.88 - 40.0
    lot_lines = []
    for num, cap, pg in (("2.1", _text.SW_CAPTION_1, printed(phys(table1))),
                         ("3.1", _text.SW_CAPTION_2_SHORT, printed(float_phys))):
        x_num, x_title = SW_X0 + 16.4, SW_X0 + 16.4 + 25.2
        lot.append((y, tex_chunk("R", SW_FS, x_num, num)))
        lot.append((y, tex_chunk("R", SW_FS, x_title, cap)))
        end = x_title + tex_units(cap, "R") * SW_FS / 1000 + 4.0
        dots, dx = [], 4.5 * SW_FS / 18 * 2  # \@dotsep 4.5mu
        xd = SW_X0 + dx * (int((end - SW_X0) / dx) + 1)
        while xd < SW_X1 - 20:
            dots.append(xd)
            xd += dx
        lot.append((y, ("R", SW_FS, dots[0], 0.0, [x for k, xd_ in enumerate(dots) for x in
                                                    ([b"."] if k == 0 else [-round((dx - 2.74) * 1000 / SW_FS),
                                                                            b"."])])))
        lot.append(right("R", SW_FS, y, str(pg)))
        lot_lines.append((num, y))
        y -= SW_LEAD
    emit([*lot, centred("R", SW_FS, 118.0, "ii")])
    # the body pages, the float page after the page where 3.3 begins
    for b, rows in enumerate(fl.pages, 1):
        placed, rules = [], []
        pno = phys(b)
        if b in openers:
            placed += chapter_head(SW_TOP, f"Chapter {openers[b][0]}", openers[b][1])
            placed.append(centred("R", SW_FS, 118.0, str(printed(pno))))
        else:
            ch = chapter_of[b]
            placed.append((766.0, tex_chunk("I", SW_FS, SW_X0, f"CHAPTER {ch}. {SW_PLAN[ch - 1][0].upper()}")))
            placed.append(right("R", SW_FS, 766.0, str(printed(pno))))
        for draw, y, _tag in rows:
            d = draw(y)
            placed += d["chunks"]
            rules += d["rules"]
        emit(placed, rules)
        if b == float_at:  # the float page: running head and folio upright, the table turned a quarter turn
            w, h, chunks, trules = sw_table(_text.SW_CHRONOLOGY, 10.0, ("3.1", _text.SW_CAPTION_2))
            X = A4[0] / 2 + h / 2
            Y = (SW_TOP + SW_BOTTOM) / 2 - w / 2
            head = [(766.0, tex_chunk("I", SW_FS, SW_X0, f"CHAPTER 3. {SW_PLAN[2][0].upper()}")),
                    right("R", SW_FS, 766.0, str(printed(float_phys)))]
            rot = ([f"q 0 1 -1 0 {X:.3f} {Y:.3f} cm"] + bt_block(chunks, fonts)
                   + [f"{x:.3f} {y:.3f} {w_:.3f} {h_:.3f} re f" for x, y, w_, h_ in trules] + ["Q"])
            emit(head, (), rot)
    c.save()
    # pdfTeX's subset font names, and no ToUnicode
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    w_ = PdfWriter(clone_from=PdfReader(io.BytesIO(tmp.getvalue())))
    rename = {"/" + face: "/" + SW_SUBSETS[k] for k, (_n, face, _s) in TX_FONTS.items()}
    for page in w_.pages:
        for fref in page["/Resources"]["/Font"].values():
            f = fref.get_object()
            if f.get("/BaseFont") in rename:
                new = rename[f["/BaseFont"]]
                f[NameObject("/BaseFont")] = NameObject(new)
                f["/FontDescriptor"].get_object()[NameObject("/FontName")] = NameObject(new)
                if "/ToUnicode" in f:
                    raise AssertionError("sideways.pdf: a ToUnicode map")
    buf = io.BytesIO()
    w_.write(buf)
    path.write_bytes(buf.getvalue())
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: the body's upright text-size characters (the running heads above the text block left out) give
    # every paragraph in one piece, its number and first words on its page; 3.3 ends two pages after it starts
    pw = read_pages(path, lambda ch: abs(ch["size"] - SW_FS) < 0.01 and ch["upright"]
                    and ch["y0"] >= SW_BOTTOM - 6 and ch["y1"] <= SW_TOP + 4, x_tol=1.0, nfkc=True)
    check_paged_n(path.name, pw, result, texts, (1, 5), (10, 14))
    d33 = next(d for d in result if d["label"] == "3.3")
    if pw[float_phys - 1] or d33["page"] != float_phys - 1 or not contains_seq(pw[float_phys],
                                                                                norm(d33["ends_with"])):
        raise AssertionError("sideways.pdf: 3.3 round the float page")
    import pdfplumber
    import pypdfium2 as pdfium
    with pdfplumber.open(path) as pl:
        chars = [ch for pg in pl.pages for ch in pg.chars]
        turned = [ch for ch in pl.pages[float_phys - 1].chars if not ch["upright"]]
        lot = [(round(ln["x0"], 1), ln["text"].split()[0]) for ln in
               pl.pages[2].extract_text_lines(x_tolerance=1.0) if ln["text"][0].isdigit()]
    if any(ch["text"] == " " for ch in chars) or sum(ch["text"] in "\ufb01\ufb02" for ch in chars) < 10:
        raise AssertionError("sideways.pdf: pdfTeX's text layer")
    if len(turned) < 500 or any(tuple(round(v, 3) for v in ch["matrix"][:4]) != (0.0, 1.0, -1.0, 0.0)
                                for ch in turned):
        raise AssertionError("sideways.pdf: the table is not turned a quarter turn anticlockwise")
    if lot != [(round(SW_X0 + 16.4, 1), "2.1"), (round(SW_X0 + 16.4, 1), "3.1")]:
        raise AssertionError(f"sideways.pdf: list of tables {lot}")
    doc = pdfium.PdfDocument(str(path))
    ftext = doc[float_phys - 1].get_textpage().get_text_range().replace("\r\n", "\n")
    doc.close()
    if "Table 3.1: " + _text.SW_CAPTION_2 not in ftext or "03/10/2022 Fire and rescue service" not in ftext:
        raise AssertionError("sideways.pdf: the turned table as PDFium reads it")
    return {
        "note": ("A safeguarding adults review typeset with LaTeX (report class, 11 pt, Times; pdfTeX with hyperref): "
                 "the text layer has no space characters (each line one TJ array, words parted by the justified "
                 "glue, fi/fl ligature glyphs by a /Differences encoding, no ToUnicode, subset font names). A title "
                 "page, a 'Contents' page (bold chapter entries, page i) and a 'List of Tables' page (page ii) whose "
                 "entries BEGIN WITH THE TABLE NUMBER in the text's own size, '2.1  Agencies that contributed to "
                 f"the review . . . . {printed(phys(table1))}' and '3.1  Chronology of contacts, 2021 to 2022 . . . . "
                 f"{printed(float_phys)}', 16 pt in: no "
                 "paragraphs 2.1 and 3.1. Chapters open on new pages under 'Chapter 3' and the title in large "
                 "bold; other pages carry LaTeX's running head, the chapter's number and title in slanted capitals "
                 "('CHAPTER 3. WHAT HAPPENED') with the page number at the right. The paragraphs are numbered "
                 "'3.4' in bold in the left margin (\\llap, a quad before the text), justified, not indented. Table "
                 "2.1 (booktabs rules, 10 pt) stands between 2.1 and 2.2. Table 3.1, a chronology of twelve "
                 "contacts in four columns, is a SIDEWAYSTABLE (rotating package) defined just before paragraph "
                 f"3.3: LaTeX puts it on a FLOAT PAGE of its own (page {float_phys}) at the first page break after "
                 f"it, which falls inside 3.3, so 3.3 begins on page {float_phys - 1} and goes on at the top of "
                 f"page {float_phys + 1}. The float page is portrait with no /Rotate: its running head and folio are "
                 "upright and the table, caption and all, is drawn a quarter turn anticlockwise ('q 0 1 -1 0 x y "
                 "cm'), so its lines run up the page (pdfplumber reads them backwards, PDFium forwards). The table, "
                 "its caption and its dates are no paragraph's text; 3.3 is one paragraph from page "
                 f"{float_phys - 1} to page {float_phys + 1}. Titles, contents and list-of-tables entries, chapter "
                 "headings, running heads and folios are no paragraph's text. Pages are physical, 1-based (the "
                 "printed arabic numbers start at 1 on page 4)."),
        "paragraphs": result,
    }


def check_paged_n(name, pw, result, texts, crossing_range, n_pages):
    """check_paged for a longer document: every paragraph's words in one piece, its label and first words on its
    page, a few paragraphs over page breaks, the page count in ``n_pages``."""
    if not n_pages[0] <= len(pw) <= n_pages[1]:
        raise AssertionError(f"{name}: {len(pw)} pages")
    allw = [w for p in pw for w in p]
    crossing = 0
    for d, t in zip(result, texts, strict=True):
        if not contains_seq(allw, norm(t)):
            raise AssertionError(f"{name}: text of {d['label']} not read back in one piece")
        if not contains_seq(pw[d["page"] - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"{name}: label and starts_with of {d['label']} on page {d['page']}")
        crossing += not contains_seq(pw[d["page"] - 1], norm(d["ends_with"]))
    if not crossing_range[0] <= crossing <= crossing_range[1]:
        raise AssertionError(f"{name}: {crossing} paragraphs across a page break")



# --------------------------------------------------------------------------
# 3. sectnotes.pdf: Word endnotes placed at the end of each section (each chapter a section), numbered i, ii, iii
#    straight through, their raised roman marks glued to the words before them; a summary numbered i. to iv.
# --------------------------------------------------------------------------
# items: n_words, or (kind, n_words) as in footmarks.pdf ("FIRST", "END", "MID", "YEAR"); the summary's paragraphs
# are numbered "i." to "iv." and call no notes
SN_PLAN = [
    ("", "Executive summary", [70, 75, 80, 70]),
    ("1.", "Introduction", [("FIRST", 85), ("END", 90)]),
    ("2.", "Ellis and his family", [100, ("MID", 105), ("END", 95)]),
    ("3.", "What happened", [150, ("YEAR", 140), 185, ("END", 140)]),
    ("4.", "What the partnership has learned", [("MID", 100), 95, ("END", 90)]),
]
SN_TITLE = "Child Safeguarding Practice Review: Ellis"
SN_HEAD = "Corvenholt SCP \u2013 Child Safeguarding Practice Review: Ellis \u2013 published version (FICTIONAL)"
SN_FS, SN_LEAD, SN_GAP = 11.5, 15.0, 8.0
SN_MS, SN_RISE = 7.7, 4.0
SN_FNS, SN_FNL, SN_NMS = 10.0, 12.0, 6.7
SN_NX, SN_TX, SN_R = 72.0, 108.0, 523.0


def roman(n):
    out = ""
    for v, s in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out += s
            n -= v
    return out


def make_sectnotes(out, pm):
    path = out / "sectnotes.pdf"
    fl = Flow(770.0, 76.0, first_top=650.0)
    result, texts, n_note, kinds, glued = [], [], 0, {}, []
    note_pages, mark_pages = {}, {}
    ends, mids = iter(_text.SN_NOTES["END"]), iter(_text.SN_NOTES["MID"])
    for s_no, (num, title, items) in enumerate(SN_PLAN):
        if s_no:
            new_page(fl)  # every chapter is a section of its own, after a next-page section break

        def head(c, y, num=num, title=title):
            c.setFont(TB, 13)
            if num:
                c.drawString(SN_NX, y, num)
            c.drawString(SN_TX if num else SN_NX, y, title)
        rows = [(14.0, 20.0, head, None)]
        notes = []
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{num}{p_no}" if num else roman(p_no)
            t = pm.make(n_words, "child")
            marks = {}
            if kind != "PLAIN":
                n_note += 1
                mark = roman(n_note)
                if kind == "FIRST":
                    t = _text.SN_FIRST + " " + t
                    marks[len(_text.SN_FIRST.split()) - 1] = mark
                    notes.append((mark, _text.SN_NOTES["FIRST"]))
                    glued.append(_text.SN_FIRST.split()[-1] + mark)
                elif kind == "END":
                    marks[len(t.split(" ")) - 1] = mark
                    notes.append((mark, next(ends)))
                    glued.append(t.split(" ")[-1] + mark)
                elif kind == "YEAR":
                    t = t + " " + _text.SN_YEAR
                    marks[len(t.split(" ")) - 1] = mark
                    notes.append((mark, _text.SN_NOTES["YEAR"]))
                    glued.append(t.split(" ")[-1] + mark)
                    year_g = glued[-1]
                else:
                    marks[len(first_sentence(t).split(" ")) - 1] = mark
                    notes.append((mark, next(mids)))
                kinds.setdefault(kind, []).append(label)
            lines = wrap_tokens(tokens_of(t, marks), SN_R - SN_TX, TR, SN_FS, TR, SN_MS)
            prow = []
            for li, ln in enumerate(lines):
                def draw(c, y, ln=ln, num=(label if num else label + ".") if li == 0 else None):
                    if num:
                        c.setFont(TR, SN_FS)
                        c.drawString(SN_NX, y, num)
                    draw_tokens(c, SN_TX, y, ln, TR, SN_FS, TR, SN_MS, SN_RISE)
                prow.append((SN_GAP if li == 0 else 0.0, SN_LEAD, draw, label))
            placed = fl.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            for (pg, _y), ln in zip(placed, lines, strict=True):
                for _w, m in ln:
                    if m:
                        mark_pages[m] = pg
            texts.append(t)
            result.append(entry(label, placed[0][0], t))
        if notes:  # the section's endnotes, straight after its last paragraph: a 2-inch rule, then the notes
            def rule(c, y):
                c.setLineWidth(0.5)
                c.line(SN_NX, y + 4.0, SN_NX + 144.0, y + 4.0)
            nrows = [(14.0, 8.0, rule, None)]
            for mark, s in notes:
                first_w = SN_R - SN_NX - sw(mark + " ", TR, SN_NMS)
                words = s.split(" ")
                nl, cur = [], []
                for w in words:
                    if cur and sw(" ".join([*cur, w]), TR, SN_FNS) > (first_w if not nl else SN_R - SN_NX):
                        nl.append(cur)
                        cur = []
                    cur.append(w)
                nl.append(cur)
                for j, ln in enumerate(nl):
                    def ndraw(c, y, ln=ln, mark=mark if j == 0 else None):
                        x = SN_NX
                        if mark:
                            c.setFont(TR, SN_NMS)
                            c.drawString(SN_NX, y + 3.5, mark)
                            x += sw(mark + " ", TR, SN_NMS)
                        c.setFont(TR, SN_FNS)
                        c.drawString(x, y, " ".join(ln))
                    nrows.append((3.0 if j == 0 else 0.0, SN_FNL, ndraw, ("note", mark)))
            placed = fl.place(nrows, keep=2)
            for (pg, _y), r_ in zip(placed, nrows, strict=True):
                if r_[3]:
                    note_pages.setdefault(r_[3][1], pg)
    c = new_canvas(path, {"Title": "CSPR Ellis - published version (FICTIONAL)", "Author": "Corvenholt SCP",
                          "Creator": "Microsoft\u00ae Word 2016", "Producer": "Microsoft\u00ae Word 2016"})
    for i, rows in enumerate(fl.pages, 1):
        if i == 1:
            c.setFont(TB, 20)
            c.drawString(SN_NX, 752, SN_TITLE)
            c.setFont(TR, 12.5)
            c.drawString(SN_NX, 730, "Corvenholt Safeguarding Children Partnership (FICTIONAL) \u2013 March 2025")
            c.setFont(TI, 10)
            c.drawString(SN_NX, 712, FICT + ". " + INVENTED)
        else:
            c.setFont(TI, 8.5)
            c.setFillGray(0.35)
            c.drawString(SN_NX, 806, SN_HEAD)
            c.setFillGray(0)
        c.setFont(TR, 10)
        c.drawCentredString(A4[0] / 2, 42, str(i))
        for draw, y, _tag in rows:
            draw(c, y)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: the text-size characters give every paragraph in one piece, its number and first words on its
    # page; each section's notes stand after its last paragraph, on the page of its marks or the next; the raw text
    # has the roman marks glued to the words before them
    pw = page_words(path, lambda ch: abs(ch["size"] - SN_FS) < 0.01)
    check_paged(path.name, pw, result, texts, crossing_range=(1, 5))
    import pdfplumber
    from pdfplumber.utils import extract_text, extract_words
    got_marks, full = [], ""
    with pdfplumber.open(path) as pl:
        for page in pl.pages:
            full += extract_text(page.chars, x_tolerance=1.5) + "\n"
            got_marks += [w["text"] for w in extract_words([ch for ch in page.chars if abs(ch["size"] - SN_MS) <
                                                             0.01], x_tolerance=1.5)]
        summary = [(round(ln["x0"]), ln["text"].split()[0]) for ln in pl.pages[0].extract_text_lines()
                   if re.match(r"[ivx]+\. ", ln["text"])]
        notes_at = [(i, w["text"]) for i, pg in enumerate(pl.pages, 1) for w in extract_words(
            [ch for ch in pg.chars if abs(ch["size"] - SN_NMS) < 0.01], x_tolerance=1.5) if abs(w["x0"] - SN_NX) < 0.5]
    want = [roman(n) for n in range(1, n_note + 1)]
    if got_marks != want or [m for _i, m in notes_at] != want or \
            any(note_pages[m] != i or note_pages[m] < mark_pages[m] for i, m in notes_at):
        raise AssertionError(f"sectnotes.pdf: marks {got_marks}, notes {notes_at}")
    if not all(g in full.replace(" ", "") for g in glued) or summary != [(round(SN_NX), f"{roman(k)}.")
                                                                        for k in range(1, 5)]:
        raise AssertionError(f"sectnotes.pdf: glued marks or the summary's numbers {summary}")
    sec_last = {}
    for d in result:
        if "." in d["label"]:
            sec_last[d["label"].split(".")[0]] = d
    over = [d["label"] for d in result if not contains_seq(pw[d["page"] - 1], norm(d["ends_with"]))]
    return {
        "note": ("A child safeguarding practice review exported from Word (Times New Roman 11.5) in which every "
                 "chapter is a section of its own (next-page section breaks) and the ENDNOTES are placed at the "
                 "END OF EACH SECTION: after a chapter's last paragraph come Word's short separator rule and that "
                 "chapter's notes in 10 pt, each opening with its raised mark, before the next chapter starts on a "
                 "new page. The notes are numbered straight through in Word's default endnote format, LOWER-CASE "
                 f"ROMAN: i to {roman(n_note)}, and the raised marks in the text (7.7 pt, 4 pt up) are those "
                 "letters, written straight after the full stop before them, so that the text layer reads '"
                 + glued[0] + " The ...' (first sentence of " + kinds["FIRST"][0] + "), '" + glued[1] + "' (the "
                 "last word of " + kinds["END"][0] + "), '" + year_g + "' after a year (" + kinds["YEAR"][0]
                 + "). Marks fall among a paragraph's first eight words, after its last word ("
                 + ", ".join(kinds["END"]) + ") and in mid-paragraph; they are no words of the paragraph, and the "
                 "key's words are the text's own ('... started in September 2023. The ...'). Before chapter 1 an "
                 "EXECUTIVE SUMMARY's paragraphs are numbered 'i.' to 'iv.' in the paragraph numbers' column "
                 "(labels 'i' to 'iv'), while the notes at the ends of chapters 1 and 2 also begin 'i', 'ii', "
                 "'iii', 'iv' at the margin (small, raised): notes, never paragraphs i to iv again, and never part "
                 "of the chapter's last paragraph (" + ", ".join(d["label"] for d in sec_last.values()) + " end "
                 "before their notes). Title block, bold headings ('3.  What happened'), the italic running head "
                 "and the folios are no paragraph's text. Paragraphs over page breaks: " + (", ".join(over) or "none")
                 + ". Pages are physical, 1-based."),
        "paragraphs": result,
    }



# --------------------------------------------------------------------------
# 4. wordnotes.docx: Word footnotes and endnotes in their own parts, a custom mark "*", a NOTEREF cross-reference
#    whose cached result is a raised "1" typed in the text, and an executive summary numbered "ES%1" by Word
# --------------------------------------------------------------------------
# items: n_words, or (kind, n_words): "CUSTOM" a footnote with the custom mark "*" after a name in the first
# sentence; "FNEND" a footnote after the last word; "FNMID" after the first sentence; "FN2P" a footnote of two
# paragraphs after the first sentence; "ENEND" an endnote after the last word; "NOTEREF" after the last word a
# cross-reference to the first numbered footnote, formatted as a note mark
WN_PLAN = [
    ("Executive summary", [("CUSTOM", 70), 75, ("FNEND", 80), 70, 65]),
    ("Introduction", [80, ("ENEND", 85)]),
    ("Derek\u2019s life", [95, ("FNMID", 100), 90]),
    ("What happened", [105, ("FNEND", 100), ("NOTEREF", 95), 100]),
    ("Analysis", [("FN2P", 100), ("ENEND", 95)]),
    ("Conclusions", [85, ("ENEND", 80)]),
]
WN_BREAK_BEFORE = {0, 1, 3, 4}  # chapters (0 = the summary) whose heading follows a page break
WN_TITLE = "Safeguarding Adults Review: Derek"
WN_REF = "_Ref151172044"
WN_STYLES = styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="ReportPara"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:numPr>'
    '<w:numId w:val="1"/></w:numPr><w:spacing w:before="360" w:after="200"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>'
    '<w:b/><w:color w:val="2E5E4E"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReportPara"><w:name w:val="Report Para"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
    '<w:spacing w:after="200"/><w:jc w:val="both"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ESPara"><w:name w:val="ES Para"/>'
    '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr>'
    '<w:spacing w:after="200"/><w:jc w:val="both"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
    '<w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>'
    '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/>'
    '</w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn '
    'w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr>'
    '<w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:basedOn '
    'w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr>'
    '<w:vertAlign w:val="superscript"/></w:rPr></w:style>'))
WN_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid '
    'w:val="5C2A19E3"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="2C8E2B6A"/><w:lvl w:ilvl="0">'
    '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl><w:lvl w:ilvl="1">'
    '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="ReportPara"/><w:lvlText w:val="%1.%2"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1B7F40D2"/>'
    '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="6A0E55C4"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="decimal"/><w:pStyle w:val="ESPara"/><w:lvlText w:val="ES%1"/><w:lvlJc w:val="left"/><w:pPr>'
    '<w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/>'
    '</w:num></w:numbering>')


def note_ref(kind, nid, custom=None):
    """A footnote or endnote reference run as Word writes it; a custom mark follows in the same run's w:t."""
    tag, style = ("footnoteReference", "FootnoteReference") if kind == "f" else ("endnoteReference",
                                                                                  "EndnoteReference")
    if custom:
        return (f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{tag} w:customMarkFollows="1" w:id="{nid}"/>'
                f"<w:t>{custom}</w:t></w:r>")
    return f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{tag} w:id="{nid}"/></w:r>'


def notes_part(kind, notes):
    """footnotes.xml or endnotes.xml: the separator and continuation separator, then each note's paragraphs, the
    first opening with the reference mark (w:footnoteRef, or the custom mark typed)."""
    tag, style, ref = (("footnote", "Footnote", "footnoteRef") if kind == "f" else ("endnote", "Endnote", "endnoteRef"))
    sep = "".join(f'<w:{tag} w:type="{t}" w:id="{i}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                  f'w:lineRule="auto"/></w:pPr><w:r><w:{t}/></w:r></w:p></w:{tag}>'
                  for i, t in ((-1, "separator"), (0, "continuationSeparator")))
    body = []
    for nid, paras, custom in notes:
        ps = []
        for k, text in enumerate(paras):
            mark = ""
            if k == 0:
                mark = (f'<w:r><w:rPr><w:rStyle w:val="{style}Reference"/></w:rPr><w:t>{custom}</w:t></w:r>' if custom
                        else f'<w:r><w:rPr><w:rStyle w:val="{style}Reference"/></w:rPr><w:{ref}/></w:r>')
                text = " " + text
            ps.append(wp(mark + wr(text), f"{style}Text"))
        body.append(f'<w:{tag} w:id="{nid}">{"".join(ps)}</w:{tag}>')
    return f'{XML_HEAD}<w:{tag}s {WP_NS}>{sep}{"".join(body)}</w:{tag}s>'


def make_wordnotes(out, pm):
    path = out / "wordnotes.docx"
    body = [wp(wr(WN_TITLE), "Title"), wp(wr("Overview report \u2013 Quellbury Safeguarding Adults Board (FICTIONAL)")),
            wp(wr("Independent reviewer: Anjali Moss \u2013 April 2025")), wp(wr(FICT + ". " + INVENTED, "<w:i/>"))]
    foot, end_, fid, eid = [], [], 0, 0
    shown = {}  # footnote id -> the number Word prints (custom marks take none)
    fn_no = 0
    fn_end, en_texts = iter(_text.WN_FOOTNOTES["FNEND"]), iter(_text.WN_ENDNOTES)
    result, texts, page, words, kinds, naive = [], [], 1, {1: 40}, {}, {}
    first_fn = None
    for c_no, (title, items) in enumerate(WN_PLAN):
        if c_no in WN_BREAK_BEFORE:
            body.append(BRK)
            page += 1
            words[page] = 0
        body.append(wp(wr(title), "Heading1", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
                       if c_no == 0 else ""))
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"ES{p_no}" if c_no == 0 else f"{c_no}.{p_no}"
            t = pm.make(n_words, "adult")
            if kind == "CUSTOM":
                t = _text.WN_CUSTOM[0] + " " + t
            ws = t.split(" ")
            f = len(first_sentence(t).split(" "))
            runs = wr(t)
            mark_shown = ""
            if kind == "CUSTOM":
                name = _text.WN_CUSTOM[1]
                k = t.index(name) + len(name)
                fid += 1
                foot.append((fid, [_text.WN_CUSTOM_NOTE], "*"))
                runs = wr(t[:k]) + note_ref("f", fid, "*") + wr(t[k:])
                mark_shown = "*"
            elif kind in ("FNEND", "FNMID", "FN2P"):
                fid += 1
                fn_no += 1
                shown[fid] = fn_no
                if kind == "FNEND":
                    foot.append((fid, [next(fn_end)], None))
                    ref = note_ref("f", fid)
                    if first_fn is None:
                        first_fn = fid
                        ref = (f'<w:bookmarkStart w:id="0" w:name="{WN_REF}"/>' + ref + '<w:bookmarkEnd w:id="0"/>')
                    runs = wr(t) + ref
                else:
                    foot.append((fid, [_text.WN_FOOTNOTES["FNMID"]] if kind == "FNMID" else
                                 _text.WN_FOOTNOTES["FN2P"], None))
                    runs = wr(" ".join(ws[:f])) + note_ref("f", fid) + wr(" " + " ".join(ws[f:]))
            elif kind == "ENEND":
                eid += 1
                end_.append((eid, [next(en_texts)], None))
                runs = wr(t) + note_ref("e", eid)
            elif kind == "NOTEREF":  # Insert > Cross-reference > Footnote number (formatted): { NOTEREF \f \h }
                n = str(shown[first_fn])
                runs = wr(t) + field(f"NOTEREF {WN_REF} \\f \\h", n, '<w:rStyle w:val="FootnoteReference"/>')
                mark_shown = n
            body.append(wp(runs, "ESPara" if c_no == 0 else "ReportPara"))
            kinds.setdefault(kind, []).append(label)
            naive[label] = mark_shown
            words[page] += len(ws)
            texts.append(t)
            result.append(entry(label, page, t))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            'r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
            'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>')
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    wn_package(path, doc, notes_part("f", foot), notes_part("e", end_), page, sum(len(t.split()) for t in texts))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"wordnotes.docx: words per page {words}")
    got = read_wordnotes(path)
    want = [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"wordnotes.docx: read back {[(g[0], g[1]) for g in got]}")
    # python-docx's text of a paragraph keeps the typed custom mark and the NOTEREF result (the trap); it has no
    # text for the footnoteReference and endnoteReference runs; the notes parts hold what the marks call
    import docx
    d_ = docx.Document(str(path))
    px = [p.text for p in d_.paragraphs if p.style.name in ("ES Para", "Report Para")]
    for p_text, d, t in zip(px, result, texts, strict=True):
        want_t = t.replace(_text.WN_CUSTOM[1], _text.WN_CUSTOM[1] + "*", 1) if naive[d["label"]] == "*" else \
            t + naive[d["label"]]
        if p_text != want_t:
            raise AssertionError(f"wordnotes.docx: python-docx's text of {d['label']}")
    from lxml import etree
    z = zipfile.ZipFile(path)
    W = f"{{{W_NS}}}"
    order = [d["label"] for d in result]

    def in_order(labels):
        return sorted(labels, key=order.index)
    noteref_end = texts[order.index(kinds["NOTEREF"][0])].split()[-1]
    docx_root = etree.fromstring(z.read("word/document.xml"))
    for part, tag in (("footnotes", "footnote"), ("endnotes", "endnote")):
        ids = [n.get(W + "id") for n in etree.fromstring(z.read(f"word/{part}.xml")).iter(W + tag)]
        refs = [r.get(W + "id") for r in docx_root.iter(W + tag + "Reference")]
        if ids[:2] != ["-1", "0"] or ids[2:] != refs:
            raise AssertionError(f"wordnotes.docx: {part} {ids} for references {refs}")
    return {
        "note": ("A safeguarding adults review written in Word (Arial 11) with FOOTNOTES AND ENDNOTES, each in its own "
                 "part: word/footnotes.xml and word/endnotes.xml (each opening with Word's separator and "
                 "continuation separator notes, ids -1 and 0), called from the text by w:footnoteReference and "
                 "w:endnoteReference runs in the 'footnote reference' and 'endnote reference' character styles "
                 "(superscript). The endnotes take Word's default lower-case roman numbers (i, ii, iii) and stand "
                 "at the end of the document; the footnotes are numbered 1, 2, 3 ... Before the report an "
                 "EXECUTIVE SUMMARY under an unnumbered Heading 1 (numId 0) is numbered by its own Word list, "
                 "lvlText 'ES%1' on the custom style 'ES Para' (labels ES1-ES5); the chapters' Heading 1s are "
                 "numbered '%1.' and the paragraphs '%1.%2' (style 'Report Para', level 1 of the same list), "
                 "restarting under each chapter. Notes are called after a paragraph's last word ("
                 + ", ".join(in_order(kinds["FNEND"] + kinds["ENEND"])) + "), after its first sentence ("
                 + ", ".join(in_order(kinds["FNMID"] + kinds["FN2P"])) + "; one footnote is two paragraphs, the second "
                 "quoting a procedure: '6.3 \u201cWhere an adult declines support ...'), and, in "
                 + kinds["CUSTOM"][0] + ", by a CUSTOM MARK: the footnote on the name 'Derek' "
                 "(w:customMarkFollows, the '*' typed in a w:t of the same run, and in the note itself). In "
                 + kinds["NOTEREF"][0] + " the last word is followed by a cross-reference to footnote "
                 f"{shown[first_fn]} made with Insert > Cross-reference > 'Footnote number (formatted)': a field "
                 f"{{ NOTEREF {WN_REF} \\f \\h }} (the bookmark round the reference in {kinds['FNEND'][0]}) whose "
                 f"cached result is the digit '{shown[first_fn]}' in a w:t in the footnote reference style, so "
                 f"python-docx reads that paragraph as ending '...{noteref_end}{shown[first_fn]}' and "
                 "'Derek*'. Marks, custom marks and NOTEREF results are no words of the paragraph (the key's last "
                 "words are the text's own); the notes are no paragraphs and no paragraph's text (the last "
                 "paragraph, " + result[-1]["label"] + ", ends before the endnotes printed after it). Title block, "
                 "headings, the header and the PAGE field footer are no paragraph's text. page = 1 + the page "
                 "breaks (w:br page, each in an empty paragraph before a Heading 1) before the paragraph."),
        "paragraphs": result,
    }


def read_wordnotes(path):
    """[label, page, text] as Word numbers and prints the body: a paragraph's numPr from its style (through
    w:basedOn) or its own (numId 0: none); one set of counters per abstractNum, a level restarting after the level
    above; a paragraph's text is its w:t in order, leaving out runs in the footnote and endnote reference styles
    (the marks, a custom mark, a NOTEREF result)."""
    from lxml import etree
    W = f"{{{W_NS}}}"
    z = zipfile.ZipFile(path)
    doc, styles, numbering = (etree.fromstring(z.read(f"word/{p}.xml")) for p in ("document", "styles", "numbering"))
    st = {s.get(W + "styleId"): s for s in styles.iter(W + "style")}

    def style_numpr(sid):
        while sid:
            np_ = st[sid].find(f"{W}pPr/{W}numPr")
            if np_ is not None:
                return np_
            b = st[sid].find(W + "basedOn")
            sid = b.get(W + "val") if b is not None else None
        return None

    lvls = {(an.get(W + "abstractNumId"), int(lv.get(W + "ilvl"))): lv.find(W + "lvlText").get(W + "val")
            for an in numbering.iter(W + "abstractNum") for lv in an.iter(W + "lvl")}
    num_to_abs = {n.get(W + "numId"): n.find(W + "abstractNumId").get(W + "val") for n in numbering.iter(W + "num")}
    counters, out, page = {}, [], 1
    for p in doc.find(W + "body").iter(W + "p"):
        if p.find(f".//{W}br[@{W}type='page']") is not None:
            page += 1
        ps = p.find(f"{W}pPr/{W}pStyle")
        sid = ps.get(W + "val") if ps is not None else None
        own = p.find(f"{W}pPr/{W}numPr")
        np_ = own if own is not None else (style_numpr(sid) if sid else None)
        if np_ is None:
            continue
        sid_lvl = np_.find(W + "ilvl")
        if sid_lvl is None and own is not None and sid:  # the style's level when the paragraph gives only numId
            sn = style_numpr(sid)
            sid_lvl = sn.find(W + "ilvl") if sn is not None else None
        ilvl = int(sid_lvl.get(W + "val")) if sid_lvl is not None else 0
        num_id = np_.find(W + "numId").get(W + "val")
        if num_id == "0":
            continue
        an = num_to_abs[num_id]
        c = counters.setdefault(an, [0] * 9)
        c[ilvl] += 1
        c[ilvl + 1:] = [0] * (8 - ilvl)
        label = lvls[(an, ilvl)]
        for k in range(ilvl + 1):
            label = label.replace(f"%{k + 1}", str(c[k]))
        if sid == "Heading1":
            continue
        text = ""
        for r in p.iter(W + "r"):
            rs = r.find(f"{W}rPr/{W}rStyle")
            if rs is not None and rs.get(W + "val") in ("FootnoteReference", "EndnoteReference"):
                continue
            text += "".join(t.text for t in r.iter(W + "t"))
        out.append([label.rstrip("."), page, text])
    return out


def wn_package(path, doc, footnotes, endnotes, pages, n_words):
    """The .docx as Word saves it, with its footnotes and endnotes parts (round 36's package, two parts more)."""
    header = f"{XML_HEAD}<w:hdr {WP_NS}>" + wp(wr("SAR Derek \u2013 Quellbury SAB (FICTIONAL)"), "Header") + "</w:hdr>"
    footer = (f"{XML_HEAD}<w:ftr {WP_NS}>" + wp(field("PAGE", "2"), "Footer", '<w:jc w:val="center"/>')
              + "</w:ftr>")
    settings = (f'{XML_HEAD}<w:settings {WP_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/>'
                '<w:footnote w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/>'
                '</w:endnotePr><w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="en-GB"/></w:settings>')
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{CT_WML}document.main+xml"/>'
          f'<Override PartName="/word/numbering.xml" ContentType="{CT_WML}numbering+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{CT_WML}styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{CT_WML}settings+xml"/>'
          f'<Override PartName="/word/footnotes.xml" ContentType="{CT_WML}footnotes+xml"/>'
          f'<Override PartName="/word/endnotes.xml" ContentType="{CT_WML}endnotes+xml"/>'
          f'<Override PartName="/word/header1.xml" ContentType="{CT_WML}header+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{CT_WML}footer+xml"/>'
          '<Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            f'Target="docProps/core.xml"/><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId3" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId1" Type="{DOC_REL}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId6" Type="{DOC_REL}/footnotes" Target="footnotes.xml"/>'
                f'<Relationship Id="rId7" Type="{DOC_REL}/endnotes" Target="endnotes.xml"/>'
                f'<Relationship Id="rId8" Type="{DOC_REL}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{DOC_REL}/footer" Target="footer1.xml"/></Relationships>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           f'</Template><TotalTime>1210</TotalTime><Pages>{pages}</Pages><Words>{n_words + 150}</Words>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>Quellbury Council '
           '(FICTIONAL)</Company><AppVersion>16.0000</AppVersion></Properties>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xesc(WN_TITLE)} (FICTIONAL)</dc:title>'
            f'<dc:subject>{FICT}</dc:subject><dc:creator>Anjali Moss</dc:creator><dcterms:created '
            'xsi:type="dcterms:W3CDTF">2024-11-04T10:12:00Z</dcterms:created><dcterms:modified '
            'xsi:type="dcterms:W3CDTF">2025-04-22T16:40:00Z</dcterms:modified></cp:coreProperties>')
    zip_parts(path, {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": doc_rels, "word/numbering.xml": WN_NUMBERING,
                     "word/styles.xml": WN_STYLES, "word/settings.xml": settings, "word/footnotes.xml": footnotes,
                     "word/endnotes.xml": endnotes, "word/header1.xml": header, "word/footer1.xml": footer,
                     "docProps/app.xml": app, "docProps/core.xml": core}, (2025, 4, 22, 16, 40, 0))



# --------------------------------------------------------------------------
# 5. inlinenotes.html: a WordPress post whose footnotes are Modern Footnotes: each note's text is a <span> inside the
#    paragraph, right after its raised number, hidden by the plugin's stylesheet; a print-only list of the notes
# --------------------------------------------------------------------------
# items: n_words, or (kind, n_words): "FIRST", "END", "MID", "YEAR" as in footmarks.pdf; "MID2P" after the first
# sentence, a note of two paragraphs (the plugin turns its </p> into "<br /><br />")
IN_PLAN = [
    ("Introduction", [("FIRST", 80), 85]),
    ("Mrs Varga and her family", [95, ("END", 90), 85]),
    ("What happened", [105, ("MID2P", 100), ("END", 110), 95, ("YEAR", 100)]),
    ("What we found", [("END", 100), 95, ("MID", 105)]),
    ("Recommendations", [80, ("END", 75)]),
]
IN_TITLE = "Safeguarding Adults Review: Mrs Varga"
IN_SITE = "https://www.dranmoor-sab.org.uk"
IN_SCOPE = "0000000000000d1e0000000000000000_2291"  # spl_object_hash of the query, "_", the post's id
IN_VER = "1.4.16"


def mfn(n, note):
    """Modern Footnotes' markup for one note: the raised number, then the note's own text in a span."""
    return (f'<sup class="modern-footnotes-footnote " data-mfn="{n}" data-mfn-post-scope="{IN_SCOPE}"><a '
            f'href="javascript:void(0)"  role="button" aria-pressed="false" aria-describedby="mfn-content-{IN_SCOPE}-'
            f'{n}">{n}</a></sup><span id="mfn-content-{IN_SCOPE}-{n}" role="tooltip" '
            f'class="modern-footnotes-footnote__note" tabindex="0" data-mfn="{n}">{note}</span>')


def make_inlinenotes(out, pm):
    path = out / "inlinenotes.html"
    ends = iter(_text.IN_NOTES["END"])
    parts, result, texts, notes, kinds, n = [], [], [], [], {}, 0
    for title, items in IN_PLAN:
        parts.append(f'<h2 class="wp-block-heading">{hesc(title)}</h2>')
        for it in items:
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            n += 1
            t = pm.make(n_words, "adult")
            if kind == "FIRST":
                t = _text.IN_FIRST + " " + t
            if kind == "YEAR":
                t = t + " " + _text.IN_YEAR
            ws = t.split(" ")
            h = [hesc(w) for w in ws]
            if kind != "PLAIN":
                note = {"FIRST": _text.IN_NOTES["FIRST"], "YEAR": _text.IN_NOTES["YEAR"],
                        "MID": _text.IN_NOTES["MID"], "MID2P": "<br /><br />".join(_text.IN_NOTES["MID2P"])}.get(kind)
                note = note or next(ends)
                notes.append(note)
                at = {"FIRST": len(_text.IN_FIRST.split()) - 1, "END": len(ws) - 1,
                      "YEAR": len(ws) - 1}.get(kind, len(first_sentence(t).split(" ")) - 1)
                h[at] += mfn(len(notes), note)
                kinds.setdefault(kind, []).append(str(n))
            parts.append(f"<p>{n}. {' '.join(h)}</p>")
            texts.append(t)
            result.append(entry(str(n), None, t))
    print_list = ('<h3 class="modern-footnotes-list-heading modern-footnotes-list-heading--show-only-for-print">Notes'
                  '</h3><ul class="modern-footnotes-list modern-footnotes-list--show-only-for-print">'
                  + "".join(f"<li><span>{k}</span><div>{s}</div></li>" for k, s in enumerate(notes, 1)) + "</ul>")
    site, css = IN_SITE, "/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
    plugin = f"{IN_SITE}/wp-content/plugins/modern-footnotes"
    head = [
        "<!DOCTYPE html>", '<html lang="en-GB">', "<head>", '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{hesc(IN_TITLE)} &#8211; Dranmoor Safeguarding Adults Board (FICTIONAL)</title>",
        "<meta name='robots' content='max-image-preview:large' />",
        '<link rel="alternate" type="application/rss+xml" title="Dranmoor Safeguarding Adults Board &raquo; Feed" '
        f'href="{site}/feed/" />',
        f"<link rel='stylesheet' id='wp-block-library-css' "
        f"href='{site}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />",
        f"<link rel='stylesheet' id='astra-theme-css-css' href='{site}{css}' media='all' />",
        f"<link rel='stylesheet' id='modern_footnotes-css' href='{plugin}/styles.min.css?ver={IN_VER}' media='all' />",
        "<style id='modern_footnotes-inline-css'>",
        ".modern-footnotes-footnote__note--tooltip { max-width: 380px; font-family: Arial, sans-serif; }",
        "</style>", f'<link rel="canonical" href="{site}/2024/06/12/sar-mrs-varga/" />', "</head>",
        '<body class="post-template-default single single-post postid-2291 single-format-standard wp-custom-logo '
        'ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">',
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
        '<div class="hfeed site" id="page">',
        '<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">',
        f'<div class="site-branding"><a href="{site}/" class="custom-logo-link" rel="home"><img '
        f'src="{site}/wp-content/uploads/2023/02/dsab-logo.png" class="custom-logo" '
        'alt="Dranmoor Safeguarding Adults Board" /></a></div>',
        '<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" '
        'aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu '
        'ast-flex submenu-with-border">',
        f'<li class="menu-item"><a href="{site}/" class="menu-link">Home</a></li>',
        f'<li class="menu-item"><a href="{site}/professionals/" class="menu-link">Professionals</a></li>',
        f'<li class="menu-item current-menu-item"><a href="{site}/category/sars/" class="menu-link">Safeguarding '
        "Adults Reviews</a></li>",
        f'<li class="menu-item"><a href="{site}/report-a-concern/" class="menu-link">Report a concern</a></li>',
        "</ul></nav>", "</header>",
        '<div id="content" class="site-content"><div class="ast-container">',
        '<div id="primary" class="content-area primary"><main id="main" class="site-main">',
        '<article class="post-2291 post type-post status-publish format-standard hentry category-sars '
        'ast-article-single" id="post-2291" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">',
        '<div class="ast-post-format- single-layout-1">', '<header class="entry-header">',
        f'<h1 class="entry-title" itemprop="headline">{hesc(IN_TITLE)}</h1>',
        '<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">12 June '
        f'2024</span></span> / <span class="cat-links"><a href="{site}/category/sars/" rel="category tag">'
        "Safeguarding Adults Reviews</a></span></div>",
        "</header>", '<div class="entry-content clear" itemprop="text">',
        f"<p><em>{FICT}. {INVENTED}</em></p>",
        "<p>The board publishes its reviews on this site as well as in PDF. The paragraph numbers are those of the "
        "PDF version; click a note number to read the note.</p>",
    ]
    tail = [
        "</div>", "</div>", "</article>",
        '<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous">'
        f'<a href="{site}/2024/03/04/annual-report-2023/" rel="prev"><span class="ast-left-arrow">&larr;</span> '
        f'Previous Post</a></div><div class="nav-next"><a href="{site}/2024/09/18/learning-briefing-self-neglect/" '
        'rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>',
        "</main></div>",
        '<div class="widget-area secondary" id="secondary" role="complementary" aria-label="Primary Sidebar">'
        '<div class="sidebar-main"><section id="block-4" class="widget widget_block"><h2 class="wp-block-heading">'
        'Related reviews</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a '
        f'class="wp-block-latest-posts__post-title" href="{site}/2023/11/02/sar-mr-tollan/">Safeguarding Adults '
        'Review: Mr Tollan</a></li><li><a class="wp-block-latest-posts__post-title" '
        f'href="{site}/2023/05/19/thematic-review-hoarding/">Thematic review: hoarding and fire risk</a></li></ul>'
        "</section></div></div>",
        "</div></div>",
        '<footer class="site-footer" id="colophon"><div class="ast-small-footer"><p>Copyright &copy; 2024 Dranmoor '
        "Safeguarding Adults Board (FICTIONAL) | Powered by Astra WordPress Theme</p></div></footer>",
        "</div>",
        f'<script src="{site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>',
        f'<script src="{plugin}/modern-footnotes.min.js?ver={IN_VER}" id="modern_footnotes-js"></script>',
        "</body>", "</html>", "",
    ]
    page = "\n".join([*head, *parts, print_list, *tail])
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back as a reader sees the page: the plugin's stylesheet hides every .modern-footnotes-footnote__note until
    # its number is clicked, and shows the list only in print; a paragraph's text is its <p> without the raised
    # numbers and the notes; its number is typed before it, "12. "
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    content = root.xpath('//div[contains(@class, "entry-content")]')[0]
    got, naive = [], {}
    for p_ in content.xpath("./p"):
        full = " ".join(p_.text_content().split())
        for el in p_.xpath('.//sup[contains(@class, "modern-footnotes-footnote")] | '
                           './/span[@class="modern-footnotes-footnote__note"]'):
            el.drop_tree()
        m = re.match(r"(\d+)\. (.*)$", " ".join(p_.text_content().split()))
        if m:
            got.append([m.group(1), m.group(2)])
            naive[m.group(1)] = full
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"inlinenotes.html: read back {[g[0] for g in got]}")
    listed = [li.xpath("./span")[0].text for li in content.xpath('./ul[contains(@class, "modern-footnotes-list")]/li')]
    if listed != [str(k) for k in range(1, len(notes) + 1)]:
        raise AssertionError("inlinenotes.html: the print-only list")
    for lb in kinds["END"]:  # the page's raw text ends such a paragraph with the note's number and words
        d = result[int(lb) - 1]
        if naive[lb].endswith(" ".join(d["ends_with"].split())):
            raise AssertionError(f"inlinenotes.html: paragraph {lb}'s raw text")
    return {
        "note": ("A safeguarding adults board's WordPress post (Astra theme, saved from the browser as 'Webpage, HTML "
                 "only') holding a review whose paragraphs are <p>s with typed numbers '12. The ...' (1 to "
                 f"{len(result)}, straight through) under <h2> headings, and whose footnotes were made with the "
                 f"MODERN FOOTNOTES plugin ({IN_VER}): at each note the raised number, <sup class=\"modern-footnotes-"
                 "footnote \" data-mfn=\"3\"><a href=\"javascript:void(0)\" role=\"button\">3</a></sup>, is followed "
                 "at once by the NOTE'S OWN TEXT INSIDE THE PARAGRAPH, <span class=\"modern-footnotes-footnote__note\" "
                 "role=\"tooltip\" data-mfn=\"3\">...</span>, which the plugin's stylesheet (linked, styles.min.css: "
                 "display: none) hides until the number is clicked and its script shows as a tooltip. The notes are "
                 "no paragraph's text and the numbers no words of it: the key's words are what the reader sees. "
                 "Notes stand after a paragraph's LAST WORD (" + ", ".join(kinds["END"]) + ", so that the raw text "
                 "of the <p> ends with the note's words), among its first eight words (" + kinds["FIRST"][0]
                 + ": 'The board agreed this review in 2022.1 ...'), after a closing sentence ending in a year ("
                 + kinds["YEAR"][0] + ") and after a first sentence ("
                 + ", ".join(sorted(kinds["MID"] + kinds["MID2P"], key=int))
                 + "); one note is two paragraphs joined by '<br /><br />', one holds an <em>, one a link. After "
                 "the last paragraph, the plugin's print-only list (<h3 class=\"modern-footnotes-list-heading "
                 "modern-footnotes-list-heading--show-only-for-print\">Notes</h3> and <ul "
                 "class=\"modern-footnotes-list\"> of <li><span>3</span><div>...</div></li>, hidden on screen): "
                 "notes, no paragraphs 1 to "
                 f"{len(notes)}. The site header and navigation, the post's title and date, the italic notice and "
                 "unnumbered introduction, the headings, post navigation, the 'Related reviews' sidebar and the "
                 "footer are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }



def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    pm = ParaMaker()
    exp = {}
    exp["footmarks.pdf"] = make_footmarks(out, pm)
    exp["sideways.pdf"] = make_sideways(out, pm)
    exp["sectnotes.pdf"] = make_sectnotes(out, pm)
    exp["wordnotes.docx"] = make_wordnotes(out, pm)
    exp["inlinenotes.html"] = make_inlinenotes(out, pm)
    allp = [p for v in exp.values() for p in v["paragraphs"]]
    for key in ("starts_with", "ends_with"):
        vals = [" ".join(norm(p[key])) for p in allp]
        if len(set(vals)) != len(vals):
            raise AssertionError("duplicate " + key)
    if not all(10 <= len(v["paragraphs"]) <= 25 for v in exp.values()):
        raise AssertionError("10 to 25 paragraphs a file")
    (out / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return exp


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    out = pathlib.Path(out)
    exp = build(out)
    if determinism:
        with tempfile.TemporaryDirectory(prefix="blind38-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
