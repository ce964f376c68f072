"""Blind fixture generator 55: five FICTIONAL review documents AS THEY ARE READ AND PASSED ON FROM PHONES AND TABLETS,
each with the traps such files really have: a review page printed from Safari on an iPhone, a review read in a
tablet's e-reader app and exported with the reader's highlights, a summary pasted into a messaging group and exported
as text, a learning briefing edited in Word for the web on a tablet, and a review page saved from a council's mobile
(AMP) site.

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas, its standard fonts and its font folder: Arial and Times New Roman metric
Type 1 faces), lxml, python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key with
pdfplumber/lxml/python-docx, never with the project's parser.

safari.pdf      a safeguarding adults review's web page PRINTED FROM SAFARI ON AN IPHONE (Share, Print, save as PDF):
                the site's MOBILE LAYOUT on A4 (one column, large type, the bold number run in at the start of the
                paragraph's first line, the lines after it flush left under the number, not hanging); the browser's
                own header (date and time left, the page's title centred) and footer (the long URL with its
                "utm_source=whatsapp" query cut short with "\u2026", "1/5" right) on every sheet; the site's header
                bar, hamburger "Menu" and red "Quick exit" button, breadcrumb and "14 min read" on page 1; the
                site's FIXED BOTTOM BAR ("Worried about an adult? Call 0300 555 0174", "Back to top") PAINTED ON
                EVERY SHEET OVER THE BODY, as WebKit prints position:fixed, so the two body lines under it are still
                in the text layer (drawn before the bar) though no one can see them; share links and footer links
                after the last paragraph
ereader.pdf     a review READ IN A TABLET'S E-READER APP and EXPORTED TO PDF with the reader's highlights: small
                6 x 8 inch pages of REFLOWED Times text (the numbers run in at the start of each paragraph, every
                chapter on a new page), a running title at the top and, instead of page numbers, the app's
                LOCATION line at the foot ("Loc 21 of 79", "1 min left in chapter", "42%"); the reader's
                highlights as yellow boxes behind lines; POPULAR HIGHLIGHTS underlined with a dotted line and
                tagged "14 highlighters" in small grey type in the leading above the line (a line of text that
                begins with a number, inside a paragraph); and the app's NOTES AND HIGHLIGHTS pages after the last
                chapter, quoting the highlighted lines (one quote begins with the paragraph number, "4.1 The ...")
                with "Yellow highlight | Location 1204" lines and the reader's notes
forwarded.txt   a review's summary PASTED INTO A MESSAGING GROUP by a colleague and the chat EXPORTED AS TEXT and
                forwarded: "[14/03/2025, 10:02:40] Jo Okafor: " before the first line of every message, its other
                lines bare; some of her messages open with a "Forwarded" line, some with a heading or a paragraph
                straight after the sender; *bold* numbers and headings ("*2.3* The ...") and _italic_ and *bold*
                phrases kept from the report; section 3 copied from the PDF, so its lines keep the PDF's line breaks
                and no blank line parts its paragraphs; a paragraph split over two messages (the second half opens
                with a new timestamp and sender); other people's messages between sections, some beginning with a
                paragraph number ("2.3 is the bit about the GP letters isn't it", "12 weeks is a long time ..."),
                "image omitted", "This message was deleted", "<This message was edited>" ending a message
webword.docx    a learning briefing EDITED IN WORD FOR THE WEB ON A TABLET, its paragraphs numbered 1 to 16 straight
                through under unnumbered headings: the author typed "1) " and Word's AUTOCORRECT (AutoFormat as you
                type) made it a list ("%1)"), then typed "3) " after a heading, which started a NEW LIST whose
                abstractNum starts at 3, "Continue numbering" carried it through the next section, paragraph 10's
                "10) " was typed and its autoformat UNDONE (plain text, no list), and "11) " started a third list at 11;
                Enter and Backspace inside paragraph 7 left its second half an unnumbered paragraph at the list's
                indent; COMMENTS anchored in mid-paragraph (4 and 12, a reply thread) whose texts begin "4) and 9) say
                the same thing?" and "12 days or 12 weeks?"; w14:paraId on every paragraph; page breaks in an empty
                paragraph and at the start of a heading
mobile.html     a review page SAVED FROM A COUNCIL'S MOBILE SITE, the AMP version Google served on a phone ("saved
                from" the AMP cache's address): <html \u26a1>, AMP boilerplate and scripts, a hamburger button and an
                <amp-sidebar> menu holding a numbered "Report a concern" <ol>, a sticky "Exit this page" button, the
                report's sections COLLAPSED IN AN <amp-accordion> (each a <section> of an <h2> "3. What happened" and
                a <div>, only the first expanded), paragraphs "<p><b>3.2</b> The ...</p>", one going on in an
                unnumbered <p>, one cut short for phones by "\u2026 Read more" (its rest in a hidden <span> after the
                button), an <amp-carousel> of "Key learning" cards ("1 of 4") inside section 4 between two
                paragraphs, "Back to top" links ending each section and a sticky "Back to top" bar, JSON-LD and
                amp-analytics scripts

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop or bracket: "3.2", "10" (for "10)");
- what the browser, the app, the site and the people passing it on added is no paragraph and no paragraph's text: a
  browser's header and footer, a fixed bar painted over the page, a site's menus, buttons, carousel cards and "Back
  to top" links, an e-reader's location lines, highlight tags and notebook pages, a chat's timestamps, senders,
  "Forwarded" lines, other people's messages and its "<This message was edited>", Word comments; numbered headings
  ("3. What happened") are headings, not paragraphs;
- a paragraph goes on over a page break, under a fixed bar, into an unnumbered <p> or Word paragraph after it, past
  a "Read more" button into its hidden rest, and out of one chat message into the sender's next;
- pages: physical and 1-based for PDF (a paragraph's page is its first line's); DOCX pages are counted from explicit
  breaks: page = 1 + the page breaks (<w:br w:type="page"/>) before the paragraph (each page holds at most about
  480 words). HTML and plain text: null.
"""
import json
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
    from blindkit.wordread import word_numbers  # type: ignore

    _text = _harness.load(__file__, "blind55_text", "text.py")
    _b36 = _harness.load(__file__, "blind36_make", "..", "blind36", "make.py")
else:
    from ..blind36 import make as _b36
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.markup import SECT_A4, docx_content_types, hesc, xesc, zip_parts
    from ..blindkit.pdfread import check_pdf_key, pdf_pages
    from ..blindkit.wordread import word_numbers
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
NAVY, RED = (0.09, 0.16, 0.33), (0.75, 0.1, 0.1)
YELLOW = (1.0, 0.93, 0.55)


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


