"""Blind fixture generator 31: five FICTIONAL review documents, in layouts no earlier round used.

FICTIONAL – for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
lxml, python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key with
pdfplumber/lxml/python-docx, never with the project's parser.

hcpaper.pdf     a public inquiry's report laid out as a House of Commons paper for printing on both sides of the
                sheet: a cover, a "Presented to Parliament pursuant to section 26 of the Inquiries Act 2005" title
                page ("HC 1187"), an imprint page (Crown copyright, licence, an enquiries address whose lines begin
                "2 Tallow Court", "ISBN 978-...", a print code "E03367744 07/25", "Printed on paper containing 40%
                ..."), a contents page; every chapter OPENS ON A RIGHT-HAND (odd) PAGE, so a chapter that ends on a
                right-hand page is followed by a verso that says only "This page is intentionally left blank"; the
                opener pages carry "Chapter", a huge chapter number and the title, the text starting low on the page;
                running heads MIRRORED (verso: the inquiry's name at the left; recto: the chapter's title at the
                right), folios in the outer corners numbered from 1 on the first chapter's opener (physical page 7),
                margins mirrored too; bold "2.3" numbers hanging at the text's left; paragraphs over page breaks
letter.pdf      a published LETTER with numbered paragraphs (a national review panel's response to a safeguarding
                adults board's review): a letterhead whose address lines are right-aligned ("4th Floor, Fennowick
                House", "27 Quarry Row"), references and the date on the right, the addressee's address at the left
                margin in the body's size ("12 Tannery Lane", "CM4 2QT"), "Dear Ms Carter,", a bold subject line;
                bare numbers "1." to "14." hanging at the margin, one paragraph a lead-in with three dash items; pages
                after the first have a continuation line "Ms J Carter, Corrimoor SAB – 14 March 2025" and "Page 2 of
                3"; after the last paragraph "Yours sincerely," a drawn signature, the name and title, a "cc:" list
                hanging like the numbers and an "Enc." line; an address footer on every page beginning "27 Quarry Row"
quoted.pdf      a safeguarding adults review whose EXECUTIVE SUMMARY is numbered in lower-case ROMAN numerals
                ("i." to "vii.", hanging), its body then "1.1" under "1. Introduction" headings, and which QUOTES
                NUMBERED PARAGRAPHS of other documents inside its own paragraphs: an indented block of a policy's
                "4.12" and "4.13" and one of an earlier review's findings "7.3" and "7.4", in a smaller size with
                their numbers hanging at the quotation's indent exactly as the review's own numbers hang at the
                margin, each quotation followed by an unnumbered carry-on of the quoting paragraph; running head and
                centred page numbers; paragraphs over page breaks
altchunk.docx   a domestic homicide review exported from a web case-review system as .docx by a templating library:
                the title page, the "N. Title" headings and section 1 (typed "1.1<tab>" numbers from the template,
                one paragraph holding a page break) are Word paragraphs, but the text of sections 2 to 5 is FOUR
                ALTCHUNK HTML PARTS (<w:altChunk r:id="..."/> in the body, relationship type aFChunk, word/
                afchunkN.htm, text/html) that Word imports when it opens the file: the system's rich-text editor's
                HTML, "<p><strong>2.1</strong>&nbsp;&nbsp;..." paragraphs (some numbers not bold), a table of
                contributing agencies before 3.1, a lead-in with a <ul> and a carry-on <p> in 3.2; a footer with a
                PAGE field
details.html    a partnership's page (LocalGov Drupal-like: header, navigation, breadcrumb, footer) whose review is in
                native <details>/<summary> ACCORDIONS, one per section, the <summary> holding an <h2> "3. What
                happened" (only the first section open), an "Open all sections" button and an "On this page" list;
                typed paragraph numbers ("<p><strong>3.2</strong> ..." or plain "3.2 "); the text was pasted from the
                PDF and carries SOFT HYPHENS inside long words (U+00AD characters and "&shy;" entities); a nested
                <details> "Timeline of key events" (a table) at the head of section 3; a lead-in, a <ul> and a
                carry-on <p> in 2.2; a closed "Glossary" <details> (a <dl>) after the last section

Judgement calls (what a practitioner citing the report would expect):
- the label is the printed paragraph number without a trailing stop ("7." is 7, "iv." is iv); words are the words a
  reader sees (no soft hyphens: "safeguarding", never "safe" + "guarding");
- headings, chapter openers, "This page is intentionally left blank", running heads, folios, cover, title and imprint
  pages, contents, a letter's letterhead, references, date, address, salutation, subject line, closing, signature,
  cc list and enclosure line, tables before a section's first paragraph, navigation and the glossary are no
  paragraph's text; a quotation of another document's numbered paragraphs inside a paragraph, and the unnumbered text
  after it, are that paragraph's text (the quoted numbers are no labels); items and a carry-on after a lead-in are its
  paragraph's text;
- pages: physical and 1-based for PDF (hcpaper.pdf's printed folios are 6 less). DOCX pages are counted from explicit
  breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the paragraph's start (each page holds at most
  about 480 words). HTML: null.
"""
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

    _text = _load("blind31_text", "text.py")
    _b28 = _load("blind28_make", "..", "blind28", "make.py")
else:
    from ..blind28 import make as _b28
    from . import text as _text

ParaMaker, contains_seq, norm = _text.ParaMaker, _text.contains_seq, _text.norm
# round 28's helpers: measuring, wrapping, the key's entries and checks, escaping, a zip with fixed dates, a canvas with
# fixed metadata, the Type 1 faces, the Word namespaces
sw, wrap, entry, check_lengths, check_count = _b28.sw, _b28.wrap, _b28.entry, _b28.check_lengths, _b28.check_count
hesc, xesc, zip_parts, new_canvas = _b28.hesc, _b28.xesc, _b28.zip_parts, _b28.new_canvas
A, AB, AI, TR, TB, TI = _b28.A, _b28.AB, _b28.AI, _b28.TR, _b28.TB, _b28.TI
W_NS, R_NS, XML_HEAD, PKG_REL, DOC_REL, CT_WML = (_b28.W_NS, _b28.R_NS, _b28.XML_HEAD, _b28.PKG_REL, _b28.DOC_REL,
                                                  _b28.CT_WML)

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A4 = (595.28, 841.89)


class Pager:
    """Rows (gap, lead, draw(canvas, baseline, page)) poured down pages; a page can be started by hand (a chapter on a
    right-hand page), with its own top, and carries the pager's ``state`` (the running chapter) when it is made."""

    def __init__(self, top, bottom):
        self.top, self.bottom = top, bottom
        self.pages = []
        self.state = {}
        self.cur = top

    def new_page(self, kind="body", top=None):
        self.pages.append({"kind": kind, "rows": [], **self.state})
        self.cur = self.top if top is None else top
        return len(self.pages)

    def place(self, rows, keep=2):
        """Place the rows, the first ``keep`` together; [(page, baseline)] for each."""
        if self.cur - sum(g + lead for g, lead, _d in rows[:keep]) < self.bottom:
            self.new_page()
        out = []
        for gap, lead, draw in rows:
            if self.cur - gap - lead < self.bottom:
                self.new_page()
                gap = 0.0
            self.cur -= gap + lead
            self.pages[-1]["rows"].append((draw, self.cur))
            out.append((len(self.pages), self.cur))
        return out


