"""Blind fixture generator 39: five FICTIONAL review documents as they are met after travelling between agencies:
three PDFs combined into one pack, a review copied out of its PDF into Word, the same pasted into a council's web
editor, a case-management system's pdftotext extract, and a web page pasted into Word.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial and Times New Roman metric Type 1 faces),
pypdf, lxml, python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key with
pdfplumber/pypdf/lxml/python-docx, never with the project's parser.

merged.pdf      a safeguarding adults board's publication pack made by COMBINING THREE PDFs into one file (Acrobat's
                "Combine Files": one bookmark per file, named by its file name; Producer Acrobat): page 1 the
                independent chair's COVERING LETTER to a director (Arial, letterhead, unnumbered paragraphs, one of
                them naming "paragraphs 4.2 and 4.3" in mid-line, no folio); pages 2-5 the OVERVIEW REPORT as Word
                exported it (Times, bold "3.2" numbers hanging, numbered bold headings, italic running head from
                its second page, its own "Page 1 of 4" to "Page 4 of 4", so the folio is the physical page less 1;
                paragraphs over page breaks, the last page holding one carried-over line); page 6 the ACTION PLAN, a
                LANDSCAPE page (MediaBox 841.89 x 595.28) whose ruled table numbers its rows 1-4 in a "No." column
                and cites "Report para." 4.2, 4.3, 4.4, 5.2, under its own "Action plan v4 \u2013 Page 1 of 1"; each
                part keeps its own resources (the letter's /F1 is Arial, the report's /F1 Times)
pasted.docx     a child safeguarding practice review COPIED OUT OF ITS PDF (Acrobat Reader: Select All, Copy) and
                PASTED INTO WORD as text by a school's safeguarding lead: EVERY PRINTED LINE A WORD PARAGRAPH of its
                own (Normal, Calibri), "3.2 The ..." on a paragraph's first line, headings and title lines as lines;
                the PDF's RUNNING HEAD (top of every page after the first) and "Page N of 4" (foot of every page)
                left in as lines, in mid-paragraph where a paragraph ran over a page; the PDF was set with
                hyphenation, so words broken at a line's end stay broken ("proto-" / "col"), also among a
                paragraph's first eight or last six words; section 1's three paragraphs were joined by hand into
                one Word paragraph each (hyphens taken out) before the practitioner gave up; her red italic note
                first; no page breaks
cmspaste.html   a domestic homicide review's executive summary PASTED FROM ITS PDF INTO A COUNCIL CMS's editor
                (Jadu-like page: header, search, breadcrumb, related links, footer): each section's heading an <h2>,
                the section's text ONE <p> whose paragraphs are parted by "<br />\\n<br />" and whose PRINTED LINES
                are kept as SINGLE "<br />" (line-end hyphens too: "...-<br />word"); numbers made bold by hand,
                "<strong>2.3</strong>&nbsp;The ..."; at each PDF page end the copied folio ("Page 2 of 4") and the
                next page's running head are lines of the <p> like any other: in mid-paragraph where a paragraph
                ran over, at a paragraph's end where one ended a page
extracted.txt   a safeguarding adults review as a case-management system holds its text extract, made from the PDF
                by "pdftotext" (poppler) in its DEFAULT READING-ORDER MODE, not -layout: UTF-8, LF, a FORM FEED
                after every page; blocks parted by blank lines; each hanging paragraph number a block of its own,
                ALONE ON A LINE ("3.2"), a blank line, then the paragraph's lines as the PDF broke them
                (hard-wrapped, line-end hyphens kept); headings ("3. Key episodes") as blocks, the title block on
                page 1, the running head at the top of every later page, "Page N of M" at each page's end; a
                paragraph that ran over a page goes on after the folio, the form feed and the running head
webpaste.docx   a safeguarding adults partnership's review WEB PAGE SELECTED IN THE BROWSER (from the breadcrumb to
                "Share this page") AND PASTED INTO WORD with Keep Source Formatting: paragraphs in NORMAL (WEB)
                (before/afterAutospacing, white shading, the site's Arial and colour as direct run formatting), each
                opening with a BOLD typed number and the page's NO-BREAK SPACE ("2.3", "\u00a0The ..."); <h1>/<h2>
                as Heading 1/Heading 2 ("3. What happened"); links as w:hyperlink with external relationships (the
                breadcrumb, one inside 2.2, the feedback links); the page's "On this page" <ol> of section links
                made a WORD NUMBERED LIST ("%1.", items 1-5); inside 3.2 a lead-in, three Word bullets (Symbol) from
                the page's <ul> and an unnumbered Normal (Web) carry-on; "Page last updated", "Was this page
                helpful? Yes No" pasted with it; no page breaks

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2";
- in a merged pack the paragraphs are the review's: a covering letter's paragraphs (unnumbered, one citing "4.2" in
  mid-line), an action plan's numbered rows (1-4, cited as recommendations, not paragraphs) and its "Report para."
  column are no paragraphs;
- text copied out of a PDF is read as the PDF printed it: a paragraph's text is its printed lines joined, a
  hyphen at a line's end taken out ("proto-" / "col" is "protocol"; the key's words are the joined ones); the PDF's
  running heads, "Page N of M" folios and title lines carried along as lines (Word paragraphs, <br /> lines, text
  blocks) are no paragraph's text, also in the middle of a paragraph, which runs on after them;
- a number alone on its line (pdftotext) labels the block after it;
- lists that a paste made Word lists: a contents list's items ("1." to "5.") are no paragraphs; bullets and an
  unnumbered carry-on after a numbered paragraph are its text; breadcrumbs, notices, feedback and share lines,
  headings, letterheads, title blocks and site furniture are no paragraph's text;
- pages: physical and 1-based for PDF (the merged file's page, whatever the part's own folio says). The two DOCX
  files have no page breaks and stand for no printed pages of their own (the "Page N of M" lines in pasted.docx
  are the PDF's): null. Plain text: page = 1 + the form feeds before the paragraph's number. HTML: null.
"""
import io
import itertools
import json
import os
import pathlib
import re
import sys
import tempfile

