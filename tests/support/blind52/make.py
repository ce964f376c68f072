"""Blind fixture generator 52: five FICTIONAL review documents as they reach practitioners INSIDE MEETING PAPERS AND
CASE-MANAGEMENT SYSTEMS, each with the traps such files really have: a review pasted into an Outlook message and
printed to PDF, a SharePoint page printed from the browser with its navigation rail on every sheet, a board meeting
pack in Word (cover sheet, cover report, the review as Appendix A numbered A1, A2 ...), a review pasted into a
case-management system's notes and exported to HTML newest first, and a records system's fixed-width text export.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial metric Type 1 faces), lxml, python-docx and
pdfplumber; no system fonts, no network. Every generator checks its own key with pdfplumber/lxml/python-docx, never
with the project's parser.

emailed.pdf     a safeguarding adults review's overview report SENT IN THE BODY OF AN E-MAIL and printed from Outlook
                (Memo Style, "Microsoft: Print To PDF", Arial): the mailbox owner's name in bold over a thick rule at
                the top of page 1 ("Hollis, Dana (FICTIONAL)"); Outlook's HEADER BLOCK (bold "From:", "Sent:",
                "To:", "Cc:", "Subject:", "Attachments:" with values at a tab: "14 March 2025 09:41", a subject
                ending "(12.03.2025 papers)", attachments "... v3.xlsx; ... briefing 2.pdf"); the mail system's
                shaded "EXTERNAL: This email originated from outside the organisation ..." BANNER; the sender's
                covering lines, ONE OF WHICH OPENS AT THE MARGIN WITH TWO PARAGRAPH NUMBERS ("4.2 and 4.3 are the
                paragraphs the chair has asked us to discuss under item 6 ...") on page 1, long before the report's
                own 4.2; then the report as pasted: a title line, bold headings "3.   What happened", paragraphs
                with "3.2" hanging at the margin and the text 36 pt in; after the report a signature ("Room 2.14",
                telephone numbers) and a grey disclaimer; the page number alone centred at each page's foot;
                paragraphs across page breaks
sitenav.pdf     a safeguarding adults board's SharePoint Online page PRINTED FROM THE BROWSER (Edge "Save as PDF",
                Skia/PDF): the browser's header (date, page title) and footer (URL, "2/4") on every sheet; the page's
                position:fixed SUITE BAR ("SharePoint", "Search this site") and LEFT NAVIGATION RAIL (logo "FS", the
                site's name, ten links "Home", "Board meetings", "Papers 2024/25", ... "Edit") PAINTED AGAIN ON EVERY
                PAGE, first in each page's content stream, at fixed heights, so that on several lines a reading by
                baselines puts a link's words before a paragraph's line ("Site contents partners. No single ...");
                the body right of the rail: site title, page title, author line, the FICTIONAL line, bold headings
                "3. What happened", paragraphs opening with a bold "3.2" and a space (the space the text run's first
                glyph), continuation lines flush left under the number; comments area; paragraphs across pages
boardpack.docx  an item of a safeguarding adults board's MEETING PACK in Word ("OFFICIAL" header, PAGE field footer): a
                COVER SHEET TABLE (shaded label cells: "Agenda item" | "6", "Report to", "Date of meeting" |
                "12.03.2025", "Report of", "Author", "Purpose", "Classification"); the officer's COVER REPORT numbered
                by Word (Heading 1 level 0 "%1.", paragraphs level 1 "%1.%2": 1.1 to 3.1; 2.2 cites "paragraphs A9
                to A11 of the appendix"), an unnumbered "Appendices" list, background papers, a contact line with a
                telephone number; after a page break the review's executive summary PASTED IN AS APPENDIX A, its
                paragraphs numbered by a Word list of their own (lvlText "A%1": A1 to A14) under unnumbered Heading
                2s, with a recommendations table whose "No." column holds "1", "2", "3"; pages from explicit breaks
casenote.html   a child safeguarding practice review PASTED INTO A CASE-MANAGEMENT SYSTEM'S CASE NOTES (one note per
                section) and exported to HTML (Caseline "Case record export", XHTML 1.0 Transitional, numeric
                character references): a record header table (Person ID 204517, export date, filter "newest
                first"); each note a FORM TABLE of <th> labels ("Case note" | "118519", "Recorded by", "Date / time"
                | "12/03/2025 09:12", "Note type", "Subject" "... section 3 of 5", "Status") and the note's text in
                one <div> whose lines are parted by <br>: a DATE STAMP "[12/03/2025 09:12] Priya Venn:", the
                heading "3. What happened", paragraphs typed "3.2" + four &nbsp; (the pasted tab) + text, in two
                notes a second stamp "[13/03/2025 08:57] Priya Venn (appended):" between paragraphs; a "Read by 3
                users" line; THE NOTES ARE LISTED NEWEST FIRST, so section 5 comes first in the file and section 1
                last
records.txt     a safeguarding adults review held in a council's RECORDS SYSTEM and exported as a FIXED-WIDTH TEXT
                REPORT (Windows-1252, CRLF, a form feed before every page after the first, 52 rows a page under a
                five-line header: "KESSWORTH COUNCIL - ICARE RECORDS EXPORT (FICTIONAL)  PAGE    2", a run-date
                line, column heads "RECORD-ID SEG TYP TEXT" and a rule): EVERY ROW BEGINS WITH ITS RECORD ID
                ("SR25004-000014"), A SEGMENT NUMBER ("001") AND A TYPE ("TTL", "NOT", "HDG", "PAR"), then at most
                60 characters of text; a paragraph is one PAR record cut at spaces into segments, the first opening
                with the number ("3.2 The ..."); page headers fall between the segments of one record; in 3.3 a
                segment after the first BEGINS WITH A NUMBER ("2.5 miles separated her flat ...")

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2", "A7"; where a file holds two documents
  with numbered paragraphs (a meeting pack's cover report and the review in its appendix), both documents' paragraphs
  are paragraphs, in file order (1.1 to 3.1, then A1 to A14);
- what the carrier adds is no paragraph and no paragraph's text: an e-mail's header block, EXTERNAL banner, covering
  lines (also the one that opens "4.2 and 4.3 are ..."), signature and disclaimer; a browser print's header, footer,
  suite bar and navigation rail (also where a link stands on a paragraph's line); a pack's cover sheet table, the
  appendices list and contact lines; a case system's form tables, date stamps, note footers and record header; a
  records export's page headers, column heads, record ids, segment numbers and type codes, title and system-note
  records; numbered headings ("3. What happened") are headings, not paragraphs; tables are no paragraphs;
- a paragraph cut into segments (records.txt) is one paragraph, its text the segments joined by spaces; a segment that
  begins with a number ("2.5 miles") is part of the paragraph it continues;
- paragraphs are listed in the order the file holds them, even where that is not the report's order: casenote.html's
  notes are newest first, so its key runs 5.1, 5.2, 4.1 ... 1.1, 1.2;
- pages: physical and 1-based for PDF (a paragraph's page is its first line's; its last words may be on a later page;
  never the printed "2/4" or Outlook's page number, which here agree anyway). DOCX pages are counted from explicit
  breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the paragraph (each page holds at most about 480
  words). HTML and plain text: null.
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
    from blindkit.pdfread import check_pdf_key, pdf_pages  # type: ignore
    from blindkit.wordread import check_numbered  # type: ignore

    _text = _harness.load(__file__, "blind52_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, hanging_rows, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.markup import SECT_A4, hesc
    from ..blindkit.pdfread import check_pdf_key, pdf_pages
    from ..blindkit.wordread import check_numbered
    from . import text as _text

ParaMaker, norm = _text.ParaMaker, _text.norm
W_NS, XML_HEAD, WP_NS, BRK = _b36.W_NS, _b36.XML_HEAD, _b36.WP_NS, _b36.BRK
wp, wr, docx_package, styles_xml = _b36.wp, _b36.wr, _b36.docx_package, _b36.styles_xml

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____"}
TEAL, GREY, BLACK, WHITE = (0.0, 0.36, 0.37), (0.4, 0.4, 0.4), (0, 0, 0), (1, 1, 1)


class PdfKey:
    """What a PDF generator records for its key and checks: entries, texts, last pages, label positions."""

    def __init__(self):
        self.result, self.texts, self.ends, self.labels = [], [], [], []

    def add(self, label, t, placed, x):
        self.result.append(entry(label, placed[0][0], t))
        self.texts.append(t)
        self.ends.append(placed[-1][0])
        self.labels.append((placed[0][0], x, placed[0][1]))

    def check(self, path, pages, keep=None):
        check_lengths(path.name, self.texts)
        check_count(path.name, self.result, 12, 25)
        check_pdf_key(path.name, pages, self.result, self.ends, self.labels, keep)
        return check_crossings(path.name, self.result, self.ends)


def heading(fl, x, s, font, size, rgb, before=16.0, lead=14.0):
    """A heading row kept with room for a line after it (the empty row is taken out again)."""
    fl.place([(before, size + 8, [(x, s, font, size, rgb, 0.0)]), (0.0, lead, [(x, "", font, 10, rgb, 0.0)])],
             keep=2)
    fl.lay.pages[-1].pop()
    fl.cur += lead


def lines_of(pages_chars, keep=None):
    """pdfplumber's text lines of each page (its own line grouping), for the checks on what a reader meets."""
    from pdfplumber.utils import extract_text
    return [(extract_text([c for c in p if keep is None or keep(c)]) or "").split("\n") for p in pages_chars]


