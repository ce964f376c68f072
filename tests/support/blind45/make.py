"""Blind fixture generator 45: five FICTIONAL review documents made by tools no earlier round imitated: a web page
turned into a PDF by wkhtmltopdf (lines that straddle a page edge painted on both pages), a final report signed
through DocuSign (envelope stamps, initials tabs, the signature overlay and the Certificate of Completion), a review
written in Apple Pages and exported to Word (layout and section breaks), a Confluence space exported to HTML (page
layouts, panels and macros) and a review page dumped to text by lynx (numbered link references).

FICTIONAL \u2013 for software testing. Run: python make.py [outdir] (a few seconds: everything is built twice and the
bytes compared). Needs reportlab (its canvas and its font folder: Arial metric Type 1 faces and the calligraphic
CALLIG15 face), lxml, python-docx and pdfplumber; no system fonts, no network. Every generator checks its own key
with pdfplumber/lxml/python-docx, never with the project's parser.

sliced.pdf      a child safeguarding practice review web page saved through the partnership site's "Download PDF"
                button, which runs WKHTMLTOPDF 0.12.6 (Producer "Qt 4.8.7"): the page is rendered once as one long
                web page and cut into A4 pages; for every page Qt paints every line box that INTERSECTS the page's
                window, under a CLIP to the window, so A LINE STRADDLING A PAGE EDGE IS IN THE TEXT LAYER OF BOTH
                PAGES (whole glyphs each time; the clip shows its top half at the foot of one page and its bottom
                half at the head of the next). Paragraphs typed "<p><strong>2.3</strong> The ...", continuation
                lines flush left under the number; the site's banner, navigation, breadcrumb, <h1>, "On this page"
                links and footer in the flow; wkhtmltopdf's header ("[title]" left, "[date]" right) and footer
                ("Page N of M"). In this build one page edge passes through the LEADING ABOVE a paragraph's first
                line: the whole line, number and all, is drawn again below the previous page's window (invisible,
                clipped) and shown at the top of the next page; at least two other edges slice lines in mid-paragraph
signed.pdf      a safeguarding adults review's final report (exported from Word: Arial 11, bold "2.3" numbers hanging
                at the margin, bold numbered headings, italic running head from page 2, "Page N of M") SIGNED
                THROUGH DOCUSIGN: DocuSign appends to every page's content stream, AFTER the page's own text, the
                ENVELOPE ID STAMP at the top left ("Docusign Envelope ID: 7E3B9A41-...") and two INITIALS TABS at
                the foot ("DS" over "AC", "DS" over "GP"); on the last report page the signature overlay (a bracket,
                "DocuSigned by:", the signer's name in a script face, a hash "4D2C8E1F9A7B4C35...") and DATE SIGNED
                tabs ("14/03/2025") drawn into the sign-off block after the last paragraph; a CERTIFICATE OF
                COMPLETION page appended (envelope id, document pages, signer events, "Using IP Address:
                81.2.69.142", "Sent: 11/03/2025 | 16:02", envelope summary events); paragraphs run over pages
pages.docx      a child safeguarding practice review written in APPLE PAGES and exported to Word: Pages' style names
                ("Title", "Subtitle", "Heading", "Heading 2", "Body"), Helvetica Neue, tiered numbers by w:numPr
                (the "Heading" paragraphs level 0 "%1.", the "Body" paragraphs level 1 "%1.%2", a TAB after the
                number); Pages' LAYOUT BREAK and SECTION BREAK become Word sections, each w:sectPr in the pPr of its
                section's LAST paragraph: the two-column "At a glance" layout is a CONTINUOUS section (its sectPr
                has w:type continuous and two w:cols; no new page), the body sections start on a new page (nextPage);
                a Pages PAGE BREAK is a w:br page at the END of the last run of the paragraph before it (inside
                paragraphs 2.2 and 3.3); a floating pull quote (a Pages text box, wp:anchor with wps:txbx)
                anchored at the start of paragraph 3.2, so its w:txbxContent comes before 3.2's own words
confluence.html a safeguarding adults review drafted in a partnership's CONFLUENCE space and exported with the
                space's HTML export: breadcrumbs, "Created by ..., last modified on ..." metadata, a Table of
                Contents macro, the page's content in PAGE LAYOUT divs (contentLayout2 > columnLayout
                "two-right-sidebar" > cell > innerCell) with numbers typed in <p>s ("2.1&nbsp;The ..."), the aside
                cell holding a "Key facts" PANEL with an ordered list, INFO MACROS between paragraphs (one opening
                "Paragraphs 2.2 and 2.3 draw on ...", one "3 agencies asked ..."), a carry-on <p> after 3.2, a user
                mention link, a status lozenge, an EXPAND MACRO hiding a chronology table whose rows begin
                "12.01.2024", the "Attachments:" page section and "Document generated by Confluence on ..."
lynxdump.txt    a domestic homicide review web page dumped with "lynx -dump" (UTF-8, LF, 80 columns): the
                navigation, search form and breadcrumb as lynx prints them, the <h1> centred, <h2> headings flush
                left ("3. Agency contact"), paragraphs indented three spaces and wrapped, each opening with its
                typed number ("3.2 The ..."), every link text prefixed by lynx's "[14]" reference number (four in
                mid-paragraph), an "On this page" <ol> as "    1. [11]Introduction", a lead-in in 4.2 followed by
                an <ol> of three items ("    1. ..."), "[20]Back to top" lines, and lynx's closing "References"
                list, "   1. https://..." to "  28. https://...", at the same three-space indent as the paragraphs

Judgement calls (what a practitioner citing the report would expect):
- the label is the paragraph number as printed, without a trailing stop: "3.2";
- sliced.pdf: a line drawn on two pages by the renderer is one line of the paragraph, read once; a paragraph's page
  is the page where its first line's BASELINE falls inside the page's printed window, so the paragraph whose first
  line is repeated invisibly under the foot of the previous page starts on the next page; wkhtmltopdf's header and
  footer, the site's banner, navigation, breadcrumb, contents links, notices and footer are no paragraph's text;
- signed.pdf: DocuSign's envelope stamps, initials tabs, signature overlay, date tabs and its Certificate of
  Completion are no part of the report (no paragraph's text, no paragraphs, even where drawn after a paragraph that
  runs over the page); the sign-off sentence is unnumbered;
- pages.docx: a text box anchored in a paragraph is not its text; "At a glance" lines are unnumbered;
- confluence.html: panels, info macros, the table of contents, the expand macro's chronology and the page furniture
  are no paragraph's text; an unnumbered <p> straight after a numbered one in the same cell is its carry-on, part
  of its text; the panel's ordered list is no paragraphs; the status lozenge is no text;
- lynxdump.txt: lynx's "[14]" markers are no words of the text (the link's words are); an <ol> after a lead-in is
  the paragraph's text (the browser's "1." markers are not); the "On this page" list, "Back to top" lines and the
  References list are no paragraphs, though their numbers stand where paragraph numbers do;
- pages: physical and 1-based for PDF. DOCX: page = 1 + the page breaks (w:br page) before the paragraph + the
  sections before it that start on a new page (a section's start is the w:type of the sectPr that ENDS it;
  nextPage, the default, starts a page; continuous does not). HTML and plain text: null.
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
    from blindkit.markup import docx_content_types, hesc, xesc, zip_parts  # type: ignore
    from blindkit.pdfread import check_pdf_key, pdf_pages  # type: ignore

    _text = _harness.load(__file__, "blind45_text", "text.py")
else:
    from ..blindkit import harness as _harness
    from ..blindkit.draw import Layout, hanging_rows, register_fonts, sw, wrap
    from ..blindkit.flow import RowFlow
    from ..blindkit.keys import check_count, check_crossings, check_lengths, entry
    from ..blindkit.markup import docx_content_types, hesc, xesc, zip_parts
    from ..blindkit.pdfread import check_pdf_key, pdf_pages
    from . import text as _text

ParaMaker, norm, contains_seq = _text.ParaMaker, _text.norm, _text.contains_seq

FICT = "FICTIONAL \u2013 for software testing"
INVENTED = "Every person, place and service named here is invented."
A, AB, AI, SCRIPT = "ArialMT", "Arial-BoldMT", "Arial-ItalicMT", "CALLIG15"
T1_FACES = {A: "_a______", AB: "_ab_____", AI: "_ai_____", SCRIPT: "callig15"}
PW, PH = 595.28, 841.89
GREY = (0.4, 0.4, 0.4)


# --------------------------------------------------------------------------
# 1. sliced.pdf: wkhtmltopdf paints every line box that meets a page's window, so a line over a page edge is drawn
#    on both pages (clipped)
# --------------------------------------------------------------------------
SL_PLAN = [
    ("1", "Introduction", [80, 90]),
    ("2", "Ellis and his family", [105, 95, 110, 100]),
    ("3", "What happened", [120, 110, 125, 100, 115, 105]),
    ("4", "What the review found", [115, 120, 105, 110]),
    ("5", "Next steps", [90, 85]),
]
SL_L, SL_R = 48.0, 547.0
SL_FS, SL_LH, SL_GAP = 10.5, 15.75, 10.5
SL_TOPM = 56.69  # --margin-top 20mm
SL_WT = PH - SL_TOPM  # the window's top on every page
SL_TITLE = "Child Safeguarding Practice Review: Ellis"
TEAL = (0.0, 0.42, 0.45)
NAVY = (0.08, 0.16, 0.32)


def sl_meas(s):
    return sw(s, A, SL_FS)


def sl_document(pm):
    """The web page as one long column: items ("T", top, height, base, [(x, s, font, size, rgb)]) and ("R", top,
    height, x, w, fill), in document coordinates (points down from the top of the page). Returns the items, the
    paragraphs [(label, text, [line index ...])] and the lines' items."""
    items, paras = [], []
    d = 0.0

    def line(segs, lh, size):
        nonlocal d
        items.append(("T", d, lh, d + lh * 0.78, segs, size))
        d += lh
        return len(items) - 1

    items.append(("R", 0.0, 54.0, 0.0, PW, NAVY))
    items.append(("T", 14.0, 24.0, 33.0, [(SL_L, _text.SL_SITE + " (FICTIONAL)", AB, 15.0, (1, 1, 1))], 15.0))
    items.append(("R", 54.0, 22.0, 0.0, PW, (0.92, 0.93, 0.95)))
    x, segs = SL_L, []
    for s in _text.SL_NAV:
        segs.append((x, s, A, 9.0, NAVY))
        x += sw(s, A, 9.0) + 18.0
    items.append(("T", 54.0, 22.0, 69.0, segs, 9.0))
    d = 88.0
    line([(SL_L, "Home \u203a Reviews \u203a " + SL_TITLE, A, 8.5, GREY)], 14.0, 8.5)
    d += 8.0
    line([(SL_L, SL_TITLE, AB, 20.0, NAVY)], 28.0, 20.0)
    line([(SL_L, "Published 2 May 2025 \u00b7 Independent reviewer: Dr Petra Lindqvist", A, 9.0, GREY)], 16.0, 9.0)
    line([(SL_L, f"{FICT}. {INVENTED}", AI, 9.0, GREY)], 16.0, 9.0)
    d += 8.0
    line([(SL_L, "On this page", AB, 11.0, (0, 0, 0))], 18.0, 11.0)
    for sec, title, _ in SL_PLAN:
        line([(SL_L + 14.0, f"{sec}. {title}", A, 10.0, (0.0, 0.3, 0.7))], 15.0, 10.0)
    d += 10.0
    for ln in wrap(_text.SL_INTRO.split(), SL_R - SL_L, sl_meas):
        line([(SL_L, " ".join(ln), A, SL_FS, (0, 0, 0))], SL_LH, SL_FS)
    d += SL_GAP
    for sec, title, sizes in SL_PLAN:
        d += 14.0
        line([(SL_L, f"{sec}. {title}", AB, 14.0, TEAL)], 22.0, 14.0)
        d += 4.0
        for k, n in enumerate(sizes, 1):
            label = f"{sec}.{k}"
            t = pm.make(n, "child")
            lw = sw(label + " ", AB, SL_FS)
            lines = wrap(t.split(), SL_R - SL_L, sl_meas, first_width=SL_R - SL_L - lw)
            idx = []
            for j, ln in enumerate(lines):
                segs = [(SL_L, " ".join(ln), A, SL_FS, (0, 0, 0))]
                if j == 0:  # the <strong> number, then the text run that begins with the space after it
                    segs = [(SL_L, label, AB, SL_FS, (0, 0, 0)),
                            (SL_L + sw(label, AB, SL_FS), " " + " ".join(ln), A, SL_FS, (0, 0, 0))]
                idx.append(line(segs, SL_LH, SL_FS))
            paras.append((label, t, idx))
            d += SL_GAP
    d += 10.0
    for s in _text.SL_AFTER:
        for ln in wrap(s.split(), SL_R - SL_L, lambda z: sw(z, A, 9.0)):
            line([(SL_L, " ".join(ln), A, 9.0, GREY)], 14.0, 9.0)
        d += 6.0
    return items, paras, d


