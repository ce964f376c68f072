"""Blind fixture generator 65: five FICTIONAL documents in which A REVIEW IS QUOTED IN PUBLIC, PARLIAMENTARY AND
REGULATORY DOCUMENTS: the review's own numbered paragraphs reproduced word for word, with their numbers, inside a
document that another body wrote and that has numbered paragraphs (or columns, boxes, concerns) of its own: a select
committee's report as the House prints it quoting a thematic review, a Westminster Hall debate as Hansard's "download
text" gives it quoting a child safeguarding practice review, a coroner's Regulation 28 report to prevent future deaths
written on the Word template quoting a safeguarding adults review, an inspectorate's thematic inspection report
quoting a domestic homicide review in boxed extracts, and a local newspaper's web article quoting a learning review.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder's Times New Roman and Arial metric Type 1 faces), lxml,
python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key with pdfplumber,
python-docx or lxml, or by reading the text back, never with the project's parser.

committee.pdf    a THEMATIC REVIEW QUOTED IN A SELECT COMMITTEE'S REPORT as the House prints it (an HC paper, A4,
                 Times): a cover (House of Commons, the committee, the title, "Fourth Report of Session 2025\u201326",
                 "HC 412"), a page of the committee's membership and contents; then the Summary (unnumbered),
                 chapters "1 Introduction" ... "3 Acting on the learning" with unnumbered sub-headings and THE
                 COMMITTEE'S OWN PARAGRAPHS NUMBERED "1." TO "15." hanging at the margin; footnote marks raised after
                 words, FOOTNOTES NUMBERED THROUGH THE REPORT AT THE FOOT OF EACH PAGE ("4 Q14 [Dr Thackeray]", "7
                 Q112 [...]; Department for Education (LCS0058), para 3.2"). THE REVIEW'S PARAGRAPHS ARE QUOTED IN
                 INDENTED BLOCKS in smaller type after a lead-in: a block of ONE PARAGRAPH CARRIES NO NUMBER, ITS
                 NUMBER IS ONLY IN THE FOOTNOTE whose mark follows its last word ("... para 2.3"; "Panel thematic
                 review, para 3.1"); a block of two paragraphs has the numbers TYPED RUN-IN ("4.2 The ..."), one of
                 them two paragraphs that are not consecutive with a "[\u2026]" line between (5.1, 5.5); the
                 committee's paragraph GOES ON, unnumbered and unindented, after a block; a committee paragraph's
                 line BEGINS "4.2 and 4.3 of the review, ..."; two footnoted quotations run over a page break, so
                 the footnote (and the number) is printed on the next page; bold conclusions; "Conclusions and
                 recommendations" numbered "1." to "6." each ending "(Paragraph 9)"; formal minutes ("Paragraphs
                 1 to 15 read and agreed to.", "[Adjourned till ... at 9.30 am]"); a witnesses table ("Q1\u201338");
                 running heads and folios
hansard.txt      a CSPR READ OUT IN A WESTMINSTER HALL DEBATE, AS HANSARD'S "DOWNLOAD TEXT" GIVES IT (UTF-8, CRLF):
                 the debate's title, volume and date lines, its address and a note; then ONE LINE A PARAGRAPH,
                 blank lines between: speakers' lines with constituency and party ("Sarah Pennick (Wendlesham North)
                 (Lab)"), the chair's "[Dame Rosalind Whitcombe in the Chair]", TIMES ON LINES OF THEIR OWN ("9.30
                 am", "9.42 am", "10.04 am"), COLUMN NUMBERS "Col 412WH" on lines of their own, two of them INSIDE A
                 QUOTED PARAGRAPH (the paragraph's line cut in mid-sentence, the column line and the rest of the
                 paragraph on the next lines with no blank line between); THE REVIEW'S PARAGRAPHS read out as
                 paragraphs of the speech, each opening with a quotation mark GLUED TO ITS NUMBER ("\u201c4.3 The
                 ..."), a quotation of several paragraphs closed only after the last (Hansard's style); interventions
                 between two quoted paragraphs; a speech paragraph OPENING "6.2 is, to my mind, the most important
                 paragraph ..."; a sentence of 5.6 quoted inline ("The review says at paragraph 5.6 that
                 \u201c...\u201d") before the whole of it is read; the Minister reading 2.3 and 3.1 AFTER 7.1 (the
                 numbers go back); "Several hon. Members rose\u2014", "Question put and agreed to.", "Resolved,",
                 "Sitting suspended."
pfd.docx         a SAR QUOTED IN A CORONER'S REGULATION 28 REPORT TO PREVENT FUTURE DEATHS written on the WORD TEMPLATE:
                 the template's note, then ONE TABLE: a title row across both columns, "THIS REPORT IS BEING SENT TO:"
                 with the addressees numbered "1." to "4." by Word, then nine rows whose left cell holds the
                 template's BOX NUMBER ("1" to "9") and whose right cell opens with the box's bold title ("CORONER",
                 "CORONER'S LEGAL POWERS" ("paragraph 7, Schedule 5", "regulations 28 and 29"), ...); the review's
                 paragraphs quoted in the cells THREE WAYS: typed "3.2<TAB>The ..." in an indented quotation style;
                 in a SHADED ONE-CELL TABLE NESTED IN THE CELL (5.4, 5.5); and, pasted from the review's own Word
                 file, as items of THE REVIEW'S LIST CARRIED OVER ("6.%1" starting at 3), SO THAT 6.3 AND 6.4 ARE
                 ONLY IN numbering.xml; the MATTERS OF CONCERN NUMBERED "(1)" TO "(5)" BY WORD, concern (3) OPENING
                 "4.6 and 4.7 of the review record ..."; after the table a page break and an ANNEX reproducing the
                 review's 5.2 AGAIN (keyed once, where it is first quoted) and 7.1 to 7.3; header and footer
inspection.pdf   a DHR QUOTED IN AN INSPECTORATE'S THEMATIC INSPECTION REPORT (A4, Arial): a navy cover, a foreword
                 and key findings (bullets), then chapters "2. What the review found" with THE INSPECTORATE'S OWN
                 PARAGRAPHS NUMBERED "2.1", "3.2", "4.4" IN THE LEFT MARGIN (the review's shape, and some the same
                 numbers as quoted review paragraphs); THE REVIEW'S PARAGRAPHS IN TINTED BOXED EXTRACTS ("Extract 2:
                 the missed reassessment"), their numbers hanging inside the box, an italic source line under them
                 ("Domestic homicide review, Ms T, paragraphs 3.5 and 4.1"); ONE BOX FLOATS TO THE TOP OF THE PAGE
                 AFTER ITS ANCHOR'S ("set out in the extract overleaf"), among the next chapter's paragraphs, so that
                 the inspectorate's paragraph running at the foot of the anchor's page goes on BELOW THE BOX; TWO
                 BOXES BROKEN OVER A PAGE BREAK inside a review paragraph, each continued under its title and
                 "(continued)"; an inspectorate paragraph's line BEGINS "5.2 and 5.3 of the review
                 ..."; recommendations "1." to "4." and an annex "A.1" to "A.3" in the same margin; running head
                 and "Page N" footers. ITS KEY, AMENDED AFTER THE ROUND (see the judgement calls), HOLDS THE
                 INSPECTORATE'S OWN NUMBERED PARAGRAPHS, NOT THE QUOTED REVIEW'S
news.html        a LEARNING REVIEW QUOTED IN A LOCAL NEWSPAPER'S WEB ARTICLE: the site's header and navigation, a
                 breaking-news ticker, the headline, standfirst, byline ("Local Democracy Reporter", "14:52, 3 MAR
                 2025", "Updated 16:10"), share buttons, a hero image and caption; the reporter's one-sentence <p>s;
                 THE REVIEW'S PARAGRAPHS IN <blockquote class="review-quote">s, typed "3.3 The ..." or with the
                 number in <strong>, one to three to a block; AN ADVERTISEMENT SLOT INJECTED INSIDE A BLOCKQUOTE
                 between 3.3 and 3.4 and others between the reporter's paragraphs; "READ MORE" link cards; A PULL
                 QUOTE REPEATING A SENTENCE OF 3.4; a newsletter sign-up box; AN EMBEDDED POST IN A <blockquote
                 class="social-embed"> OPENING "6.3 is the heart of it."; a fact box "What the review recommends"
                 holding 7.2; a timeline of dates "14.03.22"; "Most read" <ol> whose first headline begins "4.5 per
                 cent"; readers' comments (one opening "3.4 says it all really."); JSON-LD NewsArticle whose
                 articleBody repeats the whole text

Judgement calls (as in earlier rounds, what a practitioner citing the review would expect):
- the label is the review's paragraph number as printed, without a trailing stop: "4.3", wherever the other body put
  it (typed before the text, glued to an opening quotation mark, in <strong>, hanging in a box, in Word's numbering
  carried over from the review's file, or ONLY IN THE FOOTNOTE THAT FOLLOWS A ONE-PARAGRAPH QUOTATION: the committee
  prints the number there, and a reader cites the paragraph by it);
- AMENDED AFTER THE ROUND, for committee.pdf and inspection.pdf (the lead's decision, by the product's citation rule):
  a document that numbers its own paragraphs is cited by its own printed numbers ("Inspection report, para 4.4, p.6"),
  and a paragraph of another document quoted inside it is none of its paragraphs (cited as the report's "4.4", the
  review's 4.4 would name the inspectorate's own 4.4). So committee.pdf's key holds the committee's own numbered
  paragraphs "1" to "15", each with its own first and last words (the last those of its unnumbered continuation after a
  quoted block), and inspection.pdf's the inspectorate's own numbered paragraphs "1.1" to "4.4" and the annex's "A.1"
  to "A.3", in order, each on the page where it starts, with its own first and last words (3.1, which the floated box
  interrupts, ends with its own words after the box); the review's quoted or boxed paragraphs, box titles, source
  lines, the recommendations "1." to "4." (cited as recommendations) and the page's furniture are no keyed paragraphs;
- the other keys hold the review's own paragraphs only, in the order they appear, each once: a paragraph quoted again
  (pfd.docx's annex repeats 5.2) is keyed at its FIRST occurrence; what the other body and its tools added is no
  paragraph and no paragraph's text: its own numbered paragraphs (the coroner's concerns "(2)" and box numbers, the
  addressees), lead-ins and prose before and after a quotation (even when a line or a paragraph opens with a review
  paragraph's number), footnotes, column numbers, times, speakers, interventions, inline part-quotations,
  advertisements, link cards, pull quotes, embedded posts, comments, headers and footers;
- a review paragraph cut by a column number, a page break or a box's continuation is one paragraph;
- pages: physical and 1-based for PDF; DOCX pages are counted from explicit breaks: page = 1 + the page breaks (<w:br
  w:type="page"/>) before the paragraph. HTML and text: null.
"""
import json
import os
import pathlib
import re
import sys

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    from blindkit import harness as _harness  # type: ignore
    from blindkit.draw import A4, Layout, register_fonts, sw, wrap  # type: ignore
    from blindkit.keys import check_count, check_crossings, check_lengths, entry, first_sentence  # type: ignore
    from blindkit.markup import XML_HEAD, hesc  # type: ignore
    from blindkit.pdfread import check_pdf_key, label_at, pdf_pages, words_of  # type: ignore
    from blindkit.wordml import W_NS, WNS, docx_parts, w_cell, wp, wr  # type: ignore

    _text = _harness.load(__file__, "blind65_text", "text.py")