if __package__ in (None, ""):
    import importlib.util

    def _load(name, *rel):
        spec = importlib.util.spec_from_file_location(name, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                         *rel))
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod

    _text = _load("blind39_text", "text.py")
    _b36 = _load("blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from . import text as _text

ParaMaker, contains_seq, first_sentence, norm = _text.ParaMaker, _text.contains_seq, _text.first_sentence, _text.norm
# round 36's helpers (and through it rounds 34, 32, 30, 28 and 27's): measuring, wrapping, the key's entries and
# checks, escaping, a zip with fixed dates, a canvas with fixed metadata, the row flow, the Type 1 faces, reading pages
# back, Word runs and paragraphs
sw, wrap, entry, check_lengths, check_count = _b36.sw, _b36.wrap, _b36.entry, _b36.check_lengths, _b36.check_count
hesc, xesc, zip_parts, new_canvas, Flow = _b36.hesc, _b36.xesc, _b36.zip_parts, _b36.new_canvas, _b36.Flow
check_paged, register_fonts = _b36.check_paged, _b36.register_fonts
A, AB, TR, TB, TI = _b36.A, _b36.AB, _b36.TR, _b36.TB, _b36.TI
AI = "Arial-ItalicMT"
W_NS, XML_HEAD, PKG_REL, DOC_REL, CT_WML, R_NS = _b36.W_NS, _b36.XML_HEAD, _b36.PKG_REL, _b36.DOC_REL, _b36.CT_WML, \
    _b36.R_NS
WP_NS, wr, wp, styles_xml = _b36.WP_NS, _b36.wr, _b36.wp, _b36.styles_xml

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A4 = (595.28, 841.89)
A4L = (841.89, 595.28)
NBSP = "\u00a0"


def first_words(t, n=8):
    return " ".join(t.split()[:n])


def last_words(t, n=6):
    return " ".join(t.split()[-n:])


# --------------------------------------------------------------------------
# lines as a typesetter with hyphenation broke them in the PDF that travelled (pasted.docx, cmspaste.html,
# extracted.txt): a word that does not fit is broken before a consonant that a vowel follows, "safe-" / "guarding"
# --------------------------------------------------------------------------
def hyph_split(word, room, measure):
    if len(word) < 8 or not word.isalpha():
        return None
    v = set("aeiouyAEIOUY")
    for k in range(len(word) - 3, 2, -1):
        # before a consonant that a vowel follows ("meet-ings" no, "mee-tings", "appoint-ment", "proto-col")
        if word[k] not in v and word[k + 1] in v and measure(word[:k] + "-") <= room \
                and any(ch in v for ch in word[:k]) and word[k - 1:k + 1] not in ("sh", "ch", "th", "ph", "wh", "ck"):
            return word[:k] + "-", word[k:]
    return None


def wrap_hyph(words, width, measure):
    """Lines (strings) of ``words`` broken greedily, a long word hyphenated when its head fits the line's end."""
    assert not any(w.endswith("-") for w in words)
    lines, cur = [], ""
    queue = list(words)
    while queue:
        w = queue.pop(0)
        trial = w if not cur else cur + " " + w
        if measure(trial) <= width:
            cur = trial
            continue
        sp = hyph_split(w, width - measure(cur + " "), measure) if cur else None
        if sp:
            lines.append(cur + " " + sp[0])
            cur = ""
            queue.insert(0, sp[1])
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def join_lines(lines):
    """A paragraph's text from its printed lines: a line ending in a hyphen runs into the next without it."""
    out = ""
    for ln in lines:
        if not out:
            out = ln
        elif out.endswith("-"):
            out = out[:-1] + ln
        else:
            out += " " + ln
    return out


def lay_out(pm, plan, kind, font, size, width, rows_per_page, title_rows):
    """A review laid out as its PDF printed it: pages of records ("title", s) / ("heading", s) / ("line", label,
    first, s); a heading takes two rows and keeps two lines after it, a paragraph a gap row (not at the top) and
    keeps two lines together. Returns (pages, texts, labels, lines by label)."""
    measure = lambda s: sw(s, font, size)  # noqa: E731
    pages, rows = [[("title", s) for s in title_rows]], len(title_rows) + 2
    texts, labels, by_label = [], [], {}
    for sec, title, items in plan:
        if rows + 2 + 2 + 1 > rows_per_page:
            pages.append([])
            rows = 0
        rows += 2 if rows else 1
        pages[-1].append(("heading", f"{sec}. {title}"))
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, kind)
            lines = wrap_hyph(t.split(), width, measure)
            texts.append(t)
            labels.append(label)
            by_label[label] = lines
            if rows + 1 + 2 > rows_per_page:
                pages.append([])
                rows = 0
            rows += 1 if rows else 0
            for i, ln in enumerate(lines):
                if rows >= rows_per_page:
                    pages.append([])
                    rows = 0
                pages[-1].append(("line", label, i == 0, ln))
                rows += 1
    return pages, texts, labels, by_label


def page_of_label(pages):
    return {r[1]: n for n, p in enumerate(pages, 1) for r in p if r[0] == "line" and r[2]}


def crossings(pages):
    """Labels of paragraphs whose lines are on more than one page; labels that END on the last line of a page; labels
    whose first line is among the last two of a page."""
    where = {}
    for n, p in enumerate(pages, 1):
        for r in p:
            if r[0] == "line":
                where.setdefault(r[1], set()).add(n)
    cross = [lb for lb, s in where.items() if len(s) > 1]
    ends = []
    for p in pages[:-1]:
        body = [r for r in p if r[0] == "line"]
        if body and body[-1][1] not in cross:
            ends.append(body[-1][1])
    return cross, ends


def hyphen_keys(by_label):
    """Labels whose first eight or last six words hold a word broken at a line's end."""
    out = []
    for lb, lines in by_label.items():
        t = join_lines(lines)
        broken = {ln.rsplit(" ", 1)[-1][:-1] + nxt.split(" ", 1)[0]
                  for ln, nxt in itertools.pairwise(lines) if ln.endswith("-")}
        if broken & (set(t.split()[:8]) | set(t.split()[-6:])):
            out.append(lb)
    return out


# --------------------------------------------------------------------------
# 1. merged.pdf: a covering letter, the review and an action plan, three PDFs combined into one file, each part
#    with its own fonts, page size and page numbering
# --------------------------------------------------------------------------
MG_PLAN = [
    ("1", "Introduction", [90, 80]),
    ("2", "Mrs Deverill", [105, 95]),
    ("3", "What happened", [120, 110, 130, 100]),
    ("4", "Findings", [115, 125, 105, 110]),
    ("5", "Conclusion", [95, 85]),
]
MG_TITLE = "Safeguarding Adults Review: Mrs Deverill"
MG_HEAD = "Cawdale SAB \u2013 Safeguarding Adults Review: Mrs Deverill \u2013 Overview Report \u2013 FINAL (FICTIONAL)"
MG_BOOKMARKS = ["Letter to Director ASC 12.03.25", "SAR Mrs Deverill Overview Report FINAL",
                "SAR Mrs Deverill Action Plan v4"]


