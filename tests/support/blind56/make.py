"""Blind fixture generator 56: five FICTIONAL review documents AS THEY SURFACE THROUGH LEGAL AND PUBLIC-RECORDS
ROUTES, each with the traps such files really have: a council's freedom of information release of a review, a review
filed in a family court's hearing bundle, a Word disclosure copy of a review redacted and commented on by a disclosure
officer, a freedom of information request thread on a public request site whose reply pastes in the review's summary,
and a line-numbered text extract of a review made for a subject access request.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas, its standard fonts and its font folder: Arial and Times New Roman metric
Type 1 faces), lxml, python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key with
pdfplumber/lxml/python-docx, never with the project's parser.

foi.pdf         a council's FREEDOM OF INFORMATION RELEASE of a safeguarding adults review: a two-page DISCLOSURE
                LETTER first (letterhead, the requester's address, "Our ref: FOI-2025-0412", and the letter's OWN
                NUMBERED PARAGRAPHS "1." to "5." hanging in the same face and size as the report's, then on its second
                page an annex table, the SCHEDULE OF REDACTIONS, whose rows begin with a page and a paragraph number,
                "5  2.2  s.40(2)  Name of a third party"); then the report, whose withheld words are BLACK BOXES IN
                MID-LINE with the exemption printed in white inside them ("s.40(2)", "s.38(1)(a)"), so the text layer
                reads the exemption where the words were; a red "RELEASED UNDER THE FREEDOM OF INFORMATION ACT 2000"
                stamp at the top of EVERY page, letter and report, and the release's own page numbers ("FOI-2025-0412
                | 4 of 5") at the foot of every page beside the report's own "Page 2 of 3"; paragraphs across pages
bundle.pdf      a child safeguarding practice review FILED IN A FAMILY COURT'S HEARING BUNDLE (an electronic bundle
                as bundling software makes it): the BUNDLE INDEX first (court, case number, parties, sections A, B and C
                as a table of tab numbers, documents, dates and BUNDLE PAGE RANGES "C-201 \u2013 C-204", one entry
                citing "para 3.2 ff."), a TAB DIVIDER page for section C (a grey tab on the page edge holding "C",
                "SECTION C", "Professional and expert reports"), then the report, every page of it STAMPED with its
                BUNDLE PAGE NUMBER ("C-203", bold, bottom right) on the same baseline as the report's own folio ("3",
                centred) and the bundle's running line ("Re M and T (Children) \u2013 HB25C00412 \u2013 Final hearing
                bundle") above the report's own running head; Times, bold numbers hanging; paragraphs across pages
disclosure.docx a review's WORD DISCLOSURE COPY, prepared for a subject access request by a disclosure officer: Word
                automatic numbering, one list ("%1." section headings, "%1.%2" paragraphs, numPr on each paragraph);
                REDACTIONS three ways: names BLACK-HIGHLIGHTED (w:highlight black, the words still in the file),
                names TYPED OVER with "[REDACTED]", and a name BLOCKED OUT with "\u2588" characters; the officer's and
                legal services' COMMENTS anchored round redactions in mid-paragraph, their texts beginning "s.40(2)
                \u2013 ...", "2.3 and 3.4 name the same GP ..." and "12 weeks is in ..."; a "DISCLOSURE COPY" header, a
                footer of the disclosure reference and a PAGE field; after the last paragraph a page break and a
                SCHEDULE table whose first column holds the paragraph numbers "2.2", "2.3" ... in cells of their own;
                explicit page breaks before sections
request.html    a FREEDOM OF INFORMATION REQUEST THREAD saved from a public request website: the site's header and
                navigation, the request's title and status, the requester's outgoing message (a numbered list "1. a
                copy of the overview report ...", "2. ...", "3. ..." in one <p> of <br> lines), the council's
                acknowledgement, and its RESPONSE, an e-mail rendered as the site renders mail: its own answers
                numbered "1." to "3.", then the review's published summary PASTED INTO THE E-MAIL, its lines
                HARD-WRAPPED at 72 characters and kept as <br>s, a blank line making a new <p> (one paragraph broken by
                a blank line, going on in an unnumbered <p>), the section headings "3. What happened" in <p>s of their
                own, names replaced by the site's "[name removed]" and addresses by "[email address]"; the e-mail's
                signature and disclaimer, "show quoted sections" with the quoted request hidden after it; the
                attachments list; the requester's follow-up quoting the first words of 3.2 after "&gt; "; a volunteer's
                annotation citing "Paragraphs 4.1 to 4.3"; the sidebar ("12 people are following this request",
                similar requests) and footer
extract.txt     a TEXT EXTRACT of a review MADE FOR A SUBJECT ACCESS REQUEST: a request reference header, then source
                pages 3 to 7 each after a "--- Page 3 ---" marker, EVERY LINE NUMBERED in a left margin ("  14    2.3
                  The ...", restarting at 1 on each page, the blank lines too, so a bare number stands between
                paragraphs), the source's running head and "Page 3 of 14" footer lines numbered like the text; the
                extract OPENS IN MID-PARAGRAPH (the end of a paragraph of section 1, whose number is on a page not
                extracted); numbers hanging with continuation lines at the text's indent; third-party data shown as
                "[WITHHELD]" inside paragraphs; paragraphs across the page markers; an end note

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2";
- what the routes the report came by added is no paragraph and no paragraph's text: a disclosure letter and its
  numbered paragraphs, a schedule of redactions (also its rows and cells that begin with a paragraph number), release
  stamps and page references, a bundle index, tab dividers and bundle page stamps, Word comments, a request site's
  messages, answers, quotes, annotations and sidebars, an extract's header, page markers and line numbers; numbered
  headings ("3. What happened") are headings, not paragraphs; the unnumbered end of a paragraph whose number is not in
  the file is no paragraph;
- a redaction is part of the paragraph it sits in (the text of the paragraph is the text as released: the exemption
  printed in a box, "[REDACTED]", "[name removed]", "[WITHHELD]", blocked-out characters, black-highlighted words);
- a paragraph goes on over a page break, into an unnumbered <p> after it, and past an extract's page marker, running
  head, footer and line numbers;
- pages: physical and 1-based for PDF (a paragraph's page is its first line's; the disclosure letter, bundle index
  and divider pages count); DOCX pages are counted from explicit breaks: page = 1 + the page breaks
  (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480 words). HTML and plain text: null.
"""
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
    from blindkit.markup import SECT_A4, docx_content_types, hesc, xesc, zip_parts  # type: ignore
    from blindkit.pdfread import check_pdf_key, pdf_pages  # type: ignore
    from blindkit.wordread import check_numbered  # type: ignore

    _text = _harness.load(__file__, "blind56_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.markup import SECT_A4, docx_content_types, hesc, xesc, zip_parts
    from ..blindkit.pdfread import check_pdf_key, pdf_pages
    from ..blindkit.wordread import check_numbered
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq
W_NS, XML_HEAD, WP_NS, R_NS = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS, _b36.R_NS
PKG_REL, DOC_REL = _b36.PKG_REL, _b36.DOC_REL

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
TR, TB = "TimesNewRomanPSMT", "TimesNewRomanPS-BoldMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____", TR: "_er_____", TB: "_eb_____"}
GREY, BLACK, WHITE = (0.4, 0.4, 0.4), (0, 0, 0), (1, 1, 1)
NAVY, RED = (0.09, 0.16, 0.33), (0.78, 0.08, 0.08)
PALE = (0.85, 0.85, 0.85)
REDACT = "\x01"  # a word of the list that is a redaction box: REDACT + the exemption printed in it
CODE_SIZE = 7.5