else:
    from ..blindkit import harness as _harness
    from ..blindkit.draw import A4, Layout, register_fonts, sw, wrap
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry, first_sentence
    from ..blindkit.markup import XML_HEAD, hesc
    from ..blindkit.pdfread import check_pdf_key, label_at, pdf_pages, words_of
    from ..blindkit.wordml import W_NS, WNS, docx_parts, w_cell, wp, wr
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
FICT, INVENTED = _text.FICT, _text.INVENTED
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
TR, TB, TI = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT", "TimesNewRomanPS-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____", TR: "_er_____", TB: "_eb_____", TI: "_ei_____"}
NAVY, TEAL, GREY, BLACK, WHITE = (0.09, 0.16, 0.33), (0.0, 0.42, 0.45), (0.4, 0.4, 0.4), (0, 0, 0), (1, 1, 1)
GREEN = (0.0, 0.36, 0.25)


def canvas_info(title, author, creator, producer):
    return {"Title": title, "Author": author, "Subject": FICT, "Creator": creator, "Producer": producer}


def tx(lay, x, y, s, font, size, rgb=BLACK, page=None):
    lay.add(("T", x, y, s, font, size, rgb), page)


class Flow:
    """Rows poured down one column, page after page, with their drawing deferred (so that a layout can be done
    again once the footnotes' room on each page is known). A row is (gap before, leading, draw(lay, page, baseline),
    meta). ``reserve[page]`` lifts a page's bottom for its footnotes. Rows given to ``float_next`` wait for the next
    page and go at its top, while the rows after them go on filling this page. A row whose meta has "box" is part of
    a box: when a page break falls between two rows of one box, the box's ``cont`` rows (its continuation title) go
    first on the new page. Placements: [(page, baseline, leading, draw, meta)]."""

    def __init__(self, first_page, top, bottom, reserve=None, conts=None):
        self.page, self.top, self.bottom0 = first_page, top, bottom
        self.reserve = reserve or {}
        self.conts = conts or {}
        self.cur = top
        self.placed = []
        self.floats = []

    def bottom(self):
        return self.bottom0 + self.reserve.get(self.page, 0.0)

    def new_page(self):
        self.page += 1
        self.cur = self.top
        waiting, self.floats = self.floats, []
        for rows in waiting:
            self.place(rows, len(rows))
            self.cur -= 12.0  # the space a floating box keeps below it

    def float_next(self, rows):
        self.floats.append(rows)

    def _put(self, row):
        gap, lead, draw, meta = row
        g = 0.0 if self.cur == self.top else gap
        base = self.cur - g - lead * 0.78
        self.placed.append((self.page, base, lead, draw, meta))
        self.cur -= g + lead

    def place(self, rows, keep=2):
        """Place rows; the first ``keep`` stay together, and the last never goes to a new page alone."""
        head = rows[0][1] + sum(g + ld for g, ld, _d, _m in rows[1:keep])
        g0 = 0.0 if self.cur == self.top else rows[0][0]
        if self.cur - g0 - head < self.bottom() - 0.01:
            self.new_page()
        start = len(self.placed)
        k = 0
        while k < len(rows):
            gap, lead, _draw, meta = rows[k]
            g = 0.0 if self.cur == self.top else gap
            if self.cur - g - lead < self.bottom() - 0.01:
                if k == len(rows) - 1 and k >= 3 and self.placed[-1][0] == self.page and len(self.placed) > start:
                    self.placed.pop()
                    k -= 1
                    meta = rows[k][3]
                self.new_page()
                box = (meta or {}).get("box")
                if box and k > 0 and (rows[k - 1][3] or {}).get("box") == box and box in self.conts:
                    for r in self.conts[box]:
                        self._put(r)
            self._put(rows[k])
            k += 1


def tokens_of(text, marks):
    """A text's words as (word, footnote mark or None): "{fn}" after a word is the next of ``marks``."""
    out, it = [], iter(marks)
    for w in text.split(" "):
        if w.endswith("{fn}"):
            out.append((w[:-4], next(it)))
        else:
            out.append((w, None))
    return out


def wrap_tokens(tokens, width, font, size, mark_size, first_width=None):
    def meas(toks):
        s = sw(" ".join(t for t, _m in toks), font, size)
        return s + sum(sw(m, font, mark_size) + 0.5 for _t, m in toks if m)
    lines, cur = [], []
    for t in tokens:
        lim = first_width if (first_width is not None and not lines) else width
        if not cur or meas([*cur, t]) <= lim:
            cur.append(t)
        else:
            lines.append(cur)
            cur = [t]
    if cur:
        lines.append(cur)
    return lines


def draw_tokens(lay, pg, x, base, toks, font, size, mark_size, rise, rgb=BLACK, bold_from=None, bold_font=None):
    """A line of tokens: runs of words as text objects, each footnote mark raised after its word; words from index
    ``bold_from`` on in ``bold_font``."""
    run, xx = [], x
    for j, (w, m) in enumerate(toks):
        f = bold_font if (bold_from is not None and j >= bold_from) else font
        if run and run[0][1] != f:
            s = " ".join(r[0] for r in run)
            tx(lay, xx, base, s, run[0][1], size, rgb, page=pg)
            xx += sw(s + " ", run[0][1], size)
            run = []
        run.append((w, f))
        if m:
            s = " ".join(r[0] for r in run)
            tx(lay, xx, base, s, f, size, rgb, page=pg)
            xx += sw(s, f, size)
            tx(lay, xx + 0.5, base + rise, m, font, mark_size, rgb, page=pg)
            xx += sw(m, font, mark_size) + 0.5 + sw(" ", f, size)
            run = []
    if run:
        tx(lay, xx, base, " ".join(r[0] for r in run), run[0][1], size, rgb, page=pg)


# --------------------------------------------------------------------------
# 1. committee.pdf: a thematic review quoted in a select committee's report (an HC paper)
# --------------------------------------------------------------------------
CM_L, CM_R = 70.87, 524.41
CM_TX = CM_L + 28.0
CM_TOP, CM_BOT = 770.0, 64.0
CM_SIZE, CM_LEAD, CM_GAP = 11.0, 14.2, 7.0
CM_QX0, CM_QX1, CM_QSIZE, CM_QLEAD = CM_TX + 24.0, CM_R - 24.0, 10.0, 12.8
CM_MSIZE, CM_RISE = 6.5, 4.2
CM_FSIZE, CM_FLEAD = 8.0, 10.0


def cm_plan(texts):
    """The body as a list of items with their footnote marks assigned in order, and the notes {mark: text}."""
    notes, plan, n, cm_notes, para = {}, [], 0, iter(_text.CM_NOTES), 0
    first_quote = True
    for item in _text.CM_BODY:
        kind = item[0]
        if kind in ("para", "cont", "wrap", "bold"):
            t = item[1]
            marks = []
            for _ in range(t.count("{fn}")):
                n += 1
                notes[str(n)] = next(cm_notes)
                marks.append(str(n))
            if kind != "cont":
                para += 1
            plan.append((kind, t, marks, para if kind != "cont" else None))
        elif kind == "q":
            _, how, labs = item
            n += 1
            src = _text.CM_REVIEW if first_quote else _text.CM_REVIEW_SHORT
            first_quote = False
            nums = [lab for lab, _w in labs]
            if len(nums) == 1:
                notes[str(n)] = f"{src}, para {nums[0]}"
            else:
                sep = "\u2013" if how == "typed" else ", "
                notes[str(n)] = f"{src}, paras {nums[0]}{sep}{nums[-1]}"
            plan.append((kind, how, [(lab, texts[lab]) for lab in nums], str(n)))
        else:
            plan.append(item)
    return plan, notes, para


def cm_wrapped(text, marks):
    for filler in _text.CM_WRAP_FILLERS:
        t = text.replace("{wrap} ", f"{filler} " if filler else "")
        lines = wrap_tokens(tokens_of(t, marks), CM_R - CM_TX, TR, CM_SIZE, CM_MSIZE)
        if any(ln[0][0] == "4.2" and ln[1][0] == "and" for ln in lines[1:]):
            return t
    raise AssertionError("committee.pdf: no filler wraps a line to begin with 4.2")


def cm_para_rows(label, toks, x, width, font, size, lead, gap, meta=None, bold_from=None, second=TB):
    """A paragraph's rows: its label at the margin on the first line; the words from ``bold_from`` on in
    ``second`` (bold, or regular after a bold conclusion)."""
    lines = wrap_tokens(toks, width, font, size, CM_MSIZE)
    rows, j0 = [], 0
    for k, ln in enumerate(lines):
        bf = None if bold_from is None else max(0, bold_from - j0)
        if bold_from is not None and j0 + len(ln) <= bold_from:
            bf = None

        def draw(lay, pg, base, ln=ln, k=k, bf=bf):
            if k == 0 and label:
                tx(lay, CM_L, base, label, font, size, page=pg)
            draw_tokens(lay, pg, x, base, ln, font, size, CM_MSIZE, CM_RISE, bold_from=bf, bold_font=second)
        m = dict(meta or {})
        m["line"] = k
        m["marks"] = [mk for _w, mk in ln if mk]
        rows.append((gap if k == 0 else 0.0, lead, draw, m))
        j0 += len(ln)
    return rows


def cm_layout(plan, reserve, drop):
    """One pass of the report's layout, the Summary's heading ``drop`` points below the top of page 3."""
    lay = Layout(A4)
    lay.font = TR
    lay.new_page()
    lay.new_page()
    lay.new_page()
    flow = Flow(3, CM_TOP, CM_BOT, reserve)
    flow.cur -= drop
    pending = []

    def put(rows, keep=2):
        nonlocal pending
        flow.place(pending + rows, len(pending) + keep)
        pending = []

    def heading(title, font, size, gap):
        def draw(lay_, pg, base):
            tx(lay_, CM_L, base, title, font, size, page=pg)
        pending.append((gap, size + 6.0, draw, {"head": title}))

    heading("Summary", AB, 16, 0.0)
    for t in _text.CM_SUMMARY:
        put(cm_para_rows(None, tokens_of(t, []), CM_L, CM_R - CM_L, TR, CM_SIZE, CM_LEAD, CM_GAP))
    for item in plan:
        kind = item[0]
        if kind == "ch":
            heading(f"{item[1]}  {item[2]}", AB, 16, 22.0)
        elif kind == "sub":
            heading(item[1], AB, 12, 12.0)
        elif kind in ("para", "wrap", "bold", "cont"):
            _, t, marks, num = item
            if kind == "wrap":
                t = cm_wrapped(t, marks)
            bold_from = None
            if kind == "bold":
                a, b = t.split(" | ")
                t = a + " " + b
                bold_from = len(a.split(" "))
            toks = tokens_of(t, marks)
            label = f"{num}." if num else None
            gap = CM_GAP if kind != "cont" else 6.0
            put(cm_para_rows(label, toks, CM_TX, CM_R - CM_TX, TR, CM_SIZE, CM_LEAD, gap,
                             {"kind": kind, "num": num, "text": t}, bold_from))
        elif kind == "q":
            _, how, paras, mark = item
            for j, (lab, t) in enumerate(paras):
                last = j == len(paras) - 1
                words = t.split(" ")
                toks = [(w, None) for w in words]
                if how in ("typed", "gap"):
                    toks = [(lab, None), *toks]
                if last:
                    toks[-1] = (toks[-1][0], mark)
                if how == "gap" and j == 1:
                    def gapdraw(lay_, pg, base):
                        tx(lay_, CM_QX0, base, "[\u2026]", TR, CM_QSIZE, page=pg)
                    put([(4.0, CM_QLEAD, gapdraw, {"kind": "ellipsis"})], 1)
                rows = cm_para_rows(None, toks, CM_QX0, CM_QX1 - CM_QX0, TR, CM_QSIZE, CM_QLEAD,
                                    8.0 if j == 0 else 4.0, {"kind": "quote", "label": lab, "how": how})
                put(rows)
    # the conclusions and recommendations on a new page
    flow.new_page()
    heading("Conclusions and recommendations", AB, 16, 0.0)
    for k, (t, para) in enumerate(_text.CM_CONCLUSIONS, 1):
        toks = tokens_of(t + f" (Paragraph {para})", [])
        put(cm_para_rows(f"{k}.", toks, CM_TX, CM_R - CM_TX, TB, CM_SIZE, CM_LEAD, CM_GAP, {"kind": "concl"},
                         bold_from=len(toks) - 2, second=TR))
    flow.new_page()
    heading("Formal minutes", AB, 16, 0.0)
    n_paras = sum(1 for it in plan if it[0] in ("para", "wrap", "bold"))
    for j, line in enumerate(_text.CM_MINUTES):
        line = line.replace("{n}", str(n_paras))
        font = TB if j in (0, 1) else (TI if line.startswith("[") else TR)
        put(cm_para_rows(None, tokens_of(line, []), CM_L, CM_R - CM_L, font, CM_SIZE, CM_LEAD, 6.0,
                         {"kind": "minutes"}))
    heading("Witnesses", AB, 16, 22.0)
    for date, rows in _text.CM_WITNESSES:
        put(cm_para_rows(None, tokens_of(date, []), CM_L, CM_R - CM_L, TB, CM_SIZE, CM_LEAD, 10.0, {}))
        for who, qs in rows:
            lines = wrap(who.split(" "), CM_R - CM_L - 80, lambda z: sw(z, TR, CM_SIZE))
            rws = []
            for k, ln in enumerate(lines):
                def draw(lay_, pg, base, ln=ln, k=k, qs=qs):
                    tx(lay_, CM_L, base, " ".join(ln), TR, CM_SIZE, page=pg)
                    if k == 0:
                        tx(lay_, CM_R - sw(qs, TR, CM_SIZE), base, qs, TR, CM_SIZE, page=pg)
                rws.append((4.0 if k == 0 else 0.0, CM_LEAD, draw, {}))
            put(rws)
    return lay, flow