def mg_letter():
    buf = io.BytesIO()
    c = new_canvas(buf, {"Title": "Letter to Director ASC", "Author": "Ruth Calloway",
                         "Creator": "Microsoft\u00ae Word for Microsoft 365",
                         "Producer": "Microsoft\u00ae Word for Microsoft 365"})
    FS, LEAD, X, R = 11.0, 14.2, 72.0, 523.0
    c.setFont(AB, 13)
    c.drawRightString(R, 790, _text.MG_BOARD)
    c.setFont(A, 9)
    for k, s in enumerate(_text.MG_ADDRESS[1:]):
        c.drawRightString(R, 776 - 11 * k, s)
    c.setStrokeColorRGB(0.2, 0.45, 0.35)
    c.setLineWidth(1.5)
    c.line(X, 735, R, 735)
    c.setFont(A, FS)
    y = 705.0
    for s in _text.MG_TO:
        c.drawString(X, y, s)
        y -= LEAD
    y -= 10
    c.drawString(X, y, _text.MG_DATE)
    c.drawRightString(R, y, _text.MG_REF)
    y -= LEAD + 10
    c.drawString(X, y, "Dear Mr Enderby,")
    y -= LEAD + 8
    c.setFont(AB, FS)
    c.drawString(X, y, _text.MG_SUBJECT)
    y -= LEAD + 8
    for para in _text.MG_LETTER:
        for ln in wrap(para.split(), R - X, lambda s: sw(s, A, FS)):
            c.setFont(A, FS)
            c.drawString(X, y, " ".join(ln))
            y -= LEAD
        y -= 8
    for s in _text.MG_SIGN:
        c.setFont(A, FS)
        c.drawString(X, y, s)
        y -= LEAD
    c.setFont(AI, 7.5)
    c.drawCentredString(297.64, 40, f"{_text.MG_BOARD} (FICTIONAL). {FICT}. {INVENTED}")
    c.showPage()
    c.save()
    return buf.getvalue()


def mg_report(pm):
    """The overview report as Word exported it: Times, bold hanging "3.2" numbers, its own "Page N of M"."""
    FS, LEAD, GAP = 11.5, 15.0, 9.0
    NX, TX, R = 72.0, 108.0, 523.0
    fl = Flow(770.0, 78.0, first_top=600.0)
    result, texts, placed = [], [], []
    measure = lambda s: sw(s, TR, FS)  # noqa: E731
    for sec, title, items in MG_PLAN:
        def head(c, y, sec=sec, title=title):
            c.setFont(TB, 12.5)
            c.drawString(NX, y, f"{sec}.")
            c.drawString(TX, y, title)
        for k, n_words in enumerate(items, 1):
            label = f"{sec}.{k}"
            t = pm.make(n_words, "adult")
            texts.append(t)
            rows = [(20.0, 17.0, head, None)] if k == 1 else []
            for i, ln in enumerate(wrap(t.split(), R - TX, measure)):
                def draw(c, y, ln=ln, num=label if i == 0 else None):
                    if num:
                        c.setFont(TB, FS)
                        c.drawString(NX, y, num)
                    c.setFont(TR, FS)
                    c.drawString(TX, y, " ".join(ln))
                rows.append((GAP if i == 0 else 0.0, LEAD, draw, label))
            spots = fl.place(rows, keep=3 if k == 1 else 2)
            placed.append((label, t, spots[1:] if k == 1 else spots))
    n_pages = len(fl.pages)
    buf = io.BytesIO()
    c = new_canvas(buf, {"Title": MG_TITLE + " \u2013 Overview Report", "Author": "Independent reviewer",
                         "Creator": "Microsoft\u00ae Word for Microsoft 365",
                         "Producer": "Microsoft\u00ae Word for Microsoft 365"})
    for n, page in enumerate(fl.pages, 1):
        if n == 1:
            c.setFont(TB, 13)
            c.drawString(NX, 780, _text.MG_BOARD)
            c.setFont(TB, 22)
            c.drawString(NX, 735, MG_TITLE)
            c.setFont(TR, 14)
            c.drawString(NX, 708, "Overview report \u2013 final, February 2025")
            c.setFont(TI, 10)
            c.drawString(NX, 680, f"{FICT}. {INVENTED}")
            c.drawString(NX, 666, "Independent reviewer: Dr Alan Moseby-Grant")
        else:
            c.setFont(TI, 9)
            c.drawString(NX, 805, MG_HEAD)
        for draw, base, _tag in page:
            draw(c, base)
        c.setFont(TR, 10)
        c.drawCentredString(297.64, 40, f"Page {n} of {n_pages}")
        c.showPage()
    c.save()
    for label, t, spots in placed:
        result.append(entry(label, spots[0][0], t))
    return buf.getvalue(), result, texts, n_pages