class PdfKey:
    """What a PDF generator records for its key and checks: entries, texts, last pages, label positions, rows."""

    def __init__(self):
        self.result, self.texts, self.ends, self.labels, self.rows = [], [], [], [], {}

    def add(self, label, t, placed, x):
        self.result.append(entry(label, placed[0][0], t))
        self.texts.append(t)
        self.ends.append(placed[-1][0])
        self.labels.append((placed[0][0], x, placed[0][1]))
        self.rows[label] = placed

    def check(self, path, pages, keep=None):
        check_lengths(path.name, self.texts)
        check_count(path.name, self.result, 12, 25)
        check_pdf_key(path.name, pages, self.result, self.ends, self.labels, keep)
        return check_crossings(path.name, self.result, self.ends)


def lines_of(pages_chars, keep=None):
    """pdfplumber's text lines of each page (its own line grouping), for the checks on what a reader meets."""
    from pdfplumber.utils import extract_text
    return [(extract_text([c for c in p if keep is None or keep(c)]) or "").split("\n") for p in pages_chars]


def box_width(code):
    return sw(code, A, CODE_SIZE) + 10.0


def measure_of(font, size):
    """Width of a line of words, a redaction box counting as its box."""
    space = sw(" ", font, size)

    def m(s):
        ws = s.split(" ")
        return sum(box_width(w[1:]) if w.startswith(REDACT) else sw(w, font, size) for w in ws) + space * (len(ws) - 1)
    return m


def line_segs(x, words, font, size, rgb=BLACK):
    """A printed line's text segments and its redaction boxes [(x, width, code)]."""
    space = sw(" ", font, size)
    segs, boxes, run, start = [], [], [], x
    for w in words:
        if w.startswith(REDACT):
            if run:
                segs.append((start, " ".join(run), font, size, rgb, 0.0))
                start += sw(" ".join(run), font, size) + space
            boxes.append((start, box_width(w[1:]), w[1:]))
            start += box_width(w[1:]) + space
            run = []
        else:
            run.append(w)
    if run:
        segs.append((start, " ".join(run), font, size, rgb, 0.0))
    return segs, boxes


def hanging_red_rows(label, words, x_num, x_text, right, font, num_font, size, lead, after):
    """A paragraph's rows with its number hanging at x_num, the words (redaction boxes among them) at x_text.
    Returns the rows for RowFlow and each row's boxes."""
    rows, boxes = [], []
    for li, ln in enumerate(wrap(words, right - x_text, measure_of(font, size))):
        segs, bx = line_segs(x_text, ln, font, size)
        if li == 0:
            segs.insert(0, (x_num, label, num_font, size, BLACK, 0.0))
        rows.append((after if li == 0 else 0.0, lead, segs))
        boxes.append(bx)
    return rows, boxes


def draw_boxes(lay, placed, boxes, size):
    """The redaction boxes, black, drawn after the page's text with the exemption in white inside them."""
    for (pg, y), bx in zip(placed, boxes, strict=True):
        for x, w, code in bx:
            lay.rect(x, y - 2.8, w, size + 1.6, BLACK, page=pg)
            lay.text(x + 5.0, y + 0.6, code, A, CODE_SIZE, WHITE, page=pg)


def redacted(t, at, n, code):
    """The paragraph's words with n words from ``at`` (a fraction of the way in) replaced by one box."""
    w = t.split()
    i = max(9, min(int(len(w) * at), len(w) - 8 - n))
    return [*w[:i], REDACT + code, *w[i + n:]]


def as_released(words):
    return " ".join(w[1:] if w.startswith(REDACT) else w for w in words)


def heading_row(fl, x, s, font, size, before, lead_after):
    """A heading kept with room for two lines after it."""
    fl.place([(before, size + 8, [(x, s, font, size, BLACK, 0.0)]), (0.0, lead_after, [(x, "", font, 10, BLACK, 0.0)]),
              (0.0, lead_after, [(x, "", font, 10, BLACK, 0.0)])], keep=3)
    fl.lay.pages[-1].pop()
    fl.lay.pages[-1].pop()
    fl.cur += 2 * lead_after


def stroke_box(lay, x, y, w, h, lw, rgb, page):
    for x1, y1, x2, y2 in ((x, y, x + w, y), (x, y + h, x + w, y + h), (x, y, x, y + h), (x + w, y, x + w, y + h)):
        lay.line(x1, y1, x2, y2, lw, rgb, page=page)


# --------------------------------------------------------------------------
# 1. foi.pdf: a council's freedom of information release of a review
# --------------------------------------------------------------------------
FO_PLAN = [[80, 95], [110, 100, 120], [115, 110, 120, 105], [110, 115, 100], [90, 85]]
# paragraph -> (fraction of the way in, words withheld, exemption)
FO_REDACT = {"1.2": (0.45, 2, "s.40(2)"), "2.2": (0.5, 2, "s.40(2)"), "3.1": (0.35, 3, "s.40(2)"),
             "3.3": (0.55, 9, "s.38(1)(a)"), "4.2": (0.4, 2, "s.40(2)"), "4.3": (0.6, 2, "s.40(2)")}
FO_L, FO_NUM, FO_X, FO_R = 72.0, 72.0, 108.0, 523.0
FO_TOP, FO_BOT, FO_SIZE, FO_LEAD = 772.0, 84.0, 10.5, 14.5
FO_LETTER_PAGES = 2


def fo_report(pm):
    """The report on pages of its own (they follow the letter): its layout, key and redactions."""
    rep = Layout()
    fl = RowFlow(rep, FO_TOP, FO_BOT, lambda pg: FO_TOP)
    fl.page()
    for ln in wrap(_text.FO_TITLE.split(), FO_R - FO_L, lambda s: sw(s, AB, 18)):
        fl.place([(0.0, 24.0, [(FO_L, " ".join(ln), AB, 18, NAVY, 0.0)])], keep=1)
    fl.place([(6.0, 14.0, [(FO_L, "Wexcombe Safeguarding Adults Board (FICTIONAL) \u2013 final, 9 December 2024", A,
                            10, GREY, 0.0)]), (2.0, 14.0, [(FO_L, f"{FICT}. {INVENTED}", AI, 9.5, GREY, 0.0)])], keep=2)
    k, reds = PdfKey(), []
    for s, items in enumerate(FO_PLAN, 1):
        heading_row(fl, FO_L, f"{s}.  {_text.FO_TITLES[s - 1]}", AB, 12.5, 14.0, FO_LEAD)
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            words = redacted(t, *FO_REDACT[label]) if label in FO_REDACT else t.split()
            rows, boxes = hanging_red_rows(label, words, FO_NUM, FO_X, FO_R, A, AB, FO_SIZE, FO_LEAD, 8.0)
            placed = fl.place(rows, keep=2)
            draw_boxes(rep, placed, boxes, FO_SIZE)
            for (pg, _y), bx in zip(placed, boxes, strict=True):
                reds += [(pg + FO_LETTER_PAGES, label, code) for _x, _w, code in bx]
            k.add(label, as_released(words), [(pg + FO_LETTER_PAGES, y) for pg, y in placed], FO_NUM)
    n = rep.n
    for pg in range(1, n + 1):
        rep.text(FO_L, 800, _text.FO_RUN, A, 8, GREY, page=pg)
        rep.line(FO_L, 795, FO_R, 795, 0.4, GREY, page=pg)
        folio = f"Page {pg} of {n}"
        rep.text((FO_L + FO_R - sw(folio, A, 9)) / 2, 50, folio, A, 9, BLACK, page=pg)
    return rep, k, reds