def cm_note_lines(text):
    return [" ".join(ln) for ln in wrap(text.split(" "), CM_R - CM_L - 14, lambda z: sw(z, TR, CM_FSIZE))]


def cm_cover(lay, heads):
    """The cover (page 1) and the committee's page with the contents (page 2), its page numbers from ``heads``
    {heading: page}."""
    W = A4[0]
    lay.rect(0, 600, W, 241.89, NAVY, page=1)
    tx(lay, CM_L, 780, _text.CM_HOUSE, TB, 24, WHITE, page=1)
    tx(lay, CM_L, 750, _text.CM_COMMITTEE, A, 15, WHITE, page=1)
    tx(lay, CM_L, 540, _text.CM_TITLE, AB, 26, NAVY, page=1)
    tx(lay, CM_L, 500, _text.CM_SESSION, A, 14, BLACK, page=1)
    tx(lay, CM_L, 470, "Report, together with formal minutes relating to the report", A, 11, BLACK, page=1)
    tx(lay, CM_L, 440, _text.CM_ORDERED, A, 10, BLACK, page=1)
    tx(lay, CM_L, 200, _text.CM_HC, AB, 16, BLACK, page=1)
    tx(lay, CM_L, 180, _text.CM_PUBLISHED, A, 9, BLACK, page=1)
    tx(lay, CM_L, 90, f"{FICT}. {INVENTED}", AI, 9, GREY, page=1)
    # page 2: the committee and the contents
    y = 780
    tx(lay, CM_L, y, f"The {_text.CM_COMMITTEE}", AB, 14, page=2)
    y -= 22
    intro = ("The Children and Families Committee is appointed by the House of Commons to examine the expenditure, "
             "administration and policy of the Department for Education as it concerns children and families. "
             f"({FICT}: no such committee exists.)")
    for ln in wrap(intro.split(" "), CM_R - CM_L, lambda z: sw(z, TR, 10)):
        tx(lay, CM_L, y, " ".join(ln), TR, 10, page=2)
        y -= 13
    y -= 8
    tx(lay, CM_L, y, "Current membership", AB, 11, page=2)
    y -= 16
    for name, role, party in _text.CM_MEMBERS:
        s = f"{name} ({party})" + (f" ({role})" if role else "")
        tx(lay, CM_L, y, s, TR, 10, page=2)
        y -= 13
    y -= 18
    tx(lay, CM_L, y, "Contents", AB, 14, page=2)
    y -= 20
    for title in _text.CM_CONTENTS:
        page = str(heads[title])
        indent = 0 if title[0].isdigit() or title in ("Summary", "Conclusions and recommendations",
                                                       "Formal minutes", "Witnesses") else 18
        font = TB if indent == 0 else TR
        tx(lay, CM_L + indent, y, title, font, 10.5, page=2)
        tx(lay, CM_R - sw(page, TR, 10.5), y, page, TR, 10.5, page=2)
        y -= 15


def cm_settle(plan, note_lines, drop):
    """The layout done again until every page's footnote room holds the notes whose marks it has."""
    reserve = {}
    for _ in range(10):
        lay, flow = cm_layout(plan, reserve, drop)
        need = {}
        for pg, _b, _l, _d, meta in flow.placed:
            for m in (meta or {}).get("marks", []):
                need[pg] = need.get(pg, 0.0) + len(note_lines[m]) * CM_FLEAD + 2.0
        need = {k: v + 12.0 for k, v in need.items()}
        need = {k: max(v, reserve.get(k, 0.0)) for k, v in need.items()} | \
            {k: v for k, v in reserve.items() if k not in need}
        if need == reserve:
            return lay, flow, reserve
        reserve = need
    raise AssertionError("committee.pdf: footnotes do not settle")