def sl_slices(items, paras, H, n_pages):
    """How the page edges meet the lines: (first-line cuts in the leading above the glyphs [(label, cut below the
    line's top)], the number of later lines of paragraphs cut, each drawn on both pages), or None where a
    paragraph's first line is cut through its glyphs (no clear page for it)."""
    first, mid = [], 0
    for label, _t, idx in paras:
        for j, i in enumerate(idx):
            _, top, lh, base, _segs, size = items[i]
            for k in range(1, n_pages):
                edge = k * H
                if top < edge < top + lh:
                    cut = edge - top
                    if j == 0:
                        if (base - top) - 0.716 * size - 1.0 < cut < (base - top) + 1.0:
                            return None  # the cut would pass through the number's glyphs: no clear page
                        if cut < base - top:
                            first.append((label, round(cut, 2)))
                    else:
                        mid += 1
    return first, mid


def make_sliced(out, pm):
    path = out / "sliced.pdf"
    items, paras, total = sl_document(pm)
    chosen = None
    # the page window's height (the margins in mm): one that makes a page edge cut a first line in the leading above
    # its glyphs and at least two more edges cut lines in mid-paragraph, none a first line through its glyphs
    tries = [((items[idx[0]][1] + off) / k) for off in (2.0, 1.0, 3.0, 1.5, 2.5, 0.5) for _l, _t, idx in paras
             for k in (1, 2, 3, 4)]
    for H in tries:  # the edge after page k at a first line's top plus off
        if not 640.0 <= H <= 760.0:
            continue
        n_pages = int(total // H) + 1
        got = sl_slices(items, paras, H, n_pages)
        if got and got[0] and got[1] >= 2:
            chosen = (H, n_pages, got)
            break
    if chosen is None:
        raise AssertionError("sliced.pdf: no window height gives the planned cuts")
    H, n_pages, (first_cuts, mid_cuts) = chosen
    WB = SL_WT - H  # the window's foot on every page

    from reportlab.pdfgen.canvas import Canvas
    c = Canvas(str(path), pagesize=(PW, PH), invariant=1, pageCompression=1)
    c.setTitle(f"{SL_TITLE} | {_text.SL_SITE} (FICTIONAL)")
    c.setCreator("wkhtmltopdf 0.12.6")
    c.setProducer("Qt 4.8.7")
    c.setSubject(FICT)
    drawn = []  # (page, label of a paragraph's first line, baseline)
    for k in range(n_pages):
        c.setFont(A, 8)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(SL_L, PH - 30.0, f"{SL_TITLE} | {_text.SL_SITE} (FICTIONAL)")
        c.drawRightString(SL_R, PH - 30.0, "02/05/2025")
        c.drawCentredString(PW / 2, 22.0, f"Page {k + 1} of {n_pages}")
        c.saveState()
        clip = c.beginPath()
        clip.rect(0, WB, PW, H)
        c.clipPath(clip, stroke=0, fill=0)
        lo, hi = k * H, (k + 1) * H
        for it in items:
            if it[0] == "R":
                _, top, h, x, w, fill = it
                if top < hi and top + h > lo:
                    c.setFillColorRGB(*fill)
                    c.rect(x, SL_WT - (top + h - lo), w, h, stroke=0, fill=1)
                continue
            _, top, lh, base, segs, _size = it
            if top < hi and top + lh > lo:
                y = SL_WT - (base - lo)
                for x, s, font, size, rgb in segs:
                    t = c.beginText()
                    t.setTextOrigin(x, y)
                    t.setFont(font, size)
                    t.setFillColorRGB(*rgb)
                    t.textOut(s)
                    c.drawText(t)
        c.restoreState()
        c.showPage()
    c.save()

    texts = [t for _l, t, _i in paras]
    result, ends, labels = [], [], []
    for label, t, idx in paras:
        base0, base1 = items[idx[0]][3], items[idx[-1]][3]
        pg = int(base0 // H) + 1
        result.append(entry(label, pg, t))
        ends.append(int(base1 // H) + 1)
        labels.append((pg, SL_L, round(SL_WT - (base0 - (pg - 1) * H), 4)))
        drawn.append((pg, label, base0))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    pages = pdf_pages(path)
    for i, (pg, x, y) in enumerate(labels):  # pdfplumber's baselines, not the layout's rounding
        cs = [ch for ch in pages[pg - 1] if abs(ch["matrix"][5] - y) < 0.05 and abs(ch["x0"] - x) < 0.05]
        if not cs:
            raise AssertionError(f"sliced.pdf: label {result[i]['label']} not found")
        labels[i] = (pg, x, cs[0]["matrix"][5])
    check_pdf_key(path.name, pages, result, ends, labels)
    # the trap is there: the first-line cut's paragraph has its number and first words ALSO under the window of the
    # page before, and a line cut in mid-paragraph is read on both pages
    for label, _cut in first_cuts:
        d = next(d for d in result if d["label"] == label)
        prev = pages[d["page"] - 2]
        below = sorted((ch for ch in prev if ch["matrix"][5] < WB), key=lambda ch: ch["x0"])
        row = "".join(ch["text"] for ch in below if ch["size"] > 10)
        if not row.startswith(label) or not contains_seq(norm(row), norm(d["starts_with"])[:4]):
            raise AssertionError(f"sliced.pdf: {label}'s first line not repeated under page {d['page'] - 1}")
    cross = check_crossings("sliced.pdf", result, ends)
    return {
        "note": ("A child safeguarding practice review web page saved through the site's 'Download PDF' button, "
                 "which runs WKHTMLTOPDF 0.12.6 (Producer 'Qt 4.8.7'): the page is laid out once as a long web page "
                 "and cut into A4 pages; for each page Qt paints every line box that INTERSECTS the page's window "
                 "under a CLIP, so a line straddling a page edge is in the TEXT LAYER OF BOTH PAGES (the clip shows "
                 f"its top half on one page and its bottom half on the next; {mid_cuts} lines in mid-paragraph "
                 "are cut so in this build). Paragraphs typed '<strong>2.3</strong> The ...', continuation lines "
                 "flush left under the number. Paragraph " + ", ".join(lb for lb, _ in first_cuts) + " has its "
                 "first line's box cut in the LEADING ABOVE ITS GLYPHS: the whole line, number and all, is also "
                 "drawn below the previous page's window (clipped away, invisible) and is shown at the top of the "
                 "next page, which is its page (the page where its first line's baseline is inside the window). A "
                 "line drawn on two pages is read once. wkhtmltopdf's header (title, date) and 'Page N of M' "
                 "footer, the site banner, navigation, breadcrumb, 'On this page' links, introduction, notice and "
                 "footer lines are no paragraph's text. Paragraphs run over pages (" + ", ".join(cross) + ")."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 2. signed.pdf: a Word-exported report signed through DocuSign: stamps, tabs, the signature overlay, a certificate
# --------------------------------------------------------------------------
SG_PLAN = [
    ("1", "Introduction", [85, 95, 80]),
    ("2", "Mrs Orrin", [110, 100]),
    ("3", "What happened", [125, 115, 120, 110, 105]),
    ("4", "Analysis", [120, 125, 115, 110]),
    ("5", "Recommendations", [95, 90]),
]
SG_L, SG_T, SG_R = 72.0, 108.0, 523.0
SG_FS, SG_LEAD, SG_AFTER = 11.0, 15.0, 8.0
SG_TOP, SG_BOTTOM = 770.0, 80.0


def make_signed(out, pm):
    path = out / "signed.pdf"
    lay = Layout()
    lay.new_page()
    navy = (0.12, 0.2, 0.4)
    lay.text(SG_L, 760, "Safeguarding Adults Review: Mrs Orrin", AB, 20, navy)
    for k, s in enumerate(["Final report \u2013 version 7", "Ashcombe Vale Safeguarding Adults Board (FICTIONAL)",
                           f"{FICT}. {INVENTED}"]):
        lay.text(SG_L, 734 - 14 * k, s, A, 10, (0.3, 0.3, 0.3))
    fl = RowFlow(lay, SG_TOP, SG_BOTTOM, lambda pg: SG_TOP)
    fl.cur = 680.0
    meas = lambda s: sw(s, A, SG_FS)  # noqa: E731
    result, texts, ends, labels = [], [], [], []
    for sec, title, sizes in SG_PLAN:
        fl.place([(16.0, 20.0, [(SG_L, f"{sec}.", AB, 13.0, navy, 0.0), (SG_T, title, AB, 13.0, navy, 0.0)]),
                  (0.0, SG_LEAD, [])], keep=2)
        fl.cur += SG_LEAD
        for k, n in enumerate(sizes, 1):
            label = f"{sec}.{k}"
            t = pm.make(n, "adult")
            rows = hanging_rows(label, t, SG_L, SG_T, SG_R, A, SG_FS, SG_LEAD, SG_AFTER, meas, num_font=AB)
            placed = fl.place(rows, keep=2)
            texts.append(t)
            result.append(entry(label, placed[0][0], t))
            ends.append(placed[-1][0])
            labels.append((placed[0][0], SG_L, placed[0][1]))
    # the sign-off block: an unnumbered sentence, then for each signer a space for the signature, name, role, date
    sign_rows = [(18.0 if j == 0 else 0.0, SG_LEAD, [(SG_L, " ".join(ln), A, SG_FS, (0, 0, 0), 0.0)])
                 for j, ln in enumerate(wrap(_text.SG_SIGNOFF.split(), SG_R - SG_L, meas))]
    placed = fl.place(sign_rows, keep=len(sign_rows))
    spots = []
    for name, role, _ini, _h, _ip, _when in _text.SG_SIGNERS:
        rows = [(14.0, 40.0, []), (0.0, 14.0, [(SG_L, name, AB, 10.0, (0, 0, 0), 0.0)]),
                (0.0, 14.0, [(SG_L, role, A, 10.0, (0, 0, 0), 0.0)]),
                (0.0, 14.0, [(SG_L, "Date:", A, 10.0, (0, 0, 0), 0.0)])]
        got = fl.place(rows, keep=4)
        spots.append((got[0], got[3]))
    last_report_page = lay.n
    n_total = lay.n + 1
    head = "Safeguarding Adults Review: Mrs Orrin \u2013 Final report (FICTIONAL)"
    for k in range(1, last_report_page + 1):
        if k > 1:
            lay.text(SG_L, 800, head, AI, 8.5, GREY, page=k)
        s = f"Page {k} of {last_report_page}"
        lay.text(SG_R - sw(s, A, 9), 40, s, A, 9, GREY, page=k)
    # DocuSign's overlay, appended to each page's content after the page's own text
    blue = (0.1, 0.25, 0.6)
    for k in range(1, last_report_page + 1):
        lay.text(18.0, PH - 16.0, "Docusign Envelope ID: " + _text.SG_ENVELOPE, A, 7, (0, 0, 0), page=k)
        for j, (_n, _r, ini, _h, _ip, _w) in enumerate(_text.SG_SIGNERS):
            x = SG_R - 70.0 + 36.0 * j
            lay.add(("L", x, 52.0, x + 30.0, 52.0, 0.6, blue), page=k)
            lay.text(x + 1.0, 70.0, "DS", AB, 5, blue, page=k)
            lay.text(x + 4.0, 56.0, ini, SCRIPT, 12, (0, 0, 0), page=k)
    for (_n, _r, _i, hsh, _ip, when), ((pg, y_sig), (_pg2, y_date)) in zip(_text.SG_SIGNERS, spots, strict=True):
        lay.add(("L", SG_L, y_sig - 8.0, SG_L, y_sig + 24.0, 1.2, blue), page=pg)
        lay.add(("L", SG_L, y_sig + 24.0, SG_L + 10.0, y_sig + 24.0, 1.2, blue), page=pg)
        lay.add(("L", SG_L, y_sig - 8.0, SG_L + 10.0, y_sig - 8.0, 1.2, blue), page=pg)
        lay.text(SG_L + 4.0, y_sig + 18.0, "DocuSigned by:", A, 6, (0.3, 0.3, 0.3), page=pg)
        lay.text(SG_L + 6.0, y_sig + 2.0, _n, SCRIPT, 18, (0, 0, 0), page=pg)
        lay.text(SG_L + 4.0, y_sig - 6.0, hsh + "...", A, 5.5, (0.3, 0.3, 0.3), page=pg)
        lay.text(SG_L + 30.0, y_date, when.split(" | ")[0], A, 10, (0, 0, 0), page=pg)
    # the Certificate of Completion
    lay.new_page()
    cy = 780.0

    def cert(left, right="", font=A, size=8.5, gap=12.0):
        nonlocal cy
        if left:
            lay.text(36.0, cy, left, font, size, (0, 0, 0))
        if right:
            lay.text(330.0, cy, right, font, size, (0, 0, 0))
        cy -= gap

    cert("Certificate Of Completion", font=AB, size=12, gap=20.0)
    initials = 2 * last_report_page
    for left, right in _text.SG_CERT:
        cert(left.format(pages=last_report_page, initials=initials), right.format(pages=last_report_page,
                                                                                 initials=initials))
    cy -= 8.0
    cert("Record Tracking", font=AB, size=9.5, gap=14.0)
    cert("Status: Original", "Holder: Gareth Penhallow")
    cert("11/03/2025 | 15:58", "Location: DocuSign")
    cy -= 8.0
    lay.text(36.0, cy, "Signer Events", AB, 9.5)
    lay.text(250.0, cy, "Signature", AB, 9.5)
    lay.text(420.0, cy, "Timestamp", AB, 9.5)
    cy -= 16.0
    for name, role, ini, hsh, ip, when in _text.SG_SIGNERS:
        rows = [(name, ini, "Sent: 11/03/2025 | 16:02"), (role, "", "Viewed: " + when),
                ("Security Level: Email, Account Authentication (None)", "Signature Adoption: Pre-selected Style",
                 "Signed: " + when), ("", f"Signature ID: {hsh[:8]}-{hsh[8:12]}-{hsh[12:]}", ""),
                ("", "Using IP Address: " + ip, ""),
                ("Electronic Record and Signature Disclosure:", "", ""), ("Accepted: " + when, "", "")]
        for a_, b_, c_ in rows:
            if a_:
                lay.text(36.0, cy, a_, A, 8)
            if b_:
                lay.text(250.0, cy, b_, SCRIPT if b_ == ini else A, 14 if b_ == ini else 8)
            if c_:
                lay.text(420.0, cy, c_, A, 8)
            cy -= 11.0
        cy -= 8.0
    lay.text(36.0, cy, "Envelope Summary Events", AB, 9.5)
    lay.text(250.0, cy, "Status", AB, 9.5)
    lay.text(420.0, cy, "Timestamps", AB, 9.5)
    cy -= 14.0
    for ev, st, when in _text.SG_EVENTS:
        lay.text(36.0, cy, ev, A, 8)
        lay.text(250.0, cy, st, A, 8)
        lay.text(420.0, cy, when, A, 8)
        cy -= 11.0
    if lay.n != n_total:
        raise AssertionError("signed.pdf: certificate pages")
    lay.render(path, {"Title": "SAR Mrs Orrin final report v7", "Author": "Ashcombe Vale SAB (FICTIONAL)",
                      "Creator": "Microsoft\u00ae Word for Microsoft 365",
                      "Producer": "Microsoft\u00ae Word for Microsoft 365; modified using iText\u00ae 5.5.13 "
                                  "\u00a92000-2020 iText Group NV (DocuSign)", "Subject": FICT})
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    pages = pdf_pages(path)
    check_pdf_key(path.name, pages, result, ends, labels)
    # the trap is there: every report page's content stream ends with DocuSign's initials, after the stamp, and the
    # stamp comes after the page's last report text; the certificate page quotes the envelope id
    for k in range(last_report_page):
        stream = "".join(ch["text"] for ch in pages[k])
        stamp, folio = stream.find("Docusign Envelope ID"), stream.find(f"Page {k + 1} of {last_report_page}")
        if not 0 <= folio < stamp or stream.count("DS") < 2:
            raise AssertionError(f"signed.pdf: page {k + 1}'s overlay")
    if "Certificate Of Completion" not in "".join(ch["text"] for ch in pages[-1]):
        raise AssertionError("signed.pdf: certificate")
    cross = check_crossings("signed.pdf", result, ends)
    return {
        "note": ("A safeguarding adults review's final report exported from Word (Arial 11, bold '2.3' numbers "
                 "hanging at the margin, bold numbered headings, italic running head from page 2, 'Page N of M') "
                 "and SIGNED THROUGH DOCUSIGN: every report page's content stream ends with DocuSign's overlay, "
                 "drawn after the page's own text: the ENVELOPE ID STAMP at the top left ('Docusign Envelope ID: "
                 + _text.SG_ENVELOPE + "') and two INITIALS TABS at the foot ('DS' over a script 'AC', 'DS' over "
                 "'GP'); on the last report page the signature overlay (a bracket, 'DocuSigned by:', the signer's "
                 "name in a script face, a hash) and date tabs drawn into the sign-off block after the last "
                 f"paragraph; page {n_total} is DocuSign's CERTIFICATE OF COMPLETION (envelope id, signer events, "
                 "'Using IP Address: 81.2.69.142', timestamps 'dd/mm/yyyy | hh:mm'). None of DocuSign's additions "
                 "and no certificate line is a paragraph or part of one; the sign-off sentence is unnumbered. "
                 "Paragraphs run over pages (" + ", ".join(cross) + "); pages physical."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 3. pages.docx: Apple Pages' export to Word: its style names, tiered numbers by w:numPr, layout and section breaks
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
PG_NS = (f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="wps"')
PG_PLAN = [  # (chapter title, paragraph sizes, section: which Word section the chapter is in)
    ("Introduction", [80, 75, 85]),
    ("Jayden and his family", [95, 100, 90]),
    ("What happened", [70, 105, 110, 100, 95]),
    ("What the review found", [100, 110, 95]),
    ("What happens next", [85, 80]),
]
PG_FONT = "Helvetica Neue"
PG_STYLES = XML_HEAD + (
    f'<w:styles {PG_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{PG_FONT}" w:hAnsi="{PG_FONT}" '
    f'w:eastAsia="{PG_FONT}" w:cs="{PG_FONT}"/><w:color w:val="000000"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
    '<w:u w:val="none" w:color="000000"/><w:vertAlign w:val="baseline"/><w:lang w:val="en-GB"/></w:rPr>'
    '</w:rPrDefault><w:pPrDefault><w:pPr><w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:pageBreakBefore '
    'w:val="0"/><w:widowControl w:val="1"/><w:shd w:val="clear" w:color="auto" w:fill="auto"/><w:spacing '
    'w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/>'
    '<w:jc w:val="left"/><w:outlineLvl w:val="9"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Table Normal"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" '
    'w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    '</w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Body"><w:name w:val="Body"/><w:next w:val="Body"/>'
    '<w:pPr><w:spacing w:after="200" w:line="288" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts '
    f'w:ascii="{PG_FONT}" w:hAnsi="{PG_FONT}"/><w:sz w:val="22"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Title"><w:name w:val="Title"/><w:next '
    'w:val="Body"/><w:pPr><w:keepNext w:val="1"/><w:spacing w:after="120"/></w:pPr><w:rPr><w:b w:val="1"/>'
    '<w:sz w:val="56"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:next '
    'w:val="Body"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:color w:val="5E5E5E"/><w:sz '
    'w:val="30"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Heading"><w:name w:val="Heading"/><w:next '
    'w:val="Body"/><w:pPr><w:keepNext w:val="1"/><w:spacing w:before="360" w:after="120"/><w:outlineLvl '
    'w:val="0"/></w:pPr><w:rPr><w:b w:val="1"/><w:color w:val="1B5E7A"/><w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Heading2"><w:name w:val="Heading 2"/><w:next '
    'w:val="Body"/><w:pPr><w:keepNext w:val="1"/><w:spacing w:before="240" w:after="80"/><w:outlineLvl '
    'w:val="1"/></w:pPr><w:rPr><w:b w:val="1"/><w:sz w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="HeaderFooter"><w:name w:val="Header &amp; Footer"/>'
    '<w:pPr><w:tabs><w:tab w:val="right" w:pos="9020"/></w:tabs></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr>'
    '</w:style></w:styles>')


def pg_lvl(i, fmt, text, left):
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs><w:ind '
            f'w:left="{left}" w:hanging="{left}"/></w:pPr><w:rPr><w:b w:val="{1 if i == 0 else 0}"/></w:rPr>'
            '</w:lvl>')


PG_NUMBERING = XML_HEAD + (
    f'<w:numbering {PG_NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
    f'{pg_lvl(0, "decimal", "%1.", 567)}{pg_lvl(1, "decimal", "%1.%2", 709)}'
    + "".join(pg_lvl(i, "decimal", ".".join(f"%{j + 1}" for j in range(i + 1)), 709 + 142 * i)
              for i in range(2, 9))
    + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def pg_run(s, rpr=""):
    return f'<w:r><w:rPr><w:rFonts w:ascii="{PG_FONT}" w:hAnsi="{PG_FONT}"/>{rpr}</w:rPr>' \
           f'<w:t xml:space="preserve">{xesc(s)}</w:t></w:r>'


def pg_sect(kind, cols=1):
    c = f'<w:cols w:num="{cols}" w:space="567"/>' if cols > 1 else '<w:cols w:space="720"/>'
    return (f'<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" '
            f'r:id="rId9"/><w:type w:val="{kind}"/><w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/><w:pgMar '
            'w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="850"/>'
            f'{c}<w:titlePg w:val="0"/></w:sectPr>')


def pg_para(runs, style, numpr="", sect=""):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{numpr}{sect}</w:pPr>{runs}</w:p>'


def pg_textbox(text):
    emu = 2160000
    return ('<w:r><w:drawing><wp:anchor distT="152400" distB="152400" distL="152400" distR="152400" '
            'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align>'
            '</wp:positionH><wp:positionV relativeFrom="line"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{emu}" cy="1270000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare '
            'wrapText="bothSides" distL="152400" distR="152400" distT="152400" distB="152400"/>'
            '<wp:docPr id="1073741825" name="officeArt object" descr="Text Box"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{emu}" cy="1270000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="E8F1F5"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>'
            '<wps:txbx id="1"><w:txbxContent>'
            + pg_para(pg_run(text, '<w:i w:val="1"/><w:color w:val="1B5E7A"/><w:sz w:val="26"/>'), "Body")
            + '</w:txbxContent></wps:txbx><wps:bodyPr wrap="square" lIns="91440" tIns="91440" rIns="91440" '
            'bIns="91440" anchor="t"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def pg_package(path, doc, pages_n):
    hdr = (f"{XML_HEAD}<w:hdr {PG_NS}>"
           + pg_para(pg_run("Child Safeguarding Practice Review: Jayden (FICTIONAL)"), "HeaderFooter") + "</w:hdr>")
    fld = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE '
           '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r>'
           '<w:fldChar w:fldCharType="end"/></w:r>')
    ftr = f'{XML_HEAD}<w:ftr {PG_NS}><w:p><w:pPr><w:pStyle w:val="HeaderFooter"/><w:jc w:val="center"/></w:pPr>' \
          f'{fld}</w:p></w:ftr>'
    settings = (f'{XML_HEAD}<w:settings {PG_NS}><w:displayBackgroundShape/><w:embedSystemFonts/>'
                '<w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/><w:defaultTabStop w:val="720"/>'
                '<w:autoHyphenation w:val="0"/><w:evenAndOddHeaders w:val="0"/><w:noPunctuationKerning/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:doNotUseHTMLParagraphAutoSpacing/>'
                '</w:compat></w:settings>')
    ct = docx_content_types(["document", "numbering", "styles", "settings", "header1", "footer1"])
    rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/><Relationship Id="rId2" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            f'<Relationship Id="rId0" Type="{DOC_REL}/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId1" Type="{DOC_REL}/settings" Target="settings.xml"/>'
                f'<Relationship Id="rId2" Type="{DOC_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId3" Type="{DOC_REL}/numbering" Target="numbering.xml"/>'
                f'<Relationship Id="rId8" Type="{DOC_REL}/header" Target="header1.xml"/>'
                f'<Relationship Id="rId9" Type="{DOC_REL}/footer" Target="footer1.xml"/></Relationships>')
    app = (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
           f'><Application>Pages</Application><Pages>{pages_n}</Pages></Properties>')
    core = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>CSPR Jayden (FICTIONAL)</dc:title>'
            f'<dc:subject>{FICT}</dc:subject><dc:creator>Fellbridge SCP (FICTIONAL)</dc:creator><dcterms:modified '
            'xsi:type="dcterms:W3CDTF">2025-03-18T14:02:00Z</dcterms:modified></cp:coreProperties>')
    zip_parts(path, {"[Content_Types].xml": ct, "_rels/.rels": rels, "docProps/core.xml": core,
                     "docProps/app.xml": app, "word/document.xml": doc, "word/_rels/document.xml.rels": doc_rels,
                     "word/styles.xml": PG_STYLES, "word/numbering.xml": PG_NUMBERING,
                     "word/settings.xml": settings, "word/header1.xml": hdr, "word/footer1.xml": ftr},
              (2025, 3, 18, 14, 2, 0))


NUM = '<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="1"/></w:numPr>'


def make_pages(out, pm):
    path = out / "pages.docx"
    # sections: S1 title block (one column), S2 "At a glance" (continuous, two columns), S3 chapters 1-3 and S4
    # chapters 4-5 (each starting a new page); a sectPr ends its section, in the pPr of the section's last paragraph
    body = [pg_para(pg_run("Child Safeguarding Practice Review: Jayden"), "Title"),
            pg_para(pg_run("Fellbridge Safeguarding Children Partnership (FICTIONAL) \u00b7 March 2025"), "Subtitle"),
            pg_para(pg_run(f"{FICT}. {INVENTED}", '<w:i w:val="1"/>'), "Body", sect=pg_sect("nextPage"))]
    glance = _text.PG_GLANCE
    for j, s in enumerate(glance):
        last = j == len(glance) - 1
        body.append(pg_para(pg_run(s, '<w:b w:val="1"/>' if j == 0 else ""), "Body",
                            sect=pg_sect("continuous", 2) if last else ""))
    result, texts, words, ps, broken = [], [], {1: 110}, [], []
    page = 1
    for ch, (title, sizes) in enumerate(PG_PLAN, 1):
        if ch in (1, 4):  # a section that starts on a new page (its own sectPr, at its end, says nextPage)
            page += 1
            words[page] = 0
        ps.append({"runs": pg_run(title), "style": "Heading", "num": NUM.format(0), "sect": ""})
        for k, n in enumerate(sizes, 1):
            label = f"{ch}.{k}"
            t = pm.make(n, "child")
            if words[page] + len(t.split()) > 470:  # the author's page break, at the end of the paragraph before
                prev = ps[-2] if ps[-1]["style"] == "Heading" else ps[-1]
                broken.append(result[-1]["label"])  # the numbered paragraph that carries the break
                prev["runs"] += '<w:r><w:br w:type="page"/></w:r>'
                page += 1
                words[page] = 0
            words[page] += len(t.split())
            texts.append(t)
            result.append(entry(label, page, t))
            runs = pg_run(t)
            if label == "3.2":  # the pull quote's text box anchored at the paragraph's start
                runs = pg_textbox(_text.PG_QUOTE) + runs
            ps.append({"runs": runs, "style": "Body", "num": NUM.format(1), "sect": ""})
            if label == "3.3":  # Pages' page break: a character at the end of the paragraph before the next page
                ps[-1]["runs"] += '<w:r><w:br w:type="page"/></w:r>'
                broken.append(label)
                page += 1
                words[page] = 0
        if ch == 3:
            ps[-1]["sect"] = pg_sect("nextPage")
    body += [pg_para(e["runs"], e["style"], e["num"], e["sect"]) for e in ps]
    final = pg_sect("nextPage")
    doc = (f'{XML_HEAD}<w:document {PG_NS}><w:body>{"".join(body)}{final}</w:body></w:document>')
    pg_package(path, doc, page)
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: numbers worked out from numbering.xml (one list, level 1 restarting after level 0),
    # pages by the rule: breaks before the paragraph + sections before it that start a new page (the type in the
    # sectPr that ends each section)
    import zipfile

    import docx
    from lxml import etree
    ns = {"w": W_NS, "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"}
    q = f"{{{W_NS}}}val"
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    paras = root.find("w:body", ns).findall("w:p", ns)
    sect_no, starts, s = [], [], 0  # each paragraph's section; each section's start type
    for p in paras:
        sect_no.append(s)
        sp = p.find("w:pPr/w:sectPr", ns)
        if sp is not None:
            ty = sp.find("w:type", ns)
            starts.append(ty.get(q) if ty is not None else "nextPage")
            s += 1
    ty = root.find("w:body/w:sectPr/w:type", ns)
    starts.append(ty.get(q) if ty is not None else "nextPage")
    got, c0, c1, brk = [], 0, 0, 0
    for i, p in enumerate(paras):
        pg = 1 + brk + sum(1 for j in range(1, sect_no[i] + 1) if starts[j] != "continuous")
        npr = p.find("w:pPr/w:numPr", ns)
        if npr is not None:
            lvl = int(npr.find("w:ilvl", ns).get(q))
            if lvl == 0:
                c0, c1 = c0 + 1, 0
            else:
                c1 += 1
                own = "".join(t.text or "" for t in p.xpath("./w:r/w:t", namespaces=ns))
                got.append([f"{c0}.{c1}", pg, own])
        brk += len(p.xpath(".//w:br[@w:type='page']", namespaces=ns))
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"pages.docx: read back {[(g[0], g[1]) for g in got]}")
    if starts != ["nextPage", "continuous", "nextPage", "nextPage"]:
        raise AssertionError(f"pages.docx: sections {starts}")
    d = docx.Document(str(path))
    numbered = [p.text.strip() for p in d.paragraphs if p.style.name == "Body" and p._p.pPr.numPr is not None]
    if numbered != texts or not any(_text.PG_QUOTE in "".join(p._p.itertext()) for p in d.paragraphs):
        raise AssertionError("pages.docx: python-docx's paragraphs")
    return {
        "note": ("A child safeguarding practice review written in APPLE PAGES and exported to Word: Pages' style "
                 "names ('Title', 'Subtitle', 'Heading', 'Heading 2', 'Body'), Helvetica Neue, tiered numbers by "
                 "w:numPr on each paragraph ('Heading' level 0 '%1.', 'Body' level 1 '%1.%2', a tab after the "
                 "number). Pages' layout and section breaks are Word sections whose w:sectPr sits in the pPr of the "
                 "section's LAST paragraph: the title block's section, then the two-column 'At a glance' lines, a "
                 "CONTINUOUS section (w:type continuous, two w:cols: no new page), then chapters 1-3 and chapters "
                 "4-5, each a section that starts on a new page (nextPage). Pages page breaks are w:br page at the "
                 "END of the last run of the paragraph before them (" + ", ".join(broken) + "): the paragraph "
                 "after starts the next page. A floating pull quote (a text "
                 "box, wp:anchor with wps:txbx) is anchored at the start of 3.2: its text comes before 3.2's words "
                 "in the XML and is not 3.2's text. 'At a glance' lines are unnumbered. page = 1 + the page breaks "
                 "before the paragraph + the sections before it that start on a new page (a section's start is the "
                 "w:type of the sectPr that ends it)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 4. confluence.html: a Confluence space's HTML export: page layouts, panels, info and expand macros
# --------------------------------------------------------------------------
CF_PLAN = [  # (section, title, sizes, layout)
    ("1", "Introduction", [85, 90], "single"),
    ("2", "Mr Ferris", [100, 110, 95], "two-right-sidebar"),
    ("3", "What happened", [120, 105, 115, 100], "two-right-sidebar"),
    ("4", "Analysis", [115, 110, 120], "single"),
    ("5", "Recommendations", [90, 85], "single"),
]
CF_PAGE = "SAR Mr Ferris - overview report"


def cf_anchor(title):
    return "SARMrFerris-" + re.sub(r"[^A-Za-z0-9.]", "", title)


def make_confluence(out, pm):
    path = out / "confluence.html"
    toc = "".join(f"<li><span class=\"TOCOutline\">{sec}</span> <a href='#{cf_anchor(sec + '.' + title)}'>"
                  f"{hesc(title)}</a></li>\n" for sec, title, _s, _l in CF_PLAN)
    parts = ["<p><style type='text/css'>/*<![CDATA[\ndiv.rbtoc1741170000000 {padding: 0px;}\n"
             "div.rbtoc1741170000000 ul {list-style: none;margin-left: 0px;}\n"
             "div.rbtoc1741170000000 li {margin-left: 0px;padding-left: 0px;}\n\n/*]]>*/</style></p>"
             f"<div class='toc-macro rbtoc1741170000000'>\n<ul class='toc-indentation'>\n{toc}</ul>\n</div>\n",
             '<p><span class="status-macro aui-lozenge aui-lozenge-success">FINAL</span> <em>' + FICT + ". "
             + INVENTED + "</em></p>\n"]
    parts = ['<div class="columnLayout single" data-layout="single">\n<div class="cell normal" data-type="normal">\n'
             '<div class="innerCell">\n' + "".join(parts) + "</div>\n</div>\n</div>\n"]
    result, texts = [], []
    for sec, title, sizes, layout in CF_PLAN:
        cells = [f'<h2 id="{cf_anchor(sec + "." + title)}">{sec}. {hesc(title)}</h2>\n']
        for k, n in enumerate(sizes, 1):
            label = f"{sec}.{k}"
            t = pm.make(n, "adult")
            if label == "3.2":  # a carry-on <p>: the author pressed Enter between two sentences
                cut = t.index(". ", len(t) // 2) + 1
                cells.append(f"<p>{label}&nbsp;{hesc(t[:cut])}</p>\n<p>{hesc(t[cut + 1:])}</p>\n")
            elif label == "4.2":  # a user mention inside the paragraph
                w = t.split()
                mid = len(w) // 2
                cells.append(f"<p><strong>{label}</strong>&nbsp;{hesc(' '.join(w[:mid]))} (reviewed with "
                             '<a class="confluence-userlink user-mention" data-username="hmarsh" '
                             'href="/display/~hmarsh" data-linked-resource-type="userinfo">Helen Marsh</a>) '
                             f"{hesc(' '.join(w[mid:]))}</p>\n")
                t = " ".join(w[:mid]) + " (reviewed with Helen Marsh) " + " ".join(w[mid:])
            else:
                cells.append(f"<p>{label}&nbsp;{hesc(t)}</p>\n")
            texts.append(t)
            result.append(entry(label, None, t))
            if label in _text.CF_NOTES:
                head, body = _text.CF_NOTES[label]
                cells.append(
                    '<div class="confluence-information-macro confluence-information-macro-information">'
                    '<p class="title">' + hesc(head) + '</p><span class="aui-icon aui-icon-small aui-iconfont-info '
                    'confluence-information-macro-icon"></span><div class="confluence-information-macro-body">'
                    f"<p>{hesc(body)}</p></div></div>\n")
            if label == "3.4":
                rows = "".join(f'<tr><td class="confluenceTd">{d_}</td><td class="confluenceTd">{hesc(a_)}</td>'
                               f'<td class="confluenceTd">{hesc(e_)}</td></tr>\n' for d_, a_, e_ in _text.CF_CHRONO)
                cells.append(
                    '<div id="expander-1402617288" class="expand-container">\n<div id="expander-control-1402617288" '
                    'class="expand-control"><span class="expand-control-icon icon">&nbsp;</span><span '
                    'class="expand-control-text">Chronology of agency contact (click to expand)</span></div>\n'
                    '<div id="expander-content-1402617288" class="expand-content">\n<div class="table-wrap"><table '
                    'class="confluenceTable"><tbody>\n<tr><th class="confluenceTh">Date</th><th class="confluenceTh">'
                    'Agency</th><th class="confluenceTh">Contact</th></tr>\n' + rows + "</tbody></table></div>\n"
                    "</div>\n</div>\n")
        inner = "".join(cells)
        if layout == "single":
            parts.append('<div class="columnLayout single" data-layout="single">\n<div class="cell normal" '
                         f'data-type="normal">\n<div class="innerCell">\n{inner}</div>\n</div>\n</div>\n')
        else:
            if sec == "2":
                facts = "".join(f"<li>{hesc(s)}</li>" for s in _text.CF_FACTS)
                aside = ('<div class="panel" style="border-width: 1px;"><div class="panelHeader" style="border-'
                         'bottom-width: 1px;"><b>Key facts</b></div><div class="panelContent">\n'
                         f"<ol>{facts}</ol>\n</div></div>\n")
            else:
                aside = ('<div class="panel" style="border-width: 1px;"><div class="panelHeader" style="border-'
                         'bottom-width: 1px;"><b>Read more</b></div><div class="panelContent">\n<p><a href="'
                         'Multi-agency-risk-management-guidance_4194321.html">Multi-agency risk management guidance'
                         "</a></p>\n<p>The Board's self-neglect protocol, version 3.1, is on the Board's website.</p>"
                         "\n</div></div>\n")
            parts.append('<div class="columnLayout two-right-sidebar" data-layout="two-right-sidebar">\n<div '
                         f'class="cell normal" data-type="normal">\n<div class="innerCell">\n{inner}</div>\n</div>\n'
                         '<div class="cell aside" data-type="aside">\n<div class="innerCell">\n'
                         f"{aside}</div>\n</div>\n</div>\n")
    body = "".join(parts)
    html = (
        '<!DOCTYPE html>\n<html>\n    <head>\n        <title>' + _text.CF_SPACE + " : " + CF_PAGE + "</title>\n"
        '        <link rel="stylesheet" href="styles/site.css" type="text/css" />\n'
        '        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">\n    </head>\n\n'
        '    <body class="theme-default aui-theme-default">\n        <div id="page">\n'
        '            <div id="main" class="aui-page-panel">\n                <div id="main-header">\n'
        '                    <div id="breadcrumb-section">\n                        <ol id="breadcrumbs">\n'
        '                            <li class="first">\n                                <span><a href="index.html">'
        + _text.CF_SPACE + '</a></span>\n                            </li>\n                            <li>\n'
        '                                <span><a href="Published-reviews_4194305.html">Published reviews</a>'
        '</span>\n                            </li>\n                        </ol>\n                    </div>\n'
        '                    <h1 id="title-heading" class="pagetitle">\n                        <span '
        'id="title-text">\n                            ' + _text.CF_SPACE + " : " + CF_PAGE + "\n"
        "                        </span>\n                    </h1>\n                </div>\n\n"
        '                <div id="content" class="view">\n                    <div class="page-metadata">\n'
        "                        \n        \n        \n            Created by <span class='author'> Helen Marsh"
        "</span>, last modified by <span class='editor'> Owen Trego</span> on 04 March 2025\n"
        "                        </div>\n"
        '                    <div id="main-content" class="wiki-content group">\n'
        '                    <div class="contentLayout2">\n' + body + "</div>\n"
        "                    </div>\n\n"
        '                    <div class="pageSection group">\n                        <div '
        'class="pageSectionHeader">\n                            <h2 id="attachments" class="pageSectionTitle">'
        "Attachments:</h2>\n                        </div>\n\n"
        '                        <div class="greybox" align="left">\n                            <img '
        'src="images/icons/bullet_blue.gif" height="8" width="8" alt=""/>\n                            <a '
        'href="attachments/4194312/4194318.pdf">SAR Mr Ferris overview report v4.pdf</a> (application/pdf)\n'
        "                            <br/>\n                        </div>\n                    </div>\n"
        "                </div>\n            </div>\n"
        '            <div id="footer" role="contentinfo">\n                <section class="footer-body">\n'
        "                    <p>Document generated by Confluence on 05 Mar 2025 10:12</p>\n"
        '                    <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>\n'
        "                </section>\n            </div>\n        </div>     </body>\n</html>\n")
    path.write_text(html, encoding="utf-8")
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    # read back with lxml: in each layout cell, a <p> opening with a typed number starts a paragraph; an unnumbered
    # <p> straight after it in the cell carries it on; headings, macros and panels end it
    import lxml.html
    root = lxml.html.fromstring(html.encode("utf-8"))
    got = []
    for cell in root.xpath('//div[@class="contentLayout2"]//div[@class="cell normal"]/div[@class="innerCell"]'):
        cur = None
        for el in cell:
            txt = " ".join(el.text_content().replace("\xa0", " ").split())
            m = re.fullmatch(r"(\d\.\d) (.+)", txt) if el.tag == "p" else None
            if m:
                cur = [m.group(1), m.group(2)]
                got.append(cur)
            elif el.tag == "p" and cur is not None:
                cur[1] += " " + txt
            else:
                cur = None
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"confluence.html: read back {[g[0] for g in got]}")
    if len(root.xpath('//div[@class="panelContent"]/ol/li')) != 3:
        raise AssertionError("confluence.html: panel list")
    return {
        "note": ("A safeguarding adults review drafted in a partnership's CONFLUENCE space and exported with the "
                 "space's HTML export: breadcrumbs, the '<space> : <page>' title, 'Created by ..., last modified by "
                 "... on ...' metadata, a Table of Contents macro (its own CSS in a <p>), a 'FINAL' status lozenge, "
                 "the content in PAGE LAYOUT divs (contentLayout2 > columnLayout 'single' or 'two-right-sidebar' > "
                 "cell > innerCell) with numbers TYPED in <p>s ('2.1&nbsp;The ...', once '<strong>4.2</strong>'). "
                 "Sections 2 and 3 have an aside cell after the main cell: a 'Key facts' PANEL with an ordered list "
                 "of three facts, and a 'Read more' panel ('version 3.1'). INFO MACROS after 2.2 and 3.3 ('Paragraphs "
                 "2.2 and 2.3 draw on ...', '3 agencies asked ...'); 3.2 goes on in a second, unnumbered <p> (its "
                 "text); 4.2 holds a user mention link (its text); after 3.4 an EXPAND MACRO hides a chronology "
                 "table whose rows begin '12.01.2024'. Panels, macros, the contents, the lozenge, the notice, the "
                 "'Attachments:' section and 'Document generated by Confluence' are no paragraph's text. No pages "
                 "(null)."),
        "paragraphs": result,
    }


# --------------------------------------------------------------------------
# 5. lynxdump.txt: lynx -dump: indented paragraphs, "[14]" link markers and the closing References list
# --------------------------------------------------------------------------
LX_PLAN = [
    ("1", "Introduction", [85, 80]),
    ("2", "Mrs Vane", [100, 95, 105]),
    ("3", "Agency contact", [120, 110, 115, 105]),
    ("4", "Analysis", [110, 70, 115]),
    ("5", "Conclusions", [90, 85]),
]
LX_URL = "https://www.harrowgatefold-csp.example"
LX_PAGE = LX_URL + "/reviews/dhr-mrs-vane"
LX_WIDTH = 79
LX_OL = ["every agency in the partnership will ask about domestic abuse at each assessment, whoever else is in "
         "the room at the time;",
         "the risk conference will accept referrals from the housing trust and from the surgery without asking "
         "for a police reference first;",
         "the partnership will publish a short account of each review for the families and neighbours who "
         "knew the person."]
LX_LEAD = "The panel has asked the partnership to agree three changes by the end of the year:"


def lx_wrap(words, indent, first_indent=None):
    """Lynx's wrapping: lines no longer than the width, an indent of spaces."""
    first_indent = indent if first_indent is None else first_indent
    lines, cur, ind = [], "", first_indent
    for w in words:
        if cur and len(ind) + len(cur) + 1 + len(w) > LX_WIDTH:
            lines.append(ind + cur)
            cur, ind = w, indent
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(ind + cur)
    return lines


def make_lynxdump(out, pm):
    path = out / "lynxdump.txt"
    refs = []

    def link(url):
        refs.append(url)
        return f"[{len(refs)}]"

    lines = [f"   {link(LX_PAGE + '#main')}Skip to main content", "",
             f"   {link(LX_URL + '/')}{_text.LX_SITE} (FICTIONAL)", ""]
    nav = " ".join(f"{link(LX_URL + '/' + s.lower().replace(' ', '-'))}{s}" for s in _text.LX_NAV)
    lines += [*lx_wrap(nav.split(), "   "), "", "   Search: ______________________________ [Search]", ""]
    lines += [f"     * {link(LX_URL + '/')}Home", f"     * {link(LX_URL + '/reviews')}Reviews",
              "     * Domestic Homicide Review: Mrs Vane", ""]
    title = "Domestic Homicide Review: Mrs Vane"
    lines += [" " * ((LX_WIDTH - len(title)) // 2) + title, "", "   Published 20 January 2025", ""]
    lines += [*lx_wrap(f"{FICT}. {INVENTED}".split(), "   "), "", "On this page", ""]
    for k, (sec, t_, _s) in enumerate(LX_PLAN, 1):
        lines.append(f"   {k:>2}. {link(LX_PAGE + '#section-' + sec)}{t_}")
    lines.append("")
    result, texts, link_at = [], [], {"2.2": 0, "3.3": 1, "4.1": 2, "5.1": 3}
    for sec, t_, sizes in LX_PLAN:
        lines += [f"{sec}. {t_}", ""]
        for k, n in enumerate(sizes, 1):
            label = f"{sec}.{k}"
            t = pm.make(n, "dhr")
            words = t.split()
            shown = list(words)
            if label in link_at:  # a link in mid-paragraph: lynx prints its reference number before its text
                lt = _text.LX_LINKS[link_at[label]]
                ends_ = [i + 1 for i, w in enumerate(words[:-8]) if w.endswith(".") and i >= 8]
                at = min(ends_, key=lambda i: abs(i - len(words) // 2))  # after the sentence nearest the middle
                lead = ["This", "is", "set", "out", "in"]
                lw_ = lt.split()
                lw_[-1] += "."
                mark = link(LX_URL + "/documents/" + re.sub(r"\W+", "-", lt.lower()).strip("-") + ".pdf")
                shown = words[:at] + lead + [mark + lw_[0]] + lw_[1:] + words[at:]
                words = words[:at] + lead + lw_ + words[at:]
                t = " ".join(words)
            if label == "4.2":
                t = t + " " + LX_LEAD + " " + " ".join(LX_OL)
                shown = shown + LX_LEAD.split()
            lines += lx_wrap([label, *shown], "   ")
            if label == "4.2":
                lines.append("")
                for j, item in enumerate(LX_OL, 1):
                    lines += lx_wrap(item.split(), "       ", f"    {j}. ")
            lines.append("")
            texts.append(t)
            result.append(entry(label, None, t))
        lines += [f"   {link(LX_PAGE + '#main')}Back to top", ""]
    lines += ["   Page last updated: 20 January 2025", "",
              f"   {link(LX_URL + '/accessibility')}Accessibility {link(LX_URL + '/privacy')}Privacy "
              f"{link(LX_URL + '/contact')}Contact us", "",
              f"   \u00a9 2025 {_text.LX_SITE} (FICTIONAL)", "", "References", ""]
    lines += [f"{k:>4}. {u}" for k, u in enumerate(refs, 1)]
    data = "\n".join(lines) + "\n"
    path.write_bytes(data.encode("utf-8"))
    check_lengths(path.name, texts)
    check_count(path.name, result, 12, 25)
    if len(refs) < 20 or max(len(ln) for ln in lines[:lines.index("References")]) > LX_WIDTH:
        raise AssertionError(f"lynxdump.txt: {len(refs)} references")
    # read back: a line at the three-space indent opening "N.N " starts a paragraph; its lines run on to a blank
    # line; an "    1. " item after it is its text; lynx's [n] markers are dropped
    got, cur, open_ = [], None, False
    for ln in data.split("\n")[:lines.index("References")]:
        if m := re.fullmatch(r"   (\d\.\d) (.+)", ln):
            cur, open_ = [m.group(1), m.group(2)], True
            got.append(cur)
        elif ln == "":
            open_ = False
        elif cur is not None and open_ and re.fullmatch(r"   \S.*", ln):
            cur[1] += " " + ln.strip()
        elif cur is not None and (m := re.fullmatch(r"(?:    \d\. |       )(\S.*)", ln)):
            cur[1] += " " + m.group(1)
        else:
            cur = None
    got = [[g[0], re.sub(r"\[\d+\]", "", g[1])] for g in got]
    if got != [[d["label"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"lynxdump.txt: read back {[g[0] for g in got]}")
    ref_lines = [ln for ln in lines[lines.index("References"):] if re.match(r" {2,3}\d\. ", ln)]
    if len(ref_lines) != 9:
        raise AssertionError("lynxdump.txt: references at the paragraphs' indent")
    return {
        "note": ("A domestic homicide review web page dumped with 'lynx -dump' (UTF-8, LF, 80 columns): the skip "
                 "link, site name, navigation, search form and breadcrumb as lynx prints them, the <h1> centred, "
                 "<h2> headings flush left ('3. Agency contact'), paragraphs indented three spaces and wrapped, "
                 "each opening with its typed number ('3.2 The ...'). Every link's text is prefixed with lynx's "
                 "reference number ('[14]'), four of them in mid-paragraph (2.2, 3.3, 4.1, 5.1): the markers are no "
                 "words of the text, the link's words are. The 'On this page' <ol> prints '    1. [11]Introduction'; "
                 "4.2 ends with a lead-in and an <ol> of three items printed '    1. ...' with their lines indented "
                 "seven spaces: they are 4.2's text (the browser's markers are not). '[n]Back to top' lines, the "
                 "footer links and lynx's closing 'References' list ('   1. https://...' to '  " + str(len(refs))
                 + ". https://...', its first nine at the paragraphs' three-space indent) are no paragraphs. No "
                 "pages (null)."),
        "paragraphs": result,
    }


def build(out):
    register_fonts(T1_FACES)
    return _harness.build_files(out, ParaMaker(), {
        "sliced.pdf": make_sliced, "signed.pdf": make_signed, "pages.docx": make_pages,
        "confluence.html": make_confluence, "lynxdump.txt": make_lynxdump})


def main(out: pathlib.Path, determinism: bool = True) -> dict:
    """Build and self-check into ``out``; with ``determinism``, build again elsewhere and compare the bytes."""
    return _harness.build_checked(build, out, "blind45-determinism-", determinism)


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("out"))