def fo_letter(reds, total):
    """The disclosure letter: letterhead, addresses, its own numbered paragraphs, and the schedule of redactions."""
    let = Layout()
    let.new_page()
    let.text(FO_L, 770, _text.FO_COUNCIL, AB, 15, NAVY)
    for i, s in enumerate(_text.FO_LETTERHEAD):
        let.text(FO_L, 754 - 12 * i, s, A, 9, GREY)
    let.line(FO_L, 722, FO_R, 722, 0.8, NAVY)
    y = 700
    for s in _text.FO_ADDRESS:
        let.text(FO_L, y, s, A, 10.5)
        y -= 13.5
    let.text(FO_R - sw(_text.FO_DATE, A, 10.5), 700, _text.FO_DATE, A, 10.5)
    ref = f"Our ref: {_text.FO_REF}"
    let.text(FO_R - sw(ref, A, 10.5), 686, ref, A, 10.5)
    y -= 16
    let.text(FO_L, y, "Dear Ms Abbott,", A, 10.5)
    y -= 22
    let.text(FO_L, y, _text.FO_SUBJECT, AB, 10.5)
    y -= 22
    for i, s in enumerate(_text.FO_LETTER, 1):
        for li, ln in enumerate(wrap(s.split(), FO_R - FO_X, lambda z: sw(z, A, FO_SIZE))):
            if li == 0:
                let.text(FO_NUM, y, f"{i}.", AB, FO_SIZE)
            let.text(FO_X, y, " ".join(ln), A, FO_SIZE)
            y -= FO_LEAD
        y -= 8
    y -= 6
    for s in _text.FO_SIGN:
        let.text(FO_L, y, s, A, 10.5)
        y -= 14
    let.text(FO_L, y - 10, "Enc: SAR Mr Haldane overview report (redacted); Annex: schedule of redactions", AI, 9,
             GREY)
    let.new_page()
    let.text(FO_L, 770, "Annex: schedule of redactions", AB, 12.5, NAVY)
    let.text(FO_L, 752, f"{_text.FO_REF} \u2013 pages refer to the page numbers of this release (1 to {total})", A, 9,
             GREY)
    cols = [FO_L, FO_L + 50, FO_L + 122, FO_L + 200]
    y = 722
    let.rect(FO_L - 4, y - 5, FO_R - FO_L + 8, 18, PALE)
    for x, h in zip(cols, _text.FO_SCHED_HEAD, strict=True):
        let.text(x, y, h, AB, FO_SIZE)
    rows = []
    for pg, label, code in reds:
        y -= 20
        row = (str(pg), label, code, _text.FO_WHAT[code])
        rows.append(row)
        for x, c in zip(cols, row, strict=True):
            let.text(x, y, c, A, FO_SIZE)
        let.line(FO_L - 4, y - 6, FO_R + 4, y - 6, 0.4, GREY)
    let.text(FO_L, y - 30, "All other information in the report has been released in full.", A, 10.5)
    if let.n != FO_LETTER_PAGES:
        raise AssertionError("foi.pdf: letter pages")
    return let, rows