def make_committee(out, pm):
    path = out / "committee.pdf"
    register_fonts(T1_FACES)
    texts = {}
    for item in _text.CM_BODY:
        if item[0] == "q":
            for lab, n_words in item[2]:
                texts[lab] = pm.make(n_words, "child")
    plan, notes, _n = cm_plan(texts)
    note_lines = {m: cm_note_lines(t) for m, t in notes.items()}
    for drop in range(0, 100, 6):  # the first drop of the Summary that sends a footnoted quotation over a page
        lay, flow, reserve = cm_settle(plan, note_lines, drop)
        starts, ends = {}, {}
        for pg, _b, _l, _d, meta in flow.placed:
            if (meta or {}).get("kind") == "quote" and meta["how"] == "fn":
                starts.setdefault(meta["label"], pg)
                ends[meta["label"]] = pg
        if any(starts[lab] != ends[lab] for lab in starts):
            break
    else:
        raise AssertionError("committee.pdf: no footnoted quotation over a page break")
    while lay.n < flow.page:
        lay.new_page()
    for pg, base, _l, draw, _m in flow.placed:
        draw(lay, pg, base)
    # footnotes at the foot of the page of their marks, in order
    mark_page = {}
    for pg, _b, _l, _d, meta in flow.placed:
        for m in (meta or {}).get("marks", []):
            mark_page[m] = pg
    by_page = {}
    for m in sorted(mark_page, key=int):
        by_page.setdefault(mark_page[m], []).append(m)
    note_at = {}
    for pg, ms in by_page.items():
        y = CM_BOT + reserve[pg] - 6.0
        lay.line(CM_L, y, CM_L + 120, y, 0.5, BLACK, page=pg)
        y -= 3.0
        for m in ms:
            for k, ln in enumerate(note_lines[m]):
                base = y - CM_FLEAD * (k + 0.8)
                if k == 0:
                    tx(lay, CM_L, base, m, TR, CM_FSIZE, page=pg)
                    note_at[m] = (pg, base)
                tx(lay, CM_L + 14, base, ln, TR, CM_FSIZE, page=pg)
            y -= CM_FLEAD * len(note_lines[m]) + 2.0
    heads = {}
    for pg, _b, _l, _d, meta in flow.placed:
        if (meta or {}).get("head"):
            heads.setdefault(meta["head"], pg)
    cm_cover(lay, heads)
    n = lay.n
    for k in range(3, n + 1):
        title, folio = _text.CM_TITLE, str(k)
        if k % 2:
            tx(lay, CM_L, 806, title, A, 8.5, GREY, page=k)
            tx(lay, CM_R - sw(folio, A, 9), 806, folio, A, 9, page=k)
        else:
            tx(lay, CM_L, 806, folio, A, 9, page=k)
            tx(lay, CM_R - sw(title, A, 8.5), 806, title, A, 8.5, GREY, page=k)
    lay.render(path, canvas_info(f"{_text.CM_TITLE} - {_text.CM_SESSION}", _text.CM_COMMITTEE,
                                 "Adobe InDesign 19.4 (Windows)", "Adobe PDF Library 17.0"))
    # the key: the quoted paragraphs in order, page of their first line
    starts, ends, order, hows = {}, {}, [], {}
    for pg, base, _l, _d, meta in flow.placed:
        if (meta or {}).get("kind") == "quote":
            lab = meta["label"]
            if lab not in starts:
                starts[lab] = (pg, base)
                order.append(lab)
                hows[lab] = meta["how"]
            ends[lab] = pg
    result = [entry(lab, starts[lab][0], texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    cross = check_crossings(path.name, result, [ends[lab] for lab in order], least=1)
    fn_cross = [lab for lab in cross if hows[lab] == "fn"]
    if not fn_cross:
        raise AssertionError(f"committee.pdf: no footnoted quotation over a page break ({cross})")
    check_committee(path, result, texts, flow, hows, notes, note_at, plan)
    fn_labels = [lab for lab in order if hows[lab] == "fn"]
    host = cm_host_key(path, flow)
    return {
        "note": ("A THEMATIC REVIEW QUOTED IN A SELECT COMMITTEE'S REPORT AS THE HOUSE PRINTS IT (an HC paper, "
                 f"{n} A4 pages, Times): page 1 a cover ('House of Commons', the committee, the title, "
                 f"'{_text.CM_SESSION}', 'Report, together with formal minutes ...', '{_text.CM_HC}', the FICTIONAL "
                 "line); page 2 the committee's membership and a contents list with page numbers; from page 3 the "
                 "Summary (two unnumbered paragraphs), then chapters '1  Introduction', '2  What the thematic review "
                 "found', '3  Acting on the learning' with unnumbered sub-headings, and THE COMMITTEE'S OWN "
                 f"PARAGRAPHS NUMBERED '1.' TO '{_n}.' hanging at the margin (two ending in a bold conclusion); "
                 "footnote marks raised after words, FOOTNOTES NUMBERED THROUGH THE REPORT AT THE FOOT OF EACH PAGE "
                 "under a short rule ('4 Q14 [Dr Thackeray]', '7 Q112 [Hedda Morrow MP]; Department for Education "
                 "(LCS0058), para 3.2', '12 Quillby Safeguarding Children Partnership (LCS0031), para 5'). THE "
                 "REVIEW'S PARAGRAPHS are quoted in INDENTED BLOCKS in smaller type after the "
                 "committee's lead-in: a block of ONE PARAGRAPH HAS NO NUMBER IN IT; ITS NUMBER IS ONLY IN THE "
                 "FOOTNOTE whose mark follows its last word (" + ", ".join(fn_labels) + "; the first note gives the "
                 "review's full title and '..., para 2.3', later ones 'Panel thematic review, para 3.1'); the "
                 "blocks of 4.2 and 4.3, of 5.1 and 5.5 (not consecutive: a '[\u2026]' line between them) and "
                 "of 6.3 have their numbers TYPED RUN-IN ('4.2 The ...'), with one note after the block ('paras "
                 "4.2\u20134.3'). Traps: the committee's paragraph GOES ON, unnumbered and flush left, after a "
                 "block ('We heard the same account ...', 'The Department's written evidence ...'); a committee "
                 "paragraph's line BEGINS '4.2 and 4.3 of the review, which describe ...' (paragraphs named, not "
                 f"quoted); {' and '.join(fn_cross)} run{'s' if len(fn_cross) == 1 else ''} over a page break, so "
                 "the footnote, and with it the number, is printed at the foot of the NEXT page; 'Conclusions and "
                 "recommendations' numbered '1.' to '6.' "
                 "in bold, each ending '(Paragraph 9)'; 'Formal minutes' ('Paragraphs 1 to "
                 f"{_n} read and agreed to.', '[Adjourned till Tuesday 21 October 2025 at 9.30 am]'); a witnesses "
                 "list with question ranges 'Q1\u201338'; running heads with folios from page 3. THE KEY (amended "
                 "after the round, the lead's decision) holds THE COMMITTEE'S OWN NUMBERED PARAGRAPHS '1' TO "
                 f"'{_n}', each with its own first words and its own last words (those of its unnumbered "
                 "continuation after a quoted block, where it goes on after one): a report's own printed "
                 "paragraph numbers are its citations, and a paragraph of another document quoted inside it is "
                 "none of its paragraphs (cited as this report's '\u00b62.3' it would name a paragraph the report "
                 "does not have). Not paragraphs: the review's quoted paragraphs and their words, the '[\u2026]' "
                 "line, footnotes, the Summary, the conclusions and recommendations (each a restatement pointing "
                 "to the paragraph it comes from), the formal minutes, the witnesses and the running heads and "
                 "folios. Pages: physical (the page of the paragraph's first line)."),
        "paragraphs": host,
    }


def cm_host_key(path, flow):
    """The committee's own numbered paragraphs as placed: label without its stop, the page of the first line, the
    paragraph's own words (its footnote marks left out), with its continuation after a quoted block (a "cont" item,
    unnumbered) as its last words; checked with pdfplumber in the body's 11 pt (the quotations are 10 pt, the
    notes 8 pt), label drawn at the margin, first words on its page and last words on its last page."""
    own, ends, labels = [], [], []
    for pg, base, _l, _d, meta in flow.placed:
        meta = meta or {}
        kind = meta.get("kind")
        if kind in ("para", "wrap", "bold") and meta.get("line") == 0:
            own.append([str(meta["num"]), pg, meta["text"].replace("{fn}", "")])
            labels.append((pg, CM_L, base))
        elif kind == "cont" and meta.get("line") == 0:
            own[-1][2] += " " + meta["text"].replace("{fn}", "")
        if kind in ("para", "wrap", "bold", "cont"):
            if len(ends) < len(own):
                ends.append(pg)
            ends[-1] = pg
    host = [entry(lab, pg, t) for lab, pg, t in own]
    check_count(path.name, host, 10, 20)
    if [d["label"] for d in host] != [str(k) for k in range(1, len(host) + 1)]:
        raise AssertionError("committee.pdf: the committee's own paragraphs")
    check_pdf_key(path.name, pdf_pages(path), host, ends, labels, lambda c: abs(c["size"] - CM_SIZE) < 0.01)
    return host


def check_committee(path, result, texts, flow, hows, notes, note_at, plan):
    """pdfplumber: the quotations' characters (the 10 pt Times of the blocks), page after page, hold every quoted
    paragraph in one piece with its number before it when typed and with none when footnoted; a footnoted
    paragraph's footnote ('para 2.3') is printed on the page where the quotation ends; typed numbers and the
    committee's numbers drawn where placed; the line beginning '4.2 and 4.3'; the first and last words on the first
    and last pages."""
    pages = pdf_pages(path)
    stream, per_page = [], []
    for chars in pages:
        w = words_of([c for c in chars if abs(c["size"] - CM_QSIZE) < 0.01])
        stream += w
        per_page.append(w)
    for d in result:
        lab = d["label"]
        t = norm(texts[lab])
        if hows[lab] == "fn":
            k = next((i for i in range(len(stream) - len(t) + 1) if stream[i:i + len(t)] == t), None)
            if k is None or (k >= 2 and stream[k - 2:k] == norm(lab)):
                raise AssertionError(f"committee.pdf: {lab} not read back in one piece, without its number")
        elif not contains_seq(stream, norm(lab + " " + texts[lab])):
            raise AssertionError(f"committee.pdf: {lab} not read back with its number")
        if not contains_seq(per_page[d["page"] - 1], norm(d["starts_with"])):
            raise AssertionError(f"committee.pdf: first words of {lab}")
    quote_rows = [(pg, b, m) for pg, b, _l, _d, m in flow.placed if (m or {}).get("kind") == "quote"]
    for d in result:
        lab = d["label"]
        rows = [(pg, b, m) for pg, b, m in quote_rows if m["label"] == lab]
        last_pg = rows[-1][0]
        if not contains_seq(per_page[last_pg - 1] + [], norm(d["ends_with"])) and \
                not contains_seq(per_page[last_pg - 2][-12:] + per_page[last_pg - 1], norm(d["ends_with"])):
            raise AssertionError(f"committee.pdf: last words of {lab}")
        if hows[lab] != "fn":
            pg, base, _m = rows[0]
            label_at(pages[pg - 1], CM_QX0, base, lab, path.name)
        else:
            mark = [mk for _p, _b, m in rows for mk in m["marks"]]
            npg, nbase = note_at[mark[0]]
            if npg != last_pg or not notes[mark[0]].endswith(f"para {lab}"):
                raise AssertionError(f"committee.pdf: footnote of {lab}")
            got = words_of([c for c in pages[npg - 1] if abs(c["size"] - CM_FSIZE) < 0.01
                            and abs(c["matrix"][5] - nbase) < 30])
            if not contains_seq(got, norm(f"{mark[0]} {notes[mark[0]]}")):
                raise AssertionError(f"committee.pdf: footnote {mark[0]} not read back")
    wrapped, nums = False, 0
    for pg, base, _l, _d, m in flow.placed:
        m = m or {}
        if m.get("num") and m.get("line") == 0:
            label_at(pages[pg - 1], CM_L, base, f"{m['num']}.", path.name)
            nums += 1
        if m.get("kind") == "wrap" and m.get("line", 0) > 0:
            line = [c for c in pages[pg - 1] if abs(c["matrix"][5] - base) < 0.05 and abs(c["size"] - CM_SIZE) < 0.01]
            s = "".join(c["text"] for c in sorted(line, key=lambda c: c["x0"]))
            if s.startswith("4.2and4.3") or s.startswith("4.2 and 4.3"):
                label_at(pages[pg - 1], CM_TX, base, "4.2", path.name)
                wrapped = True
    if not wrapped or nums < 12:
        raise AssertionError(f"committee.pdf: layout (wrapped line {wrapped}, numbers {nums})")


# --------------------------------------------------------------------------
# 2. hansard.txt: a CSPR read out in a Westminster Hall debate, as Hansard's "download text" gives it
# --------------------------------------------------------------------------
def make_hansard(out, pm):
    path = out / "hansard.txt"
    texts, order = {}, []
    for item in _text.HS_BODY:
        if item[0] == "q":
            for lab, n_words in item[1]:
                texts[lab] = pm.make(n_words, "child")
                order.append(lab)

    def fill(t):
        def partial(m):
            s = first_sentence(texts[m.group(1)]).rstrip(".")
            return s[0].lower() + s[1:]
        return re.sub(r"\{partial:([\d.]+)\}", partial, t)

    blocks = [[ln] for ln in _text.HS_HEAD]
    splits = []
    for item in _text.HS_BODY:
        kind = item[0]
        if kind == "col":
            blocks.append([f"Col {item[1]}"])
        elif kind in ("chair", "time", "sp", "stage"):
            blocks.append([item[1]])
        elif kind == "t":
            blocks.append([fill(item[1])])
        elif kind == "q":
            labs, split = item[1], item[2]
            for j, (lab, _w) in enumerate(labs):
                close = "\u201d" if j == len(labs) - 1 else ""
                line = f"\u201c{lab} {texts[lab]}{close}"
                if split and split[0] == lab:
                    words = line.split(" ")
                    cut = split[1] + 1
                    blocks.append([" ".join(words[:cut]), f"Col {split[2]}", " ".join(words[cut:])])
                    splits.append(lab)
                else:
                    blocks.append([line])
    text = "\r\n\r\n".join("\r\n".join(b) for b in blocks) + "\r\n"
    path.write_bytes(text.encode("utf-8"))
    result = [entry(lab, None, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_hansard(path, result, texts, splits)
    return {
        "note": ("A CHILD SAFEGUARDING PRACTICE REVIEW READ OUT IN A WESTMINSTER HALL DEBATE, AS HANSARD'S 'DOWNLOAD "
                 "TEXT' GIVES IT (UTF-8, CRLF, ONE LINE A PARAGRAPH, a blank line between paragraphs): the debate's "
                 "title, 'Volume 771: debated on Tuesday 14 October 2025', 'Westminster Hall', its address, the "
                 "FICTIONAL line and a note; then the debate: speakers' lines ('Sarah Pennick (Wendlesham North) "
                 "(Lab)', 'The Parliamentary Under-Secretary of State for Education (Hedda Morrow)', 'Dame Rosalind "
                 "Whitcombe (in the Chair)'), '[Dame Rosalind Whitcombe in the Chair]', TIMES ON LINES OF THEIR OWN "
                 "('9.30 am', '9.42 am', '9.58 am', '10.04 am', '10.59 am'), COLUMN NUMBERS ON LINES OF THEIR OWN "
                 "('Col 412WH'). THE REVIEW'S PARAGRAPHS are read out as paragraphs of the speeches, each OPENING "
                 "WITH A QUOTATION MARK GLUED TO ITS NUMBER ('\u201c4.3 The ...'); a quotation of two paragraphs "
                 "has no closing mark after the first (Hansard's style), one after the last. Traps: TWO COLUMN "
                 f"NUMBERS FALL INSIDE QUOTED PARAGRAPHS ({', '.join(splits)}): the paragraph's line is cut in "
                 "mid-sentence, 'Col 413WH' follows on its own line and the paragraph goes on on the next line, "
                 "with no blank line between; a column number between a lead-in and its quotation; interventions "
                 "('Will my hon. Friend give way?') between 5.1 and 5.2; a sentence of 5.6 quoted inline ('The "
                 "review says at paragraph 5.6 that \u201c...\u201d') before the whole paragraph is read; a speech "
                 "paragraph OPENING '6.2 is, to my mind, the most important paragraph ...' before 6.2 is read; the "
                 "Minister reads 2.3 and 3.1 AFTER 7.1, so the numbers go back; 'Several hon. Members rose\u2014', "
                 "'Question put and agreed to.', 'Resolved,', 'Sitting suspended.'. Not paragraphs: everything but "
                 "the review's paragraphs read out. No pages (null)."),
        "paragraphs": result,
    }


def check_hansard(path, result, texts, splits):
    """The text read back: CRLF throughout; blocks parted by blank lines; a block's lines other than 'Col NNNWH'
    joined by spaces; the blocks opening with a quotation mark and a number are the review's paragraphs, in the
    key's order, each whole (the cut ones rejoined); the times and column lines; the speech paragraph opening
    '6.2 is'; the inline part-quotation of 5.6 before 5.6."""
    raw = path.read_bytes().decode("utf-8")
    if "\n" in raw.replace("\r\n", ""):
        raise AssertionError("hansard.txt: line ends")
    got, cut, times, cols, order_all = [], [], 0, 0, []
    for block in raw.split("\r\n\r\n"):
        lines = block.strip("\r\n").split("\r\n")
        kept = [ln for ln in lines if not re.fullmatch(r"Col \d+WH", ln)]
        if len(kept) != len(lines) and kept:
            cut.append(kept[0])
        if not kept:
            cols += 1
            continue
        s = " ".join(kept)
        if re.fullmatch(r"\d{1,2}\.\d\d [ap]m", s):
            times += 1
        m = re.match(r"\u201c(\d+\.\d+) (.+?)\u201d?$", s)
        if m:
            got.append([m.group(1), m.group(2)])
        order_all.append(s)
    if got != [[d["label"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"hansard.txt: read back {[g[0] for g in got]}")
    if len(cut) != len(splits) or not all(c.startswith("\u201c" + lab) for c, lab in zip(cut, splits, strict=True)):
        raise AssertionError(f"hansard.txt: cut paragraphs {cut}")
    i62 = next(i for i, s in enumerate(order_all) if s.startswith("6.2 is, to my mind"))
    i56 = next(i for i, s in enumerate(order_all) if "paragraph 5.6 that \u201c" in s)
    j56 = next(i for i, s in enumerate(order_all) if s.startswith("\u201c5.6 "))
    part = re.search(r"paragraph 5\.6 that \u201c(.+?)\u201d", order_all[i56]).group(1)
    if times != 5 or cols < 4 or not i56 < j56 or part.lower() not in texts["5.6"].lower() or \
            not order_all[i62 + 1].startswith("\u201c6.2 "):
        raise AssertionError(f"hansard.txt: layout (times {times}, columns {cols})")


# --------------------------------------------------------------------------
# 3. pfd.docx: a SAR quoted in a coroner's Regulation 28 report written on the Word template
# --------------------------------------------------------------------------
PF_STYLES = XML_HEAD + (
    f'<w:styles {WNS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" '
    'w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>'
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr>'
    '</w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BoxTitle"><w:name w:val="Box Title"/><w:basedOn '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="60" w:after="120"/></w:pPr><w:rPr><w:b/>'
    '<w:caps/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="ReviewQuote"><w:name w:val="Review Quote"/><w:basedOn '
    'w:val="Normal"/><w:qFormat/><w:pPr><w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs><w:ind w:left="1134" '
    'w:right="284" w:hanging="567"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
    'w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/>'
    '</w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing '
    'w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr>'
    '<w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd '
    'w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom '
    'w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
    '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right '
    'w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
    '</w:style></w:styles>')


def pf_level(ilvl, fmt, text, left, hanging, start=1):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>')


# numId 1: the addressees "1."; numId 2: the matters of concern "(1)"; numId 3: the review's own list, pasted from its
# Word file with its numbering ("6.%1", the recommendations chapter's list, from 3)
PF_NUMBERING = XML_HEAD + (
    f'<w:numbering {WNS}>'
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
    + pf_level(0, "decimal", "%1.", 720, 360) + '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
    + pf_level(0, "decimal", "(%1)", 567, 567) + '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="2"><w:nsid w:val="5A2C61F3"/><w:multiLevelType w:val="singleLevel"/>'
    '<w:tmpl w:val="3E7A0B12"/>' + pf_level(0, "decimal", "6.%1", 1134, 567, start=3) + '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    '</w:numbering>')


def pf_num(num_id):
    return f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'


def make_pfd(out, pm):
    path = out / "pfd.docx"
    texts, result, seen = {}, [], set()
    brk = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    bold = "<w:b/>"
    small = '<w:sz w:val="20"/>'

    def quoted(label, n_words, page):
        if label not in texts:
            texts[label] = pm.make(n_words, "adult")
        if label not in seen:
            seen.add(label)
            result.append(entry(label, page, texts[label]))
        return texts[label]

    def cell_content(items):
        ps = []
        for item in items:
            kind = item[0]
            if kind == "t":
                ps.append(wp(wr(item[1])))
            elif kind == "concern":
                ps.append(wp(wr(item[1]), "ListParagraph", pf_num(2) + '<w:ind w:left="567" w:hanging="567"/>'
                             '<w:contextualSpacing w:val="0"/><w:jc w:val="both"/>'))
            elif kind == "q":
                for lab, n_words in item[1]:
                    ps.append(wp(wr(f"{lab}\t{quoted(lab, n_words, 1)}"), "ReviewQuote"))
            elif kind == "qbox":
                inner = "".join(wp(wr(f"{lab}\t{quoted(lab, n_words, 1)}"), "ReviewQuote",
                                   '<w:ind w:left="567" w:right="0" w:hanging="567"/>') for lab, n_words in item[1])
                ps.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="7400" w:type="dxa"/>'
                          '<w:tblInd w:w="567" w:type="dxa"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
                          '<w:gridCol w:w="7400"/></w:tblGrid><w:tr>' + w_cell(inner, 7400, "F2F2F2")
                          + "</w:tr></w:tbl>")
                ps.append(wp("", None, '<w:spacing w:after="0"/>'))
            elif kind == "qnum":
                for lab, n_words in item[1]:
                    ps.append(wp(wr(quoted(lab, n_words, 1), '<w:sz w:val="20"/>'), "ListParagraph",
                                 pf_num(3) + '<w:ind w:left="1134" w:hanging="567"/><w:contextualSpacing '
                                 'w:val="0"/><w:jc w:val="both"/>'))
        return "".join(ps)

    grid = [850, 8176]
    rows = []
    title = wp(wr(_text.PF_TITLE, bold), "Title")
    rows.append("<w:tr>" + f'<w:tc><w:tcPr><w:tcW w:w="{sum(grid)}" w:type="dxa"/><w:gridSpan w:val="2"/>'
                '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/></w:tcPr>' + title + "</w:tc></w:tr>")
    sent = wp(wr("THIS REPORT IS BEING SENT TO:", bold), "BoxTitle") + "".join(
        wp(wr(s), "ListParagraph", pf_num(1)) for s in _text.PF_SENT_TO)
    rows.append("<w:tr>" + w_cell(wp(""), grid[0]) + w_cell(sent, grid[1]) + "</w:tr>")
    for num, box_title, items in _text.PF_BOXES:
        left = wp(wr(num, bold), None, '<w:jc w:val="center"/>')
        right = (wp(wr(box_title, bold), "BoxTitle") if box_title else "") + cell_content(items)
        rows.append('<w:tr><w:trPr><w:cantSplit w:val="0"/></w:trPr>' + w_cell(left, grid[0]) +
                    w_cell(right, grid[1]) + "</w:tr>")
    table = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/><w:tblLayout '
             'w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
             + "".join(f'<w:gridCol w:w="{g}"/>' for g in grid) + "</w:tblGrid>" + "".join(rows) + "</w:tbl>")
    body = [wp(wr(_text.PF_NOTE, "<w:i/>" + small)), wp(wr(f"{FICT}. {INVENTED}", "<w:i/>" + small)), table, brk]
    body.append(wp(wr(_text.PF_ANNEX_TITLE, bold), "BoxTitle"))
    body.append(wp(wr(_text.PF_REVIEW, "<w:i/>")))
    body.append(wp(wr(_text.PF_ANNEX_INTRO)))
    for lab, n_words in _text.PF_ANNEX:
        body.append(wp(wr(f"{lab}\t{quoted(lab, n_words, 2)}"), "ReviewQuote"))
    doc = (f"{XML_HEAD}<w:document {WNS}><w:body>{''.join(body)}<w:sectPr><w:headerReference w:type=\"default\" "
           'r:id="rId8"/><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar '
           'w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
           '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>')
    header = f"{XML_HEAD}<w:hdr {WNS}>" + wp(wr(_text.PF_HEADER), "Header") + "</w:hdr>"
    footer = (f"{XML_HEAD}<w:ftr {WNS}>" + wp(wr(_text.PF_FOOTER + "\tPage ") +
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE '
              '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + wr("1") +
              '<w:r><w:fldChar w:fldCharType="end"/></w:r>', "Footer") + "</w:ftr>")
    docx_parts(path, doc, PF_STYLES, PF_NUMBERING, header, footer, "Regulation 28 Report to Prevent Future Deaths - "
               "Mrs Margaret Sefton", "Whitlow, Eleanor (Coroner's Office)", (2025, 9, 19, 15, 42, 0), 4, 2380,
               subject=FICT, total_time=214, revision=9, created="2025-09-15T09:03:00Z")
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_pfd(path, result, texts)
    return {
        "note": ("A SAFEGUARDING ADULTS REVIEW QUOTED IN A CORONER'S REGULATION 28 REPORT TO PREVENT FUTURE DEATHS "
                 "WRITTEN ON THE WORD TEMPLATE (2 pages by explicit breaks): the template's note and the FICTIONAL "
                 "line, then ONE RULED TABLE of two columns: a shaded title row across both "
                 "('REGULATION 28:  REPORT TO PREVENT FUTURE DEATHS'), a row 'THIS REPORT IS BEING SENT TO:' with "
                 "the four addressees NUMBERED '1.' TO '4.' BY WORD, then nine rows whose narrow LEFT CELL holds the "
                 "template's BOX NUMBER alone, bold ('1' to '9'), and whose right cell opens with the box's bold "
                 "title in capitals ('CORONER', 'CORONER'S LEGAL POWERS' with 'paragraph 7, Schedule 5, ...' and "
                 "'regulations 28 and 29', 'INVESTIGATION and INQUEST', 'CIRCUMSTANCES OF THE DEATH', 'CORONER'S "
                 "CONCERNS', ...). THE REVIEW'S PARAGRAPHS are quoted in the cells THREE WAYS: typed '3.2<TAB>The "
                 "...' in an indented 'Review Quote' style with a hanging indent (3.2 and 4.1 in box 4, 5.2 under "
                 "concern (1)); two in a SHADED ONE-CELL TABLE NESTED IN THE CELL, typed alike (5.4, 5.5); and two "
                 "pasted from the review's own Word file AS ITEMS OF ITS LIST, numbered by Word with lvlText '6.%1' "
                 "starting at 3, SO THAT '6.3' AND '6.4' ARE ONLY IN numbering.xml (the text has no number). Traps: "
                 "the MATTERS OF CONCERN NUMBERED '(1)' TO '(5)' BY WORD (lvlText '(%1)'), concern (3) OPENING '4.6 "
                 "and 4.7 of the review record that ...' (paragraphs named, not quoted); box numbers; after the table "
                 "a page break and an ANNEX ('ANNEX \u2013 EXTRACT FROM THE SAFEGUARDING ADULTS REVIEW', the review's "
                 "title, a note) reproducing 5.2 AGAIN, word for word (keyed once, in box 5 on page 1), and then "
                 "7.1 to 7.3 (page 2); a header naming the report and a footer 'Ref: ORM-INQ-2025-0117<TAB>Page 1'. "
                 "Not paragraphs: everything but the review's quoted paragraphs. page = 1 + the page breaks before "
                 "the quotation."),
        "paragraphs": result,
    }


def check_pfd(path, result, texts):
    """lxml over the package, every paragraph in document order (the nested table's too): pages from the page
    breaks; Word's numbers worked out per list ("%1.", "(%1)", "6.%1" from 3); the 'ReviewQuote' paragraphs typed
    'N.N<TAB>' and the items of the review's list are the review's paragraphs, keyed at their first occurrence;
    5.2 found twice; the concerns (1) to (5), the third opening '4.6 and 4.7'; python-docx opens the file and finds
    the nested table."""
    import zipfile

    import docx
    from lxml import etree
    q = f"{{{W_NS}}}"
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    nroot = etree.fromstring(z.read("word/numbering.xml"))
    absn = {a.get(q + "abstractNumId"): a for a in nroot.iter(q + "abstractNum")}
    nums = {n.get(q + "numId"): n.find(q + "abstractNumId").get(q + "val") for n in nroot.iter(q + "num")}
    counters, page, got, concerns, seen, twice = {}, 1, [], [], set(), []

    def text(p):
        return "".join("\t" if el.tag == q + "tab" else (el.text or "") for el in p.iter(q + "t", q + "tab"))

    for p in root.iter(q + "p"):
        if p.find(f".//{q}br[@{q}type='page']") is not None:
            page += 1
        st = p.find(f"{q}pPr/{q}pStyle")
        st = st.get(q + "val") if st is not None else None
        npr = p.find(f"{q}pPr/{q}numPr")
        label = None
        if npr is not None:
            nid = npr.find(q + "numId").get(q + "val")
            lvl = absn[nums[nid]].find(q + "lvl")
            start = int(lvl.find(q + "start").get(q + "val"))
            counters[nid] = counters.get(nid, start - 1) + 1
            label = lvl.find(q + "lvlText").get(q + "val").replace("%1", str(counters[nid]))
            if nid == "2":
                concerns.append((label, text(p)))
            if nid == "3":
                lab, body = label, text(p)
                if lab not in seen:
                    seen.add(lab)
                    got.append([lab, page, body])
        if st == "ReviewQuote":
            m = re.fullmatch(r"(\d+\.\d+)\t(.+)", text(p), re.S)
            if not m:
                raise AssertionError("pfd.docx: a quotation without its number")
            if m.group(1) in seen:
                twice.append(m.group(1))
                continue
            seen.add(m.group(1))
            got.append([m.group(1), page, m.group(2)])
    if got != [[d["label"], d["page"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"pfd.docx: read back {[g[:2] for g in got]}")
    if [c[0] for c in concerns] != ["(1)", "(2)", "(3)", "(4)", "(5)"] or not concerns[2][1].startswith("4.6 and 4.7") \
            or twice != ["5.2"] or counters.get("1") != 4:
        raise AssertionError(f"pfd.docx: layout {concerns[:1]} {twice}")
    d = docx.Document(str(path))
    cell = d.tables[0].rows[6].cells[1]
    if len(d.tables) != 1 or not cell.tables or not cell.tables[0].cell(0, 0).paragraphs[0].text.startswith("5.4\t"):
        raise AssertionError("pfd.docx: the nested table")


# --------------------------------------------------------------------------
# 4. inspection.pdf: a DHR quoted in an inspectorate's thematic inspection report, in boxed extracts
# --------------------------------------------------------------------------
IN_NUM, IN_TX, IN_R = 56.7, 99.2, 538.6
IN_TOP, IN_BOT = 776.0, 62.0
IN_SIZE, IN_LEAD, IN_GAP = 10.0, 14.0, 8.0
IN_BX0, IN_BX1 = IN_TX, IN_R
IN_QNUM, IN_QTEXT, IN_QR = IN_BX0 + 12.0, IN_BX0 + 44.0, IN_BX1 - 12.0
IN_QSIZE, IN_QLEAD = 9.5, 12.6
TINT = (0.87, 0.94, 0.95)


def in_rows(text, x, width, font, size, lead, gap, meta, label=None, label_x=None, label_font=None, rgb=BLACK,
            label_rgb=None):
    lines = wrap(text.split(" "), width, lambda z: sw(z, font, size))
    rows = []
    for k, ln in enumerate(lines):
        def draw(lay, pg, base, ln=ln, k=k):
            tx(lay, x, base, " ".join(ln), font, size, rgb, page=pg)
            if k == 0 and label:
                tx(lay, label_x, base, label, label_font or font, size, label_rgb or rgb, page=pg)
        m = dict(meta)
        m["line"] = k
        m["first"] = ln[0]
        rows.append((gap if k == 0 else 0.0, lead, draw, m))
    return rows


def in_wrapped(text):
    for filler in _text.IN_WRAP_FILLERS:
        t = text.replace("{wrap} ", f"{filler} " if filler else "")
        lines = wrap(t.split(" "), IN_R - IN_TX, lambda z: sw(z, A, IN_SIZE))
        if any(ln[:3] == ["5.2", "and", "5.3"] for ln in lines[1:]):
            return t
    raise AssertionError("inspection.pdf: no filler wraps a line to begin with 5.2")


def in_box_rows(bid, title, paras, source, cont=False):
    meta = {"box": bid}
    rows = []

    def head(lay, pg, base, t=title + (" (continued)" if cont else "")):
        tx(lay, IN_QNUM, base, t, AB, 9.5, NAVY, page=pg)
    rows.append((18.0, 15.0, head, dict(meta, kind="box-title")))
    if cont:
        return rows
    for j, (lab, t) in enumerate(paras):
        rows += in_rows(t, IN_QTEXT, IN_QR - IN_QTEXT, A, IN_QSIZE, IN_QLEAD, 3.0 if j == 0 else 6.0,
                        dict(meta, kind="quote", label=lab), label=lab, label_x=IN_QNUM)

    def src(lay, pg, base):
        tx(lay, IN_QNUM, base, "Source: " + source, AI, 8.0, GREY, page=pg)
    rows.append((5.0, 11.0, src, dict(meta, kind="box-source")))
    return rows


def in_layout(texts, conts, drop, anchor):
    """One pass of the report's layout, chapter 1 starting ``drop`` points below the top of page 3, a floating box
    anchored ``anchor`` paragraphs after its place in the plan. Returns the flow and the floated boxes."""
    flow = Flow(2, IN_TOP, IN_BOT, conts=conts)
    floated, pending, held = [], [], []

    def place_box(bid, rows):
        flow.float_next(rows)  # a floating box positioned at the top of the page after its anchor's
        floated.append(bid)

    def put(rows, keep=2):
        nonlocal pending
        flow.place(pending + rows, len(pending) + keep)
        pending = []

    def heading(num, title, gap):
        def draw(lay_, pg, base):
            if num:
                tx(lay_, IN_NUM, base, num, AB, 15, TEAL, page=pg)
            tx(lay_, IN_TX if num else IN_NUM, base, title, AB, 15, TEAL, page=pg)
        pending.append((gap, 22.0, draw, {"kind": "head"}))

    heading(None, "Foreword", 0.0)
    for t in _text.IN_FOREWORD:
        put(in_rows(t, IN_NUM, IN_R - IN_NUM, A, IN_SIZE, IN_LEAD, IN_GAP, {"kind": "foreword"}))
    heading(None, "Key findings", 18.0)
    for t in _text.IN_KEY:
        put(in_rows(t, IN_NUM + 14, IN_R - IN_NUM - 14, A, IN_SIZE, IN_LEAD, 4.0, {"kind": "key"},
                    label="\u2022", label_x=IN_NUM + 2))
    ch, k, bid, pi = "0", 0, 0, 0
    for item in _text.IN_BODY:
        kind = item[0]
        if kind == "ch":
            ch, k = item[1], 0
            if ch == "1":
                flow.new_page()
                flow.cur -= drop
            heading(f"{ch}.", item[2], 0.0 if ch == "1" else 24.0)
        elif kind in ("p", "wrap"):
            k += 1
            pi += 1
            t = in_wrapped(item[1]) if kind == "wrap" else item[1]
            put(in_rows(t, IN_TX, IN_R - IN_TX, A, IN_SIZE, IN_LEAD, IN_GAP,
                        {"kind": kind, "num": f"{ch}.{k}", "pi": pi, "own": t}, label=f"{ch}.{k}", label_x=IN_NUM,
                        label_font=AB, label_rgb=NAVY))
            for h in held:
                h[0] -= 1
                if h[0] == 0:
                    place_box(h[1], h[2])
        elif kind == "box":
            bid += 1
            _, title, labs, source, fl = item
            rows = in_box_rows(bid, title, [(lab, texts[lab]) for lab, _w in labs], source)
            if fl and anchor:
                held.append([anchor, bid, rows])
            elif fl:
                place_box(bid, rows)
            else:
                put(rows, 3)
        elif kind == "recs":
            for j, t in enumerate(item[1], 1):
                put(in_rows(t, IN_TX, IN_R - IN_TX, A, IN_SIZE, IN_LEAD, IN_GAP, {"kind": "rec"}, label=f"{j}.",
                            label_x=IN_NUM, label_font=AB, label_rgb=NAVY))
        elif kind == "annex":
            flow.new_page()
            heading(None, item[1], 0.0)
            for lab, t in item[2]:
                own = {"kind": "annex", "num": lab, "own": t}
                put(in_rows(t, IN_TX, IN_R - IN_TX, A, IN_SIZE, IN_LEAD, IN_GAP, own, label=lab, label_x=IN_NUM,
                            label_font=AB, label_rgb=NAVY))
    return flow, floated


def in_interrupted(flow, box):
    """The inspectorate's paragraph that the floated ``box`` interrupts (its rows on both sides of the box, the box
    at the top of the next page), or None."""
    placed = flow.placed
    idx = [i for i, (_p, _b, _l, _d, m) in enumerate(placed) if (m or {}).get("box") == box]
    first, last = idx[0], idx[-1]
    if first == 0 or last + 1 >= len(placed):
        return None
    before, after = placed[first - 1][4] or {}, placed[last + 1][4] or {}
    top = max(b for p, b, _l, _d, _m in placed if p == placed[first][0])
    if placed[first - 1][0] != placed[first][0] - 1 or placed[first][1] < top - 0.01 or before.get("pi") is None \
            or before.get("pi") != after.get("pi") or after.get("line", 0) == 0 or before.get("kind") != "p":
        return None
    return before["num"]


def make_inspection(out, pm):
    path = out / "inspection.pdf"
    register_fonts(T1_FACES)
    lay = Layout(A4)
    lay.font = A
    lay.new_page()
    texts, conts, boxes = {}, {}, {}
    bid = 0
    for item in _text.IN_BODY:
        if item[0] == "box":
            bid += 1
            boxes[bid] = item[1]
            for lab, n_words in item[2]:
                texts[lab] = pm.make(n_words, "dhr")
            conts[bid] = in_box_rows(bid, item[1], [], item[3], cont=True)
    # the first anchor and drop of chapter 1 at which the floating box goes over to the next page, interrupting a
    # paragraph, and a box breaks inside a quoted paragraph
    for anchor, drop in ((a, d) for a in range(3) for d in range(0, 200, 2)):
        flow, floated = in_layout(texts, conts, drop, anchor)
        quote_pages = {}
        for pg, _b, _l, _d, m in flow.placed:
            if (m or {}).get("kind") == "quote":
                quote_pages.setdefault(m["label"], set()).add(pg)
        if floated and in_interrupted(flow, floated[0]) and any(len(v) > 1 for v in quote_pages.values()):
            break
    else:
        raise AssertionError("inspection.pdf: no anchor makes the floating box interrupt a paragraph")
    while lay.n < flow.page:
        lay.new_page()
    # the boxes' tints first, under their rows, one rectangle per page a box is on
    spans = {}
    for pg, base, lead, _d, m in flow.placed:
        if m and m.get("box"):
            top, bot = base + lead * 0.78, base - lead * 0.22
            s = spans.setdefault((m["box"], pg), [top, bot])
            s[0], s[1] = max(s[0], top), min(s[1], bot)
    for (_b, pg), (top, bot) in spans.items():
        lay.pages[pg - 1].insert(0, ("R", IN_BX0, bot - 6.0, IN_BX1 - IN_BX0, top - bot + 8.0, TINT))
    for pg, base, _l, draw, _m in flow.placed:
        draw(lay, pg, base)
    # the cover
    lay.rect(0, 420, A4[0], 421.89, NAVY, page=1)
    tx(lay, IN_NUM, 790, _text.IN_BODY_NAME, AB, 11, WHITE, page=1)
    for j, ln in enumerate(_text.IN_TITLE):
        tx(lay, IN_NUM, 640 - 34 * j, ln, AB, 28, WHITE, page=1)
    tx(lay, IN_NUM, 550, _text.IN_SUBTITLE, A, 13, WHITE, page=1)
    tx(lay, IN_NUM, 520, _text.IN_DATE, A, 12, WHITE, page=1)
    tx(lay, IN_NUM, 80, f"{FICT}. {INVENTED}", AI, 9, GREY, page=1)
    n = lay.n
    for k2 in range(2, n + 1):
        tx(lay, IN_NUM, 808, _text.IN_RUNNING, A, 8, GREY, page=k2)
        lay.line(IN_NUM, 802, IN_R, 802, 0.4, TEAL, page=k2)
        f = f"Page {k2}"
        tx(lay, IN_R - sw(f, A, 8.5), 36, f, A, 8.5, GREY, page=k2)
        tx(lay, IN_NUM, 36, _text.IN_BODY_NAME, A, 8.5, GREY, page=k2)
    lay.render(path, canvas_info(" ".join(_text.IN_TITLE), _text.IN_BODY_NAME, "Microsoft\u00ae Word for Microsoft "
                                 "365", "Microsoft\u00ae Word for Microsoft 365"))
    starts, ends, order = {}, {}, []
    for pg, base, _l, _d, m in flow.placed:
        if (m or {}).get("kind") == "quote":
            lab = m["label"]
            if lab not in starts:
                starts[lab] = (pg, base)
                order.append(lab)
            ends[lab] = pg
    quoted = [entry(lab, starts[lab][0], texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, quoted, 10, 20)
    cross = check_crossings(path.name, quoted, [ends[lab] for lab in order], least=1)
    split_para = check_inspection(path, quoted, texts, flow, starts, floated)
    # the key (amended): the inspectorate's own numbered paragraphs, each on the page of its first line, with its own
    # first and last words (a paragraph the floated box interrupts ends with its own words after the box)
    result = [entry(m["num"], pg, m["own"]) for pg, _b, _l, _d, m in flow.placed
              if (m or {}).get("own") and m["line"] == 0]
    check_count(path.name, result, 15, 30)
    check_own(path, result, flow)
    box_of = {m["label"]: m["box"] for _p, _b, _l, _d, m in flow.placed if (m or {}).get("kind") == "quote"}
    cont = "', '".join(f"{boxes[box_of[lab]]} (continued)" for lab in cross)
    return {
        "note": ("A DOMESTIC HOMICIDE REVIEW QUOTED IN AN INSPECTORATE'S THEMATIC INSPECTION REPORT (A4, Arial, "
                 f"{n} pages, as Word exports it): page 1 a navy cover (the inspectorate, the title, 'A joint "
                 "thematic inspection ...', 'October 2025', the FICTIONAL line); page 2 a Foreword (unnumbered) "
                 "and Key findings (bullets); from page 3 chapters '1. Introduction' ... '5. Recommendations' in "
                 "teal, the chapter's number in the margin, and THE INSPECTORATE'S OWN PARAGRAPHS NUMBERED '1.1', "
                 "'2.3', '4.4' IN BOLD NAVY IN THE LEFT MARGIN (the review's shape: 3.2, 4.1, 4.4, 5.2, 5.3 and 6.1 "
                 "are numbers of quoted review paragraphs too). THE REVIEW'S PARAGRAPHS ARE IN TINTED BOXED "
                 "EXTRACTS inside the text column: a bold navy title ('Extract 2: the missed reassessment'), the "
                 "paragraphs with their numbers hanging inside the box, one to three to a box, in smaller type, and "
                 "an italic source line ('Source: Domestic homicide review, Ms T, paragraphs 3.5 and 4.1'). Traps: "
                 "EXTRACT 3 (4.4 to 4.6) FLOATS TO THE TOP OF THE PAGE AFTER ITS ANCHOR ('It is set out in the "
                 f"extract overleaf.'), so the inspectorate's paragraph {split_para}, which starts at the foot of "
                 "the anchor's page, GOES ON BELOW THE BOX on the next, and the box sits among paragraphs of the "
                 "next chapter; a box broken over a page break inside a review paragraph "
                 f"({', '.join(cross)}), the box's tint closing at the page foot and opening again under '{cont}'; "
                 "an "
                 "inspectorate paragraph's line BEGINS '5.2 and 5.3 of the review ...' (paragraphs named, not "
                 "quoted); recommendations '1.' to '4.' and an annex's 'A.1' to 'A.3' in the same margin; a running "
                 "head and 'Page N' footers. THE KEY (AMENDED AFTER THE ROUND, the lead's decision: a document that "
                 "numbers its own paragraphs is cited by its own numbers, and another document's paragraph quoted in "
                 "it is none of its paragraphs) HOLDS THE INSPECTORATE'S OWN NUMBERED PARAGRAPHS, 1.1 to 4.4 and "
                 "A.1 to A.3, each with its own first and last words (3.1 ends with its own words after the floated "
                 "box). Not paragraphs: the review's boxed paragraphs (quoted: another document's), box titles, "
                 "source lines, the recommendations '1.' to '4.', the running head and the footers. Pages: "
                 "physical (the page of the paragraph's first line)."),
        "paragraphs": result,
    }


def check_own(path, result, flow):
    """pdfplumber: the text column's regular Arial 10 words, page by page, hold each keyed paragraph's first words on
    its page and its last words on the page of its last line, and its number drawn in the margin."""
    pages = pdf_pages(path)
    per_page = [words_of([c for c in chars if c["fontname"].endswith(A) and abs(c["size"] - IN_SIZE) < 0.01])
                for chars in pages]
    last = {m["num"]: pg for pg, _b, _l, _d, m in flow.placed if (m or {}).get("own")}
    first = {m["num"]: (pg, base) for pg, base, _l, _d, m in flow.placed if (m or {}).get("own") and m["line"] == 0}
    for d in result:
        lab = d["label"]
        pg, base = first[lab]
        label_at(pages[pg - 1], IN_NUM, base, lab, path.name)
        if pg != d["page"] or not contains_seq(per_page[pg - 1], norm(d["starts_with"])) \
                or not contains_seq(per_page[last[lab] - 1], norm(d["ends_with"])):
            raise AssertionError(f"inspection.pdf: the words of {lab}")


def check_inspection(path, result, texts, flow, starts, floated):
    """pdfplumber: the boxes' paragraph text (regular Arial 9.5: the numbers and texts, not the titles or source
    lines), page after page, holds every quoted paragraph in one piece with its number; each number drawn where
    placed; the inspectorate's margin numbers drawn; the floated box at the top of its page with the paragraph it
    interrupts on both sides of it; the line beginning '5.2 and 5.3'. Returns the interrupted paragraph's number."""
    pages = pdf_pages(path)
    stream, per_page = [], []
    for chars in pages:
        w = words_of([c for c in chars if c["fontname"].endswith(A) and abs(c["size"] - IN_QSIZE) < 0.01])
        stream += w
        per_page.append(w)
    for d in result:
        lab = d["label"]
        if not contains_seq(stream, norm(lab + " " + texts[lab])):
            raise AssertionError(f"inspection.pdf: {lab} not read back in one piece")
        pg, base = starts[lab]
        label_at(pages[pg - 1], IN_QNUM, base, lab, path.name)
        if not contains_seq(per_page[pg - 1], norm(d["starts_with"])):
            raise AssertionError(f"inspection.pdf: first words of {lab}")
    placed = flow.placed
    nums = 0
    for pg, base, _l, _d, m in placed:
        if m and m.get("num") and m["line"] == 0:
            label_at(pages[pg - 1], IN_NUM, base, m["num"], path.name)
            nums += 1
    split = in_interrupted(flow, floated[0])
    if split is None:
        raise AssertionError("inspection.pdf: the floated box does not interrupt a paragraph")
    wrapped = False
    for pg, base, _l, _d, m in placed:
        if m and m.get("kind") == "wrap" and m["line"] > 0 and m["first"] == "5.2":
            label_at(pages[pg - 1], IN_TX, base, "5.2", path.name)
            wrapped = True
    if not wrapped or nums < 15:
        raise AssertionError("inspection.pdf: layout")
    return split


# --------------------------------------------------------------------------
# 5. news.html: a learning review quoted in a local newspaper's web article
# --------------------------------------------------------------------------
NW_CSS = """body{font-family:"Helvetica Neue",Arial,sans-serif;margin:0;color:#222}.masthead{background:#b00020;
color:#fff;padding:10px 20px}.ticker{background:#111;color:#fff;font-size:.85rem;padding:4px 20px}.layout{display:grid;
grid-template-columns:1fr 320px;gap:28px;max-width:1140px;margin:0 auto;padding:20px}.article-body p{font-size:1.1rem;
line-height:1.6}.review-quote{border-left:4px solid #b00020;margin:1.4em 0;padding:.2em 1.2em;font-style:italic}
.ad-slot{min-height:250px;background:#f4f4f4;text-align:center;margin:1.5em 0}.ad-label{font-size:.7rem;
text-transform:uppercase;color:#888}.read-more{border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:.6em 0}
.pull-quote{font-size:1.6rem;font-weight:bold;color:#b00020;margin:1em 2em}.factbox{background:#fff4e5;padding:1em}
.timeline li strong{display:inline-block;width:6em}.newsletter{background:#eee;padding:1em}"""


def nw_quote(labs, texts, how, ad_after=None):
    ps = []
    for lab in labs:
        if how == "strong":
            ps.append(f"<p><strong>{lab}</strong> {hesc(texts[lab])}</p>")
        else:
            ps.append(f"<p>{lab} {hesc(texts[lab])}</p>")
        if lab == ad_after:
            ps.append(nw_ad("inline-q"))
    return f'<blockquote class="review-quote">{"".join(ps)}</blockquote>'


def nw_ad(slot):
    return (f'<div class="ad-slot ad-slot--inline" id="div-gpt-ad-{slot}" data-ad-unit="/21809/skarrow/news/{slot}" '
            'data-ad-sizes="300x250,320x50"><span class="ad-label">Advertisement</span></div>')


def make_news(out, pm):
    path = out / "news.html"
    texts, order = {}, []
    for item in _text.NW_BODY:
        if item[0] in ("q", "box"):
            labs = item[1] if item[0] == "q" else item[2]
            for lab, n_words in labs:
                texts[lab] = pm.make(n_words, "child")
                order.append(lab)
    ad_in = {item[1] for item in _text.NW_BODY if item[0] == "ad-in"}
    body, plain, pull = [], [], None
    for item in _text.NW_BODY:
        kind = item[0]
        if kind == "p":
            body.append(f"<p>{hesc(item[1])}</p>")
            plain.append(item[1])
        elif kind == "q":
            labs = [lab for lab, _w in item[1]]
            after = next((lab for lab in labs if lab in ad_in), None)
            body.append(nw_quote(labs, texts, item[2], after))
            plain += [f"{lab} {texts[lab]}" for lab in labs]
        elif kind == "ad":
            body.append(nw_ad(f"inline-{item[1]}"))
        elif kind == "more":
            slug = re.sub(r"[^a-z]+", "-", item[1].lower()).strip("-")
            body.append(f'<aside class="read-more"><span class="read-more__label">READ MORE:</span> <a '
                        f'href="/news/local-news/{slug}-29384{len(body)}">{hesc(item[1])}</a></aside>')
        elif kind == "pull":
            ss = re.split(r"(?<=[.!?])\s+", texts[item[1]])
            pull = ss[1] if len(ss) > 2 else ss[0]
            body.append(f'<aside class="pull-quote" aria-hidden="true"><p>\u201c{hesc(pull)}\u201d</p><cite>'
                        f"{hesc(_text.NW_REVIEW)}</cite></aside>")
        elif kind == "newsletter":
            body.append('<div class="newsletter"><h3>Get the latest Skarrow news sent to your inbox</h3><form '
                        'action="/newsletter" method="post"><label for="nl-email">Email address</label><input '
                        'id="nl-email" type="email" name="email"><button type="submit">Subscribe</button></form><p '
                        'class="small">We use your sign-up to provide content in ways you\u2019ve consented to. '
                        'Privacy notice.</p></div>')
        elif kind == "tweet":
            body.append(f'<blockquote class="social-embed twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">'
                        f"{hesc(item[1])}</p>\u2014 {hesc(item[2])}</blockquote><script async "
                        'src="https://platform.social.example/widgets.js" charset="utf-8"></script>')
        elif kind == "box":
            labs = [lab for lab, _w in item[2]]
            body.append(f'<div class="factbox"><h3>{hesc(item[1])}</h3>'
                        + "".join(f'<blockquote class="review-quote"><p><strong>{lab}</strong> {hesc(texts[lab])}'
                                  "</p></blockquote>" for lab in labs) + "</div>")
            plain += [f"{lab} {texts[lab]}" for lab in labs]
        elif kind == "timeline":
            body.append('<div class="timeline"><h3>Timeline</h3><ul>' + "".join(
                f"<li><strong>{d}</strong> {hesc(t)}</li>" for d, t in item[1]) + "</ul></div>")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": _text.NW_HEADLINE,
          "description": _text.NW_STANDFIRST, "datePublished": "2025-03-03T14:52:00Z",
          "dateModified": "2025-03-03T16:10:00Z", "author": {"@type": "Person", "name": _text.NW_AUTHOR},
          "publisher": {"@type": "Organization", "name": _text.NW_PAPER + " (FICTIONAL)"},
          "articleBody": " ".join(plain)}
    most = "".join(f'<li><a href="/news/most-read/{k}">{hesc(h)}</a></li>' for k, h in enumerate(_text.NW_MOST_READ, 1))
    comments = "".join(f'<div class="comment"><p class="comment__author">{hesc(a)} <span class="comment__time">{t}'
                       f'</span></p><p class="comment__text">{hesc(c)}</p><button type="button">Reply</button> '
                       '<button type="button">Like</button></div>' for a, t, c in _text.NW_COMMENTS)
    related = "".join(f'<li><a href="/news/related/{k}">{hesc(h)}</a></li>' for k, h in enumerate(_text.NW_RELATED, 1))
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{hesc(_text.NW_HEADLINE)} - {hesc(_text.NW_PAPER)}</title>
<meta name="description" content="{hesc(_text.NW_STANDFIRST)}">
<meta property="og:title" content="{hesc(_text.NW_HEADLINE)}">
<meta property="og:type" content="article">
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.skarrowcourier.example/news/local-news/learning-review-amber-missing-29384710">
<style>{NW_CSS}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
<div class="fictional-banner" role="note">{FICT}. {INVENTED}</div>
<header class="masthead"><a class="logo" href="/">{hesc(_text.NW_PAPER)}</a>
<nav aria-label="Sections"><ul><li><a href="/news">News</a></li><li><a href="/news/local-news">Local News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/whats-on">What's On</a></li><li><a href="/property">Property</a></li>
<li><a href="/announcements">Announcements</a></li></ul></nav>
<a class="subscribe" href="/subscribe">Subscribe</a></header>
<div class="ticker" aria-live="polite"><span class="ticker__label">BREAKING</span> Pennerby bypass to close for three
weekends in April</div>
<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; <a
href="/news/local-news">Local News</a></nav>
<div class="layout">
<main>
<article class="article" data-article-id="29384710">
<h1 class="headline">{hesc(_text.NW_HEADLINE)}</h1>
<p class="standfirst">{hesc(_text.NW_STANDFIRST)}</p>
<div class="byline"><img class="byline__img" src="/authors/pcastellano.jpg" alt=""><span class="byline__name">By <a
href="/authors/priya-castellano">{hesc(_text.NW_AUTHOR)}</a></span> <span class="byline__role">{_text.NW_ROLE}</span>
<time class="byline__date" datetime="2025-03-03T14:52:00Z">14:52, 3 MAR 2025</time> <span class="byline__updated">
Updated <time datetime="2025-03-03T16:10:00Z">16:10, 3 MAR 2025</time></span></div>
<div class="share"><a href="#" class="share__facebook">Share</a> <a href="#" class="share__x">Post</a> <a href="#"
class="share__whatsapp">WhatsApp</a> <a href="#comments" class="share__comments">Comments (3)</a></div>
<figure class="hero"><img src="/img/skarrow-town-hall.jpg" width="1200" height="675" alt="Skarrow Town Hall">
<figcaption>Skarrow Town Hall, where the partnership is based (Image: {hesc(_text.NW_PAPER)})</figcaption></figure>
<div class="article-body" itemprop="articleBody">
{chr(10).join(body)}
</div>
<div class="article-tags"><span>Read more on:</span> <a href="/all-about/skarrow-council">Skarrow Council</a> <a
href="/all-about/children">Children</a> <a href="/all-about/police">Police</a></div>
<section class="comments" id="comments"><h2>Comments (3)</h2>{comments}</section>
</article>
</main>
<aside class="sidebar">
<section class="most-read"><h2>Most Read</h2><ol>{most}</ol></section>
{nw_ad("sidebar-1")}
<section class="related"><h2>Related stories</h2><ul>{related}</ul></section>
<section class="recommended"><h2>Recommended for you</h2><p class="sponsored">Sponsored: You won't believe these
12 garden tricks</p></section>
</aside>
</div>
<footer class="site-footer"><p>\u00a9 2025 {hesc(_text.NW_PAPER)} (FICTIONAL). All rights reserved.</p><p><a
href="/privacy">Privacy notice</a> \u00b7 <a href="/cookies">Cookie policy</a> \u00b7 <a href="/contact">Contact us</a>
</p></footer>
<script src="/js/ads.bundle.js" defer></script>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")
    result = [entry(lab, None, texts[lab]) for lab in order]
    check_lengths(path.name, list(texts.values()))
    check_count(path.name, result, 10, 20)
    check_news(path, result, texts, pull)
    return {
        "note": ("A LEARNING REVIEW QUOTED IN A LOCAL NEWSPAPER'S WEB ARTICLE: a FICTIONAL banner, the masthead and "
                 "section navigation, a 'BREAKING' ticker, a breadcrumb; the headline, standfirst, byline ('By Priya "
                 "Castellano', 'Local Democracy Reporter', '14:52, 3 MAR 2025', 'Updated 16:10, 3 MAR 2025'), share "
                 "links, a hero image and caption; the reporter's text in SHORT <p>s, one or two sentences each. THE "
                 "REVIEW'S PARAGRAPHS are in <blockquote class=\"review-quote\">s after lead-ins ('Paragraphs 3.3 "
                 "and 3.4 of the review state:'), typed at the start of the <p> ('3.3 The ...') or with the number "
                 "in <strong> ('<strong>4.1</strong> The ...'), one to three to a block; 7.2 in a fact box 'What "
                 "the review recommends'. Traps: AN ADVERTISEMENT SLOT (<div class=\"ad-slot\"> with 'Advertisement') "
                 "INJECTED INSIDE THE BLOCKQUOTE between 3.3 and 3.4, others between the reporter's paragraphs and "
                 "in the sidebar; 'READ MORE:' link cards; A PULL QUOTE (<aside class=\"pull-quote\">) REPEATING A "
                 "SENTENCE OF 3.4 in large type straight after its block; a newsletter sign-up form; AN EMBEDDED "
                 "POST in a <blockquote class=\"social-embed twitter-tweet\"> whose <p> OPENS '6.3 is the heart of "
                 "it.' straight after the block holding 6.3; a timeline of dates ('14.03.22'); tags; three readers' "
                 "comments, the first OPENING '3.4 says it all really.'; a 'Most Read' <ol> whose first headline "
                 "BEGINS '4.5 per cent council tax rise ...' and another '12 new homes ...'; 'Related stories'; a "
                 "JSON-LD NewsArticle in the <head> whose articleBody REPEATS THE WHOLE TEXT, the quoted paragraphs "
                 "with their numbers among it. Not paragraphs: everything but the review's quoted paragraphs. No "
                 "pages (null)."),
        "paragraphs": result,
    }


def check_news(path, result, texts, pull):
    """lxml.html: the article body's review-quote blockquotes (the fact box's too) in document order, each <p> its
    number (typed or in <strong>) and text; the ad slot inside a blockquote; the pull quote a sentence of 3.4; the
    embedded post opening '6.3'; the comment opening '3.4'; 'Most Read' opening '4.5'; the JSON-LD articleBody
    holding every quoted paragraph."""
    import lxml.html
    root = lxml.html.fromstring(path.read_bytes())
    got = []
    for bq in root.xpath('//div[@class="article-body"]//blockquote[contains(@class, "review-quote")]'):
        for p in bq.xpath("./p"):
            lab, t = p.text_content().split(" ", 1)
            got.append([lab, t])
    if got != [[d["label"], texts[d["label"]]] for d in result]:
        raise AssertionError(f"news.html: read back {[g[0] for g in got]}")
    ad = root.xpath('//blockquote[contains(@class, "review-quote")]/div[contains(@class, "ad-slot")]')
    tweet = root.xpath('//blockquote[contains(@class, "social-embed")]/p')[0].text_content()
    comment = root.xpath('//p[@class="comment__text"]')[0].text_content()
    most = root.xpath('//section[@class="most-read"]//li')[0].text_content()
    ld = json.loads(root.xpath('//script[@type="application/ld+json"]')[0].text)
    pq = root.xpath('//aside[@class="pull-quote"]/p')[0].text_content()
    if len(ad) != 1 or not tweet.startswith("6.3 is") or not comment.startswith("3.4 says") or \
            not most.startswith("4.5 per cent") or pull not in texts["3.4"] or pq.strip("\u201c\u201d") != pull or \
            not all(f"{d['label']} {texts[d['label']]}" in ld["articleBody"] for d in result):
        raise AssertionError("news.html: layout")


def build(out):
    return _harness.build_files(out, ParaMaker(), {"committee.pdf": make_committee, "hansard.txt": make_hansard,
                                                    "pfd.docx": make_pfd, "inspection.pdf": make_inspection,
                                                    "news.html": make_news})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind65-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