def read_pages(path, keep):
    """Each page's words (lower-case, \\w+) from the characters ``keep`` accepts, in pdfplumber's reading order."""
    import pdfplumber
    from pdfplumber.utils import extract_text
    with pdfplumber.open(path) as pl:
        return [norm(extract_text([c for c in page.chars if keep(c)], x_tolerance=3) or "") for page in pl.pages]


def page_texts(path):
    import pdfplumber
    with pdfplumber.open(path) as pl:
        return [page.extract_text() or "" for page in pl.pages]


def check_paged(name, pw, result, texts, n_pages, crossing_range=(1, 6)):
    """Every paragraph's words in one piece; its label and first words on its page; some paragraphs cross pages."""
    lo_p, hi_p = n_pages
    if not lo_p <= len(pw) <= hi_p:
        raise AssertionError(f"{name}: {len(pw)} pages")
    allw = [w for p in pw for w in p]
    crossing = 0
    for d, t in zip(result, texts, strict=True):
        if not contains_seq(allw, norm(t)):
            raise AssertionError(f"{name}: text of {d['label']} not read back in one piece")
        if not contains_seq(pw[d["page"] - 1], norm(d["label"] + " " + d["starts_with"])):
            raise AssertionError(f"{name}: label and starts_with of {d['label']} on page {d['page']}")
        crossing += not contains_seq(pw[d["page"] - 1], norm(d["ends_with"]))
    lo, hi = crossing_range
    if not lo <= crossing <= hi:
        raise AssertionError(f"{name}: {crossing} paragraphs across a page break")


def lines_of(t, width, font, size):
    return [" ".join(ln) for ln in wrap(t.split(), width, lambda s: sw(s, font, size))]


# --------------------------------------------------------------------------
# 1. hcpaper.pdf: a House of Commons paper: chapters open on right-hand pages, blank versos, mirrored heads
# --------------------------------------------------------------------------
HC_TITLE = "The Ashgrove House Inquiry"
HC_CHAPTERS = [
    ("Introduction", [95, 110, 100, 125]),
    ("Ashgrove House and its residents", [120, 105, 95]),
    ("What the inquiry found", [125, 135, 110, 120, 115, 105]),
    ("Oversight by the council and the regulator", [115, 100, 110]),
    ("Conclusions and recommendations", [110, 95, 100, 85]),
]
HC_FRONT = ["cover", "blank", "title", "imprint", "contents", "blank"]
HC_BLANK = "This page is intentionally left blank"
HC_TEAL = (0.0, 0.37, 0.42)
HC_IMPRINT = [
    "\u00a9 Crown copyright 2025",
    "This publication is licensed under the terms of the Open Government Licence v3.0 except where",
    "otherwise stated. To view this licence, visit nationalarchives.gov.uk/doc/open-government-licence/version/3.",
    "Where we have identified any third-party copyright information you will need to obtain permission from",
    "the copyright holders concerned.",
    "",
    "This publication is available at www.gov.uk/official-documents.",
    "Any enquiries regarding this publication should be sent to us at:",
    "The Ashgrove House Inquiry (FICTIONAL)",
    "2 Tallow Court",
    "Kilvardine KV3 9PL",
    "",
    "ISBN 978-1-5286-0000-0 (FICTIONAL)",
    "E03367744 07/25",
    "",
    "Printed on paper containing 40% recycled fibre content minimum",
    "Printed in the UK by the Kilvardine Press (FICTIONAL) on behalf of the Controller of the Stationery Office",
]