def run_in_rows(label, t, x, right, font, bold, size, lead, after, rgb=BLACK):
    """A paragraph whose bold number runs in at the start of its first line, the lines after it flush left at x
    (a reflowed or mobile layout: no hanging indent). Rows for RowFlow; the rows' words, line by line."""
    lw = sw(label + " ", bold, size)
    lines = wrap(t.split(), right - x, lambda s: sw(s, font, size), first_width=right - x - lw)
    rows = []
    for li, ln in enumerate(lines):
        segs = [(x + (lw if li == 0 else 0.0), " ".join(ln), font, size, rgb, 0.0)]
        if li == 0:
            segs.insert(0, (x, label + " ", bold, size, rgb, 0.0))
        rows.append((after if li == 0 else 0.0, lead, segs))
    return rows, [" ".join(ln) for ln in lines]


def heading_row(fl, x, s, font, size, before, lead_after):
    """A heading kept with room for two lines after it."""
    fl.place([(before, size + 8, [(x, s, font, size, BLACK, 0.0)]), (0.0, lead_after, [(x, "", font, 10, BLACK, 0.0)]),
              (0.0, lead_after, [(x, "", font, 10, BLACK, 0.0)])], keep=3)
    fl.lay.pages[-1].pop()
    fl.lay.pages[-1].pop()
    fl.cur += 2 * lead_after


# --------------------------------------------------------------------------
# 1. safari.pdf: a review's web page printed from Safari on an iPhone
# --------------------------------------------------------------------------
SA_PLAN = [[80, 95], [105, 100, 90], [120, 115, 125, 110], [115, 120, 105], [95, 85]]
SA_L, SA_R, SA_TOP, SA_BOT = 34.0, 561.0, 800.0, 44.0
SA_SIZE, SA_LEAD = 15.0, 22.0
SA_BAR = (34.0, 44.0, 527.0, 40.0)  # the fixed bar: x, y, w, h (over the foot of the body)


def sa_chrome(lay, n):
    """Safari's own header and footer on every sheet, and the site's fixed bar painted over the body."""
    url = _text.SA_URL
    while sw(url + "\u2026", A, 8) > 440:
        url = url[:-1]
    for pg in range(1, n + 1):
        lay.text(SA_L, 822, _text.SA_DATE, A, 8, BLACK, page=pg)
        lay.text((595.28 - sw(_text.SA_PAGE_TITLE, A, 8)) / 2, 822, _text.SA_PAGE_TITLE, A, 8, BLACK, page=pg)
        lay.text(SA_L, 18, url + "\u2026", A, 8, BLACK, page=pg)
        folio = f"{pg}/{n}"
        lay.text(SA_R - sw(folio, A, 8), 18, folio, A, 8, BLACK, page=pg)
        x, y, w, h = SA_BAR
        lay.add(("R", x, y, w, h, NAVY), page=pg)
        lay.text(x + 12, y + 15, _text.SA_BAR[0], AB, 11.5, WHITE, page=pg)
        lay.text(x + w - 12 - sw(_text.SA_BAR[1], AB, 11.5), y + 15, _text.SA_BAR[1], AB,
                 11.5, WHITE, page=pg)