def make_foi(out, pm):
    path = out / "foi.pdf"
    rep, k, reds = fo_report(pm)
    total = FO_LETTER_PAGES + rep.n
    let, sched = fo_letter(reds, total)
    lay = Layout()
    lay.pages = let.pages + rep.pages
    stamp_w = sw(_text.FO_STAMP, AB, 8.5) + 16
    for pg in range(1, total + 1):
        x = (595.28 - stamp_w) / 2
        stroke_box(lay, x, 811, stamp_w, 17, 1.2, RED, pg)
        lay.text(x + 8, 816.5, _text.FO_STAMP, AB, 8.5, RED, page=pg)
        foot = f"{_text.FO_REF} | {pg} of {total}"
        lay.text(FO_R - sw(foot, A, 8), 24, foot, A, 8, GREY, page=pg)
    lay.render(path, {"Title": "FOI-2025-0412 response and disclosed information", "Author": "Wexcombe Borough "
                      "Council (FICTIONAL)", "Creator": "Redaction tool (FICTIONAL)", "Subject": FICT})
    pages = pdf_pages(path)

    def body(c):
        return abs(c["size"] - FO_SIZE) < 0.01

    cross = k.check(path, pages, body)
    raw = lines_of(pages)
    stamps = sum(1 for pl in raw if any(_text.FO_STAMP in ln for ln in pl))
    letter_nums = [ln[:2] for ln in raw[0] if re.match(r"\d\. [A-Z]", ln)]
    sched_rows = [ln for ln in raw[1] if re.match(r"\d+ \d\.\d+ s\.\d+", ln)]
    codes = []
    for pg, _label, code in reds:
        white = "".join(c["text"] for c in pages[pg - 1] if abs(c["size"] - CODE_SIZE) < 0.01)
        codes.append(code in white)
    in_line = [ln for pl in raw[FO_LETTER_PAGES:] for ln in pl
               if re.search(r"s\.\d\d\(\d\)", ln) and len(ln.split()) > 5]
    if stamps != total or letter_nums != ["1.", "2.", "3.", "4.", "5."] or len(sched_rows) != len(reds) \
            or not all(codes) or len(in_line) != len(reds):
        raise AssertionError(f"foi.pdf: {stamps} stamps, letter {letter_nums}, schedule {sched_rows}, {in_line}")
    return {
        "note": ("A council's FREEDOM OF INFORMATION RELEASE of a safeguarding adults review, as the requester "
                 "receives it: a two-page DISCLOSURE LETTER first (letterhead, the requester's address, 'Our ref: "
                 + _text.FO_REF + "', the subject line) whose OWN NUMBERED PARAGRAPHS '1.' to '5.' hang in the same "
                 "face and size as the report's, and on its second page the annex, a SCHEDULE OF REDACTIONS whose "
                 "rows begin with a page of the release and a paragraph number ('" + " ".join(sched[0][:3]) + " "
                 "...'); then the report, pages " + str(FO_LETTER_PAGES + 1) + " to " + str(total) + ", its "
                 "withheld words covered by BLACK BOXES IN MID-LINE with the exemption printed in white inside ("
                 + ", ".join(sorted(FO_REDACT)) + "; 's.40(2)', one longer passage 's.38(1)(a)'), so the text layer "
                 "reads the exemption where the words were; a red 'RELEASED UNDER THE FREEDOM OF INFORMATION ACT "
                 "2000' stamp at the top of EVERY page, and the release's page numbers ('" + _text.FO_REF + " | 5 of "
                 + str(total) + "') at the foot of every page beside the report's own 'Page 3 of " + str(rep.n)
                 + "'. Letter, schedule, stamps and page references are no paragraph's text; the exemption printed "
                 "in a box is part of the paragraph it sits in. Paragraphs run over pages (" + ", ".join(cross)
                 + "). Pages are physical (the letter's two pages count)."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 2. bundle.pdf: a review filed in a family court's hearing bundle
# --------------------------------------------------------------------------
BU_PLAN = [[85, 90], [100, 110, 95], [120, 105, 115, 100, 95], [110, 105, 100], [90, 80]]
BU_L, BU_NUM, BU_X, BU_R = 72.0, 72.0, 110.0, 523.0
BU_TOP, BU_BOT, BU_SIZE, BU_LEAD = 768.0, 84.0, 11.5, 15.5
BU_FIRST = 201  # the report's first bundle page, C-201
BU_FRONT = 2  # the index and the divider


def bu_report(pm):
    rep = Layout()
    fl = RowFlow(rep, BU_TOP, BU_BOT, lambda pg: BU_TOP)
    fl.page()
    for ln in wrap(_text.BU_TITLE.split(), BU_R - BU_L, lambda s: sw(s, TB, 20)):
        fl.place([(10.0, 26.0, [(BU_L, " ".join(ln), TB, 20, BLACK, 0.0)])], keep=1)
    fl.place([(4.0, 16.0, [(BU_L, _text.BU_SUB, TR, 12, BLACK, 0.0)]),
              (4.0, 14.0, [(BU_L, f"{FICT}. {INVENTED}", TR, 10, GREY, 0.0)])], keep=2)
    k = PdfKey()
    for s, items in enumerate(BU_PLAN, 1):
        heading_row(fl, BU_L, f"{s}.", TB, 13, 16.0, BU_LEAD)
        rep.text(BU_X, rep.pages[-1][-1][2], _text.BU_TITLES[s - 1], TB, 13)
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "child")
            rows, _ = hanging_red_rows(label, t.split(), BU_NUM, BU_X, BU_R, TR, TB, BU_SIZE, BU_LEAD, 9.0)
            placed = fl.place(rows, keep=2)
            k.add(label, t, [(pg + BU_FRONT, y) for pg, y in placed], BU_NUM)
    n = rep.n
    for pg in range(1, n + 1):
        rep.text(BU_L, 792, _text.BU_RUN, TR, 9, GREY, page=pg)
        rep.text((BU_L + BU_R - sw(str(pg), TR, 10)) / 2, 40, str(pg), TR, 10, BLACK, page=pg)
    return rep, k


def bu_index(n):
    idx = Layout()
    idx.new_page()
    y = 780
    for s, font, size in ((_text.BU_COURT, AB, 11), (_text.BU_CASE, A, 10.5), (_text.BU_PARTIES, AB, 12),
                          ("FINAL HEARING BUNDLE", AB, 12), ("INDEX", AB, 12)):
        idx.text((595.28 - sw(s, font, size)) / 2, y, s, font, size)
        y -= 20
    cols = [BU_L, BU_L + 36, BU_L + 318, BU_L + 388]
    y -= 12
    idx.rect(BU_L - 4, y - 5, BU_R - BU_L + 8, 18, PALE)
    for x, h in zip(cols, ("Tab", "Document", "Date", "Pages"), strict=True):
        idx.text(x, y, h, AB, 10)
    rows = []
    for letter, title, docs in _text.BU_SECTIONS:
        y -= 24
        idx.text(BU_L, y, f"{letter}    {title}", AB, 10.5)
        if docs is None:
            docs = [("1", _text.BU_REPORT_ROW, "12.02.2025", f"C-{BU_FIRST} \u2013 C-{BU_FIRST + n - 1}"),
                    ("2", "Parenting assessment (independent social worker)", "20.01.2025",
                     f"C-{BU_FIRST + n} \u2013 C-{BU_FIRST + n + 37}")]
        for tab, doc, date, pages in docs:
            lines = wrap(doc.split(), cols[2] - cols[1] - 12, lambda s: sw(s, A, 10))
            y -= 18
            for x, c in ((cols[0], f"{letter}{tab}"), (cols[2], date), (cols[3], pages)):
                idx.text(x, y, c, A, 10)
            for li, ln in enumerate(lines):
                idx.text(cols[1], y - 13 * li, " ".join(ln), A, 10)
            y -= 13 * (len(lines) - 1)
            idx.line(BU_L - 4, y - 6, BU_R + 4, y - 6, 0.3, GREY)
            rows.append((f"{letter}{tab}", doc, pages))
    idx.text(BU_L, y - 36, "Bundle prepared by the applicant local authority in accordance with PD27A. Pages are "
             "numbered by section.", AI, 9, GREY)
    idx.new_page()  # the tab divider for section C
    idx.rect(523, 560, 72.28, 90, PALE)
    idx.text(548, 592, "C", AB, 30)
    for s, font, size, y in ((_text.BU_DIVIDER[0], AB, 30, 470), (_text.BU_DIVIDER[1], A, 16, 438)):
        idx.text((595.28 - sw(s, font, size)) / 2, y, s, font, size)
    return idx, rows


def make_bundle(out, pm):
    path = out / "bundle.pdf"
    rep, k = bu_report(pm)
    idx, rows = bu_index(rep.n)
    lay = Layout()
    lay.pages = idx.pages + rep.pages
    for pg in range(1, lay.n + 1):
        if pg == BU_FRONT:
            continue
        lay.text((595.28 - sw(_text.BU_HEAD, A, 7.5)) / 2, 818, _text.BU_HEAD, A, 7.5, GREY, page=pg)
        stamp = "Index 1" if pg == 1 else f"C-{BU_FIRST + pg - BU_FRONT - 1}"
        lay.text(BU_R + 22 - sw(stamp, AB, 12), 40, stamp, AB, 12, BLACK, page=pg)
    lay.render(path, {"Title": "Final hearing bundle HB25C00412 (extract)", "Author": "Harnbury Council Legal "
                      "Services (FICTIONAL)", "Creator": "Bundle builder (FICTIONAL)", "Subject": FICT})
    pages = pdf_pages(path)

    def body(c):
        return abs(c["size"] - BU_SIZE) < 0.01

    cross = k.check(path, pages, body)
    raw = lines_of(pages)
    stamped = [pl[-1] for pl in raw[BU_FRONT:]]
    want = [f"{pg} C-{BU_FIRST + pg - 1}" for pg in range(1, rep.n + 1)]
    index_rows = [ln for ln in raw[0] if re.match(r"[ABC]\d ", ln)]
    if stamped != want or len(index_rows) != len(rows) or "SECTION C" not in raw[1] or "3.2" not in " ".join(raw[0]):
        raise AssertionError(f"bundle.pdf: stamps {stamped}, index {index_rows}, divider {raw[1]}")
    return {
        "note": ("A child safeguarding practice review FILED IN A FAMILY COURT'S HEARING BUNDLE (an electronic bundle "
                 "as bundling software makes it): page 1 the BUNDLE INDEX (court, case number, 'Re M and T "
                 "(Children)', sections A, B and C as a table of tabs 'A1', 'C1', documents, dates and BUNDLE PAGE "
                 "RANGES ('" + rows[-2][2] + "'), the report's entry citing 'para 3.2 ff.'); page 2 a TAB DIVIDER "
                 "for section C (a grey tab on the page edge holding 'C', 'SECTION C', 'Professional and expert "
                 "reports'); then the report, pages 3 to " + str(lay.n) + ", every page STAMPED with its BUNDLE "
                 "PAGE NUMBER ('C-" + str(BU_FIRST) + "' to 'C-" + str(BU_FIRST + rep.n - 1) + "', bold, bottom "
                 "right) on the baseline of the report's own folio ('1' to '" + str(rep.n) + "', centred), and the "
                 "bundle's running line ('" + _text.BU_HEAD + "') above the report's own running head. Times, "
                 "bold numbers hanging, headings '3.' with their titles at the text's indent. Index, divider, "
                 "stamps and running lines are no paragraph's text. Paragraphs run over pages (" + ", ".join(cross)
                 + "). Pages are physical (the index and divider count)."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 3. disclosure.docx: a review's Word disclosure copy, redacted and commented on
# --------------------------------------------------------------------------
DC_PLAN = [[80, 90], [95, 100, 90], [110, 100, 105, 95], [100, 110, 95], [85, 80]]
DC_BREAK_BEFORE = {2, 3, 4}
# paragraph -> (how, fraction of the way in, words replaced, the comment anchored round it or None): "hl" a name
# highlighted black (the name still in the file), "typed" "[REDACTED]" typed over, "block" the name blocked out
DC_REDACT = {"2.2": ("hl", 0.45, 2, 0), "2.3": ("typed", 0.5, 2, 1), "3.1": ("typed", 0.35, 3, 2),
             "3.3": ("block", 0.5, 2, None), "3.4": ("hl", 0.6, 2, None), "4.2": ("hl", 0.4, 2, 3),
             "5.1": ("typed", 0.55, 2, None)}
DC_STYLES = _b36.styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/>'
    '<w:szCs w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn '
    'w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr>'
    '<w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn '
    'w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/>'
    '</w:rPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority '
    'w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top '
    'w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" '
    'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'))
DC_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}><w:abstractNum w:abstractNumId="0"><w:nsid w:val="4C7D2E91"/><w:multiLevelType '
    'w:val="multilevel"/><w:tmpl w:val="0809001F"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc '
    'w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc '
    'w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