def mg_plan():
    """The action plan: a landscape table exported from Word, Arial, its own "Page 1 of 1"."""
    buf = io.BytesIO()
    c = new_canvas(buf, {"Title": "Action plan", "Author": "Ruth Calloway",
                         "Creator": "Microsoft\u00ae Word for Microsoft 365",
                         "Producer": "Microsoft\u00ae Word for Microsoft 365"}, size=A4L)
    FS, LEAD = 9.0, 11.5
    cols = [(40, 72), (72, 300), (300, 360), (360, 540), (540, 665), (665, 735), (735, 800)]
    heads = ["No.", "Recommendation", "Report para.", "Action", "Lead agency", "Target date", "RAG"]
    c.setFont(AB, 14)
    c.drawString(40, 545, MG_TITLE + " \u2013 Action Plan (version 4)")
    c.setFont(AI, 9)
    c.drawString(40, 528, f"{FICT}. {INVENTED}")
    y0 = 505.0
    rows = [heads, *([*r, "Amber"] for r in _text.MG_RECS)]
    c.setLineWidth(0.6)
    y = y0
    for ri, row in enumerate(rows):
        cells = [wrap(str(v).split(), x1 - x0 - 8, lambda s, b=ri == 0: sw(s, AB if b else A, FS))
                 for v, (x0, x1) in zip(row, cols, strict=True)]
        h = max(len(cl) for cl in cells) * LEAD + 8
        if ri == 0:
            c.setFillColorRGB(0.85, 0.9, 0.87)
            c.rect(cols[0][0], y - h, cols[-1][1] - cols[0][0], h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        for cl, (x0, _x1) in zip(cells, cols, strict=True):
            for li, ln in enumerate(cl):
                c.setFont(AB if ri == 0 else A, FS)
                c.drawString(x0 + 4, y - 4 - FS - li * LEAD, " ".join(ln))
        c.line(cols[0][0], y, cols[-1][1], y)
        for x0, _x1 in cols:
            c.line(x0, y, x0, y - h)
        c.line(cols[-1][1], y, cols[-1][1], y - h)
        y -= h
    c.line(cols[0][0], y, cols[-1][1], y)
    c.setFont(AI, 8.5)
    for k, ln in enumerate(wrap(_text.MG_PLAN_NOTE.split(), 760, lambda s: sw(s, AI, 8.5))):
        c.drawString(40, y - 20 - 11 * k, " ".join(ln))
    c.setFont(A, 8.5)
    c.drawRightString(800, 30, "Action plan v4 \u2013 Page 1 of 1")
    c.showPage()
    c.save()
    return buf.getvalue()


def make_merged(out, pm):
    from pypdf import PdfReader, PdfWriter
    path = out / "merged.pdf"
    letter = mg_letter()
    report, result, texts, n_report = mg_report(pm)
    plan = mg_plan()
    w = PdfWriter()
    starts = []
    for part in (letter, report, plan):
        starts.append(len(w.pages))
        w.append(PdfReader(io.BytesIO(part)))
    for title, at in zip(MG_BOOKMARKS, starts, strict=True):
        w.add_outline_item(title=title, page_number=at)
    w.add_metadata({"/Title": "SAR Mrs Deverill publication pack", "/Producer": "Adobe Acrobat Pro (64-bit) 24.1.20643",
                    "/Creator": "Adobe Acrobat Pro (64-bit) 24.1.20643", "/CreationDate": "D:20250312101500Z",
                    "/ModDate": "D:20250312101500Z", "/Subject": FICT})
    w._ID = None
    buf = io.BytesIO()
    w.write(buf)
    path.write_bytes(buf.getvalue())
    offset = starts[1]
    for d in result:
        d["page"] += offset
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: six physical pages; each part's folios start again at 1; the report's words in its body band
    import pdfplumber
    from pdfplumber.utils import extract_text
    pw, folios = [], []
    with pdfplumber.open(path) as pl:
        n_pages = len(pl.pages)
        for k, page in enumerate(pl.pages):
            folios.append(re.findall(r"Page (\d+) of (\d+)", page.extract_text() or ""))
            if starts[1] <= k < starts[2]:
                chars = [ch for ch in page.chars if 50 < ch["top"] < 790]
                pw.append(norm(extract_text(chars, x_tolerance=3) or ""))
            else:
                pw.append([])
        sizes = [(round(float(p.width)), round(float(p.height))) for p in pl.pages]
    if n_pages != 2 + n_report or sizes[-1] != (842, 595) or sizes[0] != (595, 842):
        raise AssertionError(f"merged.pdf: pages {sizes}")
    if [f[0][0] for f in folios if f] != [str(k) for k in range(1, n_report + 1)] + ["1"]:
        raise AssertionError(f"merged.pdf: folios {folios}")
    check_paged(path.name, pw, result, texts, crossing_range=(1, 4))
    r = PdfReader(path)
    if [o.title for o in r.outline] != MG_BOOKMARKS:
        raise AssertionError("merged.pdf: bookmarks")
    fonts = [sorted(str(f["/BaseFont"]) for f in p["/Resources"]["/Font"].values()) for p in r.pages]
    if "/TimesNewRomanPSMT" in fonts[0] or "/ArialMT" not in fonts[0] or "/TimesNewRomanPSMT" not in fonts[1]:
        raise AssertionError(f"merged.pdf: fonts {fonts}")
    return {
        "note": ("A safeguarding adults board's publication pack made by COMBINING THREE PDFs into one file (Acrobat's "
                 "'Combine Files': a bookmark per file, named by its file name): page 1 the independent chair's "
                 "COVERING LETTER to a director (Arial, letterhead, unnumbered paragraphs, one naming 'paragraphs 4.2 "
                 "and 4.3' in mid-line, no folio); pages 2 to " + str(1 + n_report) + " the OVERVIEW REPORT as Word "
                 "exported it (Times, bold '3.2' numbers hanging, numbered bold headings, an italic running head "
                 f"from its second page, its own 'Page 1 of {n_report}' ... folios, so that the folio is the physical "
                 "page less 1); page " + str(2 + n_report) + " the ACTION PLAN, a LANDSCAPE page (MediaBox 841.89 x "
                 "595.28) with a ruled table whose rows are numbered 1 to 4 in a 'No.' column and cite 'Report para.' "
                 "4.2, 4.3, 4.4, 5.2, under its own 'Page 1 of 1'. Each part keeps its own font resources (the "
                 "letter's /F1 is Arial, the report's /F1 Times). The paragraphs are the report's; the letter, the "
                 "action plan's rows and note, the title block, headings, running heads and folios are not. Pages are "
                 "physical: the report's 'Page 1' is page 2 of the file."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# Word packages for 2 and 5: a document, its styles, optional numbering and hyperlink relationships
# --------------------------------------------------------------------------
def docx_write(path, body, styles, title, company, when, numbering=None, links=(), app_name="Microsoft Office Word"):
    ct = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{CT_WML}document.main+xml"/>'
          + (f'<Override PartName="/word/numbering.xml" ContentType="{CT_WML}numbering+xml"/>' if numbering else "")
          + f'<Override PartName="/word/styles.xml" ContentType="{CT_WML}styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{CT_WML}settings+xml"/>'
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
                + (f'<Relationship Id="rId1" Type="{DOC_REL}/numbering" Target="numbering.xml"/>' if numbering else "")
                + "".join(f'<Relationship Id="{rid}" Type="{DOC_REL}/hyperlink" Target="{xesc(url)}" '
                          'TargetMode="External"/>' for rid, url in links)
                + "</Relationships>")
    settings = (f'{XML_HEAD}<w:settings {WP_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting '
                'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="en-GB"/></w:settings>')
    doc = (f"{XML_HEAD}<w:document {WP_NS}><w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar "
           'w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
           "</w:sectPr></w:body></w:document>")
    stamp = f"{when[0]:04d}-{when[1]:02d}-{when[2]:02d}T{when[3]:02d}:{when[4]:02d}:00Z"
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           f'</Template><TotalTime>14</TotalTime><Application>{app_name}</Application><DocSecurity>0</DocSecurity>'
           f'<Company>{xesc(company)}</Company><AppVersion>16.0000</AppVersion></Properties>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xesc(title)}</dc:title>'
            f'<dc:subject>{FICT}</dc:subject><dc:creator>{xesc(company)}</dc:creator><dcterms:created '
            f'xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created><dcterms:modified '
            f'xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>')
    parts = {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": doc,
             "word/_rels/document.xml.rels": doc_rels, "word/styles.xml": styles, "word/settings.xml": settings,
             "docProps/app.xml": app, "docProps/core.xml": core}
    if numbering:
        parts["word/numbering.xml"] = numbering
    zip_parts(path, parts, when)


# --------------------------------------------------------------------------
# 2. pasted.docx: a review copied out of its PDF (Acrobat Reader, Select All, Copy) and pasted into Word as text:
#    every printed line a Word paragraph, the PDF's running head and folios left in, hyphens at line ends
# --------------------------------------------------------------------------
PD_PLAN = [
    ("1", "Introduction", [85, 90, 80]),
    ("2", "Child R and the family", [110, 95]),
    ("3", "What happened", [125, 105, 120, 95]),
    ("4", "Analysis", [115, 130, 100]),
    ("5", "Conclusions", [90, 85]),
]
PD_TITLE = ["Wenmoor Safeguarding Children Partnership", "Child Safeguarding Practice Review", "Child R",
            "Published February 2025"]
PD_TIDIED = 3  # the practitioner joined the lines of section 1's paragraphs by hand, then gave up


def make_pasted(out, pm):
    path = out / "pasted.docx"
    # the PDF's text column: Arial 10.5 on a 417 pt measure (hanging numbers), 44 rows a page
    pages, texts, labels, by_label = lay_out(pm, PD_PLAN, "child", A, 10.5, 417.0, 44, PD_TITLE)
    n_pages = len(pages)
    tidied = labels[:PD_TIDIED]
    paras = [wp(wr(_text.PD_NOTE, "<w:i/><w:color w:val=\"C00000\"/>")), wp("")]
    for n, page in enumerate(pages, 1):
        if n > 1:
            paras.append(wp(wr(_text.PD_HEAD)))
        for r in page:
            if r[0] in ("title", "heading"):
                paras.append(wp(wr(r[1])))
            elif r[1] in tidied:
                if r[2]:
                    paras.append(wp(wr(f"{r[1]} {join_lines(by_label[r[1]])}")))
            else:
                paras.append(wp(wr(f"{r[1]} {r[3]}" if r[2] else r[3])))
        paras.append(wp(wr(f"Page {n} of {n_pages}")))
    styles = styles_xml("Calibri", "")
    docx_write(path, "".join(paras), styles, "Document1", "Corrimoor Primary School (FICTIONAL)",
               (2025, 3, 4, 9, 12, 0))
    result = [entry(lb, None, t) for lb, t in zip(labels, texts, strict=True)]
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back with python-docx: a line that opens with a number starts a paragraph; the running head and "Page N
    # of M" lines are dropped; lines joined, a hyphen at a line's end taken out
    import docx
    got, cur, furniture = [], None, 0
    for p in docx.Document(str(path)).paragraphs:
        s = p.text
        if s == _text.PD_HEAD or re.fullmatch(r"Page \d+ of \d+", s):
            furniture += 1
            continue
        m = re.match(r"(\d\.\d+) (.*)$", s)
        if m:
            cur = [m.group(1), [m.group(2)]]
            got.append(cur)
        elif re.match(r"\d\. ", s) or not s:
            cur = None
        elif cur is not None:
            cur[1].append(s)
    got = [[lb, join_lines(lines)] for lb, lines in got]
    if got != [[lb, t] for lb, t in zip(labels, texts, strict=True)] or furniture != 2 * n_pages - 1:
        raise AssertionError(f"pasted.docx: read back {[g[0] for g in got]}")
    cross, _ends = crossings(pages)
    hy = hyphen_keys({lb: v for lb, v in by_label.items() if lb not in tidied})
    if len(cross) < 2 or not hy:
        raise AssertionError(f"pasted.docx: {cross} cross pages, {hy} hyphenated in their key words")
    return {
        "note": ("A child safeguarding practice review COPIED OUT OF ITS PDF (Acrobat Reader: Select All, Copy) and "
                 "PASTED INTO WORD as text by a school's safeguarding lead, who could not open the PDF on the school's "
                 "laptops: every printed line of the PDF is a Word paragraph of its own (Normal, Calibri), the "
                 "paragraph number typed at the start of its first line ('3.2 The ...'), headings as lines ('3. What "
                 "happened'); the PDF's title block, its RUNNING HEAD at the top of every page after the first and "
                 f"its 'Page N of {n_pages}' folio at the foot of every page are left in as lines of their own, in "
                 "the middle of the paragraphs that ran over a page (" + ", ".join(cross) + "); the PDF was set with "
                 "hyphenation, so a word broken at a line's end is in two lines, 'safe-' and 'guarding', also among "
                 "the key's first or last words (" + ", ".join(hy) + "). The paste has no page breaks. The "
                 "practitioner started to tidy it up: section 1's paragraphs (" + ", ".join(tidied) + ") are joined "
                 "into one Word paragraph each, the hyphens taken out; a red italic note of her own opens the file. "
                 "A paragraph's text is its lines joined, a line-end hyphen removed ('safeguarding'); the running "
                 "head, folios, title lines, headings and her note are no paragraph's text. Pages: null (the file "
                 "has no page breaks; the 'Page N of M' lines are the PDF's)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. cmspaste.html: a DHR executive summary pasted from its PDF into a council CMS's editor: one <p> per section,
#    paragraphs parted by <br /><br />, the PDF's lines by <br />, numbers made bold, the folios left in
# --------------------------------------------------------------------------
CP_PLAN = [
    ("1", "Introduction", [80, 85]),
    ("2", "Joanna and her family", [100, 95, 90]),
    ("3", "Summary of what happened", [115, 105, 120, 100]),
    ("4", "Key findings", [110, 95, 105]),
    ("5", "Recommendations", [85]),
]
CP_TITLE = ["Pellbridge Community Safety Partnership", "Domestic Homicide Review: Joanna", "Executive Summary"]
CP_SITE = "https://www.pellbridge.gov.uk"


def make_cmspaste(out, pm):
    path = out / "cmspaste.html"
    pages, texts, labels, by_label = lay_out(pm, CP_PLAN, "dhr", A, 11.0, 410.0, 40, CP_TITLE)
    n_pages = len(pages)
    # the editor's line stream: the PDF's lines as copied, folio and running head where a page ended
    stream = []
    for n, page in enumerate(pages, 1):
        if n > 1:
            stream.append(("furn", _text.CP_HEAD))
        stream += [r for r in page if r[0] != "title"]
        stream.append(("furn", f"Page {n} of {n_pages}"))
    stream.pop()  # the last folio was not copied
    sections, cur = [], None
    for r in stream:
        if r[0] == "heading":
            cur = [r[1], []]
            sections.append(cur)
        elif r[0] == "furn":
            cur[1].append(("line", hesc(r[1])))
        elif r[2]:
            cur[1].append(("first", f"<strong>{r[1]}</strong>&nbsp;{hesc(r[3])}"))
        else:
            cur[1].append(("line", hesc(r[3])))
    body = []
    for title, items in sections:
        body.append(f"<h2>{hesc(title)}</h2>")
        chunks = []
        for kind, s in items:
            if kind == "first" and chunks:
                chunks.append("<br />\n<br />\n")
            elif chunks:
                chunks.append("<br />\n")
            chunks.append(s)
        body.append("<p>" + "".join(chunks) + "</p>")
    page = "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8" />',
        "<title>Domestic homicide review: Joanna | Pellbridge Borough Council (FICTIONAL)</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        f'<link rel="stylesheet" href="{CP_SITE}/site/styles/generic/base.css" />',
        f'<link rel="stylesheet" href="{CP_SITE}/site/styles/standard.css" />', "</head>",
        '<body class="layout-2col">', '<a href="#content" class="skip">Skip to main content</a>',
        '<header id="header"><a href="/" class="logo"><img src="/site/images/logo.png" alt="Pellbridge Borough Council '
        'logo" /></a><form action="/site/scripts/google_results.php" class="search"><label for="q">Search this site'
        '</label><input id="q" name="q" type="search" /><input type="submit" value="Search" /></form></header>',
        '<nav class="breadcrumb"><ul><li><a href="/">Home</a></li><li><a href="/info/20010/community_safety">Community '
        'safety</a></li><li><a href="/info/20011/domestic_abuse">Domestic abuse</a></li><li>Domestic homicide review: '
        "Joanna</li></ul></nav>",
        '<main id="content"><div class="editor">',
        "<h1>Domestic homicide review: Joanna</h1>",
        f"<p><em>{FICT}. {INVENTED}</em></p>",
        f"<p>{hesc(_text.CP_INTRO)}</p>",
        *body,
        '<h2>Documents</h2><ul class="list"><li><a href="/downloads/file/4471/dhr_joanna_overview_report">DHR Joanna '
        "overview report (PDF, 1.2MB)</a></li><li><a href=\"/downloads/file/4472/dhr_joanna_action_plan\">DHR Joanna "
        "action plan (PDF, 210KB)</a></li></ul>",
        "</div>", '<aside class="related"><h2>Related pages</h2><ul><li><a href="/info/20011/domestic_abuse/712/'
        'getting_help">Getting help</a></li><li><a href="/info/20011/domestic_abuse/713/dhrs">Domestic homicide '
        "reviews</a></li></ul></aside>", "</main>",
        '<footer id="footer"><p>&copy; Pellbridge Borough Council (FICTIONAL) 2025</p><p>Page last updated: 7 April '
        "2025</p></footer>", "</body>", "</html>", "",
    ])
    path.write_text(page, encoding="utf-8")
    result = [entry(lb, None, t) for lb, t in zip(labels, texts, strict=True)]
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back with lxml: each section's <p> split at "<br><br>", a block that opens with <strong> a paragraph; the
    # folio and running head lines dropped; lines joined, a hyphen at a line's end taken out
    from lxml import html as lhtml
    root = lhtml.fromstring(path.read_bytes())
    got, furniture = [], 0
    for p_ in root.xpath('//div[@class="editor"]/h2/following-sibling::p[1]'):
        lines, line = [], ""
        for node in p_.xpath("node()"):
            if isinstance(node, str):
                line += str(node)
            elif node.tag == "br":
                lines.append(line.strip("\n"))
                line = ""
            else:
                line += node.text_content()
        lines.append(line.strip("\n"))
        block = []
        for ln in [*lines, ""]:
            if ln == "":
                if block:
                    m = re.match(r"(\d\.\d+)\u00a0(.*)$", block[0])
                    got.append([m.group(1), join_lines([m.group(2), *block[1:]])])
                block = []
            elif ln == _text.CP_HEAD or re.fullmatch(r"Page \d+ of \d+", ln):
                furniture += 1
            else:
                block.append(ln)
    if got != [[lb, t] for lb, t in zip(labels, texts, strict=True)] or furniture != 2 * n_pages - 2:
        raise AssertionError(f"cmspaste.html: read back {[g[0] for g in got]}")
    cross, ends = crossings(pages)
    hy = hyphen_keys(by_label)
    if len(cross) < 2 or not hy:
        raise AssertionError(f"cmspaste.html: {cross} cross pages, {hy} hyphenated in their key words")
    return {
        "note": ("A domestic homicide review's executive summary as a council's web editor PASTED IT FROM THE PDF into "
                 "the CMS's WYSIWYG editor (a Jadu-like council site: header, search, breadcrumb, related links, "
                 "footer): each section's heading made an <h2>, the section's text ONE <p> in which the paragraphs "
                 "are parted by '<br />\\n<br />' and the PDF's PRINTED LINES BY SINGLE '<br />' (the text is "
                 "hard-wrapped as the PDF set it, with line-end hyphens: 'safe-<br />guarding', also among the key's "
                 "first or last words: " + ", ".join(hy) + "); each number made bold by hand, "
                 "'<strong>2.3</strong>&nbsp;The ...'; where a PDF page ended the copied folio ('Page 2 of "
                 f"{n_pages}') and the next page's running head ('{_text.CP_HEAD}') are lines of the <p> like any "
                 "other: in mid-paragraph where a paragraph ran over (" + ", ".join(cross) + "), at a paragraph's "
                 "end where one ended a page (" + (", ".join(ends) or "none") + "). A paragraph's text is its lines "
                 "joined, a line-end hyphen removed; the folio and running-head lines, the notice, introduction, "
                 "headings, document links and site furniture are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. extracted.txt: a SAR's PDF as "pdftotext" (poppler, default reading order, no -layout) writes it: the hanging
#    numbers a block of their own, a blank line, the text's block; form feeds; folios and running heads
# --------------------------------------------------------------------------
EX_PLAN = [
    ("1", "Introduction", [85, 95]),
    ("2", "Mrs Quennell", [110, 100]),
    ("3", "Key episodes", [120, 110, 125, 105]),
    ("4", "Analysis", [115, 105, 120]),
    ("5", "Conclusion", [90, 80]),
]
EX_TITLE = ["Ostmoor Safeguarding Adults Board", "Safeguarding Adults Review: Mrs Quennell", "Overview report",
            "November 2024"]


def make_extracted(out, pm):
    path = out / "extracted.txt"
    pages, texts, labels, by_label = lay_out(pm, EX_PLAN, "adult", TR, 11.5, 400.0, 40, EX_TITLE)
    n_pages = len(pages)
    chunks = []
    for n, page in enumerate(pages, 1):
        blocks = []
        if n > 1:
            blocks.append([_text.EX_HEAD])
        else:
            blocks.append([r[1] for r in page if r[0] == "title"])
        for r in page:
            if r[0] == "heading":
                blocks.append([r[1]])
            elif r[0] == "line":
                if r[2]:
                    blocks.append([r[1]])
                    blocks.append([r[3]])
                elif blocks[-1] and blocks[-1][-1] in by_label.get(r[1], ()) and len(blocks) > 1:
                    blocks[-1].append(r[3])
                else:
                    blocks.append([r[3]])
        blocks.append([f"Page {n} of {n_pages}"])
        chunks.append("\n\n".join("\n".join(b) for b in blocks) + "\n\n\f")
    path.write_bytes("".join(chunks).encode("utf-8"))
    pg = page_of_label(pages)
    result = [entry(lb, pg[lb], t) for lb, t in zip(labels, texts, strict=True)]
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back: pages split at form feeds, blocks at blank lines; a block that is only "2.3" gives the number of the
    # block after it; a block of running text with no number before it carries the paragraph on (over a page)
    raw = path.read_bytes().decode("utf-8")
    if raw.count("\f") != n_pages or "\r" in raw:
        raise AssertionError("extracted.txt: form feeds")
    got, cur, want_num = [], None, None
    for n, ptxt in enumerate(raw.split("\f")[:-1], 1):
        for b in ptxt.strip("\n").split("\n\n"):
            if b in (_text.EX_HEAD, f"Page {n} of {n_pages}") or b == "\n".join(EX_TITLE):
                continue
            if re.fullmatch(r"\d\.\d+", b):
                want_num = (b, n)
            elif re.match(r"\d\. ", b):
                cur = None
            elif want_num:
                cur = [want_num[0], want_num[1], b.split("\n")]
                got.append(cur)
                want_num = None
            else:
                cur[2] += b.split("\n")
    got = [[lb, n, join_lines(lines)] for lb, n, lines in got]
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"extracted.txt: read back {[g[:2] for g in got]}")
    cross, _ends = crossings(pages)
    hy = hyphen_keys(by_label)
    if len(cross) < 2 or not hy:
        raise AssertionError(f"extracted.txt: {cross} cross pages, {hy} hyphenated in their key words")
    return {
        "note": ("A safeguarding adults review as a case-management system's text extract holds it, made from the "
                 "PDF by 'pdftotext' (poppler) in its DEFAULT READING-ORDER MODE (no -layout): UTF-8, LF, each PDF "
                 "page's text followed by a FORM FEED; text blocks parted by blank lines; the paragraph numbers, "
                 "which hung in the PDF's margin far enough from the text to make blocks of their own, each ALONE ON "
                 "A LINE ('3.2'), then a blank line, then the paragraph's lines as the PDF broke them (hard-wrapped, "
                 "line-end hyphens kept: 'safe-' / 'guarding', also among the key's first or last words: "
                 + ", ".join(hy) + "); headings '3. Key episodes' as blocks; the title block on page 1; the running "
                 f"head on every later page and 'Page N of {n_pages}' at each page's end; a paragraph that ran over "
                 "a page (" + ", ".join(cross) + ") goes on after the folio, the form feed and the running head. "
                 "A paragraph's text is its lines joined, a line-end hyphen removed; the label is the number on the "
                 "line before it. Pages: 1 + the form feeds before the paragraph's number."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. webpaste.docx: a partnership's review page selected in the browser and pasted into Word (Keep Source
#    Formatting): Normal (Web) paragraphs with autospacing, bold typed numbers and a no-break space, hyperlinks, the
#    page's contents list and bullets made Word lists, the page's furniture pasted with it
# --------------------------------------------------------------------------
WB_PLAN = [
    ("1", "Introduction", [80, 90]),
    ("2", "Ms Farrant and her family", [105, 95, 100]),
    ("3", "What happened", [115, ("LIST", 110), 120, 100]),
    ("4", "What we found", [110, 105, 95]),
    ("5", "Conclusion", [90, 85]),
]
WB_SITE = "https://www.lathenby.gov.uk"
WB_TITLE = "Safeguarding adults review: Ms Farrant"
WB_RPR = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:color w:val="0B0C0C"/><w:sz w:val="29"/>' \
         '<w:szCs w:val="29"/>'
WB_STYLES = styles_xml("Calibri", (
    '<w:style w:type="paragraph" w:styleId="NormalWeb"><w:name w:val="Normal (Web)"/><w:basedOn w:val="Normal"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:before="100" w:beforeAutospacing="1" '
    'w:after="100" w:afterAutospacing="1" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts '
    'w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:eastAsia="en-GB"/></w:rPr></w:style>'
    + "".join(f'<w:style w:type="paragraph" w:styleId="Heading{k}"><w:name w:val="heading {k}"/><w:basedOn '
              f'w:val="Normal"/><w:link w:val="Heading{k}Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr>'
              '<w:spacing w:before="100" w:beforeAutospacing="1" w:after="100" w:afterAutospacing="1" w:line="240" '
              f'w:lineRule="auto"/><w:outlineLvl w:val="{k - 1}"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" '
              'w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:b/><w:bCs/>'
              f'<w:kern w:val="36"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr></w:style>'
              for k, sz in ((1, 48), (2, 36)))
    + '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn '
    'w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0000FF"/>'
    '<w:u w:val="single"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:uiPriority w:val="22"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>'))
WB_NUMBERING = XML_HEAD + (
    f'<w:numbering {WP_NS}>'
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="8A6E6C4A"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc '
    'w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="720"/></w:tabs><w:ind w:left="720" w:hanging="360"/>'
    '</w:pPr></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="1C3A7E52"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc '
    'w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="720"/></w:tabs><w:ind w:left="720" w:hanging="360"/>'
    '</w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/><w:sz w:val="20"/></w:rPr>'
    '</w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    "</w:numbering>")


def make_webpaste(out, pm):
    path = out / "webpaste.docx"
    links, body = [], []

    def link(text, url):
        rid = f"rId{10 + len(links)}"
        links.append((rid, url))
        return (f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:rFonts '
                f'w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:color w:val="1D70B8"/><w:sz w:val="29"/>'
                f'<w:szCs w:val="29"/></w:rPr><w:t xml:space="preserve">{xesc(text)}</w:t></w:r></w:hyperlink>')

    def web(runs, extra=""):
        return wp(runs, "NormalWeb", '<w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/>' + extra)

    def run(s, bold=False):
        return wr(s, ("<w:b/><w:bCs/>" if bold else "") + WB_RPR)

    crumbs = [("Home", "/"), ("Adult social care", "/adult-social-care"),
              ("Safeguarding adults", "/adult-social-care/safeguarding"),
              ("Safeguarding adults reviews", "/adult-social-care/safeguarding/sars")]
    body.append(web(run("").join([]) + "".join(link(t, WB_SITE + u) + run(" \u203a ") for t, u in crumbs[:-1])
                    + link(crumbs[-1][0], WB_SITE + crumbs[-1][1])))
    body.append(wp(wr(WB_TITLE, WB_RPR), "Heading1"))
    body.append(web(run("Published 4 April 2025 by Lathenby Safeguarding Adults Partnership (FICTIONAL)")))
    body.append(web(run(f"{FICT}. {INVENTED}")))
    body.append(wp(wr("On this page", WB_RPR), "Heading2"))
    slug = lambda t: re.sub(r"[^a-z]+", "-", t.lower()).strip("-")  # noqa: E731
    for _sec, title, _items in WB_PLAN:
        body.append(wp(link(title, f"{WB_SITE}/adult-social-care/safeguarding/sars/ms-farrant#{slug(title)}"), None,
                       '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="100" '
                       'w:beforeAutospacing="1" w:after="100" w:afterAutospacing="1"/>'))
    result, texts, kinds = [], [], {}
    for sec, title, items in WB_PLAN:
        body.append(wp(wr(f"{sec}. {title}", WB_RPR), "Heading2"))
        for k, it in enumerate(items, 1):
            kind, n_words = it if isinstance(it, tuple) else ("PLAIN", it)
            label = f"{sec}.{k}"
            if kind == "LIST":
                a = pm.make(n_words // 2, "adult").rstrip(".") + ". Three records held what was missing:"
                b = pm.make(n_words // 2, "adult")
                body.append(web(run(label, True) + run(NBSP + a)))
                for s in _text.WP_BULLETS:
                    body.append(wp(run(s), None, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
                                   '<w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/><w:spacing w:before="100" '
                                   'w:beforeAutospacing="1" w:after="100" w:afterAutospacing="1"/>'))
                body.append(web(run(b)))
                t = " ".join([a, *_text.WP_BULLETS, b])
                kinds.setdefault("LIST", []).append(label)
            else:
                t = pm.make(n_words, "adult")
                if label == "2.2":  # a link inside the text: the Care Act's section, as the page linked it
                    f = first_sentence(t)
                    extra = "The board\u2019s duty is set out in section 44 of the Care Act 2014."
                    t = f + " " + extra + t[len(f):]
                    pre, post = extra.split("section 44 of the Care Act 2014")
                    body.append(web(run(label, True) + run(NBSP + f + " " + pre)
                                    + link("section 44 of the Care Act 2014",
                                           "https://www.legislation.example/ukpga/2014/23/section/44")
                                    + run(post + t[len(f) + 1 + len(extra):])))
                else:
                    body.append(web(run(label, True) + run(NBSP + t)))
            texts.append(t)
            result.append(entry(label, None, t))
    body.append(web(run("Page last updated: 4 April 2025")))
    body.append(web(run("Was this page helpful?", True)))
    body.append(web(link("Yes", WB_SITE + "/feedback?helpful=yes") + run(" ") + link("No", WB_SITE + "/feedback")))
    body.append(web(link("Share this page", WB_SITE + "/share")))
    docx_write(path, "".join(body), WB_STYLES, WB_TITLE, "Lathenby Community Mental Health Team (FICTIONAL)",
               (2025, 4, 9, 14, 3, 0), numbering=WB_NUMBERING, links=links)
    check_lengths(path.name, texts)
    check_count(path.name, result)
    # read back with python-docx: a Normal (Web) paragraph that opens with a bold "2.3" and a no-break space starts a
    # paragraph; the list items and the unnumbered Normal (Web) paragraph after them carry it on; a heading ends it
    import docx
    d = docx.Document(str(path))
    got, cur, contents = [], None, 0
    for p in d.paragraphs:
        s = p.text
        has_num = p._p.pPr is not None and p._p.pPr.numPr is not None
        if p.style.name.lower().startswith("heading"):
            cur = None
            continue
        m = re.match(r"(\d\.\d+)\u00a0(.*)$", s)
        if m and p.runs and p.runs[0].bold:
            cur = [m.group(1), [m.group(2)]]
            got.append(cur)
        elif has_num and cur is None:
            contents += 1
        elif cur is not None and s and not s.startswith("Page last updated"):
            cur[1].append(s)
        else:
            cur = None
    got = [[lb, " ".join(v)] for lb, v in got]
    if got != [[r_["label"], t] for r_, t in zip(result, texts, strict=True)] or contents != len(WB_PLAN):
        raise AssertionError(f"webpaste.docx: read back {[g[0] for g in got]}, contents {contents}")
    return {
        "note": ("A safeguarding adults partnership's review web page that a practitioner SELECTED IN THE BROWSER "
                 "(from the breadcrumb to 'Share this page') and PASTED INTO WORD with Keep Source Formatting, to "
                 "annotate and forward: the page's paragraphs are NORMAL (WEB) paragraphs (beforeAutospacing/"
                 "afterAutospacing, white shading, the site's Arial and colour as direct run formatting), each "
                 "opening with its BOLD TYPED NUMBER and the page's NO-BREAK SPACE ('2.3', '\u00a0The ...'); the "
                 "<h1> and <h2>s are Heading 1 and Heading 2 ('3. What happened'); the page's links are "
                 "w:hyperlink elements with external relationships (the breadcrumb, a link inside 2.2's second "
                 "sentence, the feedback links); the page's 'On this page' <ol> of section links became a WORD "
                 "NUMBERED LIST (numId 1, '%1.'), five items drawn '1.' to '5.' that are no paragraphs; inside "
                 + kinds["LIST"][0] + " a lead-in, three Word BULLETS (numId 2, Symbol) from the page's <ul> and an "
                 "unnumbered Normal (Web) paragraph that carries it on (the key's last words are the carry-on's); "
                 "the breadcrumb, title, publication line, notice, 'Page last updated', 'Was this page helpful? Yes "
                 "No' and 'Share this page' are pasted with it and are no paragraph's text. No page breaks: pages "
                 "null."),
        "paragraphs": result,
    }


def build(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    pm = ParaMaker()
    exp = {}
    exp["merged.pdf"] = make_merged(out, pm)
    exp["pasted.docx"] = make_pasted(out, pm)
    exp["cmspaste.html"] = make_cmspaste(out, pm)
    exp["extracted.txt"] = make_extracted(out, pm)
    exp["webpaste.docx"] = make_webpaste(out, pm)
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
        with tempfile.TemporaryDirectory(prefix="blind39-determinism-") as td:
            build(pathlib.Path(td))
            names = [*exp, "expected.json"]
            diff = [nm for nm in names if (out / nm).read_bytes() != (pathlib.Path(td) / nm).read_bytes()]
            if diff:
                raise AssertionError(f"non-deterministic output: {diff}")
    return exp


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