def make_safari(out, pm):
    path = out / "safari.pdf"
    k = PdfKey()
    lay = Layout()
    fl = RowFlow(lay, SA_TOP, SA_BOT, lambda pg: SA_TOP)
    fl.page()
    # the site's header bar on page 1: hamburger (three strokes), "Menu", the board's name, "Quick exit"
    lay.rect(SA_L, 752, SA_R - SA_L, 48, NAVY)
    for dy in (0, 6, 12):
        lay.line(SA_L + 12, 770 + dy, SA_L + 30, 770 + dy, 2.0, WHITE)
    lay.text(SA_L + 38, 772, _text.SA_TOP[1], AB, 12, WHITE)
    lay.text(SA_L + 90, 772, _text.SA_TOP[0], AB, 11, WHITE)
    lay.rect(SA_R - 84, 762, 76, 28, RED)
    lay.text(SA_R - 76, 772, _text.SA_TOP[2], AB, 11, WHITE)
    fl.cur = 740
    fl.place([(0.0, 16.0, [(SA_L, _text.SA_CRUMB, A, 10.5, GREY, 0.0)])], keep=1)
    for ln in wrap(_text.SA_TITLE.split(), SA_R - SA_L, lambda s: sw(s, AB, 24)):
        fl.place([(6.0, 30.0, [(SA_L, " ".join(ln), AB, 24, BLACK, 0.0)])], keep=1)
    fl.place([(4.0, 16.0, [(SA_L, _text.SA_META, A, 10.5, GREY, 0.0)]),
              (4.0, 16.0, [(SA_L, f"{FICT}. {INVENTED}", AI, 10.5, GREY, 0.0)])], keep=2)
    for s, items in enumerate(SA_PLAN, 1):
        heading_row(fl, SA_L, f"{s}. {_text.SA_TITLES[s - 1]}", AB, 17, 16.0, SA_LEAD)
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            rows, _ = run_in_rows(label, t, SA_L, SA_R, A, AB, SA_SIZE, SA_LEAD, 10.0)
            k.add(label, t, fl.place(rows, keep=2), SA_L)
    for s in _text.SA_END:
        fl.place([(10.0, 16.0, [(SA_L, s, A, 10.5, GREY, 0.0)])], keep=1)
    n = lay.n
    sa_chrome(lay, n)
    lay.render(path, {"Title": _text.SA_PAGE_TITLE, "Author": "", "Creator": "Safari",
                      "Producer": "iOS Version 18.3.1 (Build 22D72) Quartz PDFContext", "Subject": FICT})
    pages = pdf_pages(path)

    def body(c):
        return abs(c["size"] - SA_SIZE) < 0.01

    cross = k.check(path, pages, body)
    # the fixed bar on every sheet, and body lines under it on most sheets (in the text layer, drawn before it)
    _x, y, _w, h = SA_BAR
    under = [pg for pg, chars in enumerate(pages, 1)
             if any(body(c) and y < c["matrix"][5] < y + h for c in chars)]
    bars = sum(1 for chars in pages if _text.SA_BAR[0].replace(" ", "") in "".join(
        c["text"] for c in chars if abs(c["size"] - 11.5) < 0.01).replace(" ", ""))
    folios = [ln for pl in lines_of(pages) for ln in pl if re.search(r" \d+/\d+$", ln)]
    if bars != n or len(under) < n - 2 or len(folios) != n or n < 5:
        raise AssertionError(f"safari.pdf: {bars} bars on {n} sheets, lines under the bar on {under}, {folios}")
    return {
        "note": ("A safeguarding adults review's web page PRINTED FROM SAFARI ON AN IPHONE (Share, Print, saved as a "
                 "PDF): the site's MOBILE LAYOUT on A4 sheets (one column, 15 pt type, the bold number run in at "
                 "the start of the paragraph's first line, the lines after it flush left, not hanging); Safari's "
                 "own header on every sheet (date and time left, the page title centred) and footer (the long URL "
                 "with its 'utm_source=whatsapp' query cut short with '\u2026' left, '1/" + str(n) + "' right); on "
                 "page 1 the site's header bar (hamburger drawn as three strokes, 'Menu', the board's name, a red "
                 "'Quick exit' button), breadcrumb and 'Published 3 March 2025 \u00b7 14 min read'; the site's FIXED "
                 "BOTTOM BAR ('Worried about an adult? Call 0300 555 0174', 'Back to top', white on navy) "
                 "PAINTED ON EVERY SHEET OVER THE FOOT OF THE BODY, as WebKit prints position:fixed: the body lines "
                 "under it (sheets " + ", ".join(map(str, under)) + ") are in the text layer, drawn before the bar, "
                 "though no one can see them; share and footer links after the last paragraph. Browser header and "
                 "footer, site chrome and bar are no paragraph's text. Paragraphs run over sheets ("
                 + ", ".join(cross) + "). Pages are physical."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 2. ereader.pdf: a review read in a tablet's e-reader app and exported with the reader's highlights
# --------------------------------------------------------------------------
ER_PLAN = [[75, 90], [95, 105, 90], [110, 100, 115, 95], [105, 110, 100], [90, 80]]
ER_SIZE = (432.0, 576.0)
ER_L, ER_R, ER_TOP, ER_BOT = 32.0, 400.0, 536.0, 54.0
ER_FS, ER_LEAD = 12.0, 17.0
ER_WPM, ER_CHARS_PER_LOC = 230, 128


def make_ereader(out, pm):
    path = out / "ereader.pdf"
    k = PdfKey()
    lay = Layout(ER_SIZE)
    fl = RowFlow(lay, ER_TOP, ER_BOT, lambda pg: ER_TOP)
    fl.page()
    lines = {}  # label -> its printed lines (the number with the first)
    chapter_of_page, words_on_page, chars_on_page = {}, {}, {}
    for ln in wrap(_text.ER_TITLE.split(), ER_R - ER_L, lambda s: sw(s, TB, 19)):
        fl.place([(30.0, 25.0, [(ER_L, " ".join(ln), TB, 19, BLACK, 0.0)])], keep=1)
    fl.place([(8.0, 14.0, [(ER_L, "Carnbury Safeguarding Adults Board (FICTIONAL)", TR, 11, GREY, 0.0)]),
              (4.0, 14.0, [(ER_L, f"{FICT}.", TR, 10, GREY, 0.0)]),
              (0.0, 14.0, [(ER_L, INVENTED, TR, 10, GREY, 0.0)])], keep=3)
    chapter_of_page[1] = 0
    for s, items in enumerate(ER_PLAN, 1):
        fl.page()  # every chapter on a new page, as the app reflows it
        heading_row(fl, ER_L, f"{s}. {_text.ER_TITLES[s - 1]}", TB, 15, 0.0, ER_LEAD)
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            rows, lns = run_in_rows(label, t, ER_L, ER_R, TR, TB, ER_FS, ER_LEAD, 7.0)
            placed = fl.place(rows, keep=2)
            k.add(label, t, placed, ER_L)
            lines[label] = [(label + " " + ln if i == 0 else ln) for i, ln in enumerate(lns)]
            for (pg, _y), ln in zip(placed, lines[label], strict=True):
                chapter_of_page[pg] = s
                words_on_page[pg] = words_on_page.get(pg, 0) + len(ln.split())
                chars_on_page[pg] = chars_on_page.get(pg, 0) + len(ln) + 1
    n_body = lay.n
    # highlights: the reader's own a yellow box behind the lines (inserted before the page's text), popular ones a
    # dotted underline and a small grey tag "14 highlighters" in the leading above the first line (drawn after)
    own = []
    for label, first, count, popular in _text.ER_HIGHLIGHTS:
        rows = k.rows[label][first:first + count]
        if len(rows) != count:
            raise AssertionError(f"ereader.pdf: highlight in {label}")
        for i, (pg, y) in enumerate(rows):
            x0 = ER_L + (sw(label + " ", TB, ER_FS) if first + i == 0 else 0.0)
            width = sw(lines[label][first + i].removeprefix(label + " ") if first + i == 0 else
                       lines[label][first + i], TR, ER_FS)
            if popular:
                for dx in range(0, int(width), 4):
                    lay.line(x0 + dx, y - 2.2, x0 + min(dx + 2, width), y - 2.2, 0.6, GREY, page=pg)
                if i == 0:
                    lay.text(x0, y + 9.6, f"{popular} highlighters", A, 5.5, GREY, page=pg)
            else:
                lay.pages[pg - 1].insert(0, ("R", x0 - 1, y - 3.6, width + 2, ER_LEAD - 0.5, YELLOW))
        if not popular:
            own.append((label, first, count, rows[0][0]))
    # the location line at every body page's foot, instead of page numbers
    total_chars = sum(chars_on_page.values()) + 2400
    total_locs = total_chars // ER_CHARS_PER_LOC
    seen = 0
    locs, foots = {}, {}
    for pg in range(1, n_body + 1):
        loc = 1 + seen // ER_CHARS_PER_LOC
        locs[pg] = loc
        seen += chars_on_page.get(pg, 0)
        left = sum(words_on_page.get(q, 0) for q in range(pg + 1, n_body + 1)
                   if chapter_of_page.get(q) == chapter_of_page.get(pg))
        mins = (left + ER_WPM - 1) // ER_WPM
        mid = "Less than a minute left in chapter" if mins < 1 else f"{mins} min{'s' if mins > 1 else ''} left " \
            "in chapter"
        pct = f"{100 * seen // total_chars}%"
        foots[pg] = (f"Loc {loc} of {total_locs}", mid, pct)
        lay.text((ER_SIZE[0] - sw(_text.ER_RUN, TR, 8)) / 2, 552, _text.ER_RUN, TR, 8, GREY, page=pg)
        lay.text(ER_L, 30, foots[pg][0], A, 7.5, GREY, page=pg)
        lay.text((ER_SIZE[0] - sw(mid, A, 7.5)) / 2, 30, mid, A, 7.5, GREY, page=pg)
        lay.text(ER_R - sw(pct, A, 7.5), 30, pct, A, 7.5, GREY, page=pg)
    # the app's notebook: the reader's highlights quoted, with their locations and notes
    nb = RowFlow(lay, ER_TOP, ER_BOT, lambda pg: ER_TOP)
    nb.page()
    nb.place([(0.0, 22.0, [(ER_L, "Notes and highlights", AB, 15, BLACK, 0.0)]),
              (2.0, 14.0, [(ER_L, _text.ER_APP, A, 8, GREY, 0.0)])], keep=2)
    quotes = []
    for label, first, count, pg in own:
        quote = " ".join(lines[label][first:first + count])
        quotes.append(quote)
        rows = [(12.0, 13.0, [(ER_L, f"Yellow highlight | Location {locs[pg] + 3 * first}", AB, 8.5, GREY, 0.0)])]
        for ln in wrap(quote.split(), ER_R - ER_L, lambda s: sw(s, A, 9.5)):
            rows.append((2.0, 13.0, [(ER_L, " ".join(ln), A, 9.5, BLACK, 0.0)]))
        if label in _text.ER_NOTES:
            rows.append((3.0, 13.0, [(ER_L, "Note: " + _text.ER_NOTES[label], AI, 9.5, GREY, 0.0)]))
        nb.place(rows, keep=len(rows))
    for pg in range(n_body + 1, lay.n + 1):
        lay.text(ER_L, 30, "Notes and highlights", A, 7.5, GREY, page=pg)
    lay.render(path, {"Title": _text.ER_RUN, "Author": "Carnbury SAB", "Creator": "Leafline Reader 6.2 (FICTIONAL)",
                      "Producer": "iPadOS Version 18.3 (Build 22D63) Quartz PDFContext", "Subject": FICT})
    pages = pdf_pages(path)

    def body(c):
        return c["fontname"].endswith((TR, TB)) and abs(c["size"] - ER_FS) < 0.01

    cross = k.check(path, pages, body)
    raw = lines_of(pages)
    tags = [ln for pl in raw for ln in pl if re.search(r"\d+ highlighters", ln)]
    foot = [ln for pl in raw[:n_body] for ln in pl if re.match(r"Loc \d+ of \d+ ", ln)]
    starts = [q for q in quotes if re.match(r"\d\.\d+ [A-Z]", q)]
    nb_text = " ".join(" ".join(pl) for pl in raw[n_body:])
    if len(tags) != sum(1 for h in _text.ER_HIGHLIGHTS if h[3]) or len(foot) != n_body or not starts \
            or not all(" ".join(q.split()[:6]) in nb_text for q in quotes):
        raise AssertionError(f"ereader.pdf: tags {tags}, {len(foot)} location lines, quotes {starts}")
    return {
        "note": ("A safeguarding adults review READ IN A TABLET'S E-READER APP and EXPORTED TO PDF with the reader's "
                 "highlights: small 6 x 8 inch pages of REFLOWED Times text, the bold number run in at the start of "
                 "each paragraph and its lines flush left, every chapter ('3. What happened') on a new page; the "
                 "running title at the top and, instead of page numbers, the app's LOCATION line at the foot ("
                 + ", ".join(f"'{f}'" for f in foots[4]) + " on page 4); the reader's highlights as "
                 "yellow boxes behind lines (drawn before the text); POPULAR HIGHLIGHTS underlined with a dotted line "
                 "and tagged '14 highlighters' in small grey type in the leading above their first line (drawn after "
                 "the text; a line beginning with a number inside a paragraph); then " + str(lay.n - n_body) + " "
                 "page(s) of the app's NOTES AND HIGHLIGHTS, quoting each of the reader's highlights under 'Yellow "
                 "highlight | Location N', one quote beginning with its paragraph's number ('"
                 + " ".join(starts[0].split()[:3]) + " ...'), with her notes. Location lines, highlight tags and "
                 "the notebook are no paragraph's text. Paragraphs run over pages (" + ", ".join(cross) + "). Pages "
                 "are physical."),
        "paragraphs": k.result,
    }


# --------------------------------------------------------------------------
# 3. forwarded.txt: a summary pasted into a messaging group, the chat exported as text
# --------------------------------------------------------------------------
FW_PLAN = [[60, 70], [75, 85, 70], [90, 80, 95, 85], [85, 110, 80], [75, 65]]
FW_PDF_WIDTH = 68  # section 3 was copied from the PDF: its lines are the PDF's
FW_SPLIT = "4.2"  # pasted in two goes: its second half is the sender's next message
ME = "Jo Okafor"
LRM = "\u200e"
PREFIX = re.compile(r"\u200e?\[(\d\d/\d\d/\d{4}, \d\d:\d\d:\d\d)\] ([^:]+): (.*)")


def fw_marked(t, mark):
    """The paragraph with a phrase of three words in its middle, inside one sentence, kept between the report's
    italic or bold marks."""
    w = t.split()
    a = next(i for i in range(len(w) // 2 - 2, len(w) - 8) if not re.search(r"[.!?,;:\u201c\u201d]", " ".join(
        w[i:i + 2])) and re.fullmatch(r"[a-z]+", w[i]))
    w[a], w[a + 2] = mark + w[a], re.sub(r"(\W*)$", lambda m: mark + m.group(1), w[a + 2], count=1)
    return " ".join(w)


def make_forwarded(out, pm):
    path = out / "forwarded.txt"
    result, texts, body = [], [], {}
    for s, items in enumerate(FW_PLAN, 1):
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            texts.append(t)
            result.append(entry(label, None, t))
            body[label] = fw_marked(t, _text.FW_MARKS[label]) if label in _text.FW_MARKS else t
    clock = [9 * 3600 + 58 * 60 + 12]

    def stamp(gap):
        clock[0] += gap
        h, r = divmod(clock[0], 3600)
        return f"[14/03/2025, {h:02d}:{r // 60:02d}:{r % 60:02d}]"

    def message(who, lines, gap=37, lrm=False):
        return [f"{LRM if lrm else ''}{stamp(gap)} {who}: {lines[0]}", *lines[1:]]

    def para(label, text=None):
        return f"*{label}* {text or body[label]}"

    def chat(after):
        out_ = []
        for who, s in _text.FW_CHAT[after]:
            out_ += message(who, [s], 53, lrm=s.startswith(LRM))
        return out_

    heads = [f"*{s}. {t}*" for s, t in enumerate(_text.FW_TITLES, 1)]
    lines = [f"{LRM}{stamp(0)} {_text.FW_GROUP}: {LRM}Messages and calls are end-to-end encrypted. Only people in "
             "this chat can read, listen to, or share them.", *chat(0)]
    # message 1: forwarded, the title and section 1
    lines += message(ME, ["Forwarded", f"*{_text.FW_TITLE}*", f"_{FICT}. {INVENTED}_", "", heads[0], para("1.1"), "",
                          para("1.2")], 140)
    lines += chat(1)
    # message 2: the heading straight after the sender
    lines += message(ME, [heads[1], para("2.1"), "", para("2.2"), "", para("2.3")], 95)
    lines += chat(2)
    # message 3: forwarded, section 3 copied from the PDF (its line breaks, no marks on the numbers, no blank lines)
    sec3 = []
    for j in range(1, len(FW_PLAN[2]) + 1):
        label = f"3.{j}"
        sec3 += [" ".join(ln) for ln in wrap(f"{label} {body[label]}".split(), FW_PDF_WIDTH, len)]
    lines += message(ME, ["Forwarded", heads[2].strip("*"), *sec3], 120)
    lines += chat(3)
    # messages 4 and 5: section 4, one paragraph pasted in two goes; the second message was edited
    w = body[FW_SPLIT].split()
    half = len(w) // 2
    lines += message(ME, [heads[3], para("4.1"), "", para(FW_SPLIT, " ".join(w[:half]))], 88)
    lines += message(ME, [" ".join(w[half:]), "", para("4.3") + f" {LRM}<This message was edited>"], 21)
    lines += chat(4)
    # message 6: section 5's paragraphs straight after the sender, no heading
    lines += message(ME, [para("5.1"), "", para("5.2")], 64)
    lines += chat(5)
    data = "\n".join(lines) + "\n"
    path.write_bytes(data.encode("utf-8"))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back: a message's first line follows its prefix; only Jo's messages hold the report; a "*3.2*" or "3.2"
    # line opens a paragraph, a heading, a blank or "Forwarded" closes it, another line goes on with it (the next
    # message of Jo's too); other people's messages close it
    got, cur, others = [], None, []
    for ln in data.split("\n"):
        if m := PREFIX.fullmatch(ln):
            who, ln = m.group(2), m.group(3)
            if who != ME:
                cur = None
                others.append(ln)
                continue
        elif cur is None and not re.match(r"\*?\d\.\d+\*? ", ln):
            continue
        if m := re.fullmatch(r"\*?(\d\.\d+)\*? ([A-Z].+)", ln):
            cur = [m.group(1), m.group(2)]
            got.append(cur)
        elif not ln or ln == "Forwarded" or re.fullmatch(r"\*?\d\. .+", ln):
            cur = None
        elif cur is not None:
            cur[1] += " " + ln

    def clean(s):
        s = s.replace(f" {LRM}<This message was edited>", "")
        return re.sub(r"(?<!\w)[*_](\S)|(\S)[*_](?!\w)", lambda m: m.group(1) or m.group(2), s)

    if [[g[0], clean(g[1])] for g in got] != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"forwarded.txt: read back {[g[0] for g in got]}")
    numbered = [s for s in others if re.match(r"\d", s)]
    marks = [label for label in _text.FW_MARKS if body[label] != texts[[d["label"] for d in result].index(label)]]
    if len(numbered) < 3 or len(marks) != len(_text.FW_MARKS):
        raise AssertionError(f"forwarded.txt: {numbered}, {marks}")
    return {
        "note": ("A safeguarding adults review's summary PASTED INTO A MESSAGING GROUP by a colleague and the chat "
                 "EXPORTED AS TEXT and forwarded (UTF-8, LF): the app's encryption notice first; '[14/03/2025, "
                 "10:02:40] Jo Okafor: ' before the first line of every message, its other lines bare (an invisible "
                 "U+200E before system lines); two of her messages open with a 'Forwarded' line, one with a heading "
                 "and one with a paragraph straight after the sender ('... Jo Okafor: *5.1* The ...', no section "
                 "heading); numbers and headings in *bold* marks ('*2.3* The ...', '*4. Findings*') and a phrase of "
                 + ", ".join(sorted(_text.FW_MARKS)) + " kept between _italic_ or *bold* marks; section 3 copied "
                 "from the PDF, so its lines are the PDF's (about " + str(FW_PDF_WIDTH) + " characters) with no "
                 "marks and no blank line between its paragraphs; " + FW_SPLIT + " pasted in two goes, its second "
                 "half opening the next message after a new timestamp and sender; the message holding 4.3 ends "
                 "'<This message was edited>'; other people's messages between sections, some beginning with a "
                 "paragraph number or a number ('2.3 is the bit about the GP letters isn't it', '3.2 and 3.4 are "
                 "the ones ...', '12 weeks is a long time ...'), 'image omitted', 'This message was deleted'. "
                 "Timestamps, senders, 'Forwarded' lines, marks, other people's messages and the edit note are no "
                 "paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. webword.docx: a briefing edited in Word for the web on a tablet, its "1)" numbers made lists by autocorrect
# --------------------------------------------------------------------------
# per section, the paragraphs: (n_words, how): "list" an item of the section's Word list, "typed" a typed "10) " whose
# autoformat was undone; WW_LISTS: the Word list (numId) of each section, WW_STARTS: each list's abstractNum start
WW_PLAN = [[(70, "list"), (75, "list")], [(85, "list"), (80, "list"), (75, "list")],
           [(90, "list"), (70, "list"), (95, "list"), (85, "list")],
           [(90, "typed"), (95, "list"), (85, "list"), (80, "list")], [(75, "list"), (70, "list"), (80, "list")]]
WW_LISTS = [1, 2, 2, 3, 3]
WW_STARTS = {1: 1, 2: 3, 3: 11}
WW_CARRY = 7  # Enter and Backspace in its middle: its second half an unnumbered paragraph at the list's indent
WW_COMMENTED = {4: [0], 12: [1, 2]}  # paragraph -> its comments (2 a reply to 1), anchored in mid-paragraph
WW_BREAK = {3: "empty", 4: "heading", 5: "empty"}  # page break before the section: in an empty paragraph or the heading
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
WW_STYLES = _b36.styles_xml("Aptos", (
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>'
    '<w:keepLines/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/>'
    '<w:color w:val="0F4761"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn '
    'w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/>'
    '</w:pPr></w:style>'
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn '
    'w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr>'
    '<w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn '
    'w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'))


def ww_numbering():
    """Word's AutoFormat lists: one abstractNum per list autocorrect started ("%1)", starting at the typed number)."""
    absn, nums = [], []
    for nid, start in WW_STARTS.items():
        absn.append(
            f'<w:abstractNum w:abstractNumId="{nid - 1}" w15:restartNumberingAfterBreak="0"><w:nsid '
            f'w:val="{0x3A1C5E00 + 17 * nid:08X}"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl '
            f'w:val="{0x0809000F + nid:08X}"/><w:lvl w:ilvl="0" w:tplc="08090011"><w:start w:val="{start}"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" '
            'w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="1" w:tplc="08090019" w:tentative="1"><w:start '
            'w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind '
            'w:left="1080" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
        nums.append(f'<w:num w:numId="{nid}" w16cid:durableId="{0x1F2E3D00 + nid}"><w:abstractNumId '
                    f'w:val="{nid - 1}"/></w:num>')
    ns = WP_NS.replace('mc:Ignorable="w14 w15 wp14"', 'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/'
                       'wordml/cid" mc:Ignorable="w14 w15 wp14 w16cid"')
    return f'{XML_HEAD}<w:numbering {ns}>{"".join(absn)}{"".join(nums)}</w:numbering>'


def ww_para(pid, runs, ppr=""):
    """A paragraph as Word for the web writes it: w14:paraId and w14:textId on every one."""
    return (f'<w:p w14:paraId="{pid:08X}" w14:textId="77777777">{f"<w:pPr>{ppr}</w:pPr>" if ppr else ""}{runs}'
            "</w:p>")


def ww_comments(when):
    ps, ext = [], []
    for cid, (who, ini, s) in enumerate(_text.WW_COMMENTS):
        pid = 0x5C000000 + 0x101 * (cid + 1)
        ps.append(f'<w:comment w:id="{cid}" w:author="{xesc(who)}" w:date="{when}" w:initials="{ini}">'
                  f'<w:p w14:paraId="{pid:08X}" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                  '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                  f'{_b36.wr(s)}</w:p></w:comment>')
        parent = f' w15:paraIdParent="{0x5C000000 + 0x101 * 2:08X}"' if cid == 2 else ""
        ext.append(f'<w15:commentEx w15:paraId="{pid:08X}"{parent} w15:done="0"/>')
    comments = f"{XML_HEAD}<w:comments {WP_NS}>{''.join(ps)}</w:comments>"
    extended = (f'{XML_HEAD}<w15:commentsEx xmlns:w15="{W15}" xmlns:mc="http://schemas.openxmlformats.org/'
                f'markup-compatibility/2006" mc:Ignorable="w15">{"".join(ext)}</w15:commentsEx>')
    return comments, extended


def ww_runs(t, cids):
    """A paragraph's text with its comments' ranges round a stretch of words in its middle."""
    if not cids:
        return _b36.wr(t)
    w = t.split()
    a, b = len(w) // 3, len(w) // 3 + 6
    starts = "".join(f'<w:commentRangeStart w:id="{c}"/>' for c in cids)
    ends = "".join(f'<w:commentRangeEnd w:id="{c}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                   f'<w:commentReference w:id="{c}"/></w:r>' for c in cids)
    return (_b36.wr(" ".join(w[:a]) + " ") + starts + _b36.wr(" ".join(w[a:b])) + ends
            + _b36.wr(" " + " ".join(w[b:])))


def make_webword(out, pm):
    path = out / "webword.docx"
    wr = _b36.wr
    pid = [0x2B4E0000]

    def para(runs, ppr=""):
        pid[0] += 0x1013
        return ww_para(pid[0], runs, ppr)

    body = [para(wr(_text.WW_TITLE), '<w:pStyle w:val="Title"/>'), para(wr(_text.WW_SUB, "<w:b/>")),
            para(wr(f"{FICT}. {INVENTED}", "<w:i/>"))]
    result, texts, words, page, number = [], [], {1: 40}, 1, 0
    brk = '<w:r><w:br w:type="page"/></w:r>'
    for s, items in enumerate(WW_PLAN, 1):
        head = wr(_text.WW_TITLES[s - 1])
        if WW_BREAK.get(s) == "empty":
            body.append(para(brk))
        if s in WW_BREAK:
            page += 1
            words[page] = 0
        body.append(para((brk if WW_BREAK.get(s) == "heading" else "") + head, '<w:pStyle w:val="Heading2"/>'))
        for n_words, how in items:
            number += 1
            t = pm.make(n_words, "child")
            texts.append(t)
            result.append(entry(str(number), page, t))
            words[page] += len(t.split())
            cids = WW_COMMENTED.get(number, [])
            if how == "typed":
                body.append(para(wr(f"{number}) ") + ww_runs(t, cids)))
                continue
            npr = (f'<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{WW_LISTS[s - 1]}"/>'
                   '</w:numPr><w:ind w:left="360"/>')
            if number == WW_CARRY:
                sents = re.split(r"(?<=[.!?])\s+(?=[A-Z])", t)
                one, two = " ".join(sents[:len(sents) // 2]), " ".join(sents[len(sents) // 2:])
                body.append(para(wr(one), npr))
                body.append(para(wr(two), '<w:pStyle w:val="ListParagraph"/><w:ind w:left="360"/>'))
            else:
                body.append(para(ww_runs(t, cids), npr))
    body.append(para(wr("Prepared for the practice group meeting on 21 March 2025. Please do not share outside the "
                        "partnership.", "<w:i/>")))
    doc = (f'{XML_HEAD}<w:document {WP_NS}><w:body>{"".join(body)}{SECT_A4}</w:body></w:document>')
    when = "2025-03-14T21:40:00Z"
    comments, extended = ww_comments(when)
    header = f"{XML_HEAD}<w:hdr {WP_NS}>" + ww_para(0x0A1B2C3D, wr(_text.WW_HEAD), '<w:pStyle w:val="Header"/>') \
        + "</w:hdr>"
    footer = f"{XML_HEAD}<w:ftr {WP_NS}>" + ww_para(0x0A1B2C3E, _b36.field("PAGE", "1"), '<w:pStyle w:val="Footer"/>'
                                                     '<w:jc w:val="center"/>') + "</w:ftr>"
    settings = (f'{XML_HEAD}<w:settings {WP_NS}><w:zoom w:percent="100"/><w:trackRevisions w:val="false"/>'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
                '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/></w:settings>')
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId3" Type="{DOC_REL}/extended-'
            'properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
            'package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship '
            f'Id="rId1" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId1" Type="{DOC_REL}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId3" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId4" Type="{DOC_REL}/comments" Target="comments.xml"/>'
                '<Relationship Id="rId5" Type="http://schemas.microsoft.com/office/2011/relationships/'
                'commentsExtended" Target="commentsExtended.xml"/>'
                f'<Relationship Id="rId8" Type="{DOC_REL}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{DOC_REL}/footer" Target="footer1.xml"/></Relationships>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
           f'</Template><TotalTime>0</TotalTime><Pages>{page}</Pages><Words>{sum(len(t.split()) for t in texts)}'
           '</Words><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>'
           '</Company><AppVersion>16.0000</AppVersion></Properties>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{xesc(_text.WW_TITLE)}</dc:title>'
            f'<dc:subject>{FICT}</dc:subject><dc:creator>Hannah Brook</dc:creator><cp:lastModifiedBy>Tom Salter'
            '</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2025-02-27T10:12:00Z</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>')
    parts = ["document", "numbering", "styles", "settings", "comments", "commentsExtended", "header1", "footer1"]
    zip_parts(path, {"[Content_Types].xml": docx_content_types(parts), "_rels/.rels": rels, "word/document.xml": doc,
                     "word/_rels/document.xml.rels": doc_rels, "word/numbering.xml": ww_numbering(),
                     "word/styles.xml": WW_STYLES, "word/settings.xml": settings, "word/comments.xml": comments,
                     "word/commentsExtended.xml": extended, "word/header1.xml": header, "word/footer1.xml": footer,
                     "docProps/app.xml": app, "docProps/core.xml": core}, (2025, 3, 14, 21, 40, 0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if max(words.values()) > 480:
        raise AssertionError(f"webword.docx: words per page {words}")
    # read back with lxml: Word's numbers worked out from numbering.xml (each list counted from its abstractNum's
    # start); a numbered paragraph opens a paragraph, as does a typed "10) "; an unnumbered List Paragraph goes on
    # with it; a heading closes it; page = 1 + the page breaks before
    import docx
    from lxml import etree
    w = f"{{{W_NS}}}"
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    got, cur, pg, typed = [], None, 1, 0
    for p, num in word_numbers(z.read("word/numbering.xml").decode("utf-8"), root):
        if p.find(f".//{w}br[@{w}type='page']") is not None:
            pg += 1
        style = p.find(f"{w}pPr/{w}pStyle")
        style = style.get(f"{w}val") if style is not None else None
        txt = "".join(t.text or "" for t in p.iter(f"{w}t"))
        if num is not None:
            cur = [num.rstrip(")"), pg, txt]
            got.append(cur)
        elif m := re.fullmatch(r"(\d+)\) (.+)", txt):
            cur = [m.group(1), pg, m.group(2)]
            got.append(cur)
            typed += 1
        elif style == "ListParagraph" and cur is not None:
            cur[2] += " " + txt
        else:
            cur = None
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)] or typed != 1:
        raise AssertionError(f"webword.docx: read back {[(g[0], g[1]) for g in got]}")
    d = docx.Document(str(path))
    ctext = " ".join(t.text or "" for t in etree.fromstring(z.read("word/comments.xml")).iter(f"{w}t"))
    anchored = [p for p in d.paragraphs if p._p.find(f".//{w}commentRangeStart") is not None]
    if len(anchored) != len(WW_COMMENTED) or not ctext.startswith("4) and 9)") or len(d.paragraphs) != len(body):
        raise AssertionError("webword.docx: comments and paragraphs")
    return {
        "note": ("A child safeguarding partnership's learning briefing EDITED IN WORD FOR THE WEB ON A TABLET, its "
                 "paragraphs numbered 1 to " + str(number) + " straight through under unnumbered Heading 2s. The "
                 "author typed '1) ' and Word's AUTOCORRECT (AutoFormat as you type) made it a list (lvlText '%1)', "
                 "List Paragraph); after the next heading she typed '3) ', which started a NEW LIST whose "
                 "abstractNum starts at 3 (numId 2), and 'Continue numbering' carried that list through the next "
                 "section (6-9); paragraph 10's '10) ' was typed and its autoformat UNDONE, so it is plain text "
                 "with no list; '11) ' started a third list at 11, carried on to the end. Enter and Backspace in the "
                 "middle of paragraph " + str(WW_CARRY) + " left its second half an unnumbered List Paragraph at the "
                 "list's indent (part of it). COMMENTS are anchored in mid-paragraph in paragraphs "
                 + " and ".join(map(str, WW_COMMENTED)) + " (a reply thread in commentsExtended), their texts '4) "
                 "and 9) say the same thing?' and '12 days or 12 weeks? ...'; w14:paraId and textId on every "
                 "paragraph; 'DRAFT' header, PAGE field footer; page breaks in an empty paragraph before sections 3 "
                 "and 5 and at the start of section 4's heading. The label is the number without its bracket. "
                 "Comments, headings and the closing line are no paragraphs. page = 1 + the page breaks (w:br page) "
                 "before the paragraph."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. mobile.html: a review page saved from a council's mobile site, the AMP version
# --------------------------------------------------------------------------
MO_PLAN = [[70, 80], [95, 90, 85], [110, 100, 115, 95], [105, 100, 95], [85, 75]]
MO_CARRY = "3.2"  # goes on in an unnumbered <p>
MO_MORE = "3.3"  # cut short for phones: "... Read more", its rest in a hidden <span> after the button
MO_CAROUSEL_AFTER = "4.2"  # the "Key learning" carousel between this paragraph and the next
AMP_CACHE = "https://www-wendlebury-gov-example.cdn.ampproject.org/c/s/www.wendlebury.gov.example/amp/safeguarding/" \
    "reviews/sar-mr-darrow"
AMP_BOILER = ("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:"
              "-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to"
              "{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>"
              "<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>")


def mo_sidebar():
    menu = "".join(f'<li><a href="/amp/{m.lower().replace(" ", "-")}">{hesc(m)}</a></li>' for m in _text.MO_MENU)
    steps = "".join(f"<li>{hesc(s)}</li>" for s in _text.MO_STEPS)
    return ('<amp-sidebar id="menu" layout="nodisplay" side="left">\n<button on="tap:menu.close" class="menu-close" '
            f'aria-label="Close menu">\u2715</button>\n<nav aria-label="Main menu"><ul>{menu}</ul></nav>\n<div '
            f'class="menu-concern"><h2>Report a concern</h2><ol>{steps}</ol></div>\n</amp-sidebar>\n')


def mo_carousel():
    n = len(_text.MO_CARDS)
    slides = "".join(f'<div class="card"><p class="card__count">{j} of {n}</p><h3>Key learning</h3><p>{hesc(c)}</p>'
                     "</div>\n" for j, c in enumerate(_text.MO_CARDS, 1))
    return (f'<amp-carousel class="learning" width="360" height="220" layout="responsive" type="slides" '
            f'role="region" aria-label="Key learning">\n{slides}</amp-carousel>\n')


def make_mobile(out, pm):
    path = out / "mobile.html"
    result, texts, sections = [], [], []
    for s, items in enumerate(MO_PLAN, 1):
        parts = []
        for j, n_words in enumerate(items, 1):
            label, t = f"{s}.{j}", pm.make(n_words, "adult")
            texts.append(t)
            result.append(entry(label, None, t))
            if label == MO_CARRY:
                sents = re.split(r"(?<=[.!?])\s+(?=[A-Z])", t)
                parts.append(f"<p><b>{label}</b> {hesc(' '.join(sents[:len(sents) // 2]))}</p>\n"
                             f"<p>{hesc(' '.join(sents[len(sents) // 2:]))}</p>\n")
            elif label == MO_MORE:
                w = t.split()
                parts.append(f'<p><b>{label}</b> {hesc(" ".join(w[:30]))}<span class="more-dots">\u2026</span> '
                             f'<button class="read-more" on="tap:more-{s}-{j}.show,more-btn-{s}-{j}.hide" '
                             f'id="more-btn-{s}-{j}">Read more</button><span id="more-{s}-{j}" hidden> '
                             f'{hesc(" ".join(w[30:]))}</span></p>\n')
            else:
                parts.append(f"<p><b>{label}</b> {hesc(t)}</p>\n")
            if label == MO_CAROUSEL_AFTER:
                parts.append(mo_carousel())
        parts.append('<p class="back-to-top"><a href="#top">Back to top</a></p>\n')
        sections.append(f'<section{" expanded" if s == 1 else ""}>\n<h2 class="accordion__heading">'
                        f"{s}. {hesc(_text.MO_TITLES[s - 1])}</h2>\n<div class=\"accordion__body\">\n"
                        + "".join(parts) + "</div>\n</section>\n")
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": _text.MO_TITLE,
                     "datePublished": "2025-03-03", "publisher": {"@type": "Organization",
                                                                  "name": "Wendlebury Council (FICTIONAL)"}})
    analytics = json.dumps({"vars": {"account": "G-FICTIONAL"}, "triggers": {"trackPageview": {
        "on": "visible", "request": "pageview"}}})
    html = (
        f"<!DOCTYPE html>\n<!-- saved from url=({len(AMP_CACHE):04d}){AMP_CACHE} -->\n"
        '<html \u26a1 lang="en-GB"><head>\n<meta charset="utf-8">\n'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
        '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>\n'
        '<script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js">'
        "</script>\n"
        '<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>'
        "\n"
        '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js">'
        "</script>\n"
        f"<title>{hesc(_text.MO_TITLE)} | Wendlebury Council</title>\n"
        '<link rel="canonical" href="https://www.wendlebury.gov.example/safeguarding/reviews/sar-mr-darrow">\n'
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
        f'<script type="application/ld+json">{ld}</script>\n{AMP_BOILER}\n'
        "<style amp-custom>.sticky-bar{position:fixed;bottom:0;left:0;right:0}.exit{position:fixed;top:0;right:0}"
        ".accordion__heading{font-size:1.2rem}</style>\n</head>\n<body>\n"
        f'<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{analytics}'
        "</script></amp-analytics>\n"
        '<a id="top"></a>\n<a class="exit" href="https://www.bbc.co.uk/weather" rel="nofollow">Exit this page</a>\n'
        '<header class="site-header"><button class="hamburger" on="tap:menu.toggle" aria-label="Open menu">\u2630'
        '</button> <a href="/amp/" class="logo">Wendlebury Council (FICTIONAL)</a></header>\n' + mo_sidebar()
        + '<main id="content">\n<article>\n'
        f'<h1>{hesc(_text.MO_TITLE)}</h1>\n<p class="meta">Wendlebury Safeguarding Adults Board \u00b7 Published 3 '
        "March 2025 \u00b7 Updated 10 March 2025</p>\n"
        '<amp-img src="/media/sar-darrow-hero.jpg" width="360" height="200" layout="responsive" alt="A terrace of '
        'houses in the rain"></amp-img>\n'
        f"<p><i>{FICT}. {INVENTED}</i></p>\n<p>This is a summary of the board's review. Tap a heading to open a "
        'section.</p>\n<p><button on="tap:report.expand" class="expand-all">Open all sections</button></p>\n'
        '<amp-accordion id="report" animate>\n' + "".join(sections) + "</amp-accordion>\n"
        '<p class="share">Share: <a href="whatsapp://send?text=SAR%20Mr%20Darrow">WhatsApp</a> <a href="mailto:">'
        "Email</a></p>\n</article>\n</main>\n"
        '<div class="sticky-bar"><a href="#top">Back to top \u2191</a> <a href="tel:03005550391">Call 0300 555 0391'
        "</a></div>\n"
        '<footer><p><a href="https://www.wendlebury.gov.example/safeguarding/reviews/sar-mr-darrow">View the full '
        "site</a></p><p>\u00a9 Wendlebury Council 2025 (FICTIONAL)</p></footer>\n</body></html>\n")
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: in the accordion's section bodies a <p> opening with a <b> number opens a paragraph (its
    # text without the dots and the button), an unnumbered <p> goes on with it, anything else closes it
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    got, cur = [], None
    secs = root.xpath("//amp-accordion/section")
    for sec in secs:
        for el in sec.xpath("./div")[0]:
            for junk in el.xpath('.//button | .//span[@class="more-dots"]'):
                junk.drop_tree()
            b = el.find("b")
            s = " ".join(el.text_content().split())
            if el.tag == "p" and b is not None and re.fullmatch(r"\d\.\d+", b.text or ""):
                cur = [b.text, s[len(b.text) + 1:]]
                got.append(cur)
            elif el.tag == "p" and not el.get("class") and cur is not None:
                cur[1] += " " + s
            else:
                cur = None
        cur = None
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"mobile.html: read back {[g[0] for g in got]}")
    closed = [sec for sec in secs if sec.get("expanded") is None]
    hidden = root.xpath("//span[@hidden]")
    if len(closed) != len(secs) - 1 or len(hidden) != 1 or len(root.xpath("//amp-sidebar//ol/li")) != 3:
        raise AssertionError("mobile.html: accordion, read more, menu")
    return {
        "note": ("A safeguarding adults review's page SAVED FROM A COUNCIL'S MOBILE SITE, the AMP version Google "
                 "served on a phone ('saved from url' the AMP cache's address, a canonical link to the full site): "
                 "<html \u26a1>, the AMP boilerplate, its component scripts, JSON-LD and an <amp-analytics> JSON "
                 "config; a sticky 'Exit this page' link, a header with a hamburger button (\u2630) and an "
                 "<amp-sidebar> menu holding a 'Report a concern' <ol> of three numbered steps; the title, "
                 "'Published 3 March 2025', a hero <amp-img>, 'Open all sections'; the report's sections COLLAPSED "
                 "IN AN <amp-accordion> (each a <section> of an <h2> '3. What happened' and a <div>, only the first "
                 "'expanded'); paragraphs '<p><b>3.2</b> The ...</p>', " + MO_CARRY + " going on in an unnumbered "
                 "<p>, " + MO_MORE + " cut short for phones after 30 words by '\u2026' and a 'Read more' button, its "
                 "rest in a hidden <span> after the button (part of it); an <amp-carousel> of 'Key learning' cards "
                 "('1 of 4', a sentence each) between " + MO_CAROUSEL_AFTER + " and the next paragraph; a 'Back to "
                 "top' link ending each section, share links, a sticky 'Back to top \u2191 / Call 0300 555 0391' bar "
                 "and the footer. Menu, buttons, cards, links and bars are no paragraph's text. No pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "safari.pdf": make_safari, "ereader.pdf": make_ereader, "forwarded.txt": make_forwarded,
        "webword.docx": make_webword, "mobile.html": make_mobile})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind55-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