DC_BORDERS = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" '
              'w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" '
              'w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '</w:tblBorders>')


def dc_runs(words, i, n, how, name, cid):
    """The paragraph's runs: the words before, the redaction (in a comment's range if ``cid``), the words after.
    Returns the runs and the paragraph's text as released."""
    wr = _b36.wr
    mid = {"hl": name, "typed": "[REDACTED]", "block": "\u2588" * len(name)}[how]
    rpr = {"hl": '<w:highlight w:val="black"/>', "typed": "<w:b/>", "block": ""}[how]
    before, after = " ".join(words[:i]), " ".join(words[i + n:])
    runs = wr(before + " ")
    if cid is not None:
        runs += f'<w:commentRangeStart w:id="{cid}"/>'
    runs += wr(mid, rpr)
    if cid is not None:
        runs += (f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                 f'<w:commentReference w:id="{cid}"/></w:r>')
    runs += wr(" " + after)
    return runs, f"{before} {mid} {after}"


def dc_comments(when):
    ps = []
    for cid, (who, ini, s) in enumerate(_text.DC_COMMENTS):
        ps.append(f'<w:comment w:id="{cid}" w:author="{xesc(who)}" w:date="{when}" w:initials="{ini}"><w:p><w:pPr>'
                  '<w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                  f'<w:annotationRef/></w:r>{_b36.wr(s)}</w:p></w:comment>')
    return f"{XML_HEAD}<w:comments {WP_NS}>{''.join(ps)}</w:comments>"


def dc_table(rows, widths):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for i, row in enumerate(rows):
        rpr = "<w:b/>" if i == 0 else ""
        tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{_b36.wp(_b36.wr(c, rpr))}</w:tc>'
                      for w, c in zip(widths, row, strict=True))
        trs.append(f"<w:tr>{tcs}</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{DC_BORDERS}<w:tblLook w:val="04A0"/>'
            f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')


def make_disclosure(out, pm):
    path = out / "disclosure.docx"
    wp, wr = _b36.wp, _b36.wr
    num = '<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="1"/></w:numPr>'
    body = [wp(wr(_text.DC_TITLE), "Title"), wp(wr(_text.DC_SUB, "<w:b/>")), wp(wr(f"{FICT}. {INVENTED}", "<w:i/>")),
            wp(wr("This copy has been prepared for disclosure. Third-party information has been redacted.",
                  "<w:i/>"))]
    result, texts, words, page, sched, names = [], [], {1: 50}, 1, [], iter(_text.DC_NAMES)
    for s, items in enumerate(DC_PLAN, 1):
        if s in DC_BREAK_BEFORE:
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            page += 1
            words[page] = 0
        body.append(wp(wr(_text.DC_TITLES[s - 1]), "Heading1", num.format(0)))
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            if label in DC_REDACT:
                how, at, n, cid = DC_REDACT[label]
                w = t.split()
                i = max(9, min(int(len(w) * at), len(w) - 8 - n))
                name = next(names) if how in ("hl", "block") else ""
                runs, t = dc_runs(w, i, n, how, name, cid)
                sched.append((label, {"hl": "name highlighted", "typed": "name removed", "block": "name blocked "
                                      "out"}[how], "s.40(2)"))
            else:
                runs = wr(t)
            texts.append(t)
            result.append(entry(label, page, t))
            words[page] += len(t.split())
            body.append(wp(runs, None, num.format(1) + '<w:spacing w:after="120"/>'))
    body.append(wp(wr("End of report.", "<w:i/>")))
    body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    body.append(wp(wr("Schedule of redactions (disclosure officer's working copy)", "<w:b/>")))
    body.append(dc_table([list(_text.DC_SCHEDULE), *[list(r) for r in sched]], [1800, 4626, 2600]))
    body.append(wp(wr("Redactions reviewed by Legal Services on 20 March 2025.", "<w:i/>")))
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    when = "2025-03-20T16:05:00Z"
    header = f"{XML_HEAD}<w:hdr {WP_NS}>" + wp(wr(_text.DC_HEAD, "<w:b/><w:color w:val=\"C00000\"/>"), "Header") \
        + "</w:hdr>"
    footer = f"{XML_HEAD}<w:ftr {WP_NS}>" + wp(wr(_text.DC_FOOT) + _b36.field("PAGE", "1"), "Footer") + "</w:ftr>"
    settings = (f'{XML_HEAD}<w:settings {WP_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="en-GB"/></w:settings>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId3" Type="{DOC_REL}/extended-'
            'properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
            'package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship '
            f'Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId1" Type="{DOC_REL}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId3" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId4" Type="{DOC_REL}/comments" Target="comments.xml"/>'
                f'<Relationship Id="rId8" Type="{DOC_REL}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{DOC_REL}/footer" Target="footer1.xml"/></Relationships>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           f'</Template><TotalTime>96</TotalTime><Pages>{page + 1}</Pages><Words>{sum(len(t.split()) for t in texts)}'
           '</Words><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>Caverley '
           'Council (FICTIONAL)</Company><AppVersion>16.0000</AppVersion></Properties>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xesc(_text.DC_TITLE)} (disclosure copy)'
            f'</dc:title><dc:subject>{FICT}</dc:subject><dc:creator>Caverley SAB</dc:creator><cp:lastModifiedBy>'
            'Disclosure Officer</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-11-28T10:00:00Z'
            f'</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
            '</cp:coreProperties>')
    parts = ["document", "numbering", "styles", "settings", "comments", "header1", "footer1"]
    zip_parts(path, {"[Content_Types].xml": docx_content_types(parts), "_rels/.rels": rels, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": doc_rels, "word/numbering.xml": DC_NUMBERING,
                     "word/styles.xml": DC_STYLES, "word/settings.xml": settings,
                     "word/comments.xml": dc_comments(when),
                     "word/header1.xml": header, "word/footer1.xml": footer, "docProps/app.xml": app,
                     "docProps/core.xml": core}, (2025, 3, 20, 16, 5, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if max(words.values()) > 480:
        raise AssertionError(f"disclosure.docx: words per page {words}")
    # read back with lxml: Word's numbers from numbering.xml, page = 1 + the page breaks before; then python-docx
    # for the highlighted runs, the comments' anchors and the schedule's cells
    check_numbered(path, result, texts)
    import docx
    from lxml import etree
    w = f"{{{W_NS}}}"
    d = docx.Document(str(path))
    black = [r.text for p in d.paragraphs for r in p.runs
             if r._r.find(f"{w}rPr/{w}highlight") is not None and r._r.find(f"{w}rPr/{w}highlight").get(f"{w}val")
             == "black"]
    anchored = [p for p in d.paragraphs if p._p.find(f".//{w}commentRangeStart") is not None]
    ctext = [" ".join(t.text for t in c.iter(f"{w}t")) for c in etree.fromstring(
        zipfile.ZipFile(path).read("word/comments.xml"))]
    cells = [r.cells[0].text for r in d.tables[0].rows[1:]]
    if len(black) != sum(1 for v in DC_REDACT.values() if v[0] == "hl") or len(anchored) != len(ctext) \
            or cells != [s[0] for s in sched] or not ctext[1].startswith("2.3") or not ctext[3].startswith("12 "):
        raise AssertionError(f"disclosure.docx: {black}, {len(anchored)} anchors, {cells}")
    return {
        "note": ("A safeguarding adults review's WORD DISCLOSURE COPY prepared for a subject access request by a "
                 "disclosure officer: Word automatic numbering, one list ('%1.' Heading 1s, '%1.%2' paragraphs, "
                 "numPr on each paragraph); REDACTIONS three ways: names BLACK-HIGHLIGHTED (w:highlight black, the "
                 "words still in the file and part of the paragraph's text: " + ", ".join(
                     k for k, v in DC_REDACT.items() if v[0] == "hl") + "), names TYPED OVER with a bold "
                 "'[REDACTED]' (" + ", ".join(k for k, v in DC_REDACT.items() if v[0] == "typed") + ") and a name "
                 "BLOCKED OUT with '\u2588' characters (" + ", ".join(k for k, v in DC_REDACT.items()
                                                                     if v[0] == "block") + "); COMMENTS from the "
                 "disclosure officer and legal services anchored round redactions in mid-paragraph, their texts "
                 "beginning 's.40(2) \u2013 name of a neighbour ...', '2.3 and 3.4 name the same GP ...', "
                 "'12 weeks is in the published summary ...'; a red 'DISCLOSURE COPY \u2013 DSR-2025-0093' header "
                 "and a footer of the disclosure reference and a PAGE field; page breaks before sections "
                 + ", ".join(map(str, sorted(DC_BREAK_BEFORE))) + "; after the last paragraph a page break and a "
                 "SCHEDULE OF REDACTIONS table whose first column holds the paragraph numbers ('2.2', '2.3', ...) in "
                 "cells of their own. Comments, headings, the schedule and the notes are no paragraphs; redactions "
                 "are part of their paragraphs. page = 1 + the page breaks (w:br page) before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. request.html: a freedom of information request thread on a public request website
# --------------------------------------------------------------------------
RQ_PLAN = [[60, 70], [75, 80, 70], [90, 85, 95], [80, 90, 75], [70, 65]]
RQ_WIDTH = 72  # the e-mail's hard wrap
RQ_CARRY = "3.2"  # a blank line inside it: it goes on in an unnumbered <p>
RQ_REMOVED = {"2.2": 0.5, "4.1": 0.4}  # a name the site's censor rule replaced by "[name removed]"
RQ_QUOTE = "3.2"  # the requester's follow-up quotes its first words


def rq_mail(lines):
    """An e-mail's lines as the site renders them: a blank line parts <p>s, other line ends are <br>s."""
    paras, cur = [], []
    for ln in [*lines, ""]:
        if ln:
            cur.append(hesc(ln))
        elif cur:
            paras.append("<p>" + "<br>\n".join(cur) + "</p>")
            cur = []
    return "\n".join(paras)


def rq_item(kind, n, who, when, body, extra=""):
    return (f'<div class="correspondence {kind}" id="{kind}-{n}">\n<div class="correspondence__header"><span '
            f'class="correspondence__from">{hesc(who)}</span> <time>{when}</time></div>\n'
            f'<div class="correspondence_text">\n{body}\n</div>\n{extra}<p class="event_actions"><a href="#{kind}-'
            f'{n}">Link to this</a> <a href="/request/sar_mr_ashdown/report">Report</a></p>\n</div>\n')


def make_request(out, pm):
    path = out / "request.html"
    result, texts, mail = [], [], []
    mail += ["Dear Mr Wren,", "", "Freedom of Information request reference FOI/2025/0381", "",
             "Thank you for your request for information, which we received on 6 February 2025. Our answers are",
             "numbered as your questions were.", "",
             "1. The overview report has not been published in full. Section 21 of the Act applies to the",
             "published summary, which is reasonably accessible to you, but for ease we have pasted it below.", "",
             "2. The Safeguarding Adults Board approved the report on 14 January 2025.", "",
             "3. The review made 12 recommendations. 7 have been completed.", "",
             "--- Published summary ---", "", "SAR Mr Ashdown - summary of the overview report", ""]
    for s, items in enumerate(RQ_PLAN, 1):
        mail += [f"{s}. {_text.RQ_TITLES[s - 1]}", ""]
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            if label in RQ_REMOVED:
                w = t.split()
                i = max(9, min(int(len(w) * RQ_REMOVED[label]), len(w) - 10))
                t = " ".join([*w[:i], "[name removed]", *w[i + 2:]])
            texts.append(t)
            result.append(entry(label, None, t))
            if label == RQ_CARRY:
                sents = re.split(r"(?<=[.!?])\s+(?=[A-Z])", t)
                parts = [" ".join(sents[:len(sents) // 2]), " ".join(sents[len(sents) // 2:])]
            else:
                parts = [t]
            for pi, part in enumerate(parts):
                first = f"{label} {part}" if pi == 0 else part
                mail += [" ".join(ln) for ln in wrap(first.split(), RQ_WIDTH, len)] + [""]
    mail += ["Yours sincerely,", "", "[name removed]", "Information Governance Officer", "Medmore District Council",
             "[email address]", "",
             "This email and any attachments are confidential and intended solely for the addressee. If you have",
             "received it in error please notify the sender and delete it."]
    quoted = ("<p>-----Original Message-----<br>\nFrom: Tomasz Wren [mailto:[FOI #1042 email]]<br>\nSent: 06 February "
              "2025 09:14<br>\nSubject: Freedom of Information request - Safeguarding adults review - Mr Ashdown</p>\n"
              + rq_mail(_text.RQ_REQUEST))
    response = (rq_mail(mail) + '\n<p><a href="#" class="quoted_toggle">show quoted sections</a></p>\n'
                f'<div class="quoted" hidden>\n{quoted}\n</div>')
    attach = ('<div class="attachments"><h3>Attachments</h3><ul><li><a href="/request/1042/response/2817/attach/2/'
              'FOI%202025%200381%20response.pdf">FOI 2025 0381 response.pdf</a> 184K <a href="/request/1042/response/'
              '2817/attach/2/FOI%202025%200381%20response.pdf?download=1">Download</a> <a href="/request/1042/'
              'response/2817/attach/html/2/FOI%202025%200381%20response.pdf.html">View as HTML</a></li></ul></div>\n')
    quote = " ".join(f"{RQ_QUOTE} {texts[[d['label'] for d in result].index(RQ_QUOTE)]}".split()[:10])
    follow = ["Dear Medmore District Council,", "", "Thank you for your response. In the summary you sent:", "",
              f"> {quote} ...", "", "Could you tell me whether the GP practice was invited to contribute to the "
              "review?", "", "Yours faithfully,", "", "Tomasz Wren"]
    items = (rq_item("outgoing", 1, _text.RQ_REQUESTER, "6 February 2025", rq_mail(_text.RQ_REQUEST))
             + rq_item("incoming", 1, "Medmore District Council", "7 February 2025", rq_mail([
                 "Dear Mr Wren,", "", "Thank you for your request, reference FOI/2025/0381. We will respond within "
                 "20 working days.", "", "Information Governance"]))
             + rq_item("incoming", 2, "Medmore District Council", "5 March 2025", response, attach)
             + rq_item("outgoing", 2, _text.RQ_REQUESTER, "6 March 2025", rq_mail(follow)))
    html = (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{hesc(_text.RQ_TITLE)} - a Freedom of Information request to {hesc(_text.RQ_BODY)} - "
        "AskPublicly</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        '<link rel="stylesheet" href="/assets/application.css">\n</head>\n<body class="request-show">\n'
        '<div id="banner"><p>This is a FICTIONAL site for software testing. <a href="/help/about">About</a></p></div>\n'
        '<header class="site-header"><a href="/" class="logo">AskPublicly (FICTIONAL)</a><nav><ul><li><a href="/select_'
        'authority">Make a request</a></li><li><a href="/list/successful">Browse requests</a></li><li><a href="/body/'
        'list/all">View authorities</a></li><li><a href="/profile/sign_in">Sign in or sign up</a></li></ul></nav>'
        "</header>\n<main id=\"content\">\n<div class=\"request-header\">\n"
        f"<h1>{hesc(_text.RQ_TITLE)}</h1>\n<p class=\"request-header__action-bar\">{hesc(_text.RQ_REQUESTER)} made "
        f"this <a href=\"/help/about\">Freedom of Information request</a> to <a href=\"/body/medmore\">"
        f"{hesc(_text.RQ_BODY)}</a></p>\n<p class=\"request-status\">This request has been closed to new "
        "correspondence.<br>The request was <strong>successful</strong>.</p>\n"
        f"<p><i>{FICT}. {INVENTED}</i></p>\n</div>\n<div id=\"correspondence\">\n{items}</div>\n"
        '<div class="annotation" id="comment-311"><h2>Annotation</h2><p class="annotation__by">Chris Mallory, '
        f"volunteer, 8 March 2025</p><p>{hesc(_text.RQ_ANNOTATION)}</p><p><a href=\"#comment-311\">Link to this</a>"
        "</p></div>\n</main>\n"
        '<aside class="sidebar"><div class="follow"><a href="/request/1042/track" class="button">Follow</a> '
        "<p>12 people are following this request</p></div><h2>Act on what you've learnt</h2><ul><li><a href=\"/"
        'request/new">Make a new request</a></li><li><a href="#">Tweet this request</a></li><li><a href="#">Download '
        'a zip file of all correspondence</a></li></ul><h2>Similar requests</h2><ol><li><a href="/request/'
        'sar_ms_rowe">SAR Ms Rowe - overview report</a></li><li><a href="/request/cspr_child_p">CSPR Child P - '
        "publication date</a></li><li><a href=\"/request/dhr_ab\">DHR 2023/2 - action plan</a></li></ol></aside>\n"
        "<footer><p>AskPublicly (FICTIONAL) is run by a charity (FICTIONAL). <a href=\"/help/privacy\">Privacy</a> "
        "<a href=\"/help/contact\">Contact</a></p></footer>\n</body>\n</html>\n")
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: in the response's text after the summary's marker and before the signature, a <p>
    # beginning "3.2 " opens a paragraph (its <br>s line ends), a "3. What happened" <p> closes it, another <p>
    # goes on with it
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    resp = root.get_element_by_id("incoming-2").find_class("correspondence_text")[0]
    got, cur, on = [], None, False
    for p in resp.findall("p"):
        s = " ".join(p.text_content().split())
        if s == "--- Published summary ---":
            on = True
            continue
        if s.startswith("Yours sincerely"):
            break
        if not on:
            continue
        if m := re.fullmatch(r"(\d\.\d+) (.+)", s):
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif re.fullmatch(r"\d\. [A-Z][\w ]+", s) or s.startswith("SAR "):
            cur = None
        elif cur is not None:
            cur[1] += " " + s
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"request.html: read back {[g[0] for g in got]}")
    brs = [len(p.findall("br")) for p in resp.findall("p") if re.match(r"\d\.\d+ ", p.text_content())]
    answers = [p.text_content()[:2] for p in resp.findall("p") if re.match(r"\d\. The", p.text_content())]
    if min(brs) < 2 or answers != ["1.", "2.", "3."] or len(root.xpath('//div[@class="quoted"][@hidden]')) != 1:
        raise AssertionError(f"request.html: {brs}, {answers}")
    return {
        "note": ("A FREEDOM OF INFORMATION REQUEST THREAD saved from a public request website (FICTIONAL): the site's "
                 "banner, header and navigation, the request's title and status ('successful'); the requester's "
                 "outgoing message, a numbered list ('1. a copy of the overview report ...', '2. ...', '3. ...') in "
                 "one <p> of <br> lines; the council's acknowledgement; and its RESPONSE, an e-mail rendered as the "
                 "site renders mail: its own answers numbered '1.' to '3.' ('3. The review made 12 "
                 "recommendations.'), then '--- Published summary ---' and the review's summary PASTED INTO THE "
                 "E-MAIL, its lines HARD-WRAPPED at " + str(RQ_WIDTH) + " characters and kept as <br>s, a blank "
                 "line making a new <p> (" + RQ_CARRY + " broken by a blank line, going on in an unnumbered <p>), the "
                 "section headings '3. What happened' in <p>s of their own, names in " + ", ".join(RQ_REMOVED)
                 + " replaced by the site's '[name removed]' (part of the paragraph); the e-mail's signature and "
                 "disclaimer, 'show quoted sections' and the quoted request hidden after it, the attachments list; "
                 "the requester's follow-up quoting the first words of " + RQ_QUOTE + " after '> '; a volunteer's "
                 "annotation citing 'Paragraphs 4.1 to 4.3'; the sidebar ('12 people are following this request', "
                 "similar requests) and footer. Messages, answers, quotes, annotation and sidebar are no paragraph's "
                 "text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. extract.txt: a line-numbered text extract of a review made for a subject access request
# --------------------------------------------------------------------------
EX_PLAN = [[85, 90, 80], [100, 95, 110, 90], [95, 100, 85], [80, 75, 70]]  # sections 2 to 5
EX_WITHHELD = {"2.2": 0.5, "3.3": 0.4, "4.2": 0.6}
EX_FIRST_PAGE, EX_LINES, EX_TEXT_W, EX_IND = 3, 34, 70, 6


def ex_pages(blocks):
    """The source's lines poured onto pages of EX_LINES lines (running head, blank, body, blank, footer); a
    block is a list of lines kept with the line after it when it is a heading."""
    pages, cur = [], []
    body_lines = EX_LINES - 4

    def flush():
        pages.append(cur[:])
        cur.clear()

    for kind, lines in blocks:
        if kind == "head" and len(cur) + 3 > body_lines:
            while len(cur) < body_lines:
                cur.append("")
            flush()
        for ln in lines:
            if len(cur) == body_lines:
                flush()
            if ln or cur:
                cur.append(ln)
    if cur:
        flush()
    out = []
    for i, body in enumerate(pages):
        body = body + [""] * (body_lines - len(body))
        out.append([_text.EX_SRC_HEAD, "", *body, "", _text.EX_SRC_FOOT.format(EX_FIRST_PAGE + i)])
    return out


def make_extract(out, pm):
    path = out / "extract.txt"
    result, texts = [], []
    orphan = pm.make(70, "adult").split()[34:]
    blocks = [("orphan", [" " * EX_IND + " ".join(ln) for ln in wrap(orphan, EX_TEXT_W, len)] + [""])]
    for s, items in enumerate(EX_PLAN, 2):
        blocks.append(("head", [f"{s}.    {_text.EX_TITLES[s - 2]}", ""]))
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            if label in EX_WITHHELD:
                w = t.split()
                i = max(9, min(int(len(w) * EX_WITHHELD[label]), len(w) - 10))
                t = " ".join([*w[:i], "[WITHHELD]", *w[i + 2:]])
            texts.append(t)
            result.append(entry(label, None, t))
            lines = wrap(t.split(), EX_TEXT_W, len)
            blocks.append(("para", [(label.ljust(EX_IND) if li == 0 else " " * EX_IND) + " ".join(ln)
                                    for li, ln in enumerate(lines)] + [""]))
    pages = ex_pages(blocks)
    last = EX_FIRST_PAGE + len(pages) - 1
    rows = [*(h.format(last) for h in _text.EX_HEAD), "=" * 80, ""]
    for i, lines in enumerate(pages):
        rows.append(f"--- Page {EX_FIRST_PAGE + i} ---")
        rows += [f"{n:>4}    {ln}".rstrip() for n, ln in enumerate(lines, 1)]
        rows.append("")
    rows += [_text.EX_END[0].format(last + 1), *_text.EX_END[1:]]
    data = "\n".join(rows) + "\n"
    path.write_bytes(data.encode("utf-8"))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back: after the first page marker, each line's number is dropped; the source's running head and footer
    # (lines 1-2 and the last two of a page) and the markers are skipped; "2.3   The" opens a paragraph, an indented
    # line goes on with it, a blank line or a heading closes it
    got, cur, on, crossings = [], None, False, set()
    page = 0
    for ln in data.split("\n"):
        if m := re.fullmatch(r"--- Page (\d+) ---", ln):
            on, page = True, int(m.group(1))
            continue
        if ln.startswith("--- End"):
            break
        if not on:
            continue
        m = re.fullmatch(r" *(\d+)(?:    (.*))?", ln)
        if m is None:
            continue
        s = m.group(2) or ""
        if int(m.group(1)) in (1, 2, EX_LINES - 1, EX_LINES):  # the source's running head, footer and their blanks
            if s not in ("", _text.EX_SRC_HEAD) and not re.fullmatch(r"Oakhanger SAB .* Page \d+ of 14", s):
                raise AssertionError(f"extract.txt: page furniture {s!r}")
            continue
        if mm := re.fullmatch(r"(\d\.\d+) +(\S.*)", s):
            cur = [mm.group(1), mm.group(2), page]
            got.append(cur)
        elif not s or re.fullmatch(r"\d\. +[A-Z].*", s):
            cur = None
        elif cur is not None and s.startswith(" " * EX_IND):
            cur[1] += " " + s.strip()
            if page != cur[2]:
                crossings.add(cur[0])
    if [g[:2] for g in got] != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"extract.txt: read back {[g[0] for g in got]}")
    bare = [ln for ln in rows if re.fullmatch(r" *\d+", ln)]
    opening = rows[rows.index(f"--- Page {EX_FIRST_PAGE} ---") + 3]
    if len(crossings) < 2 or len(bare) < 10 or not opening.startswith("   3" + " " * (4 + EX_IND)):
        raise AssertionError(f"extract.txt: crossings {crossings}, {len(bare)} bare numbers")
    return {
        "note": ("A TEXT EXTRACT of a safeguarding adults review MADE FOR A SUBJECT ACCESS REQUEST (UTF-8, LF): a "
                 "header of the request reference, date and source ('Extract: source pages 3 to 7'), a rule; then "
                 "each source page after a '--- Page 3 ---' marker, EVERY LINE NUMBERED in a left margin ('  14    "
                 "2.3   The ...'), restarting at 1 on each page, the blank lines too, so a bare number stands "
                 "between paragraphs; the source's running head ('SAR Ms Pell - Overview Report ... OFFICIAL') and "
                 "footer ('... Page 3 of 14') numbered like the text; the extract OPENS IN MID-PARAGRAPH with the "
                 "unnumbered end of a paragraph of section 1 (its number is on a page not extracted: no paragraph); "
                 "headings '2.    Background'; numbers hanging, continuation lines at the text's indent; "
                 "third-party data shown as '[WITHHELD]' in " + ", ".join(EX_WITHHELD) + " (part of the paragraph); "
                 "paragraphs across the page markers (" + ", ".join(sorted(crossings)) + "); an end note. Header, "
                 "markers, line numbers, running heads and footers are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "foi.pdf": make_foi, "bundle.pdf": make_bundle, "disclosure.docx": make_disclosure,
        "request.html": make_request, "extract.txt": make_extract})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind56-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