def make_hcpaper(out, pm):
    path = out / "hcpaper.pdf"
    FS, LEAD, GAP, HANG = 10.5, 14.2, 7.0, 33.0
    TOP, BOTTOM, OPEN_TOP = 768.0, 84.0, 520.0
    W, H = A4

    def margins(p):
        """(left, right) of the text block: the wider margin is the inner one (left on a recto, an odd page)."""
        return (85.0, 540.0) if p % 2 else (55.0, 510.0)

    width = 540.0 - 85.0 - HANG
    pg = Pager(TOP, BOTTOM)
    for kind in HC_FRONT:
        pg.new_page(kind)
    result, texts, openers = [], [], []
    for c_no, (title, items) in enumerate(HC_CHAPTERS, 1):
        if len(pg.pages) % 2:  # the last page is a right-hand page: its back is left blank
            pg.state = {}
            pg.new_page("blank")
        pg.state = {"chapter": (c_no, title)}
        openers.append(pg.new_page("opener", top=OPEN_TOP))
        for p_no, n_words in enumerate(items, 1):
            label = f"{c_no}.{p_no}"
            t = pm.make(n_words, "adult")
            texts.append(t)
            rows = []
            for li, ln in enumerate(lines_of(t, width, A, FS)):
                def draw(c, y, p, ln=ln, num=label if li == 0 else None):
                    left, _right = margins(p)
                    if num:
                        c.setFont(AB, FS)
                        c.drawString(left, y, num)
                    c.setFont(A, FS)
                    c.drawString(left + HANG, y, ln)
                rows.append((GAP if li == 0 and p_no > 1 else 0.0, LEAD, draw))
            placed = pg.place(rows, keep=2)
            result.append(entry(label, placed[0][0], t))
    if len(pg.pages) % 2:
        pg.state = {}
        pg.new_page("blank")
    n_front = len(HC_FRONT)
    c = new_canvas(path, {"Title": HC_TITLE + " \u2013 Report (FICTIONAL)", "Author": "The Ashgrove House Inquiry",
                          "Creator": "Adobe InDesign 19.4 (Macintosh)", "Producer": "Adobe PDF Library 17.0"})

    def centred(font, size, y, s):
        c.setFont(font, size)
        c.drawString((W - sw(s, font, size)) / 2, y, s)

    for i, page in enumerate(pg.pages, 1):
        kind = page["kind"]
        left, right = margins(i)
        if kind == "cover":
            c.setFillColorRGB(*HC_TEAL)
            c.rect(0, 0, W, H, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont(AB, 14)
            c.drawString(left, 780, "HC 1187")
            c.setFont(AB, 32)
            c.drawString(left, 600, HC_TITLE)
            c.setFont(A, 20)
            c.drawString(left, 566, "Report")
            c.setFont(A, 13)
            c.drawString(left, 530, "Chair: Dame Miriam Okafor DBE")
            c.drawString(left, 512, "July 2025")
            c.setFont(AI, 10)
            c.drawString(left, 90, FICT + ". " + INVENTED)
            c.setFillColorRGB(0, 0, 0)
        elif kind == "blank":
            c.setFont(AI, 10)
            c.drawString((W - sw(HC_BLANK, AI, 10)) / 2, H / 2, HC_BLANK)
        elif kind == "title":
            centred(AB, 24, 700, HC_TITLE)
            centred(A, 16, 672, "Report")
            centred(A, 11, 640, "Chair: Dame Miriam Okafor DBE")
            centred(A, 11, 560, "Presented to Parliament pursuant to section 26 of the Inquiries Act 2005")
            centred(A, 11, 530, "Ordered by the House of Commons to be printed on 9 July 2025")
            centred(AB, 14, 490, "HC 1187")
            centred(AI, 9, 120, FICT + ". " + INVENTED)
        elif kind == "imprint":
            y = 330.0
            for ln in HC_IMPRINT:
                if ln:
                    c.setFont(A, 9)
                    c.drawString(left, y, ln)
                y -= 12.5 if ln else 8.0
        elif kind == "contents":
            c.setFont(AB, 20)
            c.drawString(left, 740, "Contents")
            y = 690.0
            for c_no, (title, _items) in enumerate(HC_CHAPTERS, 1):
                c.setFont(AB, 11)
                c.drawString(left, y, f"Chapter {c_no}")
                c.setFont(A, 11)
                c.drawString(left + 70, y, title)
                folio = str(openers[c_no - 1] - n_front)
                c.drawString(right - sw(folio, A, 11), y, folio)
                y -= 24
        else:
            c_no, title = page["chapter"]
            if kind == "opener":
                c.setFillColorRGB(*HC_TEAL)
                c.setFont(A, 14)
                c.drawString(left, 760, "Chapter")
                c.setFont(AB, 64)
                c.drawString(left, 690, str(c_no))
                c.setFillColorRGB(0, 0, 0)
                c.setFont(AB, 22)
                c.drawString(left, 640, title)
                c.setStrokeColorRGB(*HC_TEAL)
                c.setLineWidth(1.5)
                c.line(left, 620, right, 620)
            else:
                c.setFont(A, 8.5)
                if i % 2:
                    s = f"Chapter {c_no}: {title}"
                    c.drawString(right - sw(s, A, 8.5), 800, s)
                else:
                    c.drawString(left, 800, HC_TITLE + " (FICTIONAL)")
                c.setLineWidth(0.4)
                c.line(left, 794, right, 794)
            folio = str(i - n_front)
            c.setFont(A, 9)
            c.drawString(right - sw(folio, A, 9) if i % 2 else left, 48, folio)
            for draw, y in page["rows"]:
                draw(c, y, i)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pw = read_pages(path, lambda ch: abs(ch["size"] - FS) < 0.01)
    check_paged(path.name, pw, result, texts, (12, 24))
    # every chapter opens on a right-hand page; at least one blank verso stands between two chapters; blank pages hold
    # only their notice; the front matter has lines beginning with numbers
    full = page_texts(path)
    blanks = [i for i, p in enumerate(pg.pages, 1) if p["kind"] == "blank"]
    if any(o % 2 == 0 for o in openers) or not any(openers[0] < b < openers[-1] for b in blanks):
        raise AssertionError(f"hcpaper.pdf: openers {openers}, blanks {blanks}")
    if any(full[b - 1].strip() != HC_BLANK for b in blanks):
        raise AssertionError("hcpaper.pdf: a blank page")
    if not all(re.search(rf"(?m)^{re.escape(s)}", full[3]) for s in ("2 Tallow Court", "E03367744", "ISBN")):
        raise AssertionError("hcpaper.pdf: imprint")
    if not any(d["page"] == b - 1 for d in result for b in blanks if openers[0] < b < openers[-1]):
        raise AssertionError("hcpaper.pdf: no chapter ends just before a blank page")
    return {
        "note": ("A public inquiry's report laid out as a House of Commons paper (HC 1187) for printing on both sides "
                 "of the sheet. Pages 1-6 are front matter: a teal cover, its blank back ('This page is intentionally "
                 "left blank'), the title page ('Presented to Parliament pursuant to section 26 of the Inquiries Act "
                 "2005', 'Ordered by the House of Commons to be printed on 9 July 2025', 'HC 1187'), the imprint page "
                 "(Crown copyright, the licence, an enquiries address with lines beginning '2 Tallow Court' and "
                 "'Kilvardine KV3 9PL', 'ISBN ...', the print code 'E03367744 07/25', 'Printed on paper containing "
                 "40% ...'), contents (chapters and printed page numbers) and a blank verso. Every chapter opens on "
                 "a right-hand (odd) page with 'Chapter', a huge teal chapter number and the title, the text starting "
                 "low on the page; when a chapter ends on a right-hand page, the next page holds only 'This page is "
                 "intentionally left blank'. Running heads are mirrored (left-hand pages: the inquiry's name at the "
                 "left; right-hand pages: 'Chapter 3: What the inquiry found' at the right), folios sit in the outer "
                 "corners and are numbered from 1 on the first chapter's opener, and the margins are mirrored (the "
                 "wider margin inside). Bold numbers '2.3' hang at the text block's left. None of the front matter, "
                 "openers, blank-page notices, heads or folios is a paragraph's text. Some paragraphs run over a page "
                 "break. Pages are physical, 1-based (the printed folio is the page minus 6)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. letter.pdf: a published letter with numbered paragraphs, its letterhead, address, closing and cc list
# --------------------------------------------------------------------------
LT_OPEN = ("Thank you for your letter of 3 February 2025 and for sending the Panel the final overview report of the "
           "safeguarding adults review concerning Mr P, together with the board\u2019s draft action plan. The Panel "
           "considered both at its meeting on 27 February 2025. I am writing, as the Panel\u2019s chair, to set out "
           "its view of the report before the board publishes it, as the board\u2019s publication protocol asks.")
LT_CLOSE = ("I would be grateful if you could share this letter with the members of the board and with Mr P\u2019s "
            "sister, who met the reviewer twice and whose account shaped much of the report. The Panel is content "
            "for this letter to be published alongside the report. Please contact the Panel\u2019s secretariat if "
            "it would help to talk through any of these points before the board meets in April.")
LT_BULLETS = ["who will own each recommendation, by name of post rather than by agency;",
              "how the board will know, a year from now, that practice with people who decline care has changed;",
              "what Mr P\u2019s sister has been told about the action plan, and by whom."]
LT_PLAN = [("OPEN", 0), ("PLAIN", 85), ("PLAIN", 95), ("PLAIN", 80), ("PLAIN", 100), ("BULLETS", 60),
           ("PLAIN", 90), ("PLAIN", 105), ("PLAIN", 85), ("PLAIN", 95), ("PLAIN", 75), ("PLAIN", 90), ("PLAIN", 80),
           ("CLOSE", 0)]
LT_HEAD = ["4th Floor, Fennowick House", "27 Quarry Row", "Drisdale DR1 4AX", "", "Tel: 0300 000 0147",
           "reviews@nrpas.example"]
LT_TO = ["Ms Jane Carter", "Independent Chair", "Corrimoor Safeguarding Adults Board", "12 Tannery Lane", "Corrimoor",
         "CM4 2QT"]
LT_REFS = ["Our ref: NRPAS/2025/0147", "Your ref: CSAB/SAR/P", "14 March 2025"]
LT_SUBJECT = "Safeguarding Adults Review: Mr P \u2013 the Panel\u2019s comments on the final report"
LT_CC = ["Director of Adult Social Services, Corrimoor Council", "Chief Officer, Corrimoor Integrated Care Board",
         "Detective Superintendent, Corrimoor District Police"]
LT_ORG = "National Review Panel for Adult Safeguarding"


def make_letter(out, pm):
    path = out / "letter.pdf"
    FS, LEAD, GAP = 11.0, 15.0, 8.0
    NX, TX, R = 72.0, 100.0, 523.0
    BX = TX + 16.0
    TOP, BOTTOM, FIRST_TOP = 772.0, 96.0, 552.0
    pg = Pager(TOP, BOTTOM)
    pg.new_page("first", top=FIRST_TOP)

    def text_row(x, s, font=A, num=None, num_font=A):
        def draw(c, y, _p):
            if num:
                c.setFont(num_font, FS)
                c.drawString(NX, y, num)
            c.setFont(font, FS)
            c.drawString(x, y, s)
        return draw

    result, texts = [], []
    for k, (kind, n_words) in enumerate(LT_PLAN, 1):
        label = str(k)
        rows = []
        if kind == "OPEN":
            t = LT_OPEN
        elif kind == "CLOSE":
            t = LT_CLOSE
        else:
            t = pm.make(n_words, "adult")
        if kind == "BULLETS":
            t = t.rstrip(".") + ". The Panel would like the board to say, in its published response:"
        for li, ln in enumerate(lines_of(t, R - TX, A, FS)):
            rows.append((GAP if li == 0 and k > 1 else 0.0, LEAD, text_row(TX, ln, num=f"{k}." if li == 0 else None)))
        if kind == "BULLETS":
            for b in LT_BULLETS:
                for li, ln in enumerate(lines_of(b, R - BX, A, FS)):
                    def draw(c, y, _p, ln=ln, first=li == 0):
                        c.setFont(A, FS)
                        if first:
                            c.drawString(TX + 2, y, "\u2013")
                        c.drawString(BX, y, ln)
                    rows.append((4.0 if li == 0 else 0.0, LEAD, draw))
            t = " ".join([t, *LT_BULLETS])
        texts.append(t)
        placed = pg.place(rows, keep=2)
        result.append(entry(label, placed[0][0], t))

    def signature(c, y, _p):
        p = c.beginPath()
        p.moveTo(NX + 2, y + 4)
        p.curveTo(NX + 20, y + 30, NX + 30, y - 6, NX + 48, y + 14)
        p.curveTo(NX + 60, y + 26, NX + 70, y, NX + 96, y + 10)
        c.setLineWidth(1.1)
        c.drawPath(p, stroke=1, fill=0)

    closing = [(14.0, LEAD, text_row(NX, "Yours sincerely,")), (0.0, 38.0, signature),
               (0.0, LEAD, text_row(NX, "Dr Samuel Ilori", font=AB)),
               (0.0, LEAD, text_row(NX, "Chair, " + LT_ORG + " (FICTIONAL)"))]
    closing.append((14.0, LEAD, text_row(TX, LT_CC[0], num="cc:")))
    closing += [(0.0, LEAD, text_row(TX, s)) for s in LT_CC[1:]]
    enc = "The Panel\u2019s detailed comments on the report (two pages)"
    closing.append((8.0, LEAD, text_row(TX, enc, num="Enc.")))
    pg.place(closing, keep=len(closing))
    n = len(pg.pages)
    c = new_canvas(path, {"Title": "Letter to the Independent Chair, Corrimoor SAB (FICTIONAL)",
                          "Author": "NRPAS Secretariat", "Creator": "Microsoft\u00ae Word for Microsoft 365",
                          "Producer": "Microsoft\u00ae Word for Microsoft 365"})
    for i, page in enumerate(pg.pages, 1):
        if i == 1:
            c.setFillColorRGB(0.12, 0.25, 0.45)
            c.rect(NX, 742, 44, 44, stroke=0, fill=1)
            c.setFillColorRGB(0.12, 0.25, 0.45)
            c.setFont(AB, 10)
            s = LT_ORG + " (FICTIONAL)"
            c.drawString(R - sw(s, AB, 10), 790, s)
            c.setFillColorRGB(0, 0, 0)
            y = 776.0
            for s in LT_HEAD:
                if s:
                    c.setFont(A, 9)
                    c.drawString(R - sw(s, A, 9), y, s)
                y -= 11.5 if s else 6.0
            y = 690.0
            for s in LT_TO:
                c.setFont(A, FS)
                c.drawString(NX, y, s)
                y -= LEAD
            y = 690.0
            for s in LT_REFS:
                c.setFont(A, 10)
                c.drawString(R - sw(s, A, 10), y, s)
                y -= 14.0
            c.setFont(A, FS)
            c.drawString(NX, 586, "Dear Ms Carter,")
            c.setFont(AB, FS)
            c.drawString(NX, 564, LT_SUBJECT)
        else:
            c.setFont(A, 9)
            c.drawString(NX, 806, "Ms J Carter, Corrimoor SAB \u2013 14 March 2025")
            s = f"Page {i} of {n}"
            c.drawString(R - sw(s, A, 9), 806, s)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.setFont(A, 7.5)
        s = "27 Quarry Row, Drisdale DR1 4AX  \u00b7  0300 000 0147  \u00b7  www.nrpas.example"
        c.drawString((A4[0] - sw(s, A, 7.5)) / 2, 52, s)
        s = LT_ORG + " is not a real body (" + FICT + "). " + INVENTED
        c.drawString((A4[0] - sw(s, A, 7.5)) / 2, 42, s)
        c.setFillColorRGB(0, 0, 0)
        for draw, y in page["rows"]:
            draw(c, y, i)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pw = read_pages(path, lambda ch: abs(ch["size"] - FS) < 0.01)
    check_paged(path.name, pw, result, texts, (3, 4))
    first = page_texts(path)[0]
    if not re.search(r"(?m)^12 Tannery Lane$", first) or "Dear Ms Carter," not in first:
        raise AssertionError("letter.pdf: the address")
    last = page_texts(path)[-1]
    if not re.search(r"(?m)^cc: Director", last) or "Yours sincerely," not in last:
        raise AssertionError("letter.pdf: the closing")
    return {
        "note": ("A letter published with a review: a national review panel's chair writes to a safeguarding adults "
                 "board's independent chair about its final report. Page 1 has a letterhead (a blue logo square, the "
                 "panel's name in bold and its address right-aligned, lines '4th Floor, Fennowick House', '27 Quarry "
                 "Row', 'Drisdale DR1 4AX', telephone and e-mail), the addressee's address at the left margin in the "
                 "body's own size (one line '12 Tannery Lane', then 'Corrimoor' and 'CM4 2QT'), references and the "
                 "date at the right, 'Dear Ms Carter,' and a bold subject line. The paragraphs are numbered '1.' to "
                 "'14.', the bare numbers hanging at the margin; 6 is a lead-in with three items marked by en "
                 "dashes, all its text. "
                 "Later pages have a continuation line 'Ms J Carter, Corrimoor SAB - 14 March 2025' with 'Page 2 of "
                 "3'. After 14: 'Yours sincerely,', a drawn signature, the name in bold and the title, a 'cc:' list "
                 "whose label hangs at the margin like the numbers, and an 'Enc.' line the same way. Every page has a "
                 "grey two-line footer ('27 Quarry Row, Drisdale ...'). Letterhead, address, references, date, "
                 "salutation, subject, continuation lines, closing, signature, cc and enclosure lines and footers are "
                 "no paragraph's text. Some paragraphs run over a page break. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. quoted.pdf: a roman-numbered executive summary, and other documents' numbered paragraphs quoted inside paragraphs
# --------------------------------------------------------------------------
QT_SUMMARY = [60, 70, 65, 75, 60, 70, 55]
QT_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii"]
QT_PLAN = [
    ("Introduction", [90, 100]),
    ("The self-neglect policy and its use", [110, ("POLICY", 80), 100]),
    ("Contact with agencies", [120, 115, 105]),
    ("Learning from an earlier review", [("EARLIER", 85), 110]),
    ("Conclusions", [90, 80]),
]
QT_QUOTES = {
    "POLICY": ("The board\u2019s self-neglect policy (FICTIONAL, 2021) sets out what should happen when an adult "
               "declines help, at paragraphs 4.12 and 4.13:",
               [("4.12", "Where an adult who appears to be neglecting their own care declines a service, the "
                         "practitioner should record the conversation in the adult\u2019s own words, explain how to "
                         "come back for help, and agree a date on which to try again."),
                ("4.13", "If the adult declines a second time, the practitioner should discuss the case with a "
                         "manager within five working days and consider whether a multi-agency risk meeting is "
                         "needed, even where the adult is judged to have capacity.")]),
    "EARLIER": ("The board\u2019s review of the death of Mr J in 2021 (FICTIONAL) made two findings that could have "
                "been written about Mrs W:",
                [("7.3", "Each agency saw a small part of Mr J\u2019s decline and none of them put those parts "
                         "together, because no meeting was ever called at which that could happen."),
                 ("7.4", "Mr J\u2019s refusals were recorded as choices and were not explored; staff told the review "
                         "that they did not feel able to go back once he had said no.")]),
}
QT_TITLE = "Safeguarding Adults Review: Mrs W"


def make_quoted(out, pm):
    path = out / "quoted.pdf"
    FS, LEAD, GAP = 11.0, 14.6, 7.0
    QS, QLEAD = 10.0, 13.0
    NX, TX, R = 72.0, 106.0, 523.0
    QNX, QTX, QR = TX + 22.0, TX + 54.0, R - 22.0
    TOP, BOTTOM, FIRST_TOP = 770.0, 80.0, 640.0
    pg = Pager(TOP, BOTTOM)
    pg.new_page(top=FIRST_TOP)

    def heading(s, size):
        def draw(c, y, _p):
            c.setFont(TB, size)
            c.drawString(NX, y, s)
        return (16.0, size + 6.0, draw)

    def line(x, s, size, num=None, nx=NX):
        def draw(c, y, _p):
            if num:
                c.setFont(TB, size)
                c.drawString(nx, y, num)
            c.setFont(TR, size)
            c.drawString(x, y, s)
        return draw

    def para_rows(label, t, first_gap):
        shown = f"{label}." if label in QT_ROMAN else label
        return [(first_gap if li == 0 else 0.0, LEAD, line(TX, ln, FS, shown if li == 0 else None))
                for li, ln in enumerate(lines_of(t, R - TX, TR, FS))]

    result, texts, quoted_at = [], [], {}
    rows = [heading("Executive summary", 14.0)]
    for k, (roman, n_words) in enumerate(zip(QT_ROMAN, QT_SUMMARY, strict=True)):
        t = pm.make(n_words, "adult")
        texts.append(t)
        placed = pg.place(rows + para_rows(roman, t, 0.0 if k == 0 else GAP), keep=len(rows) + 2)[len(rows):]
        rows = []
        result.append(entry(roman, placed[0][0], t))
    pg.new_page()
    for s_no, (title, items) in enumerate(QT_PLAN, 1):
        rows = [heading(f"{s_no}. {title}", 13.0)]
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "adult")
            prow = para_rows(label, t, 0.0 if p_no == 1 else GAP)
            if kind in QT_QUOTES:
                lead_in, quotes = QT_QUOTES[kind]
                k0 = t.index(". ", len(t) // 3) + 1  # the quotation comes after a sentence a third of the way in
                before, after = t[:k0] + " " + lead_in, t[k0 + 1:]
                prow = para_rows(label, before, 0.0 if p_no == 1 else GAP)
                for q_no, q_text in quotes:
                    for li, ln in enumerate(lines_of(q_text, QR - QTX, TR, QS)):
                        prow.append((5.0 if li == 0 else 0.0, QLEAD,
                                     line(QTX, ln, QS, q_no if li == 0 else None, nx=QNX)))
                for li, ln in enumerate(lines_of(after, R - TX, TR, FS)):
                    prow.append((6.0 if li == 0 else 0.0, LEAD, line(TX, ln, FS)))
                t = " ".join([before, *(f"{q} {s}" for q, s in quotes), after])
            texts.append(t)
            placed = pg.place(rows + prow, keep=len(rows) + 2)[len(rows):]
            rows = []
            result.append(entry(label, placed[0][0], t))
            if kind in QT_QUOTES:
                quoted_at[label] = sorted({p for p, _y in placed})
    c = new_canvas(path, {"Title": QT_TITLE + " (FICTIONAL)", "Author": "Tollivant Safeguarding Adults Board",
                          "Creator": "Microsoft\u00ae Word 2016", "Producer": "Microsoft\u00ae Word 2016"})
    for i, page in enumerate(pg.pages, 1):
        c.setFont(TR, 8.5)
        c.drawString(NX, 806, "SAR Mrs W \u2013 overview report \u2013 FICTIONAL")
        s = str(i)
        c.setFont(TR, 9)
        c.drawString((A4[0] - sw(s, TR, 9)) / 2, 44, s)
        if i == 1:
            c.setFont(TB, 20)
            c.drawString(NX, 740, QT_TITLE)
            c.setFont(TR, 12)
            c.drawString(NX, 716, "Tollivant Safeguarding Adults Board (FICTIONAL) \u2013 overview report, May 2025")
            c.setFont(TI, 10)
            c.drawString(NX, 698, FICT + ". " + INVENTED)
            c.setLineWidth(0.5)
            c.line(NX, 684, R, 684)
        for draw, y in page["rows"]:
            draw(c, y, i)
        c.showPage()
    c.save()
    check_lengths(path.name, texts)
    check_count(path.name, result)
    pw = read_pages(path, lambda ch: min(abs(ch["size"] - FS), abs(ch["size"] - QS)) < 0.01)
    check_paged(path.name, pw, result, texts, (4, 9))
    full = page_texts(path)
    if len(quoted_at) != 2 or not all(re.search(rf"(?m)^{q} ", "\n".join(full)) for q in ("4.12", "7.4")):
        raise AssertionError(f"quoted.pdf: the quotations {quoted_at}")
    if not re.search(r"(?m)^vii\. ", full[0]) or not any(re.search(r"(?m)^1\.1 ", p) for p in full):
        raise AssertionError("quoted.pdf: numbers")
    return {
        "note": ("A safeguarding adults review in Times, one column. Page 1: title, board, date and the fictional "
                 "notice, then an 'Executive summary' whose paragraphs are numbered in lower-case roman numerals, "
                 "'i.' to 'vii.', bold and hanging at the margin (labels 'i' to 'vii'). The body starts on a new page: "
                 "'1. Introduction' style headings (no paragraphs) and bold hanging numbers '1.1'. Paragraphs 2.2 and "
                 "4.1 each QUOTE NUMBERED PARAGRAPHS of another document after a lead-in: 2.2 a policy's '4.12' and "
                 "'4.13', 4.1 an earlier review's findings '7.3' and '7.4', set as an indented block in 10 pt with "
                 "their numbers hanging at the block's own indent, in bold like the review's own; after the block the "
                 "quoting paragraph carries on unnumbered at the text's indent. The quoted numbers are no labels and "
                 "the quotations and the carry-on are the quoting paragraph's text (its ends_with is the carry-on's "
                 "end). The running head 'SAR Mrs W - overview report - FICTIONAL' and centred page numbers are no "
                 "paragraph's text. Some paragraphs run over a page break. Pages are physical, 1-based."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. altchunk.docx: a case-review system's export: section 1 in Word, sections 2-5 as altChunk HTML parts
# --------------------------------------------------------------------------
AC_SECTIONS = [
    ("Introduction", "WORD", [90, ("BREAK", 150), 85]),
    ("Background", "CHUNK", [100, 110, ("PLAIN_NUM", 95)]),
    ("Contact with agencies", "CHUNK", [120, ("LIST", 95), 110]),
    ("Analysis", "CHUNK", [115, ("PLAIN_NUM", 105), 110]),
    ("Conclusions and recommendations", "CHUNK", [95, 85]),
]
AC_LIST = ["the call to the police non-emergency number in March, which was closed as a neighbour dispute;",
           "the midwife\u2019s routine enquiry in June, when Leanne said that she felt watched at home;",
           "the housing officer\u2019s visit in September about rent arrears that Leanne had not known about."]
AC_AGENCIES = [("Skarrow District Police", "Individual management review"),
               ("Quillby Primary Care Network", "Chronology and report"),
               ("Skarrow Women\u2019s Aid", "Chronology"),
               ("Skarrow Homes", "Chronology and interview")]
AC_TITLE = "Domestic Homicide Review: Leanne"
AC_CHUNK_CSS = ("body{font-family:Arial,sans-serif;font-size:11pt} p{margin:0 0 8pt 0;text-align:justify} "
                "table{border-collapse:collapse;margin:0 0 10pt 0} td,th{border:1px solid #999;padding:2pt 5pt}")


def make_altchunk(out, pm):
    path = out / "altchunk.docx"

    def r(text, rpr=""):
        return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r>'

    def p(runs, ppr=""):
        return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"

    brk = '<w:r><w:br w:type="page"/></w:r>'
    num_ppr = '<w:pStyle w:val="BodyNumbered"/><w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs>'
    body, chunks, result, texts = [], {}, [], []
    page, words = 1, {1: 0}
    body.append(p(r(AC_TITLE), '<w:pStyle w:val="Title"/>'))
    body.append(p(r("Overview report"), '<w:pStyle w:val="Subtitle"/>'))
    body.append(p(r("Skarrow Community Safety Partnership (FICTIONAL)")))
    body.append(p(r(FICT + ". " + INVENTED, "<w:i/>")))
    body.append(p(r("Report generated by CaseReview Online 5.2 (FICTIONAL) on 03/04/2025 at 14:22 from review "
                    "record DHR-2023-014.", '<w:color w:val="808080"/><w:sz w:val="18"/>')))
    for s_no, (title, how, items) in enumerate(AC_SECTIONS, 1):
        page += 1
        words[page] = 0
        body.append(p(brk + r(f"{s_no}. {title}"), '<w:pStyle w:val="Heading1"/>'))
        html = []
        if s_no == 3:
            html.append("<table><caption>Agencies that contributed to the review</caption><tr><th>Agency</th>"
                        "<th>Contribution</th></tr>"
                        + "".join(f"<tr><td>{hesc(a)}</td><td>{hesc(b)}</td></tr>" for a, b in AC_AGENCIES)
                        + "</table>")
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "dhr")
            start_page = page
            if how == "WORD":
                if kind == "BREAK":
                    ws = t.split(" ")
                    cut = len(ws) * 3 // 5
                    body.append(p(r(label) + "<w:r><w:tab/></w:r>" + r(" ".join(ws[:cut]) + " ") + brk
                                  + r(" ".join(ws[cut:])), num_ppr))
                    words[page] += cut
                    page += 1
                    words[page] = len(ws) - cut
                else:
                    body.append(p(r(label) + "<w:r><w:tab/></w:r>" + r(t), num_ppr))
                    words[page] += len(t.split())
            else:
                if kind == "LIST":
                    a = t.rstrip(".") + ". Three contacts stand out:"
                    b = pm.make(45, "dhr")
                    html.append(f"<p><strong>{label}</strong>&nbsp;&nbsp;{hesc(a)}</p>")
                    html.append("<ul>" + "".join(f"<li>{hesc(x)}</li>" for x in AC_LIST) + "</ul>")
                    html.append(f"<p>{hesc(b)}</p>")
                    t = " ".join([a, *AC_LIST, b])
                elif kind == "PLAIN_NUM":
                    html.append(f"<p>{label}&nbsp;&nbsp;{hesc(t)}</p>")
                else:
                    html.append(f"<p><strong>{label}</strong>&nbsp;&nbsp;{hesc(t)}</p>")
                words[page] += len(t.split())
            texts.append(t)
            result.append(entry(label, start_page, t))
        if how == "CHUNK":
            rid = f"rIdChunk{s_no}"
            chunks[rid] = (f"afchunk{s_no}.htm",
                           '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
                           f"<title>DHR-2023-014 section {s_no}</title><style>{AC_CHUNK_CSS}</style></head>"
                           f'<body><div class="crv-richtext" data-field="section_{s_no}_body">\n'
                           + "\n".join(html) + "\n</div></body></html>\n")
            body.append(f'<w:altChunk r:id="{rid}"/>')
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="709" w:footer="709" '
            'w:gutter="0"/></w:sectPr>')
    ns = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
    doc = f'{XML_HEAD}<w:document {ns}><w:body>{"".join(body)}{sect}</w:body></w:document>'
    foot = "DHR Leanne \u2013 overview report \u2013 FICTIONAL \u2013 page "
    footer = (f'{XML_HEAD}<w:ftr {ns}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
              + r(foot)
              + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE '
              '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')
    styles = (f'{XML_HEAD}<w:styles {ns}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" '
              'w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
              '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '<w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
              '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr>'
              '</w:style><w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
              '<w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="595959"/><w:sz w:val="32"/></w:rPr>'
              '</w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
              '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
              '<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/>'
              '<w:color w:val="1F3864"/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" '
              'w:customStyle="1" w:styleId="BodyNumbered"><w:name w:val="Body Numbered"/><w:basedOn w:val="Normal"/>'
              '<w:qFormat/><w:pPr><w:ind w:left="709" w:hanging="709"/><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:sz w:val="16"/></w:rPr></w:style></w:styles>')
    settings = (f'{XML_HEAD}<w:settings {ns}><w:defaultTabStop w:val="720"/><w:characterSpacingControl '
                'w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>')
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Default Extension="htm" ContentType="text/html"/>'
          f'<Override PartName="/word/document.xml" ContentType="{CT_WML}document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{CT_WML}styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{CT_WML}settings+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{CT_WML}footer+xml"/>'
          '<Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" '
            'Target="word/document.xml"/><Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId1" Type="{DOC_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rIdFooter1" Type="{DOC_REL}/footer" Target="footer1.xml"/>'
                + "".join(f'<Relationship Id="{rid}" Type="{DOC_REL}/aFChunk" Target="{name}"/>'
                          for rid, (name, _h) in chunks.items())
                + "</Relationships>")
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>DHR Leanne overview report (FICTIONAL)'
            '</dc:title><dc:creator>CaseReview Online (FICTIONAL)</dc:creator><dcterms:created '
            'xsi:type="dcterms:W3CDTF">2025-04-03T14:22:00Z</dcterms:created></cp:coreProperties>')
    parts = {"[Content_Types].xml": ct, "_rels/.rels": rels, "docProps/core.xml": core, "word/document.xml": doc,
             "word/_rels/document.xml.rels": doc_rels, "word/styles.xml": styles, "word/settings.xml": settings,
             "word/footer1.xml": footer}
    parts.update({f"word/{name}": h for name, h in chunks.values()})
    zip_parts(path, parts, (2025, 4, 3, 14, 22, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result)
    if max(words.values()) > 480:
        raise AssertionError(f"altchunk.docx: words per page {words}")
    got = read_altchunk(path)
    want = [[d["label"], d["page"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"altchunk.docx: read back {[(g[0], g[1], g[2][:25]) for g in got]}")
    return {
        "note": ("A domestic homicide review exported as .docx from a web case-review system by a templating library "
                 "(a grey 'Report generated by CaseReview Online 5.2 ... on 03/04/2025 at 14:22' line on the title "
                 "page). The title page, the headings ('2. Background', Heading 1 with the number typed, each after a "
                 "page break) and section 1 are ordinary Word paragraphs: 1.1-1.3 typed '1.1', a tab, the text, in a "
                 "'Body Numbered' style with a hanging indent; 1.2 holds a page break in mid-paragraph. The text of "
                 "sections 2-5 is NOT in document.xml: each is an <w:altChunk r:id=\"rIdChunkN\"/> after its heading, "
                 "pointing (relationship type .../aFChunk) at an HTML part word/afchunkN.htm (content type text/html) "
                 "that Word converts and inserts when it opens the file. In the chunks each paragraph is a <p> "
                 "'<strong>2.1</strong>&nbsp;&nbsp;text' (2.3 and 4.2 without <strong>); section 3's chunk opens "
                 "with a table of contributing agencies (no paragraph's text) and 3.2 is a lead-in <p>, a <ul> of "
                 "three items and an unnumbered <p>, all its text. Title, subtitle, partnership, fictional notice, "
                 "generated-by line, headings and the footer ('... page' and a PAGE field) are no paragraphs. "
                 "page = 1 + the page breaks before the paragraph's start (none inside the chunks)."),
        "paragraphs": result,
    }


def read_altchunk(path):
    """Read as Word shows it: body paragraphs and, in their places, the chunks' HTML blocks. A typed "2.1" starts a
    paragraph; a heading style ends one; other text (items, a carry-on) carries it on; tables are skipped."""
    import docx
    from lxml import etree
    from lxml import html as lhtml
    docx.Document(str(path))  # python-docx opens it
    W = f"{{{W_NS}}}"
    z = zipfile.ZipFile(path)
    rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    target = {el.get("Id"): el.get("Target") for el in rels}
    kinds = {el.get("Id"): el.get("Type").rsplit("/", 1)[1] for el in rels}
    root = etree.fromstring(z.read("word/document.xml"))
    got, cur, page = [], None, 1

    def text_block(s, pg):
        nonlocal cur
        m = re.match(r"(\d+\.\d+)\s+(.*)$", s)
        if m:
            cur = [m.group(1), pg, m.group(2)]
            got.append(cur)
        elif s and cur is not None:
            cur[2] += " " + s

    for el in root.find(W + "body"):
        if el.tag == W + "p":
            start = page
            page += len(el.findall(f".//{W}br[@{W}type='page']"))
            s = " ".join("".join(t.text if t.tag == W + "t" else " " for t in el.iter(W + "t", W + "tab")).split())
            if el.find(f"{W}pPr/{W}pStyle") is not None and el.find(f"{W}pPr/{W}pStyle").get(W + "val") != \
                    "BodyNumbered":
                cur = None
                continue
            text_block(s, start)
        elif el.tag == W + "altChunk":
            rid = el.get(f"{{{R_NS}}}id")
            if kinds[rid] != "aFChunk":
                raise AssertionError("altchunk.docx: relationship type")
            doc = lhtml.fromstring(z.read("word/" + target[rid]))
            for block in doc.xpath("//body//p | //body//li"):
                text_block(" ".join(block.text_content().replace("\xa0", " ").split()), page)
    return got


# --------------------------------------------------------------------------
# 5. details.html: native <details>/<summary> accordions; soft hyphens in words pasted from the PDF
# --------------------------------------------------------------------------
DT_PLAN = [
    ("Introduction", [80, 95]),
    ("Jamie and his family", [105, ("LIST", 100), 90]),
    ("What happened", [120, 115, 110]),
    ("Analysis", [110, 105, 100, 95]),
    ("Recommendations", [85, 80]),
]
DT_LIST = ["the school\u2019s attendance officer, who knew that Jamie was often late and hungry;",
           "the health visitor for his baby sister, who had been to the flat twice;",
           "the housing association, which had a record of complaints about noise late at night."]
DT_TIMELINE = [("September 2022", "Jamie starts at Ormsgill Primary School"),
               ("February 2023", "First referral to children\u2019s social care"),
               ("June 2023", "Family moves to a flat in Pennerby"),
               ("November 2023", "Jamie is admitted to hospital")]
DT_GLOSSARY = [("CSPR", "Child safeguarding practice review"), ("MASH", "Multi-agency safeguarding hub"),
               ("GP", "General practitioner")]
DT_TITLE = "Child Safeguarding Practice Review: Jamie"


def soften(t, k):
    """``t`` with soft hyphens inside its long words, as text pasted from the hyphenated PDF keeps them: in the
    middle of every word of 10 letters or more; the character itself (odd k) or the entity (even k)."""
    shy = "&shy;" if k % 2 == 0 else "\u00ad"

    parts = re.split(r"([A-Za-z]{10,})", t)
    return "".join(p[:len(p) // 2] + shy + p[len(p) // 2:] if k_ % 2 else hesc(p) for k_, p in enumerate(parts))


def make_details(out, pm):
    path = out / "details.html"
    result, texts, sections, nav = [], [], [], []
    k_para, n_soft = 0, 0
    for s_no, (title, items) in enumerate(DT_PLAN, 1):
        inner = []
        if s_no == 3:
            inner.append('<details class="timeline"><summary>Timeline of key events</summary>\n<table>'
                         "<thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>"
                         + "".join(f"<tr><td>{hesc(a)}</td><td>{hesc(b)}</td></tr>" for a, b in DT_TIMELINE)
                         + "</tbody></table>\n</details>")
        for p_no, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{s_no}.{p_no}"
            t = pm.make(n_words, "child")
            k_para += 1
            soft = k_para % 3 != 0
            body = soften(t, k_para) if soft else hesc(t)
            n_soft += body.count("&shy;") + body.count("\u00ad")
            num = f"<strong>{label}</strong>" if k_para % 2 else label
            if kind == "LIST":
                a = t.rstrip(".") + ". Three services each held part of the picture:"
                b = pm.make(40, "child")
                inner.append(f"<p>{num} {soften(a, k_para) if soft else hesc(a)}</p>")
                inner.append("<ul>\n" + "".join(f"<li>{hesc(x)}</li>\n" for x in DT_LIST) + "</ul>")
                inner.append(f"<p>{hesc(b)}</p>")
                t = " ".join([a, *DT_LIST, b])
            else:
                inner.append(f"<p>{num} {body}</p>")
            texts.append(t)
            result.append(entry(label, None, t))
        sid = f"section-{s_no}"
        nav.append(f'<li><a href="#{sid}">{s_no}. {hesc(title)}</a></li>')
        sections.append(f'<details class="lgd-accordion__pane" id="{sid}"{" open" if s_no == 1 else ""}>\n'
                        f'<summary class="lgd-accordion__summary"><h2 class="lgd-accordion__title">{s_no}. '
                        f'{hesc(title)}</h2></summary>\n<div class="lgd-accordion__content">\n'
                        + "\n".join(inner) + "\n</div>\n</details>")
    glossary = ('<details class="lgd-accordion__pane" id="glossary">\n<summary class="lgd-accordion__summary"><h2 '
                'class="lgd-accordion__title">Glossary</h2></summary>\n<div class="lgd-accordion__content"><dl>'
                + "".join(f"<dt>{a}</dt><dd>{hesc(b)}</dd>" for a, b in DT_GLOSSARY) + "</dl></div>\n</details>")
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{hesc(DT_TITLE)} (FICTIONAL) | Stowick Safeguarding Children Partnership</title>
<link rel="stylesheet" href="/themes/contrib/localgov_base/css/base.css">
</head>
<body class="path-node page-node-type-localgov-services-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="lgd-header"><a class="lgd-header__logo" href="/">Stowick Safeguarding Children Partnership
(FICTIONAL)</a>
<nav class="lgd-header__nav" aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/reviews">Practice
reviews</a></li><li><a href="/training">Training</a></li><li><a href="/report-a-concern">Report a concern</a></li></ul>
</nav></header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/reviews">Practice
reviews</a></li><li>Jamie</li></ol></nav>
<main id="main-content" class="lgd-main">
<article class="localgov-services-page">
<h1 class="lgd-page-title">{hesc(DT_TITLE)}</h1>
<p class="lgd-summary"><em>{hesc(FICT)}. {INVENTED}</em> Published 16 June 2025. The full report is below, one
section at a time; select a heading to open it.</p>
<nav class="lgd-page-contents" aria-label="On this page"><h2>On this page</h2><ol>{"".join(nav)}</ol></nav>
<div class="localgov-accordion" data-localgov-accordion>
<button class="localgov-accordion__toggle-all" type="button" hidden>Open all sections</button>
{chr(10).join(sections)}
{glossary}
</div>
<p class="lgd-updated">Page last updated: 16 June 2025</p>
</article>
</main>
<footer class="lgd-footer"><p>&copy; Stowick Safeguarding Children Partnership 2025 (FICTIONAL)</p>
<p>If you are worried about a child, call the children\u2019s front door on 0300 000 0000.</p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back as a browser shows the opened sections: the <p>s and <li>s in each section's content (not the nested
    # timeline), soft hyphens invisible; "3.2" starts a paragraph, other text carries it on
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    got, cur = [], None
    for sec in root.xpath('//details[@class="lgd-accordion__pane"][starts-with(@id, "section-")]'):
        cur = None
        for el in sec.xpath('./div/p | ./div/ul/li'):
            s = " ".join(el.text_content().replace("\u00ad", "").split())
            m = re.match(r"(\d+\.\d+) (.*)$", s)
            if m:
                cur = [m.group(1), m.group(2)]
                got.append(cur)
            elif cur is not None:
                cur[1] += " " + s
    want = [[d["label"], " ".join(t.split())] for d, t in zip(result, texts, strict=True)]
    if got != want:
        raise AssertionError(f"details.html: read back {[g[0] for g in got]}")
    if n_soft < 12 or "&shy;" not in page or "\u00ad" not in page:
        raise AssertionError(f"details.html: {n_soft} soft hyphens")
    return {
        "note": ("A safeguarding children partnership's page (LocalGov Drupal-like: header, navigation, breadcrumb, "
                 "an 'On this page' list of the sections, footer) holding a practice review in native HTML "
                 "ACCORDIONS: each section is a <details> whose <summary> holds an <h2> with a typed section number "
                 "('3. What happened'); only the first is open (a reader opens the others); an 'Open all sections' "
                 "button. Paragraphs are <p>s with typed numbers, '<strong>3.2</strong> ...' or plain '3.2 ...'. "
                 "The text was pasted from the report's hyphenated PDF and keeps SOFT HYPHENS inside long words "
                 "(U+00AD characters in some paragraphs, '&shy;' entities in others), which a browser does not show: "
                 "the key's words have none. Section 3 opens with a nested <details> 'Timeline of key events' (a "
                 "table) before 3.1; 2.2 is a lead-in, a <ul> of three items and an unnumbered <p>, all its text; "
                 "a closed 'Glossary' <details> (a <dl>) follows section 5. Summaries, the page furniture, the "
                 "timeline and the glossary are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _b28.register_fonts()
    pm = ParaMaker()
    exp = {}
    exp["hcpaper.pdf"] = make_hcpaper(out, pm)
    exp["letter.pdf"] = make_letter(out, pm)
    exp["quoted.pdf"] = make_quoted(out, pm)
    exp["altchunk.docx"] = make_altchunk(out, pm)
    exp["details.html"] = make_details(out, pm)
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
        with tempfile.TemporaryDirectory(prefix="blind31-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