# --------------------------------------------------------------------------
# 1. emailed.pdf: an Outlook message printed to PDF, the review's paragraphs in its body
# --------------------------------------------------------------------------
EM_PLAN = [
    ("1", "Introduction", [80, 95]),
    ("2", "Mr Carrow", [110, 120, 70]),
    ("3", "What happened", [125, 115, 130, 105]),
    ("4", "Analysis", [120, 130, 110]),
    ("5", "Conclusions", [100, 90]),
]
EL, ER, ETOP, EBOT = 54.0, 541.0, 800.0, 54.0
ES, ELEAD = 11.0, 14.0


def make_emailed(out, pm):
    path = out / "emailed.pdf"
    lay = Layout()
    lay.new_page()
    k = PdfKey()
    lay.text(EL, 806, "Hollis, Dana (FICTIONAL)", AB, 14)
    lay.line(EL, 797, ER, 797, 3.0)
    fl = RowFlow(lay, ETOP, EBOT, lambda pg: ETOP)
    fl.cur = 788.0

    def meas(s, f=A, z=ES):
        return sw(s, f, z)

    for lab, val in _text.EM_HEADER:  # Outlook's header block: bold labels, values at a tab
        vl = wrap(val.split(), ER - EL - 90, lambda s: meas(s, A, 10.5))
        rows = [(0.0, 13.0, ([(EL, lab, AB, 10.5, BLACK, 0.0)] if j == 0 else [])
                 + [(EL + 90, " ".join(ln), A, 10.5, BLACK, 0.0)]) for j, ln in enumerate(vl)]
        fl.place(rows, keep=len(rows))
    # the mail system's EXTERNAL banner, a shaded box at the top of the body
    bl = wrap(_text.EM_BANNER.split(), ER - EL - 16, lambda s: meas(s, AB, 9.5))
    top = fl.cur - 14
    lay.rect(EL, top - 8 - 12.5 * len(bl), ER - EL, 8 + 12.5 * len(bl) + 4, (1.0, 0.93, 0.75))
    lay.rect(EL, top - 8 - 12.5 * len(bl), 4, 8 + 12.5 * len(bl) + 4, (0.85, 0.45, 0.0))
    for j, ln in enumerate(bl):
        lay.text(EL + 10, top - 12 - 12.5 * j, " ".join(ln), AB, 9.5, (0.45, 0.2, 0.0))
    fl.cur = top - 8 - 12.5 * len(bl) - 6
    cover_y = None
    for s in _text.EM_COVER:
        rows = [(9.0 if j == 0 else 0.0, ELEAD, [(EL, " ".join(ln), A, ES, BLACK, 0.0)])
                for j, ln in enumerate(wrap(s.split(), ER - EL, meas))]
        placed = fl.place(rows, keep=2)
        if s.startswith("4.2"):
            cover_y = placed[0]
    fl.place([(14.0, 18.0, [(EL, "Safeguarding Adults Review: Mr Carrow \u2013 Overview Report", AB, 13, BLACK,
                             0.0)]),
              (0.0, ELEAD, [(EL, "Eastmarsh Safeguarding Adults Board (FICTIONAL) \u2013 final version, February "
                                 "2025", A, ES, BLACK, 0.0)])], keep=2)
    for sec, title, items in EM_PLAN:
        heading(fl, EL, f"{sec}.\u00a0\u00a0\u00a0{title}", AB, 11.5, BLACK, 12.0, ELEAD)
        for j, n_words in enumerate(items, 1):
            label, t = f"{sec}.{j}", pm.make(n_words, "adult")
            placed = fl.place(hanging_rows(label, t, EL, EL + 36, ER, A, ES, ELEAD, 9.0, meas), keep=2)
            k.add(label, t, placed, EL)
    for j, s in enumerate(_text.EM_SIGN):
        fl.place([(14.0 if j == 0 else 0.0, ELEAD, [(EL, s, AB if j == 2 else A, ES, BLACK, 0.0)])], keep=1)
    rows = [(12.0 if j == 0 else 0.0, 10.0, [(EL, " ".join(ln), A, 7.5, GREY, 0.0)])
            for j, ln in enumerate(wrap(_text.EM_DISCLAIMER.split(), ER - EL, lambda s: meas(s, A, 7.5)))]
    fl.place(rows, keep=len(rows))
    for pg in range(1, lay.n + 1):  # Outlook's Memo Style footer: the page number alone, centred
        lay.text((EL + ER - sw(str(pg), A, 9)) / 2, 30, str(pg), A, 9, BLACK, page=pg)
    lay.render(path, {"Title": "SAR Mr Carrow - overview report text for item 6", "Author": "Dana Hollis",
                      "Creator": "Microsoft\u00ae Outlook\u00ae for Microsoft 365",
                      "Producer": "Microsoft: Print To PDF", "Subject": FICT})
    pages = pdf_pages(path)
    cross = k.check(path, pages)
    # the covering line that opens with two paragraph numbers stands at the margin where the report's numbers do,
    # on page 1 above the report's own 4.2
    lines = lines_of(pages)
    if cover_y is None or cover_y[0] != 1 or not any(ln.startswith("4.2 and 4.3 are") for ln in lines[0]):
        raise AssertionError("emailed.pdf: the covering line")
    if not any(ln.startswith("Sent: 14 March 2025") for ln in lines[0]) or lay.n < 3:
        raise AssertionError("emailed.pdf: header block")
    return {
        "note": ("An e-mail in Outlook printed to PDF (Memo Style, 'Microsoft: Print To PDF'): the mailbox owner's "
                 "name in bold over a thick rule at the top of page 1; the header block (bold 'From:', 'Sent:', "
                 "'To:', 'Cc:', 'Subject:', 'Attachments:' with values at a tab: '14 March 2025 09:41', a subject "
                 "naming '12.03.2025 papers', attachment names ending 'v3.xlsx' and 'briefing 2.pdf'); the mail "
                 "system's shaded 'EXTERNAL: This email originated from outside the organisation ...' banner; the "
                 "sender's covering lines, one of which OPENS AT THE MARGIN WITH TWO PARAGRAPH NUMBERS ('4.2 and "
                 "4.3 are the paragraphs the chair has asked us to discuss ...'), then the overview report pasted "
                 "into the body: a title line, bold headings '3.   What happened', paragraphs with '3.2' hanging at "
                 "the margin and the text at a 36 pt indent; after the report the signature (a room 'Room 2.14', "
                 "telephone numbers) and a grey disclaimer; the page number alone centred at every page's foot. "
                 "Paragraphs run over pages (" + ", ".join(cross) + "). The covering lines, signature, header block "
                 "and banner are no paragraphs and no paragraph's text; the report's paragraphs are. Pages are "
                 "physical."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 2. sitenav.pdf: a SharePoint page printed from the browser, its fixed navigation on every page
# --------------------------------------------------------------------------
SN_PLAN = [
    ("1", "Why we carried out this review", [75, 90]),
    ("2", "Mrs Orrin", [105, 95, 60]),
    ("3", "What happened", [120, 110, 125, 100]),
    ("4", "What we learned", [115, 125, 105]),
    ("5", "What happens next", [95]),
]
SL, SR, SX = 28.0, 567.0, 178.0  # the printable width; the body's left edge, right of the navigation rail
SNAV_R = 160.0
STOP1, STOP, SBOT = 600.0, 770.0, 44.0
SS, SLEAD = 10.5, 15.0
SN_URL = "https://fallowmere.sharepoint.example/sites/SAB-Board/SitePages/Learning-review-Mrs-Orrin.aspx"
SN_TITLE = "Learning review: Mrs Orrin"


def sn_fixed(pg, n):
    """What the browser paints on every printed page: its header and footer, then the page's position:fixed suite
    bar and navigation rail (Chrome repeats fixed elements on each sheet), in that order; and the links' baselines."""
    prims = [("T", SL, 826, "05/03/2025, 10:14", A, 8, BLACK),
             ("T", (SL + SR - sw(SN_TITLE + " - Pages", A, 8)) / 2, 826, SN_TITLE + " - Pages", A, 8, BLACK),
             ("T", SL, 12, SN_URL, A, 8, BLACK), ("T", SR - sw(f"{pg}/{n}", A, 8), 12, f"{pg}/{n}", A, 8, BLACK),
             ("R", SL, 786, SR - SL, 28, TEAL), ("T", SL + 12, 796, "SharePoint", AB, 11, WHITE),
             ("R", 240, 791, 200, 18, (0.92, 0.95, 0.95)), ("T", 250, 797, "Search this site", A, 9, GREY),
             ("R", SL, 30, SNAV_R - SL, 756, (0.95, 0.95, 0.95)), ("C", 50, 752, 14, TEAL),
             ("T", 43, 748.5, "FS", AB, 10, WHITE), ("T", 70, 748.5, "Fallowmere SAB", AB, 10, BLACK)]
    navs = []
    for j, s in enumerate(_text.SN_NAV):
        y = 712 - 26 * j
        prims.append(("T", SL + 12, y, s, A, 10, BLACK))
        navs.append(y)
    return prims, navs


def make_sitenav(out, pm):
    path = out / "sitenav.pdf"
    lay = Layout()
    lay.new_page()
    k = PdfKey()
    lay.text(SX, 752, "Fallowmere Safeguarding Adults Board", AB, 14)
    lay.text(SX, 738, "Public group \u00b7 Following \u00b7 14 members", A, 8, GREY)
    lay.text(SX, 690, SN_TITLE, AB, 22)
    lay.text(SX, 662, "PV", AB, 8, TEAL)
    lay.text(SX + 16, 662, "Priya Venn \u00b7 Published 5 March 2025 \u00b7 4 min read", A, 8.5, GREY)
    lay.text(SX, 630, f"{FICT}. {INVENTED}", AI, 9.5, GREY)
    fl = RowFlow(lay, STOP, SBOT, lambda pg: STOP)
    fl.cur = STOP1

    def meas(s):
        return sw(s, A, SS)

    for sec, title, items in SN_PLAN:
        heading(fl, SX, f"{sec}. {title}", AB, 14, BLACK, 14.0, SLEAD)
        for j, n_words in enumerate(items, 1):
            label, t = f"{sec}.{j}", pm.make(n_words, "adult")
            lw = sw(label, AB, SS)  # the space after the number is the text run's first glyph, as Chrome draws it
            lines = wrap(t.split(), SR - 12 - SX, meas, first_width=SR - 12 - SX - lw - sw(" ", A, SS))
            rows = [(10.0 if i == 0 else 0.0, SLEAD,
                     ([(SX, label, AB, SS, BLACK, 0.0), (SX + lw, " " + " ".join(ln), A, SS, BLACK, 0.0)] if i == 0
                      else [(SX, " ".join(ln), A, SS, BLACK, 0.0)])) for i, ln in enumerate(lines)]
            placed = fl.place(rows, keep=2)
            k.add(label, t, placed, SX)
    fl.place([(24.0, 18.0, [(SX, "Comments", AB, 12, BLACK, 0.0)]),
              (0.0, 16.0, [(SX, "Add a comment", A, 9.5, GREY, 0.0)]),
              (0.0, 16.0, [(SX, "0 Likes \u00b7 37 Views \u00b7 Save for later", A, 9, GREY, 0.0)])], keep=3)
    n = lay.n
    for pg in range(1, n + 1):
        prims, _ = sn_fixed(pg, n)
        lay.pages[pg - 1][:0] = prims  # the fixed elements come first in every page's content stream
    lay.render(path, {"Title": SN_TITLE + " - Pages", "Creator": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                      "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0",
                      "Producer": "Skia/PDF m133", "Subject": FICT})
    pages = pdf_pages(path)

    def body(c):
        return c["x0"] >= SX - 1 and SBOT - 2 < c["matrix"][5] < STOP + 2

    cross = k.check(path, pages, body)
    # the navigation rail's links stand on every page, some on the baseline of a paragraph's line: a reading by
    # lines puts a link's words before the paragraph's on those lines
    merged = []
    for pg, ls in enumerate(lines_of(pages), 1):
        for ln in ls:
            for s in _text.SN_NAV:
                rest = ln[len(s):]
                if ln.startswith(s + " ") and re.match(r" [a-z\d]", rest) and not any(
                        ln.startswith(o + " ") for o in _text.SN_NAV if o != s and len(o) > len(s)):
                    merged.append((pg, s))
    if len(merged) < 4 or len({p for p, _ in merged}) < 3:
        raise AssertionError(f"sitenav.pdf: navigation merged with body lines {merged}")
    num_merged = [(pg, ln) for pg, ls in enumerate(lines_of(pages), 1) for ln in ls
                  if re.match(r"(?:" + "|".join(map(re.escape, _text.SN_NAV)) + r") \d\.\d ", ln)]
    return {
        "note": ("A SharePoint Online page (a board's communication site) PRINTED FROM THE BROWSER (Edge, 'Save as "
                 "PDF', Skia/PDF): the browser's header (date and time, page title) and footer (URL, '2/" + str(n)
                 + "') on every sheet, and the page's position:fixed SUITE BAR ('SharePoint', 'Search this site') "
                 "and LEFT NAVIGATION RAIL (site logo 'FS', 'Fallowmere SAB', links " + ", ".join(
                     f"'{s}'" for s in _text.SN_NAV) + ") PAINTED AGAIN ON EVERY PAGE and first in each page's "
                 "content stream; the links stand at fixed heights, so a reading by lines puts a link's words before "
                 "a paragraph's line (" + str(len(merged)) + " lines in this build" + (
                     ", " + str(len(num_merged)) + " of them before a paragraph's number" if num_merged else "")
                 + "). The body, right of the rail: site title, page title, author line, the FICTIONAL line, bold "
                 "headings '3. What happened', paragraphs opening with a bold '3.2' and a space, continuation lines "
                 "flush left under the number; a comments area at the end. Paragraphs run over pages ("
                 + ", ".join(cross) + "). Navigation, suite bar, browser header and footer, titles and comments are "
                 "no paragraph's text. Pages are physical."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 3. boardpack.docx: a board meeting pack: cover sheet table, cover report 1.1-3.1, review as Appendix A (A1 ...)
# --------------------------------------------------------------------------
BP_PLAN = [(0, [80, 90]), (1, [95, 85]), (2, [100, 110, 95, 90, 105]), (3, [110, 100, 95]), (4, [85, 90])]
BP_STYLES = styles_xml("Arial", (
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
    '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>'
    '<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" '
    'w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
    'w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
    'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
    'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'))
BP_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}>'
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5C1A2B7E"/><w:multiLevelType w:val="multilevel"/>'
    '<w:tmpl w:val="0809001F"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc '
    'w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:b w:val="0"/></w:rPr></w:lvl>'
    '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="1E9D4A60"/><w:multiLevelType w:val="singleLevel"/>'
    '<w:tmpl w:val="3A7C0B12"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="A%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>'
    '</w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/>'
    '</w:num></w:numbering>')
NUMPR = '<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="{}"/></w:numPr>'
BP_PARA = '<w:spacing w:after="160"/>'


def bp_table(rows, widths, header=False, shade_first_col=False):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for i, row in enumerate(rows):
        tcs = []
        for j, (cell, w) in enumerate(zip(row, widths, strict=True)):
            shaded = (header and i == 0) or (shade_first_col and j == 0)
            tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>' + ('<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
                                                           if shaded else "")
            tcs.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>"
                       + wp(wr(cell, "<w:b/>" if shaded else ""), None, '<w:spacing w:before="40" w:after="40"/>')
                       + "</w:tc>")
        trh = "<w:trPr><w:tblHeader/></w:trPr>" if header and i == 0 else ""
        trs.append(f"<w:tr>{trh}{''.join(tcs)}</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
            f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>')


def make_boardpack(out, pm):
    path = out / "boardpack.docx"
    body = [wp(wr("Eastmarsh Safeguarding Adults Board \u2013 FICTIONAL", "<w:b/><w:sz w:val=\"28\"/>")),
            wp(wr(f"{FICT}. {INVENTED}", "<w:i/>")),
            bp_table(_text.BP_SHEET, [2600, 6426], shade_first_col=True),
            wp(""),
            wp(wr("Safeguarding Adults Review: Mr Tressel \u2013 publication of the executive summary",
                  "<w:b/><w:sz w:val=\"28\"/>"))]
    result, texts, page, words = [], [], 1, {1: 120}
    for ch, (title, paras) in enumerate(_text.BP_COVER, 1):
        body.append(wp(wr(title), "Heading1", NUMPR.format(0, 1)))
        for j, t in enumerate(paras, 1):
            body.append(wp(wr(t), "ListParagraph", NUMPR.format(1, 1) + '<w:ind w:left="567" w:hanging="567"/>'
                           + BP_PARA))
            words[page] += len(t.split())
            texts.append(t)
            result.append(entry(f"{ch}.{j}", page, t))
    body += [wp(wr("Appendices", "<w:b/>")),
             wp(wr("Appendix A \u2013 Safeguarding Adults Review: Mr Tressel, executive summary")),
             wp(wr("Background papers: the overview report (restricted circulation, February 2025).")),
             wp(wr("Contact: Priya Venn, Board Business Manager, 01632 960 412"))]
    body.append(BRK)
    page += 1
    words[page] = 30
    body += [wp(wr("Appendix A"), "Heading1"),
             wp(wr("Safeguarding Adults Review: Mr Tressel \u2013 Executive Summary (FICTIONAL)", "<w:b/>")),
             wp(wr("Independent reviewer: Helen Marsh. Eastmarsh Safeguarding Adults Board, February 2025.",
                   "<w:i/>"))]
    n = 0
    for sec, items in BP_PLAN:
        body.append(wp(wr(_text.BP_SECTIONS[sec]), "Heading2"))
        for n_words in items:
            n += 1
            t = pm.make(n_words, "adult")
            if words[page] + len(t.split()) > 470:
                body.append(BRK)
                page += 1
                words[page] = 0
            body.append(wp(wr(t), "ListParagraph", NUMPR.format(0, 2) + '<w:ind w:left="567" w:hanging="567"/>'
                           + BP_PARA))
            words[page] += len(t.split())
            texts.append(t)
            result.append(entry(f"A{n}", page, t))
        if _text.BP_SECTIONS[sec] == "Recommendations":
            if words[page] + 60 > 470:
                body.append(BRK)
                page += 1
                words[page] = 0
            body.append(bp_table([("No.", "Recommendation", "Lead", "By"), *_text.BP_RECS],
                                 [700, 4826, 2000, 1500], header=True))
            words[page] += 60
    body.append(wp(wr("End of Appendix A", "<w:i/>"), None, '<w:jc w:val="center"/>'))
    doc = f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>'
    docx_package(path, doc, BP_STYLES, BP_NUMBERING, "OFFICIAL", "Item 6 - SAR Mr Tressel (FICTIONAL)",
                 "Eastmarsh Safeguarding Adults Board (FICTIONAL)", page, sum(len(t.split()) for t in texts),
                 (2025, 3, 4, 16, 5, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if max(words.values()) > 480:
        raise AssertionError(f"boardpack.docx: words per page {words}")
    check_numbered(path, result, texts, headings=("1.", "2.", "3."))
    import docx
    d = docx.Document(str(path))
    sheet = d.tables[0]
    if [c.text for c in sheet.rows[0].cells] != ["Agenda item", "6"] or len(d.tables) != 2:
        raise AssertionError("boardpack.docx: cover sheet")
    if [c.text for c in d.tables[1].columns[0].cells] != ["No.", "1", "2", "3"]:
        raise AssertionError("boardpack.docx: recommendations table")
    return {
        "note": ("A safeguarding adults board's MEETING PACK item in Word (Arial, 'OFFICIAL' in the header, a PAGE "
                 "field in the footer): a COVER SHEET TABLE (shaded labels 'Agenda item' | '6', 'Report to', 'Date "
                 "of meeting' | '12.03.2025', 'Report of', 'Author', 'Purpose', 'Classification'), then the "
                 "officer's COVER REPORT numbered by Word (one list: Heading 1 level 0 '%1.' '1. Purpose of the "
                 "report', paragraphs level 1 '%1.%2', 1.1 to 3.1; 2.2 cites 'paragraphs A9 to A11 of the "
                 "appendix'), an unnumbered 'Appendices' list, background papers and a contact line with a "
                 "telephone number; after a page break the review's executive summary pasted in as APPENDIX A, its "
                 "paragraphs numbered by a list of their own (lvlText 'A%1': A1 to A" + str(n) + ") under "
                 "unnumbered Heading 2s, a recommendations table whose 'No.' column holds '1', '2', '3'. Both "
                 "documents' numbered paragraphs are paragraphs, in order: 1.1 to 3.1, then A1 to A" + str(n)
                 + ". Cover sheet, headings, tables, appendices list and contact lines are no paragraph's text. "
                 "page = 1 + the page breaks (w:br page) before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. casenote.html: a review pasted into a case-management system's notes, exported newest first
# --------------------------------------------------------------------------
CN_PLAN = [[80, 85], [100, 95, 105], [110, 100, 115, 95], [105, 110, 100], [90, 85]]
# per section: (note id, date and time, appended block: (index of the first paragraph appended, its stamp) or None)
CN_NOTES = [
    ("118342", "10/03/2025 14:05", None),
    ("118377", "10/03/2025 16:48", None),
    ("118519", "12/03/2025 09:12", (2, "13/03/2025 08:57")),
    ("118604", "13/03/2025 15:30", (2, "14/03/2025 10:21")),
    ("118655", "14/03/2025 11:46", None),
]


def nbsp_ents(s):
    """The export's escaping: markup characters as entities, everything outside ASCII as numeric references."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in hesc(s))


def make_casenote(out, pm):
    path = out / "casenote.html"
    secs = []
    texts_by = {}
    for s, items in enumerate(CN_PLAN, 1):
        paras = []
        for j, n_words in enumerate(items, 1):
            t = pm.make(n_words, "child")
            paras.append((f"{s}.{j}", t))
            texts_by[f"{s}.{j}"] = t
        secs.append(paras)
    notes = []
    for s in range(len(secs), 0, -1):  # the system lists notes newest first
        nid, when, app = CN_NOTES[s - 1]
        body = [f"[{when}] Priya Venn:", f"{s}. {_text.CN_TITLES[s - 1]}", ""]
        for j, (label, t) in enumerate(secs[s - 1]):
            if app and j == app[0]:
                body += [f"[{app[1]}] Priya Venn (appended):", ""]
            body += [f"{label}\u00a0\u00a0\u00a0\u00a0{t}", ""]
        inner = "<br>\n".join(nbsp_ents(x).replace("\u00a0", "&nbsp;") for x in body[:-1])
        inner = inner.replace("&#160;", "&nbsp;")
        fields = [("Case note", nid), ("Recorded by", "Priya Venn (Board Business Manager)"),
                  ("Date / time", when), ("Note type", "Safeguarding review \u2013 report text"),
                  ("Subject", f"CSPR Jamie overview report \u2013 section {s} of 5"),
                  ("Status", "Authorised" if s < 5 else "Awaiting authorisation")]
        rows = "".join(f'<tr><th scope="row">{hesc(a)}</th><td>{nbsp_ents(b)}</td></tr>' for a, b in fields)
        notes.append(f'<div class="cl-note" id="note-{nid}">\n<table class="cl-fields">{rows}</table>\n'
                     f'<div class="cl-note-text">{inner}</div>\n'
                     f'<p class="cl-note-foot">Read by 3 users &middot; Attachments (0) &middot; Version 1</p>\n'
                     "</div>\n<hr>\n")
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        "<title>Caseline - Case record export - 204517 (FICTIONAL)</title>\n"
        '<style type="text/css">body{font-family:Arial,sans-serif;font-size:10pt} .cl-fields th{text-align:left;'
        "width:140px;background:#e8eef4} .cl-note-text{border:1px solid #ccc;padding:6px;margin:6px 0}"
        " .cl-note-foot{color:#666;font-size:8pt}</style>\n</head>\n<body>\n"
        '<div class="cl-header"><h1>Caseline &ndash; Case record export</h1>\n'
        f"<p><strong>{FICT}.</strong> {INVENTED}</p>\n"
        '<table class="cl-fields"><tr><th scope="row">Person ID</th><td>204517</td></tr>'
        '<tr><th scope="row">Name</th><td>CSPR Jamie (review record)</td></tr>'
        '<tr><th scope="row">Organisation</th><td>Marrowby Council Children&#8217;s Services (FICTIONAL)</td></tr>'
        '<tr><th scope="row">Exported by</th><td>dhollis</td></tr>'
        '<tr><th scope="row">Export date</th><td>18/03/2025 16:20</td></tr>'
        '<tr><th scope="row">Filter</th><td>Case notes &ndash; all types &ndash; newest first (5 of 5)</td></tr>'
        "</table></div>\n<h2>Case notes</h2>\n"
        + "".join(notes)
        + '<div class="cl-footer">Page generated by Caseline 7.4.2 &middot; OFFICIAL-SENSITIVE &middot; Do not '
        "forward</div>\n</body>\n</html>\n")
    path.write_text(html, encoding="utf-8")
    result, texts = [], []
    for s in range(len(secs), 0, -1):
        for label, t in secs[s - 1]:
            result.append(entry(label, None, t))
            texts.append(t)
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: each note's text split at its <br>s; a line "3.2" + four no-break spaces opens a paragraph
    # (one line each); stamps and headings are lines of their own
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    got, stamps = [], 0
    for div in root.xpath('//div[@class="cl-note-text"]'):
        for br in div.iter("br"):
            br.tail = "\n" + (br.tail or "")
        for ln in div.text_content().split("\n"):
            ln = ln.strip("\n")
            if m := re.fullmatch(r"(\d\.\d)\u00a0{4}(.+)", ln):
                got.append([m.group(1), m.group(2)])
            elif re.fullmatch(r"\[\d\d/\d\d/2025 \d\d:\d\d\] Priya Venn(?: \(appended\))?:", ln):
                stamps += 1
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)] or stamps != 7:
        raise AssertionError(f"casenote.html: read back {[g[0] for g in got]}, {stamps} stamps")
    if result[0]["label"] != "5.1" or result[-1]["label"] != "1.2":
        raise AssertionError("casenote.html: order")
    return {
        "note": ("A child safeguarding practice review PASTED INTO A CASE-MANAGEMENT SYSTEM'S CASE NOTES, one note per "
                 "section, and exported to HTML (Caseline 'Case record export', XHTML 1.0, numeric character "
                 "references): a record header table (Person ID 204517, export date, filter 'newest first'); "
                 "then every note: a FORM TABLE of <th> labels ('Case note' | '118519', 'Recorded by', 'Date / time' "
                 "| '12/03/2025 09:12', 'Note type', 'Subject' '... section 3 of 5', 'Status'), the note's text in "
                 "one <div> whose lines are parted by <br> (the system turned the pasted text's line ends into "
                 "<br>, a blank line between paragraphs): a DATE STAMP line '[12/03/2025 09:12] Priya Venn:' first, "
                 "the section heading '3. What happened', then paragraphs typed '3.2' + four &nbsp; (the pasted "
                 "tab) + the text, in two notes a second stamp '[13/03/2025 08:57] Priya Venn (appended):' between "
                 "two paragraphs; a 'Read by 3 users' line. THE NOTES ARE LISTED NEWEST FIRST, so the file holds "
                 "section 5 first and section 1 last: the key lists the paragraphs IN THE FILE'S ORDER (5.1, 5.2, "
                 "4.1 ... 1.2), each number going up within its note. Form tables, stamps, headings, note footers "
                 "and the record header are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. records.txt: a records system's fixed-width export, every 60-character segment of a paragraph its own row
# --------------------------------------------------------------------------
RC_PLAN = [[85, 75], [100, 110, 95], [120, 115, 110, 125], [105, 120, 100], [95, 90]]
RC_SEG, RC_ROWS = 60, 52
RC_COLS = "RECORD-ID       SEG TYP TEXT"
RC_RULE = "--------------- --- --- " + "-" * RC_SEG


def rc_segments(t, force_before=None):
    """A record's text cut into segments of at most 60 characters at spaces (the export wraps at words); with
    ``force_before``, a segment is made to start with that word."""
    words = t.split()
    if force_before is not None:
        i = words.index(force_before)
        words = [*words[:i], "\n", *words[i:]]
    return [" ".join(ln) for ln in wrap(words, RC_SEG, len)]


def make_records(out, pm):
    path = out / "records.txt"
    recs = [("TTL", "SAFEGUARDING ADULTS REVIEW: MRS ABELL - OVERVIEW REPORT (FICTIONAL)"),
            ("TTL", "KESSWORTH SAFEGUARDING ADULTS BOARD (FICTIONAL) - FINAL VERSION 2.1, JANUARY 2025"),
            ("NOT", f"{FICT}. {INVENTED}"),
            ("NOT", "TEXT IMPORTED FROM WORD 14/03/2025 09:41 BY PVENN - 1 OF 1 DOCUMENTS")]
    result, texts, keyed = [], [], {}
    for s, items in enumerate(RC_PLAN, 1):
        recs.append(("HDG", f"{s}. {_text.RC_TITLES[s - 1]}"))
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            force = None
            if label == _text.RC_NUMBERED_LINE[0]:
                words = t.split()
                cut = len(words) // 2
                while not words[cut - 1].endswith("."):
                    cut += 1
                t = " ".join([*words[:cut], _text.RC_NUMBERED_LINE[1], *words[cut:]])
                force = "2.5"
            recs.append(("PAR", (f"{label} {t}", force)))
            keyed[len(recs) - 1] = label
            texts.append(t)
            result.append(entry(label, None, t))
    recs.append(("NOT", f"END OF DOCUMENT - {len(recs) + 1} RECORDS"))
    rows = []
    for n, (typ, val) in enumerate(recs, 1):
        rid = f"SR25004-{n:06d}"
        segs = rc_segments(*val) if typ == "PAR" else rc_segments(val)
        rows += [f"{rid:<15} {k:03d} {typ:<3} {sg}" for k, sg in enumerate(segs, 1)]
    pages, cur = [], []
    for r in rows:
        if len(cur) == RC_ROWS:
            pages.append(cur)
            cur = []
        cur.append(r)
    pages.append(cur)
    out_lines = []
    for pg, rs in enumerate(pages, 1):
        head = [f"{'KESSWORTH COUNCIL - ICARE RECORDS EXPORT (FICTIONAL)':<70}PAGE {pg:>4}",
                "RUN DATE 17/03/2025 14:22   USER DHOLLIS   REPORT DOCTXT01   DOC SAR-2025-004",
                "", RC_COLS, RC_RULE]
        if pg > 1:
            head[0] = "\f" + head[0]
        out_lines += head + rs + [""]
    data = ("\r\n".join(out_lines) + "\r\n").encode("cp1252")
    path.write_bytes(data)
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back: rows grouped by record id; a PAR record's segments joined with spaces are "3.2 " and its text; page
    # headers may fall between two segments of one record
    got, by, order, split, numbered_seg = [], {}, [], 0, 0
    last_pg_of = {}
    for pg, page in enumerate(data.decode("cp1252").split("\f"), 1):
        for ln in page.split("\r\n"):
            if m := re.fullmatch(r"(SR25004-\d{6}) +(\d{3}) (\w{3}) (.+)", ln):
                rid = m.group(1)
                if rid not in by:
                    by[rid] = (m.group(3), [])
                    order.append(rid)
                elif last_pg_of[rid] != pg:
                    split += 1
                last_pg_of[rid] = pg
                by[rid][1].append(m.group(4))
                if m.group(2) != "001" and m.group(3) == "PAR" and re.match(r"\d+\.\d", m.group(4)):
                    numbered_seg += 1
    for rid in order:
        typ, segs = by[rid]
        if typ == "PAR":
            label, rest = " ".join(segs).split(" ", 1)
            got.append([label, rest])
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"records.txt: read back {[g[0] for g in got]}")
    if split < 2 or numbered_seg != 1 or any(len(ln) > 100 for ln in out_lines):
        raise AssertionError(f"records.txt: {split} records over a page, {numbered_seg} numbered segments")
    return {
        "note": ("A safeguarding adults review held in a council's RECORDS SYSTEM and exported as a FIXED-WIDTH TEXT "
                 "REPORT (Windows-1252, CRLF): a page header of five lines ('KESSWORTH COUNCIL - ICARE RECORDS "
                 "EXPORT ... PAGE    2', a run-date line, the column heads 'RECORD-ID SEG TYP TEXT' and a rule), "
                 "a form feed before every page after the first, 52 rows a page; EVERY ROW BEGINS WITH ITS RECORD "
                 "ID ('SR25004-000014'), A SEGMENT NUMBER ('001') AND A TYPE ('TTL' title, 'NOT' system note, 'HDG' "
                 "heading '3. WHAT HAPPENED', 'PAR' paragraph), then at most 60 characters of the record's text: a "
                 "paragraph is one PAR record, its text cut at spaces into segments on rows of their own, the first "
                 "opening with the paragraph's number ('3.2 The ...'); page headers fall between two segments of "
                 "one record (" + str(split) + " times); in paragraph " + _text.RC_NUMBERED_LINE[0] + " a "
                 "segment after the first BEGINS WITH A NUMBER ('2.5 miles separated her flat ...'), part of the "
                 "paragraph. A paragraph's text is its record's segments joined by spaces, without the row "
                 "prefixes, the number taken off. Titles, system notes, headings, page headers and column heads are "
                 "no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "emailed.pdf": make_emailed, "sitenav.pdf": make_sitenav, "boardpack.docx": make_boardpack,
        "casenote.html": make_casenote, "records.txt": make_records})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind52-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
